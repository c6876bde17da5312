// What the tool writes about a registration changes only when something about it changes: a day passing with no
// milestone, no school year starting to count and no answer edited leaves every result row and every school's view
// the same. Otherwise each nightly rebuild would rewrite the views of the schools concerned, and the text a school
// reads would change under it for no reason (a CN-10 finding once carried "tính đến ngày <today>").
import { describe, expect, it } from 'vitest';
import { makeSampleOffice } from '../../sample/office';
import { responseTabs } from '../../sample/response-tabs';
import { SAMPLE_IDS, sampleProfile } from '../../sample/profiles';
import { evaluateAll } from '../../src/core/evaluate';
import { resultRow } from '../../src/core/results-table';
import { planSchoolViews } from '../../src/core/school-views';

const DAY = 86_400_000;

describe.each(SAMPLE_IDS)('sample %s on two quiet days', (sample) => {
  const office = makeSampleOffice({ sample });
  const tabs = responseTabs(office);
  // Ten and eleven days after the sample's own day: in the summer, between the 01/06 on which a school year starts to
  // count and the period's next milestone.
  const at = (days: number) => new Date(sampleProfile(sample).today.getTime() + days * DAY);
  const run = (today: Date) => {
    const config = { ...office.config, today, schoolViews: { ...office.config.schoolViews, enabled: true } };
    const output = evaluateAll({ config, directoryRows: office.directoryRows, ...tabs });
    return { output, rows: output.registrations.map(resultRow), views: planSchoolViews(output, config).views.map((v) => [v.key, v.hash]) };
  };
  const a = run(at(10));
  const b = run(at(11));

  it('covers a finding that once named the day', () => {
    const cn10 = a.output.registrations.flatMap((r) => r.results).filter((x) => x.criterionId === 'CN-10-XUAT-SAC' && x.status === 'notMet');
    expect(cn10.length).toBeGreaterThan(0);
  });

  it('writes the same result rows and the same school views', () => {
    expect(b.rows).toEqual(a.rows);
    expect(b.views).toEqual(a.views);
  });
});
