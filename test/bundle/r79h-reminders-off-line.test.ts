// Handover mid-season (review r79h F3): the former clerk wrote "Không" in "Nhắc hạn trước (số ngày)" (reminders off —
// say while schools complained of too many e-mails). The colleague who takes over two weeks before a deadline looks at
// "Tình trạng", as the guide tells her: the reminders' line reads «Thành công · Lập 0 thư nhắc mới; đã gửi 0 thư.»
// every morning, beside «chỉ gửi thư nhắc vào những ngày trước mỗi hạn nộp (số ngày ghi ở trang “Cấu hình”)». Nothing
// says that reminders are off; the schools that have not reported are never reminded, and she believes the tool
// reminds them. The digest's line does say why it sends nothing («Chưa có e-mail nhận thư tổng hợp (mục …)»).
import { describe, expect, it } from 'vitest';
import { configLabel } from '../../src/core/messages';
import { councilOffice, forkOffice, setConfigValues } from './helpers';

/** 01/12/2024 08:30: 14 days before the annual report's deadline (15/12) of the 2021–2025 office. */
const FOURTEEN_DAYS_BEFORE = new Date(2024, 11, 1, 8, 30, 0).getTime();

const reminderLine = (o: ReturnType<typeof councilOffice>) =>
  o.emu.spreadsheets
    .values('Tình trạng')
    .find((r) => String(r[0]).startsWith('Gửi thư nhắc hạn'))!
    .map(String)
    .join(' | ');

describe('"Tình trạng" while reminders are turned off in "Cấu hình"', () => {
  it('the reminders\' line says they are off and where, not just «Lập 0 thư nhắc mới»', () => {
    const o = councilOffice();
    const on = forkOffice(o);
    setConfigValues(o.emu, { 'mail.reminderDaysBefore': 'Không' });
    for (const x of [o, on]) {
      x.emu.clock.set(FOURTEEN_DAYS_BEFORE);
      x.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    }
    // The control: with reminders on, the schools without their report are reminded that morning.
    expect(on.emu.mail.sent.filter((m) => /nhắc/i.test(m.subject)).length).toBeGreaterThan(0);
    const line = reminderLine(o);
    expect(line).toMatch(/tắt|không gửi thư nhắc|Không nhắc/i);
    expect(line).toContain(configLabel('mail.reminderDaysBefore'));
  });
});
