// npm run doctor: the requests it makes, and its report from recorded responses shaped as the Apps Script API
// reference documents Project, ListScriptProcessesResponse (Process), Metrics (MetricsValue), and as the Sheets API
// documents BatchGetValuesResponse; Google's error bodies become a line that says what to do.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { script_v1, sheets_v4 } from 'googleapis';
import { explainApiError } from '../../scripts/live/command';
import { SCOPES } from '../../scripts/live/doctor';
import { allProcesses, formatTime, jobLabel, healthReport, metricsRequest, processesRequest, statusRequest } from '../../scripts/live/health';
import { LIVE_MSG } from '../../scripts/live/messages';
import { PERIOD_END, PERIOD_END_LABEL } from '../../src/core/messages';

const api = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'script-api.json'), 'utf8')) as Record<string, any>;
const sheet = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'sheets.values.batchGet.json'), 'utf8')) as sheets_v4.Schema$BatchGetValuesResponse;
const NOW = new Date('2026-12-01T03:00:00Z'); // 10:00 in Vietnam
const SCRIPT = api['projects.get'].scriptId as string;
const M = LIVE_MSG.doctor;

async function recordedProcesses(): Promise<{ processes: script_v1.Schema$GoogleAppsScriptTypeProcess[]; requests: script_v1.Params$Resource$Processes$Listscriptprocesses[] }> {
  const requests: script_v1.Params$Resource$Processes$Listscriptprocesses[] = [];
  const pages: Record<string, script_v1.Schema$ListScriptProcessesResponse> = { '': api['processes.listScriptProcesses#1'], 'page-2': api['processes.listScriptProcesses#2'] };
  const processes = await allProcesses(async (req) => {
    requests.push(req);
    return pages[req.pageToken ?? ''];
  }, SCRIPT, NOW, 7);
  return { processes, requests };
}

describe('doctor: requests', () => {
  it('lists the project’s runs of the last N days, page after page', async () => {
    const { processes, requests } = await recordedProcesses();
    expect(requests).toEqual([
      { scriptId: SCRIPT, pageSize: 200, 'scriptProcessFilter.startTime': '2026-11-24T03:00:00.000Z' },
      { scriptId: SCRIPT, pageSize: 200, 'scriptProcessFilter.startTime': '2026-11-24T03:00:00.000Z', pageToken: 'page-2' },
    ]);
    expect(processes).toHaveLength(6);
    expect(processesRequest(SCRIPT, NOW, 1)['scriptProcessFilter.startTime']).toBe('2026-11-30T03:00:00.000Z');
  });

  it('daily metrics; the Sheet’s two health tabs by quoted name', () => {
    expect(metricsRequest(SCRIPT)).toEqual({ scriptId: SCRIPT, metricsGranularity: 'DAILY' });
    expect(statusRequest('1AbC')).toEqual({ spreadsheetId: '1AbC', ranges: ["'Tình trạng'", "'Nhật ký lỗi'"], valueRenderOption: 'FORMATTED_VALUE' });
  });
});

describe('doctor: the report', () => {
  it('names the project and its spreadsheet, each job’s last run, late schedules and failed runs', async () => {
    const { processes } = await recordedProcesses();
    const { lines, problems } = healthReport({ now: NOW, days: 7, project: api['projects.get'], processes, metrics: api['projects.getMetrics'], sheet, skipped: [] });
    expect(lines[0]).toBe(M.title('Điển hình tiên tiến', SCRIPT));
    expect(lines).toContain('  Gắn với bảng tính: https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdEf/edit');
    expect(lines).toContain('  Sửa mã lần cuối: 20/11/2026 10:15 bởi tinhoc@phonggd.example.vn');
    expect(lines).toContain(M.runsTitle(7, 6));
    expect(lines).toContain(`  ${jobLabel('rebuildSummaries')} (rebuildSummaries): lần gần nhất 01/12/2026 06:05 — xong; 1 lần chạy, không lỗi.`);
    expect(lines).toContain(`  ${jobLabel('onFormSubmit')} (onFormSubmit): lần gần nhất 30/11/2026 15:12 — LỖI; 2 lần chạy, 1 lần lỗi.`);
    // sendReminders last ran on 27/11 (more than 36 hours before): its clock trigger may be gone.
    expect(lines).toContain(M.stale(jobLabel('sendReminders'), 36));
    expect(lines.filter((l) => l.includes('⚠'))).toHaveLength(1);
    expect(lines).toContain(M.failuresTitle);
    expect(lines).toContain(`  30/11/2026 15:12 — ${jobLabel('onFormSubmit')}: LỖI (khi có sự kiện)`);
    expect(lines).toContain(`  27/11/2026 07:10 — ${jobLabel('sendReminders')}: QUÁ THỜI GIAN (6 phút) (theo lịch)`);
    expect(lines).toContain('  30/11/2026: 9 lần chạy, 1 lần lỗi, 2 người dùng');
    expect(lines).toContain('  29/11/2026: 14 lần chạy, 0 lần lỗi, 1 người dùng');
    expect(lines).toContain('  Công việc: Gửi thư nhắc hạn · Lần chạy gần nhất: 27/11/2026 07:10 · Kết quả: Lỗi');
    expect(lines).toContain('  Thời điểm: 27/11/2026 07:16 · Công việc: Gửi thư nhắc hạn · Lỗi: Exceeded maximum execution time');
    expect(problems).toBe(3);
    expect(lines.at(-1)).toBe(M.problems(3));
    for (const l of lines) expect(l.normalize('NFC')).toBe(l);
  });

  it('a job that never ran on its schedule in the window is reported; a healthy project says so', () => {
    const ok = (fn: string, iso: string) => ({ functionName: fn, processType: 'TIME_DRIVEN', processStatus: 'COMPLETED', startTime: iso });
    const daily = [ok('rebuildSummaries', '2026-11-30T23:00:00Z'), ok('sendReminders', '2026-12-01T00:00:00Z')];
    const missing = healthReport({ now: NOW, days: 14, processes: daily, skipped: [] });
    expect(missing.lines).toContain(M.never(jobLabel('sendWeeklyDigest')));
    expect(missing.problems).toBe(1);
    // Over 7 days a weekly job that has not run yet is not late (its period is a week, late after 1.5).
    const healthy = healthReport({ now: NOW, days: 7, processes: daily, skipped: [] });
    expect(healthy.problems).toBe(0);
    expect(healthy.lines.at(-1)).toBe(M.healthy);
  });

  it('what could not be read is said, and counts', () => {
    const r = healthReport({ now: NOW, days: 7, project: api['projects.get'], skipped: [M.skipped(M.what.processes, 'thiếu quyền')] });
    expect(r.lines).toContain('(Bỏ qua đọc các lần chạy: thiếu quyền)');
    expect(r.problems).toBe(1);
  });

  it('times are shown in Vietnam', () => {
    expect(formatTime('2026-11-30T17:30:00Z')).toBe('01/12/2026 00:30');
  });
});

describe('Google’s errors, as what to do', () => {
  const call = { what: M.what.processes, scope: SCOPES.processes, thing: M.thing, id: SCRIPT };
  const gaxios = (status: number, data: unknown) => Object.assign(new Error('Request failed'), { response: { status, data } });

  it('a missing scope names the scope and the login that adds it', () => {
    expect(explainApiError(gaxios(403, api['error#scope']), call, 'default')).toBe(
      'Lần đăng nhập của clasp chưa cho phép đọc các lần chạy. Hãy chạy “npx clasp login --extra-scopes https://www.googleapis.com/auth/script.processes” rồi chạy lại lệnh này.',
    );
    expect(explainApiError(gaxios(403, api['error#scope']), call, 'phong')).toContain('npx clasp login --user phong --extra-scopes');
  });

  it('a disabled API, a missing project, an expired login, no network', () => {
    expect(explainApiError(gaxios(403, api['error#disabled']), call, 'default')).toBe(LIVE_MSG.api.apiDisabled(api['error#disabled'].error.message));
    expect(explainApiError(gaxios(404, api['error#notFound']), call, 'default')).toBe(LIVE_MSG.api.notFound(M.thing, SCRIPT));
    expect(explainApiError(gaxios(400, { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' }), call, 'default')).toBe(LIVE_MSG.api.unauthorized('default'));
    expect(explainApiError(gaxios(401, { error: { code: 401, status: 'UNAUTHENTICATED', message: 'Invalid Credentials' } }), call, 'default')).toBe(LIVE_MSG.api.unauthorized('default'));
    expect(explainApiError(Object.assign(new Error('getaddrinfo ENOTFOUND script.googleapis.com'), { code: 'ENOTFOUND' }), call, 'default')).toBe(LIVE_MSG.api.network('ENOTFOUND'));
    expect(explainApiError(gaxios(500, { error: { code: 500, message: 'Internal error encountered.' } }), call, 'default')).toBe(LIVE_MSG.api.other(M.what.processes, 'Internal error encountered.'));
  });
});

describe('doctor: a period ended from the menu', () => {
  it('no scheduled job is reported late: the office stopped them on purpose, as its "Tình trạng" says', () => {
    const ok = (fn: string, iso: string) => ({ functionName: fn, processType: 'TIME_DRIVEN', processStatus: 'COMPLETED', startTime: iso });
    // The last nightly runs were a month before.
    const old = [ok('rebuildSummaries', '2026-11-01T23:00:00Z'), ok('sendReminders', '2026-11-02T00:00:00Z')];
    const line = PERIOD_END.line('2021-2025', new Date('2026-11-02T02:00:00Z'), '01/07/2024 08:00:00', 'hai biểu mẫu không nhận phiếu');
    const status = (detail: string): sheets_v4.Schema$BatchGetValuesResponse => ({
      valueRanges: [{ values: [['Công việc', 'Lần chạy gần nhất', 'Kết quả', 'Chi tiết', 'Lịch chạy'], [PERIOD_END_LABEL, '02/11/2026 09:00:00', 'Thành công', detail, '']] }, { values: [] }],
    });
    const ended = healthReport({ now: NOW, days: 30, processes: old, sheet: status(line), skipped: [] });
    expect(ended.lines.filter((l) => l.includes('⚠'))).toEqual([]);
    expect(ended.lines).toContain(M.ended(line));
    expect(ended.problems).toBe(0);
    // Reopened by Thiết lập: late again means lost again.
    const reopened = healthReport({ now: NOW, days: 30, processes: old, sheet: status(PERIOD_END.reopenedLine('2021-2025', new Date('2026-11-02T02:00:00Z'), new Date('2026-11-03T02:00:00Z'))), skipped: [] });
    expect(reopened.lines).toContain(M.stale(jobLabel('rebuildSummaries'), 36));
    expect(reopened.problems).toBeGreaterThan(0);
  });
});
