import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DRIVE_MSG } from '../../emulator/index.js';
import { withScript } from './helpers.js';

describe('DriveApp', () => {
  it('folders, files, iterators, names, trash, moves, copies, blobs', () => {
    const { emu, call } = withScript(String.raw`
      function t() {
        var root = DriveApp.getRootFolder();
        var office = DriveApp.createFolder('Phòng GD');
        var batch = office.createFolder('Đợt 1');
        var doc = DocumentApp.create('Tờ trình');
        var file = DriveApp.getFileById(doc.getId());
        file.moveTo(batch);
        var copy = file.makeCopy(batch);
        var txt = batch.createFile('ghi chú.txt', 'nội dung', MimeType.PLAIN_TEXT);
        var pdf = batch.createFile(Utilities.newBlob('x', 'application/pdf', 'a.pdf'));
        copy.setTrashed(true);
        var names = [], it = batch.getFiles();
        while (it.hasNext()) { var f = it.next(); names.push(f.getName() + (f.isTrashed() ? ' (thùng rác)' : '')); }
        var end; try { it.next(); } catch (e) { end = e.message; }
        var byName = DriveApp.getFilesByName('Copy of Tờ trình');
        var parents = file.getParents();
        var ss = DriveApp.getFileById(SpreadsheetApp.getActiveSpreadsheet().getId());
        return {
          names: names, end: end,
          trashedFound: byName.hasNext() && byName.next().isTrashed(),
          parent: parents.next().getName(), moreParents: parents.hasNext(),
          mime: [file.getMimeType() === MimeType.GOOGLE_DOCS, ss.getMimeType(), pdf.getMimeType(), txt.getBlob().getDataAsString()],
          sub: office.getFoldersByName('Đợt 1').next().getId() === batch.getId(),
          rootHasOffice: root.getFoldersByName('Phòng GD').hasNext(),
          url: file.getUrl() === doc.getUrl(),
          folderUrl: batch.getUrl().indexOf('https://drive.google.com/drive/folders/') === 0,
        };
      }
      function missing() { DriveApp.getFileById('nope'); }
      function missingFolder() { DriveApp.getFolderById('nope'); }`);
    expect(call('t')).toEqual({
      names: ['Tờ trình', 'Copy of Tờ trình (thùng rác)', 'ghi chú.txt', 'a.pdf'],
      end: DRIVE_MSG.iteratorEnd,
      trashedFound: true,
      parent: 'Đợt 1',
      moreParents: false,
      mime: [true, 'application/vnd.google-apps.spreadsheet', 'application/pdf', 'nội dung'],
      sub: true,
      rootHasOffice: true,
      url: true,
      folderUrl: true,
    });
    expect(() => call('missing')).toThrow('No item with the given ID could be found, or you do not have permission to access it.');
    expect(() => call('missingFolder')).toThrow(DRIVE_MSG.notFound);
    expect(emu.drive.treeText()).toBe(
      ['My Drive/', '  Phòng GD/', '    Đợt 1/', '      Tờ trình', '      Copy of Tờ trình (trashed)', '      ghi chú.txt', '      a.pdf', '  Điển hình tiên tiến'].join('\n'),
    );
    expect(emu.drive.filesByName('Tờ trình')).toHaveLength(1);
    expect(emu.runtime.count('FileIterator.next')).toBe(6);
  });

  it('searchFiles: the Drive v2 query of parents and trash (a listing includes the trash unless asked not to); anything else refused', () => {
    const { emu, call } = withScript(String.raw`
      function t() {
        var batch = DriveApp.createFolder('Đợt 1');
        var other = DriveApp.createFolder('Khác');
        var a = batch.createFile('a and b', 'x'), b = batch.createFile("it's", 'x'), c = batch.createFile('c', 'x');
        var elsewhere = other.createFile('d', 'x');
        c.setTrashed(true);
        var ids = function (it) { var out = []; while (it.hasNext()) out.push(it.next().getName()); return out; };
        var q = "'" + batch.getId() + "' in parents";
        return {
          all: ids(DriveApp.searchFiles(q)),
          live: ids(DriveApp.searchFiles(q + ' and trashed = false')),
          trashed: ids(DriveApp.searchFiles(q + ' and trashed != false')),
          inFolder: ids(batch.searchFiles('trashed = false')),
          titled: ids(DriveApp.searchFiles("title = 'a and b' and " + q)),
          quoted: ids(batch.searchFiles("title = 'it\\'s'")),
          docs: ids(other.searchFiles("mimeType = 'text/plain'")),
          elsewhere: elsewhere.getName(),
        };
      }
      function v3() { DriveApp.searchFiles("name = 'a'"); }
      function unsupported() { DriveApp.searchFiles("title contains 'a' or trashed = true"); }`);
    expect(call('t')).toEqual({
      all: ['a and b', "it's", 'c'],
      live: ['a and b', "it's"],
      trashed: ['c'],
      inFolder: ['a and b', "it's"],
      titled: ['a and b'],
      quoted: ["it's"],
      docs: ['d'],
      elsewhere: 'd',
    });
    expect(() => call('v3')).toThrow('Invalid argument: q');
    expect(() => call('unsupported')).toThrow(DRIVE_MSG.notEmulated('the search query clause "title contains \'a\' or trashed = true"'));
    expect(emu.runtime.count('DriveApp.searchFiles')).toBe(6);
    expect(emu.runtime.count('Folder.searchFiles')).toBe(3);
  });
});

/** A Nghị định 30-like page: A4, margins, a borderless two-column header table, Times New Roman 13–14. */
const ND30 = String.raw`
  function make() {
    var doc = DocumentApp.create('Tờ trình đề nghị khen thưởng');
    var body = doc.getBody();
    body.setPageWidth(595.276).setPageHeight(841.89);
    body.setMarginTop(56.7).setMarginBottom(56.7).setMarginLeft(85.05).setMarginRight(56.7);
    var head = body.insertTable(0, [['UBND HUYỆN A\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc']]);
    head.setBorderWidth(0).setColumnWidth(0, 180).setColumnWidth(1, 273);
    head.editAsText().setFontFamily('Times New Roman').setFontSize(13).setBold(true);
    head.getCell(0, 0).getChild(0).asParagraph().setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    head.getCell(0, 1).getChild(0).asParagraph().setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    var p0 = body.getChild(1).asParagraph();
    p0.setText('Số: …/TTr-PGDĐT');
    var date = body.appendParagraph('A, ngày 01 tháng 9 năm 2025');
    date.setAlignment(DocumentApp.HorizontalAlignment.RIGHT);
    date.editAsText().setItalic(true);
    var title = body.appendParagraph('TỜ TRÌNH');
    title.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    title.editAsText().setItalic(false).setBold(true).setFontSize(14);
    body.appendListItem('Nguyễn Văn An').setGlyphType(DocumentApp.GlyphType.NUMBER);
    body.appendPageBreak();
    body.appendParagraph('Nơi nhận:').editAsText().setUnderline(true);
    doc.addHeader().appendParagraph('đầu trang');
    body.editAsText().setFontFamily('Times New Roman');
    return doc.getId();
  }`;

describe('.docx export', () => {
  it('writes page size, margins, Times New Roman runs, a borderless two-column table, breaks, list, header', async () => {
    const { emu, call } = withScript(ND30);
    const id = call('make') as string;
    const dir = mkdtempSync(join(tmpdir(), 'emu-docx-'));
    const path = await emu.docs.exportDocx(id, join(dir, 'tt.docx'));
    const zip = await JSZip.loadAsync(readFileSync(path));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    expect(text).toContain('UBND HUYỆN A|PHÒNG GIÁO DỤC VÀ ĐÀO TẠO');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Số: …/TTr-PGDĐT|A, ngày 01 tháng 9 năm 2025|TỜ TRÌNH|Nguyễn Văn An||Nơi nhận:'); // the page-break paragraph has an empty run
    // A4 and the margins, in twips (1 pt = 20).
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701"/);
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).not.toContain('w:ascii="Arial"');
    expect(xml).toContain('<w:sz w:val="28"/>'); // 14 pt title
    expect(xml).toContain('<w:sz w:val="26"/>'); // 13 pt header table
    expect(xml).toContain('<w:i/>');
    expect(xml).toContain('<w:jc w:val="right"/>');
    // The header table: two fixed columns, no borders.
    expect(xml).toMatch(/<w:tblGrid><w:gridCol w:w="3600"\/><w:gridCol w:w="5460"\/><\/w:tblGrid>/);
    expect(xml).toMatch(/<w:top w:val="none"/);
    expect(xml).not.toMatch(/<w:top w:val="single"/);
    expect(xml).toContain('<w:br/>'); // the "\n" in a cell became a line break
    expect(xml).toContain('<w:br w:type="page"/>');
    expect(xml).toContain('<w:numPr>');
    const header = Object.keys(zip.files).find((f) => /word\/header\d*\.xml/.test(f));
    expect(await zip.file(header!)!.async('string')).toContain('đầu trang');
  });

  it('exportAll writes one file-safe .docx per document', async () => {
    const { emu, call } = withScript(String.raw`
      function t() { DocumentApp.create('A/B: thử'); DocumentApp.create('A/B: thử'); }`);
    call('t');
    const dir = mkdtempSync(join(tmpdir(), 'emu-docx-all-'));
    const paths = await emu.docs.exportAll(dir);
    expect(paths.map((p) => p.slice(dir.length + 1))).toEqual(['A_B_ thử.docx', 'A_B_ thử (2).docx']);
  });
});
