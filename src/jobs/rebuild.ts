// "Cập nhật tổng hợp" (menu and daily trigger): evaluate everything again, rewrite every generated tab, and send
// what the outbox holds (confirmations a failed run left, requests for more information).
import { LOCK_WAIT_MS, withScriptLock } from '../gas/lock';
import { readInputs } from '../gas/office';
import { confirmationPlan } from './confirmations';
import { digestPlan } from './digest';
import { reminderPlan } from './reminders';
import { deliver } from './mailing';
import { evaluate, summaryOf, writeResults } from './results';
import { runJob } from './run';
import { supplementPlan, updateReview, writeSummaries } from './summaries';

export function rebuildSummaries(): void {
  runJob('rebuildSummaries', ({ ss, deadline }) =>
    withScriptLock(LOCK_WAIT_MS, () => {
      const inputs = readInputs(ss, new Date());
      const { output } = evaluate(inputs);
      writeResults(ss, output);
      const review = updateReview(ss, output);
      writeSummaries(ss, output, inputs.config);
      const org = inputs.config.organisation;
      // Mail the quota held back yesterday gets another chance here, after the daily reset.
      deliver(ss, deadline, org.name, [
        confirmationPlan(output, org),
        supplementPlan(review, output, inputs.config),
        reminderPlan(output, inputs.config, { enqueue: false }),
        digestPlan(ss, output, inputs.config, { enqueue: false }),
      ]);
      return { result: undefined, detail: summaryOf(output) };
    }),
  );
}
