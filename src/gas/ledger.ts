// The register of registration codes in its tab ("Sổ mã phiếu": hidden, protected) and the form lookups it needs.
// A run reads the register once, asks the form only about rows the register does not recognise, and writes the
// register before any new code is used anywhere (so a run that dies later gives the same codes next time).
import {
  LEDGER_COLUMNS,
  NO_RESPONSE,
  assignIds,
  ledgerFromResults,
  ledgerRow,
  ledgerWrites,
  ledgerFromRows,
  ledgerToRows,
  lookupNeeded,
  recognise,
  rowKeys,
  type LedgerEntry,
  type Lookup,
  type ResponseRef,
} from '../core/ledger';
import { LEDGER_PROTECTION, LEDGER_TAB, RESULTS_KEY_HEADERS, TAB, ledgerDeferred, ledgerRebuilt } from '../core/messages';
import type { DecisionSnapshot } from '../core/review';
import { openFormOnce, responseEmail, responseId, responseTime, responsesSince } from './form-cache';
import { getState, setState, setStateSoon } from './properties';
import { readValues, writeTable } from './sheets';
import { ensureTab, tabNamed } from './tab-cache';
import { GROW_ROWS } from './rows';
import { listedGrid } from './batch-read';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Identified {
  /** Sheet row → code. */
  ids: Map<number, string>;
  /** The register after this run (decision snapshots included). */
  entries: LedgerEntry[];
  /** Codes whose row is gone from the response tab. */
  gone: string[];
  /** Vietnamese notes for the run's health line and the error log (register rebuilt, rows deferred). */
  notes: string[];
  /** Writes the register when the caller asked to defer it (`deferSave`); does nothing otherwise. */
  save: () => void;
}

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
 * Saves the register: a submission changes a row or two, so only those rows are written (and new codes appended);
 * a first run, a rebuilt register or many changes rewrite the whole tab in one setValues.
 */
function writeLedger(ss: Spreadsheet, before: readonly LedgerEntry[], after: readonly LedgerEntry[]): void {
  const { sheet, created } = ensureTab(ss, LEDGER_TAB);
  const plan = created ? ({ whole: true } as const) : ledgerWrites(before, after);
  if ('whole' in plan || plan.update.length + (plan.append.length ? 1 : 0) > ROW_WRITES_MAX) {
    const { header, rows } = ledgerToRows(after);
    writeTable(sheet, header, rows, { frozenRows: 1, protectWithWarning: LEDGER_PROTECTION, minRows: rows.length + 1 + GROW_ROWS });
    lastRow = rows.length + 1;
    if (created) sheet.hideSheet();
    return;
  }
  for (const e of plan.update) sheet.getRange(e.tabRow!, 1, 1, LEDGER_COLUMNS.length).setValues([ledgerRow(e)]);
  if (plan.append.length > 0) {
    const from = (lastRow ?? sheet.getLastRow()) + 1;
    // Its grid as the run's listing gave it when the run listed the tabs (batch-read.ts), else asked.
    const maxRows = listedGrid(sheet)?.rows ?? sheet.getMaxRows();
    const missing = from + plan.append.length - 1 - maxRows;
    // Room for the next submissions too: one insert serves many appends.
    if (missing > 0) sheet.insertRowsAfter(maxRows, Math.max(missing, GROW_ROWS));
    sheet.getRange(from, 1, plan.append.length, LEDGER_COLUMNS.length).setValues(plan.append.map(ledgerRow));
    lastRow = from + plan.append.length - 1;
  }
}

/** Gives every row of the registration tab its code, recording new codes before they are used. */
/**
 * With `partial`, `responseValues` holds only some rows (a submission's): rows missing from it are not gone, and
 * null is returned when the register cannot identify them on its own (a first run, a register to rebuild, entries
 * still to match with the form's responses) — the caller then reads the whole tab.
 */
export function identifyRegistrations(ss: Spreadsheet, responseValues: readonly (readonly unknown[])[], opts: { partial?: boolean; deferSave?: boolean } = {}): Identified | null {
  const notes: string[] = [];
  const sheet = tabNamed(ss, LEDGER_TAB);
  const nextText = getState('ledgerNext');
  const next = nextText === null ? null : Number(nextText) || 1;
  if (opts.partial && (!sheet || next === null)) return null;
  const values = sheet ? readValues(sheet) : [];
  if (sheet) lastRow = values.length;
  let entries = ledgerFromRows(values);
  if (opts.partial && entries.some((e) => e.responseId === '')) return null;
  let recovered = -1;
  if (!sheet && next !== null) {
    // The register was deleted by hand: rebuild what the results tab still shows (code, e-mail, time).
    const results = tabNamed(ss, TAB.results);
    entries = results ? ledgerFromResults(readValues(results), RESULTS_KEY_HEADERS) : [];
    recovered = entries.length;
  }
  const keys = rowKeys(responseValues);
  const rec = recognise(keys, entries);
  const firstRun = next === null && entries.length === 0;
  const need = keys.length === 0 ? null : lookupNeeded(entries, rec, firstRun);
  const lookup: Lookup = need === null ? { kind: 'none' } : lookupResponses(getState('registrationForm'), 'all' in need ? null : need.since);
  const a = assignIds(keys, entries, rec, lookup, next, Date.now());
  if (recovered >= 0) notes.push(ledgerRebuilt(recovered, a.created.length));
  if (a.deferred.length > 0) notes.push(ledgerDeferred(a.deferred.length));
  const save = () => {
    writeLedger(ss, recovered >= 0 ? [] : entries, a.entries);
    // A submission's counter goes with its next property write: its codes are in the register's tab already.
    if (opts.deferSave) setStateSoon({ ledgerNext: String(a.next) });
    else setState({ ledgerNext: String(a.next) });
  };
  const changed = a.changed || recovered >= 0;
  // A whole read writes the register at once; a submission first does its other reads (a read after a write costs a
  // flush), then saves, still before any code is used in a write.
  if (changed && !opts.deferSave) save();
  return { ids: a.ids, entries: a.entries, gone: opts.partial ? [] : a.gone, notes, save: changed && opts.deferSave ? save : () => undefined };
}

/** The decision snapshots the register holds, by code. */
export function recordedDecisions(entries: readonly LedgerEntry[]): Map<string, DecisionSnapshot> {
  const out = new Map<string, DecisionSnapshot>();
  for (const e of entries) if (e.decision !== '') out.set(e.id, { decision: e.decision, decidedOn: e.decidedOn });
  return out;
}

/** Records new decision snapshots in the register (one write, only when something changed). */
export function recordDecisions(ss: Spreadsheet, entries: readonly LedgerEntry[], snapshots: ReadonlyMap<string, DecisionSnapshot>): void {
  if (snapshots.size === 0) return;
  let changed = false;
  const after = entries.map((e) => {
    const s = snapshots.get(e.id);
    if (!s || (s.decision === e.decision && s.decidedOn === e.decidedOn)) return e;
    changed = true;
    return { ...e, decision: s.decision, decidedOn: s.decidedOn };
  });
  if (changed) writeLedger(ss, entries, after);
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
