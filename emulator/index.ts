// createEmulator(): everything wired together — the runtime (clock, calls, latency, quotas, executions), the
// Apps Script globals the bundle sees, and the Node-side controllers tests and scripts drive.
import { EmuBlob, EmuConsole, EmuLogger, EmuSession, EmuUtilities, Identity, LogController } from './base.js';
import { DocsService, DocumentStore, EmuDocumentApp, PAGE } from './document.js';
import { DocsController, DriveController, DriveStore, EmuDriveApp, MIME_TYPE } from './drive.js';
import { EmuFormApp, FormsController, responseRows, type FormModel } from './forms.js';
import { loadBundle as loadIntoVm, type LoadedBundle } from './harness.js';
import { EmuLockService, LockController } from './lock.js';
import { EmuMailApp, MailController } from './mail.js';
import { EmuPropertiesService, PropertiesController } from './properties.js';
import type { Locale } from './locale.js';
import { Runtime } from './runtime.js';
import { EmuScriptApp, TriggerController } from './script.js';
import { CHARTS_GLOBAL, EmuSpreadsheetApp, SpreadsheetStore, type SheetModel, type SpreadsheetModel } from './spreadsheet.js';
import type { CellValue } from './values.js';
import { SharingController, canOpen } from './sharing.js';
import { EmuSheetsService } from './sheets-api.js';
import { EmuDocsService } from './docs-api.js';
import { readFileSync } from 'node:fs';
import { copyEmulatorState } from './fork.js';
import { exportXlsx, importXlsx } from './xlsx.js';

export interface EmulatorOptions {
  /** Start time of the fake clock (default 2025-09-01 08:00 in Ho Chi Minh City). */
  now?: Date | number;
  timeZone?: string;
  /** E-mail recipients a day (100 consumer, 1,500 Workspace). */
  mailQuota?: number;
  /** Workspace account (noReply honoured, 400 KB bodies). Default: mailQuota > 100. */
  workspace?: boolean;
  /** Advance the clock by each call's modelled cost (latency.ts). */
  modelLatency?: boolean;
  latency?: Record<string, number>;
  /** The user running the script (owner of the triggers). */
  userEmail?: string;
  /** Name of the container spreadsheet the script is bound to. */
  spreadsheetName?: string;
  /** Form response tab: update a column's header when its question is renamed (default false). */
  renameUpdatesHeader?: boolean;
  /** Spreadsheet submit event of an edited response: only changed answers (default) or the full row. */
  editEvent?: 'changedOnly' | 'full';
  /** Documents created a day (DocumentApp.create): 250 consumer (default), 1,500 Workspace. */
  docsCreateQuota?: number;
  /** Drive makeCopy of a Google Doc counts against the documents-created quota (default true; unverified). */
  docCopyCountsAsCreate?: boolean;
  /** How replaceText reads its replacement: 'java' ($n groups, \\ escapes; default, strict) or 'literal'. */
  docsReplacement?: 'java' | 'literal';
  /** Page size of a new document: 'LETTER' (Google Docs' default, 1-inch margins) or 'A4'. */
  docPageSize?: 'LETTER' | 'A4';
  /**
   * The manifest's `oauthScopes`: only these are granted, and a call needing another is refused as Apps Script
   * refuses it (scopes.ts). Undefined: a manifest without oauthScopes, where Apps Script grants what the code uses.
   */
  oauthScopes?: readonly string[];
  /** Language of service error messages: 'en' (default) or 'vi' (locale.ts). */
  locale?: Locale;
  /**
   * The locale of the spreadsheets the emulation makes (the container included): its creator's account's; 'vi_VN'
   * (default) or 'en_US' (an account in English, United States: typed dates month first; values.ts).
   */
  spreadsheetLocale?: string;
  /** Spreadsheets created a day (SpreadsheetApp.create): 250 consumer (default), 3,200 Workspace. */
  sheetsCreateQuota?: number;
  /**
   * The advanced services the manifest enables (the `userSymbol`s of `dependencies.enabledAdvancedServices`); only
   * these globals exist (emulated: "Sheets", sheets-api.ts; "Docs", docs-api.ts). Default: those of the project's own manifest,
   * appsscript/appsscript.json — so a service dropped from the manifest is gone from every emulated run.
   */
  advancedServices?: readonly string[];
}

/** The advanced services appsscript/appsscript.json enables (their userSymbols). */
export function manifestAdvancedServices(path: string | URL = new URL('../appsscript/appsscript.json', import.meta.url)): string[] {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { dependencies?: { enabledAdvancedServices?: Array<{ userSymbol?: string }> } };
  return (manifest.dependencies?.enabledAdvancedServices ?? []).map((s) => String(s.userSymbol));
}

/** Node-side view of the spreadsheets: read them without counting calls, export/import .xlsx. */
export class SpreadsheetController {
  constructor(readonly store: SpreadsheetStore) {}
  /** The container spreadsheet (what getActiveSpreadsheet returns). */
  get active(): SpreadsheetModel {
    if (!this.store.active) throw new Error('no container spreadsheet');
    return this.store.active;
  }
  byId(id: string): SpreadsheetModel | undefined {
    return this.store.byId(id);
  }
  /** A tab of the container (or of `fileId`), or undefined. */
  sheet(name: string, fileId?: string): SheetModel | undefined {
    const f = fileId ? this.store.byId(fileId) : this.active;
    return f?.sheetByName(name);
  }
  /** Tab names of the container, in order. */
  sheetNames(fileId?: string): string[] {
    return (fileId ? this.store.byId(fileId)! : this.active).sheets.map((s) => s.name);
  }
  /** The data-range values of a tab, as getDataRange().getValues() would return them. Throws if it is missing. */
  values(name: string, fileId?: string): CellValue[][] {
    const s = this.sheet(name, fileId);
    if (!s) throw new Error(`no sheet "${name}" (have: ${this.sheetNames(fileId).join(', ')})`);
    return s.values();
  }
  /** Asserts that the container has no tab `name` (getSheetByName(name) would return null). */
  assertNoSheet(name: string, fileId?: string): void {
    if (this.sheet(name, fileId)) throw new Error(`expected no sheet "${name}", but it exists`);
  }
  /** Menus added to the container's UI (onOpen). */
  get menus(): SpreadsheetModel['menus'] {
    return this.active.menus;
  }
  /** Alerts and toasts shown. */
  get ui(): SpreadsheetModel['ui'] {
    return this.active.ui;
  }
  exportXlsx(path: string, fileId?: string): Promise<void> {
    return exportXlsx(fileId ? this.store.byId(fileId)! : this.active, path);
  }
  importXlsx(path: string, name?: string): Promise<SpreadsheetModel> {
    return importXlsx(this.store, path, name);
  }
}

/**
 * Where a test suite's setup watches every emulator made (test/setup-locks.ts): an array it puts under this global
 * symbol, onto which each emulator is pushed as it is made. A global rather than a function to import, so that the
 * setup does not load the whole emulator into every test file, most of which never make one.
 */
export const WATCH_EMULATORS = Symbol.for('apps-script-emulator.watch');

export function createEmulator(opts: EmulatorOptions = {}, forkOf?: { scriptId: string }) {
  const timeZone = opts.timeZone ?? 'Asia/Ho_Chi_Minh';
  const runtime = new Runtime({ now: opts.now ?? Date.UTC(2025, 8, 1, 1, 0, 0), modelLatency: opts.modelLatency ?? true, latency: opts.latency, oauthScopes: opts.oauthScopes, locale: opts.locale });
  const mailQuota = opts.mailQuota ?? 100;
  const identity = new Identity(opts.userEmail ?? 'thuongtruc@phonggd.example.vn', timeZone);
  const store = new SpreadsheetStore(timeZone);
  store.locale = opts.spreadsheetLocale ?? 'vi_VN';
  const user = () => identity.activeUser;
  // Quotas are per user: counted for whoever the code runs as (a trigger run sets the active user to its owner).
  runtime.effectiveUser = user;
  store.activeUser = user;
  store.active = store.create(opts.spreadsheetName ?? 'Điển hình tiên tiến');
  const containerId = () => store.active?.id ?? null;

  const triggers = new TriggerController(runtime, timeZone, user, (u) => {
    identity.activeUser = u;
  });
  const forms = new FormsController(runtime, store, triggers, { renameUpdatesHeader: opts.renameUpdatesHeader, editEvent: opts.editEvent });
  const mail = new MailController(runtime, { dailyQuota: mailQuota, workspace: opts.workspace ?? mailQuota > 100, sender: user });
  const properties = new PropertiesController();
  const locks = new LockController(runtime);
  triggers.lockBusy = () => locks.scriptLockHolder() !== null;
  const logs = new LogController();
  const spreadsheets = new SpreadsheetController(store);
  const workspace = opts.workspace ?? mailQuota > 100;
  const advanced = opts.advancedServices ?? manifestAdvancedServices();
  const docsService = new DocsService(runtime, new DocumentStore(PAGE[opts.docPageSize ?? 'LETTER']), {
    createQuota: opts.docsCreateQuota ?? (workspace ? 1500 : 250),
    copyCountsAsCreate: opts.docCopyCountsAsCreate ?? true,
    replacement: opts.docsReplacement ?? 'java',
  });
  store.createQuota = opts.sheetsCreateQuota ?? (workspace ? 3200 : 250);
  const driveStore = new DriveStore(docsService, store, () => runtime.clock.now());
  const sharing = new SharingController((id) => driveStore.file(id), runtime);
  driveStore.forms = () => forms.forms;
  forms.canOpen = (id) => {
    const file = driveStore.file(id);
    return !file || canOpen(file, user());
  };
  const docs = new DocsController(docsService, driveStore);
  const drive = new DriveController(driveStore);
  const scriptId = forkOf?.scriptId ?? `1ScRiPt_emu_${Math.random().toString(36).slice(2, 14)}`;

  /** The Apps Script globals, exactly what the bundle's context holds. */
  const globals = {
    SpreadsheetApp: new EmuSpreadsheetApp(runtime, store),
    FormApp: new EmuFormApp(runtime, forms),
    ScriptApp: new EmuScriptApp(runtime, triggers, scriptId),
    LockService: new EmuLockService(runtime, locks, user, containerId),
    PropertiesService: new EmuPropertiesService(runtime, properties, user, containerId),
    MailApp: new EmuMailApp(runtime, mail),
    Session: new EmuSession(runtime, identity),
    Utilities: new EmuUtilities(runtime),
    Logger: new EmuLogger(runtime, logs),
    console: new EmuConsole(runtime, logs),
    Charts: CHARTS_GLOBAL,
    DocumentApp: new EmuDocumentApp(runtime, docsService, (data, type, name) => new EmuBlob(runtime, data, type, name) as unknown as GoogleAppsScript.Base.Blob, (d) => driveStore.addDoc(d, driveStore.root.id)),
    DriveApp: new EmuDriveApp(runtime, driveStore),
    MimeType: MIME_TYPE,
    ...(advanced.includes('Sheets') ? { Sheets: new EmuSheetsService(runtime, store) } : {}),
    ...(advanced.includes('Docs') ? { Docs: new EmuDocsService(runtime, docsService.store) } : {}),
  };

  let bundle: LoadedBundle | null = null;

  const emu = {
    runtime,
    clock: runtime.clock,
    /** Service calls by "Class.method". */
    calls: runtime.calls,
    identity,
    spreadsheets,
    forms,
    mail,
    triggers,
    properties,
    locks,
    logs,
    /** Documents: `list()`, `text(id)`, `byName`, `pdfs`, `exportDocx(id, path)`, `exportAll(dir)`. */
    docs,
    /** Drive: `tree()`, `treeText()`, `filesByName`, `foldersByName`, `filesIn`, `path`. */
    drive,
    /** Sharing: `canOpen(user, fileId)`, `role(user, fileId)`, `acl(fileId)` (owner, editors, viewers). */
    sharing,
    globals,
    scriptId,
    /** Loads the bundle into a vm context holding only `globals`; wires trigger handlers to it. */
    loadBundle(code: string): LoadedBundle {
      bundle = loadIntoVm(code, { runtime, globals, triggers, spreadsheets: store, activeUser: user });
      return bundle;
    },
    get bundle(): LoadedBundle {
      if (!bundle) throw new Error('loadBundle() first');
      return bundle;
    },
    /** Response-tab values of a form (header row first). */
    responseRows(form: FormModel): unknown[][] {
      return responseRows(forms, form);
    },
  };
  MADE.set(emu, { opts, scriptId });
  const watch = (globalThis as Record<symbol, unknown>)[WATCH_EMULATORS];
  if (Array.isArray(watch)) watch.push(emu);
  return emu;
}

export type Emulator = ReturnType<typeof createEmulator>;

/** How each emulator was made (its options and script id), for forkEmulator. */
const MADE = new WeakMap<object, { opts: EmulatorOptions; scriptId: string }>();

/**
 * A new emulator holding a deep copy of the state of `emu`, sharing nothing mutable with it (fork.ts): an office set up
 * once, many runs started from that point. Its bundle is not loaded: `forkEmulator(emu).loadBundle(code)`.
 */
export function forkEmulator(emu: Emulator): Emulator {
  const made = MADE.get(emu);
  if (!made) throw new Error('forkEmulator: not an emulator made by createEmulator');
  if (emu.runtime.current) throw new Error('forkEmulator: an execution is running');
  // Work a test queued (interleave, defer) is a closure over this emulator: a fork would run it against this one.
  if (emu.runtime.pendingInterleaves > 0 || emu.runtime.deferredCount > 0) throw new Error('forkEmulator: work is queued (runtime.interleave or a deferred trigger): fork before queuing it');
  return copyEmulatorState(emu, createEmulator(made.opts, { scriptId: made.scriptId }));
}

export { CHECKBOX_SEPARATOR, EMAIL_HEADER, RESPONSE_SHEET_PREFIX, TIMESTAMP_HEADER } from './forms.js';
export { LOCK_TIMEOUT_MESSAGE } from './lock.js';
export { MAIL_MSG } from './mail.js';
export { Runtime, Clock } from './runtime.js';
export { MSG as SHEET_MSG } from './spreadsheet.js';
export { TRIGGER_MSG } from './script.js';
export { DOC_MSG } from './document.js';
export { DRIVE_MSG } from './drive.js';
export { SCOPE, permissionMessage, requiredScopes } from './scopes.js';
export { SHEETS_API_MSG } from './sheets-api.js';
export { localise, type Locale } from './locale.js';
