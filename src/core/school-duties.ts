// Duties of each school (III.1, III.4.a, IV.2): register at least one collective and one individual, issue
// its own plan, report every six months and every year. The plan is evidenced through the progress-report
// form: the school submits it with "Kỳ báo cáo" = "Kế hoạch giai đoạn … của đơn vị".
import { OfficeConfig, ReportKind, reportingPeriods } from './config';
import { Criterion } from './criteria';
import { School } from './directory';
import { Q, R } from './form-titles';
import { Finding, Registration } from './registration';
import { ProgressReport } from './reports';
import { formatDate } from './text';
import { CriterionResult, Verdict, isEmptyEvidence, verdictOf } from './validate';
import {
  dutyNoCollective,
  dutyNoIndividual,
  dutyNothingDue,
  dutyReportMet,
  dutyReportMissing,
  dutyReportNoEvidence,
  dutyReportNotDue,
  findingMet,
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

const hasEvidence = (r: ProgressReport) => !isEmptyEvidence(r.docRef) || !isEmptyEvidence(r.link);

function reportResults(c: Criterion, kind: ReportKind, reports: readonly ProgressReport[], cfg: OfficeConfig): CriterionResult[] {
  const out: CriterionResult[] = [];
  const push = (status: CriterionResult['status'], message: string) => out.push({ criterionId: c.id, status, message, mandatory: c.mandatory });
  for (const p of reportingPeriods(cfg.period)) {
    if (p.kind !== kind) continue;
    const mine = reports.filter((r) => r.period && r.period.id === p.id);
    const deadline = formatDate(p.deadline);
    if (mine.length === 0) {
      if (passed(p.deadline, cfg.today)) push('notMet', dutyReportMissing(c, p.label, deadline, R.period));
      else if (kind === 'plan') push('notApplicable', dutyReportNotDue(c, p.label, deadline));
      continue;
    }
    if (mine.some(hasEvidence)) push('met', dutyReportMet(c, p.label));
    else push('missing', dutyReportNoEvidence(c, p.label, R.docRef, R.link));
  }
  if (out.length === 0) push('notApplicable', dutyNothingDue(c));
  return out;
}

/**
 * The duties of one school, from its registrations still in force (not superseded) and its reports.
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
    const push = (status: CriterionResult['status'], message: string) => results.push({ criterionId: c.id, status, message, mandatory: c.mandatory });
    switch (c.evaluator) {
      case 'schoolHasCollective':
        if (registrations.some((r) => r.kind === 'collective')) push('met', findingMet(c));
        else push('notMet', dutyNoCollective(c, Q.kind));
        break;
      case 'schoolHasIndividual':
        if (registrations.some((r) => r.kind === 'individual')) push('met', findingMet(c));
        else push('notMet', dutyNoIndividual(c, Q.kind));
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
