// Daily quotas are per user (guides/services/quotas: "Quotas are per user and reset 24 hours after the first
// request"): the emulation counts them for the account a call runs as — the active user, or a trigger's owner for a
// trigger run (review r74d F5; the bundle's side: test/bundle/r74d-quota-per-user.test.ts).
import { describe, expect, it } from 'vitest';
import { withScript } from './helpers.js';

const COLLEAGUE = 'dongnghiep@gmail.com';

describe('daily quotas are counted per user (review r74d F5)', () => {
  it('a quota one account used up is whole for another, and each window is its own', () => {
    const { emu } = withScript('');
    const owner = emu.identity.activeUser;
    emu.runtime.consumeQuota('email', 100, 100, 'used');
    expect(emu.runtime.remainingQuota('email', 100)).toBe(0);
    emu.identity.activeUser = COLLEAGUE;
    expect(emu.runtime.remainingQuota('email', 100)).toBe(100);
    emu.runtime.consumeQuota('email', 30, 100, 'used');
    expect(emu.runtime.remainingQuota('email', 100)).toBe(70);
    expect(emu.runtime.remainingQuota('email', 100, owner)).toBe(0);
    expect(() => emu.runtime.consumeQuota('email', 1, 100, 'used', owner)).toThrow('used');
    // The owner's window started first: it ends first, the colleague's keeps its count.
    emu.clock.advance(24 * 60 * 60 * 1000);
    expect(emu.runtime.remainingQuota('email', 100, owner)).toBe(100);
  });

  it('a trigger’s runtime is charged to its owner, whoever is at the keyboard when it fires', () => {
    const { emu, call } = withScript(`
      function install() { ScriptApp.newTrigger('tick').timeBased().everyMinutes(1).create(); }
      function tick() { Utilities.sleep(60000); }`);
    const owner = emu.identity.activeUser;
    call('install');
    emu.identity.activeUser = COLLEAGUE;
    emu.triggers.runDueTimeTriggers(emu.clock.now() + 90_000);
    const limit = emu.triggers.dailyRuntimeMs;
    expect(emu.runtime.remainingQuota('triggerRuntime', limit, owner)).toBeLessThan(limit);
    expect(emu.runtime.remainingQuota('triggerRuntime', limit)).toBe(limit);
  });
});
