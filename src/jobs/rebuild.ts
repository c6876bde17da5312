// "Cập nhật tổng hợp" (menu and daily trigger): evaluate everything again, rewrite every generated tab, and send
// what the outbox holds (confirmations a failed run left, requests for more information).
import { LOCK_WAIT_MS, withScriptLock } from '../gas/lock';
import { confirmationPlan } from './confirmations';
import { digestPlan } from './digest';
import { reminderPlan } from './reminders';
import { deliver } from './mailing';
import { recordEvaluation, summaryOf } from './results';
import { runJob } from './run';
import { supplementPlan, writeSummaries } from './summaries';

export function rebuildSummaries(): void {
  runJob('rebuildSummaries', ({ ss, deadline }) =>
    withScriptLock(LOCK_WAIT_MS, () => {
      const { inputs, output, review } = recordEvaluation(ss);
      writeSummaries(ss, output, inputs.config);
      const org = inputs.config.organisation;
      // Mail the quota held back yesterday gets another chance here, after the daily reset.
      deliver(ss, deadline, org.name, [
        confirmationPlan(output, org),
        supplementPlan(review, output, inputs.config),
        reminderPlan(output, inputs.config, { enqueue: false }),
        digestPlan(ss, output, inputs.config, { enqueue: false }),
      ], 'rebuildSummaries');
      return { result: undefined, detail: summaryOf(output) };
    }),
  );
}
