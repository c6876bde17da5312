// The generated summary tabs, as rectangles one setValues writes: a tab per school (or per commune/ward or
// emulation cluster above the configured number of schools), the "Tra cứu đơn vị" lookup tab, and the office's
// "Tổng hợp" with its blocks and the range of its chart. Pure and linear in schools + registrations; the order
// is deterministic (directory order, registrations by id). Text is in messages/summaries.ts.
import { OfficeConfig, officeWord, periodDeadlineUnsettled, reportingPeriods, todayFixedNote, type ReportKind } from './config';
import type { Criterion } from './criteria';
import type { School } from './directory';
import type { EvaluateOutput, EvaluatedRegistration } from './evaluate';
import { toFixCell } from './emails';
import { minimumIsRequired, minimumParts, openYearLastDay, registrationSchoolYear, reportRequired } from './school-duties';
import { FIELD_CHOICES, HAPPY_SCHOOL_CHOICES, MODEL_CHOICES, happySchoolConcrete } from './form-titles';
import { KIND_LABELS, RESULTS_HEADER, SCHOOL_LEVELS, TAB, VERDICT_LABELS, minuteOnDay } from './messages';
import {
  DUTY_CELL,
  DUTY_STATUS,
  DUTY_STATUS_MINIMUM_OPEN,
  DUTY_STATUS_NOT_COUNTED,
  GROUP_DUTIES_HEADER,
  GROUP_DUTIES_TITLE,
  GROUP_NO_CLUSTER,
  GROUP_NO_WARD,
  GROUP_REGISTRATIONS_TITLE,
  GROUP_TAB_HEADER,
  LOOKUP_DUTIES_TITLE,
  LOOKUP_HINT,
  LOOKUP_LIST_HEADER,
  LOOKUP_NO_ROWS,
  LOOKUP_NO_SCHOOL,
  LOOKUP_REGISTRATIONS_TITLE,
  LOOKUP_SELECT_LABEL,
  LOOKUP_TAB,
  REVIEW_TAB,
  SCHOOL_TAB_DUTIES_TITLE,
  SCHOOL_TAB_FALLBACK_NAME,
  SCHOOL_TAB_HEADER,
  SCHOOL_TAB_YEAR_LATE,
  SUMMARY_MINIMUM_NOT_REQUIRED,
  belowMinimumTitle,
  type MinimumParts,
  groupDutiesHeader,
  summarySchoolHeader,
  summaryAllMeetMinimum,
  summaryMinimumNotDue,
  SUMMARY_BELOW_HEADER,
  SUMMARY_BLOCK_TITLES,
  SUMMARY_COUNT_HEADER,
  SUMMARY_CHART_HEADER,
  SUMMARY_CHART_TITLE,
  SUMMARY_FIELD_HEADER,
  SUMMARY_GENERATED_NOTICE,
  SUMMARY_LEVEL_HEADER,
  SUMMARY_MODEL_HEADER,
  SUMMARY_NO_FIELD,
  SUMMARY_NO_LEVEL,
  SUMMARY_NO_MODEL,
  SUMMARY_OTHER_FIELD,
  SUMMARY_OTHER_MODEL,
  SUMMARY_SCHOOL_HEADER,
  SUMMARY_TAB,
  SUMMARY_TOTAL,
  SUMMARY_UNKNOWN_SCHOOL,
  TAB_NAME_ABBREVIATIONS,
  dutyCellReports,
  dutyLineMinimum,
  dutyLineOffice,
  dutyLinePlan,
  dutyLineReports,
  dutyTextLacking,
  dutyTextPeriod,
  dutyTextPeriodUnsettled,
  dutyTextPlanMissing,
  dutyTextPlanNoEvidence,
  dutyTextPeriodOtherSchoolLine,
  dutyTextPlanOtherSchool,
  dutyTextPlanOtherSchoolLine,
  dutyTextPeriodOtherSchool,
  dutyTextReportsOtherSchool,
  dutyTextPlanNotDue,
  dutyTextPlanSent,
  dutyTextReportsAllSent,
  dutyTextReportsMissing,
  dutyTextReportsNoEvidence,
  dutyTextReportsEarly,
  dutyTextPeriodEarly,
  dutyTextReportsNoneDue,
  groupTabTitle,
  schoolTabCounts,
  schoolTabCouncil,
  schoolTabIdentity,
  schoolTabSuperseded,
  schoolTabSupersededCounted,
  summaryAsOf,
  summaryHappySchoolNoType,
  summaryHappySchoolTotal,
  summaryHappySchoolType,
  SUMMARY_DUTY_TOTAL,
  summaryOverall,
  summaryReviewProgress,
  summaryTitle,
} from './messages/summaries';
import { compareIds, type ReviewProgress } from './review';
import { cleanText, deadlinePassed as passed, formatDate, matchKey } from './text';
import { DISPLAY, displayText } from './registration';
import { typeWithConcrete } from './results-table';
import { scoreTotal } from './validate';
import { earlyReportOf, otherSchoolReportOf, reportHasEvidence } from './reports';

export { LOOKUP_TAB, SUMMARY_TAB };

/** Google Sheets holds at most this many cells in one spreadsheet, over all its tabs. */
export const SPREADSHEET_CELL_LIMIT = 10_000_000;
/** The grid a new tab gets before it is trimmed (1000 rows × 26 columns). */
export const NEW_TAB_CELLS = 26_000;
/**
 * Generated tab names hold at most this many characters: Sheets allows 100, but an .xlsx download keeps 31
 * (Excel's limit), and a tab cut there would no longer be recognised when the workbook comes back.
 */
export const TAB_NAME_MAX = 31;
/**
 * The first rows of a generated tab, where its notice (SUMMARY_GENERATED_NOTICE) is written: a school tab's tallest head
 * puts it on row 12 (name, code, counts, the council's line, the moment, two lines of replaced ones, the duties' title
 * and three duties); a few rows to spare.
 */
export const GENERATED_NOTICE_ROWS = 16;

/** A tab as one rectangle: `header` is its first row, every row of `rows` is as wide. */
export interface SheetTab {
  name: string;
  header: string[];
  rows: unknown[][];
  /** Rows to freeze (from the top). */
  frozenRows: number;
  /** Suggested column widths in pixels (0-based columns). */
  widths?: number[];
  /** Rows the tab's grid must keep (for a formula's spill); the rows are padded to it already. */
  gridRows?: number;
  /**
   * Ranges (A1) whose cells, headings included, are centred: a column of numbers or short codes and its heading
   * read as one (a right-aligned number under a left-aligned heading reads as the next column's).
   */
  centred?: string[];
}

// ---- per-school facts, computed once -----------------------------------------------------------------

export interface Counts {
  total: number;
  collective: number;
  individual: number;
  dat: number;
  chuaDat: number;
  canBoSung: number;
}

export type DutyStatus = keyof typeof DUTY_STATUS;

export interface SchoolSummary {
  school: School;
  /** Registrations in force (not superseded), by id. */
  registrations: EvaluatedRegistration[];
  /** Registrations of this school superseded by a later one (not shown on its tab). */
  superseded: number;
  /** Those registrations themselves (still counted in the minimum for the school year they were sent in). */
  replaced: EvaluatedRegistration[];
  counts: Counts;
  minimum: DutyStatus;
  plan: DutyStatus;
  reports: DutyStatus;
  meetsMinimum: boolean;
  /** One line per duty, for the school's tab. */
  dutyLines: string[];
  /** Short cells of the duties tables. */
  planCell: string;
  reportsCell: string;
  /** What is still missing, in one sentence ('' when nothing). */
  missing: string;
  /** What is missing of the minimum (III.1) alone ('' when met). */
  minimumMissing: string;
}

const zero = (): Counts => ({ total: 0, collective: 0, individual: 0, dat: 0, chuaDat: 0, canBoSung: 0 });

/**
 * Whether the only mandatory criterion a registration does not meet (or lacks evidence for) is the catalogue's
 * `index`-th, not met: read from the status codes evaluateAll leaves on it (one character a criterion of the catalogue,
 * src/core/validate.ts evaluateCompact), without building any text. False without them.
 */
function failsOnlyOn(r: EvaluatedRegistration, catalogue: readonly Criterion[], index: number): boolean {
  const codes = (r as { codes?: string }).codes;
  if (r.problems.length > 0 || typeof codes !== 'string' || codes.length !== catalogue.length) return false;
  for (let i = 0; i < codes.length; i++) {
    if (i === index || !catalogue[i].mandatory) continue;
    const c = codes.charCodeAt(i);
    if (c === 110 || c === 120) return false; // 'n' not met, 'x' missing (validate.ts CODE_STATUS)
  }
  return codes.charCodeAt(index) === 110;
}

function addTo(c: Counts, r: EvaluatedRegistration): void {
  c.total++;
  if (r.kind === 'collective') c.collective++;
  else if (r.kind === 'individual') c.individual++;
  const v = r.verdict;
  if (v === 'dat') c.dat++;
  else if (v === 'chuaDat') c.chuaDat++;
  else c.canBoSung++;
}

function addCounts(c: Counts, d: Counts): void {
  c.total += d.total;
  c.collective += d.collective;
  c.individual += d.individual;
  c.dat += d.dat;
  c.chuaDat += d.chuaDat;
  c.canBoSung += d.canBoSung;
}

const countCells = (c: Counts): number[] => [c.total, c.collective, c.individual, c.dat, c.chuaDat, c.canBoSung];

/**
 * A duty's status from its results' statuses; `optional`: how many results it has of criteria the office switched to
 * "Không" in "Tiêu chí" (not in `statuses`: review r67t #5) — a duty with only those is not required.
 */
function statusOf(statuses: string[], optional = 0): DutyStatus {
  if (statuses.length === 0) return optional > 0 ? 'notRequired' : 'notDue';
  if (statuses.indexOf('notMet') >= 0) return 'notMet';
  if (statuses.indexOf('missing') >= 0) return 'missing';
  if (statuses.every((s) => s === 'notApplicable')) return 'notDue';
  return 'met';
}


/** `otherSchool`: sent without evidence only from another listed school's address (review d63 F6), told apart. */
type PeriodState = 'sent' | 'noEvidence' | 'otherSchool' | 'missing' | 'notDue';

const DUTY_GROUP: Record<string, 'minimum' | 'plan' | 'reports'> = {
  schoolHasCollective: 'minimum',
  schoolHasIndividual: 'minimum',
  schoolPlan: 'plan',
  halfYearReports: 'reports',
  annualReports: 'reports',
};

/**
 * Every school of the directory (in directory order) with its registrations in force, counts, and the status of
 * its duties (III.1 minimum, III.4 plan, IV.2 reports) with what is missing. Linear.
 */
export function schoolSummaries(output: EvaluateOutput, config: OfficeConfig): SchoolSummary[] {
  const hit = summaryMemo.get(output);
  if (hit && hit.config === config) return hit.summaries;
  const summaries = computeSchoolSummaries(output, config);
  summaryMemo.set(output, { config, summaries });
  return summaries;
}

/** The summaries of an output are computed once, whichever of the tabs asks first (the inputs are not mutated). */
const summaryMemo = new WeakMap<EvaluateOutput, { config: OfficeConfig; summaries: SchoolSummary[] }>();

function computeSchoolSummaries(output: EvaluateOutput, config: OfficeConfig): SchoolSummary[] {
  /** The parts of the minimum the office requires, which its duty line states (review d67 #8). */
  const minimumAsked = minimumParts(output);
  /** Whether the office requires the reports of a kind (reportRequired), asked once per kind. */
  const requiredKinds = new Map<ReportKind, boolean>();
  const required = (kind: ReportKind) => requiredKinds.get(kind) ?? requiredKinds.set(kind, reportRequired(output, kind)).get(kind)!;
  /** The reports the duty line names: both kinds, or the one the office still requires. */
  const reportKinds = required('halfYear') === required('annual') ? 'both' : required('halfYear') ? 'halfYear' : 'annual';
  const schools = output.directory.schools;
  const index = new Map<string, number>();
  schools.forEach((s, i) => index.set(s.key, i));
  const regs: EvaluatedRegistration[][] = schools.map(() => []);
  const replaced: EvaluatedRegistration[][] = schools.map(() => []);
  const all = output.registrations;
  for (let k = 0; k < all.length; k++) {
    const r = all[k];
    if (!r.school) continue;
    const i = index.get(r.school.key);
    if (i === undefined) continue;
    if (r.flags.supersededBy) replaced[i].push(r);
    else regs[i].push(r);
  }
  // Registrations come in response order, mostly already in id order: sort only a list that is not.
  for (const list of regs) {
    let sorted = true;
    for (let j = 1; j < list.length && sorted; j++) sorted = compareIds(list[j - 1].id, list[j].id) <= 0;
    if (!sorted) list.sort((a, b) => compareIds(a.id, b.id));
  }
  // Report states per school and period; what is the same for every school (a period's text, whether its deadline
  // has passed) worked out once.
  const periods = reportingPeriods(config.period);
  // A deadline that is a stand-in (review now N3) is named without a date, and no period of it is overdue.
  const unsettled = periods.map((p) => periodDeadlineUnsettled(config, p.kind));
  const periodTexts = periods.map((p, k) => (unsettled[k] ? dutyTextPeriodUnsettled(p.label, officeWord(config.organisation)) : dutyTextPeriod(p.label, formatDate(p.deadline))));
  const periodPassed = periods.map((p, k) => !unsettled[k] && passed(p.deadline, config.today));
  const withEvidence: Set<string>[] = schools.map(() => new Set());
  const without: Set<string>[] = schools.map(() => new Set());
  /** Periods with a report of the school's own (not from another listed school's address: ProgressReport.sentFrom). */
  const own: Set<string>[] = schools.map(() => new Set());
  for (const rep of output.reports) {
    // One sent before its period could report anything (the wrong period chosen) is no report of it (review yearahead R2).
    if (!rep.school || !rep.period || rep.early) continue;
    const i = index.get(rep.school.key);
    if (i === undefined) continue;
    if (reportHasEvidence(rep)) withEvidence[i].add(rep.period.id);
    else without[i].add(rep.period.id);
    if (!rep.sentFrom) own[i].add(rep.period.id);
  }
  const groupOf = new Map<string, 'minimum' | 'plan' | 'reports'>();
  for (const c of output.catalogue as Criterion[]) if (DUTY_GROUP[c.evaluator]) groupOf.set(c.id, DUTY_GROUP[c.evaluator]);
  const dutiesByKey = new Map<string, (typeof output.schoolDuties)[number]>();
  output.schoolDuties.forEach((d, i) => {
    const s = schools[i];
    if (s && s.name === d.schoolName) dutiesByKey.set(s.key, d);
    else dutiesByKey.set(matchKey(d.schoolName), d);
  });

  return schools.map((school, i) => {
    const counts = zero();
    const mine = regs[i];
    for (let k = 0; k < mine.length; k++) addTo(counts, mine[k]);
    const statuses = { minimum: [] as string[], plan: [] as string[], reports: [] as string[] };
    // The results of duties the office switched to "Không" in "Tiêu chí", by group: they decide nothing (review r67t #5).
    const optional = { minimum: 0, plan: 0, reports: 0 };
    const duty = dutiesByKey.get(school.key);
    const results = duty ? duty.results : [];
    for (let k = 0; k < results.length; k++) {
      const res = results[k];
      const g = groupOf.get(res.criterionId);
      if (!g) continue;
      if (res.mandatory) statuses[g].push(res.status);
      else optional[g]++;
    }
    const minimum = statusOf(statuses.minimum, optional.minimum);
    const plan = statusOf(statuses.plan, optional.plan);
    const reports = statusOf(statuses.reports, optional.reports);
    // The office itself ("Cơ quan quản lý"): no school duty, its cells say so, nothing missing (review diff35 H2).
    if (school.office) {
      const na = DUTY_CELL.notApplicable;
      return { school, registrations: regs[i], superseded: replaced[i].length, replaced: replaced[i], counts, minimum, plan, reports, meetsMinimum: true, dutyLines: [dutyLineOffice], planCell: na, reportsCell: na, missing: '', minimumMissing: '' };
    }
    // What each period shows, for the details.
    const state = (k: number): PeriodState => {
      const p = periods[k];
      return withEvidence[i].has(p.id) ? 'sent' : without[i].has(p.id) ? (own[i].has(p.id) ? 'noEvidence' : 'otherSchool') : periodPassed[k] ? 'missing' : 'notDue';
    };
    /** The last report of a period from another school's address: its day and that school (otherSchoolReportOf). */
    const other = (k: number) => otherSchoolReportOf(output.reports, school.key, periods[k].id) ?? { sentOn: '', sender: '' };
    let planText = '';
    let planCell: string = DUTY_CELL.planNotDue;
    // The plan's duty line when its only copy came from another school's address (in `missing`, planText).
    let planLine = '';
    const missingReports: string[] = [];
    const noEvidenceReports: string[] = [];
    const otherSchoolReports: string[] = [];
    // The same periods as the reports' duty line says them when they alone keep the duty open (review d64b #6).
    const otherSchoolLines: string[] = [];
    const earlyReports: string[] = [];
    const earlyAhead: string[] = [];
    let due = 0;
    let sent = 0;
    for (let k = 0; k < periods.length; k++) {
      const p = periods[k];
      const st = state(k);
      const period = periodTexts[k];
      if (p.kind === 'plan') {
        if (planText !== '') continue;
        if (st === 'sent') (planText = dutyTextPlanSent(p.label)), (planCell = DUTY_CELL.planSent);
        else if (st === 'noEvidence') (planText = dutyTextPlanNoEvidence(p.label)), (planCell = DUTY_CELL.planNoEvidence);
        else if (st === 'otherSchool') {
          planText = dutyTextPlanOtherSchool(p.label, other(k).sentOn, other(k).sender);
          planLine = dutyTextPlanOtherSchoolLine(p.label, other(k).sentOn, other(k).sender);
          planCell = DUTY_CELL.planOtherSchool;
        }
        else if (st === 'missing') (planText = dutyTextPlanMissing(period)), (planCell = DUTY_CELL.planMissing);
        else (planText = dutyTextPlanNotDue(period)), (planCell = DUTY_CELL.planNotDue);
        continue;
      }
      // Reports of a kind the office switched to "Không" in "Tiêu chí" (half-year off, annual kept): not due, not listed,
      // as the reminders leave them out (review d67 #5).
      if (!required(p.kind)) continue;
      if (st === 'notDue') {
        // Sent already, too early to count (review d62 F1): said before the period is due too (the digest sends the
        // office here for the reason).
        const early = earlyReportOf(output.reports, school.key, p.id);
        if (early) earlyAhead.push(dutyTextPeriodEarly(period, early.sentOn, early.from));
        continue;
      }
      due++;
      if (st === 'sent') sent++;
      else if (st === 'noEvidence') noEvidenceReports.push(period);
      else if (st === 'otherSchool') {
        otherSchoolReports.push(dutyTextPeriodOtherSchool(period, other(k).sentOn, other(k).sender));
        otherSchoolLines.push(dutyTextPeriodOtherSchoolLine(period, other(k).sentOn, other(k).sender));
      }
      else {
        // Sent, but too early to count (review d62 F1): not "chưa gửi".
        const early = earlyReportOf(output.reports, school.key, p.id);
        if (early) earlyReports.push(dutyTextPeriodEarly(period, early.sentOn, early.from));
        else missingReports.push(period);
      }
    }
    const reportParts: string[] = [];
    if (missingReports.length) reportParts.push(dutyTextReportsMissing(missingReports));
    if (earlyReports.length) reportParts.push(dutyTextReportsEarly(earlyReports));
    if (noEvidenceReports.length) reportParts.push(dutyTextReportsNoEvidence(noEvidenceReports));
    // The reports' detail with the periods sent from another school's address said as `other` (last).
    const reportsTextWith = (other: string) => {
      const parts = other ? [...reportParts, other] : reportParts;
      return [due === 0 ? dutyTextReportsNoneDue : parts.length ? parts.join('; ') : dutyTextReportsAllSent(due), earlyAhead.length ? dutyTextReportsEarly(earlyAhead) : '']
        .filter((x) => x !== '')
        .join('; ');
    };
    const otherSchoolText = otherSchoolReports.length ? dutyTextReportsOtherSchool(otherSchoolReports) : '';
    const reportsText = reportsTextWith(otherSchoolText);
    const reportsCell = reports === 'notRequired' ? DUTY_CELL.notRequired : due === 0 ? DUTY_CELL.reportsNoneDue : dutyCellReports(sent, due);
    if (plan === 'notRequired') planCell = DUTY_CELL.notRequired;
    // A school year still open is named with its last day (review openyear).
    const minimumMissing = minimum === 'met' || minimum === 'notRequired' || !duty ? '' : dutyTextLacking(duty.lacking, openYearLastDay(duty.lacking, config));
    const missing: string[] = [];
    if (minimumMissing) missing.push(minimumMissing);
    if (plan === 'notMet' || plan === 'missing') missing.push(planText);
    if (reports === 'notMet' || reports === 'missing') missing.push(...reportParts, ...(otherSchoolText ? [otherSchoolText] : []));
    return {
      school,
      registrations: regs[i],
      superseded: replaced[i].length,
      replaced: replaced[i],
      counts,
      minimum,
      plan,
      reports,
      // Nothing below what the office requires: a minimum it switched off lists no school below it (review r67t #5).
      meetsMinimum: minimum === 'met' || minimum === 'notRequired',
      dutyLines: [
        // Missing: only the school year still open lacks a registration, which the school can still send (review openyear).
        dutyLineMinimum(minimum === 'missing' ? DUTY_STATUS_MINIMUM_OPEN : DUTY_STATUS[minimum], counts.collective, counts.individual, minimumMissing, minimumAsked),
        // Open only for a copy from another school's address: its status says it is not counted, its detail the address,
        // each once (review d63 F6, d64b #6).
        plan === 'missing' && planLine ? dutyLinePlan(DUTY_STATUS_NOT_COUNTED, planLine) : dutyLinePlan(DUTY_STATUS[plan], planText),
        reports === 'missing' && otherSchoolReports.length > 0 && noEvidenceReports.length === 0
          ? dutyLineReports(DUTY_STATUS_NOT_COUNTED, reportsTextWith(otherSchoolLines.join('; ')), reportKinds)
          : dutyLineReports(DUTY_STATUS[reports], reportsText, reportKinds),
      ],
      planCell,
      reportsCell,
      missing: missing.join('; '),
      minimumMissing,
    };
  });
}

/**
 * A unit's "đủ tối thiểu" cell: the office itself has no such duty; a school short only in the school year still open
 * has something to add, not a failure (review openyear).
 */
function minimumCell(s: SchoolSummary): string {
  // Before any school year of the period asks for it: not due, as the school's tab says (review r67s F5).
  return s.school.office ? DUTY_CELL.notApplicable : s.minimum === 'notRequired' ? DUTY_CELL.notRequired : s.meetsMinimum ? DUTY_CELL.yes : s.minimum === 'missing' ? DUTY_CELL.minimumOpen : s.minimum === 'notDue' ? DUTY_CELL.planNotDue : DUTY_CELL.no;
}

// ---- tab names ----------------------------------------------------------------------------------

/** Characters that break an A1 reference to a tab, or that Sheets refuses in a tab name. */
const TAB_NAME_FORBIDDEN = /['[\]:*?/\\]/g;
// Control characters and invisible marks.
const TAB_NAME_INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * A tab name from free text: forbidden characters become spaces, spaces collapse, and a name longer than
 * TAB_NAME_MAX takes its short form (shortTabName).
 */
export function tabNameFrom(text: string, fallback: string = SCHOOL_TAB_FALLBACK_NAME): string {
  const s = cleanText(text.normalize('NFC').replace(TAB_NAME_INVISIBLE, '').replace(TAB_NAME_FORBIDDEN, ' '));
  return shortTabName(s === '' ? fallback : s);
}

const ABBREVIATIONS = TAB_NAME_ABBREVIATIONS.map(([long, short]) => ({
  pattern: new RegExp(long.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu'),
  short,
}));
const charCount = (s: string) => Array.from(s).length;

/**
 * A name within `max` characters: the usual abbreviations of school types applied one by one while it is too long
 * ("Trường Tiểu học và THCS Đồi Thông" → "Trường TH&THCS Đồi Thông"), then cut after the last whole word that fits
 * (a single word longer than `max` is cut inside). The same name always gives the same short form.
 */
export function shortTabName(name: string, max: number = TAB_NAME_MAX): string {
  let s = name;
  for (const a of ABBREVIATIONS) {
    if (charCount(s) <= max) return s;
    s = cleanText(s.replace(a.pattern, a.short));
  }
  if (charCount(s) <= max) return s;
  let out = '';
  for (const w of s.split(' ')) {
    const next = out === '' ? w : `${out} ${w}`;
    if (charCount(next) > max) break;
    out = next;
  }
  return out !== '' ? out : Array.from(s).slice(0, max).join('').trim();
}

/** Whether the first column of a tab's first rows holds the notice every generated summary tab carries. */
export function isGeneratedTab(firstColumn: readonly unknown[]): boolean {
  return firstColumn.slice(0, GENERATED_NOTICE_ROWS).some((v) => v === SUMMARY_GENERATED_NOTICE);
}

/** The tab names the tool already uses (never given to a school or a group). */
export function reservedTabNames(extra: readonly string[] = []): string[] {
  return [...Object.values(TAB), REVIEW_TAB, SUMMARY_TAB, LOOKUP_TAB, ...extra];
}

/**
 * Unique tab names, in order: a name already taken (compared as Sheets compares, case-insensitively, and also
 * after Vietnamese normalisation) gets " (2)", " (3)", … — the first free one — keeping TAB_NAME_MAX characters at most.
 */
export function uniqueTabNames(wanted: readonly string[], reserved: readonly string[] = reservedTabNames()): string[] {
  const taken = new Set<string>();
  const key = (s: string) => matchKey(s);
  for (const r of reserved) taken.add(key(r));
  return wanted.map((w) => {
    let name = tabNameFrom(w);
    if (taken.has(key(name))) {
      const base = name;
      for (let n = 2; ; n++) {
        const suffix = ` (${n})`;
        const candidate = shortTabName(base, TAB_NAME_MAX - charCount(suffix)) + suffix;
        if (!taken.has(key(candidate))) {
          name = candidate;
          break;
        }
      }
    }
    taken.add(key(name));
    return name;
  });
}

// ---- rectangles -----------------------------------------------------------------------------------

/** Rows padded (or cut) to one width: the rectangle one setValues writes. */
function rectangle(lines: unknown[][], width: number): unknown[][] {
  return lines.map((l) => {
    const row: unknown[] = new Array(width);
    for (let j = 0; j < width; j++) row[j] = j < l.length && l[j] !== undefined && l[j] !== null ? l[j] : '';
    return row;
  });
}

function modelText(r: EvaluatedRegistration): string {
  const name = displayText(r, DISPLAY.modelName);
  const type = displayText(r, DISPLAY.modelType);
  if (type === '' || type === MODEL_CHOICES.other) return name;
  const concrete = happySchoolConcrete(type, displayText(r, DISPLAY.happySchoolType), displayText(r, DISPLAY.happySchoolOther));
  const kind = concrete ? typeWithConcrete(type, concrete) : type;
  return name ? `${name} — ${kind}` : kind;
}

/** Mã phiếu | Đối tượng | Năm học | Tên | Lĩnh vực | Mô hình | Kết luận | Cần bổ sung | Điểm ưu tiên. */
export function schoolTabRow(r: EvaluatedRegistration, cfg: OfficeConfig): unknown[] {
  return schoolTabCells(r, new Array(SCHOOL_ROW_WIDTH), 0, schoolYearCell(r, cfg));
}

/**
 * The school year a registration counts for in the minimum (III.1), by the duties' own rule (registrationSchoolYear):
 * "2026-2027"; a late one says it counts for none; one of no kind, nothing (review yearahead R5: the office reading
 * "năm học 2027-2028 chưa có tập thể" sees which registration counted for which year).
 */
function schoolYearCell(r: EvaluatedRegistration, cfg: OfficeConfig): string {
  if (r.late) return SCHOOL_TAB_YEAR_LATE;
  const y = registrationSchoolYear(r, cfg);
  return y === null ? '' : schoolYearText(y);
}

/** "2026-2027" for 2026: one string per year, shared by the rows of that year (a tab holds thousands of them). */
const schoolYearTexts = new Map<number, string>();
function schoolYearText(y: number): string {
  let text = schoolYearTexts.get(y);
  if (text === undefined) {
    text = `${y}-${y + 1}`;
    // Years are few (those of a period); bounded all the same.
    if (schoolYearTexts.size >= 100) schoolYearTexts.clear();
    schoolYearTexts.set(y, text);
  }
  return text;
}

/** The cells of schoolTabRow, put into `row` from `at` on (no array of their own). */
function schoolTabCells(r: EvaluatedRegistration, row: unknown[], at: number, year: string): unknown[] {
  row[at] = r.id;
  row[at + 1] = r.kind ? KIND_LABELS[r.kind] : '';
  row[at + 2] = year;
  row[at + 3] = r.name;
  row[at + 4] = displayText(r, DISPLAY.field);
  row[at + 5] = modelText(r);
  row[at + 6] = VERDICT_LABELS[r.verdict];
  row[at + 7] = toFixCell(r);
  row[at + 8] = r.verdict === 'dat' ? scoreTotal(r) : '';
  return row;
}
const SCHOOL_ROW_WIDTH = 9;

const SCHOOL_WIDTHS = [90, 80, 90, 200, 200, 260, 90, 460, 80];

// ---- a tab per school, or per group --------------------------------------------------------------------

export type GroupBy = 'ward' | 'cluster';

export interface SummaryOptions {
  /** Above the threshold, group the schools by commune/ward (default) or by emulation cluster. */
  groupBy?: GroupBy;
  /** More tab names to avoid (e.g. the response tabs Forms created). */
  reservedNames?: readonly string[];
  /**
   * The council's decisions the school's view counts apart (review r80n F3): the codes decided "Không đề nghị" and
   * those whose "Yêu cầu bổ sung" is in force. A tab holding any says how many under its counts (schoolTabCouncil).
   */
  council?: CouncilCodes;
  /**
   * When the run read its inputs (the rebuild's `readAt`, the moment "Tổng hợp" states): each tab says under its counts
   * that its figures run to it (review r83q F1). None for the views, which write their own line (viewAsOf) outside their
   * fingerprint.
   */
  readAt?: Date;
}

export interface CouncilCodes {
  notProposed: ReadonlySet<string>;
  requested: ReadonlySet<string>;
}

/** The line under a tab's counts naming the council's decisions among `regs`, or null (none, or none given). */
function councilLine(regs: readonly (readonly EvaluatedRegistration[])[], cfg: OfficeConfig, council?: CouncilCodes): string | null {
  if (!council || (council.notProposed.size === 0 && council.requested.size === 0)) return null;
  let notProposed = 0;
  let requested = 0;
  for (const list of regs) {
    for (const r of list) {
      // As the view counts them: "Không đề nghị" first.
      if (council.notProposed.has(r.id)) notProposed++;
      else if (council.requested.has(r.id)) requested++;
    }
  }
  return notProposed + requested > 0 ? schoolTabCouncil(notProposed, requested, cfg.schoolViews.enabled) : null;
}

export interface SchoolTab extends SheetTab {
  kind: 'school' | 'group';
  /** The school's name, or the group's label (commune/ward or cluster as the directory writes it). */
  label: string;
  /** Codes of the schools the tab holds, in directory order. */
  schoolCodes: string[];
  /** 0-based index in [header, ...rows] of the registrations' header row: its sheet row is this + 1. */
  tableHeaderRow: number;
  /** Group tabs: 0-based index of the duties table's header row. */
  dutiesHeaderRow?: number;
  /** Registrations listed on the tab. */
  registrationCount: number;
  /** School tabs: a duty of the school is not done (its view says so above the table: src/core/school-views.ts). */
  dutiesOpen?: boolean;
}

export interface SchoolTabs {
  /** 'perSchool' when the directory has at most config.perSchoolTabThreshold schools, else 'grouped'. */
  mode: 'perSchool' | 'grouped';
  groupBy: 'school' | GroupBy;
  tabs: SchoolTab[];
}

/**
 * The school years a replaced registration (hidden from the tab) still counts for in the minimum (III.1) that no
 * registration the tab shows covers for its kind, with how many of each kind: else the tab's duty line reads a year met
 * that no row of its table shows (review d63 F5).
 */
function replacedStillCounted(s: SchoolSummary, cfg: OfficeConfig): { year: string; collectives: number; individuals: number }[] {
  const shown = new Set<string>();
  for (const r of s.registrations) {
    const y = r.kind ? registrationSchoolYear(r, cfg) : null;
    if (y !== null) shown.add(`${r.kind}:${y}`);
  }
  const byYear = new Map<number, { collectives: number; individuals: number }>();
  for (const r of s.replaced) {
    const y = r.kind ? registrationSchoolYear(r, cfg) : null;
    if (y === null || shown.has(`${r.kind}:${y}`)) continue;
    const n = byYear.get(y) ?? { collectives: 0, individuals: 0 };
    if (r.kind === 'collective') n.collectives++;
    else n.individuals++;
    byYear.set(y, n);
  }
  return [...byYear].sort((a, b) => a[0] - b[0]).map(([y, n]) => ({ year: `${y}-${y + 1}`, ...n }));
}

/**
 * The line saying when a tab's figures were read (`now`: the run's moment, else the configuration's day), as
 * "Tổng hợp" says it (review r80n F1) and, worded for them, the school and group tabs (`tab` 'school': review r83q F1).
 */
function asOfLine(config: OfficeConfig, now: Date | undefined, replaced: number, tab?: 'school'): string {
  return summaryAsOf(config.todayFixed ? (now ? minuteOnDay(now) : null) : minuteOnDay(now ?? config.today), replaced, config.todayFixed ? formatDate(config.today) : undefined, tab);
}

function schoolTab(s: SchoolSummary, name: string, cfg: OfficeConfig, council?: CouncilCodes, readAt?: Date): SchoolTab {
  const sc = s.school;
  const c = s.counts;
  const lines: unknown[][] = [
    [sc.name],
    [schoolTabIdentity(sc.code, sc.level, sc.ward, sc.cluster)],
    [schoolTabCounts(c.total, c.collective, c.individual, c.dat, c.chuaDat, c.canBoSung)],
  ];
  const decided = councilLine([s.registrations], cfg, council);
  if (decided) lines.push([decided]);
  // The replaced ones are said on the line below when there are any.
  if (readAt) lines.push([asOfLine(cfg, readAt, s.superseded, 'school')]);
  if (s.superseded > 0) {
    lines.push([schoolTabSuperseded(s.superseded)]);
    const counted = replacedStillCounted(s, cfg);
    if (counted.length > 0) lines.push([schoolTabSupersededCounted(counted)]);
  }
  lines.push([SCHOOL_TAB_DUTIES_TITLE], ...s.dutyLines.map((l) => [l]), [SUMMARY_GENERATED_NOTICE], []);
  const tableHeaderRow = lines.length;
  lines.push([...SCHOOL_TAB_HEADER]);
  for (const r of s.registrations) lines.push(schoolTabRow(r, cfg));
  const rect = rectangle(lines, SCHOOL_TAB_HEADER.length);
  return {
    name,
    header: rect[0] as string[],
    rows: rect.slice(1),
    frozenRows: tableHeaderRow + 1,
    widths: SCHOOL_WIDTHS,
    kind: 'school',
    label: sc.name,
    schoolCodes: [sc.code],
    tableHeaderRow,
    registrationCount: s.registrations.length,
    dutiesOpen: s.missing !== '',
  };
}

function groupTab(label: string, members: SchoolSummary[], name: string, cfg: OfficeConfig, parts?: MinimumParts, council?: CouncilCodes, readAt?: Date): SchoolTab {
  // The group's counts are its schools' (each school's counts are of its registrations listed here): summed per school.
  const c = zero();
  for (const s of members) addCounts(c, s.counts);
  const decided = councilLine(members.map((s) => s.registrations), cfg, council);
  const lines: unknown[][] = [
    [groupTabTitle(label, members.length)],
    [schoolTabCounts(c.total, c.collective, c.individual, c.dat, c.chuaDat, c.canBoSung)],
    ...(decided ? [[decided]] : []),
    ...(readAt ? [[asOfLine(cfg, readAt, 0, 'school')]] : []),
    [SUMMARY_GENERATED_NOTICE],
    [],
    [GROUP_DUTIES_TITLE],
  ];
  const dutiesHeaderRow = lines.length;
  lines.push(groupDutiesHeader(parts));
  for (const s of members) {
    lines.push([
      s.school.name,
      s.school.code,
      s.counts.collective,
      s.counts.individual,
      minimumCell(s),
      s.planCell,
      s.reportsCell,
      s.missing,
    ]);
  }
  lines.push([], [GROUP_REGISTRATIONS_TITLE]);
  const tableHeaderRow = lines.length;
  lines.push([...GROUP_TAB_HEADER]);
  let n = 0;
  const width = Math.max(GROUP_TAB_HEADER.length, GROUP_DUTIES_HEADER.length);
  const rect = rectangle(lines, width);
  // The registrations' rows are built at their width: one array a row.
  for (const s of members) {
    const regs = s.registrations;
    for (let k = 0; k < regs.length; k++) {
      const row: unknown[] = new Array(width);
      row[0] = s.school.name;
      schoolTabCells(regs[k], row, 1, schoolYearCell(regs[k], cfg));
      for (let j = 1 + SCHOOL_ROW_WIDTH; j < width; j++) row[j] = '';
      rect.push(row);
      n++;
    }
  }
  return {
    name,
    header: rect[0] as string[],
    rows: rect.slice(1),
    frozenRows: 1,
    widths: [240, ...SCHOOL_WIDTHS],
    kind: 'group',
    label,
    schoolCodes: members.map((s) => s.school.code),
    tableHeaderRow,
    dutiesHeaderRow,
    registrationCount: n,
  };
}

/**
 * The per-school tabs. At most config.perSchoolTabThreshold schools: one tab per school, named from the school,
 * holding only that school's registrations in force and its duties. Above: one tab per commune/ward (or cluster,
 * `opts.groupBy`), each with its schools' duties and registrations (with the school column). Names are unique,
 * at most TAB_NAME_MAX (31) characters (an .xlsx download keeps them whole), free of characters that break A1 references, and avoid the tool's other tabs.
 */
export function schoolTabs(output: EvaluateOutput, config: OfficeConfig, opts: SummaryOptions = {}): SchoolTabs {
  const summaries = schoolSummaries(output, config);
  const reserved = reservedTabNames(opts.reservedNames || []);
  if (summaries.length <= config.perSchoolTabThreshold) {
    const names = uniqueTabNames(summaries.map((s) => s.school.name), reserved);
    return { mode: 'perSchool', groupBy: 'school', tabs: summaries.map((s, i) => schoolTab(s, names[i], config, opts.council, opts.readAt)) };
  }
  const groupsBy = (by: GroupBy) => {
    const groups = new Map<string, { label: string; members: SchoolSummary[] }>();
    for (const s of summaries) {
      const raw = by === 'cluster' ? s.school.cluster : s.school.ward;
      const label = raw === '' ? (by === 'cluster' ? GROUP_NO_CLUSTER : GROUP_NO_WARD) : raw;
      const k = matchKey(label);
      const g = groups.get(k);
      if (g) g.members.push(s);
      else groups.set(k, { label, members: [s] });
    }
    return Array.from(groups.values());
  };
  // By commune/ward; by cluster when every school is in one commune (a UBND xã/phường's, since the 2025 reorganisation)
  // and the clusters part them: one tab of every school, named after the commune, is no grouping (review r70x L2).
  let groupBy: GroupBy = opts.groupBy === 'cluster' ? 'cluster' : 'ward';
  let list = groupsBy(groupBy);
  if (opts.groupBy === undefined && list.length === 1) {
    const byCluster = groupsBy('cluster');
    if (byCluster.length > 1) [groupBy, list] = ['cluster', byCluster];
  }
  const names = uniqueTabNames(list.map((g) => g.label), reserved);
  return { mode: 'grouped', groupBy, tabs: list.map((g, i) => groupTab(g.label, g.members, names[i], config, minimumParts(output), opts.council, opts.readAt)) };
}

// ---- A1 helpers ----------------------------------------------------------------------------------

/** Column letters of a 1-based column (1 → A, 27 → AA). */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A1 of a 1-based cell, or of a range when the end is given. */
export function a1(row: number, col: number, endRow?: number, endCol?: number): string {
  const start = `${columnLetter(col)}${row}`;
  return endRow === undefined ? start : `${start}:${columnLetter(endCol ?? col)}${endRow}`;
}

/** A tab name quoted for a formula or an A1 reference ('It''s'). */
export function quoteTabName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const formulaString = (s: string) => `"${s.replace(/"/g, '""')}"`;

// ---- the "Tổng hợp" tab -------------------------------------------------------------------------------

export interface SummaryBlock {
  title: string;
  /** 1-based sheet rows. */
  titleRow: number;
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  /** The "Tổng cộng" row, when the block has one. */
  totalRow: number | null;
  /** Rows that are subtotals of rows above them (not to be added into the total). */
  subtotalRows: number[];
  columns: number;
  /** A1 of the block from its header row to its last row. */
  range: string;
}

export type SummaryBlockKey = keyof typeof SUMMARY_BLOCK_TITLES;

export interface ChartSpec {
  title: string;
  /** A1 of the chart's data on the Tổng hợp tab, header row included (first column = categories). */
  range: string;
  /** Where to anchor the chart (1-based row and column of its top-left cell). */
  anchorRow: number;
  anchorColumn: number;
  /** Rows of `range` that are headers. */
  headerRows: number;
}

export interface DistrictSummaryTab extends SheetTab {
  blocks: Record<SummaryBlockKey, SummaryBlock>;
  chart: ChartSpec;
}

const HAPPY_TYPES = new Set<string>(Object.values(HAPPY_SCHOOL_CHOICES));
const MODEL_TYPES = new Set<string>(Object.values(MODEL_CHOICES));
const FIELDS = new Set<string>(Object.values(FIELD_CHOICES));
const HAPPY_LABELS = new Map<string, string>([...HAPPY_TYPES].map((t) => [t, summaryHappySchoolType(MODEL_CHOICES.happySchool, t)]));

/** Label of a registration's model type in the "Theo loại mô hình" block. */
function modelLabel(r: EvaluatedRegistration): string {
  const type = displayText(r, DISPLAY.modelType);
  if (type === '') return SUMMARY_NO_MODEL;
  if (type === MODEL_CHOICES.happySchool) {
    const concrete = displayText(r, DISPLAY.happySchoolType);
    if (concrete === '') return summaryHappySchoolNoType(type);
    return HAPPY_LABELS.get(concrete) || HAPPY_LABELS.get(HAPPY_SCHOOL_CHOICES.other)!;
  }
  return MODEL_TYPES.has(type) ? type : SUMMARY_OTHER_MODEL;
}

function fieldLabel(r: EvaluatedRegistration): string {
  const f = displayText(r, DISPLAY.field);
  if (f === '') return SUMMARY_NO_FIELD;
  return FIELDS.has(f) ? f : SUMMARY_OTHER_FIELD;
}

/**
 * The "Tổng hợp" tab, one rectangle of blocks stacked with a blank row between them:
 * title (5 rows) · Theo cấp học (+ total) · chart data (verdicts by level) · Theo lĩnh vực (+ total) ·
 * Theo loại mô hình (Trường học hạnh phúc by concrete type, its subtotal, the other types, + total) ·
 * schools below the minimum · Chi tiết từng đơn vị (a row per school in directory order, a row for registrations
 * of unknown schools when there are any, + total). `blocks` gives each block's rows; `chart` the data range
 * and an anchor to the right of the level block. Counts exclude superseded registrations.
 */
/** `review`: the council's progress (reviewProgress), given a line of its own when known. */
/**
 * `now`: the day of the run, against which a "Ngày kiểm tra" left from an earlier school year or another period is
 * warned of (todayFixedNote: review now N7).
 */
export function districtSummary(output: EvaluateOutput, config: OfficeConfig, review?: ReviewProgress, now?: Date): DistrictSummaryTab {
  const summaries = schoolSummaries(output, config);
  // One pass over the registrations in force: overall, unknown schools, by field, by model type.
  const all = zero();
  const unknown = zero();
  const fields = new Map<string, Counts>();
  for (const f of FIELDS) fields.set(f, zero());
  const happy = MODEL_CHOICES.happySchool;
  const happyLabels = [...HAPPY_TYPES].map((t) => summaryHappySchoolType(happy, t));
  happyLabels.push(summaryHappySchoolNoType(happy));
  const happySet = new Set(happyLabels);
  const others = [MODEL_CHOICES.happyClass, MODEL_CHOICES.granary, MODEL_CHOICES.other, MODEL_CHOICES.none, SUMMARY_OTHER_MODEL, SUMMARY_NO_MODEL];
  const models = new Map<string, Counts>();
  for (const l of happyLabels) models.set(l, zero());
  for (const l of others) models.set(l, zero());
  const happyTotal = zero();
  // The schools (of the directory) with at least one registration in force, per field and model type.
  const fieldSchools = new Map<string, Set<string>>();
  const modelSchools = new Map<string, Set<string>>();
  const allSchools = new Set<string>();
  const happySchools = new Set<string>();
  const noteSchool = (sets: Map<string, Set<string>>, label: string, key: string) => {
    let set = sets.get(label);
    if (!set) sets.set(label, (set = new Set()));
    set.add(key);
  };
  const registrations = output.registrations;
  const byKey = output.directory.byKey;
  const excellent = output.catalogue.findIndex((c) => c.evaluator === 'ratingsExcellentYear');
  let noExcellentYear = 0;
  for (let i = 0; i < registrations.length; i++) {
    const r = registrations[i];
    if (r.flags.supersededBy) continue;
    addTo(all, r);
    if (r.verdict === 'chuaDat' && excellent >= 0 && failsOnlyOn(r, output.catalogue, excellent)) noExcellentYear++;
    const known = r.school && byKey.has(r.school.key) ? r.school.key : null;
    if (known === null) addTo(unknown, r);
    else allSchools.add(known);
    const f = fieldLabel(r);
    let c = fields.get(f);
    if (!c) fields.set(f, (c = zero()));
    addTo(c, r);
    if (known !== null) noteSchool(fieldSchools, f, known);
    const m = modelLabel(r);
    addTo(models.get(m)!, r);
    if (known !== null) noteSchool(modelSchools, m, known);
    if (happySet.has(m)) {
      addTo(happyTotal, r);
      if (known !== null) happySchools.add(known);
    }
  }
  const countOf = (sets: Map<string, Set<string>>, label: string) => {
    const set = sets.get(label);
    return set ? set.size : 0;
  };

  const width = SUMMARY_SCHOOL_HEADER.length;
  const lines: unknown[][] = [];
  const blocks = {} as Record<SummaryBlockKey, SummaryBlock>;
  // The units with school duties: not the office itself (review diff35 H2).
  const dutyUnits = summaries.filter((s) => !s.school.office);
  // The schools that registered the minimum (not those the office no longer asks it of: review r67t #5).
  const meeting = dutyUnits.filter((s) => s.minimum === 'met').length;
  const minimumRequired = minimumIsRequired(output);
  const minimumAsked = minimumParts(output);
  lines.push(
    [summaryTitle(config.period.name)],
    [config.organisation.name],
    // Said once (review read-outputs L5): with the count on the line below when some were replaced.
    // The run's moment (review r80n F1): `now`, else the configuration's day read at the run's start.
    [asOfLine(config, now, output.registrations.length - all.total)],
    // While "Ngày kiểm tra" fixes the day of the checks, said under the day (review now N7).
    ...(config.todayFixed ? [[todayFixedNote(config, now)]] : []),
    [summaryOverall(dutyUnits.length, all.total, all.dat, all.chuaDat, all.canBoSung, meeting, output.registrations.length - all.total, noExcellentYear, minimumRequired, dutyUnits.length > 0 && dutyUnits.every((s) => s.minimum === 'notDue'), minimumAsked)],
    ...(review ? [[summaryReviewProgress(review)]] : []),
    [SUMMARY_GENERATED_NOTICE],
    [],
  );
  /** Appends a block; rows are [label, ...numbers]; returns its description (1-based sheet rows). */
  const block = (key: SummaryBlockKey, header: string[], data: unknown[][], total: unknown[] | null, subtotals: number[] = [], title: string = SUMMARY_BLOCK_TITLES[key]) => {
    const titleRow = lines.length + 1;
    lines.push([title], [...header], ...data);
    if (total) lines.push(total);
    const lastRow = lines.length;
    lines.push([]);
    const b: SummaryBlock = {
      title,
      titleRow,
      headerRow: titleRow + 1,
      firstDataRow: titleRow + 2,
      lastDataRow: titleRow + 1 + data.length,
      totalRow: total ? lastRow : null,
      subtotalRows: subtotals.map((i) => titleRow + 2 + i),
      columns: header.length,
      range: a1(titleRow + 1, 1, lastRow, header.length),
    };
    blocks[key] = b;
    return b;
  };

  // By school level: the catalogue's levels in order, then other levels as written, then blank, then unknown schools.
  const levels = new Map<string, { label: string; schools: number; meeting: number; counts: Counts }>();
  for (const l of SCHOOL_LEVELS) levels.set(matchKey(l), { label: l, schools: 0, meeting: 0, counts: zero() });
  for (const s of summaries) {
    const label = s.school.level === '' ? SUMMARY_NO_LEVEL : s.school.level;
    const k = matchKey(label);
    let e = levels.get(k);
    if (!e) levels.set(k, (e = { label, schools: 0, meeting: 0, counts: zero() }));
    e.schools++;
    if (s.minimum === 'met' && !s.school.office) e.meeting++;
    addCounts(e.counts, s.counts);
  }
  const levelRows: unknown[][] = [];
  const chartRows: unknown[][] = [];
  for (const e of levels.values()) {
    if (e.schools === 0 && e.counts.total === 0) continue;
    levelRows.push([e.label, e.schools, ...countCells(e.counts), e.meeting]);
    chartRows.push([e.label, e.counts.dat, e.counts.chuaDat, e.counts.canBoSung]);
  }
  if (unknown.total > 0) {
    levelRows.push([SUMMARY_UNKNOWN_SCHOOL, 0, ...countCells(unknown), 0]);
    chartRows.push([SUMMARY_UNKNOWN_SCHOOL, unknown.dat, unknown.chuaDat, unknown.canBoSung]);
  }
  const levelBlock = block('byLevel', SUMMARY_LEVEL_HEADER, levelRows, [SUMMARY_TOTAL, summaries.length, ...countCells(all), meeting]);
  const chartBlock = block('chart', SUMMARY_CHART_HEADER, chartRows, null);

  // By field.
  const fieldRows: unknown[][] = [];
  for (const [label, c] of fields) if (c.total > 0 || FIELDS.has(label)) fieldRows.push([label, countOf(fieldSchools, label), ...countCells(c)]);
  block('byField', SUMMARY_FIELD_HEADER, fieldRows, [SUMMARY_TOTAL, allSchools.size, ...countCells(all)]);

  // By model type, the happy schools by concrete type with their subtotal.
  const modelRows: unknown[][] = [];
  for (const l of happyLabels) {
    const c = models.get(l)!;
    if (c.total > 0 || l !== summaryHappySchoolNoType(happy)) modelRows.push([l, countOf(modelSchools, l), ...countCells(c)]);
  }
  modelRows.push([summaryHappySchoolTotal(happy), happySchools.size, ...countCells(happyTotal)]);
  const happySubtotal = modelRows.length - 1;
  for (const l of others) {
    const c = models.get(l)!;
    if (c.total > 0 || (l !== SUMMARY_OTHER_MODEL && l !== SUMMARY_NO_MODEL)) modelRows.push([l, countOf(modelSchools, l), ...countCells(c)]);
  }
  block('byModel', SUMMARY_MODEL_HEADER, modelRows, [SUMMARY_TOTAL, allSchools.size, ...countCells(all)], [happySubtotal]);

  // Schools below the minimum.
  // Not those no school year asks yet (review r67s F5: every school was listed, with no reason, before the first one).
  const below = summaries.filter((s) => !s.meetsMinimum && s.minimum !== 'notDue');
  const noneDue = minimumRequired && dutyUnits.length > 0 && dutyUnits.every((s) => s.minimum === 'notDue');
  block(
    'belowMinimum',
    SUMMARY_BELOW_HEADER,
    below.length ? below.map((s) => belowRow(s)) : [[!minimumRequired ? SUMMARY_MINIMUM_NOT_REQUIRED : noneDue ? summaryMinimumNotDue(minimumAsked) : summaryAllMeetMinimum(minimumAsked)]],
    null,
    [],
    belowMinimumTitle(minimumAsked),
  );

  // A row per school, then the total.
  const schoolRows: unknown[][] = summaries.map((s) => [
    s.school.name,
    s.school.code,
    ...countCells(s.counts),
    minimumCell(s),
    s.planCell,
    s.reportsCell,
    s.school.level,
    s.school.ward,
    s.school.cluster,
  ]);
  if (unknown.total > 0) schoolRows.push([SUMMARY_UNKNOWN_SCHOOL, '', ...countCells(unknown), '', '', '', '', '', '']);
  // The duties' totals count the schools that did them; a duty due for no school yet reads as the schools' cells do.
  // A duty the office requires of no school ("Không" in "Tiêu chí": review r67t #5) reads as the schools' cells do.
  const done = (duty: 'minimum' | 'plan' | 'reports', notDue: string, text: (n: number, of: number) => string) =>
    dutyUnits.length > 0 && dutyUnits.every((s) => s[duty] === 'notDue')
      ? notDue
      : dutyUnits.length > 0 && dutyUnits.every((s) => s[duty] === 'notRequired')
        ? DUTY_CELL.notRequired
        : text(dutyUnits.filter((s) => s[duty] === 'met').length, dutyUnits.length);
  block('schools', summarySchoolHeader(minimumAsked), schoolRows, [
    SUMMARY_TOTAL,
    '',
    ...countCells(all),
    done('minimum', SUMMARY_DUTY_TOTAL.minimum(meeting, dutyUnits.length), SUMMARY_DUTY_TOTAL.minimum),
    done('plan', DUTY_CELL.planNotDue, SUMMARY_DUTY_TOTAL.plan),
    done('reports', DUTY_CELL.reportsNoneDue, SUMMARY_DUTY_TOTAL.reports),
  ]);
  lines.pop(); // no blank row after the last block

  const rect = rectangle(lines, width);
  return {
    name: SUMMARY_TAB,
    header: rect[0] as string[],
    rows: rect.slice(1),
    frozenRows: 1,
    widths: SUMMARY_WIDTHS,
    centred: summaryCentred(blocks),
    blocks,
    chart: {
      title: SUMMARY_CHART_TITLE,
      range: chartBlock.range,
      anchorRow: levelBlock.titleRow,
      anchorColumn: SUMMARY_LEVEL_HEADER.length + 2,
      headerRows: 1,
    },
  };
}

/** One width per column of the shared layout (see SUMMARY_SCHOOL_HEADER): each column holds one kind of value. */
const SUMMARY_WIDTHS = [460, 80, 80, 70, 70, 70, 70, 80, 110, 110, 110, 110, 150, 110];

/** Below the minimum: name, code, what is missing (running on over the empty count columns), level, ward. */
function belowRow(s: SchoolSummary): unknown[] {
  return [s.school.name, s.school.code, s.minimumMissing, '', '', '', '', '', '', '', '', s.school.level, s.school.ward];
}

/** The columns of each block that hold numbers or short codes, heading to last row: B to the last such column. */
function summaryCentred(blocks: Record<SummaryBlockKey, SummaryBlock>): string[] {
  const lastCentred: Record<SummaryBlockKey, number> = {
    byLevel: SUMMARY_LEVEL_HEADER.length,
    chart: SUMMARY_CHART_HEADER.length,
    byField: SUMMARY_FIELD_HEADER.length,
    byModel: SUMMARY_MODEL_HEADER.length,
    belowMinimum: 2,
    schools: 2 + SUMMARY_COUNT_HEADER.length + 3,
  };
  return (Object.keys(lastCentred) as SummaryBlockKey[]).map((k) => {
    const b = blocks[k];
    return a1(b.headerRow, 2, b.totalRow ?? b.lastDataRow, lastCentred[k]);
  });
}

// ---- the "Tra cứu đơn vị" tab ------------------------------------------------------------------------

export interface SheetFormula {
  /** 1-based cell. */
  row: number;
  column: number;
  a1: string;
  /** Our own formula (English function names, comma separators): write it with setFormula, never setValues. */
  formula: string;
}

export interface LookupTab extends SheetTab {
  /** The dropdown cell and the range its validation should take its values from (on this tab). */
  selector: { row: number; column: number; a1: string; choicesRange: string; choices: string[] };
  formulas: SheetFormula[];
}

export interface LookupOptions {
  /** The school shown after the rebuild (e.g. the one chosen before); the first school when absent or unknown. */
  selected?: string;
  /** The "Tổng hợp" tab built by districtSummary, to show the chosen school's duties row. */
  summary?: DistrictSummaryTab;
  /**
   * Name of the results tab ("Kết quả kiểm tra") and the column (0-based) each of its RESULTS_HEADER stands in (default:
   * side by side from A, as the tool writes it; the office may have put columns of its own among them).
   */
  resultsTab?: string;
  resultsColumns?: readonly number[];
}

/**
 * "Tra cứu đơn vị": choose a school in B1 (a dropdown over the school list kept in this tab's last column), see its
 * row of the "Tổng hợp" table and all its rows of "Kết quả kiểm tra", through two FILTER formulas (`formulas`, to
 * be written with setFormula after the literal rows). The rows are padded so each formula has room to spill.
 */
export function lookupTab(output: EvaluateOutput, config: OfficeConfig, opts: LookupOptions = {}): LookupTab {
  void config;
  const schools = output.directory.schools;
  const names = schools.map((s) => s.name);
  const selectedKey = opts.selected !== undefined ? matchKey(opts.selected) : '';
  const chosen = schools.find((s) => s.key === selectedKey) || schools[0];
  const resultsTab = opts.resultsTab || TAB.results;
  const resultsCols = RESULTS_HEADER.length;
  const mainWidth = Math.max(resultsCols, SUMMARY_SCHOOL_HEADER.length);
  const listColumn = mainWidth + 2; // one blank column, then the school list
  const width = listColumn;

  const lines: unknown[][] = [[LOOKUP_SELECT_LABEL, chosen ? chosen.name : ''], [LOOKUP_HINT], []];
  const formulas: SheetFormula[] = [];
  const sel = '$B$1';
  const push = (row: number, column: number, formula: string) => formulas.push({ row, column, a1: a1(row, column), formula });
  if (opts.summary) {
    const b = opts.summary.blocks.schools;
    lines.push([LOOKUP_DUTIES_TITLE], summarySchoolHeader(minimumParts(output)), [], []);
    const t = quoteTabName(opts.summary.name);
    const data = `${t}!${a1(b.firstDataRow, 1, b.lastDataRow, b.columns)}`;
    const keyCol = `${t}!${a1(b.firstDataRow, 1, b.lastDataRow, 1)}`;
    push(lines.length - 1, 1, `=IFERROR(FILTER(${data}, ${keyCol} = ${sel}), ${formulaString(LOOKUP_NO_SCHOOL)})`);
  }
  lines.push([LOOKUP_REGISTRATIONS_TITLE], [...RESULTS_HEADER]);
  const frozenRows = lines.length;
  lines.push([]);
  const t = quoteTabName(resultsTab);
  // Side by side from A, as the tool writes them: the plain range, the school in B. With the office's columns among or
  // before them, each of the tool's columns by a range of its own (HSTACK), where the rebuild found it: a reference that
  // Sheets moves with a column the office inserts, deletes or drags later, as it moves the plain range (review diff32
  // #4) — and never the office's column of the same header, which a MATCH over the header row took, the first of the
  // two (review clerk-day #1: the office's own "Đơn vị" at A, and every school had "no registrations").
  const at = opts.resultsColumns ?? RESULTS_HEADER.map((_, j) => j);
  let formula: string;
  if (at.every((c, j) => c === j)) formula = `FILTER(${t}!A2:${columnLetter(resultsCols)}, ${t}!B2:B = ${sel})`;
  else {
    const column = (c: number) => `${t}!${columnLetter(c + 1)}2:${columnLetter(c + 1)}`;
    formula = `FILTER(HSTACK(${at.map(column).join(', ')}), ${column(at[1])} = ${sel})`;
  }
  push(lines.length, 1, `=IFERROR(${formula}, ${formulaString(LOOKUP_NO_ROWS)})`);
  // Room for the spill: the most registrations one school has in the results tab (superseded ones included).
  const perSchool = new Map<string, number>();
  let most = 0;
  for (let k = 0; k < output.registrations.length; k++) {
    const r = output.registrations[k];
    if (!r.school) continue;
    const n = (perSchool.get(r.school.key) || 0) + 1;
    perSchool.set(r.school.key, n);
    if (n > most) most = n;
  }
  const gridRows = Math.max(lines.length + most, names.length + 1);
  while (lines.length < gridRows) lines.push([]);
  // The school list for the dropdown, in the last column.
  while (lines[0].length < listColumn - 1) lines[0].push('');
  lines[0][listColumn - 1] = LOOKUP_LIST_HEADER;
  names.forEach((n, i) => {
    const l = lines[i + 1];
    while (l.length < listColumn - 1) l.push('');
    l[listColumn - 1] = n;
  });
  const rect = rectangle(lines, width);
  return {
    name: LOOKUP_TAB,
    header: rect[0] as string[],
    rows: rect.slice(1),
    frozenRows,
    widths: [110, 260, 90, 220, 200, 200, 220, 90, 420, 80, 200, 200, 200, 140, 30, 260].slice(0, width),
    gridRows,
    selector: {
      row: 1,
      column: 2,
      a1: 'B1',
      choicesRange: `${quoteTabName(LOOKUP_TAB)}!${a1(2, listColumn, Math.max(2, names.length + 1), listColumn)}`,
      choices: names,
    },
    formulas,
  };
}

// ---- the cell budget ------------------------------------------------------------------------------

/** Cells a tab's grid holds once trimmed to its content: rows (header included, or gridRows) × widest row. */
export function tabCells(tab: { header: readonly unknown[]; rows: readonly (readonly unknown[])[]; gridRows?: number }): number {
  let width = tab.header.length;
  for (const r of tab.rows) if (r.length > width) width = r.length;
  const height = Math.max(tab.rows.length + 1, tab.gridRows || 0);
  return height * Math.max(width, 1);
}

/** Cells all these tabs hold (compare with SPREADSHEET_CELL_LIMIT, adding the tabs the tool does not write). */
export function cellCount(tabs: readonly { header: readonly unknown[]; rows: readonly (readonly unknown[])[]; gridRows?: number }[]): number {
  let n = 0;
  for (const t of tabs) n += tabCells(t);
  return n;
}
