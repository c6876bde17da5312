// Review r80u F1 — an office that updates mid-season from b8a4b91c (stop 80's previous version) to this version.
// Who is hurt: the clerk who sends the draft Quyết định for signing, and the people whose reward clause the former clerk
// typed into it by hand.
// Steps (on b8a4b91c): the council's meeting is held and the documents made; the former clerk completes the draft
// Quyết định by hand (the reward clause typed into it). The new clerk fills the competence basis in "Cấu hình" and
// makes the documents: the alert says the completed draft it replaced had been edited (r79h F1). She takes the basis out
// again and makes them again: the completed draft is current again. Then the office updates the script (clasp push).
// A colleague puts the basis back in and makes the documents: the completed draft is replaced a second time by a draft
// without the hand-typed clause.
// Now: that run's alert says nothing of it. The old version left its record marked 'ed' when it became current again;
// the new version drops that mark (as 'pe') only for a record it sees current, and this first run replaces it at once,
// so its old 'ed' keeps it out of the check (f80a F2's bug, back for records written by the old version).
// Should: as on a fresh install (f80a-edited-unmarked-again), the run that replaces it again names it as edited by hand.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { alertsShown, manifestScopes, setConfigValues } from './helpers';
import { COMPETENCE, completeByHand } from './r79h-lib';
import { oldOffice, oldSeason, type OldOffice } from './upgrade-lib';

const EDITED = /được sửa sau khi công cụ tạo/;
const UNUSED = '[KHÔNG DÙNG] ';
const oldBundle = () => gunzipSync(readFileSync(new URL('./fixtures/Code-b8a4b91c.js.gz', import.meta.url))).toString('utf8');

/** "Tạo văn bản đề nghị khen thưởng" chosen `ms` later, its continuations run: the alerts it showed, as one text. */
function generateAfter(o: OldOffice, ms: number): string {
  o.emu.clock.advance(ms);
  const n = alertsShown(o.emu).length;
  o.menu('generateProposals');
  for (let i = 0; i < 20 && o.emu.triggers.find('continueProposals').length > 0; i++) o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 61_000);
  return alertsShown(o.emu).slice(n).join('\n');
}

function play(gap: number): { again: string; draftName: string; currentName: () => string } {
  const o = oldOffice('', { code: oldBundle(), scopes: manifestScopes() });
  oldSeason(o);
  const draft = o.emu.docs.list().find((d) => d.name.startsWith('Dự thảo Quyết định') && !d.name.startsWith(UNUSED))!;
  expect(draft).toBeDefined();
  o.emu.clock.advance(3_600_000);
  completeByHand(o, draft.id);
  // On b8a4b91c: replaced, said edited (the control).
  setConfigValues(o.emu, { 'legal.competence': COMPETENCE });
  expect(generateAfter(o, gap)).toMatch(EDITED);
  // The basis taken out again: current again.
  setConfigValues(o.emu, { 'legal.competence': '' });
  expect(generateAfter(o, gap)).not.toMatch(EDITED);
  // The update; the basis put back; the documents made.
  o.update();
  setConfigValues(o.emu, { 'legal.competence': COMPETENCE });
  const again = generateAfter(o, gap);
  return { again, draftName: draft.name, currentName: () => o.emu.docs.list().find((d) => d.id === draft.id)!.name };
}

describe('r80u F1: a hand-completed draft made current again before the update, replaced again after it', () => {
  it('the first run after the update that replaces it again names it as edited by hand', () => {
    const { again, draftName, currentName } = play(10 * 60_000);
    expect(currentName().startsWith(UNUSED)).toBe(true);
    expect(again).toMatch(EDITED);
    expect(again).toContain(draftName);
  });

  it('the same, each run on a later day (the replaced draft noted, not renamed)', () => {
    const { again, draftName } = play(24 * 3_600_000);
    expect(again).toMatch(EDITED);
    expect(again).toContain(draftName);
  });
});
