// DriveApp: folders, files (Google Docs, the spreadsheets of SpreadsheetStore, plain blobs), iterators, makeCopy,
// getAs('application/pdf'); the `MimeType` global. Node-side: DocsController (list, text, .docx export) and
// DriveController (folder tree, files by name).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EmuBlob, blobContent } from './base.js';
import {
  DOC_MIME,
  DOC_MSG,
  PDF_MIME,
  documentModelOf,
  nodeText,
  type DocsService,
  type DocumentModel,
  type UiTableProperties,
} from './document.js';
import { writeDocx } from './docx.js';
import { attach, instrument, type Facade, type Runtime, type Subset } from './runtime.js';
import type { SpreadsheetModel, SpreadsheetStore } from './spreadsheet.js';
import { Acl, canOpen, DRIVE_ACCESS, DRIVE_PERMISSION, SharingOps } from './sharing.js';

type GFile = GoogleAppsScript.Drive.File;
type GFolder = GoogleAppsScript.Drive.Folder;
type GFileIterator = GoogleAppsScript.Drive.FileIterator;
type GFolderIterator = GoogleAppsScript.Drive.FolderIterator;
type Blob = GoogleAppsScript.Base.Blob;

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';
export const FORM_MIME = 'application/vnd.google-apps.form';

export const DRIVE_MSG = {
  notFound: 'No item with the given ID could be found, or you do not have permission to access it.',
  // ASSUMPTION (wording from memory, unverified): next() past the end of a Drive iterator.
  iteratorEnd: 'Cannot retrieve the next object: iterator has reached the end.',
  notEmulated: (what: string) => `Emulator: ${what} is not emulated`,
};

/** The MimeType global (GoogleAppsScript.Base.MimeType): names → MIME strings. */
export const MIME_TYPE = Object.freeze({
  GOOGLE_APPS_SCRIPT: 'application/vnd.google-apps.script',
  GOOGLE_DRAWINGS: 'application/vnd.google-apps.drawing',
  GOOGLE_DOCS: DOC_MIME,
  GOOGLE_FORMS: FORM_MIME,
  GOOGLE_SHEETS: SHEET_MIME,
  GOOGLE_SITES: 'application/vnd.google-apps.site',
  GOOGLE_SLIDES: 'application/vnd.google-apps.presentation',
  FOLDER: FOLDER_MIME,
  SHORTCUT: 'application/vnd.google-apps.shortcut',
  BMP: 'image/bmp',
  GIF: 'image/gif',
  JPEG: 'image/jpeg',
  PNG: 'image/png',
  SVG: 'image/svg+xml',
  PDF: PDF_MIME,
  CSS: 'text/css',
  CSV: 'text/csv',
  HTML: 'text/html',
  JAVASCRIPT: 'application/javascript',
  PLAIN_TEXT: 'text/plain',
  RTF: 'application/rtf',
  OPENDOCUMENT_GRAPHICS: 'application/vnd.oasis.opendocument.graphics',
  OPENDOCUMENT_PRESENTATION: 'application/vnd.oasis.opendocument.presentation',
  OPENDOCUMENT_SPREADSHEET: 'application/vnd.oasis.opendocument.spreadsheet',
  OPENDOCUMENT_TEXT: 'application/vnd.oasis.opendocument.text',
  MICROSOFT_EXCEL: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  MICROSOFT_EXCEL_LEGACY: 'application/vnd.ms-excel',
  MICROSOFT_POWERPOINT: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  MICROSOFT_POWERPOINT_LEGACY: 'application/vnd.ms-powerpoint',
  MICROSOFT_WORD: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  MICROSOFT_WORD_LEGACY: 'application/msword',
  ZIP: 'application/zip',
});

// ------------------------------------------------------------------ models (Node side)

let nextDriveNo = 1;
const newId = (prefix: string) => `${prefix}${String(nextDriveNo++).padStart(4, '0')}emu_${Math.random().toString(36).slice(2, 12)}`;

export class FolderModel {
  readonly parents = new Set<string>();
  trashed = false;
  description: string | null = null;
  updatedAt: number;
  constructor(
    readonly id: string,
    public name: string,
    readonly createdAt: number,
  ) {
    this.updatedAt = createdAt;
  }
  get url(): string {
    return `https://drive.google.com/drive/folders/${this.id}`;
  }
}

export class FileModel {
  readonly parents = new Set<string>();
  private _trashed = false;
  private _acl = new Acl('');
  description: string | null = null;
  updatedAt: number;
  private _name: string;
  /** Plain files: the bytes. */
  data: Buffer = Buffer.alloc(0);
  doc?: DocumentModel;
  sheet?: SpreadsheetModel;
  /** A Google Form (FormApp's model, by its title). */
  form?: { title: string; fileName: string };
  constructor(
    readonly id: string,
    name: string,
    readonly mimeType: string,
    readonly createdAt: number,
  ) {
    this._name = name;
    this.updatedAt = createdAt;
  }
  get name(): string {
    // A form's file bears the name FormApp.create was given while the form has no title of its own (live: review r71e
    // F3). ASSUMPTION (not checked live): once a title is set, the file shows it, as the emulation always did.
    return this.doc ? this.doc.name : this.sheet ? this.sheet.name : this.form ? this.form.title || this.form.fileName : this._name;
  }
  set name(v: string) {
    if (this.doc) this.doc.name = v;
    else if (this.sheet) this.sheet.name = v;
    else if (this.form) this.form.title = v;
    else this._name = v;
  }
  /** In the trash (a spreadsheet keeps the flag on its model, where openById sees it). */
  get trashed(): boolean {
    return this.sheet ? this.sheet.trashed : this._trashed;
  }
  set trashed(v: boolean) {
    if (this.sheet) this.sheet.trashed = v;
    else this._trashed = v;
  }
  /** Who may open it (emulator/sharing.ts); a spreadsheet's list is its model's. */
  get acl(): Acl {
    return this.sheet ? this.sheet.acl : this._acl;
  }
  get url(): string {
    if (this.doc) return this.doc.url;
    if (this.sheet) return this.sheet.url;
    return `https://drive.google.com/file/d/${this.id}/view?usp=drivesdk`;
  }
}

/** The user's Drive: a root folder, folders, files. Documents and spreadsheets appear as files by their id. */
export class DriveStore {
  readonly folders = new Map<string, FolderModel>();
  readonly files = new Map<string, FileModel>();
  readonly root: FolderModel;
  constructor(
    readonly docs: DocsService,
    readonly sheets: SpreadsheetStore,
    readonly now: () => number,
  ) {
    this.root = new FolderModel(newId('0AFoLdErRoOt'), 'My Drive', now());
    this.folders.set(this.root.id, this.root);
  }

  /** The forms FormApp holds (set by createEmulator): they are Drive files too; a form deleted there is gone here. */
  forms: () => Map<string, { id: string; title: string; fileName: string; owner?: string }> = () => new Map();

  /** Spreadsheets, documents and forms made elsewhere (SpreadsheetApp.create, FormApp.create, Node-side) get a file in the root. */
  sync(): void {
    const forms = this.forms();
    for (const f of forms.values()) {
      if (!this.files.has(f.id)) {
        const file = new FileModel(f.id, f.fileName, FORM_MIME, this.now());
        file.acl.owner = f.owner ?? '';
        file.form = f;
        file.parents.add(this.root.id);
        this.files.set(f.id, file);
      }
    }
    for (const [id, file] of this.files) if (file.form && !forms.has(id)) this.files.delete(id);
    for (const s of this.sheets.files.values()) {
      if (!this.files.has(s.id)) {
        const f = new FileModel(s.id, s.name, SHEET_MIME, this.now());
        f.sheet = s;
        f.parents.add(this.root.id);
        this.files.set(f.id, f);
      }
    }
    for (const d of this.docs.store.docs.values()) if (!this.files.has(d.id)) this.addDoc(d, this.root.id);
  }

  addDoc(d: DocumentModel, folderId: string): FileModel {
    const f = new FileModel(d.id, d.name, DOC_MIME, d.createdAt);
    f.acl.owner = this.sheets.activeUser();
    f.doc = d;
    f.parents.add(folderId);
    this.files.set(f.id, f);
    return f;
  }

  addFolder(name: string, parentId: string): FolderModel {
    const f = new FolderModel(newId('1FoLdEr'), name, this.now());
    f.parents.add(parentId);
    this.folders.set(f.id, f);
    return f;
  }

  addBlob(name: string, data: Buffer, mimeType: string, parentId: string): FileModel {
    const f = new FileModel(newId('1FiLe'), name, mimeType, this.now());
    f.acl.owner = this.sheets.activeUser();
    f.data = data;
    f.parents.add(parentId);
    this.files.set(f.id, f);
    return f;
  }

  file(id: string): FileModel | undefined {
    this.sync();
    return this.files.get(id);
  }

  filesIn(folderId: string): FileModel[] {
    this.sync();
    return [...this.files.values()].filter((f) => f.parents.has(folderId));
  }

  foldersIn(folderId: string): FolderModel[] {
    return [...this.folders.values()].filter((f) => f.parents.has(folderId));
  }

  /** "My Drive/Folder/Sub" of a folder (first parent). */
  path(folderId: string): string {
    const parts: string[] = [];
    let f = this.folders.get(folderId);
    const seen = new Set<string>();
    while (f && !seen.has(f.id)) {
      seen.add(f.id);
      parts.unshift(f.name);
      const p = [...f.parents][0];
      f = p ? this.folders.get(p) : undefined;
    }
    return parts.join('/');
  }
}

// ------------------------------------------------------------------ script-facing classes

interface DriveCtx {
  rt: Runtime;
  store: DriveStore;
}

function makeBlob(rt: Runtime): (data: Buffer, type: string, name: string) => Blob {
  return (data, type, name) => new EmuBlob(rt, data, type, name) as unknown as Blob;
}

const ITER_KEYS = 'hasNext' as const;

export class EmuFileIterator implements Facade<GFileIterator, typeof ITER_KEYS | 'next' | 'getContinuationToken'> {
  #c: DriveCtx;
  #items: FileModel[];
  #i = 0;
  constructor(c: DriveCtx, items: FileModel[]) {
    this.#c = c;
    this.#items = items;
    attach(this, c.rt);
  }
  hasNext(): boolean {
    return this.#i < this.#items.length;
  }
  next(): GFile {
    const f = this.#items[this.#i];
    if (!f) throw this.#c.rt.error(DRIVE_MSG.iteratorEnd);
    this.#i++;
    return new EmuFile(this.#c, f) as unknown as GFile;
  }
  getContinuationToken(): string {
    return Buffer.from(JSON.stringify({ ids: this.#items.slice(this.#i).map((f) => f.id) })).toString('base64url');
  }
}
const _fi: Subset<EmuFileIterator, GFileIterator> = true;
instrument(EmuFileIterator, 'FileIterator');

export class EmuFolderIterator implements Facade<GFolderIterator, typeof ITER_KEYS | 'next' | 'getContinuationToken'> {
  #c: DriveCtx;
  #items: FolderModel[];
  #i = 0;
  constructor(c: DriveCtx, items: FolderModel[]) {
    this.#c = c;
    this.#items = items;
    attach(this, c.rt);
  }
  hasNext(): boolean {
    return this.#i < this.#items.length;
  }
  next(): GFolder {
    const f = this.#items[this.#i];
    if (!f) throw this.#c.rt.error(DRIVE_MSG.iteratorEnd);
    this.#i++;
    return new EmuFolder(this.#c, f) as unknown as GFolder;
  }
  getContinuationToken(): string {
    return Buffer.from(JSON.stringify({ ids: this.#items.slice(this.#i).map((f) => f.id) })).toString('base64url');
  }
}
const _foi: Subset<EmuFolderIterator, GFolderIterator> = true;
instrument(EmuFolderIterator, 'FolderIterator');

const FOLDER_OF = new WeakMap<object, FolderModel>();
const FILE_OF = new WeakMap<object, FileModel>();
function folderArg(c: DriveCtx, x: unknown): FolderModel {
  const f = typeof x === 'object' && x !== null ? FOLDER_OF.get(x) : undefined;
  if (!f) throw c.rt.error('Invalid argument: destination');
  return f;
}
function fileArg(c: DriveCtx, x: unknown): FileModel {
  const f = typeof x === 'object' && x !== null ? FILE_OF.get(x) : undefined;
  if (!f) throw c.rt.error('Invalid argument: child');
  return f;
}

/** Creates a plain file from a Blob (or name/content/mimeType) in `folderId`. */
function createFileIn(c: DriveCtx, folderId: string, a: unknown, content?: unknown, mimeType?: unknown): GFile {
  let f: FileModel;
  if (typeof a === 'string') {
    f = c.store.addBlob(a, Buffer.from(String(content ?? ''), 'utf8'), mimeType === undefined ? 'text/plain' : String(mimeType), folderId);
  } else {
    const b = blobContent(a);
    if (!b) throw c.rt.error('Invalid argument: blob');
    f = c.store.addBlob(b.name ?? 'Untitled', Buffer.from(b.data), b.contentType ?? 'application/octet-stream', folderId);
  }
  return new EmuFile(c, f) as unknown as GFile;
}

/**
 * ASSUMPTION (reported behaviour): the *ByName/getFiles listings include items in the trash — check isTrashed().
 */
function byName<T extends { name: string }>(items: T[], name: unknown): T[] {
  return items.filter((x) => x.name === String(name));
}

/**
 * searchFiles(params): the files matching a Drive search query. DriveApp passes the query to Drive API v2 (Apps Script
 * reference, DriveApp.searchFiles: "the Drive service uses v2 of the Drive API and some query fields differ from v3"):
 * the v2 query terms and operators (developers.google.com/drive/api/v2/ref-search-terms) — `title`, not v3's `name`.
 * Like files.list, a search returns files in the trash too unless the query says `trashed = false`
 * (developers.google.com/drive/api/v2/reference/files/list: "This method returns all files by default, including
 * trashed files. If you don't want trashed files to appear in the list, use the trashed=false query parameter").
 *
 * Emulated strictly, no more: clauses joined by `and`, each one of `trashed = true|false`, `trashed != true|false`,
 * `'<id>' in parents`, `title = '<text>'`, `mimeType = '<type>'` (strings in single quotes, \' escaping a quote).
 * Anything else (or, not, parentheses, contains, dates, fullText) is refused as not emulated, so that no script relies
 * on a query the emulation would answer more leniently than Drive; a v3-only term (`name`, `modifiedTime`,
 * `createdTime`…) is refused as Drive v2 refuses it. ASSUMPTION (wording unverified): "Invalid argument: q".
 * Only files the user can open are listed (as getFileById).
 */
function searchMatcher(c: DriveCtx, params: unknown): (f: FileModel) => boolean {
  const q = String(params);
  const tests: Array<(f: FileModel) => boolean> = [];
  const str = "'((?:[^'\\\\]|\\\\.)*)'";
  const unquote = (s: string) => s.replace(/\\(.)/g, '$1');
  // Split at each `and` outside quotes: the quoted strings are set aside first, put back in each clause.
  const quoted: string[] = [];
  const bare = q.replace(/'(?:[^'\\]|\\.)*'/g, (x) => `\u0000${quoted.push(x) - 1}\u0000`);
  const clauses = bare.split(/\s+and\s+/i).map((x) => x.replace(/\u0000(\d+)\u0000/g, (_, i: string) => quoted[Number(i)]));
  for (const raw of clauses) {
    const clause = raw.trim();
    let m: RegExpExecArray | null;
    if ((m = /^trashed\s*(=|!=)\s*(true|false)$/i.exec(clause))) {
      const want = (m[2].toLowerCase() === 'true') === (m[1] === '=');
      tests.push((f) => f.trashed === want);
    } else if ((m = new RegExp(`^${str}\\s+in\\s+parents$`).exec(clause))) {
      const id = unquote(m[1]);
      tests.push((f) => f.parents.has(id));
    } else if ((m = new RegExp(`^(title|mimeType)\\s*=\\s*${str}$`).exec(clause))) {
      const [, term, value] = m;
      const v = unquote(value);
      tests.push(term === 'title' ? (f) => f.name === v : (f) => f.mimeType === v);
    } else if (/^(name|modifiedTime|createdTime|viewedByMeTime|sharedWithMe)\b/.test(clause)) {
      throw c.rt.error('Invalid argument: q');
    } else throw c.rt.error(DRIVE_MSG.notEmulated(`the search query clause "${clause}"`));
  }
  const user = c.store.sheets.activeUser();
  return (f) => canOpen(f, user) && tests.every((t) => t(f));
}

type FolderKeys =
  | 'getId' | 'getName' | 'setName' | 'getUrl' | 'createFolder' | 'createFile' | 'getFiles' | 'getFolders' | 'getFilesByName'
  | 'getFoldersByName' | 'getFilesByType' | 'addFile' | 'removeFile' | 'getParents' | 'isTrashed' | 'setTrashed' | 'moveTo'
  | 'getDateCreated' | 'getLastUpdated' | 'getDescription' | 'setDescription' | 'searchFiles';

export class EmuFolder implements Facade<GFolder, FolderKeys> {
  #c: DriveCtx;
  #f: FolderModel;
  constructor(c: DriveCtx, f: FolderModel) {
    this.#c = c;
    this.#f = f;
    FOLDER_OF.set(this, f);
    attach(this, c.rt);
  }
  getId(): string {
    return this.#f.id;
  }
  getName(): string {
    return this.#f.name;
  }
  setName(name: string): GFolder {
    this.#f.name = String(name);
    this.#f.updatedAt = this.#c.rt.clock.now();
    return this as unknown as GFolder;
  }
  getUrl(): string {
    return this.#f.url;
  }
  createFolder(name: string): GFolder {
    return new EmuFolder(this.#c, this.#c.store.addFolder(String(name), this.#f.id)) as unknown as GFolder;
  }
  createFile(a: any, content?: string, mimeType?: string): GFile {
    return createFileIn(this.#c, this.#f.id, a, content, mimeType);
  }
  getFiles(): GFileIterator {
    return new EmuFileIterator(this.#c, this.#c.store.filesIn(this.#f.id)) as unknown as GFileIterator;
  }
  getFolders(): GFolderIterator {
    return new EmuFolderIterator(this.#c, this.#c.store.foldersIn(this.#f.id)) as unknown as GFolderIterator;
  }
  getFilesByName(name: string): GFileIterator {
    return new EmuFileIterator(this.#c, byName(this.#c.store.filesIn(this.#f.id), name)) as unknown as GFileIterator;
  }
  getFoldersByName(name: string): GFolderIterator {
    return new EmuFolderIterator(this.#c, byName(this.#c.store.foldersIn(this.#f.id), name)) as unknown as GFolderIterator;
  }
  getFilesByType(mimeType: string): GFileIterator {
    return new EmuFileIterator(this.#c, this.#c.store.filesIn(this.#f.id).filter((f) => f.mimeType === String(mimeType))) as unknown as GFileIterator;
  }
  /** The folder's own files matching the query (searchMatcher). */
  searchFiles(params: string): GFileIterator {
    const match = searchMatcher(this.#c, params);
    return new EmuFileIterator(this.#c, this.#c.store.filesIn(this.#f.id).filter(match)) as unknown as GFileIterator;
  }
  addFile(child: GFile): GFolder {
    fileArg(this.#c, child).parents.add(this.#f.id);
    return this as unknown as GFolder;
  }
  removeFile(child: GFile): GFolder {
    fileArg(this.#c, child).parents.delete(this.#f.id);
    return this as unknown as GFolder;
  }
  getParents(): GFolderIterator {
    const ps = [...this.#f.parents].map((id) => this.#c.store.folders.get(id)).filter((x): x is FolderModel => !!x);
    return new EmuFolderIterator(this.#c, ps) as unknown as GFolderIterator;
  }
  isTrashed(): boolean {
    return this.#f.trashed;
  }
  setTrashed(trashed: boolean): GFolder {
    if (this.#f === this.#c.store.root) throw this.#c.rt.error('Invalid argument: trashed');
    this.#f.trashed = !!trashed;
    return this as unknown as GFolder;
  }
  moveTo(destination: GFolder): GFolder {
    const d = folderArg(this.#c, destination);
    this.#f.parents.clear();
    this.#f.parents.add(d.id);
    return this as unknown as GFolder;
  }
  getDateCreated(): GoogleAppsScript.Base.Date {
    return this.#c.rt.newDate(this.#f.createdAt) as unknown as GoogleAppsScript.Base.Date;
  }
  getLastUpdated(): GoogleAppsScript.Base.Date {
    return this.#c.rt.newDate(this.#f.updatedAt) as unknown as GoogleAppsScript.Base.Date;
  }
  getDescription(): string | null {
    return this.#f.description;
  }
  setDescription(description: string): GFolder {
    this.#f.description = String(description);
    return this as unknown as GFolder;
  }
}
const _fo: Subset<EmuFolder, GFolder> = true;
instrument(EmuFolder, 'Folder');

type FileKeys =
  | 'getId' | 'getName' | 'setName' | 'getUrl' | 'getMimeType' | 'makeCopy' | 'getAs' | 'getBlob' | 'setTrashed' | 'isTrashed'
  | 'getParents' | 'moveTo' | 'getSize' | 'getDateCreated' | 'getLastUpdated' | 'getDescription' | 'setDescription' | 'setContent'
  | FileSharingKeys;

/** Sharing (issue 18): emulator/sharing.ts. */
type FileSharingKeys = 'addViewer' | 'addViewers' | 'removeViewer' | 'addEditor' | 'addEditors' | 'removeEditor' | 'getViewers' | 'getEditors' | 'getOwner' | 'getSharingAccess' | 'getSharingPermission' | 'setSharing';

export class EmuFile implements Facade<GFile, FileKeys> {
  #c: DriveCtx;
  #f: FileModel;
  #share: SharingOps;
  constructor(c: DriveCtx, f: FileModel) {
    this.#c = c;
    this.#f = f;
    this.#share = new SharingOps(c.rt, f, c.store.sheets.activeUser);
    FILE_OF.set(this, f);
    attach(this, c.rt);
  }
  // ---- sharing (issue 18) ----
  getSharingAccess(): GoogleAppsScript.Drive.Access {
    return this.#share.getSharingAccess() as unknown as GoogleAppsScript.Drive.Access;
  }
  getSharingPermission(): GoogleAppsScript.Drive.Permission {
    return this.#share.getSharingPermission() as unknown as GoogleAppsScript.Drive.Permission;
  }
  setSharing(accessType: GoogleAppsScript.Drive.Access, permissionType: GoogleAppsScript.Drive.Permission): GFile {
    this.#share.setSharing(accessType, permissionType);
    return this as unknown as GFile;
  }
  addViewer(user: GoogleAppsScript.Base.User | string): GFile {
    this.#share.addViewer(user);
    return this as unknown as GFile;
  }
  addViewers(emailAddresses: string[]): GFile {
    this.#share.addViewers(emailAddresses);
    return this as unknown as GFile;
  }
  removeViewer(user: GoogleAppsScript.Base.User | string): GFile {
    this.#share.removeViewer(user);
    return this as unknown as GFile;
  }
  addEditor(user: GoogleAppsScript.Base.User | string): GFile {
    this.#share.addEditor(user);
    return this as unknown as GFile;
  }
  addEditors(emailAddresses: string[]): GFile {
    this.#share.addEditors(emailAddresses);
    return this as unknown as GFile;
  }
  removeEditor(user: GoogleAppsScript.Base.User | string): GFile {
    this.#share.removeEditor(user);
    return this as unknown as GFile;
  }
  getViewers(): GoogleAppsScript.Drive.User[] {
    return this.#share.getViewers();
  }
  getEditors(): GoogleAppsScript.Drive.User[] {
    return this.#share.getEditors();
  }
  getOwner(): GoogleAppsScript.Drive.User {
    return this.#share.getOwner();
  }
  // ---- end of sharing ----
  getId(): string {
    return this.#f.id;
  }
  getName(): string {
    return this.#f.name;
  }
  setName(name: string): GFile {
    this.#f.name = String(name);
    this.#f.updatedAt = this.#c.rt.clock.now();
    return this as unknown as GFile;
  }
  getUrl(): string {
    return this.#f.url;
  }
  getMimeType(): string {
    return this.#f.mimeType;
  }
  getSize(): number {
    if (this.#f.doc || this.#f.sheet) return 0; // Google-type files take no quota: Drive reports 0
    return this.#f.data.length;
  }
  /** makeCopy(), makeCopy(folder), makeCopy(name), makeCopy(name, folder). */
  makeCopy(a?: any, b?: GFolder): GFile {
    const c = this.#c;
    const name = typeof a === 'string' ? a : `Copy of ${this.#f.name}`;
    const dest = typeof a === 'object' && a !== null ? folderArg(c, a) : b !== undefined ? folderArg(c, b) : undefined;
    const parents = dest ? [dest.id] : [...this.#f.parents];
    const src = this.#f;
    let copy: FileModel;
    if (src.doc) {
      const svc = c.store.docs;
      if (svc.opts.copyCountsAsCreate) svc.consumeCreate();
      const d = svc.store.add(src.doc.copy(name, c.rt.clock.now()));
      copy = c.store.addDoc(d, parents[0] ?? c.store.root.id);
    } else if (src.sheet) {
      throw c.rt.error(DRIVE_MSG.notEmulated('makeCopy of a spreadsheet'));
    } else {
      copy = c.store.addBlob(name, Buffer.from(src.data), src.mimeType, parents[0] ?? c.store.root.id);
    }
    for (const p of parents.slice(1)) copy.parents.add(p);
    return new EmuFile(c, copy) as unknown as GFile;
  }
  getAs(contentType: string): Blob {
    const c = this.#c;
    const t = String(contentType);
    const f = this.#f;
    if (f.doc) {
      if (t !== PDF_MIME) throw c.rt.error(DOC_MSG.convert(f.mimeType, t));
      return c.store.docs.pdf(f.doc, makeBlob(c.rt));
    }
    if (f.sheet) throw c.rt.error(DRIVE_MSG.notEmulated('getAs of a spreadsheet'));
    if (t !== f.mimeType) throw c.rt.error(DOC_MSG.convert(f.mimeType, t));
    return makeBlob(c.rt)(Buffer.from(f.data), f.mimeType, f.name);
  }
  /** A Google Doc's blob is its PDF (as in Apps Script). */
  getBlob(): Blob {
    const c = this.#c;
    const f = this.#f;
    if (f.doc) return c.store.docs.pdf(f.doc, makeBlob(c.rt));
    if (f.sheet) throw c.rt.error(DRIVE_MSG.notEmulated('getBlob of a spreadsheet'));
    return makeBlob(c.rt)(Buffer.from(f.data), f.mimeType, f.name);
  }
  setContent(content: string): GFile {
    if (this.#f.doc || this.#f.sheet) throw this.#c.rt.error('Invalid argument: content');
    this.#f.data = Buffer.from(String(content), 'utf8');
    return this as unknown as GFile;
  }
  setTrashed(trashed: boolean): GFile {
    this.#f.trashed = !!trashed;
    return this as unknown as GFile;
  }
  isTrashed(): boolean {
    return this.#f.trashed;
  }
  getParents(): GFolderIterator {
    const ps = [...this.#f.parents].map((id) => this.#c.store.folders.get(id)).filter((x): x is FolderModel => !!x);
    return new EmuFolderIterator(this.#c, ps) as unknown as GFolderIterator;
  }
  moveTo(destination: GFolder): GFile {
    const d = folderArg(this.#c, destination);
    this.#f.parents.clear();
    this.#f.parents.add(d.id);
    return this as unknown as GFile;
  }
  getDateCreated(): GoogleAppsScript.Base.Date {
    return this.#c.rt.newDate(this.#f.createdAt) as unknown as GoogleAppsScript.Base.Date;
  }
  getLastUpdated(): GoogleAppsScript.Base.Date {
    const t = this.#f.doc ? this.#f.doc.updatedAt : this.#f.updatedAt;
    return this.#c.rt.newDate(t) as unknown as GoogleAppsScript.Base.Date;
  }
  getDescription(): string | null {
    return this.#f.description;
  }
  setDescription(description: string): GFile {
    this.#f.description = String(description);
    return this as unknown as GFile;
  }
}
const _file: Subset<EmuFile, GFile> = true;
instrument(EmuFile, 'File');

type AppKeys =
  | 'getRootFolder' | 'getFolderById' | 'getFileById' | 'createFolder' | 'createFile' | 'getFoldersByName' | 'getFilesByName'
  | 'getFiles' | 'getFolders' | 'getFilesByType' | 'searchFiles';

export class EmuDriveApp implements Facade<GoogleAppsScript.Drive.DriveApp, AppKeys | 'Access' | 'Permission'> {
  readonly Access = DRIVE_ACCESS as unknown as GoogleAppsScript.Drive.DriveApp['Access'];
  readonly Permission = DRIVE_PERMISSION as unknown as GoogleAppsScript.Drive.DriveApp['Permission'];
  #c: DriveCtx;
  constructor(rt: Runtime, store: DriveStore) {
    this.#c = { rt, store };
    attach(this, rt);
  }
  getRootFolder(): GFolder {
    return new EmuFolder(this.#c, this.#c.store.root) as unknown as GFolder;
  }
  getFolderById(id: string): GFolder {
    const f = this.#c.store.folders.get(String(id));
    if (!f) throw this.#c.rt.error(DRIVE_MSG.notFound);
    return new EmuFolder(this.#c, f) as unknown as GFolder;
  }
  getFileById(id: string): GFile {
    const f = this.#c.store.file(String(id));
    if (!f) throw this.#c.rt.error(DRIVE_MSG.notFound);
    if (!canOpen(f, this.#c.store.sheets.activeUser())) throw this.#c.rt.error(DRIVE_MSG.notFound);
    return new EmuFile(this.#c, f) as unknown as GFile;
  }
  createFolder(name: string): GFolder {
    return new EmuFolder(this.#c, this.#c.store.addFolder(String(name), this.#c.store.root.id)) as unknown as GFolder;
  }
  createFile(a: any, content?: string, mimeType?: string): GFile {
    return createFileIn(this.#c, this.#c.store.root.id, a, content, mimeType);
  }
  /** Every folder the user has (anywhere in the Drive), by name. */
  getFoldersByName(name: string): GFolderIterator {
    const all = [...this.#c.store.folders.values()].filter((f) => f !== this.#c.store.root);
    return new EmuFolderIterator(this.#c, byName(all, name)) as unknown as GFolderIterator;
  }
  getFilesByName(name: string): GFileIterator {
    this.#c.store.sync();
    return new EmuFileIterator(this.#c, byName([...this.#c.store.files.values()], name)) as unknown as GFileIterator;
  }
  getFiles(): GFileIterator {
    this.#c.store.sync();
    return new EmuFileIterator(this.#c, [...this.#c.store.files.values()]) as unknown as GFileIterator;
  }
  getFolders(): GFolderIterator {
    return new EmuFolderIterator(this.#c, [...this.#c.store.folders.values()].filter((f) => f !== this.#c.store.root)) as unknown as GFolderIterator;
  }
  getFilesByType(mimeType: string): GFileIterator {
    this.#c.store.sync();
    return new EmuFileIterator(this.#c, [...this.#c.store.files.values()].filter((f) => f.mimeType === String(mimeType))) as unknown as GFileIterator;
  }
  /** Every file of the user's Drive matching the query (searchMatcher). */
  searchFiles(params: string): GFileIterator {
    const match = searchMatcher(this.#c, params);
    this.#c.store.sync();
    return new EmuFileIterator(this.#c, [...this.#c.store.files.values()].filter(match)) as unknown as GFileIterator;
  }
}
const _drive: Subset<EmuDriveApp, GoogleAppsScript.Drive.DriveApp> = true;
instrument(EmuDriveApp, 'DriveApp');

export { documentModelOf };

// ------------------------------------------------------------------ controllers (Node side)

export interface DocSummary {
  id: string;
  name: string;
  /** Paths of the folders holding it ("My Drive/…"). */
  folders: string[];
  text: string;
  /** No handle of it is open (saveAndClose called, or the execution that opened it ended). */
  closed: boolean;
  /** Edits not saved yet. */
  dirty: boolean;
  trashed: boolean;
  createdAt: number;
}

export interface FolderTree {
  id: string;
  name: string;
  trashed: boolean;
  folders: FolderTree[];
  files: Array<{ id: string; name: string; mimeType: string; trashed: boolean }>;
}

/** Node-side view of the documents: read them without counting calls; export .docx. */
export class DocsController {
  constructor(
    readonly svc: DocsService,
    readonly drive: DriveStore,
  ) {}
  get store() {
    return this.svc.store;
  }
  byId(id: string): DocumentModel | undefined {
    return this.svc.store.byId(id);
  }
  byName(name: string): DocumentModel[] {
    return [...this.svc.store.docs.values()].filter((d) => d.name === name);
  }
  list(): DocSummary[] {
    this.drive.sync();
    return [...this.svc.store.docs.values()].map((d) => {
      const f = this.drive.files.get(d.id);
      return {
        id: d.id,
        name: d.name,
        folders: f ? [...f.parents].map((p) => this.drive.path(p)) : [],
        text: nodeText(d.body),
        closed: !this.svc.sessions.some((s) => s.doc === d && !s.closed),
        dirty: d.dirty,
        trashed: f?.trashed ?? false,
        createdAt: d.createdAt,
      };
    });
  }
  /**
   * The office sets Table properties → Rows in Google Docs on the `table`-th table of a document (pinned header rows,
   * rows kept on one page): what no script can do (see UiTableProperties).
   */
  setTablePropertiesInUi(id: string, table: number, props: Partial<UiTableProperties>): void {
    const d = this.byId(id);
    if (!d) throw new Error(`no document ${id}`);
    this.svc.setTablePropertiesInUi(d, table, props);
  }
  /** The body text of a document (paragraphs joined by "\n"). */
  text(id: string): string {
    const d = this.byId(id);
    if (!d) throw new Error(`no document ${id}`);
    return nodeText(d.body);
  }
  /** PDFs the script exported (getAs/getBlob). */
  get pdfs() {
    return this.svc.store.pdfs;
  }
  /** Documents the script may still create today. */
  remainingCreates(): number {
    return this.svc.remainingCreates();
  }
  async exportDocx(id: string, path: string): Promise<string> {
    const d = this.byId(id);
    if (!d) throw new Error(`no document ${id}`);
    await writeDocx(d, path);
    return path;
  }
  /** Writes every (untrashed) document as `<dir>/<name>.docx` (names made file-safe and unique). */
  async exportAll(dir: string): Promise<string[]> {
    mkdirSync(dir, { recursive: true });
    const used = new Set<string>();
    const out: string[] = [];
    for (const s of this.list()) {
      if (s.trashed) continue;
      const base = s.name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').trim() || 'Untitled';
      let name = base;
      for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base} (${i})`;
      used.add(name.toLowerCase());
      out.push(await this.exportDocx(s.id, join(dir, `${name}.docx`)));
    }
    return out;
  }
}

/** Node-side view of Drive. */
export class DriveController {
  constructor(readonly store: DriveStore) {}
  get root(): FolderModel {
    return this.store.root;
  }
  file(id: string): FileModel | undefined {
    return this.store.file(id);
  }
  folder(id: string): FolderModel | undefined {
    return this.store.folders.get(id);
  }
  filesByName(name: string): FileModel[] {
    this.store.sync();
    return [...this.store.files.values()].filter((f) => f.name === name);
  }
  foldersByName(name: string): FolderModel[] {
    return [...this.store.folders.values()].filter((f) => f.name === name);
  }
  /** Files directly in a folder. */
  filesIn(folderId: string): FileModel[] {
    return this.store.filesIn(folderId);
  }
  /** A person empties the trash of a file (or deletes it for good): it is gone for every service. */
  deleteForever(id: string): void {
    this.store.sync();
    const f = this.store.files.get(id);
    if (!f) throw new Error(`no file ${id}`);
    this.store.files.delete(id);
    if (f.sheet) this.store.sheets.files.delete(id);
    if (f.doc) this.store.docs.store.docs.delete(id);
  }
  path(folderId: string): string {
    return this.store.path(folderId);
  }
  /** The folder tree from the root (or `folderId`). */
  tree(folderId: string = this.store.root.id): FolderTree {
    const f = this.store.folders.get(folderId);
    if (!f) throw new Error(`no folder ${folderId}`);
    return {
      id: f.id,
      name: f.name,
      trashed: f.trashed,
      folders: this.store.foldersIn(f.id).map((x) => this.tree(x.id)),
      files: this.store.filesIn(f.id).map((x) => ({ id: x.id, name: x.name, mimeType: x.mimeType, trashed: x.trashed })),
    };
  }
  /** The tree as indented text (trashed items marked). */
  treeText(folderId?: string): string {
    const lines: string[] = [];
    const walk = (t: FolderTree, depth: number) => {
      lines.push(`${'  '.repeat(depth)}${t.name}/${t.trashed ? ' (trashed)' : ''}`);
      for (const f of t.folders) walk(f, depth + 1);
      for (const x of t.files) lines.push(`${'  '.repeat(depth + 1)}${x.name}${x.trashed ? ' (trashed)' : ''}`);
    };
    walk(this.tree(folderId), 0);
    return lines.join('\n');
  }
}
