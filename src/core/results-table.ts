// The "Kết quả kiểm tra" tab as rows: one row per registration, in response order. Pure.
import { Score, scoreTotal } from './validate';
import type { EvaluatedRegistration } from './evaluate';
import { toFixCell } from './emails';
import { KIND_LABELS, RESULTS_HEADER, RESULTS_NOTHING_TO_FIX, RESULTS_ROW_COPY, RESULTS_ROW_GONE, RESULTS_ROW_GONE_BESIDE, RESULTS_NOT_WRITTEN, REVIEW_VERDICT_SUPERSEDED, VERDICT_LABELS, flagAlike, resultsVerdictSuperseded, flagOtherName, flagSuperseded, flagUnverified } from './messages';
import { isBlankRow, matchKey, sameCell, toText } from './text';
import { isCode } from './ledger';
import { happySchoolConcrete } from './form-titles';
import { DISPLAY, RegistrationRecord, displayLine, firstSenderOf } from './registration';

/** The model type as the form answered it, with the concrete type of a "Trường học hạnh phúc". */
export function modelTypeText(r: EvaluatedRegistration): string {
  const type = displayLine(r, DISPLAY.modelType);
  const concrete = happySchoolConcrete(type, displayLine(r, DISPLAY.happySchoolType), displayLine(r, DISPLAY.happySchoolOther));
  return concrete && type ? typeWithConcrete(type, concrete) : type;
}

/** "type: concrete type", one string per pair (a handful of pairs are shared by thousands of rows). */
const typeTexts = new Map<string, Map<string, string>>();
let typeTextCount = 0;
export function typeWithConcrete(type: string, concrete: string): string {
  let byConcrete = typeTexts.get(type);
  let text = byConcrete === undefined ? undefined : byConcrete.get(concrete);
  if (text === undefined) {
    text = `${type}: ${concrete}`;
    // Free-text concrete types can be many: the cache is bounded.
    if (typeTextCount >= 10000) {
      typeTexts.clear();
      typeTextCount = 0;
      byConcrete = undefined;
    }
    if (byConcrete === undefined) typeTexts.set(type, (byConcrete = new Map()));
    byConcrete.set(concrete, text);
    typeTextCount++;
  }
  return text;
}

export function notesOf(r: EvaluatedRegistration): string[] {
  const notes: string[] = [];
  if (r.flags.supersededBy) notes.push(flagSuperseded(r.flags.supersededBy));
  // The address it was first sent from: what it is judged by (duplicates.ts emailVerified), not whoever edited it since.
  if (r.flags.unverified && r.school) notes.push(flagUnverified(firstSenderOf(r), r.school.name));
  if (r.flags.alike) notes.push(flagAlike(r.flags.alike, r.kind === 'collective'));
  if (r.flags.otherName) notes.push(flagOtherName(r.flags.otherName));
  // Pushed, not concat: the builtin's generic path is slow in code not yet optimised.
  for (let i = 0; i < r.notes.length; i++) notes.push(r.notes[i]);
  return notes;
}

const SUPERSEDED_NOTE = flagSuperseded('\u0001').split('\u0001')[0];
/** The places in RESULTS_HEADER (and resultRow) of the verdict and of the notes. */
const RESULTS_VERDICT = 7;
const RESULTS_NOTE = 11;

/**
 * The "Kết quả kiểm tra" tab read back (header row first): the registrations in force by verdict label, and the
 * replaced ones (their note says so) apart — the one count of registrations every report gives.
 */
export function resultCounts(values: readonly (readonly unknown[])[]): { inForce: number; superseded: number; byVerdict: Map<string, number> } {
  const header = (values[0] ?? []).map((h) => toText(h));
  const verdict = header.indexOf(RESULTS_HEADER[RESULTS_VERDICT]);
  const note = header.indexOf(RESULTS_HEADER[RESULTS_NOTE]);
  const byVerdict = new Map<string, number>(Object.values(VERDICT_LABELS).map((v) => [v, 0]));
  let inForce = 0;
  let superseded = 0;
  for (const row of values.slice(1)) {
    if (row.every((v) => toText(v) === '')) continue;
    // A row of the office's, or one of a code no registration holds now (resultsTabUpdate): no verdict, not a registration.
    if (verdict >= 0 && toText(row[verdict]) === '') continue;
    if (toText(row[verdict]).startsWith(REVIEW_VERDICT_SUPERSEDED) || (note >= 0 && toText(row[note]).indexOf(SUPERSEDED_NOTE) >= 0)) {
      superseded++;
      continue;
    }
    inForce++;
    const v = toText(row[verdict]);
    byVerdict.set(v, (byVerdict.get(v) ?? 0) + 1);
  }
  return { inForce, superseded, byVerdict };
}

/** How the score was counted ("Số năm xuất sắc: 2 → 20; …"): one text per packed score of one evaluation. */
const scoreTexts = new WeakMap<object, Map<number, string>>();
function scoreTextOf(score: Score): string {
  let text = '';
  for (const p of score.parts) if (p.points > 0) text += (text === '' ? '' : '; ') + `${p.label}: ${p.value} → ${p.points}`;
  return text;
}
function scoreText(r: EvaluatedRegistration): string {
  // A record's score is its packed counts weighed by its evaluation's configuration.
  if (!(r instanceof RegistrationRecord) || r.evaluation === null) return scoreTextOf(r.score);
  const evaluation = r.evaluation;
  let texts = scoreTexts.get(evaluation);
  if (texts === undefined) scoreTexts.set(evaluation, (texts = new Map()));
  let t = texts.get(r.scoreBits);
  if (t === undefined) texts.set(r.scoreBits, (t = scoreTextOf(r.score)));
  return t;
}

/** notesOf(r) as one cell, one note a line. */
function notesText(r: EvaluatedRegistration): string {
  const flags = r.flags;
  // Most registrations have no note: nothing to join.
  if (!flags.supersededBy && !flags.unverified && !flags.alike && !flags.otherName) return r.notes.length === 0 ? '' : r.notes.length === 1 ? r.notes[0] : r.notes.join('\n');
  return notesOf(r).join('\n');
}

/** "Đã thay thế (Đạt)" …: one string per verdict, shared by the rows of replaced registrations (thousands of them). */
const supersededVerdicts = new Map<EvaluatedRegistration['verdict'], string>();
function supersededVerdictText(verdict: EvaluatedRegistration['verdict']): string {
  let text = supersededVerdicts.get(verdict);
  if (text === undefined) supersededVerdicts.set(verdict, (text = resultsVerdictSuperseded(VERDICT_LABELS[verdict])));
  return text;
}

export function resultRow(r: EvaluatedRegistration): unknown[] {
  // What stands between it and Đạt: a priority-only criterion is never listed there (docs/glossary.md); what holds
  // it out of a Tờ trình, as the school's tab says it.
  const toFix = toFixCell(r);
  return [
    r.id,
    r.school ? r.school.name : r.schoolName,
    r.kind ? KIND_LABELS[r.kind] : '',
    r.name,
    displayLine(r, DISPLAY.field),
    modelTypeText(r),
    displayLine(r, DISPLAY.modelName),
    // A registration a later one replaced reads "Đã thay thế (Đạt)" …, as "Thẩm định" says it: a filter on "Đạt" gives
    // those in force, the number every other tab gives (review r70u M1; its note says which one replaced it).
    r.flags.supersededBy ? supersededVerdictText(r.verdict) : VERDICT_LABELS[r.verdict],
    toFix !== '' ? toFix : RESULTS_NOTHING_TO_FIX,
    // The score and how it was counted only beside each other, for a registration Đạt (review r70u L1).
    r.verdict === 'dat' ? scoreTotal(r) : '',
    r.verdict === 'dat' ? scoreText(r) : '',
    notesText(r),
    r.email,
    r.submittedAt ?? '',
  ];
}

/**
 * Where the tool's columns stand in "Kết quả kiểm tra" as the office left it (its header row read): `cols[j]` is the
 * column (0-based) of RESULTS_HEADER[j], -1 where the tab lacks it (a header retyped or deleted), found whatever the
 * office inserted, deleted or moved beside them (headers compared as matchKey: case, spaces and Unicode forms aside).
 * `twice`: the columns of each tool header the office gave a column of its own as well (a clerk's "Ghi chú", the most
 * natural name: review diff32 #1), by RESULTS_HEADER index; `cols` then holds the first, which the header alone cannot
 * tell from the office's (resultsTabUpdate tells them by their cells). Null without the code column: no row can be told
 * by its registration.
 */
export interface ResultsLayout {
  cols: number[];
  twice: Map<number, number[]>;
}
export function resultsLayout(header: readonly unknown[]): ResultsLayout | null {
  const layout = layoutOf(header);
  return layout.cols[0] < 0 ? null : layout;
}
function layoutOf(header: readonly unknown[]): ResultsLayout {
  const keys = header.map((h) => matchKey(h));
  const twice = new Map<number, number[]>();
  const cols = RESULTS_HEADER.map((h, j) => {
    const k = matchKey(h);
    const found: number[] = [];
    keys.forEach((x, c) => x === k && found.push(c));
    if (found.length > 1) twice.set(j, found);
    return found.length > 0 ? found[0] : -1;
  });
  return { cols, twice };
}

/**
 * The layout of "Kết quả kiểm tra" as read (header first) whose code header was retyped («Mã số phiếu»): its header gets
 * its spelling back, as any tool header retyped does (review d83a F1: the tab written whole erased the office's
 * columns). Taken only when it is certain, for a column wrongly taken would have a registration written over another's
 * row and the office's header renamed (review d83c F2: «Mã phiếu» deleted, a column of hers holding one code was taken
 * for it): the column stands where the tool's code column belongs — right before «Đơn vị», under no tool header — and
 * its codes are the tab's registrations, one a row: no code twice, every row holding a name or a verdict coded, each
 * code a registration's (`results`, by code) with that registration's name on its row, or one no registration holds
 * now on a row the tool left with neither (a gone registration's), at least one of them a registration's. Null
 * otherwise: the tab is held (resultsTabHeld).
 */
function layoutByCodes(read: readonly (readonly unknown[])[], results: readonly (readonly unknown[])[]): ResultsLayout | null {
  const header = read[0] ?? [];
  const layout = layoutOf(header);
  const c = layout.cols[1] - 1;
  if (c < 0 || RESULTS_HEADER.some((h) => matchKey(h) === matchKey(header[c]))) return null;
  const name = layout.cols[3];
  const verdict = layout.cols[RESULTS_VERDICT];
  const byCode = new Map(results.map((line) => [toText(line[0]), line]));
  const seen = new Set<string>();
  let known = 0;
  for (let i = 1; i < read.length; i++) {
    const row = read[i] ?? [];
    const code = toText(row[c]);
    const named = (name >= 0 && toText(row[name]) !== '') || (verdict >= 0 && toText(row[verdict]) !== '');
    if (!isCode(code)) {
      if (named) return null;
      continue;
    }
    if (seen.has(code)) return null;
    seen.add(code);
    const line = byCode.get(code);
    if (line === undefined) {
      if (named) return null;
      continue;
    }
    if (name >= 0 && !sameCell(row[name], line[3] ?? '')) return null;
    known++;
  }
  return known > 0 ? { cols: [c, ...layout.cols.slice(1)], twice: layout.twice } : null;
}

/**
 * Why "Kết quả kiểm tra" as read (header first) is not written (RESULTS_NOT_WRITTEN), when resultsTabUpdate cannot place
 * its rows and the tab holds anything: written whole, it would erase what the office typed there — a title above the
 * header, its columns, its rows (review d83a F1). The header row found below row 1 (a title typed above it, or caught in
 * a sort: rows above it holding codes are registrations, not a title to delete), as "Thẩm định" says it; else the code
 * column not found. `cols`: where the tool's columns stand in the header row found below (resultsLayout's), -1 where
 * it lacks one. Null for a blank tab. Asked only of a tab resultsTabUpdate cannot place (null).
 */
export function resultsTabHeld(read: readonly (readonly unknown[])[]): { message: string; cols: number[] | null } | null {
  if (read.every((r) => isBlankRow(r ?? []))) return null;
  const code = matchKey(RESULTS_HEADER[0]);
  const others = new Set(RESULTS_HEADER.slice(1).map((h) => matchKey(h)));
  const below = read.findIndex((r, i) => i > 0 && !!r && r.some((c) => matchKey(c) === code) && r.some((c) => others.has(matchKey(c))));
  if (below < 0) return { message: RESULTS_NOT_WRITTEN.noCode, cols: null };
  const { cols } = layoutOf(read[below]);
  const sorted = read.slice(0, below).some((r) => !!r && isCode(toText(r[cols[0]])));
  return { message: sorted ? RESULTS_NOT_WRITTEN.headerSorted(below + 1) : RESULTS_NOT_WRITTEN.headerBelow(below + 1), cols };
}

/**
 * Of the columns that share a tool header (ResultsLayout.twice), the tool's: for the code, the one holding the most
 * codes; for any other, the one whose cells agree with what the tool writes there (`results`, by code) on the most rows —
 * a clerk's notes are her own words. A tie keeps the first.
 */
function toolsOfTwins(rows: readonly (readonly unknown[])[], layout: ResultsLayout, results: readonly (readonly unknown[])[]): number[] {
  const cols = layout.cols.slice();
  const best = (candidates: number[], score: (c: number) => number) => {
    let pick = candidates[0];
    let top = -1;
    for (const c of candidates) {
      const s = score(c);
      if (s > top) [pick, top] = [c, s];
    }
    return pick;
  };
  const codes = layout.twice.get(0);
  if (codes) cols[0] = best(codes, (c) => rows.reduce((n, r, i) => n + (i > 0 && isCode(toText(r[c])) ? 1 : 0), 0));
  const byCode = new Map(results.map((line) => [toText(line[0]), line]));
  for (const [j, candidates] of layout.twice) {
    if (j === 0) continue;
    cols[j] = best(candidates, (c) => {
      let n = 0;
      for (let i = 1; i < rows.length; i++) {
        const line = byCode.get(toText(rows[i][cols[0]]));
        if (line && sameCell(rows[i][c], line[j] ?? '')) n++;
      }
      return n;
    });
  }
  return cols;
}

/** The tab stands as the tool writes it: its header alone, column for column, nothing beside it. */
export function toolsResultsLayout(header: readonly unknown[]): boolean {
  return header.length <= RESULTS_HEADER.length + 1 && RESULTS_HEADER.every((h, i) => toText(header[i]) === h) && toText(header[RESULTS_HEADER.length]) === '';
}

/** A code's number: codes in the order they were given ("DK-000009" before "DK-000010", whatever their width). */
const codeNumber = (code: string): number => Number(/\d+$/.exec(code)?.[0] ?? 0);

/** "Kết quả kiểm tra" brought up to the registrations over the tab as read, the office's columns kept (resultsTabUpdate). */
export interface ResultsTabUpdate {
  /** The tab's rows, header first: as read, the tool's cells replaced. */
  rows: unknown[][];
  /** The tool's columns (0-based): `cols[j]` holds RESULTS_HEADER[j]; `tool` is them as a set, `key` the code's. */
  cols: number[];
  tool: Set<number>;
  key: number;
  /**
   * Something of the office's stands beside the tool's cells (a column or a row of its own with content), or the
   * registrations' rows stand in an order of the office's (a sort).
   */
  own: boolean;
  /**
   * The rows of the tab as read (0-based, rising) left with nothing in them: a registration's whose response row is gone,
   * or a second row of a code, holding nothing of the office's. They are not in `rows`: the caller deletes them from the
   * tab (Sheet.deleteRows), so that every row below keeps what Sheets keeps by position — hidden, coloured — with its
   * values (review r83o F1).
   */
  emptied: number[];
}

/**
 * The registrations' rows (resultRow: the code first) written over "Kết quả kiểm tra" as the office left it (review
 * diff29 #6; clerkday #2): a clerk's column ("Theo dõi": "đã gọi điện cho trường"), an "STT" at A, a row of notes and
 * the rows' order stay, each registration's tool cells going to the row of its code, wherever a sort put it. A
 * registration the tab lacks is added below; a row whose code no longer stands for a registration (its response
 * deleted), or a second row of one code (copied by hand), loses its tool cells and keeps the office's — with its code
 * and a note that says why it has no verdict, when the office wrote something in it (review diff31 #2: a clerk's note
 * left with nothing to say whose it was) — a copy without its code, named in the note, so that no sort can make it the
 * registration's row (review diff32 #2); a row left with nothing in it is to be deleted (`emptied`); a tool column the tab
 * lacks is added at its end, a tool header retyped gets the tool's spelling back (the code's too: its column found by
 * its cells, layoutByCodes). Null without a code column: a blank tab is written whole, in the registrations' order; any
 * other is not written (resultsTabHeld).
 */
export function resultsTabUpdate(read: readonly (readonly unknown[])[], results: readonly (readonly unknown[])[]): ResultsTabUpdate | null {
  const layout = resultsLayout(read[0] ?? []) ?? layoutByCodes(read, results);
  if (layout === null) return null;
  let width = read.reduce((w, r) => Math.max(w, r.length), 0);
  const rows: unknown[][] = read.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
  const cols = layout.twice.size > 0 ? toolsOfTwins(rows, layout, results) : layout.cols.slice();
  for (let j = 0; j < cols.length; j++) {
    if (cols[j] < 0) {
      cols[j] = width++;
      for (const r of rows) r.push('');
    }
    // "KẾT LUẬN" retyped: a submission writes beside the office's columns only under the tool's own header.
    rows[0][cols[j]] = RESULTS_HEADER[j];
  }
  const key = cols[0];
  const tool = new Set(cols);
  const at = new Map<string, number>();
  // The coded rows holding something of the office's, with their codes.
  const noted = new Map<number, string>();
  let own = false;
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i];
    let mine = false;
    for (let c = 0; c < width && !mine; c++) if (!tool.has(c) && toText(row[c]) !== '') mine = true;
    own ||= mine;
    const code = toText(row[key]);
    // A row of the office's own ("Tổng cộng: 350 phiếu" typed in the code column) stays as it is.
    if (!isCode(code)) {
      if (!isBlankRow(row)) own = true;
      continue;
    }
    if (mine) noted.set(i, code);
    if (!at.has(code)) at.set(code, i);
    // Until a registration claims it, a coded row is nobody's: its tool cells blank.
    for (const c of cols) row[c] = '';
  }
  for (let c = 0; c < width && !own; c++) if (!tool.has(c) && toText(rows[0][c]) !== '') own = true;
  // The rows in an order of the office's (sorted by name, by school): kept, as a column or a row of hers is (review
  // r81o F1: a sort alone was undone by the next rebuild). The tool's own orders are not hers: the registrations' (the
  // response tab's, as a full run writes them) and the codes' (a submission's row goes below the others).
  if (!own) {
    const placed = [...at.keys()];
    const codesRising = placed.every((c, n) => n === 0 || codeNumber(placed[n - 1]) < codeNumber(c));
    let last = 0;
    let inOrder = true;
    for (const line of results) {
      const i = at.get(toText(line[0]));
      if (i === undefined) continue;
      if (i < last) inOrder = false;
      last = i;
    }
    own = !inOrder && !codesRising;
  }
  for (const line of results) {
    const i = at.get(toText(line[0]));
    const row = i === undefined ? new Array<unknown>(width).fill('') : rows[i];
    for (let j = 0; j < cols.length; j++) row[cols[j]] = line[j] ?? '';
    if (i === undefined) rows.push(row);
    else {
      at.delete(toText(line[0]));
      noted.delete(i);
    }
  }
  // What is left of them no registration claimed: a second row of a code in force, or a code whose response is gone.
  const listed = new Set(results.map((line) => toText(line[0])));
  for (const [i, code] of noted) {
    if (listed.has(code)) rows[i][cols[RESULTS_NOTE]] = RESULTS_ROW_COPY(code);
    else {
      rows[i][key] = code;
      rows[i][cols[RESULTS_NOTE]] = RESULTS_ROW_GONE;
    }
  }
  // A coded row no registration claimed and holding nothing of the office's (its registration's row deleted, a copy),
  // left blank: deleted from the tab by the caller, the rows below moving up whole — their values, the office's cells and
  // what Sheets keeps by position (a row hidden, a colour) together — so that no blank row stays in the middle of her
  // order (review d81b F2) and no mark of hers passes to another registration (review r83o F1).
  // A row of the office's without a code (a note typed under or over a registration: «↑ Trường xin rút phiếu này…») right
  // beside a registration's row gone keeps that row, with its code and why it has no verdict: deleted, it would leave
  // her line beside another teacher's (review d83a F2).
  const officeRow = (i: number) => i >= 1 && i < read.length && !isBlankRow(read[i] ?? []) && !isCode(toText((read[i] ?? [])[key]));
  const emptied: number[] = [];
  for (let i = 1; i < read.length; i++) {
    if (isBlankRow(read[i] ?? []) || !isBlankRow(rows[i])) continue;
    const code = toText((read[i] ?? [])[key]);
    if (isCode(code) && !listed.has(code) && (officeRow(i - 1) || officeRow(i + 1))) {
      rows[i][key] = code;
      rows[i][cols[RESULTS_NOTE]] = RESULTS_ROW_GONE_BESIDE;
    } else emptied.push(i);
  }
  for (let n = emptied.length - 1; n >= 0; n--) rows.splice(emptied[n], 1);
  return { rows, cols, tool, key, own, emptied };
}
