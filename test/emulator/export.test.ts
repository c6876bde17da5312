import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { withScript } from './helpers.js';

describe('export and import', () => {
  it('round-trips a spreadsheet through .xlsx (types, formulas, frozen rows, widths, bold)', async () => {
    const { emu, call } = withScript(`
      function t() {
        var ss = SpreadsheetApp.getActiveSpreadsheet();
        var sh = ss.insertSheet('Kết quả');
        sh.getRange(1, 1, 3, 5).setValues([
          ['Mã', 'Ngày', 'Điểm', 'Đạt', 'Công thức'],
          ['07', new Date(2025, 8, 2, 10, 4, 5), 8.5, true, '=SUM(C2:C3)'],
          ["'007", '01/02/2025', -3, false, 'Nguyễn Thị Mẫu'],
        ]);
        sh.setFrozenRows(1); sh.setColumnWidth(5, 210); sh.getRange('A1:E1').setFontWeight('bold');
      }`);
    call('t');
    const dir = mkdtempSync(join(tmpdir(), 'emu-xlsx-'));
    const path = join(dir, 'book.xlsx');
    await emu.spreadsheets.exportXlsx(path);
    const back = await emu.spreadsheets.importXlsx(path, 'Bản nhập');
    expect(back.sheets.map((s) => s.name)).toEqual(['Trang tính1', 'Kết quả']);
    const orig = emu.spreadsheets.sheet('Kết quả')!;
    const sh = back.sheetByName('Kết quả')!;
    expect(sh.values()).toEqual(orig.values());
    expect(sh.values()[1][1]).toBeInstanceOf(Date);
    expect(sh.cell(2, 5)?.formula).toBe('=SUM(C2:C3)');
    expect(sh.frozenRows).toBe(1);
    expect(sh.columnWidths.get(5)).toBe(210);
    expect(sh.cell(1, 1)?.fontWeight).toBe('bold');
    expect(sh.maxRows).toBe(1000);
  });

  it('exports each sent e-mail as an .eml that mailparser reads back', async () => {
    const { emu, call } = withScript(`
      function t() {
        MailApp.sendEmail({ to: 'ht.a@truong.example.vn', cc: 'pgd@x.vn', bcc: 'luu@x.vn', subject: 'Đã nhận đăng ký — Trường A',
          body: 'Kính gửi thầy/cô', htmlBody: '<p>Kính gửi &lt;thầy/cô&gt;</p>', name: 'Phòng GD&ĐT', replyTo: 'hotro@x.vn',
          attachments: [Utilities.newBlob('a;b', 'text/csv', 'ds.csv')] });
      }`);
    call('t');
    const dir = mkdtempSync(join(tmpdir(), 'emu-eml-'));
    const [path] = await emu.mail.exportEml(dir);
    expect(path).toMatch(/001-Da-nhan-dang-ky-Truong-A\.eml$/);
    const parsed = await simpleParser(readFileSync(path));
    expect(parsed.subject).toBe('Đã nhận đăng ký — Trường A');
    expect(parsed.from?.value[0]).toMatchObject({ name: 'Phòng GD&ĐT', address: 'thuongtruc@phonggd.example.vn' });
    expect((parsed.to as { text: string }).text).toBe('ht.a@truong.example.vn');
    expect((parsed.cc as { text: string }).text).toBe('pgd@x.vn');
    expect((parsed.bcc as { text: string } | undefined)?.text).toBe('luu@x.vn');
    expect(parsed.text?.trim()).toBe('Kính gửi thầy/cô');
    expect(parsed.html).toContain('&lt;thầy/cô&gt;');
    expect(parsed.attachments.map((a) => [a.filename, a.content.toString()])).toEqual([['ds.csv', 'a;b']]);
    expect(parsed.replyTo?.text).toBe('hotro@x.vn');
  });
});
