// Job health: each entry point records when it last ran and how it ended, so a trigger that silently stopped
// (for example after its owner's authorisation lapsed) shows up in the "Tình trạng" tab.
import { HEALTH_FAILED, HEALTH_HEADER, HEALTH_NEVER, HEALTH_OK, JOB_LABEL as APP_JOBS, LOG_HEADER, MAIL_JOB_LABEL, PROPOSAL_JOB_LABEL, SCHOOL_VIEW_JOB_LABEL, TAB } from '../core/messages';

/** Every job the health tab lists, by entry point. */
const JOB_LABEL: Record<string, string> = { ...APP_JOBS, ...MAIL_JOB_LABEL, ...PROPOSAL_JOB_LABEL, ...SCHOOL_VIEW_JOB_LABEL };
import { literalText } from '../core/table';
import { ensureSheet, writeTable } from './sheets';

const KEY_PREFIX = 'health:';

interface HealthRecord {
  at: number;
  ok: boolean;
  detail: string;
}

function formatTime(ms: number): string {
  return Utilities.formatDate(new Date(ms), 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy HH:mm:ss');
}

/** Records the outcome of a job run and redraws the health tab (a constant number of service calls). */
export function recordRun(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, job: string, ok: boolean, detail: string): void {
  const props = PropertiesService.getScriptProperties();
  const record: HealthRecord = { at: Date.now(), ok, detail: detail.slice(0, 500) };
  props.setProperty(KEY_PREFIX + job, JSON.stringify(record));
  const all = props.getProperties();
  const rows = Object.keys(JOB_LABEL).map((name) => {
    const raw = all[KEY_PREFIX + name];
    if (!raw) return [JOB_LABEL[name], HEALTH_NEVER, '', ''];
    const r = JSON.parse(raw) as HealthRecord;
    return [JOB_LABEL[name], formatTime(r.at), r.ok ? HEALTH_OK : HEALTH_FAILED, r.detail];
  });
  writeTable(ensureSheet(ss, TAB.health).sheet, HEALTH_HEADER, rows, { frozenRows: 1, widths: [220, 150, 90, 500] });
}

/** Appends one line to the error log tab: the visible trace of a failed run. */
export function logError(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, job: string, message: string, row?: number): void {
  const { sheet, created } = ensureSheet(ss, TAB.log);
  if (created) sheet.appendRow(LOG_HEADER);
  sheet.appendRow([formatTime(Date.now()), JOB_LABEL[job] ?? job, literalText(message.slice(0, 2000)), row ?? '']);
}
