// Review r67s: a decision the council took on a registration the school then corrected (the teacher's name) is held —
// "Thẩm định" notes it, "Tổng hợp" counts it among the Đạt registrations waiting for the council. The weekly digest, which
// the leader reads before the meeting, must count and list it as waiting too: it reads "Thẩm định" without the register
// of decisions, so it sees "Đề nghị khen" and says nothing waits.
import { expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { councilOffice, individualAnswers, setConfigValues, SCHOOLS } from './helpers';

it('a decision held after the school corrected its registration is waiting for the council in the digest as in "Tổng hợp"', () => {
  const o = councilOffice();
  setConfigValues(o.emu, { 'mail.digestRecipients': 'lanhdao@phong.example' });
  o.decide([2, 3, 4]);
  o.rebuild();
  // Hoa Sen corrects its teacher's name through the edit link after the council decided.
  o.emu.clock.advance(3600_000);
  o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[0].name, [Q.individualName]: 'Nguyễn Văn Anh' } as never, { email: SCHOOLS[0].emails[0], editResponseId: o.ids[0] });
  o.emu.clock.advance(3600_000);
  o.rebuild();
  const review = o.emu.spreadsheets.values('Thẩm định').map((r) => r.map(String).join(' | '));
  const row = review.find((r) => r.includes('Nguyễn Văn Anh'))!;
  // The tab holds the decision, not in force (the scenario).
  expect(row).toContain('Phiếu đã khác với lúc Hội đồng quyết định');
  const summary = o.emu.spreadsheets.values('Tổng hợp').map((r) => String(r[0]));
  expect(summary.find((l) => l.startsWith('Thẩm định của Hội đồng'))).toContain('1 phiếu đạt chờ thẩm định');

  o.emu.clock.advance(3600_000);
  const before = o.emu.mail.sent.length;
  o.bundle.call('sendWeeklyDigest', undefined, { kind: 'timeTrigger' });
  const digest = o.emu.mail.sent.slice(before).find((m) => m.to.includes('lanhdao@phong.example'));
  expect(digest).toBeDefined();
  const body = String(digest!.body);
  expect(body).not.toContain('Không có phiếu đạt nào chờ Hội đồng thẩm định.');
  expect(body).toMatch(/Phiếu đạt chờ Hội đồng thẩm định[^\n]*— 1 phiếu/);
  expect(body).toMatch(/DK-\d+ — Trường Mầm non Hoa Sen — cá nhân “Nguyễn Văn Anh” — điểm ưu tiên/);
});
