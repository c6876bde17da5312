// Notices to schools about changes they did not make (a registration replaced, a verdict turned by the calendar),
// planned by the daily rebuild through the outbox: each sent once, whichever run sends it (src/core/notices.ts).
import type { OfficeConfig } from '../core/config';
import type { EvaluateOutput } from '../core/evaluate';
import { NOTICE_KEEP_DAYS, newsOf, reportReceipts, schoolNotices, type SchoolNotice } from '../core/notices';
import { OUTBOX_NOTE } from '../core/messages';
import { enqueue } from '../core/outbox';
import { withViewLink } from '../core/school-views';
import type { MailPlan } from './mailing';
import { viewLinks } from './school-views';
import { proposedRecords } from '../gas/rounds';

/** `editUrl`: a registration's edit link by code (the one a school is asked to edit), when known. */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function noticePlan(ss: Spreadsheet, output: EvaluateOutput, config: OfficeConfig, editUrl?: (code: string) => string | null): MailPlan {
  const now = new Date();
  // A replaced registration already proposed for an award is told so (its proposal stands), not "no longer considered".
  return plan(ss, 'notice', schoolNotices(output, config, now, NOTICE_KEEP_DAYS, proposedRecords(), editUrl), output, config, now);
}

/** Receipts of the progress reports schools sent (within days): planned by every run that answers a report. */
export function receiptPlan(ss: Spreadsheet, output: EvaluateOutput, config: OfficeConfig): MailPlan {
  const now = new Date();
  return plan(ss, 'reportReceipt', reportReceipts(output, config, now), output, config, now);
}

/**
 * The plan of `all` (what is due within NOTICE_KEEP_DAYS): the news queued, a queued one composed while it may still
 * wait for the quota, then dropped as old news.
 */
function plan(ss: Spreadsheet, kind: 'notice' | 'reportReceipt', all: readonly SchoolNotice[], output: EvaluateOutput, config: OfficeConfig, now: Date): MailPlan {
  const byKey = new Map(all.map((n) => [n.key, n]));
  let links: Map<string, string> | null = null;
  const link = (code: string) => (config.schoolViews.enabled ? (links ??= viewLinks(ss, output, config)).get(code) : undefined);
  return {
    plan: (entries) => {
      // One waiting that is no longer due (the registration edited since, answered by its own confirmation; the
      // replacing one gone; old news) is not sent.
      const kept = entries.map((e) => (e.kind === kind && e.status === 'pending' && !byKey.has(e.key) ? { ...e, status: 'skipped' as const, note: OUTBOX_NOTE.noticeStale } : e));
      return enqueue(kept, newsOf(all, now).map((n) => ({ key: n.key, kind, ref: n.ref, to: n.email.to, subject: n.email.subject })), now);
    },
    compose: {
      [kind]: (e: { key: string }) => {
        const n = byKey.get(e.key);
        return n ? withViewLink(n.email, link(n.schoolCode)) : null;
      },
    },
  };
}
