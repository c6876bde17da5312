// The register of registration codes ("Sổ mã phiếu"). A registration is known by the form response it is — its
// FormResponse id, and its submission time and respondent e-mail as the response tab shows them — never by its
// row. The register gives each response a short code once ("DK-000123") and keeps it: sorting, deleting or
// inserting rows moves nothing, and an edit through the edit link (a new timestamp in the same response) keeps its
// code. It also remembers what the council's decision was taken on, so a change that matters after the decision is
// shown instead of carried silently. Pure: the adapter reads and writes the tab and asks the form for response ids
// only for rows the register does not recognise.
import { EMAIL_HEADERS, KIND_CHOICES, Q, TIMESTAMP_HEADERS } from './registration-form';
import { SCHOOL_ITSELF, isSchoolItself } from './unit-names';
import { birthYearOf } from './registration';
import { fingerprint, schoolPrint } from './review';
import { mergeSharedCells, sharedColumns } from './columns';
import { headerFinder, isBlankRow, matchKey, padNumber, parseDate, toText } from './text';
import { LEDGER_HEADERS, VERSIONS_LATER } from './messages/summaries';
import { FLAG_LABELS } from './messages/validation';
import { DIRECTORY_HEADERS, NOT_LISTED, normaliseEmail, splitEmails } from './directory';

export interface LedgerEntry {
  /** The code shown everywhere ("DK-000123"). */
  id: string;
  /** The FormResponse id; '' not looked up yet; NO_RESPONSE when the form has no response for the row. */
  responseId: string;
  /** Epoch ms of the first submission seen, and of the response tab's timestamp as last seen (0 when none). */
  firstAt: number;
  lastAt: number;
  /** Respondent e-mail as last seen, lower-case. */
  email: string;
  /** Fingerprint of the row's identifying answers (school, kind, name, birth year) as last seen. */
  subject: string;
  /** Fingerprint of the council's cells (decision, comment, reviewer) when last recorded; '' for none. */
  decision: string;
  /** Fingerprint of the registration (who, which school, verdict) when that decision was recorded. */
  decidedOn: string;
  /**
   * The schools whose rows of "Đơn vị" listed the first sender's address (`firstSender`) when the register first saw the
   * response — an edit from another address leaves it (review r82i; an earlier version stamped the editor's): their
   * names, one a line; NOT_LISTED when none did; '' not known yet (a register from before this column, or rebuilt). A
   * school's registration stays its own when the office later replaces the school's address in "Đơn vị" (review r66g
   * #1): src/core/duplicates.ts emailVerified.
   */
  sentAs: string;
  /**
   * The school the response was sent under by a name of its own, as a print (src/core/review.ts schoolPrint): the one
   * it named when the register first saw it, then the one it names while that is no merged or renamed school's name
   * now (assignIds `merged`: a school chosen by mistake and corrected). '' not known (a register from before this column
   * whose response was edited since, until a run that reads the directory sees it; or rebuilt). An edit through the edit
   * link naming a merged school — the only name the form offers it — is the response it edits, whoever sends it: the
   * registration stays the one sent under its own school's name (src/core/duplicates.ts sentUnder; f80b: a merged
   * school's new clerk correcting both former schools' "Tổ Toán" made them one).
   */
  firstSchool: string;
  /**
   * The address the response was first sent from, lower-case: what "sent again from the same address" is judged by
   * (src/core/duplicates.ts replaceAcrossNames), never the address of whoever edits it later (`email` follows every edit;
   * review d80b F5). Written when the register first sees the response, never changed by an edit. '' not known: a
   * register from before this column whose response was edited since (one not edited since learns it from `email`:
   * ledgerFromRows), or a register rebuilt without the sendings' tab.
   */
  firstSender: string;
  /**
   * The prints (schoolPrint, space-separated) of the names in "Tên cũ" that the school named by `firstSchool` had in
   * "Đơn vị" when that record was made: the old names the school had already left when this response was sent under that
   * name. A registration sent under one of them, from the same first address, is one this response replaces, however
   * often the school is renamed since (review d80b F2: renamed twice, both names in "Tên cũ", its two registrations were
   * read as two merged schools'). '' none, or not known (a register from before this column, or rebuilt).
   */
  firstFormer: string;
  /**
   * `firstFormer` is not known (not stored): the register was read without its column (an earlier version's, rewritten in
   * this layout by the run), or rebuilt from the results. Such an entry learns it while it still holds what a first
   * sending records (assignIds: the response names the recorded school, and that is a renamed or merged school's name now).
   */
  formerUnknown?: boolean;
  /** The entry's row in the register's tab as read (not stored): lets a run rewrite only the rows it changed. */
  tabRow?: number;
}

/** The form was asked and has no response for the row (a row typed or altered by hand). */
export const NO_RESPONSE = '-';
export const ID_PREFIX = 'DK-';

/** The code of a number: "DK-000123". */
export function codeOf(n: number): string {
  return ID_PREFIX + padNumber(n, 6);
}

const CODE = /^DK-(\d+)$/;

/** A registration's code as the tool gives it ("DK-000123"), not anything else typed where one stands. */
export function isCode(text: string): boolean {
  return CODE.test(text);
}

function numberOf(id: string): number {
  const m = CODE.exec(id);
  return m ? parseInt(m[1], 10) : 0;
}

/**
 * The highest code number any cell of `values` shows ("DK-000123", alone or within a text such as a mail's subject);
 * 0 when none. The floor of new codes when the register or its counter is gone: a code a tab still shows (the
 * council's "Thẩm định", the meeting tab, the results, the outbox) is never given again.
 */
export function highestCodeIn(values: readonly (readonly unknown[])[]): number {
  let top = 0;
  const re = /\bDK-(\d{1,9})\b/g;
  for (const row of values) {
    for (const cell of row ?? []) {
      if (typeof cell !== 'string' || cell.indexOf(ID_PREFIX) < 0) continue;
      re.lastIndex = 0;
      for (let m = re.exec(cell); m; m = re.exec(cell)) top = Math.max(top, parseInt(m[1], 10));
    }
  }
  return top;
}

/**
 * The prints (review.ts schoolPrint) of the names "Đơn vị" (`rows`: the tab as read, header first) gives now to the
 * schools with a name in "Tên cũ" (merged or renamed): the name the form offers such a school after Thiết lập, whoever
 * edits. A response naming one of them leaves the register's record of the school it was sent under as it was
 * (assignIds, LedgerEntry.firstSchool). Each maps to the prints of its names in "Tên cũ" (space-separated), recorded with
 * a response first sent under that name (LedgerEntry.firstFormer). Empty while the tab has no such column or row.
 */
export function mergedSchoolPrints(rows: readonly (readonly unknown[])[]): Map<string, string> {
  const header = (rows[0] ?? []).map((h) => matchKey(h));
  const cName = header.indexOf(matchKey(DIRECTORY_HEADERS.name));
  const cFormer = header.indexOf(matchKey(DIRECTORY_HEADERS.former));
  const out = new Map<string, string>();
  if (cName < 0 || cFormer < 0) return out;
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i];
    const former = r ? toText(r[cFormer]) : '';
    if (former === '' || toText(r![cName]) === '') continue;
    // Split as the directory reads "Tên cũ" (src/core/directory.ts).
    const prints = former.split(/[;\n]/).map((n) => schoolPrint(n)).filter((p) => p !== '');
    const name = schoolPrint(r![cName]);
    if (!out.has(name)) out.set(name, [...new Set(prints)].join(' '));
  }
  return out;
}

/**
 * The schools "Đơn vị" (`rows`: the tab as read, header first) lists an address for (LedgerEntry.sentAs): their names,
 * one a line, or NOT_LISTED; '' (not known: a later run stamps it) while the tab has no name or e-mail column or no
 * row. Asked for one address at a time (a submission's, or the few a run sees first): the rows whose e-mail cell holds
 * it are found by a search of the text, not by parsing the whole directory (review d67: a submission's script time).
 */
export function listedSchools(rows: readonly (readonly unknown[])[]): (email: string) => string {
  const header = (rows[0] ?? []).map((h) => matchKey(h));
  const cName = header.indexOf(matchKey(DIRECTORY_HEADERS.name));
  const cEmail = header.indexOf(matchKey(DIRECTORY_HEADERS.email));
  if (cName < 0 || cEmail < 0 || rows.length < 2) return () => '';
  return (email) => {
    const e = normaliseEmail(email);
    if (e === '') return NOT_LISTED;
    const names: string[] = [];
    for (let i = 1; i < rows.length; i++) {
      const r = rows[i];
      const cell = r ? r[cEmail] : undefined;
      if (typeof cell !== 'string' || cell.toLowerCase().indexOf(e) < 0 || splitEmails(cell).indexOf(e) < 0) continue;
      const name = toText(r![cName]);
      if (name !== '' && names.indexOf(name) < 0) names.push(name);
    }
    return names.length > 0 ? names.join('\n') : NOT_LISTED;
  };
}

/** What identifies a response row: its sheet row (1-based), timestamp, e-mail and identifying answers. */
export interface RowKey {
  row: number;
  at: number;
  email: string;
  subject: string;
  /** The school the row names (schoolPrint; '' none, or not read). */
  school?: string;
}

/** A response as the form keeps it. */
/**
 * Codes the counter gave that the register does not hold (below `next`), less those known to have been skipped (a run
 * that died between the counter and the register): a register restored with its spreadsheet to an earlier version lost
 * them, and with them the rows of the responses they were given to (review "restore" #1). Ascending.
 */
export function codeHoles(entries: readonly Pick<LedgerEntry, 'id'>[], next: number, skipped: ReadonlySet<number>): number[] {
  const present = new Set<number>();
  for (const e of entries) if (e.id.indexOf(ID_PREFIX) === 0) present.add(parseInt(e.id.slice(ID_PREFIX.length), 10));
  // From the lowest code held: a restore keeps the older codes, and the first codes of a file follow its rows (a first
  // run numbers them by row: DK-000002 is the first), so the codes below are none a response had.
  let low = next;
  for (const n of present) if (n < low) low = n;
  const out: number[] = [];
  for (let n = present.size ? low + 1 : 1; n < next; n++) if (!present.has(n) && !skipped.has(n)) out.push(n);
  return out;
}

/**
 * When to ask the form from, to find the responses of `holes`: HOLES_MARGIN_MS before the first submission of the newest
 * entry coded before the first hole (a response coded later may have been sent a little earlier), times after `now`
 * (a row typed by hand with a wrong date) left out; 0: from the start.
 */
export function holesSince(entries: readonly Pick<LedgerEntry, 'id' | 'firstAt'>[], holes: readonly number[], now: number): number {
  let since = 0;
  for (const e of entries) {
    const n = parseInt(e.id.slice(ID_PREFIX.length), 10);
    if (n < holes[0] && e.firstAt > since && e.firstAt <= now) since = e.firstAt;
  }
  return Math.max(0, since - HOLES_MARGIN_MS);
}
const HOLES_MARGIN_MS = 2 * 24 * 3_600_000;

/**
 * The responses of the form that no row of the response tab is (their ids in no entry): `missing`, sent before `settled`,
 * and `recent`, sent since (a response just sent may not be in the tab yet: nothing is concluded of it).
 */
export function responsesNotInTab(entries: readonly Pick<LedgerEntry, 'responseId'>[], responses: readonly ResponseRef[], settled: number): { missing: ResponseRef[]; recent: number } {
  const known = new Set(entries.map((e) => e.responseId));
  const missing: ResponseRef[] = [];
  let recent = 0;
  for (const r of responses) {
    if (known.has(r.id)) continue;
    if (r.at < settled) missing.push(r);
    else recent++;
  }
  return { missing, recent };
}

export interface ResponseRef {
  id: string;
  at: number;
  email: string;
}

/**
 * What the form said about the rows the register did not recognise: nothing to ask (no form: an imported workbook),
 * the call failed (try again later), or the responses.
 */
export type Lookup = { kind: 'none' } | { kind: 'failed' } | { kind: 'responses'; responses: ResponseRef[] };

// ---- the tab -------------------------------------------------------------------------------------------

export const LEDGER_COLUMNS = ['id', 'responseId', 'firstAt', 'lastAt', 'email', 'subject', 'decision', 'decidedOn', 'sentAs', 'firstSchool', 'firstSender', 'firstFormer'] as const;
type LedgerColumn = (typeof LEDGER_COLUMNS)[number];

function timeOf(v: unknown): number {
  if (typeof v === 'number' && isFinite(v)) return v;
  const d = parseDate(v);
  return d ? d.getTime() : 0;
}

/** Where each column of the register stands in its header row (0-based; a column missing is absent). */
export function ledgerColumns(header: readonly unknown[]): Partial<Record<LedgerColumn, number>> {
  const col: Partial<Record<LedgerColumn, number>> = {};
  (header || []).forEach((h, i) => {
    const k = LEDGER_COLUMNS.find((c) => matchKey(LEDGER_HEADERS[c]) === matchKey(h));
    if (k && col[k] === undefined) col[k] = i;
  });
  return col;
}

/** The register as read (header row first; [] when there is no tab). Rows without a valid code are ignored. */
export function ledgerFromRows(values: readonly (readonly unknown[])[]): LedgerEntry[] {
  if (!values || values.length < 2) return [];
  const col = ledgerColumns(values[0] || []);
  if (col.id === undefined) return [];
  const text = (row: readonly unknown[], k: LedgerColumn) => (col[k] === undefined ? '' : toText(row[col[k]!]));
  const out: LedgerEntry[] = [];
  const seen = new Set<string>();
  for (let i = 1; i < values.length; i++) {
    const row = values[i] || [];
    const id = text(row, 'id');
    if (numberOf(id) <= 0 || seen.has(id)) continue;
    seen.add(id);
    const firstAt = col.firstAt === undefined ? 0 : timeOf(row[col.firstAt]);
    const lastAt = col.lastAt === undefined ? 0 : timeOf(row[col.lastAt]);
    const email = text(row, 'email').toLowerCase();
    out.push({
      id,
      responseId: text(row, 'responseId'),
      firstAt,
      lastAt,
      email,
      subject: text(row, 'subject'),
      decision: text(row, 'decision'),
      decidedOn: text(row, 'decidedOn'),
      sentAs: text(row, 'sentAs'),
      firstSchool: text(row, 'firstSchool'),
      // A register from before the column: its address is the first sender's while it has seen no later sending.
      firstSender: col.firstSender !== undefined ? text(row, 'firstSender').toLowerCase() : sameSecond(firstAt, lastAt) ? email : '',
      firstFormer: text(row, 'firstFormer'),
      ...(col.firstFormer === undefined ? { formerUnknown: true } : {}),
      tabRow: i + 1,
    });
  }
  return out;
}

/** The register as a header and rows (times as dates, in code order). */
export function ledgerToRows(entries: readonly LedgerEntry[]): { header: string[]; rows: unknown[][] } {
  const sorted = entries.slice().sort((a, b) => numberOf(a.id) - numberOf(b.id));
  return { header: LEDGER_COLUMNS.map((c) => LEDGER_HEADERS[c]), rows: sorted.map(ledgerRow) };
}

function sameEntry(a: LedgerEntry, b: LedgerEntry): boolean {
  return LEDGER_COLUMNS.every((c) => a[c] === b[c]);
}

/** One entry as a row of the register's tab. */
export function ledgerRow(e: LedgerEntry): unknown[] {
  return [e.id, e.responseId, e.firstAt ? new Date(e.firstAt) : '', e.lastAt ? new Date(e.lastAt) : '', e.email, e.subject, e.decision, e.decidedOn, e.sentAs, e.firstSchool, e.firstSender, e.firstFormer];
}

/**
 * How to save the register after a run: the rows of entries changed in place (by their row in the tab) and the
 * entries to append (new codes, always above every code read, so the tab stays in code order) — or, when the tab's
 * rows cannot be trusted for that (a first run, a rebuilt register), the whole register.
 */
export function ledgerWrites(before: readonly LedgerEntry[], after: readonly LedgerEntry[]): { whole: true } | { update: LedgerEntry[]; append: LedgerEntry[] } {
  const byId = new Map(before.map((e) => [e.id, e]));
  const update: LedgerEntry[] = [];
  const append: LedgerEntry[] = [];
  for (const e of after) {
    const old = byId.get(e.id);
    if (!old) append.push(e);
    else if (old.tabRow === undefined) return { whole: true };
    else if (!sameEntry(old, e)) update.push(e);
  }
  return { update, append };
}

/**
 * Entries rebuilt from the "Kết quả kiểm tra" tab (code, e-mail and submission time of every registration it
 * listed), for when the register was deleted by hand. Header row first; unknown layouts give []. With the tab's school
 * and notes columns (`headers.school`, `headers.note`), each entry's stamp (LedgerEntry.sentAs) is what the tab showed:
 * the school, unless its note said the sender was not the school's ("Chưa xác minh") — the school's address replaced
 * in "Đơn vị" since does not make its earlier registrations strangers' when the register is lost (review d67 #3).
 */
export function ledgerFromResults(values: readonly (readonly unknown[])[], headers: { id: string; email: string; at: string; school?: string; note?: string }): LedgerEntry[] {
  if (!values || values.length < 2) return [];
  const h = (values[0] || []).map((x) => matchKey(x));
  const ci = h.indexOf(matchKey(headers.id));
  const ce = h.indexOf(matchKey(headers.email));
  const ct = h.indexOf(matchKey(headers.at));
  if (ci < 0 || ce < 0 || ct < 0) return [];
  const cs = headers.school === undefined ? -1 : h.indexOf(matchKey(headers.school));
  const cn = headers.note === undefined ? -1 : h.indexOf(matchKey(headers.note));
  const stampOf = (row: readonly unknown[], email: string): string => {
    if (cs < 0 || cn < 0 || email === '') return '';
    // One note a line, as written (toText would join the lines).
    const note = row[cn];
    if (typeof note === 'string' && note.split('\n').some((line) => line.trim().startsWith(UNVERIFIED_NOTE))) return NOT_LISTED;
    return toText(row[cs]);
  };
  const out: LedgerEntry[] = [];
  const seen = new Set<string>();
  for (let i = 1; i < values.length; i++) {
    const row = values[i] || [];
    const id = toText(row[ci]);
    if (numberOf(id) <= 0 || seen.has(id)) continue;
    seen.add(id);
    const at = timeOf(row[ct]);
    const email = toText(row[ce]).toLowerCase();
    // The school first named and the first sender: from the sendings' tab (withFirstSendings), not the results' (the last edit's).
    out.push({ id, responseId: '', firstAt: at, lastAt: at, email, subject: '', decision: '', decidedOn: '', sentAs: stampOf(row, email), firstSchool: '', firstSender: '', firstFormer: '', formerUnknown: true });
  }
  return out;
}

/** How "Kết quả kiểm tra" notes a registration its school's addresses did not send (flagUnverified). */
const UNVERIFIED_NOTE = `${FLAG_LABELS.unverified}:`;

/**
 * The entries of `values` (ledgerFromResults) whose codes `entries` do not hold, given before the counter `next`, that
 * a row of `unknown` (the rows the register does not know) can take without doubt: only where their second and sender
 * are one such entry's and at most one such row's — two registrations sent in the same second from one address would
 * otherwise take each other's code, or a deleted one's (review diff58 H2); those keep none and are coded anew. Each
 * first sending is the earliest `firstSent` (by code: the sendings' tab) knows, not the results' time, which is the
 * last edit's: lateness and which of two registrations is in force are judged by it (review diff58 H1).
 */
export function lostFromResults(
  values: readonly (readonly unknown[])[],
  headers: { id: string; email: string; at: string; name: string; school?: string; note?: string },
  entries: readonly Pick<LedgerEntry, 'id'>[],
  next: number,
  unknown: readonly Pick<RowKey, 'at' | 'email'>[],
  /** Read only when an entry is restorable (its tab is read for that alone). */
  firstSent: () => ReadonlyMap<string, FirstSending> = () => new Map(),
): { restorable: LedgerEntry[]; doubtful: number; names: Map<string, string> } {
  const held = new Set(entries.map((e) => e.id));
  const lost = ledgerFromResults(values, headers).filter((e) => !held.has(e.id) && numberOf(e.id) < next && e.lastAt > 0);
  const tally = (pairs: Map<string, number>, at: number, email: string) => {
    const k = secondKey(at, email);
    pairs.set(k, (pairs.get(k) ?? 0) + 1);
  };
  const lostPairs = new Map<string, number>();
  for (const e of lost) tally(lostPairs, e.lastAt, e.email);
  const rowPairs = new Map<string, number>();
  for (const k of unknown) if (k.at) tally(rowPairs, k.at, k.email);
  const sure = (e: LedgerEntry) => lostPairs.get(secondKey(e.lastAt, e.email)) === 1 && (rowPairs.get(secondKey(e.lastAt, e.email)) ?? 0) <= 1;
  const sureOnes = lost.filter(sure);
  const restorable = sureOnes.length > 0 ? withFirstSendings(sureOnes, firstSent()) : [];
  // Left out for doubt while a row of their second and sender waits for a code: told (its decision stays on the old code).
  const doubtful = lost.filter((e) => !sure(e) && rowPairs.has(secondKey(e.lastAt, e.email))).length;
  // The names the results show the restorable ones under (matchKey): an edit since the results were written is known by
  // its sender and name (editedLost).
  const names = new Map<string, string>();
  const h = (values[0] || []).map((x) => matchKey(x));
  const ci = h.indexOf(matchKey(headers.id));
  const cn = h.indexOf(matchKey(headers.name));
  const wanted = new Set(restorable.map((e) => e.id));
  if (ci >= 0 && cn >= 0) for (let i = 1; i < values.length; i++) if (wanted.has(toText(values[i]?.[ci]))) names.set(toText(values[i][ci]), matchKey(values[i][cn]));
  return { restorable, doubtful, names };
}

/**
 * Rows still unknown once times were matched, each taken by the one restorable lost entry (`lost`: its index among the
 * entries, its sender, its name as the results show it) of the same sender and name: a registration edited through its
 * link after its register row was lost — its time is the edit's, not the one the results show (review diff58 H3). One
 * to one only: two rows or two entries of one sender and name take none (they are coded anew). Returns row → index.
 */
export function editedLost(unknown: readonly Pick<RowKey, 'row' | 'email'>[], lost: readonly { index: number; email: string; name: string }[], nameOfRow: (row: number) => string): Map<number, number> {
  const key = (email: string, name: string) => `${email}\u0001${name}`;
  const rows = new Map<string, number[]>();
  for (const k of unknown) {
    const name = nameOfRow(k.row);
    if (name !== '') (rows.get(key(k.email, name)) ?? rows.set(key(k.email, name), []).get(key(k.email, name))!).push(k.row);
  }
  const entries = new Map<string, number[]>();
  for (const e of lost) if (e.name !== '') (entries.get(key(e.email, e.name)) ?? entries.set(key(e.email, e.name), []).get(key(e.email, e.name))!).push(e.index);
  const out = new Map<number, number>();
  for (const [k, r] of rows) {
    const e = entries.get(k);
    if (r.length === 1 && e && e.length === 1) out.set(r[0], e[0]);
  }
  return out;
}

/**
 * The lost entries no response of the form holds at their second and sender any more: edited since (an edit moves its
 * response's time), the only ones a row may take by its sender and name (editedLost). One the office deleted from the
 * response tab keeps its response at its time: a namesake sent later must not take its code and decision (review id58).
 */
export function movedFromTheirTime<E extends Pick<LedgerEntry, 'lastAt' | 'email'>>(lost: readonly E[], responses: readonly ResponseRef[]): E[] {
  const held = new Set(responses.map((r) => secondKey(r.at, r.email)));
  return lost.filter((e) => !held.has(secondKey(e.lastAt, e.email)));
}

/** Each row's name (matchKey of the person's name, else the collective's), by row number (1-based), as `values` read. */
export function rowNames(values: readonly (readonly unknown[])[]): (row: number) => string {
  if (!values || values.length < 2) return () => '';
  const find = headerFinder(values[0] || []);
  const person = find([Q.individualName]);
  const team = find([Q.collectiveName]);
  return (row) => {
    const r = values[row - 1] || [];
    const p = person >= 0 ? matchKey(r[person]) : '';
    return p !== '' ? p : team >= 0 ? matchKey(r[team]) : '';
  };
}

/**
 * `entries` (read back from the results) with each first sending the sendings' tab knows earlier (firstSendings), and,
 * where that tab's earliest line of a code is the first sending as the run that received it wrote it, the school it named
 * (LedgerEntry.firstSchool) and the address it came from (LedgerEntry.firstSender): the results show the last edit's
 * (review d80b F4: a register lost after the merged school's new clerk corrected both former schools' teams made them
 * one). The old names that school had then (firstFormer) are not kept there: not known.
 */
export function withFirstSendings(entries: readonly LedgerEntry[], firstSent: ReadonlyMap<string, FirstSending>): LedgerEntry[] {
  return entries.map((e) => {
    const first = firstSent.get(e.id);
    if (first === undefined || first.at <= 0) return e;
    // A line later than the results' time is not the first sending (the tab's earlier lines lost).
    if (e.firstAt > 0 && Math.floor(first.at / 1000) > Math.floor(e.firstAt / 1000)) return e;
    const school = first.school === '' ? '' : schoolPrint(first.school);
    return {
      ...e,
      firstAt: first.at < e.firstAt ? first.at : e.firstAt,
      firstSchool: e.firstSchool !== '' ? e.firstSchool : school,
      firstSender: e.firstSender !== '' ? e.firstSender : first.sender,
    };
  });
}

/**
 * `entries` of a register read without the first sender's column (an earlier version's) with the first sender
 * (LedgerEntry.firstSender) and the school first named (firstSchool) they lack, from the sendings' tab (firstSendings):
 * where its earliest line of a code is the register's first sending (the same second) and was written on receipt — the
 * address it came from and its school, as recorded then (review d81a F2: a registration edited before the update read
 * its last editor as its first sender). Entries it does not know stay as they are.
 */
export function withFirstSenders(entries: readonly LedgerEntry[], firstSent: ReadonlyMap<string, FirstSending>): LedgerEntry[] {
  return entries.map((e) => {
    if (e.firstSender !== '' && e.firstSchool !== '') return e;
    const first = firstSent.get(e.id);
    if (first === undefined || !sameSecond(first.at, e.firstAt)) return e;
    const school = e.firstSchool !== '' || first.school === '' ? e.firstSchool : schoolPrint(first.school);
    const sender = e.firstSender !== '' ? e.firstSender : first.sender;
    return school === e.firstSchool && sender === e.firstSender ? e : { ...e, firstSchool: school, firstSender: sender };
  });
}

/** A code's first sending as "Các lần gửi phiếu" holds it: when, and — from a line written on receipt — its school and sender ('' not known). */
export interface FirstSending {
  at: number;
  school: string;
  sender: string;
}

/**
 * The first sending of each code the sendings' tab ("Các lần gửi phiếu": a line per sending, its code and when it was
 * sent) holds, as read (header row first): the earliest of its lines, with the school ("Đơn vị") and sender ("Gửi từ")
 * that line gives when it was written by the run that received the sending (`headers.verdict` without VERSIONS_LATER's
 * words: a line written later shows the directory's name of that later day, and may be an edit's). Empty when the tab
 * lacks the code or time column.
 */
export function firstSendings(values: readonly (readonly unknown[])[], headers: { id: string; at: string; school?: string; sender?: string; verdict?: string }): Map<string, FirstSending> {
  const out = new Map<string, FirstSending>();
  if (!values || values.length < 2) return out;
  const h = (values[0] || []).map((x) => matchKey(x));
  const ci = h.indexOf(matchKey(headers.id));
  const ct = h.indexOf(matchKey(headers.at));
  if (ci < 0 || ct < 0) return out;
  const find = (title: string | undefined) => (title === undefined ? -1 : h.indexOf(matchKey(title)));
  const cs = find(headers.school);
  const ce = find(headers.sender);
  const cv = find(headers.verdict);
  for (let i = 1; i < values.length; i++) {
    const row = values[i];
    const id = toText(row?.[ci]);
    const at = timeOf(row?.[ct]);
    if (id === '' || at <= 0) continue;
    const was = out.get(id);
    if (was !== undefined && at >= was.at) continue;
    const onReceipt = cv >= 0 && toText(row[cv]).indexOf(LATER_WORDS) < 0;
    out.set(id, { at, school: onReceipt && cs >= 0 ? toText(row[cs]) : '', sender: onReceipt && ce >= 0 ? normaliseEmail(row[ce]) : '' });
  }
  return out;
}
/** The words of a sendings' line written by a run that did not receive it (VERSIONS_LATER). */
const LATER_WORDS = VERSIONS_LATER('').trim();

// ---- keys of the response rows -----------------------------------------------------------------------

/**
 * The identifying keys of every non-empty row of a response tab (header row first). Only the timestamp, e-mail
 * and identifying columns are read; a missing one reads as empty (the evaluation reports missing headers).
 */
export function rowKeys(values: readonly (readonly unknown[])[]): RowKey[] {
  if (!values || values.length < 2) return [];
  const find = headerFinder(values[0] || []);
  const ts = find(TIMESTAMP_HEADERS);
  const em = find(EMAIL_HEADERS);
  const subjectCols = [Q.school, Q.kind, Q.collectiveName, Q.individualName, Q.birthYear].map((t) => find([t]));
  // A title heading several columns is read as one field, as the parser reads it (src/core/columns.ts).
  const used = new Set([ts, em, ...subjectCols]);
  const shared = sharedColumns(values[0] || []).filter((g) => used.has(g.columns[0]));
  const out: RowKey[] = [];
  // The school's print once per name as typed: a few schools' names repeat over every row.
  const prints = new Map<unknown, string>();
  const schoolOf = (cell: unknown): string => {
    let p = prints.get(cell);
    if (p === undefined) prints.set(cell, (p = schoolPrint(cell)));
    return p;
  };
  for (let i = 1; i < values.length; i++) {
    // A submission's grid holds its header and its one row, at the row's index: the rows between are holes, passed
    // over without a call or an allocation each (20,000 of them at a large office).
    const raw = values[i];
    if (raw == null || isBlankRow(raw)) continue;
    const row = mergeSharedCells(raw, shared);
    const subject = subjectOfRow(row, subjectCols);
    out.push({ row: i + 1, at: ts < 0 ? 0 : timeOf(row[ts]), email: em < 0 ? '' : normaliseEmail(row[em]), subject: fingerprint(subject), school: subjectCols[0] < 0 ? '' : schoolOf(row[subjectCols[0]]) });
  }
  return out;
}

/**
 * The version of the register's subjects (subjectOfRow): "2" since they are the rebuild's subjects (review drift #1), "3"
 * since a part named with its school's name ("Nhà trẻ Trường Mầm non Hoa Sen") is its own subject, not the school
 * (isSchoolItself). A register keyed by an earlier version is keyed again by a whole read before a submission compares
 * subjects with it.
 */
export const SUBJECT_KEYS = '3';

/**
 * The identifying answers of a response row as one text: school, kind, the collective's and the person's names, birth
 * year (`cols`: their columns, -1 missing), each by matchKey — and, so that the register holds one subject where the
 * rebuild sees one (src/core/duplicates.ts subjectKey; review drift #1: an edit answered alone as "Đạt" was replaced by
 * the next rebuild without a word), a collective under its school's name however worded (isSchoolItself) as the school
 * itself, and a birth year as a number ("1985." is 1985). A row of other answers keys as it always did: a register
 * written by an earlier version still recognises it.
 */
function subjectOfRow(row: readonly unknown[], cols: readonly number[]): string {
  const parts = cols.map((c) => (c < 0 ? '' : matchKey(row[c])));
  const [school, kind, collective, , year] = [0, 1, 2, 3, 4];
  if (parts[collective] !== '' && parts[kind] === COLLECTIVE_KEY && isSchoolItself({ kind: 'collective', name: toText(row[cols[collective]]), schoolName: toText(row[cols[school]]) })) {
    parts[collective] = SCHOOL_ITSELF;
  }
  if (parts[year].length > 4) {
    const y = birthYearOf(parts[year]);
    if (y === y) parts[year] = String(y);
  }
  return parts.join('\u0001');
}
const COLLECTIVE_KEY = matchKey(KIND_CHOICES.collective);

/**
 * Whether the rows of `values` can be recognised at all: the tab has its time column, and its sender column unless no
 * entry of the register has a sender (a form that collects none). A header renamed by hand fails this: every row would
 * look new and get a new code (the run then stops on that header anyway).
 */
export function keysReadable(values: readonly (readonly unknown[])[], entries: readonly LedgerEntry[]): boolean {
  if (!values || values.length < 2) return true;
  const find = headerFinder(values[0] || []);
  return find(TIMESTAMP_HEADERS) >= 0 && (find(EMAIL_HEADERS) >= 0 || entries.every((e) => e.email === ''));
}

/** The responses of a lookup that may be the row `key` (its time to the second, its sender): what assignIds pairs it with. */
export function responsesOf(key: RowKey, lookup: Lookup): ResponseRef[] {
  return lookup.kind === 'responses' ? lookup.responses.filter((r) => sameResponse(key.at, key.email, r)) : [];
}

/** Same second, same address: how a response tab row and a FormResponse are the same response. */
function sameResponse(at: number, email: string, r: ResponseRef): boolean {
  return Math.abs(r.at - at) < 1000 && r.email === email;
}

function secondKey(at: number, email: string): string {
  return Math.floor(at / 1000) + '\u0001' + email;
}

// ---- assigning codes -----------------------------------------------------------------------------------

export interface Recognition {
  /** Sheet row → index of its entry in the register. */
  byRow: Map<number, number>;
  /** Rows the register does not know by their timestamp and e-mail: new responses, or edited ones. */
  unknown: RowKey[];
}

/**
 * Recognises rows by their timestamp (to the second) and e-mail as the register last saw them; among entries
 * with the same pair, one with the same identifying answers first; then, for a row still unknown, an entry of the same
 * second with the same identifying answers and another e-mail (the sender's address corrected by hand). Linear.
 *
 * `partial`: `keys` are not every row of the tab (a submission's own row). A row then takes only an entry with its
 * identifying answers: an entry of the same second and sender with other answers is another row's, one that is not in
 * `keys` (two registrations sent in the same second from one address), not this row with answers corrected by hand.
 */
export function recognise(keys: readonly RowKey[], entries: readonly LedgerEntry[], partial = false): Recognition {
  const byPair = new Map<string, number[]>();
  entries.forEach((e, i) => {
    if (!e.lastAt) return;
    const k = secondKey(e.lastAt, e.email);
    const list = byPair.get(k);
    if (list) list.push(i);
    else byPair.set(k, [i]);
  });
  const used = new Set<number>();
  const byRow = new Map<number, number>();
  const rest: RowKey[] = [];
  for (const key of keys) {
    const list = key.at ? byPair.get(secondKey(key.at, key.email)) : undefined;
    const i = list ? list.find((x) => !used.has(x) && entries[x].subject === key.subject) : undefined;
    if (i === undefined) rest.push(key);
    else {
      used.add(i);
      byRow.set(key.row, i);
    }
  }
  if (partial) return { byRow, unknown: rest };
  const unmatched: RowKey[] = [];
  for (const key of rest) {
    const list = key.at ? byPair.get(secondKey(key.at, key.email)) : undefined;
    const i = list ? list.find((x) => !used.has(x)) : undefined;
    if (i === undefined) unmatched.push(key);
    else {
      used.add(i);
      byRow.set(key.row, i);
    }
  }
  // Last, a row whose e-mail was corrected by hand (the office typed the school's official address over the sender's):
  // the one entry of the same second with the same identifying answers that no row took. Without this it got a new
  // code, and the council's decision stayed on the old one.
  const unknown: RowKey[] = [];
  const bySubject = new Map<string, number[]>();
  if (unmatched.some((k) => k.at)) {
    entries.forEach((e, i) => {
      if (!e.lastAt || used.has(i)) return;
      const k = Math.floor(e.lastAt / 1000) + '\u0001' + e.subject;
      const list = bySubject.get(k);
      if (list) list.push(i);
      else bySubject.set(k, [i]);
    });
  }
  for (const key of unmatched) {
    // Only when one entry fits: two of them (one school's staff sending the same answers in one second, one row since
    // deleted) cannot be told apart, and the wrong one would move a decision.
    const fits = key.at ? (bySubject.get(Math.floor(key.at / 1000) + '\u0001' + key.subject) ?? []).filter((x) => !used.has(x)) : [];
    const i = fits.length === 1 ? fits[0] : undefined;
    if (i === undefined) unknown.push(key);
    else {
      used.add(i);
      byRow.set(key.row, i);
    }
  }
  return { byRow, unknown };
}

/**
 * What the adapter must ask the form: every response ('all': the register has entries without a response id — a
 * first run, or a register rebuilt by hand), the responses since a time (rows not recognised), or nothing.
 */
export function lookupNeeded(entries: readonly LedgerEntry[], rec: Recognition, firstRun: boolean): { all: true } | { since: number } | null {
  if (firstRun || entries.some((e) => e.responseId === '')) return { all: true };
  if (rec.unknown.length === 0) return null;
  let since = Infinity;
  for (const k of rec.unknown) since = Math.min(since, k.at || 0);
  return { since: Math.max(0, since - 1000) };
}

export interface Assignment {
  /** Sheet row → code, for every row that has one now. */
  ids: Map<number, string>;
  /** Rows left without a code this run (the form could not be asked): the next run tries again. */
  deferred: number[];
  /** The register after this run. */
  entries: LedgerEntry[];
  /** The next number to give. */
  next: number;
  /** Whether the register changed (and must be written before any code is used). */
  changed: boolean;
  /** Codes given this run, and codes whose row is gone. */
  created: string[];
  gone: string[];
  /**
   * Codes whose row this run is the first to see sent again (a time later than the register's: an edit through its
   * link, which no run answered before — its own trigger failed or never ran): the school's confirmation of it is this
   * run's to send, and a verdict it turns is the school's edit.
   */
  resent: string[];
}

/** How long a row may wait for the form to answer before it is given a code without it (a day). */
export const DEFER_LIMIT_MS = 24 * 3600_000;

/**
 * Gives every row its code. Known rows keep theirs; an unknown row that the form knows as a response already in
 * the register (an edit: new timestamp, same response) keeps that response's code; any other row gets the next
 * code. On the very first run (`next` null and an empty register) rows get the code of their row number, which
 * is what codes were before the register existed, so earlier decisions and e-mails stay attached.
 */
export function assignIds(
  keys: readonly RowKey[],
  prior: readonly LedgerEntry[],
  rec: Recognition,
  lookup: Lookup,
  next: number | null,
  now: number,
  /** The highest code the file's tabs still show (highestCodeIn): new codes come above it. 0: none, or not read. */
  shown = 0,
  /**
   * The schools "Đơn vị" lists a sender's address for now (listedSchools): stamped on an entry when first seen, when its
   * sender changes, and on an entry that has no stamp yet (LedgerEntry.sentAs). Absent: nothing is stamped.
   */
  listedFor?: (email: string) => string,
  /**
   * mergedSchoolPrints of "Đơn vị" now: the record of the school a response was sent under (LedgerEntry.firstSchool)
   * follows the response while it names a school not among them, and stays while it names one; with it, the old names of
   * the school it names (LedgerEntry.firstFormer). Absent: recorded at the first sending only, without old names.
   */
  merged?: ReadonlyMap<string, string>,
): Assignment {
  const entries = prior.map((e) => ({ ...e }));
  // A first run numbers rows by their row, unless the file already shows codes (a copy whose register and counter
  // were deleted): then codes follow the highest shown, in the rows' order.
  const firstRun = next === null && prior.length === 0;
  const byRow = firstRun && shown === 0;
  let changed = false;
  let top = Math.max(next ?? 1, 1, shown + 1);
  for (const e of entries) top = Math.max(top, numberOf(e.id) + 1);
  const ids = new Map<number, string>();
  const usedEntry = new Set<number>();
  const created: string[] = [];
  const deferred: number[] = [];

  const responses = lookup.kind === 'responses' ? lookup.responses : [];
  const usedResponse = new Set<string>();
  /**
   * The response a row is: one the form sent in the same second from the same address. A response whose entry is of
   * that very second with other identifying answers is another row's (two registrations sent in the same second from
   * one address): taken only when no other response fits (the row's answers corrected by hand since).
   */
  const responseFor = (at: number, email: string, subject?: string): ResponseRef | undefined => {
    let otherRows: ResponseRef | undefined;
    for (const r of responses) {
      if (usedResponse.has(r.id) || !sameResponse(at, email, r)) continue;
      const i = subject === undefined ? undefined : byResponseId.get(r.id);
      const e = i === undefined ? undefined : entries[i];
      if (e && e.subject !== subject && secondKey(e.lastAt, e.email) === secondKey(at, email)) otherRows ??= r;
      else return r;
    }
    return otherRows;
  };
  const byResponseId = new Map<string, number>();
  entries.forEach((e, i) => {
    if (e.responseId && e.responseId !== NO_RESPONSE) byResponseId.set(e.responseId, i);
  });
  const resent: string[] = [];
  const touch = (i: number, key: RowKey) => {
    const e = entries[i];
    // By the second: a time read back from a cell may differ from the one written by a fraction of it.
    if (e.lastAt > 0 && Math.floor(key.at / 1000) > Math.floor(e.lastAt / 1000)) resent.push(e.id);
    // The school it was sent under by a name of its own: recorded at the first sending, and followed while the response
    // names a school that is neither merged nor renamed (a school chosen by mistake and corrected, review d80b F1, F3; a
    // register from before the column learning it, r80u F2). An answer naming a merged school's name — the only one the
    // form offers it after the merger — leaves it as it was, whoever sends the edit (f80b).
    // With it, the old names that school has now (none for a school neither merged nor renamed): those it had left when
    // the response named it (review d80b F2).
    // So does a correction to a merged or renamed school's name from a school that is none of its names (one chosen by
    // mistake: review d81a F5), with the old names it has then — the current name's rule decides that pair then, and
    // the record keeps the decision after a later rename.
    if (key.school && key.school !== e.firstSchool && ((e.firstSchool === '' && sameSecond(key.at, e.firstAt)) || (merged !== undefined && (!merged.has(key.school) || notItsName(e.firstSchool, merged.get(key.school)!))))) {
      e.firstSchool = key.school;
      e.firstFormer = merged?.get(key.school) ?? '';
      changed = true;
    } else if (e.formerUnknown && e.firstFormer === '' && key.school && key.school === e.firstSchool && merged?.get(key.school)) {
      // Not known (an earlier version's register, review d81a F1): learnt while the response still names the school it
      // was first sent under and that is a renamed or merged school's name now — its old names now are those a first
      // sending records now, and by them the registration replaces exactly those the current name's rule replaces; a
      // later rename keeps that decision. Otherwise it stays '' (the earlier version's rule, no decision reversed).
      e.firstFormer = merged.get(key.school)!;
      changed = true;
    }
    // The first sender: the address of the row while it is still the first sending (one the office corrected by hand, a
    // register from before the column learning it); an edit, whoever sends it, leaves it (review d80b F5).
    let firstSenderChanged = false;
    if (key.email !== e.firstSender && sameSecond(key.at, e.firstAt)) {
      e.firstSender = key.email;
      firstSenderChanged = true;
      changed = true;
    }
    // The stamp is the first sender's: an edit from another address (a colleague, the teacher, the principal's personal
    // account, the office) leaves it (review r82i F3–F5). A stamp not known yet (a register from before it), or a first
    // sender corrected by hand, is judged by the directory of now — for the first sender when known, else the row's.
    if (listedFor !== undefined && (e.sentAs === '' || firstSenderChanged)) {
      const sentAs = listedFor(e.firstSender !== '' ? e.firstSender : key.email);
      if (sentAs !== e.sentAs) {
        e.sentAs = sentAs;
        changed = true;
      }
    }
    if (e.lastAt !== key.at || e.email !== key.email || e.subject !== key.subject) {
      e.lastAt = key.at;
      e.email = key.email;
      e.subject = key.subject;
      changed = true;
    }
    usedEntry.add(i);
    ids.set(key.row, e.id);
  };

  for (const key of keys) {
    const i = rec.byRow.get(key.row);
    if (i !== undefined) touch(i, key);
  }
  // Entries without a response id learn it from the form (a first run, or a register rebuilt by hand).
  if (lookup.kind === 'responses') {
    // Responses already held by a recognised row; the others may come back with a new timestamp (an edit).
    for (const i of usedEntry) if (entries[i].responseId !== '' && entries[i].responseId !== NO_RESPONSE) usedResponse.add(entries[i].responseId);
    for (const i of usedEntry) {
      const e = entries[i];
      if (e.responseId !== '') continue;
      const r = responseFor(e.lastAt, e.email);
      e.responseId = r ? r.id : NO_RESPONSE;
      if (r) {
        usedResponse.add(r.id);
        byResponseId.set(r.id, i);
      }
      changed = true;
    }
  }

  // On a first run rows get their row number (ascending, so the next code follows the last row).
  const unknown = firstRun ? rec.unknown.slice().sort((a, b) => a.row - b.row) : rec.unknown;
  for (const key of unknown) {
    if (lookup.kind === 'failed' && !firstRun && now - key.at < DEFER_LIMIT_MS) {
      deferred.push(key.row);
      continue;
    }
    const response = responseFor(key.at, key.email, key.subject);
    if (response) {
      usedResponse.add(response.id);
      const i = byResponseId.get(response.id);
      if (i !== undefined && !usedEntry.has(i)) {
        touch(i, key); // an edit through the edit link: the same response, a new timestamp
        continue;
      }
    }
    const n = byRow ? key.row : top;
    top = Math.max(top, n + 1);
    const entry: LedgerEntry = {
      id: codeOf(n),
      responseId: response ? response.id : lookup.kind === 'responses' ? NO_RESPONSE : '',
      firstAt: key.at,
      lastAt: key.at,
      email: key.email,
      subject: key.subject,
      decision: '',
      decidedOn: '',
      sentAs: listedFor !== undefined ? listedFor(key.email) : '',
      firstSchool: key.school ?? '',
      firstSender: key.email,
      firstFormer: (key.school && merged?.get(key.school)) || '',
    };
    entries.push(entry);
    const i = entries.length - 1;
    if (response) byResponseId.set(response.id, i);
    usedEntry.add(i);
    ids.set(key.row, entry.id);
    created.push(entry.id);
    changed = true;
  }
  if (next !== null && top !== next) changed = true;
  if (next === null && entries.length > 0) changed = true;
  const gone: string[] = [];
  entries.forEach((e, i) => {
    if (!usedEntry.has(i)) gone.push(e.id);
  });
  return { ids, deferred, entries, next: top, changed, created, gone, resent };
}

/**
 * Whether `first` (a recorded school's print, not '') is none of the names of a school whose old names' prints are
 * `former` (mergedSchoolPrints): another school, chosen by mistake. One of its old names (a merged school's team edited
 * under the merged name, f80b) is not.
 */
function notItsName(first: string, former: string): boolean {
  return first !== '' && former.split(' ').indexOf(first) < 0;
}

/** Two times (epoch ms, 0 none) of one second: a time read back from a cell may differ from the one written by a fraction. */
function sameSecond(a: number, b: number): boolean {
  return a > 0 && b > 0 && Math.floor(a / 1000) === Math.floor(b / 1000);
}

/**
 * Another registration of the same subject (school, kind, name, birth year: the register's `subject`) was first sent
 * after the one at `row` (the first sending decides which is in force between two of the school's own: src/core/
 * duplicates.ts), over the register's columns as a batch read gives them, from row 2 (`times`: first sendings, column C,
 * as serial numbers; `subjects`: column F), in the layout the script writes; `row`: the register's row of the edited
 * registration. A sibling whose time cannot be compared counts as later (the whole run decides).
 */
export function sentAgainLaterIn(times: readonly (readonly unknown[])[], subjects: readonly (readonly unknown[])[], row: number, subject: string): boolean {
  if (subject === '') return false;
  const at = times[row - 2]?.[0];
  for (let i = 0; i < subjects.length; i++) {
    if (i === row - 2) continue;
    // A cell as read is most often a string: compared as it is (String() only for another value, a call per cell).
    const cell = subjects[i]?.[0];
    if (typeof cell === 'string' ? cell !== subject : String(cell ?? '') !== subject) continue;
    const other = times[i]?.[0];
    if (typeof at !== 'number' || typeof other !== 'number' || other > at) return true;
  }
  return false;
}
