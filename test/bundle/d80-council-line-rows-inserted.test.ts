// Review d80 F4 (adversarial reading of c0d2aa25, review r80n F2). Who is hurt: the office on the day of the Tờ trình.
// Steps: after the council's meeting the clerk runs "Cập nhật tổng hợp", then — to print "Tổng hợp" for the leader's
// file, as offices do — inserts six rows at its top for the agency heading ("UBND TỈNH …", "SỞ GIÁO DỤC VÀ ĐÀO
// TẠO", the number, a blank line, "BÁO CÁO" and its subtitle), then clicks "Tạo văn bản đề nghị khen thưởng".
// Now: refreshCouncilLine looks for the council line in rows 1–10 only (COUNCIL_LINE_MAX_ROW); pushed to row 11 or
// below it is not found and nothing is said: "Tổng hợp" keeps «3 phiếu “Đề nghị khen”» beside a Tờ trình of «Tổng số:
// 2 cá nhân», with no «không đưa vào tờ trình» note, until the next rebuild — the r80n F2 case again, on the sheet
// the office prints.
// Should: the line is found wherever the tab's head put it (the rows the tab holds above its table), or the documents'
// alert / "Đề nghị khen thưởng" says that "Tổng hợp" was not brought up to date.
import { expect, it } from 'vitest';
import { insertTabRows, typeCell } from '../../scripts/user';
import { votedDownOffice } from './r80n-lib';

it('the council line of "Tổng hợp" is written again after the documents even with heading rows inserted above it', () => {
  // The council has met (the last of three voted down) and the summaries were brought up to date.
  const o = votedDownOffice();
  const before = o.emu.spreadsheets.values('Tổng hợp').map((r) => String(r[0]));
  const at = before.findIndex((l) => l.startsWith('Thẩm định của Hội đồng')) + 1;
  // The agency heading and the report's own title typed above the tab's title, for printing (the council line, at row
  // 5, is then at row 11).
  insertTabRows(o.emu, 'Tổng hợp', 0, 6);
  typeCell(o.emu, 'Tổng hợp', 1, 1, 'UBND TỈNH HÀ SƠN');
  typeCell(o.emu, 'Tổng hợp', 2, 1, 'SỞ GIÁO DỤC VÀ ĐÀO TẠO');
  typeCell(o.emu, 'Tổng hợp', 3, 1, 'Số: 15/BC-SGDĐT');
  typeCell(o.emu, 'Tổng hợp', 5, 1, 'BÁO CÁO');
  typeCell(o.emu, 'Tổng hợp', 6, 1, 'Kết quả đăng ký và thẩm định (kèm theo Tờ trình)');
  o.emu.clock.advance(600_000);
  o.generate();
  expect(o.docs().find((d) => d.name.startsWith('Tờ trình'))!.text).toContain('(Tổng số: 2 cá nhân;');
  const lines = o.emu.spreadsheets.values('Tổng hợp').map((r) => String(r[0]));
  const council = lines.find((l) => l.startsWith('Thẩm định của Hội đồng'))!;
  expect(council, `the council line was at row ${at}, now ${lines.indexOf(council) + 1}`).toContain('trong đó 1 phiếu không đưa vào tờ trình');
});
