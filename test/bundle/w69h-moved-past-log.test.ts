// w69h (w68f left open, r67r F6): the office's log line naming the schools told that a deadline moved to a day already
// past was written when the notices were queued, before the outbox recorded them: a rebuild that died before saving the
// outbox (here, at its first e-mail) left the line written and the notices unrecorded, and the next rebuild, queuing
// them again, wrote it a second time. Written once the outbox holds them, it is written once.
import { describe, expect, it } from 'vitest';
import { setConfigValues } from './helpers';
import { DAY, HOA_BINH, SCHOOLS, reportOffice } from './r67r-lib';

/** Mornings to 07/06/2027; on 08/06 the six-month deadline moved to 05/06, then that morning's rebuild (killed at `kill`). */
function toEighth(kill?: number) {
  const w = reportOffice();
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
  return { w, trace, sentThen: w.emu.mail.sent.length - before };
}
const logLines = (w: ReturnType<typeof reportOffice>) =>
  (w.emu.spreadsheets.sheetNames().includes('Nhật ký lỗi') ? w.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])) : []).filter((l) => l.includes('05/06/2027'));

describe('w69h: the log line of a deadline moved past, with a rebuild that died before saving the outbox', () => {
  // Where the rebuild of 08/06 sends its first e-mail (the same office, the same days, run once unharmed).
  const first = toEighth().trace.indexOf('MailApp.sendEmail');
  const { w, sentThen } = toEighth(first + 1);
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
