// The lines of "Lịch sử thẩm định": each change a run finds in the council's decisions or in the automatic verdicts,
// appended, never rewritten (review audit #1, #6). "Thẩm định" shows only what stands now, and the register only a
// fingerprint of it: without these lines, who decided what, when, and what it was before were lost at the next edit.
// Pure.
import type { EvaluatedRegistration } from './evaluate';
import { AWARD_TEXT, HISTORY_CHANGE, REVIEW_DECISIONS } from './messages';
import { COUNCIL_TEXT } from './messages/proposals';
import { voteOutcome, type Council } from './council';
import type { AwardLevel, Nominee, NomineeSelection } from './proposals';
import { shownVerdict, type DecisionSaid, type DecisionSnapshot, type ReviewTab, type VerdictChange } from './review';
import { toParagraph, toText } from './text';

export type HistoryRow = unknown[];

function line(at: Date, id: string, school: string, name: string, change: string, said: Pick<DecisionSaid, 'decision' | 'level' | 'comment' | 'reviewer'> | null, verdict: string): HistoryRow {
  // In the order of HISTORY_HEADER.
  return [at, id, school, name, change, said ? said.decision : '', said ? said.level : '', said ? said.comment : '', said ? said.reviewer : '', verdict];
}

/** A line for each decision a merge found taken, changed or withdrawn (DecisionSnapshot.said), at `at`. */
export function decisionLines(changed: ReadonlyArray<{ id: string; snapshot: DecisionSnapshot }>, at: Date): HistoryRow[] {
  const out: HistoryRow[] = [];
  for (const { id, snapshot } of changed) {
    const said = snapshot.said;
    if (!said) continue;
    out.push(line(at, id, said.school, said.name, HISTORY_CHANGE[said.change] + (said.held ? HISTORY_CHANGE.held : ''), said, said.verdict));
  }
  return out;
}

/**
 * The decisions "Thẩm định" holds (merged), as lines of an office that starts keeping the history with decisions taken:
 * what stood then, so that a later change has something to be read against.
 */
export function baselineLines(review: ReviewTab, at: Date): HistoryRow[] {
  const c = review.columns;
  if (review.error || c.id < 0 || c.decision < 0) return [];
  const cell = (row: readonly unknown[], k: number) => (k >= 0 ? toParagraph(row[k]) : '');
  const out: HistoryRow[] = [];
  for (const row of review.rows) {
    const id = toText(row[c.id]);
    const decision = toText(row[c.decision]);
    if (id === '' || decision === '' || decision === REVIEW_DECISIONS.pending) continue;
    const said = { decision, level: cell(row, c.level), comment: cell(row, c.comment), reviewer: cell(row, c.reviewer) };
    out.push(line(at, id, cell(row, c.school), cell(row, c.name), HISTORY_CHANGE.baseline, said, cell(row, c.verdict)));
  }
  return out;
}

/**
 * A line for each automatic verdict a run changed from what "Thẩm định" showed (verdictChanges); `edited`: the
 * registrations their schools sent or edited, and how sure it is that the edit is the cause (HISTORY_CHANGE.verdict);
 * `updated`: the tool was updated since the last run that wrote "Thẩm định", named among the causes.
 */
export function verdictLines(
  changes: readonly VerdictChange[],
  registrations: readonly EvaluatedRegistration[],
  at: Date,
  edited: { ids: ReadonlySet<string>; cause: 'edit' | 'recent'; edits?: ReadonlySet<string>; calendar?: ReadonlyMap<string, string>; settings?: string; updated?: boolean } = { ids: new Set(), cause: 'recent' },
): HistoryRow[] {
  if (changes.length === 0) return [];
  const byId = new Map(registrations.map((r) => [r.id, r]));
  // The school's edit, a day of the plan's calendar (`calendar`: its dd/MM/yyyy), a recent sending: what is known.
  const cause = (id: string): 'edit' | 'recent' | { calendar: string } | undefined => {
    if (edited.edits?.has(id)) return 'edit';
    if (edited.ids.has(id)) return edited.cause;
    const day = edited.calendar?.get(id);
    return day !== undefined ? { calendar: day } : undefined;
  };
  const out: HistoryRow[] = [];
  for (const ch of changes) {
    const r = byId.get(ch.id);
    const verdict = r ? shownVerdict(r) : ch.now;
    const school = r ? (r.school ? r.school.name : r.schoolName) : (ch.shown?.school ?? '');
    out.push(line(at, ch.id, school, r ? r.name : (ch.shown?.name ?? ''), HISTORY_CHANGE.verdict(ch.was, ch.now, cause(ch.id), edited.settings, r?.flags.supersededBy ? { id: r.flags.supersededBy, withYear: r.kind === 'individual' && r.birthYear !== null } : undefined, edited.updated), null, verdict));
  }
  return out;
}

/**
 * The lines of a batch of award documents: each nominee its Tờ trình proposes, at which level, and each one marked
 * "Đề nghị khen" it leaves out, with why (the council's vote, its lack, a level not in the list, the plan's conditions)
 * — what "Thẩm định" alone does not keep once the meeting's tab is typed over (review audit #8). `dayOf` (dd/MM/yyyy)
 * is the day of the Tờ trình of a level (undefined: the batch's): one kept from an earlier day proposes its nominees on
 * that day, so a batch on another day that makes nothing new says nothing new.
 */
export function batchLines(sel: Pick<NomineeSelection, 'nominees' | 'flagged'>, dayOf: (level: AwardLevel | undefined) => string, at: Date, council: Council | null = null): HistoryRow[] {
  const out: HistoryRow[] = [];
  for (const n of sel.nominees) {
    const level = AWARD_TEXT.short[n.level];
    out.push(line(at, n.id, n.schoolName, n.name, withVote(HISTORY_CHANGE.proposed(level, dayOf(n.level)), council, n), { decision: REVIEW_DECISIONS.propose, level, comment: '', reviewer: '' }, shownVerdict(n.registration)));
  }
  // Those left out are not in any Tờ trình: the day of the batch's documents (its first level's Tờ trình).
  for (const f of sel.flagged) {
    const n = f.nominee;
    out.push(line(at, n.id, n.schoolName, n.name, withVote(HISTORY_CHANGE.notProposed(dayOf(undefined), f.note), council, n), { decision: REVIEW_DECISIONS.propose, level: n.typedLevel ?? AWARD_TEXT.short[n.level], comment: '', reviewer: '' }, shownVerdict(n.registration)));
  }
  return out;
}

/**
 * A batch line's `change` with the council's vote on the nominee (HISTORY_CHANGE.vote) after it — after "; ", or a
 * space when it ends a sentence — as it stands when none was read or trusted.
 */
function withVote(change: string, council: Council | null, n: Pick<Nominee, 'id' | 'name'>): string {
  const vote = voteSaid(council, n);
  return vote === '' ? change : `${change}${change.endsWith('.') ? ' ' : '; '}${vote}`;
}

/** The council's vote on a nominee as a history line says it (HISTORY_CHANGE.vote), '' when none was read or trusted. */
function voteSaid(council: Council | null, n: Pick<Nominee, 'id' | 'name'>): string {
  if (!council) return '';
  const o = voteOutcome(council, n.id, n.name);
  if (!o.vote || o.problem) return '';
  let present = 0;
  let written = 0;
  for (const m of council.members) if (m.present) present++;
  else if (m.written) written++;
  const share = o.share === null ? null : COUNCIL_TEXT.percent(o.share * 100);
  return HISTORY_CHANGE.vote({ date: council.date, yes: o.vote.yes, no: o.vote.no, share, present, written, members: council.members.length, publicity: council.publicity });
}
