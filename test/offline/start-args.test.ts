// `npm start -- --sample NAME --out DIR` (review docs L7): a sample's files go to DIR, so that a second sample does not
// overwrite the first; a folder that is not a sample's (or a workbook run's) is never emptied.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MARKER, MSG, parseArgs } from '../../scripts/offline';
import { SAMPLE_MARKER, checkSampleOut, takeSample, takeSampleOut } from '../../scripts/start';

describe('npm start: --out with a sample', () => {
  it('takes --out DIR (also --out=DIR) from a sample run\'s arguments, leaving a workbook run\'s to parseArgs', () => {
    expect(takeSampleOut(['--out', 'out-2021'])).toEqual({ out: 'out-2021', rest: [] });
    expect(takeSampleOut(['--out=out-xa'])).toEqual({ out: 'out-xa', rest: [] });
    const { sample, rest } = takeSample(['--sample', '2021-2025', '--out', 'out-2021']);
    expect(sample).toBe('2021-2025');
    expect(takeSampleOut(rest)).toEqual({ out: 'out-2021', rest: [] });
    // What is left is parsed as before: no sample option, --today still only with a workbook.
    expect(parseArgs(takeSampleOut(['--out', 'kq']).rest)).toEqual({});
    expect(() => parseArgs(takeSampleOut(['--out', 'kq', '--today', '2024-06-28']).rest)).toThrow(MSG.optionWithoutWorkbook('--today'));
    expect(() => takeSampleOut(['--out'])).toThrow(MSG.missingValue('--out'));
    expect(() => takeSampleOut(['--out', '--sample'])).toThrow(MSG.missingValue('--out'));
    // With --workbook, --out is the workbook run's own.
    expect(takeSampleOut(['--workbook', 'a.xlsx', '--out', 'kq'])).toEqual({ out: undefined, rest: ['--workbook', 'a.xlsx', '--out', 'kq'] });
    expect(parseArgs(takeSampleOut(['--workbook=a.xlsx', '--out', 'kq']).rest)).toEqual({ workbook: 'a.xlsx', out: 'kq' });
  });

  it('replaces a folder only when it is new, empty, or a sample\'s or workbook run\'s; never one holding the current folder', () => {
    const base = mkdtempSync(join(tmpdir(), 'dhtt-start-'));
    const cwd = join(base, 'project');
    mkdirSync(cwd);
    expect(() => checkSampleOut(join(base, 'new'), cwd)).not.toThrow();
    const empty = join(base, 'empty');
    mkdirSync(empty);
    expect(() => checkSampleOut(empty, cwd)).not.toThrow();
    for (const marker of [SAMPLE_MARKER, MARKER]) {
      const made = join(base, `made-${marker}`);
      mkdirSync(made);
      writeFileSync(join(made, marker), '{}');
      writeFileSync(join(made, 'van-phong.xlsx'), '');
      expect(() => checkSampleOut(made, cwd)).not.toThrow();
    }
    const foreign = join(base, 'foreign');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'luan-van.docx'), '');
    expect(() => checkSampleOut(foreign, cwd)).toThrow(MSG.outNotOurs(foreign));
    const file = join(base, 'a-file');
    writeFileSync(file, '');
    expect(() => checkSampleOut(file, cwd)).toThrow(MSG.outIsFile(file));
    expect(() => checkSampleOut(cwd, cwd)).toThrow(MSG.outUnsafe(cwd));
    expect(() => checkSampleOut(dirname(cwd), cwd)).toThrow(MSG.outUnsafe(dirname(cwd)));
  });

  it('the command refuses a folder not its own before running the season, leaving it as it was (exit status 2)', () => {
    const foreign = mkdtempSync(join(tmpdir(), 'dhtt-start-foreign-'));
    writeFileSync(join(foreign, 'luan-van.docx'), 'x');
    const res = spawnSync('npx', ['tsx', 'scripts/start.ts', '--sample', '2021-2025', '--out', foreign], { encoding: 'utf8', env: { ...process.env, INIT_CWD: process.cwd() } });
    expect(res.status).toBe(2);
    expect(res.stderr).toContain(MSG.outNotOurs(foreign));
    expect(readdirSync(foreign)).toEqual(['luan-van.docx']);
  });
});
