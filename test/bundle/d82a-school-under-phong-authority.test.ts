// Review d82a F2: the authority note f82b added for a school's own Giấy khen (review r82d F1), met by a primary school
// that its district's Phòng GD&ĐT manages, making its documents on 15/05/2025 — the 2021–2025 period's tổng kết, before
// the district level ended (01/07/2025). Luật Thi đua, khen thưởng 2022, Điều 80 khoản 2 gives the Giấy khen to the
// Chủ tịch Ủy ban nhân dân cấp huyện, the very level above this school then. The note leaves the district chair out of
// its list («… Chủ tịch Ủy ban nhân dân cấp xã, thủ trưởng đơn vị …»), says the article does not name principals of
// schools «do Sở hay Ủy ban nhân dân xã, phường quản lý» (neither is this school's), tells the school to ask «cơ quan
// quản lý trường» though "Cấu hình" names it, and to propose the Giám đốc Sở's Giấy khen instead, sent straight to the
// Sở — past the Phòng and the district's Ủy ban that manage it.
import { describe, expect, it } from 'vitest';
import { defaultConfig, periodConfig } from '../../src/core/config';
import { proposalOffice } from './r68d-lib';

const SCHOOL = 'Trường Tiểu học Kim Đồng';
const PHONG = 'Phòng Giáo dục và Đào tạo huyện Suối Ngọc';
const DISTRICT = 'Ủy ban nhân dân huyện Suối Ngọc';
const SELF = [{ code: 'KD', name: SCHOOL, level: 'TH', ward: 'Xã Suối Ngọc', cluster: '', principal: 'Phạm Thị Thu', emails: ['vanphong@thkimdong.example.vn'] }];

describe('d82a F2: a primary school under its Phòng GD&ĐT making its own Giấy khen on 15/05/2025', () => {
  it('the authority note points to the district level that manages the school, not only to a commune or the Sở', () => {
    const now = new Date(2025, 4, 15, 8, 0, 0);
    const cfg = defaultConfig(now, periodConfig(2021, 2025), 'truong');
    Object.assign(cfg.organisation, { name: SCHOOL, shortName: SCHOOL, parentAuthority: PHONG, governingBody: DISTRICT, place: 'Suối Ngọc', planNumber: '12/KH-THKĐ', planDate: '20/09/2021' });
    cfg.organisation.signer = { ...cfg.organisation.signer, name: 'Phạm Thị Thu' };
    const o = proposalOffice(cfg, now, [{ school: 0, teacher: 'Nguyễn Văn An', level: 'giayKhen' }], true, SELF as never);
    o.generate();
    const row = o.progress().find((r) => r['Văn bản'] === 'Tờ trình đề nghị khen thưởng (Giấy khen)');
    expect(row).toBeDefined();
    const note = row!['Ghi chú'];
    expect(note).toContain('Kiểm tra thẩm quyền trước khi ký');
    expect({
      namesDistrictLevel: /Chủ tịch Ủy ban nhân dân (cấp huyện|huyện Suối Ngọc)/.test(note),
      namesWhomToAsk: note.includes(PHONG) || note.includes(DISTRICT),
      saysCommuneOrSo: note.includes('do Sở hay Ủy ban nhân dân xã, phường quản lý'),
    }).toEqual({ namesDistrictLevel: true, namesWhomToAsk: true, saysCommuneOrSo: false });
  });
});
