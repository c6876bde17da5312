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
 * The change of period the response tab cannot take, or null: the tab holds registrations, and has rating columns of
 * years outside the configured `period` that either hold answers (the period's start moved on for a new school year:
 * review rollover R1 — last year's ratings would be read as answers to rows the form no longer has) or stand where the
 * form of that period lacks columns. `values`: the response tab (header row first). The same years (whatever else
 * changed on the form) are never a change of period; nor are a changed period's columns left empty beside the new ones
 * (the period changed before any registration came). `built`: the period the form was last built for, when known.
 */
export function formsPeriodChange(
  values: readonly (readonly unknown[])[],
  form: FormDefinition,
  period: { startYear: number; endYear: number },
  built?: { startYear: number; endYear: number },
): PeriodChange | null {
  if (!values || values.length < 2) return null;
  // The form was built for a period that started earlier than the one configured now: last year's answers (ratings,
  // an initiative's year) name years the new form would drop, whether the tab shows them in a rating column or not.
  if (built && built.startYear < period.startYear) {
    let responses = 0;
    // A row not read (a submission reads its own row only: the others are holes) is no registration here.
    for (let i = 1; i < values.length; i++) if (values[i] && !isBlankRow(values[i])) responses++;
    if (responses > 0) return { from: `${built.startYear}-${built.endYear}`, to: `${period.startYear}-${period.endYear}`, responses };
  }
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
  const own = new Set(expected);
  const headers = new Set<string>();
  // The year columns of the tab: index, and the years its row names (a school year: both).
  const yearColumns: { c: number; years: number[]; calendar: boolean }[] = [];
  // Rating columns of years the form of the configured period does not ask (its own rule: a one-year period asks
  // one school year, review diff37 #2), by index.
  const foreign: number[] = [];
  const header = values[0] ?? [];
  for (let c = 0; c < header.length; c++) {
    const key = matchKey(header[c]);
    headers.add(key);
    const m = GRID_HEADER.exec(key);
    if (!m || !grids.has(m[1].trim())) continue;
    const y = YEAR_ROW.exec(m[2].trim());
    if (!y) continue;
    yearColumns.push({ c, years: y[2] ? [Number(y[1]), Number(y[2])] : [Number(y[1])], calendar: !y[2] });
    if (!own.has(key)) foreign.push(c);
  }
  // Only columns of the period's own years (some deleted by hand, say): not a change of period; findColumns says
  // what is missing, column by column.
  if (foreign.length === 0) return null;
  let responses = 0;
  const held = new Set<number>();
  for (let i = 1; i < values.length; i++) {
    const row = values[i];
    if (!row || isBlankRow(row)) continue;
    responses++;
    for (const { c } of yearColumns) if (!held.has(c) && row[c] !== '' && row[c] !== null && row[c] !== undefined) held.add(c);
  }
  if (responses === 0) return null;
  // Every column of the period there, and those of other years empty: nothing to change.
  if (!foreign.some((c) => held.has(c)) && expected.every((h) => headers.has(h))) return null;
  // The period the answers were given for: from the first year a column holding answers names (columns of a period the
  // form was built for and never answered name no period the office used: review diff37 #3) to the last year of the
  // tab's columns (a period's later years are rarely answered yet).
  const pick = (list: typeof yearColumns) => {
    const cal = list.filter((y) => y.calendar);
    return (cal.length ? cal : list).flatMap((y) => y.years);
  };
  const answered = yearColumns.filter((y) => held.has(y.c));
  const all = pick(yearColumns);
  const first = answered.length > 0 ? Math.min(...pick(answered)) : Math.min(...all);
  return { from: `${first}-${Math.max(...all)}`, to: `${period.startYear}-${period.endYear}`, responses };
}
