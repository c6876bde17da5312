// Review r66b: the clerk clicks "Tạo văn bản đề nghị khen thưởng" again (or "Tạo lại toàn bộ…", or "Xem trước…") while the
// first click is still working — at several points of it.
import { describe, expect, it } from 'vitest';
import { live, meetingOffice, type Office } from './r66b-lib';

const HANDLER = 'continueProposals';
const continuations = (o: Office) => o.emu.triggers.triggers.filter((t) => t.handler === HANDLER);
const current = (o: Office) => live(o, false);

const meeting = (): Office => meetingOffice();

describe('r66b: a second click while the first works (sound)', () => {
  for (const second of ['generateProposals', 'regenerateProposals', 'previewProposals'] as const) {
    for (const afterCalls of [5, 40, 120, 250]) {
      it(`${second} after ${afterCalls} calls of the first: seven current documents, each once`, () => {
        const o = meeting();
        o.emu.runtime.interleave(() => o.bundle.call(second, undefined, { kind: 'menu' }), { afterCalls });
        o.bundle.call('generateProposals', undefined, { kind: 'menu' });
        for (let n = 0; continuations(o).length > 0 && n < 20; n++) o.emu.triggers.runDueTimeTriggers(Math.max(continuations(o)[0].clock!.nextAt, o.emu.clock.now() + 61_000));
        expect(o.emu.runtime.executions.filter((x) => x.label === second).length).toBeGreaterThanOrEqual(second === 'generateProposals' ? 2 : 1);
        expect(o.emu.runtime.interleaveErrors).toEqual([]);
        const names = current(o).map((d) => d.name);
        expect(names).toHaveLength(7);
        expect(new Set(names).size).toBe(7);
      });
    }
  }
});
