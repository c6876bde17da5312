// What the bundle tests over the close of school year 2026-2027 share (rev-schoolyear63, rev-notice63): a 2026–2030
// office (window 01/10/2026–31/05/2028, reminders 14 and 3 days before) where Hoa Sen registered a collective and an
// individual in October 2026, Hòa Bình an individual only, Quang Minh nothing; its mornings (rebuild at 7:00, reminders
// at 8:40) and the reading of the e-mails.
import { defaultConfig, periodConfig } from '../../src/core/config';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, collectiveAnswers, individualAnswers, officeAfterSetup } from './helpers';

export { SCHOOLS };
export const [HOA_SEN, HOA_BINH, QUANG_MINH] = SCHOOLS;
export const DAY = 86_400_000;
export const YEAR_CLOSED = 'Năm học 2026-2027 đã kết thúc ngày 31/08/2027.';
export const text = (m: { body?: string }) => String(m.body ?? '');
export const day = (m: { date: Date | number }) => new Date(m.date).toLocaleDateString('vi-VN');

/**
 * The office, its registrations sent; `morning(day)` runs a day's rebuild and reminders, `quota(day, run)` (when given)
 * setting the day's mail quota before each run.
 */
export function yearCloseOffice(quota?: (day: Date, run: 'rebuild' | 'reminders') => number) {
  const start = new Date(2026, 9, 16, 9);
  const cfg = defaultConfig(start, periodConfig(2026, 2030));
  cfg.mail.reminderDaysBefore = [14, 3];
  const o = officeAfterSetup(SCHOOLS, { now: start }, cfg);
  const { emu, bundle, formId } = o;
  const send = (s: (typeof SCHOOLS)[number], answers: Record<string, unknown>) => emu.forms.submitAsUser(formId, { ...answers, [Q.school]: s.name } as never, { email: s.emails[0] });
  send(HOA_SEN, collectiveAnswers(cfg));
  emu.clock.advance(600_000);
  send(HOA_SEN, individualAnswers('teacher', cfg));
  emu.clock.advance(600_000);
  send(HOA_BINH, { ...individualAnswers('teacher', cfg), [Q.individualName]: 'Lê Văn Cường' });
  const morning = (d: Date) => {
    if (quota) emu.mail.options.dailyQuota = quota(d, 'rebuild');
    emu.clock.set(new Date(d.getFullYear(), d.getMonth(), d.getDate(), 7, 0));
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    if (quota) emu.mail.options.dailyQuota = quota(d, 'reminders');
    emu.clock.set(new Date(d.getFullYear(), d.getMonth(), d.getDate(), 8, 40));
    bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
  };
  /** The mornings of 25/11–14/12/2027, around the first reminders after 31/08/2027. */
  const december = () => {
    for (let t = new Date(2027, 10, 25).getTime(); t <= new Date(2027, 11, 14).getTime(); t += DAY) morning(new Date(t));
  };
  return { o, cfg, morning, december };
}
