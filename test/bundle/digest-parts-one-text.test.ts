// The parts of one weekly digest (more recipients than one message takes: src/core/outbox.ts) say one thing: what the
// digest said when it was composed and split, whenever each part goes — and the "changes since" mark moves only to what
// every recipient was told (review d78 F1; the case of a part refused once: test/bundle/d78-digest-part-gap.test.ts).
// - A part that waits for the quota goes the next day with the text of the first, not with the day's news; the next
//   digest tells everyone that news.
// - A part still waiting when the next weekly digest is queued is retired ("the newer one goes instead, with what this
//   one said"), and the newer digest, even when it goes a day later, tells its readers what the retired part said.
import { describe, expect, it } from 'vitest';
import { DIGEST_NOTE } from '../../src/core/messages';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, digestOffice, individualAnswers, recipientsOf, setConfigValues } from './helpers';

const addresses = (n: number) => Array.from({ length: n }, (_, i) => `hieutruong${String(i + 1).padStart(3, '0')}@so.example.edu.vn`);
const DAY = 24 * 3600_000;
const NEW = /Mới: DK-000005/;

function office(list: readonly string[]) {
  const { o } = digestOffice();
  setConfigValues(o.emu, { 'mail.digestRecipients': list.join('; ') });
  o.rebuild();
  const start = o.emu.mail.sent.length;
  const digests = (from = start) => o.emu.mail.sent.slice(from).filter((m) => m.subject.includes('Tổng hợp hằng tuần'));
  const send = () => o.bundle.call('sendWeeklyDigest', undefined, { kind: 'timeTrigger' });
  const register = () =>
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Phạm Thị Dung' } as never, { email: SCHOOLS[1].emails[0] });
  /** Whether `address` was told DK-000005 is new in a digest sent since `from`. */
  const told = (address: string, from = start) => digests(from).some((m) => recipientsOf(m).includes(address) && NEW.test(m.body));
  const rows = () => (o.emu.spreadsheets.values('Hộp thư đi') as unknown[][]).filter((r) => String(r[0]).startsWith('TH:')).map((r) => ({ key: String(r[0]), status: String(r[5]), note: String(r[9]) }));
  const kept = () => [...o.emu.properties.script.keys()].filter((k) => k.startsWith('mail.digest.text.'));
  return { o, digests, send, register, told, rows, kept };
}

describe('the parts of one digest say what it said when it was composed', () => {
  it('a part that waits for the quota goes the next day with the first part’s text; the next digest tells everyone the news', () => {
    const list = addresses(130);
    const d = office(list);
    d.send(); // the base
    d.o.emu.clock.advance(7 * DAY);
    d.o.emu.mail.options.dailyQuota = 100;
    const week = d.o.emu.mail.sent.length;
    d.send();
    expect(d.digests(week).map((m) => recipientsOf(m).length)).toEqual([50, 50]);
    expect(d.kept().length).toBeGreaterThan(0);
    // A registration arrives while the third part waits for the quota.
    d.o.emu.clock.advance(3600_000);
    d.register();
    d.o.emu.triggers.runDueTimeTriggers(d.o.emu.clock.now() + DAY + 3600_000);
    const parts = d.digests(week);
    expect(parts.map((m) => recipientsOf(m).length)).toEqual([50, 50, 30]);
    // One digest: the same subject and the same words in every part, the news of the next day in none.
    expect(new Set(parts.map((m) => m.subject)).size).toBe(1);
    expect(new Set(parts.map((m) => m.body)).size).toBe(1);
    expect(parts.some((m) => NEW.test(m.body))).toBe(false);
    // The next week's digest tells all 130 of it.
    d.o.emu.mail.options.dailyQuota = 1500;
    d.o.emu.clock.advance(7 * DAY);
    const next = d.o.emu.mail.sent.length;
    d.send();
    expect(list.every((a) => d.told(a, next))).toBe(true);
    // The text kept for the parts goes once no part of it is open (here: a digest to two, in one message).
    setConfigValues(d.o.emu, { 'mail.digestRecipients': list.slice(0, 2).join('; ') });
    d.o.emu.clock.advance(7 * DAY);
    d.send();
    expect(d.kept()).toEqual([]);
  });

  it('a part still waiting when the next digest is queued is retired, and the next digest tells its readers what it said', () => {
    const list = addresses(130);
    const d = office(list);
    d.send(); // the base
    // A registration arrives during the week (its confirmation's quota window is over by the next digest).
    d.o.emu.clock.advance(3600_000);
    d.register();
    d.o.emu.clock.advance(7 * DAY - 3600_000);
    d.o.emu.mail.options.dailyQuota = 100;
    const week = d.o.emu.mail.sent.length;
    d.send();
    // Parts 1 and 2 tell the news; part 3 waits for the quota (no run is let send it before the next week).
    expect(d.digests(week).map((m) => recipientsOf(m).length)).toEqual([50, 50]);
    expect(list.slice(0, 100).every((a) => d.told(a, week))).toBe(true);
    // The next week: the quota is nearly used up when the weekly run comes, so the new digest waits too, and part 3 of
    // the last one is retired in its favour.
    d.o.emu.clock.advance(7 * DAY);
    d.o.emu.runtime.consumeQuota('email', 80, 100, 'quota');
    const next = d.o.emu.mail.sent.length;
    d.send();
    expect(d.digests(next)).toHaveLength(0);
    const retired = d.rows().find((r) => r.key.endsWith('#3') && r.status !== 'Đã gửi');
    expect(retired?.note).toBe(DIGEST_NOTE.superseded);
    // The new digest goes when the quota comes back (two days: 100 recipients a day).
    d.o.emu.triggers.runDueTimeTriggers(d.o.emu.clock.now() + DAY + 3600_000);
    d.o.emu.triggers.runDueTimeTriggers(d.o.emu.clock.now() + 2 * DAY + 3600_000);
    expect(d.digests(next).map((m) => recipientsOf(m).length)).toEqual([50, 50, 30]);
    // The readers of the retired part are told the news by it; nobody was left out.
    expect(list.slice(100).every((a) => d.told(a, next))).toBe(true);
    expect(list.every((a) => d.told(a))).toBe(true);
  });
});
