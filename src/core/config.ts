// Office configuration: organisation, period with its milestones (plan III.4) and report schedule (IV.2),
// the date the checks use, and the "Cấu hình" tab representation.
import { cleanText, formatDate, isTimeOfDay, isValidDate, makeDate, matchKey, officialText, parseDate, plainKey, timeOfDayText, toText } from './text';
import {
  CONFIG_FIRST_HEADER_OLD,
  CONFIG_HEADERS,
  CONFIG_LABELS,
  configLabel,
  CONFIG_EXPLANATIONS,
  DEFAULT_LEGAL_BASES,
  LEGACY_LEGAL_DEFAULTS,
  configErrorBadDate,
  CONFIG_TWICE_MEANWHILE,
  CONFIG_MAIL_MEANWHILE,
  configErrorClearedDate,
  configErrorClearedReportDeadline,
  CONFIG_DATE_MEANWHILE,
  configErrorBadDayMonth,
  configErrorReportTooEarly,
  configErrorRatedTooEarly,
  configErrorBadDaysList,
  configNoteDaysFromNumber,
  configNoteHourMinutes,
  configErrorFormulaText,
  configErrorBadEmails,
  configErrorBadHour,
  configErrorBadNumber,
  configErrorBadWeekDay,
  configErrorBadYears,
  configErrorDuplicateKey,
  configErrorMissingHeader,
  configErrorHeaderMoved,
  configErrorNoSettings,
  configErrorUnknownKey,
  milestoneLabel,
  reportPeriodLabel,
  schoolPlanLabel,
  periodName,
  REMINDERS_OFF,
  WEEKDAY_LABELS,
  MANDATORY_YES,
  configErrorBadYesNo,
  configErrorBadCriteriaSet,
  configErrorEmpty,
  CONFIG_EMPTY_MEANWHILE,
  configErrorMilestoneOldDefault,
  configErrorMilestoneOutside,
  configErrorMilestoneOrder,
  configErrorEmptyOutOfOrder,
  configTodayFixed,
  configPlanDateBeforePeriod,
  configTodayFixedStale,
} from './messages/validation';
import { EMAIL, splitEmails } from './directory';
import {
  BODY_ABBREVIATIONS,
  DEFAULT_OFFICE_KIND,
  KIND_BY_NAME,
  KIND_BY_WORDS,
  OFFICE_KINDS,
  OFFICE_PROFILES,
  OfficeKind,
  OfficeProfile,
  PROFILE_CONFIG_LABELS,
  configErrorBadKind,
  configErrorDuplicateProfileKey,
  profileExplanations,
} from './messages/profiles';
import { CATALOGUES, namedCatalogue } from './criteria';
import { REPORT_FORM_CHOICES } from './messages/proposals';
import { printedCut, printedValue, type SettingsPrint } from './settings-trail';
import { isSheetsError } from './typed-words';
import { columnLetters } from './columns';

export interface Signer {
  name: string;
  title: string;
}

export interface Organisation {
  /** The kind of office ("Loại cơ quan"): the defaults of the rows below and the words its texts use of it. */
  kind: OfficeKind;
  /** Full name, e.g. "Sở Giáo dục và Đào tạo tỉnh Hà Sơn". */
  name: string;
  shortName: string;
  /** How the office names itself in e-mails, the guide and the schools' views ("Sở", "Ủy ban"): see officeWord. */
  selfName: string;
  /** Administrative level, e.g. "Cấp tỉnh": derived from the kind (no row of its own in "Cấu hình"). */
  level: string;
  /** Whom the Tờ trình is addressed to, e.g. "Ủy ban nhân dân tỉnh Hà Sơn". */
  parentAuthority: string;
  signer: Signer;
  /** Place written before the date of a document ("Hà Sơn, ngày … tháng … năm …"). */
  place: string;
  /** Cơ quan, tổ chức chủ quản: the line above the office's name in a document's header (Nghị định 30); "" = none. */
  governingBody: string;
  /** Whom schools contact (a person, a phone, an address), ending every e-mail to a school and each school's view. */
  contact?: string;
  /** The office's part of a document symbol ("PGDĐT" in "…/TTr-PGDĐT"); "" = derived from the name. */
  symbol: string;
  /** The law cited first in the Tờ trình ("Luật Thi đua, khen thưởng ngày …"); "" = not cited. */
  lawBasis: string;
  /** The decree in force cited next; "" = not cited. */
  decreeBasis: string;
  /**
   * The căn cứ of the signer's competence (the decision on the office's chức năng, nhiệm vụ, quyền hạn; its Quy chế
   * thi đua, khen thưởng), printed first among the Quyết định's căn cứ; "" = a visible line the office completes.
   */
  competenceBasis?: string;
  /** The Quyết định's article on the reward money (amount rule, fund); "" = a visible line the office completes. */
  reward?: string;
  /** The "Kính gửi" line of the Bằng khen UBND tỉnh Tờ trình; "" = the province's chair, through its Sở Nội vụ. */
  provinceAddressee?: string;
  /** The office's own plan of the period: number ("125/KH-PGDĐT"), date (dd/MM/yyyy) and title; "" = not known. */
  planNumber: string;
  planDate: string;
  planTitle: string;
  /** Which form of the Báo cáo thành tích (issue 15): 'theme' (theo đợt thi đua, chuyên đề; default) or 'duty'. */
  reportForm?: 'theme' | 'duty';
}

/** The milestones of plan III.4 every period has. */
export type MilestoneId = 'KE-HOACH' | 'DANG-KY-MO' | 'DANG-KY-DONG' | 'SO-KET' | 'BIEU-DUONG' | 'TONG-KET';
export const MILESTONE_IDS: readonly MilestoneId[] = [
  'KE-HOACH',
  'DANG-KY-MO',
  'DANG-KY-DONG',
  'SO-KET',
  'BIEU-DUONG',
  'TONG-KET',
];

export interface Milestone {
  id: MilestoneId;
  label: string;
  date: Date;
  planSection: string;
}

export interface DayMonth {
  day: number;
  month: number;
}

/** Deadlines of the periodic reports of IV.2, as a day of the reported year. */
export interface ReportSchedule {
  halfYear: DayMonth;
  annual: DayMonth;
}

export interface Period {
  name: string;
  startYear: number;
  endYear: number;
  milestones: Milestone[];
  reports: ReportSchedule;
}

/** Weights of the priority score (office-tunable). */
export interface ScoreWeights {
  excellentYear: number;
  initiativeLevel: number;
  initiative: number;
  priorityCriterion: number;
}

/** Scheduled e-mail (weekly digest to the office, deadline reminders to schools). */
export interface MailSettings {
  /** Office staff who receive the weekly digest (lower-cased); none: no digest. */
  digestRecipients: string[];
  /** Day of the digest, ISO numbering: 1 = Thứ Hai (Monday) … 7 = Chủ nhật (Sunday). */
  digestWeekDay: number;
  /** Hour of the digest, 0–23, Asia/Ho_Chi_Minh. */
  digestHour: number;
  /** Days before each deadline a reminder goes, largest first (e.g. [14, 3]); none: no reminders. */
  reminderDaysBefore: number[];
}

export const DEFAULT_MAIL: MailSettings = { digestRecipients: [], digestWeekDay: 1, digestHour: 7, reminderDaysBefore: [14, 3] };

export interface OfficeConfig {
  organisation: Organisation;
  period: Period;
  /** The date the checks are made at (which years have ended, which deadlines have passed). */
  today: Date;
  /** Above this many schools, per-school tabs are replaced by a filtered view. */
  perSchoolTabThreshold: number;
  scoring: ScoreWeights;
  /** How many initiatives the registration form asks for. */
  initiativeSlots: number;
  mail: MailSettings;
  /** Read-only per-school views (issue 18). */
  schoolViews: SchoolViewSettings;
  /** The criteria catalogue ("2021-2025", "2026-2030"); "" = the one of the period's years (criteria.ts). */
  criteriaSet?: string;
  /**
   * The day, in the calendar year a school year ends, from which that year's personal ratings may be counted
   * (validate.ts, schoolYearRatedFrom); absent = DEFAULT_RATED_FROM (1 June).
   */
  ratedFrom?: DayMonth;
  /**
   * Dates of "Cấu hình" the run could not take as written (unreadable, empty, outside the period, out of order):
   * 'period.years', 'milestone.<ID>', 'reports.halfYearDeadline', 'reports.annualDeadline'. The run works on a
   * stand-in meanwhile, which is never e-mailed to schools as their deadline (see deadlineUnsettled). Also
   * 'mail.reminderDaysBefore' and 'mail.digestRecipients' when the run sends none of that mail only because the row
   * cannot be read or is written twice (mailSettingHeld): mail already waiting then waits, neither sent nor closed.
   */
  unsettled?: string[];
  /**
   * "Ngày kiểm tra" holds a date (its row of "Cấu hình"): the checks are made as of that day, not the day of the run.
   * Said at every rebuild (todayFixedNote); no notice of a calendar day is sent meanwhile (src/core/notices.ts).
   */
  todayFixed?: { row: number };
  /**
   * Settings whose cell is empty or cannot be read while the print of the settings an earlier full run read
   * (src/core/settings-trail.ts) holds their value (review r66c #2, #5): the run holds them (a date: unsettled) or keeps
   * that value, the print keeps it (carryRecalled), and Thiết lập writes a date back in its emptied cell (`restore`).
   */
  recalled?: RecalledSetting[];
  /**
   * Mail settings whose row of "Cấu hình" is gone (deleted since the last full run, the tab otherwise read) while the
   * print of the settings holds them (review d81b F4): `kept`, the value it holds is used; otherwise (not kept whole, or
   * unreadable) reminders or the digest are held (unsettled) — never the default, which would switch on reminders the
   * office turned off. The day or hour of the digest without a value kept: its default.
   */
  mailRowsGone?: { key: string; label: string; kept: boolean }[];
}

/** A setting read from the print of the settings (see OfficeConfig.recalled). */
export interface RecalledSetting {
  key: string;
  /** The row's label as written (the print's key). */
  label: string;
  /** 1-based row of "Cấu hình". */
  row: number;
  /** The value the print holds, as shown (a date dd/MM/yyyy). */
  was: string;
  /** An emptied cell Thiết lập writes `was` back into. */
  restore?: true;
}

/** School years end by 31 May (the Bộ GD&ĐT's school-year framework): their ratings count from 1 June. */
export const DEFAULT_RATED_FROM: DayMonth = { day: 1, month: 6 };
/** The earliest day a school year's rating may count from: a school year ends by the end of May (the Bộ's calendar). */
export const RATED_FROM_EARLIEST: DayMonth = { day: 1, month: 5 };

/**
 * When a school year's personal rating may be counted (issue "years"). Viên chức of the education sector are rated
 * per school year, at its end (Nghị định 90/2020/NĐ-CP, Điều 20: a unit whose working year ends before December
 * rates when its head decides), and a school year ends by 31 May (the Bộ GD&ĐT's school-year framework): the rating
 * of school year Y–Y+1 written on a registration counts from 1 June of Y+1 ("Ngày tính kết quả xếp loại năm học"
 * in "Cấu hình", for a year that ended later), never before — and only when written on or after that day (a response
 * sent or last edited earlier cannot hold that year's official result: registration.ts reads it as not rated).
 * `role` 'official' (the office's own staff, rated per calendar year): from OFFICIAL_RATED_FROM of Y instead. Callers
 * pass a registration's registration.ts ratingRole: 'official' also for a leader registered under the office's own unit
 * as "Cán bộ quản lý" (review r81c F1).
 */
export function schoolYearRatedFrom(cfg: OfficeConfig, y: number, role?: string | null): Date {
  if (role === 'official') return makeDate(y, OFFICIAL_RATED_FROM.month, OFFICIAL_RATED_FROM.day);
  const dm = cfg.ratedFrom ?? DEFAULT_RATED_FROM;
  return makeDate(y + 1, dm.month, dm.day);
}

/**
 * CN-02 "có nhiều sáng kiến, giải pháp": at least two named initiatives or solutions (one when the form offers a
 * single slot), recognised or not; recognition adds priority (CN-13 and the score), it is not required here.
 */
export function namedInitiativesNeeded(cfg: OfficeConfig): number {
  return Math.max(1, Math.min(2, cfg.initiativeSlots));
}

/** The day from which a school year without a rating is missing evidence: a month after schoolYearRatedFrom. */
export function schoolYearRatingDue(cfg: OfficeConfig, y: number, role?: string | null): Date {
  if (role === 'official') return makeDate(y + 1, OFFICIAL_RATING_DUE.month, OFFICIAL_RATING_DUE.day);
  const dm = cfg.ratedFrom ?? DEFAULT_RATED_FROM;
  // The same day of the next month, or its last day when it has no such day (31/05 → 30/06, not 01/07: review dates F4).
  const month = dm.month + 1;
  return makeDate(y + 1, month, Math.min(dm.day, new Date(y + 1, month, 0).getDate()));
}

/**
 * The office's own staff (role 'official': "Công chức, viên chức của cơ quan quản lý giáo dục") are rated per calendar
 * year, before 15 December (Nghị định 90/2020/NĐ-CP, Điều 20), and the form's help (form-titles.ts helpRatings) has
 * them write on the row of school year Y–(Y+1) their rating of calendar year Y ("trước ngày 15/12"). So that row
 * counts for them from 1 November of Y — the evaluations are held at the end of the year, before 15 December, some in
 * November: a rating written then is the year's (reviews diff8 #2, diff9 #3: ones written on 14/12, then on 28/11, were
 * set aside as early) — and is due from 15 January of Y+1
 * (OFFICIAL_RATING_DUE; validate.ts schoolYearRatingDue). "Ngày tính kết quả xếp loại năm học" (cfg.ratedFrom) is the
 * school-year day: it does not move these.
 */
export const OFFICIAL_RATED_FROM: DayMonth = { day: 1, month: 11 };
/** The day of Y+1 from which an official's row of school year Y–(Y+1) left blank is missing (a month after 15/12). */
export const OFFICIAL_RATING_DUE: DayMonth = { day: 15, month: 1 };

/**
 * When a calendar year's Party and union ratings count: the organisations are rated at the year's end, in December, and
 * a school writes the result when it has it — so a rating written from 1 December of the year is the year's, not an
 * early one set aside (review school #1: one typed on 20 December was discarded, and on 1 January the school was told
 * it had no result). A year left blank is missing only from 1 February of the next year (ORG_RATING_DUE), a month after
 * the year ends, as an official's rating is due a month after its deadline (OFFICIAL_RATING_DUE): between the two days a
 * blank year is simply not counted yet.
 */
export const ORG_RATED_FROM: DayMonth = { day: 1, month: 12 };
export const ORG_RATING_DUE: DayMonth = { day: 1, month: 2 };
/** The day from which a rating of calendar year `y` written on a collective's registration counts. */
export const orgYearRatedFrom = (y: number): Date => makeDate(y, ORG_RATED_FROM.month, ORG_RATED_FROM.day);
/** The day from which a collective's registration that leaves calendar year `y` blank is missing it. */
export const orgYearRatingDue = (y: number): Date => makeDate(y + 1, ORG_RATING_DUE.month, ORG_RATING_DUE.day);

/** The per-school views (src/core/school-views.ts): off by default. */
export interface SchoolViewSettings {
  enabled: boolean;
  /** Show the council's decision and comment to the school. */
  publishComments: boolean;
  /** Who the school contacts (free text shown on its view). */
  contact: string;
}

export const DEFAULT_REPORTS: ReportSchedule = { halfYear: { day: 15, month: 6 }, annual: { day: 15, month: 12 } };
/** The earliest deadline of each report in its year: results are reported once the period has mostly run. */
const REPORT_EARLIEST: ReportSchedule = { halfYear: { day: 1, month: 4 }, annual: { day: 1, month: 7 } };
/** How long before its deadline a report is always taken as sent for its period (reportCountsFrom). */
const REPORT_EARLY_DAYS = 30;
/**
 * The first day a six-monthly or annual report counts for its period from (review yearahead R2): the earliest deadline
 * its kind may have, when its period has mostly run — an annual report sent in June, the six-month one chosen wrongly
 * from the list beside it, reports no year's results — or, when the office set the deadline close to that earliest one
 * (the annual report due 05/07), REPORT_EARLY_DAYS before the deadline: a school sending early what was asked counts.
 */
export function reportCountsFrom(period: Pick<ReportingPeriod, 'year' | 'deadline'> & { kind: 'halfYear' | 'annual' }): Date {
  const e = REPORT_EARLIEST[period.kind];
  const earliest = makeDate(period.year, e.month, e.day);
  const beforeDeadline = new Date(period.deadline.getFullYear(), period.deadline.getMonth(), period.deadline.getDate() - REPORT_EARLY_DAYS);
  return beforeDeadline.getTime() < earliest.getTime() ? beforeDeadline : earliest;
}
export const DEFAULT_SCORING: ScoreWeights = { excellentYear: 10, initiativeLevel: 5, initiative: 2, priorityCriterion: 5 };

/** The plan section each milestone comes from (III.4; its first items read a), b), c) in the source). */
const MILESTONE_SECTIONS: Record<MilestoneId, string> = {
  'KE-HOACH': 'III.4.a',
  'DANG-KY-MO': 'II.3.1',
  'DANG-KY-DONG': 'II.3.1',
  'SO-KET': 'III.4.d',
  'BIEU-DUONG': 'III.4.đ',
  'TONG-KET': 'III.4.e',
};

/** Default milestone dates of a period, following the plan's 2021–2025 pattern shifted to its years. */
function defaultMilestoneDate(id: MilestoneId, start: number, end: number): Date {
  switch (id) {
    case 'KE-HOACH':
      return makeDate(start, 9, 30); // end of Q3 of the first year
    case 'DANG-KY-MO':
      return makeDate(start, 10, 1);
    case 'DANG-KY-DONG':
      return makeDate(Math.min(start + 2, end), 5, 31); // build phase 2021–2023, before the interim review
    case 'SO-KET':
      return makeDate(Math.min(start + 2, end), 6, 11); // 11/6: anniversary of the 1948 call to emulation
    case 'BIEU-DUONG':
      return makeDate(Math.max(end - 1, start), 12, 31); // "during 2024"
    case 'TONG-KET':
      return makeDate(end, 3, 31); // end of Q1 of the last year
  }
}

function makeMilestone(id: MilestoneId, date: Date, start: number, end: number): Milestone {
  return { id, label: milestoneLabel(id, start, end), date, planSection: MILESTONE_SECTIONS[id] };
}

/** A period of any years, with default milestones and report deadlines: a new period is configuration only. */
export function periodConfig(startYear: number, endYear: number, reports: ReportSchedule = DEFAULT_REPORTS): Period {
  return {
    name: periodName(startYear, endYear),
    startYear,
    endYear,
    milestones: MILESTONE_IDS.map((id) => makeMilestone(id, defaultMilestoneDate(id, startYear, endYear), startYear, endYear)),
    reports: { halfYear: { ...reports.halfYear }, annual: { ...reports.annual } },
  };
}

/** The organisation of an office of this kind, with the generic names of its kind (the office writes its own). */
export function profileOrganisation(kind: OfficeKind): Organisation {
  const p = OFFICE_PROFILES[kind];
  return {
    kind,
    name: p.name,
    shortName: p.shortName,
    selfName: p.selfName,
    level: p.level,
    parentAuthority: p.parentAuthority,
    signer: { name: '', title: p.signerTitle },
    place: '',
    governingBody: p.governingBody,
    contact: '',
    symbol: '',
    lawBasis: DEFAULT_LEGAL_BASES.lawBasis,
    decreeBasis: DEFAULT_LEGAL_BASES.decreeBasis,
    planNumber: '',
    planDate: '',
    planTitle: '',
  };
}

/** The profile of an organisation's kind. */
export function officeProfile(org: Pick<Organisation, 'kind'>): OfficeProfile {
  return OFFICE_PROFILES[org.kind] ?? OFFICE_PROFILES[DEFAULT_OFFICE_KIND];
}

/**
 * How the office names itself in what schools and its own staff read ("Sở đã nhận phiếu…", "Ủy ban", "Nhà
 * trường"): the row "Cách gọi cơ quan trong thư" when written, else the word of its kind.
 */
export function officeWord(org: Pick<Organisation, 'kind' | 'selfName'>): string {
  return org.selfName.trim() || officeProfile(org).selfName;
}

/** The first year of the five-year periods (plan: 2021–2025; then 2026–2030, …). */
const FIRST_PERIOD_START = 2021;
const PERIOD_YEARS = 5;

/** The start year of the five-year period (2021–2025, 2026–2030, …) a calendar year belongs to. */
export function periodStartOf(year: number): number {
  return FIRST_PERIOD_START + PERIOD_YEARS * Math.floor((year - FIRST_PERIOD_START) / PERIOD_YEARS);
}

/** The five-year period containing `today` with its default milestones: a new office in 2026 runs 2026–2030. */
export function periodContaining(today: Date): Period {
  const start = periodStartOf(isValidDate(today) ? today.getFullYear() : FIRST_PERIOD_START);
  return periodConfig(start, start + PERIOD_YEARS - 1);
}

/** A new office's configuration: a Sở GD&ĐT (the kind that runs the sector since 1/7/2025), the period containing `today`. */
export function defaultConfig(today: Date, period: Period = periodContaining(today), kind: OfficeKind = DEFAULT_OFFICE_KIND): OfficeConfig {
  return {
    organisation: profileOrganisation(kind),
    period,
    today: new Date(today.getTime()),
    perSchoolTabThreshold: 60,
    scoring: { ...DEFAULT_SCORING },
    initiativeSlots: 3,
    mail: { ...DEFAULT_MAIL, digestRecipients: [], reminderDaysBefore: DEFAULT_MAIL.reminderDaysBefore.slice() },
    schoolViews: { enabled: false, publishComments: false, contact: '' },
    ratedFrom: { ...DEFAULT_RATED_FROM },
  };
}

/** The calendar years of the period, in order. */
export function periodYears(period: Period): number[] {
  const out: number[] = [];
  for (let y = period.startYear; y <= period.endYear; y++) out.push(y);
  return out;
}

/** Years of the period that have ended by `today` (year Y has ended once today is after 31/12/Y). */
export function endedYears(period: Period, today: Date): number[] {
  const ty = today.getFullYear();
  return periodYears(period).filter((y) => y < ty);
}

/**
 * The day from which a new registration or a report received falls after the period, over by the calendar whether or
 * not the office chose "Kết thúc giai đoạn…" (a district office's file nobody ended when the district level went:
 * review r75c F4): 1 April of the year after its last. The first quarter is left to the period's closing work — a
 * supplement the council asked for in December, sent in January, is the council's to review (review d75b F3); the
 * plan's own calendar ends within the last year (III.4: the final conference in its first quarter, the last annual
 * report in its December). A district office has no closing quarter: it ended with the district level (1/7/2025), and
 * its period with its last year (review d75c F3).
 */
export function periodOverFrom(cfg: { period: Pick<Period, 'endYear'>; organisation: Pick<Organisation, 'kind'> }): Date {
  return new Date(cfg.period.endYear + 1, cfg.organisation.kind === 'phong' ? 0 : 3, 1);
}

/**
 * The last day an edit counts for the period where edits after it do not (a district office: registration.ts
 * afterPeriod 'edited'), once the period's last year has come: the council's request letters name it, so that a school
 * asked in December knows the supplement must arrive by 31 December (review d75d F3); null elsewhere.
 */
export function editsCountUntil(cfg: { period: Pick<Period, 'endYear'>; organisation: Pick<Organisation, 'kind'>; today: Date }): Date | null {
  if (cfg.organisation.kind !== 'phong' || cfg.today.getFullYear() < cfg.period.endYear) return null;
  const over = periodOverFrom(cfg);
  return new Date(over.getFullYear(), over.getMonth(), over.getDate() - 1);
}

export function milestone(cfg: OfficeConfig, id: MilestoneId): Milestone {
  const m = cfg.period.milestones.find((x) => x.id === id);
  return m || makeMilestone(id, defaultMilestoneDate(id, cfg.period.startYear, cfg.period.endYear), cfg.period.startYear, cfg.period.endYear);
}

export type ReportKind = 'plan' | 'halfYear' | 'annual';

/** One period a school reports on (IV.2), or the school's own plan (III.4.a). */
export interface ReportingPeriod {
  id: string;
  kind: ReportKind;
  year: number;
  label: string;
  deadline: Date;
}

/**
 * Everything a school submits through the progress-report form: its plan (due at the KE-HOACH milestone),
 * then a six-monthly and an annual report for each year of the period (a half-year due before the plan is
 * left out: nothing to report yet). Ordered by deadline.
 */
export function reportingPeriods(period: Period): ReportingPeriod[] {
  const planDue =
    period.milestones.find((m) => m.id === 'KE-HOACH')?.date || defaultMilestoneDate('KE-HOACH', period.startYear, period.endYear);
  const out: ReportingPeriod[] = [
    { id: `KH-${period.startYear}-${period.endYear}`, kind: 'plan', year: period.startYear, label: schoolPlanLabel(period.startYear, period.endYear), deadline: planDue },
  ];
  for (const y of periodYears(period)) {
    const h = makeDate(y, period.reports.halfYear.month, period.reports.halfYear.day);
    if (h.getTime() >= planDue.getTime()) out.push({ id: `BC-${y}-6T`, kind: 'halfYear', year: y, label: reportPeriodLabel('halfYear', y), deadline: h });
    const a = makeDate(y, period.reports.annual.month, period.reports.annual.day);
    if (a.getTime() >= planDue.getTime()) out.push({ id: `BC-${y}-NAM`, kind: 'annual', year: y, label: reportPeriodLabel('annual', y), deadline: a });
  }
  out.sort((a, b) => a.deadline.getTime() - b.deadline.getTime() || a.id.localeCompare(b.id));
  return out;
}

// ---- the "Cấu hình" tab -------------------------------------------------------------------------

export type ConfigRow = [string, string | number, string];

/** "01/06" of a day and month. */
export function dayMonthText(d: DayMonth): string {
  return `${d.day < 10 ? '0' : ''}${d.day}/${d.month < 10 ? '0' : ''}${d.month}`;
}

/** The configuration as rows of the "Cấu hình" tab: a header row, then key | value | explanation. */
export function configToRows(cfg: OfficeConfig, todayIsFixed = false): ConfigRow[] {
  const o = cfg.organisation;
  const p = cfg.period;
  const e = { ...CONFIG_EXPLANATIONS, ...profileExplanations(officeProfile(o)) };
  // One row: the setting's key (its label is put in below), its value, its explanation.
  const r = (key: string, value: string | number): ConfigRow => [key, value, e[key]];
  const rows: ConfigRow[] = [
    [CONFIG_HEADERS[0], CONFIG_HEADERS[1], CONFIG_HEADERS[2]],
    r('organisation.kind', officeProfile(o).label),
    r('organisation.name', o.name),
    r('organisation.shortName', o.shortName),
    r('organisation.selfName', officeWord(o)),
    r('organisation.parentAuthority', o.parentAuthority),
    r('organisation.signerName', o.signer.name),
    r('organisation.signerTitle', o.signer.title),
    r('organisation.place', o.place),
    r('organisation.governingBody', o.governingBody),
    r('organisation.symbol', o.symbol),
    r('legal.law', o.lawBasis),
    r('legal.decree', o.decreeBasis),
    r('legal.competence', o.competenceBasis ?? ''),
    r('plan.number', o.planNumber),
    r('plan.date', o.planDate),
    r('plan.title', o.planTitle),
    r('awards.reportForm', REPORT_FORM_CHOICES[o.reportForm ?? 'theme']),
    r('awards.reward', o.reward ?? ''),
    r('awards.provinceAddressee', o.provinceAddressee ?? ''),
    r('period.name', p.name),
    r('period.startYear', p.startYear),
    r('period.endYear', p.endYear),
    r('criteria.set', cfg.criteriaSet || ''),
  ];
  for (const id of MILESTONE_IDS) {
    const m = p.milestones.find((x) => x.id === id);
    const date = m ? m.date : defaultMilestoneDate(id, p.startYear, p.endYear);
    rows.push([`milestone.${id}`, formatDate(date), milestoneLabel(id, p.startYear, p.endYear)]);
  }
  rows.push(
    r('reports.halfYearDeadline', dayMonthText(p.reports.halfYear)),
    r('reports.annualDeadline', dayMonthText(p.reports.annual)),
    r('ratings.schoolYearFrom', dayMonthText(cfg.ratedFrom ?? DEFAULT_RATED_FROM)),
    r('perSchoolTabThreshold', cfg.perSchoolTabThreshold),
    r('initiativeSlots', cfg.initiativeSlots),
    r('scoring.excellentYear', cfg.scoring.excellentYear),
    r('scoring.initiativeLevel', cfg.scoring.initiativeLevel),
    r('scoring.initiative', cfg.scoring.initiative),
    r('scoring.priorityCriterion', cfg.scoring.priorityCriterion),
    r('mail.digestRecipients', cfg.mail.digestRecipients.join('; ')),
    r('mail.digestWeekDay', WEEKDAY_LABELS[cfg.mail.digestWeekDay - 1]),
    r('mail.digestHour', cfg.mail.digestHour),
    r('mail.reminderDaysBefore', cfg.mail.reminderDaysBefore.length ? cfg.mail.reminderDaysBefore.join('; ') : REMINDERS_OFF),
    r('schoolViews.enabled', cfg.schoolViews.enabled ? YES_TEXT : NO_TEXT),
    r('schoolViews.publishComments', cfg.schoolViews.publishComments ? YES_TEXT : NO_TEXT),
    r('schoolViews.contact', cfg.schoolViews.contact),
    r('today', todayIsFixed ? formatDate(cfg.today) : ''),
  );
  return rows.map(([key, value, explanation], n) => (n === 0 ? [key, value, explanation] : [settingLabel(key), value, explanation]));
}

export interface ConfigReadResult {
  config: OfficeConfig;
  errors: string[];
  /**
   * The tab as read, in the tool's layout (configInLayout): what the run's print of the settings goes by. Null when no
   * column names a setting (configLayout): nothing was read, and the print of the last run that read them is kept.
   */
  rows: unknown[][] | null;
}

/** The office's name of a setting, wherever its catalogue is. */
function settingLabel(key: string): string {
  return PROFILE_CONFIG_LABELS[key] ?? configLabel(key);
}

const STRING_KEYS = [
  'organisation.kind',
  'organisation.name',
  'organisation.shortName',
  'organisation.selfName',
  // No longer written (derived from the kind), still read from a tab that has it.
  'organisation.level',
  'organisation.parentAuthority',
  'organisation.signerName',
  'organisation.signerTitle',
  'organisation.place',
  'organisation.governingBody',
  'organisation.symbol',
  'legal.law',
  'legal.decree',
  'legal.competence',
  'awards.reward',
  'awards.provinceAddressee',
  'plan.number',
  'plan.title',
  'period.name',
  'criteria.set',
  'awards.reportForm',
];
const INT_KEYS = [
  'period.startYear',
  'period.endYear',
  'perSchoolTabThreshold',
  'initiativeSlots',
  'scoring.excellentYear',
  'scoring.initiativeLevel',
  'scoring.initiative',
  'scoring.priorityCriterion',
];

function parseIntCell(v: unknown): number | null {
  if (typeof v === 'number') return Number.isInteger(v) ? v : null;
  const s = toText(v);
  return /^-?\d{1,9}$/.test(s) ? parseInt(s, 10) : null;
}

function parseDayMonth(v: unknown): DayMonth | null {
  const d = parseDate(v);
  if (d && typeof v !== 'string') return { day: d.getDate(), month: d.getMonth() + 1 };
  const m = /^(\d{1,2})\/(\d{1,2})$/.exec(toText(v));
  if (!m) return null;
  const day = +m[1];
  const month = +m[2];
  const probe = makeDate(2001, month, day); // a non-leap year: 29/02 is refused
  if (month < 1 || month > 12 || probe.getMonth() !== month - 1 || probe.getDate() !== day) return null;
  return { day, month };
}

/**
 * Read the "Cấu hình" tab back. Missing keys keep their default; unknown keys, duplicate keys and bad values
 * give a Vietnamese error naming the row and key (the default is kept). `now` is used when "today" is blank.
 */
/**
 * Each setting's Vietnamese name → its key: as the tool writes it, and by matchKey for a name typed otherwise (case,
 * tone placement, spaces). Made at the first label looked up, the second only at the first label not written as the
 * tool writes it (the match keys of some two hundred long names were made at the start of every execution, whether
 * it read "Cấu hình" or not).
 */
let labels: { exact: Map<string, string>; byKey: Map<string, string> | null } | null = null;

/** The key a label (cleaned) names; the label itself when it names none. */
function keyOfWritten(written: string): string {
  const keys = () => [...Object.keys(CONFIG_LABELS), ...Object.keys(PROFILE_CONFIG_LABELS)];
  labels ??= { exact: new Map(keys().map((k) => [settingLabel(k), k])), byKey: null };
  const exact = labels.exact.get(written);
  if (exact !== undefined) return exact;
  labels.byKey ??= new Map(keys().map((k) => [matchKey(settingLabel(k)), k]));
  return labels.byKey.get(matchKey(written)) ?? written;
}

/**
 * Settings whose value is a list of numbers: "7,3" (seven and three days) typed into its cell, a Vietnamese-locale Sheet
 * stores the number 7.3 ("," is the decimal mark) and a "0" typed last is lost ("7,30" is 7.3). Their cells are
 * formatted as plain text, which keeps digit strings as typed (facts file; review r78p F2).
 */
const PLAIN_TEXT_KEYS: readonly string[] = ['mail.reminderDaysBefore'];

/**
 * The rows (1-based) of `rows` ("Cấu hình" as read, header first) of a list setting (PLAIN_TEXT_KEYS) whose value is
 * text or empty, for Thiết lập to format as plain text. Not one holding a number or a date: formatted so, it would show
 * otherwise (it is read as its cell shows it: src/gas/typed-words.ts configAsTyped).
 */
export function plainTextRows(rows: readonly (readonly unknown[])[]): number[] {
  return listSettingRows(rows, (v) => typeof v === 'string');
}

/** The rows (1-based) of `rows` ("Cấu hình" as read, header first) of a list setting (PLAIN_TEXT_KEYS) whose value `is` holds of. */
function listSettingRows(rows: readonly (readonly unknown[])[], is: (value: unknown) => boolean): number[] {
  const out: number[] = [];
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i] || [];
    if (PLAIN_TEXT_KEYS.includes(keyOf(r[0])) && is(r[1])) out.push(i + 1);
  }
  return out;
}

/**
 * The rows (1-based) of `rows` ("Cấu hình" as read, header first) of a list setting (PLAIN_TEXT_KEYS) holding a number:
 * a value typed before Thiết lập formatted the cell ("7,3" under an earlier version: 7.3). Thiết lập writes in the text
 * the cell shows ("7,3", which the run reads already) and formats it as plain text, so that the value is read exactly
 * and what is typed there next is kept as typed (review r78u F3: the cell stayed a number, "7,3" typed again was 7.3
 * again, and every run told a data problem for the rest of the season).
 */
export function plainTextNumberRows(rows: readonly (readonly unknown[])[]): number[] {
  return listSettingRows(rows, (v) => typeof v === 'number' && Number.isFinite(v));
}

/** The setting a row's label names, as configFromRows finds it (the label as written when it names none). */
function keyOf(label: unknown): string {
  return keyOfWritten(cleanText(toText(label)));
}

/**
 * The rows of configToRows(cfg) for the settings that `rows` (a "Cấu hình" tab as read, header first) does not hold,
 * each found by its label as configFromRows finds it: what a later version brought, for setup to add.
 */
export function missingConfigRows(rows: readonly (readonly unknown[])[], cfg: OfficeConfig): ConfigRow[] {
  const have = new Set(rows.slice(1).map((r) => keyOf(r[0])));
  return configToRows(cfg)
    .slice(1)
    .filter((r) => !have.has(keyOf(r[0])));
}

/** The kind a written label names ("Sở GD&ĐT", "ubnd xã/phường"…); null when none. */
export function parseOfficeKind(v: unknown): OfficeKind | null {
  const k = matchKey(v);
  if (k === '') return null;
  for (const kind of OFFICE_KINDS) if (matchKey(OFFICE_PROFILES[kind].label) === k || kind === k) return kind;
  // "Trưởng phòng…", "Trưởng ban…": a head's title, which its letters without diacritics would read as "Trường…".
  if (k.startsWith('trưởng')) return null;
  const plain = plainKey(v);
  for (const [re, kind] of KIND_BY_WORDS) if (re.test(plain)) return kind;
  return null;
}

/** The kind an office's name says (a tab written before "Loại cơ quan" existed); null when it says none. */
export function kindFromName(name: string): OfficeKind | null {
  for (const [re, kind] of KIND_BY_NAME) if (re.test(name.trim())) return kind;
  return null;
}

/**
 * A body's name as a document prints it: the standard abbreviation of its kind's words written out ("UBND xã Suối Ngọc"
 * → "Ủy ban nhân dân xã Suối Ngọc", "Sở GD&ĐT tỉnh Hà Sơn" → "Sở Giáo dục và Đào tạo tỉnh Hà Sơn"; BODY_ABBREVIATIONS by
 * the kind KIND_BY_NAME reads). The issuing body's name is printed in full (docs/award-documents.md; review r75c F6:
 * "UBND XÃ SUỐI NGỌC" headed every document of a clerk who typed "Tên cơ quan" as commune staff write it). Any other
 * name is kept as typed.
 */
export function fullBodyName(name: string): string {
  const text = officialText(name).trim();
  const a = abbreviationOf(text);
  return a ? text.replace(a.shortWords, a.full) : text;
}

/** The standard abbreviation of the words a body's name opens with (BODY_ABBREVIATIONS, by the kind its name reads). */
function abbreviationOf(name: string) {
  const kind = kindFromName(name);
  return kind ? BODY_ABBREVIATIONS[kind] : undefined;
}

/**
 * The office's short name where one is printed (the council's "Nơi nhận", the weekly digest's subject): "Tên viết tắt",
 * unless it is only a kind's generic default ("UBND xã", "Sở GD&ĐT", "Nhà trường": OFFICE_PROFILES), which names no
 * office (review r75c F5: "Hội đồng TĐKT UBND xã" in a commune's Tờ trình). Then the full name shortened by the standard
 * abbreviation of its kind's words ("Ủy ban nhân dân xã Suối Ngọc" → "UBND xã Suối Ngọc"), or the full name itself.
 */
export function officeShortName(org: Pick<Organisation, 'name' | 'shortName'>): string {
  const typed = officialText(org.shortName || '').trim();
  const generic = OFFICE_KINDS.some((k) => matchKey(OFFICE_PROFILES[k].shortName) === matchKey(typed));
  if (typed !== '' && !generic) return typed;
  const name = officialText(org.name || '').trim();
  if (name === '') return typed;
  const a = abbreviationOf(name);
  return a ? name.replace(a.fullWords, a.short) : name;
}

/** Settings whose default comes from the office's kind, by the profile field that holds it. */
const PROFILE_DEFAULTS: readonly (readonly [string, (p: OfficeProfile) => string])[] = [
  ['organisation.name', (p) => p.name],
  ['organisation.shortName', (p) => p.shortName],
  ['organisation.selfName', (p) => p.selfName],
  ['organisation.parentAuthority', (p) => p.parentAuthority],
  ['organisation.signerTitle', (p) => p.signerTitle],
  ['organisation.governingBody', (p) => p.governingBody],
];

/**
 * A written value that is still the default of some kind (the tool wrote it, nobody changed it) follows the
 * office's kind: switching "Loại cơ quan" then changes every row the office has not written itself.
 */
function isSomeKindsDefault(key: string, written: string): boolean {
  const pick = PROFILE_DEFAULTS.find(([k]) => k === key)?.[1];
  return !!pick && written.trim() !== '' && OFFICE_KINDS.some((k) => matchKey(pick(OFFICE_PROFILES[k])) === matchKey(written));
}

/**
 * The rows of "Cấu hình" (header row first) that still hold another kind's default: the tool wrote them, then "Loại cơ
 * quan" changed. The run uses the office's kind's default for them (isSomeKindsDefault); Thiết lập writes that in, so
 * the tab shows what the tool uses. 1-based rows, each with the value to write ('' where the kind has none).
 */
export function kindDefaultsToFollow(rows: readonly (readonly unknown[])[], cfg: OfficeConfig): { row: number; value: string }[] {
  const profile = OFFICE_PROFILES[cfg.organisation.kind];
  const out: { row: number; value: string }[] = [];
  const seen = new Set<string>();
  for (let i = 1; i < rows.length; i++) {
    const key = keyOf(rows[i]?.[0]);
    const pick = PROFILE_DEFAULTS.find(([k]) => k === key)?.[1];
    if (!pick || seen.has(key)) continue;
    seen.add(key);
    const written = toText(rows[i][1]);
    const own = pick(profile);
    if (isSomeKindsDefault(key, written) && matchKey(written) !== matchKey(own)) out.push({ row: i + 1, value: own });
  }
  return out;
}

/**
 * The milestones whose cell is left empty: the run uses the plan's default date for them (reminders and the form say
 * it), which an empty cell does not show (review "settings" #5). Thiết lập writes it in, so the tab shows the date the
 * schools are told. 1-based rows, each with the date to write (dd/MM/yyyy); `restored`: a date emptied since a full
 * run read it, written back.
 */
export function blankMilestones(rows: readonly (readonly unknown[])[], cfg: OfficeConfig): { row: number; value: string; label: string; restored?: true }[] {
  const out: { row: number; value: string; label: string; restored?: true }[] = [];
  const seen = new Set<string>();
  // A date emptied since a full run read it (OfficeConfig.recalled): the date it held, never the default (review r66c
  // #2), when its cell is still empty and its row still that setting's.
  for (const r of cfg.recalled ?? []) {
    const row = rows[r.row - 1];
    if (!r.restore || !row || keyOf(row[0]) !== r.key || toText(row[1]) !== '' || seen.has(r.key)) continue;
    seen.add(r.key);
    out.push({ row: r.row, value: r.was, label: toText(row[0]), restored: true });
  }
  // Not the stand-ins of a period the tab does not say.
  if (dateUnsettled(cfg, 'period.years')) return out;
  for (let i = 1; i < rows.length; i++) {
    const key = keyOf(rows[i]?.[0]);
    // Nor a stand-in: a default out of order with the dates the office wrote is said as such (readMilestones), and
    // written in it would hold back the other milestone's reminders too (review diff18 #4).
    if (key.indexOf('milestone.') !== 0 || toText(rows[i][1]) !== '' || seen.has(key) || dateUnsettled(cfg, key)) continue;
    const m = cfg.period.milestones.find((x) => `milestone.${x.id}` === key);
    if (!m) continue;
    seen.add(key);
    out.push({ row: i + 1, value: formatDate(m.date), label: toText(rows[i][0]) });
  }
  return out;
}

/** A date as an office types it in "Cấu hình": what parseDate reads, and day.month.year ("15.10.2026", "1.6.2027"). */
export function parseConfigDate(v: unknown): Date | null {
  const d = parseDate(v);
  if (d || typeof v !== 'string') return d;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(toText(v));
  return m ? parseDate(`${m[1]}/${m[2]}/${m[3]}`) : null;
}

type ConfigValues = Map<string, { value: unknown; row: number; label: string }>;

/** "2026-2030" (or "2026 – 2030") in a period's name: its two years; null when it holds none. */
function yearsInName(name: string): { start: number; end: number } | null {
  const m = /(\d{4})\s*[-–—]\s*(\d{4})/.exec(name);
  return m ? { start: +m[1], end: +m[2] } : null;
}

const validYears = (start: number, end: number) => start >= 1900 && end <= 2200 && end >= start && end - start <= 20;

/**
 * The period's years. Rows absent (a tab of an earlier version, a test): the period containing `today`. A row present
 * but empty, or years that make no period: an error worded from what is written, and the period the written values
 * still say (the other year, the period's name, else the one containing today), never a silent other one; the
 * milestones then wait for the years (unsettled 'period.years': no reminder goes).
 */
function readYears(values: ConfigValues, ints: Record<string, number>, today: Date, errors: string[], unsettled: string[]): { start: number; end: number } {
  const around = periodContaining(today);
  const startRow = values.get('period.startYear');
  const endRow = values.get('period.endYear');
  const written = (v: { value: unknown } | undefined) => v !== undefined && toText(v.value) !== '';
  const named = yearsInName(toText(values.get('period.name')?.value));
  const span = around.endYear - around.startYear;
  let start: number | undefined = ints['period.startYear'];
  let end: number | undefined = ints['period.endYear'];
  // Unreadable (configErrorBadNumber said so) or empty: the period waits for the office.
  let bad = [startRow, endRow].some((v) => v !== undefined && (!written(v) || ints[v === startRow ? 'period.startYear' : 'period.endYear'] === undefined));
  // What the written values still say: the other year and the period's name, else the period containing today.
  if (start === undefined && end === undefined) {
    ({ start, end } = named && validYears(named.start, named.end) ? named : { start: around.startYear, end: around.endYear });
  } else if (start === undefined) {
    start = named && named.end === end && validYears(named.start, end!) ? named.start : end! - span;
  } else if (end === undefined) {
    end = named && named.start === start && validYears(start, named.end) ? named.end : start + span;
  }
  const invalid = !validYears(start!, end!);
  if (invalid) {
    ({ start, end } = named && validYears(named.start, named.end) ? named : { start: around.startYear, end: around.endYear });
    bad = true;
  }
  const used = periodName(start!, end!);
  for (const [key, v] of [
    ['period.startYear', startRow],
    ['period.endYear', endRow],
  ] as const) {
    if (v && !written(v)) errors.push(configErrorEmpty(v.row, key, CONFIG_EMPTY_MEANWHILE.year(used)));
  }
  if (invalid) errors.push(configErrorBadYears(endRow?.row ?? startRow?.row ?? 0, toText(startRow?.value), toText(endRow?.value), used));
  if (bad) unsettled.push('period.years');
  return { start: start!, end: end! };
}

/**
 * The neighbouring period of the same length (before or after, up to three away) whose default `id` milestone `date`
 * is: what Thiết lập wrote before the office changed the years; null when none.
 */
function otherPeriodDefault(id: MilestoneId, date: Date, start: number, end: number): { start: number; end: number } | null {
  const length = end - start + 1;
  for (const shift of [-1, 1, -2, 2, -3, 3].map((k) => k * length)) {
    if (defaultMilestoneDate(id, start + shift, end + shift).getTime() === date.getTime()) return { start: start + shift, end: end + shift };
  }
  return null;
}

/**
 * The milestones as written: each a real date (day/month/year, also with dots) within the period's years, all in the
 * plan's order. A date the run cannot take is reported naming its row, and marked unsettled (no reminder of it goes to
 * schools); an unreadable one or one outside the period is replaced by the period's default meanwhile; two that must
 * keep their order and do not are both kept as written and both marked.
 */
/** The milestones in an order they must keep (see readMilestones). */
const ORDERED_MILESTONES: readonly MilestoneId[] = ['DANG-KY-MO', 'DANG-KY-DONG', 'SO-KET', 'TONG-KET'];

/** A setting written on two rows that disagree: the first (the one read) and the second. */
interface Twice {
  key: string;
  first: { value: unknown; row: number };
  second: { value: unknown; row: number };
}

/**
 * The settings neither of whose two rows is taken when they disagree: the deadlines (each told to schools) and the
 * mail settings (reminders, the digest). Another setting written twice keeps its first row, said.
 */
function heldWhenTwice(key: string): boolean {
  return key.indexOf('milestone.') === 0 || key === 'reports.halfYearDeadline' || key === 'reports.annualDeadline' || MAIL_KEYS.includes(key);
}

/** A value of "Cấu hình" as a message quotes it: a date dd/MM/yyyy, anything else as its text. */
function shownSetting(key: string, v: unknown): string {
  const d = key.indexOf('milestone.') === 0 || isValidDate(v) ? parseConfigDate(v) : null;
  return d ? formatDate(d) : toText(v);
}

/** Two values of `key` that say the same (a date as a Date or as text, "14; 3" and "3, 14", …), or are written alike. */
function sameSetting(key: string, a: unknown, b: unknown): boolean {
  if (matchKey(toText(a)) === matchKey(toText(b))) return true;
  if (toText(a) === '' || toText(b) === '') return false;
  const read = (v: unknown): string | number | null | undefined => {
    if (key.indexOf('milestone.') === 0) return parseConfigDate(v)?.getTime();
    if (key === 'reports.halfYearDeadline' || key === 'reports.annualDeadline') {
      const d = parseDayMonth(v);
      return d && `${d.day}/${d.month}`;
    }
    if (key === 'mail.reminderDaysBefore') return parseDaysList(v)?.join(';');
    if (key === 'mail.digestWeekDay') return parseWeekDay(v);
    if (key === 'mail.digestHour') return parseHour(v);
    if (key === 'mail.digestRecipients') return [...new Set(splitEmails(v).map((e) => e.toLowerCase()))].sort().join(';');
    return undefined;
  };
  const x = read(a);
  // Unreadable (null, undefined) is never the same as anything written otherwise.
  return x !== null && x !== undefined && x === read(b);
}

/**
 * The settings written on two rows that disagree (review r66c #4: the first row's date went to every school while the
 * office had written the new one below): each said with both rows and both values and what to delete; meanwhile a
 * deadline is held (unsettled: no school is told it), no reminder and no digest goes; a digest's day or hour is the
 * first row's, said. (Another setting's two values are said as its second row is read, the first row's used.)
 */
function heldTwice(twice: readonly Twice[], cfg: OfficeConfig, unsettled: string[], errors: string[]): void {
  for (const t of twice) {
    const shown = (v: unknown) => shownSetting(t.key, v);
    let meanwhile: string;
    if (t.key.indexOf('milestone.') === 0 || t.key === 'reports.halfYearDeadline' || t.key === 'reports.annualDeadline') {
      if (!unsettled.includes(t.key)) unsettled.push(t.key);
      const m = cfg.period.milestones.find((x) => `milestone.${x.id}` === t.key);
      const used = m ? formatDate(m.date) : dayMonthText(t.key === 'reports.halfYearDeadline' ? cfg.period.reports.halfYear : cfg.period.reports.annual);
      meanwhile = CONFIG_TWICE_MEANWHILE.date(used);
    } else if (t.key === 'mail.reminderDaysBefore') {
      cfg.mail.reminderDaysBefore = [];
      if (!unsettled.includes(t.key)) unsettled.push(t.key);
      meanwhile = CONFIG_TWICE_MEANWHILE.reminders;
    } else if (t.key === 'mail.digestRecipients') {
      cfg.mail.digestRecipients = [];
      if (!unsettled.includes(t.key)) unsettled.push(t.key);
      meanwhile = CONFIG_TWICE_MEANWHILE.digest;
    } else {
      // A digest's day or hour: the first row's, said.
      meanwhile = CONFIG_TWICE_MEANWHILE.first(t.first.row, shown(t.first.value));
    }
    errors.push(configErrorDuplicateKey(t.second.row, t.key, t.first.row, { first: shown(t.first.value), second: shown(t.second.value), meanwhile }));
  }
}

/** The value the print of the settings holds for a setting's row (see configFromRows). */
type Recall = (key: string) => { was: string; label: string; row: number } | null;

function readMilestones(values: ConfigValues, period: Period, errors: string[], unsettled: string[], recall: Recall, recalled: RecalledSetting[]): void {
  const { startYear: start, endYear: end } = period;
  const rowOf = new Map<MilestoneId, number>();
  // Cells left empty (the plan's default is used), by row.
  const emptyRow = new Map<MilestoneId, number>();
  // Cells emptied since a full run read a date in them (the print holds it).
  const cleared: { m: Milestone; key: string; held: { was: string; label: string; row: number }; date: Date; row: number }[] = [];
  for (const m of period.milestones) {
    const key = `milestone.${m.id}`;
    const v = values.get(key);
    // Emptied since a full run read a date in it (the print holds it): a mistake as a deleted row is, said with the
    // date it held, its reminders held until a date is written, and written back by Thiết lập — never the default
    // taken without a word (review r66c #2). A cell empty from the start keeps the plan's default.
    // Decided once every date written is read (below): only a date this run would take is recalled.
    const held = v && toText(v.value) === '' ? recall(key) : null;
    const heldDate = held ? parseConfigDate(held.was) : null;
    if (held && heldDate) {
      cleared.push({ m, key, held, date: makeDate(heldDate.getFullYear(), heldDate.getMonth() + 1, heldDate.getDate()), row: v!.row });
      continue;
    }
    if (v && toText(v.value) === '') emptyRow.set(m.id, v.row);
    if (!v || toText(v.value) === '') continue;
    rowOf.set(m.id, v.row);
    const d = parseConfigDate(v.value);
    const fallback = formatDate(m.date);
    if (!d) {
      errors.push(configErrorBadDate(v.row, key, toText(v.value), CONFIG_DATE_MEANWHILE.milestone(fallback)));
      unsettled.push(key);
      continue;
    }
    const date = makeDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
    if (date.getFullYear() < start || date.getFullYear() > end) {
      const other = otherPeriodDefault(m.id, date, start, end);
      errors.push(
        other
          ? configErrorMilestoneOldDefault(v.row, key, formatDate(date), periodName(other.start, other.end), periodName(start, end), fallback)
          : configErrorMilestoneOutside(v.row, key, formatDate(date), periodName(start, end), fallback),
      );
      unsettled.push(key);
      continue;
    }
    m.date = date;
  }
  // A cell emptied since a full run read a date the run takes (in the period, in order with the dates written): a
  // mistake as a deleted row is — said with the date it held, its reminders held until a date is written, written
  // back by Thiết lập (review r66c #2). One whose date this run would refuse was emptied as its message advised (to
  // use the plan's default): the default, as for a cell empty from the start (review d66 #2).
  for (const c of cleared) {
    const at = ORDERED_MILESTONES.indexOf(c.m.id);
    const inOrder = ORDERED_MILESTONES.every((id, j) => {
      const o = period.milestones.find((x) => x.id === id);
      if (j === at || at < 0 || !o || !rowOf.has(id) || unsettled.includes(`milestone.${id}`)) return true;
      return j < at ? o.date.getTime() <= c.date.getTime() : o.date.getTime() >= c.date.getTime();
    });
    if (c.date.getFullYear() < start || c.date.getFullYear() > end || !inOrder) {
      emptyRow.set(c.m.id, c.row);
      continue;
    }
    const was = formatDate(c.date);
    errors.push(configErrorClearedDate(c.held.row, c.key, was, formatDate(c.m.date)));
    unsettled.push(c.key);
    recalled.push({ key: c.key, label: c.held.label, row: c.held.row, was, restore: true });
  }
  // The milestones whose order follows from what they are (registration opens before it closes, closes before the
  // interim review, which comes before the final one), each against the previous one the office wrote; the units'
  // plan and the commendation conference are not ordered by the plan. A stand-in (reported above) or a cell left
  // empty (its default) is passed over: the next one is compared with the one before it.
  const standIn = new Set(unsettled);
  let prev: Milestone | null = null;
  for (const id of ORDERED_MILESTONES) {
    const b = period.milestones.find((m) => m.id === id);
    if (!b || standIn.has(`milestone.${id}`) || !rowOf.has(id)) continue;
    const a = prev;
    prev = b;
    if (!a || a.date.getTime() <= b.date.getTime()) continue;
    const ka = `milestone.${a.id}`;
    const kb = `milestone.${b.id}`;
    errors.push(configErrorMilestoneOrder(rowOf.get(a.id) ?? null, ka, formatDate(a.date), rowOf.get(b.id) ?? null, kb, formatDate(b.date)));
    for (const k of [ka, kb]) if (!unsettled.includes(k)) unsettled.push(k);
  }
  // An empty cell's default out of order with a date the office wrote (registration closing after the review's default,
  // say): that default is a stand-in, said, and held back from schools — the dates written stay (review diff19 #1).
  const written = ORDERED_MILESTONES.filter((id) => rowOf.has(id) && !standIn.has(`milestone.${id}`));
  for (const id of ORDERED_MILESTONES) {
    const row = emptyRow.get(id);
    const m = period.milestones.find((x) => x.id === id);
    if (row === undefined || !m) continue;
    const at = ORDERED_MILESTONES.indexOf(id);
    const clash = written
      .map((w) => period.milestones.find((x) => x.id === w)!)
      .find((w) => (ORDERED_MILESTONES.indexOf(w.id) < at ? w.date.getTime() > m.date.getTime() : w.date.getTime() < m.date.getTime()));
    if (!clash) continue;
    const key = `milestone.${id}`;
    errors.push(configErrorEmptyOutOfOrder(row, key, formatDate(m.date), rowOf.get(clash.id)!, `milestone.${clash.id}`, formatDate(clash.date)));
    if (!unsettled.includes(key)) unsettled.push(key);
  }
}

/**
 * A deadline date of "Cấu hình" the run could not take as written (see OfficeConfig.unsettled): `key` is
 * 'milestone.<ID>', 'reports.halfYearDeadline' or 'reports.annualDeadline'; every one is while the years are.
 */
/**
 * Reminders ('mail.reminderDaysBefore') or the digest ('mail.digestRecipients') are off only while their row cannot be
 * read or is written twice with two values, not because the office turned them off: mail of that kind already waiting
 * for the quota waits, neither sent nor closed as "turned off" (review r66c #1 with #4, #5).
 */
export function mailSettingHeld(cfg: Pick<OfficeConfig, 'unsettled'>, key: 'mail.reminderDaysBefore' | 'mail.digestRecipients'): boolean {
  return !!cfg.unsettled && cfg.unsettled.includes(key);
}

/** Whether the office turned the deadline reminders off ("Không" in their row), rather than the row being unreadable. */
export function remindersOff(cfg: Pick<OfficeConfig, 'unsettled' | 'mail'>): boolean {
  return cfg.mail.reminderDaysBefore.length === 0 && !mailSettingHeld(cfg, 'mail.reminderDaysBefore');
}

export function dateUnsettled(cfg: Pick<OfficeConfig, 'unsettled'>, key: string): boolean {
  const u = cfg.unsettled;
  return !!u && (u.includes('period.years') || u.includes(key));
}

/** The "Cấu hình" setting a plan or report deadline comes from (see OfficeConfig.unsettled). */
export function periodDeadlineSetting(kind: ReportKind): string {
  return kind === 'plan' ? 'milestone.KE-HOACH' : kind === 'halfYear' ? 'reports.halfYearDeadline' : 'reports.annualDeadline';
}

/**
 * The deadline of a plan or report period is a stand-in (its setting unsettled): it is never told to a school, nor in
 * the office's lines about a school, as a deadline, and no period of it is overdue — its deadline is being set again by
 * the office (review now N3).
 */
export function periodDeadlineUnsettled(cfg: Pick<OfficeConfig, 'unsettled'>, kind: ReportKind): boolean {
  return dateUnsettled(cfg, periodDeadlineSetting(kind));
}

/**
 * Where "Cấu hình" holds its settings (0-based columns): their names ("Mục"), values ("Giá trị") and explanations
 * ("Giải thích", -1 when none). `byHeader`: found by the header's words, wherever they are (a column the office inserted
 * is ignored); otherwise the column holding the most settings' names, its value the column to its right.
 */
export interface ConfigLayout {
  label: number;
  value: number;
  note: number;
  byHeader: boolean;
}

/** The layout the tool writes: "Mục" | "Giá trị" | "Giải thích" from column A. */
const TOOL_LAYOUT: ConfigLayout = { label: 0, value: 1, note: 2, byHeader: true };

let knownKeysMade: Set<string> | null = null;

/** The settings configFromRows reads. */
function knownKeys(): Set<string> {
  if (knownKeysMade) return knownKeysMade;
  const known = new Set<string>([...STRING_KEYS, ...INT_KEYS, ...MAIL_KEYS, ...VIEW_KEYS, 'reports.halfYearDeadline', 'reports.annualDeadline', 'ratings.schoolYearFrom', 'today', 'plan.date']);
  for (const id of MILESTONE_IDS) known.add(`milestone.${id}`);
  return (knownKeysMade = known);
}

/** Whether a cell names a setting, as configFromRows reads a label. */
function namesSetting(cell: unknown): boolean {
  const written = cleanText(toText(cell));
  return written !== '' && knownKeys().has(keyOfWritten(written));
}

/**
 * Where "Cấu hình" (`rows` as read, header first) holds its settings (ConfigLayout): by its header's words, else by the
 * settings' names (review r81o F3: a column "STT" inserted at A made every label a number, and every setting its
 * default). Null when rows below the header name no setting in any column; a tab of a header alone is read as the tool
 * writes it.
 */
export function configLayout(rows: readonly (readonly unknown[])[]): ConfigLayout | null {
  const header = (rows[0] || []).map((h) => matchKey(h));
  const firsts = [matchKey(CONFIG_HEADERS[0]), matchKey(CONFIG_FIRST_HEADER_OLD)];
  const label = header.findIndex((h) => firsts.includes(h));
  const value = header.indexOf(matchKey(CONFIG_HEADERS[1]));
  if (label === 0 && value === 1) return TOOL_LAYOUT.note === header.indexOf(matchKey(CONFIG_HEADERS[2])) ? TOOL_LAYOUT : { ...TOOL_LAYOUT, note: header.indexOf(matchKey(CONFIG_HEADERS[2])) };
  if (label >= 0 && value >= 0) return { label, value, note: header.indexOf(matchKey(CONFIG_HEADERS[2])), byHeader: true };
  if (rows.length <= 1) return { ...TOOL_LAYOUT, byHeader: false };
  const counts: number[] = [];
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i] || [];
    for (let c = 0; c < r.length; c++) if (namesSetting(r[c])) counts[c] = (counts[c] ?? 0) + 1;
  }
  let best = -1;
  for (let c = 0; c < counts.length; c++) if ((counts[c] ?? 0) > (best >= 0 ? counts[best] : 0)) best = c;
  return best < 0 ? null : { label: best, value: best + 1, note: best + 2, byHeader: false };
}

/**
 * "Cấu hình" (`rows` as read) as the tool lays it out — name, value, explanation — read from where `layout`
 * (configLayout) found them: `rows` itself when they are where the tool writes them. Row numbers are kept.
 */
export function configInLayout(rows: unknown[][], layout: ConfigLayout | null = configLayout(rows)): unknown[][] {
  if (!layout || (layout.label === 0 && layout.value === 1 && layout.note === 2)) return rows;
  const at = (r: readonly unknown[], c: number) => (c >= 0 && c < r.length ? r[c] : '');
  return rows.map((r) => [at(r || [], layout.label), at(r || [], layout.value), at(r || [], layout.note)]);
}

/**
 * "Cấu hình" as the print of the last full run holds it (printedValue: the values it holds whole), in the tool's layout:
 * what stands in for a tab none of whose columns names a setting (review r81o F3). Header alone without a print.
 */
function printedRows(print: SettingsPrint | null | undefined): unknown[][] {
  const rows: unknown[][] = [[CONFIG_HEADERS[0], CONFIG_HEADERS[1], CONFIG_HEADERS[2]]];
  for (const key of knownKeys()) {
    const label = settingLabel(key);
    const was = printedValue(print, label);
    if (was !== null) rows.push([label, was, '']);
  }
  return rows;
}

/**
 * `print`: the print of the settings the last full run read (src/core/settings-trail.ts); a value it holds stands in
 * for a cell emptied or unreadable since (OfficeConfig.recalled). Without it, none is recalled. `fromNumbers`: the rows
 * (0-based, as `rows`) whose value Sheets stored as a decimal number, given as the text its cell shows (src/gas/
 * typed-words.ts configAsTyped): a list of days read from it is said, as what was read (review r78p F2).
 */
export function configFromRows(asRead: unknown[][], now: Date, print?: SettingsPrint | null, fromNumbers: readonly number[] = []): ConfigReadResult {
  const errors: string[] = [];
  // Read by its header's words, or by the settings' names, wherever they stand (review r81o F3).
  const layout = configLayout(asRead);
  // No column names a setting: the values the last full run read stand in (its print), as for a row emptied.
  const rows = layout ? configInLayout(asRead, layout) : printedRows(print);
  const values: ConfigValues = new Map();
  const recalled: RecalledSetting[] = [];
  // Settings written on two rows that disagree (heldWhenTwice).
  const twice: Twice[] = [];
  // The value the print holds for the row `key` is read from (null: none known).
  const recall = (key: string): { was: string; label: string; row: number } | null => {
    const v = values.get(key);
    const was = v ? printedValue(print, v.label) : null;
    return v && was !== null ? { was, label: v.label, row: v.row } : null;
  };
  const header = rows[0] || [];
  const firstHeader = matchKey(header[0]);
  // No column names a setting: said once, not as a "mục không được hỗ trợ" on each row (review r81o F3).
  if (!layout) errors.push(configErrorNoSettings(rows.length > 1));
  else if (!layout.byHeader && layout.label > 0) errors.push(configErrorHeaderMoved(columnLetters(layout.label), columnLetters(layout.value)));
  else if ((firstHeader !== matchKey(CONFIG_HEADERS[0]) && firstHeader !== matchKey(CONFIG_FIRST_HEADER_OLD)) || matchKey(header[1]) !== matchKey(CONFIG_HEADERS[1])) {
    errors.push(configErrorMissingHeader());
  }
  const known = knownKeys();
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i] || [];
    const written = cleanText(toText(r[0]));
    if (written === '') continue;
    const key = keyOfWritten(written);
    if (!known.has(key)) {
      errors.push(configErrorUnknownKey(i + 1, written));
      continue;
    }
    if (values.has(key)) {
      const first = values.get(key)!;
      // Written twice with two values: both said, and for a deadline or mail setting neither row taken (review r66c
      // #4); said once both are read (heldTwice).
      const differs = !PROFILE_CONFIG_LABELS[key] && !sameSetting(key, first.value, r[1]);
      if (differs && heldWhenTwice(key)) twice.push({ key, first, second: { value: r[1], row: i + 1 } });
      else if (differs) errors.push(configErrorDuplicateKey(i + 1, key, first.row, { first: shownSetting(key, first.value), second: shownSetting(key, r[1]), meanwhile: CONFIG_TWICE_MEANWHILE.first(first.row, shownSetting(key, first.value)) }));
      else errors.push(PROFILE_CONFIG_LABELS[key] ? configErrorDuplicateProfileKey(i + 1, key, first.row) : configErrorDuplicateKey(i + 1, key, first.row));
      continue;
    }
    // Text Sheets made a formula that fails, its words not in it (src/gas/typed-words.ts configAsTyped reads those of a
    // "- …" or "+ …" typed): never printed to a school or in a document, as if not written meanwhile (review r78p F3).
    if (isSheetsError(r[1]) && (STRING_KEYS.includes(key) || key === 'schoolViews.contact')) {
      errors.push(configErrorFormulaText(i + 1, key, toText(r[1]).trim()));
      continue;
    }
    values.set(key, { value: r[1], row: i + 1, label: toText(r[0]) });
  }
  const ints: Record<string, number> = {};
  for (const k of INT_KEYS) {
    const v = values.get(k);
    if (!v || toText(v.value) === '') continue;
    const n = parseIntCell(v.value);
    if (n === null || n < 0) errors.push(configErrorBadNumber(v.row, k, toText(v.value)));
    else ints[k] = n;
  }
  // The date of the checks first: an office that wrote no years runs the period containing it.
  let today = isValidDate(now) ? new Date(now.getTime()) : new Date(0);
  let todayFixed: OfficeConfig['todayFixed'];
  const t = values.get('today');
  if (t && toText(t.value) !== '') {
    const d = parseConfigDate(t.value);
    if (d) (today = d), (todayFixed = { row: t.row });
    else errors.push(configErrorBadDate(t.row, 'today', toText(t.value), CONFIG_DATE_MEANWHILE.today));
  }
  // Nothing read, nor kept by the print: no mail whose setting is unknown goes out meanwhile (mailSettingHeld).
  const unsettled: string[] = layout ? [] : (['mail.reminderDaysBefore', 'mail.digestRecipients'] as const).filter((k) => !values.has(k));
  const { start, end } = readYears(values, ints, today, errors, unsettled);
  const reports: ReportSchedule = { halfYear: { ...DEFAULT_REPORTS.halfYear }, annual: { ...DEFAULT_REPORTS.annual } };
  for (const [key, prop] of [
    ['reports.halfYearDeadline', 'halfYear'],
    ['reports.annualDeadline', 'annual'],
  ] as const) {
    const v = values.get(key);
    // A report is of results: due after its half-year or year has run most of its course — from 1 April for the first
    // six months, 1 July for the year ("15/01" made "Năm 2022" due on 15/01/2022: review reports L1).
    const earliest = prop === 'halfYear' ? REPORT_EARLIEST.halfYear : REPORT_EARLIEST.annual;
    const takes = (dm: { day: number; month: number }) => dm.month > earliest.month || (dm.month === earliest.month && dm.day >= earliest.day);
    // Emptied since a full run read a deadline in it (the print holds it): a mistake as a cleared milestone is (review
    // r66c #2) — the deadline read before is kept, said with its row, and written back by Thiết lập. Never the plan's
    // default without a word. Not a stand-in: it is the deadline the schools were told, so it goes on being checked and
    // reminded of as before (review d68 #1: held as a stand-in, every report past it dropped out of what is overdue).
    const held = v && toText(v.value) === '' ? recall(key) : null;
    const heldDm = held ? parseDayMonth(held.was) : null;
    if (held && heldDm && takes(heldDm)) {
      reports[prop] = heldDm;
      const was = dayMonthText(heldDm);
      errors.push(configErrorClearedReportDeadline(held.row, key, was, dayMonthText(DEFAULT_REPORTS[prop])));
      recalled.push({ key, label: held.label, row: held.row, was, restore: true });
      continue;
    }
    if (!v || toText(v.value) === '') continue;
    const dm = parseDayMonth(v.value);
    if (dm && takes(dm)) reports[prop] = dm;
    else if (dm) errors.push(configErrorReportTooEarly(v.row, key, toText(v.value), dayMonthText(earliest), dayMonthText(DEFAULT_REPORTS[prop])));
    else {
      errors.push(configErrorBadDayMonth(v.row, key, toText(v.value)));
      unsettled.push(key);
    }
  }
  const period = periodConfig(start, end, reports);
  readMilestones(values, period, errors, unsettled, recall, recalled);
  const raw = (k: string): string | undefined => {
    const v = values.get(k);
    return v ? toText(v.value) : undefined;
  };
  // The kind first: it gives the defaults of the organisation's rows. A tab without the row: the kind its name says.
  let kind: OfficeKind = kindFromName(raw('organisation.name') ?? '') ?? DEFAULT_OFFICE_KIND;
  const kv = values.get('organisation.kind');
  if (kv && toText(kv.value) !== '') {
    const k = parseOfficeKind(kv.value);
    if (k) kind = k;
    else errors.push(configErrorBadKind(kv.row, toText(kv.value), OFFICE_PROFILES[kind].label));
  }
  const cfg = defaultConfig(today, period, kind);
  if (unsettled.length) cfg.unsettled = unsettled;
  const str = (k: string): string | undefined => {
    const s = raw(k);
    return s === undefined || isSomeKindsDefault(k, s) ? undefined : s;
  };
  const o = cfg.organisation;
  const nameRow = values.get('organisation.name');
  // Never an empty name ("… của ."): the kind's generic name meanwhile, and the office is told.
  if (nameRow && cleanText(toText(nameRow.value)) === '') errors.push(configErrorEmpty(nameRow.row, 'organisation.name', CONFIG_EMPTY_MEANWHILE.name(o.name)));
  o.name = str('organisation.name') || o.name;
  o.shortName = str('organisation.shortName') ?? o.shortName;
  o.selfName = str('organisation.selfName') || o.selfName;
  o.level = str('organisation.level') || o.level;
  o.parentAuthority = str('organisation.parentAuthority') ?? o.parentAuthority;
  o.signer.name = str('organisation.signerName') ?? o.signer.name;
  o.signer.title = str('organisation.signerTitle') ?? o.signer.title;
  o.place = str('organisation.place') ?? o.place;
  o.governingBody = str('organisation.governingBody') ?? o.governingBody;
  o.symbol = str('organisation.symbol') ?? o.symbol;
  o.lawBasis = str('legal.law') ?? o.lawBasis;
  const decree = str('legal.decree');
  // A default an earlier version wrote (the decree without its date): today's default.
  o.decreeBasis = decree !== undefined && !LEGACY_LEGAL_DEFAULTS.decreeBasis.some((d) => matchKey(d) === matchKey(decree)) ? decree : o.decreeBasis;
  // Only a written value is kept (an absent one is the default: a line to complete, the derived addressee).
  for (const [key, prop] of [
    ['legal.competence', 'competenceBasis'],
    ['awards.reward', 'reward'],
    ['awards.provinceAddressee', 'provinceAddressee'],
  ] as const) {
    const t = cleanText(str(key) ?? '');
    if (t !== '') o[prop] = t;
  }
  o.planNumber = str('plan.number') ?? o.planNumber;
  o.planTitle = str('plan.title') ?? o.planTitle;
  const rf = str('awards.reportForm');
  // Only the non-default choice is kept (an absent value is the thematic form).
  if (rf !== undefined && matchKey(rf) === matchKey(REPORT_FORM_CHOICES.duty)) o.reportForm = 'duty';
  const pd = values.get('plan.date');
  if (pd && toText(pd.value) !== '') {
    const d = parseConfigDate(pd.value);
    if (d) o.planDate = formatDate(d);
    else errors.push(configErrorBadDate(pd.row, 'plan.date', toText(pd.value), o.planDate ? CONFIG_DATE_MEANWHILE.date(o.planDate) : CONFIG_DATE_MEANWHILE.planDate));
  }
  const pn = str('period.name');
  if (pn) cfg.period.name = pn;
  const cs = str('criteria.set');
  if (cs) {
    cfg.criteriaSet = cs;
    if (!namedCatalogue(cs)) errors.push(configErrorBadCriteriaSet(values.get('criteria.set')!.row, cs, Object.keys(CATALOGUES)));
  }
  if (ints['perSchoolTabThreshold'] !== undefined) cfg.perSchoolTabThreshold = ints['perSchoolTabThreshold'];
  if (ints['initiativeSlots'] !== undefined) cfg.initiativeSlots = Math.max(1, Math.min(10, ints['initiativeSlots']));
  if (ints['scoring.excellentYear'] !== undefined) cfg.scoring.excellentYear = ints['scoring.excellentYear'];
  if (ints['scoring.initiativeLevel'] !== undefined) cfg.scoring.initiativeLevel = ints['scoring.initiativeLevel'];
  if (ints['scoring.initiative'] !== undefined) cfg.scoring.initiative = ints['scoring.initiative'];
  if (ints['scoring.priorityCriterion'] !== undefined) cfg.scoring.priorityCriterion = ints['scoring.priorityCriterion'];
  const rfr = values.get('ratings.schoolYearFrom');
  if (rfr && toText(rfr.value) !== '') {
    const dm = parseDayMonth(rfr.value);
    // Never before the school year can have ended (a date cell a US-locale sheet read "01/06" as 6 January, say).
    if (dm && dm.month < RATED_FROM_EARLIEST.month) errors.push(configErrorRatedTooEarly(rfr.row, 'ratings.schoolYearFrom', dayMonthText(dm), dayMonthText(RATED_FROM_EARLIEST)));
    else if (dm) cfg.ratedFrom = dm;
    else errors.push(configErrorBadDayMonth(rfr.row, 'ratings.schoolYearFrom', toText(rfr.value)));
  }
  if (todayFixed) cfg.todayFixed = todayFixed;
  readMailSettings(values, cfg.mail, errors, recall, recalled, unsettled, fromNumbers);
  // A mail row deleted while the tab is read: the value read last time, not the default (review d81b F4). A tab none of
  // whose columns names a setting reads the print whole (printedRows), its mail held without it (above).
  if (layout) {
    const gone = mailRowsGone(values, cfg.mail, print, unsettled);
    if (gone.length) cfg.mailRowsGone = gone;
  }
  readViewSettings(values, cfg.schoolViews, errors);
  // One contact for the office: at the end of every e-mail to a school and of each school's view.
  cfg.organisation.contact = cfg.schoolViews.contact;
  if (recalled.length) cfg.recalled = recalled;
  heldTwice(twice, cfg, unsettled, errors);
  if (unsettled.length) cfg.unsettled = unsettled;
  return { config: cfg, errors, rows: layout ? rows : null };
}

// ---- per-school views (issue 18) ----------------------------------------------------------------

const VIEW_KEYS = ['schoolViews.enabled', 'schoolViews.publishComments', 'schoolViews.contact'];
const YES_TEXT = MANDATORY_YES;
const NO_TEXT = REMINDERS_OFF;

/**
 * How an office says "off" in "Cấu hình" (by plainKey): "Không", "Tắt", "Không gửi", "Không nhắc" (also without the
 * Vietnamese keyboard). The school views' switches and "Nhắc hạn trước" read the same words (review r66c #5: "Tắt",
 * read as off for the views, was unreadable for reminders).
 */
const OFF_WORDS: ReadonlySet<string> = new Set(['khong', 'false', 'tat', 'khong gui', 'khong nhac']);

/** "Có"/"Không" (also "co", "khong", "x", true/false, "Bật"/"Tắt", OFF_WORDS); null when unreadable. */
export function parseYesNo(v: unknown): boolean | null {
  if (typeof v === 'boolean') return v;
  const k = plainKey(v);
  if (k === 'co' || k === 'x' || k === 'true' || k === 'bat') return true;
  if (OFF_WORDS.has(k)) return false;
  return null;
}

function readViewSettings(values: Map<string, { value: unknown; row: number }>, views: SchoolViewSettings, errors: string[]): void {
  for (const [key, prop] of [
    ['schoolViews.enabled', 'enabled'],
    ['schoolViews.publishComments', 'publishComments'],
  ] as const) {
    const v = values.get(key);
    if (!v || toText(v.value) === '') continue;
    const b = parseYesNo(v.value);
    if (b === null) errors.push(configErrorBadYesNo(v.row, key, toText(v.value)));
    else views[prop] = b;
  }
  const c = values.get('schoolViews.contact');
  if (c) views.contact = cleanText(toText(c.value));
}

// ---- scheduled e-mail keys ----------------------------------------------------------------------

const MAIL_KEYS = ['mail.digestRecipients', 'mail.digestWeekDay', 'mail.digestHour', 'mail.reminderDaysBefore'];
const EMAIL_RE = EMAIL;

const WEEKDAY_WORDS = ['hai', 'ba', 'tu', 'nam', 'sau', 'bay'];

/** A weekday as typed: "Thứ Hai"/"thứ 2"/"T2"/2 … "Thứ Bảy"/7, "Chủ nhật"/"CN"; ISO number (1 = Monday … 7 = Sunday) or null. */
export function parseWeekDay(v: unknown): number | null {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 2 && v <= 7 ? v - 1 : null;
  const k = plainKey(v);
  if (k === 'chu nhat' || k === 'cn') return 7;
  const m = /^(?:thu |t)?([2-7])$/.exec(k) || /^thu (hai|ba|tu|nam|sau|bay)$/.exec(k);
  if (!m) return null;
  const i = WEEKDAY_WORDS.indexOf(m[1]);
  return i >= 0 ? i + 1 : +m[1] - 1;
}

/** "14; 3" (or "14, 3", a number, "Không" or another OFF_WORDS) as distinct day counts, largest first; null when unreadable. */
export function parseDaysList(v: unknown): number[] | null {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 && v <= 366 ? [v] : null;
  const s = toText(v);
  if (OFF_WORDS.has(plainKey(s))) return [];
  const parts = s.split(/[;,\s]+/).filter((p) => p !== '');
  const out: number[] = [];
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || +p > 366) return null;
    if (out.indexOf(+p) < 0) out.push(+p);
  }
  return out.length ? out.sort((a, b) => b - a) : null;
}

/**
 * The mail settings. One the run cannot read keeps the value the last full run read in its row (the print of the
 * settings), said as kept, never the built-in default without a word: a typo in a switch the office set to off turned
 * reminders on for every school (review r66c #5). With no such value known: the digest's day and hour their defaults,
 * and no reminder while "Nhắc hạn trước" is unreadable.
 */
function readMailSettings(values: ConfigValues, mail: MailSettings, errors: string[], recall: Recall, recalled: RecalledSetting[], unsettled: string[], fromNumbers: readonly number[]): void {
  const get = (k: string) => {
    const v = values.get(k);
    return v && toText(v.value) !== '' ? v : undefined;
  };
  // The value the print holds for `key`, read by `parse` (null: none, or not readable either); recalled when used.
  const kept = <T>(key: string, parse: (v: unknown) => T | null): { value: T; said: string } | null => {
    const held = recall(key);
    const value = held ? parse(held.was) : null;
    if (!held || value === null) return null;
    recalled.push({ key, label: held.label, row: held.row, was: held.was });
    return { value, said: CONFIG_MAIL_MEANWHILE.kept(held.was) };
  };
  const rcpt = get('mail.digestRecipients');
  if (rcpt) {
    const all = splitEmails(rcpt.value);
    const bad = all.filter((a) => !EMAIL_RE.test(a));
    if (bad.length) errors.push(configErrorBadEmails(rcpt.row, 'mail.digestRecipients', bad));
    mail.digestRecipients = all.filter((a, i) => EMAIL_RE.test(a) && all.indexOf(a) === i);
    // Written, but no address can be read: not an office that emptied the row — a digest waiting waits (mailSettingHeld).
    if (mail.digestRecipients.length === 0 && !unsettled.includes('mail.digestRecipients')) unsettled.push('mail.digestRecipients');
  }
  const day = get('mail.digestWeekDay');
  if (day) {
    const d = parseWeekDay(day.value);
    const k = d === null ? kept('mail.digestWeekDay', parseWeekDay) : null;
    if (d === null) errors.push(configErrorBadWeekDay(day.row, 'mail.digestWeekDay', toText(day.value), k?.said ?? CONFIG_MAIL_MEANWHILE.weekDay));
    mail.digestWeekDay = d ?? k?.value ?? mail.digestWeekDay;
  }
  const hour = get('mail.digestHour');
  if (hour) {
    const h = parseHour(hour.value);
    const k = h === null ? kept('mail.digestHour', parseHour) : null;
    if (h === null) errors.push(configErrorBadHour(hour.row, 'mail.digestHour', shownText(hour.value), k?.said ?? CONFIG_MAIL_MEANWHILE.hour));
    else if (clockOf(hour.value)?.minutes) errors.push(configNoteHourMinutes(hour.row, 'mail.digestHour', shownText(hour.value), h));
    mail.digestHour = h ?? k?.value ?? mail.digestHour;
  }
  const days = get('mail.reminderDaysBefore');
  if (days) {
    const list = parseDaysList(days.value);
    const k = list === null ? kept('mail.reminderDaysBefore', parseDaysList) : null;
    if (list === null) errors.push(configErrorBadDaysList(days.row, 'mail.reminderDaysBefore', toText(days.value), k?.said ?? CONFIG_MAIL_MEANWHILE.noReminders));
    // "7,3" typed is 7.3 to a Vietnamese-locale Sheet, read as the "7,3" its cell shows: the office is told what was read,
    // as a "0" typed last is lost ("7,30" shows "7,3"), never quoting a value (review r78p F2).
    if (list !== null && list.length > 0 && fromNumbers.includes(days.row - 1)) errors.push(configNoteDaysFromNumber(days.row, 'mail.reminderDaysBefore', list));
    mail.reminderDaysBefore = list ?? k?.value ?? [];
    // None sent only because the row cannot be read: reminders already waiting wait (mailSettingHeld).
    if (list === null && !k) unsettled.push('mail.reminderDaysBefore');
  }
}

/**
 * The mail settings `values` lacks (their rows deleted) that the print `print` holds (OfficeConfig.mailRowsGone): the
 * value it holds put in `mail`, or the mail held (`unsettled`). One no print holds (a setting a later version brought,
 * or a cell left empty before) keeps its default.
 */
function mailRowsGone(values: ConfigValues, mail: MailSettings, print: SettingsPrint | null | undefined, unsettled: string[]): { key: string; label: string; kept: boolean }[] {
  const out: { key: string; label: string; kept: boolean }[] = [];
  for (const key of MAIL_KEYS) {
    if (values.has(key)) continue;
    const label = settingLabel(key);
    const was = printedValue(print, label);
    if (was === null && !printedCut(print, label)) continue;
    let kept = false;
    if (was !== null && key === 'mail.reminderDaysBefore') {
      const list = parseDaysList(was);
      if (list !== null) (mail.reminderDaysBefore = list), (kept = true);
    } else if (was !== null && key === 'mail.digestRecipients') {
      const all = splitEmails(was).filter((a) => EMAIL_RE.test(a));
      if (all.length) (mail.digestRecipients = all.filter((a, i) => all.indexOf(a) === i)), (kept = true);
    } else if (was !== null && key === 'mail.digestWeekDay') {
      const d = parseWeekDay(was);
      if (d !== null) (mail.digestWeekDay = d), (kept = true);
    } else if (was !== null && key === 'mail.digestHour') {
      const h = parseHour(was);
      if (h !== null) (mail.digestHour = h), (kept = true);
    }
    const holds = key === 'mail.reminderDaysBefore' || key === 'mail.digestRecipients';
    if (!kept && holds && !unsettled.includes(key)) unsettled.push(key);
    if (kept || holds) out.push({ key, label, kept });
  }
  return out;
}

/**
 * An hour of the day (0–23); null when unreadable. "8:00" typed is a time to a Vietnamese-locale Sheet (a Date of
 * 30/12/1899): its hour, as "8:00" or "8:30" kept as text (the minutes said by the caller; review r82p F2).
 */
function parseHour(v: unknown): number | null {
  const clock = clockOf(v);
  const h = clock ? clock.hour : parseIntCell(v);
  return h !== null && h >= 0 && h <= 23 ? h : null;
}

/** The hour and minutes of a time of day: a time cell (Sheets' day zero), or text "8:00" / "8:30:15"; null otherwise. */
function clockOf(v: unknown): { hour: number; minutes: number } | null {
  if (isTimeOfDay(v)) return { hour: v.getHours(), minutes: v.getMinutes() * 60 + v.getSeconds() };
  const m = typeof v === 'string' ? /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(toText(v)) : null;
  if (!m || +m[2] > 59 || +(m[3] ?? 0) > 59) return null;
  return { hour: +m[1], minutes: +m[2] * 60 + +(m[3] ?? 0) };
}

/** A cell's value as its cell shows it: a time as typed ("8:00", never the 30/12/1899 it is stored on), a date-time with its hour. */
function shownText(v: unknown): string {
  if (isTimeOfDay(v)) return timeOfDayText(v);
  if (isValidDate(v) && (v.getHours() || v.getMinutes() || v.getSeconds())) return `${formatDate(v)} ${timeOfDayText(v)}`;
  return toText(v);
}

/**
 * While "Ngày kiểm tra" holds a date: what the office is told at every rebuild and at Thiết lập (a date typed to check
 * "as of the deadline" and forgotten changed verdicts and held a nominee back with nothing said, review "settings" #1).
 */
export function todayFixedNote(cfg: OfficeConfig, now?: Date): string | null {
  if (!cfg.todayFixed) return null;
  const note = configTodayFixed(cfg.todayFixed.row, formatDate(cfg.today));
  const stale = now ? todayFixedStale(cfg, now) : null;
  return stale ? `${stale} ${note}` : note;
}

/**
 * "Ngày kiểm tra" holds a day outside the period's years, or in a school year (from 1 September) before the one of
 * `now`: likely a trial date left behind (review now N7). The warning that comes first in todayFixedNote, or null.
 */
export function todayFixedStale(cfg: OfficeConfig, now: Date): string | null {
  if (!cfg.todayFixed) return null;
  const t = cfg.today;
  const schoolYear = (d: Date) => (d.getMonth() >= 8 ? d.getFullYear() : d.getFullYear() - 1);
  const outside = t.getFullYear() < cfg.period.startYear || t.getFullYear() > cfg.period.endYear;
  const y = schoolYear(t);
  const past = y < schoolYear(now);
  if (!outside && !past) return null;
  return configTodayFixedStale(formatDate(t), outside ? periodName(cfg.period.startYear, cfg.period.endYear) : null, past ? `${y}-${y + 1}` : null);
}

/**
 * "Ngày ban hành Kế hoạch" against the period it is the plan of (review now N1): a plan issued before 1 January of the
 * year before the period's first (`before`: a file copied from the previous period keeps its plan), or after the day of
 * the document citing it (`after`, with `date`). The documents print what the office wrote; this is what to check.
 */
export interface PlanDateProblem {
  kind: 'before' | 'after';
  /** The plan's date as read (dd/MM/yyyy). */
  planDate: string;
  /** before: the first year a plan of the period can be from; after: the document's day (dd/MM/yyyy). */
  bound: string;
}

export function planDateProblem(org: Pick<Organisation, 'planDate'>, period: Pick<Period, 'startYear'>, date?: Date): PlanDateProblem | null {
  const planDate = parseConfigDate(org.planDate.trim());
  if (!planDate) return null;
  const read = formatDate(planDate);
  const earliest = new Date(period.startYear - 1, 0, 1);
  if (planDate.getTime() < earliest.getTime()) return { kind: 'before', planDate: read, bound: String(period.startYear - 1) };
  if (date && isValidDate(date)) {
    const day = new Date(date.getFullYear(), date.getMonth(), date.getDate());
    if (planDate.getTime() > day.getTime()) return { kind: 'after', planDate: read, bound: formatDate(day) };
  }
  return null;
}

/** What Thiết lập says of a plan dated before its period could have one (planDateProblem); null when nothing to say. */
export function planDateNote(cfg: Pick<OfficeConfig, 'organisation' | 'period'>): string | null {
  const p = planDateProblem(cfg.organisation, cfg.period);
  return p && p.kind === 'before' ? configPlanDateBeforePeriod(p.planDate, Number(p.bound), cfg.period.name) : null;
}
