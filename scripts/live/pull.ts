// npm run pull -- SPREADSHEET_ID [--out FILE.xlsx]: the office Sheet through the Sheets API into the .xlsx that
// `npm start -- --workbook FILE.xlsx` runs offline (scripts/live/workbook.ts says how and why).
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { EXIT, LOGIN_OPTIONS, userPath, LiveError, apiCall, connect, consoleIo, isMain, parseCommandArgs, requireCredential, runLive, type Io } from './command';
import { LIVE_MSG } from './messages';
import { pullRequest, toWorkbook } from './workbook';

const M = LIVE_MSG.pull;
export const SHEETS_READ_SCOPE = 'https://www.googleapis.com/auth/spreadsheets.readonly';

export async function pullMain(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  return runLive(async () => {
    const { positional, options } = parseCommandArgs(argv, ['out', ...LOGIN_OPTIONS], LIVE_MSG.usage.pull);
    const id = positional[0];
    if (!id || positional.length > 1) throw new LiveError([id ? LIVE_MSG.unknownArg(positional[1]) : LIVE_MSG.missingId('mã bảng tính (phần giữa /d/ và /edit trong đường dẫn)'), LIVE_MSG.usage.pull], EXIT.usage);
    const out = userPath(options.out ?? `bang-tinh-${new Date().toISOString().slice(0, 10)}.xlsx`);
    if (existsSync(out)) throw new LiveError([M.outExists(out)], EXIT.usage);
    const { credential, user } = requireCredential(options);

    const ctx = await connect(credential, user);
    io.out(M.reading(id));
    const sheets = ctx.google.sheets({ version: 'v4', auth: ctx.auth });
    const res = await apiCall(ctx, { what: M.what, scope: SHEETS_READ_SCOPE, thing: M.thing, id }, () => sheets.spreadsheets.get(pullRequest(id)));
    const { workbook, tabs, timeZone } = toWorkbook(res.data);

    mkdirSync(dirname(out), { recursive: true });
    const tmp = `${out}.tmp-${process.pid}`;
    try {
      await workbook.xlsx.writeFile(tmp);
      renameSync(tmp, out);
    } finally {
      rmSync(tmp, { force: true });
    }
    io.out(M.tabs(tabs.length, out));
    for (const t of tabs) io.out(M.tab(t.name, t.rows, t.cols, t.excelName));
    if (timeZone && timeZone !== 'Asia/Ho_Chi_Minh') io.out(M.timeZone(timeZone));
    io.out(M.next(options.out ?? out));
    return EXIT.ok;
  }, io);
}

if (isMain(import.meta.url)) process.exitCode = await pullMain(process.argv.slice(2));
