// Review d73 (r73r F3's fix, adversarially): the confirmation now tells the teacher of a form of address or a miscased
// name. Two names the office and the teacher meet: "Cô giáo Hoa" (a form of address of two words before a one-word
// name) is told as a name "giáo Hoa"; "TS. Nguyễn Văn Bình" (the academic title written with its dot, as official
// texts write it) is told it is "not cased as a person's name" though every word is.
import { describe, expect, it } from 'vitest';
import { confirmationOf } from './helpers';
import { Q } from '../../src/core/registration-form';

const confirmationFor = (name: string): string => confirmationOf({ [Q.individualName]: name }).body;

describe('d73: the name notes of the confirmation', () => {
  it('"Cô giáo Hoa": the note never gives "giáo Hoa" as the name the documents print', () => {
    for (const [typed, wrong] of [['Cô giáo Hoa', '“giáo Hoa”'], ['Thầy giáo Nam', '“giáo Nam”']]) {
      const body = confirmationFor(typed);
      expect(body, typed).not.toContain(wrong);
    }
  });

  it('"Cô Hoa", "Thầy Nam" (a form of address before a given name only): told of the name, as "Cô Nguyễn Thị Hòa" is', () => {
    expect(confirmationFor('Cô Nguyễn Thị Hòa')).toContain(`“${Q.individualName}”`);
    for (const name of ['Cô Hoa', 'Thầy Nam']) expect(confirmationFor(name), name).toContain(`“${Q.individualName}”`);
  });

  it('"Đồng chí Hòa": not suggested as "Đồng Chí Hòa" (a form of address is no part of the name to capitalise)', () => {
    expect(confirmationFor('Đồng chí Hòa')).not.toContain('Đồng Chí Hòa');
  });

  it('an academic title with its dot ("TS.", "PGS.TS.", "NGƯT.") before a well-cased name: not told it is miscased', () => {
    for (const name of ['TS. Nguyễn Văn Bình', 'PGS.TS. Nguyễn Văn Bình', 'NGƯT. Trần Văn An']) {
      const body = confirmationFor(name);
      expect(body, name).not.toContain('chưa viết hoa chữ cái đầu mỗi tiếng');
    }
  });

  it('the control: "TS Nguyễn Văn Bình" (no dot) is not told either', () => {
    expect(confirmationFor('TS Nguyễn Văn Bình')).not.toContain('chưa viết hoa chữ cái đầu mỗi tiếng');
  });
});
