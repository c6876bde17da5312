// Review r78p F1 (the platform's limits as a season reaches them): MailApp takes at most 50 recipients a message
// (facts file, "Limits and quotas": "e-mail | 50 recipients a message"). "Người nhận thư tổng hợp" in "Cấu hình" is a
// free list: a Sở that sends its weekly digest to the council and the principals of its schools lists 60 addresses.
// The tool puts all of them on one message: MailApp refuses it, the outbox row says the tool will send it again by
// itself and the office need not ("cơ quan không cần tự gửi thư này"), and every retry fails the same way: nobody
// gets the digest, week after week.
import { expect, it } from 'vitest';
import { digestOffice, recipientsOf, setConfigValues } from './helpers';

const RECIPIENTS = Array.from({ length: 60 }, (_, i) => `hieutruong${String(i + 1).padStart(2, '0')}@so.example.edu.vn`);

it('a weekly digest to 60 recipients reaches every one of them (MailApp takes at most 50 a message)', () => {
  const { o } = digestOffice();
  setConfigValues(o.emu, { 'mail.digestRecipients': RECIPIENTS.join('; ') });
  o.rebuild();
  const before = o.emu.mail.sent.length;
  o.bundle.call('sendWeeklyDigest', undefined, { kind: 'timeTrigger' });
  // What the tool schedules for itself that day (waiting mail, retries) runs too.
  o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 6 * 3600_000);
  const digests = o.emu.mail.sent.slice(before).filter((m) => m.subject.includes('Tổng hợp hằng tuần'));
  const reached = new Set(digests.flatMap((m) => recipientsOf(m)));
  const missing = RECIPIENTS.filter((a) => !reached.has(a));
  const outboxRow = o.emu.spreadsheets
    .values('Hộp thư đi')
    .map((r) => r.map(String))
    .find((r) => r[1] === 'Thư tổng hợp hằng tuần');
  expect({ missing: missing.length, outbox: outboxRow?.slice(5, 6).concat(outboxRow.slice(-1)) }).toEqual({ missing: 0, outbox: [expect.not.stringMatching(/Lỗi/), expect.not.stringMatching(/Lỗi/)] });
});
