import { describe, expect, it } from 'vitest';
import {
  CONDITIONS,
  CONDITION_COLUMNS,
  FormAnswers,
  HAPPY_SCHOOL_CHOICES,
  KIND_CHOICES,
  MODEL_CHOICES,
  MOVEMENTS,
  MOVEMENT_COLUMNS,
  NO,
  ORG_ABSENT,
  Q,
  RATING_CHOICES,
  ROLE_CHOICES,
  WORK_CHOICES,
  INITIATIVE_LEVELS,
  initiativeTitles,
  schoolYearRow,
  yearRow,
} from '../../src/core/registration-form';
import { CATALOGUE, REQUIRED_MOVEMENTS } from '../../src/core/criteria';
import { collectiveAnswers, config, evaluate, individualAnswers, parseOne, RoleCase, statusOf, TODAY } from './helpers';
import { completeInitiatives } from '../../src/core/validate';
import { decisionYear } from '../../src/core/registration';

type Mod = (a: FormAnswers) => void;
interface Case {
  id: string;
  subject: 'collective' | RoleCase;
  name: string;
  mod: Mod;
  expect: 'met' | 'notMet' | 'missing' | 'notApplicable' | 'absent';
  today?: Date;
}

const setGrid = (title: string, row: string, value: string): Mod => (a) => {
  a[title] = { ...(a[title] as Record<string, string>), [row]: value };
};
const set = (title: string, value: string | string[]): Mod => (a) => {
  a[title] = value;
};
const all = (...mods: Mod[]): Mod => (a) => mods.forEach((m) => m(a));
const none: Mod = () => {};
const sd = (id: string) => CATALOGUE.find((c) => c.id === id)!;

const cases: Case[] = [];

// Every self-declared criterion: yes+evidence → met; no → not met; yes without evidence → missing; unanswered → missing.
for (const c of CATALOGUE.filter((x) => x.evaluator === 'selfDeclared')) {
  const subject: Case['subject'] = c.appliesTo.startsWith('collective') ? 'collective' : c.appliesTo === 'individual.manager' ? 'manager' : 'teacher';
  cases.push({ id: c.id, subject, name: 'Có + minh chứng', mod: none, expect: 'met' });
  cases.push({ id: c.id, subject, name: 'Không', mod: set(c.question!, NO), expect: 'notMet' });
  cases.push({ id: c.id, subject, name: 'chưa trả lời', mod: set(c.question!, ''), expect: 'missing' });
  if (c.evidence) {
    cases.push({ id: c.id, subject, name: 'Có, minh chứng trống', mod: set(c.evidence, ''), expect: 'missing' });
    cases.push({ id: c.id, subject, name: 'Có, minh chứng chỉ là "-"', mod: set(c.evidence, ' - '), expect: 'missing' });
    // Evidence that says there is none yet (review "criteria" #4): the "Có" is not shown.
    cases.push({ id: c.id, subject, name: 'Có, minh chứng ghi "Chưa được công nhận"', mod: set(c.evidence, 'Chưa được công nhận'), expect: 'missing' });
    cases.push({ id: c.id, subject, name: 'Có, minh chứng ghi "Đang chờ cấp ủy xác nhận"', mod: set(c.evidence, 'Đang chờ cấp ủy xác nhận'), expect: 'missing' });
  } else {
    cases.push({ id: c.id, subject, name: 'Có (không cần minh chứng)', mod: none, expect: 'met' });
  }
}

const t1 = initiativeTitles(1);
const t2 = initiativeTitles(2);
// A recognised initiative (name, level, decision, year): required of a collective (TT-04), priority for an
// individual (CN-13).
for (const [id, subject] of [
  ['TT-04-SANG-KIEN', 'collective'],
  ['CN-13-SANG-KIEN-CONG-NHAN', 'teacher'],
] as const) {
  cases.push(
    { id, subject, name: 'một sáng kiến đủ thông tin', mod: none, expect: 'met' },
    { id, subject, name: 'không có sáng kiến', mod: all(set(t1.name, ''), set(t1.level, ''), set(t1.decision, ''), set(t1.year, ''), set(t2.name, '')), expect: 'notMet' },
    { id, subject, name: 'chỉ có sáng kiến chưa được công nhận', mod: all(set(t1.level, ''), set(t1.decision, ''), set(t1.year, '')), expect: 'missing' },
    { id, subject, name: 'thiếu số quyết định', mod: set(t1.decision, ''), expect: 'missing' },
    { id, subject, name: 'thiếu cấp công nhận', mod: set(t1.level, ''), expect: 'missing' },
    // A decision of a year the list does not offer (before the period): its year from the decision's date (criteria #6).
    { id, subject, name: 'năm công nhận để trống, quyết định ghi ngày năm 2020', mod: all(set(t1.decision, '215/QĐ-UBND ngày 20/8/2020'), set(t1.year, '')), expect: 'met' },
    { id, subject, name: 'năm công nhận để trống, quyết định ghi "năm 2022"', mod: all(set(t1.decision, 'Quyết định 31/QĐ-PGDĐT năm 2022'), set(t1.year, '')), expect: 'met' },
    { id, subject, name: 'năm công nhận để trống, quyết định không ghi ngày (số 2021 không phải năm)', mod: all(set(t1.decision, 'Quyết định số 2021/QĐ-UBND'), set(t1.year, '')), expect: 'missing' },
    // A decision that says there is none yet is no recognition, with or without a year (review diff9 #1).
    { id, subject, name: 'quyết định ghi "Chưa có QĐ, nộp hồ sơ ngày 20/3/2024", năm để trống', mod: all(set(t1.decision, 'Chưa có QĐ, nộp hồ sơ ngày 20/3/2024'), set(t1.year, '')), expect: 'missing' },
    { id, subject, name: 'quyết định ghi "Đang chờ quyết định", có chọn năm', mod: set(t1.decision, 'Đang chờ quyết định (nộp 20/3/2024)'), expect: 'missing' },
    { id, subject, name: 'sáng kiến 1 thiếu, sáng kiến 2 đủ', mod: all(set(t1.decision, ''), set(t2.name, 'Đọc sách cùng con'), set(t2.level, 'Cấp bộ, ngành, tỉnh'), set(t2.decision, '45/QĐ-SGDĐT'), set(t2.year, '2023')), expect: 'met' },
  );
}
// CN-02 as the plan words it ("có nhiều sáng kiến, giải pháp"): several named, recognised or not.
const clearSlot = (t: typeof t1) => all(set(t.name, ''), set(t.level, ''), set(t.decision, ''), set(t.year, ''));
cases.push(
  { id: 'CN-02-SANG-KIEN', subject: 'teacher', name: 'hai sáng kiến, một đã được công nhận', mod: none, expect: 'met' },
  { id: 'CN-02-SANG-KIEN', subject: 'teacher', name: 'hai sáng kiến, chưa cái nào được công nhận', mod: all(set(t1.level, ''), set(t1.decision, ''), set(t1.year, '')), expect: 'met' },
  { id: 'CN-02-SANG-KIEN', subject: 'teacher', name: 'một sáng kiến: cần ghi thêm', mod: clearSlot(t2), expect: 'missing' },
  { id: 'CN-02-SANG-KIEN', subject: 'teacher', name: 'không có sáng kiến', mod: all(clearSlot(t1), clearSlot(t2)), expect: 'notMet' },
  // One initiative in two slots (spelt with other capitals and spaces) is one, not several.
  { id: 'CN-02-SANG-KIEN', subject: 'teacher', name: 'một sáng kiến ghi ở hai ô', mod: (a) => void (a[t2.name] = ` ${String(a[t1.name]).toUpperCase().replace(/ /g, '  ')} `), expect: 'missing' },
  { id: 'CN-02-SANG-KIEN', subject: 'teacher', name: 'hai ô trùng nhau, ô thứ ba khác', mod: all((a) => void (a[t2.name] = a[t1.name]), set(initiativeTitles(3).name, 'Thư viện xanh')), expect: 'met' },
);

// A collective takes part in every one of the four movements ("tham gia đầy đủ", II.2.a).
{
  const [id, subject] = ['TT-05-PHONG-TRAO', 'collective'] as const;
  cases.push(
    { id, subject, name: 'tham gia cả bốn phong trào', mod: none, expect: 'met' },
    { id, subject, name: 'chưa tham gia “Đổi mới, sáng tạo…”', mod: setGrid(Q.movements, MOVEMENTS.doiMoi, MOVEMENT_COLUMNS.no), expect: 'notMet' },
    { id, subject, name: 'bỏ trống một phong trào', mod: setGrid(Q.movements, MOVEMENTS.vanMinh, ''), expect: 'missing' },
  );
}
// An individual "tích cực tham gia" the movements "như" the four (II.2.b: examples): one joined is enough (review criteria F2).
{
  const [id, subject] = ['CN-04-PHONG-TRAO', 'worker'] as const;
  const only = (value: string, ...rows: string[]): Mod => (a) => {
    a[Q.movements] = Object.fromEntries(REQUIRED_MOVEMENTS.map((m) => [m, rows.includes(m) ? MOVEMENT_COLUMNS.yes : value]));
  };
  cases.push(
    { id, subject, name: 'tham gia cả bốn phong trào', mod: none, expect: 'met' },
    { id, subject, name: 'chưa tham gia “Đổi mới, sáng tạo…”', mod: setGrid(Q.movements, MOVEMENTS.doiMoi, MOVEMENT_COLUMNS.no), expect: 'met' },
    { id, subject, name: 'chỉ tham gia “Dạy tốt, học tốt”, bỏ trống các dòng khác', mod: only('', MOVEMENTS.dayTot), expect: 'met' },
    { id, subject, name: 'không tham gia phong trào nào', mod: only(MOVEMENT_COLUMNS.no), expect: 'notMet' },
    { id, subject, name: 'không tham gia ba phong trào, bỏ trống một', mod: all(only(MOVEMENT_COLUMNS.no), setGrid(Q.movements, MOVEMENTS.vanMinh, '')), expect: 'missing' },
  );
}

// Conditions of every collective, and of the whole unit (pupils are the school's, not a team's).
const conditionIds: [string, string, string][] = [
  ['TT-12-DAO-DUC', CONDITIONS.ethics, Q.conditions],
  ['TT-13-NOI-QUY', CONDITIONS.pupilRules, Q.unitConditions],
  ['TT-14-BO-HOC', CONDITIONS.dropout, Q.unitConditions],
  ['TT-15-CON-THU-3', CONDITIONS.thirdChild, Q.conditions],
  ['TT-16-DON-THU', CONDITIONS.complaints, Q.conditions],
];
for (const [id, row, grid] of conditionIds) {
  cases.push(
    { id, subject: 'collective', name: 'Không có', mod: none, expect: 'met' },
    { id, subject: 'collective', name: 'Có', mod: setGrid(grid, row, CONDITION_COLUMNS.some), expect: 'notMet' },
    { id, subject: 'collective', name: 'bỏ trống', mod: setGrid(grid, row, ''), expect: 'missing' },
  );
}
// TT-15 lost its basis on 03/06/2025 (Pháp lệnh 07/2025/UBTVQH15): from then on it is shown, not applied.
cases.push(
  { id: 'TT-15-CON-THU-3', subject: 'collective', name: '“Có” trước ngày 03/06/2025', mod: setGrid(Q.conditions, CONDITIONS.thirdChild, CONDITION_COLUMNS.some), expect: 'notMet', today: new Date(2025, 5, 2) },
  { id: 'TT-15-CON-THU-3', subject: 'collective', name: '“Có” từ ngày 03/06/2025', mod: setGrid(Q.conditions, CONDITIONS.thirdChild, CONDITION_COLUMNS.some), expect: 'notApplicable', today: new Date(2025, 5, 3) },
);

cases.push(
  { id: 'TT-01-DANG-KY', subject: 'collective', name: 'đủ thông tin', mod: none, expect: 'met' },
  { id: 'TT-01-DANG-KY', subject: 'collective', name: 'đơn vị không có trong danh mục', mod: set(Q.school, 'Trường Mầm non Không Tồn Tại'), expect: 'missing' },
  { id: 'TT-01-DANG-KY', subject: 'collective', name: 'thiếu tên tập thể', mod: set(Q.collectiveName, '   '), expect: 'missing' },
  { id: 'CN-01-DANG-KY', subject: 'teacher', name: 'đủ thông tin', mod: none, expect: 'met' },
  { id: 'CN-01-DANG-KY', subject: 'teacher', name: 'thiếu vị trí việc làm', mod: set(Q.role, ''), expect: 'missing' },
  { id: 'CN-01-DANG-KY', subject: 'teacher', name: 'thiếu họ tên', mod: set(Q.individualName, ''), expect: 'missing' },
  // Party and unions.
  { id: 'TT-10-DANG-DOAN-THE', subject: 'collective', name: 'tốt trở lên, Đoàn không có', mod: none, expect: 'met' },
  { id: 'TT-10-DANG-DOAN-THE', subject: 'collective', name: 'công đoàn năm 2022 chỉ hoàn thành nhiệm vụ', mod: setGrid(Q.unionRatings, yearRow(2022), RATING_CHOICES.done), expect: 'notMet' },
  { id: 'TT-10-DANG-DOAN-THE', subject: 'collective', name: 'chi bộ năm 2023 chưa đánh giá', mod: setGrid(Q.partyRatings, yearRow(2023), RATING_CHOICES.none), expect: 'missing' },
  { id: 'TT-10-DANG-DOAN-THE', subject: 'collective', name: 'năm chưa kết thúc không xét', mod: setGrid(Q.partyRatings, yearRow(2024), RATING_CHOICES.failed), expect: 'met' },
  {
    id: 'TT-10-DANG-DOAN-THE',
    subject: 'collective',
    name: 'không có tổ chức nào',
    mod: all(...[Q.partyRatings, Q.unionRatings, Q.youthRatings].flatMap((t) => [2021, 2022, 2023, 2024, 2025].map((y) => setGrid(t, yearRow(y), ORG_ABSENT)))),
    expect: 'notApplicable',
  },
  { id: 'TT-10-DANG-DOAN-THE', subject: 'collective', name: 'chưa có năm nào kết thúc', mod: none, expect: 'notApplicable', today: new Date(2021, 10, 1) },
  { id: 'TT-11-DANG-DOAN-THE-XS', subject: 'collective', name: 'chi bộ xuất sắc năm 2021', mod: none, expect: 'met' },
  { id: 'TT-11-DANG-DOAN-THE-XS', subject: 'collective', name: 'không năm nào xuất sắc', mod: setGrid(Q.partyRatings, yearRow(2021), RATING_CHOICES.good), expect: 'notMet' },
  // Managers group.
  { id: 'CN-09-XEP-LOAI', subject: 'manager', name: 'mọi năm tốt trở lên', mod: none, expect: 'met' },
  { id: 'CN-09-XEP-LOAI', subject: 'manager', name: 'năm 2022 hoàn thành nhiệm vụ', mod: setGrid(Q.individualRatings, schoolYearRow(2022), RATING_CHOICES.done), expect: 'notMet' },
  { id: 'CN-09-XEP-LOAI', subject: 'head', name: 'người đứng đầu, năm 2021 không hoàn thành', mod: setGrid(Q.individualRatings, schoolYearRow(2021), RATING_CHOICES.failed), expect: 'notMet' },
  { id: 'CN-09-XEP-LOAI', subject: 'teacherPartyMember', name: 'đảng viên, năm 2023 chưa đánh giá', mod: setGrid(Q.individualRatings, schoolYearRow(2023), RATING_CHOICES.none), expect: 'missing' },
  { id: 'CN-09-XEP-LOAI', subject: 'manager', name: 'năm học 2024-2025 chưa kết thúc: không hoàn thành không tính', mod: setGrid(Q.individualRatings, schoolYearRow(2024), RATING_CHOICES.failed), expect: 'met' },
  { id: 'CN-09-XEP-LOAI', subject: 'manager', name: 'chưa có năm nào kết thúc', mod: none, expect: 'notApplicable', today: new Date(2021, 11, 31) },
  { id: 'CN-09-XEP-LOAI', subject: 'teacher', name: 'giáo viên không thuộc nhóm', mod: setGrid(Q.individualRatings, schoolYearRow(2022), RATING_CHOICES.done), expect: 'absent' },
  { id: 'CN-10-XUAT-SAC', subject: 'manager', name: 'năm 2021 xuất sắc', mod: none, expect: 'met' },
  { id: 'CN-10-XUAT-SAC', subject: 'manager', name: 'không năm nào xuất sắc, sau sơ kết', mod: setGrid(Q.individualRatings, schoolYearRow(2021), RATING_CHOICES.good), expect: 'notMet' },
  { id: 'CN-10-XUAT-SAC', subject: 'manager', name: 'không năm nào xuất sắc, trước sơ kết', mod: setGrid(Q.individualRatings, schoolYearRow(2021), RATING_CHOICES.good), expect: 'notApplicable', today: new Date(2023, 0, 15) },
  { id: 'CN-10-XUAT-SAC', subject: 'manager', name: 'xuất sắc ở năm chưa kết thúc không tính', mod: all(setGrid(Q.individualRatings, schoolYearRow(2021), RATING_CHOICES.good), setGrid(Q.individualRatings, schoolYearRow(2024), RATING_CHOICES.excellent)), expect: 'notMet' },
  { id: 'CN-10-XUAT-SAC', subject: 'manager', name: 'năm đã kết thúc chưa đánh giá', mod: all(setGrid(Q.individualRatings, schoolYearRow(2021), RATING_CHOICES.good), setGrid(Q.individualRatings, schoolYearRow(2023), RATING_CHOICES.none)), expect: 'missing' },
  { id: 'CN-10-XUAT-SAC', subject: 'staff', name: 'nhân viên không thuộc nhóm', mod: setGrid(Q.individualRatings, schoolYearRow(2021), RATING_CHOICES.good), expect: 'absent' },
  // A mid-period hire: not working in 2021-2022, recruited in 2022-2023, rated from 2023-2024.
  {
    id: 'CN-09-XEP-LOAI',
    subject: 'manager',
    name: 'tuyển dụng giữa giai đoạn: đạt với các năm đã công tác',
    mod: all(setGrid(Q.individualRatings, schoolYearRow(2021), WORK_CHOICES.notEmployed), setGrid(Q.individualRatings, schoolYearRow(2022), WORK_CHOICES.newHire)),
    expect: 'met',
  },
  {
    id: 'CN-09-XEP-LOAI',
    subject: 'manager',
    name: 'tuyển dụng giữa giai đoạn, năm đã công tác chỉ hoàn thành nhiệm vụ',
    mod: all(setGrid(Q.individualRatings, schoolYearRow(2021), WORK_CHOICES.notEmployed), setGrid(Q.individualRatings, schoolYearRow(2022), WORK_CHOICES.newHire), setGrid(Q.individualRatings, schoolYearRow(2023), RATING_CHOICES.done)),
    expect: 'notMet',
  },
  {
    id: 'CN-09-XEP-LOAI',
    subject: 'manager',
    name: 'mới tuyển dụng năm học gần nhất: chưa xét',
    mod: all(...[2021, 2022].map((y) => setGrid(Q.individualRatings, schoolYearRow(y), WORK_CHOICES.notEmployed)), setGrid(Q.individualRatings, schoolYearRow(2023), WORK_CHOICES.newHire)),
    expect: 'notApplicable',
  },
  {
    id: 'CN-10-XUAT-SAC',
    subject: 'manager',
    name: 'tuyển dụng giữa giai đoạn, xuất sắc năm học 2023-2024',
    mod: all(setGrid(Q.individualRatings, schoolYearRow(2021), WORK_CHOICES.notEmployed), setGrid(Q.individualRatings, schoolYearRow(2022), WORK_CHOICES.newHire), setGrid(Q.individualRatings, schoolYearRow(2023), RATING_CHOICES.excellent)),
    expect: 'met',
  },
  // Staff group applicability.
  { id: 'CN-11-SUY-TON', subject: 'manager', name: 'cán bộ quản lý không thuộc nhóm', mod: set(sd('CN-11-SUY-TON').question!, NO), expect: 'absent' },
  { id: 'CN-12-CAP-UY', subject: 'teacherPartyMember', name: 'giáo viên là đảng viên thuộc cả hai nhóm', mod: set(sd('CN-12-CAP-UY').question!, NO), expect: 'notMet' },
  { id: 'CN-08-NEU-GUONG', subject: 'teacher', name: 'giáo viên không thuộc nhóm quản lý', mod: set(sd('CN-08-NEU-GUONG').question!, NO), expect: 'absent' },
  { id: 'CN-08-NEU-GUONG', subject: 'teacherPartyMember', name: 'giáo viên là đảng viên phải nêu gương', mod: set(sd('CN-08-NEU-GUONG').question!, NO), expect: 'notMet' },
  // Fields and models.
  { id: 'MH-01-LINH-VUC', subject: 'collective', name: 'đã chọn lĩnh vực', mod: none, expect: 'met' },
  { id: 'MH-01-LINH-VUC', subject: 'teacher', name: 'chưa chọn lĩnh vực', mod: set(Q.field, ''), expect: 'missing' },
  { id: 'MH-02-LOAI-MO-HINH', subject: 'collective', name: 'THHP có loại cụ thể', mod: none, expect: 'met' },
  { id: 'MH-02-LOAI-MO-HINH', subject: 'collective', name: 'THHP không nêu loại cụ thể', mod: set(Q.happySchoolType, ''), expect: 'missing' },
  { id: 'MH-02-LOAI-MO-HINH', subject: 'collective', name: 'THHP loại khác không ghi rõ', mod: set(Q.happySchoolType, HAPPY_SCHOOL_CHOICES.other), expect: 'missing' },
  { id: 'MH-02-LOAI-MO-HINH', subject: 'collective', name: 'THHP loại khác có ghi rõ', mod: all(set(Q.happySchoolType, HAPPY_SCHOOL_CHOICES.other), set(Q.happySchoolOther, 'Trường học xanh trên đồi chè')), expect: 'met' },
  { id: 'MH-02-LOAI-MO-HINH', subject: 'collective', name: 'Kho thóc khuyến học', mod: all(set(Q.modelType, MODEL_CHOICES.granary), set(Q.happySchoolType, '')), expect: 'met' },
  { id: 'MH-02-LOAI-MO-HINH', subject: 'collective', name: 'tập thể không gắn mô hình', mod: set(Q.modelType, MODEL_CHOICES.none), expect: 'notMet' },
  { id: 'MH-02-LOAI-MO-HINH', subject: 'teacher', name: 'cá nhân không gắn mô hình', mod: set(Q.modelType, MODEL_CHOICES.none), expect: 'met' },
  { id: 'MH-02-LOAI-MO-HINH', subject: 'teacher', name: 'chưa chọn loại mô hình', mod: set(Q.modelType, ''), expect: 'missing' },
  { id: 'MH-02-LOAI-MO-HINH', subject: 'teacher', name: 'chưa ghi tên mô hình', mod: set(Q.modelName, ''), expect: 'missing' },
);

function answersFor(subject: Case['subject'], today: Date) {
  const cfg = config(today);
  return { cfg, a: subject === 'collective' ? collectiveAnswers(cfg) : individualAnswers(subject, cfg) };
}

describe('every criterion of the catalogue has cases', () => {
  it('covers each registration criterion on both sides', () => {
    for (const c of CATALOGUE.filter((x) => x.appliesTo !== 'school')) {
      const mine = cases.filter((k) => k.id === c.id);
      expect(mine.some((k) => k.expect === 'met'), c.id).toBe(true);
      expect(mine.some((k) => k.expect === 'notMet' || k.expect === 'missing'), c.id).toBe(true);
    }
  });
});

describe.each(cases)('$id — $subject — $name', (k) => {
  it(`is ${k.expect}`, () => {
    const { cfg, a } = answersFor(k.subject, k.today ?? TODAY);
    k.mod(a);
    const e = evaluate(a, cfg);
    expect(statusOf(e, k.id)).toBe(k.expect);
    const r = e.results.find((x) => x.criterionId === k.id);
    if (r && r.status !== 'met') {
      // The message names the criterion by its wording (never its code) and a field of the form.
      expect(r.message).toContain(sd(k.id).label);
      expect(r.message).not.toContain(k.id);
      expect(r.message).toMatch(/mục “|chưa có năm nào|không có tổ chức|không còn áp dụng/);
    }
    if (r && (r.status === 'notMet' || r.status === 'missing')) {
      expect(e.findings.some((f) => f.criterionId === k.id && f.message === r.message)).toBe(true);
    }
  });
});

describe('verdicts', () => {
  const subjects: Case['subject'][] = ['collective', 'manager', 'teacher', 'teacherPartyMember', 'head', 'staff', 'worker'];
  it.each(subjects)('a complete %s registration is Đạt', (s) => {
    const { cfg, a } = answersFor(s, TODAY);
    const e = evaluate(a, cfg);
    expect(e.findings).toEqual([]);
    expect(e.verdict).toBe('dat');
  });
  it.each(subjects)('one mandatory "Không" makes %s Chưa đạt, even with missing evidence elsewhere', (s) => {
    const { cfg, a } = answersFor(s, TODAY);
    const c = CATALOGUE.find((x) => x.evaluator === 'selfDeclared' && x.evidence && (s === 'collective' ? x.appliesTo === 'collective' : x.appliesTo === 'individual'))!;
    const other = CATALOGUE.find((x) => x !== c && x.evaluator === 'selfDeclared' && x.evidence && x.appliesTo === c.appliesTo)!;
    a[c.question!] = NO;
    a[other.evidence!] = '';
    const e = evaluate(a, cfg);
    expect(e.verdict).toBe('chuaDat');
  });
  it.each(subjects)('a "Có" without evidence makes %s Cần bổ sung', (s) => {
    const { cfg, a } = answersFor(s, TODAY);
    const c = CATALOGUE.find((x) => x.evaluator === 'selfDeclared' && x.evidence && (s === 'collective' ? x.appliesTo === 'collective' : x.appliesTo === 'individual'))!;
    a[c.evidence!] = '';
    const e = evaluate(a, cfg);
    expect(e.verdict).toBe('canBoSung');
    expect(e.findings.map((f) => f.criterionId)).toEqual([c.id]);
    expect(e.findings[0].message).toContain(c.evidence!);
  });
  it.each(subjects)('evidence typed as the "Có" again ("Đã có", "ok") makes %s Cần bổ sung, asking for the paper, not for a "Không" (review vntext #1, diff27 #10)', (s) => {
    const { cfg, a } = answersFor(s, TODAY);
    const c = CATALOGUE.find((x) => x.evaluator === 'selfDeclared' && x.evidence && (s === 'collective' ? x.appliesTo === 'collective' : x.appliesTo === 'individual'))!;
    for (const typed of ['Đã có', 'ok', 'Có đủ']) {
      const e = evaluate({ ...a, [c.evidence!]: typed }, cfg);
      expect(e.verdict, typed).toBe('canBoSung');
      expect(e.findings[0].message, typed).toContain(`chỉ ghi “${typed}”, chưa nêu văn bản nào. Ghi số, ngày của văn bản làm minh chứng`);
      expect(e.findings[0].message, typed).not.toContain('“Không”');
    }
    // "Ko có" says there is none: the message of a denial.
    expect(evaluate({ ...a, [c.evidence!]: 'Ko có QĐ' }, cfg).findings[0].message).toContain('tức là chưa có minh chứng');
  });
  it('a priority-only criterion not met does not change Đạt', () => {
    const cfg = config();
    const a = collectiveAnswers(cfg);
    setGrid(Q.partyRatings, yearRow(2021), RATING_CHOICES.good)(a);
    const e = evaluate(a, cfg);
    expect(statusOf(e, 'TT-11-DANG-DOAN-THE-XS')).toBe('notMet');
    expect(e.verdict).toBe('dat');
  });
  it('a data problem (unknown school) makes an otherwise complete registration Cần bổ sung', () => {
    const cfg = config();
    const a = individualAnswers('teacher', cfg);
    a[Q.school] = 'Trường Tiểu học Ở Đâu';
    const e = evaluate(a, cfg);
    expect(e.verdict).toBe('canBoSung');
    expect(e.findings[0].criterionId).toBe('DU-LIEU');
    expect(e.findings[0].message).toContain('Trường Tiểu học Ở Đâu');
  });
  it('a name that is no name is Cần bổ sung, naming the row and the field (review "input" #2); real names pass', () => {
    const cfg = config();
    const long = 'Lê ' + 'Lê '.repeat(1000) + 'Dài';
    for (const name of ['TRUE', '12345', '15/13/2024', '＝SUM(1;2) Vũ Phương', '}}{{ten_don_vi}}{{', '=HYPERLINK("x")', 'Nguyễn <b>An</b>', 'Trần $ Lê', 'Lê_Văn', 'N/A', 'n/a', 'Trần An & Lê Bình', 'Trần An / Lê Bình', 'Nguyễn Thị ?', 'https://x.example/ho-so', long]) {
      const e = evaluate({ ...individualAnswers('teacher', cfg), [Q.individualName]: name }, cfg);
      expect(e.verdict, name).toBe('canBoSung');
      expect(e.findings[0].criterionId).toBe('DU-LIEU');
      expect(e.findings[0].message, name).toMatch(/^Dòng 2: mục “Họ và tên cá nhân đăng ký” có giá trị “.+”, không phải một tên \((không có chữ cái|là một giá trị, không phải tên|có “.+”, ký hiệu mà một tên không có|dài hơn 100 ký tự)\); đề nghị sửa phiếu/);
    }
    expect(evaluate({ ...individualAnswers('teacher', cfg), [Q.individualName]: long }, cfg).findings[0].message).toContain('(dài hơn 100 ký tự)');
    // Which symbol, said.
    expect(evaluate({ ...individualAnswers('teacher', cfg), [Q.individualName]: 'Trần $ Lê' }, cfg).findings[0].message).toContain('(có “$”, ký hiệu mà một tên không có)');
    // Kept too, as schools type them (review diff10 #3): a title with a slash, a position after a semicolon, a nickname in quotes.
    for (const name of ['Nguyễn Văn An', 'H’Hen Niê', "Nay H'Lép", 'ThS. Nguyễn Thị Lan', 'Nguyễn Văn An (Trưởng khối), Tổ 1', 'Giáo viên 12', 'Ksor Y-Moan', 'Đ/c Nguyễn Văn An', 'Lê Thị Hoa (GV Toán/Tin)', 'Trần Văn Bình; Hiệu trưởng', 'Nguyễn Thị "Út" Mai']) {
      expect(evaluate({ ...individualAnswers('teacher', cfg), [Q.individualName]: name }, cfg).verdict, name).toBe('dat');
    }
    for (const name of ['<script>x</script>', '}}{{ten_don_vi}}{{', '=1+1', 'FALSE', '2024', 'Tổ ' + 'Toán '.repeat(50)]) {
      const e = evaluate({ ...collectiveAnswers(cfg), [Q.collectiveName]: name }, cfg);
      expect(e.verdict, name).toBe('canBoSung');
      expect(e.findings[0].message, name).toContain('Dòng 2: mục “Tên tập thể đăng ký” có giá trị');
    }
    for (const name of ['Trường THCS số 2', 'Tổ Toán/Tin', 'Tổ Mẫu giáo Hoa & Sen > 5 tuổi', 'Lớp 5A', 'Chi đoàn "Tuổi trẻ"']) {
      expect(evaluate({ ...collectiveAnswers(cfg), [Q.collectiveName]: name }, cfg).verdict, name).toBe('dat');
    }
  });
  it('a name typed with Unikey left on a legacy code table (TCVN3, VNI) is Cần bổ sung, saying why and what to do; Vietnamese and minority spellings pass', () => {
    const cfg = config();
    // "Nguyễn Thị Hùng", "Lê Văn Đức" in TCVN3 (ABC); "Nguyễn Văn Hùng", "Trần Thị Đào" in VNI Windows.
    for (const [name, symbol] of [['NguyÔn ThÞ Hïng', 'Ô'], ['Lª V¨n §øc', 'ª'], ['Nguyeãn Vaên Huøng', 'ø'], ['Traàn Thò Ñaøo', 'Ñ']]) {
      const e = evaluate({ ...individualAnswers('teacher', cfg), [Q.individualName]: name }, cfg);
      expect(e.verdict, name).toBe('canBoSung');
      expect(e.findings[0].criterionId).toBe('DU-LIEU');
      expect(e.findings[0].message, name).toBe(
        `Dòng 2: mục “Họ và tên cá nhân đăng ký” có giá trị “${name}”, có “${symbol}”, chữ không có trong tiếng Việt: thường do bộ gõ (Unikey, EVKey) đang để bảng mã TCVN3 (ABC) hoặc VNI Windows thay vì Unicode. Đề nghị chọn bảng mã Unicode rồi sửa phiếu, gõ lại tên (và các câu trả lời khác gõ cùng lúc) đúng như sẽ in trên tờ trình, danh sách và quyết định khen thưởng.`,
      );
    }
    // TCVN3's "ư" is a soft hyphen, which cleaning takes out: "Cường", "Phước" typed so read "Cêng", "Phíc", every
    // letter Vietnamese; the cell as typed tells it (review d77b F3).
    for (const name of ['Vâ Minh C\u00adêng', 'Lý Minh Ph\u00adíc']) {
      const e = evaluate({ ...individualAnswers('teacher', cfg), [Q.individualName]: name }, cfg);
      expect(e.verdict, name).toBe('canBoSung');
      expect(e.findings[0].message, name).toContain(`có giá trị “${name.replace('\u00ad', '')}”, có dấu gạch nối ẩn (U+00AD, là chữ “ư” của bảng mã TCVN3), chữ không có trong tiếng Việt: thường do bộ gõ`);
    }
    // A collective's name too ("Tổ Toán - Tin" in TCVN3).
    const team = evaluate({ ...collectiveAnswers(cfg), [Q.collectiveName]: 'Tæ To¸n - Tin' }, cfg);
    expect(team.verdict).toBe('canBoSung');
    expect(team.findings[0].message).toContain('mục “Tên tập thể đăng ký” có giá trị “Tæ To¸n - Tin”, có “æ”');
    // Every Vietnamese letter of Latin-1, upper and lower case, and minority spellings with Latin Extended-A letters
    // (Ê Đê, Jrai, Ba Na): names.
    for (const name of ['Bùi Thị Ánh Tuyết', 'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ Nguyễn', 'àáâãèéêìíòóôõùúý Lê', 'Y Ngông Niê Kdăm', 'H’Mĭ Byă', 'Đinh Văn Hyŭk', 'Rơ Chăm Ŏn']) {
      expect(evaluate({ ...individualAnswers('teacher', cfg), [Q.individualName]: name }, cfg).verdict, name).toBe('dat');
    }
  });
  it('a registration without a kind is Cần bổ sung and names the question', () => {
    const cfg = config();
    const a = individualAnswers('teacher', cfg);
    a[Q.kind] = '';
    const e = evaluate(a, cfg);
    expect(e.verdict).toBe('canBoSung');
    expect(e.findings.some((f) => f.message.includes(Q.kind))).toBe(true);
  });
});

describe('priority score', () => {
  it('shows its parts and ranks more excellent years and higher initiative levels first', () => {
    const cfg = config();
    const base = individualAnswers('manager', cfg);
    const better = individualAnswers('manager', cfg);
    setGrid(Q.individualRatings, schoolYearRow(2023), RATING_CHOICES.excellent)(better);
    better[initiativeTitles(1).level] = 'Toàn quốc';
    const s1 = evaluate(base, cfg).score;
    const s2 = evaluate(better, cfg).score;
    expect(s1.parts.map((p) => p.key)).toEqual(['excellentYears', 'initiativeLevel', 'initiatives', 'priorityCriteria']);
    expect(s1.parts.find((p) => p.key === 'excellentYears')!.value).toBe(1);
    expect(s2.parts.find((p) => p.key === 'excellentYears')!.value).toBe(2);
    expect(s1.parts.find((p) => p.key === 'initiativeLevel')!.value).toBe(2);
    expect(s2.parts.find((p) => p.key === 'initiativeLevel')!.value).toBe(3);
    expect(s2.total).toBeGreaterThan(s1.total);
    expect(s1.total).toBe(s1.parts.reduce((t, p) => t + p.points, 0));
  });
  it('counts priority-only criteria met for collectives', () => {
    const cfg = config();
    const a = collectiveAnswers(cfg);
    const s = evaluate(a, cfg).score;
    expect(s.parts.find((p) => p.key === 'priorityCriteria')!.value).toBe(1);
    setGrid(Q.partyRatings, yearRow(2021), RATING_CHOICES.good)(a);
    expect(evaluate(a, cfg).score.parts.find((p) => p.key === 'priorityCriteria')!.value).toBe(0);
  });
});

describe('role groups', () => {
  it('a plain teacher is checked for nomination, not for yearly ratings', () => {
    const e = evaluate(individualAnswers('teacher'));
    const ids = e.results.map((r) => r.criterionId);
    expect(ids).toContain('CN-11-SUY-TON');
    expect(ids).not.toContain('CN-09-XEP-LOAI');
  });
  it('a manager is checked for yearly ratings, not for nomination', () => {
    const e = evaluate(individualAnswers('manager'));
    const ids = e.results.map((r) => r.criterionId);
    expect(ids).toContain('CN-10-XUAT-SAC');
    expect(ids).not.toContain('CN-12-CAP-UY');
  });
  // Plan II.2.b: "người đứng đầu cơ quan, đơn vị" is under the managers' rule; "Nếu là giáo viên, nhân viên, người lao
  // động …" (CN-11, CN-12) does not describe a head (review r81c F2: the office's head was asked them).
  it('a worker who is head of unit is in the managers\' group only', () => {
    const a = individualAnswers('worker');
    a[Q.head] = 'Có';
    a[Q.role] = ROLE_CHOICES.worker;
    const ids = evaluate(a).results.map((r) => r.criterionId);
    expect(ids).toContain('CN-09-XEP-LOAI');
    expect(ids).not.toContain('CN-11-SUY-TON');
  });
  it('collective criteria never apply to individuals and vice versa', () => {
    expect(evaluate(individualAnswers('teacher')).results.some((r) => r.criterionId.startsWith('TT-'))).toBe(false);
    const a = collectiveAnswers();
    a[Q.kind] = KIND_CHOICES.collective;
    expect(evaluate(a).results.some((r) => r.criterionId.startsWith('CN-'))).toBe(false);
  });
});

describe('one initiative named in two slots counts once', () => {
  const t3 = initiativeTitles(3);
  const scorePart = (e: ReturnType<typeof evaluate>, key: string) => e.score.parts.find((p) => p.key === key)!.value;

  it('tells which slot repeats which, for "có nhiều sáng kiến, giải pháp"', () => {
    const { cfg, a } = answersFor('teacher', TODAY);
    a[t2.name] = 'vườn rau  sạch của BÉ';
    const e = evaluate(a, cfg);
    const r = e.results.find((x) => x.criterionId === 'CN-02-SANG-KIEN')!;
    expect(r.status).toBe('missing');
    expect(r.message).toContain(`tên ở mục “${t2.name}” trùng với mục “${t1.name}” (“vườn rau sạch của BÉ”) nên chỉ được tính là một sáng kiến, giải pháp`);
    expect(r.message).toContain(`ghi vào mục “${t2.name}” một sáng kiến, giải pháp khác`);
    expect(e.verdict).toBe('canBoSung');
  });

  it('scores a recognised initiative once, at the highest level it was recognised at', () => {
    const { cfg, a } = answersFor('teacher', TODAY);
    const year = String(cfg.period.startYear + 2);
    Object.assign(a, { [t2.name]: a[t1.name], [t2.level]: INITIATIVE_LEVELS[2], [t2.decision]: '88/QĐ-SGDĐT', [t2.year]: year });
    const twice = evaluate(a, cfg);
    expect(scorePart(twice, 'initiatives')).toBe(1);
    expect(scorePart(twice, 'initiativeLevel')).toBe(3);
    // Two different ones count two.
    a[t2.name] = 'Thư viện xanh';
    expect(scorePart(evaluate(a, cfg), 'initiatives')).toBe(2);
  });

  it('counts two recognitions at one level by two decisions as two initiatives under one generic title', () => {
    const { cfg, a } = answersFor('teacher', TODAY);
    const year = String(cfg.period.startYear + 1);
    Object.assign(a, {
      [t1.name]: 'Sáng kiến kinh nghiệm', [t1.level]: INITIATIVE_LEVELS[0], [t1.decision]: '12/QĐ-PGDĐT', [t1.year]: year,
      [t2.name]: 'Sáng kiến kinh nghiệm', [t2.level]: INITIATIVE_LEVELS[0], [t2.decision]: '45/QĐ-PGDĐT', [t2.year]: year,
    });
    const e = evaluate(a, cfg);
    expect(statusOf(e, 'CN-02-SANG-KIEN')).toBe('met');
    expect(scorePart(e, 'initiatives')).toBe(2);
    // The same decision twice, or no decision on one of them: one initiative.
    a[t2.decision] = ' 12/qđ-pgdđt ';
    expect(statusOf(evaluate(a, cfg), 'CN-02-SANG-KIEN')).toBe('missing');
    Object.assign(a, { [t2.decision]: '', [t2.level]: '', [t2.year]: '' });
    expect(statusOf(evaluate(a, cfg), 'CN-02-SANG-KIEN')).toBe('missing');
  });

  it('keeps the complete one of the two when the first lacks its decision', () => {
    const { cfg, a } = answersFor('teacher', TODAY);
    Object.assign(a, { [t1.decision]: '', [t2.name]: a[t1.name], [t2.level]: INITIATIVE_LEVELS[0], [t2.decision]: '9/QĐ-PGDĐT', [t2.year]: String(cfg.period.startYear + 1), [t3.name]: 'Thư viện xanh' });
    const e = evaluate(a, cfg);
    expect(scorePart(e, 'initiatives')).toBe(1);
    expect(statusOf(e, 'CN-02-SANG-KIEN')).toBe('met');
    expect(statusOf(e, 'CN-13-SANG-KIEN-CONG-NHAN')).toBe('met');
  });
});

describe('TT-10 with several organisations rated below "hoàn thành tốt"', () => {
  it('names each of them, so that fixing one answer does not leave the registration "Chưa đạt" by another', () => {
    const { cfg, a } = answersFor('collective', TODAY);
    const year = cfg.period.startYear + 1;
    a[Q.partyRatings] = { ...(a[Q.partyRatings] as Record<string, string>), [yearRow(year)]: RATING_CHOICES.done };
    a[Q.unionRatings] = { ...(a[Q.unionRatings] as Record<string, string>), [yearRow(year)]: RATING_CHOICES.failed };
    const r = evaluate(a, cfg).results.find((x) => x.criterionId === 'TT-10-DANG-DOAN-THE')!;
    expect(r.status).toBe('notMet');
    expect(r.message).toContain(`mục “${Q.partyRatings}”`);
    expect(r.message).toContain(`mục “${Q.unionRatings}”`);
    expect(r.message).toContain(`năm ${year} xếp loại “Không hoàn thành nhiệm vụ”`);
    // One organisation: the sentence as before.
    a[Q.unionRatings] = { ...(a[Q.unionRatings] as Record<string, string>), [yearRow(year)]: RATING_CHOICES.good };
    expect(evaluate(a, cfg).results.find((x) => x.criterionId === 'TT-10-DANG-DOAN-THE')!.message).toMatch(/: năm \d{4} xếp loại “Hoàn thành nhiệm vụ”, thấp hơn mức “Hoàn thành tốt nhiệm vụ” \(mục “/);
  });
});

describe('an initiative recognised in a year the form does not list (review "criteria" #6)', () => {
  it('takes its year from the decision\'s date when the year is left blank: counted, and printed with it in the documents', () => {
    const t = initiativeTitles(1);
    const r = parseOne({ ...collectiveAnswers(), [t.decision]: '215/QĐ-UBND ngày 20/8/2020', [t.year]: '' });
    expect(completeInitiatives(r).map((i) => [i.slot, i.year])).toEqual([[1, 2020]]);
    expect(decisionYear('Quyết định số 2021/QĐ-UBND')).toBeNull();
    expect(decisionYear('QĐ 45 năm 2019 của UBND huyện')).toBe(2019);
  });
});
