// Review d75b F2 (Medium). Who is hurt: a lower-secondary school running the tool for its own staff, managed since
// 1/7/2025 by its phường (NĐ 142/2025), and its principal who signs. Scenario: 2028; the school's file was set up before
// the district level went, and its clerk typed "Cơ quan chủ quản" with the old-style tone placement ("uỷ", as many
// keyboards and older documents write it): "Uỷ ban nhân dân huyện Suối Ngọc". "Cơ quan cấp trên" was updated to the phường.
// What happens now: every document is headed "UỶ BAN NHÂN DÂN HUYỆN SUỐI NGỌC" above the school — a body abolished on
// 1/7/2025 — and "Đề nghị khen thưởng" says nothing. The same file with "Ủy ban nhân dân huyện …" (new-style "ủy") is
// warned (d790e19c, review r75c F2 / d75 F2). The tool itself reads "Uỷ ban" as a People's Committee elsewhere
// (KIND_BY_NAME, BODY_ABBREVIATIONS), but DISTRICT_BODY / CITY_BODY in proposals.ts accept only "Ủy" and "UBND"
// (and communeParent too: the Giấy khen Sở Tờ trình of a school under "Uỷ ban nhân dân phường …" is not routed through it).
// What should happen: the same warning whichever tone placement the name is typed with.
// Severity: Medium.
import { describe, expect, it } from 'vitest';
import { SAMPLE_PROFILES, sampleConfig } from '../../sample/profiles';
import { Q } from '../../src/core/registration-form';
import { holdCouncilMeeting, markNominees, reviewNames } from '../../scripts/documents';
import { individualAnswers, officeAfterSetup } from './helpers';

const NOW = new Date(2028, 6, 1, 8, 0, 0);
const SCHOOL = 'Trường Trung học cơ sở Quang Minh';
const WARD = 'Ủy ban nhân dân phường Minh Tân';
const SELF = [{ code: 'QM', name: SCHOOL, level: 'THCS', ward: 'Phường Minh Tân', cluster: '', principal: 'Phạm Thị Thu', emails: ['vanphong@thcsquangminh.example.vn'] }];

function documents(governingBody: string) {
  const cfg = sampleConfig(
    {
      ...SAMPLE_PROFILES['2026-2030'],
      kind: 'truong',
      organisation: { name: SCHOOL, shortName: 'Trường THCS Quang Minh', parentAuthority: WARD, governingBody, place: 'Minh Tân', signerName: 'Phạm Thị Thu', provinceAddressee: `Chủ tịch Ủy ban nhân dân tỉnh Hà Sơn (qua ${WARD})` },
      digestRecipients: ['vanphong@thcsquangminh.example.vn'],
    } as never,
    NOW,
  );
  const o = officeAfterSetup(SELF as never, { now: NOW }, cfg);
  const summary = 'Đổi mới phương pháp dạy học theo hướng phát triển năng lực, lan tỏa cách làm hay trong tổ, chất lượng học sinh được nâng lên rõ rệt qua các năm học.';
  o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher', cfg), [Q.school]: SCHOOL, [Q.individualName]: 'Vũ Thị Lan', [Q.summary]: summary } as never, { email: SELF[0].emails[0] });
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const ids = markNominees(o.emu, 30);
  holdCouncilMeeting(o.emu, ids, reviewNames(o.emu), 0, 'Phạm Thị Thu', 'truong');
  o.bundle.call('generateProposals', undefined, { kind: 'menu' });
  const rows = o.emu.spreadsheets.values('Đề nghị khen thưởng').map((r) => r.map(String));
  const h = rows.findIndex((r) => r[0] === 'STT');
  const notes = rows.slice(h + 1).map((r) => r[rows[h].indexOf('Ghi chú')]).join('\n');
  const heads = o.emu.docs
    .list()
    .filter((d) => !d.trashed && !d.name.startsWith('Mẫu - '))
    .map((d) => o.emu.docs.text(d.id).split(/\r|\n/).slice(0, 2).join(' / '))
    .join('\n')
    .replace(/[\u00a0 ]+/g, ' ');
  return { notes, heads };
}

describe('a school whose "Cơ quan chủ quản" still names its former district, typed "Uỷ ban nhân dân huyện …"', () => {
  it('is warned as the same name typed "Ủy ban nhân dân huyện …" is', () => {
    const newStyle = documents('Ủy ban nhân dân huyện Suối Ngọc');
    expect(newStyle.notes).toContain('cấp huyện không còn');
    const oldStyle = documents('Uỷ ban nhân dân huyện Suối Ngọc');
    expect(oldStyle.heads).toContain('UỶ BAN NHÂN DÂN HUYỆN SUỐI NGỌC / TRƯỜNG TRUNG HỌC CƠ SỞ QUANG MINH');
    // Today: headed by the abolished district, Ghi chú silent about it.
    expect(oldStyle.notes).toContain('cấp huyện không còn');
  });
});
