// Duties of each school (III.1, III.4.a, IV.2): register at least one collective and one individual each year, issue
// its own plan, report every six months and every year. The plan is evidenced through the progress-report
// form: the school submits it with "Kỳ báo cáo" = "Kế hoạch giai đoạn … của đơn vị".
import { OfficeConfig, ReportKind, milestone, reportingPeriods } from './config';
import { Criterion } from './criteria';
import { School } from './directory';
import { Q, R, schoolYearRow } from './form-titles';
import { Finding, Registration } from './registration';
import { ProgressReport } from './reports';
import { formatDate } from './text';
import { CriterionResult, Verdict, isEmptyEvidence, verdictOf } from './validate';
import {
  dutyNoCollective,
  dutyNoIndividual,
  dutyNoRegistrationYear,
  dutyRegisteredIn,
  dutyNothingDue,
  dutyReportMet,
  dutyReportMissing,
  dutyReportNoEvidence,
  dutyReportNotDue,
} from './messages/validation';

export interface SchoolDutyResult {
  schoolCode: string;
  schoolName: string;
  verdict: Verdict;
  /** One result per duty, and per reporting period for the report duties. */
  results: CriterionResult[];
  /** Results not met or missing evidence. */
  findings: Finding[];
}

/** A deadline has passed once the day after it has begun. */
function passed(deadline: Date, today: Date): boolean {
  const after = new Date(deadline.getFullYear(), deadline.getMonth(), deadline.getDate() + 1);
  return today.getTime() >= after.getTime();
}

/** The school year (by the year it starts in, 1 September) a day falls in. */
export function schoolYearOf(d: Date): number {
  return d.getMonth() >= 8 ? d.getFullYear() : d.getFullYear() - 1;
}

/**
 * The school years in which schools register (III.1 "hằng năm"): those overlapping the registration window
 * ("Mốc: mở đăng ký" – "Mốc: kết thúc đăng ký"), that have begun by today.
 */
export function registrationYears(cfg: OfficeConfig): number[] {
  const open = milestone(cfg, 'DANG-KY-MO').date;
  const close = milestone(cfg, 'DANG-KY-DONG').date;
  const out: number[] = [];
  const last = Math.min(schoolYearOf(close), schoolYearOf(cfg.today));
  for (let y = schoolYearOf(open); y <= last; y++) out.push(y);
  return out;
}

/**
 * The sentences of the duties are the same for every school (a criterion, a year or a period): each is built once and
 * shared, rather than once per school.
 */
const dutyTexts = new Map<string, string>();
function dutyText(key: string, build: () => string): string {
  let t = dutyTexts.get(key);
  if (t === undefined) {
    if (dutyTexts.size >= 10000) dutyTexts.clear();
    dutyTexts.set(key, (t = build()));
  }
  return t;
}

/** The years and periods every school's duties are judged on, worked out once per configuration and day. */
let periodsMemo: { cfg: OfficeConfig; today: number; years: number[]; periods: ReturnType<typeof reportingPeriods> } | null = null;
function dutyPeriods(cfg: OfficeConfig): { years: number[]; periods: ReturnType<typeof reportingPeriods> } {
  const m = periodsMemo;
  if (m && m.cfg === cfg && m.today === cfg.today.getTime()) return m;
  const memo = { cfg, today: cfg.today.getTime(), years: registrationYears(cfg), periods: reportingPeriods(cfg.period) };
  periodsMemo = memo;
  return memo;
}

/** One result per registration year: did the school send a registration of this kind in it? */
function yearlyRegistrationResults(
  c: Criterion,
  kind: 'collective' | 'individual',
  registrations: readonly Registration[],
  cfg: OfficeConfig,
): CriterionResult[] {
  const years = dutyPeriods(cfg).years;
  const push = (out: CriterionResult[], status: CriterionResult['status'], message: string) => out.push({ criterionId: c.id, status, message, mandatory: c.mandatory });
  const out: CriterionResult[] = [];
  if (years.length === 0) {
    push(out, 'notApplicable', dutyText(`${c.id}\u0001${c.label}\u0001none`, () => dutyNoRegistrationYear(c)));
    return out;
  }
  const first = years[0];
  const last = years[years.length - 1];
  const counted = new Set<number>();
  for (const r of registrations) {
    if (r.kind !== kind || r.late) continue;
    // An early registration counts for the first year; one without a readable time for the latest; a late one
    // (after the window) for none.
    const y = r.submittedAt ? Math.max(first, schoolYearOf(r.submittedAt)) : last;
    counted.add(y);
  }
  for (const y of years) {
    const key = `${c.id}\u0001${c.label}\u0001${kind}\u0001${y}`;
    const year = () => schoolYearRow(y).toLowerCase();
    if (counted.has(y)) push(out, 'met', dutyText(key + '\u0001met', () => dutyRegisteredIn(c, year())));
    else push(out, 'notMet', dutyText(key, () => (kind === 'collective' ? dutyNoCollective(c, Q.kind, year()) : dutyNoIndividual(c, Q.kind, year()))));
  }
  return out;
}

const hasEvidence = (r: ProgressReport) => !isEmptyEvidence(r.docRef) || !isEmptyEvidence(r.link);

function reportResults(c: Criterion, kind: ReportKind, reports: readonly ProgressReport[], cfg: OfficeConfig): CriterionResult[] {
  const out: CriterionResult[] = [];
  const push = (status: CriterionResult['status'], message: string) => out.push({ criterionId: c.id, status, message, mandatory: c.mandatory });
  for (const p of dutyPeriods(cfg).periods) {
    if (p.kind !== kind) continue;
    const mine = reports.filter((r) => r.period && r.period.id === p.id);
    const key = `${c.id}\u0001${c.label}\u0001${p.id}\u0001${p.label}\u0001${p.deadline.getTime()}\u0001`;
    const deadline = () => formatDate(p.deadline);
    if (mine.length === 0) {
      if (passed(p.deadline, cfg.today)) push('notMet', dutyText(key + 'missing', () => dutyReportMissing(c, p.label, deadline(), R.period)));
      else if (kind === 'plan') push('notApplicable', dutyText(key + 'notDue', () => dutyReportNotDue(c, p.label, deadline())));
      continue;
    }
    if (mine.some(hasEvidence)) push('met', dutyText(key + 'met', () => dutyReportMet(c, p.label)));
    else push('missing', dutyText(key + 'noEvidence', () => dutyReportNoEvidence(c, p.label, R.docRef, R.link)));
  }
  if (out.length === 0) push('notApplicable', dutyText(`${c.id}\u0001${c.label}\u0001nothingDue`, () => dutyNothingDue(c)));
  return out;
}

/**
 * The duties of one school, from its registrations (superseded ones too: each was sent in its own year) and its
 * reports.
 * Criteria with appliesTo "school" are evaluated; the others are ignored.
 */
export function evaluateSchoolDuties(
  school: School,
  registrations: readonly Registration[],
  reports: readonly ProgressReport[],
  catalogue: readonly Criterion[],
  cfg: OfficeConfig,
): SchoolDutyResult {
  const results: CriterionResult[] = [];
  for (const c of catalogue) {
    if (c.appliesTo !== 'school') continue;
    switch (c.evaluator) {
      case 'schoolHasCollective':
        results.push(...yearlyRegistrationResults(c, 'collective', registrations, cfg));
        break;
      case 'schoolHasIndividual':
        results.push(...yearlyRegistrationResults(c, 'individual', registrations, cfg));
        break;
      case 'schoolPlan':
        results.push(...reportResults(c, 'plan', reports, cfg));
        break;
      case 'halfYearReports':
        results.push(...reportResults(c, 'halfYear', reports, cfg));
        break;
      case 'annualReports':
        results.push(...reportResults(c, 'annual', reports, cfg));
        break;
    }
  }
  const findings = results
    .filter((r) => r.status === 'notMet' || r.status === 'missing')
    .map((r) => ({ criterionId: r.criterionId, status: r.status, message: r.message }));
  return { schoolCode: school.code, schoolName: school.name, verdict: verdictOf(results, []), results, findings };
}
