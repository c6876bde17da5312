// Review r81x F2: the weekly digest refused by the mail service ("Service unavailable"): its line in "Tình trạng" reads
// «Gửi thư tổng hợp hằng tuần | Thành công | Đã gửi 0 thư.», the same words as a week when nothing was due. The
// leader did not get the digest; only a row of "Hộp thư đi" says «Lỗi». Whoever checks "Tình trạng" (what the guide
// tells the office to read) is told the job went well.
import { describe, expect, it } from 'vitest';
import { digestOffice } from './helpers';

const HEALTH = 'Tình trạng';
const DIGEST_JOB = 'Gửi thư tổng hợp hằng tuần';

describe('r81x F2: the weekly digest refused by the mail service', () => {
  it('its line in Tình trạng does not read "Thành công · Đã gửi 0 thư." as if nothing had gone wrong; it says the digest is not sent yet', () => {
    const { o } = digestOffice();
    o.emu.runtime.failOn('MailApp.sendEmail', 1, 'Service unavailable: Mail');
    o.bundle.call('sendWeeklyDigest', undefined, { kind: 'timeTrigger' });
    o.emu.runtime.clearFaults();
    const [head, ...outbox] = o.emu.spreadsheets.values('Hộp thư đi').map((r) => r.map(String));
    const digestRow = outbox.find((r) => r[head.indexOf('Mã thư')].startsWith('TH:'))!;
    expect(digestRow[head.indexOf('Trạng thái')]).toBe('Lỗi');
    const line = o.emu.spreadsheets.values(HEALTH).find((r) => r[0] === DIGEST_JOB)!.map(String);
    // Today: ['Thành công', 'Đã gửi 0 thư.'].
    expect(line.slice(2, 4)).not.toEqual(['Thành công', 'Đã gửi 0 thư.']);
    expect(line[3]).toMatch(/chưa gửi được|lỗi/i);
  });
});
