// E-mails as data: subject, a plain-text part and an HTML part built from the same lines. Every piece of
// form text is escaped in the HTML part; nothing from a form answer can become markup.
import { officeWord, type Organisation, type Period } from './config';
import { CATALOGUE_2021_2025 } from './criteria';
import { otherSchoolsOfAddress, schoolMail, type Directory, type School } from './directory';
import type { EvaluatedRegistration } from './evaluate';
import { Q, printedAwardQuestions } from './form-titles';
import { addressedAs, besideName, nameCapitalised, nameCaseWrong, nameUnaccented } from './person-names';
import { CONFIRMATION, EARLY_RATINGS_EDIT, EARLY_RATINGS_EDIT_OFFICE, KIND_LABELS, MAIL_TRUNCATED, PERIOD_END, VERDICT_LABELS, earlyRatingsClosed, timeOnDay } from './messages';
import { SUMMARY_MIN_WORDS, awardUnnamed, deadlinePassed, fitText, formatDate, printableAward, toText, utf8Length, withoutSheetRow, wordCount } from './text';
import { RegistrationRecord, answerOf, earlyRatingsNote, editedSinceSent, firstSenderOf, packedRatingChar, ratedPerCalendarYear } from './registration';
import { ratedYearsLabel, scoreTotal, type CompactEvaluation, type ExcellentYearPending } from './validate';

export interface Email {
  to: string;
  subject: string;
  body: string;
  htmlBody: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * A link of the tool's own (a form's edit link, never a form's answer) that the text holds as it is: the plain part keeps
 * it there, the HTML part shows `label` there as a link instead of a long address to read past on a phone (review
 * mobile M1).
 */
export interface MailLink {
  url: string;
  label: string;
}

/** A block of an e-mail: a paragraph, or a titled bullet list (`links`: an item's link, by the item's index). */
export type Block = { text: string; link?: MailLink } | { title: string; items: string[]; links?: readonly (MailLink | null)[] };

/** `text` in HTML, its `link` (the tool's https address, as the text holds it) shown as its label. */
export function htmlWithLink(text: string, link: MailLink | null | undefined): string {
  const at = link && /^https:\/\/[^\s"'<>]+$/.test(link.url) ? text.indexOf(link.url) : -1;
  if (at < 0) return escapeHtml(text);
  const a = `<a href="${escapeHtml(link!.url)}">${escapeHtml(link!.label)}</a>`;
  return escapeHtml(text.slice(0, at)) + a + escapeHtml(text.slice(at + link!.url.length));
}

/**
 * The HTML that holds a message's preview line: hidden when the message is read, shown by the inbox under the subject
 * (its "preheader"). Every way of hiding it, for the clients that honour one and not another.
 */
const PREHEADER_STYLE = 'display:none;max-height:0;overflow:hidden;mso-hide:all;visibility:hidden;opacity:0;color:transparent;height:0;width:0;font-size:1px;line-height:1px';

/**
 * Renders blocks to the two parts of a message. `preheader`: what the inbox shows under the subject instead of the
 * greeting (what the school has to do, and by when: review mobile H1); the plain part, which no inbox previews when an
 * HTML part is there, is the letter as it reads.
 */
export function render(blocks: Block[], preheader?: string): { body: string; htmlBody: string } {
  const text: string[] = [];
  const html: string[] = [];
  for (const b of blocks) {
    if ('text' in b) {
      text.push(b.text);
      html.push(`<p>${htmlWithLink(b.text, b.link).replace(/\n/g, '<br>')}</p>`);
    } else {
      text.push([b.title, ...b.items.map((i) => `- ${i}`)].join('\n'));
      html.push(`<p>${escapeHtml(b.title)}</p><ul>${b.items.map((i, n) => `<li>${htmlWithLink(i, b.links?.[n])}</li>`).join('')}</ul>`);
    }
  }
  return {
    body: text.join('\n\n') + '\n',
    htmlBody: `${preheader ? `<div style="${PREHEADER_STYLE}">${escapeHtml(preheader)}</div>` : ''}<div style="font-family:Arial,sans-serif;font-size:14px;line-height:1.5">${html.join('')}</div>`,
  };
}

/**
 * The e-mail that answers a registration: what was received, the verdict, what to fix, how to edit. `revised`: a
 * confirmation of an earlier version of this registration was sent (this one answers the edit and replaces it).
 * `windowEnd`: the last day of the registration window ("Mốc: kết thúc đăng ký"), for the date by which to fix what is
 * open. `now`: when it is composed (sent), which may be days after the registration when it waited for the quota.
 * `replaces`: the registrations of the same subject this one replaces (known to a run over the whole office).
 */
/**
 * `closedBy`: the period ended ("Kết thúc giai đoạn…") and the registration form takes nothing more — its name
 * ("2021-2025"), or null. Then no edit link, no date to fix by, no priority criteria to add: the school is told the form
 * is closed and to ask the office (review d62 F4: a registration in flight at the end is still answered).
 */
export function confirmationEmail(
  r: EvaluatedRegistration,
  org: Organisation,
  editUrl: string | null,
  revised = false,
  windowEnd?: Date,
  now?: Date,
  replaces: readonly string[] = [],
  closedBy: string | null = null,
  /** The schools "Đơn vị" lists the sender's address for, when the one chosen is not one (directory.ts otherSchoolsOfAddress). */
  senders: readonly School[] = [],
  /** This version received after the period's last year (Registration.afterPeriod): the period, else null. */
  afterPeriod: Pick<Period, 'name' | 'endYear'> | null = null,
  /**
   * The council decided "Không đề nghị" (review.ts notProposedIds): nothing to fix, nothing promised a review; the
   * decision said as the school's view says it (review r79s F2).
   */
  notProposed = false,
): Email {
  const school = r.school ? r.school.name : r.schoolName;
  const name = r.name || CONFIRMATION.unknownName;
  const kind = r.kind ? KIND_LABELS[r.kind] : CONFIRMATION.unknownKind;
  const verdict = VERDICT_LABELS[r.verdict];
  const office = officeWord(org);
  // Replaced, it is not reviewed (superseded, below); else decided "Không đề nghị": the school is asked nothing more.
  const rejected = notProposed && !r.flags.supersededBy;
  // What to fix as the school reads it: no row of the office's response tab.
  const shown = rejected ? { toFix: [], priority: [] } : findingsToShow(r);
  const toFix = shown.toFix.map(withoutSheetRow);
  const priority = shown.priority.map(withoutSheetRow);
  const blocks: Block[] = [
    // Sent from another listed school's address (the school chosen most likely by mistake): greeted as that school's
    // (as those schools', the address two schools share).
    { text: CONFIRMATION.greeting(toText(answerOf(r, Q.submitter)), senders.length > 0 ? senders.map((s) => s.name).join(', ') : school) },
    { text: CONFIRMATION.received(org.name, kind, name, r.submittedAt ? timeOnDay(r.submittedAt) : '') },
  ];
  // After the period's last year: not reviewed, nothing to fix or edit, no verdict to act on; where to register now.
  if (afterPeriod) {
    blocks.push({ text: PERIOD_END.registrationAfterPeriod(afterPeriod.name, afterPeriod.endYear, office, r.afterPeriod === 'edited') });
    blocks.push({ text: CONFIRMATION.footer(org.name, org.contact) });
    return { to: confirmationRecipients(r, senders), subject: confirmationSubject(r, afterPeriod), ...render(blocks, PERIOD_END.registrationAfterPeriodPreheader(afterPeriod.name)) };
  }
  if (revised) blocks.push({ text: CONFIRMATION.revised(r.id) });
  // An edit: when the registration was first sent, which is what counts (the time above is the edit's).
  const edited = editedSinceSent(r);
  if (edited) blocks.push({ text: CONFIRMATION.firstSent(timeOnDay(r.firstSubmittedAt!)) });
  if (r.late) blocks.push({ text: CONFIRMATION.late(office, windowEnd ? formatDate(windowEnd) : null) });
  // Replaced as it is confirmed (another registration of the same subject prevails): the office reviews that one, so
  // nothing here is promised a review, nor a date to fix by, nor what the calendar will do to it.
  const by = r.flags.supersededBy;
  // CN-10 not judged yet and not met by the answers as they are: "đã đáp ứng đủ" would be a promise the calendar breaks.
  const excellent = by || rejected || r.verdict === 'chuaDat' ? null : excellentYearNote(r);
  // A replaced one, or one the council decided not to propose, has no rank among the registrations reviewed: no score.
  blocks.push({ text: by ? CONFIRMATION.verdictSuperseded(verdict) : CONFIRMATION.verdict(verdict) + (r.verdict === 'dat' && !rejected ? ' ' + CONFIRMATION.scoreLine(scoreTotal(r), office, closedBy !== null) : '') });
  // After the end, the items (shared with the office's tabs) may say to edit: the title says they tell what is missing
  // and that any change goes through the office.
  const toFixTitle = closedBy !== null ? CONFIRMATION.toFixTitleClosed(office, by ?? undefined) : by ? CONFIRMATION.toFixTitleSuperseded(by) : CONFIRMATION.toFixTitle;
  if (toFix.length) blocks.push({ title: toFixTitle, items: toFix });
  if (by) blocks.push({ text: CONFIRMATION.superseded(by, office, closedBy !== null) });
  else if (rejected) blocks.push({ text: CONFIRMATION.notProposed(office, revised || edited) });
  else if (replaces.length) blocks.push({ text: CONFIRMATION.replaces(replaces, office, closedBy !== null) });
  else if (!toFix.length) blocks.push({ text: excellent ? CONFIRMATION.nothingToFixYet(office) : CONFIRMATION.nothingToFix(office) });
  // Something to fix, within the window: by when (after it, a registration sent in time is told nothing of a date). Not
  // when all that is open is a case the unit declared (a dropout, a complaint …): a fact, not something to fix by a date.
  // Composed after the window closed (it waited for the daily mail quota): the date is past, so it is not given as one
  // to fix by; what is true then is said instead.
  let fixBy: string | null = null;
  if (closedBy === null && !by && toFix.length && windowEnd && !r.late && r.submittedAt && !deadlinePassed(windowEnd, r.submittedAt) && !onlyDeclaredCases(r)) {
    if (now && deadlinePassed(windowEnd, now)) blocks.push({ text: CONFIRMATION.fixAfterClose(formatDate(windowEnd), office) });
    else blocks.push({ text: CONFIRMATION.fixBy((fixBy = formatDate(windowEnd)), office) });
  }
  // How to edit, right after what to fix (a phone reads no further: review mobile M1); else after the notes.
  const link = editUrl ? { url: editUrl, label: CONFIRMATION.editLabel(r.id) } : undefined;
  const edit: Block | null =
    closedBy !== null
      ? { text: PERIOD_END.registrationClosed(closedBy, office) }
      : by
        ? editUrl
          ? { text: CONFIRMATION.editSuperseded(editUrl, by, office), link }
          : null
        : editUrl
          ? { text: CONFIRMATION.edit(editUrl), link }
          : { text: CONFIRMATION.editNoLink };
  // After the end (no link to follow) it comes last: it is the final word on the notes below that say to edit.
  const editFirst = !by && toFix.length > 0 && closedBy === null;
  if (edit && editFirst) blocks.push(edit);
  // Ratings written before their years counted: not counted, and how to write them once known (one sentence).
  // After the end, a note that would say to edit the form says to contact the office (the edit block, last, says why).
  const closedTo = closedBy !== null ? office : undefined;
  const early = by || rejected ? null : earlyRatingsNote(r);
  const editTail = early ? [EARLY_RATINGS_EDIT, EARLY_RATINGS_EDIT_OFFICE].find((t) => early.endsWith(t)) : undefined;
  if (early) blocks.push({ text: closedTo && editTail ? early.slice(0, -editTail.length) + earlyRatingsClosed(closedTo) : early });
  if (excellent) blocks.push({ text: CONFIRMATION.excellentNote(excellent.message) });
  const failed = by || rejected ? null : failedYearNote(r, closedTo);
  if (failed) blocks.push({ text: failed });
  if (!by && !rejected) for (const text of awardNotes(r, closedTo)) blocks.push({ text });
  if (!by && !rejected && r.verdict !== 'chuaDat' && r instanceof RegistrationRecord && r.evaluation && 'pending' in r.evaluation) {
    const pending = (r.evaluation as CompactEvaluation).pending(r);
    if (pending.length) blocks.push({ title: closedTo ? CONFIRMATION.pendingTitleClosed(closedTo) : CONFIRMATION.pendingTitle, items: pending.map((p) => CONFIRMATION.pendingItem(p.message, formatDate(p.from))) });
  }
  if (priority.length && closedBy === null) blocks.push({ title: CONFIRMATION.priorityTitle, items: priority });
  // A replaced one: "a new registration replaces this one" is past (review "mailbox" #4), and the superseded block says
  // which one to edit; its own link only to say it is not the same subject (review diff20 #3).
  if (edit && !editFirst) blocks.push(edit);
  const copies = schoolCopies(r, senders);
  // Not for a school the directory lacks: its address is not the cause (its finding says to choose the school again).
  // The address that is the cause is the one it was first sent from (duplicates.ts emailVerified), said as such when
  // somebody else edited it since (review d82b F2: not the school's clerk told her own listed address is missing).
  const editedByOther = editedFromOther(r);
  const first = editedByOther ? firstSenderOf(r) : r.email;
  if (r.flags.unverified && r.email && r.school) blocks.push({ text: senders.length > 0 ? CONFIRMATION.otherSchoolAddress(first, senders.map((x) => x.name), r.school.name, Q.school, editedByOther) : CONFIRMATION.unverified(first, office, editedByOther) });
  // A registration of the school's, verified, edited from an address the school does not list: the school is told who
  // edited it, not alarmed that it was sent in its name (review d82b F1, r82i F5).
  if (copies.length > 0) blocks.push({ text: !r.flags.unverified && editedByOther ? CONFIRMATION.editedForSchool(copies.join(', '), r.email.trim(), office, closedBy !== null || !editUrl) : CONFIRMATION.copiedToSchool(copies.join(', '), office) });
  blocks.push({ text: CONFIRMATION.footer(org.name, org.contact) });
  const preheader =
    (by ? CONFIRMATION.preheaderSuperseded(by) : rejected ? CONFIRMATION.preheaderNotProposed : CONFIRMATION.preheader(toFix.length, fixBy, r.late && windowEnd ? formatDate(windowEnd) : null)) +
    (closedBy !== null ? PERIOD_END.registrationClosedPreheader(closedBy) : '');
  return { to: confirmationRecipients(r, senders), subject: confirmationSubject(r, null, rejected), ...render(blocks, preheader) };
}

/**
 * What the calendar alone will do to a registration's CN-10 (pendingExcellentYear, src/core/validate.ts): before the
 * interim review, a manager, Party member or head with no school year rated "xuất sắc" reads "Đạt" but turns on the
 * review day. Null when that is not so, or for a registration evaluated without a compact evaluation. The
 * confirmation tells it as a "Lưu ý"; the reminders before the review (deadline SO-KET) can list the registrations it
 * names, with `from` and `becomes`.
 */
export function excellentYearNote(r: EvaluatedRegistration): ExcellentYearPending | null {
  if (!(r instanceof RegistrationRecord) || !r.evaluation || !('pendingExcellent' in r.evaluation)) return null;
  return (r.evaluation as CompactEvaluation).pendingExcellent(r);
}

/**
 * What a year rated "Không hoàn thành nhiệm vụ" will do to an individual not "Chưa đạt": nothing to the check (the plan
 * writes no rating rule for staff), but the council's documents hold it out of the Tờ trình (src/core/proposals.ts
 * heldBy) — told to the school with its check, so that it can correct a rating typed wrong. Null when no counted year is
 * rated so, or for a registration evaluated without a compact evaluation. `closedTo`: the office to contact instead of
 * editing the form (a confirmation composed after the end of the period).
 */
export function failedYearNote(r: EvaluatedRegistration, closedTo?: string): string | null {
  if (r.kind !== 'individual' || r.verdict === 'chuaDat' || !(r instanceof RegistrationRecord) || !r.evaluation || !('failedYears' in r.evaluation)) return null;
  // Most rate no year so: told by the packed ratings, without building the year → rating record.
  if (r.packedRatings.indexOf(FAILED_CHAR) < 0) return null;
  const years = (r.evaluation as CompactEvaluation).failedYears(r);
  return years.length ? CONFIRMATION.failedYearNote(ratedYearsLabel(r)(years), !ratedPerCalendarYear(r), closedTo) : null;
}

const FAILED_CHAR = packedRatingChar('failed');

/**
 * What the school is told of the awards the Báo cáo thành tích prints (printedAwardQuestions), each answer read once:
 * one with a web link it cannot print the words of (printableAward), then one given by a decision's number or date
 * alone (awardUnnamed).
 */
function awardNotes(r: EvaluatedRegistration, closedTo?: string): string[] {
  const answers = printedAwardQuestions().map((question) => ({ question, text: toText(answerOf(r, question)) }));
  // The summary the report prints as its achievements: a few words are told now, not when the documents are made.
  const summary = wordCount(toText(answerOf(r, Q.summary)));
  return [
    ...nameNotes(r, closedTo),
    ...answers.filter((a) => printableAward(a.text) === null).map((a) => CONFIRMATION.awardLinkNote(a.question, closedTo)),
    ...answers.filter((a) => awardUnnamed(a.text)).map((a) => CONFIRMATION.awardUnnamedNote(a.question, closedTo)),
    ...(summary > 0 && summary < SUMMARY_MIN_WORDS ? [CONFIRMATION.summaryShortNote(Q.summary, summary, closedTo)] : []),
  ];
}

/** An individual's name the documents would print with a form of address before it, or not cased as a name. */
function nameNotes(r: EvaluatedRegistration, closedTo?: string): string[] {
  if (r.kind !== 'individual' || r.name === '') return [];
  const addressed = addressedAs(r.name);
  if (addressed) return [CONFIRMATION.nameAddressedNote(Q.individualName, addressed.words, addressed.rest, closedTo)];
  // A position or a note after the name ("(TPT Đội)"): said as such, the name before it cased as a name is.
  const beside = besideName(r.name);
  if (beside) return [CONFIRMATION.nameBesideNote(Q.individualName, beside.words, (nameCaseWrong(beside.rest) && nameCapitalised(beside.rest)) || beside.rest, closedTo)];
  // Typed without its diacritics ("Nguyen Thi Hoa"): the documents print it so; the tool cannot know the marks.
  if (nameUnaccented(r.name)) return [CONFIRMATION.nameUnaccentedNote(Q.individualName, r.name, closedTo)];
  return nameCaseWrong(r.name) ? [CONFIRMATION.nameCaseNote(Q.individualName, r.name, nameCapitalised(r.name), closedTo)] : [];
}

/**
 * The "Cần bổ sung hoặc chưa đạt" cell of the school tabs (and views) and of "Kết quả kiểm tra": toFixBullets, then
 * failedYearNote for a registration in force — what its confirmation tells the school (review diff20 #7).
 */
export function toFixCell(r: EvaluatedRegistration): string {
  const toFix = toFixBullets(r);
  const held = r.flags.supersededBy ? null : failedYearNote(r);
  return held === null ? toFix : toFix === '' ? held : `${toFix}\n${held}`;
}

/**
 * The school's own addresses (the directory's) a confirmation is copied to: those of the school it names, when it
 * came from an address the school does not list. The school learns that a registration was sent in its name — by one
 * of its teachers from a personal address, or by someone else — and can confirm it or tell the office. Not when the
 * address is another listed school's (`senders`, directory.ts otherSchoolsOfAddress): that school most likely picked the
 * wrong one in the list, and the confirmation holds the edit link of its teacher's answers (review r74p F1: one school
 * must not see, nor change, another school's people); the sender is told to choose again. Both judged by the address
 * it was first sent from (`senders` too: jobs/confirmations.ts). An edit from another address than that one (a
 * teacher's own account, the office, a neighbouring school: editedFromOther) is copied to the school even when the
 * registration is verified, so that the school learns who changed what it vouches for (review d82b F1); an edit from
 * one of the school's own addresses is not (the school made it: review d82b F2).
 */
export function schoolCopies(r: Pick<EvaluatedRegistration, 'email' | 'firstSender' | 'school' | 'flags'>, senders: readonly School[] = []): string[] {
  // No sender address (a row typed in by hand): no confirmation at all, as before, not the school's alone.
  if (!r.school || !r.email || senders.length > 0) return [];
  const own = schoolMail(r.school);
  const editor = r.email.trim().toLowerCase();
  if (!editedFromOther(r)) return r.flags.unverified ? own.filter((e) => e !== r.email) : [];
  // An edit by somebody else than its first sender (review d82b): the school is told, verified or not — but not when one
  // of its own addresses made the edit (the school knows; review d82b F2).
  return own.some((e) => e.trim().toLowerCase() === editor) ? [] : own.filter((e) => e.trim().toLowerCase() !== editor);
}

/**
 * Whether this version was sent (edited, through the edit link) from another address than the one the registration was
 * first sent from (registration.ts firstSenderOf): a colleague, the teacher herself, the office, a neighbouring school.
 */
export function editedFromOther(r: Pick<EvaluatedRegistration, 'email' | 'firstSender'>): boolean {
  return r.email !== '' && r.email.trim().toLowerCase() !== firstSenderOf(r);
}

/**
 * `editUrl` for the notices to a school (src/core/notices.ts: to the school of each registration), but for a registration
 * sent from an address "Đơn vị" lists for another school than the one it chose (schoolCopies): that school is not given
 * the link to its answers (review r74p F1), the notice then names the registration without it. (The council's requests
 * and the reminders go to its sender's school instead: sentForAnotherSchool.)
 */
export function schoolEditUrls(output: { registrations: readonly EvaluatedRegistration[]; directory: Pick<Directory, 'schools'> }, editUrl: (code: string) => string | null): (code: string) => string | null {
  let withheld: ReadonlySet<string> | null = null;
  return (code) => {
    withheld ??= sentForAnotherSchool(output);
    return withheld.has(code) ? null : editUrl(code);
  };
}

/**
 * The codes of the registrations first sent from an address "Đơn vị" lists for another school than the one chosen (most
 * likely the wrong school picked in the list: schoolCopies): the chosen school is neither sent their letters nor
 * reminded of them; their sender is told (review r74p F1, d74 F1). Not one another school only edited since (the
 * cluster's head school correcting a neighbour's registration through its link: review r82i F6).
 */
export function sentForAnotherSchool(output: { registrations: readonly EvaluatedRegistration[]; directory: Pick<Directory, 'schools'> }): ReadonlySet<string> {
  let ids = forAnother.get(output.registrations);
  if (!ids) forAnother.set(output.registrations, (ids = new Set(output.registrations.filter((r) => r.flags.unverified && otherSchoolsOfAddress(output.directory, firstSenderOf(r), r.school).length > 0).map((r) => r.id))));
  return ids;
}
const forAnother = new WeakMap<readonly EvaluatedRegistration[], ReadonlySet<string>>();

/** Who a registration's confirmation goes to: its sender (this version's), and the school's addresses as schoolCopies says. */
export function confirmationRecipients(r: Pick<EvaluatedRegistration, 'email' | 'firstSender' | 'school' | 'flags'>, senders: readonly School[] = []): string {
  return [...(r.email ? [r.email] : []), ...schoolCopies(r, senders)].join(', ');
}

/** The "no case" conditions of collectives (plan II.2.a, last paragraph): what the unit declares, not what it fixes. */
const CONDITION_IDS: ReadonlySet<string> = new Set(CATALOGUE_2021_2025.filter((c) => c.evaluator === 'conditionAbsent').map((c) => c.id));

/** The questions a unit answers for itself about a fact: not those about what it may still obtain (`obtain`). */
const SELF_DECLARED_IDS: ReadonlySet<string> = new Set(CATALOGUE_2021_2025.filter((c) => c.evaluator === 'selfDeclared' && !c.obtain).map((c) => c.id));

/**
 * Every mandatory criterion a registration does not meet is a fact its unit declared: a case (CONDITION_IDS), or a
 * "Không" to a question the unit answers for itself about a fact. Nothing to fix by a date (an answer must be true),
 * nor to be reminded of. A "Không" about what the unit may still obtain before the selection (a cấp ủy's confirmation,
 * a suy tôn meeting) may mean "not yet": it is fixed by a date and reminded of.
 */
export function onlyDeclaredCases(r: Pick<EvaluatedRegistration, 'results' | 'problems'>): boolean {
  if (r.problems.length > 0) return false;
  const open = r.results.filter((x) => x.mandatory && (x.status === 'notMet' || x.status === 'missing'));
  return open.length > 0 && open.every((x) => CONDITION_IDS.has(x.criterionId) || (x.status === 'notMet' && SELF_DECLARED_IDS.has(x.criterionId)));
}

/** A registration's collective or person as an e-mail's subject names it (cut to 80 characters). */
export function subjectName(r: Pick<EvaluatedRegistration, 'name'>): string {
  return fitText(r.name || CONFIRMATION.unknownName, 80);
}

/** The subject of confirmationEmail, without building the e-mail (the outbox plans entries by their subjects). */
export function confirmationSubject(r: EvaluatedRegistration, afterPeriod: Pick<Period, 'name'> | null = null, notProposed = false): string {
  const name = subjectName(r);
  if (afterPeriod) return CONFIRMATION.subjectAfterPeriod(r.id, name, afterPeriod.name);
  const by = r.flags.supersededBy;
  return by ? CONFIRMATION.subjectSuperseded(r.id, by, name) : notProposed ? CONFIRMATION.subjectNotProposed(r.id, name) : CONFIRMATION.subject(r.id, VERDICT_LABELS[r.verdict], name);
}

/**
 * What stands between a registration and Đạt (problems and mandatory criteria not met or missing evidence), apart
 * from the priority-only criteria it could still add for its score: those are never listed as failures.
 */
export function findingsToShow(r: Pick<EvaluatedRegistration, 'findings' | 'results'>): { toFix: string[]; priority: string[] } {
  const shown = openFindings(r);
  return shown.priority.length ? { toFix: shown.toFix, priority: withoutDeclaredFacts(r, shown.priority) } : shown;
}

function openFindings(r: Pick<EvaluatedRegistration, 'findings' | 'results'>): { toFix: string[]; priority: string[] } {
  // An evaluated registration builds only the texts of its open findings.
  if (r instanceof RegistrationRecord && r.evaluation && 'open' in r.evaluation) return (r.evaluation as CompactEvaluation).open(r);
  const priorityOnly = new Set(r.results.filter((x) => !x.mandatory).map((x) => x.criterionId));
  const open = r.findings.filter((f) => f.status === 'notMet' || f.status === 'missing');
  return {
    toFix: open.filter((f) => !priorityOnly.has(f.criterionId)).map((f) => f.message),
    priority: open.filter((f) => priorityOnly.has(f.criterionId)).map((f) => f.message),
  };
}

/**
 * The priority-only sentences but those of a fact the unit declared (a case it has, a "Không" about a fact: as
 * onlyDeclaredCases): the office made the criterion priority-only in "Tiêu chí", and a true answer is nothing the
 * school "có thể bổ sung thêm" — nor is a part of a unit already "Đạt" to register apart (review r67t #7).
 */
function withoutDeclaredFacts(r: Pick<EvaluatedRegistration, 'findings'>, priority: string[]): string[] {
  const declared = new Set<string>();
  for (const f of r.findings) if (f.status === 'notMet' && (CONDITION_IDS.has(f.criterionId) || SELF_DECLARED_IDS.has(f.criterionId))) declared.add(f.message);
  return declared.size ? priority.filter((m) => !declared.has(m)) : priority;
}

const NO_MESSAGES: readonly string[] = Object.freeze([]);

/**
 * The `toFix` of findingsToShow, to read only (a row of a tab): a registration with nothing open (most) gets a shared
 * empty list, one with open findings the sentences its evaluation built once.
 */
export function toFixOf(r: Pick<EvaluatedRegistration, 'findings' | 'results'>): readonly string[] {
  if (r instanceof RegistrationRecord && r.evaluation && 'toFix' in r.evaluation) return (r.evaluation as CompactEvaluation).toFix(r) ?? NO_MESSAGES;
  return findingsToShow(r).toFix;
}

/**
 * The `toFix` messages as one cell ("• …", one a line; '' when none), as the results and school tabs show them. The
 * same few texts recur across thousands of registrations (76 texts for the 20,600 of the bench's sample): each is built
 * flat (one join) and shared, so a rebuild keeps one string per text, not one per registration — nor the flat copy
 * that reading its first character (src/core/table.ts) or writing it would make of a string built piece by piece.
 */
export function toFixBullets(r: Pick<EvaluatedRegistration, 'findings' | 'results'>): string {
  const messages = toFixOf(r);
  return messages.length === 0 ? '' : sharedBullets(messages);
}

/** The bullet texts built so far, each the one string shared by every cell that shows it. */
const bulletTexts = new Map<string, string>();
/** An evaluation's messages of a registration (one list, kept by the evaluation) → its text: the school tab finds it. */
const bulletsOf = new WeakMap<readonly string[], string>();

function sharedBullets(messages: readonly string[]): string {
  const known = bulletsOf.get(messages);
  if (known !== undefined) return known;
  const text = internBullets(messages);
  bulletsOf.set(messages, text);
  return text;
}

function internBullets(messages: readonly string[]): string {
  const parts: string[] = new Array(messages.length * 2);
  for (let i = 0; i < messages.length; i++) {
    parts[2 * i] = i === 0 ? '• ' : '\n• ';
    parts[2 * i + 1] = messages[i];
  }
  const text = parts.join('');
  const shared = bulletTexts.get(text);
  if (shared !== undefined) return shared;
  // Texts quoting free answers can be many: the cache is bounded.
  if (bulletTexts.size >= 10000) bulletTexts.clear();
  bulletTexts.set(text, text);
  return text;
}

// ---- size ------------------------------------------------------------------------------------------------------

/**
 * MailApp refuses a body (or HTML body) over 200 KB (facts file; 400 KB on Workspace): every e-mail is cut below the
 * consumer limit, with a margin, and ends with a link to the sheet for the rest.
 */
export const BODY_LIMIT_BYTES = 190 * 1024;

export { utf8Length };

/** The longest start of `s` of at most `max` UTF-8 bytes, never splitting a surrogate pair. */
function cutToBytes(s: string, max: number): string {
  let n = 0;
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff;
    const w = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (n + w > max) break;
    n += w;
    i += pair ? 2 : 1;
  }
  return s.slice(0, i);
}

/**
 * The longest subject MailApp takes: above it sendEmail throws "Argument too large: subject" — not on the reference page,
 * seen live (review r71e F2: a reminder naming the notice, two deadlines and a boarding school's 76-character name came to
 * 265 characters, and would have failed at every attempt, the school never reminded).
 */
export const SUBJECT_LIMIT = 250;

/**
 * A subject within SUBJECT_LIMIT: unchanged when it fits; otherwise its middle cut with "…", keeping what follows its last
 * " — " (the school or office the e-mail is for, by which its recipients file it) when that is short, else its end cut.
 * The outbox keeps the subject as composed (its words are read back: reminders.ts dateInSubject, carriesNotice); only
 * what is sent is cut, the same way at every attempt.
 */
export function capSubject(subject: string): string {
  if (subject.length <= SUBJECT_LIMIT) return subject;
  const at = subject.lastIndexOf(' — ');
  const tail = at > 0 && subject.length - at <= SUBJECT_LIMIT / 2 ? subject.slice(at) : '';
  return atWord(tail ? subject.slice(0, at) : subject, SUBJECT_LIMIT - tail.length) + tail;
}

/** `s` cut to `room` characters with "…", after its last whole word when that keeps most of the room (fitText). */
function atWord(s: string, room: number): string {
  const cut = fitText(s, room);
  const space = cut.lastIndexOf(' ');
  return space > room * 0.7 ? `${cut.slice(0, space).replace(/[\s,;:–—-]+$/u, '')}…` : cut;
}

/**
 * The e-mail as MailApp takes it: its subject within SUBJECT_LIMIT (capSubject), its body within BODY_LIMIT_BYTES —
 * unchanged when it fits; otherwise the text cut with a closing line linking to the sheet, and the HTML part rebuilt from
 * that text (escaped; an HTML part cannot be cut safely mid-markup).
 */
export function capEmail(composed: Email, sheetUrl: () => string): Email {
  const subject = capSubject(composed.subject);
  const email = subject === composed.subject ? composed : { ...composed, subject };
  if (utf8Length(email.body) <= BODY_LIMIT_BYTES && utf8Length(email.htmlBody) <= BODY_LIMIT_BYTES) return email;
  const tail = '\n\n' + MAIL_TRUNCATED(sheetUrl());
  // Escaping multiplies a character by at most 6 ("&quot;"): the HTML part is cut to a sixth to stay in bounds.
  const body = cutToBytes(email.body, BODY_LIMIT_BYTES - utf8Length(tail)) + tail;
  const htmlText = cutToBytes(email.body, Math.floor((BODY_LIMIT_BYTES - 2 * utf8Length(tail)) / 6)) + tail;
  return { ...email, body, htmlBody: `<div style="white-space:pre-wrap">${escapeHtml(htmlText)}</div>` };
}
