// FormApp: forms, items, responses, the link to a spreadsheet (the response tab written as Forms writes it),
// and the Node-side controller that submits as a user and fires the submit triggers.
//
// How the response tab is kept (ASSUMPTIONS where Forms' behaviour is unverified, see README):
//  - setDestination adds a tab named "Câu trả lời biểu mẫu N" (vi_VN file; English "Form Responses N") as the
//    first tab, header row frozen: "Dấu thời gian", then "Địa chỉ email" when e-mails are collected, then one
//    column per question in form order (a grid: one per row, "Title [Row]"); existing responses are copied.
//  - Columns are added for questions that have none when the tab is linked and before each response is
//    written; new columns go at the END. A renamed question keeps its column and its ORIGINAL header text
//    (`renameUpdatesHeader` switches to updating it, at once, whether the title changed in the editor or by a
//    script). UNVERIFIED either way: no Google page or public report found (December 2026, search of Google's
//    Forms/Sheets help and Apps Script reference, GitHub issues) says which; the code must work under both.
//    A deleted question keeps its column and the values already in it (the tab is a spreadsheet Forms appends to).
//  - Deleting an item deletes its answers from the form's responses (getItemResponses no longer has them; an edit
//    link opens without them). ASSUMPTION, as the issue that reported the loss describes it; unverified.
//  - as…Item() on an item of another type throws "Invalid conversion for item type: …" (the reference, forms/item,
//    says to check getType() before casting; the wording is ours).
//  - The office's own edits in the Forms editor (Node side: editorEdit, editorAdd): a question whose type is changed
//    keeps its id, its answers and its column (ASSUMPTION: the editor changes the type of the same question).
//  - Answers are typed as a user typing them would be ("07" → 7, "dd/MM/yyyy" → Date) except that Forms never
//    writes formulas: text starting with = + - @ stays text. Checkbox answers share one cell joined by
//    CHECKBOX_SEPARATOR in the order the choices are offered.
//  - An edit rewrites the same row. The spreadsheet trigger's event for an edit carries only the changed
//    answers (others "") — reported, unverified; `editEvent: 'full'` switches to the whole row.
//  - Publishing. Google's "API changes to Google Forms" guide
//    (https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms): "forms created by the API
//    will be published by default through June 30, 2026 … forms created by the API after June 30, 2026 will be created
//    in an unpublished state. You must publish the forms before they can accept responses." / "If no action is taken …
//    won't receive responses." So FormApp.create on a clock after 30/06/2026 makes an unpublished form
//    (ASSUMPTION: the day ends at 2026-07-01T00:00:00Z; Google names no time zone). The "Publish and manage
//    responders" guide (https://developers.google.com/workspace/forms/api/guides/publish-form) gives
//    form.setPublished(true) ("Publish the form. This also enables accepting responses.") and form.isPublished();
//    the REST PublishState says isAcceptingResponses "is forced to false" while the form is not published, and
//    isAcceptingResponses() reads so here. An unpublished form cannot be opened by a responder: submitAsUser throws
//    and records nothing. Only forms with publish settings support publishing: a "legacy" form (Node side:
//    makeLegacy) takes responses as it always did, and its isPublished/setPublished throw (ASSUMPTION: how Apps
//    Script refuses is unverified; wording ours). `refusePublishing` makes setPublished throw on a form that has
//    publish settings (a policy or a permission refusing it; ASSUMPTION, wording ours).
//  - Closing. A published form may stop taking responses and stay published (the REST PublishState: isPublished true,
//    isAcceptingResponses false; the Forms editor's "Accepting responses" switch; Apps Script's
//    form.setAcceptingResponses(false)). A respondent then sees the form's custom closed message
//    (setCustomClosedFormMessage: "the message to display if the form is not accepting responses"; '' = Forms'
//    default text, ASSUMPTION as for getConfirmationMessage) and cannot submit, nor edit an earlier response
//    (ASSUMPTION: the edit link opens the same closed page). setAcceptingResponses(true) on an unpublished form throws:
//    the REST PublishState says "setting is_accepting_responses to true and is_published to false isn't supported and
//    returns an error" (ASSUMPTION: Apps Script refuses alike; wording ours). Node side: editorSetAccepting (the office
//    switches it in the editor).
import { attach, AUTH_MODE, instrument, isDate, makeEnum, type EnumValue, type Facade, type Runtime, type Subset } from './runtime.js';
import { newRange, type SheetModel, type SpreadsheetModel, type SpreadsheetStore } from './spreadsheet.js';
import type { TriggerController } from './script.js';
import { displayValue, interpretInput, outValue, typedNumber, zonedToEpoch, type Cell } from './values.js';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;

/** The one separator joining checkbox answers in a response cell. */
export const CHECKBOX_SEPARATOR = ', ';
export const RESPONSE_SHEET_PREFIX = 'Câu trả lời biểu mẫu ';
export const TIMESTAMP_HEADER = 'Dấu thời gian';
export const EMAIL_HEADER = 'Địa chỉ email';

export const ITEM_TYPE = makeEnum(['CHECKBOX', 'CHECKBOX_GRID', 'DATE', 'DATETIME', 'DURATION', 'GRID', 'IMAGE', 'LIST', 'MULTIPLE_CHOICE', 'PAGE_BREAK', 'PARAGRAPH_TEXT', 'SCALE', 'SECTION_HEADER', 'TEXT', 'TIME', 'VIDEO', 'FILE_UPLOAD'] as const);
export const PAGE_NAVIGATION_TYPE = makeEnum(['CONTINUE', 'GO_TO_PAGE', 'RESTART', 'SUBMIT'] as const);
export const DESTINATION_TYPE = makeEnum(['SPREADSHEET'] as const);

export type ItemTypeName = 'CHECKBOX' | 'DATE' | 'GRID' | 'LIST' | 'MULTIPLE_CHOICE' | 'PAGE_BREAK' | 'PARAGRAPH_TEXT' | 'SECTION_HEADER' | 'TEXT';
const QUESTION_TYPES = new Set<ItemTypeName>(['CHECKBOX', 'DATE', 'GRID', 'LIST', 'MULTIPLE_CHOICE', 'PARAGRAPH_TEXT', 'TEXT']);

export const FORM_MSG = {
  conversion: (t: string) => `Invalid conversion for item type: ${t}.`,
  emptyChoices: 'Array is empty: values',
  // ASSUMPTION (wording unverified): FormApp.create with a null or empty title (the reference says it throws).
  emptyTitle: 'Invalid argument: title',
  // ASSUMPTION (wording unverified).
  invalidData: 'Invalid data updating form.',
  noSuchForm: 'No item with the given ID could be found, or you do not have permission to access it.',
  badIndex: (i: number) => `Invalid argument: index ${i}`,
  noResponse: 'No response with the given ID exists.',
  // Rule from the reference (forms/page-navigation-type): "Choices that use page navigation cannot be combined in
  // the same item with choices that do not use page navigation." ASSUMPTION (wording ours).
  mixedNavigation: 'Choices that use page navigation cannot be combined in the same item with choices that do not.',
  // ASSUMPTION (wording ours): a legacy form has no publish settings (publish-form guide: "Only forms that return
  // publishSettings … support publishing").
  noPublishSettings: 'This form does not support publishing.',
  // ASSUMPTION (wording ours): accepting responses on an unpublished form (REST: "isn't supported and returns an error").
  acceptingUnpublished: 'A form that is not published cannot accept responses.',
};

/**
 * Forms created after this instant start unpublished (the "API changes to Google Forms" guide: "after June 30, 2026";
 * ASSUMPTION: the end of that day in UTC).
 */
export const UNPUBLISHED_FROM = Date.UTC(2026, 6, 1, 0, 0, 0);

export interface ChoiceModel {
  value: string;
  nav?: 'CONTINUE' | 'GO_TO_PAGE' | 'RESTART' | 'SUBMIT';
  pageId?: number;
}

export interface ItemModel {
  id: number;
  type: ItemTypeName;
  title: string;
  helpText: string;
  required: boolean;
  choices: ChoiceModel[];
  rows: string[];
  columns: string[];
  includesYear: boolean;
  goTo?: ChoiceModel;
  /** A text item's validation (TextItem.setValidation); only the number range is modelled. */
  validation?: TextValidationModel;
}

/** What a TextValidation requires of an answer: a number in [min, max]; helpText is what the respondent is shown. */
export interface TextValidationModel {
  kind: 'numberBetween';
  min: number;
  max: number;
  helpText: string;
}

export type Answer = string | string[];

export interface ResponseModel {
  id: string;
  timestamp: number;
  email: string;
  /** item id → answer: a string, a string[] for checkboxes and grids (one entry per grid row, "" = none). */
  answers: Map<number, Answer>;
  /** Row of the response tab holding it. */
  row?: number;
}

/** Column of the response tab: what it holds and the header it was given. */
export interface ColumnModel {
  key: string; // 'timestamp' | 'email' | `${itemId}` | `${itemId}:${rowIndex}`
  header: string;
}

export interface DestinationModel {
  fileId: string;
  sheetId: number;
  columns: ColumnModel[];
}

let formNo = 1;

export class FormModel {
  title: string;
  /** The name its Drive file was given when it was made (the title given to FormApp.create). */
  readonly fileName: string;
  description = '';
  collectEmail = false;
  /** "See summary charts and text responses": respondents see everyone's answers. Off for a new form. */
  publishingSummary = false;
  allowEdits = false;
  limitOne = false;
  accepting = true;
  /** Published (visible to responders): see the head of this file. */
  published = true;
  /** A form without publish settings (made before the change): takes responses; isPublished/setPublished throw. */
  legacy = false;
  /** Node side: setPublished(true) throws this (the owner's domain or permissions refuse publishing). */
  publishRefusal: string | null = null;
  /** The account that made it: its Drive file's owner ('' for a form made Node-side: anyone opens it). */
  owner = '';
  confirmation = '';
  /** What a respondent sees while the form takes no responses ('' = Forms' default text). */
  closedMessage = '';
  items: ItemModel[] = [];
  responses: ResponseModel[] = [];
  destination: DestinationModel | null = null;
  readonly id: string;
  readonly publishedId: string;
  constructor(title: string) {
    this.title = title;
    this.fileName = title;
    const n = String(formNo++).padStart(4, '0');
    this.id = `1FoRm${n}emu_${Math.random().toString(36).slice(2, 12)}`;
    this.publishedId = `1FAIpQLSe${n}${Math.random().toString(36).slice(2, 14)}`;
  }
  get editUrl(): string {
    return `https://docs.google.com/forms/d/${this.id}/edit`;
  }
  get publishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this.publishedId}/viewform`;
  }
  editResponseUrl(r: ResponseModel): string {
    return `${this.publishedUrl}?edit2=${r.id}`;
  }
  item(id: number): ItemModel | undefined {
    return this.items.find((i) => i.id === id);
  }
  itemByTitle(title: string): ItemModel | undefined {
    return this.items.find((i) => QUESTION_TYPES.has(i.type) && i.title === title);
  }
}

// ------------------------------------------------------------------ the store and the controller

export interface FormsOptions {
  renameUpdatesHeader?: boolean;
  editEvent?: 'changedOnly' | 'full';
}

export interface SubmitOptions {
  email?: string;
  at?: Date | number;
  editResponseId?: string;
}

export interface SubmitResult {
  responseId: string;
  row: number | undefined;
  editUrl: string;
}

/** Node side: every form; submitting as a user (validated like the form UI); firing the submit triggers. */
export class FormsController {
  readonly forms = new Map<string, FormModel>();
  private _nextItemId = 1_000_000_001;
  private _nextResponse = 1;
  renameUpdatesHeader: boolean;
  editEvent: 'changedOnly' | 'full';
  constructor(
    private readonly rt: Runtime,
    readonly sheets: SpreadsheetStore,
    private readonly triggers: TriggerController,
    opts: FormsOptions = {},
  ) {
    this.renameUpdatesHeader = opts.renameUpdatesHeader ?? false;
    this.editEvent = opts.editEvent ?? 'changedOnly';
  }

  /**
   * Whether the execution's user may open the form (its Drive file's sharing; set by createEmulator): FormApp.openById
   * refuses another account's form it was not given, with the message of a form that does not exist.
   */
  canOpen: (formId: string) => boolean = () => true;
  create(title: string): FormModel {
    const f = new FormModel(title);
    f.owner = this.sheets.activeUser();
    // "forms created by the API after June 30, 2026 will be created in an unpublished state" (see the head of this file).
    f.published = this.rt.clock.now() < UNPUBLISHED_FROM;
    this.forms.set(f.id, f);
    return f;
  }
  /** Node side: the form becomes a legacy form (no publish settings): it takes responses as forms always did. */
  makeLegacy(formId: string): void {
    const f = this.forms.get(formId);
    if (!f) throw new Error(`makeLegacy: no form ${formId}`);
    f.legacy = true;
    f.published = true;
  }
  /** Node side: setPublished(true) on this form throws `message` (null: publishing works again). */
  refusePublishing(formId: string, message: string | null = 'You do not have permission to publish this form.'): void {
    const f = this.forms.get(formId);
    if (!f) throw new Error(`refusePublishing: no form ${formId}`);
    f.publishRefusal = message;
  }
  /**
   * Node side: the office switches "Accepting responses" in the Forms editor (the form stays published). Switched on, an
   * unpublished form stays closed (the editor publishes it first: editorUnpublish's reverse is not modelled).
   */
  editorSetAccepting(formId: string, accepting: boolean): void {
    const f = this.forms.get(formId);
    if (!f) throw new Error(`editorSetAccepting: no form ${formId}`);
    f.accepting = accepting;
  }
  /** Node side: the office unpublishes the form in the Forms editor. */
  editorUnpublish(formId: string): void {
    const f = this.forms.get(formId);
    if (!f) throw new Error(`editorUnpublish: no form ${formId}`);
    if (f.legacy) throw new Error(`editorUnpublish: form ${formId} is a legacy form`);
    f.published = false;
  }
  byId(id: string): FormModel | undefined {
    return this.forms.get(id);
  }
  byUrl(url: string): FormModel | undefined {
    for (const f of this.forms.values()) if (url.startsWith(f.editUrl.replace(/\/edit$/, '')) || url.startsWith(f.publishedUrl.replace(/\/viewform$/, ''))) return f;
    return undefined;
  }
  /** Forms whose title is `title` (e.g. to check that setup made exactly one). */
  byTitle(title: string): FormModel[] {
    return [...this.forms.values()].filter((f) => f.title === title);
  }
  newItemId(): number {
    return this._nextItemId++;
  }
  newResponseId(): string {
    return `2_ABaOnud${String(this._nextResponse++).padStart(6, '0')}emu`;
  }

  /** The response tab of a form, if linked and still present. */
  destinationSheet(f: FormModel): SheetModel | undefined {
    const d = f.destination;
    if (!d) return undefined;
    return this.sheets.byId(d.fileId)?.sheets.find((s) => s.id === d.sheetId);
  }

  /**
   * A person moved rows of a response tab by hand (sort, delete, insert): each response follows its row, as Sheets
   * keeps the rows a form wrote linked to their responses (ASSUMPTION, unverified; see README). `map` gives a row's
   * new number, or undefined when it was deleted: such a response is written as a new row if it is edited again.
   */
  rowsMoved(sheet: SheetModel, map: (row: number) => number | undefined): void {
    for (const f of this.forms.values()) {
      if (this.destinationSheet(f) !== sheet) continue;
      for (const r of f.responses) if (r.row !== undefined) r.row = map(r.row);
    }
  }

  /** Links a form to a spreadsheet: adds the response tab, writes headers and existing responses. */
  link(f: FormModel, file: SpreadsheetModel): void {
    let n = 1;
    while (file.sheetByName(`${RESPONSE_SHEET_PREFIX}${n}`)) n++;
    const sh = file.addSheet(`${RESPONSE_SHEET_PREFIX}${n}`, 0);
    sh.formUrl = f.publishedUrl;
    sh.frozenRows = 1;
    f.destination = { fileId: file.id, sheetId: sh.id, columns: [] };
    this.syncColumns(f);
    for (const r of f.responses) this.writeRow(f, r);
  }

  /** Adds columns for questions without one (at the end) and, if configured, renames headers. */
  syncColumns(f: FormModel): void {
    const d = f.destination;
    const sh = this.destinationSheet(f);
    if (!d || !sh) return;
    const want: ColumnModel[] = [{ key: 'timestamp', header: TIMESTAMP_HEADER }];
    if (f.collectEmail) want.push({ key: 'email', header: EMAIL_HEADER });
    for (const it of f.items) {
      if (!QUESTION_TYPES.has(it.type)) continue;
      if (it.type === 'GRID') it.rows.forEach((r, i) => want.push({ key: `${it.id}:${i}`, header: `${it.title} [${r}]` }));
      else want.push({ key: String(it.id), header: it.title });
    }
    for (const w of want) {
      const have = d.columns.find((c) => c.key === w.key);
      if (!have) {
        d.columns.push(w);
        const col = d.columns.length;
        if (col > sh.maxCols) sh.insertColumns(sh.maxCols, col - sh.maxCols);
        sh.setCell(1, col, { value: w.header });
      } else if (this.renameUpdatesHeader && have.header !== w.header) {
        have.header = w.header;
        sh.setCell(1, d.columns.indexOf(have) + 1, { value: w.header });
      }
    }
  }

  /** With `renameUpdatesHeader`: the headers of existing columns follow their questions' titles now. */
  renameHeaders(f: FormModel): void {
    const d = f.destination;
    const sh = this.destinationSheet(f);
    if (!this.renameUpdatesHeader || !d || !sh) return;
    d.columns.forEach((c, i) => {
      if (c.key === 'timestamp' || c.key === 'email') return;
      const [idText, rowText] = c.key.split(':');
      const it = f.item(Number(idText));
      if (!it) return;
      const header = rowText === undefined ? it.title : `${it.title} [${it.rows[Number(rowText)] ?? ''}]`;
      if (header !== c.header) {
        c.header = header;
        sh.setCell(1, i + 1, { value: header });
      }
    });
  }

  /**
   * The office edits a question in the Forms editor (Node side): a new title, a new type (same id, answers and column
   * kept; choices kept between choice types, dropped otherwise), new choices.
   */
  editorEdit(formId: string, itemId: number, change: { title?: string; type?: ItemTypeName; choices?: string[] }): void {
    const f = this.forms.get(formId);
    const it = f?.item(itemId);
    if (!f || !it) throw new Error(`editorEdit: no item ${itemId} in form ${formId}`);
    if (change.title !== undefined) it.title = change.title;
    if (change.type !== undefined) {
      const choiceTypes: ItemTypeName[] = ['LIST', 'MULTIPLE_CHOICE', 'CHECKBOX'];
      if (!choiceTypes.includes(change.type)) it.choices = [];
      else it.choices = it.choices.map((c) => ({ value: c.value }));
      it.type = change.type;
    }
    if (change.choices) it.choices = change.choices.map((value) => ({ value }));
    this.renameHeaders(f);
  }

  /** The office adds a question of its own in the Forms editor (Node side), at index `at` (default: the end); returns its id. */
  editorAdd(formId: string, item: { type: ItemTypeName; title: string; required?: boolean; choices?: string[]; at?: number }): number {
    const f = this.forms.get(formId);
    if (!f) throw new Error(`editorAdd: no form ${formId}`);
    const m: ItemModel = { id: this.newItemId(), type: item.type, title: item.title, helpText: '', required: !!item.required, choices: (item.choices ?? []).map((value) => ({ value })), rows: [], columns: [], includesYear: true };
    f.items.splice(item.at ?? f.items.length, 0, m);
    return m.id;
  }

  /** Writes (or rewrites) a response's row in the response tab. */
  writeRow(f: FormModel, r: ResponseModel): number | undefined {
    const d = f.destination;
    const sh = this.destinationSheet(f);
    if (!d || !sh) return undefined;
    this.syncColumns(f);
    if (r.row === undefined) {
      r.row = sh.lastRow() + 1;
      if (r.row > sh.maxRows) sh.insertRows(sh.maxRows, r.row - sh.maxRows);
    }
    const tz = sh.file.timeZone;
    d.columns.forEach((c, i) => {
      let cell: Cell;
      if (c.key === 'timestamp') cell = { value: new Date(r.timestamp) };
      else if (c.key === 'email') cell = { value: r.email };
      else {
        const [idText, rowText] = c.key.split(':');
        const it = f.item(Number(idText));
        const a = r.answers.get(Number(idText));
        let text = '';
        if (a !== undefined) {
          if (rowText !== undefined) text = (a as string[])[Number(rowText)] ?? '';
          else if (Array.isArray(a)) {
            const order = it ? it.choices.map((ch) => ch.value) : [];
            text = [...a].sort((x, y) => order.indexOf(x) - order.indexOf(y)).join(CHECKBOX_SEPARATOR);
          } else if (it?.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(a)) {
            const [y, m, dd] = a.split('-').map(Number);
            cell = { value: new Date(zonedToEpoch(y, m, dd, 0, 0, 0, tz)) };
            sh.setCell(r.row!, i + 1, cell);
            return;
          } else text = a;
        }
        cell = typeAnswer(text, tz, sh.file.locale);
      }
      sh.setCell(r.row!, i + 1, cell);
    });
    return r.row;
  }

  /**
   * Submits `answers` to form `formId` as the user `opts.email` would through the form UI: unknown questions,
   * choices not offered and missing required answers throw (the UI would not let them through). Writes the row,
   * then fires the spreadsheet on-form-submit triggers (event: authMode, namedValues, range, triggerUid, values
   * — no `source`) and the form's on-form-submit triggers (authMode, response, source, triggerUid).
   * With `editResponseId`, edits that response: the same row is rewritten, and the triggers fire again.
   */
  submitAsUser(formId: string, answers: Record<string, string | string[] | Record<string, string>>, opts: SubmitOptions = {}): SubmitResult {
    const f = this.forms.get(formId);
    if (!f) throw new Error(`submitAsUser: no form ${formId}`);
    // A responder cannot open an unpublished form: nothing is recorded (see the head of this file).
    if (!f.published) throw new Error(`submitAsUser: the form "${f.title}" is not published: a responder cannot open it, nothing was recorded`);
    if (!f.accepting) throw new Error(`submitAsUser: the form "${f.title}" is not accepting responses; it shows: ${f.closedMessage || '(the default closed message of Forms)'}`);
    const email = opts.email ?? '';
    if (f.collectEmail && !email) throw new Error('submitAsUser: this form collects e-mail addresses: pass { email }');
    const at = opts.at === undefined ? this.rt.clock.now() : typeof opts.at === 'number' ? opts.at : opts.at.getTime();
    if (at > this.rt.clock.now()) this.rt.clock.set(at);
    const parsed = new Map<number, Answer>();
    for (const [title, raw] of Object.entries(answers)) {
      const it = f.itemByTitle(title);
      if (!it) throw new Error(`submitAsUser: the form has no question "${title}"`);
      parsed.set(it.id, validateAnswer(it, raw));
    }
    let r: ResponseModel;
    let previous: Map<number, Answer> | undefined;
    if (opts.editResponseId) {
      const found = f.responses.find((x) => x.id === opts.editResponseId);
      if (!found) throw new Error(`submitAsUser: no response ${opts.editResponseId}`);
      if (!f.allowEdits) throw new Error('submitAsUser: this form does not allow editing responses');
      previous = new Map(found.answers);
      r = found;
      for (const [k, v] of parsed) r.answers.set(k, v);
      r.timestamp = at;
    } else {
      if (f.limitOne && email && f.responses.some((x) => x.email === email)) throw new Error(`submitAsUser: ${email} has already responded (one response per user)`);
      r = { id: this.newResponseId(), timestamp: at, email: f.collectEmail ? email : '', answers: parsed };
    }
    // Forms submits only the pages the respondent went through: answers on pages the branching skipped are
    // dropped, and only the questions on visited pages can be required.
    const visited = visitedItems(f, r.answers);
    for (const id of [...r.answers.keys()]) if (!visited.has(id)) r.answers.delete(id);
    for (const it of f.items) {
      if (visited.has(it.id) && it.required && QUESTION_TYPES.has(it.type) && unanswered(it.type, r.answers.get(it.id))) {
        if (previous) r.answers = previous; // the UI refuses: nothing changes
        throw new Error(`submitAsUser: the required question "${it.title}" has no answer`);
      }
      // An edit shows the answers given before: one a validation set since refuses is refused now, as a new one is.
      const a = r.answers.get(it.id);
      if (visited.has(it.id) && it.validation && typeof a === 'string' && a.trim() !== '' && !passes(it.validation, a)) {
        if (previous) r.answers = previous;
        throw new Error(`submitAsUser: "${a}" is refused by the validation of "${it.title}": ${it.validation.helpText || '(no help text)'}`);
      }
    }
    if (!previous) f.responses.push(r);
    const row = this.writeRow(f, r);
    this.#fireSubmit(f, r, previous);
    return { responseId: r.id, row, editUrl: f.editResponseUrl(r) };
  }

  /**
   * Fires the spreadsheet submit triggers once more for the form's last row with every answer blank: the
   * duplicate empty events seen in practice a few seconds after real ones.
   */
  fireBlankEvent(formId: string): void {
    const f = this.forms.get(formId);
    const sh = f && this.destinationSheet(f);
    if (!f || !sh || !f.destination) return;
    const row = Math.max(2, sh.lastRow());
    const cols = f.destination.columns;
    this.triggers.fire('ON_FORM_SUBMIT', 'SPREADSHEETS', sh.file.id, () => ({
      authMode: authFull(),
      namedValues: Object.fromEntries(cols.map((c) => [c.header, ['']])),
      range: newRange(this.rt, sh, row, 1, 1, cols.length),
      values: cols.map(() => ''),
    }));
  }

  #fireSubmit(f: FormModel, r: ResponseModel, previous: Map<number, Answer> | undefined): void {
    const sh = this.destinationSheet(f);
    if (sh && f.destination && r.row !== undefined) {
      const cols = f.destination.columns;
      const tz = sh.file.timeZone;
      const changed = (key: string): boolean => {
        if (!previous || this.editEvent === 'full' || key === 'timestamp' || key === 'email') return true;
        const id = Number(key.split(':')[0]);
        return JSON.stringify(previous.get(id)) !== JSON.stringify(r.answers.get(id));
      };
      const values = cols.map((c, i) => (changed(c.key) ? displayValue(sh.cell(r.row!, i + 1), tz) : ''));
      const namedValues: Record<string, string[]> = {};
      cols.forEach((c, i) => {
        namedValues[c.header] = [values[i]];
      });
      const rowRange = newRange(this.rt, sh, r.row, 1, 1, cols.length);
      this.triggers.fire('ON_FORM_SUBMIT', 'SPREADSHEETS', sh.file.id, () => ({ authMode: authFull(), namedValues, range: rowRange, values }));
    }
    this.triggers.fire('ON_FORM_SUBMIT', 'FORMS', f.id, () => ({
      authMode: authFull(),
      response: new EmuFormResponse(this.rt, this, f, r),
      source: new EmuForm(this.rt, this, f),
    }));
  }
}

function authFull(): EnumValue {
  return AUTH_MODE.FULL;
}

/**
 * The ids of the items on the pages a respondent visits with these answers: page 1, then wherever the chosen
 * option of a branching question leads, else the page break's own "after this page" setting, else the next page.
 */
export function visitedItems(f: FormModel, answers: Map<number, Answer>): Set<number> {
  const pages: ItemModel[][] = [[]];
  for (const it of f.items) {
    if (it.type === 'PAGE_BREAK') pages.push([it]);
    else pages[pages.length - 1].push(it);
  }
  const pageOf = (breakId: number) => pages.findIndex((p) => p[0]?.id === breakId && p[0].type === 'PAGE_BREAK');
  const visited = new Set<number>();
  const seen = new Set<number>();
  let p = 0;
  while (p >= 0 && p < pages.length && !seen.has(p)) {
    seen.add(p);
    for (const it of pages[p]) visited.add(it.id);
    let next: number | undefined;
    for (const it of pages[p]) {
      if (it.type !== 'MULTIPLE_CHOICE' && it.type !== 'LIST') continue;
      const a = answers.get(it.id);
      const choice = typeof a === 'string' ? it.choices.find((c) => c.value === a) : undefined;
      if (!choice?.nav || choice.nav === 'CONTINUE') continue;
      next = choice.nav === 'SUBMIT' ? -1 : choice.nav === 'RESTART' ? 0 : pageOf(choice.pageId!);
    }
    if (next === undefined) {
      const nav = pages[p + 1]?.[0]?.goTo;
      next = !nav || nav.nav === 'CONTINUE' ? p + 1 : nav.nav === 'SUBMIT' ? -1 : nav.nav === 'RESTART' ? 0 : pageOf(nav.pageId!);
    }
    p = next;
  }
  return visited;
}

/**
 * A required question left unanswered, as the form UI refuses it: a required grid wants a choice in every row
 * (GridItem.createResponse: only a grid that is not required takes a row without an answer), any other question an
 * answer.
 */
function unanswered(type: ItemTypeName, a: Answer | undefined): boolean {
  if (type === 'GRID' && Array.isArray(a)) return a.some((x) => x === '');
  return isBlank(a);
}

function isBlank(a: Answer | undefined): boolean {
  if (a === undefined) return true;
  if (Array.isArray(a)) return a.every((x) => x === '');
  return a.trim() === '';
}

/** Answers as Forms writes them: typed like user input, but never formulas. */
function typeAnswer(text: string, tz: string, locale: string): Cell {
  if (/^[=+\-@]/.test(text) && typedNumber(text.trim(), locale) === null) return { value: text };
  return interpretInput(text, undefined, tz, () => new Error('answer too long'), locale);
}

function validateAnswer(it: ItemModel, raw: string | string[] | Record<string, string>): Answer {
  const offered = it.choices.map((c) => c.value);
  const bad = (v: string) => new Error(`submitAsUser: "${v}" is not a choice of "${it.title}" (offered: ${offered.join(' | ')})`);
  switch (it.type) {
    case 'CHECKBOX': {
      const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? (raw === '' ? [] : [raw]) : null;
      if (!list) throw new Error(`submitAsUser: "${it.title}" takes a list of choices`);
      for (const v of list) if (!offered.includes(v)) throw bad(v);
      return [...list];
    }
    case 'LIST':
    case 'MULTIPLE_CHOICE': {
      if (typeof raw !== 'string') throw new Error(`submitAsUser: "${it.title}" takes one choice`);
      if (raw !== '' && !offered.includes(raw)) throw bad(raw);
      return raw;
    }
    case 'GRID': {
      if (typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`submitAsUser: "${it.title}" takes { row: column }`);
      for (const [row, col] of Object.entries(raw)) {
        if (!it.rows.includes(row)) throw new Error(`submitAsUser: "${row}" is not a row of "${it.title}"`);
        if (!it.columns.includes(col)) throw new Error(`submitAsUser: "${col}" is not a column of "${it.title}"`);
      }
      return it.rows.map((row) => (raw as Record<string, string>)[row] ?? '');
    }
    case 'DATE': {
      if (typeof raw !== 'string') throw new Error(`submitAsUser: "${it.title}" takes a date`);
      if (raw === '') return '';
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw) ?? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw);
      if (!m) throw new Error(`submitAsUser: "${raw}" is not a date (yyyy-MM-dd or dd/MM/yyyy) for "${it.title}"`);
      const [y, mo, d] = raw.includes('-') ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]];
      return `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
    }
    default:
      if (typeof raw !== 'string') throw new Error(`submitAsUser: "${it.title}" takes text`);
      return raw;
  }
}

/**
 * Whether an answer passes a text item's validation. A number is digits with an optional sign and decimal point
 * (ASSUMPTION: how Forms reads a number — a thousands separator, a comma decimal or an exponent — is unverified; these
 * are refused here), compared inclusively with the range ("Number between": requireNumberBetween(start, end)).
 */
function passes(v: TextValidationModel, raw: string): boolean {
  const t = raw.trim();
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(t)) return false;
  const n = Number(t);
  return n >= v.min && n <= v.max;
}

// ------------------------------------------------------------------ FormApp

export function formIdOf(x: unknown): string | undefined {
  return x instanceof EmuForm ? EmuForm.model(x).id : undefined;
}

type AppKeys = 'create' | 'openById' | 'openByUrl' | 'getActiveForm' | 'createTextValidation';

export class EmuFormApp implements Facade<GoogleAppsScript.Forms.FormApp, AppKeys> {
  readonly ItemType = ITEM_TYPE as unknown as GoogleAppsScript.Forms.FormApp['ItemType'];
  readonly PageNavigationType = PAGE_NAVIGATION_TYPE as unknown as GoogleAppsScript.Forms.FormApp['PageNavigationType'];
  readonly DestinationType = DESTINATION_TYPE as unknown as GoogleAppsScript.Forms.FormApp['DestinationType'];
  #rt: Runtime;
  #c: FormsController;
  constructor(rt: Runtime, c: FormsController) {
    this.#rt = rt;
    this.#c = c;
    attach(this, rt);
  }
  /** Reference (forms/form-app#create): "Throws an exception if the given title is null or empty." */
  create(title: string): Form {
    if (title === null || title === undefined || String(title) === '') throw this.#rt.error(FORM_MSG.emptyTitle);
    this.#rt.consumeQuota('create', 1, 250, 'Service invoked too many times for one day: forms create.');
    const m = this.#c.create(String(title));
    // Live, the title given names the form's Drive file only: the form's own title is empty until setTitle (review r71e
    // F3; @mcpher/gas-fakes notes, tested on live Apps Script).
    m.title = '';
    return new EmuForm(this.#rt, this.#c, m) as unknown as Form;
  }
  openById(id: string): Form {
    const f = this.#c.byId(String(id));
    if (!f || !this.#c.canOpen(f.id)) throw this.#rt.error(FORM_MSG.noSuchForm);
    return new EmuForm(this.#rt, this.#c, f) as unknown as Form;
  }
  openByUrl(url: string): Form {
    const f = this.#c.byUrl(String(url));
    if (!f || !this.#c.canOpen(f.id)) throw this.#rt.error(FORM_MSG.noSuchForm);
    return new EmuForm(this.#rt, this.#c, f) as unknown as Form;
  }
  /** The script is bound to a spreadsheet, not a form: null. */
  getActiveForm(): Form {
    return null as unknown as Form;
  }
  createTextValidation(): GoogleAppsScript.Forms.TextValidationBuilder {
    return new EmuTextValidationBuilder(this.#rt) as unknown as GoogleAppsScript.Forms.TextValidationBuilder;
  }
}
const _fa: Subset<EmuFormApp, GoogleAppsScript.Forms.FormApp> = true;
instrument(EmuFormApp, 'FormApp');

type FormKeys =
  | 'getId'
  | 'getTitle'
  | 'setTitle'
  | 'getDescription'
  | 'setDescription'
  | 'setCollectEmail'
  | 'collectsEmail'
  | 'setPublishingSummary'
  | 'isPublishingSummary'
  | 'setAllowResponseEdits'
  | 'canEditResponse'
  | 'setLimitOneResponsePerUser'
  | 'hasLimitOneResponsePerUser'
  | 'setConfirmationMessage'
  | 'getConfirmationMessage'
  | 'setAcceptingResponses'
  | 'isAcceptingResponses'
  | 'setCustomClosedFormMessage'
  | 'getCustomClosedFormMessage'
  | 'isPublished'
  | 'setPublished'
  | 'getPublishedUrl'
  | 'getEditUrl'
  | 'setDestination'
  | 'getDestinationId'
  | 'getDestinationType'
  | 'removeDestination'
  | 'getItems'
  | 'getItemById'
  | 'deleteItem'
  | 'moveItem'
  | 'addListItem'
  | 'addMultipleChoiceItem'
  | 'addCheckboxItem'
  | 'addTextItem'
  | 'addParagraphTextItem'
  | 'addGridItem'
  | 'addDateItem'
  | 'addPageBreakItem'
  | 'addSectionHeaderItem'
  | 'getResponses'
  | 'getResponse'
  | 'createResponse';

export class EmuForm implements Facade<Form, FormKeys> {
  #rt: Runtime;
  #c: FormsController;
  #f: FormModel;
  constructor(rt: Runtime, c: FormsController, f: FormModel) {
    this.#rt = rt;
    this.#c = c;
    this.#f = f;
    attach(this, rt);
  }
  static model(x: EmuForm): FormModel {
    return x.#f;
  }
  #self(): Form {
    return this as unknown as Form;
  }
  getId(): string {
    return this.#f.id;
  }
  getTitle(): string {
    return this.#f.title;
  }
  setTitle(title: string): Form {
    this.#f.title = String(title);
    return this.#self();
  }
  getDescription(): string {
    return this.#f.description;
  }
  setDescription(description: string): Form {
    this.#f.description = String(description);
    return this.#self();
  }
  setCollectEmail(collect: boolean): Form {
    this.#f.collectEmail = !!collect;
    return this.#self();
  }
  collectsEmail(): boolean {
    return this.#f.collectEmail;
  }
  setPublishingSummary(enabled: boolean): Form {
    this.#f.publishingSummary = !!enabled;
    return this.#self();
  }
  isPublishingSummary(): boolean {
    return this.#f.publishingSummary;
  }
  setAllowResponseEdits(enabled: boolean): Form {
    this.#f.allowEdits = !!enabled;
    return this.#self();
  }
  canEditResponse(): boolean {
    return this.#f.allowEdits;
  }
  setLimitOneResponsePerUser(enabled: boolean): Form {
    this.#f.limitOne = !!enabled;
    return this.#self();
  }
  hasLimitOneResponsePerUser(): boolean {
    return this.#f.limitOne;
  }
  setConfirmationMessage(message: string): Form {
    this.#f.confirmation = String(message);
    return this.#self();
  }
  getConfirmationMessage(): string {
    return this.#f.confirmation;
  }
  /** Throws for true on an unpublished form (see the head of this file: Closing). */
  setAcceptingResponses(enabled: boolean): Form {
    if (enabled && !this.#f.published && !this.#f.legacy) throw this.#rt.error(FORM_MSG.acceptingUnpublished);
    this.#f.accepting = !!enabled;
    return this.#self();
  }
  setCustomClosedFormMessage(message: string): Form {
    this.#f.closedMessage = String(message);
    return this.#self();
  }
  getCustomClosedFormMessage(): string {
    return this.#f.closedMessage;
  }
  /** Forced to false while the form is not published (REST PublishState: "If is_published is set to false, this field is forced to false"). */
  isAcceptingResponses(): boolean {
    return this.#f.published && this.#f.accepting;
  }
  isPublished(): boolean {
    if (this.#f.legacy) throw this.#rt.error(FORM_MSG.noPublishSettings);
    return this.#f.published;
  }
  /** Publish-form guide: setPublished(true) "Publish the form. This also enables accepting responses." */
  setPublished(enabled: boolean): Form {
    if (this.#f.legacy) throw this.#rt.error(FORM_MSG.noPublishSettings);
    if (enabled && this.#f.publishRefusal !== null) throw this.#rt.error(this.#f.publishRefusal);
    this.#f.published = !!enabled;
    if (enabled) this.#f.accepting = true;
    return this.#self();
  }
  getPublishedUrl(): string {
    return this.#f.publishedUrl;
  }
  getEditUrl(): string {
    return this.#f.editUrl;
  }
  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string): Form {
    if (String(type) !== 'SPREADSHEET') throw this.#rt.error('Invalid argument: type');
    const target = this.#c.sheets.byId(String(id));
    if (!target) throw this.#rt.error(FORM_MSG.noSuchForm);
    try {
      this.#c.link(this.#f, target);
    } catch (e) {
      throw this.#rt.error((e as Error).message);
    }
    return this.#self();
  }
  getDestinationId(): string {
    const d = this.#f.destination;
    if (!d) throw this.#rt.error('The form currently has no response destination.');
    return d.fileId;
  }
  getDestinationType(): GoogleAppsScript.Forms.DestinationType {
    if (!this.#f.destination) throw this.#rt.error('The form currently has no response destination.');
    return DESTINATION_TYPE.SPREADSHEET as unknown as GoogleAppsScript.Forms.DestinationType;
  }
  removeDestination(): Form {
    const sh = this.#c.destinationSheet(this.#f);
    if (sh) sh.formUrl = null;
    this.#f.destination = null;
    return this.#self();
  }
  getItems(itemType?: GoogleAppsScript.Forms.ItemType): Item[] {
    const t = itemType === undefined ? undefined : String(itemType);
    return this.#f.items.filter((i) => !t || i.type === t).map((i) => new EmuItem(this.#rt, this.#c, this.#f, i) as unknown as Item);
  }
  getItemById(id: number): Item {
    const i = this.#f.item(Number(id));
    return (i ? new EmuItem(this.#rt, this.#c, this.#f, i) : null) as unknown as Item;
  }
  #index(x: unknown): number {
    if (typeof x === 'number') {
      if (!(x >= 0 && x < this.#f.items.length)) throw this.#rt.error(FORM_MSG.badIndex(x));
      return x;
    }
    const m = itemModelOf(x);
    const i = m ? this.#f.items.indexOf(m) : -1;
    if (i < 0) throw this.#rt.error('Invalid argument: item');
    return i;
  }
  deleteItem(index: unknown): void {
    const [m] = this.#f.items.splice(this.#index(index), 1);
    // Its answers go with it (see the head of this file); the response tab keeps its column and values.
    for (const r of this.#f.responses) r.answers.delete(m.id);
  }
  moveItem(from: unknown, to: number): Item {
    const i = this.#index(from);
    if (!(to >= 0 && to < this.#f.items.length)) throw this.#rt.error(FORM_MSG.badIndex(to));
    const [m] = this.#f.items.splice(i, 1);
    this.#f.items.splice(to, 0, m);
    return new EmuItem(this.#rt, this.#c, this.#f, m) as unknown as Item;
  }
  #add<T>(type: ItemTypeName, Cls: new (rt: Runtime, c: FormsController, f: FormModel, m: ItemModel) => unknown): T {
    const m: ItemModel = { id: this.#c.newItemId(), type, title: '', helpText: '', required: false, choices: [], rows: [], columns: [], includesYear: true };
    this.#f.items.push(m);
    return new Cls(this.#rt, this.#c, this.#f, m) as T;
  }
  addListItem(): GoogleAppsScript.Forms.ListItem {
    return this.#add('LIST', EmuListItem);
  }
  addMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return this.#add('MULTIPLE_CHOICE', EmuMultipleChoiceItem);
  }
  addCheckboxItem(): GoogleAppsScript.Forms.CheckboxItem {
    return this.#add('CHECKBOX', EmuCheckboxItem);
  }
  addTextItem(): GoogleAppsScript.Forms.TextItem {
    return this.#add('TEXT', EmuTextItem);
  }
  addParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return this.#add('PARAGRAPH_TEXT', EmuParagraphTextItem);
  }
  addGridItem(): GoogleAppsScript.Forms.GridItem {
    return this.#add('GRID', EmuGridItem);
  }
  addDateItem(): GoogleAppsScript.Forms.DateItem {
    return this.#add('DATE', EmuDateItem);
  }
  addPageBreakItem(): GoogleAppsScript.Forms.PageBreakItem {
    return this.#add('PAGE_BREAK', EmuPageBreakItem);
  }
  addSectionHeaderItem(): GoogleAppsScript.Forms.SectionHeaderItem {
    return this.#add('SECTION_HEADER', EmuSectionHeaderItem);
  }
  getResponses(timestamp?: GoogleAppsScript.Base.Date): GoogleAppsScript.Forms.FormResponse[] {
    const since = timestamp === undefined ? -Infinity : (timestamp as unknown as Date).getTime();
    return this.#f.responses
      .filter((r) => r.timestamp >= since)
      .map((r) => new EmuFormResponse(this.#rt, this.#c, this.#f, r) as unknown as GoogleAppsScript.Forms.FormResponse);
  }
  getResponse(responseId: string): GoogleAppsScript.Forms.FormResponse {
    const r = this.#f.responses.find((x) => x.id === String(responseId));
    if (!r) throw this.#rt.error(FORM_MSG.noResponse);
    return new EmuFormResponse(this.#rt, this.#c, this.#f, r) as unknown as GoogleAppsScript.Forms.FormResponse;
  }
  /** A new, unsubmitted response (the script fills it with withItemResponse and submits; no trigger fires). */
  createResponse(): GoogleAppsScript.Forms.FormResponse {
    const r: ResponseModel = { id: '', timestamp: 0, email: '', answers: new Map() };
    return new EmuFormResponse(this.#rt, this.#c, this.#f, r) as unknown as GoogleAppsScript.Forms.FormResponse;
  }
}
const _form: Subset<EmuForm, Form> = true;
instrument(EmuForm, 'Form');

// ------------------------------------------------------------------ items

interface ItemCtx {
  rt: Runtime;
  c: FormsController;
  f: FormModel;
  m: ItemModel;
}
const CTX = new WeakMap<object, ItemCtx>();
function ctx(x: object): ItemCtx {
  const c = CTX.get(x);
  if (!c) throw new Error('not an emulated item');
  return c;
}
export function itemModelOf(x: unknown): ItemModel | undefined {
  return typeof x === 'object' && x !== null ? CTX.get(x)?.m : undefined;
}

/** Methods every item type has. State lives in a module WeakMap (not reachable from the script). */
abstract class ItemBase {
  constructor(rt: Runtime, c: FormsController, f: FormModel, m: ItemModel) {
    CTX.set(this, { rt, c, f, m });
    attach(this, rt);
  }
  getId(): number {
    return ctx(this).m.id;
  }
  getIndex(): number {
    const { f, m } = ctx(this);
    return f.items.indexOf(m);
  }
  getTitle(): string {
    return ctx(this).m.title;
  }
  getType(): GoogleAppsScript.Forms.ItemType {
    return (ITEM_TYPE as Record<string, EnumValue>)[ctx(this).m.type] as unknown as GoogleAppsScript.Forms.ItemType;
  }
  getHelpText(): string {
    return ctx(this).m.helpText;
  }
  setTitle(title: string): any {
    const { c, f, m } = ctx(this);
    m.title = String(title);
    c.renameHeaders(f);
    return this;
  }
  setHelpText(text: string): any {
    ctx(this).m.helpText = String(text);
    return this;
  }
}

abstract class QuestionBase extends ItemBase {
  isRequired(): boolean {
    return ctx(this).m.required;
  }
  setRequired(enabled: boolean): any {
    ctx(this).m.required = !!enabled;
    return this;
  }
  /** An answer to this item, for a script-built FormResponse. */
  createResponse(response: any): GoogleAppsScript.Forms.ItemResponse {
    const { rt, c, f, m } = ctx(this);
    let a: Answer;
    if (m.type === 'DATE') {
      if (!isDate(response)) throw rt.error('Invalid argument: response');
      const d = response as Date;
      a = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    } else if (m.type === 'CHECKBOX' || m.type === 'GRID') {
      if (!Array.isArray(response)) throw rt.error('Invalid argument: responses');
      a = Array.from(response as unknown[], String);
    } else a = String(response);
    return new EmuItemResponse(rt, c, f, m, a) as unknown as GoogleAppsScript.Forms.ItemResponse;
  }
}

abstract class ChoiceBase extends QuestionBase {
  createChoice(value: string, nav?: unknown): GoogleAppsScript.Forms.Choice {
    const { rt } = ctx(this);
    const ch: ChoiceModel = { value: String(value) };
    if (nav !== undefined && typeof nav !== 'boolean') {
      const page = itemModelOf(nav);
      if (page) {
        if (page.type !== 'PAGE_BREAK') throw rt.error('Invalid argument: navigationItem');
        ch.nav = 'GO_TO_PAGE';
        ch.pageId = page.id;
      } else {
        const t = String(nav);
        if (!['CONTINUE', 'GO_TO_PAGE', 'RESTART', 'SUBMIT'].includes(t)) throw rt.error('Invalid argument: navigationType');
        ch.nav = t as ChoiceModel['nav'];
      }
    }
    return new EmuChoice(rt, ctx(this).c, ctx(this).f, ch) as unknown as GoogleAppsScript.Forms.Choice;
  }
  getChoices(): GoogleAppsScript.Forms.Choice[] {
    const { rt, c, f, m } = ctx(this);
    return m.choices.map((ch) => new EmuChoice(rt, c, f, ch) as unknown as GoogleAppsScript.Forms.Choice);
  }
  setChoices(choices: GoogleAppsScript.Forms.Choice[]): any {
    const { rt, m } = ctx(this);
    if (!Array.isArray(choices) || choices.length === 0) throw rt.error(FORM_MSG.emptyChoices);
    const models = Array.from(choices, (c) => {
      const cm = choiceModelOf(c);
      if (!cm) throw rt.error('Invalid argument: choices');
      return { ...cm };
    });
    checkChoices(rt, models);
    m.choices = models;
    return this;
  }
  setChoiceValues(values: string[]): any {
    const { rt, m } = ctx(this);
    if (!Array.isArray(values) || values.length === 0) throw rt.error(FORM_MSG.emptyChoices);
    const models = Array.from(values, (v) => ({ value: String(v) }));
    checkChoices(rt, models);
    m.choices = models;
    return this;
  }
}

function checkChoices(rt: Runtime, models: ChoiceModel[]): void {
  // The form editor refuses empty and duplicate options (ASSUMPTION: Apps Script refuses them the same way).
  const seen = new Set<string>();
  for (const c of models) {
    if (c.value.trim() === '' || seen.has(c.value)) throw rt.error(FORM_MSG.invalidData);
    seen.add(c.value);
  }
  const withNav = models.filter((c) => c.nav !== undefined).length;
  if (withNav > 0 && withNav < models.length) throw rt.error(FORM_MSG.mixedNavigation);
}

type AsKeys = 'asListItem' | 'asMultipleChoiceItem' | 'asCheckboxItem' | 'asTextItem' | 'asParagraphTextItem' | 'asGridItem' | 'asDateItem' | 'asPageBreakItem' | 'asSectionHeaderItem';
type CommonKeys = 'getId' | 'getIndex' | 'getTitle' | 'getType' | 'getHelpText' | 'setTitle' | 'setHelpText';

/** The generic Item (what getItems returns): convert with as…Item() to reach type-specific methods. */
export class EmuItem extends ItemBase implements Facade<Item, CommonKeys | AsKeys> {
  #as<T>(type: ItemTypeName, Cls: new (rt: Runtime, c: FormsController, f: FormModel, m: ItemModel) => unknown): T {
    const { rt, c, f, m } = ctx(this);
    if (m.type !== type) throw rt.error(FORM_MSG.conversion(m.type));
    return new Cls(rt, c, f, m) as T;
  }
  asListItem(): GoogleAppsScript.Forms.ListItem {
    return this.#as('LIST', EmuListItem);
  }
  asMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return this.#as('MULTIPLE_CHOICE', EmuMultipleChoiceItem);
  }
  asCheckboxItem(): GoogleAppsScript.Forms.CheckboxItem {
    return this.#as('CHECKBOX', EmuCheckboxItem);
  }
  asTextItem(): GoogleAppsScript.Forms.TextItem {
    return this.#as('TEXT', EmuTextItem);
  }
  asParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return this.#as('PARAGRAPH_TEXT', EmuParagraphTextItem);
  }
  asGridItem(): GoogleAppsScript.Forms.GridItem {
    return this.#as('GRID', EmuGridItem);
  }
  asDateItem(): GoogleAppsScript.Forms.DateItem {
    return this.#as('DATE', EmuDateItem);
  }
  asPageBreakItem(): GoogleAppsScript.Forms.PageBreakItem {
    return this.#as('PAGE_BREAK', EmuPageBreakItem);
  }
  asSectionHeaderItem(): GoogleAppsScript.Forms.SectionHeaderItem {
    return this.#as('SECTION_HEADER', EmuSectionHeaderItem);
  }
}
const _item: Subset<EmuItem, Item> = true;
instrument(EmuItem, 'Item');

type QKeys = CommonKeys | 'isRequired' | 'setRequired' | 'createResponse';
type ChoiceKeys = QKeys | 'createChoice' | 'getChoices' | 'setChoices' | 'setChoiceValues';

export class EmuListItem extends ChoiceBase implements Facade<GoogleAppsScript.Forms.ListItem, ChoiceKeys> {}
const _li: Subset<EmuListItem, GoogleAppsScript.Forms.ListItem> = true;
instrument(EmuListItem, 'ListItem');

export class EmuMultipleChoiceItem extends ChoiceBase implements Facade<GoogleAppsScript.Forms.MultipleChoiceItem, ChoiceKeys> {}
const _mc: Subset<EmuMultipleChoiceItem, GoogleAppsScript.Forms.MultipleChoiceItem> = true;
instrument(EmuMultipleChoiceItem, 'MultipleChoiceItem');

export class EmuCheckboxItem extends ChoiceBase implements Facade<GoogleAppsScript.Forms.CheckboxItem, ChoiceKeys> {}
const _cb: Subset<EmuCheckboxItem, GoogleAppsScript.Forms.CheckboxItem> = true;
instrument(EmuCheckboxItem, 'CheckboxItem');

export class EmuTextItem extends QuestionBase implements Facade<GoogleAppsScript.Forms.TextItem, QKeys | 'setValidation' | 'clearValidation'> {
  setValidation(validation: GoogleAppsScript.Forms.TextValidation): GoogleAppsScript.Forms.TextItem {
    const { rt, m } = ctx(this);
    const v = validation instanceof EmuTextValidation ? EmuTextValidation.model(validation) : undefined;
    if (!v) throw rt.error('Invalid argument: validation');
    m.validation = { ...v };
    return this as unknown as GoogleAppsScript.Forms.TextItem;
  }
  clearValidation(): GoogleAppsScript.Forms.TextItem {
    delete ctx(this).m.validation;
    return this as unknown as GoogleAppsScript.Forms.TextItem;
  }
}
const _ti: Subset<EmuTextItem, GoogleAppsScript.Forms.TextItem> = true;
instrument(EmuTextItem, 'TextItem');

/**
 * FormApp.createTextValidation(): of its requirements only requireNumberBetween is modelled (the one the tool sets).
 * build() without a requirement throws (ASSUMPTION: wording ours; a validation must require something).
 */
export class EmuTextValidationBuilder implements Facade<GoogleAppsScript.Forms.TextValidationBuilder, 'requireNumberBetween' | 'setHelpText' | 'build'> {
  #rt: Runtime;
  #range: { min: number; max: number } | null = null;
  #help = '';
  constructor(rt: Runtime) {
    this.#rt = rt;
    attach(this, rt);
  }
  requireNumberBetween(start: number, end: number): GoogleAppsScript.Forms.TextValidationBuilder {
    const min = Number(start);
    const max = Number(end);
    if (!Number.isFinite(min) || !Number.isFinite(max)) throw this.#rt.error('Invalid argument: start');
    this.#range = { min: Math.min(min, max), max: Math.max(min, max) };
    return this as unknown as GoogleAppsScript.Forms.TextValidationBuilder;
  }
  setHelpText(text: string): GoogleAppsScript.Forms.TextValidationBuilder {
    this.#help = String(text);
    return this as unknown as GoogleAppsScript.Forms.TextValidationBuilder;
  }
  build(): GoogleAppsScript.Forms.TextValidation {
    if (!this.#range) throw this.#rt.error('Invalid argument: a validation needs a requirement');
    return new EmuTextValidation(this.#rt, { kind: 'numberBetween', ...this.#range, helpText: this.#help }) as unknown as GoogleAppsScript.Forms.TextValidation;
  }
}
const _tvb: Subset<EmuTextValidationBuilder, GoogleAppsScript.Forms.TextValidationBuilder> = true;
instrument(EmuTextValidationBuilder, 'TextValidationBuilder');

export class EmuTextValidation implements Facade<GoogleAppsScript.Forms.TextValidation, never> {
  #m: TextValidationModel;
  constructor(rt: Runtime, m: TextValidationModel) {
    this.#m = m;
    attach(this, rt);
  }
  static model(x: EmuTextValidation): TextValidationModel {
    return x.#m;
  }
}
const _tv: Subset<EmuTextValidation, GoogleAppsScript.Forms.TextValidation> = true;
instrument(EmuTextValidation, 'TextValidation');

export class EmuParagraphTextItem extends QuestionBase implements Facade<GoogleAppsScript.Forms.ParagraphTextItem, QKeys> {}
const _pi: Subset<EmuParagraphTextItem, GoogleAppsScript.Forms.ParagraphTextItem> = true;
instrument(EmuParagraphTextItem, 'ParagraphTextItem');

export class EmuDateItem extends QuestionBase implements Facade<GoogleAppsScript.Forms.DateItem, QKeys | 'includesYear' | 'setIncludesYear'> {
  includesYear(): boolean {
    return ctx(this).m.includesYear;
  }
  setIncludesYear(enableYear: boolean): GoogleAppsScript.Forms.DateItem {
    ctx(this).m.includesYear = !!enableYear;
    return this as unknown as GoogleAppsScript.Forms.DateItem;
  }
}
const _di: Subset<EmuDateItem, GoogleAppsScript.Forms.DateItem> = true;
instrument(EmuDateItem, 'DateItem');

export class EmuGridItem extends QuestionBase implements Facade<GoogleAppsScript.Forms.GridItem, QKeys | 'setRows' | 'getRows' | 'setColumns' | 'getColumns'> {
  setRows(rows: string[]): GoogleAppsScript.Forms.GridItem {
    const { rt, m } = ctx(this);
    if (!Array.isArray(rows) || rows.length === 0) throw rt.error('Array is empty: rows');
    m.rows = Array.from(rows, String);
    return this as unknown as GoogleAppsScript.Forms.GridItem;
  }
  getRows(): string[] {
    return [...ctx(this).m.rows];
  }
  setColumns(columns: string[]): GoogleAppsScript.Forms.GridItem {
    const { rt, m } = ctx(this);
    if (!Array.isArray(columns) || columns.length === 0) throw rt.error('Array is empty: columns');
    m.columns = Array.from(columns, String);
    return this as unknown as GoogleAppsScript.Forms.GridItem;
  }
  getColumns(): string[] {
    return [...ctx(this).m.columns];
  }
}
const _gi: Subset<EmuGridItem, GoogleAppsScript.Forms.GridItem> = true;
instrument(EmuGridItem, 'GridItem');

export class EmuPageBreakItem extends ItemBase implements Facade<GoogleAppsScript.Forms.PageBreakItem, CommonKeys | 'setGoToPage' | 'getGoToPage' | 'getPageNavigationType'> {
  setGoToPage(target: unknown): GoogleAppsScript.Forms.PageBreakItem {
    const { rt, m } = ctx(this);
    const page = itemModelOf(target);
    if (page) {
      if (page.type !== 'PAGE_BREAK') throw rt.error('Invalid argument: goToPageItem');
      m.goTo = { value: '', nav: 'GO_TO_PAGE', pageId: page.id };
    } else {
      const t = String(target);
      if (!['CONTINUE', 'GO_TO_PAGE', 'RESTART', 'SUBMIT'].includes(t)) throw rt.error('Invalid argument: navigationType');
      m.goTo = { value: '', nav: t as ChoiceModel['nav'] };
    }
    return this as unknown as GoogleAppsScript.Forms.PageBreakItem;
  }
  getGoToPage(): GoogleAppsScript.Forms.PageBreakItem {
    const { rt, c, f, m } = ctx(this);
    const target = m.goTo?.pageId !== undefined ? f.item(m.goTo.pageId) : undefined;
    return (target ? new EmuPageBreakItem(rt, c, f, target) : null) as unknown as GoogleAppsScript.Forms.PageBreakItem;
  }
  getPageNavigationType(): GoogleAppsScript.Forms.PageNavigationType {
    return PAGE_NAVIGATION_TYPE[ctx(this).m.goTo?.nav ?? 'CONTINUE'] as unknown as GoogleAppsScript.Forms.PageNavigationType;
  }
}
const _pb: Subset<EmuPageBreakItem, GoogleAppsScript.Forms.PageBreakItem> = true;
instrument(EmuPageBreakItem, 'PageBreakItem');

export class EmuSectionHeaderItem extends ItemBase implements Facade<GoogleAppsScript.Forms.SectionHeaderItem, CommonKeys> {}
const _sh: Subset<EmuSectionHeaderItem, GoogleAppsScript.Forms.SectionHeaderItem> = true;
instrument(EmuSectionHeaderItem, 'SectionHeaderItem');

// ------------------------------------------------------------------ choices and responses

export class EmuChoice implements Facade<GoogleAppsScript.Forms.Choice, 'getValue' | 'getPageNavigationType' | 'getGotoPage' | 'isCorrectAnswer'> {
  #rt: Runtime;
  #c: FormsController;
  #f: FormModel;
  #m: ChoiceModel;
  constructor(rt: Runtime, c: FormsController, f: FormModel, m: ChoiceModel) {
    this.#rt = rt;
    this.#c = c;
    this.#f = f;
    this.#m = m;
    attach(this, rt);
  }
  static model(x: EmuChoice): ChoiceModel {
    return x.#m;
  }
  getValue(): string {
    return this.#m.value;
  }
  getPageNavigationType(): GoogleAppsScript.Forms.PageNavigationType {
    return PAGE_NAVIGATION_TYPE[this.#m.nav ?? 'CONTINUE'] as unknown as GoogleAppsScript.Forms.PageNavigationType;
  }
  getGotoPage(): GoogleAppsScript.Forms.PageBreakItem {
    const p = this.#m.pageId !== undefined ? this.#f.item(this.#m.pageId) : undefined;
    return (p ? new EmuPageBreakItem(this.#rt, this.#c, this.#f, p) : null) as unknown as GoogleAppsScript.Forms.PageBreakItem;
  }
  isCorrectAnswer(): boolean {
    return false;
  }
}
const _ch: Subset<EmuChoice, GoogleAppsScript.Forms.Choice> = true;
instrument(EmuChoice, 'Choice');

function choiceModelOf(x: unknown): ChoiceModel | undefined {
  return x instanceof EmuChoice ? EmuChoice.model(x) : undefined;
}

export class EmuItemResponse implements Facade<GoogleAppsScript.Forms.ItemResponse, 'getItem' | 'getResponse'> {
  #rt: Runtime;
  #c: FormsController;
  #f: FormModel;
  #m: ItemModel;
  #a: Answer;
  constructor(rt: Runtime, c: FormsController, f: FormModel, m: ItemModel, a: Answer) {
    this.#rt = rt;
    this.#c = c;
    this.#f = f;
    this.#m = m;
    this.#a = a;
    attach(this, rt);
  }
  static data(x: EmuItemResponse): { item: ItemModel; answer: Answer } {
    return { item: x.#m, answer: x.#a };
  }
  getItem(): Item {
    return new EmuItem(this.#rt, this.#c, this.#f, this.#m) as unknown as Item;
  }
  /** A string; a string[] for checkboxes and grids (Apps Script's shapes). */
  getResponse(): string | string[] {
    return Array.isArray(this.#a) ? [...this.#a] : this.#a;
  }
}
const _ir: Subset<EmuItemResponse, GoogleAppsScript.Forms.ItemResponse> = true;
instrument(EmuItemResponse, 'ItemResponse');

type ResponseKeys = 'getId' | 'getTimestamp' | 'getRespondentEmail' | 'getEditResponseUrl' | 'getItemResponses' | 'getResponseForItem' | 'withItemResponse' | 'submit';

export class EmuFormResponse implements Facade<GoogleAppsScript.Forms.FormResponse, ResponseKeys> {
  #rt: Runtime;
  #c: FormsController;
  #f: FormModel;
  #r: ResponseModel;
  constructor(rt: Runtime, c: FormsController, f: FormModel, r: ResponseModel) {
    this.#rt = rt;
    this.#c = c;
    this.#f = f;
    this.#r = r;
    attach(this, rt);
  }
  getId(): string {
    return (this.#r.id || null) as string;
  }
  getTimestamp(): GoogleAppsScript.Base.Date {
    return (this.#r.id ? new Date(this.#r.timestamp) : null) as unknown as GoogleAppsScript.Base.Date;
  }
  getRespondentEmail(): string {
    return this.#r.email;
  }
  getEditResponseUrl(): string {
    return this.#f.editResponseUrl(this.#r);
  }
  getItemResponses(): GoogleAppsScript.Forms.ItemResponse[] {
    const out: GoogleAppsScript.Forms.ItemResponse[] = [];
    for (const it of this.#f.items) {
      const a = this.#r.answers.get(it.id);
      if (a === undefined || isBlank(a)) continue;
      out.push(new EmuItemResponse(this.#rt, this.#c, this.#f, it, a) as unknown as GoogleAppsScript.Forms.ItemResponse);
    }
    return out;
  }
  getResponseForItem(item: Item): GoogleAppsScript.Forms.ItemResponse {
    const m = itemModelOf(item);
    const a = m ? this.#r.answers.get(m.id) : undefined;
    return (m && a !== undefined ? new EmuItemResponse(this.#rt, this.#c, this.#f, m, a) : null) as unknown as GoogleAppsScript.Forms.ItemResponse;
  }
  withItemResponse(response: GoogleAppsScript.Forms.ItemResponse): GoogleAppsScript.Forms.FormResponse {
    if (!(response instanceof EmuItemResponse)) throw this.#rt.error('Invalid argument: response');
    const { item, answer } = EmuItemResponse.data(response);
    this.#r.answers.set(item.id, answer);
    return this as unknown as GoogleAppsScript.Forms.FormResponse;
  }
  /** Stores the response and writes its row — and fires NO trigger (script actions never do). */
  submit(): GoogleAppsScript.Forms.FormResponse {
    if (!this.#r.id) {
      this.#r.id = this.#c.newResponseId();
      this.#r.timestamp = this.#rt.clock.now();
      this.#f.responses.push(this.#r);
    } else {
      this.#r.timestamp = this.#rt.clock.now();
    }
    this.#c.writeRow(this.#f, this.#r);
    return this as unknown as GoogleAppsScript.Forms.FormResponse;
  }
}
const _fr: Subset<EmuFormResponse, GoogleAppsScript.Forms.FormResponse> = true;
instrument(EmuFormResponse, 'FormResponse');

/** Node side: the values of a form's response tab, as the script would read them. */
export function responseRows(c: FormsController, f: FormModel): unknown[][] {
  const sh = c.destinationSheet(f);
  if (!sh) return [];
  const out: unknown[][] = [];
  for (let r = 1; r <= sh.lastRow(); r++) {
    const row: unknown[] = [];
    for (let col = 1; col <= sh.lastColumn(); col++) row.push(outValue(sh.cell(r, col)));
    out.push(row);
  }
  return out;
}
