// Review r80i F2: an address in "Đơn vị" holding a letter no Google account's address has — a Cyrillic "о" (U+043E)
// pasted in, looking exactly like "o", or a Vietnamese letter Unikey's Telex made while the clerk typed ("w" → "ư") —
// is taken as the school's address without a word. Every registration the school sends from its real address is then
// "Chưa xác minh", and the note quotes two addresses that read the same ("thhoabinh@…" is not in the list
// "thhоabinh@…"); copies, reminders and the view go to an address that cannot exist. The directory must name the row
// and the column, as it does for any other address it cannot use (directoryErrorBadEmail).
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, alertsShown, individualAnswers, officeAfterSetup } from './helpers';

const LOOKALIKE = 'thh\u043Eabinh@example.edu.vn';
const TELEX = 'thcsquangminh.\u01B0@example.edu.vn';
const LIST = [SCHOOLS[0], { ...SCHOOLS[1], emails: [LOOKALIKE] }, { ...SCHOOLS[2], emails: [TELEX] }];

/** Everything the office is told: the error log, "Tình trạng", the alerts. */
function told(o: ReturnType<typeof officeAfterSetup>): string {
  const tabs = o.emu.spreadsheets.sheetNames();
  const log = tabs.includes('Nhật ký lỗi') ? o.emu.spreadsheets.values('Nhật ký lỗi').flat().map(String) : [];
  return [...log, ...o.emu.spreadsheets.values('Tình trạng').flat().map(String), ...alertsShown(o.emu)].join('\n');
}

describe('an address in "Đơn vị" with a letter no address has (review r80i F2)', () => {
  it('is named with its row and column, not taken as the school\'s address', () => {
    const o = officeAfterSetup(LIST);
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[1].name }, { email: 'thhoabinh@example.edu.vn' });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const text = told(o);
    // Today: nothing at all is said of either cell; the registration is "Chưa xác minh" against a look-alike address.
    expect(text).toMatch(new RegExp(`dòng 3[^\\n]*${LOOKALIKE.replace(/\./g, '\\.')}`));
    expect(text).toMatch(new RegExp(`dòng 4[^\\n]*${TELEX.replace(/\./g, '\\.')}`));
    // No e-mail goes to an address that cannot exist.
    expect(o.emu.mail.sent.flatMap((m) => [...m.to]).filter((a) => /[^\x00-\x7f]/.test(a))).toEqual([]);
  });
});
