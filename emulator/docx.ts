// Export an emulated Google Doc to .docx (the `docx` package): page size and margins, paragraphs with their
// formatting runs (bold/italic/underline/strikethrough/size/font/colour), alignment, headings, indents and
// spacing, line breaks ("\r"), page breaks, lists, tables (cell text, column widths, borders — width 0 = none; header
// rows pinned and rows kept whole when the Docs UI set them), landscape pages (wider than tall),
// header and footer. Units: Apps Script works in points; Word in twips (1 pt = 20 twips) and half-points (size).
import { writeFileSync } from 'node:fs';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
} from 'docx';
import { nodeText, type Attrs, type DocNode, type DocumentModel } from './document.js';

/** Google Docs' defaults for text that has no explicit font or size. */
export const DEFAULT_FONT = 'Arial';
export const DEFAULT_SIZE_PT = 11;
/** Google Docs' default heading sizes (pt). */
const HEADING_SIZE: Record<string, number> = { HEADING1: 20, HEADING2: 16, HEADING3: 14, HEADING4: 12, HEADING5: 11, HEADING6: 11, TITLE: 26, SUBTITLE: 15 };
const HEADING_LEVEL: Record<string, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  HEADING1: HeadingLevel.HEADING_1,
  HEADING2: HeadingLevel.HEADING_2,
  HEADING3: HeadingLevel.HEADING_3,
  HEADING4: HeadingLevel.HEADING_4,
  HEADING5: HeadingLevel.HEADING_5,
  HEADING6: HeadingLevel.HEADING_6,
  TITLE: HeadingLevel.TITLE,
};
const ALIGN: Record<string, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  LEFT: AlignmentType.LEFT,
  CENTER: AlignmentType.CENTER,
  RIGHT: AlignmentType.RIGHT,
  JUSTIFY: AlignmentType.JUSTIFIED,
};
const tw = (pt: number) => Math.round(pt * 20);
const color = (c: unknown) => (typeof c === 'string' && /^#?[0-9a-f]{6}$/i.test(c) ? c.replace('#', '').toUpperCase() : undefined);

function runOptions(attrs: Attrs, para: Attrs): IRunOptions {
  const heading = typeof para.HEADING === 'string' && para.HEADING !== 'NORMAL' ? para.HEADING : undefined;
  const size = (attrs.FONT_SIZE as number | undefined) ?? (heading ? HEADING_SIZE[heading] : undefined) ?? DEFAULT_SIZE_PT;
  return {
    bold: attrs.BOLD === true ? true : undefined,
    italics: attrs.ITALIC === true ? true : undefined,
    underline: attrs.UNDERLINE === true ? {} : undefined,
    strike: attrs.STRIKETHROUGH === true ? true : undefined,
    size: Math.round(size * 2),
    font: (attrs.FONT_FAMILY as string | undefined) ?? DEFAULT_FONT,
    color: color(attrs.FOREGROUND_COLOR) ?? (heading ? '000000' : undefined),
    shading: color(attrs.BACKGROUND_COLOR) ? { fill: color(attrs.BACKGROUND_COLOR)!, type: 'clear' as never, color: 'auto' } : undefined,
  };
}

/** The runs of a paragraph: each formatting run, split at line breaks ("\r"), page breaks in place. */
function paragraphChildren(p: DocNode): Array<TextRun | PageBreak> {
  const out: Array<TextRun | PageBreak> = [];
  for (const ch of p.children) {
    if (ch.type === 'PAGE_BREAK') {
      out.push(new PageBreak());
      continue;
    }
    if (ch.type !== 'TEXT') continue;
    for (const r of ch.runs) {
      r.text.split('\r').forEach((piece, i) => {
        out.push(new TextRun({ ...runOptions(r.attrs, p.attrs), text: piece, break: i > 0 ? 1 : undefined }));
      });
    }
  }
  // An empty paragraph keeps the size of its mark, so blank lines are as tall as in the document.
  if (!out.some((x) => x instanceof TextRun)) out.push(new TextRun({ ...runOptions(markAttrs(p), p.attrs), text: '' }));
  return out;
}

function markAttrs(p: DocNode): Attrs {
  const a: Attrs = {};
  for (const k of ['FONT_SIZE', 'FONT_FAMILY', 'BOLD', 'ITALIC']) if (p.attrs[k] !== undefined) a[k] = p.attrs[k];
  return a;
}

interface Lists {
  instances: Map<string, number>;
}

function toParagraph(p: DocNode, lists: Lists): Paragraph {
  const a = p.attrs;
  const heading = typeof a.HEADING === 'string' ? HEADING_LEVEL[a.HEADING] : undefined;
  const isList = p.type === 'LIST_ITEM';
  const listId = String(a.LIST_ID ?? 'default');
  if (isList && !lists.instances.has(listId)) lists.instances.set(listId, lists.instances.size + 1);
  const numbered = ['NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER'].includes(String(a.GLYPH_TYPE));
  const num = (v: unknown) => (typeof v === 'number' ? tw(v) : undefined);
  return new Paragraph({
    children: paragraphChildren(p),
    // The paragraph mark's size (w:pPr/w:rPr): an empty paragraph is as tall as its mark, as in Docs.
    run: typeof a.FONT_SIZE === 'number' ? { size: Math.round(a.FONT_SIZE * 2) } : undefined,
    heading,
    pageBreakBefore: p.pageBreakBefore || undefined,
    alignment: typeof a.HORIZONTAL_ALIGNMENT === 'string' ? ALIGN[a.HORIZONTAL_ALIGNMENT] : undefined,
    indent: a.INDENT_START !== undefined || a.INDENT_END !== undefined || a.INDENT_FIRST_LINE !== undefined
      ? {
          left: num(a.INDENT_START),
          right: num(a.INDENT_END),
          firstLine: typeof a.INDENT_FIRST_LINE === 'number' && typeof a.INDENT_START === 'number' ? tw(a.INDENT_FIRST_LINE - a.INDENT_START) : num(a.INDENT_FIRST_LINE),
        }
      : undefined,
    spacing: {
      before: num(a.SPACING_BEFORE),
      after: num(a.SPACING_AFTER) ?? 0,
      line: typeof a.LINE_SPACING === 'number' ? Math.round(a.LINE_SPACING * 240) : undefined,
    },
    numbering: isList
      ? { reference: numbered ? 'emu-number' : 'emu-bullet', level: Math.min(8, Number(a.NESTING_LEVEL ?? 0)), instance: lists.instances.get(listId) }
      : undefined,
  });
}

function toTable(t: DocNode, contentWidthPt: number, lists: Lists): Table {
  const ncols = Math.max(1, t.columnWidths.length, ...t.children.map((r) => r.children.length));
  const set = Array.from({ length: ncols }, (_, i) => t.columnWidths[i] ?? null);
  const fixed = set.reduce<number>((s, w) => s + (w ?? 0), 0);
  const unset = set.filter((w) => w === null).length;
  const each = unset ? Math.max(20, (contentWidthPt - fixed) / unset) : 0;
  const widths = set.map((w) => w ?? each);
  const bw = Number(t.attrs.BORDER_WIDTH ?? 1);
  const border = bw > 0
    ? { style: BorderStyle.SINGLE, size: Math.max(2, Math.round(bw * 8)), color: color(t.attrs.BORDER_COLOR) ?? '000000' }
    : { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
  const pinned = t.uiTable ? t.uiTable.pinnedHeaderRows : 0;
  const cantSplit = t.uiTable ? !t.uiTable.rowsMayOverflow : false;
  const rows = t.children.map((r, rowIndex) => {
    const cells = r.children.map((c, i) => {
      const blocks = blocksOf(c.children, widths[i] ?? each, lists);
      return new TableCell({
        children: blocks.length ? blocks : [new Paragraph({})],
        width: { size: tw((c.attrs.WIDTH as number | undefined) ?? widths[i] ?? each), type: WidthType.DXA },
        borders,
        shading: color(c.attrs.BACKGROUND_COLOR) ? { fill: color(c.attrs.BACKGROUND_COLOR)!, type: 'clear' as never, color: 'auto' } : undefined,
        verticalAlign: c.attrs.VERTICAL_ALIGNMENT === 'CENTER' ? VerticalAlignTable.CENTER : c.attrs.VERTICAL_ALIGNMENT === 'BOTTOM' ? VerticalAlignTable.BOTTOM : VerticalAlignTable.TOP,
        margins: {
          top: tw(Number(c.attrs.PADDING_TOP ?? 5)),
          bottom: tw(Number(c.attrs.PADDING_BOTTOM ?? 5)),
          left: tw(Number(c.attrs.PADDING_LEFT ?? 5)),
          right: tw(Number(c.attrs.PADDING_RIGHT ?? 5)),
        },
      });
    });
    return new TableRow({
      children: cells.length ? cells : [new TableCell({ children: [new Paragraph({})] })],
      height: typeof r.attrs.MINIMUM_HEIGHT === 'number' && r.attrs.MINIMUM_HEIGHT > 0 ? { value: tw(r.attrs.MINIMUM_HEIGHT), rule: 'atLeast' } : undefined,
      // Table properties set in the Docs UI (UiTableProperties): repeated header rows, rows kept on one page.
      tableHeader: rowIndex < pinned ? true : undefined,
      cantSplit: cantSplit ? true : undefined,
    });
  });
  return new Table({
    rows: rows.length ? rows : [new TableRow({ children: [new TableCell({ children: [new Paragraph({})] })] })],
    columnWidths: widths.map(tw),
    width: { size: tw(widths.reduce((s, w) => s + w, 0)), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders,
  });
}

function blocksOf(children: DocNode[], widthPt: number, lists: Lists): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  for (const n of children) {
    if (n.type === 'PARAGRAPH' || n.type === 'LIST_ITEM') out.push(toParagraph(n, lists));
    else if (n.type === 'TABLE') out.push(toTable(n, widthPt, lists));
  }
  return out;
}

function levels(format: 'bullet' | 'decimal') {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: format === 'bullet' ? LevelFormat.BULLET : LevelFormat.DECIMAL,
    text: format === 'bullet' ? (level % 2 ? '◦' : '•') : `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: tw(36 * (level + 1)), hanging: tw(18) } } },
  }));
}

/** Builds the Word document of an emulated Google Doc. */
export function toDocxDocument(doc: DocumentModel): Document {
  const b = doc.body.attrs;
  const pageW = Number(b.PAGE_WIDTH);
  const pageH = Number(b.PAGE_HEIGHT);
  const ml = Number(b.MARGIN_LEFT);
  const mr = Number(b.MARGIN_RIGHT);
  const content = pageW - ml - mr;
  const lists: Lists = { instances: new Map() };
  const section = (n: DocNode | null) => (n ? blocksOf(n.children, content, lists) : []);
  return new Document({
    creator: 'apps-script-emulator',
    title: doc.name,
    description: nodeText(doc.body).slice(0, 200),
    styles: { default: { document: { run: { font: DEFAULT_FONT, size: DEFAULT_SIZE_PT * 2 } } } },
    numbering: {
      config: [
        { reference: 'emu-bullet', levels: levels('bullet') },
        { reference: 'emu-number', levels: levels('decimal') },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            // A page wider than tall is landscape (Docs has no orientation of its own, only the page's size); Word
            // wants the portrait size and the orientation ("w:orient"), and swaps them itself.
            size:
              pageW > pageH
                ? { width: tw(pageH), height: tw(pageW), orientation: PageOrientation.LANDSCAPE }
                : { width: tw(pageW), height: tw(pageH) },
            margin: { top: tw(Number(b.MARGIN_TOP)), bottom: tw(Number(b.MARGIN_BOTTOM)), left: tw(ml), right: tw(mr), header: tw(36), footer: tw(36) },
          },
        },
        headers: doc.header ? { default: new Header({ children: section(doc.header) }) } : undefined,
        footers: doc.footer ? { default: new Footer({ children: section(doc.footer) }) } : undefined,
        children: section(doc.body),
      },
    ],
  });
}

/** The .docx bytes of an emulated document. */
export async function toDocx(doc: DocumentModel): Promise<Buffer> {
  return Packer.toBuffer(toDocxDocument(doc));
}

export async function writeDocx(doc: DocumentModel, path: string): Promise<void> {
  writeFileSync(path, await toDocx(doc));
}
