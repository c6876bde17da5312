// Job health: each entry point records when it last ran and how it ended, so a trigger that silently stopped
// (for example after its owner's authorisation lapsed) shows up in the "Tình trạng" tab.
import { HEALTH_FAILED, HEALTH_HEADER, HEALTH_NEVER, HEALTH_OK, HEALTH_OK_WITH_PROBLEMS, HEALTH_RECHECKED, HEALTH_RECHECKED_DETAIL, PERIOD_END, PERIOD_END_JOB_LABEL, PERIOD_END_JOB_WHEN, HEALTH_RUN_DIED, HEALTH_SCHEDULE, JOB_LABEL as APP_JOBS, JOB_SCHEDULED, JOB_WHEN as APP_WHEN, LOG_HANDLED, LOG_HEADER, LOG_LINE_MAX, LOG_PROTECTION, LOG_PROTECTIONS_EARLIER, MAIL_JOB_LABEL, MAIL_JOB_SCHEDULED, MAIL_JOB_WHEN, WEEKDAY_LABELS, PROBLEMS_MORE, PROPOSAL_JOB_LABEL, PROPOSAL_JOB_WHEN, SCHOOL_VIEW_JOB_LABEL, SCHOOL_VIEW_JOB_WHEN, TAB } from '../core/messages';
import { batchTarget, spreadsheetAppWrote } from './cell-batch';

/** Every job the health tab lists, by entry point (the end of the period last: a rare, once-a-period line). */
const JOB_LABEL: Record<string, string> = { ...APP_JOBS, ...MAIL_JOB_LABEL, ...PROPOSAL_JOB_LABEL, ...SCHOOL_VIEW_JOB_LABEL, ...PERIOD_END_JOB_LABEL };
const JOB_WHEN: Record<string, string> = { ...APP_WHEN, ...MAIL_JOB_WHEN, ...PROPOSAL_JOB_WHEN, ...SCHOOL_VIEW_JOB_WHEN, ...PERIOD_END_JOB_WHEN };
import { literalText, toCell } from '../core/table';
import { fitLine, fnv1a32, formatDateTime } from '../core/text';
import { cachedPrefixed, deleteRaw, getState, periodEndRecord, readPrefixed, setRawSoon, setStateSoon, writeRaw, writtenByRun } from './properties';
import { formsShut } from '../core/period-end';
import { formatDate } from '../core/text';
import { recordedSchedule } from './triggers';
import { ensureSheet, findSheet, readHeader, writeTable } from './sheets';
import { columnsByHeader } from '../core/columns';
import { tabNamed } from './tab-cache';
import { tabsRead } from './batch-read';
import { stillQueued } from './intake-queue';

const KEY_PREFIX = 'health:';

/** The name of `job` the office reads (its line in "Tình trạng", the menu item's words). */
export function jobLabel(job: string): string {
  return JOB_LABEL[job] ?? job;
}

interface HealthRecord {
  at: number;
  ok: boolean;
  detail: string;
  /** The run finished, but with data problems (written to the error log). */
  problems?: number;
  /** A failed submission's run: the key its row was queued under for a continuation (runLeftQueued). */
  queued?: string;
  /** A rebuild's run: when it started, before it read the submissions it answers (epoch ms). */
  from?: number;
}

/** dd/MM/yyyy HH:mm:ss in the script's time zone (the manifest's Asia/Ho_Chi_Minh: Dates print in it). */
function formatTime(ms: number): string {
  return formatDateTime(new Date(ms));
}

/**
 * Jobs that run hundreds of times a day (one per submission): they rewrite only their own line of the health tab,
 * found by its label; the others rewrite it whole in job order (which also repairs a tab the office cut: it is a view
 * of the property store).
 */
const OWN_LINE_ONLY = new Set(['onFormSubmit']);

/** The characters a run's line in "Tình trạng" keeps (core/text.ts fitLine). */
const LINE_CHARS = 500;

/** The run that reads and answers every submission (a failed submission's, at the latest: RUN_STOPPED's intake text). */
const REBUILD = 'rebuildSummaries';

/** `rechecked`: a failed submission's run whose submission a later run checked again (checkedSince). */
function line(job: string, r: HealthRecord, rechecked = false): string[] {
  if (rechecked) return [JOB_LABEL[job], formatTime(r.at), HEALTH_RECHECKED, HEALTH_RECHECKED_DETAIL, whenOf(job)];
  return [JOB_LABEL[job], formatTime(r.at), !r.ok ? HEALTH_FAILED : r.problems ? HEALTH_OK_WITH_PROBLEMS : HEALTH_OK, r.detail, whenOf(job)];
}

/**
 * Whether the submission of a failed run of `job` (a submission's: it rewrites only its own line, so its "Lỗi" would stay
 * until the next submission) has been checked again since, as the store `all` (read afresh, the queue with it) shows:
 * its row, queued by the failing run, is off the queue (a run takes a row off only once it handled it: the continuation,
 * the next submission's run, a rebuild), or a rebuild that started after the failure ended without failing (it reads and
 * answers every submission). The record itself is left as it is (no write of its own): each redraw shows what the store
 * says then, and a later failure, its own record, reads "Lỗi" again (review vntext3).
 */
function checkedSince(job: string, r: HealthRecord, all: Record<string, string>): boolean {
  if (r.ok || !OWN_LINE_ONLY.has(job)) return false;
  if (r.queued !== undefined && !stillQueued(r.queued)) return true;
  const raw = all[KEY_PREFIX + REBUILD];
  const rebuild = raw ? (JSON.parse(raw) as HealthRecord) : null;
  return rebuild !== null && rebuild.ok && rebuild.from !== undefined && rebuild.from > r.at;
}

/**
 * The last submission's run failed and its submission has not been checked again since (checkedSince), its row not in
 * the queue either (a queued row is told as such): only a rebuild checks it now (RUN_STOPPED's intake text). From the
 * properties as this execution read them: no call once they are read (the end of the period asks under the lock, after
 * reloading them).
 */
export function failedSubmissionUnchecked(): boolean {
  const all = cachedPrefixed(KEY_PREFIX);
  const raw = all[KEY_PREFIX + 'onFormSubmit'];
  if (!raw) return false;
  let r: HealthRecord;
  try {
    r = JSON.parse(raw) as HealthRecord;
  } catch {
    return false;
  }
  if (r.ok || checkedSince('onFormSubmit', r, all)) return false;
  // Queued under `queued` and still there (checkedSince): the queue's own item says what to do.
  return r.queued === undefined;
}

/** The key the failing run of a submission queued its row under (its record keeps it: checkedSince). */
let leftQueued: string | null = null;
/** The running submission's run fails, its row queued under `key` for a continuation (src/jobs/on-submit.ts). */
export function runLeftQueued(key: string): void {
  leftQueued = key;
}

/**
 * Where a run marks that it started (epoch ms; '' once it recorded its end): a run Apps Script ends at its time limit
 * (or kills on an outage) runs no catch and records nothing, and its line would go on showing the run before it —
 * "Thành công" every morning for a rebuild that outgrew 6 minutes (review faults F3). Under the health prefix: the
 * redraw reads both in one call.
 */
const STARTED_PREFIX = `${KEY_PREFIX}started:`;
/** One execution's limit (6 min, consumer and Workspace alike) and a margin: a mark older than this, never ended, died. */
const RUN_DIED_AFTER_MS = 7 * 60_000;
/** Whether this execution marked its start (its end then clears the mark in the same write as its record). */
let startMarked = false;
/** When it did (a rebuild's record keeps it: checkedSince). */
let startedAt = 0;
/** The start of the run before this one of the job, found to have died: logged when this one records its end. */
let diedBefore: number | null = null;
/** The job's mark as this run found it (put back by a run that ends without recording itself: clearRunStarted). */
let markBefore = '';

/**
 * The start of a run of `job` ms ago that never recorded its end, when it is surely over (`now` past one execution's
 * limit), else null.
 */
function diedAt(started: string | undefined, r: HealthRecord | null, now: number): number | null {
  const at = Number(started || 0);
  return at > 0 && (!r || r.at < at) && now - at > RUN_DIED_AFTER_MS ? at : null;
}

/**
 * Marks the start of a run of `job` (one property write; not for a submission's run, hundreds a day and done in
 * seconds). A previous run found to have died without recording its end is told in "Nhật ký lỗi" when this one records
 * its own (recordRun: nothing is written to a tab before the run's reads), its mark overwritten here. The store as this
 * execution read it (the run's first reads load it).
 */
export function markRunStarted(job: string): void {
  if (OWN_LINE_ONLY.has(job) || !(job in JOB_LABEL)) return;
  const now = Date.now();
  const known = cachedPrefixed(KEY_PREFIX);
  const raw = known[KEY_PREFIX + job];
  markBefore = known[STARTED_PREFIX + job] ?? '';
  diedBefore = diedAt(markBefore, raw ? (JSON.parse(raw) as HealthRecord) : null, now);
  writeRaw({ [STARTED_PREFIX + job]: String(now) });
  startMarked = true;
  startedAt = now;
}

/**
 * A run that ends without recording itself (a former installer's trigger that retired, rare): the mark it found put back
 * — another run's, still going or died (review diff60 D6: cleared, a run that died was no longer shown).
 */
export function clearRunStarted(job: string): void {
  // None before: the key is taken away again, not left empty (a run that did nothing leaves the store as it found it).
  if (startMarked && markBefore === '') deleteRaw([STARTED_PREFIX + job]);
  else if (startMarked) writeRaw({ [STARTED_PREFIX + job]: markBefore });
  startMarked = false;
  diedBefore = null;
}

/**
 * The "Lịch chạy" of a job: its trigger's schedule as recorded when it was made (src/gas/triggers.ts), else when it runs;
 * a job the end of the period stopped says so (no schedule promised, nothing to take for a run gone missing). From the
 * run's cached state: no call.
 */
function whenOf(job: string): string {
  const stopped: ((on: string, forms: string) => string) | undefined = PERIOD_END.stopped[job];
  if (stopped !== undefined) {
    const ended = periodEndRecord();
    if (ended) return stopped(formatDate(new Date(ended.at)), formsShut(ended));
  }
  const scheduled: ((when: string) => string) | undefined = SCHEDULED[job];
  const schedule = scheduled !== undefined ? scheduleText(job) : null;
  return scheduled !== undefined && schedule !== null ? scheduled(schedule) : (JOB_WHEN[job] ?? '');
}
const SCHEDULED: Partial<Record<string, (when: string) => string>> = { ...JOB_SCHEDULED, ...MAIL_JOB_SCHEDULED };

/** "mỗi ngày, trong khoảng 06:00–07:00", "thứ Hai hằng tuần, …" of the job's trigger (recordedSchedule), or null. */
function scheduleText(job: string): string | null {
  const s = recordedSchedule(job);
  if (!s) return null;
  return s.day === null ? HEALTH_SCHEDULE.daily(s.hour) : HEALTH_SCHEDULE.weekly(WEEKDAY_LABELS[s.day].replace(/^Thứ/, 'thứ'), s.hour);
}

/**
 * A run recorded ahead of its end (stageRun): its record, the health tab's labels as the run read them, and its line
 * put into the run's batch of rows (null: not put). Apps Script loads the script afresh for each execution: this lives
 * one execution.
 */
let staged: { job: string; record: HealthRecord; labels: unknown[][] | undefined; line: { sent: boolean } | null } | null = null;

/**
 * Records a submission's run as succeeding with `detail` ahead of its end, so that recording it costs no call of its
 * own: its line of the health tab goes with the run's last batch of rows (CellBatch.ride: with a commit that writes the
 * run's rows anyway, never alone), when the batch has that tab and the line's row is within the grid the run listed;
 * its record, once its work is done (stagedRunDone), with the run's last property write before the lock's release.
 * recordRun then writes neither when the run ends as staged; a run that ends otherwise (a failure, another detail:
 * several rows handled) is recorded by recordRun as ever, over them. Only for the jobs that rewrite their own line
 * (OWN_LINE_ONLY).
 */
export function stageRun(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, job: string, detail: string): void {
  if (!OWN_LINE_ONLY.has(job) || !(job in JOB_LABEL)) return;
  const record: HealthRecord = { at: Date.now(), ok: true, detail: fitLine(detail, LINE_CHARS) };
  const read = tabsRead(ss);
  const labels = staged ? staged.labels : read?.takeArea(TAB.health, 'A2:A');
  const sheet = tabNamed(ss, TAB.health);
  const target = sheet ? batchTarget(sheet) : null;
  const listed = sheet ? read?.listedOf(sheet) : null;
  const i = labels ? labels.findIndex((r) => r[0] === JOB_LABEL[job]) : -1;
  const cells = line(job, record);
  const fits = listed && i >= 0 && i + 2 <= listed.rows && cells.length <= listed.cols;
  staged = { job, record, labels, line: target && fits ? target.batch.ride(target.sheetId, i + 2, 1, [cells]) : null };
}

/**
 * The staged run's work is done (its e-mail sent or queued, its rows committed): its record goes with the run's next
 * property write (setRawSoon: at the latest the one before the lock's release), not with the e-mail's marks before.
 */
export function stagedRunDone(): void {
  if (staged) setRawSoon({ [KEY_PREFIX + staged.job]: JSON.stringify(staged.record) });
}

/**
 * Records the line of `job` in the middle of another run, that run's own record left as it is: the e-mails waiting for
 * the quota (src/jobs/mailing.ts), whose line any run that sends mail keeps. Its record goes with the run's next property
 * write. `redrawn`: the run redraws the whole tab at its end (every job but a submission's), which shows it; else
 * (a submission) its line is written: with the run's next commit of its batch of rows when the run read in one batch
 * and its tab has the line (no call of its own), else found by its label and written (a tab without it shows it at its
 * next redraw). Returns what to call once the run's rows are committed: a line that did not go with them is written.
 */
export function recordLine(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, job: string, detail: string, redrawn: boolean): () => void {
  const record: HealthRecord = { at: Date.now(), ok: true, detail: fitLine(detail, LINE_CHARS) };
  setRawSoon({ [KEY_PREFIX + job]: JSON.stringify(record) });
  const none = () => undefined;
  if (redrawn || !(job in JOB_LABEL)) return none;
  const sheet = tabNamed(ss, TAB.health);
  if (!sheet) return none;
  const cells = line(job, record);
  const target = batchTarget(sheet);
  const listed = tabsRead(ss)?.listedOf(sheet);
  if (staged?.labels && target && listed) {
    const i = staged.labels.findIndex((r) => r[0] === JOB_LABEL[job]);
    if (i >= 0 && i + 2 <= listed.rows && cells.length <= listed.cols) {
      const handle = target.batch.ride(target.sheetId, i + 2, 1, [cells]);
      return () => {
        if (!handle.sent) writeLine(sheet, job, cells);
      };
    }
  }
  writeLine(sheet, job, cells);
  return none;
}

/** Writes `cells` over the line of `job` in the health tab, found by its label (none found: left to the next redraw). */
function writeLine(sheet: GoogleAppsScript.Spreadsheet.Sheet, job: string, cells: string[]): void {
  try {
    const labels = sheet.getRange(2, 1, Object.keys(JOB_LABEL).length, 1).getValues();
    const i = labels.findIndex((r) => r[0] === JOB_LABEL[job]);
    if (i < 0) return;
    spreadsheetAppWrote();
    sheet.getRange(i + 2, 1, 1, HEALTH_HEADER.length).setValues([cells.map(toCell)]);
  } catch {
    // The tab lost its rows (cut by hand): the next redraw shows the line.
  }
}

/**
 * Problems met by a part of the run that is not the job's own (the e-mail record lost: nothing is sent), counted on the
 * run's line in "Tình trạng" with the job's own. Apps Script runs each execution afresh: this lives one execution.
 */
let otherProblems = 0;
export function countRunProblem(): void {
  otherProblems++;
}

/** Records the outcome of a job run and redraws the health tab (a few service calls: the tab keeps its shape). */
export function recordRun(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, job: string, ok: boolean, detail: string, problems = 0): void {
  if (diedBefore !== null) {
    const died = diedBefore;
    diedBefore = null;
    logError(ss, job, HEALTH_RUN_DIED(new Date(died)));
  }
  problems += otherProblems;
  otherProblems = 0;
  const ahead = staged;
  staged = null;
  const queued = !ok && leftQueued !== null ? { queued: leftQueued } : {};
  leftQueued = null;
  const from = job === REBUILD && startMarked ? { from: startedAt } : {};
  let record: HealthRecord = { at: Date.now(), ok, detail: fitLine(detail, LINE_CHARS), ...(problems > 0 ? { problems } : {}), ...queued, ...from };
  // Staged as it ended (stageRun): the record and the line already written stay, else they are written now.
  const asStaged = ahead !== null && ahead.job === job && ok && problems === 0 && ahead.record.detail === record.detail;
  if (asStaged) {
    record = ahead.record;
    const json = JSON.stringify(record);
    if (writtenByRun(KEY_PREFIX + job) !== json) writeRaw({ [KEY_PREFIX + job]: json });
    if (ahead.line?.sent) return;
  } else {
    writeRaw({ [KEY_PREFIX + job]: JSON.stringify(record), ...(startMarked ? { [STARTED_PREFIX + job]: '' } : {}) });
  }
  startMarked = false;
  const jobs = Object.keys(JOB_LABEL);
  const at = jobs.indexOf(job);
  const existing = tabNamed(ss, TAB.health);
  if (existing && OWN_LINE_ONLY.has(job) && at >= 0) {
    try {
      // Its line wherever it is now (the office may have sorted the tab): found by its label in the first column.
      // Read with the run's other reads when it read in one batch (a submission: kept by stageRun when it took them),
      // else now.
      const labels = ahead?.labels ?? tabsRead(ss)?.takeArea(TAB.health, 'A2:A') ?? existing.getRange(2, 1, jobs.length, 1).getValues();
      const i = labels.findIndex((r) => r[0] === JOB_LABEL[job]);
      if (i >= 0) {
        existing.getRange(i + 2, 1, 1, HEALTH_HEADER.length).setValues([line(job, record).map(toCell)]);
        return;
      }
    } catch {
      // The tab lost its rows (cut by hand): redrawn whole below.
    }
  }
  // Fresh from the store: other executions record their runs too.
  const all = readPrefixed(KEY_PREFIX);
  const now = Date.now();
  const rows = jobs.map((name) => {
    const raw = all[KEY_PREFIX + name];
    const r = raw ? (JSON.parse(raw) as HealthRecord) : null;
    // A run of it that died after its last record: what the line shows until one ends.
    const died = diedAt(all[STARTED_PREFIX + name], r, now);
    if (died !== null) return line(name, { at: died, ok: false, detail: HEALTH_RUN_DIED(new Date(died)) });
    return r ? line(name, r, checkedSince(name, r, all)) : [JOB_LABEL[name], HEALTH_NEVER, '', '', whenOf(name)];
  });
  // The tab has this shape since it was made: one setValues over it. A tab cut short by hand refuses the write (past
  // its grid) and is made again whole, formatted. One made before its rows wrapped has them wrapped once.
  if (existing) {
    try {
      const range = existing.getRange(1, 1, rows.length + 1, HEALTH_HEADER.length).setValues([HEALTH_HEADER, ...rows].map((r) => r.map(toCell)));
      if (all[LAYOUT_KEY] !== HEALTH_LAYOUT) {
        range.setWrap(true).setVerticalAlignment('top');
        writeRaw({ [LAYOUT_KEY]: HEALTH_LAYOUT });
      }
      return;
    } catch {
      // Redrawn below.
    }
  }
  // Wrapped: a job's name or what its run did is read without clicking into the cell (review r70u M2: "Tạo văn bản đề
  // nghị khen thưởng (kèm", the PDF job not told from the other).
  writeTable(ensureSheet(ss, TAB.health).sheet, HEALTH_HEADER, rows, { frozenRows: 1, widths: [220, 150, 90, 500, 320], wrap: true });
  if (all[LAYOUT_KEY] !== HEALTH_LAYOUT) writeRaw({ [LAYOUT_KEY]: HEALTH_LAYOUT });
}

/** The format the tab was last given (its rows wrapped since layout 1), kept with the runs' records (read with them). */
const LAYOUT_KEY = `${KEY_PREFIX}~layout`;
const HEALTH_LAYOUT = '1';

/**
 * The record of `job` rewritten with `ok` and `detail`, its time kept, when its last run ended at or after `since` (epoch
 * ms; an earlier record is of another run, left as it is): a batch that run started and a later run of another job ended
 * (a menu item's batch of documents, ended by its continuation: review r81x F4). Written with the run's own record, whose
 * redraw of the tab shows both (no write of its own).
 */
export function amendRunSoon(job: string, since: number, ok: boolean, detail: string): void {
  const raw = cachedPrefixed(KEY_PREFIX)[KEY_PREFIX + job];
  const r = raw ? (JSON.parse(raw) as HealthRecord) : null;
  if (!r || r.at < since) return;
  setRawSoon({ [KEY_PREFIX + job]: JSON.stringify({ ...r, ok, detail: fitLine(detail, LINE_CHARS) }) });
}

/**
 * The record of `job`'s last run with its detail said again by `restate` (its time and outcome kept): what it said of
 * an e-mail a later run settled (the weekly digest given up by a rebuild: review d81c F3). Written with the run's own
 * record, whose redraw of the tab shows both (no write of its own). Nothing when the job never ran.
 */
export function restateDetailSoon(job: string, restate: (detail: string) => string): void {
  const raw = cachedPrefixed(KEY_PREFIX)[KEY_PREFIX + job];
  if (!raw) return;
  const r = JSON.parse(raw) as HealthRecord;
  const detail = fitLine(restate(r.detail), LINE_CHARS);
  if (detail !== r.detail) setRawSoon({ [KEY_PREFIX + job]: JSON.stringify({ ...r, detail }) });
}

/**
 * The records of `jobs` whose last run said `detail` (a stop the person has since dealt with) rewritten with `amended`
 * in its place, as succeeding, their time kept: the tab shows them at its next redraw (the caller's own record).
 */
export function amendRuns(jobs: readonly string[], detail: string, amended: string): void {
  const all = readPrefixed(KEY_PREFIX);
  const out: Record<string, string> = {};
  for (const job of jobs) {
    const raw = all[KEY_PREFIX + job];
    const r = raw ? (JSON.parse(raw) as HealthRecord) : null;
    const at = r ? r.detail.indexOf(detail) : -1;
    if (r && at >= 0) out[KEY_PREFIX + job] = JSON.stringify({ ...r, ok: true, detail: fitLine(r.detail.slice(0, at) + amended + r.detail.slice(at + detail.length), LINE_CHARS) });
  }
  if (Object.keys(out).length > 0) writeRaw(out);
}

/**
 * The record of `job`'s last run said again with `detail` (its time kept), as succeeding: what it said is no longer true
 * (the end of the period, reopened). The tab shows it at its next redraw (the caller's own record). Nothing when the job
 * never ran.
 */
export function restateRun(job: string, detail: string): void {
  const raw = cachedPrefixed(KEY_PREFIX)[KEY_PREFIX + job];
  if (!raw) return;
  const r = JSON.parse(raw) as HealthRecord;
  writeRaw({ [KEY_PREFIX + job]: JSON.stringify({ at: r.at, ok: true, detail: fitLine(detail, LINE_CHARS) }) });
}

/**
 * A new "Nhật ký lỗi": its header, and a warning for whoever edits it (it holds the office's trace of what runs
 * found and changed: review audit #9). Its lines are what the history's "xem Nhật ký lỗi cùng thời điểm" points to: the
 * office ticks a line dealt with rather than delete it (review complaint L1).
 */
function startLog(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  sheet.appendRow([...LOG_HEADER, LOG_HANDLED]);
  sheet.setFrozenRows(1);
  logColumns = LOG_AS_MADE;
  // The office's column: a tick box on each line (text typed there is kept too), outside the warning.
  const handled = tickBoxes(sheet, sheet.getMaxRows(), LOG_AS_MADE);
  sheet.protect().setDescription(LOG_PROTECTION).setWarningOnly(true).setUnprotectedRanges([handled]);
  layLog(sheet, 1, sheet.getMaxRows(), LOG_AS_MADE);
  setStateSoon({ logLayout: LOG_PRINT });
}

/** Where the log's columns stand (0-based): the tool's (LOG_HEADER's, in its order) and the office's tick boxes. */
interface LogColumns {
  tool: number[];
  handled: number;
}
/** The log as startLog makes it. */
const LOG_AS_MADE: LogColumns = { tool: LOG_HEADER.map((_, j) => j), handled: LOG_HEADER.length };
/** The log's columns as this execution found its header (one read a run: the office does not move them mid-run). */
let logColumns: LogColumns | null = null;

/**
 * Where the log's columns stand, found by their headers: the office may insert a column of its own ("Người xử lý":
 * review r81o F7, the tool's lines were written by position, the job's name under her column, "Lỗi" left empty). The
 * header from the run's batch read when it fetched it, else read (two calls, once a run). A tool header the office
 * retyped or deleted: the columns as startLog made them.
 */
function logColumnsOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheet: GoogleAppsScript.Spreadsheet.Sheet): LogColumns {
  if (logColumns) return logColumns;
  const header = tabsRead(ss)?.takeArea(TAB.log, '1:1')?.[0] ?? readHeader(sheet);
  const tool = columnsByHeader(header, LOG_HEADER);
  const handled = columnsByHeader(header, [LOG_HANDLED])?.[0];
  logColumns = tool === null ? LOG_AS_MADE : { tool, handled: handled ?? Math.max(...tool) + 1 };
  return logColumns;
}

/** Thời điểm, công việc, lỗi, dòng phiếu liên quan, đã xử lý: the message's column wide. */
const LOG_WIDTHS = [130, 190, 620, 90, 110];

/**
 * Rows `from`…`to` of the log laid out to be read where they stand: each message wrapped in its wide column, every
 * line's cells at the top. Its messages run to 2,000 characters; unwrapped, a default column showed their first words
 * and the tick box stopped the rest. The widths with the first rows.
 */
function layLog(sheet: GoogleAppsScript.Spreadsheet.Sheet, from: number, to: number, cols: LogColumns): void {
  const width = Math.max(cols.handled, ...cols.tool) + 1;
  if (from === 1) {
    [...cols.tool, cols.handled].forEach((c, i) => sheet.setColumnWidth(c + 1, LOG_WIDTHS[i]));
    // The header too: its last two titles are longer than their columns.
    sheet.getRange(1, 1, 1, width).setWrap(true);
  }
  sheet.getRange(from, 1, to - from + 1, width).setVerticalAlignment('top');
  sheet.getRange(from, cols.tool[LOG_MESSAGE] + 1, to - from + 1, 1).setWrap(true);
}
/** The message's column in LOG_HEADER ("Lỗi"). */
const LOG_MESSAGE = 2;

/** The office's column from the first line to `lastRow`, each cell a tick box. */
function tickBoxes(sheet: GoogleAppsScript.Spreadsheet.Sheet, lastRow: number, cols: LogColumns): GoogleAppsScript.Spreadsheet.Range {
  const handled = sheet.getRange(2, cols.handled + 1, lastRow - 1, 1);
  handled.setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().setAllowInvalid(true).build());
  return handled;
}

/**
 * Appends `rows` (LOG_HEADER's columns) below the log's last line, in one write, each cell under its header wherever
 * the office moved it (logColumnsOf), a column of the office's between them left blank. Past the tab's grid the rows
 * are added, and the office's column is given its tick boxes and kept outside the warning down to the new last row:
 * whether Sheets carries a row's validation and a protection's unprotected range over to rows added below is not
 * documented, so it is not relied on (the emulation carries neither).
 */
function appendLogRows(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: unknown[][]): void {
  const cols = logColumnsOf(ss, sheet);
  reviseLog(sheet, cols);
  const first = sheet.getLastRow() + 1;
  const last = first + rows.length - 1;
  const max = sheet.getMaxRows();
  if (max < last) {
    sheet.insertRowsAfter(max, last - max);
    layLog(sheet, max + 1, last, cols);
    const handled = tickBoxes(sheet, last, cols);
    for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)) {
      const description = p.getDescription();
      if (description === LOG_PROTECTION || LOG_PROTECTIONS_EARLIER.includes(description)) p.setUnprotectedRanges([handled]);
    }
  }
  const from = Math.min(...cols.tool);
  const width = Math.max(...cols.tool) - from + 1;
  const grid = rows.map((r) => {
    const line = new Array<unknown>(width).fill('');
    cols.tool.forEach((c, j) => (line[c - from] = r[j] ?? ''));
    return line;
  });
  sheet.getRange(first, from + 1, rows.length, width).setValues(grid);
}

/** The log's warning and layout as this version makes them (a print of both: the state says which the log carries). */
const LOG_PRINT = fnv1a32(`${LOG_PROTECTION}|${LOG_WIDTHS.join(',')}`).toString(36);

/**
 * A log an earlier version made carries that version's warning ("muốn bắt đầu lại thì xóa cả trang": review counts F5)
 * and default columns, its messages cut off: reworded and laid out at its next line, once; calls only then.
 */
function reviseLog(sheet: GoogleAppsScript.Spreadsheet.Sheet, cols: LogColumns): void {
  if (getState('logLayout') === LOG_PRINT) return;
  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)) if (LOG_PROTECTIONS_EARLIER.includes(p.getDescription())) p.setDescription(LOG_PROTECTION);
  layLog(sheet, 1, sheet.getMaxRows(), cols);
  setStateSoon({ logLayout: LOG_PRINT });
}

/**
 * Appends a line to the error log tab, the visible trace of a failed run — or several lines told together, in one
 * write (none: nothing done).
 */
export function logError(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, job: string, message: string | readonly string[], row?: number): void {
  const messages = typeof message === 'string' ? [message] : message;
  if (messages.length === 0) return;
  const { sheet, created } = ensureSheet(ss, TAB.log);
  spreadsheetAppWrote();
  if (created) startLog(sheet);
  const at = formatTime(Date.now());
  appendLogRows(ss, sheet, messages.map((m) => [at, jobLabel(job), literalText(m.slice(0, LOG_LINE_MAX)), row ?? '']));
}

const PROBLEMS_KEY = 'log:problems';

/** Problems logged one by one by a run (their fingerprints fit a property value); the rest are counted in one line. */
const LOGGED_MAX = 600;

/** A short fingerprint of a message (FNV-1a, 32 bits): what the property store keeps of the problems logged. */
function fingerprint(text: string): string {
  return fnv1a32(text).toString(36);
}

/**
 * Writes the data problems of a run (sheet-level, in Vietnamese) to the error log tab, each once while it lasts:
 * a problem already logged and still present is not written again; one fixed and back later is. One batch write.
 */
export function logProblems(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, job: string, problems: readonly string[]): void {
  // Each job keeps the problems it logged and still meets (the rebuild under the key of older versions). A set shared by
  // all, each job's run replaced it with its own few (the reminders' settings errors), and the next rebuild wrote every
  // lasting problem again, every night (review "reorg" #4). Not the union of the jobs' sets either: Thiết lập's, kept
  // until it next runs, would hide from the rebuild a problem that was fixed and came back (review diff17 #4). A problem
  // two jobs meet is logged once by each.
  const key = job === 'rebuildSummaries' ? PROBLEMS_KEY : `${PROBLEMS_KEY}:${job}`;
  const raw = cachedPrefixed(key)[key] ?? null;
  const seen = new Set<string>(raw ? (JSON.parse(raw) as string[]) : []);
  // Past LOGGED_MAX problems, the rest are one line, logged again only when they change (a directory pasted without its
  // e-mails gives one a school: logged one by one they were all written again at every run, review "growth" #5).
  const shown = problems.slice(0, LOGGED_MAX);
  const rest = problems.slice(LOGGED_MAX);
  const prints = shown.map(fingerprint);
  const restMark = rest.length ? `+${rest.length}:${fingerprint(rest.map(fingerprint).sort().join(','))}` : null;
  let fresh = shown.filter((_, i) => !seen.has(prints[i]));
  if (restMark && !seen.has(restMark)) fresh.push(PROBLEMS_MORE(rest.length));
  // The log tab deleted (against its warning): the problems that last are written again, or "Tình trạng" would
  // send the office to a tab that is not there. Asked only when a problem was logged before.
  if (fresh.length < shown.length + (restMark ? 1 : 0) && !findSheet(ss, TAB.log)) fresh = [...shown, ...(restMark ? [PROBLEMS_MORE(rest.length)] : [])];
  if (fresh.length > 0) {
    const { sheet, created } = ensureSheet(ss, TAB.log);
    spreadsheetAppWrote();
    if (created) startLog(sheet);
    const at = formatTime(Date.now());
    appendLogRows(ss, sheet, fresh.map((m) => [at, jobLabel(job), literalText(m.slice(0, LOG_LINE_MAX)), '']));
  }
  // A property holds 9 KB: the fingerprints of the first LOGGED_MAX problems are kept, and one mark for the rest.
  const json = JSON.stringify([...Array.from(new Set(prints)), ...(restMark ? [restMark] : [])]);
  if (json !== (raw ?? '[]')) writeRaw({ [key]: json });
}
