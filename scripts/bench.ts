// npm run bench: the figures behind the speed and memory goals, measured here and printed (no test asserts a
// time: this machine is shared and noisy). Service calls are exact; "modelled" time is the emulation's latency
// model (emulator/latency.ts) — what the calls would cost on Google's servers, not this machine's time.
process.env.TZ = 'Asia/Ho_Chi_Minh';

import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { createEmulator } from '../emulator/index';
import { evaluateAll } from '../src/core/evaluate';
import { mergeReview } from '../src/core/review';
import { cellCount, districtSummary, lookupTab, schoolTabs } from '../src/core/summaries';
import { makeSampleOffice } from '../sample/office';
import { responseTabs } from '../sample/response-tabs';
import { runSeason, typeIntoTab } from './season';

const code = readFileSync('dist/Code.js', 'utf8');
const rows: string[][] = [];
const add = (...cells: (string | number)[]) => rows.push(cells.map(String));
const secs = (ms: number) => (ms / 1000).toFixed(1) + ' s';

add('bundle', 'dist/Code.js', `${(Buffer.byteLength(code) / 1024).toFixed(1)} KiB (${(gzipSync(code).length / 1024).toFixed(1)} KiB gzip)`, '');

// 1. The sample season: every entry point as the office and the schools use it.
const season = runSeason({ bundlePath: 'dist/Code.js' });
for (const [name, e] of season.entryPoints) {
  add('sample season', `${name} ×${e.runs}`, `${Math.round(e.calls / e.runs)} calls/run`, `${secs(e.modelledMs / e.runs)} modelled/run`);
}

// 2. A rebuild at three sizes: calls must stay flat in the number of registrations.
function rebuildAt(schools: number, registrations: number) {
  const office = makeSampleOffice({ schools, registrations, seed: 7 });
  // A consumer account: 100 recipients a day. The first rebuild sends that many confirmations; the second, on the
  // same day, has no quota left and shows the steady state of a rebuild.
  const emu = createEmulator({ now: new Date(office.submissions[0].at.getTime() - 86_400_000), mailQuota: 100, modelLatency: true });
  const bundle = emu.loadBundle(code);
  bundle.call('setup', undefined, { kind: 'menu' });
  typeIntoTab(emu, 'Đơn vị', office.directoryRows);
  bundle.call('setup', undefined, { kind: 'menu' });
  // Fill the response tab without firing the submit trigger on each row (what an import or a backlog looks like).
  const submitTriggers = emu.triggers.triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT');
  for (const t of submitTriggers) emu.triggers.triggers.splice(emu.triggers.triggers.indexOf(t), 1);
  const formId = emu.properties.script.get('form.registration.id')!;
  const ids: string[] = [];
  office.submissions.forEach((s, i) => {
    const edit = s.editOf !== undefined ? ids[s.editOf] : undefined;
    ids[i] = emu.forms.submitAsUser(formId, s.answers, { email: s.email, at: s.at, ...(edit ? { editResponseId: edit } : {}) }).responseId;
  });
  // First rebuild sends every confirmation (calls grow with e-mails, by nature); the second is the steady state.
  bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  emu.runtime.resetCalls();
  const t0 = performance.now();
  try {
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  } catch {
    // recorded on the execution below
  }
  const wall = performance.now() - t0;
  const x = emu.runtime.executions[emu.runtime.executions.length - 1];
  const reads = { getValues: emu.runtime.count('Range.getValues'), setValues: emu.runtime.count('Range.setValues') };
  const cells = emu.spreadsheets.active.sheets.reduce((n, s) => n + s.cellCount, 0);
  add(
    'rebuildSummaries',
    `${schools} schools / ${registrations} registrations`,
    `${x.calls} calls; floor ${reads.getValues + reads.setValues} (${reads.getValues} reads + ${reads.setValues} tab writes)`,
    `${secs(x.modelledMs)} modelled, ${secs(wall)} here, ${(cells / 1e6).toFixed(2)} M cells${x.error ? ' — ' + x.error : ''}`,
  );
  // One more school submits, with the trigger back: the cost of a submission at this size (issue 12: flat in n).
  emu.triggers.triggers.push(...submitTriggers);
  const last = office.submissions[office.submissions.length - 1];
  const t1 = performance.now();
  emu.forms.submitAsUser(formId, last.answers, { email: last.email, at: emu.clock.now() + 60_000 });
  const submitWall = performance.now() - t1;
  const s = emu.runtime.executions.filter((e) => e.label === 'onFormSubmit').pop()!;
  add(
    'onFormSubmit',
    `${schools} schools / ${registrations} registrations`,
    `${s.calls} calls`,
    `${secs(s.modelledMs)} modelled, ${secs(submitWall)} here${s.error ? ' — ' + s.error : ''}`,
  );
}

for (const [s, r] of [
  [40, 400],
  [200, 4000],
  [1000, 20000],
] as const) {
  rebuildAt(s, r);
}
// The floor of a rebuild is one read per input tab plus one write per output tab; the rest are per-tab formatting
// and lookups, so the calls follow the number of tabs written, never the number of registrations.

// 3. The core alone: make the sample, validate and aggregate 20,000 registrations. These were once assertions of
// the test suite ("in a few seconds", "well under a second"); they are figures of this machine, reported here.
{
  const tg = performance.now();
  const office = makeSampleOffice({ schools: 1000, registrations: 20000, seed: 3 });
  const generateMs = performance.now() - tg;
  const tr = performance.now();
  const { responseValues: values } = responseTabs(office);
  const rowsMs = performance.now() - tr;
  add('sample office', `${office.submissions.length} submissions, 1000 schools`, `${(generateMs / 1000).toFixed(2)} s here`, `response rows ${(rowsMs / 1000).toFixed(2)} s here`);
  (globalThis as { gc?: () => void }).gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const out = evaluateAll({ config: office.config, directoryRows: office.directoryRows, responseValues: values });
  const ms = performance.now() - t0;
  const heap = process.memoryUsage().heapUsed - heap0;
  add('core evaluateAll', `${out.registrations.length} registrations`, `${(ms / 1000).toFixed(2)} s here`, `+${(heap / 1048576).toFixed(0)} MiB heap`);
  const t1 = performance.now();
  const tabs = schoolTabs(out, office.config);
  const summary = districtSummary(out, office.config);
  const lookup = lookupTab(out, office.config, { summary });
  const review = mergeReview([], out.registrations);
  const aggregateMs = performance.now() - t1;
  const cells = cellCount([...tabs.tabs, summary, lookup, review]);
  add('core aggregate', `${tabs.tabs.length} ${tabs.mode} tabs + Tổng hợp + Tra cứu + Thẩm định`, `${(aggregateMs / 1000).toFixed(2)} s here`, `${(cells / 1e6).toFixed(2)} M cells`);
  const t2 = performance.now();
  mergeReview([review.header, ...review.rows], out.registrations);
  const mergeMs = performance.now() - t2;
  add('core mergeReview', `over a full Thẩm định tab (${review.rows.length} rows)`, `${(mergeMs / 1000).toFixed(2)} s here`, '');
}

const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(line(['what', 'case', 'service calls', 'time and size']));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
