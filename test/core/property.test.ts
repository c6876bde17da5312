import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runInNewContext } from 'node:vm';
import { evaluateAll } from '../../src/core/evaluate';
import { formItems } from '../../src/core/registration-form';
import { matchKey, canonicalTones } from '../../src/core/text';
import { toCell } from '../../src/core/table';
import { criteriaToRows } from '../../src/core/criteria-tab';
import { config, directoryRows, form, headerRow, TODAY } from './helpers';

const cfg = config(TODAY);
const f = form(cfg);
const header = headerRow(f);
const items = formItems(f);
// The valid answers of each column, so generated rows reach deep into the evaluators.
const valid: string[][] = [[], []];
for (const it of items) {
  if (it.kind === 'grid') for (const _ of it.rows!) valid.push(it.columns!);
  else valid.push(it.choices || ['Có', 'Không', '1985', 'Nguyễn Văn Tùng']);
}

const weird = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    '',
    '   ',
    '=IMPORTXML("http://x";"//a")',
    '+84 912 345 678',
    '-',
    '@',
    '<script>alert(1)</script>',
    '😀👩‍🏫🇻🇳',
    '\u202Eđảo ngược\u202C',
    '\u200F\u200E\u2066x\u2069',
    'Hoà Bình'.normalize('NFD'),
    'x'.repeat(60000),
    'Có, Không',
    '__proto__',
    'constructor',
    'Năm 2021',
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date(),
  fc.constant(runInNewContext('new Date(2022, 1, 3)')),
  fc.constant(runInNewContext('new Date(NaN)')),
  fc.constant(new Date(NaN)),
  fc.constant({}),
  fc.constant([1, 2]),
  fc.constant(Object.create(null)),
  fc.constant(10n),
);

const cell = (i: number) => (valid[i] && valid[i].length ? fc.oneof(fc.constantFrom(...valid[i]), weird) : weird);
const row = fc.tuple(...header.map((_, i) => cell(i)));

function run(rows: unknown[][], hdr: unknown[] = header) {
  return evaluateAll({
    config: cfg,
    directoryRows: directoryRows(),
    responseValues: [hdr, ...rows],
    criteriaRows: criteriaToRows(),
  });
}

const snapshot = (out: ReturnType<typeof run>) =>
  JSON.stringify(
    { regs: out.registrations.map((r) => [r.id, r.verdict, r.findings, r.score, r.flags, r.submittedAt && r.submittedAt.getTime()]), duties: out.schoolDuties, errors: out.errors },
    (_k, v) => (typeof v === 'bigint' ? String(v) : v),
  );

describe('validation is total and deterministic', () => {
  it('never throws on arbitrary rows and gives the same result twice', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 0, maxLength: 6 }), (rows) => {
        const a = run(rows);
        const b = run(rows);
        expect(snapshot(a)).toBe(snapshot(b));
        for (const r of a.registrations) {
          expect(['dat', 'chuaDat', 'canBoSung']).toContain(r.verdict);
          for (const fd of r.findings) expect(fd.message).toBe(fd.message.normalize('NFC'));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on arbitrary headers and ragged rows', () => {
    fc.assert(
      fc.property(fc.array(weird, { maxLength: 12 }), fc.array(fc.array(weird, { maxLength: 15 }), { maxLength: 4 }), (hdr, rows) => {
        const a = run(rows, hdr);
        expect(snapshot(a)).toBe(snapshot(run(rows, hdr)));
        expect(a.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });

  it('every non-empty row gives exactly one registration, in row order', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 5 }), (rows) => {
        const out = run(rows);
        const nonEmpty = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.some((v) => matchKey(v) !== '' || typeof v === 'number' || typeof v === 'boolean'));
        expect(out.registrations.length).toBeLessThanOrEqual(rows.length);
        expect(out.registrations.map((r) => r.row)).toEqual([...out.registrations.map((r) => r.row)].sort((x, y) => x - y));
        expect(out.registrations.length).toBeGreaterThanOrEqual(nonEmpty.filter(({ r }) => r.some((v) => typeof v === 'string' && matchKey(v) !== '')).length);
      }),
      { numRuns: 60 },
    );
  });
});

describe('text helpers are total', () => {
  it('matchKey and canonicalTones are idempotent; toCell never lets text become a formula', () => {
    fc.assert(
      fc.property(weird, (v) => {
        const k = matchKey(v);
        expect(matchKey(k)).toBe(k);
        expect(canonicalTones(canonicalTones(k))).toBe(canonicalTones(k));
        const c = toCell(v);
        if (typeof c === 'string') {
          expect(c.length).toBeLessThanOrEqual(50000);
          expect(/^[=+\-@\t\r]/.test(c)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});
