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
import { holdCouncilMeeting, reviewNames } from '../../scripts/documents';
import { insertTabRows, typeCell } from '../../scripts/user';
import { proposalOffice, so } from './r68d-lib';

it('the council line of "Tổng hợp" is written again after the documents even with heading rows inserted above it', () => {
  const now = new Date(2027, 11, 20, 8);
  const cfg = so(now);
  const o = proposalOffice(cfg, now, [
    { teacher: 'Nguyễn Thị Hằng', school: 1, level: 'giayKhen' },
    { teacher: 'Đặng Văn Long', school: 2, level: 'giayKhen' },
    { teacher: 'Phạm Minh Khoa', school: 2, level: 'giayKhen' },
  ]);
  const reviewed = reviewNames(o.emu);
  holdCouncilMeeting(o.emu, [...reviewed.keys()], reviewed, 1, cfg.organisation.signer.name, 'so');
  o.emu.clock.advance(600_000);
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
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
