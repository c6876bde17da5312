// "Ghi chú" of "Thẩm định": the tool's column, rewritten at every merge from the tool's own notes — and the obvious place
// for a council member's note (review office L1: typed there, it was wiped by the next run without a trace). Which
// lines of a cell are the tool's is told by their shape: every note the tool writes there, in this version's wording and
// in earlier versions' (REVIEW_NOTES_EARLIER), is a pattern of its fixed words with a wildcard of the right kind for
// each code, number, date, award level or quoted text it names. A line of none of these shapes is a person's: kept as
// typed, with the blank lines between such lines and their indentation (review notes63 N1), after the tool's notes, under
// the tool's line that says so (reviewNoteKeptLines); the lines the office was told of are known by their prints
// (linePrint, kept by code: src/gas/notes-told.ts), else by that line's count. Pure.
import {
  COUNCIL_NOTE,
  PROPOSAL_EARLIER,
  reviewNoteAfterPeriod,
  reviewNoteAlike,
  reviewNoteCodeTyped,
  reviewNoteNoCode,
  reviewNoteCopiesDisagree,
  reviewNoteDecisionMoved,
  reviewNoteDecisionReset,
  reviewNoteDecisionRowLost,
  reviewNoteDuplicateRow,
  reviewNoteEditedAfterReview,
  reviewNoteSupplied,
  reviewNoteKeptLines,
  reviewNoteKeptLinesNotesLeftOut,
  reviewNoteKeptLinesShort,
  reviewNoteOtherName,
  reviewNoteProposeNotDat,
  reviewNoteRequestNoComment,
  reviewNoteSuperseded,
  reviewNoteUnknownDecision,
  reviewNoteUnverified,
  reviewNoteVanished,
  reviewNoteVanishedHowToErase,
  reviewNoteErased,
  reviewNoteErasedBack,
} from './messages';
import { KEPT_LINES_EARLIER, REVIEW_NOTES_EARLIER } from './review-notes-earlier';
import { fitsCell } from './table';
import { fnv1a32, toText } from './text';

/**
 * Stand-ins (private-use characters) for what a note names, each turned into the pattern of its kind: a code as written
 * or typed (no space, quote or bracket), a number, a date (dd/MM/yyyy), an award level's short name, text within the
 * note's quotes (what was typed, a label), a list of codes and names.
 */
const KIND = {
  code: ['\uE000', '[^\\s“”()]+'],
  num: ['\uE001', '\\d+'],
  date: ['\uE002', '[\\d/]*'],
  level: ['\uE003', '[^()“”;.]+?'],
  // Never past a closing quotation mark of its own: a person's words after a note that ends on a quoted value are theirs
  // (review d61b D1); a value that holds quotes of its own, balanced (a decision typed “…” with them), is still the tool's
  // (review upgrade5 L2).
  text: ['\uE004', '(?:[^“”]|“[^“”]*”)*?'],
  list: ['\uE005', '.+?'],
} as const;
const MARK = { code: KIND.code[0], num: KIND.num[0], date: KIND.date[0], level: KIND.level[0], text: KIND.text[0], list: KIND.list[0] };
const PATTERN_OF = new Map<string, string>(Object.values(KIND).map(([mark, pattern]) => [mark, pattern]));
/** The stand-in for a number, where a builder takes one (it only prints it). */
const NUM = MARK.num as unknown as number;

/**
 * Every note the tool writes into "Ghi chú" of "Thẩm định" (src/core/review.ts mergeReview: its own, and the proposals'
 * of src/core/proposals.ts proposedNote, changedSinceNote and heldNote), with stand-ins for what it names, in each form its words take;
 * then the same in earlier versions' wording.
 */
export function toolNoteShapes(): string[] {
  const { code, num, date, level, text, list } = MARK;
  const refs = [{ id: list, school: list }];
  const levels = [undefined, { was: text, now: text }, { was: '', now: text }, { was: text, now: '' }];
  return [
    reviewNoteCodeTyped(text, code),
    reviewNoteNoCode,
    reviewNoteVanished(code),
    reviewNoteVanishedHowToErase,
    reviewNoteErased(code),
    reviewNoteErasedBack(code),
    reviewNoteDecisionReset,
    reviewNoteDecisionRowLost,
    reviewNoteSuperseded(code),
    reviewNoteUnknownDecision(text),
    reviewNoteDuplicateRow(code, NUM),
    reviewNoteCopiesDisagree(code, NUM),
    reviewNoteRequestNoComment,
    reviewNoteProposeNotDat(text),
    ...[text, null].flatMap((was) => levels.map((l) => reviewNoteDecisionMoved(was, text, NUM, l))),
    reviewNoteEditedAfterReview,
    reviewNoteSupplied,
    reviewNoteAlike(refs),
    reviewNoteAlike(refs, true),
    reviewNoteOtherName(refs),
    reviewNoteUnverified,
    reviewNoteAfterPeriod,
    COUNCIL_NOTE.badLevel(text),
    COUNCIL_NOTE.noExcellentYear,
    COUNCIL_NOTE.failedYear(text),
    ...[date, ''].flatMap((meeting) => [PROPOSAL_EARLIER.reviewNote(level, date, meeting), PROPOSAL_EARLIER.reviewNoteWithdrawn(level, date, meeting, date)]),
    PROPOSAL_EARLIER.reviewNoteDecisionChanged(level, date, text),
    PROPOSAL_EARLIER.reviewNoteLevelChanged(level, date, level),
    ...KEPT_LINES(MARK.num),
    ...REVIEW_NOTES_EARLIER({ code, num, text, list }),
    ...KEPT_LINES_EARLIER(num),
  ];
}

/** How the tool's line of kept lines starts when it left its notes out of the cell: the words before its count. */
const LEFT_OUT_START = reviewNoteKeptLinesNotesLeftOut(0).split('0 dòng')[0];
/** The tool's line of kept lines in each of its forms now, `num` the count it holds (withTypedLines). */
const KEPT_LINES = (num: string) => [reviewNoteKeptLines, reviewNoteKeptLinesShort, reviewNoteKeptLinesNotesLeftOut].map((f) => f(num as unknown as number));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A shape as a pattern: its words as they are, each stand-in as its kind's pattern (`text` instead of the text's, if given). */
const patternOf = (shape: string, text?: string) => [...shape].map((c) => (text !== undefined && c === MARK.text ? text : (PATTERN_OF.get(c) ?? escape(c)))).join('');

let compiled: { any: RegExp; unpaired: RegExp; kept: RegExp[] } | null = null;
function patterns(): { any: RegExp; unpaired: RegExp; kept: RegExp[] } {
  if (compiled) return compiled;
  const shapes = toolNoteShapes().map((s) => toText(s));
  const one = `(?:${shapes.map((s) => patternOf(s)).join('|')})`;
  // One note, or several joined by a space: a version before this one put a note on top of the others with the row's
  // lines joined into one (toText).
  const any = new RegExp(`^${one}(?: ${one})*$`);
  // A note of a version before quotable() on a value typed with a lone quotation mark (review d64b): its quoted text
  // taken as anything; asked only of a line whose marks do not pair up.
  const loose = `(?:${shapes.map((s) => patternOf(s, '.*?')).join('|')})`;
  const unpaired = new RegExp(`^${loose}(?: ${loose})*$`);
  // The tool's line of kept lines, in this wording and earlier ones: its count read.
  const kept = [...KEPT_LINES(MARK.num), ...KEPT_LINES_EARLIER(MARK.num)].map((shape) => new RegExp(`^${patternOf(toText(shape)).replace(KIND.num[1], '(\\d+)')}$`));
  return (compiled = { any, unpaired, kept });
}

/** The curly quotation marks of `text` pair up (none, or each “ closed by a ” before the next mark). */
const PAIRED = /^(?:[^“”]|“[^“”]*”)*$/;
/** The longest line the loose pattern is asked of (isToolNote). */
const UNPAIRED_MAX = 2000;

/**
 * What a person typed, as a note of the tool quotes it: its curly quotation marks made straight unless they pair up. A
 * lone “ or ” (pasted from a document) made the note match no shape of the tool's notes (KIND.text stops at a closing
 * mark), so once stale it was kept and told as a person's line (review mutants64).
 */
export function quotable(text: string): string {
  return PAIRED.test(text) ? text : text.replace(/[“”]/g, '"');
}

/** A line of a "Ghi chú" cell (cleaned: toText) that the tool writes, in this version's wording or an earlier one's. */
export function isToolNote(line: string): boolean {
  const { any, unpaired } = patterns();
  // The loose pattern only on a line a note of the tool could be (its longest, ~1,000 characters with what it quotes):
  // its "anything" would cost a long person's line dearly.
  return any.test(line) || (line.length <= UNPAIRED_MAX && !PAIRED.test(line) && unpaired.test(line));
}

/** What a person typed into a row's "Ghi chú" (typedLines). */
export interface TypedLines {
  /**
   * The lines, as typed, in their order: leading spaces kept, and the blank lines between two of them (a minute in
   * paragraphs, a list with indented sub-lines: review notes63 N1). No blank line first or last.
   */
  lines: string[];
  /** Of `lines`, those the office was not told of (not among the ones the tool's line above them counted), trimmed; never blank. */
  fresh: string[];
  /** The tool's line above them said its notes were left out of the cell (reviewNoteKeptLinesNotesLeftOut): told. */
  notesLeftOut?: true;
}

/**
 * Among a code's prints of lines told (ReviewTab.notesTold), followed by the print (linePrint) of the tool's notes: the
 * office was told these notes are left out of its cell. Alone (the versions before this one): told of some, not said which.
 */
export const NOTES_LEFT_OUT_TOLD = '!';

/** A short fingerprint of a line a person typed (FNV-1a, 32 bits): how the office's state knows the lines it was told of. */
export function linePrint(line: string): string {
  return fnv1a32(line).toString(36);
}

/** Lines of one cell the state keeps a print of each; past them, one print of them all (wholePrint). */
export const LINE_PRINTS_MAX = 20;

/**
 * One print of all the lines a person typed into one cell, as they stand: what the state keeps of a cell of many lines (a
 * pasted minute of a thousand lines would take the state's whole room, and a cell of the person's lines alone, with no
 * line of the tool's to count them, would be told at every run: review d63b F1). Any change to them tells them all once.
 * `lines`: the words of the lines (textLines), as the versions before this one kept them.
 */
export function wholePrint(lines: readonly string[]): string {
  return `*${linePrint(lines.join('\n'))}`;
}

/**
 * The lines of a person's text that count (TypedLines.lines): trimmed, no blank one. What is told, counted on the tool's
 * line and printed in the state: a line re-indented or a blank line added is no news to the office; and so the prints
 * and counts of the versions before this one (which kept the text so) still hold.
 */
export function textLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const t = line.trim();
    if (t !== '') out.push(t);
  }
  return out;
}

/** The prints the state keeps of a cell's typed lines (TypedLines.lines): of its first lines, and past them of them all. */
export function linePrints(lines: readonly string[]): string[] {
  const text = textLines(lines);
  const own = text.slice(0, LINE_PRINTS_MAX).map(linePrint);
  if (text.length > LINE_PRINTS_MAX) own.push(wholePrint(text));
  return own;
}

/**
 * The lines of a "Ghi chú" cell as read that a person typed (null when none): not a line the tool writes now (`now`,
 * the row's notes this merge), nor any note of the tool in any wording (isToolNote). Kept as typed: leading and trailing
 * spaces, and blank lines between two of the person's lines; blank lines first or last, or next to a line of the tool's,
 * are the cell's layout, not the text (review notes63 N1); CR LF and CR read as a line break. `told`: the prints
 * (linePrint) of the lines the office was told of on this registration's rows; the others are `fresh` (review d61b D2:
 * a count could not tell a line deleted and another typed from lines kept). Not known (a tab from before, the state
 * lost): those the tool kept before stand under its line saying how many it kept, and the first that many of them
 * there were told of.
 */
export function typedLines(cell: unknown, now: readonly string[], told?: ReadonlySet<string>): TypedLines | null {
  // Most cells are empty or the tool's own notes as it writes them now.
  if (cell === '' || cell === null || cell === undefined) return null;
  const raw = typeof cell === 'string' ? cell : toText(cell);
  if (now.length > 0 && raw === now.join('\n')) return null;
  const mine = new Set(now.flatMap((n) => n.split('\n')).map((l) => toText(l)));
  const { kept } = patterns();
  const lines: string[] = [];
  const fresh: string[] = [];
  // Blank lines after a person's line, kept when another of theirs follows them (not a line of the tool's).
  let gap: string[] = [];
  let afterTyped = false;
  // Lines under the tool's line of kept lines, counted by it: told already.
  let counted = 0;
  let notesLeftOut = false;
  for (const line of raw.replace(/\r\n?/g, '\n').split('\n')) {
    const clean = toText(line);
    if (clean === '') {
      if (afterTyped) gap.push(line);
      continue;
    }
    afterTyped = false;
    const between = gap;
    if (gap.length > 0) gap = [];
    if (mine.has(clean)) continue;
    const count = kept.reduce<RegExpExecArray | null>((found, k) => found ?? k.exec(clean), null);
    if (count) {
      counted = Number(count[1]);
      if (count.input.startsWith(LEFT_OUT_START)) notesLeftOut = true;
      continue;
    }
    if (isToolNote(clean)) continue;
    afterTyped = true;
    lines.push(...between, line);
    const typed = line.trim();
    if (told) {
      if (!told.has(linePrint(typed))) fresh.push(typed);
    } else if (counted > 0) counted--;
    else fresh.push(typed);
  }
  if (lines.length === 0) return null;
  // A cell of many lines is known by one print of them all.
  if (told && fresh.length > 0 && told.has(wholePrint(textLines(lines)))) fresh.length = 0;
  return notesLeftOut ? { lines, fresh, notesLeftOut } : { lines, fresh };
}

/**
 * The cell of "Ghi chú": the tool's notes, then the lines a person typed under the tool's line saying so — whole, always
 * (review d61b D3: a long note cut at the cell's limit by the tool's lines above it). When they would not fit in the cell
 * (literalText cuts text past 50,000 characters), the tool's line is shortened (reviewNoteKeptLinesShort); when still not,
 * its notes are left out of the cell (reviewNoteKeptLinesNotesLeftOut, `notesLeftOut`); when not even that line fits, the
 * cell holds the person's lines alone (read again with no line of the tool's to count them: told once by the state's
 * prints, kept for a cell of many lines as its first lines' and one of them all; without the state, at every run).
 */
export function typedCell(notes: string, typed: readonly string[]): { text: string; notesLeftOut: boolean } {
  if (typed.length === 0) return { text: notes, notesLeftOut: false };
  // The count the tool's line says: the lines of text, not the blank lines between them (as typedLines counts them back).
  const n = textLines(typed).length;
  const above = notes === '' ? [] : [notes];
  const full = [...above, reviewNoteKeptLines(n), ...typed].join('\n');
  if (fitsCell(full)) return { text: full, notesLeftOut: false };
  const short = [...above, reviewNoteKeptLinesShort(n), ...typed].join('\n');
  if (fitsCell(short)) return { text: short, notesLeftOut: false };
  const alone = typed.join('\n');
  const without = `${notes === '' ? reviewNoteKeptLinesShort(n) : reviewNoteKeptLinesNotesLeftOut(n)}\n${alone}`;
  return { text: fitsCell(without) ? without : alone, notesLeftOut: notes !== '' };
}

/** The cell of "Ghi chú": the tool's notes, then the lines a person typed under the tool's line saying so (typedCell). */
export function withTypedLines(notes: string, typed: readonly string[]): string {
  return typedCell(notes, typed).text;
}
