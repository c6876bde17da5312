// Review d69 of w69h's fix 1b: the office's log line naming the schools told that a deadline moved to a day already
// past is now written by the plan's `committed` step, after deliver's last commit of the outbox. But the sending
// commits the outbox every 20 e-mails (src/gas/outbox.ts COMMIT_EVERY): a rebuild telling more schools than that, which
// dies after such a commit and before its end, has recorded the notices (the next rebuild finds them in the outbox and
// logs nothing) and never wrote the line — the office is never told which schools were told. The version before wrote it
// at planning, so it was never lost (w69h judged the remaining window "a run dying between the commit and the one
// appendRow"; it is the whole sending after its first 20 e-mails).
import { describe, expect, it } from 'vitest';
import { defaultConfig, periodConfig } from '../../src/core/config';
import { numberedSchools, officeAfterSetup, setConfigValues } from './helpers';

const DAY = 86_400_000;
const SCHOOLS = numberedSchools(30);

function office() {
  const start = new Date(2027, 4, 20, 9);
  const cfg = defaultConfig(start, periodConfig(2026, 2030));
  cfg.mail.reminderDaysBefore = [14, 3];
  const { emu, bundle } = officeAfterSetup(SCHOOLS, { now: start }, cfg);
  const rebuild = (at: Date) => {
    emu.clock.set(at);
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  };
  const morning = (d: Date) => {
    rebuild(new Date(d.getFullYear(), d.getMonth(), d.getDate(), 7, 0));
    emu.clock.set(new Date(d.getFullYear(), d.getMonth(), d.getDate(), 8, 40));
    bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
  };
  return { emu, rebuild, morning };
}

/** Mornings to 07/06/2027; on 08/06 the six-month deadline moved to 05/06, then that morning's rebuild (killed at `kill`). */
function toEighth(kill?: number) {
  const w = office();
  for (let t = new Date(2027, 4, 28).getTime(); t <= new Date(2027, 5, 7).getTime(); t += DAY) w.morning(new Date(t));
  w.emu.clock.set(new Date(2027, 5, 8, 6, 30));
  setConfigValues(w.emu, { 'reports.halfYearDeadline': '05/06' });
  const runtime = w.emu.runtime;
  runtime.trace = [];
  const before = w.emu.mail.sent.length;
  if (kill !== undefined) {
    runtime.killAtCall(kill);
    expect(() => w.rebuild(new Date(2027, 5, 8, 7))).toThrow();
    runtime.clearFaults();
  } else w.rebuild(new Date(2027, 5, 8, 7));
  const trace = runtime.trace;
  runtime.trace = null;
  return { w, trace, sentThen: w.emu.mail.sent.slice(before) };
}
const logLines = (w: ReturnType<typeof office>) =>
  (w.emu.spreadsheets.sheetNames().includes('Nhật ký lỗi') ? w.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])) : []).filter((l) => l.includes('05/06/2027'));

describe('d69: the log line of a deadline moved past, with a rebuild that died after the outbox was committed mid-sending', () => {
  // The rebuild of 08/06 unharmed: it tells the thirty schools (and logs them once).
  const whole = toEighth();
  const mails = whole.trace.map((c, i) => (c === 'MailApp.sendEmail' ? i : -1)).filter((i) => i >= 0);
  // Killed at its 25th e-mail: after the outbox was written at its 20th.
  const { w, sentThen } = toEighth(mails[24] + 1);
  w.rebuild(new Date(2027, 5, 9, 7));
  w.rebuild(new Date(2027, 5, 10, 7));

  it('unharmed, the rebuild of 08/06 tells the thirty schools and logs it once (the case under test)', () => {
    expect(whole.sentThen.filter((m) => m.subject.includes('đổi sớm hơn')).length).toBe(30);
    expect(logLines(whole.w)).toHaveLength(1);
  });

  it('killed at its 25th e-mail, it had sent 24; every school is told once in the end', () => {
    expect(w.emu.runtime.lastFault?.name).toBe('MailApp.sendEmail');
    expect(sentThen.length).toBe(24);
    for (const s of SCHOOLS) expect(w.emu.mail.sent.filter((m) => m.to.includes(s.emails[0]) && m.subject.includes('đổi sớm hơn')).length).toBe(1);
  });

  it('the log names the deadline moved past once', () => {
    expect(logLines(w)).toHaveLength(1);
  });
});
