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
import { wardSchoolDocuments } from './r68d-lib';

function documents(governingBody: string) {
  const o = wardSchoolDocuments(governingBody);
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
