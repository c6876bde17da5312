// From a form-response row to a typed Registration. Columns are found by header (any order, extra columns
// ignored); a missing header is one Vietnamese error; per-row problems become findings on that registration.
import { OfficeConfig, milestone, periodYears } from './config';
import { Directory, School, normaliseEmail } from './directory';
import {
  COLLECTIVE_KIND_CHOICES,
  EMAIL_HEADERS,
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
import { FORMS_CHECKBOX_SEPARATOR, formatDate, isBlankRow, matchKey, padNumber, parseDate, splitCheckbox, toParagraph, toText } from './text';
import {
  DATA_CRITERION,
  noteLateRegistration,
  parseBadBirthYear,
  parseBadTimestamp,
  parseUnknownChoice,
  parseUnknownKind,
  parseUnknownSchool,
  responseErrorDuplicateHeader,
  responseErrorEmpty,
  responseErrorMissingHeader,
} from './messages/validation';

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
 * A yearly rating; `absent` = "Không có tổ chức này" (Party/union grids only); `notEmployed` = "Chưa công tác" and
 * `newHire` = "Mới tuyển dụng" (individual grid only): a year the person is not rated on.
 */
export type RatingCode = 'excellent' | 'good' | 'done' | 'failed' | 'none' | 'absent' | 'notEmployed' | 'newHire';

export interface Initiative {
  slot: number;
  name: string;
  /** 1 (Cấp cơ sở) … 3 (Toàn quốc), see INITIATIVE_LEVELS; 0 when not given. */
  level: number;
  levelLabel: string;
  decision: string;
  year: number | null;
}

export interface Registration {
  /** The registration's code ("DK-000123"), from the register of codes: it never changes with the row. */
  id: string;
  /** 1-based row in the response tab as read now (it changes when the office sorts or deletes rows). */
  row: number;
  submittedAt: Date | null;
  /** Respondent e-mail, lower-cased. */
  email: string;
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
  /** Personal ratings (individuals) per school year: the year it starts in → rating, null when unanswered. */
  ratings: Record<number, RatingCode | null>;
  /** Party/union yearly ratings (collectives): grid title → year → rating. */
  orgRatings: Record<string, Record<number, RatingCode | null>>;
  initiatives: Initiative[];
  /** Every answer, cleaned and mapped to the form's own choice labels. */
  answers: FormAnswers;
  /** Problems found while reading the row (criterion DU-LIEU). */
  problems: Finding[];
  /** Informational notes that do not affect the verdict. */
  notes: string[];
  /** Submitted (or last edited) after the end of the registration window ("Mốc: kết thúc đăng ký"). */
  late: boolean;
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
 * (spaces, case, NFC, tone placement). Every missing header is one Vietnamese error; never throws.
 */
export function findColumns(headers: readonly unknown[], form: FormDefinition, tab: string): ColumnMap {
  const errors: string[] = [];
  const index = new Map<string, number>();
  for (let i = 0; i < headers.length; i++) {
    const k = matchKey(headers[i]);
    if (k === '') continue;
    if (index.has(k)) {
      errors.push(responseErrorDuplicateHeader(tab, toText(headers[i])));
      continue;
    }
    index.set(k, i);
  }
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
  for (const e of expectedColumns(form)) {
    const i = index.get(matchKey(e.header));
    if (i === undefined) errors.push(responseErrorMissingHeader(tab, e.header));
    else columns.set(e.header, i);
  }
  return { columns, timestamp, email, errors };
}

export interface ParseContext {
  form: FormDefinition;
  directory: Directory;
  config: OfficeConfig;
  /** Name of the response tab, for messages. */
  tab: string;
}

/** A prepared parser: columns found once, choice maps built once, then one call per row. */
export interface ResponseParser {
  errors: string[];
  /** Parse one row (cells in sheet order); null when the row is entirely empty. */
  parseRow(cells: readonly unknown[], sheetRow: number): Registration | null;
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
]);

function choiceMap(choices: readonly string[] | undefined): Map<string, string> {
  const m = new Map<string, string>();
  for (const c of choices || []) m.set(matchKey(c), c);
  return m;
}

/** Prepare a parser for a header row. */
export function responseParser(headers: readonly unknown[], ctx: ParseContext): ResponseParser {
  const cols = findColumns(headers, ctx.form, ctx.tab);
  const expected = expectedColumns(ctx.form);
  const items = formItems(ctx.form);
  const choiceMaps = new Map<string, Map<string, string>>();
  for (const it of items) choiceMaps.set(it.title, choiceMap(it.kind === 'grid' ? it.columns : it.choices));
  // Answers given on an earlier form with the former initiative levels are read as today's levels.
  for (const it of items) {
    if (!/: cấp công nhận$/.test(it.title)) continue;
    const m = choiceMaps.get(it.title)!;
    for (const [old, i] of Object.entries(LEGACY_INITIATIVE_LEVELS)) if (!m.has(matchKey(old))) m.set(matchKey(old), INITIATIVE_LEVELS[i]);
  }
  const years = periodYears(ctx.config.period);
  const schoolYears = ratingSchoolYears(ctx.config.period);
  const windowEnd = milestone(ctx.config, 'DANG-KY-DONG').date;
  const lateAfter = new Date(windowEnd.getFullYear(), windowEnd.getMonth(), windowEnd.getDate() + 1);
  const collectiveKindByKey = new Map<string, CollectiveKind>([
    [matchKey(COLLECTIVE_KIND_CHOICES.whole), 'whole'],
    [matchKey(COLLECTIVE_KIND_CHOICES.part), 'part'],
  ]);
  const thisYear = ctx.config.today.getFullYear();
  const slots: ReturnType<typeof initiativeTitles>[] = [];
  for (let n = 1; n <= ctx.config.initiativeSlots; n++) slots.push(initiativeTitles(n));
  const levelByKey = new Map<string, number>(INITIATIVE_LEVELS.map((l, i) => [matchKey(l), i + 1]));
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

  function parseRow(cells: readonly unknown[], sheetRow: number): Registration | null {
    if (isBlankRow(cells)) return null;
    const problems: Finding[] = [];
    const notes: string[] = [];
    const problem = (message: string) => problems.push({ criterionId: DATA_CRITERION.id, status: 'missing', message });
    const answers: FormAnswers = {};
    for (const e of expected) {
      const idx = cols.columns.get(e.header);
      const raw = idx === undefined ? '' : cells[idx];
      const item = e.item;
      const map = choiceMaps.get(item.title)!;
      if (item.kind === 'grid') {
        const v = toText(raw);
        const grid = (answers[item.title] as Record<string, string>) || {};
        answers[item.title] = grid;
        if (v === '') continue;
        const c = map.get(matchKey(v));
        if (c === undefined) problem(parseUnknownChoice(sheetRow, e.header, v));
        grid[e.row!] = c === undefined ? v : c;
      } else if (item.kind === 'checkbox') {
        const parts = splitCheckbox(raw);
        answers[item.title] = parts.map((p) => {
          const c = map.get(matchKey(p));
          if (c === undefined) problem(parseUnknownChoice(sheetRow, item.title, p));
          return c === undefined ? p : c;
        });
      } else if (item.kind === 'paragraph') {
        answers[item.title] = toParagraph(raw);
      } else if (item.kind === 'date') {
        const d = parseDate(raw);
        answers[item.title] = d ? toText(d) : toText(raw);
      } else if (item.kind === 'list' || item.kind === 'multipleChoice') {
        const v = toText(raw);
        const c = v === '' ? '' : map.get(matchKey(v));
        // The school list is checked against the directory below (its choices may lag behind the directory).
        if (c === undefined && item.title !== Q.school) problem(parseUnknownChoice(sheetRow, item.title, v));
        answers[item.title] = c === undefined ? v : c;
      } else {
        answers[item.title] = toText(raw);
      }
    }
    const str = (title: string) => {
      const v = answers[title];
      return typeof v === 'string' ? v : '';
    };
    // Identity.
    let submittedAt: Date | null = null;
    if (cols.timestamp >= 0) {
      const raw = cells[cols.timestamp];
      submittedAt = parseDate(raw);
      if (!submittedAt && toText(raw) !== '') notes.push(parseBadTimestamp(sheetRow, timestampHeader, toText(raw)));
    }
    const email = cols.email >= 0 ? normaliseEmail(cells[cols.email]) : '';
    const schoolName = str(Q.school);
    const school = ctx.directory.byKey.get(matchKey(schoolName)) || null;
    if (!school) problem(parseUnknownSchool(sheetRow, Q.school, schoolName));
    const kindText = str(Q.kind);
    const kind = kindByKey.get(matchKey(kindText)) || null;
    if (!kind && kindText === '') problem(parseUnknownKind(sheetRow, Q.kind, kindText));
    const name = kind === 'collective' ? str(Q.collectiveName) : kind === 'individual' ? str(Q.individualName) : str(Q.individualName) || str(Q.collectiveName);
    // Individuals.
    let birthYear: number | null = null;
    let role: Role | null = null;
    let partyMember = false;
    let head = false;
    const ratings: Record<number, RatingCode | null> = {};
    if (kind === 'individual') {
      const by = str(Q.birthYear);
      if (by !== '') {
        const m = /^(\d{4})(?:\.0+)?$/.exec(by);
        const y = m ? parseInt(m[1], 10) : NaN;
        if (y >= 1900 && y <= thisYear) birthYear = y;
        else problem(parseBadBirthYear(sheetRow, Q.birthYear, by));
      }
      role = roleByKey.get(matchKey(str(Q.role))) || null;
      partyMember = str(Q.partyMember) === YES;
      head = str(Q.head) === YES;
      const grid = answers[Q.individualRatings] as Record<string, string>;
      for (const y of schoolYears) ratings[y] = RATING_BY_KEY.get(matchKey(grid[schoolYearRow(y)] || '')) || null;
    }
    // Collectives.
    const orgRatings: Record<string, Record<number, RatingCode | null>> = {};
    const collectiveKind: CollectiveKind | null = kind === 'collective' ? collectiveKindByKey.get(matchKey(str(Q.collectiveKind))) || 'whole' : null;
    if (kind === 'collective') {
      for (const t of [Q.partyRatings, Q.unionRatings, Q.youthRatings]) {
        const grid = (answers[t] as Record<string, string>) || {};
        const r: Record<number, RatingCode | null> = {};
        for (const y of years) r[y] = RATING_BY_KEY.get(matchKey(grid[yearRow(y)] || '')) || null;
        orgRatings[t] = r;
      }
    }
    // Initiatives (common page).
    const initiatives: Initiative[] = [];
    slots.forEach((t, i) => {
      const n = str(t.name);
      const lv = str(t.level);
      const dec = str(t.decision);
      const yr = str(t.year);
      if (n === '' && lv === '' && dec === '' && yr === '') return;
      const yn = /^\d{4}$/.test(yr) ? parseInt(yr, 10) : null;
      initiatives.push({ slot: i + 1, name: n, level: levelByKey.get(matchKey(lv)) || 0, levelLabel: lv, decision: dec, year: yn });
    });
    // A late registration is accepted and evaluated; the note tells the council (an edit also moves the time).
    const late = !!submittedAt && submittedAt.getTime() >= lateAfter.getTime();
    if (late) notes.push(noteLateRegistration(formatDate(submittedAt!), formatDate(windowEnd)));
    return {
      id: registrationId(sheetRow),
      row: sheetRow,
      submittedAt,
      email,
      schoolName,
      school,
      kind,
      collectiveKind,
      name,
      birthYear,
      role,
      partyMember,
      head,
      ratings,
      orgRatings,
      initiatives,
      answers,
      problems,
      notes,
      late,
    };
  }

  return { errors: cols.errors, parseRow };
}

export interface ParsedResponses {
  registrations: Registration[];
  errors: string[];
}

/**
 * Parse a whole response tab: `values[0]` is the header row, sheet row numbers start at 1. `ids` (sheet row → code,
 * from the register) gives each row its code; without it a row's code is its row number (a bare workbook, tests).
 * Entirely empty rows are skipped; no row with data is dropped. Never throws.
 */
export function parseResponses(values: readonly (readonly unknown[])[], ctx: ParseContext, ids?: ReadonlyMap<number, string>): ParsedResponses {
  if (!values || values.length === 0) return { registrations: [], errors: [responseErrorEmpty(ctx.tab)] };
  const parser = responseParser(values[0] || [], ctx);
  const registrations: Registration[] = [];
  for (let i = 1; i < values.length; i++) {
    // With the register's codes, a row without one waits for the next run (the form could not be asked).
    const id = ids ? ids.get(i + 1) : undefined;
    if (ids && id === undefined) continue;
    const r = parser.parseRow(values[i] || [], i + 1);
    if (!r) continue;
    if (id !== undefined) r.id = id;
    registrations.push(r);
  }
  return { registrations, errors: parser.errors };
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
