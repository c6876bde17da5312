// A change of period the response tab cannot take: registrations under the rating columns of other years.
import { describe, expect, it } from 'vitest';
import { periodConfig } from '../../src/core/config';
import { formsPeriodChange } from '../../src/core/period-change';
import { buildRegistrationForm, formItems, gridHeader } from '../../src/core/registration-form';
import { planConfig } from '../../sample/profiles';

const TODAY = new Date(2026, 11, 2);
const formOf = (start: number, end: number) => {
  const cfg = planConfig(TODAY);
  cfg.period = periodConfig(start, end);
  return buildRegistrationForm(cfg, ['Trường A']);
};
/** The header row Forms gives the form's response tab. */
const headerOf = (form: ReturnType<typeof formOf>) => [
  'Dấu thời gian',
  'Địa chỉ email',
  ...formItems(form).flatMap((i) => (i.kind === 'grid' ? (i.rows ?? []).map((r) => gridHeader(i.title, r)) : [i.title])),
];

describe('formsPeriodChange', () => {
  const old = headerOf(formOf(2021, 2025));
  const next = formOf(2026, 2030);
  const row = ['01/07/2024 08:00:00', 'a@x.vn', 'Trường A'];

  it('registrations under 2021-2025 columns, a form of 2026-2030: a change, with the tab’s years and its count', () => {
    expect(formsPeriodChange([old, row, [], row], next, { startYear: 2026, endYear: 2030 })).toEqual({ from: '2021-2025', to: '2026-2030', responses: 2 });
  });

  it('none without registrations, with the same years, or with the new years added to the old (a change made before any registration)', () => {
    expect(formsPeriodChange([old], next, { startYear: 2026, endYear: 2030 })).toBeNull();
    expect(formsPeriodChange([old, ['', '']], next, { startYear: 2026, endYear: 2030 })).toBeNull();
    expect(formsPeriodChange([old, row], formOf(2021, 2025), { startYear: 2021, endYear: 2025 })).toBeNull();
    expect(formsPeriodChange([[...old, ...headerOf(next)], row], next, { startYear: 2026, endYear: 2030 })).toBeNull();
  });

  it('none for a tab with no rating column at all, or only some of the period’s own (what is missing is said per column, as before)', () => {
    expect(formsPeriodChange([['Dấu thời gian', 'Địa chỉ email'], row], next, { startYear: 2026, endYear: 2030 })).toBeNull();
    const some = headerOf(next).filter((h) => !/\[Năm (học )?2027/.test(h));
    expect(formsPeriodChange([some, row], next, { startYear: 2026, endYear: 2030 })).toBeNull();
  });

  it('the years from the school-year columns when only those are there', () => {
    const schoolYears = old.filter((h) => !/\[Năm \d{4}\]$/.test(h));
    expect(schoolYears.some((h) => /\[Năm học 2021-2022\]$/.test(h))).toBe(true);
    expect(formsPeriodChange([schoolYears, row], next, { startYear: 2026, endYear: 2030 })?.from).toBe('2021-2025');
  });
});
