// The Docs advanced service (`Docs`, the Docs API v1 inside Apps Script) over the same document model DocumentApp
// uses — only the subset the product calls: Documents.get (the body's structure: paragraphs with their text runs, page
// breaks and pageBreakBefore, tables with their rows' style, each element's start and end index) and
// Documents.batchUpdate of pinTableHeaderRows and updateTableRowStyle (preventOverflow) — the table properties Google
// Docs offers in its UI and DocumentApp does not (document.ts UiTableProperties) —, updateParagraphStyle of
// pageBreakBefore (Format → Line & paragraph spacing → Add page break before: DocNode.pageBreakBefore) and
// deleteContentRange of page breaks. Each method is one counted call "Docs.Documents.get"…; it exists only when the manifest enables
// the service (index.ts: dependencies.enabledAdvancedServices).
//
// Sources (developers.google.com): apps-script/advanced/docs (the service takes the API's objects; method signatures as
// the typings give them: batchUpdate(resource, documentId), get(documentId, optionalArgs)); docs/api/concepts/structure
// (indexes count UTF-16 code units; the body opens with a section break ending at 1; a paragraph ends with its "\n";
// a table, each row and each cell take one index before their content, the table one after); docs/api/reference/rest/
// v1/documents/batchUpdate ("If any request is not valid, then the entire request will fail and nothing will be
// applied"; requests apply in order, so a deletion shifts the indexes of the requests after it); the requests as
// src/gas/docs-api.d.ts cites them; …/documents#ParagraphStyle: pageBreakBefore "Whether the current paragraph should
// always start at the beginning of a page … Attempting to update page_break_before for paragraphs in unsupported
// regions, including Table, Header, Footer and Footnote, can result in an invalid document state that returns a 400";
// …/request#DeleteContentRangeRequest (deleting the last newline of a segment, or the newline before a table, is
// refused: the emulation models deleting page breaks only, and refuses any other range as not modelled).
//
// ASSUMPTIONS (unverified, say so where it matters):
//  - The API reads and writes the document as last saved; edits DocumentApp has not saved yet (before saveAndClose or
//    the end of the execution) are not in it, and a later save of them would be made over the API's change. The
//    emulation refuses the call over unsaved DocumentApp edits (a bug it reports), as the Sheets service refuses a
//    call over unflushed SpreadsheetApp writes.
//  - Error texts: Apps Script wraps API errors as "API call to docs.documents.<method> failed with error: <message>";
//    the messages themselves are ours. The product never reads them.
//  - updateTableRowStyle: the model keeps "rows may overflow" for a whole table, so rowIndices naming only some rows
//    are refused here rather than half modelled. In Docs it is a style of each row: the rows a generated document
//    adds to a list (insertTableRow with a copy of the template's row, src/gas/docs.ts) are taken here to keep it, as
//    a copy of an element keeps its attributes — not confirmed on the platform (review diff36 L5).
import { attach, instrument, type Facade, type Runtime, type Subset } from './runtime.js';
import type { DocNode, DocumentModel, DocumentStore } from './document.js';

type DocsDocument = GoogleAppsScript.Docs.Schema.Document;
type StructuralElement = GoogleAppsScript.Docs.Schema.StructuralElement;
type BatchRequest = GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest;
type BatchResponse = GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse;
type DocumentsCollection = GoogleAppsScript.Docs.Collection.DocumentsCollection;

export const DOCS_API_MSG = {
  failed: (method: string, message: string) => `API call to docs.documents.${method} failed with error: ${message}`,
  notFound: 'Requested entity was not found.',
  unsaved: (call: string) => `Emulator: ${call} over edits DocumentApp has not saved: call saveAndClose() first (the API sees the document as last saved).`,
  notTable: (i: number, index: number) => `Invalid requests[${i}]: no table starts at index ${index}.`,
  badCount: (i: number, rows: number) => `Invalid requests[${i}].pinTableHeaderRows: pinnedHeaderRowsCount must be from 0 to the table's ${rows} rows.`,
  badFields: (i: number) => `Invalid requests[${i}].updateTableRowStyle: fields must name preventOverflow (the only row style modelled).`,
  someRows: (i: number) => `Invalid requests[${i}].updateTableRowStyle: rowIndices naming only some rows are not modelled.`,
  badParagraphFields: (i: number) => `Invalid requests[${i}].updateParagraphStyle: fields must name pageBreakBefore (the only paragraph style modelled).`,
  breakInTable: (i: number) => `Invalid requests[${i}].updateParagraphStyle: pageBreakBefore cannot be set on a paragraph in a table.`,
  badRange: (i: number, what: string, from: number, to: number) => `Invalid requests[${i}].${what}: the range ${from}–${to} is not a range of the body.`,
  unknown: (i: number, kind: string) => `Invalid requests[${i}]: the emulation does not model "${kind}".`,
};

class ApiError extends Error {}

/** A body element as the API lists it, with the node it is. */
interface Located {
  start: number;
  end: number;
  node: DocNode;
}

/** Characters of a paragraph's content, as indexes count them: its text, one for each inline element, its "\n". */
function paragraphLength(p: DocNode): number {
  let n = 1;
  for (const c of p.children) n += c.type === 'TEXT' ? c.text.length : 1;
  return n;
}

/** The structural elements of a section or cell from `start`, each with its start and end index. */
function locate(children: readonly DocNode[], start: number): Located[] {
  const out: Located[] = [];
  let at = start;
  for (const node of children) {
    const from = at;
    if (node.type === 'TABLE') {
      at += 1;
      for (const row of node.children) {
        at += 1;
        for (const cell of row.children) {
          at += 1;
          const inner = locate(cell.children, at);
          at = inner.length ? inner[inner.length - 1].end : at;
        }
      }
      at += 1;
    } else at += paragraphLength(node);
    out.push({ start: from, end: at, node });
  }
  return out;
}

/** Each inline child of a body paragraph with its start index (text by its UTF-16 length, any other element 1). */
function inlineAt(p: DocNode, start: number): Array<{ node: DocNode; start: number; end: number }> {
  let at = start;
  return p.children.map((node) => {
    const from = at;
    at += node.type === 'TEXT' ? node.text.length : 1;
    return { node, start: from, end: at };
  });
}

function element(l: Located): StructuralElement {
  if (l.node.type !== 'TABLE') {
    // Its elements as the API lists them: text runs and page breaks; the paragraph's closing "\n" ends its last text
    // run, or is a text run of its own after a final non-text element.
    const elements: GoogleAppsScript.Docs.Schema.ParagraphElement[] = inlineAt(l.node, l.start).map((c) =>
      c.node.type === 'TEXT' ? { startIndex: c.start, endIndex: c.end, textRun: { content: c.node.text } } : c.node.type === 'PAGE_BREAK' ? { startIndex: c.start, endIndex: c.end, pageBreak: {} } : { startIndex: c.start, endIndex: c.end },
    );
    const last = elements[elements.length - 1];
    if (last?.textRun) {
      last.endIndex = l.end;
      last.textRun.content += '\n';
    } else elements.push({ startIndex: l.end - 1, endIndex: l.end, textRun: { content: '\n' } });
    // As the API gives a style: a property at its default is left out.
    return { startIndex: l.start, endIndex: l.end, paragraph: { elements, paragraphStyle: l.node.pageBreakBefore ? { pageBreakBefore: true } : {} } };
  }
  const t = l.node;
  const pinned = t.uiTable ? t.uiTable.pinnedHeaderRows : 0;
  const whole = t.uiTable ? !t.uiTable.rowsMayOverflow : false;
  return {
    startIndex: l.start,
    endIndex: l.end,
    table: {
      rows: t.children.length,
      columns: Math.max(0, ...t.children.map((r) => r.children.length)),
      // As the API gives a style: a property at its default is left out.
      tableRows: t.children.map((_, i) => ({ tableRowStyle: { ...(i < pinned ? { tableHeader: true } : {}), ...(whole ? { preventOverflow: true } : {}) } })),
    },
  };
}

class EmuDocsDocuments implements Facade<DocumentsCollection, 'get' | 'batchUpdate'> {
  #rt: Runtime;
  #store: DocumentStore;
  constructor(rt: Runtime, store: DocumentStore) {
    this.#rt = rt;
    this.#store = store;
    attach(this, rt);
  }

  #doc(method: string, id: string): DocumentModel {
    const d = this.#store.byId(String(id));
    if (!d) throw this.#rt.error(DOCS_API_MSG.failed(method, DOCS_API_MSG.notFound));
    if (d.dirty) throw this.#rt.error(DOCS_API_MSG.unsaved(`Docs.Documents.${method}`));
    return d;
  }

  /** The body: a section break, then its paragraphs and tables (rows with their style; cells not listed). */
  get(documentId: string, _optionalArgs?: object): DocsDocument {
    const d = this.#doc('get', documentId);
    return {
      documentId: d.id,
      title: d.name,
      body: { content: [{ endIndex: 1, sectionBreak: {} }, ...locate(d.body.children, 1).map(element)] },
    };
  }

  batchUpdate(resource: BatchRequest, documentId: string): BatchResponse {
    const d = this.#doc('batchUpdate', documentId);
    const requests = resource?.requests ?? [];
    // Applied in order, each on the document as the requests before it left it (their indexes shift after a
    // deletion); all or nothing: a request refused undoes those before it.
    const undo: Array<() => void> = [];
    try {
      requests.forEach((r, i) => {
        const kinds = Object.keys(r ?? {});
        const located = locate(d.body.children, 1);
        const table = (loc: GoogleAppsScript.Docs.Schema.Location | undefined) => {
          const t = located.find((l) => l.node.type === 'TABLE' && l.start === Number(loc?.index))?.node;
          if (!t || loc?.segmentId) throw new ApiError(DOCS_API_MSG.notTable(i, Number(loc?.index)));
          return t;
        };
        const setUi = (t: DocNode, props: Partial<NonNullable<DocNode['uiTable']>>) => {
          const was = t.uiTable;
          t.uiTable = { ...(was ?? { pinnedHeaderRows: 0, rowsMayOverflow: true }), ...props };
          undo.push(() => (t.uiTable = was));
        };
        /** The body's elements a range overlaps; refused when it is empty, in another segment or out of the body. */
        const overlapped = (range: GoogleAppsScript.Docs.Schema.Range | undefined, what: string) => {
          const from = Number(range?.startIndex);
          const to = Number(range?.endIndex);
          const end = located.length ? located[located.length - 1].end : 1;
          if (range?.segmentId || !Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to <= from || to > end) throw new ApiError(DOCS_API_MSG.badRange(i, what, from, to));
          return { from, to, hit: located.filter((l) => l.start < to && l.end > from) };
        };
        if (kinds.length === 1 && r.pinTableHeaderRows) {
          const t = table(r.pinTableHeaderRows.tableStartLocation);
          const n = Number(r.pinTableHeaderRows.pinnedHeaderRowsCount ?? 0);
          if (!Number.isInteger(n) || n < 0 || n > t.children.length) throw new ApiError(DOCS_API_MSG.badCount(i, t.children.length));
          setUi(t, { pinnedHeaderRows: n });
        } else if (kinds.length === 1 && r.updateTableRowStyle) {
          const u = r.updateTableRowStyle;
          const t = table(u.tableStartLocation);
          const fields = String(u.fields ?? '').split(',').map((f) => f.trim());
          if (fields.length !== 1 || (fields[0] !== 'preventOverflow' && fields[0] !== '*')) throw new ApiError(DOCS_API_MSG.badFields(i));
          const rows = u.rowIndices ?? [];
          if (rows.length > 0 && new Set(rows).size < t.children.length) throw new ApiError(DOCS_API_MSG.someRows(i));
          setUi(t, { rowsMayOverflow: u.tableRowStyle?.preventOverflow !== true });
        } else if (kinds.length === 1 && r.updateParagraphStyle) {
          const u = r.updateParagraphStyle;
          const fields = String(u.fields ?? '').split(',').map((f) => f.trim());
          if (fields.length !== 1 || fields[0] !== 'pageBreakBefore') throw new ApiError(DOCS_API_MSG.badParagraphFields(i));
          const { hit } = overlapped(u.range, 'updateParagraphStyle');
          // Page break before in a table's paragraph: "can result in an invalid document state that returns a 400".
          if (hit.some((l) => l.node.type === 'TABLE')) throw new ApiError(DOCS_API_MSG.breakInTable(i));
          const on = u.paragraphStyle?.pageBreakBefore === true;
          for (const l of hit) {
            const was = l.node.pageBreakBefore;
            l.node.pageBreakBefore = on;
            undo.push(() => (l.node.pageBreakBefore = was));
          }
        } else if (kinds.length === 1 && r.deleteContentRange) {
          // Modelled: deleting inline elements that are not text (page breaks) inside one body paragraph.
          const { from, to, hit } = overlapped(r.deleteContentRange.range, 'deleteContentRange');
          const p = hit.length === 1 && hit[0].node.type !== 'TABLE' ? hit[0] : null;
          const gone = p ? inlineAt(p.node, p.start).filter((c) => c.start >= from && c.end <= to) : [];
          const covered = gone.reduce((n, c) => n + (c.end - c.start), 0);
          if (!p || to > p.end - 1 || covered !== to - from || gone.some((c) => c.node.type === 'TEXT')) throw new ApiError(DOCS_API_MSG.unknown(i, 'deleteContentRange of anything but page breaks in one paragraph'));
          const para = p.node;
          const before = [...para.children];
          para.children = para.children.filter((c) => !gone.some((g) => g.node === c));
          for (const g of gone) g.node.parent = null;
          undo.push(() => {
            para.children = before;
            for (const c of before) c.parent = para;
          });
        } else throw new ApiError(DOCS_API_MSG.unknown(i, kinds.join(', ')));
      });
    } catch (e) {
      for (const u of undo.reverse()) u();
      if (e instanceof ApiError) throw this.#rt.error(DOCS_API_MSG.failed('batchUpdate', e.message));
      throw e;
    }
    if (undo.length) d.updatedAt = this.#rt.clock.now();
    return { documentId: d.id, replies: requests.map(() => ({})) };
  }
}
instrument(EmuDocsDocuments, 'Docs.Documents');

export class EmuDocsService {
  readonly Documents: DocumentsCollection;
  constructor(rt: Runtime, store: DocumentStore) {
    this.Documents = new EmuDocsDocuments(rt, store) as unknown as DocumentsCollection;
    attach(this, rt);
  }
}
const _g: Subset<EmuDocsService, GoogleAppsScript.Docs> = true;
void _g;
