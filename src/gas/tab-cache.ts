// Tabs looked up by name once per execution. Each Apps Script execution loads the script afresh, so this cache lives
// exactly as long as one execution. Only tabs found are kept: a tab missing now is asked for again (it may be created
// later in the run), and a kept tab is one this run does not delete (the office's tabs, the register, the outbox and
// the health tab; the rebuild deletes only school tabs, through its own listing).
import { spreadsheetAppWrote } from './cell-batch';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

let found = new Map<string, Sheet>();
let of: Spreadsheet | null = null;

let idOf: { ss: Spreadsheet; id: string } | null = null;
/** The spreadsheet's id, asked of the service once per execution (each execution loads the script afresh). */
export function spreadsheetId(ss: Spreadsheet): string {
  if (!idOf || idOf.ss !== ss) idOf = { ss, id: ss.getId() };
  return idOf.id;
}

/** The tab named `name` (as getSheetByName finds it), asked of the service at most once per execution. */
export function tabNamed(ss: Spreadsheet, name: string): Sheet | null {
  if (of !== ss) (found = new Map()), (of = ss);
  const key = name.toLowerCase();
  const hit = found.get(key);
  if (hit) return hit;
  const sheet = ss.getSheetByName(name);
  if (sheet) found.set(key, sheet);
  return sheet;
}

/** Forgets every tab found so far (tabs renamed: a name may now be another tab's, or none's). */
export function forgetTabs(): void {
  found = new Map();
}

/** The tab named `name`, inserted when missing (then kept for the rest of the execution). */
export function ensureTab(ss: Spreadsheet, name: string): { sheet: Sheet; created: boolean } {
  const existing = tabNamed(ss, name);
  if (existing) return { sheet: existing, created: false };
  const sheet = ss.insertSheet(name);
  spreadsheetAppWrote();
  found.set(name.toLowerCase(), sheet);
  return { sheet, created: true };
}

/** Tabs the caller found in one listing (src/gas/batch-read.ts), kept as if looked up here: only tabs the run keeps. */
export function rememberTabs(ss: Spreadsheet, tabs: ReadonlyArray<{ name: string; sheet: Sheet }>): void {
  if (of !== ss) (found = new Map()), (of = ss);
  // The latest listing's handles: they are the ones its read knows (its grids, its sheet ids for a batch of writes).
  for (const t of tabs) found.set(t.name.toLowerCase(), t.sheet);
}
