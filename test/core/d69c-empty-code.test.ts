// Review d69c of w69r: a school with an empty code in "Đơn vị" is now reminded (its reminder key names it by its name;
// before, its reminder was closed unsent). What a reminder lists of the school's duties (the minimum of III.1, the duties
// before a conference) and the notices told once are read by the school's code (dutiesOf): with two schools whose code
// is empty, the second is reminded of the first's duties — another school's gaps, its own left out.
import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/core/evaluate';
import { Q } from '../../src/core/form-titles';
import { deadlines, outstanding, schoolNotices } from '../../src/core/reminders';
import { directoryToRows } from '../../src/core/directory';
import { SCHOOLS, answersToRow, config, form, headerRow, managerRatedGood } from './helpers';

const [HOA_SEN, HOA_BINH, QUANG_MINH] = SCHOOLS;
const now = new Date(2023, 3, 20, 7);

/** What Hòa Bình's reminders would list on `now` for each deadline, with Hoa Sen's and Hòa Bình's codes `codes`. */
function listed(codes: [string, string]) {
  const cfg = config(now);
  const f = form(cfg);
  // Hòa Bình registered one individual in the current school year; Hoa Sen nothing.
  const values = [headerRow(f), answersToRow(f, { ...managerRatedGood(cfg), [Q.school]: HOA_BINH.name, [Q.individualName]: 'Nguyễn Văn Bình' }, new Date(2023, 3, 2, 8), HOA_BINH.emails[0])];
  const rows = directoryToRows([{ ...HOA_SEN, code: codes[0] }, { ...HOA_BINH, code: codes[1] }, QUANG_MINH]);
  const out = evaluateAll({ config: cfg, directoryRows: rows, responseValues: values });
  const hb = out.directory.schools.find((s) => s.name === HOA_BINH.name)!;
  return { items: deadlines(cfg).map((d) => [d.id, outstanding(hb, d, out)]), notices: schoolNotices(hb, out, cfg, now) };
}

describe('review d69c: two schools whose code is empty in "Đơn vị"', () => {
  it("each is reminded of its own duties, as with a code: not of the other school's", () => {
    const coded = listed(['MN01', 'TH01']);
    const empty = listed(['', '']);
    expect(empty).toEqual(coded);
  });
});
