// The catalogue as rows of the "Tiêu chí" tab, and back: the office may switch "Bắt buộc" (mandatory vs
// priority-only); the other columns are informational and regenerated from the catalogue.
import { CATALOGUE, CATALOGUES, Criterion } from './criteria';
import { matchKey, toText } from './text';
import {
  APPLIES_TO_LABELS,
  CRITERIA_HEADERS,
  MANDATORY_NO,
  MANDATORY_YES,
  criteriaErrorAllDefaults,
  criteriaErrorBadMandatory,
  criteriaErrorMissingRow,
  criteriaErrorDuplicateId,
  criteriaErrorCopiesDisagree,
  criteriaErrorNoRows,
  criteriaErrorMissingHeader,
  criteriaErrorUnknownId,
  criteriaObsoleteNote,
  howCheckedText,
} from './messages/validation';

export { CRITERIA_HEADERS };

/** Header row, then one row per criterion: Mã | Tiêu chí | Mục kế hoạch | Áp dụng cho | Bắt buộc | Cách kiểm tra. */
export function criteriaToRows(catalogue: readonly Criterion[] = CATALOGUE, namedNeeded = 2): string[][] {
  return [
    [...CRITERIA_HEADERS],
    ...catalogue.map((c) => [
      c.id,
      c.label,
      c.section,
      APPLIES_TO_LABELS[c.appliesTo] || c.appliesTo,
      c.mandatory ? MANDATORY_YES : MANDATORY_NO,
      c.obsoleteFrom ? `${howCheckedText(c.evaluator, c.fields, namedNeeded)} ${criteriaObsoleteNote(c.obsoleteFrom, c.obsoleteBasis || '')}` : howCheckedText(c.evaluator, c.fields, namedNeeded),
    ]),
  ];
}

export interface CriteriaReadResult {
  catalogue: Criterion[];
  /** id → mandatory as applied: the values read, and those recalled (the last full run's) where none could be. */
  overrides: Record<string, boolean>;
  errors: string[];
  /**
   * The tab's header lacks the code or "Bắt buộc" column: nothing of it was read (every criterion at its default), and
   * Thiết lập must not write the tab over the office's values (review diff18 #2).
   */
  unread?: boolean;
}

// Typed without the Vietnamese keyboard too ("co", "khong"), as "Cấu hình" reads them (config.ts parseYesNo): the same
// typo in two tabs is read the same way (review "settings" #4).
const YES_KEYS = new Set([MANDATORY_YES, 'có', 'co', 'x', 'true', 'yes', 'bắt buộc', 'bat buoc'].map(matchKey));
// 'Ưu tiên xem xét' is the plan's own word for a criterion that is not required (II.2.a).
const NO_KEYS = new Set([MANDATORY_NO, 'không', 'khong', 'false', 'no', 'ưu tiên', 'uu tien', 'không bắt buộc', 'khong bat buoc', 'ưu tiên xem xét', 'uu tien xem xet'].map(matchKey));

/** Two words of letters in a row: prose, where a code ("CN-01", "cn 01", "TT-15-CON-THU-3") has none. */
const NOTE_WORDS = /\p{L}{2,}\s+\p{L}{2,}/u;

function parseMandatory(v: unknown): boolean | null {
  if (v === true) return true;
  if (v === false) return false;
  const k = matchKey(v);
  if (YES_KEYS.has(k)) return true;
  if (NO_KEYS.has(k)) return false;
  return null;
}

/**
 * Read the tab back onto a base catalogue: "Bắt buộc" switches a criterion's mandatory flag. Unknown ids and bad
 * values give a Vietnamese error naming the row. A criterion whose value cannot be read — its cell emptied or
 * unreadable, its row deleted, its rows copied with two values (which one counts must not depend on the rows' order: a
 * sort would turn verdicts), the header retyped — is judged by the value the last full run read (`recalled`: the
 * office's own, from the settings print; review r67t), else by its default; the error says which. Never throws.
 */
export function criteriaFromRows(rows: readonly (readonly unknown[])[], base: readonly Criterion[] = CATALOGUE, recalled: (id: string) => boolean | null = () => null): CriteriaReadResult {
  const errors: string[] = [];
  const overrides: Record<string, boolean> = {};
  /** The value a criterion keeps meanwhile, as shown, and whether it is the one read before. */
  const meanwhile = (c: Criterion): { shown: string; recalled: boolean } => {
    const was = recalled(c.id);
    const value = was ?? c.mandatory;
    if (was !== null && was !== c.mandatory) overrides[c.id] = was;
    return { shown: value ? MANDATORY_YES : MANDATORY_NO, recalled: was !== null };
  };
  const done = (extra: Partial<CriteriaReadResult> = {}): CriteriaReadResult => ({
    catalogue: base.map((c) => (Object.prototype.hasOwnProperty.call(overrides, c.id) ? { ...c, mandatory: overrides[c.id] } : { ...c })),
    overrides,
    errors,
    ...extra,
  });
  const header = (rows[0] || []).map((h) => matchKey(h));
  const cId = header.indexOf(matchKey(CRITERIA_HEADERS[0]));
  const cMand = header.indexOf(matchKey(CRITERIA_HEADERS[4]));
  if (cId < 0) errors.push(criteriaErrorMissingHeader(CRITERIA_HEADERS[0]));
  if (cMand < 0) errors.push(criteriaErrorMissingHeader(CRITERIA_HEADERS[4]));
  if (cId < 0 || cMand < 0) {
    let any = false;
    for (const c of base) any = meanwhile(c).recalled || any;
    errors.push(criteriaErrorAllDefaults(CRITERIA_HEADERS[4], any));
    return done({ unread: true });
  }
  const ids = new Map(base.map((c) => [c.id, c]));
  // A row of another period's catalogue (the tab before the period changed) is left without a word.
  const otherIds = new Set<string>();
  for (const cat of Object.values(CATALOGUES)) for (const c of cat) if (!ids.has(c.id)) otherIds.add(c.id);
  /** Each criterion's rows: row number, the value read (null: unreadable), the cell as typed. */
  const found = new Map<string, { row: number; value: boolean | null; typed: string }[]>();
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i] || [];
    const id = toText(r[cId]).toUpperCase();
    if (id === '' || otherIds.has(id)) continue;
    // A note the office wrote in the code column ("Ghi chú: Hội đồng họp ngày …"), not a code mistyped: its row, kept
    // by Thiết lập (criteriaTabUpdate), is the office's own (review clerkday #3). Not one that sets "Bắt buộc" ("CN-14
    // Tham gia quỹ khuyến học" | "Có"): that is a criterion's row the tool cannot read, said (review diff29 #4).
    if (!ids.has(id) && NOTE_WORDS.test(toText(r[cId])) && toText(r[cMand]) === '') continue;
    if (!ids.has(id)) {
      errors.push(criteriaErrorUnknownId(i + 1, toText(r[cId])));
      continue;
    }
    const list = found.get(id) ?? found.set(id, []).get(id)!;
    list.push({ row: i + 1, value: parseMandatory(r[cMand]), typed: toText(r[cMand]) });
  }
  for (const [id, list] of found) {
    const c = ids.get(id)!;
    const readable = list.filter((x) => x.value !== null);
    const values = [...new Set(readable.map((x) => x.value!))];
    // Copies with two values: neither, whatever their order (review r67t #3).
    if (values.length > 1) {
      const m = meanwhile(c);
      errors.push(criteriaErrorCopiesDisagree(id, readable.map((x) => x.row), readable.map((x) => (x.value ? MANDATORY_YES : MANDATORY_NO)), CRITERIA_HEADERS[4], m.shown, m.recalled));
      continue;
    }
    // Copies agreeing, or unreadable beside a readable one: the readable value counts, the other rows are said and left.
    const first = readable.length > 0 ? readable[0].row : list[0].row;
    for (const x of list) if (x.row !== first) errors.push(criteriaErrorDuplicateId(x.row, id, first));
    if (values.length === 1) {
      overrides[id] = values[0];
      continue;
    }
    const m = meanwhile(c);
    errors.push(criteriaErrorBadMandatory(list[0].row, id, CRITERIA_HEADERS[4], list[0].typed, m.shown, m.recalled));
  }
  // A criterion without its row (deleted by hand) is judged meanwhile as above: said, as the office may have switched
  // it (review "settings" #4); Thiết lập writes the row again. Every row gone (the header alone): one line (r67t #8).
  const missing = base.filter((c) => !found.has(c.id));
  if (found.size === 0 && missing.length > 0) {
    let any = false;
    for (const c of missing) any = meanwhile(c).recalled || any;
    errors.push(criteriaErrorNoRows(CRITERIA_HEADERS[4], any));
  } else {
    for (const c of missing) {
      const m = meanwhile(c);
      errors.push(criteriaErrorMissingRow(c.id, c.label, CRITERIA_HEADERS[4], m.shown, m.recalled));
    }
  }
  return done();
}

/** What Thiết lập writes of "Tiêu chí" over the tab as read: see criteriaTabUpdate. */
export interface CriteriaTabUpdate {
  /** The tab after the update, row for row the tab as read, the criteria it lacked appended. */
  rows: unknown[][];
  /** The tool's columns (0-based): Mã … Cách kiểm tra, where the tab has them. */
  tool: Set<number>;
  /** The code column. */
  key: number;
}

/**
 * "Tiêu chí" as Thiết lập leaves it, over the tab as read (review clerkday #3: the tab was rewritten whole, and the
 * office's notes column and note rows went without a word). The office works in this tab: its own columns, its note
 * rows and its order stay; only the tool's cells change. Each row holding a criterion of `catalogue` (its first row)
 * gets the criterion's text, section, scope and how it is checked, and "Bắt buộc" as the run read it, except a value the
 * run could not read, which stays for the office to put right (the run uses the default meanwhile, and says so); a
 * criterion the tab lacks is appended below; a tool column the header lacks is added at its end. The rows of another
 * period's catalogue (the tool's, from the tab before the period changed) lose their tool cells; anything the office
 * wrote beside them stays. Null when the header cannot be placed (blank, or without the code column): written whole.
 */
export function criteriaTabUpdate(read: readonly (readonly unknown[])[], catalogue: readonly Criterion[], namedNeeded = 2): CriteriaTabUpdate | null {
  const header = (read[0] ?? []).map((h) => matchKey(h));
  let width = read.reduce((w, r) => Math.max(w, r.length), 0);
  const cols = CRITERIA_HEADERS.map((h) => header.indexOf(matchKey(h)));
  if (cols[0] < 0) return null;
  const rows: unknown[][] = read.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
  for (let j = 0; j < cols.length; j++) {
    if (cols[j] >= 0) continue;
    cols[j] = width++;
    for (const r of rows) r.push('');
    rows[0][cols[j]] = CRITERIA_HEADERS[j];
  }
  const lines = new Map(criteriaToRows(catalogue, namedNeeded).slice(1).map((line) => [line[0], line]));
  const others = new Set<string>();
  for (const cat of Object.values(CATALOGUES)) for (const c of cat) if (!lines.has(c.id)) others.add(c.id);
  const mandatory = cols[4];
  // A criterion on several rows with two values (a row copied, one changed): which is the office's only it can say, so
  // neither is written over (review d67 #4: the value read before went into the row the clerk had just switched).
  const valuesOf = new Map<string, Set<boolean>>();
  for (let i = 1; i < rows.length; i++) {
    const v = parseMandatory(rows[i][mandatory]);
    if (v === null) continue;
    const id = toText(rows[i][cols[0]]).toUpperCase();
    (valuesOf.get(id) ?? valuesOf.set(id, new Set()).get(id)!).add(v);
  }
  for (let i = 1; i < rows.length; i++) {
    const id = toText(rows[i][cols[0]]).toUpperCase();
    const line = lines.get(id);
    if (line) {
      lines.delete(id);
      const unreadable = (parseMandatory(rows[i][mandatory]) === null && toText(rows[i][mandatory]) !== '') || (valuesOf.get(id)?.size ?? 0) > 1;
      for (let j = 0; j < cols.length; j++) if (!(cols[j] === mandatory && unreadable)) rows[i][cols[j]] = line[j];
    } else if (others.has(id)) for (const c of cols) rows[i][c] = '';
  }
  for (const line of lines.values()) {
    const row: unknown[] = new Array(width).fill('');
    for (let j = 0; j < cols.length; j++) row[cols[j]] = line[j];
    rows.push(row);
  }
  return { rows, tool: new Set(cols), key: cols[0] };
}
