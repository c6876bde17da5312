// Confirmation e-mails: every registration version gets exactly one, whichever run sends it.
import type { Organisation } from '../core/config';
import { confirmationEmail } from '../core/emails';
import type { EvaluateOutput } from '../core/evaluate';
import { confirmationKey, planConfirmations } from '../core/outbox';
import { editUrlOf, openForm } from '../gas/mail';
import { getState } from '../gas/properties';
import type { MailPlan } from './mailing';

export function confirmationPlan(output: EvaluateOutput, org: Organisation): MailPlan {
  const byId = new Map(output.registrations.map((r) => [r.id, r]));
  let form: GoogleAppsScript.Forms.Form | null | undefined;
  return {
    plan: (entries) => planConfirmations(entries, output.registrations, new Date(), (r) => confirmationEmail(r, org, null).subject),
    compose: {
      confirmation: (e) => {
        const r = byId.get(e.ref);
        if (!r || confirmationKey(r) !== e.key) return null;
        if (form === undefined) form = openForm(getState('registrationForm'));
        return confirmationEmail(r, org, editUrlOf(form, r.submittedAt, r.email));
      },
    },
  };
}
