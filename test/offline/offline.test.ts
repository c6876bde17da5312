// `npm start -- --workbook FILE.xlsx`: the pipeline on a workbook downloaded from the office Sheet. The fixtures are
// made here, in a temporary folder: a sample season run through the bundle and exported as npm start does, then
// damaged copies of it (edited with exceljs) for each way a workbook can fail to be one of ours.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator } from '../../emulator/index';
import { MARKER, MSG, OfflineError, parseArgs, parseToday, runOffline, type OfflineOptions } from '../../scripts/offline';
import { runSeason } from '../../scripts/season';
import { DIRECTORY_HEADERS } from '../../src/core/directory';
import { CONFIG_HEADERS, CRITERIA_HEADERS, RESULTS_HEADER, TAB, resultsVerdictSuperseded } from '../../src/core/messages';
import { defaultConfig } from '../../src/core/config';
import { EMAIL_HEADERS, Q, R, TIMESTAMP_HEADERS, buildRegistrationForm, formItems, gridHeader } from '../../src/core/registration-form';
import { makeSampleOffice } from '../../sample/office';
import { isGeneratedTab } from '../../src/core/summaries';
import { resultCounts } from '../../src/core/results-table';

let work: string;
let base: string;
let today: string;
/** Mã phiếu → Kết luận of the season's own "Kết quả kiểm tra" tab. */
let seasonVerdicts: Map<string, string>;
let seasonCounts: ReturnType<typeof resultCounts>;

function verdictMap(rows: unknown[][]): Map<string, string> {
  const col = rows[0].indexOf(RESULTS_HEADER[7]);
  const id = rows[0].indexOf(RESULTS_HEADER[0]);
  return new Map(rows.slice(1).map((r) => [String(r[id]), String(r[col])]));
}

async function resultVerdicts(xlsx: string): Promise<Map<string, string>> {
  const emu = createEmulator({ modelLatency: false });
  const file = await emu.spreadsheets.importXlsx(xlsx, 'kết quả');
  return verdictMap(file.sheetByName(TAB.results)!.values());
}

/** A copy of the base workbook, changed by `edit`. */
async function variant(name: string, edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(base);
  edit(wb);
  const path = join(work, `${name}.xlsx`);
  await wb.xlsx.writeFile(path);
  return path;
}

/** The per-school tabs of a workbook: those carrying the generated notice, other than Tổng hợp. */
async function tabsOfSchool(xlsx: string): Promise<string[]> {
  const emu = createEmulator({ modelLatency: false });
  const f = await emu.spreadsheets.importXlsx(xlsx, 'x');
  return f.sheets.filter((s) => s.name !== 'Tổng hợp' && isGeneratedTab(s.values().map((r) => r[0]))).map((s) => s.name);
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`fixture has no tab ${name}`);
  return ws;
}

function renameHeader(wb: ExcelJS.Workbook, tab: string, from: string, to: string): void {
  const row = sheet(wb, tab).getRow(1);
  let done = false;
  row.eachCell((cell) => {
    if (cell.value === from) {
      cell.value = to;
      done = true;
    }
  });
  if (!done) throw new Error(`fixture: no header ${from} in ${tab}`);
}

function removeTab(wb: ExcelJS.Workbook, tab: string): void {
  wb.removeWorksheet(sheet(wb, tab).id);
}

/** Every file under `dir` with a hash of its content (the state a failed run must leave unchanged). */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha1').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

function freshDir(name: string): string {
  const parent = mkdtempSync(join(work, `${name}-`));
  return join(parent, 'ket-qua');
}

function run(workbook: string, out: string, extra: Partial<OfflineOptions> = {}) {
  const lines: string[] = [];
  const promise = runOffline({ workbook, out, today, progress: 'none', log: (l) => lines.push(l), ...extra });
  return { lines, promise };
}

/** Runs and expects a refusal: returns its messages; checks nothing was left beside `out`. */
async function refused(workbook: string, out: string): Promise<string> {
  const parent = join(out, '..');
  const siblingsBefore = existsSync(parent) ? readdirSync(parent).sort() : [];
  const err = await run(workbook, out).promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(OfflineError);
  expect((err as OfflineError).exitCode).toBe(2);
  expect(existsSync(parent) ? readdirSync(parent).sort() : []).toEqual(siblingsBefore);
  return (err as OfflineError).messages.join('\n');
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'offline-'));
  // npm start's own output, smaller: the sample office's season through the bundle, exported as out/van-phong.xlsx.
  const season = runSeason({ schools: 10, registrations: 60, movingClockDays: 30 });
  base = join(work, 'van-phong.xlsx');
  await season.emu.spreadsheets.exportXlsx(base);
  const end = season.emu.clock.date();
  today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(end);
  seasonVerdicts = verdictMap(season.emu.spreadsheets.values(TAB.results));
  seasonCounts = resultCounts(season.emu.spreadsheets.values(TAB.results));
  seasonTidy = { deleted: season.deleted, nominees: season.nominees, proposed: proposedCodes(season.emu.spreadsheets.values('Đề nghị khen thưởng')), results: [...seasonVerdicts.keys()] };
});

/** The codes of the documents listed in the "Đề nghị khen thưởng" tab. */
function proposedCodes(values: unknown[][]): string[] {
  const header = values.findIndex((r) => r[0] === 'STT');
  const col = (values[header] as string[]).indexOf('Mã phiếu');
  return [...new Set(values.slice(header + 1).map((r) => String(r[col])).filter((c) => /^DK-/.test(c)))];
}

describe('the sample season', () => {
  it('office staff sort the response tab and delete a row after the council decided: the proposals are the council’s choice', () => {
    expect(seasonTidy.deleted).toMatch(/^DK-/);
    expect(seasonTidy.results).not.toContain(seasonTidy.deleted);
    expect(seasonTidy.nominees.length).toBeGreaterThan(5);
    expect(seasonTidy.proposed.sort()).toEqual(seasonTidy.nominees.slice().sort());
  });
});

let seasonTidy: { deleted: string | null; nominees: string[]; proposed: string[]; results: string[] };

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a workbook exported from npm start, fed back', () => {
  it('gives the same verdicts through the command line (npm start -- --workbook …), exit status 0', async () => {
    const out = freshDir('cli');
    const res = spawnSync('npx', ['tsx', 'scripts/start.ts', '--workbook', base, '--out', out, '--today', today], { encoding: 'utf8', env: { ...process.env, TZ: 'Asia/Ho_Chi_Minh' } });
    expect(res.stderr.replace(/npm warn[^\n]*\n/g, '')).toBe('');
    expect(res.status).toBe(0);
    expect(res.stdout).toContain('Cập nhật tổng hợp: xong');
    expect(res.stdout).toMatch(/Kết quả kiểm tra: \d+ phiếu — Đạt: \d+, Chưa đạt: \d+, Cần bổ sung: \d+; không tính \d+ phiếu cũ đã được đăng ký lại \(thay thế\)\./);
    expect(res.stdout).toContain('[1/'); // progress lines (not a TTY)
    expect(existsSync(join(out, MARKER))).toBe(true);
    const verdicts = await resultVerdicts(join(out, 'van-phong.xlsx'));
    expect(seasonVerdicts.size).toBeGreaterThan(50);
    // The three verdicts; a registration a later one replaced says so, with the verdict it had (review r70u M1).
    const plain = ['Đạt', 'Chưa đạt', 'Cần bổ sung'];
    expect(new Set([...seasonVerdicts.values()].filter((v) => plain.includes(v)))).toEqual(new Set(plain));
    expect([...seasonVerdicts.values()].filter((v) => !plain.includes(v) && !plain.some((p) => v === resultsVerdictSuperseded(p)))).toEqual([]);
    expect(verdicts).toEqual(seasonVerdicts);
  });

  it('runOffline reports counts by verdict, the tabs written and the files; a second run replaces its own folder', async () => {
    const out = freshDir('twice');
    const first = run(base, out);
    const r = await first.promise;
    expect(r.verdicts).toEqual(seasonVerdicts);
    // One count: the registrations in force, the replaced ones apart (as Tổng hợp, Tình trạng and the digest count).
    expect(r.counts).toEqual(seasonCounts.byVerdict);
    expect(r.superseded).toBe(seasonCounts.superseded);
    expect(r.superseded).toBeGreaterThan(0);
    expect([...r.counts.values()].reduce((a, b) => a + b, 0) + r.superseded).toBe(seasonVerdicts.size);
    expect(first.lines.join('\n')).toContain(`; không tính ${r.superseded} phiếu cũ đã được đăng ký lại (thay thế).`);
    expect(r.ran[0]).toBe('rebuildSummaries');
    expect(r.tabsWritten).toContain(TAB.health);
    expect(first.lines.join('\n')).toMatch(/Các trang công cụ đã ghi: .*Tình trạng.*\./);
    // The season's confirmations are in its outbox as sent: none goes again. Only the weekly digest of the run's
    // own day may be drafted (the season sends one only when its last day is the digest's weekday).
    expect(r.files.emails.filter((p) => !/Tong-hop-hang-tuan/.test(p))).toEqual([]);
    expect(r.files.emails.length).toBeLessThanOrEqual(1);
    // The season's council proposed nominees in "Thẩm định": the proposals are made here too, as .docx.
    expect(r.files.documents.length).toBeGreaterThan(0);
    expect(readdirSync(out).sort()).toEqual([MARKER, 'van-ban', 'van-phong.xlsx', ...(r.files.emails.length ? ['thu'] : [])].sort());

    const again = await run(base, out, { today: '2030-01-15' }).promise;
    expect(again.outDir).toBe(out);
    expect(readdirSync(join(out, '..'))).toEqual(['ket-qua']); // no temporary or old folder left
    expect(JSON.parse(readFileSync(join(out, MARKER), 'utf8')).today).toBe('2030-01-15T01:00:00.000Z');
  });

  it('runs without the optional tabs Cấu hình and Tiêu chí, says defaults apply, and writes them', async () => {
    const path = await variant('khong-cau-hinh', (wb) => {
      removeTab(wb, TAB.config);
      removeTab(wb, TAB.criteria);
    });
    const out = freshDir('defaults');
    const { lines, promise } = run(path, out);
    const r = await promise;
    expect(r.notes).toEqual(expect.arrayContaining([MSG.configAbsent('2021-2025'), MSG.criteriaAbsent()]));
    expect(lines.join('\n')).toContain(MSG.configAbsent('2021-2025'));
    expect(r.tabsWritten).toEqual(expect.arrayContaining([TAB.config, TAB.criteria]));
    const emu = createEmulator({ modelLatency: false });
    const back = await emu.spreadsheets.importXlsx(r.files.workbook);
    expect(back.sheetByName(TAB.config)!.values()[0]).toEqual([...CONFIG_HEADERS]);
    expect(r.verdicts.size).toBe(seasonVerdicts.size);
  });

  it('runs a workbook an office made by hand: only Đơn vị and Phiếu đăng ký, English Google headers; drafts the e-mails', async () => {
    const office = makeSampleOffice({ schools: 4, registrations: 12, seed: 3 });
    // The form of the period its registrations are for (the default period follows the clock: not this test's).
    const form = buildRegistrationForm(defaultConfig(new Date(), office.config.period), []);
    const headers: string[] = [TIMESTAMP_HEADERS[1], EMAIL_HEADERS[1]];
    const getters: ((a: Record<string, unknown>) => unknown)[] = [];
    for (const item of formItems(form)) {
      if (item.kind === 'grid') {
        for (const r of item.rows ?? []) {
          headers.push(gridHeader(item.title, r));
          getters.push((a) => (a[item.title] as Record<string, string> | undefined)?.[r] ?? '');
        }
      } else {
        headers.push(item.title);
        getters.push((a) => (Array.isArray(a[item.title]) ? (a[item.title] as string[]).join(', ') : (a[item.title] ?? '')));
      }
    }
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet(TAB.directory).addRows(office.directoryRows);
    const ws = wb.addWorksheet(TAB.registrations);
    ws.addRow(headers);
    const firsts = office.submissions.filter((x) => x.editOf === undefined);
    for (const x of firsts) ws.addRow([x.at, x.email, ...getters.map((g) => g(x.answers as Record<string, unknown>))]);
    const path = join(work, 'tu-lam.xlsx');
    await wb.xlsx.writeFile(path);

    const r = await run(path, freshDir('by-hand')).promise;
    expect(r.verdicts.size).toBe(firsts.length);
    expect([...r.counts.values()].reduce((a, b) => a + b, 0) + r.superseded).toBe(firsts.length);
    expect(r.notes).toEqual(expect.arrayContaining([MSG.configAbsent('2021-2025'), MSG.criteriaAbsent(), MSG.reportsAbsent()]));
    // Nothing was sent from this workbook before: one confirmation per registration, written as .eml.
    // (A file is named after the subject's start: the verdict, or "Không được xét" for one another replaces.)
    const confirmations = r.files.emails.filter((p) => /-(Dat|Chua-dat|Can-bo-sung)-Da-nhan-phieu|-Khong-duoc-xet-/.test(p));
    expect(confirmations.length).toBe(firsts.length);
    expect(readFileSync(confirmations[0], 'utf8')).toMatch(/^Subject: /m);
    // Written as .eml, not sent: "Hộp thư đi" says so, never "Đã gửi".
    const back = await createEmulator({ modelLatency: false }).spreadsheets.importXlsx(r.files.workbook, 'x');
    const statuses = back.sheetByName(TAB.outbox)!.values().slice(1).map((row) => row[5]);
    expect(statuses.filter((v) => v === 'Đã soạn (chưa gửi — chạy thử)')).toHaveLength(r.files.emails.length);
    expect(statuses).not.toContain('Đã gửi');
  });

  it('reads a tab whose name differs only in case or spaces, and says so', async () => {
    const path = await variant('ten-trang', (wb) => {
      sheet(wb, TAB.directory).name = ' đơn  VỊ ';
    });
    const r = await run(path, freshDir('loose')).promise;
    expect(r.notes).toContain(MSG.tabRenamed(' đơn  VỊ ', TAB.directory));
    expect(r.verdicts).toEqual(seasonVerdicts);
  });

  it('without --today judges on the date the workbook records (its last run), says so first, and gives the season verdicts', async () => {
    const lines: string[] = [];
    const r = await runOffline({ workbook: base, out: freshDir('no-today'), progress: 'none', log: (l) => lines.push(l) });
    expect(r.verdicts).toEqual(seasonVerdicts);
    expect(lines[0]).toBe(MSG.title(base));
    expect(lines[1]).toMatch(/^Ngày kiểm tra: \d{2}\/\d{2}\/\d{4} — ngày của lần chạy gần nhất ghi ở trang “Tình trạng”/);
    expect(lines[1]).toContain(today.split('-').reverse().join('/'));
    // A date fixed in Cấu hình wins over the last run; --today wins over both.
    const fixed = await variant('ngay-co-dinh', (wb) => {
      sheet(wb, TAB.config).eachRow((row) => {
        if (row.getCell(1).value === 'Ngày kiểm tra') row.getCell(2).value = '15/01/2030';
      });
    });
    const l2: string[] = [];
    const r2 = await runOffline({ workbook: fixed, out: freshDir('fixed-day'), progress: 'none', log: (l) => l2.push(l) });
    expect(l2[1]).toBe(MSG.date.config('15/01/2030'));
    expect(r2.verdicts).not.toEqual(seasonVerdicts); // years and deadlines have passed by 2030
    const l3: string[] = [];
    await runOffline({ workbook: fixed, out: freshDir('arg-day'), today, progress: 'none', log: (l) => l3.push(l) });
    expect(l3[1]).toBe(MSG.date.argument(today.split('-').reverse().join('/')));
    // The console names jobs as the menu does, never by their code names.
    expect(lines.join('\n')).toContain('Cập nhật tổng hợp: xong');
    expect(lines.join('\n')).not.toMatch(/rebuildSummaries|generateProposals|sendWeeklyDigest|sendReminders/);
  });

  it('a round trip (its output fed back, twice) keeps the same tabs and the same numbers, and leaves no stale tab', async () => {
    const tabsOf = async (xlsx: string) => {
      const emu = createEmulator({ modelLatency: false });
      const f = await emu.spreadsheets.importXlsx(xlsx, 'x');
      // The numbers, not the minute each round ran at: "Tổng hợp" states the time its numbers were read («Số liệu tính
      // đến 13:03 ngày …», «Dòng này được tính lại lúc 13:03 ngày …»), which each round's own clock sets.
      const summary = JSON.stringify(f.sheetByName('Tổng hợp')!.values()).replace(/\d{1,2}:\d{2} ngày/g, 'hh:mm ngày');
      return { names: f.sheets.map((s) => s.name).sort(), summary };
    };
    const once = await runOffline({ workbook: base, out: freshDir('round-1'), progress: 'none', log: () => {} });
    const twice = await runOffline({ workbook: once.files.workbook, out: freshDir('round-2'), progress: 'none', log: () => {} });
    const thrice = await runOffline({ workbook: twice.files.workbook, out: freshDir('round-3'), progress: 'none', log: () => {} });
    const [a, b, c] = await Promise.all([tabsOf(once.files.workbook), tabsOf(twice.files.workbook), tabsOf(thrice.files.workbook)]);
    expect(b.names).toEqual(a.names);
    expect(c.names).toEqual(a.names);
    expect(a.names.every((n) => Array.from(n).length <= 31)).toBe(true);
    expect(b.summary).toEqual(a.summary);
    expect(c.summary).toEqual(a.summary);
    expect(twice.verdicts).toEqual(seasonVerdicts);
    expect(thrice.verdicts).toEqual(seasonVerdicts);
  });

  it('a generated tab whose name an old download cut to 31 characters is recognised by its notice and replaced', async () => {
    const school = (await tabsOfSchool(base))[0];
    const cut = await variant('ten-cat', (wb) => {
      // The same tab under another name, as an older version's tab cut by an .xlsx download would be.
      const ws = sheet(wb, school);
      const copy = wb.addWorksheet('Trường cũ bị cắt tên ở 31 ký t');
      ws.eachRow((row, i) => copy.getRow(i).values = row.values as ExcelJS.CellValue[]);
    });
    const r = await runOffline({ workbook: cut, out: freshDir('cut'), today, progress: 'none', log: () => {} });
    const emu = createEmulator({ modelLatency: false });
    const f = await emu.spreadsheets.importXlsx(r.files.workbook, 'x');
    expect(f.sheetByName('Trường cũ bị cắt tên ở 31 ký t')).toBeUndefined();
    expect(f.sheetByName(school)).toBeDefined();
  });

  it('keeps the earlier Tình trạng, writes its data problems to Nhật ký lỗi, and marks the e-mails it only drafted', async () => {
    const bad = await variant('ngay-chu', (wb) => {
      sheet(wb, TAB.config).eachRow((row) => {
        if (row.getCell(1).value === 'Ngày kiểm tra') row.getCell(2).value = 'đầu tháng 7';
      });
    });
    const r = await runOffline({ workbook: bad, out: freshDir('problems'), today, progress: 'none', log: () => {} });
    const emu = createEmulator({ modelLatency: false });
    const f = await emu.spreadsheets.importXlsx(r.files.workbook, 'x');
    const log = f.sheetByName(TAB.log)!.values();
    expect(log.some((row) => String(row[2]).includes('đầu tháng 7'))).toBe(true);
    const health = f.sheetByName(TAB.health)!.values();
    const rebuild = health.find((row) => row[0] === 'Cập nhật tổng hợp')!;
    expect(rebuild[2]).toBe('Xong, có vấn đề dữ liệu');
    expect(String(rebuild[3])).toContain('chạy thử trên máy');
    // The season's own runs stay listed: the form-submit job never runs offline, yet keeps its last run.
    const submit = health.find((row) => row[0] === 'Kiểm tra khi có phiếu mới')!;
    expect(submit[1]).not.toBe('Chưa chạy lần nào');
    // E-mails written as .eml are not "Đã gửi".
    const before = new Map((await createEmulator({ modelLatency: false }).spreadsheets.importXlsx(base, 'b')).sheetByName(TAB.outbox)!.values().map((row) => [String(row[0]), String(row[5])]));
    const outbox = f.sheetByName(TAB.outbox)!.values();
    expect(outbox.filter((row) => row[5] === 'Đã soạn (chưa gửi — chạy thử)')).toHaveLength(r.files.emails.length);
    for (const row of outbox.slice(1)) if (row[5] === 'Đã gửi') expect(before.get(String(row[0]))).toBe('Đã gửi');
  });
});

describe('a workbook that is not one of ours is refused: a message naming the tab and the column, nothing written', () => {
  it('the command line exits non-zero on a corrupt file and creates no folder', async () => {
    const path = join(work, 'hong-cli.xlsx');
    writeFileSync(path, readFileSync(base).subarray(0, 3000));
    const out = freshDir('cli-bad');
    const res = spawnSync('npx', ['tsx', 'scripts/start.ts', '--workbook', path, '--out', out], { encoding: 'utf8' });
    expect(res.status).toBe(2);
    expect(res.stderr).toContain(`Tệp “${path}” bị hỏng`);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(join(out, '..'))).toEqual([]);
  });

  it('not an .xlsx (a CSV, even named .xlsx)', async () => {
    const csv = join(work, 'danh-sach.csv');
    writeFileSync(csv, 'Mã đơn vị,Tên đơn vị,Email\nMN01,Trường Mầm non A,a@x.vn\n');
    const named = join(work, 'danh-sach.xlsx');
    writeFileSync(named, readFileSync(csv));
    const out = freshDir('csv');
    expect(await refused(csv, out)).toBe(MSG.notXlsx(csv));
    expect(await refused(named, out)).toBe(MSG.notXlsx(named));
    expect(existsSync(out)).toBe(false);
  });

  it('a corrupt zip', async () => {
    const path = join(work, 'hong.xlsx');
    writeFileSync(path, readFileSync(base).subarray(0, 5000));
    const msg = await refused(path, freshDir('zip'));
    expect(msg).toMatch(/^Tệp “.*hong\.xlsx” bị hỏng hoặc không đọc được như một bảng tính Excel \(\.xlsx\)/);
  });

  it('no "Đơn vị" tab', async () => {
    const path = await variant('thieu-don-vi', (wb) => removeTab(wb, TAB.directory));
    const msg = await refused(path, freshDir('no-dir'));
    expect(msg).toContain('Bảng tính không có trang tính “Đơn vị”.');
    expect(msg).toContain('docs/workbook.md');
  });

  it('no "Phiếu đăng ký" tab (and a hint when Google\'s own name is there)', async () => {
    const path = await variant('thieu-phieu', (wb) => removeTab(wb, TAB.registrations));
    expect(await refused(path, freshDir('no-resp'))).toContain('Bảng tính không có trang tính “Phiếu đăng ký”.');
    const google = await variant('ten-google', (wb) => {
      sheet(wb, TAB.registrations).name = 'Câu trả lời biểu mẫu 1';
    });
    expect(await refused(google, freshDir('google'))).toContain(MSG.renameDefaultTab(TAB.registrations, 'Câu trả lời biểu mẫu 1'));
  });

  it('a renamed header in "Đơn vị"', async () => {
    const path = await variant('cot-don-vi', (wb) => renameHeader(wb, TAB.directory, DIRECTORY_HEADERS.email, 'Thư điện tử'));
    const msg = await refused(path, freshDir('h-dir'));
    expect(msg).toContain('Trang tính “Đơn vị”: thiếu cột “Email” ở dòng tiêu đề (dòng 1).');
    expect(msg).toContain(MSG.refused(1));
  });

  it('a renamed header in "Phiếu đăng ký" (a question, and the time stamp)', async () => {
    const path = await variant('cot-phieu', (wb) => {
      renameHeader(wb, TAB.registrations, Q.kind, 'Đối tượng');
      renameHeader(wb, TAB.registrations, TIMESTAMP_HEADERS[0], 'Thời gian');
    });
    const msg = await refused(path, freshDir('h-resp'));
    expect(msg).toContain(`Trang tính “Phiếu đăng ký”: không tìm thấy cột “${Q.kind}”.`);
    expect(msg).toContain('Trang tính “Phiếu đăng ký”: không tìm thấy cột “Dấu thời gian”.');
    expect(msg).toContain(MSG.refused(2));
  });

  it('a renamed header in "Phiếu báo cáo", "Cấu hình" and "Tiêu chí"', async () => {
    const reports = await variant('cot-bao-cao', (wb) => renameHeader(wb, TAB.reports, R.period, 'Kỳ'));
    expect(await refused(reports, freshDir('h-rep'))).toContain(`Trang tính “Phiếu báo cáo”: không tìm thấy cột “${R.period}”.`);
    const config = await variant('cot-cau-hinh', (wb) => renameHeader(wb, TAB.config, CONFIG_HEADERS[0], 'Tên khóa'));
    expect(await refused(config, freshDir('h-cfg'))).toContain('Trang tính “Cấu hình”: dòng 1 phải có tiêu đề “Mục” | “Giá trị” | “Giải thích”.');
    const criteria = await variant('cot-tieu-chi', (wb) => renameHeader(wb, TAB.criteria, CRITERIA_HEADERS[4], 'Bắt buộc?'));
    expect(await refused(criteria, freshDir('h-crit'))).toContain('Trang tính “Tiêu chí”: thiếu cột “Bắt buộc” ở dòng tiêu đề (dòng 1).');
  });

  it('a past period’s workbook without "Cấu hình", run once the period is over: refused, saying to run it with --today in its period, which then works (review r72u)', async () => {
    const path = await variant('giai-doan-truoc', (wb) => removeTab(wb, TAB.config));
    const out = freshDir('past-period');
    const err = await run(path, out, { today: parseToday('2027-03-01') }).promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(OfflineError);
    const msg = (err as OfflineError).messages.join('\n');
    expect(msg).toContain(MSG.otherPeriod('2026-2030', '2021–2025', '2025-12-31'));
    const r = await run(path, out, { today: parseToday('2025-12-31') }).promise;
    expect(r.notes).toContain(MSG.configAbsent('2021-2025'));
    expect(r.verdicts.size).toBeGreaterThan(0);
  });

  /** A refusal of `path` judged on `today`: its messages. */
  async function refusedOn(path: string, today: string): Promise<string> {
    const err = await run(path, freshDir(`refused-${today}`), { today: parseToday(today) }).promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(OfflineError);
    return (err as OfflineError).messages.join('\n');
  }

  it('a past period’s file without "Cấu hình" that also has a header typo ("Emaill") is told both at once: the period hint does not take the header hint’s place (review d72)', async () => {
    const typo = await variant('giai-doan-truoc-sai-tieu-de', (wb) => {
      removeTab(wb, TAB.config);
      renameHeader(wb, TAB.directory, DIRECTORY_HEADERS.email, 'Emaill');
    });
    const after = await refusedOn(typo, '2027-03-01');
    expect(after).toContain('Trang tính “Đơn vị”: thiếu cột “Email” ở dòng tiêu đề (dòng 1).');
    expect(after).toContain('--today 2025-12-31');
    expect(after).toContain(MSG.headerHint);
    // Run as the hint says: refused for the header alone, which the first refusal named too.
    expect(await refusedOn(typo, '2025-12-31')).toContain(MSG.headerHint);
  });

  it('a past period’s file with one stray column of the new period ("… [Năm 2026]") is still told it is of another period (review d72)', async () => {
    const stray = await variant('giai-doan-truoc-cot-2026', (wb) => {
      removeTab(wb, TAB.config);
      const row = sheet(wb, TAB.registrations).getRow(1);
      row.getCell(row.cellCount + 1).value = 'Xếp loại công đoàn hằng năm (nếu có) [Năm 2026]';
    });
    expect(await refusedOn(stray, '2027-03-01')).toContain('--today 2025-12-31');
  });

  it('an empty "Phiếu đăng ký": only its header row, or nothing at all', async () => {
    const headerOnly = await variant('chi-tieu-de', (wb) => {
      const header = sheet(wb, TAB.registrations).getRow(1).values as ExcelJS.CellValue[];
      removeTab(wb, TAB.registrations);
      wb.addWorksheet(TAB.registrations).getRow(1).values = header;
    });
    expect(await refused(headerOnly, freshDir('empty1'))).toContain(MSG.responsesHeaderOnly(TAB.registrations));
    const nothing = await variant('trong', (wb) => {
      removeTab(wb, TAB.registrations);
      wb.addWorksheet(TAB.registrations);
    });
    expect(await refused(nothing, freshDir('empty2'))).toContain('Trang tính “Phiếu đăng ký” chưa có dòng tiêu đề.');
  });

  it('an existing result folder is left exactly as it was when a run is refused', async () => {
    const out = freshDir('keep');
    await run(base, out).promise;
    const before = tree(out);
    const path = await variant('cot-don-vi-2', (wb) => renameHeader(wb, TAB.directory, DIRECTORY_HEADERS.name, 'Tên trường'));
    expect(await refused(path, out)).toContain('thiếu cột “Tên đơn vị”');
    expect(tree(out)).toEqual(before);
  });

  it('a folder the tool did not make is never replaced', async () => {
    const out = freshDir('theirs');
    mkdirSync(out);
    writeFileSync(join(out, 'bao-cao-cua-phong.docx'), 'x');
    expect(await refused(base, out)).toBe(MSG.outNotOurs(out));
    expect(readdirSync(out)).toEqual(['bao-cao-cua-phong.docx']);
  });
});

describe('arguments', () => {
  it('parses --workbook, --out, --today (also name=value); refuses the rest', () => {
    expect(parseArgs([])).toEqual({});
    expect(parseArgs(['--workbook', 'a.xlsx', '--out=kq', '--today', '2024-06-28'])).toEqual({ workbook: 'a.xlsx', out: 'kq', today: '2024-06-28' });
    expect(() => parseArgs(['--workbok', 'a.xlsx'])).toThrow(MSG.unknownArg('--workbok'));
    expect(() => parseArgs(['--workbook'])).toThrow(MSG.missingValue('--workbook'));
    expect(() => parseArgs(['--out', 'kq'])).toThrow(MSG.optionWithoutWorkbook('--out'));
  });

  it('--today is a calendar date, 08:00 in Vietnam', () => {
    expect(parseToday('2024-06-28').toISOString()).toBe('2024-06-28T01:00:00.000Z');
    expect(() => parseToday('28/06/2024')).toThrow(MSG.badToday('28/06/2024'));
    expect(() => parseToday('2024-02-30')).toThrow(OfflineError);
  });
});
