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
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, individualAnswers, officeAfterSetup, setConfigValues } from './helpers';
import { phong } from './r68d-lib';
import { viewText } from './period-end-lib';

describe('the school’s view of a 2021–2025 district office file nobody ended, in December 2026', () => {
  it('does not invite the school to register or report in the period', () => {
    const set = new Date(2025, 3, 1, 8);
    const cfg = phong(set);
    const o = officeAfterSetup(SCHOOLS, { now: set }, cfg);
    setConfigValues(o.emu, { 'schoolViews.enabled': 'Có' });
    o.emu.clock.advance(24 * 3600_000);
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher', cfg), [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Nguyễn Thị Hòa' } as never, { email: SCHOOLS[1].emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(viewText(o, SCHOOLS[1].code)).toContain('Đăng ký tập thể, cá nhân mới');
    o.emu.clock.advance(new Date(2026, 11, 7, 8).getTime() - Number(o.emu.clock.now()));
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const view = viewText(o, SCHOOLS[1].code);
    // Today: both invitations, with the links, and nothing about the period being over.
    expect(view).not.toContain('Đăng ký tập thể, cá nhân mới');
    expect(view).not.toContain('Gửi Kế hoạch, báo cáo 6 tháng, hằng năm');
  });
});
