// Fix f81g (review d81a F1, F2, F5, F6): what a registration's first sending recorded, learnt by a register an earlier
// version wrote (the old names of the school it was sent under; the first sender, from "Các lần gửi phiếu"), recorded
// again when a school chosen by mistake is corrected; and "sent again from the same address" when the school edited the
// earlier registration from its new address.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { identityFlags } from '../../src/core/duplicates';
import { parseResponses } from '../../src/core/registration';
import { parseDirectory } from '../../src/core/directory';
import { assignIds, firstSendings, ledgerFromRows, ledgerToRows, mergedSchoolPrints, recognise, withFirstSenders, type RowKey } from '../../src/core/ledger';
import { VERSIONS_HEADER, VERSIONS_KEY_HEADERS, VERSIONS_LATER } from '../../src/core/messages';
import { schoolPrint } from '../../src/core/review';
import { answersToRow, collectiveAnswers, config, directory, directoryRows, form, headerRow, SCHOOLS } from './helpers';

const T0 = Date.UTC(2023, 0, 1, 1);
const FIRST = 'Trường Mầm non Hoa Sen cũ';
const SECOND = 'Trường Mầm non Hoa Sen mới';
const OTHER = 'Trường Tiểu học Bình Minh';
const key = (row: number, t: number, email: string, school: string): RowKey => ({ row, at: t, email, subject: 's' + row, school: schoolPrint(school) });
const DIR = [
  ['Tên đơn vị', 'Email', 'Tên cũ'],
  [SECOND, 'a@x.vn', FIRST],
  [OTHER, 'o@x.vn', ''],
];
const merged = mergedSchoolPrints(DIR);
/** A register written by `entries`, cut to the width of an earlier version (10: up to "firstSchool"). */
const oldRegister = (rows: ReturnType<typeof ledgerToRows>) => [rows.header.slice(0, 10), ...rows.rows.map((r) => r.slice(0, 10))];

describe('an earlier version\'s register learns the old names while its response still names the school first named (d81a F1)', () => {
  const sent = [key(2, T0, 'a@x.vn', FIRST), key(3, T0 + 1000, 'a@x.vn', SECOND)];
  // As an earlier version wrote it: no old names recorded.
  const before = assignIds(sent, [], recognise(sent, []), { kind: 'none' }, null, T0, 0, undefined, undefined).entries.map((e, i) => ({ ...e, responseId: 'R' + i }));

  it('read without the column: learnt from the school it names now (its current name, a renamed school\'s); never rewritten by the layout', () => {
    const read = ledgerFromRows(oldRegister(ledgerToRows(before)));
    expect(read.map((e) => [e.firstSchool, e.firstFormer, e.formerUnknown])).toEqual([[schoolPrint(FIRST), '', true], [schoolPrint(SECOND), '', true]]);
    const a = assignIds(sent, read, recognise(sent, read), { kind: 'none' }, 4, T0, 0, undefined, merged);
    // The one under the old name: none known (FIRST is no current name), as the earlier version judged it.
    expect(a.entries.map((e) => e.firstFormer)).toEqual(['', schoolPrint(FIRST)]);
    expect(a.changed).toBe(true);
    // Written in the layout with the column: known from then on.
    expect(ledgerFromRows([ledgerToRows(a.entries).header, ...ledgerToRows(a.entries).rows]).map((e) => [e.firstFormer, e.formerUnknown])).toEqual([['', undefined], [schoolPrint(FIRST), undefined]]);
  });

  it('read with the column (a first sending when the school had no old name): not learnt later', () => {
    const rows = ledgerToRows(before);
    const read = ledgerFromRows([rows.header, ...rows.rows]);
    const a = assignIds(sent, read, recognise(sent, read), { kind: 'none' }, 4, T0, 0, undefined, merged);
    expect(a.entries.map((e) => e.firstFormer)).toEqual(['', '']);
  });
});

describe('a correction of a school chosen by mistake to a renamed school\'s name records its old names (d81a F5)', () => {
  it('from another school: followed, with the old names; from one of its old names (a merged school\'s team edited under the merged name): kept', () => {
    const sent = [key(2, T0, 'a@x.vn', OTHER), key(3, T0 + 1000, 'a@x.vn', FIRST)];
    const a = assignIds(sent, [], recognise(sent, []), { kind: 'none' }, null, T0, 0, undefined, merged);
    const held = a.entries.map((e, i) => ({ ...e, responseId: 'R' + i }));
    const edits = [key(2, T0 + 9000, 'a@x.vn', SECOND), key(3, T0 + 9000, 'b@x.vn', SECOND)];
    const b = assignIds(edits, held, recognise(edits, held), { kind: 'responses', responses: [{ id: 'R0', at: T0 + 9000, email: 'a@x.vn' }, { id: 'R1', at: T0 + 9000, email: 'b@x.vn' }] }, a.next, T0, 0, undefined, merged);
    expect(b.entries.map((e) => [e.firstSchool, e.firstFormer])).toEqual([
      [schoolPrint(SECOND), schoolPrint(FIRST)],
      [schoolPrint(FIRST), ''],
    ]);
  });
});

describe('an earlier version\'s register learns the first sender from "Các lần gửi phiếu" (d81a F2)', () => {
  it('from the line of its first sending written on receipt, only where it lacks it', () => {
    const line = (code: string, t: number, from: string, school: string, verdict = 'Đạt') => ['', code, new Date(t), from, school, 'Tổ', verdict, '', new Date(t)];
    const sent = firstSendings([[...VERSIONS_HEADER], line('DK-000002', T0, 'a@x.vn', FIRST), line('DK-000002', T0 + 5000, 'b@x.vn', SECOND), line('DK-000003', T0 + 1000, 'c@x.vn', SECOND, VERSIONS_LATER('Đạt')), line('DK-000004', T0 + 1000, 'd@x.vn', SECOND)], VERSIONS_KEY_HEADERS);
    const entry = (id: string, firstAt: number, firstSender: string, firstSchool = '') => ({ id, responseId: 'R', firstAt, lastAt: T0 + 5000, email: 'b@x.vn', subject: 's', decision: '', decidedOn: '', sentAs: '', firstSchool, firstSender, firstFormer: '' });
    const got = withFirstSenders([entry('DK-000002', T0, ''), entry('DK-000003', T0 + 1000, ''), entry('DK-000004', T0 + 3000, ''), entry('DK-000005', T0, 'e@x.vn', 'x')], sent);
    expect(got.map((e) => [e.firstSender, e.firstSchool])).toEqual([
      ['a@x.vn', schoolPrint(FIRST)],
      // Written later (not on receipt), or not the register's first sending: not known.
      ['', ''],
      ['', ''],
      ['e@x.vn', 'x'],
    ]);
  });
});

describe('"sent again from the same address" after the school changed its address (d81a F6)', () => {
  const cfg = config();
  const f = form(cfg);
  const ctx = { form: f, directory: directory(), config: cfg, tab: 'Câu trả lời biểu mẫu 1' };
  const at = (d: number) => new Date(2023, 0, d, 8);
  const team = { ...collectiveAnswers(cfg), [Q.collectiveName]: 'Tổ chuyên môn khối 1' };
  const dir = parseDirectory(directoryRows().map((r) => (r[1] === SCHOOLS[0].name ? [...r.slice(0, 7), FIRST] : r)));

  it('the later, first sent from the address the school edited the earlier from, replaces it; not from a third address', () => {
    const regs = parseResponses([headerRow(f), answersToRow(f, { ...team, [Q.school]: FIRST }, at(5), 'moi@example.edu.vn'), answersToRow(f, team, at(6), 'moi@example.edu.vn')], { ...ctx, directory: dir }).registrations;
    regs[0].firstSubmittedAt = at(1);
    regs[0].firstSender = 'cu@example.edu.vn';
    expect(regs.map((r) => identityFlags(regs).get(r.id)!.supersededBy)).toEqual(['DK-000003', undefined]);
    regs[1].firstSender = 'khac@example.edu.vn';
    expect(regs.map((r) => identityFlags(regs).get(r.id)!.supersededBy)).toEqual([undefined, undefined]);
  });
});
