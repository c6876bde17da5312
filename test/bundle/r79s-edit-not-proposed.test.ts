// Review r79s (the school's own view of the season) F2 — Medium. Who is hurt: a school whose teacher's registration
// the council decided "Không đề nghị", and the teacher.
// Steps: Hòa Bình registers its teacher Phạm Thị Cúc (Đạt). The council decides "Không đề nghị" («Cá nhân xin rút đăng
// ký.»). The next day the school edits her registration through its edit link (adds figures to the summary — she
// changed her mind, or the clerk completes the file). The confirmation of the edit says: «Phiếu đã đáp ứng đủ các tiêu
// chí bắt buộc. Hội đồng Thi đua - Khen thưởng của Sở sẽ thẩm định.» The decision stands ("Thẩm định" keeps
// "Không đề nghị"), and the school's view, updated the next morning, reads on the same row «Không đề nghị — Hội đồng đã
// quyết định không đề nghị khen thưởng phiếu này … đơn vị không cần bổ sung gì thêm». The latest e-mail promises a review
// the council will not make; the school waits for one.
// What should happen: the confirmation of an edit to a registration the council decided "Không đề nghị" does not say
// the council will review it: it says the council decided not to propose it and whom to ask if the edit is meant to have
// it reconsidered (as the view does: viewNotProposed).
import { expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { VIEW_TAB } from '../../src/core/messages';
import { decide, individualAnswers, setConfigValues, recipientsOf } from './helpers';
import { viewLedger } from './period-end-lib';
import { reportOffice, HOA_BINH } from './r67r-lib';

it('the confirmation of an edit to a registration decided "Không đề nghị" does not promise the council will review it', () => {
  const r = reportOffice(new Date(2028, 4, 10, 9));
  const { emu, o, cfg } = r;
  setConfigValues(emu, { 'schoolViews.enabled': 'Có' });
  const by = { email: HOA_BINH.emails[0] };
  const cuc = { ...individualAnswers('teacher', cfg), [Q.school]: HOA_BINH.name, [Q.individualName]: 'Phạm Thị Cúc', [Q.birthYear]: '1985' } as Record<string, string>;
  const sent = emu.forms.submitAsUser(o.formId, cuc as never, by);
  r.morning(new Date(2028, 4, 11));
  const id = String(emu.spreadsheets.values('Thẩm định').find((x) => x[3] === 'Phạm Thị Cúc')![0]);
  decide(o, id, 'Không đề nghị', 'Cá nhân xin rút đăng ký.');
  r.morning(new Date(2028, 4, 12));
  const from = emu.mail.sent.length;
  emu.clock.set(new Date(2028, 4, 12, 10));
  emu.forms.submitAsUser(o.formId, { ...cuc, [Q.summary]: `${cuc[Q.summary]} Tỷ lệ học sinh hoàn thành tốt tăng 12%.` } as never, { ...by, editResponseId: sent.responseId });
  r.morning(new Date(2028, 4, 13));

  // The decision stands, and the view says so.
  const review = emu.spreadsheets.values('Thẩm định');
  const h = review[0].map(String);
  expect(String(review.find((x) => x[0] === id)![h.indexOf('Quyết định của Hội đồng')])).toBe('Không đề nghị');
  const view = emu.spreadsheets.values(VIEW_TAB, viewLedger(o).get(`S:${HOA_BINH.code}`)!.id).map((x) => x.map(String));
  expect(view.find((x) => x[0] === id)!.join(' | ')).toContain('Không đề nghị');

  const confirmation = emu.mail.sent.slice(from).find((m) => recipientsOf(m).includes(HOA_BINH.emails[0]) && m.subject.includes(`Đã nhận phiếu ${id}`));
  expect(confirmation, 'the edit is confirmed').toBeDefined();
  const body = String(confirmation!.body);
  expect(body).not.toMatch(/Hội đồng Thi đua - Khen thưởng của Sở sẽ thẩm định/);
  expect(body).toMatch(/không đề nghị/i);
  // The subject a phone shows first says the decision, not the automatic verdict «Đạt» it no longer acts on.
  expect(confirmation!.subject).toMatch(/^\[Điển hình tiên tiến\] Hội đồng không đề nghị — Đã nhận phiếu /);
  expect(confirmation!.subject).not.toMatch(/Đạt/);
});
