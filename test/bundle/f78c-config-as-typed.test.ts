// What the office is told when "Cấu hình" holds what Sheets made of typed text (review r78p F2–F4, fix f78c): a list of
// days stored as a decimal number is said as read, never quoted as "7.3"; the words of a "- …" line are read.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { configLabel } from '../../src/core/messages';
import { individualAnswers, officeAfterSetup, setConfigValues, SCHOOLS } from './helpers';

describe('f78c: "Cấu hình" read as typed', () => {
  it('Thiết lập formats "Nhắc hạn trước" as plain text: "7,3" typed stays "7,3", read as 7 and 3 days, nothing said', () => {
    const o = officeAfterSetup(SCHOOLS);
    setConfigValues(o.emu, { 'mail.reminderDaysBefore': '7,3' });
    const row = o.emu.spreadsheets.values('Cấu hình').find((r) => r[0] === configLabel('mail.reminderDaysBefore'))!;
    expect(row[1]).toBe('7,3');
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const log = o.emu.spreadsheets.sheet('Nhật ký lỗi') ? o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => r.join(' | ')).join('\n') : '';
    expect(log).not.toContain(configLabel('mail.reminderDaysBefore'));
  });

  it('"7,3" typed where the cell is not plain text (a file set up before): the log says what was read, never "7.3"', () => {
    const o = officeAfterSetup(SCHOOLS);
    // The cell as an earlier version left it: Sheets' automatic format, where "7,3" typed is the number 7.3.
    const at = o.emu.spreadsheets.values('Cấu hình').findIndex((r) => r[0] === configLabel('mail.reminderDaysBefore')) + 1;
    o.emu.runtime.execute(() => void o.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Cấu hình')!.getRange(at, 2).setNumberFormat('0.###############'), { kind: 'node', label: 'user formatting' });
    setConfigValues(o.emu, { 'mail.reminderDaysBefore': '7,3' });
    expect(o.emu.spreadsheets.values('Cấu hình')[at - 1][1]).toBe(7.3);
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const log = o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => r.join(' | ')).join('\n');
    expect(log).not.toContain('7.3');
    expect(log).toContain('nhắc hạn trước 7 và 3 ngày');
    // The settings' print and the next runs read "7,3", as the cell shows it: nothing said changed.
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const again = o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => r.join(' | ')).join('\n');
    expect(again).not.toContain('7.3');
  });


  it('a contact typed as a formula whose words cannot be read: never printed, the office told', () => {
    const o = officeAfterSetup(SCHOOLS);
    setConfigValues(o.emu, { 'schoolViews.contact': '=Lan 0912' });
    o.bundle.call('setup', undefined, { kind: 'menu' });
    const n = o.emu.mail.sent.length;
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[0].name, [Q.individualName]: 'Phạm Thị Dung' } as never, { email: SCHOOLS[0].emails[0] });
    const sent = o.emu.mail.sent.slice(n);
    expect(sent).toHaveLength(1);
    expect(sent[0].body).not.toMatch(/#NAME\?|#ERROR!/);
    const log = o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => r.join(' | ')).join('\n');
    expect(log).toContain('mục “Liên hệ của cơ quan”: ô đang hiện “#NAME?”');
  });
});
