// Review r76n F2, fix f76a: two namesakes of one school proposed together print what tells them apart after the name, in
// every list that would print their lines alike (the draft Quyết định's, the Biên bản's votes, the Danh sách when the
// birth years are equal); lines that are not ambiguous print as before; those nothing tells apart are told to the office.
import { describe, expect, it } from 'vitest';
import { evaluateAll, type EvaluatedRegistration } from '../../src/core/evaluate';
import { PROPOSAL_TEXT, REPORT_QUESTIONS, proposalNote } from '../../src/core/messages/proposals';
import { type Nominee, documentRows, namesakesIn, planDocuments, selectNominees } from '../../src/core/proposals';
import { Q } from '../../src/core/registration-form';
import { ROLE_CHOICES } from '../../src/core/form-titles';
import { REVIEW_DECISIONS, mergeReview } from '../../src/core/review';
import { SCHOOLS, answersToRow, config, directoryRowsWithOffice, form, headerRow, individualAnswers } from './helpers';

const cfg = config();
const HUONG = 'Nguyễn Thị Hương';

function nominees(list: Record<string, unknown>[]): Nominee[] {
  const f = form(cfg);
  const values = [headerRow(f), ...list.map((a, i) => answersToRow(f, a as never, new Date(2024, 5, 2 + i, 8, 0, 0), SCHOOLS[0].emails[0]))];
  const regs = evaluateAll({ config: cfg, directoryRows: directoryRowsWithOffice(), responseValues: values }).registrations;
  const tab = mergeReview([], regs);
  for (const row of tab.rows) row[tab.columns.decision] = REVIEW_DECISIONS.propose;
  return selectNominees(tab, regs).nominees;
}

/** A nominee whose registration differs from its own by `change` (the same answers otherwise). */
function withRegistration(n: Nominee, id: string, change: Partial<EvaluatedRegistration>): Nominee {
  const r = n.registration;
  return { ...n, id, registration: Object.assign(Object.create(Object.getPrototypeOf(r)), r, change) };
}

const teacher = (year: string, hometown: string) => ({ ...individualAnswers('teacher'), [Q.individualName]: HUONG, [Q.birthYear]: year, [REPORT_QUESTIONS.hometown]: hometown });
const names = (rows: ReturnType<typeof documentRows>) => rows.find((s) => s.kind === 'individual')!.rows.map((r) => r.cn_ten);

describe('namesakes of one school in the lists of the documents (review r76n F2)', () => {
  const group = nominees([teacher('1985', 'Xã Minh Bảo, tỉnh Lào Cai'), teacher('1990', 'Phường Nam Cường, tỉnh Lào Cai'), { ...individualAnswers('teacher'), [Q.individualName]: 'Lê Văn Tâm' }]);
  const byYear = (y: number) => group.find((n) => n.registration.birthYear === y)!;

  it('the draft Quyết định’s list prints the birth year after the name of each namesake, and no other line changes', () => {
    expect(group).toHaveLength(3);
    const printed = names(documentRows({ kind: 'quyetDinh', group }, cfg, null));
    expect(printed).toContain(`${HUONG} (sinh năm 1985)`);
    expect(printed).toContain(`${HUONG} (sinh năm 1990)`);
    expect(printed).toContain('Lê Văn Tâm');
  });

  it('the Danh sách, whose “Năm sinh” column tells them apart, prints their names as they are', () => {
    expect(names(documentRows({ kind: 'danhSach', group }, cfg, null)).filter((n) => n === HUONG)).toHaveLength(2);
  });

  it('born the same year: the hometown, in the Danh sách and the Quyết định', () => {
    const same = [byYear(1985), withRegistration(byYear(1990), byYear(1990).id, { birthYear: 1985 })];
    for (const kind of ['danhSach', 'quyetDinh'] as const) {
      const printed = names(documentRows({ kind, group: same }, cfg, null));
      expect(printed).toEqual([`${HUONG} (quê quán: Xã Minh Bảo, tỉnh Lào Cai)`, `${HUONG} (quê quán: Phường Nam Cường, tỉnh Lào Cai)`]);
    }
  });

  it('the Biên bản’s votes, which print no position, print the position when it is what differs', () => {
    const other = withRegistration(byYear(1990), byYear(1990).id, { birthYear: 1985, role: 'staff' });
    const { named, alike } = namesakesIn([byYear(1985), other], 'bienBan');
    // The first answer that differs, alone (their hometowns differ too).
    expect(named.get(byYear(1985))).toBe(`${HUONG} (${ROLE_CHOICES.teacher})`);
    expect(named.get(other)).toBe(`${HUONG} (${ROLE_CHOICES.staff})`);
    expect(alike).toEqual([]);
  });

  it('nothing tells them apart: the lines stay as they are, and the documents’ rows in “Đề nghị khen thưởng” say so', () => {
    const one = byYear(1985);
    const twin = { ...one, id: 'DK-999999' };
    const { named, alike } = namesakesIn([one, twin], 'quyetDinh');
    expect(named.size).toBe(0);
    expect(alike).toEqual([[one, twin]]);
    const docs = planDocuments([one, twin], new Date(2024, 5, 20), cfg);
    const list = docs.find((d) => d.kind === 'danhSach')!;
    const note = proposalNote.namesakeLines([{ name: HUONG, school: one.schoolName, ids: [one.id, twin.id] }]);
    expect(list.warnings).toContain(note);
    expect(list.needsFix).toBe(true);
    expect(note).toContain('Kiểm tra trước khi ký');
    // Namesakes told apart: no such note.
    expect(planDocuments(group, new Date(2024, 5, 20), cfg).flatMap((d) => d.warnings).filter((w) => w.includes('in giống hệt nhau'))).toEqual([]);
  });

  it('prints as official documents write it', () => {
    expect(PROPOSAL_TEXT.namesake(HUONG, [PROPOSAL_TEXT.namesakeBorn('1985')])).toBe('Nguyễn Thị Hương (sinh năm 1985)');
  });
});
