// A third registration of one subject that may be either of two people (sent from an address the school
// does not list, or without a role) joins one of the groups, never links them (review diff45 H1).
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { identityFlags } from '../../src/core/duplicates';
import { parseResponses } from '../../src/core/registration';
import { directoryToRows, parseDirectory } from '../../src/core/directory';
import { answersToRow, config, directory, form, headerRow, individualAnswers, SCHOOLS } from './helpers';

const cfg = config();
const f = form(cfg);
const ctx = { form: f, directory: directory(), config: cfg, tab: 'Câu trả lời biểu mẫu 1' };
const at = (d: number) => new Date(2023, 0, d, 8);
const school = SCHOOLS[1];
const huong = (role: 'teacher' | 'staff') => ({ ...individualAnswers(role, cfg), [Q.school]: school.name, [Q.individualName]: 'Nguyễn Thị Hương', [Q.birthYear]: '1985' });

describe('two people of one subject and a third registration linked to both (review diff45 H1)', () => {
  it('a stray registration from a personal address does not make the teacher replaced by the accountant', () => {
    const regs = parseResponses([
      headerRow(f),
      answersToRow(f, huong('teacher'), at(1), school.emails[0]), // DK-000002: the teacher, from the school's first address
      answersToRow(f, huong('staff'), at(2), school.emails[1]), // DK-000003: the accountant, from its second
      answersToRow(f, huong('teacher'), at(3), 'huong.personal@gmail.com'), // DK-000004: the teacher, from her own mailbox
    ], ctx).registrations;
    const flags = identityFlags(regs);
    // Both people stay in force (the stray one is replaced by the school's own), flagged alike for the council.
    expect(flags.get('DK-000003')!.supersededBy).toBeUndefined();
    expect(flags.get('DK-000002')!.supersededBy).toBeUndefined();
  });

  it('whatever the rows\' order, and the stray one joins the group of its own role', () => {
    const rows = [
      answersToRow(f, huong('teacher'), at(1), school.emails[0]),
      answersToRow(f, huong('staff'), at(2), school.emails[1]),
      answersToRow(f, huong('teacher'), at(3), 'huong.personal@gmail.com'),
    ];
    const orders = [[0, 1, 2], [2, 1, 0], [1, 2, 0], [2, 0, 1]];
    const results = orders.map((o) => {
      const regs = parseResponses([headerRow(f), ...o.map((k) => rows[k])], ctx).registrations;
      const flags = identityFlags(regs);
      // By who each is (the teacher from the school, the accountant, the teacher from her mailbox), not by row.
      return o.map((k, i) => [k, flags.get(regs[i].id)!.supersededBy ? regs.findIndex((r) => r.id === flags.get(regs[i].id)!.supersededBy) : -1]).map(([k, j]) => [k, j < 0 ? -1 : o[j]]).sort((a, b) => a[0] - b[0]);
    });
    for (const r of results) expect(r).toEqual([[0, -1], [1, -1], [2, 0]]);
  });

  it('three people of one subject from three of its addresses: each names the other two in code order, whatever the rows\' order (review diff45 L1)', () => {
    const three = { ...school, emails: [...school.emails, 'ketoan.thhb@example.edu.vn'] };
    const ctx3 = { ...ctx, directory: parseDirectory(directoryToRows(SCHOOLS.map((x) => (x === school ? three : x)))) };
    const rows = [
      answersToRow(f, huong('teacher'), at(1), three.emails[0]),
      answersToRow(f, { ...huong('staff'), [Q.role]: individualAnswers('manager', cfg)[Q.role] } as never, at(2), three.emails[1]),
      answersToRow(f, huong('staff'), at(3), three.emails[2]),
    ];
    const notes = [[0, 1, 2], [2, 1, 0], [1, 0, 2]].map((o) => {
      const regs = parseResponses([headerRow(f), ...o.map((k) => rows[k])], ctx3).registrations;
      const flags = identityFlags(regs);
      // By who each is: its alike list as names of the others (codes follow the rows).
      const who = new Map(regs.map((r, i) => [r.id, o[i]]));
      return regs.map((r) => [who.get(r.id)!, flags.get(r.id)!.supersededBy ?? '', (flags.get(r.id)!.alike ?? []).map((a) => a.id)] as const).sort((a, b) => a[0] - b[0]);
    });
    for (const n of notes) {
      for (const [, by, alike] of n) {
        expect(by).toBe('');
        expect(alike).toHaveLength(2);
        expect([...alike].sort()).toEqual(alike);
      }
    }
  });
});
