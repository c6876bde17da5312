// The council's meeting (Biên bản họp Hội đồng Thi đua - Khen thưởng, issue 15): a small tab the council fills —
// the meeting's fields, its members (present or absent), and the vote on each nominee by registration code. Read
// once per run; pure. Which share of votes a nominee needs is the tab's own setting (default: more than half of all
// the council's members); see docs/award-documents.md for what the law says and what could not be confirmed.
import {
  COUNCIL_FIELDS,
  COUNCIL_FIELD_HELP,
  COUNCIL_MEMBERS_HEADER,
  COUNCIL_PRESENT,
  COUNCIL_TAB_TITLE,
  COUNCIL_VOTES_HEADER,
} from './messages/proposals';
import { matchKey, toText } from './text';

export interface CouncilMember {
  name: string;
  title: string;
  present: boolean;
  reason: string;
}

export interface Vote {
  /** Members in favour / against, when counted; null when only a percentage was given. */
  yes: number | null;
  no: number | null;
  /** The percentage typed (0–100), when given. */
  percent: number | null;
}

export interface Council {
  time: string;
  place: string;
  /** The meeting's date as typed (dd/MM/yyyy), '' when not given. */
  date: string;
  chair: string;
  chairTitle: string;
  secretary: string;
  /** A nominee passes when the share in favour is above this percentage of all members. */
  threshold: number;
  members: CouncilMember[];
  /** Votes by registration code. */
  votes: Map<string, Vote>;
}

export const DEFAULT_THRESHOLD = 50;
type Field = keyof typeof COUNCIL_FIELDS;
const FIELD_KEYS = Object.keys(COUNCIL_FIELDS) as Field[];

/**
 * The tab as setup creates it: title, the fields with their help, the members' and the votes' headers. `chairTitle`:
 * the example of the chair's title, the office kind's (OFFICE_PROFILES: "Giám đốc Sở, Chủ tịch Hội đồng" for a Sở).
 */
export function councilTemplateRows(chairTitle: string): string[][] {
  const rows: string[][] = [[COUNCIL_TAB_TITLE, '', '', '', '']];
  const help = (k: Field) => (k === 'chairTitle' ? `${COUNCIL_FIELD_HELP.chairTitle} ${chairTitle}` : COUNCIL_FIELD_HELP[k]);
  for (const k of FIELD_KEYS) rows.push([COUNCIL_FIELDS[k], k === 'threshold' ? String(DEFAULT_THRESHOLD) : '', help(k), '', '']);
  rows.push(['', '', '', '', '']);
  rows.push([...COUNCIL_MEMBERS_HEADER, '']);
  rows.push(['', '', '', '', '']);
  rows.push(['', '', '', '', '']);
  rows.push([...COUNCIL_VOTES_HEADER]);
  return rows;
}

function number(v: unknown): number | null {
  if (typeof v === 'number' && isFinite(v)) return v;
  const t = toText(v).replace('%', '').replace(',', '.').trim();
  if (t === '' || !/^\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

function dateText(v: unknown): string {
  if (v instanceof Date && !isNaN(v.getTime())) {
    const d = v.getDate();
    const m = v.getMonth() + 1;
    return `${d < 10 ? '0' + d : d}/${m < 10 ? '0' + m : m}/${v.getFullYear()}`;
  }
  return toText(v);
}

/**
 * The council's tab as read (all values), or null when the tab does not exist. Rows are recognised by what their
 * first cell says (a field's name, the members' header, the votes' header), never by position, so the council may
 * add rows and members. Unknown or blank rows are ignored.
 */
export function parseCouncil(values: readonly (readonly unknown[])[] | null): Council | null {
  if (!values) return null;
  const c: Council = { time: '', place: '', date: '', chair: '', chairTitle: '', secretary: '', threshold: DEFAULT_THRESHOLD, members: [], votes: new Map() };
  const fieldByKey = new Map<string, Field>(FIELD_KEYS.map((k) => [matchKey(COUNCIL_FIELDS[k]), k]));
  const membersKey = matchKey(COUNCIL_MEMBERS_HEADER[0]);
  const votesKey = matchKey(COUNCIL_VOTES_HEADER[0]);
  const absentKey = matchKey(COUNCIL_PRESENT.no);
  let section: 'fields' | 'members' | 'votes' = 'fields';
  for (const row of values) {
    const first = matchKey(row[0]);
    if (first === membersKey) {
      section = 'members';
      continue;
    }
    if (first === votesKey) {
      section = 'votes';
      continue;
    }
    const field = fieldByKey.get(first);
    if (field) {
      const v = row[1];
      if (field === 'threshold') {
        const n = number(v);
        if (n !== null && n >= 0 && n < 100) c.threshold = n;
      } else if (field === 'date') c.date = dateText(v);
      else c[field] = toText(v);
      continue;
    }
    if (first === '') continue;
    if (section === 'members') {
      const present = matchKey(row[2]);
      c.members.push({ name: toText(row[0]), title: toText(row[1]), present: present !== absentKey, reason: toText(row[3]) });
    } else if (section === 'votes') {
      const id = toText(row[0]);
      c.votes.set(id, { yes: number(row[2]), no: number(row[3]), percent: number(row[4]) });
    }
  }
  return c;
}

/** Whether the council has met: members listed and at least one vote recorded. */
export function councilMet(c: Council | null): c is Council {
  return !!c && c.members.length > 0 && c.votes.size > 0;
}

export interface VoteOutcome {
  /** Share in favour of all members (0–1), null when no vote was recorded. */
  share: number | null;
  passed: boolean;
  vote: Vote | null;
}

/** The outcome of the vote on a registration: counts over all members, else the percentage typed. */
export function voteOutcome(c: Council, id: string): VoteOutcome {
  const vote = c.votes.get(id) ?? null;
  if (!vote) return { share: null, passed: false, vote: null };
  const total = c.members.length;
  const share = vote.yes !== null && total > 0 ? vote.yes / total : vote.percent !== null ? vote.percent / 100 : null;
  return { share, passed: share !== null && share * 100 > c.threshold, vote };
}
