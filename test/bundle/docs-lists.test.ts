// dropEmptyLists (src/gas/docs.ts) on documents an office may have rearranged: a list with nobody in it goes with its
// heading, never a table that also holds the other list's rows.
import { describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../emulator/index';
import { nodeText, type DocNode } from '../../emulator/document';
import { dropEmptyLists, keepTableRows, renderBlocks } from '../../src/gas/docs';
import { BODY_SIZE, LIST_HEADING_PLACEHOLDER, isRowPlaceholder, templateBlocks, templatePage } from '../../src/core/proposals';
import { withGlobals } from './helpers';

type Kind = 'collective' | 'individual';

/** Runs gas-layer code imported here with the emulated DocumentApp, as one execution. */
const withDocs = <T>(emu: Emulator, fn: () => T): T => withGlobals(emu, ['DocumentApp'], fn, 'dropEmptyLists');

const kindOf = (name: string): Kind | null => {
  const k = isRowPlaceholder(name);
  return k === 'collective' || k === 'individual' ? k : null;
};

/** A Danh sách body: a heading and a table per list, or (`oneTable`) both lists' rows in one table. */
function danhSach(emu: Emulator, oneTable: boolean) {
  return withDocs(emu, () => {
    const doc = emu.globals.DocumentApp.create('Danh sách');
    const body = doc.getBody();
    const tt = `{{${LIST_HEADING_PLACEHOLDER.collective}}}`;
    const cn = `{{${LIST_HEADING_PLACEHOLDER.individual}}}`;
    body.appendParagraph(`I. TẬP THỂ (${tt})`);
    if (oneTable) body.appendTable([['STT', 'Tên'], ['{{tt_stt}}', '{{tt_ten}}'], ['{{cn_stt}}', '{{cn_ten}}']]);
    else {
      body.appendTable([['STT', 'Tên tập thể'], ['{{tt_stt}}', '{{tt_ten}}']]);
      body.appendParagraph(`II. CÁ NHÂN (${cn})`);
      body.appendTable([['STT', 'Họ và tên'], ['{{cn_stt}}', '{{cn_ten}}']]);
    }
    return doc.getId();
  });
}

describe('dropEmptyLists', () => {
  it('a list with nobody in it goes with its heading; the next one is numbered I.', () => {
    const emu = createEmulator({});
    const id = danhSach(emu, false);
    const dropped = withDocs(emu, () => dropEmptyLists<Kind>(emu.globals.DocumentApp.openById(id).getBody(), kindOf, ['collective'], LIST_HEADING_PLACEHOLDER));
    expect(dropped).toEqual(['collective']);
    const body = emu.docs.byId(id)!.body.children;
    expect(body.filter((n) => n.type === 'TABLE')).toHaveLength(1);
  });

  it('an office template with both lists in one table: the table stays, and the kind kept is not lost', () => {
    const emu = createEmulator({});
    const id = danhSach(emu, true);
    const dropped = withDocs(emu, () => dropEmptyLists<Kind>(emu.globals.DocumentApp.openById(id).getBody(), kindOf, ['collective'], LIST_HEADING_PLACEHOLDER));
    expect(dropped).toEqual([]);
    const text = withDocs(emu, () => emu.globals.DocumentApp.openById(id).getBody().getText());
    expect(text).toContain('{{cn_ten}}');
    expect(text).toContain('{{tt_ten}}');
  });

  describe('the page break that starts the second list (no "keep with next" in DocumentApp)', () => {
    /**
     * A document rendered from our own template `key`, as "Thiết lập" makes it: `converted`, its page breaks made
     * "page break before" by the Docs service (keepTableRows), as Thiết lập does with the service enabled.
     */
    const fromTemplate = (emu: Emulator, key: 'danhSach' | 'quyetDinh', converted: boolean) => {
      const id = withDocs(emu, () => {
        const doc = emu.globals.DocumentApp.create(key);
        renderBlocks(doc, templateBlocks(key), BODY_SIZE, templatePage(key));
        const id = doc.getId();
        doc.saveAndClose();
        return id;
      });
      if (converted) expect(withGlobals(emu, ['Docs'], () => keepTableRows(id, templateBlocks(key)), 'keepTableRows')).toEqual({ rows: 'set', breaks: 'set' });
      return id;
    };
    /** The paragraphs that start a page: by a page break in them, or by "page break before". */
    const breaks = (kids: DocNode[]) => kids.filter((n) => n.pageBreakBefore || n.children.some((c) => c.type === 'PAGE_BREAK')).length;
    const headings = (kids: DocNode[]) => kids.filter((n) => n.type === 'PARAGRAPH' && /^I+\. (TẬP THỂ|CÁ NHÂN)/.test(nodeText(n))).map((n) => nodeText(n).slice(0, 14));

    it('a refusal of the page breaks’ batch costs nothing of the rows’, and leaves the break as it was', () => {
      const emu = createEmulator({});
      const id = fromTemplate(emu, 'quyetDinh', false);
      emu.runtime.failOn('Docs.Documents.batchUpdate', 2, 'API call to docs.documents.batchUpdate failed with error: Invalid requests[0]');
      expect(withGlobals(emu, ['Docs'], () => keepTableRows(id, templateBlocks('quyetDinh')), 'keepTableRows')).toEqual({ rows: 'set', breaks: 'failed' });
      const kids = emu.docs.byId(id)!.body.children;
      expect(kids.filter((n) => n.type === 'TABLE' && n.uiTable?.pinnedHeaderRows === 1)).toHaveLength(2);
      expect(breaks(kids)).toBe(2);
      expect(kids.filter((n) => n.pageBreakBefore)).toEqual([]);
      // Tried again: the rows are set already, the breaks are converted.
      expect(withGlobals(emu, ['Docs'], () => keepTableRows(id, templateBlocks('quyetDinh')), 'keepTableRows')).toEqual({ rows: 'already', breaks: 'set' });
      expect(kids.filter((n) => n.pageBreakBefore)).toHaveLength(2);
    });

    for (const key of ['danhSach', 'quyetDinh'] as const) {
      for (const converted of [false, true]) {
        it(`${key}${converted ? ', its breaks made "page break before"' : ''}: stands just before the second heading, and goes with either list`, () => {
          const emu = createEmulator({});
          const kept = fromTemplate(emu, key, converted);
          const kids = emu.docs.byId(kept)!.body.children;
          const second = kids.findIndex((n) => nodeText(n).startsWith('II. CÁ NHÂN'));
          if (converted) {
            // The break deleted, its paragraph (empty now) starts the page: no page break is left anywhere.
            expect(kids[second - 1].children).toEqual([]);
            expect(kids[second - 1].pageBreakBefore).toBe(true);
            expect(kids.some((n) => n.children.some((c) => c.type === 'PAGE_BREAK'))).toBe(false);
          } else expect(kids[second - 1].children.map((c) => c.type)).toEqual(['PAGE_BREAK']);
          expect(kids[second - 2].type).toBe('TABLE'); // no blank line between the first list and the break
          expect(kids[second + 1].type).toBe('TABLE');
          const own = key === 'quyetDinh' ? 1 : 0; // the Quyết định's list itself starts a page
          expect(breaks(kids)).toBe(own + 1);
          // Set once: a second pass finds nothing to do.
          if (converted) expect(withGlobals(emu, ['Docs'], () => keepTableRows(kept, templateBlocks(key)), 'keepTableRows')).toEqual({ rows: 'already', breaks: 'already' });

          for (const drop of ['collective', 'individual'] as const) {
            const id = fromTemplate(emu, key, converted);
            expect(withDocs(emu, () => dropEmptyLists<Kind>(emu.globals.DocumentApp.openById(id).getBody(), kindOf, [drop], LIST_HEADING_PLACEHOLDER))).toEqual([drop]);
            const left = emu.docs.byId(id)!.body.children;
            expect(breaks(left), drop).toBe(own);
            expect(headings(left)).toEqual([drop === 'collective' ? 'I. CÁ NHÂN ({{' : 'I. TẬP THỂ ({{']);
            // The list left follows what was before the first one (the line under the title): no blank page, no blank line.
            const h = left.findIndex((n) => nodeText(n).startsWith('I. '));
            expect(nodeText(left[h - 1])).toMatch(/^\(Kèm theo/);
          }
        });
      }
    }
  });
});
