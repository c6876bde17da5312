// Review r83q F1 (incremental intake against the rebuild, issue 12 item 1): a submission rewrites only its rows of
// "Kết quả kiểm tra" and "Thẩm định"; the school's tab and the school's own view ("Trang theo dõi") wait for the next
// "Cập nhật tổng hợp" (README, "Dòng của phiếu … cập nhật ngay; trang của trường và trang Tổng hợp cập nhật ở lần …
// tiếp theo"). "Tổng hợp" says so on its face since r80n F1 («Số liệu tính đến 06:30 ngày 01/07/2024 (lần “Cập nhật
// tổng hợp” gần nhất; phiếu gửi … sau giờ đó được tính ở lần cập nhật sau)»). The school's tab and its view do not: at
// 09:00 the school is mailed «Đạt — Đã nhận phiếu DK-000002», opens its view (or phones the office, who opens the
// school's tab) and reads «Đơn vị chưa có phiếu đăng ký nào.» under no time at all — and the view adds «một phiếu mới
// cho cùng tập thể, cá nhân sẽ thay thế phiếu đã gửi», inviting the school to send the registration again. Either the
// page lists the registration or it says at what moment its figures were read, as "Tổng hợp" does.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { VIEW_TAB } from '../../src/core/messages';
import { SCHOOLS, individualAnswers, officeAfterSetup, recordsOf, setConfigValues } from './helpers';

const school = SCHOOLS[1];

/** Views on; the morning rebuild at 06:30; the school's teacher registered at 09:00 and confirmed. */
function morning() {
  const o = officeAfterSetup(SCHOOLS, { now: new Date(2024, 6, 1, 6, 0) });
  setConfigValues(o.emu, { 'schoolViews.enabled': 'Có' });
  o.emu.clock.set(new Date(2024, 6, 1, 6, 30));
  o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  o.emu.clock.set(new Date(2024, 6, 1, 9, 0));
  const n = o.emu.mail.sent.length;
  o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: 'Trần Thị Bình' } as never, { email: school.emails[0] });
  const confirmation = o.emu.mail.sent.slice(n).find((m) => m.subject.includes('Đã nhận phiếu'));
  return { o, confirmation };
}

/** The page shows the registration, or a line says the moment its figures were read (a time of day, as "Tổng hợp"). */
function listedOrTimed(lines: readonly string[], code: string): boolean {
  return lines.some((l) => l.includes(code)) || lines.some((l) => /tính đến|cập nhật lúc|lần “Cập nhật tổng hợp”/i.test(l) && /\d{1,2}(:|\s*giờ\s*)\d{2}/.test(l));
}

describe('a registration confirmed at 09:00, the school\'s pages as of the 06:30 rebuild', () => {
  it("the school's own view lists it, or says when its figures were read", () => {
    const { o, confirmation } = morning();
    expect(confirmation?.subject).toContain('Đạt — Đã nhận phiếu DK-000002 (Trần Thị Bình)');
    const record = [...recordsOf(o.emu, 'views.v.').entries()].find(([k]) => k.endsWith(`S:${school.code}`))!;
    const lines = o.emu.spreadsheets.values(VIEW_TAB, (JSON.parse(record[1]) as { id: string }).id).map((r) => r.map(String).join(' ').trim());
    // Today: «Đơn vị chưa có phiếu đăng ký nào. Đơn vị còn nhiệm vụ chưa hoàn thành …», and at the foot «Trang chỉ để
    // xem, do Phòng … tự động cập nhật mỗi ngày … một phiếu mới cho cùng tập thể, cá nhân sẽ thay thế phiếu đã gửi.»
    expect(listedOrTimed(lines, 'DK-000002'), `the view:\n${lines.filter((l) => l !== '').slice(0, 3).join('\n')}`).toBe(true);
  });

  it("the office's tab of the school lists it, or says when its figures were read", () => {
    const { o } = morning();
    const lines = o.emu.spreadsheets.values(school.name).map((r) => r.map(String).join(' ').trim());
    // Today: «Trường Tiểu học Hòa Bình», «Mã đơn vị: TH01 · …», «Đơn vị chưa có phiếu đăng ký nào.»
    expect(listedOrTimed(lines, 'DK-000002'), `the tab:\n${lines.filter((l) => l !== '').slice(0, 3).join('\n')}`).toBe(true);
  });
});
