// "Tình trạng" is a view of the runs recorded in the property store: the office may sort it or cut rows from it, and
// the next run puts every job back on its own line (a submission writes only its own line; other jobs the whole tab).
import { describe, expect, it } from 'vitest';
import { deleteTabRow, sortTab } from '../../scripts/user';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, alertsShown, collectiveAnswers, officeAfterSetup } from './helpers';

const HEALTH = 'Tình trạng';

function lineOf(values: unknown[][], job: string): unknown[] | undefined {
  return values.find((r) => r[0] === job);
}

describe('the health tab', () => {
  it('a job that has not run yet says when it runs (review handoff #2: a column of "Chưa chạy lần nào" looked broken)', () => {
    const { emu } = officeAfterSetup();
    const values = emu.spreadsheets.values(HEALTH);
    expect(values[0].map(String)).toEqual(['Công việc', 'Lần chạy gần nhất', 'Kết quả', 'Chi tiết', 'Lịch chạy']);
    const never = values.filter((r) => r[1] === 'Chưa chạy lần nào');
    expect(never.length).toBeGreaterThan(3);
    for (const r of never) expect([String(r[3]), String(r[4])]).toEqual(['', expect.stringMatching(/^(Tự chạy|Chạy)/)]);
    // Every job says when it runs, those on a schedule with their trigger's (review handoff #1: whoever takes over asks
    // when each runs next): the weekly digest on its day and hour, the rebuild and the reminders each day.
    for (const r of values.slice(1)) expect(String(r[4])).toMatch(/^(Tự chạy|Chạy)/);
    expect(String(lineOf(values, 'Gửi thư tổng hợp hằng tuần')?.[4])).toMatch(/^Tự chạy (thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật) hằng tuần, trong khoảng \d{2}:00–\d{2}:00 /);
    expect(String(lineOf(values, 'Cập nhật tổng hợp')?.[4])).toMatch(/^Tự chạy mỗi ngày, trong khoảng 06:00–07:00; cũng chạy khi chọn menu/);
    expect(String(lineOf(values, 'Gửi thư nhắc hạn cho các đơn vị')?.[4])).toMatch(/^Tự chạy mỗi ngày, trong khoảng \d{2}:00–\d{2}:00; chỉ gửi thư nhắc/);
  });

  it('a tab of four columns, as versions before "Lịch chạy" made it: a submission still answers, and the next runs give it its fifth', () => {
    const { emu, bundle, formId } = officeAfterSetup();
    emu.runtime.execute(() => emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(HEALTH)!.deleteColumns(5, 1), { kind: 'node' });
    expect(emu.spreadsheets.values(HEALTH)[0]).toHaveLength(4);
    emu.forms.submitAsUser(formId, collectiveAnswers(), { email: SCHOOLS[0].emails[0] });
    expect(emu.runtime.executions.filter((x) => x.error)).toEqual([]);
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const values = emu.spreadsheets.values(HEALTH);
    expect(values[0].map(String)).toEqual(['Công việc', 'Lần chạy gần nhất', 'Kết quả', 'Chi tiết', 'Lịch chạy']);
    expect(lineOf(values, 'Kiểm tra khi có phiếu mới')?.[2]).toBe('Thành công');
    expect(String(lineOf(values, 'Kiểm tra khi có phiếu mới')?.[4])).toMatch(/^Tự chạy mỗi khi có phiếu/);
  });

  it('sorted by hand, then cut short: the next runs put every job back on its line, with what it last did', () => {
    const { emu, bundle, formId } = officeAfterSetup();
    emu.forms.submitAsUser(formId, collectiveAnswers(), { email: SCHOOLS[0].emails[0] });
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const before = emu.spreadsheets.values(HEALTH);
    expect(lineOf(before, 'Kiểm tra khi có phiếu mới')?.[2]).toBe('Thành công');
    const jobs = before.slice(1).map((r) => r[0]);

    // Sorted by its last column, descending: the job lines change places.
    sortTab(emu, HEALTH, [{ column: 4, ascending: false }]);
    expect(emu.spreadsheets.values(HEALTH).slice(1).map((r) => r[0])).not.toEqual(jobs);
    const sorted = emu.spreadsheets.values(HEALTH);
    // A submission rewrites its own line only, where the sort put it: every other line is as the sort left it.
    emu.clock.advance(60_000);
    emu.forms.submitAsUser(formId, { ...collectiveAnswers(), [Q.collectiveName]: 'Tổ Toán' }, { email: SCHOOLS[1].emails[0] });
    const afterSubmit = emu.spreadsheets.values(HEALTH);
    const own = sorted.findIndex((r) => r[0] === 'Kiểm tra khi có phiếu mới');
    expect(afterSubmit[own][0]).toBe('Kiểm tra khi có phiếu mới');
    expect(afterSubmit[own][1]).not.toBe(sorted[own][1]);
    expect(afterSubmit.filter((_, i) => i !== own)).toEqual(sorted.filter((_, i) => i !== own));
    // …and the next other job redraws the whole tab in order.
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const after = emu.spreadsheets.values(HEALTH);
    expect(after.slice(1).map((r) => r[0])).toEqual(jobs);
    expect(lineOf(after, 'Kiểm tra khi có phiếu mới')?.[2]).toBe('Thành công');
    expect(after.filter((r) => r[0] === 'Kiểm tra khi có phiếu mới')).toHaveLength(1);

    // Rows cut from the tab: the write past its grid is refused, and the tab is made again whole.
    for (let i = 0; i < 5; i++) deleteTabRow(emu, HEALTH, 2);
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const again = emu.spreadsheets.values(HEALTH);
    expect(again.slice(1).map((r) => r[0])).toEqual(jobs);
    expect(emu.runtime.executions[emu.runtime.executions.length - 1].error).toBeUndefined();
  });
});

describe('a menu item chosen while another job holds the lock', () => {
  it('tells the person it will run again, and when; the run is scheduled, not lost', () => {
    const { emu, bundle } = officeAfterSetup();
    const alerts = () => alertsShown(emu);
    const before = alerts().length;
    // Another execution (a nightly rebuild, say) holds the script lock for the whole wait.
    emu.locks.state('script').holder = 999_999;
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    emu.locks.state('script').holder = null;
    expect(alerts().slice(before)).toEqual([expect.stringMatching(/^Một công việc khác đang chạy nên chưa làm được; sẽ tự chạy lại lúc \d\d:\d\d\.$/)]);
    expect(emu.triggers.find('retryJobs')).toHaveLength(1);
  });

  /** The reminders' and the rebuild's clock triggers fire while another execution holds the lock: both wait for a retry. */
  const twoJobsToRetry = () => {
    const office = officeAfterSetup();
    office.emu.locks.state('script').holder = 999_999;
    office.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    office.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    office.emu.locks.state('script').holder = null;
    return office;
  };

  it('several jobs retried run one an execution, the rebuild first: each has its own 6 minutes (review "limits" #4)', () => {
    const { emu } = twoJobsToRetry();
    const from = emu.runtime.executions.length;
    emu.triggers.runDueTimeTriggers(new Date(emu.clock.now() + 30 * 60_000));
    const runs = emu.runtime.executions.slice(from).filter((x) => x.label === 'retryJobs');
    expect(runs).toHaveLength(2);
    expect(runs.every((x) => !x.error)).toBe(true);
    // Which job each ran: the rebuild writes "Tổng hợp", the reminders do not.
    const summary = `:${emu.spreadsheets.sheet('Tổng hợp')!.id}`;
    const wroteSummary = (x: (typeof runs)[number]) => [...(x.tabsWritten ?? [])].some((t) => t.endsWith(summary));
    expect(runs.map(wroteSummary)).toEqual([true, false]);
    expect(emu.spreadsheets.values(HEALTH).slice(1).filter((r) => String(r[2]) === 'Lỗi')).toEqual([]);
    expect(emu.triggers.find('retryJobs')).toHaveLength(0);
  });

  it('the next job retried is set for a minute after the one before has ended, and past the end of any execution if that one dies (review diff24 #1)', () => {
    const { emu } = twoJobsToRetry();
    // The first retry (the rebuild) dies in the middle, as at Apps Script's 6 minutes.
    const due = emu.triggers.find('retryJobs')[0].clock!.nextAt;
    emu.clock.set(due);
    emu.runtime.killAtCall(30);
    emu.triggers.runDueTimeTriggers(new Date(due));
    emu.runtime.clearFaults();
    const died = emu.runtime.executions.filter((x) => x.label === 'retryJobs').pop()!;
    expect(died.error).toBeDefined();
    const next = emu.triggers.find('retryJobs').filter((t) => !t.clock!.fired);
    expect(next).toHaveLength(1);
    expect(next[0].clock!.nextAt - died.startedAt).toBeGreaterThanOrEqual(6 * 60_000);
    // The reminders still run then; and after a job that ends, the next is a minute later.
    emu.triggers.runDueTimeTriggers(new Date(emu.clock.now() + 8 * 60_000));
    expect(emu.runtime.executions.filter((x) => x.label === 'retryJobs').length).toBeGreaterThanOrEqual(2);
    expect(emu.triggers.find('retryJobs').filter((t) => !t.clock!.fired)).toEqual([]);
  });

  it('a retried job that finds the lock held again waits for the holder with the others: no retry a minute later', () => {
    const { emu } = twoJobsToRetry();
    const due = emu.triggers.find('retryJobs')[0].clock!.nextAt;
    emu.clock.set(due);
    emu.locks.state('script').holder = 999_999;
    emu.triggers.runDueTimeTriggers(new Date(due));
    emu.locks.state('script').holder = null;
    const next = emu.triggers.find('retryJobs').filter((t) => !t.clock!.fired);
    expect(next).toHaveLength(1);
    expect(next[0].clock!.nextAt - due).toBeGreaterThanOrEqual(9 * 60_000);
    expect(JSON.parse(emu.properties.script.get('jobs.retry')!).sort()).toEqual(['rebuildSummaries', 'sendReminders']);
  });
});
