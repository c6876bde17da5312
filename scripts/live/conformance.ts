// The conformance kit behind `npm run live:check`: the scenarios (scripts/live/scenarios.ts) bundled for Apps
// Script, run in the emulation, the scripts.run request that runs one on Google, the parsing of its Operation, the
// comparison of the two results, and the files pushed to the scratch project.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import type { script_v1 } from 'googleapis';
import { createEmulator } from '../../emulator/index';
import type { Observation, ScenarioResult } from './scenarios';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The top-level function the scratch project offers to scripts.run (and the emulation calls). */
export const RUN_FUNCTION = 'conformanceRun';
export const CONFORMANCE_FILE = 'Conformance.js';
const GLOBAL = 'conformance';

/** The scenarios as one Apps Script file: an IIFE assigned to `conformance`, then the entry point. */
export async function buildConformanceBundle(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'scripts', 'live', 'scenarios.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    platform: 'neutral',
    target: 'es2020',
    charset: 'utf8',
    write: false,
    logLevel: 'warning',
  });
  return `${result.outputFiles[0].text}\nfunction ${RUN_FUNCTION}(name) { return ${GLOBAL}.runScenario(name); }\n`;
}

/** Scenario names, read from the bundle itself (what runs on both sides). */
export function scenarioList(conformanceCode: string): { name: string; title: string }[] {
  const sandbox: { out?: { name: string; title: string }[] } = {};
  runInNewContext(`${conformanceCode};this.out = Object.keys(${GLOBAL}.SCENARIOS).map(function (n) { return { name: n, title: ${GLOBAL}.SCENARIOS[n].title }; });`, sandbox);
  return JSON.parse(JSON.stringify(sandbox.out ?? []));
}

/**
 * Runs scenarios in the emulation: the product bundle and the scenarios loaded together (as Apps Script loads every
 * file of a project into one global scope), each scenario in its own execution, results through JSON as scripts.run
 * returns them.
 */
export function runEmulated(productCode: string, conformanceCode: string, names: string[]): Map<string, ScenarioResult> {
  const emu = createEmulator({ spreadsheetName: 'Điển hình tiên tiến — kiểm tra', modelLatency: false });
  const bundle = emu.loadBundle(`${productCode}\n${conformanceCode}`);
  const out = new Map<string, ScenarioResult>();
  for (const name of names) {
    try {
      out.set(name, JSON.parse(JSON.stringify(bundle.call(RUN_FUNCTION, name))) as ScenarioResult);
    } catch (e) {
      out.set(name, { ok: false, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return out;
}

/** The scripts.run request for one scenario: the latest pushed code (devMode), as its owner. */
export function runRequest(scriptId: string, name: string): script_v1.Params$Resource$Scripts$Run {
  return { scriptId, requestBody: { function: RUN_FUNCTION, parameters: [name], devMode: true } };
}

/**
 * scripts.run's Operation as a scenario result. Per the reference: a function that returned has
 * `response.result`; one that threw has `error` (a Status) whose `details[0]` is an ExecutionError
 * (errorMessage, errorType, scriptStackTraceElements); `done: false` has neither.
 */
export function parseOperation(op: script_v1.Schema$Operation): ScenarioResult {
  if (op.error) {
    const detail = (op.error.details?.[0] ?? {}) as script_v1.Schema$ExecutionError;
    const where = (detail.scriptStackTraceElements ?? []).map((s) => `${s.function}:${s.lineNumber}`).join(' < ');
    return { ok: false, error: `${detail.errorType ? `${detail.errorType}: ` : ''}${detail.errorMessage ?? op.error.message ?? 'error'}${where ? ` (${where})` : ''}` };
  }
  if (!op.done || !op.response) return { ok: false, error: 'execution not finished (done: false)' };
  const result = (op.response as { result?: unknown }).result;
  if (!result || typeof result !== 'object' || typeof (result as ScenarioResult).ok !== 'boolean') {
    return { ok: false, error: `unexpected result: ${JSON.stringify(result)}` };
  }
  return result as ScenarioResult;
}

export interface Difference {
  key: string;
  live: string;
  emulated: string;
}

const show = (v: Observation | undefined) => (v === undefined ? '(không có)' : JSON.stringify(v));

/** Where two results of one scenario differ: the scenario's own failure, then each observation key. */
export function compareResults(live: ScenarioResult, emulated: ScenarioResult): Difference[] {
  const out: Difference[] = [];
  if (live.ok !== emulated.ok || (live.error ?? '') !== (emulated.error ?? '')) {
    out.push({ key: 'error', live: live.ok ? '(chạy xong)' : `(lỗi) ${live.error}`, emulated: emulated.ok ? '(chạy xong)' : `(lỗi) ${emulated.error}` });
  }
  const a = live.observations ?? {};
  const b = emulated.observations ?? {};
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])]) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) out.push({ key, live: show(a[key]), emulated: show(b[key]) });
  }
  return out;
}

/** The manifest of the scratch project: the product's, callable by its owner through the Apps Script API. */
export function scratchManifest(manifest: Record<string, unknown>): Record<string, unknown> {
  return { ...manifest, executionApi: { access: 'MYSELF' } };
}

/** Writes what `clasp push` sends from `rootDir`: the product bundle, the scenarios, the manifest. */
export function writeScratchFiles(rootDir: string, productCode: string, conformanceCode: string): string[] {
  mkdirSync(rootDir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(ROOT, 'appsscript', 'appsscript.json'), 'utf8')) as Record<string, unknown>;
  const files: [string, string][] = [
    ['Code.js', productCode],
    [CONFORMANCE_FILE, conformanceCode],
    ['appsscript.json', `${JSON.stringify(scratchManifest(manifest), null, 2)}\n`],
  ];
  for (const [name, text] of files) writeFileSync(join(rootDir, name), text);
  return files.map(([n]) => n);
}
