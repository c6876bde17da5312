// Review d81c F3: the weekly digest refused at each of its tries (the mail service down for two days) is given up by
// the Wednesday rebuild — «Đã thử 5 lần trong khoảng một ngày mà chưa gửi được; … Công cụ không tự gửi lại nữa: hãy xem
// lại địa chỉ người nhận và liên hệ trực tiếp …» in "Hộp thư đi" — but "Tình trạng" never says so: every line reads
// «Thành công», the rebuild's line says nothing of the e-mail it gave up, and the digest's own line still reads «Đã gửi 0
// thư. 1 thư chưa gửi được vì Google báo lỗi khi gửi; công cụ tự gửi lại ở lần chạy tự động đầu tiên từ 08:03 ngày
// 01/07, cơ quan không cần làm gì (xem trang “Hộp thư đi”).» The leader has no digest this week and the office, told it
// need do nothing, does nothing.
import { describe, expect, it } from 'vitest';
import { digestOffice } from './helpers';

type Office = ReturnType<typeof digestOffice>['o'];
const MINUTE = 60_000;
const DIGEST_JOB = 'Gửi thư tổng hợp hằng tuần';

/** The mail service answers "Service unavailable" to every send until `until` (epoch ms). */
function mailOutage(o: Office, until: number): void {
  const faults = (o.emu.runtime as unknown as { _faults: Map<string, { countdown: number; message: string }> })._faults;
  const get = faults.get.bind(faults);
  faults.get = ((name: string) =>
    name === 'MailApp.sendEmail' && o.emu.clock.now() < until ? { countdown: 1, message: 'Service unavailable: Mail' } : get(name)) as typeof faults.get;
}

describe('d81c F3: the weekly digest given up after its last try', () => {
  it('Tình trạng says the digest was not sent and will not be retried, and no longer tells the office it need do nothing', () => {
    const { o } = digestOffice();
    const t0 = o.emu.clock.now();
    mailOutage(o, t0 + 4 * 24 * 60 * MINUTE);
    o.bundle.call('sendWeeklyDigest', undefined, { kind: 'timeTrigger' });
    // The office's own runs for three days (the reminders each morning, the nightly rebuilds).
    for (let m = 1; m <= 3 * 24 * 60; m++) o.emu.triggers.runDueTimeTriggers(t0 + m * MINUTE);
    const [head, ...outbox] = o.emu.spreadsheets.values('Hộp thư đi').map((r) => r.map(String));
    const digest = outbox.find((r) => r[head.indexOf('Mã thư')].startsWith('TH:'))!;
    expect(digest[head.indexOf('Trạng thái')]).toBe('Lỗi');
    expect(digest[head.indexOf('Ghi chú')]).toContain('Công cụ không tự gửi lại nữa');
    const health = o.emu.spreadsheets.values('Tình trạng').slice(1).map((r) => r.map(String));
    const line = health.find((r) => r[0] === DIGEST_JOB)!;
    // Today: «Thành công | Đã gửi 0 thư. 1 thư chưa gửi được …; công cụ tự gửi lại …, cơ quan không cần làm gì (…)».
    expect(line[3], 'the digest’s line still promises a resend').not.toContain('cơ quan không cần làm gì');
    // Some line says an e-mail was given up (as the reminders’ line would: MAIL_DETAIL.refused's gaveUp).
    expect(health.map((r) => r[3]).join('\n'), 'no line of Tình trạng says the digest was given up').toMatch(/không gửi được sau \d+ lần thử/);
  });
});
