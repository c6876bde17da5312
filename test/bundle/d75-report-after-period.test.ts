// Review d75 F7 (Medium). Who is hurt: a commune school that in December 2026 sends its annual report through the report
// link it kept from the former district office's 2021–2025 campaign (the only "Năm …" it offers is "Năm 2025"), and
// the commune that never receives it. Scenario: as r75c F4 — the Phòng GD&ĐT huyện's 2021–2025 Sheet was never ended,
// its forms and triggers still run. The fix of r75c F4 (63191a45) answers a *registration* first sent after 31/12/2025
// that the period is over; the report form's receipt, the other e-mail the same schools get from the same file, was not
// changed.
// What happens now: the receipt of 07/12/2026 says "Phòng đã nhận báo cáo “Năm 2025” …", then lists nine "kỳ báo cáo
// còn thiếu (đã quá hạn)" back to 2021 and "Đơn vị vẫn gửi bổ sung được: mở biểu mẫu báo cáo …" — it urges the school
// to send nine more reports to an office abolished on 1/7/2025, for a period whose last year is over.
// What should happen: a report sent after the period's last year is answered that the 2021–2025 period has ended (kept
// as a record; send reports to the office running the current period), with no list of overdue reports to supplement —
// as the registration's confirmation now does, and as the receipt does after an explicit end (rev-afterend).
// Severity: Medium.
import { describe, expect, it } from 'vitest';
import { SCHOOLS, officeAfterSetup } from './helpers';
import { phong } from './r68d-lib';
import { R } from '../../src/core/registration-form';

describe('the 2021–2025 report form of a district office, never ended, in December 2026', () => {
  it('does not ask the school to supplement nine overdue reports of a period that is over', () => {
    const set = new Date(2025, 3, 1, 8);
    const cfg = phong(set);
    const o = officeAfterSetup(SCHOOLS, { now: set }, cfg);
    o.emu.clock.set(new Date(2026, 11, 7, 8));
    const before = o.emu.mail.sent.length;
    const s = SCHOOLS[1];
    o.emu.forms.submitAsUser(o.reportFormId, { [R.school]: s.name, [R.period]: 'Năm 2025', [R.docRef]: 'Số 12/BC-THHB ngày 05/12/2026', [R.summary]: `Báo cáo của ${s.name}`, [R.link]: '' } as never, { email: s.emails[0] });
    const receipt = o.emu.mail.sent.slice(before).find((m) => String(m.to).includes(s.emails[0]))!;
    expect(receipt, 'a receipt').toBeDefined();
    expect(receipt.body).toContain('07/12/2026');
    // Today: "Các kỳ báo cáo còn thiếu (đã quá hạn): … Đơn vị vẫn gửi bổ sung được: mở biểu mẫu báo cáo …".
    expect(receipt.body).not.toContain('vẫn gửi bổ sung được');
    expect(receipt.body).toMatch(/giai đoạn 2021-2025 đã kết thúc/i);
  });
});
