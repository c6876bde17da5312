// Read-only views for schools (issue 18): what each view holds and with whom it is shared. One view per school,
// always — also when the office's own tabs are grouped by commune or cluster (above the configured threshold): a view
// shared with several schools would show each of them the others' people, verdicts and reasons (a person's yearly
// rating, a school's declared complaints). A view holds only its school's registrations, verdicts, what to fix,
// duties, progress reports and the office's contact; the council's decisions and comments only when the office
// publishes them.
//
// Sharing is decided here, never ambiguously: an address the directory lists for two schools is shared with no
// view (the office is told), a school without an address gets a view shared with no one (the office is told).
import { officeWord, type OfficeConfig } from './config';
import type { EvaluateOutput } from './evaluate';
import { DIRECTORY_HEADERS, type Directory, type School, isOfficeUnit, sendingSchool } from './directory';
import {
  VIEW_COMMENT_HEADER,
  VIEW_LINK_HEADER,
  VIEW_NOTE,
  VIEW_NO_REPORTS,
  VIEW_REPORTS_HEADER,
  VIEW_REPORTS_TITLE,
  viewReportEarly,
  VIEW_TAB,
  SUMMARY_GENERATED_NOTICE,
  viewComment,
  viewRequested,
  periodName,
  viewRequestedCount,
  viewNotProposed,
  viewNotProposedCount,
  schoolTabCounts,
  REVIEW_DECISIONS,
  VERDICT_LABELS,
  KIND_LABELS,
  viewContact,
  viewNotice,
  viewFileName,
  viewLinkLine,
  VIEW_LINK_LABEL,
  viewFormLines,
  viewAfterPeriod,
  viewFormsClosed,
  viewSuperseded,
  viewRemoved,
  viewSentForOther,
  schoolTabSuperseded,
  SCHOOL_TAB_COUNCIL_HEAD,
  SCHOOL_TAB_DUTIES_TITLE,
  viewDutiesOpen,
  VIEW_SUPERSEDED_MAX,
} from './messages';
import { htmlWithLink, sentForAnotherSchool } from './emails';
import { Q } from './form-titles';
import { schoolTabs, type SchoolTab } from './summaries';
import { earlyDays, type ProgressReport } from './reports';
import { formatDate, matchKey, noEvidence, toText, withoutSheetRow } from './text';

/** The council's published word on a registration. */
export interface PublishedComment {
  decision: string;
  comment: string;
}

export interface ViewSpec {
  /** Stable key of the view in the ledger: "S:<school code>" or "G:<group key>". */
  key: string;
  /** Drive file name (unique per school / group). */
  fileName: string;
  label: string;
  schoolCodes: string[];
  /** Addresses to share with as viewer: lower-cased, sorted, unique, each belonging to one school only. */
  share: string[];
  tabName: string;
  header: string[];
  rows: unknown[][];
  frozenRows: number;
  widths: number[];
  /** 1-based rows to set in bold. */
  boldRows: number[];
  /** The first 1-based row from which every row wraps: past the last (the lines below the table run on freely). */
  wrapFromRow: number;
  /** The 1-based rows that wrap in their columns: the registrations' rows, the progress reports' table. */
  wrapRows: number[];
  /** Fingerprint of the content (header and rows): a view whose recorded hash matches needs no write. */
  hash: string;
  /**
   * The 1-based row of the line saying when the view's data was read (viewAsOf, review r83s F3): blank in `rows` and in
   * the fingerprint, written by the job with the run's moment — with the content, or alone once a day.
   */
  asOfRow: number;
}

export interface ViewPlan {
  views: ViewSpec[];
  /** Notes for the office (no address, an address of several schools), in Vietnamese. */
  notes: string[];
  /** Addresses withheld because several schools list them. */
  withheld: string[];
}

// The content's fingerprint, read cell by cell (no JSON text of the whole view is built): two 32-bit FNV-1a hashes
// with different offset bases and primes, taken together in one pass over the UTF-16 code units, and the number of
// units hashed. Each cell goes in as its type, its length and its text, and each row as its length, so two
// different contents never give the same stream.
let lane1 = 0;
let lane2 = 0;
let units = 0;

function mixUnit(u: number): void {
  lane1 = Math.imul(lane1 ^ u, 0x01000193);
  lane2 = Math.imul(lane2 ^ u, 0x5bd1e995);
  units++;
}

function mixText(tag: number, text: string): void {
  mixUnit(tag);
  mixUnit(text.length & 0xffff);
  mixUnit(text.length >>> 16);
  let a = lane1;
  let b = lane2;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    a = Math.imul(a ^ u, 0x01000193);
    b = Math.imul(b ^ u, 0x5bd1e995);
  }
  lane1 = a;
  lane2 = b;
  units += text.length;
}

function mixRow(row: readonly unknown[]): void {
  mixUnit(0x52); // R
  mixUnit(row.length & 0xffff);
  for (const v of row) {
    if (typeof v === 'string') mixText(0x73, v);
    else if (typeof v === 'number') mixText(0x6e, String(v));
    else if (typeof v === 'boolean') mixText(0x62, v ? 't' : 'f');
    else if (v === null || v === undefined) mixText(0x75, '');
    else if (Object.prototype.toString.call(v) === '[object Date]') mixText(0x64, String((v as Date).getTime()));
    else mixText(0x6f, JSON.stringify(v) ?? String(v));
  }
}

const hex8 = (h: number) => ('0000000' + (h >>> 0).toString(16)).slice(-8);

/** Fingerprint of a view's header and rows: 16 hex digits (the two hashes) and the units hashed, in base 36. */
function hashRows(header: readonly unknown[], rows: readonly (readonly unknown[])[]): string {
  lane1 = 0x811c9dc5 | 0;
  lane2 = 0x9747b28c | 0;
  units = 0;
  mixRow(header);
  for (const r of rows) mixRow(r);
  return hex8(lane1) + hex8(lane2) + units.toString(36);
}

/** What the office tab's line on replaced registrations ends with, whatever their number. */
const SUPERSEDED_SUFFIX = schoolTabSuperseded(0).slice(1);

function rectangle(lines: unknown[][], width: number): unknown[][] {
  return lines.map((l) => {
    const row: unknown[] = new Array(width);
    for (let j = 0; j < width; j++) row[j] = j < l.length && l[j] !== undefined && l[j] !== null ? l[j] : '';
    return row;
  });
}

/** A registration whose response row was deleted (the council's tab still has its row): its code, school and name. */
export interface RemovedRegistration {
  id: string;
  school: string;
  name: string;
}

/** The published links of the office's two forms, as the views give them (null: not known, or closed by the end). */
export interface FormLinks {
  registration: string | null;
  report: string | null;
  /**
   * The period ended ("Kết thúc giai đoạn…"): the period's name and which forms are still closed by it (their links
   * null; none when the office opened them again by hand). Absent or null while the period runs, and once reopened.
   */
  ended?: { period: string; registration: boolean; report: boolean } | null;
  /**
   * The period is over by the calendar (config.ts periodOverFrom) and nobody ended it: its name and last year. The forms
   * still take answers, which the period no longer reviews: the view gives no link to them (review d75b F4).
   */
  over?: { period: string; lastYear: number; editsOpen: boolean } | null;
}

/**
 * The views to keep, in directory order, with their content and sharing, when config.schoolViews is enabled
 * (an empty plan otherwise). `comments` (registration id → decision and comment) is shown only when
 * config.schoolViews.publishComments is set. `forms`: the links the views give to act on what they show. `requests`:
 * the registrations whose "Yêu cầu bổ sung" is in force (its letter composed: src/jobs/school-views.ts requestsInForce),
 * with the day their letter went (dd/MM/yyyy; null: not known) — shown whether or not comments are published.
 * `notProposed`: the codes the council decided "Không đề nghị" (review.ts notProposedIds, as the reminders skip them:
 * reminders.ts withoutNotProposed) — shown as such, with nothing to complete (viewContent). Pure.
 */
export function planSchoolViews(
  output: EvaluateOutput,
  config: OfficeConfig,
  comments: ReadonlyMap<string, PublishedComment> = new Map(),
  forms: FormLinks = { registration: null, report: null },
  removed: readonly RemovedRegistration[] = [],
  requests: ReadonlyMap<string, string | null> = new Map(),
  notProposed: ReadonlySet<string> = new Set(),
): ViewPlan {
  const plan: ViewPlan = { views: [], notes: [], withheld: [] };
  if (!config.schoolViews.enabled) return plan;
  // Not a registration sent from another listed school's address to the school it chose (most likely by mistake): that
  // school is not shown another school's teacher, nor told of letters that went to the sender alone (review d74b F2);
  // the school that sent it is shown it in a line of its own (d74c F3), as its reminders name it.
  const forAnother = sentForAnotherSchool(output);
  const sentElsewhere = new Map<string, { id: string; name: string; chosen: string }[]>();
  if (forAnother.size > 0) {
    for (const r of output.registrations) {
      if (!forAnother.has(r.id) || r.flags.supersededBy || !r.school) continue;
      // The one school that sent it (an address two schools share tells neither: as the reminders).
      const by = sendingSchool(output.directory, r);
      if (by) (sentElsewhere.get(by.code) ?? sentElsewhere.set(by.code, []).get(by.code)!).push({ id: r.id, name: r.name, chosen: r.school.name });
    }
    output = { ...output, registrations: output.registrations.filter((r) => !forAnother.has(r.id)) };
  }
  const byCode = new Map(output.directory.schools.map((s) => [s.code, s]));
  // A code two rows of "Đơn vị" hold (a row copied to add a school): whose view it is cannot be told, and one view would
  // be shared with the other school's addresses (review privacy #2). No view for it until each school has its own code.
  const twice = codesTwice(output);
  for (const [code, names] of twice) plan.notes.push(VIEW_NOTE.sharedCode(code, names));
  // An address listed for two schools (src/core/directory.ts sharedEmails): shared with neither (the directory's note
  // says so, for the mail too).
  for (const s of output.directory.schools) for (const e of s.sharedEmails ?? []) if (plan.withheld.indexOf(e) < 0) plan.withheld.push(e);
  for (const s of output.directory.schools) if (s.emails.length === 0) plan.notes.push(VIEW_NOTE.noAddress(s.name, s.code, DIRECTORY_HEADERS.email));
  const withheld = new Set(plan.withheld);
  const tabs = oneTabPerSchool(output, config);
  const publish = config.schoolViews.publishComments ? comments : null;
  for (const tab of tabs) {
    const codes = tab.schoolCodes.filter((c) => c !== '');
    if (codes.length === 0 || codes.some((c) => twice.has(c))) continue;
    const share = new Set<string>();
    for (const c of codes) for (const e of byCode.get(c)?.emails ?? []) if (!withheld.has(e)) share.add(e);
    const content = viewContent(tab, output, config, publish, forms, removedOf(removed, codes, output), requests, codes.flatMap((c) => sentElsewhere.get(c) ?? []), notProposed);
    const key = viewKey(codes);
    plan.views.push({
      key,
      fileName: viewFileName(tab.label, codes[0], periodName(config.period.startYear, config.period.endYear)),
      label: tab.label,
      schoolCodes: codes,
      share: [...share].sort(),
      tabName: VIEW_TAB,
      ...content,
      // The layout's rows too: a view whose words are the same but whose layout changed is written again.
      hash: hashRows(content.header, [...content.rows, content.wrapRows, content.boldRows]),
    });
  }
  return plan;
}

/** What a view's ledger entry tells of who it is for (the rest of it: src/jobs/school-views.ts ViewRecord). */
export interface ViewEntry {
  /** 'pending': about to be created (no id yet); 'made'; 'retired': no longer planned, shared with no one. */
  st: 'pending' | 'made' | 'retired';
  name: string;
  id?: string;
  /** Viewers as last synced. */
  sh?: string[];
  /**
   * 1: its content, name and new readers held back, Drive having refused to take off someone who should no longer read
   * it (review r68v #1): no link to it is given until it is written.
   */
  hd?: number;
  /** Executions in a row that could not open it. */
  miss?: number;
}

/** The school name and code a view's file name gives (viewFileName: "Trang theo dõi … — <name> (<code>)"); null when none. */
export function viewNameParts(fileName: string): { school: string; code: string } | null {
  const at = fileName.indexOf(' — ');
  if (at < 0) return null;
  const m = /^(.*) \(([^()]*)\)$/.exec(fileName.slice(at + 3));
  return m ? { school: m[1], code: m[2] } : null;
}

/** Whether a view's file name names `school` — by its name now (matchKey), or also by a former one ("Tên cũ") — whatever the code. */
export function namesSchool(fileName: string, school: Pick<School, 'key' | 'former'>, former = true): boolean {
  const p = viewNameParts(fileName);
  if (!p) return false;
  const k = matchKey(p.school);
  return k === school.key || (former && school.former.some((n) => matchKey(n) === k));
}

/**
 * Whether a view's made file is surely the one of the school (or group) `view` is for, whatever name it was written under:
 * named for the same code and shared by the tool with exactly the view's addresses (review d83c F1: a school's name
 * corrected in "Đơn vị", its code and e-mail unchanged and "Tên cũ" left blank, is the same school — its view renamed,
 * never replaced). A view with no address to share with is known by no reader: not by this.
 */
export function sameCodeAndReaders(e: ViewEntry, view: Pick<ViewSpec, 'fileName' | 'share'>): boolean {
  if (e.st !== 'made' || !e.id || view.share.length === 0) return false;
  const code = viewNameParts(view.fileName)?.code;
  return code !== undefined && viewNameParts(e.name)?.code === code && sharedKey(e) === view.share.join(';');
}

/** The addresses the tool shared a made view with, in the form of a view's `share` joined (sorted, ';'). */
function sharedKey(e: ViewEntry): string {
  return [...(e.sh ?? [])].sort().join(';');
}

/**
 * The ledger's key of a view file left to its former school (src/jobs/school-views.ts handOffNone: a file is never
 * rewritten for another school), by its id: never planned, so unshared as a view no longer wanted — unless its school
 * takes it back here (followCorrectedCodes).
 */
export const FORMER_VIEW_KEY_PREFIX = 'X:';

/** A view that follows its school to the code the office corrected it to: its entry moved from `from` to `to`. */
export interface ViewMove {
  from: string;
  to: string;
  oldCode: string;
  school: School;
}

/**
 * A school's code corrected in "Đơn vị" (MN1 → MN01): the same school keeps its view (review r68v, "looked at": a new
 * view was made and the old one unshared without a word, the school's saved link dead). A planned view with no view
 * made for its key follows the one view, made and shared as recorded, of a key whose code no school holds any more —
 * named for the same school (its name, not a former one) and shared with exactly the view's addresses — when that view
 * is the one such for no other planned view. A record is known by who it is, not by the key typed for it.
 *
 * So does a school whose view's file was left under FORMER_VIEW_KEY_PREFIX, its code now another school's (two codes
 * swapped, a code corrected while another school is given the old one): the file written for it, under whatever code.
 *
 * Anything less sure (its name changed too, its addresses, two such views) is left as it was: the school gets a new view, and `earlier` gives, by the key of each view still to be made or changing hands
 * (its file named for another school: two codes swapped), the names of the views made before for its school (named for
 * it, also by a former name, or, no longer planned, shared with one of its addresses), so that the office is told which
 * school has a new link. Pure.
 */
export function followCorrectedCodes(views: readonly ViewSpec[], ledger: ReadonlyMap<string, ViewEntry>, directory: Directory): { moves: ViewMove[]; earlier: Map<string, string[]> } {
  const planned = new Set(views.map((v) => v.key));
  const codes = new Set(directory.schools.map((s) => s.code));
  const open = views.filter((v) => v.schoolCodes.length === 1 && v.key === `S:${v.schoolCodes[0]}` && !(['made', 'pending'] as const).some((st) => st === ledger.get(v.key)?.st));
  const candidates = new Map<string, string[]>();
  const takers = new Map<string, string[]>();
  for (const v of open) {
    const school = directory.byCode.get(v.schoolCodes[0]);
    if (!school) continue;
    const share = v.share.join(';');
    for (const [k, e] of ledger) {
      const former = k.indexOf(FORMER_VIEW_KEY_PREFIX) === 0;
      if (k === v.key || planned.has(k) || (!former && (k.indexOf('S:') !== 0 || codes.has(k.slice(2))))) continue;
      // Its file named for the code of its key — or for the code it goes back to: moved to a corrected code, not renamed
      // yet (Drive failed), and the correction undone (review d69b B). A former school's file: whatever its code.
      const fileCode = viewNameParts(e.name)?.code;
      if (e.st !== 'made' || !e.id || e.hd || e.miss || (!former && fileCode !== k.slice(2) && fileCode !== v.schoolCodes[0])) continue;
      if (!namesSchool(e.name, school, false) || sharedKey(e) !== share) continue;
      (candidates.get(v.key) ?? candidates.set(v.key, []).get(v.key)!).push(k);
      (takers.get(k) ?? takers.set(k, []).get(k)!).push(v.key);
    }
  }
  const moves: ViewMove[] = [];
  for (const v of open) {
    const found = candidates.get(v.key) ?? [];
    const school = directory.byCode.get(v.schoolCodes[0]);
    if (school && found.length === 1 && takers.get(found[0])!.length === 1) {
      const oldCode = found[0].indexOf(FORMER_VIEW_KEY_PREFIX) === 0 ? viewNameParts(ledger.get(found[0])!.name)?.code ?? '' : found[0].slice(2);
      moves.push({ from: found[0], to: v.key, oldCode, school });
    }
  }
  const moved = new Set(moves.flatMap((m) => [m.from, m.to]));
  const earlier = new Map<string, string[]>();
  for (const v of views) {
    const school = v.schoolCodes.length === 1 ? directory.byCode.get(v.schoolCodes[0]) : undefined;
    if (!school || moved.has(v.key)) continue;
    // A view to be made (or made again from a retired entry), or one changing hands: its file named for another school
    // (two codes swapped, a code given to another school).
    const own = ledger.get(v.key);
    if (own?.st === 'made' && (namesSchool(own.name, school) || !viewNameParts(own.name) || sameCodeAndReaders(own, v))) continue;
    const names: string[] = [];
    for (const [k, e] of ledger) {
      if (k === v.key || moved.has(k) || !e.id || (e.st !== 'made' && e.st !== 'retired')) continue;
      // Named for the school (also by a former name), or, no longer planned, shared with one of its addresses.
      if (namesSchool(e.name, school) || (!planned.has(k) && e.st === 'made' && (e.sh ?? []).some((a) => v.share.includes(a)))) names.push(e.name);
    }
    if (names.length > 0) earlier.set(v.key, names);
  }
  return { moves, earlier };
}

/** The codes more than one school of the directory holds, with those schools' names. */
function codesTwice(output: EvaluateOutput): Map<string, string[]> {
  // Which codes: the directory's own count (School.codeTwice), not counted again here.
  const names = new Map<string, string[]>();
  for (const s of output.directory.schools) {
    if (!s.codeTwice) continue;
    const list = names.get(s.code);
    if (list) list.push(s.name);
    else names.set(s.code, [s.name]);
  }
  return names;
}

/** The removed registrations of the schools `codes` (found by the school's name as the council's tab holds it). */
function removedOf(removed: readonly RemovedRegistration[], codes: readonly string[], output: EvaluateOutput): RemovedRegistration[] {
  if (removed.length === 0) return [];
  const set = new Set(codes);
  return removed.filter((r) => {
    const school = output.directory.byKey.get(matchKey(r.school));
    return school !== undefined && set.has(school.code);
  });
}

/**
 * One school tab per school, whatever the office's own grouping: the views' content (the office's tabs are grouped
 * above config.perSchoolTabThreshold, its views never are).
 */
function oneTabPerSchool(output: EvaluateOutput, config: OfficeConfig): SchoolTab[] {
  const office = schoolTabs(output, config);
  return office.mode === 'perSchool' ? office.tabs : schoolTabs(output, { ...config, perSchoolTabThreshold: Number.MAX_SAFE_INTEGER }).tabs;
}

/**
 * The key of the view of a school's tab (codes: its school code). A view of a commune's or cluster's schools, as
 * earlier versions made above the threshold, had a key 'G:…': no longer planned, it is shared with no one.
 */
function viewKey(codes: readonly string[]): string {
  return `S:${codes[0]}`;
}

/**
 * The key and school codes of each view planSchoolViews would plan, in the same order, without their content
 * (what the links of the views need). Empty when config.schoolViews is off. Pure.
 */
export function viewKeys(output: EvaluateOutput, config: OfficeConfig): { key: string; schoolCodes: string[] }[] {
  if (!config.schoolViews.enabled) return [];
  const out: { key: string; schoolCodes: string[] }[] = [];
  const twice = codesTwice(output);
  for (const tab of oneTabPerSchool(output, config)) {
    const codes = tab.schoolCodes.filter((c) => c !== '');
    if (codes.length > 0 && !codes.some((c) => twice.has(c))) out.push({ key: viewKey(codes), schoolCodes: codes });
  }
  return out;
}

/**
 * The view's columns, by the office tab's headers: the code, the name, the verdict (and the council's word when
 * published) and what to fix first, so that a phone shows a registration's verdict without scrolling sideways (review
 * mobile H2); then the rest of the office tab's columns. Each with its width in pixels.
 */
const VERDICT_HEADER = 'Kết luận';
const TO_FIX_HEADER = 'Cần bổ sung hoặc chưa đạt';
const KIND_HEADER = 'Đối tượng';
const VIEW_COLUMNS: readonly (readonly [header: string, px: number])[] = [
  ['Mã phiếu', 80],
  ['Tên', 170],
  [VERDICT_HEADER, 90],
  [VIEW_COMMENT_HEADER, 260],
  [TO_FIX_HEADER, 400],
  [KIND_HEADER, 80],
  // The school year the registration counts for in the minimum (III.1): the duties' lines above name school years.
  ['Năm học', 90],
  ['Lĩnh vực', 200],
  ['Mô hình', 260],
  ['Điểm ưu tiên', 80],
];
/** The rows a view keeps in sight as it scrolls: the school's name, its counts and the registrations' header. */
const VIEW_FROZEN_ROWS = 3;

/**
 * The office tab's content, adapted for the school and for a phone (review mobile H2): the school's name, its counts
 * and the registrations table first, its header kept in sight, the verdict in the third column; then, below it, the
 * school's identity, duties, what the view is, its progress reports, the forms and the office's contact. The lines
 * below the table run on across the columns, one line a sentence, as in the office's tab; the registrations' rows and
 * the reports' table wrap in their columns.
 */
function viewContent(
  tab: SchoolTab,
  output: EvaluateOutput,
  config: OfficeConfig,
  comments: ReadonlyMap<string, PublishedComment> | null,
  forms: FormLinks,
  removed: readonly RemovedRegistration[],
  requests: ReadonlyMap<string, string | null>,
  sentElsewhere: readonly { id: string; name: string; chosen: string }[] = [],
  notProposed: ReadonlySet<string> = new Set(),
) {
  const codes = new Set(tab.schoolCodes);
  const office = officeWord(config.organisation);
  // The office's line on replaced registrations sends the reader to an office tab: the view names them itself.
  const supersededLine = (c: unknown) => typeof c === 'string' && c.endsWith(SUPERSEDED_SUFFIX);
  const replaced = () => {
    // By code, the lowest first (review mail L14: in the order of the response tab, which edits and restores mix).
    const all = output.registrations
      .filter((r) => r.flags.supersededBy && r.school && codes.has(r.school.code))
      .sort((a, b) => a.id.length - b.id.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const items = all.slice(0, VIEW_SUPERSEDED_MAX).map((r) => ({ id: r.id, name: r.name, by: r.flags.supersededBy! }));
    return viewSuperseded(items, all.length - items.length);
  };
  const tabLines: unknown[][] = [tab.header, ...tab.rows].map((r) =>
    // What to fix without the row of the office's response tab (withoutSheetRow: nothing to a school).
    r.map((c) => (c === SUMMARY_GENERATED_NOTICE ? viewNotice(office, forms.ended, forms.over ? (forms.over.editsOpen ? 'edits' : 'closed') : null) : supersededLine(c) ? replaced() : typeof c === 'string' ? withoutSheetRow(c) : c)),
  );
  // The office's school tab (summaries.ts schoolTab): its name, identity and counts, the rest of its block, the table.
  const at = tab.tableHeaderRow;
  const [name, identity, counts, ...block] = tabLines.slice(0, at);
  // Not the office tab's line on the council's decisions (review r80n F3): the view counts them itself, below.
  const rest = block.filter((l) => !(typeof l[0] === 'string' && l[0].startsWith(SCHOOL_TAB_COUNCIL_HEAD)));
  while (rest.length > 0 && rest[rest.length - 1].every((c) => c === '' || c === undefined || c === null)) rest.pop();
  // The table's columns in the view's order: the office tab's column of each header (-1: the council's, added here).
  const officeHeader = tabLines[at].map((c) => toText(c));
  const columns = VIEW_COLUMNS.filter(([h]) => (h === VIEW_COMMENT_HEADER ? comments !== null : officeHeader.indexOf(h) >= 0));
  const from = columns.map(([h]) => (h === VIEW_COMMENT_HEADER ? -1 : officeHeader.indexOf(h)));
  const countsLine = [''];
  const lines: unknown[][] = [name, countsLine, columns.map(([h]) => h)];
  const bold: number[] = [VIEW_FROZEN_ROWS];
  const wrapRows: number[] = [];
  // The council's "Yêu cầu bổ sung" in force, published or not: what the school was e-mailed, not contradicted by a
  // "Đạt" and "0 cần bổ sung" here (review r68v #4). Such a registration checked "Đạt" reads "Cần bổ sung" and is counted
  // so; its letter (not its comment) is named in its "Cần bổ sung hoặc chưa đạt".
  const verdictAt = officeHeader.indexOf(VERDICT_HEADER);
  const fixAt = officeHeader.indexOf(TO_FIX_HEADER);
  const kindAt = officeHeader.indexOf(KIND_HEADER);
  let requested = 0;
  let rejected = 0;
  const tally = { dat: 0, chuaDat: 0, canBoSung: 0, collective: 0, individual: 0 };
  for (const officeRow of tabLines.slice(at + 1, at + 1 + tab.registrationCount)) {
    const id = toText(officeRow[0]);
    const c = comments ? comments.get(id) : undefined;
    let row = officeRow;
    if (notProposed.has(id) && verdictAt >= 0 && fixAt >= 0) {
      // The council decided "Không đề nghị" (a withdrawal among them): the school is not asked to complete it — no
      // "Cần bổ sung", no list of the person's missing evidence, not counted among those to complete (review r76p F3:
      // after a withdrawal the view kept asking for more of her data; the reminders already skip it, r74p F3). Still
      // listed, so that the school sees why it is no longer chased, with the decision in its "Kết luận" whether or not
      // comments are published: what the school acts on, as a request is (its reason stays the council's unless
      // published). Counted apart from "đạt", "chưa đạt" and "cần bổ sung" (viewNotProposedCount).
      rejected++;
      row = [...officeRow];
      row[verdictAt] = REVIEW_DECISIONS.reject;
      row[fixAt] = viewNotProposed(office);
    } else if (requests.has(id) && verdictAt >= 0 && fixAt >= 0) {
      requested++;
      row = [...officeRow];
      if (toText(row[verdictAt]) === VERDICT_LABELS.dat) row[verdictAt] = VERDICT_LABELS.canBoSung;
      const fix = toText(row[fixAt]);
      const asked = viewRequested(id, requests.get(id) ?? null, office);
      row[fixAt] = fix === '' ? asked : `${asked}\n${fix}`;
    }
    const verdict = toText(row[verdictAt]);
    if (verdict === VERDICT_LABELS.dat) tally.dat++;
    else if (verdict === VERDICT_LABELS.chuaDat) tally.chuaDat++;
    else if (verdict === VERDICT_LABELS.canBoSung) tally.canBoSung++;
    if (toText(row[kindAt]) === KIND_LABELS.collective) tally.collective++;
    else if (toText(row[kindAt]) === KIND_LABELS.individual) tally.individual++;
    lines.push(from.map((i) => (i >= 0 ? row[i] : c ? viewComment(c.decision, c.comment) : '')));
    wrapRows.push(lines.length);
  }
  // The office tab's counts, unless a request moved a registration out of "đạt" or the council decided "Không đề nghị"
  // (then counted again from the rows).
  const moved = requested > 0 || rejected > 0 ? schoolTabCounts(tab.registrationCount, tally.collective, tally.individual, tally.dat, tally.chuaDat, tally.canBoSung) : toText(counts?.[0]);
  countsLine[0] = moved + (requested > 0 ? ` ${viewRequestedCount(requested)}` : '') + (rejected > 0 ? ` ${viewNotProposedCount(rejected)}` : '') + (tab.dutiesOpen ? ` ${viewDutiesOpen(tab.registrationCount > 0)}` : '');
  // Under the table, the line saying when its data was read (filled by the job: asOfRow).
  lines.push([], ['']);
  const asOfRow = lines.length;
  lines.push(identity);
  if (removed.length > 0) {
    const items = removed.slice(0, VIEW_SUPERSEDED_MAX);
    lines.push([viewRemoved(office, items, removed.length - items.length)]);
  }
  if (sentElsewhere.length > 0) {
    const items = sentElsewhere.slice(0, VIEW_SUPERSEDED_MAX);
    lines.push([viewSentForOther(items, sentElsewhere.length - items.length, Q.school)]);
  }
  for (const l of rest) {
    lines.push(l);
    if (l[0] === SCHOOL_TAB_DUTIES_TITLE) bold.push(lines.length);
  }
  // Not a report sent from another listed school's address under this school's name (ProgressReport.sentFrom): that
  // school's summary and document are not this school's to read, and it does not count here.
  const reports = output.reports.filter((r) => r.school && codes.has(r.school.code) && !r.sentFrom);
  // A unit of the office's own (a commune's Phòng Văn hóa - Xã hội) has no plan or report to send (its duty line says
  // so): no block of its reports unless it sent one anyway, no link to send one (review r70x L4).
  const units = output.directory.schools.filter((sc) => codes.has(sc.code));
  const officeUnits = units.length > 0 && units.every(isOfficeUnit);
  if (!officeUnits || reports.length > 0) {
    lines.push([], [VIEW_REPORTS_TITLE]);
    bold.push(lines.length);
    // One school's view has no "Đơn vị" column: its period has the first column (VIEW_REPORTS_HEADER).
    lines.push([...VIEW_REPORTS_HEADER]);
    bold.push(lines.length);
    wrapRows.push(lines.length);
  }
  for (const r of reports) {
    // One sent too early to count says so, as its period's duty line does (review d62 F1).
    const early = earlyDays(r);
    lines.push([r.period ? r.period.label : r.periodLabel, reportEvidenceCell(r) + (early ? viewReportEarly(early.from) : ''), r.submittedAt ? formatDate(r.submittedAt) : '', r.summary]);
    wrapRows.push(lines.length);
  }
  if (reports.length === 0 && !officeUnits) lines.push([VIEW_NO_REPORTS]);
  // After the end, no link to a form it closed: said so, with whom to ask (the contact's line follows).
  const ended = forms.ended && (forms.ended.registration || (forms.ended.report && !officeUnits)) ? [viewFormsClosed(forms.ended.period, office, forms.ended.registration, forms.ended.report && !officeUnits)] : [];
  const over = forms.over ? [viewAfterPeriod(forms.over.period, forms.over.lastYear, forms.over.editsOpen)] : [];
  const links = forms.over ? [] : viewFormLines(forms.registration, officeUnits ? null : forms.report);
  lines.push([], ...links.map((l) => [l]), ...ended.map((l) => [l]), ...over.map((l) => [l]), [viewContact(config.organisation.name, config.schoolViews.contact)]);
  const rect = rectangle(lines, Math.max(columns.length, VIEW_REPORTS_HEADER.length));
  return {
    header: rect[0].map((c) => toText(c)),
    rows: rect.slice(1),
    frozenRows: VIEW_FROZEN_ROWS,
    widths: columns.map(([, px]) => px),
    boldRows: bold,
    // No row wraps from a row on: the lines below the table run on; its rows and the reports' wrap (wrapRows).
    wrapFromRow: rect.length + 1,
    wrapRows,
    asOfRow,
  };
}

/**
 * The link column the tool keeps at the end of "Đơn vị": its 0-based column (the existing header, or the first
 * column after the office's), and one cell per data row — the view of the school whose code the row holds ('' when
 * none). `values` is the tab as read (header row first). Null when the tab has no code column.
 */
export function directoryLinkColumn(values: readonly (readonly unknown[])[], linkByCode: ReadonlyMap<string, string>): { column: number; cells: string[][] } | null {
  if (values.length === 0) return null;
  const header = values[0].map((h) => matchKey(h));
  const codeCol = header.indexOf(matchKey(DIRECTORY_HEADERS.code));
  if (codeCol < 0) return null;
  let column = header.indexOf(matchKey(VIEW_LINK_HEADER));
  if (column < 0) {
    column = header.length;
    while (column > 0 && header[column - 1] === '' && !values.some((r, i) => i > 0 && toText(r[column - 1]) !== '')) column--;
  }
  const cells: string[][] = [[VIEW_LINK_HEADER]];
  for (let i = 1; i < values.length; i++) cells.push([linkByCode.get(toText(values[i][codeCol])) ?? '']);
  return { column, cells };
}

/**
 * A school's e-mail with the line giving its view's link, in the text and HTML parts, as the paragraph before the last:
 * the e-mails it is added to (reminders, notices) end with the office's footer ("vui lòng không trả lời thư này…"),
 * where a reader stops (review mail L7). An e-mail of one paragraph gets it after that paragraph.
 */
export function withViewLink<E extends { body: string; htmlBody: string }>(email: E, url: string | undefined): E {
  if (!url) return email;
  const line = viewLinkLine(url);
  const p = `<p>${htmlWithLink(line, { url, label: VIEW_LINK_LABEL })}</p>`;
  const text = email.body.replace(/\n$/, '');
  const cut = text.lastIndexOf('\n\n');
  const body = cut < 0 ? `${text}\n\n${line}\n` : `${text.slice(0, cut)}\n\n${line}${text.slice(cut)}\n`;
  // The footer's paragraph: the last of the main block (render's; a paragraph's text is escaped, so holds no "<p>").
  const inner = email.htmlBody.endsWith('</div>') ? email.htmlBody.slice(0, -6) : email.htmlBody;
  const at = inner.lastIndexOf('<p>');
  const html = (at > inner.indexOf('<p>', inner.lastIndexOf('<div')) ? `${inner.slice(0, at)}${p}${inner.slice(at)}` : inner + p) + (inner === email.htmlBody ? '' : '</div>');
  return { ...email, body, htmlBody: html };
}

/**
 * The "Minh chứng" of a report in the school's view: its document's number and its link, each when it gives evidence
 * (a link answered "không có" no longer hides the number that made the report count: review school #4); when neither
 * does, what the school typed, so that it sees why the report does not count.
 */
function reportEvidenceCell(r: Pick<ProgressReport, 'docRef' | 'link'>): string {
  const given = [r.docRef, r.link].filter((x) => x && !noEvidence(x));
  return given.length ? given.join(' · ') : r.link || r.docRef;
}
