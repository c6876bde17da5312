// A position or a note typed after the name ("Nguyễn Thị Hòa (TPT Đội)", "Nguyễn Thị Hòa, GV Toán"): the confirmation
// said her name was "chưa viết hoa chữ cái đầu mỗi tiếng" (the capitals of "TPT" read as a miscased word) and suggested
// nothing, and the documents' note likewise — the wrong reason, and no word of what to drop. Both now say there is a
// position or a note after the name and give the name the documents should print.
import { describe, expect, it } from 'vitest';
import { confirmationOf } from './helpers';
import { Q } from '../../src/core/registration-form';

describe('a position or a note after the name', () => {
  it('the confirmation names what is after the name and the name alone, not its case', () => {
    for (const [typed, after] of [['Nguyễn Thị Hòa (TPT Đội)', '(TPT Đội)'], ['Nguyễn Thị Hòa, GV Toán', 'GV Toán'], ['Nguyễn Thị Hòa - Tổ trưởng', 'Tổ trưởng']]) {
      const body = confirmationOf({ [Q.individualName]: typed }).body;
      expect(body, typed).toContain(`hiện có “${after}” sau tên, văn bản chỉ ghi họ và tên (“Nguyễn Thị Hòa”)`);
      expect(body, typed).not.toContain('chưa viết hoa');
    }
  });

  it('the name before it in capitals: the name alone as usually written', () => {
    expect(confirmationOf({ [Q.individualName]: 'NGUYỄN THỊ HÒA (TPT ĐỘI)' }).body).toContain('(“Nguyễn Thị Hòa”)');
  });

  it('a hyphenated name is a name (the control)', () => {
    expect(confirmationOf({ [Q.individualName]: 'Y-Moan Niê' }).body).not.toContain(`“${Q.individualName}”`);
  });
});
