// The outbox's record survives what the office does to "Hộp thư đi"; quota is not failure; long answers still go.
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, collectiveAnswers, individualAnswers, officeAfterSetup } from './helpers';

const OUTBOX = 'Hộp thư đi';
const RECORD = 'Sổ thư (hệ thống)';
const DAY = 24 * 3600_000;

function asOffice(emu: Emulator, fn: (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => void): void {
  emu.runtime.execute(() => fn(emu.globals.SpreadsheetApp.getActiveSpreadsheet()), { kind: 'node', label: 'office staff' });
}

function column(emu: Emulator, tab: string, header: string): unknown[] {
  const [h, ...rows] = emu.spreadsheets.values(tab);
  const i = (h as string[]).indexOf(header);
  return rows.map((r) => r[i]);
}

describe('the outbox record', () => {
  it('is a hidden, protected tab; "Hộp thư đi" is a view of it: clearing, renaming or deleting the view sends nothing again', () => {
    const { emu, bundle, formId } = officeAfterSetup();
    emu.forms.submitAsUser(formId, collectiveAnswers(), { email: SCHOOLS[0].emails[0] });
    emu.forms.submitAsUser(formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[1].name }, { email: SCHOOLS[1].emails[0] });
    expect(emu.mail.sent).toHaveLength(2);
    asOffice(emu, (ss) => {
      const record = ss.getSheetByName(RECORD)!;
      expect(record.isSheetHidden()).toBe(true);
      const p = record.getProtections(emu.globals.SpreadsheetApp.ProtectionType.SHEET)[0];
      expect(p.isWarningOnly()).toBe(false);
      ss.getSheetByName(OUTBOX)!.clear();
    });
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    asOffice(emu, (ss) => ss.getSheetByName(OUTBOX)!.setName('Thư cũ'));
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    asOffice(emu, (ss) => ss.deleteSheet(ss.getSheetByName(OUTBOX)!));
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(emu.mail.sent).toHaveLength(2);
    expect(column(emu, OUTBOX, 'Trạng thái')).toEqual(['Đã gửi', 'Đã gửi']);
  });

  it('when the record itself is deleted, the view stands in; when both are gone nothing is sent and the office is told', () => {
    const { emu, bundle, formId } = officeAfterSetup();
    emu.forms.submitAsUser(formId, collectiveAnswers(), { email: SCHOOLS[0].emails[0] });
    asOffice(emu, (ss) => ss.deleteSheet(ss.getSheetByName(RECORD)!));
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(emu.mail.sent).toHaveLength(1);
    asOffice(emu, (ss) => {
      ss.deleteSheet(ss.getSheetByName(RECORD)!);
      ss.deleteSheet(ss.getSheetByName(OUTBOX)!);
    });
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(emu.mail.sent).toHaveLength(1);
    expect(emu.spreadsheets.values('Nhật ký lỗi').at(-1)?.join(' ')).toMatch(/Không gửi thư: sổ thư .* chỉ còn 0 trong số 1 thư đã ghi/);
  });

  it('a quota another script used up keeps the confirmation waiting for days without using its attempts, then it goes', () => {
    const { emu, bundle, formId } = officeAfterSetup(SCHOOLS, { mailQuota: 1 });
    const useQuota = () => emu.runtime.execute(() => emu.globals.MailApp.sendEmail('khac@x.vn', 'Thư khác', 'B'), { kind: 'node', label: 'another script' });
    useQuota();
    emu.forms.submitAsUser(formId, collectiveAnswers(), { email: SCHOOLS[0].emails[0] });
    for (let day = 0; day < 4; day++) {
      emu.clock.advance(DAY + 60_000);
      useQuota();
      bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    }
    expect(column(emu, OUTBOX, 'Trạng thái')).toEqual(['Chờ gửi']);
    expect(column(emu, OUTBOX, 'Số lần thử')).toEqual([0]);
    emu.clock.advance(DAY + 60_000);
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(column(emu, OUTBOX, 'Trạng thái')).toEqual(['Đã gửi']);
    expect(emu.mail.to(SCHOOLS[0].emails[0])).toHaveLength(1);
  });

  it('an answer too long for one e-mail: the confirmation goes, cut, with a link to the sheet', () => {
    const { emu, formId } = officeAfterSetup();
    // 48,000 characters (a cell holds 50,000): as HTML, each quote becomes "&quot;" — far over MailApp's 200 KB.
    const long = '"ệ"'.repeat(16_000);
    emu.forms.submitAsUser(formId, { ...collectiveAnswers(), [Q.collectiveName]: long }, { email: SCHOOLS[0].emails[0] });
    const [mail] = emu.mail.to(SCHOOLS[0].emails[0]);
    expect(mail).toBeDefined();
    expect(Buffer.byteLength(mail.body)).toBeLessThanOrEqual(200 * 1024);
    expect(mail.body).toMatch(/Thư quá dài nên đã được rút gọn; xem đầy đủ trong bảng tính: https:\/\//);
  });
});
