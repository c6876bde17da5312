// The one shared mechanism behind every emulated service (Miniflare-like): a fake clock, call accounting,
// modelled latency, daily quotas, executions with a time budget, interleaved executions, and the "realm"
// (the node:vm context) that values handed to the script are created in.
//
// Services never talk to each other's internals through the script-facing classes: each emulated class keeps
// its state in #private fields and is instrumented here (`instrument`), so every public method call is one
// counted service call "Class.method".
import { DEFAULT_LATENCY_MS, latencyOf, sheetIo, type LatencyTable } from './latency.js';
import { localise, type Locale } from './locale.js';
import { SIMPLE_TRIGGER_SCOPES, checkScopes } from './scopes.js';

/** Settable, advanceable fake time in epoch milliseconds. Nothing in the emulation reads the real clock. */
export class Clock {
  private _now: number;
  constructor(now: number | Date = Date.UTC(2025, 8, 1, 1, 0, 0)) {
    this._now = typeof now === 'number' ? now : now.getTime();
  }
  now(): number {
    return this._now;
  }
  date(): Date {
    return new Date(this._now);
  }
  set(t: number | Date): void {
    this._now = typeof t === 'number' ? t : t.getTime();
  }
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`Clock.advance: ${ms}`);
    this._now += ms;
  }
}

/** What kind of execution this is: decides the budget and what the platform allows (UI, authorisation). */
export type ExecutionKind =
  | 'editor' // run from the script editor or a menu item (full auth, UI available)
  | 'menu'
  | 'simpleTrigger' // onOpen / onEdit simple triggers: 30 s, no services needing authorisation
  | 'trigger' // installable event trigger (form submit, ...): no UI
  | 'timeTrigger' // time-driven trigger: no UI
  | 'node'; // direct use from Node (tests): no deadline

export interface ExecutionRecord {
  id: number;
  kind: ExecutionKind;
  label: string;
  startedAt: number;
  endedAt?: number;
  deadline: number;
  calls: number;
  modelledMs: number;
  /** Spreadsheet cells read (getValues, getDisplayValues, getFormulas) and written (setValues) by this execution. */
  cellsRead?: number;
  cellsWritten?: number;
  /** The tabs ("fileId:sheetId") this execution read cells of, and wrote cells to (the bench's floor counts tabs). */
  tabsRead?: Set<string>;
  tabsWritten?: Set<string>;
  /** Cells read by tab ("fileId:sheetId"): what grows with a tab and what does not. */
  cellsReadByTab?: Map<string, number>;
  /** Writes of cells by tab ("fileId:sheetId"): how many calls wrote to it (lines of a log written together or not). */
  writesByTab?: Map<string, number>;
  error?: string;
  /** id of the execution this one was interleaved into, if any. */
  parentId?: number;
  /**
   * For an execution that started late because it fired while another held the script lock: when it fired.
   * Its first waitLock/tryLock counts the wait from then (see lock.ts).
   */
  waitingSince?: number;
  /** Set once the first lock acquisition has accounted for `waitingSince`. */
  waitAccounted?: boolean;
  /** How long it was blocked waiting for the lock before it started (at most its wait's timeout). */
  waitedMs?: number;
  /** Set when killAtCall stopped this execution. */
  killed?: boolean;
  /** SpreadsheetApp writes of this execution are queued and not yet committed (runtime.ts sheetWritesPending). */
  writesPending?: boolean;
  /** SpreadsheetApp writes of this execution were still queued when it ended (its end commits them). */
  endedWithWritesPending?: boolean;
  /**
   * This machine's wall time of the execution, and the part of it spent inside service calls (the emulation's own
   * work, and any execution interleaved into one of them): the rest, `wallMs - serviceWallMs`, is the script's own
   * time (its core and adapters), what the bench reports as a submission's script time.
   */
  wallMs?: number;
  serviceWallMs?: number;
}

/** What a killed execution's service calls throw. */
export const KILLED_MESSAGE = 'Execution stopped (injected kill)';

interface Pending {
  fn: () => unknown;
  afterCalls: number;
  onError?: (e: unknown) => void;
}

/** Constructors of the realm the script runs in (the vm context); defaults to Node's own. */
export interface Realm {
  Array: ArrayConstructor;
  Object: ObjectConstructor;
  Date: DateConstructor;
  Error: ErrorConstructor;
}

export const NODE_REALM: Realm = { Array, Object, Date, Error };

export interface RuntimeOptions {
  now?: number | Date;
  modelLatency?: boolean;
  latency?: Partial<LatencyTable>;
  /** The manifest's oauthScopes (undefined: the manifest lists none, so every scope the code uses is granted). */
  oauthScopes?: readonly string[];
  /** Language of error messages (Apps Script translates them into the user's language). Default 'en'. */
  locale?: Locale;
}

/** Daily quota window: resets 24 h after the first use in the window (facts file), not at midnight. */
interface QuotaWindow {
  start: number;
  used: number;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
export const MINUTE_MS = 60 * 1000;
export const EXECUTION_BUDGET_MS = 360_000;
export const SIMPLE_TRIGGER_BUDGET_MS = 30_000;

export class Runtime {
  readonly clock: Clock;
  /** Service calls by "Class.method" since the emulator was created (or last `resetCalls`). */
  readonly calls = new Map<string, number>();
  modelLatency: boolean;
  readonly latency: LatencyTable;
  /** Every execution started, in start order. */
  readonly executions: ExecutionRecord[] = [];
  /** Total modelled service time (ms) charged to the clock so far. */
  modelledMs = 0;
  realm: Realm = NODE_REALM;
  /** Scopes granted to the project (the manifest's oauthScopes); null = every scope (no oauthScopes listed). */
  grantedScopes: ReadonlySet<string> | null;
  /**
   * The scopes the user consented to, when the consent screen let them untick some (granular consent: "Some script
   * executions can start without a user's consent to all required scopes used by the script" — AuthorizationInfo's
   * reference); null = every scope the project asks for. Set from Node to stand for a user who unticked some.
   */
  consentedScopes: ReadonlySet<string> | null = null;
  /** Language of the messages of service errors. */
  locale: Locale;
  /** Reads that had to commit pending spreadsheet writes first (each charged a flush's modelled cost). */
  implicitFlushes = 0;
  /**
   * Spreadsheet writes queued and not yet committed (by flush, a read, or the end of the execution), per execution: an
   * execution interleaved into another neither commits nor sees the other's queue (`_nodeWritesPending`: calls made
   * from Node, outside any execution).
   */
  private _nodeWritesPending = false;
  #setPending(pending: boolean): void {
    const exec = this.current;
    if (exec) exec.writesPending = pending;
    else this._nodeWritesPending = pending;
  }
  /**
   * The current execution's SpreadsheetApp writes are queued and not committed: the Sheets API would not see them
   * (sheets-api.ts refuses), and a lock let go now would let another execution read the tabs without them (lock.ts).
   */
  get sheetWritesPending(): boolean {
    const exec = this.current;
    return exec ? exec.writesPending === true : this._nodeWritesPending;
  }
  /** Refused calls for lack of a scope, by "Class.method". */
  readonly refusedCalls = new Map<string, number>();

  private _stack: ExecutionRecord[] = [];
  private _pending: Pending[] = [];
  private _deferred: Array<() => unknown> = [];
  private _faults = new Map<string, { countdown: number; message: string }>();
  /** A fault or a kill at the n-th next service call made inside an execution, whatever its name. */
  private _atCall: { countdown: number; message: string; kill: boolean } | null = null;
  /** Executions killed by killAtCall: every later service call of theirs throws. */
  private _killed = new Set<number>();
  private _nextExecId = 1;
  private _endHooks: Array<(exec: ExecutionRecord) => void> = [];
  /** Quota windows by the user they are counted for and the quota's name (`quotaKey`). */
  private _quotas = new Map<string, QuotaWindow>();
  /**
   * Who the running code runs as (emulator/base.ts Identity.activeUser, which a trigger run sets to the trigger's
   * owner): whose quotas are counted. Set by createEmulator; '' stands for one user when none is wired.
   */
  effectiveUser: () => string = () => '';

  constructor(opts: RuntimeOptions = {}) {
    this.clock = new Clock(opts.now);
    this.modelLatency = opts.modelLatency ?? true;
    this.latency = { ...DEFAULT_LATENCY_MS, ...(opts.latency as LatencyTable | undefined) };
    this.grantedScopes = opts.oauthScopes ? new Set(opts.oauthScopes) : null;
    this.locale = opts.locale ?? 'en';
  }

  // ---------------------------------------------------------------- executions

  /** The execution currently running (innermost when interleaved), or undefined outside any. */
  get current(): ExecutionRecord | undefined {
    return this._stack[this._stack.length - 1];
  }

  /**
   * Runs `fn` as one Apps Script execution: new id, deadline = now + budget. Every service call checks the
   * deadline first. At the end, hooks run (locks held by the execution are released).
   */
  execute<T>(fn: () => T, opts: { budgetMs?: number; kind?: ExecutionKind; label?: string; waitingSince?: number } = {}): T {
    const kind = opts.kind ?? 'editor';
    const budget = opts.budgetMs ?? (kind === 'simpleTrigger' ? SIMPLE_TRIGGER_BUDGET_MS : EXECUTION_BUDGET_MS);
    const rec: ExecutionRecord = {
      id: this._nextExecId++,
      kind,
      label: opts.label ?? kind,
      startedAt: this.clock.now(),
      deadline: this.clock.now() + budget,
      calls: 0,
      modelledMs: 0,
      parentId: this.current?.id,
      ...(opts.waitingSince !== undefined ? { waitingSince: opts.waitingSince } : {}),
    };
    this.executions.push(rec);
    this._stack.push(rec);
    const wall0 = performance.now();
    rec.serviceWallMs = 0;
    try {
      return fn();
    } catch (e) {
      rec.error = errorMessage(e);
      throw e;
    } finally {
      rec.wallMs = performance.now() - wall0;
      rec.endedAt = this.clock.now();
      this._stack.pop();
      // The end of an execution commits its writes (the end hooks see whether any were left: lock.ts).
      if (rec.writesPending) rec.endedWithWritesPending = true;
      rec.writesPending = false;
      for (const h of this._endHooks) h(rec);
      if (this._stack.length === 0) this.#runDeferred();
    }
  }

  /**
   * Queues work to start once no execution is running: how a trigger that fires while the script lock is held
   * by a suspended execution is modelled (it would block in waitLock until the holder releases; here it starts
   * then, and its first lock acquisition counts the wait — timing out if the wait was longer than it allowed).
   */
  defer(fn: () => unknown): void {
    this._deferred.push(fn);
  }

  /** Work queued with defer() and not yet run. */
  get deferredCount(): number {
    return this._deferred.length;
  }

  #runDeferred(): void {
    while (this._deferred.length > 0 && this._stack.length === 0) {
      const fn = this._deferred.shift()!;
      try {
        fn();
      } catch (e) {
        this.interleaveErrors.push(e);
      }
    }
  }

  /** Registers a hook run when any execution ends (LockService releases that execution's locks). */
  onExecutionEnd(hook: (exec: ExecutionRecord) => void): void {
    this._endHooks.push(hook);
  }

  /**
   * Queues `fn` to run "concurrently": nested inside a service call of the current execution, after `afterCalls`
   * further service calls (default 0: at the very next one). The current execution is suspended meanwhile,
   * exactly as if the other work had happened in that gap. `fn` normally starts executions itself
   * (`bundle.call(...)`, `forms.submitAsUser(...)` firing a trigger). An error it throws goes to `onError`
   * (default: kept in `interleaveErrors`), never into the suspended execution. Queued work waits for a service
   * call made inside an execution.
   */
  interleave(fn: () => unknown, opts: { afterCalls?: number; onError?: (e: unknown) => void } = {}): void {
    this._pending.push({ fn, afterCalls: opts.afterCalls ?? 0, onError: opts.onError });
  }

  /** Errors thrown by interleaved executions that had no onError. */
  readonly interleaveErrors: unknown[] = [];

  /** Number of interleaved executions still waiting for a service call. */
  get pendingInterleaves(): number {
    return this._pending.length;
  }

  #runDueInterleaves(): void {
    // One due entry per service call; entries not due yet count down.
    const idx = this._pending.findIndex((p) => p.afterCalls <= 0);
    for (const p of this._pending) if (p.afterCalls > 0) p.afterCalls--;
    if (idx < 0) return;
    const [p] = this._pending.splice(idx, 1);
    try {
      p.fn();
    } catch (e) {
      if (p.onError) p.onError(e);
      else this.interleaveErrors.push(e);
    }
  }

  // ---------------------------------------------------------------- calls

  /**
   * Accounts one service call: runs any due interleaved execution, checks the deadline, counts the call, and
   * (when latency modelling is on) advances the clock by the method's modelled cost.
   */
  enter(name: string, scopeClass?: string): void {
    if (this._pending.length > 0 && this.current) this.#runDueInterleaves();
    for (const hook of this._callHooks) if (this.current) hook();
    this.checkDeadline();
    const exec0 = this.current;
    if (exec0 && this._killed.has(exec0.id)) throw this.error(KILLED_MESSAGE);
    if (exec0 && this._atCall && --this._atCall.countdown === 0) {
      const { message, kill } = this._atCall;
      this._atCall = null;
      if (kill) {
        this._killed.add(exec0.id);
        exec0.killed = true;
      }
      this.lastFault = { name, previous: this._trail.slice(), executionId: exec0.id, kill };
      throw this.error(message);
    }
    if (exec0) {
      if (this._trailOf !== exec0.id) (this._trailOf = exec0.id), (this._trail = []);
      this._trail.push(name);
      if (this.trace) this.trace.push(name);
    }
    this.checkScopes(name, scopeClass);
    const fault = this._faults.get(name);
    if (fault && --fault.countdown === 0) {
      this._faults.delete(name);
      throw this.error(fault.message);
    }
    this.calls.set(name, (this.calls.get(name) ?? 0) + 1);
    const exec = this.current;
    if (exec) exec.calls++;
    if (this.modelLatency) {
      const ms = latencyOf(this.latency, name);
      this.charge(ms);
    }
    const io = sheetIo(name);
    if (io === 'write') this.#setPending(true);
    else if (io === 'flush') this.#setPending(false);
    else if (io === 'read' && this.sheetWritesPending) {
      // The read waits for the queued writes to be committed: it pays a flush.
      this.#setPending(false);
      this.implicitFlushes++;
      this.charge(latencyOf(this.latency, 'SpreadsheetApp.flush'));
    }
  }

  /**
   * Refuses a call the project is not authorised for: a scope missing from the manifest, or (in a simple trigger,
   * AuthMode.LIMITED) anything beyond the file the script is bound to.
   */
  checkScopes(name: string, scopeClass?: string): void {
    let granted = this.grantedScopes;
    const consented = this.consentedScopes;
    if (consented) granted = new Set([...(granted ?? consented)].filter((s) => consented.has(s)));
    if (this.current?.kind === 'simpleTrigger') {
      // The file the script is bound to stays reachable when the manifest grants its full scope or current-only one.
      const g = granted;
      granted = new Set(SIMPLE_TRIGGER_SCOPES.filter((s) => g === null || g.has(s) || g.has(s.replace('.currentonly', ''))));
    }
    const refusal = checkScopes(name, granted, scopeClass);
    if (refusal) {
      this.refusedCalls.set(name, (this.refusedCalls.get(name) ?? 0) + 1);
      throw this.error(refusal);
    }
  }

  private _callHooks: Array<() => void> = [];
  /** Runs `hook` at every service call made inside an execution (before it is accounted): clock triggers coming due. */
  onCall(hook: () => void): () => void {
    this._callHooks.push(hook);
    return () => {
      this._callHooks = this._callHooks.filter((h) => h !== hook);
    };
  }

  /** Counts cells moved by the current execution (what the per-cell charge is for), and the tab they belong to. */
  countCells(read: number, written: number, tab?: string): void {
    const exec = this.current;
    if (!exec) return;
    if (tab !== undefined && read) {
      (exec.tabsRead ??= new Set()).add(tab);
      const byTab = (exec.cellsReadByTab ??= new Map());
      byTab.set(tab, (byTab.get(tab) ?? 0) + read);
    }
    if (tab !== undefined && written) {
      (exec.tabsWritten ??= new Set()).add(tab);
      const byTab = (exec.writesByTab ??= new Map());
      byTab.set(tab, (byTab.get(tab) ?? 0) + 1);
    }
    if (read) exec.cellsRead = (exec.cellsRead ?? 0) + read;
    if (written) exec.cellsWritten = (exec.cellsWritten ?? 0) + written;
  }

  private _fraction = 0;
  /**
   * Charges the data part of a call (cells read or written, emulator/latency.ts): fractions of a millisecond are
   * carried over, so the clock stays in whole milliseconds.
   */
  chargeData(ms: number): void {
    if (!this.modelLatency || ms <= 0) return;
    this._fraction += ms;
    const whole = Math.floor(this._fraction);
    this._fraction -= whole;
    this.charge(whole);
  }

  /** Charges extra modelled time (e.g. per cell written) to the clock and the current execution. */
  charge(ms: number): void {
    if (!this.modelLatency || ms <= 0) return;
    this.clock.advance(ms);
    this.modelledMs += ms;
    const exec = this.current;
    if (exec) exec.modelledMs += ms;
  }

  /** Throws `Exceeded maximum execution time` when the current execution is past its deadline. */
  checkDeadline(): void {
    const exec = this.current;
    if (exec && this.clock.now() > exec.deadline) throw this.error('Exceeded maximum execution time');
  }

  /**
   * Fault injection for tests: the `nth` next call of "Class.method" throws `message` (as a service error does,
   * e.g. a timeout or a backend error) instead of running.
   */
  failOn(name: string, nth: number, message = 'Service error: Spreadsheets'): void {
    this._faults.set(name, { countdown: nth, message });
  }

  /**
   * Fault injection by position: the `nth` next service call made inside any execution (whatever its name) throws
   * `message` instead of running; the calls after it run normally.
   */
  failAtCall(nth: number, message = 'Service error (injected)'): void {
    this._atCall = { countdown: nth, message, kill: false };
  }

  /**
   * A kill by position: the `nth` next service call made inside any execution does not run, and neither does any
   * later call of that execution — as when Apps Script stops an execution (time limit, quota, crash) at that point.
   * Code that catches the error can run on, but every service call it makes throws, so it has no further effect.
   */
  killAtCall(nth: number): void {
    this._atCall = { countdown: nth, message: KILLED_MESSAGE, kill: true };
  }

  /**
   * The call that the last failAtCall/killAtCall hit, and the calls its execution had made before it (undefined
   * until one fires).
   */
  lastFault: { name: string; previous: string[]; executionId: number; kill: boolean } | undefined;
  private _trail: string[] = [];
  private _trailOf = 0;

  /** When set to an array, the name of every service call made inside executions is appended to it (sweep plans). */
  trace: string[] | null = null;

  /** Service calls made inside executions so far (what failAtCall/killAtCall count). */
  get callsInExecutions(): number {
    let n = 0;
    for (const e of this.executions) n += e.calls;
    return n;
  }

  /** Forgets injected faults that have not fired. */
  clearFaults(): void {
    this._faults.clear();
    this._atCall = null;
  }

  /** Count of calls of one "Class.method", or the total when no name is given. */
  count(name?: string): number {
    if (name === undefined) {
      let n = 0;
      for (const v of this.calls.values()) n += v;
      return n;
    }
    return this.calls.get(name) ?? 0;
  }

  /** A sorted snapshot of the call counts. */
  callTable(): Array<[string, number]> {
    return [...this.calls.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }

  resetCalls(): void {
    this.calls.clear();
  }

  // ---------------------------------------------------------------- quotas
  //
  // "Quotas are per user and reset 24 hours after the first request" (guides/services/quotas): every quota here is
  // counted for the effective user — the account the call runs as (`effectiveUser`: the active user of a menu or
  // editor run, the trigger's owner for a trigger run) — or for `user` when a caller names it (the trigger runtime of a
  // trigger, charged once its run has ended). The Sheets API's per-minute quotas modelled are its per-user ones.

  /**
   * Consumes `amount` of daily quota `key` (limit `limit`) of the effective user (or `user`): throws `message` when it
   * would go past. The window resets 24 h after its first use.
   */
  consumeQuota(key: string, amount: number, limit: number, message: string, user?: string): void {
    const w = this.#window(this.#quotaKey(key, user));
    if (w.used + amount > limit) throw this.error(message);
    w.used += amount;
  }

  /**
   * Consumes one request of a per-minute quota `key` (limit `limit`) of the effective user: throws `message` when the
   * window is used up. The window is refilled a minute after its first use (sheets/api/limits: "per-minute quotas …
   * refilled every minute").
   */
  consumeMinuteQuota(key: string, limit: number, message: string): void {
    const k = this.#quotaKey(key);
    let w = this._quotas.get(k);
    if (!w || this.clock.now() >= w.start + MINUTE_MS) {
      w = { start: this.clock.now(), used: 0 };
      this._quotas.set(k, w);
    }
    if (w.used + 1 > limit) throw this.error(message);
    w.used += 1;
  }

  /** What is left of daily quota `key` of the effective user (or `user`). */
  remainingQuota(key: string, limit: number, user?: string): number {
    const w = this._quotas.get(this.#quotaKey(key, user));
    if (!w || this.clock.now() >= w.start + DAY_MS) return limit;
    return Math.max(0, limit - w.used);
  }

  /** The map key of quota `key` counted for `user` (by default the effective user). */
  #quotaKey(key: string, user: string = this.effectiveUser()): string {
    return `${user.toLowerCase()}\n${key}`;
  }

  #window(k: string): QuotaWindow {
    let w = this._quotas.get(k);
    if (!w || this.clock.now() >= w.start + DAY_MS) {
      w = { start: this.clock.now(), used: 0 };
      this._quotas.set(k, w);
    }
    return w;
  }

  // ---------------------------------------------------------------- realm

  /** An error as Apps Script throws it (`name` "Exception"), created in the script's realm. */
  error(message: string): Error {
    const e = new this.realm.Error(localise(message, this.locale));
    e.name = 'Exception';
    return e;
  }

  /** A fresh Date in the script's realm. */
  newDate(ms: number): Date {
    return new this.realm.Date(ms);
  }

  /**
   * Copies a value returned to the script into its realm: arrays, plain objects and Dates are recreated there,
   * so `instanceof Array/Date` in the script behaves as in Apps Script. Emulated objects pass through.
   */
  toRealm<T>(v: T): T {
    if (this.realm === NODE_REALM) return v;
    return this.#conv(v) as T;
  }

  #conv(v: unknown): unknown {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      const out = new this.realm.Array<unknown>(v.length);
      for (let i = 0; i < v.length; i++) out[i] = this.#conv(v[i]);
      return out;
    }
    if (isDate(v)) return new this.realm.Date((v as Date).getTime());
    const proto = Object.getPrototypeOf(v);
    if (proto === Object.prototype || proto === null) {
      const out = new this.realm.Object() as Record<string, unknown>;
      for (const k of Object.keys(v)) out[k] = this.#conv((v as Record<string, unknown>)[k]);
      return out;
    }
    return v;
  }
}

// ------------------------------------------------------------------ helpers shared by the services

/** Cross-realm Date test (values from the vm realm fail `instanceof Date`). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/**
 * The runtime of an emulated object, under a symbol of the emulation's own: no script can name it, and no listing a
 * script makes (Object.keys, for…in, JSON) shows a symbol. A property rather than a WeakMap entry: a documents job
 * makes hundreds of thousands of element objects, and each entry of a WeakMap is work for every collection.
 */
const RUNTIME_OF = Symbol('runtime');
export const ORIGINAL = Symbol('original');

/** Binds an emulated object to its runtime (called from each emulated class's constructor). */
export function attach(obj: object, rt: Runtime): void {
  Object.defineProperty(obj, RUNTIME_OF, { value: rt, enumerable: false });
}

export function runtimeOf(obj: object): Runtime {
  const rt = (obj as { [RUNTIME_OF]?: Runtime })[RUNTIME_OF];
  if (!rt) throw new Error('emulated object without a runtime');
  return rt;
}

/**
 * Makes every public method of `cls` (including inherited ones) a counted service call "service.method":
 * deadline check, interleaving point, authorization (scopes.ts; `scopeClass` names the class there when two
 * services share a class name), call count, modelled latency; results are copied into the script realm.
 * Instrument only leaf classes (each wrapper calls the original implementation, never another wrapper).
 */
export function instrument(cls: { prototype: object }, service: string, scopeClass?: string): void {
  const names = new Set<string>();
  for (let p: object | null = cls.prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const n of Object.getOwnPropertyNames(p)) {
      if (n === 'constructor') continue;
      const d = Object.getOwnPropertyDescriptor(p, n);
      if (d && typeof d.value === 'function') names.add(n);
    }
  }
  for (const n of names) {
    const fn = (cls.prototype as Record<string, unknown>)[n] as ((...a: unknown[]) => unknown) & { [ORIGINAL]?: unknown };
    const orig = (fn[ORIGINAL] ?? fn) as (...a: unknown[]) => unknown;
    const label = `${service}.${n}`;
    const wrapped = function (this: object, ...args: unknown[]) {
      const rt = runtimeOf(this);
      const exec = rt.current;
      const t0 = performance.now();
      try {
        rt.enter(label, scopeClass);
        return rt.toRealm(orig.apply(this, args));
      } finally {
        if (exec && exec.serviceWallMs !== undefined) exec.serviceWallMs += performance.now() - t0;
      }
    };
    Object.defineProperty(wrapped, ORIGINAL, { value: orig });
    Object.defineProperty(wrapped, 'name', { value: n });
    Object.defineProperty(cls.prototype, n, { value: wrapped, writable: true, configurable: true, enumerable: false });
  }
}

// ------------------------------------------------------------------ typing against @types/google-apps-script

type Plain = string | number | boolean | null | undefined | void | Date;
/** Return types are checked when plain data (strings, numbers, arrays of them); emulated objects are `unknown`. */
type Ret<R> = R extends Plain ? R : R extends ReadonlyArray<infer E> ? Array<Ret<E>> : unknown;
/**
 * The shape an emulated class must have for the methods `K` of the real interface `T`: same parameters (of
 * the last overload: an emulated method accepting more is fine), plain return types kept.
 */
export type Facade<T, K extends keyof T> = {
  [P in K]: T[P] extends (...a: infer A) => infer R ? (...a: A) => Ret<R> : T[P];
};
/** Compile-time proof that `Emu` offers no public key the real interface lacks: `Subset<Emu, Real> = true`. */
export type Subset<Emu, Real> = [Exclude<keyof Emu, keyof Real>] extends [never] ? true : { extra: Exclude<keyof Emu, keyof Real> };

/** An Apps Script enum value: a singleton whose toString() and name() give its name. */
export interface EnumValue {
  name(): string;
  ordinal(): number;
  toString(): string;
  toJSON(): string;
}

/**
 * Enum values with their own prototype, so that they cross into the script realm unchanged (toRealm copies plain
 * objects): `ui.alert(…) === ui.Button.YES` and `p.getHeading() === DocumentApp.ParagraphHeading.HEADING1` hold, as in
 * Apps Script.
 */
const ENUM_PROTO = {
  name(this: { _n: string }) {
    return this._n;
  },
  ordinal(this: { _i: number }) {
    return this._i;
  },
  toString(this: { _n: string }) {
    return this._n;
  },
  toJSON(this: { _n: string }) {
    return this._n;
  },
};

export function makeEnum<N extends string>(names: readonly N[]): Record<N, EnumValue> {
  const out = {} as Record<N, EnumValue>;
  names.forEach((n, i) => {
    out[n] = Object.freeze(Object.create(ENUM_PROTO, { _n: { value: n }, _i: { value: i } })) as EnumValue;
  });
  return Object.freeze(out);
}

/** ScriptApp.AuthMode (shared by the services that build trigger events). */
export const AUTH_MODE = makeEnum(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const);

/** The message of an error of any realm. */
export function errorMessage(e: unknown): string {
  return typeof e === 'object' && e !== null && 'message' in e ? String((e as Error).message) : String(e);
}
