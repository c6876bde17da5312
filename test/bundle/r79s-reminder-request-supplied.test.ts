// Review r79s F1, the other side: a registration the council asked to supplement and that the school has supplemented
// since (edited through its link) is no longer listed by the reminders as one the council asks for (its request is held
// for the council: review.ts pendingRequests), as its view no longer says "Cần bổ sung".
import { expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { collectiveAnswers, decide, individualAnswers, setConfigValues, recipientsOf } from './helpers';
import { reportOffice, HOA_BINH } from './r67r-lib';

it('a registration supplemented after the council’s request is not listed as asked for by the later reminders', () => {
  const r = reportOffice(new Date(2028, 4, 10, 9));
  const { emu, o, cfg } = r;
  setConfigValues(emu, { 'schoolViews.enabled': 'Có' });
  const by = { email: HOA_BINH.emails[0] };
  emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(cfg), [Q.school]: HOA_BINH.name, [Q.collectiveName]: 'Tổ chuyên môn khối 5' } as never, by);
  const an = { ...individualAnswers('teacher', cfg), [Q.school]: HOA_BINH.name, [Q.individualName]: 'Nguyễn Thị An', [Q.birthYear]: '1980' } as Record<string, string>;
  const sent = emu.forms.submitAsUser(o.formId, an as never, by);
  r.morning(new Date(2028, 4, 11));
  const id = String(emu.spreadsheets.values('Thẩm định').find((x) => x[3] === 'Nguyễn Thị An')![0]);
  emu.clock.set(new Date(2028, 4, 12, 14));
  decide(o, id, 'Yêu cầu bổ sung', 'Bổ sung bản sao Quyết định công nhận SKKN, trước ngày 05/06/2028.');
  r.morning(new Date(2028, 4, 13));
  emu.clock.set(new Date(2028, 4, 14, 10));
  emu.forms.submitAsUser(o.formId, { ...an, [Q.summary]: `${an[Q.summary]} Đã có Quyết định công nhận SKKN số 12/QĐ-SGDĐT.` } as never, { ...by, editResponseId: sent.responseId });
  const from = emu.mail.sent.length;
  for (let d = 15; d <= 40; d++) r.morning(new Date(2028, 4, d));
  const reminders = emu.mail.sent.slice(from).filter((m) => recipientsOf(m).includes(HOA_BINH.emails[0]) && /Nhắc .*(kết thúc đợt đăng ký|sơ kết giữa giai đoạn)/.test(m.subject));
  expect(reminders.length).toBeGreaterThan(0);
  for (const m of reminders) expect(String(m.body), m.subject).not.toContain(`Đề nghị bổ sung hồ sơ phiếu ${id}`);
});
