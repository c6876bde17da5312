// The collective "no case" conditions (plan II.2.a, last paragraph: "Trong tập thể không có …"): a case declared is a
// fact, not an answer to change. The finding says so, says the collective does not meet the criterion for the
// period, and that a part of the unit without the case can register on its own; the verdict stays as it was.
import { describe, expect, it } from 'vitest';
import { CONDITIONS, CONDITION_COLUMNS } from '../../src/core/form-titles';
import { Q } from '../../src/core/registration-form';
import { REMINDER_EMAIL } from '../../src/core/messages';
import { collectiveAnswers, config, evaluate, subUnitAnswers } from './helpers';

const cfg = config(new Date(2024, 6, 1));

const cases: { id: string; row: string; grid: string; part: boolean }[] = [
  { id: 'TT-12-DAO-DUC', row: CONDITIONS.ethics, grid: Q.conditions, part: false },
  { id: 'TT-12-DAO-DUC', row: CONDITIONS.ethics, grid: Q.conditions, part: true },
  { id: 'TT-13-NOI-QUY', row: CONDITIONS.pupilRules, grid: Q.unitConditions, part: false },
  { id: 'TT-14-BO-HOC', row: CONDITIONS.dropout, grid: Q.unitConditions, part: false },
  { id: 'TT-15-CON-THU-3', row: CONDITIONS.thirdChild, grid: Q.conditions, part: false },
  { id: 'TT-16-DON-THU', row: CONDITIONS.complaints, grid: Q.conditions, part: true },
];

describe('a “no case” condition answered “Có”', () => {
  for (const k of cases) {
    it(`${k.id} (${k.part ? 'a part of the unit' : 'the whole unit'}): a fact for the period, and what can be done`, () => {
      const base = k.part ? subUnitAnswers(cfg) : collectiveAnswers(cfg);
      const grid = { ...(base[k.grid] as Record<string, string>), [k.row]: CONDITION_COLUMNS.some };
      const e = evaluate({ ...base, [k.grid]: grid }, cfg);
      // The verdict is unchanged: not met.
      expect(e.verdict).toBe('chuaDat');
      const f = e.findings.filter((x) => x.criterionId === k.id);
      expect(f).toHaveLength(1);
      expect(f[0].status).toBe('notMet');
      const m = f[0].message;
      expect(m).toContain(`“${k.row}”`);
      expect(m).toContain(`“${k.grid}”`);
      // The answer must reflect the facts; with the case, the collective does not meet the criterion for the period.
      expect(m).toContain('Câu trả lời phải đúng với thực tế; có trường hợp này thì tập thể không đạt tiêu chí này trong giai đoạn.');
      // A part of the unit without the case can register as a collective of its own.
      expect(m).toContain('Bộ phận nào của đơn vị không có trường hợp này (ví dụ một tổ chuyên môn) có thể đăng ký thành một tập thể riêng.');
      expect(m).toBe(m.normalize('NFC'));
    });
  }

  it('the reminder tells it as what was declared, not as an answer to change', () => {
    const line = REMINDER_EMAIL.registrationToFix('DK-000002', 'Tập thể', 'Trường A', 'Chưa đạt', ['x.'], []);
    expect(line).toContain('1 điểm chưa đạt theo thông tin đơn vị đã khai. x.');
    expect(line).not.toContain('câu trả lời hiện tại');
  });
});
