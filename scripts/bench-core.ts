// The core alone, measured in a fresh process (issue 12, item 3): `npm run bench` (scripts/bench.ts, section 5) spawns
// this script several times as `node --expose-gc --import tsx scripts/bench-core.ts`, writes the inputs to its stdin
// (v8.serialize: the tabs as a rebuild reads them) and reads ONE line of JSON back. Apps Script starts every execution
// fresh, so the figure checked is a truly cold run: no core function has run in this process before it (the inputs
// were made in the parent; this script imports only what it measures).
//
// In this order: the floor — the best of three passes reading every cell of the inputs and NFC-normalising every
// string (what any validation must do) — before the core runs; then ONE cold run of what a rebuild asks of the core
// (evaluate the response, report and directory tabs; the rows of "Kết quả kiểm tra"; the merge of "Thẩm định" as the
// previous rebuild left it; the school or group tabs, "Tổng hợp" and the lookup tab; the cells of "Kết quả kiểm tra"
// and "Thẩm định" made literal for their setValues, src/core/table.ts gridFor); then three warm runs (the best is
// reported). Memory: what the cold run added to the heap and still holds with its results, after a full collection.
//
// The core is measured as it runs in Apps Script: bundled by esbuild with the options of the pushed bundle
// (esbuild.config.mjs: platform neutral, es2020, minified, one IIFE), here over an entry exporting only the functions
// measured, and loaded as one script (vm.runInThisContext) — not through tsx's module loader, which reaches every
// import through a getter of its own. The bundle is built and loaded before the floor; the floor's loop is this script's
// own code, as before.
// READABLE=1 builds the same code unminified, for a CPU profile whose frames carry the source's names
// (`READABLE=1 node --cpu-prof --expose-gc --import tsx scripts/bench-core.ts < inputs`); the bench never sets it.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize } from 'node:v8';
import { runInThisContext } from 'node:vm';
import { performance } from 'node:perf_hooks';
import { buildSync } from 'esbuild';
import { esbuildOptions } from '../esbuild.config.mjs';
import type { OfficeConfig } from '../src/core/config';
import type * as Evaluate from '../src/core/evaluate';
import type * as Review from '../src/core/review';
import type * as ResultsTable from '../src/core/results-table';
import type * as Table from '../src/core/table';
import type * as Messages from '../src/core/messages';
import type * as Summaries from '../src/core/summaries';

/** What the parent writes to stdin (v8.serialize). */
export interface CoreInputs {
  config: OfficeConfig;
  directoryRows: string[][];
  responseValues: unknown[][];
  reportValues: unknown[][];
  reviewValues: unknown[][];
}

/** The one line of JSON this script prints. Times in ms, memory in bytes. */
export interface CoreFigures {
  floorMs: number;
  /** The cold run: its total and its three parts. */
  coldMs: number;
  evalMs: number;
  aggregateMs: number;
  cellsMs: number;
  /**
   * The cold run's CPU time on this process's main thread (Linux: /proc/self/task/PID/schedstat; null elsewhere): unlike
   * the wall time, it leaves out the time the process waits for a core other work holds.
   */
  coldCpuMs: number | null;
  /** The best of three warm runs. */
  warmMs: number;
  /** Held after the cold run (results and caches), of which by the results; heap growth during evaluate. */
  held: number;
  byResults: number;
  heapPeak: number;
  /** Characters of the inputs' strings (after NFC). */
  chars: number;
  registrations: number;
  results: number;
  tabs: number;
  mode: string;
  review: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

/** The functions measured, from a bundle built like dist/Code.js. */
interface Measured {
  evaluateAll: typeof Evaluate.evaluateAll;
  mergeReview: typeof Review.mergeReview;
  resultRow: typeof ResultsTable.resultRow;
  gridFor: typeof Table.gridFor;
  RESULTS_HEADER: typeof Messages.RESULTS_HEADER;
  schoolTabs: typeof Summaries.schoolTabs;
  districtSummary: typeof Summaries.districtSummary;
  lookupTab: typeof Summaries.lookupTab;
}
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const built = buildSync({
  ...esbuildOptions(process.env.READABLE ? false : true),
  entryPoints: undefined,
  stdin: {
    contents: [
      "export { evaluateAll } from './src/core/evaluate';",
      "export { mergeReview } from './src/core/review';",
      "export { resultRow } from './src/core/results-table';",
      "export { gridFor } from './src/core/table';",
      "export { RESULTS_HEADER } from './src/core/messages';",
      "export { districtSummary, lookupTab, schoolTabs } from './src/core/summaries';",
    ].join('\n'),
    resolveDir: root,
    sourcefile: 'bench-core-entry.ts',
    loader: 'ts',
  },
});
const bundled = built.outputFiles[0].text;
const { evaluateAll, mergeReview, resultRow, gridFor, RESULTS_HEADER, schoolTabs, districtSummary, lookupTab } = runInThisContext(
  `${bundled};${esbuildOptions(process.env.READABLE ? false : true).globalName}`,
  { filename: 'bench-core-bundle.js' },
) as Measured;

let input: Buffer | undefined = readFileSync(0);
const { config, directoryRows, responseValues, reportValues, reviewValues } = deserialize(input) as CoreInputs;
input = undefined;

// The floor, before anything of the core has run.
let floorMs = Infinity;
let chars = 0;
for (let pass = 0; pass < 3; pass++) {
  gc();
  const f0 = performance.now();
  chars = 0;
  for (const table of [responseValues, reportValues, directoryRows as unknown[][], reviewValues]) {
    for (const row of table) for (const v of row) if (typeof v === 'string') chars += v.normalize('NFC').length;
  }
  floorMs = Math.min(floorMs, performance.now() - f0);
}

/**
 * Validates and aggregates; returns figures only, so that its results are garbage once it returns. `held`: also what
 * the run holds after a full collection (the cold run only: the collection takes a while on this heap).
 */
function measure(held: boolean) {
  gc!();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const out = evaluateAll({ config, directoryRows, responseValues, reportValues });
  const evalMs = performance.now() - t0;
  const heapPeak = process.memoryUsage().heapUsed - heap0;
  const t1 = performance.now();
  const results = out.registrations.map(resultRow);
  const review = mergeReview(reviewValues, out.registrations);
  const tabs = schoolTabs(out, config);
  const summary = districtSummary(out, config);
  lookupTab(out, config, { summary });
  const aggregateMs = performance.now() - t1;
  // The grids are the writes' own: garbage once written.
  const t2 = performance.now();
  const cells = gridFor(RESULTS_HEADER, results, { rows: 0, cols: 0 }).length + gridFor(review.header, review.rows, { rows: 0, cols: 0 }).length;
  const cellsMs = performance.now() - t2;
  if (held) gc!();
  const withResults = process.memoryUsage().heapUsed;
  return { evalMs, aggregateMs, cellsMs, cells, heapPeak, held: withResults - heap0, withResults, registrations: out.registrations.length, results: results.length, tabs: tabs.tabs.length, mode: tabs.mode, review: review.rows.length };
}

/** CPU time of the main thread so far, in ms (null where /proc does not tell it). */
function mainThreadCpuMs(): number | null {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

const cpu0 = mainThreadCpuMs();
const m = measure(true);
const cpu1 = mainThreadCpuMs();
gc();
// Retained by the results: the heap with the results held, minus the heap once they are let go (the caches stay).
const byResults = m.withResults - process.memoryUsage().heapUsed;
let warmMs = Infinity;
for (let run = 0; run < 3; run++) {
  const w = measure(false);
  warmMs = Math.min(warmMs, w.evalMs + w.aggregateMs + w.cellsMs);
}
const figures: CoreFigures = {
  floorMs,
  coldMs: m.evalMs + m.aggregateMs + m.cellsMs,
  coldCpuMs: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0,
  evalMs: m.evalMs,
  aggregateMs: m.aggregateMs,
  cellsMs: m.cellsMs,
  warmMs,
  held: m.held,
  byResults,
  heapPeak: m.heapPeak,
  chars,
  registrations: m.registrations,
  results: m.results,
  tabs: m.tabs,
  mode: m.mode,
  review: m.review,
};
console.log(JSON.stringify(figures));
