// From a form-response row to a typed Registration. Columns are found by header (any order, extra columns
// ignored); a missing header is one Vietnamese error; per-row problems become findings on that registration.
import { OfficeConfig, dateUnsettled, milestone, orgYearRatedFrom, periodOverFrom, periodYears, schoolYearRatedFrom } from './config';
import { Directory, School, isOfficeOwnUnit, normaliseEmail } from './directory';
import {
  BIRTH_YEAR_MIN,
  COLLECTIVE_KIND_CHOICES,
  EMAIL_HEADERS,
  FORM_TEXT,
  FormAnswers,
  FormDefinition,
  FormItem,
  INITIATIVE_LEVELS,
  KIND_CHOICES,
  LEGACY_INITIATIVE_LEVELS,
  ORG_ABSENT,
  Q,
  RATING_CHOICES,
  ROLE_CHOICES,
  SELF_DECLARED,
  TIMESTAMP_HEADERS,
  WORK_CHOICES,
  YES,
  formItems,
  gridHeader,
  initiativeTitles,
  ratingSchoolYears,
  schoolYearRow,
  yearRow,
} from './registration-form';
import { FORMS_CHECKBOX_SEPARATOR, MARKUP, dayAfter, deniesEvidence, formatDate, isBlankRow, isEmptyEvidence, matchKey, padNumber, parseDate, splitCheckbox, toParagraph, toText } from './text';
import { columnLetters, mergeSharedCells, sharedColumns, type SharedColumns } from './columns';
import { REPORT_QUESTIONS } from './messages/proposals';
import { LEGACY_CODE_TABLE, SOFT_HYPHEN, legacyCapital, legacyCodeTableChar, legacyCodeTableText, softHyphenInWord } from './legacy-code-table';
import {
  DATA_CRITERION,
  noteEarlyRatings,
  noteAfterPeriod,
  noteLateRegistration,
  parseInitiativeYearAfterSent,
  parseInitiativeDateAfterSent,
  parseBadBirthYear,
  parseOfficialAtSchool,
  parsePartyMemberMissing,
  parseSchoolAsPart,
  responseErrorNotOnForm,
  responseNoteNotOnForm,
  parseImplausibleName,
  parseLegacyCodeTable,
  parseBadTimestamp,
  parseUnknownChoice,
  parseUnknownKind,
  parseUnknownSchool,
  parseConflictingAnswers,
  responseNoteSharedHeader,
  responseErrorEmpty,
  responseErrorMissingHeader,
} from './messages/validation';

import type { IdentityFlags } from './duplicates';
import { isSchoolItself } from './unit-names';
import { TONE_ON_CONSONANT, lettersNotVietnamese } from './name-letters';
import type { CriterionResult, Score, Verdict } from './validate';

export type Status = 'met' | 'notMet' | 'missing' | 'notApplicable';

/** One evaluated point of a registration or a school: which criterion, its status, and a Vietnamese sentence. */
export interface Finding {
  criterionId: string;
  status: Status;
  message: string;
}

export type RegistrationKind = 'collective' | 'individual';
/** Whether a collective is the whole school or office, or a part of it (a team, a youth branch …). */
export type CollectiveKind = 'whole' | 'part';
/** `official`: a civil servant or public employee of the office itself (II.1). */
export type Role = 'manager' | 'teacher' | 'staff' | 'worker' | 'official';
/**
 * A yearly rating; `absent` = "Không có tổ chức này" (Party/union grids only); `notEmployed` = "Chưa công tác",
 * `newHire` = "Mới tuyển dụng" and `notRated` = "Không xếp loại (công tác chưa đủ 06 tháng)" (individual grid only): a year
 * the person is not rated on.
 */
export type RatingCode = 'excellent' | 'good' | 'done' | 'failed' | 'none' | 'absent' | 'notEmployed' | 'newHire' | 'notRated';

export interface Initiative {
  slot: number;
  name: string;
  /** 1 (Cấp cơ sở) … 3 (Toàn quốc), see INITIATIVE_LEVELS; 0 when not given. */
  level: number;
  levelLabel: string;
  decision: string;
  year: number | null;
  /**
   * The recognition year is later than the year the response was sent (or last edited): a decision that did not exist
   * then. Not counted as recognised (validate.ts isComplete), nor printed as such.
   */
  afterSent?: boolean;
}

export interface Registration {
  /** The registration's code ("DK-000123"), from the register of codes: it never changes with the row. */
  id: string;
  /** 1-based row in the response tab as read now (it changes when the office sorts or deletes rows). */
  row: number;
  /** When the response was sent, or last edited (the response tab's time). */
  submittedAt: Date | null;
  /**
   * When the registration was first sent (the register's first time of its code; its own time when the register has
   * none or holds a later one): what lateness and the school year it counts for are judged by. An edit asked for later
   * (a rating that counts from a later day) does not make a registration sent in time late.
   */
  firstSubmittedAt: Date | null;
  /** Respondent e-mail, lower-cased. */
  email: string;
  /**
   * The schools "Đơn vị" listed the sender's address for when the register first saw it from this address (the
   * register's LedgerEntry.sentAs: names one a line, "-" none, '' or absent not known): the school's registration stays
   * its own when its address is later replaced (src/core/duplicates.ts emailVerified).
   */
  sentAs?: string;
  /**
   * The school the response named when the register first saw it, as a print (src/core/review.ts schoolPrint; the
   * register's LedgerEntry.firstSchool; '' or absent not known): an edit is the response it edits, whoever sends it
   * (src/core/duplicates.ts sentUnder).
   */
  firstSchool?: string;
  /**
   * The address the response was first sent from (the register's LedgerEntry.firstSender), given only where it is not
   * `email` (an edit sent from another address); '' or absent: `email`. Whose registration it is (firstSenderOf): what
   * "sent again from the same address" and "sent from the school's own address" are judged by (src/core/duplicates.ts),
   * and who is told for the school, never whoever edits it.
   */
  firstSender?: string;
  /**
   * The prints of the old names ("Tên cũ") the school named by `firstSchool` had when the register recorded it (the
   * register's LedgerEntry.firstFormer, space-separated; '' or absent none or not known): a registration under one of
   * them from the same first sender is one this one replaces (src/core/duplicates.ts replaceAcrossNames).
   */
  firstFormer?: string;
  /** The school as answered (cleaned) and as found in the directory. */
  schoolName: string;
  school: School | null;
  kind: RegistrationKind | null;
  /** Collectives: the whole unit or a part of it (unanswered: the whole unit, as before the question existed). */
  collectiveKind: CollectiveKind | null;
  name: string;
  birthYear: number | null;
  role: Role | null;
  partyMember: boolean;
  head: boolean;
  /** Personal ratings (individuals) per school year: the year it starts in → rating, null when unanswered. Built on each read. */
  readonly ratings: Record<number, RatingCode | null>;
  /** Party/union yearly ratings (collectives): grid title → year → rating. Built on each read. */
  readonly orgRatings: Record<string, Record<number, RatingCode | null>>;
  /** The initiatives answered (slots with any part given); built from the row on each read. */
  readonly initiatives: Initiative[];
  /**
   * Every answer, cleaned and mapped to the form's own choice labels — built from the row on each read (nothing
   * keeps a copy of the answers): read one answer with `answerOf` instead.
   */
  readonly answers: FormAnswers;
  /** Problems found while reading the row (criterion DU-LIEU). */
  problems: Finding[];
  /** Informational notes that do not affect the verdict. */
  notes: string[];
  /** First sent after the end of the registration window ("Mốc: kết thúc đăng ký"). */
  late: boolean;
  /**
   * Received after the period (config.ts periodOverFrom): 'sent' — first sent then; 'edited' — an edit then of one sent in
   * the period, at a district office only (gone with the district level: review d75 F1); an edit elsewhere is the
   * office's work in progress, a supplement the council asked for perhaps (review d75c F2). The school is answered that
   * the period no longer reviews it, and the council's tabs say so (review r75c F4, d75 F6).
   */
  afterPeriod?: false | 'sent' | 'edited';
}

/**
 * What an evaluation leaves on a registration (src/core/evaluate.ts): the results are kept as one status code per
 * criterion and turned into findings (text) only when read.
 */
export interface RegistrationEvaluation {
  /** The configuration evaluated with (its scoring weights). */
  config: OfficeConfig;
  results(r: RegistrationRecord): CriterionResult[];
  findings(r: RegistrationRecord): Finding[];
  score(r: RegistrationRecord): Score;
}

const NOT_FLAGGED: IdentityFlags = Object.freeze({ unverified: true });
const NO_FINDINGS: Finding[] = Object.freeze([]) as unknown as Finding[];
const NO_NOTES: string[] = Object.freeze([]) as unknown as string[];

/** Rating codes packed one character a year (see RowReader.packRatings). */
// A new code goes last: the characters of the others stay as they were.
const RATING_CODES: readonly (RatingCode | null)[] = [null, 'excellent', 'good', 'done', 'failed', 'none', 'absent', 'notEmployed', 'newHire', 'notRated'];
/** How many ratings a number in base RATING_CODES.length holds exactly (below 2^53): the key of a packed string. */
const PACK_KEY_DIGITS = Math.floor((53 * Math.LN2) / Math.log(RATING_CODES.length));
const RATING_INDEX = new Map<RatingCode | null, number>(RATING_CODES.map((c, i) => [c, i]));
/** The character of `code` in a record's packedRatings (RowReader.packRatingIndexes): whether any year holds it, found without a read. */
export const packedRatingChar = (code: RatingCode): string => String.fromCharCode(48 + RATING_INDEX.get(code)!);
const ratingAt = (packed: string, i: number): RatingCode | null => RATING_CODES[packed.charCodeAt(i) - 48];
/** The rating packed at position `i` of a record's packedRatings (see RowReader.packRatingIndexes). */
export const packedRatingAt = ratingAt;

/**
 * A registration as parsed: the identifying fields, and a reference to its row as read (the input the caller holds
 * anyway) with the shared reader of its columns. Answers are read from the row when needed, never copied; the
 * evaluation's fields are set in place by evaluateAll (no copy, no spread per registration).
 */
export abstract class RegistrationRecord implements Registration {
  id: string;
  row: number;
  submittedAt: Date | null;
  firstSubmittedAt: Date | null;
  email: string;
  sentAs = '';
  firstSchool = '';
  firstSender = '';
  firstFormer = '';
  schoolName: string;
  school: School | null;
  kind: RegistrationKind | null;
  collectiveKind: CollectiveKind | null;
  name: string;
  birthYear: number | null = null;
  role: Role | null = null;
  partyMember = false;
  head = false;
  /**
   * The initiatives' parts the evaluation needs, one character a slot (see RowReader.initiativeCodes); the
   * initiatives themselves are read from the row when asked for.
   */
  initiativeCodes = '';
  problems: Finding[] = NO_FINDINGS;
  notes: string[] = NO_NOTES;
  late = false;
  afterPeriod: false | 'sent' | 'edited' = false;
  /** Ratings, one character a year: individuals per school year, collectives per organisation and year. */
  packedRatings = '';
  // Set by the evaluation (src/core/evaluate.ts).
  verdict: Verdict = 'canBoSung';
  flags: IdentityFlags = NOT_FLAGGED;
  /** One status character per catalogue criterion (validate.ts: evaluateCompact). */
  codes = '';
  /** The counted parts of the score, packed (validate.ts: evaluateCompact). */
  scoreBits = 0;
  /** The reader of the columns: shared by the registrations of one read, on their prototype (RowReader.Record). */
  abstract get reader(): RowReader;

  constructor(
    sheetRow: number,
    submittedAt: Date | null,
    email: string,
    schoolName: string,
    school: School | null,
    kind: RegistrationKind | null,
    collectiveKind: CollectiveKind | null,
    name: string,
    id?: string,
  ) {
    // The register's code when given (a rebuild's every row), else the row's: no code text built to be replaced.
    this.id = id ?? registrationId(sheetRow);
    this.row = sheetRow;
    this.submittedAt = submittedAt;
    this.firstSubmittedAt = submittedAt;
    this.email = email;
    this.schoolName = schoolName;
    this.school = school;
    this.kind = kind;
    this.collectiveKind = collectiveKind;
    this.name = name;
  }

  /** The row as read (the caller's own array, not a copy). */
  get cells(): readonly unknown[] {
    return this.reader.cellsOf(this.row);
  }

  /** The row as the sheet holds it (cells before restoreTypedText). */
  get sheetCells(): readonly unknown[] {
    return this.reader.sheetCellsOf(this.row);
  }

  /** What the evaluation left (set by evaluateAll for every registration of one read). */
  get evaluation(): RegistrationEvaluation | null {
    return this.reader.evaluation;
  }

  get evaluationConfig(): OfficeConfig | null {
    const e = this.reader.evaluation;
    return e ? e.config : null;
  }

  get answers(): FormAnswers {
    return this.reader.answers(this.cells);
  }

  /** The initiatives answered (slots with any part given), read from the row. */
  get initiatives(): Initiative[] {
    return this.initiativeCodes === '' ? [] : this.reader.initiatives(this.cells, this.submittedAt === null ? Infinity : this.submittedAt.getFullYear());
  }

  get ratings(): Record<number, RatingCode | null> {
    const out: Record<number, RatingCode | null> = {};
    if (this.kind !== 'individual') return out;
    this.reader.schoolYears.forEach((y, i) => (out[y] = ratingAt(this.packedRatings, i)));
    return out;
  }

  get orgRatings(): Record<string, Record<number, RatingCode | null>> {
    const out: Record<string, Record<number, RatingCode | null>> = {};
    if (this.kind !== 'collective') return out;
    const years = this.reader.years;
    ORG_RATING_TITLES.forEach((t, k) => {
      const r: Record<number, RatingCode | null> = {};
      years.forEach((y, i) => (r[y] = ratingAt(this.packedRatings, k * years.length + i)));
      out[t] = r;
    });
    return out;
  }

  /** Every criterion that applies, in catalogue order, with its text: built on each read (evaluated registrations). */
  get results(): CriterionResult[] {
    return this.evaluation ? this.evaluation.results(this) : [];
  }

  /** What to fix, with its text: built on each read (evaluated registrations). */
  get findings(): Finding[] {
    return this.evaluation ? this.evaluation.findings(this) : this.problems.slice();
  }

  get score(): Score {
    return this.evaluation ? this.evaluation.score(this) : { total: 0, parts: [] };
  }
}

/** The Party, union and youth-union grids of a collective, in the order their ratings are packed. */
export const ORG_RATING_TITLES: readonly string[] = [Q.partyRatings, Q.unionRatings, Q.youthRatings];

/**
 * The address a registration was first sent from (Registration.firstSender; else its sender's), trimmed and lower-case:
 * whose registration it is — whether the school sent it, which school sent it, who is told of the council's requests —
 * never changed by whoever edits it later through its edit link (README, Sổ mã phiếu: «người khác sửa phiếu sau đó không
 * làm phiếu đổi chủ»; review r82i).
 */
export function firstSenderOf(r: Pick<Registration, 'email' | 'firstSender'>): string {
  const first = r.firstSender;
  return (first !== undefined && first !== '' ? first : r.email).trim().toLowerCase();
}

/** One answer of a registration, cleaned and mapped to the form's choice label, as `answers[title]` gives it. */
export function answerOf(r: Registration, title: string): FormAnswers[string] | undefined {
  return r instanceof RegistrationRecord ? r.reader.answer(r.cells, title) : r.answers[title];
}

/**
 * Whether the response tab holds a text answer as a number (review input F2): what the school typed may have read
 * otherwise ("1.250", "05"), and only the number is known. False for answers given as text (tests' plain answers).
 */
export function answeredAsNumber(r: Registration, title: string): boolean {
  return r instanceof RegistrationRecord && r.reader.typedAsNumber(r.cells, title);
}

/**
 * The titles of the text questions (short answer, paragraph) whose cell holds a number: what Sheets made of what the
 * respondent typed ("1.250" → 1250, "05" → 5, "0912345678" → 912345678: review input F2). The form's response keeps
 * the text; restoreTypedText puts it back.
 */
export function numberTypedTitles(r: Registration): string[] {
  return r instanceof RegistrationRecord ? r.reader.numberTypedTitles(r.cells) : [];
}

/**
 * Puts `typed` (the form response's own text) in the cell of the text question `title` in place of the number Sheets
 * made of it, for everything read from the row after (the award documents print it). Only when the cell holds a number
 * and `typed` names that number (its digits, leading zeros and separators aside): a response edited since the row was
 * read is left as it is. Whether it did.
 */
export function restoreTypedText(r: Registration, title: string, typed: string): boolean {
  return r instanceof RegistrationRecord && r.reader.restoreTypedText(r.row, title, typed);
}

/**
 * Whether `typed` is what Sheets would read as `n`: the same digits, leading zeros and the separators of thousands or
 * decimals aside ("1.250" and 1250, "05" and 5, "1,5" and 1.5).
 */
function sameNumberTyped(n: number, typed: string): boolean {
  if (!Number.isFinite(n)) return false;
  const digits = (s: string) => s.replace(/\D/g, '').replace(/^0+(?=\d)/, '').replace(/^0+$/, '0');
  const typedDigits = digits(typed);
  if (typedDigits === '' || /[^\d\s.,+-]/.test(typed.trim())) return false;
  return typedDigits === digits(String(Math.abs(n)).replace(/e.*$/i, ''));
}

/** One answer as text ('' for a grid, a checkbox answer or a question the form does not have). */
export function answerText(r: Registration, title: string): string {
  if (r instanceof RegistrationRecord) return r.reader.text(r.cells, title);
  const v = r.answers[title];
  return typeof v === 'string' ? v : '';
}

/** The answers every tab of registrations shows (field, model name, model type, its concrete type given or chosen). */
export const DISPLAY_TITLES: readonly string[] = [Q.field, Q.modelName, Q.modelType, Q.happySchoolOther, Q.happySchoolType];
export const DISPLAY = { field: 0, modelName: 1, modelType: 2, happySchoolOther: 3, happySchoolType: 4 } as const;

/**
 * answerText of DISPLAY_TITLES[k], read for every row of the results, school and summary tabs: for a record, its
 * question looked up once per reader and a choice already resolved found in place.
 */
export function displayText(r: Registration, k: number): string {
  if (!(r instanceof RegistrationRecord)) return answerText(r, DISPLAY_TITLES[k]);
  return r.reader.displayOf(r.row, k);
}

/** answerLine of DISPLAY_TITLES[k] (displayText but for a paragraph, read as one line). */
export function displayLine(r: Registration, k: number): string {
  if (r instanceof RegistrationRecord) {
    const reader = r.reader;
    const q = (reader.display ?? (reader.display = DISPLAY_TITLES.map((t) => reader.question(t))))[k];
    if (q !== undefined && q.item.kind === 'paragraph') return answerLine(r, DISPLAY_TITLES[k]);
  }
  return displayText(r, k);
}

/**
 * An answer as one cleaned line (toText of answerOf): for a record, its text as read when the question's answers
 * are single lines already (every kind but a paragraph), without cleaning them again.
 */
export function answerLine(r: Registration, title: string): string {
  if (r instanceof RegistrationRecord) {
    const q = r.reader.question(title);
    if (q === undefined || q.item.kind !== 'paragraph') return r.reader.textOf(r.cells, q);
  }
  return toText(answerOf(r, title));
}

/**
 * The year of a recognition decision's date as its text gives it ("215/QĐ-UBND ngày 20/8/2020", "… năm 2020"), for an
 * initiative whose year question was left blank: the question lists only the period's years (registration-form.ts),
 * and a decision of an earlier year (the plan sets no window on it, II.2.a) could not be given otherwise (review
 * "criteria" #6). Null when the text gives no such date; a four-digit number alone (a decision's number) is not a year.
 */
export function decisionYear(text: string): number | null {
  return decisionYears(text)[0] ?? null;
}

/**
 * Every year a decision's text gives, as decisionYear reads one: by a date ("ngày 5/6/2025 …; ngày 10/10/2026" → 2025,
 * 2026: a school may list the decision of each level) or by "năm …" ("ngày 5 tháng 6 năm 2025", as official papers
 * write a date: review d77b F1).
 */
export function decisionYears(text: string): readonly number[] {
  // Both expressions need a year's four digits, and "năm" an "ă" (or an "a" with its breve apart, which NFC composes):
  // most decisions ("215/QĐ-UBND") have neither, told by one pass over the characters without the expressions or
  // the normalisation.
  let run = 0;
  let breve = false;
  for (let i = 0; i < text.length && run < 4; i++) {
    const c = text.charCodeAt(i);
    run = c >= 48 && c <= 57 ? run + 1 : 0;
  }
  if (run < 4) return NO_YEARS;
  for (let i = 0; i < text.length && !breve; i++) {
    const c = text.charCodeAt(i);
    breve = c === 0x103 || c === 0x102 || c === 0x306;
  }
  const years = Array.from(text.matchAll(/\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*((?:19|20)\d{2})\b/g), (m) => parseInt(m[1], 10));
  if (breve) for (const m of text.normalize('NFC').matchAll(/\bnăm\s+((?:19|20)\d{2})\b/gi)) years.push(parseInt(m[1], 10));
  return years;
}

/** decisionYears of a text that gives no year: one array for all of them (most decisions), none made per call. */
const NO_YEARS: readonly number[] = Object.freeze([]);

/**
 * Whether a free-text question's answer is printed in the award documents (proposals.ts): the achievements' summary,
 * the model's and the initiatives' names and decisions, the personal and unit details of the Báo cáo thành tích, the
 * awards a self-declared criterion's evidence lists. The registered name is checked as a name (implausibleName).
 */
function printedText(title: string): boolean {
  return (
    title === Q.summary ||
    title === Q.modelName ||
    title === Q.happySchoolOther ||
    (Object.values(REPORT_QUESTIONS) as string[]).includes(title) ||
    /^Sáng kiến, giải pháp \d+: (?:tên sáng kiến, giải pháp|số quyết định công nhận)$/.test(title) ||
    Object.values(SELF_DECLARED).some((d) => d.printed === true && d.evidence === title)
  );
}

/** A year chosen in the list (four digits), else null. */
function chosenYear(yr: string): number | null {
  return yr.length === 4 && isDigits(yr) ? parseInt(yr, 10) : null;
}

/**
 * The year an initiative was recognised in, and whether it is the decision's date's rather than the year chosen in the
 * list. The year chosen, when the decision's text gives no date or one of its dates is of that year (a school may list
 * the decisions of two levels: review d77 F2); else the latest year its dates give. A date is the decision's own: a year
 * chosen that none of them has is a slip of the list — which has only the period's years, so that a decision of 2024
 * with 2026 chosen was counted in the period and printed "… ngày 5/9/2024, năm 2026" (review r77t F4) — or the date
 * is mistyped, which the school is then told of by the decision's question (a year after the response was sent:
 * review d77 F3).
 */
export function recognitionYear(yr: string, dated: readonly number[]): { year: number | null; dated: boolean } {
  const chosen = chosenYear(yr);
  if (dated.length === 0 || (chosen !== null && dated.includes(chosen))) return { year: chosen, dated: false };
  return { year: Math.max(...dated), dated: true };
}

/**
 * Whether a short-text answer says nothing (isEmptyEvidence of the answer as read): decided on the cell itself, which
 * gives the same answer as on its cleaned text (cleaning keeps every letter and digit and is undone by nothing).
 */
export function answerIsEmptyEvidence(r: Registration, title: string): boolean {
  if (r instanceof RegistrationRecord) {
    const q = r.reader.question(title);
    if (q && q.item.kind === 'text' && q.index >= 0) {
      const raw = r.cells[q.index];
      if (typeof raw === 'string') return isEmptyEvidence(raw);
    }
  }
  return isEmptyEvidence(answerText(r, title));
}

/** One row of a grid answer, as `answers[title][row]` gives it ('' when unanswered). */
export function gridAnswerOf(r: Registration, title: string, row: string): string {
  if (r instanceof RegistrationRecord) return r.reader.gridCell(r.cells, title, row);
  const g = r.answers[title];
  return g && typeof g === 'object' && !Array.isArray(g) ? (g as Record<string, string>)[row] || '' : '';
}

/**
 * Whether a person's ratings are per calendar year (the row of school year Y–(Y+1) holds calendar year Y's, made before
 * 15/12: config.ts OFFICIAL_RATED_FROM): the office's own staff (role 'official'), and anyone registered under the
 * office's own unit whatever the role — its leaders (Trưởng phòng, Phó trưởng phòng; a Sở's) choose "Cán bộ quản lý",
 * and are công chức of the office all the same (plan II.1: "cán bộ, công chức, viên chức … ngành GD&ĐT"; II.2.b: "hằng
 * năm phải được xếp loại"; review r81c F1). Not a school running the tool for itself (directory.ts isOfficeOwnUnit).
 */
export function ratedPerCalendarYear(r: Pick<Registration, 'role'> & { school?: School | null }): boolean {
  return r.role === 'official' || isOfficeOwnUnit(r.school);
}

/** The role whose rating days apply (config.ts schoolYearRatedFrom, schoolYearRatingDue): 'official' when rated per calendar year. */
export function ratingRole(r: Pick<Registration, 'role'> & { school?: School | null }): Role | null {
  return ratedPerCalendarYear(r) ? 'official' : r.role;
}

/** A personal rating of a school year (as `ratings[y]`), without building the record. */
export function ratingOf(r: Registration, schoolYear: number): RatingCode | null | undefined {
  if (!(r instanceof RegistrationRecord)) return r.ratings[schoolYear];
  if (r.kind !== 'individual') return undefined;
  const i = r.reader.schoolYearIndex.get(schoolYear);
  return i === undefined ? undefined : ratingAt(r.packedRatings, i);
}

/** A Party/union rating of a year (as `orgRatings[title][y]`), without building the record. */
export function orgRatingOf(r: Registration, title: string, year: number): RatingCode | null | undefined {
  if (!(r instanceof RegistrationRecord)) return (r.orgRatings[title] || {})[year];
  if (r.kind !== 'collective') return undefined;
  const k = ORG_RATING_TITLES.indexOf(title);
  const i = r.reader.yearIndex.get(year);
  return k < 0 || i === undefined ? undefined : ratingAt(r.packedRatings, k * r.reader.years.length + i);
}

/** The code a row gets without a register (1-based sheet row): a bare workbook, and a first run. */
export function registrationId(sheetRow: number): string {
  return 'DK-' + padNumber(sheetRow, 6);
}

export interface ColumnMap {
  /** Expected header (question title or `Title [Row]`) → column index. */
  columns: Map<string, number>;
  timestamp: number;
  email: number;
  errors: string[];
  /** Information for the office, not blocking: titles that head more than one column (read as one field). */
  notes: string[];
  /** Those titles' columns: a row is read through mergeSharedCells. */
  shared: SharedColumns[];
}

/** Every header the form's answers produce, with the item and grid row it belongs to. */
interface ExpectedColumn {
  header: string;
  item: FormItem;
  row?: string;
}

function expectedColumns(form: FormDefinition): ExpectedColumn[] {
  const out: ExpectedColumn[] = [];
  for (const item of formItems(form)) {
    if (item.kind === 'grid') for (const r of item.rows || []) out.push({ header: gridHeader(item.title, r), item, row: r });
    else out.push({ header: item.title, item });
  }
  return out;
}

/**
 * Find the form's columns in a header row, whatever their order; headers match after normalisation
 * (spaces, case, NFC, tone placement). Every missing header is one Vietnamese error; never throws. A title that heads
 * several columns (a question deleted and created again) is found at its first column and read as one field
 * (src/core/columns.ts): a note, not an error.
 */
export function findColumns(headers: readonly unknown[], form: FormDefinition, tab: string, onForm?: (title: string) => boolean, decisive?: ReadonlySet<string>): ColumnMap {
  const errors: string[] = [];
  const index = new Map<string, number>();
  for (let i = 0; i < headers.length; i++) {
    const k = matchKey(headers[i]);
    if (k !== '' && !index.has(k)) index.set(k, i);
  }
  const shared = sharedColumns(headers);
  const notes = shared.map((g) => responseNoteSharedHeader(tab, g.header, g.columns.map(columnLetters)));
  const find = (names: readonly string[]) => {
    for (const n of names) {
      const i = index.get(matchKey(n));
      if (i !== undefined) return i;
    }
    return -1;
  };
  const timestamp = find(TIMESTAMP_HEADERS);
  if (timestamp < 0) errors.push(responseErrorMissingHeader(tab, TIMESTAMP_HEADERS[0]));
  const email = find(EMAIL_HEADERS);
  if (email < 0) errors.push(responseErrorMissingHeader(tab, EMAIL_HEADERS[0]));
  const columns = new Map<string, number>();
  const pending = new Set<string>();
  for (const e of expectedColumns(form)) {
    const i = index.get(matchKey(e.header));
    if (i !== undefined) columns.set(e.header, i);
    else if (onForm && !onForm(e.item.title)) {
      // A question of this version the live form was never given (the script was updated, "Thiết lập" not run since:
      // review "upgrade" #1). One nothing decides on (optional, read by no criterion: "Chức vụ") reads as unanswered,
      // said once; any other stops the run, saying how to add it — not to restore a title the form never had. (Read as
      // unanswered, an optional question a criterion reads would turn verdicts and ask schools for an answer their
      // form cannot take: review diff10 #1.)
      if (pending.has(e.item.title)) continue;
      pending.add(e.item.title);
      if (e.item.required || !decisive || decisive.has(e.item.title)) errors.push(responseErrorNotOnForm(tab, e.item.title));
      else notes.push(responseNoteNotOnForm(tab, e.item.title));
    } else errors.push(responseErrorMissingHeader(tab, e.header));
  }
  return { columns, timestamp, email, errors, notes, shared };
}

export interface ParseContext {
  form: FormDefinition;
  directory: Directory;
  config: OfficeConfig;
  /** Name of the response tab, for messages. */
  tab: string;
  /**
   * Whether the live form has (or had) the question of this title; undefined when not known. A question it never had
   * is one this version added and "Thiết lập" has not put on the form yet (findColumns).
   */
  onForm?: (title: string) => boolean;
  /** The questions the criteria read (their fields): a question the live form lacks is never read as unanswered. */
  decisive?: ReadonlySet<string>;
}

/** A prepared parser: columns found once, choice maps built once, then one call per row. */
export interface ResponseParser {
  errors: string[];
  /** Information for the office (not blocking): see ColumnMap.notes. */
  notes: string[];
  /**
   * Parse one row (cells in sheet order); null when the row is entirely empty. `firstAt`: when its registration was
   * first sent (epoch ms, from the register), when known; `id`: its code (the register's), when known.
   */
  parseRow(cells: readonly unknown[], sheetRow: number, firstAt?: number, id?: string): Registration | null;
}

const RATING_BY_KEY = new Map<string, RatingCode>([
  [matchKey(RATING_CHOICES.excellent), 'excellent'],
  [matchKey(RATING_CHOICES.good), 'good'],
  [matchKey(RATING_CHOICES.done), 'done'],
  [matchKey(RATING_CHOICES.failed), 'failed'],
  [matchKey(RATING_CHOICES.none), 'none'],
  [matchKey(ORG_ABSENT), 'absent'],
  [matchKey(WORK_CHOICES.notEmployed), 'notEmployed'],
  [matchKey(WORK_CHOICES.newHire), 'newHire'],
  [matchKey(WORK_CHOICES.notRated), 'notRated'],
]);

const decodeRating = (v: string): RatingCode | null => RATING_BY_KEY.get(matchKey(v)) || null;
/** The index of an unanswered rating (decodeRating('')). */
const RATING_EMPTY_INDEX = RATING_INDEX.get(decodeRating(''))!;
/** The index of "Chưa đánh giá": what a rating written before its year counts is read as. */
const RATING_NONE_INDEX = RATING_INDEX.get('none')!;
/**
 * `list` with `item` added: a new list of exactly one item when there is none yet. A row's notes and problems are
 * kept with its registration, and most rows have one at most: an empty array pushed to would hold room for 17.
 */
function listed<T>(list: T[] | null, item: T): T[] {
  if (list === null) return [item];
  list.push(item);
  return list;
}

/**
 * Whether a rating index is a year's result, known only once the year is rated: a rating proper ("Hoàn thành xuất sắc"
 * … "Không hoàn thành", RATING_CODES 1 to 4), or "Không xếp loại (công tác chưa đủ 06 tháng)" — whether the person
 * worked six months of a school year is known at its end (review d76 F5). Written before the year counts, it is read as
 * "Chưa đánh giá". "Chưa công tác", "Mới tuyển dụng" and "Không có tổ chức này" are facts known in advance.
 */
const isRatingIndex = (i: number) => (i >= 1 && i <= 4) || i === NOT_RATED_INDEX;
const NOT_RATED_INDEX = RATING_INDEX.get('notRated')!;

/**
 * The sentence of the ratings a registration's response wrote before their years counted (noteEarlyRatings: not
 * counted, read as "Chưa đánh giá"), for its result e-mail; also among its notes. Null when there are none.
 */
export function earlyRatingsNote(r: Registration): string | null {
  return EARLY_RATINGS.get(r) ?? null;
}
const EARLY_RATINGS = new WeakMap<Registration, string>();
/** Scratch space for one row's initiative codes, and the names of its slots. */
let INITIATIVE_UNITS: number[] = [];
const INITIATIVE_NAMES: string[] = [];
const INITIATIVE_DECISIONS: string[] = [];
/** Scratch space of initiativeCodes: each slot's recognition year when it is after the year sent, else 0. */
const INITIATIVE_AFTER_SENT: number[] = [];
/** Whether each of INITIATIVE_AFTER_SENT's years is the decision's date's (its question is the one to correct). */
const INITIATIVE_AFTER_SENT_DATED: boolean[] = [];
/** markRepeatedInitiatives's readers of the scratch names and decisions: made once, not two closures per row. */
const initiativeNameAt = (i: number): string => INITIATIVE_NAMES[i];
const initiativeDecisionAt = (i: number): string => INITIATIVE_DECISIONS[i];

/** Whether a string is all ASCII digits (and not empty). */
function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function choiceMap(choices: readonly string[] | undefined): Map<string, string> {
  const m = new Map<string, string>();
  for (const c of choices || []) m.set(matchKey(c), c);
  return m;
}

/** A choice answer resolved: the form's own label (or the text as given when it is not a choice), and whether it is one. */
export interface Resolved {
  value: string;
  known: boolean;
  /** What the parser made of it (a rating, a kind, a role …), worked out once per distinct answer; see RowReader.code. */
  code?: unknown;
}

/** A checkbox answer resolved: the options (labels where known) and the parts that are not options. */
interface ResolvedParts {
  value: string[];
  unknown: string[];
}

/** One question of the form as found in the header row. */
export interface Question {
  item: FormItem;
  /** Its column (-1 when the header is missing); grids: see `rows`. */
  index: number;
  /** Grids: row label → column (-1 when missing), in the form's row order. */
  rows: Map<string, number> | null;
  /** Choices by matchKey. */
  choices: Map<string, string>;
  /** Choice answers resolved by the raw cell text: answers repeat, so each distinct text is resolved once. */
  resolved: Map<string, Resolved>;
  resolvedParts: Map<string, ResolvedParts>;
}

/** A column whose answers must be one of the form's choices, checked on every row. */
interface ChoiceColumn {
  question: Question;
  index: number;
  header: string;
  kind: FormItem['kind'];
  /** The school list: checked against the directory, not the form's choices. */
  school: boolean;
}

/**
 * Reads answers from a row of the response tab: shared by every registration of one read, so that a registration
 * keeps its row (which the caller holds anyway) instead of a copy of its answers. Each answer is cleaned and mapped
 * to the form's choice label when read, exactly as the parser always did.
 */
export class RowReader {
  /** Calendar years of the period (Party/union grids) and school years (personal grid), with their positions. */
  readonly years: number[];
  readonly schoolYears: number[];
  readonly yearIndex = new Map<number, number>();
  readonly schoolYearIndex = new Map<number, number>();
  private readonly questions = new Map<string, Question>();
  /** The columns checked on every row, in the form's order. */
  readonly choiceColumns: ChoiceColumn[] = [];
  /** The columns of free-text answers the award documents print (printedText), in the form's order. */
  readonly printedTextColumns: { index: number; title: string }[] = [];
  private readonly packed = new Map<string, string>();
  /** The rows read, by sheet row: each registration reaches its answers through its row, never a copy. */
  private readonly rows: (readonly unknown[])[] = [];
  /**
   * Rows as the sheet held them before restoreTypedText gave a cell back its typed text, by sheet row (none until one
   * is restored): what a document's data fingerprint is taken of, so that a better reading is no change of the data
   * (review upgrade #1: every report made before the restore was made again).
   */
  private sheetHeld: Map<number, readonly unknown[]> | null = null;
  /** The evaluation of the registrations of this read (src/core/evaluate.ts). */
  evaluation: RegistrationEvaluation | null = null;
  /** The questions of DISPLAY_TITLES, looked up when first read (see displayText). */
  display: (Question | undefined)[] | null = null;
  /**
   * The texts of DISPLAY_TITLES already read (displayOf), each tab reading them again without going back to the row:
   * per sheet row and display question (row × DISPLAY_TITLES.length + k), 1 + the text's place in `displayTexts[k]`
   * (0: not read yet). Made when first read; grows with the rows kept since.
   */
  private displaySlots: Int32Array | null = null;
  private displayTexts: string[][] = [];
  private displayIndexes: Map<string, number>[] = [];
  /** How many slots the last initiativeCodes found recognised after the response was sent (INITIATIVE_AFTER_SENT). */
  afterSent = 0;
  /** The class of the registrations of this read: the reader sits on its prototype, not on each registration. */
  readonly Record: new (...args: ConstructorParameters<typeof RegistrationRecord>) => RegistrationRecord;

  /** The initiative slots of the form: their questions' titles, and the level question of each. */
  private readonly slots: ReturnType<typeof initiativeTitles>[] = [];
  private readonly levelQuestions: (Question | undefined)[] = [];
  /** The questions of each slot: name, level, decision, year (undefined when the form has no such question). */
  private readonly slotQuestions: { name?: Question; level?: Question; decision?: Question; year?: Question }[] = [];
  /** Initiative codes and packed ratings by their number (see initiativeCodes, packRatingIndexes). */
  private readonly packedInitiatives = new Map<number, string>();
  private readonly packedRatings = new Map<number, string>();
  private readonly levelByKey = new Map<string, number>(INITIATIVE_LEVELS.map((l, i) => [matchKey(l), i + 1]));
  private readonly decodeLevel = (v: string) => this.levelByKey.get(matchKey(v)) || 0;

  constructor(form: FormDefinition, columns: ReadonlyMap<string, number>, config: OfficeConfig) {
    const reader = this;
    this.Record = class extends RegistrationRecord {
      // Its own constructor: the implied one passes its arguments on through a spread, slow before the code is optimised.
      constructor(
        sheetRow: number,
        submittedAt: Date | null,
        email: string,
        schoolName: string,
        school: School | null,
        kind: RegistrationKind | null,
        collectiveKind: CollectiveKind | null,
        name: string,
        id?: string,
      ) {
        super(sheetRow, submittedAt, email, schoolName, school, kind, collectiveKind, name, id);
      }
      override get reader(): RowReader {
        return reader;
      }
    };
    this.years = periodYears(config.period);
    this.schoolYears = ratingSchoolYears(config.period);
    this.years.forEach((y, i) => this.yearIndex.set(y, i));
    this.schoolYears.forEach((y, i) => this.schoolYearIndex.set(y, i));
    for (const item of formItems(form)) {
      const choices = choiceMap(item.kind === 'grid' ? item.columns : item.choices);
      // Answers given on an earlier form with the former initiative levels are read as today's levels.
      if (/: cấp công nhận$/.test(item.title)) {
        for (const [old, i] of Object.entries(LEGACY_INITIATIVE_LEVELS)) if (!choices.has(matchKey(old))) choices.set(matchKey(old), INITIATIVE_LEVELS[i]);
      }
      const q: Question = { item, index: -1, rows: null, choices, resolved: new Map(), resolvedParts: new Map() };
      if (item.kind === 'grid') {
        q.rows = new Map();
        for (const r of item.rows || []) {
          const header = gridHeader(item.title, r);
          const i = columns.get(header);
          q.rows.set(r, i === undefined ? -1 : i);
          this.choiceColumns.push({ question: q, index: i === undefined ? -1 : i, header, kind: item.kind, school: item.title === Q.school });
        }
      } else {
        const i = columns.get(item.title);
        q.index = i === undefined ? -1 : i;
        if (item.kind === 'checkbox' || item.kind === 'list' || item.kind === 'multipleChoice') this.choiceColumns.push({ question: q, index: q.index, header: item.title, kind: item.kind, school: item.title === Q.school });
        else if (q.index >= 0 && (item.kind === 'text' || item.kind === 'paragraph') && printedText(item.title)) this.printedTextColumns.push({ index: q.index, title: item.title });
      }
      this.questions.set(item.title, q);
    }
    for (let n = 1; n <= config.initiativeSlots; n++) this.slots.push(initiativeTitles(n));
    this.levelQuestions = this.slots.map((t) => this.questions.get(t.level));
    this.slotQuestions = this.slots.map((t) => ({ name: this.questions.get(t.name), level: this.questions.get(t.level), decision: this.questions.get(t.decision), year: this.questions.get(t.year) }));
  }

  /**
   * The initiatives of a row: each slot with any of its parts answered. `sentYear`: the year the response was sent (or
   * last edited); a recognition year after it is marked `afterSent`.
   */
  initiatives(cells: readonly unknown[], sentYear = Infinity): Initiative[] {
    const out: Initiative[] = [];
    for (let i = 0; i < this.slots.length; i++) {
      const t = this.slots[i];
      const n = this.text(cells, t.name);
      const lv = this.text(cells, t.level);
      const dec = this.text(cells, t.decision);
      const yr = this.text(cells, t.year);
      if (n === '' && lv === '' && dec === '' && yr === '') continue;
      // The year chosen, or the decision's date's when it contradicts it (recognitionYear).
      const yn = deniesEvidence(dec) ? chosenYear(yr) : recognitionYear(yr, decisionYears(dec)).year;
      const initiative: Initiative = { slot: i + 1, name: n, level: this.code(cells, this.levelQuestions[i], null, this.decodeLevel), levelLabel: lv, decision: dec, year: yn };
      if (yn !== null && yn > sentYear) initiative.afterSent = true;
      out.push(initiative);
    }
    return out;
  }

  /**
   * What the evaluation needs of a row's initiatives, one character a slot (shared between rows alike): '' when no
   * slot is answered; else per slot INITIATIVE_CODE_BASE + answered (1) + named (2) + complete (4) + level × 8 +
   * repeat (INITIATIVE_REPEAT: the slot names an initiative another slot names, see markRepeatedInitiatives).
   * `sentYear`: the year the response was sent (or last edited): a slot recognised in a later year is not complete
   * (a decision that did not exist then); such slots' years are left in INITIATIVE_AFTER_SENT, their number in
   * `afterSent`.
   */
  initiativeCodes(cells: readonly unknown[], sentYear = Infinity): string {
    let any = false;
    let named = 0;
    this.afterSent = 0;
    const slots = this.slotQuestions;
    const units = INITIATIVE_UNITS.length >= slots.length ? INITIATIVE_UNITS : (INITIATIVE_UNITS = new Array(slots.length));
    for (let i = 0; i < slots.length; i++) {
      const t = slots[i];
      // The name and the decision are read only for whether they are given and whether they say nothing: decided on
      // the cell when it is text that cleaning keeps non-empty (see answerIsEmptyEvidence), without cleaning it.
      const n = this.given(cells, t.name);
      const lv = this.textOf(cells, t.level);
      const dec = this.given(cells, t.decision);
      const yr = this.textOf(cells, t.year);
      let bits = 0;
      INITIATIVE_AFTER_SENT[i] = 0;
      if (n !== '' || lv !== '' || dec !== '' || yr !== '') {
        any = true;
        const level = this.code(cells, this.levelQuestions[i], null, this.decodeLevel);
        // A decision that says there is none yet ("Chưa có QĐ, đã nộp hồ sơ ngày …") is no recognition, and gives no year.
        const denied = dec !== '' && deniesEvidence(dec);
        // The year chosen, or the decision's date's when it contradicts it (recognitionYear).
        const dated = dec !== '' && !denied ? decisionYears(this.textOf(cells, t.decision)) : NO_YEARS;
        // Without a date in the decision, recognitionYear's answer is the year chosen (no object made for it: most slots).
        const recognised = dated.length === 0 ? null : recognitionYear(yr, dated);
        const y = recognised === null ? chosenYear(yr) : recognised.year;
        let year = y !== null;
        if (y !== null && sentYear < 9999 && y > sentYear) {
          year = false;
          INITIATIVE_AFTER_SENT[i] = y;
          INITIATIVE_AFTER_SENT_DATED[i] = recognised !== null && recognised.dated;
          this.afterSent++;
        }
        bits = 1 + (n !== '' && !isEmptyEvidence(n) ? 2 : 0) + (n !== '' && level > 0 && !isEmptyEvidence(dec) && !denied && year ? 4 : 0) + level * 8;
        if (bits & 2) named++;
      }
      units[i] = bits;
      INITIATIVE_NAMES[i] = n;
      INITIATIVE_DECISIONS[i] = dec === '' || isEmptyEvidence(dec) ? '' : dec;
    }
    if (!any) return '';
    // Two named slots may name one initiative: their names are compared only then (matchKey cleans the cell as
    // textOf would).
    if (named > 1) markRepeatedInitiatives(units, slots.length, initiativeNameAt, initiativeDecisionAt);
    // The slots' bits as one number (each slot's bits are below 64), when they fit: the shared string is found by it.
    let key = slots.length <= 8 ? 0 : -1;
    for (let i = 0; i < slots.length && key >= 0; i++) key = units[i] < 64 ? key * 64 + units[i] : -1;
    if (key >= 0) {
      const hit = this.packedInitiatives.get(key);
      if (hit !== undefined) return hit;
    }
    let s = '';
    for (let i = 0; i < slots.length; i++) s += String.fromCharCode(INITIATIVE_CODE_BASE + units[i]);
    let hit = this.packed.get(s);
    if (hit === undefined) this.packed.set(s, (hit = s));
    if (key >= 0) this.packedInitiatives.set(key, hit);
    return hit;
  }

  /** A list, multiple-choice or grid answer (raw cell) resolved; '' is known (unanswered). */
  resolve(q: Question, raw: unknown): Resolved {
    if (typeof raw === 'string') {
      let hit = q.resolved.get(raw);
      if (hit === undefined) {
        hit = this.resolveText(q, toText(raw));
        q.resolved.set(raw, hit);
      }
      return hit;
    }
    return this.resolveText(q, toText(raw));
  }

  private resolveText(q: Question, v: string): Resolved {
    if (v === '') return { value: '', known: true };
    const c = q.choices.get(matchKey(v));
    return c === undefined ? { value: v, known: false } : { value: c, known: true };
  }

  /** A checkbox answer (raw cell) resolved. */
  resolveParts(q: Question, raw: unknown): ResolvedParts {
    const key = typeof raw === 'string' ? raw : null;
    let hit = key === null ? undefined : q.resolvedParts.get(key);
    if (hit === undefined) {
      hit = { value: [], unknown: [] };
      for (const p of splitCheckbox(raw)) {
        const c = q.choices.get(matchKey(p));
        if (c === undefined) hit.unknown.push(p);
        hit.value.push(c === undefined ? p : c);
      }
      if (key !== null) q.resolvedParts.set(key, hit);
    }
    return hit;
  }

  /** Keep a row as read (by its sheet row) for the registration parsed from it. */
  keep(sheetRow: number, cells: readonly unknown[]): void {
    this.rows[sheetRow] = cells;
    if (this.sheetHeld !== null) this.sheetHeld.delete(sheetRow);
    // A row kept again (another read of one sheet row) is read anew.
    const slots = this.displaySlots;
    if (slots !== null) for (let k = 0, at = sheetRow * DISPLAY_TITLES.length; k < DISPLAY_TITLES.length && at + k < slots.length; k++) slots[at + k] = 0;
  }

  cellsOf(sheetRow: number): readonly unknown[] {
    return this.rows[sheetRow] || [];
  }

  /** The row as the sheet holds it: as kept, before any typed text was restored into it. */
  sheetCellsOf(sheetRow: number): readonly unknown[] {
    return (this.sheetHeld !== null ? this.sheetHeld.get(sheetRow) : undefined) ?? this.cellsOf(sheetRow);
  }

  /**
   * answerText of DISPLAY_TITLES[k] for the row kept for `sheetRow` (displayText): the question looked up once, a
   * choice already resolved found in place, and the text kept by its place among the texts read (a number per row and
   * question, no copy per registration), so that the next tab reads it without the row.
   */
  displayOf(sheetRow: number, k: number): string {
    const n = DISPLAY_TITLES.length;
    let slots = this.displaySlots;
    if (slots === null) {
      this.displaySlots = slots = new Int32Array(Math.max(this.rows.length, 64) * n);
      for (let j = 0; j < n; j++) {
        this.displayTexts.push([]);
        this.displayIndexes.push(new Map());
      }
    }
    const at = sheetRow * n + k;
    // Rows read after the slots were made (a registration's texts read as soon as it is read): the slots grow.
    if (at >= slots.length && this.rows[sheetRow] !== undefined && Number.isSafeInteger(sheetRow) && sheetRow < 1e7) {
      const grown = new Int32Array(Math.max(slots.length * 2, (sheetRow + 1) * n));
      grown.set(slots);
      this.displaySlots = slots = grown;
    }
    const slot = at >= 0 && at < slots.length ? slots[at] : -1;
    if (slot > 0) return this.displayTexts[k][slot - 1];
    const text = this.displayRead(sheetRow, k);
    if (slot === 0) {
      const index = this.displayIndexes[k];
      let i = index.get(text);
      if (i === undefined) {
        const texts = this.displayTexts[k];
        i = texts.length;
        texts.push(text);
        index.set(text, i);
      }
      slots[at] = i + 1;
    }
    return text;
  }

  private displayRead(sheetRow: number, k: number): string {
    const q = (this.display ?? (this.display = DISPLAY_TITLES.map((t) => this.question(t))))[k];
    if (q === undefined) return '';
    const cells = this.cellsOf(sheetRow);
    if (q.index >= 0 && (q.item.kind === 'list' || q.item.kind === 'multipleChoice')) {
      const raw = cells[q.index];
      if (typeof raw === 'string') {
        const hit = q.resolved.get(raw);
        if (hit !== undefined) return hit.value;
      }
    }
    return this.textOf(cells, q);
  }

  question(title: string): Question | undefined {
    return this.questions.get(title);
  }

  /**
   * What `decode` makes of a question's answer (or a grid row's), worked out once per distinct answer text:
   * `decode` must depend only on the answer.
   */
  code<T>(cells: readonly unknown[], q: Question | undefined, row: string | null, decode: (answer: string) => T): T {
    if (q === undefined) return decode('');
    const kind = q.item.kind;
    if (kind !== 'grid' && kind !== 'list' && kind !== 'multipleChoice') {
      const v = this.answer(cells, q.item.title);
      return decode(typeof v === 'string' ? v : '');
    }
    const i = row === null ? q.index : q.rows === null ? -1 : q.rows.get(row) ?? -1;
    const raw = i < 0 ? '' : cells[i];
    if (kind === 'grid' && (raw === '' || raw === null || raw === undefined)) return decode('');
    const res = this.resolve(q, raw);
    if (!('code' in res)) res.code = decode(res.value);
    return res.code as T;
  }

  /** One answer of a row, as the parser gives it (undefined for a question the form does not have). */
  answer(cells: readonly unknown[], title: string): FormAnswers[string] | undefined {
    const q = this.questions.get(title);
    if (q === undefined) return undefined;
    const item = q.item;
    if (item.kind === 'grid') {
      const grid: Record<string, string> = {};
      for (const [row, i] of q.rows!) {
        const v = this.gridValue(q, i < 0 ? '' : cells[i]);
        if (v !== '') grid[row] = v;
      }
      return grid;
    }
    if (item.kind === 'checkbox') return this.resolveParts(q, q.index < 0 ? '' : cells[q.index]).value.slice();
    return this.textOf(cells, q);
  }

  /** Whether a text answer's cell holds a number: Sheets read what was typed as one ("1.250" → 1250, "05" → 5). */
  typedAsNumber(cells: readonly unknown[], title: string): boolean {
    const q = this.questions.get(title);
    return q !== undefined && q.item.kind !== 'grid' && q.item.kind !== 'checkbox' && q.index >= 0 && typeof cells[q.index] === 'number';
  }

  /** The text questions whose cell holds a number (numberTypedTitles). */
  numberTypedTitles(cells: readonly unknown[]): string[] {
    const out: string[] = [];
    for (const [title, q] of this.questions) {
      if ((q.item.kind === 'text' || q.item.kind === 'paragraph') && q.index >= 0 && typeof cells[q.index] === 'number') out.push(title);
    }
    return out;
  }

  /** restoreTypedText: the row's own array (its cells) takes the typed text; the row as the sheet held it is kept. */
  restoreTypedText(sheetRow: number, title: string, typed: string): boolean {
    const cells = this.cellsOf(sheetRow);
    const q = this.questions.get(title);
    if (q === undefined || (q.item.kind !== 'text' && q.item.kind !== 'paragraph') || q.index < 0) return false;
    const n = cells[q.index];
    if (typeof n !== 'number' || !sameNumberTyped(n, typed)) return false;
    this.sheetHeld ??= new Map();
    if (!this.sheetHeld.has(sheetRow)) this.sheetHeld.set(sheetRow, cells.slice());
    (cells as unknown[])[q.index] = typed;
    return true;
  }

  /** One answer as text ('' for a grid or checkbox answer, or a question the form does not have). */
  text(cells: readonly unknown[], title: string): string {
    return this.textOf(cells, this.questions.get(title));
  }

  /**
   * For what is decided on a text answer without its cleaned text (whether it is given, isEmptyEvidence): the cell as
   * it is when it is text of a short-text question that starts with a printable ASCII character (cleaning keeps it
   * non-empty and keeps every letter and digit: see answerIsEmptyEvidence), else the answer's text.
   */
  given(cells: readonly unknown[], q: Question | undefined): string {
    if (q !== undefined && q.index >= 0 && q.item.kind === 'text') {
      const raw = cells[q.index];
      if (typeof raw === 'string' && raw.length > 0) {
        const c = raw.charCodeAt(0);
        if (c > 32 && c < 127) return raw;
      }
    }
    return this.textOf(cells, q);
  }

  /** `text` of a question already looked up (what `answer` gives when it is text, else ''). */
  textOf(cells: readonly unknown[], q: Question | undefined): string {
    if (q === undefined) return '';
    const kind = q.item.kind;
    if (kind === 'grid' || kind === 'checkbox') return '';
    const raw = q.index < 0 ? '' : cells[q.index];
    switch (kind) {
      case 'paragraph':
        return toParagraph(raw);
      case 'date': {
        const d = parseDate(raw);
        return d ? toText(d) : toText(raw);
      }
      case 'list':
      case 'multipleChoice':
        return this.resolve(q, raw).value;
      default:
        return toText(raw);
    }
  }

  /**
   * The index (in RATING_CODES) of a rating grid's row, as `code(cells, q, row, decodeRating)` gives it: `column` is
   * the row's column (q.rows), -1 when missing.
   */
  ratingIndex(cells: readonly unknown[], q: Question, column: number): number {
    const raw = column < 0 ? '' : cells[column];
    if (raw === '' || raw === null || raw === undefined) return RATING_EMPTY_INDEX;
    const res = this.resolve(q, raw);
    if (!('code' in res)) res.code = decodeRating(res.value);
    return RATING_INDEX.get(res.code as RatingCode | null)!;
  }

  /** Rating indexes (RATING_CODES) packed one character each, shared between registrations with the same ratings. */
  packRatingIndexes(indexes: readonly number[], n: number): string {
    // A number of up to PACK_KEY_DIGITS digits in base RATING_CODES.length is exact: the shared string is found by it.
    let key = n <= PACK_KEY_DIGITS ? 0 : -1;
    if (key >= 0) {
      for (let i = 0; i < n; i++) key = key * RATING_CODES.length + indexes[i];
      const hit = this.packedRatings.get(key);
      if (hit !== undefined) return hit;
    }
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(48 + indexes[i]);
    let hit = this.packed.get(s);
    if (hit === undefined) this.packed.set(s, (hit = s));
    if (key >= 0) this.packedRatings.set(key, hit);
    return hit;
  }

  /** One row of a grid answer ('' when unanswered or not a grid). */
  gridCell(cells: readonly unknown[], title: string, row: string): string {
    const q = this.questions.get(title);
    if (q === undefined || q.rows === null) return '';
    const i = q.rows.get(row);
    return i === undefined || i < 0 ? '' : this.gridValue(q, cells[i]);
  }

  /** One row of a grid answer by its column (q.rows; -1 when missing), as gridCell gives it. */
  gridCellAt(cells: readonly unknown[], q: Question, column: number): string {
    return column < 0 ? '' : this.gridValue(q, cells[column]);
  }

  private gridValue(q: Question, raw: unknown): string {
    if (raw === '' || raw === null || raw === undefined) return '';
    return this.resolve(q, raw).value;
  }

  /** Every answer of a row (what `Registration.answers` gives). */
  answers(cells: readonly unknown[]): FormAnswers {
    const out: FormAnswers = {};
    for (const title of this.questions.keys()) out[title] = this.answer(cells, title)!;
    return out;
  }

  /** Rating codes packed one character each, shared between registrations with the same ratings. */
  packRatings(codes: readonly (RatingCode | null)[]): string {
    let s = '';
    for (const c of codes) s += String.fromCharCode(48 + RATING_INDEX.get(c)!);
    let hit = this.packed.get(s);
    if (hit === undefined) this.packed.set(s, (hit = s));
    return hit;
  }
}

/** See RowReader.initiativeCodes. */
export const INITIATIVE_CODE_BASE = 64;
/** The bit of an initiative slot's code set when the slot repeats an initiative another slot names. */
export const INITIATIVE_REPEAT = 32;

/**
 * One initiative named in two slots (the same title, at two levels or twice by mistake) counts once: "có nhiều sáng
 * kiến, giải pháp" (plan II.2.b, CN-02) asks for several different ones, and the priority score (III.4.c) counts each
 * recognised initiative once, at its highest level. Two named slots (bit 2 of `bits`, the first `n`) name one
 * initiative when their names share a key (matchKey: case, spacing and tone placement aside), unless both give a
 * decision, at the same level, and the decisions differ: two recognitions at one level by two decisions are two
 * initiatives under one generic title ("Sáng kiến kinh nghiệm"). Of one initiative's slots one is kept (the first
 * complete one, bit 4, else the first) and INITIATIVE_REPEAT is set on the others. `nameOf(i)` gives slot i's name,
 * `decisionOf(i)` its decision ('' when none is given).
 */
export function markRepeatedInitiatives(bits: number[], n: number, nameOf: (slot: number) => string, decisionOf: (slot: number) => string): void {
  // A form has a few slots: each named slot is compared with the ones kept before it. A decision's key is worked out
  // only for slots whose names share a key (most decisions are never compared: no key built, none cached).
  const keys = REPEAT_KEYS;
  const decisions = REPEAT_DECISIONS;
  for (let i = 0; i < n; i++) {
    keys[i] = '';
    decisions[i] = null;
    if (!(bits[i] & 2)) continue;
    const k = matchKey(nameOf(i));
    if (k === '') continue;
    let j = 0;
    for (; j < i; j++) {
      if (keys[j] !== k) continue;
      // The same name: one initiative, unless both give a decision, at the same level, and the decisions differ.
      if ((bits[i] & 24) !== (bits[j] & 24)) break;
      const di = repeatDecisionKey(i, decisionOf);
      if (di === '') break;
      const dj = repeatDecisionKey(j, decisionOf);
      if (dj === '' || di === dj) break;
    }
    if (j === i) keys[i] = k;
    else if (bits[i] & 4 && !(bits[j] & 4)) {
      bits[j] |= INITIATIVE_REPEAT;
      keys[j] = '';
      keys[i] = k;
    } else bits[i] |= INITIATIVE_REPEAT;
  }
}
/**
 * Scratch space of markRepeatedInitiatives: the key of each slot kept so far ('' for the others), and its decision's
 * (null until worked out).
 */
const REPEAT_KEYS: string[] = [];
const REPEAT_DECISIONS: (string | null)[] = [];
/** The key of slot i's decision ('' when none is given), worked out when first asked (markRepeatedInitiatives). */
function repeatDecisionKey(i: number, decisionOf: (slot: number) => string): string {
  let d = REPEAT_DECISIONS[i];
  if (d === null || d === undefined) {
    d = decisionOf(i);
    REPEAT_DECISIONS[i] = d = d === '' ? '' : matchKey(d);
  }
  return d;
}

const dataProblem = (message: string): Finding => ({ criterionId: DATA_CRITERION.id, status: 'missing', message });

/** The longest registered name taken as one: a person's (titles included), a collective's (a unit's full name). */
export const NAME_MAX = { individual: 100, collective: 200 } as const;

/**
 * Why a registered name is not one, and for 'symbols' the first symbol found; 'encoding': the first character of a
 * legacy code table found (legacyCodeTableChar); 'script': a letter of another alphabet inside a Latin word (`word`),
 * 'tones': the word with a tone mark no syllable has as typed (name-letters.ts lettersNotVietnamese).
 */
export type ImplausibleName = { why: 'noLetter' | 'tooLong' | 'value' } | { why: 'symbols' | 'encoding' | 'tones'; symbol: string } | { why: 'script'; symbol: string; word: string };

/**
 * Why a registered name is not a name (null: it may be one), review "input" #2: "TRUE", "12345", "}}{{…}}" or a
 * 3,000-character answer went to the award papers unremarked. A name has a letter, no formula's start, markup or
 * template braces; a person's none of the symbols no name or title has — kept: a title's dot and slash ("ThS.",
 * "Đ/c"), a hyphen, an apostrophe ("H’Hen Niê"), brackets, quotes, a comma or semicolon ("…, Hiệu trưởng"), digits
 * (offices use "Giáo viên 2" as placeholders; review diff10 #3); a collective's may hold more ("Tổ 1+2", "Hoa & Sen").
 */
export function implausibleName(name: string, kind: 'individual' | 'collective'): ImplausibleName | null {
  if (name === '') return null;
  if (name.length > NAME_MAX[kind]) return { why: 'tooLong' };
  // Most names are letters and spaces, some with digits, dashes, commas, brackets or apostrophes ("Tổ 4 - 5 - Trường
  // …": plainName): a letter, no symbol, and longer than any of the values — a name, found without the expressions below.
  if (name.length > 5 && plainName(name)) return null;
  const legacy = legacyCodeTableChar(name);
  if (legacy !== null) return { why: 'encoding', symbol: legacy };
  // A Cyrillic "о" inside a Latin word, a second tone on a syllable, a grave on a consonant (review r80i F1, F3; d80 F1).
  const letters = lettersNotVietnamese(name);
  if (letters !== null) return letters;
  if (!/\p{L}/u.test(name)) return { why: 'noLetter' };
  if (/^(?:true|false|n\/?a|null|none)$/i.test(name)) return { why: 'value' };
  // A person's: also "?", "&" or " / " (two people, or a name not known: review diff11 #3), a web address.
  const m = MARKUP.exec(name) ?? /^[+@]/.exec(name) ?? (kind === 'individual' ? /[{}<>=@#$%^*_|\\[\]~`?&\uff01-\uff0f\uff1a-\uff20]|\s\/\s|https?:|www\./i.exec(name) : null);
  return m ? { why: 'symbols', symbol: m[0] } : null;
}

/**
 * Whether a text is ASCII or precomposed Latin letters (Vietnamese included), spaces, digits and the marks of
 * PLAIN_NAME_MARKS only, with a letter: no expression of implausibleName matches it but the values' ("TRUE", "none":
 * five letters at most), no character of a legacy code table (LEGACY_CODE_TABLE), no consonant with a tone
 * (TONE_ON_CONSONANT); a combining mark or a letter of another alphabet is none of those.
 */
function plainName(s: string): boolean {
  let letter = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 0x30 && c <= 0x39) || PLAIN_NAME_MARKS.includes(c)) continue;
    if (((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || (c >= 0xc0 && c <= 0x24f && LEGACY_CODE_TABLE[c] !== 1 && TONE_ON_CONSONANT[c] === 0 && !legacyCapital(s, i)) || (c >= 0x1e00 && c <= 0x1eff && TONE_ON_CONSONANT[c] === 0)) letter = true;
    else return false;
  }
  return letter;
}

/**
 * Marks a name may hold that no expression of implausibleName matches, alone or with letters, digits and spaces: "-",
 * ",", "(", ")", "'", "’", "–" (not ".", ":" or "/", of "www.", "https:" and " / ").
 */
const PLAIN_NAME_MARKS: readonly number[] = [0x2d, 0x2c, 0x28, 0x29, 0x27, 0x2019, 0x2013];

/** Whether a registration's response was edited after it was first sent (the register's first time of its code is earlier). */
export function editedSinceSent(r: Pick<Registration, 'firstSubmittedAt' | 'submittedAt'>): boolean {
  return r.firstSubmittedAt !== null && r.submittedAt !== null && r.firstSubmittedAt.getTime() < r.submittedAt.getTime();
}

/**
 * A birth year as answered: four digits, maybe followed by "." and zeros (a number typed as 1980.0, or a stray full
 * stop: "1985.", which the form's number rule lets through, review diff23 #5); else NaN.
 */
export function birthYearOf(s: string): number {
  if (s.length < 4 || !isDigits(s.slice(0, 4))) return NaN;
  if (s.length > 4) {
    if (s.charCodeAt(4) !== 46) return NaN;
    for (let i = 5; i < s.length; i++) if (s.charCodeAt(i) !== 48) return NaN;
  }
  return parseInt(s.slice(0, 4), 10);
}

/** Prepare a parser for a header row. */
export function responseParser(headers: readonly unknown[], ctx: ParseContext): ResponseParser {
  const cols = findColumns(headers, ctx.form, ctx.tab, ctx.onForm, ctx.decisive);
  const reader = new RowReader(ctx.form, cols.columns, ctx.config);
  const schoolYears = reader.schoolYears;
  const windowEnd = milestone(ctx.config, 'DANG-KY-DONG').date;
  // While "Cấu hình" does not hold the window's end as a usable date (a stand-in: config.ts unsettled), nobody is late.
  const lateAfter = dateUnsettled(ctx.config, 'milestone.DANG-KY-DONG') ? new Date(8.64e15) : dayAfter(windowEnd, 1);
  // The first day after the period's last year.
  const afterPeriodFrom = periodOverFrom(ctx.config).getTime();
  const districtOffice = ctx.config.organisation.kind === 'phong';
  const collectiveKindByKey = new Map<string, CollectiveKind>([
    [matchKey(COLLECTIVE_KIND_CHOICES.whole), 'whole'],
    [matchKey(COLLECTIVE_KIND_CHOICES.part), 'part'],
  ]);
  const thisYear = ctx.config.today.getFullYear();
  const kindByKey = new Map<string, RegistrationKind>([
    [matchKey(KIND_CHOICES.collective), 'collective'],
    [matchKey(KIND_CHOICES.individual), 'individual'],
  ]);
  const roleByKey = new Map<string, Role>([
    [matchKey(ROLE_CHOICES.manager), 'manager'],
    [matchKey(ROLE_CHOICES.teacher), 'teacher'],
    [matchKey(ROLE_CHOICES.staff), 'staff'],
    [matchKey(ROLE_CHOICES.worker), 'worker'],
    [matchKey(ROLE_CHOICES.official), 'official'],
  ]);
  const timestampHeader = cols.timestamp >= 0 ? toText(headers[cols.timestamp]) : TIMESTAMP_HEADERS[0];
  const individualGrid = reader.question(Q.individualRatings);
  const individualRows = schoolYears.map(schoolYearRow);
  const orgGrids = ORG_RATING_TITLES.map((t) => reader.question(t));
  const orgRows = reader.years.map(yearRow);
  const lateNotes = new Map<number, string>();
  // The rating grids' columns, row by row (-1 for a row whose column is missing), looked up once.
  const gridColumns = (grid: Question | undefined, rows: readonly string[]) => rows.map((row) => (grid && grid.rows ? grid.rows.get(row) ?? -1 : -1));
  const individualColumns = gridColumns(individualGrid, individualRows);
  const orgColumns = orgGrids.map((g) => gridColumns(g, orgRows));
  const indexes: number[] = new Array(Math.max(individualColumns.length, orgColumns.reduce((n, c) => n + c.length, 0)));
  // A rating counts only when written on or after the day its year counts from (schoolYearRatedFrom, orgYearRatedFrom):
  // a response sent (or last edited) before then could not hold the year's official result. Each year's day (ms),
  // compared with the response's time once a row. A rating written earlier is read as "Chưa đánh giá" for a year that
  // counts today; for a year that does not count yet it is not counted anyway, and what it would do once it counts is
  // told as it is (pendingRatingBreaches). Either way the school is told, by a sentence that depends on the response
  // alone (not on the day it is read).
  const todayMs = ctx.config.today.getTime();
  const schoolYearFrom = schoolYears.map((y) => schoolYearRatedFrom(ctx.config, y).getTime());
  // The office's own staff (ratedPerCalendarYear) are rated per calendar year: their rows count from another day (config.ts).
  const officialYearFrom = schoolYears.map((y) => schoolYearRatedFrom(ctx.config, y, 'official').getTime());
  const orgYearFrom = reader.years.map((y) => orgYearRatedFrom(y).getTime());
  // The sentence of a registration's early ratings (noteEarlyRatings), built once per distinct years, grids and day
  // sent: `early` bit k = year k (school years for an individual, calendar years for a collective), `grids` bit g =
  // ORG_RATING_TITLES[g] (0 for an individual); `from`: the individual's days (schoolYearFrom or officialYearFrom).
  // Found by numbers, no key text built per registration: the years, grids and days (official or not), then the day sent.
  const earlyNotes = new Map<number, Map<number, string>>();
  const earlyNoteFor = (early: number, grids: number, at: Date, schoolFrom: number[] = schoolYearFrom): string => {
    const which = (early * 8 + grids) * 2 + (schoolFrom === officialYearFrom ? 1 : 0);
    const day = (at.getFullYear() * 12 + at.getMonth()) * 32 + at.getDate();
    let byDay = earlyNotes.get(which);
    if (byDay === undefined) earlyNotes.set(which, (byDay = new Map()));
    let note = byDay.get(day);
    if (note === undefined) {
      const individual = grids === 0;
      const years = individual ? schoolYears : reader.years;
      const from = individual ? schoolFrom : orgYearFrom;
      const listed: { year: string; from: string }[] = [];
      for (let k = 0; k < years.length; k++) {
        if (early & (1 << k)) listed.push({ year: (individual ? schoolYearRow(years[k]) : yearRow(years[k])).toLowerCase(), from: formatDate(new Date(from[k])) });
      }
      const titles = individual ? [Q.individualRatings] : ORG_RATING_TITLES.filter((_, g) => grids & (1 << g));
      byDay.set(day, (note = noteEarlyRatings(titles, listed, formatDate(at), individual && schoolFrom === officialYearFrom)));
    }
    return note;
  };
  // Each distinct answer is decoded once (RowReader.code): the decoders depend on the answer only.
  const q = {
    school: reader.question(Q.school),
    collectiveName: reader.question(Q.collectiveName),
    individualName: reader.question(Q.individualName),
    birthYear: reader.question(Q.birthYear),
    kind: reader.question(Q.kind),
    role: reader.question(Q.role),
    partyMember: reader.question(Q.partyMember),
    head: reader.question(Q.head),
    collectiveKind: reader.question(Q.collectiveKind),
  };
  const decodeKind = (v: string) => kindByKey.get(matchKey(v)) || null;
  const decodeRole = (v: string) => roleByKey.get(matchKey(v)) || null;
  const decodeYes = (v: string) => v === YES;
  // Unanswered kept apart from "Không" (review r76p F1): the question is optional in the form.
  const decodeYesOrBlank = (v: string): boolean | null => (v === '' ? null : v === YES);
  const decodeCollectiveKind = (v: string) => collectiveKindByKey.get(matchKey(v)) || 'whole';

  // A row's notes are most often one sentence many rows share (a day's late note, an early-ratings note: 14,443 of the
  // bench's 20,600 rows): one frozen list per sentence, kept by every registration it is the note of, not a list each.
  const noteLists = new Map<string, string[]>();
  const oneNote = (note: string): string[] => {
    let list = noteLists.get(note);
    if (list === undefined) noteLists.set(note, (list = Object.freeze([note]) as unknown as string[]));
    return list;
  };

  const shared = cols.shared;
  function parseRow(row: readonly unknown[], sheetRow: number, firstAt?: number, id?: string): Registration | null {
    if (isBlankRow(row)) return null;
    let problems: Finding[] | null = null;
    let notes: string[] | null = null;
    // Columns under one title read as one field. Two different answers in one row: the newest column's is read (the
    // question the form asks now, where an edit of the response writes), and the office is told in the row's note —
    // not the school, which cannot clear a column of a question the form no longer has.
    const cells =
      shared.length === 0
        ? row
        : mergeSharedCells(row, shared, (c) => (notes = listed(notes, parseConflictingAnswers(ctx.tab, sheetRow, c.header, c.values, c.used))));
    // Every choice answer is checked against the form's choices; nothing else is read (or cleaned) unless used.
    const choiceColumns = reader.choiceColumns;
    for (let c = 0; c < choiceColumns.length; c++) {
      const col = choiceColumns[c];
      const raw = col.index < 0 ? '' : cells[col.index];
      if (raw === '') continue; // unanswered: nothing to check
      const question = col.question;
      const kind = col.kind;
      if (kind === 'checkbox') {
        const unknown = reader.resolveParts(question, raw).unknown;
        if (unknown.length > 0) for (const p of unknown) problems = listed(problems, dataProblem(parseUnknownChoice(sheetRow, col.header, p)));
        continue;
      }
      if (kind === 'grid' && (raw === null || raw === undefined)) continue;
      // An answer already resolved is found in place (most are: answers repeat), else resolved once.
      const hit = typeof raw === 'string' ? question.resolved.get(raw) : undefined;
      const res = hit !== undefined ? hit : reader.resolve(question, raw);
      if (res.known) continue;
      // The school list is checked against the directory below (its choices may lag behind the directory).
      if (kind === 'grid' ? res.value !== '' : !col.school) problems = listed(problems, dataProblem(parseUnknownChoice(sheetRow, col.header, res.value)));
    }
    // Identity.
    let submittedAt: Date | null = null;
    if (cols.timestamp >= 0) {
      const raw = cells[cols.timestamp];
      // A Date of this realm holding a real time (what Forms writes) is the time itself: kept as read, not copied (no
      // code changes a Date once read). Anything else is read by parseDate.
      let t = NaN;
      if (raw instanceof Date) {
        try {
          t = raw.getTime();
        } catch {
          t = NaN;
        }
      }
      submittedAt = t === t ? (raw as Date) : parseDate(raw);
      if (!submittedAt && toText(raw) !== '') notes = listed(notes, parseBadTimestamp(sheetRow, timestampHeader, toText(raw)));
    }
    const email = cols.email >= 0 ? normaliseEmail(cells[cols.email]) : '';
    const schoolName = reader.textOf(cells, q.school);
    const school = ctx.directory.byKey.get(matchKey(schoolName)) || null;
    if (!school) problems = listed(problems, dataProblem(parseUnknownSchool(sheetRow, Q.school, schoolName)));
    const kind = reader.code(cells, q.kind, null, decodeKind);
    if (!kind) {
      const kindText = reader.textOf(cells, q.kind);
      if (kindText === '') problems = listed(problems, dataProblem(parseUnknownKind(sheetRow, Q.kind, kindText)));
    }
    const name =
      kind === 'collective'
        ? reader.textOf(cells, q.collectiveName)
        : kind === 'individual'
          ? reader.textOf(cells, q.individualName)
          : reader.textOf(cells, q.individualName) || reader.textOf(cells, q.collectiveName);
    const nameQuestion = kind === 'collective' ? q.collectiveName : q.individualName;
    // TCVN3's "ư" is a soft hyphen, which cleaning takes out of the name read ("C­êng" reads "Cêng"): sought in the cell as
    // typed (review d77b F3).
    const odd = !kind ? null : (implausibleName(name, kind) ?? (nameQuestion && nameQuestion.index >= 0 && softHyphenInWord(cells[nameQuestion.index]) ? { why: 'encoding' as const, symbol: SOFT_HYPHEN } : null));
    if (odd) problems = listed(problems, dataProblem(parseImplausibleName(sheetRow, kind === 'collective' ? Q.collectiveName : Q.individualName, name, odd, NAME_MAX[kind!])));
    const collectiveKind: CollectiveKind | null = kind === 'collective' ? reader.code(cells, q.collectiveKind, null, decodeCollectiveKind) : null;
    // The school itself answered "Bộ phận": the whole unit's page was skipped, its criteria never asked (review r73r F1).
    if (collectiveKind === 'part' && school && isSchoolItself({ kind, name, schoolName }))
      problems = listed(problems, dataProblem(parseSchoolAsPart(sheetRow, Q.collectiveKind, COLLECTIVE_KIND_CHOICES.part, COLLECTIVE_KIND_CHOICES.whole, name, FORM_TEXT.pageUnit)));
    // Answers the documents print, typed with a legacy code table (review r77t F1): asked again, as a name is.
    const printed = reader.printedTextColumns;
    let garbled: { title: string; value: string; symbol: string }[] | null = null;
    for (let c = 0; c < printed.length; c++) {
      const raw = cells[printed[c].index];
      if (typeof raw !== 'string' || raw === '') continue;
      const symbol = legacyCodeTableText(raw);
      // Quoted as read (cleaned: NFC, as every message is), found on the cell as typed (the characters sought are
      // Latin-1, which cleaning keeps).
      if (symbol !== null) (garbled ??= []).push({ title: printed[c].title, value: toText(raw), symbol });
    }
    if (garbled) problems = listed(problems, dataProblem(parseLegacyCodeTable(sheetRow, garbled)));
    reader.keep(sheetRow, cells);
    const r = new reader.Record(sheetRow, submittedAt, email, schoolName, school, kind, collectiveKind, name, id);
    const sent = submittedAt === null ? null : submittedAt.getTime();
    let earlyNote: string | null = null;
    // Individuals.
    if (kind === 'individual') {
      const by = reader.textOf(cells, q.birthYear);
      if (by !== '') {
        const y = birthYearOf(by);
        if (y >= BIRTH_YEAR_MIN && y <= thisYear) r.birthYear = y;
        else problems = listed(problems, dataProblem(parseBadBirthYear(sheetRow, Q.birthYear, by)));
      }
      r.role = reader.code(cells, q.role, null, decodeRole);
      // The office's staff are rated per calendar year (config.ts OFFICIAL_RATED_FROM); at a school, the role is a wrong
      // answer: asked again, the verdict not "Đạt" on ratings counted before their school year ended.
      if (r.role === 'official' && school && school.level !== '' && !school.office) problems = listed(problems, dataProblem(parseOfficialAtSchool(sheetRow, Q.role, ROLE_CHOICES.official, school.name, school.level)));
      const partyMember = reader.code(cells, q.partyMember, null, decodeYesOrBlank);
      r.partyMember = partyMember === true;
      r.head = reader.code(cells, q.head, null, decodeYes);
      // "Là đảng viên" is optional in the form: a manager's or a head's criteria do not depend on it (sensitive data, NĐ
      // 356/2025 Điều 4). Anyone else left blank is asked for it, never read as "Không": a Party member would escape
      // CN-09/CN-10 (review r76p F1). A data problem, so switching a criterion off in "Tiêu chí" does not let it through.
      if (partyMember === null && r.role !== 'manager' && !r.head) problems = listed(problems, dataProblem(parsePartyMemberMissing(sheetRow, Q.partyMember, Q.head)));
      for (let k = 0; k < individualColumns.length; k++) indexes[k] = individualGrid ? reader.ratingIndex(cells, individualGrid, individualColumns[k]) : RATING_EMPTY_INDEX;
      if (sent !== null) {
        // Ratings written before their year counts (bit k: school year k): read as "Chưa đánh giá" once it counts. The
        // office's own staff and leaders (ratedPerCalendarYear) by their calendar year's day.
        let early = 0;
        const yearFrom = ratedPerCalendarYear(r) ? officialYearFrom : schoolYearFrom;
        for (let k = 0; k < individualColumns.length; k++) {
          const from = yearFrom[k];
          if (sent < from && isRatingIndex(indexes[k])) {
            if (from <= todayMs) indexes[k] = RATING_NONE_INDEX;
            early |= 1 << k;
          }
        }
        if (early !== 0) earlyNote = earlyNoteFor(early, 0, submittedAt!, yearFrom);
      }
      r.packedRatings = reader.packRatingIndexes(indexes, individualColumns.length);
    }
    // Collectives.
    if (kind === 'collective') {
      let k = 0;
      for (let g = 0; g < orgGrids.length; g++) {
        const grid = orgGrids[g];
        const columns = orgColumns[g];
        for (let j = 0; j < columns.length; j++) indexes[k++] = grid ? reader.ratingIndex(cells, grid, columns[j]) : RATING_EMPTY_INDEX;
      }
      if (sent !== null) {
        // As for individuals, per calendar year (bit j) and grid (bit g).
        let early = 0;
        let grids = 0;
        const n = orgYearFrom.length;
        for (let i = 0; i < k; i++) {
          const j = i % n;
          const from = orgYearFrom[j];
          if (sent < from && isRatingIndex(indexes[i])) {
            if (from <= todayMs) indexes[i] = RATING_NONE_INDEX;
            early |= 1 << j;
            grids |= 1 << ((i - j) / n);
          }
        }
        if (early !== 0) earlyNote = earlyNoteFor(early, grids, submittedAt!);
      }
      r.packedRatings = reader.packRatingIndexes(indexes, k);
    }
    // Initiatives (common page): what the evaluation needs of them; they are read from the row when asked for. One
    // recognised in a year after the response was sent is a decision that did not exist then: not counted as
    // recognised, and the school is asked to check it.
    r.initiativeCodes = reader.initiativeCodes(cells, submittedAt === null ? Infinity : submittedAt.getFullYear());
    if (reader.afterSent > 0) {
      const sentOn = formatDate(submittedAt!);
      for (let i = 0; i < ctx.config.initiativeSlots; i++) {
        const y = INITIATIVE_AFTER_SENT[i];
        if (y > 0) {
          const t = initiativeTitles(i + 1);
          problems = listed(problems, dataProblem(INITIATIVE_AFTER_SENT_DATED[i] ? parseInitiativeDateAfterSent(t.decision, y, sentOn) : parseInitiativeYearAfterSent(t.year, y, sentOn)));
        }
      }
    }
    if (earlyNote !== null) {
      notes = listed(notes, earlyNote);
      EARLY_RATINGS.set(r, earlyNote);
    }
    // A late registration is accepted and evaluated; the note tells the council. Judged by when it was first sent: the
    // tool itself asks for edits after the window (ratings that count from later days).
    const first = submittedAt && firstAt !== undefined && firstAt > 0 && firstAt < submittedAt.getTime() ? new Date(firstAt) : submittedAt;
    r.firstSubmittedAt = first;
    const late = !!first && first.getTime() >= lateAfter.getTime();
    // This version received after the period's last year (a form nobody ended): said instead of the late note, which
    // promises a review (review r75c F4, d75 F6).
    const afterPeriod = submittedAt === null || submittedAt.getTime() < afterPeriodFrom ? false : first!.getTime() >= afterPeriodFrom ? 'sent' : districtOffice ? 'edited' : false;
    if (afterPeriod) {
      r.afterPeriod = afterPeriod;
      // The day it was sent, or the day of the edit (review d75d F2).
      notes = listed(notes, noteAfterPeriod(formatDate(afterPeriod === 'sent' ? first! : submittedAt!), ctx.config.period.name, ctx.config.period.endYear, afterPeriod === 'edited'));
    } else if (late) {
      const day = first!.getFullYear() * 10000 + first!.getMonth() * 100 + first!.getDate();
      let note = lateNotes.get(day);
      if (note === undefined) lateNotes.set(day, (note = noteLateRegistration(formatDate(first!), formatDate(windowEnd))));
      notes = listed(notes, note);
    }
    r.late = late;
    if (problems) r.problems = problems;
    if (notes) r.notes = notes.length === 1 ? oneNote(notes[0]) : notes;
    return r;
  }

  return { errors: cols.errors, notes: cols.notes, parseRow };
}

export interface ParsedResponses {
  registrations: Registration[];
  errors: string[];
  /** Information for the office, not blocking (titles heading several columns). */
  notes: string[];
}

/**
 * Parse a whole response tab: `values[0]` is the header row, sheet row numbers start at 1. `ids` (sheet row → code,
 * from the register) gives each row its code; without it a row's code is its row number (a bare workbook, tests).
 * `firstSent` (code → epoch ms, from the register): when each registration was first sent. Entirely empty rows are
 * skipped; no row with data is dropped. Never throws. `each`, when given, is called with each registration as soon as
 * it is read (its code given), before the next row is read: what it reads of the row is read while the row was just
 * read (evaluateAll evaluates it there).
 */
export function parseResponses(
  values: readonly (readonly unknown[])[],
  ctx: ParseContext,
  ids?: ReadonlyMap<number, string>,
  firstSent?: ReadonlyMap<string, number>,
  each?: (r: Registration) => void,
): ParsedResponses {
  if (!values || values.length === 0) return { registrations: [], errors: [responseErrorEmpty(ctx.tab)], notes: [] };
  const parser = responseParser(values[0] || [], ctx);
  const registrations: Registration[] = [];
  for (let i = 1; i < values.length; i++) {
    // A hole (a submission's grid holds only its own row: src/gas/office.ts readSubmissionListed) is no row.
    if (values[i] == null) continue;
    // With the register's codes, a row without one waits for the next run (the form could not be asked).
    const id = ids ? ids.get(i + 1) : undefined;
    if (ids && id === undefined) continue;
    const r = parser.parseRow(values[i] || [], i + 1, firstSent ? firstSent.get(id ?? registrationId(i + 1)) : undefined, id);
    if (!r) continue;
    registrations.push(r);
    if (each !== undefined) each(r);
  }
  return { registrations, errors: parser.errors, notes: parser.notes };
}

/** Parse one response given as a header → value record (e.g. the named values of a form-submit event). */
export function parseResponseRecord(record: Record<string, unknown>, sheetRow: number, ctx: ParseContext): { registration: Registration | null; errors: string[] } {
  const headers = Object.keys(record);
  const cells = headers.map((h) => {
    const v = record[h];
    // Form-submit events give arrays of strings per column.
    return Array.isArray(v) ? (v.length === 1 ? v[0] : v.map((x) => toText(x)).join(FORMS_CHECKBOX_SEPARATOR)) : v;
  });
  const parser = responseParser(headers, ctx);
  return { registration: parser.parseRow(cells, sheetRow), errors: parser.errors };
}
