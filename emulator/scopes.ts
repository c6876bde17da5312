// Authorization scopes: which OAuth scopes each emulated service call needs, and the refusal Apps Script gives
// when the project was not granted any of them. With explicit `oauthScopes` in the manifest only those are granted
// (facts file); a simple trigger (onOpen, onEdit: AuthMode.LIMITED) gets only access to the file it is bound to.
//
// Sources (each method's "Authorization" section on its reference page, developers.google.com/apps-script/reference):
//  - spreadsheet/spreadsheet-app: getActiveSpreadsheet → spreadsheets.currentonly || spreadsheets; openById,
//    openByUrl, create → spreadsheets. Spreadsheet, Sheet, Range… methods → spreadsheets.currentonly || spreadsheets.
//  - forms/form-app: create, openById, openByUrl → forms; getActiveForm and Form/Item/FormResponse methods →
//    forms.currentonly || forms.
//  - document/document-app: create, openById, openByUrl → documents; getActiveDocument and the methods of
//    Document, Body, Paragraph… → documents.currentonly || documents.
//  - drive/drive-app, drive/file, drive/folder: reading (getFileById, getFolderById, get…, iterators, getAs) →
//    drive.readonly || drive; creating and changing (createFolder, createFile, makeCopy, moveTo, setTrashed, set…)
//    → drive. Confirmed by the refusal quoted in the facts file for DriveApp.getFileById with only drive.file.
//  - mail/mail-app: getRemainingDailyQuota, sendEmail → script.send_mail.
//  - script/script-app: newTrigger, getProjectTriggers, getUserTriggers, deleteTrigger → script.scriptapp
//    (getScriptId: none). script/trigger: every Trigger method (getEventType, getHandlerFunction, getTriggerSource,
//    getTriggerSourceId, getUniqueId) → script.scriptapp. script/trigger-builder: timeBased → script.scriptapp;
//    forSpreadsheet → spreadsheets.currentonly || spreadsheets; forForm → forms.currentonly || forms (the builders of
//    ClockTriggerBuilder and SpreadsheetTriggerBuilder list none). Review strict2.
//  - base/session: getActiveUser, getEffectiveUser → userinfo.email.
//  - LockService, PropertiesService, Utilities, Logger, console, Ui alerts and menus: no Authorization section.
// ASSUMPTION (unverified): the class name in the refusal of an instance method is the interface's (File.makeCopy).

const AUTH = 'https://www.googleapis.com/auth/';
export const SCOPE = {
  spreadsheets: AUTH + 'spreadsheets',
  spreadsheetsCurrent: AUTH + 'spreadsheets.currentonly',
  spreadsheetsReadonly: AUTH + 'spreadsheets.readonly',
  forms: AUTH + 'forms',
  formsCurrent: AUTH + 'forms.currentonly',
  documents: AUTH + 'documents',
  documentsCurrent: AUTH + 'documents.currentonly',
  documentsReadonly: AUTH + 'documents.readonly',
  drive: AUTH + 'drive',
  driveReadonly: AUTH + 'drive.readonly',
  driveFile: AUTH + 'drive.file',
  sendMail: AUTH + 'script.send_mail',
  scriptApp: AUTH + 'script.scriptapp',
  containerUi: AUTH + 'script.container.ui',
  email: AUTH + 'userinfo.email',
} as const;

/** Any one of these scopes allows the call; [] = no authorization needed. */
export type ScopeSet = readonly string[];

const SHEETS_FILE: ScopeSet = [SCOPE.spreadsheetsCurrent, SCOPE.spreadsheets];
const FORMS_FILE: ScopeSet = [SCOPE.formsCurrent, SCOPE.forms];
const DOCS_FILE: ScopeSet = [SCOPE.documentsCurrent, SCOPE.documents];
const DRIVE_READ: ScopeSet = [SCOPE.driveReadonly, SCOPE.drive];
const DRIVE_WRITE: ScopeSet = [SCOPE.drive];
const NONE: ScopeSet = [];

/** Classes whose every method works on the bound (or an opened) file of one kind. */
const BY_CLASS: Record<string, ScopeSet> = {
  Spreadsheet: SHEETS_FILE,
  Sheet: SHEETS_FILE,
  Range: SHEETS_FILE,
  Protection: SHEETS_FILE,
  DataValidation: SHEETS_FILE,
  EmbeddedChart: SHEETS_FILE,
  TextFinder: SHEETS_FILE,
  Form: FORMS_FILE,
  Item: FORMS_FILE,
  ListItem: FORMS_FILE, // forms' ListItem (the Docs one is checked as DocsListItem: see instrument's scopeClass)
  DocsListItem: DOCS_FILE,
  MultipleChoiceItem: FORMS_FILE,
  CheckboxItem: FORMS_FILE,
  TextItem: FORMS_FILE,
  ParagraphTextItem: FORMS_FILE,
  DateItem: FORMS_FILE,
  GridItem: FORMS_FILE,
  PageBreakItem: FORMS_FILE,
  SectionHeaderItem: FORMS_FILE,
  Choice: FORMS_FILE,
  ItemResponse: FORMS_FILE,
  FormResponse: FORMS_FILE,
  Document: DOCS_FILE,
  Body: DOCS_FILE,
  HeaderSection: DOCS_FILE,
  FooterSection: DOCS_FILE,
  Element: DOCS_FILE,
  ContainerElement: DOCS_FILE,
  Paragraph: DOCS_FILE,
  Table: DOCS_FILE,
  TableRow: DOCS_FILE,
  TableCell: DOCS_FILE,
  Text: DOCS_FILE,
  PageBreak: DOCS_FILE,
  RangeElement: DOCS_FILE,
  MailApp: [SCOPE.sendMail],
  Trigger: [SCOPE.scriptApp],
  FileIterator: DRIVE_READ,
  FolderIterator: DRIVE_READ,
};

const BY_METHOD: Record<string, ScopeSet> = {
  'SpreadsheetApp.getActiveSpreadsheet': SHEETS_FILE,
  'SpreadsheetApp.getActive': SHEETS_FILE,
  'SpreadsheetApp.getActiveSheet': SHEETS_FILE,
  'SpreadsheetApp.getActiveRange': SHEETS_FILE,
  'SpreadsheetApp.flush': SHEETS_FILE,
  'SpreadsheetApp.openById': [SCOPE.spreadsheets],
  'SpreadsheetApp.openByUrl': [SCOPE.spreadsheets],
  'SpreadsheetApp.open': [SCOPE.spreadsheets],
  'SpreadsheetApp.create': [SCOPE.spreadsheets],
  'FormApp.create': [SCOPE.forms],
  'FormApp.openById': [SCOPE.forms],
  'FormApp.openByUrl': [SCOPE.forms],
  'FormApp.getActiveForm': FORMS_FILE,
  'DocumentApp.create': [SCOPE.documents],
  'DocumentApp.openById': [SCOPE.documents],
  'DocumentApp.openByUrl': [SCOPE.documents],
  'DocumentApp.getActiveDocument': DOCS_FILE,
  'ScriptApp.newTrigger': [SCOPE.scriptApp],
  'ScriptApp.getProjectTriggers': [SCOPE.scriptApp],
  'ScriptApp.getUserTriggers': [SCOPE.scriptApp],
  'ScriptApp.deleteTrigger': [SCOPE.scriptApp],
  'TriggerBuilder.timeBased': [SCOPE.scriptApp],
  'TriggerBuilder.forSpreadsheet': SHEETS_FILE,
  'TriggerBuilder.forForm': FORMS_FILE,
  'Session.getActiveUser': [SCOPE.email],
  // The Sheets advanced service is the REST API: its scopes, never a ".currentonly" one (sheets/api/reference/rest:
  // spreadsheets.get and values.get accept spreadsheets(.readonly) or drive(.readonly, .file); batchUpdate and
  // values.batchUpdate spreadsheets, drive or drive.file).
  'Sheets.Spreadsheets.get': [SCOPE.spreadsheetsReadonly, SCOPE.spreadsheets, SCOPE.driveReadonly, SCOPE.drive, SCOPE.driveFile],
  'Sheets.Spreadsheets.Values.get': [SCOPE.spreadsheetsReadonly, SCOPE.spreadsheets, SCOPE.driveReadonly, SCOPE.drive, SCOPE.driveFile],
  'Sheets.Spreadsheets.Values.batchGet': [SCOPE.spreadsheetsReadonly, SCOPE.spreadsheets, SCOPE.driveReadonly, SCOPE.drive, SCOPE.driveFile],
  'Sheets.Spreadsheets.batchUpdate': [SCOPE.spreadsheets, SCOPE.drive, SCOPE.driveFile],
  'Sheets.Spreadsheets.Values.batchUpdate': [SCOPE.spreadsheets, SCOPE.drive, SCOPE.driveFile],
  // The Docs advanced service likewise (docs/api/reference/rest/v1/documents/get: documents(.readonly) or
  // drive(.readonly, .file); batchUpdate: documents, drive or drive.file).
  'Docs.Documents.get': [SCOPE.documentsReadonly, SCOPE.documents, SCOPE.driveReadonly, SCOPE.drive, SCOPE.driveFile],
  'Docs.Documents.batchUpdate': [SCOPE.documents, SCOPE.drive, SCOPE.driveFile],
  'Session.getEffectiveUser': [SCOPE.email],
};

const DRIVE_CLASSES = new Set(['DriveApp', 'File', 'Folder']);
/** Drive methods that create or change something (the rest only read). */
const DRIVE_CHANGES = /^(create|make|move|set|add|remove)/;

/** The scopes one of which a call "Class.method" needs ([] = none). */
export function requiredScopes(call: string, scopeClass?: string): ScopeSet {
  const dot = call.indexOf('.');
  const cls = scopeClass ?? call.slice(0, dot);
  const method = call.slice(dot + 1);
  if (BY_METHOD[call]) return BY_METHOD[call];
  if (DRIVE_CLASSES.has(cls)) return DRIVE_CHANGES.test(method) ? DRIVE_WRITE : DRIVE_READ;
  return BY_CLASS[cls] ?? NONE;
}

/** What a simple trigger (AuthMode.LIMITED) may use: the file it is bound to, nothing that needs consent. */
export const SIMPLE_TRIGGER_SCOPES: readonly string[] = [SCOPE.spreadsheetsCurrent, SCOPE.formsCurrent, SCOPE.documentsCurrent];

/** Apps Script's refusal (in English; see locale.ts): "(a || b)" when several scopes would do. */
export function permissionMessage(call: string, needed: ScopeSet): string {
  const list = needed.length === 1 ? needed[0] : `(${needed.join(' || ')})`;
  return `You do not have permission to call ${call}. Required permissions: ${list}`;
}

/** null when `granted` (null: every scope, as when the manifest lists none) allows the call; else the refusal. */
export function checkScopes(call: string, granted: ReadonlySet<string> | null, scopeClass?: string): string | null {
  if (granted === null) return null;
  const needed = requiredScopes(call, scopeClass);
  if (needed.length === 0 || needed.some((s) => granted.has(s))) return null;
  return permissionMessage(call, needed);
}
