// Review d74c F3 — Low-Medium. Who is hurt: Hoa Sen's clerk, who sent Trần Thị Lan's registration from Hoa Sen's own
// listed address with Hòa Bình picked by mistake (review r74p F1, d74 F1, d74b F1/F2), in an office that has turned on
// the school views ("Trang theo dõi").
// What happens now: a0e64bbc rightly moves the registration's reminder to Hoa Sen ("Phiếu DK-… (cá nhân “Trần Thị
// Lan”): Cần bổ sung … (Phiếu gửi từ địa chỉ của đơn vị nhưng chọn …)"), and the reminder ends with the link to Hoa
// Sen's own view for the details. But planSchoolViews (src/core/school-views.ts) drops such a registration from every
// view, so Hoa Sen's view does not list it at all — it says "Đơn vị chưa có phiếu đăng ký nào.": the clerk is told to complete DK-… and sent to a page that has no
// such registration, no status, nothing on what it lacks. The view and the reminder now disagree the other way round
// from d74b F2.
// What should happen: a registration the reminders give to the sender's school is listed in that school's view (with
// the same note on the school it chose), as d74b F2 suggested; it is left out of the chosen school's view only.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { VIEW_TAB } from '../../src/core/messages';
import { SCHOOLS, individualAnswers, officeAfterSetup, recipientsOf, setConfigValues } from './helpers';

describe('d74c F3: the view of the school that sent a registration for the neighbouring school', () => {
  it('lists the registration its reminder asks it to complete', () => {
    const o = officeAfterSetup();
    setConfigValues(o.emu, { 'schoolViews.enabled': 'Có' });
    const [hoaSen, hoaBinh] = [SCHOOLS[0], SCHOOLS[1]];
    const a: Record<string, unknown> = { ...individualAnswers('teacher'), [Q.school]: hoaBinh.name, [Q.individualName]: 'Trần Thị Lan', [Q.birthYear]: '1985' };
    // The commitment (CN-05) left out: the registration lacks evidence.
    a[Object.keys(a).find((k) => typeof a[k] === 'string' && /\(CN-05-CAM-KET\)/.test(a[k] as string))!] = '';
    o.emu.forms.submitAsUser(o.formId, a as never, { email: hoaSen.emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const review = o.emu.spreadsheets.values('Thẩm định');
    const id = String(review.find((r) => String(r[0]).startsWith('DK-') && r.some((c) => String(c) === 'Trần Thị Lan'))![0]);

    const n = o.emu.mail.sent.length;
    o.emu.clock.set(new Date(2024, 11, 18, 7, 0, 0));
    o.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const toHoaSen = o.emu.mail.sent.slice(n).filter((m) => m.subject.startsWith('[') && recipientsOf(m).includes(hoaSen.emails[0]) && m.body.includes(id));
    // Hoa Sen is reminded of Lan's registration (the d74b F1 fix), and sent to its view.
    expect(toHoaSen.length).toBeGreaterThan(0);
    const dir = o.emu.spreadsheets.values('Đơn vị');
    const url = String(dir.find((r) => r[0] === hoaSen.code)!.at(-1));
    expect(toHoaSen[0].body).toContain(url);
    // Hoa Sen's view.
    const view = o.emu.spreadsheets
      .values(VIEW_TAB, url.split('/d/')[1].split('/')[0])
      .map((r) => r.join(' | '))
      .join('\n');
    expect(view).toContain(hoaSen.name);
    // It lists the registration the reminder asks Hoa Sen to complete.
    expect(view).toContain(id);
  });
});
