// Thin adapters for the per-school views (issue 18): open, create, trash check, folder, viewers.
// Scopes (appsscript.json): SpreadsheetApp.create/openById and Spreadsheet.addViewer(s)/removeViewer/getViewers
// need https://www.googleapis.com/auth/spreadsheets; DriveApp (getFileById, isTrashed, moveTo, the folder) needs
// https://www.googleapis.com/auth/drive (drive.file is refused for DriveApp — apps-script-facts.md).

import { creatingDocument, errorMessage } from './errors';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Folder = GoogleAppsScript.Drive.Folder;

/**
 * What opening a recorded view found. `gone`: Drive's second lookup answered without it (src/gas/presence.ts);
 * `unreachable`: Drive could not tell now, or the file is there and would not open — transient, never recreated on.
 */
export type Opened =
  | { state: 'ok'; ss: Spreadsheet; file: GoogleAppsScript.Drive.File }
  | { state: 'trashed'; file: GoogleAppsScript.Drive.File }
  | { state: 'gone'; message: string }
  | { state: 'unreachable'; message: string };

/**
 * Opens the view `id` (named `name` when last written). Transient is not gone (the rule of src/gas/presence.ts
 * liveItem, mirrored: it throws where a view's run goes on to the next view): when DriveApp.getFileById fails, its error
 * — which may mean "deleted" or "try later", in the user's language — is never read; a second, different lookup decides:
 * getFileById again, then a search of the Drive by name (which fails as a whole when Drive cannot answer). Only a search
 * that answers without the file is `gone` (review r83s F1: two passing errors minutes apart made a school a second view).
 */
export function openView(id: string, name: string): Opened {
  let file: GoogleAppsScript.Drive.File;
  try {
    file = DriveApp.getFileById(id);
  } catch (err) {
    const again = lookAgain(id, name);
    if (again === undefined) return { state: 'unreachable', message: errorMessage(err) };
    if (again === null) return { state: 'gone', message: errorMessage(err) };
    // Found by the search only, not in the trash: there, but not to be opened now.
    if (!again.byId && !again.file.isTrashed()) return { state: 'unreachable', message: errorMessage(err) };
    file = again.file;
  }
  try {
    // Drive answers "in the trash" for certain.
    if (file.isTrashed()) return { state: 'trashed', file };
    return { state: 'ok', ss: SpreadsheetApp.openById(id), file };
  } catch (err) {
    return { state: 'unreachable', message: errorMessage(err) };
  }
}

/**
 * The file by id again (`byId`: the first failure was passing), else found by name; null: Drive's search answered
 * without it; undefined: Drive cannot tell now.
 */
function lookAgain(id: string, name: string): { file: GoogleAppsScript.Drive.File; byId: boolean } | null | undefined {
  try {
    return { file: DriveApp.getFileById(id), byId: true };
  } catch {
    // a search by name, below
  }
  try {
    const it = DriveApp.getFilesByName(name);
    while (it.hasNext()) {
      const f = it.next();
      if (f.getId() === id) return { file: f, byId: false };
    }
    return null;
  } catch {
    return undefined;
  }
}

/**
 * An untrashed spreadsheet of this name where a view an execution created before it could record it can be: in the
 * views' folder, or in My Drive's root (SpreadsheetApp.create puts it there until it is moved) — moved into the folder;
 * null when there is none. Not anywhere else in the Drive: a file of that name someone shared with the office, or the
 * office's own in another folder, is never taken over, written with a school's data and shared.
 */
export function findByName(folder: Folder, name: string): { ss: Spreadsheet; file: GoogleAppsScript.Drive.File } | null {
  for (const place of [folder, DriveApp.getRootFolder()]) {
    const it = place.getFilesByName(name);
    while (it.hasNext()) {
      const f = it.next();
      if (f.isTrashed() || f.getMimeType() !== MimeType.GOOGLE_SHEETS) continue;
      if (place !== folder) f.moveTo(folder);
      return { ss: SpreadsheetApp.openById(f.getId()), file: f };
    }
  }
  return null;
}

/**
 * Creates the view's spreadsheet and moves it into the folder. A refused SpreadsheetApp.create throws a CreateRefused
 * (judged by the tool's count of the spreadsheets it made); a failure after it, what the failing call threw.
 */
export function createView(folder: Folder, name: string): { ss: Spreadsheet; file: GoogleAppsScript.Drive.File } {
  const ss = creatingDocument(() => SpreadsheetApp.create(name), 'sheet');
  const file = DriveApp.getFileById(ss.getId());
  file.moveTo(folder);
  return { ss, file };
}

/**
 * A view is read by its viewers only: link sharing (a Workspace's default for new files, the office sharing it by link,
 * "anyone in the domain with the link" where the schools have accounts of the office's domain) is turned off. Null when
 * it was private; else what it was, and what Drive said when it refused to change it.
 */
export function keepPrivate(file: GoogleAppsScript.Drive.File): { was: string; refused: string | null } | null {
  const was = String(file.getSharingAccess());
  if (was === String(DriveApp.Access.PRIVATE)) return null;
  try {
    // NONE cannot be passed (DriveApp.Permission's reference: it "can be returned" only); with PRIVATE, VIEW is moot.
    file.setSharing(DriveApp.Access.PRIVATE, DriveApp.Permission.VIEW);
    return { was, refused: null };
  } catch (err) {
    return { was, refused: errorMessage(err) };
  }
}

/** The folder of the views (recorded id), created when missing or trashed. */
export function viewFolder(recordedId: string | null, name: string): Folder {
  if (recordedId) {
    try {
      const f = DriveApp.getFolderById(recordedId);
      if (!f.isTrashed()) return f;
    } catch {
      // Gone: a new folder below.
    }
  }
  return DriveApp.createFolder(name);
}

/** Addresses Drive would not share a view with, or would not take off it, with what it said (in the user's language). */
export interface Refusals {
  notAdded: string[];
  notRemoved: string[];
  message: string;
}

/** What syncViewers needs of a file: a spreadsheet as opened, or a Drive file (one in the trash cannot be opened as a spreadsheet for sure). */
interface Shared {
  getViewers(): { getEmail(): string | null }[];
  getEditors(): { getEmail(): string | null }[];
  removeViewer(emailAddress: string): unknown;
  removeEditor(emailAddress: string): unknown;
  getOwner(): { getEmail(): string | null } | null;
  addViewer(emailAddress: string): unknown;
  addViewers(emailAddresses: string[]): unknown;
}

/**
 * Makes the readers exactly `wanted` (lower-cased) and the office's side. Drive's getViewers lists everyone with at least
 * view access — the owner and the editors too (live Apps Script; review r71e F1): the viewers proper are those of its
 * answer that are not editors (getEditors lists the owner among them). Editors are left alone — the owner, office staff,
 * a school's address made an editor by hand before the tool shared with it (review upgrade4) — except an address the
 * tool shared the view with before (`was`, lower-cased) that is no longer wanted: made an editor by hand since (the
 * office answering a school's request for edit access), it would keep reading the view after "Đơn vị" dropped it
 * (review views #5): taken off as an editor. Each removal is asked on its own, and the additions one by one when Drive
 * refuses them together (one address a domain may not share with refuses the whole call): an address refused leaves
 * the others shared or unshared. Returns what changed and what was refused, and `handEditors`: wanted addresses already
 * editors that the tool had not shared with (`was`) — shared by hand before "Đơn vị" listed them, which Drive's
 * addViewer leaves editors: the tool never shared with them, so they are not its to take off when "Đơn vị" drops them
 * (review upgrade4). In two steps (takeOffViewers, then addWantedViewers): a view whose content changes is written
 * between them, once no one who should no longer read it does (review r68v #1).
 */
export function syncViewers(ss: Shared, wanted: readonly string[], was: readonly string[] = [], newFile = false): Synced {
  return addWantedViewers(ss, takeOffViewers(ss, wanted, was), wanted, was, newFile);
}

/** What syncViewers did and what Drive refused. */
export interface Synced {
  added: string[];
  removed: string[];
  refused: Refusals | null;
  undisclosed: number;
  handEditors: string[];
}

/**
 * The account owning the views, asked of the first view that lists an address not wanted, once an execution (module
 * state is new at each execution: a view owned by another account is asked about on its own). Drive lists the owner among
 * every view's readers (review r71e F1); it is never taken off a view, nor asked about view by view (review d71: a cache
 * of every editor seen on some view let an address that edits one view keep reading another it was a mere viewer of).
 */
let viewsOwner: string | null | undefined;
function ownerOf(ss: Shared): string | null {
  if (viewsOwner === undefined) viewsOwner = ss.getOwner()?.getEmail()?.toLowerCase() || null;
  return viewsOwner;
}

/** The first step of syncViewers: the viewers (and editors the tool shared with) no longer `wanted` taken off. */
export interface TakenOff {
  /**
   * The readers found, with an address, that are the tool's business: getViewers' answer but the editors left alone
   * (the owner, office staff, editors by hand the tool did not share with).
   */
  current: string[];
  removed: string[];
  /** So far (notRemoved filled; notAdded by the second step). */
  refused: Refusals;
  undisclosed: number;
  /** The editors, read once when needed. */
  editors: () => string[];
  /** The editors listed, not wanted, the tool left alone (not the owner): office staff, or made editors by hand. */
  leftAlone: string[];
}

/**
 * syncViewers' first step: takes off the viewers not `wanted`, and the editors among `was` no longer wanted; leaves the
 * owner and the other editors alone, reporting none of them as removed or refused (`leftAlone`: the editors it left, the
 * owner aside — the office's staff, or an address made an editor by hand).
 *
 * Calls: getViewers; the views' owner once an execution (ownerOf) when an address listed is not wanted; getEditors once
 * when an address listed is neither wanted nor the owner, or an address the tool shared with is dropped and not listed
 * (Drive listing editors apart). A view read by its school alone costs no call beyond getViewers.
 */
export function takeOffViewers(ss: Shared, wanted: readonly string[], was: readonly string[] = []): TakenOff {
  // A viewer whose address Drive does not give (null or blank: "only available if the user has chosen to share the
  // address", the User reference; a deleted account) cannot be compared or removed by address: counted, for the office
  // to look at in "Chia sẻ" (it may be someone who should no longer read the view).
  const all = emailsOf(ss.getViewers());
  const listed = all.filter((e) => e !== '');
  const undisclosed = all.length - listed.length;
  const want = new Set(wanted);
  const before = new Set(was);
  const have = new Set(listed);
  const refused: Refusals = { notAdded: [], notRemoved: [], message: '' };
  // Read once, when a use (here, in addWantedViewers) needs them.
  let editorList: string[] | null = null;
  const editors = () => (editorList ??= emailsOf(ss.getEditors()));
  const unwanted = listed.filter((e) => !want.has(e));
  const learnt = unwanted.length > 0 ? ownerOf(ss) : null;
  // The owner learnt on another view, which the tool shared this view with (an account typed as a school's address):
  // this view's own owner is asked — views made by two accounts (the tool handed over) have two (review d71b).
  const owner = learnt !== null && before.has(learnt) ? ss.getOwner()?.getEmail()?.toLowerCase() || null : learnt;
  const others = unwanted.filter((e) => e !== owner);
  // An address the tool shared with, dropped, that getViewers does not list: an editor, were Drive to list editors apart
  // (as the emulation did before review r71e; not seen live) — taken off as one. No call when there is none.
  const dropped = was.filter((e) => !want.has(e) && !have.has(e) && e !== owner);
  const isEditor = others.length > 0 || dropped.length > 0 ? new Set(editors()) : null;
  const removed: string[] = [];
  const leftAlone: string[] = [];
  for (const e of others) {
    if (!isEditor!.has(e)) {
      if (attempt(refused, refused.notRemoved, e, () => ss.removeViewer(e))) removed.push(e);
    } else if (before.has(e)) {
      if (attempt(refused, refused.notRemoved, e, () => ss.removeEditor(e))) removed.push(e);
    } else leftAlone.push(e);
  }
  for (const e of dropped) if (isEditor!.has(e) && attempt(refused, refused.notRemoved, e, () => ss.removeEditor(e))) removed.push(e);
  // The owner among the readers the tool leaves as they are (a wanted owner — the office's account typed as a school's
  // address — stays among those it shares with, never shared with again).
  const kept = new Set([...leftAlone, ...(owner && !want.has(owner) ? [owner] : [])]);
  return { current: listed.filter((e) => !kept.has(e)), removed, refused, undisclosed, editors, leftAlone };
}

/** syncViewers' second step: shares with the `wanted` addresses not readers yet (`step`: the first step's result). */
export function addWantedViewers(ss: Shared, step: TakenOff, wanted: readonly string[], was: readonly string[] = [], newFile = false): Synced {
  const { refused, editors } = step;
  const have = new Set(step.current);
  let added = wanted.filter((e) => !have.has(e));
  const handEditors = handEditorsOf(step, wanted, was, newFile);
  if (added.length > 0) {
    try {
      ss.addViewers(added);
    } catch {
      added = added.filter((e) => attempt(refused, refused.notAdded, e, () => ss.addViewer(e)));
    }
  }
  return { added, removed: step.removed, refused: refused.notAdded.length + refused.notRemoved.length > 0 ? refused : null, undisclosed: step.undisclosed, handEditors };
}

/**
 * The `wanted` addresses the tool did not share with before (`was`) that are editors of the view already (shared by hand:
 * review upgrade4) — also of a view held as it was (its new readers not added yet: review d71). Asked (one call, only
 * then, never on a file just made) whether such an address is listed (live, an editor is among the readers) or not
 * (were editors listed apart). Such an editor is asked about at each run that finds it.
 */
export function handEditorsOf(step: Pick<TakenOff, 'editors'>, wanted: readonly string[], was: readonly string[], newFile = false): string[] {
  const before = new Set(was);
  if (newFile || wanted.every((e) => before.has(e))) return [];
  const now = new Set(step.editors());
  return wanted.filter((e) => !before.has(e) && now.has(e));
}

/** The users' addresses, lower-cased ('' for one Drive does not give). */
function emailsOf(users: { getEmail(): string | null }[]): string[] {
  return users.map((u) => String(u.getEmail() ?? '').toLowerCase());
}

/** Runs `act` for address `e`: true when it went through; else `e` joins `into` and the first message is kept. */
function attempt(refused: Refusals, into: string[], e: string, act: () => void): boolean {
  try {
    act();
    return true;
  } catch (err) {
    into.push(e);
    if (refused.message === '') refused.message = errorMessage(err);
    return false;
  }
}
