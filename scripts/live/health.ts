// npm run doctor: the requests that read a deployed office's health through the Apps Script API (and the office
// Sheet's own "Tình trạng" and "Nhật ký lỗi" tabs through the Sheets API), and the Vietnamese report made from the
// responses. Apps Script has no API for a project's triggers or script properties: a clock trigger is seen through
// the runs it started (processes of type TIME_DRIVEN); the tool's own record of each job is the "Tình trạng" tab.
import type { script_v1, sheets_v4 } from 'googleapis';
import { JOB_LABEL, PERIOD_END, PERIOD_END_LABEL, TAB } from '../../src/core/messages';
import { LIVE_MSG } from './messages';

const M = LIVE_MSG.doctor;
const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const HOUR_MS = 3_600_000;

/** The clock triggers setup installs (src/jobs/setup.ts via src/gas/triggers.ts) and how often each should run. */
export const SCHEDULED_HOURS: Record<string, number> = { rebuildSummaries: 24, sendReminders: 24, sendWeeklyDigest: 24 * 7 };
/** A scheduled job is late when its last run is older than this many periods (atHour runs within the hour). */
const LATE_AFTER_PERIODS = 1.5;
export const LOG_ROWS_SHOWN = 10;

export type Process = script_v1.Schema$GoogleAppsScriptTypeProcess;

export function processesRequest(scriptId: string, now: Date, days: number, pageToken?: string): script_v1.Params$Resource$Processes$Listscriptprocesses {
  return {
    scriptId,
    pageSize: 200,
    'scriptProcessFilter.startTime': new Date(now.getTime() - days * 24 * HOUR_MS).toISOString(),
    ...(pageToken ? { pageToken } : {}),
  };
}

export function metricsRequest(scriptId: string): script_v1.Params$Resource$Projects$Getmetrics {
  return { scriptId, metricsGranularity: 'DAILY' };
}

export function statusRequest(spreadsheetId: string): sheets_v4.Params$Resource$Spreadsheets$Values$Batchget {
  // Quoted A1 ranges: a whole tab by its name.
  return { spreadsheetId, ranges: [TAB.health, TAB.log].map((t) => `'${t.replace(/'/g, "''")}'`), valueRenderOption: 'FORMATTED_VALUE' };
}

/** Every page of listScriptProcesses (at most `maxPages`), through `list` (the API call, or a recorded one). */
export async function allProcesses(
  list: (req: script_v1.Params$Resource$Processes$Listscriptprocesses) => Promise<script_v1.Schema$ListScriptProcessesResponse>,
  scriptId: string,
  now: Date,
  days: number,
  maxPages = 5,
): Promise<Process[]> {
  const out: Process[] = [];
  let token: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const res = await list(processesRequest(scriptId, now, days, token));
    out.push(...(res.processes ?? []));
    token = res.nextPageToken ?? undefined;
    if (!token) break;
  }
  return out;
}

export function formatTime(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return String(iso);
  const f = new Intl.DateTimeFormat('vi-VN', { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });
  const p = Object.fromEntries(f.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** A job's Vietnamese name: the product's own label, else the kit's. */
export const jobLabel = (fn: string): string => JOB_LABEL[fn] ?? M.jobLabel[fn] ?? fn;
const label = jobLabel;
const statusText = (s?: string | null) => M.status[s ?? ''] ?? s ?? '?';
const FAILED = new Set(['FAILED', 'TIMED_OUT']);

export interface HealthInput {
  now: Date;
  days: number;
  project?: script_v1.Schema$Project;
  processes?: Process[];
  metrics?: script_v1.Schema$Metrics;
  /** The values of the office's "Tình trạng" and "Nhật ký lỗi" tabs (values.batchGet), when read. */
  sheet?: sheets_v4.Schema$BatchGetValuesResponse;
  /** Lines saying what could not be read and why. */
  skipped: string[];
}

/**
 * The line of "Kết thúc giai đoạn" in the office's "Tình trạng" while the period is ended (its "Chi tiết" starts with
 * PERIOD_END.linePrefix; once Thiết lập reopens it, it says so instead), or null: the scheduled jobs stopped on purpose.
 */
export function periodEndedLine(sheet?: sheets_v4.Schema$BatchGetValuesResponse): string | null {
  const rows = (sheet?.valueRanges?.[0]?.values ?? []) as unknown[][];
  const header = (rows[0] ?? []).map(String);
  const detail = header.indexOf('Chi tiết');
  const line = rows.slice(1).find((r) => String(r[0] ?? '') === PERIOD_END_LABEL && String(r[detail] ?? '').startsWith(PERIOD_END.linePrefix));
  return line && detail >= 0 ? String(line[detail]) : null;
}

/** The report: lines to print, and how many things need a look (0 = healthy). */
export function healthReport(input: HealthInput): { lines: string[]; problems: number } {
  const lines: string[] = [];
  let problems = 0;
  const { project, processes, metrics, now, days } = input;
  const ended = periodEndedLine(input.sheet);
  if (project) {
    lines.push(M.title(project.title ?? '', project.scriptId ?? ''));
    lines.push(project.parentId ? M.container(project.parentId) : M.noContainer);
    if (project.updateTime) lines.push(M.updated(formatTime(project.updateTime), project.lastModifyUser?.email ?? ''));
  }
  if (processes) {
    const sorted = [...processes].sort((a, b) => Date.parse(b.startTime ?? '') - Date.parse(a.startTime ?? ''));
    lines.push(processes.length ? M.runsTitle(days, processes.length) : M.noRuns(days));
    const byFn = new Map<string, Process[]>();
    for (const p of sorted) {
      const fn = p.functionName ?? '?';
      byFn.set(fn, [...(byFn.get(fn) ?? []), p]);
    }
    for (const [fn, runs] of byFn) {
      const failed = runs.filter((r) => FAILED.has(r.processStatus ?? '')).length;
      lines.push(M.job(label(fn), fn, formatTime(runs[0].startTime ?? ''), statusText(runs[0].processStatus), failed, runs.length));
    }
    // The period ended from the menu: its clock triggers were removed on purpose — no run is late.
    if (ended) lines.push(M.ended(ended));
    for (const [fn, hours] of ended ? [] : Object.entries(SCHEDULED_HOURS)) {
      const scheduled = (byFn.get(fn) ?? []).filter((r) => r.processType === 'TIME_DRIVEN');
      const lateMs = hours * LATE_AFTER_PERIODS * HOUR_MS;
      if (scheduled.length === 0) {
        if (days * 24 * HOUR_MS >= lateMs) {
          lines.push(M.never(label(fn)));
          problems++;
        }
      } else if (now.getTime() - Date.parse(scheduled[0].startTime ?? '') > lateMs) {
        lines.push(M.stale(label(fn), Math.round(lateMs / HOUR_MS)));
        problems++;
      }
    }
    const failures = sorted.filter((p) => FAILED.has(p.processStatus ?? ''));
    if (failures.length) {
      problems += failures.length;
      lines.push(M.failuresTitle);
      for (const p of failures.slice(0, LOG_ROWS_SHOWN)) {
        lines.push(M.failure(formatTime(p.startTime ?? ''), label(p.functionName ?? '?'), statusText(p.processStatus), M.kind[p.processType ?? ''] ?? p.processType ?? ''));
      }
      if (failures.length > LOG_ROWS_SHOWN) lines.push(M.logMore(failures.length - LOG_ROWS_SHOWN));
    }
  }
  if (metrics) {
    lines.push(M.metricsTitle);
    const total = metrics.totalExecutions ?? [];
    if (total.length === 0) lines.push(M.noMetrics);
    const at = (list: script_v1.Schema$MetricsValue[] | undefined, start?: string | null) => list?.find((v) => v.startTime === start)?.value ?? '0';
    for (const t of total) {
      lines.push(M.metric(formatTime(t.startTime ?? '').slice(0, 10), t.value ?? '0', at(metrics.failedExecutions, t.startTime), at(metrics.activeUsers, t.startTime)));
    }
  }
  if (input.sheet) {
    const [health, log] = input.sheet.valueRanges ?? [];
    const show = (tab: string, rows: unknown[][] | null | undefined, last?: number) => {
      lines.push(M.sheetTitle(tab));
      const all = rows ?? [];
      if (all.length <= 1) {
        lines.push(M.sheetEmpty(tab));
        return;
      }
      const [header, ...body] = all;
      const shown = last !== undefined ? body.slice(-last) : body;
      if (last !== undefined && body.length > last) lines.push(M.logMore(body.length - last));
      for (const r of shown) {
        lines.push(M.sheetRow(header.map((h, i) => (r[i] === undefined || r[i] === '' ? '' : `${String(h)}: ${String(r[i])}`)).filter(Boolean).join(' · ')));
      }
    };
    show(TAB.health, health?.values);
    show(TAB.log, log?.values, LOG_ROWS_SHOWN);
  }
  lines.push(...input.skipped);
  lines.push(problems === 0 && input.skipped.length === 0 ? M.healthy : M.problems(problems + input.skipped.length));
  return { lines, problems: problems + input.skipped.length };
}
