// Fix f81a (review d80b F2, F4, F5): what was true when a registration was first sent, kept by the register whoever edits
// it later — the address it came from (firstSender), the old names its school had then (firstFormer) — and recovered from
// "Các lần gửi phiếu" when the register is lost (firstSendings: the first line's school and sender).
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { identityFlags } from '../../src/core/duplicates';
import { parseResponses } from '../../src/core/registration';
import { parseDirectory } from '../../src/core/directory';
import { assignIds, firstSendings, ledgerFromRows, ledgerToRows, mergedSchoolPrints, recognise, withFirstSendings, type LedgerEntry, type RowKey } from '../../src/core/ledger';
import { VERSIONS_HEADER, VERSIONS_KEY_HEADERS, VERSIONS_LATER } from '../../src/core/messages';
import { schoolPrint } from '../../src/core/review';
import { answersToRow, collectiveAnswers, config, directory, directoryRows, form, headerRow, SCHOOLS } from './helpers';

const cfg = config();
const f = form(cfg);
const ctx = { form: f, directory: directory(), config: cfg, tab: 'Câu trả lời biểu mẫu 1' };
const at = (d: number) => new Date(2023, 0, d, 8);
const FIRST = 'Trường Mầm non Hoa Sen cũ';
const SECOND = 'Trường Mầm non Hoa Sen mới';
const team = { ...collectiveAnswers(cfg), [Q.collectiveName]: 'Tổ chuyên môn khối 1' };
const mail = SCHOOLS[0].emails[0];
/** SCHOOLS[0] with `former` in "Tên cũ". */
const withFormer = (former: string) => parseDirectory(directoryRows().map((r) => (r[1] === SCHOOLS[0].name ? [...r.slice(0, 7), former] : r)));
const parseWith = (dir: ReturnType<typeof parseDirectory>, rows: unknown[][]) => parseResponses([headerRow(f), ...rows], { ...ctx, directory: dir }).registrations;

describe('replaceAcrossNames by what was true at the first sending', () => {
  it('a school renamed twice: the registration sent under its second name, when the first was already an old name, still replaces the first (d80b F2)', () => {
    const dir = withFormer(`${FIRST}; ${SECOND}`);
    const regs = parseWith(dir, [answersToRow(f, { ...team, [Q.school]: FIRST }, at(1), mail), answersToRow(f, { ...team, [Q.school]: SECOND }, at(5), mail)]);
    regs[0].firstSchool = schoolPrint(FIRST);
    regs[1].firstSchool = schoolPrint(SECOND);
    // Without the record of the old names then (a register from before it): two merged schools' teams, as before.
    expect(regs.map((r) => identityFlags(regs).get(r.id)!.supersededBy)).toEqual([undefined, undefined]);
    regs[1].firstFormer = schoolPrint(FIRST);
    const flags = identityFlags(regs);
    expect(regs.map((r) => flags.get(r.id)!.supersededBy)).toEqual(['DK-000003', undefined]);
    expect(flags.get('DK-000003')!.otherName).toBeUndefined();
    // Never the earlier one the later (the first sending decides), nor from another first address.
    regs[0].firstFormer = schoolPrint(SECOND);
    regs[1].firstFormer = '';
    expect(regs.map((r) => identityFlags(regs).get(r.id)!.supersededBy)).toEqual([undefined, undefined]);
    regs[0].firstFormer = '';
    regs[1].firstFormer = schoolPrint(FIRST);
    regs[1].firstSender = 'khac@example.edu.vn';
    expect(regs.map((r) => identityFlags(regs).get(r.id)!.supersededBy)).toEqual([undefined, undefined]);
  });

  it('two schools merged (no old name recorded with either) never replace each other (diff18 #3)', () => {
    const SEN = 'Trường Mầm non Sen Hồng cũ';
    const regs = parseWith(withFormer(`${FIRST}; ${SEN}`), [answersToRow(f, { ...team, [Q.school]: FIRST }, at(1), mail), answersToRow(f, { ...team, [Q.school]: SEN }, at(5), mail)]);
    regs[0].firstSchool = schoolPrint(FIRST);
    regs[1].firstSchool = schoolPrint(SEN);
    const flags = identityFlags(regs);
    expect(regs.map((r) => flags.get(r.id)!.supersededBy)).toEqual([undefined, undefined]);
  });

  it('"sent again from the same address" is judged by the first sender, not by whoever edited it (d80b F5)', () => {
    const dir = withFormer(FIRST);
    const regs = parseWith(dir, [answersToRow(f, { ...team, [Q.school]: FIRST }, at(1), mail), answersToRow(f, team, at(5), 'van.thu@example.edu.vn')]);
    regs[1].firstSubmittedAt = at(4);
    // The school's second clerk: her address listed at its row when she edited (verified).
    regs[1].sentAs = SCHOOLS[0].name;
    expect(regs.map((r) => identityFlags(regs).get(r.id)!.supersededBy)).toEqual([undefined, undefined]);
    regs[1].firstSender = mail;
    expect(regs.map((r) => identityFlags(regs).get(r.id)!.supersededBy)).toEqual(['DK-000003', undefined]);
  });
});

describe('the register records them', () => {
  const T0 = Date.UTC(2023, 0, 1, 1);
  const key = (row: number, t: number, email: string, school: string): RowKey => ({ row, at: t, email, subject: 's' + row, school: schoolPrint(school) });
  const DIR = [
    ['Tên đơn vị', 'Email', 'Tên cũ'],
    [SECOND, 'a@x.vn', FIRST],
  ];

  it('at the first sending: the sender and the old names of the school named; an edit from another address leaves both', () => {
    const merged = mergedSchoolPrints(DIR);
    expect(merged.get(schoolPrint(SECOND))).toBe(schoolPrint(FIRST));
    const first = [key(2, T0, 'a@x.vn', FIRST), key(3, T0 + 1000, 'a@x.vn', SECOND)];
    const a = assignIds(first, [], recognise(first, []), { kind: 'none' }, null, T0, 0, undefined, merged);
    expect(a.entries.map((e) => [e.firstSender, e.firstFormer])).toEqual([['a@x.vn', ''], ['a@x.vn', schoolPrint(FIRST)]]);
    const withIds = a.entries.map((e, i) => ({ ...e, responseId: 'R' + i }));
    const edits = [key(2, T0, 'a@x.vn', FIRST), key(3, T0 + 9000, 'b@x.vn', SECOND)];
    const b = assignIds(edits, withIds, recognise(edits, withIds), { kind: 'responses', responses: [{ id: 'R1', at: T0 + 9000, email: 'b@x.vn' }] }, a.next, T0, 0, undefined, merged);
    expect(b.entries.map((e) => [e.email, e.firstSender, e.firstFormer])).toEqual([['a@x.vn', 'a@x.vn', ''], ['b@x.vn', 'a@x.vn', schoolPrint(FIRST)]]);
    // Round-trips; a register from before the columns learns the first sender only of an entry that saw no edit.
    const { header, rows } = ledgerToRows(b.entries);
    expect(ledgerFromRows([header, ...rows]).map((e) => [e.firstSender, e.firstFormer])).toEqual([['a@x.vn', ''], ['a@x.vn', schoolPrint(FIRST)]]);
    expect(ledgerFromRows([header.slice(0, 10), ...rows.map((r) => r.slice(0, 10))]).map((e) => [e.firstSender, e.firstFormer])).toEqual([['a@x.vn', ''], ['', '']]);
  });

  it('rebuilt: the first line of "Các lần gửi phiếu" written on receipt gives the first school and sender (d80b F4)', () => {
    const line = (code: string, t: number, from: string, school: string, verdict = 'Đạt') => ['', code, new Date(t), from, school, 'Tổ', verdict, '', new Date(t)];
    const versions = [
      [...VERSIONS_HEADER],
      line('DK-000003', T0 + 5000, 'van.thu@x.vn', SECOND),
      line('DK-000002', T0, 'a@x.vn', FIRST),
      line('DK-000003', T0 + 1000, 'b@x.vn', 'Trường Mầm non Sen Hồng cũ'),
      line('DK-000004', T0 + 2000, 'c@x.vn', SECOND, VERSIONS_LATER('Đạt')),
    ];
    const sent = firstSendings(versions, VERSIONS_KEY_HEADERS);
    expect(sent.get('DK-000003')).toEqual({ at: T0 + 1000, school: 'Trường Mầm non Sen Hồng cũ', sender: 'b@x.vn' });
    // A line written later (not on receipt): its time only.
    expect(sent.get('DK-000004')).toEqual({ at: T0 + 2000, school: '', sender: '' });
    const lost = (id: string, t: number, email: string): LedgerEntry => ({ id, responseId: '', firstAt: t, lastAt: t, email, subject: '', decision: '', decidedOn: '', sentAs: '', firstSchool: '', firstSender: '', firstFormer: '' });
    const back = withFirstSendings([lost('DK-000003', T0 + 5000, 'van.thu@x.vn'), lost('DK-000002', T0 - 1000, 'a@x.vn'), lost('DK-000004', T0 + 2000, 'c@x.vn')], sent);
    expect(back.map((e) => [e.firstAt, e.firstSchool, e.firstSender])).toEqual([
      [T0 + 1000, schoolPrint('Trường Mầm non Sen Hồng cũ'), 'b@x.vn'],
      // Its line later than the results' time: not its first sending.
      [T0 - 1000, '', ''],
      [T0 + 2000, '', ''],
    ]);
  });
});
