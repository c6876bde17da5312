// forkEmulator (emulator/fork.ts): a copy of an emulator's whole state that shares nothing mutable with it, and that
// runs on exactly as the first one would.
import { readFileSync, readdirSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createEmulator, forkEmulator, type Emulator } from '../../emulator/index';
import { NEVER_COPIED } from '../../emulator/fork';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, bundleCode, collectiveAnswers, individualAnswers, officeAfterSetup } from '../bundle/helpers';

const shared = (v: object) => typeof v === 'function' || Object.isFrozen(v) || v instanceof RegExp;

/** Every object reachable from `root` by own data fields, Map and Set entries. */
function reachable(root: object): Set<object> {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    if (v instanceof Map) for (const [k, x] of v) stack.push(k, x);
    else if (v instanceof Set) for (const x of v) stack.push(x);
    else if (!ArrayBuffer.isView(v)) for (const k of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, k)!;
      if ('value' in d) stack.push(d.value);
    }
  }
  return seen;
}

/** Fields of this machine's times (an execution's wall time). */
const LOOSE = new Set<PropertyKey>(['wallMs', 'serviceWallMs']);

/**
 * Where the graphs of `a` and `b` differ (values, classes, keys), walked side by side; [] when they are alike. `loose`:
 * two emulators that ran the same steps each with a bundle of its own — objects of their two contexts are told apart by
 * their classes' names, and the fields that hold this machine's times or the context are not compared.
 */
function differences(a: unknown, b: unknown, loose = false, path = 'emu', seen = new Map<object, object>(), out: string[] = []): string[] {
  if (out.length > 20) return out;
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
    if (typeof a === 'function' && typeof b === 'function') return out;
    if (!Object.is(a, b)) out.push(`${path}: ${String(a)} ≠ ${String(b)}`);
    return out;
  }
  if (seen.has(a)) {
    if (seen.get(a) !== b) out.push(`${path}: the same object on one side, two on the other`);
    return out;
  }
  seen.set(a, b);
  if (loose ? a.constructor?.name !== b.constructor?.name : Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return out.push(`${path}: ${a.constructor?.name} ≠ ${b.constructor?.name}`), out;
  if (a instanceof Date) return differences(a.getTime(), (b as Date).getTime(), loose, path, seen, out);
  if (ArrayBuffer.isView(a)) return differences(Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex'), Buffer.from((b as Uint8Array).buffer, (b as Uint8Array).byteOffset, (b as Uint8Array).byteLength).toString('hex'), loose, path, seen, out);
  if (a instanceof Map || a instanceof Set) {
    const ea = [...a.entries()];
    const eb = [...(b as Map<unknown, unknown>).entries()];
    if (ea.length !== eb.length) return out.push(`${path}: ${ea.length} entries ≠ ${eb.length}`), out;
    ea.forEach(([k, x], i) => {
      differences(k, eb[i][0], loose, `${path}.key(${String(k)})`, seen, out);
      differences(x, eb[i][1], loose, `${path}.get(${String(k)})`, seen, out);
    });
    return out;
  }
  // The realm is the context of the bundle each emulator loaded: its own by design.
  const data = (o: object) => Reflect.ownKeys(o).filter((k) => 'value' in Object.getOwnPropertyDescriptor(o, k)! && !(loose && LOOSE.has(k)) && k !== 'realm');
  const ka = data(a).map(String).sort();
  const kb = data(b).map(String).sort();
  if (ka.join() !== kb.join()) return out.push(`${path}: fields ${ka.join(',')} ≠ ${kb.join(',')}`), out;
  for (const k of data(a)) differences((a as Record<PropertyKey, unknown>)[k], (b as Record<PropertyKey, unknown>)[k], loose, `${path}.${String(k)}`, seen, out);
  return out;
}

/** Mutable objects both emulators reach, less those any two emulators share (the modules' own tables). */
function sharedState(a: Emulator, b: Emulator): string[] {
  const byDesign = (() => {
    const x = reachable(createEmulator());
    return new Set([...reachable(createEmulator())].filter((o) => x.has(o)));
  })();
  const inB = reachable(b);
  return [...reachable(a)].filter((o) => inB.has(o) && !shared(o) && !byDesign.has(o)).map((o) => o.constructor?.name ?? 'null');
}

/** What the office sees and what the emulation recorded: every tab's values, mail, documents, properties, calls. */
function observed(emu: Emulator) {
  return {
    tabs: emu.spreadsheets.sheetNames().map((n) => [n, emu.spreadsheets.values(n)]),
    mail: emu.mail.sent.map((m) => [m.to, m.subject, m.body, m.date]),
    docs: emu.docs.list().map((d) => [d.name, d.trashed, emu.docs.text(d.id)]),
    tree: emu.drive.treeText(),
    properties: [...emu.properties.script.entries()].sort(),
    calls: [...emu.runtime.calls].sort(),
    executions: emu.runtime.executions.map((e) => [e.label, e.calls, e.error ?? '']),
    now: emu.clock.now(),
  };
}

/** A season's next steps: two registrations (one edited), a rebuild, reminders, a preview of the proposals. */
function goOn(emu: Emulator): void {
  const bundle = emu.loadBundle(bundleCode());
  const formId = emu.properties.script.get('form.registration.id')!;
  const [s, t] = SCHOOLS;
  const person = { ...individualAnswers('teacher'), [Q.school]: s.name };
  const first = emu.forms.submitAsUser(formId, person, { email: s.emails[0], at: emu.clock.now() + 60_000 });
  emu.forms.submitAsUser(formId, { ...collectiveAnswers(), [Q.school]: t.name, [Q.collectiveName]: t.name }, { email: t.emails[0], at: emu.clock.now() + 120_000 });
  emu.forms.submitAsUser(formId, { ...person, [Q.individualName]: 'Nguyễn Văn Sửa' }, { email: s.emails[0], at: emu.clock.now() + 180_000, editResponseId: first.responseId });
  emu.clock.advance(3_600_000);
  for (const job of ['rebuildSummaries', 'sendReminders', 'previewProposals']) bundle.call(job, undefined, { kind: 'timeTrigger' });
}

describe('forkEmulator', () => {
  it('copies every field of the state: the fork is alike field by field, and shares no mutable object with it', () => {
    const { emu } = officeAfterSetup(SCHOOLS);
    goOn(emu);
    const fork = forkEmulator(emu);
    expect(sharedState(emu, fork)).toEqual([]);
    // Its bundle loaded (what a loaded bundle wires — its trigger dispatcher, its realm — is never copied).
    fork.loadBundle(bundleCode());
    expect(differences(emu, fork)).toEqual([]);
    // The fork's services are its own: its globals see its files, not the first one's.
    expect(fork.globals.SpreadsheetApp).not.toBe(emu.globals.SpreadsheetApp);
    expect(fork.spreadsheets.store).not.toBe(emu.spreadsheets.store);
  });

  it('runs on as the first one does, and what it does never shows in the first one', () => {
    const { emu } = officeAfterSetup(SCHOOLS);
    const fork = forkEmulator(emu);
    const before = observed(emu);
    goOn(fork);
    // The first one is where it was…
    expect(observed(emu)).toEqual(before);
    // …and, going on the same way, ends where the fork did.
    goOn(emu);
    const [a, b] = [observed(emu), observed(fork)];
    expect(a.mail.length).toBeGreaterThan(before.mail.length);
    expect(b).toEqual(a);
    expect(differences(emu, fork, true)).toEqual([]);
  });

  it('a fork of a fork, and a fork taken before an execution, keep the clock, the quotas and the call counts', () => {
    const { emu } = officeAfterSetup(SCHOOLS, { mailQuota: 100 });
    const fork = forkEmulator(forkEmulator(emu));
    expect(fork.clock.now()).toBe(emu.clock.now());
    expect(fork.runtime.count()).toBe(emu.runtime.count());
    expect(fork.mail.remaining()).toBe(emu.mail.remaining());
    expect(fork.scriptId).toBe(emu.scriptId);
  });

  it('copies the Maps, Sets and Dates another context made (the bundle\'s), which fail instanceof here', () => {
    const emu = createEmulator();
    const made = runInNewContext('({ m: new Map([["a", new Date(5)]]), s: new Set([[1, 2]]) })') as { m: Map<string, Date>; s: Set<number[]> };
    expect(made.m instanceof Map).toBe(false);
    (emu.spreadsheets.active as unknown as Record<string, unknown>).made = made;
    const copy = (forkEmulator(emu).spreadsheets.active as unknown as Record<string, typeof made>).made;
    expect(copy.m).not.toBe(made.m);
    expect(copy.m.get('a')).not.toBe(made.m.get('a'));
    expect(copy.m.get('a')!.getTime()).toBe(5);
    expect([...copy.s]).toEqual([[1, 2]]);
    expect([...copy.s][0]).not.toBe([...made.s][0]);
  });

  it('no class that is copied keeps state where the copy cannot see it (a #private field or method)', () => {
    // Each class declaring a #member, from the sources: a facade (Emu…, never copied) or one of NEVER_COPIED (made by
    // createEmulator on both sides, only paired).
    const declaring: string[] = [];
    for (const f of readdirSync('emulator').filter((n) => n.endsWith('.ts'))) {
      let cls = '';
      for (const line of readFileSync(`emulator/${f}`, 'utf8').split('\n')) {
        const c = /^(?:export )?(?:abstract )?class (\w+)/.exec(line);
        if (c) cls = c[1];
        if (/^ {2}(?:static |readonly |get |set )*#\w+/.test(line) && !declaring.includes(cls)) declaring.push(cls);
      }
    }
    expect(declaring.length).toBeGreaterThan(10);
    expect(declaring.filter((c) => !/^Emu[A-Z]/.test(c) && !NEVER_COPIED.has(c))).toEqual([]);
  });
});
