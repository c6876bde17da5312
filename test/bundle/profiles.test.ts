// Each kind of office through the bundle (issue 16): what its "Cấu hình" says, and how its guide, confirmations and
// reminders name it. A Sở never says "Phòng"; a UBND xã says "Ủy ban"; a new Sheet is a Sở.
import { describe, expect, it } from 'vitest';
import { configToRows, type OfficeConfig } from '../../src/core/config';
import { SAMPLE_PROFILES, sampleConfig } from '../../sample/profiles';
import { SCHOOLS, bundleCode, collectiveAnswers, individualAnswers, officeAfterSetup, officeEmulator } from './helpers';

const PLAN_OFFICE_WORDS = /\bPhòng\b|Yên Bái/;
const NOW = new Date(2027, 10, 1, 8, 0, 0);

const so = (): OfficeConfig => sampleConfig(SAMPLE_PROFILES['2026-2030'], NOW);
const xa = (): OfficeConfig =>
  sampleConfig({ ...SAMPLE_PROFILES['2026-2030'], kind: 'xa', organisation: { name: 'Ủy ban nhân dân xã Đồi Chè', signerName: 'Hà Văn Tùng' } }, NOW);

/** An office of that configuration, one registration from each school and one from an unknown address, then reminders. */
function season(config: OfficeConfig) {
  const o = officeAfterSetup(SCHOOLS, { now: NOW }, config);
  SCHOOLS.forEach((s, i) => o.emu.forms.submitAsUser(o.formId, i % 2 ? individualAnswers('teacher', config) : collectiveAnswers(config), { email: s.emails[0] }));
  o.emu.forms.submitAsUser(o.formId, collectiveAnswers(config), { email: 'nguoi.la@gmail.example' });
  const confirmations = o.emu.mail.sent.slice();
  // 14 days before the annual report of 2027 (15/12): each school without it is reminded.
  o.emu.clock.set(new Date(2027, 11, 1, 7, 30, 0).getTime());
  o.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
  const reminders = o.emu.mail.sent.slice(confirmations.length);
  const guide = o.emu.spreadsheets.values('Hướng dẫn').map((r) => String(r[0]));
  const settings = o.emu.spreadsheets.values('Cấu hình');
  return { confirmations, reminders, guide, settings };
}

describe('office profiles through the bundle', () => {
  it('a new Sheet is a Sở GD&ĐT: its "Cấu hình" says so and its guide names the Sở', () => {
    const emu = officeEmulator({ now: NOW });
    const bundle = emu.loadBundle(bundleCode());
    bundle.call('setup', undefined, { kind: 'menu' });
    const settings = emu.spreadsheets.values('Cấu hình');
    expect(settings[1].slice(0, 2)).toEqual(['Loại cơ quan', 'Sở GD&ĐT']);
    expect(settings.map((r) => r[0])).not.toContain('Cấp của cơ quan');
    expect(String(emu.spreadsheets.values('Hướng dẫn')[1][0])).toMatch(/^Công cụ giúp Sở tiếp nhận/);
  });

  it('a Sở GD&ĐT: no “Phòng” in its guide, confirmations or reminders', () => {
    const s = season(so());
    expect(s.settings.find((r) => r[0] === 'Tên cơ quan')?.[1]).toBe('Sở Giáo dục và Đào tạo tỉnh Hà Sơn');
    expect(s.confirmations.length).toBe(SCHOOLS.length + 1);
    expect(s.reminders.length).toBeGreaterThan(0);
    for (const m of [...s.confirmations, ...s.reminders]) {
      expect(m.body).not.toMatch(PLAN_OFFICE_WORDS);
      expect(m.subject).not.toMatch(PLAN_OFFICE_WORDS);
      expect(m.body).toMatch(/^Kính gửi: /);
    }
    for (const line of s.guide) expect(line).not.toMatch(PLAN_OFFICE_WORDS);
    expect(s.confirmations[0].body).toContain('Sở Giáo dục và Đào tạo tỉnh Hà Sơn đã nhận phiếu đăng ký');
    expect(s.confirmations[SCHOOLS.length].body).toContain('danh sách e-mail của đơn vị tại Sở, nên phiếu');
    expect(s.reminders[0].body).toContain('Theo dữ liệu Sở nhận được đến nay');
  });

  it('a UBND xã/phường: its reminders and guide say “Ủy ban”', () => {
    const s = season(xa());
    expect(s.settings.find((r) => r[0] === 'Loại cơ quan')?.[1]).toBe('UBND xã/phường');
    expect(s.guide[1]).toMatch(/^Công cụ giúp Ủy ban tiếp nhận/);
    expect(s.reminders.length).toBeGreaterThan(0);
    for (const m of [...s.confirmations, ...s.reminders]) expect(m.body).not.toMatch(PLAN_OFFICE_WORDS);
    expect(s.reminders[0].body).toContain('Theo dữ liệu Ủy ban nhận được đến nay');
    expect(s.reminders[0].body).toContain('Ủy ban nhân dân xã Đồi Chè xin nhắc');
  });

  it('the plan’s district office (the default of these tests) still says “Phòng”', () => {
    const o = officeAfterSetup();
    expect(o.emu.spreadsheets.values('Cấu hình')[1].slice(0, 2)).toEqual(['Loại cơ quan', 'Phòng GD&ĐT (cấp huyện, đến 30/6/2025)']);
    expect(String(o.emu.spreadsheets.values('Hướng dẫn')[1][0])).toMatch(/^Công cụ giúp Phòng tiếp nhận/);
    expect(configToRows(so())[1][1]).toBe('Sở GD&ĐT');
  });
});
