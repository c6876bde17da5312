// Review r77c F3: at the meeting the secretary types a person straight into "Thẩm định" (a dossier handed in on paper,
// or a row pasted from the council's own Excel list) — school, "Cá nhân", name, "Đề nghị khen", a comment — on a row
// with no "Mã phiếu". The tool keeps the row as "the office's own row" and reads nothing of it: no note on the row, and
// "Tạo văn bản đề nghị khen thưởng" reports "Danh sách đề nghị: 3 cá nhân" without a word about her. The council
// believes she is proposed; the Tờ trình leaves her out.
// What should happen: a row holding a council decision but no code is told — on the row ("Ghi chú") or in the report of
// the documents — that it is not read (no registration: the person registers through the form, or the code is typed).
import { describe, expect, it } from 'vitest';
import { holdCouncilMeeting, reviewNames } from '../../scripts/documents';
import { typeCell } from '../../scripts/user';
import { councilOffice } from './helpers';

const REVIEW = 'Thẩm định';

describe('a decision typed on a row without a code', () => {
  it('is told, not silently left out of the Tờ trình', () => {
    const o = councilOffice();
    const signer = o.emu.spreadsheets.values('Cấu hình').findIndex((r) => r[0] === 'Người ký tờ trình') + 1;
    typeCell(o.emu, 'Cấu hình', signer, 2, 'Trần Văn Minh');
    o.decide([2, 3, 4]);
    const header = o.emu.spreadsheets.values(REVIEW)[0].map(String);
    const col = (h: string) => header.indexOf(h) + 1;
    // Row 5, just under the three registrations: typed by hand, no code.
    typeCell(o.emu, REVIEW, 5, col('Đơn vị'), 'Trường Mầm non Hoa Sen');
    typeCell(o.emu, REVIEW, 5, col('Đối tượng'), 'Cá nhân');
    typeCell(o.emu, REVIEW, 5, col('Tên'), 'Phạm Thị Dung');
    typeCell(o.emu, REVIEW, 5, col('Quyết định của Hội đồng'), 'Đề nghị khen');
    typeCell(o.emu, REVIEW, 5, col('Nhận xét'), 'Hồ sơ nộp bản giấy, đủ tiêu chuẩn');
    o.rebuild();
    const reviewed = reviewNames(o.emu);
    const coded = [...reviewed.keys()].filter((k) => k.startsWith('DK-'));
    holdCouncilMeeting(o.emu, coded, reviewed, 0);
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const row = o.emu.spreadsheets.values(REVIEW).find((r) => r[col('Tên') - 1] === 'Phạm Thị Dung')!;
    expect(row[col('Quyết định của Hội đồng') - 1]).toBe('Đề nghị khen');
    const rowNote = String(row[col('Ghi chú') - 1]);
    const report = o.emu.spreadsheets.values('Đề nghị khen thưởng').map((r) => r.join(' ')).join('\n');
    // Today: the row's "Ghi chú" is "" and the report never names her.
    expect(rowNote !== '' || report.includes('Phạm Thị Dung')).toBe(true);
  });
});
