// Installable triggers, created idempotently: list this user's triggers, keep one per (handler, event type,
// source), delete the extras, create what is missing. Triggers cannot be edited, only deleted and recreated.
// A clock trigger's schedule cannot be read back: the schedule each was created with is kept in a script property,
// so a changed schedule (the digest's day or hour in "Cấu hình") replaces the trigger.
import { formatDateTime } from '../core/text';
import { getFreshState, getState, holderMark, installerMark, periodEndRecord, setState } from './properties';

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

/** This account's triggers with their handlers (one listing, a call per trigger for its handler). */
export function listTriggers(): Array<{ trigger: GoogleAppsScript.Script.Trigger; handler: string }> {
  return ScriptApp.getProjectTriggers().map((trigger) => ({ trigger, handler: trigger.getHandlerFunction() }));
}

/**
 * Deletes, of `listed` (listTriggers), those whose handler is one of `handlers`; returns how many. The office's own
 * triggers of other functions are left.
 */
export function removeTriggers(listed: ReadonlyArray<{ trigger: GoogleAppsScript.Script.Trigger; handler: string }>, handlers: readonly string[]): number {
  let n = 0;
  let failed = false;
  for (const { trigger, handler } of listed) {
    if (!handlers.includes(handler)) continue;
    try {
      ScriptApp.deleteTrigger(trigger);
      n++;
    } catch {
      failed = true;
    }
  }
  if (failed) {
    // A deletion that failed — in passing, or of a one-off trigger its own run deleted meanwhile outside the lock
    // (review strict2 Q1) — is tried once more on those a fresh listing still shows; a failure then stops the caller
    // (the period's end stays unfinished, and finishes when chosen again).
    for (const { trigger, handler } of listTriggers()) {
      if (!handlers.includes(handler)) continue;
      ScriptApp.deleteTrigger(trigger);
      n++;
    }
  }
  // Whoever asks next asks again (the period's end changes what says who holds the tool).
  ownerKnown = undefined;
  return n;
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

/**
 * Makes the project's triggers exactly `specs` (for handlers named in specs); returns how many were created. The
 * triggers kept and made are recorded as the tool's set (triggerSet): marked as being changed first, so that a run cut
 * off between the changes and the record leaves no set that would retire the new triggers (retireIfSuperseded).
 */
export function ensureTriggers(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, specs: TriggerSpec[]): number {
  const existing = ScriptApp.getProjectTriggers();
  const kept = new Map<string, GoogleAppsScript.Script.Trigger>();
  const extra: GoogleAppsScript.Script.Trigger[] = [];
  const managed = new Set(specs.map((s) => s.handler));
  // A trigger created before schedules were recorded is kept as it is (its schedule is recorded below).
  const schedules = readSchedules();
  const changed = (s: TriggerSpec) => schedules[s.handler] !== undefined && schedules[s.handler] !== scheduleOf(s);
  for (const t of existing) {
    const key = `${t.getHandlerFunction()}|${t.getEventType()}`;
    const wanted = specs.some((s) => s.handler === t.getHandlerFunction() && eventTypeOf(s) === t.getEventType() && !changed(s));
    if (!managed.has(t.getHandlerFunction())) continue;
    if (wanted && !kept.has(key)) kept.set(key, t);
    else extra.push(t);
  }
  const missing = specs.filter((spec) => !kept.has(`${spec.handler}|${eventTypeOf(spec)}`));
  const ids = [...kept.values()].map((t) => t.getUniqueId());
  const recorded = readTriggerSet(true);
  const same = extra.length === 0 && missing.length === 0 && recorded !== 'pending' && recorded !== null && recorded.ids.length === ids.length && ids.every((id) => recorded.ids.includes(id));
  if (!same) setState({ triggerSet: JSON.stringify({ pending: Date.now() }) });
  for (const t of extra) ScriptApp.deleteTrigger(t);
  for (const spec of missing) {
    const builder = ScriptApp.newTrigger(spec.handler);
    let made: GoogleAppsScript.Script.Trigger;
    if (spec.kind === 'formSubmit') made = builder.forSpreadsheet(ss).onFormSubmit().create();
    else if (spec.kind === 'daily') made = builder.timeBased().everyDays(1).atHour(spec.hour).inTimezone(TIME_ZONE).create();
    // everyWeeks(1) first: whether onWeekDay alone makes a schedule is not documented (the emulation refuses it).
    else made = builder.timeBased().everyWeeks(1).onWeekDay(spec.weekDay).atHour(spec.hour).inTimezone(TIME_ZONE).create();
    ids.push(made.getUniqueId());
  }
  const wanted: Record<string, string> = { ...schedules };
  for (const spec of specs) wanted[spec.handler] = scheduleOf(spec);
  const write: Partial<Record<'triggerSchedules' | 'triggerSet', string>> = {};
  if (JSON.stringify(wanted) !== JSON.stringify(schedules)) write.triggerSchedules = JSON.stringify(wanted);
  if (!same) write.triggerSet = JSON.stringify({ ids, at: Date.now() });
  if (Object.keys(write).length) setState(write);
  // This account holds the set now (asked again if the run asks: it may have been told otherwise before "Có").
  if (!same) ownerKnown = undefined;
  return missing.length;
}

/**
 * The tool's set of triggers as Thiết lập recorded it; 'pending' while being changed; null: none recorded. `fresh`: read
 * from the store, not the run's cache (filled, for some jobs, before they waited for the lock: another account's
 * Thiết lập may have recorded its set meanwhile — review diff39 H1).
 */
function readTriggerSet(fresh = false): { ids: string[]; at: number } | 'pending' | null {
  try {
    const v = JSON.parse((fresh ? getFreshState('triggerSet') : getState('triggerSet')) || 'null') as { ids?: unknown; at?: unknown; pending?: unknown } | null;
    if (!v || typeof v !== 'object') return null;
    if (v.pending !== undefined) return 'pending';
    return Array.isArray(v.ids) ? { ids: v.ids.map(String), at: Number(v.at) || 0 } : null;
  } catch {
    return null;
  }
}

/** When the account holding the tool's triggers ran Thiết lập ("05/12/2026 08:15:00"), '' when not recorded. */
export function triggerSetText(): string {
  const set = readTriggerSet();
  return set && set !== 'pending' && set.at > 0 ? formatDateTime(new Date(set.at)) : '';
}

/** The handlers whose triggers Thiết lập makes (those it recorded a schedule for). */
function managedHandlers(fresh = false): string[] {
  try {
    const v = JSON.parse((fresh ? getFreshState('triggerSchedules') : getState('triggerSchedules')) || '{}') as unknown;
    return v && typeof v === 'object' ? Object.keys(v) : [];
  } catch {
    return [];
  }
}

let ownerKnown: boolean | null | undefined;
/** The unique id of the trigger whose run this is ('' for a menu's), as retireIfSuperseded read it. */
let firing = '';

/**
 * Whether the account running holds the tool's triggers (ScriptApp.getProjectTriggers lists the current user's only):
 * true, false (they are another account's — the one that installed the tool — or were deleted by hand), or null when
 * nothing says (never set up, a set being made). Before a set was recorded, any trigger of the tool's handlers counts;
 * a one-off trigger of this account's (a retry, a continuation) never does (review handover H1). Asked once a run.
 */
export function ownerHere(): boolean | null {
  if (ownerKnown !== undefined) return ownerKnown;
  // The period ended (src/jobs/end-period.ts): its triggers are gone, the set recorded names none left. The account that
  // ended it left its mark in its own user properties (src/gas/properties.ts holderMark): that account holds the tool.
  const ended = periodEndRecord();
  if (ended) return (ownerKnown = holderMark() === String(ended.at));
  // A run of one of the set's triggers is its owner's (it runs as the account that made it): no call.
  const cached = readTriggerSet();
  if (cached && cached !== 'pending' && firing !== '' && cached.ids.includes(firing)) return (ownerKnown = true);
  const set = readTriggerSet(true);
  const handlers = managedHandlers(true);
  if (set === 'pending' || (set === null && handlers.length === 0)) return (ownerKnown = null);
  const mine = ScriptApp.getProjectTriggers();
  ownerKnown = set ? mine.some((t) => set.ids.includes(t.getUniqueId())) : mine.some((t) => handlers.includes(t.getHandlerFunction()));
  return ownerKnown;
}

/**
 * Whether a run of this account may act in the tool's name (send its e-mails): it holds the tool's triggers, or nothing
 * says (ownerHere null), or it is the account that ran Thiết lập first or took the tool over (its installer mark: its
 * triggers deleted by hand are not another account's). False for another account's run — a colleague's menu run
 * (review r74d F6). The mark is asked only when the triggers say another account's.
 */
export function actsForTool(): boolean {
  if (ownerHere() !== false) return true;
  const mark = getState('installer');
  return mark !== null && mark !== '' && installerMark() === mark;
}

/**
 * A trigger of the tool's firing that is not in the set Thiết lập recorded: an earlier installer's, the tool handed over
 * to an account whose Thiết lập made its own set (review handover H1). Its run removes its owner's triggers of the tool
 * — it runs as that owner, so getProjectTriggers lists exactly them — and does nothing else; the set's own triggers did
 * or will do the work. No call when the trigger is in the set. Returns true when retired.
 */
export function retireIfSuperseded(e: unknown, handler: string): boolean {
  const found = superseded(e, handler);
  if (!found) return false;
  // None of them is in the set as stored (superseded): this account holds none of the tool's current triggers.
  for (const t of found.mine) if (found.handlers.includes(t.getHandlerFunction())) ScriptApp.deleteTrigger(t);
  return true;
}

/**
 * Whether this run's trigger is a former installer's (as retireIfSuperseded says), without removing anything: for a run
 * outside the lock, which does nothing then (the holder's own trigger of the same event does the work), the removal
 * left to a run under the lock — a removal outside it could fall between a Thiết lập's listing and its record.
 */
export function supersededTrigger(e: unknown, handler: string): boolean {
  return superseded(e, handler) !== null;
}

function superseded(e: unknown, handler: string): { mine: GoogleAppsScript.Script.Trigger[]; handlers: string[] } | null {
  const uid = e && typeof e === 'object' && 'triggerUid' in e ? String((e as { triggerUid: unknown }).triggerUid ?? '') : '';
  if (uid === '') return null;
  firing = uid;
  // The run's cached set names it: the tool's (no call). Else the store is asked: the cache may be older than the lock.
  const cached = readTriggerSet();
  if (cached !== null && cached !== 'pending' && cached.ids.includes(uid)) return null;
  const set = readTriggerSet(true);
  const handlers = managedHandlers(true);
  if (set === null || set === 'pending' || set.ids.includes(uid) || !handlers.includes(handler)) return null;
  const mine = ScriptApp.getProjectTriggers();
  // This account holds triggers of the set too: the firing one is an extra of the same account (never recorded, as a
  // Thiết lập cut off may leave), not a former installer's — it does its work; the next Thiết lập removes it.
  if (mine.some((t) => set.ids.includes(t.getUniqueId()))) return null;
  return { mine, handlers };
}
