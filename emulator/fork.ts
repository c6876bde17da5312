// A fork of an emulator: a new emulator (createEmulator with the same options, wired afresh) holding a deep copy of the
// first one's state — its files, forms, documents, Drive, properties, triggers, mail, logs, clock, quotas, executions
// and call counts — so that a test can set an office up once and start many runs from that point, each on a copy of its
// own (what a sweep does at every call of a job). The two share no mutable object: what one does never shows in the
// other (test/emulator/fork.test.ts).
//
// How: first the two object graphs are paired — from the emulator object down every field that holds, on both sides,
// an object of the same class (the controllers, the stores, the facades the bundle sees, the container spreadsheet):
// the new emulator's wiring is kept, and each pair's fields then get a copy of the old side's data. Functions are
// wiring (hooks, closures createEmulator made, the dispatcher a loaded bundle sets): the new side keeps its own; a
// container of functions (a list of hooks) too. Everything else reached from those fields is cloned: class instances
// with their prototype (their own fields copied, so no state may live in a `#private` field of a class that holds
// state — fork.test.ts checks the sources), plain objects, arrays, Maps, Sets, Dates, byte arrays; frozen objects and
// RegExps are immutable and shared. A loaded bundle is not copied: load it into the fork (`fork.loadBundle(code)`).

/**
 * Classes whose instances are never copied, only paired: the facades (Emu…: made by createEmulator or for one call)
 * and the emulator's parts that keep #private members (made by createEmulator on both sides).
 */
const NOT_COPIED = /^Emu[A-Z]/;
export const NEVER_COPIED: ReadonlySet<string> = new Set(['Runtime', 'FormsController', 'TriggerController', 'SharingOps']);
const neverCopied = (name: string) => NOT_COPIED.test(name) || NEVER_COPIED.has(name);

type Obj = Record<PropertyKey, unknown>;

/** The built-in kind of an object, whichever context made it (an object of the bundle's context fails instanceof). */
const tag = (v: object) => Object.prototype.toString.call(v).slice(8, -1);
const isObject = (v: unknown): v is object => (typeof v === 'object' && v !== null) || typeof v === 'function';
/** Immutable, or as good as (an error once thrown): shared, not copied. */
const sharedAsIs = (v: object) => Object.isFrozen(v) || tag(v) === 'RegExp' || tag(v) === 'Error';
/**
 * Wiring held in a container or a plain object: a list of hooks, the realm a loaded bundle set (its constructors). The
 * new side keeps its own.
 */
function holdsFunctions(v: unknown): boolean {
  if (!isObject(v) || typeof v === 'function') return false;
  const kind = tag(v);
  const values: Iterable<unknown> = kind === 'Map' ? (v as Map<unknown, unknown>).values() : kind === 'Set' || Array.isArray(v) ? (v as Iterable<unknown>) : isPlain(v) ? Object.values(v) : [];
  for (const x of values) if (typeof x === 'function') return true;
  return false;
}
const isPlain = (v: object) => {
  const proto = Object.getPrototypeOf(v);
  return proto === null || Object.getPrototypeOf(proto) === null;
};
const sizeOf = (v: unknown): number =>
  !isObject(v) ? 0 : tag(v) === 'Map' || tag(v) === 'Set' ? (v as Set<unknown>).size : Array.isArray(v) ? v.length : Object.keys(v).length;
/** Two functions of the same code: one wiring of createEmulator's on each side (else one a test put in its place). */
const sameCode = (a: unknown, b: unknown) => Function.prototype.toString.call(a) === Function.prototype.toString.call(b);

/** Pairs `from` (the old emulator's) with `into` (the new one's) and everything both reach by fields of one class. */
function pair(from: object, into: object, memo: Map<object, object>, pairs: Array<[object, object]>): void {
  if (memo.has(from)) return;
  memo.set(from, into);
  // An object both hold (a table of the emulator's modules: Node's realm, a page size) stays theirs, untouched.
  if (from === into) return;
  pairs.push([from, into]);
  if (isContainer(from) || ArrayBuffer.isView(from)) return;
  for (const key of Reflect.ownKeys(from)) {
    const d = Object.getOwnPropertyDescriptor(from, key)!;
    if (!('value' in d)) continue;
    const v = d.value as unknown;
    const w = (into as Obj)[key];
    if (typeof v !== 'object' || v === null || typeof w !== 'object' || w === null || sharedAsIs(v)) continue;
    if (Object.getPrototypeOf(v) !== Object.getPrototypeOf(w)) continue;
    pair(v, w, memo, pairs);
  }
}

const isContainer = (v: object) => tag(v) === 'Map' || tag(v) === 'Set' || Array.isArray(v);

/** Puts into `into`, an empty container of the kind of `from` (a Map, a Set, an array), a copy of each item of `from`. */
function fill(from: object, into: object, memo: Map<object, object>, path: string): void {
  if (tag(from) === 'Map') for (const [k, x] of from as Map<unknown, unknown>) (into as Map<unknown, unknown>).set(clone(k, memo, path), clone(x, memo, path));
  else if (tag(from) === 'Set') for (const x of from as Set<unknown>) (into as Set<unknown>).add(clone(x, memo, path));
  else for (const x of from as unknown[]) (into as unknown[]).push(clone(x, memo, path));
}

/** A deep copy of `v` whose objects already met are those of `memo` (paired or copied before). */
function clone(v: unknown, memo: Map<object, object>, path: string): unknown {
  // A function among the data (not a paired object's wiring): queued work or a hook, which a copy cannot take.
  if (typeof v === 'function') throw new Error(`fork: ${path} holds a function (${v.name || 'anonymous'}) among its data`);
  if (!isObject(v) || sharedAsIs(v)) return v;
  const met = memo.get(v);
  if (met) return met;
  const name = v.constructor?.name ?? '';
  if (neverCopied(name)) throw new Error(`fork: ${path} holds a ${name}, which is never copied`);
  const kind = tag(v);
  if (kind === 'WeakMap' || kind === 'WeakSet' || kind === 'Promise' || kind === 'WeakRef') throw new Error(`fork: ${path} holds a ${name}, which cannot be copied`);
  if (kind === 'Date') {
    const d = new Date(Date.prototype.getTime.call(v));
    if (Object.getPrototypeOf(v) !== Date.prototype) Object.setPrototypeOf(d, Object.getPrototypeOf(v));
    memo.set(v, d);
    return d;
  }
  if (ArrayBuffer.isView(v)) {
    // A Buffer's slice() is a view of the same bytes: Buffer.from copies them.
    const c = Buffer.isBuffer(v) ? Buffer.from(v) : (v as unknown as { slice(): object }).slice();
    memo.set(v, c);
    return c;
  }
  if (kind === 'ArrayBuffer') {
    const c = (v as ArrayBuffer).slice(0);
    memo.set(v, c);
    return c;
  }
  if (kind === 'Map' || kind === 'Set' || Array.isArray(v)) {
    // An array the bundle made is of its context's Array.
    const c = kind === 'Map' ? new Map() : kind === 'Set' ? new Set() : Object.getPrototypeOf(v) === Array.prototype ? [] : new (v.constructor as ArrayConstructor)();
    memo.set(v, c);
    fill(v, c, memo, path);
    if (Array.isArray(v) && Object.keys(v).length !== v.length) copyFields(v, c as unknown as Obj, memo, path);
    return c;
  }
  const c = Object.create(Object.getPrototypeOf(v)) as Obj;
  memo.set(v, c);
  copyFields(v, c, memo, path);
  return c;
}

/**
 * Copies the own data fields of `from` into `into` (cloned), dropping those `into` has and `from` has not. The fields
 * of a copy are plain (enumerable, writable) almost always: they are assigned; any other kind is defined as it was. A
 * paired object's are read one by one (the emulator object's getters are left alone).
 */
function copyFields(from: object, into: Obj, memo: Map<object, object>, path: string, paired = false): void {
  const src = from as Obj;
  const keys = Object.keys(from);
  const plain = !paired && Object.getOwnPropertyNames(from).length === keys.length && Object.getOwnPropertySymbols(from).length === 0;
  const all: PropertyKey[] = plain ? keys : Reflect.ownKeys(from);
  for (const key of all) {
    if (Array.isArray(from) && (key === 'length' || /^\d+$/.test(String(key)))) continue;
    const d = plain ? undefined : Object.getOwnPropertyDescriptor(from, key)!;
    if (d && !('value' in d)) continue;
    const v = d ? d.value : src[key as string];
    const w = into[key];
    if (paired && (typeof v === 'function' || typeof w === 'function')) {
      // Wiring (createEmulator's, or the dispatcher a bundle sets when it is loaded): the new side's own. A function a
      // test put in place of the new side's (another code: a pinned triggers.minuteOf) is the old side's setting, the
      // same function in both (a closure cannot be copied: one that keeps state keeps one state for both).
      if (typeof v === 'function' && typeof w === 'function' && !sameCode(v, w)) into[key] = v;
      continue;
    }
    if (paired && (holdsFunctions(v) || holdsFunctions(w))) {
      // More hooks than the new side's own: one a test added (runtime.onCall, onExecutionEnd), a closure over the first
      // emulator that a copy cannot take; a fork without it would run as if it had never been added.
      if (sizeOf(v) > sizeOf(w)) throw new Error(`fork: ${path}.${String(key)} holds a hook a test added: fork before adding it`);
      continue;
    }
    const value = clone(v, memo, path);
    if (!d || (d.writable && d.enumerable && d.configurable)) into[key] = value;
    else Object.defineProperty(into, key, { ...d, value });
  }
  if (Object.keys(into).length + Object.getOwnPropertySymbols(into).length === all.length && plain) return;
  const had = new Set<PropertyKey>(all);
  for (const key of Reflect.ownKeys(into)) {
    if (had.has(key) || (Array.isArray(into) && (key === 'length' || /^\d+$/.test(String(key))))) continue;
    const d = Object.getOwnPropertyDescriptor(into, key)!;
    if ('value' in d && typeof d.value !== 'function' && d.configurable) delete into[key];
  }
}

/**
 * Gives `into` — an emulator just made by createEmulator with the options `from` was made with — a deep copy of the
 * state of `from`. Returns `into`.
 */
export function copyEmulatorState<E extends object>(from: E, into: E): E {
  const memo = new Map<object, object>();
  const pairs: Array<[object, object]> = [];
  pair(from, into, memo, pairs);
  for (const [f, i] of pairs) {
    const path = (f as object).constructor?.name ?? 'object';
    if (isContainer(f)) {
      if (holdsFunctions(f) || holdsFunctions(i)) continue;
      if (Array.isArray(i)) i.length = 0;
      else (i as Set<unknown>).clear();
      fill(f, i, memo, path);
    } else if (ArrayBuffer.isView(f)) {
      throw new Error(`fork: ${path} is a byte array on both sides`);
    } else {
      if (NOT_COPIED.test(path)) continue;
      copyFields(f, i as Obj, memo, path, true);
    }
  }
  return into;
}
