// The council's meeting day as its secretary types it (review council-day): a share typed alone, a member who votes in
// writing, a meeting short of two thirds, a share counted on those who voted, a rule the tool does not read. The base
// of the share is the tab's own setting ("Tỷ lệ tính trên"), as councils' quy chế differ.
import { describe, expect, it } from 'vitest';
import { parseCouncil, voteOutcome } from '../../src/core/council';
import { COUNCIL_BASE, COUNCIL_FIELDS, COUNCIL_PRESENT, HISTORY_CHANGE } from '../../src/core/messages';
import { batchLines } from '../../src/core/history';
import { meetingValues, memberRows } from '../../src/core/proposals';
import { councilMembers, councilTabRows, config } from './helpers';

const ID = 'DK-000001';
const read = (votes: Parameters<typeof councilTabRows>[0], opts?: Parameters<typeof councilTabRows>[1]) => parseCouncil(councilTabRows(votes, opts))!;
/** 9 members, those at `absent` (0-based) marked "Vắng". */
const roster = (absent: number[]) => councilMembers(9, absent);

describe('a share typed alone', () => {
  it('with members absent, is not trusted (counted on all members or on those present, it decides differently): the cell is named, the count asked for', () => {
    for (const [absent, typed] of [[[0, 1, 2, 3, 4, 5, 6, 7, 8], '60%'], [[4, 5, 6, 7, 8], '100%'], [[7, 8], '71,4%']] as const) {
      const o = voteOutcome(read([[ID, '', '', typed]], { memberRows: roster([...absent]), threshold: 'từ 70 trở lên' }), ID);
      expect(o.passed).toBe(false);
      expect(o.problem).toContain(`ô “Tỷ lệ tán thành (%)” của ${ID} ghi “${typed}”, chỉ có tỷ lệ, trong khi ${9 - absent.length} trong 9 thành viên biểu quyết: ghi số thành viên tán thành`);
    }
  });

  it('with every member voting, stands (its base is the same either way)', () => {
    expect(voteOutcome(read([[ID, '', '', '80%']], { memberRows: roster([]) }), ID)).toMatchObject({ passed: true, problem: null, share: 0.8 });
  });
});

describe('a member who votes in writing (lấy ý kiến bằng văn bản)', () => {
  it('said in the presence column or in the reason: counted among those who voted, printed absent with the written vote', () => {
    const byCell = roster([6]).map((m, i) => (i === 6 ? [m[0], m[1], COUNCIL_PRESENT.written, 'đi công tác'] : m));
    const byReason = roster([6]).map((m, i) => (i === 6 ? [m[0], m[1], 'Vắng', 'đi công tác, gửi ý kiến bằng văn bản'] : m));
    for (const members of [byCell, byReason]) {
      const c = read([[ID, 9, 0]], { memberRows: members, threshold: 'từ 90 trở lên' });
      expect(c.members.filter((m) => m.present)).toHaveLength(8);
      expect(c.members.filter((m) => m.written)).toHaveLength(1);
      expect(voteOutcome(c, ID)).toMatchObject({ passed: true, problem: null, share: 1 });
      expect(meetingValues(c, config().organisation).thanh_phan).toBe('9 thành viên Hội đồng; có mặt 8, vắng mặt 1, trong đó 1 thành viên có ý kiến bằng văn bản (danh sách tại mục I).');
      // Said once: after the reason, unless the reason says it.
      expect(memberRows(c)[6].tv_co_mat).toBe(members === byReason ? 'Vắng mặt (đi công tác, gửi ý kiến bằng văn bản)' : 'Vắng mặt (đi công tác), có ý kiến bằng văn bản');
    }
  });

  it('leave asked in writing, or a reason that says no written vote came, is no written vote; more votes than those present says how to record one', () => {
    // (Not so "không dự, có ý kiến bằng văn bản": the negation is of another clause.)
    expect(read([[ID, 9, 0]], { memberRows: roster([6]).map((m, i) => (i === 6 ? [m[0], m[1], 'Vắng', 'không dự, có ý kiến bằng văn bản'] : m)) }).members.filter((m) => m.written)).toHaveLength(1);
    for (const reason of ['xin phép bằng văn bản', 'đi công tác, không gửi ý kiến bằng văn bản', 'chưa có phiếu bằng văn bản']) {
      const asked = roster([6]).map((m, i) => (i === 6 ? [m[0], m[1], 'Vắng', reason] : m));
      const c = read([[ID, 9, 0]], { memberRows: asked });
      expect(c.members.filter((m) => m.written), reason).toHaveLength(0);
      expect(voteOutcome(c, ID).problem).toContain(`nhiều hơn 8 thành viên có mặt (thành viên vắng mà có ý kiến bằng văn bản: ghi “${COUNCIL_PRESENT.written}”`);
    }
  });

  it('with the share of those who voted: the written vote counts in the base, and the rule names who voted', () => {
    const members = roster([6, 7]).map((m, i) => (i === 6 ? [m[0], m[1], COUNCIL_PRESENT.written, ''] : m));
    // 7 present, 1 in writing, 1 absent: 6 of the 8 who voted is 75 %, of all 9 only 66,7 %.
    const c = read([[ID, 6, 2]], { memberRows: members, threshold: 'từ 70 trở lên', base: COUNCIL_BASE.voters });
    expect(voteOutcome(c, ID)).toMatchObject({ passed: true, problem: null, share: 0.75 });
    expect(meetingValues(c, config().organisation).quy_tac_bieu_quyet).toBe('Trường hợp được đề nghị khi số thành viên tán thành từ 70% trở lên tính trên số thành viên biểu quyết (8 thành viên: 7 có mặt, 1 có ý kiến bằng văn bản).');
    // "6/8" counted over those who voted is no count over another number.
    expect(voteOutcome(read([[ID, '6/8', 2]], { memberRows: members, base: COUNCIL_BASE.voters }), ID).problem).toBeNull();
    expect(voteOutcome(read([[ID, '6/10', 2]], { memberRows: members }), ID).problem).toContain('khác tổng số thành viên Hội đồng (9), số thành viên có mặt (7) và số thành viên biểu quyết (8, kể cả người có ý kiến bằng văn bản)');
  });
});

describe('the base of the share ("Tỷ lệ tính trên")', () => {
  it('of those who voted: 5 for, 2 against, 7 of 9 present pass "từ 70 trở lên" (71,4%), and the Biên bản prints that rule', () => {
    const opts = { memberRows: roster([7, 8]), threshold: 'từ 70 trở lên', base: COUNCIL_BASE.voters };
    const c = read([[ID, 5, 2, '71,4%']], opts);
    expect(voteOutcome(c, ID)).toMatchObject({ passed: true, problem: null });
    expect(voteOutcome(c, ID).share).toBeCloseTo(5 / 7);
    expect(meetingValues(c, config().organisation).quy_tac_bieu_quyet).toBe('Trường hợp được đề nghị khi số thành viên tán thành từ 70% trở lên tính trên số thành viên biểu quyết (7 thành viên có mặt).');
  });

  it('of all members (the default, also when the row is missing): the same ballot fails (55,6%); a share typed on those present is named as such', () => {
    for (const base of [COUNCIL_BASE.total, undefined]) {
      const opts = { memberRows: roster([7, 8]), threshold: 'từ 70 trở lên', ...(base ? { base } : {}) };
      expect(voteOutcome(read([[ID, 5, 2]], opts), ID)).toMatchObject({ passed: false, problem: null });
      expect(voteOutcome(read([[ID, 5, 2, '71,4%']], opts), ID).problem).toContain('là tỷ lệ tính trên số thành viên biểu quyết, còn mục “Tỷ lệ tính trên” tính trên tổng số thành viên: 5 thành viên tán thành là 55,6%');
    }
  });

  it('as a quy chế words it: "tổng số thành viên có mặt" is of those who voted, not of all', () => {
    for (const typed of ['tổng số thành viên có mặt', 'Tổng số thành viên dự họp', 'số thành viên biểu quyết']) expect(read([[ID, 5, 2]], { base: typed }).ofVoters, typed).toBe(true);
    for (const typed of ['tổng số thành viên', 'Tổng số thành viên Hội đồng', '', 'Toàn thể thành viên']) expect(read([[ID, 5, 2]], { base: typed }).ofVoters, typed).toBe(false);
    // Words of both kinds are not guessed (review diff42 M3).
    for (const typed of ['Toàn thể thành viên, kể cả người không dự họp', 'tất cả thành viên dự họp']) expect(read([[ID, 5, 2]], { base: typed }).problem, typed).toContain('không đọc được');
  });

  it('unreadable: no vote is trusted, the cell is named', () => {
    const c = read([[ID, 8, 0]], { base: 'một nửa' });
    expect(voteOutcome(c, ID)).toMatchObject({ passed: false, problem: `ô “${COUNCIL_FIELDS.base}” ghi “một nửa”, không đọc được: ghi “tổng số thành viên” hoặc “số thành viên biểu quyết”` });
  });
});

describe('what the tab says that the tool does not decide', () => {
  it('a meeting of fewer than two thirds of the members is said once; two thirds or more, nothing', () => {
    const few = read([[ID, 5, 0]], { memberRows: roster([5, 6, 7, 8]) });
    expect(few.notes.filter((n) => n.includes('chưa đủ 2/3'))).toEqual(['Chỉ 5 trong 9 thành viên Hội đồng có mặt, chưa đủ 2/3: Quy chế của nhiều Hội đồng thi đua, khen thưởng chỉ cho cuộc họp có giá trị khi ít nhất 2/3 thành viên có mặt. Kiểm tra Quy chế của Hội đồng trước khi ký Biên bản.']);
    expect(read([[ID, 6, 0]], { memberRows: roster([6, 7, 8]) }).notes).toEqual([]);
  });

  it('a second threshold line (per award level) is named, not dropped; a heading without a value is not', () => {
    const rows = councilTabRows([[ID, 6, 2]]);
    const at = rows.findIndex((r) => r[0] === COUNCIL_FIELDS.threshold);
    rows.splice(at + 1, 0, ['Tỷ lệ tán thành đối với Bằng khen (%)', 'từ 70 trở lên'], ['I. THÔNG TIN CUỘC HỌP']);
    const c = parseCouncil(rows)!;
    expect(c.notes).toHaveLength(1);
    expect(c.notes[0]).toMatch(/^Dòng “Tỷ lệ tán thành đối với Bằng khen \(%\)” ở phần đầu trang “Họp Hội đồng TĐKT” không phải mục công cụ đọc .*nếu Quy chế quy định tỷ lệ cao hơn cho một hình thức, hãy tự đối chiếu/);
    // Another row with a value: named, without the words about thresholds.
    const other = councilTabRows([[ID, 6, 2]]);
    other.splice(1, 0, ['Nội dung', 'Xét khen thưởng năm học 2024-2025']);
    const notes = parseCouncil(other)!.notes;
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^Dòng “Nội dung” .*văn bản không dùng dòng này\.$/);
  });
});

describe('a threshold the quy chế writes as a fraction', () => {
  it('"từ 2/3 trở lên" passes exactly 6 of 9 and is printed as written; "trên 1/2" needs more than half; "2/3" made a date by Sheets is read back', () => {
    const six = read([[ID, 6, 3]], { memberRows: roster([]), threshold: 'từ 2/3 trở lên' });
    expect(voteOutcome(six, ID)).toMatchObject({ passed: true, problem: null });
    expect(meetingValues(six, config().organisation).quy_tac_bieu_quyet).toBe('Trường hợp được đề nghị khi số thành viên tán thành từ 2/3 trở lên tính trên tổng số 9 thành viên Hội đồng.');
    expect(voteOutcome(read([[ID, 5, 4]], { memberRows: roster([]), threshold: 'từ 2/3 trở lên' }), ID).passed).toBe(false);
    const half = read([[ID, 5, 5]], { memberRows: councilMembers(10, []), threshold: 'trên 1/2' });
    expect(voteOutcome(half, ID).passed).toBe(false);
    expect(voteOutcome(read([[ID, 6, 4]], { memberRows: councilMembers(10, []), threshold: 'trên 1/2' }), ID).passed).toBe(true);
    // Typed "2/3" in a cell Sheets reads as a date (vi: day/month).
    const dated = read([[ID, 6, 3]], { memberRows: roster([]), threshold: new Date(2024, 2, 2) });
    expect(dated.problem).toBeNull();
    expect(dated).toMatchObject({ fraction: '2/3', atLeast: false });
    // A date that is no fraction below one ("7/3") stays unreadable.
    expect(read([[ID, 6, 3]], { memberRows: roster([]), threshold: new Date(2024, 2, 7) }).problem).toContain('không đọc được tỷ lệ');
  });
});

describe('the history line of a batch keeps the vote the next meeting types over (review complaint M1)', () => {
  const nominee = (id: string) => ({ id, name: '', schoolName: 'Trường A', level: 'giayKhen', registration: { verdict: 'dat', flags: {} } }) as never;
  const lines = (c: ReturnType<typeof read>) => batchLines({ nominees: [nominee(ID)], flagged: [] }, () => '05/09/2024', new Date(2024, 8, 5), c).map((l) => String(l[4]));

  it('says the counts, the share, who was present and who voted in writing, as typed', () => {
    const written = roster([5, 6]).map((m, i) => (i === 6 ? [m[0], m[1], COUNCIL_PRESENT.written, 'đi công tác'] : m));
    expect(lines(read([[ID, 7, 1]], { memberRows: written }))).toEqual([
      `${HISTORY_CHANGE.proposed('Giấy khen', '05/09/2024')}; Hội đồng biểu quyết ngày 04/09/2024: 7 tán thành, 1 không tán thành, tỷ lệ 77,8%, có mặt 7/9 thành viên, 1 ý kiến bằng văn bản`,
    ]);
    // A share typed alone by a full council: the share only.
    expect(lines(read([[ID, '', '', '100%']], { memberRows: roster([]) }))[0]).toMatch(/: tỷ lệ 100%, có mặt 9\/9 thành viên$/);
  });

  it('says nothing of a vote it cannot trust, nor without a meeting', () => {
    expect(lines(read([[ID, 12, 0]]))).toEqual([HISTORY_CHANGE.proposed('Giấy khen', '05/09/2024')]);
    expect(lines(null as never)).toEqual([HISTORY_CHANGE.proposed('Giấy khen', '05/09/2024')]);
  });
});

describe('the list made public before the meeting (review complaint H1)', () => {
  const withPublicity = (cell: unknown) => {
    const rows = councilTabRows([[ID, 7, 1]]);
    rows.splice(8, 0, [COUNCIL_FIELDS.publicity, cell]);
    return parseCouncil(rows)!;
  };

  it('is read from its row, printed in the Biên bản before the rule, and kept in the history line', () => {
    const c = withPublicity('từ 20/8/2024 đến 03/9/2024, niêm yết tại trụ sở.');
    expect(c.publicity).toBe('từ 20/8/2024 đến 03/9/2024, niêm yết tại trụ sở.');
    expect(c.notes).toEqual([]);
    const rule = meetingValues(c, config().organisation).quy_tac_bieu_quyet!;
    expect(rule.startsWith('Danh sách đề nghị khen thưởng đã được công khai từ 20/8/2024 đến 03/9/2024, niêm yết tại trụ sở. ')).toBe(true);
    const nominee = { id: ID, name: '', schoolName: 'Trường A', level: 'giayKhen', registration: { verdict: 'dat', flags: {} } } as never;
    const [line] = batchLines({ nominees: [nominee], flagged: [] }, () => '05/09/2024', new Date(2024, 8, 5), c);
    expect(String(line[4])).toMatch(/có mặt 8\/9 thành viên; danh sách đã công khai từ 20\/8\/2024 đến 03\/9\/2024, niêm yết tại trụ sở$/);
  });

  it('left blank, or a tab made before the row existed: nothing said of it', () => {
    for (const c of [withPublicity(''), parseCouncil(councilTabRows([[ID, 7, 1]]))!]) {
      expect(c.publicity).toBe('');
      expect(meetingValues(c, config().organisation).quy_tac_bieu_quyet).not.toContain('công khai');
    }
    // A date alone, as Sheets makes of one typed: as the office reads it.
    expect(withPublicity(new Date(2024, 7, 20)).publicity).toBe('ngày 20/08/2024');
  });
});
