// Finding the forms and their response tabs. The tabs are written by Forms only; the script renames a new one
// to a clear Vietnamese name once and finds it afterwards by its sheet id (renaming keeps the form's link).
import { getState, setState, type StateKey } from './properties';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Opens the form whose id is stored under `key`, or creates it; returns whether it was created. */
export function openOrCreateForm(key: StateKey, title: string): { form: GoogleAppsScript.Forms.Form; created: boolean } {
  const id = getState(key);
  if (id) {
    try {
      return { form: FormApp.openById(id), created: false };
    } catch {
      // Deleted or no longer shared with us: make a new one below.
    }
  }
  const form = FormApp.create(title);
  setState({ [key]: form.getId() });
  return { form, created: true };
}

/** Links the form to this spreadsheet (once) and returns its response tab, renamed to `tabName`. */
export function linkResponses(ss: Spreadsheet, form: GoogleAppsScript.Forms.Form, sheetKey: StateKey, tabName: string): Sheet {
  const known = findSheetById(ss, getState(sheetKey));
  if (known && form.getDestinationId() === ss.getId()) return known;
  const before = new Set(ss.getSheets().map((s) => s.getSheetId()));
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  const sheets = ss.getSheets();
  const added = sheets.find((s) => !before.has(s.getSheetId()));
  const sheet = added ?? sheets.find((s) => (s.getFormUrl() ?? '').indexOf(form.getId()) >= 0);
  if (!sheet) throw new Error(`Form ${form.getId()} has no response tab after setDestination`);
  if (sheet.getName() !== tabName && !ss.getSheetByName(tabName)) sheet.setName(tabName);
  setState({ [sheetKey]: String(sheet.getSheetId()) });
  return sheet;
}

export function findSheetById(ss: Spreadsheet, id: string | null): Sheet | null {
  if (!id) return null;
  return ss.getSheets().find((s) => String(s.getSheetId()) === id) ?? null;
}
