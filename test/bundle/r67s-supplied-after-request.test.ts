// Review r67s: the council asks Hoa Sen to supplement a Đạt registration ("Yêu cầu bổ sung": more figures in the
// summary). The letter tells the school "Phiếu gửi lại được kiểm tra ngay và Hội đồng sẽ thẩm định lại". The school
// supplements through the edit link the next day. Nothing the leader reads says so: "Thẩm định" keeps the row as it was
// (no note), "Tổng hợp" counts it "Yêu cầu bổ sung" and "0 phiếu đạt chờ thẩm định", the digest says no Đạt registration
// waits for the council. Unless someone remembers, the teacher is never proposed ("Yêu cầu bổ sung" is never proposed).
import { expect, it } from 'vitest';
import { typeCell } from '../../scripts/user';
import { Q } from '../../src/core/registration-form';
import { councilOffice, individualAnswers, setConfigValues, SCHOOLS } from './helpers';

it('a registration supplemented after the council\'s "Yêu cầu bổ sung" waits for the council again, in "Tổng hợp" and in the digest', () => {
  const o = councilOffice();
  setConfigValues(o.emu, { 'mail.digestRecipients': 'lanhdao@phong.example' });
  const header = o.emu.spreadsheets.values('Thẩm định')[0].map(String);
  typeCell(o.emu, 'Thẩm định', 2, header.indexOf('Quyết định của Hội đồng') + 1, 'Yêu cầu bổ sung');
  typeCell(o.emu, 'Thẩm định', 2, header.indexOf('Nhận xét') + 1, 'Bổ sung số liệu cụ thể trong tóm tắt thành tích');
  o.decide([3, 4]);
  const sent = o.emu.mail.sent.length;
  o.rebuild();
  // The letter went to Hoa Sen (the scenario).
  expect(o.emu.mail.sent.slice(sent).some((m) => m.to.includes(SCHOOLS[0].emails[0]) && String(m.subject).includes('Đề nghị bổ sung hồ sơ'))).toBe(true);

  o.emu.clock.advance(24 * 3600_000);
  const a = individualAnswers('teacher') as Record<string, unknown>;
  o.emu.forms.submitAsUser(o.formId, { ...a, [Q.school]: SCHOOLS[0].name, [Q.individualName]: 'Nguyễn Văn An', [Q.summary]: `${String(a[Q.summary])} Tỷ lệ học sinh giỏi tăng 15%.` } as never, { email: SCHOOLS[0].emails[0], editResponseId: o.ids[0] });
  o.emu.clock.advance(3600_000);
  o.rebuild();

  const summary = o.emu.spreadsheets.values('Tổng hợp').map((r) => String(r[0]));
  expect(summary.find((l) => l.startsWith('Thẩm định của Hội đồng'))).not.toContain(': 0 phiếu đạt chờ thẩm định');
  const before = o.emu.mail.sent.length;
  o.bundle.call('sendWeeklyDigest', undefined, { kind: 'timeTrigger' });
  const digest = o.emu.mail.sent.slice(before).find((m) => m.to.includes('lanhdao@phong.example'));
  const body = String(digest?.body);
  expect(body).not.toContain('Không có phiếu đạt nào chờ Hội đồng thẩm định.');
  expect(body).toMatch(/DK-000002 — Trường Mầm non Hoa Sen — cá nhân “Nguyễn Văn An” — điểm ưu tiên/);
});
