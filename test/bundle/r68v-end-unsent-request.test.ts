// Review r68v: the council's "Yêu cầu bổ sung" typed on the last day, then "Kết thúc giai đoạn…". The request's e-mail is
// composed by the next rebuild (the morning's, or "Cập nhật tổng hợp"); the end's check of work still pending looks at
// "Hộp thư đi" and the queue, not at a council request no rebuild has queued yet, so it ends. After the end a rebuild sends
// no request (README: "không gửi thư đề nghị bổ sung … vì biểu mẫu đã đóng"). Nothing then tells anyone: the school
// never hears the council asked (its registration is not supplemented, so not awarded); the row in "Thẩm định" keeps
// "Yêu cầu bổ sung" and its comment with an empty "Ghi chú", as for a request that went; "Nhật ký lỗi" says nothing.
import { describe, expect, it } from 'vitest';
import { SCHOOLS, decide } from './helpers';
import { endPeriod, lateOffice, rebuild } from './period-end-lib';

const HOA_BINH = SCHOOLS[1];
const COMMENT = 'Bổ sung minh chứng sáng kiến trước ngày 15/12/2026.';

describe('r68v: a council request typed just before the end of the period', () => {
  it('is neither sent, nor refused by the end, nor said unsent anywhere the clerk or the council reads', () => {
    const o = lateOffice();
    const review = o.emu.spreadsheets.values('Thẩm định');
    const id = String(review.find((r) => String(r[1]) === HOA_BINH.name)![0]);
    decide(o, id, 'Yêu cầu bổ sung', COMMENT);
    const before = o.emu.mail.sent.length;
    endPeriod(o);
    const ended = o.emu.properties.script.get('period.ended') !== undefined;
    rebuild(o);
    o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 3600_000);
    const mailed = o.emu.mail.sent.slice(before).some((m) => String(m.to).includes(HOA_BINH.emails[0]) && String(m.body).includes(COMMENT));
    const values = o.emu.spreadsheets.values('Thẩm định');
    const note = String(values.find((r) => r[0] === id)![values[0].indexOf('Ghi chú')]);
    const logged = o.emu.spreadsheets.values('Nhật ký lỗi').some((r) => String(r[2]).includes(id));
    // (The end went through.)
    expect(ended).toBe(true);
    // Sent, or the clerk or the council told it was not.
    expect({ mailed, toldInRow: note !== '', logged }).not.toEqual({ mailed: false, toldInRow: false, logged: false });
  });
});
