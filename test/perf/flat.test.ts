// Work in proportion to the change (issue 12), counted, never timed: a submission writes the same cells whatever the
// number of registrations; a rebuild that changes no tab's shape formats nothing and reads before it writes.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, collectiveAnswers, officeAfterSetup } from '../bundle/helpers';

function officeWith(registrations: number) {
  const office = officeAfterSetup();
  const { emu, formId } = office;
  for (let i = 0; i < registrations; i++) {
    emu.clock.advance(60_000);
    emu.forms.submitAsUser(formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[i % 3].name, [Q.collectiveName]: `Tổ ${i}` }, { email: SCHOOLS[i % 3].emails[0] });
  }
  return office;
}

describe('cost in proportion to the change', () => {
  it('a submission writes the same cells with the same calls after 8 or 60 registrations, and reads one cell more a registration (rows, not tabs)', () => {
    const lastSubmission = (before: number) => {
      const { emu } = officeWith(before + 1);
      const last = emu.runtime.executions.filter((x) => x.label === 'onFormSubmit').pop()!;
      expect(last.error).toBeUndefined();
      return { calls: last.calls, read: last.cellsRead ?? 0, written: last.cellsWritten ?? 0 };
    };
    const small = lastSubmission(8);
    const large = lastSubmission(60);
    expect(large.calls).toBe(small.calls);
    // Exactly (a call more is a regression): a new registration with its confirmation sent (see submit.test.ts).
    expect(small.calls).toBe(28);
    expect(large.written).toBe(small.written);
    // What it reads grows only by the register's column of response ids: one cell a registration (52 more here).
    expect(large.read - small.read).toBe(52);
    // A row of Kết quả kiểm tra and of Thẩm định, a row of the register, the outbox rows (record and view), the health
    // tab: far below one outbox tab of 60 rows (60 × 10 cells).
    expect(small.written).toBeLessThan(300);
    // The office's own tabs (Cấu hình, Đơn vị, Tiêu chí: about 500 cells here), the headers, its row and the rows found:
    // less than the register and the outbox record of 60 registrations alone (60 × 8 + 60 × 10 cells).
    expect(small.read).toBeLessThan(60 * 8 + 60 * 10);
  });

  it('a second rebuild with nothing new formats nothing and never waits for its own writes between tabs', () => {
    const { emu, bundle } = officeWith(6);
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    emu.runtime.resetCalls();
    const flushes = emu.runtime.implicitFlushes;
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(emu.runtime.executions[emu.runtime.executions.length - 1].error).toBeUndefined();
    for (const m of ['Range.setFontWeight', 'Range.setBackground', 'Range.setWrap', 'Sheet.getProtections', 'Sheet.setColumnWidth']) {
      expect(emu.runtime.count(m), m).toBe(0);
    }
    // Reads of a tab after writes to another cost a flush each; the summary and school tabs are measured together.
    expect(emu.runtime.implicitFlushes - flushes).toBeLessThanOrEqual(6);
    const writes = emu.runtime.count('Range.setValues');
    const reads = emu.runtime.count('Range.getValues');
    console.log(`steady rebuild: ${emu.runtime.count()} calls, ${reads} reads + ${writes} writes, ${emu.runtime.implicitFlushes - flushes} implicit flushes`);
  });
});

describe('the mail jobs read the office as the rebuild does', () => {
  it('the reminders and the digest list the tabs once and read them in one batch, looking none up by name', () => {
    const { emu, bundle } = officeWith(6);
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    for (const job of ['sendReminders', 'sendWeeklyDigest']) {
      emu.runtime.resetCalls();
      bundle.call(job, undefined, { kind: 'timeTrigger' });
      const run = emu.runtime.executions[emu.runtime.executions.length - 1];
      expect(run.error, job).toBeUndefined();
      // "Đơn vị", "Tiêu chí", the first rows and the keys of "Các lần gửi phiếu" in one read of the Sheets service;
      // every tab found in its listing (they read through SpreadsheetApp before: 11 lookups by name, 51 and 52 calls in
      // the bench's office of 40 schools, 30 and 31 before the mark of the run's start — one property write, so that a
      // run Apps Script stops is seen: src/gas/health.ts markRunStarted —, 31 and 32 now).
      expect(emu.runtime.count('Sheets.Spreadsheets.Values.batchGet'), job).toBe(1);
      expect(emu.runtime.count('Spreadsheet.getSheetByName'), job).toBe(0);
      expect(run.calls, job).toBeLessThanOrEqual(32);
    }
  });

  it('the Sheets service failing in passing at the listing: the reminders read through SpreadsheetApp instead, and go (review counts F6)', () => {
    const { emu, bundle } = officeWith(6);
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    emu.runtime.failOn('Sheets.Spreadsheets.get', 1, 'Service unavailable: Sheets');
    bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    expect(emu.runtime.executions[emu.runtime.executions.length - 1].error).toBeUndefined();
    expect(emu.runtime.count('Spreadsheet.getSheetByName')).toBeGreaterThan(0);
  });
});
