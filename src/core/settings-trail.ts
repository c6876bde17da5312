// What the office changed in its own tabs between two full runs (review complaint M2): a verdict that changed with no
// school's edit is logged with "lý do: xem Nhật ký lỗi", and the log could only list what may have caused it. Each
// full run keeps a small print of the settings the verdicts depend on — each "Cấu hình" value, each criterion's
// "Bắt buộc" as the run applied it — and the next one names what differs: which setting or criterion, from what to what.
import type { Criterion } from './criteria';
import { MANDATORY_NO, MANDATORY_YES, TAB } from './messages';
import { fitText, fnv1a32, formatDate, isDate, toText, utf8Length } from './text';

/**
 * The print: by each setting's key (the hash of "c" and its label, or "t" and a criterion's code), the hash of its
 * value and the value as shown, shortened. Hashed keys keep it small (a script property holds 9 KB): some 60 settings
 * take about 2.5 KB.
 */
export type SettingsPrint = Record<string, string>;

/**
 * How much of a value the print keeps when it must be shortened to fit (packPrint; the hash tells a change of the rest).
 * Otherwise it keeps each value whole, up to KEPT characters: the office's name and the other texts the forms and
 * letters print stand in whole when "Cấu hình" cannot be read (review d81b F1: a name of 41 characters was lost).
 */
const SHOWN = 40;
const KEPT = 1000;
/** How much of a changed value as it stands now the office is shown. */
const NOW_SHOWN = 200;

const key = (kind: 'c' | 't', name: string) => kind + fnv1a32(name).toString(36);
const entry = (value: string, room = KEPT) => `${fnv1a32(value).toString(36)}|${fitText(value, room)}`;

/** A value of "Cấu hình" as the office reads it: a date as dd/MM/yyyy, anything else as its text. */
function shown(v: unknown): string {
  return isDate(v) ? formatDate(v) : toText(v);
}

/** The print of "Cấu hình" (its rows: label, value, …) and of the criteria as applied (`catalogue`). */
export function settingsPrint(configRows: readonly (readonly unknown[])[], catalogue: readonly Pick<Criterion, 'id' | 'mandatory'>[]): SettingsPrint {
  const out: SettingsPrint = {};
  for (const row of configRows) {
    const label = toText(row[0]);
    if (label !== '') out[key('c', label)] = entry(shown(row[1]));
  }
  for (const c of catalogue) out[key('t', c.id)] = entry(c.mandatory ? MANDATORY_YES : MANDATORY_NO);
  return out;
}

/** One setting changed: its tab, its label (a setting's, or a criterion's code), the values shown. */
export interface SettingChange {
  tab: string;
  label: string;
  /** A criterion's: its code is the label, "Bắt buộc" the column. */
  criterion?: true;
  was: string;
  now: string;
}

/**
 * What differs between the print `before` (null: none kept yet — nothing is said) and `now`, named by the labels of
 * the tabs as read now (a setting no longer in the tab is not named: its label is not kept).
 */
export function settingsChanged(
  before: SettingsPrint | null,
  now: SettingsPrint,
  configRows: readonly (readonly unknown[])[],
  catalogue: readonly Pick<Criterion, 'id'>[],
): SettingChange[] {
  if (!before) return [];
  const out: SettingChange[] = [];
  // `shownNow`: the value as it stands, in full (the print keeps the first characters of the earlier one).
  const compare = (k: string, tab: string, label: string, shownNow: string, criterion = false) => {
    const was = before[k];
    const is = now[k];
    // A row told gone (carried, marked) and back: no change of value to name.
    if (was === undefined || is === undefined || was.startsWith(GONE) || was.split('|')[0] === is.split('|')[0]) return;
    out.push({ tab, label, ...(criterion ? { criterion: true as const } : {}), was: fitText(was.slice(was.indexOf('|') + 1), NOW_SHOWN), now: shownNow });
  };
  const labels = new Set<string>();
  for (const row of configRows) {
    const label = toText(row[0]);
    if (label === '' || labels.has(label)) continue;
    labels.add(label);
    compare(key('c', label), TAB.config, label, fitText(shown(row[1]), NOW_SHOWN));
  }
  for (const c of catalogue) {
    const is = now[key('t', c.id)];
    compare(key('t', c.id), TAB.criteria, c.id, is === undefined ? '' : is.slice(is.indexOf('|') + 1), true);
  }
  return out;
}

/** A setting of "Cấu hình" whose row the last full run read and this one does not: its label, the value it held. */
export interface SettingGone {
  label: string;
  /** As the print shows it (its first SHOWN characters; a date dd/MM/yyyy); '' when the print kept only hashes. */
  was: string;
  /** The print shows the whole value (its hash is that of the text shown): it can be written back as it was. */
  whole: boolean;
  /** The value the run uses instead (the default), as shown. */
  now: string;
  /** An earlier run told it already (the print carries it, marked: carryGone). */
  told: boolean;
}

/** Marks a print's entry of a row gone (carried, told): kept for Thiết lập to write back, never said changed. */
const GONE = '~';

/**
 * The settings among `missing` (the tool's rows "Cấu hình" lacks now: missingConfigRows) that the print `before` holds:
 * rows the office deleted since the last full run (review office M2: the run then took the default without a word,
 * and Thiết lập wrote the default in). A setting a later version brought is in no print: not among them.
 */
export function settingsGone(before: SettingsPrint | null, missing: readonly (readonly unknown[])[]): SettingGone[] {
  if (!before) return [];
  const out: SettingGone[] = [];
  for (const row of missing) {
    const label = toText(row[0]);
    const marked = before[key('c', label)];
    if (label === '' || marked === undefined) continue;
    const told = marked.startsWith(GONE);
    const kept = told ? marked.slice(GONE.length) : marked;
    const bar = kept.indexOf('|');
    const was = kept.slice(bar + 1);
    const whole = fnv1a32(was).toString(36) === kept.slice(0, bar);
    // A row left empty before: the default applied then as now, nothing to tell or write back (review diff58 L1).
    if (whole && was === '') continue;
    out.push({ label, was, whole, now: shown(row[1]), told });
  }
  return out;
}

/**
 * `print` with the entries of the rows `gone` carried from `before`, marked: told once, they are not told again, and
 * Thiết lập, run after the rebuild that told them, still writes back the values they held. A row back in the tab
 * takes its own entry again.
 */
export function carryGone(print: SettingsPrint, before: SettingsPrint | null, gone: readonly SettingGone[]): SettingsPrint {
  if (!before || gone.length === 0) return print;
  const out = { ...print };
  for (const g of gone) {
    const k = key('c', g.label);
    const kept = before[k];
    if (kept !== undefined && out[k] === undefined) out[k] = kept.startsWith(GONE) ? kept : GONE + kept;
  }
  return out;
}

/**
 * The value the print holds for the row labelled `label` (as written in "Cấu hình"), when it holds it whole and not
 * empty (a date as dd/MM/yyyy); null otherwise. What an earlier full run read: configFromRows recalls it for a cell
 * emptied or unreadable since (review r66c #2, #5).
 */
export function printedValue(print: SettingsPrint | null | undefined, label: string): string | null {
  if (!print || label === '') return null;
  const marked = print[key('c', label)];
  if (marked === undefined) return null;
  const kept = marked.startsWith(GONE) ? marked.slice(GONE.length) : marked;
  const bar = kept.indexOf('|');
  const was = kept.slice(bar + 1);
  return was !== '' && fnv1a32(was).toString(36) === kept.slice(0, bar) ? was : null;
}

/** The print holds a value for the row labelled `label`, but not whole (shortened, or its hash alone): not printedValue. */
export function printedCut(print: SettingsPrint | null | undefined, label: string): boolean {
  if (!print || label === '') return false;
  const marked = print[key('c', label)];
  if (marked === undefined) return false;
  const kept = marked.startsWith(GONE) ? marked.slice(GONE.length) : marked;
  const bar = kept.indexOf('|');
  return fnv1a32(kept.slice(bar + 1)).toString(36) !== kept.slice(0, bar);
}

/**
 * The "Bắt buộc" the print holds for criterion `id` as the last full run applied it (true: "Có"), when it holds it whole;
 * null otherwise. criteriaFromRows judges a criterion by it while its cell or row cannot be read (review r67t).
 */
export function printedCriterion(print: SettingsPrint | null | undefined, id: string): boolean | null {
  const marked = print ? print[key('t', id)] : undefined;
  if (marked === undefined) return null;
  const bar = marked.indexOf('|');
  const was = marked.slice(bar + 1);
  if (fnv1a32(was).toString(36) !== marked.slice(0, bar)) return null;
  return was === MANDATORY_YES ? true : was === MANDATORY_NO ? false : null;
}

/**
 * `print` with the entries of the rows labelled `labels` as `before` held them: settings the run recalled from the
 * print (OfficeConfig.recalled) keep the value recalled until the office writes a readable one, however many runs
 * read the cell emptied or unreadable meanwhile.
 */
export function carryRecalled(print: SettingsPrint, before: SettingsPrint | null, labels: readonly string[]): SettingsPrint {
  if (!before || labels.length === 0) return print;
  const out = { ...print };
  for (const label of labels) {
    const k = key('c', label);
    if (before[k] !== undefined) out[k] = before[k];
  }
  return out;
}

/** The print as kept in a script property, and read back (null when none, or unreadable). */
export function packPrint(p: SettingsPrint): string | null {
  const all = JSON.stringify(p);
  if (utf8Length(all) <= PRINT_ROOM) return all;
  // Too long with every value whole: the longest values shortened first (to their first SHOWN characters), till it
  // fits — the office's name and the short texts stay whole (review d81b F1).
  const cut: SettingsPrint = { ...p };
  const shownOf = (k: string) => cut[k].slice(cut[k].indexOf('|') + 1);
  let size = utf8Length(all);
  for (const k of Object.keys(cut).sort((a, b) => utf8Length(shownOf(b)) - utf8Length(shownOf(a)))) {
    const was = shownOf(k);
    if (was.length <= SHOWN) break;
    const marked = cut[k];
    const shorter = marked.slice(0, marked.indexOf('|') + 1) + fitText(was, SHOWN);
    size -= utf8Length(JSON.stringify(marked)) - utf8Length(JSON.stringify(shorter));
    cut[k] = shorter;
    if (size <= PRINT_ROOM) return JSON.stringify(cut);
  }
  // Too long for one property with room to spare (long values, many settings): their hashes only (a change is still
  // named, without the values). Still too long (hundreds of settings): none kept, no change named.
  const bare: SettingsPrint = {};
  for (const k of Object.keys(p)) bare[k] = p[k].slice(0, p[k].indexOf('|') + 1);
  const hashes = JSON.stringify(bare);
  return utf8Length(hashes) <= PRINT_ROOM ? hashes : null;
}
/**
 * What the print may take of a script property's 9 KB, in bytes as Apps Script counts them (UTF-8: a Vietnamese
 * letter takes two or three). Kept among the values the run writes with its next write of properties (setStateSoon),
 * a print too large would make every one of them fail (review diff43 L5).
 */
const PRINT_ROOM = 6000;
export function unpackPrint(raw: string | null): SettingsPrint | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as SettingsPrint) : null;
  } catch {
    return null;
  }
}
