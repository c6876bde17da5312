// Review r66c (the office's clerk and "Cấu hình"): the registration window's end moved later mid-season. The office
// closes registration on 31/10/2026; the schools that have not registered are reminded 14 and 3 days before. On 29/10
// the office extends the window to 30/11/2026 ("Mốc: kết thúc đăng ký"), and runs Thiết lập as README says. The schools
// were told 31/10: those still without a registration must be reminded of the new last day before it passes.
import { describe, expect, it } from 'vitest';
import { defaultConfig, periodConfig } from '../../src/core/config';
import { Q } from '../../src/core/registration-form';
import { individualAnswers, numberedOffice, numberedSchools, setConfigValues } from './helpers';

describe('the registration window extended after the reminders of its first end went', () => {
  const { emu, bundle } = numberedOffice({ now: new Date(2026, 9, 10, 9, 0, 0), settings: { 'milestone.DANG-KY-DONG': '31/10/2026' } });
  emu.triggers.runDueTimeTriggers(new Date(2026, 9, 29, 12, 0, 0));
  const naming = (date: string) => emu.mail.sent.filter((m) => m.subject.includes('Nhắc hạn') && (m.subject.includes(date) || m.body.includes(date)));
  const oldEnd = naming('31/10/2026').length;
  setConfigValues(emu, { 'milestone.DANG-KY-DONG': '30/11/2026' });
  bundle.call('setup', undefined, { kind: 'menu' });
  emu.triggers.runDueTimeTriggers(new Date(2026, 10, 28, 12, 0, 0));
  const newEnd = naming('30/11/2026');

  it('the schools without a registration were reminded of 31/10/2026 (the case under test)', () => {
    expect(oldEnd).toBeGreaterThanOrEqual(3);
  });

  it('each of them is reminded of the new last day, 30/11/2026, before it passes', () => {
    expect(new Set(newEnd.map((m) => String(m.to))).size).toBe(3);
  });
});

// The same extension seen by a school that registered on 02/11, after the first end: its confirmation said "Phiếu được
// gửi sau thời hạn đăng ký (hết ngày 31/10/2026)". Once the window runs to 30/11 the registration is on time ("Thẩm
// định" no longer notes it late) — the school, told it was late, is never told otherwise.
describe('a registration told late, then the window extended past its day', () => {
  const schools = numberedSchools(3);
  // The directory of numberedOffice: these three schools.
  const { emu, bundle } = numberedOffice({ now: new Date(2026, 9, 10, 9, 0, 0), settings: { 'milestone.DANG-KY-DONG': '31/10/2026' } });
  const formId = emu.properties.script.get('form.registration.id')!;
  emu.triggers.runDueTimeTriggers(new Date(2026, 10, 2, 10, 0, 0));
  const { responseId } = emu.forms.submitAsUser(
    formId,
    { ...individualAnswers('teacher', defaultConfig(new Date(2026, 10, 2), periodConfig(2026, 2030))), [Q.school]: schools[0].name, [Q.individualName]: 'Nguyễn Văn An' } as never,
    { email: schools[0].emails[0] },
  );
  emu.triggers.runDueTimeTriggers(new Date(2026, 10, 4, 10, 0, 0));
  const toSchool = () => emu.mail.sent.filter((m) => m.to.includes(schools[0].emails[0]));
  const told = toSchool().filter((m) => m.body.includes('sau thời hạn đăng ký (hết ngày 31/10/2026)'));
  const before = toSchool().length;
  setConfigValues(emu, { 'milestone.DANG-KY-DONG': '30/11/2026' });
  bundle.call('setup', undefined, { kind: 'menu' });
  emu.triggers.runDueTimeTriggers(new Date(2026, 10, 29, 10, 0, 0));
  const code = String((emu.spreadsheets.values('Thẩm định') as unknown[][]).slice(1).map((r) => r.map(String).find((c) => /^DK-\d+$/.test(c))).find(Boolean));

  it('the school was told its registration was late (the case under test)', () => {
    expect(responseId).toBeTruthy();
    expect(told).toHaveLength(1);
    expect(code).toMatch(/^DK-/);
    // The office's side follows the new end: "Thẩm định" no longer notes the registration late.
    expect((emu.spreadsheets.values('Thẩm định') as unknown[][]).map((r) => r.map(String).join(' ')).join('\n')).not.toContain('sau thời hạn đăng ký');
  });

  it('after the extension the school is told the new last day, 30/11/2026', () => {
    const later = toSchool().slice(before);
    expect(later.filter((m) => m.body.includes('30/11/2026')).length).toBeGreaterThan(0);
  });
});
