// An office that updates from a version before "page break before" (7de507e): Thiết lập converts the page breaks of
// the templates once (src/jobs/templates.ts tableRows) — also of a template whose tables the office changed (a table of
// its own added: 'reshaped' for keepTableRows), whose rows are the office's: its page breaks do not depend on its tables
// (review upgrade3 M1: such a template kept the page break that leaves a blank page in a Quyết định, recorded as done).
import { describe, expect, it } from 'vitest';
import { SCHOOLS, officeAfterSetup, templateBeforePageBreaks } from './helpers';

describe('upgrade: templates’ page breaks', () => {
  for (const rowsSetBefore of [false, true]) {
    it(`a template with a table of the office’s own still has its page breaks made “page break before” (rows set before: ${rowsSetBefore})`, () => {
      const o = officeAfterSetup(SCHOOLS);
      // As an earlier version left it (page breaks, nothing recorded), then the office added a table of its own.
      if (!rowsSetBefore) o.emu.properties.script.delete('proposals.tablesSet');
      const { at, starts, breaks } = templateBeforePageBreaks(o.emu, 'quyetDinh', (doc) => doc.getBody().appendTable([['Bảng riêng của cơ quan']]));
      expect(at).toHaveLength(2);
      expect(breaks()).toBe(2);
      o.bundle.call('setup', undefined, { kind: 'menu' });
      // The page breaks have nothing to do with the tables: they are converted all the same.
      expect(breaks()).toBe(0);
      expect(starts()).toHaveLength(2);
    });
  }
});
