import { describe, expect, it } from 'vitest';
import { DOC_MSG } from '../../emulator/index.js';
import { withScript } from './helpers.js';

/** A template like the app's: title, a placeholder paragraph, a table with a header row and a template row. */
const TEMPLATE = String.raw`
  function makeTemplate() {
    var doc = DocumentApp.create('Mẫu tờ trình');
    var body = doc.getBody();
    body.setPageWidth(595.276).setPageHeight(841.89).setMarginTop(56.7).setMarginBottom(56.7).setMarginLeft(85).setMarginRight(56.7);
    var t = body.getParagraphs()[0];
    t.setText('TỜ TRÌNH');
    t.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    t.editAsText().setBold(true).setFontFamily('Times New Roman').setFontSize(14);
    var p = body.appendParagraph('Kính gửi: {{noi_nhan}}');
    p.setAlignment(DocumentApp.HorizontalAlignment.LEFT);
    p.editAsText().setBold(false).setFontFamily('Times New Roman').setFontSize(13);
    var table = body.appendTable([['STT', 'Họ và tên', 'Thành tích'], ['{{stt}}', '{{ho_ten}}', '{{thanh_tich}}']]);
    table.setColumnWidth(0, 40);
    table.editAsText().setFontFamily('Times New Roman').setFontSize(13);
    var id = doc.getId();
    doc.saveAndClose();
    DriveApp.getFileById(id).moveTo(DriveApp.createFolder('Mẫu'));
    return id;
  }
  function esc(s) { return s.replace(/[.*+?^$(){}|[\]\\]/g, '\\$&'); }
`;

describe('DocumentApp template flow', () => {
  it('makeCopy → openById → replaceText → copy/insert/remove template row → saveAndClose → getAs PDF', () => {
    const { emu, call } = withScript(String.raw`${TEMPLATE}
      function generate(a) {
        var out = DriveApp.createFolder('Đợt 2025-09-01');
        var file = DriveApp.getFileById(a.tpl).makeCopy('Tờ trình — Phòng GD', out);
        var doc = DocumentApp.openById(file.getId());
        var body = doc.getBody();
        body.replaceText(esc('{{noi_nhan}}'), 'Ủy ban nhân dân huyện');
        var table = body.getTables()[0];
        var tpl = table.getRow(1);
        for (var i = 0; i < a.rows.length; i++) {
          var r = table.insertTableRow(2 + i, tpl.copy());
          r.replaceText(esc('{{stt}}'), String(i + 1));
          r.replaceText(esc('{{ho_ten}}'), a.rows[i][0]);
          r.replaceText(esc('{{thanh_tich}}'), a.rows[i][1]);
        }
        table.removeRow(1);
        doc.saveAndClose();
        var pdf = file.getAs('application/pdf');
        out.createFile(pdf);
        return { id: file.getId(), type: pdf.getContentType(), name: pdf.getName(), rows: table.getNumRows ? 'n/a' : '' };
      }`);
    const tpl = call('makeTemplate') as string;
    const res = call('generate', { tpl, rows: [['Nguyễn Văn An', 'Chiến sĩ thi đua'], ['Trần Thị Bình', 'Lao động tiên tiến']] }) as Record<string, string>;
    expect(res.type).toBe('application/pdf');
    expect(res.name).toBe('Tờ trình — Phòng GD.pdf');
    expect(emu.docs.text(res.id).split('\n')).toEqual([
      'TỜ TRÌNH',
      'Kính gửi: Ủy ban nhân dân huyện',
      'STT\tHọ và tên\tThành tích',
      '1\tNguyễn Văn An\tChiến sĩ thi đua',
      '2\tTrần Thị Bình\tLao động tiên tiến',
      '',
    ]);
    // The template is untouched; the copy sits in the output folder with its PDF.
    expect(emu.docs.text(tpl)).toContain('{{ho_ten}}');
    const folder = emu.drive.foldersByName('Đợt 2025-09-01')[0];
    expect(emu.drive.filesIn(folder.id).map((f) => [f.name, f.mimeType])).toEqual([
      ['Tờ trình — Phòng GD', 'application/vnd.google-apps.document'],
      ['Tờ trình — Phòng GD.pdf', 'application/pdf'],
    ]);
    expect(emu.docs.pdfs.map((p) => p.name)).toEqual(['Tờ trình — Phòng GD']);
    // Replaced text keeps the placeholder's formatting (Times New Roman 13).
    const doc = emu.docs.byId(res.id)!;
    const cellRun = doc.body.children[2].children[1].children[1].children[0].children[0].runs[0];
    expect(cellRun).toEqual({ text: 'Nguyễn Văn An', attrs: { FONT_FAMILY: 'Times New Roman', FONT_SIZE: 13 } });
    const list = emu.docs.list().find((d) => d.id === res.id)!;
    expect(list).toMatchObject({ closed: true, dirty: false, folders: ['My Drive/Đợt 2025-09-01'] });
  });

  it('refuses a PDF of unsaved edits; the end of the execution saves and closes', () => {
    const { emu, call } = withScript(String.raw`${TEMPLATE}
      function editNoSave(id) {
        DocumentApp.openById(id).getBody().appendParagraph('mới');
        return DriveApp.getFileById(id).getAs('application/pdf');
      }
      function pdfLater(id) { return DriveApp.getFileById(id).getBlob().getContentType(); }
      function docx(id) { return DriveApp.getFileById(id).getAs(MimeType.MICROSOFT_WORD); }`);
    const id = call('makeTemplate') as string;
    expect(() => call('editNoSave', id)).toThrow(/unsaved changes/);
    // The failed execution ended: Apps Script saves and closes the documents it opened.
    expect(emu.docs.list().find((d) => d.id === id)).toMatchObject({ closed: true, dirty: false });
    expect(call('pdfLater', id)).toBe('application/pdf');
    expect(emu.docs.pdfs.at(-1)?.text).toContain('mới');
    expect(() => call('docx', id)).toThrow('Converting from application/vnd.google-apps.document to application/vnd.openxmlformats-officedocument.wordprocessingml.document is not supported.');
  });

  it('a PDF is named as getAs documents it: what follows the last "." is taken for an extension and replaced', () => {
    const { call } = withScript(String.raw`
      function pdfName(name) {
        var doc = DocumentApp.create(name);
        var id = doc.getId();
        doc.saveAndClose();
        return DriveApp.getFileById(id).getAs('application/pdf').getName();
      }`);
    expect(call('pdfName', 'Báo cáo thành tích - Trường TH A. B')).toBe('Báo cáo thành tích - Trường TH A.pdf');
    expect(call('pdfName', 'ShoppingList.12.25.2014')).toBe('ShoppingList.12.25.pdf');
    expect(call('pdfName', 'Tờ trình — Phòng GD')).toBe('Tờ trình — Phòng GD.pdf');
  });

  it('a closed document refuses everything; reopening works', () => {
    const { call } = withScript(String.raw`
      function t() {
        var doc = DocumentApp.create('A');
        var body = doc.getBody();
        var p = body.appendParagraph('x');
        var id = doc.getId();
        doc.saveAndClose();
        var errs = [];
        try { body.appendParagraph('y'); } catch (e) { errs.push(e.message); }
        try { p.setText('z'); } catch (e) { errs.push(e.message); }
        try { doc.getBody(); } catch (e) { errs.push(e.message); }
        var again = DocumentApp.openById(id);
        again.getBody().appendParagraph('y');
        return { errs: errs, text: again.getBody().getText() };
      }`);
    expect(call('t')).toEqual({ errs: [DOC_MSG.closed, DOC_MSG.closed, DOC_MSG.closed], text: '\nx\ny' });
  });

  it('openById / openByUrl of a missing document', () => {
    const { call } = withScript(String.raw`
      function a() { DocumentApp.openById('nope'); }
      function b() { var d = DocumentApp.create('U'); return DocumentApp.openByUrl(d.getUrl()).getName(); }
      function c() { DocumentApp.openByUrl('https://docs.google.com/document/d/zzz/edit'); }`);
    expect(() => call('a')).toThrow("Document is missing (perhaps it was deleted, or you don't have read access?)");
    expect(call('b')).toBe('U');
    expect(() => call('c')).toThrow(/Document is missing/);
  });
});

describe('replaceText', () => {
  const run = (body: string, opts = {}) =>
    withScript(String.raw`
      function t(a) {
        var doc = DocumentApp.create('R');
        var p = doc.getBody().appendParagraph(a.text);
        try { p.replaceText(a.pattern, a.repl); } catch (e) { return 'ERR ' + e.message; }
        return p.getText();
      }
      ${body}`, opts);

  it('refuses RE2-unsupported syntax (lookaround, backreferences, possessive/atomic) and accepts RE2 forms', () => {
    const { call } = run('');
    const r = (pattern: string, text = 'abc ab', repl = 'X') => call('t', { text, pattern, repl });
    expect(r('a(?=b)')).toBe('ERR error parsing regexp: invalid or unsupported Perl syntax: `(?=`');
    expect(r('a(?!b)')).toBe('ERR error parsing regexp: invalid or unsupported Perl syntax: `(?!`');
    expect(r('(?<=a)b')).toBe('ERR error parsing regexp: invalid or unsupported Perl syntax: `(?<`');
    expect(r('(a)\\1')).toBe('ERR error parsing regexp: invalid escape sequence: `\\1`');
    expect(r('a*+')).toBe('ERR error parsing regexp: invalid nested repetition operator: `*+`');
    expect(r('(?>ab)')).toBe('ERR error parsing regexp: invalid or unsupported Perl syntax: `(?>`');
    expect(r('(?P<w>ab)c')).toBe('X ab');
    expect(r('(?i)AB')).toBe('Xc X');
    expect(r('\\Aab')).toBe('Xc ab');
    // An unescaped "{{x}}" is a literal in RE2; "." matches anything — so escape placeholders.
    expect(r('{{x}}', 'a {{x}} b')).toBe('a X b');
    expect(r('1.5', '1x5 1.5')).toBe('X X');
  });

  it('replacement: "$n" inserts groups, "\\" escapes, a bare "$" is an error (java mode, the default)', () => {
    const { call } = run('');
    const r = (pattern: string, repl: string, text = 'Giá: {{gia}}') => call('t', { text, pattern, repl });
    expect(r('\\{\\{gia\\}\\}', '$100')).toBe('ERR No group 1');
    expect(r('\\{\\{gia\\}\\}', '100 $')).toBe('ERR Illegal group reference');
    expect(r('\\{\\{gia\\}\\}', 'a\\')).toBe('ERR character to be escaped is missing');
    expect(r('\\{\\{gia\\}\\}', '\\$100 C:\\\\dir')).toBe('Giá: $100 C:\\dir');
    expect(r('\\{\\{(\\w+)\\}\\}', '[$1]')).toBe('Giá: [gia]');
    expect(r('\\{\\{(?P<k>\\w+)\\}\\}', '<$' + '{k}>')).toBe('Giá: <gia>');
    expect(r('\\{\\{gia\\}\\}', 'a\\b')).toBe('Giá: ab');
    // A newline becomes a line break inside the paragraph ("\r"), as Apps Script converts it.
    expect(r('\\{\\{gia\\}\\}', 'dòng 1\ndòng 2')).toBe('Giá: dòng 1\rdòng 2');
  });

  it("replacement: 'literal' mode takes the text as is", () => {
    const { call } = run('', { docsReplacement: 'literal' });
    expect(call('t', { text: 'x {{a}}', pattern: '\\{\\{a\\}\\}', repl: '$1 \\ $' })).toBe('x $1 \\ $');
  });

  it('a placeholder split across two Text elements does not match; formatting inside one element does not split it', () => {
    const { call } = withScript(String.raw`
      function t() {
        var body = DocumentApp.create('S').getBody();
        var p = body.appendParagraph('Họ tên: ');
        p.appendText('{{ho_').setBold(true);
        p.appendText('ten}}');
        var q = body.appendParagraph('Đơn vị: {{don_vi}}');
        q.editAsText().setBold(10, 13, true);            // "{{do" bold, the rest plain: still one Text element
        body.replaceText('\\{\\{ho_ten\\}\\}', 'Nguyễn Văn An');
        body.replaceText('\\{\\{don_vi\\}\\}', 'Trường A');
        var found = body.findText('\\{\\{ho_ten\\}\\}');
        var t = q.editAsText();
        return { p: p.getText(), children: p.getNumChildren(), q: q.getText(), found: found === null,
                 bold: [t.isBold(8), t.isBold(12), t.isBold(15)], indices: t.getTextAttributeIndices() };
      }`);
    expect(call('t')).toEqual({
      p: 'Họ tên: {{ho_ten}}',
      children: 3,
      q: 'Đơn vị: Trường A',
      found: true,
      bold: [false, false, false],
      indices: [0],
    });
  });

  it('findText walks matches in order; the RangeElement gives the Text element and offsets', () => {
    const { call } = withScript(String.raw`
      function t() {
        var body = DocumentApp.create('F').getBody();
        body.appendParagraph('a {{x}} b {{y}}');
        body.appendTable([['{{z}}']]);
        var out = [], r = null;
        while ((r = body.findText('\\{\\{\\w\\}\\}', r)) !== null) {
          var el = r.getElement().asText();
          out.push(el.getText().substring(r.getStartOffset(), r.getEndOffsetInclusive() + 1));
        }
        return out;
      }`);
    expect(call('t')).toEqual(['{{x}}', '{{y}}', '{{z}}']);
  });
});

describe('structure', () => {
  it("refuses to remove a section's last paragraph, with Apps Script's message", () => {
    const { call } = withScript(String.raw`
      function t() {
        var body = DocumentApp.create('L').getBody();
        var errs = [];
        try { body.getChild(0).removeFromParent(); } catch (e) { errs.push(e.message); }
        var p = body.appendParagraph('b');
        body.getChild(0).removeFromParent();                  // not the last one: fine
        try { body.removeChild(p); } catch (e) { errs.push(e.message); }
        body.appendTable([['x']]);                             // a trailing empty paragraph follows the table
        var n = body.getNumChildren();
        try { body.getChild(n - 1).asParagraph().removeFromParent(); } catch (e) { errs.push(e.message); }
        return { errs: errs, types: [0, 1, 2].map(function (i) { return String(body.getChild(i).getType()); }) };
      }`);
    expect(call('t')).toEqual({
      errs: [DOC_MSG.lastParagraph, DOC_MSG.lastParagraph, DOC_MSG.lastParagraph],
      types: ['PARAGRAPH', 'TABLE', 'PARAGRAPH'],
    });
  });

  it('getChild gives a generic Element (cast with as…); attached elements must be copied before re-inserting', () => {
    const { call } = withScript(String.raw`
      function t() {
        var body = DocumentApp.create('G').getBody();
        var table = body.appendTable([['a', 'b'], ['c', 'd']]);
        var el = body.getChild(1);
        var r = { hasGetNumRows: typeof el.getNumRows, rows: el.asTable().getNumRows() };
        try { table.appendTableRow(table.getRow(0)); } catch (e) { r.err = e.message; }
        try { el.asParagraph(); } catch (e) { r.cast = e.message; }
        table.appendTableRow(table.getRow(0).copy()).getCell(0).setText('e');
        r.text = table.getText();
        var h = body.appendParagraph('Tiêu đề').setHeading(DocumentApp.ParagraphHeading.HEADING1);
        r.same = h.getHeading() === DocumentApp.ParagraphHeading.HEADING1;
        r.inherited = String(body.appendParagraph('tiếp').getHeading());
        return r;
      }`);
    expect(call('t')).toEqual({
      hasGetNumRows: 'undefined',
      rows: 2,
      err: DOC_MSG.mustBeDetached,
      cast: 'Cannot cast TABLE to PARAGRAPH.',
      text: 'a\tb\nc\td\ne\tb',
      same: true,
      inherited: 'HEADING1',
    });
  });
});

describe('quota, calls, latency', () => {
  it('documents created a day: DocumentApp.create and makeCopy count; past the limit it throws; resets after 24 h', () => {
    const { emu, call } = withScript(String.raw`
      function make(n) { for (var i = 0; i < n; i++) DocumentApp.create('D' + i); }
      function copy(id) { return DriveApp.getFileById(id).makeCopy().getName(); }
      function first() { return DriveApp.getFilesByName('D0').next().getId(); }`, { docsCreateQuota: 3 });
    call('make', 2);
    expect(call('copy', call('first'))).toBe('Copy of D0');
    expect(emu.docs.remainingCreates()).toBe(0);
    expect(() => call('make', 1)).toThrow('Service invoked too many times for one day: docs create.');
    emu.clock.advance(24 * 3600 * 1000);
    call('make', 1);
    expect(emu.docs.list()).toHaveLength(4);
    expect(withScript('', { workspace: true }).emu.docs.remainingCreates()).toBe(1500);
    expect(withScript('').emu.docs.remainingCreates()).toBe(250);
  });

  it('counts every call and charges the modelled latency (create, makeCopy ~1.5 s)', () => {
    const { emu, call } = withScript(String.raw`
      function t() {
        var doc = DocumentApp.create('C');
        var body = doc.getBody();
        for (var i = 0; i < 3; i++) body.appendParagraph('p' + i);
        body.replaceText('p', 'q');
        var id = doc.getId();
        doc.saveAndClose();
        DriveApp.getFileById(id).makeCopy('C2');
      }`, { modelLatency: true });
    const t0 = emu.clock.now();
    call('t');
    expect(emu.runtime.count('DocumentApp.create')).toBe(1);
    expect(emu.runtime.count('Body.appendParagraph')).toBe(3);
    expect(emu.runtime.count('Body.replaceText')).toBe(1);
    expect(emu.runtime.count('File.makeCopy')).toBe(1);
    expect(emu.clock.now() - t0).toBeGreaterThanOrEqual(3000);
    expect(emu.runtime.executions.at(-1)!.calls).toBe(emu.runtime.count());
  });
});

describe('the Docs advanced service (table rows DocumentApp cannot set)', () => {
  const LIB = `
    function make() {
      var d = DocumentApp.create('Danh sách');
      var b = d.getBody();
      b.appendParagraph('DANH SÁCH');
      b.appendTable([['STT', 'Họ và tên'], ['1', 'Nguyễn Văn A'], ['2', 'Trần Thị B']]);
      b.appendTable([['Người lập', 'Thủ trưởng']]);
      var id = d.getId();
      d.saveAndClose();
      return id;
    }
    function tables(id) {
      return Docs.Documents.get(id).body.content.filter(function (e) { return e.table; }).map(function (e) {
        return { at: e.startIndex, end: e.endIndex, rows: e.table.tableRows.map(function (r) { return r.tableRowStyle; }) };
      });
    }
    function pin(a) {
      var id = a.id, at = a.at;
      Docs.Documents.batchUpdate({ requests: [
        { pinTableHeaderRows: { tableStartLocation: { index: at }, pinnedHeaderRowsCount: 1 } },
        { updateTableRowStyle: { tableStartLocation: { index: at }, tableRowStyle: { preventOverflow: true }, fields: 'preventOverflow' } },
      ] }, id);
    }
    function unsaved() { var d = DocumentApp.create('x'); d.getBody().appendParagraph('y'); Docs.Documents.get(d.getId()); }`;

  it('lists each table at its index with its rows’ style, and sets a pinned header row and rows kept whole', () => {
    const { emu, call } = withScript(LIB);
    const id = call('make') as string;
    const before = call('tables', id) as Array<{ at: number; end: number; rows: object[] }>;
    // A section break ends at 1; "" (the new document's paragraph) 1–2; "DANH SÁCH" 2–12; then the first table.
    expect(before.map((t) => t.at)).toEqual([12, before[0].end + 1]);
    expect(before[0].rows).toEqual([{}, {}, {}]);
    call('pin', { id, at: 12 });
    expect((call('tables', id) as typeof before)[0].rows).toEqual([{ tableHeader: true, preventOverflow: true }, { preventOverflow: true }, { preventOverflow: true }]);
    expect(emu.docs.byId(id)!.body.children.filter((n) => n.type === 'TABLE').map((t) => t.uiTable)).toEqual([{ pinnedHeaderRows: 1, rowsMayOverflow: false }, null]);
    // Not at a table's start: nothing is applied, not even the valid request before it.
    expect(() => call('pin', { id, at: before[1].at + 1 })).toThrow('API call to docs.documents.batchUpdate failed with error: Invalid requests[0]: no table starts at index');
    expect(emu.docs.byId(id)!.body.children.filter((n) => n.type === 'TABLE')[1].uiTable).toBeNull();
    expect(() => call('unsaved')).toThrow('call saveAndClose() first');
  });

  it('lists a page break and its paragraph, makes that paragraph start a page and deletes the break, all or nothing', () => {
    const { emu, call } = withScript(`
      function make() {
        var d = DocumentApp.create('Quyết định');
        var b = d.getBody();
        b.appendParagraph('Điều 1.');
        b.appendTable([['GIÁM ĐỐC']]);
        b.appendPageBreak();
        b.appendParagraph('DANH SÁCH');
        var id = d.getId();
        d.saveAndClose();
        return id;
      }
      function paragraphs(id) {
        return Docs.Documents.get(id).body.content.filter(function (e) { return e.paragraph; }).map(function (e) {
          return { at: e.startIndex, end: e.endIndex, style: e.paragraph.paragraphStyle, els: e.paragraph.elements };
        });
      }
      function update(a) { Docs.Documents.batchUpdate({ requests: a.requests }, a.id); }`);
    const id = call('make') as string;
    type P = { at: number; end: number; style: object; els: Array<{ startIndex: number; endIndex: number; pageBreak?: object; textRun?: { content: string } }> };
    const before = call('paragraphs', id) as P[];
    const brk = before.find((p) => p.els.some((e) => e.pageBreak))!;
    // The break, then the paragraph's "\n" as a text run of its own.
    expect(brk.els).toEqual([{ startIndex: brk.at, endIndex: brk.at + 1, pageBreak: {} }, { startIndex: brk.at + 1, endIndex: brk.at + 2, textRun: { content: '\n' } }]);
    expect(before.at(-1)!.els).toEqual([{ startIndex: before.at(-1)!.at, endIndex: before.at(-1)!.end, textRun: { content: 'DANH SÁCH\n' } }]);
    const style = { updateParagraphStyle: { range: { startIndex: brk.at, endIndex: brk.end }, paragraphStyle: { pageBreakBefore: true }, fields: 'pageBreakBefore' } };
    const del = { deleteContentRange: { range: { startIndex: brk.at, endIndex: brk.at + 1 } } };
    const model = () => emu.docs.byId(id)!.body.children.map((n) => `${n.type}${n.pageBreakBefore ? '^' : ''}:${n.children.map((c) => c.type).join('+')}`);
    const was = model();
    // Refused, and nothing applied: text deleted (not modelled), a table's paragraph, a field not modelled, a range
    // past the body's end — each after a valid request that is undone.
    expect(() => call('update', { id, requests: [style, { deleteContentRange: { range: { startIndex: before.at(-1)!.at, endIndex: before.at(-1)!.at + 2 } } }] })).toThrow('Invalid requests[1]: the emulation does not model');
    expect(() => call('update', { id, requests: [del, { updateParagraphStyle: { ...style.updateParagraphStyle, range: { startIndex: brk.at - 2, endIndex: brk.at } } }] })).toThrow('cannot be set on a paragraph in a table');
    expect(() => call('update', { id, requests: [style, { updateParagraphStyle: { ...style.updateParagraphStyle, fields: 'alignment' } }] })).toThrow('fields must name pageBreakBefore');
    expect(() => call('update', { id, requests: [style, { deleteContentRange: { range: { startIndex: brk.at, endIndex: 10_000 } } }] })).toThrow('is not a range of the body');
    expect(model()).toEqual(was);
    // In order: styled, then the break deleted; the paragraph after it moves up one index.
    call('update', { id, requests: [style, del] });
    const after = call('paragraphs', id) as P[];
    expect(after.at(-1)!.at).toBe(before.at(-1)!.at - 1);
    expect(after.find((p) => p.at === brk.at)).toEqual({ at: brk.at, end: brk.at + 1, style: { pageBreakBefore: true }, els: [{ startIndex: brk.at, endIndex: brk.at + 1, textRun: { content: '\n' } }] });
    expect(model().filter((m) => m.includes('^'))).toEqual(['PARAGRAPH^:']);
    // The same range again holds no break now: refused.
    expect(() => call('update', { id, requests: [del] })).toThrow('Invalid requests[0]');
  });

  it('exists only when the manifest enables it', () => {
    expect(withScript(`function has() { return typeof Docs !== 'undefined'; }`, { advancedServices: ['Sheets'] }).call('has')).toBe(false);
  });
});
