// npm run live:check: the scenarios run in the emulation through the harness (as they run on Google), the
// scripts.run request, the parsing of recorded Operations (shaped as the Apps Script API reference documents
// Operation / ExecutionResponse / Status / ExecutionError), the comparison, and the files pushed to the scratch project.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { script_v1 } from 'googleapis';
import { CHECKBOX_SEPARATOR } from '../../emulator/index';
import { CONFORMANCE_FILE, RUN_FUNCTION, buildConformanceBundle, compareResults, parseOperation, runEmulated, runRequest, scenarioList, scratchManifest, writeScratchFiles } from '../../scripts/live/conformance';
import { SCRATCH_DIR, claspArgs } from '../../scripts/live/live-check';
import type { ScenarioResult } from '../../scripts/live/scenarios';

const api = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'script-api.json'), 'utf8')) as Record<string, script_v1.Schema$Operation>;
const product = readFileSync(join(__dirname, '..', '..', 'dist', 'Code.js'), 'utf8');
let conformance: string;
let results: Map<string, ScenarioResult>;
const work = mkdtempSync(join(tmpdir(), 'live-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(async () => {
  conformance = await buildConformanceBundle();
  results = runEmulated(product, conformance, scenarioList(conformance).map((s) => s.name));
});

describe('the scenarios in the emulation', () => {
  it('are the set live:check runs, each with a Vietnamese title, and offer one entry point', () => {
    expect(scenarioList(conformance).map((s) => s.name)).toEqual(['formula-text', 'dimension-mismatch', 'sheet-name-case', 'frozen-rows', 'number-typing', 'checkbox-separator', 'update-cells', 'time-zone-change', 'confirmation-message', 'form-closing', 'docs-table-rows']);
    for (const s of scenarioList(conformance)) expect(s.title.normalize('NFC')).toBe(s.title);
    expect(conformance).toContain(`function ${RUN_FUNCTION}(name)`);
  });

  it('each runs to the end through the harness and returns only primitives', () => {
    for (const [name, r] of results) {
      expect(r, name).toMatchObject({ ok: true });
      for (const v of Object.values(r.observations ?? {})) expect(['string', 'number', 'boolean'].includes(typeof v) || v === null, name).toBe(true);
    }
  });

  it('observe what the emulation does, key by key', () => {
    expect(results.get('formula-text')!.observations).toEqual({ plainFormula: '=1+1', quotedFormula: '', quotedValue: '=1+1', quotedType: 'string' });
    // The refusal itself; its wording depends on the account's language, and live:check shows it side by side.
    const mismatch = results.get('dimension-mismatch')!.observations!;
    expect(mismatch).toMatchObject({ rowsThrew: true, colsThrew: true });
    expect(String(mismatch.rowsMessage)).toMatch(/1.*2/);
    expect(String(mismatch.colsMessage)).toMatch(/3.*2/);
    expect(results.get('checkbox-separator')!.observations).toMatchObject({ answerCell: ['Một', 'Ba'].join(CHECKBOX_SEPARATOR), answerColumn: 1 });
    expect(Object.keys(results.get('frozen-rows')!.observations!)).toEqual(['freezeAllThrew', 'freezeAllMessage', 'frozenAfterFreezeAll', 'deleteAllUnfrozenThrew', 'deleteAllUnfrozenMessage', 'rowsLeft', 'frozenLeft']);
    expect(Object.keys(results.get('sheet-name-case')!.observations!)).toEqual(['foundWithOtherCase', 'foundIsSameTab', 'duplicateRefused', 'duplicateMessage']);
    expect(results.get('number-typing')!.observations).toMatchObject({ locale: 'vi_VN', '07': 'number:7', TRUE: 'boolean:true' });
    // What the emulation assumes of the cases live:check is to settle (review emulator F4): text; but a time alone is a
    // time, on Sheets' day zero (the product's own REINTERPRETED rule, src/core/table.ts; review r82p).
    expect(results.get('number-typing')!.observations).toMatchObject({ '12/3': 'string:12/3', '2025-09-01': 'string:2025-09-01', '7:30': 'date:1899-12-30 07:30' });
    // What the emulation assumes of the time-zone change, a new form's message and the Docs table rows (review diff36 L3,
    // L5): live:check says whether Google agrees.
    expect(results.get('time-zone-change')!.observations).toEqual({ zoneChanged: true, shownKept: true, instantMovedByTheZones: true });
    expect(results.get('confirmation-message')!.observations).toEqual({ blankOnNewForm: true });
    expect(results.get('form-closing')!.observations).toEqual({ blankMessage: true, closedPublished: true, closedAccepting: false, messageKept: true, acceptingUnpublishedThrows: true });
    expect(results.get('docs-table-rows')!.observations).toEqual({ rows: 3, headerPinned: true, rowWhole: true, copiedRowWhole: true, copiedRowNotHeader: true });
    expect(results.get('update-cells')!.observations).toEqual({
      formula: '', first: 'string:=1+1', second: 'string:07', third: "string:'x", fourth: 'string:', dateType: 'date', sameInstantToTheSecond: true, lastRowSeen: 1,
    });
  });

  it('an unknown scenario is reported by the bundle, not thrown', () => {
    expect(runEmulated(product, conformance, ['nope']).get('nope')).toEqual({ ok: false, error: 'unknown scenario: nope' });
  });
});

describe('on Google: scripts.run', () => {
  it('runs the pushed code (devMode) of the scratch project, one scenario per call', () => {
    expect(runRequest('1Scratch', 'frozen-rows')).toEqual({ scriptId: '1Scratch', requestBody: { function: 'conformanceRun', parameters: ['frozen-rows'], devMode: true } });
  });

  it('reads the result, the script’s error with its stack, and an unfinished execution', () => {
    expect(parseOperation(api['scripts.run#returned'])).toEqual({ ok: true, observations: { foundWithOtherCase: true, duplicateRefused: true } });
    expect(parseOperation(api['scripts.run#threw'])).toEqual({ ok: false, error: 'ScriptError: Không thể gọi SpreadsheetApp.getActiveSpreadsheet. (runScenario:212 < conformanceRun:240)' });
    expect(parseOperation(api['scripts.run#pending'])).toEqual({ ok: false, error: 'execution not finished (done: false)' });
    expect(parseOperation({ done: true, response: { result: 42 } })).toEqual({ ok: false, error: 'unexpected result: 42' });
  });
});

describe('the comparison', () => {
  it('nothing when both sides observed the same', () => {
    expect(compareResults(results.get('formula-text')!, JSON.parse(JSON.stringify(results.get('formula-text')!)))).toEqual([]);
  });

  it('each key that differs, with both values; a key one side lacks; a scenario that failed on one side', () => {
    const live: ScenarioResult = { ok: true, observations: { foundWithOtherCase: true, duplicateRefused: true, extra: 1 } };
    const emu: ScenarioResult = { ok: true, observations: { foundWithOtherCase: false, duplicateRefused: true } };
    expect(compareResults(live, emu)).toEqual([
      { key: 'foundWithOtherCase', live: 'true', emulated: 'false' },
      { key: 'extra', live: '1', emulated: '(không có)' },
    ]);
    expect(compareResults({ ok: false, error: 'boom' }, emu)[0]).toEqual({ key: 'error', live: '(lỗi) boom', emulated: '(chạy xong)' });
  });
});

describe('the scratch project', () => {
  it('gets the bundle, the scenarios and the product’s manifest, callable by its owner through the API', () => {
    const files = writeScratchFiles(join(work, 'push'), product, conformance);
    expect(files).toEqual(['Code.js', CONFORMANCE_FILE, 'appsscript.json']);
    const manifest = JSON.parse(readFileSync(join(work, 'push', 'appsscript.json'), 'utf8'));
    const own = JSON.parse(readFileSync(join(__dirname, '..', '..', 'appsscript', 'appsscript.json'), 'utf8'));
    expect(manifest).toEqual({ ...own, executionApi: { access: 'MYSELF' } });
    expect(scratchManifest({ timeZone: 'Asia/Ho_Chi_Minh' })).toEqual({ timeZone: 'Asia/Ho_Chi_Minh', executionApi: { access: 'MYSELF' } });
    expect(readFileSync(join(work, 'push', CONFORMANCE_FILE), 'utf8')).toBe(conformance);
  });
});

describe('clasp runs on the scratch project only', () => {
  it('every call names the scratch folder as the project (never the office’s .clasp.json found upwards)', () => {
    expect(SCRATCH_DIR).toBe(join(__dirname, '..', '..', '.live'));
    expect(claspArgs(['push', '--force'], {})).toEqual(['--project', SCRATCH_DIR, 'push', '--force']);
    expect(claspArgs(['push', '--force'], { auth: '/k/.clasprc.json', user: 'phong' })).toEqual(['--auth', '/k/.clasprc.json', '--user', 'phong', '--project', SCRATCH_DIR, 'push', '--force']);
  });
});
