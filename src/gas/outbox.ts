// Sending through the outbox: record, act, confirm (the rule and the ambiguous window: core/outbox.ts).
// - The outbox's rows live in the hidden, protected tab "Sổ thư (hệ thống)" (the record) and are shown in
//   "Hộp thư đi" (a protected view, rewritten from the record; clearing or deleting it changes nothing). The view
//   is read only when the record tab itself is gone.
// - Each e-mail is marked in the script property "mail.journal" just before MailApp.sendEmail ("sending") and just
//   after ("sent": with the next e-mail's "sending" mark, or alone after the last); the tabs are rewritten every
//   COMMIT_EVERY e-mails (then the marks are emptied) and at the end (then the marks are dropped by the next run, once
//   it has read them back from the tabs; that journal write waits for the run's next property write — or, when a
//   submission's rows went in its batch's call, which returns committed, by that run itself: commitOutbox).
// - The property also keeps how many entries the tabs held: a record found shorter was lost (tab deleted), and then
//   nothing is sent — sending from a lost record would send every e-mail ever sent again.
// - A submission reads only its part of the record (openOutbox with a scope): the header, the rows of its own
//   registration and the rows the journal still has marks for, found by a search (TextFinder) of the record's first
//   columns — a few cells whatever the size of the office (an edit finds them in the record's column of refs, and of
//   keys when marks are left, read in its one batch read of key columns: a cell or two per e-mail, one call). It plans, sends and writes only those rows: a changed row
//   in place, by the row it was found at, a new one after the record's last row, in the record and the view alike.
//   Anything a part cannot be sure of (the record or the view missing, their last rows not the journal's count, a
//   header of another layout, too many rows found, a mark whose row is not found, a registration coded before the run
//   without a row, a row it may change not shown at the same place in the view) makes it read the record whole, as
//   every other job does, and rewrite both tabs whole. A part is never written whole.
import { capEmail, type Email } from '../core/emails';
import { MAIL_RECORD_PROTECTION, OUTBOX_HEADER, OUTBOX_NOTE, OUTBOX_PROTECTION, TAB } from '../core/messages';
import {
  MAX_ATTEMPTS,
  MAX_RECIPIENTS_PER_MESSAGE,
  QUOTA_RUN_MARGIN_MS,
  firstPartKey,
  partCount,
  partNumber,
  recipientGroups,
  recipientList,
  splitEntry,
  withinShare,
  dueEntries,
  isDue,
  isOpen,
  isOutboxHeader,
  markOf,
  mayHaveGone,
  mayChange,
  journalText,
  mailQuotaText,
  parseMailQuota,
  quotaBackAt,
  quotaTime,
  quotaWindow,
  retryAt,
  type MailQuotaState,
  outboxFromRows,
  outboxToRows,
  parseJournal,
  recipientCount,
  retire,
  rowBlocks,
  searchableRef,
  settleJournal,
  wholeCellPattern,
  type MailJournal,
  type OutboxEntry,
} from '../core/outbox';
import { errorMessage } from './errors';
import { getLockedState, setState, setStateSoon } from './properties';
import { toCell } from '../core/table';
import { isAlreadyClean, toText } from '../core/text';
import { readValues, writeTable } from './sheets';
import { GROW_ROWS, growRows, putCells } from './rows';
import { batchTarget, commitOpenBatch, spreadsheetAppWrote } from './cell-batch';
import { listedGrid, tabsRead, type TabsRead } from './batch-read';
import { columnLetter } from '../core/summaries';
import { ensureTab, tabNamed } from './tab-cache';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** E-mails between two writes of the tabs: bounds the journal property (~200 bytes a mark) well under 9 KB… */
const COMMIT_EVERY = 20;
/** …and at most this many characters (a property value may hold 9 KB). */
const JOURNAL_MAX = 6000;

export interface Outbox {
  entries: OutboxEntry[];
  journal: MailJournal;
  /**
   * The record holds fewer entries than it was last written with (it was lost), or fewer sent ones (`sent`: an older
   * copy, every row there): nothing may be sent.
   */
  lost: { held: number; expected: number; sent?: { held: number; expected: number } } | null;
  /** The tabs differ from `entries` (marks to fold in, a tab missing). */
  dirty: boolean;
  /** Keys of e-mails cut off in the ambiguous window (sent again once). */
  interrupted: string[];
  /**
   * What both tabs hold, row for row from row 2 (or, for a part, at the rows `part.rows`), when that is known (the
   * record read had no blank row, the view exists, nothing to fold in): a commit may then write only the rows that
   * changed. Null: a commit rewrites both.
   */
  written: readonly OutboxEntry[] | null;
  /** Set when only part of the record was read: then `entries` are that part, and only their rows are ever written. */
  part: OutboxPart | null;
}

/** Where the entries of a part stand in both tabs. */
interface OutboxPart {
  /** The row of each entry of `written`, in both tabs. */
  rows: number[];
  /** The last row with content of both tabs (the header's row when none). */
  last: number;
  /** The grids' heights: the record's, the view's. */
  grids: [number, number];
  /** Rows the view was found to show the same e-mail at (those a run may change). */
  checked: Set<number>;
}

/** What a submission's outbox is read for: the refs (registration codes) of the e-mails it plans. */
export interface OutboxScope {
  refs: readonly string[];
  /** The record's first row when the caller read it already (a submission's batch read: text only). */
  header?: readonly unknown[];
  /**
   * Refs given before this run (a registration edited, or its trigger fired again): the record holds a row of theirs
   * (their first confirmation). None found, the record was changed by hand (a row cleared) and is read whole. The
   * other refs were made by this run (new codes: the counter never gives one twice): no row holds them, none is sought.
   */
  known?: readonly string[];
}

/** Cells a part's search may find (each found row costs a few calls); past it the record is read whole. */
const FOUND_MAX = 20;
/** Rows found this close (at most this many rows between) are read as one block. */
const BLOCK_GAP = 5;

/**
 * Reads the record (or, when that tab is gone, the view) and folds in the journal's marks. With a `scope` (a
 * submission), only the part of the record the scope's e-mails and the marks are in, when it can be found for certain
 * (see the top of this file); the whole record otherwise.
 */
export function openOutbox(ss: Spreadsheet, scope?: OutboxScope): Outbox {
  const text = getLockedState('mailJournal');
  if (scope) {
    const part = openPart(ss, text, scope.refs, scope.header, scope.known ?? []);
    if (part !== null && part !== 'view') return part;
    // A part that could not be read for certain may have met a view out of step with the record (sorted by hand): the
    // whole read's commit then rewrites both tabs, never a row of the view by its place.
    return openWhole(ss, text, true);
  }
  return openWhole(ss, text, false);
}

/** The whole record; `viewSuspect`: the view was found out of step with it (a commit then rewrites both whole). */
function openWhole(ss: Spreadsheet, text: string | null, viewSuspect: boolean): Outbox {
  const journal = parseJournal(text);
  const record = tabNamed(ss, TAB.mailRecord);
  const view = tabNamed(ss, TAB.outbox);
  const source = record ?? view;
  const values = source ? readValues(source) : [];
  const held = outboxFromRows(values);
  const settled = settleJournal(held, journal.open);
  // Sent as the record shows them with the journal's marks folded in (a record a step behind its marks is not older).
  const heldSent = journal.sent === undefined ? 0 : settled.entries.reduce((n, e) => (e.status === 'sent' ? n + 1 : n), 0);
  const lost =
    held.length < journal.rows
      ? { held: held.length, expected: journal.rows }
      : journal.sent !== undefined && heldSent < journal.sent
        ? { held: held.length, expected: journal.rows, sent: { held: heldSent, expected: journal.sent } }
        : null;
  // Marks the tabs already reflect have done their work: dropped from the journal at its next write.
  const byKey = new Map(held.map((e) => [e.key, e]));
  for (const key of Object.keys(journal.open)) if (byKey.get(key)?.status === 'sent') delete journal.open[key];
  const changed = settled.entries.length !== held.length || settled.entries.some((e, i) => e !== held[i]);
  // A record of an earlier layout (fewer columns: review r81x) is rewritten whole with the current header.
  const oldLayout = values.length > 0 && !isOutboxHeader(values[0]);
  const dirty = !record || !view || changed || viewSuspect || oldLayout;
  const written = !dirty && held.length === Math.max(values.length - 1, 0) ? held : null;
  return { entries: settled.entries, journal, lost, dirty, interrupted: settled.interrupted, written, part: null };
}

/**
 * The area of a tab of `cols` columns from row `last` (1-based) down: its values, as the Sheets service gives them
 * (trailing empty rows left out), are one row exactly when `last` is the tab's last row with content — what
 * getLastRow() === last says, with no call of its own when read with a run's other reads.
 */
function tailA1(last: number, cols: number): string {
  return `A${last}:${columnLetter(cols)}`;
}

/**
 * The tails of the record and the view a submission's part is checked by (openPart: their last row is the journal's
 * count), to go in the run's batch read (src/gas/office.ts readSubmissionListed) — each only when the journal counts
 * rows and its grid has the row (an area past the grid would fail the whole read; such a tab cannot end there).
 */
export function outboxTails(read: TabsRead): Array<{ tab: string; a1: string }> {
  const rows = parseJournal(getLockedState('mailJournal')).rows;
  if (rows < 1) return [];
  const areas: Array<{ tab: string; a1: string }> = [];
  for (const name of [TAB.mailRecord, TAB.outbox]) {
    const tab = read.get(name);
    if (tab && rows + 1 <= tab.rows) areas.push({ tab: name, a1: tailA1(rows + 1, tab.cols) });
  }
  return areas;
}

/**
 * Row `last` is the last row with content of `sheet` (the tab `name`): from its tail in the run's batch read
 * (outboxTails), else by getLastRow.
 */
function endsAt(read: TabsRead | null, sheet: GoogleAppsScript.Spreadsheet.Sheet, name: string, last: number): boolean {
  const tab = read?.get(name);
  const tail = read && tab ? read.takeArea(name, tailA1(last, tab.cols)) : undefined;
  if (tail !== undefined) return tail.length === 1;
  return sheet.getLastRow() === last;
}

/** The record's columns of refs and of keys below its header (OUTBOX_HEADER: "Liên quan", "Mã thư"). */
const REFS_AREA = 'C2:C';
const KEYS_AREA = 'A2:A';

/**
 * The record's column of refs (and of keys, when the journal has marks to find), for an edit's batch read of its key
 * columns (src/jobs/intake.ts fetchEditKeys): its part is then found in them, not by a search. Only when a part may be
 * read (the journal counts rows) and the record's grid has a row below its header (a range past the grid would fail
 * the whole read).
 */
export function outboxKeyAreas(read: TabsRead): Array<{ tab: string; a1: string }> {
  const journal = parseJournal(getLockedState('mailJournal'));
  if (journal.rows < 1 || (read.get(TAB.mailRecord)?.rows ?? 0) < 2) return [];
  const areas = [{ tab: TAB.mailRecord, a1: REFS_AREA }];
  if (Object.keys(journal.open).length > 0) areas.push({ tab: TAB.mailRecord, a1: KEYS_AREA });
  return areas;
}

/**
 * The rows (2 to `last`) whose ref is one of `refs` or whose key is one of `marks`, exactly, top to bottom, from the
 * columns the run's batch read (outboxKeyAreas): what the search of the record's first columns keeps of what it finds
 * (openPart). Undefined when a column needed was not read (the search finds them); null past FOUND_MAX (the whole read
 * decides).
 */
function rowsReadHolding(read: TabsRead, refs: ReadonlySet<string>, marks: ReadonlySet<string>, last: number): number[] | null | undefined {
  const refCells = read.takeArea(TAB.mailRecord, REFS_AREA);
  const keyCells = read.takeArea(TAB.mailRecord, KEYS_AREA);
  if (!refCells || (marks.size > 0 && !keyCells)) return undefined;
  const rows: number[] = [];
  // A cell's text (toText) is one of `wanted`. A clean string (isAlreadyClean: most cells, codes and keys as the tool
  // writes them) is its own text and is compared as read; only another value goes through toText (a closure, a
  // try/catch and cleanText's calls per cell: this loop is over every row of the record, as the rows it reads).
  // Without marks, the keys are not looked at.
  const holds = (wanted: ReadonlySet<string>, v: unknown) => (typeof v === 'string' && isAlreadyClean(v) ? wanted.has(v) : wanted.has(toText(v ?? '')));
  const end = Math.min(last - 1, Math.max(refCells.length, keyCells?.length ?? 0));
  for (let i = 0; i < end; i++) {
    if (!holds(refs, refCells[i]?.[0]) && !(marks.size > 0 && holds(marks, keyCells?.[i]?.[0]))) continue;
    rows.push(i + 2);
    if (rows.length > FOUND_MAX) return null;
  }
  return rows;
}

const hasMark = (journal: MailJournal, key: string) => Object.prototype.hasOwnProperty.call(journal.open, key);

/**
 * The part of the record a submission needs, or null when it cannot be found for certain ('view': the view is out of
 * step with the record). Reads, in this order: both tabs' last rows, the record's header, one search of its first
 * three columns (key, kind, ref) for the refs and the marks' keys, the rows found (in blocks), and, for a row a run
 * may change, the view's key at that row. Every read comes before the run's first write. (Both tabs' last rows are
 * said by their tails in the run's batch read when it has them: outboxTails; an edit's rows are found in the columns
 * of refs and keys its batch read of key columns holds, with no search: outboxKeyAreas.)
 */
function openPart(ss: Spreadsheet, text: string | null, refs: readonly string[], read: readonly unknown[] | undefined, known: readonly string[]): Outbox | 'view' | null {
  if (!refs.every(searchableRef)) return null;
  const journal = parseJournal(text);
  // An empty record (or a journal from before the count was kept) is read whole: it is small, or it says nothing.
  if (journal.rows < 1) return null;
  const record = tabNamed(ss, TAB.mailRecord);
  const view = tabNamed(ss, TAB.outbox);
  if (!record || !view) return null;
  // The record's last row is the journal's count: no row deleted, the last one cleared, a row inserted or typed below
  // since its last write (a shorter record read whole is a lost one, and then nothing is sent). A row cleared above
  // the last: see `known` below. Said by the run's batch read when it read the tabs' tails (outboxTails), else asked.
  const last = journal.rows + 1;
  const listing = tabsRead(ss);
  if (!endsAt(listing, record, TAB.mailRecord, last)) return null;
  // The view shows as many rows: a row written after the last is written after the view's last too.
  if (!endsAt(listing, view, TAB.outbox, last)) return 'view';
  const width = OUTBOX_HEADER.length;
  const header = read && read.length > 0 ? Array.from({ length: width }, (_, i) => read[i] ?? '') : record.getRange(1, 1, 1, width).getValues()[0];
  if (!isOutboxHeader(header)) return null;
  const marks = Object.keys(journal.open);
  const wanted = [...refs.filter((r) => known.includes(r)), ...marks];
  let rows: number[] = [];
  // An edit read the record's refs (and keys) with its key columns (outboxKeyAreas): its rows are found in them.
  const inColumns = listing && wanted.length > 0 ? rowsReadHolding(listing, new Set(refs.filter((r) => known.includes(r))), new Set(marks), last) : undefined;
  if (inColumns === null) return null;
  if (inColumns !== undefined) rows = inColumns;
  else if (wanted.length > 0) {
    // Whole cells: the pattern is anchored (^…$ around the cell's text, in RE2 as in JavaScript), which is what
    // matchEntireCell would add. Case is not matched: the rows found are checked.
    const found = record.getRange(2, 1, last - 1, 3).createTextFinder(wholeCellPattern(wanted)).useRegularExpression(true).findAll();
    if (found.length > FOUND_MAX) return null;
    rows = found.map((r) => r.getRow());
  }
  const lines = new Map<number, unknown[]>();
  // Each block (and below, the view's key at a row) in one getSheetValues, where getRange and getValues are two calls.
  for (const [from, to] of rowBlocks(rows, BLOCK_GAP)) {
    const block = record.getSheetValues(from, 1, to - from + 1, width);
    for (const r of rows) if (r >= from && r <= to) lines.set(r, block[r - from]);
  }
  const refSet = new Set(refs);
  const held: OutboxEntry[] = [];
  const at: number[] = [];
  for (const [r, line] of [...lines].sort((a, b) => a[0] - b[0])) {
    const [e] = outboxFromRows([header, line]);
    // A found row without a key: the record is not as the tool wrote it.
    if (!e) return null;
    // Found by another column or case: not one of these e-mails.
    if (!refSet.has(e.ref) && !hasMark(journal, e.key)) continue;
    // An e-mail in two rows: the whole read decides.
    if (held.some((h) => h.key === e.key)) return null;
    held.push(e);
    at.push(r);
  }
  // A mark whose row the record does not hold (a run that died before writing it): the whole read restores it.
  if (marks.some((k) => !held.some((e) => e.key === k))) return null;
  // A registration known before this run without a row: the record lost rows (cleared by hand); the whole read says so.
  if (known.some((ref) => !held.some((e) => e.ref === ref))) return null;
  const settled = settleJournal(held, journal.open);
  for (const e of held) if (e.status === 'sent') delete journal.open[e.key];
  const changed = settled.entries.some((e, i) => e !== held[i]);
  // A row the run may rewrite must show the same e-mail in the view (a person may have sorted the view).
  const checked = new Set<number>();
  for (let i = 0; i < held.length; i++) {
    if (settled.entries[i] === held[i] && !mayChange(held[i])) continue;
    if (toText(view.getSheetValues(at[i], 1, 1, 1)[0][0]) !== held[i].key) return 'view';
    checked.add(at[i]);
  }
  // The grids (from the run's listing when it has them), for the rows a run appends.
  const grids: [number, number] = [listedGrid(record)?.rows ?? record.getMaxRows(), listedGrid(view)?.rows ?? view.getMaxRows()];
  return {
    entries: settled.entries,
    journal,
    lost: null,
    dirty: changed,
    interrupted: settled.interrupted,
    written: held,
    part: { rows: at, last, grids, checked },
  };
}

/** Past this many changed rows the tabs are rewritten whole in one setValues each. */
const ROW_WRITES_MAX = 10;

/**
 * The rows of `entries` that differ from what the tabs hold (`written`, row for row): entries keep their order and
 * new ones come last (core/outbox.ts enqueue), so a submission changes a row or two and appends one. Null when the
 * order differs or too much changed: the tabs are rewritten whole.
 */
function rowChanges(written: readonly OutboxEntry[], entries: readonly OutboxEntry[]): { update: number[]; append: number } | null {
  if (entries.length < written.length) return null;
  const update: number[] = [];
  for (let i = 0; i < written.length; i++) {
    if (entries[i] === written[i]) continue;
    if (entries[i].key !== written[i].key) return null;
    update.push(i);
  }
  const append = entries.length - written.length;
  return update.length + (append > 0 ? 1 : 0) > ROW_WRITES_MAX ? null : { update, append };
}

/** Writes the changed rows of the record and the view (their sizes read first: a read after writes costs a flush). */
function writeRows(ss: Spreadsheet, rows: readonly unknown[][], written: number, change: { update: number[]; append: number }): boolean {
  const record = tabNamed(ss, TAB.mailRecord);
  const view = tabNamed(ss, TAB.outbox);
  if (!record || !view) return false;
  const tabs = [record, view].map((sheet) => ({ sheet, maxRows: listedGrid(sheet)?.rows ?? sheet.getMaxRows() }));
  const width = rows.length ? rows[0].length : 0;
  const line = (i: number) => rows[i].map(toCell);
  spreadsheetAppWrote();
  for (const { sheet, maxRows } of tabs) {
    for (const i of change.update) sheet.getRange(i + 2, 1, 1, width).setValues([line(i)]);
    if (change.append > 0) {
      const last = written + 1 + change.append;
      if (last > maxRows) sheet.insertRowsAfter(maxRows, Math.max(last - maxRows, GROW_ROWS));
      const added: unknown[][] = [];
      for (let i = written; i < written + change.append; i++) added.push(line(i));
      sheet.getRange(written + 2, 1, change.append, width).setValues(added);
    }
  }
  return true;
}

/**
 * Writes a part's changes: a changed entry over the row it was found at, new entries after the last row, in the record
 * and the view (a changed row the view was not checked at is left to the view's next whole rewrite). Never writes a
 * part whole. Then the part is what the tabs hold. True when its rows went into the open batch of the Sheets service
 * (or there were none): committed with it, not by a flush.
 */
function writePart(ss: Spreadsheet, box: Outbox, entries: readonly OutboxEntry[]): boolean {
  const part = box.part!;
  const held = box.written ?? [];
  const rowOf = new Map<string, number>();
  held.forEach((e, i) => rowOf.set(e.key, part.rows[i]));
  const before = new Map(held.map((e) => [e.key, e]));
  const updates: Array<{ row: number; entry: OutboxEntry }> = [];
  const added: OutboxEntry[] = [];
  for (const e of entries) {
    const row = rowOf.get(e.key);
    if (row === undefined) added.push(e);
    else if (before.get(e.key) !== e) updates.push({ row, entry: e });
  }
  if (updates.length === 0 && added.length === 0) return true;
  const record = tabNamed(ss, TAB.mailRecord);
  const view = tabNamed(ss, TAB.outbox);
  if (!record || !view) throw new Error('outbox: a tab of the part read is gone');
  const line = (e: OutboxEntry) => outboxToRows([e]).rows[0];
  // Into the submission's open batch of the Sheets service (src/gas/cell-batch.ts) when it has both tabs: committed by
  // commitOutbox in the same call as the submission's other rows, and nothing is left for the lock's flush (a batch
  // and no flush: 300 ms where 4 buffered writes and the flush took ~700, emulator/latency.ts). Else through
  // SpreadsheetApp, committed by the run's flush.
  const from = part.last + 1;
  const end = part.last + added.length;
  const targets = [batchTarget(record), batchTarget(view)];
  const batched = targets.every((t) => t !== null);
  [record, view].forEach((sheet, t) => {
    const target = batched ? targets[t] : null;
    for (const u of updates) if (t === 0 || part.checked.has(u.row)) putCells(sheet, target, u.row, 1, [line(u.entry)]);
    if (added.length === 0) return;
    const maxRows = part.grids[t];
    if (end > maxRows) {
      const grow = Math.max(end - maxRows, GROW_ROWS);
      growRows(sheet, target, maxRows, grow);
      part.grids[t] = maxRows + grow;
    }
    putCells(sheet, target, from, 1, added.map(line));
  });
  const now = new Map(entries.map((e) => [e.key, e]));
  box.written = [...held.map((e) => now.get(e.key) ?? e), ...added];
  part.rows = [...part.rows, ...added.map((_, i) => from + i)];
  // Rows this run appended to both tabs show the same e-mail in both: a later commit of the run updates them in both.
  for (let r = from; r <= end; r++) part.checked.add(r);
  part.last = end;
  return batched;
}

const OUTBOX_WIDTHS = [240, 170, 90, 200, 360, 80, 130, 130, 70, 300, 130, 90];

/**
 * Rewrites the record, then the view. With `forget`, the tabs are flushed and the journal's marks emptied (they are
 * in the tabs now); without it (the end of a run: its rows committed here when they went into a submission's batch,
 * else by the flush before the lock's release) the marks stay until the next
 * run has read them back from the tabs — so a mark is never forgotten before its row is certainly written. A part
 * (`box.part`) writes only its rows; otherwise `rowWise` (a submission) writes only the rows that changed when the
 * tabs are known to hold `box.written`.
 */
export function commitOutbox(ss: Spreadsheet, box: Outbox, entries: OutboxEntry[], forget: boolean, rowWise = false): void {
  const journal = box.journal;
  if (box.part) {
    const batched = writePart(ss, box, entries);
    // Rows put into a submission's batch are committed before the count that says the record holds them is recorded
    // (a count above the record's rows would stop every e-mail).
    commitOpenBatch();
    journal.rows = box.part.last - 1;
    // The batch's call returned: the record holds every entry of the part now, certainly (a write through
    // SpreadsheetApp is certain only after the lock's flush). The mark of an e-mail it shows sent has done its work and
    // goes with this journal write, as the next run's read would drop it (openPart, by the same rule): that run then
    // seeks no row for it (a search and a read of the row fewer). The mark of an e-mail not shown sent stays.
    if (batched) for (const e of entries) if (e.status === 'sent') delete journal.open[e.key];
  } else {
    const { header, rows } = outboxToRows(entries);
    // A few rows changed (a submission's confirmation): only those are written, in both tabs.
    const written = rowWise ? box.written : null;
    const change = written ? rowChanges(written, entries) : null;
    if (!change || !writeRows(ss, rows, written!.length, change)) {
      spreadsheetAppWrote();
      const record = ensureTab(ss, TAB.mailRecord);
      writeTable(record.sheet, header, rows, { frozenRows: 1, minRows: rows.length + 1 + GROW_ROWS });
      if (record.created) {
        record.sheet.protect().setDescription(MAIL_RECORD_PROTECTION);
        record.sheet.hideSheet();
      }
      writeTable(ensureTab(ss, TAB.outbox).sheet, header, rows, { frozenRows: 1, widths: OUTBOX_WIDTHS, protectWithWarning: OUTBOX_PROTECTION, minRows: rows.length + 1 + GROW_ROWS });
    }
    // What the tabs hold is no longer known row for row: a later commit of this run rewrites them whole.
    box.written = null;
    journal.rows = entries.length;
    journal.sent = entries.reduce((n, e) => (e.status === 'sent' ? n + 1 : n), 0);
  }
  if (forget) {
    SpreadsheetApp.flush();
    journal.open = {};
  }
  // At the end of a run (not `forget`) every mark is in the store already (sendDue writes the last "sent" right after
  // its e-mail): what changes here is housekeeping (the row count, marks the tabs show), so it goes with the run's next
  // property write, its health record (setStateSoon).
  if (forget) setState({ mailJournal: journalText(journal) });
  else setStateSoon({ mailJournal: journalText(journal) });
}

/**
 * `due` refused at its try `attempt` (Google's words `message`; `composing`: the tool's own composing failed): failed,
 * tried again at its retry time (core/outbox.ts retryAt: spread over about a day), or given up after MAX_ATTEMPTS — the
 * address not blamed (a refusal's wording is never read: it may have been an outage). One a stopped run may have sent
 * keeps that fact (its column, and its note: review r81x F3).
 */
function refused(due: OutboxEntry, attempt: number, message: string, composing: boolean): OutboxEntry {
  const maybe = mayHaveGone(due);
  const base: OutboxEntry = { ...due, status: 'failed', attempts: attempt, ...(maybe ? { maybeSent: true as const } : {}) };
  if (attempt >= MAX_ATTEMPTS) {
    const note = OUTBOX_NOTE.gaveUp(attempt, message);
    return { ...base, retryAt: null, note: maybe ? `${note} ${OUTBOX_NOTE.notResent}` : note };
  }
  const at = retryAt(due, attempt, Date.now());
  const when = quotaTime(at.getTime());
  const note = composing ? OUTBOX_NOTE.composeError(message, when) : OUTBOX_NOTE.error(message, when, attempt, MAX_ATTEMPTS);
  return { ...base, retryAt: at, note: maybe ? `${note} ${OUTBOX_NOTE.interrupted}` : note };
}

function writeJournal(journal: MailJournal, quota?: MailQuotaState): void {
  setState(quota ? { mailJournal: journalText(journal), mailQuota: mailQuotaText(quota) } : { mailJournal: journalText(journal) });
}

/** The recipients MailApp will still accept today; 0 when even that cannot be read. */
function remainingQuota(): number {
  try {
    return MailApp.getRemainingDailyQuota();
  } catch {
    return 0;
  }
}

/**
 * Sends the due entries (core/outbox.ts dueEntries: by kind, then oldest first) while the quota and the time (until
 * `deadline`, epoch ms) last; `compose` builds each message now (null: nothing to send now; undefined: a kind this run
 * does not compose). Every e-mail is marked before and after it goes; the tabs are rewritten every COMMIT_EVERY e-mails.
 * A fault of the record stops the loop (what is left goes on the next run); `onCommit` is told what each of those
 * writes recorded. Returns the updated entries (not yet
 * written to the tabs: the caller commits them), how many went, whether a fault stopped it, the quota's window as the
 * run leaves it and the state of it the run found (`quotaKept`, src/jobs/mailing.ts).
 */
export function sendDue(
  ss: Spreadsheet,
  box: Outbox,
  entries: OutboxEntry[],
  compose: (e: OutboxEntry, outbox: ReadonlyMap<string, OutboxEntry>) => Email | null | undefined,
  senderName: string,
  deadline: number,
  onCommit: (entries: readonly OutboxEntry[]) => void = () => {},
  triesWaitingNow?: () => boolean,
): { entries: OutboxEntry[]; sent: number; stopped: boolean; quota: MailQuotaState; quotaKept: string | null; left: number; waited: boolean } {
  const byKey = new Map(entries.map((e) => [e.key, e]));
  /** The entries in the record's order, with the parts this run split e-mails into (core/outbox.ts splitEntry) at the end. */
  const order = entries.slice();
  /** A fault of the record stopped the loop: what was due and is left goes on the next run. */
  let stopped = false;
  const current = () => order.map((e) => byKey.get(e.key)!);
  const journal = box.journal;
  let sent = 0;
  let sinceCommit = 0;
  /** The journal in memory holds marks not written yet. */
  let unconfirmed = false;
  let quota: number;
  try {
    quota = MailApp.getRemainingDailyQuota();
  } catch {
    // Not known (the service failing in passing): nothing is sent or marked this run; stopped, so a run comes back soon.
    const kept = getLockedState('mailQuota');
    return { entries, sent: 0, stopped: true, quota: parseMailQuota(kept), quotaKept: kept, left: 0, waited: false };
  }
  // The quota's window: when it opened (the first e-mail of this run opens it when the quota is found whole), so that
  // an e-mail left waiting says when it goes (the run that sends it is scheduled then: src/jobs/mailing.ts).
  const quotaKept = getLockedState('mailQuota');
  let window = quotaWindow(parseMailQuota(quotaKept), quota, Date.now());
  /** The window's start is new and not yet written (it goes with the next journal write). */
  let windowUnwritten = window.start !== null && window.start !== parseMailQuota(quotaKept).start;
  const waitNote = () => OUTBOX_NOTE.quota(quotaTime(quotaBackAt(window, Date.now()) + QUOTA_RUN_MARGIN_MS));
  /** Some entry was left waiting for the quota by this run (it had too little left for it). */
  let waited = false;
  /**
   * Leaves `due` waiting for the quota (unchanged when its note says so already: its row is then not written again). One
   * a stopped run may have sent keeps saying so after the wait (review quotaday #3): sent, it is noted "maybe twice".
   */
  const wait = (due: OutboxEntry) => {
    waited = true;
    const note = mayHaveGone(due) ? `${waitNote()} ${OUTBOX_NOTE.interrupted}` : waitNote();
    if (due.note !== note) byKey.set(due.key, { ...due, note });
  };
  /**
   * The execution's time ran short: what is due and left stays pending for the next run, saying so (review scale L1: a
   * large office's reminders sat "Chờ gửi" without a word). No run is scheduled for it: the one that would send it is
   * a rebuild, which at that size takes most of a run's time itself.
   */
  let timeUp = false;
  // A person's run chosen to send now (triesWaitingNow: "Cập nhật tổng hợp" from the menu, which "Kết thúc giai đoạn…"
  // tells the office to choose) tries a refused e-mail waiting for its retry time too: the outage may be over, and else
  // nothing the office can do sends it for hours (review d81c F1). Asked only when such an e-mail waits.
  const startedAt = Date.now();
  const waitingRetry = triesWaitingNow !== undefined && entries.some((e) => isOpen(e) && !isDue(e, startedAt));
  const queue = dueEntries(entries, waitingRetry && triesWaitingNow() ? Number.POSITIVE_INFINITY : startedAt);
  for (let i = 0; i < queue.length; i++) {
    let due = queue[i];
    if (timeUp || Date.now() > deadline) {
      timeUp = true;
      if (due.status === 'pending' && due.note === '') byKey.set(due.key, { ...due, note: OUTBOX_NOTE.nextRun });
      continue;
    }
    // Its first message at most (one with more recipients than a message takes is split when composed, below).
    if (quota < Math.min(recipientCount(due.to), MAX_RECIPIENTS_PER_MESSAGE)) {
      wait(due);
      continue;
    }
    // A part of an e-mail split earlier (core/outbox.ts): composed as its first part, which decides for the whole e-mail;
    // that one closed (not sent: superseded, no longer wanted), every part of it is, with the same note.
    const first = firstPartKey(due.key);
    const isPart = first !== due.key;
    const firstPart = isPart ? byKey.get(first) : undefined;
    if (firstPart && firstPart.status === 'skipped') {
      byKey.set(due.key, retire(due, firstPart.note));
      continue;
    }
    /** The entry was split (it is a part, or has parts): it goes to its own group of recipients only. */
    let split = isPart || partCount(first, (k) => byKey.has(k)) > 1;
    const attempt = due.attempts + 1;
    let email: Email | null | undefined;
    // The subject as composed, which the outbox keeps (the one sent may be cut: capSubject).
    let subject = due.subject;
    try {
      const composed = compose(isPart ? { ...due, key: first } : due, byKey);
      if (composed) subject = composed.subject;
      // Within MailApp's size limits (its subject, its body: the rest linked to the sheet).
      email = composed && capEmail(composed, () => ss.getUrl());
    } catch (err) {
      byKey.set(due.key, refused(due, attempt, errorMessage(err), true));
      continue;
    }
    // A kind this run does not compose: left as it is.
    if (email === undefined) continue;
    if (email === null) {
      // Nothing to send now: whatever it waits for, it is not the quota (a note saying so would count it as waiting).
      if (due.note.startsWith(OUTBOX_NOTE.quotaStart) || due.note === OUTBOX_NOTE.nextRun) byKey.set(due.key, { ...due, note: '' });
      continue;
    }
    // Queued with recipients, composed with none left (an address now known to be another school's too): not sent, said.
    if (email.to.trim() === '') {
      byKey.set(due.key, retire(due, OUTBOX_NOTE.noRecipientNow));
      continue;
    }
    if (split) {
      // Its own group, of those composed now (never an address removed since).
      email = { ...email, to: withinShare(email.to, due.to) };
    } else {
      const groups = recipientGroups(recipientList(email.to));
      if (groups.length > 1) {
        // More recipients than MailApp takes in one message: one entry per group of at most MAX_RECIPIENTS_PER_MESSAGE,
        // each sent once. Record the intent: every part is written to the tabs before the first goes (a run dying
        // after it leaves the others pending, never lost, and never splits the e-mail again).
        const parts = splitEntry(due, groups);
        for (const p of parts) byKey.set(p.key, p);
        order.push(...parts.slice(1));
        queue.splice(i + 1, 0, ...parts.slice(1));
        try {
          commitOutbox(ss, box, current(), true);
          unconfirmed = false;
          sinceCommit = 0;
        } catch {
          stopped = true;
          break;
        }
        onCommit(current());
        due = parts[0];
        split = true;
      }
      email = { ...email, to: split ? due.to : email.to };
    }
    if (email.to === '') {
      byKey.set(due.key, retire(due, OUTBOX_NOTE.noRecipientNow));
      continue;
    }
    const recipients = recipientCount(email.to);
    if (quota < recipients) {
      wait(due);
      continue;
    }
    // The first e-mail of a window opens it: its start goes with this e-mail's mark (no write of its own). A start a
    // moment early (this e-mail then refused) is at most that moment early: the run's margin covers it.
    if (window.start === null) {
      window = { ...window, start: Date.now() };
      windowUnwritten = true;
    }
    // Record: without its "sending" mark no e-mail goes (the same write confirms the previous e-mail).
    journal.open[due.key] = markOf('sending', due, Date.now(), attempt);
    try {
      writeJournal(journal, windowUnwritten ? window : undefined);
      unconfirmed = false;
      windowUnwritten = false;
    } catch {
      delete journal.open[due.key];
      stopped = true;
      break;
    }
    // Act. ASSUMPTION: a call that throws did not send (its failure is retried); the one ambiguous case is an
    // execution that dies right after it (core/outbox.ts).
    try {
      MailApp.sendEmail({ to: email.to, subject: email.subject, body: email.body, htmlBody: email.htmlBody, name: senderName });
    } catch (err) {
      // Its "sending" mark goes with the next write; until then it means "send again", which is what it needs.
      delete journal.open[due.key];
      unconfirmed = true;
      // Quota is not failure: the e-mail waits for the quota's window to end without using up an attempt.
      const left = remainingQuota();
      // The quota is asked of MailApp, never read from the error (its text is in the user's language).
      if (left < recipients) {
        // Used up by another script of the account: the window is the one it found (opened at the latest now).
        window = quotaWindow(window, left, Date.now());
        quota = 0;
        wait(due);
      } else {
        byKey.set(due.key, refused(due, attempt, errorMessage(err), false));
      }
      continue;
    }
    // Confirm: the "sent" mark is written with the next e-mail's "sending" mark, or after the loop.
    const note = mayHaveGone(due)
      ? OUTBOX_NOTE.maybeTwice
      : split
        ? OUTBOX_NOTE.part(partNumber(due.key), partCount(first, (k) => byKey.has(k)), MAX_RECIPIENTS_PER_MESSAGE)
        : '';
    const { retryAt: _retry, maybeSent: _maybe, ...rest } = due;
    const done: OutboxEntry = { ...rest, to: email.to, subject, status: 'sent', sentAt: new Date(), attempts: attempt, note };
    byKey.set(due.key, done);
    sent++;
    quota -= recipients;
    journal.open[due.key] = markOf('sent', done, Date.now(), attempt);
    unconfirmed = true;
    if (++sinceCommit >= COMMIT_EVERY || journalText(journal).length > JOURNAL_MAX) {
      sinceCommit = 0;
      try {
        commitOutbox(ss, box, current(), true);
        unconfirmed = false;
      } catch {
        stopped = true;
        break;
      }
      // What the tabs now hold is recorded: what a plan says of its entries is said now (a run dying later is not re-run).
      onCommit(current());
    }
  }
  if (unconfirmed) {
    try {
      writeJournal(journal);
    } catch {
      // The mark failed: write the tabs now instead (they then say "sent"); if that fails too, the last e-mail is in
      // the ambiguous window and goes once more.
      try {
        commitOutbox(ss, box, current(), true);
      } catch {
        // Nothing more to do here.
      }
    }
  }
  return { entries: current(), sent, stopped, quota: window, quotaKept, left: quota, waited };
}
