// "Cập nhật tổng hợp" (menu and daily trigger): evaluate everything again and rewrite the generated tabs.
import { LOCK_WAIT_MS, withScriptLock } from '../gas/lock';
import { readInputs } from '../gas/office';
import { evaluate, summaryOf, writeResults } from './results';
import { runJob } from './run';

export function rebuildSummaries(): void {
  runJob('rebuildSummaries', (ss) =>
    withScriptLock(LOCK_WAIT_MS, () => {
      const { output } = evaluate(readInputs(ss, new Date()));
      writeResults(ss, output);
      return { result: undefined, detail: summaryOf(output) };
    }),
  );
}
