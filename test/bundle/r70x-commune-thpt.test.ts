// Review r70x: a UBND xã/phường whose "Đơn vị" lists an upper-secondary school (THPT: the Sở GD&ĐT manages it since
// 1/7/2025, the commune the kindergartens, primary and lower-secondary schools) is told to check its competence before
// its chair signs a Giấy khen for that school's staff — as a Sở is told for the commune's schools (communeOwnAward).
import { describe, expect, it } from 'vitest';
import { officeAfterSetup, SCHOOLS, individualAnswers } from './helpers';
import { defaultConfig, periodConfig } from '../../src/core/config';
import { Q } from '../../src/core/registration-form';
import { typeCell } from '../../scripts/user';

const NOW = new Date(2027, 11, 20, 8, 0, 0);
const SUMMARY = 'Giáo viên xây dựng câu lạc bộ đọc sách, tổ chức cho học sinh đọc và chia sẻ sách mỗi tuần; tỷ lệ học sinh tham gia đạt 95%, được phụ huynh đánh giá cao và nhân rộng ra các lớp.';

describe('a UBND xã/phường proposing its own Giấy khen for a THPT teacher', () => {
  it('the Giấy khen Tờ trình carries a "Kiểm tra thẩm quyền" note naming the THPT school (r70x M3)', () => {
    const cfg = defaultConfig(NOW, periodConfig(2026, 2030), 'xa');
    Object.assign(cfg.organisation, { name: 'Ủy ban nhân dân xã Suối Ngọc', shortName: 'UBND xã Suối Ngọc', parentAuthority: 'Ủy ban nhân dân tỉnh Hà Sơn', place: 'Suối Ngọc', planNumber: '52/KH-UBND', planDate: '25/09/2026' });
    cfg.organisation.signer = { ...cfg.organisation.signer, name: 'Nguyễn Văn Hải' };
    const thpt = { ...SCHOOLS[2], code: 'C3', name: 'Trường THPT Suối Ngọc', level: 'THPT', ward: 'Xã Suối Ngọc' };
    const schools = [SCHOOLS[0], SCHOOLS[1], thpt].map((s) => ({ ...s, ward: 'Xã Suối Ngọc' }));
    const o = officeAfterSetup(schools, { now: NOW }, cfg);
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher', cfg), [Q.school]: thpt.name, [Q.summary]: SUMMARY } as never, { email: thpt.emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const header = o.emu.spreadsheets.values('Thẩm định')[0].map(String);
    const col = (h: string) => header.indexOf(h) + 1;
    typeCell(o.emu, 'Thẩm định', 2, col('Quyết định của Hội đồng'), 'Đề nghị khen');
    typeCell(o.emu, 'Thẩm định', 2, col('Nhận xét'), 'Đủ tiêu chuẩn');
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const rows = o.emu.spreadsheets.values('Đề nghị khen thưởng').map((r) => r.map(String).join(' ‖ '));
    const toTrinh = rows.find((r) => r.includes('Tờ trình đề nghị khen thưởng (Giấy khen)'));
    expect(toTrinh, rows.join('\n')).toBeDefined();
    expect(toTrinh).toContain('Kiểm tra thẩm quyền');
    expect(toTrinh).toContain(thpt.name);
  });
});
