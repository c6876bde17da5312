// A part of a school named with the school's own name ("Nhà trẻ Trường Mầm non Hoa Sen", its nursery section) was taken
// for the school itself (namesItsSchool: every wording of the school's name one subject): whichever was sent later
// replaced the other, in the register a submission is answered from and in the rebuild. Both are registrations in force.
import { describe, expect, it } from 'vitest';
import { SCHOOLS, collectiveAnswers, officeAfterSetup } from './helpers';
import { subUnitAnswers } from '../core/helpers';
import { Q } from '../../src/core/registration-form';
import { REVIEW_HEADERS, REVIEW_VERDICT_SUPERSEDED } from '../../src/core/messages';

describe('a part named with its school’s name beside the school itself', () => {
  const [school] = SCHOOLS;
  const verdicts = (o: ReturnType<typeof officeAfterSetup>) => {
    const v = o.emu.spreadsheets.values('Thẩm định');
    const h = v[0].map(String);
    return Object.fromEntries(v.slice(1).map((r) => [String(r[0]), String(r[h.indexOf(REVIEW_HEADERS.verdict)])]));
  };

  it('each is told it is received and counted, from the school’s address or another, and the rebuild keeps both', () => {
    for (const partFrom of [school.emails[0], 'to.nhatre@gmail.example']) {
      const o = officeAfterSetup();
      o.emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(), [Q.school]: school.name, [Q.collectiveName]: school.name }, { email: school.emails[0] });
      o.emu.clock.advance(86_400_000);
      const n = o.emu.mail.sent.length;
      o.emu.forms.submitAsUser(o.formId, { ...subUnitAnswers(), [Q.school]: school.name, [Q.collectiveName]: `Nhà trẻ ${school.name}` }, { email: partFrom });
      const told = o.emu.mail.sent.slice(n).map((m) => m.subject);
      expect(told).toEqual([`[Điển hình tiên tiến] Đạt — Đã nhận phiếu DK-000003 (Nhà trẻ ${school.name})`]);
      expect(told[0]).not.toMatch(/Không được xét|trùng với/);
      const m = o.emu.mail.sent.length;
      o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
      const v = verdicts(o);
      expect([v['DK-000002'], v['DK-000003']]).not.toContain(REVIEW_VERDICT_SUPERSEDED);
      // Nobody is told a registration stopped counting.
      expect(o.emu.mail.sent.slice(m).map((x) => x.subject).filter((s) => /Không được xét|trùng với/.test(s))).toEqual([]);
    }
  });
});
