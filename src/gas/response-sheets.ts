// Finding the forms and their response tabs. The tabs are written by Forms only; the script renames a new one
// to a clear Vietnamese name once and finds it afterwards by its sheet id (renaming keeps the form's link).
import { confirmGone } from './presence';
import { getState, setState, type StateKey } from './properties';
import { tabNamed } from './tab-cache';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Opens the form whose id is stored under `key`, or creates it; returns whether it was created. A form is made
 * again only when Drive confirms the old one is gone (deleted, in the trash, no longer shared); when openById failed
 * for another reason (a transient error) the error is rethrown: the run stops and the next one retries.
 * `currentTitle` is the title the form was given (for Drive's search by name).
 */
export function openOrCreateForm(key: StateKey, title: string, currentTitle = title): { form: GoogleAppsScript.Forms.Form; created: boolean; untrashed?: true } {
  const id = getState(key);
  if (id) {
    let form: GoogleAppsScript.Forms.Form | null = null;
    try {
      form = FormApp.openById(id);
    } catch (err) {
      confirmGone('file', id, currentTitle, err);
    }
    if (form) {
      // FormApp opens a form in Drive's trash, which the schools' link no longer answers (review vntext3: Thiết lập
      // kept it and said all was set). Put back where it was: its link, its answers and its tab stay the schools' and
      // the office's; a new form would need a new link sent to every school. An office that wants a new one deletes
      // this one for good first (the daily look in Drive says so: src/gas/forms.ts formsAbsent).
      const file = DriveApp.getFileById(id);
      if (!file.isTrashed()) return { form, created: false };
      file.setTrashed(false);
      return { form, created: false, untrashed: true };
    }
  }
  const form = FormApp.create(title);
  setState({ [key]: form.getId() });
  return { form, created: true };
}

/**
 * The recorded form sends its answers to another spreadsheet than `spreadsheetId`: the state is another file's (this one
 * is a copy). False when there is no form, it cannot be opened, or it has no destination (setup links it).
 */
export function formAnswersElsewhere(formId: string | null, spreadsheetId: string): boolean {
  if (!formId) return false;
  try {
    return FormApp.openById(formId).getDestinationId() !== spreadsheetId;
  } catch {
    return false;
  }
}

/** Links the form to this spreadsheet (once) and returns its response tab, renamed to `tabName`. */
export function linkResponses(ss: Spreadsheet, form: GoogleAppsScript.Forms.Form, sheetKey: StateKey, tabName: string): Sheet {
  const known = findSheetById(ss, getState(sheetKey), tabName);
  // Asked of the tab, not of the form: a form without a destination answers getDestinationId with an error.
  if (known && isLinkedTo(known, form)) return known;
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

/** Whether the tab receives the form's responses. */
function isLinkedTo(sheet: Sheet, form: GoogleAppsScript.Forms.Form): boolean {
  const url = sheet.getFormUrl();
  if (!url) return false;
  return url.indexOf(form.getId()) >= 0 || url === form.getPublishedUrl();
}

/**
 * The tab with sheet id `id`: first the tab named `likelyName` (the name setup gave it: two calls), then, when the
 * office renamed it, by listing every tab (a call per tab).
 */
export function findSheetById(ss: Spreadsheet, id: string | null, likelyName?: string): Sheet | null {
  if (!id) return null;
  const named = likelyName ? tabNamed(ss, likelyName) : null;
  if (named && String(named.getSheetId()) === id) return named;
  return ss.getSheets().find((s) => String(s.getSheetId()) === id) ?? null;
}
