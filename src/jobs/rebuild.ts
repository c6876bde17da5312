// "Cập nhật tổng hợp" (menu and daily trigger): evaluate everything again and rewrite the generated tabs.
import { LOCK_WAIT_MS, withScriptLock } from '../gas/lock';
import { readInputs } from '../gas/office';
import { confirmationPlan } from './confirmations';
import { deliver } from './mailing';
import { evaluate, summaryOf, writeResults } from './results';
import { runJob } from './run';

export function rebuildSummaries(): void {
  runJob('rebuildSummaries', ({ ss, deadline }) =>
    withScriptLock(LOCK_WAIT_MS, () => {
      const inputs = readInputs(ss, new Date());
      const { output } = evaluate(inputs);
      writeResults(ss, output);
      deliver(ss, deadline, inputs.config.organisation.name, [confirmationPlan(output, inputs.config.organisation)]);
      return { result: undefined, detail: summaryOf(output) };
    }),
  );
}
