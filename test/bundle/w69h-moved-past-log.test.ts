// w69h (w68f left open, r67r F6): the office's log line naming the schools told that a deadline moved to a day already
// past was written when the notices were queued, before the outbox recorded them: a rebuild that died before saving the
// outbox (here, at its first e-mail) left the line written and the notices unrecorded, and the next rebuild, queuing
// them again, wrote it a second time. Written once the outbox holds them, it is written once.
import { describe, expect, it } from 'vitest';
import { movedPastLogLines, toEighth } from './moved-past-lib';
import { HOA_BINH, SCHOOLS, reportOffice } from './r67r-lib';

/** The office's days to 08/06/2027 (moved-past-lib toEighth), its rebuild of 08/06 killed at `kill` when given. */
function eighth(kill?: number) {
  const w = reportOffice();
  const { trace, sentThen } = toEighth(w, kill);
  return { w, trace, sentThen: sentThen.length };
}
const logLines = (w: ReturnType<typeof reportOffice>) => movedPastLogLines(w.emu);

describe('w69h: the log line of a deadline moved past, with a rebuild that died before saving the outbox', () => {
  // Where the rebuild of 08/06 sends its first e-mail (the same office, the same days, run once unharmed).
  const first = eighth().trace.indexOf('MailApp.sendEmail');
  const { w, sentThen } = eighth(first + 1);
  w.rebuild(new Date(2027, 5, 9, 7));
  w.rebuild(new Date(2027, 5, 10, 7));

  it('the rebuild of 08/06 died at its first e-mail (the case under test); the next ones ran', () => {
    expect(first).toBeGreaterThan(0);
    expect(w.emu.runtime.lastFault?.name).toBe('MailApp.sendEmail');
    expect(sentThen).toBe(0);
    expect(w.emu.runtime.executions.filter((e) => e.killed)).toHaveLength(1);
  });

  it('the log names the deadline moved past once, with the schools told', () => {
    expect(logLines(w)).toHaveLength(1);
    expect(logLines(w)[0]).toContain(HOA_BINH.name);
  });

  it('no school is told twice', () => {
    for (const s of SCHOOLS) expect(w.mailsTo(s).filter((m) => m.subject.includes('đổi sớm hơn')).length).toBeLessThanOrEqual(1);
  });
});
