// The office of review r77t's tests (Vietnamese as school clerks type it into the form's free-text answers): a Sở on
// 20/12/2027, each nominee registered by its school with the answers given (the summary included, as typed), "Đề nghị
// khen" at its level typed in "Thẩm định", the council met (everyone passes), the documents made from the menu.
import { officeAfterSetup, SCHOOLS } from './helpers';
import { so } from './r68d-lib';
import { Q } from '../../src/core/registration-form';
import { typeCell } from '../../scripts/user';
import { AWARD_LEVEL_CHOICES } from '../../src/core/messages/proposals';
import { holdCouncilMeeting, reviewNames } from '../../scripts/documents';
import type { AwardLevel } from '../../src/core/proposals';

export const NOW = new Date(2027, 11, 20, 8);
export const cfg = () => so(NOW);

export function nominateAsTyped(list: { answers: Record<string, unknown>; school: number; level: AwardLevel }[]) {
  const c = cfg();
  const o = officeAfterSetup(SCHOOLS, { now: NOW }, c);
  for (const e of list) {
    o.emu.forms.submitAsUser(o.formId, { ...e.answers, [Q.school]: SCHOOLS[e.school].name } as never, { email: SCHOOLS[e.school].emails[0] });
    o.emu.clock.advance(60_000);
  }
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const header = o.emu.spreadsheets.values('Thẩm định')[0].map(String);
  const col = (h: string) => header.indexOf(h) + 1;
  list.forEach((e, i) => {
    typeCell(o.emu, 'Thẩm định', i + 2, col('Quyết định của Hội đồng'), 'Đề nghị khen');
    typeCell(o.emu, 'Thẩm định', i + 2, col('Hình thức khen thưởng đề nghị'), AWARD_LEVEL_CHOICES[e.level]);
  });
  const reviewed = reviewNames(o.emu);
  holdCouncilMeeting(o.emu, [...reviewed.keys()], reviewed, 0, c.organisation.signer.name, 'so');
  o.bundle.call('generateProposals', undefined, { kind: 'menu' });
  const docs = o.emu.docs
    .list()
    .filter((d) => !d.trashed && !d.name.startsWith('Mẫu - ') && !d.name.startsWith('[KHÔNG DÙNG]'))
    .map((d) => ({ name: d.name, text: o.emu.docs.text(d.id).replace(/\r/g, '\n').replace(/\u00a0/g, ' ') }));
  const v = o.emu.spreadsheets.values('Đề nghị khen thưởng').map((r) => r.map(String));
  const h = v.findIndex((r) => r[0] === 'STT');
  const progress = v.slice(h + 1).map((r) => Object.fromEntries(v[h].map((k, i) => [k, r[i]])));
  return { o, docs, progress };
}
