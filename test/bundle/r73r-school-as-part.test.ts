// Review r73r (the people who fill in the form) F1: the school's clerk registers the school itself but answers "Loại
// tập thể" with "Bộ phận của đơn vị" (the first choice she reads as "a part of the education sector"). Forms then skips
// the page "Tiêu chuẩn chung của đơn vị": the Party, union and youth ratings, Chỉ thị 05, safety and the pupils'
// conditions are never asked. The tool knows the collective is the school itself (duplicates.ts namesItsSchool: one
// subject whatever was answered), yet checks it as a part: "Đạt", the council told nothing, the clerk told nothing.
import { describe, expect, it } from 'vitest';
import { SCHOOLS, officeAfterSetup } from './helpers';
import { subUnitAnswers } from '../core/helpers';
import { COLLECTIVE_KIND_CHOICES, Q, type FormAnswers } from '../../src/core/registration-form';

const RESULTS = 'Kết quả kiểm tra';

describe('the school itself registered as "Bộ phận của đơn vị" (r73r F1)', () => {
  it('is not "Đạt" on a page it never saw: the clerk is told to choose "Toàn đơn vị" and answer the unit’s questions', () => {
    const o = officeAfterSetup();
    // Everything a part answers, complete; the collective's name is the school's own, as the help asks of the whole unit.
    const a: FormAnswers = { ...subUnitAnswers(), [Q.collectiveName]: SCHOOLS[0].name };
    expect(a[Q.collectiveKind]).toBe(COLLECTIVE_KIND_CHOICES.part);
    expect(a[Q.partyRatings]).toBeUndefined();
    o.emu.forms.submitAsUser(o.formId, a, { email: SCHOOLS[0].emails[0] });
    const v = o.emu.spreadsheets.values(RESULTS);
    const h = v[0] as string[];
    const row = v[v.length - 1];
    // Whole-unit criteria unanswered: not a verdict of "meets every required criterion".
    expect(String(row[h.indexOf('Kết luận')])).not.toBe('Đạt');
    const mail = o.emu.mail.sent[o.emu.mail.sent.length - 1];
    expect(mail.subject).not.toMatch(/\] Đạt —/);
    // Which question to change, and to what.
    expect(mail.body).toContain(`“${Q.collectiveKind}”`);
    expect(mail.body).toContain(`“${COLLECTIVE_KIND_CHOICES.whole}”`);
  });
});
