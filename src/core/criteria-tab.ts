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
  criteriaErrorMissingHeader,
  criteriaErrorUnknownId,
  criteriaObsoleteNote,
  howCheckedText,
} from './messages/validation';

export { CRITERIA_HEADERS };

/** Header row, then one row per criterion: Mã | Tiêu chí | Mục kế hoạch | Áp dụng cho | Bắt buộc | Cách kiểm tra. */
export function criteriaToRows(catalogue: readonly Criterion[] = CATALOGUE): string[][] {
  return [
    [...CRITERIA_HEADERS],
    ...catalogue.map((c) => [
      c.id,
      c.label,
      c.section,
      APPLIES_TO_LABELS[c.appliesTo] || c.appliesTo,
      c.mandatory ? MANDATORY_YES : MANDATORY_NO,
      c.obsoleteFrom ? `${howCheckedText(c.evaluator, c.fields)} ${criteriaObsoleteNote(c.obsoleteFrom, c.obsoleteBasis || '')}` : howCheckedText(c.evaluator, c.fields),
    ]),
  ];
}

export interface CriteriaReadResult {
  catalogue: Criterion[];
  /** id → mandatory, for the rows read successfully. */
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
const NO_KEYS = new Set([MANDATORY_NO, 'không', 'khong', 'false', 'no', 'ưu tiên', 'uu tien'].map(matchKey));

function parseMandatory(v: unknown): boolean | null {
  if (v === true) return true;
  if (v === false) return false;
  const k = matchKey(v);
  if (YES_KEYS.has(k)) return true;
  if (NO_KEYS.has(k)) return false;
  return null;
}

/**
 * Read the tab back onto a base catalogue: "Bắt buộc" switches a criterion's mandatory flag. Unknown ids,
 * duplicate ids and bad values give a Vietnamese error naming the row (the default is kept); criteria
 * without a row keep their default. Never throws.
 */
export function criteriaFromRows(rows: readonly (readonly unknown[])[], base: readonly Criterion[] = CATALOGUE): CriteriaReadResult {
  const errors: string[] = [];
  const overrides: Record<string, boolean> = {};
  const header = (rows[0] || []).map((h) => matchKey(h));
  const cId = header.indexOf(matchKey(CRITERIA_HEADERS[0]));
  const cMand = header.indexOf(matchKey(CRITERIA_HEADERS[4]));
  if (cId < 0) errors.push(criteriaErrorMissingHeader(CRITERIA_HEADERS[0]));
  if (cMand < 0) errors.push(criteriaErrorMissingHeader(CRITERIA_HEADERS[4]));
  if (cId < 0 || cMand < 0) {
    errors.push(criteriaErrorAllDefaults(CRITERIA_HEADERS[4]));
    return { catalogue: base.map((c) => ({ ...c })), overrides, errors, unread: true };
  }
  const ids = new Map(base.map((c) => [c.id, c]));
  // A row of another period's catalogue (the tab before the period changed) is left without a word.
  const otherIds = new Set<string>();
  for (const cat of Object.values(CATALOGUES)) for (const c of cat) if (!ids.has(c.id)) otherIds.add(c.id);
  const seen = new Map<string, number>();
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i] || [];
    const id = toText(r[cId]).toUpperCase();
    if (id === '' || otherIds.has(id)) continue;
    if (!ids.has(id)) {
      errors.push(criteriaErrorUnknownId(i + 1, toText(r[cId])));
      continue;
    }
    if (seen.has(id)) {
      errors.push(criteriaErrorDuplicateId(i + 1, id, seen.get(id)!));
      continue;
    }
    seen.set(id, i + 1);
    const m = parseMandatory(r[cMand]);
    if (m === null) errors.push(criteriaErrorBadMandatory(i + 1, id, CRITERIA_HEADERS[4], toText(r[cMand]), ids.get(id)!.mandatory ? MANDATORY_YES : MANDATORY_NO));
    else overrides[id] = m;
  }
  // A criterion without its row (deleted by hand) is judged by its default: said, as the office may have switched it
  // (review "settings" #4); Thiết lập writes the row again.
  if (seen.size > 0) for (const c of base) if (!seen.has(c.id)) errors.push(criteriaErrorMissingRow(c.id, c.label, CRITERIA_HEADERS[4], c.mandatory ? MANDATORY_YES : MANDATORY_NO));
  return { catalogue: base.map((c) => (Object.prototype.hasOwnProperty.call(overrides, c.id) ? { ...c, mandatory: overrides[c.id] } : { ...c })), overrides, errors };
}
