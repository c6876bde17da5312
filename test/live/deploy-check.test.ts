// `npm run deploy`'s check before clasp push (review r74d F4): README steps 3 (clasp's login) and 4 (the script id in
// .clasp.json), each missing one said in one Vietnamese line; exit 2; no network. The r74d test runs it through npm on
// the project as shipped; here each case, in process and as npm starts it (node + tsx).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT, type Io } from '../../scripts/live/command';
import { PLACEHOLDER_ID, claspProjectPath, deployCheckMain, scriptIdProblem } from '../../scripts/live/deploy-check';
import { LIVE_MSG } from '../../scripts/live/messages';

const M = LIVE_MSG.deploy;
const ROOT = resolve(__dirname, '..', '..');
const base = mkdtempSync(join(tmpdir(), 'deploy-check-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let n = 0;
const fresh = () => {
  const d = join(base, String(n++));
  mkdirSync(d, { recursive: true });
  return d;
};
const REAL_ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_aBcDeFgHiJkLmNoPqRsT';
const project = (dir: string, content: unknown) => {
  const p = join(dir, '.clasp.json');
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
};
const login = (dir: string) => {
  const p = join(dir, '.clasprc.json');
  writeFileSync(p, JSON.stringify({ tokens: { default: { client_id: 'c', client_secret: 's', refresh_token: 'r' } } }));
  return p;
};
const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l) };
  return { io, out, err };
};

describe('the script id in .clasp.json', () => {
  it('the shipped placeholder, a missing file, bad JSON, no id, a pasted link: each its own line', () => {
    const d = fresh();
    const p = join(d, '.clasp.json');
    expect(scriptIdProblem(p)).toBe(M.noProjectFile(p));
    project(d, { scriptId: PLACEHOLDER_ID, rootDir: 'dist' });
    expect(scriptIdProblem(p)).toBe(M.placeholder(p));
    project(d, '{ scriptId: ');
    expect(scriptIdProblem(p)).toBe(M.unreadable(p));
    project(d, { scriptId: '  ', rootDir: 'dist' });
    expect(scriptIdProblem(p)).toBe(M.noId(p));
    project(d, { rootDir: 'dist' });
    expect(scriptIdProblem(p)).toBe(M.noId(p));
    const link = `https://script.google.com/home/projects/${REAL_ID}/edit`;
    project(d, { scriptId: link, rootDir: 'dist' });
    expect(scriptIdProblem(p)).toBe(M.notAnId(p, link));
    project(d, { scriptId: REAL_ID, rootDir: 'dist' });
    expect(scriptIdProblem(p)).toBeUndefined();
  });

  it('is found as clasp finds it: $clasp_config_project (file or folder), else up from the working folder', () => {
    const d = fresh();
    const p = project(d, { scriptId: REAL_ID });
    const sub = join(d, 'a', 'b');
    mkdirSync(sub, { recursive: true });
    expect(claspProjectPath({}, sub)).toBe(p);
    expect(claspProjectPath({ clasp_config_project: d }, '/')).toBe(p);
    expect(claspProjectPath({ clasp_config_project: join(d, 'other.json') }, '/')).toBe(join(d, 'other.json'));
  });
});

describe('deployCheckMain', () => {
  it('both steps missing: two lines in README order (login, then Mã tập lệnh), exit 2, nothing on stdout', async () => {
    const d = fresh();
    const p = project(d, { scriptId: PLACEHOLDER_ID, rootDir: 'dist' });
    const auth = join(d, 'none.json');
    const c = capture();
    expect(await deployCheckMain(c.io, { clasp_config_auth: auth }, d)).toBe(EXIT.usage);
    expect(c.out).toEqual([]);
    expect(c.err).toEqual([`${LIVE_MSG.noLogin.missing(auth, 'default')} ${M.loginStep}`, `${M.placeholder(p)} ${M.scriptIdStep}`]);
    expect(c.err[1]).toContain('Cài đặt dự án → Mã tập lệnh');
    for (const l of c.err) expect(l.normalize('NFC')).toBe(l);
  });

  it('logged in, placeholder id: only the Mã tập lệnh line', async () => {
    const d = fresh();
    const p = project(d, { scriptId: PLACEHOLDER_ID });
    const c = capture();
    expect(await deployCheckMain(c.io, { clasp_config_auth: login(d) }, d)).toBe(EXIT.usage);
    expect(c.err).toEqual([`${M.placeholder(p)} ${M.scriptIdStep}`]);
  });

  it('real id, no login: only the login line, naming npx clasp login', async () => {
    const d = fresh();
    project(d, { scriptId: REAL_ID });
    const c = capture();
    expect(await deployCheckMain(c.io, { clasp_config_auth: join(d, 'none.json') }, d)).toBe(EXIT.usage);
    expect(c.err).toHaveLength(1);
    expect(c.err[0]).toContain('npx clasp login');
    expect(c.err[0]).toContain(M.loginStep);
  });

  it('both done: silent, exit 0', async () => {
    const d = fresh();
    project(d, { scriptId: REAL_ID });
    const c = capture();
    expect(await deployCheckMain(c.io, { clasp_config_auth: login(d) }, d)).toBe(EXIT.ok);
    expect([...c.out, ...c.err]).toEqual([]);
  });

  it('as npm runs it (node + tsx, from the project folder): no network, exit 2 or 0', () => {
    const d = fresh();
    const { clasp_config_auth: _a, clasp_config_project: _p, ...rest } = process.env;
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, ['--import', 'tsx', '--import', './test/live/no-network.mjs', 'scripts/live/deploy-check.ts'], {
        cwd: ROOT,
        env: { ...rest, HOME: d, USERPROFILE: d, ...env },
        encoding: 'utf8',
        timeout: 60_000,
      });
    const shipped = project(fresh(), { scriptId: PLACEHOLDER_ID, rootDir: 'dist' });
    const bad = run({ clasp_config_project: shipped });
    expect(bad.stderr).not.toContain('NETWORK ATTEMPT');
    expect(bad.stderr).toContain(`${M.placeholder(shipped)} ${M.scriptIdStep}`);
    expect(bad.status).toBe(EXIT.usage);
    const good = run({ clasp_config_project: project(fresh(), { scriptId: REAL_ID }), clasp_config_auth: login(d) });
    expect(good.stderr).toBe('');
    expect(good.status).toBe(EXIT.ok);
  });
});
