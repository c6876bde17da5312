// The office the reviews of "Kết quả kiểm tra" start from (r83o, d83a, d83c): a Sở of the 2026–2030 period on
// 08/12/2026 whose schools each send a teacher in turn, a minute apart, then the menu's "Cập nhật tổng hợp".
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, haSonSo, individualAnswers, officeAfterSetup } from './helpers';

export const RESULTS = 'Kết quả kiểm tra';
export const NOW = new Date(2026, 11, 8, 8, 0, 0);
export const TEACHERS = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'] as const;

/** The office after `names` were sent (the i-th by SCHOOLS[i mod n]'s first address) and checked by a rebuild. */
export function teachersChecked(names: readonly string[] = TEACHERS) {
  const cfg = haSonSo(NOW, {});
  const o = officeAfterSetup(SCHOOLS, { now: NOW }, cfg);
  names.forEach((name, i) => {
    const s = SCHOOLS[i % SCHOOLS.length];
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher', cfg), [Q.school]: s.name, [Q.individualName]: name } as never, { email: s.emails[0] });
    o.emu.clock.advance(60_000);
  });
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  return o;
}
