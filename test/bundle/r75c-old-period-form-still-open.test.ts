// Review r75c F4 (Medium). Who is hurt: a commune's school in December 2026 that registers a teacher through the link
// it kept from the former district office's 2021–2025 campaign (the bookmark, last year's e-mail) — and its commune,
// whose own 2026–2030 form never receives the registration. Scenario: the Phòng GD&ĐT huyện Suối Ngọc ceased to exist on
// 1/7/2025 (Luật Tổ chức chính quyền địa phương 2025, số 72/2025/QH15: two levels, tỉnh and xã); its 2021–2025 Sheet
// was never ended ("Kết thúc giai đoạn…" is a menu item someone has to choose; the clerk left with the district), so its
// form and triggers still run under the old account. What happens now: on 07/12/2026 the school is answered as in any
// season — "Phòng Giáo dục và Đào tạo huyện Suối Ngọc đã nhận phiếu …", "phiếu vẫn được kiểm tra và xét", "Hội đồng Thi
// đua - Khen thưởng của Phòng sẽ thẩm định" — a promise by an abolished body, for a period whose last year ended
// almost a year earlier; the registration sits in a file nobody reads. What should happen: a registration arriving after
// the period's last year has ended (here 31/12/2025) is answered that the period 2021–2025 has ended and the registration
// is not considered in it (ask the office that runs the current period), without promising a review — as the tool already
// does once the office has chosen "Kết thúc giai đoạn…" (rev-afterend).
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';
import { phong } from './r68d-lib';

describe('the 2021–2025 form of a district office, never ended, in December 2026', () => {
  it('does not confirm a new registration as one its council will review (r75c F4)', () => {
    const set = new Date(2025, 3, 1, 8);
    const cfg = phong(set);
    const o = officeAfterSetup(SCHOOLS, { now: set }, cfg);
    o.emu.clock.advance((new Date(2026, 11, 7, 8).getTime() - set.getTime()));
    const before = o.emu.mail.sent.length;
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher', cfg), [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Nguyễn Thị Hòa' } as never, { email: SCHOOLS[1].emails[0] });
    const mail = o.emu.mail.sent.slice(before).find((m) => String(m.to).includes(SCHOOLS[1].emails[0]))!;
    expect(mail.body).toContain('ngày 07/12/2026');
    expect(mail.body).not.toContain('sẽ thẩm định');
    expect(mail.body).toMatch(/giai đoạn 2021-2025 đã (kết thúc|hết)/i);
  });
});
