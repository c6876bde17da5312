// A period changed in "Cấu hình" of a file that already holds registrations. The registration form's rating grids have a
// row per year of the period ("… [Năm 2021]", "… [Năm học 2021-2022]"), and each row is a column of the response tab.
// Rewriting the grids to other years would leave the tab's answers under columns the tool no longer expects (or, as
// Forms may rename them, read last period's ratings as this period's): the tool does not do it. Setup leaves the forms
// and tabs as they are, and every run stops with one plain message instead of a "missing column" per year.
import { formItems, gridHeader, type FormDefinition } from './registration-form';
import { isBlankRow, matchKey } from './text';

export interface PeriodChange {
  /** The years the response tab's rating columns name ("2021-2025"), as the forms were built. */
  from: string;
  /** The period "Cấu hình" now names ("2026-2030"). */
  to: string;
  /** Registrations in the response tab. */
  responses: number;
}

/** A grid row of a year: "Năm 2021" or "Năm học 2021-2022". */
const YEAR_ROW = /^năm (?:học )?(\d{4})(?:-(\d{4}))?$/;
/** A response-tab header of a grid row: "<title> [<row>]". */
const GRID_HEADER = /^(.*)\[([^\]]*)\]\s*$/;

/**
 * The change of period the response tab cannot take, or null: the tab holds registrations, has rating columns of years
 * outside the configured `period`, and lacks some of those the form of that period would need. `values`: the response tab
 * (header row first). The same years (whatever else changed on the form) are never a change of period.
 */
export function formsPeriodChange(values: readonly (readonly unknown[])[], form: FormDefinition, period: { startYear: number; endYear: number }): PeriodChange | null {
  if (!values || values.length < 2) return null;
  // The grids whose rows are years, by their title's key.
  const grids = new Set<string>();
  const expected: string[] = [];
  for (const item of formItems(form)) {
    if (item.kind !== 'grid') continue;
    const years = (item.rows ?? []).filter((r) => YEAR_ROW.test(matchKey(r)));
    if (years.length === 0) continue;
    grids.add(matchKey(item.title));
    for (const r of years) expected.push(matchKey(gridHeader(item.title, r)));
  }
  if (expected.length === 0) return null;
  const headers = new Set<string>();
  const calendar: number[] = [];
  const school: number[] = [];
  // Rating columns of years outside the configured period.
  let foreign = 0;
  for (const h of values[0] ?? []) {
    const key = matchKey(h);
    headers.add(key);
    const m = GRID_HEADER.exec(key);
    if (!m || !grids.has(m[1].trim())) continue;
    const y = YEAR_ROW.exec(m[2].trim());
    if (!y) continue;
    const first = Number(y[1]);
    if (y[2]) school.push(first, Number(y[2]));
    else calendar.push(first);
    if (first < period.startYear || first > (y[2] ? period.endYear - 1 : period.endYear)) foreign++;
  }
  // Only columns of the period's own years (some deleted by hand, say): not a change of period; findColumns says
  // what is missing, column by column. Every column of the period there: nothing to change.
  if (foreign === 0) return null;
  if (expected.every((h) => headers.has(h))) return null;
  let responses = 0;
  for (let i = 1; i < values.length; i++) if (!isBlankRow(values[i])) responses++;
  if (responses === 0) return null;
  const years = calendar.length ? calendar : school;
  return { from: `${Math.min(...years)}-${Math.max(...years)}`, to: `${period.startYear}-${period.endYear}`, responses };
}
