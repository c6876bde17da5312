// Appending to "Các lần gửi phiếu" (src/core/versions.ts): a tab of its own, protected with a warning, its lines added
// below the last one — never rewritten. Every run that is the first to see a sending in the register of codes records
// it: a submission in its batch (no call of its own); a full run, the reminders, the digest and Thiết lập through
// recordVersions, which also appends any sending the tab does not hold yet (one read of its keys, with the run's batch
// read when it has one), so that one a run could not record (cut off, a tab deleted or reshaped, an office upgraded) is
// recorded while its answers are still the response's.
import type { EvaluatedRegistration } from '../core/evaluate';
import { TAB, VERSIONS_ERASED, VERSIONS_ERASED_BACK, VERSIONS_HEADER, VERSIONS_LINES_GONE, VERSIONS_MORE_HEADER, VERSIONS_PROTECTION, VERSIONS_REMADE, VERSIONS_RESHAPED } from '../core/messages';
import { codeOfKey, erasedBack, erasedNow, linesErasedByHand, missingVersions, unpackLineCounts } from '../core/versions';
import { toCell } from '../core/table';
import { logError } from './health';
import { getLockedState, getState, setState, setStateSoon } from './properties';
import { countLines, keptLines, linesIn, linesMissing, linesWritten } from './line-counts';
import { spreadsheetAppWrote } from './cell-batch';
import { ensureSheet, findSheet } from './sheets';
import { type TabsRead } from './batch-read';
import { headTrailTab, ownHeader, setAside } from './trail-tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The tab's header row and its column of keys, as a run's batch read fetches them (TabsRead.fetch areas). */
export const VERSIONS_HEADER_AREA = '1:1';
export const VERSIONS_KEYS_AREA = 'A:A';

/** Row 1 holds the tool's header, column for column (src/gas/trail-tabs.ts). */
const isOwnHeader = (row: readonly unknown[] | undefined) => ownHeader(row, VERSIONS_HEADER);

const inBatch = new WeakMap<TabsRead, number | null>();
/**
 * The tab's sheet id when the run's listing has it and its header was read as the tool wrote it (VERSIONS_HEADER_AREA,
 * in the submission's first batch read): a submission's sending then goes into its batch, appended below the last line
 * by Sheets when the batch is applied, in the call that writes its other rows. Null otherwise (no such tab, a blank or
 * reshaped one): the submission takes the full run, which makes or puts it right (review versions L1).
 */
export function versionsInBatch(read: TabsRead): number | null {
  if (!inBatch.has(read)) {
    const tab = read.get(TAB.versions);
    const header = read.takeArea(TAB.versions, VERSIONS_HEADER_AREA);
    inBatch.set(read, tab && isOwnHeader(header?.[0]) ? tab.sheetId : null);
  }
  return inBatch.get(read)!;
}

/** Mã lần gửi, mã, gửi lúc, gửi từ, đơn vị, tên, kết luận, cần bổ sung, ghi nhận lúc, nội dung. */
const VERSIONS_WIDTHS = [170, 90, 130, 200, 200, 180, 160, 320, 130, 480];

/**
 * The tab ready for lines, and its last row with content: made with its header when missing or blank (told once it was
 * made before: deleted or renamed since). One whose row 1 is not the tool's header (typed over, a column inserted, its
 * contents cleared and a line written in row 1 since) is set aside under another name, its lines kept, and a new one
 * made (review versions L1): lines appended by position under another layout would stand under the wrong headings, and
 * its keys, read from column A, would be wrong. `header`: row 1 as the run's batch read found it, when it did.
 */
function versionsTab(ss: Spreadsheet, header?: readonly unknown[]): { sheet: Sheet; last: number; made: boolean } {
  let found = findSheet(ss, TAB.versions);
  let last = found ? found.getLastRow() : 0;
  let putAside = false;
  if (found && last > 0 && !isOwnHeader(header ?? found.getRange(1, 1, 1, VERSIONS_HEADER.length).getValues()[0])) {
    setAside(ss, found, TAB.versions, VERSIONS_RESHAPED, 'rebuildSummaries');
    found = null;
    last = 0;
    putAside = true;
  }
  if (found && last > 0) return { sheet: found, last, made: false };
  spreadsheetAppWrote();
  const sheet = found ?? ensureSheet(ss, TAB.versions).sheet;
  // Made again: deleted or renamed since (not by this run, which says why it set one aside), or emptied by hand (select
  // all, Delete: every line it held is gone — review two F4).
  const kept = keptLines('versionsLines');
  if (found && kept > 0) logError(ss, 'rebuildSummaries', VERSIONS_LINES_GONE(kept));
  else if (!found && !putAside && getState('versionsMade') === '1') logError(ss, 'rebuildSummaries', VERSIONS_REMADE);
  // A new count: the lines the tab holds from now on, written at once (kept with the run's other state, it would be lost
  // with a run killed before its end, and the old count would call the lines of the tab set aside deleted: review
  // counts F2).
  setState({ versionsMade: '1', versionsLines: '0' });
  // Its ten columns only: a new tab's 26 would count 2.6 times its cells against the file's 10 million (a line whose
  // answers take more cells widens it: append). A long answer then shows its beginning within its column.
  const cols = sheet.getMaxColumns();
  if (cols > VERSIONS_HEADER.length) sheet.deleteColumns(VERSIONS_HEADER.length + 1, cols - VERSIONS_HEADER.length);
  headTrailTab(sheet, VERSIONS_HEADER, VERSIONS_WIDTHS, VERSIONS_PROTECTION);
  return { sheet, last: 1, made: true };
}

/**
 * Appends `lines` below the tab's last row with content; text written literal. A line whose answers take more cells
 * than "Nội dung phiếu" (answersCells) widens the write, the grid and the header ("Nội dung phiếu (tiếp)").
 */
function append(sheet: Sheet, last: number, lines: readonly (readonly unknown[])[]): void {
  if (lines.length === 0) return;
  spreadsheetAppWrote();
  const width = Math.max(VERSIONS_HEADER.length, ...lines.map((l) => l.length));
  if (width > VERSIONS_HEADER.length) {
    const cols = sheet.getMaxColumns();
    if (cols < width) sheet.insertColumnsAfter(cols, width - cols);
    sheet.getRange(1, VERSIONS_HEADER.length + 1, 1, width - VERSIONS_HEADER.length).setValues([new Array(width - VERSIONS_HEADER.length).fill(VERSIONS_MORE_HEADER)]);
  }
  const first = last + 1;
  const max = sheet.getMaxRows();
  if (max < first + lines.length - 1) sheet.insertRowsAfter(max, first + lines.length - 1 - max);
  sheet.getRange(first, 1, lines.length, width).setValues(lines.map((l) => Array.from({ length: width }, (_, j) => toCell(l[j]))));
  // Counted once a flush commits them (src/gas/line-counts.ts): a count written while they may still fail at a later
  // flush would read, next run, as lines deleted by hand (review two F2).
  linesWritten('versionsLines', lines.length);
}

/** A submission's sending through SpreadsheetApp (no Sheets service, no batch, or answers past one cell). */
export function appendVersionLines(ss: Spreadsheet, lines: readonly (readonly unknown[])[]): void {
  if (lines.length === 0) return;
  const { sheet, last } = versionsTab(ss);
  append(sheet, last, lines);
}

/**
 * What a run that can tell which registrations were withdrawn passes recordVersions (review r76p F2): the codes whose
 * response row is gone (Identified.gone) and, asked only when one of them is not erased yet or an erased one is back,
 * the codes whose erasure the council recorded ("Không đề nghị" and the words of ERASURE_REQUESTED in "Nhận xét":
 * src/jobs/results.ts erasureRequestedOf, review d76 F2).
 */
export interface Withdrawals {
  gone: readonly string[];
  requested: () => ReadonlySet<string>;
}

/** What recordVersions leaves: the codes erased at the office's request, and the lines the tab holds of each code. */
export interface VersionsKept {
  erased: ReadonlySet<string>;
  lines: ReadonlyMap<string, number>;
}

/**
 * A run that read the registrations: the sendings of `regs` the tab does not hold (by key, column A), appended — those
 * this run is the first to see (`firstSeen`, codes) first, then, within a run's share, those of an office whose tab is
 * new (src/core/versions.ts missingVersions). `fetched`: row 1 and column A as the run's batch read fetched them (none:
 * read here). No call when the tab holds every sending and they were fetched; nothing made while there is no sending.
 * `withdrawals`: a withdrawn registration whose row the office deleted is erased (eraseWithdrawn); none, the codes
 * erased before stay so.
 */
export function recordVersions(ss: Spreadsheet, regs: readonly EvaluatedRegistration[], firstSeen: ReadonlySet<string>, now: Date, job: string, fetched?: { header?: readonly unknown[]; keys?: readonly (readonly unknown[])[] }, withdrawals?: Withdrawals): VersionsKept {
  const before = erasedCodes();
  const found = findSheet(ss, TAB.versions);
  if (!found && regs.length === 0) return { erased: before, lines: new Map() };
  // Read with the inputs, its header the tool's: its keys are those read.
  const ready = found && fetched?.keys && isOwnHeader(fetched.header) ? fetched.keys : null;
  let tab: { sheet: Sheet; last: number; made: boolean } | null = null;
  let column = ready;
  if (!column) {
    tab = versionsTab(ss, found && fetched?.header && fetched.header.length > 0 ? fetched.header : undefined);
    column = tab.last >= 2 ? tab.sheet.getRange(1, 1, tab.last, 1).getValues() : [];
  }
  const erasure = withdrawals ? eraseWithdrawn(ss, tab?.sheet ?? found!, column, before, withdrawals, job) : { erased: before, now: [], column, deleted: 0, byHand: 0, uncounted: false };
  column = erasure.column;
  if (tab) tab.last -= erasure.deleted;
  const keys = new Set<string>();
  const lines = new Map<string, number>();
  for (let i = 1; i < column.length; i++) {
    const key = String(column[i]?.[0] ?? '');
    if (key === '') continue;
    keys.add(key);
    const code = codeOfKey(key);
    lines.set(code, (lines.get(code) ?? 0) + 1);
  }
  // Fewer lines than the tool last left (a tab made now has started a new count, 0): deleted by hand, told once — but
  // those of a registration erased now, deleted by the tool or by hand (review r76p F2). Read as the lock holds it: a run
  // that waited for the lock while another set the tab aside or made it again reads its count.
  const held = linesIn(column, 1);
  let excused = erasure.deleted + erasure.byHand;
  if (erasure.now.length > 0) {
    // A registration erased now whose lines no run counted (its request recorded and its lines deleted by hand between
    // two runs): the lines missing cannot be told from its own, so they are said with the erasure, in one message — not
    // as lost evidence to restore beside it (review d76 F4).
    const unknown = erasure.uncounted ? linesMissing('versionsLines', held, excused) : 0;
    excused += unknown;
    logError(ss, job, VERSIONS_ERASED(erasure.now, erasure.deleted, unknown));
  }
  countLines(ss, 'versionsLines', held, VERSIONS_LINES_GONE, job, excused);
  const { lines: missing } = missingVersions(regs, keys, firstSeen, now);
  if (missing.length > 0) {
    tab ??= { sheet: found!, last: found!.getLastRow(), made: false };
    append(tab.sheet, tab.last, missing);
    for (const l of missing) lines.set(codeOfKey(String(l[0])), (lines.get(codeOfKey(String(l[0]))) ?? 0) + 1);
  }
  return { erased: erasure.erased, lines };
}

/** The codes erased at the office's request (review r76p F2), as the state keeps them. */
export function erasedCodes(): Set<string> {
  return codesOf('erasedCodes');
}

/** The codes erased at the person's request whose response row is back and still asked erased (review d76 F3). */
export function erasedBackCodes(): Set<string> {
  return codesOf('erasedBack');
}

function codesOf(key: 'erasedCodes' | 'erasedBack'): Set<string> {
  return new Set((getLockedState(key) ?? '').split(',').filter((c) => c !== ''));
}

/**
 * A registration erased at the person's request (reviews r76p F2, d76 F2; Luật 91/2025/QH15 Điều 4, 14): the council
 * decided "Không đề nghị" and wrote ERASURE_REQUESTED in "Nhận xét", then the office deleted its response row — and every
 * registration without its row is such (src/core/versions.ts erasedNow; else a loss, and nothing is erased). Its lines
 * left in "Các lần gửi phiếu" (the tool's own tab, which holds every answer) are deleted — read again first: rows are
 * deleted by position —, and the code kept as erased while its row stays gone (the caller tells the office: `now`). Its
 * lines the office deleted by hand since the last full run counted them (`withdrawnLines`) are not lines lost
 * (`byHand`); `uncounted`: one erased now had no count (review d76 F4). A code erased whose row is back (a restored
 * version) is told once, and said on its row while its erasure is still asked (review d76 F3: erasedBack). Returns the
 * column as it is now.
 */
function eraseWithdrawn(
  ss: Spreadsheet,
  sheet: Sheet | undefined,
  column: readonly (readonly unknown[])[],
  before: ReadonlySet<string>,
  w: Withdrawals,
  job: string,
): { erased: ReadonlySet<string>; now: readonly string[]; column: readonly (readonly unknown[])[]; deleted: number; byHand: number; uncounted: boolean } {
  let asked: ReadonlySet<string> | undefined;
  const requested = () => (asked ??= w.requested());
  const toldBack = erasedBackCodes();
  const back = erasedBack(w.gone, before, toldBack, requested);
  if (back.fresh.length > 0) logError(ss, job, VERSIONS_ERASED_BACK(back.fresh));
  const backText = back.back.join(',');
  if (backText !== [...toldBack].join(',')) setStateSoon({ erasedBack: backText });
  // A registration whose row came back is no longer erased: deleted again, it is erased again (its request standing).
  const fresh = new Set(back.fresh);
  const kept = new Set([...before].filter((c) => !fresh.has(c)));
  const now = erasedNow(w.gone, kept, requested);
  let deleted = 0;
  let byHand = 0;
  let uncounted = false;
  if (now.length > 0) {
    const erasing = new Set(now);
    if (sheet) {
      const last = sheet.getLastRow();
      column = last >= 2 ? sheet.getRange(1, 1, last, 1).getValues() : [];
    }
    const held = new Map<string, number>();
    const rows: number[] = [];
    for (let i = 1; i < column.length; i++) {
      const code = codeOfKey(String(column[i]?.[0] ?? ''));
      if (!erasing.has(code)) continue;
      held.set(code, (held.get(code) ?? 0) + 1);
      rows.push(i + 1);
    }
    const counted = unpackLineCounts(getLockedState('withdrawnLines'));
    byHand = linesErasedByHand(now, counted, held);
    uncounted = now.some((c) => !counted.has(c));
    if (sheet && rows.length > 0) {
      spreadsheetAppWrote();
      // From the bottom, a run of adjacent rows in one call: the rows above keep their places.
      for (let k = rows.length - 1; k >= 0; ) {
        let first = k;
        while (first > 0 && rows[first - 1] === rows[first] - 1) first--;
        sheet.deleteRows(rows[first], k - first + 1);
        k = first - 1;
      }
      deleted = rows.length;
      const drop = new Set(rows.map((r) => r - 1));
      column = column.filter((_, i) => !drop.has(i));
    }
    for (const c of now) kept.add(c);
  }
  const text = [...kept].join(',');
  if (text !== [...before].join(',')) setStateSoon({ erasedCodes: text });
  return { erased: kept, now, column, deleted, byHand, uncounted };
}
