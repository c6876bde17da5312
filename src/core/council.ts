// The council's meeting (Biên bản họp Hội đồng Thi đua - Khen thưởng, issue 15): a small tab the council fills —
// the meeting's fields, its members (present or absent), and the vote on each nominee by registration code. Read
// once per run; pure. Which share of votes a nominee needs is the tab's own setting (default: more than half of all
// the council's members; "từ 70% trở lên" reads as at least), and so is its base (all members, or those who voted:
// present, or absent and voting in writing); see docs/award-documents.md for what the law says and what could not be
// confirmed.
//
// The tab is typed by a secretary, in a meeting: read as she meant it, and never trusted where it cannot be right.
// Codes are matched however typed ("dk 15", "DK000015"); a count read from "7/9", "tán thành 7" or the date Sheets
// makes of "7/9"; a percentage stored as a fraction (Sheets stores a typed "80%" as 0.8). A vote row whose numbers
// cannot be right (more in favour than members, a share over 100 %, a count and a share that disagree) is unreadable:
// it passes nobody, and says which cell holds what and why. A member row whose presence cannot be read is named.
import {
  COUNCIL_BASE,
  COUNCIL_FIELDS,
  COUNCIL_FIELD_HELP,
  COUNCIL_MEMBERS_HEADER,
  COUNCIL_PRESENCE,
  COUNCIL_PROBLEM,
  COUNCIL_TAB_TITLE,
  COUNCIL_TEXT,
  COUNCIL_VOTES_HEADER,
  councilNumber,
} from './messages/proposals';
import { codeOf } from './ledger';
import { isTimeOfDay, isValidDate, matchKey, plainKey, timeOfDayText, toText } from './text';

export interface CouncilMember {
  name: string;
  title: string;
  present: boolean;
  reason: string;
  /** Absent, and voted in writing (lấy ý kiến bằng văn bản): counted among those who voted, never as present. */
  written?: boolean;
}

export interface Vote {
  /** The code as typed in the row. */
  code: string;
  /** The name typed beside it ("Tập thể, cá nhân"), '' when left blank: compared with the registration's (voteOutcome). */
  name: string;
  /** Members in favour / against, when counted; null when only a percentage was given. */
  yes: number | null;
  no: number | null;
  /** The percentage (0–100), when given (a fraction as Sheets stores a typed "80%" is read as 80). */
  percent: number | null;
  /** Why the row's numbers cannot be trusted (Vietnamese, quoting the cell); null when they can. */
  problem: string | null;
}

export interface Council {
  time: string;
  place: string;
  /** The meeting's date as typed (dd/MM/yyyy), '' when not given. */
  date: string;
  chair: string;
  chairTitle: string;
  secretary: string;
  /** A nominee passes when the share in favour is above (or, `atLeast`, at least) this percentage of all members. */
  threshold: number;
  /** The threshold says "từ … trở lên" (≥), not "trên" (>). */
  atLeast: boolean;
  /** The threshold as the quy chế's fraction ("2/3"), when so written: printed as such. */
  fraction?: string;
  /** The share is of those who voted (present, or in writing), not of all members (COUNCIL_FIELDS.base). */
  ofVoters: boolean;
  /** When and how the list was made public before the meeting, as typed (COUNCIL_FIELDS.publicity); '' when not. */
  publicity: string;
  members: CouncilMember[];
  /** Votes by registration code as the register writes it ("DK-000015", however it was typed). */
  votes: Map<string, Vote>;
  /**
   * "Thời gian họp" as versions before 2026-12 read its cells (the cell's text, a Date as its day), when `time` says
   * otherwise: a time typed "14:00" was "30/12/1899", a day and hour the day alone, a day and hour typed into "Ngày họp"
   * nothing. Not the meeting's data (the cells are the same): documents made then are matched by it (inputsOf, asRead),
   * so that an update keeps them (review d82a F4). Absent when the two agree.
   */
  timeRead?: string;
  /** What the office is told about how the tab was read (rows not counted as members), Vietnamese. */
  notes: string[];
  /** What keeps every vote from being trusted (a member whose presence cannot be read, a threshold), or null. */
  problem: string | null;
  /**
   * Why the votes typed cannot be applied at all (no member listed beside them; codes typed where no votes' header is),
   * or null. Unlike `problem`, no document may be made from such a tab: read as a council that never met, it would
   * propose those it voted down (review r66b F1).
   */
  unreadable: string | null;
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
  const initial = (k: Field) => (k === 'threshold' ? String(DEFAULT_THRESHOLD) : k === 'base' ? COUNCIL_BASE.total : '');
  for (const k of FIELD_KEYS) rows.push([COUNCIL_FIELDS[k], initial(k), help(k), '', '']);
  rows.push(['', '', '', '', '']);
  rows.push([...COUNCIL_MEMBERS_HEADER, '']);
  rows.push(['', '', '', '', '']);
  rows.push(['', '', '', '', '']);
  rows.push([...COUNCIL_VOTES_HEADER]);
  return rows;
}

/** Where the members' rows are in councilTemplateRows (0-based first row, count): the presence dropdown's range. */
export function councilMemberRows(rows: readonly (readonly unknown[])[]): { from: number; count: number } {
  const head = rows.findIndex((r) => matchKey(r[0]) === matchKey(COUNCIL_MEMBERS_HEADER[0]));
  const votes = rows.findIndex((r) => matchKey(r[0]) === matchKey(COUNCIL_VOTES_HEADER[0]));
  // Every row between the two headers (a member typed into the last one is still a member); rows the secretary
  // inserts among them take the rule with them.
  return { from: head + 1, count: Math.max(1, votes - head - 1) };
}

/**
 * A registration code however the secretary typed it: "dk-000015", "DK 000015", "dk000015", " DK-15 " →
 * "DK-000015"; anything else upper-cased without spaces (matched against no registration, then named).
 */
export function voteCode(v: unknown): string {
  const t = toText(v).toUpperCase().replace(/\s+/g, '');
  // "ĐK" (Đăng ký, Vietnamese Đ or the look-alike Ð), quotes around, a full stop or comma after (review vntext #8).
  const m = /^["'“”‘’(]*[DĐÐ]K[-‐‑–—_.]?(\d{1,9})["'“”‘’)]*[.,;]?$/.exec(t);
  return m ? codeOf(Number(m[1])) : t;
}

/** A cell as the note quotes it: a date as d/m (what was typed), a number with the decimal comma. */
function quoted(v: unknown): string {
  if (v instanceof Date && !isNaN(v.getTime())) return `${v.getDate()}/${v.getMonth() + 1}`;
  if (typeof v === 'number') return councilNumber(v);
  return toText(v);
}

/** A decimal number typed as text ("80", "80,5", "80.5"), or null. */
function decimal(t: string): number | null {
  const s = t.replace(/\s+/g, '').replace(',', '.');
  return /^\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

interface Count {
  n: number | null;
  /** The second number of "7/9" (or the month of the date Sheets made of it). */
  of: number | null;
  bad: string | null;
}

/** A count of members: a whole number, "7/9", "7 / 9", "tán thành 7", or the date Sheets makes of "7/9" (day/month). */
function countCell(v: unknown): Count {
  if (v === null || v === undefined || v === '') return { n: null, of: null, bad: null };
  if (v instanceof Date) return isNaN(v.getTime()) ? { n: null, of: null, bad: COUNCIL_PROBLEM.notNumber } : { n: v.getDate(), of: v.getMonth() + 1, bad: null };
  if (typeof v === 'number') {
    // "40%" typed into the count column: Sheets stores 0.4.
    if (v > 0 && v < 1) return { n: null, of: null, bad: COUNCIL_PROBLEM.percentInCount };
    if (!isFinite(v) || v < 0 || !Number.isInteger(v)) return { n: null, of: null, bad: COUNCIL_PROBLEM.notWhole };
    return { n: v, of: null, bad: null };
  }
  const t = toText(v);
  if (t === '') return { n: null, of: null, bad: null };
  if (t.indexOf('%') >= 0) return { n: null, of: null, bad: COUNCIL_PROBLEM.percentInCount };
  if (/\d\s*[.,]\s*\d/.test(t) || /-\s*\d/.test(t)) return { n: null, of: null, bad: COUNCIL_PROBLEM.notWhole };
  const ratio = /(\d+)\s*\/\s*(\d+)/.exec(t);
  if (ratio) return { n: Number(ratio[1]), of: Number(ratio[2]), bad: null };
  const first = /\d+/.exec(t);
  return first ? { n: Number(first[0]), of: null, bad: null } : { n: null, of: null, bad: COUNCIL_PROBLEM.notNumber };
}

/**
 * A percentage: a number (≤ 1: a fraction, as Sheets stores a typed "80%" — a council's share is never under 1 %),
 * or text "80", "80%", "80,5 %". `bad`: why it cannot be read.
 */
function percentCell(v: unknown): { p: number | null; bad: string | null } {
  if (v === null || v === undefined || v === '') return { p: null, bad: null };
  if (typeof v === 'number') {
    if (!isFinite(v)) return { p: null, bad: COUNCIL_PROBLEM.notNumber };
    return { p: v >= 0 && v <= 1 ? roundPercent(v * 100) : v, bad: null };
  }
  if (typeof v !== 'string') return { p: null, bad: COUNCIL_PROBLEM.notNumber };
  const t = toText(v);
  if (t === '') return { p: null, bad: null };
  const sign = t.indexOf('%') >= 0;
  const n = decimal(t.replace('%', ''));
  if (n === null) return { p: null, bad: COUNCIL_PROBLEM.notNumber };
  // "0,8" typed as text (a cell formatted as text) is the fraction; "0,8%" says what it means.
  return { p: !sign && n <= 1 ? roundPercent(n * 100) : n, bad: null };
}

/** 0.9 × 100 is 90.00000000000001: percentages kept to 6 decimals. */
function roundPercent(p: number): number {
  return Math.round(p * 1e6) / 1e6;
}

const AT_LEAST_WORDS = /^(từ|tu|≥|>=)\s*|\s*(trở lên|tro len)$/g;
const ABOVE_WORDS = /^(trên|tren|>(?!=))\s*/;

/**
 * The threshold cell: a number (below 1: a fraction, as Sheets stores "70%") means "trên" (more than); "từ 70",
 * "≥ 70", "70 trở lên", "từ 70% trở lên" mean at least; "trên 70", "> 70" more than. A quy chế's fraction ("2/3", "từ
 * 2/3 trở lên", "trên 1/2"; typed alone, Sheets makes "2/3" the date 2 March) is kept as `fraction`, the documents
 * print it as written (review council-day L-a: "từ 66,67" refused exactly 6 of 9). Null when unreadable.
 */
export function parseThreshold(v: unknown): { threshold: number; atLeast: boolean; fraction?: string } | null {
  let atLeast = false;
  let n: number | null;
  let fraction: string | undefined;
  if (v instanceof Date && !isNaN(v.getTime())) {
    // A fraction below 1 Sheets made a date (day/month): "2/3" is 2 March.
    if (v.getDate() >= v.getMonth() + 1) return null;
    fraction = `${v.getDate()}/${v.getMonth() + 1}`;
    n = v.getDate() / (v.getMonth() + 1);
  } else if (typeof v === 'number') n = isFinite(v) ? v : null;
  else {
    let t = matchKey(v);
    if (t === '') return { threshold: DEFAULT_THRESHOLD, atLeast: false };
    // "Quá bán", "quá nửa": more than half, as quy chế often say it.
    if (/^(qua ban|qua nua)( so thanh vien)?$/.test(plainKey(toText(v)))) return { threshold: 50, atLeast: false };
    const above = ABOVE_WORDS.test(t);
    t = t.replace(ABOVE_WORDS, '');
    const stripped = t.replace(AT_LEAST_WORDS, '');
    atLeast = stripped !== t;
    if (above && atLeast) return null;
    const ratio = /^(\d+)\s*\/\s*(\d+)$/.exec(stripped.trim());
    if (ratio && Number(ratio[1]) > 0 && Number(ratio[1]) < Number(ratio[2])) {
      fraction = `${Number(ratio[1])}/${Number(ratio[2])}`;
      n = Number(ratio[1]) / Number(ratio[2]);
    } else n = decimal(stripped.replace('%', ''));
  }
  if (n === null || n < 0) return null;
  const threshold = n < 1 ? roundPercent(n * 100) : n;
  if (atLeast ? threshold <= 0 || threshold > 100 : threshold >= 100) return null;
  return fraction ? { threshold, atLeast, fraction } : { threshold, atLeast };
}

/**
 * "Thời gian họp" as the secretary typed it: a time ("14:00", which Sheets stores on 30/12/1899) as the cell shows it;
 * a day and hour ("01/07/2024 14:00") as "14:00 ngày 01/07/2024"; a day alone, or words, as before. The day's Date alone
 * printed 30/12/1899, or dropped the hour (review r82p F1, F3).
 */
function meetingTimeText(v: unknown): string {
  if (isTimeOfDay(v)) return timeOfDayText(v);
  if (isValidDate(v) && (v.getHours() || v.getMinutes() || v.getSeconds())) return COUNCIL_TEXT.meetingTime(timeOfDayText(v), dateText(v));
  return toText(v);
}

function dateText(v: unknown): string {
  if (v instanceof Date && !isNaN(v.getTime())) {
    const d = v.getDate();
    const m = v.getMonth() + 1;
    return `${d < 10 ? '0' + d : d}/${m < 10 ? '0' + m : m}/${v.getFullYear()}`;
  }
  return toText(v);
}

const PRESENT_KEYS = new Set(COUNCIL_PRESENCE.present.map(matchKey));
const ABSENT_KEYS = new Set(COUNCIL_PRESENCE.absent.map(matchKey));
const WRITTEN_KEYS = new Set(COUNCIL_PRESENCE.written.map(matchKey));
/** A reason for absence that says the member voted in writing ("đi công tác, gửi ý kiến bằng văn bản"); not "xin phép bằng văn bản". */
const WRITTEN_REASON = /(y kien|phieu|bieu quyet) bang van ban/;

/**
 * Whether a reason for absence says the member voted in writing: not when it says they did not ("không gửi ý kiến bằng
 * văn bản", "chưa có phiếu bằng văn bản"; review diff41 M2).
 */
export function reasonSaysWritten(reason: string): boolean {
  const k = plainKey(reason);
  const m = WRITTEN_REASON.exec(k);
  // The negation within the same clause: "không dự, có ý kiến bằng văn bản" did vote in writing.
  return !!m && !/(^|\s)(khong|chua)(\s+[^\s,.;:]+){0,2}\s*$/.test(k.slice(0, m.index));
}

/**
 * Present (true), absent (false), absent but voted in writing ('written'), or unreadable (null): "Có", "Có mặt", "x",
 * "✓"; "Vắng", "Vắng mặt", "Không", "V"; "Vắng, có ý kiến bằng văn bản".
 */
function presence(v: unknown): boolean | 'written' | null {
  if (typeof v === 'boolean') return v; // a checkbox
  const k = matchKey(v);
  if (PRESENT_KEYS.has(k)) return true;
  if (ABSENT_KEYS.has(k)) return false;
  if (WRITTEN_KEYS.has(k)) return 'written';
  return null;
}

/** The base of COUNCIL_FIELDS.base as typed: of those who voted (true), of all members (false), unreadable (null). */
function parseBase(v: unknown): boolean | null {
  const k = plainKey(toText(v));
  // "Tổng số thành viên có mặt" is of those who voted (review diff41 M1); "toàn thể thành viên, kể cả người không dự
  // họp" of all (diff42 M3); words of both kinds ("tất cả thành viên dự họp") are not guessed: the cell is named.
  const all = /toan the|tat ca|ke ca/.test(k);
  const voted = /du hop|co mat|bieu quyet|tham gia|tham du/.test(k);
  if (all && voted) return null;
  if (voted) return true;
  return k === '' || all || k.includes('tong so') ? false : null;
}

/** Whether a cell reads as a person's name: two to seven words of letters (not "Tổng số: 9 thành viên"). */
function looksLikeName(name: string): boolean {
  const words = name.split(/\s+/).filter((w) => w !== '');
  return words.length >= 2 && words.length <= 7 && words.every((w) => /^[\p{L}.'’-]+$/u.test(w));
}

interface RawVote {
  code: string;
  name: string;
  cells: unknown[];
}

/**
 * The council's tab as read (all values), or null when the tab does not exist. Rows are recognised by what their
 * label cell says (a field's name, the members' header, the votes' header), never by position, so the council may
 * add rows and members. The labels are in column A as setup made the tab, or in the column a column inserted at the
 * left moved them to (an "STT" column, review r66b F1); the members' and the votes' cells are found under their own
 * headers, wherever a column was inserted. Blank rows are ignored; a row among the members that is no member (a note:
 * no title, no presence, not a name) is named in `notes`, not counted. Votes that cannot be applied at all (no member
 * listed, or codes typed where no votes' header is) are `unreadable`.
 */
export function parseCouncil(values: readonly (readonly unknown[])[] | null): Council | null {
  if (!values) return null;
  const c: Council = {
    time: '',
    place: '',
    date: '',
    chair: '',
    chairTitle: '',
    secretary: '',
    threshold: DEFAULT_THRESHOLD,
    atLeast: false,
    ofVoters: false,
    publicity: '',
    members: [],
    votes: new Map(),
    notes: [],
    problem: null,
    unreadable: null,
  };
  const fieldByKey = new Map<string, Field>(FIELD_KEYS.map((k) => [matchKey(COUNCIL_FIELDS[k]), k]));
  const membersKey = matchKey(COUNCIL_MEMBERS_HEADER[0]);
  const titleKey = matchKey(COUNCIL_TAB_TITLE);
  const votesKey = matchKey(COUNCIL_VOTES_HEADER[0]);
  const found = labelColumn(values, (k) => k === membersKey || k === votesKey || k === titleKey || fieldByKey.has(k));
  const at = Math.max(0, found);
  let memberColumns = COUNCIL_MEMBERS_HEADER.map((_, k) => at + k);
  let voteColumns = COUNCIL_VOTES_HEADER.map((_, k) => at + k);
  const unknownPresence: string[] = [];
  const raw: RawVote[] = [];
  // Rows holding a registration code above the votes' header (its row deleted, or typed over): votes the tool cannot
  // read as votes, which must not be taken for a council that never met.
  let codesOutside = 0;
  // Whether the members' header row is there: votes with no member under a header that is missing tell another fix.
  let membersHeader = false;
  let section: 'fields' | 'members' | 'votes' = 'fields';
  // "Thời gian họp" holds a time of day alone (its day is "Ngày họp").
  let timeOfDay = false;
  // "Thời gian họp" as versions before 2026-12 read it (Council.timeRead).
  let timeRead = '';
  // The hour "Ngày họp" holds with its day ("01/07/2024 14:00" typed), '' when none.
  let dateHour = '';
  for (const row of values) {
    const first = matchKey(row[at]);
    if (first === membersKey) {
      section = 'members';
      membersHeader = true;
      memberColumns = headerColumns(row, COUNCIL_MEMBERS_HEADER, at);
      continue;
    }
    if (first === votesKey) {
      section = 'votes';
      voteColumns = headerColumns(row, COUNCIL_VOTES_HEADER, at);
      continue;
    }
    const field = fieldByKey.get(first);
    if (field) {
      const v = row[at + 1];
      if (field === 'threshold') {
        const t = parseThreshold(v);
        if (t) {
          c.threshold = t.threshold;
          c.atLeast = t.atLeast;
          if (t.fraction) c.fraction = t.fraction;
        } else c.problem = COUNCIL_PROBLEM.threshold(COUNCIL_FIELDS.threshold, quoted(v));
      } else if (field === 'base') {
        const b = parseBase(v);
        if (b === null) c.problem ??= COUNCIL_PROBLEM.base(quoted(v));
        else c.ofVoters = b;
      } else if (field === 'date') {
        c.date = dateText(v);
        dateHour = !isTimeOfDay(v) && isValidDate(v) && (v.getHours() || v.getMinutes() || v.getSeconds()) ? timeOfDayText(v) : '';
      }
      // A day alone, as Sheets makes of one typed: "ngày 20/08/2024" (review diff44 L3).
      else if (field === 'publicity') c.publicity = v instanceof Date ? `ngày ${dateText(v)}` : toText(v);
      else if (field === 'time') {
        c.time = meetingTimeText(v);
        timeOfDay = isTimeOfDay(v);
        timeRead = toText(v);
      }
      else c[field] = toText(v);
      continue;
    }
    if (section === 'fields') {
      if (first === '') continue;
      if (isCode(row[at])) codesOutside++;
      // A row there with a value beside it (a second threshold, per award level) is one the tool does not read: said,
      // never dropped silently (review council-day M3). A heading or the tab's title has none.
      else if (toText(row[at + 1]) !== '' && first !== titleKey) c.notes.push(COUNCIL_PROBLEM.unknownField(toText(row[at])));
    } else if (section === 'members') {
      const name = toText(row[memberColumns[0]]);
      if (name === '') continue;
      if (isCode(name)) {
        codesOutside++;
        continue;
      }
      const title = toText(row[memberColumns[1]]);
      const reason = toText(row[memberColumns[3]]);
      const said = presence(row[memberColumns[2]]);
      // Voted in writing when the presence cell says so, or the reason does and the cell does not say present; any
      // other reason for absence says absent, whatever the presence cell says ("Có" with a reason: absent, as before).
      const p = said === 'written' || (said !== true && reasonSaysWritten(reason)) ? 'written' : reason !== '' ? false : said;
      if (p === null && title === '' && !looksLikeName(name)) {
        c.notes.push(COUNCIL_PROBLEM.notMember(name));
        continue;
      }
      if (p === null) unknownPresence.push(name);
      c.members.push({ name, title, present: p === true, reason, ...(p === 'written' ? { written: true } : {}) });
    } else {
      const code = toText(row[voteColumns[0]]);
      if (code === '') continue;
      raw.push({ code, name: toText(row[voteColumns[1]]), cells: [row[voteColumns[2]], row[voteColumns[3]], row[voteColumns[4]]] });
    }
  }
  // Something typed but no label of the tab anywhere (its labels' column deleted, or typed over): nothing can be read
  // of it, least of all whether the council met.
  if (found < 0 && values.some((row) => row.some((v) => toText(v) !== ''))) c.unreadable = COUNCIL_PROBLEM.noLabels;
  else if (codesOutside > 0) c.unreadable = COUNCIL_PROBLEM.votesWithoutHeader(codesOutside);
  else if (raw.length > 0 && c.members.length === 0) c.unreadable = membersHeader ? COUNCIL_PROBLEM.votesWithoutMembers(raw.length) : COUNCIL_PROBLEM.membersWithoutHeader;
  // "14:00" typed (a time to Sheets) is on the day "Ngày họp" gives, when it gives one: the Biên bản's "cùng ngày" needs it.
  if (timeOfDay && /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(c.date)) c.time = COUNCIL_TEXT.meetingTime(c.time, c.date);
  // "Thời gian họp" left empty and "Ngày họp" typed with its hour: the hour is the meeting's time, on that day, as if
  // typed above (review d82a F5: the Biên bản printed the day alone).
  else if (c.time === '' && dateHour !== '') c.time = COUNCIL_TEXT.meetingTime(dateHour, c.date);
  if (c.time !== timeRead) c.timeRead = timeRead;
  if (unknownPresence.length && !c.problem) c.problem = COUNCIL_PROBLEM.presence(unknownPresence);
  const total = c.members.length;
  const present = c.members.filter((m) => m.present).length;
  const written = c.members.filter((m) => m.written).length;
  // Fewer than two thirds present (those who voted in writing were not at the meeting): said once, not refused.
  if (total > 0 && raw.length > 0 && present * 3 < total * 2) c.notes.push(COUNCIL_PROBLEM.fewPresent(present, total));
  for (const r of raw) {
    const code = voteCode(r.code);
    const vote = readVote(r, code, { total, present, written, ofVoters: c.ofVoters });
    const earlier = c.votes.get(code);
    if (earlier && !voteNameAgrees(earlier.name, vote.name)) earlier.problem = COUNCIL_PROBLEM.twiceNamed(code, earlier.name, vote.name);
    else if (earlier && !sameNumbers(earlier, vote)) earlier.problem = COUNCIL_PROBLEM.twice(code);
    else if (!earlier) c.votes.set(code, vote);
  }
  return c;
}

/** The column of the tab's labels: the first cell (row by row) holding one (`isLabel`, of its matchKey); -1: none. */
function labelColumn(values: readonly (readonly unknown[])[], isLabel: (key: string) => boolean): number {
  for (const row of values) {
    for (let j = 0; j < row.length; j++) {
      const k = matchKey(row[j]);
      if (k !== '' && isLabel(k)) return j;
    }
  }
  return -1;
}

/**
 * The column of each of a section's headers in its header row (from the label column `at` on), so that a column
 * inserted among them moves nothing; a header retyped otherwise keeps its place after the first (`at` + its index).
 */
function headerColumns(row: readonly unknown[], header: readonly string[], at: number): number[] {
  const keys = row.map((v) => matchKey(v));
  return header.map((h, k) => {
    const j = keys.indexOf(matchKey(h), at);
    return j >= 0 ? j : at + k;
  });
}

/** Whether a cell holds a registration code, however typed (voteCode). */
function isCode(v: unknown): boolean {
  return /^DK-\d+$/.test(voteCode(v));
}

function sameNumbers(a: Vote, b: Vote): boolean {
  return a.yes === b.yes && a.no === b.no && a.percent === b.percent && a.problem === b.problem;
}

/** Who could vote: all members, those present, those who voted in writing; and the base of the share. */
interface Attendance {
  total: number;
  present: number;
  written: number;
  ofVoters: boolean;
}

/** A vote row read and checked against the members: the first thing that cannot be right is its problem. */
function readVote(r: RawVote, code: string, a: Attendance): Vote {
  const { total, present, written } = a;
  const voters = present + written;
  const [yesCell, noCell, pCell] = r.cells;
  const yes = countCell(yesCell);
  const no = countCell(noCell);
  const pc = percentCell(pCell);
  const vote: Vote = { code: r.code, name: r.name, yes: yes.n, no: no.n, percent: pc.p, problem: null };
  const H = COUNCIL_VOTES_HEADER;
  // A share Sheets stores as a fraction is quoted as the cell shows it ("80%", not "0,8"): in the share column, and a
  // fraction in a count column (a whole number there is a count).
  const shown = (v: unknown, fraction: boolean) => (typeof v === 'number' && v >= 0 && v <= 1 && (fraction || !Number.isInteger(v)) ? `${councilNumber(v * 100)}%` : quoted(v));
  const cell = (column: string, v: unknown, why: string) => COUNCIL_PROBLEM.cell(column, code, shown(v, false), why);
  const share = (why: string) => COUNCIL_PROBLEM.cell(H[4], code, shown(pCell, true), why);
  if (yes.bad) vote.problem = cell(H[2], yesCell, yes.bad);
  else if (no.bad) vote.problem = cell(H[3], noCell, no.bad);
  else if (pc.bad) vote.problem = share(pc.bad);
  else if (yes.n !== null && yes.n > total) vote.problem = cell(H[2], yesCell, COUNCIL_PROBLEM.moreThanMembers(total));
  else if (no.n !== null && no.n > total) vote.problem = cell(H[3], noCell, COUNCIL_PROBLEM.moreThanMembers(total));
  else if (yes.of !== null && yes.of !== total && yes.of !== present && yes.of !== voters) vote.problem = cell(H[2], yesCell, COUNCIL_PROBLEM.ofNotMembers(yes.of, total, present, voters));
  else if (no.of !== null && no.of !== total && no.of !== present && no.of !== voters) vote.problem = cell(H[3], noCell, COUNCIL_PROBLEM.ofNotMembers(no.of, total, present, voters));
  else if ((yes.n ?? 0) + (no.n ?? 0) > voters) vote.problem = COUNCIL_PROBLEM.morePresent(code, (yes.n ?? 0) + (no.n ?? 0), voters, written > 0);
  else if (pc.p !== null && (pc.p < 0 || pc.p > 100)) vote.problem = share(COUNCIL_PROBLEM.percentRange);
  else if (yes.n === null && pc.p === null && no.n !== null) vote.problem = cell(H[2], yesCell, COUNCIL_PROBLEM.yesBlank);
  // Only a share, some members not voting: whether it was counted on all of them or on those who voted cannot be known,
  // and the two decide differently (review council-day H1).
  else if (yes.n === null && pc.p !== null && voters < total) vote.problem = share(COUNCIL_PROBLEM.percentNeedsCount(voters, total));
  else if (yes.n !== null && pc.p !== null && total > 0) {
    // Rounded either way; over the base the tab names. A share over the other base is said so (review council-day M2).
    const base = a.ofVoters ? voters : total;
    const other = a.ofVoters ? total : voters;
    const near = (of: number) => of > 0 && Math.abs((yes.n! / of) * 100 - pc.p!) <= 1;
    if (!near(base)) {
      const on = (voted: boolean) => (voted ? COUNCIL_BASE.voters : COUNCIL_BASE.total);
      vote.problem = share(
        other !== base && near(other)
          ? COUNCIL_PROBLEM.otherBase(on(!a.ofVoters), on(a.ofVoters), yes.n, base > 0 ? (yes.n / base) * 100 : 0)
          : COUNCIL_PROBLEM.inconsistent(yes.n, base, base > 0 ? (yes.n / base) * 100 : 0),
      );
    }
  }
  return vote;
}

/** A member's role in the council (not their post outside it). */
export type CouncilRole = 'chair' | 'deputy' | 'member' | 'secretary';

const ROLE_OF: Readonly<Record<string, CouncilRole>> = { 'pho chu tich': 'deputy', 'chu tich': 'chair', 'uy vien': 'member', 'thu ky': 'secretary' };
/** A part of a "Chức vụ" that is a council role: the role, "thường trực", then the council's name or nothing. */
const ROLE_PART = /^(pho chu tich|chu tich|uy vien|thu ky)(?: thuong truc)?(?: ((?:hoi dong|hd)(?: (?:thi dua(?: khen thuong)?|tdkt)(?: .*)?)?|hdtdkt(?: .*)?))?$/;

/**
 * The council role a member's "Chức vụ" gives, as the tab's example writes it: their post, then their role in the
 * council ("Phó Giám đốc Sở, Phó Chủ tịch Hội đồng"; "Chuyên viên, Ủy viên"). Read from a part that names the council
 * ("Phó Chủ tịch Hội đồng", "Ủy viên HĐTĐKT"), else from a bare role after the post ("…, Phó Chủ tịch"), never from a
 * post that merely contains a role's words ("Phó Chủ tịch Công đoàn ngành", "Phó Chủ tịch UBND xã": review r68d H2).
 * A title that is a bare "Chủ tịch" or "Phó Chủ tịch" alone may be a post (of a People's Committee): null. "Ủy viên",
 * "Thư ký" alone are roles.
 */
export function councilRole(title: string): CouncilRole | null {
  // Parted from the post by a comma, a semicolon, a slash, a bracket, a line, a dash between spaces, "kiêm", or a full
  // stop after a word ("Sở. Phó Chủ tịch…", not the "P." of an abbreviation); "TĐ-KT" is "TĐKT" (review d68b).
  const parts = toText(title)
    .split(/[,;/()\n]+|\s+[-–—]\s+|\s+kiêm\s+|(?<=\p{L}{2})\.\s+/iu)
    .map((p) => plainKey(p).replace(/[^a-z0-9]+/g, ' ').trim().replace(/\b(hd)?td kt\b/g, (_m, hd: string | undefined) => `${hd ?? ''}tdkt`))
    .filter((p) => p !== '');
  for (const p of parts) {
    const m = ROLE_PART.exec(p);
    if (m && m[2]) return ROLE_OF[m[1]];
  }
  for (let i = parts.length - 1; i >= 0; i--) {
    const m = ROLE_PART.exec(parts[i]);
    if (m && (i > 0 || ROLE_OF[m[1]] === 'member' || ROLE_OF[m[1]] === 'secretary')) return ROLE_OF[m[1]];
  }
  return null;
}

/** The members who voted: present, or in writing. */
export function voterCount(c: Council): number {
  return c.members.filter((m) => m.present || m.written).length;
}

/** Whether the council has met: members listed and at least one vote recorded. */
export function councilMet(c: Council | null): c is Council {
  return !!c && c.members.length > 0 && c.votes.size > 0;
}

export interface VoteOutcome {
  /** Share in favour (0–1) of the tab's base (all members, or those who voted), null when no vote was recorded or it cannot be trusted. */
  share: number | null;
  passed: boolean;
  vote: Vote | null;
  /** Why the vote cannot be trusted (its row, or the tab: a member's presence, the threshold); null when it can. */
  problem: string | null;
}

/** A name's words as compared (voteNameAgrees): lower case, tone marks and "đ" folded, punctuation a space. */
function nameWords(s: string): string {
  return plainKey(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Whether the name typed beside a vote names the registration's nominee: the same words however typed (case, tone marks
 * placed either way or left out, punctuation), the words of one found whole in the other when they are at least two
 * ("Cô Nguyễn Thị Lan" for "Nguyễn Thị Lan"; "Tổ Toán" for "Tổ Toán trường THCS Lê Lợi"), a school however worded, a
 * person by family and given name (review diff27 #5). A blank on either side agrees: there is nothing to compare. What
 * it catches is a code typed for someone else, whose name is another.
 */
export function voteNameAgrees(typed: string, name: string): boolean {
  const a = nameWords(typed);
  const b = nameWords(name);
  if (a === '' || b === '' || a === b) return true;
  const within = (short: string, long: string) => short.includes(' ') && ` ${long} `.includes(` ${short} `);
  if (within(a, b) || within(b, a)) return true;
  // A school however worded, its level kept ("Trường MN Hoa Sen" for "Tập thể Trường Mầm non Hoa Sen", "THCS" for
  // "Trung học cơ sở"; never "Trường Tiểu học Hoa Sen": review diff28 #1).
  const sa = schoolWords(a);
  if (sa !== a && sa === schoolWords(b)) return true;
  // A person by family and given name, the middle ones left out or shortened to their initials ("Nguyễn T. Lan",
  // "Nguyễn Lan" for "Nguyễn Thị Lan"; not "Nguyễn Văn Lan"); never a unit ("Trường …", "Tổ …").
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length < 2 || wb.length < 2 || UNIT_WORDS.has(wa[0]) || UNIT_WORDS.has(wb[0])) return false;
  if (wa[0] !== wb[0] || wa[wa.length - 1] !== wb[wb.length - 1]) return false;
  const [short, long] = wa.length <= wb.length ? [wa.slice(1, -1), wb.slice(1, -1)] : [wb.slice(1, -1), wa.slice(1, -1)];
  return short.length === 0 || (short.length === long.length && short.every((m, i) => m === long[i] || (m.length === 1 && long[i].startsWith(m))));
}

/** The first words of a unit's name (nameWords): never a person's family name. */
const UNIT_WORDS = new Set(['truong', 'tap', 'to', 'lop', 'khoi', 'chi', 'cong', 'lien', 'ban', 'doan', 'phong', 'nhom', 'hoi']);

/** A school's name (nameWords) with its level in one form ("mầm non", "mẫu giáo" → "mn" …) and "trường", "tập thể" dropped. */
function schoolWords(words: string): string {
  return ` ${words} `
    .replace(/ (?:mam non|mau giao|mg)(?= )/g, ' mn')
    .replace(/ tieu hoc(?= )/g, ' th')
    .replace(/ trung hoc co so(?= )/g, ' thcs')
    .replace(/ trung hoc pho thong(?= )/g, ' thpt')
    .replace(/ (?:truong|tap the)(?= )/g, '')
    .trim();
}

/**
 * The outcome of the vote on a registration: counts over the tab's base, else the percentage typed (trusted only when
 * every member voted: readVote). `name`: the
 * registration's name; a vote row naming someone else (a code typed wrong gives the vote to another person, review
 * twohands #2) cannot be trusted, and says so.
 */
export function voteOutcome(c: Council, id: string, name?: string): VoteOutcome {
  const vote = c.votes.get(voteCode(id)) ?? null;
  if (!vote) return { share: null, passed: false, vote: null, problem: null };
  const otherName =
    name !== undefined && !voteNameAgrees(vote.name, name)
      ? COUNCIL_PROBLEM.cell(COUNCIL_VOTES_HEADER[1], voteCode(id), vote.name, COUNCIL_PROBLEM.otherName(name))
      : null;
  const problem = vote.problem ?? otherName ?? c.problem;
  if (problem) return { share: null, passed: false, vote, problem };
  const base = c.ofVoters ? voterCount(c) : c.members.length;
  const share = vote.yes !== null && base > 0 ? vote.yes / base : vote.percent !== null ? vote.percent / 100 : null;
  const p = share === null ? 0 : roundPercent(share * 100);
  return { share, passed: share !== null && (c.atLeast ? p >= c.threshold : p > c.threshold), vote, problem: null };
}
