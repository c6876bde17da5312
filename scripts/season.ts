// One season of a sample office, run through the built bundle inside the emulation: the office pastes its
// directory, runs "Thiết lập", schools submit (some edit their answers), the office rebuilds the summaries.
// Shared by `npm start` (which writes out/) and `npm run bench` (which counts calls).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createEmulator, type Emulator } from '../emulator/index';
import { configToRows } from '../src/core/config';
import { catalogueFor } from '../src/core/criteria';
import { calendarEvents } from '../src/core/validate';
import { makeSampleOffice, type SampleOffice } from '../sample/office';
import { sampleProfile, type SampleId } from '../sample/profiles';
import { ledgerFromRows, recognise, rowKeys } from '../src/core/ledger';
import { LEDGER_TAB, TAB } from '../src/core/messages';
import { Q } from '../src/core/registration-form';
import { chooseLevels, holdCouncilMeeting, markNominees, reviewNames } from './documents';
import { deleteTabRow, sortTab, typeIntoTab } from './user';

export { typeIntoTab };

export interface SeasonOptions {
  schools?: number;
  registrations?: number;
  seed?: number;
  mailQuota?: number;
  bundlePath?: string;
  /** Over how many days before the last arrival the time-driven triggers run as the clock moves (default 90). */
  movingClockDays?: number;
  /** How many registrations the council marks "Đề nghị khen" (default 30). */
  nominees?: number;
  /** The council picks award levels and records its meeting and votes (default on; issue 15). */
  council?: boolean;
  /** Turn on the read-only views for schools (issue 18) in Cấu hình (default off, as in a new Sheet). */
  schoolViews?: boolean;
  /** Which sample office (sample/profiles.ts); the seed's 2021–2025 office unless told. */
  sample?: SampleId;
  /** Called after each submission (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
}

export interface Season {
  emu: Emulator;
  office: SampleOffice;
  registrationFormId: string;
  /** Registrations the council proposed for Giấy khen. */
  nominees: string[];
  /** The registration whose response row office staff deleted after the council's decisions (null if none). */
  deleted: string | null;
  /** Executions of each entry point: count, service calls, modelled ms. */
  entryPoints: Map<string, { runs: number; calls: number; modelledMs: number; failed: number }>;
}

/** Moves the clock without running the time-driven triggers: their next runs are set past `at`. */
function skipTimeTriggersUntil(emu: Emulator, at: Date): void {
  for (const t of emu.triggers.triggers) {
    const clock = t.clock;
    if (!clock || clock.kind === 'after' || clock.kind === 'at') continue;
    const unit = { weeks: 7 * 86_400_000, days: 86_400_000, hours: 3_600_000, minutes: 60_000 }[clock.kind];
    const step = unit * (clock.n ?? 1);
    if (clock.nextAt <= at.getTime()) clock.nextAt += Math.ceil((at.getTime() - clock.nextAt + 1) / step) * step;
  }
}

export function runSeason(opts: SeasonOptions = {}): Season {
  const office = makeSampleOffice({ schools: opts.schools, registrations: opts.registrations, seed: opts.seed ?? 1, sample: opts.sample });
  const first = office.submissions[0]?.at ?? new Date(2023, 8, 5, 8, 0, 0);
  const bundlePath = opts.bundlePath ?? 'dist/Code.js';
  // The project as deployed: only the manifest's scopes (next to the bundle), messages in the office's language.
  const manifest = JSON.parse(readFileSync(join(dirname(bundlePath), 'appsscript.json'), 'utf8')) as { oauthScopes?: string[] };
  const emu = createEmulator({
    oauthScopes: manifest.oauthScopes,
    locale: 'vi',
    now: new Date(first.getTime() - 7 * 24 * 3600 * 1000),
    mailQuota: opts.mailQuota ?? 1500,
    spreadsheetName: 'Thi đua - Điển hình tiên tiến',
  });
  const bundle = emu.loadBundle(readFileSync(bundlePath, 'utf8'));
  const before = emu.runtime.executions.length;

  // The office opens the new Sheet, runs setup once (tabs with defaults), pastes its directory, runs setup again.
  bundle.openSpreadsheet();
  bundle.call('setup', undefined, { kind: 'menu' });
  if (opts.schoolViews) office.config.schoolViews = { enabled: true, publishComments: false, contact: sampleProfile(opts.sample).contact };
  typeIntoTab(emu, 'Cấu hình', configToRows(office.config));
  typeIntoTab(emu, 'Đơn vị', office.directoryRows);
  bundle.call('setup', undefined, { kind: 'menu' });

  const formId = emu.properties.script.get('form.registration.id');
  if (!formId) throw new Error('setup did not create the registration form');
  const reportFormId = emu.properties.script.get('form.report.id');
  if (!reportFormId) throw new Error('setup did not create the report form');
  // Registrations and progress reports arrive in time order, as schools send them.
  const arrivals = [
    ...office.submissions.map((s, index) => ({ at: s.at, registration: index })),
    ...office.reports.map((r, index) => ({ at: r.at, report: index })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  const last = arrivals.length ? arrivals[arrivals.length - 1].at.getTime() : 0;
  const movingFrom = last - (opts.movingClockDays ?? 90) * 86_400_000;
  const responseIds: string[] = [];
  // Before those months, the nights of the plan's calendar days are run all the same (the eve's rebuild sees the day
  // coming, the day's tells the schools whose verdicts it turned: a year's Party and union ratings due on 1 February,
  // a school year's ratings counted or due): skipped, the verdicts turned silently (review read-outputs H1).
  const DAY = 86_400_000;
  const calendarDays = [...new Set(calendarEvents(office.config, catalogueFor(office.config), new Date(emu.clock.now()), new Date(movingFrom)).map((e) => e.at))];
  arrivals.forEach((a, i) => {
    // Over the last months of the season the clock moves day by day to each arrival: the daily rebuild and
    // reminders and the weekly digest run on their days. (Over three whole years that takes minutes here.)
    if (a.at.getTime() >= movingFrom) emu.triggers.runDueTimeTriggers(a.at);
    else {
      for (const day of calendarDays) {
        if (day <= emu.clock.now() || day > a.at.getTime()) continue;
        if (day - DAY > emu.clock.now()) skipTimeTriggersUntil(emu, new Date(day - DAY));
        emu.triggers.runDueTimeTriggers(Math.min(day + DAY, a.at.getTime()));
      }
      skipTimeTriggersUntil(emu, a.at);
    }
    if ('registration' in a) {
      const s = office.submissions[a.registration!];
      const editOf = s.editOf !== undefined ? responseIds[s.editOf] : undefined;
      const res = emu.forms.submitAsUser(formId, s.answers, { email: s.email, at: s.at, ...(editOf ? { editResponseId: editOf } : {}) });
      responseIds[a.registration!] = res.responseId;
    } else {
      const r = office.reports[a.report!];
      emu.forms.submitAsUser(reportFormId, r.answers, { email: r.email, at: r.at });
    }
    opts.onProgress?.(i + 1, arrivals.length);
  });
  bundle.call('rebuildSummaries', undefined, { kind: 'menu' });

  // The council proposes its best registrations; the office makes the award proposals (continuing in later
  // executions as Apps Script would when the documents take longer than one run).
  const nominees = markNominees(emu, opts.nominees ?? 30);
  // The council proposes some of them for the provincial Bằng khen, meets, and records its vote (issue 15).
  if (opts.council !== false) {
    chooseLevels(emu, nominees, Math.min(5, Math.floor(nominees.length / 4)));
    holdCouncilMeeting(emu, nominees, reviewNames(emu), nominees.length > 4 ? 1 : 0, office.config.organisation.signer.name, office.config.organisation.kind);
  }
  // Office staff then tidy the response tab as they do: sort it by school, newest first, and delete a row they take
  // for a stray test. Codes and decisions must not move (issue 11).
  const deleted = tidyResponseTab(emu, nominees);
  bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  // The office pins the list tables' header rows and keeps rows on one page in its templates (Docs UI only).
  bundle.call('generateProposals', undefined, { kind: 'menu' });
  for (let i = 0; i < 50 && emu.triggers.find('continueProposals').length > 0; i++) {
    emu.triggers.runDueTimeTriggers(emu.clock.now() + 61_000);
  }

  const entryPoints = new Map<string, { runs: number; calls: number; modelledMs: number; failed: number }>();
  for (const x of emu.runtime.executions.slice(before)) {
    if (x.kind === 'node') continue;
    const e = entryPoints.get(x.label) ?? { runs: 0, calls: 0, modelledMs: 0, failed: 0 };
    e.runs++;
    e.calls += x.calls;
    e.modelledMs += x.modelledMs;
    if (x.error) e.failed++;
    entryPoints.set(x.label, e);
  }
  return { emu, office, registrationFormId: formId, nominees, deleted, entryPoints };
}

/** Sorts "Phiếu đăng ký" by school (Z→A) then time (newest first) and deletes one row not proposed; its code. */
function tidyResponseTab(emu: Emulator, nominees: readonly string[]): string | null {
  const values = emu.spreadsheets.values(TAB.registrations);
  const header = (values[0] ?? []).map(String);
  const school = header.indexOf(Q.school) + 1;
  if (school <= 0 || values.length < 3) return null;
  sortTab(emu, TAB.registrations, [
    { column: school, ascending: false },
    { column: 1, ascending: false },
  ]);
  // The register knows which code each row now has: take a row in the middle that the council did not propose.
  const sorted = emu.spreadsheets.values(TAB.registrations);
  const entries = ledgerFromRows(emu.spreadsheets.values(LEDGER_TAB));
  const keys = rowKeys(sorted);
  const { byRow } = recognise(keys, entries);
  for (const key of keys.slice(Math.floor(keys.length / 2))) {
    const i = byRow.get(key.row);
    if (i !== undefined && nominees.indexOf(entries[i].id) < 0) {
      deleteTabRow(emu, TAB.registrations, key.row);
      return entries[i].id;
    }
  }
  return null;
}
