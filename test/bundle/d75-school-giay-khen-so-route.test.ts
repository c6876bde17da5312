// Review d75 F5 (Medium). Who is hurt: a lower-secondary school running the tool for its own staff (Loại cơ quan "Trường
// học / đơn vị khác"), managed since 1/7/2025 by its phường's People's Committee (NĐ 142/2025), its principal who signs,
// and the Sở officer who receives the dossier. Scenario: 2028; "Cơ quan cấp trên" and "Cơ quan chủ quản" "Ủy ban nhân dân
// phường Minh Tân"; "Nơi nhận tờ trình Bằng khen UBND tỉnh" "Chủ tịch Ủy ban nhân dân tỉnh Hà Sơn (qua Ủy ban nhân dân
// phường Minh Tân)" (as the tool's own gap message tells a school under a phường to write it); the council chooses the new
// level "Giấy khen của Giám đốc Sở GD&ĐT" (35a8997f) for a teacher.
// What happens now: the school's Tờ trình reads "Kính gửi: Giám đốc Sở Giáo dục và Đào tạo tỉnh Hà Sơn." — straight to the
// Sở, past the phường that manages the school — and its row in "Đề nghị khen thưởng" says nothing of the route. The same
// file's Bằng khen UBND tỉnh goes "(qua Ủy ban nhân dân phường Minh Tân)" and its Bằng khen Bộ carries a route note
// (provinceRoute / ministryVia: Luật Thi đua, khen thưởng 2022, Điều 83 khoản 1 — the managing level reviews or proposes
// for those it manages, as the tool's own communeRoute note on a Sở's Giấy khen says).
// What should happen: the new level follows the school's route as the other levels do — "Kính gửi: Giám đốc Sở … (qua Ủy
// ban nhân dân phường Minh Tân)", with the phường in "Nơi nhận" — or at least the Tờ trình's Ghi chú tells the route to
// check. (Without "Nơi nhận tờ trình Bằng khen UBND tỉnh" the dossier is not made at all and the gap note sends the
// clerk to that Bằng khen setting: the new level has no setting of its own.)
// Severity: Medium.
import { describe, expect, it } from 'vitest';
import { WARD, wardSchoolDocuments } from './r68d-lib';

describe('a school under a phường proposing the Giám đốc Sở’s Giấy khen for its teacher', () => {
  it('routes its Tờ trình through the phường, or says to check the route', () => {
    const o = wardSchoolDocuments(WARD, 'giayKhenSo');
    const doc = o.emu.docs.list().find((d) => !d.trashed && d.name.startsWith('Tờ trình'))!;
    expect(doc).toBeDefined();
    const text = o.emu.docs.text(doc.id).replace(/\u00a0/g, ' ');
    const addressee = text.split(/\r|\n/).find((l) => l.startsWith('Kính gửi'))!;
    expect(addressee).toContain('Giám đốc Sở Giáo dục và Đào tạo tỉnh Hà Sơn');
    const rows = o.emu.spreadsheets.values('Đề nghị khen thưởng').map((r) => r.map(String));
    const h = rows.findIndex((r) => r[0] === 'STT');
    const row = rows.slice(h + 1).find((r) => r[rows[h].indexOf('Văn bản')].startsWith('Tờ trình'))!;
    const note = row[rows[h].indexOf('Ghi chú')];
    const routed = addressee.includes(`qua ${WARD}`);
    const told = note.includes(WARD) || /đường trình/i.test(note);
    // Today: "Kính gửi: Giám đốc Sở Giáo dục và Đào tạo tỉnh Hà Sơn." and a Ghi chú about the plan's number only.
    expect({ routed, told }, `${addressee}\n${note}`).not.toEqual({ routed: false, told: false });
  });
});
