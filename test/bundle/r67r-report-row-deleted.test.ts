// Review r67r F8: the clerk deletes a row of "Phiếu báo cáo" (tidying what looked like a duplicate, or the wrong row of
// two) after the school was told "Đã nhận báo cáo “6 tháng đầu năm 2027”". Nothing is said to the office — no line in
// "Nhật ký lỗi", "Tình trạng" reads "Thành công" — and the school's 3-day reminder asks it to send the report it was told
// was received. README (Phiếu đăng ký, Phiếu báo cáo): "Một dòng bị xóa được báo ở trang Thẩm định và Tình trạng";
// rule: no data is ever lost (the report is still in the form's responses, which the tool does not read).
import { describe, expect, it } from 'vitest';
import { deleteTabRow } from '../../scripts/user';
import { HOA_SEN, reportOffice } from './r67r-lib';

const PERIOD = '6 tháng đầu năm 2027';

describe('review r67r F8: a report row deleted from "Phiếu báo cáo" after its receipt went', () => {
  const w = reportOffice();
  const before = w.emu.mail.sent.length;
  w.report(HOA_SEN, new Date(2027, 5, 8, 10), PERIOD, 'Số 12/BC-MNHS ngày 8/6/2027');
  w.morning(new Date(2027, 5, 9));
  w.emu.clock.set(new Date(2027, 5, 10, 9));
  const rows = w.emu.spreadsheets.values('Phiếu báo cáo');
  const at = rows.findIndex((r) => r[2] === HOA_SEN.name);
  deleteTabRow(w.emu, 'Phiếu báo cáo', at + 1);
  w.morning(new Date(2027, 5, 12));
  const mails = w.mailsTo(HOA_SEN, before);

  it('the school was told on 08/06 that its report was received (holds today)', () => {
    expect(w.failures()).toEqual([]);
    expect(mails[0].subject).toBe(`[Điển hình tiên tiến] Đã nhận báo cáo “${PERIOD}” — ${HOA_SEN.name}`);
  });

  it('the office is told that the report row of the school and period is gone ("Nhật ký lỗi" or "Tình trạng")', () => {
    const tab = (name: string) => (w.emu.spreadsheets.sheetNames().includes(name) ? w.emu.spreadsheets.values(name).map((r) => r.join(' ')) : []);
    const lines = [...tab('Nhật ký lỗi'), ...tab('Tình trạng')].filter((l) => l.includes(HOA_SEN.name) && l.includes(PERIOD));
    expect(lines).not.toEqual([]);
  });

  it('told once while the row stays gone, with what to do; a later morning says nothing more', () => {
    const log = () => (w.emu.spreadsheets.sheetNames().includes('Nhật ký lỗi') ? w.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])) : []);
    const said = log().filter((l) => l.includes(HOA_SEN.name) && l.includes(PERIOD));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('báo cáo vẫn còn trong câu trả lời của biểu mẫu');
    expect(said[0]).toContain(`${HOA_SEN.name} — “${PERIOD}” (gửi lúc 10:00:00 ngày 08/06/2027)`);
    w.morning(new Date(2027, 5, 13));
    expect(log().filter((l) => l.includes(HOA_SEN.name) && l.includes(PERIOD))).toHaveLength(1);
    expect(w.failures()).toEqual([]);
  });
});
