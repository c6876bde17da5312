// Keeps a Google Form equal to a FormDefinition. Items are matched by title and type and updated in place, so
// answers already collected stay attached to their questions and the response tab keeps its columns.
import { SUBMIT, type FormDefinition, type FormItem, type ItemKind } from '../core/registration-form';

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
    case 'text': (item as TextItem).setTitle(spec.title).setHelpText(help).setRequired(spec.required); break;
    case 'paragraph': (item as ParagraphTextItem).setTitle(spec.title).setHelpText(help).setRequired(spec.required); break;
    case 'grid': (item as GridItem).setTitle(spec.title).setHelpText(help).setRequired(spec.required).setRows(spec.rows ?? []).setColumns(spec.columns ?? []); break;
    case 'date': (item as DateItem).setTitle(spec.title).setHelpText(help).setRequired(spec.required); break;
  }
}

/** Brings `form` to `def`; returns how many items were created and deleted. */
export function syncForm(form: Form, def: FormDefinition): { created: number; deleted: number } {
  form.setTitle(def.title).setDescription(def.description).setCollectEmail(def.collectEmail).setAllowResponseEdits(true);
  const pool = new Map<string, Item[]>();
  for (const item of form.getItems()) {
    const key = `${item.getType()}|${item.getTitle()}`;
    pool.set(key, [...(pool.get(key) ?? []), item]);
  }
  let created = 0;
  const take = (kind: ItemKind | 'page', title: string): Typed => {
    const existing = pool.get(`${itemTypeOf(kind)}|${title}`)?.shift();
    if (!existing) created++;
    return typedItem(form, kind, existing);
  };

  const ordered: Typed[] = [];
  const pageBreaks = new Map<string, PageBreakItem>();
  const branching: Array<{ item: Typed; spec: FormItem }> = [];
  def.pages.forEach((page, p) => {
    if (p > 0) {
      const br = take('page', page.title) as PageBreakItem;
      br.setTitle(page.title).setHelpText(page.helpText ?? '');
      pageBreaks.set(page.id, br);
      ordered.push(br);
    }
    for (const spec of page.items) {
      const item = take(spec.kind, spec.title);
      configure(item, spec);
      if (spec.goTo) branching.push({ item, spec });
      ordered.push(item);
    }
  });

  // Whatever is left in the pool is no longer part of the form.
  let deleted = 0;
  for (const list of pool.values()) for (const item of list) form.deleteItem(item), deleted++;

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
  return { created, deleted };
}
