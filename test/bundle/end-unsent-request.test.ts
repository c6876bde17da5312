// Beside review r68v's test: the council's "Yêu cầu bổ sung" typed after the last rebuild, then "Kết thúc giai đoạn…".
// The question names the request whose letter has not gone and how to send it first; answered "Không", nothing ends;
// after "Cập nhật tổng hợp" sends it, the question no longer names it; ended with it unsent, "Nhật ký lỗi" says so.
import { describe, expect, it } from 'vitest';
import { SCHOOLS, alertsShown, decide } from './helpers';
import { endPeriod, lateOffice, rebuild } from './period-end-lib';

const HOA_BINH = SCHOOLS[1];

function office() {
  const o = lateOffice();
  const review = o.emu.spreadsheets.values('Thẩm định');
  const id = String(review.find((r) => String(r[1]) === HOA_BINH.name)![0]);
  decide(o, id, 'Yêu cầu bổ sung', 'Bổ sung minh chứng.');
  const question = () => alertsShown(o.emu).filter((a) => a.startsWith('Kết thúc giai đoạn')).at(-1) ?? '';
  const log = () => (o.emu.spreadsheets.sheetNames().includes('Nhật ký lỗi') ? o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])) : []);
  return { o, id, question, log };
}

describe('a council request not sent yet when the period is ended', () => {
  it('the question names it and says how to send it first; "Không" ends nothing', () => {
    const { o, id, question } = office();
    endPeriod(o, 'NO');
    expect(question()).toContain(`Hội đồng đã ghi “Yêu cầu bổ sung” cho 1 phiếu (${id})`);
    expect(question()).toContain('Cập nhật tổng hợp');
    expect(o.emu.properties.script.get('period.ended')).toBeUndefined();
    endPeriod(o, 'YES');
    expect(o.emu.properties.script.get('period.ended')).toBeDefined();
  });

  it('once a rebuild has sent its letter, the question no longer names it, and nothing is logged', () => {
    const { o, id, question, log } = office();
    rebuild(o);
    expect(o.emu.mail.sent.some((m) => m.to.includes(HOA_BINH.emails[0]) && m.subject.includes(id))).toBe(true);
    endPeriod(o, 'YES');
    expect(question()).not.toContain('Yêu cầu bổ sung');
    expect(log().filter((l) => l.includes(id))).toEqual([]);
  });

  it('ended all the same: "Nhật ký lỗi" names it, that the school was not told, and how to reopen', () => {
    const { o, id, log } = office();
    endPeriod(o, 'YES');
    const said = log().filter((l) => l.includes(id));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('chưa được gửi');
    expect(said[0]).toContain('Thiết lập');
  });
});
