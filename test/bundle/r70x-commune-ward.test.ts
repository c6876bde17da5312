// Review r70x: a UBND xã/phường's report for one of its schools names the commune once. Its header reads
// "ỦY BAN NHÂN DÂN XÃ SUỐI NGỌC" and it is dated at "Suối Ngọc" (the tool takes a commune's schools to be in the
// commune, whatever an old "Xã/phường" column still says: schoolPlace); its body must not then place the school
// "trên địa bàn phường Đồng Tâm" — or the office is told to check that column.
import { describe, expect, it } from 'vitest';
import { officeAfterSetup, SCHOOLS, collectiveAnswers } from './helpers';
import { defaultConfig, periodConfig } from '../../src/core/config';
import { Q } from '../../src/core/registration-form';
import { typeCell } from '../../scripts/user';

const NOW = new Date(2027, 11, 20, 8, 0, 0);
const SUMMARY = 'Nhà trường xây dựng vườn rau, tổ chức cho học sinh trải nghiệm trồng và chăm sóc cây; tỷ lệ học sinh tham gia đạt 100%, được phụ huynh đánh giá cao và nhân rộng ra các lớp.';

describe('a UBND xã/phường: the report of a school whose "Xã/phường" still names another commune', () => {
  it('does not contradict its own header and place, or says why (r70x L3)', () => {
    const cfg = defaultConfig(NOW, periodConfig(2026, 2030), 'xa');
    Object.assign(cfg.organisation, { name: 'Ủy ban nhân dân xã Suối Ngọc', shortName: 'UBND xã Suối Ngọc', parentAuthority: 'Ủy ban nhân dân tỉnh Hà Sơn', place: 'Suối Ngọc', planNumber: '52/KH-UBND', planDate: '25/09/2026' });
    cfg.organisation.signer = { ...cfg.organisation.signer, name: 'Nguyễn Văn Hải' };
    // SCHOOLS[0] is "Phường Đồng Tâm" in "Đơn vị" (a list made before the 2025 mergers).
    const o = officeAfterSetup(SCHOOLS, { now: NOW }, cfg);
    o.emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(cfg), [Q.school]: SCHOOLS[0].name, [Q.collectiveName]: SCHOOLS[0].name, [Q.summary]: SUMMARY } as never, { email: SCHOOLS[0].emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const header = o.emu.spreadsheets.values('Thẩm định')[0].map(String);
    const col = (h: string) => header.indexOf(h) + 1;
    typeCell(o.emu, 'Thẩm định', 2, col('Quyết định của Hội đồng'), 'Đề nghị khen');
    typeCell(o.emu, 'Thẩm định', 2, col('Nhận xét'), 'Đủ tiêu chuẩn');
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const doc = o.emu.docs.list().find((d) => !d.trashed && d.name.startsWith('Báo cáo thành tích'))!;
    const text = o.emu.docs.text(doc.id).replace(/\u00a0/g, ' ');
    expect(text).toContain('ỦY BAN NHÂN DÂN XÃ SUỐI NGỌC');
    expect(text).toContain('Suối Ngọc, ngày');
    const rows = o.emu.spreadsheets.values('Đề nghị khen thưởng').map((r) => r.map(String).join(' ‖ '));
    const note = rows.find((r) => r.includes('Báo cáo thành tích'))!;
    const consistent = !text.includes('địa bàn phường Đồng Tâm') || note.includes('Xã/phường');
    expect(consistent, `${text.split('\n').find((l) => l.includes('Đặc điểm'))}\n${note}`).toBe(true);
  });
});
