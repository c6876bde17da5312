// Review d79 F1 (an adversarial read of stop 79's fix of r79h F1). The former clerk completed the draft Quyết định by
// hand; after the handover her colleague fills an item of "Cấu hình" and chooses "Tạo văn bản đề nghị khen thưởng". The
// tool makes the new draft; reading the tabs again before it calls the batch done takes long (a large office's
// workbook), so the execution's 4.5-minute mark passes before the documents it replaces are looked at in Drive. The
// check of the replaced draft is skipped for the time (markUnused: editedNow returns the record unchecked) — and the
// record is at once noted as replaced on an earlier day ('sp'), which takes it out of every later check (replacedNow).
// Neither the run's alert nor the draft's row, nor any later run or preview, ever says the draft was edited by hand.
import { describe, expect, it } from 'vitest';
import { alertsShown, setConfigValues } from './helpers';
import { live, text } from './r66b-lib';
import { COMPETENCE, REWARD, draftCompletedByHand, draftRows } from './r79h-lib';

const DAY = 24 * 3600_000;
const EDITED = /được sửa sau khi công cụ tạo/;

describe('a hand-completed draft replaced by a batch whose last step runs past the 4.5-minute mark', () => {
  it('is still said to have been edited, in that run or a later one', () => {
    const { o, draft } = draftCompletedByHand();
    o.emu.clock.advance(2 * DAY);
    setConfigValues(o.emu, { 'legal.competence': COMPETENCE });
    // Reading the tabs again after the last document (readPlan) takes long: by the time it is done the job's
    // 4.5-minute mark has passed (the execution's 6 minutes have not). Its first tab read marks it (the form's typed
    // answers, which marked it before, are asked once per execution since p83c, so the second read asks none).
    const rt = o.emu.runtime;
    rt.trace = [];
    let slowed = false;
    const off = rt.onCall(() => {
      const t = rt.trace!;
      if (slowed || t[t.length - 1] !== 'Range.getValues' || t.indexOf('Document.saveAndClose') < 0) return;
      slowed = true;
      o.emu.clock.set(new Date(rt.current!.deadline - 45_000));
    });
    const alerts = alertsShown(o.emu).length;
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    off();
    rt.trace = null;
    // The control: the slow read happened, and the batch made the new draft and replaced the completed one.
    expect(slowed).toBe(true);
    const current = live(o).filter((d) => d.name.startsWith('Dự thảo Quyết định') && d.id !== draft.id);
    expect(current).toHaveLength(1);
    expect(text(o, current[0].id)).not.toContain(REWARD);
    const run = [...alertsShown(o.emu).slice(alerts), ...draftRows(o)].join('\n');
    // The next morning she previews (or runs) again: by then at least it should be said.
    o.emu.clock.advance(DAY);
    const later = alertsShown(o.emu).length;
    o.bundle.call('previewProposals', undefined, { kind: 'menu' });
    const next = [...alertsShown(o.emu).slice(later), ...draftRows(o)].join('\n');
    expect(`${run}\n${next}`).toMatch(EDITED);
  });
});
