// An office of kind UBND xã/phường (the organisation since 1/7/2025) and a unit of its own in "Đơn vị" (review commune).
import { describe, expect, it } from 'vitest';
import { officeAfterSetup, SCHOOLS, collectiveAnswers, individualAnswers } from './helpers';
import { defaultConfig, periodConfig } from '../../src/core/config';
import { Q } from '../../src/core/registration-form';
import { typeCell } from '../../scripts/user';
import { AWARD_LEVEL_CHOICES } from '../../src/core/messages/proposals';
import { OFFICE_LEVEL } from '../../src/core/messages/validation';
import { collectiveHead, type Nominee } from '../../src/core/proposals';

const NOW = new Date(2027, 11, 20, 8, 0, 0);
function commune() {
  const cfg = defaultConfig(NOW, periodConfig(2026, 2030), 'xa');
  Object.assign(cfg.organisation, { name: 'Ủy ban nhân dân xã Suối Ngọc', shortName: 'UBND xã Suối Ngọc', parentAuthority: 'Ủy ban nhân dân tỉnh Hà Sơn', place: 'Suối Ngọc' });
  cfg.organisation.signer = { ...cfg.organisation.signer, name: 'Nguyễn Văn Hải' };
  return cfg;
}

describe('a UBND xã/phường', () => {
  it('its own Tờ trình and Danh sách carry no “Cơ quan chủ quản … (để trống)” note: a commune has none (review commune L1)', () => {
    const cfg = commune();
    const o = officeAfterSetup(SCHOOLS, { now: NOW }, cfg);
    const summary = 'Nhà trường xây dựng vườn rau, tổ chức cho học sinh trải nghiệm trồng và chăm sóc cây; tỷ lệ học sinh tham gia đạt 100%, được phụ huynh đánh giá cao và nhân rộng ra các lớp.';
    o.emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(cfg), [Q.school]: SCHOOLS[0].name, [Q.collectiveName]: SCHOOLS[0].name, [Q.summary]: summary } as never, { email: SCHOOLS[0].emails[0] });
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher', cfg), [Q.school]: SCHOOLS[1].name, [Q.summary]: summary } as never, { email: SCHOOLS[1].emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const header = o.emu.spreadsheets.values('Thẩm định')[0].map(String);
    const col = (h: string) => header.indexOf(h) + 1;
    for (const r of [2, 3]) {
      typeCell(o.emu, 'Thẩm định', r, col('Quyết định của Hội đồng'), 'Đề nghị khen');
      typeCell(o.emu, 'Thẩm định', r, col('Nhận xét'), 'Đủ tiêu chuẩn');
      typeCell(o.emu, 'Thẩm định', r, col('Hình thức khen thưởng đề nghị'), AWARD_LEVEL_CHOICES.bangKhenTinh);
    }
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const rows = o.emu.spreadsheets.values('Đề nghị khen thưởng').map((r) => r.map(String).join(' ‖ '));
    const lists = rows.filter((r) => /Tờ trình|Danh sách/.test(r));
    expect(lists.length).toBeGreaterThan(0);
    for (const r of lists) expect(r).not.toContain('Cơ quan chủ quản');
  });

  it('its own unit in "Đơn vị" (Cấp học “Cơ quan quản lý”: its Phòng Văn hóa - Xã hội) signs as its head, not "HIỆU TRƯỞNG" (review commune M1)', () => {
    const cfg = commune();
    const unit = (name: string) => ({ code: 'VHXH', name, level: OFFICE_LEVEL, ward: 'Xã Suối Ngọc', cluster: '', principal: 'Lê Văn Tâm', emails: ['vhxh@example.vn'], office: true });
    const nominee = (name: string) =>
      ({ id: 'DK-000001', kind: 'collective', name, schoolName: name, score: 0, number: 1, level: 'giayKhen', registration: { kind: 'collective', name, schoolName: name, school: unit(name), answers: {}, raw: {} } }) as unknown as Nominee;
    expect(collectiveHead(nominee('Phòng Văn hóa - Xã hội'), cfg.organisation)).toEqual({ kind: 'school', title: 'TRƯỞNG PHÒNG', name: 'Lê Văn Tâm' });
    expect(collectiveHead(nominee('Văn phòng Sở'), cfg.organisation).title).toBe('CHÁNH VĂN PHÒNG');
    expect(collectiveHead(nominee('Bộ phận một cửa'), cfg.organisation).title).toBe('THỦ TRƯỞNG ĐƠN VỊ');
    // A school is still signed by its Hiệu trưởng.
    const school = { ...nominee(SCHOOLS[0].name), registration: { kind: 'collective', name: SCHOOLS[0].name, schoolName: SCHOOLS[0].name, school: { ...SCHOOLS[0], office: false }, answers: {}, raw: {} } } as unknown as Nominee;
    expect(collectiveHead(school, cfg.organisation).title).toBe('HIỆU TRƯỞNG');
  });
});
