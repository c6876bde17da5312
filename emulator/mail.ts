// MailApp: sendEmail in its four forms, the daily recipient quota, per-message limits; the controller lists
// sent messages and exports each as an .eml file (nodemailer's MailComposer builds the MIME).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import { blobContent } from './base.js';
import { attach, instrument, type Facade, type Runtime, type Subset } from './runtime.js';

export const MAIL_MSG = {
  quota: 'Service invoked too many times for one day: email.',
  noRecipient: 'Failed to send email: no recipient',
  invalidEmail: (e: string) => `Invalid email: ${e}`,
  // ASSUMPTION (message unverified): wording of the per-message recipient and body size refusals.
  tooManyRecipients: 'Failed to send email: too many recipients (at most 50 a message).',
  bodyTooLarge: 'Failed to send email: the message body is too large.',
  subjectTooLarge: 'Argument too large: subject',
  noPermission:
    'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
};

export const MAX_RECIPIENTS_PER_MESSAGE = 50;
/** The longest subject MailApp takes (review r71e F2: "Argument too large: subject" above it; see the product's MAIL_SUBJECT_LIMIT). */
export const MAX_SUBJECT_CHARS = 250;

export interface SentAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface SentMessage {
  id: number;
  date: Date;
  from: string;
  fromName?: string;
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo?: string;
  subject: string;
  body: string;
  htmlBody?: string;
  /** noReply asked by the script; only honoured on Workspace (`noReplyHonoured`). */
  noReply: boolean;
  noReplyHonoured: boolean;
  attachments: SentAttachment[];
  execution?: number;
}

export interface MailOptions {
  /** Recipients a day: 100 consumer, 1,500 Workspace (facts file). */
  dailyQuota: number;
  workspace: boolean;
  sender: () => string;
}

const EMAIL_RE = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;

function splitAddresses(s: unknown): string[] {
  if (s === undefined || s === null || s === '') return [];
  return String(s)
    .split(/[,;]/)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}

/** Node side: the sent messages, and .eml export. */
export class MailController {
  readonly sent: SentMessage[] = [];
  constructor(
    private readonly rt: Runtime,
    readonly options: MailOptions,
  ) {}

  /** Recipients left today (what MailApp.getRemainingDailyQuota returns), without counting a call. */
  remaining(): number {
    return this.rt.remainingQuota('email', this.options.dailyQuota);
  }

  /** Messages sent to an address (to, cc or bcc). */
  to(address: string): SentMessage[] {
    const a = address.toLowerCase();
    return this.sent.filter((m) => [...m.to, ...m.cc, ...m.bcc].some((x) => x.toLowerCase() === a));
  }

  /** The RFC 822 text of a message, built by nodemailer's MailComposer. */
  async toEml(m: SentMessage): Promise<Buffer> {
    const composer = new MailComposer({
      from: m.fromName ? { name: m.fromName, address: m.from } : m.from,
      to: m.to,
      cc: m.cc.length ? m.cc : undefined,
      bcc: m.bcc.length ? m.bcc : undefined,
      replyTo: m.replyTo,
      subject: m.subject,
      text: m.body,
      html: m.htmlBody,
      date: m.date,
      messageId: `<emu-${m.id}-${m.date.getTime()}@script.google.com>`,
      attachments: m.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
    });
    const node = composer.compile();
    // Keep Bcc in the file: it records who received the message.
    (node as unknown as { keepBcc: boolean }).keepBcc = true;
    return await new Promise<Buffer>((resolve, reject) => node.build((err, msg) => (err ? reject(err) : resolve(msg))));
  }

  /** Writes each sent message as `<dir>/<nnn>-<slug>.eml`; returns the paths. */
  async exportEml(dir: string): Promise<string[]> {
    mkdirSync(dir, { recursive: true });
    const paths: string[] = [];
    for (const m of this.sent) {
      const slug = m.subject
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/g, 'd')
        .replace(/Đ/g, 'D')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 50);
      const p = join(dir, `${String(m.id).padStart(3, '0')}-${slug || 'message'}.eml`);
      writeFileSync(p, await this.toEml(m));
      paths.push(p);
    }
    return paths;
  }
}

type MailParams = GoogleAppsScript.Mail.MailAdvancedParameters;

export class EmuMailApp implements Facade<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'> {
  #rt: Runtime;
  #c: MailController;
  constructor(rt: Runtime, c: MailController) {
    this.#rt = rt;
    this.#c = c;
    attach(this, rt);
  }
  getRemainingDailyQuota(): number {
    return this.#c.remaining();
  }
  sendEmail(a: unknown, b?: unknown, c?: unknown, d?: unknown): void {
    let msg: MailParams & Record<string, unknown>;
    if (typeof a === 'object' && a !== null && b === undefined) {
      msg = { ...(a as MailParams) };
    } else if (d !== undefined && (typeof d === 'string' || typeof d === 'number')) {
      // sendEmail(to, replyTo, subject, body)
      msg = { to: String(a), replyTo: String(b), subject: String(c), body: String(d) };
    } else {
      msg = { ...((d as MailParams | undefined) ?? {}), to: String(a), subject: String(b), body: c === undefined ? '' : String(c) };
    }
    if (this.#rt.current?.kind === 'simpleTrigger') throw this.#rt.error(MAIL_MSG.noPermission);
    const to = splitAddresses(msg.to);
    const cc = splitAddresses(msg.cc);
    const bcc = splitAddresses(msg.bcc);
    const all = [...to, ...cc, ...bcc];
    if (all.length === 0) throw this.#rt.error(MAIL_MSG.noRecipient);
    for (const e of all) if (!EMAIL_RE.test(e)) throw this.#rt.error(MAIL_MSG.invalidEmail(e));
    if (msg.replyTo !== undefined && msg.replyTo !== '' && !EMAIL_RE.test(String(msg.replyTo))) throw this.#rt.error(MAIL_MSG.invalidEmail(String(msg.replyTo)));
    if (all.length > MAX_RECIPIENTS_PER_MESSAGE) throw this.#rt.error(MAIL_MSG.tooManyRecipients);
    // ASSUMPTION (seen live, not on the reference page; review r71e F2): a subject over 250 characters is refused.
    if (String(msg.subject ?? '').length > MAX_SUBJECT_CHARS) throw this.#rt.error(MAIL_MSG.subjectTooLarge);
    const bodyLimit = this.#c.options.workspace ? 400 * 1024 : 200 * 1024;
    const body = msg.body === undefined ? '' : String(msg.body);
    const html = msg.htmlBody === undefined ? undefined : String(msg.htmlBody);
    if (Buffer.byteLength(body) > bodyLimit || (html !== undefined && Buffer.byteLength(html) > bodyLimit)) throw this.#rt.error(MAIL_MSG.bodyTooLarge);
    // Each recipient (to, cc, bcc) counts against the daily quota.
    this.#rt.consumeQuota('email', all.length, this.#c.options.dailyQuota, MAIL_MSG.quota);
    const attachments: SentAttachment[] = [];
    const atts = (msg.attachments ?? []) as unknown[];
    for (const [i, att] of Array.from(atts).entries()) {
      const content = blobContent(att);
      if (!content) throw this.#rt.error('Invalid argument: attachments');
      attachments.push({ filename: content.name ?? `attachment-${i + 1}`, contentType: content.contentType ?? 'application/octet-stream', content: content.data });
    }
    const sender = this.#c.options.sender();
    const noReply = !!msg.noReply;
    // noReply works only on Workspace: on a consumer account it is ignored and the mail comes from the user.
    const honoured = noReply && this.#c.options.workspace;
    this.#c.sent.push({
      id: this.#c.sent.length + 1,
      date: this.#rt.clock.date(),
      from: honoured ? `noreply@${sender.split('@')[1] ?? 'example.com'}` : sender,
      fromName: msg.name === undefined ? undefined : String(msg.name),
      to,
      cc,
      bcc,
      replyTo: msg.replyTo === undefined || msg.replyTo === '' ? undefined : String(msg.replyTo),
      subject: msg.subject === undefined ? '' : String(msg.subject),
      body,
      htmlBody: html,
      noReply,
      noReplyHonoured: honoured,
      attachments,
      execution: this.#rt.current?.id,
    });
  }
}
const _m: Subset<EmuMailApp, GoogleAppsScript.Mail.MailApp> = true;
instrument(EmuMailApp, 'MailApp');
