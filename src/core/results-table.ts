// The "Kết quả kiểm tra" tab as rows: one row per registration, in response order. Pure.
import { Score, scoreTotal } from './validate';
import type { EvaluatedRegistration } from './evaluate';
import { toFixCell } from './emails';
import { KIND_LABELS, RESULTS_HEADER, RESULTS_NOTHING_TO_FIX, VERDICT_LABELS, flagAlike, flagOtherName, flagSuperseded, flagUnverified } from './messages';
import { toText } from './text';
import { DISPLAY, RegistrationRecord, displayLine } from './registration';

/** The model type as the form answered it, with the concrete type of a "Trường học hạnh phúc". */
export function modelTypeText(r: EvaluatedRegistration): string {
  const type = displayLine(r, DISPLAY.modelType);
  const concrete = displayLine(r, DISPLAY.happySchoolOther) || displayLine(r, DISPLAY.happySchoolType);
  return concrete && type ? typeWithConcrete(type, concrete) : type;
}

/** "type: concrete type", one string per pair (a handful of pairs are shared by thousands of rows). */
const typeTexts = new Map<string, Map<string, string>>();
let typeTextCount = 0;
export function typeWithConcrete(type: string, concrete: string): string {
  let byConcrete = typeTexts.get(type);
  let text = byConcrete === undefined ? undefined : byConcrete.get(concrete);
  if (text === undefined) {
    text = `${type}: ${concrete}`;
    // Free-text concrete types can be many: the cache is bounded.
    if (typeTextCount >= 10000) {
      typeTexts.clear();
      typeTextCount = 0;
      byConcrete = undefined;
    }
    if (byConcrete === undefined) typeTexts.set(type, (byConcrete = new Map()));
    byConcrete.set(concrete, text);
    typeTextCount++;
  }
  return text;
}

export function notesOf(r: EvaluatedRegistration): string[] {
  const notes: string[] = [];
  if (r.flags.supersededBy) notes.push(flagSuperseded(r.flags.supersededBy));
  if (r.flags.unverified && r.school) notes.push(flagUnverified(r.email, r.school.name));
  if (r.flags.alike) notes.push(flagAlike(r.flags.alike));
  if (r.flags.otherName) notes.push(flagOtherName(r.flags.otherName));
  return notes.concat(r.notes);
}

const SUPERSEDED_NOTE = flagSuperseded('\u0001').split('\u0001')[0];

/**
 * The "Kết quả kiểm tra" tab read back (header row first): the registrations in force by verdict label, and the
 * replaced ones (their note says so) apart — the one count of registrations every report gives.
 */
export function resultCounts(values: readonly (readonly unknown[])[]): { inForce: number; superseded: number; byVerdict: Map<string, number> } {
  const header = (values[0] ?? []).map((h) => toText(h));
  const verdict = header.indexOf(RESULTS_HEADER[7]);
  const note = header.indexOf(RESULTS_HEADER[11]);
  const byVerdict = new Map<string, number>(Object.values(VERDICT_LABELS).map((v) => [v, 0]));
  let inForce = 0;
  let superseded = 0;
  for (const row of values.slice(1)) {
    if (row.every((v) => toText(v) === '')) continue;
    if (note >= 0 && toText(row[note]).indexOf(SUPERSEDED_NOTE) >= 0) {
      superseded++;
      continue;
    }
    inForce++;
    const v = toText(row[verdict]);
    byVerdict.set(v, (byVerdict.get(v) ?? 0) + 1);
  }
  return { inForce, superseded, byVerdict };
}

/** How the score was counted ("Số năm xuất sắc: 2 → 20; …"): one text per packed score of one evaluation. */
const scoreTexts = new WeakMap<object, Map<number, string>>();
function scoreTextOf(score: Score): string {
  let text = '';
  for (const p of score.parts) if (p.points > 0) text += (text === '' ? '' : '; ') + `${p.label}: ${p.value} → ${p.points}`;
  return text;
}
function scoreText(r: EvaluatedRegistration): string {
  // A record's score is its packed counts weighed by its evaluation's configuration.
  if (!(r instanceof RegistrationRecord) || r.evaluation === null) return scoreTextOf(r.score);
  const evaluation = r.evaluation;
  let texts = scoreTexts.get(evaluation);
  if (texts === undefined) scoreTexts.set(evaluation, (texts = new Map()));
  let t = texts.get(r.scoreBits);
  if (t === undefined) texts.set(r.scoreBits, (t = scoreTextOf(r.score)));
  return t;
}

/** notesOf(r) as one cell, one note a line. */
function notesText(r: EvaluatedRegistration): string {
  const flags = r.flags;
  // Most registrations have no note: nothing to join.
  if (!flags.supersededBy && !flags.unverified && !flags.alike && !flags.otherName) return r.notes.length === 0 ? '' : r.notes.length === 1 ? r.notes[0] : r.notes.join('\n');
  return notesOf(r).join('\n');
}

export function resultRow(r: EvaluatedRegistration): unknown[] {
  // What stands between it and Đạt: a priority-only criterion is never listed there (docs/glossary.md); what holds
  // it out of a Tờ trình, as the school's tab says it.
  const toFix = toFixCell(r);
  return [
    r.id,
    r.school ? r.school.name : r.schoolName,
    r.kind ? KIND_LABELS[r.kind] : '',
    r.name,
    displayLine(r, DISPLAY.field),
    modelTypeText(r),
    displayLine(r, DISPLAY.modelName),
    VERDICT_LABELS[r.verdict],
    toFix !== '' ? toFix : RESULTS_NOTHING_TO_FIX,
    r.verdict === 'dat' ? scoreTotal(r) : '',
    scoreText(r),
    notesText(r),
    r.email,
    r.submittedAt ?? '',
  ];
}
