// Review r66b: a batch stopped half way by a passing Drive error; before its continuation runs, the council withdraws one
// teacher in "Thẩm định" (and, in a second run, the secretary corrects a vote so that one teacher falls short).
import { describe, expect, it } from 'vitest';
import { typeCell } from '../../scripts/user';
import { live, meetingOffice, text, type Office } from './r66b-lib';

const HANDLER = 'continueProposals';
const current = (o: Office) => live(o, false);
const continuations = (o: Office) => o.emu.triggers.triggers.filter((t) => t.handler === HANDLER);

function runContinuations(o: Office): void {
  for (let n = 0; continuations(o).length > 0 && n < 20; n++) {
    expect(continuations(o)).toHaveLength(1);
    o.emu.triggers.runDueTimeTriggers(Math.max(continuations(o)[0].clock!.nextAt, o.emu.clock.now() + 61_000));
  }
}

const meeting = () => meetingOffice();

describe('r66b: decisions changed between a stop half way and its continuation', () => {
  it('one teacher withdrawn: the current Tờ trình, Danh sách and Quyết định leave him out; his report is not current; nothing is made twice', () => {
    const o = meeting();
    // The fourth copy fails (Tờ trình, Danh sách, Biên bản made).
    o.emu.runtime.failOn('File.makeCopy', 4, 'Service error: Drive');
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    expect(continuations(o)).toHaveLength(1);
    expect(live(o).length).toBeGreaterThan(0);
    const withdrawn = 'Lê Văn Cường';
    o.withdraw(4);
    runContinuations(o);
    const names = current(o).map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    for (const prefix of ['Tờ trình', 'Danh sách', 'Dự thảo Quyết định']) {
      const docs = current(o).filter((d) => d.name.startsWith(prefix));
      expect(docs, prefix).toHaveLength(1);
      expect(text(o, docs[0].id), prefix).not.toContain(withdrawn);
      if (prefix !== 'Tờ trình') expect(text(o, docs[0].id), prefix).toContain('Nguyễn Văn An');
    }
    expect(current(o).some((d) => d.name.includes(withdrawn))).toBe(false);
  });
});
