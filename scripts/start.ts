// npm start: a whole registration season of the built-in sample office, offline, through the real bundle.
// Writes out/van-phong.xlsx (the office Sheet), out/thu/*.eml (every e-mail sent) and out/van-ban/*.docx (the award
// proposals and their templates), then says what happened.
// With --workbook FILE.xlsx [--out DIR] [--today YYYY-MM-DD]: the pipeline on that workbook instead (offline.ts).
// --sample 2021-2025: the seed's district office of the plan instead of the current one (sample/profiles.ts).
// --out DIR (with or without --sample): the sample's files go there instead of out/, so that a second sample does not
// overwrite the first (review docs L7).
process.env.TZ = 'Asia/Ho_Chi_Minh';

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MARKER, MSG, OfflineError, checkOutDir, offlineMain, parseArgs, userPath } from './offline';
import { resultCounts } from '../src/core/results-table';
import { exportDocuments } from './documents';
import { runSeason } from './season';
import type { Emulator } from '../emulator/index';
import { VIEW_LINK_HEADER, VIEW_TAB } from '../src/core/messages';
import { CURRENT_SAMPLE, SAMPLE_IDS, sampleProfile, type SampleId } from '../sample/profiles';

/** Each school's view (from the "Đơn vị" link column), exported as .xlsx, with who may open it. */
async function exportViews(emu: Emulator, dir: string): Promise<{ school: string; url: string; viewers: string[] }[]> {
  const rows = emu.spreadsheets.values('Đơn vị');
  const col = rows[0].indexOf(VIEW_LINK_HEADER);
  if (col < 0) return [];
  mkdirSync(dir, { recursive: true });
  const out: { school: string; url: string; viewers: string[] }[] = [];
  const seen = new Set<string>();
  for (const r of rows.slice(1)) {
    const url = String(r[col]);
    const id = /\/d\/([^/]+)/.exec(url)?.[1];
    if (!id || seen.has(id) || !emu.spreadsheets.sheet(VIEW_TAB, id)) continue;
    seen.add(id);
    await emu.spreadsheets.exportXlsx(`${dir}/${String(r[0]).replace(/[^\w.-]+/g, '_')}.xlsx`, id);
    out.push({ school: String(r[1]), url, viewers: [...(emu.sharing.acl(id)?.viewers ?? [])] });
  }
  return out;
}

const OUT = 'out';
/** Written into a sample's output folder: a later run may replace a folder holding it (or the workbook run's MARKER). */
export const SAMPLE_MARKER = '.dien-hinh-tien-tien-sample.json';

/**
 * `--out DIR` (or `--out=DIR`) of a sample run, taken out of the arguments; the rest go to parseArgs. A run on a
 * workbook (--workbook among them) is left to parseArgs whole, as before.
 */
export function takeSampleOut(argv: readonly string[]): { out: string | undefined; rest: string[] } {
  if (argv.some((a) => a === '--workbook' || a.startsWith('--workbook='))) return { out: undefined, rest: [...argv] };
  const rest: string[] = [];
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a !== '--out' && !a.startsWith('--out=')) {
      rest.push(a);
      continue;
    }
    const value = a === '--out' ? argv[++i] : a.slice('--out='.length);
    if (value === undefined || value === '' || (a === '--out' && value.startsWith('--'))) throw new OfflineError([MSG.missingValue('--out')]);
    out = value;
  }
  return { out, rest };
}

/**
 * A folder given with --out is emptied before the sample is written: never one that holds the current folder, the
 * home folder, the project or the root; a folder with files is replaced only when a sample or workbook run made it
 * (offline.ts checkOutDir). Throws OfflineError (nothing written).
 */
export function checkSampleOut(dir: string, cwd?: string): void {
  checkOutDir(dir, null, [SAMPLE_MARKER, MARKER], cwd);
}

function bar(done: number, total: number): void {
  if (!process.stdout.isTTY) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stdout.write(`\r  Phiếu gửi đến: [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  if (done === total) process.stdout.write('\n');
}

/** `--sample ID` (or `--sample=ID`) taken out of the arguments; the rest go to parseArgs. */
export function takeSample(argv: readonly string[]): { sample: SampleId; rest: string[] } {
  const rest: string[] = [];
  let sample: string = CURRENT_SAMPLE;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--sample') sample = argv[++i] ?? '';
    else if (argv[i].startsWith('--sample=')) sample = argv[i].slice('--sample='.length);
    else rest.push(argv[i]);
  }
  if (!(SAMPLE_IDS as readonly string[]).includes(sample)) {
    throw new OfflineError([`Không có dữ liệu mẫu “${sample}”. Chọn một trong: ${SAMPLE_IDS.join(', ')} (mặc định ${CURRENT_SAMPLE}).`]);
  }
  return { sample: sample as SampleId, rest };
}

async function main(sample: SampleId, outDir: string): Promise<void> {
  console.log('Chạy thử một mùa đăng ký trên dữ liệu mẫu (giả lập Google, không cần tài khoản)…');
  console.log(`Cơ quan mẫu: ${sampleProfile(sample).description}.`);
  const season = runSeason({ onProgress: bar, schoolViews: true, sample });
  const { emu, office } = season;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(`${outDir}/thu`, { recursive: true });
  writeFileSync(join(outDir, SAMPLE_MARKER), JSON.stringify({ tool: 'dien-hinh-tien-tien sample', sample }, null, 2) + '\n');
  await emu.spreadsheets.exportXlsx(`${outDir}/van-phong.xlsx`);
  const emls = await emu.mail.exportEml(`${outDir}/thu`);
  const docs = await exportDocuments(emu, `${outDir}/van-ban`);
  const views = await exportViews(emu, `${outDir}/trang-truong`);

  const tally = resultCounts(emu.spreadsheets.values('Kết quả kiểm tra'));

  console.log('');
  console.log(`Đơn vị: ${office.directoryRows.length - 1} trường; phiếu gửi: ${office.submissions.length} (kể cả phiếu sửa lại).`);
  console.log(MSG.verdicts(tally.inForce, [...tally.byVerdict], tally.superseded));
  console.log(`Thư đã gửi: ${emu.mail.sent.length}.`);
  console.log(`Hội đồng đề nghị khen ${season.nominees.length} phiếu; văn bản đã tạo (kể cả mẫu): ${docs.length}.`);
  if (season.deleted) {
    console.log(`Sau khi Hội đồng quyết định, cán bộ thường trực sắp xếp lại trang Phiếu đăng ký và xóa dòng của phiếu ${season.deleted}: mã phiếu và quyết định không dịch chuyển (xem trang Thẩm định).`);
  }
  console.log('');
  console.log('Các lần chạy của công cụ (số lần gọi dịch vụ Google, thời gian ước tính):');
  for (const [name, e] of season.entryPoints) {
    console.log(`  ${name.padEnd(18)} ${String(e.runs).padStart(4)} lần, ${String(e.calls).padStart(6)} lệnh gọi, ${(e.modelledMs / 1000).toFixed(1).padStart(7)} giây${e.failed ? `, ${e.failed} lần lỗi` : ''}`);
  }
  console.log('');
  console.log('Xem kết quả:');
  const tabs = emu.spreadsheets.sheetNames();
  const schoolTabs = tabs.filter((t) => t.startsWith('Trường '));
  const others = tabs.filter((t) => !t.startsWith('Trường '));
  console.log(`  ${outDir}/van-phong.xlsx   bảng tính của cơ quan: ${others.join(', ')} và ${schoolTabs.length} trang của từng trường`);
  console.log(`  ${outDir}/thu/             ${emls.length} thư (.eml)`);
  console.log(`  ${outDir}/van-ban/         ${docs.length} văn bản (.docx): tờ trình và danh sách theo từng hình thức khen thưởng, báo cáo thành tích, biên bản họp Hội đồng, dự thảo quyết định, và các mẫu`);
  console.log(`  ${outDir}/trang-truong/    ${views.length} trang theo dõi riêng của các trường (.xlsx), mỗi trang chỉ chia sẻ (quyền xem) với e-mail của trường đó`);
  console.log('');
  console.log(`Đường dẫn trang theo dõi của từng trường (cột “${VIEW_LINK_HEADER}” ở trang Đơn vị), ví dụ:`);
  for (const v of views.slice(0, 3)) console.log(`  ${v.school}: ${v.url} — xem được: ${v.viewers.join(', ') || '(chưa chia sẻ)'}`);
  if (views.length > 3) console.log(`  … và ${views.length - 3} trường khác.`);
}

function run(): void {
  let args: ReturnType<typeof parseArgs> = {};
  let sample: SampleId = CURRENT_SAMPLE;
  let out = OUT;
  try {
    const taken = takeSample(process.argv.slice(2));
    sample = taken.sample;
    const sampleOut = takeSampleOut(taken.rest);
    args = parseArgs(sampleOut.rest);
    if (sampleOut.out !== undefined) {
      out = userPath(sampleOut.out);
      checkSampleOut(out);
    }
  } catch (err) {
    for (const m of err instanceof OfflineError ? err.messages : [String(err)]) console.error(m);
    process.exit(2);
  }
  if (args.workbook) {
    offlineMain(args).then((status) => process.exit(status));
  } else {
    main(sample, out).catch((err) => {
      console.error(err);
      process.exit(1);
    });
  }
}

// Run as the command (npm start); imported (its tests), nothing runs.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) run();
