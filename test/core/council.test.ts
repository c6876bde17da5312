// The council's meeting tab read as a secretary types it (src/core/council.ts): codes however typed, vote numbers
// checked, percentages stored as fractions, members' presence in words, "7/9", the threshold's wording.
import { describe, expect, it } from 'vitest';
import { evaluateAll, type EvaluatedRegistration } from '../../src/core/evaluate';
import { councilMemberRows, councilTemplateRows, parseCouncil, parseThreshold, voteCode, voteNameAgrees, voteOutcome } from '../../src/core/council';
import {
  COUNCIL_MEMBERS_HEADER,
  COUNCIL_PROBLEM,
  COUNCIL_SUMMARY,
  COUNCIL_TEXT,
  COUNCIL_VOTES_HEADER,
  PROPOSAL_STATUS_FLAGGED,
} from '../../src/core/messages/proposals';
import { applyCouncil, meetingValues, planDocuments, roundOf, selectNominees, voteRows } from '../../src/core/proposals';
import { Q } from '../../src/core/registration-form';
import { REVIEW_DECISIONS, mergeReview } from '../../src/core/review';
import { SCHOOLS, answersToRow, collectiveAnswers, config, councilMembers, councilTabRows, directoryRows, form, headerRow, individualAnswers } from './helpers';

const cfg = config();

const members = councilMembers;
const tab = councilTabRows;

const read = (votes: Parameters<typeof tab>[0], opts?: Parameters<typeof tab>[1]) => parseCouncil(tab(votes, opts))!;
const outcome = (votes: Parameters<typeof tab>[0], opts?: Parameters<typeof tab>[1]) => voteOutcome(read(votes, opts), String(votes[0][0]));

function evaluated(list: Record<string, unknown>[]): EvaluatedRegistration[] {
  const f = form(cfg);
  const values = [headerRow(f), ...list.map((a, i) => answersToRow(f, a as never, new Date(2024, 5, 2 + i, 8, 0, 0), SCHOOLS[0].emails[0]))];
  return evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: values }).registrations;
}
const narrated = (a: Record<string, unknown>) => ({ ...a, [Q.summary]: 'Chủ động xây dựng kế hoạch, lan tỏa cách làm hay trong đơn vị.' });

describe('vote codes as typed', () => {
  it('match the register\'s code whatever the case, spaces or dash', () => {
    for (const typed of ['DK-000015', 'dk-000015', 'DK 000015', 'dk000015', ' Dk - 000015 ', 'DK-15', 'dk–000015', 'ĐK-000015', 'đk15', 'ÐK-15', 'DK-000015.', 'DK-000015,', '“DK-000015”', '(DK-15)']) expect(voteCode(typed), typed).toBe('DK-000015');
    expect(voteCode('DK-1234567')).toBe('DK-1234567');
    expect(voteCode('Trường MN Hoa Sen')).toBe('TRƯỜNGMNHOASEN'); // no code: named as such, matches nobody
    const c = read([['dk 000007', 8, 0]]);
    expect(voteOutcome(c, 'DK-000007')).toMatchObject({ passed: true, problem: null });
    expect(c.votes.get('DK-000007')!.code).toBe('dk 000007');
  });

  it('a vote row for someone not proposed, or for no registration, is named for the office, never dropped silently', () => {
    const regs = evaluated([collectiveAnswers(), { ...individualAnswers('teacher'), [Q.individualName]: 'Trần Văn Bình' }, { ...individualAnswers('teacher'), [Q.individualName]: 'Lê Thị Hoa' }].map(narrated));
    const [school, binh, hoa] = regs;
    const review = mergeReview([], regs);
    for (const row of review.rows) if (String(row[review.columns.id]) === school.id) row[review.columns.decision] = REVIEW_DECISIONS.propose;
    const sel = selectNominees(review, regs);
    expect(sel.nominees.map((n) => n.id)).toEqual([school.id]);
    const typedBinh = binh.id.toLowerCase().replace('-', ' ');
    const c = read([[school.id, 8, 0], [typedBinh, 8, 0], [hoa.id, 7, 1], ['DK-009999', 8, 0]]);
    const voted = applyCouncil(sel, c, regs);
    expect(voted.nominees.map((n) => n.id)).toEqual([school.id]);
    expect(voted.councilNotes).toEqual([
      `Có kết quả biểu quyết cho ${binh.id} (ghi “${typedBinh}”) nhưng ở trang “Thẩm định” chưa chọn “Đề nghị khen”: không đưa vào tờ trình; Biên bản vẫn ghi kết quả biểu quyết này (Hội đồng đã biểu quyết).`,
      `Có kết quả biểu quyết cho ${hoa.id} nhưng ở trang “Thẩm định” chưa chọn “Đề nghị khen”: không đưa vào tờ trình; Biên bản vẫn ghi kết quả biểu quyết này (Hội đồng đã biểu quyết).`,
      'Có kết quả biểu quyết cho DK-009999 nhưng không có phiếu đăng ký nào mang mã này: không đưa vào tờ trình, không ghi vào Biên bản.',
    ]);
    // The Biên bản records every vote the meeting took: the two not proposed keep their rows, marked so; no proposal.
    expect(voted.votedOnly!.map((n) => n.id)).toEqual([binh.id, hoa.id]);
    const bb = planDocuments(voted, new Date(2024, 6, 1), cfg, c).find((d) => d.kind === 'bienBan')!;
    expect(bb.group.map((n) => n.id)).toEqual([school.id, binh.id, hoa.id]);
    const rows = voteRows(c, bb.group, cfg.organisation, cfg);
    expect(rows.map((r) => [r.bq_hinh_thuc, r.bq_ket_qua])).toEqual([
      [rows[0].bq_hinh_thuc, COUNCIL_TEXT.passed],
      ['-', `${COUNCIL_TEXT.passed} (không đưa vào đề nghị)`],
      ['-', `${COUNCIL_TEXT.passed} (không đưa vào đề nghị)`],
    ]);
    expect(planDocuments(voted, new Date(2024, 6, 1), cfg, c).filter((d) => d.kind === 'toTrinh').flatMap((d) => d.group.map((n) => n.id))).toEqual([school.id]);
    // Marked "Đề nghị khen" but not proposable (here: not Đạt, edited since…): said so, not "chưa chọn".
    const skipped = applyCouncil({ ...sel, skipped: [hoa.id] }, c, regs);
    expect(skipped.councilNotes![1]).toContain('hồ sơ này chưa đưa vào đề nghị được — chưa Đạt, đã được đăng ký lại, hoặc quyết định đang tạm giữ chờ Hội đồng xác nhận (xem cột “Ghi chú” ở trang “Thẩm định”)');
    // Marked "Đề nghị khen", Đạt, but held for the council's confirmation (review messages M1): the same note.
    expect(applyCouncil({ ...sel, held: [hoa.id] }, c, regs).councilNotes![1]).toBe(skipped.councilNotes![1]);
    // Every vote a nominee's: no note.
    expect(applyCouncil(sel, read([[school.id, 8, 0]]), regs).councilNotes).toBeUndefined();
  });

  it('a decision taken after the meeting does not rewrite its Biên bản; a vote on an erased registration is told as such (review r78d F1, F2)', () => {
    const regs = evaluated([collectiveAnswers(), { ...individualAnswers('teacher'), [Q.individualName]: 'Trần Văn Bình' }, { ...individualAnswers('teacher'), [Q.individualName]: 'Lê Thị Hoa' }].map(narrated));
    const [school, binh, hoa] = regs;
    const review = mergeReview([], regs);
    for (const row of review.rows) if ([school.id, binh.id, hoa.id].includes(String(row[review.columns.id]))) row[review.columns.decision] = REVIEW_DECISIONS.propose;
    const c = read([[school.id, 8, 0], [binh.id, 8, 0], [hoa.id, 8, 0]]);
    const date = new Date(2024, 8, 5);
    const round = roundOf(c, date);
    const atMeeting = planDocuments(applyCouncil(selectNominees(review, regs), c, regs), date, cfg, c, { before: new Map(), round }).find((d) => d.kind === 'bienBan')!;
    // The next day Bình withdraws ("Không đề nghị"); the meeting's batch had proposed him for a Giấy khen.
    for (const row of review.rows) if (String(row[review.columns.id]) === binh.id) row[review.columns.decision] = REVIEW_DECISIONS.reject;
    const before = new Map([[binh.id, [{ meeting: round.meeting, level: 'giayKhen' as const, day: '05-09-2024', fp: round.fp, out: '06-09-2024' }]]]);
    const after = applyCouncil(selectNominees(review, regs), c, regs);
    expect(after.votedOnly!.map((n) => n.id)).toEqual([binh.id]);
    const bb = planDocuments(after, new Date(2024, 8, 6), cfg, c, { before, round }).find((d) => d.kind === 'bienBan')!;
    // The same rows, in the same places, printing the same: the Biên bản is kept, not made again.
    expect(bb.group.map((n) => n.id)).toEqual(atMeeting.group.map((n) => n.id));
    expect(bb.key).toBe(atMeeting.key);
    // Without a record of the round (never proposed on this meeting's vote): recorded as a vote, not proposed.
    const unrecorded = planDocuments(after, new Date(2024, 8, 6), cfg, c, { before: new Map(), round }).find((d) => d.kind === 'bienBan')!;
    expect(voteRows(c, unrecorded.group, cfg.organisation, cfg).find((r) => r.bq_ten === 'Trần Văn Bình')!.bq_ket_qua).toBe(`${COUNCIL_TEXT.passed} (không đưa vào đề nghị)`);
    // One whose verdict changed since the vote keeps its reason, with the level voted on instead of "-".
    const notDat = { ...after, votedOnly: after.votedOnly!.map((n) => ({ ...n, notProposedWhy: 'kết luận tự động của phiếu là “Chưa đạt”' })) };
    const held = planDocuments(notDat, new Date(2024, 8, 6), cfg, c, { before, round }).find((d) => d.kind === 'bienBan')!;
    const row = voteRows(c, held.group, cfg.organisation, cfg).find((r) => r.bq_ten === 'Trần Văn Bình')!;
    expect(row.bq_hinh_thuc).toMatch(/^Giấy khen/);
    expect(row.bq_ket_qua).toContain('không đưa vào đề nghị: kết luận tự động');
    // Hoa withdrawn too and her data erased: her registration is gone, her row of "Thẩm định" stays.
    for (const row of review.rows) if (String(row[review.columns.id]) === hoa.id) row[review.columns.decision] = REVIEW_DECISIONS.reject;
    const left = regs.filter((r) => r.id !== hoa.id);
    const erased = applyCouncil(selectNominees(review, left), c, left, { erased: new Set([hoa.id]), reviewed: new Set([hoa.id]) });
    const note = erased.councilNotes!.find((n) => n.includes(hoa.id))!;
    expect(note).not.toContain(COUNCIL_PROBLEM.noRegistration);
    expect(note).toContain('cơ quan đã xóa dữ liệu cá nhân');
    expect(note).toContain('không sửa sang mã của phiếu khác');
    // Her response row deleted, not erased: not "no registration bears it" either.
    const lost = applyCouncil(selectNominees(review, left), c, left, { erased: new Set(), reviewed: new Set([hoa.id]) });
    expect(lost.councilNotes!.find((n) => n.includes(hoa.id))).toContain('không còn ở trang câu trả lời');
  });

  it('a nominee proposed before whom the vote turns down is not counted "proposed again" (review diff37 #5; tests2 M4)', () => {
    const regs = evaluated([collectiveAnswers(), { ...individualAnswers('teacher'), [Q.individualName]: 'Trần Văn Bình' }].map(narrated));
    const [school, binh] = regs;
    const review = mergeReview([], regs);
    for (const row of review.rows) if ([school.id, binh.id].includes(String(row[review.columns.id]))) row[review.columns.decision] = REVIEW_DECISIONS.propose;
    const sel = selectNominees(review, regs);
    expect(sel.nominees.map((n) => n.id).sort()).toEqual([school.id, binh.id].sort());
    const was = { meeting: '01-06-2024', level: 'giayKhen' as const, day: '02-06-2024', fp: '' };
    const again = sel.nominees.map((nominee) => ({ nominee, was }));
    // Bình voted down (1 of 9 in favour): only the school is proposed again.
    const voted = applyCouncil({ ...sel, again }, read([[school.id, 8, 0], [binh.id, 1, 7]]), regs);
    expect(voted.nominees.map((n) => n.id)).toEqual([school.id]);
    expect(voted.again!.map((a) => a.nominee.id)).toEqual([school.id]);
    expect(applyCouncil({ ...sel, again }, read([[school.id, 1, 7], [binh.id, 1, 7]]), regs).again).toBeUndefined();
  });
});

describe('vote numbers that cannot be right pass nobody, saying which cell and why', () => {
  it('more in favour than members, more votes than members present, a share out of 0–100, a count and a share that disagree', () => {
    const cases: Array<[Parameters<typeof tab>[0][0], string]> = [
      [['DK-000001', 12, 0], 'ô “Tán thành” của DK-000001 ghi “12”, nhiều hơn tổng số 9 thành viên Hội đồng'],
      [['DK-000001', 8, 0, ''], ''],
      [['DK-000001', 7, 2], 'số thành viên tán thành và không tán thành DK-000001 cộng lại là 9, nhiều hơn 8 thành viên có mặt'],
      [['DK-000001', '', '', 120], 'ô “Tỷ lệ tán thành (%)” của DK-000001 ghi “120”, không nằm trong khoảng 0–100%'],
      [['DK-000001', 8, 0, 50], 'ô “Tỷ lệ tán thành (%)” của DK-000001 ghi “50”, không khớp với 8 thành viên tán thành trên 9 (88,9%)'],
      // "40%" typed in "Tán thành" (a share, not a count): as Sheets stores it, and as text in a plain-text cell.
      [['DK-000001', 0.4, ''], 'ô “Tán thành” của DK-000001 ghi “40%”, là tỷ lệ, không phải số thành viên'],
      [['DK-000001', 7.5, ''], 'ô “Tán thành” của DK-000001 ghi “7,5”, không phải số thành viên (số nguyên)'],
      [['DK-000001', '40%', ''], 'ô “Tán thành” của DK-000001 ghi “40%”, là tỷ lệ, không phải số thành viên'],
      [['DK-000001', 'bảy', ''], 'ô “Tán thành” của DK-000001 ghi “bảy”, không đọc được số'],
      [['DK-000001', 7, 'một'], 'ô “Không tán thành” của DK-000001 ghi “một”, không đọc được số'],
      [['DK-000001', '', 3], 'ô “Tán thành” của DK-000001 ghi “”, để trống trong khi ô “Không tán thành” có số'],
    ];
    for (const [row, problem] of cases) {
      const o = outcome([row]);
      if (problem === '') expect(o, JSON.stringify(row)).toMatchObject({ passed: true, problem: null });
      else {
        expect(o.passed, JSON.stringify(row)).toBe(false);
        expect(o.share, JSON.stringify(row)).toBeNull();
        expect(o.problem, JSON.stringify(row)).toContain(problem);
      }
    }
    // A rounded share agrees; one over the members present (8 of 8 present: 100 %), while the tab counts all members,
    // is said to be over another base, with the share the Biên bản would print (review council-day M2).
    expect(outcome([['DK-000001', 8, 0, 89]])).toMatchObject({ passed: true, problem: null });
    expect(outcome([['DK-000001', 8, 0, 100]]).problem).toBe(
      'ô “Tỷ lệ tán thành (%)” của DK-000001 ghi “100”, là tỷ lệ tính trên số thành viên biểu quyết, còn mục “Tỷ lệ tính trên” tính trên tổng số thành viên: 8 thành viên tán thành là 88,9%. Ghi tỷ lệ đó (hoặc xóa ô tỷ lệ), hoặc sửa mục “Tỷ lệ tính trên” theo Quy chế của Hội đồng (trang chưa có mục này thì thêm một dòng dưới mục “Tỷ lệ tán thành phải trên (%)”: cột A ghi “Tỷ lệ tính trên”, cột B ghi “số thành viên biểu quyết”)',
    );
    expect(outcome([['DK-000001', 8, 0, 0.889]])).toMatchObject({ passed: true, problem: null });
    // A share stored as a fraction ("50%" typed) is quoted as the cell shows it.
    expect(outcome([['DK-000001', 8, 0, 0.5]]).problem).toBe('ô “Tỷ lệ tán thành (%)” của DK-000001 ghi “50%”, không khớp với 8 thành viên tán thành trên 9 (88,9%)');
  });

  it('the flagged nominee\'s note quotes the cell; the Biên bản prints the row without its numbers', () => {
    const regs = evaluated([collectiveAnswers(), { ...individualAnswers('teacher'), [Q.individualName]: 'Trần Văn Bình' }].map(narrated));
    const [school, binh] = regs;
    const review = mergeReview([], regs);
    for (const row of review.rows) row[review.columns.decision] = REVIEW_DECISIONS.propose;
    const c = read([[school.id, 8, 0], [binh.id, 12, 0]]);
    const voted = applyCouncil(selectNominees(review, regs), c);
    expect(voted.nominees.map((n) => n.id)).toEqual([school.id]);
    expect(voted.flagged.map((f) => [f.nominee.id, f.reason, f.note])).toEqual([
      [binh.id, 'badVote', `Chưa đưa vào tờ trình: ô “Tán thành” của ${binh.id} ghi “12”, nhiều hơn tổng số 9 thành viên Hội đồng. Sửa lại ở trang “Họp Hội đồng TĐKT” rồi tạo lại văn bản.`],
    ]);
    expect(PROPOSAL_STATUS_FLAGGED.badVote).toBe('Chưa đề nghị: số liệu biểu quyết cần kiểm tra lại');
    expect(COUNCIL_SUMMARY.flagged({ vote: 0, noVote: 0, level: 0, badVote: 1 })).toBe(
      '1 trường hợp không đưa vào tờ trình: 1 vì số liệu biểu quyết ở trang “Họp Hội đồng TĐKT” cần kiểm tra lại (xem cột “Ghi chú”).',
    );
    const rows = voteRows(c, [voted.nominees[0], voted.flagged[0].nominee], cfg.organisation, cfg);
    expect(rows.map((r) => [r.bq_tan_thanh, r.bq_khong, r.bq_ty_le, r.bq_ket_qua])).toEqual([
      ['8', '0', '88,9%', COUNCIL_TEXT.passed],
      ['-', '-', '-', COUNCIL_TEXT.unreadable],
    ]);
  });

  it('a level typed outside the list: the Biên bản prints it as typed and marked, never a Giấy khen in its place', () => {
    const regs = evaluated([collectiveAnswers(), { ...individualAnswers('teacher'), [Q.individualName]: 'Trần Văn Bình' }].map(narrated));
    const [school, binh] = regs;
    const review = mergeReview([], regs);
    for (const row of review.rows) row[review.columns.decision] = REVIEW_DECISIONS.propose;
    review.rows.find((r) => r[review.columns.id] === binh.id)![review.columns.level] = 'Bằng khen UBND tỉnh';
    const c = read([[school.id, 8, 0], [binh.id, 8, 0]]);
    const voted = applyCouncil(selectNominees(review, regs), c);
    expect(voted.flagged.map((f) => [f.nominee.id, f.reason])).toEqual([[binh.id, 'level']]);
    const rows = voteRows(c, [voted.nominees[0], voted.flagged[0].nominee], cfg.organisation, cfg);
    expect(rows[1].bq_hinh_thuc).toBe('Bằng khen UBND tỉnh (hình thức chưa hợp lệ, chưa đưa vào tờ trình)');
    expect(rows[0].bq_hinh_thuc).not.toContain('chưa hợp lệ');
  });

  it('two rows for one code with different numbers are not chosen between', () => {
    expect(outcome([['DK-000001', 8, 0], ['dk 000001', 3, 5]]).problem).toBe('DK-000001 có hai dòng biểu quyết với số liệu khác nhau');
    expect(outcome([['DK-000001', 8, 0], ['dk 000001', 8, 0]])).toMatchObject({ passed: true, problem: null });
  });
});

describe('the name beside a vote (review twohands #2: a code typed wrong gave the vote to another person)', () => {
  it('agrees however the name is typed; a name of someone else does not', () => {
    for (const [typed, name] of [
      ['Nguyễn Thị Hoà', 'Nguyễn Thị Hòa'], // tone mark placed the old way
      ['NGUYỄN THỊ HÒA', 'Nguyễn Thị Hòa'],
      ['Nguyen Thi Hoa', 'Nguyễn Thị Hòa'], // typed without tone marks
      ['Cô Nguyễn Thị Hòa', 'Nguyễn Thị Hòa'],
      ['Tổ Toán - Tin', 'Tổ Toán – Tin trường THCS Lê Lợi'],
      ['', 'Nguyễn Thị Hòa'], // left blank: nothing to compare
      ['Trường MN Hoa Sen', 'Tập thể Trường Mầm non Hoa Sen'], // the school however worded (review diff27 #5)
      ['Trường THCS Lê Lợi', 'Trường Trung học cơ sở Lê Lợi'],
      ['Nguyễn T. Hòa', 'Nguyễn Thị Hòa'], // the middle name shortened or left out
      ['Nguyễn Hòa', 'Nguyễn Thị Hòa'],
    ]) expect(voteNameAgrees(typed, name), `${typed} / ${name}`).toBe(true);
    for (const [typed, name] of [
      ['Trần Văn Bình', 'Nguyễn Thị Hòa'],
      ['Nguyễn Văn An', 'Nguyễn Văn Anh'],
      ['Hòa', 'Nguyễn Thị Hòa'], // one word names nobody for sure
      ['Tổ Văn', 'Tổ Toán – Tin'],
      ['Trường MN Hoa Hồng', 'Trường Mầm non Hoa Sen'],
      ['Trần Thị Hòa', 'Nguyễn Thị Hòa'],
      // Schools of two levels of one name, two schools ending alike, two middle names (review diff28 #1).
      ['Trường Mầm non Hoa Sen', 'Trường Tiểu học Hoa Sen'],
      ['Trường Mầm non Xuân Hòa', 'Trường THCS Bình Hòa'],
      ['Tập thể Trường MN Xuân Hòa', 'Tập thể Trường TH Bình Hòa'],
      ['Nguyễn Văn Nam', 'Nguyễn Thị Nam'],
      ['Nguyễn Thu Hương', 'Nguyễn Thị Hương'],
    ]) expect(voteNameAgrees(typed, name), `${typed} / ${name}`).toBe(false);
  });

  it('a vote row naming another person passes nobody and says which cell; the Biên bản prints it without its numbers', () => {
    const regs = evaluated([collectiveAnswers(), { ...individualAnswers('teacher'), [Q.individualName]: 'Trần Văn Bình' }].map(narrated));
    const [school, binh] = regs;
    const review = mergeReview([], regs);
    for (const row of review.rows) row[review.columns.decision] = REVIEW_DECISIONS.propose;
    // The secretary typed Bình's code on the row of someone else, and the school's row with its name as the tab lists it.
    const rows = tab([]);
    rows.push([school.id, school.name, 8, 0, ''], [binh.id, 'Lê Thị Mai', 8, 0, '']);
    const c = parseCouncil(rows)!;
    expect(voteOutcome(c, binh.id)).toMatchObject({ passed: true }); // without the name: nothing to compare
    const voted = applyCouncil(selectNominees(review, regs), c);
    expect(voted.nominees.map((n) => n.id)).toEqual([school.id]);
    expect(voted.flagged.map((f) => [f.nominee.id, f.reason, f.note])).toEqual([
      [
        binh.id,
        'badVote',
        `Chưa đưa vào tờ trình: ô “Tập thể, cá nhân” của ${binh.id} ghi “Lê Thị Mai”, khác tên trên phiếu đăng ký mang mã này (“Trần Văn Bình”): kiểm tra lại mã phiếu hoặc tên. Sửa lại ở trang “Họp Hội đồng TĐKT” rồi tạo lại văn bản.`,
      ],
    ]);
    const printed = voteRows(c, [voted.nominees[0], voted.flagged[0].nominee], cfg.organisation, cfg);
    expect(printed.map((r) => [r.bq_ten, r.bq_tan_thanh, r.bq_ket_qua])).toEqual([
      [school.name, '8', COUNCIL_TEXT.passed],
      ['Trần Văn Bình', '-', COUNCIL_TEXT.unreadable],
    ]);
  });

  it('two rows of one code naming two people are not chosen between, even with the same numbers', () => {
    const rows = tab([]);
    rows.push(['DK-000001', 'Trần Văn Bình', 8, 0, ''], ['dk 000001', 'Lê Thị Mai', 8, 0, '']);
    expect(voteOutcome(parseCouncil(rows)!, 'DK-000001').problem).toBe('DK-000001 có hai dòng biểu quyết ghi hai tên khác nhau (“Trần Văn Bình” và “Lê Thị Mai”)');
    rows[rows.length - 1][1] = 'trần văn bình';
    expect(voteOutcome(parseCouncil(rows)!, 'DK-000001', 'Trần Văn Bình')).toMatchObject({ passed: true, problem: null });
  });
});

describe('percentages as Sheets stores them', () => {
  it('a share typed "80%" (stored 0.8) is 80 %, not 0,8 %; text "80%" or "80,5" too', () => {
    const ten = { memberRows: members(10, []) };
    expect(outcome([['DK-000001', '', '', 0.8]], ten)).toMatchObject({ passed: true, share: 0.8 });
    expect(outcome([['DK-000001', '', '', '80%']], ten)).toMatchObject({ passed: true, share: 0.8 });
    expect(outcome([['DK-000001', '', '', '80,5']], ten).share).toBeCloseTo(0.805);
    expect(outcome([['DK-000001', '', '', 0.4]], ten)).toMatchObject({ passed: false, share: 0.4 });
    expect(outcome([['DK-000001', '', '', 40]], ten)).toMatchObject({ passed: false, share: 0.4 });
  });

  it('a threshold typed "90%" (stored 0.9) is 90 %, printed with a decimal comma', () => {
    const c = read([['DK-000001', 3, 5]], { threshold: 0.9 });
    expect(c).toMatchObject({ threshold: 90, atLeast: false, problem: null });
    expect(voteOutcome(c, 'DK-000001').passed).toBe(false);
    expect(voteOutcome(read([['DK-000001', 8, 0]], { threshold: 0.9 }), 'DK-000001').passed).toBe(false); // 88,9 % is not above 90 %
    const twoThirds = read([['DK-000001', 6, 2]], { threshold: 66.67 });
    expect(meetingValues(twoThirds, cfg.organisation).quy_tac_bieu_quyet).toBe('Trường hợp được đề nghị khi số thành viên tán thành trên 66,67% tổng số 9 thành viên Hội đồng.');
    expect(voteOutcome(twoThirds, 'DK-000001').passed).toBe(false); // 66,67 % of 9 is 6,0003 members
    expect(meetingValues(read([['DK-000001', 6, 2]], { threshold: 0.9 }), cfg.organisation).quy_tac_bieu_quyet).toContain('trên 90% tổng số');
  });
});

describe('the threshold in the quy chế\'s words', () => {
  it('"từ 70", "≥ 70", "70 trở lên" are at least; "trên 70" and a plain 70 more than; blank the default', () => {
    for (const v of ['từ 70', 'Từ 70% trở lên', '≥ 70', '>=70', '70 trở lên', '70% trở lên', 'tu 70 tro len']) expect(parseThreshold(v), v).toEqual({ threshold: 70, atLeast: true });
    for (const v of ['trên 70', 'Trên 70%', '> 70', 70, '70', '70%', 0.7]) expect(parseThreshold(v), String(v)).toEqual({ threshold: 70, atLeast: false });
    expect(parseThreshold('')).toEqual({ threshold: 50, atLeast: false });
    expect(parseThreshold('từ 66,67 trở lên')).toEqual({ threshold: 66.67, atLeast: true });
    for (const v of ['đa số', 'trên 70 trở lên', 100, 'từ 120', -5]) expect(parseThreshold(v), String(v)).toBeNull();
    for (const v of ['quá bán', 'Quá nửa số thành viên']) expect(parseThreshold(v), v).toEqual({ threshold: 50, atLeast: false });
    // 7 of 10 members: passes "từ 70% trở lên", not "trên 70%".
    const ten = { memberRows: members(10, []) };
    expect(outcome([['DK-000001', 7, 3]], { ...ten, threshold: 'từ 70% trở lên' }).passed).toBe(true);
    expect(outcome([['DK-000001', 7, 3]], { ...ten, threshold: 70 }).passed).toBe(false);
    const c = read([['DK-000001', 7, 3]], { ...ten, threshold: '≥ 70' });
    expect(meetingValues(c, cfg.organisation).quy_tac_bieu_quyet).toBe('Trường hợp được đề nghị khi số thành viên tán thành từ 70% trở lên tính trên tổng số 10 thành viên Hội đồng.');
    expect(meetingValues(read([['DK-000001', 7, 3]], ten), cfg.organisation).quy_tac_bieu_quyet).toBe(
      'Trường hợp được đề nghị khi số thành viên tán thành trên 50% tổng số 10 thành viên Hội đồng.',
    );
  });

  it('a threshold that cannot be read passes nobody, and says so', () => {
    const c = read([['DK-000001', 8, 0]], { threshold: 'đa số' });
    expect(c.problem).toBe('ô “Tỷ lệ tán thành phải trên (%)” ghi “đa số”, không đọc được tỷ lệ (ghi một số từ 1 đến 99, ví dụ “50”; hoặc “từ 70 trở lên”, “từ 2/3 trở lên”)');
    expect(voteOutcome(c, 'DK-000001')).toMatchObject({ passed: false, problem: c.problem });
  });
});

describe('members as the secretary lists them', () => {
  it('"Vắng mặt", "Không", "V" are absent; "Có mặt", "x", "✓" present; a reason for absence says absent', () => {
    const rows = [
      ['Nguyễn Văn A', 'Chủ tịch', 'Có mặt', ''],
      ['Nguyễn Văn B', 'Ủy viên', 'x', ''],
      ['Nguyễn Văn C', 'Ủy viên', '✓', ''],
      ['Nguyễn Văn D', 'Ủy viên', 'có', ''],
      ['Nguyễn Văn E', 'Ủy viên', 'Vắng mặt', ''],
      ['Nguyễn Văn F', 'Ủy viên', 'Không', ''],
      ['Nguyễn Văn G', 'Ủy viên', 'V', ''],
      ['Nguyễn Văn H', 'Ủy viên', 'vắng', ''],
      ['Nguyễn Văn I', 'Ủy viên', 'Có', 'đi công tác'],
    ];
    const c = read([['DK-000001', 3, 0]], { memberRows: rows });
    expect(c.members.map((m) => m.present)).toEqual([true, true, true, true, false, false, false, false, false]);
    expect(c.problem).toBeNull();
    expect(meetingValues(c, cfg.organisation).thanh_phan).toBe('9 thành viên Hội đồng; có mặt 4, vắng mặt 5 (danh sách tại mục I).');
    // Four present: four votes at most.
    expect(voteOutcome(c, 'DK-000001').problem).toBeNull();
    expect(voteOutcome(read([['DK-000001', 4, 1]], { memberRows: rows }), 'DK-000001').problem).toContain('nhiều hơn 4 thành viên có mặt');
  });

  it('a note line among the members is not a member, and is named; a member whose presence cannot be read passes nobody', () => {
    // The review's scenario: 9 members, 7 present, a note line under them. 5 of 9 pass (more than half); of 10 they would not.
    const nine = members(9, [6, 7]);
    const c = read([['DK-000001', 5, 2]], { memberRows: [...nine, ['Tổng số: 9 thành viên, có mặt 7', '', '', '']] });
    expect(c.members).toHaveLength(9);
    expect(c.notes).toEqual(['Dòng “Tổng số: 9 thành viên, có mặt 7” ở danh sách thành viên trang “Họp Hội đồng TĐKT” không ghi chức vụ và “Có”/“Vắng”: không tính là thành viên Hội đồng.']);
    expect(voteOutcome(c, 'DK-000001')).toMatchObject({ passed: true, problem: null });
    // A member (a title, or a person's name) without a presence the tool can read: no share is computed.
    for (const row of [['Trần Thị Mai', 'Ủy viên', '', ''], ['Trần Thị Mai', '', '', ''], ['Trần Thị Mai', 'Ủy viên', 'đến muộn', '']]) {
      const u = read([['DK-000001', 5, 2]], { memberRows: [...nine, row] });
      expect(u.members, JSON.stringify(row)).toHaveLength(10);
      expect(u.problem, JSON.stringify(row)).toBe('chưa ghi rõ “Có” hay “Vắng” ở cột “Có mặt (Có / Vắng)” cho “Trần Thị Mai”: chưa tính được tỷ lệ tán thành');
      expect(voteOutcome(u, 'DK-000001'), JSON.stringify(row)).toMatchObject({ passed: false, problem: u.problem });
    }
    // Blank presence with a reason for absence: absent, no problem.
    expect(read([['DK-000001', 5, 2]], { memberRows: [...nine, ['Trần Thị Mai', 'Ủy viên', '', 'ốm']] })).toMatchObject({ problem: null });
  });

  it('the tab setup makes gives the members\' presence a dropdown over its member rows', () => {
    const rows = councilTemplateRows('Trưởng phòng');
    const at = councilMemberRows(rows);
    expect(rows[at.from - 1]).toEqual([...COUNCIL_MEMBERS_HEADER, '']);
    expect(rows[at.from + at.count]).toEqual([...COUNCIL_VOTES_HEADER]);
    expect(at.count).toBe(2);
  });
});

describe('counts typed as "7/9", "tán thành 7", or the date Sheets makes of "7/9"', () => {
  it('reads the first number, and checks the second against the members', () => {
    for (const v of ['7/9', '7 / 9', 'tán thành 7', '7 phiếu', new Date(2024, 8, 7), '7/8']) {
      const o = outcome([['DK-000001', v, 1]]);
      expect(o, String(v)).toMatchObject({ passed: true, problem: null });
      expect(o.share, String(v)).toBeCloseTo(7 / 9);
    }
    expect(outcome([['DK-000001', '7/10', 1]]).problem).toBe('ô “Tán thành” của DK-000001 ghi “7/10”, số sau dấu “/” (10) khác tổng số thành viên Hội đồng (9) và số thành viên có mặt (8)');
    // The date Sheets makes of "7/10": 7 October, quoted as typed.
    expect(outcome([['DK-000001', new Date(2024, 9, 7), 1]]).problem).toBe('ô “Tán thành” của DK-000001 ghi “7/10”, số sau dấu “/” (10) khác tổng số thành viên Hội đồng (9) và số thành viên có mặt (8)');
    expect(outcome([['DK-000001', '7,5', 1]]).problem).toContain('không phải số thành viên (số nguyên)');
  });
});

describe('the tab with columns inserted or rows lost (review r66b F1: a column inserted at the left proposed those voted down)', () => {
  const votes: Array<readonly [unknown, unknown, unknown?, unknown?]> = [
    ['DK-000002', 9, 0],
    ['DK-000003', 3, 6],
  ];
  /** The tab with a column inserted at `at` in every row (Sheets moves every row's cells), `fill` typed in it. */
  const inserted = (at: number, fill: (row: unknown[], i: number) => unknown = () => '') =>
    tab(votes).map((r, i) => {
      const row = [...r];
      while (row.length < at) row.push('');
      row.splice(at, 0, fill(row, i));
      return row;
    });
  const asRead = (c: ReturnType<typeof parseCouncil>) => ({
    date: c!.date,
    chair: c!.chair,
    threshold: c!.threshold,
    members: c!.members.map((m) => [m.name, m.present]),
    votes: [...c!.votes].map(([k, v]) => [k, v.yes, v.no, v.problem]),
    problem: c!.problem,
    unreadable: c!.unreadable,
  });

  it('an "STT" column at the left, numbers typed beside the rows: read as without it', () => {
    let n = 0;
    const numbered = (row: unknown[]) => /^DK-/.test(String(row[0])) || councilMembers().some((m) => m[0] === row[0]);
    const heading = (row: unknown[]) => row[0] === COUNCIL_MEMBERS_HEADER[0] || row[0] === COUNCIL_VOTES_HEADER[0];
    const stt = inserted(0, (row) => (numbered(row) ? ++n : heading(row) ? 'STT' : ''));
    expect(n).toBeGreaterThan(2);
    expect(asRead(parseCouncil(stt))).toEqual(asRead(read(votes)));
    expect(parseCouncil(stt)!.votes.get('DK-000003')!.no).toBe(6);
  });

  it('a column inserted among the votes\' or the members\' columns: each read under its own header', () => {
    const plain = asRead(read(votes));
    // Between "Tán thành" and "Không tán thành", with a note typed in it; and between "Chức vụ" and "Có mặt".
    const amongVotes = inserted(3, (row) => (/^DK-/.test(String(row[0])) ? 'ghi chú' : row[0] === COUNCIL_VOTES_HEADER[0] ? 'Ghi chú' : ''));
    expect(asRead(parseCouncil(amongVotes))).toEqual(plain);
    const amongMembers = inserted(2, (row) => (row[0] === COUNCIL_MEMBERS_HEADER[0] ? 'Đơn vị công tác' : ''));
    expect(asRead(parseCouncil(amongMembers))).toEqual(plain);
  });

  it('votes with the member list cleared, or with their header row deleted: unreadable (no document may be made), never a council that never met', () => {
    const cleared = tab(votes, { memberRows: [] });
    expect(parseCouncil(cleared)!.unreadable).toBe(COUNCIL_PROBLEM.votesWithoutMembers(2));
    const headerless = tab(votes).filter((r) => r !== COUNCIL_VOTES_HEADER);
    expect(headerless).toHaveLength(tab(votes).length - 1);
    expect(parseCouncil(headerless)!.unreadable).toBe(COUNCIL_PROBLEM.votesWithoutHeader(2));
    // A tab emptied for a new meeting (headers kept, no member, no vote) and the tab as read normally: nothing unreadable.
    expect(parseCouncil(tab([], { memberRows: [] }))!.unreadable).toBeNull();
    expect(read(votes).unreadable).toBeNull();
  });
});

describe('the tab with its labels\' column deleted (review r66b F1, the same cause)', () => {
  it('content but no label anywhere: unreadable, never a council that never met; a tab wholly cleared is one that has not met', () => {
    const withoutLabels = tab([['DK-000002', 9, 0]]).map((r) => r.slice(1));
    expect(parseCouncil(withoutLabels)!.unreadable).toBe(COUNCIL_PROBLEM.noLabels);
    const cleared = tab([]).map((r) => r.map(() => ''));
    expect(parseCouncil(cleared)!.unreadable).toBeNull();
    expect(parseCouncil(cleared)!.members).toEqual([]);
  });
});
