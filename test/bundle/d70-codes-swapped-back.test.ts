// Review d70 (guard): two schools' codes swapped by mistake on 03/06 and swapped back on 05/06, their names and
// addresses unchanged: w70m's followCodes moves each entry's ref to the code its school bears each day; each school is
// still reminded of 15/06 once per step (01/06, 12/06), never twice.
import { expect, it } from 'vitest';
import { HOA_BINH, HOA_SEN, SCHOOLS } from './r67r-lib';
import { remindedDays, retypedMornings, rowsOf } from './moved-past-lib';

it('codes of Hoa Sen and Hòa Bình swapped on 03/06, back on 05/06: each reminded of 15/06 on 01/06 and 12/06 only', () => {
  const swapped = SCHOOLS.map((x) => (x.code === HOA_SEN.code ? { ...x, code: HOA_BINH.code } : x.code === HOA_BINH.code ? { ...x, code: HOA_SEN.code } : x));
  const { w, before } = retypedMornings(rowsOf(new Map([[3, swapped], [5, SCHOOLS]])));
  expect(w.failures()).toEqual([]);
  expect(remindedDays(w, HOA_SEN, before)).toEqual([1, 12]);
  expect(remindedDays(w, HOA_BINH, before)).toEqual([1, 12]);
});
