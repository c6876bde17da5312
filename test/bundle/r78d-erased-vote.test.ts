// Review r78d F2 — Medium. Who is hurt: the council's secretary and the văn thư who check the documents after a
// nominee withdrew and asked for his data to be deleted (the guide's way: "Không đề nghị", the request recorded in
// "Nhận xét", his response row deleted; the next run erases his data and says so on his row of "Thẩm định").
// Steps: the council meets (three teachers voted through); "Tạo văn bản đề nghị khen thưởng". The next day one teacher
// withdraws and asks for erasure; the office does as the guide says, the nightly run erases his data, and the office
// makes the documents again.
// What happens now: "Đề nghị khen thưởng" says of the meeting’s vote for him «Có kết quả biểu quyết cho DK-000002 nhưng
// không có phiếu đăng ký nào mang mã này: không đưa vào tờ trình, không ghi vào Biên bản.» — the wording for a code
// the secretary mistyped. The registration did exist (its row of "Thẩm định" is still there: "Không đề nghị", "cơ quan
// đã xóa dữ liệu cá nhân…"); the secretary, told the code matches nothing, looks for a typing error in the vote table
// and may "correct" the code onto another registration. And the Biên bản made again silently loses a vote the meeting
// took (the one made the day before, listed "Đã thay thế", had it).
// What should happen: the message says what happened — the registration was withdrawn (decided "Không đề nghị") and
// its data erased — not that no registration bears the code.
import { describe, expect, it } from 'vitest';
import { deleteTabRow, typeCell } from '../../scripts/user';
import { meetingOffice } from './r66b-lib';

const REVIEW = 'Thẩm định';
const DAY = 86_400_000;

describe('r78d F2: a nominee withdrawn after the meeting and his data erased, the documents made again', () => {
  it('the office is not told that no registration bears his code', () => {
    const o = meetingOffice(0);
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const header = o.emu.spreadsheets.values(REVIEW)[0].map(String);
    const col = (h: string) => header.indexOf(h) + 1;
    const code = String(o.emu.spreadsheets.values(REVIEW)[1][0]);
    const name = o.reviewed.get(code)!;

    o.emu.clock.advance(DAY);
    const row = o.emu.spreadsheets.values(REVIEW).findIndex((r) => r[0] === code) + 1;
    typeCell(o.emu, REVIEW, row, col('Quyết định của Hội đồng'), 'Không đề nghị');
    typeCell(o.emu, REVIEW, row, col('Nhận xét'), 'Cá nhân xin rút. Xóa dữ liệu cá nhân theo yêu cầu (đơn ngày 02/7/2024).');
    o.rebuild();
    deleteTabRow(o.emu, 'Phiếu đăng ký', o.emu.spreadsheets.values('Phiếu đăng ký').findIndex((r) => r.includes(name)) + 1);
    o.emu.clock.advance(3_600_000);
    o.rebuild();
    o.emu.clock.advance(3_600_000);
    o.rebuild();
    // The erasure was done, and "Thẩm định" still holds his registration's row and says so.
    const note = String(o.emu.spreadsheets.values(REVIEW).find((r) => r[0] === code)![col('Ghi chú') - 1]);
    expect(note).toContain('cơ quan đã xóa dữ liệu cá nhân');

    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const tab = o.emu.spreadsheets.values('Đề nghị khen thưởng').map((r) => r.map(String).join(' | '));
    const about = tab.filter((l) => l.includes(code) && l.includes('biểu quyết'));
    // Today: «Có kết quả biểu quyết cho DK-000002 nhưng không có phiếu đăng ký nào mang mã này: …».
    expect(about.join('\n')).not.toContain('không có phiếu đăng ký nào mang mã này');
  });
});
