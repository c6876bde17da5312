// Review r78d F3 — Medium. Who is hurt: the head who signs the draft Quyết định tặng Giấy khen, and the person in it: the
// Quyết định grants a Giấy khen "Căn cứ Biên bản họp Hội đồng … ; Theo đề nghị của Hội đồng …" that the council never
// voted on.
// Steps: the council votes three teachers through, one of them (Nguyễn Văn An) for a Bằng khen of the provincial
// chairman; the documents are made. The next day the office puts him back to a Giấy khen in "Hình thức khen thưởng đề
// nghị" (no new vote) and makes the documents again.
// What happens now: the tool knows the level changed after the vote — the rows of the Tờ trình (Giấy khen) and of the
// Biên bản in "Đề nghị khen thưởng" say «Kiểm tra trước khi ký: hình thức khen của Nguyễn Văn An (từ Bằng khen UBND tỉnh
// thành Giấy khen) đã đổi sau khi văn bản của cuộc họp này được tạo…». The draft Quyết định, which now lists him in its
// "Danh sách … được tặng Giấy khen" and cites the same Biên bản, says nothing of it: its note lists only the "[… — cơ
// quan bổ sung]" lines. The văn thư completes those lines and the Quyết định goes to be signed.
// What should happen: the draft Quyết định's row warns as the Tờ trình's does (src/core/proposals.ts: levelMoved is
// computed for 'bienBan' and 'toTrinh' only).
import { describe, expect, it } from 'vitest';
import { holdCouncilMeeting, reviewNames } from '../../scripts/documents';
import { typeCell } from '../../scripts/user';
import { councilOffice } from './helpers';

const REVIEW = 'Thẩm định';
const TAB = 'Đề nghị khen thưởng';

describe('r78d F3: a level moved into Giấy khen after the vote', () => {
  it('the draft Quyết định that now grants it is flagged like the Tờ trình', () => {
    const o = councilOffice();
    const signer = o.emu.spreadsheets.values('Cấu hình').findIndex((r) => r[0] === 'Người ký tờ trình') + 1;
    typeCell(o.emu, 'Cấu hình', signer, 2, 'Trần Văn Minh');
    o.decide([2, 3, 4]);
    const header = o.emu.spreadsheets.values(REVIEW)[0].map(String);
    const level = header.indexOf('Hình thức khen thưởng đề nghị') + 1;
    const moved = String(o.emu.spreadsheets.values(REVIEW)[1][header.indexOf('Tên')]);
    expect(moved).toBe('Nguyễn Văn An');
    typeCell(o.emu, REVIEW, 2, level, 'Bằng khen của Chủ tịch UBND tỉnh');
    o.rebuild();
    const reviewed = reviewNames(o.emu);
    holdCouncilMeeting(o.emu, [...reviewed.keys()], reviewed, 0);
    o.rebuild();
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });

    // The next day: back to a Giấy khen, no new vote.
    o.emu.clock.advance(86_400_000);
    typeCell(o.emu, REVIEW, 2, level, '');
    o.rebuild();
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });

    const v = o.emu.spreadsheets.values(TAB);
    const h = v.findIndex((r) => r[0] === 'STT');
    const cols = v[h].map(String);
    const rows = v.slice(h + 1).map((r) => ({ doc: String(r[cols.indexOf('Văn bản')]), status: String(r[cols.indexOf('Trạng thái')]), note: String(r[cols.indexOf('Ghi chú')]) }));
    const made = (doc: string) => rows.find((r) => r.doc === doc && r.status.startsWith('Đã tạo'))!;
    // The Tờ trình is flagged (as is the Biên bản)…
    expect(made('Tờ trình đề nghị khen thưởng (Giấy khen)').note).toContain(`hình thức khen của ${moved}`);
    // …the draft Quyết định granting him the Giấy khen on the strength of that Biên bản is not.
    const decision = made('Dự thảo Quyết định khen thưởng (Giấy khen)');
    expect(decision.note).toContain(moved);
  });
});
