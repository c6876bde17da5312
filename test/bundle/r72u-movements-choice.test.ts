// Review r72u (docs truth): "Tiêu chí" tells the office how CN-04 is checked ("Cách kiểm tra"), quoting the form's
// answers. The form's grid "Tham gia các phong trào thi đua của ngành" offers “Có tham gia” and “Chưa tham gia”
// (form-titles.ts MOVEMENT_COLUMNS, docs/workbook.md), but the sentence says a row answered “Không tham gia” — an answer
// the office will find on no response.
import { describe, expect, it } from 'vitest';
import { MOVEMENT_COLUMNS } from '../../src/core/form-titles';
import { SCHOOLS, officeAfterSetup } from './helpers';

describe('"Cách kiểm tra" of CN-04 (review r72u)', () => {
  it('quotes only answers the form offers', () => {
    const o = officeAfterSetup(SCHOOLS);
    const tab = o.emu.spreadsheets.values('Tiêu chí').map((r) => r.map(String));
    const how = tab[0].indexOf('Cách kiểm tra');
    const text = tab.find((r) => r[0] === 'CN-04-PHONG-TRAO')![how];
    const quoted = [...text.matchAll(/“([^”]*tham gia)”/g)].map((m) => m[1]);
    expect(quoted.length).toBeGreaterThan(0);
    for (const q of quoted) expect(Object.values(MOVEMENT_COLUMNS)).toContain(q);
  });
});
