// Review d81c F2: an e-mail the previous version gave up (3 tries, MAX_ATTEMPTS was 3; "Hộp thư đi" of 10 columns:
// «Lỗi | 3 | Đã thử 3 lần không được; hãy kiểm tra địa chỉ rồi liên hệ trực tiếp.») is open again after the update,
// which allows 5 tries: its row still tells the office to contact the school itself (which it did), the tool then sends
// it all the same, days late, and meanwhile "Kết thúc giai đoạn…" is refused for it («1 thư … chưa gửi được (còn chờ
// gửi hoặc sẽ gửi lại)»), although an e-mail given up does not hold the end (close-period M50).
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, alertsShown, collectiveAnswers, withGlobals } from './helpers';
import { DAY, endPeriod, lateOffice } from './period-end-lib';

const OLD_GAVE_UP = 'Đã thử 3 lần không được; hãy kiểm tra địa chỉ rồi liên hệ trực tiếp.';

/** lateOffice with a school's confirmation as the previous version left it after 3 refused tries, 3 days ago. */
function oldGivenUp(): ReturnType<typeof lateOffice> {
  const o = lateOffice();
  // Refused at the submission (its first try).
  o.emu.runtime.failOn('MailApp.sendEmail', 1, 'Service unavailable: Mail');
  o.emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[2].name, [Q.collectiveName]: 'Tổ Sử' }, { email: SCHOOLS[2].emails[0] });
  o.emu.runtime.clearFaults();
  // As the previous version left it: given up after its 3 tries, in the record and the view of 10 columns, and
  // nothing coming back for it (that version's continuation had given up too).
  withGlobals(o.emu, ['SpreadsheetApp', 'ScriptApp'], () => {
    for (const t of ScriptApp.getProjectTriggers()) if (t.getHandlerFunction() === 'continueIntake') ScriptApp.deleteTrigger(t);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    for (const name of ['Sổ thư (hệ thống)', 'Hộp thư đi']) {
      const sheet = ss.getSheetByName(name)!;
      const values = sheet.getDataRange().getValues();
      const at = values.findIndex((r) => String(r[0]).startsWith('XN:DK-000004'));
      expect(at).toBeGreaterThan(0);
      sheet.getRange(at + 1, 9, 1, 2).setValues([[3, OLD_GAVE_UP]]);
      sheet.deleteColumns(11, sheet.getMaxColumns() - 10);
    }
  });
  for (const k of ['intake.mail.left', 'intake.continue.at']) o.emu.properties.script.delete(k);
  // The office phoned the school, as told. Days later, the update is in place.
  o.emu.clock.set(o.emu.clock.now() + 3 * DAY);
  return o;
}

const confirmationRow = (o: ReturnType<typeof lateOffice>) =>
  o.emu.spreadsheets.values('Hộp thư đi').map((r) => r.map(String)).find((r) => r[0].startsWith('XN:DK-000004'))!;

describe('d81c F2: an e-mail the previous version gave up, after the update', () => {
  it('does not hold Kết thúc giai đoạn (as one given up by this version does not)', () => {
    const o = oldGivenUp();
    const alerts = alertsShown(o.emu).length;
    endPeriod(o);
    const told = alertsShown(o.emu).slice(alerts).join('\n');
    // Today: «… 1 thư ở trang “Hộp thư đi” chưa gửi được (còn chờ gửi hoặc sẽ gửi lại). Chọn … để gửi ngay.», while
    // its row says «Lỗi | 3 | Đã thử 3 lần không được; hãy kiểm tra địa chỉ rồi liên hệ trực tiếp.»
    expect(told, `row: ${confirmationRow(o).join(' | ')}`).not.toContain('chưa gửi được');
    expect(o.emu.properties.script.get('period.ended')).toBeDefined();
  });

  it('stays given up: not sent to the school days later by the first rebuild after the update', () => {
    const o = oldGivenUp();
    const before = o.emu.mail.sent.length;
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const late = o.emu.mail.sent.slice(before).filter((m) => m.subject.includes('DK-000004'));
    // Today: sent now, three days late («Đã gửi | … | 4»), to a school the office was told to contact itself (and did).
    expect(late.map((m) => m.subject), `row now: ${confirmationRow(o).join(' | ')}`).toEqual([]);
  });
});
