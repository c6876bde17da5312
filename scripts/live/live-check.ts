// npm run live:check [-- --only NAME]: the conformance scenarios on Google and in the emulation, side by side.
// 1. build the bundle and the scenarios; run the scenarios in the emulation;
// 2. push both to a scratch Apps Script project bound to a scratch spreadsheet (.live/, made once with
//    `clasp create-script --type sheets`, never the office's project);
// 3. run each scenario there through the Apps Script API (scripts.run, devMode) and print where results differ.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBundle } from '../../esbuild.config.mjs';
import { EXIT, LOGIN_OPTIONS, LiveError, apiCall, connect, consoleIo, isMain, parseCommandArgs, requireCredential, runLive, type Io } from './command';
import { ROOT, buildConformanceBundle, compareResults, parseOperation, runEmulated, runRequest, scenarioList, writeScratchFiles } from './conformance';
import { LIVE_MSG } from './messages';

const M = LIVE_MSG.check;
/** The scratch project's folder (git-ignored): .clasp.json and the pushed files under push/. */
export const SCRATCH_DIR = join(ROOT, '.live');
const SCRATCH_TITLE = 'Điển hình tiên tiến — kiểm tra trên Google (nháp)';
const RUN_SCOPE = 'https://www.googleapis.com/auth/script.scriptapp';

/**
 * Runs clasp on the scratch project only: `--project .live` stops clasp from searching parent folders for a
 * .clasp.json (it would find the office's, in the repository root) and overrides $clasp_config_project.
 */
export function claspArgs(args: string[], options: Record<string, string>): string[] {
  const login = [...(options.auth ? ['--auth', options.auth] : []), ...(options.user ? ['--user', options.user] : [])];
  return [...login, '--project', SCRATCH_DIR, ...args];
}

function clasp(args: string[], options: Record<string, string>, step: string): void {
  const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'clasp'), claspArgs(args, options), { cwd: SCRATCH_DIR, stdio: 'inherit' });
  if (r.status !== 0) throw new LiveError([M.claspFailed(step, r.status)], EXIT.failed);
}

export async function liveCheckMain(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  return runLive(async () => {
    const { positional, options } = parseCommandArgs(argv, ['only', ...LOGIN_OPTIONS], LIVE_MSG.usage.check);
    if (positional.length) throw new LiveError([LIVE_MSG.unknownArg(positional[0]), LIVE_MSG.usage.check], EXIT.usage);
    const { credential, user } = requireCredential(options);

    io.out(M.building);
    const { code } = await buildBundle();
    const conformance = await buildConformanceBundle();
    const all = scenarioList(conformance);
    const chosen = options.only ? all.filter((s) => s.name === options.only) : all;
    if (chosen.length === 0) throw new LiveError([M.unknownScenario(options.only, all.map((s) => s.name))], EXIT.usage);
    const emulated = runEmulated(code, conformance, chosen.map((s) => s.name));
    io.out(M.emulated(emulated.size));

    mkdirSync(SCRATCH_DIR, { recursive: true });
    if (!existsSync(join(SCRATCH_DIR, '.clasp.json'))) {
      io.out(M.creating);
      clasp(['create-script', '--type', 'sheets', '--title', SCRATCH_TITLE, '--rootDir', 'push'], options, 'create-script');
    }
    const { scriptId } = JSON.parse(readFileSync(join(SCRATCH_DIR, '.clasp.json'), 'utf8')) as { scriptId: string };
    const office = JSON.parse(readFileSync(join(ROOT, '.clasp.json'), 'utf8')) as { scriptId?: string };
    if (!scriptId || scriptId === office.scriptId) throw new LiveError([M.notScratch(join(SCRATCH_DIR, '.clasp.json'))], EXIT.usage);
    writeScratchFiles(join(SCRATCH_DIR, 'push'), code, conformance);
    io.out(M.pushing(scriptId));
    clasp(['push', '--force'], options, 'push');

    const ctx = await connect(credential, user);
    const script = ctx.google.script({ version: 'v1', auth: ctx.auth });
    let differ = 0;
    for (const { name, title } of chosen) {
      io.out(M.running(name));
      const op = await apiCall(ctx, { what: M.runWhat, scope: RUN_SCOPE, thing: M.scriptThing, id: scriptId }, async () => {
        try {
          return (await script.scripts.run(runRequest(scriptId, name))).data;
        } catch (e) {
          const status = (e as { response?: { status?: number } }).response?.status;
          if (status === 404 || status === 403) throw new LiveError([M.notRunnable], EXIT.failed);
          throw e;
        }
      });
      const diffs = compareResults(parseOperation(op), emulated.get(name)!);
      if (diffs.length === 0) io.out(M.same(name, title));
      else {
        differ++;
        io.out(M.differ(name, title));
        for (const d of diffs) io.out(M.diffLine(d.key, d.live, d.emulated));
      }
    }
    io.out(M.summary(chosen.length - differ, differ));
    return differ === 0 ? EXIT.ok : EXIT.differ;
  }, io);
}

if (isMain(import.meta.url)) process.exitCode = await liveCheckMain(process.argv.slice(2));
