// The office's daily view, rebuilt in batch: "Thẩm định" (the council's decisions survive every rebuild), one tab
// per school (or per commune/cluster above the configured number of schools, with a lookup tab), and "Tổng hợp"
// with its chart. Everything is computed before anything is written; each generated tab is one setValues ("Thẩm
// định", the council's, is written in place: updateReview).
import { sentForAnotherSchool } from '../core/emails';
import { editsCountUntil, type OfficeConfig } from '../core/config';
import type { EvaluateOutput } from '../core/evaluate';
import { HISTORY_HEADER, HISTORY_HEADERS_EARLIER, OUTBOX_NOTE, SUMMARY_REVIEW_PROGRESS_HEAD, SUMMARY_TAB, minuteOnDay, summaryReviewProgress, PROTECTION_DESCRIPTION, REVIEW_BUSY, REVIEW_DECISIONS, REVIEW_DECISIONS_LOST, REVIEW_DECISIONS_RESET, REVIEW_ERROR_NOT_WRITTEN, REVIEW_HEADERS, REVIEW_VERDICT_SUPERSEDED, REVIEW_VERDICT_VANISHED, TAB, generatedTabRenamed, reviewNotesLog, reviewErrorRenamed, reviewVerdictsCalendar, reviewVerdictsChanged, settingsChangedList, settingsChangedShort, type MinimumParts } from '../core/messages';
import { erasedBackCodes, erasedCodes } from '../gas/versions';
import { minimumParts } from '../core/school-duties';
import type { SettingChange } from '../core/settings-trail';
import { replacementNoticed } from '../core/notices';
import { calendarCauses, type CalendarCause } from './notices';
import { calendarEvents } from '../core/validate';
import { enqueue, lastSentByRef, retire, unretire } from '../core/outbox';
import {
  COUNCIL_COLUMNS,
  fingerprint,
  mergeReview,
  codesShowing,
  heldRequests,
  pendingRequests,
  REVIEW_TAB,
  reviewProgress,
  TOOL_COLUMNS,
  verdictChanges,
  type DecisionSnapshot,
  type ReviewColumn,
  type ReviewProgress,
  type ReviewTab,
  type VerdictChange,
} from '../core/review';
import { GENERATED_NOTICE_ROWS, districtSummary, isGeneratedTab, lookupTab, reservedTabNames, schoolTabs, type CouncilCodes, type SchoolTab, type SheetTab } from '../core/summaries';
import { keepNotesTold, notesTold } from '../gas/notes-told';
import { logError } from '../gas/health';
import { LOCK_WAIT_MS, withScriptLock } from '../gas/lock';
import { appendVerdictLinesOnce } from '../gas/history';
import { verdictLines } from '../core/history';
import { proposedNotes } from '../gas/rounds';
import { clearState, getLockedState, getState, setState, setStateSoon } from '../gas/properties';
import { layoutChanges, RECORD_MAX_BYTES } from '../gas/tab-layouts';
import { fnv1a32, formatDate, matchKey, utf8Length } from '../core/text';
import { ApiTabs, sheetsApi } from '../gas/batch-write';
import { tabsRead } from '../gas/batch-read';
import { apiBlockSender, GROW_ROWS, ownRowsBlank } from '../gas/rows';
import { isBlankRow } from '../core/text';
import { TabListing, arrangeTabs, ensureSheet, findSheet, measureTab, readValues, writeTable, type WriteOptions } from '../gas/sheets';
import { reviewWithTypedWords } from '../gas/typed-words';
import type { MailPlan } from './mailing';
import { TAB_ORDER } from './tab-order';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * "Thẩm định" is never written whole once it has content: a rebuild writes it in place (src/gas/rows.ts writeInPlace),
 * only the tool's columns (the automatic ones and "Ghi chú") where they changed, a column the tab lacks added at its
 * end, the new registrations no submission added (e.g. after a burst) placed where it ends — however many blocks or
 * rows: with the Sheets service all of it in one call, without it one setValues a block and one appendRow a new row.
 * A decision the council types while the run works therefore stays. Only a blank tab (new, or emptied by the office, header
 * included) is written whole: it holds nobody's cells.
 */
/** A tab other than the tool's own whose first row holds the review's code and decision columns: its name, or null. */
export function renamedReview(ss: Spreadsheet): string | null {
  const keys = [REVIEW_HEADERS.id, REVIEW_HEADERS.decision].map(matchKey);
  // "Lịch sử thẩm định" has both (what each line's decision was), under any name, and is never the review: under its
  // heading as this version writes it or as an earlier one did (a tab set aside then keeps it: review diff58 M1).
  const histories = [HISTORY_HEADER, ...HISTORY_HEADERS_EARLIER].map((h) => [h[0], h[4]].map(matchKey));
  for (const tab of ss.getSheets()) {
    const name = tab.getName();
    const width = tab.getLastColumn();
    if (width === 0) continue;
    const header = new Set(tab.getSheetValues(1, 1, 1, width)[0].map((h) => matchKey(String(h))));
    if (keys.every((k) => header.has(k)) && !histories.some((history) => history.every((k) => header.has(k)))) return name;
  }
  return null;
}

/** Reads and merges of "Thẩm định" tried while the council keeps moving its rows; then it waits for the next run. */
const REVIEW_ATTEMPTS = 4;

/** Reads and merges the review tab (the office's decisions) with the registrations; writes it unless unsafe. */
export function updateReview(ss: Spreadsheet, output: EvaluateOutput, recorded: ReadonlyMap<string, DecisionSnapshot>, config: OfficeConfig, tell: TellChanges | null = null): ReviewTab {
  // Renamed by someone (review "twohands" #5): a blank tab made under the name would read every decision as deleted and
  // tell the council to type them again, while what it types in the renamed one goes unread. Nothing is made, written
  // or sent; the office is told which tab to name back.
  const renamed = findSheet(ss, REVIEW_TAB) ? null : renamedReview(ss);
  if (renamed) {
    const error = reviewErrorRenamed(REVIEW_TAB, renamed);
    logError(ss, 'rebuildSummaries', REVIEW_ERROR_NOT_WRITTEN(error));
    return { ...mergeReview([[]], output.registrations, recorded, councilColumns()), error };
  }
  const { sheet, created } = ensureSheet(ss, REVIEW_TAB);
  const read = tabsRead(ss);
  // The decisions as this run first saw them: a later attempt judges a decision already seen by what its row showed
  // then, not by cells an interrupted write of this run may have put beside it.
  const taken = new Map<string, DecisionSnapshot>();
  // Rows this run appended in an attempt whose writes went astray (the tab changed under them): wholly the tool's, their
  // cells read are not the council's but this run's, perhaps in other columns.
  const own = new Set<string>();
  // With the Sheets service, every block of an in-place write in one call (the tab's id from the run's listing). A tab
  // made now is blank: written whole.
  const api = sheetsApi();
  const send = api && !created ? apiBlockSender(api, read?.id ?? ss.getId(), read?.listedOf(sheet)?.sheetId ?? sheet.getSheetId()) : undefined;
  // Who finished batches of proposals proposed, in each row's note.
  const notes = proposedNotes(config);
  // The verdicts it changes (all of them go to the history), and those the office is told of in the log.
  let allChanges: VerdictChange[] = [];
  let firstChanges: VerdictChange[] = [];
  // The changes a day of the plan's calendar made: by code, those whose verdict before is the eve's of that day.
  const calendar = new Map<string, CalendarCause>();
  // Registrations erased at the office's request (review r76p F2; src/gas/versions.ts, which the run's trails ran first):
  // their rows say so, and their turn to "Dòng phiếu đã bị xóa" is not told as rows to get back (VERSIONS_ERASED told it).
  const erased = erasedCodes();
  // Those erased whose row is back (a restored version): their rows say so while their erasure is asked (review d76 F3).
  const erasedBack = erasedBackCodes();
  for (let attempt = 1; ; attempt++) {
    // Read now, just before it is written, not with the run's other inputs: the office edits this tab.
    const asRead = readValues(sheet);
    // The words typed as "- …" into the comment, reviewer and note cells, which Sheets shows as "#ERROR!" (review r77c
    // F1, F4): what the merge, the letters and the history read. The write compares with the tab as read (`asRead`), so a
    // note kept is written back as text.
    const values = reviewWithTypedWords(sheet, asRead);
    // Verdicts this run changes from what the tab showed (no school's edit told them): said once, to the office, once
    // the tab is written (a tab that cannot be written would say them again at every run).
    if (attempt === 1 && tell) {
      allChanges = verdictChanges(values, output.registrations);
      firstChanges = allChanges.filter((c) => !tell.except.has(c.id) && !noticedReplacement(c, output) && !(c.now === REVIEW_VERDICT_VANISHED && erased.has(c.id)));
      // Those a day of the plan's calendar made, said as such (only asked when there are changes to say).
      if (firstChanges.length > 0) {
        const causes = calendarCauses(output, config, Number(getLockedState('reviewWrittenAt') ?? 0));
        // A registration the council decided "Không đề nghị" gets no notice of the day (src/core/notices.ts): not said
        // to be told (review r76p F3, f76b's note).
        const rejected = codesShowing(values, REVIEW_HEADERS.decision, REVIEW_DECISIONS.reject);
        for (const c of allChanges) {
          const day = causes.get(c.id);
          if (day && day.was === c.was) calendar.set(c.id, rejected.has(c.id) ? { ...day, told: false, notProposed: true } : day);
        }
      }
      const days = new Map([...calendar].map(([id, c]) => [id, formatDate(new Date(c.at))]));
      // In the history before the tab shows them (appendVerdictLinesOnce).
      const settings = tell.settings?.length ? settingsChangedShort(tell.settings) : '';
      appendVerdictLinesOnce(ss, verdictLines(allChanges, output.registrations, new Date(), { ids: tell.except, cause: 'recent', edits: tell.edits, calendar: days, settings, updated: tell.updated }));
    }
    const seen = attempt === 1 ? recorded : new Map([...recorded, ...taken]);
    const merged = mergeReview(own.size > 0 ? ownRowsBlank(values, own, mergeReview(values.slice(0, 1), []).columns.id) : values, output.registrations, seen, councilColumns(), notes, getState('reviewOrder') ?? undefined, notesTold(), erased, erasedBack);
    if (merged.error) {
      // Read once more first: a column inserted between the read's getDataRange and its getValues cuts the last column
      // off the read (a council column then seems gone).
      if (attempt === 1) continue;
      // Logged once while it lasts (every submission takes the full run meanwhile: review clerkday #4); the rebuild
      // counts it in "Tình trạng" at every run.
      const print = fnv1a32(merged.error).toString(36);
      if (getState('reviewRefused') !== print) {
        logError(ss, 'rebuildSummaries', REVIEW_ERROR_NOT_WRITTEN(merged.error));
        setStateSoon({ reviewRefused: print });
      }
      return merged;
    }
    for (const [code, s] of merged.snapshots) taken.set(code, s);
    const result: ReviewTab = { ...merged, snapshots: new Map(taken) };
    // The office's own tab: never trimmed, never protected; the decision column gets its dropdown. Rows kept where
    // they were read are rewritten in place: only the tool's columns (the automatic ones and "Ghi chú", where what a
    // person typed is kept: src/core/review-notes.ts), never the council's cells, so that a decision typed while the run works stays; a tab the council sorted or reshaped since
    // the read (rows or columns inserted, deleted, moved) is read and merged again.
    const tool = new Set(TOOL_COLUMNS.map((k) => merged.columns[k]));
    // The merge says `inPlace` false too when it added a column the tab lacks (at its end: every row stands where it
    // was read); that column is added in place as well. Only a blank tab (no header) is written whole.
    const placeable = merged.inPlace || (values.length > 0 && !isBlankRow(values[0]));
    const inPlace: WriteOptions['inPlace'] = placeable ? { read: asRead, tool, key: merged.columns.id, own, send, unkeyed: merged.columns.note } : undefined;
    const opts: WriteOptions = { frozenRows: merged.frozenRows, frozenAtLeast: true, keepGrid: true, widths: REVIEW_WIDTHS, wrap: true, minRows: merged.rows.length + 1 + GROW_ROWS, inPlace };
    const measured = measureTab(sheet, merged.header, merged.rows, opts, asRead);
    const outcome = writeTable(sheet, merged.header, merged.rows, opts, measured);
    if (outcome === 'written') {
      if (tell) {
        verdictsChanged(ss, tell.job, firstChanges, calendar, tell.settings ?? [], minimumParts(output), !!tell.updated);
        tell.told?.();
      }
      // Kept only when a day of the calendar came since the time kept (what calendarCauses weighs): no write most days.
      const shownAt = Number(getState('reviewWrittenAt') ?? 0);
      if (calendarEvents(config, output.catalogue || [], new Date(shownAt), new Date()).length > 0) setStateSoon({ reviewWrittenAt: String(Date.now()) });
      reviewRules(ss, read, sheet, merged, measured, opts);
      // Every council column stands in the tab now (the merge adds one it never had): remembered with the run's state.
      if (getState('reviewColumns') !== COUNCIL_COLUMNS.join(',')) setStateSoon({ reviewColumns: COUNCIL_COLUMNS.join(',') });
      if (getState('reviewRefused') !== null) clearState('reviewRefused');
      // The order its rows were written in: the next merge sees rows moved since (a sort of some of its columns).
      if (merged.order !== undefined && getState('reviewOrder') !== merged.order) setStateSoon({ reviewOrder: merged.order });
      // Decisions lost or reset, and the lines a person typed into "Ghi chú", kept in the cell (told once, now that the
      // tab shows the tool's line above them): in one write of the log.
      logError(ss, 'rebuildSummaries', [
        ...(merged.decisionsLost.length > 0 ? [REVIEW_DECISIONS_LOST(merged.decisionsLost)] : []),
        ...(merged.decisionsReset.length > 0 ? [REVIEW_DECISIONS_RESET(merged.decisionsReset)] : []),
        ...(merged.typedNotes.length > 0 ? reviewNotesLog(merged.typedNotes) : []),
      ]);
      keepNotesTold(merged.notesTold);
      return result;
    }
    if (outcome === 'moved after writing') {
      for (const row of merged.rows.slice(merged.rows.length - merged.stats.added)) own.add(String(row[merged.columns.id]));
    }
    if (attempt >= REVIEW_ATTEMPTS) {
      // Still moving: the next run writes it; the decisions as read are what this run uses.
      logError(ss, 'rebuildSummaries', REVIEW_BUSY);
      return result;
    }
  }
}

/**
 * Which run logs the verdicts it changes from those "Thẩm định" showed (verdictChanges), and the registrations whose
 * change it does not log (those a school sent or edited, answered by their own confirmations).
 */
export interface TellChanges {
  job: string;
  except: ReadonlySet<string>;
  /** What the office changed in its own tabs since the last full run (src/core/settings-trail.ts). */
  settings?: readonly SettingChange[];
  /** Called once "Thẩm định" is written and its changes told (the settings they were told against are kept then). */
  told?: () => void;
  /** Of `except`, the registrations this run is the first to see edited (Identified.resent): the school's edit. */
  edits?: ReadonlySet<string>;
  /** The tool was updated since the last run that wrote the tab: a cause of the changes, named (review r78u F1). */
  updated?: boolean;
}

/**
 * A change to "Đã thay thế" the school is sent a notice of (replacementNoticed): not the office's news (a school sending
 * a registration again, as schools often do, is not a line in "Nhật ký lỗi").
 */
function noticedReplacement(c: VerdictChange, output: EvaluateOutput): boolean {
  if (c.now !== REVIEW_VERDICT_SUPERSEDED) return false;
  const r = output.registrations.find((x) => x.id === c.id);
  const by = r?.flags.supersededBy ? output.registrations.find((x) => x.id === r.flags.supersededBy) : undefined;
  return !!r && !!by && replacementNoticed(r, by, new Date());
}

/**
 * The verdicts a run changed (verdictChanges) that the office is told of (`told`: not those its school sent or edited,
 * nor the replacements its school is told of) in the log, grouped by change, one line naming ten of each, once the tab
 * shows them. The history has a line for every one, theirs included (review diff31 #3), written before the tab.
 */
function verdictsChanged(ss: Spreadsheet, job: string, told: readonly VerdictChange[], calendar: ReadonlyMap<string, CalendarCause>, settings: readonly SettingChange[], parts: MinimumParts, updated: boolean): void {
  if (told.length === 0) return;
  // One line for each day of the calendar that made some of them (what day, whether the schools were told), one for the
  // rest with what may have made them.
  const groups = new Map<string, { day: CalendarCause | null; n: number; byChange: Map<string, { was: string; now: string; ids: string[] }> }>();
  for (const c of told) {
    const day = calendar.get(c.id) ?? null;
    const g = day ? `${day.at}\u0001${day.told}\u0001${!!day.notProposed}` : '';
    const group = groups.get(g) ?? groups.set(g, { day, n: 0, byChange: new Map() }).get(g)!;
    group.n++;
    const k = `${c.was}\u0001${c.now}`;
    (group.byChange.get(k) ?? group.byChange.set(k, { was: c.was, now: c.now, ids: [] }).get(k)!).ids.push(c.id);
  }
  for (const { day, n, byChange } of [...groups.values()].sort((a, b) => (a.day?.at ?? Infinity) - (b.day?.at ?? Infinity))) {
    logError(ss, job, day ? reviewVerdictsCalendar(formatDate(new Date(day.at)), day.notProposed ? 'notProposed' : day.told, n, [...byChange.values()]) : reviewVerdictsChanged(n, [...byChange.values()], settings.length ? settingsChangedList(settings) : '', parts, updated));
  }
}

/** The council's columns "Thẩm định" had when the tool last wrote it (mergeReview's `expected`). */
export function councilColumns(): ReviewColumn[] {
  const known = new Set<string>(COUNCIL_COLUMNS);
  return (getState('reviewColumns') ?? '').split(',').filter((k): k is ReviewColumn => known.has(k));
}


/** The review tab's two dropdowns, over the whole column below the header, once the tab is written. */
function reviewRules(ss: Spreadsheet, read: ReturnType<typeof tabsRead>, sheet: Sheet, merged: ReviewTab, measured: ReturnType<typeof measureTab>, opts: WriteOptions): void {
  if (merged.rows.length > 0) {
    // The grid as writeTable left it (grown to the content and a row below the frozen ones, never trimmed): no read.
    const maxRows = Math.max(measured.maxRows, merged.rows.length + 1, measured.lastRow, merged.frozenRows + 1, opts.minRows ?? 0);
    // The whole column below the header, the same range at every rebuild: one rule, not one more per new row. The
    // award level (issue 15): its own dropdown, the same way.
    const rows = Math.max(merged.rows.length, maxRows - 1);
    const dropdowns = [
      { column: merged.decisionColumn, list: merged.decisions },
      { column: merged.levelColumn, list: merged.levels },
    ];
    const api = sheetsApi();
    if (api) {
      // Both in one request of the Sheets service, where SpreadsheetApp takes twelve calls. A run that read in batch
      // leaves them to its batch of structural changes (writeSummaries, or applyReviewRules); otherwise they go now,
      // after a flush (the service must see the grid just written).
      const sheetId = read?.get(REVIEW_TAB)?.sheetId ?? sheet.getSheetId();
      const requests = dropdowns.map((d) => ({
        setDataValidation: {
          range: { sheetId, startRowIndex: 1, endRowIndex: 1 + rows, startColumnIndex: d.column, endColumnIndex: d.column + 1 },
          rule: { condition: { type: 'ONE_OF_LIST', values: d.list.map((v) => ({ userEnteredValue: v })) }, strict: false, showCustomUi: true },
        },
      }));
      if (read) pendingRules = { ss, requests };
      else {
        SpreadsheetApp.flush();
        api.Spreadsheets.batchUpdate({ requests }, ss.getId());
      }
    } else {
      for (const d of dropdowns) {
        const rule = SpreadsheetApp.newDataValidation().requireValueInList([...d.list], true).setAllowInvalid(true).build();
        sheet.getRange(2, d.column + 1, rows, 1).setDataValidation(rule);
      }
    }
  }
}

/** The review tab's dropdowns a batch-read run has still to send (this execution's; see updateReview). */
let pendingRules: { ss: Spreadsheet; requests: GoogleAppsScript.Sheets.Schema.Request[] } | null = null;

/** Takes the review dropdowns still to send for `ss` ([] when none). */
function takeReviewRules(ss: Spreadsheet): GoogleAppsScript.Sheets.Schema.Request[] {
  if (!pendingRules || pendingRules.ss !== ss) return [];
  const { requests } = pendingRules;
  pendingRules = null;
  return requests;
}

/** Sends the review dropdowns a batch-read run left pending, for a run that writes no summaries (two calls). */
export function applyReviewRules(ss: Spreadsheet): void {
  const requests = takeReviewRules(ss);
  const api = sheetsApi();
  if (requests.length === 0 || !api) return;
  SpreadsheetApp.flush();
  api.Spreadsheets.batchUpdate({ requests }, tabsRead(ss)?.id ?? ss.getId());
}

/**
 * Mã, đơn vị, đối tượng, tên, kết luận, điểm, quyết định, nhận xét, người thẩm định, ghi chú, hình thức khen thưởng đề
 * nghị (about 30 characters: "Bằng khen của Chủ tịch UBND tỉnh" on one line).
 */
const REVIEW_WIDTHS = [90, 220, 70, 200, 100, 60, 150, 300, 160, 320, 230];

/**
 * "Yêu cầu bổ sung" decisions e-mail the school what to add, once per decision and comment, with the registration's
 * own edit link (`editUrl`, by code: looked up only for an e-mail actually sent).
 */
/** At most this many held requests are kept for the end's question (a property holds 9 KB). */
const HELD_KEPT = 400;

/** A request's outbox key without the mark of a letter sent again ("<key>~<what it follows>"). */
const requestKey = (key: string) => key.split('~')[0];

export function supplementPlan(merged: ReviewTab, output: EvaluateOutput, config: OfficeConfig, editUrl: (code: string) => string | null): MailPlan {
  const requests = pendingRequests(merged, output.registrations, config.organisation, sentForAnotherSchool(output), editsCountUntil(config));
  // The requests held for the council's confirmation, for "Kết thúc giai đoạn…" to tell apart (review d68b): kept when
  // they change, with the run's state.
  const held = heldRequests(merged).slice(0, HELD_KEPT).join(',');
  if ((getState('requestsHeld') ?? '') !== held) setStateSoon({ requestsHeld: held });
  const byKey = new Map(requests.map((r) => [r.key, r]));
  // The day an earlier request about the same registration was sent, by the outbox key of the letter that replaces it
  // (the council changed its comment: the school is told this one replaces that one). Learnt from the outbox when
  // planning.
  let replaces = new Map<string, string>();
  return {
    plan: (entries) => {
      // The last letter sent about each registration, and the requests whose own letter went already.
      const last = lastSentByRef(entries, 'supplementRequest');
      const sent = new Set<string>();
      for (const e of entries) if (e.kind === 'supplementRequest' && e.status === 'sent' && e.sentAt) sent.add(e.key);
      replaces = new Map();
      // The letter each registration's request goes as: its own key; when another comment's letter went last and this
      // one's went before (the council put its comment back), a key of its own, so that the school's last letter is
      // the council's last word.
      const want = new Map<string, string>();
      for (const r of requests) {
        const l = last.get(r.registrationId);
        let key = r.key;
        if (l && requestKey(l.key) !== r.key) {
          if (sent.has(r.key)) key = `${r.key}~${fingerprint(l.key)}`;
          // An update only while the school has not answered the last letter (its registration not sent again since):
          // a request after the school's edit is a new one.
          if (!(r.submittedAt && r.submittedAt.getTime() > l.sentAt.getTime())) replaces.set(key, formatDate(l.sentAt));
        }
        want.set(r.registrationId, key);
      }
      // A request not sent yet whose comment the council changed since is not sent: the newer one goes instead (and the
      // earlier one again if the council puts its comment back).
      const refreshed = entries.map((e) => {
        if (e.kind !== 'supplementRequest' || !want.has(e.ref)) return e;
        if (e.status === 'pending' && want.get(e.ref) !== e.key) return retire(e, OUTBOX_NOTE.requestReplaced);
        return (want.get(e.ref) === e.key && unretire(e, OUTBOX_NOTE.requestReplaced)) || e;
      });
      return enqueue(
        refreshed,
        requests.map((r) => {
          const key = want.get(r.registrationId)!;
          return { key, kind: 'supplementRequest' as const, ref: r.registrationId, to: r.email.to, subject: replaces.has(key) ? r.withLink(null, replaces.get(key)).subject : r.email.subject };
        }),
        new Date(),
      );
    },
    compose: {
      supplementRequest: (e) => {
        const r = byKey.get(requestKey(e.key));
        return r ? r.withLink(editUrl(r.registrationId), replaces.get(e.key) ?? null) : null;
      },
    },
  };
}

/** The options of one generated tab: its rectangle, frozen rows, widths, bold headings; protected with a warning. */
function generatedOptions(tab: SheetTab, layout: { wrapFromRow?: number; boldRows?: number[]; wrapRows?: number[] }): WriteOptions {
  return {
    frozenRows: tab.frozenRows,
    widths: tab.widths,
    wrap: layout.wrapFromRow !== undefined,
    wrapFromRow: layout.wrapFromRow,
    boldRows: layout.boldRows,
    wrapRows: layout.wrapRows,
    protectWithWarning: PROTECTION_DESCRIPTION,
    minRows: tab.gridRows,
    titleRow: true,
    centred: tab.centred,
  };
}

/** A school or group tab: its title block overflows freely; the registrations table wraps; table headers bold. */
function schoolOrGroupOptions(tab: SchoolTab): WriteOptions {
  const headers = [tab.tableHeaderRow + 1, ...(tab.dutiesHeaderRow !== undefined ? [tab.dutiesHeaderRow + 1] : [])];
  // The registrations' header row names the columns the widths are for (src/gas/tab-layouts.ts columnsKey).
  const columns = tab.tableHeaderRow === 0 ? tab.header : tab.rows[tab.tableHeaderRow - 1];
  return { ...generatedOptions(tab, { wrapFromRow: tab.tableHeaderRow + 2, boldRows: headers }), columns };
}

interface TabWrite {
  tab: SheetTab;
  opts: WriteOptions;
}

/**
 * Writes several tabs: every tab found or created, every size read, then every tab written — one flush for the lot
 * instead of one per tab (a read after writes waits for them). `beforeWrites` runs between the reads and the writes
 * (a caller's own reads).
 */
function writeTabs(ss: Spreadsheet, writes: readonly TabWrite[], beforeWrites: () => void = () => undefined, listing?: TabListing, relayout?: { changed: ReadonlySet<string>; columns: ReadonlySet<string> }): Sheet[] {
  const sheets = writes.map((w) => (listing ? listing.ensure(w.tab.name) : ensureSheet(ss, w.tab.name)).sheet);
  const again = (name: string) => (relayout?.columns.has(name) ? 'columns' : (relayout?.changed.has(name) ?? false));
  const sizes = writes.map((w, i) => measureTab(sheets[i], w.tab.header, w.tab.rows, w.opts, undefined, again(w.tab.name)));
  beforeWrites();
  writes.forEach((w, i) => writeTable(sheets[i], w.tab.header, w.tab.rows, w.opts, sizes[i]));
  return sheets;
}

/**
 * The names of the response tabs present, and of the tabs the office's file held before the tool (setup.ts
 * setAsideOfficeTabs): school and group tabs never take them.
 */
function reservedNames(present: (name: string) => boolean): string[] {
  return [...[TAB.registrations, TAB.reports].filter(present), ...officeTabNames()];
}

/** The tabs of the office's own the file held before the tool's first Thiết lập (state officeTabNames). */
function officeTabNames(): string[] {
  try {
    const names: unknown = JSON.parse(getState('officeTabNames') || '[]');
    return Array.isArray(names) ? names.map(String) : [];
  } catch {
    return [];
  }
}

/**
 * The per-school (or per-group) tabs, the district summary with its chart, and the lookup tab when grouped. With the
 * Sheets advanced service (appsscript.json enables it): one listing, one values write for every tab, structural
 * changes in a batch when there are any, formatting only of tabs created or reshaped (src/gas/batch-write.ts). Without
 * it (a copy of the script whose manifest lacks the service): SpreadsheetApp, one listing and one write per tab.
 */
/**
 * The codes the last award documents left out though proposed (src/jobs/proposals.ts readPlan, leftOutValue); none
 * before any; only their count when they were too many to keep.
 */
function leftOutByDocuments(): Set<string> | number {
  try {
    const ids = JSON.parse(getState('proposalLeftOut') ?? '[]') as unknown;
    if (ids && typeof ids === 'object' && !Array.isArray(ids) && typeof (ids as { n?: unknown }).n === 'number') return (ids as { n: number }).n;
    return new Set(Array.isArray(ids) ? ids.map(String) : []);
  } catch {
    return new Set();
  }
}

/**
 * The council line of "Tổng hợp" written again, with `progress` as the documents job read it (review r80n F2): called
 * when the award documents change whom they leave out, so that «(trong đó … không đưa vào tờ trình …)» stands beside
 * the Tờ trình the same day, not from the next rebuild. One cell, found by its opening words in the tab's top part
 * (COUNCIL_LINE_SPAN rows of column A, one read: rows the clerk inserted above it for a printed heading move it down,
 * review d80 F4); nothing when the tab or the line is not there (the next rebuild writes it). Under the script lock, so
 * a rebuild writing the tab at the same time is not crossed. `at`: the run's moment. True when the line was written.
 */
export function refreshCouncilLine(ss: Spreadsheet, progress: ReviewProgress, at: Date): boolean {
  try {
    return withScriptLock(LOCK_WAIT_MS, () => {
      const sheet = ss.getSheetByName(SUMMARY_TAB);
      if (!sheet) return false;
      const rows = Math.min(COUNCIL_LINE_SPAN, sheet.getMaxRows());
      const firstColumn = sheet.getRange(1, 1, rows, 1).getValues();
      const row = firstColumn.findIndex((r) => String(r[0]).startsWith(SUMMARY_REVIEW_PROGRESS_HEAD));
      if (row < 0) return false;
      sheet.getRange(row + 1, 1).setValue(summaryReviewProgress(progress, minuteOnDay(at)));
      return true;
    });
  } catch {
    // Another job held the lock, or Sheets failed in passing: the documents go on; the line is the rebuild's (which
    // reads the documents' record) until the next one.
    return false;
  }
}
/**
 * Where the council line is looked for: it stands among the title rows of "Tổng hợp" (src/core/summaries.ts
 * districtSummary: row 5 or so), and the rows an office inserts above them (the agency's heading, a report's title) are
 * a handful; 60 rows are read in the one call either way.
 */
const COUNCIL_LINE_SPAN = 60;

/**
 * The council's decisions the schools' views count apart, for the office's school and group tabs to name (review r80n
 * F3): "Không đề nghị" as the rebuild's notProposedOf says it (src/jobs/results.ts; a decision held for the council's
 * confirmation read back from "Lịch sử thẩm định" as the views read it, review d80 F2: that tab is read only when a
 * decision is held, once for the whole rebuild, the mail and the views sharing the set), and the "Yêu cầu bổ sung" in
 * force (pendingRequests, as the letters and the views).
 */
function councilCodes(review: ReviewTab | null, output: EvaluateOutput, config: OfficeConfig, notProposed: () => ReadonlySet<string>): CouncilCodes | undefined {
  if (!review || review.error) return undefined;
  const requested = pendingRequests(review, output.registrations, config.organisation, sentForAnotherSchool(output), editsCountUntil(config));
  return { notProposed: notProposed(), requested: new Set(requested.map((r) => r.registrationId)) };
}

/** What a rebuild gives writeSummaries of its own run (review d80 F2, F3). */
export interface SummaryRun {
  /** When the run read its inputs (recordEvaluation's `readAt`): the moment "Tổng hợp" says its numbers run to. */
  readAt: Date;
  /** The rebuild's notProposedOf (read once, shared with the mail and the views). */
  notProposed: () => ReadonlySet<string>;
}

/** `resultsColumns`: where the tool's columns of "Kết quả kiểm tra" stand (writeResults), for the lookup tab's formula. */
export function writeSummaries(ss: Spreadsheet, output: EvaluateOutput, config: OfficeConfig, review: ReviewTab | null, resultsColumns: readonly number[] | undefined, run: SummaryRun): void {
  const read = tabsRead(ss);
  const api = ApiTabs.open(ss, read?.id);
  // The council's progress, when "Thẩm định" was merged without error.
  const leftOut = leftOutByDocuments();
  const progress = review && !review.error ? reviewProgress(review, output.registrations, typeof leftOut === 'number' ? new Set() : leftOut) : undefined;
  if (progress && typeof leftOut === 'number') progress.leftOut = leftOut;
  const council = councilCodes(review, output, config, run.notProposed);
  if (!api) return writeSummariesOneByOne(ss, output, config, run.readAt, progress, resultsColumns, council);
  const schools = schoolTabs(output, config, { reservedNames: reservedNames((n) => api.nameOf(n) === n), council, readAt: run.readAt });
  // The moment the numbers were read, not this write's (review d80 F3: a registration sent meanwhile is not counted).
  const summary = districtSummary(output, config, progress, run.readAt);
  const lookupListed = api.get(TAB.lookup);
  // The lookup tab's selection, read with the run's inputs when it read them in batch.
  const fetched = read?.cell(TAB.lookup, 'B1');
  const selected = lookupListed ? (fetched !== undefined ? String(fetched) : api.cellText(TAB.lookup, 'B1')) : undefined;
  const lookup = schools.mode === 'grouped' ? lookupTab(output, config, { selected, summary, resultsColumns }) : null;
  const writes = summaryWrites(summary, schools.tabs, lookup);
  // "Tổng hợp" with them: renamed by someone (to keep a printed copy), it is said like a school's tab (review office #5).
  const current = [summary.name, ...schools.tabs.map((t) => t.name), ...(lookup ? [lookup.name] : [])];
  const renamed = renamedByHand(api, current);
  const remove = staleTabs(api.names, current, (name) => {
    const sheet = api.sheet(name);
    return sheet ? carriesNotice(sheet) : false;
  });
  const summaryListed = api.get(summary.name);
  const layouts = layoutChanges(writes.map((w) => ({ name: w.tab.name, opts: w.opts })));
  const done = api.writeAll(
    writes.map((w) => ({ name: w.tab.name, header: w.tab.header, rows: w.tab.rows, opts: w.opts })),
    {
      formulas: lookup ? lookup.formulas.map((f) => ({ tab: lookup.name, a1: f.a1, formula: f.formula })) : [],
      remove,
      order: TAB_ORDER,
      requests: takeReviewRules(ss),
      relayout: layouts.changed,
      columns: layouts.columns,
    },
  );
  read?.forget(remove);
  // Recorded once the tabs are formatted: a run that stops before leaves the next one to format them.
  recordGenerated(current, layouts.record, current.map((name) => api.get(name)?.sheetId ?? done.createdIds.get(name) ?? -1));
  logError(ss, 'rebuildSummaries', renamed.map(({ from, to }) => generatedTabRenamed(from, to)));
  // The chart stays while the summary keeps its shape (its range is the same); drawn again when it changes.
  if (!summaryListed || summaryListed.charts === 0 || done.reshaped.has(summary.name)) {
    const sheet = api.sheet(summary.name)!;
    drawChart(sheet, summary, sheet.getCharts());
  }
  if (lookup) {
    const keepRows = Math.max(lookup.rows.length + 1, lookup.frozenRows + 1, lookup.gridRows ?? 0);
    // The dropdown's list follows the number of schools: set again when the tab is new or its height changed.
    if (!lookupListed || lookupListed.rows !== keepRows || done.reshaped.has(lookup.name)) selectorRule(api.sheet(lookup.name)!, lookup);
  }
}

/** The generated tabs of a rebuild with their options: Tổng hợp, the school or group tabs, the lookup tab. */
function summaryWrites(summary: ReturnType<typeof districtSummary>, tabs: readonly SchoolTab[], lookup: ReturnType<typeof lookupTab> | null): TabWrite[] {
  const blocks = Object.values(summary.blocks);
  return [
    {
      tab: summary,
      opts: generatedOptions(summary, {
        boldRows: blocks.flatMap((b) => [b.titleRow, b.headerRow, ...(b.totalRow ? [b.totalRow] : [])]),
        wrapRows: blocks.map((b) => b.headerRow),
      }),
    },
    ...tabs.map((tab) => ({ tab, opts: schoolOrGroupOptions(tab) })),
    ...(lookup ? [{ tab: lookup, opts: { frozenRows: lookup.frozenRows, widths: lookup.widths, minRows: lookup.gridRows, titleRow: true } }] : []),
  ];
}

/** writeSummaries through SpreadsheetApp alone: every tab found from one listing, measured, then written. */
function writeSummariesOneByOne(ss: Spreadsheet, output: EvaluateOutput, config: OfficeConfig, readAt: Date, progress?: ReviewProgress, resultsColumns?: readonly number[], council?: CouncilCodes): void {
  const listing = new TabListing(ss);
  const schools = schoolTabs(output, config, { reservedNames: reservedNames((n) => listing.nameOf(n) === n), council, readAt });
  const summary = districtSummary(output, config, progress, readAt);
  const lookupSheet = listing.get(TAB.lookup);
  const selected = lookupSheet ? String(lookupSheet.getRange(1, 2).getValue()) : undefined;
  const lookup = schools.mode === 'grouped' ? lookupTab(output, config, { selected, summary, resultsColumns }) : null;
  const writes = summaryWrites(summary, schools.tabs, lookup);
  const layouts = layoutChanges(writes.map((w) => ({ name: w.tab.name, opts: w.opts })));
  let charts: GoogleAppsScript.Spreadsheet.EmbeddedChart[] = [];
  const sheets = writeTabs(ss, writes, () => (charts = listing.get(summary.name)!.getCharts()), listing, layouts);
  drawChart(sheets[0], summary, charts);
  if (lookup) finishLookup(sheets[sheets.length - 1], lookup);
  removeStaleTabs(ss, [summary.name, ...schools.tabs.map((t) => t.name), ...(lookup ? [lookup.name] : [])], listing, layouts.record);
  arrangeTabs(ss, TAB_ORDER, listing);
}

function drawChart(sheet: Sheet, summary: ReturnType<typeof districtSummary>, existing: readonly GoogleAppsScript.Spreadsheet.EmbeddedChart[]): void {
  for (const chart of existing) sheet.removeChart(chart);
  const spec = summary.chart;
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.COLUMN)
    .addRange(sheet.getRange(spec.range))
    .setNumHeaders(spec.headerRows)
    .setOption('title', spec.title)
    .setOption('isStacked', true)
    .setPosition(spec.anchorRow, spec.anchorColumn, 0, 0)
    .build();
  sheet.insertChart(chart);
}

/** The lookup tab's formulas and its selector, once its cells are written. */
function finishLookup(sheet: Sheet, lookup: ReturnType<typeof lookupTab>): void {
  for (const f of lookup.formulas) sheet.getRange(f.row, f.column).setFormula(f.formula);
  selectorRule(sheet, lookup);
}

/** The lookup tab's dropdown over its list of schools. */
function selectorRule(sheet: Sheet, lookup: ReturnType<typeof lookupTab>): void {
  const choices = sheet.getRange(lookup.selector.choicesRange.split('!')[1]);
  const rule = SpreadsheetApp.newDataValidation().requireValueInRange(choices, true).setAllowInvalid(false).build();
  sheet.getRange(lookup.selector.row, lookup.selector.column).setDataValidation(rule);
}

/**
 * Deletes the school or group tabs an earlier rebuild made that this one no longer makes: those the tool recorded
 * (script property), and, when it holds no record (a workbook brought back from .xlsx, or a list too long to
 * keep), any other tab carrying the generated-tab notice in its first rows — recognised by that marker, not by
 * its name (an .xlsx download may have cut it).
 */
function removeStaleTabs(ss: Spreadsheet, current: string[], listing: TabListing, layouts: string): void {
  const stale = new Set(staleTabs(listing.names, current, (name) => carriesNotice(listing.get(name)!)));
  for (let i = listing.sheets.length - 1; i >= 0; i--) if (stale.has(listing.names[i])) listing.delete(i);
  recordGenerated(current, layouts);
}

/** The tabs among `names` to delete: recorded as generated by an earlier rebuild (or, with no record, marked so). */
function staleTabs(names: readonly string[], current: readonly string[], marked: (name: string) => boolean): string[] {
  const before: string[] = JSON.parse(getState('generatedTabs') || '[]');
  const keep = new Set(current);
  const office = new Set(reservedTabNames([TAB.registrations, TAB.reports]));
  return names.filter((name) => !keep.has(name) && !office.has(name) && (before.indexOf(name) >= 0 || (before.length === 0 && marked(name))));
}

/**
 * Records the generated tabs of this rebuild (the next one deletes those it no longer makes), their sheet ids when known
 * (`ids`, in the same order: renameBack), and the layouts they were formatted for (src/gas/tab-layouts.ts).
 */
function recordGenerated(current: readonly string[], layouts: string, ids?: readonly number[]): void {
  // A property holds 9 KB: past that (hundreds of per-school tabs) the record is empty and the marker decides.
  const json = JSON.stringify(current);
  const value = utf8Length(json) <= RECORD_MAX_BYTES ? json : '[]';
  const idsValue = value !== '[]' && ids ? JSON.stringify(ids) : '[]';
  // Written only when they change (the run read them already: staleTabs, layoutChanges), in one call.
  const changed: Partial<Record<'generatedTabs' | 'generatedTabIds' | 'tabLayouts', string>> = {};
  if ((getState('generatedTabs') || '[]') !== value) changed.generatedTabs = value;
  if ((getState('generatedTabIds') || '[]') !== idsValue) changed.generatedTabIds = idsValue;
  if (getState('tabLayouts') !== layouts) changed.tabLayouts = layouts;
  if (Object.keys(changed).length > 0) setState(changed);
}

/**
 * The generated tabs of this rebuild (`current`: Tổng hợp, the school or group tabs, the lookup tab) that a person renamed
 * since the last one (review clerkday #8, office #5):
 * found by the sheet id recorded with the name (recordGenerated), under a name this rebuild does not make, while no tab
 * bears the tool's name. Left as they are — a tab renamed may be a copy kept on purpose (review diff30 #4) — and said
 * to the office once: the tool makes the tab again under its name, and the renamed one, no longer recorded, is not
 * named again.
 */
function renamedByHand(api: ApiTabs, current: readonly string[]): Array<{ from: string; to: string }> {
  let names: unknown;
  let ids: unknown;
  try {
    names = JSON.parse(getState('generatedTabs') || '[]');
    ids = JSON.parse(getState('generatedTabIds') || '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(names) || !Array.isArray(ids) || names.length !== ids.length) return [];
  const wanted = new Set(current);
  const taken = new Set([...current, ...reservedTabNames([TAB.registrations, TAB.reports])].map((n) => n.toLowerCase()));
  const out: Array<{ from: string; to: string }> = [];
  names.forEach((name, i) => {
    const id = ids[i];
    if (typeof name !== 'string' || typeof id !== 'number' || !wanted.has(name) || api.get(name)) return;
    const tab = api.tabs.find((t) => t.sheetId === id);
    if (!tab || taken.has(tab.title.toLowerCase())) return;
    out.push({ from: tab.title, to: name });
  });
  return out;
}

/** Reads the first column of a tab's first rows (one call) for the generated-tab notice. */
function carriesNotice(sheet: GoogleAppsScript.Spreadsheet.Sheet): boolean {
  const rows = Math.min(GENERATED_NOTICE_ROWS, sheet.getMaxRows());
  if (rows < 1) return false;
  return isGeneratedTab(sheet.getRange(1, 1, rows, 1).getValues().map((r) => r[0]));
}
