// Rows of "Đơn vị" that are one school twice: what the directory says of them is what the tool then does (review diff38
// #4), and an address two schools share is kept off both (review privacy #3).
import { describe, expect, it } from 'vitest';
import { directoryToRows, parseDirectory, schoolMail } from '../../src/core/directory';
import { SCHOOLS } from './helpers';

describe('the directory of schools', () => {
  it('a row copied unchanged (same code and name) is left out as a repeated name: no line about its code, the school keeps its code alone', () => {
    const rows = directoryToRows(SCHOOLS.slice(0, 2));
    rows.push([...rows[1]]);
    const dir = parseDirectory(rows);
    expect(dir.errors.filter((e) => e.includes('tên đơn vị'))).toHaveLength(1);
    expect(dir.errors.filter((e) => e.includes('mã đơn vị'))).toEqual([]);
    expect(dir.schools.map((s) => s.codeTwice)).toEqual([undefined, undefined]);
  });

  it('one code on two schools: both are marked, and the line says what waits', () => {
    const rows = directoryToRows([SCHOOLS[0], { ...SCHOOLS[1], code: SCHOOLS[0].code }]);
    const dir = parseDirectory(rows);
    expect(dir.schools.map((s) => s.codeTwice)).toEqual([true, true]);
    expect(dir.errors.find((e) => e.includes('mã đơn vị'))).toContain('không gửi thư nhắc hạn');
  });

  it('an address two schools list: mail to neither, their own addresses kept', () => {
    const shared = 'chung@example.edu.vn';
    const dir = parseDirectory(directoryToRows([{ ...SCHOOLS[0], emails: [...SCHOOLS[0].emails, shared] }, { ...SCHOOLS[1], emails: [shared] }]));
    expect(schoolMail(dir.schools[0])).toEqual(SCHOOLS[0].emails);
    expect(schoolMail(dir.schools[1])).toEqual([]);
    expect(dir.errors.find((e) => e.includes(shared))).toContain(`“${SCHOOLS[1].name}” không còn địa chỉ nào khác`);
  });
});
