// Notices to a school about changes it did not make itself, planned by the daily rebuild:
// - a registration of the school was replaced by a later one of the same subject (src/core/duplicates.ts): the council
//   no longer considers it, and the school may have wanted the earlier content (a "Chưa đạt" replacing an "Đạt");
// - a registration sent lately is reviewed beside the school's own of the same name, as two people's (src/core/duplicates.ts);
// - a day of the plan's calendar turned a registration's automatic verdict to "Chưa đạt" or "Đạt" (the interim review
//   judging CN-10, a school year's ratings starting to count: calendarEvents in src/core/validate.ts);
// - a progress report was received (reportReceipts).
// Each notice has its own outbox key, so it is sent once whichever run plans it. Only changes of the last
// NOTICE_DAYS are told: a rebuild that missed a few days still tells them, an office upgrading from a version without
// notices is not sent a season of old news at once.
import { dateUnsettled, milestone, officeWord, periodDeadlineUnsettled, periodOverFrom, type OfficeConfig } from './config';
import type { Criterion } from './criteria';
import { noMailNote, schoolMail, unitHead, type Directory, type School } from './directory';
import { apartBy } from './duplicates';
import type { EvaluatedRegistration, EvaluateOutput } from './evaluate';
import { render, subjectName, toFixOf, type Block, type Email } from './emails';
import { AWARD_TEXT, CONFIRMATION, KIND_LABELS, NOTICE_EMAIL, OUTBOX_NOTE, PERIOD_END, REMINDER_EMAIL, VERDICT_LABELS, supersededByInSubject, timeOnDay } from './messages';
import { confirmationKey, firstPartKey, isOpen, retire, unretire, type OutboxEntry } from './outbox';
import { standing, type ProposedBefore } from './proposals';
import { deadlinePassed, fitText, fnv1a32, formatDate, isEmptyEvidence, matchKey, withoutSheetRow } from './text';
import { earlyDays, reportHasEvidence, sentBeforePeriodBegan, type ProgressReport } from './reports';
import { deadlinesMovedPast, followCodes, keyDate, overdueReports, parseMovedPastKey, refCode, sameSchoolByCode, schoolNamed, schoolWho, whosOf, type ToldDates } from './reminders';
import { isSchoolItself } from './unit-names';
import { calendarEvents, evaluateCompact, excellentYearAwaited, type Verdict } from './validate';

/** How many days a change stays news: it is queued within them (SchoolNotice.at). */
export const NOTICE_DAYS = 7;
/** How long a queued notice may wait for the daily quota before it is dropped as old news. */
export const NOTICE_KEEP_DAYS = 30;
const DAY = 86_400_000;

/** The notices of `all` (schoolNotices over NOTICE_KEEP_DAYS) still news at `now`: to queue. */
export const newsOf = (all: readonly SchoolNotice[], now: Date) => all.filter((n) => n.at > now.getTime() - NOTICE_DAYS * DAY);

/**
 * The entries of `kind` as `due` (the notices due now, by key) leaves them: one waiting (the quota) that is no longer due
 * is closed — with OUTBOX_NOTE.noticeSchoolGone when its school is no longer listed in "Đơn vị" (noticeSchoolGone), else
 * OUTBOX_NOTE.noticeStale — and one closed because its school was not listed is waiting again once it is due again (the
 * same school listed again, by its name, a former one, or its code and addresses: its key is due, src/core/reminders.ts
 * whosOf, sameSchoolByCode), as a reminder closed as gone is (review r70f F2: a calendar-day or deadline-moved-past notice
 * was closed for good when the school's row was deleted by mistake and typed back the next day). It was never sent: the
 * outbox holds one entry per key, so it goes once; one a stopped run may have sent goes once more, said so (unretire).
 * Likewise a notice about registrations ("TT:", "HL:", "HN:": review w71n), which its key finds again once they are of
 * a listed school again (their school's name, or a former one in "Tên cũ").
 */
export function waitingNotices(entries: readonly OutboxEntry[], kind: OutboxEntry['kind'], due: ReadonlyMap<string, unknown>, output: Pick<EvaluateOutput, 'directory' | 'registrations'>): OutboxEntry[] {
  // The ref of a notice that a deadline moved past follows its school's code (review r70f F1: reminders.ts followCodes).
  return (kind === 'notice' ? followCodes(entries, output.directory) : entries).map((e) => {
    if (e.kind !== kind) return e;
    if (e.status === 'pending') return due.has(e.key) ? e : retire(e, noticeSchoolGone(e, output) ? OUTBOX_NOTE.noticeSchoolGone : OUTBOX_NOTE.noticeStale);
    return (due.has(e.key) && unretire(e, OUTBOX_NOTE.noticeSchoolGone)) || e;
  });
}

/** Whom a calendar-day notice's key ("LICH:<who>:<day>") is for: a school's name hash ("@…"), or a code (versions before). */
const calendarWho = (key: string) => key.slice('LICH:'.length, key.lastIndexOf(':'));

/**
 * The notices about registrations, by the start of their keys (SchoolNotice.key): replaced ("TT:"), counting again
 * ("HL:"), in force beside the school's own of the same name ("HN:"), turned by a day of the calendar ("LICH:"). Their
 * ref names the registrations they are about.
 */
const ABOUT_REGISTRATIONS = ['TT:', 'HL:', 'HN:', 'LICH:'];

/**
 * Whether the school a notice is for is listed in "Đơn vị" no more. Of a notice that a deadline moved past ("HQ:"): no
 * school bears the name (or code) its key names, and none its ref's code and addresses tell is it (sameSchoolByCode).
 * Of a notice about registrations (ABOUT_REGISTRATIONS; of "LICH:", no school bearing the name its key names either):
 * the registrations its ref names are all of no school listed now (review r70f F2, w71n: a replaced or namesake notice
 * waiting for the quota was closed as old news when the school's row was deleted and typed back the next day).
 * False when it cannot be told (another kind of notice; registrations no longer there): the notice is old news then.
 */
export function noticeSchoolGone(e: Pick<OutboxEntry, 'key' | 'ref' | 'to'>, output: Pick<EvaluateOutput, 'directory' | 'registrations'>): boolean {
  const dir = output.directory;
  const movedPast = parseMovedPastKey(e.key);
  if (movedPast) return !schoolNamed(movedPast.who, dir) && !sameSchoolByCode([movedPast.who], refCode(e.ref), e.to, dir);
  if (!ABOUT_REGISTRATIONS.some((start) => e.key.startsWith(start))) return false;
  if (e.key.startsWith('LICH:') && schoolNamed(calendarWho(e.key), dir)) return false;
  const ids = new Set(e.ref.split(' ').filter((id) => id !== ''));
  const about = output.registrations.filter((r) => ids.has(r.id));
  return about.length > 0 && about.every((r) => r.school === null);
}

export interface SchoolNotice {
  /**
   * Outbox key: "TT:<replacing code>" (told once that what it replaced no longer counts), "HL:<code>:<key>" (it counts
   * again), "HN:<code>:<codes>" (in force beside the school's own of the same name), "LICH:@<school's name hashed>:
   * <yyyy-mm-dd of the day>" (calendarTurns; "LICH:<school code>:…" of the versions before: keptCalendarKeys), "NBC:<period>:<time sent>:<school chosen>" (a report's receipt: receiptKey), or "HQ:@<school's name>:
   * <deadline>:<yyyymmdd>" (a deadline moved to a day already past: movedPastKey).
   */
  key: string;
  /**
   * A report's receipt: the end of the key an earlier version gave it, "BC:<school code>" then this (keptEarlierKeys).
   */
  earlier?: string;
  /** The registrations the notice is about (their codes, space-separated). */
  ref: string;
  schoolCode: string;
  /** When the change happened (ms): the replacing registration sent, the calendar's day. */
  at: number;
  /** The e-mail's recipients and subject: what queueing it needs; why it has none (noMailNote) when `to` is ''. */
  to: string;
  subject: string;
  noAddress: string;
  /**
   * The e-mail, composed when first read: a notice's body may carry edit links, each a lookup in the form, made only for
   * the notices sent (the rebuild plans every notice of NOTICE_KEEP_DAYS at every run).
   */
  readonly email: Email;
}

/**
 * The school's addresses, and the sender of what the notice is about (a teacher who registered from her own address)
 * when all have the same one: a notice naming several people's registrations goes to the school only.
 */
function recipients(school: School, about: readonly Sent[]): string {
  const to = new Set<string>(schoolMail(school));
  const sender = soleSender(about);
  if (sender) to.add(sender);
  return [...to].join(',');
}

/** A registration or report as a notice's recipients see it: the address it came from, and the one first sent from. */
type Sent = { email: string; firstSender?: string };

/** The address a registration or report was first sent from (Registration.firstSender; else its sender's), lower-cased. */
const firstOf = (r: Sent): string => (r.firstSender ? r.firstSender : (r.email ?? '')).toLowerCase();

/**
 * The one address every registration of `about` was first sent from (lower-cased), or null: several, or none. Not
 * whoever edited one since: another school correcting a neighbour's registration through its link is not told of it
 * (review r82i F6, r74p F1).
 */
function soleSender(about: readonly Sent[]): string | null {
  const senders = new Set(about.map(firstOf));
  const [sender] = senders;
  return senders.size === 1 && sender ? sender : null;
}

/**
 * The sender recipients() adds to a notice about `about` who is neither one of the school's addresses nor the sender of
 * `by` (whose edit link the notice might give), or null.
 */
function outsiderOf(school: School, about: readonly Sent[], by: Sent): string | null {
  const sender = soleSender(about);
  if (!sender || sender === firstOf(by)) return null;
  return schoolMail(school).some((e) => e.toLowerCase() === sender) ? null : sender;
}

/**
 * A notice to `school`: greeting, `blocks` (made when the e-mail is first read), the office's footer; to the school and
 * the sender of `about`. `preheader`: the line a phone's inbox shows under the subject instead of the greeting (what
 * happened, or what to do: review mail M4), as confirmations and reminders have.
 */
function notice(
  org: OfficeConfig['organisation'],
  school: School,
  n: Pick<SchoolNotice, 'key' | 'ref' | 'at'>,
  subject: string,
  blocks: () => Block[],
  about: readonly Sent[],
  preheader: string,
): SchoolNotice {
  const to = recipients(school, about);
  let email: Email | null = null;
  return {
    ...n,
    schoolCode: school.code,
    to,
    subject,
    noAddress: noMailNote(school),
    get email(): Email {
      return (email ??= { to, subject, ...render([{ text: REMINDER_EMAIL.greeting(school.name, school.principal, unitHead(school).plain) }, ...blocks(), { text: NOTICE_EMAIL.footer(org.name, org.contact) }], preheader) });
    },
  };
}

/** A dd/MM/yyyy date as a key that sorts in time order. */
const dayOrder = (ddmmyyyy: string) => ddmmyyyy.split('/').reverse().join('');

const isoDay = (at: number) => {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/**
 * The notices of the changes of the `days` days up to `now`: replacements, then the calendar's. `notProposed`: the codes
 * the council decided "Không đề nghị" (review.ts notProposedIds, as the reminders skip them: reminders.ts
 * withoutNotProposed), of which no notice asks more. Pure.
 */
export function schoolNotices(
  output: EvaluateOutput,
  config: OfficeConfig,
  now: Date,
  days = NOTICE_DAYS,
  proposed: ReadonlyMap<string, readonly ProposedBefore[]> = new Map(),
  editUrl: (code: string) => string | null = () => null,
  seenComing?: (at: number) => boolean,
  told: Told = NOTHING_TOLD,
  notProposed: ReadonlySet<string> = new Set(),
): SchoolNotice[] {
  const since = now.getTime() - days * DAY;
  const recent = (d: Date | null) => d !== null && d.getTime() > since && d.getTime() <= now.getTime();
  const org = config.organisation;
  const byId = new Map<string, EvaluatedRegistration>();
  for (const r of output.registrations) byId.set(r.id, r);
  const out: SchoolNotice[] = [];
  const finish = (school: School, key: string, ref: string, at: number, subject: string, preheader: string, blocks: () => Block[], about: readonly EvaluatedRegistration[]) =>
    out.push(notice(org, school, { key, ref, at }, subject, blocks, about, preheader));
  const kindOf = (r: EvaluatedRegistration) => (r.kind ? KIND_LABELS[r.kind].toLowerCase() : '');
  const nameOf = (r: EvaluatedRegistration) => r.name || '…';

  // Told it did not count (its confirmation named the one in force, or a notice said it was replaced), and in force
  // now (review drift #2): told so below, once per message that told it — with the ones it now replaces, if any (an
  // address added to "Đơn vị" made it the school's own: review diff29 #2), which are then told by it, not by a notice
  // of their own.
  const revived: Array<{ r: EvaluatedRegistration; last: { key: string; by: string }; replacing: EvaluatedRegistration[] }> = [];
  const coveredBy = new Map<string, string>();
  for (const r of output.registrations) {
    if (r.flags.supersededBy || !r.school) continue;
    const last = told.lastNotCounted(r);
    if (last === null) continue;
    // The one that replaced it withdrawn ("Không đề nghị") and its row deleted — at the person's request, or by mistake:
    // the school is not told that the person's earlier registration is reviewed again (review d76b F3); the council sees
    // it in "Thẩm định".
    if (notProposed.has(last.by) && !output.registrations.some((z) => z.id === last.by)) continue;
    // Those it now replaces that were last told they count (none told otherwise is named again: review inbox #1).
    const replacing = output.registrations.filter((z) => z.flags.supersededBy === r.id && told.toldCounts(z));
    for (const z of replacing) coveredBy.set(z.id, r.id);
    revived.push({ r, last, replacing });
  }
  // Replaced by a registration sent lately. One replaced as it arrived (the school's own registration of the same
  // subject prevails over one from an address it does not list) is not told here: a confirmation composed by a full
  // evaluation says so itself, and a second e-mail for one fact is what exactly-once must not send.
  // One notice per replacing registration, however many it replaced (a school that sent the same one three times).
  // `at`: when the replacing one was sent (said in the notice); `news`: when the change is news from (the notice's time).
  const replacedBy = new Map<string, { key: string; by: EvaluatedRegistration; at: Date; news: number; school: School; items: EvaluatedRegistration[] }>();
  for (const r of output.registrations) {
    const by = r.flags.supersededBy ? byId.get(r.flags.supersededBy) : undefined;
    if (!by || !r.school) continue;
    const byAt = sentAt(by);
    // Told already when the last e-mail about its current version said it does not count, whichever code it named:
    // its own confirmation (review drift #4: an edit that moved it into the subject of a later one, a burst answered by
    // one full run), an earlier notice (a chain of registrations sent again: review inbox #3); or when the notice that
    // the one replacing it counts again names it (coveredBy).
    if (byAt === null || told.toldReplacedBy(r) !== null || coveredBy.get(r.id) === by.id) continue;
    // Told last that it counts again (a notice of that): it no longer does, whenever the one replacing it was sent, under
    // a key of its own (the replacing one's may have been spent on an earlier replacement: review diff29 #1).
    const again = told.lastRevival(r);
    if (again === null && (!replacedLater(r, by) || !recent(byAt))) continue;
    const key = again === null ? `TT:${by.id}` : `TT:${by.id}:${again}`;
    const group = replacedBy.get(key) ?? replacedBy.set(key, { key, by, at: byAt, news: again === null ? byAt.getTime() : now.getTime(), school: r.school, items: [] }).get(key)!;
    group.items.push(r);
  }
  // A replaced registration a finished batch proposed: its proposal stands (the last one, when rounds proposed it twice).
  const proposalOf = (r: EvaluatedRegistration) => {
    const list = standing(proposed.get(r.id));
    const last = list.length ? list[list.length - 1] : null;
    return last ? { level: AWARD_TEXT.short[last.level], day: last.day.replace(/-/g, '/') } : null;
  };
  for (const { key, by, at, news, school, items } of replacedBy.values()) {
    const office = officeWord(org);
    const date = formatDate(at);
    const one = items.length === 1 ? proposalOf(items[0]) : null;
    // Sent after the registration window while what it replaced was sent within it (review mail H3): said, with the
    // window's last day (none is late while "Cấu hình" does not hold it as a usable date).
    const onTime = by.late ? items.filter((r) => !r.late) : [];
    const deadline = dateUnsettled(config, 'milestone.DANG-KY-DONG') ? null : formatDate(milestone(config, 'DANG-KY-DONG').date);
    const blocks = (): Block[] => {
      const out: Block[] =
        items.length === 1
          ? [
              {
                text: one
                  ? NOTICE_EMAIL.replacedProposed(items[0].id, kindOf(items[0]), nameOf(items[0]), VERDICT_LABELS[items[0].verdict], by.id, date, VERDICT_LABELS[by.verdict], one.level, one.day)
                  : NOTICE_EMAIL.replaced(items[0].id, kindOf(items[0]), nameOf(items[0]), VERDICT_LABELS[items[0].verdict], by.id, date, VERDICT_LABELS[by.verdict], office),
              },
            ]
          : [
              {
                title: NOTICE_EMAIL.replacedMany(items.length, by.id, date, VERDICT_LABELS[by.verdict], office),
                items: items.map((r) => {
                  const p = proposalOf(r);
                  return NOTICE_EMAIL.replacedItem(r.id, kindOf(r), nameOf(r), VERDICT_LABELS[r.verdict]) + (p ? NOTICE_EMAIL.replacedItemProposed(p.level, p.day) : '');
                }),
              },
            ];
      // Two people of one name and birth year are common (review r76n F1): the school is told how to keep both.
      if (items.length === 1 && items[0].kind === 'individual' && items[0].birthYear !== null && one === null) {
        out.push({ text: NOTICE_EMAIL.replacedNamesakes(items[0].id, by.id, office) });
      }
      const better = items.filter((r) => r.verdict === 'dat');
      // The edit link of the replacing registration only when no one but the school and its sender gets the notice
      // (review privacy #1: a registration from an address the school does not list, replaced by the school's own, sent
      // that address the link that opens and changes every answer of the school's registration).
      const url = outsiderOf(school, items, by) ? null : editUrl(by.id);
      if (better.length > 0 && by.verdict !== 'dat') out.push({ text: NOTICE_EMAIL.replacedWorse(better.map((r) => r.id).join(', '), by.id, url) });
      if (onTime.length > 0 && deadline) out.push({ text: NOTICE_EMAIL.replacedLate(onTime.map((r) => r.id), by.id, deadline, office) });
      return out;
    };
    const subject = items.length === 1 ? NOTICE_EMAIL.replacedSubject(items[0].id, by.id, school.name, nameBesideSchool(items[0])) : NOTICE_EMAIL.replacedManySubject(items.length, by.id, school.name);
    const worse = by.verdict !== 'dat' && items.some((r) => r.verdict === 'dat');
    const preheader =
      onTime.length > 0 && deadline && one === null
        ? NOTICE_EMAIL.replacedLatePreheader(onTime.map((r) => r.id), by.id)
        : NOTICE_EMAIL.replacedPreheader(worse ? items.filter((r) => r.verdict === 'dat').map((r) => r.id) : items.map((r) => r.id), by.id, worse, one !== null);
    finish(school, key, items.map((r) => r.id).join(' '), news, subject, preheader, blocks, items);
  }

  for (const { r, last, replacing } of revived) {
    const blocks = (): Block[] => {
      const office = officeWord(org);
      const out: Block[] = [
        {
          text:
            replacing.length === 0
              ? twoOfOne(r, byId.get(last.by))
                ? NOTICE_EMAIL.revivedApart(r.id, kindOf(r), nameOf(r), VERDICT_LABELS[r.verdict], office, last.by, apartBy(r, byId.get(last.by)!) ?? 'role')
                : NOTICE_EMAIL.revived(r.id, kindOf(r), nameOf(r), VERDICT_LABELS[r.verdict], office, last.by)
              : NOTICE_EMAIL.revivedReplacing(r.id, kindOf(r), nameOf(r), VERDICT_LABELS[r.verdict], office, last.by, replacing.map((z) => z.id).join(', ')),
        },
      ];
      // Not what it lacks nor its edit link when the council decided "Không đề nghị" (review r76p F3).
      if (r.verdict !== 'dat' && !notProposed.has(r.id)) {
        const url = editUrl(r.id);
        const toFix = toFixOf(r).map(withoutSheetRow);
        if (toFix.length > 0) out.push({ title: CONFIRMATION.toFixTitle, items: [...toFix] });
        out.push({ text: url === null ? NOTICE_EMAIL.howToFix : REMINDER_EMAIL.editLink(url).trim() });
      }
      return out;
    };
    const about = [r, ...replacing];
    const preheader = NOTICE_EMAIL.revivedPreheader(VERDICT_LABELS[r.verdict], replacing.map((z) => z.id).join(', '));
    finish(r.school!, `HL:${r.id}:${last.key}`, about.map((x) => x.id).join(' '), now.getTime(), NOTICE_EMAIL.revivedSubject(r.id, isSchoolItself(r) ? NOTICE_EMAIL.wholeUnit : fitText(nameOf(r), 80), r.school!.name), preheader, blocks, about);
  }

  // Sent lately, in force beside the school's own registrations of the same name (review diff44 M2): told once, by the
  // later one (the earlier one's school was told nothing new when it was sent). Not a pair one of which is told above
  // that it counts again (NOTICE_EMAIL.revivedApart says it: one e-mail for one change, review two F1), nor one sent
  // again to replace a registration of its own subject (the school was told of that pair when the replaced one came, or
  // sent it again knowing: review two F6).
  const toldRevived = new Set(revived.map((x) => x.r.id));
  const replacing = new Set<string>();
  for (const z of output.registrations) if (z.flags.supersededBy) replacing.add(z.flags.supersededBy);
  for (const r of output.registrations) {
    if (r.flags.supersededBy || !r.school || !r.flags.alike || toldRevived.has(r.id) || replacing.has(r.id)) continue;
    const at = sentAt(r);
    if (!recent(at)) continue;
    const school = r.school;
    const earlier = r.flags.alike
      .map((a) => (a.school === school.name ? byId.get(a.id) : undefined))
      .filter((z): z is EvaluatedRegistration => !!z && !z.flags.supersededBy && !toldRevived.has(z.id) && z.school?.code === school.code && sentBefore(z, r));
    if (earlier.length === 0) continue;
    const others = earlier.map((z) => z.id);
    const team = r.kind === 'collective';
    const blocks = (): Block[] => [{ text: NOTICE_EMAIL.alike(r.id, kindOf(r), nameOf(r), formatDate(at!), others, officeWord(org), team) }];
    finish(school, `HN:${r.id}:${others.join(',')}`, [r.id, ...others].join(' '), at!.getTime(), NOTICE_EMAIL.alikeSubject(r.id, others.join(', '), fitText(nameOf(r), 80), school.name, team), NOTICE_EMAIL.alikePreheader(others.length + 1, officeWord(org), team), blocks, [r, ...earlier]);
  }

  // Turned by a day of the calendar (calendarTurns), of a day a run saw coming: one typed into "Cấu hình" once it had
  // passed is the office's change, not news of the day (review "settings" #2: moving the interim review's date to the
  // day it was held, then correcting a typo, sent two sets of e-mails about verdicts that had not changed).
  const turned = calendarTurns(output, config, now, days, seenComing ?? (() => true));
  for (const [key, day] of turned) {
    // Not a registration the council decided "Không đề nghị" (a withdrawal among them): its school is not asked for the
    // person's next rating or missing evidence through the edit link (review r76p F3), as the reminders skip it (r74p F3).
    const { at, school } = day;
    const items = notProposed.size === 0 ? day.items : day.items.filter((i) => !notProposed.has(i.r.id));
    if (items.length === 0) continue;
    const date = formatDate(new Date(at));
    const blocks = (): Block[] => {
      const out: Block[] = [{ text: NOTICE_EMAIL.turnedIntro(date, items.length) }];
      // Each registration not "Đạt" with its own edit link, as the reminders give it (review "mailbox" #2: the notice
      // pointed to a confirmation that may be a year old, sent to its sender only).
      let linked = true;
      for (const { r, then } of items) {
        const url = r.verdict === 'dat' ? null : editUrl(r.id);
        if (r.verdict !== 'dat' && url === null) linked = false;
        const line = NOTICE_EMAIL.turned(r.id, kindOf(r), nameOf(r), VERDICT_LABELS[then], VERDICT_LABELS[r.verdict]) + (url === null ? '' : REMINDER_EMAIL.editLink(url));
        const toFix = r.verdict === 'dat' ? [] : toFixOf(r).map(withoutSheetRow);
        out.push(toFix.length > 0 ? { title: line, items: [...toFix] } : { text: line });
      }
      out.push({ text: items.every((i) => i.r.verdict === 'dat') ? NOTICE_EMAIL.nothingToDo(items.length) : linked ? NOTICE_EMAIL.howToFixLinked : NOTICE_EMAIL.howToFix });
      return out;
    };
    // Those whose one open point is CN-10, which a school year still to come may meet: nothing to do before the day its
    // rating counts, as the body's finding says (findingNoExcellentYear) — said in the subject and preheader (review mail
    // H1). From the same facts as that finding, not from its words.
    const waits = items.map((i) => (i.r.verdict !== 'dat' && toFixOf(i.r).length === 1 ? excellentYearAwaited(i.r, output.catalogue || [], config) : null));
    const waiting = waits.filter((w): w is NonNullable<typeof w> => w !== null);
    const toFix = items.filter((i, k) => i.r.verdict !== 'dat' && waits[k] === null);
    const first = waiting.length ? waiting.reduce((a, b) => (dayOrder(b.from) < dayOrder(a.from) ? b : a)) : null;
    const wait = first && { count: waiting.length, from: first.from, years: first.years };
    const waitUntil = wait && toFix.length === 0 ? wait.from : null;
    const subject =
      items.length === 1
        ? NOTICE_EMAIL.turnedSubject(items[0].r.id, VERDICT_LABELS[items[0].r.verdict], date, school.name, nameBesideSchool(items[0].r), waitUntil)
        : NOTICE_EMAIL.turnedManySubject(items.length, date, school.name, waitUntil);
    const preheader = NOTICE_EMAIL.turnedPreheader(items.length, toFix.length, toFix.reduce((n, i) => n + toFixOf(i.r).length, 0), wait);
    finish(school, key, items.map((i) => i.r.id).join(' '), at, subject, preheader, blocks, items.map((i) => i.r));
  }
  return out;
}

/**
 * A registration as a notice's subject names it before its school's name: the whole school registered as a collective
 * (isSchoolItself) is «toàn đơn vị», not the school's name twice (review r83e F3); else subjectName.
 */
function nameBesideSchool(r: EvaluatedRegistration): string {
  return isSchoolItself(r) ? NOTICE_EMAIL.wholeUnit : subjectName(r);
}

/** When a registration was first sent (its first sending, else its last). */
const sentAt = (r: EvaluatedRegistration) => r.firstSubmittedAt ?? r.submittedAt;

/** `a` was first sent before `b` (of one time: the lower code). */
function sentBefore(a: EvaluatedRegistration, b: EvaluatedRegistration): boolean {
  const ta = sentAt(a)?.getTime() ?? -Infinity;
  const tb = sentAt(b)?.getTime() ?? -Infinity;
  return ta !== tb ? ta < tb : a.id < b.id;
}

/**
 * `by`, which replaced `r`, was first sent after it: a replacement schoolNotices tells (one replaced as it arrived is
 * told by its own confirmation).
 */
function replacedLater(r: EvaluatedRegistration, by: EvaluatedRegistration): boolean {
  const byAt = sentAt(by);
  const ownAt = sentAt(r);
  return byAt !== null && (ownAt === null || byAt.getTime() >= ownAt.getTime());
}

/** The school of `r` is sent a notice that `by` replaced it (schoolNotices): a later one, sent within NOTICE_DAYS of `now`. */
export function replacementNoticed(r: EvaluatedRegistration, by: EvaluatedRegistration, now: Date): boolean {
  const byAt = sentAt(by);
  return byAt !== null && replacedLater(r, by) && byAt.getTime() > now.getTime() - NOTICE_DAYS * DAY && byAt.getTime() <= now.getTime();
}

/**
 * What the outbox's notices say of replacements, for the confirmations (replacementToldByNotice). `sent` and `open`: "<by>
 * <r>" of each notice that tells `r`'s school it was replaced by `by` ("TT:<by>…" whose ref names `r`; "HL:<by>:…" listing
 * `r` after `by`, as toldFrom reads them) — sent, or still to go (waiting, for the quota too, or refused with tries left).
 * `spent`: the codes whose key "TT:<code>" is in the outbox, whatever its state (enqueue queues no key twice).
 */
export interface ReplacementNotices {
  sent: ReadonlySet<string>;
  open: ReadonlySet<string>;
  spent: ReadonlySet<string>;
}

/** ReplacementNotices read from the outbox's entries (a part's, for a submission answered alone). Pure. */
export function replacementNotices(entries: readonly OutboxEntry[]): ReplacementNotices {
  const sent = new Set<string>();
  const open = new Set<string>();
  const spent = new Set<string>();
  for (const e of entries) {
    if (e.kind !== 'notice') continue;
    // A part of a notice split for its many recipients is the notice (its key with "#<n>", its ref the same).
    const key = firstPartKey(e.key);
    const ids = e.ref.split(' ').filter((id) => id !== '');
    let pairs: string[] = [];
    if (key.startsWith('TT:')) {
      const by = key.split(':')[1];
      if (key === `TT:${by}`) spent.add(by);
      pairs = ids.map((id) => `${by} ${id}`);
    } else if (key.startsWith('HL:')) pairs = ids.slice(1).map((id) => `${ids[0]} ${id}`);
    const into = e.status === 'sent' ? sent : isOpen(e) ? open : null;
    if (into) for (const p of pairs) into.add(p);
  }
  return { sent, open, spent };
}

/**
 * The replacement of `r` by `by` is the school's news by a notice, not by `by`'s confirmation (review r83e F2): the
 * confirmation then does not say it too, and the school reads it once, whatever run answers and whenever the quota lets
 * either go (review d83b F1). A notice in the outbox that names it tells it: one sent; one still to go while notices go
 * (`noticesGo`: not after the end of the period, src/jobs/mailing.ts stillDue). With none, the notice the nightly rebuild
 * will plan tells it: while notices go, when `r` has a school, its key "TT:<by>" is not spent (another of `by`'s
 * replacements had it: no other would go), and it is news now and still a day from `now` (replacementNoticed). Else (one
 * replaced as it arrived, an edit of one sent long ago, a notice that will not go) the confirmation says it.
 */
export function replacementToldByNotice(r: EvaluatedRegistration, by: EvaluatedRegistration, now: Date, notices: ReplacementNotices, noticesGo = true): boolean {
  const pair = `${by.id} ${r.id}`;
  if (notices.sent.has(pair)) return true;
  if (!noticesGo || !r.school) return false;
  if (notices.open.has(pair)) return true;
  return !notices.spent.has(by.id) && replacementNoticed(r, by, now) && replacementNoticed(r, by, new Date(now.getTime() + DAY));
}

/** What the outbox says the schools were told about registrations counting (toldFrom). */
export interface Told {
  /**
   * The code the last e-mail about the registration's current version (its confirmation, sent or waiting, and what was
   * sent since) said replaced it; null when that e-mail said it counts, or none is known.
   */
  toldReplacedBy(r: EvaluatedRegistration): string | null;
  /**
   * The last e-mail sent about its current version when that e-mail told it did not count: its key, and the code it
   * named as replacing it; else null.
   */
  lastNotCounted(r: EvaluatedRegistration): { key: string; by: string } | null;
  /** The last e-mail about its current version (sent or waiting) told it counts. */
  toldCounts(r: EvaluatedRegistration): boolean;
  /** The key of the last e-mail sent about its current version when that e-mail told it counts again ("HL:"); else null. */
  lastRevival(r: EvaluatedRegistration): string | null;
}
const NOTHING_TOLD: Told = { toldReplacedBy: () => null, lastNotCounted: () => null, toldCounts: () => false, lastRevival: () => null };

/** An e-mail about a registration: what it said (`by`: the code it said replaced it; null: that it counts). */
interface Said {
  e: OutboxEntry;
  by: string | null;
  /** A notice that it counts again. */
  revival?: boolean;
}

/**
 * Told, read from the outbox's entries: for each registration, its current version's confirmation and the notices about
 * it since — "TT:<by>…" (sent: replaced by <by>), "HL:<code>:…" (sent: <code> counts again; sent or waiting: the
 * others it lists are replaced by <code>). Pure.
 */
export function toldFrom(entries: readonly OutboxEntry[]): Told {
  const byKey = new Map<string, OutboxEntry>();
  const about = new Map<string, Said[]>();
  const add = (id: string, said: Said) => (about.get(id) ?? about.set(id, []).get(id)!).push(said);
  for (const e of entries) {
    byKey.set(e.key, e);
    if (e.kind !== 'notice') continue;
    if (e.key.startsWith('TT:') && e.status === 'sent') for (const id of e.ref.split(' ')) add(id, { e, by: e.key.split(':')[1] });
    if (e.key.startsWith('HL:') && (e.status === 'sent' || e.status === 'pending')) {
      const [first, ...others] = e.ref.split(' ');
      if (e.status === 'sent') add(first, { e, by: null, revival: true });
      for (const id of others) add(id, { e, by: first });
    }
  }
  /** What was said of `r`'s current version, in order (its confirmation first); `sent`: only what went. */
  const said = (r: EvaluatedRegistration, sent: boolean): Said[] => {
    const c = byKey.get(confirmationKey(r));
    if (!c || !(c.status === 'sent' || (!sent && c.status === 'pending'))) return [];
    const since = (about.get(r.id) ?? []).filter((x) => (!sent || x.e.status === 'sent') && x.e.createdAt.getTime() >= c.createdAt.getTime());
    since.sort((a, b) => a.e.createdAt.getTime() - b.e.createdAt.getTime());
    // One waiting is composed when it goes, from the registration as it is now (its subject as planned may be older:
    // review quotaday #2); one sent said what its subject says.
    const by = c.status === 'pending' ? (r.flags.supersededBy ?? null) : supersededByInSubject(c.subject);
    return [{ e: c, by }, ...since];
  };
  const last = (r: EvaluatedRegistration, sent: boolean): Said | undefined => {
    const list = said(r, sent);
    return list[list.length - 1];
  };
  return {
    toldReplacedBy: (r) => last(r, false)?.by ?? null,
    lastNotCounted(r) {
      const l = last(r, true);
      return l && l.by !== null ? { key: l.e.key, by: l.by } : null;
    },
    toldCounts(r) {
      const l = last(r, false);
      return !!l && l.by === null;
    },
    lastRevival(r) {
      const l = last(r, true);
      return l && l.revival ? l.e.key : null;
    },
  };
}

/**
 * Registrations of a school a day of the calendar turned (calendarTurns), by "LICH:@<school's name hashed>:<yyyy-mm-dd>":
 * the school by its name (schoolWho), not the code the clerk may correct in "Đơn vị" (w69r, as receipts: r67r F5).
 */
export type CalendarTurns = Map<string, { at: number; school: School; items: { r: EvaluatedRegistration; then: Verdict }[] }>;

/**
 * The registrations the days of the calendar of the `days` days up to `now` turned, of the days `counted` accepts: each
 * registration in force, evaluated as of the eve of each day; the last day that changed its verdict, from the verdict of
 * its eve to today's (one sent or edited since that day was answered with its verdict by its own confirmation). Grouped
 * by school and day (the interim review turns many at once). Not the day of a date "Cấu hình" does not hold as usable (a
 * stand-in: src/core/config.ts unsettled), nor a day after the final conference (the period is closed); none while
 * "Ngày kiểm tra" fixes the day of the checks (today's verdicts are of that day, not of the days near `now` they are
 * compared with: review "settings" #1; the office is told, todayFixedNote). Pure.
 */
export function calendarTurns(output: EvaluateOutput, config: OfficeConfig, now: Date, days: number, counted: (at: number) => boolean): CalendarTurns {
  const turned: CalendarTurns = new Map();
  const catalogue = output.catalogue || [];
  const since = new Date(now.getTime() - days * DAY);
  const events = turningDays(config, catalogue, since, now).filter((e) => counted(e.at));
  if (events.length === 0) return turned;
  const eves = events.map((d) => ({ at: d.at, config: { ...config, today: new Date(d.at - 1) } }));
  for (const r of output.registrations) {
    if (r.flags.supersededBy || !r.school || r.submittedAt === null) continue;
    // A code another school has too: not until each has its own (the directory says so; a notice of the versions
    // before, keyed by the code, would be either's).
    if (r.school.codeTwice) continue;
    // From the last day back: the first eve whose verdict is not today's is the eve of the last day that turned it.
    for (let i = eves.length - 1; i >= 0; i--) {
      const d = eves[i];
      if (r.submittedAt.getTime() >= d.at) break;
      const then = evaluateCompact(r, catalogue, d.config).verdict;
      if (then === r.verdict) continue;
      // A year whose ratings became due turns registrations "Cần bổ sung" (every collective lacking them on 1 February): told too,
      // with what to add, though the ratings may not be out yet. No reminder names registrations between the
      // registration window's (review inbox #2: a school told "Đạt" heard nothing for up to 11 months; listing them in
      // the report reminders nagged schools that had sent their reports: review diff30 #3).
      const key = `LICH:${schoolWho(r.school.name)}:${isoDay(d.at)}`;
      const group = turned.get(key) ?? turned.set(key, { at: d.at, school: r.school, items: [] }).get(key)!;
      group.items.push({ r, then });
      break;
    }
  }
  return turned;
}

/**
 * The days of the calendar in (`from`, `to`] that turn verdicts (calendarEvents), as the schools' notices and the weekly
 * digest both count them (review diff58 L6): not the day of a date "Cấu hình" does not hold as usable (a stand-in:
 * src/core/config.ts unsettled), nor a day after the final conference (the period is closed); none while "Ngày kiểm
 * tra" fixes the day of the checks. Pure.
 */
export function turningDays(config: OfficeConfig, catalogue: readonly Criterion[], from: Date, to: Date): { at: number; text: string }[] {
  if (dateUnsettled(config, 'period.years') || config.todayFixed) return [];
  const review = milestone(config, 'SO-KET').date.getTime();
  const closed = milestone(config, 'TONG-KET').date.getTime();
  const reviewUnsettled = dateUnsettled(config, 'milestone.SO-KET');
  return calendarEvents(config, catalogue, from, to).filter((e) => e.at <= closed && !(reviewUnsettled && e.at === review));
}

/**
 * The days of the calendar in (`now`, `until`]: what a run records as seen coming (calendarTurns then counts them once
 * they pass). Pure.
 */
export function calendarDaysAhead(output: EvaluateOutput, config: OfficeConfig, now: Date, until: Date): number[] {
  if (dateUnsettled(config, 'period.years') || config.todayFixed) return [];
  return calendarEvents(config, output.catalogue || [], now, until).map((e) => e.at);
}

/**
 * A receipt for each progress report a school sent within NOTICE_KEEP_DAYS of `now` (newsOf: within NOTICE_DAYS to
 * queue): what was received, for which period, with which evidence, and what is missing for it to count. Keyed by the
 * report — the period, the time sent, the school chosen in the form (receiptKey): an edited report is acknowledged
 * again, a school's code corrected in "Đơn vị" is no new report (review r67r F5). `closedBy`: asked once, when a receipt
 * is made — the ended period's name while the report form is closed by the end ("Kết thúc giai đoạn…"), else null;
 * then no receipt asks the school to send again or still send the periods it missed: it says the form is closed and
 * whom to ask (review d62 F4). Pure.
 */
export function reportReceipts(
  output: EvaluateOutput,
  config: OfficeConfig,
  now: Date,
  closedBy: () => string | null = () => null,
  told: ToldDates = () => null,
  firstSent: (r: ProgressReport) => Date | null = () => null,
): SchoolNotice[] {
  const since = now.getTime() - NOTICE_KEEP_DAYS * DAY;
  const org = config.organisation;
  const out: SchoolNotice[] = [];
  let ended: string | null | undefined;
  // The periods each school's reports meet: any of its reports with evidence — by the school's key, as its tab and
  // reminders find its reports (a code may be empty or repeated in "Đơn vị": review diff21 #4).
  const met = new Set<string>();
  const metKey = (school: { key: string }, periodId: string) => `${school.key}\u0001${periodId}`;
  for (const r of output.reports) if (r.school && r.period && reportHasEvidence(r)) met.add(metKey(r.school, r.period.id));
  for (const r of output.reports) {
    const school = r.school;
    if (!school || !r.submittedAt || r.submittedAt.getTime() <= since || r.submittedAt.getTime() > now.getTime()) continue;
    const period = r.period ? r.period.label : r.periodLabel;
    if (ended === undefined) ended = closedBy();
    // Received after the period's last year, the form still open (nobody ended the period): as after the end, nothing
    // of the period is asked for any more (review d75 F7).
    const afterPeriod = ended === null && r.submittedAt.getTime() >= periodOverFrom(config).getTime();
    const closed = ended !== null || afterPeriod;
    const isReport = !r.period || r.period.kind !== 'plan';
    const blocks: Block[] = [{ text: NOTICE_EMAIL.receipt(officeWord(org), period, timeOnDay(r.submittedAt), isReport) }];
    // A stand-in deadline (review now N3) is not told: neither "sent after it" nor "send again before it".
    const held = !!r.period && periodDeadlineUnsettled(config, r.period.kind);
    // Its deadline counts from its first sending that counted, kept through an edit (review r67r F2), as a registration's.
    const sentFor = firstSent(r) ?? r.submittedAt;
    const lateBy = r.period && !held && deadlinePassed(r.period.deadline, sentFor) ? formatDate(r.period.deadline) : null;
    // Late by a date the office moved earlier, but by the later one the school's last reminder before it named (review
    // r67r F6): said so, not plainly "sent after the deadline".
    const toldDate = lateBy && r.period ? told(school, r.period.id, sentFor) : null;
    const toldBy = toldDate && keyDate(toldDate) > keyDate(r.period!.deadline) && !deadlinePassed(toldDate, sentFor) ? formatDate(toldDate) : null;
    let preheader = NOTICE_EMAIL.receiptCountedPreheader(isReport, lateBy, toldBy);
    // What the school wrote, even a sentence saying the document is not out yet (then it is not counted: said below).
    const written: string[] = [];
    if (!isEmptyEvidence(r.docRef)) written.push(NOTICE_EMAIL.receiptDocRef(r.docRef));
    if (!isEmptyEvidence(r.link)) written.push(NOTICE_EMAIL.receiptLink(r.link));
    if (written.length > 0) blocks.push({ text: written.join('\n') });
    // Sent after its deadline's day: said, as a registration sent late is (review reports L2).
    if (lateBy) blocks.push({ text: toldBy ? NOTICE_EMAIL.receiptLateTold(lateBy, toldBy, officeWord(org)) : NOTICE_EMAIL.receiptLate(lateBy) });
    // The preheaders set below but for a period met by another report ask to send again (review d63 F4).
    let asksAgain = true;
    if (!r.period) {
      blocks.push({ text: NOTICE_EMAIL.receiptUnknownPeriod(period, closed) });
      preheader = NOTICE_EMAIL.receiptUnknownPeriodPreheader;
    } else if (r.sentFrom) {
      blocks.push({ text: NOTICE_EMAIL.receiptOtherSchool(r.sentFrom.name, school.name, isReport, closed) });
      preheader = NOTICE_EMAIL.receiptOtherSchoolPreheader(r.sentFrom.name);
    } else if (r.early && (r.period.kind === 'plan' || sentBeforePeriodBegan(r.period, r.submittedAt))) {
      blocks.push({ text: NOTICE_EMAIL.receiptEarly(period, closed) });
      preheader = NOTICE_EMAIL.receiptEarlyPreheader;
    } else if (r.early) {
      // In its year, before the period has mostly run (review yearahead R2).
      const from = earlyDays(r)!.from;
      blocks.push({ text: NOTICE_EMAIL.receiptTooSoon(period, from, closed) });
      preheader = NOTICE_EMAIL.receiptTooSoonPreheader(from);
    } else if (!reportHasEvidence(r)) {
      const deadline = !held && r.period.deadline.getTime() >= now.getTime() - DAY ? formatDate(r.period.deadline) : null;
      const metOther = met.has(metKey(school, r.period.id));
      blocks.push({ text: metOther ? NOTICE_EMAIL.receiptNoEvidenceMet(isReport) : NOTICE_EMAIL.receiptNoEvidence(deadline, isReport, closed) });
      preheader = metOther ? NOTICE_EMAIL.receiptMetPreheader(isReport) : NOTICE_EMAIL.receiptNoEvidencePreheader(deadline);
      asksAgain = !metOther;
    } else {
      asksAgain = false;
      if (!closed) blocks.push({ text: NOTICE_EMAIL.receiptMore });
    }
    // The school's other reports past their deadline, as its reminders name them: a school that missed one and sends
    // the later ones is told here, where no reminder of those would come (review reports M2).
    // Only in a receipt that goes to the school's own addresses (not another school's, nor one no school lists: the
    // school's duties are its own — review diff40 L1).
    const own = r.email === '' || school.emails.indexOf(r.email) >= 0;
    const overdue = r.sentFrom || !own || afterPeriod ? [] : overdueReports(school, output, config, r.period ? r.period.id : null);
    if (overdue.length) blocks.push({ text: REMINDER_EMAIL.overdueReports(overdue, closed) });
    if (ended) blocks.push({ text: PERIOD_END.reportClosed(ended, officeWord(org)) });
    else if (afterPeriod) blocks.push({ text: PERIOD_END.reportAfterPeriod(config.period.name, config.period.endYear, officeWord(org)) });
    const periodPart = r.period ? r.period.id : period;
    const key = receiptKey(periodPart, r.submittedAt, r.schoolName);
    // A report that does not count says so in its subject too (review "mailbox" #3: a clerk filing receipts by subject
    // took it as done) — unless another report of the school counts for the period, as its tab and reminders say
    // (review diff20 #8).
    const counted = !!r.period && (reportHasEvidence(r) || met.has(metKey(school, r.period.id)));
    const subject = counted ? NOTICE_EMAIL.receiptSubject(period, school.name, isReport) : NOTICE_EMAIL.receiptNotCountedSubject(period, school.name, isReport);
    // After the end, a preheader above that says to send again (review d62 F4), counted or not (review d63 F4: one not
    // counted for a period another report met).
    if (ended && asksAgain) preheader = PERIOD_END.reportClosedPreheader(ended);
    else if (afterPeriod) preheader = PERIOD_END.reportAfterPeriodPreheader(config.period.name);
    const n = notice(org, school, { key, ref: `${school.code} · ${period}`, at: r.submittedAt.getTime() }, subject, () => blocks, [r], preheader);
    n.earlier = `:${periodPart}:${r.submittedAt.getTime()}`;
    out.push(n);
  }
  return out;
}

/**
 * The notices that a plan or report deadline the school was reminded of was moved to a day already past (review r67r
 * F6: deadlinesMovedPast), one per school and new date: the new date, what the school still has to send, and how.
 * `entries`: the outbox; `reportFormUrl`: asked only when one is composed. Pure.
 */
export function movedPastNotices(entries: readonly OutboxEntry[], output: EvaluateOutput, config: OfficeConfig, now: Date, reportFormUrl: () => string | null = () => null): SchoolNotice[] {
  const org = config.organisation;
  const office = officeWord(org);
  return deadlinesMovedPast(entries, output, config, now).map(({ school, deadline: d, from, items, key }) => {
    const isReport = d.kind !== 'plan';
    const date = formatDate(d.date);
    const was = formatDate(from);
    const blocks = (): Block[] => [
      { text: NOTICE_EMAIL.movedPast(d.title, date, was, office) },
      { title: REMINDER_EMAIL.itemsTitle(office), items: items.map((i) => i.text) },
      { text: NOTICE_EMAIL.movedPastAdvice(isReport, was, office) },
      { text: REMINDER_EMAIL.howToReport(d.periodLabel!, reportFormUrl(), office) },
    ];
    return notice(org, school, { key, ref: `${school.code} · ${d.periodLabel}`, at: now.getTime() }, NOTICE_EMAIL.movedPastSubject(d.periodLabel!, isReport, date, school.name), blocks, [], NOTICE_EMAIL.movedPastPreheader(date, was));
  });
}

/**
 * When a report was first sent, for its deadline (review r67r F2): Forms moves a response's timestamp to its last edit, so
 * a report corrected through its edit link after the deadline reads as sent then. Its earlier versions' receipts stay in
 * the outbox: one of the same period and school chosen (receiptKey; an earlier version's key: the school's code), for a
 * time no report holds any more (the response edited since), whose subject said the report counted — a version that did
 * not count (no document number yet) keeps nothing: the edit that first makes it count is when it was sent. The earliest
 * such time before the report, given only to the school's last report of that period (the edited one: an edit makes it
 * the latest). null: none (its own time stands). Pure.
 * A time the form still holds a response of (`formTimes`: the report form's responses' times from a moment on, asked only
 * when a report has such a time before it; null: the form could not be asked, and every such time is taken for an
 * earlier version, as before) is no earlier version: that report was not
 * edited, its row was deleted from the tab (review r67r F8), and a report the school sends afterwards is a new one
 * (w69h) — its own time stands, late when it is late.
 */
export function firstSendings(entries: readonly OutboxEntry[], reports: readonly ProgressReport[], formTimes: (since: number) => readonly number[] | null = () => null): (r: ProgressReport) => Date | null {
  const times = new Set<number>();
  // Every row's time (two rows of one moment are two).
  const rowTimes: number[] = [];
  const latest = new Map<string, number>();
  const chosen = (r: ProgressReport) => `${r.period ? r.period.id : r.periodLabel}\u0001${fnv1a32(matchKey(r.schoolName)).toString(36)}`;
  for (const r of reports) {
    if (!r.submittedAt) continue;
    const t = r.submittedAt.getTime();
    times.add(t);
    rowTimes.push(t);
    const k = chosen(r);
    latest.set(k, Math.max(latest.get(k) ?? 0, t));
  }
  /** The vanished times counted, by period and school chosen ("NBC:") or by period and school code ("BC:"). */
  const vanished = new Map<string, number[]>();
  const keep = (k: string, t: number) => (vanished.get(k) ?? vanished.set(k, []).get(k)!).push(t);
  for (const e of entries) {
    if (e.kind !== 'reportReceipt' || !NOTICE_EMAIL.receiptSaidCounted(e.subject)) continue;
    const parts = e.key.split(':');
    if (parts[0] === 'NBC' && parts.length >= 4) {
      const t = Number(parts[parts.length - 2]);
      if (Number.isFinite(t) && !times.has(t)) keep(`${parts.slice(1, -2).join(':')}\u0001${parts[parts.length - 1]}`, t);
    } else if (parts[0] === 'BC' && parts.length >= 4) {
      const t = Number(parts[parts.length - 1]);
      if (Number.isFinite(t) && !times.has(t)) keep(`\u0002${parts[1]}\u0001${parts.slice(2, -1).join(':')}`, t);
    }
  }
  if (vanished.size === 0) return () => null;
  /** Receipts sent: what they said stands, and nothing of theirs is composed again (the form is not asked for them: d69 O1). */
  const sentReceipts = new Set<string>();
  for (const e of entries) if (e.kind === 'reportReceipt' && e.status === 'sent') sentReceipts.add(e.key);
  /** The form's responses' times from the earliest asked for on (one question per execution's earliest moment). */
  let asked: { since: number; times: readonly number[] | null } | null = null;
  /** How many of `list` fall in the second of `t`. */
  const inSecond = (list: readonly number[], t: number) => {
    const s = Math.floor(t / 1000);
    let n = 0;
    for (const x of list) if (Math.floor(x / 1000) === s) n++;
    return n;
  };
  const heldByForm = (t: number) => {
    if (!asked || asked.since > t - 1000) asked = { since: t - 1000, times: formTimes(t - 1000) };
    // A row's time and its response's agree to the second (src/core/ledger.ts). Another school's report sent in the same
    // second, still in the tab, is that report's response, not this one's (review d69 F2): the form holds this one when
    // it holds more responses in that second than the tab has rows — counted by the second for both, a row's time being
    // its response's cut to the second or not (review d69b E).
    return asked.times !== null && inSecond(asked.times, t) > inSecond(rowTimes, t);
  };
  return (r) => {
    if (!r.submittedAt || !r.period) return null;
    const t = r.submittedAt.getTime();
    const k = chosen(r);
    if ((latest.get(k) ?? 0) !== t) return null;
    if (sentReceipts.has(receiptKey(r.period.id, r.submittedAt, r.schoolName))) return null;
    const before = [...(vanished.get(k) ?? []), ...(r.school ? (vanished.get(`\u0002${r.school.code}\u0001${r.period.id}`) ?? []) : [])].filter((x) => x < t).sort((a, b) => a - b);
    if (before.length > 0) heldByForm(before[0]);
    const first = before.find((x) => !heldByForm(x));
    return first !== undefined ? new Date(first) : null;
  };
}

/** A report whose receipt went, and that no row of the report tab holds any more (receiptsOfGoneReports). */
export interface GoneReport {
  /** Its receipt's outbox key. */
  key: string;
  /** The school ("Đơn vị" now: its name, else the code its receipt's row names) and the period, as its receipt named them. */
  school: string;
  period: string;
  /** When it was sent (the time its receipt acknowledged). */
  at: number;
}

/**
 * The reports schools were told were received (their receipts sent) that the report tab no longer holds: no report sent
 * at that time, nor a later one of the same school and period (an edit through its link, another sending). The clerk
 * deleted the row (review r67r F8): the school is taken for one that sent nothing, while the form still holds the
 * report. Receipts under an earlier version's key ("BC:<code>:<period>:<time>") and this one's (receiptKey) alike.
 */
export function receiptsOfGoneReports(entries: readonly OutboxEntry[], output: Pick<EvaluateOutput, 'reports' | 'directory'>): GoneReport[] {
  const times = new Set<number>();
  const latest = new Map<string, number>();
  for (const r of output.reports) {
    if (!r.submittedAt) continue;
    const t = r.submittedAt.getTime();
    times.add(t);
    if (r.school && r.period) {
      const k = `${r.school.code}\u0001${r.period.id}`;
      latest.set(k, Math.max(latest.get(k) ?? 0, t));
    }
  }
  const out: GoneReport[] = [];
  let chosen: Map<string, School> | undefined;
  for (const e of entries) {
    if (e.kind !== 'reportReceipt' || e.status !== 'sent') continue;
    const parts = e.key.split(':');
    const nbc = parts[0] === 'NBC';
    if (!nbc && parts[0] !== 'BC') continue;
    const at = Number(nbc ? parts[parts.length - 2] : parts[parts.length - 1]);
    if (!Number.isFinite(at) || times.has(at)) continue;
    const periodId = (nbc ? parts.slice(1, -2) : parts.slice(2, -1)).join(':');
    const [code, ...label] = e.ref.split(' · ');
    if ((latest.get(`${code}\u0001${periodId}`) ?? 0) > at) continue;
    // The school as chosen when the report was sent (its key's last part) is today another school's: absorbed into it,
    // its name among that school's "Tên cũ", the report since edited under either name and counted for it (review r79m F3).
    const now = nbc ? (chosen ??= schoolsByChosenHash(output.directory)).get(parts[parts.length - 1]) : undefined;
    if (now && now.code !== code && (latest.get(`${now.code}\u0001${periodId}`) ?? 0) > at) continue;
    out.push({ key: e.key, school: output.directory.byCode.get(code)?.name ?? code, period: label.join(' · '), at });
  }
  return out;
}

/** The directory's schools by the hash receiptKey gives the name a school chooses: each one's name and former names. */
function schoolsByChosenHash(directory: Pick<Directory, 'byKey'>): Map<string, School> {
  const out = new Map<string, School>();
  for (const [key, school] of directory.byKey) out.set(fnv1a32(key).toString(36), school);
  return out;
}

/**
 * A report's receipt's outbox key: its period, the time it was sent, and the school as chosen in the form (its answer,
 * which the office's "Đơn vị" does not change). Not the school's code: one corrected in "Đơn vị" made every receipt of
 * the school's last days new, sent a second time (review r67r F5); the school chosen tells apart two paper reports
 * the clerk typed with one day.
 */
export function receiptKey(periodPart: string, submittedAt: Date, schoolChosen: string): string {
  return `NBC:${periodPart}:${submittedAt.getTime()}:${fnv1a32(matchKey(schoolChosen)).toString(36)}`;
}

/**
 * The receipts of `receipts` already in the outbox under the key an earlier version gave them ("BC:<school code>:
 * <period>:<time sent>"), given that key (changed in place): an office updating is not sent them twice, and one still
 * waiting there goes under it. The school's code in that key is today's, or any one when the period and the time
 * are the report's alone (the code corrected since).
 */
export function keptEarlierKeys(receipts: SchoolNotice[], entries: readonly OutboxEntry[]): SchoolNotice[] {
  const byTime = new Map<string, string[]>();
  for (const e of entries) {
    if (e.kind !== 'reportReceipt' || e.key.indexOf('BC:') !== 0) continue;
    const time = e.key.slice(e.key.lastIndexOf(':') + 1);
    (byTime.get(time) ?? byTime.set(time, []).get(time)!).push(e.key);
  }
  if (byTime.size === 0) return receipts;
  const shared = new Map<string, number>();
  for (const n of receipts) if (n.earlier) shared.set(n.earlier, (shared.get(n.earlier) ?? 0) + 1);
  for (const n of receipts) {
    const end = n.earlier;
    if (!end) continue;
    const keys = (byTime.get(end.slice(end.lastIndexOf(':') + 1)) ?? []).filter((k) => k.length >= 'BC:'.length + end.length && k.endsWith(end));
    const own = keys.find((k) => k === `BC:${n.schoolCode}${end}`);
    const key = own ?? (keys.length === 1 && shared.get(end) === 1 ? keys[0] : undefined);
    if (key) n.key = key;
  }
  return receipts;
}

/**
 * The notices of a day of the calendar (calendarTurns) already in the outbox under the key the versions before gave them
 * ("LICH:<school code>:<yyyy-mm-dd>"), given that key (changed in place): an office updating is not sent them twice, and
 * one still waiting there goes under it. The entry of the same day about one of the notice's registrations ("Liên quan")
 * is the same school's, whatever its code is now; another school's, given that code since, is not. One already there
 * under a former name of the school (`directory`: "Tên cũ", whosOf) is given that key too (review d69c F1), and so is one
 * of the same day about one of its registrations under a name no school bears now whose addresses are the school's
 * (sameSchoolByCode: a typo in its name corrected without "Tên cũ", review d69c F3).
 */
export function keptCalendarKeys(notices: SchoolNotice[], entries: readonly OutboxEntry[], directory?: Directory): SchoolNotice[] {
  const byDay = new Map<string, OutboxEntry[]>();
  /** The keys "LICH:@…" in the outbox. */
  const named = new Set<string>();
  for (const e of entries) {
    if (e.kind !== 'notice' || !e.key.startsWith('LICH:')) continue;
    if (e.key.startsWith('LICH:@')) named.add(e.key);
    // Of a code (the versions before), or of a name no school bears now (a typo corrected without "Tên cũ": whose it
    // is, its registrations and addresses tell below, review d69c F3).
    if (e.key.startsWith('LICH:@') && (!directory || schoolNamed(calendarWho(e.key), directory))) continue;
    const day = e.key.slice(e.key.lastIndexOf(':') + 1);
    (byDay.get(day) ?? byDay.set(day, []).get(day)!).push(e);
  }
  for (const n of notices) {
    if (!n.key.startsWith('LICH:@') || named.has(n.key)) continue;
    const day = n.key.slice(n.key.lastIndexOf(':') + 1);
    // Already in the outbox under a former name of the school ("Tên cũ": renamed, or merged, since it was queued): that
    // entry is its notice of the day, not sent twice (review d69c F1).
    const school = directory ? schoolNamed(calendarWho(n.key), directory) : null;
    const former = school ? whosOf(school, directory).find((w) => w.startsWith('@') && named.has(`LICH:${w}:${day}`)) : undefined;
    if (former) {
      n.key = `LICH:${former}:${day}`;
      continue;
    }
    if (byDay.size === 0) continue;
    const ids = new Set(n.ref.split(' '));
    const mine = (e: OutboxEntry) => !e.key.startsWith('LICH:@') || (!!directory && !!school && sameSchoolByCode([calendarWho(e.key)], n.schoolCode, e.to, directory) === school);
    const old = (byDay.get(day) ?? []).find((e) => e.ref.split(' ').some((id) => ids.has(id)) && mine(e));
    if (old) n.key = old.key;
  }
  return notices;
}

/**
 * The registration that replaced `r` is still in force beside it, both individuals of one school, name and birth year:
 * the two are two people now (src/core/duplicates.ts twoPeople), not one of them edited or deleted (review diff44 L2).
 */
function twoOfOne(r: EvaluatedRegistration, was: EvaluatedRegistration | undefined): boolean {
  return (
    !!was &&
    !was.flags.supersededBy &&
    r.kind === 'individual' &&
    was.kind === 'individual' &&
    r.birthYear !== null &&
    r.birthYear === was.birthYear &&
    r.school !== null &&
    r.school === was.school &&
    matchKey(r.name) === matchKey(was.name)
  );
}
