// npm start -- --workbook FILE.xlsx [--out DIR] [--today YYYY-MM-DD]: the whole pipeline on a workbook downloaded
// from the office Sheet (Tệp → Tải xuống → Microsoft Excel), offline, through the built bundle in the emulation.
//
// 1. check the file and the output folder; import the workbook as the container spreadsheet of a fresh emulator;
// 2. check its tabs and headers with the core's own checks (nothing is run on a workbook that is not one of ours);
// 3. run the entry points the bundle has (rebuildSummaries, then generateProposals, sendWeeklyDigest,
//    sendReminders when present), skipping with a printed line one that cannot run on an imported workbook;
// 4. write the result workbook, the documents and the e-mails into a temporary folder next to DIR and rename it
//    into place only when everything succeeded.
process.env.TZ = 'Asia/Ho_Chi_Minh';

import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEmulator, type Emulator } from '../emulator/index';
import type { SpreadsheetModel } from '../emulator/spreadsheet';
import { configFromRows, defaultConfig, periodStartOf } from '../src/core/config';
import { criteriaFromRows } from '../src/core/criteria-tab';
import { DIRECTORY_HEADERS, parseDirectory } from '../src/core/directory';
import { evaluateAll } from '../src/core/evaluate';
import { supersededApart, HEALTH_DRY_RUN_NOTE, HEALTH_FAILED, HEALTH_HEADER, JOB_LABEL, MAIL_JOB_LABEL, OUTBOX_STATUS_DRY_RUN, PROPOSAL_JOB_LABEL, OUTBOX_HEADER, OUTBOX_STATUS, RESULTS_HEADER, TAB, responseErrorEmpty, responseNoteSharedHeader } from '../src/core/messages';
import { columnLetters, sharedColumns } from '../src/core/columns';
import { CONFIG_LABELS, DEFAULT_REPORT_TAB, DEFAULT_RESPONSE_TAB } from '../src/core/messages/validation';

const CONFIG_LABEL_TODAY = CONFIG_LABELS['today'];
import { matchKey, toText } from '../src/core/text';
import { resultCounts } from '../src/core/results-table';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_BUNDLE = join(ROOT, 'dist', 'Code.js');
export const DEFAULT_OUT = 'out-workbook';
/** Written into every folder this tool makes: an existing DIR is replaced only if it holds this file (or nothing). */
export const MARKER = '.dien-hinh-tien-tien-offline.json';
export const RESULT_WORKBOOK = 'van-phong.xlsx';
export const MAIL_DIR = 'thu';
export const DOCS_DIR = 'van-ban';
const TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** Pipeline entry points after rebuildSummaries, run only when the bundle has them. */
export const OPTIONAL_ENTRY_POINTS = ['generateProposals', 'sendWeeklyDigest', 'sendReminders'] as const;
/** Scheduled jobs run as a time trigger would run them; the others as from the menu. */
const TRIGGER_KIND: Record<string, 'menu' | 'timeTrigger'> = {
  rebuildSummaries: 'menu',
  generateProposals: 'menu',
  sendWeeklyDigest: 'timeTrigger',
  sendReminders: 'timeTrigger',
};

const q = (s: string) => `“${s}”`;
const DOC = 'docs/workbook.md';

/** Every sentence the command prints (Vietnamese, for office staff). */
export const MSG = {
  usage: 'Cách dùng: npm start -- --workbook TỆP.xlsx [--out THƯ_MỤC] [--today YYYY-MM-DD]',
  unknownArg: (a: string) => `Không hiểu tham số ${q(a)}.`,
  missingValue: (a: string) => `Tham số ${a} cần một giá trị.`,
  optionWithoutWorkbook: (a: string) => `Tham số ${a} chỉ dùng cùng với --workbook.`,
  badToday: (v: string) => `Ngày ${q(v)} ở --today không hợp lệ; hãy ghi theo dạng năm-tháng-ngày, ví dụ 2024-06-28.`,
  fileMissing: (p: string) => `Không tìm thấy tệp ${q(p)}.`,
  notAFile: (p: string) => `${q(p)} là một thư mục, không phải tệp Excel (.xlsx).`,
  notXlsx: (p: string) =>
    `Tệp ${q(p)} không phải là bảng tính Excel (.xlsx). Trong Google Trang tính, chọn Tệp → Tải xuống → Microsoft Excel (.xlsx), rồi chạy lại với tệp vừa tải.`,
  corrupt: (p: string, detail: string) =>
    `Tệp ${q(p)} bị hỏng hoặc không đọc được như một bảng tính Excel (.xlsx) (${detail}). Hãy tải lại tệp từ Google Trang tính (Tệp → Tải xuống → Microsoft Excel (.xlsx)).`,
  noBundle: (p: string) => `Chưa có mã đã đóng gói ${q(p)}: chạy npm run build (hoặc dùng npm start, lệnh này tự đóng gói).`,
  outIsFile: (p: string) => `${q(p)} đã có và là một tệp, không phải thư mục; hãy chọn thư mục kết quả khác ở --out.`,
  outNotOurs: (p: string) =>
    `Thư mục ${q(p)} đã có dữ liệu không do công cụ này tạo ra; công cụ không ghi đè lên đó. Hãy chọn thư mục khác ở --out (hoặc một thư mục trống).`,
  outUnsafe: (p: string) => `Không thể dùng ${q(p)} làm thư mục kết quả (thư mục này sẽ được thay mới toàn bộ); hãy chọn một thư mục riêng ở --out.`,
  outHoldsInput: (p: string, f: string) => `Thư mục kết quả ${q(p)} chứa tệp đầu vào ${q(f)}; hãy chọn thư mục kết quả khác ở --out.`,
  missingTab: (tab: string, have: string[]) =>
    `Bảng tính không có trang tính ${q(tab)}. Các trang có trong tệp: ${have.slice(0, 12).map(q).join(', ') || '(không có)'}${have.length > 12 ? ` và ${have.length - 12} trang khác` : ''}. Tên và các cột của từng trang: xem ${DOC}.`,
  renameDefaultTab: (tab: string, found: string) =>
    `Bảng tính không có trang tính ${q(tab)} nhưng có trang ${q(found)} (tên Google Biểu mẫu đặt sẵn): nếu đó là câu trả lời của biểu mẫu ${tab === TAB.registrations ? 'đăng ký' : 'báo cáo'}, hãy đổi tên trang thành ${q(tab)}.`,
  tabRenamed: (found: string, tab: string) => `Trang tính ${q(found)} được đọc là trang ${q(tab)}.`,
  configAbsent: (period: string) =>
    `Không có trang tính ${q(TAB.config)}: dùng cấu hình mặc định của giai đoạn ${period} (giai đoạn chứa ngày xét; các mốc thời gian theo Kế hoạch); bảng tính kết quả sẽ có trang này để cơ quan sửa.`,
  criteriaAbsent: () =>
    `Không có trang tính ${q(TAB.criteria)}: dùng danh mục tiêu chí mặc định của Kế hoạch; bảng tính kết quả sẽ có trang này.`,
  reportsAbsent: () => `Không có trang tính ${q(TAB.reports)}: coi như các trường chưa gửi báo cáo, kế hoạch nào.`,
  reportsHeaderOnly: () => `Trang tính ${q(TAB.reports)} chưa có báo cáo nào (chỉ có dòng tiêu đề).`,
  responsesHeaderOnly: (tab: string) =>
    `Trang tính ${q(tab)} chưa có phiếu nào: chỉ có dòng tiêu đề, không có câu trả lời từ dòng 2 trở đi. Hãy tải lại bảng tính sau khi các trường đã gửi phiếu.`,
  directoryNoSchool: (tab: string) =>
    `Trang tính ${q(tab)} chưa có trường nào: từ dòng 2 trở đi, mỗi dòng một trường (cột ${q(DIRECTORY_HEADERS.code)}, ${q(DIRECTORY_HEADERS.name)}, ${q(DIRECTORY_HEADERS.email)}…).`,
  headerHint: `Tên trang và tên cột phải giữ đúng như bảng tính của cơ quan (không phân biệt hoa thường, khoảng trắng); danh sách đầy đủ ở ${DOC}.`,
  otherPeriod: (period: string, years: string, today: string) =>
    `Phiếu có các cột của năm ${years}, ngoài giai đoạn ${period} mà công cụ dùng vì bảng tính không có trang ${q(TAB.config)} (giai đoạn chứa ngày xét). Nếu đây là bảng tính của giai đoạn trước, hãy chạy lại với --today là một ngày trong giai đoạn đó (ví dụ --today ${today}) hoặc chép trang ${q(TAB.config)} của bảng tính gốc vào tệp.`,
  refused: (n: number) => `Không chạy được trên bảng tính này (${n} vấn đề); chưa ghi tệp nào.`,
  title: (file: string) => `Chạy trên tệp Excel ${q(file)} (giả lập Google, không cần tài khoản)…`,
  /** The first lines after the title: which date the registrations are judged on, and why. */
  date: {
    argument: (day: string) => `Ngày kiểm tra: ${day} — theo tham số --today.`,
    config: (day: string) => `Ngày kiểm tra: ${day} — theo dòng ${q(CONFIG_LABEL_TODAY)} ở trang ${q(TAB.config)}.`,
    lastRun: (day: string, at: string) =>
      `Ngày kiểm tra: ${day} — ngày của lần chạy gần nhất ghi ở trang ${q(TAB.health)} (${at}), để kết quả giống như trong bảng tính đã tải về. Muốn kiểm tra theo ngày khác: thêm --today NĂM-THÁNG-NGÀY.`,
    computer: (day: string) =>
      `Ngày kiểm tra: ${day} — ngày hôm nay của máy này, vì bảng tính không ghi ${q(CONFIG_LABEL_TODAY)} ở trang ${q(TAB.config)} và chưa có lần chạy nào ở trang ${q(TAB.health)}.`,
  },
  readSummary: (tabs: number, schools: number, registrations: number, reports: number | null) =>
    `Đã đọc ${tabs} trang tính: ${schools} trường, ${registrations} phiếu đăng ký${reports === null ? '' : `, ${reports} báo cáo`}.`,
  notes: 'Lưu ý:',
  dataProblems: (n: number) => `Dữ liệu cần xem lại (${n}; công cụ vẫn chạy, như trên Google):`,
  more: (n: number) => `… và ${n} điều khác.`,
  jobsTitle: 'Các việc đã chạy:',
  jobDone: (label: string, detail: string) => `  ${label}: xong${detail ? ` — ${detail.replace(/\.+$/, '')}` : ''}.`,
  jobSkipped: (label: string, why: string) =>
    `  ${label}: bỏ qua — việc này không chạy được trên bảng tính tải về (${why.replace(/\.+$/, '')}); lỗi cũng được ghi ở trang ${q(TAB.log)} của bảng tính kết quả.`,
  jobAbsent: (labels: string[]) => `  Chưa có trong bản mã này: ${labels.join(', ')}.`,
  rebuildFailed: (why: string) => `Việc “Cập nhật tổng hợp” không chạy được trên bảng tính này: ${why}. Chưa ghi tệp nào.`,
  /** The one count of registrations (in force; the replaced ones apart), as Tình trạng, Tổng hợp and the digest give it. */
  verdicts: (total: number, counts: [string, number][], superseded = 0) =>
    `Kết quả kiểm tra: ${total} phiếu${counts.length ? ` — ${counts.map(([k, v]) => `${k}: ${v}`).join(', ')}` : ''}${superseded ? `; ${supersededApart(superseded)}` : ''}.`,
  tabsWritten: (tabs: string[], schoolTabs: number) =>
    `Các trang công cụ đã ghi: ${[...tabs, ...(schoolTabs ? [`${schoolTabs} trang của từng trường`] : [])].join(', ') || '(không có)'}.`,
  mails: (sent: number, pending: number) =>
    `Thư: ${sent} thư soạn trong lần chạy này${pending ? `, ${pending} thư còn chờ gửi (hạn mức, thời gian)` : ''} — KHÔNG gửi thật, chỉ ghi ra tệp .eml để xem.`,
  outTitle: (dir: string) => `Đã ghi vào ${dir}:`,
  outWorkbook: (p: string) => `  ${p.padEnd(24)} bảng tính kết quả (mở bằng Excel hoặc LibreOffice)`,
  outMails: (p: string, n: number) => `  ${p.padEnd(24)} ${n} thư (.eml)`,
  outDocs: (p: string, n: number) => `  ${p.padEnd(24)} ${n} văn bản (.docx)`,
  step: {
    read: 'Đọc tệp Excel',
    check: 'Kiểm tra các trang và cột',
    run: (label: string) => `Chạy “${label}”`,
    write: 'Ghi kết quả',
  },
} as const;

/** A problem that stops the run before anything is written: the messages are the user's to read. */
export class OfflineError extends Error {
  constructor(
    readonly messages: string[],
    readonly exitCode = 2,
  ) {
    super(messages.join('\n'));
    this.name = 'OfflineError';
  }
}

export interface OfflineOptions {
  workbook: string;
  /** Output folder (default out-workbook/ beside the current folder). */
  out?: string;
  /** The date the run happens at: 'YYYY-MM-DD' (08:00 in Vietnam), a Date, or now. */
  today?: string | Date;
  bundlePath?: string;
  /** Where the report lines go (default console.log). */
  log?: (line: string) => void;
  /** Progress: a text bar on a TTY, plain lines otherwise, or none. Default: by process.stdout.isTTY. */
  progress?: 'bar' | 'lines' | 'none';
}

export interface OfflineResult {
  outDir: string;
  /** Mã phiếu → Kết luận of the "Kết quả kiểm tra" tab (every row, replaced registrations included). */
  verdicts: Map<string, string>;
  /** Registrations in force by verdict label; `superseded` the replaced ones, counted apart. */
  counts: Map<string, number>;
  superseded: number;
  ran: string[];
  skipped: { name: string; error: string }[];
  tabsWritten: string[];
  files: { workbook: string; emails: string[]; documents: string[] };
  notes: string[];
  dataProblems: string[];
}

// ---- arguments ----------------------------------------------------------------------------------

export interface ParsedArgs {
  workbook?: string;
  out?: string;
  today?: string;
}

/** Parses `--workbook FILE [--out DIR] [--today YYYY-MM-DD]` (also `--name=value`). Throws OfflineError. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const out: ParsedArgs = {};
  const names: Record<string, keyof ParsedArgs> = { '--workbook': 'workbook', '--out': 'out', '--today': 'today' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf('=');
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const key = names[flag];
    if (!key) throw new OfflineError([MSG.unknownArg(a), MSG.usage]);
    const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) throw new OfflineError([MSG.missingValue(flag), MSG.usage]);
    out[key] = value;
  }
  if (!out.workbook) for (const k of ['out', 'today'] as const) if (out[k] !== undefined) throw new OfflineError([MSG.optionWithoutWorkbook(`--${k}`), MSG.usage]);
  return out;
}

/** 'YYYY-MM-DD' → 08:00 that day in Vietnam (UTC+7, no daylight saving). */
export function parseToday(v: string | Date | undefined): Date {
  if (v === undefined) return new Date();
  if (v instanceof Date) return new Date(v.getTime());
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.trim());
  if (!m) throw new OfflineError([MSG.badToday(v)]);
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  const at = new Date(Date.UTC(y, mo - 1, d, 8 - 7, 0, 0));
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (y < 1900 || check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) throw new OfflineError([MSG.badToday(v)]);
  return at;
}

/** Paths the user typed are relative to the folder `npm start` was run from. */
export function userPath(p: string): string {
  return resolve(process.env.INIT_CWD || process.cwd(), p);
}

// ---- progress -----------------------------------------------------------------------------------

class Progress {
  private done = 0;
  constructor(
    private readonly total: number,
    private readonly mode: 'bar' | 'lines' | 'none',
    private readonly log: (line: string) => void,
  ) {}
  step(label: string): void {
    this.done = Math.min(this.total, this.done + 1);
    if (this.mode === 'lines') this.log(`  [${this.done}/${this.total}] ${label}…`);
    if (this.mode === 'bar') {
      const width = 30;
      const filled = Math.round(((this.done - 1) / this.total) * width);
      process.stdout.write(`\r\x1b[2K  [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${this.total} ${label}…`);
    }
  }
  end(): void {
    if (this.mode === 'bar') process.stdout.write(`\r\x1b[2K  [${'#'.repeat(30)}] xong\n`);
  }
}

// ---- files and folders --------------------------------------------------------------------------

function isInside(child: string, parent: string): boolean {
  const r = relative(parent, child);
  return r === '' || (!r.startsWith('..') && !r.startsWith(sep) && !/^[a-zA-Z]:/.test(r));
}

/** The input must be an .xlsx: a zip archive (an .xlsx is one). Throws OfflineError. */
function checkInputFile(path: string): void {
  if (!existsSync(path)) throw new OfflineError([MSG.fileMissing(path)]);
  if (statSync(path).isDirectory()) throw new OfflineError([MSG.notAFile(path)]);
  const head = Buffer.alloc(4);
  const fd = openSync(path, 'r');
  let n = 0;
  try {
    n = readSync(fd, head, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  const zip = n === 4 && head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5 || head[2] === 7);
  if (!zip) throw new OfflineError([MSG.notXlsx(path)]);
}

/**
 * DIR may be new, empty, or a folder this tool made (it holds one of `ours`: a workbook run's MARKER, or a sample run's
 * marker too: scripts/start.ts); never the current folder, home, the project or the root, nor one holding the input
 * (`input`: none for a sample run). Throws OfflineError (nothing written).
 */
export function checkOutDir(dir: string, input: string | null, ours: readonly string[] = [MARKER], cwd: string = process.env.INIT_CWD || process.cwd()): void {
  for (const unsafe of [cwd, process.cwd(), homedir(), ROOT, resolve('/')]) {
    if (isInside(unsafe, dir)) throw new OfflineError([MSG.outUnsafe(dir)]);
  }
  if (input !== null && isInside(input, dir)) throw new OfflineError([MSG.outHoldsInput(dir, input)]);
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) throw new OfflineError([MSG.outIsFile(dir)]);
  const entries = readdirSync(dir);
  if (entries.length > 0 && !ours.some((m) => entries.includes(m))) throw new OfflineError([MSG.outNotOurs(dir)]);
}

/** Moves the finished temporary folder into place; an existing DIR is removed only after the swap succeeded. */
function swapInto(tmp: string, dir: string): void {
  if (!existsSync(dir)) {
    renameSync(tmp, dir);
    return;
  }
  const old = join(dirname(dir), `.${basename(dir)}.old-${process.pid}-${Date.now()}`);
  renameSync(dir, old);
  try {
    renameSync(tmp, dir);
  } catch (err) {
    renameSync(old, dir);
    throw err;
  }
  rmSync(old, { recursive: true, force: true });
}

// ---- the workbook -------------------------------------------------------------------------------

type Rows = unknown[][];

/** The tab named `name`, or one whose name matches it loosely (case, spaces, Unicode form) — renamed to `name`. */
function findTab(file: SpreadsheetModel, name: string, notes: string[]) {
  const exact = file.sheetByName(name);
  if (exact) return exact;
  const loose = file.sheets.find((s) => matchKey(s.name) === matchKey(name));
  if (!loose) return undefined;
  notes.push(MSG.tabRenamed(loose.name, name));
  loose.name = name;
  return loose;
}

export interface WorkbookCheck {
  /** Problems that stop the run (missing tabs, headers, empty response tab). */
  fatal: string[];
  /** What to do about them, when the tool can tell (the responses of another period, "Cấu hình" absent). */
  hint?: string;
  /** What the run will do differently (defaults used, tabs renamed). */
  notes: string[];
  /** Data problems the live tool would also report and run through. */
  dataProblems: string[];
  schools: number;
  /** Names of the directory's schools (their per-school tabs are summarised as a count). */
  schoolNames: string[];
  registrations: number;
  reports: number | null;
}

/**
 * Checks an imported workbook with the core's own readers before anything runs: the header checks of
 * parseDirectory, configFromRows, criteriaFromRows and (through evaluateAll) findColumns / parseReports.
 * Header problems are fatal; row-level problems are data the tool runs through (as on Google).
 */
export function checkWorkbook(file: SpreadsheetModel, now: Date): WorkbookCheck {
  const fatal: string[] = [];
  const notes: string[] = [];
  const have = file.sheets.map((s) => s.name);
  const directory = findTab(file, TAB.directory, notes);
  const responses = findTab(file, TAB.registrations, notes);
  const reports = findTab(file, TAB.reports, notes);
  const configTab = findTab(file, TAB.config, notes);
  const criteriaTab = findTab(file, TAB.criteria, notes);
  if (!directory) fatal.push(MSG.missingTab(TAB.directory, have));
  if (!responses) {
    const fallback = file.sheetByName(DEFAULT_RESPONSE_TAB);
    fatal.push(fallback ? MSG.renameDefaultTab(TAB.registrations, fallback.name) : MSG.missingTab(TAB.registrations, have));
  }
  if (!reports && file.sheetByName(DEFAULT_REPORT_TAB)) notes.push(MSG.renameDefaultTab(TAB.reports, DEFAULT_REPORT_TAB));
  if (!configTab) notes.push(MSG.configAbsent(defaultConfig(now).period.name));
  if (!criteriaTab) notes.push(MSG.criteriaAbsent());
  if (!reports) notes.push(MSG.reportsAbsent());

  const dirRows: Rows = directory ? directory.values() : [];
  const respRows: Rows = responses ? responses.values() : [];
  const repRows: Rows | undefined = reports ? reports.values() : undefined;
  const cfgRows: Rows = configTab ? configTab.values() : [];
  const critRows: Rows = criteriaTab ? criteriaTab.values() : [];

  // Cấu hình: its header (fatal); its values (data, defaults kept).
  const cfgRead = configTab ? configFromRows(cfgRows, now) : { config: defaultConfig(now), errors: [] };
  const cfgHeader = new Set(configTab ? configFromRows(cfgRows.slice(0, 1), now).errors : []);
  fatal.push(...cfgHeader);

  // Đơn vị and Tiêu chí: header errors are those a header row alone gives.
  const dirHeader = new Set(directory ? parseDirectory(dirRows.slice(0, 1)).errors : []);
  const critHeader = new Set(critRows.length > 0 ? criteriaFromRows(critRows.slice(0, 1)).errors : []);
  const dirFull = directory ? parseDirectory(dirRows) : null;
  const critFull = critRows.length > 0 ? criteriaFromRows(critRows).errors : [];
  const rowLevel = new Set([...(dirFull?.errors ?? []), ...critFull].filter((e) => !dirHeader.has(e) && !critHeader.has(e)));
  // Titles heading several columns of a response tab: the live tool reads them as one field (a note); so does this run.
  const sharedNotes = (tab: string, header: readonly unknown[] | undefined) =>
    sharedColumns(header ?? []).map((g) => responseNoteSharedHeader(tab, g.header, g.columns.map(columnLetters)));
  const duplicates = new Set([...sharedNotes(TAB.registrations, respRows[0]), ...sharedNotes(TAB.reports, repRows?.[0])]);

  if (directory && responses) {
    // Response and report tabs by their header rows only: what remains are the header checks.
    const headerOnly = evaluateAll({
      config: cfgRead.config,
      directoryRows: dirRows,
      criteriaRows: critRows,
      responseValues: respRows.slice(0, 1),
      reportValues: repRows && repRows.length > 0 ? repRows.slice(0, 1) : undefined,
      responseTab: TAB.registrations,
      reportTab: TAB.reports,
    });
    for (const e of headerOnly.errors) if (!rowLevel.has(e) && !duplicates.has(e) && !fatal.includes(e)) fatal.push(e);
    if (repRows && repRows.length === 0) fatal.push(responseErrorEmpty(TAB.reports));
  } else {
    fatal.push(...dirHeader, ...critHeader);
  }
  // The core reads "no values" as "no response tab yet"; a tab that is there but empty is not one of ours.
  if (responses && respRows.length === 0) fatal.push(responseErrorEmpty(TAB.registrations));
  const dataRows = (rows: Rows) => rows.slice(1).filter((r) => r.some((v) => toText(v) !== '')).length;
  if (responses && respRows.length > 0 && dataRows(respRows) === 0) fatal.push(MSG.responsesHeaderOnly(TAB.registrations));
  if (directory && dirHeader.size === 0 && dirRows.length > 0 && dataRows(dirRows) === 0) fatal.push(MSG.directoryNoSchool(TAB.directory));
  if (repRows && repRows.length > 0 && dataRows(repRows) === 0) notes.push(MSG.reportsHeaderOnly());

  let dataProblems: string[] = [];
  if (fatal.length === 0) {
    const full = evaluateAll({
      config: cfgRead.config,
      directoryRows: dirRows,
      criteriaRows: critRows,
      responseValues: respRows,
      reportValues: repRows,
      responseTab: TAB.registrations,
      reportTab: TAB.reports,
    });
    dataProblems = [...cfgRead.errors, ...full.errors].filter((e) => !duplicates.has(e));
    const dups = [...cfgRead.errors, ...full.errors].filter((e) => duplicates.has(e));
    if (dups.length) notes.push(...dups);
  }
  return {
    fatal,
    ...(fatal.length > 0 && !configTab ? { hint: otherPeriodHint(respRows[0], cfgRead.config.period) } : {}),
    notes,
    dataProblems,
    schools: dirFull?.schools.length ?? 0,
    schoolNames: dirFull?.schools.map((x) => x.name) ?? [],
    registrations: dataRows(respRows),
    reports: repRows ? dataRows(repRows) : null,
  };
}

/**
 * With no "Cấu hình", the period is the one holding the judgement date; a response tab most of whose year columns lie
 * in another five-year period is that period's (an office checking a past period's file after it ended): what to do
 * then, besides any header to restore (review d72: a stray column of the new period is no reason to stay silent).
 */
function otherPeriodHint(header: readonly unknown[] | undefined, period: { name: string; startYear: number }): string | undefined {
  const years = (header ?? []).flatMap((h) => [...toText(h).matchAll(/\[Năm (\d{4})\]/g)].map((m) => Number(m[1])));
  const byPeriod = new Map<number, number[]>();
  for (const y of years) byPeriod.set(periodStartOf(y), [...(byPeriod.get(periodStartOf(y)) ?? []), y]);
  const [start, held] = [...byPeriod].sort((a, b) => b[1].length - a[1].length)[0] ?? [period.startYear, []];
  if (start === period.startYear || held.length === 0) return undefined;
  const first = Math.min(...held);
  const last = Math.max(...held);
  return MSG.otherPeriod(period.name, first === last ? String(last) : `${first}–${last}`, `${start + 4}-12-31`);
}

// ---- the run ------------------------------------------------------------------------------------

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function snapshot(file: SpreadsheetModel): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of file.sheets) out.set(s.name, JSON.stringify(s.values()));
  return out;
}

function columnValues(emu: Emulator, tab: string, header: string): { key: unknown; value: string }[] {
  const s = emu.spreadsheets.sheet(tab);
  if (!s) return [];
  const rows = s.values();
  const col = (rows[0] ?? []).indexOf(header);
  if (col < 0) return [];
  return rows.slice(1).map((r) => ({ key: r[0], value: toText(r[col]) }));
}

export type JudgementSource = 'argument' | 'config' | 'lastRun' | 'computer';

/** 'dd/MM/yyyy HH:mm:ss' (how "Tình trạng" writes a run's time, in Vietnam time) or a Date cell → the moment. */
function healthTime(v: unknown): Date | null {
  if (v instanceof Date) return isNaN(v.getTime()) ? null : v;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(toText(v));
  if (!m) return null;
  const at = new Date(Date.UTC(+m[3], +m[2] - 1, +m[1], +(m[4] ?? 8) - 7, +(m[5] ?? 0), +(m[6] ?? 0)));
  return isNaN(at.getTime()) ? null : at;
}

/**
 * The date a workbook is judged on: --today when given; else the "Ngày kiểm tra" the office fixed in "Cấu hình";
 * else the last run recorded in "Tình trạng" (the date the downloaded results were computed on); else this
 * computer's date. A workbook's verdicts thus do not change with the day it is run on.
 */
export function judgementDate(file: SpreadsheetModel, today: string | Date | undefined, computerNow: Date = new Date()): { date: Date; source: JudgementSource; lastRun?: Date } {
  if (today !== undefined) return { date: parseToday(today), source: 'argument' };
  const cfg = file.sheets.find((s) => matchKey(s.name) === matchKey(TAB.config));
  if (cfg) {
    // "Ngày kiểm tra" is fixed when reading the tab with two different clocks gives the same date.
    const rows = cfg.values();
    const a = configFromRows(rows, new Date(Date.UTC(1990, 0, 1))).config.today;
    const b = configFromRows(rows, new Date(Date.UTC(2090, 0, 1))).config.today;
    if (a.getTime() === b.getTime()) return { date: new Date(a.getFullYear(), a.getMonth(), a.getDate(), 8), source: 'config' };
  }
  const health = file.sheets.find((s) => matchKey(s.name) === matchKey(TAB.health));
  let last: Date | null = null;
  if (health) {
    const rows = health.values();
    const col = (rows[0] ?? []).findIndex((h) => matchKey(h) === matchKey(HEALTH_HEADER[1]));
    for (const r of col >= 0 ? rows.slice(1) : []) {
      const t = healthTime(r[col]);
      if (t && (!last || t.getTime() > last.getTime())) last = t;
    }
  }
  if (last) return { date: last, source: 'lastRun', lastRun: last };
  return { date: new Date(computerNow.getTime()), source: 'computer' };
}

function formatDay(d: Date): string {
  return new Intl.DateTimeFormat('vi-VN', { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' }).format(d);
}

function formatTime(d: Date): string {
  const t = new Intl.DateTimeFormat('vi-VN', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
  return `${t} ${formatDay(d)}`;
}

/** A job as the menu and "Tình trạng" name it (never its code name). */
const jobLabel = (name: string): string => JOB_LABEL[name] ?? MAIL_JOB_LABEL[name] ?? PROPOSAL_JOB_LABEL[name] ?? name;

/** Every job "Tình trạng" lists, by its label there. */
const JOB_BY_LABEL = new Map(Object.entries({ ...JOB_LABEL, ...MAIL_JOB_LABEL, ...PROPOSAL_JOB_LABEL }).map(([name, label]) => [matchKey(label), name]));

/**
 * The runs the downloaded "Tình trạng" records are put back where the bundle keeps them (script properties), so
 * the tab this run writes keeps them beside its own.
 */
function keepHealth(emu: Emulator, file: SpreadsheetModel): void {
  const health = file.sheets.find((s) => matchKey(s.name) === matchKey(TAB.health));
  if (!health) return;
  const rows = health.values();
  const col = (h: string) => (rows[0] ?? []).findIndex((x) => matchKey(x) === matchKey(h));
  const [job, at, result, detail] = HEALTH_HEADER.map(col);
  if (job < 0 || at < 0) return;
  for (const r of rows.slice(1)) {
    const name = JOB_BY_LABEL.get(matchKey(r[job]));
    const t = healthTime(r[at]);
    if (!name || !t) continue;
    const ok = result < 0 || matchKey(r[result]) !== matchKey(HEALTH_FAILED);
    emu.properties.script.set(`health:${name}`, JSON.stringify({ at: t.getTime(), ok, detail: detail >= 0 ? toText(r[detail]) : '' }));
  }
}

/** The e-mails this run "sent" were only written as .eml files: their status in "Hộp thư đi" says so. */
function markDrafted(emu: Emulator, before: Map<string, string>): void {
  const sheet = emu.spreadsheets.sheet(TAB.outbox);
  if (!sheet) return;
  const rows = sheet.values();
  const status = (rows[0] ?? []).indexOf(OUTBOX_HEADER[5]);
  if (status < 0) return;
  rows.forEach((r, i) => {
    if (i === 0 || toText(r[status]) !== OUTBOX_STATUS.sent || before.get(toText(r[0])) === OUTBOX_STATUS.sent) return;
    sheet.setCell(i + 1, status + 1, { ...(sheet.cell(i + 1, status + 1) ?? {}), value: OUTBOX_STATUS_DRY_RUN });
  });
}

/** The jobs this run ran say in "Tình trạng" that it was a dry run on a downloaded workbook. */
function markHealth(emu: Emulator, ran: string[]): void {
  const sheet = emu.spreadsheets.sheet(TAB.health);
  if (!sheet) return;
  const rows = sheet.values();
  const labels = new Set(ran.map((n) => matchKey(jobLabel(n))));
  rows.forEach((r, i) => {
    if (i === 0 || !labels.has(matchKey(r[0]))) return;
    const text = toText(r[3]);
    sheet.setCell(i + 1, 4, { ...(sheet.cell(i + 1, 4) ?? {}), value: text ? `${text} (${HEALTH_DRY_RUN_NOTE})` : HEALTH_DRY_RUN_NOTE });
  });
}

/** Runs the pipeline on a workbook; throws OfflineError (nothing written) when the workbook is not one of ours. */
export async function runOffline(opts: OfflineOptions): Promise<OfflineResult> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const input = resolve(opts.workbook);
  const outDir = resolve(opts.out ?? DEFAULT_OUT);
  if (opts.today !== undefined) parseToday(opts.today); // a bad --today is refused before anything is read
  const bundlePath = opts.bundlePath ?? DEFAULT_BUNDLE;

  checkInputFile(input);
  checkOutDir(outDir, input);
  if (!existsSync(bundlePath)) throw new OfflineError([MSG.noBundle(bundlePath)], 1);
  const code = readFileSync(bundlePath, 'utf8');

  const emu = createEmulator({ now: new Date(), timeZone: TIME_ZONE, mailQuota: 1500, spreadsheetName: basename(input).replace(/\.xlsx$/i, '') });
  const bundle = emu.loadBundle(code);
  const entryPoints = new Set(bundle.entryPoints());
  const optional = OPTIONAL_ENTRY_POINTS.filter((n) => entryPoints.has(n));
  const absent = OPTIONAL_ENTRY_POINTS.filter((n) => !entryPoints.has(n));
  const progress = new Progress(3 + optional.length + 1, opts.progress ?? (process.stdout.isTTY ? 'bar' : 'lines'), log);

  log(MSG.title(input));
  progress.step(MSG.step.read);
  let file: SpreadsheetModel;
  try {
    file = await emu.spreadsheets.importXlsx(input, basename(input).replace(/\.xlsx$/i, ''));
  } catch (err) {
    progress.end();
    throw new OfflineError([MSG.corrupt(input, errorText(err))]);
  }
  emu.spreadsheets.store.active = file;
  const judged = judgementDate(file, opts.today);
  const now = judged.date;
  emu.clock.set(now);
  const day = formatDay(now);
  log(
    judged.source === 'lastRun'
      ? MSG.date.lastRun(day, formatTime(judged.lastRun!))
      : judged.source === 'config'
        ? MSG.date.config(day)
        : judged.source === 'argument'
          ? MSG.date.argument(day)
          : MSG.date.computer(day),
  );

  progress.step(MSG.step.check);
  const check = checkWorkbook(file, now);
  if (check.fatal.length > 0) {
    progress.end();
    throw new OfflineError([...check.fatal, ...(check.hint ? [check.hint] : []), MSG.headerHint, MSG.refused(check.fatal.length)]);
  }

  keepHealth(emu, file);
  const outboxBefore = new Map(columnValues(emu, TAB.outbox, OUTBOX_HEADER[5]).map((r) => [toText(r.key), r.value]));
  const before = snapshot(file);
  const ran: string[] = [];
  const skipped: { name: string; error: string }[] = [];
  const jobLines: string[] = [];
  const detailOf = (name: string) => {
    const raw = emu.properties.script.get(`health:${name}`);
    try {
      return raw ? String((JSON.parse(raw) as { detail?: string }).detail ?? '') : '';
    } catch {
      return '';
    }
  };
  for (const name of ['rebuildSummaries', ...optional]) {
    const label = jobLabel(name);
    progress.step(MSG.step.run(label));
    try {
      bundle.call(name, undefined, { kind: TRIGGER_KIND[name] ?? 'menu' });
      ran.push(name);
      jobLines.push(MSG.jobDone(label, detailOf(name)));
    } catch (err) {
      if (name === 'rebuildSummaries') {
        progress.end();
        throw new OfflineError([MSG.rebuildFailed(errorText(err))], 1);
      }
      skipped.push({ name, error: errorText(err) });
      jobLines.push(MSG.jobSkipped(label, errorText(err)));
    }
  }
  markDrafted(emu, outboxBefore);
  markHealth(emu, ran);
  const after = snapshot(file);
  const tabsWritten = [...after.keys()].filter((t) => before.get(t) !== after.get(t));

  // Everything is written into a temporary folder next to DIR, then renamed into place.
  progress.step(MSG.step.write);
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const tmp = mkdtempSync(join(parent, `.${basename(outDir)}.tmp-`));
  chmodSync(tmp, 0o755); // mkdtemp makes it private; the result is an ordinary folder
  let files: OfflineResult['files'];
  try {
    const workbook = join(tmp, RESULT_WORKBOOK);
    await emu.spreadsheets.exportXlsx(workbook);
    const emails = emu.mail.sent.length ? await emu.mail.exportEml(join(tmp, MAIL_DIR)) : [];
    const live = emu.docs.list().filter((d) => !d.trashed);
    const documents = live.length ? await emu.docs.exportAll(join(tmp, DOCS_DIR)) : [];
    writeFileSync(join(tmp, MARKER), JSON.stringify({ tool: 'dien-hinh-tien-tien offline', workbook: input, today: now.toISOString() }, null, 2) + '\n');
    swapInto(tmp, outDir);
    const moved = (p: string) => join(outDir, relative(tmp, p));
    files = { workbook: moved(workbook), emails: emails.map(moved), documents: documents.map(moved) };
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    progress.end();
    throw err;
  }
  progress.end();

  const verdicts = new Map<string, string>();
  for (const { key, value } of columnValues(emu, TAB.results, RESULTS_HEADER[7])) verdicts.set(toText(key), value);
  const tally = resultCounts(emu.spreadsheets.sheet(TAB.results)?.values() ?? []);
  const counts = tally.byVerdict;
  const pending = columnValues(emu, TAB.outbox, OUTBOX_HEADER[5]).filter((r) => r.value === OUTBOX_STATUS.pending).length;

  log(MSG.readSummary(file.sheets.length, check.schools, check.registrations, check.reports));
  if (check.notes.length) {
    log(MSG.notes);
    for (const n of check.notes) log(`  - ${n}`);
  }
  if (check.dataProblems.length) {
    log(MSG.dataProblems(check.dataProblems.length));
    for (const p of check.dataProblems.slice(0, 10)) log(`  - ${p}`);
    if (check.dataProblems.length > 10) log(`  ${MSG.more(check.dataProblems.length - 10)}`);
  }
  log(MSG.jobsTitle);
  for (const l of jobLines) log(l);
  if (absent.length) log(MSG.jobAbsent(absent.map(jobLabel)));
  log(MSG.verdicts(tally.inForce, [...counts], tally.superseded));
  const schoolNames = new Set(check.schoolNames);
  log(MSG.tabsWritten(tabsWritten.filter((t) => !schoolNames.has(t)), tabsWritten.filter((t) => schoolNames.has(t)).length));
  log(MSG.mails(emu.mail.sent.length, pending));
  const base = process.env.INIT_CWD || process.cwd();
  const shown = (p: string) => (isInside(p, base) ? relative(base, p) || '.' : p);
  log(MSG.outTitle(shown(outDir)));
  log(MSG.outWorkbook(shown(files.workbook)));
  if (files.emails.length) log(MSG.outMails(shown(join(outDir, MAIL_DIR)) + '/', files.emails.length));
  if (files.documents.length) log(MSG.outDocs(shown(join(outDir, DOCS_DIR)) + '/', files.documents.length));

  return { outDir, verdicts, counts, superseded: tally.superseded, ran, skipped, tabsWritten, files, notes: check.notes, dataProblems: check.dataProblems };
}

/** The command: parse, run, print; returns the exit status (0 done, 2 refused workbook or arguments, 1 other). */
export async function offlineMain(args: ParsedArgs, err: (line: string) => void = (l) => console.error(l)): Promise<number> {
  try {
    await runOffline({
      workbook: userPath(args.workbook!),
      out: userPath(args.out ?? DEFAULT_OUT),
      today: args.today,
    });
    return 0;
  } catch (e) {
    if (e instanceof OfflineError) {
      for (const m of e.messages) err(m);
      return e.exitCode;
    }
    err(e instanceof Error ? (e.stack ?? e.message) : String(e));
    return 1;
  }
}
