// Confirmation e-mails: every registration version gets exactly one, whichever run sends it.
import { dateUnsettled, milestone, type OfficeConfig } from '../core/config';
import { otherSchoolsOfAddress } from '../core/directory';
import { confirmationEmail, confirmationRecipients, confirmationSubject } from '../core/emails';
import type { EvaluateOutput } from '../core/evaluate';
import { replacementNotices, replacementToldByNotice, type ReplacementNotices } from '../core/notices';
import { confirmationKey, planConfirmations } from '../core/outbox';
import { firstSenderOf } from '../core/registration';
import { closedByEnd, editUrlOf, openForm } from '../gas/mail';
import { getState, periodEndRecord } from '../gas/properties';
import type { MailPlan } from './mailing';

/**
 * `notProposed`: the codes the council decided "Không đề nghị" (notProposedOf; review.ts notProposedIds), asked at the
 * first confirmation composed: their confirmation (an edit's) says the decision, not that the council will review it
 * (review r79s F2). Without it, none.
 */
export function confirmationPlan(output: EvaluateOutput, config: OfficeConfig, notProposed?: () => ReadonlySet<string>): MailPlan {
  const org = config.organisation;
  // Not while "Cấu hình" holds no usable date for it (the run's stand-in is never given to a school as a deadline).
  const windowEnd = dateUnsettled(config, 'milestone.DANG-KY-DONG') ? undefined : milestone(config, 'DANG-KY-DONG').date;
  const byId = new Map(output.registrations.map((r) => [r.id, r]));
  // What the outbox's notices say of replacements, sent or still to go (read by plan, from the entries as it sees them).
  let noticed: ReplacementNotices = replacementNotices([]);
  // What each registration replaces (its confirmation says so), but those its school is told of by a notice
  // (replacementToldByNotice: one e-mail of one fact, whichever run answers it and whichever goes first): built once,
  // when the first confirmation is composed. After the end of the period no notice goes: the confirmation says what no
  // notice sent has told.
  let replaced: Map<string, string[]> | null = null;
  const replacesOf = (id: string): string[] => {
    if (!replaced) {
      replaced = new Map();
      const now = new Date();
      let noticesGo: boolean | undefined;
      for (const x of output.registrations) {
        const by = x.flags.supersededBy ? byId.get(x.flags.supersededBy) : undefined;
        if (!by || replacementToldByNotice(x, by, now, noticed, (noticesGo ??= periodEndRecord() === null))) continue;
        (replaced.get(by.id) ?? replaced.set(by.id, []).get(by.id)!).push(x.id);
      }
    }
    return replaced.get(id) ?? [];
  };
  /**
   * The schools "Đơn vị" lists the address it was first sent from for, when the chosen one is not one: its school is not
   * copied. Not whoever edited it since (review d82b F2; as emails.ts sentForAnotherSchool).
   */
  const sendersOf = (r: EvaluateOutput['registrations'][number]) => otherSchoolsOfAddress(output.directory, firstSenderOf(r), r.school);
  /**
   * The period, for a registration (an edit of one) received after its last year (review r75c F4, d75 F1); else null.
   * After "Kết thúc giai đoạn…" the end's own answer stands (its form closed: PERIOD_END.registrationClosed), and a form
   * the office opened again by hand after it is the office's choice to take answers.
   */
  const afterPeriodOf = (r: EvaluateOutput['registrations'][number]) => (r.afterPeriod && !periodEndRecord() ? config.period : null);
  let form: GoogleAppsScript.Forms.Form | null | undefined;
  /** The ended period's name while the registration form is closed by the end, else null (set with `form`). */
  let closedBy: string | null = null;
  // The confirmations already sent, by registration: one of another version makes this one the answer to an edit.
  const sent = new Map<string, string[]>();
  let rejected: ReadonlySet<string> | null = null;
  return {
    plan: (entries) => {
      for (const e of entries) if (e.kind === 'confirmation' && e.status === 'sent') (sent.get(e.ref) ?? sent.set(e.ref, []).get(e.ref)!).push(e.key);
      noticed = replacementNotices(entries);
      return planConfirmations(entries, output.registrations, new Date(), (r) => confirmationSubject(r, afterPeriodOf(r)), (r) => confirmationRecipients(r, sendersOf(r)));
    },
    compose: {
      confirmation: (e) => {
        const r = byId.get(e.ref);
        if (!r || confirmationKey(r) !== e.key) return null;
        if (form === undefined) {
          const opened = (form = openForm(getState('registrationForm')));
          // After the end of the period (a registration in flight then): its form no longer takes edits.
          closedBy = closedByEnd(() => opened);
        }
        const revised = (sent.get(e.ref) ?? []).some((k) => k !== e.key);
        const editUrl = closedBy === null ? editUrlOf(form, r.submittedAt, r.email) : null;
        rejected ??= notProposed ? notProposed() : new Set();
        return confirmationEmail(r, org, editUrl, revised, windowEnd, new Date(), replacesOf(r.id), closedBy, sendersOf(r), afterPeriodOf(r), rejected.has(r.id));
      },
    },
  };
}
