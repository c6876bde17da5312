// One submission in proportion to itself: read the office's tabs, the register of codes and the submitted row only;
// evaluate that registration; rewrite its row in "Kết quả kiểm tra" and "Thẩm định"; answer its sender. What a
// registration changes elsewhere (the school's tab, Tổng hợp, a registration it replaces, letters the council asked
// for) waits for the rebuild, which re-checks everything every night and from the menu.
import type { EvaluatedRegistration } from '../core/evaluate';
import { INTAKE_DETAIL, RESULTS_HEADER, TAB, VERDICT_LABELS } from '../core/messages';
import { resultRow } from '../core/results-table';
import { mergeReview, REVIEW_TAB, type DecisionSnapshot, type ReviewTab } from '../core/review';
import { recordDecisions, recordedDecisions } from '../gas/ledger';
import { readSubmission } from '../gas/office';
import { findKeyRow, writeRow, type KeyRow } from '../gas/rows';
import { tabNamed } from '../gas/tab-cache';
import { confirmationPlan } from './confirmations';
import { deliver } from './mailing';
import { evaluateOrStop } from './results';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Handles the registration in row `row` of the registration tab `sheet`. Returns the run's detail, or null when the
 * submission needs the whole office read (no register yet, a tab missing): the caller then does the full run.
 */
export function intakeSubmission(ss: Spreadsheet, deadline: number, sheet: Sheet, row: number): string | null {
  const results = tabNamed(ss, TAB.results);
  const reviewSheet = tabNamed(ss, REVIEW_TAB);
  if (!results || !reviewSheet) return null;
  // Every read first, then the writes: a read after a write waits for the writes to be committed (a flush).
  const inputs = readSubmission(ss, sheet, row, new Date());
  if (!inputs) return null;
  const { output } = evaluateOrStop(ss, inputs);
  const reg = output.registrations[0];
  const resultAt = reg ? findKeyRow(results, 1, reg.id) : null;
  const resultMax = results.getMaxRows();
  const review = reg ? reviewRow(reviewSheet, reg, recordedDecisions(inputs.identified.entries)) : null;
  if (reg && !review) return null;
  inputs.identified.save();
  if (reg && review && resultAt) {
    writeRow(results, resultAt, resultRow(reg).slice(0, RESULTS_HEADER.length), { wrap: true, maxRows: resultMax });
    writeReviewRow(reviewSheet, review);
    recordDecisions(ss, inputs.identified.entries, review.merged.snapshots);
  }
  const org = inputs.config.organisation;
  deliver(ss, deadline, org.name, [confirmationPlan(output, org)], 'onFormSubmit');
  const notes = inputs.identified.notes;
  return [reg ? INTAKE_DETAIL(reg.id, VERDICT_LABELS[reg.verdict]) : '', ...notes].filter((x) => x !== '').join(' ');
}

/**
 * The registration's row of "Thẩm định" (its place, 0 for a new row), merged as the rebuild merges the whole tab (the
 * council's cells kept, the automatic ones refreshed, a new row "Chờ thẩm định"). Reads only. Null when the tab's
 * layout needs the full merge (a standard column missing, an error to report).
 */
interface ReviewRow {
  at: KeyRow;
  maxRows: number;
  merged: ReviewTab;
}

function reviewRow(sheet: Sheet, reg: EvaluatedRegistration, recorded: ReadonlyMap<string, DecisionSnapshot>): ReviewRow | null {
  const width = sheet.getLastColumn();
  if (width === 0) return null;
  const header = sheet.getRange(1, 1, 1, width).getValues()[0];
  const shape = mergeReview([header], []);
  if (shape.error || shape.header.length !== header.length) return null;
  const at = findKeyRow(sheet, shape.columns.id + 1, reg.id);
  const existing = at.row > 0 ? [header, sheet.getRange(at.row, 1, 1, width).getValues()[0]] : [header];
  const merged = mergeReview(existing, [reg], recorded);
  if (merged.error || merged.rows.length !== 1) return null;
  return { at, maxRows: sheet.getMaxRows(), merged };
}

/**
 * Writes the merged row. Rows within the grid have the rebuild's whole-column dropdowns already; rows the grid grows
 * by get the same two rules (one each, over the rows added).
 */
function writeReviewRow(sheet: Sheet, { at, maxRows, merged }: ReviewRow): void {
  writeRow(sheet, at, merged.rows[0], {
    wrap: true,
    maxRows,
    grown: (from, rows) => {
      const rule = SpreadsheetApp.newDataValidation().requireValueInList([...merged.decisions], true).setAllowInvalid(true).build();
      sheet.getRange(from, merged.decisionColumn + 1, rows, 1).setDataValidation(rule);
      const levels = SpreadsheetApp.newDataValidation().requireValueInList([...merged.levels], true).setAllowInvalid(true).build();
      sheet.getRange(from, merged.levelColumn + 1, rows, 1).setDataValidation(levels);
    },
  });
}
