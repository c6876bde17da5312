// Deadline reminders to schools (plan III.4, IV.2): before each configured deadline — the school's plan, the
// six-monthly and annual reports, the end of the registration window, the interim review and the conferences —
// each school with something still outstanding for that deadline receives one e-mail per configured offset
// ("14 and 3 days before"), listing ONLY its own status: what that deadline asks, and with it what must not wait for
// the next deadline (reminderContent: overdue reports, the current year's minimum, once the window's outcome). Pure:
// the schedule, what is outstanding, the outbox planning and the message; the sending is src/jobs/reminders.ts.
import { MilestoneId, OfficeConfig, Organisation, mailSettingHeld, officeWord, periodDeadlineUnsettled, reportingPeriods, type ReportingPeriod } from './config';
import { excellentYearNote, findingsToShow, onlyDeclaredCases } from './emails';
import { CATALOGUE, type Criterion } from './criteria';
import { Directory, School, noMailNote, schoolMail, sendingSchool, unitHead } from './directory';
import { Block, Email, render, type MailLink } from './emails';
import { EvaluateOutput, EvaluatedRegistration } from './evaluate';
import { CONFIRMATION, DEADLINE_TITLES, carriesNotice, isTurnedOffNote, KIND_LABELS, REMINDER_EMAIL, REMINDER_NOTE, VERDICT_LABELS, viewRequested, type DueWord } from './messages';
import { Candidate, OutboxEntry, enqueue, isOpen, retire } from './outbox';
import { ProgressReport, earlyAnnualOf, earlyReportOf, otherSchoolReportOf, reportHasEvidence } from './reports';
import { minimumParts, registrationYearEnd, reportRequired, type SchoolDutyResult } from './school-duties';
import { dayAfter, deadlinePassed, fnv1a32, formatDate, matchKey, withoutSheetRow } from './text';

export type DeadlineKind = 'plan' | 'halfYear' | 'annual' | 'registration' | 'conference';

/** A date schools are reminded of. `id` is unique across periods (a new period never reuses an old key). */
export interface Deadline {
  id: string;
  kind: DeadlineKind;
  date: Date;
  /** What the deadline is, after "hạn …" (Vietnamese). */
  title: string;
  /** The report form's "Kỳ báo cáo" choice, for the plan and report deadlines. */
  periodId: string | null;
  periodLabel: string | null;
}

/** Milestones that are deadlines for schools (the plan's own milestone, KE-HOACH, is the plan report deadline). */
const MILESTONE_DEADLINES: readonly { id: MilestoneId; kind: DeadlineKind }[] = [
  { id: 'DANG-KY-DONG', kind: 'registration' },
  { id: 'SO-KET', kind: 'conference' },
  { id: 'BIEU-DUONG', kind: 'conference' },
  { id: 'TONG-KET', kind: 'conference' },
];

/** Every deadline of the configured period, ordered by date. Configuration only: any period works. */
export function deadlines(cfg: OfficeConfig): Deadline[] {
  const p = cfg.period;
  const out: Deadline[] = reportingPeriods(p).map((rp) => ({
    id: rp.id,
    kind: rp.kind,
    date: rp.deadline,
    title: rp.kind === 'plan' ? DEADLINE_TITLES.plan(p.startYear, p.endYear) : DEADLINE_TITLES[rp.kind](rp.year),
    periodId: rp.id,
    periodLabel: rp.label,
  }));
  for (const md of MILESTONE_DEADLINES) {
    const m = p.milestones.find((x) => x.id === md.id);
    if (!m) continue;
    out.push({
      id: `${md.id}-${m.date.getFullYear()}`,
      kind: md.kind,
      date: m.date,
      title: md.kind === 'registration' ? DEADLINE_TITLES.registration : DEADLINE_TITLES[md.id as 'SO-KET' | 'BIEU-DUONG' | 'TONG-KET'],
      periodId: null,
      periodLabel: null,
    });
  }
  out.sort((a, b) => a.date.getTime() - b.date.getTime() || a.id.localeCompare(b.id));
  return out;
}

/** Calendar days from `now`'s date to `date`'s date (local time; 0 on the day, negative after). */
export function daysUntil(date: Date, now: Date): number {
  const a = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const b = Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
  return Math.round((b - a) / 86_400_000);
}

/**
 * The offset whose reminder is due with `daysLeft` days to go: the smallest configured offset that has been
 * reached (with 14 and 3: 14 from 14 days before to 4 days before, 3 from 3 days before to the day itself), or
 * null before the first or after the deadline. A day missed (trigger down) is caught up the next day, but a
 * reminder overtaken by a later one is never sent.
 */
export function activeOffset(daysLeft: number, offsets: readonly number[]): number | null {
  if (daysLeft < 0) return null;
  let best: number | null = null;
  for (const k of offsets) if (k >= daysLeft && (best === null || k < best)) best = k;
  return best;
}

export type ReportStatus = 'met' | 'noEvidence' | 'missing';

/** Whether a school sent the report of a period, with evidence — the rule of school-duties.ts. */
export function reportStatus(reports: readonly ProgressReport[], school: School, periodId: string): ReportStatus {
  let sent = false;
  for (const r of reports) {
    // One sent before its period could report anything (the wrong period chosen) is no report of it: not "sent without
    // its document" either (review yearahead R2).
    if (!r.school || r.school.key !== school.key || !r.period || r.period.id !== periodId || r.early) continue;
    if (reportHasEvidence(r)) return 'met';
    sent = true;
  }
  return sent ? 'noEvidence' : 'missing';
}

/** The school's registrations in force (not superseded by a later one). */
/**
 * `output` without the registrations of `notProposed` (review.ts notProposedIds: the council decided "Không đề nghị"), for
 * the reminders: a registration the council will not put forward — a teacher who withdrew it among them — is not chased
 * for what it lacks (review r74p F3). What the school has registered still counts for its minimum (its duties).
 */
export function withoutNotProposed(output: EvaluateOutput, notProposed: ReadonlySet<string>): EvaluateOutput {
  return notProposed.size === 0 ? output : { ...output, registrations: output.registrations.filter((r) => !notProposed.has(r.id)) };
}

/**
 * `output` with the council's "Yêu cầu bổ sung" in force (`requests`: by code, the day its letter went, dd/MM/yyyy, or
 * null: src/jobs/school-views.ts councilRequestsOf, the requests the school's view shows), for the reminders: a
 * registration the council asked to supplement is listed as one to complete, pointing to the council's letter as the
 * view does (viewRequested; review r79s F1). One the school has supplemented since is no longer in force (review.ts
 * pendingRequests: held for the council). `office`: the office's own word.
 */
export function withCouncilRequests(output: EvaluateOutput, requests: ReadonlyMap<string, string | null>, office: string): EvaluateOutput {
  if (requests.size === 0) return output;
  const asked = new Map<string, string>();
  for (const [id, sentOn] of requests) asked.set(id, viewRequested(id, sentOn, office));
  return { ...output, councilRequests: asked };
}

/**
 * The registrations in force a school is reminded of: its own — but one sent from an address "Đơn vị" lists for another
 * school (most likely the wrong school picked in the list: emails.ts sentForAnotherSchool) is that other school's, the
 * one that sent it and alone can complete it, not the chosen one's (review d74 F1, d74b F1).
 */
export function registrationsOf(output: EvaluateOutput, school: School): EvaluatedRegistration[] {
  return output.registrations.filter((r) => {
    if (!r.school || r.flags.supersededBy) return false;
    // Sent from an address two schools share (a clerk of both): neither's, nor the chosen one's — which of the two sent
    // it cannot be told, and a school's reminder goes to all its addresses (d74c F1, d74d F1); its sender was told
    // in the confirmation, the office's tabs show it "chưa xác minh".
    const by = sendingSchool(output.directory, r);
    return by === undefined ? r.school.key === school.key : by === school;
  });
}

/**
 * One line of a reminder. `registrationId`: the registration the line is about (its own edit link is added to the
 * e-mail when known); `about`: what the line asks for, which decides the "how to" paragraphs of the e-mail.
 */
export interface ReminderItem {
  text: string;
  about: 'report' | 'registration' | 'minimum' | 'duty';
  registrationId?: string;
}

function toFixItems(regs: readonly EvaluatedRegistration[], school?: School, asked?: ReadonlyMap<string, string>): ReminderItem[] {
  return regs
    // One not met only by what its unit declared (a "Không", a case) has nothing to fix: its confirmation said so once.
    // One the council asked to supplement is listed whatever its verdict (withCouncilRequests).
    .filter((r) => (r.verdict !== 'dat' && !onlyDeclaredCases(r)) || !!asked?.has(r.id))
    .map((r) => {
      // The open findings of the mandatory criteria (findingsToShow's toFix), told apart: not met by the answers, or
      // something the school can still add.
      const toFix = new Set(findingsToShow(r).toFix);
      const notMet: string[] = [];
      const missing: string[] = [];
      for (const f of r.findings) {
        if (!toFix.has(f.message)) continue;
        toFix.delete(f.message);
        (f.status === 'notMet' ? notMet : missing).push(f.message);
      }
      // Any text not found among the findings (none expected) stays listed, as something to add.
      missing.push(...toFix);
      const request = asked?.get(r.id);
      const text = REMINDER_EMAIL.registrationToFix(
        r.id,
        r.kind ? KIND_LABELS[r.kind] : REMINDER_EMAIL.unknownKind,
        r.name || REMINDER_EMAIL.unknownName,
        // As the school's view shows it: a registration "Đạt" the council asked to supplement reads "Cần bổ sung".
        VERDICT_LABELS[request !== undefined && r.verdict === 'dat' ? 'canBoSung' : r.verdict],
        notMet.map(withoutSheetRow),
        missing.map(withoutSheetRow),
      ) + (request !== undefined ? ` ${request}` : '') + (school && r.school && r.school !== school ? REMINDER_EMAIL.chosenOther(r.school.name) : '');
      return { text, about: 'registration' as const, registrationId: r.id };
    });
}

/** Criterion ids of the catalogue by evaluator (the office may have renamed nothing but may switch flags). */
function criterionIds(output: EvaluateOutput, evaluators: readonly string[]): Set<string> {
  const cat = output.catalogue && output.catalogue.length ? output.catalogue : CATALOGUE;
  return new Set(cat.filter((c) => evaluators.indexOf(c.evaluator) >= 0).map((c) => c.id));
}

/** The schools' duties by school, and by code, once per evaluation: a reminder run asks for each school's several times. */
const dutiesBySchool = new WeakMap<readonly SchoolDutyResult[], { bySchool: Map<School, SchoolDutyResult>; byCode: Map<string, SchoolDutyResult> }>();

/**
 * The duties of `school` in `output` (undefined when not evaluated): its own, by the school of "Đơn vị" they were
 * evaluated for (evaluateAll: one per school, in its order) — two schools whose code is empty, now reminded by their
 * names, each have their own (review d69c F4) —, else, for a school not of that directory, the first of its code.
 */
function dutiesOf(output: EvaluateOutput, school: School): SchoolDutyResult | undefined {
  let by = dutiesBySchool.get(output.schoolDuties);
  if (!by) {
    by = { bySchool: new Map(), byCode: new Map() };
    const schools = output.directory?.schools ?? [];
    output.schoolDuties.forEach((d, i) => {
      const s = schools[i];
      if (s && s.code === d.schoolCode && s.name === d.schoolName) by!.bySchool.set(s, d);
      // The first of a code, as find() gave.
      if (!by!.byCode.has(d.schoolCode)) by!.byCode.set(d.schoolCode, d);
    });
    dutiesBySchool.set(output.schoolDuties, by);
  }
  return by.bySchool.get(school) ?? (school.code !== '' ? by.byCode.get(school.code) : undefined);
}

/**
 * The current school year's gaps in the minimum (III.1) that a registration sent now can still fill, one line per
 * kind (the duties' own sentences): years whose window has closed or that are over are not asked for (not among the
 * actionable findings). The open year's gaps are "missing", not "not met" (review openyear): asked for whatever status.
 */
function minimumItems(school: School, output: EvaluateOutput): ReminderItem[] {
  const duties = dutiesOf(output, school);
  if (!duties) return [];
  const minimum = criterionIds(output, ['schoolHasCollective', 'schoolHasIndividual']);
  return duties.actionable.filter((f) => minimum.has(f.criterionId)).map((f) => ({ text: f.message, about: 'minimum' as const }));
}

/**
 * What the school still has to do for this deadline, one Vietnamese line each ([] = nothing, no reminder). Only the
 * school's own registrations, reports and duties are read.
 */
export function outstandingItems(school: School, d: Deadline, output: EvaluateOutput): ReminderItem[] {
  if (d.periodId !== null) {
    // The office itself sends the schools' plans and reports no more than it has their duties (review diff35 H2).
    if (school.office) return [];
    // Switched to "Không" in "Tiêu chí" by the office (review r67t #5): not asked for.
    if ((d.kind === 'plan' || d.kind === 'halfYear' || d.kind === 'annual') && !reportRequired(output, d.kind)) return [];
    const s = reportStatus(output.reports, school, d.periodId);
    if (s === 'met') return [];
    const isReport = d.kind !== 'plan';
    // Sent, but too early to count (review d62 F1): said so, not "not sent".
    const early = s === 'missing' ? earlyReportOf(output.reports, school.key, d.periodId) : null;
    if (early) return [{ text: REMINDER_EMAIL.reportEarly(d.periodLabel!, early.sentOn, early.from), about: 'report' }];
    // Sent only from another listed school's address: said so, not "without its document number" (review d63 F6).
    const other = s === 'noEvidence' ? otherSchoolReportOf(output.reports, school.key, d.periodId) : null;
    if (other) return [{ text: REMINDER_EMAIL.reportOtherSchool(d.periodLabel!, isReport, other.sentOn, other.sender), about: 'report' }];
    const items: ReminderItem[] = [{ text: s === 'missing' ? REMINDER_EMAIL.reportMissing(d.periodLabel!, isReport) : REMINDER_EMAIL.reportNoEvidence(d.periodLabel!, isReport), about: 'report' }];
    // The year's annual report sent too early to count: maybe this one, its period chosen wrongly (review upgrade6 F1).
    const annual = s === 'missing' && d.kind === 'halfYear' ? earlyAnnualOf(output.reports, school.key, d.date.getFullYear()) : null;
    if (annual) items.push({ text: REMINDER_EMAIL.reportEarlyOther(annual.label, annual.sentOn, annual.from, d.periodLabel!), about: 'report' });
    return items;
  }
  const regs = registrationsOf(output, school);
  // Only what the school can still do: a school year short of the minimum that is over, or whose window has closed, is
  // not asked for (no registration sent now counts for it); it stays on the school's tab as a fact, and the first
  // reminder after the window closed says so once (windowClosedNotice).
  if (d.kind === 'registration') return minimumItems(school, output).concat(toFixItems(regs, school, output.councilRequests));
  // A conference: every duty not done so far that the school can still do (the current year's registrations, plan,
  // reports past their deadline), every registration still to complete, and, before the interim review, every "Đạt"
  // the review itself will turn (CN-10 judged from that day: excellentYearNote).
  const duties = dutiesOf(output, school);
  // A plan or report still to send is about a report: the e-mail then says how to send it (the form's address; r73r F6).
  const dutyItems: ReminderItem[] = duties ? duties.actionable.map((f) => ({ text: f.message, about: reportDutyIds(output.catalogue).has(f.criterionId) ? ('report' as const) : ('duty' as const) })) : [];
  return dutyItems.concat(toFixItems(regs, school, output.councilRequests), d.id.startsWith('SO-KET') ? judgedAtReview(regs, d.date, output.councilRequests) : []);
}

/** The criteria of `catalogue` that ask a school for its plan or reports (school-duties.ts), once per catalogue. */
function reportDutyIds(catalogue: readonly Criterion[]): ReadonlySet<string> {
  let ids = reportDuties.get(catalogue);
  if (!ids) reportDuties.set(catalogue, (ids = new Set(catalogue.filter((c) => c.evaluator === 'schoolPlan' || c.evaluator === 'halfYearReports' || c.evaluator === 'annualReports').map((c) => c.id))));
  return ids;
}
const reportDuties = new WeakMap<readonly Criterion[], ReadonlySet<string>>();

/**
 * The registrations "Đạt" now that the interim review on `day` turns (excellentYearNote), one item each — only those
 * the school can still do something about before it (a year that counts by then left blank: ExcellentYearPending
 * actionable). The others were told in their confirmation, and their turn is told on the day (notices.ts); a reminder
 * lists what is to do (review school #6).
 */
function judgedAtReview(regs: readonly EvaluatedRegistration[], day: Date, asked?: ReadonlyMap<string, string>): ReminderItem[] {
  const out: ReminderItem[] = [];
  for (const r of regs) {
    // One the council asked to supplement is listed as such (toFixItems), not as "hiện Đạt".
    if (r.verdict !== 'dat' || asked?.has(r.id)) continue;
    const n = excellentYearNote(r);
    if (!n || !n.actionable || n.from.getTime() !== day.getTime()) continue;
    const text = REMINDER_EMAIL.registrationJudgedAtReview(r.id, r.kind ? KIND_LABELS[r.kind] : REMINDER_EMAIL.unknownKind, r.name || REMINDER_EMAIL.unknownName, n.message);
    out.push({ text, about: 'registration', registrationId: r.id });
  }
  return out;
}

/** outstandingItems as text. */
export function outstanding(school: School, d: Deadline, output: EvaluateOutput): string[] {
  return outstandingItems(school, d, output).map((i) => i.text);
}

/**
 * The plan and reports whose deadline has passed (at `cfg.today`) and that the school has not sent with evidence,
 * other than `exceptId`: "“Năm 2026” (hạn 15/12/2026)", each once, in deadline order. A period whose deadline is a
 * stand-in is not overdue (review now N3: the stand-in is never told to a school as its deadline).
 */
export function overdueReports(school: School, output: EvaluateOutput, cfg: OfficeConfig, exceptId: string | null): string[] {
  const out: string[] = [];
  if (school.office) return out;
  for (const p of reportingPeriods(cfg.period)) {
    if (p.id === exceptId || !deadlinePassed(p.deadline, cfg.today) || periodDeadlineUnsettled(cfg, p.kind) || !reportRequired(output, p.kind)) continue;
    const s = reportStatus(output.reports, school, p.id);
    if (s !== 'met') out.push(REMINDER_EMAIL.overduePeriod(p.label, formatDate(p.deadline), s === 'noEvidence', s === 'missing' ? earlyReportOf(output.reports, school.key, p.id) : null, s === 'noEvidence' ? otherSchoolReportOf(output.reports, school.key, p.id) : null));
  }
  return out;
}

/**
 * The plan and reports whose deadline has passed (at `cfg.today`) that no school has sent at all: the schools are
 * reminded of them as overdue from the next reminder on. Set up after such a deadline — a commune starting its records in
 * December of the period's first year, its schools' plan due by the plan's pattern at the end of September (review r75c
 * F1) — the office may never have given the schools that deadline: Thiết lập names these, in deadline order.
 */
export function deadlinesPassedUnsent(output: EvaluateOutput, cfg: OfficeConfig): ReportingPeriod[] {
  if (!output.directory.schools.some((s) => !s.office)) return [];
  return reportingPeriods(cfg.period).filter(
    (p) =>
      deadlinePassed(p.deadline, cfg.today) &&
      !periodDeadlineUnsettled(cfg, p.kind) &&
      reportRequired(output, p.kind) &&
      !output.reports.some((r) => r.school && !r.school.office && r.period && r.period.id === p.id && !r.early),
  );
}

/**
 * The reminder (deadline and offset) that falls due first after the registration window ("Mốc: kết thúc đăng ký")
 * closed, by the configured dates alone; null: no such reminder (no offsets, no deadline after the window). Which
 * reminder tells the window's outcome is not decided by it but by the reminders sent (windowClosedNotice: review d63 F1).
 */
export function firstAfterWindow(cfg: OfficeConfig): { deadlineId: string; offset: number } | null {
  const close = cfg.period.milestones.find((m) => m.id === 'DANG-KY-DONG');
  if (!close) return null;
  let best: { deadlineId: string; offset: number; due: number } | null = null;
  for (const d of deadlines(cfg)) {
    for (const k of cfg.mail.reminderDaysBefore) {
      // The day the offset's reminder falls due; "after the window" is from the day after its last day.
      const due = dayAfter(d.date, -k);
      if (!deadlinePassed(close.date, due)) continue;
      // Earliest day first; on the same day the earlier deadline (deadlines() is in date order, so the first seen).
      if (!best || due.getTime() < best.due) best = { deadlineId: d.id, offset: k, due: due.getTime() };
    }
  }
  return best && { deadlineId: best.deadlineId, offset: best.offset };
}

/**
 * When each school's reminders that carried a notice were sent, by school code: the notices told once
 * (yearClosedNotice, windowClosedNotice) go with the first reminder of the school actually sent after the day they
 * became true, whichever (deadline, offset) it is (review d63 F1: one retired unsent, superseded or passed, took its
 * notice with it; F7: another "Nhắc hạn trước" gave another key, and the notice went again). Only a reminder whose
 * subject names the notice counts (messages carriesNotice): one sent after that day without it — by a version of the
 * tool before the notice, or while the school lacked nothing — told nothing, and the next one tells it.
 */
export type SentReminders = (school: School) => readonly Date[];
export const NOTHING_SENT: SentReminders = () => [];

/**
 * A school as its reminders and the notices that a deadline moved past know it in the outbox: by its name (matchKey,
 * hashed), which "Đơn vị" holds once (a second row of the same name is left out), not by the code the clerk may correct
 * or give to another school (review r67r F5, as receipts; w69h, w69r).
 */
export const schoolWho = (name: string): string => `@${fnv1a32(matchKey(name)).toString(36)}`;

/**
 * Every identity an outbox entry for `school` may carry: its name, each former name ("Tên cũ") "Đơn vị" gives it (not one
 * that is another school's name: `directory`, when given), and its code (keys of the versions before, which named the
 * school by it: reminderWhos says when such a key is read by its code).
 */
export function whosOf(school: School, directory?: Pick<Directory, 'byKey'>): string[] {
  // Once per school and directory: a run asks for each school's several times (names are normalised and hashed).
  const known = whosCache.get(school);
  if (known && known.directory === directory) return known.whos;
  const former = directory ? school.former.filter((n) => directory.byKey.get(matchKey(n)) === school) : school.former;
  const whos = [schoolWho(school.name), ...former.map(schoolWho), ...(school.code !== '' ? [school.code] : [])];
  whosCache.set(school, { directory, whos });
  return whos;
}
const whosCache = new WeakMap<School, { directory: unknown; whos: string[] }>();

/**
 * Whom a reminder entry is for (identities whosOf gives): the school its key names ("NH:@…": schoolWho). A key of the
 * versions before named the school's code, which may have been corrected since or given to another school: it is for
 * the school its subject names at its end (" — <school>", as every reminder's subject), or, when the subject names none
 * (a row restored from the outbox's journal keeps only its subject's start), the school of that code. [] when no key.
 */
export function reminderWhos(e: Pick<OutboxEntry, 'key' | 'subject'>): string[] {
  const k = parseReminderKey(e.key);
  if (!k) return [];
  if (k.who.startsWith('@')) return [k.who];
  // From each " — " on (a school's name may hold one too).
  const named: string[] = [];
  for (let i = e.subject.indexOf(' — '); i >= 0; i = e.subject.indexOf(' — ', i + 1)) named.push(schoolWho(e.subject.slice(i + 3)));
  return named.length > 0 ? named : [k.who];
}

/** Each identity whosOf gives the schools of `directory` → its school (a code listed twice: its first school's, as byCode). */
function schoolsOfWhos(directory: Directory): Map<string, School> {
  let map = schoolsByWho.get(directory);
  if (!map) {
    map = new Map();
    for (const school of directory.schools) for (const w of whosOf(school, directory)) if (!map.has(w) && (w.startsWith('@') || directory.byCode.get(w) === school)) map.set(w, school);
    schoolsByWho.set(directory, map);
  }
  return map;
}

/** The school of `directory` an identity ("@<name hashed>", a current or former name; a code) names, or null. */
export function schoolNamed(who: string, directory: Directory): School | null {
  return schoolsOfWhos(directory).get(who) ?? null;
}

/** The school code a ref ("Liên quan") of a reminder or of a notice that a deadline moved past names: "<code> · …". */
export const refCode = (ref: string): string => {
  const i = ref.indexOf(' · ');
  return (i >= 0 ? ref.slice(0, i) : ref).trim();
};

/** Each address of `directory` (lower-cased) → the schools listing it. */
function addressesOf(directory: Directory): Map<string, School[]> {
  let map = schoolsByAddress.get(directory);
  if (!map) {
    map = new Map();
    for (const school of directory.schools) for (const a of school.emails) (map.get(a.toLowerCase()) ?? map.set(a.toLowerCase(), []).get(a.toLowerCase())!).push(school);
    schoolsByAddress.set(directory, map);
  }
  return map;
}
const schoolsByAddress = new WeakMap<Directory, Map<string, School[]>>();

/**
 * The school an outbox entry for a school (a reminder, the notice of a day of the calendar, the notice that a deadline
 * moved past) belongs to though none of its identities `whos` (its key's "@<name hashed>", a legacy key's name or code)
 * names a school listed now — the clerk corrected a typo in the school's name in "Đơn vị" without typing the old one into
 * "Tên cũ" (review d69c F3): the school of `code` (the one the entry's ref names), when the addresses the entry was sent
 * or queued to (`to`) are that school's now — one of them at least, and none another school's (a teacher a notice also
 * went to is neither); else, its code now another school's and its own retyped too, the one school whose addresses those
 * are. A code given since to another school, with other addresses, is not it (w69r); a code no school has now is a
 * school gone, but for an entry of the version before keyed by that code alone. null: none, or `whos` names a school
 * listed now (that one is the entry's).
 */
export function sameSchoolByCode(whos: readonly string[], code: string, to: string, directory: Directory): School | null {
  const map = schoolsOfWhos(directory);
  if (whos.some((w) => map.has(w))) return null;
  const listed = addressesOf(directory);
  const sent = to.split(',').map((a) => a.trim().toLowerCase()).filter((a) => a !== '');
  const owns = (school: School) => {
    const own = (a: string) => (listed.get(a) ?? []).indexOf(school) >= 0;
    return sent.some(own) && sent.every((a) => own(a) || !listed.has(a));
  };
  const school = code === '' ? undefined : directory.byCode.get(code);
  if (school && !school.codeTwice && owns(school)) return school;
  // A code no school has now is a school gone (review d69d A) — unless the entry is of the version before, known by that
  // code alone: its school's code corrected since (at the update: review d69e) is found by its addresses below.
  if (!school && whos.every((w) => w.startsWith('@'))) return null;
  // Its code given to another school since, and its name retyped (two codes swapped back, a name fixed the same day:
  // review d69b C): the one school whose addresses it went to — not one of two sharing them. Not when its code is no
  // school's now: the school is gone, and a school listed since with its address is another (review d69d A).
  const holders = new Set<School>();
  for (const a of sent) for (const s of listed.get(a) ?? []) holders.add(s);
  const only = [...holders].filter(owns);
  return only.length === 1 && !only[0].codeTwice ? only[0] : null;
}

/**
 * The outbox entries of reminders and of notices that a deadline moved past ("HQ:") whose key names a school listed now
 * by its name (not a former one) while their ref ("Liên quan") names another code: the ref given the
 * school's code now (review r70f F1). The entry follows its school as each single change is recognised: its name then
 * corrected too without "Tên cũ" (a key no school's name), it is still found by its code and addresses (sameSchoolByCode)
 * — else the school was reminded, or told, again. Not an entry keyed by a code (the versions before), nor one of a name no
 * school bears now (a school gone keeps the code it had: a new school given its address is another, review d69d A), nor
 * for a school whose code is blank or listed twice. The same array when nothing changes.
 */
export function followCodes(entries: readonly OutboxEntry[], directory: Directory): readonly OutboxEntry[] {
  let changed = false;
  const out = entries.map((e) => {
    const who = e.kind === 'reminder' ? parseReminderKey(e.key)?.who : e.kind === 'notice' ? parseMovedPastKey(e.key)?.who : undefined;
    if (!who || !who.startsWith('@')) return e;
    const school = schoolNamed(who, directory);
    const at = e.ref.indexOf(' · ');
    // By its name now only: one under a former name stays found by it while "Tên cũ" keeps it (and two schools merged
    // into one row keep the codes they had on their rows, for the office).
    if (!school || schoolWho(school.name) !== who || school.code === '' || school.codeTwice || at <= 0 || refCode(e.ref) === school.code) return e;
    changed = true;
    return { ...e, ref: `${school.code}${e.ref.slice(at)}` };
  });
  return changed ? out : entries;
}

/**
 * Whom a reminder entry is for (reminderWhos; of a legacy subject's ends, the longest naming a school of `directory`), and,
 * when none of those names a school of `directory` now, the name of the school its ref's code and its addresses tell it
 * is (sameSchoolByCode).
 */
export function entryWhos(e: Pick<OutboxEntry, 'key' | 'subject'> & Partial<Pick<OutboxEntry, 'ref' | 'to'>>, directory?: Directory): string[] {
  let whos = reminderWhos(e);
  if (!directory || whos.length === 0) return whos;
  // A subject of the versions before with several " — ": the longest end that names a school listed now, not every end
  // (a branch "Điểm trường … — <school>" is not that school: review d69c F5).
  const named = whos.length > 1 ? whos.find((w) => schoolsOfWhos(directory).has(w)) : undefined;
  if (named) whos = [named];
  if (e.ref === undefined || e.to === undefined) return whos;
  const school = sameSchoolByCode(whos, refCode(e.ref), e.to, directory);
  return school ? [...whos, schoolWho(school.name)] : whos;
}

/** The school a reminder entry is for (entryWhos) in `directory`, or null (no such school listed now). */
function reminderSchool(e: Pick<OutboxEntry, 'key' | 'subject'> & Partial<Pick<OutboxEntry, 'ref' | 'to'>>, directory: Directory): School | null {
  const map = schoolsOfWhos(directory);
  for (const w of entryWhos(e, directory)) {
    const school = map.get(w);
    if (school) return school;
  }
  return null;
}
const schoolsByWho = new WeakMap<Directory, Map<string, School>>();

/**
 * What `pick` reads of the reminder entries of `entries`, by the school each is for (reminderWhos), for the schools of
 * `directory` (whosOf): an entry under a former name or a corrected code is the school's.
 */
function bySchool<T>(entries: Iterable<OutboxEntry | undefined>, pick: (e: OutboxEntry) => T | null, directory?: Directory): (school: School) => T[] {
  const by = new Map<string, { e: OutboxEntry; v: T }[]>();
  for (const e of entries) {
    if (!e || e.kind !== 'reminder') continue;
    const v = pick(e);
    if (v === null) continue;
    for (const w of entryWhos(e, directory)) (by.get(w) ?? by.set(w, []).get(w)!).push({ e, v });
  }
  return (school) => {
    const seen = new Set<OutboxEntry>();
    const out: T[] = [];
    for (const w of whosOf(school, directory)) {
      for (const x of by.get(w) ?? []) {
        if (seen.has(x.e)) continue;
        seen.add(x.e);
        out.push(x.v);
      }
    }
    return out;
  };
}

/**
 * The reminders with a notice `entries` record as sent, by school (sentAt, or when queued if the row's time is unreadable).
 * `directory`: "Đơn vị" (whosOf: a former name another school bears now is not this school's).
 */
export function sentReminders(entries: Iterable<OutboxEntry | undefined>, directory?: Directory): SentReminders {
  return bySchool(entries, (e) => (e.status === 'sent' && carriesNotice(e.subject) ? e.sentAt ?? e.createdAt : null), directory);
}

/**
 * The reminders with a notice `entries` record as skipped when queued for want of a recipient (the school had no address
 * of its own), by school (when queued). The office saw the notice on that row: while the school still has no address,
 * it is not shown again on the row of every later reminder (planReminders), but it is still told to the school with the
 * first reminder actually sent once it has one (sentReminders alone decides that).
 */
export function unreachedReminders(entries: Iterable<OutboxEntry | undefined>, directory?: Directory): SentReminders {
  return bySchool(entries, (e) => (e.status === 'skipped' && e.to.trim() === '' && carriesNotice(e.subject) ? e.createdAt : null), directory);
}

/** A reminder of the school was sent after the day `day` (from the day after it). */
const sentAfter = (times: readonly Date[], day: Date) => times.some((t) => deadlinePassed(day, t));

/** The window's last day, once it has closed at `now` (null: still open, or no such milestone). */
function closedWindow(cfg: OfficeConfig, now: Date): Date | null {
  const close = cfg.period.milestones.find((m) => m.id === 'DANG-KY-DONG');
  return close && deadlinePassed(close.date, now) ? close.date : null;
}

/**
 * Told once, with the first reminder of the school sent after a school year closed on 31 August short of the minimum
 * (III.1), a year the window's close did not end: the year(s) (past: over, no registration can fill them any more) and
 * that the duty is recorded as not met (review yearahead R6: else told only after the window, nine months later). Not
 * when the window has closed too with no reminder sent since (windowClosedNotice then tells every year). Never for a
 * year the school met, nor one still open. Once: `sent` (the outbox's record) holds a reminder sent after that day once
 * this one went, whichever it was. [] when none.
 */
export function yearClosedNotice(school: School, output: EvaluateOutput, cfg: OfficeConfig, now: Date, sent: SentReminders = NOTHING_SENT): string[] {
  const duties = dutiesOf(output, school);
  if (!duties || duties.lacking.length === 0) return [];
  const times = sent(school);
  const close = closedWindow(cfg, now);
  if (close && !sentAfter(times, close)) return [];
  const years: SchoolDutyResult['lacking'] = [];
  let end: Date | null = null;
  for (const l of duties.lacking) {
    if (l.state !== 'past') continue;
    const e = registrationYearEnd(cfg, l.year);
    if (e.byWindow || !deadlinePassed(e.day, now) || sentAfter(times, e.day)) continue;
    years.push(l);
    end = e.day;
  }
  if (end === null) return [];
  const last = years[years.length - 1].year;
  return [REMINDER_EMAIL.yearClosed(`${last}-${last + 1}`, formatDate(end), REMINDER_EMAIL.lackingYears(years), `${last + 1}-${last + 2}`, officeWord(cfg.organisation), minimumParts(output))];
}

/**
 * Told once, with the first reminder of the school sent after the registration window closed: the school years the
 * school is short of the minimum (III.1) in, which no registration can fill any more, and that the duty is recorded as
 * not met — but not a year yearClosedNotice already told (a reminder sent after its 31 August, by the window's close:
 * review d63 F2, "Thông tin này chỉ báo một lần."). [] when it lacks nothing more, or a reminder went since the close.
 */
export function windowClosedNotice(school: School, output: EvaluateOutput, cfg: OfficeConfig, now: Date, sent: SentReminders = NOTHING_SENT): string[] {
  const close = closedWindow(cfg, now);
  if (!close) return [];
  const times = sent(school);
  if (sentAfter(times, close)) return [];
  const duties = dutiesOf(output, school);
  const told = (year: number) => {
    const e = registrationYearEnd(cfg, year);
    return !e.byWindow && times.some((t) => deadlinePassed(e.day, t) && !deadlinePassed(close, t));
  };
  const lacking = duties ? duties.lacking.filter((l) => l.state !== 'open' && !told(l.year)) : [];
  if (lacking.length === 0) return [];
  return [REMINDER_EMAIL.windowClosed(formatDate(close), REMINDER_EMAIL.lackingYears(lacking), officeWord(cfg.organisation), minimumParts(output))];
}

/** What a reminder of the school sent at `now` tells once (yearClosedNotice, windowClosedNotice). */
export function schoolNotices(school: School, output: EvaluateOutput, cfg: OfficeConfig, now: Date, sent: SentReminders = NOTHING_SENT): string[] {
  return [...yearClosedNotice(school, output, cfg, now, sent), ...windowClosedNotice(school, output, cfg, now, sent)];
}

/**
 * Everything one reminder says to a school: its items (what it still has to do) and its notices (facts told once).
 * - every deadline: what is outstanding for it (outstandingItems);
 * - a six-monthly or annual report: also the current school year's gaps in the minimum (III.1), so that each
 *   registration year is reminded while it can still be filled, not only at the end of the window;
 * - a report, when anything is asked: also the earlier plan and reports still missing past their deadline;
 * The notices (told once) are the school's, not a deadline's: schoolNotices.
 */
export function reminderContent(school: School, d: Deadline, output: EvaluateOutput, cfg: OfficeConfig): { items: ReminderItem[]; received: boolean } {
  let items = outstandingItems(school, d, output);
  // The plan or report of this deadline is in (with evidence): whatever else is listed, the e-mail says so and does not ask
  // for it again (review yearahead R1).
  const received = d.periodId !== null && !school.office && reportStatus(output.reports, school, d.periodId) === 'met';
  if (d.kind === 'halfYear' || d.kind === 'annual') items = items.concat(minimumItems(school, output));
  if (d.periodId !== null && items.length > 0) {
    const overdue = overdueReports(school, output, cfg, d.periodId);
    if (overdue.length) items.push({ text: REMINDER_EMAIL.overdueReports(overdue), about: 'report' });
  }
  return { items, received };
}

/** One deadline a reminder is about: its offset, the days left and what is outstanding for it. */
export interface ReminderPart {
  deadline: Deadline;
  offset: number;
  daysLeft: number;
  items: ReminderItem[];
  /** The school has sent the plan or report of this deadline (with evidence): its items are other things to do. */
  received?: boolean;
  /** The date the school's last reminder of this deadline named, when the office has moved it since (ToldDates). */
  movedFrom?: Date;
}

/**
 * What one reminder e-mail says to a school: its first (earliest) deadline, and `more` deadlines whose reminders fell
 * due the same day, sent in the same e-mail (review school #5: two reminders on one morning repeating one list). The
 * items of a part in `more` leave out what an earlier part already lists.
 */
export interface SchoolReminder extends ReminderPart {
  school: School;
  /** The school's notices told once, if this reminder is the first sent after their day (schoolNotices). */
  notices: string[];
  more?: ReminderPart[];
}

/** Whether a reminder has anything to say (something to do, or a notice). */
export function hasContent(r: Pick<SchoolReminder, 'items' | 'notices' | 'more'>): boolean {
  return r.items.length > 0 || r.notices.length > 0 || (r.more ?? []).some((p) => p.items.length > 0);
}

/**
 * One reminder of the parts of one school due the same day (each with its own content, in deadline order): items an
 * earlier part lists are left out of the later ones; `notices`: the school's (schoolNotices). A part left with nothing to add is kept
 * (its deadline is still named: the things listed are due by it too; reminderEmail says by which date).
 */
function combine(school: School, parts: readonly ReminderPart[], notices: readonly string[]): SchoolReminder {
  const seen = new Set<string>();
  const out: ReminderPart[] = [];
  for (const p of parts) {
    const items = p.items.filter((i) => !seen.has(i.text));
    for (const i of items) seen.add(i.text);
    out.push({ deadline: p.deadline, offset: p.offset, daysLeft: p.daysLeft, items, ...(p.received ? { received: true } : {}), ...(p.movedFrom ? { movedFrom: p.movedFrom } : {}) });
  }
  const [first, ...more] = out;
  return { school, ...first, notices: notices.slice(), ...(more.length ? { more } : {}) };
}

/**
 * The reminders due at `now`, one per (school, deadline) with an offset reached and something outstanding, in deadline
 * order (planReminders puts a school's into one e-mail).
 */
export function dueReminders(output: EvaluateOutput, cfg: OfficeConfig, now: Date, sent: SentReminders = NOTHING_SENT): SchoolReminder[] {
  const offsets = cfg.mail.reminderDaysBefore;
  const out: SchoolReminder[] = [];
  if (offsets.length === 0) return out;
  // A school's notices, once per school: the same for each of its reminders due now.
  const noticesOf = new Map<School, string[]>();
  const notices = (school: School) => {
    let n = noticesOf.get(school);
    if (!n) noticesOf.set(school, (n = schoolNotices(school, output, cfg, now, sent)));
    return n;
  };
  for (const d of deadlines(cfg)) {
    const daysLeft = daysUntil(d.date, now);
    const offset = activeOffset(daysLeft, offsets);
    if (offset === null) continue;
    for (const school of output.directory.schools) {
      // A code another school has too: not until each has its own (the directory says so; a reminder of the versions
      // before, keyed by the code, would be either's).
      if (school.codeTwice) continue;
      const c = { ...reminderContent(school, d, output, cfg), notices: notices(school) };
      if (hasContent(c)) out.push({ school, deadline: d, offset, daysLeft, ...c });
    }
  }
  // A school's notices alone ride on one deadline: none when another of its reminders due now has something to do, else
  // the one fallen due last (the earlier deadline on the same day): a deadline named in the e-mail for nothing would
  // take its (deadline, offset) for good.
  const busy = new Set(out.filter((r) => r.items.length > 0).map((r) => r.school));
  const alone = new Map<School, SchoolReminder>();
  const fell = (r: SchoolReminder) => r.offset - r.daysLeft;
  for (const r of out) {
    if (r.items.length > 0 || busy.has(r.school)) continue;
    const best = alone.get(r.school);
    if (!best || fell(r) < fell(best)) alone.set(r.school, r);
  }
  return out.filter((r) => r.items.length > 0 || alone.get(r.school) === r);
}

/** A deadline and offset of a reminder key. */
export interface KeyPart {
  deadlineId: string;
  offset: number;
  /**
   * The deadline's date the reminder was queued for (keyDate: "20261130"), recorded only when the school already had
   * a reminder of the same deadline and offset for another date (the office moved it: review r66c F3). Without it (every
   * key before that, and those of earlier versions), the date is the one current when it was queued (coversDate).
   */
  date?: string;
}

/** A deadline's date as a key records it: "20261130". */
export const keyDate = (d: Date): string => `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;

const partText = (p: KeyPart) => `${p.deadlineId}${p.date ? `@${p.date}` : ''}:${p.offset}`;

/**
 * One reminder per (school, deadline, offset) — and date, when the office moved it —, whichever run and day it goes:
 * `NH:<school>:<deadline>:<offset>`, and for each further deadline of the same e-mail `|<deadline>:<offset>` (deadline
 * ids hold neither ":" nor "|" nor "@"); a part for a moved date is `<deadline>@<yyyymmdd>:<offset>`. `who`: the school
 * by its name (schoolWho: "@…"); the versions before wrote its code there (reminderWhos reads both).
 */
export function reminderKey(who: string, deadlineId: string, offset: number, more: readonly KeyPart[] = [], date?: string): string {
  return `NH:${who}:${partText({ deadlineId, offset, date })}` + more.map((p) => `|${partText(p)}`).join('');
}

/** "DANG-KY-DONG-2026@20261130" as its deadline id and recorded date. */
function splitDated(text: string): { deadlineId: string; date?: string } {
  const m = /^(.*)@(\d{8})$/.exec(text);
  return m ? { deadlineId: m[1], date: m[2] } : { deadlineId: text };
}

/**
 * Whether a part of a reminder queued at `queuedAt` stands for the deadline's current date `date`: its recorded date, or,
 * without one, a date it could have been queued for — a reminder of `offset` days is queued at most `offset` days before
 * its date (activeOffset), so a date further from the day it was queued is another, later one the office moved it to.
 * On a doubt it stands for the current date, never sent twice: an unreadable day (the tab's cell typed over), or a date
 * moved by a day only (one day's margin: a run about midnight, a row's time retyped).
 */
export function coversDate(p: KeyPart, queuedAt: Date | undefined, date: Date): boolean {
  if (p.date) return p.date === keyDate(date);
  if (!queuedAt || queuedAt.getFullYear() < 2000) return true;
  return daysUntil(date, queuedAt) <= p.offset + 1;
}

export function parseReminderKey(key: string): { who: string; deadlineId: string; offset: number; date?: string; more: KeyPart[] } | null {
  // Further parts are peeled from the end: a school code (which may hold ":" or "|") is never last.
  const more: KeyPart[] = [];
  let rest = key;
  for (let m = /\|([^|:]+):(\d+)$/.exec(rest); m; m = /\|([^|:]+):(\d+)$/.exec(rest)) {
    more.unshift({ ...splitDated(m[1]), offset: parseInt(m[2], 10) });
    rest = rest.slice(0, m.index);
  }
  const parts = rest.split(':');
  if (parts.length < 4 || parts[0] !== 'NH') return null;
  const offset = parseInt(parts[parts.length - 1], 10);
  if (!/^\d+$/.test(parts[parts.length - 1])) return null;
  return { who: parts.slice(1, parts.length - 2).join(':'), ...splitDated(parts[parts.length - 2]), offset, more };
}

/** Every (deadline, offset, recorded date) of a key. */
export function keyParts(k: { deadlineId: string; offset: number; date?: string; more: readonly KeyPart[] }): KeyPart[] {
  return [{ deadlineId: k.deadlineId, offset: k.offset, ...(k.date ? { date: k.date } : {}) }, ...k.more];
}

/**
 * What the sending knows of an entry besides its key: `queuedAt`, when it was queued (coversDate: a key without a date
 * stands for the date current then); `told`, the date of each deadline the school's last reminder of it named (toldDates:
 * the e-mail says when the office has moved it since).
 */
export interface ReminderOptions {
  queuedAt?: Date;
  told?: ToldDates;
  /** The entry's subject: a key of the versions before is the school's it names (reminderWhos), else its code's. */
  subject?: string;
  /** The entry's ref and addresses: a name no school bears now may be the school's its code names (sameSchoolByCode). */
  ref?: string;
  to?: string;
}

/**
 * The date of a deadline (by school and deadline id) that the school's last reminder sent of it named, or null when
 * none was sent or its date cannot be told (a subject worded by an earlier version).
 */
export type ToldDates = (school: School, deadlineId: string, before?: Date) => Date | null;

/** "hạn 30/09/2026: <title>" or "mốc …" in a reminder's subject (REMINDER_EMAIL.subject): the date named for `title`. */
function dateInSubject(subject: string, title: string): Date | null {
  const i = subject.indexOf(`: ${title}`);
  const m = i >= 10 ? /(\d{2})\/(\d{2})\/(\d{4})$/.exec(subject.slice(0, i)) : null;
  return m ? new Date(parseInt(m[3], 10), parseInt(m[2], 10) - 1, parseInt(m[1], 10)) : null;
}

/**
 * The dates each school was last reminded of, by deadline (ToldDates), from the reminders `entries` record as sent; with
 * `before`, by the last reminder sent before that time (what the school had been told when it sent a report). Each
 * reminder is the school's it is for (reminderWhos), whatever its code now. `directory`: "Đơn vị" (whosOf).
 */
export function toldDates(entries: Iterable<OutboxEntry | undefined>, cfg: OfficeConfig, directory?: Directory): ToldDates {
  const titles = new Map(deadlines(cfg).map((d) => [d.id, d.title]));
  const of = bySchool(
    entries,
    (e) => {
      const k = e.status === 'sent' ? parseReminderKey(e.key) : null;
      if (!k) return null;
      const at = (e.sentAt ?? e.createdAt).getTime();
      const dates: { deadlineId: string; at: number; date: Date }[] = [];
      for (const p of keyParts(k)) {
        const title = titles.get(p.deadlineId);
        const date = p.date ? new Date(parseInt(p.date.slice(0, 4), 10), parseInt(p.date.slice(4, 6), 10) - 1, parseInt(p.date.slice(6), 10)) : title ? dateInSubject(e.subject, title) : null;
        if (date) dates.push({ deadlineId: p.deadlineId, at, date });
      }
      return dates;
    },
    directory,
  );
  return (school, deadlineId, before) => {
    let last: { at: number; date: Date } | null = null;
    for (const x of of(school).flat()) {
      if (x.deadlineId !== deadlineId || (before && x.at >= before.getTime())) continue;
      if (!last || x.at >= last.at) last = x;
    }
    return last?.date ?? null;
  };
}

/** One school to tell that a deadline it was reminded of has been moved to a day already past (deadlinesMovedPast). */
export interface MovedPast {
  school: School;
  deadline: Deadline;
  /** The later date its last reminder of the deadline named. */
  from: Date;
  /** What it still has to send for the deadline (outstandingItems). */
  items: ReminderItem[];
  /** The notice's outbox key: movedPastKey, or the key it already has there (under the school's name or a former one, or code). */
  key: string;
}

/**
 * A notice that a deadline moved to a day already past: "HQ:@<school's name hashed>:<deadline id>:<yyyymmdd of the new
 * date>" (schoolWho: not the code the clerk may correct, review r67r F5, as receipts).
 */
export const movedPastKey = (school: Pick<School, 'name'>, deadlineId: string, date: Date): string => `HQ:${schoolWho(school.name)}:${deadlineId}:${keyDate(date)}`;

/**
 * Whom a "HQ:" key names and for which deadline and date (the school part may hold ":"; deadline ids do not): the school
 * by its name hashed ("@…"), or by its code in keys of the version before (w68f).
 */
export function parseMovedPastKey(key: string): { who: string; deadlineId: string; date: string } | null {
  const parts = key.split(':');
  if (parts[0] !== 'HQ' || parts.length < 4) return null;
  return { who: parts.slice(1, -2).join(':'), deadlineId: parts[parts.length - 2], date: parts[parts.length - 1] };
}

/**
 * The schools to tell, at `now`, that the office moved the date of a plan or report deadline they were reminded of to a
 * day already past (review r67r F6): no reminder falls due for that date any more, and the next reminder the README
 * promises ("đổi sớm hơn") never comes. Each school whose last reminder of the deadline named a later date that has not
 * passed yet, and that has not sent the plan or report (with evidence) — told once per new date (the outbox's key,
 * movedPastKey), and not again when the date moves once more after it was told one already past. Not a deadline whose
 * date "Cấu hình" does not hold as usable (a stand-in), nor one the office does not ask for. `entries`: the outbox.
 */
export function deadlinesMovedPast(entries: readonly OutboxEntry[], output: EvaluateOutput, cfg: OfficeConfig, now: Date): MovedPast[] {
  const out: MovedPast[] = [];
  const past = deadlines(cfg).filter((d) => d.periodId !== null && deadlinePassed(d.date, now) && !periodDeadlineUnsettled(cfg, d.kind as 'plan' | 'halfYear' | 'annual'));
  if (past.length === 0) return out;
  const told = toldDates(entries, cfg, output.directory);
  /** (school, deadline) told once already that its date had passed (sent); the key of each (school, deadline, date) queued. */
  const toldPast = new Set<string>();
  const queued = new Map<string, string>();
  for (const e of entries) {
    const k = e.kind === 'notice' ? parseMovedPastKey(e.key) : null;
    if (!k) continue;
    // Of a name no school bears now: the school's its ref's code and its addresses tell it is (review d69c F3).
    const same = sameSchoolByCode([k.who], refCode(e.ref), e.to, output.directory);
    for (const who of same ? [k.who, schoolWho(same.name)] : [k.who]) {
      if (e.status === 'sent') toldPast.add(`${who}\u0001${k.deadlineId}`);
      if (!queued.has(`${who}\u0001${k.deadlineId}\u0001${k.date}`) || who === k.who) queued.set(`${who}\u0001${k.deadlineId}\u0001${k.date}`, e.key);
    }
  }
  for (const d of past) {
    for (const school of output.directory.schools) {
      if (school.office || school.codeTwice) continue;
      const from = told(school, d.id);
      if (!from || keyDate(from) <= keyDate(d.date) || deadlinePassed(from, now)) continue;
      // The school by its name, a former one (renamed since), or its code (keys of the version before): a code corrected
      // in "Đơn vị" since the notice went is the same school, not told again.
      const whos = whosOf(school, output.directory);
      const key = whos.map((w) => queued.get(`${w}\u0001${d.id}\u0001${keyDate(d.date)}`)).find((k) => k !== undefined);
      if (key === undefined && whos.some((w) => toldPast.has(`${w}\u0001${d.id}`))) continue;
      const items = outstandingItems(school, d, output);
      if (items.length > 0) out.push({ school, deadline: d, from, items, key: key ?? movedPastKey(school, d.id, d.date) });
    }
  }
  return out;
}

/**
 * The reminder an entry stands for, as it is now (null: school or every deadline gone, or every offset it was queued
 * for taken out of "Nhắc hạn trước (số ngày)"). Of an e-mail about several deadlines, those passed, with nothing left
 * to say, or of an offset no longer configured are left out; when none is left of those still configured, the first
 * is returned as it is (passed, or with nothing to say: the entry is retired).
 */
export function reminderFor(key: string, output: EvaluateOutput, cfg: OfficeConfig, now: Date, sent: SentReminders = NOTHING_SENT, opts: ReminderOptions = {}): SchoolReminder | null {
  const k = parseReminderKey(key);
  if (!k) return null;
  // The school it is for (its name, a former one; by a key of the versions before, the school its subject names, else its code).
  const school = reminderSchool({ key, subject: opts.subject ?? '', ref: opts.ref, to: opts.to }, output.directory);
  // A code another school has too since it was queued: not sent (the directory says why).
  if (!school || school.codeTwice) return null;
  const all = deadlines(cfg);
  const parts: ReminderPart[] = [];
  for (const p of keyParts(k)) {
    // The office no longer asks for this reminder (review r66c F1).
    if (!cfg.mail.reminderDaysBefore.includes(p.offset)) continue;
    const d = all.find((x) => x.id === p.deadlineId);
    // Queued for a date the office has since moved (review r66c F3): the new date has reminders of its own.
    if (!d || !coversDate(p, opts.queuedAt, d.date)) continue;
    const told = opts.told ? opts.told(school, d.id) : null;
    const movedFrom = told && keyDate(told) !== keyDate(d.date) ? { movedFrom: told } : {};
    parts.push({ deadline: d, offset: p.offset, daysLeft: daysUntil(d.date, now), ...reminderContent(school, d, output, cfg), ...movedFrom });
  }
  if (parts.length === 0) return null;
  const notices = schoolNotices(school, output, cfg, now, sent);
  // A part still to come says the school's notices (whichever deadline the reminder sent first after their day is).
  const live = parts.filter((p) => p.daysLeft >= 0 && (p.items.length > 0 || notices.length > 0));
  return combine(school, live.length ? live : parts.slice(0, 1), live.length ? notices : []);
}

/**
 * Whether a reminder waiting in the outbox (for the quota, or to be retried) is still to be sent, and as what: the one
 * place both the plan and the sending decide it. Not wanted, with the note its row gets: every offset it was queued
 * for has since been taken out of "Nhắc hạn trước (số ngày)" ("Không": all of them, review r66c F1), the school or
 * every deadline is gone, the deadline passed, or nothing is left to tell the school.
 */
export function waitingReminder(
  key: string,
  output: EvaluateOutput,
  cfg: OfficeConfig,
  now: Date,
  sent: SentReminders = NOTHING_SENT,
  opts: ReminderOptions = {},
): { reminder: SchoolReminder; note?: undefined } | { reminder?: undefined; note: string } | { reminder?: undefined; note?: undefined } {
  // "Nhắc hạn trước" cannot be read now (or is written twice): waits, neither sent nor closed, until it can.
  if (mailSettingHeld(cfg, 'mail.reminderDaysBefore')) return {};
  const k = parseReminderKey(key);
  const offsets = cfg.mail.reminderDaysBefore;
  const removed = k ? keyParts(k).map((p) => p.offset).filter((o, i, all) => !offsets.includes(o) && all.indexOf(o) === i) : [];
  if (k && keyParts(k).every((p) => !offsets.includes(p.offset))) return { note: REMINDER_NOTE.turnedOff(removed, offsets) };
  if (k) {
    // Every deadline it is about the office has moved since it was queued (review r66c F3).
    const all = deadlines(cfg);
    const known = keyParts(k).flatMap((p) => (offsets.includes(p.offset) ? all.filter((d) => d.id === p.deadlineId).map((d) => ({ p, d })) : []));
    if (known.length > 0 && known.every(({ p, d }) => !coversDate(p, opts.queuedAt, d.date))) return { note: REMINDER_NOTE.moved };
  }
  const r = reminderFor(key, output, cfg, now, sent, opts);
  if (!r) return { note: REMINDER_NOTE.gone };
  if (r.daysLeft < 0) return { note: REMINDER_NOTE.passed };
  if (!hasContent(r)) return { note: REMINDER_NOTE.done };
  return { reminder: r };
}


/**
 * Retires open reminder entries that no longer apply (the school has done it, the deadline passed, the school or
 * deadline is gone), then, when `enqueueNew`, adds the reminders due now that the outbox does not hold yet.
 */
export function planReminders(
  entries: readonly OutboxEntry[],
  output: EvaluateOutput,
  cfg: OfficeConfig,
  now: Date,
  enqueueNew: boolean,
  subjectOf: (r: SchoolReminder) => string = (r) => reminderEmail(r, cfg.organisation, null, null).subject,
  held: ReadonlySet<string> = new Set(),
): OutboxEntry[] {
  // What the school was told once goes by the reminders sent (sentReminders), not by which entry was to carry it.
  const dir = output.directory;
  // Each entry's ref follows its school's code (a code corrected, then the name on another day: review r70f F1).
  entries = followCodes(entries, dir);
  const sent = sentReminders(entries, dir);
  const refreshed = entries.map((e) => {
    if (e.kind !== 'reminder') return e;
    if (!isOpen(e)) return reopened(e, output, cfg, now, sent, held) ?? e;
    // One about a held deadline (its date unusable in "Cấu hình" now: a stand-in) waits, neither sent nor closed, until
    // the date is right again — judged against the stand-in it would read as a date moved (review d66 #1).
    const k = held.size > 0 ? parseReminderKey(e.key) : null;
    if (k && keyParts(k).some((p) => held.has(p.deadlineId))) return e;
    const { note } = waitingReminder(e.key, output, cfg, now, sent, { queuedAt: e.createdAt, subject: e.subject, ref: e.ref, to: e.to });
    return note ? retire(e, note) : e;
  });
  const once = onePerSchool(refreshed, dir);
  if (!enqueueNew) return once;
  // A school no reminder reaches (no address of its own, schoolMail): a notice its row of "Hộp thư đi" already showed
  // the office is not due again — neither alone on a new row at each reminder day, nor named again in the subjects of
  // its later reminders — while it has none. Given one, the notice goes with its first reminder sent (`sent` alone).
  const shown = unreachedReminders(entries, dir);
  const toldOrShown: SentReminders = (school) => {
    const rows = schoolMail(school).length === 0 ? shown(school) : [];
    return rows.length ? [...sent(school), ...rows] : sent(school);
  };
  // A (school, deadline, offset) already in the outbox for the deadline's date, alone or with others, is never queued
  // again. For another date (the office moved the deadline since: review r66c F3) it is, once for the new date, unless
  // the school had a reminder of that deadline after this offset's day for the new date: then the next offset tells it
  // the new date (no reminder of a day already gone by, whichever way the date moved).
  // A school's entries are those for it (reminderWhos: by its name or a former one; by the code in keys of the versions
  // before): a code corrected in "Đơn vị" is the same school, a code given to another school is not it (w69r).
  /** Per (school, deadline): each part of it the outbox holds, with the day its entry was queued (coversDate). */
  const queued = new Map<string, { part: KeyPart; at: Date }[]>();
  for (const e of once) {
    const k = e.kind === 'reminder' ? parseReminderKey(e.key) : null;
    if (!k) continue;
    for (const who of entryWhos(e, dir)) {
      for (const part of keyParts(k)) {
        const id = `${who}\u0000${part.deadlineId}`;
        (queued.get(id) ?? queued.set(id, []).get(id)!).push({ part, at: e.createdAt });
      }
    }
  }
  const queuedOf = (school: School, d: Deadline) => whosOf(school, dir).flatMap((who) => queued.get(`${who}\u0000${d.id}`) ?? []);
  const taken = (school: School, d: Deadline, offset: number) => {
    const day = dayAfter(d.date, -offset);
    return queuedOf(school, d).some((x) => (x.part.offset === offset && coversDate(x.part, x.at, d.date)) || (!coversDate(x.part, x.at, d.date) && deadlinePassed(day, x.at)));
  };
  /** The date a new part's key records: only when the outbox holds the same (school, deadline, offset) for another date. */
  const dated = (school: School, d: Deadline, offset: number) => (queuedOf(school, d).some((x) => x.part.offset === offset) ? keyDate(d.date) : undefined);
  // One e-mail per school: the deadlines whose reminders fall due the same day go together (review school #5).
  const bySchool = new Map<School, SchoolReminder[]>();
  for (const r of dueReminders(output, cfg, now, toldOrShown)) {
    // A held deadline (its date unusable in "Cấu hình") waits without holding back another due the same day.
    if (held.has(r.deadline.id) || taken(r.school, r.deadline, r.offset)) continue;
    const list = bySchool.get(r.school);
    if (list) list.push(r);
    else bySchool.set(r.school, [r]);
  }
  const candidates: Candidate[] = [];
  /** Per school (each identity whosOf gives it), the deadlines the new reminders are about, with their offsets (days before). */
  const nearer = new Map<string, Map<string, number>>();
  for (const [school, list] of bySchool) {
    const r = combine(school, list, list[0].notices);
    const code = school.code;
    const more: KeyPart[] = (r.more ?? []).map((p) => {
      const date = dated(school, p.deadline, p.offset);
      return { deadlineId: p.deadline.id, offset: p.offset, ...(date ? { date } : {}) };
    });
    const offsets = new Map([[r.deadline.id, r.offset], ...more.map((p) => [p.deadlineId, p.offset] as const)]);
    for (const who of whosOf(school, dir)) if (!nearer.has(who)) nearer.set(who, offsets);
    candidates.push({
      // The school by its name (schoolWho), not its code; the code stays in `ref`, for the office.
      key: reminderKey(schoolWho(school.name), r.deadline.id, r.offset, more, dated(school, r.deadline, r.offset)),
      kind: 'reminder',
      ref: `${code} · ${[r.deadline.id, ...more.map((p) => p.deadlineId)].join(' + ')}`,
      to: schoolMail(r.school).join(','),
      subject: subjectOf(r),
      // Without an address, or with only addresses other schools share (schoolMail): said so on its row.
      noAddress: r.school.emails.length === 0 ? REMINDER_NOTE.noAddress : noMailNote(r.school),
    });
  }
  // A reminder still waiting (a small account's daily quota) whose every deadline a new one of the same school is about,
  // nearer to it, is not sent: the new one says the same, when it matters (review scale M1: a 1,000-school round of
  // the 14-day reminders, still queued, held back the 3-day ones until their deadline passed).
  const kept = once.map((e) => {
    const k = e.kind === 'reminder' && isOpen(e) ? parseReminderKey(e.key) : null;
    const newer = k ? entryWhos(e, dir).map((who) => nearer.get(who)).find((m) => m !== undefined) : undefined;
    if (!k || !newer || !keyParts(k).every((p) => (newer.get(p.deadlineId) ?? Infinity) < p.offset)) return e;
    return retire(e, REMINDER_NOTE.superseded);
  });
  return enqueue(kept, candidates, now);
}

/**
 * Two schools merged into one row of "Đơn vị" ("Tên cũ" holding both old names) while their reminders of the same
 * deadline and offset wait (the quota, reminders turned off and on): both rows are the merged school's now (reminderSchool),
 * and it is sent that reminder once (review d69c F2). A waiting row whose every (deadline, offset, date) a reminder of the
 * same school already sent, or another waiting row about more of them (or as many, earlier), holds is closed
 * (REMINDER_NOTE.merged); that one stays.
 */
function onePerSchool(entries: OutboxEntry[], dir: Directory): OutboxEntry[] {
  const parts = (e: OutboxEntry) => {
    const k = e.kind === 'reminder' ? parseReminderKey(e.key) : null;
    return k ? keyParts(k).map((p) => `${p.deadlineId}\u0000${p.date ?? ''}\u0000${p.offset}`) : [];
  };
  /** Per school, the parts of its reminders sent, then of the waiting rows kept. */
  const held = new Map<School, Set<string>>();
  const hold = (school: School, e: OutboxEntry) => {
    const set = held.get(school) ?? held.set(school, new Set()).get(school)!;
    for (const p of parts(e)) set.add(p);
  };
  let open = 0;
  for (const e of entries) {
    if (e.kind !== 'reminder') continue;
    if (isOpen(e)) open++;
    else if (e.status === 'sent') {
      const school = reminderSchool(e, dir);
      if (school) hold(school, e);
    }
  }
  if (open < 2 && held.size === 0) return entries;
  // The waiting rows about the most parts first (stable): one old school's row about two deadlines keeps the other's
  // about one of them from going too (review d69d B).
  const waiting = entries.filter((e) => e.kind === 'reminder' && isOpen(e));
  const order = waiting.map((e, i) => ({ e, i, n: parts(e).length })).sort((a, b) => b.n - a.n || a.i - b.i);
  const closed = new Set<OutboxEntry>();
  for (const { e } of order) {
    const school = reminderSchool(e, dir);
    if (!school) continue;
    const mine = parts(e);
    const set = held.get(school);
    if (set && mine.length > 0 && mine.every((p) => set.has(p))) closed.add(e);
    else hold(school, e);
  }
  return closed.size === 0 ? entries : entries.map((e) => (closed.has(e) ? retire(e, REMINDER_NOTE.merged) : e));
}

/**
 * A reminder closed only because the office took its offsets out of "Nhắc hạn trước (số ngày)" (isTurnedOffNote), or its
 * school or deadline out of "Đơn vị"/"Cấu hình" (REMINDER_NOTE.gone: a row deleted by mistake and typed back, review d69c
 * F6), waiting again when the office has put them back while their turn lasts: each of its offsets configured again and still the one
 * due for its deadline (activeOffset: one overtaken by a nearer offset is never sent), and the reminder still wanted
 * (waitingReminder). Pending again, with no note; else null (left closed). Never one a stopped run may have sent.
 */
function reopened(e: OutboxEntry, output: EvaluateOutput, cfg: OfficeConfig, now: Date, sent: SentReminders, held: ReadonlySet<string>): OutboxEntry | null {
  if (e.status !== 'skipped' || !(isTurnedOffNote(e.note) || e.note === REMINDER_NOTE.gone)) return null;
  const k = parseReminderKey(e.key);
  if (!k || mailSettingHeld(cfg, 'mail.reminderDaysBefore')) return null;
  const offsets = cfg.mail.reminderDaysBefore;
  const all = deadlines(cfg);
  for (const p of keyParts(k)) {
    const d = all.find((x) => x.id === p.deadlineId);
    if (!d || held.has(d.id) || activeOffset(daysUntil(d.date, now), offsets) !== p.offset || !coversDate(p, e.createdAt, d.date)) return null;
  }
  return waitingReminder(e.key, output, cfg, now, sent, { queuedAt: e.createdAt, subject: e.subject, ref: e.ref, to: e.to }).reminder ? { ...e, status: 'pending', note: '' } : null;
}

/** The parts of a reminder: its first deadline, then any others of the same e-mail. */
export function partsOf(r: SchoolReminder): ReminderPart[] {
  return [r, ...(r.more ?? [])];
}

/** Which forms a reminder's "how to" paragraphs point to (the sending job looks up only the URLs needed). */
export function formsNeeded(r: Pick<SchoolReminder, 'deadline' | 'items' | 'more'>): { report: boolean; registration: boolean } {
  const parts: Pick<ReminderPart, 'deadline' | 'items'>[] = [r, ...(r.more ?? [])];
  return {
    // A report deadline's, or a plan or report listed as still to send (a milestone's: review r73r F6).
    report: parts.some((p) => p.deadline.periodLabel !== null || p.items.some((i) => i.about === 'report')),
    registration: parts.some((p) => p.deadline.kind === 'registration' || p.items.some((i) => i.about === 'minimum')),
  };
}

/** A conference is a milestone of the office's ("mốc"), not a deadline the school sends something by ("hạn"). */
const dueWord = (d: Deadline): DueWord => (d.kind === 'conference' ? 'mốc' : 'hạn');

/** The subject of a reminder: named after its notice (told once) when it has one, and after the deadlines it reminds of. */
function reminderSubject(r: SchoolReminder): string {
  const parts = partsOf(r);
  const named = parts.filter((p) => p.items.length > 0);
  if (named.length === 0 && r.notices.length > 0) return REMINDER_EMAIL.subjectWindowClosed(r.school.name);
  // Every deadline the e-mail reminds of, in date order (a part whose items an earlier one lists is still reminded).
  // A deadline whose plan or report is in is not named as "send it" (review yearahead R1).
  const reminded = parts.filter((p, i) => i > 0 || p.items.length > 0).map((p) => ({ title: p.received ? REMINDER_EMAIL.receivedTitle(p.deadline.periodLabel!, p.deadline.kind !== 'plan') : p.deadline.title, date: formatDate(p.deadline.date), word: dueWord(p.deadline) }));
  return r.notices.length > 0 ? REMINDER_EMAIL.subjectWithNotice(reminded, r.school.name) : REMINDER_EMAIL.subject(reminded, r.school.name);
}

/**
 * The e-mail of one reminder: greeting, any notice, then for each deadline the days left and the school's own
 * outstanding items (what an earlier deadline of the same e-mail lists is not repeated), how to act. It names no other
 * school and carries no other school's data. Form text is escaped in the HTML part by render(); each registration's own
 * edit link (`editUrl`, by code: looked up only when sent) is plain text after its item.
 */
export function reminderEmail(
  r: SchoolReminder,
  org: Organisation,
  reportFormUrl: string | null,
  registrationFormUrl: string | null,
  editUrl: (code: string) => string | null = () => null,
): Email {
  const office = officeWord(org);
  // A notice first: news of a result, not to be lost below the list.
  const blocks: Block[] = [{ text: REMINDER_EMAIL.greeting(r.school.name, r.school.principal, unitHead(r.school).plain) }, ...r.notices.map((n) => ({ text: n }))];
  let linked = 0;
  let registrations = 0;
  let listed = false;
  let firstDate = '';
  let preheader = r.notices[0];
  /** The deadlines listed, with the number of items each lists: the preheader counts them all (review mail M6). */
  const counted: { date: string; daysLeft: number; items: number; word: DueWord }[] = [];
  const reportLabels: string[] = [];
  let overdueOnly = false;
  for (const p of partsOf(r)) {
    // The first deadline with nothing to do (a notice alone) is not reminded; a later one whose items an earlier one
    // lists is, as due by it too.
    if (p.items.length === 0 && !listed) continue;
    const links: (MailLink | null)[] = [];
    const lines = p.items.map((i) => {
      links.push(null);
      if (!i.registrationId) return i.text;
      registrations++;
      const url = editUrl(i.registrationId);
      if (!url) return i.text;
      linked++;
      links[links.length - 1] = { url, label: CONFIRMATION.editLabel(i.registrationId) };
      return i.text + REMINDER_EMAIL.editLink(url);
    });
    const date = formatDate(p.deadline.date);
    if (!listed) firstDate = date;
    const daysLeft = Math.max(0, p.daysLeft);
    const word = dueWord(p.deadline);
    counted.push({ date, daysLeft, items: lines.length, word });
    // The office moved the date since the school's last reminder of it (review r66c F3): said before the days left.
    if (p.movedFrom) blocks.push({ text: REMINDER_EMAIL.moved(p.deadline.title, date, formatDate(p.movedFrom), p.movedFrom.getTime() < p.deadline.date.getTime(), office, word, p.deadline.kind === 'registration') });
    blocks.push({ text: listed ? REMINDER_EMAIL.introMore(p.deadline.title, date, daysLeft, word) : REMINDER_EMAIL.intro(org.name, p.deadline.title, date, daysLeft, word) });
    if (p.received) blocks.push({ text: REMINDER_EMAIL.received(p.deadline.periodLabel!, p.deadline.kind !== 'plan', office) });
    if (lines.length === 0) blocks.push({ text: REMINDER_EMAIL.nothingMore(firstDate, word) });
    else blocks.push({ title: listed ? REMINDER_EMAIL.moreItemsTitle(word) : REMINDER_EMAIL.itemsTitle(office), items: lines, links });
    listed = true;
    if (p.deadline.periodLabel !== null && !p.received && reportLabels.indexOf(p.deadline.periodLabel) < 0) reportLabels.push(p.deadline.periodLabel);
    // Reports listed with no period of this deadline's to send (its own report in, earlier ones still missing; a milestone
    // of the office's, which is no report's deadline: review r73r F6): how to send those (the form's address).
    if ((p.received || p.deadline.periodLabel === null) && p.items.some((i) => i.about === 'report')) overdueOnly = true;
  }
  if (listed) {
    const [first, ...later] = counted;
    // The notice the subject names first leads here too (yearClosedNotice or windowClosedNotice: the minimum not met).
    const due = REMINDER_EMAIL.preheader(first.date, first.daysLeft, first.items, later, first.word);
    preheader = r.notices.length > 0 ? REMINDER_EMAIL.windowClosedPreheader + due.charAt(0).toLowerCase() + due.slice(1) : due;
    const needs = formsNeeded(r);
    for (const label of reportLabels) blocks.push({ text: REMINDER_EMAIL.howToReport(label, reportFormUrl, office) });
    if (overdueOnly && reportLabels.length === 0) blocks.push({ text: REMINDER_EMAIL.howToReportOverdue(reportFormUrl, office) });
    if (needs.registration) blocks.push({ text: REMINDER_EMAIL.howToRegister(registrationFormUrl, office, registrations > 0 && linked === registrations) });
    blocks.push({ text: r.notices.length > 0 ? REMINDER_EMAIL.ignoreAfterNotice : REMINDER_EMAIL.ignore });
  }
  blocks.push({ text: REMINDER_EMAIL.footer(org.name, org.contact) });
  return { to: schoolMail(r.school).join(','), subject: reminderSubject(r), ...render(blocks, preheader) };
}

export { dayAfter };
