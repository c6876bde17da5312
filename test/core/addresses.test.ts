// Addresses as office staff paste them into "Đơn vị": from a mail client, several in one cell.
import { describe, expect, it } from 'vitest';
import { directoryToRows, parseDirectory, splitEmails } from '../../src/core/directory';
import { SCHOOLS } from './helpers';

describe('splitEmails', () => {
  it('reads bare addresses separated by ";", "," or spaces', () => {
    expect(splitEmails('a@x.vn; B@X.VN, c@x.vn d@x.vn')).toEqual(['a@x.vn', 'b@x.vn', 'c@x.vn', 'd@x.vn']);
  });

  it('reads what a mail client writes: Name <addr>, a quoted name with a comma, mailto:', () => {
    expect(splitEmails('"Hiệu trưởng" <HT@truong.edu.vn>')).toEqual(['ht@truong.edu.vn']);
    expect(splitEmails('"Nguyễn, Văn A" <a@x.vn>; Trần Thị B <b@x.vn>, mailto:c@x.vn')).toEqual(['a@x.vn', 'b@x.vn', 'c@x.vn']);
    expect(splitEmails('Hiệu trưởng hieutruong@x.vn')).toEqual(['hieutruong@x.vn']);
  });

  it('returns what is not an address as written, so that "Đơn vị" refuses it with a clear message', () => {
    const rows = directoryToRows([{ ...SCHOOLS[0], emails: ['Hiệu trưởng'] }]);
    const dir = parseDirectory(rows);
    expect(dir.errors.join('\n')).toMatch(/“hiệu trưởng” không phải là địa chỉ e-mail hợp lệ\. Ghi mỗi địa chỉ dạng ten@truong\.edu\.vn/);
    expect(dir.schools[0].emails).toEqual([]);
  });

  it('a pasted "Name <addr>" cell gives the school that address, with no error', () => {
    const rows = directoryToRows([{ ...SCHOOLS[0], emails: ['"Hiệu trưởng" <ht@truong.edu.vn>', 'Văn thư <vt@truong.edu.vn>'] }]);
    const dir = parseDirectory(rows);
    expect(dir.errors).toEqual([]);
    expect(dir.schools[0].emails).toEqual(['ht@truong.edu.vn', 'vt@truong.edu.vn']);
  });
});
