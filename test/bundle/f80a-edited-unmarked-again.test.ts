// Fix helper f80a F2 (d79's observation, not tested there): a document found edited by hand when it was replaced, then
// current again (the change that replaced it undone: the tool takes "[KHÔNG DÙNG]" off its name), then replaced again.
// The clerk completed the draft Quyết định by hand; she fills the competence basis in "Cấu hình" and makes the documents:
// the alert says the completed draft it replaced had been edited. She takes the basis out again (it belongs to another
// office) and makes them again: the completed draft is current again. A colleague puts the basis back in and makes them:
// the completed draft is replaced a second time, its hand-typed reward clause again not in the new draft — and this
// run's alert said nothing of it (its row's note did).
import { describe, expect, it } from 'vitest';
import { alertsShown, setConfigValues } from './helpers';
import { live, text } from './r66b-lib';
import { COMPETENCE, REWARD, draftCompletedByHand } from './r79h-lib';

const EDITED = /được sửa sau khi công cụ tạo/;
const UNUSED = '[KHÔNG DÙNG] ';

/** "Tạo văn bản đề nghị khen thưởng" chosen `ms` later: the alerts it showed, as one text. */
function generateAfter(o: ReturnType<typeof draftCompletedByHand>['o'], ms: number): string {
  o.emu.clock.advance(ms);
  const n = alertsShown(o.emu).length;
  o.bundle.call('generateProposals', undefined, { kind: 'menu' });
  return alertsShown(o.emu).slice(n).join('\n');
}

describe('a document found edited, made current again, then replaced again', () => {
  it('the alert of the run that replaces it again names it', () => {
    const { o, draft } = draftCompletedByHand();
    const name = () => o.emu.docs.list().find((d) => d.id === draft.id)!.name;
    const run = () => generateAfter(o, 10 * 60_000);
    // Replaced: said edited (the control of the first replacement).
    setConfigValues(o.emu, { 'legal.competence': COMPETENCE });
    const first = run();
    expect(first).toMatch(EDITED);
    expect(name().startsWith(UNUSED)).toBe(true);
    // The basis taken out again: the completed draft is current again, its name restored.
    setConfigValues(o.emu, { 'legal.competence': '' });
    const back = run();
    expect(name().startsWith(UNUSED)).toBe(false);
    expect(back).not.toMatch(EDITED);
    expect(text(o, draft.id)).toContain(REWARD);
    // Put back: the completed draft is replaced again, by a draft without the clause typed by hand.
    setConfigValues(o.emu, { 'legal.competence': COMPETENCE });
    const again = run();
    expect(name().startsWith(UNUSED)).toBe(true);
    const current = live(o, false).filter((d) => d.name.startsWith('Dự thảo Quyết định'));
    expect(current).toHaveLength(1);
    expect(current[0].id).not.toBe(draft.id);
    expect(text(o, current[0].id)).not.toContain(REWARD);
    expect(again).toMatch(EDITED);
    expect(again).toContain(draft.name);
  });
});

describe('the same, each run on a later day (the replaced draft is noted, not renamed: it may have been sent)', () => {
  it('the alert of the run that replaces it again names it', () => {
    const { o, draft } = draftCompletedByHand();
    const run = () => generateAfter(o, 24 * 3600_000);
    setConfigValues(o.emu, { 'legal.competence': COMPETENCE });
    expect(run()).toMatch(EDITED);
    // Current again, then replaced again.
    setConfigValues(o.emu, { 'legal.competence': '' });
    expect(run()).not.toMatch(EDITED);
    setConfigValues(o.emu, { 'legal.competence': COMPETENCE });
    const again = run();
    // The control: the draft current now is not the completed one and lacks its clause.
    const rows = o.emu.spreadsheets.values('Đề nghị khen thưởng').filter((r) => String(r[6]).startsWith('Dự thảo Quyết định'));
    const done = rows.filter((r) => String(r[9]).startsWith('Đã tạo'));
    expect(done).toHaveLength(1);
    const currentId = live(o).find((d) => String(done[0][7]).includes(d.id))?.id;
    expect(currentId).toBeDefined();
    expect(currentId).not.toBe(draft.id);
    expect(text(o, currentId!)).not.toContain(REWARD);
    expect(again).toMatch(EDITED);
    expect(again).toContain(draft.name);
  });
});
