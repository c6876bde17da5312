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
  /** The script loaded (what a fork of its emulator loads again: index.ts forkEmulator). */
  code: string;
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
const SERVICE_NAMES = new Set(['SpreadsheetApp', 'FormApp', 'ScriptApp', 'LockService', 'PropertiesService', 'MailApp', 'Session', 'Utilities', 'Logger', 'console', 'Charts', 'DocumentApp', 'DriveApp', 'MimeType', 'Sheets', 'Docs']);

// Strict, as V8's own Date is: no own "arguments"/"caller" properties (Date.caller throws as for the real one).
const CLOCK_SHIM = `(function (now) {
  'use strict';
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

/**
 * What an execution may have changed in its global environment: every own property (descriptor) of the global
 * object and of the built-ins reachable from it (constructors, prototypes, namespaces such as Math, JSON, Intl),
 * whether each is extensible, and its prototype. The emulated services are shared by every execution anyway (as
 * before) and are not walked.
 */
interface EnvSnapshot {
  objects: object[];
  keys: PropertyKey[][];
  descriptors: PropertyDescriptor[][];
  extensible: boolean[];
  protos: (object | null)[];
}

const ENV_DEPTH = 4;

/** vm.constants.DONT_CONTEXTIFY where this Node has it. */
const PLAIN_GLOBAL = (vm as unknown as { constants?: { DONT_CONTEXTIFY?: symbol } }).constants?.DONT_CONTEXTIFY;

/** Intrinsics no property of the global object leads to (iterator and generator prototypes…): walked too. */
const HIDDEN_INTRINSICS = `(function () {
  var ip = Object.getPrototypeOf;
  var gen = function* () {}, agen = async function* () {};
  return [ip([][Symbol.iterator]()), ip(ip([][Symbol.iterator]())), ip(''[Symbol.iterator]()), ip(new Map()[Symbol.iterator]()),
    ip(new Set()[Symbol.iterator]()), ip(/a/[Symbol.matchAll]('')), ip(gen), ip(gen()), ip(ip(gen())), ip(async function () {}), ip(agen),
    ip(agen()), ip(ip(agen())), ip(ip(ip(agen())))];
})()`;

function snapshotEnv(global: object, skip: ReadonlySet<unknown>, hidden: readonly object[] = []): EnvSnapshot {
  const snap: EnvSnapshot = { objects: [], keys: [], descriptors: [], extensible: [], protos: [] };
  const seen = new Set<object>();
  const visit = (o: object, depth: number) => {
    if (seen.has(o) || skip.has(o)) return;
    seen.add(o);
    const keys = Reflect.ownKeys(o);
    const descriptors = keys.map((k) => Reflect.getOwnPropertyDescriptor(o, k)!);
    const proto = Reflect.getPrototypeOf(o);
    snap.objects.push(o);
    snap.keys.push(keys);
    snap.descriptors.push(descriptors);
    snap.extensible.push(Reflect.isExtensible(o));
    snap.protos.push(proto);
    if (depth >= ENV_DEPTH) return;
    for (const d of descriptors) {
      for (const v of [d.value, d.get, d.set]) if ((typeof v === 'object' && v !== null) || typeof v === 'function') visit(v as object, depth + 1);
    }
    if (proto) visit(proto, depth + 1);
  };
  visit(global, 0);
  for (const o of hidden) visit(o, 1);
  return snap;
}

/** Whether the environment is still exactly as snapshotted (`free`: global names whose value may differ). */
function sameEnv(snap: EnvSnapshot, free: ReadonlySet<PropertyKey>): boolean {
  for (let i = 0; i < snap.objects.length; i++) {
    const o = snap.objects[i];
    if (Reflect.isExtensible(o) !== snap.extensible[i] || Reflect.getPrototypeOf(o) !== snap.protos[i]) return false;
    const keys = Reflect.ownKeys(o);
    const before = snap.keys[i];
    if (keys.length !== before.length) return false;
    for (let j = 0; j < keys.length; j++) {
      if (keys[j] !== before[j]) return false;
      const d = Reflect.getOwnPropertyDescriptor(o, keys[j])!;
      const b = snap.descriptors[i][j];
      if (d.writable !== b.writable || d.enumerable !== b.enumerable || d.configurable !== b.configurable || d.get !== b.get || d.set !== b.set) return false;
      if (d.value !== b.value && !(i === 0 && free.has(keys[j])) && !(Number.isNaN(d.value) && Number.isNaN(b.value))) return false;
    }
  }
  return true;
}

/**
 * Scripts compiled from a bundle, kept for its next load: a test or a run makes hundreds of offices from one bundle,
 * and a vm.Script runs in any context, so V8 parses and compiles the bundle's functions once rather than once per
 * office. By the bundle's text (the same string each time for a caller that keeps it: found without comparing 700 KB);
 * a few bundles at most (this one, and the older ones of the upgrade tests).
 */
interface Compiled {
  script: vm.Script;
  /** The loader (below) by the names it declares; null where it cannot be compiled. */
  loaders: Map<string, vm.Script | null>;
}
const compiled = new Map<string, Compiled>();
function compiledBundle(code: string): Compiled {
  let c = compiled.get(code);
  if (!c) {
    c = { script: new vm.Script(code, { filename: 'Code.js' }), loaders: new Map() };
    if (compiled.size >= 8) compiled.delete(compiled.keys().next().value!);
    compiled.set(code, c);
  }
  return c;
}

export function loadBundle(code: string, deps: HarnessDeps): LoadedBundle {
  const rt = deps.runtime;
  const bundle = compiledBundle(code);
  const script = bundle.script;

  /** A new context holding the services and the fake clock (no script loaded yet). */
  const newContext = () => {
    const options = { name: 'apps-script', codeGeneration: { strings: true, wasm: false } };
    // An ordinary global object where this Node offers one (vm.constants.DONT_CONTEXTIFY): the script's global
    // names (Math, JSON, Array…) are then plain properties, where a contextified sandbox answers each lookup
    // through an interceptor — some 200 ns each, in every loop of the bundle. The same globals either way.
    const context: vm.Context = PLAIN_GLOBAL ? vm.createContext(PLAIN_GLOBAL as unknown as vm.Context, options) : vm.createContext({}, options);
    const sandbox = context as Record<string, unknown>;
    // Replace V8's own console (and define the services) as properties of the context's global object.
    for (const [k, v] of Object.entries(deps.globals)) {
      Object.defineProperty(sandbox, k, { value: v, writable: true, configurable: true, enumerable: false });
    }
    // `new Date()` and `Date.now()` read the fake clock, as every other notion of time in the emulation.
    const installClock = vm.runInContext(CLOCK_SHIM, context) as (now: () => number) => void;
    installClock(() => rt.clock.now());
    const realm = vm.runInContext('({ Array, Object, Date, Error })', context) as Runtime['realm'];
    return { sandbox, context, realm };
  };

  /** A global scope as Apps Script gives each execution: the services, the clock, the script loaded afresh. */
  const freshGlobal = () => {
    const scope = newContext();
    script.runInContext(scope.context);
    return scope;
  };

  // The scope tests inspect (entry points, absent Node globals).
  const { sandbox, context, realm } = freshGlobal();
  rt.realm = realm;
  /**
   * The names the script declares at its top level: its functions and vars, the global properties a script's
   * declarations make (not configurable; a global it merely assigns to is configurable and is left out).
   */
  const declared = Object.keys(sandbox).filter((k) => !(k in deps.globals) && Object.getOwnPropertyDescriptor(sandbox, k)?.configurable === false);
  const declaredSet = new Set<PropertyKey>(declared);
  const services = new Set<unknown>(Object.values(deps.globals));

  const entryPoints = (): string[] =>
    Object.keys(sandbox).filter((k) => !SERVICE_NAMES.has(k) && typeof sandbox[k] === 'function');

  // Executions each get a global scope in which the script has just been loaded: module-level state of the bundle
  // never survives from one execution to the next, as in Apps Script. Loading it into a brand-new vm context for
  // every execution made V8 compile and warm the bundle up again each time (most of `npm start`'s time), so a
  // context is reused — only when it is as new. The script's text runs afresh for each execution inside one
  // function made once per context (`load`; nothing precedes the text in it, so its "use strict" directive stays
  // one): every top-level declaration and all module state are new, while V8 keeps what it learnt about the code.
  // The declared names are set on the global object when the text has run (before, they are undefined: nothing of
  // the previous execution shows). After the execution the context's whole environment (global object, built-ins,
  // their prototypes: keys, descriptors, extensibility, prototype) is compared with its state before its first
  // execution; any difference (a global written, a built-in changed) retires the context, and the next execution
  // gets a new one. A context in use is never lent to an execution nested in it (interleaved, a trigger fired
  // inside). Where Node has no plain global (a contextified sandbox lists declarations differently) or cannot
  // compile the text inside a function, every execution gets a new context, as before.
  const loaderKey = declared.join(',');
  if (!bundle.loaders.has(loaderKey)) {
    let compiledLoader: vm.Script | null = null;
    try {
      if (PLAIN_GLOBAL && declared.every((n) => /^[A-Za-z_$][\w$]*$/.test(n))) {
        const loaderSource = `(function (__emulatorDeclare__) {\n${code}\n;__emulatorDeclare__({${declared.map((n) => `${JSON.stringify(n)}: ${n}`).join(', ')}});\n})`;
        compiledLoader = new vm.Script(loaderSource, { filename: 'Code.js', lineOffset: -1 });
      }
    } catch {
      compiledLoader = null;
    }
    bundle.loaders.set(loaderKey, compiledLoader);
  }
  const loader = bundle.loaders.get(loaderKey)!;
  interface ExecScope {
    sandbox: Record<string, unknown>;
    context: vm.Context;
    realm: Runtime['realm'];
    load: (declare: (names: Record<string, unknown>) => void) => void;
    resetRegExp: () => void;
    global: object;
    env: EnvSnapshot;
  }
  const idle: ExecScope[] = [];
  const newExecScope = (): ExecScope => {
    const scope = newContext();
    const load = loader!.runInContext(scope.context) as ExecScope['load'];
    // Top-level declarations as a script makes them: vars and functions are non-configurable global properties.
    for (const n of declared) Object.defineProperty(scope.sandbox, n, { value: undefined, writable: true, enumerable: true, configurable: false });
    const resetRegExp = vm.runInContext('(function () { /(?:)/.exec(""); })', scope.context) as () => void;
    resetRegExp();
    const global = vm.runInContext('globalThis', scope.context) as object;
    return { ...scope, load, resetRegExp, global, env: snapshotEnv(global, services, vm.runInContext(HIDDEN_INTRINSICS, scope.context) as object[]) };
  };
  /** The scope for one execution, its script loaded afresh. */
  const takeScope = (): { sandbox: Record<string, unknown>; realm: Runtime['realm']; done: () => void } => {
    if (!loader) {
      const scope = freshGlobal();
      return { ...scope, done: () => {} };
    }
    const scope = idle.pop() ?? newExecScope();
    scope.resetRegExp();
    for (const n of declared) scope.sandbox[n] = undefined;
    scope.load.call(scope.global, (names) => {
      for (const n of declared) scope.sandbox[n] = names[n];
    });
    return {
      sandbox: scope.sandbox,
      realm: scope.realm,
      done: () => {
        if (sameEnv(scope.env, declaredSet)) idle.push(scope);
      },
    };
  };

  const call = (name: string, event?: unknown, opts: CallOptions = {}): unknown => {
    if (typeof sandbox[name] !== 'function') throw new Error(`Script function not found: ${name}`);
    const scope = takeScope();
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
      scope.done();
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

  return { code, context, entryPoints, call, openSpreadsheet };
}
