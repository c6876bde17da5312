// Deadline reminders to schools (plan III.4, IV.2): before each configured deadline — the school's plan, the
// six-monthly and annual reports, the end of the registration window, the interim review and the conferences —
// each school with something still outstanding for that deadline receives one e-mail per configured offset
// ("14 and 3 days before"), listing ONLY its own status. Pure: the schedule, what is outstanding, the outbox
// planning and the message; the sending is src/jobs/reminders.ts.
import { MilestoneId, OfficeConfig, Organisation, officeWord, reportingPeriods } from './config';
import { findingsToShow } from './emails';
import { CATALOGUE } from './criteria';
import { School } from './directory';
import { Block, Email, render } from './emails';
import { EvaluateOutput, EvaluatedRegistration } from './evaluate';
import { DEADLINE_TITLES, KIND_LABELS, REMINDER_EMAIL, REMINDER_NOTE, VERDICT_LABELS, OUTBOX_NOTE } from './messages';
import { Candidate, MAX_ATTEMPTS, OutboxEntry, enqueue } from './outbox';
import { ProgressReport } from './reports';
import { dayAfter, formatDate } from './text';
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

function toFixLines(regs: readonly EvaluatedRegistration[]): string[] {
  return regs
    .filter((r) => r.verdict !== 'dat')
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
      return REMINDER_EMAIL.registrationToFix(
        r.id,
        r.kind ? KIND_LABELS[r.kind] : REMINDER_EMAIL.unknownKind,
        r.name || REMINDER_EMAIL.unknownName,
        VERDICT_LABELS[r.verdict],
        notMet,
        missing,
      );
    });
}

/** Criterion ids of the catalogue by evaluator (the office may have renamed nothing but may switch flags). */
function criterionIds(output: EvaluateOutput, evaluators: readonly string[]): Set<string> {
  const cat = output.catalogue && output.catalogue.length ? output.catalogue : CATALOGUE;
  return new Set(cat.filter((c) => evaluators.indexOf(c.evaluator) >= 0).map((c) => c.id));
}

/**
 * What the school still has to do for this deadline, one Vietnamese line each ([] = nothing, no reminder). Only the
 * school's own registrations, reports and duties are read.
 */
export function outstanding(school: School, d: Deadline, output: EvaluateOutput): string[] {
  if (d.periodId !== null) {
    const s = reportStatus(output.reports, school, d.periodId);
    if (s === 'met') return [];
    return [s === 'missing' ? REMINDER_EMAIL.reportMissing(d.periodLabel!) : REMINDER_EMAIL.reportNoEvidence(d.periodLabel!)];
  }
  const duties = output.schoolDuties.find((x) => x.schoolCode === school.code);
  const regs = registrationsOf(output, school);
  // Only what the school can still do: a school year short of the minimum that is over, or whose window has closed, is
  // not asked for (no registration sent now counts for it); it stays on the school's tab as a fact.
  if (d.kind === 'registration') {
    const minimum = criterionIds(output, ['schoolHasCollective', 'schoolHasIndividual']);
    const lines = duties ? duties.actionable.filter((f) => minimum.has(f.criterionId) && f.status === 'notMet').map((f) => f.message) : [];
    return lines.concat(toFixLines(regs));
  }
  // A conference: every duty not done so far that the school can still do (the current year's registrations, plan,
  // reports past their deadline) and every registration still to complete.
  const lines = duties ? duties.actionable.map((f) => f.message) : [];
  return lines.concat(toFixLines(regs));
}

export interface SchoolReminder {
  school: School;
  deadline: Deadline;
  offset: number;
  daysLeft: number;
  items: string[];
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
      const items = outstanding(school, d, output);
      if (items.length) out.push({ school, deadline: d, offset, daysLeft, items });
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
  return { school, deadline: d, offset: k.offset, daysLeft: daysUntil(d.date, now), items: outstanding(school, d, output) };
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
    const note = !r ? REMINDER_NOTE.gone : r.daysLeft < 0 ? REMINDER_NOTE.passed : r.items.length === 0 ? REMINDER_NOTE.done : null;
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

/**
 * The e-mail of one reminder: greeting, days left, the school's own outstanding items, how to act. It names no
 * other school and carries no other school's data. Form text is escaped in the HTML part by render().
 */
export function reminderEmail(r: SchoolReminder, org: Organisation, reportFormUrl: string | null, registrationFormUrl: string | null): Email {
  const date = formatDate(r.deadline.date);
  const blocks: Block[] = [
    { text: REMINDER_EMAIL.greeting(r.school.name, r.school.principal) },
    { text: REMINDER_EMAIL.intro(org.name, r.deadline.title, date, Math.max(0, r.daysLeft)) },
    { title: REMINDER_EMAIL.itemsTitle(officeWord(org)), items: r.items },
  ];
  if (r.deadline.periodLabel !== null) blocks.push({ text: REMINDER_EMAIL.howToReport(r.deadline.periodLabel, reportFormUrl, officeWord(org)) });
  else if (r.deadline.kind === 'registration') blocks.push({ text: REMINDER_EMAIL.howToRegister(registrationFormUrl, officeWord(org)) });
  blocks.push({ text: REMINDER_EMAIL.ignore }, { text: REMINDER_EMAIL.footer(org.name, org.contact) });
  return { to: r.school.emails.join(','), subject: REMINDER_EMAIL.subject(r.deadline.title, date, r.school.name), ...render(blocks) };
}

export { dayAfter };
