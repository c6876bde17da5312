// Review d69 of w69h's fix 1b: the office's log line naming the schools told that a deadline moved to a day already
// past is now written by the plan's `committed` step, after deliver's last commit of the outbox. But the sending
// commits the outbox every 20 e-mails (src/gas/outbox.ts COMMIT_EVERY): a rebuild telling more schools than that, which
// dies after such a commit and before its end, has recorded the notices (the next rebuild finds them in the outbox and
// logs nothing) and never wrote the line — the office is never told which schools were told. The version before wrote it
// at planning, so it was never lost (w69h judged the remaining window "a run dying between the commit and the one
// appendRow"; it is the whole sending after its first 20 e-mails).
import { describe, expect, it } from 'vitest';
import { numberedSchools } from './helpers';
import { movedPastLogLines, remindedOffice, toEighth, type MorningOffice } from './moved-past-lib';

const SCHOOLS = numberedSchools(30);

/** The office's days to 08/06/2027 (moved-past-lib toEighth), its rebuild of 08/06 killed at `kill` when given. */
function eighth(kill?: number) {
  const w = remindedOffice(SCHOOLS);
  return { w, ...toEighth(w, kill) };
}
const logLines = (w: MorningOffice) => movedPastLogLines(w.emu);

describe('d69: the log line of a deadline moved past, with a rebuild that died after the outbox was committed mid-sending', () => {
  // The rebuild of 08/06 unharmed: it tells the thirty schools (and logs them once).
  const whole = eighth();
  const mails = whole.trace.map((c, i) => (c === 'MailApp.sendEmail' ? i : -1)).filter((i) => i >= 0);
  // Killed at its 25th e-mail: after the outbox was written at its 20th.
  const { w, sentThen } = eighth(mails[24] + 1);
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
