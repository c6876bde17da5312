// The installable on-form-submit trigger of the office Sheet: validate the new or edited response under the
// script lock, rewrite the results, and answer the submitter through the outbox. The row is read from the sheet,
// not from the event (an edit's event may carry only the changed answers), and every run catches up whatever an
// earlier failed run left undone.
import { LOCK_WAIT_MS, withScriptLock } from '../gas/lock';
import { readInputs } from '../gas/office';
import { confirmationPlan } from './confirmations';
import { deliver } from './mailing';
import { evaluate, summaryOf, writeResults } from './results';
import { runJob } from './run';

export function onFormSubmit(e?: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  // Blank duplicate events have been seen a few seconds after real ones: nothing to do for them.
  if (!e || !e.range || (Array.isArray(e.values) && e.values.every((v) => String(v).trim() === ''))) return;
  runJob('onFormSubmit', ({ ss, deadline }) =>
    withScriptLock(LOCK_WAIT_MS, () => {
      const inputs = readInputs(ss, new Date());
      const { output } = evaluate(inputs);
      writeResults(ss, output);
      deliver(ss, deadline, inputs.config.organisation.name, [confirmationPlan(output, inputs.config.organisation)]);
      return { result: undefined, detail: summaryOf(output) };
    }),
  );
}
