// A weekly digest to more recipients than MailApp takes in one message (50: facts file, "Limits and quotas") goes in
// parts of at most 50, each a row of "Hộp thư đi" sent once (src/core/outbox.ts splitEntry, src/gas/outbox.ts sendDue):
// a part that fails is tried again alone, a run stopped as it sends leaves the other parts to go, and a small account's
// daily quota sends what fits and the rest when the quota comes back — every address reached, none twice (review r78p
// F1).
import { describe, expect, it } from 'vitest';
import { OUTBOX_NOTE } from '../../src/core/messages';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, collectiveAnswers, digestOffice, officeAfterSetup, recipientsOf, setConfigValues } from './helpers';

const addresses = (n: number) => Array.from({ length: n }, (_, i) => `hieutruong${String(i + 1).padStart(3, '0')}@so.example.edu.vn`);
const DAY = 24 * 3600_000;

function digestTo(list: readonly string[]) {
  const { o } = digestOffice();
  setConfigValues(o.emu, { 'mail.digestRecipients': list.join('; ') });
  o.rebuild();
  const before = o.emu.mail.sent.length;
  const digests = () => o.emu.mail.sent.slice(before).filter((m) => m.subject.includes('Tổng hợp hằng tuần'));
  /** How many digests each address of `list` received. */
  const received = () => {
    const count = new Map(list.map((a) => [a, 0]));
    for (const m of digests()) for (const a of recipientsOf(m)) if (count.has(a)) count.set(a, count.get(a)! + 1);
    return list.map((a) => count.get(a)!);
  };
  const rows = () =>
    (o.emu.spreadsheets.values('Hộp thư đi') as unknown[][])
      .filter((r) => String(r[0]).startsWith('TH:'))
      .map((r) => ({ key: String(r[0]), to: String(r[3]).split(',').length, status: String(r[5]), attempts: r[8], note: String(r[9]) }));
  const send = () => o.bundle.call('sendWeeklyDigest', undefined, { kind: 'timeTrigger' });
  return { o, digests, received, rows, send };
}

describe('a weekly digest to more than 50 recipients', () => {
  it('goes in messages of at most 50, one row each, every address once', () => {
    const d = digestTo(addresses(120));
    d.send();
    expect(d.received().every((n) => n === 1)).toBe(true);
    expect(d.digests().map((m) => recipientsOf(m).length)).toEqual([50, 50, 20]);
    const rows = d.rows();
    expect(rows.map((r) => [r.key.replace(/^TH:[\d-]+/, ''), r.to, r.status])).toEqual([
      ['', 50, 'Đã gửi'],
      ['#2', 50, 'Đã gửi'],
      ['#3', 20, 'Đã gửi'],
    ]);
    expect(rows.map((r) => r.note)).toEqual([1, 2, 3].map((n) => OUTBOX_NOTE.part(n, 3, 50)));
    // The next weekly digest goes in parts again, the earlier one closed as it was (nothing sent twice).
    d.o.emu.clock.advance(7 * DAY);
    d.send();
    expect(d.received().every((n) => n === 2)).toBe(true);
  });

  it('a part refused once is tried again alone: no address gets it twice', () => {
    const d = digestTo(addresses(60));
    d.o.emu.runtime.failOn('MailApp.sendEmail', 2, 'Service error (injected)');
    d.send();
    expect(d.rows().map((r) => [r.status, r.attempts])).toEqual([
      ['Đã gửi', 1],
      ['Lỗi', 1],
    ]);
    d.o.emu.triggers.runDueTimeTriggers(d.o.emu.clock.now() + 6 * 3600_000);
    expect(d.rows().map((r) => [r.status, r.attempts])).toEqual([
      ['Đã gửi', 1],
      ['Đã gửi', 2],
    ]);
    expect(d.received().every((n) => n === 1)).toBe(true);
  });

  it('a run stopped as it sends the first part leaves the second to go (recorded before the first went)', () => {
    const d = digestTo(addresses(60));
    const rt = d.o.emu.runtime;
    rt.trace = [];
    let armed = true;
    const stop = rt.onCall(() => {
      if (armed && rt.trace!.includes('MailApp.sendEmail')) {
        armed = false;
        rt.killAtCall(1);
      }
    });
    try {
      d.send();
    } catch {
      // the stop
    }
    stop();
    rt.trace = null;
    expect(armed).toBe(false);
    expect(d.digests()).toHaveLength(1);
    d.o.rebuild();
    d.o.emu.triggers.runDueTimeTriggers(d.o.emu.clock.now() + 6 * 3600_000);
    const got = d.received();
    // The first part, cut off in the ambiguous window, goes once more (said so); the second goes once.
    expect(got.slice(0, 50).every((n) => n === 2)).toBe(true);
    expect(got.slice(50).every((n) => n === 1)).toBe(true);
    expect(d.rows().map((r) => [r.status, r.note])).toEqual([
      ['Đã gửi', OUTBOX_NOTE.maybeTwice],
      ['Đã gửi', OUTBOX_NOTE.part(2, 2, 50)],
    ]);
  });

  it('on a consumer account (100 recipients a day) what fits goes, the rest when the quota comes back', () => {
    const d = digestTo(addresses(130));
    const mail = d.o.emu.mail;
    // A fresh window of 100 recipients.
    d.o.emu.clock.advance(DAY + 60_000);
    mail.options.dailyQuota = 100;
    expect(mail.remaining()).toBe(100);
    d.send();
    expect(d.digests().map((m) => recipientsOf(m).length)).toEqual([50, 50]);
    const waiting = d.rows()[2];
    expect(waiting.status).toBe('Chờ gửi');
    expect(waiting.note.startsWith(OUTBOX_NOTE.quotaStart)).toBe(true);
    d.o.emu.triggers.runDueTimeTriggers(d.o.emu.clock.now() + DAY + 3600_000);
    expect(d.received().every((n) => n === 1)).toBe(true);
    expect(d.rows().map((r) => r.status)).toEqual(['Đã gửi', 'Đã gửi', 'Đã gửi']);
  });
});

describe('any other e-mail composed for more than 50 recipients', () => {
  it('a school listing 55 addresses in "Đơn vị" gets the copy of a confirmation in two messages, each address once', () => {
    const many = Array.from({ length: 55 }, (_, i) => `gv${String(i + 1).padStart(2, '0')}@mnhoasen.example.edu.vn`);
    const schools = [{ ...SCHOOLS[0], emails: many }, ...SCHOOLS.slice(1)];
    const { emu, formId } = officeAfterSetup(schools);
    const before = emu.mail.sent.length;
    // Sent from a teacher's own address: the confirmation goes to it and to every address of the school (emails.ts schoolCopies).
    const teacher = 'giaovien.canhan@gmail.example';
    emu.forms.submitAsUser(formId, { ...collectiveAnswers(), [Q.school]: schools[0].name }, { email: teacher });
    emu.triggers.runDueTimeTriggers(emu.clock.now() + 6 * 3600_000);
    const sent = emu.mail.sent.slice(before);
    expect(sent.every((m) => recipientsOf(m).length <= 50)).toBe(true);
    const count = new Map<string, number>();
    for (const m of sent) for (const a of recipientsOf(m)) count.set(a, (count.get(a) ?? 0) + 1);
    expect([teacher, ...many].map((a) => count.get(a) ?? 0)).toEqual([teacher, ...many].map(() => 1));
    const rows = (emu.spreadsheets.values('Hộp thư đi') as unknown[][]).filter((r) => String(r[0]).startsWith('XN:'));
    expect(rows.map((r) => String(r[5]))).toEqual(['Đã gửi', 'Đã gửi']);
  });
});
