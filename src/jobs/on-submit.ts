// The installable on-form-submit trigger of the office Sheet: validate the new or edited response under the
// script lock, rewrite the results, and answer the submitter through the outbox. The row is read from the sheet,
// not from the event (an edit's event may carry only the changed answers), and every run catches up whatever an
// earlier failed run left undone.
import { LOCK_WAIT_MS, withScriptLock } from '../gas/lock';
import { confirmationPlan } from './confirmations';
import { deliver } from './mailing';
import { recordEvaluation, summaryOf } from './results';
import { runJob } from './run';
import { supplementPlan, writeSchoolTab } from './summaries';

export function onFormSubmit(e?: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  // Blank duplicate events have been seen a few seconds after real ones: nothing to do for them.
  if (!e || !e.range || (Array.isArray(e.values) && e.values.every((v) => String(v).trim() === ''))) return;
  const row = e.range.getRow();
  const tab = e.range.getSheet().getName();
  runJob('onFormSubmit', ({ ss, deadline }) =>
    withScriptLock(LOCK_WAIT_MS, () => {
      const { inputs, output, review } = recordEvaluation(ss);
      // The submitting school's own tab, so its principal sees the result at once; the rest waits for the rebuild.
      const reg = tab === inputs.responseTab ? output.registrations.find((r) => r.row === row) : undefined;
      if (reg?.school) writeSchoolTab(ss, output, inputs.config, reg.school.code);
      const org = inputs.config.organisation;
      deliver(ss, deadline, org.name, [confirmationPlan(output, org), supplementPlan(review, output, inputs.config)], 'onFormSubmit');
      return { result: undefined, detail: summaryOf(output) };
    }),
  );
}
