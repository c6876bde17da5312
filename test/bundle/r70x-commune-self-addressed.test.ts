// Review r70x: before the council's meeting is recorded, a UBND xã/phường's Giấy khen Tờ trình is addressed to
// "Chủ tịch Ủy ban nhân dân xã Suối Ngọc" and signed "TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG / CHỦ TỊCH" by that same
// Chủ tịch (the signer of "Cấu hình", who chairs the council): a Tờ trình from a man to himself. When a Phó Chủ tịch is
// listed the tool has him sign "KT. CHỦ TỊCH" (review r68d H1/H2); with none, the office must at least be told.
import { describe, expect, it } from 'vitest';
import { officeAfterSetup, SCHOOLS, individualAnswers } from './helpers';
import { defaultConfig, periodConfig } from '../../src/core/config';
import { Q } from '../../src/core/registration-form';
import { typeCell } from '../../scripts/user';

const NOW = new Date(2027, 11, 20, 8, 0, 0);
const SUMMARY = 'Giáo viên xây dựng câu lạc bộ đọc sách, tổ chức cho học sinh đọc và chia sẻ sách mỗi tuần; tỷ lệ học sinh tham gia đạt 95%, được phụ huynh đánh giá cao và nhân rộng ra các lớp.';

describe('a UBND xã/phường\'s Giấy khen Tờ trình with no council deputy known', () => {
  it('is not silently signed by the very Chủ tịch it is addressed to (r70x L5)', () => {
    const cfg = defaultConfig(NOW, periodConfig(2026, 2030), 'xa');
    Object.assign(cfg.organisation, { name: 'Ủy ban nhân dân xã Suối Ngọc', shortName: 'UBND xã Suối Ngọc', parentAuthority: 'Ủy ban nhân dân tỉnh Hà Sơn', place: 'Suối Ngọc', planNumber: '52/KH-UBND', planDate: '25/09/2026' });
    cfg.organisation.signer = { ...cfg.organisation.signer, name: 'Nguyễn Văn Hải' };
    const schools = SCHOOLS.map((s) => ({ ...s, ward: 'Xã Suối Ngọc' }));
    const o = officeAfterSetup(schools, { now: NOW }, cfg);
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher', cfg), [Q.school]: schools[1].name, [Q.summary]: SUMMARY } as never, { email: schools[1].emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const header = o.emu.spreadsheets.values('Thẩm định')[0].map(String);
    const col = (h: string) => header.indexOf(h) + 1;
    typeCell(o.emu, 'Thẩm định', 2, col('Quyết định của Hội đồng'), 'Đề nghị khen');
    typeCell(o.emu, 'Thẩm định', 2, col('Nhận xét'), 'Đủ tiêu chuẩn');
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const doc = o.emu.docs.list().find((d) => !d.trashed && d.name.startsWith('Tờ trình'))!;
    const text = o.emu.docs.text(doc.id).replace(/\u00a0/g, ' ');
    // Today: addressed to the Chủ tịch, signed by him for the council.
    expect(text).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân xã Suối Ngọc.');
    const signedBySelf = /TM\. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG\nCHỦ TỊCH\n[\s\S]*Nguyễn Văn Hải/.test(text);
    const rows = o.emu.spreadsheets.values('Đề nghị khen thưởng').map((r) => r.map(String).join(' ‖ '));
    const row = rows.find((r) => r.includes('Tờ trình đề nghị khen thưởng (Giấy khen)'))!;
    // Either someone else signs, or the office is told who should (the council's Phó Chủ tịch, "Họp Hội đồng TĐKT").
    expect(!signedBySelf || /Phó Chủ tịch/.test(row), row).toBe(true);
  });
});
