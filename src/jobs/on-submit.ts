// The installable on-form-submit trigger of the office Sheet: validate the new or edited response under the
// script lock, rewrite the results, and answer the submitter. The row is read from the sheet, not from the
// event (an edit's event may carry only the changed answers).
import { confirmationEmail } from '../core/emails';
import { MAIL_NO_ADDRESS, MAIL_NOT_SENT_QUOTA } from '../core/messages';
import { logError } from '../gas/health';
import { LOCK_WAIT_MS, withScriptLock } from '../gas/lock';
import { editUrlOf, sendIfQuota } from '../gas/mail';
import { readInputs } from '../gas/office';
import { getState } from '../gas/properties';
import { evaluate, summaryOf, writeResults } from './results';
import { runJob } from './run';

export function onFormSubmit(e?: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  // Blank duplicate events have been seen a few seconds after real ones: nothing to do for them.
  if (!e || !e.range || (Array.isArray(e.values) && e.values.every((v) => String(v).trim() === ''))) return;
  const sheetId = String(e.range.getSheet().getSheetId());
  const row = e.range.getRow();
  runJob('onFormSubmit', (ss) =>
    withScriptLock(LOCK_WAIT_MS, () => {
      const inputs = readInputs(ss, new Date());
      const { output } = evaluate(inputs);
      writeResults(ss, output);
      if (sheetId === getState('registrationSheet')) {
        const reg = output.registrations.find((r) => r.row === row);
        if (reg) {
          if (!reg.email) logError(ss, 'onFormSubmit', MAIL_NO_ADDRESS(reg.id), row);
          else {
            const timestamp = inputs.responseValues[row - 1]?.[0];
            const email = confirmationEmail(reg, inputs.config.organisation, editUrlOf(getState('registrationForm'), timestamp, reg.email));
            if (!sendIfQuota(email, inputs.config.organisation.name)) logError(ss, 'onFormSubmit', MAIL_NOT_SENT_QUOTA(reg.email), row);
          }
        }
      }
      return { result: undefined, detail: summaryOf(output) };
    }),
  );
}
