// Loads a bundle (dist/Code.js) into a node:vm context that holds ONLY the emulated Apps Script globals — no
// process, require, Buffer, setTimeout, TextEncoder, URL, fetch, structuredClone, performance — and calls its
// top-level functions, each inside a new execution of the runtime. Trigger handlers are wired through here.
// (A vm context is not a security boundary: it proves the bundle does not *use* Node, not that it cannot.)
import vm from 'node:vm';
import { AUTH_MODE, type ExecutionKind, type Runtime } from './runtime.js';
import type { TriggerController } from './script.js';
import type { SpreadsheetStore } from './spreadsheet.js';
import { EmuSpreadsheet } from './spreadsheet.js';
import { EmuUser } from './base.js';

export interface HarnessDeps {
  runtime: Runtime;
  globals: Record<string, unknown>;
  triggers: TriggerController;
  spreadsheets: SpreadsheetStore;
  activeUser: () => string;
}

export interface CallOptions {
  budgetMs?: number;
  kind?: ExecutionKind;
  /** The execution fired at this time but started later (it waited for the script lock). */
  waitingSince?: number;
}

export interface LoadedBundle {
  /** The vm context (its global object). */
  context: vm.Context;
  /** Names of the functions declared at the top level of the bundle (what Apps Script offers to run). */
  entryPoints(): string[];
  /** Runs a top-level function in a new execution (default kind 'editor', budget 6 min). */
  call(name: string, event?: unknown, opts?: CallOptions): unknown;
  /**
   * Opens the container spreadsheet as a user would: runs the simple trigger onOpen (if the bundle has one;
   * 30 s, LIMITED auth) and then the installable on-open triggers.
   */
  openSpreadsheet(): void;
}

/** Globals Apps Script has; listed so entryPoints() does not report them. */
const SERVICE_NAMES = new Set(['SpreadsheetApp', 'FormApp', 'ScriptApp', 'LockService', 'PropertiesService', 'MailApp', 'Session', 'Utilities', 'Logger', 'console', 'Charts', 'DocumentApp', 'DriveApp', 'MimeType', 'Sheets']);

const CLOCK_SHIM = `(function (now) {
  var RealDate = Date;
  var FakeDate = function Date(a, b, c, d, e, f, g) {
    if (!new.target) return new RealDate(now()).toString();
    // The common forms without building an argument list (dates are made in every loop of the bundle).
    if (new.target === FakeDate) {
      switch (arguments.length) {
        case 0: return new RealDate(now());
        case 1: return new RealDate(a);
        case 2: return new RealDate(a, b);
        case 3: return new RealDate(a, b, c);
      }
    }
    var args = Array.prototype.slice.call(arguments);
    return Reflect.construct(RealDate, args.length ? args : [now()], new.target);
  };
  FakeDate.prototype = RealDate.prototype;
  Object.setPrototypeOf(FakeDate, RealDate);
  FakeDate.now = function () { return now(); };
  Object.defineProperty(RealDate.prototype, 'constructor', { value: FakeDate, writable: true, configurable: true });
  Object.defineProperty(globalThis, 'Date', { value: FakeDate, writable: true, configurable: true, enumerable: false });
})`;

export function loadBundle(code: string, deps: HarnessDeps): LoadedBundle {
  const rt = deps.runtime;
  const script = new vm.Script(code, { filename: 'Code.js' });

  /** A global scope as Apps Script gives each execution: the services, the clock, the script loaded afresh. */
  const freshGlobal = () => {
    const sandbox: Record<string, unknown> = {};
    const context = vm.createContext(sandbox, { name: 'apps-script', codeGeneration: { strings: true, wasm: false } });
    // Replace V8's own console (and define the services) as properties of the context's global object.
    for (const [k, v] of Object.entries(deps.globals)) {
      Object.defineProperty(sandbox, k, { value: v, writable: true, configurable: true, enumerable: false });
    }
    // `new Date()` and `Date.now()` read the fake clock, as every other notion of time in the emulation.
    const installClock = vm.runInContext(CLOCK_SHIM, context) as (now: () => number) => void;
    installClock(() => rt.clock.now());
    const realm = vm.runInContext('({ Array, Object, Date, Error })', context) as Runtime['realm'];
    script.runInContext(context);
    return { sandbox, context, realm };
  };

  // The scope tests inspect (entry points, absent Node globals). Executions each get their own: module-level
  // state of the bundle does not survive from one execution to the next, as in Apps Script.
  const { sandbox, context, realm } = freshGlobal();
  rt.realm = realm;

  const entryPoints = (): string[] =>
    Object.keys(sandbox).filter((k) => !SERVICE_NAMES.has(k) && typeof sandbox[k] === 'function');

  const call = (name: string, event?: unknown, opts: CallOptions = {}): unknown => {
    if (typeof sandbox[name] !== 'function') throw new Error(`Script function not found: ${name}`);
    const scope = freshGlobal();
    const fn = scope.sandbox[name] as (e?: unknown) => unknown;
    const outer = rt.realm;
    rt.realm = scope.realm;
    try {
      return rt.execute(() => (event === undefined ? fn() : fn(rt.toRealm(event))), {
        budgetMs: opts.budgetMs,
        kind: opts.kind ?? 'editor',
        label: name,
        waitingSince: opts.waitingSince,
      });
    } finally {
      rt.realm = outer;
    }
  };

  deps.triggers.dispatcher = (handler, event, kind, waitingSince) => {
    if (typeof sandbox[handler] !== 'function') throw new Error(`Script function not found: ${handler}`);
    return call(handler, event, { kind, waitingSince });
  };

  const openSpreadsheet = (): void => {
    const file = deps.spreadsheets.active;
    if (!file) throw new Error('openSpreadsheet: the script is not bound to a spreadsheet');
    if (typeof sandbox.onOpen === 'function') {
      call('onOpen', { authMode: AUTH_MODE.LIMITED, source: new EmuSpreadsheet(rt, file), user: new EmuUser(rt, deps.activeUser()) }, { kind: 'simpleTrigger' });
    }
    deps.triggers.fire('ON_OPEN', 'SPREADSHEETS', file.id, () => ({ authMode: AUTH_MODE.FULL, source: new EmuSpreadsheet(rt, file) }));
  };

  return { context, entryPoints, call, openSpreadsheet };
}
