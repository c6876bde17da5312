// One submission in proportion to itself: read the office's tabs and the submitted row; find (never read whole) its
// rows in the register of codes, "Kết quả kiểm tra", "Thẩm định" and the outbox;
// evaluate that registration; rewrite its row in "Kết quả kiểm tra" and "Thẩm định"; answer its sender. What a
// registration changes elsewhere (the school's tab, Tổng hợp, a registration it replaces, letters the council asked
// for) waits for the rebuild, which re-checks everything every night and from the menu.
import { isSchoolItself } from '../core/unit-names';
import { isBlankRow } from '../core/text';
import type { OfficeConfig } from '../core/config';
import type { EvaluatedRegistration, EvaluateOutput } from '../core/evaluate';
import { HISTORY_TAB, INTAKE_DETAIL, LEDGER_TAB, RESULTS_HEADER, REVIEW_VERDICT_SUPERSEDED, TAB, VERDICT_LABELS, reviewNotesLog, VERSIONS_HEADER } from '../core/messages';
import { resultRow, resultsLayout } from '../core/results-table';
import { columnLetters } from '../core/columns';
import { mergeReview, notProposedIds, REVIEW_TAB, TOOL_COLUMNS, type DecisionSnapshot, type ReviewTab } from '../core/review';
import { REGISTER_SUBJECTS, recordDecisions, recordedDecisions, type Identified } from '../gas/ledger';
import { sentAgainLaterIn } from '../core/ledger';
import { proposedNotes } from '../gas/rounds';
import { forgetResent, readSubmission, readSubmissionListed, registrationTab, type Inputs, type SubmissionAreas } from '../gas/office';
import { listedGrid, openTabsRead, type TabsRead } from '../gas/batch-read';
import { APPENDED, findKeyRow, writeChangedCells, writeRow, type KeyRow } from '../gas/rows';
import { getState, setState } from '../gas/properties';
import { logError, stageRun, stagedRunDone } from '../gas/health';
import { keepNotesTold, notesTold } from '../gas/notes-told';
import { appendHistory, HISTORY_HEADER_AREA, historyInBatch } from '../gas/history';
import { verdictLines } from '../core/history';
import { rowStamp, stampWidth } from '../gas/intake-queue';
import { readHeader } from '../gas/sheets';
import { reviewWithTypedWords } from '../gas/typed-words';
import { tabNamed } from '../gas/tab-cache';
import { confirmationPlan } from './confirmations';
import { deliver, type Delivery } from './mailing';
import { openOutbox, outboxKeyAreas } from '../gas/outbox';
import { appWritesSaid, batchTarget, dropBatch, openBatch, spreadsheetAppWrote, witnessOffset } from '../gas/cell-batch';
import { evaluateOrStop } from './results';
import { appendVersionLines, versionsInBatch } from '../gas/versions';
import { linesCommitted } from '../gas/line-counts';
import { versionLine } from '../core/versions';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Handles the registration in row `row` of the registration tab `sheet`, for the entry point `job` (whose health line
 * it records ahead of the run's end: src/gas/health.ts stageRun). Returns the run's detail, or null when the
 * submission needs the whole office read (no register yet, a tab missing): the caller then does the full run.
 */
export function intakeSubmission(ss: Spreadsheet, deadline: number, given: Sheet | null, row: number, job: string, stamp?: string): string | null {
  // The Sheets service reads what is committed: a second submission of the same run first commits the first's writes
  // (none to commit when they all went through its batch).
  if (wrote && !settled) SpreadsheetApp.flush();
  wrote = true;
  settled = false;
  saidAtStart = appWritesSaid();
  // A queued row that no longer shows what its event showed: the tab was sorted, or a row above it deleted, since.
  // The full run answers the registration wherever it is now. (An edit's event that carries only the changed answers
  // never matches: a queued edit takes the full run.)
  const read = openTabsRead(ss);
  // The registration tab: the caller's, else (a trigger's own tab, known by its id) the listing's handle of it.
  const sheet = given ?? (read ? read.sheetWithId(getState('registrationSheet')) : registrationTab(ss));
  if (!sheet) return null;
  if (stamp !== undefined && !stillShows(sheet, row, stamp)) return null;
  return read ? intakeListed(ss, read, deadline, sheet, row, job) : intakeByTabs(ss, deadline, sheet, row);
}

/** Row `row` shows what the stamp says (rowStamp of its displayed cells); false when it cannot be read as wide. */
function stillShows(sheet: Sheet, row: number, stamp: string): boolean {
  const width = stampWidth(stamp);
  if (width < 1 || width > sheet.getMaxColumns()) return false;
  return rowStamp(sheet.getRange(row, 1, 1, width).getDisplayValues()[0]) === stamp;
}

/**
 * This execution may have written to the spreadsheet (a submission, or a full run): the next listing is read after a
 * flush. Apps Script runs each execution afresh: this lives one execution.
 */
let wrote = false;

/**
 * Every write of this execution so far is committed: the last submission handled wrote nothing but through its batch
 * (committed when the call returns), and nothing wrote after it. Apps Script runs each execution afresh: this lives
 * one execution, false (not known) until a submission says so.
 */
let settled = false;
/** The SpreadsheetApp writes this execution had said it made when the submission being handled started. */
let saidAtStart = 0;

/** Says a run of this execution writes to the spreadsheet outside intakeSubmission (the full run). */
export function spreadsheetWritten(): void {
  wrote = true;
  settled = false;
}

/**
 * This execution may hold SpreadsheetApp writes not yet committed: the lock is released after a flush. False only after
 * a submission whose every write went through its committed batch (the flush would cost ~600 ms for nothing).
 */
export function writesPending(): boolean {
  return !settled;
}

/**
 * intakeSubmission from one listing of the tabs and one batch read (the Sheets service): the tabs found in the listing,
 * their grids taken from it, the office's text-only tabs, the header, the register's and the review's headers and the
 * health tab's labels read at once; SpreadsheetApp reads what holds Dates (Cấu hình, the submitted row, the rows
 * found in the register and the outbox record).
 */
function intakeListed(ss: Spreadsheet, read: TabsRead, deadline: number, sheet: Sheet, row: number, job: string): string | null {
  const got = readSubmissionListed(ss, read, sheet, row, new Date());
  if (!got) return null;
  const { inputs, areas } = got;
  const results = read.sheetNamed(TAB.results);
  const reviewSheet = read.sheetNamed(REVIEW_TAB);
  const resultsAt = toolsColumnsAt(areas.resultsHeader);
  if (!results || !reviewSheet || resultsAt === null) return null;
  const resultsKey = resultsAt[0];
  // Nothing writes these tabs before this run's first write of each: their grids are the listed ones. Not the review
  // tab's: the council edits it while the run works, so its grid is asked (with the reads) when a row is added.
  read.presize([TAB.results, LEDGER_TAB, TAB.mailRecord, TAB.outbox]);
  const { output } = evaluateOrStop(ss, { ...inputs, duties: false });
  const reg = output.registrations[0];
  const known = reg ? codedBefore(inputs, reg.id) : false;
  // An edit (its code known before this run): the key columns its rows are found in, read in one call; a new one from an
  // address the school does not list, the register's subjects (sharedSubject), likewise.
  if (reg && known) {
    fetchEditKeys(read, inputs.identified.partial, resultsKey);
    witnessFirstSending(read, inputs.identified, reg.id);
  } else if (reg && reg.flags.unverified && inputs.identified.partial && (read.get(LEDGER_TAB)?.rows ?? 0) >= 2) read.fetch([], [], [{ tab: LEDGER_TAB, a1: REGISTER_SUBJECTS }]);
  // A registration whose subject another holds, when which one is in force may not be this one: the full run says. The
  // school itself from an address it does not list: the register's subjects hold its name as typed, not as the school's
  // (isSchoolItself: another wording is the same subject), so the full run says too (review diff27 #7).
  if (reg && !known && reg.flags.unverified && isSchoolItself(reg)) return null;
  if (reg && sharedSubject(ss, inputs, reg, known, read, read.takeArea(LEDGER_TAB, REGISTER_SUBJECTS))) return null;
  // A new code's results row is appended by the batch, below the tab's last row with content (no row asked); an edit's
  // is found by its code in the column read (not there: the rebuild's tab lost it, and it is appended likewise), or,
  // when that column could not be read, by a search.
  const resultCodes = known ? read.takeArea(TAB.results, codeColumn(resultsKey)) : undefined;
  const resultAt = reg ? (!known ? APPENDED : resultCodes ? (keyRowIn(resultCodes, reg.id) ?? APPENDED) : findKeyRow(results, resultsKey, reg.id, { known })) : null;
  const reviewCodes = known ? read.takeArea(REVIEW_TAB, codeColumn(1)) : undefined;
  const review = reg ? reviewRowListed(reviewSheet, areas, reg, known, recordedDecisions(inputs.identified.entries), inputs.config, reviewCodes) : null;
  if (reg && (!review || replacedBefore(review))) return null;
  // A sending seen first goes to "Các lần gửi phiếu" in the batch: without the tab, the full run makes it.
  if (reg && firstSighting(inputs, reg.id) && versionsInBatch(read) === null) return null;
  return writeAndAnswer(ss, deadline, inputs, output, { sheet: results, at: resultAt, columns: resultsAt, maxRows: listedGrid(results)?.rows }, reviewSheet, review, read, areas.outboxHeader, job);
}

/**
 * The registration edited was replaced by another when the office was last checked whole ("Thẩm định" says so where its
 * verdict stands): an edit does not change which one is in force (the first sending decides: src/core/duplicates.ts),
 * and a registration checked alone cannot tell it. The full run answers it, saying which registration replaced it.
 */
function replacedBefore(review: ReviewRow): boolean {
  const col = review.merged.columns.verdict;
  return !!review.line && col >= 0 && review.line[col] === REVIEW_VERDICT_SUPERSEDED;
}

/**
 * The columns (1-based) of "Kết quả kiểm tra" that hold the tool's, in the tool's order (1…14 as the tool writes it;
 * 2…15 with a clerk's "STT" inserted at A; a clerk's "Theo dõi" among them skipped), whatever the office keeps beside
 * them: a submission writes its cells there, the office's left as they are, and finds an edit's row by the code in the
 * first (review clerkday #9: a row written by position under another layout lands shifted, and an edit's code is added
 * twice; diff31 #1: a column of the office's among the tool's sent every submission to the full run, for good). Null
 * when the tab lacks one of them or has it spelt otherwise (a header deleted or retyped), has a column of the office's
 * under one of the tool's headers (which only the cells tell apart) or has no header: the full run then answers the
 * submission, writing the tool's cells where each of its columns stands, adding what is missing and giving a retyped
 * header its spelling back (src/jobs/results.ts), the office's kept (review diff29 #6, diff32 #1, #7).
 */
function toolsColumnsAt(header: readonly unknown[]): number[] | null {
  const layout = resultsLayout(header);
  return layout === null || layout.twice.size > 0 || !RESULTS_HEADER.every((h, j) => layout.cols[j] >= 0 && String(header[layout.cols[j]] ?? '') === h) ? null : layout.cols.map((c) => c + 1);
}

/** The codes' column (1-based) of a tab below its header: "A2:A" for "Thẩm định" (its code column stays at A). */
function codeColumn(column: number): string {
  const letters = columnLetters(column - 1);
  return `${letters}2:${letters}`;
}

/**
 * An edit's rows are found in the key columns of the tabs it rewrites, read whole in one Values.batchGet (after the
 * run's first batch: only then is the code known, and known before the run): the codes of the results and the review,
 * and the outbox record's keys and refs (src/gas/outbox.ts outboxKeyAreas). One call where three searches took fifteen
 * (each a range, a finder, its options, findAll and the row of each cell found); it reads one cell per registration
 * and column (as the register's column of response ids does), every row, hidden or filtered out alike, where a search
 * may pass over them. A new code has no row to find: a new registration reads none of them. Only tabs whose grid has
 * a row below the header (a range past the grid would fail the whole read); a column not read is searched as before.
 */
function fetchEditKeys(read: TabsRead, registerPart: boolean, resultsKey: number): void {
  const codes = [TAB.results, REVIEW_TAB].filter((t) => (read.get(t)?.rows ?? 0) >= 2).map((tab) => ({ tab, a1: codeColumn(tab === TAB.results ? resultsKey : 1) }));
  // With only the edit's rows of the register read: its columns of first sendings and subjects (sharedSubject), in the
  // layout the script writes (the partial read checked it).
  const register = registerPart && (read.get(LEDGER_TAB)?.rows ?? 0) >= 2 ? [REGISTER_FIRST_SENDINGS, REGISTER_SENDERS, REGISTER_SUBJECTS].map((a1) => ({ tab: LEDGER_TAB, a1 })) : [];
  // With them, the history's header: a verdict the edit turns is lined in the edit's batch when the tab has it.
  read.fetch([], [], [...codes, ...register, ...outboxKeyAreas(read), { tab: HISTORY_TAB, a1: HISTORY_HEADER_AREA }]);
}

/**
 * An edit's first sending, read as a Date in its register row (src/gas/ledger.ts identifyByResponse) and as a serial in
 * the column of first sendings its key columns' read fetched: the file's offset at that instant, for no call
 * (src/gas/cell-batch.ts witnessOffset) — its rows write that time again, days or months after the offset the row's
 * timestamp witnessed. Nothing when either is missing (the register read whole, no Sheets service, no row found).
 */
function witnessFirstSending(read: TabsRead, id: Identified, code: string): void {
  if (!id.partial) return;
  const own = id.entries.find((e) => e.id === code);
  const times = read.area(LEDGER_TAB, REGISTER_FIRST_SENDINGS);
  if (!own || own.tabRow === undefined || own.tabRow < 2 || !times || !(own.firstAt > 0)) return;
  witnessOffset(new Date(own.firstAt), times[own.tabRow - 2]?.[0], read.timeZone);
}

/** The register's first sendings (LEDGER_COLUMNS: C). */
const REGISTER_FIRST_SENDINGS = 'C2:C';
/** The register's sender addresses (LEDGER_COLUMNS: E). */
const REGISTER_SENDERS = 'E2:E';

/**
 * The registration's subject is held by another row of the register, and this one may not be the one in force — the
 * school's own address prevails over one it does not list, else the later first sending (src/core/duplicates.ts) —, nor
 * may a registration checked alone say what it replaces. The full run answers it, saying which registration counts
 * (review "incremental" #1: one sent from an address the school does not list, for a subject the school had registered,
 * was confirmed "Đạt" and replaced without a word by the next rebuild; #2: an edit giving one the subject of another,
 * confirmed "Đạt", replaced the other silently, a registration the council had proposed). A new code: another row of
 * its subject when its sender is not one of the school's (the school's own sent last is in force: answered alone, the
 * one it replaces left to the rebuild, as before). An edit: a row of its subject first sent later (review diff6 F5), or
 * any row of it when the edit gave it this subject or its sender is not one of the school's; or a row of the subject the
 * edit took it from (the one it replaced, or that replaced it, is then in force again). Read from the register's whole
 * rows when the run read it whole, else from the columns the batch reads fetched; a column that could not be read (no
 * Sheets service) is searched.
 */
function sharedSubject(ss: Spreadsheet, inputs: Inputs, reg: EvaluatedRegistration, known: boolean, read: TabsRead | null, subjects: unknown[][] | undefined): boolean {
  const id = inputs.identified;
  const own = id.entries.find((e) => e.id === reg.id);
  // A new registration from one of the school's own addresses: the last sent, it is the one in force (the one it
  // replaces is told so by the morning's rebuild and its notice) — answered alone, as submissions are (issue 12).
  if (!own || (!known && !reg.flags.unverified)) return false;
  // The subject its register row held before this run (an edit may change it: review diff25 #1).
  const was = known ? (id.subjectsBefore?.get(own.id) ?? own.subject) : own.subject;
  const row = known && id.partial ? id.rows?.[id.entries.indexOf(own)] : undefined;
  const times = known && id.partial ? read?.takeArea(LEDGER_TAB, REGISTER_FIRST_SENDINGS) : undefined;
  const senders = known && id.partial ? read?.takeArea(LEDGER_TAB, REGISTER_SENDERS) : undefined;
  const sender = reg.email.trim().toLowerCase();
  /** How many other registrations' register rows hold `subject`. */
  let others: (subject: string) => number;
  /** Another registration of its subject was first sent after it (null: not known). */
  let later: () => boolean | null;
  /** Another registration of its subject was sent from another address (null: not known). */
  let elsewhere: () => boolean | null;
  if (!id.partial) {
    const of = (subject: string) => id.entries.filter((e) => e !== own && e.id !== own.id && e.subject === subject);
    others = (subject) => of(subject).length;
    later = () => of(own.subject).some((e) => e.firstAt > own.firstAt);
    elsewhere = () => of(own.subject).some((e) => e.email.trim().toLowerCase() !== sender);
  } else if (subjects && (!known || row !== undefined)) {
    // The other rows holding a subject, found in one pass of the column (a cell per registration) and kept: `others`
    // and `elsewhere` ask of the same subject, and the senders are read only at the rows found.
    const holding = new Map<string, number[]>();
    const rowsOf = (subject: string) => {
      let rows = holding.get(subject);
      if (!rows) holding.set(subject, (rows = subjectRows(subjects, subject, (row ?? 0) - 2)));
      return rows;
    };
    others = (subject) => rowsOf(subject).length;
    later = () => (times ? sentAgainLaterIn(times, subjects, row!, own.subject) : null);
    elsewhere = () => (senders ? rowsOf(own.subject).some((i) => String(senders[i]?.[0] ?? '').trim().toLowerCase() !== sender) : null);
  } else {
    // No column read (no Sheets service): searched; its own row, when it has one, holds the subject it had.
    const register = tabNamed(ss, LEDGER_TAB);
    if (!register) return true;
    others = (subject) => register.getRange('F:F').createTextFinder(subject).matchEntireCell(true).findAll().length - (known && subject === was ? 1 : 0);
    later = () => null;
    elsewhere = () => null;
  }
  // An edit that changed its subject: the one it shared its old subject with may be in force again.
  if (was !== own.subject && was !== '' && others(was) > 0) return true;
  if (own.subject === '' || others(own.subject) === 0) return false;
  if (!known || reg.flags.unverified || was !== own.subject) return true;
  // A person's edit, its subject shared with a registration sent from another address: the role it may have changed
  // decides whether the two are one person (src/core/duplicates.ts twoPeople), which the register does not hold (review
  // diff44 M1). From the same address they are one person whatever the roles (review diff45 M1: every such edit took the
  // full run).
  if (reg.kind === 'individual' && (elsewhere() ?? true)) return true;
  return later() ?? true;
}

/**
 * The indexes (0-based, from row 2) of the cells of the register's column of subjects as read whose text is `subject`
 * (String of the cell, '' for none), but the one at `skip` (its own row; -2: none).
 */
function subjectRows(subjects: readonly (readonly unknown[])[], subject: string, skip: number): number[] {
  const rows: number[] = [];
  for (let i = 0; i < subjects.length; i++) {
    if (i === skip) continue;
    // A cell as read is most often a string: compared as it is (String() only for another value, a call per cell).
    const v = subjects[i]?.[0];
    if (typeof v === 'string' ? v === subject : String(v ?? '') === subject) rows.push(i);
  }
  return rows;
}

/** The first row (1-based, from row 2) of a column read from row 2 whose cell is `key`, exactly; null when none is. */
function keyRowIn(column: readonly (readonly unknown[])[], key: string): KeyRow | null {
  for (let i = 0; i < column.length; i++) {
    // A cell as read is most often a string: compared as it is (String() only for another value, a call per cell).
    const v = column[i]?.[0];
    if (v === key || (v !== undefined && typeof v !== 'string' && String(v) === key)) return { row: i + 2, last: i + 2 };
  }
  return null;
}

/**
 * reviewRow from the review tab's header read in the batch, when its codes are in column A (as a new tab has them;
 * else as reviewRow finds it). The registration's row is found by its code in the column of codes an edit reads
 * (`codes`: fetchEditKeys), else by a TextFinder; for a new one the tab's last row is asked (the council may keep rows without a code below theirs: a new row goes after
 * them). Only the row merged is read, its dates as Dates.
 */
function reviewRowListed(sheet: Sheet, areas: SubmissionAreas, reg: EvaluatedRegistration, known: boolean, recorded: ReadonlyMap<string, DecisionSnapshot>, config: OfficeConfig, codes?: readonly (readonly unknown[])[]): ReviewRow | null {
  const header = areas.reviewHeader;
  // No header in row 1 (none, or a blank row above it): no row written here; the rebuild says what to put right.
  if (header.length === 0 || isBlankRow(header)) return null;
  const shape = mergeReview([header], []);
  if (shape.error) return null;
  if (shape.columns.id !== 0 || shape.header.length !== header.length) return reviewRow(sheet, reg, known, recorded, config);
  // Where a new row goes: below the last row with anything in it. When the grid's last row was read empty, the batch
  // appends it there (appendCells, placed by Sheets: within the grid, where the rebuild's dropdowns are; no row asked).
  // Else that row and the grid it must fit are asked (with the reads: a read after the run's first write would wait
  // for the writes to be committed), and the rows the grid grows by get the dropdowns.
  // An edit's row from the column of codes read (fetchEditKeys), else by a search; a code no row holds is added as a
  // new one is.
  const at = !known
    ? areas.reviewRoom ? APPENDED : findKeyRow(sheet, 1, reg.id, { known })
    : codes ? (keyRowIn(codes, reg.id) ?? (areas.reviewRoom ? APPENDED : findKeyRow(sheet, 1, reg.id, { known: false }))) : seekReviewRow(sheet, reg.id, known);
  const maxRows = at.row > 0 || at.append ? undefined : sheet.getMaxRows();
  const line = at.row > 0 ? sheet.getSheetValues(at.row, 1, 1, header.length)[0] : null;
  // The council may have moved rows since it was found: the row must still be this registration's.
  if (line && String(line[0]) !== reg.id) return reviewRow(sheet, reg, known, recorded, config);
  const merged = mergeReview(line ? reviewWithTypedWords(sheet, [header, line], at.row) : [header], [reg], recorded, [], proposedNotes(config), undefined, notesTold());
  if (merged.error || merged.rows.length !== 1) return null;
  return { at, maxRows, merged, line };
}

/**
 * The review row of a code known before this run, by a search of column A with no option set (two calls fewer than an
 * exact search): it may also find a cell holding the code in other case or within other text (a council's note), but
 * the row found is read and checked by its code (reviewRowListed), and one that is not the code's takes the exact
 * search. (Codes are of one width, DK- and six digits: no code holds another.) None found: findKeyRow's exact search
 * and whole read. A new code (not `known`): no row holds it, the tab's last row is asked.
 */
function seekReviewRow(sheet: Sheet, id: string, known: boolean): KeyRow {
  if (!known) return findKeyRow(sheet, 1, id, { known });
  for (const cell of sheet.getRange('A:A').createTextFinder(id).findAll()) {
    const row = cell.getRow();
    if (row >= 2) return { row, last: row };
  }
  return findKeyRow(sheet, 1, id, { known });
}

/** intakeSubmission through SpreadsheetApp alone (no Sheets service). */
function intakeByTabs(ss: Spreadsheet, deadline: number, sheet: Sheet, row: number): string | null {
  const results = tabNamed(ss, TAB.results);
  const reviewSheet = tabNamed(ss, REVIEW_TAB);
  if (!results || !reviewSheet) return null;
  // Where the tool's columns stand among the office's (toolsColumnsAt).
  const width = results.getMaxColumns();
  const resultsAt = width < RESULTS_HEADER.length ? null : toolsColumnsAt(results.getSheetValues(1, 1, 1, width)[0]);
  if (resultsAt === null) return null;
  // Every read first, then the writes: a read after a write waits for the writes to be committed (a flush).
  const inputs = readSubmission(ss, sheet, row, new Date());
  if (!inputs) return null;
  const { output } = evaluateOrStop(ss, { ...inputs, duties: false });
  const reg = output.registrations[0];
  const known = reg ? codedBefore(inputs, reg.id) : false;
  if (reg && sharedSubject(ss, inputs, reg, known, null, undefined)) return null;
  const resultAt = reg ? findKeyRow(results, resultsAt[0], reg.id, { known }) : null;
  const resultMax = results.getMaxRows();
  const review = reg ? reviewRow(reviewSheet, reg, known, recordedDecisions(inputs.identified.entries), inputs.config) : null;
  if (reg && (!review || replacedBefore(review))) return null;
  return writeAndAnswer(ss, deadline, inputs, output, { sheet: results, at: resultAt, columns: resultsAt, maxRows: resultMax }, reviewSheet, review, null);
}

/**
 * This run is the first to see the registration's sending (a new code, or a later sending of a known one): its line of
 * "Các lần gửi phiếu" is this run's to write. A trigger run again for the same sending sees it as seen.
 */
function firstSighting(inputs: Inputs, id: string): boolean {
  return inputs.identified.created.includes(id) || inputs.identified.resent.includes(id);
}

/** The registration had its code before this run: its rows should be in the tabs already (a new one has none). */
function codedBefore(inputs: Inputs, id: string): boolean {
  return !inputs.identified.created.includes(id);
}

/**
 * Where a submission's row of "Kết quả kiểm tra" goes: the tab, the row found (null: no registration), the column of
 * each of its cells (toolsColumnsAt) and the grid's height when known.
 */
interface ResultPlace {
  sheet: Sheet;
  at: KeyRow | null;
  columns: number[];
  maxRows: number | undefined;
}

/** A row's cells placed in their columns (1-based), from the first of them: undefined in a column of the office's. */
function placed(cells: readonly unknown[], columns: readonly number[]): { from: number; line: unknown[] } {
  const from = Math.min(...columns);
  const line = new Array<unknown>(Math.max(...columns) - from + 1).fill(undefined);
  columns.forEach((c, j) => (line[c - from] = cells[j]));
  return { from, line };
}

/** The writes of a submission (the register first, before its code is used anywhere), then its e-mail. */
function writeAndAnswer(
  ss: Spreadsheet,
  deadline: number,
  inputs: Inputs,
  output: EvaluateOutput,
  result: ResultPlace,
  reviewSheet: Sheet,
  review: ReviewRow | null,
  read: TabsRead | null,
  outboxHeader?: readonly unknown[],
  job?: string,
): string {
  const reg = output.registrations[0];
  // The outbox is read with the other reads, before the first write (a read after writes waits for their commit): only
  // the part of its record this registration's e-mails are in.
  const known = reg && codedBefore(inputs, reg.id) ? [reg.id] : [];
  const box = openOutbox(ss, { refs: reg ? [reg.id] : [], header: outboxHeader, known });
  // With the Sheets service, the register's, the result's and the review's rows go into one batch (src/gas/cell-batch.ts):
  // one atomic call, all written or none, committed when it returns, with no flush, before the e-mail: a new code's, and
  // an edit's, which are written to the rows found by the run's reads — a sort or an inserted column during the e-mail's
  // seconds would move other rows under them (review "twohands" #4: another registration's row showing the edited name,
  // "Người thẩm định" overwritten for good).
  const batch = read ? openBatch(read) : null;
  // The result's and the review's rows go into the batch (writeRow, writeChangedCells), as the listing had both tabs.
  const rowsBatched = batch !== null && batchTarget(result.sheet) !== null && batchTarget(reviewSheet) !== null;
  let delivered: Delivery;
  // Lines of "Các lần gửi phiếu" and of "Lịch sử thẩm định" in the batch: counted once the batch is committed (a count
  // ahead of the tab would read as lines deleted by hand: src/gas/line-counts.ts).
  let batchedLines = 0;
  let historyLines = 0;
  try {
    inputs.identified.save();
    // What the school sent and what it is told, kept before the e-mail (with the register's row that says it was seen,
    // in one atomic call when batched: neither goes without the other).
    if (reg && firstSighting(inputs, reg.id)) {
      const lines = [versionLine(reg, new Date())];
      // A line whose answers take more than one cell goes through SpreadsheetApp, which also heads the cells after it.
      const versions = rowsBatched && read && lines[0].length === VERSIONS_HEADER.length ? versionsInBatch(read) : null;
      if (batch && versions !== null) {
        batch.append(versions, lines);
        batchedLines = lines.length;
      } else appendVersionLines(ss, lines);
    }
    if (reg && review && result.at) {
      // A verdict the edit turns, in the history before "Thẩm định" shows it: the next run sees no change to record
      // (review history H1, diff32 #5: only an edit that waited for the lock had its line).
      const lines = editedVerdictLines(review, reg);
      const history = lines.length > 0 && rowsBatched && read ? historyInBatch(read) : null;
      if (batch && history !== null) {
        batch.append(history, lines, { newRows: true });
        historyLines = lines.length;
      } else appendHistory(ss, lines, undefined, 'onFormSubmit');
      const { from, line } = placed(resultRow(reg).slice(0, RESULTS_HEADER.length), result.columns);
      writeRow(result.sheet, result.at, line, { wrap: true, maxRows: result.maxRows, column: from });
      writeReviewRow(reviewSheet, review);
      // Lines a person typed into the row's "Ghi chú", kept in the cell: told once (the row of the tab is the one found).
      const typed = review.merged.typedNotes;
      if (typed.length > 0 && review.at.row > 0) logError(ss, 'onFormSubmit', reviewNotesLog(typed.map((t) => ({ ...t, row: review.at.row }))));
      if (review.at.row > 0) keepNotesTold(review.merged.notesTold, reg.id);
      // An edit a run that does not answer saw first is answered now: no longer the next full run's news.
      forgetResent([reg.id]);
      recordDecisions(ss, inputs.identified, review.merged.snapshots);
    }
    // A new code is committed before its e-mail: SpreadsheetApp may apply writes only at a flush, and a write refused
    // then (after the e-mail) would leave the code nowhere but in the e-mail — the next run would give the response
    // another code and another e-mail. Refused now, the run fails before the e-mail and its row is queued again. An
    // edit's rows likewise, as soon after the reads that found them as can be (above).
    if (inputs.identified.created.length > 0 || (reg && review && result.at)) {
      if (batch) batch.commit();
      else SpreadsheetApp.flush();
    }
    // The run's health record, ahead of its end: its line goes with the outbox's rows (or the edit's), its record, once
    // the e-mail is done, with the properties written before the lock's release; a run that ends otherwise is recorded
    // over them (src/gas/health.ts stageRun). Not with the rows committed before the e-mail: the line says the run did
    // its work.
    if (batch && job) stageRun(ss, job, detailOf(reg, inputs.identified.notes));
    const org = inputs.config.organisation;
    // The outbox's commit sends the batch with its own rows (src/gas/outbox.ts); what is left is sent here.
    // The council's decision on the registration, as its row just read and merged says it (no other read: "Lịch sử thẩm
    // định" is not asked of a decision held for the council's confirmation, which the council has yet to confirm).
    const decided = review ? notProposedIds(review.merged) : new Set<string>();
    delivered = deliver(ss, deadline, org.name, [confirmationPlan(output, inputs.config, () => decided)], 'onFormSubmit', box);
    if (batch) batch.commit();
    linesCommitted('versionsLines', batchedLines);
    linesCommitted('historyLines', historyLines);
    stagedRunDone();
  } finally {
    dropBatch();
  }
  // Nothing left for the lock's flush when every write went through the batch: the tabs of the batch (every one the
  // listing had), the outbox read and written as a part, the register's rows found (a part, never rewritten whole), and
  // nothing said to be written through SpreadsheetApp meanwhile (a tab made, a line of the error log).
  settled = rowsBatched && box.part !== null && inputs.identified.partial && appWritesSaid() === saidAtStart;
  // An e-mail that failed (not for want of quota) is tried again within minutes by the continuation's full run
  // (src/jobs/on-submit.ts), not left for the nightly rebuild.
  if (delivered.retrySoon) setState({ intakeMailLeft: String(Date.now()) });
  return detailOf(reg, inputs.identified.notes);
}

/** The history's line of a verdict an edit turned in its row of "Thẩm định" (none for a new row or the same verdict). */
function editedVerdictLines(review: ReviewRow, reg: EvaluatedRegistration): unknown[][] {
  const col = review.merged.columns.verdict;
  if (!review.line || col < 0) return [];
  const was = String(review.line[col] ?? '');
  const now = String(review.merged.rows[0][col] ?? '');
  return was === '' || was === now ? [] : verdictLines([{ id: reg.id, was, now }], [reg], new Date(), { ids: new Set([reg.id]), cause: 'edit' });
}

/** What the run's health line says of a submission: its code and verdict, and the register's notes. */
function detailOf(reg: EvaluatedRegistration | undefined, notes: readonly string[]): string {
  return [reg ? INTAKE_DETAIL(reg.id, VERDICT_LABELS[reg.verdict]) : '', ...notes].filter((x) => x !== '').join(' ');
}

/**
 * The registration's row of "Thẩm định" (its place, 0 for a new row), merged as the rebuild merges the whole tab (the
 * council's cells kept, the automatic ones refreshed, a new row "Chờ thẩm định"). Reads only. Null when the tab's
 * layout needs the full merge (a standard column missing, an error to report).
 */
interface ReviewRow {
  at: KeyRow;
  /** The tab's grid when known (asked by writeRow when a row is added otherwise). */
  maxRows?: number;
  merged: ReviewTab;
  /** The registration's row as read (null for a new row). */
  line: unknown[] | null;
}

function reviewRow(sheet: Sheet, reg: EvaluatedRegistration, known: boolean, recorded: ReadonlyMap<string, DecisionSnapshot>, config: OfficeConfig): ReviewRow | null {
  const header = readHeader(sheet);
  if (header.length === 0 || isBlankRow(header)) return null;
  const shape = mergeReview([header], []);
  if (shape.error || shape.header.length !== header.length) return null;
  const at = findKeyRow(sheet, shape.columns.id + 1, reg.id, { known });
  const line = at.row > 0 ? sheet.getSheetValues(at.row, 1, 1, header.length)[0] : null;
  const merged = mergeReview(line ? reviewWithTypedWords(sheet, [header, line], at.row) : [header], [reg], recorded, [], proposedNotes(config), undefined, notesTold());
  if (merged.error || merged.rows.length !== 1) return null;
  return { at, maxRows: sheet.getMaxRows(), merged, line };
}

/**
 * Writes the merged row: of a row already there only the tool's cells the merge changed (the council may be typing
 * its decision into the others meanwhile; the rebuild gives them their spelling), a new row whole. Rows within the grid have the rebuild's whole-column dropdowns
 * already; rows the grid grows by get the same two rules (one each, over the rows added).
 */
function writeReviewRow(sheet: Sheet, { at, maxRows, merged, line }: ReviewRow): void {
  if (at.row > 0 && line) return writeChangedCells(sheet, at.row, line, merged.rows[0], new Set(TOOL_COLUMNS.map((k) => merged.columns[k])));
  writeRow(sheet, at, merged.rows[0], {
    wrap: true,
    maxRows,
    grown: (from, rows, target) => {
      if (target) {
        target.batch.rule(target.sheetId, from, merged.decisionColumn + 1, rows, merged.decisions);
        target.batch.rule(target.sheetId, from, merged.levelColumn + 1, rows, merged.levels);
        return;
      }
      spreadsheetAppWrote();
      const rule = SpreadsheetApp.newDataValidation().requireValueInList([...merged.decisions], true).setAllowInvalid(true).build();
      sheet.getRange(from, merged.decisionColumn + 1, rows, 1).setDataValidation(rule);
      const levels = SpreadsheetApp.newDataValidation().requireValueInList([...merged.levels], true).setAllowInvalid(true).build();
      sheet.getRange(from, merged.levelColumn + 1, rows, 1).setDataValidation(levels);
    },
  });
}
