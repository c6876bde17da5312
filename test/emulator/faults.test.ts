// Fault injection by position: a fault or a kill at the n-th service call made inside executions.
import { describe, expect, it } from 'vitest';
import { KILLED_MESSAGE } from '../../emulator/runtime.js';
import { withScript } from './helpers.js';

const SCRIPT = `
  function three() {
    var p = PropertiesService.getScriptProperties();
    var out = [];
    for (var i = 1; i <= 3; i++) {
      try { p.setProperty('k' + i, 'v'); out.push('ok' + i); } catch (e) { out.push('err' + i); }
    }
    return out.join(',');
  }`;

describe('failAtCall / killAtCall', () => {
  it('a fault makes only the n-th call throw, whatever its name; the calls after it run', () => {
    const { emu, call } = withScript(SCRIPT);
    emu.runtime.failAtCall(3);
    // Call 1 is getScriptProperties; 2–4 are the three setProperty calls.
    expect(call('three')).toBe('ok1,err2,ok3');
    expect([...emu.properties.script.keys()].sort()).toEqual(['k1', 'k3']);
    expect(emu.runtime.lastFault).toMatchObject({ name: 'Properties.setProperty', kill: false });
  });

  it('a kill makes the n-th call and every later call of that execution throw; the next execution runs normally', () => {
    const { emu, call } = withScript(SCRIPT);
    emu.runtime.killAtCall(3);
    expect(call('three')).toBe('ok1,err2,err3');
    expect([...emu.properties.script.keys()]).toEqual(['k1']);
    expect(emu.runtime.executions.at(-1)?.killed).toBe(true);
    expect(call('three')).toBe('ok1,ok2,ok3');
    expect(KILLED_MESSAGE).toMatch(/kill/);
  });

  it('counts only calls made inside executions', () => {
    const { emu, call } = withScript(SCRIPT);
    const before = emu.runtime.callsInExecutions;
    call('three');
    expect(emu.runtime.callsInExecutions - before).toBe(4);
  });
});
