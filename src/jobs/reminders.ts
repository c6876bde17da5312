// "Gửi thư nhắc hạn" (daily clock trigger): before each configured deadline, each school with something still
// outstanding receives its own reminder through the outbox — once per (school, deadline, offset), whichever run
// sends it. The same run retries whatever the quota left pending (reminders and digests).
import type { OfficeConfig } from '../core/config';
import type { EvaluateOutput } from '../core/evaluate';
import { MAIL_DETAIL } from '../core/messages';
import { formsNeeded, hasContent, planReminders, reminderEmail, reminderFor } from '../core/reminders';
import { LOCK_WAIT_MS, withScriptLock } from '../gas/lock';
import { editUrlByCode } from '../gas/ledger';
import { formUrl } from '../gas/mail';
import { readInputs } from '../gas/office';
import { getState } from '../gas/properties';
import { digestPlan } from './digest';
import { deliver, type MailPlan } from './mailing';
import { evaluateOrStop } from './results';
import { runJob } from './run';
import { withViewLink } from '../core/school-views';
import { viewLinks } from './school-views';

/** Hour (Asia/Ho_Chi_Minh) of the daily reminder run: after the 6 o'clock rebuild. */
export const REMINDER_HOUR = 7;

/**
 * Reminders through the outbox. `enqueue`: queue the reminders due today (the daily job); without it the plan only
 * retires reminders that no longer apply and composes pending ones (any other job that delivers mail). `editUrl`: a
 * registration's own edit link by code (editUrlByCode), for the registrations a reminder lists.
 */
export function reminderPlan(
  output: EvaluateOutput,
  config: OfficeConfig,
  opts: { enqueue: boolean; editUrl?: (code: string) => string | null },
): MailPlan & { planned(): number } {
  let planned = 0;
  let links: Map<string, string> | null = null;
  const link = (code: string) => (config.schoolViews.enabled ? (links ??= viewLinks(output, config)).get(code) : undefined);
  const urls: { report?: string | null; registration?: string | null } = {};
  const url = (which: 'report' | 'registration') => {
    if (urls[which] === undefined) urls[which] = formUrl(getState(which === 'report' ? 'reportForm' : 'registrationForm'));
    return urls[which]!;
  };
  return {
    planned: () => planned,
    plan: (entries) => {
      const out = planReminders(entries, output, config, new Date(), opts.enqueue);
      planned += out.length - entries.length;
      return out;
    },
    compose: {
      reminder: (e) => {
        const r = reminderFor(e.key, output, config, new Date());
        if (!r || r.daysLeft < 0 || !hasContent(r)) return null;
        const needs = formsNeeded(r);
        const email = reminderEmail(r, config.organisation, needs.report ? url('report') : null, needs.registration ? url('registration') : null, opts.editUrl);
        return withViewLink(email, link(r.school.code));
      },
    },
  };
}

export function sendReminders(): void {
  runJob('sendReminders', ({ ss, deadline }) =>
    withScriptLock(LOCK_WAIT_MS, () => {
      const inputs = readInputs(ss, new Date());
      const { output } = evaluateOrStop(ss, inputs);
      const reminders = reminderPlan(output, inputs.config, { enqueue: true, editUrl: editUrlByCode(inputs.identified.entries) });
      const { sent } = deliver(ss, deadline, inputs.config.organisation.name, [reminders, digestPlan(ss, output, inputs.config, { enqueue: false })], 'sendReminders');
      return { result: undefined, detail: MAIL_DETAIL.reminders(reminders.planned(), sent) };
    }),
  );
}
