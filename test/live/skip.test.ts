// Without clasp's login every live command prints one clear Vietnamese line, exits non-zero and makes no request.
// The commands run as `npm run` runs them (node + tsx), in a process where any network use ends it with code 99.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT, requireCredential, LiveError } from '../../scripts/live/command';
import { claspAuthPath, readClaspCredential } from '../../scripts/live/credentials';
import { LIVE_MSG } from '../../scripts/live/messages';

const ROOT = resolve(__dirname, '..', '..');
const home = mkdtempSync(join(tmpdir(), 'live-home-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const { clasp_config_auth: _drop, ...rest } = process.env;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', './test/live/no-network.mjs', script, ...args], {
    cwd: ROOT,
    env: { ...rest, HOME: home, USERPROFILE: home, INIT_CWD: home, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const claspLogin = (dir: string, tokens: unknown) => {
  mkdirSync(dir, { recursive: true });
  const p = join(dir, '.clasprc.json');
  writeFileSync(p, JSON.stringify({ tokens }));
  return p;
};

describe('no login: one line, non-zero, no network', () => {
  const expected = LIVE_MSG.noLogin.missing(join(home, '.clasprc.json'), 'default');
  it.each([
    ['pull', 'scripts/live/pull.ts', ['1AbCdEf']],
    ['live:check', 'scripts/live/live-check.ts', []],
    ['doctor', 'scripts/live/doctor.ts', ['1ScRiPtId']],
  ])('%s', (_name, script, args) => {
    const r = run(script, args);
    expect(r.stderr).not.toContain('NETWORK ATTEMPT');
    expect(r.stderr).toBe(`${expected}\n`);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(EXIT.usage);
  });

  it('a login stored for another clasp user is named in the line', () => {
    const file = claspLogin(join(home, 'other'), { default: { client_id: 'c', client_secret: 's', refresh_token: 'r' } });
    const r = run('scripts/live/pull.ts', ['1AbCdEf', '--user', 'phong'], { clasp_config_auth: file });
    expect(r.stderr).toBe(`${LIVE_MSG.noLogin.noUser(file, 'phong')}\n`);
    expect(r.status).toBe(EXIT.usage);
  });

  it('the guard is real: with a login the same command reaches for the network, and is stopped', () => {
    const file = claspLogin(join(home, 'any'), { default: { client_id: 'c', client_secret: 's', refresh_token: 'r', access_token: 'a', expiry_date: 4102444800000 } });
    const r = run('scripts/live/pull.ts', ['1AbCdEf'], { clasp_config_auth: file });
    expect(r.stderr).toContain('NETWORK ATTEMPT');
    expect(r.status).toBe(99);
  });

  it('the line is Vietnamese in NFC and tells what to run', () => {
    expect(expected.normalize('NFC')).toBe(expected);
    expect(expected).toContain('npx clasp login');
  });
});

describe('clasp’s login file (clasp 3: tokens by user)', () => {
  const dir = join(home, 'creds');
  const good = { type: 'authorized_user', client_id: 'id.apps.googleusercontent.com', client_secret: 'sec', refresh_token: '1//r', access_token: 'ya29.a', token_type: 'Bearer', expiry_date: 1 };

  it('is found as clasp finds it: --auth file or folder, then $clasp_config_auth, then ~/.clasprc.json', () => {
    expect(claspAuthPath(undefined, {}, '/home/u')).toBe('/home/u/.clasprc.json');
    expect(claspAuthPath(undefined, { clasp_config_auth: '/etc/x/.clasprc.json' }, '/home/u')).toBe('/etc/x/.clasprc.json');
    const file = claspLogin(dir, { default: good });
    expect(claspAuthPath(dir, { clasp_config_auth: '/elsewhere' }, '/home/u')).toBe(file);
  });

  it('gives the stored credential of the user, or why it cannot', () => {
    const file = claspLogin(dir, { default: good, phong: { ...good, refresh_token: undefined, access_token: undefined } });
    expect(readClaspCredential(file)).toEqual({ ok: true, path: file, user: 'default', credential: good });
    expect(readClaspCredential(file, 'phong')).toMatchObject({ ok: false, reason: 'incomplete' });
    expect(readClaspCredential(file, 'khac')).toMatchObject({ ok: false, reason: 'noUser' });
    expect(readClaspCredential(join(dir, 'none.json'))).toMatchObject({ ok: false, reason: 'missing' });
    writeFileSync(join(dir, 'bad.json'), '{ not json');
    expect(readClaspCredential(join(dir, 'bad.json'))).toMatchObject({ ok: false, reason: 'unreadable' });
    // clasp 1's global format (top-level access_token) is not read: the line asks for a new login.
    writeFileSync(join(dir, 'old.json'), JSON.stringify({ access_token: 'a', refresh_token: 'r' }));
    expect(readClaspCredential(join(dir, 'old.json'))).toMatchObject({ ok: false, reason: 'noUser' });
  });

  it('requireCredential throws the one line with exit code 2', () => {
    let caught: unknown;
    try {
      requireCredential({ auth: join(dir, 'none.json') }, {});
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(LiveError);
    expect((caught as LiveError).lines).toEqual([LIVE_MSG.noLogin.missing(join(dir, 'none.json'), 'default')]);
    expect((caught as LiveError).exitCode).toBe(2);
  });
});
