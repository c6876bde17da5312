// Appending to "Lịch sử thẩm định" (src/core/history.ts): a tab of its own, made on its first line, protected with a
// warning, its lines added below the last one — never rewritten.
import { HISTORY_CHANGE, HISTORY_HEADER, HISTORY_HEADERS_EARLIER, HISTORY_LINES_GONE, HISTORY_PROTECTION, HISTORY_REMADE, HISTORY_RESHAPED, HISTORY_TAB, HISTORY_VOTE_START } from '../core/messages';
import { logError } from './health';
import { countLines, keptLines, linesIn, linesWritten } from './line-counts';
import { getState, setState } from './properties';
import type { HistoryRow } from '../core/history';
import { toCell } from '../core/table';
import { isDate } from '../core/text';
import { spreadsheetAppWrote } from './cell-batch';
import { ensureSheet, findSheet } from './sheets';
import { tabsRead, type TabsRead } from './batch-read';
import { headTrailTab, ownHeader, setAside } from './trail-tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Row 1 is the tool's header, as this version or an earlier one wrote it (the same columns). */
const historyHeader = (row: readonly unknown[] | undefined) => ownHeader(row, HISTORY_HEADER) || HISTORY_HEADERS_EARLIER.some((h) => ownHeader(row, h));

/** The history's header row, as a submission's batch read asks for it (TabsRead.fetch areas). */
export const HISTORY_HEADER_AREA = '1:1';

/**
 * The history tab's sheet id when the run's listing has it and the batch read found its header (HISTORY_HEADER_AREA, read
 * once): a submission's lines then go into its batch, appended below the last line by Sheets when the batch is applied
 * (CellBatch.append), in the one call that writes its row of "Thẩm định" — no call of their own, no SpreadsheetApp write
 * to flush (review history L5: 8 calls). Null otherwise (no such tab, or one without the tool's header): appendHistory
 * then makes it, or gives it its header, and a reshaped one is set aside by the next full run (countHistory).
 */
export function historyInBatch(read: TabsRead): number | null {
  const tab = read.get(HISTORY_TAB);
  const header = read.takeArea(HISTORY_TAB, HISTORY_HEADER_AREA);
  return tab && historyHeader(header?.[0]) ? tab.sheetId : null;
}

/** The history's column of times, one cell a line (and its header), as a full run's batch read fetches it. */
export const HISTORY_TIMES_AREA = 'A:A';

/**
 * The history's lines weighed against the count the tool kept (src/gas/line-counts.ts), fewer told once in "Nhật ký
 * lỗi" (review complaint M3: a decision's line deleted by hand went unnoticed), before the run appends any (its own
 * lines are counted once committed). `fetched`: the tab's row 1 and column A as the run's batch read fetched them (none:
 * not fetched — read here when the run has no listing, the Sheets service missing — or no such tab: one made again says
 * so itself). A tab whose row 1 is not the tool's header (a column inserted before "Thời điểm công cụ ghi nhận" to number the
 * lines, a header typed over) is set aside and a new one made: its lines are counted, and read by the appenders, by
 * position (review counts F1).
 */
export function countHistory(ss: Spreadsheet, fetched: { header?: readonly unknown[]; times?: readonly (readonly unknown[])[] }, job: string): void {
  let { header, times } = fetched;
  // Without a listing (no batch read), read here: its size, row 1 and column A.
  let sheet: GoogleAppsScript.Spreadsheet.Sheet | null = null;
  if (!tabsRead(ss)) {
    sheet = findSheet(ss, HISTORY_TAB);
    if (!sheet) return;
    const last = sheet.getLastRow();
    header = last > 0 ? sheet.getRange(1, 1, 1, HISTORY_HEADER.length).getValues()[0] : [];
    times = last > 0 ? sheet.getRange(1, 1, last, 1).getValues() : [];
  }
  if (times === undefined) return;
  const blank = linesIn(times, 0) === 0 && (header ?? []).every((v) => String(v ?? '') === '');
  if (!blank && !historyHeader(header)) {
    setAside(ss, sheet ?? findSheet(ss, HISTORY_TAB)!, HISTORY_TAB, HISTORY_RESHAPED, job);
    headHistory(ensureSheet(ss, HISTORY_TAB).sheet);
    return;
  }
  // An earlier version's heading: brought up to date in place, its lines as they are.
  if (!blank && !ownHeader(header, HISTORY_HEADER)) {
    spreadsheetAppWrote();
    (sheet ?? findSheet(ss, HISTORY_TAB)!).getRange(1, 1, 1, HISTORY_HEADER.length).setValues([[...HISTORY_HEADER]]).setWrap(true);
  }
  // Its lines against the count: an emptied tab (select all, Delete) holds none, and every line it held is told gone.
  countLines(ss, 'historyLines', linesIn(times, 1), HISTORY_LINES_GONE, job);
}

/** Thời điểm, mã, đơn vị, tên, thay đổi, quyết định, hình thức, nhận xét, người thẩm định, kết luận tự động. */
const HISTORY_WIDTHS = [130, 90, 200, 180, 280, 150, 150, 300, 160, 130];

/**
 * The tab as one read finds it: its lines below the header, from the code on (B…J), as text, in time order (the
 * office may have sorted the tab: review diff33 #4), and the time of each (column A; 0 when it holds no date).
 */
interface HistoryRead {
  sheet: GoogleAppsScript.Spreadsheet.Sheet | null;
  last: number;
  lines: string[][];
}

/** One read of the tab's lines (none when it has none): what the appenders below weigh their lines against. */
function readHistory(ss: Spreadsheet): HistoryRead {
  const sheet = findSheet(ss, HISTORY_TAB);
  const last = sheet ? sheet.getLastRow() : 0;
  const values = sheet && last >= 2 ? sheet.getRange(2, 1, last - 1, HISTORY_HEADER.length).getValues() : [];
  const timed = values.map((r, i) => ({ i, at: isDate(r[0]) ? (r[0] as Date).getTime() || 0 : 0, line: r.slice(1).map((v) => String(v)) }));
  // By time, then by place (a stable sort: lines of one time, and lines without one, as they stand).
  timed.sort((a, b) => a.at - b.at || a.i - b.i);
  return { sheet, last, lines: timed.map((t) => t.line) };
}

/** Each code's last line (B…J, as text), by time. */
function lastLineOf(read: HistoryRead): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const l of read.lines) out.set(l[0], l);
  return out;
}

/**
 * A history tab made (or found blank, or put in place of one set aside): its header, frozen, its widths and warning, and
 * a new count from its first line, written now — kept with the run's other state, it would be lost with a run killed
 * before its end, and the old count would call the lines of a tab renamed, set aside or told gone already, deleted
 * (review counts F2, F3).
 */
function headHistory(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  spreadsheetAppWrote();
  setState({ historyMade: '1', historyLines: '0' });
  headTrailTab(sheet, HISTORY_HEADER, HISTORY_WIDTHS, HISTORY_PROTECTION);
}

/**
 * Appends `rows` (each a line of HISTORY_HEADER) below the tab's last line, made with its header when missing: its size
 * asked (unless `read` has it), one write and its wrapping when there is anything to append, no call otherwise. Text is
 * written literal (a comment "=…" stays text). The caller holds the script lock (two runs appending at once would write
 * one row).
 */
export function appendHistory(ss: Spreadsheet, rows: readonly HistoryRow[], read?: HistoryRead, job = 'rebuildSummaries'): void {
  if (rows.length === 0) return;
  let made = read?.sheet ? { sheet: read.sheet, created: false } : ensureSheet(ss, HISTORY_TAB);
  let sheet = made.sheet;
  spreadsheetAppWrote();
  // Made now, or made by a run cut off before its header (review history M2: its lines then started in row 1, for good).
  let lastRow = made.created ? 0 : read?.sheet ? read.last : sheet.getLastRow();
  // Not read by the run (a submission's lines outside its batch: the tab's row 1 was not the tool's header, or there is
  // no Sheets service): its row 1 is asked, and a reshaped tab set aside now, as the full run does (countHistory), not
  // written below by position under other headings until then.
  let putAside = false;
  if (!read && !made.created && lastRow > 0 && !historyHeader(sheet.getRange(1, 1, 1, HISTORY_HEADER.length).getValues()[0])) {
    setAside(ss, sheet, HISTORY_TAB, HISTORY_RESHAPED, job);
    made = ensureSheet(ss, HISTORY_TAB);
    sheet = made.sheet;
    lastRow = 0;
    putAside = true;
  }
  const created = lastRow === 0;
  if (created) {
    const kept = keptLines('historyLines');
    // Made before (deleted or renamed since): the office is told where its earlier lines are (review history M5).
    // Not when set aside just now: setAside told why.
    if (made.created && !putAside && getState('historyMade') === '1') logError(ss, 'rebuildSummaries', HISTORY_REMADE);
    // Found with no line (select all, Delete) by a run that did not count it first: every line it held is gone.
    else if (!made.created && kept > 0) logError(ss, 'rebuildSummaries', HISTORY_LINES_GONE(kept));
    headHistory(sheet);
  }
  const first = created ? 2 : lastRow + 1;
  const max = sheet.getMaxRows();
  if (max < first + rows.length - 1) sheet.insertRowsAfter(max, first + rows.length - 1 - max);
  sheet.getRange(first, 1, rows.length, HISTORY_HEADER.length).setValues(rows.map((r) => r.map(toCell))).setWrap(true).setVerticalAlignment('top');
  linesWritten('historyLines', rows.length);
}

/**
 * appendHistory of verdict lines (verdictLines), but for a code whose last line already says the same verdict: the
 * lines go in before "Thẩm định" shows the verdicts (a run cut off between the two would otherwise leave them unsaid for
 * good, the next run finding nothing changed: review history M1), and a run whose write of "Thẩm định" did not go
 * through finds the same changes again. One read of the tab.
 */
export function appendVerdictLinesOnce(ss: Spreadsheet, rows: readonly HistoryRow[]): void {
  if (rows.length === 0) return;
  const read = readHistory(ss);
  const lastOf = lastLineOf(read);
  // Of a line read (B…J): its change at 3, its verdict at 8.
  const said = (r: HistoryRow) => {
    const before = lastOf.get(String(r[1]));
    return !!before && before[3].startsWith(VERDICT_LINE) && before[8] === String(r[9]);
  };
  appendHistory(ss, rows.filter((r) => !said(r)), read);
}
const VERDICT_LINE = HISTORY_CHANGE.verdict('\u0001', '').split('\u0001')[0];

/**
 * appendHistory of decision lines (decisionLines), but for a decision taken or changed that the code's last line already
 * says (the same decision, level, comment and reviewer): a register rebuilt from "Kết quả kiểm tra" has lost what was
 * decided, and a run cut off between these lines and the register writes them again (review history M4, L4). One read
 * of the tab when there are lines to write.
 */
export function appendDecisionLinesOnce(ss: Spreadsheet, rows: readonly HistoryRow[]): void {
  if (rows.length === 0) return;
  const read = readHistory(ss);
  const lastOf = lastLineOf(read);
  const decisionLine = (change: string) => [HISTORY_CHANGE.decided, HISTORY_CHANGE.changed, HISTORY_CHANGE.baseline].some((c) => change.startsWith(c));
  // A line (A…J) against the code's last line read (B…J): its change, then its decision, level, comment and reviewer.
  const said = (r: HistoryRow) => {
    const before = lastOf.get(String(r[1]));
    return !!before && decisionLine(String(r[4])) && decisionLine(before[3]) && [5, 6, 7, 8].every((i) => String(r[i] ?? '') === before[i - 1]);
  };
  // A decision a batch of documents acted on before any run lined it: the batch's line gives it (its decision column);
  // another one after it is a change, not the council's first decision (review clerk-day #5).
  const relabelled = (r: HistoryRow): HistoryRow => {
    const before = lastOf.get(String(r[1]));
    const change = String(r[4]);
    if (!before || !BATCH_LINES.some((p) => before[3].startsWith(p)) || !change.startsWith(HISTORY_CHANGE.decided) || before[4] === String(r[5] ?? '')) return r;
    const out = [...r] as HistoryRow;
    out[4] = HISTORY_CHANGE.changed + change.slice(HISTORY_CHANGE.decided.length);
    return out;
  };
  appendHistory(ss, rows.filter((r) => !said(r)).map(relabelled), read);
}
/** How the lines of a batch of documents begin (HISTORY_CHANGE.proposed, notProposed). */
const BATCH_LINES = [HISTORY_CHANGE.proposed('\u0001', '\u0001'), HISTORY_CHANGE.notProposed('\u0001', '\u0001')].map((t) => t.split('\u0001')[0]);

/**
 * appendHistory of the lines of codes the tab has no line of: the decisions that stood when the history began
 * (baselineLines), which a copy whose Thiết lập forgot that they were written would write again (review history L1).
 */
export function appendFirstLines(ss: Spreadsheet, rows: readonly HistoryRow[]): void {
  if (rows.length === 0) return;
  const read = readHistory(ss);
  const lined = new Set(read.lines.map((l) => l[0]));
  appendHistory(ss, rows.filter((r) => !lined.has(String(r[1]))), read);
}

/**
 * appendHistory of the `rows` the history does not say yet (unsaid: a batch of documents made again on its day says
 * nothing new; one that proposes again, after the council's lines, does — review clerk-day #4: weighed against every
 * earlier line, it was left out, and the history read as if the Tờ trình signed did not propose the person). One read
 * of the tab.
 */
export function appendHistoryOnce(ss: Spreadsheet, rows: readonly HistoryRow[]): void {
  if (rows.length === 0) return;
  const read = readHistory(ss);
  appendHistory(ss, unsaid(read, rows), read);
}

/**
 * The `rows` (A…J) whose change their code's lines (B…J, in time order) do not say yet: a line of the same change whose
 * decision no later line of the council changed says it (a batch made again, or retried after a verdict line came in
 * between, says nothing new; one that proposes again after the council took the person out and back does).
 */
function unsaid(read: HistoryRead, rows: readonly HistoryRow[]): HistoryRow[] {
  const byCode = new Map<string, string[][]>();
  for (const l of read.lines) (byCode.get(l[0]) ?? byCode.set(l[0], []).get(l[0])!).push(l);
  return rows.filter((r) => {
    const lines = byCode.get(String(r[1])) ?? [];
    // Weighed without the vote it ends with: a line written before lines kept the vote (or of a tab typed again since)
    // says the same proposal (review diff43 H1).
    const change = withoutVote(String(r[4]));
    let i = lines.length - 1;
    while (i >= 0 && withoutVote(lines[i][3]) !== change) i--;
    return i < 0 || lines.slice(i + 1).some((l) => !l[3].startsWith(VERDICT_LINE) && l[4] !== String(r[5] ?? ''));
  });
}

/** A batch line's change without the council's vote it ends with (HISTORY_CHANGE.vote, after "; " or a full stop). */
function withoutVote(change: string): string {
  for (const mark of VOTE_MARKS) {
    const at = change.indexOf(mark);
    if (at >= 0) return change.slice(0, mark.startsWith(';') ? at : at + 1);
  }
  return change;
}
const VOTE_MARKS = [`; ${HISTORY_VOTE_START}`, `. ${HISTORY_VOTE_START}`];

/** The lines of a batch of documents that the history does not hold yet (appendHistoryOnce would write them): none, no lock needed. */
export function historyLinesUnsaid(ss: Spreadsheet, rows: readonly HistoryRow[]): HistoryRow[] {
  return rows.length === 0 ? [] : unsaid(readHistory(ss), rows);
}
