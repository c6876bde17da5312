// Review r80i F3: a person's name whose syllable carries two tone marks, or a mark on a consonant, as a keyboard in the
// wrong Unicode mode (or a name pasted from a PDF) leaves it: "Nguyễ̃n" (a second tilde), "Hò́a" (grave and acute),
// "Ǹam" (grave on the N). No Vietnamese syllable has two tones: the name would be printed so in the Tờ trình, the
// Danh sách and the Quyết định. Today the registration is "Đạt" with nothing said; the name check that refuses
// symbols ("không phải một tên") should name the field, as it does for any name the documents cannot print.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

const RESULTS = 'Kết quả kiểm tra';
const NAME_FIELD = 'Họ và tên cá nhân đăng ký';

const GARBLED = ['Nguye\u0302\u0303\u0303n Văn Nam', 'Nguyễn Thị Ho\u0300\u0301a', 'Lê Văn N\u0300am'];
/** The control: a name typed with combining marks, one tone a syllable (NFD of "Nguyễn Thị Hòa"). */
const DECOMPOSED = 'Nguye\u0302\u0303n Thi\u0323 Ho\u0300a';

describe('a name with two tone marks on one syllable (review r80i F3)', () => {
  it('is told to the school and the office by its field; a name merely decomposed is not', () => {
    const o = officeAfterSetup();
    [...GARBLED, DECOMPOSED].forEach((name, i) => {
      o.emu.clock.advance(60_000);
      o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[i % 3].name, [Q.individualName]: name, [Q.birthYear]: String(1975 + i) }, { email: SCHOOLS[i % 3].emails[0] });
    });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const values = o.emu.spreadsheets.values(RESULTS);
    const h = values[0].map(String);
    const rows = values.slice(1).map((r) => Object.fromEntries(h.map((k, i) => [k, String(r[i])])));
    expect(rows).toHaveLength(4);
    const said = (r: Record<string, string>) => `${r['Cần bổ sung hoặc chưa đạt']}\n${r['Ghi chú']}`;
    // Today: "Nguyễ̃n Văn Nam", "Nguyễn Thị Hò́a", "Lê Văn Ǹam" are "Đạt", "Không có", nothing noted.
    for (const r of rows.slice(0, 3)) expect(said(r), r['Tên tập thể / cá nhân']).toContain(NAME_FIELD);
    expect(rows[3]['Tên tập thể / cá nhân']).toBe('Nguyễn Thị Hòa');
    expect(said(rows[3])).not.toContain(NAME_FIELD);
    // The school hears it too, in its confirmation.
    for (let i = 0; i < 3; i++) {
      const mail = o.emu.mail.to(SCHOOLS[i % 3].emails[0]).find((m) => m.subject.includes(rows[i]['Mã phiếu']))!;
      expect(mail.body).toContain(NAME_FIELD);
    }
  });
});
