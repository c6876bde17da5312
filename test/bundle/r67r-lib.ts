// Review r67r (progress reports as schools and the clerk use them): a 2026–2030 office of the three test schools
// (reminders 14 and 3 days before), its mornings (rebuild at 7:00, reminders at 8:40), and the reading of what a school
// sees — its receipts and reminders, its tab in the office's spreadsheet.
import { defaultConfig, periodConfig } from '../../src/core/config';
import { R } from '../../src/core/registration-form';
import { SCHOOLS, officeAfterSetup } from './helpers';

export { SCHOOLS };
export const [HOA_SEN, HOA_BINH, QUANG_MINH] = SCHOOLS;
export type TestSchool = (typeof SCHOOLS)[number];
export const DAY = 86_400_000;
export const text = (m: { body?: string }) => String(m.body ?? '');

/**
 * The office of `schools` (default the three test schools) set up on `start` (default 20/05/2027); `report` sends a
 * report, `morning` runs a day's rebuild and reminders.
 */
export function reportOffice(start = new Date(2027, 4, 20, 9), schools: readonly TestSchool[] = SCHOOLS) {
  const cfg = defaultConfig(start, periodConfig(2026, 2030));
  cfg.mail.reminderDaysBefore = [14, 3];
  const o = officeAfterSetup(schools, { now: start }, cfg);
  const { emu, bundle, reportFormId } = o;
  const report = (s: TestSchool, at: Date, period: string, docRef: string, opts: { link?: string; email?: string; editResponseId?: string } = {}) => {
    emu.clock.set(at);
    return emu.forms.submitAsUser(reportFormId, { [R.school]: s.name, [R.period]: period, [R.docRef]: docRef, [R.summary]: `Báo cáo của ${s.name}`, [R.link]: opts.link ?? '' }, { email: opts.email ?? s.emails[0], ...(opts.editResponseId ? { editResponseId: opts.editResponseId } : {}) });
  };
  const rebuild = (at: Date) => {
    emu.clock.set(at);
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  };
  const morning = (d: Date) => {
    rebuild(new Date(d.getFullYear(), d.getMonth(), d.getDate(), 7, 0));
    emu.clock.set(new Date(d.getFullYear(), d.getMonth(), d.getDate(), 8, 40));
    bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
  };
  const mailsTo = (s: TestSchool, from = 0) => emu.mail.sent.slice(from).filter((m) => m.to.includes(s.emails[0]));
  const tab = (s: TestSchool) => emu.spreadsheets.values(s.name).map((r) => r.map(String));
  const failures = () => emu.runtime.executions.filter((e) => e.error).map((e) => `${e.label}: ${e.error}`);
  return { o, cfg, emu, bundle, report, rebuild, morning, mailsTo, tab, failures };
}
