// One team of a school sent twice under two wordings of its name ("Tổ Toán", then "Tổ chuyên môn Toán" instead of the edit
// link): two subjects, both in force, both possibly in the Tờ trình — and nobody told (review r73r, left as a judgement
// call). Now each is flagged "Có thể trùng tập thể" in "Kết quả kiểm tra" and "Thẩm định", and the school is told once,
// as it is of two registrations of one person's name.
import { describe, expect, it } from 'vitest';
import { SCHOOLS, officeAfterSetup } from './helpers';
import { subUnitAnswers } from '../core/helpers';
import { Q } from '../../src/core/registration-form';
import { REVIEW_VERDICT_SUPERSEDED } from '../../src/core/messages';

describe('one team under two wordings of its name', () => {
  const school = SCHOOLS[2];
  const team = (name: string) => ({ ...subUnitAnswers(), [Q.school]: school.name, [Q.collectiveName]: name });
  const reviewRow = (o: ReturnType<typeof officeAfterSetup>, code: string) => {
    const v = o.emu.spreadsheets.values('Thẩm định');
    const h = v[0].map(String);
    const r = v.find((x) => x[0] === code)!;
    return Object.fromEntries(h.map((k, i) => [k, String(r[i] ?? '')]));
  };
  const season = (first: string, second: string) => {
    const o = officeAfterSetup();
    o.emu.forms.submitAsUser(o.formId, team(first), { email: school.emails[0] });
    o.emu.clock.advance(3 * 86_400_000);
    o.emu.forms.submitAsUser(o.formId, team(second), { email: school.emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    return o;
  };

  it('both stay in force, each flagged as possibly the other; the school is told once what to do', () => {
    const o = season('Tổ Toán', `Tổ chuyên môn Toán - ${school.name}`);
    for (const [code, other] of [['DK-000002', 'DK-000003'], ['DK-000003', 'DK-000002']]) {
      const row = reviewRow(o, code);
      expect(row['Kết luận tự động'], code).not.toBe(REVIEW_VERDICT_SUPERSEDED);
      expect(row['Ghi chú'], code).toContain(`Có thể trùng tập thể với phiếu ${other}`);
    }
    const results = o.emu.spreadsheets.values('Kết quả kiểm tra').map((r) => r.map(String).join('\t'));
    expect(results.filter((r) => r.includes('Có thể trùng tập thể'))).toHaveLength(2);
    const told = o.emu.mail.sent.filter((m) => m.subject.includes('Có thể trùng tập thể'));
    expect(told.map((m) => m.subject)).toEqual([expect.stringContaining('phiếu DK-000003 và DK-000002')]);
    expect(told[0].body).toContain('Nếu là cùng một tập thể (phiếu DK-000003 được gửi để sửa phiếu trước)');
    expect(o.emu.mail.sent.filter((m) => m.subject.includes('Có thể trùng người'))).toEqual([]);
  });

  it('two teams of other names, or a team beside the school itself: nothing said (the controls)', () => {
    for (const [a, b] of [['Tổ Toán', 'Tổ Toán - Tin'], ['Tổ Toán', 'Tổ Ngữ văn'], [school.name, 'Tổ Toán']]) {
      const o = season(a, b);
      expect(o.emu.spreadsheets.values('Thẩm định').map((r) => r.map(String).join('\t')).filter((r) => r.includes('Có thể trùng')), `${a} / ${b}`).toEqual([]);
    }
  });
});
