// DocumentApp: documents, their body/header/footer sections, paragraphs (runs of formatted text), list items,
// tables, page breaks; replaceText/findText with RE2 semantics; saveAndClose; the daily "docs create" quota.
//
// Model: a tree of DocNode (section → paragraph/list item/table → row → cell → …; paragraph → Text/PageBreak).
// A Text node holds formatting runs (text + attributes), so a placeholder is matched only inside ONE Text element
// (Apps Script's rule): text appended with appendText() is a separate Text element, and a placeholder split
// across two of them does not match. The script-facing Emu* classes wrap a node plus the "session" (the open
// Document handle) it came from; after saveAndClose every object of that session refuses to work.
import {
  attach,
  instrument,
  makeEnum,
  type EnumValue,
  type Facade,
  type Runtime,
  type Subset,
} from './runtime.js';

type D = typeof GoogleAppsScript.Document;
type GDocument = GoogleAppsScript.Document.Document;
type GBody = GoogleAppsScript.Document.Body;
type GElement = GoogleAppsScript.Document.Element;
type GContainer = GoogleAppsScript.Document.ContainerElement;
type GParagraph = GoogleAppsScript.Document.Paragraph;
type GListItem = GoogleAppsScript.Document.ListItem;
type GTable = GoogleAppsScript.Document.Table;
type GTableRow = GoogleAppsScript.Document.TableRow;
type GTableCell = GoogleAppsScript.Document.TableCell;
type GText = GoogleAppsScript.Document.Text;
type GPageBreak = GoogleAppsScript.Document.PageBreak;
type GHeader = GoogleAppsScript.Document.HeaderSection;
type GFooter = GoogleAppsScript.Document.FooterSection;
type GRangeElement = GoogleAppsScript.Document.RangeElement;
type Blob = GoogleAppsScript.Base.Blob;

export const DOC_MIME = 'application/vnd.google-apps.document';
export const PDF_MIME = 'application/pdf';

export const DOC_MSG = {
  closed: 'Document is closed, its contents cannot be updated.',
  missing: "Document is missing (perhaps it was deleted, or you don't have read access?)",
  // ASSUMPTION (wording unverified): openByUrl with something that is not a document URL.
  badUrl: 'Invalid argument: url',
  quota: 'Service invoked too many times for one day: docs create.',
  lastParagraph: "Can't remove the last paragraph in a document section.",
  // From gas-fakes' reproduction of the live API (appending an element that still has a parent).
  mustBeDetached: 'Element must be detached.',
  // ASSUMPTION (wording ours): child index out of range, element not a child.
  childIndex: (i: number, n: number) => `Child index (${i}) must be less than or equal to the number of child elements (${n}).`,
  notChild: 'Element does not contain the specified child element.',
  cast: (from: string, to: string) => `Cannot cast ${from} to ${to}.`,
  offsets: 'Invalid offsets.',
  // RE2 parse errors, worded as RE2 reports them (whether Apps Script forwards RE2's text is unverified).
  re2Perl: (s: string) => `error parsing regexp: invalid or unsupported Perl syntax: \`${s}\``,
  re2Escape: (s: string) => `error parsing regexp: invalid escape sequence: \`${s}\``,
  re2Repeat: (s: string) => `error parsing regexp: invalid nested repetition operator: \`${s}\``,
  // java.util.regex.Matcher.appendReplacement's messages (the replacement syntax we assume, see replaceText).
  illegalGroup: 'Illegal group reference',
  noGroup: (n: number) => `No group ${n}`,
  escapeMissing: 'character to be escaped is missing',
  // Emulator's own refusal (Apps Script would silently export the last SAVED version).
  pdfUnsaved: (name: string) =>
    `Emulator: getAs('application/pdf') of "${name}" while it has unsaved changes — Apps Script exports the last saved version; call saveAndClose() first.`,
  convert: (from: string, to: string) => `Converting from ${from} to ${to} is not supported.`,
};

// ------------------------------------------------------------------ enums

export const ATTRIBUTE = makeEnum([
  'BACKGROUND_COLOR', 'BOLD', 'BORDER_COLOR', 'BORDER_WIDTH', 'CODE', 'FONT_FAMILY', 'FONT_SIZE', 'FOREGROUND_COLOR',
  'HEADING', 'HEIGHT', 'HORIZONTAL_ALIGNMENT', 'INDENT_END', 'INDENT_FIRST_LINE', 'INDENT_START', 'ITALIC',
  'GLYPH_TYPE', 'LEFT_TO_RIGHT', 'LINE_SPACING', 'LINK_URL', 'LIST_ID', 'MARGIN_BOTTOM', 'MARGIN_LEFT',
  'MARGIN_RIGHT', 'MARGIN_TOP', 'NESTING_LEVEL', 'MINIMUM_HEIGHT', 'PADDING_BOTTOM', 'PADDING_LEFT', 'PADDING_RIGHT',
  'PADDING_TOP', 'PAGE_HEIGHT', 'PAGE_WIDTH', 'SPACING_AFTER', 'SPACING_BEFORE', 'STRIKETHROUGH', 'UNDERLINE',
  'VERTICAL_ALIGNMENT', 'WIDTH',
] as const);
export const ELEMENT_TYPE = makeEnum([
  'BODY_SECTION', 'COMMENT_SECTION', 'DATE', 'DOCUMENT', 'EQUATION', 'EQUATION_FUNCTION',
  'EQUATION_FUNCTION_ARGUMENT_SEPARATOR', 'EQUATION_SYMBOL', 'FOOTER_SECTION', 'FOOTNOTE', 'FOOTNOTE_SECTION',
  'HEADER_SECTION', 'HORIZONTAL_RULE', 'INLINE_DRAWING', 'INLINE_IMAGE', 'LIST_ITEM', 'PAGE_BREAK', 'PARAGRAPH',
  'PERSON', 'RICH_LINK', 'TABLE', 'TABLE_CELL', 'TABLE_OF_CONTENTS', 'TABLE_ROW', 'TEXT', 'UNSUPPORTED',
] as const);
export const HORIZONTAL_ALIGNMENT = makeEnum(['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY'] as const);
export const PARAGRAPH_HEADING = makeEnum(['NORMAL', 'HEADING1', 'HEADING2', 'HEADING3', 'HEADING4', 'HEADING5', 'HEADING6', 'TITLE', 'SUBTITLE'] as const);
export const TEXT_ALIGNMENT = makeEnum(['NORMAL', 'SUPERSCRIPT', 'SUBSCRIPT'] as const);
export const VERTICAL_ALIGNMENT = makeEnum(['BOTTOM', 'CENTER', 'TOP'] as const);
export const GLYPH_TYPE = makeEnum(['BULLET', 'HOLLOW_BULLET', 'SQUARE_BULLET', 'NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER'] as const);

const ENUM_ATTRS: Record<string, Record<string, EnumValue>> = {
  HEADING: PARAGRAPH_HEADING,
  HORIZONTAL_ALIGNMENT,
  VERTICAL_ALIGNMENT,
  GLYPH_TYPE,
};

/** Attributes that belong to characters (kept per run); everything else belongs to the element. */
export const TEXT_ATTRS = new Set(['BOLD', 'ITALIC', 'UNDERLINE', 'STRIKETHROUGH', 'FONT_FAMILY', 'FONT_SIZE', 'FOREGROUND_COLOR', 'BACKGROUND_COLOR', 'LINK_URL', 'CODE']);
const PARAGRAPH_ATTRS = new Set(['HEADING', 'HORIZONTAL_ALIGNMENT', 'INDENT_END', 'INDENT_FIRST_LINE', 'INDENT_START', 'LINE_SPACING', 'SPACING_AFTER', 'SPACING_BEFORE', 'LEFT_TO_RIGHT', 'NESTING_LEVEL', 'GLYPH_TYPE', 'LIST_ID']);
const SECTION_ATTRS = new Set(['MARGIN_TOP', 'MARGIN_BOTTOM', 'MARGIN_LEFT', 'MARGIN_RIGHT', 'PAGE_WIDTH', 'PAGE_HEIGHT']);
const TABLE_ATTRS = new Set(['BORDER_WIDTH', 'BORDER_COLOR']);
const CELL_ATTRS = new Set(['WIDTH', 'BACKGROUND_COLOR', 'PADDING_TOP', 'PADDING_BOTTOM', 'PADDING_LEFT', 'PADDING_RIGHT', 'VERTICAL_ALIGNMENT']);

/** Page sizes in points. Google Docs' default for a new document is US Letter with 1-inch margins. */
export const PAGE = { LETTER: { width: 612, height: 792 }, A4: { width: 595.276, height: 841.89 } };

// ------------------------------------------------------------------ model (Node side)

export type NodeType =
  | 'BODY_SECTION' | 'HEADER_SECTION' | 'FOOTER_SECTION'
  | 'PARAGRAPH' | 'LIST_ITEM' | 'TABLE' | 'TABLE_ROW' | 'TABLE_CELL'
  | 'TEXT' | 'PAGE_BREAK' | 'HORIZONTAL_RULE';

export type Attrs = Record<string, string | number | boolean | null>;

/** A formatting run of a Text element: characters sharing the same attributes. */
export interface Run {
  text: string;
  attrs: Attrs;
}

/**
 * Table properties Google Docs offers in its UI (Format → Table → Table properties → Rows: "Pin header rows",
 * "Allow row to overflow across pages") and DocumentApp does NOT: no method or Attribute reads or sets them, so no
 * facade exposes them; only `DocsService.setTablePropertiesInUi` (the office clicking in Docs) does. A copy of the
 * document (makeCopy) or of the table keeps them; rows inserted later are rows of the same table.
 */
export interface UiTableProperties {
  /** How many rows at the top repeat on every page. */
  pinnedHeaderRows: number;
  /** false = a row is never split across two pages. */
  rowsMayOverflow: boolean;
}

/** One node of a document tree. */
export class DocNode {
  parent: DocNode | null = null;
  children: DocNode[] = [];
  /** Element attributes (Apps Script Attribute names; enum values stored by name). For a paragraph, its text
   *  attributes too: the formatting of its paragraph mark, inherited by text added to it later. */
  attrs: Attrs = {};
  /** TEXT only: its formatting runs. */
  runs: Run[] = [];
  /** TABLE only: column widths in points (null = not set). */
  columnWidths: Array<number | null> = [];
  /** TABLE only: what only the Docs UI sets (see UiTableProperties); null = Docs' defaults (none pinned, rows split). */
  uiTable: UiTableProperties | null = null;
  /**
   * PARAGRAPH only: "Add page break before" (Google Docs: Format → Line & paragraph spacing; the Docs API's
   * ParagraphStyle.pageBreakBefore): the paragraph always starts a page. DocumentApp has no method or Attribute for it;
   * only the Docs service sets it here (docs-api.ts updateParagraphStyle).
   */
  pageBreakBefore = false;
  /** Sections only: the document they belong to. */
  doc: DocumentModel | null = null;
  constructor(readonly type: NodeType) {}

  get text(): string {
    return this.runs.map((r) => r.text).join('');
  }
}

const SECTIONS = new Set<NodeType>(['BODY_SECTION', 'HEADER_SECTION', 'FOOTER_SECTION']);
const BLOCK_CONTAINERS = new Set<NodeType>(['BODY_SECTION', 'HEADER_SECTION', 'FOOTER_SECTION', 'TABLE_CELL']);
const isPara = (n: DocNode) => n.type === 'PARAGRAPH' || n.type === 'LIST_ITEM';

export function newNode(type: NodeType, init: Partial<Pick<DocNode, 'attrs'>> = {}): DocNode {
  const n = new DocNode(type);
  if (init.attrs) n.attrs = { ...init.attrs };
  return n;
}

/** Paragraph text may not contain "\n": Apps Script turns it into a line break "\r". */
function paraText(s: string): string {
  return String(s).replace(/\r\n|\n/g, '\r');
}

export function newText(text: string, attrs: Attrs = {}): DocNode {
  const t = new DocNode('TEXT');
  if (text !== '') t.runs.push({ text: paraText(text), attrs: { ...attrs } });
  return t;
}

function textAttrsOf(a: Attrs): Attrs {
  const out: Attrs = {};
  for (const [k, v] of Object.entries(a)) if (TEXT_ATTRS.has(k) && v !== null && v !== undefined) out[k] = v;
  return out;
}

export function newParagraph(type: 'PARAGRAPH' | 'LIST_ITEM', text: string, attrs: Attrs = {}): DocNode {
  const p = newNode(type, { attrs });
  if (text !== '') append(p, newText(text, textAttrsOf(attrs)));
  return p;
}

export function newTable(cells?: string[][]): DocNode {
  const t = new DocNode('TABLE');
  t.attrs.BORDER_WIDTH = 1;
  t.attrs.BORDER_COLOR = '#000000';
  const rows = cells && cells.length ? cells : [];
  for (const r of rows) {
    const row = new DocNode('TABLE_ROW');
    for (const c of r) append(row, newCell(String(c)));
    append(t, row);
  }
  t.columnWidths = new Array(Math.max(0, ...rows.map((r) => r.length))).fill(null);
  return t;
}

export function newCell(text: string): DocNode {
  const c = new DocNode('TABLE_CELL');
  append(c, newParagraph('PARAGRAPH', text));
  return c;
}

function append(parent: DocNode, child: DocNode): DocNode {
  child.parent = parent;
  parent.children.push(child);
  return child;
}
function insertAt(parent: DocNode, index: number, child: DocNode): DocNode {
  child.parent = parent;
  parent.children.splice(index, 0, child);
  return child;
}
function detach(child: DocNode): void {
  const p = child.parent;
  if (!p) return;
  const i = p.children.indexOf(child);
  if (i >= 0) p.children.splice(i, 1);
  child.parent = null;
}

/** A deep copy with no parent (what Element.copy() returns). */
export function cloneNode(n: DocNode): DocNode {
  const c = new DocNode(n.type);
  c.attrs = { ...n.attrs };
  c.runs = n.runs.map((r) => ({ text: r.text, attrs: { ...r.attrs } }));
  c.columnWidths = [...n.columnWidths];
  c.uiTable = n.uiTable ? { ...n.uiTable } : null;
  c.pageBreakBefore = n.pageBreakBefore;
  for (const ch of n.children) append(c, cloneNode(ch));
  return c;
}

/** Every Text node under `n` (or `n` itself), in document order. */
export function textNodes(n: DocNode, out: DocNode[] = []): DocNode[] {
  if (n.type === 'TEXT') out.push(n);
  else for (const c of n.children) textNodes(c, out);
  return out;
}

/** getText() of any element, as Apps Script assembles it: paragraphs joined by "\n", cells by "\t" (assumed). */
export function nodeText(n: DocNode): string {
  switch (n.type) {
    case 'TEXT':
      return n.text;
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      return n.children.filter((c) => c.type === 'TEXT').map((c) => c.text).join('');
    case 'TABLE_ROW':
      return n.children.map(nodeText).join('\t');
    case 'PAGE_BREAK':
    case 'HORIZONTAL_RULE':
      return '';
    default:
      return n.children.map(nodeText).join('\n');
  }
}

let nextDocNo = 1;

export interface PdfExport {
  docId: string;
  name: string;
  at: number;
  text: string;
}

/** A Google Doc: body, optional header and footer, name, saved state. */
export class DocumentModel {
  readonly body: DocNode;
  header: DocNode | null = null;
  footer: DocNode | null = null;
  /** Edits not yet saved (saveAndClose or the end of the execution saves them). */
  dirty = false;
  /** Body text at the last save (what a PDF export shows). */
  savedText = '';
  readonly createdAt: number;
  updatedAt: number;
  readonly id: string;
  constructor(
    public name: string,
    now: number,
    page: { width: number; height: number } = PAGE.LETTER,
    id?: string,
  ) {
    this.id = id ?? `1DoCuMeNt${String(nextDocNo++).padStart(4, '0')}emu_${Math.random().toString(36).slice(2, 12)}`;
    this.createdAt = now;
    this.updatedAt = now;
    this.body = newNode('BODY_SECTION', {
      attrs: { PAGE_WIDTH: page.width, PAGE_HEIGHT: page.height, MARGIN_TOP: 72, MARGIN_BOTTOM: 72, MARGIN_LEFT: 72, MARGIN_RIGHT: 72 },
    });
    this.body.doc = this;
    append(this.body, newParagraph('PARAGRAPH', ''));
  }

  get url(): string {
    return `https://docs.google.com/document/d/${this.id}/edit`;
  }

  /** The document's text: header, body and footer (what `docs.text(id)` returns is the body only). */
  get text(): string {
    return nodeText(this.body);
  }

  /** A full copy under a new id (Drive makeCopy). */
  copy(name: string, now: number): DocumentModel {
    const d = new DocumentModel(name, now);
    d.body.attrs = { ...this.body.attrs };
    d.body.children = [];
    for (const c of this.body.children) append(d.body, cloneNode(c));
    for (const k of ['header', 'footer'] as const) {
      const s = this[k];
      if (s) {
        const c = cloneNode(s);
        c.doc = d;
        d[k] = c;
      }
    }
    d.savedText = d.text;
    return d;
  }

  save(): void {
    this.dirty = false;
    this.savedText = this.text;
  }
}

/** All documents, by id. Drive's files point at these models. */
export class DocumentStore {
  readonly docs = new Map<string, DocumentModel>();
  /** PDF exports made by the script (getAs / getBlob). */
  readonly pdfs: PdfExport[] = [];
  constructor(readonly page: { width: number; height: number } = PAGE.LETTER) {}
  create(name: string, now: number): DocumentModel {
    const d = new DocumentModel(name, now, this.page);
    d.save();
    this.docs.set(d.id, d);
    return d;
  }
  add(d: DocumentModel): DocumentModel {
    this.docs.set(d.id, d);
    return d;
  }
  byId(id: string): DocumentModel | undefined {
    return this.docs.get(id);
  }
}

// ------------------------------------------------------------------ sessions (an open Document handle)

/** One DocumentApp.openById/create handle: its objects stop working after saveAndClose. */
export class DocSession {
  closed = false;
  constructor(
    readonly doc: DocumentModel,
    readonly executionId: number | undefined,
  ) {}
}

export interface DocsOptions {
  /** Documents created a day: 250 consumer, 1,500 Workspace (facts file). */
  createQuota: number;
  /** ASSUMPTION: Drive makeCopy of a Google Doc counts as a document created (default true: the safer plan). */
  copyCountsAsCreate: boolean;
  /** How replaceText reads its replacement: 'java' ($n groups, \ escapes — default, strict) or 'literal'. */
  replacement: 'java' | 'literal';
}

/** Shared state of the Docs service: store, open sessions, options. */
export class DocsService {
  readonly sessions: DocSession[] = [];
  constructor(
    readonly rt: Runtime,
    readonly store: DocumentStore,
    readonly opts: DocsOptions,
  ) {
    // "Scripts are automatically saved and closed at the end of script execution" (Document.saveAndClose docs).
    rt.onExecutionEnd((exec) => {
      for (const s of this.sessions) {
        if (!s.closed && s.executionId === exec.id) {
          s.closed = true;
          s.doc.save();
        }
      }
    });
  }
  open(doc: DocumentModel): DocSession {
    const s = new DocSession(doc, this.rt.current?.id);
    this.sessions.push(s);
    return s;
  }
  consumeCreate(): void {
    this.rt.consumeQuota('docs create', 1, this.opts.createQuota, DOC_MSG.quota);
  }
  /**
   * What an office member does by hand in Google Docs on the `index`-th table of the body (0-based, in document
   * order, nested tables excluded): Table properties → Rows. No script can do this (DocumentApp has no API for it).
   */
  setTablePropertiesInUi(doc: DocumentModel, index: number, props: Partial<UiTableProperties>): void {
    const tables = doc.body.children.filter((n) => n.type === 'TABLE');
    const t = tables[index];
    if (!t) throw new Error(`setTablePropertiesInUi: "${doc.name}" has ${tables.length} tables, no table ${index}`);
    const cur = t.uiTable ?? { pinnedHeaderRows: 0, rowsMayOverflow: true };
    t.uiTable = { ...cur, ...props };
    doc.updatedAt = this.rt.clock.now();
  }
  remainingCreates(): number {
    return this.rt.remainingQuota('docs create', this.opts.createQuota);
  }
  /** A PDF of the document's saved state; refused while it has unsaved edits. */
  pdf(doc: DocumentModel, makeBlob: (data: Buffer, type: string, name: string) => Blob): Blob {
    if (doc.dirty) throw this.rt.error(DOC_MSG.pdfUnsaved(doc.name));
    const text = doc.savedText;
    this.store.pdfs.push({ docId: doc.id, name: doc.name, at: this.rt.clock.now(), text });
    // As documented for getAs: what follows the name's last "." is taken for an extension and replaced
    // ("ShoppingList.12.25.2014" → "ShoppingList.12.25.pdf").
    const dot = doc.name.lastIndexOf('.');
    return makeBlob(fakePdf(doc.name, text), PDF_MIME, `${dot >= 0 ? doc.name.slice(0, dot) : doc.name}.pdf`);
  }
}

/** A small, valid-looking PDF carrying the text (the emulator does not lay out pages). */
export function fakePdf(title: string, text: string): Buffer {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const lines = [title, ...text.split(/\n|\r/)].map((l) => `(${esc(l)}) Tj T*`).join('\n');
  return Buffer.from(`%PDF-1.4\n% Apps Script emulator: text of "${title}"\nBT\n${lines}\nET\n%%EOF\n`, 'utf8');
}

// ------------------------------------------------------------------ text runs

function normalize(t: DocNode): void {
  const out: Run[] = [];
  for (const r of t.runs) {
    if (r.text === '') continue;
    const last = out[out.length - 1];
    if (last && sameAttrs(last.attrs, r.attrs)) last.text += r.text;
    else out.push({ text: r.text, attrs: { ...r.attrs } });
  }
  t.runs = out;
}
function sameAttrs(a: Attrs, b: Attrs): boolean {
  const ka = Object.keys(a).filter((k) => a[k] !== null && a[k] !== undefined);
  const kb = Object.keys(b).filter((k) => b[k] !== null && b[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => a[k] === b[k]);
}
/** Splits runs so that a run boundary falls at `offset`. Returns the index of the run starting there. */
function splitAt(t: DocNode, offset: number): number {
  let pos = 0;
  for (let i = 0; i < t.runs.length; i++) {
    const r = t.runs[i];
    if (offset === pos) return i;
    if (offset < pos + r.text.length) {
      const k = offset - pos;
      t.runs.splice(i, 1, { text: r.text.slice(0, k), attrs: { ...r.attrs } }, { text: r.text.slice(k), attrs: { ...r.attrs } });
      return i + 1;
    }
    pos += r.text.length;
  }
  return t.runs.length;
}
function formatRange(t: DocNode, start: number, endExcl: number, patch: Attrs): void {
  if (endExcl <= start) return;
  const a = splitAt(t, start);
  const b = splitAt(t, endExcl);
  for (let i = a; i < b; i++) {
    for (const [k, v] of Object.entries(patch)) {
      if (v === null) delete t.runs[i].attrs[k];
      else t.runs[i].attrs[k] = v;
    }
  }
  normalize(t);
}
function attrsAt(t: DocNode, offset: number): Attrs {
  let pos = 0;
  for (const r of t.runs) {
    if (offset < pos + r.text.length) return r.attrs;
    pos += r.text.length;
  }
  const last = t.runs[t.runs.length - 1];
  if (last) return last.attrs;
  return t.parent && isPara(t.parent) ? textAttrsOf(t.parent.attrs) : {};
}
function insertText(t: DocNode, offset: number, text: string, attrs?: Attrs): void {
  if (text === '') return;
  const a = attrs ?? attrsAt(t, offset > 0 ? offset - 1 : 0);
  const i = splitAt(t, offset);
  t.runs.splice(i, 0, { text, attrs: { ...a } });
  normalize(t);
}
function deleteRange(t: DocNode, start: number, endExcl: number): void {
  if (endExcl <= start) return;
  const a = splitAt(t, start);
  const b = splitAt(t, endExcl);
  t.runs.splice(a, b - a);
  normalize(t);
}

// ------------------------------------------------------------------ regular expressions (RE2 on JS RegExp)

/**
 * Translates an RE2 pattern (what replaceText/findText take) into a JS RegExp, refusing what RE2 does not
 * support — lookahead/lookbehind, backreferences, atomic groups, possessive quantifiers — as RE2 would.
 * `(?P<name>…)` becomes `(?<name>…)`; leading inline flags `(?i)`, `(?s)`, `(?m)` become RegExp flags; `\A`/`\z`
 * become `^`/`$`.
 */
export function re2ToRegExp(pattern: string): RegExp {
  let src = String(pattern);
  let flags = 'g';
  const lead = /^\(\?([imsU]+)\)/.exec(src);
  if (lead) {
    if (lead[1].includes('U')) throw new Re2Error(DOC_MSG.re2Perl('(?U'));
    for (const f of lead[1]) if (!flags.includes(f)) flags += f;
    src = src.slice(lead[0].length);
  }
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const n = src[i + 1];
      if (n === undefined) throw new Re2Error('error parsing regexp: trailing backslash at end of expression: ``');
      if (/[1-9]/.test(n)) throw new Re2Error(DOC_MSG.re2Escape(`\\${n}`));
      if (n === 'k' || n === 'Z' || n === 'c' || n === 'u' && !/^[0-9a-fA-F]{4}/.test(src.slice(i + 2))) throw new Re2Error(DOC_MSG.re2Escape(`\\${n}`));
      if (n === 'p' || n === 'P') flags = flags.includes('u') ? flags : flags + 'u';
      if (!inClass && n === 'A') {
        out += '^';
        i++;
        continue;
      }
      if (!inClass && n === 'z') {
        out += '$(?![\\s\\S])';
        i++;
        continue;
      }
      out += c + n;
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      if (src[i + 1] === '^') {
        out += '^';
        i++;
      }
      if (src[i + 1] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (c === '(' && src[i + 1] === '?') {
      const rest = src.slice(i + 2);
      if (/^[=!]/.test(rest)) throw new Re2Error(DOC_MSG.re2Perl(`(?${rest[0]}`));
      if (/^<[=!]/.test(rest)) throw new Re2Error(DOC_MSG.re2Perl('(?<'));
      if (rest.startsWith('>')) throw new Re2Error(DOC_MSG.re2Perl('(?>'));
      if (rest.startsWith('P<')) {
        out += '(?<';
        i += 3;
        continue;
      }
      if (rest.startsWith('<')) throw new Re2Error(DOC_MSG.re2Perl('(?<'));
      if (rest.startsWith(':')) {
        out += '(?:';
        i += 2;
        continue;
      }
      // (?i:...) and mid-pattern flag groups: RE2 has them; JS support varies — not emulated.
      throw new Re2Error(`Emulator: inline flag group in the middle of a pattern is not emulated: ${src.slice(i, i + 6)}`);
    }
    if ((c === '*' || c === '+' || c === '?' || c === '}') && (src[i + 1] === '+')) {
      // possessive quantifiers are not RE2 (a lone "}" is a literal, so only flag it after a repetition)
      if (c !== '}' || /\{\d+(,\d*)?$/.test(src.slice(0, i))) throw new Re2Error(DOC_MSG.re2Repeat(`${c}+`));
    }
    if ((c === '*' || c === '+') && (src[i + 1] === '*' || src[i + 1] === '+') && src[i - 1] !== '\\') {
      throw new Re2Error(DOC_MSG.re2Repeat(`${c}${src[i + 1]}`));
    }
    out += c;
  }
  try {
    return new RegExp(out, flags);
  } catch (e) {
    throw new Re2Error(`error parsing regexp: ${(e as Error).message}`);
  }
}

export class Re2Error extends Error {}

/**
 * The replacement text for one match. ASSUMPTION (unverified, see README): Apps Script's replaceText reads the
 * replacement as java.util.regex does — "$n"/"${name}" insert groups, "\x" is a literal x, a "$" that is not
 * a group reference and a trailing "\" are errors. The strict reading makes the app escape ("\\" and "\$")
 * or avoid replaceText for untrusted text; `replacement: 'literal'` emulates the other possibility.
 */
export function expandReplacement(repl: string, m: RegExpMatchArray, mode: 'java' | 'literal'): string {
  if (mode === 'literal') return repl;
  const groups = m.length - 1;
  let out = '';
  for (let i = 0; i < repl.length; i++) {
    const c = repl[i];
    if (c === '\\') {
      i++;
      if (i >= repl.length) throw new Re2Error(DOC_MSG.escapeMissing);
      out += repl[i];
    } else if (c === '$') {
      i++;
      if (i >= repl.length) throw new Re2Error(DOC_MSG.illegalGroup);
      if (repl[i] === '{') {
        const end = repl.indexOf('}', i);
        const name = end > 0 ? repl.slice(i + 1, end) : '';
        if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new Re2Error('named capturing group is missing trailing \'}\'');
        if (!m.groups || !(name in m.groups)) throw new Re2Error(`No group with name {${name}}`);
        out += m.groups[name] ?? '';
        i = end;
        continue;
      }
      if (!/[0-9]/.test(repl[i])) throw new Re2Error(DOC_MSG.illegalGroup);
      let n = Number(repl[i]);
      if (n > groups) throw new Re2Error(DOC_MSG.noGroup(n));
      while (i + 1 < repl.length && /[0-9]/.test(repl[i + 1]) && n * 10 + Number(repl[i + 1]) <= groups) {
        n = n * 10 + Number(repl[++i]);
      }
      out += m[n] ?? '';
    } else out += c;
  }
  return out;
}

/** Replaces every match inside ONE Text node. Replaced text takes the formatting of the match's first char. */
function replaceInNode(t: DocNode, re: RegExp, repl: string, mode: 'java' | 'literal'): number {
  const text = t.text;
  const matches = [...text.matchAll(re)];
  for (let k = matches.length - 1; k >= 0; k--) {
    const m = matches[k];
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const rep = paraText(expandReplacement(repl, m, mode));
    const attrs = { ...attrsAt(t, start) };
    deleteRange(t, start, end);
    insertText(t, start, rep, attrs);
  }
  return matches.length;
}

// ------------------------------------------------------------------ script-facing classes

interface Ctx {
  rt: Runtime;
  svc: DocsService;
  sess: DocSession;
  node: DocNode;
}
const CTX = new WeakMap<object, Ctx>();

function ctx(o: object): Ctx {
  const c = CTX.get(o);
  if (!c) throw new Error('emulated document element without context');
  return c;
}
/** The context of a usable object: throws once its document handle is closed. */
function live(o: object): Ctx {
  const c = ctx(o);
  if (c.sess.closed) throw c.rt.error(DOC_MSG.closed);
  return c;
}
/** live() plus: the document now has unsaved edits. */
function edit(o: object): Ctx {
  const c = live(o);
  c.sess.doc.dirty = true;
  c.sess.doc.updatedAt = c.rt.clock.now();
  return c;
}
function guard<T>(rt: Runtime, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof Re2Error) throw rt.error(e.message);
    throw e;
  }
}

/** The model behind an emulated element, if it is one. */
export function nodeOf(x: unknown): DocNode | undefined {
  return typeof x === 'object' && x !== null ? CTX.get(x)?.node : undefined;
}

type ElementCls = new (c: Ctx) => object;
const TYPED: Partial<Record<NodeType, () => ElementCls>> = {};

/** The typed wrapper (Paragraph, Table, …) of a node: what append/insert/getParagraphs/getTables return. */
function typed<T>(c: Ctx, node: DocNode): T {
  const make = TYPED[node.type];
  if (!make) throw new Error(`no wrapper for ${node.type}`);
  return new (make())({ ...c, node }) as T;
}
/** The generic wrapper (Element / ContainerElement) — what getChild and siblings return; use as…() to cast. */
function generic<T>(c: Ctx, node: DocNode): T {
  const isContainer = !['TEXT', 'PAGE_BREAK', 'HORIZONTAL_RULE'].includes(node.type);
  return (isContainer ? new EmuContainerElement({ ...c, node }) : new EmuElement({ ...c, node })) as T;
}

function enumAttr(k: string, v: unknown): unknown {
  const e = ENUM_ATTRS[k];
  return e && typeof v === 'string' ? e[v] ?? v : v;
}

/** Normalises an attributes argument: keys are Attribute names (enum toString), values plain or enum values. */
function readAttrs(rt: Runtime, a: unknown): Attrs {
  if (typeof a !== 'object' || a === null) throw rt.error('Invalid argument: attributes');
  const out: Attrs = {};
  for (const [k, v] of Object.entries(a as Record<string, unknown>)) {
    if (!(k in ATTRIBUTE)) throw rt.error(`Invalid argument: attributes (unknown attribute ${k})`);
    out[k] = v === null || v === undefined ? null : typeof v === 'object' ? String(v) : (v as string | number | boolean);
  }
  return out;
}

/** Applies attributes to an element: element-level keys on the node, text keys on every run below it. */
function applyAttrs(node: DocNode, a: Attrs): void {
  const text: Attrs = {};
  for (const [k, v] of Object.entries(a)) {
    if (TEXT_ATTRS.has(k)) text[k] = v;
    else if (v === null) delete node.attrs[k];
    else node.attrs[k] = v;
  }
  if (Object.keys(text).length === 0) return;
  const visit = (n: DocNode) => {
    if (n.type === 'TEXT') {
      formatRange(n, 0, n.text.length, text);
      return;
    }
    if (isPara(n)) for (const [k, v] of Object.entries(text)) v === null ? delete n.attrs[k] : (n.attrs[k] = v);
    n.children.forEach(visit);
  };
  visit(node);
}

function readAttrsOf(node: DocNode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys = node.type === 'TEXT' ? TEXT_ATTRS : isPara(node) ? new Set([...PARAGRAPH_ATTRS, ...TEXT_ATTRS]) : SECTIONS.has(node.type) ? SECTION_ATTRS : node.type === 'TABLE' ? TABLE_ATTRS : node.type === 'TABLE_CELL' ? CELL_ATTRS : new Set<string>();
  for (const k of keys) out[k] = null;
  const texts = textNodes(node);
  for (const k of TEXT_ATTRS) {
    if (!(k in out)) continue;
    const vals = new Set<unknown>();
    for (const t of texts) for (const r of t.runs) vals.add(r.attrs[k] ?? null);
    if (vals.size === 0 && isPara(node)) vals.add(node.attrs[k] ?? null);
    out[k] = vals.size === 1 ? [...vals][0] : null;
  }
  for (const [k, v] of Object.entries(node.attrs)) if (!TEXT_ATTRS.has(k)) out[k] = enumAttr(k, v);
  if (node.type === 'TEXT') return out;
  return out;
}

/** The section (body/header/footer) a node belongs to, if attached. */
function sectionOf(n: DocNode): DocNode | null {
  let p: DocNode | null = n;
  while (p && !SECTIONS.has(p.type)) p = p.parent;
  return p;
}

/** Refuses to remove a section's last paragraph (Apps Script: a section must end with a paragraph). */
function checkRemovable(rt: Runtime, n: DocNode): void {
  const p = n.parent;
  if (!p) return;
  if (SECTIONS.has(p.type) && isPara(n) && p.children[p.children.length - 1] === n) throw rt.error(DOC_MSG.lastParagraph);
}

function castTo<T>(self: object, type: NodeType | NodeType[]): T {
  const c = live(self);
  const ok = Array.isArray(type) ? type.includes(c.node.type) : c.node.type === type;
  if (!ok) throw c.rt.error(DOC_MSG.cast(c.node.type, Array.isArray(type) ? type[0] : type));
  return typed<T>(c, c.node);
}

/** Methods every element has (Element). */
abstract class ElementBase {
  constructor(c: Ctx) {
    CTX.set(this, c);
    attach(this, c.rt);
  }
  getType(): GoogleAppsScript.Document.ElementType {
    return ELEMENT_TYPE[live(this).node.type] as unknown as GoogleAppsScript.Document.ElementType;
  }
  getParent(): GContainer {
    const c = live(this);
    const p = c.node.parent;
    return (p ? generic(c, p) : null) as GContainer;
  }
  getNextSibling(): GElement {
    const c = live(this);
    const p = c.node.parent;
    const s = p ? p.children[p.children.indexOf(c.node) + 1] : undefined;
    return (s ? generic(c, s) : null) as GElement;
  }
  getPreviousSibling(): GElement {
    const c = live(this);
    const p = c.node.parent;
    const i = p ? p.children.indexOf(c.node) : -1;
    return (i > 0 ? generic(c, p!.children[i - 1]) : null) as GElement;
  }
  isAtDocumentEnd(): boolean {
    const c = live(this);
    let n: DocNode = c.node;
    while (n.parent) {
      if (n.parent.children[n.parent.children.length - 1] !== n) return false;
      n = n.parent;
    }
    return n.type === 'BODY_SECTION';
  }
  getAttributes(): any {
    return readAttrsOf(live(this).node);
  }
  setAttributes(attributes: any): any {
    const c = edit(this);
    applyAttrs(c.node, readAttrs(c.rt, attributes));
    return this;
  }
  copy(): any {
    const c = live(this);
    return typed(c, cloneNode(c.node));
  }
  removeFromParent(): any {
    const c = edit(this);
    checkRemovable(c.rt, c.node);
    detach(c.node);
    return this;
  }
  asParagraph(): GParagraph {
    return castTo(this, 'PARAGRAPH');
  }
  asListItem(): GListItem {
    return castTo(this, 'LIST_ITEM');
  }
  asTable(): GTable {
    return castTo(this, 'TABLE');
  }
  asTableRow(): GTableRow {
    return castTo(this, 'TABLE_ROW');
  }
  asTableCell(): GTableCell {
    return castTo(this, 'TABLE_CELL');
  }
  asText(): GText {
    return castTo(this, 'TEXT');
  }
  asPageBreak(): GPageBreak {
    return castTo(this, 'PAGE_BREAK');
  }
  asBody(): GBody {
    return castTo(this, 'BODY_SECTION');
  }
  asHeaderSection(): GHeader {
    return castTo(this, 'HEADER_SECTION');
  }
  asFooterSection(): GFooter {
    return castTo(this, 'FOOTER_SECTION');
  }
}

function findTextIn(self: object, searchPattern: string, from?: GRangeElement | null): GRangeElement {
  const c = live(self);
  const re = guard(c.rt, () => re2ToRegExp(searchPattern));
  const after = from ? rangeOf(from) : undefined;
  let passed = !after;
  for (const t of textNodes(c.node)) {
    for (const m of t.text.matchAll(re)) {
      if (m[0].length === 0) continue;
      const start = m.index ?? 0;
      if (!passed) {
        if (t === after!.node && start === after!.start) passed = true;
        continue;
      }
      return new EmuRangeElement(c, t, start, start + m[0].length - 1) as unknown as GRangeElement;
    }
    if (!passed && after && t === after.node) passed = true;
  }
  return null as unknown as GRangeElement;
}

function replaceTextIn(self: object, searchPattern: string, replacement: string): number {
  const c = edit(self);
  return guard(c.rt, () => {
    const re = re2ToRegExp(searchPattern);
    let n = 0;
    for (const t of textNodes(c.node)) n += replaceInNode(t, re, String(replacement), c.svc.opts.replacement);
    return n;
  });
}

/** Methods of elements that contain others (ContainerElement). */
abstract class ContainerBase extends ElementBase {
  getNumChildren(): number {
    return live(this).node.children.length;
  }
  getChild(childIndex: number): GElement {
    const c = live(this);
    const ch = c.node.children[Number(childIndex)];
    if (!ch || !Number.isInteger(Number(childIndex))) throw c.rt.error(DOC_MSG.childIndex(Number(childIndex), c.node.children.length));
    return generic(c, ch);
  }
  getChildIndex(child: GElement): number {
    const c = live(this);
    const n = nodeOf(child);
    const i = n ? c.node.children.indexOf(n) : -1;
    if (i < 0) throw c.rt.error(DOC_MSG.notChild);
    return i;
  }
  getText(): string {
    return nodeText(live(this).node);
  }
  editAsText(): GText {
    const c = live(this);
    return new EmuText(c) as unknown as GText;
  }
  findText(searchPattern: string, from?: GRangeElement | null): GRangeElement {
    return findTextIn(this, searchPattern, from);
  }
  replaceText(searchPattern: string, replacement: string): GElement {
    replaceTextIn(this, searchPattern, replacement);
    return this as unknown as GElement;
  }
  clear(): any {
    const c = edit(this);
    const n = c.node;
    if (SECTIONS.has(n.type) || n.type === 'TABLE_CELL') {
      for (const ch of [...n.children]) detach(ch);
      append(n, newParagraph('PARAGRAPH', ''));
    } else if (isPara(n)) {
      for (const ch of [...n.children]) detach(ch);
    } else {
      for (const t of textNodes(n)) t.runs = [];
    }
    return this;
  }
}

/** The generic Element (getChild, siblings, RangeElement.getElement): cast with as…() first. */
export class EmuElement extends ElementBase implements Facade<GElement,
  'getType' | 'getParent' | 'getNextSibling' | 'getPreviousSibling' | 'isAtDocumentEnd' | 'getAttributes' | 'setAttributes' | 'copy' | 'removeFromParent'
  | 'asParagraph' | 'asListItem' | 'asTable' | 'asTableRow' | 'asTableCell' | 'asText' | 'asPageBreak' | 'asBody' | 'asHeaderSection' | 'asFooterSection'> {}
const _el: Subset<EmuElement, GElement> = true;
instrument(EmuElement, 'Element');

type ContainerKeys = 'getNumChildren' | 'getChild' | 'getChildIndex' | 'getText' | 'editAsText' | 'findText' | 'replaceText' | 'clear';
type ElementKeys = 'getType' | 'getParent' | 'getNextSibling' | 'getPreviousSibling' | 'isAtDocumentEnd' | 'getAttributes' | 'setAttributes' | 'copy' | 'removeFromParent';
type AsKeys = 'asParagraph' | 'asListItem' | 'asTable' | 'asTableRow' | 'asTableCell' | 'asBody' | 'asHeaderSection' | 'asFooterSection';

export class EmuContainerElement extends ContainerBase implements Facade<GContainer, ContainerKeys | ElementKeys | AsKeys> {}
const _ce: Subset<EmuContainerElement, GContainer> = true;
instrument(EmuContainerElement, 'ContainerElement');

// ---------------------------------------------------------------- sections (Body, HeaderSection, FooterSection, TableCell)

function checkIndex(c: Ctx, i: number, allowEnd: boolean): number {
  const n = Number(i);
  const max = c.node.children.length;
  if (!Number.isInteger(n) || n < 0 || n > max || (!allowEnd && n === max)) throw c.rt.error(DOC_MSG.childIndex(n, max));
  return n;
}

/** A detached element of the right type, or a new one from text/cells. */
function incoming(c: Ctx, x: unknown, type: NodeType, fromText: (s: string) => DocNode): DocNode {
  if (typeof x === 'object' && x !== null && !Array.isArray(x)) {
    const n = nodeOf(x);
    if (!n || n.type !== type) throw c.rt.error(`Invalid argument: expected a ${type}`);
    if (n.parent) throw c.rt.error(DOC_MSG.mustBeDetached);
    return n;
  }
  return fromText(x === undefined || x === null ? '' : Array.isArray(x) ? (x as unknown as string) : String(x));
}

/** ASSUMPTION (reported behaviour): a paragraph appended at the end of a section takes the paragraph and
 *  character style of the section's last paragraph (e.g. a heading carries over) — set styles explicitly. */
function inheritFromLast(section: DocNode, p: DocNode): void {
  const last = [...section.children].reverse().find(isPara);
  if (!last) return;
  const inherited: Attrs = {};
  for (const [k, v] of Object.entries(last.attrs)) if (k !== 'LIST_ID' && k !== 'NESTING_LEVEL' && k !== 'GLYPH_TYPE') inherited[k] = v;
  p.attrs = { ...inherited, ...p.attrs };
  for (const t of textNodes(p)) for (const r of t.runs) r.attrs = { ...textAttrsOf(inherited), ...r.attrs };
}

function addBlock(self: object, index: number | null, node: DocNode): DocNode {
  const c = edit(self);
  if (index === null) append(c.node, node);
  else insertAt(c.node, checkIndex(c, index, true), node);
  // A section must end with a paragraph: after a table at the end, Docs adds an empty paragraph.
  if ((SECTIONS.has(c.node.type) || c.node.type === 'TABLE_CELL') && node.type === 'TABLE' && c.node.children[c.node.children.length - 1] === node) {
    append(c.node, newParagraph('PARAGRAPH', ''));
  }
  return node;
}

abstract class SectionBase extends ContainerBase {
  appendParagraph(paragraph: GParagraph | string): GParagraph {
    const c = live(this);
    const fresh = typeof paragraph !== 'object';
    const n = incoming(c, paragraph, 'PARAGRAPH', (s) => newParagraph('PARAGRAPH', s));
    if (fresh) inheritFromLast(c.node, n);
    return typed(c, addBlock(this, null, n));
  }
  insertParagraph(childIndex: number, paragraph: GParagraph | string): GParagraph {
    const c = live(this);
    return typed(c, addBlock(this, childIndex, incoming(c, paragraph, 'PARAGRAPH', (s) => newParagraph('PARAGRAPH', s))));
  }
  appendListItem(listItem: GListItem | string): GListItem {
    const c = live(this);
    const n = incoming(c, listItem, 'LIST_ITEM', (s) => newParagraph('LIST_ITEM', s, { GLYPH_TYPE: 'BULLET', NESTING_LEVEL: 0 }));
    if (!n.attrs.LIST_ID) n.attrs.LIST_ID = listIdFor(c.node, c.node.children.length);
    return typed(c, addBlock(this, null, n));
  }
  insertListItem(childIndex: number, listItem: GListItem | string): GListItem {
    const c = live(this);
    const n = incoming(c, listItem, 'LIST_ITEM', (s) => newParagraph('LIST_ITEM', s, { GLYPH_TYPE: 'BULLET', NESTING_LEVEL: 0 }));
    if (!n.attrs.LIST_ID) n.attrs.LIST_ID = listIdFor(c.node, Number(childIndex));
    return typed(c, addBlock(this, childIndex, n));
  }
  appendTable(cellsOrTable?: string[][] | GTable | null): GTable {
    const c = live(this);
    const n = incoming(c, cellsOrTable, 'TABLE', () => newTable(Array.isArray(cellsOrTable) ? cellsOrTable : undefined));
    return typed(c, addBlock(this, null, n));
  }
  insertTable(childIndex: number, cellsOrTable?: string[][] | GTable | null): GTable {
    const c = live(this);
    const n = incoming(c, cellsOrTable, 'TABLE', () => newTable(Array.isArray(cellsOrTable) ? cellsOrTable : undefined));
    return typed(c, addBlock(this, childIndex, n));
  }
  removeChild(child: GElement): any {
    const c = edit(this);
    const n = nodeOf(child);
    if (!n || n.parent !== c.node) throw c.rt.error(DOC_MSG.notChild);
    checkRemovable(c.rt, n);
    detach(n);
    return this;
  }
  setText(text: string): any {
    const c = edit(this);
    for (const ch of [...c.node.children]) detach(ch);
    append(c.node, newParagraph('PARAGRAPH', String(text)));
    return this;
  }
}

/** Body, header and footer (not TableCell) list their paragraphs, tables and list items. */
abstract class TopSectionBase extends SectionBase {
  getParagraphs(): GParagraph[] {
    const c = live(this);
    const out: DocNode[] = [];
    const visit = (n: DocNode) => (isPara(n) ? out.push(n) : n.children.forEach(visit));
    c.node.children.forEach(visit);
    return out.map((p) => typed<GParagraph>(c, p));
  }
  getTables(): GTable[] {
    const c = live(this);
    const out: DocNode[] = [];
    const visit = (n: DocNode) => {
      if (n.type === 'TABLE') out.push(n);
      n.children.forEach(visit);
    };
    c.node.children.forEach(visit);
    return out.map((t) => typed<GTable>(c, t));
  }
  getListItems(): GListItem[] {
    const c = live(this);
    return textless(c.node).filter((n) => n.type === 'LIST_ITEM').map((n) => typed<GListItem>(c, n));
  }
}

function textless(n: DocNode, out: DocNode[] = []): DocNode[] {
  for (const c of n.children) {
    out.push(c);
    if (!isPara(c)) textless(c, out);
  }
  return out;
}

/** A list continues the list item just before it; otherwise a new list id. */
function listIdFor(parent: DocNode, index: number): string {
  const prev = parent.children[index - 1];
  if (prev && prev.type === 'LIST_ITEM' && typeof prev.attrs.LIST_ID === 'string') return prev.attrs.LIST_ID;
  return `kix.emu${Math.random().toString(36).slice(2, 10)}`;
}

type CellSectionKeys =
  | 'appendParagraph' | 'insertParagraph' | 'appendListItem' | 'insertListItem' | 'appendTable' | 'insertTable'
  | 'removeChild' | 'setText';
type SectionKeys = CellSectionKeys | 'getParagraphs' | 'getTables' | 'getListItems';

type BodyKeys = SectionKeys | ContainerKeys | ElementKeys
  | 'appendPageBreak' | 'insertPageBreak' | 'getMarginTop' | 'getMarginBottom' | 'getMarginLeft' | 'getMarginRight'
  | 'setMarginTop' | 'setMarginBottom' | 'setMarginLeft' | 'setMarginRight' | 'getPageWidth' | 'getPageHeight'
  | 'setPageWidth' | 'setPageHeight';

function pageBreakParagraph(): DocNode {
  const p = newParagraph('PARAGRAPH', '');
  append(p, new DocNode('PAGE_BREAK'));
  return p;
}

export class EmuBody extends TopSectionBase implements Facade<GBody, BodyKeys | 'asBody'> {
  appendPageBreak(pageBreak?: GPageBreak): GPageBreak {
    const c = live(this);
    const p = pageBreakParagraph();
    if (pageBreak) {
      p.children = [];
      append(p, incoming(c, pageBreak, 'PAGE_BREAK', () => new DocNode('PAGE_BREAK')));
    }
    addBlock(this, null, p);
    return typed(c, p.children[0]);
  }
  insertPageBreak(childIndex: number, pageBreak?: GPageBreak | null): GPageBreak {
    const c = live(this);
    const p = pageBreakParagraph();
    if (pageBreak) {
      p.children = [];
      append(p, incoming(c, pageBreak, 'PAGE_BREAK', () => new DocNode('PAGE_BREAK')));
    }
    addBlock(this, childIndex, p);
    return typed(c, p.children[0]);
  }
  #get(k: string): number {
    return Number(live(this).node.attrs[k]);
  }
  #set(k: string, v: number): GBody {
    const c = edit(this);
    const n = Number(v);
    if (!(n >= 0)) throw c.rt.error(`Invalid argument: ${k}`);
    c.node.attrs[k] = n;
    return this as unknown as GBody;
  }
  getMarginTop(): number {
    return this.#get('MARGIN_TOP');
  }
  getMarginBottom(): number {
    return this.#get('MARGIN_BOTTOM');
  }
  getMarginLeft(): number {
    return this.#get('MARGIN_LEFT');
  }
  getMarginRight(): number {
    return this.#get('MARGIN_RIGHT');
  }
  getPageWidth(): number {
    return this.#get('PAGE_WIDTH');
  }
  getPageHeight(): number {
    return this.#get('PAGE_HEIGHT');
  }
  setMarginTop(marginTop: number): GBody {
    return this.#set('MARGIN_TOP', marginTop);
  }
  setMarginBottom(marginBottom: number): GBody {
    return this.#set('MARGIN_BOTTOM', marginBottom);
  }
  setMarginLeft(marginLeft: number): GBody {
    return this.#set('MARGIN_LEFT', marginLeft);
  }
  setMarginRight(marginRight: number): GBody {
    return this.#set('MARGIN_RIGHT', marginRight);
  }
  setPageWidth(pageWidth: number): GBody {
    return this.#set('PAGE_WIDTH', pageWidth);
  }
  setPageHeight(pageHeight: number): GBody {
    return this.#set('PAGE_HEIGHT', pageHeight);
  }
}
const _body: Subset<EmuBody, GBody> = true;
instrument(EmuBody, 'Body');

export class EmuHeaderSection extends TopSectionBase implements Facade<GHeader, SectionKeys | ContainerKeys | ElementKeys | 'asHeaderSection'> {}
const _hs: Subset<EmuHeaderSection, GHeader> = true;
instrument(EmuHeaderSection, 'HeaderSection');

export class EmuFooterSection extends TopSectionBase implements Facade<GFooter, SectionKeys | ContainerKeys | ElementKeys | 'asFooterSection'> {}
const _fs: Subset<EmuFooterSection, GFooter> = true;
instrument(EmuFooterSection, 'FooterSection');

type CellKeys = CellSectionKeys | ContainerKeys | ElementKeys | 'asTableCell' | 'getParentRow' | 'getParentTable' | 'getWidth' | 'setWidth'
  | 'getBackgroundColor' | 'setBackgroundColor' | 'getVerticalAlignment' | 'setVerticalAlignment' | 'getColSpan' | 'getRowSpan'
  | 'getPaddingTop' | 'getPaddingBottom' | 'getPaddingLeft' | 'getPaddingRight' | 'setPaddingTop' | 'setPaddingBottom' | 'setPaddingLeft' | 'setPaddingRight';

export class EmuTableCell extends SectionBase implements Facade<GTableCell, CellKeys> {
  getParentRow(): GTableRow {
    const c = live(this);
    return (c.node.parent ? typed(c, c.node.parent) : null) as GTableRow;
  }
  getParentTable(): GTable {
    const c = live(this);
    const t = c.node.parent?.parent;
    return (t ? typed(c, t) : null) as GTable;
  }
  getWidth(): number {
    const c = live(this);
    return (c.node.attrs.WIDTH as number | undefined) ?? (null as unknown as number);
  }
  setWidth(width: number): GTableCell {
    edit(this).node.attrs.WIDTH = Number(width);
    return this as unknown as GTableCell;
  }
  getBackgroundColor(): string {
    return (live(this).node.attrs.BACKGROUND_COLOR as string | undefined) ?? (null as unknown as string);
  }
  setBackgroundColor(color: string): GTableCell {
    edit(this).node.attrs.BACKGROUND_COLOR = String(color);
    return this as unknown as GTableCell;
  }
  getVerticalAlignment(): GoogleAppsScript.Document.VerticalAlignment {
    const v = (live(this).node.attrs.VERTICAL_ALIGNMENT as keyof typeof VERTICAL_ALIGNMENT | undefined) ?? 'TOP';
    return VERTICAL_ALIGNMENT[v] as unknown as GoogleAppsScript.Document.VerticalAlignment;
  }
  setVerticalAlignment(alignment: GoogleAppsScript.Document.VerticalAlignment): GTableCell {
    edit(this).node.attrs.VERTICAL_ALIGNMENT = String(alignment);
    return this as unknown as GTableCell;
  }
  getColSpan(): number {
    live(this);
    return 1;
  }
  getRowSpan(): number {
    live(this);
    return 1;
  }
  #pad(k: string, v?: number): any {
    if (v === undefined) return Number(live(this).node.attrs[k] ?? 5);
    edit(this).node.attrs[k] = Number(v);
    return this;
  }
  getPaddingTop(): number {
    return this.#pad('PADDING_TOP');
  }
  getPaddingBottom(): number {
    return this.#pad('PADDING_BOTTOM');
  }
  getPaddingLeft(): number {
    return this.#pad('PADDING_LEFT');
  }
  getPaddingRight(): number {
    return this.#pad('PADDING_RIGHT');
  }
  setPaddingTop(paddingTop: number): GTableCell {
    return this.#pad('PADDING_TOP', paddingTop);
  }
  setPaddingBottom(paddingBottom: number): GTableCell {
    return this.#pad('PADDING_BOTTOM', paddingBottom);
  }
  setPaddingLeft(paddingLeft: number): GTableCell {
    return this.#pad('PADDING_LEFT', paddingLeft);
  }
  setPaddingRight(paddingTop: number): GTableCell {
    return this.#pad('PADDING_RIGHT', paddingTop);
  }
}
const _cell: Subset<EmuTableCell, GTableCell> = true;
instrument(EmuTableCell, 'TableCell');

// ---------------------------------------------------------------- Table, TableRow

type TableKeys = ContainerKeys | ElementKeys | 'asTable' | 'appendTableRow' | 'insertTableRow' | 'removeRow' | 'getRow' | 'getNumRows' | 'getCell'
  | 'setColumnWidth' | 'getColumnWidth' | 'setBorderWidth' | 'getBorderWidth' | 'setBorderColor' | 'getBorderColor' | 'removeChild';

function rowAt(self: object, rowIndex: number): { c: Ctx; row: DocNode } {
  const c = live(self);
  const row = c.node.children[Number(rowIndex)];
  if (!row || !Number.isInteger(Number(rowIndex))) throw c.rt.error(DOC_MSG.childIndex(Number(rowIndex), c.node.children.length));
  return { c, row };
}

export class EmuTable extends ContainerBase implements Facade<GTable, TableKeys> {
  getNumRows(): number {
    return live(this).node.children.length;
  }
  getRow(rowIndex: number): GTableRow {
    const { c, row } = rowAt(this, rowIndex);
    return typed(c, row);
  }
  getCell(rowIndex: number, cellIndex: number): GTableCell {
    const { c, row } = rowAt(this, rowIndex);
    const cell = row.children[Number(cellIndex)];
    if (!cell) throw c.rt.error(DOC_MSG.childIndex(Number(cellIndex), row.children.length));
    return typed(c, cell);
  }
  appendTableRow(tableRow?: GTableRow): GTableRow {
    const c = edit(this);
    const n = incoming(c, tableRow, 'TABLE_ROW', () => new DocNode('TABLE_ROW'));
    return typed(c, append(c.node, n));
  }
  insertTableRow(childIndex: number, tableRow?: GTableRow | null): GTableRow {
    const c = edit(this);
    const n = incoming(c, tableRow, 'TABLE_ROW', () => new DocNode('TABLE_ROW'));
    return typed(c, insertAt(c.node, checkIndex(c, childIndex, true), n));
  }
  removeRow(rowIndex: number): GTableRow {
    const { row } = rowAt(this, rowIndex);
    const c = edit(this);
    detach(row);
    return typed(c, row);
  }
  removeChild(child: GElement): GTable {
    const c = edit(this);
    const n = nodeOf(child);
    if (!n || n.parent !== c.node) throw c.rt.error(DOC_MSG.notChild);
    detach(n);
    return this as unknown as GTable;
  }
  setColumnWidth(columnIndex: number, width: number): GTable {
    const c = edit(this);
    const i = Number(columnIndex);
    const cols = Math.max(c.node.columnWidths.length, ...c.node.children.map((r) => r.children.length));
    if (!Number.isInteger(i) || i < 0 || i >= cols) throw c.rt.error(DOC_MSG.childIndex(i, cols));
    while (c.node.columnWidths.length < cols) c.node.columnWidths.push(null);
    c.node.columnWidths[i] = Number(width);
    return this as unknown as GTable;
  }
  getColumnWidth(columnIndex: number): number {
    return (live(this).node.columnWidths[Number(columnIndex)] ?? null) as number;
  }
  setBorderWidth(width: number): GTable {
    const c = edit(this);
    if (!(Number(width) >= 0)) throw c.rt.error('Invalid argument: width');
    c.node.attrs.BORDER_WIDTH = Number(width);
    return this as unknown as GTable;
  }
  getBorderWidth(): number {
    return Number(live(this).node.attrs.BORDER_WIDTH ?? 1);
  }
  setBorderColor(color: string): GTable {
    edit(this).node.attrs.BORDER_COLOR = String(color);
    return this as unknown as GTable;
  }
  getBorderColor(): string {
    return String(live(this).node.attrs.BORDER_COLOR ?? '#000000');
  }
}
const _table: Subset<EmuTable, GTable> = true;
instrument(EmuTable, 'Table');

type RowKeys = ContainerKeys | ElementKeys | 'asTableRow' | 'getNumCells' | 'getCell' | 'appendTableCell' | 'insertTableCell' | 'removeCell'
  | 'getParentTable' | 'getMinimumHeight' | 'setMinimumHeight' | 'removeChild';

export class EmuTableRow extends ContainerBase implements Facade<GTableRow, RowKeys> {
  getNumCells(): number {
    return live(this).node.children.length;
  }
  getCell(cellIndex: number): GTableCell {
    const c = live(this);
    const cell = c.node.children[Number(cellIndex)];
    if (!cell) throw c.rt.error(DOC_MSG.childIndex(Number(cellIndex), c.node.children.length));
    return typed(c, cell);
  }
  appendTableCell(textContentsOrCell?: string | GTableCell | null): GTableCell {
    const c = edit(this);
    return typed(c, append(c.node, incoming(c, textContentsOrCell, 'TABLE_CELL', (s) => newCell(s))));
  }
  insertTableCell(childIndex: number, textContentsOrCell?: string | GTableCell | null): GTableCell {
    const c = edit(this);
    return typed(c, insertAt(c.node, checkIndex(c, childIndex, true), incoming(c, textContentsOrCell, 'TABLE_CELL', (s) => newCell(s))));
  }
  removeCell(cellIndex: number): GTableCell {
    const c = edit(this);
    const cell = c.node.children[Number(cellIndex)];
    if (!cell) throw c.rt.error(DOC_MSG.childIndex(Number(cellIndex), c.node.children.length));
    detach(cell);
    return typed(c, cell);
  }
  removeChild(child: GElement): GTableRow {
    const c = edit(this);
    const n = nodeOf(child);
    if (!n || n.parent !== c.node) throw c.rt.error(DOC_MSG.notChild);
    detach(n);
    return this as unknown as GTableRow;
  }
  getParentTable(): GTable {
    const c = live(this);
    return (c.node.parent ? typed(c, c.node.parent) : null) as GTable;
  }
  getMinimumHeight(): number {
    return Number(live(this).node.attrs.MINIMUM_HEIGHT ?? 0);
  }
  setMinimumHeight(minHeight: number): GTableRow {
    edit(this).node.attrs.MINIMUM_HEIGHT = Number(minHeight);
    return this as unknown as GTableRow;
  }
}
const _row: Subset<EmuTableRow, GTableRow> = true;
instrument(EmuTableRow, 'TableRow');

// ---------------------------------------------------------------- Paragraph, ListItem

function lastText(p: DocNode): DocNode {
  const last = p.children[p.children.length - 1];
  if (last && last.type === 'TEXT') return last;
  return append(p, newText('', {}));
}

abstract class ParagraphBase extends ContainerBase {
  appendText(text: string | GText): GText {
    const c = edit(this);
    const n = typeof text === 'object' && text !== null
      ? incoming(c, text, 'TEXT', () => newText(''))
      : newText(String(text), textAttrsOf(c.node.attrs));
    return typed(c, append(c.node, n));
  }
  insertText(childIndex: number, text: string | GText): GText {
    const c = edit(this);
    const n = typeof text === 'object' && text !== null
      ? incoming(c, text, 'TEXT', () => newText(''))
      : newText(String(text), textAttrsOf(c.node.attrs));
    return typed(c, insertAt(c.node, checkIndex(c, childIndex, true), n));
  }
  appendPageBreak(pageBreak?: GPageBreak | null): GPageBreak {
    const c = edit(this);
    const sec = sectionOf(c.node);
    if ((sec && sec.type !== 'BODY_SECTION') || c.node.parent?.type === 'TABLE_CELL') {
      throw c.rt.error('PageBreak elements cannot be inserted inside tables, headers, footers or footnotes.');
    }
    return typed(c, append(c.node, incoming(c, pageBreak, 'PAGE_BREAK', () => new DocNode('PAGE_BREAK'))));
  }
  setText(text: string): void {
    const c = edit(this);
    const attrs = c.node.children.find((n) => n.type === 'TEXT')?.runs[0]?.attrs ?? textAttrsOf(c.node.attrs);
    for (const ch of [...c.node.children]) if (ch.type === 'TEXT') detach(ch);
    insertAt(c.node, 0, newText(String(text), attrs));
  }
  removeChild(child: GElement): any {
    const c = edit(this);
    const n = nodeOf(child);
    if (!n || n.parent !== c.node) throw c.rt.error(DOC_MSG.notChild);
    detach(n);
    return this;
  }
  getHeading(): GoogleAppsScript.Document.ParagraphHeading {
    const h = (live(this).node.attrs.HEADING as keyof typeof PARAGRAPH_HEADING | undefined) ?? 'NORMAL';
    return PARAGRAPH_HEADING[h] as unknown as GoogleAppsScript.Document.ParagraphHeading;
  }
  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): any {
    const c = edit(this);
    const h = String(heading);
    if (!(h in PARAGRAPH_HEADING)) throw c.rt.error('Invalid argument: heading');
    c.node.attrs.HEADING = h;
    return this;
  }
  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment {
    const a = (live(this).node.attrs.HORIZONTAL_ALIGNMENT as keyof typeof HORIZONTAL_ALIGNMENT | undefined) ?? 'LEFT';
    return HORIZONTAL_ALIGNMENT[a] as unknown as GoogleAppsScript.Document.HorizontalAlignment;
  }
  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment): any {
    const c = edit(this);
    const a = String(alignment);
    if (!(a in HORIZONTAL_ALIGNMENT)) throw c.rt.error('Invalid argument: alignment');
    c.node.attrs.HORIZONTAL_ALIGNMENT = a;
    return this;
  }
  private _num(k: string, v?: number): any {
    if (v === undefined) return (live(this).node.attrs[k] ?? null) as number;
    edit(this).node.attrs[k] = Number(v);
    return this;
  }
  getIndentStart(): number {
    return this._num('INDENT_START');
  }
  getIndentEnd(): number {
    return this._num('INDENT_END');
  }
  getIndentFirstLine(): number {
    return this._num('INDENT_FIRST_LINE');
  }
  getLineSpacing(): number {
    return this._num('LINE_SPACING');
  }
  getSpacingBefore(): number {
    return this._num('SPACING_BEFORE');
  }
  getSpacingAfter(): number {
    return this._num('SPACING_AFTER');
  }
  setIndentStart(indentStart: number): any {
    return this._num('INDENT_START', indentStart);
  }
  setIndentEnd(indentEnd: number): any {
    return this._num('INDENT_END', indentEnd);
  }
  setIndentFirstLine(indentFirstLine: number): any {
    return this._num('INDENT_FIRST_LINE', indentFirstLine);
  }
  setLineSpacing(multiplier: number): any {
    return this._num('LINE_SPACING', multiplier);
  }
  setSpacingBefore(spacingBefore: number): any {
    return this._num('SPACING_BEFORE', spacingBefore);
  }
  setSpacingAfter(spacingAfter: number): any {
    return this._num('SPACING_AFTER', spacingAfter);
  }
}

type ParaKeys = ContainerKeys | ElementKeys | 'appendText' | 'insertText' | 'appendPageBreak' | 'setText' | 'removeChild' | 'getHeading' | 'setHeading'
  | 'getAlignment' | 'setAlignment' | 'getIndentStart' | 'getIndentEnd' | 'getIndentFirstLine' | 'getLineSpacing' | 'getSpacingBefore'
  | 'getSpacingAfter' | 'setIndentStart' | 'setIndentEnd' | 'setIndentFirstLine' | 'setLineSpacing' | 'setSpacingBefore' | 'setSpacingAfter';

export class EmuParagraph extends ParagraphBase implements Facade<GParagraph, ParaKeys | 'asParagraph'> {}
const _p: Subset<EmuParagraph, GParagraph> = true;
instrument(EmuParagraph, 'Paragraph');

export class EmuListItem extends ParagraphBase implements Facade<GListItem, ParaKeys | 'asListItem' | 'getNestingLevel' | 'setNestingLevel' | 'getGlyphType' | 'setGlyphType' | 'getListId'> {
  getNestingLevel(): number {
    return Number(live(this).node.attrs.NESTING_LEVEL ?? 0);
  }
  setNestingLevel(nestingLevel: number): GListItem {
    edit(this).node.attrs.NESTING_LEVEL = Number(nestingLevel);
    return this as unknown as GListItem;
  }
  getGlyphType(): GoogleAppsScript.Document.GlyphType {
    const g = (live(this).node.attrs.GLYPH_TYPE as keyof typeof GLYPH_TYPE | undefined) ?? 'BULLET';
    return GLYPH_TYPE[g] as unknown as GoogleAppsScript.Document.GlyphType;
  }
  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType): GListItem {
    const c = edit(this);
    const g = String(glyphType);
    if (!(g in GLYPH_TYPE)) throw c.rt.error('Invalid argument: glyphType');
    c.node.attrs.GLYPH_TYPE = g;
    return this as unknown as GListItem;
  }
  getListId(): string {
    return String(live(this).node.attrs.LIST_ID ?? '');
  }
}
const _li: Subset<EmuListItem, GListItem> = true;
instrument(EmuListItem, 'ListItem', 'DocsListItem');

export class EmuPageBreak extends ElementBase implements Facade<GPageBreak, ElementKeys | 'asPageBreak'> {}
const _pb: Subset<EmuPageBreak, GPageBreak> = true;
instrument(EmuPageBreak, 'PageBreak');

// ---------------------------------------------------------------- Text (one Text element, or editAsText of a container)

interface Seg {
  node: DocNode | null; // null: a separator ("\n" between paragraphs, "\t" between cells)
  start: number;
  len: number;
}
function segments(root: DocNode): Seg[] {
  const out: Seg[] = [];
  let pos = 0;
  const push = (node: DocNode | null, len: number) => {
    out.push({ node, start: pos, len });
    pos += len;
  };
  const visit = (n: DocNode) => {
    if (n.type === 'TEXT') return push(n, n.text.length);
    if (isPara(n)) return n.children.filter((x) => x.type === 'TEXT').forEach((t) => push(t, t.text.length));
    n.children.forEach((ch, i) => {
      if (i > 0) push(null, 1);
      visit(ch);
    });
  };
  visit(root);
  return out;
}

function checkRange(c: Ctx, start: number, endIncl: number, length: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(endIncl) || start < 0 || endIncl < start || endIncl >= length) throw c.rt.error(DOC_MSG.offsets);
}

type TextKeys = ElementKeys | 'asText' | 'getText' | 'setText' | 'appendText' | 'insertText' | 'deleteText' | 'editAsText' | 'findText' | 'replaceText'
  | 'setBold' | 'setItalic' | 'setUnderline' | 'setStrikethrough' | 'setFontSize' | 'setFontFamily' | 'setForegroundColor' | 'setBackgroundColor' | 'setLinkUrl'
  | 'isBold' | 'isItalic' | 'isUnderline' | 'isStrikethrough' | 'getFontSize' | 'getFontFamily' | 'getForegroundColor' | 'getBackgroundColor' | 'getLinkUrl'
  | 'getTextAttributeIndices';

export class EmuText extends ElementBase implements Facade<GText, TextKeys> {
  getText(): string {
    return nodeText(live(this).node);
  }
  editAsText(): GText {
    return this as unknown as GText;
  }
  setText(text: string): GText {
    const c = edit(this);
    const n = c.node;
    if (n.type === 'TEXT') {
      const a = attrsAt(n, 0);
      n.runs = [];
      insertText(n, 0, paraText(String(text)), a);
    } else if (isPara(n)) {
      const attrs = n.children.find((x) => x.type === 'TEXT')?.runs[0]?.attrs ?? textAttrsOf(n.attrs);
      for (const ch of [...n.children]) if (ch.type === 'TEXT') detach(ch);
      insertAt(n, 0, newText(String(text), attrs));
    } else {
      for (const ch of [...n.children]) detach(ch);
      if (BLOCK_CONTAINERS.has(n.type)) append(n, newParagraph('PARAGRAPH', String(text)));
    }
    return this as unknown as GText;
  }
  appendText(text: string): GText {
    const c = edit(this);
    const n = c.node;
    const t = n.type === 'TEXT' ? n : isPara(n) ? lastText(n) : lastText(lastParagraph(c, n));
    insertText(t, t.text.length, paraText(String(text)));
    return this as unknown as GText;
  }
  insertText(offset: number, text: string): GText {
    const c = edit(this);
    const segs = segments(c.node);
    const total = segs.reduce((s, x) => s + x.len, 0);
    const off = Number(offset);
    if (!Number.isInteger(off) || off < 0 || off > total) throw c.rt.error(DOC_MSG.offsets);
    const seg = segs.find((s) => s.node && off >= s.start && off < s.start + s.len) ?? [...segs].reverse().find((s) => s.node && off === s.start + s.len);
    if (seg?.node) insertText(seg.node, off - seg.start, paraText(String(text)));
    else if (isPara(c.node)) insertText(lastText(c.node), 0, paraText(String(text)));
    else throw c.rt.error('Emulator: insertText at this offset is not emulated');
    return this as unknown as GText;
  }
  deleteText(startOffset: number, endOffsetInclusive: number): GText {
    const c = edit(this);
    const segs = segments(c.node);
    const total = segs.reduce((s, x) => s + x.len, 0);
    checkRange(c, Number(startOffset), Number(endOffsetInclusive), total);
    const a = Number(startOffset);
    const b = Number(endOffsetInclusive) + 1;
    for (const s of [...segs].reverse()) {
      if (!s.node) continue;
      const from = Math.max(a, s.start) - s.start;
      const to = Math.min(b, s.start + s.len) - s.start;
      if (to > from) deleteRange(s.node, from, to);
    }
    return this as unknown as GText;
  }
  findText(searchPattern: string, from?: GRangeElement | null): GRangeElement {
    return findTextIn(this, searchPattern, from);
  }
  replaceText(searchPattern: string, replacement: string): GElement {
    replaceTextIn(this, searchPattern, replacement);
    return this as unknown as GElement;
  }
  /** Formats [start, endInclusive] — or everything when called with the value only. */
  #fmt(args: unknown[], key: string, conv: (v: unknown) => string | number | boolean | null): GText {
    const c = edit(this);
    const segs = segments(c.node);
    const total = segs.reduce((s, x) => s + x.len, 0);
    let a = 0;
    let b = total;
    let v: unknown;
    if (args.length >= 3) {
      checkRange(c, Number(args[0]), Number(args[1]), total);
      a = Number(args[0]);
      b = Number(args[1]) + 1;
      v = args[2];
    } else {
      v = args[0];
      if (isPara(c.node)) c.node.attrs[key] = conv(v) as string; // the paragraph mark too
    }
    const val = conv(v);
    for (const s of segs) {
      if (!s.node) continue;
      const from = Math.max(a, s.start) - s.start;
      const to = Math.min(b, s.start + s.len) - s.start;
      if (to > from) formatRange(s.node, from, to, { [key]: val });
    }
    if (args.length < 3 && c.node.type !== 'TEXT') {
      for (const p of paragraphsUnder(c.node)) p.attrs[key] = val;
    }
    return this as unknown as GText;
  }
  setBold(...args: any[]): GText {
    return this.#fmt(args, 'BOLD', (v) => (v === null ? null : !!v));
  }
  setItalic(...args: any[]): GText {
    return this.#fmt(args, 'ITALIC', (v) => (v === null ? null : !!v));
  }
  setUnderline(...args: any[]): GText {
    return this.#fmt(args, 'UNDERLINE', (v) => (v === null ? null : !!v));
  }
  setStrikethrough(...args: any[]): GText {
    return this.#fmt(args, 'STRIKETHROUGH', (v) => (v === null ? null : !!v));
  }
  setFontSize(...args: any[]): GText {
    return this.#fmt(args, 'FONT_SIZE', (v) => (v === null ? null : Number(v)));
  }
  setFontFamily(...args: any[]): GText {
    return this.#fmt(args, 'FONT_FAMILY', (v) => (v === null ? null : String(v)));
  }
  setForegroundColor(...args: any[]): GText {
    return this.#fmt(args, 'FOREGROUND_COLOR', (v) => (v === null ? null : String(v)));
  }
  setBackgroundColor(...args: any[]): GText {
    return this.#fmt(args, 'BACKGROUND_COLOR', (v) => (v === null ? null : String(v)));
  }
  setLinkUrl(...args: any[]): GText {
    return this.#fmt(args, 'LINK_URL', (v) => (v === null ? null : String(v)));
  }
  override setAttributes(...args: any[]): any {
    const c = edit(this);
    if (args.length >= 3) {
      const a = readAttrs(c.rt, args[2]);
      for (const [k, v] of Object.entries(a)) if (TEXT_ATTRS.has(k)) this.#fmt([args[0], args[1], v], k, (x) => x as string);
      return this;
    }
    applyAttrs(c.node, readAttrs(c.rt, args[0]));
    return this;
  }
  override getAttributes(offset?: number | null): any {
    const c = live(this);
    if (offset === undefined || offset === null) return readAttrsOf(c.node);
    const { node, at } = this.#at(Number(offset));
    const out: Record<string, unknown> = {};
    for (const k of TEXT_ATTRS) out[k] = node ? attrsAt(node, at)[k] ?? null : null;
    return out;
  }
  #at(offset: number): { node: DocNode | null; at: number } {
    const c = live(this);
    const segs = segments(c.node);
    const s = segs.find((x) => x.node && offset >= x.start && offset < x.start + x.len);
    if (!s && offset !== 0) throw c.rt.error(DOC_MSG.offsets);
    return { node: s?.node ?? null, at: s ? offset - s.start : 0 };
  }
  /** An attribute at an offset, or of the whole text (null when it varies); unset booleans read false. */
  #attr(key: string, offset?: number | null, bool = false): unknown {
    const c = live(this);
    const dflt = bool ? false : null;
    if (offset !== undefined && offset !== null) {
      const { node, at } = this.#at(Number(offset));
      return node ? attrsAt(node, at)[key] ?? dflt : dflt;
    }
    const vals = new Set<unknown>();
    for (const t of textNodes(c.node)) for (const r of t.runs) vals.add(r.attrs[key] ?? dflt);
    if (vals.size === 0) return dflt;
    return vals.size === 1 ? [...vals][0] : null;
  }
  isBold(offset?: number | null): boolean {
    return this.#attr('BOLD', offset, true) as boolean;
  }
  isItalic(offset?: number | null): boolean {
    return this.#attr('ITALIC', offset, true) as boolean;
  }
  isUnderline(offset?: number | null): boolean {
    return this.#attr('UNDERLINE', offset, true) as boolean;
  }
  isStrikethrough(offset?: number | null): boolean {
    return this.#attr('STRIKETHROUGH', offset, true) as boolean;
  }
  getFontSize(offset?: number | null): number {
    return this.#attr('FONT_SIZE', offset) as number;
  }
  getFontFamily(offset?: number | null): string {
    return this.#attr('FONT_FAMILY', offset) as string;
  }
  getForegroundColor(offset?: number | null): string {
    return this.#attr('FOREGROUND_COLOR', offset) as string;
  }
  getBackgroundColor(offset?: number | null): string {
    return this.#attr('BACKGROUND_COLOR', offset) as string;
  }
  getLinkUrl(offset?: number | null): string {
    return this.#attr('LINK_URL', offset) as string;
  }
  getTextAttributeIndices(): number[] {
    const c = live(this);
    const out: number[] = [];
    for (const s of segments(c.node)) {
      if (!s.node) continue;
      let pos = s.start;
      for (const r of s.node.runs) {
        out.push(pos);
        pos += r.text.length;
      }
    }
    return out.length ? [...new Set(out)] : [0];
  }
}
const _text: Subset<EmuText, GText> = true;
instrument(EmuText, 'Text');

function lastParagraph(c: Ctx, n: DocNode): DocNode {
  const ps = paragraphsUnder(n);
  const p = ps[ps.length - 1];
  if (!p) throw c.rt.error('Emulator: appendText on a container without paragraphs is not emulated');
  return p;
}
function paragraphsUnder(n: DocNode, out: DocNode[] = []): DocNode[] {
  if (isPara(n)) out.push(n);
  else for (const c of n.children) paragraphsUnder(c, out);
  return out;
}

// ---------------------------------------------------------------- RangeElement (findText results)

const RANGES = new WeakMap<object, { node: DocNode; start: number; end: number }>();
function rangeOf(x: unknown): { node: DocNode; start: number; end: number } | undefined {
  return typeof x === 'object' && x !== null ? RANGES.get(x) : undefined;
}

export class EmuRangeElement implements Facade<GRangeElement, 'getElement' | 'getStartOffset' | 'getEndOffsetInclusive' | 'isPartial'> {
  #c: Ctx;
  constructor(c: Ctx, node: DocNode, start: number, endIncl: number) {
    this.#c = { ...c, node };
    RANGES.set(this, { node, start, end: endIncl });
    attach(this, c.rt);
  }
  getElement(): GElement {
    if (this.#c.sess.closed) throw this.#c.rt.error(DOC_MSG.closed);
    return generic(this.#c, this.#c.node);
  }
  getStartOffset(): number {
    return RANGES.get(this)!.start;
  }
  getEndOffsetInclusive(): number {
    return RANGES.get(this)!.end;
  }
  isPartial(): boolean {
    const r = RANGES.get(this)!;
    return !(r.start === 0 && r.end === r.node.text.length - 1);
  }
}
const _re: Subset<EmuRangeElement, GRangeElement> = true;
instrument(EmuRangeElement, 'RangeElement');

TYPED.BODY_SECTION = () => EmuBody;
TYPED.HEADER_SECTION = () => EmuHeaderSection;
TYPED.FOOTER_SECTION = () => EmuFooterSection;
TYPED.PARAGRAPH = () => EmuParagraph;
TYPED.LIST_ITEM = () => EmuListItem;
TYPED.TABLE = () => EmuTable;
TYPED.TABLE_ROW = () => EmuTableRow;
TYPED.TABLE_CELL = () => EmuTableCell;
TYPED.TEXT = () => EmuText;
TYPED.PAGE_BREAK = () => EmuPageBreak;

// ---------------------------------------------------------------- Document, DocumentApp

type DocKeys = 'getId' | 'getName' | 'setName' | 'getUrl' | 'getBody' | 'getHeader' | 'addHeader' | 'getFooter' | 'addFooter' | 'saveAndClose' | 'getAs' | 'getBlob';

/** Makes a Blob (base.ts's EmuBlob) — injected to keep this module free of a dependency cycle. */
export type BlobFactory = (data: Buffer, type: string, name: string) => Blob;

export class EmuDocument implements Facade<GDocument, DocKeys> {
  #c: Ctx;
  #blob: BlobFactory;
  constructor(rt: Runtime, svc: DocsService, sess: DocSession, blob: BlobFactory) {
    this.#c = { rt, svc, sess, node: sess.doc.body };
    this.#blob = blob;
    attach(this, rt);
  }
  static model(d: EmuDocument): DocumentModel {
    return d.#c.sess.doc;
  }
  #live(): Ctx {
    if (this.#c.sess.closed) throw this.#c.rt.error(DOC_MSG.closed);
    return this.#c;
  }
  getId(): string {
    return this.#live().sess.doc.id;
  }
  getName(): string {
    return this.#live().sess.doc.name;
  }
  setName(name: string): GDocument {
    const c = this.#live();
    c.sess.doc.name = String(name);
    return this as unknown as GDocument;
  }
  getUrl(): string {
    return this.#live().sess.doc.url;
  }
  getBody(): GBody {
    const c = this.#live();
    return typed(c, c.sess.doc.body);
  }
  getHeader(): GHeader {
    const c = this.#live();
    return (c.sess.doc.header ? typed(c, c.sess.doc.header) : null) as GHeader;
  }
  getFooter(): GFooter {
    const c = this.#live();
    return (c.sess.doc.footer ? typed(c, c.sess.doc.footer) : null) as GFooter;
  }
  addHeader(): GHeader {
    const c = this.#live();
    const d = c.sess.doc;
    if (!d.header) {
      d.header = newNode('HEADER_SECTION');
      d.header.doc = d;
      append(d.header, newParagraph('PARAGRAPH', ''));
      d.dirty = true;
    }
    return typed(c, d.header);
  }
  addFooter(): GFooter {
    const c = this.#live();
    const d = c.sess.doc;
    if (!d.footer) {
      d.footer = newNode('FOOTER_SECTION');
      d.footer.doc = d;
      append(d.footer, newParagraph('PARAGRAPH', ''));
      d.dirty = true;
    }
    return typed(c, d.footer);
  }
  saveAndClose(): void {
    const c = this.#live();
    c.sess.closed = true;
    c.sess.doc.save();
  }
  getAs(contentType: string): Blob {
    const c = this.#live();
    const t = String(contentType);
    if (t !== PDF_MIME) throw c.rt.error(DOC_MSG.convert(DOC_MIME, t));
    return c.svc.pdf(c.sess.doc, this.#blob);
  }
  getBlob(): Blob {
    const c = this.#live();
    return c.svc.pdf(c.sess.doc, this.#blob);
  }
}
const _doc: Subset<EmuDocument, GDocument> = true;
instrument(EmuDocument, 'Document');

type AppKeys = 'create' | 'openById' | 'openByUrl' | 'getActiveDocument';

export class EmuDocumentApp implements Facade<GoogleAppsScript.Document.DocumentApp, AppKeys | 'Attribute' | 'ElementType' | 'HorizontalAlignment' | 'ParagraphHeading' | 'TextAlignment' | 'VerticalAlignment' | 'GlyphType'> {
  readonly Attribute = ATTRIBUTE as unknown as D['Attribute'];
  readonly ElementType = ELEMENT_TYPE as unknown as D['ElementType'];
  readonly HorizontalAlignment = HORIZONTAL_ALIGNMENT as unknown as D['HorizontalAlignment'];
  readonly ParagraphHeading = PARAGRAPH_HEADING as unknown as D['ParagraphHeading'];
  readonly TextAlignment = TEXT_ALIGNMENT as unknown as D['TextAlignment'];
  readonly VerticalAlignment = VERTICAL_ALIGNMENT as unknown as D['VerticalAlignment'];
  readonly GlyphType = GLYPH_TYPE as unknown as D['GlyphType'];
  #rt: Runtime;
  #svc: DocsService;
  #blob: BlobFactory;
  /** Called when a document is created (Drive puts it in the root folder). */
  #onCreate: (d: DocumentModel) => void;
  constructor(rt: Runtime, svc: DocsService, blob: BlobFactory, onCreate: (d: DocumentModel) => void) {
    this.#rt = rt;
    this.#svc = svc;
    this.#blob = blob;
    this.#onCreate = onCreate;
    attach(this, rt);
  }
  create(name: string): GDocument {
    this.#svc.consumeCreate();
    const d = this.#svc.store.create(String(name), this.#rt.clock.now());
    this.#onCreate(d);
    return new EmuDocument(this.#rt, this.#svc, this.#svc.open(d), this.#blob) as unknown as GDocument;
  }
  openById(id: string): GDocument {
    const d = this.#svc.store.byId(String(id));
    if (!d) throw this.#rt.error(DOC_MSG.missing);
    return new EmuDocument(this.#rt, this.#svc, this.#svc.open(d), this.#blob) as unknown as GDocument;
  }
  openByUrl(url: string): GDocument {
    const m = /\/document\/d\/([^/?#]+)/.exec(String(url));
    if (!m) throw this.#rt.error(DOC_MSG.badUrl);
    const d = this.#svc.store.byId(m[1]);
    if (!d) throw this.#rt.error(DOC_MSG.missing);
    return new EmuDocument(this.#rt, this.#svc, this.#svc.open(d), this.#blob) as unknown as GDocument;
  }
  /** The script is bound to a spreadsheet, not a document. */
  getActiveDocument(): GDocument {
    return null as unknown as GDocument;
  }
}
const _dapp: Subset<EmuDocumentApp, GoogleAppsScript.Document.DocumentApp> = true;
instrument(EmuDocumentApp, 'DocumentApp');

export function documentModelOf(x: unknown): DocumentModel | undefined {
  return x instanceof EmuDocument ? EmuDocument.model(x) : undefined;
}
