// d72 (review of 2f7806e): hooks a test adds before forking, which the new rules of emulator/fork.ts drop — a list of
// functions is "wiring" kept from the new side, so a hook a test added is dropped without a word, not refused. A fork must do what an emulator brought to the same point afresh does, or refuse to fork.
import { describe, expect, it } from 'vitest';
import { createEmulator, forkEmulator, type Emulator } from '../../emulator/index';

type Step = (e: Emulator) => unknown;

const attempt = (f: () => unknown) => {
  try {
    return { ok: f() };
  } catch (e) {
    return { error: String((e as Error).message) };
  }
};

/** `before` then a fork, `after` on the fork; and `before`, `after` on a fresh emulator. A fork may refuse (`refused`). */
function forkedAndFresh(before: Step, after: Step) {
  const emu = createEmulator({ modelLatency: false });
  before(emu);
  let fork: Emulator;
  try {
    fork = forkEmulator(emu);
  } catch (e) {
    return { refused: String((e as Error).message) };
  }
  const onFork = after(fork);
  const fresh = createEmulator({ modelLatency: false });
  before(fresh);
  return { onFork, onFresh: after(fresh) };
}

const send = (e: Emulator) =>
  attempt(() => e.runtime.execute(() => e.globals.MailApp.sendEmail('truong@example.edu.vn', 'Thư', 'Nội dung'), { kind: 'node' }));

describe('d72: what a fork drops of a test\'s settings', () => {
  it('a hook a test added (runtime.onCall: a call refused) is not dropped silently: the fork refuses, or calls as a fresh one does', () => {
    const r = forkedAndFresh(
      (e) =>
        e.runtime.onCall(() => {
          throw new Error('hooked');
        }),
      (e) => attempt(() => e.runtime.execute(() => e.globals.PropertiesService.getScriptProperties().getProperty('k'), { kind: 'node' })),
    );
    if (r.refused !== undefined) return void expect(r.refused).toContain('a hook a test added');
    expect(r.onFresh).toEqual({ error: 'hooked' });
    expect(r.onFork).toEqual(r.onFresh);
  });

  it('an end-of-execution hook a test added (runtime.onExecutionEnd) is not dropped silently either', () => {
    const r = forkedAndFresh(
      (e) => e.runtime.onExecutionEnd((x) => e.properties.script.set('ended', String(x.label))),
      (e) => {
        e.runtime.execute(() => e.globals.PropertiesService.getScriptProperties().getProperty('k'), { kind: 'node', label: 'mine' });
        return e.properties.script.get('ended') ?? null;
      },
    );
    if (r.refused !== undefined) return void expect(r.refused).toContain('a hook a test added');
    expect(r.onFresh).not.toBeNull();
    expect(r.onFork).toEqual(r.onFresh);
  });

  it('a function a test pinned (triggers.minuteOf) is the same function in the fork: a closure cannot be copied, so one that keeps state keeps one state for both (a limit, said in fork.ts)', () => {
    const pin = (e: Emulator) => {
      let n = 0;
      e.triggers.minuteOf = () => (n++ * 10) % 60;
    };
    const minute = (e: Emulator) => {
      e.globals.ScriptApp.newTrigger('sendReminders').timeBased().everyDays(1).atHour(7).create();
      return e.triggers.triggers.at(-1)!.clock!.minute;
    };
    const emu = createEmulator({ modelLatency: false });
    pin(emu);
    const fork = forkEmulator(emu);
    expect(fork.triggers.minuteOf).toBe(emu.triggers.minuteOf);
    const fresh = createEmulator({ modelLatency: false });
    pin(fresh);
    expect(minute(fork)).toBe(minute(fresh));
    // The first emulator's next trigger takes the next minute of the one shared state (a fresh one would give 0).
    expect(minute(emu)).toBe(10);
  });
});
