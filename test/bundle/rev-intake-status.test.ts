// A submission's run that fails, seen through what the office reads (review vntext3, "seen in passing"): a failure
// before the job's frame started (the spreadsheet not opened, the event's row not read) is told in the tool's words
// with Google's quoted last, not as Google's raw text; and once a later run has checked the failed submission again
// (the continuation a minute later, or a rebuild), its line in "Tình trạng" no longer reads "Lỗi".
import { describe, expect, it } from 'vitest';
import { SCHOOLS, collectiveAnswers, officeAfterSetup } from './helpers';

type Office = ReturnType<typeof officeAfterSetup>;

const HEALTH = 'Tình trạng';
const LOG = 'Nhật ký lỗi';
const JOB = 'Kiểm tra khi có phiếu mới';
/** A Google error as a Vietnamese account reads it (never read by the tool: quoted). */
const GOOGLE = 'Dịch vụ Bảng tính đã hết thời gian chờ. Vui lòng thử lại sau.';
const ADDRESS = SCHOOLS[0].emails[0];

const healthLine = (o: Office, job = JOB) => o.emu.spreadsheets.values(HEALTH).find((r) => r[0] === job)?.map(String) ?? [];
const logLines = (o: Office) => (o.emu.spreadsheets.sheetNames().includes(LOG) ? o.emu.spreadsheets.values(LOG).slice(1).map((r) => `${r[1]} | ${r[2]}`) : []);
const mailsTo = (o: Office) => o.emu.mail.sent.filter((m) => m.to.includes(ADDRESS)).length;
const continuations = (o: Office) => o.emu.triggers.find('continueIntake').length;
const runContinuations = (o: Office) => {
  for (let k = 0; k < 5 && continuations(o) > 0; k++) o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 61_000);
};

/** Submits a registration of SCHOOLS[0] with `fault` armed; returns what its trigger threw (the error itself). */
function failedSubmission(o: Office, fault: () => void): Error {
  const dispatch = o.emu.triggers.dispatcher!;
  let thrown: unknown = null;
  o.emu.triggers.dispatcher = (h, ev, kind, w) => {
    try {
      return dispatch(h, ev, kind, w);
    } catch (err) {
      if (h === 'onFormSubmit') thrown = err;
      throw err;
    }
  };
  fault();
  o.emu.forms.submitAsUser(o.formId, collectiveAnswers() as never, { email: ADDRESS });
  o.emu.runtime.clearFaults();
  o.emu.triggers.dispatcher = dispatch;
  expect(thrown).not.toBeNull();
  return thrown as Error;
}

describe('a submission that fails before its job starts', () => {
  it('the spreadsheet not opened: the trigger\'s error is the tool\'s Vietnamese, Google\'s words last, with the stack of the call that failed; its row is checked again within minutes', () => {
    const o = officeAfterSetup(SCHOOLS);
    const err = failedSubmission(o, () => o.emu.runtime.failOn('SpreadsheetApp.getActiveSpreadsheet', 1, GOOGLE));
    const said = err.message;
    expect(said).toMatch(/^“Kiểm tra khi có phiếu mới” chưa chạy được vì Google báo lỗi khi mở bảng tính/);
    // What comes next, true of a submission: a continuation or, at the latest, the next morning's rebuild.
    expect(said).toContain('Phiếu chưa kiểm tra xong được công cụ tự kiểm tra lại, chậm nhất ở lần “Cập nhật tổng hợp” sáng hôm sau; đơn vị không cần gửi lại.');
    // Nothing could be written to the tabs: not sent to a line of "Nhật ký lỗi" that does not exist.
    expect(said).not.toContain('gửi dòng này');
    expect(said.endsWith(`Google báo: “${GOOGLE.replace(/\.$/, '')}”.`)).toBe(true);
    expect(said).toBe(said.normalize('NFC'));
    // What Apps Script records of the trigger's run (its failure e-mail, the execution log).
    expect(o.emu.triggers.runs.filter((r) => r.handler === 'onFormSubmit').at(-1)?.error).toBe(said);
    // The stack of the call that failed, not of the frame that words it.
    const stack = String(err.stack);
    expect(stack.split('\n')[0]).toBe(`Error: ${said}`);
    expect(stack).toMatch(/\.getActiveSpreadsheet \(/);
    // Its registration row waits in the queue for a continuation, not for the nightly rebuild.
    expect(mailsTo(o)).toBe(0);
    expect(continuations(o)).toBe(1);
    runContinuations(o);
    expect(mailsTo(o)).toBe(1);
    expect(o.emu.spreadsheets.values('Kết quả kiểm tra').slice(1).filter((r) => String(r[0]) !== '')).toHaveLength(1);
    expect(healthLine(o, 'Kiểm tra các phiếu còn chờ')[2]).toBe('Thành công');
  });

  it('the event\'s row not read: told in the tool\'s words in the error, "Nhật ký lỗi" and "Tình trạng", with the stack of the call that failed', () => {
    const o = officeAfterSetup(SCHOOLS);
    const err = failedSubmission(o, () => o.emu.runtime.failOn('Range.getRow', 1, GOOGLE));
    const said = err.message;
    expect(said).toMatch(/^“Kiểm tra khi có phiếu mới” không chạy xong vì Google báo lỗi/);
    expect(said).toContain('chậm nhất ở lần “Cập nhật tổng hợp” sáng hôm sau; đơn vị không cần gửi lại.');
    expect(said.endsWith(`Google báo: “${GOOGLE.replace(/\.$/, '')}”.`)).toBe(true);
    expect(String(err.stack).split('\n')[0]).toBe(`Error: ${said}`);
    expect(String(err.stack)).toMatch(/\.getRow \(/);
    expect(logLines(o).at(-1)).toBe(`${JOB} | ${said}`);
    expect(healthLine(o).slice(2, 4)).toEqual(['Lỗi', said]);
  });

  it('a continuation whose spreadsheet is not opened: told in the tool\'s words; it comes back for the queue (its spent trigger no longer stands in the way) and answers the row', () => {
    const o = officeAfterSetup(SCHOOLS);
    // The submission fails under the lock, once its row is known: queued, with a continuation.
    failedSubmission(o, () => o.emu.runtime.failOn('Spreadsheet.getId', 1, GOOGLE));
    expect(continuations(o)).toBe(1);
    o.emu.runtime.failOn('SpreadsheetApp.getActiveSpreadsheet', 1, GOOGLE);
    o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 61_000);
    o.emu.runtime.clearFaults();
    const failed = o.emu.triggers.runs.filter((r) => r.handler === 'continueIntake');
    expect(failed).toHaveLength(1);
    expect(failed[0].error).toMatch(/^“Kiểm tra các phiếu còn chờ” chưa chạy được vì Google báo lỗi khi mở bảng tính/);
    expect(failed[0].error).toContain('chậm nhất ở lần “Cập nhật tổng hợp” sáng hôm sau');
    expect(mailsTo(o)).toBe(0);
    // One trigger waits, a new one (the spent one, which never fires again, is gone).
    expect(o.emu.triggers.find('continueIntake').filter((t) => t.clock?.fired)).toEqual([]);
    expect(continuations(o)).toBe(1);
    runContinuations(o);
    expect(mailsTo(o)).toBe(1);
    expect(continuations(o)).toBe(0);
  });
});

describe('the line of a failed submission once the submission was checked again', () => {
  it('answered by the continuation: no longer "Lỗi" (a redraw before it still says "Lỗi"), kept by later redraws, until the next submission', () => {
    const o = officeAfterSetup(SCHOOLS);
    // Under the lock, once the row is known: the row is queued for the continuation.
    failedSubmission(o, () => o.emu.runtime.failOn('Spreadsheet.getId', 1, GOOGLE));
    const failed = healthLine(o);
    expect(failed[2]).toBe('Lỗi');
    expect(continuations(o)).toBe(1);
    // Another job redraws the whole tab before the continuation: the row is still waiting, the line says so.
    o.bundle.call('sendWeeklyDigest', undefined, { kind: 'timeTrigger' });
    expect(healthLine(o)[2]).toBe('Lỗi');
    runContinuations(o);
    expect(mailsTo(o)).toBe(1);
    expect(o.emu.spreadsheets.values('Kết quả kiểm tra').slice(1).filter((r) => String(r[0]) !== '')).toHaveLength(1);
    const after = healthLine(o);
    expect(after[2]).toBe('Xong, đã tự kiểm tra lại');
    expect(after[3]).toBe('Lần chạy này bị dừng giữa chừng (lý do ở trang “Nhật ký lỗi”), nhưng công cụ đã tự kiểm tra lại phiếu sau đó; không cần làm gì thêm.');
    // The failed run is still the job's last run: its time stays.
    expect(after[1]).toBe(failed[1]);
    // The next redraws say the same (the record of the failure is kept; what the line shows follows the queue).
    o.bundle.call('sendWeeklyDigest', undefined, { kind: 'timeTrigger' });
    expect(healthLine(o).slice(1, 4)).toEqual(after.slice(1, 4));
    // The next submission's run is the line's.
    o.emu.clock.advance(60_000);
    o.emu.forms.submitAsUser(o.formId, collectiveAnswers() as never, { email: SCHOOLS[1].emails[0] });
    expect(healthLine(o)[2]).toBe('Thành công');
  });

  it('not queued (its row unknown), answered by the next rebuild: "Lỗi" until a rebuild that started after it, then no longer', () => {
    const o = officeAfterSetup(SCHOOLS);
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    o.emu.clock.advance(60_000);
    failedSubmission(o, () => o.emu.runtime.failOn('Range.getRow', 1, GOOGLE));
    expect(continuations(o)).toBe(0);
    expect(healthLine(o)[2]).toBe('Lỗi');
    // A redraw by another job, the rebuild before it the last: still "Lỗi". (The digest's run sends the school its
    // confirmation; the office's tabs show the registration from the next rebuild, as the line says.)
    o.bundle.call('sendWeeklyDigest', undefined, { kind: 'timeTrigger' });
    expect(healthLine(o)[2]).toBe('Lỗi');
    const results = () => o.emu.spreadsheets.values('Kết quả kiểm tra').slice(1).filter((r) => String(r[0]) !== '').length;
    expect(results()).toBe(0);
    o.emu.clock.advance(3600_000);
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(results()).toBe(1);
    expect(mailsTo(o)).toBe(1);
    expect(healthLine(o)[2]).toBe('Xong, đã tự kiểm tra lại');
  });

  it('a rebuild that fails does not settle it', () => {
    const o = officeAfterSetup(SCHOOLS);
    failedSubmission(o, () => o.emu.runtime.failOn('Range.getRow', 1, GOOGLE));
    o.emu.clock.advance(3600_000);
    o.emu.runtime.failOn('Range.setValues', 1, GOOGLE);
    expect(() => o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' })).toThrow();
    o.emu.runtime.clearFaults();
    o.bundle.call('sendWeeklyDigest', undefined, { kind: 'timeTrigger' });
    expect(healthLine(o)[2]).toBe('Lỗi');
  });
});
