// Evaluating every registration and writing the "Kết quả kiểm tra" tab: one read per input tab, one write.
import { evaluateAll, type EvaluateOutput } from '../core/evaluate';
import { PROTECTION_DESCRIPTION, RESULTS_HEADER, RESULTS_SUMMARY, TAB } from '../core/messages';
import { resultRow } from '../core/results-table';
import { readInputs, type Inputs } from '../gas/office';
import { ensureSheet, writeTable } from '../gas/sheets';
import type { ReviewTab } from '../core/review';
import { updateReview } from './summaries';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Evaluated {
  output: EvaluateOutput;
  /** Sheet-level problems, in Vietnamese, naming tab, row and column. */
  errors: string[];
}

/** Decides on the inputs (pure): the evaluation, and every sheet-level problem in Vietnamese. */
export function evaluate(inputs: Inputs): Evaluated {
  const output = evaluateAll(inputs);
  return { output, errors: [...inputs.configErrors, ...output.errors] };
}

/** Mã, đơn vị, đối tượng, tên, lĩnh vực, mô hình, tên mô hình, kết luận, cần khắc phục, điểm, cách tính, ghi chú, email, thời điểm. */
const RESULTS_WIDTHS = [90, 200, 70, 180, 160, 170, 200, 90, 420, 60, 220, 260, 200, 130];

export function writeResults(ss: Spreadsheet, output: EvaluateOutput): void {
  const rows = output.registrations.map(resultRow);
  writeTable(ensureSheet(ss, TAB.results).sheet, RESULTS_HEADER, rows, { frozenRows: 1, widths: RESULTS_WIDTHS, wrap: true, protectWithWarning: PROTECTION_DESCRIPTION });
}

/** The registrations in force by verdict, the replaced ones apart (the count Tổng hợp and the digest give too). */
export function summaryOf(output: EvaluateOutput): string {
  const count = { dat: 0, chuaDat: 0, canBoSung: 0 };
  let superseded = 0;
  for (const r of output.registrations) {
    if (r.flags.supersededBy) superseded++;
    else count[r.verdict]++;
  }
  return RESULTS_SUMMARY(output.registrations.length - superseded, count.dat, count.chuaDat, count.canBoSung, superseded);
}

/**
 * What every run under the lock starts with: read the inputs, evaluate, rewrite the results and merge the council's
 * review tab. Returns what the rest of the run needs.
 */
export function recordEvaluation(ss: Spreadsheet): { inputs: Inputs; output: EvaluateOutput; review: ReviewTab } {
  const inputs = readInputs(ss, new Date());
  const { output } = evaluate(inputs);
  writeResults(ss, output);
  const review = updateReview(ss, output);
  return { inputs, output, review };
}
