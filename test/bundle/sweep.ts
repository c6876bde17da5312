// Fault sweeps: a job is run once per service call it makes, with a fault at that call (the call throws, the others
// run), and once more per call with a kill there (that call and every later one of the execution throw); after each,
// the office's jobs run until quiet. What came out is compared with the run without faults: e-mails (by recipient
// and subject), documents and forms.
import type { Emulator } from '../../emulator/index';
import { forkOffice } from './helpers';
import { checkedNow, unflushedReleases } from '../lock-check';

export interface Office {
  emu: Emulator;
  bundle: ReturnType<Emulator['loadBundle']>;
}

export interface Scenario<O extends Office> {
  /** A fresh office just before the job. */
  prepare(): O;
  /** The job under test (one execution, or a submission firing its trigger). */
  run(o: O): void;
  /** One round of the runs that follow (triggers, the next day's jobs); called until a round changes nothing. */
  settle(o: O): void;
  /** Extra checks of the end state (documents, forms, templates); returns problems, [] when all is well. */
  check?(o: O, baseline: O): string[];
  /** How e-mails are compared with the run without faults (default: recipient and subject as sent). */
  mailKey?(key: string): string;
}

export interface PointResult {
  call: number;
  name: string;
  /** The kill fell after a MailApp.sendEmail whose confirming journal write had not happened yet. */
  inWindow: boolean;
  kill: boolean;
  duplicates: number;
  missing: string[];
  problems: string[];
}

export interface SweepReport {
  calls: number;
  /** The calls swept (each with a fault, then with a kill). */
  swept: number;
  points: PointResult[];
  /** Kills that fell between a MailApp.sendEmail and its confirmation: the ambiguous window. */
  ambiguousPoints: number;
  duplicatesInWindow: number;
  duplicatesOutsideWindow: number;
  missing: number;
  problems: number;
  /** Distinct call names the sweep hit. */
  names: number;
}

/**
 * A kill after these calls is in the ambiguous window: an e-mail went (MailApp.sendEmail) and no journal write
 * (Properties.setProperties) has confirmed it since.
 */
export function inAmbiguousWindow(previous: string[]): boolean {
  return previous.lastIndexOf('MailApp.sendEmail') > previous.lastIndexOf('Properties.setProperties');
}

/** Every e-mail sent: "recipients | subject" (one message to two staff addresses is one e-mail). */
export function mailKeys(emu: Emulator): string[] {
  return emu.mail.sent.map((m) => `${m.to.join(',')} | ${m.subject}`);
}

function countBy(keys: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

function settleUntilQuiet<O extends Office>(s: Scenario<O>, o: O): void {
  const state = () => `${o.emu.mail.sent.length}|${o.emu.docs.list().length}|${o.emu.forms.forms.size}`;
  for (let round = 0; round < 6; round++) {
    const before = state();
    s.settle(o);
    if (state() === before) return;
  }
}

function quietly(fn: () => void): void {
  try {
    fn();
  } catch {
    // The job failed (as it may under a fault); what matters is what the next runs make of it.
  }
}

/** Calls whose failure decides something (mail, the record, Drive, Docs, Forms, triggers, locks): always swept. */
const DECIDING = /^(MailApp|Properties|DriveApp|DocumentApp|FormApp|File|Folder|ScriptApp|Lock)\./;

/**
 * With a stride above 1, at most this many points of one place in the job: the call, the one before it and the one after
 * it. A job's loops make the same calls in the same order for each item (a document per nominee: its template found,
 * copied, opened, filled, recorded): a fault at the first two items' calls takes the paths a fault at the thirtieth
 * would; where an item is handled differently (the last, a batch's end) the calls around it differ, and it is swept.
 */
export const PER_PLACE = 2;

/**
 * Of the points `ks` — a number of calls made before something happens (runtime.interleave's afterCalls, a kill's call)
 * — those whose place in `trace` (the call before the point and the two after it) was not taken PER_PLACE times already:
 * the same calls in a row (ten column widths set one after another) are one place, tried twice.
 */
export function oncePerPlace(trace: readonly string[], ks: readonly number[]): number[] {
  const taken = new Map<string, number>();
  return ks.filter((k) => {
    const place = `${trace[k - 1] ?? ''}|${trace[k] ?? ''}|${trace[k + 1] ?? ''}`;
    const times = taken.get(place) ?? 0;
    if (times >= PER_PLACE) return false;
    taken.set(place, times + 1);
    return true;
  });
}

/**
 * The 1-based calls to sweep: all of them with stride 1. With a larger stride: every call of a deciding service
 * (above) and every stride-th call of the others — what is left out is the bulk of repeated formatting, tab writes and
 * form item setters (Range.setWrap, TextItem.setTitle…), whose faults the stride still samples —, each place at most
 * PER_PLACE times.
 */
export function choosePoints(trace: string[], stride: number): number[] {
  if (stride <= 1) return trace.map((_, i) => i + 1);
  const out: number[] = [];
  const taken = new Map<string, number>();
  trace.forEach((n, i) => {
    if (!DECIDING.test(n) && (i + 1) % stride !== 0) return;
    const place = `${trace[i - 1] ?? ''}|${n}|${trace[i + 1] ?? ''}`;
    const times = taken.get(place) ?? 0;
    if (times >= PER_PLACE) return;
    taken.set(place, times + 1);
    out.push(i + 1);
  });
  return out;
}

/**
 * The stride of `npm test`, by job size; SWEEP_STRIDE=1 sweeps every call of every job (about 7,000 runs of the
 * office: about 25 minutes here, 3,792 points for the proposals alone), another value sets every job's stride.
 */
export function strideFor(calls: number): number {
  if (process.env.SWEEP_STRIDE) return Number(process.env.SWEEP_STRIDE);
  return calls > 500 ? 40 : 10;
}

/**
 * `prepare` run once, then a fork of what it made at each call (helpers.ts forkOffice): what running it again would
 * give, in a fraction of the time.
 */
export function forkingPrepare<O extends Office>(prepare: () => O): () => O {
  let template: O | undefined;
  return () => forkOffice((template ??= prepare()));
}

/**
 * The time limit of a sweep's test: only a hang is caught at the stride of `npm test`; a sweep of every call
 * (SWEEP_STRIDE=1) of the proposals takes about 13 minutes on this machine (3,792 points).
 */
export const SWEEP_TIMEOUT = process.env.SWEEP_STRIDE ? 3 * 3_600_000 : 600_000;

/** Runs the sweep over the calls choosePoints gives. */
export function sweep<O extends Office>(s: Scenario<O>, opts: { stride?: number } = {}): SweepReport {
  // The office is prepared once; the run without faults and each point start from a fork of it.
  const prepare = forkingPrepare(s.prepare);
  // The run without faults: how many calls the job makes, and what it sends in the end.
  const base = prepare();
  const trace: string[] = [];
  base.emu.runtime.trace = trace;
  s.run(base);
  base.emu.runtime.trace = null;
  const calls = trace.length;
  settleUntilQuiet(s, base);
  const keysOf = (emu: Emulator) => mailKeys(emu).map(s.mailKey ?? ((k) => k));
  const expected = countBy(keysOf(base.emu));
  for (const [k, n] of expected) if (n > 1) throw new Error(`the run without faults sends ${k} ${n} times`);
  const baseProblems = s.check ? s.check(base, base) : [];
  if (baseProblems.length) throw new Error(`the run without faults: ${baseProblems.join('; ')}`);

  const chosen = choosePoints(trace, opts.stride ?? strideFor(calls));
  const points: PointResult[] = [];
  for (const kill of [false, true]) {
    for (const call of chosen) {
      const o = prepare();
      if (kill) o.emu.runtime.killAtCall(call);
      else o.emu.runtime.failAtCall(call);
      quietly(() => s.run(o));
      const hit = o.emu.runtime.lastFault;
      o.emu.runtime.clearFaults();
      settleUntilQuiet(s, o);
      const got = countBy(keysOf(o.emu));
      let duplicates = 0;
      for (const n of got.values()) duplicates += n - 1;
      const missing = [...expected.keys()].filter((k) => !got.has(k));
      points.push({
        call,
        name: hit?.name ?? '(not reached)',
        inWindow: kill && !!hit && inAmbiguousWindow(hit.previous),
        kill,
        duplicates,
        missing,
        // The suite's lock rule, checked for this point now: its emulator is then let go (test/lock-check.ts), where a
        // sweep of every call (SWEEP_STRIDE=1) kept thousands of offices alive until the test's end.
        problems: [...(s.check ? s.check(o, base) : []), ...unflushedReleases(o.emu)],
      });
      checkedNow(o.emu);
    }
  }
  const inWindow = (p: PointResult) => p.inWindow;
  return {
    calls,
    swept: chosen.length,
    points,
    ambiguousPoints: points.filter(inWindow).length,
    duplicatesInWindow: points.filter(inWindow).reduce((n, p) => n + p.duplicates, 0),
    duplicatesOutsideWindow: points.filter((p) => !inWindow(p)).reduce((n, p) => n + p.duplicates, 0),
    missing: points.reduce((n, p) => n + p.missing.length, 0),
    problems: points.reduce((n, p) => n + p.problems.length, 0),
    names: new Set(points.map((p) => p.name)).size,
  };
}

function count(r: SweepReport, re: RegExp): number {
  return r.points.filter((p) => p.problems.some((m) => re.test(m))).length;
}

/** One line for the test log: the counts the sweep asserts. */
export function describeReport(job: string, r: SweepReport): string {
  return (
    `${job}: ${r.swept} of ${r.calls} calls swept, ${r.points.length} fault/kill points (${r.names} distinct methods); ` +
    `duplicate e-mails ${r.duplicatesOutsideWindow} outside and ${r.duplicatesInWindow} inside the ambiguous window ` +
    `(${r.ambiguousPoints} kills between a send and its confirmation); missing e-mails ${r.missing}; ` +
    `points with duplicate documents ${count(r, /^duplicate documents/)}, missing or extra documents ${count(r, /^documents differ/)}, ` +
    `second forms ${count(r, /forms$/)}, replaced forms ${count(r, /form was replaced|not linked/)}, ` +
    `replaced customised templates ${count(r, /customised template/)}; problems in all ${r.problems}`
  );
}

/** The points that went wrong, for the assertion message. */
export function failures(r: SweepReport): string[] {
  return r.points
    .filter((p) => p.missing.length || p.problems.length || (p.duplicates > 0 && !p.inWindow) || p.duplicates > 1)
    .slice(0, 8)
    .map((p) => `${p.kill ? 'kill' : 'fault'} at call ${p.call} (${p.name}${p.inWindow ? ', in the window' : ''}): dup ${p.duplicates}, missing ${p.missing.join(', ')} ${p.problems.join('; ')}`);
}

/**
 * The fault points (not kills) of a submission's sweep its continuation is answerable for: all but a fault in the
 * first calls, before the run knows its row and tab and has its spreadsheet (the nightly rebuild answers those).
 */
export function continuationFaults(r: SweepReport): PointResult[] {
  const first = ['Range.getRow', 'Range.getGridId', 'SpreadsheetApp.getActiveSpreadsheet'];
  return r.points.filter((p) => !p.kill && !(p.call <= first.length && first.includes(p.name)));
}
