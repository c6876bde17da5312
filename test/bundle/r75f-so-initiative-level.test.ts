// Review r75f (the Google Forms as the person filling them meets them) F1.
//
// Who is hurt: a teacher or clerk of a school managed by a Sở (a THPT school, a trung tâm GDNN-GDTX) registering an
// initiative that the Sở (its Giám đốc, or the Sở's Hội đồng sáng kiến) recognised — the commonest recognition such a
// school has. The help of “Sáng kiến, giải pháp n: cấp công nhận” says: “Cấp cơ sở: được trường, cơ quan quản lý trực
// tiếp hoặc Ủy ban nhân dân cấp xã công nhận … Cấp bộ, ngành, tỉnh: được Sở Giáo dục và Đào tạo, Ủy ban nhân dân tỉnh
// hoặc bộ, ngành trung ương công nhận.” For a school under a Sở, its “cơ quan quản lý trực tiếp” IS the Sở: the same
// decision fits both sentences, so two schools of the same Sở answer the same kind of decision differently. The level
// is not cosmetic: each level step is worth “scoring.initiativeLevel” points (5 by default) in the priority score that
// orders the passing registrations (validate.ts isComplete / score), so the council's ranking depends on which reading
// a clerk happened to make.
// What happens now: the Sở's form carries the help written for a district office (whose schools' cơ quan quản lý
// trực tiếp was the Phòng, never the Sở), unchanged.
// What should happen: in a Sở's form, the help places a recognition by the Sở (Giám đốc Sở) under exactly one level —
// whichever the office decides — e.g. by naming the office itself in the sentence of the level it means, and not
// naming the Sở in the other.
// Severity: Medium (a wrong answer invited by the form; it changes the ranking of registrations the council reads).
import { describe, expect, it } from 'vitest';
import { SCHOOLS, haSonSo, officeAfterSetup } from './helpers';
import { initiativeTitles } from '../../src/core/registration-form';

describe('a Sở’s registration form: the level of an initiative the Sở recognised', () => {
  it('is given by the help under one level only', () => {
    const now = new Date(2027, 2, 10, 9);
    const o = officeAfterSetup(SCHOOLS, { now }, haSonSo(now, {}));
    const item = o.emu.forms.forms.get(o.formId)!.items.find((i) => i.title === initiativeTitles(1).level)!;
    const help = item.helpText ?? '';
    const base = help.slice(0, help.indexOf('Cấp bộ, ngành, tỉnh:'));
    const province = help.slice(help.indexOf('Cấp bộ, ngành, tỉnh:'));
    // For a school of this Sở, "cơ quan quản lý trực tiếp" is the Sở; "Sở Giáo dục và Đào tạo" names it again.
    const soInBase = /cơ quan quản lý trực tiếp|Sở Giáo dục và Đào tạo|Giám đốc Sở/.test(base);
    const soInProvince = /Sở Giáo dục và Đào tạo|Giám đốc Sở/.test(province);
    expect({ help, soInBase, soInProvince }).toMatchObject({ soInBase: !soInProvince });
  });
});
