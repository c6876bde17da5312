// Review r75c F1 (Medium). Who is hurt: the clerk of a UBND xã (Phòng Văn hóa - Xã hội) who sets the tool up in December
// 2026 for the 2026–2030 period — the usual case after the 2025 reorganisation: the commune took its schools over on
// 1/7/2025 and starts its records in the first year of the new period, mid-way through it — and every school of the
// commune. What happens now: "Mốc: hạn kế hoạch của đơn vị" defaults to 30/09/2026 (end of Q3 of the period's first
// year, the plan's pattern), which has already passed when Thiết lập runs; Thiết lập writes it into "Cấu hình" and says
// nothing, so the clerk sends the forms' links, and the first e-mail the schools ever get from the commune (the reminder
// of the annual report) lists their plan as "đã quá hạn" since 30/09/2026, a deadline no one gave them; every school's
// tab says "Chưa đạt". What should happen: Thiết lập tells the office that a default milestone date it just wrote is
// already past (naming it and its date), so the office writes its own date before sending the links.
import { describe, expect, it } from 'vitest';
import { alertsShown, officeAfterSetup, SCHOOLS } from './helpers';
import { xa } from './r68d-lib';
import { R } from '../../src/core/registration-form';

const NOW = new Date(2026, 11, 7, 8, 0, 0);

describe('a UBND xã setting the tool up in December 2026, the period 2026–2030 with its default milestones', () => {
  it('is told by Thiết lập that the default plan deadline 30/09/2026 has already passed (r75c F1)', () => {
    const cfg = xa(NOW);
    const schools = SCHOOLS.map((s) => ({ ...s, ward: 'Xã Suối Ngọc' }));
    const o = officeAfterSetup(schools, { now: NOW }, cfg);
    const row = o.emu.spreadsheets.values('Cấu hình').find((r) => String(r[0]) === 'Mốc: hạn kế hoạch của đơn vị')!;
    expect(new Date(row[1] as Date).getTime()).toBe(new Date(2026, 8, 30).getTime());
    // What the clerk reads after Thiết lập, before sending the links to the schools.
    const afterSetup = alertsShown(o.emu).slice(-1)[0];
    expect(afterSetup).toContain('Đã thiết lập xong');
    expect(afterSetup).toContain('30/09/2026');

    // Meanwhile, the first e-mail from the commune to its schools calls their plan overdue.
    o.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    const first = o.emu.mail.sent.find((m) => String(m.to).includes(schools[0].emails[0]))!;
    expect(first.body).toContain('(đã quá hạn): “Kế hoạch giai đoạn 2026-2030 của đơn vị” (hạn 30/09/2026)');
  });

  it('says nothing of the plan once a school has sent it (the deadline was the schools’ to meet)', () => {
    const cfg = xa(NOW);
    const schools = SCHOOLS.map((s) => ({ ...s, ward: 'Xã Suối Ngọc' }));
    const o = officeAfterSetup(schools, { now: NOW }, cfg);
    o.emu.forms.submitAsUser(o.reportFormId, { [R.school]: schools[0].name, [R.period]: 'Kế hoạch giai đoạn 2026-2030 của đơn vị', [R.docRef]: '12/KH-MNHS ngày 20/09/2026', [R.summary]: 'Kế hoạch', [R.link]: '' }, { email: schools[0].emails[0] });
    o.bundle.call('setup', undefined, { kind: 'menu' });
    const afterSetup = alertsShown(o.emu).slice(-1)[0];
    expect(afterSetup).toContain('Đã thiết lập xong');
    expect(afterSetup).not.toContain('30/09/2026');
  });
});
