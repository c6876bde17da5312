// Review d69b of the fix of d69 F3 (e71c396): the plan's `committed` step now runs at each write of the outbox's tabs
// (every 20 e-mails, then at the end). But the outbox is recorded before its first write too: each e-mail's "sending"
// mark (and the previous one's "sent") goes to the journal property before MailApp.sendEmail, and the next run's read
// folds the journal's marks into the outbox, entries the tabs never received included (src/core/outbox.ts settleJournal).
// A rebuild telling ten schools that a deadline moved past, killed at its 5th e-mail (before any write of the tabs), so
// leaves the first five notices recorded through the journal: the next rebuild finds them in the outbox when it plans
// (`known`) and its log line names only the other five. The office is never told that the first five were told. At
// 719483c the line was written when the notices were planned, naming all ten.
import { describe, expect, it } from 'vitest';
import { numberedSchools } from './helpers';
import { movedPastLogLines, remindedOffice, toEighth, type MorningOffice } from './moved-past-lib';

const SCHOOLS = numberedSchools(10);

/** The office's days to 08/06/2027 (moved-past-lib toEighth), its rebuild of 08/06 killed at `kill` when given. */
function eighth(kill?: number) {
  const w = remindedOffice(SCHOOLS);
  return { w, ...toEighth(w, kill) };
}
const logLines = (w: MorningOffice) => movedPastLogLines(w.emu);

describe('d69b: the log line of a deadline moved past, with a rebuild that died before its first write of the outbox', () => {
  // The rebuild of 08/06 unharmed: it tells the ten schools (and logs them once).
  const whole = eighth();
  const mails = whole.trace.map((c, i) => (c === 'MailApp.sendEmail' ? i : -1)).filter((i) => i >= 0);
  // Killed at its 5th e-mail: four sent, the fifth marked "sending"; the tabs not written yet.
  const { w, sentThen } = eighth(mails[4] + 1);
  w.rebuild(new Date(2027, 5, 9, 7));
  w.rebuild(new Date(2027, 5, 10, 7));

  it('unharmed, the rebuild of 08/06 tells the ten schools and its line names them all (the case under test)', () => {
    expect(whole.sentThen.filter((m) => m.subject.includes('đổi sớm hơn')).length).toBe(10);
    expect(logLines(whole.w)).toHaveLength(1);
    for (const s of SCHOOLS) expect(logLines(whole.w)[0]).toContain(s.name);
  });

  it('killed at its 5th e-mail, it had sent 4; every school is told in the end', () => {
    expect(w.emu.runtime.lastFault?.name).toBe('MailApp.sendEmail');
    expect(sentThen.length).toBe(4);
    for (const s of SCHOOLS) expect(w.emu.mail.sent.filter((m) => m.to.includes(s.emails[0]) && m.subject.includes('đổi sớm hơn')).length).toBeGreaterThanOrEqual(1);
  });

  it('the log names every school told (at 719483c: the five first once, the five others twice)', () => {
    const lines = logLines(w);
    for (const s of SCHOOLS) expect(lines.filter((l) => l.includes(s.name)).length, s.name).toBeGreaterThanOrEqual(1);
  });

  it('and not twice (what the committed step is for)', () => {
    for (const s of SCHOOLS) expect(logLines(w).filter((l) => l.includes(s.name)).length, s.name).toBeLessThanOrEqual(1);
  });
});
