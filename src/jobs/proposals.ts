// "Tạo văn bản đề nghị khen thưởng" and its dry run. The nominees (Đạt and "Đề nghị khen" in the "Thẩm định"
// tab) get one Tờ trình with its Danh sách and one Báo cáo thành tích each, copied from the office's templates
// into a dated folder; every document's link goes to the "Đề nghị khen thưởng" tab.
//
// Long runs. Hundreds of documents take far more than one 6-minute execution and may exceed the daily quota of
// documents created (250 consumer / 1,500 Workspace). So:
// - the LEDGER is the cursor: one record per document made ("proposals.doc.<generation>.<key>", in the tab of records:
//   src/gas/records.ts; key =
//   "BC:<registration id>" or "TTr:/DS:<fingerprint of the nominee list>", then "#<fingerprint of what it prints>"),
//   written under the script lock right after the document is saved. A document with a ledger entry is never made
//   again (unless "make again" starts a new generation); one without is made — nothing is duplicated or skipped. A
//   document whose print changed (a vote corrected, the meeting's day) has a new key: made again; once the batch is
//   done, the documents no longer current are marked "[KHÔNG DÙNG]" by their names in Drive (markUnused).
// - before copying a template the run records the document it is about to make ("pending"), with the name of its PDF
//   when it makes one (and before a PDF for a document made earlier, that PDF alone); a later execution that finds a
//   pending entry moves a half-filled copy of that name, and a PDF of that name, not in the ledger to the trash first.
//   A PDF goes with its document: put in the trash with the document the office trashed, made again when the office
//   trashed it alone (forgetTrashed), renamed with it when replaced (markUnused).
// - one execution holds a LEASE (owner + expiry in the run state) so two executions never work at once; a menu
//   click while another execution works says so and does nothing.
// - a click's look at the recorded documents (forgetTrashed: one in the trash or deleted forever is made again) starts
//   no look-up after the deadline either: the state keeps where it stopped (checkFrom), its continuations look at the rest.
// - a job starts no new document after JobContext.deadline (4.5 min), then schedules `continueProposals` one
//   minute later (ScriptApp…timeBased().after(60 000)); every run first deletes all continueProposals triggers,
//   so there is never more than one. While it works, a safety-net continuation 7 minutes out resumes the batch
//   if the execution dies without finishing (its lease has expired by then).
// - a refused copy of a template is the daily documents-created quota only when the tool's own count of the
//   documents it made in the quota's window says it is near (src/core/create-quota.ts; never the error's text, which
//   Apps Script translates): the batch stops cleanly and resumes by a continuation when that window ends (the quota
//   resets 24 h after its window's first request: the first document counted).
// - any other failure (a refusal well under the quota, Docs failing while a copy is filled, Drive failing to answer
//   for the templates) is taken for a passing one, as a time-out is: the batch stays "running" and a continuation
//   tries again a minute later. Only after MAX_ATTEMPTS failures in a row at the same step does it stop ("failed"),
//   saying what to do; the office's next click on "Tạo văn bản đề nghị khen thưởng" goes on with it.
// - the documents of a batch carry the batch's date, also when finished on a later day: a batch with documents is
//   resumed with its date and folder (a failed one too); only "Tạo lại toàn bộ …" starts a new date.
import { type OfficeConfig } from '../core/config';
import { councilMemberRows, councilMet, councilTemplateRows, parseCouncil, type Council } from '../core/council';
import {
  COUNCIL_PRESENT,
  COUNCIL_SUMMARY,
  COUNCIL_TAB,
  PROPOSAL_ALERT,
  PROPOSAL_MENU,
  PROPOSAL_BLOCKED,
  TEMPLATE_ROW_TABLES,
  PROPOSAL_EARLIER,
  PROPOSAL_HEADER,
  PROPOSAL_KIND,
  PROPOSAL_STATUS,
  PROPOSAL_STATUS_FLAGGED,
  PROPOSAL_STEP,
  PROPOSAL_TAB,
  PROPOSAL_TAB_TITLE,
  PROPOSAL_UNUSED_PREFIX,
  proposalNote,
  proposalRunFolder,
  proposalCounts,
  proposalSummary,
  proposalTotals,
  proposalVotedTotals,
  quotaTime,
  STORE_FULL_STOP,
  RECORDS_LOST,
  STORE_FULL_ROUND,
  HEALTH_RETRY,
  notesOnce,
  type RecordsLoss,
  reviewErrorRenamed,
  OTHER_ACCOUNT,
} from '../core/messages';
import { formatDate, formatTime, matchKey, toText, utf8Length } from '../core/text';
import { appendHistoryOnce, historyLinesUnsaid } from '../gas/history';
import { batchLines } from '../core/history';
import {
  type AwardLevel,
  BODY_SIZE,
  KNOWN_PLACEHOLDERS,
  TEMPLATE_KEYS,
  recordLabel,
  TEMPLATE_NAMES,
  applyCouncil,
  ddMMyyyy,
  documentValues,
  LIST_HEADING_PLACEHOLDER,
  countsOf,
  documentRows,
  earlierDocumentStatus,
  earlierNote,
  isRowPlaceholder,
  legacyMeetings,
  legacyRecords,
  roundOf,
  parseProposed,
  recordRound,
  sameRound,
  roundCorrecting,
  correctedMeetingNote,
  meetingAfterDocuments,
  placeholdersIn,
  staleMeetingDay,
  unreadableMeetingDay,
  withLegacy,
  type LegacyDoc,
  replacedCodes,
  setAsideEarlier,
  type ProposedBefore,
  type Round,
  missingToTell,
  omittedSources,
  planDocuments,
  proposalBlockedText,
  proposalBlockers,
  selectNominees,
  type Nominee,
  type NomineeSelection,
  type PlannedDoc,
  gapsKept,
  type RowKind,
  type TemplateKey,
} from '../core/proposals';
import { REVIEW_TAB, mergeReview, reviewProgress, type ReviewProgress } from '../core/review';
import { LOCK_WAIT_MS, withScriptLock } from '../gas/lock';
import {
  dropEmptyLists,
  expandTableRows,
  fillDocument,
  liveFile,
  liveFilesIn,
  liveFolder,
  mergeReport,
  moveDecisionNumber,
  addDecisionLines,
  restoreLastParagraph,
  newSubfolder,
  scanDocument,
  trashUnrecorded,
  withLedgerLock,
  type FillReport,
} from '../gas/docs';
import { ToolStop, creatingDocument, errorMessage, isCreateRefused, isLockBusy } from '../gas/errors';
import { readInputs } from '../gas/office';
import { PROPERTY_STORE_BYTES, PROPOSAL_LEDGER_PREFIX, PROPOSED_PREFIX, ROUNDS_PREFIX, cachedPrefixed, clearState, getFreshState, getState, setState, storeBytes, writeRaw } from '../gas/properties';
import { cachedRecords, dropRecords, putRecords, readRecords, recordsLost } from '../gas/records';
import { ensureSheet, readValues, writeTable } from '../gas/sheets';
import { reviewWithTypedWords } from '../gas/typed-words';
import { fileTimeZone, shownDates } from '../gas/time-zone';
import { tellUser } from '../gas/ui';
import { ownerHere, triggerSetText } from '../gas/triggers';
import { amendRunSoon, logError } from '../gas/health';
import { evaluateOrStop } from './results';
import { councilColumns, refreshCouncilLine, renamedReview } from './summaries';
import { recordedDecisions } from '../gas/ledger';
import { typedTexts } from '../gas/forms';
import { NO_RESPONSE, type LedgerEntry } from '../core/ledger';
import { numberTypedTitles, restoreTypedText } from '../core/registration';
import { keepRounds, proposedRecords, roundWrites } from '../gas/rounds';
import { toolVersion } from '../gas/version';
import { runJob } from './run';
import { ensureTemplates, storedTemplates } from './templates';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Folder = GoogleAppsScript.Drive.Folder;

/** The trigger handler of continuations (a top-level function of the bundle). */
export const CONTINUE_HANDLER = 'continueProposals';
const CONTINUE_AFTER_MS = 60_000;
/** After a documents-created quota stop without a known window (not expected): the quota is whole a day later. */
const QUOTA_RETRY_MS = 24 * 3600_000;
/** The continuation after a quota stop runs this long after the window's end (a count written a little late). */
const QUOTA_RESET_MARGIN_MS = 5 * 60_000;
/** Failures in a row at one step (a document, the templates) before the batch stops and waits for the office. */
export const MAX_ATTEMPTS = 3;
/** Longer than one execution can live (6 min): an expired lease belongs to an execution that has ended. */
const LEASE_MS = 6.5 * 60_000;
const SAFETY_NET_MS = 7 * 60_000;
const RUN_KEY = 'proposals.run';

type Status = 'idle' | 'running' | 'waitingQuota' | 'done' | 'failed';

interface TemplateIssues {
  unknown: string[];
  split: string[];
  missingRows?: string[];
}

/** The batch being made (script property "proposals.run", JSON, well under 9 KB). */
interface RunState {
  gen: number;
  status: Status;
  /** The batch's date (epoch ms): the date written in its documents and in its folder's name. */
  date: number;
  folderId: string | null;
  folderDay: string;
  pdf: boolean;
  owner: string | null;
  leaseUntil: number;
  /**
   * The document being made when the execution last wrote the state; `pdf`: the name of the PDF made of it (when one is),
   * `only`: the document is made already (recorded), only its PDF is being made (addMissingPdf).
   */
  pending: Pending | null;
  /** Unknown / split placeholders of each template, as last seen while filling it. */
  issues: Partial<Record<TemplateKey, TemplateIssues>>;
  message: string;
  /** The step that failed last, and how many times in a row ("running": tried again soon; "failed": given up). */
  fault: Fault | null;
  /** Why the batch waits ("waitingQuota"): the tool's count of documents in the quota's window, and when it ends. */
  quota: { made: number; since: number; freesAt: number } | null;
  /**
   * Documents this batch made, over all its executions (absent in states of older versions): a batch whose safety net
   * only finishes its records made them all the same, and says "Đã tạo xong", not "nothing new".
   */
  made?: number;
  /**
   * The menu item whose run started (or last asked for) the batch, and when that run began: its line in "Tình trạng" is
   * rewritten when a continuation ends the batch (review r81x F4). Absent in states of older versions.
   */
  by?: { job: string; at: number };
  /**
   * Where in the plan's documents a click's look for documents put in the trash stopped at its deadline (a large
   * office, review d82b): its continuations look at the rest (forgetTrashed). Absent when every record was looked at.
   */
  checkFrom?: number;
}

/** What an execution is about to make (RunState.pending), recorded before it makes it. */
interface Pending {
  key: string;
  name: string;
  pdf?: string;
  only?: 'pdf';
}

/** A failed step of the batch. Cleared when a document is made, and when the office asks again after a stop. */
interface Fault {
  /** The step: a document's key, "#templates", "#template:<key>". */
  key: string;
  /** Failures in a row at this step. */
  n: number;
  /** What was being done (PROPOSAL_STEP), for the tab. */
  what: string;
  /** The error's message (shown, never read for a decision). */
  error: string;
  /** The template of the document (a fault that keeps coming back may lie in it). */
  template?: string;
  /** Set when the creation itself was refused, well under the quota: the documents the tool made in its window. */
  made?: number;
}

/** One ledger entry: a document made. Short keys: the ledger may hold thousands of these. */
interface DocRecord {
  id: string;
  url: string;
  name: string;
  /** Template key. */
  tp: TemplateKey;
  pdfId?: string;
  pdfUrl?: string;
  /** Placeholders left without a value. */
  miss?: string[];
  /** Nominee: registration id, name, kind, school, score (so stale entries can still be listed). */
  rid?: string;
  nm?: string;
  kd?: 'collective' | 'individual';
  sc?: string;
  pt?: number;
  /** Set once its name (and its PDF's) carries PROPOSAL_UNUSED_PREFIX: no longer current. */
  un?: 1;
  /** The day of the batch that made it (dd-MM-yyyy, as its folder's name): only a document of the same day is marked. */
  dy?: string;
  /** The meeting whose votes the batch used (meetingKey; '' none) and its print (meetingPrint): its round (earlierRound). */
  mt?: string;
  mf?: string;
  /** Set once it was found no longer current when its round's batch was done (a draft corrected within that round). */
  sp?: 1;
  /** Fingerprint of the data it was made from (PlannedDoc.inputs); absent in records of versions before it was kept. */
  in?: string;
  /** Kept though the tool prints it otherwise now, its data unchanged (adoptReprinted): its row says so. */
  rp?: 1;
  /** The version of the tool whose print it is (src/gas/version.ts): the one that made it, or found it current. */
  tv?: string;
  /** When the tool last wrote it (epoch ms: made, or its name restored): a later change in Drive is someone's edit. */
  mk?: number;
  /** The folder it was made in (the batch's): the alert names every folder holding the current set (review r79h F2). */
  fd?: string;
  /** Replaced though edited after the tool made it (epoch ms of the last change, Drive's): its row says so (r79h F1). */
  ed?: number;
  /**
   * Current again after it was replaced though edited (its `ed`, kept as the time of that edit): what was typed in it is
   * still there, so it is said edited when replaced again, whatever Drive's time says since (fix f80a F2).
   */
  pe?: number;
  /**
   * Set with `ed` by this version (asEdited): told. A record with `ed` without it was marked by a version before f80a,
   * which left `ed` (and `sp`) on a document that became current again (legacyCurrentAgain, review r80u F1).
   */
  tl?: 1;
}

function freshRun(): RunState {
  return { gen: 1, status: 'idle', date: 0, folderId: null, folderDay: '', pdf: false, owner: null, leaseUntil: 0, pending: null, issues: {}, message: '', fault: null, quota: null };
}

function readRun(): RunState {
  const raw = getFreshState('proposalRun');
  if (!raw) return freshRun();
  try {
    return { ...freshRun(), ...(JSON.parse(raw) as Partial<RunState>) };
  } catch {
    return freshRun();
  }
}

/**
 * A batch of documents not finished — its continuation comes back for it ('running'), or when the daily quota of files
 * is whole again ('waitingQuota') — or null. One read of the store (src/jobs/end-period.ts: ending the period would
 * leave it half made).
 */
export function proposalBatchUnfinished(): 'running' | 'waitingQuota' | null {
  const st = readRun();
  return st.status === 'running' || st.status === 'waitingQuota' ? st.status : null;
}

const ledgerPrefix = (gen: number) => `${PROPOSAL_LEDGER_PREFIX}${gen}.`;

/** A ledger property's generation and document key ("proposals.doc.<generation>.<key>"). */
function ledgerKeyParts(k: string): { gen: string; key: string } {
  const rest = k.slice(PROPOSAL_LEDGER_PREFIX.length);
  const dot = rest.indexOf('.');
  return { gen: rest.slice(0, dot), key: rest.slice(dot + 1) };
}

/**
 * The stored value of "proposal.left-out": the codes as a JSON array, or, when that would pass a property value's 9 KB
 * (some 760 codes: every "Tạo tờ trình" then failed on it, review "growth" #3), their count ({"n": …}).
 */
export function leftOutValue(ids: readonly string[]): string {
  const list = JSON.stringify([...ids].sort());
  return list.length <= LEFT_OUT_MAX ? list : JSON.stringify({ n: ids.length });
}
const LEFT_OUT_MAX = 8_000;

/**
 * How near its limit a store of properties is taken as full for a batch of documents: a batch writes its state (~1 KB)
 * and, done, its round's records (a few bytes a nominee, packed; its documents' records go to the tab of records), so
 * with less room it cannot go far.
 */
const STORE_FULL_MARGIN = 8 * 1024;

/** dd-MM-yyyy days in date order. */
const byDay = (a: string, b: string) => a.split('-').reverse().join('').localeCompare(b.split('-').reverse().join(''));

/** Templates whose document's name ends with its batch's day ("Tờ trình … - 01-07-2024"); a Biên bản's ends with its meeting's. */
const NAMED_BY_BATCH_DAY: readonly TemplateKey[] = ['toTrinh', 'danhSach', 'quyetDinh'];

/**
 * The ledger's records by property key (a damaged entry is left out: its document is made again). A record made
 * before batches recorded their day (no `dy`, versions before rounds) is given its batch's day: a Tờ trình's, Danh
 * sách's or Quyết định's from its name, and the other records of its generation (Báo cáo, Biên bản: no batch day in
 * their names) the earliest day those give — the round's first batch, the day its nominees were first proposed, as
 * "Thẩm định" then says (one made on a later day of it is dated earlier than it was: of the same round, so only that
 * note's day can be off, review diff11 #2; left undated, a round made over two days lost its nominees' records: review
 * diff10 #2). Without it such a first round was read as this round's at the next one: signed documents "replaced", its
 * nominees "not voted" (review "upgrade" #2).
 */
function parsedLedger(raw: Record<string, string>): Map<string, DocRecord> {
  const out = new Map<string, DocRecord>();
  const daysOfGen = new Map<string, Set<string>>();
  const undated: Array<[string, DocRecord]> = [];
  for (const k of Object.keys(raw)) {
    let rec: DocRecord;
    try {
      rec = JSON.parse(raw[k]) as DocRecord;
    } catch {
      continue;
    }
    out.set(k, rec);
    if (rec.dy !== undefined || rec.mt !== undefined) continue;
    const m = NAMED_BY_BATCH_DAY.indexOf(rec.tp) >= 0 ? / - (\d{2}-\d{2}-\d{4})$/.exec(rec.name) : null;
    if (m) {
      rec.dy = m[1];
      const gen = ledgerKeyParts(k).gen;
      (daysOfGen.get(gen) ?? daysOfGen.set(gen, new Set()).get(gen)!).add(m[1]);
    } else undated.push([k, rec]);
  }
  for (const [k, rec] of undated) {
    const days = daysOfGen.get(ledgerKeyParts(k).gen);
    if (days) rec.dy = [...days].sort(byDay)[0];
  }
  return out;
}

function readLedger(ss: Spreadsheet, gen: number): Map<string, DocRecord> {
  const prefix = ledgerPrefix(gen);
  const out = new Map<string, DocRecord>();
  for (const [k, rec] of parsedLedger(readRecords(ss, PROPOSAL_LEDGER_PREFIX))) {
    if (k.indexOf(prefix) === 0) out.set(k.slice(prefix.length), rec);
  }
  return out;
}

/**
 * The ledger as the plan names its documents: one made before keys held what a document prints is recorded under its
 * list's key (`legacyKey`); it is taken as current (what it prints is not known) under the plan's key.
 */
function adoptLegacy(docs: readonly PlannedDoc[], ledger: Map<string, DocRecord>, adopted: Array<[string, string]> = []): Map<string, DocRecord> {
  for (const d of docs) {
    if (d.key === d.legacyKey || ledger.has(d.key)) continue;
    const rec = ledger.get(d.legacyKey);
    if (!rec) continue;
    ledger.delete(d.legacyKey);
    ledger.set(d.key, rec);
    adopted.push([d.legacyKey, d.key]);
  }
  return ledger;
}

/**
 * A document an earlier round made is never this round's, even when it would print the same (a nominee voted on again
 * for the same award; the same list): the plan's key of such a document gets the meeting's ("@<meeting>"), so it is
 * made anew for this round and the earlier round's record stays listed as it was.
 */
/** Documents of the plan not made and not to be made for want of information (a signer not named…): PlannedDoc.gaps. */
function lackingInformation(plan: Plan, ledger: ReadonlyMap<string, DocRecord>): number {
  return plan.docs.filter((d) => !ledger.has(d.key) && d.gaps.length).length;
}

function roundKeys(plan: Plan, ledger: ReadonlyMap<string, DocRecord>): void {
  for (const d of plan.docs) {
    const rec = ledger.get(d.key);
    if (rec && earlierRound(rec, plan)) d.key = `${d.key}@${plan.round.meeting}`;
  }
}

/**
 * A document made by a batch of an earlier round (another meeting). One made before rounds were recorded has its batch's
 * meeting from the Biên bản that batch made (legacyMeetings); one older still, without its batch's day, is not.
 */
function earlierRound(rec: DocRecord, plan: Pick<Plan, 'round' | 'legacyMeetings'>): boolean {
  const meeting = rec.mt ?? (rec.dy !== undefined ? (plan.legacyMeetings.get(rec.dy) ?? '') : undefined);
  return meeting !== undefined && !sameRound({ meeting, fp: rec.mf ?? '', day: rec.dy }, plan.round);
}

/**
 * A document made by another version of the tool that printed it otherwise (review "upgrade2" #1, #2): planned under a
 * key the ledger lacks (its print changed), while a record of the same document (the same key before its print) of this
 * round, made by another version (`tv`), holds the data it is planned from (`in`, PlannedDoc.inputs) — only the tool
 * changed, not what the tabs say. It is kept as it is, perhaps completed by hand and signed: taken under the plan's key,
 * marked `rp` (its row says so, and how to have it made anew). Of several such records, one not marked unused, then the
 * latest. Within one version a print that changed is a change of the data, whatever the inputs say (what the rules
 * derive from settings such as "Ngày kiểm tra" is not in them: review diff25 #2): made again, as always. A record found
 * under its key gets the inputs and version it is current for, for a later version to tell. Both kinds go into `moved`
 * ([old key, new key]; the same key for the second), saved by the batch (saveAdopted); a preview only shows them.
 */
function adoptReprinted(plan: Plan, ledger: Map<string, DocRecord>, moved: Array<[string, string]> = []): Map<string, DocRecord> {
  const planned = new Set(plan.docs.map((d) => d.key));
  let byDoc: Map<string, string[]> | null = null;
  for (const d of plan.docs) {
    if (!d.inputs) continue;
    const rec = ledger.get(d.key);
    if (rec) {
      if (rec.in !== d.inputs || rec.tv !== toolVersion) {
        ledger.set(d.key, { ...rec, in: d.inputs, tv: toolVersion });
        moved.push([d.key, d.key]);
      }
      continue;
    }
    if (!byDoc) {
      byDoc = new Map();
      for (const k of ledger.keys()) {
        const print = k.indexOf('#');
        if (print > 0) (byDoc.get(k.slice(0, print)) ?? byDoc.set(k.slice(0, print), []).get(k.slice(0, print))!).push(k);
      }
    }
    const same = (byDoc.get(d.legacyKey) ?? []).filter((k) => {
      const r = ledger.get(k);
      return r !== undefined && (r.in === d.inputs || (r.in !== undefined && d.inputsRead?.includes(r.in) === true)) && r.tv !== toolVersion && !planned.has(k) && !earlierRound(r, plan);
    });
    if (!same.length) continue;
    const kept = same.sort((a, b) => Number(!!ledger.get(a)!.un) - Number(!!ledger.get(b)!.un) || byDay(ledger.get(b)!.dy ?? '', ledger.get(a)!.dy ?? ''))[0];
    ledger.set(d.key, { ...ledger.get(kept)!, rp: 1, tv: toolVersion });
    ledger.delete(kept);
    moved.push([kept, d.key]);
  }
  return ledger;
}

/**
 * The records taken over by a batch (adoptLegacy, adoptReprinted), saved under their new keys (once), the old keys
 * dropped: from then on a change of what such a document prints makes it again, as for any other.
 */
function saveAdopted(ss: Spreadsheet, gen: number, ledger: Map<string, DocRecord>, adopted: ReadonlyArray<[string, string]>): void {
  if (!adopted.length) return;
  const writes: Record<string, string> = {};
  for (const [, key] of adopted) writes[ledgerPrefix(gen) + key] = JSON.stringify(ledger.get(key));
  withLedgerLock(LOCK_WAIT_MS, () => {
    putRecords(ss, writes);
    const gone = adopted.filter(([was, key]) => was !== key).map(([was]) => ledgerPrefix(gen) + was);
    if (gone.length) dropRecords(ss, gone);
  });
}

/** Puts PROPOSAL_UNUSED_PREFIX before a Drive file's name (once), or (`unused` false) takes it away. */
function markFileUnused(id: string, unused = true): void {
  const file = DriveApp.getFileById(id);
  const name = file.getName();
  const marked = name.indexOf(PROPOSAL_UNUSED_PREFIX) === 0;
  if (unused && !marked) file.setName(PROPOSAL_UNUSED_PREFIX + name);
  else if (!unused && marked) file.setName(name.slice(PROPOSAL_UNUSED_PREFIX.length));
}

/**
 * The day (dd/MM/yyyy) the current Tờ trình of a level carries, as recorded when it was made: a batch on another day
 * that keeps it proposes its nominees on that day, not today. Without a level (those left out), the earliest of them;
 * the batch's day when none is recorded.
 */
function toTrinhDays(plan: Plan, ledger: Map<string, DocRecord>, st: RunState): (level: AwardLevel | undefined) => string {
  const days = new Map<AwardLevel, string>();
  for (const d of plan.docs) {
    const dy = d.kind === 'toTrinh' && d.level ? ledger.get(d.key)?.dy : undefined;
    if (dy && d.level) days.set(d.level, dy);
  }
  const shown = (dy: string | undefined) => (dy ? dy.replace(/-/g, '/') : formatDate(new Date(st.date)));
  const first = [...days.values()].sort(byDay)[0];
  return (level) => shown(level ? days.get(level) : first);
}

/**
 * Once a batch is done, the documents made earlier ON THE SAME DAY that are no longer current — replaced (their list or
 * what they print changed) or of a nominee no longer proposed — are marked in Drive by their names
 * (PROPOSAL_UNUSED_PREFIX; the files stay, as the record of what was made), each once: drafts corrected the day they
 * were made, beside their replacements of the same names and date. A document of an earlier day is never renamed: it
 * may have been signed and sent (a round before this one); the tab says it is no longer current. A file a current
 * document also is (a legacy record taken over) is never marked. Then the documents of earlier generations ("Tạo lại
 * toàn bộ"): those of the same day marked, and all their ledger entries forgotten. A file that cannot be renamed now
 * (Drive failing in passing, or the file deleted) is tried again by the next batch; nothing is started after the deadline.
 */
function markUnused(ss: Spreadsheet, st: RunState, plan: Plan, ledger: Map<string, DocRecord>, deadline: number): string[] {
  const today = ddMMyyyy(new Date(st.date));
  // The documents replaced now that were edited after the tool made them (review r79h F1): told, by their names.
  const edited: string[] = [];
  const proposed = new Set(plan.selection.nominees.map((n) => n.id));
  // Records a version before f80a left current again though marked (review r80u F1): replaced now, they are named.
  legacyCurrentAgain(plan, ledger, st.date);
  // The record as checked; null when it is to be checked and cannot be now (the deadline passed, Drive failing): left
  // as it is — neither noted nor renamed — for a later batch or preview to check (review d79 F1: noted unchecked, it was
  // never checked again).
  const editedNow = (key: string, rec: DocRecord): DocRecord | null => {
    if (!replacedNow(key, rec, plan, proposed)) return rec;
    if (Date.now() >= deadline) return null;
    const ed = editedAt(rec);
    if (ed === null) return null;
    if (ed === 0) return rec;
    edited.push(rec.name);
    return asEdited(rec, ed);
  };
  const current = new Set<string>();
  const planned = new Set<string>();
  const writes: Record<string, string> = {};
  const forget: string[] = [];
  for (const d of plan.docs) {
    planned.add(d.key);
    const rec = ledger.get(d.key);
    if (!rec) continue;
    for (const id of [rec.id, rec.pdfId]) if (id) current.add(id);
    // Replaced earlier and current again without a rename (replaced on an earlier day, or its rename failed): no longer
    // noted replaced; found edited then, it is said so when replaced again (fix f80a F2). No call.
    if (!rec.un) {
      if (rec.sp || rec.ed !== undefined) {
        const again = currentAgain(rec);
        ledger.set(d.key, again);
        writes[ledgerPrefix(st.gen) + d.key] = JSON.stringify(again);
      }
      continue;
    }
    // A document marked earlier that is current again (what it prints is as it was: a correction undone): unmarked.
    if (Date.now() >= deadline) continue;
    try {
      for (const id of [rec.id, rec.pdfId]) if (id) markFileUnused(id, false);
    } catch {
      continue; // the next batch tries again
    }
    // Renamed by the tool just now: its own change, not the office's (editedSince).
    const again: DocRecord = { ...currentAgain(rec), mk: Date.now() };
    delete again.un;
    ledger.set(d.key, again);
    writes[ledgerPrefix(st.gen) + d.key] = JSON.stringify(again);
  }
  const mark = (rec: DocRecord): boolean => {
    try {
      for (const id of [rec.id, rec.pdfId]) if (id && !current.has(id)) markFileUnused(id);
      return true;
    } catch {
      return false;
    }
  };
  for (const [key, rec] of ledger) {
    // This round's documents follow its meeting as corrected (its day, a vote): still this round's when it changes again.
    // (One whose batch's day was not recorded, made by a version older still, is left as it is: its round is not known.)
    if ((rec.mt !== undefined || rec.dy !== undefined) && !earlierRound(rec, plan) && (rec.mt !== plan.round.meeting || rec.mf !== plan.round.fp)) {
      const moved: DocRecord = { ...rec, mt: plan.round.meeting, mf: plan.round.fp };
      ledger.set(key, moved);
      writes[ledgerPrefix(st.gen) + key] = JSON.stringify(moved);
    }
  }
  for (const [key, was] of ledger) {
    if (planned.has(key) || was.un) continue;
    // Looked at before it is renamed (the tool's own change).
    const rec = editedNow(key, was);
    if (rec === null) continue;
    // Replaced within this round on an earlier day (not renamed: it may have been sent): so noted, for when later rounds
    // list it beside the one that replaced it.
    if (rec.dy !== today) {
      if (!rec.sp && !earlierRound(rec, plan)) {
        const noted: DocRecord = { ...rec, sp: 1 };
        ledger.set(key, noted);
        writes[ledgerPrefix(st.gen) + key] = JSON.stringify(noted);
      }
      continue;
    }
    if (Date.now() >= deadline) break;
    if (!mark(rec)) {
      if (rec !== was) {
        ledger.set(key, rec);
        writes[ledgerPrefix(st.gen) + key] = JSON.stringify(rec);
      }
      continue;
    }
    const marked: DocRecord = { ...rec, un: 1 };
    ledger.set(key, marked);
    writes[ledgerPrefix(st.gen) + key] = JSON.stringify(marked);
  }
  // Other generations' entries as this execution read them with its ledger (no call of their own).
  const raw = cachedRecords(ss, PROPOSAL_LEDGER_PREFIX);
  const own = ledgerPrefix(st.gen);
  const records = parsedLedger(raw);
  for (const k of Object.keys(raw)) {
    if (k.indexOf(own) === 0 || Date.now() >= deadline) continue;
    // (a damaged entry: nothing to mark)
    const rec: DocRecord | null = records.get(k) ?? null;
    // An earlier round's document stays listed: carried into this generation ("Tạo lại toàn bộ" remakes this round's).
    if (rec && earlierRound(rec, plan)) {
      const parts = ledgerKeyParts(k);
      const key = ledger.has(parts.key) ? `${parts.key}~${parts.gen}` : parts.key;
      const carried: DocRecord = { ...rec, mt: rec.mt ?? plan.legacyMeetings.get(rec.dy ?? '') ?? '' };
      ledger.set(key, carried);
      writes[own + key] = JSON.stringify(carried);
      forget.push(k);
      continue;
    }
    if (!rec || rec.un || rec.dy !== today || mark(rec)) forget.push(k);
  }
  if (Object.keys(writes).length || forget.length) {
    withLedgerLock(LOCK_WAIT_MS, () => {
      if (Object.keys(writes).length) putRecords(ss, writes);
      if (forget.length) dropRecords(ss, forget);
    });
  }
  return edited;
}

/** A document changed this long after the tool last wrote it (`mk`) was edited: Drive's time of a save may lag a little. */
const EDIT_MARGIN_MS = 2 * 60_000;
/** A record without the tool's time (versions before it was kept): changed this long after its copy was made. */
const EDIT_MARGIN_CREATED_MS = 15 * 60_000;

/**
 * When a recorded document was last changed, if someone changed it after the tool made it (Drive's File.getLastUpdated
 * against the record's time, or the file's creation for a record of an older version); 0 when not; null when Drive
 * cannot say now (a later batch asks again). Two calls (three for an older record): only for a document about to be
 * replaced.
 */
function editedSince(rec: DocRecord): number | null {
  try {
    const file = DriveApp.getFileById(rec.id);
    const updated = file.getLastUpdated().getTime();
    const since = rec.mk !== undefined ? rec.mk + EDIT_MARGIN_MS : file.getDateCreated().getTime() + EDIT_MARGIN_CREATED_MS;
    return updated > since ? updated : 0;
  } catch {
    return null;
  }
}

/**
 * When a document about to be replaced was last edited after the tool made it, as editedSince, or — current again after
 * it was replaced though edited (`pe`) — at least that edit: what was typed in it is still there, though the tool's own
 * rename since reset the record's time (fix f80a F2). Null when Drive cannot say now and no such edit is known.
 */
function editedAt(rec: DocRecord): number | null {
  const ed = editedSince(rec);
  if (rec.pe === undefined) return ed;
  return ed ? Math.max(ed, rec.pe) : rec.pe;
}

/** The record of a document replaced now that was edited (`ed`: editedAt). */
function asEdited(rec: DocRecord, ed: number): DocRecord {
  const out: DocRecord = { ...rec, ed, tl: 1 };
  delete out.pe;
  return out;
}

/** The record of a document replaced earlier that is current again: not noted replaced; an edit found then kept as `pe`. */
function currentAgain(rec: DocRecord): DocRecord {
  const out: DocRecord = { ...rec };
  if (rec.ed !== undefined) out.pe = Math.max(rec.ed, rec.pe ?? 0);
  delete out.ed;
  delete out.sp;
  return out;
}

/**
 * The records, not planned now, of documents a version before f80a left current again though marked replaced and
 * edited (`ed`, and `sp` on a later day; no `tl`), read as currentAgain would have left them (review r80u F1): a batch
 * done now that replaces them says they were edited by hand, once (asEdited then sets `tl`). A record is so read when
 * the tool wrote it after that edit (`mk` later than `ed`: its name restored, the same day), or when it is the one such
 * record of its document (its kind and level, or its nominee's report) in this round, none of whose records made before
 * `since` (the batch's start) is current as that version left them (every one marked `un`, `sp` or `ed`) and one of
 * which is planned now. A record really replaced (its replacement current then, unmarked) is not read so. Changes
 * `ledger` in place (not saved: the batch saves what it decides); the keys so read.
 */
function legacyCurrentAgain(plan: Plan, ledger: Map<string, DocRecord>, since = Infinity): string[] {
  const planned = new Set(plan.docs.map((d) => d.key));
  // The document: its kind and level ("QD:<level>", one current at a time whatever its list), a report its nominee's.
  const doc = (key: string) => {
    const print = key.indexOf('#');
    if (print <= 0) return '';
    const list = key.slice(0, print);
    return list.indexOf('BC:') === 0 ? list : list.slice(0, Math.max(list.lastIndexOf(':'), 0)) || list;
  };
  const proposed = new Set(plan.selection.nominees.map((n) => n.id));
  const candidate = (key: string, rec: DocRecord) =>
    !planned.has(key) && !rec.un && rec.ed !== undefined && !rec.tl && !earlierRound(rec, plan) && replacing(key, rec, proposed);
  // Per document of this round: whether one of its records is clean (no mark), one is planned, and its candidates.
  const groups = new Map<string, { clean: boolean; planned: boolean; keys: string[] }>();
  for (const [key, rec] of ledger) {
    const d = doc(key);
    if (!d || earlierRound(rec, plan)) continue;
    const g = groups.get(d) ?? groups.set(d, { clean: false, planned: false, keys: [] }).get(d)!;
    // (one made by this batch, at or after `since`, is not one that version left)
    if (!rec.un && !rec.sp && rec.ed === undefined && !(rec.mk !== undefined && rec.mk >= since)) g.clean = true;
    if (candidate(key, rec)) g.keys.push(key);
  }
  for (const d of plan.docs) {
    const g = groups.get(doc(d.key));
    if (g) g.planned = true;
  }
  const out: string[] = [];
  for (const [key, rec] of ledger) {
    if (!candidate(key, rec)) continue;
    const g = groups.get(doc(key));
    const restored = rec.mk !== undefined && rec.mk > rec.ed!;
    if (restored || (g && !g.clean && g.planned && g.keys.length === 1)) {
      ledger.set(key, currentAgain(rec));
      out.push(key);
    }
  }
  return out;
}

/** A document of the plan's list or a report of a nominee still proposed (not one dropped): replaced, not left out. */
function replacing(key: string, rec: DocRecord, proposed: ReadonlySet<string>): boolean {
  return !(key.indexOf('BC:') === 0 && !(rec.rid && proposed.has(rec.rid)));
}

/** A record of this round, not planned now, that a batch done now replaces (its print or its list changed), not yet so found. */
function replacedNow(key: string, rec: DocRecord, plan: Plan, proposed: ReadonlySet<string>): boolean {
  return !rec.un && !rec.sp && rec.ed === undefined && !earlierRound(rec, plan) && replacing(key, rec, proposed);
}

// ---- triggers -------------------------------------------------------------------------------------

/** Deletes every continuation trigger (this execution's own included) and, if asked, schedules one. */
function rescheduleContinuation(afterMs: number | null): string {
  try {
    for (const t of ScriptApp.getProjectTriggers()) if (t.getHandlerFunction() === CONTINUE_HANDLER) ScriptApp.deleteTrigger(t);
    if (afterMs !== null) ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(afterMs).create();
    return '';
  } catch (err) {
    return err && typeof err === 'object' && 'message' in err ? String((err as Error).message) : String(err);
  }
}

// ---- reading what to make -------------------------------------------------------------------------

interface Plan {
  config: OfficeConfig;
  selection: NomineeSelection;
  docs: PlannedDoc[];
  reviewMissing: boolean;
  /** The council's meeting tab as read (null: no tab). */
  council: Council | null;
  /** What keeps any document from being made, replaced or marked (proposalBlockers); [] when nothing does. */
  blockers: string[];
  /** The round of this batch (roundOf): the meeting whose votes it uses (its day and print), the batch's day. */
  round: Round;
  /** What finished batches of every round proposed, by code: as stored (PROPOSED_PREFIX), and with legacyRecords. */
  stored: Map<string, ProposedBefore[]>;
  before: Map<string, ProposedBefore[]>;
  /** The meetings of batches made before rounds were recorded, by their day (legacyMeetings). */
  legacyMeetings: Map<string, string>;
  /** What the office is told about the meeting's day (staleMeetingDay, unreadableMeetingDay). */
  roundNotes: string[];
  /** The council line of "Tổng hợp" as these documents read it (null: "Thẩm định" unreadable): review r80n F2. */
  progress: ReviewProgress | null;
}

function readPlan(ss: Spreadsheet, date: Date): Plan {
  // Without the script lock (a batch of documents takes minutes): the register is read, never written — a submission
  // giving codes at the same time holds the lock.
  const inputs = readInputs(ss, new Date(), { readOnly: true });
  const { output } = evaluateOrStop(ss, inputs);
  const sheet = ss.getSheetByName(REVIEW_TAB);
  // Its comments and notes as typed where Sheets shows "#ERROR!" (a "- …" typed), as the rebuild reads them.
  const reviewValues = sheet ? reviewWithTypedWords(sheet, readValues(sheet)) : null;
  const recorded = recordedDecisions(inputs.identified.entries);
  const review = reviewValues ? mergeReview(reviewValues, output.registrations, recorded, councilColumns(), undefined, getState('reviewOrder') ?? undefined) : null;
  // The council's tab: read once; its vote decides who is proposed once it has met.
  const councilSheet = ss.getSheetByName(COUNCIL_TAB);
  // Its meeting date (and a count Sheets took for a date, "7/9") as the day its cell shows (src/gas/time-zone.ts).
  const council = parseCouncil(councilSheet ? shownDates(readValues(councilSheet), () => fileTimeZone(ss)) : null);
  // Those an earlier round proposed are set aside before the vote is applied: not "not voted on", proposed already.
  const stored = proposedRecords();
  const legacy = legacyDocs(ss);
  const before = withLegacy(stored, legacyRecords(legacy));
  const round = roundCorrecting(roundOf(council, date), before, new Set(councilMet(council) ? council.votes.keys() : []));
  const nominated = selectNominees(review, output.registrations, inputs.config);
  // The codes of "Thẩm định" as read, and those erased at the person's request: a vote on a registration gone is told as
  // such, not as a code no registration bears (review r78d F2).
  const reviewIds = new Set((reviewValues ?? []).slice(1).map((r) => toText(r[review && !review.error ? review.columns.id : 0])));
  const erased = new Set((getState('erasedCodes') ?? '').split(',').filter((c) => c !== ''));
  const selection = applyCouncil(setAsideEarlier(nominated, council, before, round, replacedCodes(output.registrations)), council, output.registrations, { erased, reviewed: reviewIds });
  restoreTypedAnswers(selection.nominees, inputs.identified.entries);
  // A council seen to have met is remembered: its tab gone later would read as a council that never met (every
  // "Đề nghị khen" proposed, those it voted down too). A tab the office empties for a new meeting forgets it.
  const seenMet = getState('councilMet') !== null;
  // Votes the tool cannot apply at all (no member listed, codes where no votes' header is) say nothing of whether the
  // council met: the memory is kept, and nothing is made (below).
  if (councilSheet && !council?.unreadable && councilMet(council) !== seenMet) {
    if (councilMet(council)) setState({ councilMet: String(Date.now()) });
    else clearState('councilMet');
  }
  const blockers = proposalBlockers({
    review,
    reviewIds,
    recorded,
    inForce: new Set(output.registrations.filter((r) => !r.flags.supersededBy).map((r) => r.id)),
    councilTab: councilSheet !== null,
    councilSeenMet: seenMet,
    councilTabNames: councilSheet || !seenMet ? [] : ss.getSheets().map((t) => t.getName()).filter((n) => matchKey(n).indexOf(matchKey(COUNCIL_KEYWORD)) >= 0),
  });
  // The day of a meeting an earlier day's batch used, over other votes: most likely a new meeting whose day was not
  // typed. Made as it is, its batch would take that round's records and documents for this one's: nothing is made.
  const stale = staleMeetingDay(council, before, round);
  if (stale) blockers.push(stale);
  // The meeting tab holds votes the tool cannot read as votes (review r66b F1): read as a council that never met, a
  // batch would propose those it voted down.
  if (council?.unreadable) blockers.push(council.unreadable);
  // A meeting day after the documents' day: the dossier would cite two days (review r66b F4).
  const after = meetingAfterDocuments(council, date);
  if (after) blockers.push(after);
  // "Thẩm định" renamed (review "twohands" #5, diff26 #2): read as no decision at all, a batch would propose nobody and
  // drop what it made from the tab; nothing is made until it has its name again.
  const renamed = sheet ? null : renamedReview(ss);
  if (renamed) blockers.push(reviewErrorRenamed(REVIEW_TAB, renamed).replace(/\.$/, ''));
  const roundNotes = [unreadableMeetingDay(council), correctedMeetingNote(round)].filter((x): x is string => x !== null);
  const progress = review && !review.error ? reviewProgress(review, output.registrations, new Set(selection.flagged.map((f) => f.nominee.id))) : null;
  return { config: inputs.config, selection, docs: planDocuments(selection, date, inputs.config, council, { before, round }), reviewMissing: !sheet, council, blockers, round, stored, before, legacyMeetings: legacyMeetings(legacy), roundNotes, progress };
}

/**
 * The nominees' text answers Sheets typed as numbers ("1.250" → 1250, "05" → 5: review input F2) put back as the school
 * typed them, from each one's own form response (found by the register's response id), before the documents are
 * planned: the signed report prints "Quyết định số 1.250". Only for nominees with such an answer (a few calls each); one
 * the form cannot give keeps its number, and its row says to check it (decisionReadAsNumber).
 */
function restoreTypedAnswers(nominees: readonly Nominee[], entries: readonly LedgerEntry[]): void {
  let responseIds: Map<string, string> | null = null;
  for (const n of nominees) {
    const titles = numberTypedTitles(n.registration);
    if (titles.length === 0) continue;
    responseIds ??= new Map(entries.map((e) => [e.id, e.responseId]));
    const responseId = responseIds.get(n.id);
    if (!responseId || responseId === NO_RESPONSE) continue;
    for (const [title, typed] of typedTexts(responseId, titles, n.registration.submittedAt?.getTime() ?? null)) restoreTypedText(n.registration, title, typed);
  }
}

/** The ledger's entries (every generation's) of documents made before rounds were recorded, as this execution read them. */
function legacyDocs(ss: Spreadsheet): LegacyDoc[] {
  const out: LegacyDoc[] = [];
  // (a damaged entry tells nothing)
  for (const [k, rec] of parsedLedger(cachedRecords(ss, PROPOSAL_LEDGER_PREFIX))) {
    if (rec.mt !== undefined) continue;
    out.push({ key: ledgerKeyParts(k).key, name: rec.name, tp: rec.tp, rid: rec.rid, dy: rec.dy, un: rec.un });
  }
  return out;
}

/**
 * A batch done: its nominees are recorded as this meeting's round (its latest list replaces the meeting's earlier one),
 * so a later round with another meeting does not propose them again. Written only when something changes; records of a
 * version before the packing are packed with it (src/gas/rounds.ts roundWrites). `also`: done under the same lock.
 */
function saveRound(plan: Plan, also: () => void, alsoPending: () => boolean): void {
  const changes = roundChanges(plan);
  // `also` may write to a tab: committed before the lock goes. With no round to record, what `also` adds may still be
  // new (the batch made again on another day: its lines name that day; or the run before committed the round, not its
  // lines): a busy lock is thrown as with a round, and the batch goes on by its safety net, which adds what is missing
  // (review history L6: swallowed, those lines were never written). With nothing to add either, no lock is needed
  // (review diff33 #5: a batch that made nothing new waited for a busy lock, and was told to go on later).
  if (!changes) {
    if (alsoPending()) withLedgerLock(LOCK_WAIT_MS, also, true);
    return;
  }
  try {
    withLedgerLock(
      LOCK_WAIT_MS,
      () => {
        keepRounds(changes);
        also();
      },
      true,
    );
  } catch (err) {
    // Full after all (another execution wrote meanwhile): stopped, the continuation removed — else its safety net would
    // fail here every 7 minutes, for ever (review "limits" #1).
    stopIfStoreFull(roundBytes(changes.writes));
    throw err;
  }
}

/**
 * When the batch's round would not fit in the store (review "limits" #1, diff24 #2): the store's size (KB) and the
 * nominees to record; else null. Known by the size as this execution read it, never by an error's wording.
 */
function roundWontFit(plan: Plan): { kb: number; nominees: number } | null {
  const round = roundChanges(plan);
  const bytes = storeBytes();
  if (!round || bytes + roundBytes(round.writes) < PROPERTY_STORE_BYTES - STORE_FULL_MARGIN) return null;
  return { kb: Math.round(bytes / 1024), nominees: round.nominees };
}

/**
 * What recording the batch's round writes and deletes (roundWrites), and how many registrations' records change; null
 * when nothing changes (nor is there anything to pack).
 */
function roundChanges(plan: Plan): { writes: Record<string, string>; gone: string[]; nominees: number } | null {
  const changes = recordRound(plan.stored, plan.before, plan.round, plan.selection.nominees);
  // Records a version before the packing kept are packed by any batch done, as by the nightly rebuild.
  if (!changes.size && !Object.keys(cachedPrefixed(PROPOSED_PREFIX)).length) return null;
  const next = new Map(plan.stored);
  for (const [code, text] of changes) {
    if (text) next.set(code, parseProposed(text));
    else next.delete(code);
  }
  const w = roundWrites(next);
  return w ? { ...w, nominees: changes.size } : null;
}

/** The bytes `writes` add to the store of properties (a key already there: what its value grows by; never less than 0). */
function roundBytes(writes: Record<string, string>): number {
  const stored = { ...cachedPrefixed(PROPOSED_PREFIX), ...cachedPrefixed(ROUNDS_PREFIX) };
  let n = 0;
  for (const k of Object.keys(writes)) n += utf8Length(writes[k]) - (k in stored ? utf8Length(stored[k]) : -utf8Length(k));
  return Math.max(0, n);
}

/** What a renamed meeting tab's name still holds, most likely ("Họp Hội đồng TĐKT 2024", "Hội đồng (cũ)"). */
const COUNCIL_KEYWORD = 'Hội đồng';

/**
 * The council's meeting tab (Biên bản họp Hội đồng Thi đua - Khen thưởng), made once by setup with its fields and
 * headers for the council to fill; never rewritten once it exists (it is the council's). Returns true when made.
 * `chairTitle`: the example of the chair's title, the office kind's.
 */
export function ensureCouncilTab(ss: Spreadsheet, chairTitle: string): boolean {
  if (ss.getSheetByName(COUNCIL_TAB)) return false;
  const rows = councilTemplateRows(chairTitle);
  const width = rows[0].length;
  const sheet = ss.insertSheet(COUNCIL_TAB);
  sheet.getRange(1, 1, rows.length, width).setValues(rows.map((r) => [...r, ...new Array(width - r.length).fill('')]));
  sheet.getRange(1, 1).setFontWeight('bold');
  // The members' presence: a Có/Vắng dropdown (other words are still read, and a row the secretary inserts among
  // them takes the rule with it). Invalid input allowed, as the other dropdowns: "Vắng mặt" typed is read as absent.
  const members = councilMemberRows(rows);
  const presence = SpreadsheetApp.newDataValidation().requireValueInList([COUNCIL_PRESENT.yes, COUNCIL_PRESENT.no, COUNCIL_PRESENT.written], true).setAllowInvalid(true).build();
  sheet.getRange(members.from + 1, 3, members.count, 1).setDataValidation(presence);
  [260, 220, 200, 200, 200].forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  return true;
}

// ---- the progress tab ---------------------------------------------------------------------------------

const WIDTHS = [45, 95, 320, 70, 220, 70, 210, 300, 300, 170, 320];

function recordRow(stt: number, rec: DocRecord | undefined, planned: PlannedDoc | null, status: string, totals: string, key = ''): unknown[] {
  const n: Nominee | null = planned ? planned.nominee : null;
  const tp = planned ? planned.template : rec!.tp;
  const omitted = rec && rec.miss ? omittedSources(rec.miss, rec.kd ?? n?.kind) : [];
  const gaps = !rec && planned && planned.gaps.length ? proposalNote.refused(planned.gaps) : omitted.length ? proposalNote.missing(omitted) : '';
  // What to ask the school about (its achievement summary looks like junk): in the preview and after making alike.
  const notes = notesOnce([gaps, ...(rec?.rp && planned ? [proposalNote.reprinted] : []), ...(planned ? planned.warnings : [])].filter((x) => x !== '')).join(' ');
  if (planned?.needsFix && status !== PROPOSAL_STATUS.refused && status !== PROPOSAL_STATUS.previewRefused) status += PROPOSAL_STATUS.needsFix;
  const isList = !n && (tp === 'toTrinh' || tp === 'danhSach' || tp === 'bienBan' || tp === 'quyetDinh');
  if (isList && planned) {
    const c = planned.group.filter((x) => x.kind === 'collective').length;
    // The Biên bản lists every nominee voted on, those voted down too: not the proposal's total.
    totals = (tp === 'bienBan' ? proposalVotedTotals : proposalTotals)(c, planned.group.length - c);
  }
  return [
    stt,
    n ? n.id : (rec?.rid ?? ''),
    isList ? totals : n ? n.name : (rec?.nm ?? ''),
    n ? PROPOSAL_KIND[n.kind] : rec?.kd ? PROPOSAL_KIND[rec.kd] : '',
    n ? n.schoolName : (rec?.sc ?? ''),
    n ? n.score : (rec?.pt ?? ''),
    planned ? planned.label : recordLabel(key, tp),
    rec ? rec.url : '',
    rec?.pdfUrl ?? '',
    status,
    notes,
  ];
}

function issueLines(issues: Partial<Record<TemplateKey, TemplateIssues>>): string[] {
  const out: string[] = [];
  for (const key of TEMPLATE_KEYS) {
    const i = issues[key];
    if (!i) continue;
    const name = TEMPLATE_NAMES[key];
    if (i.unknown.length) out.push(proposalSummary.unknownPlaceholders(name, i.unknown, KNOWN_PLACEHOLDERS[key]));
    if (i.split.length) out.push(proposalSummary.splitPlaceholders(name, i.split));
    for (const m of i.missingRows ?? []) out.push(m);
  }
  return out;
}

/** The progress tab's rows below its column headings as they stand ([] when there are none). */
function progressRowsNow(ss: Spreadsheet): unknown[][] {
  const sheet = ss.getSheetByName(PROPOSAL_TAB);
  const values = sheet ? readValues(sheet) : [];
  const at = values.findIndex((r) => PROPOSAL_HEADER.every((h, i) => r[i] === h));
  return at < 0 ? [] : values.slice(at + 1);
}

function writeProgress(ss: Spreadsheet, lines: string[], rows: unknown[][]): void {
  withScriptLock(LOCK_WAIT_MS, () => {
    const sheet = ensureSheet(ss, PROPOSAL_TAB).sheet;
    const body: unknown[][] = [...lines.map((l) => [l]), [''], PROPOSAL_HEADER, ...rows];
    // Row 1 is a title and the lines under it run on across the row (never wrapped in the narrow STT column); the column
    // headings and the rows below them wrap: a status, a document's name and the checks to make before signing are
    // read without clicking into each cell (review r70u H1: "Đã tạo — cần sửa nội dung trướ", the notes cut off).
    // STT and Điểm ưu tiên are centred under their headings (a right-aligned number reads as the next column's).
    const head = lines.length + 3;
    const centred = [`A${head}:A${body.length + 1}`, `F${head}:F${body.length + 1}`];
    writeTable(sheet, [PROPOSAL_TAB_TITLE], body, { frozenRows: 1, widths: WIDTHS, titleRow: true, wrap: true, wrapFromRow: head, centred });
    sheet.getRange(lines.length + 3, 1, 1, PROPOSAL_HEADER.length).setFontWeight('bold').setBackground('#e8f0fe');
  });
}

/** The rows of the tab: the planned documents in order, then the ledger's entries no longer planned. */
function progressRows(plan: Plan, ledger: Map<string, DocRecord>, pendingStatus: string): unknown[][] {
  const totals = proposalTotals(plan.selection.collectives, plan.selection.individuals);
  const rows: unknown[][] = [];
  const planned = new Set<string>();
  const againOf = new Map((plan.selection.again ?? []).map((a) => [a.nominee.id, a]));
  plan.docs.forEach((d) => {
    planned.add(d.key);
    const rec = ledger.get(d.key);
    const preview = pendingStatus === PROPOSAL_STATUS.preview;
    const status = rec
      ? preview ? PROPOSAL_STATUS.previewExists : PROPOSAL_STATUS.done
      : d.gaps.length ? (preview ? PROPOSAL_STATUS.previewRefused : PROPOSAL_STATUS.refused) : pendingStatus;
    const row = recordRow(rows.length + 1, rec, d, status, totals);
    // A nominee an earlier round proposed at this level, voted on again at this meeting: said on its report's row.
    const again = d.kind === 'baoCao' && d.nominee ? againOf.get(d.nominee.id) : undefined;
    if (again) row[10] = [row[10], earlierNote(again.was, true, again.replaced)].filter((x) => x !== '').join(' ');
    rows.push(row);
  });
  const proposed = new Set(plan.selection.nominees.map((n) => n.id));
  for (const [key, rec] of ledger) {
    if (planned.has(key)) continue;
    // A report of a nominee still proposed was replaced (what it prints changed); of one no longer proposed, it is not.
    // One made for another meeting than the tab holds now is an earlier round's: kept as it was sent, not "replaced".
    const stale =
      earlierRound(rec, plan)
        ? earlierDocumentStatus(rec.dy ?? '', !!(rec.un || rec.sp))
        : (replacing(key, rec, proposed) ? PROPOSAL_STATUS.superseded : PROPOSAL_STATUS.notNominated) + (rec.un ? PROPOSAL_STATUS.marked : '');
    const row = recordRow(rows.length + 1, rec, null, stale, '', key);
    // Edited by hand after the tool made it: what was typed in it is not in the document replacing it (review r79h F1).
    if (rec.ed !== undefined && !earlierRound(rec, plan)) row[10] = [proposalNote.editedReplaced(timeText(rec.ed)), row[10]].filter((x) => x !== '').join(' ');
    rows.push(row);
  }
  // Nominees the council's vote (or an unknown level) keeps out of the documents: listed, with why.
  for (const f of plan.selection.flagged) {
    const n = f.nominee;
    rows.push([rows.length + 1, n.id, n.name, PROPOSAL_KIND[n.kind], n.schoolName, n.score, '', '', '', PROPOSAL_STATUS_FLAGGED[f.reason], f.note]);
  }
  // Those an earlier round proposed (not proposed again): listed last, with when.
  for (const e of plan.selection.earlier ?? []) {
    const n = e.nominee;
    rows.push([rows.length + 1, n.id, n.name, PROPOSAL_KIND[n.kind], n.schoolName, n.score, '', '', '', PROPOSAL_EARLIER.status, earlierNote(e.was)]);
  }
  return rows;
}

/** The documents of the plan kept though the tool prints them otherwise now (adoptReprinted): a line when any. */
function reprintedLines(plan: Plan, ledger: ReadonlyMap<string, DocRecord>): string[] {
  const n = plan.docs.filter((d) => ledger.get(d.key)?.rp).length;
  return n ? [proposalSummary.reprinted(n)] : [];
}

/** The rows chosen "Đề nghị khen" that are not in the Tờ trình (cannot be, held, left out, proposed before). */
function chosenLeftOut(s: NomineeSelection): number {
  return s.skipped.length + s.held.length + s.flagged.length + (s.earlier?.length ?? 0);
}

function planLines(plan: Plan): string[] {
  const s = plan.selection;
  const out: string[] = [];
  if (plan.reviewMissing) out.push(proposalSummary.reviewMissing);
  // "Choose «Đề nghị khen»" only when no row did: else the lines below say why those chosen are not in (review messages H2).
  else if (s.nominees.length === 0 && chosenLeftOut(s) === 0) out.push(proposalSummary.noNominees);
  const count = (kind: PlannedDoc['kind']) => plan.docs.filter((d) => d.kind === kind).length;
  const counts = { toTrinh: count('toTrinh'), danhSach: count('danhSach'), bienBan: count('bienBan'), quyetDinh: count('quyetDinh'), baoCao: count('baoCao') };
  if (plan.docs.length) out.push(proposalSummary.plan(counts, proposalCounts(s.collectives, s.individuals, ', ')));
  if (s.skipped.length) out.push(proposalSummary.skipped(s.skipped.length));
  if (s.held.length) out.push(proposalSummary.held(s.held.length));
  const refused = plan.docs.filter((d) => d.gaps.length).length;
  if (refused) out.push(proposalSummary.refused(refused));
  if (s.nominees.length && !councilMet(plan.council)) out.push(COUNCIL_SUMMARY.noMeeting(COUNCIL_TAB));
  if (s.flagged.length) {
    const counts = { vote: 0, noVote: 0, badVote: 0, level: 0, excellent: 0, failedYear: 0, ownOffice: 0 };
    for (const f of s.flagged) counts[f.reason]++;
    out.push(COUNCIL_SUMMARY.flagged(counts));
  }
  out.push(...plan.roundNotes);
  if (s.earlier) out.push(PROPOSAL_EARLIER.summary(s.earlier.length));
  if (s.again) out.push(PROPOSAL_EARLIER.againSummary(s.again.length));
  // What the council's tab holds beside its nominees' votes (a vote for someone not proposed, a row not a member).
  out.push(...(s.councilNotes ?? []));
  return out;
}

// ---- making one document ------------------------------------------------------------------------------

interface Ctx {
  ss: Spreadsheet;
  st: RunState;
  plan: Plan;
  ledger: Map<string, DocRecord>;
  templateIds: Partial<Record<TemplateKey, string>>;
  templateFiles: Partial<Record<TemplateKey, GoogleAppsScript.Drive.File>>;
  parent: Folder;
  folder: Folder | null;
  /** The batch's folder was gone (put in the trash mid-batch, review r66b F2): its documents are looked at once done. */
  folderLost?: boolean;
}

/**
 * Writes the batch's state, after `records` (a document made: its record, committed first — a run that dies between
 * the two leaves a pending document whose copy is recorded, so not trashed).
 */
function writeState(ctx: Ctx, records: Record<string, string> = {}): void {
  withLedgerLock(LOCK_WAIT_MS, () => {
    putRecords(ctx.ss, records);
    writeRaw({ [RUN_KEY]: JSON.stringify(ctx.st) });
  });
}

function runFolder(ctx: Ctx): Folder {
  if (ctx.folder) return ctx.folder;
  const existing = liveFolder(ctx.st.folderId, null);
  if (existing) return (ctx.folder = existing);
  if (ctx.st.folderId) ctx.folderLost = true;
  const day = ddMMyyyy(new Date(ctx.st.date));
  const folder = newSubfolder(ctx.parent, (n) => proposalRunFolder(day, n));
  ctx.st.folderId = folder.getId();
  ctx.st.folderDay = day;
  // Recorded at once: a run that dies now leaves no folder the next run would not find.
  writeState(ctx);
  return (ctx.folder = folder);
}

function templateFile(ctx: Ctx, key: TemplateKey): GoogleAppsScript.Drive.File {
  let f = ctx.templateFiles[key];
  if (!f) f = ctx.templateFiles[key] = DriveApp.getFileById(ctx.templateIds[key]!);
  return f;
}

function noteIssues(ctx: Ctx, key: TemplateKey, report: FillReport, missingRows: string[] = []): void {
  ctx.st.issues[key] = {
    unknown: [...report.unknown].sort(),
    split: [...report.split].sort(),
    ...(missingRows.length ? { missingRows } : {}),
  };
}

function fill(ctx: Ctx, d: PlannedDoc, doc: GoogleAppsScript.Document.Document): FillReport {
  const cfg = ctx.plan.config;
  const council = ctx.plan.council;
  const values = documentValues(d, d.date, cfg, council);
  if (d.kind === 'toTrinh' || d.kind === 'baoCao') {
    const r = fillDocument(doc, values);
    noteIssues(ctx, d.template, r);
    return r;
  }
  const body = doc.getBody();
  if (d.kind === 'quyetDinh') {
    moveDecisionNumber(body);
    addDecisionLines(body);
    restoreLastParagraph(body, BODY_SIZE);
  }
  // A list with nobody in it goes, with its heading ("II. CÁ NHÂN (0)" is never printed).
  const counts = countsOf(d.group);
  const empty: Array<'collective' | 'individual'> = d.kind === 'bienBan' ? [] : (['collective', 'individual'] as const).filter((k) => (k === 'collective' ? counts.collectives : counts.individuals) === 0);
  const dropped = dropEmptyLists<RowKind>(body, isRowPlaceholder, empty, LIST_HEADING_PLACEHOLDER);
  const report = fillDocument(doc, values, (n) => isRowPlaceholder(n) !== null);
  // The rows the plan's print was taken of (documentRows), less the lists dropped above.
  const sets = documentRows(d, cfg, council).filter((x) => dropped.indexOf(x.kind) < 0);
  const expanded = expandTableRows<RowKind>(doc.getBody(), isRowPlaceholder, sets);
  mergeReport(report, expanded.report);
  const missingRows = expanded.missingKinds
    .filter((k): k is 'collective' | 'individual' => k === 'collective' || k === 'individual')
    .map((k) => proposalSummary.missingRows(TEMPLATE_NAMES[d.template], PROPOSAL_KIND[k].toLowerCase(), k === 'collective' ? '{{tt_ten}}' : '{{cn_ten}}'));
  noteIssues(ctx, d.template, report, missingRows);
  return report;
}

/**
 * The name of a document's PDF: set by the tool, not left to getAs, which reads what follows a name's last "." as an
 * extension to replace ("Trường TH A. B" → "Trường TH A.pdf"): a PDF left by a run that died is found by the name its
 * intent recorded (cleanPending).
 */
const pdfNameOf = (name: string): string => `${name}.pdf`;

/** The intent of making `name` (and its PDF, when the batch makes them: `pdf`); `only`: its PDF alone. */
function pendingOf(key: string, name: string, pdf: boolean, only = false): Pending {
  return { key, name, ...(pdf ? { pdf: pdfNameOf(name) } : {}), ...(only ? { only: 'pdf' as const } : {}) };
}

function addPdf(ctx: Ctx, rec: DocRecord, file: GoogleAppsScript.Drive.File, name: string): void {
  const pdf = runFolder(ctx).createFile(file.getAs('application/pdf').setName(name));
  rec.pdfId = pdf.getId();
  rec.pdfUrl = pdf.getUrl();
}

function makeDocument(ctx: Ctx, d: PlannedDoc): DocRecord {
  const folder = runFolder(ctx);
  // The PDF too, when the batch makes one: a run that dies once it is saved leaves it to the trash with the copy.
  const pending = pendingOf(d.key, d.name, ctx.st.pdf);
  ctx.st.pending = pending;
  writeState(ctx);
  const template = templateFile(ctx, d.template);
  const file = creatingDocument(() => template.makeCopy(d.name, folder));
  const doc = DocumentApp.openById(file.getId());
  const report = fill(ctx, d, doc);
  doc.saveAndClose();
  const n = d.nominee;
  const rec: DocRecord = { id: file.getId(), url: file.getUrl(), name: d.name, tp: d.template, dy: ddMMyyyy(new Date(ctx.st.date)), mt: ctx.plan.round.meeting, mf: ctx.plan.round.fp, mk: Date.now() };
  if (ctx.st.folderId) rec.fd = ctx.st.folderId;
  if (d.inputs) Object.assign(rec, { in: d.inputs, tv: toolVersion });
  const miss = missingToTell([...report.missing], ctx.plan.config.organisation, n, d.date);
  if (miss.length) rec.miss = miss.sort();
  if (n) Object.assign(rec, { rid: n.id, nm: n.name.slice(0, 200), kd: n.kind, sc: n.schoolName.slice(0, 200), pt: n.score });
  if (pending.pdf) addPdf(ctx, rec, file, pending.pdf);
  ctx.st.pending = null;
  try {
    writeState(ctx, { [ledgerPrefix(ctx.st.gen) + d.key]: JSON.stringify(rec) });
  } catch (err) {
    // Not saved, so not made: the copy is trashed (cleanPending) and made again by a later run — unless its record was
    // saved and only the state after it failed (the caller looks: work).
    ctx.st.pending = pending;
    throw err;
  }
  // Trusted only once saved. A step that failed before has now gone through: its count of failures ends.
  ctx.ledger.set(d.key, rec);
  ctx.st.fault = null;
  return rec;
}

/**
 * A PDF for a document made earlier without one (a later run asked for PDFs), or whose PDF the office put in the trash
 * (forgetTrashed). Its intent recorded first, as a document's (review r82x F1): a run that dies once the PDF is saved,
 * before its record, leaves it to the trash (cleanPending), not beside the one made again.
 */
function addMissingPdf(ctx: Ctx, d: PlannedDoc, rec: DocRecord): void {
  runFolder(ctx);
  const pending = pendingOf(d.key, rec.name, true, true);
  ctx.st.pending = pending;
  writeState(ctx);
  const withPdf = { ...rec };
  addPdf(ctx, withPdf, DriveApp.getFileById(rec.id), pending.pdf!);
  ctx.st.pending = null;
  try {
    writeState(ctx, { [ledgerPrefix(ctx.st.gen) + d.key]: JSON.stringify(withPdf) });
  } catch (err) {
    ctx.st.pending = pending;
    throw err;
  }
  ctx.ledger.set(d.key, withPdf);
  ctx.st.fault = null;
}

/** Whether `rec` (as saved) records all that `p` was about to make. */
const recordsPending = (p: Pending, rec: DocRecord | undefined): rec is DocRecord => !!rec && (!p.pdf || !!rec.pdfId);

/**
 * A copy left half-filled by an execution that died, and the PDF it may have saved of it: to the trash (they are made
 * again). Found by the names its intent recorded, in the batch's folder, unless the ledger records them.
 */
function cleanPending(st: RunState, ledger: Map<string, DocRecord>): void {
  const p = st.pending;
  if (!p) return;
  const folder = liveFolder(st.folderId, null);
  if (folder) {
    const recorded = new Set<string>();
    for (const r of ledger.values()) {
      recorded.add(r.id);
      if (r.pdfId) recorded.add(r.pdfId);
    }
    const keep = (id: string) => recorded.has(id);
    if (!p.only) trashUnrecorded(folder, p.name, keep);
    if (p.pdf) trashUnrecorded(folder, p.pdf, keep);
  }
  st.pending = null;
}

// ---- the run ------------------------------------------------------------------------------------------

type Mode = 'fresh' | 'continue' | 'again';

interface Outcome {
  made: number;
  done: number;
  total: number;
  status: Status;
  folderUrl: string;
  /** Every document made, but the tabs changed meanwhile (replanned): a continuation makes what they say now. */
  changed?: true;
  /** Every document made, but the plan as the tabs say now cannot be trusted (its blockers): the batch stops there. */
  blockers?: string[];
  /** The names of the documents this batch replaced that had been edited after the tool made them (review r79h F1). */
  edited?: string[];
}

/**
 * Throws STORE_FULL_STOP, with the batch's continuation removed, when the store of properties is within
 * STORE_FULL_MARGIN of its limit: a batch could record nothing, and its safety net would copy a template again every 7
 * minutes for ever (review "growth" #2). Known by the store's size as this execution read it (no call of its own),
 * never by an error's wording.
 */
function stopIfStoreFull(adding = 0): void {
  const bytes = storeBytes();
  if (bytes + adding < PROPERTY_STORE_BYTES - STORE_FULL_MARGIN) return;
  rescheduleContinuation(null);
  throw new ToolStop(STORE_FULL_STOP(Math.round(bytes / 1024)));
}

/**
 * Throws RECORDS_LOST, with the batch's continuation removed, when the tab of records holds fewer rows than were
 * written to it (src/gas/records.ts, as read under the lock by the claim): documents it no longer lists would be made
 * a second time.
 */
function stopIfRecordsLost(lost: RecordsLoss | null): void {
  if (!lost) return;
  rescheduleContinuation(null);
  throw new ToolStop(RECORDS_LOST.log(lost));
}

/**
 * A run of the batch stopped by another job holding the lock (review "twohands" #7): at the claim, nothing was claimed
 * (a click is told to click again; a continuation's safety net goes on); past it, the state stays as last saved (this
 * run's lease ends by itself) and the safety net set at the claim goes on with the batch, nothing made made again. Not a
 * failure; the person who clicked is told `said`.
 */
function lockBusyStop(mode: Mode, said: string): { result: undefined; detail: string; ok: false } {
  if (mode !== 'continue') tellUser(said);
  return { result: undefined, detail: said, ok: false };
}

/** What a run stopped by another job's lock says of when the batch goes on (its safety net). */
const retryAt = (): string => HEALTH_RETRY(timeText(Date.now() + SAFETY_NET_MS));

/** Chosen by an account that does not hold the tool's triggers: told so (what to do), nothing done; else null. */
function otherAccountSaid(): { result: undefined; detail: string; ok: false } | null {
  if (ownerHere() !== false) return null;
  const said = OTHER_ACCOUNT.menu(triggerSetText());
  tellUser(said);
  return { result: undefined, detail: said, ok: false };
}

/** The claim's result, or null when another job held the lock longer than the claim waits (LockBusy). */
function claimOrBusy<T>(claim: () => T): T | null {
  try {
    return claim();
  } catch (err) {
    if (isLockBusy(err)) return null;
    throw err;
  }
}

function runProposals(job: string, mode: Mode, pdf: boolean): void {
  runJob(job, ({ ss, deadline }) => {
    // The documents are made from the templates of the account holding the tool's triggers, in its Drive: chosen by
    // another account, nothing is made nor scheduled in that account's name (review handover H3).
    if (mode !== 'continue') {
      const elsewhere = otherAccountSaid();
      if (elsewhere) return elsewhere;
    }
    const now = Date.now();
    // A store of properties (nearly) full: nothing made could be recorded. No batch starts or goes on (nor with records
    // that lost rows: the claim, below).
    stopIfStoreFull();
    const token = Utilities.getUuid();
    // 0. What the council decided, as the tool can read it now: when that cannot be trusted (proposalBlockers), nothing
    // is made, replaced or marked — the batch is not even claimed — and the person is told what to put right.
    const prepared = mode === 'continue' ? null : readPlan(ss, new Date(now));
    if (prepared && prepared.blockers.length) return blocked(ss, job, prepared.blockers, true);
    // A template without the row of a list it fills: nothing made (the list would print empty and be taken as made).
    const rowsMissing = prepared ? templateRowsMissing(prepared) : [];
    if (rowsMissing.length) return blocked(ss, job, rowsMissing, true);
    // A batch whose round the store could not record when done is not started (review "limits" #1).
    const full = prepared && roundWontFit(prepared);
    if (full) {
      rescheduleContinuation(null);
      throw new ToolStop(STORE_FULL_ROUND.before(full.kb, full.nominees));
    }
    // 1. Claim the batch (lease) under the lock, or leave it to the execution that holds it. A continuation sets its
    // safety net first: its claim throws when another job holds the lock longer than it waits (a rebuild sending mail),
    // and its own trigger has fired — the next one resumes the batch (review "limits" #3).
    if (mode === 'continue') rescheduleContinuation(SAFETY_NET_MS);
    // Another job holding the lock longer than the claim waits is no failure (review "twohands" #7): a continuation's
    // safety net goes on with the batch; the person who clicked is told to click again in a few minutes (a click taken
    // up later by itself could start a second new batch, the person having clicked again meanwhile).
    const claim = claimOrBusy(() => withLedgerLock(LOCK_WAIT_MS, () => {
      const st = readRun();
      if (st.owner && st.leaseUntil > now) return { st, busy: true, idle: false };
      const active = st.status === 'running' || st.status === 'waitingQuota';
      if (mode === 'continue' && !active) return { st, busy: false, idle: true };
      const ledger = readLedger(ss, st.gen);
      // Records that lost rows: nothing is claimed, cleaned or made.
      const lost = recordsLost(ss);
      if (lost) return { st, busy: false, idle: false, lost };
      cleanPending(st, ledger);
      if (mode === 'again') {
        st.gen += 1;
        st.folderId = null;
        st.date = now;
        st.made = 0;
        st.issues = {};
        st.pdf = pdf || st.pdf;
      } else if (mode === 'fresh' && (!resumable(st, ledger) || meetingAfterDocuments(prepared!.council, new Date(st.date)) !== null)) {
        // A batch stopped before a later meeting (its day after the batch's) is not resumed: its date would put the Tờ
        // trình before the meeting it cites. A new batch, dated today (review r66b F4).
        st.date = now;
        st.made = 0;
        if (st.folderDay !== ddMMyyyy(new Date(now))) st.folderId = null;
        st.pdf = pdf;
      } else if (mode === 'fresh') {
        st.pdf = pdf || st.pdf;
      }
      // The office asked again after a stop (or for a new batch): a new round of attempts.
      if (mode === 'again' || st.status !== 'running') st.fault = null;
      if (st.status !== 'waitingQuota') st.quota = null;
      st.status = 'running';
      if (mode !== 'continue') st.by = { job, at: now };
      st.owner = token;
      st.leaseUntil = now + LEASE_MS;
      writeRaw({ [RUN_KEY]: JSON.stringify(st) });
      return { st, busy: false, idle: false };
    }));
    if (claim === null) return lockBusyStop(mode, mode === 'continue' ? retryAt() : PROPOSAL_ALERT.lockBusy);
    stopIfRecordsLost(claim.lost ?? null);
    if (claim.busy) {
      tellUser(PROPOSAL_ALERT.busy);
      return { result: undefined, detail: PROPOSAL_ALERT.busy };
    }
    if (claim.idle) {
      rescheduleContinuation(null);
      return { result: undefined, detail: proposalSummary.done(0) };
    }
    const st = claim.st;
    // 2. Triggers: this run owns the batch now; a safety net resumes it if this execution dies (a continuation's is set).
    if (mode !== 'continue') rescheduleContinuation(SAFETY_NET_MS);

    let outcome: ReturnType<typeof work>;
    try {
      outcome = work(ss, st, deadline, prepared);
    } catch (err) {
      // Another job held the lock at a write outside a document's (the round's records, the records taken over): as at
      // the lease's release below, the safety net goes on with the batch.
      if (isLockBusy(err)) return lockBusyStop(mode, retryAt());
      // Rows of the tab of records found gone at a write outside a document's (the documents of an earlier day taken
      // over, the ones replaced marked): the lease is let go, so the next click is told the loss, not "busy".
      const lost = recordsLost(ss);
      if (!lost) throw err;
      st.owner = null;
      st.leaseUntil = 0;
      try {
        withLedgerLock(LOCK_WAIT_MS, () => writeRaw({ [RUN_KEY]: JSON.stringify(st) }));
      } catch {
        // the lease ends by itself
      }
      stopIfRecordsLost(lost);
      throw err;
    }

    // 3. Release the lease, schedule what comes next, show the progress.
    st.owner = null;
    st.leaseUntil = 0;
    try {
      withLedgerLock(LOCK_WAIT_MS, () => writeRaw({ [RUN_KEY]: JSON.stringify(st) }));
    } catch (err) {
      // Another job held the lock: the state stays as the claim wrote it (this run's lease, which ends by itself), and
      // the safety net set at the claim goes on with the batch; nothing made is made again (review "twohands" #7).
      if (isLockBusy(err)) return lockBusyStop(mode, PROPOSAL_ALERT.lockBusyAfter(outcome.done, outcome.total));
      // The write threw: a full store stops the batch as above; any other failure is the run's.
      stopIfStoreFull();
      throw err;
    }
    // Rows of the tab of records found gone while this run worked (at a record's write): stopped as at the claim.
    stopIfRecordsLost(recordsLost(ss));
    if (outcome.blocked) {
      rescheduleContinuation(null);
      const blockers = outcome.blockers ?? outcome.plan.blockers;
      // The tab says why the batch stopped, not that it goes on (review diff26 #5); the documents it made at its end are
      // listed as made, a continuation's rows are left as they were.
      writeProgress(ss, [proposalBlockedText(blockers)], outcome.blockers ? progressRows(outcome.plan, outcome.ledger, PROPOSAL_STATUS.waiting) : progressRowsNow(ss));
      if (mode === 'continue') endedForMenu(st, false, proposalBlockedText(blockers));
      return blocked(ss, job, blockers, mode !== 'continue');
    }
    const next =
      st.status === 'running'
        ? CONTINUE_AFTER_MS
        : st.status === 'waitingQuota'
          ? st.quota
            ? Math.max(CONTINUE_AFTER_MS, st.quota.freesAt + QUOTA_RESET_MARGIN_MS - Date.now())
            : QUOTA_RETRY_MS
          : null;
    const triggerError = rescheduleContinuation(next);
    if (triggerError) st.message = (st.message ? st.message + ' ' : '') + triggerError;
    const plan = outcome.plan;
    const head = plan.selection.nominees.length === 0 && st.status === 'done' ? proposalSummary.noneProposed : headLine(st, outcome);
    // The documents it replaced that had been edited by hand, under the batch's line: a batch finished by a continuation
    // shows no alert, and the alert of its start sent the clerk to this tab (fix f80a F1); its line in "Tình trạng" too.
    const edited = outcome.edited ?? [];
    const lines = [head, ...(edited.length ? [proposalSummary.edited(edited)] : []), ...planLines(plan), ...reprintedLines(plan, outcome.ledger), ...(st.pdf ? [proposalSummary.pdf] : []), ...issueLines(st.issues)];
    if (triggerError) lines.push(triggerError);
    // A batch done: its kept documents' rows as they read now (review r79h F5; those this execution made, as printed).
    writeProgress(ss, lines, progressRows(st.status === 'done' ? keptAsWritten(plan, outcome.ledger, now) : plan, outcome.ledger, PROPOSAL_STATUS.waiting));
    if (mode !== 'continue') {
      // No one in the Tờ trình: nothing made, whatever the batch's state says (review messages H1).
      const leftOut = chosenLeftOut(plan.selection);
      // Documents the batch cannot make for want of information (a signer not named…), told with whatever the alert says,
      // and the menu item that makes them once it is given: the one of the batch (with PDF or not).
      const refused = lackingInformation(plan, outcome.ledger);
      // The documents it replaced that had been edited by hand, told with it (review r79h F1).
      const tell = (alert: string) => tellUser(PROPOSAL_ALERT.withEdited(PROPOSAL_ALERT.withRefused(alert, refused, st.pdf ? PROPOSAL_MENU.generatePdf : PROPOSAL_MENU.generate), edited, false));
      if (plan.selection.nominees.length === 0) tellUser(leftOut ? PROPOSAL_ALERT.noneLeft(leftOut) : PROPOSAL_ALERT.noNominees);
      else if (st.status === 'done') tell(madeByBatch(st, outcome) > 0 ? doneAlert(st, outcome) : refused ? PROPOSAL_ALERT.nothingMade : PROPOSAL_ALERT.nothingNew);
      else if (st.status === 'waitingQuota') tell(PROPOSAL_ALERT.quota(timeText(st.quota ? st.quota.freesAt : Date.now() + QUOTA_RETRY_MS)));
      else if (st.status === 'running') tell(st.fault ? PROPOSAL_ALERT.retrying(outcome.done, outcome.total) : outcome.changed ? proposalSummary.changed(outcome.done) : PROPOSAL_ALERT.started(outcome.done, outcome.total));
    }
    // The batch ended by a continuation (stopped or done): the line of the menu item that started it no longer says it
    // goes on by itself.
    // A stop after repeated failures is said in "Tình trạng" in shorter words, what to do first (review d81c F4).
    const line = stopLine(st, outcome) ?? head;
    if (mode === 'continue' && (st.status === 'failed' || st.status === 'done')) endedForMenu(st, st.status === 'done', line);
    // A stop after repeated failures fails the execution (recorded in "Tình trạng" and "Nhật ký lỗi"), saying what to do.
    if (outcome.error) throw new ToolStop(head, line);
    return { result: undefined, detail: edited.length ? `${proposalSummary.editedHealth(edited.length)} ${line}` : line };
  });
}

/**
 * A continuation ended the batch (`ok`: done; else stopped) with `head`: the line in "Tình trạng" of the menu item that
 * started it, which said the tool goes on by itself, says how it ended (written with the continuation's own record).
 */
function endedForMenu(st: RunState, ok: boolean, head: string): void {
  if (!st.by) return;
  try {
    amendRunSoon(st.by.job, st.by.at, ok, `${head} ${proposalSummary.endedLater(timeText(Date.now()))}`);
  } catch {
    // Housekeeping: the continuation's own line says how the batch ended.
  }
}

/**
 * The alert of a batch done: the documents of the current set and the folder that holds them — or, when documents kept
 * from an earlier batch lie in another folder (review r79h F2: "7 văn bản … trong thư mục" that held 1), each folder with
 * how many it holds. A record of a version before folders were recorded is taken to be in its day's folder (one look in
 * Drive a day; none for the batch's day); each other folder costs two calls.
 */
function doneAlert(st: RunState, outcome: Outcome & { plan: Plan; ledger: Map<string, DocRecord> }): string {
  const byFolder = new Map<string, { n: number; days: Set<string> }>();
  const dayFolder = new Map<string, string>();
  if (st.folderId && st.folderDay) dayFolder.set(st.folderDay, st.folderId);
  let unknown = 0;
  for (const d of outcome.plan.docs) {
    const rec = outcome.ledger.get(d.key);
    if (!rec) continue;
    let fd = rec.fd;
    if (fd === undefined && rec.dy !== undefined) {
      if (!dayFolder.has(rec.dy)) {
        let found = '';
        try {
          const parents = DriveApp.getFileById(rec.id).getParents();
          if (parents.hasNext()) found = parents.next().getId();
        } catch {
          // Not known now: counted, not linked.
        }
        dayFolder.set(rec.dy, found);
      }
      fd = dayFolder.get(rec.dy) || undefined;
    }
    if (!fd) {
      unknown++;
      continue;
    }
    const f = byFolder.get(fd) ?? byFolder.set(fd, { n: 0, days: new Set() }).get(fd)!;
    f.n++;
    if (rec.dy) f.days.add(rec.dy);
  }
  const others = [...byFolder.keys()].filter((id) => id !== st.folderId);
  if (!others.length && !unknown) return PROPOSAL_ALERT.done(outcome.total, outcome.folderUrl);
  const folders: Array<{ url: string; n: number; days: string[]; batch: boolean }> = [];
  const days = (id: string) => [...byFolder.get(id)!.days].sort(byDay).map((x) => x.replace(/-/g, '/'));
  if (st.folderId && byFolder.has(st.folderId)) folders.push({ url: outcome.folderUrl, n: byFolder.get(st.folderId)!.n, days: days(st.folderId), batch: true });
  for (const id of others.sort((a, b) => byDay([...byFolder.get(a)!.days].sort(byDay)[0] ?? '', [...byFolder.get(b)!.days].sort(byDay)[0] ?? ''))) {
    let url = '';
    try {
      url = DriveApp.getFolderById(id).getUrl();
    } catch {
      // Not known now: its documents counted with those not linked.
    }
    if (url) folders.push({ url, n: byFolder.get(id)!.n, days: days(id), batch: false });
    else unknown += byFolder.get(id)!.n;
  }
  return PROPOSAL_ALERT.doneIn(outcome.total, folders, unknown);
}

/** "08:15 ngày 02/07/2024" (the script's time zone). */
function timeText(ms: number): string {
  const d = new Date(ms);
  return quotaTime(formatTime(d), formatDate(d));
}

/**
 * Drops the records of the plan's documents that are in the trash now (put there by hand, or with their folder: review
 * r66b F2 — listed "Đã tạo" with a link into the trash, and never made again) or deleted forever (review d82b F3; told
 * from Drive not answering by liveFile, never by an error's wording): the batch makes them again. A PDF goes
 * with its document (review r82x F3: the old one was left live beside the new one of the same name): put in the trash
 * before the record is dropped. A PDF in the trash (or gone) whose document is not is taken off its record (review
 * r82x F2: "Bản PDF" linked the trash): a batch with PDFs makes it again. One search of each folder the records were
 * made in tells which are there and not in the trash (liveFilesIn: a request, and a step of its iterator a file); a
 * document or PDF not listed there costs two calls (liveFile); one that cannot be looked at now is left as it is, for a
 * later click. Looks from the plan's document `from` on, and starts no look-up after `deadline` (a large office:
 * hundreds of records). Returns how many records it dropped or took a PDF off, and where it stopped (null: at the end).
 */
function forgetTrashed(ss: Spreadsheet, gen: number, plan: Plan, ledger: Map<string, DocRecord>, from = 0, deadline = Infinity): { changed: number; next: number | null } {
  const gone: string[] = [];
  const withoutPdf = new Map<string, DocRecord>();
  let next: number | null = null;
  // First, one search a folder the records say they were made in (two files or more to look at there): each file listed
  // there, not in the trash, needs no lookup of its own (a click with nothing new: 302 documents with their PDFs, 1,208
  // calls and 91 s of lookups before). One not listed (moved, renamed with its folder, Drive failing, the deadline) is
  // looked up by its id as before, and only that lookup says "gone".
  const inFolder = new Map<string, number>();
  for (let i = from; i < plan.docs.length; i++) {
    const rec = ledger.get(plan.docs[i].key);
    if (rec?.fd) inFolder.set(rec.fd, (inFolder.get(rec.fd) ?? 0) + (rec.pdfId ? 2 : 1));
  }
  const listed = liveFilesIn([...inFolder].filter(([, n]) => n >= 2).map(([fd]) => fd), deadline);
  const live = (id: string, name: string): boolean => listed.has(id) || liveFile(id, name) !== null;
  for (let i = from; i < plan.docs.length; i++) {
    const d = plan.docs[i];
    const rec = ledger.get(d.key);
    if (!rec) continue;
    if (Date.now() >= deadline) {
      next = i;
      break;
    }
    try {
      // In the trash, or deleted forever (review d82b F3: the throw of a file no longer there was read as "cannot tell
      // now", so its record stayed for ever): liveFile tells gone from "Drive cannot answer now", which throws.
      if (!live(rec.id, rec.name)) {
        const pdf = rec.pdfId ? liveFile(rec.pdfId, pdfNameOf(rec.name)) : null;
        if (pdf) pdf.setTrashed(true);
        gone.push(d.key);
      } else if (rec.pdfId && !live(rec.pdfId, pdfNameOf(rec.name))) {
        const out: DocRecord = { ...rec };
        delete out.pdfId;
        delete out.pdfUrl;
        withoutPdf.set(d.key, out);
      }
    } catch {
      // Not known now: judged by a later click.
    }
  }
  if (!gone.length && !withoutPdf.size) return { changed: 0, next };
  const writes: Record<string, string> = {};
  for (const [k, rec] of withoutPdf) writes[ledgerPrefix(gen) + k] = JSON.stringify(rec);
  withLedgerLock(LOCK_WAIT_MS, () => {
    if (withoutPdf.size) putRecords(ss, writes);
    if (gone.length) dropRecords(ss, gone.map((k) => ledgerPrefix(gen) + k));
  });
  for (const [k, rec] of withoutPdf) ledger.set(k, rec);
  for (const k of gone) ledger.delete(k);
  return { changed: gone.length + withoutPdf.size, next };
}

/** A batch the ordinary menu item goes on with (its date and folder kept): under way, or stopped with documents made. */
function resumable(st: RunState, ledger: Map<string, DocRecord>): boolean {
  return st.status === 'running' || st.status === 'waitingQuota' || (st.status === 'failed' && ledger.size > 0);
}

/** The documents the batch made, this execution's included (a state of an older version counts only this one's). */
const madeByBatch = (st: RunState, outcome: Outcome): number => Math.max(st.made ?? 0, outcome.made);

/** The line in "Tình trạng" of a batch stopped after repeated failures (proposalSummary.stopLine); null for any other state. */
function stopLine(st: RunState, outcome: Outcome): string | null {
  const f = st.fault;
  if (st.status !== 'failed' || !f) return null;
  return proposalSummary.stopLine(outcome.done, outcome.total, f.what, f.error, f.n, f.made !== undefined);
}

/** The first line of the progress tab: where the batch stands and what comes next. */
function headLine(st: RunState, outcome: Outcome): string {
  const { done, total } = outcome;
  const f = st.fault;
  switch (st.status) {
    case 'done':
      return madeByBatch(st, outcome) === 0 ? proposalSummary.nothingNew(total) : proposalSummary.done(total);
    case 'waitingQuota':
      return st.quota
        ? proposalSummary.quota(done, total, st.quota.made, timeText(st.quota.since), timeText(st.quota.freesAt))
        : proposalSummary.quota(done, total, 0, '', timeText(Date.now() + QUOTA_RETRY_MS));
    case 'failed':
      if (!f) return proposalSummary.failed(st.message);
      return f.made !== undefined
        ? proposalSummary.refusedUnderQuota(done, total, f.what, f.error, f.n, f.made)
        : proposalSummary.gaveUp(done, total, f.what, f.error, f.n, f.template ?? '');
    default:
      return f ? proposalSummary.retrying(done, total, f.what, f.error, f.n, MAX_ATTEMPTS) : outcome.changed ? proposalSummary.changed(done) : proposalSummary.running(done, total);
  }
}

/**
 * A step of the batch failed (`key`, `what`; `template`: the document's). Sets what comes next: the quota's end
 * (a refusal near the quota), a retry a minute later, or — after MAX_ATTEMPTS failures in a row at that step — a
 * stop until the office asks again. Returns true for the stop.
 */
function settleFailure(st: RunState, key: string, what: string, err: unknown, template = ''): boolean {
  if (isCreateRefused(err) && err.quota) {
    const j = err.judgement;
    st.status = 'waitingQuota';
    st.quota = j.since !== null && j.freesAt !== null ? { made: j.made, since: j.since, freesAt: j.freesAt } : null;
    st.fault = null;
    return false;
  }
  const n = st.fault && st.fault.key === key ? st.fault.n + 1 : 1;
  st.fault = { key, n, what, error: errorMessage(err).slice(0, 500), ...(template ? { template } : {}), ...(isCreateRefused(err) ? { made: err.judgement.made } : {}) };
  st.status = n >= MAX_ATTEMPTS ? 'failed' : 'running';
  st.message = '';
  return st.status === 'failed';
}

/**
 * A run that makes nothing because the council's record cannot be trusted: the person is told (a menu click), the
 * reasons go to "Nhật ký lỗi" and the run's line in "Tình trạng" counts them; the progress tab is left as it was.
 */
function blocked(ss: Spreadsheet, job: string, blockers: readonly string[], tell: boolean): { result: undefined; detail: string; problems: number } {
  const text = proposalBlockedText(blockers);
  logError(ss, job, text);
  if (tell) tellUser(text);
  return { result: undefined, detail: PROPOSAL_BLOCKED.head, problems: blockers.length };
}

/** Makes the missing documents of the batch until done, out of time, or out of quota. Sets st.status. */
function work(ss: Spreadsheet, st: RunState, deadline: number, prepared: Plan | null = null): Outcome & { plan: Plan; ledger: Map<string, DocRecord>; error?: unknown; blocked?: true } {
  // The plan read before the batch was claimed (its documents dated as the batch is), else read now.
  const plan = prepared ? { ...prepared, docs: planDocuments(prepared.selection, new Date(st.date), prepared.config, prepared.council, { before: prepared.before, round: prepared.round }), round: { ...prepared.round, today: ddMMyyyy(new Date(st.date)) } } : readPlan(ss, new Date(st.date));
  const adopted: Array<[string, string]> = [];
  const ledger = adoptLegacy(plan.docs, readLedger(ss, st.gen), adopted);
  roundKeys(plan, ledger);
  adoptReprinted(plan, ledger, adopted);
  // Documents refused for what they lack are not counted as to be made (the tab lists them, with what is missing).
  const total = plan.docs.filter((d) => !d.gaps.length || ledger.has(d.key)).length;
  const result: Outcome & { plan: Plan; ledger: Map<string, DocRecord> } = { plan, ledger, made: 0, done: 0, total, status: st.status, folderUrl: '' };
  // A continuation finding the council's record untrustworthy (its tab gone, decisions lost) makes nothing and leaves
  // the batch as it is, for the office's next click once put right.
  if (plan.blockers.length) return { ...result, blocked: true };
  // Who these documents leave out though proposed (the vote, an unknown level): "Tổng hợp" says how many (the rebuild
  // reads it with the run's state, no call of its own). Written only when it changes; a preview does not write it.
  const leftOut = leftOutValue(plan.selection.flagged.map((f) => f.nominee.id));
  const leftOutChanged = leftOut !== (getState('proposalLeftOut') ?? '[]');
  if (leftOutChanged) setState({ proposalLeftOut: leftOut });
  // "Tổng hợp" says it at once, not from the next rebuild (review r80n F2): its council line alone.
  if (leftOutChanged && plan.progress) refreshCouncilLine(ss, plan.progress, new Date());
  if (plan.selection.nominees.length === 0) {
    st.status = 'done';
    return result;
  }
  saveAdopted(ss, st.gen, ledger, adopted);
  // A click looks at the documents it would leave as made: one put in the trash since is made again (review r66b F2).
  // Out of time (a large office), it stops there and its continuations look at the rest (review d82b): the batch
  // stays "running" (past the deadline, below), so none is left unlooked at by a batch said done.
  if (prepared || st.checkFrom !== undefined) {
    const look = forgetTrashed(ss, st.gen, plan, ledger, prepared ? 0 : st.checkFrom, deadline);
    if (look.next === null) delete st.checkFrom;
    else st.checkFrom = look.next;
  }
  let templates: ReturnType<typeof ensureTemplates>;
  try {
    // A template made again is noted in "Nhật ký lỗi": a write to the spreadsheet, flushed before the lock goes.
    templates = withLedgerLock(LOCK_WAIT_MS, () => ensureTemplates(ss, plan.config, 'generateProposals'), true);
  } catch (err) {
    // Drive could not say whether the templates are there (transient): nothing is made or replaced; the tab says
    // why, the lease is released, and a continuation tries again (a few times, then the office is told).
    const stop = settleFailure(st, '#templates', PROPOSAL_STEP.templates, err);
    result.done = plan.docs.filter((d) => ledger.has(d.key)).length;
    result.status = st.status;
    return { ...result, error: stop ? err : undefined };
  }
  const ctx: Ctx = {
    ss,
    st,
    plan,
    ledger,
    templateIds: templates.ids,
    templateFiles: {},
    parent: templates.folder,
    folder: null,
  };
  let error: unknown;
  let stopped = false;
  for (const d of plan.docs) {
    const rec = ledger.get(d.key);
    if (rec && (!st.pdf || rec.pdfId)) continue;
    // Refused: it lacks what it cannot be printed without (listed in the tab); made by a later run once supplied.
    if (!rec && d.gaps.length) continue;
    if (!templates.ids[d.template]) {
      // Its template could not be made (a refused creation, judged like a document's).
      const name = TEMPLATE_NAMES[d.template];
      const cause = templates.refused ?? new Error(name);
      if (settleFailure(st, `#template:${d.template}`, PROPOSAL_STEP.template(name), cause)) error = cause;
      stopped = true;
      break;
    }
    if (Date.now() >= deadline) {
      stopped = true;
      break;
    }
    try {
      if (rec) {
        addMissingPdf(ctx, d, rec);
        // Made (again), as a document is: the alert says so, not "nothing new" (review r82x F2).
        result.made++;
        st.made = (st.made ?? 0) + 1;
      } else {
        makeDocument(ctx, d);
        result.made++;
        st.made = (st.made ?? 0) + 1;
      }
    } catch (err) {
      stopped = true;
      // Whatever was half made is trashed now (or by the next run, from the pending entry) — unless its record went into
      // the tab of records before the failure (the batch's state, written after it, failed): then it is made.
      try {
        const p = st.pending;
        const committed = p ? readLedger(ss, st.gen).get(p.key) : undefined;
        if (p && recordsPending(p, committed)) {
          ledger.set(p.key, committed);
          st.pending = null;
        } else cleanPending(st, ledger);
      } catch {
        // The next execution cleans it, by the records as they are then.
      }
      // Another job held the lock at the document's record (a rebuild sending mail): no fault of the document's, not
      // counted towards the stop; a continuation goes on a minute later (review diff26 #1).
      if (isLockBusy(err)) st.status = 'running';
      else if (settleFailure(st, d.key, PROPOSAL_STEP.document(d.name), err, TEMPLATE_NAMES[d.template])) error = err;
      break;
    }
  }
  // Every document made: done only if the tabs still say what they said when this execution planned them — a decision
  // the council changed, an answer a school edited meanwhile would otherwise be in documents said "Đã tạo xong"
  // (review "twohands" #1). A plan that changed goes on: a continuation a minute later makes it as it is then.
  // Past the deadline (a large office's last execution), the next one reads the plan and finishes (review diff25 #5).
  if (!stopped && Date.now() >= deadline) {
    stopped = true;
    st.status = 'running';
  } else if (!stopped) {
    const now = readPlan(ss, new Date(st.date));
    // The council's record cannot be trusted now (proposalBlockers): stopped as a continuation would be, saying why.
    if (now.blockers.length) {
      result.done = plan.docs.filter((d) => ledger.has(d.key)).length;
      return { ...result, blocked: true, blockers: now.blockers };
    }
    roundKeys(now, ledger);
    if (docKeys(now, ledger) !== docKeys(plan, ledger)) {
      stopped = true;
      st.status = 'running';
      result.changed = true;
    } else if (ctx.folderLost && forgetTrashed(ss, st.gen, plan, ledger).changed > 0) {
      // The batch's folder went to the trash mid-batch, with the documents made before: a continuation makes them
      // again in the new folder.
      stopped = true;
      st.status = 'running';
    }
  }
  if (!stopped) {
    st.fault = null;
    // Every document made; the round recorded, unless the store filled meanwhile (review "limits" #1): then the batch
    // stops, saying so, instead of failing at its last write (diff24 #2).
    const full = roundWontFit(plan);
    if (full === null) {
      st.status = 'done';
      // With it, under the same lock: who the batch proposed and who it left out, why, in the history (the meeting's tab
      // is typed over at the next round).
      const lines = batchLines(plan.selection, toTrinhDays(plan, ledger, st), new Date(), plan.council);
      saveRound(plan, () => appendHistoryOnce(ss, lines), () => historyLinesUnsaid(ss, lines).length > 0);
    } else {
      st.status = 'failed';
      st.message = STORE_FULL_ROUND.after(full.kb);
      error = new Error(st.message);
    }
    // Every current document made: those no longer current are marked so in Drive.
    const edited = markUnused(ss, st, plan, ledger, deadline);
    if (edited.length) result.edited = edited;
  } else if (st.status !== 'waitingQuota' && st.status !== 'failed') st.status = 'running';
  result.done = plan.docs.filter((d) => ledger.has(d.key)).length;
  result.status = st.status;
  const folder = ctx.folder ?? liveFolder(st.folderId, null);
  result.folderUrl = folder ? folder.getUrl() : '';
  return { ...result, error };
}

/** The documents a plan makes (or has made), by their keys: two plans that make the same ones give the same text. */
function docKeys(plan: Plan, ledger: ReadonlyMap<string, DocRecord>): string {
  return plan.docs.filter((d) => !d.gaps.length || ledger.has(d.key)).map((d) => d.key).sort().join('\n');
}

// ---- entry points -----------------------------------------------------------------------------------

/** Menu "Tạo văn bản đề nghị khen thưởng": makes what is missing (resumes a batch under way). */
export function generateProposals(): void {
  runProposals('generateProposals', 'fresh', false);
}

/** Menu "… (kèm bản PDF)": the same, with a PDF of every document beside it. */
export function generateProposalsWithPdf(): void {
  runProposals('generateProposalsWithPdf', 'fresh', true);
}

/** Menu "Tạo lại toàn bộ …": a new generation — every document made again, in a new dated folder. */
export function regenerateProposals(): void {
  runProposals('regenerateProposals', 'again', false);
}

/** Time-driven continuation (one at a time): goes on with the batch under way. */
export function continueProposals(): void {
  runProposals('continueProposals', 'continue', false);
}

/**
 * The templates that no longer have the table row of a list the plan's documents fill (review r66b F3: the row deleted
 * as "junk" gave a Danh sách or a Biên bản with an empty table, taken as made): what the office is told, one line per
 * template (none: every needed row is there). Each template the plan fills a list of is read once (its body's text);
 * one that cannot be read now is left to the batch, which reports it.
 */
function templateRowsMissing(plan: Plan): string[] {
  const needed = new Map<TemplateKey, Set<RowKind>>();
  for (const d of plan.docs) {
    if (d.gaps.length) continue;
    for (const set of documentRows(d, plan.config, plan.council)) {
      if (!set.rows.length) continue;
      const kinds = needed.get(d.template) ?? new Set<RowKind>();
      needed.set(d.template, kinds.add(set.kind));
    }
  }
  if (!needed.size) return [];
  const ids = storedTemplates();
  const out: string[] = [];
  for (const [key, kinds] of needed) {
    const id = ids[key];
    if (!id) continue;
    let names: string[];
    try {
      // The body's text is enough to know a row's placeholders are there (three calls, not a walk of the document).
      names = placeholdersIn(DocumentApp.openById(id).getBody().getText());
    } catch {
      continue;
    }
    const have = new Set(names.map(isRowPlaceholder));
    const lacking = [...kinds].filter((k) => !have.has(k));
    if (lacking.length) out.push(PROPOSAL_BLOCKED.templateRows(TEMPLATE_NAMES[key], lacking.map((k) => TEMPLATE_ROW_TABLES[k])));
  }
  return out;
}

/**
 * The records a batch done now would replace (replacedNow) whose documents were edited after the tool made them: marked
 * so in `ledger` as read (not saved: the batch records it when it replaces them); their names. Only those records are
 * looked at in Drive (editedSince).
 */
function editedToReplace(plan: Plan, ledger: Map<string, DocRecord>): string[] {
  const planned = new Set(plan.docs.map((d) => d.key));
  const proposed = new Set(plan.selection.nominees.map((n) => n.id));
  const names: string[] = [];
  // Read as the batch reads them (review r80u F1): each one so read has `pe`, so is named below.
  legacyCurrentAgain(plan, ledger);
  for (const [key, rec] of ledger) {
    if (planned.has(key) || !replacedNow(key, rec, plan, proposed)) continue;
    const ed = editedAt(rec);
    // Not edited (0), or not known now (null: the batch asks again).
    if (!ed) continue;
    ledger.set(key, asEdited(rec, ed));
    names.push(rec.name);
  }
  return names;
}

/**
 * The plan with its kept documents as they read now (review r79h F5): one whose note lists "[… — cơ quan bổ sung]" lines
 * (PlannedDoc.toComplete) is read — its body's text, three calls — and the lines filled in it by hand are no longer
 * listed. Only those documents are read; not one the tool wrote since `since` (epoch ms: made by this execution, as it
 * printed it). One that cannot be read now is described as planned.
 */
function keptAsWritten(plan: Plan, ledger: ReadonlyMap<string, DocRecord>, since = Infinity): Plan {
  let docs: PlannedDoc[] | null = null;
  plan.docs.forEach((d, i) => {
    const rec = d.toComplete ? ledger.get(d.key) : undefined;
    if (!rec || (rec.mk !== undefined && rec.mk >= since)) return;
    let text: string | null = null;
    try {
      text = DocumentApp.openById(rec.id).getBody().getText();
    } catch {
      // Not known now: as planned.
    }
    const read = gapsKept(d, text);
    if (read !== d) (docs ??= [...plan.docs])[i] = read;
  });
  return docs ? { ...plan, docs } : plan;
}

/** Menu "Xem trước danh sách đề nghị khen thưởng": what would be made, in the tab; creates nothing. */
export function previewProposals(): void {
  runJob('previewProposals', ({ ss }) => {
    const elsewhere = otherAccountSaid();
    if (elsewhere) return elsewhere;
    const st = readRun();
    const read = readLedger(ss, st.gen);
    const resumed = resumable(st, read);
    let plan = readPlan(ss, new Date(resumed ? st.date : Date.now()));
    // A batch stopped before a later meeting is not resumed by "Tạo văn bản" (runProposals): previewed as the new batch
    // it would start, dated today.
    const later = resumed && meetingAfterDocuments(plan.council, new Date(st.date)) !== null;
    if (later) plan = readPlan(ss, new Date());
    // A batch made in part whose continuation comes back for the rest (review r78c F3: a colleague's preview said no
    // document was made and sent her to the menu, the batch's line gone from the tab).
    const goingOn = !later && (st.status === 'running' || st.status === 'waitingQuota');
    const ledger = adoptLegacy(plan.docs, read);
    roundKeys(plan, ledger);
    adoptReprinted(plan, ledger);
    if (plan.blockers.length) return blocked(ss, 'previewProposals', plan.blockers, true);
    const rowsMissing = templateRowsMissing(plan);
    if (rowsMissing.length) return blocked(ss, 'previewProposals', rowsMissing, true);
    // The documents a batch would replace that were edited after the tool made them: said before they are replaced
    // (review r79h F1), on their rows (as the batch records it) and in the alert. Nothing is saved.
    const edited = editedToReplace(plan, ledger);
    // The kept documents as they read now (review r79h F5).
    plan = keptAsWritten(plan, ledger);
    const issues: Partial<Record<TemplateKey, TemplateIssues>> = {};
    const ids = storedTemplates();
    // The batch's own line stays on top (as it wrote it, from its state), the preview's under it.
    const total = plan.docs.filter((d) => !d.gaps.length || ledger.has(d.key)).length;
    const done = plan.docs.filter((d) => ledger.has(d.key)).length;
    const head = goingOn
      ? [headLine(st, { made: st.made ?? 0, done, total, status: st.status, folderUrl: '' }), proposalSummary.previewGoingOn]
      : [proposalSummary.previewHead];
    const lines = [...head, ...planLines(plan), ...reprintedLines(plan, ledger)];
    if (TEMPLATE_KEYS.some((k) => !ids[k])) lines.push(proposalSummary.templatesMissing);
    for (const key of TEMPLATE_KEYS) {
      const id = ids[key];
      if (!id) continue;
      const scan = scanDocument(DocumentApp.openById(id));
      const known = new Set(KNOWN_PLACEHOLDERS[key]);
      issues[key] = { unknown: scan.names.filter((n) => !known.has(n)).sort(), split: scan.split.sort() };
    }
    lines.push(...issueLines(issues));
    const toMake = plan.docs.filter((d) => !ledger.has(d.key) && !d.gaps.length).length;
    const refused = lackingInformation(plan, ledger);
    lines.push(proposalSummary.toCreate(toMake));
    writeProgress(ss, lines, progressRows(plan, ledger, PROPOSAL_STATUS.preview));
    const said = PROPOSAL_ALERT.withEdited(
      goingOn
        ? PROPOSAL_ALERT.previewGoingOn(done, total, toMake, refused, st.pdf ? PROPOSAL_MENU.generatePdf : PROPOSAL_MENU.generate)
        : PROPOSAL_ALERT.previewDone(toMake, refused, done),
      edited,
      true,
    );
    tellUser(said);
    return { result: undefined, detail: said };
  });
}
