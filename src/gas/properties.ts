// Script properties the application keeps: ids of the things setup created. One read, cached per execution.
import { parsePeriodEnd, type PeriodEnd } from '../core/period-end';
import { utf8Length } from '../core/text';

const KEYS = {
  registrationForm: 'form.registration.id',
  reportForm: 'form.report.id',
  registrationSheet: 'sheet.registration.id',
  reportSheet: 'sheet.report.id',
  /** Names of the school/group tabs the last rebuild wrote (to remove the ones no longer made). */
  generatedTabs: 'tabs.generated',
  /** The sheet ids of those tabs, in the same order (JSON numbers; '[]' when not known): a renamed one is found by it. */
  generatedTabIds: 'tabs.generated.ids',
  /** The block layout each generated tab was last formatted for (JSON, tab name → key; src/gas/tab-layouts.ts). */
  tabLayouts: 'tabs.layouts',
  /** "Lịch sử thẩm định" holds the decisions that stood when it was started ('1'; src/core/history.ts baselineLines). */
  historyStarted: 'history.started',
  /** The print of the office's settings at the last full run (src/core/settings-trail.ts), to name what changed since. */
  settingsPrint: 'settings.print',
  /**
   * The version of the tool (src/gas/version.ts toolVersion) whose full run last wrote "Thẩm định" and kept the print:
   * another one (or none, a print kept by a version before stop 78) means the tool was updated since (review r78u F1, F2).
   */
  verdictsVersion: 'settings.print.version',
  /** "Lịch sử thẩm định" was made once: made again, it was deleted or renamed (src/gas/history.ts). */
  historyMade: 'history.made',
  /** "Các lần gửi phiếu" was made once: made again, it was deleted or renamed (src/gas/versions.ts). */
  versionsMade: 'versions.made',
  /**
   * How many lines "Các lần gửi phiếu" held after the tool's last write to it (src/gas/versions.ts): fewer, found by a
   * later run, were deleted by hand (review complaint M3). A submission adds its own; lost with a run cut off, it only
   * lags (fewer than the tab holds: never taken for lines deleted).
   */
  versionsLines: 'versions.lines',
  /** How many lines "Lịch sử thẩm định" held after the tool's last write to it, as versionsLines (src/gas/line-counts.ts). */
  historyLines: 'history.lines',
  /**
   * The lines "Các lần gửi phiếu" held of each registration whose erasure the council recorded at the last full run
   * ("DK-000017:2,…"): those of one erased at the office's request, deleted by hand meanwhile, are not lines lost
   * (src/gas/versions.ts, review r76p F2).
   */
  withdrawnLines: 'erasure.lines',
  /** Registrations erased at the office's request, while their response row stays gone (','-separated codes; review r76p F2). */
  erasedCodes: 'erasure.codes',
  /**
   * Registrations erased at the person's request whose response row is back (a restored version), told once, their row
   * of "Thẩm định" saying so while the request stands (','-separated codes; review d76 F3).
   */
  erasedBack: 'erasure.back',
  /** Which warning and layout "Nhật ký lỗi" carries (a print of both; src/gas/health.ts reviseLog). */
  logLayout: 'log.layout',
  /**
   * Office tabs Thiết lập made again with their defaults after the office had set up ('|'-separated names; '' or none:
   * none): every other run waits until the office filled them in and ran Thiết lập again (src/gas/office.ts).
   */
  officeTabsRemade: 'office.tabs.remade',
  /** The header of "Kết quả kiểm tra" last logged as giving a column of the office's a tool header too (a print). */
  resultsTwice: 'results.twice',
  /** The fingerprint of why "Kết quả kiểm tra" was last not written (logged once while it lasts; cleared once it is written). */
  resultsHeld: 'results.held',
  /** The schedule each clock trigger was created with, by handler (JSON): a changed one is recreated. */
  triggerSchedules: 'triggers.schedules',
  /**
   * The triggers Thiết lập last made or kept, for the account that ran it (JSON {ids: unique ids, at: ms}; {pending: ms}
   * while it changes them): a trigger of the tool's not among them is an earlier installer's (src/gas/triggers.ts).
   */
  triggerSet: 'triggers.set',
  /** The weekly digest's baseline (time and counts of the last digest sent, JSON, a few hundred bytes). */
  digestState: 'mail.digest.state',
  /** The outbox's marks of e-mails since the outbox tabs were last written, and their row count (JSON, < 9 KB). */
  mailJournal: 'mail.journal',
  /**
   * The daily mail quota's window as the script knows it (JSON, src/core/outbox.ts MailQuotaState): when it opened, the
   * highest quota seen, how many e-mails wait for it and when the run that sends them is scheduled.
   */
  mailQuota: 'mail.quota',
  /** Award proposals (issue 6): the Drive folder of the templates and the id of each template Doc. */
  proposalTemplatesFolder: 'proposals.templates.folder',
  proposalTemplateToTrinh: 'proposals.template.toTrinh',
  proposalTemplateDanhSach: 'proposals.template.danhSach',
  proposalTemplateBaoCaoTapThe: 'proposals.template.baoCaoTapThe',
  proposalTemplateBaoCaoCaNhan: 'proposals.template.baoCaoCaNhan',
  proposalTemplateBaoCaoTapTheNhiemVu: 'proposals.template.baoCaoTapTheNhiemVu',
  proposalTemplateBaoCaoCaNhanNhiemVu: 'proposals.template.baoCaoCaNhanNhiemVu',
  proposalTemplateBienBan: 'proposals.template.bienBan',
  proposalTemplateQuyetDinh: 'proposals.template.quyetDinh',
  /**
   * A template being made ("<key>@<ms>", '' once recorded): an execution that dies between DocumentApp.create (the Doc
   * in My Drive's root) and recording it leaves it there; only then does the next one look in the root for it.
   */
  proposalTemplatePending: 'proposals.template.pending',
  /**
   * The templates whose table rows the tool set (src/gas/docs.ts keepTableRows), by id, comma-joined: each is set once,
   * so that an office that unpinned a header row on purpose is not overridden at every Thiết lập.
   */
  proposalTemplateRowsSet: 'proposals.tablesSet',
  /**
   * The templates whose page breaks the tool made "page break before" (src/gas/docs.ts keepTableRows), by id,
   * comma-joined: a template set before the tool did that has them set once, at the next Thiết lập.
   */
  proposalTemplateBreaksSet: 'proposals.breaksSet',
  /** The next registration code to give (the register of codes never gives a number twice, even if deleted). */
  ledgerNext: 'ledger.next',
  /**
   * How many of the register's rows hold a response id as the tool last left it: a submission whose batch read finds
   * fewer has rows of the register deleted or cleared by hand before it, and is answered by the full run, which gives
   * them back their codes (src/gas/ledger.ts; review diff58 H3).
   */
  ledgerRows: 'ledger.rows',
  /**
   * '1' when every entry of the register had its form response looked up at its last save ('0' otherwise): only then
   * may a submission find its entry by its response id alone, without reading the whole register.
   */
  ledgerLookedUp: 'ledger.lookedUp',
  /**
   * The version of the subjects the register holds (src/core/ledger.ts SUBJECT_KEYS), set by a whole read that keyed every
   * row: a register keyed by an earlier version is keyed again by the full run before a submission relies on it.
   */
  ledgerSubjects: 'ledger.subjects',
  /**
   * Set by the first Thiết lập in the file, once it has set aside the office's own tabs under the tool's names (src/jobs/
   * setup.ts setAsideOfficeTabs): later ones never take a tab the tool made for the office's.
   */
  officeTabsSetAside: 'setup.officeTabsSetAside',
  /**
   * The mark of the account that ran Thiết lập first (or took the tool over), left in its user properties too
   * (installerMark): before any trigger is made — the first Thiết lập stops at an empty "Đơn vị" — it is what tells
   * another account's Thiết lập that the tool is not its own (review r74d F2).
   */
  installer: 'setup.installer',
  /**
   * The names of the tabs the office's file held before the tool's first Thiết lập (JSON array; src/jobs/setup.ts
   * setAsideOfficeTabs): no school or group tab is given one of them (src/jobs/summaries.ts), so none is written over.
   */
  officeTabNames: 'setup.officeTabNames',
  /**
   * Set when Thiết lập forgot the state of the file this one is a copy of (src/jobs/run.ts checkHome): the next Thiết lập
   * that finds the copied response tabs deleted keeps only the codes of the register (scrubCopiedRegister).
   */
  copiedRegister: 'setup.copiedRegister',
  /** Codes the counter gave that no response kept (a run died before the register recorded them): comma-separated. */
  ledgerSkipped: 'ledger.skipped',
  /** The set of registrations the form holds and the response tab lost that the office was last told of (missingKey). */
  ledgerMissingTold: 'ledger.missing.told',
  /**
   * The days of the plan's calendar the rebuild saw coming ("@<first run ms>,<ms>,…"): only a day seen before it passed
   * is told to schools as a calendar turn (src/jobs/notices.ts calendarSeen).
   */
  calendarSeen: 'notices.calendar.seen',
  /** Codes whose edit a run that does not answer saw first, for the next run that answers (src/gas/office.ts). */
  resentSeen: 'intake.resent.seen',
  /** When a run last wrote "Thẩm định" whole (ms): the days of the calendar after it are news to the next (src/jobs/summaries.ts). */
  reviewWrittenAt: 'review.written.at',
  /** Set while the inputs are broken (the generated tabs are marked out of date); cleared by the next good run. */
  inputProblem: 'inputs.problem',
  /**
   * The documents (Docs) and the spreadsheets the tool created in the current window of the daily quota of each
   * (JSON { s: window start, n: count }; src/core/create-quota.ts): a refused creation is the quota only near it.
   */
  docsCreated: 'quota.docs.created',
  sheetsCreated: 'quota.sheets.created',
  /** The current batch of proposal documents (JSON, < 1 KB): generation, status, date, folder, lease, pending. */
  proposalRun: 'proposals.run',
  /** Scheduled jobs that missed the script lock and wait for the retry trigger (JSON list of entry points). */
  retryJobs: 'jobs.retry',
  /**
   * Set while e-mails wait for the continuation (a burst's confirmations a run had no time for, or one refused that is
   * tried again): when they are due (epoch ms; an earlier version's value, set when they were left, is due at once).
   */
  intakeMailLeft: 'intake.mail.left',
  /** When the continuation's one-off trigger was made to fire, when that is later than a minute on (src/jobs/on-submit.ts). */
  intakeContinueAt: 'intake.continue.at',
  /** Continuations of the intake that failed in a row (src/jobs/on-submit.ts continueIntake). */
  intakeRetries: 'intake.retries',
  /** When the council's meeting tab was first seen holding the meeting's result (src/jobs/proposals.ts readPlan). */
  councilMet: 'council.met',
  /** The codes proposed that the last documents planned left out (src/jobs/proposals.ts readPlan), as a JSON array. */
  proposalLeftOut: 'proposal.left-out',
  /** The council's columns "Thẩm định" had when it was last written (","-separated): one gone since is not added again. */
  reviewColumns: 'review.columns',
  /** The order of the codes "Thẩm định" was last written in (src/core/review.ts codeOrder): rows moved since are seen. */
  reviewOrder: 'review.order',
  /**
   * The lines typed into "Ghi chú" of "Thẩm định" the office was told of (src/gas/notes-told.ts): a JSON object, each
   * code to its lines' prints joined by ",".
   */
  reviewNotesTold: 'review.notes-told',
  /**
   * How many registrations the register of codes last recorded a council decision for (src/gas/ledger.ts
   * recordDecisions): a register read with fewer, the decisions gone without any run seeing them withdrawn, was put back
   * with the whole file (review restore #2).
   */
  reviewDecided: 'review.decided',
  /** The fingerprint of why "Thẩm định" was last not written (logged once while it lasts; cleared once it is written). */
  reviewRefused: 'review.refused',
  /**
   * The fingerprint of the reports whose receipts went and whose rows are gone (src/core/notices.ts
   * receiptsOfGoneReports), as last told: logged once while they stay the same; '' none.
   */
  reportsGone: 'reports.gone',
  /** Which form item holds which question of the tool (JSON { form: form id, items: { stable key: item id } }, < 4 KB). */
  registrationFormItems: 'form.registration.items',
  /** The description the registration form was last given (it names the registration deadline of "Cấu hình"). */
  registrationFormDescription: 'form.registration.description',
  reportFormItems: 'form.report.items',
  /**
   * The period ("2026-2030") the registration form's year grids were last built for (src/jobs/setup.ts): a start year
   * moved on since, with registrations in, is a change of period even where the tab has every column of the new one
   * (review rollover R1).
   */
  registrationFormPeriod: 'form.registration.period',
  /** The confirmation message the tool last gave each form: replaced by a newer wording, an office's own kept. */
  registrationFormConfirmation: 'form.registration.confirmation',
  reportFormConfirmation: 'form.report.confirmation',
  /** The id of the form last seen published (src/gas/forms.ts keepPublished): found unpublished, the office closed it. */
  registrationFormPublished: 'form.registration.published',
  reportFormPublished: 'form.report.published',
  /**
   * The day the forms were last looked for in Drive (src/gas/forms.ts formsAbsent: yyyy-m-d of the clock), and what that
   * look found of each form (JSON, by state key: the form's id, the looks in a row that could not open it, the problem
   * told; '' when all was well).
   */
  formsCheckedOn: 'forms.checked.on',
  formsUnopened: 'forms.unopened',
  /**
   * The spreadsheet this state belongs to. A copy of the file ("Tạo bản sao") copies its bound script and may carry the
   * original's properties: its forms, views, outbox journal and documents are the original's, never the copy's.
   */
  homeSpreadsheet: 'spreadsheet.id',
  /** Rows the tab of records ("Sổ hồ sơ (hệ thống)", src/gas/records.ts) held after its last write: fewer found, it lost some. */
  recordsRows: 'records.rows',
  /** The epoch of the tab of records last rewritten, and the one before while a rewrite is under way (src/gas/records.ts). */
  recordsEpoch: 'records.epoch',
  /**
   * While a rewrite of the tab of records is under way (two epochs in "records.epoch"): the rows of the rewritten tab, the
   * count its epoch is checked against ("records.rows" stays the count of the tab it replaces).
   */
  recordsRowsNext: 'records.rows.next',
  /** '1' once the office went on from a tab of records that had lost rows (src/gas/records.ts resumeRecords). */
  recordsResumed: 'records.resumed',
  /**
   * The end of the period ("Kết thúc giai đoạn…", src/jobs/end-period.ts; JSON, src/core/period-end.ts): absent while
   * the period runs; cleared by the Thiết lập that reopens it.
   */
  periodEnded: 'period.ended',
  /**
   * When the schools' views' continuation is due (ms since the epoch, src/jobs/school-views.ts): set with its trigger,
   * cleared with it; what "Kết thúc giai đoạn…" says when it is refused while the views are half written (review r68v #7).
   */
  viewsContinueAt: 'views.continue.at',
  /** The day (days since the epoch, UTC) the schools' views last had their cells compared (src/jobs/school-views.ts). */
  viewsCheckedDay: 'views.checked.day',
  /**
   * The day (dd/MM/yyyy, the script's time zone) of the run that last reached every view to write its line of when its
   * data was read, the views unchanged (src/jobs/school-views.ts, review r83s F3): a later run that day writes none.
   */
  viewsAsOfDay: 'views.asof.day',
  /** The council's requests held for its confirmation at the last run, codes by commas (src/jobs/summaries.ts supplementPlan). */
  requestsHeld: 'requests.held',
} as const;

/**
 * The end of the period as recorded ("Kết thúc giai đoạn…": src/core/period-end.ts), or null while the period runs; from
 * the run's cached state (no call once read), `fresh`: from the store (one call).
 */
export function periodEndRecord(fresh = false): PeriodEnd | null {
  return parsePeriodEnd(fresh ? getFreshState('periodEnded') : getState('periodEnded'));
}

/**
 * The mark the account that ended the period leaves in its own user properties (the end's time): after the end no
 * trigger says which account holds the tool (each account lists only its own triggers, and none is left), and reading
 * an address needs a scope the manifest does not ask for (userinfo.email). src/gas/triggers.ts ownerHere reads it.
 */
const HOLDER_MARK = 'period.ended.holder';

/** This account's mark (one call), or null. */
export function holderMark(): string | null {
  return PropertiesService.getUserProperties().getProperty(HOLDER_MARK);
}

/** Leaves (a value) or takes away (null) this account's mark. One call. */
export function setHolderMark(value: string | null): void {
  const user = PropertiesService.getUserProperties();
  if (value === null) user.deleteProperty(HOLDER_MARK);
  else user.setProperty(HOLDER_MARK, value);
}

/** The installer's mark (state `installer`) as this account's user properties hold it (one call), or null. */
const INSTALLER_MARK = 'setup.installer.mine';
export function installerMark(): string | null {
  return PropertiesService.getUserProperties().getProperty(INSTALLER_MARK);
}
/** Leaves `value` as this account's installer mark. One call. */
export function setInstallerMark(value: string): void {
  PropertiesService.getUserProperties().setProperty(INSTALLER_MARK, value);
}

/**
 * Prefix of the award-proposal ledger: one record per document made ("proposals.doc.<generation>.<key>"), in the tab of
 * records (src/gas/records.ts); script properties of older versions, moved there by the rebuild.
 */
export const PROPOSAL_LEDGER_PREFIX = 'proposals.doc.';
/**
 * Prefix of the rounds' records as versions before the packing kept them: one key per registration a finished batch
 * proposed ("proposals.proposed.<code>"), its value the meeting, level and day of each round that proposed it
 * (src/core/proposals.ts formatProposed).
 */
export const PROPOSED_PREFIX = 'proposals.proposed.';
/**
 * Prefix of the rounds' records as kept since they are packed (src/core/proposals.ts packRounds): one key per round
 * entry and chunk (src/gas/rounds.ts; the PROPOSED_PREFIX keys of a version before are packed by the next write).
 */
export const ROUNDS_PREFIX = 'proposals.rounds.';

export type StateKey = keyof typeof KEYS;

let cache: Record<string, string> | null = null;
/**
 * The cache was read from the store while this execution held the script lock: keys written only under the lock (the
 * outbox's journal, the intake's flags) are then current in it for as long as the lock is held.
 */
let readUnderLock = false;

/** The script's property store, asked of the service once per execution (and again if the service object changes). */
let store: { service: GoogleAppsScript.Properties.PropertiesService; props: GoogleAppsScript.Properties.Properties } | null = null;
function scriptStore(): GoogleAppsScript.Properties.Properties {
  if (!store || store.service !== PropertiesService) store = { service: PropertiesService, props: PropertiesService.getScriptProperties() };
  return store.props;
}

/** What Apps Script allows the script's properties in all: 500 KB a store (keys and values; the facts file). */
export const PROPERTY_STORE_BYTES = 500 * 1024;

/**
 * Bytes the script's properties take (keys and values, UTF-8) as this execution read them: no call when they are read
 * already. The store is shared by every ledger the tool keeps there (review "growth" #1).
 */
export function storeBytes(): number {
  if (!cache) cache = scriptStore().getProperties();
  let n = 0;
  for (const k of Object.keys(cache)) n += utf8Length(k) + utf8Length(cache[k]);
  return n;
}

export function getState(key: StateKey): string | null {
  if (!cache) cache = scriptStore().getProperties();
  return cache[KEYS[key]] ?? null;
}

export function setState(values: Partial<Record<StateKey, string>>): void {
  const out: Record<string, string> = {};
  for (const k of Object.keys(values) as StateKey[]) out[KEYS[k]] = values[k]!;
  writeRaw(out);
}

/** State to write with the execution's next property write (setStateSoon). */
let soon: Record<string, string> = {};

/**
 * Keys whose write may wait for the execution's next property write, at the latest the release of the script lock
 * (writeStateSoon: state the lock guards is never written after it is released), because losing them with a run that
 * dies first loses nothing another record does not also hold: the register's counter and its flag when the run gave no
 * new code (a counter that gives codes is written at once, before them: a submission trusts it; the flag, lost, only
 * sends the next submission to the whole read), the outbox's journal once the outbox's tabs hold what it
 * marks (a mark its tab row already shows is dropped; a count lower than the tab's rows is never taken for a lost
 * record). Read back from the cache meanwhile.
 */
export function setStateSoon(values: Partial<Record<StateKey, string>>): void {
  const raw: Record<string, string> = {};
  for (const k of Object.keys(values) as StateKey[]) raw[KEYS[k]] = values[k]!;
  setRawSoon(raw);
}

/**
 * Raw keys to write with the execution's next property write, as setStateSoon: a submission's health record, written
 * with the state the run writes before the lock's release instead of in a call of its own after it.
 */
export function setRawSoon(values: Record<string, string>): void {
  for (const k of Object.keys(values)) soon[k] = values[k];
  cache = { ...(cache ?? {}), ...soon };
}

/** The keys this execution wrote, with the values it wrote. */
let written: Record<string, string> = {};

/** What this execution last wrote under `key` (writeRaw, writeStateSoon), or null: not written by it. */
export function writtenByRun(key: string): string | null {
  return written[key] ?? null;
}

/** Removes keys of the application's state (a flag that is over). */
export function clearState(...keys: StateKey[]): void {
  deleteRaw(keys.map((k) => KEYS[k]));
}

/** Deletes every script property: the state of another spreadsheet, carried by a copy of the file. */
export function forgetAllState(): void {
  scriptStore().deleteAllProperties();
  cache = {};
  soon = {};
  written = {};
}

/** Reads one key from the store itself, not the cache (for state another execution may have changed). */
export function getFreshState(key: StateKey): string | null {
  const v = scriptStore().getProperty(KEYS[key]);
  if (cache) {
    if (v === null) delete cache[KEYS[key]];
    else cache[KEYS[key]] = v;
  }
  return v;
}

/**
 * Reads every property into the cache, right after taking the script lock (one call): state written only under the
 * lock can then be read from the cache (getLockedState) for the rest of the locked section.
 */
export function reloadUnderLock(): void {
  // What this execution has still to write (setStateSoon) is newer than the store.
  cache = { ...scriptStore().getProperties(), ...soon };
  readUnderLock = true;
}

/**
 * A key written only under the script lock: what this execution set to write (setStateSoon: newer than any store), else
 * from the cache read under the lock, else from the store.
 */
export function getLockedState(key: StateKey): string | null {
  const raw = KEYS[key];
  if (Object.prototype.hasOwnProperty.call(soon, raw)) return soon[raw];
  return readUnderLock && cache ? (cache[raw] ?? null) : getFreshState(key);
}

/** The script lock is released: what other executions write from now on is not in the cache. */
export function lockReleased(): void {
  readUnderLock = false;
}

/**
 * Writes what setStateSoon left waiting (no call when nothing waits), just before the script lock is released. A
 * failure is swallowed: what waited may be lost (see setStateSoon), and the lock must still be released.
 */
export function writeStateSoon(): void {
  if (Object.keys(soon).length === 0) return;
  try {
    writeRaw({});
  } catch {
    soon = {};
  }
}

/** Every script property whose key starts with `prefix`, read from the store (one call). */
export function readPrefixed(prefix: string): Record<string, string> {
  const all = scriptStore().getProperties();
  cache = { ...all };
  const out: Record<string, string> = {};
  for (const k of Object.keys(all)) if (k.indexOf(prefix) === 0) out[k] = all[k];
  return out;
}

/** Like readPrefixed, from the execution's cache when it holds the properties already (no call then). */
export function cachedPrefixed(prefix: string): Record<string, string> {
  if (!cache) return readPrefixed(prefix);
  const out: Record<string, string> = {};
  for (const k of Object.keys(cache)) if (k.indexOf(prefix) === 0) out[k] = cache[k];
  return out;
}

/** Writes raw keys (the proposal ledger) in one call. */
export function writeRaw(values: Record<string, string>): void {
  const out = { ...soon, ...values };
  scriptStore().setProperties(out);
  soon = {};
  written = { ...written, ...out };
  cache = { ...(cache ?? {}), ...out };
}

/** Deletes raw keys (an old generation of the proposal ledger). */
export function deleteRaw(keys: string[]): void {
  const store = scriptStore();
  for (const k of keys) {
    store.deleteProperty(k);
    if (cache) delete cache[k];
  }
}
