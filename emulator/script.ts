// ScriptApp: installable triggers (spreadsheet, form, clock), their limits, and the Node-side controller that
// fires them — event triggers when a controller says the event happened, clock triggers when the fake clock
// reaches them (runDueTimeTriggers).
export { AUTH_MODE } from './runtime.js';
import { attach, AUTH_MODE, DAY_MS, errorMessage, instrument, makeEnum, type ExecutionKind, type Facade, type Runtime, type Subset } from './runtime.js';
import { fileModelOf } from './spreadsheet.js';
import { formIdOf } from './forms.js';
import { zonedParts, zonedToEpoch } from './values.js';

type Trigger = GoogleAppsScript.Script.Trigger;

export const EVENT_TYPE = makeEnum(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED'] as const);
export const TRIGGER_SOURCE = makeEnum(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR'] as const);
export const WEEKDAY = makeEnum(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const);

export const TRIGGERS_PER_USER = 20;
export const TRIGGER_MSG = {
  tooMany: 'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
  // ASSUMPTION (wording unverified): the refusals of invalid clock schedules.
  everyMinutes: 'The value you passed to everyMinutes must be 1, 5, 10, 15 or 30.',
  everyHours: 'The value you passed to everyHours must be 1, 2, 4, 6, 8 or 12.',
  atHourNeedsDays: 'atHour() requires everyDays() or everyWeeks().',
  onWeekDayNeedsWeeks: 'onWeekDay() requires everyWeeks().',
  twoSchedules: 'Already chosen a time-based trigger schedule.',
  noSchedule: 'A time-based trigger needs a schedule (everyMinutes, everyHours, everyDays, everyWeeks, after or at).',
  noEvent: 'Select an event type before creating the trigger.',
  notFound: (fn: string) => `Script function not found: ${fn}`,
};

export type EventTypeName = keyof typeof EVENT_TYPE;
export type SourceName = 'SPREADSHEETS' | 'FORMS' | 'CLOCK';

export interface ClockSpec {
  kind: 'minutes' | 'hours' | 'days' | 'weeks' | 'after' | 'at';
  n?: number;
  atHour?: number;
  nearMinute?: number;
  weekDay?: number; // 1 = Monday … 7 = Sunday
  /** Minute within the hour an atHour trigger runs at (Apps Script picks one; see TriggerController.minuteOf). */
  minute?: number;
  timeZone: string;
  /** A one-shot (after/at) that has fired: it stays listed until deleted, and never fires again. */
  fired?: boolean;
  /** Next time (epoch ms) it fires. */
  nextAt: number;
}

export interface TriggerModel {
  uid: string;
  handler: string;
  eventType: EventTypeName;
  source: SourceName;
  sourceId: string | null;
  owner: string;
  createdAt: number;
  clock?: ClockSpec;
}

export interface TriggerRun {
  uid: string;
  handler: string;
  eventType: EventTypeName;
  at: number;
  execution?: number;
  ok: boolean;
  error?: string;
  skipped?: 'runtime-quota';
  /** Started after the execution holding the script lock ended (it fired while the lock was held). */
  deferred?: boolean;
}

/** Calls a top-level function of the loaded bundle inside a new execution (set by the harness). */
export type Dispatcher = (handler: string, event: unknown, kind: ExecutionKind, waitingSince?: number) => unknown;

/** Node side: the triggers of every user, firing them, and what happened when they ran. */
export class TriggerController {
  readonly triggers: TriggerModel[] = [];
  readonly runs: TriggerRun[] = [];
  /** Total trigger runtime a day: 90 min consumer, 6 h Workspace (facts file). */
  dailyRuntimeMs = 90 * 60_000;
  dispatcher: Dispatcher | null = null;
  /** Whether a trigger firing now must wait for the script lock held by a running execution (set by createEmulator). */
  lockBusy: () => boolean = () => false;
  /**
   * The minute within its hour an atHour trigger runs at: Apps Script runs it "at some minute within that hour"
   * (facts file). Default: a spread of minutes by creation order (deterministic); tests may pin it, e.g. to make two
   * triggers of the same hour start together.
   */
  minuteOf: (handler: string, nth: number) => number = (_h, nth) => (17 + 23 * nth) % 60;
  private _created = 0;
  private _nesting = false;
  private _nextUid = 1;
  constructor(
    private readonly rt: Runtime,
    readonly scriptTimeZone: string,
    readonly currentUser: () => string,
    /** Makes `user` the execution's user (Session, Drive's access, the triggers it lists); absent: left as it is. */
    private readonly setUser?: (user: string) => void,
  ) {}

  newUid(): string {
    return String(4_000_000_000 + this._nextUid++ * 7_919);
  }

  /** Triggers of one user (default: the current user). */
  of(user = this.currentUser()): TriggerModel[] {
    return this.triggers.filter((t) => t.owner === user);
  }

  find(handler: string, eventType?: EventTypeName): TriggerModel[] {
    return this.triggers.filter((t) => t.handler === handler && (!eventType || t.eventType === eventType));
  }

  /**
   * Fires every trigger for (eventType, source, sourceId), each in a new execution, with the event
   * `makeEvent(trigger)` (triggerUid is added). Returns the runs.
   */
  fire(eventType: EventTypeName, source: SourceName, sourceId: string, makeEvent: (t: TriggerModel) => Record<string, unknown>): TriggerRun[] {
    const out: TriggerRun[] = [];
    for (const t of [...this.triggers]) {
      if (t.eventType !== eventType || t.source !== source || t.sourceId !== sourceId) continue;
      out.push(this.#run(t, { ...makeEvent(t), triggerUid: t.uid }, 'trigger'));
    }
    return out;
  }

  #run(t: TriggerModel, event: Record<string, unknown>, kind: ExecutionKind): TriggerRun {
    const run: TriggerRun = { uid: t.uid, handler: t.handler, eventType: t.eventType, at: this.rt.clock.now(), ok: true };
    this.runs.push(run);
    // The daily trigger runtime is the owner's (quotas are per user), whoever is at the keyboard.
    if (this.rt.remainingQuota('triggerRuntime', this.dailyRuntimeMs, t.owner) <= 0) {
      run.ok = false;
      run.skipped = 'runtime-quota';
      return run;
    }
    if (!this.dispatcher) throw new Error('No bundle loaded: call loadBundle() before firing triggers');
    if (kind === 'trigger' && this.rt.current && this.lockBusy()) {
      run.deferred = true;
      const firedAt = this.rt.clock.now();
      this.rt.defer(() => this.#dispatch(t, event, kind, run, firedAt));
      return run;
    }
    this.#dispatch(t, event, kind, run);
    return run;
  }

  #dispatch(t: TriggerModel, event: Record<string, unknown>, kind: ExecutionKind, run: TriggerRun, waitingSince?: number): void {
    const start = this.rt.clock.now();
    const before = this.rt.executions.length;
    // An installable trigger runs as the account that created it ("Installable trigger — runs as: user who created the
    // trigger", Apps Script's authorization table), whoever is at the keyboard.
    const was = this.currentUser();
    this.setUser?.(t.owner);
    try {
      this.dispatcher!(t.handler, event, kind, waitingSince);
    } catch (e) {
      run.ok = false;
      run.error = errorMessage(e);
    } finally {
      this.setUser?.(was);
      const exec = this.rt.executions[before];
      run.execution = exec?.id;
      // The execution's own span (work deferred behind it runs after it ended and is charged to itself), plus the
      // time it spent blocked waiting for the lock before it started here.
      const span = exec?.endedAt !== undefined ? exec.endedAt - exec.startedAt + (exec.waitedMs ?? 0) : this.rt.clock.now() - start;
      // Charged to the trigger's owner, the account the run was (the active user is back to `was` here).
      const used = Math.min(span, this.rt.remainingQuota('triggerRuntime', this.dailyRuntimeMs, t.owner));
      if (used > 0) this.rt.consumeQuota('triggerRuntime', used, this.dailyRuntimeMs, 'trigger runtime', t.owner);
    }
  }

  /** The next clock trigger due at or before `until` (epoch ms), if any. */
  nextDue(until: number): TriggerModel | undefined {
    let best: TriggerModel | undefined;
    for (const t of this.triggers) {
      if (!t.clock || t.clock.nextAt > until) continue;
      if (!best || t.clock.nextAt < best.clock!.nextAt) best = t;
    }
    return best;
  }

  /** The minute within the hour for the next atHour trigger created (see minuteOf). */
  pickMinute(handler: string): number {
    // Fractions of a minute are kept (seconds), so that tests can start two triggers a few seconds apart.
    const m = Number(this.minuteOf(handler, this._created++));
    return m >= 0 && m < 60 ? m : 0;
  }

  /**
   * Advances the fake clock to `until`, running each clock trigger when its time comes (in time order, each in a
   * new execution). Clock triggers can overlap: one that comes due while another execution runs (its modelled
   * time passing its start) starts then, nested in that execution's next service call — a waitLock on the script
   * lock the other holds then times out (lock.ts). One-shot triggers (after/at) fire once and stay listed (as in
   * Apps Script) until the script deletes them. Returns the runs.
   */
  runDueTimeTriggers(until: Date | number): TriggerRun[] {
    const end = typeof until === 'number' ? until : until.getTime();
    const out: TriggerRun[] = [];
    const off = this.rt.onCall(() => {
      if (this._nesting) return;
      const t = this.nextDue(Math.min(this.rt.clock.now(), end));
      if (!t) return;
      this._nesting = true;
      try {
        out.push(this.#fireClock(t));
      } finally {
        this._nesting = false;
      }
    });
    try {
      for (let guard = 0; guard < 100_000; guard++) {
        const t = this.nextDue(end);
        if (!t) break;
        if (this.rt.clock.now() < t.clock!.nextAt) this.rt.clock.set(t.clock!.nextAt);
        out.push(this.#fireClock(t));
      }
    } finally {
      off();
    }
    if (this.rt.clock.now() < end) this.rt.clock.set(end);
    // In start order (a nested run was recorded before the run it interrupted ended).
    return out.sort((a, b) => a.at - b.at);
  }

  #fireClock(t: TriggerModel): TriggerRun {
    const c = t.clock!;
    const firedAt = this.rt.clock.now();
    if (c.kind === 'after' || c.kind === 'at') {
      c.fired = true;
      c.nextAt = Number.POSITIVE_INFINITY;
    } else {
      c.nextAt = nextOccurrence(c, Math.max(firedAt, c.nextAt));
    }
    return this.#run(t, { ...clockEvent(firedAt), triggerUid: t.uid }, 'timeTrigger');
  }
}

/** The time-driven event object (fields as Apps Script documents them; timezone UTC). */
function clockEvent(at: number): Record<string, unknown> {
  const d = new Date(at);
  return {
    authMode: AUTH_MODE.FULL,
    'day-of-month': d.getUTCDate(),
    'day-of-week': d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    month: d.getUTCMonth() + 1,
    second: d.getUTCSeconds(),
    timezone: 'UTC',
    'week-of-year': isoWeek(d),
    year: d.getUTCFullYear(),
  };
}

function isoWeek(d: Date): number {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const y0 = new Date(Date.UTC(t.getUTCFullYear(), 0, 1));
  return Math.ceil(((t.getTime() - y0.getTime()) / DAY_MS + 1) / 7);
}

/**
 * The first firing time strictly after `after`. Deterministic choices inside Apps Script's tolerance:
 * everyMinutes/everyHours fire every n from creation; atHour(h) fires at h:`minute` (chosen at creation, within
 * the hour; with nearMinute m, within [m, m+15)); everyDays without atHour keeps the creation time of day.
 */
export function nextOccurrence(c: ClockSpec, after: number): number {
  const n = c.n ?? 1;
  switch (c.kind) {
    case 'minutes':
    case 'hours': {
      const period = n * (c.kind === 'minutes' ? 60_000 : 3_600_000);
      let t = c.nextAt;
      while (t <= after) t += period;
      return t;
    }
    case 'days':
    case 'weeks': {
      const step = c.kind === 'days' ? n : 7 * n;
      if (c.atHour === undefined && c.weekDay === undefined) {
        let t = c.nextAt;
        while (t <= after) t += step * DAY_MS;
        return t;
      }
      const p = zonedParts(after, c.timeZone);
      const hour = c.atHour ?? 0;
      // Some minute within the hour (nearMinute: within 15 minutes of it).
      const minute = c.nearMinute !== undefined ? c.nearMinute + ((c.minute ?? 0) % 15) : (c.minute ?? 0);
      const secondsMs = Math.round((minute - Math.floor(minute)) * 60_000);
      for (let i = 0; i <= 7 * Math.max(1, n) + 1; i++) {
        const cand = zonedToEpoch(p.year, p.month, p.day + i, hour, Math.floor(minute), 0, c.timeZone) + secondsMs;
        if (cand <= after) continue;
        if (c.weekDay !== undefined && zonedParts(cand, c.timeZone).weekday !== c.weekDay) continue;
        return cand;
      }
      return after + step * DAY_MS;
    }
    default:
      return Number.POSITIVE_INFINITY;
  }
}

// ------------------------------------------------------------------ ScriptApp

type AppKeys = 'newTrigger' | 'getProjectTriggers' | 'deleteTrigger' | 'getScriptId' | 'getUserTriggers' | 'requireAllScopes';

/** ASSUMPTION (wording unverified): what ends an execution whose user has not consented to every scope. */
export const CONSENT_REQUIRED_MSG = 'Authorization is required to perform that action.';

export class EmuScriptApp implements Facade<GoogleAppsScript.Script.ScriptApp, AppKeys> {
  readonly AuthMode = AUTH_MODE as unknown as GoogleAppsScript.Script.ScriptApp['AuthMode'];
  readonly EventType = EVENT_TYPE as unknown as GoogleAppsScript.Script.ScriptApp['EventType'];
  readonly TriggerSource = TRIGGER_SOURCE as unknown as GoogleAppsScript.Script.ScriptApp['TriggerSource'];
  readonly WeekDay = WEEKDAY as unknown as GoogleAppsScript.Script.ScriptApp['WeekDay'];
  #rt: Runtime;
  #c: TriggerController;
  #scriptId: string;
  constructor(rt: Runtime, c: TriggerController, scriptId: string) {
    this.#rt = rt;
    this.#c = c;
    this.#scriptId = scriptId;
    attach(this, rt);
  }
  /**
   * "Validates if the user has granted consent for all of the scopes requested by the script … If any consents are
   * missing, then this method ends the current execution and renders an authorization prompt" (ScriptApp reference).
   * Here: throws, so nothing after it runs.
   */
  requireAllScopes(authMode: GoogleAppsScript.Script.AuthMode): void {
    void authMode;
    const consented = this.#rt.consentedScopes;
    if (!consented) return;
    const asked = this.#rt.grantedScopes;
    if (asked === null || [...asked].some((s) => !consented.has(s))) throw this.#rt.error(CONSENT_REQUIRED_MSG);
  }
  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    return new EmuTriggerBuilder(this.#rt, this.#c, String(functionName)) as unknown as GoogleAppsScript.Script.TriggerBuilder;
  }
  /** Only the current user's triggers (as Apps Script). */
  getProjectTriggers(): Trigger[] {
    return this.#c.of().map((t) => new EmuTrigger(this.#rt, t) as unknown as Trigger);
  }
  getUserTriggers(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Trigger[] {
    const id = fileModelOf(spreadsheet)?.id ?? formIdOf(spreadsheet);
    return this.#c
      .of()
      .filter((t) => t.sourceId === id)
      .map((t) => new EmuTrigger(this.#rt, t) as unknown as Trigger);
  }
  deleteTrigger(trigger: Trigger): void {
    const m = triggerModelOf(trigger);
    if (!m) throw this.#rt.error('Invalid argument: trigger');
    const i = this.#c.triggers.findIndex((t) => t.uid === m.uid);
    if (i >= 0) this.#c.triggers.splice(i, 1);
  }
  getScriptId(): string {
    return this.#scriptId;
  }
}
const _sa: Subset<EmuScriptApp, GoogleAppsScript.Script.ScriptApp> = true;
instrument(EmuScriptApp, 'ScriptApp');

function addTrigger(rt: Runtime, c: TriggerController, t: Omit<TriggerModel, 'uid' | 'owner' | 'createdAt'>): Trigger {
  if (c.of().length >= TRIGGERS_PER_USER) throw rt.error(TRIGGER_MSG.tooMany);
  const m: TriggerModel = { ...t, uid: c.newUid(), owner: c.currentUser(), createdAt: rt.clock.now() };
  c.triggers.push(m);
  return new EmuTrigger(rt, m) as unknown as Trigger;
}

export class EmuTriggerBuilder implements Facade<GoogleAppsScript.Script.TriggerBuilder, 'forSpreadsheet' | 'forForm' | 'timeBased'> {
  #rt: Runtime;
  #c: TriggerController;
  #fn: string;
  constructor(rt: Runtime, c: TriggerController, fn: string) {
    this.#rt = rt;
    this.#c = c;
    this.#fn = fn;
    attach(this, rt);
  }
  forSpreadsheet(sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    const id = typeof sheet === 'string' ? sheet : fileModelOf(sheet)?.id;
    if (!id) throw this.#rt.error('Invalid argument: sheet');
    return new EmuSourceTriggerBuilder(this.#rt, this.#c, this.#fn, 'SPREADSHEETS', id) as unknown as GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
  }
  forForm(form: GoogleAppsScript.Forms.Form | string): GoogleAppsScript.Script.FormTriggerBuilder {
    const id = typeof form === 'string' ? form : formIdOf(form);
    if (!id) throw this.#rt.error('Invalid argument: form');
    return new EmuFormTriggerBuilder(this.#rt, this.#c, this.#fn, 'FORMS', id) as unknown as GoogleAppsScript.Script.FormTriggerBuilder;
  }
  timeBased(): GoogleAppsScript.Script.ClockTriggerBuilder {
    return new EmuClockTriggerBuilder(this.#rt, this.#c, this.#fn) as unknown as GoogleAppsScript.Script.ClockTriggerBuilder;
  }
}
const _tb: Subset<EmuTriggerBuilder, GoogleAppsScript.Script.TriggerBuilder> = true;
instrument(EmuTriggerBuilder, 'TriggerBuilder');

interface SourceState {
  rt: Runtime;
  c: TriggerController;
  fn: string;
  source: SourceName;
  id: string;
  event: EventTypeName | null;
}

function buildSourceTrigger(s: SourceState): Trigger {
  if (!s.event) throw s.rt.error(TRIGGER_MSG.noEvent);
  return addTrigger(s.rt, s.c, { handler: s.fn, eventType: s.event, source: s.source, sourceId: s.id });
}

export class EmuSourceTriggerBuilder implements Facade<GoogleAppsScript.Script.SpreadsheetTriggerBuilder, 'onFormSubmit' | 'onOpen' | 'onEdit' | 'onChange' | 'create'> {
  #s: SourceState;
  constructor(rt: Runtime, c: TriggerController, fn: string, source: SourceName, id: string) {
    this.#s = { rt, c, fn, source, id, event: null };
    attach(this, rt);
  }
  #on(e: EventTypeName): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.#s.event = e;
    return this as unknown as GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
  }
  onFormSubmit(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    return this.#on('ON_FORM_SUBMIT');
  }
  onOpen(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    return this.#on('ON_OPEN');
  }
  onEdit(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    return this.#on('ON_EDIT');
  }
  onChange(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    return this.#on('ON_CHANGE');
  }
  create(): Trigger {
    return buildSourceTrigger(this.#s);
  }
}
const _stb: Subset<EmuSourceTriggerBuilder, GoogleAppsScript.Script.SpreadsheetTriggerBuilder> = true;
instrument(EmuSourceTriggerBuilder, 'SpreadsheetTriggerBuilder');

export class EmuFormTriggerBuilder implements Facade<GoogleAppsScript.Script.FormTriggerBuilder, 'onFormSubmit' | 'onOpen' | 'create'> {
  #s: SourceState;
  constructor(rt: Runtime, c: TriggerController, fn: string, source: SourceName, id: string) {
    this.#s = { rt, c, fn, source, id, event: null };
    attach(this, rt);
  }
  onFormSubmit(): GoogleAppsScript.Script.FormTriggerBuilder {
    this.#s.event = 'ON_FORM_SUBMIT';
    return this as unknown as GoogleAppsScript.Script.FormTriggerBuilder;
  }
  onOpen(): GoogleAppsScript.Script.FormTriggerBuilder {
    this.#s.event = 'ON_OPEN';
    return this as unknown as GoogleAppsScript.Script.FormTriggerBuilder;
  }
  create(): Trigger {
    return buildSourceTrigger(this.#s);
  }
}
const _ftb: Subset<EmuFormTriggerBuilder, GoogleAppsScript.Script.FormTriggerBuilder> = true;
instrument(EmuFormTriggerBuilder, 'FormTriggerBuilder');

type ClockKeys = 'everyMinutes' | 'everyHours' | 'everyDays' | 'everyWeeks' | 'onWeekDay' | 'atHour' | 'nearMinute' | 'inTimezone' | 'after' | 'at' | 'create';

export class EmuClockTriggerBuilder implements Facade<GoogleAppsScript.Script.ClockTriggerBuilder, ClockKeys> {
  #rt: Runtime;
  #c: TriggerController;
  #fn: string;
  #kind: ClockSpec['kind'] | null = null;
  #n = 1;
  #atHour?: number;
  #nearMinute?: number;
  #weekDay?: number;
  #tz: string;
  #at?: number;
  constructor(rt: Runtime, c: TriggerController, fn: string) {
    this.#rt = rt;
    this.#c = c;
    this.#fn = fn;
    this.#tz = c.scriptTimeZone;
    attach(this, rt);
  }
  #self(): GoogleAppsScript.Script.ClockTriggerBuilder {
    return this as unknown as GoogleAppsScript.Script.ClockTriggerBuilder;
  }
  #schedule(kind: ClockSpec['kind'], n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (this.#kind !== null) throw this.#rt.error(TRIGGER_MSG.twoSchedules);
    this.#kind = kind;
    this.#n = n;
    return this.#self();
  }
  everyMinutes(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (![1, 5, 10, 15, 30].includes(Number(n))) throw this.#rt.error(TRIGGER_MSG.everyMinutes);
    return this.#schedule('minutes', Number(n));
  }
  everyHours(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (![1, 2, 4, 6, 8, 12].includes(Number(n))) throw this.#rt.error(TRIGGER_MSG.everyHours);
    return this.#schedule('hours', Number(n));
  }
  everyDays(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (!(Number(n) >= 1)) throw this.#rt.error('Invalid argument: n');
    return this.#schedule('days', Math.floor(Number(n)));
  }
  everyWeeks(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (!(Number(n) >= 1)) throw this.#rt.error('Invalid argument: n');
    return this.#schedule('weeks', Math.floor(Number(n)));
  }
  onWeekDay(day: GoogleAppsScript.Base.Weekday): GoogleAppsScript.Script.ClockTriggerBuilder {
    const i = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'].indexOf(String(day));
    if (i < 0) throw this.#rt.error('Invalid argument: day');
    this.#weekDay = i + 1;
    return this.#self();
  }
  atHour(hour: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    const h = Number(hour);
    if (!(h >= 0 && h <= 23)) throw this.#rt.error('Invalid argument: hour');
    this.#atHour = Math.floor(h);
    return this.#self();
  }
  nearMinute(minute: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    const m = Number(minute);
    if (!(m >= 0 && m <= 59)) throw this.#rt.error('Invalid argument: minute');
    // Apps Script rounds to the nearest 15 minutes.
    this.#nearMinute = Math.min(45, Math.round(m / 15) * 15);
    return this.#self();
  }
  inTimezone(timezone: string): GoogleAppsScript.Script.ClockTriggerBuilder {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: String(timezone) });
    } catch {
      throw this.#rt.error(`Invalid argument: timezone`);
    }
    this.#tz = String(timezone);
    return this.#self();
  }
  /** A one-shot at least `durationMilliseconds` from now. */
  after(durationMilliseconds: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    const ms = Number(durationMilliseconds);
    if (!(ms >= 0)) throw this.#rt.error('Invalid argument: durationMilliseconds');
    this.#schedule('after', 1);
    this.#at = this.#rt.clock.now() + ms;
    return this.#self();
  }
  at(date: GoogleAppsScript.Base.Date): GoogleAppsScript.Script.ClockTriggerBuilder {
    const ms = (date as unknown as Date).getTime();
    this.#schedule('at', 1);
    this.#at = ms;
    return this.#self();
  }
  create(): Trigger {
    const kind = this.#kind;
    if (!kind) throw this.#rt.error(TRIGGER_MSG.noSchedule);
    if (this.#atHour !== undefined && kind !== 'days' && kind !== 'weeks') throw this.#rt.error(TRIGGER_MSG.atHourNeedsDays);
    if (this.#weekDay !== undefined && kind !== 'weeks') throw this.#rt.error(TRIGGER_MSG.onWeekDayNeedsWeeks);
    const now = this.#rt.clock.now();
    const spec: ClockSpec = { kind, n: this.#n, atHour: this.#atHour, nearMinute: this.#nearMinute, weekDay: this.#weekDay, timeZone: this.#tz, nextAt: now };
    if (this.#atHour !== undefined) spec.minute = this.#c.pickMinute(this.#fn);
    if (kind === 'after' || kind === 'at') spec.nextAt = this.#at!;
    else if (kind === 'minutes' || kind === 'hours') spec.nextAt = now + this.#n * (kind === 'minutes' ? 60_000 : 3_600_000);
    else if (this.#atHour === undefined && this.#weekDay === undefined) spec.nextAt = now + (kind === 'days' ? this.#n : 7 * this.#n) * DAY_MS;
    else spec.nextAt = nextOccurrence(spec, now);
    return addTrigger(this.#rt, this.#c, { handler: this.#fn, eventType: 'CLOCK', source: 'CLOCK', sourceId: null, clock: spec });
  }
}
const _ctb: Subset<EmuClockTriggerBuilder, GoogleAppsScript.Script.ClockTriggerBuilder> = true;
instrument(EmuClockTriggerBuilder, 'ClockTriggerBuilder');

export class EmuTrigger implements Facade<Trigger, 'getHandlerFunction' | 'getEventType' | 'getTriggerSource' | 'getTriggerSourceId' | 'getUniqueId'> {
  #m: TriggerModel;
  constructor(rt: Runtime, m: TriggerModel) {
    this.#m = m;
    attach(this, rt);
  }
  static model(x: EmuTrigger): TriggerModel {
    return x.#m;
  }
  getHandlerFunction(): string {
    return this.#m.handler;
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    return EVENT_TYPE[this.#m.eventType] as unknown as GoogleAppsScript.Script.EventType;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return TRIGGER_SOURCE[this.#m.source] as unknown as GoogleAppsScript.Script.TriggerSource;
  }
  getTriggerSourceId(): string {
    return this.#m.sourceId as string;
  }
  getUniqueId(): string {
    return this.#m.uid;
  }
}
const _t: Subset<EmuTrigger, Trigger> = true;
instrument(EmuTrigger, 'Trigger');

function triggerModelOf(x: unknown): TriggerModel | undefined {
  return x instanceof EmuTrigger ? EmuTrigger.model(x) : undefined;
}
