// Review d73 (r73r F1's fix, adversarially): a collective under its school's own name answered "Bộ phận của đơn vị" is
// now "Cần bổ sung" and told to choose "Toàn đơn vị". The school's name is matched without the words that only say it
// is a school (unit-names.ts SCHOOL_WORDS: "mầm non", "mẫu giáo", "nhà trẻ", "tiểu học", "THCS"…) — and those words are
// also the names of real parts of a school: the crèche of a preschool ("Nhà trẻ", "Khối Mẫu giáo" written "Mẫu giáo"),
// the primary section of a TH&THCS school. "Nhà trẻ Trường Mầm non Hoa Sen", a real part, answered "Bộ phận", is told
// it is the school itself and to answer the whole unit's questions — its registration held back, "Cần bổ sung".
import { describe, expect, it } from 'vitest';
import { SCHOOLS, officeAfterSetup } from './helpers';
import { subUnitAnswers } from '../core/helpers';
import { COLLECTIVE_KIND_CHOICES, Q, type FormAnswers } from '../../src/core/registration-form';

const RESULTS = 'Kết quả kiểm tra';

function verdictOf(name: string): { verdict: string; body: string } {
  const o = officeAfterSetup();
  const a: FormAnswers = { ...subUnitAnswers(), [Q.collectiveName]: name };
  expect(a[Q.collectiveKind]).toBe(COLLECTIVE_KIND_CHOICES.part);
  o.emu.forms.submitAsUser(o.formId, a, { email: SCHOOLS[0].emails[0] });
  const v = o.emu.spreadsheets.values(RESULTS);
  const h = v[0] as string[];
  return { verdict: String(v[v.length - 1][h.indexOf('Kết luận')]), body: o.emu.mail.sent[o.emu.mail.sent.length - 1].body };
}

describe('d73: a part of a school whose name is a school word, answered "Bộ phận"', () => {
  it('is checked as the part it is, as "Tổ Văn phòng" is', () => {
    const control = verdictOf('Tổ Văn phòng Trường Mầm non Hoa Sen');
    for (const name of ['Nhà trẻ Trường Mầm non Hoa Sen', 'Mẫu giáo - Trường Mầm non Hoa Sen']) {
      const got = verdictOf(name);
      expect(got.verdict, name).toBe(control.verdict);
      expect(got.body, name).not.toContain(`“${Q.collectiveKind}”`);
    }
  });
});
