// Installable triggers, created idempotently: list this user's triggers, keep one per (handler, event type,
// source), delete the extras, create what is missing. Triggers cannot be edited, only deleted and recreated.
// A clock trigger's schedule cannot be read back: the schedule each was created with is kept in a script property,
// so a changed schedule (the digest's day or hour in "Cấu hình") replaces the trigger.
import { getFreshState, getState, setState } from './properties';

/** The entry point of the one-off trigger that runs again the scheduled jobs that missed the lock. */
export const RETRY_HANDLER = 'retryJobs';
/** How long a job that missed the lock waits before it runs again (the holder has finished well before). */
export const RETRY_AFTER_MS = 10 * 60_000;

/** The jobs waiting for a retry, as the list stands now (not taken). */
export function readRetries(): string[] {
  try {
    const v = JSON.parse(getFreshState('retryJobs') || '[]') as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** Deletes the retry triggers (one-off triggers stay listed after they fire, and count against the 20 a user). */
function deleteRetryTriggers(): void {
  for (const t of ScriptApp.getProjectTriggers()) if (t.getHandlerFunction() === RETRY_HANDLER) ScriptApp.deleteTrigger(t);
}

/**
 * Asks for `job` (an entry point) to run again in RETRY_AFTER_MS: the job joins the list the retry trigger runs,
 * and that one-off trigger is (re)created. Returns when it will run (epoch ms).
 */
export function scheduleRetry(job: string): number {
  return scheduleRetries([job], RETRY_AFTER_MS);
}

/** `jobs` join the list the retry trigger runs, which is (re)created to run in `afterMs`. Returns when (epoch ms). */
export function scheduleRetries(jobs: readonly string[], afterMs: number): number {
  const list = readRetries();
  for (const job of jobs) if (!list.includes(job)) list.push(job);
  setState({ retryJobs: JSON.stringify(list) });
  deleteRetryTriggers();
  ScriptApp.newTrigger(RETRY_HANDLER).timeBased().after(afterMs).create();
  return Date.now() + afterMs;
}

/** The jobs waiting for a retry, taken (the list is emptied and the retry triggers deleted). */
export function takeRetries(): string[] {
  const jobs = readRetries();
  deleteRetryTriggers();
  if (jobs.length) setState({ retryJobs: '[]' });
  return jobs;
}

/**
 * The entry point of the one-off trigger that sends, when the daily mail quota comes back, the e-mails that waited for
 * it (src/jobs/mailing.ts schedules it; src/jobs/waiting-mail.ts runs it).
 */
export const QUOTA_RUN_HANDLER = 'sendWaitingMail';

/**
 * Makes `handler`'s one-off trigger the only one, to run at `at` (epoch ms; after(ms) is a minimum delay, so not before):
 * the earlier ones of that handler are deleted (one-off triggers stay listed after they fire, and count against the
 * 20 a user), so at most one is ever listed.
 */
export function scheduleOnce(handler: string, at: number): void {
  deleteTriggersOf(handler);
  ScriptApp.newTrigger(handler).timeBased().after(Math.max(60_000, at - Date.now())).create();
}

/** Deletes `handler`'s triggers (a one-off trigger's run deletes its own). */
export function deleteTriggersOf(handler: string): void {
  for (const t of ScriptApp.getProjectTriggers()) if (t.getHandlerFunction() === handler) ScriptApp.deleteTrigger(t);
}

export type TriggerSpec =
  | { handler: string; kind: 'formSubmit' }
  | { handler: string; kind: 'daily'; hour: number }
  | { handler: string; kind: 'weekly'; weekDay: GoogleAppsScript.Base.Weekday; hour: number };

const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** ScriptApp.WeekDay's names, Monday first (the order of "Cấu hình"'s digest day and of WEEKDAY_LABELS). */
export const WEEKDAY_NAMES = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

/** What a trigger's schedule is, to notice a change ('' for event triggers). */
function scheduleOf(spec: TriggerSpec): string {
  if (spec.kind === 'daily') return `daily@${spec.hour}`;
  if (spec.kind === 'weekly') return `weekly:${String(spec.weekDay)}@${spec.hour}`;
  return '';
}

/**
 * The schedule `handler`'s clock trigger was made with (scheduleOf, as ensureTriggers kept it), or null: read from the
 * run's cached state, no call (what "Tình trạng" shows beside each job). `day`: 0 for Monday … 6 for Sunday.
 */
export function recordedSchedule(handler: string): { hour: number; day: number | null } | null {
  let all: Record<string, unknown>;
  try {
    all = JSON.parse(getState('triggerSchedules') ?? '{}') as Record<string, unknown>;
  } catch {
    return null;
  }
  const v = typeof all[handler] === 'string' ? (all[handler] as string) : '';
  const daily = /^daily@(\d+)$/.exec(v);
  if (daily) return { hour: Number(daily[1]), day: null };
  const weekly = /^weekly:([A-Z]+)@(\d+)$/.exec(v);
  const day = weekly ? (WEEKDAY_NAMES as readonly string[]).indexOf(weekly[1]) : -1;
  return weekly && day >= 0 ? { hour: Number(weekly[2]), day } : null;
}

function readSchedules(): Record<string, string> {
  try {
    const v = JSON.parse(getFreshState('triggerSchedules') || '{}') as unknown;
    return v && typeof v === 'object' ? (v as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function eventTypeOf(spec: TriggerSpec): GoogleAppsScript.Script.EventType {
  return spec.kind === 'formSubmit' ? ScriptApp.EventType.ON_FORM_SUBMIT : ScriptApp.EventType.CLOCK;
}

/** Makes the project's triggers exactly `specs` (for handlers named in specs); returns how many were created. */
export function ensureTriggers(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, specs: TriggerSpec[]): number {
  const existing = ScriptApp.getProjectTriggers();
  const kept = new Set<string>();
  const managed = new Set(specs.map((s) => s.handler));
  // A trigger created before schedules were recorded is kept as it is (its schedule is recorded below).
  const schedules = readSchedules();
  const changed = (s: TriggerSpec) => schedules[s.handler] !== undefined && schedules[s.handler] !== scheduleOf(s);
  for (const t of existing) {
    const key = `${t.getHandlerFunction()}|${t.getEventType()}`;
    const wanted = specs.some((s) => s.handler === t.getHandlerFunction() && eventTypeOf(s) === t.getEventType() && !changed(s));
    if (!managed.has(t.getHandlerFunction())) continue;
    if (wanted && !kept.has(key)) kept.add(key);
    else ScriptApp.deleteTrigger(t);
  }
  let created = 0;
  for (const spec of specs) {
    if (kept.has(`${spec.handler}|${eventTypeOf(spec)}`)) continue;
    const builder = ScriptApp.newTrigger(spec.handler);
    if (spec.kind === 'formSubmit') builder.forSpreadsheet(ss).onFormSubmit().create();
    else if (spec.kind === 'daily') builder.timeBased().everyDays(1).atHour(spec.hour).inTimezone(TIME_ZONE).create();
    // everyWeeks(1) first: whether onWeekDay alone makes a schedule is not documented (the emulation refuses it).
    else builder.timeBased().everyWeeks(1).onWeekDay(spec.weekDay).atHour(spec.hour).inTimezone(TIME_ZONE).create();
    created++;
  }
  const wanted: Record<string, string> = { ...schedules };
  for (const spec of specs) wanted[spec.handler] = scheduleOf(spec);
  if (JSON.stringify(wanted) !== JSON.stringify(schedules)) setState({ triggerSchedules: JSON.stringify(wanted) });
  return created;
}
