import { it } from 'vitest';
import { confirmationOf } from '../bundle/helpers';
import { Q } from '../../src/core/registration-form';
it('notes', () => {
  for (const n of ['Nguyen Thi Hoa', 'Nguyễn Thị Hòa (TPT Đội)']) {
    const b = confirmationOf({ [Q.individualName]: n }).body;
    console.log(b.split('\n').filter((l) => l.startsWith('Lưu ý: họ tên')).join('\n'));
  }
});
