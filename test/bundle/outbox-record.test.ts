// The outbox's record survives what the office does to "Hộp thư đi"; quota is not failure; long answers still go.
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index';
import { Q } from '../../src/core/registration-form';
import { MAIL_STOPPED } from '../../src/core/messages';
import { SCHOOLS, alertsShown, collectiveAnswers, individualAnswers, officeAfterSetup } from './helpers';

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

  it('a rebuild that sent e-mails leaves no mark behind: the next submission searches the record for none', () => {
    const { emu, bundle, formId } = officeAfterSetup();
    // Rows arrive without their trigger (a backlog): the rebuild sends their five confirmations, fewer than a commit's twenty.
    const triggers = emu.triggers.triggers.splice(0);
    for (let i = 0; i < 5; i++) {
      emu.clock.advance(60_000);
      emu.forms.submitAsUser(formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[i % 3].name, [Q.individualName]: `Giáo viên ${i}` }, { email: SCHOOLS[i % 3].emails[0] });
    }
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(emu.mail.sent).toHaveLength(5);
    expect(JSON.parse(emu.properties.script.get('mail.journal')!).open).toEqual({});
    expect(column(emu, OUTBOX, 'Trạng thái')).toEqual(new Array(5).fill('Đã gửi'));
    emu.triggers.triggers.push(...triggers);
    emu.runtime.resetCalls();
    emu.forms.submitAsUser(formId, collectiveAnswers(), { email: SCHOOLS[0].emails[0] });
    expect(emu.mail.sent).toHaveLength(6);
    expect(emu.runtime.count('Range.createTextFinder')).toBe(0);
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
    // "Tình trạng" does not say "Thành công" while no e-mail goes.
    const line = emu.spreadsheets.values('Tình trạng').find((r) => r[0] === 'Cập nhật tổng hợp')!;
    expect(line[2]).toBe('Xong, có vấn đề dữ liệu');
  });

  it('a whole file restored to an earlier version: nothing is sent and the office is told how; "Thiết lập" asks, and answered yes the e-mails go on', () => {
    const { emu, bundle, formId } = officeAfterSetup();
    emu.forms.submitAsUser(formId, collectiveAnswers(), { email: SCHOOLS[0].emails[0] });
    const version = new Map(emu.spreadsheets.active.sheets.map((s) => [s.name, { rows: structuredClone(s.rows), maxRows: s.maxRows }]));
    emu.clock.advance(3600_000);
    emu.forms.submitAsUser(formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[1].name }, { email: SCHOOLS[1].emails[0] });
    expect(emu.mail.sent).toHaveLength(2);
    // File → Version history → Restore this version: every tab as it was then (the script's properties are not part of
    // the file: they still count two e-mails).
    for (const s of emu.spreadsheets.active.sheets) {
      const v = version.get(s.name);
      if (v) (s.rows = structuredClone(v.rows)), (s.maxRows = v.maxRows);
    }
    emu.clock.advance(3600_000);
    emu.forms.submitAsUser(formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[2].name, [Q.individualName]: 'Sau khôi phục' }, { email: SCHOOLS[2].emails[0] });
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(emu.mail.sent).toHaveLength(2);
    const told = emu.spreadsheets.values('Nhật ký lỗi').at(-1)?.join(' ') ?? '';
    expect(told).toMatch(/chỉ còn 1 trong số 2 thư đã ghi/);
    expect(told).toContain('Điển hình tiên tiến → Thiết lập và trả lời “Có”');
    // "Tình trạng" says it too, on the run's line (review "restore" #6).
    const line = (label: string) => emu.spreadsheets.values('Tình trạng').map((r) => r.join(' ')).find((l) => l.startsWith(label)) ?? '';
    expect(line('Cập nhật tổng hợp')).toContain(MAIL_STOPPED);
    bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    expect(line('Gửi thư nhắc hạn')).toContain(MAIL_STOPPED);
    const alerts = () => alertsShown(emu);
    // Asked, the office answers "Không" (no): nothing changes, the e-mails still wait.
    emu.spreadsheets.active.answers.push('NO');
    const no = alerts().length;
    bundle.call('setup', undefined, { kind: 'menu' });
    expect(alerts().slice(no).at(-1)).toContain('Công cụ vẫn ngừng gửi thư cho đến khi sổ thư được khôi phục');
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(emu.mail.sent).toHaveLength(2);
    // Asked again, "Có" (yes).
    const before = alerts().length;
    bundle.call('setup', undefined, { kind: 'menu' });
    const asked = alerts().slice(before);
    expect(asked[0]).toMatch(/^Công cụ đang ngừng gửi thư: sổ thư chỉ còn 1 trong số 2 thư đã ghi/);
    // It says how many confirmations "Có" sends: the one registration the record does not hold.
    expect(asked[0]).toContain('ở lần chạy tới, công cụ sẽ gửi 1 thư báo đã nhận phiếu');
    // And that the office's other e-mails of the window lost may go again too (review restore #3).
    expect(asked[0]).toContain('thư yêu cầu bổ sung, thư nhắc hạn, thư báo thay đổi đã gửi sau phiên bản được khôi phục cũng có thể được gửi lại một lần');
    expect(asked.at(-1)).toContain('Đã gửi thư tiếp theo sổ thư hiện tại (1 thư); 1 thư không còn trong sổ có thể được gửi lại một lần.');
    // The reminders' line no longer asks for what was done (review diff16 #4): it says what that run did and what comes.
    expect(line('Gửi thư nhắc hạn')).not.toContain(MAIL_STOPPED);
    expect(line('Gửi thư nhắc hạn')).toMatch(/ Lần chạy này không gửi thư nào \(sổ thư bị mất dòng hoặc là bản cũ\)\. Đã gửi thư tiếp từ \d\d\/\d\d\/\d{4} \d\d:\d\d \(Thiết lập → “Có”\): các lần chạy sau gửi thư như thường/);
    expect(line('Cập nhật tổng hợp')).not.toContain(MAIL_STOPPED);
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    // The registration sent after the restore is confirmed, once; the next runs send nothing more.
    expect(emu.mail.sent.slice(2).map((m) => m.to)).toEqual([[SCHOOLS[2].emails[0]]]);
    expect(emu.mail.sent[2].body).toContain('Sau khôi phục');
    expect(line('Cập nhật tổng hợp')).not.toContain(MAIL_STOPPED);
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    bundle.call('setup', undefined, { kind: 'menu' });
    expect(alerts().slice(before + asked.length).some((m) => m.includes('ngừng gửi thư'))).toBe(false);
    expect(emu.mail.sent).toHaveLength(3);
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
