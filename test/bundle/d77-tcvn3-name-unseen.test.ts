// Review d77 (adversarial reading of this session's changes) F1.
//
// Who is hurt: a teacher proposed for an award, whose name the Quyết định khen thưởng prints. Commit 7eebb6ab checks a
// registered name for text typed with Unikey/EVKey left on TCVN3 (ABC) by the Latin-1 characters Vietnamese has no use
// for (registration.ts legacyCodeTableChar). But TCVN3 writes many of its letters with Latin-1 capitals that are
// Vietnamese letters in Unicode: "ễ" is "Ô", "ấ" is "Ê", "ế" is "Õ", "ể" is "Ó", "ề" is "Ò", "õ" is "â", "ũ" is "ò".
// Very common names are written with those alone: "Nguyễn Tuấn Anh" is "NguyÔn TuÊn Anh", "Nguyễn Tiến Dũng" is
// "NguyÔn TiÕn Dòng", "Võ Minh Tuấn" is "Vâ Minh TuÊn", "Phan Thế Hiển" is "Phan ThÕ HiÓn". They pass: the confirmation
// says nothing and the name is printed so in the award documents. A capital letter right after a small one inside a
// word ("yÔn", "uÊn", "iÕn") is never Vietnamese (nor a minority language's spelling): it is the tell.
// Should: such a name is a data problem as "NguyÔn ThÞ Hïng" is (the school told to choose Unicode and type it again).
// Severity: Medium (a garbled name in a signed award decision; the school believes the check would have told it).
import { describe, expect, it } from 'vitest';
import { confirmationOf } from './helpers';
import { Q } from '../../src/core/registration-form';

describe('a name typed with Unikey on TCVN3 whose every letter is a Latin-1 letter (d77 F1)', () => {
  it('the control: "NguyÔn ThÞ Hïng" is told', () => {
    const m = confirmationOf({ [Q.individualName]: 'NguyÔn ThÞ Hïng' });
    expect(m.body).toContain('Unicode');
  });
  for (const typed of ['NguyÔn TuÊn Anh', 'NguyÔn TiÕn Dòng', 'Vâ Minh TuÊn']) {
    it(`“${typed}” is told as typed with a legacy code table`, () => {
      const m = confirmationOf({ [Q.individualName]: typed });
      // Today: the confirmation says nothing of it ("Đạt"), and the name goes into the documents as typed.
      expect(m.body).toContain('Unicode');
    });
  }
});
