// Review d80 F2 (adversarial reading of bd971ead, review r80n F3). Who is hurt: the clerk answering a principal's call.
// Steps: a school sends three teachers; the council decides one "Không đề nghị"; the school then corrects that teacher's
// year of birth through its edit link (her registration changed since the decision: it is held for the council's
// confirmation). The school's view still counts her as «Không đề nghị» (it reads the decision back from "Lịch sử thẩm
// định"); the office's tab of that school, which r80n F3 taught to name the council's decisions under its counts,
// reads "Thẩm định" as merged without that history and says nothing: «3 đạt, 0 chưa đạt, 0 cần bổ sung» and no line of
// the council, beside a view reading «1 phiếu Hội đồng quyết định “Không đề nghị”» — the mismatch r80n F3 fixed,
// back the day a school edits a turned-down registration.
// Should: the office's tab names the held decision as the view counts it (or says that one decision is held).
import { expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { VIEW_TAB } from '../../src/core/messages';
import { SCHOOLS, decide, individualAnswers, officeAfterSetup, recordsOf, setConfigValues } from './helpers';

it("the office's tab of a school names a «Không đề nghị» the school's view still counts while the decision is held", () => {
  const o = officeAfterSetup(SCHOOLS);
  setConfigValues(o.emu, { 'schoolViews.enabled': 'Có' });
  const school = SCHOOLS[1];
  const sent = new Map<string, { a: Record<string, unknown>; responseId: string }>();
  for (const name of ['Trần Thị Bình', 'Phạm Văn Dũng', 'Đỗ Thị Mai']) {
    const a = { ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: name, [Q.birthYear]: '1980' };
    const r = o.emu.forms.submitAsUser(o.formId, a as never, { email: school.emails[0] });
    sent.set(name, { a, responseId: r.responseId });
    o.emu.clock.advance(60_000);
  }
  o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  const review = o.emu.spreadsheets.values('Thẩm định');
  const code = (name: string) => String(review.find((r) => r[3] === name)![0]);
  decide(o, code('Phạm Văn Dũng'), 'Không đề nghị', 'Chưa đạt tiêu chí CN-03');
  o.emu.clock.advance(3_600_000);
  o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  // The school corrects his year of birth through its edit link.
  const dung = sent.get('Phạm Văn Dũng')!;
  o.emu.forms.submitAsUser(o.formId, { ...dung.a, [Q.birthYear]: '1981' } as never, { email: school.emails[0], editResponseId: dung.responseId });
  o.emu.clock.advance(3_600_000);
  o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });

  const record = [...recordsOf(o.emu, 'views.v.').entries()].find(([k]) => k.endsWith(`S:${school.code}`))!;
  const viewLines = o.emu.spreadsheets.values(VIEW_TAB, (JSON.parse(record[1]) as { id: string }).id).map((r) => r.map(String).join(' | '));
  const tabLines = o.emu.spreadsheets.values(school.name).map((r) => String(r[0]));
  // The view counts him apart as «Không đề nghị».
  expect(viewLines.join('\n')).toMatch(/1 phiếu Hội đồng quyết định “Không đề nghị”/);
  // The office's tab says it too (today: no line of the council at all).
  expect(tabLines.join('\n'), tabLines.slice(0, 8).join('\n')).toMatch(/Không đề nghị/);
});
