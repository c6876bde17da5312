// E-mails as data: subject, a plain-text part and an HTML part built from the same lines. Every piece of
// form text is escaped in the HTML part; nothing from a form answer can become markup.
import type { Organisation } from './config';
import type { EvaluatedRegistration } from './evaluate';
import { Q } from './form-titles';
import { CONFIRMATION, KIND_LABELS, VERDICT_LABELS } from './messages';
import { formatDateTime, toText } from './text';

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

/** A block of an e-mail: a paragraph, or a titled bullet list. */
export type Block = { text: string } | { title: string; items: string[] };

/** Renders blocks to the two parts of a message. */
export function render(blocks: Block[]): { body: string; htmlBody: string } {
  const text: string[] = [];
  const html: string[] = [];
  for (const b of blocks) {
    if ('text' in b) {
      text.push(b.text);
      html.push(`<p>${escapeHtml(b.text).replace(/\n/g, '<br>')}</p>`);
    } else {
      text.push([b.title, ...b.items.map((i) => `- ${i}`)].join('\n'));
      html.push(`<p>${escapeHtml(b.title)}</p><ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`);
    }
  }
  return {
    body: text.join('\n\n') + '\n',
    htmlBody: `<div style="font-family:Arial,sans-serif;font-size:14px;line-height:1.5">${html.join('')}</div>`,
  };
}

/** The e-mail that answers a registration: what was received, the verdict, what to fix, how to edit. */
export function confirmationEmail(r: EvaluatedRegistration, org: Organisation, editUrl: string | null): Email {
  const school = r.school ? r.school.name : r.schoolName;
  const name = r.name || CONFIRMATION.unknownName;
  const kind = r.kind ? KIND_LABELS[r.kind] : CONFIRMATION.unknownKind;
  const verdict = VERDICT_LABELS[r.verdict];
  const toFix = r.findings.filter((f) => f.status === 'notMet' || f.status === 'missing').map((f) => f.message);
  const blocks: Block[] = [
    { text: CONFIRMATION.greeting(toText(r.answers[Q.submitter]), school) },
    { text: CONFIRMATION.received(org.name, kind, name, school, r.submittedAt ? formatDateTime(r.submittedAt) : '') },
    { text: CONFIRMATION.verdict(verdict) + (r.verdict === 'dat' ? ' ' + CONFIRMATION.scoreLine(r.score.total) : '') },
    toFix.length ? { title: CONFIRMATION.toFixTitle, items: toFix } : { text: CONFIRMATION.nothingToFix },
    { text: editUrl ? CONFIRMATION.edit(editUrl) : CONFIRMATION.editNoLink },
  ];
  if (r.flags.unverified && r.email) blocks.push({ text: CONFIRMATION.unverified(r.email, school) });
  blocks.push({ text: CONFIRMATION.footer(org.name, org.contact) });
  return { to: r.email, subject: CONFIRMATION.subject(r.id, verdict, name.length > 80 ? name.slice(0, 79) + "…" : name), ...render(blocks) };
}
