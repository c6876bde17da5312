// Review r67t: "Tiêu chí" is the office's reference for how each criterion is judged ("Cách kiểm tra"). With "Số sáng
// kiến trên phiếu" set to 1 in "Cấu hình" (a shorter form), CN-02 ("có nhiều sáng kiến, giải pháp") is met by one named
// initiative (validate.ts namedInitiativesNeeded; docs/criteria.md "one when the form offers a single slot") — while the
// tab, rewritten by the same Thiết lập, still tells the office "Ghi tên ít nhất hai sáng kiến".
import { describe, expect, it } from 'vitest';
import { Q, initiativeTitles } from '../../src/core/registration-form';
import { SCHOOLS, individualAnswers, officeAfterSetup, setConfigValues } from './helpers';

describe('"Cách kiểm tra" of CN-02 with one initiative slot (review r67t)', () => {
  it('says what the tool checks: the number of named initiatives it asks for', () => {
    const o = officeAfterSetup(SCHOOLS);
    setConfigValues(o.emu, { initiativeSlots: '1' });
    o.bundle.call('setup', undefined, { kind: 'menu' });
    const a: Record<string, unknown> = { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[0].name, [Q.individualName]: 'Lê Thị Hoa' };
    // The form has one slot now: its questions only.
    for (let n = 2; n <= 3; n++) for (const t of Object.values(initiativeTitles(n))) delete a[t];
    o.emu.forms.submitAsUser(o.formId, a as never, { email: SCHOOLS[0].emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const results = o.emu.spreadsheets.values('Thẩm định');
    const verdict = results[0].map(String).indexOf('Kết luận tự động');
    // One named initiative: "Đạt", CN-02 met.
    expect(String(results.find((r) => r[0] === 'DK-000002')![verdict])).toBe('Đạt');
    const tab = o.emu.spreadsheets.values('Tiêu chí').map((r) => r.map(String));
    const how = tab[0].indexOf('Cách kiểm tra');
    expect(tab.find((r) => r[0] === 'CN-02-SANG-KIEN')![how]).not.toContain('ít nhất hai');
  });
});
