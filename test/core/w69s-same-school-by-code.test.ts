// Review d69c F3 (w69s): an outbox entry (reminder, calendar-day or moved-past notice) under a name no school bears now is
// the school's its ref's code names only when it went to that school's addresses: a typo corrected without "Tên cũ" is
// the same school; a code given to another school, with other addresses, is not (w69r's Sao Mai).
import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/core/evaluate';
import { directoryToRows } from '../../src/core/directory';
import { sameSchoolByCode, schoolWho } from '../../src/core/reminders';
import { SCHOOLS, config2026, form, headerRow } from './helpers';

const [HOA_SEN, HOA_BINH, QUANG_MINH] = SCHOOLS;
const cfg = config2026(new Date(2026, 8, 16, 7));
const dirOf = (schools: typeof SCHOOLS) => evaluateAll({ config: cfg, directoryRows: directoryToRows(schools), responseValues: [headerRow(form(cfg))], reportValues: [] }).directory;

describe('w69s: sameSchoolByCode', () => {
  const typo = [schoolWho('Trường Tiểu học Hòa Binh')];
  it('a name typo corrected, same code and addresses: the school; a teacher also written to is neither school\'s', () => {
    const dir = dirOf(SCHOOLS);
    const hb = dir.byCode.get(HOA_BINH.code)!;
    expect(sameSchoolByCode(typo, HOA_BINH.code, HOA_BINH.emails.join(','), dir)).toBe(hb);
    expect(sameSchoolByCode(typo, HOA_BINH.code, `${HOA_BINH.emails[0]},giaovien@example.com`, dir)).toBe(hb);
  });
  it('not when the entry\'s name is a school listed now, nor to another school\'s or no address, nor a code given to another school', () => {
    const dir = dirOf(SCHOOLS);
    expect(sameSchoolByCode([schoolWho(HOA_SEN.name)], HOA_BINH.code, HOA_BINH.emails[0], dir)).toBeNull();
    expect(sameSchoolByCode(typo, HOA_BINH.code, `${HOA_BINH.emails[0]},${QUANG_MINH.emails[0]}`, dir)).toBeNull();
    expect(sameSchoolByCode(typo, HOA_BINH.code, '', dir)).toBeNull();
    const given = dirOf([HOA_SEN, { ...HOA_BINH, name: 'Trường Tiểu học Sao Mai', emails: ['saomai@example.edu.vn'] }, QUANG_MINH]);
    expect(sameSchoolByCode(typo, HOA_BINH.code, HOA_BINH.emails[0], given)).toBeNull();
  });
});
