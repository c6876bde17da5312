// Sharing (issue 18): who may open which file. Every spreadsheet and Drive file has an access list — its owner
// (the account whose script created it; the container's owner is the emulator's user), editors and viewers —
// read and changed through Spreadsheet/File addViewer(s), removeViewer, addEditor(s), removeEditor, getViewers,
// getEditors, getOwner. SpreadsheetApp.openById/openByUrl and DriveApp.getFileById refuse a user (the
// `identity.activeUser` of the execution) who is on none of its lists; a trashed file opens for its owner only.
//
// From the reference (developers.google.com/apps-script/reference/drive/file, …/spreadsheet/spreadsheet):
// - addViewer: "If the user was already on the list of editors, this method has no effect";
// - addEditor: a viewer is promoted out of the list of viewers;
// - removeViewer: removes from viewers and commenters; "no effect if the user is an editor, not a viewer";
// - getViewers (File): "If the user who executes the script does not have edit access to the File, this method
//   returns an empty array" — applied to getEditors and to Spreadsheet as well. Live, it lists everyone with at least
//   view access: the owner and the editors too (SharingOps.getViewers; review r71e F1).
// ASSUMPTIONS (unverified wording): the refusal texts below; the emulation sends no sharing notification e-mail
// (Apps Script's own behaviour here is not documented; the product must not depend on it either way).
import { attach, instrument, type Facade, type Runtime, type Subset } from './runtime.js';

export const SHARING_MSG = {
  // ASSUMPTION (wording unverified): opening a file the user has no access to.
  noAccess: 'You do not have permission to access the requested document.',
  // ASSUMPTION (wording unverified): changing the sharing of a file the user can only view.
  notEditor: 'Access denied: you need edit access to change who can see this file.',
  // ASSUMPTION (wording unverified): an address that is not an e-mail address.
  invalidEmail: (e: string) => `Invalid email: ${e}`,
};

export type Role = 'owner' | 'editor' | 'viewer';

/**
 * What a Google Workspace admin's Drive policy does to sharing (Node-side, set by a test; none by default):
 * - `allowedDomains` (non-null): "sharing outside the organisation: allow-listed domains only". Adding a viewer or
 *   editor of another domain is refused; a call adding several with one such address refuses the whole call. Drive's
 *   own words (translated into the user's language; ASSUMPTION: this wording, from the Drive interface as users
 *   report it, e.g. github.com/burnash/gspread/issues/325) are `refusal`: the product must not read them.
 * - `undisclosed`: viewers whose address Drive does not give. The Drive User reference: getEmail() returns
 *   "String|null" — the address "is only available if the user has chosen to share the address … or if the user
 *   belongs to the same domain" (developers.google.com/apps-script/reference/drive/user): null here.
 */
export interface SharingPolicy {
  allowedDomains: string[] | null;
  refusal: string;
  undisclosed: Set<string>;
}
const POLICIES = new WeakMap<Runtime, SharingPolicy>();
function policyOf(rt: Runtime): SharingPolicy | undefined {
  return POLICIES.get(rt);
}
function refusedByPolicy(rt: Runtime, email: string): boolean {
  const allowed = policyOf(rt)?.allowedDomains;
  return !!allowed && !allowed.includes(email.split('@')[1] ?? '');
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Who, beyond the listed people, may open a file by its link or find it (DriveApp.Access). */
export type LinkAccess = 'PRIVATE' | 'ANYONE_WITH_LINK' | 'ANYONE' | 'DOMAIN_WITH_LINK' | 'DOMAIN';
/** What they may do (DriveApp.Permission; NONE with PRIVATE). */
export type LinkPermission = 'VIEW' | 'COMMENT' | 'EDIT' | 'NONE';

/** The access list of one file. Addresses are compared lower-cased. */
export class Acl {
  readonly editors = new Set<string>();
  readonly viewers = new Set<string>();
  /**
   * Link sharing: PRIVATE unless set. A Workspace admin's default for new files, or the office sharing a file by link,
   * is what a test sets here (Node-side) to stand for it.
   */
  link: LinkAccess = 'PRIVATE';
  linkPermission: LinkPermission = 'NONE';
  constructor(public owner: string) {}

  role(user: string): Role | null {
    const u = user.toLowerCase();
    if (this.owner === '' || u === this.owner.toLowerCase()) return 'owner';
    if (this.editors.has(u)) return 'editor';
    if (this.viewers.has(u)) return 'viewer';
    return null;
  }
  addViewer(email: string): void {
    const e = email.toLowerCase();
    if (this.role(e) === 'owner' || this.editors.has(e)) return;
    this.viewers.add(e);
  }
  addEditor(email: string): void {
    const e = email.toLowerCase();
    if (this.role(e) === 'owner') return;
    this.viewers.delete(e);
    this.editors.add(e);
  }
  removeViewer(email: string): void {
    this.viewers.delete(email.toLowerCase());
  }
  removeEditor(email: string): void {
    this.editors.delete(email.toLowerCase());
  }
}

/** Where a file's access list lives, and whether it is in the trash (Drive's flag; spreadsheets have none). */
export interface Shared {
  acl: Acl;
  trashed?: boolean;
}

/**
 * May `user` open the file? (Owner: always; editors and viewers, and anyone its link sharing admits — everyone, or
 * the owner's domain — unless it is in the trash. Holding the id is holding the link.)
 */
export function canOpen(file: Shared, user: string): boolean {
  const role = file.acl.role(user);
  if (role === 'owner') return true;
  if (file.trashed) return false;
  if (role !== null) return true;
  const { link, owner } = file.acl;
  if (link === 'ANYONE' || link === 'ANYONE_WITH_LINK') return user !== '';
  if (link === 'DOMAIN' || link === 'DOMAIN_WITH_LINK') return user !== '' && domainOf(user) === domainOf(owner);
  return false;
}

const domainOf = (email: string) => email.toLowerCase().split('@')[1] ?? '';
const LINK_ACCESS: readonly LinkAccess[] = ['PRIVATE', 'ANYONE_WITH_LINK', 'ANYONE', 'DOMAIN_WITH_LINK', 'DOMAIN'];
const LINK_PERMISSION: readonly LinkPermission[] = ['VIEW', 'COMMENT', 'EDIT', 'NONE'];

export class EmuSharedUser implements Facade<GoogleAppsScript.Drive.User, 'getEmail' | 'getName' | 'getDomain'> {
  #email: string;
  #rt: Runtime;
  constructor(rt: Runtime, email: string) {
    this.#email = email;
    this.#rt = rt;
    attach(this, rt);
  }
  getEmail(): string {
    // An address Drive does not disclose (SharingPolicy.undisclosed): null, as the reference types it.
    if (policyOf(this.#rt)?.undisclosed.has(this.#email)) return null as unknown as string;
    return this.#email;
  }
  getName(): string {
    return this.#email.split('@')[0];
  }
  getDomain(): string {
    return this.#email.split('@')[1] ?? '';
  }
}
const _su: Subset<EmuSharedUser, GoogleAppsScript.Drive.User> = true;
instrument(EmuSharedUser, 'User');

/** An address argument: a string or a User. */
function addressOf(rt: Runtime, x: unknown): string {
  const e = x instanceof EmuSharedUser ? String(x.getEmail()) : x && typeof x === 'object' && 'getEmail' in x ? String((x as { getEmail(): string }).getEmail()) : String(x);
  const t = e.trim();
  if (!EMAIL.test(t)) throw rt.error(SHARING_MSG.invalidEmail(e));
  return t.toLowerCase();
}

/**
 * The sharing methods Spreadsheet and File have in common, over one access list. `self` is what each returns
 * (the Spreadsheet or the File); `user()` is who runs the script.
 */
export class SharingOps {
  constructor(
    private readonly rt: Runtime,
    private readonly file: Shared,
    private readonly user: () => string,
  ) {}
  #mayChange(): void {
    const role = this.file.acl.role(this.user());
    if (role !== 'owner' && role !== 'editor') throw this.rt.error(SHARING_MSG.notEditor);
  }
  #allowed(emails: string[]): void {
    if (emails.some((e) => refusedByPolicy(this.rt, e))) throw this.rt.error(policyOf(this.rt)!.refusal);
  }
  addViewer(x: unknown): void {
    this.#mayChange();
    const e = addressOf(this.rt, x);
    this.#allowed([e]);
    this.file.acl.addViewer(e);
  }
  addViewers(list: unknown): void {
    this.#mayChange();
    const emails = (Array.isArray(list) ? list : []).map((x) => addressOf(this.rt, x));
    this.#allowed(emails);
    for (const e of emails) this.file.acl.addViewer(e);
  }
  removeViewer(x: unknown): void {
    this.#mayChange();
    this.file.acl.removeViewer(addressOf(this.rt, x));
  }
  addEditor(x: unknown): void {
    this.#mayChange();
    const e = addressOf(this.rt, x);
    this.#allowed([e]);
    this.file.acl.addEditor(e);
  }
  addEditors(list: unknown): void {
    this.#mayChange();
    const emails = (Array.isArray(list) ? list : []).map((x) => addressOf(this.rt, x));
    this.#allowed(emails);
    for (const e of emails) this.file.acl.addEditor(e);
  }
  removeEditor(x: unknown): void {
    this.#mayChange();
    this.file.acl.removeEditor(addressOf(this.rt, x));
  }
  #users(emails: string[]): GoogleAppsScript.Drive.User[] {
    const role = this.file.acl.role(this.user());
    if (role !== 'owner' && role !== 'editor') return [];
    return emails.map((e) => new EmuSharedUser(this.rt, e) as unknown as GoogleAppsScript.Drive.User);
  }
  /**
   * Everyone with at least view access — the owner, the editors and the viewers (commenters too, which the emulation
   * does not model), sorted — as live Apps Script answers (review r71e F1). Source (live-tested): @mcpher/gas-fakes
   * notes/oddities.md "DriveApp vs Drive API Role Hierarchy" ("getViewers() returns anyone with *at least* view access
   * … viewers, commenters, editors, and the owner"), and its test suite run on live: a file whose viewers were all
   * removed still lists its owner ("all viewers should be removed except owner, who is also a viewer"). The reference's
   * one line ("Gets the list of viewers and commenters") does not say editors are left out. Spreadsheet.getViewers is
   * taken to answer as File's (same Drive permissions; ASSUMPTION: not separately attested).
   */
  getViewers(): GoogleAppsScript.Drive.User[] {
    const acl = this.file.acl;
    const all = new Set([...(acl.owner ? [acl.owner.toLowerCase()] : []), ...acl.editors, ...acl.viewers]);
    return this.#users([...all].sort());
  }
  /** The owner is listed among the editors (as Drive lists it). */
  getEditors(): GoogleAppsScript.Drive.User[] {
    const owner = this.file.acl.owner;
    const editors = [...this.file.acl.editors].sort();
    return this.#users(owner ? [owner, ...editors] : editors);
  }
  getOwner(): GoogleAppsScript.Drive.User {
    return new EmuSharedUser(this.rt, this.file.acl.owner) as unknown as GoogleAppsScript.Drive.User;
  }
  getSharingAccess(): LinkAccess {
    return this.file.acl.link;
  }
  getSharingPermission(): LinkPermission {
    return this.file.acl.linkPermission;
  }
  /**
   * File.setSharing(accessType, permissionType): editors and the owner only. DriveApp.Permission's reference: OWNER,
   * ORGANIZER and NONE "can be returned" by getSharingPermission, but passing one to setSharing throws — also with
   * PRIVATE (whose permission is then moot: VIEW is what callers pass). ASSUMPTION (wording unverified): refused as an
   * invalid argument.
   */
  setSharing(access: unknown, permission: unknown): void {
    this.#mayChange();
    const a = String(access) as LinkAccess;
    const p = String(permission) as LinkPermission;
    if (!LINK_ACCESS.includes(a)) throw this.rt.error(`Invalid argument: accessType`);
    if (!LINK_PERMISSION.includes(p) || p === 'NONE') throw this.rt.error(`Invalid argument: permissionType`);
    this.file.acl.link = a;
    this.file.acl.linkPermission = a === 'PRIVATE' ? 'NONE' : p;
  }
}

/** DriveApp.Access and DriveApp.Permission: enum values whose String() is their name, as Apps Script's are. */
export const DRIVE_ACCESS = Object.freeze(Object.fromEntries(['ANYONE', 'ANYONE_WITH_LINK', 'DOMAIN', 'DOMAIN_WITH_LINK', 'PRIVATE'].map((k) => [k, k])));
export const DRIVE_PERMISSION = Object.freeze(Object.fromEntries(['VIEW', 'EDIT', 'COMMENT', 'OWNER', 'ORGANIZER', 'NONE'].map((k) => [k, k])));

/** Node-side: who can open what (no call counted). */
export class SharingController {
  /** The Workspace admin's policy over this emulation's files (none unless a test sets it). */
  readonly policy: SharingPolicy = { allowedDomains: null, refusal: 'Sorry, an item cannot be shared outside of the organisation.', undisclosed: new Set() };
  constructor(
    private readonly lookup: (id: string) => Shared | undefined,
    rt: Runtime,
  ) {
    POLICIES.set(rt, this.policy);
  }
  /** The access list of a file (spreadsheet, document or other Drive file), or undefined if there is none. */
  acl(id: string): Acl | undefined {
    return this.lookup(id)?.acl;
  }
  /** Whether `user` could open file `id` (false for a file that does not exist). */
  canOpen(user: string, id: string): boolean {
    const f = this.lookup(id);
    return !!f && canOpen(f, user);
  }
  role(user: string, id: string): Role | null {
    return this.lookup(id)?.acl.role(user) ?? null;
  }
}
