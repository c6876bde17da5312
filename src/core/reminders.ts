// Deadline reminders to schools (plan III.4, IV.2): before each configured deadline — the school's plan, the
// six-monthly and annual reports, the end of the registration window, the interim review and the conferences —
// each school with something still outstanding for that deadline receives one e-mail per configured offset
// ("14 and 3 days before"), listing ONLY its own status: what that deadline asks, and with it what must not wait for
// the next deadline (reminderContent: overdue reports, the current year's minimum, once the window's outcome). Pure:
// the schedule, what is outstanding, the outbox planning and the message; the sending is src/jobs/reminders.ts.
import { MilestoneId, OfficeConfig, Organisation, milestone, officeWord, reportingPeriods } from './config';
import { excellentYearNote, findingsToShow, onlyDeclaredCases } from './emails';
import { CATALOGUE } from './criteria';
import { School } from './directory';
import { Block, Email, render } from './emails';
import { EvaluateOutput, EvaluatedRegistration } from './evaluate';
import { DEADLINE_TITLES, KIND_LABELS, REMINDER_EMAIL, REMINDER_NOTE, VERDICT_LABELS, OUTBOX_NOTE } from './messages';
import { Candidate, MAX_ATTEMPTS, OutboxEntry, enqueue } from './outbox';
import { ProgressReport } from './reports';
import type { SchoolDutyResult } from './school-duties';
import { dayAfter, deadlinePassed, formatDate } from './text';
import { isEmptyEvidence } from './validate';

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
    if (!r.school || r.school.key !== school.key || !r.period || r.period.id !== periodId) continue;
    if (!isEmptyEvidence(r.docRef) || !isEmptyEvidence(r.link)) return 'met';
    sent = true;
  }
  return sent ? 'noEvidence' : 'missing';
}

/** The school's registrations in force (not superseded by a later one). */
export function registrationsOf(output: EvaluateOutput, school: School): EvaluatedRegistration[] {
  return output.registrations.filter((r) => r.school && r.school.key === school.key && !r.flags.supersededBy);
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

function toFixItems(regs: readonly EvaluatedRegistration[]): ReminderItem[] {
  return regs
    // One not met only by what its unit declared (a "Không", a case) has nothing to fix: its confirmation said so once.
    .filter((r) => r.verdict !== 'dat' && !onlyDeclaredCases(r))
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
      const text = REMINDER_EMAIL.registrationToFix(
        r.id,
        r.kind ? KIND_LABELS[r.kind] : REMINDER_EMAIL.unknownKind,
        r.name || REMINDER_EMAIL.unknownName,
        VERDICT_LABELS[r.verdict],
        notMet,
        missing,
      );
      return { text, about: 'registration' as const, registrationId: r.id };
    });
}

/** Criterion ids of the catalogue by evaluator (the office may have renamed nothing but may switch flags). */
function criterionIds(output: EvaluateOutput, evaluators: readonly string[]): Set<string> {
  const cat = output.catalogue && output.catalogue.length ? output.catalogue : CATALOGUE;
  return new Set(cat.filter((c) => evaluators.indexOf(c.evaluator) >= 0).map((c) => c.id));
}

/** The schools' duties by code, once per evaluation: a reminder run asks for each school's several times. */
const dutiesByCode = new WeakMap<readonly SchoolDutyResult[], Map<string, SchoolDutyResult>>();

/** The duties of `school` in `output` (undefined when not evaluated). */
function dutiesOf(output: EvaluateOutput, school: School): SchoolDutyResult | undefined {
  let byCode = dutiesByCode.get(output.schoolDuties);
  if (!byCode) {
    byCode = new Map();
    // The first of a code, as find() gave.
    for (const d of output.schoolDuties) if (!byCode.has(d.schoolCode)) byCode.set(d.schoolCode, d);
    dutiesByCode.set(output.schoolDuties, byCode);
  }
  return byCode.get(school.code);
}

/**
 * The current school year's gaps in the minimum (III.1) that a registration sent now can still fill, one line per
 * kind (the duties' own sentences): years whose window has closed or that are over are not asked for.
 */
function minimumItems(school: School, output: EvaluateOutput): ReminderItem[] {
  const duties = dutiesOf(output, school);
  if (!duties) return [];
  const minimum = criterionIds(output, ['schoolHasCollective', 'schoolHasIndividual']);
  return duties.actionable.filter((f) => minimum.has(f.criterionId) && f.status === 'notMet').map((f) => ({ text: f.message, about: 'minimum' as const }));
}

/**
 * What the school still has to do for this deadline, one Vietnamese line each ([] = nothing, no reminder). Only the
 * school's own registrations, reports and duties are read.
 */
export function outstandingItems(school: School, d: Deadline, output: EvaluateOutput): ReminderItem[] {
  if (d.periodId !== null) {
    const s = reportStatus(output.reports, school, d.periodId);
    if (s === 'met') return [];
    return [{ text: s === 'missing' ? REMINDER_EMAIL.reportMissing(d.periodLabel!) : REMINDER_EMAIL.reportNoEvidence(d.periodLabel!), about: 'report' }];
  }
  const regs = registrationsOf(output, school);
  // Only what the school can still do: a school year short of the minimum that is over, or whose window has closed, is
  // not asked for (no registration sent now counts for it); it stays on the school's tab as a fact, and the first
  // reminder after the window closed says so once (windowClosedNotice).
  if (d.kind === 'registration') return minimumItems(school, output).concat(toFixItems(regs));
  // A conference: every duty not done so far that the school can still do (the current year's registrations, plan,
  // reports past their deadline), every registration still to complete, and, before the interim review, every "Đạt"
  // the review itself will turn (CN-10 judged from that day: excellentYearNote).
  const duties = dutiesOf(output, school);
  const dutyItems: ReminderItem[] = duties ? duties.actionable.map((f) => ({ text: f.message, about: 'duty' as const })) : [];
  return dutyItems.concat(toFixItems(regs), d.id.startsWith('SO-KET') ? judgedAtReview(regs, d.date) : []);
}

/** The registrations "Đạt" now that the interim review on `day` turns (excellentYearNote), one item each. */
function judgedAtReview(regs: readonly EvaluatedRegistration[], day: Date): ReminderItem[] {
  const out: ReminderItem[] = [];
  for (const r of regs) {
    if (r.verdict !== 'dat') continue;
    const n = excellentYearNote(r);
    if (!n || n.from.getTime() !== day.getTime()) continue;
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
 * other than `exceptId`: "“Năm 2026” (hạn 15/12/2026)", each once, in deadline order.
 */
export function overdueReports(school: School, output: EvaluateOutput, cfg: OfficeConfig, exceptId: string | null): string[] {
  const out: string[] = [];
  for (const p of reportingPeriods(cfg.period)) {
    if (p.id === exceptId || !deadlinePassed(p.deadline, cfg.today)) continue;
    const s = reportStatus(output.reports, school, p.id);
    if (s !== 'met') out.push(REMINDER_EMAIL.overduePeriod(p.label, formatDate(p.deadline), s === 'noEvidence'));
  }
  return out;
}

/**
 * The reminder (deadline and offset) that falls due first after the registration window ("Mốc: kết thúc đăng ký")
 * closed — by the configured dates alone, so "the first" needs no record of what was sent. It carries, once, what
 * the window left each school short of. null: no such reminder (no offsets, no deadline after the window).
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
 * Told once, in the first reminder after the registration window closed: the school years the school is short of the
 * minimum (III.1) in, which no registration can fill any more, and that the duty is recorded as not met. [] when it
 * lacks nothing, or this is not that reminder.
 */
export function windowClosedNotice(school: School, d: Deadline, offset: number, output: EvaluateOutput, cfg: OfficeConfig): string[] {
  const first = firstAfterWindow(cfg);
  if (!first || first.deadlineId !== d.id || first.offset !== offset) return [];
  const duties = dutiesOf(output, school);
  const lacking = duties ? duties.lacking.filter((l) => l.state !== 'open') : [];
  if (lacking.length === 0) return [];
  const close = formatDate(milestone(cfg, 'DANG-KY-DONG').date);
  return [REMINDER_EMAIL.windowClosed(close, lacking.map((l) => REMINDER_EMAIL.lackingYear(l.year, l.collective, l.individual)), officeWord(cfg.organisation))];
}

/**
 * Everything one reminder says to a school: its items (what it still has to do) and its notices (facts told once).
 * - every deadline: what is outstanding for it (outstandingItems);
 * - a six-monthly or annual report: also the current school year's gaps in the minimum (III.1), so that each
 *   registration year is reminded while it can still be filled, not only at the end of the window;
 * - a report, when anything is asked: also the earlier plan and reports still missing past their deadline;
 * - the first reminder after the window closed: the notice of windowClosedNotice.
 */
export function reminderContent(
  school: School,
  d: Deadline,
  offset: number,
  output: EvaluateOutput,
  cfg: OfficeConfig,
): { items: ReminderItem[]; notices: string[] } {
  let items = outstandingItems(school, d, output);
  if (d.kind === 'halfYear' || d.kind === 'annual') items = items.concat(minimumItems(school, output));
  if (d.periodId !== null && items.length > 0) {
    const overdue = overdueReports(school, output, cfg, d.periodId);
    if (overdue.length) items.push({ text: REMINDER_EMAIL.overdueReports(overdue), about: 'report' });
  }
  return { items, notices: windowClosedNotice(school, d, offset, output, cfg) };
}

export interface SchoolReminder {
  school: School;
  deadline: Deadline;
  offset: number;
  daysLeft: number;
  items: ReminderItem[];
  notices: string[];
}

/** Whether a reminder has anything to say (something to do, or a notice). */
export function hasContent(r: Pick<SchoolReminder, 'items' | 'notices'>): boolean {
  return r.items.length > 0 || r.notices.length > 0;
}

/** The reminders due at `now`: for each deadline with an offset reached, each school with something outstanding. */
export function dueReminders(output: EvaluateOutput, cfg: OfficeConfig, now: Date): SchoolReminder[] {
  const offsets = cfg.mail.reminderDaysBefore;
  const out: SchoolReminder[] = [];
  if (offsets.length === 0) return out;
  for (const d of deadlines(cfg)) {
    const daysLeft = daysUntil(d.date, now);
    const offset = activeOffset(daysLeft, offsets);
    if (offset === null) continue;
    for (const school of output.directory.schools) {
      const c = reminderContent(school, d, offset, output, cfg);
      if (hasContent(c)) out.push({ school, deadline: d, offset, daysLeft, ...c });
    }
  }
  return out;
}

/** One reminder per (school, deadline, offset), whichever run and day it goes. */
export function reminderKey(schoolCode: string, deadlineId: string, offset: number): string {
  return `NH:${schoolCode}:${deadlineId}:${offset}`;
}

export function parseReminderKey(key: string): { schoolCode: string; deadlineId: string; offset: number } | null {
  const parts = key.split(':');
  if (parts.length < 4 || parts[0] !== 'NH') return null;
  const offset = parseInt(parts[parts.length - 1], 10);
  if (!/^\d+$/.test(parts[parts.length - 1])) return null;
  return { schoolCode: parts.slice(1, parts.length - 2).join(':'), deadlineId: parts[parts.length - 2], offset };
}

/** The reminder an entry stands for, as it is now (null: school or deadline gone). */
export function reminderFor(key: string, output: EvaluateOutput, cfg: OfficeConfig, now: Date): SchoolReminder | null {
  const k = parseReminderKey(key);
  if (!k) return null;
  const school = output.directory.byCode.get(k.schoolCode);
  const d = deadlines(cfg).find((x) => x.id === k.deadlineId);
  if (!school || !d) return null;
  return { school, deadline: d, offset: k.offset, daysLeft: daysUntil(d.date, now), ...reminderContent(school, d, k.offset, output, cfg) };
}

const isOpen = (e: OutboxEntry) => e.status === 'pending' || (e.status === 'failed' && e.attempts < MAX_ATTEMPTS);

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
): OutboxEntry[] {
  const refreshed = entries.map((e) => {
    if (e.kind !== 'reminder' || !isOpen(e)) return e;
    const r = reminderFor(e.key, output, cfg, now);
    const note = !r ? REMINDER_NOTE.gone : r.daysLeft < 0 ? REMINDER_NOTE.passed : !hasContent(r) ? REMINDER_NOTE.done : null;
    return note ? { ...e, status: 'skipped' as const, note } : e;
  });
  if (!enqueueNew) return refreshed;
  const candidates: Candidate[] = dueReminders(output, cfg, now).map((r) => ({
    key: reminderKey(r.school.code, r.deadline.id, r.offset),
    kind: 'reminder',
    ref: `${r.school.code} · ${r.deadline.id}`,
    to: r.school.emails.join(','),
    subject: subjectOf(r),
  }));
  const before = refreshed.length;
  const out = enqueue(refreshed, candidates, now);
  for (let i = before; i < out.length; i++) {
    if (out[i].status === 'skipped' && out[i].note === OUTBOX_NOTE.noAddress) out[i] = { ...out[i], note: REMINDER_NOTE.noAddress };
  }
  return out;
}

/** Which forms a reminder's "how to" paragraphs point to (the sending job looks up only the URLs needed). */
export function formsNeeded(r: Pick<SchoolReminder, 'deadline' | 'items'>): { report: boolean; registration: boolean } {
  return {
    report: r.deadline.periodLabel !== null,
    registration: r.deadline.kind === 'registration' || r.items.some((i) => i.about === 'minimum'),
  };
}

/** The subject of a reminder; a reminder with nothing to do but a notice is named after the notice. */
function reminderSubject(r: SchoolReminder, date: string): string {
  return r.items.length === 0 && r.notices.length > 0
    ? REMINDER_EMAIL.subjectWindowClosed(r.school.name)
    : REMINDER_EMAIL.subject(r.deadline.title, date, r.school.name);
}

/**
 * The e-mail of one reminder: greeting, any notice, days left, the school's own outstanding items, how to act.
 * It names no other school and carries no other school's data. Form text is escaped in the HTML part by render();
 * each registration's own edit link (`editUrl`, by code: looked up only when sent) is plain text after its item.
 */
export function reminderEmail(
  r: SchoolReminder,
  org: Organisation,
  reportFormUrl: string | null,
  registrationFormUrl: string | null,
  editUrl: (code: string) => string | null = () => null,
): Email {
  const date = formatDate(r.deadline.date);
  const office = officeWord(org);
  // A notice first: news of a result, not to be lost below the list.
  const blocks: Block[] = [{ text: REMINDER_EMAIL.greeting(r.school.name, r.school.principal) }, ...r.notices.map((n) => ({ text: n }))];
  if (r.items.length > 0) {
    let linked = 0;
    let registrations = 0;
    const lines = r.items.map((i) => {
      if (!i.registrationId) return i.text;
      registrations++;
      const url = editUrl(i.registrationId);
      if (!url) return i.text;
      linked++;
      return i.text + REMINDER_EMAIL.editLink(url);
    });
    blocks.push({ text: REMINDER_EMAIL.intro(org.name, r.deadline.title, date, Math.max(0, r.daysLeft)) }, { title: REMINDER_EMAIL.itemsTitle(office), items: lines });
    const needs = formsNeeded(r);
    if (needs.report) blocks.push({ text: REMINDER_EMAIL.howToReport(r.deadline.periodLabel!, reportFormUrl, office) });
    if (needs.registration) blocks.push({ text: REMINDER_EMAIL.howToRegister(registrationFormUrl, office, registrations > 0 && linked === registrations) });
  }
  if (r.items.length > 0) blocks.push({ text: REMINDER_EMAIL.ignore });
  blocks.push({ text: REMINDER_EMAIL.footer(org.name, org.contact) });
  return { to: r.school.emails.join(','), subject: reminderSubject(r, date), ...render(blocks) };
}

export { dayAfter };
