// The templates' table rows (header row pinned, rows kept whole) set by Thiết lập through the Docs service, once per
// template (review layout H1; diff36 L1, L2): an office's own choice since is kept, a template whose tables are the
// office's own is said once in "Nhật ký lỗi", with how to set them by hand.
import { describe, expect, it } from 'vitest';
import { TEMPLATE_ROWS_NOT_SET } from '../../src/core/messages';
import { TEMPLATE_NAMES } from '../../src/core/proposals';
import { SCHOOLS, officeAfterSetup, templateBeforePageBreaks } from './helpers';

type Office = ReturnType<typeof officeAfterSetup>;
const logged = (o: Office) => (o.emu.spreadsheets.values('Nhật ký lỗi') as unknown[][]).slice(1).map((r) => String(r[2]));
/** The office adds a table of its own to the template `id`. */
const officeAddsTable = (o: Office, id: string) =>
  o.emu.runtime.execute(
    () => {
      const doc = o.emu.globals.DocumentApp.openById(id);
      doc.getBody().appendTable([['Bảng riêng của cơ quan']]);
      doc.saveAndClose();
    },
    { kind: 'node', label: 'the office edits its template' },
  );
const tablesOf = (o: Office, key: string) => o.emu.docs.byId(o.emu.properties.script.get(`proposals.template.${key}`)!)!.body.children.filter((n) => n.type === 'TABLE');

describe('the templates’ table rows', () => {
  it('are set once: a header row the office unpinned since stays unpinned', () => {
    const o = officeAfterSetup(SCHOOLS);
    const id = o.emu.properties.script.get('proposals.template.danhSach')!;
    const lists = () => tablesOf(o, 'danhSach').filter((t) => t.uiTable && t.uiTable.pinnedHeaderRows > 0);
    expect(lists()).toHaveLength(2);
    const first = tablesOf(o, 'danhSach').findIndex((t) => t.uiTable?.pinnedHeaderRows === 1);
    o.emu.docs.setTablePropertiesInUi(id, first, { pinnedHeaderRows: 0 });
    o.emu.runtime.resetCalls();
    o.bundle.call('setup', undefined, { kind: 'menu' });
    expect(lists()).toHaveLength(1);
    // Nothing asked of the Docs service for templates already set.
    expect(o.emu.runtime.callTable().filter(([name]) => name.startsWith('Docs.'))).toEqual([]);
  });

  it('a template whose tables are the office’s own is left as it is, and said once', () => {
    const o = officeAfterSetup(SCHOOLS);
    const id = o.emu.properties.script.get('proposals.template.toTrinh')!;
    // A template set before this version (none recorded), where the office has since added a table of its own.
    o.emu.properties.script.delete('proposals.tablesSet');
    officeAddsTable(o, id);
    o.bundle.call('setup', undefined, { kind: 'menu' });
    const said = TEMPLATE_ROWS_NOT_SET.reshaped(TEMPLATE_NAMES.toTrinh);
    expect(logged(o).filter((l) => l === said)).toHaveLength(1);
    expect(tablesOf(o, 'toTrinh').at(-1)!.uiTable).toBeNull();
    o.bundle.call('setup', undefined, { kind: 'menu' });
    expect(logged(o).filter((l) => l === said)).toHaveLength(1);
    // The other templates, still the tool's, were found set and recorded, and not said.
    expect(logged(o).filter((l) => l.startsWith('Mẫu văn bản “') && l.includes('các bảng khác'))).toHaveLength(1);
  });

  it('a template set before the tool made its page breaks “page break before” has them made so once, its rows left as the office set them', () => {
    const o = officeAfterSetup(SCHOOLS);
    // Made by this version: the list's own page and the second list's, each by "page break before", no break left.
    const made = o.emu.docs.byId(o.emu.properties.script.get('proposals.template.quyetDinh')!)!.body.children;
    expect(made.filter((n) => n.pageBreakBefore)).toHaveLength(2);
    expect(made.filter((n) => n.children.some((c) => c.type === 'PAGE_BREAK'))).toHaveLength(0);
    // As an earlier version left it: page breaks in those paragraphs, none recorded as made "page break before"; and
    // a header row the office unpinned since.
    const { id, at, starts, breaks } = templateBeforePageBreaks(o.emu);
    expect(at).toHaveLength(2);
    const first = tablesOf(o, 'quyetDinh').findIndex((t) => t.uiTable?.pinnedHeaderRows === 1);
    o.emu.docs.setTablePropertiesInUi(id, first, { pinnedHeaderRows: 0 });
    expect(breaks()).toBe(2);
    // The Docs service refuses once: the template stays as it was, unrecorded, and nothing is said (tried again).
    o.emu.runtime.failOn('Docs.Documents.batchUpdate', 1, 'API call to docs.documents.batchUpdate failed with error: Internal error');
    o.bundle.call('setup', undefined, { kind: 'menu' });
    expect(breaks()).toBe(2);
    expect(o.emu.properties.script.get('proposals.breaksSet') ?? '').not.toContain(id);
    expect(o.emu.spreadsheets.sheetNames()).not.toContain('Nhật ký lỗi');
    o.bundle.call('setup', undefined, { kind: 'menu' });
    expect(starts()).toEqual(at);
    expect(breaks()).toBe(0);
    expect(tablesOf(o, 'quyetDinh')[first].uiTable?.pinnedHeaderRows).toBe(0);
    // Nothing to say: no error tab made for it.
    expect(o.emu.spreadsheets.sheetNames()).not.toContain('Nhật ký lỗi');
    // Once: the next Thiết lập asks the Docs service nothing.
    o.emu.runtime.resetCalls();
    o.bundle.call('setup', undefined, { kind: 'menu' });
    expect(o.emu.runtime.callTable().filter(([name]) => name.startsWith('Docs.'))).toEqual([]);
  });

  it('the signature block of a Tờ trình and of a Danh sách is never split across two pages (its rows kept whole, no header row pinned)', () => {
    const o = officeAfterSetup(SCHOOLS);
    for (const key of ['toTrinh', 'danhSach']) {
      const signature = tablesOf(o, key).at(-1)!.uiTable;
      expect(signature?.rowsMayOverflow).toBe(false);
      expect(signature?.pinnedHeaderRows).toBe(0);
    }
  });

  it('the Docs service refusing at Thiết lập: Thiết lập finishes, says so once, and sets the rows at the next Thiết lập', () => {
    const o = officeAfterSetup(SCHOOLS);
    const id = o.emu.properties.script.get('proposals.template.danhSach')!;
    const pinned = () => tablesOf(o, 'danhSach').filter((t) => t.uiTable && t.uiTable.pinnedHeaderRows > 0).length;
    // A template set before this version (none recorded), one of its lists' header rows not pinned.
    o.emu.properties.script.delete('proposals.tablesSet');
    o.emu.properties.script.delete('proposals.breaksSet');
    const first = tablesOf(o, 'danhSach').findIndex((t) => t.uiTable?.pinnedHeaderRows === 1);
    o.emu.docs.setTablePropertiesInUi(id, first, { pinnedHeaderRows: 0 });
    expect(pinned()).toBe(1);
    o.emu.runtime.failOn('Docs.Documents.batchUpdate', 1, 'Service error: Docs');
    o.bundle.call('setup', undefined, { kind: 'menu' });
    expect(o.emu.runtime.executions.filter((x) => x.error)).toEqual([]);
    const said = TEMPLATE_ROWS_NOT_SET.failed(TEMPLATE_NAMES.danhSach);
    expect(logged(o).filter((l) => l === said)).toHaveLength(1);
    expect(pinned()).toBe(1);
    // Tried again at the next Thiết lập, which the service answers: set, and nothing more said.
    o.bundle.call('setup', undefined, { kind: 'menu' });
    expect(pinned()).toBe(2);
    expect(logged(o).filter((l) => l === said)).toHaveLength(1);
  });

  it('a template whose rows were set, since given a table of the office’s own, is not said again when only its page breaks are looked at', () => {
    const o = officeAfterSetup(SCHOOLS);
    const id = o.emu.properties.script.get('proposals.template.toTrinh')!;
    // Its rows set by an earlier version (recorded), its page breaks not yet looked at; the office adds a table of its own.
    o.emu.properties.script.delete('proposals.breaksSet');
    officeAddsTable(o, id);
    o.bundle.call('setup', undefined, { kind: 'menu' });
    expect(o.emu.runtime.executions.filter((x) => x.error)).toEqual([]);
    // Its rows are the office's business since they were set: nothing said about them.
    expect(o.emu.spreadsheets.sheetNames()).not.toContain('Nhật ký lỗi');
  });
});

describe('the templates’ record of page breaks converted (proposals.breaksSet)', () => {
  it('names each template once, however many runs retry its rows after its breaks were recorded', () => {
    const o = officeAfterSetup(SCHOOLS);
    const id = o.emu.properties.script.get('proposals.template.danhSach')!;
    // Its rows not recorded (a refusal of the rows' batch while the breaks' went through), a header row unpinned.
    const rest = (o.emu.properties.script.get('proposals.tablesSet') ?? '').split(',').filter((x) => x !== id);
    o.emu.properties.script.set('proposals.tablesSet', rest.join(','));
    const first = tablesOf(o, 'danhSach').findIndex((t) => t.uiTable?.pinnedHeaderRows === 1);
    o.emu.docs.setTablePropertiesInUi(id, first, { pinnedHeaderRows: 0 });
    // The rows' batch refused at each of three Thiết lập (a refusal the office has to settle by hand).
    for (let i = 0; i < 3; i++) {
      o.emu.runtime.failOn('Docs.Documents.batchUpdate', 1, 'API call to docs.documents.batchUpdate failed with error: Invalid requests[0]');
      o.bundle.call('setup', undefined, { kind: 'menu' });
    }
    const ids = (o.emu.properties.script.get('proposals.breaksSet') ?? '').split(',').filter((x) => x !== '');
    expect(ids.filter((x) => x === id)).toHaveLength(1);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
