// Each sending of a registration as the tool received it ("Các lần gửi phiếu"): what the school sent and what the tool
// concluded then, one line per sending, appended and never rewritten. The response tab keeps only a response's last
// edit (Google Forms writes an edit over its row), and "Kết quả kiểm tra" is recomputed at every run, so without it a
// complaint months later ("you told me 'Cần bổ sung', I corrected it") could not be answered: neither what the school
// sent first nor what it was told (review complaint H2). Pure: the lines and which are missing; src/gas/versions.ts
// reads and appends the tab.
import type { EvaluatedRegistration } from './evaluate';
import { VERSIONS_LATER, VERSIONS_SUPERSEDED } from './messages';
import { resultRow } from './results-table';
import { SHEET_CELL_LIMIT, fitText, isDate } from './text';

/**
 * A sending's key, column A: the registration's code and the second its response was sent (the register tells a later
 * sending by the second too: src/core/ledger.ts), as the outbox keys a confirmation ("XN:DK-000017:…").
 */
export function versionKey(r: Pick<EvaluatedRegistration, 'id' | 'submittedAt'>): string {
  const t = r.submittedAt ? r.submittedAt.getTime() : 0;
  return `${r.id}:${Number.isFinite(t) ? Math.floor(t / 1000) * 1000 : 0}`;
}

/** Between two answers of "Nội dung phiếu": one line per sending keeps the tab's rows one line high. */
const ANSWER_SEPARATOR = ' | ';

/**
 * A question as a sending's line names it: its title up to TITLE_MAX characters, cut after a whole word ("…"). The
 * titles are half of a line's characters otherwise (a criterion's question reads up to 270: "Hằng năm, đơn vị xây dựng
 * …"), and their beginning is what tells them apart.
 */
function shortTitle(title: string): string {
  let short = shortTitles.get(title);
  if (short === undefined) {
    if (title.length <= TITLE_MAX) short = title;
    else {
      const cut = title.lastIndexOf(' ', TITLE_MAX);
      short = title.slice(0, cut > TITLE_MAX / 2 ? cut : TITLE_MAX).replace(/[\s,;:.(–-]+$/u, '') + '…';
    }
    shortTitles.set(title, short);
  }
  return short;
}
const TITLE_MAX = 60;
const shortTitles = new Map<string, string>();

/**
 * Every answered question of the registration as "question: answer" (the question shortened: shortTitle), in the
 * form's order: a grid's answered rows as "row — answer", a checkbox's choices joined by ", ". Unanswered questions are
 * left out. As long as the answers are: answersCells cuts it into cells.
 */
export function answersText(r: EvaluatedRegistration): string {
  const parts: string[] = [];
  const answers = r.answers;
  for (const title of Object.keys(answers)) {
    const v = answers[title];
    let text: string;
    if (typeof v === 'string') text = v;
    else if (Array.isArray(v)) text = v.filter((x) => x !== '').join(', ');
    else if (v && typeof v === 'object') {
      text = Object.keys(v)
        .filter((row) => v[row] !== '' && v[row] !== undefined)
        .map((row) => `${row} — ${v[row]}`)
        .join('; ');
    } else text = '';
    if (text.trim() !== '') parts.push(`${shortTitle(title)}: ${text}`);
  }
  return parts.join(ANSWER_SEPARATOR);
}

/** Characters of answers a cell takes: a cell holds 50,000, and text is written after an apostrophe where needed. */
const ANSWERS_CELL = SHEET_CELL_LIMIT - 10;
/** Cells of answers at most: column J and the 16 after it (a tab's 26 columns). */
const ANSWERS_CELLS_MAX = 17;

/**
 * answersText in cells of at most ANSWERS_CELL characters, the first in "Nội dung phiếu", the others after it: each
 * answer may fill its own response cell, and together they may not fit in one (review versions M2). A surrogate pair
 * is never cut; past ANSWERS_CELLS_MAX cells the last ends with "…".
 */
export function answersCells(r: EvaluatedRegistration): string[] {
  const text = answersText(r);
  const cells: string[] = [];
  let at = 0;
  while (at < text.length && cells.length < ANSWERS_CELLS_MAX - 1) {
    let end = Math.min(text.length, at + ANSWERS_CELL);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    cells.push(text.slice(at, end));
    at = end;
  }
  if (at < text.length || cells.length === 0) cells.push(fitText(text.slice(at), ANSWERS_CELL));
  return cells;
}

/**
 * The line of one sending (VERSIONS_HEADER's columns, the answers maybe in more cells after them), as it stands at
 * `now`. `later`: written by a run that did not receive it (an upgraded office's earlier sendings, a tab made again):
 * its verdict is today's, not what the school was told, and says so (review versions M1). Text cells are made literal
 * by the writer.
 */
export function versionLine(r: EvaluatedRegistration, now: Date, later = false): unknown[] {
  const row = resultRow(r);
  const shown = String(row[7]);
  const verdict = later ? VERSIONS_LATER(shown) : shown;
  return [
    versionKey(r),
    r.id,
    r.submittedAt ?? '',
    r.email,
    row[1],
    r.name,
    r.flags.supersededBy ? VERSIONS_SUPERSEDED(verdict, r.flags.supersededBy) : verdict,
    row[8],
    now,
    ...answersCells(r),
  ];
}

/** Characters a full run appends at most (a large office's first run records its sendings over several runs). */
const VERSIONS_RUN_CHARS = 2_000_000;

/**
 * The lines of the sendings `recorded` (keys read from the tab) does not hold, of `regs` as evaluated now: those this
 * run is the first to see (`firstSeen`, by code: new or sent again) whatever their size, then the others, latest sent
 * first, while their answers fit in `room` characters (the rest: `left`, for the next runs). One line per key.
 */
export function missingVersions(
  regs: readonly EvaluatedRegistration[],
  recorded: ReadonlySet<string>,
  firstSeen: ReadonlySet<string>,
  now: Date,
  room: number = VERSIONS_RUN_CHARS,
): { lines: unknown[][]; left: number } {
  const seen = new Set<string>();
  const first: EvaluatedRegistration[] = [];
  const rest: EvaluatedRegistration[] = [];
  for (const r of regs) {
    const key = versionKey(r);
    if (recorded.has(key) || seen.has(key)) continue;
    seen.add(key);
    (firstSeen.has(r.id) ? first : rest).push(r);
  }
  const sent = (r: EvaluatedRegistration) => (r.submittedAt ? r.submittedAt.getTime() || 0 : 0);
  rest.sort((a, b) => sent(b) - sent(a));
  const lines = first.map((r) => versionLine(r, now));
  const size = (l: readonly unknown[]) => l.slice(9).reduce((n: number, c) => n + String(c).length, 0);
  let used = 0;
  for (const l of lines) used += size(l);
  let left = 0;
  for (const r of rest) {
    if (used >= room) {
      left++;
      continue;
    }
    const line = versionLine(r, now, true);
    used += size(line);
    lines.push(line);
  }
  // In the order they were sent: the tab reads as a journal.
  lines.sort((a, b) => time(a[2]) - time(b[2]));
  return { lines, left };
}

function time(v: unknown): number {
  return isDate(v) ? (v as Date).getTime() || 0 : 0;
}

/** The registration's code a key of column A names (versionKey: the code, then the second it was sent). */
export function codeOfKey(key: string): string {
  const at = key.lastIndexOf(':');
  return at > 0 ? key.slice(0, at) : key;
}

/**
 * The registrations a run erases now at the person's request (reviews r76p F2, d76 F2; Luật 91/2025/QH15 Điều 14): each
 * one whose response row is gone (`gone`, not `erased` already) whose erasure the council recorded (`requested`:
 * "Không đề nghị" with the words of ERASURE_REQUESTED in "Nhận xét", review.ts erasureRequestedIds; asked only when
 * there is one) — the office deleted the row on purpose. Only when every registration gone is such: one that is not
 * tells a loss (rows deleted by mistake, the tab replaced or sorted into another, a turned-down registration's row
 * cleared), and then nothing is erased, no line deleted — no data is lost, ever.
 */
export function erasedNow(gone: readonly string[], erased: ReadonlySet<string>, requested: () => ReadonlySet<string>): string[] {
  const fresh = gone.filter((c) => !erased.has(c));
  if (fresh.length === 0) return [];
  const asked = requested();
  return fresh.every((c) => asked.has(c)) ? fresh : [];
}

/**
 * The registrations erased at the person's request whose response row is back (review d76 F3: the file restored to an
 * older version, the row put back): `fresh`, those of `erased` not `gone` any more, are told once; `back`, those told
 * (`told` before, or fresh) whose row stays and whose erasure is still `requested` (asked only when there is one), say
 * so on their row of "Thẩm định" — until the row is deleted again (erased again) or the request is taken out.
 */
export function erasedBack(gone: readonly string[], erased: ReadonlySet<string>, told: ReadonlySet<string>, requested: () => ReadonlySet<string>): { fresh: string[]; back: string[] } {
  const away = new Set(gone);
  const fresh = [...erased].filter((c) => !away.has(c));
  const held = [...new Set([...told, ...fresh])].filter((c) => !away.has(c));
  if (held.length === 0) return { fresh, back: [] };
  const asked = requested();
  return { fresh, back: held.filter((c) => asked.has(c)) };
}

/**
 * Lines of the erased registrations deleted by hand since the last full run counted them (`kept`: their lines then, by
 * code; `held`: their lines now): deleted on purpose, not lines lost.
 */
export function linesErasedByHand(codes: readonly string[], kept: ReadonlyMap<string, number>, held: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const c of codes) n += Math.max(0, (kept.get(c) ?? 0) - (held.get(c) ?? 0));
  return n;
}

/** "DK-000017:2,DK-000020:1" and back: the lines of each code (kept with the script's state). */
export function packLineCounts(counts: ReadonlyMap<string, number>): string {
  return [...counts].map(([c, n]) => `${c}:${n}`).join(',');
}
export function unpackLineCounts(text: string | null): Map<string, number> {
  const out = new Map<string, number>();
  for (const part of (text ?? '').split(',')) {
    const at = part.lastIndexOf(':');
    const n = Number(part.slice(at + 1));
    if (at > 0 && Number.isInteger(n) && n > 0) out.set(part.slice(0, at), n);
  }
  return out;
}
