// The bundle Apps Script runs: every entry point is a top-level function, and nothing in it needs Node.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import * as main from '../../src/main';
import { bundleCode, officeEmulator } from './helpers';

describe('dist/Code.js', () => {
  const code = bundleCode();

  it('declares every export of src/main.ts as a top-level function, in a context without Node globals', () => {
    const emu = officeEmulator();
    const bundle = emu.loadBundle(code);
    const exported = Object.keys(main).sort();
    expect(exported).toEqual(expect.arrayContaining(['onOpen', 'setup', 'onFormSubmit', 'rebuildSummaries']));
    expect(bundle.entryPoints().sort()).toEqual(exported);
    const probe = vm.runInContext(
      `[typeof process, typeof require, typeof Buffer, typeof setTimeout, typeof TextEncoder, typeof URL, typeof fetch, typeof module, typeof exports]`,
      bundle.context,
    );
    expect(probe).toEqual(new Array(9).fill('undefined'));
  });

  it('holds no module syntax and names no Node built-in', () => {
    expect(code).not.toMatch(/\brequire\s*\(/);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\bprocess\.(env|argv|exit)/);
    expect(code).not.toMatch(/from\s+['"]node:/);
  });

  it('loads without calling any service (loading happens on every execution)', () => {
    const emu = officeEmulator();
    emu.loadBundle(code);
    expect(emu.runtime.count()).toBe(0);
  });

  it('onOpen adds the Vietnamese menu whose items name real entry points', () => {
    const emu = officeEmulator();
    const bundle = emu.loadBundle(code);
    bundle.openSpreadsheet();
    const menu = emu.spreadsheets.menus[0];
    expect(menu.name).toBe('Điển hình tiên tiến');
    const functions = menu.items.flatMap((i) => ('functionName' in i ? [i.functionName] : []));
    expect(functions.length).toBeGreaterThan(0);
    for (const f of functions) expect(bundle.entryPoints()).toContain(f);
  });

  it('ships a manifest for the V8 runtime in Vietnam time with explicit scopes', () => {
    const manifest = JSON.parse(readFileSync('dist/appsscript.json', 'utf8'));
    expect(manifest).toMatchObject({ timeZone: 'Asia/Ho_Chi_Minh', runtimeVersion: 'V8', exceptionLogging: 'STACKDRIVER' });
    expect(manifest.oauthScopes.length).toBeGreaterThan(0);
    for (const s of manifest.oauthScopes) expect(s).toMatch(/^https:\/\/www\.googleapis\.com\/auth\//);
  });

  it('is exactly what clasp would push: the manifest and the bundle', () => {
    const out = execFileSync('npx', ['clasp', 'status', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const status = JSON.parse(out.slice(out.indexOf('{')));
    expect(status.filesToPush.sort()).toEqual(['dist/Code.js', 'dist/appsscript.json']);
  });
});
