// Keeps a Google Form equal to a FormDefinition without ever losing an answer.
//
// Each question of the definition has a stable key (Q.school, SD.<criterion>, page:P2 …: see itemKey) and the tool
// remembers which form item holds it (its item id, pinned in a script property by syncPinnedForm). At sync an item is
// found first by its pinned id — so a question the office renamed in the Forms editor is updated in place and its
// title set back, keeping its column and its answers — and only then by type and title (a first sync, or a form from
// before the pinning). Rules that keep answers:
//  - an item the tool did not make (the office's own question) is kept, with its answers, after the tool's items;
//  - an item the tool made that the definition no longer has is kept at the end, not required, while the form has
//    responses (it may hold answers), and deleted only when the form has none (nothing can be lost then); the office
//    is told once (the kept keys are remembered with the pins);
//  - a pinned item that is gone (deleted in the editor) is made again; with responses the office is told that the
//    earlier answers stay in the old column of the response tab (read as one field with the new one, see
//    src/core/columns.ts) and that edit links of earlier responses no longer show that answer;
//  - an item of the office's own under a tool question's title (two columns under one title) is kept, and the office
//    is asked, at every sync, to rename it;
//  - an item whose type the office changed by hand cannot be cast (as…Item() on another type throws: the reference
//    of forms/item says to check getType() before casting): between types whose answers read the same (dropdown ↔
//    multiple choice, short ↔ paragraph text) it is kept as the office made it and updated as such; otherwise it is
//    left as it is (title set back) and a Vietnamese note says what the office must do — or, when the form has no
//    responses yet, replaced by an item of the right type.
import { FORM_PUBLISH, FORM_SYNC } from '../core/messages';
import { REPORT_QUESTIONS } from '../core/messages/proposals';
import { Q, R, SELF_DECLARED, SUBMIT, initiativeTitles, type FormDefinition, type FormItem, type FormPage, type ItemKind } from '../core/registration-form';
import { getState, setState, setStateSoon, type StateKey } from './properties';
import { openForm } from './mail';
import { openFormOnce } from './form-cache';
import { matchKey } from '../core/text';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;

function itemTypeOf(kind: ItemKind | 'page'): GoogleAppsScript.Forms.ItemType {
  const T = FormApp.ItemType;
  switch (kind) {
    case 'list': return T.LIST;
    case 'multipleChoice': return T.MULTIPLE_CHOICE;
    case 'checkbox': return T.CHECKBOX;
    case 'text': return T.TEXT;
    case 'paragraph': return T.PARAGRAPH_TEXT;
    case 'grid': return T.GRID;
    case 'date': return T.DATE;
    case 'page': return T.PAGE_BREAK;
  }
}

type CheckboxItem = GoogleAppsScript.Forms.CheckboxItem;
type DateItem = GoogleAppsScript.Forms.DateItem;
type GridItem = GoogleAppsScript.Forms.GridItem;
type ListItem = GoogleAppsScript.Forms.ListItem;
type MultipleChoiceItem = GoogleAppsScript.Forms.MultipleChoiceItem;
type PageBreakItem = GoogleAppsScript.Forms.PageBreakItem;
type ParagraphTextItem = GoogleAppsScript.Forms.ParagraphTextItem;
type TextItem = GoogleAppsScript.Forms.TextItem;
type Typed =
  | ListItem | MultipleChoiceItem | CheckboxItem | TextItem | ParagraphTextItem | GridItem | DateItem
  | PageBreakItem;

/** The existing item as its own type, or a new item of that type added at the end of the form. */
function typedItem(form: Form, kind: ItemKind | 'page', existing: Item | undefined): Typed {
  switch (kind) {
    case 'list': return existing ? existing.asListItem() : form.addListItem();
    case 'multipleChoice': return existing ? existing.asMultipleChoiceItem() : form.addMultipleChoiceItem();
    case 'checkbox': return existing ? existing.asCheckboxItem() : form.addCheckboxItem();
    case 'text': return existing ? existing.asTextItem() : form.addTextItem();
    case 'paragraph': return existing ? existing.asParagraphTextItem() : form.addParagraphTextItem();
    case 'grid': return existing ? existing.asGridItem() : form.addGridItem();
    case 'date': return existing ? existing.asDateItem() : form.addDateItem();
    case 'page': return existing ? existing.asPageBreakItem() : form.addPageBreakItem();
  }
}

/** Applies everything but navigation to an item. */
function configure(item: Typed, spec: FormItem): void {
  const help = spec.helpText ?? '';
  switch (spec.kind) {
    case 'list': (item as ListItem).setTitle(spec.title).setHelpText(help).setRequired(spec.required).setChoiceValues(spec.choices ?? []); break;
    case 'multipleChoice': (item as MultipleChoiceItem).setTitle(spec.title).setHelpText(help).setRequired(spec.required).setChoiceValues(spec.choices ?? []); break;
    case 'checkbox': (item as CheckboxItem).setTitle(spec.title).setHelpText(help).setRequired(spec.required).setChoiceValues(spec.choices ?? []); break;
    case 'text': {
      const text = (item as TextItem).setTitle(spec.title).setHelpText(help).setRequired(spec.required);
      // Set on every sync, so a form made by an earlier version gets it (a validation cannot be read back to compare);
      // an item without one keeps whatever the office set by hand.
      const r = spec.numberRange;
      if (r) text.setValidation(FormApp.createTextValidation().setHelpText(r.message).requireNumberBetween(r.min, r.max).build());
      break;
    }
    case 'paragraph': (item as ParagraphTextItem).setTitle(spec.title).setHelpText(help).setRequired(spec.required); break;
    case 'grid': (item as GridItem).setTitle(spec.title).setHelpText(help).setRequired(spec.required).setRows(spec.rows ?? []).setColumns(spec.columns ?? []); break;
    case 'date': (item as DateItem).setTitle(spec.title).setHelpText(help).setRequired(spec.required); break;
  }
}


/** The kind of an item of Forms type `type`, among the kinds the tool makes (undefined: another type). */
function kindOfType(type: string): ItemKind | 'page' | undefined {
  const kinds: Array<ItemKind | 'page'> = ['list', 'multipleChoice', 'checkbox', 'text', 'paragraph', 'grid', 'date', 'page'];
  return kinds.find((k) => String(itemTypeOf(k)) === type);
}

/** Kinds whose answers are written and read the same way: an item of one is updated as it is when the other is asked. */
const SAME_ANSWERS: ReadonlyArray<ReadonlyArray<ItemKind>> = [
  ['list', 'multipleChoice'],
  ['text', 'paragraph'],
];
function answersReadAlike(a: ItemKind, b: ItemKind): boolean {
  return a === b || SAME_ANSWERS.some((g) => g.includes(a) && g.includes(b));
}

/** Most initiative slots a configuration can ask for (config.ts clamps initiativeSlots to 1–10). */
const MAX_INITIATIVE_SLOTS = 10;
let keysByTitle: Map<string, string> | null = null;

/**
 * The stable key of a question: the name of its constant (Q.school, R.period, RQ.gender, SD.<criterion id>,
 * SD.<criterion id>.evidence, I<n>.level), which a later version of the tool keeps when it rewords the question;
 * `T:<title>` for a title no constant names (then a rewording reads as a new question).
 */
export function itemKey(title: string): string {
  if (!keysByTitle) {
    const m = new Map<string, string>();
    const add = (title: string, key: string) => {
      if (!m.has(title)) m.set(title, key);
    };
    for (const [k, t] of Object.entries(Q)) add(t, `Q.${k}`);
    for (const [k, t] of Object.entries(R)) add(t, `R.${k}`);
    for (const [k, t] of Object.entries(REPORT_QUESTIONS)) add(t, `RQ.${k}`);
    for (const [id, sd] of Object.entries(SELF_DECLARED)) {
      add(sd.question, `SD.${id}`);
      if (sd.evidence) add(sd.evidence, `SD.${id}.evidence`);
    }
    for (let n = 1; n <= MAX_INITIATIVE_SLOTS; n++) for (const [k, t] of Object.entries(initiativeTitles(n))) add(t, `I${n}.${k}`);
    keysByTitle = m;
  }
  return keysByTitle.get(title) ?? `T:${title}`;
}

/** Stable key → form item id. */
export type ItemPins = Record<string, number>;

export interface SyncResult {
  created: number;
  deleted: number;
  /** Questions found under another title (renamed in the editor), whose title was set back to the definition's. */
  restored: number;
  /** What the office must know or do (Vietnamese): a question whose type was changed by hand, one kept with its answers. */
  notes: string[];
  /** Where each question of the definition (and each kept item the tool made) now is. */
  pins: ItemPins;
  /** Keys of the tool's former questions kept for their answers (the office was told once: not again). */
  retired: string[];
}

interface Found {
  item: Item;
  id: number;
  type: string;
  title: string;
}

interface Slot {
  key: string;
  kind: ItemKind | 'page';
  title: string;
  spec?: FormItem;
  page?: FormPage;
}

/** The item as its own class when it is of a kind the tool makes and a question (to set it not required). */
function asQuestion(form: Form, f: Found): Exclude<Typed, PageBreakItem> | null {
  const kind = kindOfType(f.type);
  return kind && kind !== 'page' ? (typedItem(form, kind, f.item) as Exclude<Typed, PageBreakItem>) : null;
}

/**
 * Brings `form` to `def`, finding items first by `pinned` ids (see the file's head); never deletes an item that may
 * hold answers. Returns what it did and the pins to keep. `retired`: keys of former questions already kept (and told).
 */
export function syncForm(form: Form, def: FormDefinition, pinned: ItemPins = {}, retired: readonly string[] = []): SyncResult {
  // No summary of answers for respondents: with it, every school would see every other's answers (names, birth
  // years, ratings) — a setting one click away in the form's settings, put back at every Thiết lập.
  form.setTitle(def.title).setDescription(def.description).setAllowResponseEdits(true).setPublishingSummary(false);
  // The address is collected; how (verified, or typed by the respondent) is the office's choice in the form's settings
  // (README: "Đã xác minh"). setCollectEmail is the older switch: called only when the form collects none, so that a
  // Thiết lập never turns a verified collection back into a typed one.
  if (form.collectsEmail() !== def.collectEmail) form.setCollectEmail(def.collectEmail);
  const all: Found[] = form.getItems().map((item) => ({ item, id: item.getId(), type: String(item.getType()), title: item.getTitle() }));
  const byId = new Map(all.map((f) => [f.id, f]));
  let answered: boolean | undefined;
  // Asked once, and only when an item would be deleted or left as it is.
  const hasResponses = () => (answered ??= form.getResponses().length > 0);

  const slots: Slot[] = [];
  def.pages.forEach((page, p) => {
    if (p > 0) slots.push({ key: `page:${page.id}`, kind: 'page', title: page.title, page });
    for (const spec of page.items) slots.push({ key: itemKey(spec.title), kind: spec.kind, title: spec.title, spec });
  });

  // Find: by pinned id, then by type and title, then (a question whose type changed before it was pinned) by title.
  const claimed = new Set<number>();
  const match = new Map<Slot, Found>();
  const claim = (slot: Slot, f: Found | undefined) => {
    if (!f || claimed.has(f.id)) return;
    match.set(slot, f);
    claimed.add(f.id);
  };
  for (const slot of slots) if (pinned[slot.key] !== undefined) claim(slot, byId.get(pinned[slot.key]));
  // Questions whose remembered item is gone (deleted in the Forms editor): made again below, under a new column.
  const gone = new Set(slots.filter((s) => s.kind !== 'page' && pinned[s.key] !== undefined && !byId.has(pinned[s.key])));
  for (const slot of slots) if (!match.has(slot)) claim(slot, all.find((f) => !claimed.has(f.id) && f.type === String(itemTypeOf(slot.kind)) && f.title === slot.title));
  for (const slot of slots) {
    if (match.has(slot) || slot.kind === 'page') continue;
    claim(slot, all.find((f) => !claimed.has(f.id) && f.title === slot.title && kindOfType(f.type) !== 'page'));
  }

  let created = 0;
  let deleted = 0;
  let restored = 0;
  const notes: string[] = [];
  const pins: ItemPins = {};
  const ordered: Array<Typed | Item> = [];
  const pageBreaks = new Map<string, PageBreakItem>();
  const branching: Array<{ item: Typed; spec: FormItem }> = [];
  const added: Slot[] = [];
  const create = (kind: ItemKind | 'page'): Typed => {
    created++;
    return typedItem(form, kind, undefined);
  };
  for (const slot of slots) {
    let found = match.get(slot);
    const foundKind = found ? kindOfType(found.type) : undefined;
    let typed: Typed | null = null;
    let kind: ItemKind | 'page' = slot.kind;
    if (found && foundKind === slot.kind) typed = typedItem(form, slot.kind, found.item);
    else if (found && foundKind && foundKind !== 'page' && slot.kind !== 'page' && answersReadAlike(foundKind, slot.kind)) {
      // Changed by hand to a type whose answers read the same: kept as the office made it.
      kind = foundKind;
      typed = typedItem(form, foundKind, found.item);
    } else if (found && slot.kind !== 'page' && hasResponses()) {
      // Changed by hand to another type, and answers may be in it: left as it is, the office is told what to do.
      found.item.setTitle(slot.title).setHelpText(slot.spec!.helpText ?? '');
      const expected = FORM_SYNC.kind[slot.kind];
      notes.push(FORM_SYNC.typeChanged(def.title, slot.title, FORM_SYNC.kind[foundKind ?? 'other'] ?? FORM_SYNC.kind.other, expected));
      if (found.title !== slot.title) restored++;
      pins[slot.key] = found.id;
      ordered.push(found.item);
      continue;
    } else if (found && slot.kind !== 'page') {
      // No response yet: nothing can be lost by replacing it with an item of the right type.
      form.deleteItem(found.item);
      deleted++;
      found = undefined;
    } else if (found) {
      // A page break found under its pin is always a page break; anything else is not ours to change.
      claimed.delete(found.id);
      found = undefined;
    }
    if (!typed) {
      typed = create(slot.kind);
      if (slot.kind !== 'page') added.push(slot);
    }
    // (A page title has no column: setting it back needs no second read.)
    if (found && !slot.page && found.title !== slot.title) restored++;
    if (slot.page) {
      const br = typed as PageBreakItem;
      br.setTitle(slot.page.title).setHelpText(slot.page.helpText ?? '');
      pageBreaks.set(slot.page.id, br);
    } else {
      const spec = kind === slot.kind ? slot.spec! : { ...slot.spec!, kind: kind as ItemKind };
      configure(typed, spec);
      if (spec.goTo) branching.push({ item: typed, spec });
    }
    pins[slot.key] = found ? found.id : typed.getId();
    ordered.push(typed);
    // Its answers stay in the old item's column of the response tab, which is still read (src/core/columns.ts).
    // Only when made here: a slot whose pinned item is gone but which was found by its title (the office followed
    // addedBesideOwn's advice) still holds its answers.
    if (gone.has(slot) && !found && hasResponses()) notes.push(FORM_SYNC.recreated(def.title, slot.title));
  }

  // Items no slot took: the office's own are kept; the tool's former questions are kept while they may hold answers.
  const keyOfId = new Map(Object.entries(pinned).map(([k, id]) => [id, k]));
  const officeOwn: Found[] = [];
  const keptFor: string[] = [];
  for (const f of all) {
    if (claimed.has(f.id)) continue;
    const key = keyOfId.get(f.id);
    if (key === undefined) officeOwn.push(f);
    if (key === undefined || key in pins) continue;
    if (kindOfType(f.type) === 'page' || !hasResponses()) {
      form.deleteItem(f.item);
      deleted++;
      continue;
    }
    asQuestion(form, f)?.setRequired(false);
    pins[key] = f.id;
    keptFor.push(key);
    // Said once, when it is first kept (then remembered with the pins).
    if (!retired.includes(key)) notes.push(FORM_SYNC.retiredKept(def.title, f.title));
  }

  // The office's own question under a tool question's title: two columns under one title, the office is asked to rename it.
  // Titles compared as the response tab's readers compare them (src/core/columns.ts: case, spacing, tone marks).
  const toolTitles = new Set(slots.filter((s) => s.kind !== 'page').map((s) => matchKey(s.title)));
  for (const f of officeOwn) if (kindOfType(f.type) !== 'page' && toolTitles.has(matchKey(f.title))) notes.push(FORM_SYNC.ownSameTitle(def.title, f.title));

  // A form from before the pinning whose question was renamed before this first pinned sync cannot be told from a
  // question of the office's own: the tool's question was added again and the office is asked to check.
  if (Object.keys(pinned).length === 0 && added.length > 0 && officeOwn.length > 0 && hasResponses()) {
    for (const slot of added) {
      const alike = officeOwn.filter((f) => {
        const k = kindOfType(f.type);
        return k !== undefined && k !== 'page' && answersReadAlike(k, slot.kind as ItemKind);
      });
      if (alike.length > 0) notes.push(FORM_SYNC.addedBesideOwn(def.title, slot.title, alike.map((f) => f.title)));
    }
  }

  // The tool's items first, in the definition's order; whatever else the form holds follows them.
  ordered.forEach((item, index) => {
    const at = item.getIndex();
    if (at !== index) form.moveItem(at, index);
  });

  // Navigation: a page's "next" is set on the page break that follows it; branching on the choices.
  def.pages.forEach((page, p) => {
    const following = def.pages[p + 1];
    if (!following) return;
    const br = pageBreaks.get(following.id)!;
    if (page.next === SUBMIT) br.setGoToPage(FormApp.PageNavigationType.SUBMIT);
    else br.setGoToPage(pageBreaks.get(page.next)!);
  });
  for (const { item, spec } of branching) {
    const chooser = item as MultipleChoiceItem | ListItem;
    const choices = (spec.choices ?? []).map((value) => {
      const target = spec.goTo![value];
      if (target === SUBMIT) return chooser.createChoice(value, FormApp.PageNavigationType.SUBMIT);
      const page = target ? pageBreaks.get(target) : undefined;
      // Every choice of a branching item names its navigation: Forms refuses to mix choices with and without.
      return page ? chooser.createChoice(value, page) : chooser.createChoice(value, FormApp.PageNavigationType.CONTINUE);
    });
    chooser.setChoices(choices);
  }
  return { created, deleted, restored, notes, pins, retired: keptFor };
}

type PinKey = 'registrationFormItems' | 'reportFormItems';

/**
 * The pins kept under `key` for the form `formId` (the record `{ form, items, retired? }`), or null: no record, one of
 * another form, or an unreadable one.
 */
function readPins(key: PinKey, formId: string): { items: ItemPins; retired: string[] } | null {
  const raw = getState(key);
  if (!raw) return null;
  try {
    const saved = JSON.parse(raw) as { form?: string; items?: ItemPins; retired?: unknown };
    if (!saved || saved.form !== formId || !saved.items || typeof saved.items !== 'object') return null;
    return { items: saved.items, retired: Array.isArray(saved.retired) ? saved.retired.filter((k): k is string => typeof k === 'string') : [] };
  } catch {
    return null;
  }
}

/**
 * What Forms shows once the form is sent (review form #7: its default "Câu trả lời của bạn đã được ghi lại" says
 * nothing of the e-mail to come): given to a form the tool has just made; on another, only in place of a blank one or
 * of the tool's own earlier wording (kept under `key`) — a message the office wrote in the form's settings stays.
 * ASSUMPTION (the reference does not say): getConfirmationMessage gives "" while Forms shows its default; were it
 * Forms' default text, only forms the tool makes would get the message (review diff36 L3).
 */
export function keepConfirmation(form: Form, text: string | undefined, key: StateKey, created: boolean): void {
  if (!text) return;
  const current = form.getConfirmationMessage();
  const given = getState(key);
  if (current !== text && (created || current === '' || current === given)) form.setConfirmationMessage(text);
  else if (current !== text) return;
  if (given !== text) setState({ [key]: text });
}

/** syncForm with the pins kept under `key` (script property), for this form only; the new pins are stored. */
export function syncPinnedForm(form: Form, def: FormDefinition, key: PinKey): SyncResult {
  const formId = form.getId();
  const raw = getState(key);
  // No usable record: the items are found by title, as on a first sync, and pinned again.
  const saved = readPins(key, formId);
  const result = syncForm(form, def, saved ? saved.items : {}, saved ? saved.retired : []);
  // The former questions kept for their answers are remembered with the pins (only when there are any).
  const next = JSON.stringify(result.retired.length > 0 ? { form: formId, items: result.pins, retired: result.retired } : { form: formId, items: result.pins });
  if (next !== raw) setState({ [key]: next });
  return result;
}

/**
 * Whether the registration form in use has (or had) the question of each title, by the pins "Thiết lập" keeps
 * (syncPinnedForm; no service call: the properties are read once per execution). A question of this version it never
 * had was added since "Thiết lập" last ran (review "upgrade" #1: src/core/registration.ts findColumns). Undefined when
 * not known: no pins for the form in use (a form from before pinning, an unreadable record).
 */
export function registrationFormPeriod(): { startYear: number; endYear: number } | undefined {
  const m = /^(\d{4})-(\d{4})$/.exec(getState('registrationForm') ? (getState('registrationFormPeriod') ?? '') : '');
  return m ? { startYear: Number(m[1]), endYear: Number(m[2]) } : undefined;
}

/**
 * What the respondent typed for the registration form's questions `titles`, from the response `responseId` itself (the
 * register keeps each code's): a map title → text, leaving out a question the form (found by the item the tool pinned
 * for it) or the response does not give. Sheets types some text answers as numbers ("1.250" → 1250: review input F2);
 * the form keeps the text. Empty when the form or the response cannot be had: what the row holds is used, and said.
 *
 * Asked once per execution for the same response, row time (`at`: the response tab's time of its row, which an edit
 * rewrites) and titles: "Tạo văn bản" reads its plan twice in an execution (at the start, and to see it unchanged
 * before it says done), and each read asked the form again for every nominee (a round trip each). A response the
 * school edits in between has its row rewritten with the edit's time: asked again, its new text is seen (a number
 * re-spelled, "1.250" → "1250", changes the print, and the batch is not said done). A form that could not answer is not
 * kept: the next read asks again. A kept text is only ever put back where it names the row's number (restoreTypedText).
 */
export function typedTexts(responseId: string, titles: readonly string[], at: number | null = null): Map<string, string> {
  // A row without its time is asked every time.
  const key = at === null ? null : [responseId, at, ...titles].join('\n');
  const known = key === null ? undefined : typedAsked.get(key);
  if (known) return new Map(known);
  const out = askTypedTexts(responseId, titles);
  if (!out) return new Map();
  if (key !== null) typedAsked.set(key, out);
  return new Map(out);
}

/** typedTexts the form gave in this execution, by response, row time and titles (module state: one execution). */
const typedAsked = new Map<string, ReadonlyMap<string, string>>();

/** The form's items asked for by typedTexts in this execution, by form and item id (a FormApp call each). */
const itemsAsked = new Map<string, Item>();
function itemOnce(form: Form, formId: string, id: number): Item {
  const key = `${formId}:${id}`;
  let item = itemsAsked.get(key);
  if (!item) itemsAsked.set(key, (item = form.getItemById(id)));
  return item;
}

/** typedTexts asked of the form; null when the form, the response or an item could not be had (or is not pinned). */
function askTypedTexts(responseId: string, titles: readonly string[]): Map<string, string> | null {
  const out = new Map<string, string>();
  const formId = getState('registrationForm');
  const pins = formId ? readPins('registrationFormItems', formId) : null;
  if (!formId || !pins || !responseId) return null;
  if (titles.length === 0) return out;
  try {
    const form = openFormOnce(formId);
    const response = form.getResponse(responseId);
    for (const title of titles) {
      const id = pins.items[itemKey(title)];
      if (typeof id !== 'number') continue;
      const answer = response.getResponseForItem(itemOnce(form, formId, id));
      const typed = answer ? answer.getResponse() : null;
      if (typeof typed === 'string' && typed.trim() !== '') out.set(title, typed);
    }
  } catch {
    // The form, the response or an item gone: the row's number stands, and the documents' rows say to check it.
    return null;
  }
  return out;
}

export function registrationOnForm(): ((title: string) => boolean) | undefined {
  const formId = getState('registrationForm');
  const saved = formId ? readPins('registrationFormItems', formId) : null;
  if (!saved) return undefined;
  return (title) => Object.prototype.hasOwnProperty.call(saved.items, itemKey(title));
}

/**
 * Makes sure `form` takes responses: forms created after 30/06/2026 start unpublished ("forms created by the API after
 * June 30, 2026 will be created in an unpublished state. You must publish the forms before they can accept responses."
 * — https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms), and a school opening the
 * link could not submit. One isPublished() call; setPublished(true) only when it says false ("Publish the form. This
 * also enables accepting responses." — https://developers.google.com/workspace/forms/api/guides/publish-form).
 * A form without publish settings (a "legacy" form, or a runtime without the methods) takes responses as forms always
 * did: isPublished missing or throwing leaves it as it is.
 *
 * `seenPublished`: the tool has seen this form published before. Found unpublished now, the office unpublished it (the
 * Forms editor's way to close a form): it is left closed and said ('closed'), never reopened behind the office's back.
 * 'failed': unpublished, and publishing it failed (the office must publish it by hand); a successful setPublished is
 * not checked again.
 */
function ensurePublished(form: Form, seenPublished: boolean): 'published' | 'closed' | 'failed' {
  // Public scripts guard the same way: the methods are newer than some runtimes and than @types (see forms-publish.d.ts).
  if (typeof form.isPublished !== 'function') return 'published';
  let published: boolean;
  try {
    published = form.isPublished();
  } catch {
    return 'published'; // no publish settings: a legacy form, which takes responses as before
  }
  if (published) return 'published';
  if (seenPublished) return 'closed';
  if (typeof form.setPublished !== 'function') return 'failed';
  try {
    form.setPublished(true);
    return 'published';
  } catch {
    return 'failed';
  }
}

/** Where the id of each form last seen published is kept, by the key of the form's own id. */
const SEEN_PUBLISHED = { registrationForm: 'registrationFormPublished', reportForm: 'reportFormPublished' } as const;

/**
 * ensurePublished for the form whose id is kept under `key`, with what the tool saw of it: a form once seen published
 * and now unpublished is 'closed' (left so); one seen published now is remembered.
 */
export function keepPublished(form: Form, key: keyof typeof SEEN_PUBLISHED): 'published' | 'closed' | 'failed' {
  const id = getState(key);
  const seen = id !== null && getState(SEEN_PUBLISHED[key]) === id;
  const state = ensurePublished(form, seen);
  if (state === 'published' && id !== null && !seen) setState({ [SEEN_PUBLISHED[key]]: id });
  return state;
}

/**
 * The nightly run's part of keepPublished: a form the tool has never seen published (one made after 30/06/2026 by a
 * version that did not publish, whose office has not run Thiết lập since) is published, and remembered; nothing is
 * called once both are. Returns the forms it could not publish (for the office). Housekeeping: a form that cannot be
 * opened waits for Thiết lập.
 */
export function publishUnseenForms(): { editUrl: string; title: string }[] {
  const failed: { editUrl: string; title: string }[] = [];
  for (const key of ['registrationForm', 'reportForm'] as const) {
    const id = getState(key);
    if (!id || getState(SEEN_PUBLISHED[key]) === id) continue;
    try {
      const form = openFormOnce(id);
      if (keepPublished(form, key) !== 'published') failed.push({ editUrl: form.getEditUrl(), title: form.getTitle() });
    } catch {
      // Thiết lập opens it (or makes it again) and says what it finds.
    }
  }
  return failed;
}

/**
 * What the day's look in Drive found of each form (formsUnopened, JSON): the form's id when looked at, the looks in a row
 * that could not open it, and the problem told that day. Kept by id: a form Thiết lập made anew starts afresh.
 */
type FormLook = { id: string; n?: number; p?: string };

/** What the last look in Drive found of each form, as recorded (formsUnopened); {} when nothing or unreadable. */
function formLooks(): Partial<Record<'registrationForm' | 'reportForm', FormLook>> {
  try {
    const raw = getState('formsUnopened');
    return raw && raw.charAt(0) === '{' ? (JSON.parse(raw) as Partial<Record<'registrationForm' | 'reportForm', FormLook>>) : {};
  } catch {
    return {};
  }
}

/**
 * The tool's forms looked for in Drive once a day (the first rebuild of the day, by the clock: "Ngày kiểm tra" may fix
 * the day of the checks): one the office put in the trash or deleted takes no answer, and no run would otherwise notice
 * — a rebuild opens a form only when rows need it — until someone ran Thiết lập (review faults F5). In the trash is
 * certain (Drive says so); a lookup that fails may be a passing failure (transient is not gone), so only two days' checks
 * in a row that cannot open the same form are told, and never as "deleted" (the error's words are not read). The day's
 * later rebuilds say again what its first found — logProblems logs a problem once while runs meet it, and forgets one a
 * run does not meet — looking again only at a form found absent (restored since: no longer said); nothing is called
 * while both forms are where they should be. Returns the problems to log.
 */
export function formsAbsent(now: Date): string[] {
  const today = `${now.getFullYear()}-${now.getMonth() + 1}-${now.getDate()}`;
  const was = formLooks();
  const sameDay = getState('formsCheckedOn') === today;
  const problems: string[] = [];
  const found: typeof was = {};
  for (const key of ['registrationForm', 'reportForm'] as const) {
    const id = getState(key);
    if (!id) continue;
    // What was found of this very form (one Thiết lập made since starts afresh).
    const before = was[key] && was[key]!.id === id ? was[key]! : null;
    let look: FormLook;
    if (sameDay && !before?.p) look = before ?? { id };
    else {
      const seen = lookInDrive(id);
      if (seen === null) {
        // Looked at again the same day: still not opened, one day still.
        const n = sameDay ? (before?.n ?? 1) : (before?.n ?? 0) + 1;
        look = { id, n, ...(n >= 2 ? { p: FORM_PUBLISH.unopened(FORM_PUBLISH.kind[key]) } : {}) };
      } else if (seen.trashed !== null) look = { id, p: FORM_PUBLISH.trashed(FORM_PUBLISH.kind[key], seen.trashed) };
      else look = { id };
    }
    if (look.p) problems.push(look.p);
    if (look.n || look.p) found[key] = look;
  }
  const state = Object.keys(found).length > 0 ? JSON.stringify(found) : '';
  if (!sameDay || state !== (getState('formsUnopened') ?? '')) setStateSoon({ formsCheckedOn: today, formsUnopened: state });
  return problems;
}

/**
 * Whether the tool's form `key` (id `id`), which FormApp just failed to open, is gone for certain: Drive says it is in
 * the trash, or the daily look in Drive (formsAbsent) could not open this very form two days in a row (what it tells the
 * office). False otherwise: the failure may be a passing one (transient is not gone; the error's words are never read).
 * One call (DriveApp.getFileById).
 */
export function formGone(key: 'registrationForm' | 'reportForm', id: string): boolean {
  const seen = lookInDrive(id);
  if (seen !== null) return seen.trashed !== null;
  const look = formLooks()[key];
  return look !== undefined && look.id === id && (look.n ?? 0) >= 2;
}

/** A form looked for in Drive: its name when it is in the trash, null when Drive would not open it (or answer). */
function lookInDrive(id: string): { trashed: string | null } | null {
  try {
    const file = DriveApp.getFileById(id);
    return { trashed: file.isTrashed() ? file.getName() : null };
  } catch {
    return null;
  }
}

/**
 * The registration form's description names the registration deadline of "Cấu hình" (and the office's name): when it
 * differs from the one the form was last given, by setup or by an earlier run, it is given again, so that a deadline
 * moved in "Cấu hình" reaches the schools without a "Thiết lập". Nothing is called when it is the same (the script's
 * properties are read once a run). Housekeeping: a failure waits for the next run.
 */
export function followFormDescription(description: string): void {
  if (getState('registrationFormDescription') === description) return;
  try {
    // The run's own opening of the form (the confirmations' edit links open it too).
    const form = openForm(getState('registrationForm'));
    if (!form) return;
    if (form.getDescription() !== description) form.setDescription(description);
    setState({ registrationFormDescription: description });
  } catch {
    // the next run tries again
  }
}

/**
 * Stops `form` taking responses, `message` shown to whoever opens its link (Form.setCustomClosedFormMessage: "the
 * message to display if the form is not accepting responses"); the form stays published, its link valid. Two calls.
 */
export function closeForm(form: Form, message: string): void {
  form.setCustomClosedFormMessage(message);
  form.setAcceptingResponses(false);
}

/**
 * Makes `form` take responses again, its former closed message (`message`) given back (also to a form the office
 * opened again by hand meanwhile). A form the office unpublished
 * since stays as it is (false): only a published form takes responses (the REST PublishState refuses accepting while
 * unpublished), and the tool does not publish behind the office's back. A legacy form (no publish settings) is reopened.
 */
export function reopenForm(form: Form, message: string): boolean {
  if (form.isAcceptingResponses()) {
    // Opened again by the office's hand since the end: its former closed message is given back all the same (closed
    // later, it would tell schools the period is over).
    giveBackClosedMessage(form, message);
    return true;
  }
  let published = true;
  try {
    if (typeof form.isPublished === 'function') published = form.isPublished();
  } catch {
    // No publish settings (a legacy form): it takes responses as forms always did.
  }
  if (!published) return false;
  form.setAcceptingResponses(true);
  giveBackClosedMessage(form, message);
  return true;
}

/**
 * The closed message a form had before the end, given back once it takes responses again. Whether Google takes '' (none
 * before) back is not documented (review strict2 Q2): refused, the form keeps the end's message, shown only if it is
 * closed again — the reopening does not fail for it.
 */
function giveBackClosedMessage(form: Form, message: string): void {
  try {
    form.setCustomClosedFormMessage(message);
  } catch {
    // kept as the end left it
  }
}
