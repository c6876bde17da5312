// Notices to schools about changes they did not make (a registration replaced, a verdict turned by the calendar),
// planned by the daily rebuild through the outbox: each sent once, whichever run sends it (src/core/notices.ts).
import type { OfficeConfig } from '../core/config';
import type { EvaluateOutput } from '../core/evaluate';
import { NOTICE_KEEP_DAYS, newsOf, schoolNotices } from '../core/notices';
import { OUTBOX_NOTE } from '../core/messages';
import { enqueue } from '../core/outbox';
import { withViewLink } from '../core/school-views';
import type { MailPlan } from './mailing';
import { viewLinks } from './school-views';

export function noticePlan(output: EvaluateOutput, config: OfficeConfig): MailPlan {
  const now = new Date();
  // Queued while news; composed while a queued one may still wait for the quota, then dropped as old news.
  const all = schoolNotices(output, config, now, NOTICE_KEEP_DAYS);
  const notices = newsOf(all, now);
  const byKey = new Map(all.map((n) => [n.key, n]));
  let links: Map<string, string> | null = null;
  const link = (code: string | undefined) => (code && config.schoolViews.enabled ? (links ??= viewLinks(output, config)).get(code) : undefined);
  return {
    plan: (entries) => {
      // A notice waiting that is no longer due (the registration edited since, answered by its own confirmation; the
      // replacing one gone; old news) is not sent.
      const kept = entries.map((e) => (e.kind === 'notice' && e.status === 'pending' && !byKey.has(e.key) ? { ...e, status: 'skipped' as const, note: OUTBOX_NOTE.noticeStale } : e));
      return enqueue(kept, notices.map((n) => ({ key: n.key, kind: 'notice' as const, ref: n.ref, to: n.email.to, subject: n.email.subject })), now);
    },
    compose: {
      // A notice no longer due (the registration gone, or edited since) is not sent.
      notice: (e) => {
        const n = byKey.get(e.key);
        return n ? withViewLink(n.email, link(n.schoolCode)) : null;
      },
    },
  };
}
