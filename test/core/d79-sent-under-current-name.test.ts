// Review d79 F2 (an adversarial read of stop 79's fix of r79m F2, src/core/duplicates.ts sentUnder). A school took in
// another (its old name in "Tên cũ" of the merged school's row), but "Đơn vị" still had the absorbed school's own row
// when the registrations came in: staff of the former school already chose the merged school's name in the form — the
// school they work at — while their addresses were still listed at the old row, so the register stamped those
// responses with the old name. Both heads of the merged school's "Tổ Toán" (one from each former school) register the
// team, both under the merged name, from their own addresses; the later is the one the school wants considered. Sent
// under one name, one team: the later replaces the earlier, as it did before the fix. Since sentUnder, the stamp alone
// keys the first by the old name, although it was never sent under it: the two are kept apart, both go to the council.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { identityFlags } from '../../src/core/duplicates';
import { parseResponses } from '../../src/core/registration';
import { parseDirectory } from '../../src/core/directory';
import { answersToRow, collectiveAnswers, config, directory, directoryRows, form, headerRow, individualAnswers, SCHOOLS } from './helpers';

const cfg = config();
const f = form(cfg);
const ctx = { form: f, directory: directory(), config: cfg, tab: 'Câu trả lời biểu mẫu 1' };
const at = (d: number) => new Date(2023, 0, d, 8);
const OLD = 'Trường Mầm non Hoa Sen cũ';
const merged = () => parseDirectory(directoryRows().map((r) => (r[1] === SCHOOLS[0].name ? [...r.slice(0, 7), OLD] : r)));
const parseWith = (rows: unknown[][]) => parseResponses([headerRow(f), ...rows], { ...ctx, directory: merged() }).registrations;

describe('two registrations both sent under the merged school\'s name, one sender then listed at the old school\'s row', () => {
  it('a team: the later replaces the earlier (one name sent under, one team)', () => {
    const team = { ...collectiveAnswers(cfg), [Q.collectiveName]: 'Tổ Toán' };
    // Both responses give the merged school's name (the answers' school: SCHOOLS[0]).
    expect((team as Record<string, unknown>)[Q.school]).toBe(SCHOOLS[0].name);
    const regs = parseWith([answersToRow(f, team, at(1), 'a@hoasen.edu.vn'), answersToRow(f, team, at(5), 'b@merged.edu.vn')]);
    regs[0].sentAs = OLD;
    regs[1].sentAs = SCHOOLS[0].name;
    const flags = identityFlags(regs);
    expect(regs.map((r) => flags.get(r.id)!.supersededBy)).toEqual(['DK-000003', undefined]);
  });
  it('a person who sent again from another address: the later replaces the earlier', () => {
    const a = individualAnswers('teacher', cfg);
    const regs = parseWith([answersToRow(f, a, at(1), 'hoa.cu@hoasen.edu.vn'), answersToRow(f, a, at(5), 'hoa@merged.edu.vn')]);
    regs[0].sentAs = OLD;
    regs[1].sentAs = SCHOOLS[0].name;
    const flags = identityFlags(regs);
    expect(regs.map((r) => flags.get(r.id)!.supersededBy)).toEqual(['DK-000003', undefined]);
  });
});
