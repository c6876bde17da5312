// The weekly digest to the office staff: counts by verdict and kind (with the change since the last digest), the
// registrations new or edited since then, schools short of the minimum (III.1), plans and reports past their
// deadline, registrations waiting for the council's review, the milestones of the next 30 days and the Sheet's
// link. Pure; the baseline (time and counts of the last digest sent) is a small JSON the job keeps in a script
// property.
import { OfficeConfig, dateUnsettled, officeShortName, mailSettingHeld, periodDeadlineSetting, periodDeadlineUnsettled, reportingPeriods, todayFixedNote } from './config';
import { evaluateSchoolDuties, minimumIsRequired, minimumParts, registrationYearLastDay, reportRequired, registrationYears, type SchoolDutyResult } from './school-duties';
import { firstSenderOf, type Registration } from './registration';
import type { ProgressReport } from './reports';
import { Block, Email, render } from './emails';
import { EvaluateOutput, EvaluatedRegistration } from './evaluate';
import { CALENDAR_CHANGES_TITLE, DIGEST_EMAIL, DIGEST_NOTE, HISTORY_HEADER, HISTORY_HEADERS_EARLIER, HISTORY_TAB, REVIEW_TAB, SUMMARY_TAB, TAB, dutyTextLacking, lackingWhat, KIND_LABELS, OUTBOX_NOTE, REVIEW_DECISIONS, VERDICT_LABELS, milestoneLabel, minuteOnDay } from './messages';
import { calendarEvents, evaluateCompact } from './validate';
import { turningDays } from './notices';
import { Candidate, OutboxEntry, enqueue, firstPartKey, isOpen, partsOpen, retire } from './outbox';
import { daysUntil, deadlines, reportStatus } from './reminders';
import { mergeReview, type DecisionSnapshot } from './review';
import { otherSchoolReportOf, reportHasEvidence } from './reports';
import { deadlinePassed, formatDate, matchKey, toText } from './text';
import { Verdict, scoreTotal } from './validate';

/** How far ahead the digest lists milestones. */
export const DIGEST_HORIZON_DAYS = 30;
/** At most this many lines in a list of the digest (the rest is counted). */
export const DIGEST_LIST_MAX = 40;

const VERDICTS: readonly Verdict[] = ['dat', 'chuaDat', 'canBoSung'];

/**
 * Counts of the registrations in force, kind-major: [collective dat, chuaDat, canBoSung, individual …, unknown …]
 * — nine numbers, so the stored state stays a few dozen bytes.
 */
export function digestCounts(regs: readonly EvaluatedRegistration[]): number[] {
  const c = new Array(9).fill(0);
  for (const r of regs) {
    if (r.flags.supersededBy) continue;
    const k = r.kind === 'collective' ? 0 : r.kind === 'individual' ? 1 : 2;
    c[k * 3 + VERDICTS.indexOf(r.verdict)]++;
  }
  return c;
}

/**
 * The last digest's baseline: when it was composed, its counts, and the highest response row it had seen (which says
 * what is new only for a row without any time: sentSince).
 */
export interface DigestBaseline {
  at: number;
  counts: number[];
  maxRow: number;
}

/**
 * `base`: the last digest known to be sent; `composed`: the one composed most recently (it becomes the base once
 * the outbox shows it sent — a failed send does not move the baseline). `kept`: a digest too long for one message
 * (core/outbox.ts: it goes in parts) keeps its composed text in that many chunks (digestKeptChunks), so that every part
 * says what the first said, whenever it goes.
 */
export interface DigestState {
  base: DigestBaseline | null;
  composed: (DigestBaseline & { key: string; kept?: number }) | null;
}

function baselineOf(v: unknown): DigestBaseline | null {
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  const counts = Array.isArray(o.c) ? (o.c as unknown[]).map((n) => (typeof n === 'number' ? n : 0)) : [];
  if (typeof o.t !== 'number' || counts.length !== 9) return null;
  return { at: o.t, counts, maxRow: typeof o.r === 'number' ? o.r : 0 };
}

/** Reads the stored state; anything unreadable is no state (the next digest is then a "first" one). */
export function parseDigestState(raw: string | null): DigestState {
  if (!raw) return { base: null, composed: null };
  try {
    const o = JSON.parse(raw) as Record<string, unknown>;
    const base = baselineOf(o.b);
    const c = baselineOf(o.p);
    const p = (o.p ?? {}) as Record<string, unknown>;
    const key = typeof p.k === 'string' ? p.k : '';
    const kept = typeof p.n === 'number' && p.n > 0 ? p.n : 0;
    return { base, composed: c && key ? { ...c, key, ...(kept ? { kept } : {}) } : null };
  } catch {
    return { base: null, composed: null };
  }
}

/** Compact JSON (well under 1 KB; a property value may hold 9 KB). */
export function digestStateText(s: DigestState): string {
  const b = (x: DigestBaseline | null) => (x ? { t: x.at, c: x.counts, r: x.maxRow } : null);
  return JSON.stringify({ b: b(s.base), p: s.composed ? { ...b(s.composed), k: s.composed.key, ...(s.composed.kept ? { n: s.composed.kept } : {}) } : null });
}

/**
 * A part of a digest closed unsent that leaves nobody without it: its addresses were no longer among the recipients when
 * it was to go (core/outbox.ts withinShare), or the office emptied "Người nhận thư tổng hợp".
 */
function reachedNobodyOwed(e: OutboxEntry): boolean {
  return e.status === 'skipped' && (e.note.startsWith(OUTBOX_NOTE.noRecipientNow) || e.note.startsWith(DIGEST_NOTE.noRecipients));
}

/**
 * Moves the composed digest to the base once the outbox shows it sent — every part of it, when it went in several (more
 * recipients than one message takes: core/outbox.ts): a part still to go says what the first said (the kept text) and
 * the base waits for it. A part closed unsent (retired by the next week's digest while it waited for the quota, or given
 * up after its tries) leaves its recipients without what it said: the composition is then dropped and the base stays,
 * so that the next digest tells everyone every change since the last digest they all received (review d78 F1).
 */
export function promoteDigestState(s: DigestState, entries: readonly OutboxEntry[]): DigestState {
  if (!s.composed) return s;
  const key = firstPartKey(s.composed.key);
  const e = entries.find((x) => x.key === key);
  if (!e || e.status !== 'sent' || partsOpen(entries, key)) return s;
  const missed = entries.some((x) => x.key !== key && firstPartKey(x.key) === key && x.status !== 'sent' && !reachedNobodyOwed(x));
  if (missed) return { base: s.base, composed: null };
  return { base: { at: s.composed.at, counts: s.composed.counts, maxRow: s.composed.maxRow }, composed: null };
}

// ---- the text of a digest in parts ---------------------------------------------------------------------------------
//
// A digest to more recipients than one message takes goes in parts (core/outbox.ts), which may go in different runs (a
// part refused in passing, one waiting for the quota). Each part must say what the digest said when it was composed and
// split, and the "changes since" mark must move to that one composition: so the digest is composed once, and its text
// (the blocks it renders, a few KB) is kept in script properties, in chunks of at most DIGEST_CHUNK_CHARS characters,
// until no part of it is open (src/jobs/digest.ts).

/** Characters of a chunk: 3 bytes a character at most (UTF-8 of the BMP) keeps it under a property's 9 KB. */
export const DIGEST_CHUNK_CHARS = 2800;

/** The composed text of a digest, as kept: its key (first part's), subject, blocks and preheader. */
export interface KeptDigest {
  key: string;
  subject: string;
  blocks: Block[];
  preheader: string;
}

/** `kept` as chunks of at most DIGEST_CHUNK_CHARS characters (never splitting a surrogate pair). */
export function digestKeptChunks(kept: KeptDigest): string[] {
  const text = JSON.stringify({ k: kept.key, s: kept.subject, b: kept.blocks, p: kept.preheader });
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    let end = Math.min(text.length, i + DIGEST_CHUNK_CHARS);
    const c = text.charCodeAt(end - 1);
    if (end < text.length && c >= 0xd800 && c <= 0xdbff) end--;
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}

/** The kept text of the digest keyed `key` from its chunks in order, or null: missing, unreadable or another digest's. */
export function digestFromChunks(chunks: readonly (string | null | undefined)[], key: string): KeptDigest | null {
  if (chunks.length === 0 || chunks.some((c) => typeof c !== 'string')) return null;
  try {
    const o = JSON.parse(chunks.join('')) as Record<string, unknown>;
    if (o.k !== key || typeof o.s !== 'string' || typeof o.p !== 'string' || !Array.isArray(o.b)) return null;
    return { key, subject: o.s, blocks: o.b as Block[], preheader: o.p };
  } catch {
    return null;
  }
}

const pad2 = (n: number) => (n < 10 ? '0' : '') + n;

/** One digest a day at most, whichever run plans it: "TH:2026-07-06". */
export function digestKey(now: Date): string {
  return `TH:${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
}

/**
 * Queues today's digest to the configured recipients when `enqueueNew` (none configured: nothing), then retires open
 * digests older than a newer one (a digest left behind by the quota is superseded by the next, which tells its changes:
 * promoteDigestState) and, while no recipient
 * is configured, the one still waiting (the office emptied "Người nhận thư tổng hợp" since: review r66c F1). The
 * recipients it goes to are those configured when it is sent (src/jobs/digest.ts), never the ones it was queued for.
 */
export function planDigest(entries: readonly OutboxEntry[], cfg: OfficeConfig, now: Date, enqueueNew: boolean, subject: string): OutboxEntry[] {
  let out = entries.slice();
  if (enqueueNew && cfg.mail.digestRecipients.length > 0) {
    const c: Candidate = { key: digestKey(now), kind: 'digest', ref: formatDate(now), to: cfg.mail.digestRecipients.join(','), subject };
    out = enqueue(out, [c], now);
  }
  // By the key of its first part: the parts of one digest (core/outbox.ts partKey) are that digest, not a newer one.
  let latest: string | null = null;
  for (const e of out) if (e.kind === 'digest' && (latest === null || firstPartKey(e.key) > latest)) latest = firstPartKey(e.key);
  // Emptied by the office (not only unreadable or written twice: then the digest waits, mailSettingHeld).
  const none = cfg.mail.digestRecipients.length === 0 && !mailSettingHeld(cfg, 'mail.digestRecipients');
  return out.map((e) => {
    if (e.kind !== 'digest' || !isOpen(e)) return e;
    if (latest !== null && firstPartKey(e.key) !== latest) return retire(e, DIGEST_NOTE.superseded);
    return none ? retire(e, DIGEST_NOTE.noRecipients) : e;
  });
}

/**
 * The Đạt registrations waiting for the council, the highest priority score first (the order of the Danh sách đề
 * nghị), then by code: those whose row of the "Thẩm định" tab still says "Chờ thẩm định" (merged with the current
 * registrations, so those not yet in the tab count as waiting), or, without the tab (or when it cannot be read), every
 * Đạt registration in force. `others` counts the registrations not Đạt that wait too (Chưa đạt, Cần bổ sung: the
 * school has something to add first), which the digest counts without listing them. `fromTab` says which source.
 */
export function waitingForReview(
  reviewValues: readonly (readonly unknown[])[] | null,
  regs: readonly EvaluatedRegistration[],
  /** The council's decisions as the register recorded them: a decision held since (stale) waits again (review r67s F2). */
  recorded?: ReadonlyMap<string, DecisionSnapshot>,
): { list: EvaluatedRegistration[]; others: number; fromTab: boolean; unread?: true } {
  // Not one received after the period: its school was answered that the period no longer reviews it (review d75b F5).
  const inForce = regs.filter((r) => !r.flags.supersededBy && !r.afterPeriod);
  const split = (waiting: EvaluatedRegistration[], fromTab: boolean) => {
    // Each total once (scoreTotal reads the packed counts; building the score's parts per comparison would not).
    const dat = waiting.filter((r) => r.verdict === 'dat').map((r) => ({ r, score: scoreTotal(r) }));
    dat.sort((a, b) => b.score - a.score || (a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : 0));
    return { list: dat.map((x) => x.r), others: waiting.length - dat.length, fromTab };
  };
  if (reviewValues && reviewValues.length > 0) {
    const merged = mergeReview(reviewValues, regs, recorded);
    if (!merged.error) {
      const byId = new Map(inForce.map((r) => [r.id, r]));
      const waiting: EvaluatedRegistration[] = [];
      const seen = new Set<string>();
      for (const row of merged.rows) {
        const id = toText(row[merged.columns.id]);
        const r = byId.get(id);
        // Waiting: no decision yet, or one held since it was taken (the school sent again, the registration changed: as
        // "Tổng hợp" counts them), which the council is to look at again.
        // (Without the register's decisions every decision reads as new, held or not by the row alone: not weighed.)
        if (!r || seen.has(id) || (toText(row[merged.columns.decision]) !== REVIEW_DECISIONS.pending && !(recorded && merged.stale.has(id)))) continue;
        seen.add(id);
        waiting.push(r);
      }
      return split(waiting, true);
    }
    // The tab cannot be read (a column renamed): what the council decided is not known — said so, not taken for none
    // (review r67s F3).
    return { ...split(inForce.filter((r) => r.verdict === 'dat'), false), unread: true };
  }
  return split(inForce.filter((r) => r.verdict === 'dat'), false);
}

export interface DigestInput {
  output: EvaluateOutput;
  config: OfficeConfig;
  now: Date;
  /** The last digest sent, or null for the first. */
  base: DigestBaseline | null;
  /** The "Thẩm định" tab as read (header first), or null when there is none. */
  reviewValues: readonly (readonly unknown[])[] | null;
  /** The council's decisions as the register of codes recorded them (recordedDecisions); none when not given. */
  recorded?: ReadonlyMap<string, DecisionSnapshot>;
  /**
   * "Lịch sử thẩm định" as read (header first), or null when there is none or it was not read: its lines of automatic
   * verdict changes since the last digest name the registrations whose verdict turned for another reason than their
   * school's sending (a row deleted, "Tiêu chí" or "Cấu hình" edited: review r67s F4).
   */
  historyValues?: readonly (readonly unknown[])[] | null;
  sheetUrl: string;
}

/** The first DIGEST_LIST_MAX of `items`, and where the office finds the rest (review read-outputs M4: "in the sheet"). */
function capped(items: string[], tab: string): string[] {
  return items.length <= DIGEST_LIST_MAX ? items : [...items.slice(0, DIGEST_LIST_MAX), DIGEST_EMAIL.more(items.length - DIGEST_LIST_MAX, tab)];
}

const nameOf = (r: EvaluatedRegistration) => r.name || '…';
const kindOf = (r: EvaluatedRegistration) => (r.kind ? KIND_LABELS[r.kind] : DIGEST_EMAIL.unknownKindLabel);
const schoolOf = (r: EvaluatedRegistration) => (r.school ? r.school.name : r.schoolName);

/**
 * The registrations in force whose verdict the calendar alone changed since the last digest (the interim review, a
 * school year that starts to count), each with the day that changed it (ms):
 * - one neither sent nor edited since the last digest: evaluated again as of the last digest (only on a week in which
 *   such a day passed: calendarEvents);
 * - one sent or edited since, before such a day: evaluated as of the eve of the last day after its sending that turned
 *   it, as the school's notice of the turn (notices.ts calendarTurns) — its confirmation told the verdict of that eve,
 *   not today's (review mail L13: listed only as "Sửa", the calendar's count fell short of the notices sent).
 */
function calendarFlips(output: EvaluateOutput, config: OfficeConfig, base: DigestBaseline, days: readonly number[]): { lines: string[]; dayOf: Map<string, number>; ids: Set<string> } {
  const then: OfficeConfig = { ...config, today: new Date(base.at) };
  const eves = days.map((at) => ({ at, config: { ...config, today: new Date(at - 1) } }));
  const catalogue = output.catalogue || [];
  const lines: string[] = [];
  const dayOf = new Map<string, number>();
  const ids = new Set<string>();
  for (const r of output.registrations) {
    if (r.flags.supersededBy) continue;
    let before: Verdict | null = null;
    if (sentSince(r, base) === null) {
      const v = evaluateCompact(r, catalogue, then).verdict;
      if (v !== r.verdict) before = v;
    } else if (r.submittedAt !== null) {
      // From the last day back: the first eve whose verdict is not today's is the eve of the last day that turned it.
      for (let i = eves.length - 1; i >= 0 && r.submittedAt.getTime() < eves[i].at; i--) {
        const v = evaluateCompact(r, catalogue, eves[i].config).verdict;
        if (v === r.verdict) continue;
        before = v;
        dayOf.set(r.id, eves[i].at);
        break;
      }
    }
    if (before !== null) lines.push(DIGEST_EMAIL.flipLine(r.id, schoolOf(r), kindOf(r), nameOf(r), VERDICT_LABELS[before], VERDICT_LABELS[r.verdict])), ids.add(r.id);
  }
  return { lines, dayOf, ids };
}

/**
 * The lines of "Lịch sử thẩm định" (header first) that record an automatic verdict change (no decision of the
 * council's: core/history.ts verdictLines) after `since` and until `now`, of a registration not in `listed`, in their
 * order: its code, school, name and the change as the tab says it. A tab whose columns cannot be found gives none.
 */
export function verdictTurnsSince(values: readonly (readonly unknown[])[] | null | undefined, since: number, now: number, listed: ReadonlySet<string>): { id: string; school: string; name: string; change: string }[] {
  if (!values || values.length < 2) return [];
  const header = values[0].map((h) => matchKey(h));
  const col = (titles: readonly string[]) => header.findIndex((h) => titles.some((t) => matchKey(t) === h));
  const cTime = col([HISTORY_HEADER[0], ...HISTORY_HEADERS_EARLIER.map((h) => h[0])]);
  const [cId, cSchool, cName, cChange, cDecision] = [1, 2, 3, 4, 5].map((k) => col([HISTORY_HEADER[k]]));
  if (cTime < 0 || cId < 0 || cChange < 0 || cDecision < 0) return [];
  const out: { id: string; school: string; name: string; change: string }[] = [];
  for (let i = 1; i < values.length; i++) {
    const row = values[i];
    const at = row[cTime];
    if (!(at instanceof Date) || !(at.getTime() > since) || at.getTime() > now || toText(row[cDecision]) !== '') continue;
    const id = toText(row[cId]);
    if (id === '' || listed.has(id)) continue;
    out.push({ id, school: cSchool >= 0 ? toText(row[cSchool]) : '', name: cName >= 0 ? toText(row[cName]) : '', change: toText(row[cChange]) });
  }
  return out;
}

/**
 * Whether a registration arrived ('new') or was edited ('edited') since the last digest, or neither (null). A
 * registration is known by when it was first sent (the register of codes), never by its row: the office may sort the
 * response tab or delete a row, after which a new response lands on a row the last digest had already seen. Only a
 * row without any time falls back to the highest row the last digest saw.
 */
function sentSince(r: EvaluatedRegistration, base: DigestBaseline): 'new' | 'edited' | null {
  const first = r.firstSubmittedAt ?? r.submittedAt;
  if (first === null) return r.row > base.maxRow ? 'new' : null;
  if (first.getTime() > base.at) return 'new';
  return r.submittedAt !== null && r.submittedAt.getTime() > base.at ? 'edited' : null;
}

/**
 * The schools' duties as of `cfg.today` (every registration, superseded ones too, and every report of each school), as
 * evaluate.ts judges them: for a digest whose evaluation was made on the day "Ngày kiểm tra" fixes.
 */
function dutiesAt(output: EvaluateOutput, cfg: OfficeConfig): SchoolDutyResult[] {
  const regs = new Map<string, Registration[]>();
  for (const r of output.registrations) if (r.school) (regs.get(r.school.key) ?? regs.set(r.school.key, []).get(r.school.key)!).push(r);
  const reports = new Map<string, ProgressReport[]>();
  for (const r of output.reports) if (r.school) (reports.get(r.school.key) ?? reports.set(r.school.key, []).get(r.school.key)!).push(r);
  return output.directory.schools.map((s) => evaluateSchoolDuties(s, regs.get(s.key) ?? [], reports.get(s.key) ?? [], output.catalogue || [], cfg));
}

/**
 * The digest, the baseline it establishes, and the blocks and preheader it renders (kept for a digest in parts:
 * digestKeptChunks). Every piece of form text goes through render().
 */
export function digestEmail(input: DigestInput, to: string): { email: Email; baseline: DigestBaseline; blocks: Block[]; preheader: string } {
  const { output, config, now, base } = input;
  const org = config.organisation;
  const counts = digestCounts(output.registrations);
  let maxRow = 0;
  for (const r of output.registrations) if (r.row > maxRow) maxRow = r.row;
  const blocks: Block[] = [{ text: DIGEST_EMAIL.greeting }, { text: DIGEST_EMAIL.intro(config.period.name, minuteOnDay(now)) }];
  // "Ngày kiểm tra" fixes the day of the checks: said first, with the day each part of the digest uses (review now N7).
  const fixedNote = todayFixedNote(config, now);
  if (fixedNote) blocks.push({ text: fixedNote }, { text: DIGEST_EMAIL.todayFixed(formatDate(config.today), formatDate(now)) });

  // ---- counts by kind and verdict, with the change since the last digest
  const since = base ? minuteOnDay(new Date(base.at)) : '';
  const line = (label: string, idx: number[]) => {
    const sum = (c: number[], v: number) => idx.reduce((s, k) => s + c[k * 3 + v], 0);
    const four = (c: number[]) => [sum(c, 0) + sum(c, 1) + sum(c, 2), sum(c, 0), sum(c, 1), sum(c, 2)];
    const now4 = four(counts);
    const before = base ? four(base.counts) : null;
    return DIGEST_EMAIL.countsLine(label, now4, before ? now4.map((n, i) => n - before[i]) : null);
  };
  const countItems = [line(DIGEST_EMAIL.totalLabel, [0, 1, 2]), line(KIND_LABELS.collective, [0]), line(KIND_LABELS.individual, [1])];
  if (counts[6] + counts[7] + counts[8] > 0 || (base && base.counts[6] + base.counts[7] + base.counts[8] > 0)) {
    countItems.push(line(DIGEST_EMAIL.unknownKindLabel, [2]));
  }
  blocks.push({ title: DIGEST_EMAIL.countsTitle, items: countItems });
  /** The registrations sent or edited since the last digest whose verdict a day of the calendar turned since, by id: that day. */
  let turnedOn = new Map<string, number>();
  /** The registrations the calendar block lists. */
  let calendarIds = new Set<string>();
  if (base && counts.some((n, i) => n !== base.counts[i])) {
    blocks.push({ text: DIGEST_EMAIL.deltaNote(since) });
    // Days passed since the last digest on which verdicts change by the calendar alone (validate.ts).
    const calendar = calendarEvents(config, output.catalogue || [], new Date(base.at), now);
    if (calendar.length) {
      blocks.push({ title: CALENDAR_CHANGES_TITLE, items: calendar.map((e) => e.text) });
      const flips = calendarFlips(output, config, base, calendar.map((e) => e.at));
      turnedOn = flips.dayOf;
      calendarIds = flips.ids;
      // The days of those on which the schools' notices tell no turn (turningDays), named as not e-mailed.
      const told = new Set(turningDays(config, output.catalogue || [], new Date(base.at), now).map((e) => e.at));
      const untold = calendar.filter((e) => !told.has(e.at)).map((e) => formatDate(new Date(e.at)));
      if (flips.lines.length) blocks.push({ title: DIGEST_EMAIL.flipsTitle(flips.lines.length, untold), items: capped(flips.lines, HISTORY_TAB) });
    }
  }

  // ---- new and edited registrations since the last digest
  let changedCount: number | null = null;
  if (!base) blocks.push({ text: DIGEST_EMAIL.firstDigest });
  else {
    // Which registrations each one replaces (a new registration of the same subject: src/core/duplicates.ts), so that
    // the list says why the totals rose by less than the new ones; a replaced registration is no longer in force.
    const replaced = new Map<string, string[]>();
    for (const r of output.registrations) {
      const by = r.flags.supersededBy;
      if (by) replaced.set(by, [...(replaced.get(by) ?? []), r.id]);
    }
    const changed: string[] = [];
    // Those that do not count, after those that do (a list cut short shows what counts first).
    const notCounted: string[] = [];
    const listed = new Set(calendarIds);
    const byId = new Map(output.registrations.map((r) => [r.id, r]));
    for (const r of output.registrations) {
      const how = sentSince(r, base);
      if (how === null) continue;
      const by = r.flags.supersededBy ? byId.get(r.flags.supersededBy) : undefined;
      if (r.flags.supersededBy) {
        // Replaced: named on its replacement's line ("thay phiếu …") when that one is listed too; else on a line of its
        // own, not counted (review r83e F1: one arrived replaced — a teacher's own registration after her school's, its
        // school told to report it to the office — left the digest saying no registration had arrived).
        if (by && !by.flags.supersededBy && sentSince(by, base) !== null) continue;
        listed.add(r.id);
        const from = r.flags.unverified ? firstSenderOf(r) : '';
        notCounted.push(DIGEST_EMAIL.supersededLine(how === 'new', r.id, schoolOf(r), kindOf(r), nameOf(r), r.flags.supersededBy, from));
        continue;
      }
      // Listed, with the registrations it replaces (said on its line: "thay phiếu …").
      listed.add(r.id);
      for (const id of replaced.get(r.id) ?? []) listed.add(id);
      const turned = turnedOn.get(r.id);
      changed.push(DIGEST_EMAIL.changeLine(how === 'new', r.id, schoolOf(r), kindOf(r), nameOf(r), VERDICT_LABELS[r.verdict], replaced.get(r.id) ?? [], turned === undefined ? null : formatDate(new Date(turned))));
    }
    changed.push(...notCounted);
    blocks.push(changed.length ? { title: DIGEST_EMAIL.changesTitle(since), items: capped(changed, TAB.results) } : { text: DIGEST_EMAIL.noChanges(since) });
    changedCount = changed.length;
    // The verdicts that turned for another reason since (a response row deleted, "Tiêu chí" or "Cấu hình" edited, another
    // registration of the same subject), as "Lịch sử thẩm định" recorded them: named, not left as a change of the counts.
    const turns = verdictTurnsSince(input.historyValues, base.at, now.getTime(), listed);
    if (turns.length) blocks.push({ title: DIGEST_EMAIL.otherTurnsTitle(new Set(turns.map((t) => t.id)).size, since), items: capped(turns.map((t) => DIGEST_EMAIL.otherTurnLine(t.id, t.school, t.name, t.change)), HISTORY_TAB) });
  }

  // ---- plans and reports received since the last digest: what the office reads and totals (review reports L3)
  if (base) {
    const received = output.reports.filter((r) => r.submittedAt !== null && r.submittedAt.getTime() > base.at && r.submittedAt.getTime() <= now.getTime());
    if (received.length) blocks.push({ title: DIGEST_EMAIL.reportsTitle(since), items: capped(received.map((r) => DIGEST_EMAIL.reportLine(r.school ? r.school.name : r.schoolName, r.period ? r.period.label : r.periodLabel, !!r.period && reportHasEvidence(r))), TAB.reports) });
  }

  // ---- schools short of the minimum (III.1), and plans/reports past their deadline
  // Judged as of today, as the reports due are (review now N7: with "Ngày kiểm tra" fixed, the duties of the evaluation
  // are that day's — a school year not begun then asked nobody for anything, and the digest said every school had it).
  const dutiesDay: OfficeConfig = config.todayFixed ? { ...config, today: now } : config;
  const duties = config.todayFixed ? dutiesAt(output, dutiesDay) : output.schoolDuties;
  // The school years that closed short (a fact, "Chưa đạt") apart from the one still open, which the schools can still
  // fill ("Cần bổ sung"): on 1 September every school is yet to register for the year just begun (review openyear).
  const minimum: string[] = [];
  const openShort: string[] = [];
  let openYear: number | null = null;
  for (const d of duties) {
    if (!d.lacking.length) continue;
    const closed = d.lacking.filter((l) => l.state !== 'open');
    if (closed.length) minimum.push(DIGEST_EMAIL.minimumLine(d.schoolName, dutyTextLacking(closed)));
    const open = d.lacking.find((l) => l.state === 'open');
    if (open) (openYear = open.year), openShort.push(DIGEST_EMAIL.minimumOpenLine(d.schoolName, lackingWhat(open)));
  }
  if (minimum.length) blocks.push({ title: DIGEST_EMAIL.minimumTitle(minimum.length, minimumParts(output)), items: capped(minimum, SUMMARY_TAB) });
  if (openYear !== null) {
    const title = DIGEST_EMAIL.minimumOpenTitle(`${openYear}-${openYear + 1}`, registrationYearLastDay(dutiesDay, openYear), openShort.length, minimumParts(output));
    blocks.push({ title, items: capped(openShort, SUMMARY_TAB) });
  }
  if (!minimum.length && openYear === null)
    blocks.push({
      // Switched to "Không" in "Tiêu chí" (review r67t #5): nobody is short because nobody is asked, not because all did it.
      text: !minimumIsRequired(output) ? DIGEST_EMAIL.minimumNotRequired : registrationYears(dutiesDay).length ? DIGEST_EMAIL.minimumAllMetOf(minimumParts(output)) : DIGEST_EMAIL.minimumNoYear(formatDate(dutiesDay.today), minimumParts(output)),
    });
  // A deadline that is a stand-in (review now N3) makes nothing overdue: the office is setting it again.
  // Nor does a plan or report the office switched to "Không" in "Tiêu chí" (review r67t #5).
  const due = reportingPeriods(config.period).filter((p) => deadlinePassed(p.deadline, now) && !periodDeadlineUnsettled(config, p.kind) && reportRequired(output, p.kind));
  const overdue: string[] = [];
  for (const s of output.directory.schools) {
    // The office itself owes no plan or report (review diff35 H2).
    if (s.office) continue;
    const items: string[] = [];
    for (const p of due) {
      const st = reportStatus(output.reports, s, p.id);
      if (st === 'missing') items.push(DIGEST_EMAIL.overdueMissing(p.label, p.kind !== 'plan'));
      else if (st === 'noEvidence') {
        // Only from another listed school's address: that is what keeps it from counting (review d63 F6), not its number.
        const other = otherSchoolReportOf(output.reports, s.key, p.id);
        items.push(other ? DIGEST_EMAIL.overdueOtherSchool(p.label, p.kind !== 'plan', other.sender) : DIGEST_EMAIL.overdueNoEvidence(p.label, p.kind !== 'plan'));
      }
    }
    if (items.length) overdue.push(DIGEST_EMAIL.overdueLine(s.name, items));
  }
  if (overdue.length) blocks.push({ title: DIGEST_EMAIL.overdueTitle(overdue.length), items: capped(overdue, SUMMARY_TAB) });

  // ---- waiting for the council: the Đạt registrations it has still to decide on, the highest score first
  const waiting = waitingForReview(input.reviewValues, output.registrations, input.recorded);
  blocks.push(
    waiting.list.length
      ? {
          title: waiting.unread ? DIGEST_EMAIL.waitingTitleUnread(waiting.list.length) : DIGEST_EMAIL.waitingTitle(waiting.list.length, waiting.fromTab),
          items: capped(waiting.list.map((r) => DIGEST_EMAIL.waitingLine(r.id, schoolOf(r), kindOf(r), nameOf(r), scoreTotal(r))), REVIEW_TAB),
        }
      : { text: DIGEST_EMAIL.waitingNone },
  );
  if (waiting.others > 0) blocks.push({ text: DIGEST_EMAIL.waitingOthers(waiting.others) });

  // ---- milestones and report deadlines of the next 30 days
  const coming: { date: Date; label: string }[] = [];
  const p = config.period;
  // The plan's own milestone (KE-HOACH) is the deadline of the schools' plans: shown once, with the count sent.
  // A date that is a stand-in (review now N3) is said to be one.
  const standIn = (setting: string) => (dateUnsettled(config, setting) ? DIGEST_EMAIL.standIn : '');
  for (const m of p.milestones) if (m.id !== 'KE-HOACH') coming.push({ date: m.date, label: (m.label || milestoneLabel(m.id, p.startYear, p.endYear)) + standIn(`milestone.${m.id}`) });
  const schools = output.directory.schools.filter((s) => !s.office);
  for (const d of deadlines(config)) {
    if (d.periodId === null) continue;
    const done = schools.filter((s) => reportStatus(output.reports, s, d.periodId!) === 'met').length;
    const kind = d.kind === 'plan' || d.kind === 'halfYear' || d.kind === 'annual' ? d.kind : null;
    // A plan or reports the office switched to "Không" in "Tiêu chí": no deadline the schools owe (review r67s F6).
    if (kind && !reportRequired(output, kind)) continue;
    coming.push({ date: d.date, label: DIGEST_EMAIL.reportDeadline(d.title) + DIGEST_EMAIL.submittedCount(done, schools.length) + (kind ? standIn(periodDeadlineSetting(kind)) : '') });
  }
  const upcoming = coming
    .map((c) => ({ ...c, left: daysUntil(c.date, now) }))
    .filter((c) => c.left >= 0 && c.left <= DIGEST_HORIZON_DAYS)
    .sort((a, b) => a.date.getTime() - b.date.getTime())
    .map((c) => DIGEST_EMAIL.milestoneLine(formatDate(c.date), c.left, c.label));
  blocks.push(
    upcoming.length ? { title: DIGEST_EMAIL.milestonesTitle(DIGEST_HORIZON_DAYS), items: upcoming } : { text: DIGEST_EMAIL.milestonesNone(DIGEST_HORIZON_DAYS) },
  );

  if (input.sheetUrl) blocks.push({ text: DIGEST_EMAIL.sheetLink(input.sheetUrl) });
  blocks.push({ text: DIGEST_EMAIL.footer(org.name) });
  const preheader = DIGEST_EMAIL.preheader(counts.reduce((a, b) => a + b, 0), counts[0] + counts[3] + counts[6], changedCount, waiting.list.length, minimum.length);
  const subject = DIGEST_EMAIL.subject(officeShortName(org), formatDate(now));
  return {
    email: { to, subject, ...render(blocks, preheader) },
    baseline: { at: now.getTime(), counts, maxRow },
    blocks,
    preheader,
  };
}
