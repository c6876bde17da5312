// Read-only views for schools (issue 18), made and refreshed by "Cập nhật tổng hợp" (and its continuation).
//
// Each view is one spreadsheet in the folder "Điển hình tiên tiến — Trang theo dõi của các trường", owned by the
// office's account, shared as viewer with exactly its schools' addresses (src/core/school-views.ts decides which).
//
// Never two for one school. The LEDGER (records "views.v.<key>", key "S:<code>" or "G:<group>", in the tab of records:
// src/gas/records.ts) is the record: before SpreadsheetApp.create the run writes the intent ({st: 'pending', name}),
// committed; the id follows with the run's other records. A run that finds a pending entry first looks in the folder
// for a spreadsheet of that name (made by an execution that died before recording it) and adopts it; only if there is
// none does it create one. So does a run that finds no entry after the office chose to go on from records that lost
// rows (recordsResumed); while they are lost, no view is made or refreshed.
//
// Deleted by hand. A view in the trash is recreated (once: the new one is recorded, the trashed one is unshared
// and left there) and the office is told in "Nhật ký lỗi". A view that cannot be opened may be a passing failure: it is
// taken for gone only when Drive's second lookup — by id again, then a search by name — answers without it (gas/sharing.ts
// openView, the rule of gas/presence.ts), and recreated only when a second, later execution finds it gone too
// ("transient is not gone"). Drive unable to answer is the view's failure of the run, tried again next run.
//
// Quotas and time. Creating stops at the first failure of a view's creation; existing views are still refreshed.
// The failure is the daily quota of spreadsheets created (250 consumer, 3,200 Workspace) only when the tool's own count
// of the spreadsheets it made in the quota's window is near it (src/core/create-quota.ts; never the error's wording,
// which depends on the user's language): the rest is made by a continuation when the window ends. Any other failure
// is taken for a passing one: a continuation tries again a minute later, up to MAX_CREATE_ATTEMPTS runs in a row,
// then the office is told and the next rebuild tries again. No new view is started after the job's deadline (4.5 min
// into the execution); then a continuation (continueSchoolViews) is scheduled a minute later.
//
// Order. The views to make or change (content, viewers, name, a refusal or a miss on record) come first; then those
// whose record says nothing changed, which are only checked (in the trash? link sharing or viewers changed by hand?),
// from where the last run's checks stopped. A large office's run whose time ends among the checks needs no
// continuation: the views left unchecked stand as last checked, and the next run checks them first (review scale H1:
// walking from the first view every run, 580 checks filled the time, the views still to make were never reached,
// and a continuation every minute used up the day's trigger runtime).
import { sentForAnotherSchool } from '../core/emails';
import { editsCountUntil, periodOverFrom, type OfficeConfig } from '../core/config';
import type { EvaluateOutput } from '../core/evaluate';
import { RECORDS_LOST, REVIEW_VERDICT_VANISHED, type RecordsLoss, VIEW_NOTE, minuteOnDay, viewAsOf, periodName, viewFileName, viewFolderName, directoryErrorNoSchool, linkAccessText, quotaTime, viewStatus, viewsDirectoryBroken } from '../core/messages';
import { REVIEW_DECISIONS, pendingRequests, type ReviewTab } from '../core/review';
import { lastSentByRef, type OutboxEntry } from '../core/outbox';
import { openOutbox } from '../gas/outbox';
import { FORMER_VIEW_KEY_PREFIX, directoryLinkColumn, followCorrectedCodes, namesSchool, planSchoolViews, sameCodeAndReaders, viewKeys, type FormLinks, type PublishedComment, type RemovedRegistration, type ViewEntry, type ViewSpec } from '../core/school-views';
import { schoolMail } from '../core/directory';
import { TAB } from '../core/messages';
import { formatDate, formatTime, toText } from '../core/text';
import { errorMessage, isCreateRefused } from '../gas/errors';
import { countRunProblem, logError } from '../gas/health';
import { cachedPrefixed, clearState, getState, periodEndRecord, setRawSoon, setState, writeRaw } from '../gas/properties';
import { cachedRecords, moveRecord, putRecords, readRecords, recordsLost, recordsResumed, writeWaitingRecords } from '../gas/records';
import { closedByEnd, formUrl, openForm } from '../gas/mail';
import { addWantedViewers, createView, findByName, handEditorsOf, keepPrivate, openView, syncViewers, takeOffViewers, viewFolder, type Refusals, type Synced } from '../gas/sharing';
import { ownerHere } from '../gas/triggers';
import { opensFile } from '../gas/presence';
import { measureTab, readValues, writeTable } from '../gas/sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const VIEW_LEDGER_PREFIX = 'views.v.';
const FOLDER_KEY = 'views.folder';
export const CONTINUE_VIEWS_HANDLER = 'continueSchoolViews';
const CONTINUE_AFTER_MS = 60_000;
/**
 * Where the next run's checks start: the key of the first view the last run's checks did not reach and its place among
 * the planned views ("<key>\u0001<index>"; '' or none: from the first). The place holds when that view is to change
 * next time, or its school left "Đơn vị".
 */
const CHECK_FROM_KEY = 'views.checkFrom';
/** Runs in a row whose creation of a view failed (not for the quota): "views.retry" (a number). */
const RETRY_KEY = 'views.retry';
/** Such runs before the quick retries stop and the office is told (the next rebuild still tries). */
export const MAX_CREATE_ATTEMPTS = 3;
/** The continuation after a quota stop runs this long after the window's end. */
const QUOTA_RESET_MARGIN_MS = 5 * 60_000;

/** One ledger entry (short keys: one per school): ViewEntry's fields, and these. */
interface ViewRecord extends ViewEntry {
  url?: string;
  /** Hash of the content last written. */
  h?: string;
  /**
   * The views its school had before (their names), when the tool could not tell they were its own (followCorrectedCodes):
   * its new link is told to the office once the school is given it, then this is dropped.
   */
  nl?: string[];
  /**
   * Of `sh`, the addresses that were editors of the view, shared by hand, before the tool would have shared with them
   * (syncViewers handEditors): not the tool's to take off when "Đơn vị" drops them (review upgrade4).
   */
  he?: string[];
  /** What Drive last refused (the addresses not shared, not unshared): logged when it changes, not every night. */
  rf?: string;
  /** The link sharing Drive last refused to turn off (DriveApp.Access): logged when it changes, not every night. */
  lk?: string;
  /** Viewers Drive lists without an address (review diff41 M3): logged when their number changes. */
  ud?: number;
  /** Other schools' addresses that are editors of the view, made so by hand (review d71): logged when they change. */
  xe?: string;
  /**
   * The column widths it was given (px, comma-separated; absent: those of the first layout, set when it was made). Its
   * columns depend on the settings (the council's column when published): sized again when they differ (review diff43 M1).
   */
  wd?: string;
}

export interface ViewsResult {
  /** Views whose content and sharing are current. */
  current: number;
  total: number;
  /** Views not made or not refreshed yet (time or quota): done by a later run. */
  waiting: number;
  /** The view of each school (by code), for "Đơn vị" and the e-mails. */
  links: Map<string, string>;
  detail: string;
  /** Nothing was done: the tab of records lost rows (its line in "Tình trạng" is not a success). */
  stopped?: boolean;
  /** The views turned off: how many stopped being shared in this run, and how many are still shared (its line says so). */
  unshared?: number;
  stillShared?: number;
}

/**
 * Whether this account cannot open the schools' views made so far (a few of them are tried): an account taking the tool
 * over must be given them first, or its runs would make every school a second view (review diff39 M1). False when none
 * is recorded.
 */
export function viewsOutOfReach(ss: Spreadsheet): boolean {
  const made = [...readLedger(readRecords(ss, VIEW_LEDGER_PREFIX)).values()].filter((e) => e.st === 'made' && e.id).slice(0, 3);
  return made.some((e) => !opensFile(e.id!));
}

function readLedger(raw: Record<string, string>): Map<string, ViewRecord> {
  const out = new Map<string, ViewRecord>();
  for (const k of Object.keys(raw)) {
    try {
      out.set(k.slice(VIEW_LEDGER_PREFIX.length), JSON.parse(raw[k]) as ViewRecord);
    } catch {
      // A damaged entry: treated as pending of the same key (the folder is searched before creating).
    }
  }
  return out;
}

/**
 * Records a view's entry with the run's other records (writeWaitingRecords, at the end of the run; a run that dies
 * first loses only work done again), or, `now`, committed at once (the intent before a view is created).
 */
const record = (ss: Spreadsheet, key: string, r: ViewRecord, now = false) => putRecords(ss, { [VIEW_LEDGER_PREFIX + key]: JSON.stringify(r) }, !now);

/** The council's decisions and comments by registration id (decisions held after a change are left out). */
export function publishedComments(review: ReviewTab | null): Map<string, PublishedComment> {
  const out = new Map<string, PublishedComment>();
  if (!review || review.error) return out;
  const c = review.columns;
  for (const row of review.rows) {
    const id = toText(row[c.id]);
    if (id === '' || review.stale.has(id)) continue;
    const decision = toText(row[c.decision]);
    const comment = toText(row[c.comment]);
    if ((decision === '' || decision === REVIEW_DECISIONS.pending) && comment === '') continue;
    out.set(id, { decision, comment });
  }
  return out;
}

/**
 * The registrations whose "Yêu cầu bổ sung" is in force — those whose letter the mail composes (pendingRequests: its
 * comment written, not held, not replaced) — with the day their letter last went after the registration was last sent
 * (dd/MM/yyyy), from the outbox's entries (`mail`; undefined: read here, only when there is a request; null when not
 * known). The school's view names that letter (review r68v #4).
 */
export function requestsInForce(ss: Spreadsheet, review: ReviewTab | null, output: EvaluateOutput, config: OfficeConfig, mail?: readonly OutboxEntry[]): Map<string, string | null> {
  if (!review || review.error || !config.schoolViews.enabled) return new Map();
  return councilRequestsOf(review, output, config, () => {
    try {
      return openOutbox(ss).entries;
    } catch {
      return [];
    }
  }, mail);
}

/**
 * requestsInForce whether or not the views are on: what the reminders list too (review r79s F1). `read`: the outbox's
 * entries, asked only when there is a request and `mail` is not given.
 */
export function councilRequestsOf(review: ReviewTab, output: EvaluateOutput, config: OfficeConfig, read: () => readonly OutboxEntry[], mail?: readonly OutboxEntry[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  if (review.error) return out;
  const requests = pendingRequests(review, output.registrations, config.organisation, sentForAnotherSchool(output), editsCountUntil(config));
  if (requests.length === 0) return out;
  const last = lastSentByRef(mail ?? read(), 'supplementRequest');
  for (const r of requests) {
    const sent = last.get(r.registrationId)?.sentAt;
    // A letter sent before the registration's last sending was answered by it: not this request's.
    out.set(r.registrationId, sent && !(r.submittedAt && r.submittedAt.getTime() > sent.getTime()) ? formatDate(sent) : null);
  }
  return out;
}

/**
 * The codes the council decided "Không đề nghị", which the views show with nothing to complete (review r76p F3): the
 * run's src/jobs/results.ts notProposedOf (the notion the reminders skip them by; "Lịch sử thẩm định" read only for
 * decisions held for the council's confirmation, once a run, shared with "Tổng hợp"'s school tabs and the mail).
 */
function notProposedOf(review: ReviewTab | null, config: OfficeConfig, notProposed: () => ReadonlySet<string>): ReadonlySet<string> {
  return !review || !config.schoolViews.enabled ? new Set() : notProposed();
}

/** The registrations whose response row was deleted, as the council's tab still shows them (code, school, name). */
export function removedRegistrations(review: ReviewTab | null): RemovedRegistration[] {
  if (!review || review.error) return [];
  const c = review.columns;
  const out: RemovedRegistration[] = [];
  for (const row of review.rows) {
    if (toText(row[c.verdict]) !== REVIEW_VERDICT_VANISHED) continue;
    const id = toText(row[c.id]);
    if (id !== '') out.push({ id, school: toText(row[c.school]), name: toText(row[c.name]) });
  }
  return out;
}

/**
 * The school → view links the ledger holds (one read of the tab of records). A view Drive refused to share with one of
 * its addresses (a Workspace's sharing limited to some domains) has no link in the mail: an address the mail goes to
 * could not open it (VIEW_NOTE.notShared tells the office).
 */
export function viewLinks(ss: Spreadsheet, output: EvaluateOutput, config: OfficeConfig): Map<string, string> {
  const links = new Map<string, string>();
  if (!config.schoolViews.enabled) return links;
  const ledger = readLedger(cachedRecords(ss, VIEW_LEDGER_PREFIX));
  for (const v of viewKeys(output, config)) {
    const rec = ledger.get(v.key);
    if (rec?.url && !notSharedWithSome(rec) && !rec.hd) for (const c of v.schoolCodes) links.set(c, rec.url);
  }
  return links;
}

/** Whether Drive last refused to share the view with some of its addresses (the first part of `rf`). */
function notSharedWithSome(rec: ViewRecord): boolean {
  return !!rec.rf && rec.rf.split('|')[0] !== '';
}

/** Creates, refreshes and shares the views; writes the links into "Đơn vị". See the file comment. */
export function refreshSchoolViews(ss: Spreadsheet, output: EvaluateOutput, config: OfficeConfig, review: ReviewTab | null, deadline: number, mail: readonly OutboxEntry[] | undefined, notProposed: () => ReadonlySet<string>, readAt: Date): ViewsResult {
  try {
    return refreshViews(ss, output, config, review, deadline, mail, notProposed, readAt);
  } catch (err) {
    // Rows of the tab of records found gone at a record's write (deleted while the run worked): told as when found at
    // the start, the rest of the run (the summaries, the mail) done (review diff13 #4).
    const lost = recordsLost(ss);
    if (!lost) throw err;
    return lostViews(ss, lost, 0);
  }
}

/** The views' result while the tab of records has lost rows: nothing made or shared, the office told. */
function lostViews(ss: Spreadsheet, lost: RecordsLoss, planned: number): ViewsResult {
  logError(ss, 'schoolViews', RECORDS_LOST.log(lost));
  countRunProblem();
  return { current: 0, total: planned, waiting: planned, links: new Map(), detail: RECORDS_LOST.status, stopped: true };
}

/**
 * The forms' links the views give; after the end of the period none to a form closed by it (closedByEnd: a click would
 * lead to Google's "form closed"), the view saying the period ended instead. The forms are asked whether they take
 * responses only when the period ended.
 */
function formLinks(config: OfficeConfig): FormLinks {
  const [registration, report] = (['registrationForm', 'reportForm'] as const).map((key) => {
    const id = getState(key);
    const closedBy = closedByEnd(() => openForm(id));
    return { closedBy, url: closedBy === null ? formUrl(id) : null };
  });
  // Forms the office opened again by hand after the end: their links back, but the tool still runs no more by itself
  // (the end removed its triggers; the nightly rebuild stops once the end is recorded, cut off half way too): the view
  // keeps saying so while the end is recorded (reviews d64 #3, d64b #5).
  const period = registration.closedBy ?? report.closedBy ?? periodEndRecord()?.period ?? null;
  // Over by the calendar ("Ngày kiểm tra", as the rest of the view), nobody having ended it (review d75b F4, d75c).
  const over = period === null && config.today.getTime() >= periodOverFrom(config).getTime() ? { period: config.period.name, lastYear: config.period.endYear, editsOpen: config.organisation.kind !== 'phong' } : null;
  return {
    registration: registration.url,
    report: report.url,
    ended: period === null ? null : { period, registration: registration.closedBy !== null, report: report.closedBy !== null },
    over,
  };
}

function refreshViews(ss: Spreadsheet, output: EvaluateOutput, config: OfficeConfig, review: ReviewTab | null, deadline: number, mail: readonly OutboxEntry[] | undefined, notProposed: () => ReadonlySet<string>, readAt: Date): ViewsResult {
  // The forms' links, which every view gives (asked only when there are views to write).
  const forms = config.schoolViews.enabled ? formLinks(config) : undefined;
  const plan = planSchoolViews(output, config, publishedComments(review), forms, removedRegistrations(review), requestsInForce(ss, review, output, config, mail), notProposedOf(review, config, notProposed));
  if (!config.schoolViews.enabled) {
    // Off: views made earlier stop being shared (read from the properties already cached: nothing else is called
    // when there never were views).
    const made = [...readLedger(cachedRecords(ss, VIEW_LEDGER_PREFIX))].filter(([, e]) => e.st === 'made' && e.id);
    if (made.length && !recordsLost(ss)) {
      // A view Drive fails on is that view's failure, told and tried again next run, as when a view is no longer wanted
      // while the others are on: not the whole rebuild's. None is begun past the job's deadline (a large office's views
      // are unshared over several runs).
      const failed: { name: string; message: string }[] = [];
      let unshared = 0;
      // A view Drive cannot open (a passing error, or a file deleted for good) is named with Drive's error too.
      for (const [key, e] of made) if (Date.now() < deadline && retireOrTell(ss, key, e, failed, true)) unshared++;
      writeWaitingRecords(ss);
      if (failed.length > 0) logError(ss, 'schoolViews', VIEW_NOTE.offNotUnshared(failed.map((f) => f.name), failed[0].message));
      // Said on the views' line, which otherwise kept saying they were shared (review "settings" #7).
      return { current: 0, total: 0, waiting: 0, links: new Map(), detail: viewStatus(0, 0, 0, true, unshared, made.length - unshared), unshared, stillShared: made.length - unshared };
    }
    return { current: 0, total: 0, waiting: 0, links: new Map(), detail: viewStatus(0, 0, 0, true) };
  }
  // "Đơn vị" read wrong (a required column's header renamed, every row gone): nothing is shared, unshared or retired
  // on the strength of that read — every view would lose its school, and each school be said to have no address.
  const dir = output.directory;
  if (dir.structuralErrors.length > 0 || dir.schools.length === 0) {
    // (Already logged and counted among the rebuild's problems.)
    return { current: 0, total: plan.views.length, waiting: plan.views.length, links: new Map(), detail: viewsDirectoryBroken(dir.structuralErrors[0] ?? directoryErrorNoSchool()), stopped: true };
  }
  const raw = readRecords(ss, VIEW_LEDGER_PREFIX);
  const lost = recordsLost(ss);
  // Nothing made or shared from records that lost rows: the office restores them or goes on (src/gas/records.ts).
  if (lost) return lostViews(ss, lost, plan.views.length);
  const ledger = readLedger(raw);
  const resumed = recordsResumed();
  // Read with the records (their properties' read, just above).
  const folderId = cachedPrefixed(FOLDER_KEY)[FOLDER_KEY] ?? null;
  let folder: GoogleAppsScript.Drive.Folder | null = null;
  const getFolder = () => {
    if (!folder) {
      folder = viewFolder(folderId, viewFolderName(periodName(config.period.startYear, config.period.endYear)));
      if (folder.getId() !== folderId) writeRaw({ [FOLDER_KEY]: folder.getId() });
    }
    return folder;
  };
  // Notes about the directory are written when they change (not every day).
  const notesHash = plan.notes.join('\n');
  if (notesHash !== (cachedPrefixed('views.notes')['views.notes'] ?? '')) {
    logError(ss, 'schoolViews', plan.notes);
    writeRaw({ 'views.notes': notesHash.slice(0, 8_000) });
  }

  let current = 0;
  /** Views Drive keeps refusing something on (recorded marks): neither shared right nor "to do later". */
  let refusedViews = 0;
  /** The link sharing of the views made in this run, turned off (the account's default for new files). */
  const madePrivate: string[] = [];
  let createBlocked = false;
  /** What stopped creating (a view's name and the error), judged after the loop. */
  let blockedBy: { name: string; err: unknown } | null = null;
  let outOfTime = false;
  /** Views this run left to the account holding the tool's triggers (it cannot open or make them). */
  let notOwned = 0;
  const failuresBefore = Number(cachedPrefixed(RETRY_KEY)[RETRY_KEY] ?? '0') || 0;
  const links = new Map<string, string>();
  // Views no longer planned (a school left "Đơn vị", a commune view of an earlier version): shared with no one any more,
  // first — before the views still to make take the run's time (a large office makes them over several runs).
  // A school whose code the office corrected keeps its view (same file, link and readers), its entry moved to the new
  // key in one committed write, before the views no longer planned are unshared (followCorrectedCodes). A school given
  // a new view in its stead is named to the office when the view is made (VIEW_NOTE.newLink).
  handOffNone(ss, plan.views, ledger, output);
  const { moves, earlier } = followCorrectedCodes(plan.views, ledger, output.directory);
  for (const m of moves) {
    const e = ledger.get(m.from)!;
    moveRecord(ss, VIEW_LEDGER_PREFIX + m.from, VIEW_LEDGER_PREFIX + m.to, JSON.stringify(e));
    ledger.set(m.to, e);
    ledger.delete(m.from);
    logError(ss, 'schoolViews', VIEW_NOTE.codeFollowed(m.school.name, m.oldCode, m.school.code));
  }
  const planned = new Set(plan.views.map((v) => v.key));
  // One view's failure there (a passing Drive error) is that view's, told with the others' and tried again next run — not
  // the whole step's (w69v: the rebuild stopped, no view refreshed).
  const retireFailed: { name: string; message: string }[] = [];
  for (const [key, e] of ledger) if (!planned.has(key) && e.st === 'made' && e.id && Date.now() < deadline) retireOrTell(ss, key, e, retireFailed);
  const { order, checkOnly, checkFrom } = viewOrder(plan.views, ledger);
  /** The first view only to check that this run did not reach (where the next run's checks start). */
  let uncheckedFrom: string | null = null;
  /** Views this run failed on (an error of Drive or Sheets), with the first message: told in one line, tried next run. */
  const failedViews: { name: string; message: string }[] = retireFailed;
  /** The schools (codes) whose row in "Đơn vị" lists each address: a reader Drive will not take off is another school's. */
  let owners: Map<string, string[]> | null = null;
  const ownersOf = (address: string) => {
    if (!owners) {
      owners = new Map();
      for (const s of output.directory.schools) for (const a of schoolMail(s)) (owners.get(a) ?? owners.set(a, []).get(a)!).push(s.code);
    }
    return owners.get(address.trim().toLowerCase()) ?? [];
  };
  // The views' cells are compared once a day, by the first run of the day that gets to them (not at every rebuild from
  // the menu: two calls a view).
  const today = String(Math.floor(Date.now() / DAY_MS));
  const checkToday = getState('viewsCheckedDay') !== today;
  // When the views' data was read (review r83s F3): said by each view written now, and by each unchanged one at the first
  // run of the day (the script's time zone) to reach it (one cell): the line never says a moment at which the view was
  // not current, and is at most the day's first run old.
  const asOf = viewAsOf(minuteOnDay(readAt));
  const asOfDay = formatDate(readAt);
  const asOfToday = getState('viewsAsOfDay') !== asOfDay;
  let checked = false;
  for (const view of order) {
    let entry = ledger.get(view.key) ?? null;
    if (Date.now() >= deadline) {
      if (entry?.url) for (const c of view.schoolCodes) links.set(c, entry.url);
      // A view with nothing to change stands as last checked, shared right unless Drive refused something on record;
      // the next run checks it first.
      if (checkOnly.has(view.key)) {
        uncheckedFrom ??= `${view.key}\u0001${plan.views.indexOf(view)}`;
        if (!refusedOnRecord(entry)) current++;
        else refusedViews++;
      } else outOfTime = true;
      continue;
    }
    // One view's failure (a passing Drive error, a file this account can no longer change) is that view's: the others
    // are still made, refreshed and unshared as "Đơn vị" says — a view later in the order may hold an address the
    // directory no longer lists for it — and the office is told which view (review views #2).
    // The view's file name as Drive shows it now, for the office's note if this view fails (renamed only once the
    // view's readers are what "Đơn vị" says).
    let nameNow = entry && entry.st === 'made' ? entry.name : view.fileName;
    try {
      let target: Spreadsheet | null = null;
      let file: GoogleAppsScript.Drive.File | null = null;
      let recreate = false;
      // The old view found in the trash and its readers taken off (said in the note of its replacement).
      let oldUnshared = false;
      if (entry && entry.st !== 'pending' && entry.id) {
        const opened = openView(entry.id, entry.name);
        if (opened.state === 'ok') ({ ss: target, file } = opened);
        else if (ownerHere() === false) {
          // Another account's view, out of this account's reach: neither gone nor to be made again (review handover H2).
          notOwned++;
          if (entry.url) for (const c of view.schoolCodes) links.set(c, entry.url);
          continue;
        } else if (opened.state === 'unreachable') {
          // Drive cannot tell now, or the file is there and would not open: this view's failure, told and tried again
          // next run — never a miss towards making it again (review r83s F1: two passing errors five minutes apart gave
          // the school a second view, the first one forgotten and still shared).
          failedViews.push({ name: nameNow, message: opened.message });
          if (entry.url) for (const c of view.schoolCodes) links.set(c, entry.url);
          continue;
        } else if (opened.state === 'trashed' || (entry.miss ?? 0) >= 1) {
          recreate = true;
          // Its readers lose it now, not when the trash is emptied: whether they can still open a file in its owner's
          // trash is not settled (Drive's guide says no in English, yes in other languages), and one restored from the
          // trash would be a second view, never updated nor unshared again (review views #4).
          if (opened.state === 'trashed') oldUnshared = unshareTrashed(ss, entry, opened.file);
        } else {
          logError(ss, 'schoolViews', VIEW_NOTE.missing(entry.name));
          record(ss, view.key, { ...entry, miss: 1 });
          if (entry.url) for (const c of view.schoolCodes) links.set(c, entry.url);
          continue;
        }
      }
      let fresh = false;
      if (!target) {
        if (createBlocked) continue;
        // Made only by the account holding the tool's triggers, in its folder (a colleague's would be a second view).
        if (ownerHere() === false) {
          notOwned++;
          continue;
        }
        // A view an earlier execution made before recording it: found and moved into the folder. Drive refusing that (a
        // folder this account may not add to, a passing failure) is a failure of the creation, counted and said as one
        // (review domain M3: it failed the whole run, every night, naming no school).
        if ((entry && entry.st === 'pending') || (!entry && resumed)) {
          try {
            // Not a file named for another school (the code given to another school since: handOffNone).
            const name = entry && namedFor(entry.name, view, output) ? entry.name : view.fileName;
            ({ ss: target, file } = findByName(getFolder(), name) ?? { ss: null, file: null });
          } catch (err) {
            createBlocked = true;
            blockedBy = { name: view.fileName, err };
            continue;
          }
        }
        if (!target) {
          const intent: ViewRecord = { st: 'pending', name: view.fileName };
          record(ss, view.key, intent, true);
          try {
            ({ ss: target, file } = createView(getFolder(), view.fileName));
          } catch (err) {
            createBlocked = true;
            blockedBy = { name: view.fileName, err };
            continue;
          }
          // Created: the failures in a row are over (written with the record below).
          if (failuresBefore > 0) setRawSoon({ [RETRY_KEY]: '0' });
        }
        if (recreate && entry) logError(ss, 'schoolViews', VIEW_NOTE.recreated(entry.name, oldUnshared));
        // A school that had another view before (followCorrectedCodes): its new link is to be told, kept with the view
        // until it is (a run failing on the view after making it tells it on the next: review d69b A).
        const toTell = earlier.get(view.key);
        entry = { st: 'made', name: view.fileName, id: target.getId(), url: target.getUrl(), ...(toTell ? { nl: toTell } : {}) };
        nameNow = view.fileName;
        record(ss, view.key, entry);
        fresh = true;
      }
      const made = entry!;
      // Read by its viewers only: link sharing is turned off, and the office told it was on.
      const linked = keepPrivate(file!);
      if (linked && linked.refused === null) {
        // A view made now under the account's default for new files is one line for all of them, below.
        if (fresh) madePrivate.push(linked.was);
        else logError(ss, 'schoolViews', VIEW_NOTE.madePrivate(view.fileName, linkAccessText(linked.was)));
      }
      const widths = view.widths.join(',');
      // Its cells are compared with what the tool wrote on the days it is due (cellCheckDue): typed over by hand (its
      // owner's clerk, a principal made editor by hand), it is written again (review r68v #8).
      const due = checkToday && !fresh && made.h === view.hash && cellCheckDue(plan.views.length, plan.views.indexOf(view));
      checked ||= due;
      const rewrite = fresh || made.h !== view.hash || (due && editedByHand(target, view));
      const hand = made.he ?? [];
      // A school never reads another's registrations, not even for a moment (review r68v #1: two schools' codes swapped
      // in "Đơn vị" hand each view to the other school). Those who should no longer read the view are taken off first;
      // its new content is written only once they all are, and its new readers added only after that. When Drive fails
      // or refuses to take one off, the view is held as it was — content, name, readers — and tried again next run (a
      // failure of the first step is the view's failure: VIEW_NOTE.failed; a refusal, VIEW_NOTE.notUnshared's held case).
      const off = takeOffViewers(target, view.share, sharedByTool(made));
      // Held only when a reader Drive keeps is listed for another school (review d68 #3). An address the office only
      // dropped from the same school's row holds nothing back: that reader saw this school's page and is told of in the
      // log; the school's own staff go on reading it updated. (A file named for another school never gets here: its
      // school was given a new one, handOffNone — review r83s F2.)
      // Another school's address made an editor of this view by hand reads this school's registrations (the tool never
      // takes off editors it did not share with): told once (review d71b).
      const others = off.leftAlone
        .map((email) => ({ email, codes: ownersOf(email).filter((c) => !view.schoolCodes.includes(c)) }))
        .filter((x) => x.codes.length > 0)
        .sort((a, b) => (a.email < b.email ? -1 : 1));
      const held = rewrite && off.refused.notRemoved.some((a) => ownersOf(a).some((c) => !view.schoolCodes.includes(c)));
      let synced: Synced;
      if (held) {
        // (Held for another school's editor alone, Drive refused nothing: no refusal to record.)
        const refusedAny = off.refused.notAdded.length + off.refused.notRemoved.length > 0;
        synced = { added: [], removed: off.removed, refused: refusedAny ? off.refused : null, undisclosed: off.undisclosed, handEditors: handEditorsOf(off, view.share, sharedByTool(made)) };
      } else {
        if (made.name !== view.fileName) {
          target.rename(view.fileName); // the school was renamed in "Đơn vị"
          nameNow = view.fileName;
        }
        if (rewrite) writeView(target, view, fresh || made.wd !== widths, asOf);
        else if (asOfToday) target.getSheets()[0].getRange(view.asOfRow, 1).setValue(asOf);
        synced = addWantedViewers(target, off, view.share, sharedByTool(made), fresh);
      }
      const { refused, undisclosed } = synced;
      // Kept while "Đơn vị" lists them (dropped, they leave `sh` too).
      const heList = [...new Set([...hand.filter((e) => view.share.includes(e)), ...synced.handEditors])];
      const he = heList.length > 0 ? heList : undefined;
      // The name the file has now (held: still the one it had).
      const name = held ? made.name : view.fileName;
      // What Drive refused leaves the view out of the count of views shared as they should be (tried again every run);
      // so do viewers whose address Drive does not give (the office checks them in "Chia sẻ").
      const { rf, lk } = reportRefusals(ss, name, made, refused, linked, held);
      const ud = undisclosed > 0 ? undisclosed : undefined;
      if (ud !== undefined && ud !== made.ud) logError(ss, 'schoolViews', VIEW_NOTE.undisclosed(name, ud));
      const xe = others.length > 0 ? others.map((x) => x.email).join(';') : undefined;
      if (xe !== undefined && (xe !== made.xe || held !== !!made.hd)) {
        const schoolName = (code: string) => output.directory.schools.find((s) => s.code === code)?.name ?? code;
        logError(ss, 'schoolViews', VIEW_NOTE.otherSchoolsEdit(name, others.map((x) => ({ email: x.email, schools: x.codes.map(schoolName) }))));
      }
      // The widths its columns were given when it was written (else those it had).
      const wd = rewrite && !held ? widths : made.wd;
      // An address Drive would not take off stays among those shared with, so that it is tried again (an editor made by
      // hand is looked for only among them). Held: those who read it now (the new readers are not added yet).
      const sh = held
        ? [...new Set([...off.current.filter((e) => !off.removed.includes(e)), ...(he ?? [])])]
        : refused && refused.notRemoved.some((e) => !view.share.includes(e))
          ? [...view.share, ...refused.notRemoved.filter((e) => !view.share.includes(e))]
          : view.share;
      // Held: the new link is still to be told (given to the school when the view is written).
      const nl = held ? made.nl : undefined;
      const next: ViewRecord = { st: 'made', name, id: made.id, url: made.url, ...(held ? (made.h ? { h: made.h } : {}) : { h: view.hash }), sh, ...(he ? { he } : {}), ...(rf ? { rf } : {}), ...(lk ? { lk } : {}), ...(ud ? { ud } : {}), ...(xe ? { xe } : {}), ...(wd ? { wd } : {}), ...(held ? { hd: 1 } : {}), ...(nl ? { nl } : {}) };
      if (fresh || held || !standsAsRecorded(view, made) || made.rf !== rf || made.lk !== lk || made.ud !== ud || made.xe !== xe || (made.he ?? []).join(';') !== (he ?? []).join(';') || !!made.hd || (!!made.nl && !held)) record(ss, view.key, next);
      // Not shared right either: read by another school's address the tool may not take off (told in the log, above).
      if (!refused && !linked?.refused && !ud && others.length === 0) current++;
      else refusedViews++;
      // Held: its school is given no link to it (its readers are not added; what it shows is not the school's yet).
      if (!held) for (const c of view.schoolCodes) links.set(c, made.url!);
      // Its school had another view before (followCorrectedCodes): told once, when the school is given this one.
      const before = held ? undefined : made.nl ?? earlier.get(view.key);
      if (before) logError(ss, 'schoolViews', VIEW_NOTE.newLink(view.label, view.schoolCodes[0], made.url!, before));
    } catch (err) {
      // Records found lost: the whole job stops (refreshSchoolViews).
      if (recordsLost(ss)) throw err;
      failedViews.push({ name: nameNow, message: errorMessage(err) });
      if (entry?.url) for (const c of view.schoolCodes) links.set(c, entry.url);
    }
  }
  writeWaitingRecords(ss);
  // (A colleague's run, which opens none of the views, leaves the place as it is.)
  if ((uncheckedFrom ?? '') !== checkFrom && notOwned === 0) writeRaw({ [CHECK_FROM_KEY]: uncheckedFrom ?? '' });
  if (notOwned > 0) logError(ss, 'schoolViews', VIEW_NOTE.otherAccount(notOwned));
  if (failedViews.length > 0) logError(ss, 'schoolViews', VIEW_NOTE.failed(failedViews.map((f) => f.name), failedViews[0].message));
  // After a loss the office went on from: every planned view has its record again, none is looked for by name any more.
  if (resumed && !outOfTime && !blockedBy && notOwned === 0) clearState('recordsResumed');
  if (madePrivate.length > 0) logError(ss, 'schoolViews', VIEW_NOTE.madePrivateNew(madePrivate.length, linkAccessText(madePrivate[0])));
  writeDirectoryLinks(ss, links);
  // Not when the run stopped before some views it had only to check (they are compared by the next run of the day).
  if (!outOfTime && uncheckedFrom === null && (checked || asOfToday)) setState({ ...(checked ? { viewsCheckedDay: today } : {}), ...(asOfToday ? { viewsAsOfDay: asOfDay } : {}) });
  const waiting = plan.views.length - current - refusedViews;
  const blockedFor = blockedBy ? settleBlocked(ss, blockedBy.name, blockedBy.err, failuresBefore) : null;
  rescheduleContinuation(blockedFor !== null ? blockedFor.afterMs : outOfTime ? CONTINUE_AFTER_MS : null);
  return { current, total: plan.views.length, waiting, links, detail: viewStatus(current, plan.views.length, waiting, false, 0, refusedViews) };
}

/** A view's file name without its period (viewFileName): the school or group it is for, and its code. */
const viewLabel = (name: string) => name.slice(name.indexOf(' — ') + 1);

/**
 * Whether a view's file, named `name` when last written, was named for the school (or group) `view` is for now: its
 * label (viewLabel) is the view's, or names its one school under a "Tên cũ" (the school renamed in "Đơn vị": review
 * d68b — a renamed school's view is still its own).
 */
function namedFor(name: string, view: ViewSpec, output: EvaluateOutput): boolean {
  const was = viewLabel(name);
  if (was === viewLabel(view.fileName)) return true;
  const school = view.schoolCodes.length === 1 ? output.directory.byCode.get(view.schoolCodes[0]) : undefined;
  // Under a former name, or under its code before the office corrected it (followCorrectedCodes: a view still named for
  // the old code until its rename).
  return !!school && namesSchool(name, school);
}

/** The key a view's record is moved to when its file is left to its former school (handOffNone): never planned. */
const formerKey = (id: string) => `${FORMER_VIEW_KEY_PREFIX}${id}`;

/**
 * A view's file is never handed to another school (review r83s F2). A planned view whose record names a file written for
 * another school — a code swapped, or given to a new school after its school left "Đơn vị" (a retired view) — gets a new
 * file: the record of the old one is moved to a key no view is planned for, in one committed write. Its own school, under
 * the code it has now, takes it back when it is surely that school's (followCorrectedCodes: two codes swapped, each school
 * keeps its view); else the run's retirement unshares it (the readers the tool shared it with, as for any view no longer
 * wanted; a retired one is left as it is), and the school is given a new view, the office told its link when the school
 * had one before (`earlier`).
 * Rather than the old file stripped of everyone the tool did not share it with for the new school: a new file is read by
 * nobody but its owner until shared, whatever Drive would not list (viewers without an address), would not take off (a
 * refusal) or keeps (the version history, which an editor by hand opens with the former school's pages); the old file
 * holds only its own school's pages, read by whom its school or the office let read them.
 */
function handOffNone(ss: Spreadsheet, views: readonly ViewSpec[], ledger: Map<string, ViewRecord>, output: EvaluateOutput): void {
  for (const view of views) {
    const e = ledger.get(view.key);
    // Its own school's under whatever name (renamed in "Đơn vị", "Tên cũ" blank: review d83c F1) when the code and the
    // addresses it is shared with are the same: renamed when written, as any view of a renamed school.
    if (!e || e.st === 'pending' || !e.id || namedFor(e.name, view, output) || sameCodeAndReaders(e, view)) continue;
    const to = formerKey(e.id);
    moveRecord(ss, VIEW_LEDGER_PREFIX + view.key, VIEW_LEDGER_PREFIX + to, JSON.stringify(e));
    ledger.set(to, e);
    ledger.delete(view.key);
  }
}

/** At most this many views have their cells compared with their content in a day (each one every few days then). */
const CELL_CHECKS_A_DAY = 30;
const DAY_MS = 24 * 3600_000;

/**
 * Whether the view at `index` of `total` has its cells compared today: every view every day while there are at most
 * CELL_CHECKS_A_DAY, else each once in ceil(total / CELL_CHECKS_A_DAY) days, its day by its place (no record of its own).
 */
function cellCheckDue(total: number, index: number): boolean {
  const every = Math.max(1, Math.ceil(total / CELL_CHECKS_A_DAY));
  return (Math.floor(Date.now() / DAY_MS) + index) % every === 0;
}

/**
 * Whether a view's tab no longer shows what the tool wrote (its content `view` unchanged since): its name, or a cell
 * typed over, cleared, sorted or added by hand. The text of the cells is compared, blank rows and columns at the end
 * left out (two calls: the tab, its values).
 */
function editedByHand(target: Spreadsheet, view: ViewSpec): boolean {
  const sheet = target.getSheets()[0];
  if (sheet.getName() !== view.tabName) return true;
  // Not the line of when its data was read (a time of its own: asOfRow).
  const values = readValues(sheet).map((r, i) => (i === view.asOfRow - 1 ? ['', ...r.slice(1)] : r));
  return cellsText(values) !== cellsText([view.header, ...view.rows]);
}

/** The cells' text, row by row, blank cells and rows at the end left out. */
function cellsText(rows: readonly (readonly unknown[])[]): string {
  const lines = rows.map((r) => {
    const cells = r.map((c) => toText(c));
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    return cells.join('\u0001');
  });
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\u0002');
}

/** Whether a view's record says it is as planned: made, not missed, its content, name and viewers the plan's. */
function standsAsRecorded(v: ViewSpec, e: ViewRecord | null | undefined): boolean {
  return !!e && e.st === 'made' && !!e.id && !e.miss && e.h === v.hash && e.name === v.fileName && (e.sh ?? []).join(';') === v.share.join(';');
}

/** Whether Drive refused something on the view when it was last checked: an address, link sharing, a viewer without one. */
function refusedOnRecord(e: ViewRecord | null | undefined): boolean {
  return !!e && (!!e.rf || !!e.lk || !!e.ud);
}

/**
 * The views in the order a run takes them (see the file comment): those to make or change first, then those only to
 * check, from the one the last run's checks did not reach (CHECK_FROM_KEY, read with the other raw properties).
 */
function viewOrder(views: readonly ViewSpec[], ledger: ReadonlyMap<string, ViewRecord>): { order: ViewSpec[]; checkOnly: Set<string>; checkFrom: string } {
  // Nothing to make or change. A view Drive keeps refusing something on (an address outside the allowed domains, link
  // sharing, a viewer without an address) is tried again among the checks, never ahead of the views to make (review
  // diff42 H1: under a domain rule, hundreds of them filled every run and its continuations).
  const change: ViewSpec[] = [];
  const check: { v: ViewSpec; i: number }[] = [];
  views.forEach((v, i) => (standsAsRecorded(v, ledger.get(v.key)) ? check.push({ v, i }) : change.push(v)));
  const checkFrom = cachedPrefixed(CHECK_FROM_KEY)[CHECK_FROM_KEY] ?? '';
  // From that view's place now, or the place it had (its school left "Đơn vị"): the first view to check there or after.
  const [key, index] = checkFrom.split('\u0001');
  const place = views.findIndex((v) => v.key === key);
  const from = place >= 0 ? place : Number(index) || 0;
  const at = Math.max(0, check.findIndex((c) => c.i >= from));
  const ordered = [...check.slice(at), ...check.slice(0, at)].map((c) => c.v);
  return { order: [...change, ...ordered], checkOnly: new Set(check.map((c) => c.v.key)), checkFrom };
}

/** "08:15 ngày 02/07/2024" (the script's time zone). */
function timeText(ms: number): string {
  const d = new Date(ms);
  return quotaTime(formatTime(d), formatDate(d));
}

/**
 * Creating views stopped at `name` for `err`: says why in "Nhật ký lỗi" and when the rest is made. The quota (near it
 * by the tool's count): when its window ends. Anything else: a minute later, MAX_CREATE_ATTEMPTS runs in a row at most
 * (`failuresBefore`: those before this one); then only the next rebuild tries again.
 */
function settleBlocked(ss: Spreadsheet, name: string, err: unknown, failuresBefore: number): { afterMs: number | null } {
  if (isCreateRefused(err) && err.quota && err.judgement.since !== null && err.judgement.freesAt !== null) {
    const j = err.judgement;
    logError(ss, 'schoolViews', VIEW_NOTE.createQuota(j.made, timeText(j.since!), timeText(j.freesAt!)));
    return { afterMs: Math.max(CONTINUE_AFTER_MS, j.freesAt! + QUOTA_RESET_MARGIN_MS - Date.now()) };
  }
  const n = failuresBefore + 1;
  try {
    writeRaw({ [RETRY_KEY]: String(n) });
  } catch {
    // Not counted: one more quick retry than planned.
  }
  const message = errorMessage(err);
  if (n < MAX_CREATE_ATTEMPTS) {
    logError(ss, 'schoolViews', VIEW_NOTE.createRetry(name, message, n, MAX_CREATE_ATTEMPTS));
    return { afterMs: CONTINUE_AFTER_MS };
  }
  logError(ss, 'schoolViews', VIEW_NOTE.createGaveUp(name, message, n, isCreateRefused(err) ? err.judgement.made : null));
  return { afterMs: null };
}

/**
 * Tells the office what Drive refused on view `name` — addresses not shared, not unshared, link sharing not turned off —
 * once while it lasts: against the marks of its record `was`. Returns the record's new marks.
 */
function reportRefusals(ss: Spreadsheet, name: string, was: ViewRecord, refused: Refusals | null, linked: ReturnType<typeof keepPrivate>, held = false): { rf?: string; lk?: string } {
  const rf = refused ? `${refused.notAdded.join(';')}|${refused.notRemoved.join(';')}` : undefined;
  const lk = linked?.refused ? linked.was : undefined;
  if (refused && (rf !== was.rf || held !== !!was.hd)) {
    if (refused.notRemoved.length > 0) logError(ss, 'schoolViews', VIEW_NOTE.notUnshared(name, refused.notRemoved, refused.message, held));
    if (refused.notAdded.length > 0) logError(ss, 'schoolViews', VIEW_NOTE.notShared(name, refused.notAdded, refused.message));
  }
  if (linked?.refused && lk !== was.lk) logError(ss, 'schoolViews', VIEW_NOTE.notPrivate(name, linkAccessText(linked.was), linked.refused));
  return { rf, lk };
}

/** The addresses the tool itself shared a view with (its `sh` but those the office had made editors first: `he`). */
function sharedByTool(e: ViewRecord): string[] {
  const hand = e.he ?? [];
  return (e.sh ?? []).filter((x) => !hand.includes(x));
}

/**
 * Takes the readers off a view found in the trash (the office told when Drive refuses, as for any view). An error is
 * the trashed file's: the view goes on being replaced or retired.
 */
function unshareTrashed(ss: Spreadsheet, e: ViewRecord, file: GoogleAppsScript.Drive.File): boolean {
  try {
    const { refused } = syncViewers(file, [], sharedByTool(e));
    if (!refused) return true;
    logError(ss, 'schoolViews', VIEW_NOTE.trashedNotUnshared(e.name, refused.message));
  } catch (err) {
    logError(ss, 'schoolViews', VIEW_NOTE.trashedNotUnshared(e.name, errorMessage(err)));
  }
  return false;
}

/**
 * retire, an error of Drive or Sheets noted in `failed` (its record unchanged: tried again next run); records found lost
 * stop the job (refreshSchoolViews).
 */
function retireOrTell(ss: Spreadsheet, key: string, e: ViewRecord, failed: { name: string; message: string }[], unreachableFails = false): boolean {
  try {
    return retire(ss, key, e, unreachableFails ? failed : undefined);
  } catch (err) {
    if (recordsLost(ss)) throw err;
    failed.push({ name: e.name, message: errorMessage(err) });
    return false;
  }
}

/** Unshares a view no longer wanted (it stays in the folder; the office may delete it). Whether it is read by no one now. */
function retire(ss: Spreadsheet, key: string, e: ViewRecord, unreachable?: { name: string; message: string }[]): boolean {
  const opened = openView(e.id!, e.name);
  // Not opened: tried again next run; named with Drive's error when the caller tells the office (views turned off). Not
  // found by Drive's search either is no proof that nobody reads it (another account's file): tried again too.
  if (opened.state === 'unreachable' || opened.state === 'gone') {
    unreachable?.push({ name: e.name, message: opened.message });
    return false;
  }
  if (opened.state === 'trashed') unshareTrashed(ss, e, opened.file);
  const refused = opened.state === 'ok' ? syncViewers(opened.ss, [], sharedByTool(e)).refused : null;
  // Its link sharing off too: a view no longer wanted (a commune's of an earlier version) is read by no one.
  const linked = opened.state === 'ok' ? keepPrivate(opened.file) : null;
  if (refused || linked?.refused) {
    // Still readable by someone: tried again at the next run.
    const { rf, lk } = reportRefusals(ss, e.name, e, refused, linked);
    if (rf !== e.rf || lk !== e.lk) record(ss, key, { ...e, rf, lk });
    return false;
  }
  record(ss, key, { ...e, st: 'retired', sh: [], miss: undefined, rf: undefined, lk: undefined });
  return true;
}

/**
 * The view's one tab: renamed, rewritten in one setValues, the tab trimmed. Its formats are set again at every write
 * (a view is written only when its content changed): its blocks may move with the rows keeping their number (a report
 * more, a registration less), and a view written by an earlier layout keeps its size under a new one.
 */
function writeView(ss: Spreadsheet, view: ViewSpec, setWidths: boolean, asOf: string): void {
  const sheet = ss.getSheets()[0];
  if (sheet.getName() !== view.tabName) sheet.setName(view.tabName);
  const opts = { frozenRows: view.frozenRows, widths: view.widths, setWidths, wrap: true, wrapFromRow: view.wrapFromRow, wrapRows: view.wrapRows, boldRows: view.boldRows, titleRow: true };
  // The line of when its data was read, in the same write (row asOfRow: rows[asOfRow - 2], below the header).
  const rows = view.rows.map((r, i) => (i === view.asOfRow - 2 ? [asOf, ...r.slice(1)] : r));
  writeTable(sheet, view.header, rows, opts, measureTab(sheet, view.header, rows, opts, undefined, true));
}

/**
 * Writes the link column at the end of "Đơn vị" — only that column, only when it changed, matched to the rows by
 * the school code read now (the office may have sorted the tab since the run began).
 */
function writeDirectoryLinks(ss: Spreadsheet, links: ReadonlyMap<string, string>): void {
  const sheet = ss.getSheetByName(TAB.directory);
  if (!sheet) return;
  const values = readValues(sheet);
  const col = directoryLinkColumn(values, links);
  if (!col) return;
  const same = col.cells.every((c, i) => toText(values[i]?.[col.column]) === c[0]);
  if (same) return;
  if (sheet.getMaxColumns() < col.column + 1) sheet.insertColumnsAfter(sheet.getMaxColumns(), col.column + 1 - sheet.getMaxColumns());
  sheet.getRange(1, col.column + 1, col.cells.length, 1).setValues(col.cells);
}

/**
 * One run of this job's continuation `afterMs` out (its earlier ones deleted; it deletes its own trigger:
 * rescheduleContinuation), no e-mail going: the views written once more a minute after the end of the period
 * (src/jobs/end-period.ts: written before the end, they still give the links of the forms just closed and say the tool
 * updates them each day), or a continuation tried again when another run held the lock all its wait (after the end no
 * nightly rebuild carries it on: review d64). False when the trigger could not be made.
 */
export function scheduleViewsRun(afterMs: number = CONTINUE_AFTER_MS): boolean {
  // A trigger made now, not one listed before (the spent one of the run asking stays listed until deleted: review d64b).
  const ids = () => ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === CONTINUE_VIEWS_HANDLER).map((t) => t.getUniqueId());
  try {
    const before = new Set(ids());
    rescheduleContinuation(afterMs);
    return ids().some((id) => !before.has(id));
  } catch {
    return false;
  }
}

/** A continuation that found the script lock held: tried again this much later. */
export const VIEWS_BUSY_RETRY_MS = 5 * 60_000;

/** Deletes every continuation of this job and, if asked, schedules one `afterMs` out. */
function rescheduleContinuation(afterMs: number | null): void {
  try {
    for (const t of ScriptApp.getProjectTriggers()) if (t.getHandlerFunction() === CONTINUE_VIEWS_HANDLER) ScriptApp.deleteTrigger(t);
    if (afterMs !== null) ScriptApp.newTrigger(CONTINUE_VIEWS_HANDLER).timeBased().after(afterMs).create();
    // When it is due (a trigger does not say): told by the end of the period if it is refused meanwhile.
    if (afterMs !== null) setState({ viewsContinueAt: String(Date.now() + afterMs) });
    else if (getState('viewsContinueAt')) clearState('viewsContinueAt');
  } catch {
    // No continuation: tomorrow's rebuild carries on.
  }
}
