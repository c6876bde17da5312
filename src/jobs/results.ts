// Evaluating every registration and writing the "Kết quả kiểm tra" tab: one read per input tab, one write.
import { evaluateAll, type EvaluateOutput } from '../core/evaluate';
import { HISTORY_TAB, INPUT_PROBLEM, PROTECTION_DESCRIPTION, REVIEW_TAB, RESULTS_BUSY, RESULTS_HEADER, RESULTS_HEADER_TWICE, RESULTS_SUMMARY, REVIEW_DECISIONS_GONE_BACK, REVIEW_HEADERS, REVIEW_VERDICT_SUPERSEDED, TAB, configRowsGone, ledgerGone } from '../core/messages';
import { resultRow, resultsLayout, resultsTabHeld, resultsTabUpdate, toolsResultsLayout, type ResultsTabUpdate } from '../core/results-table';
import type { Cell } from '../core/table';
import { fnv1a32 } from '../core/text';
import { literalText } from '../core/table';
import { logError } from '../gas/health';
import { ToolStop } from '../gas/errors';
import { decisionsGoneBack, recordDecisions, recordedDecisions } from '../gas/ledger';
import type { LedgerEntry } from '../core/ledger';
import { NOT_LISTED } from '../core/directory';
import { forgetResent, readInputs, resentCodes, type Inputs, type ReadOptions, type ResultsShape } from '../gas/office';
import { clearState, getState, setState, setStateSoon } from '../gas/properties';
import { toolVersion } from '../gas/version';
import { carryGone, carryRecalled, packPrint, settingsChanged, settingsGone, settingsPrint, unpackPrint, type SettingsPrint } from '../core/settings-trail';
import { missingConfigRows } from '../core/config';
import { appendFirstLines, countHistory } from '../gas/history';
import { recordVersions, type VersionsKept } from '../gas/versions';
import { packLineCounts } from '../core/versions';
import { baselineLines } from '../core/history';
import { GROW_ROWS, ownRowsBlank } from '../gas/rows';
import { deleteTabRows, ensureSheet, measureTab, readValues, writeTable, type WriteOptions } from '../gas/sheets';
import { reviewWithTypedWords } from '../gas/typed-words';
import { codesShowing, erasureRequestedIds, mergeReview, notProposedIds, type DecisionSnapshot, type ReviewTab } from '../core/review';
import { councilColumns, updateReview } from './summaries';
import { spreadsheetAppWrote } from '../gas/cell-batch';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Evaluated {
  output: EvaluateOutput;
  /** Sheet-level problems, in Vietnamese, naming tab, row and column. */
  errors: string[];
}

/** Decides on the inputs (pure): the evaluation, and every sheet-level problem in Vietnamese. */
export function evaluate(inputs: Inputs): Evaluated {
  const output = evaluateAll({ ...inputs, firstSent: firstSent(inputs.identified.entries), sentAs: sentAs(inputs.identified.entries), firstSchool: firstSchools(inputs.identified.entries), ...firstRecords(inputs.identified.entries), lastPrint: unpackPrint(getState('settingsPrint')) });
  return { output, errors: [...inputs.configErrors, ...output.errors] };
}

/**
 * The office's trails kept, before anything else is written or sent. Each sending as received that no submission
 * recorded (this run answers it, a submission's run was cut off, the tab is new): this run's first sightings (the
 * register, read and saved with the inputs, has seen them now: a submission that runs later would not record them —
 * review versions H1), and an office's earlier ones while their answers are still the response's. And the history's
 * lines counted, when the run read them with its inputs, before it appends any (review complaint M3). Every run that
 * reads the registrations with the register (the full run, the reminders, the digest, Thiết lập) calls it; what it finds
 * gone is logged under `job`.
 */
export function recordTrails(ss: Spreadsheet, inputs: Inputs, output: EvaluateOutput, job: string, now: Date = new Date()): VersionsKept {
  // A registration whose erasure the council recorded and whose row the office deleted is erased (reviews r76p F2, d76
  // F2): "Thẩm định" as the run read it, or read now, only when a registration's row is gone and not erased yet, or an
  // erased one's row is back (d76 F3).
  const withdrawals = inputs.identified.partial
    ? undefined
    : {
        gone: inputs.identified.gone,
        requested: withSamePerson(
          erasureRequestedOf(ss, output, { values: inputs.reviewValues, recorded: recordedDecisions(inputs.identified.entries) }),
          inputs.identified.entries,
          inputs.identified.gone,
          () => (inputs.reviewValues === undefined ? tabValues(ss, REVIEW_TAB) : inputs.reviewValues),
        ),
      };
  const kept = recordVersions(ss, output.registrations, new Set([...inputs.identified.created, ...resentCodes(inputs.identified)]), now, job, { header: inputs.versionHeader, keys: inputs.versionKeys }, withdrawals);
  countHistory(ss, { header: inputs.historyHeader, times: inputs.historyTimes }, job);
  return kept;
}

/**
 * The registrations whose erasure was requested, and with them the earlier ones of the same person whose rows are gone
 * too: one subject (school, kind, name, birth year) as the register last saw it, that "Thẩm định" last showed "Đã thay
 * thế" — the registrations a school sent again for her, replaced by the one the council decided on (review d76b F3:
 * both rows deleted, nothing was erased and both were told lost). A namesake of one school, in force beside her (two
 * people told apart by their answers), is not hers: her row deleted with the requester's is a loss (review d76c F2).
 * `review`: "Thẩm định" as the run read it (read then only when such a row is gone).
 */
function withSamePerson(
  requested: () => ReadonlySet<string>,
  entries: readonly LedgerEntry[],
  gone: readonly string[],
  review: () => readonly (readonly unknown[])[] | null,
): () => ReadonlySet<string> {
  return () => {
    const asked = requested();
    if (asked.size === 0) return asked;
    const subjectOf = new Map(entries.map((e) => [e.id, e.subject]));
    const subjects = new Set([...asked].map((c) => subjectOf.get(c)).filter((x): x is string => !!x));
    const same = gone.filter((c) => !asked.has(c) && subjects.has(subjectOf.get(c) ?? ''));
    if (same.length === 0) return asked;
    const replaced = codesShowing(review() ?? [], REVIEW_HEADERS.verdict, REVIEW_VERDICT_SUPERSEDED);
    const out = new Set(asked);
    for (const c of same) if (replaced.has(c)) out.add(c);
    return out;
  };
}

/** A tab's values as it stands (null: no such tab). */
function tabValues(ss: Spreadsheet, name: string): unknown[][] | null {
  const sheet = ss.getSheetByName(name);
  if (!sheet) return null;
  // "Thẩm định" with its comments as typed where Sheets shows "#ERROR!" (a "- …" typed), as the rebuild reads them.
  return name === REVIEW_TAB ? reviewWithTypedWords(sheet, readValues(sheet)) : readValues(sheet);
}

/**
 * The codes the council decided "Không đề nghị" (review.ts notProposedIds), for reminderPlan and for the erasure of a
 * withdrawn registration (recordTrails): from the merged "Thẩm định" (`review`: the rebuild's), or "Thẩm định" as the run
 * read it (`values`; undefined: read now) merged with the decisions the register recorded. "Lịch sử thẩm định" is read
 * only for decisions held for the council's confirmation.
 */
export function notProposedOf(ss: Spreadsheet, output: EvaluateOutput, from: ReviewFrom): () => ReadonlySet<string> {
  // Worked out when first asked, once: every plan of a run asks the same function.
  let ids: ReadonlySet<string> | null = null;
  return () => (ids ??= notProposedIds(reviewOf(ss, output, from), () => tabValues(ss, HISTORY_TAB)));
}

/**
 * The codes whose erasure the person asked for, as the council recorded it (review.ts erasureRequestedIds: "Không đề
 * nghị" and the words of ERASURE_REQUESTED in "Nhận xét"; review d76 F2), for the erasure (recordTrails), as notProposedOf.
 */
export function erasureRequestedOf(ss: Spreadsheet, output: EvaluateOutput, from: ReviewFrom): () => ReadonlySet<string> {
  return () => erasureRequestedIds(reviewOf(ss, output, from), () => tabValues(ss, HISTORY_TAB));
}

/** Where notProposedOf and erasureRequestedOf read the decisions: the merged "Thẩm định", or its values and the register's. */
export type ReviewFrom = { review: ReviewTab } | { values: readonly (readonly unknown[])[] | null | undefined; recorded: ReadonlyMap<string, DecisionSnapshot> };

/**
 * The merged "Thẩm định" of `from`: merged once per `from` (the same object passed to notProposedOf and reviewOfFrom
 * within a run shares the merge).
 */
export function reviewOf(ss: Spreadsheet, output: EvaluateOutput, from: ReviewFrom): ReviewTab {
  if ('review' in from) return from.review;
  const was = merged.get(from);
  if (was && was.output === output) return was.review;
  const review = mergeReview((from.values === undefined ? tabValues(ss, REVIEW_TAB) : from.values) ?? [], output.registrations, from.recorded, councilColumns(), undefined, getState('reviewOrder') ?? undefined);
  merged.set(from, { output, review });
  return review;
}
const merged = new WeakMap<object, { output: EvaluateOutput; review: ReviewTab }>();

/**
 * The lines "Các lần gửi phiếu" holds of each registration whose erasure the council recorded (`requested`; `kept`:
 * recordTrails's), kept for the run that erases one (reviews r76p F2, d76 F2): its lines the office deleted by hand
 * meanwhile are not lines lost. A few codes, in a property's room (the first WITHDRAWN_MAX).
 */
function keepWithdrawnLines(requested: ReadonlySet<string>, kept: VersionsKept): void {
  const counts = new Map<string, number>();
  for (const code of requested) {
    const n = kept.lines.get(code) ?? 0;
    if (n > 0 && counts.size < WITHDRAWN_MAX) counts.set(code, n);
  }
  const text = packLineCounts(counts);
  if ((getState('withdrawnLines') ?? '') !== text) setStateSoon({ withdrawnLines: text });
}
/** Codes of about 10 characters and a count: 6 KB, within the 9 KB of one property. */
const WITHDRAWN_MAX = 500;

/** When each registration was first sent, by code (the register's first times; 0 is none). */
function firstSent(entries: readonly LedgerEntry[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of entries) if (e.firstAt > 0) out.set(e.id, e.firstAt);
  return out;
}

/** The schools that listed each registration's sender when the register first saw it, by code (stamped entries only). */
function sentAs(entries: readonly LedgerEntry[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of entries) if (e.sentAs !== '' && e.sentAs !== NOT_LISTED) out.set(e.id, e.sentAs);
  return out;
}

/** The school each registration's response was sent under by a name of its own (LedgerEntry.firstSchool), by code (known ones only). */
function firstSchools(entries: readonly LedgerEntry[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of entries) if (e.firstSchool !== '') out.set(e.id, e.firstSchool);
  return out;
}

/**
 * The address each registration was first sent from where it is not the one the register saw last (an edit from another
 * address: LedgerEntry.firstSender), and the old names of the school first named where held (LedgerEntry.firstFormer),
 * by code.
 */
function firstRecords(entries: readonly LedgerEntry[]): { firstSender: Map<string, string>; firstFormer: Map<string, string> } {
  const firstSender = new Map<string, string>();
  const firstFormer = new Map<string, string>();
  for (const e of entries) {
    if (e.firstSender !== '' && e.firstSender !== e.email) firstSender.set(e.id, e.firstSender);
    if (e.firstFormer !== '') firstFormer.set(e.id, e.firstFormer);
  }
  return { firstSender, firstFormer };
}

/** The tab colour that marks a generated tab as out of date. */
const STALE_COLOUR = '#d93025';

/**
 * The evaluation a run may act on. When the inputs are broken (a question missing from the response tab, a
 * directory with no school) the run stops here: it writes no generated tab and sends nothing, marks the results
 * and summary tabs as out of date (red tab, a banner over the summary), and fails loudly — the frame records
 * "Lỗi" in "Tình trạng" and the message in "Nhật ký lỗi". The next good run clears the marks.
 */
export function evaluateOrStop(ss: Spreadsheet, inputs: Inputs): Evaluated {
  const evaluated = evaluate(inputs);
  const blocking = evaluated.output.blocking;
  logError(ss, 'rebuildSummaries', inputs.identified.notes);
  if (blocking.length === 0) {
    if (getState('inputProblem')) {
      spreadsheetAppWrote();
      for (const name of [TAB.results, TAB.summary]) ss.getSheetByName(name)?.setTabColor(null);
      setState({ inputProblem: '' });
    }
    return evaluated;
  }
  const message = INPUT_PROBLEM.stopped(blocking);
  const summary = ss.getSheetByName(TAB.summary);
  if (summary) summary.getRange(1, 1).setValue(literalText(INPUT_PROBLEM.banner(blocking)));
  for (const name of [TAB.results, TAB.summary]) ss.getSheetByName(name)?.setTabColor(STALE_COLOUR);
  setState({ inputProblem: '1' });
  throw new ToolStop(message);
}

/** Mã, đơn vị, đối tượng, tên, lĩnh vực, mô hình, tên mô hình, kết luận, cần khắc phục, điểm, cách tính, ghi chú, email, thời điểm. */
const RESULTS_WIDTHS = [90, 200, 70, 180, 160, 170, 200, 90, 420, 60, 220, 260, 200, 130];

/** What writeResults did with "Kết quả kiểm tra". */
export interface ResultsWritten {
  /** The column (0-based) each of the tool's columns stands in (where "Tra cứu đơn vị" reads them). */
  columns: number[];
  /** Why the tab was not written (RESULTS_NOT_WRITTEN: logged once while it lasts), for "Tình trạng"; null: written. */
  held: string | null;
}

/**
 * Writes "Kết quả kiểm tra": whole, as the tool lays it out (trimmed to its columns, protected with a warning), unless
 * the office added something of its own (a column, a row of notes: review diff29 #6) — then in place (resultsTabUpdate):
 * only the tool's cells, by each row's code, the office's cells, columns and order kept. Either way each registration
 * keeps its row: the tab's order stands, new registrations below, and the row of one no longer there is deleted from the
 * tab, so that what the office did to a row that no value carries — hidden, coloured — stays with its registration
 * (review r83o F1: written in the response tab's order, a sort of "Phiếu đăng ký" moved her marks onto other teachers).
 * A tab whose rows cannot be told by their codes (its header moved below a title, its code column gone) is not written
 * at all, and the office told what to put right: written whole, it would erase what she typed there (review d83a F1).
 * `shape`: the tab's width and values as the run's batch read found them; without them, read here. Rows are deleted by
 * their place only as the tab was read just before (read again when the run's read is older), and a tab is held only on
 * what it holds now.
 */
export function writeResults(ss: Spreadsheet, output: EvaluateOutput, shape?: ResultsShape): ResultsWritten {
  const rows = output.registrations.map(resultRow);
  const { sheet, created } = ensureSheet(ss, TAB.results);
  const opts: WriteOptions = { frozenRows: 1, widths: RESULTS_WIDTHS, wrap: true, protectWithWarning: PROTECTION_DESCRIPTION, minRows: rows.length + 1 + GROW_ROWS };
  const tools = RESULTS_HEADER.map((_, j) => j);
  if (created) {
    writeTable(sheet, RESULTS_HEADER, rows, opts);
    return written(tools);
  }
  let read: readonly (readonly unknown[])[] | null = shape?.values ?? null;
  for (let fresh = read === null; ; fresh = true) {
    read ??= readValues(sheet);
    const update = read.length > 0 ? resultsTabUpdate(read, rows) : null;
    if (update === null && resultsTabHeld(read)) {
      if (!fresh) {
        read = null;
        continue;
      }
      return holdResults(ss, read);
    }
    if (officeAddedTo(shape, read, update)) {
      const beside = writeBesideOffice(ss, sheet, rows, opts);
      if (beside) return beside;
      // Nothing of the office's after all (a blank column inserted, a tool column moved): written whole, as it stands.
      if (!fresh) {
        read = null;
        continue;
      }
    }
    if (update && update.emptied.length > 0 && !fresh) {
      read = null;
      continue;
    }
    // In the tab's order, in the tool's columns; a blank tab (no code column), in the registrations' order.
    const body = update ? update.rows.slice(1).map((r) => update.cols.map((c) => r[c] ?? '')) : rows;
    const whole: WriteOptions = { ...opts, minRows: body.length + 1 + GROW_ROWS };
    const measured = measureTab(sheet, RESULTS_HEADER, body, whole);
    writeTable(sheet, RESULTS_HEADER, body, whole, update ? deleteTabRows(sheet, update.emptied.map((i) => i + 1), measured) : measured);
    return written(tools);
  }
}

/** "Kết quả kiểm tra" written: a hold logged before is over (logged again if it comes back). */
function written(columns: number[]): ResultsWritten {
  if (getState('resultsHeld') !== null) clearState('resultsHeld');
  return { columns, held: null };
}

/**
 * "Kết quả kiểm tra" as read now left as it is (resultsTabHeld): why, logged once while it lasts; the tool's columns
 * where the header found below has them (else where the tool puts them).
 */
function holdResults(ss: Spreadsheet, read: readonly (readonly unknown[])[]): ResultsWritten {
  const held = resultsTabHeld(read)!;
  const print = fnv1a32(held.message).toString(36);
  if (getState('resultsHeld') !== print) {
    logError(ss, 'rebuildSummaries', held.message);
    setStateSoon({ resultsHeld: print });
  }
  const cols = held.cols && held.cols.every((c) => c >= 0) ? held.cols : RESULTS_HEADER.map((_, j) => j);
  return { columns: cols, held: held.message };
}

/**
 * Anything of the office's in "Kết quả kiểm tra" (`values`: the tab as read, header first): a column inserted (even
 * blank: its grid is wider, as the run's listing found it), a tool header retyped, a row of its own ("Người lập biểu: …"
 * under the table) or the rows sorted (review r81o F1). `update`: resultsTabUpdate of `values`.
 */
function officeAddedTo(shape: ResultsShape | undefined, values: readonly (readonly unknown[])[], update: ResultsTabUpdate | null): boolean {
  if (shape && shape.cols > RESULTS_HEADER.length) return true;
  if (values.length === 0) return false;
  if (!toolsResultsLayout(values[0] ?? [])) return true;
  return update?.own ?? false;
}

/** A column of the office's under a tool header: told once while the header stays so (what to do, and what it costs). */
function twiceOnce(ss: Spreadsheet, header: readonly unknown[]): void {
  const twice = resultsLayout(header)?.twice;
  const print = twice && twice.size > 0 ? fnv1a32(header.map((h) => String(h)).join('\u0001')).toString(36) : '';
  if ((getState('resultsTwice') ?? '') === print) return;
  if (twice && print !== '') logError(ss, 'rebuildSummaries', RESULTS_HEADER_TWICE([...twice.keys()].map((j) => RESULTS_HEADER[j])));
  setState({ resultsTwice: print });
}

/** Tries of an in-place write of "Kết quả kiểm tra" while the office keeps moving its rows or columns. */
const RESULTS_ATTEMPTS = 3;

/**
 * "Kết quả kiểm tra" written in place over the tab as read just now (resultsTabUpdate; writeInPlace: read again just
 * before writing, nothing written over a tab sorted or reshaped meanwhile, which is read and merged again). Returns the
 * column (0-based) of each of the tool's (ResultsTabUpdate.cols); null when the tab has nothing of the office's after
 * all (a blank column inserted, a tool column moved) or no code column: the caller writes it whole.
 */
function writeBesideOffice(ss: Spreadsheet, sheet: Sheet, rows: unknown[][], opts: WriteOptions): ResultsWritten | null {
  const own = new Set<string>();
  for (let attempt = 1; ; attempt++) {
    const read = readValues(sheet);
    const key = resultsLayout(read[0] ?? [])?.cols[0] ?? -1;
    const update = resultsTabUpdate(own.size > 0 ? ownRowsBlank(read, own, key) : read, rows);
    // Its rows no longer told by their codes since the caller's read (a title row inserted meanwhile): left as it is.
    if (update === null && resultsTabHeld(read)) return holdResults(ss, read);
    if (update === null || !update.own) return null;
    const header = update.rows[0] as Cell[];
    const body = update.rows.slice(1);
    // The rows left with nothing in them deleted first (resultsTabUpdate's `emptied`): the write in place then goes over
    // the tab as it stands after, which its check before writing reads again.
    const gone = new Set(update.emptied);
    const before = gone.size > 0 ? read.filter((_, i) => !gone.has(i)) : read;
    const inPlace: WriteOptions = { ...opts, frozenAtLeast: true, keepGrid: true, inPlace: { read: before, tool: update.tool, key: update.key, own } };
    const measured = measureTab(sheet, header, body, inPlace, read);
    const outcome = writeTable(sheet, header, body, inPlace, deleteTabRows(sheet, update.emptied.map((i) => i + 1), measured));
    if (outcome === 'written') {
      twiceOnce(ss, read[0] ?? []);
      return written(update.cols);
    }
    if (outcome === 'moved after writing') for (const row of body.slice(before.length - 1)) own.add(String(row[update.key]));
    if (attempt >= RESULTS_ATTEMPTS) {
      logError(ss, 'rebuildSummaries', RESULTS_BUSY);
      return { columns: update.cols, held: null };
    }
  }
}

/**
 * The registrations in force by verdict, the replaced ones apart (the count Tổng hợp and the digest give too); with
 * the inputs, also the registrations whose row is gone and what the register of codes noted.
 */
export function summaryOf(output: EvaluateOutput, inputs?: Inputs): string {
  const count = { dat: 0, chuaDat: 0, canBoSung: 0 };
  let superseded = 0;
  for (const r of output.registrations) {
    if (r.flags.supersededBy) superseded++;
    else count[r.verdict]++;
  }
  const text = RESULTS_SUMMARY(output.registrations.length - superseded, count.dat, count.chuaDat, count.canBoSung, superseded);
  const gone = inputs ? inputs.identified.gone : [];
  return [text, ...(gone.length ? [ledgerGone(gone)] : []), ...(inputs ? inputs.identified.notes : [])].map((t) => (/[.!?]$/.test(t) ? t : t + '.')).join(' ');
}

/**
 * Whether the tool was updated since the last full run wrote "Thẩm định" (recordEvaluation keeps its version then): a
 * version kept and not this one; none kept while a print is (kept by a version before the marker). Neither: the office's
 * first full run, with no verdicts shown before to change.
 */
function toolUpdated(print: SettingsPrint | null): boolean {
  const seen = getState('verdictsVersion');
  return seen !== null ? seen !== toolVersion : print !== null;
}

/**
 * What every run under the lock starts with: read the inputs, evaluate, rewrite the results and merge the council's
 * review tab. `tell`: the verdicts it changes from those "Thẩm định" showed are logged for the office under `job` (but
 * for the edits it is the first to see: their schools' own changes, which their confirmations tell). Returns what the
 * rest of the run needs.
 */
export function recordEvaluation(
  ss: Spreadsheet,
  read: ReadOptions = {},
  tell: { job: string } | null = null,
): { inputs: Inputs; output: EvaluateOutput; review: ReviewTab; resultsColumns: number[]; resultsHeld: string | null; readAt: Date } {
  // The moment the inputs are read: what "Tổng hợp" says its numbers run to (review d80 F3).
  const now = new Date();
  // "Thẩm định" in the run's batch read when it has one (no call of its own): which registrations were withdrawn, for
  // recordTrails (review r76p F2).
  const inputs = readInputs(ss, now, { ...read, answers: true, ...(read.first ? { decisions: true } : {}) });
  const { output } = evaluateOrStop(ss, inputs);
  const trails = recordTrails(ss, inputs, output, tell?.job ?? 'rebuildSummaries', now);
  const { columns: resultsColumns, held: resultsHeld } = writeResults(ss, output, inputs.resultsShape);
  // The registrations whose edit this run is the first to see (queued, or their own trigger failed before it wrote
  // anything, or never ran): this run sends their confirmations, and the edit is the cause (review clerk-day #2: the log
  // told the council their schools had not been told, and the history named another cause). Not by the queue's row
  // numbers: a row is a place, which a sort or a deletion gives to another registration (review diff19 #2).
  // Those are all a run answering queued submissions answers: a new registration has no row of "Thẩm định" to change,
  // and an edit queued is one the register has not seen. Not every registration sent in the last day (review r67: a
  // change the office's own edit of "Tiêu chí" made to one answered an hour before went unsaid).
  const edits = new Set(resentCodes(inputs.identified));
  const except = new Set<string>(edits);
  // Decisions the register held when last written and no longer holds, no run having seen them withdrawn: the file
  // restored to an earlier version (review restore #2). Told once (recordDecisions below counts them again).
  const goneBack = decisionsGoneBack(inputs.identified);
  if (goneBack) logError(ss, tell?.job ?? 'rebuildSummaries', REVIEW_DECISIONS_GONE_BACK(goneBack.kept - goneBack.held, goneBack.kept));
  // What the office changed in its own tabs since the last full run: named with the verdicts it changed (review
  // complaint M2). The print of this run's settings is kept once "Thẩm định" shows the verdicts they gave.
  const before = unpackPrint(getState('settingsPrint'));
  const fresh = inputs.configRows ? settingsPrint(inputs.configRows, output.catalogue) : null;
  // The tool updated since the last full run wrote "Thẩm định": a verdict it changed may be the update's doing, said so
  // (review r78u F1). The print that run kept is of the cells as that version read them; this one may read the same
  // cell otherwise ("7,3" stored as 7.3, "+84 …" showing "#ERROR!": src/gas/typed-words.ts configAsTyped), so a value
  // that differs is not told as the office's edit: the print is taken again as this version reads it (review r78u F2).
  const updated = toolUpdated(before);
  const settings = fresh && inputs.configRows && !updated ? settingsChanged(before, fresh, inputs.configRows, output.catalogue) : [];
  // Rows of "Cấu hình" the print held that the tab no longer has: said with the value each held, once, the default used
  // meanwhile; carried in the print, marked, for Thiết lập to write back (review office M2).
  const gone = fresh && tell && inputs.configRows ? settingsGone(before, missingConfigRows(inputs.configRows, inputs.config)) : [];
  // A mail setting's row: the value kept, or the mail held (configFromRows, review d81b F4), said so.
  const mailGone = new Map((inputs.config.mailRowsGone ?? []).map((m) => [m.label, m.kept ? ('kept' as const) : ('held' as const)]));
  const untold = gone.filter((g) => !g.told).map((g) => (mailGone.has(g.label) ? { ...g, mail: mailGone.get(g.label) } : g));
  if (untold.length > 0) logError(ss, tell!.job, configRowsGone(untold));
  // Settings the run read from the print (a date emptied, a value unreadable): the print keeps what it held, until the
  // office writes a value the run can read (review r66c #2, #5).
  const print = fresh ? carryRecalled(carryGone(fresh, before, gone), before, (inputs.config.recalled ?? []).map((r) => r.label)) : null;
  const packed = print ? packPrint(print) : null;
  // A print too large to keep (packPrint: null) clears the one kept: weighed against it, the next run would name again
  // the changes this one named (review counts, Low 7).
  const keep = () => {
    const value = packed ?? '';
    if (print && (getState('settingsPrint') ?? '') !== value) setStateSoon({ settingsPrint: value });
    if (getState('verdictsVersion') !== toolVersion) setStateSoon({ verdictsVersion: toolVersion });
  };
  // Kept once "Thẩm định" is written (a tab busy or refused tells its changes at a later run, against the same print).
  const review = updateReview(ss, output, recordedDecisions(inputs.identified.entries), inputs.config, tell ? { job: tell.job, except, edits, settings, told: keep, updated } : null);
  // Forgotten once "Thẩm định" shows them (a run cut off before keeps them for the next).
  if (!review.error) forgetResent();
  recordDecisions(ss, inputs.identified, review.snapshots);
  if (!review.error && !inputs.identified.partial) keepWithdrawnLines(erasureRequestedOf(ss, output, { review })(), trails);
  // An office that had decisions before the tool kept their history (an upgrade): what stands, once, as its first lines.
  if (!inputs.identified.partial && !review.error && getState('historyStarted') !== '1') {
    const lined = new Set([...review.snapshots].filter(([, s]) => s.said).map(([id]) => id));
    appendFirstLines(ss, baselineLines(review, now).filter((l) => !lined.has(String(l[1]))));
    // At once, not with the lock's release: a run cut off meanwhile would write the same first lines again (review
    // diff31 #6). Once in the office's life.
    setState({ historyStarted: '1' });
  }
  return { inputs, output, review, resultsColumns, resultsHeld, readAt: now };
}
