// Two people of one name and birth year at one school (review complaint H3): the later registration replaced the
// earlier, though each was sent from its own address for another role, and a real person dropped out of the review
// without anyone deciding it. Now both stay, flagged for the council; a school sending one again still replaces it.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { HISTORY_TAB, REVIEW_VERDICT_SUPERSEDED } from '../../src/core/messages';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

const school = SCHOOLS[1]; // two addresses in "Đơn vị"
const huong = (role: 'teacher' | 'staff') => ({ ...individualAnswers(role), [Q.school]: school.name, [Q.individualName]: 'Nguyễn Thị Hương', [Q.birthYear]: '1985' }) as never;

function office(second: { role: 'teacher' | 'staff'; from: number }) {
  const ctx = officeAfterSetup(SCHOOLS);
  ctx.emu.forms.submitAsUser(ctx.formId, huong('teacher'), { email: school.emails[0] });
  ctx.emu.clock.advance(3 * 24 * 3_600_000);
  ctx.emu.forms.submitAsUser(ctx.formId, huong(second.role), { email: school.emails[second.from] });
  ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  return ctx;
}

const rowOf = (ctx: ReturnType<typeof office>, code: string) => {
  const v = ctx.emu.spreadsheets.values('Thẩm định');
  const h = v[0].map(String);
  const r = v.find((x) => x[0] === code)!;
  return Object.fromEntries(h.map((k, i) => [k, String(r[i] ?? '')]));
};

describe('namesakes at one school', () => {
  it('another role, sent from another of its addresses: both stay in force, each flagged as possibly the other', () => {
    const ctx = office({ role: 'staff', from: 1 });
    for (const [code, other] of [['DK-000002', 'DK-000003'], ['DK-000003', 'DK-000002']]) {
      const row = rowOf(ctx, code);
      expect(row['Kết luận tự động'], code).not.toBe(REVIEW_VERDICT_SUPERSEDED);
      expect(row['Ghi chú'], code).toContain('Có thể trùng người');
      expect(row['Ghi chú'], code).toContain(other);
    }
    // Nothing replaced, nothing told the school as replaced.
    expect(ctx.emu.mail.sent.filter((m) => /thay bằng phiếu|đã được thay/.test(m.subject))).toEqual([]);
  });

  it('the same role, or sent again from the same address: the school registered it again, the later replaces the earlier, and the history says by which', () => {
    for (const second of [{ role: 'teacher' as const, from: 1 }, { role: 'staff' as const, from: 0 }]) {
      const ctx = office(second);
      expect(rowOf(ctx, 'DK-000002')['Kết luận tự động']).toBe(REVIEW_VERDICT_SUPERSEDED);
      const lines = ctx.emu.spreadsheets.values(HISTORY_TAB).slice(1).filter((r) => r[1] === 'DK-000002').map((r) => String(r[4]));
      expect(lines.some((l) => l.includes('thay bằng phiếu DK-000003: cùng đơn vị, cùng tên và năm sinh'))).toBe(true);
    }
  });
});
