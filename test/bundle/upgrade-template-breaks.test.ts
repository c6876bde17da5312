// An office that updates from a version before "page break before" (7de507e): Thiết lập converts the page breaks of
// the templates once (src/jobs/templates.ts tableRows). A template whose tables the office changed (a table of its own
// added) is 'reshaped' for keepTableRows (src/gas/docs.ts setTableRows), which returns before looking at the page
// breaks — so that template keeps the page break that leaves a blank page in a Quyết định (review docs M1), is recorded
// as done (proposals.breaksSet) and is never tried again; nothing in "Nhật ký lỗi" speaks of the page breaks.
import { describe, expect, it } from 'vitest';
import { SCHOOLS, officeAfterSetup } from './helpers';

describe('upgrade: templates’ page breaks', () => {
  for (const rowsSetBefore of [false, true]) {
    it(`a template with a table of the office’s own still has its page breaks made “page break before” (rows set before: ${rowsSetBefore})`, () => {
      const o = officeAfterSetup(SCHOOLS);
      const id = o.emu.properties.script.get('proposals.template.quyetDinh')!;
      const body = () => o.emu.docs.byId(id)!.body.children;
      const starts = () => body().map((n, i) => (n.pageBreakBefore ? i : -1)).filter((i) => i >= 0);
      const breaks = () => body().filter((n) => n.children.some((c) => c.type === 'PAGE_BREAK')).length;
      const at = starts();
      expect(at).toHaveLength(2);
      // As an earlier version left it (page breaks, nothing recorded), then the office added a table of its own.
      o.emu.properties.script.delete('proposals.breaksSet');
      if (!rowsSetBefore) o.emu.properties.script.delete('proposals.tablesSet');
      for (const i of at) body()[i].pageBreakBefore = false;
      o.emu.runtime.execute(
        () => {
          const doc = o.emu.globals.DocumentApp.openById(id);
          for (const i of at) doc.getBody().getChild(i).asParagraph().appendPageBreak();
          doc.getBody().appendTable([['Bảng riêng của cơ quan']]);
          doc.saveAndClose();
        },
        { kind: 'node', label: 'the template as an earlier version made it, a table of the office’s added' },
      );
      expect(breaks()).toBe(2);
      o.bundle.call('setup', undefined, { kind: 'menu' });
      // The page breaks have nothing to do with the tables: they are converted all the same.
      expect(breaks()).toBe(0);
      expect(starts()).toHaveLength(2);
    });
  }
});
