// npm run doctor -- SCRIPT_ID [--days N]: a deployed office's health, read through the Apps Script API (project,
// runs, metrics) and the office Sheet's "Tình trạng" / "Nhật ký lỗi" tabs; printed in Vietnamese. What a login
// cannot read (a scope clasp's default login lacks) is reported as such and the rest is still read.
import { EXIT, LOGIN_OPTIONS, LiveError, apiCall, connect, consoleIo, isMain, parseCommandArgs, requireCredential, runLive, type Io } from './command';
import { allProcesses, healthReport, metricsRequest, statusRequest, type HealthInput } from './health';
import { LIVE_MSG } from './messages';

const M = LIVE_MSG.doctor;
export const SCOPES = {
  project: 'https://www.googleapis.com/auth/script.projects.readonly',
  processes: 'https://www.googleapis.com/auth/script.processes',
  metrics: 'https://www.googleapis.com/auth/script.metrics',
  sheet: 'https://www.googleapis.com/auth/spreadsheets.readonly',
} as const;

export async function doctorMain(argv: readonly string[], io: Io = consoleIo, now = new Date()): Promise<number> {
  return runLive(async () => {
    const { positional, options } = parseCommandArgs(argv, ['days', ...LOGIN_OPTIONS], LIVE_MSG.usage.doctor);
    const scriptId = positional[0];
    if (!scriptId || positional.length > 1) throw new LiveError([scriptId ? LIVE_MSG.unknownArg(positional[1]) : LIVE_MSG.missingId('mã tập lệnh (Apps Script → Cài đặt dự án → Mã tập lệnh)'), LIVE_MSG.usage.doctor], EXIT.usage);
    const days = options.days === undefined ? 7 : Number(options.days);
    if (!Number.isInteger(days) || days < 1 || days > 30) throw new LiveError([LIVE_MSG.badDays(options.days), LIVE_MSG.usage.doctor], EXIT.usage);
    const { credential, user } = requireCredential(options);

    const ctx = await connect(credential, user);
    const script = ctx.google.script({ version: 'v1', auth: ctx.auth });
    const info = (key: keyof typeof SCOPES, id = scriptId) => ({ what: M.what[key], scope: SCOPES[key], thing: M.thing, id });
    // The project must be readable; each other part is optional: its refusal is reported and the report goes on.
    const project = (await apiCall(ctx, info('project'), () => script.projects.get({ scriptId }))).data;
    const input: HealthInput = { now, days, project, skipped: [] };
    const optional = async <T>(key: keyof typeof SCOPES, id: string, fn: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await apiCall(ctx, info(key, id), fn);
      } catch (e) {
        if (!(e instanceof LiveError)) throw e;
        input.skipped.push(M.skipped(M.what[key], e.lines.join(' ')));
        return undefined;
      }
    };
    input.processes = await optional('processes', scriptId, () =>
      allProcesses(async (req) => (await script.processes.listScriptProcesses(req)).data, scriptId, now, days),
    );
    input.metrics = (await optional('metrics', scriptId, () => script.projects.getMetrics(metricsRequest(scriptId))))?.data;
    if (project.parentId) {
      const sheets = ctx.google.sheets({ version: 'v4', auth: ctx.auth });
      input.sheet = (await optional('sheet', project.parentId, () => sheets.spreadsheets.values.batchGet(statusRequest(project.parentId!))))?.data;
    }
    const { lines, problems } = healthReport(input);
    for (const l of lines) io.out(l);
    return problems === 0 ? EXIT.ok : EXIT.failed;
  }, io);
}

if (isMain(import.meta.url)) process.exitCode = await doctorMain(process.argv.slice(2));
