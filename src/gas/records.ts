// The tool's records of what it made in Drive — one per school view ("views.v.<key>") and one per award document
// ("proposals.doc.<generation>.<key>") — in the hidden, protected tab "Sổ hồ sơ (hệ thống)", not in script properties:
// Apps Script gives a script 500 KB of properties in all, which a large office's views and a few rounds of documents
// filled (review "growth" #1: the rebuild, the digest, the submissions and every batch then failed).
//
// The tab is a LOG: a write appends rows (key, value) below its last row; the last row of a key is its value, an empty
// value a deletion. Nothing is ever written over a row, so two executions that read the tab at different times never
// write over each other's records (every write is made under the script lock, and asks the tab where it ends). The
// nightly rebuild rewrites it with one row per live key when it holds many old rows (tidyRecords), under a new EPOCH
// written in its header and in the property "records.epoch".
//
// Lost records. A record deleted by a person would make the tool make again what it made (a second view shared with a
// school, a second set of documents). So the property "records.rows" keeps how many rows the tab held after the last
// write; a tab found with fewer (rows deleted, before a run or while it works), or of an earlier epoch (the whole file
// restored to a version before the last rewrite), is LOST: nothing is made until the office gets it back (Hoàn tác, the
// version history) or answers "Có" in Thiết lập to go on from the tab as it stands (resumeRecords). A count lower than
// the tab's rows (a run that died between the two writes) is never taken for a loss. While a rewrite is under way (or
// after a run that died in it) each of the two tabs, the replaced and the rewritten, is checked against its own count,
// and the next write or rebuild settles on the tab it finds.
//
// Another file's. A copy of the spreadsheet ("Tạo bản sao") copies the tab: its header names the spreadsheet it belongs
// to, and a tab of another spreadsheet is read as empty and replaced at the first write. A tab without its header
// (left blank by a run that died making it, its header row deleted) is read as this file's only when this file wrote
// records, and is rewritten whole at the next write.
//
// Records of versions before this tab are script properties of the same keys: read with the tab's (the tab's value
// wins) and moved into the tab by the nightly rebuild (tidyRecords), a few hundred a run.
import { RECORDS_LOST, RECORDS_PROTECTION, TAB, type RecordsLoss } from '../core/messages';
import { toCell } from '../core/table';
import { toText } from '../core/text';
import { cachedPrefixed, deleteRaw, getFreshState, getState, readPrefixed, setState, setStateSoon } from './properties';
import { readValues, writeTable } from './sheets';
import { ensureTab, spreadsheetId, tabNamed } from './tab-cache';
import { spreadsheetAppWrote } from './cell-batch';
import { tabsRead } from './batch-read';
import { flushWithRetry } from './lock';
import { ToolStop } from './errors';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The prefixes of the records kept in the tab (and, before it, in script properties). */
export const RECORD_PREFIXES = ['views.v.', 'proposals.doc.'] as const;

const HEADER_KEY = 'Khóa';
const HEADER_VALUE = 'Nội dung';
/** The third header cell: whose records these are (a copy of the file carries the original's). */
const ownerCell = (id: string) => `Bảng tính ${id}`;
/**
 * The fourth: which rewrite of the tab this is (its EPOCH, also kept in the property "records.epoch"). A tab restored
 * from a version before the tab was last rewritten may hold MORE rows than the count (the old rows the rewrite dropped):
 * its older epoch tells it (review "restore" #2).
 */
const EPOCH_PREFIX = 'Phiên ';

/** Legacy properties moved into the tab per run at most (one deleteProperty call each). */
const MOVE_PER_RUN = 300;
/** Past this many rows more than live keys (and past half of them), the rebuild rewrites the tab. */
const COMPACT_SLACK = 200;
/** The time a rebuild keeps before its deadline to rewrite the tab (review diff16 #1). */
const REWRITE_MARGIN_MS = 60_000;

interface Loaded {
  ss: Spreadsheet;
  /** Latest value by key from the tab ('' deleted), with this execution's writes; empty when it is another file's or missing. */
  tab: Map<string, string>;
  /** Data rows the tab held as read (header excluded), and with this execution's appends. */
  rows: number;
  /** The tab's header names another spreadsheet (a copy's): replaced at the first write. */
  foreign: boolean;
  /**
   * The tab has no header of the tool's (left blank by a run that died making it, its header row deleted or its cells
   * cleared by hand): its rows, if any, are read as records, and the next write rewrites it whole, with its header.
   */
  headerless: boolean;
  /** The tab's epoch as read ('' none). */
  epoch: string;
  /** The tab holds fewer rows than the count kept, or is of an earlier epoch: lost. */
  lost: RecordsLoss | null;
}

let loaded: Loaded | null = null;

function expectedRows(): number {
  return Number(getState('recordsRows') ?? '0') || 0;
}

/**
 * The epochs a tab may have: the current one, and the tab's own while a rewrite is under way ([]: any). A tab without one
 * (made before epochs) is NO_EPOCH.
 */
function acceptedEpochs(): string[] {
  return (getState('recordsEpoch') ?? '').split(' ').filter((e) => e !== '');
}
const NO_EPOCH = '-';
/**
 * The second epoch of a rewrite that replaces no tab of this file's with an epoch (none, another file's, one without its
 * header): the rewrite is still under way, and a tab without an epoch is checked against the count it had.
 */
const NO_TAB = '~';

/**
 * The count a tab of `epoch` (null: it has no header) is checked against. While a rewrite is under way — or after a run
 * that died between writing the rewritten tab and its count — each of the two tabs has its own: the rewritten one's
 * ("records.rows.next"), the replaced one's ("records.rows"). So a row deleted in that state is noticed, and a restored
 * copy of the replaced tab is checked against its own count (review diff16 #1).
 */
function expectedFor(epoch: string | null): number {
  const epochs = acceptedEpochs();
  return epochs.length > 1 && epoch === epochs[0] ? Number(getState('recordsRowsNext') ?? '0') || 0 : expectedRows();
}

/**
 * Reads the tab (one read; none when it is missing). Not `fresh`, a run that listed the tabs before its first write
 * knows without a call when there is none (its listing may be older than another execution's first record: a fresh
 * read, and every write, asks the spreadsheet).
 */
function load(ss: Spreadsheet, fresh: boolean): Loaded {
  const listed = fresh ? null : tabsRead(ss);
  const sheet = listed && !listed.get(TAB.records) ? null : tabNamed(ss, TAB.records);
  const tab = new Map<string, string>();
  let rows = 0;
  let foreign = false;
  let headerless = false;
  let epoch: string | null = null;
  if (sheet) {
    const values = readValues(sheet);
    const header = values[0] ?? [];
    headerless = toText(header[0]) !== HEADER_KEY || toText(header[1]) !== HEADER_VALUE;
    // Without its header, the tab's rows are this file's only if this file has written records (a copy's Thiết lập
    // forgets the count: a copy of a headerless tab is the original's, review diff13 #2).
    foreign = headerless ? values.length > 0 && expectedRows() === 0 : toText(header[2]) !== ownerCell(spreadsheetId(ss));
    if (!headerless && !foreign) epoch = toText(header[3]).slice(EPOCH_PREFIX.length);
    if (!foreign) {
      const first = headerless ? 0 : 1;
      for (let i = first; i < values.length; i++) {
        const key = toText(values[i][0]);
        if (key === '') continue;
        tab.set(key, toText(values[i][1]));
      }
      rows = Math.max(0, values.length - first);
    }
  }
  const expected = expectedFor(epoch);
  const epochs = acceptedEpochs();
  const stale = epoch !== null && epochs.length > 0 && epochs.indexOf(epoch || NO_EPOCH) < 0;
  const lost = stale ? { held: rows, expected, stale } : rows < expected ? { held: rows, expected } : null;
  return (loaded = { ss, tab, rows, foreign, headerless, epoch: epoch ?? '', lost });
}

function current(ss: Spreadsheet): Loaded {
  return loaded && loaded.ss === ss ? loaded : load(ss, false);
}

/**
 * The records whose key starts with `prefix`, as the tab holds them now (read again) with those still in properties
 * (read again first: the count of rows the tab is checked against is among them).
 */
export function readRecords(ss: Spreadsheet, prefix: string): Record<string, string> {
  const legacy = readPrefixed(prefix);
  return merged(load(ss, true), legacy, prefix);
}

/** The same from what this execution read already (no call when it has read the tab and the properties). */
export function cachedRecords(ss: Spreadsheet, prefix: string): Record<string, string> {
  return merged(current(ss), cachedPrefixed(prefix), prefix);
}

function merged(l: Loaded, legacy: Record<string, string>, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(legacy)) if (!l.tab.has(k)) out[k] = legacy[k];
  for (const [k, v] of l.tab) if (v !== '' && k.indexOf(prefix) === 0) out[k] = v;
  return out;
}

/** The tab holds fewer rows than were written to it, or is an older copy: see the file comment. Null when not. */
export function recordsLost(ss: Spreadsheet): RecordsLoss | null {
  return current(ss).lost;
}

/** Records waiting for the execution's next append (putRecords with `later`). */
let waiting: Record<string, string> = {};

/**
 * Appends `values` (key → value; '' deletes a key), with any that wait, below the tab's last row, under the script
 * lock the caller holds, and commits them (SpreadsheetApp.flush) before returning: the caller acts on them next (a
 * record of intent before a Drive file is made). `later`: they wait for the next append or writeWaitingRecords, for a
 * record whose loss costs only work done again (a view's content hash). The count of rows is written with the
 * execution's next property write. Throws when the records are lost (see recordsLost): nothing is recorded over
 * records that are gone.
 */
export function putRecords(ss: Spreadsheet, values: Record<string, string>, later = false): void {
  const l = current(ss);
  for (const k of Object.keys(values)) {
    waiting[k] = values[k];
    // Read back as written from now on.
    l.tab.set(k, values[k]);
  }
  if (!later) writeWaitingRecords(ss);
}

/** Appends the records that wait (putRecords `later`); nothing when none does. */
export function writeWaitingRecords(ss: Spreadsheet): void {
  const keys = Object.keys(waiting);
  if (keys.length === 0) return;
  let l = current(ss);
  if (l.lost) throw new ToolStop(RECORDS_LOST.log(l.lost));
  const lines = keys.map((k) => [k, waiting[k]]);
  let sheet = l.foreign || l.headerless ? null : tabNamed(ss, TAB.records);
  // A rewrite that died between its tab and its count (two epochs accepted): which tab this is decides its count, and
  // this execution may have read it before that rewrite.
  const unsettled = (getFreshState('recordsEpoch') ?? '').indexOf(' ') >= 0;
  if (!sheet || unsettled) {
    // No tab, another file's or one without its header, as this execution read it — or an unsettled rewrite: read
    // again, under the lock it holds (another execution may have made or rewritten it since: rewritten from this
    // execution's older reading, its records would be lost — review diff13 #1), with the records that wait.
    readPrefixed('records.');
    l = load(ss, true);
    for (const k of keys) l.tab.set(k, waiting[k]);
    if (l.lost) throw new ToolStop(RECORDS_LOST.log(l.lost));
    sheet = l.foreign || l.headerless ? null : tabNamed(ss, TAB.records);
    if (!sheet) {
      // Still none of this file's: made anew with what it holds and what waits.
      rewrite(ss, l);
      return;
    }
    // The tab checked against its own epoch's count: settled on it, so that every later write is checked in full.
    if (unsettled) setState({ recordsEpoch: l.epoch || NO_EPOCH, recordsRows: String(l.rows) });
  }
  spreadsheetAppWrote();
  // Where the tab ends now: another execution may have appended, or the rebuild rewritten it, since this one read it;
  // and rows deleted since this execution read it are a loss too (the rebuild writes the shorter tab's count only once
  // that tab is written, so a count above the tab's rows is never its doing).
  const last = sheet.getLastRow();
  const stored = Number(getFreshState('recordsRows') ?? '0') || 0;
  if (last - 1 < stored) {
    l.lost = { held: Math.max(0, last - 1), expected: stored };
    throw new ToolStop(RECORDS_LOST.log(l.lost));
  }
  waiting = {};
  committing(() => {
    if (lines.length === 1) sheet.appendRow(lines[0].map(toCell));
    else {
      const max = sheet.getMaxRows();
      if (last + lines.length > max) sheet.insertRowsAfter(max, last + lines.length - max);
      sheet.getRange(last + 1, 1, lines.length, 2).setValues(lines.map((line) => line.map(toCell)));
    }
  });
  // The tab's rows now, as the spreadsheet has them (not as this execution counted them: a count above the tab's rows
  // would be taken for a loss).
  l.rows = last - 1 + lines.length;
  setStateSoon({ recordsRows: String(l.rows) });
}

/**
 * Runs `write` (writes to the tab of records) and commits them (flushWithRetry) — also when it throws: a write that
 * threw may have gone in, in part, and the lock the caller holds goes next (withLedgerLock flushes nothing of its own);
 * the next holder must read the tab as it is (a fault sweep found the lock let go with the rows still queued). The
 * write's own error is the one thrown.
 */
function committing(write: () => void): void {
  try {
    write();
  } catch (err) {
    try {
      flushWithRetry();
    } catch {
      // The write's error says what failed.
    }
    throw err;
  }
  flushWithRetry();
}

/**
 * Moves a record to another key: its value under `to` and the deletion of `from`, appended in one write, committed now
 * (a run dying after it finds the record under its new key only).
 */
export function moveRecord(ss: Spreadsheet, from: string, to: string, value: string): void {
  putRecords(ss, { [to]: value, [from]: '' });
  // A key still in properties (not moved into the tab yet) goes too: else it would be read again once the tab is tidied.
  if (cachedPrefixed(from)[from] !== undefined) deleteRaw([from]);
}

/** Deletes records (appends their deletion). */
export function dropRecords(ss: Spreadsheet, keys: readonly string[]): void {
  const values: Record<string, string> = {};
  for (const k of keys) values[k] = '';
  putRecords(ss, values);
  // A key still in properties (not moved yet) goes too: else it would be read again.
  const legacy = keys.filter((k) => cachedPrefixed(k)[k] !== undefined);
  if (legacy.length) deleteRaw(legacy);
}

/**
 * The tab rewritten with one row per live key (made, when missing or another file's), under a new epoch. The property
 * first accepts both the new epoch and the tab's own, with the new tab's count beside the old one, then, once the tab is
 * written, the new epoch alone and its count: a run dying in between leaves the old tab, still checked against its own
 * count (never lowered first: review diff15 #1), or the new one, checked against its own (review diff16 #1).
 */
function rewrite(ss: Spreadsheet, l: Loaded): void {
  const rows: string[][] = [];
  for (const [k, v] of l.tab) if (v !== '') rows.push([k, v]);
  const epoch = Utilities.getUuid().slice(0, 8);
  // The tab's own epoch, as read (review diff14 #1: not the property's, which a rewrite that failed before its tab was
  // written has already moved on); none to keep for a tab that is not this file's, or has no header.
  const before = l.foreign || l.headerless ? NO_TAB : l.epoch || NO_EPOCH;
  // With the new tab's count: a run that throws or dies once the tab is written — or may be (a write that threw after
  // its values went in, a flush that failed) — leaves each tab checked against its own count, and the next write or
  // rebuild settles on the tab it finds. (Putting the old epoch back on a throw took a tab already rewritten for an
  // older copy: review diff17 #1.)
  setState({ recordsEpoch: `${epoch} ${before}`, recordsRowsNext: String(rows.length) });
  committing(() => {
    const { sheet, created } = ensureTab(ss, TAB.records);
    writeTable(sheet, [HEADER_KEY, HEADER_VALUE, ownerCell(spreadsheetId(ss)), EPOCH_PREFIX + epoch], rows.map((r) => [r[0], r[1], '', '']), { frozenRows: 1, protectWithWarning: RECORDS_PROTECTION, minRows: rows.length + 1 + 50 });
    if (created || !sheet.isSheetHidden()) sheet.hideSheet();
  });
  setState({ recordsEpoch: epoch, recordsRows: String(rows.length) });
  waiting = {};
  for (const k of [...l.tab.keys()]) if (l.tab.get(k) === '') l.tab.delete(k);
  loaded = { ss, tab: l.tab, rows: rows.length, foreign: false, headerless: false, epoch, lost: null };
}

/**
 * For the nightly rebuild, under the lock: moves records still in script properties into the tab (MOVE_PER_RUN a
 * run), then rewrites the tab when it holds many rows of old values. Nothing while the records are lost.
 */
export function tidyRecords(ss: Spreadsheet, deadline: number): void {
  const l = current(ss);
  if (l.lost) return;
  // A rewrite that died between its two property writes: settled on the tab as it is (not lost: checked against its own
  // epoch's count), its epoch and its rows.
  const epochs = acceptedEpochs();
  if (epochs.length > 1 && !l.foreign && !l.headerless) setState({ recordsEpoch: l.epoch || NO_EPOCH, recordsRows: String(l.rows) });
  const legacy: Record<string, string> = {};
  for (const p of RECORD_PREFIXES) Object.assign(legacy, cachedPrefixed(p));
  const keys = Object.keys(legacy).slice(0, MOVE_PER_RUN);
  if (keys.length) {
    const moving: Record<string, string> = {};
    for (const k of keys) if (!l.tab.has(k)) moving[k] = legacy[k];
    putRecords(ss, moving);
    // In the tab now (committed): the properties go, one call each.
    for (const k of keys) {
      if (Date.now() >= deadline) break;
      deleteRaw([k]);
    }
  }
  // Not while records wait in properties (more than a run moves, or some not deleted in time): a key deleted in the tab
  // but still there would come back with its row.
  if (RECORD_PREFIXES.some((p) => Object.keys(cachedPrefixed(p)).length > 0)) return;
  let live = 0;
  for (const v of l.tab.values()) if (v !== '') live++;
  // The compaction can wait a night when the run is near its end: a large tab's write and flush could outlast it.
  const compact = l.rows > live + Math.max(COMPACT_SLACK, live / 2) && deadline - Date.now() > REWRITE_MARGIN_MS;
  if (l.foreign || l.headerless || compact) rewrite(ss, l);
}

/**
 * For "Thiết lập", when the person chose to go on from the tab as it stands (the whole file restored to an earlier
 * version): its count is taken as it is. The tool may then make again what the lost rows recorded.
 */
export function resumeRecords(ss: Spreadsheet): void {
  const l = current(ss);
  if (!l.lost) return;
  // The tab as it stands is taken: its rows, and its epoch (a tab without one: any).
  setState({ recordsRows: String(l.rows), recordsEpoch: l.epoch || NO_EPOCH, recordsResumed: '1' });
  l.lost = null;
}

/**
 * The office went on from records that had lost rows (resumeRecords): a view without a record may exist, made before
 * the loss, and is looked for by its name before one is created.
 */
export function recordsResumed(): boolean {
  return getState('recordsResumed') === '1';
}
