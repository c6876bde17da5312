// Review d69b of the fix of d69 F3 (e71c396): the plan's `committed` step now runs at each write of the outbox's tabs
// (every 20 e-mails, then at the end). But the outbox is recorded before its first write too: each e-mail's "sending"
// mark (and the previous one's "sent") goes to the journal property before MailApp.sendEmail, and the next run's read
// folds the journal's marks into the outbox, entries the tabs never received included (src/core/outbox.ts settleJournal).
// A rebuild telling ten schools that a deadline moved past, killed at its 5th e-mail (before any write of the tabs), so
// leaves the first five notices recorded through the journal: the next rebuild finds them in the outbox when it plans
// (`known`) and its log line names only the other five. The office is never told that the first five were told. At
// 719483c the line was written when the notices were planned, naming all ten.
import { describe, expect, it } from 'vitest';
import { defaultConfig, periodConfig } from '../../src/core/config';
import { numberedSchools, officeAfterSetup, setConfigValues } from './helpers';

const DAY = 86_400_000;
const SCHOOLS = numberedSchools(10);

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

describe('d69b: the log line of a deadline moved past, with a rebuild that died before its first write of the outbox', () => {
  // The rebuild of 08/06 unharmed: it tells the ten schools (and logs them once).
  const whole = toEighth();
  const mails = whole.trace.map((c, i) => (c === 'MailApp.sendEmail' ? i : -1)).filter((i) => i >= 0);
  // Killed at its 5th e-mail: four sent, the fifth marked "sending"; the tabs not written yet.
  const { w, sentThen } = toEighth(mails[4] + 1);
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
