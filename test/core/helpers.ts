// Test helpers: a small directory, complete valid answers, and the conversion Forms does from answers to a
// response-sheet row (timestamp, e-mail, one column per question, one per grid row, checkbox joined by ", ").
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
  ORG_ABSENT,
  Q,
  RATING_CHOICES,
  ROLE_CHOICES,
  SELF_DECLARED,
  YES,
  NO,
  buildRegistrationForm,
  initiativeTitles,
  ratingSchoolYears,
  schoolYearRow,
  yearRow,
} from '../../src/core/registration-form';
import { OfficeConfig, configFromRows, configToRows, orgYearRatedFrom, periodYears, schoolYearRatedFrom } from '../../src/core/config';
import { planConfig } from '../../sample/profiles';
import { OFFICE_LEVEL, configLabel } from '../../src/core/messages';
import { Directory, directoryToRows, parseDirectory } from '../../src/core/directory';
import { CATALOGUE, Criterion, catalogueFor } from '../../src/core/criteria';
import { Registration, parseResponses, registrationId } from '../../src/core/registration';
import { formatDateTime } from '../../src/core/text';
import { schoolWho } from '../../src/core/reminders';
import { COUNCIL_FIELDS, COUNCIL_MEMBERS_HEADER, COUNCIL_PRESENT, COUNCIL_VOTES_HEADER } from '../../src/core/messages/proposals';
import { evaluateRegistration } from '../../src/core/validate';
import { evaluateAll } from '../../src/core/evaluate';
import type { ReviewTab } from '../../src/core/review';
import { gridFor } from '../../src/core/table';
import { makeSampleOffice } from '../../sample/office';
import { buildReportForm, responseHeaders } from '../../src/core/registration-form';

export const SCHOOLS = [
  { code: 'MN01', name: 'Trường Mầm non Hoa Sen', level: 'Mầm non', ward: 'Phường Đồng Tâm', cluster: 'Cụm 1', principal: 'Lê Thị Mai', emails: ['mnhoasen@example.edu.vn'] },
  { code: 'TH01', name: 'Trường Tiểu học Hòa Bình', level: 'Tiểu học', ward: 'Phường Nam Cường', cluster: 'Cụm 2', principal: 'Trần Văn An', emails: ['thhoabinh@example.edu.vn', 'hieutruong.thhb@example.edu.vn'] },
  { code: 'CS01', name: 'Trường THCS Quang Minh', level: 'THCS', ward: 'Phường Minh Tân', cluster: 'Cụm 3', principal: 'Phạm Thị Thu', emails: ['thcsquangminh@example.edu.vn'] },
];

/**
 * The office itself, as an office lists it in "Đơn vị" for its own staff to register (role "Công chức, viên chức của cơ
 * quan quản lý giáo dục"), with the "Cấp học" that marks it (OFFICE_LEVEL): that role at a school is a wrong answer
 * (review criteria F1), and no school duty is asked of the office (F3).
 */
export const OFFICE_UNIT = { code: 'PGD', name: 'Phòng Giáo dục và Đào tạo thành phố Yên Bái', level: OFFICE_LEVEL, ward: '', cluster: '', principal: 'Trần Văn Minh', emails: ['pgd@example.edu.vn'] };

export const directoryRows = () => directoryToRows(SCHOOLS);

/**
 * A reminder's outbox key with the school written as its code, as the versions before keyed it (w69r: the key names the
 * school by its name, schoolWho), for tests that read keys by code. A key of no school of `schools` is returned as it is.
 */
export function codedKey(key: string, schools: readonly { code: string; name: string }[] = [...SCHOOLS, OFFICE_UNIT]): string {
  const m = /^NH:(@[0-9a-z]+):/.exec(key);
  const s = m ? schools.find((x) => schoolWho(x.name) === m[1]) : undefined;
  return s ? `NH:${s.code}:${key.slice(m![0].length)}` : key;
}
/** The directory with the office listed (OFFICE_UNIT), for its staff's registrations. */
export const directoryRowsWithOffice = () => directoryToRows([...SCHOOLS, OFFICE_UNIT]);
export const directory = (): Directory => parseDirectory(directoryRowsWithOffice());

/** 1 July 2024: 2021–2023 have ended, the interim review (11/6/2023) has passed. */
export const TODAY = new Date(2024, 6, 1);
/** The plan's own office (Phòng GD&ĐT thành phố Yên Bái, 2021–2025): the case every core test is written against. */
export const config = (today: Date = TODAY): OfficeConfig => planConfig(today);
export const form = (cfg: OfficeConfig = config(), catalogue: readonly Criterion[] = CATALOGUE) =>
  buildRegistrationForm(cfg, SCHOOLS.map((s) => s.name), catalogue);

function yearGrid(cfg: OfficeConfig, f: (y: number) => string): Record<string, string> {
  const g: Record<string, string> = {};
  for (let y = cfg.period.startYear; y <= cfg.period.endYear; y++) g[yearRow(y)] = f(y);
  return g;
}

/** Individual ratings: one row per school year of the period. */
export function schoolYearGrid(cfg: OfficeConfig, f: (y: number) => string): Record<string, string> {
  const g: Record<string, string> = {};
  for (const y of ratingSchoolYears(cfg.period)) g[schoolYearRow(y)] = f(y);
  return g;
}

/** Whether a school year's ratings are due at cfg.today (from 1 July of its end). */
export const schoolYearEnded = (cfg: OfficeConfig, y: number) => cfg.today.getTime() >= new Date(y + 1, 6, 1).getTime();

/** The rows of a conditions grid of the catalogue, all answered "Không có". */
function noConditions(grid: string, catalogue: readonly Criterion[] = CATALOGUE): Record<string, string> {
  const g: Record<string, string> = {};
  for (const c of catalogue) if (c.evaluator === 'conditionAbsent' && c.fields[0] === grid && c.row) g[c.row] = CONDITION_COLUMNS.none;
  return g;
}

function common(cfg: OfficeConfig): FormAnswers {
  const t = initiativeTitles(1);
  const t2 = initiativeTitles(2);
  return {
    [Q.school]: SCHOOLS[0].name,
    [Q.submitter]: 'Lê Thị Mai, hiệu trưởng',
    [Q.phone]: '0912345678',
    [Q.modelName]: 'Trường học nông trại xanh',
    [Q.field]: FIELD_CHOICES.education,
    [Q.modelType]: MODEL_CHOICES.happySchool,
    [Q.happySchoolType]: HAPPY_SCHOOL_CHOICES.farm,
    [Q.movements]: { [MOVEMENTS.dayTot]: MOVEMENT_COLUMNS.yes, [MOVEMENTS.doiMoi]: MOVEMENT_COLUMNS.yes, [MOVEMENTS.hanhPhuc]: MOVEMENT_COLUMNS.yes, [MOVEMENTS.vanMinh]: MOVEMENT_COLUMNS.yes },
    [t.name]: 'Vườn rau sạch của bé',
    [t.level]: INITIATIVE_LEVELS[1],
    [t.decision]: '125/QĐ-UBND',
    // Recognised in the period's second year, or this year if that is still to come (a decision of a later year
    // than the response is not counted: registration.ts).
    [t.year]: String(Math.min(cfg.period.startYear + 1, cfg.today.getFullYear())),
    // A second solution, not (yet) recognised: the plan asks an individual for several.
    [t2.name]: 'Góc đọc sách cùng con',
    // Required on the form since issue 15 (the award report's narrative).
    // Two sentences (SUMMARY_MIN_WORDS): a summary the report can print, so that no test but those about it is told of it.
    [Q.summary]: 'Xây dựng kế hoạch thực hiện mô hình, lan tỏa cách làm hay trong đơn vị. Tổ chức cho giáo viên và học sinh cùng tham gia, định kỳ rút kinh nghiệm.',
  };
}

function selfDeclared(kind: Criterion['appliesTo'][], catalogue: readonly Criterion[] = CATALOGUE): FormAnswers {
  const a: FormAnswers = {};
  for (const c of catalogue) {
    if (c.evaluator !== 'selfDeclared' || kind.indexOf(c.appliesTo) < 0) continue;
    if (a[c.question!] !== undefined) continue;
    a[c.question!] = YES;
    // The awards the report prints name the award first, as the form's help asks (emails.ts awardsUnnamed).
    if (c.evidence) a[c.evidence] = `${SELF_DECLARED[c.id]?.printed ? 'Giấy khen của Trưởng phòng GD&ĐT, ' : ''}Quyết định số 12/QĐ-PGDĐT ngày 15/5/2023 (${c.id})`;
  }
  return a;
}

/** Complete answers of a collective that meets every criterion at TODAY. */
export function collectiveAnswers(cfg: OfficeConfig = config()): FormAnswers {
  const ended = (y: number) => y < cfg.today.getFullYear();
  return {
    ...common(cfg),
    [Q.kind]: KIND_CHOICES.collective,
    [Q.collectiveKind]: COLLECTIVE_KIND_CHOICES.whole,
    [Q.collectiveName]: 'Trường Mầm non Hoa Sen',
    ...selfDeclared(['collective', 'collective.whole'], catalogueFor(cfg)),
    [Q.partyRatings]: yearGrid(cfg, (y) => (ended(y) ? (y === cfg.period.startYear ? RATING_CHOICES.excellent : RATING_CHOICES.good) : RATING_CHOICES.none)),
    [Q.unionRatings]: yearGrid(cfg, (y) => (ended(y) ? RATING_CHOICES.good : RATING_CHOICES.none)),
    [Q.youthRatings]: yearGrid(cfg, () => ORG_ABSENT),
    [Q.conditions]: noConditions(Q.conditions, catalogueFor(cfg)),
    [Q.unitConditions]: noConditions(Q.unitConditions, catalogueFor(cfg)),
  };
}

/** Complete answers of a sub-unit (a tổ chuyên môn): it does not see the unit's page. */
export function subUnitAnswers(cfg: OfficeConfig = config()): FormAnswers {
  const a = collectiveAnswers(cfg);
  for (const c of CATALOGUE) if (c.appliesTo === 'collective.whole' && c.question) delete a[c.question];
  for (const c of CATALOGUE) if (c.appliesTo === 'collective.whole' && c.evidence) delete a[c.evidence];
  delete a[Q.partyRatings];
  delete a[Q.unionRatings];
  delete a[Q.youthRatings];
  delete a[Q.unitConditions];
  return { ...a, [Q.collectiveKind]: COLLECTIVE_KIND_CHOICES.part, [Q.collectiveName]: 'Tổ chuyên môn khối Mẫu giáo lớn' };
}

export type RoleCase = 'manager' | 'teacher' | 'teacherPartyMember' | 'head' | 'staff' | 'worker' | 'official';

/** Complete answers of an individual that meets every criterion at TODAY. */
export function individualAnswers(role: RoleCase = 'teacher', cfg: OfficeConfig = config()): FormAnswers {
  const ended = (y: number) => schoolYearEnded(cfg, y);
  const roleChoice =
    role === 'manager'
      ? ROLE_CHOICES.manager
      : role === 'staff'
        ? ROLE_CHOICES.staff
        : role === 'worker'
          ? ROLE_CHOICES.worker
          : role === 'official'
            ? ROLE_CHOICES.official
            : ROLE_CHOICES.teacher;
  return {
    ...common(cfg),
    // The office's staff register under the office (OFFICE_UNIT), not a school.
    ...(role === 'official' ? { [Q.school]: OFFICE_UNIT.name } : {}),
    [Q.kind]: KIND_CHOICES.individual,
    [Q.individualName]: 'Nguyễn Thị Hòa',
    [Q.birthYear]: '1985',
    [Q.role]: roleChoice,
    [Q.partyMember]: role === 'teacherPartyMember' ? YES : NO,
    [Q.head]: role === 'head' ? YES : NO,
    [Q.modelType]: MODEL_CHOICES.happyClass,
    [Q.happySchoolType]: '',
    [Q.individualRatings]: schoolYearGrid(cfg, (y) => (ended(y) ? (y === cfg.period.startYear ? RATING_CHOICES.excellent : RATING_CHOICES.good) : RATING_CHOICES.none)),
    ...selfDeclared(['individual', 'individual.manager', 'individual.staff'], catalogueFor(cfg)),
  };
}

/** A manager rated "tốt" every school year: "Đạt" until the interim review judges CN-10 (an "xuất sắc" year). */
export function managerRatedGood(cfg: OfficeConfig = config()): FormAnswers {
  const a = individualAnswers('manager', cfg);
  const ratings = { ...(a[Q.individualRatings] as Record<string, string>) };
  for (const k of Object.keys(ratings)) if (ratings[k] === RATING_CHOICES.excellent) ratings[k] = RATING_CHOICES.good;
  for (const y of [2021, 2022]) ratings[schoolYearRow(y)] = RATING_CHOICES.good;
  a[Q.individualRatings] = ratings;
  return a;
}

export { answersToRow, headerRow } from '../../sample/response-tabs';
import { answersToRow, headerRow, responseTabs } from '../../sample/response-tabs';

/**
 * The last day on or before cfg.today from which a year's ratings count (a school year's from 1 June of its end, a
 * calendar year's Party and union ratings from 1 December of it); null when none counts yet.
 */
export function lastRatingDay(cfg: OfficeConfig): Date | null {
  let last: Date | null = null;
  const days = [...ratingSchoolYears(cfg.period).map((y) => schoolYearRatedFrom(cfg, y)), ...periodYears(cfg.period).map(orgYearRatedFrom)];
  for (const d of days) if (d.getTime() <= cfg.today.getTime() && (last === null || d.getTime() > last.getTime())) last = d;
  return last;
}

/**
 * Parse a list of answer sets as one response tab. Each is first sent on 2 January 2023 (+ its index in days), within
 * the registration window, and, when a year's ratings have started to count since, last edited on the last such day
 * (+ its index in minutes): a rating counts only when written on or after its year counts from (registration.ts), so
 * answers that rate every year ended by cfg.today are those of a response the school edited once the results were out.
 */
export function parseAnswers(list: FormAnswers[], cfg: OfficeConfig = config(), catalogue: readonly Criterion[] = CATALOGUE, email = SCHOOLS[0].emails[0]) {
  const f = form(cfg, catalogue);
  const last = lastRatingDay(cfg);
  const firstSent = new Map<string, number>();
  const values = [
    headerRow(f),
    ...list.map((a, i) => {
      const first = new Date(2023, 0, 2 + i, 8, 0, 0);
      const edited = last === null ? null : new Date(last.getFullYear(), last.getMonth(), last.getDate(), 8, i, 0);
      const at = edited !== null && edited.getTime() > first.getTime() ? edited : first;
      firstSent.set(registrationId(i + 2), first.getTime());
      return answersToRow(f, a, at, email);
    }),
  ];
  return parseResponses(values, { form: f, directory: directory(), config: cfg, tab: 'Câu trả lời biểu mẫu 1' }, undefined, firstSent);
}

export function parseOne(a: FormAnswers, cfg: OfficeConfig = config(), catalogue: readonly Criterion[] = CATALOGUE): Registration {
  const p = parseAnswers([a], cfg, catalogue);
  if (p.errors.length) throw new Error(p.errors.join('\n'));
  return p.registrations[0];
}

export function evaluate(a: FormAnswers, cfg: OfficeConfig = config(), catalogue: readonly Criterion[] = CATALOGUE) {
  const r = parseOne(a, cfg, catalogue);
  return { registration: r, ...evaluateRegistration(r, catalogue, cfg) };
}

export const statusOf = (e: ReturnType<typeof evaluate>, id: string) => e.results.find((x) => x.criterionId === id)?.status ?? 'absent';
export { formatDateTime, SELF_DECLARED };

/**
 * An office configured through its "Cấu hình" tab, as an office would: the default rows, the given settings typed
 * over them (by their Vietnamese names), the milestones cleared so they follow the period; read back without error.
 */
export function configByTab(today: Date, settings: Record<string, unknown>): OfficeConfig {
  const rows = configTabRows(today, settings);
  const { config, errors } = configFromRows(rows, today);
  if (errors.length) throw new Error(errors.join('\n'));
  return config;
}

/** The rows of "Cấu hình" configByTab reads: the default rows, `settings` typed over them, the milestones cleared. */
export function configTabRows(today: Date, settings: Record<string, unknown>): unknown[][] {
  const rows = configToRows(planConfig(today)).map((r) => [...r] as unknown[]);
  for (const [key, value] of Object.entries(settings)) rows.find((r) => r[0] === configLabel(key))![1] = value;
  for (const r of rows) if (String(r[0]).startsWith('Mốc:')) r[1] = '';
  return rows;
}

/** The settings of a 2026–2030 office (config2026). */
export const PERIOD_2026 = { 'period.startYear': 2026, 'period.endYear': 2030, 'period.name': '2026-2030' } as const;

/** A 2026–2030 office, by configuration alone. */
export const config2026 = (today: Date, settings: Record<string, unknown> = {}): OfficeConfig =>
  configByTab(today, { ...PERIOD_2026, ...settings });

/**
 * A 2026–2030 office on `today` reminding 14 and 3 days before a deadline, the plan's deadline (30/09/2026) moved to
 * `plan` when given: the office of the tests of reminders and of the notice that a deadline moved past.
 */
export function remindedConfig(today: Date, plan?: Date): OfficeConfig {
  const cfg = config2026(today, { 'mail.reminderDaysBefore': '14; 3' });
  if (!plan) return cfg;
  return { ...cfg, period: { ...cfg.period, milestones: cfg.period.milestones.map((m) => (m.id === 'KE-HOACH' ? { ...m, date: plan } : m)) } };
}

/** `cfg`'s office evaluated with `rows` in "Đơn vị" (default the test schools) and no response yet. */
export const evaluateDirectory = (cfg: OfficeConfig, rows: string[][] = directoryRows()) =>
  evaluateAll({ config: cfg, directoryRows: rows, responseValues: [headerRow(form(cfg))], reportValues: [] });

/** A council's members as typed in the meeting tab: nine by default, the seventh absent ("ốm"). */
export function councilMembers(n = 9, absent: number[] = [6]): unknown[][] {
  return Array.from({ length: n }, (_, i) => [`Nguyễn Văn ${String.fromCharCode(65 + i)}`, 'Ủy viên', absent.includes(i) ? COUNCIL_PRESENT.no : COUNCIL_PRESENT.yes, absent.includes(i) ? 'ốm' : '']);
}

/** The council's meeting tab as typed: `memberRows` (default: councilMembers()), the vote rows' cells C–E by code. */
export function councilTabRows(votes: ReadonlyArray<readonly [unknown, unknown, unknown?, unknown?]>, opts: { threshold?: unknown; memberRows?: unknown[][]; base?: unknown } = {}): unknown[][] {
  return [
    ['Biên bản'],
    [COUNCIL_FIELDS.time, '14 giờ, ngày 04/09/2024'],
    [COUNCIL_FIELDS.place, 'Phòng họp số 1'],
    [COUNCIL_FIELDS.date, new Date(2024, 8, 4)],
    [COUNCIL_FIELDS.chair, 'Trần Văn Minh'],
    [COUNCIL_FIELDS.chairTitle, 'Trưởng phòng'],
    [COUNCIL_FIELDS.secretary, 'Nguyễn Văn I'],
    [COUNCIL_FIELDS.threshold, 'threshold' in opts ? opts.threshold : 50],
    ...('base' in opts ? [[COUNCIL_FIELDS.base, opts.base]] : []),
    [],
    COUNCIL_MEMBERS_HEADER,
    ...(opts.memberRows ?? councilMembers()),
    [],
    COUNCIL_VOTES_HEADER,
    ...votes.map(([id, yes, no, percent]) => [id, '', yes ?? '', no ?? '', percent ?? '']),
  ];
}

/**
 * The office's evaluation over registrations sent at given times (first sent then; never edited) and report-form rows
 * (Dấu thời gian, Địa chỉ email, then the report form's questions): what a rebuild on `cfg.today` sees.
 */
export function evaluateOffice(cfg: OfficeConfig, regs: readonly { answers: Record<string, unknown>; at: Date }[], reportRows: readonly unknown[][]) {
  const f = form(cfg);
  const rf = buildReportForm(cfg, SCHOOLS.map((s) => s.name));
  return evaluateAll({
    config: cfg,
    directoryRows: directoryRows(),
    responseValues: [headerRow(f), ...regs.map((r) => answersToRow(f, r.answers as never, r.at, 'x@example.edu.vn'))],
    firstSent: new Map(regs.map((r, i) => [registrationId(i + 2), r.at.getTime()])),
    reportValues: [['Dấu thời gian', 'Địa chỉ email', ...responseHeaders(rf)], ...reportRows],
  });
}

/** What getValues returns after the writer wrote the tab (strings made literal are read back without the apostrophe). */
export function writeThenRead(tab: ReviewTab): unknown[][] {
  return gridFor(tab.header, tab.rows, { rows: 0, cols: 0 }).map((r) => r.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)));
}

/** Three registrations of a small sample office with no flag of their own (not replaced, unverified, alike, another name). */
export function plainRegistrations() {
  const o = makeSampleOffice({ schools: 4, registrations: 12 });
  const t = responseTabs(o);
  return evaluateAll({ config: o.config, directoryRows: o.directoryRows, responseValues: t.responseValues, reportValues: t.reportValues, firstSent: t.firstSent })
    .registrations.filter((r) => !r.flags.supersededBy && !r.flags.unverified && !r.flags.alike && !r.flags.otherName)
    .slice(0, 3);
}
