// Review r74d (first deployment by an office) F4. The IT person follows README "Dành cho cán bộ tin học" literally.
// Every other command of the live kit speaks Vietnamese and says what to do when the login or an id is missing
// (`npm run doctor`, `npm run pull`: "Chưa đăng nhập Google: … Hãy chạy “npx clasp login” …", exit 2). `npm run
// deploy` (step 5) does not: it builds, prints the bundle's size line in English, and hands over to clasp, whose
// refusals are English and name nothing of the README — with step 3 not done, "No credentials found."; with step 4 not
// done (".clasp.json" still holding REPLACE_WITH_YOUR_SCRIPT_ID, the file as shipped), clasp sends the placeholder to
// Google and reports the API's error. The person deploying does not know which step was missed.
// What should happen: `npm run deploy` checks, before pushing, that .clasp.json holds a script id (not the placeholder)
// and that clasp has a login, and says in Vietnamese which README step to do (Mã tập lệnh: Apps Script → Cài đặt dự án
// → Mã tập lệnh; `npx clasp login`), as the live kit does.
// Severity: Low (the first deployment stalls on an English error; nothing is lost).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('`npm run deploy` on the project as shipped, before steps 3 and 4 (r74d F4)', () => {
  it('says in Vietnamese that the Mã tập lệnh is missing from .clasp.json, and pushes nothing', () => {
    const root = resolve('.');
    // A copy of the project as the office downloads it: .clasp.json with its placeholder; no clasp login (empty HOME).
    const dir = mkdtempSync(join(tmpdir(), 'r74d-deploy-'));
    const home = mkdtempSync(join(tmpdir(), 'r74d-home-'));
    try {
      for (const name of readdirSync(root)) {
        if (['.clasp.json', 'dist', 'build', '.git', 'package.json'].includes(name)) continue;
        symlinkSync(join(root, name), join(dir, name));
      }
      copyFileSync(join(root, 'package.json'), join(dir, 'package.json'));
      writeFileSync(join(dir, '.clasp.json'), JSON.stringify({ scriptId: 'REPLACE_WITH_YOUR_SCRIPT_ID', rootDir: 'dist' }, null, 2));
      const run = spawnSync('npm', ['run', '--silent', 'deploy'], { cwd: dir, env: { ...process.env, HOME: home, npm_config_update_notifier: 'false' }, encoding: 'utf8', timeout: 120_000 });
      const said = `${run.stdout}\n${run.stderr}`;
      expect(run.status).not.toBe(0);
      expect(said).toContain('.clasp.json');
      expect(said).toContain('Mã tập lệnh');
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(home, { recursive: true, force: true });
    }
  }, 180_000);
});
