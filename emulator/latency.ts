// Modelled cost (ms) of one call per "Class.method". When latency modelling is on, each call advances the fake
// clock by its cost, so a script's modelled run time — and whether it fits the 6-minute budget — can be read
// off the clock. These are orders of magnitude from public measurements, not promises; the point is that a
// script whose service calls grow with the data is visibly slower than one that batches.
//
// Sources:
//  [S1] "What is faster: ScriptDb or SpreadsheetApp?" (Stack Overflow answer, Mogsdad, mirrored at
//       ruby-bash.developreference.com/article/29263774): a single setValues of 4,000 cells took < 50 ms;
//       adding one flush() took it to 610 ms; a flush per row for 400 rows ~12 s; 400 row-by-row setValues
//       without flush 164 ms (the write cache absorbs them).
//  [S2] Luis Peralta, "Google Apps Script APIs performance" (ziritione.org/post/apps_script_performance),
//       100 runs: ScriptProperties.setProperty avg 62 ms, getProperty avg 30 ms; UserProperties similar.
//  [S3] Google, "Best practices" (developers.google.com/apps-script/guides/support/best-practices): calls to
//       other services are orders of magnitude slower than JavaScript; batch reads and writes.
//  [S4] Apps Script facts file (../shared/apps-script-facts.md): flush ~610 ms; 4,000-cell write < 50 ms.
//  [S5] Google, "Quotas for Google Services" (developers.google.com/apps-script/guides/services/quotas): documents
//       created a day 250 / 1,500 — creating a Doc is a heavyweight, quota-counted operation; Docs/Drive
//       figures below are estimates of the order commonly reported for DocumentApp.create / makeCopy (1–2 s).
// Where no measurement was found the cost is an explicit guess, marked "guess", of the same order as [S1]/[S2].

export type LatencyTable = Record<string, number>;

export const DEFAULT_LATENCY_MS: LatencyTable = {
  // Any call not listed: a small round trip. guess, of the order of [S1]'s per-row writes (164 ms / 400).
  default: 1,

  // Spreadsheet reads/writes: [S1] 4,000 cells in < 50 ms → ~40 ms for a batch call (per-cell part is tiny).
  'Range.getValues': 40,
  'Range.getDisplayValues': 40,
  'Range.getFormulas': 40,
  'Range.getValue': 25, // guess: one read round trip, below a batch read [S1]
  'Sheet.getSheetValues': 40, // as Range.getValues: one read of a rectangle (the range is not a call of its own)
  'Range.setValues': 45, // [S1] 4,000-cell write < 50 ms
  'Range.setValue': 10, // [S1] row-by-row writes buffered: 164 ms / 400 ≈ 0.4 ms, rounded up for the round trip (guess)
  'Sheet.appendRow': 30, // guess: appendRow must find the last row (a read) then write [S3]
  'Sheet.getLastRow': 15, // guess
  'Sheet.getDataRange': 15, // guess
  // estimate (no public measurement found): a find is one read round trip, as getValues; the server scans the range
  // and sends back only the cells found (charged per cell, as a read).
  'TextFinder.findAll': 40,
  'TextFinder.findNext': 40,
  'SpreadsheetApp.flush': 610, // [S1]/[S4]
  'SpreadsheetApp.openById': 300, // guess: opening another file is a heavyweight call [S3]
  'SpreadsheetApp.getActiveSpreadsheet': 5, // guess
  'Spreadsheet.insertSheet': 200, // guess: structural change
  'Spreadsheet.deleteSheet': 150, // guess
  'Sheet.insertRowsAfter': 100, // guess: structural change
  'Sheet.deleteRows': 100, // guess
  'Sheet.autoResizeColumns': 150, // guess: forces layout

  // The Sheets advanced service (sheets-api.ts): a REST round trip each, outside SpreadsheetApp's write cache.
  // estimate (no public measurement found): a few hundred ms per request, of the order of openById [S3]; the cells a
  // request moves are charged per cell like SpreadsheetApp's (CELL_READ_MS, CELL_WRITE_MS).
  'Sheets.Spreadsheets.get': 200, // estimate
  'Sheets.Spreadsheets.batchUpdate': 300, // estimate: structural changes, as insertSheet/insertRowsAfter (guesses above)
  'Sheets.Spreadsheets.Values.get': 150, // estimate
  'Sheets.Spreadsheets.Values.batchGet': 200, // estimate: one request for several ranges (their cells charged per cell)
  'Sheets.Spreadsheets.Values.batchUpdate': 300, // estimate

  // Properties: [S2]
  'Properties.getProperty': 30,
  'Properties.setProperty': 62,
  'Properties.getProperties': 30,
  'Properties.setProperties': 62,
  'Properties.deleteProperty': 62,

  // Mail: guess, a send is a full SMTP hand-off (seconds are commonly reported; we keep it modest).
  'MailApp.sendEmail': 500,

  // Forms: guess — FormApp calls are notoriously slow; every structural edit is a round trip [S3].
  'FormApp.create': 1500,
  'FormApp.openById': 400,
  'FormApp.openByUrl': 400,
  'Form.setDestination': 1000,
  'Form.getItems': 100,
  'Form.getResponses': 300,
  // guess: one response fetched by its id, a round trip below getResponses' (an edit link is one each: the notices and
  // reminders ask one per registration they list — review diff20 #5, it was charged as a local call).
  'Form.getResponse': 150,

  // Docs and Drive: estimates [S5] (no public measurement found): creating or copying a Doc ~1–2 s, opening
  // one and exporting a PDF are round trips of the same order; element edits are cheap local-ish calls.
  'DocumentApp.create': 1500,
  'DocumentApp.openById': 600,
  'DocumentApp.openByUrl': 600,
  'Document.saveAndClose': 400,
  'Document.getAs': 1500,
  'Document.getBlob': 1500,
  'Body.replaceText': 20,
  'Body.appendTable': 30,
  'Table.insertTableRow': 15,
  'Table.appendTableRow': 15,
  'File.makeCopy': 1500,
  'File.getAs': 1500,
  'File.getBlob': 1500,
  'File.moveTo': 200,
  'File.setTrashed': 200,
  'DriveApp.getFileById': 150,
  'DriveApp.getFolderById': 150,
  'DriveApp.createFolder': 400,
  'DriveApp.getFilesByName': 300,
  'DriveApp.getFoldersByName': 300,
  'Folder.createFolder': 400,
  'Folder.createFile': 600,
  'Folder.getFiles': 200,
  'Folder.getFilesByName': 200,
  'Folder.getFoldersByName': 200,
  // A search is a listing request of its own, as getFilesByName (DriveApp's, Drive-wide) and a folder's getFiles: the
  // same estimates. Each file it yields is still charged at FileIterator.next (the iterator's paging is not documented:
  // developers.google.com/apps-script/reference/drive/file-iterator says only hasNext/next/getContinuationToken).
  'DriveApp.searchFiles': 300,
  'Folder.searchFiles': 200,
  'FileIterator.next': 20,
  'FolderIterator.next': 20,

  // Triggers and locks: guess.
  'ScriptApp.getProjectTriggers': 100,
  'TriggerBuilder.create': 300,
  'ClockTriggerBuilder.create': 300,
  'SpreadsheetTriggerBuilder.create': 300,
  'FormTriggerBuilder.create': 300,
  'ScriptApp.deleteTrigger': 200,
  'Lock.waitLock': 20,
  'Lock.tryLock': 20,

  // Free: pure local computation in Apps Script too [S3].
  'Utilities.formatDate': 0,
  'Utilities.getUuid': 0,
  'Utilities.sleep': 0, // sleep advances the clock by its argument itself
  'Logger.log': 0,
  'console.log': 0,
  'console.info': 0,
  'console.warn': 0,
  'console.error': 0,
};

/**
 * A charge per cell, on top of the call's own cost (the round trip): what moving the data costs, so a call that reads
 * or writes a whole tab costs more than one that touches a row.
 *  - written: [S1] bounds it — 4,000 cells written in one setValues in < 50 ms, round trip included, i.e. at most
 *    12.5 µs a cell; we take 10 µs (an estimate under that bound).
 *  - read: no public per-cell measurement found; estimate, half the write cost (5 µs a cell: reading is served from
 *    the spreadsheet's cache, no recalculation).
 * At 20,000 registrations a rebuild moves ~3 M cells: ~20 s of the modelled time is data, not calls.
 */
export const CELL_READ_MS = 0.005; // estimate
export const CELL_WRITE_MS = 0.01; // estimate bounded by [S1]

export function latencyOf(table: LatencyTable, name: string): number {
  return table[name] ?? table.default ?? 0;
}

// ------------------------------------------------------------------ reads after writes

const SHEET_CLASSES = new Set(['Spreadsheet', 'Sheet', 'Range', 'Protection', 'EmbeddedChart', 'TextFinder']);
/** Calls that read the sheet's contents or shape from the server. */
const SHEET_READS = new Set([
  'getValues', 'getValue', 'getDisplayValues', 'getDisplayValue', 'getFormulas', 'getFormula', 'getLastRow',
  'getLastColumn', 'getMaxRows', 'getMaxColumns', 'getFrozenRows', 'getFrozenColumns', 'getProtections',
  'getDataRange', 'getNumberFormat', 'getNumberFormats', 'getBackground', 'getBackgrounds', 'getColumnWidth',
  'getCharts', 'getDataValidation', 'getDataValidations', 'findAll', 'findNext', 'getSheetValues',
]);
const SHEET_WRITES = /^(set|insert|delete|append|clear|protect|remove|add|autoResize|moveActiveSheet|updateChart|hide|show|sort|copyTo|merge|breakApart)/;

/**
 * How a call touches the spreadsheet's write cache: 'write' queues a change, 'read' must first commit the pending
 * ones (a read after writes costs roughly a flush: facts file, [S1], [S3] "group writes, then reads"), 'flush'
 * commits them, null does neither.
 */
export function sheetIo(name: string): 'read' | 'write' | 'flush' | null {
  const dot = name.indexOf('.');
  const cls = name.slice(0, dot);
  const method = name.slice(dot + 1);
  if (cls === 'SpreadsheetApp') return method === 'flush' ? 'flush' : null;
  if (!SHEET_CLASSES.has(cls)) return null;
  if (SHEET_READS.has(method)) return 'read';
  return SHEET_WRITES.test(method) ? 'write' : null;
}
