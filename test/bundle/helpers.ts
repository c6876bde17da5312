// Helpers for tests of the built bundle: an emulated office Sheet with dist/Code.js loaded.
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator, forkEmulator, type Emulator, type EmulatorOptions } from '../../emulator/index';
import type { LoadedBundle } from '../../emulator/harness';
import { directoryToRows } from '../../src/core/directory';
import { formatProposed, unpackRounds } from '../../src/core/proposals';
import { typeIntoTab } from '../../scripts/season';
import { configToRows, defaultConfig, periodConfig, type OfficeConfig } from '../../src/core/config';
import { REVIEW_HEADERS, REVIEW_TAB, REVIEW_VERDICT_SUPERSEDED, configLabel } from '../../src/core/messages';
import { planConfig } from '../../sample/profiles';
import { SCHOOLS, collectiveAnswers, individualAnswers, subUnitAnswers } from '../core/helpers';
import { Q } from '../../src/core/registration-form';
import { deleteTabRow, typeCell } from '../../scripts/user';

export { SCHOOLS, collectiveAnswers, individualAnswers } from '../core/helpers';

export const BUNDLE_PATH = 'dist/Code.js';
export const MANIFEST_PATH = 'dist/appsscript.json';

/**
 * A built file's text, read again only when the file changed (size or time): a test makes hundreds of offices, and
 * reading the 700 KB bundle for each was a few per cent of the suite.
 */
const builtFiles = new Map<string, { stamp: string; text: string }>();
function builtText(path: string): string {
  const st = statSync(path);
  const stamp = `${st.size}:${st.mtimeMs}`;
  const known = builtFiles.get(path);
  if (known?.stamp === stamp) return known.text;
  const text = readFileSync(path, 'utf8');
  builtFiles.set(path, { stamp, text });
  return text;
}

/** The scopes the built manifest grants (what Apps Script would grant the deployed project). */
export function manifestScopes(): string[] {
  return (JSON.parse(builtText(MANIFEST_PATH)) as { oauthScopes: string[] }).oauthScopes;
}

/**
 * An emulator as the office's project runs: the manifest's scopes only, error messages in Vietnamese (the
 * office's language), latency modelling off unless asked.
 */
export function officeEmulator(opts: EmulatorOptions = {}) {
  return createEmulator({ modelLatency: false, oauthScopes: manifestScopes(), locale: 'vi', ...opts });
}

export function bundleCode(): string {
  return builtText(BUNDLE_PATH);
}

export type TestSchool = (typeof SCHOOLS)[number];

/**
 * `n` primary schools TH01, TH02… ("Trường Tiểu học Số 01"), in five wards of one cluster, each with one address
 * (`mail` of its number: th01@example.edu.vn by default) — an office larger than SCHOOLS.
 */
export function numberedSchools(n: number, mail = (i: number) => `th${pad2(i)}@example.edu.vn`): TestSchool[] {
  return Array.from({ length: n }, (_, k) => ({
    code: `TH${pad2(k + 1)}`,
    name: `Trường Tiểu học Số ${pad2(k + 1)}`,
    level: 'Tiểu học',
    ward: `Phường ${pad2((k % 5) + 1)}`,
    cluster: 'Cụm 1',
    principal: `Hiệu trưởng ${pad2(k + 1)}`,
    emails: [mail(k + 1)],
  }));
}
const pad2 = (i: number) => String(i).padStart(2, '0');

export function directoryRows(list: readonly TestSchool[]): string[][] {
  return directoryToRows(list);
}

/**
 * An office Sheet after setup with `list` in its directory and `office` typed into "Cấu hình" (by default the plan's
 * own office, Phòng GD&ĐT thành phố Yên Bái, 2021–2025). Latency modelling is off unless asked.
 */
export function officeAfterSetup(list: readonly TestSchool[] = SCHOOLS, opts: EmulatorOptions = {}, office?: OfficeConfig) {
  const options: EmulatorOptions = { mailQuota: 1500, now: new Date(2024, 6, 1, 8, 0, 0), ...opts };
  // Keyed by the options the office is made with (an option given as undefined is not the default: it is undefined).
  const key = JSON.stringify([list, options, office ?? null, manifestScopes()], (_k, v: unknown) => (v === undefined ? '(undefined)' : v));
  const emu = setUpOnce(key, () => {
    const emu = officeEmulator(options);
    const bundle = emu.loadBundle(bundleCode());
    bundle.call('setup', undefined, { kind: 'menu' });
    typeIntoTab(emu, 'Cấu hình', configToRows(office ?? planConfig(new Date(emu.clock.now()))));
    typeIntoTab(emu, 'Đơn vị', directoryRows(list));
    bundle.call('setup', undefined, { kind: 'menu' });
    return emu;
  });
  const bundle = emu.loadBundle(bundleCode());
  const formId = emu.properties.script.get('form.registration.id')!;
  const reportFormId = emu.properties.script.get('form.report.id')!;
  return { emu, bundle, formId, reportFormId };
}

/**
 * "Cập nhật tổng hợp" from the menu in a large office: its clock jumps past the run's work budget (4.5 minutes) at its
 * first service call, as rebuilds with many schools or views run out of time, so that what is left goes on later.
 */
export function rebuildOutOfTime(o: { emu: Emulator; bundle: LoadedBundle }): void {
  let once = false;
  const off = o.emu.runtime.onCall(() => {
    if (once) return;
    once = true;
    o.emu.clock.advance(4.6 * 60_000);
  });
  try {
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  } finally {
    off();
  }
}

/**
 * A fork of an office (emulator/fork.ts): its emulator's state copied into a new one, shared with nothing, the same
 * bundle loaded into it; the office's other fields (ids, settings, what a test noted) copied too (copyNoted).
 */
export function forkOffice<O extends { emu: Emulator; bundle: LoadedBundle }>(o: O): O {
  const emu = forkEmulator(o.emu);
  return { ...copyNoted(o), emu, bundle: emu.loadBundle(o.bundle.code) };
}

/**
 * A copy of what a set-up noted beside its emulator (ids, settings, a table of codes): each field deeply copied
 * (structuredClone), so that a test that sorts or adds to one changes no other test's; a field that cannot be (a
 * function) is the same.
 */
function copyNoted<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    try {
      out[k] = k === 'emu' || k === 'bundle' || k === 'ctx' ? v : structuredClone(v);
    } catch {
      out[k] = v;
    }
  }
  return out as T;
}

/**
 * `make` run at the first call only; each call a fork of the office it made (forkOffice of its `ctx`): what running it
 * again would give, as fast as a copy. For a test file's set-up that many of its tests start from.
 */
export function setUpThenFork<T extends { ctx: { emu: Emulator; bundle: LoadedBundle } }>(make: () => T): () => T {
  let made: { code: string; t: T } | undefined;
  return () => {
    // Made again if the built bundle changed (a module's state lives from one test file to the next in a worker).
    if (made?.code !== bundleCode()) made = { code: bundleCode(), t: make() };
    return { ...copyNoted(made.t), ctx: forkOffice(made.t.ctx) };
  };
}

/**
 * Offices set up by `make` (their set-up runs the bundle's setup twice: ~40 ms, thousands of times a suite), kept by
 * `key` — what `make` depends on besides the built bundle — and handed out as forks (emulator/fork.ts): each caller
 * gets an emulator of its own, alike field by field to one set up afresh, its bundle to load. The few most recent
 * kinds are kept (a test file makes the same office again and again).
 */
const setUps = new Map<string, { code: string; emu: Emulator }>();
const SET_UPS_KEPT = 16;
function setUpOnce(key: string, make: () => Emulator): Emulator {
  const code = bundleCode();
  let kept = setUps.get(key);
  setUps.delete(key);
  if (kept?.code !== code) {
    kept = { code, emu: make() };
    if (setUps.size >= SET_UPS_KEPT) setUps.delete(setUps.keys().next().value!);
  }
  setUps.set(key, kept);
  return forkEmulator(kept.emu);
}

/**
 * An office of `schools` numbered schools set up on `now` (numberedSchools: its directory typed between the two runs of
 * Thiết lập), with `settings` typed into "Cấu hình" (setConfigValues) and `type` run on it before the second: the
 * office of the reviews of "Cấu hình" (r66c, d66).
 */
export function numberedOffice(opts: { now: Date; schools?: number; mailQuota?: number; settings?: Record<string, string>; type?: (emu: Emulator) => void }) {
  const emu = officeEmulator({ mailQuota: opts.mailQuota ?? 1500, now: opts.now });
  const bundle = emu.loadBundle(bundleCode());
  bundle.call('setup', undefined, { kind: 'menu' });
  typeIntoTab(emu, 'Đơn vị', directoryRows(numberedSchools(opts.schools ?? 3)));
  if (opts.settings) setConfigValues(emu, opts.settings);
  opts.type?.(emu);
  bundle.call('setup', undefined, { kind: 'menu' });
  return { emu, bundle };
}

/**
 * Runs `fn` — gas-layer code a test imports from src/gas — as one execution of the emulation, with the emulated Apps
 * Script globals `names` it reads set on Node's global object meanwhile (and put back after).
 */
export function withGlobals<T>(emu: Emulator, names: readonly (keyof Emulator['globals'])[], fn: () => T, label = 'gas code'): T {
  const g = globalThis as Record<string, unknown>;
  const saved = names.map((n) => [n, g[n]] as const);
  for (const n of names) g[n] = emu.globals[n];
  try {
    return emu.runtime.execute(fn, { kind: 'node', label }) as T;
  } finally {
    for (const [n, v] of saved) g[n] = v;
  }
}

/**
 * The tool already made `n` more files of `kind` ('doc': Docs, 'sheet': spreadsheets) in the daily quota's current
 * window, as if earlier today: counted by the emulator's quota and by the tool's own count (its script property,
 * src/core/create-quota.ts) alike. A quota stop without making hundreds of files first.
 */
export function madeEarlierToday(emu: Emulator, kind: 'doc' | 'sheet', n: number): void {
  const key = kind === 'doc' ? 'quota.docs.created' : 'quota.sheets.created';
  emu.runtime.consumeQuota(kind === 'doc' ? 'docs create' : 'spreadsheets create', n, Infinity, '');
  const raw = emu.properties.script.get(key);
  const now = emu.clock.now();
  const was = raw ? (JSON.parse(raw) as { s: number; n: number }) : null;
  const w = was && now < was.s + 24 * 3600_000 ? was : { s: now, n: 0 };
  emu.properties.script.set(key, JSON.stringify({ s: w.s, n: w.n + n }));
}

/** `fn` run with `user` as the account at the keyboard (an editor other than the one who set the tool up, say). */
export function asUser<T>(emu: Emulator, user: string, fn: () => T): T {
  const was = emu.identity.activeUser;
  emu.identity.activeUser = user;
  try {
    return fn();
  } finally {
    emu.identity.activeUser = was;
  }
}

/** The messages of the alerts the spreadsheet's UI showed, in order. */
export function alertsShown(emu: Emulator): string[] {
  return emu.spreadsheets.ui.filter((u) => u.kind === 'alert').map((u) => u.message);
}

/**
 * The tool's records with keys starting with `prefix` as the bundle reads them (src/gas/records.ts): the last row of
 * each key in the tab "Sổ hồ sơ (hệ thống)" ('' deleted), with those an older version left in script properties.
 */
export function recordsOf(emu: Emulator, prefix: string): Map<string, string> {
  const out = new Map<string, string>();
  const inTab = new Map<string, string>();
  if (emu.spreadsheets.sheetNames().includes('Sổ hồ sơ (hệ thống)')) {
    for (const row of emu.spreadsheets.values('Sổ hồ sơ (hệ thống)').slice(1)) if (String(row[0] ?? '') !== '') inTab.set(String(row[0]), String(row[1] ?? ''));
  }
  for (const [k, v] of emu.properties.script) if (k.startsWith(prefix) && !inTab.has(k)) out.set(k, v);
  for (const [k, v] of inTab) if (k.startsWith(prefix) && v !== '') out.set(k, v);
  return out;
}

/**
 * The records as a version before the tab of records left them: in script properties (each passed through `edit`,
 * which may change or drop it), no tab, no count.
 */
export function asLegacyRecords(emu: Emulator, edit: (key: string, value: string) => string | null = (_k, v) => v): void {
  const all = new Map<string, string>();
  for (const p of ['views.v.', 'proposals.doc.']) for (const [k, v] of recordsOf(emu, p)) all.set(k, v);
  const file = emu.spreadsheets.active;
  const tab = emu.spreadsheets.sheet('Sổ hồ sơ (hệ thống)');
  if (tab) file.sheets.splice(file.sheets.indexOf(tab), 1);
  emu.properties.script.delete('records.rows');
  for (const [k, v] of all) {
    const out = edit(k, v);
    if (out === null) emu.properties.script.delete(k);
    else emu.properties.script.set(k, out);
  }
}

/**
 * The rounds' records as the bundle keeps them (script properties, packed: src/core/proposals.ts packRounds), each
 * registration's as formatProposed writes it.
 */
export function roundsOf(emu: Emulator): Map<string, string> {
  const raw: Record<string, string> = {};
  for (const [k, v] of emu.properties.script) if (k.startsWith('proposals.rounds.')) raw[k] = v;
  return new Map([...unpackRounds(raw)].map(([code, list]) => [code, formatProposed(list)]));
}

/**
 * Three teachers of three schools registered and a rebuild run: the council's cells of "Thẩm định" typed by `decide`
 * (rows: "Đề nghị khen", with a comment) and `withdraw` (a row back to "Chờ thẩm định"); `logged(text)`: the lines of
 * "Nhật ký lỗi" that hold it. Response ids in order of sending.
 */
export function councilOffice() {
  const { ctx: o, ids } = councilSetUp();
  const names = COUNCIL_NAMES;
  const rebuild = () => o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  const header = o.emu.spreadsheets.values('Thẩm định')[0].map(String);
  const [dec, comment] = ['Quyết định của Hội đồng', 'Nhận xét'].map((h) => header.indexOf(h) + 1);
  const decide = (rows: readonly number[]) => {
    for (const r of rows) {
      typeCell(o.emu, 'Thẩm định', r, dec, 'Đề nghị khen');
      typeCell(o.emu, 'Thẩm định', r, comment, 'Đủ tiêu chuẩn');
    }
  };
  const withdraw = (row: number) => {
    typeCell(o.emu, 'Thẩm định', row, dec, 'Chờ thẩm định');
    typeCell(o.emu, 'Thẩm định', row, comment, '');
  };
  const logged = (text: string) =>
    (o.emu.spreadsheets.sheetNames().includes('Nhật ký lỗi') ? o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])) : []).filter((m) => m.includes(text));
  return { ...o, names, ids, rebuild, decide, withdraw, logged };
}

const COUNCIL_NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'];
/** councilOffice's office before its helpers: three registrations, a minute apart, and a rebuild. */
const councilSetUp = setUpThenFork(() => {
  const ctx = officeAfterSetup(SCHOOLS);
  const ids = COUNCIL_NAMES.map((name, i) => {
    const sent = ctx.emu.forms.submitAsUser(ctx.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[i].name, [Q.individualName]: name } as never, { email: SCHOOLS[i].emails[0] });
    ctx.emu.clock.advance(60_000);
    return sent.responseId;
  });
  ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  return { ctx, ids };
});

/**
 * councilOffice with the leader's address as the weekly digest's recipient; `digest()` runs the digest and returns the
 * body of the one the leader received (the digest reviews r67s F4 and d68).
 */
export function digestOffice() {
  const o = councilOffice();
  setConfigValues(o.emu, { 'mail.digestRecipients': DIGEST_LEADER });
  const digest = () => {
    const before = o.emu.mail.sent.length;
    o.bundle.call('sendWeeklyDigest', undefined, { kind: 'timeTrigger' });
    return String(o.emu.mail.sent.slice(before).find((m) => m.to.includes(DIGEST_LEADER))?.body);
  };
  /** The clerk deletes the response row of the registration named `name` (a withdrawn one); the nightly rebuild follows. */
  const withdraw = (name: string) => {
    const row = o.emu.spreadsheets.values('Phiếu đăng ký').findIndex((r) => r.includes(name)) + 1;
    deleteTabRow(o.emu, 'Phiếu đăng ký', row);
    o.rebuild();
  };
  return { o, digest, withdraw };
}
const DIGEST_LEADER = 'lanhdao@phong.example';

/**
 * A template (the Quyết định's unless `key`) as a version before "page break before" left it (src/gas/docs.ts
 * keepTableRows): each paragraph that starts a page holds a page break instead, and no template is recorded as having
 * its breaks converted (proposals.breaksSet). `more`: what else the office did to it, in the same execution. Returns
 * the template's id, those paragraphs' places, and counters of the paragraphs that start a page either way.
 */
export function templateBeforePageBreaks(emu: Emulator, key = 'quyetDinh', more?: (doc: GoogleAppsScript.Document.Document) => void) {
  const id = emu.properties.script.get(`proposals.template.${key}`)!;
  const body = () => emu.docs.byId(id)!.body.children;
  const starts = () => body().map((n, i) => (n.pageBreakBefore ? i : -1)).filter((i) => i >= 0);
  const breaks = () => body().filter((n) => n.children.some((c) => c.type === 'PAGE_BREAK')).length;
  const at = starts();
  emu.properties.script.delete('proposals.breaksSet');
  for (const i of at) body()[i].pageBreakBefore = false;
  emu.runtime.execute(
    () => {
      const doc = emu.globals.DocumentApp.openById(id);
      for (const i of at) doc.getBody().getChild(i).asParagraph().appendPageBreak();
      more?.(doc);
      doc.saveAndClose();
    },
    { kind: 'node', label: 'the template as an earlier version made it' },
  );
  return { id, at, body, starts, breaks };
}

/**
 * The confirmation a teacher of the first school receives for her registration (individualAnswers('teacher') with
 * `answers` over it), sent from the school's own address to an office just set up: what she reads, as she typed it.
 */
export function confirmationOf(answers: Record<string, unknown>): { subject: string; body: string } {
  const o = officeAfterSetup();
  o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), ...answers } as never, { email: SCHOOLS[0].emails[0] });
  return o.emu.mail.sent[o.emu.mail.sent.length - 1];
}

/**
 * Types settings into "Cấu hình" as the office would (by key: configLabel), a row added for a setting the tab lacks.
 */
export function setConfigValues(emu: Emulator, settings: Record<string, string>): void {
  const rows = emu.spreadsheets.values('Cấu hình').map((r) => [...r]);
  for (const [key, value] of Object.entries(settings)) {
    const label = configLabel(key);
    const row = rows.find((r) => r[0] === label);
    if (row) row[1] = value;
    else rows.push([label, value, '']);
  }
  typeIntoTab(emu, 'Cấu hình', rows);
}

/**
 * A Sở GD&ĐT of the 2026–2030 period as of `now` (the province "Hà Sơn"), its organisation completed by `org` (the plan's
 * number and date, a competence basis…): the office of the reviews of the new period (rev-now, plan-basis).
 */
export function haSonSo(now: Date, org: Partial<OfficeConfig['organisation']>): OfficeConfig {
  const cfg = defaultConfig(now, periodConfig(2026, 2030), 'so');
  Object.assign(cfg.organisation, {
    name: 'Sở Giáo dục và Đào tạo tỉnh Hà Sơn',
    shortName: 'Sở GD&ĐT tỉnh Hà Sơn',
    parentAuthority: 'Ủy ban nhân dân tỉnh Hà Sơn',
    governingBody: 'Ủy ban nhân dân tỉnh Hà Sơn',
    place: 'Hà Sơn',
    ...org,
  });
  cfg.organisation.signer = { ...cfg.organisation.signer, name: 'Lê Thị Thu Hà' };
  return cfg;
}

/** Types the council's decision, comment and reviewer for one code into "Thẩm định", as a person would. */
export function decide(ctx: Pick<ReturnType<typeof officeAfterSetup>, 'emu'>, id: string, decision: string, comment: string, reviewer = 'Đ/c Phó trưởng phòng'): void {
  const values = ctx.emu.spreadsheets.values('Thẩm định');
  const header = values[0] as string[];
  const row = values.findIndex((r) => r[0] === id);
  if (row <= 0) throw new Error(`no row of ${id} in "Thẩm định"`);
  typeCell(ctx.emu, 'Thẩm định', row + 1, header.indexOf('Quyết định của Hội đồng') + 1, decision);
  typeCell(ctx.emu, 'Thẩm định', row + 1, header.indexOf('Nhận xét') + 1, comment);
  typeCell(ctx.emu, 'Thẩm định', row + 1, header.indexOf('Người thẩm định') + 1, reviewer);
}

/**
 * A reminder row's key with the school written as the code its row names ("Liên quan": "<code> · …"), as the versions
 * before w69r keyed it (the key now names the school by its name), for tests that read the outbox's keys by code.
 */
export function codedRowKey(key: string, ref: string): string {
  return /^NH:@/.test(key) ? `NH:${ref.split(' · ')[0]}:${key.replace(/^NH:[^:]+:/, '')}` : key;
}

/** Every address a sent e-mail went to (to, cc, bcc), lower-cased. */
export function recipientsOf(m: { to: unknown; cc?: unknown; bcc?: unknown }): string[] {
  return [m.to, m.cc ?? [], m.bcc ?? []].flat().flatMap((a) => String(a).split(',')).map((a) => a.trim().toLowerCase());
}

/**
 * Hoa Sen's clerk registers its teacher Trần Thị Lan from Hoa Sen's own address, picking Hòa Bình (the next school in
 * the list) by mistake; then the nightly rebuild. The school it meant, the one chosen, and the response sent.
 */
export function sentForTheNeighbour(o: ReturnType<typeof officeAfterSetup>) {
  const [mine, chosen] = [SCHOOLS[0], SCHOOLS[1]];
  const sent = o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: chosen.name, [Q.individualName]: 'Trần Thị Lan', [Q.birthYear]: '1985' } as never, { email: mine.emails[0] });
  o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  return { mine, chosen, sent };
}

/**
 * The office's file as it was before the tool, its first tab named `tab` and holding `rows`; then the README's steps 6
 * and 7 (Thiết lập, "Cấu hình" and "Đơn vị" filled in, Thiết lập again) and the menu's "Cập nhật tổng hợp". Returns the
 * emulator and every cell of every tab, one line a row.
 */
export function officeFileWithOwnTab(tab: string, rows: unknown[][]): { emu: Emulator; everything: string } {
  const emu = officeEmulator({ mailQuota: 1500, now: new Date(2024, 6, 1, 8, 0, 0) });
  const bundle = emu.loadBundle(bundleCode());
  emu.runtime.execute(
    () => {
      const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
      sheet.setName(tab);
      sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
    },
    { kind: 'node', label: 'the office file before the tool' },
  );
  bundle.call('setup', undefined, { kind: 'menu' });
  typeIntoTab(emu, 'Cấu hình', configToRows(planConfig(new Date(emu.clock.now()))));
  typeIntoTab(emu, 'Đơn vị', directoryRows(SCHOOLS));
  bundle.call('setup', undefined, { kind: 'menu' });
  bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const everything = emu.spreadsheets
    .sheetNames()
    .flatMap((name) => emu.spreadsheets.values(name).map((r) => r.join(' | ')))
    .join('\n');
  return { emu, everything };
}

/** Tệp → Tạo bản sao of the active office file, made the active one (an .xlsx round trip stands for Drive's copy). */
export async function copyOfOfficeFile(emu: Emulator, name: string) {
  const path = join(mkdtempSync(join(tmpdir(), 'copy-')), 'goc.xlsx');
  await emu.spreadsheets.exportXlsx(path);
  const copy = await emu.spreadsheets.importXlsx(path, name);
  emu.spreadsheets.store.active = copy;
  return copy;
}

/**
 * The school registers itself ("Toàn đơn vị", its own name) from its own address, then a day later `name` — as a whole
 * unit, or as a part (`part`: "Bộ phận…", the whole unit's page left out); the nightly rebuild. The names of the school's
 * registrations still in force in "Thẩm định" (not "Đã thay thế"), in the tab's order.
 */
export function schoolThenCollective(o: ReturnType<typeof officeAfterSetup>, school: TestSchool, name: string, part = false): string[] {
  o.emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(), [Q.school]: school.name, [Q.collectiveName]: school.name }, { email: school.emails[0] });
  o.emu.clock.advance(86_400_000);
  o.emu.forms.submitAsUser(o.formId, { ...(part ? subUnitAnswers() : collectiveAnswers()), [Q.school]: school.name, [Q.collectiveName]: name }, { email: school.emails[0] });
  o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  const v = o.emu.spreadsheets.values(REVIEW_TAB);
  const h = v[0].map(String);
  const at = (k: string) => h.indexOf(k);
  return v
    .slice(1)
    .filter((r) => String(r[at(REVIEW_HEADERS.school)]) === school.name && String(r[at(REVIEW_HEADERS.verdict)]) !== REVIEW_VERDICT_SUPERSEDED)
    .map((r) => String(r[at(REVIEW_HEADERS.name)]));
}
