// Review d75b F4 (Medium). Who is hurt: a commune school in December 2026 that opens the view the former district
// office shares with it (the link is in every e-mail of that office), and the commune it should now register with.
// Scenario: as r75c F4 / d75 F1, F7 — the Phòng's 2021–2025 Sheet was never ended ("Kết thúc giai đoạn…" not chosen); its
// triggers still rebuild the schools' views every day.
// What happens now: the fixes of d75 F1 and F7 (2a1bcddb, c52dd258) answer a registration or a report received after
// 31/12/2025 that the period is over and nothing is reviewed or asked any more. But the school's view, rebuilt on
// 07/12/2026, still reads "Đăng ký tập thể, cá nhân mới: <link> (sửa phiếu đã gửi bằng đường dẫn …)" and "Gửi Kế hoạch,
// báo cáo 6 tháng, hằng năm (gửi thêm phiếu cho kỳ đã gửi để bổ sung …): <link>" — it invites exactly the registrations
// and reports the tool then answers as after the period — with no word that the period is over.
// What should happen: after the period's last year, the view gives no invitation to register or report in the period
// and says the period is over (as it does after an explicit end: viewFormsClosed), or where to register now.
// Severity: Medium.
// And review d75c F5 (Low). Who is hurt: a commune school in December 2026 that opens the view the former Phòng still
// shares with it (its triggers still rebuild the views every day: as d75b F4), and reads it to know what to do.
// Scenario: the Phòng's 2021–2025 Sheet was never ended. Since ad8dc945 the view, past 1 April 2026, gives no link to
// the forms and says "Giai đoạn 2021-2025 đã kết thúc (hết năm 2025): phiếu đăng ký, báo cáo gửi qua biểu mẫu của giai
// đoạn này không còn được xét."
// What happens now: a few lines above, the same view still reads "Trang chỉ để xem, do Phòng tự động cập nhật mỗi ngày
// … Muốn sửa phiếu, dùng đường dẫn sửa phiếu trong thư báo kết quả kiểm tra (thư “Đã nhận phiếu DK-…”); một phiếu mới
// cho cùng tập thể, cá nhân sẽ thay thế phiếu đã gửi." Both are now untrue: an edit after the period is answered "không
// được xét … không cần sửa, bổ sung phiếu nữa", and a new registration no longer replaces the one sent in the period
// (duplicates.ts, d75b F1). The school is invited, in the view, to do what the tool then tells it was pointless.
// What should happen: once the view says the period is over (FormLinks.over), its notice does not invite edits or say
// a new registration replaces the one sent — as it already does after an explicit end (viewNotice with `ended`).
// Severity: Low.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, individualAnswers, officeAfterSetup, setConfigValues } from './helpers';
import { phong } from './r68d-lib';
import { viewText } from './period-end-lib';

describe('the school’s view of a 2021–2025 district office file nobody ended, in December 2026', () => {
  /** The view of a school that registered in 2025, as the nightly rebuild of 07/12/2026 writes it, and as it was in 2025. */
  function viewsOf() {
    const set = new Date(2025, 3, 1, 8);
    const cfg = phong(set);
    const o = officeAfterSetup(SCHOOLS, { now: set }, cfg);
    setConfigValues(o.emu, { 'schoolViews.enabled': 'Có' });
    o.emu.clock.advance(24 * 3600_000);
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher', cfg), [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Nguyễn Thị Hòa' } as never, { email: SCHOOLS[1].emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const before = viewText(o, SCHOOLS[1].code);
    o.emu.clock.advance(new Date(2026, 11, 7, 8).getTime() - Number(o.emu.clock.now()));
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    return { before, view: viewText(o, SCHOOLS[1].code) };
  }

  it('does not invite the school to register or report in the period', () => {
    const { before, view } = viewsOf();
    expect(before).toContain('Đăng ký tập thể, cá nhân mới');
    // Before the fix: both invitations, with the links, and nothing about the period being over.
    expect(view).not.toContain('Đăng ký tập thể, cá nhân mới');
    expect(view).not.toContain('Gửi Kế hoạch, báo cáo 6 tháng, hằng năm');
  });

  it('does not invite edits nor say a new registration replaces the one sent (d75c F5)', () => {
    const { view } = viewsOf();
    expect(view).toContain('Giai đoạn 2021-2025 đã kết thúc');
    // Before the fix: "… Muốn sửa phiếu, dùng đường dẫn sửa phiếu trong thư báo kết quả kiểm tra …; một phiếu mới cho
    // cùng tập thể, cá nhân sẽ thay thế phiếu đã gửi."
    expect(view).not.toContain('sẽ thay thế phiếu đã gửi');
    expect(view).not.toContain('Muốn sửa phiếu, dùng đường dẫn sửa phiếu');
  });
});
