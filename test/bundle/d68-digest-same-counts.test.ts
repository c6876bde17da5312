// Review d68: the weekly digest names a registration whose verdict turned without its school's sending (review r67s F4)
// only when the counts moved. In a week where the clerk deletes one school's response row (a withdrawn registration)
// and another school sends a new registration with the same verdict, the counts read the same as last week: the
// digest says nothing — neither the registration gone nor the new one — though "Lịch sử thẩm định" holds both.
import { expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { digestOffice, individualAnswers, SCHOOLS } from './helpers';

it('a registration withdrawn in a week whose counts end as they were is still named in the digest', () => {
  const { o, digest, withdraw } = digestOffice();
  const first = digest();
  expect(first).toContain('Tổng cộng: 3 phiếu');
  o.emu.clock.advance(2 * 24 * 3600_000);
  withdraw('Lê Văn Cường');
  o.emu.clock.advance(24 * 3600_000);
  o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[2].name, [Q.individualName]: 'Đỗ Thị Mai' } as never, { email: SCHOOLS[2].emails[0] });
  o.rebuild();
  o.emu.clock.advance(4 * 24 * 3600_000);
  const second = digest();
  expect(second).toContain('Lê Văn Cường');
  expect(second).toContain('Đỗ Thị Mai');
});
