import { describe, expect, it } from 'vitest';
import { COLLECTIVE_KIND_CHOICES, Q } from '../../src/core/registration-form';
import { identityFlags, personKey } from '../../src/core/duplicates';
import { parseResponses } from '../../src/core/registration';
import { parseDirectory } from '../../src/core/directory';
import { matchKey } from '../../src/core/text';
import { evaluateAll } from '../../src/core/evaluate';
import { CONFIRMATION, RESULTS_HEADER, flagOtherName } from '../../src/core/messages';
import { confirmationEmail } from '../../src/core/emails';
import { officeWord } from '../../src/core/config';
import { REPORT_QUESTIONS } from '../../src/core/messages/proposals';
import { resultRow } from '../../src/core/results-table';
import { mergeReview, schoolPrint } from '../../src/core/review';
import { answersToRow, collectiveAnswers, config, directory, directoryRows, form, headerRow, individualAnswers, SCHOOLS } from './helpers';

const cfg = config();
const f = form(cfg);
const ctx = { form: f, directory: directory(), config: cfg, tab: 'Câu trả lời biểu mẫu 1' };
const at = (d: number) => new Date(2023, 0, d, 8);

function parse(rows: unknown[][]) {
  return parseResponses([headerRow(f), ...rows], ctx).registrations;
}

describe('duplicates', () => {
  it('the later submission of the same person wins, whatever the row order', () => {
    const a = individualAnswers('teacher', cfg);
    const b = { ...individualAnswers('teacher', cfg), [Q.individualName]: '  nguyễn thị HOÀ ' };
    const regs = parse([answersToRow(f, b, at(5), 'x@y.vn'), answersToRow(f, a, at(3), 'x@y.vn')]);
    const flags = identityFlags(regs);
    expect(flags.get('DK-000003')!.supersededBy).toBe('DK-000002');
    expect(flags.get('DK-000002')!.supersededBy).toBeUndefined();
  });
  it('does not merge people of different birth years, kinds or schools', () => {
    const a = individualAnswers('teacher', cfg);
    const rows = [
      answersToRow(f, a, at(1), ''),
      answersToRow(f, { ...a, [Q.birthYear]: '1990' }, at(2), ''),
      answersToRow(f, { ...a, [Q.school]: SCHOOLS[1].name }, at(3), ''),
      answersToRow(f, { ...collectiveAnswers(cfg), [Q.collectiveName]: a[Q.individualName] as string }, at(4), ''),
      answersToRow(f, { ...a, [Q.individualName]: 'Nguyễn Thị Hóa' }, at(5), ''),
    ];
    const flags = identityFlags(parse(rows));
    for (const v of flags.values()) expect(v.supersededBy).toBeUndefined();
  });
  it('keeps apart subjects of one school sharing a name, and finds the latest of each', () => {
    const a = individualAnswers('teacher', cfg);
    const older = { ...a, [Q.birthYear]: '1980' };
    const group = { ...collectiveAnswers(cfg), [Q.collectiveName]: a[Q.individualName] as string };
    const regs = parse([
      answersToRow(f, a, at(1), ''), // DK-000002: the first subject of the name
      answersToRow(f, older, at(2), ''), // DK-000003
      answersToRow(f, group, at(3), ''), // DK-000004
      answersToRow(f, older, at(6), ''), // DK-000005 replaces DK-000003
      answersToRow(f, group, at(4), ''), // DK-000006 replaces DK-000004
      answersToRow(f, a, at(5), ''), // DK-000007 replaces DK-000002
    ]);
    const flags = identityFlags(regs);
    const by = (id: string) => flags.get(id)!.supersededBy;
    expect([by('DK-000002'), by('DK-000003'), by('DK-000004')]).toEqual(['DK-000007', 'DK-000005', 'DK-000006']);
    expect([by('DK-000005'), by('DK-000006'), by('DK-000007')]).toEqual([undefined, undefined, undefined]);
  });
  it('the whole school sent again under another wording of its name replaces the first; a team answered “Toàn đơn vị” stays its own (review vntext #2)', () => {
    const whole = (name: string) => ({ ...collectiveAnswers(cfg), [Q.collectiveName]: name });
    const regs = parse([
      answersToRow(f, whole('Trường Mầm non Hoa Sen'), at(1), SCHOOLS[0].emails[0]), // DK-000002
      answersToRow(f, whole('Trường MN Hoa Sen'), at(2), SCHOOLS[0].emails[0]), // DK-000003
      answersToRow(f, whole('Tập thể Trường Mầm non Hoa Sen.'), at(3), SCHOOLS[0].emails[0]), // DK-000004
      answersToRow(f, whole('Tổ Toán'), at(4), SCHOOLS[0].emails[0]), // DK-000005: a team, answered "Toàn đơn vị" by mistake
      answersToRow(f, whole('TRƯỜNG MẦM NON HOA SEN'), at(5), SCHOOLS[0].emails[0]), // DK-000006
    ]);
    const flags = identityFlags(regs);
    const by = (id: string) => flags.get(id)!.supersededBy;
    expect(['DK-000002', 'DK-000003', 'DK-000004', 'DK-000005', 'DK-000006'].map(by)).toEqual(['DK-000006', 'DK-000006', 'DK-000006', undefined, undefined]);
    // The school answered "Một bộ phận" by mistake, then sent again as "Toàn đơn vị" (or the other way): one subject, the
    // later replaces (review diff27 #6); a team sent again with the answer corrected likewise.
    const corrected = parse([
      answersToRow(f, { ...whole('Trường Mầm non Hoa Sen'), [Q.collectiveKind]: COLLECTIVE_KIND_CHOICES.part }, at(1), SCHOOLS[0].emails[0]), // DK-000002
      answersToRow(f, whole('Trường MN Hoa Sen'), at(2), SCHOOLS[0].emails[0]), // DK-000003
      answersToRow(f, whole('Tổ Toán'), at(3), SCHOOLS[0].emails[0]), // DK-000004
      answersToRow(f, { ...whole('Tổ Toán'), [Q.collectiveKind]: COLLECTIVE_KIND_CHOICES.part }, at(4), SCHOOLS[0].emails[0]), // DK-000005
    ]);
    expect([...identityFlags(corrected).values()].map((v) => v.supersededBy)).toEqual(['DK-000003', undefined, 'DK-000005', undefined]);
  });

  it('a part named with its school’s name (“Nhà trẻ Trường Mầm non Hoa Sen”) is its own subject beside the school', () => {
    const whole = (name: string) => ({ ...collectiveAnswers(cfg), [Q.collectiveName]: name });
    const part = (name: string) => ({ ...whole(name), [Q.collectiveKind]: COLLECTIVE_KIND_CHOICES.part });
    const regs = parse([
      answersToRow(f, whole('Trường Mầm non Hoa Sen'), at(1), SCHOOLS[0].emails[0]), // DK-000002: the school
      answersToRow(f, part('Nhà trẻ Trường Mầm non Hoa Sen'), at(2), SCHOOLS[0].emails[0]), // DK-000003: a part
      answersToRow(f, part('Mẫu giáo - Trường MN Hoa Sen'), at(3), SCHOOLS[0].emails[0]), // DK-000004: another part
      answersToRow(f, part('NHÀ TRẺ TRƯỜNG MẦM NON HOA SEN'), at(4), SCHOOLS[0].emails[0]), // DK-000005: the first part again
    ]);
    expect([...identityFlags(regs).values()].map((v) => v.supersededBy)).toEqual([undefined, 'DK-000005', undefined, undefined]);
  });

  it('an edited response (same row) is one registration, not a duplicate', () => {
    const a = individualAnswers('teacher', cfg);
    const first = parse([answersToRow(f, a, at(1), '')]);
    const edited = parse([answersToRow(f, { ...a, [Q.phone]: '0987' }, at(9), '')]);
    expect(first[0].id).toBe(edited[0].id);
    expect(identityFlags(edited).get(edited[0].id)!.supersededBy).toBeUndefined();
  });
  it('the older one edited later (through its old link) does not take back the newer one: the first sending decides', () => {
    const a = individualAnswers('teacher', cfg);
    // DK-000002 sent on the 1st, edited on the 9th; DK-000003 sent on the 5th to replace it.
    const rows = [answersToRow(f, { ...a, [Q.phone]: '0987' }, at(9), 'x@y.vn'), answersToRow(f, a, at(5), 'x@y.vn')];
    const regs = parseResponses([headerRow(f), ...rows], ctx, undefined, new Map([['DK-000002', at(1).getTime()], ['DK-000003', at(5).getTime()]])).registrations;
    const flags = identityFlags(regs);
    expect(flags.get('DK-000002')!.supersededBy).toBe('DK-000003');
    expect(flags.get('DK-000003')!.supersededBy).toBeUndefined();
  });
  it('three submissions: both earlier ones point to the latest', () => {
    const a = collectiveAnswers(cfg);
    const regs = parse([answersToRow(f, a, at(1), ''), answersToRow(f, a, at(3), ''), answersToRow(f, a, at(2), '')]);
    const flags = identityFlags(regs);
    expect(flags.get('DK-000002')!.supersededBy).toBe('DK-000003');
    expect(flags.get('DK-000004')!.supersededBy).toBe('DK-000003');
  });
});

describe('submitter e-mail', () => {
  it('is verified against the school’s directory e-mails, case-insensitively and trimmed', () => {
    const a = { ...individualAnswers('teacher', cfg), [Q.school]: SCHOOLS[1].name };
    const regs = parse([
      answersToRow(f, a, at(1), '  HieuTruong.THHB@example.edu.vn '),
      answersToRow(f, { ...a, [Q.individualName]: 'Vũ Văn Hùng' }, at(2), 'ai.do@gmail.com'),
      answersToRow(f, { ...a, [Q.individualName]: 'Lò Thị Ban' }, at(3), ''),
    ]);
    const flags = identityFlags(regs);
    expect(flags.get('DK-000002')!.unverified).toBe(false);
    expect(flags.get('DK-000003')!.unverified).toBe(true);
    expect(flags.get('DK-000004')!.unverified).toBe(true);
    expect(regs).toHaveLength(3);
  });
});

describe('registrations of a school the directory no longer has (review "reorg" #3)', () => {
  it('are named to the office once per school name, with what to do; not said "chưa xác minh"', () => {
    const closed = 'Trường Mầm non Măng Non';
    const rows = directoryRows().concat([['MN11', closed, 'Mầm non', '', '', '', 'mn11@example.edu.vn']]);
    const a = { ...individualAnswers('teacher', cfg), [Q.school]: closed };
    const values = [headerRow(f), answersToRow(f, a, at(1), 'mn11@example.edu.vn'), answersToRow(f, { ...a, [Q.individualName]: 'Vũ Văn Hùng' }, at(2), 'mn11@example.edu.vn')];
    // The school closed: its row deleted from "Đơn vị".
    const output = evaluateAll({ config: cfg, directoryRows: rows.filter((r) => r[1] !== closed), responseValues: values });
    const said = output.errors.filter((e) => e.includes(closed));
    expect(said).toEqual([
      `2 phiếu đăng ký ghi đơn vị “${closed}”, không có trong trang “Đơn vị” (DK-000002, DK-000003): các phiếu này ở trạng thái “Cần bổ sung” và không được tính cho đơn vị nào. Nếu trường đã đổi tên hoặc sáp nhập vào trường khác, ghi “${closed}” vào cột “Tên cũ” của trường hiện nay (cách nhau bằng dấu “;”); nếu trường đã giải thể, Hội đồng xét các phiếu này ở trang “Thẩm định”.`,
    ]);
    expect(output.blocking).toEqual([]);
    const note = String(resultRow(output.registrations[0])[RESULTS_HEADER.indexOf('Ghi chú')]);
    expect(note.toLowerCase()).not.toContain('chưa xác minh');
    const review = mergeReview([], output.registrations);
    expect(review.rows.some((r) => String(r[review.columns.note]).includes('chưa xác minh'))).toBe(false);
    // Nor does its confirmation blame the sender's address (its finding says to choose the school again: review diff18 #5).
    const mail = confirmationEmail(output.registrations[0], cfg.organisation, null);
    expect(mail.body).toContain('không có trong danh mục đơn vị');
    expect(mail.body).not.toContain(CONFIRMATION.unverified('mn11@example.edu.vn', officeWord(cfg.organisation)).slice(0, 40));
    // With the school in the directory: nothing said.
    expect(evaluateAll({ config: cfg, directoryRows: rows, responseValues: values }).errors.filter((e) => e.includes(closed))).toEqual([]);
  });
});

describe('directory', () => {
  it('parses by header with several e-mails per school', () => {
    const d = directory();
    expect(d.errors).toEqual([]);
    expect(d.schools).toHaveLength(SCHOOLS.length + 1); // the office listed too (OFFICE_UNIT)
    expect(d.byCode.get('TH01')!.emails).toEqual(['thhoabinh@example.edu.vn', 'hieutruong.thhb@example.edu.vn']);
  });
  it('a line of column numbers under the header is no school: not listed, said once (review clerkday #6)', () => {
    const rows = directoryRows();
    const numbers = rows[0].map((_, j) => `(${j + 1})`);
    const d = parseDirectory([rows[0], numbers, ...rows.slice(1)]);
    expect(d.schools.map((x) => x.name)).toEqual(SCHOOLS.map((x) => x.name));
    expect(d.errors).toHaveLength(1);
    expect(d.errors[0]).toMatch(/dòng 2: cột “Tên đơn vị” ghi “\(2\)”, không có chữ nào và dòng không có e-mail hợp lệ nên không phải một đơn vị/);
  });
  it('reports missing headers, empty cells, bad e-mails and duplicates by row and column', () => {
    const rows = directoryRows();
    const shuffled = rows.map((r) => [r[6], r[1], r[0], r[2], 'thêm', r[3], r[4], r[5]]);
    expect(parseDirectory(shuffled).errors).toEqual([]);
    const bad = [
      ...rows,
      ['MN01', 'Trường Mầm non Mới', 'Mầm non', '', '', '', 'mnmoi@example.edu.vn'],
      ['MN09', 'trường mầm non HOA  sen'.normalize('NFD'), 'Mầm non', '', '', '', 'a@b.vn'],
      ['', 'Trường Tiểu học Sao Mai', 'Tiểu học', '', '', '', 'khong-phai-email'],
      ['TH09', 'Trường Tiểu học Ánh Dương', 'Đại học', '', '', '', 'a@b.vn, c@d.vn'],
    ];
    const errs = parseDirectory(bad).errors;
    expect(errs.some((e) => /dòng 5:.*“MN01”.*dòng 2/.test(e))).toBe(true);
    expect(errs.some((e) => /dòng 7: cột “Mã đơn vị” đang để trống\.$/.test(e))).toBe(true);
    // An empty e-mail cell says what it costs the school (only that column's message does).
    const emptyEmail = parseDirectory([...rows, ['MN05', 'Trường Mầm non Sen Hồng', 'Mầm non', '', '', '', '']]).errors;
    expect(emptyEmail).toEqual([expect.stringMatching(/^Trang tính “Đơn vị”, dòng 5: cột “Email” đang để trống\. Khi chưa có e-mail, trường này không nhận thư nhắc hạn .*trang theo dõi riêng.*“chưa xác minh”\.$/)]);
    expect(errs.some((e) => /dòng 7, cột “Email”.*khong-phai-email/.test(e))).toBe(true);
    expect(errs.some((e) => /dòng 8, cột “Cấp học”.*Đại học/.test(e))).toBe(true);
    expect(errs.filter((e) => e.includes('trùng'))).toHaveLength(2);
    // A school renamed: its old name in "Tên cũ" finds it; an old name that is another school's name is refused.
    expect(rows[0][7]).toBe('Tên cũ');
    const renamed = rows.map((r) => (r[1] === SCHOOLS[0].name ? [r[0], 'Trường Mầm non Hoa Sen phường Mới', ...r.slice(2, 7), `${SCHOOLS[0].name}; ${SCHOOLS[1].name}`] : r));
    const dir = parseDirectory(renamed);
    expect(dir.byKey.get(matchKey(SCHOOLS[0].name))?.name).toBe('Trường Mầm non Hoa Sen phường Mới');
    expect(dir.byKey.get(matchKey(SCHOOLS[1].name))?.name).toBe(SCHOOLS[1].name);
    expect(dir.errors).toEqual([`Trang tính “Đơn vị”, dòng 2, cột “Tên cũ”: tên “${SCHOOLS[1].name}” đã là tên (hoặc tên cũ) của đơn vị ở dòng 3; công cụ không dùng tên cũ này.`]);
    expect(dir.schools).toHaveLength(rows.length - 1);
    const noEmail = rows.map((r) => r.slice(0, 6));
    expect(parseDirectory(noEmail).errors).toEqual(['Trang tính “Đơn vị”: thiếu cột “Email” ở dòng tiêu đề (dòng 1).']);
  });
});

describe('a school renamed, and one person under two subjects', () => {
  const a = individualAnswers('teacher', cfg);
  const OLD = 'Trường Mầm non Hoa Sen cũ';
  /** The directory with SCHOOLS[0] renamed (its old name in "Tên cũ"), or made of two old schools. */
  const withFormer = (former: string) => {
    const rows = directoryRows();
    return parseDirectory(rows.map((r) => (r[1] === SCHOOLS[0].name ? [...r.slice(0, 7), former] : r)));
  };
  const parseWith = (dir: ReturnType<typeof parseDirectory>, rows: unknown[][]) => parseResponses([headerRow(f), ...rows], { ...ctx, directory: dir }).registrations;

  it('one "Tên cũ" (a school renamed, or another school taken in): a registration under one name never replaces one under the other; the council is told (review "reorg" #1)', () => {
    const dir = withFormer(OLD);
    const regs = parseWith(dir, [answersToRow(f, { ...a, [Q.school]: OLD }, at(1), ''), answersToRow(f, a, at(5), '')]);
    expect(regs.map((r) => r.school?.code)).toEqual(['MN01', 'MN01']);
    const flags = identityFlags(regs);
    expect([flags.get('DK-000002')!.supersededBy, flags.get('DK-000003')!.supersededBy]).toEqual([undefined, undefined]);
    // One person's name and birth year: alike (and not told twice).
    expect(flags.get('DK-000002')!.alike?.map((x) => x.id)).toEqual(['DK-000003']);
    expect(flags.get('DK-000002')!.otherName).toBeUndefined();
    // Two teams of one name, one of each old school ("Bình Minh" merged into "Hoa Sen"): both stand, each names the
    // other with the name it was sent under.
    const team = { ...collectiveAnswers(cfg), [Q.collectiveName]: 'Tổ chuyên môn khối 1' };
    const teams = parseWith(dir, [answersToRow(f, team, at(1), ''), answersToRow(f, { ...team, [Q.school]: OLD }, at(5), ''), answersToRow(f, team, at(6), '')]);
    const tf = identityFlags(teams);
    // The third, sent under the school's name again, replaces the first (the school registered it again).
    expect(teams.map((r) => tf.get(r.id)!.supersededBy)).toEqual(['DK-000004', undefined, undefined]);
    expect(tf.get('DK-000003')!.otherName).toEqual([{ id: 'DK-000004', school: SCHOOLS[0].name }]);
    expect(tf.get('DK-000004')!.otherName).toEqual([{ id: 'DK-000003', school: OLD }]);
    expect(tf.get('DK-000002')!.otherName).toBeUndefined();
    expect(flagOtherName(tf.get('DK-000004')!.otherName!)).toContain(`Có thể trùng đối tượng với phiếu DK-000003 (gửi dưới tên “${OLD}”)`);
    // Sent again from the same address under the new name: the school registered it again (review diff17 #3).
    const mail = SCHOOLS[0].emails[0];
    const again = parseWith(dir, [answersToRow(f, { ...team, [Q.school]: OLD }, at(1), mail), answersToRow(f, team, at(5), mail), answersToRow(f, { ...team, [Q.school]: OLD }, at(6), 'khac@example.edu.vn')]);
    const af = identityFlags(again);
    // The third, under the old name from an address the directory does not know, gives way to the school's own (as
    // under one name) — and names the one that stands.
    expect(again.map((r) => af.get(r.id)!.supersededBy)).toEqual(['DK-000003', undefined, 'DK-000003']);
    expect(af.get('DK-000003')!.otherName).toBeUndefined();
    // Two old names (two schools merged into one), one address (a district clerk typing for both): two teams, both
    // stand, named to the council (review diff18 #3).
    const two = withFormer(`${OLD}; Trường Mầm non Sen Hồng cũ`);
    const merged = parseWith(two, [answersToRow(f, { ...team, [Q.school]: OLD }, at(1), mail), answersToRow(f, { ...team, [Q.school]: 'Trường Mầm non Sen Hồng cũ' }, at(5), mail)]);
    const mf = identityFlags(merged);
    expect(merged.map((r) => mf.get(r.id)!.supersededBy)).toEqual([undefined, undefined]);
    expect(mf.get('DK-000002')!.otherName?.map((x) => x.id)).toEqual(['DK-000003']);
  });

  it('two merged schools\' teams, both edited under the merged name (the only one the form offers): kept apart by the names the register saw them sent under (review r79m F2)', () => {
    const team = { ...collectiveAnswers(cfg), [Q.collectiveName]: 'Tổ Toán' };
    const SEN = 'Trường Mầm non Sen Hồng cũ';
    const two = withFormer(`${OLD}; ${SEN}`);
    /** Both now naming the merged school, each stamped with the old school's row that listed its address, edited since sent. */
    const edited = (stamps: string[], emails: string[]) => {
      const regs = parseWith(two, [answersToRow(f, team, at(1), emails[0]), answersToRow(f, team, at(5), emails[1])]);
      regs.forEach((r, i) => {
        r.sentAs = stamps[i];
        r.firstSubmittedAt = new Date(r.submittedAt!.getTime() - 86_400_000);
      });
      return regs;
    };
    const regs = edited([OLD, SEN], ['a@old.edu.vn', 'b@sen.edu.vn']);
    const flags = identityFlags(regs);
    expect(regs.map((r) => flags.get(r.id)!.supersededBy)).toEqual([undefined, undefined]);
    expect(flags.get('DK-000002')!.otherName).toEqual([{ id: 'DK-000003', school: SEN }]);
    expect(flags.get('DK-000003')!.otherName).toEqual([{ id: 'DK-000002', school: OLD }]);
    // No stamp (a register from before the column, or rebuilt), or one naming two of its old names (an address listed
    // at both schools), or its name now: as the response says — one subject, the later replaces.
    for (const stamps of [['', ''], [`${OLD}\n${SEN}`, `${SEN}\n${OLD}`], [SCHOOLS[0].name, SCHOOLS[0].name], ['-', 'Trường Lạ']]) {
      const one = edited(stamps, ['a@old.edu.vn', 'b@sen.edu.vn']);
      const f1 = identityFlags(one);
      expect(one.map((r) => f1.get(r.id)!.supersededBy), stamps.join(' / ')).toEqual(['DK-000003', undefined]);
    }
    // A school only renamed: sent under its old name, edited under its new one; sent again under the new one from the
    // same address, later: the later replaces it, as before the edit (review diff17 #3).
    const renamed = withFormer(OLD);
    const again = parseWith(renamed, [answersToRow(f, team, at(1), 'a@old.edu.vn'), answersToRow(f, team, at(5), 'a@old.edu.vn')]);
    again[0].sentAs = OLD;
    again[1].sentAs = SCHOOLS[0].name;
    const af = identityFlags(again);
    expect(again.map((r) => af.get(r.id)!.supersededBy)).toEqual(['DK-000003', undefined]);
  });

  it('the school the register saw a response name first keys it, whoever sends its edit and whatever the stamp says (f80b)', () => {
    const team = { ...collectiveAnswers(cfg), [Q.collectiveName]: 'Tổ Toán' };
    const SEN = 'Trường Mầm non Sen Hồng cũ';
    const two = withFormer(`${OLD}; ${SEN}`);
    /** Both now naming the merged school, edited since sent by the merged school's new clerk (stamped with its row). */
    const edited = (first: string[], email = 'van.thu@merged.edu.vn') => {
      const regs = parseWith(two, [answersToRow(f, team, at(1), email), answersToRow(f, team, at(5), email)]);
      regs.forEach((r, i) => {
        r.sentAs = SCHOOLS[0].name;
        r.firstSchool = first[i];
        r.firstSubmittedAt = new Date(r.submittedAt!.getTime() - 86_400_000);
      });
      return regs;
    };
    // First sent under the two old names: two teams, each naming the other by the name it was first sent under.
    const regs = edited([schoolPrint(OLD), schoolPrint(SEN)]);
    const flags = identityFlags(regs);
    expect(regs.map((r) => flags.get(r.id)!.supersededBy)).toEqual([undefined, undefined]);
    expect(flags.get('DK-000002')!.otherName).toEqual([{ id: 'DK-000003', school: SEN }]);
    expect(flags.get('DK-000003')!.otherName).toEqual([{ id: 'DK-000002', school: OLD }]);
    // Both first sent under the merged name (however the stamp reads: an address listed at an old row then), or one
    // under a name not the school's (sent for another school, moved here): one subject, the later replaces.
    for (const first of [[schoolPrint(SCHOOLS[0].name), schoolPrint(SCHOOLS[0].name)], [schoolPrint('Trường Lạ'), schoolPrint(SCHOOLS[0].name)]]) {
      const one = edited(first);
      one[0].sentAs = OLD;
      const f1 = identityFlags(one);
      expect(one.map((r) => f1.get(r.id)!.supersededBy), first.join(' / ')).toEqual(['DK-000003', undefined]);
    }
  });

  it('a school made of two old schools keeps their registrations apart, and says they may be one person', () => {
    const dir = withFormer(`${OLD}; Trường Mầm non Sen Hồng cũ`);
    const regs = parseWith(dir, [answersToRow(f, { ...a, [Q.school]: OLD }, at(1), ''), answersToRow(f, { ...a, [Q.school]: 'Trường Mầm non Sen Hồng cũ' }, at(5), '')]);
    const flags = identityFlags(regs);
    expect([flags.get('DK-000002')!.supersededBy, flags.get('DK-000003')!.supersededBy]).toEqual([undefined, undefined]);
    expect(flags.get('DK-000002')!.alike).toEqual([{ id: 'DK-000003', school: SCHOOLS[0].name }]);
  });

  it('the same name and birth year at two schools: both stay, each names the other; other years, kinds and replaced ones do not', () => {
    const regs = parse([
      answersToRow(f, a, at(1), ''), // DK-000002, Hoa Sen
      answersToRow(f, { ...a, [Q.school]: SCHOOLS[1].name }, at(2), ''), // DK-000003, Hòa Bình: alike
      answersToRow(f, { ...a, [Q.school]: SCHOOLS[2].name, [Q.birthYear]: '1990' }, at(3), ''), // DK-000004: another year
      answersToRow(f, { ...collectiveAnswers(cfg), [Q.school]: SCHOOLS[2].name, [Q.collectiveName]: a[Q.individualName] as string }, at(4), ''), // a collective
      answersToRow(f, a, at(6), ''), // DK-000006 replaces DK-000002 (same school and subject)
    ]);
    const flags = identityFlags(regs);
    expect(flags.get('DK-000002')!.supersededBy).toBe('DK-000006');
    expect(flags.get('DK-000002')!.alike).toBeUndefined();
    expect(flags.get('DK-000003')!.alike).toEqual([{ id: 'DK-000006', school: SCHOOLS[0].name }]);
    expect(flags.get('DK-000006')!.alike).toEqual([{ id: 'DK-000003', school: SCHOOLS[1].name }]);
    expect(flags.get('DK-000004')!.alike).toBeUndefined();
    expect(flags.get('DK-000005')!.alike).toBeUndefined();
    // Two people of one name and year told apart by a hometown both give; one not given tells nothing.
    const home = (h: string) => ({ ...a, [Q.school]: SCHOOLS[1].name, [REPORT_QUESTIONS.hometown]: h });
    const apart = identityFlags(parse([answersToRow(f, { ...a, [REPORT_QUESTIONS.hometown]: 'Xã Bản Mây, tỉnh Lào Cai' }, at(1), ''), answersToRow(f, home('Phường Đồi Thông, tỉnh Lào Cai'), at(2), '')]));
    expect([...apart.values()].map((v) => v.alike)).toEqual([undefined, undefined]);
    const same = identityFlags(parse([answersToRow(f, { ...a, [REPORT_QUESTIONS.hometown]: 'Xã Bản Mây, tỉnh Lào Cai' }, at(1), ''), answersToRow(f, home('xã bản mây,  tỉnh Lào Cai'), at(2), '')]));
    expect([...same.values()].map((v) => v.alike?.length)).toEqual([1, 1]);
    // One hometown typed two ways, short or long, in the units before 2025 or after: the same place (review vntext #5).
    for (const [x, y] of [
      ['Xã Minh Bảo, tỉnh Lào Cai', 'xã Minh Bảo - Lào Cai'],
      ['Xã Minh Bảo, tỉnh Lào Cai.', 'Xã Minh Bảo, tỉnh Lào Cai'],
      ['P. Yên Bái, T. Lào Cai', 'Phường Yên Bái, tỉnh Lào Cai'],
      ['TP Yên Bái, tỉnh Yên Bái', 'Phường Yên Bái, tỉnh Lào Cai'],
    ]) {
      const two = identityFlags(parse([answersToRow(f, { ...a, [REPORT_QUESTIONS.hometown]: x }, at(1), ''), answersToRow(f, home(y), at(2), '')]));
      expect([...two.values()].map((v) => v.alike?.length), `${x} / ${y}`).toEqual([1, 1]);
    }
    // Places with nothing in common still tell two people apart: "Thành phố Thanh Hóa" is not "Khánh Hòa".
    const far = identityFlags(parse([answersToRow(f, { ...a, [REPORT_QUESTIONS.hometown]: 'Thành phố Thanh Hóa' }, at(1), ''), answersToRow(f, home('Tỉnh Khánh Hòa'), at(2), '')]));
    expect([...far.values()].map((v) => v.alike)).toEqual([undefined, undefined]);
  });

  it('one person written two ways (a title, a role, a full stop, no tone marks) is two subjects the council is told may be one (review vntext #3)', () => {
    expect(personKey('Lê Thị Mai')).toBe('le thi mai');
    for (const other of ['Cô Lê Thị Mai', 'ThS. Lê Thị Mai', 'PGS.TS. Lê Thị Mai', 'Đ/c Lê Thị Mai', 'Lê Thị Mai.', "'Lê Thị Mai", 'Le Thi Mai', 'LÊ THỊ MAI', 'Lê Thị Mai, Hiệu trưởng', 'Lê Thị Mai (GV Toán)']) {
      expect(personKey(other), other).toBe('le thi mai');
    }
    // A family name that is also a title keeps the name two words long; another given name is another person.
    expect(personKey('Cô Mai')).toBe('co mai');
    expect(personKey('Lê Thị Mái')).toBe('le thi mai');
    expect(personKey('Lê Thị Lan')).not.toBe('le thi mai');
    // Other letters are other people, whatever personKey folds: "Hưng" is not "Hùng" (review diff30 #2).
    const hung = identityFlags(parse([answersToRow(f, { ...a, [Q.individualName]: 'Trần Văn Hùng' }, at(1), ''), answersToRow(f, { ...a, [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Trần Văn Hưng' }, at(2), '')]));
    expect([...hung.values()].map((v) => v.alike)).toEqual([undefined, undefined]);
    // A tone slipped, or no marks at all: maybe one.
    const mai = identityFlags(parse([answersToRow(f, { ...a, [Q.individualName]: 'Lê Thị Mái' }, at(1), ''), answersToRow(f, { ...a, [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Lê Thị Mai' }, at(2), '')]));
    expect([...mai.values()].map((v) => v.alike?.length)).toEqual([1, 1]);
    // At two schools with one birth year, and at one school too: named to the council, neither replaced.
    const named = (name: string, school = SCHOOLS[0].name) => ({ ...a, [Q.school]: school, [Q.individualName]: name });
    const regs = parse([answersToRow(f, named('Lê Thị Mai'), at(1), ''), answersToRow(f, named('Cô Lê Thị Mai.', SCHOOLS[1].name), at(2), ''), answersToRow(f, named('Le Thi Mai'), at(3), '')]);
    const flags = identityFlags(regs);
    expect([...flags.values()].map((v) => v.supersededBy)).toEqual([undefined, undefined, undefined]);
    expect(flags.get('DK-000002')!.alike?.map((x) => x.id)).toEqual(['DK-000003', 'DK-000004']);
    expect(flags.get('DK-000003')!.alike?.map((x) => x.id)).toEqual(['DK-000002', 'DK-000004']);
    // Another birth year at one school: two subjects, neither replacing the other, the council told they may be one
    // (a year corrected by a new response: review r73r F5) — unless their answers tell them apart (another gender).
    const two = identityFlags(parse([answersToRow(f, named('Lê Thị Mai'), at(1), ''), answersToRow(f, { ...named('Cô Lê Thị Mai'), [Q.birthYear]: '1990' }, at(2), '')]));
    expect([...two.values()].map((v) => v.supersededBy)).toEqual([undefined, undefined]);
    expect([...two.values()].map((v) => v.alike?.length)).toEqual([1, 1]);
    const apart = identityFlags(parse([answersToRow(f, { ...named('Lê Thị Mai'), [REPORT_QUESTIONS.gender]: 'Nữ' }, at(1), ''), answersToRow(f, { ...named('Lê Thị Mai'), [Q.birthYear]: '1990', [REPORT_QUESTIONS.gender]: 'Nam' }, at(2), '')]));
    expect([...apart.values()].map((v) => v.alike)).toEqual([undefined, undefined]);
  });

  it('one school, the same name with a birth year on one registration only: alike, neither replaced', () => {
    const regs = parse([answersToRow(f, { ...a, [Q.birthYear]: '' }, at(1), ''), answersToRow(f, a, at(2), ''), answersToRow(f, { ...a, [Q.birthYear]: '1990' }, at(3), '')]);
    const flags = identityFlags(regs);
    expect([...flags.values()].map((v) => v.supersededBy)).toEqual([undefined, undefined, undefined]);
    expect(flags.get('DK-000002')!.alike?.map((x) => x.id)).toEqual(['DK-000003', 'DK-000004']);
    // 1990 and the helpers' year at one school: told too (review r73r F5).
    expect(flags.get('DK-000003')!.alike?.map((x) => x.id)).toEqual(['DK-000002', 'DK-000004']);
    expect(flags.get('DK-000004')!.alike?.map((x) => x.id)).toEqual(['DK-000002', 'DK-000003']);
  });

  it('the office reads it in the "Ghi chú" of "Kết quả kiểm tra" and "Thẩm định"', () => {
    const output = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(f), answersToRow(f, a, at(1), ''), answersToRow(f, { ...a, [Q.school]: SCHOOLS[1].name }, at(2), '')] });
    const note = String(resultRow(output.registrations[0])[RESULTS_HEADER.indexOf('Ghi chú')]);
    expect(note).toContain(`Có thể trùng người với phiếu DK-000003 (${SCHOOLS[1].name})`);
    const review = mergeReview([], output.registrations);
    const c = review.columns;
    expect(String(review.rows.find((r) => r[c.id] === 'DK-000003')![c.note])).toContain(`Có thể trùng người với phiếu DK-000002 (${SCHOOLS[0].name})`);
  });
});

// Review d74 F4: the school itself under its name as officially written (words "Đơn vị" leaves out) is the school itself;
// a level named before the school, or one the school lacks, is a part (src/core/unit-names.ts isSchoolItself).
describe('the school itself and its parts, however their names are written', () => {
  it('tells the school under its full name from a section of it', async () => {
    const { isSchoolItself } = await import('../../src/core/unit-names');
    const itself = (name: string, schoolName: string) => isSchoolItself({ kind: 'collective', name, schoolName });
    for (const [name, school] of [
      ['Trường PTDTBT Tiểu học Hòa Bình', 'Trường Tiểu học Hòa Bình'],
      ['Trường Mẫu giáo Hoa Sen', 'Trường Mầm non Hoa Sen'],
      ['Tập thể Trường MN Hoa Sen.', 'Trường Mầm non Hoa Sen'],
      ['Trường Liên cấp Quang Minh', 'Trường TH và THCS Quang Minh'],
    ]) expect(itself(name, school), name).toBe(true);
    for (const [name, school] of [
      ['Nhà trẻ Trường Mầm non Hoa Sen', 'Trường Mầm non Hoa Sen'],
      ['Mẫu giáo - Trường MN Hoa Sen', 'Trường Mầm non Hoa Sen'],
      ['Trường MN Hoa Sen - Nhà trẻ', 'Trường Mầm non Hoa Sen'],
      ['Tiểu học - Trường TH và THCS Quang Minh', 'Trường TH và THCS Quang Minh'],
    ]) expect(itself(name, school), name).toBe(false);
  });
});
