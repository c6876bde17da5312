// Names the award documents would print as typed, told to the teacher in her confirmation. A position or a note typed
// after the name ("Nguyễn Thị Hòa (TPT Đội)", "Nguyễn Thị Hòa, GV Toán"): the confirmation said her name was "chưa viết
// hoa chữ cái đầu mỗi tiếng" (the capitals of "TPT" read as a miscased word) and suggested nothing, and the documents'
// note likewise — the wrong reason, and no word of what to drop. A name typed without diacritics on a phone ("Nguyen Thi
// Hoa"): told nothing, printed so in the Quyết định.
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

describe('a name typed without diacritics', () => {
  it('the confirmation says it has no Vietnamese marks; a name of another people in Latin letters is a name', () => {
    for (const typed of ['Nguyen Thi Hoa', 'TRAN VAN BINH', 'Le Thi Thu Ha']) {
      const body = confirmationOf({ [Q.individualName]: typed }).body;
      expect(body, typed).toContain(`hiện ghi “${typed}”, chưa có dấu tiếng Việt`);
    }
    for (const typed of ['Ksor H\'Lan', 'Y Moan Nie']) expect(confirmationOf({ [Q.individualName]: typed }).body, typed).not.toContain(`“${Q.individualName}”`);
  });
});

describe('names of other peoples written without marks, and other ways of writing a position after the name (d74)', () => {
  it('an apostrophe or a single such syllable is not taken for a name typed without diacritics', () => {
    for (const typed of ['Siu H\'Ly', 'Ly Seo Chung', 'Kim Sa Ly']) expect(confirmationOf({ [Q.individualName]: typed }).body, typed).not.toContain('chưa có dấu tiếng Việt');
  });
  it('a dash with one space, or a slash, before a position', () => {
    for (const typed of ['Nguyễn Thị Hòa- Tổ trưởng', 'Nguyễn Thị Hòa/TPT Đội']) expect(confirmationOf({ [Q.individualName]: typed }).body, typed).toContain('sau tên, văn bản chỉ ghi họ và tên (“Nguyễn Thị Hòa”)');
  });
});
