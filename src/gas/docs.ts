// DocumentApp/DriveApp adapters of the award proposals: render a template from blocks, fill {{placeholders}}
// literally, expand the Danh sách's template rows, scan a template for the placeholders it holds, and the short
// script lock the document ledger is written under. No business rules: values come from src/core/proposals.ts.
//
// How values go in (why not replaceText): Body.replaceText(pattern, replacement) reads its pattern as RE2 and its
// replacement with "$"/"\" special (Java-style group references and escapes — unverified on the real service, and
// the emulator defaults to that strict reading). A form answer may hold "$1", "\\", ".*", newlines or 10,000
// characters. So no answer ever goes through replaceText: placeholders are FOUND with findText, whose pattern is
// our own constant (PLACEHOLDER_RE2, braces escaped, no user data in it), and each match is replaced by
// Text.insertText + Text.deleteText, which take plain strings with no replacement syntax — literal whatever
// replaceText would do with "$" and "\". The order (delete the tail of the placeholder, insert the value after its
// first "{", delete that "{") keeps the placeholder's own formatting for the value and never depends on the
// inserted text's length, so a value whose newlines the service turns into line or paragraph breaks cannot shift
// the offsets still to be used. Matches are collected before any edit and replaced last to first, so a value that
// itself contains "{{…}}" is never scanned or filled.
import { LockBusy } from './errors';
import { liveItem } from './presence';
import { writeStateSoon } from './properties';
import { flushWithRetry } from './lock';
import {
  FIRST_LIST_NUMBER,
  LEGACY_DECISION,
  LEGACY_DECISION_NUMBER,
  LEGACY_PHRASES,
  PAGE_LAYOUT,
  SECTION_HEADING,
  itemNumber,
  SECOND_LIST_NUMBER,
  type PageSpec,
  PLACEHOLDER_RE2,
  placeholderName,
  placeholdersIn,
  type Align,
  type Block,
  type ParaBlock,
  type TableBlock,
  type Values,
} from '../core/proposals';

type Document = GoogleAppsScript.Document.Document;
type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type Table = GoogleAppsScript.Document.Table;
type TableRow = GoogleAppsScript.Document.TableRow;
type Text = GoogleAppsScript.Document.Text;
/** Anything findText/getText work on: a section, a table row, a paragraph. */
type Searchable = { findText(p: string, from?: GoogleAppsScript.Document.RangeElement): GoogleAppsScript.Document.RangeElement; getText(): string };

// ---- rendering a template -----------------------------------------------------------------------

function alignment(a: Align | undefined): GoogleAppsScript.Document.HorizontalAlignment {
  const H = DocumentApp.HorizontalAlignment;
  return a === 'center' ? H.CENTER : a === 'right' ? H.RIGHT : a === 'justify' ? H.JUSTIFY : H.LEFT;
}

/** Every attribute of a paragraph set explicitly (a new paragraph would otherwise inherit the previous one's). */
function styleParagraph(para: Paragraph, b: ParaBlock, defaultSize: number): void {
  const A = DocumentApp.Attribute;
  const style: Record<string, unknown> = {};
  style[A.FONT_FAMILY as unknown as string] = PAGE_LAYOUT.font;
  style[A.FONT_SIZE as unknown as string] = b.size ?? defaultSize;
  style[A.BOLD as unknown as string] = !!b.bold;
  style[A.ITALIC as unknown as string] = !!b.italic;
  style[A.HORIZONTAL_ALIGNMENT as unknown as string] = alignment(b.align);
  style[A.INDENT_FIRST_LINE as unknown as string] = b.indent ?? 0;
  style[A.INDENT_START as unknown as string] = 0;
  style[A.SPACING_BEFORE as unknown as string] = b.spaceBefore ?? 0;
  style[A.SPACING_AFTER as unknown as string] = b.spaceAfter ?? 0;
  style[A.LINE_SPACING as unknown as string] = b.lineSpacing ?? 1.05;
  para.setAttributes(style);
}

/**
 * Writes the blocks into a new, empty document: A4 (portrait, or landscape when `page` is wider than tall — DocumentApp
 * has no orientation, only the page's width and height), Nghị định 30 margins, Times New Roman.
 *
 * What DocumentApp cannot do (no method, no Attribute): repeat a table's header row on every page, keep a table row
 * from splitting across pages, keep a paragraph with the next. A table block's `header` / `signature` flags say
 * where the template wants them; keepTableRows sets them through the Docs service once the template is saved, and
 * every document copied from it keeps them.
 */
export function renderBlocks(doc: Document, blocks: readonly Block[], defaultSize: number, page: PageSpec = PAGE_LAYOUT): void {
  const body = doc.getBody();
  body
    .setPageWidth(page.width)
    .setPageHeight(page.height)
    .setMarginTop(PAGE_LAYOUT.marginTop)
    .setMarginBottom(PAGE_LAYOUT.marginBottom)
    .setMarginLeft(PAGE_LAYOUT.marginLeft)
    .setMarginRight(PAGE_LAYOUT.marginRight);
  // A new document holds one empty paragraph: the first paragraph block uses it; tables go before it.
  let spare: Paragraph | null = body.getChild(0).asParagraph();
  for (const b of blocks) {
    if (b.t === 'p') {
      let para: Paragraph;
      if (spare) {
        para = spare;
        if (b.text !== '') para.setText(b.text);
        spare = null;
      } else para = body.appendParagraph(b.text);
      styleParagraph(para, b, defaultSize);
      continue;
    }
    if (b.t === 'pagebreak') {
      // After a table, in the empty paragraph Docs keeps there (no blank line of its own before the break); else in a
      // paragraph of its own. That paragraph is as small as it can be: should it fall below a page's last line, it
      // adds no blank page.
      const last = body.getChild(body.getNumChildren() - 1);
      const empty = !spare && last.getType() === DocumentApp.ElementType.PARAGRAPH && last.asParagraph().getNumChildren() === 0;
      const pageBreak = empty ? last.asParagraph().appendPageBreak() : body.appendPageBreak();
      styleParagraph(pageBreak.getParent().asParagraph(), { t: 'p', text: '', size: 1, lineSpacing: 1 }, defaultSize);
      continue;
    }
    const grid = tableGrid(b);
    fillTable(spare ? body.insertTable(body.getChildIndex(spare), grid) : body.appendTable(grid), b, defaultSize);
  }
  // A section ends with a paragraph (Docs adds an empty one after a final table): give it the document's font too.
  const last = body.getChild(body.getNumChildren() - 1);
  // It is made as small as it can be, so a signature block that ends a page does not push it onto a blank page — only
  // when it is that empty paragraph: a template ending with text of its own (the Quyết định's "Tổng số" under its list)
  // keeps it as styled (review "thể thức" #1: it was printed in 1-point type).
  if (last.getType() === DocumentApp.ElementType.PARAGRAPH && last.asParagraph().getText() === '') {
    styleParagraph(last.asParagraph(), { t: 'p', text: '', size: 1, lineSpacing: 1 }, defaultSize);
  }
}

/** What keepTableRows found in a template (and did). */
export type TableRowsState = 'set' | 'already' | 'reshaped' | 'unavailable' | 'failed';
/** What keepTableRows did of a template's table rows and of its page breaks ('already': none to convert). */
export interface TemplateLayout {
  rows: TableRowsState;
  breaks: 'set' | 'already' | 'unavailable' | 'failed';
}

/**
 * The table properties DocumentApp cannot set, set through the Docs advanced service on a saved document made from
 * `blocks` (review layout H1: a 7-page Danh sách printed its header row on page 1 only, a row split across pages):
 * the header row of each list table pinned (repeated on every page), the rows of list and signature tables kept whole
 * on a page. Documents copied from the template keep them (the rows of a list grown later are rows of the same table).
 * `rows` false: only the page breaks (below), for a template whose rows were set before the tool set those.
 *
 * And each page break of the template's own (a paragraph holding nothing but a page break: renderBlocks' 'pagebreak')
 * becomes "page break before" on that paragraph, the break itself deleted (review docs M1): a break is a character, so
 * when the signature block before it filled the first page, its paragraph fell onto the second and the break pushed
 * the list to the third, leaving a blank page in a Quyết định to be numbered and stamped; a paragraph that starts a
 * page only moves when it does not already stand at the top of one. DocumentApp has neither the attribute nor a way to
 * read it: the paragraph keeps its place (dropEmptyLists still finds it, empty, before its heading).
 *
 * The rows only over a body whose top-level tables are the blocks' ('reshaped': the office rebuilt its template, whose
 * tables the tool cannot match to its own: src/jobs/templates.ts says how to set them by hand; its page breaks are
 * converted all the same); nothing is written when they are set already ('already'). `pageBreaks` false: the breaks
 * were converted before (one the office has put back since is theirs). 'unavailable': no Docs service (a manifest
 * without it). One get, at most two batchUpdates (the rows', the page breaks'). 'failed': the service refused (a passing
 * error, a quota): the template is usable as it is, and the next Thiết lập tries again — so no run of documents stops
 * for it.
 */
export function keepTableRows(docId: string, blocks: readonly Block[], rows = true, pageBreaks = true): TemplateLayout {
  if (typeof Docs === 'undefined' || !Docs) return { rows: 'unavailable', breaks: 'unavailable' };
  const service = Docs;
  let content: GoogleAppsScript.Docs.Schema.StructuralElement[];
  // The revision the indexes were read from: a batch on a template edited since (its staff typing in it) is refused by
  // the API (writeControl.requiredRevisionId) rather than deleting another character; tried again at the next run.
  let revision: string | undefined;
  try {
    const got = Docs.Documents.get(docId, {
      fields: 'revisionId,body.content(startIndex,endIndex,paragraph(elements(startIndex,endIndex,pageBreak,textRun(content)),paragraphStyle(pageBreakBefore)),table(columns,tableRows(tableRowStyle)))',
    });
    content = got.body?.content ?? [];
    revision = got.revisionId ?? undefined;
  } catch {
    return { rows: 'failed', breaks: 'failed' };
  }
  // Two batches, so that a refusal of one costs nothing of the other (the page breaks' requests are the newer); the
  // rows' requests move no index, so both are made from the one get.
  const update = (requests: GoogleAppsScript.Docs.Schema.Request[]): 'set' | 'already' | 'failed' => {
    if (requests.length === 0) return 'already';
    try {
      const res = service.Documents.batchUpdate({ requests, ...(revision ? { writeControl: { requiredRevisionId: revision } } : {}) }, docId);
      revision = res?.writeControl?.requiredRevisionId ?? undefined;
      return 'set';
    } catch {
      return 'failed';
    }
  };
  const tables = content.filter((e) => e.table);
  const wanted = blocks.filter((b): b is TableBlock => b.t === 'table');
  // The template's tables are the blocks' when their number and each one's columns agree. A template the office
  // reshaped has its rows left to the office; its page breaks (below) are converted all the same: they do not depend
  // on the tables, and left as they were they keep the blank page of review docs M1 (review upgrade3).
  const reshaped = tables.length !== wanted.length || tables.some((e, i) => e.table!.columns !== wanted[i].widths.length);
  let rowsState: TableRowsState = 'already';
  if (rows && reshaped) rowsState = 'reshaped';
  else if (rows) {
    const requests: GoogleAppsScript.Docs.Schema.Request[] = [];
    tables.forEach((e, i) => {
      const b = wanted[i];
      if (!b.header && !b.signature) return;
      const tableRows = e.table!.tableRows ?? [];
      const tableStartLocation = { index: e.startIndex ?? 0 };
      if (b.header && !tableRows[0]?.tableRowStyle?.tableHeader) requests.push({ pinTableHeaderRows: { tableStartLocation, pinnedHeaderRowsCount: 1 } });
      if (tableRows.some((r) => !r.tableRowStyle?.preventOverflow)) {
        requests.push({ updateTableRowStyle: { tableStartLocation, tableRowStyle: { preventOverflow: true }, fields: 'preventOverflow' } });
      }
    });
    rowsState = update(requests);
  }
  // The page breaks: each paragraph styled first, then the breaks deleted from the last (a deletion shifts the indexes
  // after it, and the requests apply in order).
  const requests: GoogleAppsScript.Docs.Schema.Request[] = [];
  const breaks: GoogleAppsScript.Docs.Schema.Range[] = [];
  for (const e of pageBreaks ? content : []) {
    const els = e.paragraph?.elements ?? [];
    const found = els.filter((x) => x.pageBreak);
    if (found.length === 0 || els.some((x) => !x.pageBreak && (x.textRun?.content ?? '') !== '\n')) continue;
    requests.push({ updateParagraphStyle: { range: { startIndex: e.startIndex, endIndex: e.endIndex }, paragraphStyle: { pageBreakBefore: true }, fields: 'pageBreakBefore' } });
    for (const x of found) breaks.push({ startIndex: x.startIndex, endIndex: x.endIndex });
  }
  for (const range of breaks.reverse()) requests.push({ deleteContentRange: { range } });
  return { rows: rowsState, breaks: update(requests) };
}

/** The first paragraph's text of each cell (what insertTable/appendTable write; the rest is added by fillTable). */
function tableGrid(b: TableBlock): string[][] {
  return b.rows.map((r) => r.map((cell) => (cell[0] && cell[0].t === 'p' ? cell[0].text : '')));
}

/**
 * Borders, widths, and every cell's blocks: paragraphs styled, a nested table (a signature block kept with its text)
 * rendered the same way. A cell of a `keep` table has no padding, so its text stands where it would in the body;
 * the paragraph Docs adds after a nested table is made as small as it can be.
 */
function fillTable(table: Table, b: TableBlock, defaultSize: number): void {
  table.setBorderWidth(b.border);
  b.widths.forEach((w, i) => table.setColumnWidth(i, w));
  b.rows.forEach((r, i) =>
    r.forEach((blocks, j) => {
      const cell = table.getCell(i, j);
      const pad = b.keep ? 0 : 3;
      cell.setPaddingLeft(pad).setPaddingRight(pad);
      if (b.keep) cell.setPaddingTop(0).setPaddingBottom(0);
      blocks.forEach((cb, k) => {
        if (cb.t === 'p') {
          styleParagraph(k === 0 ? cell.getChild(0).asParagraph() : cell.appendParagraph(cb.text), cb, defaultSize);
          return;
        }
        fillTable(cell.appendTable(tableGrid(cb)), cb, defaultSize);
        // The cell ends with the paragraph Docs adds after a table: small, so it adds no blank line.
        const after = cell.getChild(cell.getNumChildren() - 1);
        if (after.getType() === DocumentApp.ElementType.PARAGRAPH) styleParagraph(after.asParagraph(), { t: 'p', text: '', size: 1, lineSpacing: 1 }, defaultSize);
      });
    }),
  );
}

// ---- filling placeholders -----------------------------------------------------------------------

export interface FillReport {
  /** Placeholders replaced by their value. */
  filled: Set<string>;
  /** Known placeholders without a value: left in place (visible) and reported. */
  missing: Set<string>;
  /** Placeholders the generator does not know: left in place and reported. */
  unknown: Set<string>;
  /** Placeholders split across text runs (different formatting inside): findText cannot see them. */
  split: Set<string>;
}

export function emptyReport(): FillReport {
  return { filled: new Set(), missing: new Set(), unknown: new Set(), split: new Set() };
}

export function mergeReport(into: FillReport, r: FillReport): FillReport {
  for (const k of ['filled', 'missing', 'unknown', 'split'] as const) r[k].forEach((n) => into[k].add(n));
  return into;
}

interface Match {
  text: Text;
  start: number;
  end: number;
  name: string;
}

/** Every placeholder findText sees in an element, in document order, before anything is edited. */
function findPlaceholders(el: Searchable): Match[] {
  const out: Match[] = [];
  let r = el.findText(PLACEHOLDER_RE2);
  while (r) {
    const text = r.getElement().asText();
    const start = r.getStartOffset();
    const end = r.getEndOffsetInclusive();
    out.push({ text, start, end, name: placeholderName(text.getText().slice(start, end + 1)) });
    r = el.findText(PLACEHOLDER_RE2, r);
  }
  return out;
}

/** The placeholders in the element's text that findText did not see (split across text runs). */
function splitOnes(all: string[], found: Match[]): string[] {
  const count = new Map<string, number>();
  for (const n of all) count.set(n, (count.get(n) ?? 0) + 1);
  for (const m of found) count.set(m.name, (count.get(m.name) ?? 0) - 1);
  return [...count].filter(([, c]) => c > 0).map(([n]) => n);
}

/** A value as inserted: line breaks as "\n" only (the service decides how it shows them). */
function normalise(v: string): string {
  return v.replace(/\r\n?/g, '\n');
}

/** The paragraph (or list item) a text element sits in, and whether it may be taken out of its container. */
function removableParagraph(text: Text): Paragraph | null {
  const para = text.getParent();
  if (!para) return null;
  const type = para.getType();
  if (type !== DocumentApp.ElementType.PARAGRAPH && type !== DocumentApp.ElementType.LIST_ITEM) return null;
  const container = para.getParent();
  if (!container) return null;
  const n = container.getNumChildren();
  // A section or cell keeps at least one paragraph, and a section's last paragraph stays (it follows a final table).
  if (n < 2 || container.getChildIndex(para) === n - 1) return null;
  return para.asParagraph();
}

/**
 * Replaces the characters start..end (inclusive) of `text` by `value`, which takes their formatting: the first
 * character stays while the value is inserted after it, then goes.
 */
function replaceKeepingFormat(text: Text, start: number, end: number, value: string): void {
  text.deleteText(start + 1, end);
  text.insertText(start + 1, value);
  text.deleteText(start, start);
}

/**
 * Fills the placeholders of an element with `values` (see the header comment for why this is literal).
 * `defer(name)` = leave it for a later pass without reporting (the Danh sách's row placeholders).
 *
 * Nothing of a placeholder reaches the document: a known one without a value (null, "") takes its whole paragraph
 * out (an optional line: "- Đảng viên: …"), or — in a paragraph that must stay (a table cell's only one) — is
 * deleted; an unknown one is deleted. Both are reported. The generator refuses beforehand a document that lacks a
 * value it cannot do without (core/proposals.ts REQUIRED_PLACEHOLDERS). A placeholder split across text runs
 * cannot be found (findText) and is reported; the preview names it so the office retypes it.
 */
export function fillElement(el: Searchable, values: Values, defer?: (name: string) => boolean): FillReport {
  const report = emptyReport();
  const all = placeholdersIn(el.getText());
  if (all.length === 0) return report;
  const has = (name: string) => Object.prototype.hasOwnProperty.call(values, name);
  const empty = (name: string) => has(name) && (values[name] === null || values[name] === undefined || values[name] === '');
  // 1. Optional lines without a value: out, one paragraph at a time (the matches are found again after each).
  for (let guard = 0; guard < 1000; guard++) {
    const m = findPlaceholders(el).find((x) => !(defer && defer(x.name)) && empty(x.name));
    if (!m) break;
    report.missing.add(m.name);
    const para = removableParagraph(m.text);
    if (para) {
      const removed = itemNumber(para.getText());
      const next = para.getNextSibling();
      para.removeFromParent();
      if (removed !== null && next) renumberAfter(next, removed);
    } else m.text.deleteText(m.start, m.end);
  }
  const found = findPlaceholders(el);
  for (const n of splitOnes(placeholdersIn(el.getText()), found)) report.split.add(n);
  // 2. The values, last match first.
  for (let i = found.length - 1; i >= 0; i--) {
    const { text, start, end, name } = found[i];
    if (defer && defer(name)) continue;
    if (!has(name)) {
      report.unknown.add(name);
      text.deleteText(start, end);
      continue;
    }
    replaceKeepingFormat(text, start, end, normalise(values[name] as string));
    report.filled.add(name);
  }
  return report;
}

/**
 * An optional numbered item (`removed`) taken out: the numbered paragraphs from `from` to the end of its section (a
 * heading, or anything but a paragraph) that come after it lose one (core itemNumber; review r73l).
 */
function renumberAfter(from: GoogleAppsScript.Document.Element, removed: number): void {
  for (let el: GoogleAppsScript.Document.Element | null = from; el; el = el.getNextSibling()) {
    const type = el.getType();
    if (type !== DocumentApp.ElementType.PARAGRAPH && type !== DocumentApp.ElementType.LIST_ITEM) return;
    const para = type === DocumentApp.ElementType.LIST_ITEM ? el.asListItem() : el.asParagraph();
    const text = para.getText();
    if (SECTION_HEADING.test(text)) return;
    const n = itemNumber(text);
    if (n === null || n <= removed) continue;
    // The new number after the old one (it takes the old one's formatting), then the old one out.
    const digits = String(n).length;
    const t = para.editAsText();
    t.insertText(digits, String(n - 1));
    t.deleteText(0, digits - 1);
  }
}

/**
 * Rewrites, in a document copied from a template made before a wording change, the old wording into the current
 * one (core LEGACY_PHRASES: our own constant patterns, found with findText; the replacement is our own text).
 * Matches are collected first and replaced last to first. Returns how many were rewritten.
 */
export function rewriteLegacyPhrases(el: Searchable): number {
  let n = 0;
  for (const [pattern, replacement] of LEGACY_PHRASES) {
    const found: Array<{ text: Text; start: number; end: number }> = [];
    let r = el.findText(pattern);
    while (r) {
      found.push({ text: r.getElement().asText(), start: r.getStartOffset(), end: r.getEndOffsetInclusive() });
      r = el.findText(pattern, r);
    }
    for (let i = found.length - 1; i >= 0; i--) {
      const { text, start, end } = found[i];
      replaceKeepingFormat(text, start, end, replacement);
      n++;
    }
  }
  return n;
}

/** Fills body, header and footer (after rewriting a legacy template's old wording). */
export function fillDocument(doc: Document, values: Values, defer?: (name: string) => boolean): FillReport {
  rewriteLegacyPhrases(doc.getBody());
  const report = fillElement(doc.getBody(), values, defer);
  const header = doc.getHeader();
  if (header) mergeReport(report, fillElement(header, values, defer));
  const footer = doc.getFooter();
  if (footer) mergeReport(report, fillElement(footer, values, defer));
  return report;
}

/** The placeholders a document holds (seen by findText) and those split across runs; nothing is edited. */
export function scanDocument(doc: Document): { names: string[]; split: string[] } {
  const names = new Set<string>();
  const split = new Set<string>();
  const sections: Searchable[] = [doc.getBody()];
  const header = doc.getHeader();
  if (header) sections.push(header);
  const footer = doc.getFooter();
  if (footer) sections.push(footer);
  for (const s of sections) {
    const all = placeholdersIn(s.getText());
    if (all.length === 0) continue;
    const found = findPlaceholders(s);
    found.forEach((m) => names.add(m.name));
    splitOnes(all, found).forEach((n) => split.add(n));
  }
  return { names: [...names], split: [...split] };
}

// ---- the Danh sách's tables -------------------------------------------------------------------------

export interface RowSet<K extends string> {
  kind: K;
  rows: Values[];
}

/**
 * For each kind, finds the first table row holding one of its placeholders (`kindOf(name)`), inserts a copy of
 * it per entry of `rows[kind]` (filled from that entry), then removes the template row. The copies are made from
 * the untouched template row, so the values written into one row are never scanned again. Returns the report and
 * the kinds whose template row was not found.
 */
export function expandTableRows<K extends string>(body: Body, kindOf: (name: string) => K | null, sets: RowSet<K>[]): { report: FillReport; missingKinds: K[] } {
  const report = emptyReport();
  const templates = new Map<K, { table: Table; index: number }>();
  for (const table of body.getTables()) {
    const n = table.getNumRows();
    for (let i = 0; i < n; i++) {
      const names = placeholdersIn(table.getRow(i).getText());
      for (const name of names) {
        const k = kindOf(name);
        if (k !== null && !templates.has(k)) templates.set(k, { table, index: i });
      }
    }
  }
  // Last rows first, so the indices of the other template rows stay right.
  const order = sets.filter((s) => templates.has(s.kind)).sort((a, b) => templates.get(b.kind)!.index - templates.get(a.kind)!.index);
  for (const set of order) {
    const { table, index } = templates.get(set.kind)!;
    const template: TableRow = table.getRow(index);
    set.rows.forEach((values, j) => {
      const row = table.insertTableRow(index + 1 + j, template.copy());
      mergeReport(report, fillElement(row, values));
    });
    table.removeRow(index);
  }
  return { report, missingKinds: sets.filter((s) => !templates.has(s.kind)).map((s) => s.kind) };
}

/**
 * The paragraph just before `el` that starts its page: one holding nothing but a page break (Body.appendPageBreak's
 * own paragraph), or, in a template whose breaks the Docs service made "page break before" (keepTableRows), the empty
 * paragraph left in its place — DocumentApp cannot read that style, so any empty paragraph there is taken.
 */
function pageBreakBefore(el: GoogleAppsScript.Document.Element): Paragraph | null {
  const prev = el.getPreviousSibling();
  if (!prev || prev.getType() !== DocumentApp.ElementType.PARAGRAPH) return null;
  const para = prev.asParagraph();
  if (para.getText() !== '') return null;
  for (let i = 0; i < para.getNumChildren(); i++) {
    const type = para.getChild(i).getType();
    if (type !== DocumentApp.ElementType.PAGE_BREAK && type !== DocumentApp.ElementType.TEXT) return null;
  }
  return para;
}

/**
 * Takes out of the body the list table of each kind in `drop` (the first table with a row holding one of its row
 * placeholders, unless that table holds rows of a kind not dropped too) and its heading — the paragraph just before
 * the table, when it holds `heading[kind]` as a
 * placeholder (a template the office rearranged keeps its other paragraphs) — and the page break just before that
 * heading (the second list starts a page: core templateBlocks). When the first list goes, the next one's page break
 * goes too (it follows the title now), and its heading, if it starts "II. ", becomes "I. ". Run before the
 * placeholders are filled. Returns the kinds taken out.
 */
export function dropEmptyLists<K extends string>(body: Body, kindOf: (name: string) => K | null, drop: readonly K[], heading: Partial<Record<K, string>>): K[] {
  if (!drop.length) return [];
  const tables = body.getTables();
  const found: Array<{ kind: K; table: Table; kinds: Set<K> }> = [];
  for (const table of tables) {
    const kinds = new Set<K>();
    for (const name of placeholdersIn(table.getText())) {
      const k = kindOf(name);
      if (k !== null) kinds.add(k);
    }
    for (const k of kinds) if (!found.some((f) => f.kind === k)) found.push({ kind: k, table, kinds });
  }
  const out: K[] = [];
  const headingParagraph = (table: Table): Paragraph | null => {
    const prev = table.getPreviousSibling();
    return prev && prev.getType() === DocumentApp.ElementType.PARAGRAPH ? prev.asParagraph() : null;
  };
  const isHeading = (para: Paragraph | null, kind: K): para is Paragraph => !!para && !!heading[kind] && placeholdersIn(para.getText()).indexOf(heading[kind]!) >= 0;
  found.forEach((f, i) => {
    // A table that also holds rows of a kind kept (an office's template with both lists in one table) stays: its
    // empty kind is expanded like any other (to no row).
    if (drop.indexOf(f.kind) < 0 || [...f.kinds].some((k) => drop.indexOf(k) < 0)) return;
    const para = headingParagraph(f.table);
    if (isHeading(para, f.kind)) {
      const pageBreak = pageBreakBefore(para);
      if (pageBreak) pageBreak.removeFromParent();
      para.removeFromParent();
    }
    const after = f.table.getNextSibling();
    f.table.removeFromParent();
    // The empty paragraph Docs keeps after a table goes too when an empty one is already before it (no blank gap).
    if (after && after.getType() === DocumentApp.ElementType.PARAGRAPH && after.asParagraph().getText() === '' && after.getNextSibling()) {
      const before = after.getPreviousSibling();
      if (before && before.getType() === DocumentApp.ElementType.PARAGRAPH && before.asParagraph().getText() === '') after.removeFromParent();
    }
    out.push(f.kind);
    // The list after it moves up one number ("II. CÁ NHÂN" → "I. CÁ NHÂN").
    const next = found[i + 1];
    if (i === 0 && next && drop.indexOf(next.kind) < 0) {
      const nextHeading = headingParagraph(next.table);
      if (isHeading(nextHeading, next.kind)) {
        const pageBreak = pageBreakBefore(nextHeading);
        if (pageBreak) pageBreak.removeFromParent();
        if (nextHeading.getText().indexOf(SECOND_LIST_NUMBER) === 0) nextHeading.editAsText().deleteText(0, SECOND_LIST_NUMBER.length - FIRST_LIST_NUMBER.length - 1);
      }
    }
  });
  return out;
}

/**
 * A Quyết định copied from a template made before its number moved into the header: the paragraph "Số: …/QĐ-…" just
 * after the header table goes into the header's empty cell under the issuing body (row 2, left), level with the date.
 * Nothing is done when the template has another layout. Returns true when moved.
 */
export function moveDecisionNumber(body: Body): boolean {
  if (body.getNumChildren() < 2) return false;
  const first = body.getChild(0);
  const second = body.getChild(1);
  if (first.getType() !== DocumentApp.ElementType.TABLE || second.getType() !== DocumentApp.ElementType.PARAGRAPH) return false;
  const para = second.asParagraph();
  if (para.getText().trim() !== LEGACY_DECISION_NUMBER) return false;
  const table = first.asTable();
  if (table.getNumRows() < 2 || table.getRow(1).getNumCells() < 1) return false;
  const cell = table.getCell(1, 0);
  if (cell.getText().trim() !== '' || cell.getNumChildren() < 1 || cell.getChild(0).getType() !== DocumentApp.ElementType.PARAGRAPH) return false;
  // The cell's own (empty, centred) paragraph takes the text, so it keeps the header's style.
  cell.getChild(0).asParagraph().setText(LEGACY_DECISION_NUMBER);
  para.removeFromParent();
  return true;
}

/**
 * A Quyết định copied from a template made before it cited the office's competence and had an article on the reward
 * (core LEGACY_DECISION): "{{can_cu_chuc_nang}}" goes just before the law's căn cứ, "Điều 2. {{tien_thuong}}" just
 * before the article on taking effect, which becomes Điều 3, the execution article Điều 4 ("Như Điều 4" in the Nơi
 * nhận). Each new line is a copy of the paragraph it precedes (same style). A template that has the lines, or whose
 * wording differs, is left alone. Returns what was added.
 */
export function addDecisionLines(body: Body): { competence: boolean; reward: boolean } {
  const text = body.getText();
  const out = { competence: false, reward: false };
  const paragraphAt = (wanted: string): Paragraph | null => {
    for (let i = 0; i < body.getNumChildren(); i++) {
      const c = body.getChild(i);
      if (c.getType() === DocumentApp.ElementType.PARAGRAPH && c.asParagraph().getText().trim() === wanted) return c.asParagraph();
    }
    return null;
  };
  const before = (para: Paragraph, line: string) => {
    const copy = para.copy();
    copy.setText(line);
    body.insertParagraph(body.getChildIndex(para), copy);
  };
  if (text.indexOf(LEGACY_DECISION.competence) < 0) {
    const law = paragraphAt(LEGACY_DECISION.lawBasis);
    if (law) {
      before(law, LEGACY_DECISION.competence);
      out.competence = true;
    }
  }
  if (text.indexOf(LEGACY_DECISION.reward) < 0) {
    const effect = paragraphAt(LEGACY_DECISION.effect);
    if (effect) {
      for (const [pattern, replacement] of LEGACY_DECISION.renumber) body.replaceText(pattern, replacement);
      effect.setText(LEGACY_DECISION.effectNow);
      before(effect, LEGACY_DECISION.reward);
      out.reward = true;
    }
  }
  return out;
}

/**
 * A document copied from a template made while renderBlocks shrank the body's last paragraph whatever it held: a last
 * paragraph with text in 1-point type (the Quyết định's "Tổng số" under its list: review "thể thức" #1) is given
 * `size` back, bold as its template block is. Returns true when restyled.
 */
export function restoreLastParagraph(body: Body, size: number): boolean {
  const n = body.getNumChildren();
  if (n === 0) return false;
  const last = body.getChild(n - 1);
  if (last.getType() !== DocumentApp.ElementType.PARAGRAPH) return false;
  const para = last.asParagraph();
  if (para.getText().trim() === '' || para.editAsText().getFontSize(0) !== 1) return false;
  para.editAsText().setFontSize(size).setBold(true);
  return true;
}

// ---- Drive helpers ----------------------------------------------------------------------------------

/**
 * The file if it exists and is not in the trash; null when Drive confirms it is gone; throws when Drive cannot tell
 * now (gas/presence.ts). `name`: its name, for the second lookup.
 */
export function liveFile(id: string | null, name: string): GoogleAppsScript.Drive.File | null {
  return liveItem<GoogleAppsScript.Drive.File>('file', id, name);
}

/** A Drive id as Drive makes them (letters, digits, "-", "_"): safe inside a search query's quotes. */
const DRIVE_ID = /^[A-Za-z0-9_-]+$/;

/**
 * The ids of the files directly in each folder of `folderIds` that are not in the trash, by one search a folder
 * (`'<id>' in parents and trashed = false`: DriveApp passes its query to Drive API v2, whose listing includes files in
 * the trash unless asked not to — developers.google.com/drive/api/v2/ref-search-terms, …/v2/reference/files/list), so
 * one request and one step of its iterator a file, instead of a lookup by id and a look at its trash flag each.
 *
 * Only a positive answer: an id listed is there and not in the trash when listed. An id not listed may be anywhere
 * (moved or renamed by the office, Drive failing in passing, the deadline): the caller looks it up by id (liveFile),
 * which alone may say "gone". So a search that fails, in passing or not, stops there and returns what it had listed;
 * nothing is started after `deadline`.
 */
export function liveFilesIn(folderIds: Iterable<string>, deadline = Infinity): Set<string> {
  const out = new Set<string>();
  for (const id of folderIds) {
    if (!DRIVE_ID.test(id)) continue;
    try {
      if (Date.now() >= deadline) break;
      const it = DriveApp.searchFiles(`'${id}' in parents and trashed = false`);
      while (Date.now() < deadline && it.hasNext()) out.add(it.next().getId());
    } catch {
      // Not listed: looked up one by one.
    }
  }
  return out;
}

/** The folder, likewise (`name` null when unknown: the second lookup lists every folder). */
export function liveFolder(id: string | null, name: string | null): GoogleAppsScript.Drive.Folder | null {
  return liveItem<GoogleAppsScript.Drive.Folder>('folder', id, name);
}

/** A subfolder of `parent` named `name`, or `name (lần n)` when that name is taken. */
export function newSubfolder(parent: GoogleAppsScript.Drive.Folder, name: (n: number) => string): GoogleAppsScript.Drive.Folder {
  for (let n = 1; n < 100; n++) {
    const it = parent.getFoldersByName(name(n));
    let taken = false;
    while (it.hasNext()) if (!it.next().isTrashed()) taken = true;
    if (!taken) return parent.createFolder(name(n));
  }
  return parent.createFolder(name(100));
}

/** Moves to the trash the files named `name` in `folder` whose id is not in `keep` (a copy left half-filled). */
export function trashUnrecorded(folder: GoogleAppsScript.Drive.Folder, name: string, keep: (id: string) => boolean): number {
  let n = 0;
  const it = folder.getFilesByName(name);
  while (it.hasNext()) {
    const f = it.next();
    if (!f.isTrashed() && !keep(f.getId())) {
      f.setTrashed(true);
      n++;
    }
  }
  return n;
}

/**
 * Runs fn holding the script lock, without SpreadsheetApp.flush() of its own: the batch's state lives in script
 * properties, which need no flush, and the document ledger's records (src/gas/records.ts) flush themselves. `sheets`:
 * fn may write to the spreadsheet (a line of "Nhật ký lỗi", the tab made for it): its writes are flushed before the
 * lock is let go, so that the next holder reads them (and does not make the tab a second time).
 */
export function withLedgerLock<T>(waitMs: number, fn: () => T, sheets = false): T {
  const lock = LockService.getScriptLock();
  try {
    lock.waitLock(waitMs);
  } catch (err) {
    // Another execution holds it (a rebuild sending mail): known by where it was thrown, never by its wording.
    throw new LockBusy(err);
  }
  let done = false;
  let unflushed: unknown = null;
  try {
    const out = fn();
    done = true;
    return out;
  } finally {
    try {
      try {
        if (sheets) {
          try {
            flushWithRetry();
          } catch (err) {
            unflushed = err;
          }
        }
        // State the lock guards is written before it goes (the count of the tab of records, src/gas/records.ts: written
        // after, it could overwrite the lower count of a rebuild that rewrote the tab meanwhile: review diff12 #2).
        writeStateSoon();
      } finally {
        lock.releaseLock();
      }
    } catch {
      // Nothing thrown from here: after fn succeeded, a failed release or state write must not make its (saved) write
      // look failed (the lock is released when the execution ends anyway); after fn failed, its own error is the one to
      // report.
    }
    // Its tab writes not committed (the flush failed): not saved, whatever fn returned — the run fails, and its next
    // attempt writes them again (fn's writes must bear that: appendHistoryOnce, the records' own).
    if (done && unflushed !== null) throw unflushed;
  }
}
