// The built-in sample office: an invented city education office with its schools, a few hundred
// registrations carrying the defects real data has, and progress reports. Deterministic (own PRNG).
// All names are invented. Runs in Node (used by tests, the local start script and the benchmark).
import { OfficeConfig, milestone, orgYearRatedFrom, periodYears, reportingPeriods, schoolYearRatedFrom } from '../src/core/config';
import { SampleId, sampleConfig, sampleProfile } from './profiles';
import { directoryToRows } from '../src/core/directory';
import { Criterion, catalogueFor } from '../src/core/criteria';
import { GENDER_CHOICES, REPORT_QUESTIONS } from '../src/core/messages/proposals';
import {
  COLLECTIVE_KIND_CHOICES,
  CONDITION_COLUMNS,
  FIELD_CHOICES,
  FormAnswers,
  HAPPY_SCHOOL_CHOICES,
  INITIATIVE_LEVELS,
  KIND_CHOICES,
  MODEL_CHOICES,
  MOVEMENTS,
  MOVEMENT_COLUMNS,
  NO,
  ORG_ABSENT,
  Q,
  R,
  RATING_CHOICES,
  ROLE_CHOICES,
  SELF_DECLARED,
  WORK_CHOICES,
  YES,
  initiativeTitles,
  printedAwardQuestions,
  ratingSchoolYears,
  schoolYearRow,
  yearRow,
} from '../src/core/registration-form';

export interface SampleSubmission {
  at: Date;
  email: string;
  answers: FormAnswers;
  /** Index (in `submissions`) of an earlier submission this one edits: Forms rewrites that response's row. */
  editOf?: number;
}

export interface SampleOffice {
  config: OfficeConfig;
  /** The "Đơn vị" tab: header row, then one row per school. */
  directoryRows: string[][];
  /** Registration-form submissions in time order. */
  submissions: SampleSubmission[];
  /** Report-form submissions in time order. */
  reports: { at: Date; email: string; answers: FormAnswers }[];
  /** Which defects were injected where (submission index → defect names), for tests and demos. */
  defects: Record<number, string[]>;
}

export interface SampleOptions {
  schools?: number;
  registrations?: number;
  seed?: number;
  today?: Date;
  /** Which office (sample/profiles.ts): the seed's 2021–2025 district office unless told. */
  sample?: SampleId;
}

/** mulberry32: small, fast, deterministic. */
function prng(seed: number) {
  let a = seed >>> 0 || 0x9e3779b9;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}

const SCHOOL_NAMES = [
  'Hoa Sen', 'Hoa Mai', 'Sơn Ca', 'Họa Mi', 'Ánh Dương', 'Bình Minh', 'Sao Mai', 'Tuổi Thơ', 'Hướng Dương', 'Vàng Anh',
  'Măng Non', 'Thủy Tiên', 'Hoa Hồng', 'Ban Mai', 'Trúc Xanh', 'Cánh Diều', 'Ngọc Lan', 'Hoàng Lan', 'Thanh Bình', 'Hòa Bình',
  'Quang Minh', 'Tân Tiến', 'Suối Ngọc', 'Đồi Thông', 'Rừng Cọ', 'Sông Hồng', 'Mây Trắng', 'Nắng Mai', 'Hoa Ban', 'Đào Xuân',
];
const LEVELS: { level: string; prefix: string; code: string }[] = [
  { level: 'Mầm non', prefix: 'Trường Mầm non', code: 'MN' },
  { level: 'Tiểu học', prefix: 'Trường Tiểu học', code: 'TH' },
  { level: 'THCS', prefix: 'Trường THCS', code: 'CS' },
  { level: 'Liên cấp', prefix: 'Trường Tiểu học và THCS', code: 'LC' },
];
// Family names only (a middle name such as "Thị" comes from MIDDLE_*: never twice in one name).
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hà', 'Lò', 'Phan'];
/** What an initiative is about ("Giải pháp …"). */
const INITIATIVE_SUBJECTS = ['nâng cao chất lượng đọc hiểu', 'xây dựng góc trải nghiệm', 'phối hợp với cha mẹ học sinh', 'ứng dụng công nghệ trong quản lý', 'tổ chức câu lạc bộ đọc sách', 'rèn kỹ năng sống cho học sinh'];
/** Who signs a decision recognising an initiative, by the level the form names (the number's suffix says who). */
const ISSUERS: Record<string, readonly string[]> = {
  [INITIATIVE_LEVELS[0]]: ['QĐ-HT', 'QĐ-HĐTĐKT', 'QĐ-PGDĐT', 'QĐ-UBND'],
  [INITIATIVE_LEVELS[1]]: ['QĐ-SGDĐT', 'QĐ-UBND'],
  [INITIATIVE_LEVELS[2]]: ['QĐ-BGDĐT', 'QĐ-BGDĐT'],
};
const MIDDLE_F = ['Thị', 'Thị Thu', 'Ngọc', 'Thị Minh', 'Thu', 'Thanh'];
const MIDDLE_M = ['Văn', 'Đức', 'Minh', 'Quang', 'Xuân', 'Hữu'];
const GIVEN_F = ['Hòa', 'Thủy', 'Mai', 'Lan', 'Hương', 'Huệ', 'Nga', 'Thoa', 'Loan', 'Quý', 'Khỏe', 'Tuyết', 'Oanh', 'Nhung'];
const GIVEN_M = ['An', 'Bình', 'Cường', 'Dũng', 'Hòa', 'Khoa', 'Tùng', 'Quý', 'Thủy', 'Long', 'Hùng', 'Toàn'];
/**
 * Units inside a school, by its level (review read-outputs L6: a "Tổ Toán - Tin" in a kindergarten, a "Tổ nuôi dưỡng"
 * in a lower-secondary school): six each, so that the sample's random sequence is unchanged.
 */
const UNITS: { kindergarten: string[]; primary: string[]; secondary: string[] } = {
  kindergarten: ['Tổ chuyên môn Nhà trẻ', 'Tổ chuyên môn Mẫu giáo lớn', 'Tổ chuyên môn Mẫu giáo nhỡ', 'Tổ văn phòng', 'Tổ nuôi dưỡng', 'Chi đoàn giáo viên'],
  primary: ['Tổ chuyên môn khối 1', 'Tổ chuyên môn khối 2 - 3', 'Tổ chuyên môn khối 4 - 5', 'Tổ văn phòng', 'Tổ chuyên môn Tiếng Anh', 'Chi đoàn giáo viên'],
  secondary: ['Tổ chuyên môn Toán - Tin', 'Tổ chuyên môn Ngữ văn', 'Tổ chuyên môn Khoa học tự nhiên', 'Tổ văn phòng', 'Tổ chuyên môn Ngoại ngữ', 'Chi đoàn giáo viên'],
};
const unitsOf = (school: string): string[] => (/Mầm non/.test(school) ? UNITS.kindergarten : /THCS/.test(school) ? UNITS.secondary : UNITS.primary);
const MODELS = ['Vườn rau của bé', 'Thư viện xanh thân thiện', 'Góc đọc sách cùng con', 'Lớp học không có tiếng quát mắng', 'Sân chơi dân gian', 'Kho thóc khuyến học của lớp'];
const ACHIEVEMENTS = ['Chiến sĩ thi đua cơ sở năm học 2022-2023', 'Giáo viên dạy giỏi cấp tỉnh', 'Giấy khen của Giám đốc Sở', 'Lao động tiên tiến 3 năm liên tục'];

/** Old-style tone placement (hòa → hoà, thủy → thuỷ, khỏe → khoẻ), as many keyboards still type it. */
function oldTones(s: string): string {
  return s
    .replace(/òa/g, 'oà').replace(/óa/g, 'oá').replace(/ỏa/g, 'oả').replace(/õa/g, 'oã').replace(/ọa/g, 'oạ')
    .replace(/ỏe/g, 'oẻ').replace(/òe/g, 'oè').replace(/ủy/g, 'uỷ').replace(/ùy/g, 'uỳ').replace(/úy/g, 'uý').replace(/Hòa/g, 'Hoà');
}

const LONG_PARAGRAPH = (() => {
  const sentence = 'Nhà trường tổ chức nhiều hoạt động trải nghiệm, xây dựng môi trường giáo dục an toàn, thân thiện, hạnh phúc. ';
  let s = '';
  while (s.length < 10000) s += sentence;
  return s.slice(0, 10000);
})();

/** Build the sample office. */
export function makeSampleOffice(opts: SampleOptions = {}): SampleOffice {
  // Who the office is (names, signer, its own plan, period, communes, its size): sample/profiles.ts.
  const profile = sampleProfile(opts.sample);
  const nSchools = Math.max(1, opts.schools ?? profile.schools ?? 40);
  const nRegs = Math.max(0, opts.registrations ?? profile.registrations ?? 400);
  const rnd = prng(opts.seed ?? 1);
  const today = opts.today ?? profile.today;
  const config = sampleConfig(profile, today);
  const WARDS = profile.wards;
  const years = periodYears(config.period);
  // Calendar years (Party and union ratings) and school years (personal ratings, rated from 1 July of their end).
  const ended = (y: number) => y < today.getFullYear();
  const schoolYearEnded = (y: number) => today.getTime() >= new Date(y + 1, 6, 1).getTime();
  const catalogue = catalogueFor(config);
  // A year's rating can be written only once the year counts (src/core/registration.ts): a school year's from
  // schoolYearRatedFrom (1 June of its end), a calendar year's Party and union ratings from 1 December of it.
  const schoolYearCountsAt = (y: number, at: Date) => at.getTime() >= schoolYearRatedFrom(config, y).getTime();
  const orgYearCountsAt = (y: number, at: Date) => at.getTime() >= orgYearRatedFrom(y).getTime();

  // ---- schools
  const used = new Map<string, number>();
  const schools = [] as { code: string; name: string; level: string; ward: string; cluster: string; principal: string; emails: string[] }[];
  for (let i = 0; i < nSchools; i++) {
    const lv = LEVELS[i % 10 < 4 ? 0 : i % 10 < 7 ? 1 : i % 10 < 9 ? 2 : 3];
    const base = `${lv.prefix} ${SCHOOL_NAMES[(i * 7) % SCHOOL_NAMES.length]}`;
    const n = (used.get(base) || 0) + 1;
    used.set(base, n);
    const name = n === 1 ? base : `${base} số ${n}`;
    const code = `${lv.code}${String(i + 1).padStart(4, '0')}`;
    const emails = [`${code.toLowerCase()}@truong.example`];
    if (i % 3 === 0) emails.push(`hieutruong.${code.toLowerCase()}@truong.example`);
    schools.push({
      code,
      name,
      level: lv.level,
      ward: WARDS[i % WARDS.length],
      cluster: `Cụm ${(i % 5) + 1}`,
      principal: personName(rnd, i % 2 === 0),
      emails,
    });
  }
  // Schools that register nothing (every 12th) or only individuals (every 12th, offset 6).
  const silent = (i: number) => nSchools >= 4 && i % 12 === 11;
  const onlyIndividuals = (i: number) => nSchools >= 4 && i % 12 === 5;
  const active = schools.map((_, i) => i).filter((i) => !silent(i));

  // ---- registrations, within the registration window; the minimum is yearly (III.1), so each active school
  // registers a collective and an individual in each school year of the window, then more at random.
  const opens = milestone(config, 'DANG-KY-MO').date.getTime();
  const windowEnd = milestone(config, 'DANG-KY-DONG').date;
  const closesAt = new Date(windowEnd.getFullYear(), windowEnd.getMonth(), windowEnd.getDate(), 17).getTime();
  const closes = Math.min(today.getTime() - 86400000, closesAt);
  const span = Math.max(1, closes - opens);
  // The school years of the window that have begun: [from, to) in time.
  const yearSlots: [number, number][] = [];
  for (let y = new Date(opens).getFullYear(); ; y++) {
    const from = Math.max(opens, new Date(y, 8, 1).getTime());
    const to = Math.min(closes, new Date(y + 1, 7, 31, 17).getTime());
    if (from >= closes) break;
    if (to > from) yearSlots.push([from, to]);
  }
  const submissions: SampleSubmission[] = [];
  const defects: Record<number, string[]> = {};
  const mark = (i: number, d: string) => (defects[i] = defects[i] || []).push(d);
  const perPass = Math.max(1, active.length);

  for (let i = 0; i < nRegs; i++) {
    const si = active.length ? active[i % active.length] : 0;
    const school = schools[si];
    // Passes 2k and 2k+1 over the active schools: a collective, then an individual each, in school year k.
    const pass = Math.floor(i / perPass);
    const slot = pass < 2 * yearSlots.length ? yearSlots[Math.floor(pass / 2)] : null;
    const collective = !onlyIndividuals(si) && (slot ? pass % 2 === 0 : rnd.chance(0.3));
    const at = slot ? new Date(slot[0] + Math.floor(rnd.next() * (slot[1] - slot[0]))) : new Date(opens + Math.floor(rnd.next() * span));
    const answers = collective
      ? collectiveAnswers(rnd, school.name, config, catalogue, ended)
      : individualAnswers(rnd, school.name, config, catalogue, schoolYearEnded);
    submissions.push({ at, email: rnd.pick(school.emails), answers });
  }

  // ---- defects: each kind at least once (when there are enough registrations), then at random.
  const DEFECTS: [string, (s: SampleSubmission, i: number) => boolean][] = [
    ['thiếu minh chứng', (s) => dropEvidence(s.answers, catalogue)],
    ['THHP không nêu loại cụ thể', (s) => (s.answers[Q.modelType] = MODEL_CHOICES.happySchool, (s.answers[Q.happySchoolType] = ''), true)],
    ['xếp loại dưới mức tốt', (s) => lowerRating(s.answers, years.filter((y) => ended(y) && orgYearCountsAt(y, s.at)), ratingSchoolYears(config.period).filter((y) => schoolYearEnded(y) && schoolYearCountsAt(y, s.at)))],
    ['email không có trong danh mục', (s) => ((s.email = `nguoidung${rnd.int(1000)}@mail.example`), true)],
    ['khoảng trắng thừa', (s) => padSpaces(s.answers)],
    ['chuỗi NFD', (s) => toNfd(s.answers)],
    ['dấu thanh kiểu cũ', (s) => applyOldTones(s.answers)],
    ['công thức', (s) => ((s.answers[Q.phone] = rnd.pick(['=IMPORTXML("http://x.example";"//a")', '+84 912 345 678', '-', '@truong'])), true)],
    ['HTML', (s) => ((s.answers[Q.summary] = '<script>alert("x")</script> Nội dung tóm tắt'), true)],
    ['emoji', (s) => ((s.answers[Q.modelName] = `${s.answers[Q.modelName]} 🌱📚`), true)],
    ['ký tự RTL', (s) => ((s.answers[Q.submitter] = `\u202B${s.answers[Q.submitter]}\u200F`), true)],
    ['đoạn văn 10.000 ký tự', (s) => ((s.answers[Q.summary] = LONG_PARAGRAPH), true)],
    ['không có sáng kiến', (s) => clearInitiatives(s.answers, config.initiativeSlots)],
    ['trả lời "Không"', (s) => answerNo(s.answers, catalogue)],
    // Sent after the registration window: accepted, with a note for the council.
    ['đăng ký muộn', (s) => (closesAt < today.getTime() - 86400000 ? ((s.at = new Date(closesAt + (1 + rnd.int(20)) * 86400000)), true) : false)],
  ];
  let d = 0;
  for (let i = 0; i < submissions.length; i++) {
    const forced = i % 7 === 3 && d < DEFECTS.length;
    if (forced || rnd.chance(0.12)) {
      const [name, apply] = forced ? DEFECTS[d++] : rnd.pick(DEFECTS);
      if (apply(submissions[i], i)) mark(i, name);
    }
  }
  // Duplicates: the same subject registered again later by the same school (about 3%).
  const nDup = Math.max(nRegs >= 20 ? 1 : 0, Math.floor(nRegs * 0.03));
  for (let k = 0; k < nDup; k++) {
    const src = rnd.int(Math.max(1, submissions.length - 1));
    const s = submissions[src];
    if (!s || s.editOf !== undefined) continue;
    const copy: SampleSubmission = { at: new Date(s.at.getTime() + (1 + rnd.int(30)) * 86400000), email: s.email, answers: clone(s.answers) };
    if (rnd.chance(0.5)) copy.answers[Q.summary] = 'Đăng ký lại để bổ sung minh chứng.';
    const name = copy.answers[Q.individualName] || copy.answers[Q.collectiveName];
    if (typeof name === 'string' && rnd.chance(0.5)) {
      const t = `  ${name} `; // typed again, with stray spaces
      if (copy.answers[Q.kind] === KIND_CHOICES.individual) copy.answers[Q.individualName] = t;
      else copy.answers[Q.collectiveName] = t;
    }
    submissions.push(copy);
    mark(submissions.length - 1, `trùng với phiếu ${src}`);
  }
  // Edited responses (about 3%): the same response row, answers changed later.
  const nEdit = Math.max(nRegs >= 20 ? 1 : 0, Math.floor(nRegs * 0.03));
  for (let k = 0; k < nEdit; k++) {
    const src = rnd.int(Math.max(1, nRegs));
    const s = submissions[src];
    if (!s) continue;
    const edited: SampleSubmission = { at: new Date(Math.min(s.at.getTime() + (1 + rnd.int(20)) * 86400000, today.getTime() - 3600000)), email: s.email, answers: clone(s.answers), editOf: src };
    restoreEvidence(edited.answers, catalogue);
    submissions.push(edited);
    mark(submissions.length - 1, `sửa phiếu ${src}`);
  }
  // ---- ratings and decisions as the school could know them when it sent (or edited) its response. The answers above
  // hold every rating known by `today` (and recognitions of any year up to it); a response gives only the years that
  // count by its own time — "Chưa đánh giá" otherwise, as the form asks — and no decision of a later year. Schools
  // edit their responses once a year counts to write its result (rating edits below); a few write the ratings early
  // anyway (careless), or a recognition year after the day they send: kept, for the tool to tell them. Drawn from a
  // random sequence of their own, so that everything drawn above and the reports below are drawn as before.
  const rndE = prng((opts.seed ?? 1) * 7919 + 17);
  const nOriginal = submissions.length;
  const careless = new Set<number>();
  const futureInitiative = new Set<number>();
  for (let i = 0; i < nRegs; i++) {
    const s = submissions[i];
    if (rndE.chance(0.03) && pendingRatingDays(s, s.answers).length > 0) {
      careless.add(i);
      mark(i, 'xếp loại ghi trước khi năm được tính');
    }
    if (rndE.chance(0.03) && setInitiativeYearAfter(s.answers, config.initiativeSlots, s.at.getFullYear() + 1)) {
      futureInitiative.add(i);
      mark(i, 'năm công nhận sau ngày gửi');
    }
  }
  /** The days after a response's time on which a year it gives a rating for (by `today`) starts to count, in order. */
  function pendingRatingDays(s: SampleSubmission, a: FormAnswers): number[] {
    const days = new Set<number>();
    const grid = (title: string, ys: number[], row: (y: number) => string, from: (y: number) => Date) => {
      const g = a[title] as Record<string, string> | undefined;
      if (!g) return;
      for (const y of ys) if (isRating(g[row(y)]) && from(y).getTime() > s.at.getTime() && from(y).getTime() < today.getTime()) days.add(from(y).getTime());
    };
    grid(Q.individualRatings, ratingSchoolYears(config.period), schoolYearRow, (y) => schoolYearRatedFrom(config, y));
    for (const t of [Q.partyRatings, Q.unionRatings, Q.youthRatings]) grid(t, years, yearRow, orgYearRatedFrom);
    return [...days].sort((x, y) => x - y);
  }
  // Rating edits: after each day a year the response rates starts to count, the school edits it (half the time; three
  // times in four after the last such day before the season ends), within a month, to write the year's result.
  for (let k = 0; k < nOriginal; k++) {
    const s = submissions[k];
    // Not the careless ones (nor those giving a later recognition year): their responses stay as sent, for the tool to tell.
    if (s.editOf !== undefined || careless.has(k) || futureInitiative.has(k)) continue;
    const days = pendingRatingDays(s, s.answers);
    let last = s.at.getTime();
    days.forEach((d, j) => {
      if (!rndE.chance(j === days.length - 1 ? 0.75 : 0.5)) return;
      const at = Math.max(last + 3600000, d + (1 + rndE.int(25)) * 86400000 + (8 + rndE.int(9)) * 3600000);
      if (at >= today.getTime() - 3600000) return;
      // The response as it stands then (an earlier edit of it included).
      let latest = s;
      for (const e of submissions) if (e.editOf === k && e.at.getTime() < at && e.at.getTime() >= latest.at.getTime()) latest = e;
      submissions.push({ at: new Date(at), email: s.email, answers: clone(latest.answers), editOf: k });
      mark(submissions.length - 1, `sửa phiếu ${k} ghi xếp loại`);
      last = at;
    });
  }
  // Each response as sent: the ratings of the years that count by its time, the recognitions up to its year.
  submissions.forEach((s, k) => {
    const original = s.editOf ?? k;
    if (!careless.has(k)) keepCountedRatings(s.answers, s.at, config, schoolYearCountsAt, orgYearCountsAt);
    if (!futureInitiative.has(original) || s.editOf !== undefined) capInitiativeYears(s.answers, config.initiativeSlots, s.at.getFullYear());
  });

  // Keep time order; remap editOf indexes accordingly.
  const order = submissions.map((s, i) => ({ s, i })).sort((a, b) => a.s.at.getTime() - b.s.at.getTime() || a.i - b.i);
  const newIndex = new Map<number, number>();
  order.forEach((o, j) => newIndex.set(o.i, j));
  const sorted = order.map((o) => (o.s.editOf !== undefined ? { ...o.s, editOf: newIndex.get(o.s.editOf)! } : o.s));
  for (const s of sorted) if (s.editOf !== undefined && sorted[s.editOf].at.getTime() > s.at.getTime()) s.at = new Date(sorted[s.editOf].at.getTime() + 60000);
  const sortedDefects: Record<number, string[]> = {};
  for (const [k, v] of Object.entries(defects)) sortedDefects[newIndex.get(+k)!] = v;

  // ---- progress reports
  const reports: SampleOffice['reports'] = [];
  const periods = reportingPeriods(config.period);
  schools.forEach((school, i) => {
    for (const p of periods) {
      if (p.deadline.getTime() > today.getTime()) continue;
      if (silent(i) && p.kind !== 'plan') continue;
      if (rnd.chance(0.1)) continue; // a missing report
      // Sent in office hours (07:30–16:30), the second derived, not drawn, so the sample's random sequence is unchanged.
      const second = (7 * 60 + 30) * 60 + ((i * 5807 + periods.indexOf(p) * 2459) % (9 * 3600));
      // Never after the sample's own day (a deadline that is today: review diff34 #7).
      const at = new Date(Math.min(p.deadline.getTime() - rnd.int(10) * 86400000 + second * 1000, today.getTime()));
      reports.push({
        at,
        email: school.emails[0],
        answers: {
          [R.school]: school.name,
          [R.period]: p.label,
          [R.docRef]: rnd.chance(0.05) ? 'chưa có' : `${10 + rnd.int(80)}/${p.kind === 'plan' ? 'KH' : 'BC'}-${school.code} ngày ${at.getDate()}/${at.getMonth() + 1}/${at.getFullYear()}`, // a required question: a careless school types "chưa có", which counts as no evidence
          [R.summary]: `Đơn vị đã triển khai kế hoạch, theo dõi và bồi dưỡng các điển hình đã đăng ký (${p.label.toLowerCase()}).`,
          [R.link]: rnd.chance(0.7) ? `https://drive.example/${school.code}/${p.id}` : '',
        },
      });
    }
  });
  reports.sort((a, b) => a.at.getTime() - b.at.getTime());

  return { config, directoryRows: directoryToRows(schools), submissions: sorted, reports, defects: sortedDefects };
}

// ---- answer builders ----------------------------------------------------------------------------

type Rnd = ReturnType<typeof prng>;

function personName(rnd: Rnd, female: boolean): string {
  return `${rnd.pick(FAMILY)} ${rnd.pick(female ? MIDDLE_F : MIDDLE_M)} ${rnd.pick(female ? GIVEN_F : GIVEN_M)}`;
}

function ratingGrid(rnd: Rnd, years: number[], ended: (y: number) => boolean, pExcellent: number, row: (y: number) => string = yearRow): Record<string, string> {
  const g: Record<string, string> = {};
  for (const y of years) g[row(y)] = ended(y) ? (rnd.chance(pExcellent) ? RATING_CHOICES.excellent : RATING_CHOICES.good) : RATING_CHOICES.none;
  return g;
}

function commonAnswers(rnd: Rnd, school: string, cfg: OfficeConfig, recognisedFirst: boolean): FormAnswers {
  const years = periodYears(cfg.period);
  const model = rnd.pick([MODEL_CHOICES.happySchool, MODEL_CHOICES.happySchool, MODEL_CHOICES.happyClass, MODEL_CHOICES.granary, MODEL_CHOICES.other]);
  const a: FormAnswers = {
    [Q.school]: school,
    [Q.submitter]: `${personName(rnd, rnd.chance(0.7))}, thư ký hội đồng thi đua`,
    [Q.phone]: `09${String(10000000 + rnd.int(89999999))}`,
    [Q.modelName]: rnd.pick(MODELS),
    [Q.field]: rnd.pick([FIELD_CHOICES.education, FIELD_CHOICES.education, FIELD_CHOICES.hcm, FIELD_CHOICES.both]),
    [Q.modelType]: model,
    [Q.happySchoolType]: model === MODEL_CHOICES.happySchool ? rnd.pick([HAPPY_SCHOOL_CHOICES.farm, HAPPY_SCHOOL_CHOICES.tourism, HAPPY_SCHOOL_CHOICES.greenLibrary]) : '',
    [Q.movements]: {
      [MOVEMENTS.dayTot]: MOVEMENT_COLUMNS.yes,
      [MOVEMENTS.doiMoi]: rnd.chance(0.97) ? MOVEMENT_COLUMNS.yes : MOVEMENT_COLUMNS.no,
      [MOVEMENTS.hanhPhuc]: MOVEMENT_COLUMNS.yes,
      [MOVEMENTS.vanMinh]: MOVEMENT_COLUMNS.yes,
    },
    // The report's narrative (a required part of the Báo cáo thành tích): every sample registration gives one.
    [Q.summary]: rnd.chance(0.5)
      ? `Tích cực đổi mới phương pháp, lan tỏa cách làm hay trong đơn vị. Danh hiệu đã đạt: ${rnd.pick(ACHIEVEMENTS)}.`
      : 'Chủ động xây dựng kế hoạch thực hiện mô hình, tổ chức cho cán bộ, giáo viên và học sinh cùng tham gia; định kỳ đánh giá, rút kinh nghiệm và chia sẻ cách làm với các đơn vị trong cụm thi đua.',
  };
  // Initiatives and solutions (the plan asks an individual for several): mostly two or three, some recognised.
  const slots = Math.min(3, cfg.initiativeSlots);
  const n = Math.min(slots, rnd.chance(0.1) ? 1 : 2 + rnd.int(2));
  // Different initiatives (a person lists each once): a subject already drawn gives way to the next one, with the
  // same draws as before, so the sample's random sequence is unchanged.
  const used = new Set<number>();
  for (let k = 1; k <= n; k++) {
    const t = initiativeTitles(k);
    let i = rnd.int(INITIATIVE_SUBJECTS.length);
    while (used.has(i)) i = (i + 1) % INITIATIVE_SUBJECTS.length;
    used.add(i);
    a[t.name] = `Giải pháp ${INITIATIVE_SUBJECTS[i]}`;
    if ((k === 1 && recognisedFirst) || rnd.chance(0.6)) {
      a[t.level] = INITIATIVE_LEVELS[rnd.chance(0.15) ? 1 : rnd.chance(0.03) ? 2 : 0];
      const number = 10 + rnd.int(400);
      const issuer = rnd.pick(ISSUERS[a[t.level] as string] ?? ['QĐ']);
      const year = rnd.pick(years.filter((y) => y <= cfg.today.getFullYear()));
      // From July 2025 there is no district level (Phòng GD&ĐT): the commune's People's Committee decides instead.
      a[t.decision] = `${number}/${issuer === 'QĐ-PGDĐT' && year >= 2025 ? 'QĐ-UBND' : issuer}`;
      a[t.year] = String(year);
    }
  }
  return a;
}

/** The awards the sample's schools declare (printed in the Báo cáo thành tích as written). */
const SAMPLE_AWARDS = {
  collective: ['Giấy khen của Chủ tịch UBND huyện', 'Tập thể lao động tiên tiến', 'Giấy khen của Trưởng phòng GD&ĐT'],
  individual: ['Giấy khen của Chủ tịch UBND huyện', 'Chiến sĩ thi đua cơ sở', 'Lao động tiên tiến'],
};

function selfDeclared(rnd: Rnd, catalogue: readonly Criterion[], appliesTo: string[]): FormAnswers {
  const a: FormAnswers = {};
  for (const c of catalogue) {
    if (c.evaluator !== 'selfDeclared' || appliesTo.indexOf(c.appliesTo) < 0) continue;
    a[c.question!] = YES;
    // The awards the report prints name the award first, as the form's help asks (emails.ts awardsUnnamed); the award is
    // derived from the number drawn, not drawn, so the sample's random sequence is unchanged.
    if (c.evidence) {
      const n = 1 + rnd.int(300);
      const awards = SAMPLE_AWARDS[c.appliesTo === 'individual' ? 'individual' : 'collective'];
      const decision = `${n}/QĐ ngày ${1 + rnd.int(28)}/${1 + rnd.int(12)}/${2021 + rnd.int(3)}`;
      a[c.evidence] = SELF_DECLARED[c.id]?.printed ? `${awards[n % awards.length]}, Quyết định số ${decision}` : `Số ${decision}`;
    }
  }
  return a;
}

/** The conditions grid a catalogue asks under `grid`, answered "Không có" (rarely "Có"). */
function conditionAnswers(rnd: Rnd, catalogue: readonly Criterion[], grid: string): Record<string, string> {
  const g: Record<string, string> = {};
  for (const c of catalogue) if (c.evaluator === 'conditionAbsent' && c.fields[0] === grid && c.row) g[c.row] = rnd.chance(0.98) ? CONDITION_COLUMNS.none : CONDITION_COLUMNS.some;
  return g;
}

function collectiveAnswers(rnd: Rnd, school: string, cfg: OfficeConfig, catalogue: readonly Criterion[], ended: (y: number) => boolean): FormAnswers {
  const years = periodYears(cfg.period);
  const hasYouth = rnd.chance(0.4);
  const whole = rnd.chance(0.6);
  const a: FormAnswers = {
    ...commonAnswers(rnd, school, cfg, true),
    [Q.kind]: KIND_CHOICES.collective,
    [Q.collectiveKind]: whole ? COLLECTIVE_KIND_CHOICES.whole : COLLECTIVE_KIND_CHOICES.part,
    [Q.collectiveName]: whole ? school : `${rnd.pick(unitsOf(school))} - ${school}`,
    ...selfDeclared(rnd, catalogue, ['collective']),
    [Q.conditions]: conditionAnswers(rnd, catalogue, Q.conditions),
    // What the award report asks besides (issue 15); derived, not drawn, so the sample's random sequence is unchanged.
    [REPORT_QUESTIONS.functions]: whole
      ? `Tổ chức hoạt động giáo dục, chăm sóc học sinh theo kế hoạch năm học của ${school}; quản lý cán bộ, giáo viên, cơ sở vật chất được giao.`
      : `Thực hiện nhiệm vụ của bộ phận theo kế hoạch năm học của ${school}; sinh hoạt, bồi dưỡng chuyên môn, nghiệp vụ cho các thành viên.`,
  };
  // Only the whole unit sees the unit's page (Party and union ratings, pupils, safety, Chỉ thị 05).
  if (!whole) return a;
  return {
    ...a,
    ...selfDeclared(rnd, catalogue, ['collective.whole']),
    [Q.partyRatings]: ratingGrid(rnd, years, ended, 0.4),
    [Q.unionRatings]: ratingGrid(rnd, years, ended, 0.3),
    [Q.youthRatings]: hasYouth ? ratingGrid(rnd, years, ended, 0.2) : Object.fromEntries(years.map((y) => [yearRow(y), ORG_ABSENT])),
    [Q.unitConditions]: conditionAnswers(rnd, catalogue, Q.unitConditions),
  };
}

// Invented places (hometown, residence) for the award report's personal details.
const PLACES = ['phường Đồi Thông, tỉnh Hà Sơn', 'xã Suối Ngọc, tỉnh Hà Sơn', 'xã Bản Mây, tỉnh Hà Sơn', 'phường Bến Đá, tỉnh Hà Sơn', 'xã Khe Lim, tỉnh Hà Sơn'];
const QUALIFICATIONS: Record<string, string> = {
  [ROLE_CHOICES.manager]: 'Thạc sĩ Quản lý giáo dục',
  [ROLE_CHOICES.teacher]: 'Đại học Sư phạm',
  [ROLE_CHOICES.staff]: 'Cao đẳng Kế toán',
  [ROLE_CHOICES.worker]: 'Trung cấp Nấu ăn',
};

/** A position as a decision prints it, from the category and whether the person heads the school. */
function positionOf(role: string, head: boolean, birth: number): string {
  if (role === ROLE_CHOICES.manager) return head ? 'Hiệu trưởng' : 'Phó Hiệu trưởng';
  if (role === ROLE_CHOICES.teacher) return birth % 4 === 0 ? 'Tổ trưởng chuyên môn' : 'Giáo viên';
  if (role === ROLE_CHOICES.staff) return birth % 2 === 0 ? 'Kế toán' : 'Văn thư';
  return 'Nhân viên nấu ăn';
}

function individualAnswers(rnd: Rnd, school: string, cfg: OfficeConfig, catalogue: readonly Criterion[], schoolYearEnded: (y: number) => boolean): FormAnswers {
  const schoolYears = ratingSchoolYears(cfg.period);
  const female = rnd.chance(0.75);
  const role = rnd.pick([ROLE_CHOICES.manager, ROLE_CHOICES.teacher, ROLE_CHOICES.teacher, ROLE_CHOICES.teacher, ROLE_CHOICES.staff, ROLE_CHOICES.worker]);
  const ratings = ratingGrid(rnd, schoolYears, schoolYearEnded, 0.45, schoolYearRow);
  // About one in ten joined during the period: not working yet, then newly recruited (not rated), then rated.
  if (schoolYears.length > 2 && rnd.chance(0.1)) {
    const hired = 1 + rnd.int(schoolYears.length - 2);
    for (let k = 0; k < hired; k++) ratings[schoolYearRow(schoolYears[k])] = WORK_CHOICES.notEmployed;
    ratings[schoolYearRow(schoolYears[hired])] = WORK_CHOICES.newHire;
  }
  const a: FormAnswers = {
    ...commonAnswers(rnd, school, cfg, false),
    [Q.kind]: KIND_CHOICES.individual,
    [Q.individualName]: personName(rnd, female),
    [Q.birthYear]: String(1965 + rnd.int(35)),
    [Q.role]: role,
    [Q.partyMember]: rnd.chance(role === ROLE_CHOICES.manager ? 0.9 : 0.35) ? YES : NO,
    [Q.head]: role === ROLE_CHOICES.manager && rnd.chance(0.4) ? YES : NO,
    [Q.individualRatings]: ratings,
    ...selfDeclared(rnd, catalogue, ['individual', 'individual.manager', 'individual.staff']),
  };
  // What the award report asks besides (issue 15); derived, not drawn, so the sample's random sequence is unchanged.
  const birth = Number(a[Q.birthYear]);
  Object.assign(a, {
    [REPORT_QUESTIONS.gender]: female ? GENDER_CHOICES[1] : GENDER_CHOICES[0],
    [REPORT_QUESTIONS.hometown]: PLACES[birth % PLACES.length],
    [REPORT_QUESTIONS.residence]: PLACES[(birth + 2) % PLACES.length],
    [REPORT_QUESTIONS.qualification]: QUALIFICATIONS[role],
    [REPORT_QUESTIONS.duties]: role === ROLE_CHOICES.teacher ? 'Giảng dạy, chủ nhiệm lớp; tham gia tổ chuyên môn.' : `${role} tại ${school}.`,
    // One in seven leaves it blank: the documents then print the category of "Vị trí việc làm".
    [REPORT_QUESTIONS.position]: birth % 7 === 0 ? '' : positionOf(role, a[Q.head] === YES, birth),
  });
  if (a[Q.modelType] === MODEL_CHOICES.happySchool && rnd.chance(0.5)) {
    a[Q.modelType] = rnd.pick([MODEL_CHOICES.happyClass, MODEL_CHOICES.none]);
    a[Q.happySchoolType] = '';
  }
  return a;
}

// ---- defects ------------------------------------------------------------------------------------

function clone(a: FormAnswers): FormAnswers {
  const out: FormAnswers = {};
  for (const [k, v] of Object.entries(a)) out[k] = Array.isArray(v) ? [...v] : typeof v === 'object' ? { ...v } : v;
  return out;
}

function evidenceTitles(a: FormAnswers, catalogue: readonly Criterion[]): string[] {
  return catalogue.filter((c) => c.evidence && a[c.question!] === YES).map((c) => c.evidence!);
}

function dropEvidence(a: FormAnswers, catalogue: readonly Criterion[]): boolean {
  const ev = evidenceTitles(a, catalogue);
  if (!ev.length) return false;
  a[ev[0]] = '';
  return true;
}

function restoreEvidence(a: FormAnswers, catalogue: readonly Criterion[]): void {
  const printed = new Set(printedAwardQuestions());
  for (const t of evidenceTitles(a, catalogue)) {
    if (a[t] === '' || a[t] === '-') a[t] = `${printed.has(t) ? 'Giấy khen của Trưởng phòng GD&ĐT, ' : ''}Quyết định số 25/QĐ-PGDĐT ngày 12/5/2023`;
  }
}

function lowerRating(a: FormAnswers, endedYears: number[], endedSchoolYears: number[]): boolean {
  const individual = a[Q.kind] === KIND_CHOICES.individual;
  const title = individual ? Q.individualRatings : Q.unionRatings;
  const ys = individual ? endedSchoolYears : endedYears;
  if (!ys.length || !a[title]) return false;
  const grid = { ...(a[title] as Record<string, string>) };
  const row = individual ? schoolYearRow(ys[ys.length - 1]) : yearRow(ys[ys.length - 1]);
  if (grid[row] === WORK_CHOICES.notEmployed || grid[row] === WORK_CHOICES.newHire) return false;
  grid[row] = RATING_CHOICES.done;
  a[title] = grid;
  return true;
}

const RATINGS: ReadonlySet<string> = new Set([RATING_CHOICES.excellent, RATING_CHOICES.good, RATING_CHOICES.done, RATING_CHOICES.failed]);
const isRating = (v: string | undefined) => v !== undefined && RATINGS.has(v);

/** A response's ratings of the years that do not count by its time `at` read "Chưa đánh giá". */
function keepCountedRatings(
  a: FormAnswers,
  at: Date,
  cfg: OfficeConfig,
  schoolYearCountsAt: (y: number, at: Date) => boolean,
  orgYearCountsAt: (y: number, at: Date) => boolean,
): void {
  const blank = (title: string, ys: number[], row: (y: number) => string, counts: (y: number) => boolean) => {
    const g = a[title] as Record<string, string> | undefined;
    if (!g || typeof g !== 'object') return;
    let copy: Record<string, string> | null = null;
    for (const y of ys) if (isRating(g[row(y)]) && !counts(y)) (copy ??= { ...g })[row(y)] = RATING_CHOICES.none;
    if (copy) a[title] = copy;
  };
  blank(Q.individualRatings, ratingSchoolYears(cfg.period), schoolYearRow, (y) => schoolYearCountsAt(y, at));
  for (const t of [Q.partyRatings, Q.unionRatings, Q.youthRatings]) blank(t, periodYears(cfg.period), yearRow, (y) => orgYearCountsAt(y, at));
}

/** Recognition years after `year` (the year a response is sent) brought back to it. */
function capInitiativeYears(a: FormAnswers, slots: number, year: number): void {
  for (let k = 1; k <= slots; k++) {
    const t = initiativeTitles(k);
    const v = a[t.year];
    if (typeof v === 'string' && /^\d{4}$/.test(v) && Number(v) > year) a[t.year] = String(year);
  }
}

/** The first recognised initiative's year set to `year` (later than the response): false when none is recognised. */
function setInitiativeYearAfter(a: FormAnswers, slots: number, year: number): boolean {
  for (let k = 1; k <= slots; k++) {
    const t = initiativeTitles(k);
    if (typeof a[t.year] === 'string' && a[t.year] !== '') {
      a[t.year] = String(year);
      return true;
    }
  }
  return false;
}

function mapText(a: FormAnswers, titles: string[], f: (s: string) => string): boolean {
  let changed = false;
  for (const t of titles) {
    const v = a[t];
    if (typeof v === 'string' && v !== '') {
      a[t] = f(v);
      changed = true;
    }
  }
  return changed;
}

const padSpaces = (a: FormAnswers) => mapText(a, [Q.individualName, Q.collectiveName, Q.modelName], (s) => `  ${s.replace(/ /g, '  ')}\u00A0`);
const toNfd = (a: FormAnswers) => mapText(a, [Q.individualName, Q.collectiveName, Q.modelName, Q.submitter], (s) => s.normalize('NFD'));
const applyOldTones = (a: FormAnswers) => mapText(a, [Q.individualName, Q.collectiveName, Q.submitter], oldTones) || true;

function clearInitiatives(a: FormAnswers, slots: number): boolean {
  for (let k = 1; k <= slots; k++) {
    const t = initiativeTitles(k);
    a[t.name] = '';
    a[t.level] = '';
    a[t.decision] = '';
    a[t.year] = '';
  }
  return true;
}

function answerNo(a: FormAnswers, catalogue: readonly Criterion[]): boolean {
  const c = catalogue.find((x) => x.evaluator === 'selfDeclared' && a[x.question!] === YES);
  if (!c) return false;
  a[c.question!] = NO;
  if (c.evidence) a[c.evidence] = '';
  return true;
}
