// The register of registration codes in its tab ("Sổ mã phiếu": hidden, protected) and the form lookups it needs.
// A run that reads the response tab reads the register once, asks the form only about rows the register does not
// recognise, and writes the counter, then the register, before any new code is used anywhere (a run that dies later
// gives the same codes next time; one that dies in between skips a number). A submission does not read the register:
// it asks the form which response its row is and finds that response's row (identifyByResponse), else reads it whole.
import {
  LEDGER_COLUMNS,
  NO_RESPONSE,
  assignIds,
  codeHoles,
  highestCodeIn,
  holesSince,
  responsesNotInTab,
  ledgerFromResults,
  lostFromResults,
  editedLost,
  movedFromTheirTime,
  rowNames,
  firstSendings,
  withFirstSendings,
  withFirstSenders,
  ledgerColumns,
  ledgerRow,
  ledgerWrites,
  ledgerFromRows,
  ledgerToRows,
  lookupNeeded,
  recognise,
  responsesOf,
  keysReadable,
  rowKeys,
  type LedgerEntry,
  type FirstSending,
  SUBJECT_KEYS,
  type RowKey,
  type Lookup,
  type ResponseRef,
} from '../core/ledger';
import { COUNCIL_TAB, LEDGER_HEADERS, LEDGER_PROTECTION, LEDGER_TAB, RESULTS_HEADER, RESULTS_KEY_HEADERS, TAB, VERSIONS_KEY_HEADERS, ledgerDeferred, ledgerRebuilt, ledgerRowsDoubtful, ledgerRowsRestored } from '../core/messages';
import type { DecisionSnapshot } from '../core/review';
import { fnv1a32 } from '../core/text';
import { openFormOnce, responseEmail, responseId, responseTime, responsesSince } from './form-cache';
import { getState, setState, setStateSoon } from './properties';
import { readHeader, readValues, writeTable } from './sheets';
import { ensureTab, tabNamed } from './tab-cache';
import { batchTarget } from './cell-batch';
import { GROW_ROWS, growRows, putCells, rowsHolding } from './rows';
import { listedGrid, tabsRead } from './batch-read';
import { appendDecisionLinesOnce } from './history';
import { decisionLines } from '../core/history';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Identified {
  /** Sheet row → code. */
  ids: Map<number, string>;
  /** The register after this run (decision snapshots included). */
  entries: LedgerEntry[];
  /** Codes whose row is gone from the response tab. */
  gone: string[];
  /** Codes this run gave (new registrations: no row anywhere yet). */
  created: string[];
  /** Codes whose later sending this run is the first to see (Assignment.resent); [] where nothing was assigned. */
  resent: string[];
  /** `entries` are the rows found for the run's rows, not the whole register (a submission's). */
  partial: boolean;
  /** With `partial`: the register's row of each of `entries` as found (same order). */
  rows?: number[];
  /**
   * A submission's (IdentifyOptions.partial): the subject each of its registrations' register rows held before this run,
   * by code (an edit may change it: src/jobs/intake.ts sharedSubject).
   */
  subjectsBefore?: Map<string, string>;
  /** Vietnamese notes for the run's health line and the error log (register rebuilt, rows deferred). */
  notes: string[];
  /** The register was deleted and rebuilt by this run from the results tab (its decisions are not in it). */
  rebuilt?: true;
  /** Writes the register when the caller asked to defer it (`deferSave`); does nothing otherwise. */
  save: () => void;
  /**
   * Responses the form holds that no row of the response tab is, whose codes the register lost (a whole read only:
   * missingResponses), when the caller asked (IdentifyOptions.findMissing). Empty otherwise.
   */
  missing: ResponseRef[];
}

/** The columns of "Kết quả kiểm tra" a register rebuilt from it reads: the keys, and its school and notes (the stamps). */
const RESULTS_STAMP_HEADERS = { ...RESULTS_KEY_HEADERS, school: RESULTS_HEADER[1], note: RESULTS_HEADER[11] };

/** Asks the form for its responses (all, or since a time). Never throws: a failed call is 'failed'. */
function lookupResponses(formId: string | null, since: number | null): Lookup {
  if (!formId) return { kind: 'none' };
  try {
    const list = responsesSince(openFormOnce(formId), since);
    const responses: ResponseRef[] = list.map((r) => ({ id: responseId(r), at: responseTime(r), email: responseEmail(r) }));
    return { kind: 'responses', responses };
  } catch {
    // Transient or not, the rows wait: a response is never given a code the form has not confirmed (see assignIds).
    return { kind: 'failed' };
  }
}

/** Past this many changed rows the whole register is rewritten in one setValues instead. */
const ROW_WRITES_MAX = 10;

/** The register tab's last row with content, as this execution last read or wrote it (null: ask the sheet). */
let lastRow: number | null = null;
/**
 * The register's new rows go into the submission's batch as appendCells (IdentifyOptions.appendInBatch): its last row
 * is not asked. Apps Script runs each execution afresh: this lives one execution.
 */
let appendInBatch = false;

/**
 * Saves the register: a submission changes a row or two, so only those rows are written (and new codes appended);
 * a first run, a rebuilt register or many changes rewrite the whole tab in one setValues.
 */
function writeLedger(ss: Spreadsheet, before: readonly LedgerEntry[], after: readonly LedgerEntry[], partial: boolean, first?: () => void, whole = false): void {
  const { sheet, created } = ensureTab(ss, LEDGER_TAB);
  const plan = created || whole ? ({ whole: true } as const) : ledgerWrites(before, after);
  if ('whole' in plan || plan.update.length + (plan.append.length ? 1 : 0) > ROW_WRITES_MAX) {
    // Entries found rather than read (a submission's) are a part of the register: never written as the whole. What
    // they would have recorded (a decision's snapshot) the next whole read records.
    if (partial) return;
    first?.();
    const { header, rows } = ledgerToRows(after);
    writeTable(sheet, header, rows, { frozenRows: 1, protectWithWarning: LEDGER_PROTECTION, minRows: rows.length + 1 + GROW_ROWS });
    lastRow = rows.length + 1;
    const rowById = new Map(rows.map((r, i) => [String(r[0]), i + 2]));
    for (const e of after) e.tabRow = rowById.get(e.id);
    if (created) sheet.hideSheet();
    return;
  }
  // Cells as writeTable makes them (an e-mail or a fingerprint that looks like a number or a formula stays text); a
  // submission's rows go into its one batch (src/gas/cell-batch.ts), written with its other rows or not at all.
  first?.();
  const target = batchTarget(sheet);
  for (const e of plan.update) putCells(sheet, target, e.tabRow!, 1, [rowOf(e)]);
  if (plan.append.length > 0 && target && appendInBatch) {
    // Placed by Sheets below the register's last row with content when the batch is applied (appendCells): no row
    // asked. Their rows are not known: a later write of this run that would rewrite them finds no tabRow, and writes
    // nothing of a part (ledgerWrites: the whole; the next whole read records it). A new code has no decision to record.
    target.batch.append(target.sheetId, plan.append.map(rowOf));
    lastRow = null;
  } else if (plan.append.length > 0) {
    const from = (lastRow ?? sheet.getLastRow()) + 1;
    // Its grid as the run's listing gave it when the run listed the tabs (batch-read.ts), else asked.
    const maxRows = listedGrid(sheet)?.rows ?? sheet.getMaxRows();
    const missing = from + plan.append.length - 1 - maxRows;
    // Room for the next submissions too: one insert serves many appends.
    if (missing > 0) growRows(sheet, target, maxRows, Math.max(missing, GROW_ROWS));
    putCells(sheet, target, from, 1, plan.append.map(rowOf));
    lastRow = from + plan.append.length - 1;
    // Where they stand now: a later write of this run (a decision's snapshot) rewrites their rows, not the register.
    plan.append.forEach((e, i) => (e.tabRow = from + i));
  }
}

/** How identifyRegistrations may read. */
export interface IdentifyOptions {
  /**
   * `responseValues` holds only some rows (a submission's): rows missing from it are not gone, and null is returned
   * when the register cannot identify them on its own (a first run, a register to rebuild) — the caller then reads the
   * whole tab. A single row whose response the form confirms is found in the register by its response id
   * (a TextFinder), without reading the register.
   */
  partial?: boolean;
  /** The caller writes the register later (`save`), after its other reads and before its first write. */
  deferSave?: boolean;
  /**
   * The caller writes the register's new rows in its batch of the Sheets service (a submission's listed run): they are
   * appended below its last row with content when the batch is applied, so that row is not asked.
   */
  appendInBatch?: boolean;
  /**
   * The schools "Đơn vị" lists an address for now (src/core/ledger.ts listedSchools), stamped on the entries that see a
   * sender first (LedgerEntry.sentAs). Absent: nothing stamped (the run has not read the directory).
   */
  listedFor?: (email: string) => string;
  /**
   * The names "Đơn vị" gives now to merged or renamed schools (src/core/ledger.ts mergedSchoolPrints): a response naming
   * none of them updates the school it was sent under (LedgerEntry.firstSchool); each maps to its old names' prints
   * (LedgerEntry.firstFormer). Absent: recorded at first sight only, without old names.
   */
  merged?: ReadonlyMap<string, string>;
  /** The register's header row when the caller read it already (a submission's batch read). */
  header?: readonly unknown[];
  /**
   * The register's response ids as the caller read them (a submission's batch read of REGISTER_RESPONSE_IDS: row 2
   * first, trailing blank rows left out). A register row is then found in them, not by a search.
   */
  responseIds?: readonly (readonly unknown[])[];
  /**
   * The caller does not hold the script lock (the proposals): nothing is written. Rows the register does not know get
   * codes for this run only; codes are given, and written, only under the lock.
   */
  readOnly?: boolean;
  /**
   * The caller reports registrations the response tab lost (the rebuild: Identified.missing): the form is asked for them
   * while codes are missing. Other whole reads (reminders, digest, the views' continuation) do not ask (review diff16 #5).
   */
  findMissing?: boolean;
}

/** Gives every row of the registration tab its code, recording new codes before they are used. */
export function identifyRegistrations(ss: Spreadsheet, responseValues: readonly (readonly unknown[])[], opts: IdentifyOptions = {}): Identified | null {
  const notes: string[] = [];
  const sheet = tabNamed(ss, LEDGER_TAB);
  const nextText = getState('ledgerNext');
  const next = nextText === null ? null : Number(nextText) || 1;
  if (opts.partial && (!sheet || next === null)) return null;
  // A register keyed by an earlier version (its subjects not the rebuild's: review diff29 #3): the full run keys it again.
  if (opts.partial && getState('ledgerSubjects') !== SUBJECT_KEYS) return null;
  // A submission's own row, sent in the same second as another response from the same address: which of the two it
  // is, and which one an entry of that second is, only all the rows tell (the full run: each row takes the entry with
  // its answers, the others the responses no entry holds, in the tab's order). One lookup, kept for the execution.
  const keys = rowKeys(responseValues);
  if (opts.partial && sameSecondTwins(keys)) return null;
  // Rows of the register deleted or cleared by hand since the tool last left it: which code an edit's row is only the
  // full run can tell (it gives them back from the results), not a search of the response ids left (review diff58 H3).
  if (opts.partial && opts.responseIds && registerLostRows(opts.responseIds)) return null;
  if (opts.partial && sheet && next !== null && getState('ledgerLookedUp') === '1') {
    const found = identifyByResponse(ss, sheet, keys, next, opts);
    if (found === LOST_ROWS) return null;
    if (found) return found;
  }
  const values = sheet ? readValues(sheet) : [];
  if (sheet) lastRow = values.length;
  // A register in another layout than the script's: one an earlier version wrote, without the columns added since (a
  // submission writes its rows as wide as its header, and stamps nothing), or one whose columns were moved by hand (a
  // submission leaves it to the full run). The full run rewrites it whole in the script's layout.
  const width = values.length > 0 ? registerWidth(values[0] ?? []) : LEDGER_COLUMNS.length;
  if (opts.partial && width === 0) return null;
  const relayout = !opts.partial && width !== LEDGER_COLUMNS.length;
  writeWidth = opts.partial ? width : LEDGER_COLUMNS.length;
  if (writeWidth <= SENT_AS_COLUMN) opts = { ...opts, listedFor: undefined };
  let entries = ledgerFromRows(values);
  if (opts.partial && entries.some((e) => e.responseId === '')) return null;
  // An earlier version's register, without the first sender's column, rewritten whole by this run: an entry edited since
  // its first sending learns its first sender (and school) from the sendings' tab, once — the column written, it is
  // never asked again, and a submission never asks (review d81a F2).
  if (!opts.partial && sheet && values.length > 1 && ledgerColumns(values[0] ?? []).firstSender === undefined && entries.some((e) => e.firstSender === '' || e.firstSchool === '')) {
    const versions = tabNamed(ss, TAB.versions);
    if (versions) entries = withFirstSenders(entries, firstSendings(readValues(versions), VERSIONS_KEY_HEADERS));
  }
  // Read whole for a submission: rows deleted or cleared by hand since the tool left it — the full run answers.
  if (opts.partial && fewerRowsThanLeft(entries.length)) return null;
  let recovered = -1;
  if (!sheet && next !== null) {
    // The register was deleted by hand: rebuild what the results tab still shows (code, e-mail, time).
    const results = tabNamed(ss, TAB.results);
    entries = results ? ledgerFromResults(readValues(results), RESULTS_STAMP_HEADERS) : [];
    // Their first sendings from the sendings' tab: the results' time is the last edit's (review diff58 H1), and so are
    // its school and sender (the first ones: review d80b F4).
    const versions = entries.length > 0 ? tabNamed(ss, TAB.versions) : null;
    if (versions) entries = withFirstSendings(entries, firstSendings(readValues(versions), VERSIONS_KEY_HEADERS));
    recovered = entries.length;
  }
  // A time or sender header renamed by hand: no row can be recognised; nothing is coded (the run stops on that header).
  if (!keysReadable(responseValues, entries)) return { ids: new Map(), entries, gone: [], created: [], resent: [], partial: false, notes, save: () => undefined, missing: [] };
  let rec = recognise(keys, entries, opts.partial);
  // Rows the register no longer knows while "Kết quả kiểm tra" still shows their codes: rows of the register deleted or
  // cleared by hand (it can be shown to look at). They take back those codes, as a register deleted whole does, rather
  // than new ones — a second code, a second confirmation, the council's decision left on the old code (review office H1).
  let restored = 0;
  let doubtful = 0;
  if (!opts.partial && sheet && next !== null && rec.unknown.length > 0) {
    const { restorable: lost, doubtful: unsure, names } = lostEntries(ss, entries, next, rec.unknown);
    doubtful = unsure;
    if (lost.length > 0) {
      const withLost = [...entries, ...lost];
      const again = recognise(keys, withLost, false);
      // A row edited through its link since its register row was lost (its time the edit's): by its sender and name —
      // only a lost entry whose response the form no longer has at its time (edited since, not a row deleted).
      const untaken = new Set([...again.byRow.values()]);
      const left = lost.map((e, i) => ({ index: entries.length + i, email: e.email, lastAt: e.lastAt, name: names.get(e.id) ?? '' })).filter((e) => !untaken.has(e.index));
      const asked = left.length > 0 && again.unknown.length > 0 ? lookupResponses(getState('registrationForm'), Math.min(...left.map((e) => e.lastAt)) - 1000) : null;
      const edited = asked?.kind === 'responses' ? editedLost(again.unknown, movedFromTheirTime(left, asked.responses), rowNames(responseValues)) : new Map<number, number>();
      for (const [row, i] of edited) again.byRow.set(row, i);
      if (edited.size > 0) again.unknown = again.unknown.filter((k) => !edited.has(k.row));
      // Only the codes a row is: one no row takes stays out of the register, as before (its row gone too, or edited since).
      const taken = new Set([...again.byRow.values()].filter((i) => i >= entries.length));
      if (taken.size > 0) {
        const keep = (i: number) => i < entries.length || taken.has(i);
        const index = new Map<number, number>();
        entries = withLost.filter((_, i) => keep(i));
        withLost.forEach((_, i) => keep(i) && index.set(i, index.size));
        rec = { byRow: new Map([...again.byRow].map(([row, i]) => [row, index.get(i)!])), unknown: again.unknown };
        restored = taken.size;
      }
    }
  }
  const firstRun = next === null && entries.length === 0;
  const need = keys.length === 0 ? null : lookupNeeded(entries, rec, firstRun);
  const lookup: Lookup = need === null ? { kind: 'none' } : lookupResponses(getState('registrationForm'), 'all' in need ? null : need.since);
  // Without the counter, or with the register rebuilt (both rare: a file's first run, a copy cleaned for another period,
  // a register deleted), the codes the file's tabs still show are the floor: none is given to another response.
  const shown = next === null || recovered >= 0 ? highestCodeShown(ss) : 0;
  const a = assignIds(keys, entries, rec, lookup, next, Date.now(), shown, opts.listedFor, opts.merged);
  if (recovered >= 0) {
    // Codes given to rows sent before the results tab was last written: rows that had a code, now another. A row sent
    // since is a new registration, coded as any would be (review office L2: it was counted as not matched).
    let shownUntil = 0;
    for (const e of entries.slice(0, recovered)) shownUntil = Math.max(shownUntil, e.lastAt);
    const created = new Set(a.created);
    const recoded = a.entries.filter((e) => created.has(e.id) && e.firstAt <= shownUntil).length;
    notes.push(ledgerRebuilt(recovered, recoded));
    // Rebuilt without its decisions, by whichever job: the count of them kept is forgotten (the next rebuild counts
    // them again), not read as decisions gone back (review diff38 #2).
    if (getState('reviewDecided')) setStateSoon({ reviewDecided: '' });
  }
  if (doubtful > 0) notes.push(ledgerRowsDoubtful(doubtful));
  if (restored > 0) {
    notes.push(ledgerRowsRestored(restored));
    // Their decisions' prints went with their rows: the count of decisions kept is forgotten (as for a register rebuilt).
    if (getState('reviewDecided')) setStateSoon({ reviewDecided: '' });
  }
  if (a.deferred.length > 0) notes.push(ledgerDeferred(a.deferred.length));
  const lookedUp = a.entries.every((e) => e.responseId !== '') ? '1' : '0';
  // A submission read the register whole (its row not found by its response id): its new rows counted with the rest.
  const stateAfter = { ledgerNext: String(a.next), ledgerLookedUp: lookedUp, ...(opts.partial ? rowsAdded(a) : {}) };
  const save = () => {
    // The counter first: a run that dies after it skips a code, never gives one twice (a submission trusts it).
    if (a.created.length > 0 || !opts.deferSave) setState(stateAfter);
    writeLedger(ss, recovered >= 0 ? [] : entries, a.entries, false, undefined, relayout);
    // No new code: the counter and the flag go with the submission's next property write.
    if (a.created.length === 0 && opts.deferSave) setStateSoon(stateAfter);
  };
  const changed = a.changed || recovered >= 0 || restored > 0 || relayout;
  // The flag is kept as the register is (a register from before the flag gets it at its first whole read).
  if (!changed && getState('ledgerLookedUp') !== lookedUp && sheet && !opts.readOnly) setStateSoon({ ledgerLookedUp: lookedUp });
  // A whole read writes the register at once; a submission first does its other reads (a read after a write costs a
  // flush), then saves, still before any code is used in a write.
  if (changed && !opts.deferSave && !opts.readOnly) save();
  // The register's rows holding a response id as this run leaves it: what a submission's read is weighed against.
  if (!opts.partial && !opts.readOnly) {
    const held = String(a.entries.filter((e) => e.responseId !== '').length);
    if (getState('ledgerRows') !== held) setStateSoon({ ledgerRows: held });
  }
  // A whole read touched every row's entry (recognise, assignIds): the register now holds this version's subjects.
  if (!opts.partial && !opts.readOnly && getState('ledgerSubjects') !== SUBJECT_KEYS) setStateSoon({ ledgerSubjects: SUBJECT_KEYS });
  const missing = opts.findMissing && !opts.partial && !opts.readOnly && next !== null && recovered < 0 && lookedUp === '1' ? missingResponses(a.entries, a.next) : [];
  return { ids: a.ids, entries: a.entries, gone: opts.partial ? [] : a.gone, created: a.created, resent: a.resent, partial: false, notes, save: changed && opts.deferSave ? save : () => undefined, missing, ...(recovered >= 0 ? { rebuilt: true as const } : {}), ...(opts.partial ? { subjectsBefore: subjectsOf(entries, a.ids) } : {}) };
}

/** How long a response may take to reach the response tab (Forms writes it within seconds). */
const SETTLE_MS = 10 * 60_000;

/**
 * The responses of the codes the register no longer holds (codeHoles) that no row of the response tab is: the register
 * and the tab went back with the whole spreadsheet to an earlier version, the form kept them (review "restore" #1).
 * Asked of the form only while such codes exist, from a little before the last entry before them. Codes found to have
 * no such response (skipped by a run that died) are remembered and not asked about again; so are codes whose responses
 * the office was told of a week before (missingTold, TOLD_FOR_MS); nothing is concluded while a response of the form
 * not in the tab is only minutes old (review diff14 #2).
 */
function missingResponses(entries: readonly LedgerEntry[], next: number): ResponseRef[] {
  const skipped = new Set((getState('ledgerSkipped') ?? '').split(',').filter((x) => x !== '').map(Number));
  const holes = codeHoles(entries, next, skipped);
  if (holes.length === 0) return [];
  const now = Date.now();
  const lookup = lookupResponses(getState('registrationForm'), holesSince(entries, holes, now) || null);
  if (lookup.kind !== 'responses') return [];
  const { missing, recent } = responsesNotInTab(entries, lookup.responses, now - SETTLE_MS);
  if (recent > 0) return [];
  // Told (the first rebuild that found them wrote when): still counted in "Tình trạng" for TOLD_FOR_MS, then no longer
  // asked about (review diff15 #2).
  const told = toldOf();
  const toldLongAgo = missing.length > 0 && told.key === missingKey(missing) && now - told.at >= TOLD_FOR_MS;
  if (missing.length === 0 || toldLongAgo) {
    setStateSoon({ ledgerSkipped: [...skipped, ...holes].slice(-500).join(',') });
    return [];
  }
  return missing;
}

/** How long the office is told of registrations the response tab lost, in "Tình trạng", before the tool lets them be. */
const TOLD_FOR_MS = 7 * 24 * 3_600_000;

/** What identifies a set of missing responses (their ids): the office was told of it (ledgerMissingTold). */
function missingKey(missing: readonly ResponseRef[]): string {
  return fnv1a32(missing.map((r) => r.id).sort().join(',')).toString(36);
}

/**
 * For the rebuild, once it has logged `missing` (identifyRegistrations): that the office was told of them, and when —
 * the first time only (a set told again keeps its first day).
 */
export function missingTold(missing: readonly ResponseRef[]): void {
  if (missing.length === 0) return;
  const key = missingKey(missing);
  if (toldOf().key !== key) setState({ ledgerMissingTold: `${key}@${Date.now()}` });
}

/** The set of missing responses the office was last told of (missingKey) and when ("key@ms"). */
function toldOf(): { key: string; at: number } {
  const [key, at] = (getState('ledgerMissingTold') ?? '').split('@');
  return { key, at: Number(at) || 0 };
}

/**
 * The tabs that show codes the register may no longer hold: the council's "Thẩm định" and meeting tab (kept when a copy
 * is cleaned for another period), its history and the sendings kept, the results, the outbox's record (codes in the subjects
 * of the e-mails sent).
 */
const TABS_SHOWING_CODES = [TAB.review, TAB.history, TAB.versions, COUNCIL_TAB, TAB.results, TAB.mailRecord, TAB.outbox];

/** The highest code number the file's tabs show (0: none); read only when the register or its counter is gone. */
function highestCodeShown(ss: Spreadsheet): number {
  let top = 0;
  for (const name of TABS_SHOWING_CODES) {
    const sheet = tabNamed(ss, name);
    if (sheet) top = Math.max(top, highestCodeIn(readValues(sheet)));
  }
  return top;
}

/**
 * The codes "Kết quả kiểm tra" shows (code, sender, time: ledgerFromResults) that the register, read whole as `entries`,
 * no longer holds, below its counter: rows of the register deleted or cleared by hand since the last full run wrote
 * the results. Read only when rows are unknown to the register (a full run whose rows it all knows reads nothing more).
 */
function lostEntries(ss: Spreadsheet, entries: readonly LedgerEntry[], next: number, unknown: readonly RowKey[]): ReturnType<typeof lostFromResults> {
  const results = tabNamed(ss, TAB.results);
  if (!results) return { restorable: [], doubtful: 0, names: new Map() };
  const values = readValues(results);
  // Their first sendings, from the sendings' tab: read only when a code is to be given back.
  const first = () => {
    const versions = tabNamed(ss, TAB.versions);
    return versions ? firstSendings(readValues(versions), VERSIONS_KEY_HEADERS) : new Map<string, FirstSending>();
  };
  return lostFromResults(values, { ...RESULTS_STAMP_HEADERS, name: RESULTS_HEADER[3] }, entries, next, unknown, first);
}

/**
 * A submission's new rows of the register counted with those a whole run counted (ledgerRows), to be written with its
 * counter: nothing when no whole run has counted them yet, or when it adds no row with a response id.
 */
function rowsAdded(a: { entries: readonly LedgerEntry[]; created: readonly string[] }): { ledgerRows?: string } {
  const before = getState('ledgerRows');
  const created = new Set(a.created);
  const added = a.entries.filter((e) => created.has(e.id) && e.responseId !== '').length;
  return before !== null && added > 0 ? { ledgerRows: String(Number(before) + added) } : {};
}

/** identifyByResponse found the register shorter than the tool left it: the caller reads everything (the full run). */
const LOST_ROWS = 'lost rows';

/** The register holds fewer than the rows with a response id the tool left in it (ledgerRows; none kept: never). */
function fewerRowsThanLeft(held: number): boolean {
  const kept = Number(getState('ledgerRows') ?? '');
  return kept > 0 && held < kept;
}

/** The register's column of response ids, as a submission's batch read gave it, holds fewer than the tool left. */
function registerLostRows(responseIds: readonly (readonly unknown[])[]): boolean {
  let held = 0;
  for (let i = 0; i < responseIds.length; i++) {
    // A cell as read is most often a string: compared as it is (String() only for another value, a call per cell).
    const v = responseIds[i]?.[0];
    if (v !== undefined && (typeof v === 'string' ? v !== '' : String(v) !== '')) held++;
  }
  return fewerRowsThanLeft(held);
}

/** The one row of `keys` has more than one response of the form in its second and from its sender. */
function sameSecondTwins(keys: readonly RowKey[]): boolean {
  if (keys.length !== 1 || !keys[0].at) return false;
  return responsesOf(keys[0], lookupResponses(getState('registrationForm'), Math.max(0, keys[0].at - 1000))).length > 1;
}

/** The register tab is hidden, as the script keeps it (from the run's listing when it has one). */
function registerHidden(ss: Spreadsheet, sheet: Sheet): boolean {
  return tabsRead(ss)?.get(LEDGER_TAB)?.hidden ?? sheet.isSheetHidden();
}

/**
 * The rebuild's care of the register, after its whole read: rows a person hid in it are shown (one call) and the tab,
 * if someone showed it, is hidden again, as the script keeps it. A submission finds its register row in the column of
 * response ids it reads (every row, hidden or not); without the Sheets service it searches (a TextFinder, which may
 * pass over hidden rows: ASSUMPTION, unverified; the emulation's stricter guess does) and reads a shown register whole,
 * so only a row hidden in a register hidden again before the next rebuild could then give an edit a second code.
 */
export function keepRegisterHidden(ss: Spreadsheet): void {
  const sheet = tabNamed(ss, LEDGER_TAB);
  if (!sheet || lastRow === null || lastRow < 2) return;
  sheet.showRows(1, lastRow);
  if (!registerHidden(ss, sheet)) sheet.hideSheet();
}

/** The register's column of response ids below its header, in the layout the script writes (LEDGER_COLUMNS). */
export const REGISTER_RESPONSE_IDS = 'B2:B';
/** The register's column of subjects (subjectKey) below its header, likewise. */
export const REGISTER_SUBJECTS = 'F2:F';

/** Past this many rows holding the response id, the register is read whole (it should hold one). */
const FOUND_MAX = 3;

/**
 * A submission's row identified without reading the register: the form confirms which response the row is (its
 * time and sender), the register's rows holding that response id are found (a TextFinder on that column) and read,
 * and the code is assigned from those and the counter (`next`: written before any code it gives is used). Null when
 * that cannot decide safely (not one row, no response for it, the column missing, too many rows found): the caller
 * reads the whole register.
 */
function identifyByResponse(ss: Spreadsheet, sheet: Sheet, keys: readonly RowKey[], next: number, opts: IdentifyOptions): Identified | typeof LOST_ROWS | null {
  // One row with its time: a row without one is matched to no response (the whole read decides).
  if (keys.length !== 1 || !keys[0].at) return null;
  // Without the column of ids read, a search finds the row. A register someone has shown may have rows hidden or
  // filtered out, which a TextFinder may pass over (unverified): an edit would get a second code. Shown, it is read
  // whole (the rebuild hides it again, see keepRegisterHidden).
  if (!opts.responseIds && !registerHidden(ss, sheet)) return null;
  const lookup = lookupResponses(getState('registrationForm'), Math.max(0, keys[0].at - 1000));
  const responses = responsesOf(keys[0], lookup);
  if (responses.length !== 1) return null;
  const header = opts.header && opts.header.length > 0 ? opts.header : readHeader(sheet);
  const col = ledgerColumns(header);
  // The layout the script writes, or an earlier version's (its row-wise writes rely on it), else the whole read.
  const width = registerWidth(header);
  if (width === 0) return null;
  writeWidth = width;
  if (width <= SENT_AS_COLUMN) opts = { ...opts, listedFor: undefined };
  const found = opts.responseIds ? rowsWith(opts.responseIds, responses[0].id) : rowsHolding(sheet, col.responseId! + 1, responses[0].id);
  if (found.length > FOUND_MAX) return null;
  // A response the register does not hold, searched for (no Sheets service: no column read to count, registerLostRows):
  // its last row, asked now (a new code is appended below it), weighed against the rows the tool left — fewer, rows were
  // deleted by hand, and the full run answers (review id58).
  let last: number | null = null;
  if (found.length === 0 && !opts.responseIds) {
    last = sheet.getLastRow();
    if (fewerRowsThanLeft(last - 1)) return LOST_ROWS;
  }
  // The rows found, read one by one in the tab's order, then given their rows of the tab (ledgerFromRows numbers them in
  // the order read). Not placed at their rows in one array: that array is as long as the register, and the entries are
  // looked for in every slot of it (20,000 slots at 20,000 registrations, for one or two rows).
  const inOrder = [...found].sort((a, b) => a - b);
  const values: unknown[][] = [header as unknown[]];
  for (const row of inOrder) values.push(sheet.getSheetValues(row, 1, 1, header.length)[0]);
  const entries = ledgerFromRows(values).map((e) => ({ ...e, tabRow: inOrder[e.tabRow! - 2] }));
  if (entries.length !== found.length) return null;
  const rec = recognise(keys, entries, true);
  const a = assignIds(keys, entries, rec, lookup, next, Date.now(), 0, opts.listedFor, opts.merged);
  // Where new codes go: below the register's last row — asked now, with the reads (not after a write), unless the
  // batch appends them (Sheets places them there when it applies the call).
  appendInBatch = opts.appendInBatch === true;
  if (a.created.length > 0 && !appendInBatch) lastRow = last ?? sheet.getLastRow();
  const stateAfter = { ledgerNext: String(a.next), ...(a.entries.some((e) => e.responseId === '') ? { ledgerLookedUp: '0' } : {}), ...rowsAdded(a) };
  const save = () => {
    // The counter first: a run that dies after it skips a code, never gives one twice.
    if (a.created.length > 0) setState(stateAfter);
    writeLedger(ss, entries, a.entries, true);
  };
  if (a.changed && !opts.deferSave) save();
  const notes = a.deferred.length > 0 ? [ledgerDeferred(a.deferred.length)] : [];
  return { ids: a.ids, entries: a.entries, gone: [], created: a.created, resent: a.resent, partial: true, rows: found, notes, save: a.changed && opts.deferSave ? save : () => undefined, missing: [], subjectsBefore: subjectsOf(entries, a.ids) };
}

/**
 * How many of the register's columns its header holds in the layout the script writes (LEDGER_COLUMNS, in order, from
 * column A): all of them; or those an earlier version wrote (OLDEST_WIDTH or more), with no later one elsewhere; else 0
 * (columns moved by hand): its rows are written only whole.
 */
function registerWidth(header: readonly unknown[]): number {
  const col = ledgerColumns(header);
  let width = 0;
  while (width < LEDGER_COLUMNS.length && col[LEDGER_COLUMNS[width]] === width) width++;
  for (let i = width; i < LEDGER_COLUMNS.length; i++) if (col[LEDGER_COLUMNS[i]] !== undefined) return 0;
  return width >= OLDEST_WIDTH ? width : 0;
}
/** The columns of the oldest register a submission writes rows of (up to "Dấu phiếu khi quyết định"). */
const OLDEST_WIDTH = 8;
/**
 * Where the stamp of the senders' schools stands (0-based): a register narrower than it gets none from a submission (the
 * full run rewrites it whole and stamps it); one that has it, without a later column, is stamped as before.
 */
const SENT_AS_COLUMN = LEDGER_COLUMNS.indexOf('sentAs');

/**
 * How many columns of the register this execution's row-wise writes fill (registerWidth of the register as read): an
 * earlier version's register keeps its width until the full run rewrites it whole. Apps Script runs each execution
 * afresh: this lives one execution.
 */
let writeWidth: number = LEDGER_COLUMNS.length;

/** An entry as a row of the register as wide as this execution writes its rows. */
function rowOf(e: LedgerEntry): unknown[] {
  const row = ledgerRow(e);
  return writeWidth < row.length ? row.slice(0, writeWidth) : row;
}

/** The subjects `entries` (the register's rows as read, before this run) hold for the codes the run's rows have. */
function subjectsOf(entries: readonly LedgerEntry[], ids: ReadonlyMap<number, string>): Map<string, string> {
  const codes = new Set(ids.values());
  const out = new Map<string, string>();
  for (const e of entries) if (codes.has(e.id)) out.set(e.id, e.subject);
  return out;
}

/** The rows (1-based, of the register) whose response id in `column` (REGISTER_RESPONSE_IDS as read) is `id`. */
function rowsWith(column: readonly (readonly unknown[])[], id: string): number[] {
  const rows: number[] = [];
  for (let i = 0; i < column.length; i++) {
    // A cell as read is most often a string: compared as it is (String() only for another value, a call per cell).
    const v = column[i]?.[0];
    if (v === id || (v !== undefined && typeof v !== 'string' && String(v) === id)) rows.push(i + 2);
  }
  return rows;
}

/**
 * A copy of the office's file for a new period, its copied response tabs deleted as the copy's instructions ask
 * (COPIED_FILE.forgotten): its register keeps the codes (new ones follow them, none given twice) and the times, and
 * forgets what identified the old period's people — senders' addresses, response ids (which rebuild edit links), the
 * fingerprints of answers and decisions, the schools of the senders (Luật 91/2025/QH15: kept only while the purpose needs
 * it; review r74p F4). The original file keeps them as its record. One read and one write; false when there is no register.
 */
export function scrubCopiedRegister(ss: Spreadsheet): boolean {
  const sheet = tabNamed(ss, LEDGER_TAB);
  if (!sheet) return false;
  const values = readValues(sheet);
  const header = (values[0] ?? []).map((h) => String(h));
  const forget = (['email', 'subject', 'decision', 'decidedOn', 'sentAs', 'firstSchool', 'firstSender', 'firstFormer'] as const).map((k) => header.indexOf(LEDGER_HEADERS[k]));
  const response = header.indexOf(LEDGER_HEADERS.responseId);
  if (values.length < 2) return true;
  const rows = values.slice(1).map((row) => row.map((v, c) => (c === response && v !== '' ? NO_RESPONSE : forget.includes(c) ? '' : v)));
  sheet.getRange(2, 1, rows.length, rows[0].length).setValues(rows);
  return true;
}

/** The decision snapshots the register holds, by code. */
export function recordedDecisions(entries: readonly LedgerEntry[]): Map<string, DecisionSnapshot> {
  const out = new Map<string, DecisionSnapshot>();
  // A decision, or a mark without one (a decision held as moved onto a row that had none: src/core/review.ts).
  for (const e of entries) if (e.decision !== '' || e.decidedOn !== '') out.set(e.id, { decision: e.decision, decidedOn: e.decidedOn });
  return out;
}

/**
 * Records new decision snapshots in the register (one write, only when something changed); the decisions taken, changed
 * or withdrawn among them are first appended to "Lịch sử thẩm định" — before the register, so that a run stopped
 * between the two writes the line again (the next merge finds the same change) rather than never.
 */
export function recordDecisions(ss: Spreadsheet, identified: Pick<Identified, 'entries' | 'partial'>, snapshots: ReadonlyMap<string, DecisionSnapshot>): void {
  const entries = identified.entries;
  if (snapshots.size === 0) {
    keepDecidedCount(identified, entries);
    return;
  }
  const changed: Array<{ id: string; snapshot: DecisionSnapshot }> = [];
  const after = entries.map((e) => {
    const s = snapshots.get(e.id);
    if (!s || (s.decision === e.decision && s.decidedOn === e.decidedOn)) return e;
    changed.push({ id: e.id, snapshot: s });
    return { ...e, decision: s.decision, decidedOn: s.decidedOn };
  });
  if (changed.length === 0) {
    keepDecidedCount(identified, after);
    return;
  }
  // The count kept is never above what the register holds (review diff38 #1, #3): lowered at once before a write that
  // takes decisions away (a run stopped after it would otherwise meet a register with fewer than the count), raised only
  // after a write that adds some (a count below the register's never alarms). A submission's part knows the change only.
  const delta = decidedCount(after) - decidedCount(entries);
  const kept = keptDecidedCount();
  if (delta < 0 && kept !== null) setState({ reviewDecided: String(Math.max(0, kept + delta)) });
  writeLedger(ss, entries, after, identified.partial, () => appendDecisionLinesOnce(ss, decisionLines(changed, new Date())));
  if (identified.partial) {
    if (delta > 0 && kept !== null) setStateSoon({ reviewDecided: String(kept + delta) });
  } else keepDecidedCount(identified, after);
}

/** The count of decisions kept (decisionsGoneBack), or null when none is. */
function keptDecidedCount(): number | null {
  const raw = getState('reviewDecided');
  const kept = raw ? Number(raw) : NaN;
  return Number.isFinite(kept) ? kept : null;
}

/** The count of decisions the register holds now (decisionsGoneBack), kept; a submission's part of it cannot tell it. */
function keepDecidedCount(identified: Pick<Identified, 'partial'>, entries: readonly LedgerEntry[]): void {
  if (identified.partial) return;
  const decided = String(decidedCount(entries));
  if (getState('reviewDecided') !== decided) setStateSoon({ reviewDecided: decided });
}

/** The registrations the register holds a council decision for. */
function decidedCount(entries: readonly LedgerEntry[]): number {
  let n = 0;
  for (const e of entries) if (e.decision !== '') n++;
  return n;
}

/**
 * The decisions the register held when last written that it no longer holds, though no run saw them withdrawn (the
 * whole file restored to an earlier version: the register, "Thẩm định" and its history went back together, so the
 * merge sees no change: review restore #2), with the count it held; null when none, or not known (a submission's part,
 * a register never counted). Said once: the count is rewritten by this run's recordDecisions.
 */
export function decisionsGoneBack(identified: Pick<Identified, 'entries' | 'partial' | 'rebuilt'>): { held: number; kept: number } | null {
  // A register rebuilt from the results tab holds no decision: said by its own note (ledgerRebuilt).
  if (identified.partial || identified.rebuilt) return null;
  const kept = keptDecidedCount();
  if (kept === null) return null;
  const held = decidedCount(identified.entries);
  return held < kept ? { held, kept } : null;
}

/**
 * The edit link of a registration's own response, by its code (the register knows the response id): one lookup per
 * e-mail sent; null when the form or the response cannot be had (the e-mail then says where the link was sent).
 */
export function editUrlByCode(entries: readonly LedgerEntry[]): (code: string) => string | null {
  const byCode = new Map(entries.map((e) => [e.id, e.responseId]));
  return (code) => {
    const responseId = byCode.get(code);
    const formId = getState('registrationForm');
    if (!responseId || responseId === NO_RESPONSE || !formId) return null;
    try {
      return openFormOnce(formId).getResponse(responseId).getEditResponseUrl();
    } catch {
      return null;
    }
  };
}
