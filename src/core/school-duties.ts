// Duties of each school (III.1, III.4.a, IV.2): register at least one collective and one individual each year, issue
// its own plan, report every six months and every year. The plan is evidenced through the progress-report
// form: the school submits it with "Kỳ báo cáo" = "Kế hoạch giai đoạn … của đơn vị".
import { OfficeConfig, ReportKind, dateUnsettled, milestone, officeWord, periodDeadlineUnsettled, reportingPeriods } from './config';
import { Criterion, minimumPartsOf } from './criteria';
import { School } from './directory';
import { Q, R, schoolYearRow } from './form-titles';
import { Finding, Registration } from './registration';
import { ProgressReport, earlyDays, reportHasEvidence } from './reports';
import { deadlinePassed as passed, formatDate } from './text';
import { CriterionResult, Verdict, verdictOf } from './validate';
import {
  dutyNoCollective,
  dutyNoIndividual,
  dutyNoRegistrationYear,
  dutyNoneRegistered,
  dutyRegisteredIn,
  dutyNothingDue,
  dutyReportMet,
  dutyReportEarly,
  dutyReportMissing,
  dutyReportNoEvidence,
  dutyReportOtherSchool,
  dutyReportNotDue,
  dutyReportUnsettled,
  findingOfficeNoDuty,
} from './messages/validation';

export interface SchoolDutyResult {
  schoolCode: string;
  schoolName: string;
  verdict: Verdict;
  /** One result per duty, and per reporting period for the report duties. */
  results: CriterionResult[];
  /**
   * Results not met or missing of the duties the office requires (mandatory; review r67t #5): a school year of the minimum still open to registration and not filled is missing
   * ("Cần bổ sung": nothing failed yet, the school can still add it); one that closed short is not met ("Chưa đạt").
   */
  findings: Finding[];
  /**
   * The findings the school can still act on: all of them but the years short of the minimum that no registration
   * can fill any more (`lacking` not open). What reminders ask for.
   */
  actionable: Finding[];
  /**
   * The registration years (by the year they start in, in order) in which the school registered no collective, or no
   * individual, of the minimum (III.1; only the kinds the catalogue asks for and the office requires), with whether it can still: a
   * registration counts for the school year it was first sent in (see LackingState).
   */
  lacking: { year: number; collective: boolean; individual: boolean; state: LackingState }[];
}

/**
 * Whether a registration sent today can fill a registration year: `open` (the current school year, the window still
 * open), `past` (the school year is over), `closed` (the current school year, but the window has closed: a
 * registration now is late and counts for no year).
 */
export type LackingState = 'open' | 'past' | 'closed';


/**
 * Whether the office requires the minimum (III.1) at all: a criterion of it not switched to "Không" in "Tiêu chí"
 * (review r67t #5). True without a catalogue.
 */
export function minimumIsRequired(output: { catalogue?: readonly Criterion[] | null }): boolean {
  const parts = minimumParts(output);
  return parts.collective || parts.individual;
}

/**
 * Which parts of the minimum (III.1) the office requires: the collective (TR-01), the individual (TR-02), each unless
 * switched to "Không" in "Tiêu chí" — every text states only those (review d67 #8). Both without a catalogue.
 */
export function minimumParts(output: { catalogue?: readonly Criterion[] | null }): { collective: boolean; individual: boolean } {
  return minimumPartsOf(output.catalogue || []);
}

const REPORT_EVALUATORS: Record<ReportKind, string> = { plan: 'schoolPlan', halfYear: 'halfYearReports', annual: 'annualReports' };

/**
 * Whether the office requires the plan or the reports of `kind` (III.4.a, IV.2): false only when the catalogue's
 * criteria of it are all switched to "Không" in "Tiêu chí" (review r67t #5). A catalogue without them (none read)
 * leaves the duty as the plan sets it.
 */
export function reportRequired(output: { catalogue?: readonly Criterion[] | null }, kind: ReportKind): boolean {
  const cat = output.catalogue || [];
  let any = false;
  for (const c of cat) {
    if (c.evaluator !== REPORT_EVALUATORS[kind]) continue;
    if (c.mandatory) return true;
    any = true;
  }
  return !any;
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
 * The last day (dd/MM/yyyy) a registration counts for registration year `y` (by the year it starts in): 31 August of
 * the next year, or the window's last day ("Mốc: kết thúc đăng ký") when that is earlier — '' when that day is a
 * stand-in, never told as a deadline (review now N3). Review yearahead R3; the school's tab and the digest name it for
 * the open year (review openyear).
 */
export function registrationYearLastDay(cfg: OfficeConfig, y: number): string {
  const end = registrationYearEnd(cfg, y);
  if (!end.byWindow) return formatDate(end.day);
  return dateUnsettled(cfg, 'milestone.DANG-KY-DONG') ? '' : formatDate(end.day);
}

/**
 * The last day a registration counts for registration year `y`: 31 August of the next year, or the window's last day
 * when that is earlier (`byWindow`: the window's close ends it, and its notice tells the school: reminders.ts).
 */
export function registrationYearEnd(cfg: OfficeConfig, y: number): { day: Date; byWindow: boolean } {
  const windowClose = milestone(cfg, 'DANG-KY-DONG').date;
  const yearEnd = new Date(y + 1, 7, 31);
  return yearEnd.getTime() < windowClose.getTime() ? { day: yearEnd, byWindow: false } : { day: windowClose, byWindow: true };
}

/**
 * The last day a registration counts for the school year of `lacking` still open to registration (registrationYearLastDay;
 * '' when none is open, or that day is a stand-in): what the school's tab and the digest name with it (review openyear).
 */
export function openYearLastDay(lacking: SchoolDutyResult['lacking'], cfg: OfficeConfig): string {
  for (const l of lacking) if (l.state === 'open') return registrationYearLastDay(cfg, l.year);
  return '';
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

/**
 * The years and periods every school's duties are judged on, worked out once per configuration and day; `starts[k]`:
 * the first instant of school year years[k] + 1 (1 September, local time: a registration's school year is found by
 * comparing times, not by reading a Date's local fields).
 */
let periodsMemo: { cfg: OfficeConfig; today: number; years: number[]; starts: number[]; periods: ReturnType<typeof reportingPeriods> } | null = null;
function dutyPeriods(cfg: OfficeConfig): { years: number[]; starts: number[]; periods: ReturnType<typeof reportingPeriods> } {
  const m = periodsMemo;
  if (m && m.cfg === cfg && m.today === cfg.today.getTime()) return m;
  const years = registrationYears(cfg);
  const memo = { cfg, today: cfg.today.getTime(), years, starts: years.map((y) => new Date(y + 1, 8, 1).getTime()), periods: reportingPeriods(cfg.period) };
  periodsMemo = memo;
  return memo;
}

/**
 * The index in the registration years (`starts`: dutyPeriods) of the one a registration counts for in the minimum
 * (III.1), -1 for none. The school year it was first sent in (an edit later, a rating added when it counts, does not
 * move it); an early one (before the window) counts for the first year, one without a readable time for the latest, a
 * late one (after the window) or one of no kind for none.
 */
function countedYearIndex(r: Pick<Registration, 'late' | 'kind' | 'firstSubmittedAt' | 'submittedAt'>, starts: readonly number[]): number {
  const n = starts.length;
  if (n === 0 || r.late || (r.kind !== 'collective' && r.kind !== 'individual')) return -1;
  const sent = r.firstSubmittedAt ?? r.submittedAt;
  if (!sent) return n - 1;
  // The school year of the time (schoolYearOf), at least the first: k such that starts[k-1] <= t < starts[k].
  const t = sent.getTime();
  let k = 0;
  while (k < n && t >= starts[k]) k++;
  // k === n: a school year after the last registration year, which no duty asks for.
  return k === n ? -1 : k;
}

/**
 * The school year (by the year it starts in) a registration counts for in the minimum (III.1) as of `cfg.today`, null
 * for none: the rule of the duties (countedYearIndex), which the school's tab shows in its "Năm học" column (review
 * yearahead R5).
 */
export function registrationSchoolYear(r: Pick<Registration, 'late' | 'kind' | 'firstSubmittedAt' | 'submittedAt'>, cfg: OfficeConfig): number | null {
  const { years, starts } = dutyPeriods(cfg);
  const k = countedYearIndex(r, starts);
  return k < 0 ? null : years[k];
}

type Status = CriterionResult['status'];

/** One duty of the catalogue with everything about it that is the same for every school (its sentences). */
interface YearlyDuty {
  c: Criterion;
  kind: 'collective' | 'individual';
  /** Registration years: no year at all → one "not applicable" text. */
  none: string | null;
  met: string[];
  /** A year with no registration of this kind: an open year's request (missing), or a closed year's fact (not met). */
  unfilled: string[];
  /**
   * unfilled, to a school that registered one of this kind in an earlier year: an open year's text then says how to
   * register it again (a new registration, not an edit); the others have nothing to add to it.
   */
  unfilledAgain: string[];
}
interface ReportDuty {
  c: Criterion;
  /**
   * The periods of the duty's kind, with the text of each state; `passed` whether its deadline has passed; `held` a
   * stand-in deadline that has (review now N3: not overdue, its notDue text says the deadline is being set again).
   */
  periods: {
    id: string;
    passed: boolean;
    held: boolean;
    missing: string;
    /** `missing` when the school's only report of the period was sent too early to count (review d62 F2). */
    early: (sentOn: string, from: string) => string;
    notDue: string;
    met: string;
    noEvidence: string;
    /** `noEvidence` when its only report came from another listed school's address (review d63 F6). */
    otherSchool: (sentOn: string, sender: string) => string;
  }[];
  kind: ReportKind;
  nothingDue: string;
}
type Duty = { yearly: YearlyDuty } | { report: ReportDuty };

/**
 * What every school's duties are judged against, worked out once per catalogue, configuration and day: the duties
 * in catalogue order with their sentences, and the first instant of each registration year after the first (a
 * registration's school year is found by comparing times, not by reading a Date's local fields).
 */
interface DutyPlan {
  catalogue: readonly Criterion[];
  cfg: OfficeConfig;
  today: number;
  duties: Duty[];
  years: number[];
  /** states[k]: whether a registration sent today can still fill years[k]. */
  states: LackingState[];
  /** starts[k]: the first instant of school year years[k] + 1 (1 September, local time). */
  starts: number[];
}
let planMemo: DutyPlan | null = null;

function dutyPlan(catalogue: readonly Criterion[], cfg: OfficeConfig): DutyPlan {
  const m = planMemo;
  if (m && m.catalogue === catalogue && m.cfg === cfg && m.today === cfg.today.getTime()) return m;
  const { years, starts, periods } = dutyPeriods(cfg);
  const current = schoolYearOf(cfg.today);
  const windowClose = milestone(cfg, 'DANG-KY-DONG').date;
  const windowOpen = !passed(windowClose, cfg.today);
  const states = years.map((y): LackingState => (y < current ? 'past' : windowOpen ? 'open' : 'closed'));
  const duties: Duty[] = [];
  const yearly = (c: Criterion, kind: 'collective' | 'individual'): YearlyDuty => {
    const d: YearlyDuty = { c, kind, none: null, met: [], unfilled: [], unfilledAgain: [] };
    if (years.length === 0) d.none = dutyText(`${c.id}\u0001${c.label}\u0001none`, () => dutyNoRegistrationYear(c));
    years.forEach((y, k) => {
      const key = `${c.id}\u0001${c.label}\u0001${kind}\u0001${y}`;
      const year = () => schoolYearRow(y).toLowerCase();
      const state = states[k];
      d.met.push(dutyText(key + '\u0001met', () => dutyRegisteredIn(c, year())));
      const lastDay = () => registrationYearLastDay(cfg, y);
      const open = (again: boolean) => dutyText(`${key}${again ? '\u0001again' : ''}\u0001${windowClose.getTime()}\u0001${dateUnsettled(cfg, 'milestone.DANG-KY-DONG')}`, () => (kind === 'collective' ? dutyNoCollective : dutyNoIndividual)(c, Q.kind, year(), again, lastDay()));
      const text = state === 'open' ? open(false) : dutyText(`${key}\u0001${state}`, () => dutyNoneRegistered(c, kind, year(), state === 'past'));
      d.unfilled.push(text);
      d.unfilledAgain.push(state === 'open' ? open(true) : text);
    });
    return d;
  };
  const report = (c: Criterion, kind: ReportKind): ReportDuty => {
    const d: ReportDuty = { c, kind, periods: [], nothingDue: dutyText(`${c.id}\u0001${c.label}\u0001nothingDue`, () => dutyNothingDue(c)) };
    // A deadline that is a stand-in (review now N3): no period of it is overdue, and it is named without a date.
    const unsettled = periodDeadlineUnsettled(cfg, kind);
    const office = officeWord(cfg.organisation);
    for (const p of periods) {
      if (p.kind !== kind) continue;
      const key = `${c.id}\u0001${c.label}\u0001${p.id}\u0001${p.label}\u0001${p.deadline.getTime()}\u0001`;
      const deadline = () => formatDate(p.deadline);
      d.periods.push({
        id: p.id,
        passed: !unsettled && passed(p.deadline, cfg.today),
        // Past its stand-in: said (without the date) rather than left out as a report not yet due.
        held: unsettled && passed(p.deadline, cfg.today),
        missing: dutyText(key + 'missing', () => dutyReportMissing(c, p.label, deadline(), R.period)),
        early: (sentOn, from) => dutyReportEarly(c, p.label, deadline(), sentOn, from, R.period),
        notDue: unsettled
          ? dutyText(`${key}unsettled\u0001${office}`, () => dutyReportUnsettled(c, p.label, office, R.period))
          : dutyText(key + 'notDue', () => dutyReportNotDue(c, p.label, deadline())),
        met: dutyText(key + 'met', () => dutyReportMet(c, p.label)),
        noEvidence: dutyText(key + 'noEvidence', () => dutyReportNoEvidence(c, p.label, R.docRef, R.link)),
        otherSchool: (sentOn, sender) => dutyReportOtherSchool(c, p.label, sentOn, sender),
      });
    }
    return d;
  };
  for (const c of catalogue) {
    if (c.appliesTo !== 'school') continue;
    switch (c.evaluator) {
      case 'schoolHasCollective':
        duties.push({ yearly: yearly(c, 'collective') });
        break;
      case 'schoolHasIndividual':
        duties.push({ yearly: yearly(c, 'individual') });
        break;
      case 'schoolPlan':
        duties.push({ report: report(c, 'plan') });
        break;
      case 'halfYearReports':
        duties.push({ report: report(c, 'halfYear') });
        break;
      case 'annualReports':
        duties.push({ report: report(c, 'annual') });
        break;
    }
  }
  return (planMemo = { catalogue, cfg, today: cfg.today.getTime(), duties, years, states, starts });
}

/**
 * The registration years (as bits: 1 << index in `plan.years`) in which a school sent a registration of each kind,
 * each counted for its year by countedYearIndex.
 */
function countedYears(registrations: readonly Registration[], plan: DutyPlan): { collective: number; individual: number } {
  const out = { collective: 0, individual: 0 };
  if (plan.years.length === 0) return out;
  const starts = plan.starts;
  for (let j = 0; j < registrations.length; j++) {
    const r = registrations[j];
    const k = countedYearIndex(r, starts);
    if (k >= 0) out[r.kind as 'collective' | 'individual'] |= 1 << k;
  }
  return out;
}

function push(out: CriterionResult[], c: Criterion, status: Status, message: string): void {
  out.push({ criterionId: c.id, status, message, mandatory: c.mandatory });
}

/**
 * One result per registration year: did the school send a registration of this kind in it? A year without one is
 * missing while a registration sent today still counts for it (`open`: "Cần bổ sung", as a report not yet due is not
 * a failure: review openyear), not met once it closed short (over, or the window closed: "Chưa đạt"). The results of
 * the years no registration can fill any more are added to `beyond`.
 */
function yearlyResults(d: YearlyDuty, counted: number, states: readonly LackingState[], out: CriterionResult[], beyond: Set<CriterionResult>): void {
  if (d.none !== null) {
    push(out, d.c, 'notApplicable', d.none);
    return;
  }
  for (let k = 0; k < d.met.length; k++) {
    if (counted & (1 << k)) push(out, d.c, 'met', d.met[k]);
    else {
      // Registered in an earlier year (a bit below k): the open year's text says how to register it again.
      const open = states[k] === 'open';
      push(out, d.c, open ? 'missing' : 'notMet', counted & ((1 << k) - 1) ? d.unfilledAgain[k] : d.unfilled[k]);
      if (!open) beyond.add(out[out.length - 1]);
    }
  }
}


function reportResults(d: ReportDuty, reports: readonly ProgressReport[], out: CriterionResult[]): void {
  const before = out.length;
  // Index loops: these run for every school, mostly before the code is optimised (an iterator's result per step).
  for (let i = 0; i < d.periods.length; i++) {
    const p = d.periods[i];
    let any = false;
    let evidence = false;
    let early: ProgressReport | null = null;
    /** The last one sent from another listed school's address, while none of its own came (review d63 F6). */
    let other: ProgressReport | null = null;
    let own = false;
    for (let k = 0; k < reports.length; k++) {
      const r = reports[k];
      if (!r.period || r.period.id !== p.id) continue;
      // Sent before its period could report anything (the wrong period chosen): no report of it (review yearahead R2),
      // but named if it is the only one (review d62 F2: the school did send one).
      if (r.early) {
        // Not one sent from another listed school's address (ProgressReport.sentFrom): not this school's (earlyIndex).
        if (r.sentFrom) continue;
        if (!early || (r.submittedAt && early.submittedAt && r.submittedAt.getTime() > early.submittedAt.getTime())) early = r;
        continue;
      }
      any = true;
      if (r.sentFrom) {
        if (!other || (r.submittedAt?.getTime() ?? 0) > (other.submittedAt?.getTime() ?? 0)) other = r;
        continue;
      }
      own = true;
      if (reportHasEvidence(r)) {
        evidence = true;
        break;
      }
    }
    if (!any) {
      const days = early ? earlyDays(early) : null;
      if (p.passed) push(out, d.c, 'notMet', days ? p.early(days.sentOn, days.from) : p.missing);
      else if (d.kind === 'plan' || p.held) push(out, d.c, 'notApplicable', p.notDue);
      continue;
    }
    if (evidence) push(out, d.c, 'met', p.met);
    else push(out, d.c, 'missing', !own && other ? p.otherSchool(other.submittedAt ? formatDate(other.submittedAt) : '', other.sentFrom!.name) : p.noEvidence);
  }
  if (out.length === before) push(out, d.c, 'notApplicable', d.nothingDue);
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
  const plan = dutyPlan(catalogue, cfg);
  // The office itself, listed for its own registrations: the duties are the schools' (III.1, IV.2; review criteria F3).
  if (school.office) return officeDuties(school, plan);
  const results: CriterionResult[] = [];
  const beyond = new Set<CriterionResult>();
  let counted: { collective: number; individual: number } | null = null;
  let lacking: SchoolDutyResult['lacking'] = NOTHING_LACKING;
  for (let i = 0; i < plan.duties.length; i++) {
    const d = plan.duties[i];
    if (!('yearly' in d)) {
      reportResults(d.report, reports, results);
      continue;
    }
    const bits = (counted ??= countedYears(registrations, plan))[d.yearly.kind];
    yearlyResults(d.yearly, bits, plan.states, results, beyond);
    // A kind the office switched to "Không" in "Tiêu chí" (review r67t #5): not lacking, whatever was registered.
    if (d.yearly.none !== null || !d.yearly.c.mandatory) continue;
    for (let k = 0; k < plan.years.length; k++) {
      if (bits & (1 << k)) continue;
      if (lacking === NOTHING_LACKING) lacking = [];
      let l = lacking.find((x) => x.year === plan.years[k]);
      if (!l) lacking.push((l = { year: plan.years[k], collective: false, individual: false, state: plan.states[k] }));
      l[d.yearly.kind] = true;
    }
  }
  if (lacking.length > 1) lacking.sort((a, b) => a.year - b.year);
  const findings: Finding[] = [];
  const actionable: Finding[] = [];
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    // Only the duties the office requires (review r67t #5): one switched to "Không" in "Tiêu chí" decides nothing (its
    // result stays, for the school's lines to say so), so it is no finding and no reminder asks for it.
    if ((r.status !== 'notMet' && r.status !== 'missing') || !r.mandatory) continue;
    const f = { criterionId: r.criterionId, status: r.status, message: r.message };
    findings.push(f);
    if (!beyond.has(r)) actionable.push(f);
  }
  return { schoolCode: school.code, schoolName: school.name, verdict: verdictOf(results, []), results, findings, actionable, lacking };
}

/** The office's line: every duty not applicable, nothing lacking, nothing to remind. */
function officeDuties(school: School, plan: DutyPlan): SchoolDutyResult {
  const results: CriterionResult[] = [];
  for (const d of plan.duties) {
    const c = 'yearly' in d ? d.yearly.c : d.report.c;
    push(results, c, 'notApplicable', findingOfficeNoDuty(c));
  }
  return { schoolCode: school.code, schoolName: school.name, verdict: verdictOf(results, []), results, findings: [], actionable: [], lacking: NOTHING_LACKING };
}

/** Shared by the schools that lack nothing (most). */
const NOTHING_LACKING: SchoolDutyResult['lacking'] = Object.freeze([]) as unknown as SchoolDutyResult['lacking'];
