// Confirmation e-mails through the outbox: every registration version gets exactly one, whichever run sends it.
import type { Organisation } from '../core/config';
import { confirmationEmail } from '../core/emails';
import type { EvaluateOutput } from '../core/evaluate';
import { confirmationKey, planConfirmations } from '../core/outbox';
import { editUrlOf, openForm } from '../gas/mail';
import { readOutbox, sendDue, writeOutbox } from '../gas/outbox';
import { getState } from '../gas/properties';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Plans the missing confirmations, sends what is due within the quota, writes the outbox; returns how many went. */
export function sendConfirmations(ss: Spreadsheet, output: EvaluateOutput, org: Organisation): number {
  const byId = new Map(output.registrations.map((r) => [r.id, r]));
  const planned = planConfirmations(readOutbox(ss), output.registrations, new Date(), (r) => confirmationEmail(r, org, null).subject);
  let form: GoogleAppsScript.Forms.Form | null | undefined;
  const { entries, sent } = sendDue(
    planned,
    (e) => {
      const r = byId.get(e.registrationId);
      if (!r || confirmationKey(r) !== e.key) return null;
      if (form === undefined) form = openForm(getState('registrationForm'));
      return confirmationEmail(r, org, editUrlOf(form, r.submittedAt, r.email));
    },
    org.name,
    () => new Date(),
  );
  writeOutbox(ss, entries);
  return sent;
}
