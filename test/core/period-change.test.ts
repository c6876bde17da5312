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

  it('the start moved on while the tab has every column of the new period: a change when the dropped years hold answers, or when the form is known to have been built for them (review rollover R1)', () => {
    const built = formOf(2026, 2030);
    const header = headerOf(built);
    const moved = formOf(2027, 2030);
    const blank = header.map(() => '');
    const rated: string[] = header.map((h) => (/\[Năm học 2026-2027\]$/.test(h) ? 'Hoàn thành tốt nhiệm vụ' : ''));
    rated[0] = '02/11/2026 09:00:00';
    const unrated = [...blank];
    unrated[0] = '02/11/2026 09:00:00';
    const period = { startYear: 2027, endYear: 2030 };
    // A rating of 2026-2027 given: the tab tells it, with or without what the form was built for.
    expect(formsPeriodChange([header, rated], moved, period)).toEqual({ from: '2026-2030', to: '2027-2030', responses: 1 });
    // Nothing of 2026 answered: only what the form was built for tells it (a copy, which forgets it, reads as before).
    expect(formsPeriodChange([header, unrated], moved, period)).toBeNull();
    expect(formsPeriodChange([header, unrated], moved, period, { startYear: 2026, endYear: 2030 })).toEqual({ from: '2026-2030', to: '2027-2030', responses: 1 });
    // Built for that period, no registration yet: the forms may change.
    expect(formsPeriodChange([header, blank], moved, period, { startYear: 2026, endYear: 2030 })).toBeNull();
    // Built for the same start, the period lengthened or started earlier: not a change.
    expect(formsPeriodChange([header, unrated], formOf(2026, 2031), { startYear: 2026, endYear: 2031 }, { startYear: 2026, endYear: 2030 })).toBeNull();
    expect(formsPeriodChange([header, unrated], formOf(2025, 2030), { startYear: 2025, endYear: 2030 }, { startYear: 2026, endYear: 2030 })).toBeNull();
  });

  it('a one-year period (start = end, which "Cấu hình" accepts) with its one school year answered is no change (review diff37 #2)', () => {
    const form = formOf(2025, 2025);
    const header = headerOf(form);
    expect(header.some((h) => /\[Năm học 2025-2026\]$/.test(h))).toBe(true);
    const row: string[] = header.map((h) => (/\[Năm học 2025-2026\]$/.test(h) ? 'Hoàn thành tốt nhiệm vụ' : ''));
    row[0] = '02/11/2025 09:00:00';
    expect(formsPeriodChange([header, row], form, { startYear: 2025, endYear: 2025 })).toBeNull();
    expect(formsPeriodChange([header, row], form, { startYear: 2025, endYear: 2025 }, { startYear: 2025, endYear: 2025 })).toBeNull();
  });

  it('without the built period, the period named is from the first answered year to the tab\'s last, not from columns never answered', () => {
    // A form built for 2021-2025 before any registration, rebuilt for 2026-2030, answered for 2026-2027, then the start
    // moved to 2027: the 2021-2025 columns, empty, name no period the office used.
    const header = [...new Set([...headerOf(formOf(2021, 2025)), ...headerOf(formOf(2026, 2030))])];
    const row: string[] = header.map((h) => (/\[Năm học 2026-2027\]$/.test(h) ? 'Hoàn thành tốt nhiệm vụ' : ''));
    row[0] = '02/11/2026 09:00:00';
    expect(formsPeriodChange([header, row], formOf(2027, 2030), { startYear: 2027, endYear: 2030 })?.from).toBe('2026-2030');
  });
});

