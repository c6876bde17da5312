// The council's review ("Thẩm định"): one row per registration with the automatic verdict and the council's
// decision, comment and reviewer. The office's cells are data: `mergeReview` refreshes the automatic columns of
// the tab as read, matched by registration id (never by row position), keeps every decision, comment, reviewer
// and extra column, appends new registrations and never drops a row. Pure; the writing is the lead's job.
import { schoolMail } from './directory';
import { firstSenderOf } from './registration';
import { scoreTotal } from './validate';
import type { Organisation } from './config';
import type { EvaluatedRegistration } from './evaluate';
import { Block, Email, render } from './emails';
import { CONFIRMATION, HISTORY_CHANGE, HISTORY_HEADER, KIND_LABELS, VERDICT_LABELS } from './messages';
import { AWARD_LEVEL_CHOICES, AWARD_LEVEL_HEADER, COUNCIL_NOTE } from './messages/proposals';
import {
  REVIEW_DECISIONS,
  REVIEW_DECISION_LIST,
  REVIEW_HEADERS as BASE_HEADERS,
  REVIEW_TAB,
  SUPPLEMENT_EMAIL,
  reviewErrorCouncilColumnGone,
  reviewErrorMissingHeader,
  reviewErrorBlankHeader,
  reviewErrorHeaderBelow,
  reviewErrorHeaderSorted,
  reviewNoteCodeTyped,
  reviewNoteNoCode,
  reviewNoteDecisionRowLost,
  reviewNoteDecisionReset,
  reviewNoteDecisionMoved,
  reviewNoteDuplicateRow,
  reviewNoteCopiesDisagree,
  reviewNoteEditedAfterReview,
  reviewNoteSupplied,
  reviewNoteProposeNotDat,
  reviewNoteSuperseded,
  reviewNoteRequestNoComment,
  reviewNoteUnknownDecision,
  reviewNoteAlike,
  reviewNoteOtherName,
  reviewNoteUnverified,
  reviewNoteAfterPeriod,
  reviewNoteVanished,
  reviewNoteVanishedHowToErase,
  reviewNoteErased,
  reviewNoteErasedBack,
  ERASURE_REQUESTED,
  REVIEW_VERDICT_SUPERSEDED,
  REVIEW_VERDICT_VANISHED,
} from './messages/summaries';
import { FNV1A32_START, fitText, fnv1a32, fnv1a32Add, formatDate, isBlankRow, matchKey, padNumber, toParagraph, toText, withoutSheetRow } from './text';
import { NOTES_LEFT_OUT_TOLD, linePrint, linePrints, quotable, typedCell, typedLines, type TypedLines } from './review-notes';
import { isSheetsError } from './typed-words';

export { REVIEW_DECISIONS, REVIEW_DECISION_LIST, REVIEW_TAB };

/**
 * The columns' headers, in the order of a new tab: the lead's, then (last, so the earlier columns keep their places) the award level the council
 * proposes (issue 15; a dropdown, empty = Giấy khen), part of the decision (its fingerprint) like the comment.
 */
export const REVIEW_HEADERS = {
  id: BASE_HEADERS.id,
  school: BASE_HEADERS.school,
  kind: BASE_HEADERS.kind,
  name: BASE_HEADERS.name,
  verdict: BASE_HEADERS.verdict,
  score: BASE_HEADERS.score,
  decision: BASE_HEADERS.decision,
  comment: BASE_HEADERS.comment,
  reviewer: BASE_HEADERS.reviewer,
  note: BASE_HEADERS.note,
  level: AWARD_LEVEL_HEADER,
} as const;
/** The award levels' dropdown, in order. */
export const REVIEW_LEVEL_LIST: readonly string[] = Object.values(AWARD_LEVEL_CHOICES);
const LEVEL_BY_KEY = new Map<string, string>(REVIEW_LEVEL_LIST.map((l) => [matchKey(l), l]));

export type ReviewColumn = keyof typeof REVIEW_HEADERS;
export type ReviewDecision = keyof typeof REVIEW_DECISIONS;

/** The standard columns, in the order of a new tab. */
export const REVIEW_COLUMNS: readonly ReviewColumn[] = ['id', 'school', 'kind', 'name', 'verdict', 'score', 'decision', 'comment', 'reviewer', 'note', 'level'];
/** The standard columns' headers as matched (matchKey). */
const STANDARD_KEYS = new Set(REVIEW_COLUMNS.map((k) => matchKey(REVIEW_HEADERS[k])));
/** The council's own columns beside its decision: what it writes about a registration. */
export const COUNCIL_COLUMNS = ['comment', 'reviewer', 'level'] as const;
/** Columns the tool rewrites at every merge (from the registration); the others belong to the office. */
const AUTOMATIC = ['school', 'kind', 'name', 'verdict', 'score'] as const;
/**
 * The columns of a row already in the tab that are the tool's to write (the automatic ones and "Ghi chú"): a
 * submission writes only these, leaving the office's cells — and the spelling the rebuild gives them — alone.
 */
export const TOOL_COLUMNS: readonly ReviewColumn[] = [...AUTOMATIC, 'note'];

export interface ReviewStats {
  /** Data rows of the merged tab (blank rows among them included). */
  rows: number;
  /** Registrations appended by this merge. */
  added: number;
  /** Rows whose registration is no longer in the response tab (kept, flagged). */
  vanished: number;
  /** Rows whose decision is not one of the list (kept as typed, flagged). */
  unknownDecisions: number;
  /** Rows repeating an id already seen above them (kept, flagged). */
  duplicates: number;
}

export interface ReviewTab {
  name: string;
  /** The header row: the office's column order and extra columns kept; a missing standard column appended. */
  header: string[];
  /** Data rows, each exactly header.length wide. */
  rows: unknown[][];
  /**
   * Whether the tab can be rewritten in place, cell for cell over the values read: no column was added (every row,
   * blank rows among them included, stands where it was read). The rows after the kept ones are the new ones. False
   * for a blank tab and when `error` is set.
   */
  inPlace: boolean;
  frozenRows: number;
  /** 0-based column of each standard column in `header` (-1 only when `error` is set). */
  columns: Record<ReviewColumn, number>;
  /** 0-based column of "Quyết định của Hội đồng" (the dropdown); -1 when `error` is set. */
  decisionColumn: number;
  /** The dropdown values, default first. */
  decisions: readonly string[];
  /** 0-based column of the award level (its dropdown: `levels`); -1 when `error` is set. */
  levelColumn: number;
  levels: readonly string[];
  /**
   * A Vietnamese sheet-level error (missing "Mã phiếu" or "Quyết định" column). When set, `header`/`rows` are the
   * values as read, unchanged (`values` is the very input): write nothing, show the error.
   */
  error: string | null;
  values?: readonly (readonly unknown[])[];
  stats: ReviewStats;
  /** Codes whose decision was taken before a change that matters: kept, but neither proposed nor e-mailed. */
  stale: Set<string>;
  /** Decision snapshots to record in the register (new or changed decisions, and decisions withdrawn). */
  snapshots: Map<string, DecisionSnapshot>;
  /** Codes added again although the register holds a decision on them: their row was deleted after the council decided. */
  decisionsLost: string[];
  /**
   * Codes whose recorded decision came back as "Chờ thẩm định" with every council cell blank, two or more in one merge:
   * what the tab replaced by an older copy looks like (review clerkday #7), where the council withdrawing a decision
   * changes one row. Recorded as withdrawn, as the tab says (the decision itself is kept only as a fingerprint), and
   * told: a note on each row and a line for the office (the old decisions are in the file's version history).
   */
  decisionsReset: string[];
  /**
   * Codes whose decisions look moved onto other rows since the register recorded them (movedDecisions): held (in
   * `stale`), their register entries kept; nothing is proposed while any is listed.
   */
  moved: string[];
  /**
   * The order of the codes as the merge leaves the rows (codeOrder): kept by the caller once the tab is written, and
   * given to the next merge, which tells from it whether rows were moved since (a sort of the registration's columns).
   */
  order?: string;
  /** What each of `moved` held before (null: not known from its cells) and holds now. */
  movedFrom?: Map<string, { was: string | null; now: string }>;
  /**
   * Rows whose "Ghi chú" holds lines a person typed (src/core/review-notes.ts), kept after the tool's notes, that the
   * office has not been told of: the code, the row of the tab as read (1-based), those lines.
   */
  typedNotes: TypedNote[];
  /**
   * The prints (review-notes.ts linePrint) of the lines a person typed into "Ghi chú", by code, once this merge is
   * written and its `typedNotes` told: what the next merge is given as `told` (src/gas/notes-told.ts).
   */
  notesTold: Map<string, string[]>;
}

/** Lines a person typed into a row's "Ghi chú" that the office is to be told of (ReviewTab.typedNotes). */
export interface TypedNote {
  id: string;
  row: number;
  lines: string[];
  /** The tool's notes are left out of the cell, too full for them (review-notes.ts typedCell), and the office was not told of these. */
  notesLeftOut?: true;
  /** With `notesLeftOut`: those notes, one a line (what the office reads in "Nhật ký lỗi" instead of the cell). */
  notes?: string;
}

/** What the register remembers of a decision: the council's cells, and the registration they were written on. */
export interface DecisionSnapshot {
  decision: string;
  decidedOn: string;
  /**
   * What the council's cells said when this merge found them changed (a decision taken, changed or withdrawn), for the
   * history of decisions (src/core/history.ts); not recorded in the register, which keeps the fingerprints only.
   */
  said?: DecisionSaid;
}

/** A decision as the council's cells said it when a merge found it new or changed, with whom it was taken on. */
export interface DecisionSaid {
  /** `reset`: withdrawn with several others at once, as when an older copy of the tab is put back (decisionsReset). */
  change: 'decided' | 'changed' | 'withdrawn' | 'reset';
  decision: string;
  level: string;
  comment: string;
  reviewer: string;
  /** The registration as the row showed it: its school, its name, its automatic verdict. */
  school: string;
  name: string;
  verdict: string;
  /** The registration changed since the row showed it (the school edited it first): the decision is held. */
  held?: true;
}

/** The automatic verdict as "Thẩm định" shows it: "Đã thay thế" for a registration replaced, else its verdict's label. */
export function shownVerdict(r: EvaluatedRegistration): string {
  return r.flags.supersededBy ? REVIEW_VERDICT_SUPERSEDED : VERDICT_LABELS[r.verdict];
}

/**
 * What a row says of a decision taken on registration `r` (DecisionSnapshot.said). `held`: the row showed another
 * version of it (the school edited it before this run): who and which verdict as the row showed them, the ones the
 * council decided on (review history M3: the line named the edited person and verdict).
 */
function saidOf(change: DecisionSaid['change'], row: readonly unknown[], columns: Record<ReviewColumn, number>, r: EvaluatedRegistration, held = false): DecisionSaid {
  // A Sheets error value ("#ERROR!": a formula whose words could not be read) is nobody's words: not recorded.
  const cell = (c: number) => (c >= 0 ? councilWords(row[c]) : '');
  const school = r.school ? r.school.name : r.schoolName;
  const decision = toText(row[columns.decision]);
  const level = cell(columns.level);
  const comment = cell(columns.comment);
  const reviewer = cell(columns.reviewer);
  if (!held) return { change, decision, level, comment, reviewer, school, name: r.name, verdict: shownVerdict(r) };
  // One object, its keys in the order above, without a copy of it (a spread is slow in code not yet optimised).
  return { change, decision, level, comment, reviewer, school: cell(columns.school) || school, name: cell(columns.name) || r.name, verdict: cell(columns.verdict) || shownVerdict(r), held: true };
}

/**
 * Fingerprint of what a decision is taken on: who, in which school (as the registration names it: the same key as its
 * school's when found, and a school renamed in "Đơn vị", its old name kept as "Tên cũ", changes nothing), and the
 * automatic verdict.
 */
export function decidedOnFingerprint(r: EvaluatedRegistration): string {
  return decidedOnUnder(matchKey(r.schoolName), r);
}

/** decidedOnFingerprint with the school by `school` (a name's matchKey). */
function decidedOnUnder(school: string, r: EvaluatedRegistration): string {
  return fingerprint(school + '\u0001' + (r.kind || '') + '\u0001' + matchKey(r.name) + '\u0001' + (r.birthYear === null ? '' : String(r.birthYear)) + '\u0001' + r.verdict);
}

/**
 * What a decision was recorded on (`recorded`), as it reads with the school named as the registration names it now
 * (`on`, decisionOn): a registration that moved from one of its school's names to another — its name now and those in
 * "Tên cũ" — is the same registration (review r79m F1: an absorbed school editing after the merger has to pick the
 * merged school's name, the only one the form offers; its decision was held, though neither who, school nor verdict
 * changed). Anything else, `recorded` as it is. Worked out only for a decision whose fingerprint differs (few).
 */
function asNamedNow(recorded: string, on: string, r: EvaluatedRegistration): string {
  const s = r.school;
  if (s === null || s.former.length === 0) return recorded;
  const cut = recorded.indexOf(SENT_MARK);
  const subject = cut < 0 ? recorded : recorded.slice(0, cut);
  const onCut = on.indexOf(SENT_MARK);
  const onSubject = onCut < 0 ? on : on.slice(0, onCut);
  if (subject === onSubject) return recorded;
  const given = matchKey(r.schoolName);
  for (let k = -1; k < s.former.length; k++) {
    const name = k < 0 ? s.key : matchKey(s.former[k]);
    if (name === given || name === '' || decidedOnUnder(name, r) !== subject) continue;
    return cut < 0 ? onSubject : onSubject + recorded.slice(cut);
  }
  return recorded;
}

function decisionFingerprint(decision: string, comment: unknown, reviewer: unknown, level: unknown = ''): string {
  // The level joins the fingerprint only when set, so decisions recorded before the column existed stay as they were.
  const l = toText(level);
  return fingerprint(decision + '\u0001' + toParagraph(comment) + '\u0001' + toText(reviewer) + (l ? '\u0001' + l : ''));
}

const DECISION_BY_KEY = new Map<string, string>(REVIEW_DECISION_LIST.map((d) => [matchKey(d), d]));
/** The decisions as listed, each its own key's (DECISION_BY_KEY): a cell holding one as written needs no key. */
const DECISION_AS_LISTED = new Set<string>(REVIEW_DECISION_LIST.filter((d) => DECISION_BY_KEY.get(matchKey(d)) === d));

/** The listed decision a cell's text names (DECISION_BY_KEY by its matchKey), the text itself when written as listed (most cells). */
function decisionOfText(text: string): string | undefined {
  return DECISION_AS_LISTED.has(text) ? text : DECISION_BY_KEY.get(matchKey(text));
}

/** Registration ids ("DK-000123") in numeric order: shorter first, then by text. */
export function compareIds(a: string, b: string): number {
  return a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0;
}

/** Before the time of the sending a request for more ("Yêu cầu bổ sung") was taken on, in its decidedOn. */
const SENT_MARK = '@';

/**
 * What a decision is taken on (decidedOnFingerprint), and for a request for more ("Yêu cầu bổ sung") the sending it was
 * taken on: the school sending again (an edit through its link that changes neither who, school nor verdict) holds it
 * for the council to decide anew (review r67s F1: nothing showed the registration was waiting again).
 */
function decisionOn(decision: string, r: EvaluatedRegistration): string {
  const on = decidedOnFingerprint(r);
  // By the second: the time read through the values service (a serial number) and SpreadsheetApp (a Date) may differ
  // by a fraction of one.
  return decision === REVIEW_DECISIONS.request && r.submittedAt ? `${on}${SENT_MARK}${Math.round(r.submittedAt.getTime() / 1000)}` : on;
}

/** A request recorded by an earlier version (without its sending) on what it is still taken on: not held for that. */
function requestOfEarlierVersion(recorded: string, on: string): boolean {
  const at = on.indexOf(SENT_MARK);
  return at >= 0 && recorded.indexOf(SENT_MARK) < 0 && recorded === on.slice(0, at);
}

/** Only the sending changed since the request for more was taken (who, school and verdict as then). */
function suppliedOnly(recorded: string, on: string): boolean {
  const a = recorded.indexOf(SENT_MARK);
  const b = on.indexOf(SENT_MARK);
  return a >= 0 && b >= 0 && recorded.slice(0, a) === on.slice(0, b);
}

/** The mark of a decision taken on an earlier version of its registration: its snapshot never matches the current one. */
const DECIDED_ON_EARLIER = 'truoc:';
/** The mark of a decision whose row was deleted from the tab and added again, waiting: the council decides again. */
const ROW_LOST = 'mat-dong:';

/**
 * The codes whose council decision the tab no longer holds: a decision recorded in the register (its fingerprint) whose
 * row is gone from the tab as read (`ids`: the codes the tab holds), or was deleted and added again waiting (ROW_LOST).
 * The register keeps only a fingerprint: the decision must be typed again before anything is proposed from the tab.
 */
export function decisionsWithoutRow(recorded: ReadonlyMap<string, DecisionSnapshot>, ids: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const [id, snap] of recorded) if (snap.decision !== '' && (!ids.has(id) || snap.decidedOn.startsWith(ROW_LOST))) out.push(id);
  return out.sort(compareIds);
}

/**
 * The row (as read, before the merge refreshes it) shows this registration as it is now: who, which school, which
 * kind and which verdict — what a decision is taken on (decidedOnFingerprint). The score is left out, as there.
 */
function showsRegistration(row: readonly unknown[], columns: Record<ReviewColumn, number>, r: EvaluatedRegistration): boolean {
  // The cells setAutomaticCells writes, compared with the row's: worked out here, not into a row of their own (nor the
  // score, which is not compared). A cell that is the same text as the registration's needs no key: most are.
  const nowSchool = r.school ? r.school.name : r.schoolName;
  const schoolCell = row[columns.school];
  if (schoolCell !== nowSchool) {
    // The school by any of its names: the one the registration gives, its name now or before (renamed in "Đơn vị").
    const school = matchKey(schoolCell);
    if (!(school === matchKey(nowSchool) || school === matchKey(r.schoolName) || (r.school?.former.some((n) => matchKey(n) === school) ?? false))) return false;
  }
  // Its verdict as shown, or what the row shows now (replaced): a registration replaced since the council saw its
  // verdict is never proposed, so that change holds nothing. One that was shown replaced and no longer is, the council
  // did not see: held.
  const shown = toText(row[columns.verdict]);
  if (!(shown === VERDICT_LABELS[r.verdict] || shown === toText(shownVerdict(r)))) return false;
  return sameText(row[columns.kind], r.kind ? KIND_LABELS[r.kind] : '') && sameText(row[columns.name], r.name);
}

/** Whether a cell reads as `text` (toText of both): told without cleaning when it is that very text. */
function sameText(cell: unknown, text: string): boolean {
  return cell === text || toText(cell) === toText(text);
}

/** The automatic cells (AUTOMATIC) of a registration's row. */
function setAutomaticCells(row: unknown[], columns: Record<ReviewColumn, number>, r: EvaluatedRegistration): void {
  row[columns.school] = r.school ? r.school.name : r.schoolName;
  row[columns.kind] = r.kind ? KIND_LABELS[r.kind] : '';
  row[columns.name] = r.name;
  // A replaced registration is not one to review: its row says so where the verdict stands, and shows no score.
  const by = r.flags.supersededBy;
  row[columns.verdict] = shownVerdict(r);
  row[columns.score] = r.verdict === 'dat' && !by ? scoreTotal(r) : '';
}

function emptyColumns(): Record<ReviewColumn, number> {
  const c = {} as Record<ReviewColumn, number>;
  for (const k of REVIEW_COLUMNS) c[k] = -1;
  return c;
}

/**
 * The index of the registration of an id (the last one of that id, as a Map filled in order keeps), -1 when none.
 * Registrations in strictly increasing id order (the usual case: response order) have one id each and are found by
 * bisection, from where the last one was found; others through a Map.
 */
function registrationIndex(registrations: readonly EvaluatedRegistration[]): (id: string) => number {
  const n = registrations.length;
  let increasing = true;
  for (let i = 1; i < n && increasing; i++) increasing = compareIds(registrations[i - 1].id, registrations[i].id) < 0;
  if (!increasing) {
    const byId = new Map<string, number>();
    for (let i = 0; i < n; i++) byId.set(registrations[i].id, i);
    return (id) => {
      const i = byId.get(id);
      return i === undefined ? -1 : i;
    };
  }
  let next = 0;
  return (id) => {
    // Rows mostly follow the registrations' order: the one after the last found first.
    if (next < n && registrations[next].id === id) return next++;
    let lo = 0;
    let hi = n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareIds(registrations[mid].id, id);
      if (c === 0) {
        next = mid + 1;
        return mid;
      }
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
}

/**
 * Merge the "Thẩm định" tab as read (header row first; [] for a new tab) with the current registrations.
 * Existing rows keep their order (blank rows among them stay, blank), their decision/comment/reviewer and every extra
 * column; their automatic columns and "Ghi chú" are refreshed (lines a person typed into "Ghi chú" kept after the tool's
 * notes, and listed in `typedNotes` until told: src/core/review-notes.ts). New registrations are appended in id order with "Chờ
 * thẩm định". A row whose registration vanished is kept with its last automatic values and flagged; superseded
 * registrations, unknown decisions and repeated ids are flagged. Linear in rows + registrations; never throws.
 */
export function mergeReview(
  existingValues: readonly (readonly unknown[])[],
  registrations: readonly EvaluatedRegistration[],
  recorded: ReadonlyMap<string, DecisionSnapshot> = new Map(),
  expected: readonly ReviewColumn[] = [],
  /**
   * The tool's note of a registration's proposals (what finished batches proposed; what holds it out of a Tờ trình: src/gas/rounds.ts
   * proposedNotes), given the row's decision and award level as merged: none when not given.
   */
  proposedNote: (r: EvaluatedRegistration, decision: unknown, level: unknown) => string = () => '',
  /** The order of the codes the last merge written left (its `order`); not given: not known (no sort of the registration's columns is seen). */
  lastOrder?: string,
  /** The prints of the lines typed into "Ghi chú" the office was told of, by code (`notesTold` of the merges before); not given: not known. */
  told?: ReadonlyMap<string, readonly string[]>,
  /**
   * Registrations erased at the office's request (src/gas/versions.ts, review r76p F2): their row, gone from the response
   * tab, says so (reviewNoteErased), not that the row should be got back.
   */
  erased?: ReadonlySet<string>,
  /**
   * Registrations erased at the person's request whose response row is back (a restored version: src/gas/versions.ts,
   * review d76 F3): their row says so and how to erase them again (reviewNoteErasedBack).
   */
  erasedBack?: ReadonlySet<string>,
): ReviewTab {
  const values = existingValues || [];
  const stats: ReviewStats = { rows: 0, added: 0, vanished: 0, unknownDecisions: 0, duplicates: 0 };
  const stale = new Set<string>();
  const snapshots = new Map<string, DecisionSnapshot>();
  // A blank tab (every row read blank) is made anew. A blank first row above content (a row inserted above the header,
  // the header cleared) is not: it is refused below, for want of the header, rather than written over.
  const fresh = values.every((r) => isBlankRow(r || []));

  // ---- the header
  let header: string[];
  let readWidth = 0;
  const columns = emptyColumns();
  if (fresh) {
    header = REVIEW_COLUMNS.map((k) => REVIEW_HEADERS[k]);
    REVIEW_COLUMNS.forEach((k, i) => (columns[k] = i));
  } else {
    let width = 0;
    for (let i = 0; i < values.length; i++) {
      const r = values[i];
      if (r && r.length > width) width = r.length;
    }
    readWidth = width;
    const read = values[0] || [];
    header = [];
    const byKey = new Map<string, number>();
    for (let i = 0; i < width; i++) {
      const h = read[i];
      const text = typeof h === 'string' ? h : toText(h);
      header.push(text);
      const k = matchKey(text);
      if (k !== '' && !byKey.has(k)) byKey.set(k, i);
    }
    for (const k of REVIEW_COLUMNS) {
      const i = byKey.get(matchKey(REVIEW_HEADERS[k]));
      if (i !== undefined) columns[k] = i;
    }
    // Nothing is written, sent or proposed from the tab as read: the message says what to put right.
    const refused = (error: string): ReviewTab => ({
      name: REVIEW_TAB,
      header,
      rows: values.slice(1).map((r) => (r ? r.slice() : [])),
      inPlace: false,
      frozenRows: 1,
      columns: emptyColumns(),
      decisionColumn: -1,
      decisions: REVIEW_DECISION_LIST,
      levelColumn: -1,
      levels: REVIEW_LEVEL_LIST,
      error,
      values,
      stats,
      stale,
      snapshots,
      decisionsLost: [],
      decisionsReset: [],
      moved: [],
      typedNotes: [],
      notesTold: new Map(),
    });
    if (isBlankRow(values[0] || [])) return refused(reviewErrorBlankHeader(REVIEW_TAB));
    if (columns.id < 0 || columns.decision < 0) {
      // The header row moved down (a title typed above it, or the header caught in a sort: review clerkday #4): said so,
      // not taken for a renamed column.
      const wanted = [REVIEW_HEADERS.id, REVIEW_HEADERS.decision].map(matchKey);
      // Looked for in the whole tab: caught in a sort, it lands anywhere among the registrations (review r81o F4).
      const below = values.findIndex((r, i) => i > 0 && !!r && wanted.every((w) => r.some((c) => matchKey(c) === w)));
      if (below >= 0) {
        // Rows above it holding codes are registrations with the council's decisions, never a title to delete.
        const idAt = values[below].findIndex((c) => matchKey(c) === wanted[0]);
        const sorted = values.slice(0, below).some((r) => !!r && codeTyped(toText(r[idAt]).trim()) !== null);
        return refused(sorted ? reviewErrorHeaderSorted(REVIEW_TAB, below + 1) : reviewErrorHeaderBelow(REVIEW_TAB, below + 1));
      }
    }
    for (const k of ['id', 'decision'] as const) if (columns[k] < 0) return refused(reviewErrorMissingHeader(REVIEW_TAB, REVIEW_HEADERS[k]));
    // A column of the council's that the tab had when the tool last wrote it (`expected`), missing now: renamed or
    // deleted since. Added again empty, it would read every comment (or award level) as blank: a second "Yêu cầu bổ
    // sung" without the council's comment, a Bằng khen proposed as a Giấy khen. Missing from a tab that never had it (a
    // tab from before the column existed), it is added. The message names the headings that hold its heading.
    for (const k of COUNCIL_COLUMNS) {
      if (columns[k] >= 0 || !expected.includes(k)) continue;
      const want = matchKey(REVIEW_HEADERS[k]);
      const like = header.filter((h) => {
        const key = matchKey(h);
        return key !== '' && !STANDARD_KEYS.has(key) && key.includes(want);
      });
      return refused(reviewErrorCouncilColumnGone(REVIEW_TAB, REVIEW_HEADERS[k], like));
    }
    for (const k of REVIEW_COLUMNS) {
      if (columns[k] >= 0) header[columns[k]] = REVIEW_HEADERS[k];
      else {
        columns[k] = header.length;
        header.push(REVIEW_HEADERS[k]);
      }
    }
  }
  const width = header.length;
  // No column added (a missing standard column is appended to the header); every row kept stands where it was read.
  const inPlace = !fresh && readWidth === width;

  // ---- existing rows, in the office's order
  // Only rows already in the tab look their registration up by id.
  const indexOf = fresh ? () => -1 : registrationIndex(registrations);
  // id → sheet row of its first row: by the registration's index, or by id for a row whose registration is gone.
  const seenRow = new Int32Array(registrations.length);
  const seenGone = new Map<string, number>();
  const rows: unknown[][] = [];
  const pending = REVIEW_DECISIONS.pending;
  // Decisions that differ from the register's since the last merge (movedDecisions), and those held as moved before.
  const changes: DecisionChange[] = [];
  const stillMoved: Array<{ id: string; row: unknown[]; wasLabel: string | null; wasLevel: string | null; nowLabel: string }> = [];
  // Codes on two rows whose council cells differ (review office #2): held, neither row's decision recorded.
  const disagreeing = new Set<string>();
  // Rows whose "Ghi chú" as read holds lines a person typed (review office L1), with their row of the tab as read: kept,
  // after the tool's notes, once every note is on the rows (below).
  const typed = new Map<unknown[], { lines: TypedLines; at: number }>();
  // A row's notes, one a line: most rows have none (no list is made for them). `at`: its row of the tab as read (0: new).
  const fill = (row: unknown[], r: EvaluatedRegistration | undefined, notes: string[] | null, at = 0) => {
    const read = row[columns.note];
    if (r) {
      setAutomaticCells(row, columns, r);
      const proposed = proposedNote(r, row[columns.decision], row[columns.level]);
      if (proposed) (notes ??= []).push(proposed);
      if (r.flags.supersededBy) (notes ??= []).push(reviewNoteSuperseded(r.flags.supersededBy));
      if (r.afterPeriod) (notes ??= []).push(reviewNoteAfterPeriod);
      // Not for a school the directory lacks: no address of it to check against (the log says what to do, review "reorg" #3).
      if (r.flags.unverified && r.school) (notes ??= []).push(reviewNoteUnverified);
      if (r.flags.alike) (notes ??= []).push(reviewNoteAlike(r.flags.alike, r.kind === 'collective'));
      if (r.flags.otherName) (notes ??= []).push(reviewNoteOtherName(r.flags.otherName));
      if (row[columns.decision] === REVIEW_DECISIONS.propose && r.verdict !== 'dat') (notes ??= []).push(reviewNoteProposeNotDat(VERDICT_LABELS[r.verdict]));
      if (awaitsComment(row, columns) && !r.flags.supersededBy) (notes ??= []).push(reviewNoteRequestNoComment);
      if (erasedBack?.has(r.id)) (notes ??= []).unshift(reviewNoteErasedBack(r.id));
    }
    // What a person typed into the tool's column is not the tool's to drop.
    const prints = at > 0 && read !== '' ? told?.get(toText(row[columns.id])) : undefined;
    const lines = at > 0 && read !== '' ? typedLines(read, notes ?? [], prints ? new Set(prints) : undefined) : null;
    if (lines) typed.set(row, { lines, at });
    row[columns.note] = notes === null ? '' : notes.join('\n');
  };
  if (!fresh) {
    for (let i = 1; i < values.length; i++) {
      const src = values[i] || [];
      if (isBlankRow(src)) continue;
      // A blank row among the rows stays where it is, blank: closing it up would move every row below it, and the tab
      // would have to be written whole (a decision typed meanwhile lost). Only blank rows below the last are dropped.
      while (rows.length < i - 1) rows.push(new Array(width).fill(''));
      // A row read at the tab's width (most) is copied whole (one builtin copy), its empty cells then made ''.
      let row: unknown[];
      if (src.length === width) {
        row = src.slice();
        for (let j = 0; j < width; j++) if (row[j] === null || row[j] === undefined) row[j] = '';
      } else {
        row = new Array(width);
        for (let j = 0; j < width; j++) {
          const v = src[j];
          row[j] = v === null || v === undefined ? '' : v;
        }
      }
      rows.push(row);
      const typedId = toText(row[columns.id]);
      // The office's own row (blank, or a line of its own: column numbers "(1)", a note; review clerkday #5): kept exactly
      // as it is. A code typed over ("DK-3", "DK-000003.", "'DK-000003 (sửa)": review diff28 #2) is the registration's it
      // names, told on its row; a row holding a decision is a registration's whatever its code cell says.
      if (typedId === '') {
        // A decision of the council on it (not "Chờ thẩm định"): told on the row, which is not read (review r77c F3) —
        // in the note cell only when empty or holding this note, taken back once the decision is.
        const decided = DECISION_BY_KEY.get(matchKey(toText(row[columns.decision])));
        const note = toText(row[columns.note]);
        if (decided !== undefined && decided !== REVIEW_DECISIONS.pending) {
          if (note === '') row[columns.note] = reviewNoteNoCode;
        } else if (note === reviewNoteNoCode) row[columns.note] = '';
        continue;
      }
      const named = codeTyped(typedId);
      if (named === null && !DECISION_BY_KEY.has(matchKey(toText(row[columns.decision])))) continue;
      const id = named ?? typedId;
      row[columns.id] = id;
      let notes: string[] | null = named !== null && named !== typedId ? [reviewNoteCodeTyped(quotable(typedId), named)] : null;
      const k = indexOf(id);
      const first = k >= 0 ? seenRow[k] || undefined : seenGone.get(id);
      if (first !== undefined) {
        (notes ??= []).push(reviewNoteDuplicateRow(id, first));
        stats.duplicates++;
      } else if (k >= 0) seenRow[k] = i + 1;
      else seenGone.set(id, i + 1);
      const typed = row[columns.decision];
      const text = toText(typed);
      if (text === '') row[columns.decision] = pending;
      else {
        const known = decisionOfText(text);
        if (known !== undefined) row[columns.decision] = known;
        else {
          (notes ??= []).push(reviewNoteUnknownDecision(quotable(text)));
          stats.unknownDecisions++;
        }
      }
      const levelText = toText(row[columns.level]);
      if (levelText !== '') {
        const known = LEVEL_BY_KEY.get(matchKey(levelText));
        if (known !== undefined) row[columns.level] = known;
        else (notes ??= []).push(COUNCIL_NOTE.badLevel(quotable(levelText)));
      }
      const r = k >= 0 ? registrations[k] : undefined;
      if (!r) {
        if (erased?.has(id)) (notes ??= []).unshift(reviewNoteErased(id));
        else {
          // A withdrawn person's row deleted without the request recorded: how to record it (review f76e follow-up).
          if (toText(row[columns.decision]) === REVIEW_DECISIONS.reject && !requestsErasure(row[columns.comment])) (notes ??= []).unshift(reviewNoteVanishedHowToErase);
          (notes ??= []).unshift(reviewNoteVanished(id));
        }
        stats.vanished++;
        // Its other cells as last written (who it was); no verdict, no score: nothing of it is acted on.
        row[columns.verdict] = REVIEW_VERDICT_VANISHED;
        row[columns.score] = '';
      } else if (first === undefined) {
        // A decision holds for the registration it was taken on; the council confirms it after a change that
        // matters by touching its cells (a new comment, reviewer or decision), which records a new snapshot.
        const decision = toText(row[columns.decision]);
        let prev = recorded.get(id);
        const now = decision === pending ? '' : decisionFingerprint(decision, row[columns.comment], row[columns.reviewer], row[columns.level]);
        const held = prev ? heldMove(prev.decidedOn) : null;
        if (prev && held) {
          // Held as moved (movedDecisions) by an earlier merge: put back (the register's decision again), it counts
          // as it was; confirmed (its comment, reviewer or level changed since), it is the council's new decision;
          // else still held, whatever else changed in the tab meanwhile.
          // Put back — or its registration replaced, which no decision proposes: the hold ends.
          if (now === prev.decision || r.flags.supersededBy) {
            snapshots.set(id, { decision: prev.decision, decidedOn: held.decidedOn });
            prev = { decision: prev.decision, decidedOn: held.decidedOn };
          } else if (cellsPrint(row, columns) !== held.cells) prev = prev.decision === '' && held.decidedOn === '' ? undefined : { decision: prev.decision, decidedOn: held.decidedOn };
          else {
            stale.add(id);
            // What it held, its award level too: a level moved alone is told as a level at every run it stays held (review diff27 #3).
            const held = prev.decision === '' ? { decision: pending, level: '' } : labelOf(prev.decision, row, columns);
            stillMoved.push({ id, row, wasLabel: held ? held.decision : null, wasLevel: held ? held.level : null, nowLabel: decision });
            fill(row, r, notes, i + 1);
            continue;
          }
        }
        // Its row was deleted after a decision and added again (below): waiting for the council to decide again.
        const rowLost = prev !== undefined && prev.decidedOn.startsWith(ROW_LOST);
        const was = prev ? prev.decision : '';
        if (!rowLost && was !== now && (decision === pending || decisionOfText(decision) !== undefined)) {
          const before = was === '' ? { decision: pending, level: toText(row[columns.level]) } : labelOf(was, row, columns);
          changes.push({ id, index: rows.length - 1, row, prev, was, now, wasLabel: before ? before.decision : null, wasLevel: before ? before.level : null, nowLabel: decision });
        }
        if (decision === pending) {
          if (rowLost) (notes ??= []).unshift(reviewNoteDecisionRowLost);
          else if (prev && prev.decision !== '') snapshots.set(id, { decision: '', decidedOn: '', said: saidOf('withdrawn', row, columns, r) });
        } else {
          // The fingerprint worked out above (`now`, the same cells: nothing wrote them since).
          const d = now;
          // A request for more is taken on the sending too: the school sending again is what it waits for (r67s F1).
          const on = decisionOn(decision, r);
          if (!prev || prev.decision !== d || rowLost) {
            // A decision new since the last merge was taken on what the row showed then (its cells as read): when
            // the registration has changed since (who, school, verdict), it is held at once, as it would have been
            // had a merge recorded it before the change.
            const sawThis = showsRegistration(row, columns, r);
            const change = prev && prev.decision !== '' && !rowLost ? 'changed' : 'decided';
            snapshots.set(id, { decision: d, decidedOn: sawThis ? on : `${DECIDED_ON_EARLIER}${on}`, said: saidOf(change, row, columns, r, !sawThis) });
            if (!sawThis) {
              stale.add(id);
              (notes ??= []).unshift(reviewNoteEditedAfterReview);
            }
          } else if (prev.decidedOn !== on) {
            // Recorded under another of the school's names (renamed or merged, the old name in "Tên cũ"): the same.
            const was = asNamedNow(prev.decidedOn, on, r);
            if (was !== on && !requestOfEarlierVersion(was, on)) {
              stale.add(id);
              (notes ??= []).unshift(suppliedOnly(was, on) ? reviewNoteSupplied : reviewNoteEditedAfterReview);
            }
          }
        }
      } else if (councilPrint(rows[first - 2], columns) !== councilPrint(row, columns)) {
        // A second row of the code, saying something else (a copy the office drafted a change on, then sorted above or
        // below the council's row): which row is the council's cannot be told, so neither decides. Held; the register
        // keeps what it recorded (the first row's decision, read above as a change, is not recorded); both rows told.
        if (!disagreeing.has(id)) {
          disagreeing.add(id);
          stale.add(id);
          snapshots.delete(id);
          const firstRow = rows[first - 2];
          // As a paragraph: the row's other notes stay on their own lines (toText joined them into one).
          const rest = toParagraph(firstRow[columns.note]);
          const note = reviewNoteCopiesDisagree(id, i + 1);
          firstRow[columns.note] = rest === '' ? note : `${note}\n${rest}`;
        }
        (notes ??= []).unshift(reviewNoteCopiesDisagree(id, first));
      }
      fill(row, r, notes, i + 1);
    }
  }

  // ---- decisions moved onto other rows: held, the register's kept (marked held), each row told what it held before
  // Rows moved since the last merge written (the codes in another order): what a sort of the registration's columns
  // without the council's leaves, and the council's own work never does (review diff27 #1).
  const rowsMoved = lastOrder === undefined ? false : orderMoved(lastOrder, rows, columns.id);
  const detected = movedDecisions(disagreeing.size === 0 ? changes : changes.filter((c) => !disagreeing.has(c.id)), rows, columns, rowsMoved);
  for (const c of detected) {
    stale.add(c.id);
    snapshots.set(c.id, { decision: c.was, decidedOn: `${MOVED}${cellsPrint(c.row, columns)}:${c.prev ? c.prev.decidedOn : ''}` });
  }
  const moved = [...stillMoved, ...detected];
  for (const c of moved) {
    // Only its award level moved (the decision stayed with its row): the note names the levels.
    const nowLevel = columns.level >= 0 ? toText(c.row[columns.level]) : '';
    const level = c.wasLabel === c.nowLabel && c.wasLevel !== null && c.wasLevel !== nowLevel ? { was: c.wasLevel, now: nowLevel } : undefined;
    const note = reviewNoteDecisionMoved(c.wasLabel, c.nowLabel, moved.length - 1, level);
    const rest = toParagraph(c.row[columns.note]);
    c.row[columns.note] = rest === '' ? note : `${note}\n${rest}`;
  }

  // ---- recorded decisions back to "Chờ thẩm định", council cells blank, several at once: an older copy of the tab
  const reset = changes.filter((c) => c.was !== '' && c.now === '' && !stale.has(c.id) && COUNCIL_COLUMNS.every((k) => columns[k] < 0 || toText(c.row[columns[k]]) === ''));
  const decisionsReset = reset.length >= 2 ? reset.map((c) => c.id).sort(compareIds) : [];
  if (decisionsReset.length > 0) {
    for (const c of reset) {
      const rest = toParagraph(c.row[columns.note]);
      c.row[columns.note] = rest === '' ? reviewNoteDecisionReset : `${reviewNoteDecisionReset}\n${rest}`;
      // In the history as what it may be, not as the council's withdrawal (review history L2).
      const s = snapshots.get(c.id);
      if (s?.said) snapshots.set(c.id, { ...s, said: { ...s.said, change: 'reset' } });
    }
  }

  // ---- lines a person typed into "Ghi chú": after the tool's notes, under its line saying so; the new ones told
  const typedNotes: TypedNote[] = [];
  const notesTold = new Map<string, string[]>();
  // The lines told by this merge, by code: a line on two rows of a code (a row the office copied with it) told once, on
  // the first (review notes63 N2).
  const toldNow = new Map<string, Set<string>>();
  for (const [row, { lines, at }] of typed) {
    const id = toText(row[columns.id]);
    const prints = notesTold.get(id) ?? [];
    let saying = toldNow.get(id);
    if (!saying) toldNow.set(id, (saying = new Set()));
    const fresh = lines.fresh.filter((l) => !saying!.has(l));
    for (const l of fresh) saying.add(l);
    // A cell of many lines: its first lines' prints and one of them all (the state's room is shared by every code).
    for (const print of linePrints(lines.lines)) if (!prints.includes(print)) prints.push(print);
    notesTold.set(id, prints);
    const notes = String(row[columns.note]);
    const cell = typedCell(notes, lines.lines);
    row[columns.note] = cell.text;
    // The tool's notes left out of a cell too full for them: told, quoted, once, and again whenever they change (a request
    // with no comment yet, which sends no letter, is said nowhere else: review notes63 N3). The state knows which notes
    // were told by their print (a mark of a version before, with no print, told that they were left out, never what they
    // say: quoted once — an evening's change before the update would otherwise never be told: review upgrade8 U8-1); not
    // known, the cell's line says it was told (a cell of the person's lines alone has none to say it).
    const mark = cell.notesLeftOut ? `${NOTES_LEFT_OUT_TOLD}${linePrint(notes)}` : null;
    const marks = told?.get(id)?.filter((p) => p.startsWith(NOTES_LEFT_OUT_TOLD)) ?? [];
    const leftOut = mark !== null && (marks.length > 0 ? !marks.includes(mark) : !lines.notesLeftOut);
    if (mark !== null && !prints.includes(mark)) prints.push(mark);
    if (fresh.length > 0 || leftOut) typedNotes.push({ id, row: at, lines: fresh, ...(leftOut ? { notesLeftOut: true as const, notes } : {}) });
  }

  // ---- new registrations, in id order
  const decisionsLost: string[] = [];
  // A lookup of its own, from the first registration on: `indexOf` was left past the last row read, and would find
  // each registration by bisection (its next-in-order guess missing every time).
  const indexInOrder = fresh ? indexOf : registrationIndex(registrations);
  const added = fresh ? registrations.slice() : registrations.filter((r) => seenRow[indexInOrder(r.id)] === 0);
  let sorted = true;
  for (let i = 1; i < added.length && sorted; i++) sorted = compareIds(added[i - 1].id, added[i].id) <= 0;
  if (!sorted) added.sort((a, b) => compareIds(a.id, b.id));
  const addedIds = new Set<string>();
  for (let i = 0; i < added.length; i++) {
    const r = added[i];
    if (addedIds.has(r.id)) continue;
    addedIds.add(r.id);
    const row: unknown[] = new Array(width).fill('');
    row[columns.id] = r.id;
    row[columns.decision] = pending;
    // The register remembers a decision on it: its row was deleted (or the whole tab) after the council decided. Added
    // again, waiting; the decision, recorded only as a fingerprint, must be typed again (it is neither proposed nor
    // e-mailed meanwhile). The register marks it so (ROW_LOST): the note stays until the council decides again.
    const prev = recorded.get(r.id);
    const lost = prev !== undefined && prev.decision !== '';
    if (lost) {
      decisionsLost.push(r.id);
      if (!prev.decidedOn.startsWith(ROW_LOST)) snapshots.set(r.id, { decision: prev.decision, decidedOn: `${ROW_LOST}${prev.decidedOn}` });
    }
    fill(row, r, lost ? [reviewNoteDecisionRowLost] : null);
    rows.push(row);
    stats.added++;
  }
  stats.rows = rows.length;
  return {
    name: REVIEW_TAB,
    header,
    rows,
    inPlace,
    frozenRows: 1,
    columns,
    decisionColumn: columns.decision,
    decisions: REVIEW_DECISION_LIST,
    levelColumn: columns.level,
    levels: REVIEW_LEVEL_LIST,
    error: null,
    stats,
    stale,
    snapshots,
    decisionsLost,
    decisionsReset,
    moved: moved.map((c) => c.id).sort(compareIds),
    order: codeOrder(rows, columns.id),
    movedFrom: new Map(moved.map((c) => [c.id, { was: c.wasLabel, now: c.nowLabel }])),
    typedNotes,
    notesTold,
  };
}

/** The mark of a decision held as moved (movedDecisions): "doi-cho:<cellsPrint>:<the decidedOn it had>". */
const MOVED = 'doi-cho:';

/** A register entry held as moved: the print of its council cells when it was found moved, and its own decidedOn. */
function heldMove(decidedOn: string): { cells: string; decidedOn: string } | null {
  if (!decidedOn.startsWith(MOVED)) return null;
  const rest = decidedOn.slice(MOVED.length);
  return { cells: rest.slice(0, 8), decidedOn: rest.slice(9) };
}

/** A row's council cells, its decision with them (as read, decision and level put in their listed form). */
function councilPrint(row: readonly unknown[], columns: Record<ReviewColumn, number>): string {
  return `${toText(row[columns.decision])}\u0001${cellsPrint(row, columns)}`;
}

/** Fingerprint of a row's council cells beside the decision (comment, reviewer, level): changed = touched. */
function cellsPrint(row: readonly unknown[], columns: Record<ReviewColumn, number>): string {
  return fingerprint(toParagraph(row[columns.comment]) + '\u0001' + toText(row[columns.reviewer]) + '\u0001' + toText(row[columns.level]));
}

/** A decision read unlike the register's (its fingerprint; '' for none): what it was (when known) and is now. */
interface DecisionChange {
  id: string;
  /** Its place among the merged rows (the tab's order). */
  index: number;
  row: unknown[];
  prev: DecisionSnapshot | undefined;
  was: string;
  now: string;
  /** The decision and award level the register holds, when the row's comment and reviewer are those it was recorded with. */
  wasLabel: string | null;
  wasLevel: string | null;
  nowLabel: string;
}

/**
 * The decision and award level of a register's fingerprint, found by trying each on the row's comment and reviewer as
 * read: null when none matches (the comment or the reviewer changed too).
 */
function labelOf(print: string, row: readonly unknown[], columns: Record<ReviewColumn, number>): { decision: string; level: string } | null {
  const levels = ['', toText(row[columns.level]), ...REVIEW_LEVEL_LIST];
  for (const d of REVIEW_DECISION_LIST) {
    if (d === REVIEW_DECISIONS.pending) continue;
    for (const l of levels) if (decisionFingerprint(d, row[columns.comment], row[columns.reviewer], l) === print) return { decision: d, level: l };
  }
  return null;
}

/** How many of `a` can be paired with an equal value of `b` (the size of the multisets' intersection). */
function pairs(a: readonly string[], b: readonly string[]): number {
  const count = new Map<string, number>();
  for (const x of a) count.set(x, (count.get(x) ?? 0) + 1);
  let n = 0;
  for (const x of b) {
    const c = count.get(x) ?? 0;
    if (c > 0) {
      count.set(x, c - 1);
      n++;
    }
  }
  return n;
}

/**
 * The order of the codes of rows (their first `count`, default all): how many, and a fingerprint of them in order.
 * Rows added below later (a submission's) leave the first `count` as they were; a sort or a row moved changes them.
 */
export function codeOrder(rows: readonly (readonly unknown[])[], idColumn: number, count = Infinity): string {
  // fnv1a32 (text.ts) of the codes each followed by a comma ("DK-000001,DK-000002,"), hashed code by code as it
  // reads them: the same number, without the list of codes nor the text of them all.
  let n = 0;
  let h = FNV1A32_START;
  for (let i = 0; i < rows.length && n < count; i++) {
    const r = rows[i];
    // As the merge reads it (codeTyped): a code typed over is the one it names, at every read.
    const id = codeTyped(toText(r?.[idColumn]));
    if (id === null) continue;
    n++;
    h = fnv1a32Add(fnv1a32Add(h, id), ',');
  }
  return `${n}:${(h >>> 0).toString(36)}`;
}

/** Whether the rows' codes are no longer in the order `last` (codeOrder of the last merge written) gives their first ones. */
function orderMoved(last: string, rows: readonly (readonly unknown[])[], idColumn: number): boolean {
  const count = Number(last.split(':')[0]);
  if (!Number.isFinite(count) || count <= 0) return false;
  return codeOrder(rows, idColumn, count) !== last;
}

/**
 * The code a cell names, however typed over ("DK-3", "dk 000003", "DK-000003.", "'DK-000003 (sửa)" → "DK-000003"), or
 * null (codes are "DK-" and digits: src/core/ledger.ts codeOf).
 */
function codeTyped(typed: string): string | null {
  // A code as the tool writes it (nearly every cell read): itself, without the expression.
  if (isCanonicalCode(typed)) return typed;
  const m = /^\W{0,3}[DĐ]K\W{0,3}(\d{1,9})(?!\d)/i.exec(typed);
  return m ? 'DK-' + padNumber(Number(m[1]), 6) : null;
}

/** "DK-" and six ASCII digits: what codeTyped gives back for it is the same text. */
function isCanonicalCode(s: string): boolean {
  if (s.length !== 9 || s.charCodeAt(0) !== 68 || s.charCodeAt(1) !== 75 || s.charCodeAt(2) !== 45) return false;
  for (let i = 3; i < 9; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}


/** Rows whose decisions moved together make a move only from this many on (two swapped can be the council's fix). */
const MOVED_AT_LEAST = 3;
/** Rows whose award levels alone changed, the rows moved since the last merge: a move from this many on. */
const LEVELS_MOVED_AT_LEAST = 2;

/**
 * Whether values (a column's, over a run of rows with a code) read in sorted order, either way, as Sheets' sort leaves
 * them (blank cells last): the shape a "Sort range" leaves, which the council's own changes almost never have.
 */
function readsSorted(values: readonly string[], numbers = false): boolean {
  let end = values.length;
  while (end > 0 && values[end - 1] === '') end--;
  const xs = values.slice(0, end).map((v) => v.toLocaleLowerCase('vi'));
  if (xs.some((x) => x === '') || new Set(xs).size < 2) return false;
  // Sheets sorts text by the language's collation (Vietnamese: "Đ" after "D"), not by code points; numbers by value.
  const cmp = numbers ? (a: string, b: string) => (Number(a) || 0) - (Number(b) || 0) : (a: string, b: string) => a.localeCompare(b, 'vi');
  return xs.every((x, i) => i === 0 || cmp(xs[i - 1], x) <= 0) || xs.every((x, i) => i === 0 || cmp(xs[i - 1], x) >= 0);
}

/**
 * The changed decisions (since the register last recorded them) that were moved from row to row by a sort rather than
 * decided: the decision column sorted on its own ("Sort range" over it, alone or with the other council columns but
 * without the codes), which leaves the codes and gives their decisions to other people. Two things together tell it:
 * (1) the changed rows hold the values they held before, only on other rows — exactly, counted on the decisions (a
 * row's former decision found from the register's fingerprint tried on its comment and reviewer, which a decision-only
 * sort leaves) or on the whole of the council's cells (those moved together); and (2) between the first and the last
 * changed row, the decision or award level column now reads in sorted order (Vietnamese collation, blanks last), as a
 * sort leaves it. A run that read sorted before too was turned round: up to TURNED_AT_MOST rows that is the council's
 * own swap of neighbouring rows; more is a sort the other way. The council's work — many rows decided at once, swaps, a
 * supplement cycle — seldom does both. Not seen: a sort keyed by the comment or reviewer column, the level column
 * sorted alone (a waiting row's level is in no fingerprint), decisions typed and sorted before any merge recorded them,
 * cells cut and pasted (the office's deliberate act). From MOVED_AT_LEAST rows on; all the changed rows are returned:
 * none is trusted until the council puts them back or confirms each.
 */
export function movedDecisions<C extends { index: number; was: string; now: string; wasLabel: string | null; wasLevel: string | null; nowLabel: string; row: readonly unknown[] }>(
  changes: readonly C[],
  rows: readonly unknown[][],
  columns: Record<ReviewColumn, number>,
  /** The rows were moved since the last merge written (orderMoved): only then is a sort of the registration's columns seen. */
  rowsMoved = false,
): C[] {
  const sortShaped = (xs: readonly C[]) => {
    let from = Infinity;
    let to = -1;
    for (const c of xs) {
      from = Math.min(from, c.index);
      to = Math.max(to, c.index);
    }
    return COUNCIL_SORT_COLUMNS.some((k) => {
      if (columns[k] < 0) return false;
      const after: string[] = [];
      // The column as it read before, where the changed rows' former values are known (decisions and levels).
      const before: string[] = [];
      let known = k === 'decision' || k === 'level';
      for (let i = from; i <= to; i++) {
        if (toText(rows[i][columns.id]) === '') continue;
        const now = toText(rows[i][columns[k]]);
        after.push(now);
        const c = changed.get(i);
        const was = !c ? now : k === 'decision' ? c.wasLabel : c.wasLevel;
        if (was === null) known = false;
        else before.push(was);
      }
      // A run that read sorted before too was turned round: a few rows, the council's swap; many, a sort the other way.
      return readsSorted(after) && !(known && xs.length <= TURNED_AT_MOST && readsSorted(before));
    });
  };
  // Every changed row by its place: a row between the first and last of a set that changed too was not as it reads.
  const changed = new Map(changes.map((c) => [c.index, c]));
  const balanced = (xs: readonly C[], before: (c: C) => string, after: (c: C) => string) =>
    xs.length >= MOVED_AT_LEAST && pairs(xs.map(before), xs.map(after)) >= xs.length - (xs.length >= LOOSE_FROM ? 1 : 0);
  const permuted = (xs: readonly C[], before: (c: C) => string, after: (c: C) => string) => balanced(xs, before, after) && sortShaped(xs);
  if (permuted(changes, (c) => c.was, (c) => c.now)) return changes.slice();
  const known = changes.filter((c) => c.wasLabel !== null);
  if (permuted(known, (c) => c.wasLabel!, (c) => c.nowLabel)) return known;
  // The registration's columns sorted without the council's (a "Sort range" over A:F by "Đơn vị", or over every column
  // but the award level, off screen on a laptop: review clerkday #1): every changed row holds another row's council
  // cells, or award level; the rows were moved since the last merge (`rowsMoved`: the council's own changes, on a tab
  // the office sorted whole by school as the guide says, move none: review diff27 #1); and a column of the
  // registration's reads in sorted order over them.
  const toolSorted = (xs: readonly C[]) => {
    if (!rowsMoved) return false;
    const from = Math.min(...xs.map((c) => c.index));
    const to = Math.max(...xs.map((c) => c.index));
    return TOOL_SORT_COLUMNS.some((k) => {
      if (columns[k] < 0) return false;
      const after: string[] = [];
      for (let i = from; i <= to; i++) if (toText(rows[i][columns.id]) !== '') after.push(toText(rows[i][columns[k]]));
      return readsSorted(after, k === 'score');
    });
  };
  const swapped = (xs: readonly C[], before: (c: C) => string, after: (c: C) => string) =>
    xs.every((c) => before(c) !== after(c)) && balanced(xs, before, after) && toolSorted(xs);
  if (swapped(changes, (c) => c.was, (c) => c.now)) return changes.slice();
  if (columns.level >= 0 && known.length === changes.length && known.length >= LEVELS_MOVED_AT_LEAST) {
    // Only award levels changed: each level a changed row holds now was another changed row's (a level moved onto a
    // waiting row is in no record, so some rows only lose theirs), and at least one did move. From two rows on: the one
    // Bằng khen among Giấy khen passed to a neighbour by a sort over every column but the level changes two rows only
    // (review office M1), and the rows moved (toolSorted), which the council's own change of a level does not do.
    const levelNow = (c: C) => toText(c.row[columns.level]);
    const onlyLevels = known.every((c) => c.wasLabel === c.nowLabel && c.wasLevel !== null && c.wasLevel !== levelNow(c));
    const landed = known.map(levelNow).filter((l) => l !== '');
    if (onlyLevels && landed.length > 0 && pairs(known.map((c) => c.wasLevel!), landed) === landed.length && toolSorted(known)) return known.slice();
  }
  return [];
}

/** The registration's columns a clerk sorts by (without the council's, the sort moves decisions between people). */
const TOOL_SORT_COLUMNS: readonly ReviewColumn[] = ['school', 'name', 'kind', 'verdict', 'score'];

/** The council's columns a sort may have moved. */
const COUNCIL_SORT_COLUMNS: readonly ReviewColumn[] = ['decision', 'level'];
/**
 * From this many changed rows on, one of them may not pair (a decision typed, or one row recorded by a school's edit,
 * between the sort and the next merge): the sorted shape is the evidence then.
 */
const LOOSE_FROM = 6;
/** Neighbouring rows turned round by hand stay the council's up to this many; more is a sort the other way. */
const TURNED_AT_MOST = 4;

// ---- "Yêu cầu bổ sung": what to e-mail the school ---------------------------------------------------

export interface SupplementRequest {
  /** Outbox key: one e-mail per registration and decision content (a new comment sends a new e-mail). */
  key: string;
  registrationId: string;
  schoolCode: string;
  schoolName: string;
  /** What to add: the registration's findings not met or missing evidence, in Vietnamese. */
  items: string[];
  /** When the registration was last sent or edited (null: not known): a request sent before it was answered by it. */
  submittedAt: Date | null;
  /** The council's comment and reviewer, as typed. */
  comment: string;
  reviewer: string;
  /** Submitter first, then the school's directory addresses; lower-case, unique. */
  recipients: string[];
  /** The e-mail without the registration's edit link (for planning: subject, recipients). */
  email: Email;
  /**
   * The e-mail with the registration's own edit link (looked up when it is sent), or without when there is none;
   * `replaces`: the day (dd/MM/yyyy) an earlier request about it was sent, which this one replaces.
   */
  withLink: (editUrl: string | null, replaces?: string | null) => Email;
}

/** FNV-1a (32 bit) of a string, as 8 hex digits: a short, stable fingerprint for outbox keys. */
/** The council's progress over the registrations in force (summaryReviewProgress): one count per decision, the Đạt pending. */
export interface ReviewProgress {
  awaiting: number;
  proposed: number;
  requested: number;
  rejected: number;
  /** Of `proposed`, those the last documents made left out of the Tờ trình (the council's vote, an unknown level). */
  leftOut: number;
}

/**
 * Counts the decisions of `merged` (a merge without error) over the registrations in force, each once (its first row):
 * Đạt registrations still "Chờ thẩm định" or whose decision is held, "Đề nghị khen" of Đạt ones, and each other decision
 * taken, whatever the verdict.
 */
export function reviewProgress(merged: ReviewTab, registrations: readonly EvaluatedRegistration[], leftOut: ReadonlySet<string> = new Set()): ReviewProgress {
  const out: ReviewProgress = { awaiting: 0, proposed: 0, requested: 0, rejected: 0, leftOut: 0 };
  const byId = new Map<string, EvaluatedRegistration>();
  for (const r of registrations) if (!r.flags.supersededBy) byId.set(r.id, r);
  const seen = new Set<string>();
  for (const row of merged.rows) {
    const id = toText(row[merged.columns.id]);
    const r = byId.get(id);
    if (!r || seen.has(id)) continue;
    seen.add(id);
    const d = toText(row[merged.columns.decision]);
    // A decision held (taken on an earlier version) waits for the council again, as "Chờ thẩm định" does; "Đề nghị
    // khen" counts only for a registration the proposal takes (Đạt).
    const held = merged.stale.has(id);
    if (d === REVIEW_DECISIONS.pending || held) {
      // Not one received after the period: its school was answered that it is not reviewed (review d75c F4, as the
      // digest's waitingForReview).
      if (r.verdict === 'dat' && !r.afterPeriod) out.awaiting++;
    } else if (d === REVIEW_DECISIONS.propose) {
      if (r.verdict === 'dat') {
        out.proposed++;
        if (leftOut.has(id)) out.leftOut++;
      }
    } else if (d === REVIEW_DECISIONS.request) out.requested++;
    else if (d === REVIEW_DECISIONS.reject) out.rejected++;
  }
  return out;
}

export function fingerprint(s: string, backwards = false): string {
  return ('0000000' + fnv1a32(s, backwards).toString(16)).slice(-8);
}

/**
 * The register's print of a school as a response names it (LedgerEntry.firstSchool, Registration.firstSchool): the
 * fingerprint of its matchKey; '' for none.
 */
export function schoolPrint(name: unknown): string {
  const key = matchKey(name);
  return key === '' ? '' : fingerprint(key);
}

/** The outbox key of a "Yêu cầu bổ sung" decision: per registration and the decision's content (its comment). */
export function supplementKey(registrationId: string, comment: string): string {
  return `YCBS:${registrationId}:${fingerprint(REVIEW_DECISIONS.request + '\u0001' + toParagraph(comment))}`;
}

/**
 * "Yêu cầu bổ sung" chosen and no comment written in the tab's "Nhận xét" column: its letter waits for the comment (what
 * to supply, by when), which the council types after the choice — a run between the two would send a letter without it
 * (review "twohands" #3). A tab without the column (the council deleted it) sends it as it is.
 */
function awaitsComment(row: readonly unknown[], c: ReviewTab['columns']): boolean {
  return toText(row[c.decision]) === REVIEW_DECISIONS.request && c.comment >= 0 && councilWords(row[c.comment]) === '';
}

/**
 * A cell of the council's as words to quote: a Sheets error value ("#ERROR!", a "- …" typed whose words the read could
 * not take from its formula: src/core/typed-words.ts) is none, never quoted to a school (review r77c F1): a request
 * with no other comment waits for it (awaitsComment), and its row asks for the comment.
 */
function councilWords(v: unknown): string {
  return isSheetsError(v) ? '' : toParagraph(v);
}

/**
 * The codes of the "Yêu cầu bổ sung" decisions in "Thẩm định" as read (`values`, header first) whose letter the outbox
 * holds no entry for (`outboxKeys`: every key of "Hộp thư đi", a letter sent again "<key>~…" counting as its own): a
 * decision that ending the period now would leave unsent for good, as a request is composed by the rebuild after it is
 * written (review r68v #2). A request still waiting for its comment, or on a registration superseded or whose row is
 * gone, is none (no letter goes for it). In the tab's order, each code once.
 */
export function unsentRequests(values: readonly (readonly unknown[])[], outboxKeys: ReadonlySet<string>, heldIds: ReadonlySet<string> = new Set()): { id: string; held: boolean }[] {
  const header = (values[0] ?? []).map((h) => matchKey(h));
  const col = (k: ReviewColumn) => header.indexOf(matchKey(REVIEW_HEADERS[k]));
  const c = { id: col('id'), decision: col('decision'), comment: col('comment'), verdict: col('verdict'), note: col('note') } as ReviewTab['columns'];
  if (c.id < 0 || c.decision < 0) return [];
  const asked = new Set<string>();
  for (const k of outboxKeys) asked.add(k.split('~')[0]);
  const out: { id: string; held: boolean }[] = [];
  for (let i = 1; i < values.length; i++) {
    const row = values[i];
    const id = toText(row[c.id]);
    if (id === '' || out.some((x) => x.id === id) || toText(row[c.decision]) !== REVIEW_DECISIONS.request || awaitsComment(row, c)) continue;
    const verdict = c.verdict >= 0 ? toText(row[c.verdict]) : '';
    if (verdict === REVIEW_VERDICT_SUPERSEDED || verdict === REVIEW_VERDICT_VANISHED) continue;
    // Held for the council's confirmation (`held`: as the last run's merge found them, heldRequests; or its registration
    // changed since, as the tool's note says): no rebuild sends it until the council confirms it (review d68 #2, d68b).
    const isHeld = heldIds.has(id) || (c.note >= 0 && toParagraph(row[c.note]).includes(reviewNoteEditedAfterReview));
    if (!asked.has(supplementKey(id, c.comment >= 0 ? councilWords(row[c.comment]) : ''))) out.push({ id, held: isHeld });
  }
  return out;
}

/** How a line of "Lịch sử thẩm định" about a decision of the council begins (history.ts decisionLines, baselineLines). */
const DECISION_CHANGES = [HISTORY_CHANGE.decided, HISTORY_CHANGE.changed, HISTORY_CHANGE.withdrawn, HISTORY_CHANGE.reset, HISTORY_CHANGE.baseline];

/**
 * The codes the council decided "Không đề nghị", as the decisions in force say it — a registration not to be put
 * forward, a teacher's withdrawal among them (review r74p F3): nothing more is asked of its school for it
 * (src/core/reminders.ts withoutNotProposed). From the merged tab's rows; a row held for the council's confirmation
 * (`stale`: decisions moved by a sort of some columns, review d74 F3) by the last decision "Lịch sử thẩm định" recorded
 * for its code (`history`, header first, read only then), not by the cells it shows now. Empty when the merge failed.
 */
export function notProposedIds(merged: ReviewTab, history?: () => readonly (readonly unknown[])[] | null): Set<string> {
  const out = new Set<string>();
  if (merged.error) return out;
  const c = merged.columns;
  const other = new Set<string>();
  let held = false;
  for (const row of merged.rows) {
    const code = toText(row[c.id]);
    if (code === '') continue;
    if (merged.stale.has(code)) held = true;
    else (toText(row[c.decision]) === REVIEW_DECISIONS.reject ? out : other).add(code);
  }
  const lines = held && history ? history() : null;
  if (lines && lines.length > 1) {
    const header = lines[0].map((h) => matchKey(h));
    const id = header.indexOf(matchKey(REVIEW_HEADERS.id));
    const decision = header.indexOf(matchKey(REVIEW_HEADERS.decision));
    // Each code's latest line of a decision (not of a verdict or a batch of documents) by its time (column A: a sorted tab
    // keeps its times), else by its place.
    const change = header.indexOf(matchKey(HISTORY_HEADER[4]));
    const ofDecision = (text: string) => DECISION_CHANGES.some((c) => text.startsWith(c));
    const last = new Map<string, { at: number; decision: string }>();
    const timeOf = (v: unknown) => (v instanceof Date ? v.getTime() : typeof v === 'number' ? v : NaN);
    if (id >= 0 && decision >= 0) {
      for (let i = 1; i < lines.length; i++) {
        if (change >= 0 && !ofDecision(toText(lines[i][change]))) continue;
        const code = toText(lines[i][id]);
        const at = timeOf(lines[i][0]);
        const was = last.get(code);
        if (!was || !(at < was.at)) last.set(code, { at: at === at ? at : (was?.at ?? -Infinity), decision: toText(lines[i][decision]) });
      }
    }
    for (const code of merged.stale) if (last.get(code)?.decision === REVIEW_DECISIONS.reject) out.add(code);
  }
  for (const code of other) out.delete(code);
  return out;
}

/**
 * The codes whose erasure the person asked for (review d76 F2; Luật 91/2025/QH15 Điều 14): decided "Không đề nghị"
 * (notProposedIds, as the decisions in force say it) with ERASURE_REQUESTED in the council's comment of their row,
 * matched as matchKey does (tones, case, spacing). "Không đề nghị" alone is a verdict on merit, not a request: a row of
 * such a registration deleted by mistake is a loss to restore (reviewNoteVanished), never an erasure. A row held for the
 * council's confirmation (`stale`: its cells may be another registration's) is not read as a request until confirmed.
 */
export function erasureRequestedIds(merged: ReviewTab, history?: () => readonly (readonly unknown[])[] | null): Set<string> {
  const out = new Set<string>();
  const c = merged.columns;
  if (merged.error || c.comment < 0) return out;
  const rejected = notProposedIds(merged, history);
  if (rejected.size === 0) return out;
  for (const row of merged.rows) {
    const code = toText(row[c.id]);
    if (rejected.has(code) && !merged.stale.has(code) && requestsErasure(row[c.comment])) out.add(code);
  }
  return out;
}

/**
 * Whether a council's comment records the request to erase: ERASURE_REQUESTED (however typed) opening the comment or
 * one of its sentences or clauses — after nothing, or after a punctuation mark. Said within a sentence it is what the
 * sentence says of it, which may deny it ("Hội đồng không đồng ý xóa…", "chưa thể xóa…", "tạm hoãn xóa…": reviews d76b
 * F4, d76c F4 — her lines, kept as evidence, would be erased for good); a list of such words would always miss one.
 */
function requestsErasure(comment: unknown): boolean {
  const text = matchKey(comment);
  for (let at = text.indexOf(ERASURE_MARKER); at >= 0; at = text.indexOf(ERASURE_MARKER, at + 1)) {
    const before = text.slice(0, at).trimEnd();
    if (before === '' || /[.,;:!?()\[\]\-–—]$/.test(before)) return true;
  }
  return false;
}
const ERASURE_MARKER = matchKey(ERASURE_REQUESTED);

/**
 * The codes whose row of "Thẩm định", as read (not merged), holds `text` in the column headed `header` — what the tab
 * showed when last written or typed: the decisions typed (src/jobs/summaries.ts), the registrations it showed replaced
 * (src/jobs/results.ts). Matched as the merge reads a decision (matchKey: any case, spacing or Unicode form), so that a
 * "không đề nghị " pasted is the "Không đề nghị" every other reading takes it for (review r77c F5). None when either
 * column is not found.
 */
export function codesShowing(values: readonly (readonly unknown[])[], header: string, text: string): Set<string> {
  const head = (values[0] ?? []).map((h) => toText(h));
  const id = head.indexOf(REVIEW_HEADERS.id);
  const column = head.indexOf(header);
  const out = new Set<string>();
  if (id < 0 || column < 0) return out;
  const key = matchKey(text);
  for (let i = 1; i < values.length; i++) if (matchKey(values[i][column]) === key) out.add(toText(values[i][id]));
  return out;
}

/**
 * The codes of the "Yêu cầu bổ sung" decisions of the merged tab held for the council's confirmation (`stale`: the
 * registration changed since, two rows of the code disagree, decisions moved by a sort…): no letter goes for them until
 * the council confirms (pendingRequests leaves them out). What "Kết thúc giai đoạn…" tells apart (review d68b).
 */
export function heldRequests(merged: ReviewTab): string[] {
  if (merged.error || merged.stale.size === 0) return [];
  const c = merged.columns;
  const out: string[] = [];
  for (const row of merged.rows) {
    const id = toText(row[c.id]);
    if (merged.stale.has(id) && !out.includes(id) && toText(row[c.decision]) === REVIEW_DECISIONS.request && !awaitsComment(row, c)) out.push(id);
  }
  return out;
}

/**
 * The registrations the council marked "Yêu cầu bổ sung" in the merged tab, as e-mails to their school (not before
 * its comment is written: awaitsComment). Rows whose
 * registration vanished or was superseded (the school already re-registered) are left out, as are repeated ids.
 * The lead plans them into the outbox by `key`, so each is sent once. Empty when the merge reported an error.
 */
export function pendingRequests(
  merged: ReviewTab,
  registrations: readonly EvaluatedRegistration[],
  org: Organisation,
  senderOnly: ReadonlySet<string> = new Set(),
  /** The last day a supplement counts for the period (config.ts editsCountUntil), said in the letter; null: none. */
  lastDay: Date | null = null,
): SupplementRequest[] {
  // A rebuild asks twice of the same merge (the letters, the schools' views): worked out once.
  const memo = requestsMemo.get(merged);
  if (memo && memo.registrations === registrations && memo.org === org && memo.senderOnly === senderOnly && memo.lastDay === lastDay?.getTime()) return memo.out;
  const out = requestsOf(merged, registrations, org, senderOnly, lastDay);
  requestsMemo.set(merged, { registrations, org, senderOnly, lastDay: lastDay?.getTime(), out });
  return out;
}

const requestsMemo = new WeakMap<ReviewTab, { registrations: readonly EvaluatedRegistration[]; org: Organisation; senderOnly: ReadonlySet<string>; lastDay: number | undefined; out: SupplementRequest[] }>();

/** `senderOnly`: the codes whose letter goes to their sender alone, not to the school chosen (emails.ts sentForAnotherSchool). */
function requestsOf(merged: ReviewTab, registrations: readonly EvaluatedRegistration[], org: Organisation, senderOnly: ReadonlySet<string>, lastDay: Date | null): SupplementRequest[] {
  if (merged.error) return [];
  const c = merged.columns;
  const byId = new Map<string, EvaluatedRegistration>();
  for (const r of registrations) byId.set(r.id, r);
  const done = new Set<string>();
  const out: SupplementRequest[] = [];
  const orgName = org.name;
  for (const row of merged.rows) {
    const id = toText(row[c.id]);
    if (id === '' || done.has(id)) continue;
    done.add(id);
    if (toText(row[c.decision]) !== REVIEW_DECISIONS.request || awaitsComment(row, c)) continue;
    const r = byId.get(id);
    if (!r || r.flags.supersededBy || merged.stale.has(id)) continue;
    const comment = c.comment >= 0 ? councilWords(row[c.comment]) : '';
    const reviewer = c.reviewer >= 0 && !isSheetsError(row[c.reviewer]) ? toText(row[c.reviewer]) : '';
    // Only what stands between the registration and "Đạt": data problems and mandatory criteria, not priority ones.
    // (As the school reads them: without the row of the office's response tab.)
    const items = [...r.problems, ...r.results.filter((x) => x.mandatory)].filter((f) => f.status === 'notMet' || f.status === 'missing').map((f) => withoutSheetRow(f.message));
    const schoolName = r.school ? r.school.name : r.schoolName;
    const recipients: string[] = [];
    // Its first sender (whose registration it is), not whoever edited it since (review r82i F6), and its school.
    for (const e of [firstSenderOf(r), ...(r.school && !senderOnly.has(id) ? schoolMail(r.school) : [])]) {
      const a = e.trim().toLowerCase();
      if (a !== '' && recipients.indexOf(a) < 0) recipients.push(a);
    }
    const name = r.name || SUPPLEMENT_EMAIL.unknownName;
    const kind = r.kind ? KIND_LABELS[r.kind] : SUPPLEMENT_EMAIL.unknownKind;
    const shortName = fitText(name, 80);
    const withLink = (editUrl: string | null, replaces: string | null = null): Email => {
      const blocks: Block[] = [{ text: SUPPLEMENT_EMAIL.greeting(schoolName) }, { text: SUPPLEMENT_EMAIL.intro(orgName, kind, name, id) }];
      if (replaces) blocks.push({ text: SUPPLEMENT_EMAIL.replaces(replaces) });
      // Each line an item of the letter's list, without the dash or plus it was typed with ("- Bổ sung …"): the list
      // gives its own mark.
      if (comment !== '') blocks.push({ title: SUPPLEMENT_EMAIL.commentTitle, items: comment.split('\n').map((l) => l.replace(/^\s*[-+•]\s+/, '')).filter((l) => l !== '') });
      blocks.push(items.length ? { title: SUPPLEMENT_EMAIL.itemsTitle, items } : { text: SUPPLEMENT_EMAIL.noItems });
      blocks.push(editUrl ? { text: SUPPLEMENT_EMAIL.howToLink(editUrl), link: { url: editUrl, label: CONFIRMATION.editLabel(id) } } : { text: SUPPLEMENT_EMAIL.howTo });
      if (lastDay) blocks.push({ text: SUPPLEMENT_EMAIL.lastDay(formatDate(lastDay)) });
      if (reviewer !== '') blocks.push({ text: SUPPLEMENT_EMAIL.reviewer(reviewer) });
      blocks.push({ text: SUPPLEMENT_EMAIL.footer(orgName, org.contact) });
      const preheader = SUPPLEMENT_EMAIL.preheader(fitText(comment.split('\n').find((l) => l.trim() !== '')?.trim() ?? '', 100));
      return { to: recipients.join(','), subject: (replaces ? SUPPLEMENT_EMAIL.subjectUpdate : SUPPLEMENT_EMAIL.subject)(id, shortName), ...render(blocks, preheader) };
    };
    out.push({
      key: supplementKey(id, comment),
      registrationId: id,
      schoolCode: r.school ? r.school.code : '',
      schoolName,
      items,
      submittedAt: r.submittedAt,
      comment,
      reviewer,
      recipients,
      email: withLink(null),
      withLink,
    });
  }
  return out;
}

/** A registration whose automatic verdict a run changes from the one "Thẩm định" showed (verdictChanges). */
export interface VerdictChange {
  id: string;
  was: string;
  now: string;
  /** A registration no longer in the response tab (`now` REVIEW_VERDICT_VANISHED): who its row showed. */
  shown?: { school: string; name: string };
}

/**
 * The registrations whose automatic verdict differs from the one the review tab `values` shows (as read before this
 * run writes it). A submission writes its own row as it is processed: what differs at a rebuild was changed by
 * something else — "Cấu hình", "Tiêu chí" or "Đơn vị" edited, a day of the plan's calendar, a new version of the tool
 * (or an edit not processed yet) — and the schools were not told by a confirmation (review "settings" #3); and those
 * whose response row is gone since (now REVIEW_VERDICT_VANISHED: review audit #7), once, as the tab then shows. Pure.
 */
export function verdictChanges(values: readonly (readonly unknown[])[], registrations: readonly EvaluatedRegistration[]): VerdictChange[] {
  const header = (values[0] ?? []).map((h) => matchKey(h));
  const cId = header.indexOf(matchKey(REVIEW_HEADERS.id));
  const cVerdict = header.indexOf(matchKey(REVIEW_HEADERS.verdict));
  if (cId < 0 || cVerdict < 0) return [];
  const cSchool = header.indexOf(matchKey(REVIEW_HEADERS.school));
  const cName = header.indexOf(matchKey(REVIEW_HEADERS.name));
  const shown = new Map<string, string>();
  const rowOf = new Map<string, readonly unknown[]>();
  for (let i = 1; i < values.length; i++) {
    const row = values[i];
    if (!row) continue;
    // A code typed over ("DK-3") is the registration's it names, as the merge reads it (review history L3: a false
    // "row deleted" line, and no line for a real change of DK-000003).
    const typed = toText(row[cId]);
    const id = codeTyped(typed) ?? typed;
    if (id !== '' && !shown.has(id)) shown.set(id, toText(row[cVerdict])), rowOf.set(id, row);
  }
  // "Đã thay thế" as the tab shows it (setAutomaticCells): a registration that stops or starts counting is a change too
  // (review drift #2, #3: another's edit, an address added to "Đơn vị" or a new version of the tool moved which one of
  // a subject counts, and the office was told nothing).
  const labels = new Set<string>([...Object.values(VERDICT_LABELS), REVIEW_VERDICT_SUPERSEDED]);
  const out: VerdictChange[] = [];
  for (const r of registrations) {
    const was = shown.get(r.id);
    const now = shownVerdict(r);
    // A row whose verdict cell holds no verdict (typed over, emptied): not a change the run made.
    if (was !== undefined && labels.has(was) && was !== now) out.push({ id: r.id, was, now });
  }
  // A registration whose response row was deleted: no longer checked, proposed or written to (review audit #7).
  const known = new Set(registrations.map((r) => r.id));
  for (const [id, was] of shown) {
    if (known.has(id) || !labels.has(was)) continue;
    const row = rowOf.get(id)!;
    out.push({ id, was, now: REVIEW_VERDICT_VANISHED, shown: { school: cSchool >= 0 ? toText(row[cSchool]) : '', name: cName >= 0 ? toText(row[cName]) : '' } });
  }
  return out;
}
