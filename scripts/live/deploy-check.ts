// `npm run deploy`'s check before `clasp push`: README steps 3 (clasp's login) and 4 (the office's script id in
// .clasp.json) are done. Without them clasp ends on an English error ("No credentials found.", or the API's refusal of
// the placeholder id) that names no README step; here each missing step is one Vietnamese line, and the exit is
// non-zero so that nothing is built or pushed. No network: the login is read as the live kit reads it (command.ts).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { EXIT, LiveError, consoleIo, isMain, requireCredential, runLive, type Io } from './command';
import { LIVE_MSG } from './messages';

const M = LIVE_MSG.deploy;
export const PROJECT_FILE = '.clasp.json';
/** The id the shipped .clasp.json holds until step 4 is done. */
export const PLACEHOLDER_ID = 'REPLACE_WITH_YOUR_SCRIPT_ID';

/** Where clasp would read .clasp.json: $clasp_config_project (a file, or a folder holding one), else up from `cwd`. */
export function claspProjectPath(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  const given = env.clasp_config_project;
  if (given) {
    const p = resolve(cwd, given);
    return existsSync(p) && statSync(p).isDirectory() ? join(p, PROJECT_FILE) : p;
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, PROJECT_FILE))) return join(dir, PROJECT_FILE);
    if (dirname(dir) === dir) return join(resolve(cwd), PROJECT_FILE);
  }
}

/** The line saying what is wrong with the script id in .clasp.json, or undefined when it holds a plausible one. */
export function scriptIdProblem(path: string): string | undefined {
  if (!existsSync(path) || statSync(path).isDirectory()) return M.noProjectFile(path);
  let config: unknown;
  try {
    config = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return M.unreadable(path);
  }
  const raw = config && typeof config === 'object' ? (config as { scriptId?: unknown }).scriptId : undefined;
  const id = typeof raw === 'string' ? raw.trim() : '';
  if (!id) return M.noId(path);
  if (id === PLACEHOLDER_ID) return M.placeholder(path);
  // Apps Script ids are URL-safe base64 (letters, digits, '-', '_'); a pasted URL or editor link is not one.
  if (!/^[A-Za-z0-9_-]+$/.test(id)) return M.notAnId(path, id);
  return undefined;
}

/** Every missing step, in README order (3: login, 4: script id), one line each; exit 0 when none. */
export async function deployCheckMain(io: Io = consoleIo, env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Promise<number> {
  return runLive(async () => {
    const lines: string[] = [];
    try {
      requireCredential({}, env);
    } catch (e) {
      if (!(e instanceof LiveError)) throw e;
      lines.push(...e.lines.map((l) => `${l} ${M.loginStep}`));
    }
    const idProblem = scriptIdProblem(claspProjectPath(env, cwd));
    if (idProblem) lines.push(`${idProblem} ${M.scriptIdStep}`);
    if (lines.length > 0) throw new LiveError(lines, EXIT.usage);
    return EXIT.ok;
  }, io);
}

if (isMain(import.meta.url)) process.exitCode = await deployCheckMain();
