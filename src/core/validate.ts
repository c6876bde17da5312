// Validation of one registration against the catalogue: each criterion → met / not met / missing evidence /
// not applicable, the verdict (design.md §3) and the priority score. Total: never throws.
import { OfficeConfig, endedYears, milestone } from './config';
import { Criterion, REQUIRED_MOVEMENTS, isObsolete } from './criteria';
import {
  CONDITION_COLUMNS,
  HAPPY_SCHOOL_CHOICES,
  MODEL_CHOICES,
  MOVEMENT_COLUMNS,
  Q,
  RATING_CHOICES,
  ORG_ABSENT,
  WORK_CHOICES,
  YES,
  NO,
  initiativeTitles,
  schoolYearRow,
  yearRow,
} from './form-titles';
import { ratingSchoolYears } from './registration-form';
import { Finding, RatingCode, Registration, Status } from './registration';
import { formatDate, matchKey } from './text';
import {
  APPLIES_TO_LABELS,
  findingMet as findingMetText,
  SCORE_PART_LABELS,
  findingCollectiveWithoutModel,
  findingConditionPresent,
  findingConditionUnanswered,
  findingExcellentNotYetJudged,
  findingFieldMissing,
  findingHappySchoolOtherMissing,
  findingHappySchoolTypeMissing,
  findingInitiativeIncomplete,
  findingInitiativesNone,
  findingInitiativesNoneNamed,
  findingInitiativesTooFew,
  findingNoWorkedYear,
  findingObsolete,
  findingModelNameMissing,
  findingModelTypeMissing,
  findingMovementsNotJoined,
  findingMovementsUnanswered,
  findingNoEndedYear,
  findingNoExcellentYear,
  findingNotApplicableRole,
  findingOrgBelowGood,
  findingOrgNoExcellent,
  findingOrgUnrated,
  findingOrgsAllAbsent,
  findingRatingsBelowGood,
  findingRatingsUnrated,
  findingRegisteredMissing,
  findingSelfDeclaredEmpty,
  findingSelfDeclaredNo,
  findingSelfDeclaredNoEvidence,
} from './messages/validation';

/** Met messages are the same for every registration: build each once. */
const metCache = new Map<string, string>();
function findingMet(c: Criterion): string {
  const key = c.id + '\u0001' + c.label;
  let m = metCache.get(key);
  if (m === undefined) {
    m = findingMetText(c);
    metCache.set(key, m);
  }
  return m;
}

export type Verdict = 'dat' | 'chuaDat' | 'canBoSung';

export interface CriterionResult extends Finding {
  mandatory: boolean;
}

export interface ScorePart {
  key: 'excellentYears' | 'initiativeLevel' | 'initiatives' | 'priorityCriteria';
  label: string;
  /** The counted quantity (years, level 1–5, number of initiatives, number of criteria). */
  value: number;
  points: number;
}

export interface Score {
  total: number;
  parts: ScorePart[];
}

export interface Evaluation {
  verdict: Verdict;
  /** Every criterion that applies to the registration's kind, in catalogue order. */
  results: CriterionResult[];
  /** What to fix: data problems, then mandatory criteria not met or missing evidence, then priority-only ones. */
  findings: Finding[];
  score: Score;
}

const RATING_TEXT: Record<RatingCode, string> = {
  excellent: RATING_CHOICES.excellent,
  good: RATING_CHOICES.good,
  done: RATING_CHOICES.done,
  failed: RATING_CHOICES.failed,
  none: RATING_CHOICES.none,
  absent: ORG_ABSENT,
  notEmployed: WORK_CHOICES.notEmployed,
  newHire: WORK_CHOICES.newHire,
};

/** Evidence answers that say nothing ("-", "không", "chưa có", "n/a" …) count as empty. */
const EMPTY_EVIDENCE = new Set(['', '-', '--', '.', '..', '...', '…', 'x', '0', 'không', 'không có', 'chưa', 'chưa có', 'n/a', 'na', 'none', 'null', 'trống'].map(matchKey));

export function isEmptyEvidence(s: string): boolean {
  const k = matchKey(s);
  return EMPTY_EVIDENCE.has(k) || /^[\s\-–—_.…,;:/\\|*'"`]*$/.test(k);
}

/** Whether the registrant is in the managers / Party members / heads group. */
export function isManagerGroup(r: Registration): boolean {
  return r.kind === 'individual' && (r.role === 'manager' || r.partyMember || r.head);
}

/** Whether the registrant is in the teachers / staff / workers group. */
export function isStaffGroup(r: Registration): boolean {
  return r.kind === 'individual' && (r.role === 'teacher' || r.role === 'staff' || r.role === 'worker' || r.role === 'official');
}

/** Whether a criterion's "applies to" covers a registration; false for school duties. */
export function appliesTo(c: Criterion, r: Registration): boolean {
  switch (c.appliesTo) {
    case 'collective':
      return r.kind === 'collective';
    case 'collective.whole':
      return r.kind === 'collective' && r.collectiveKind !== 'part';
    case 'individual':
      return r.kind === 'individual';
    case 'individual.manager':
      return isManagerGroup(r);
    case 'individual.staff':
      return isStaffGroup(r);
    case 'registration':
      return r.kind !== null;
    default:
      return false;
  }
}

function str(r: Registration, title: string): string {
  const v = r.answers[title];
  return typeof v === 'string' ? v : '';
}

function gridAnswer(r: Registration, title: string): Record<string, string> {
  const v = r.answers[title];
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, string>) : {};
}

type Result = { status: Status; message: string };

function evalSelfDeclared(c: Criterion, r: Registration): Result {
  const question = c.question || c.fields[0] || '';
  const a = str(r, question);
  if (a === YES) {
    if (c.evidence && isEmptyEvidence(str(r, c.evidence))) return { status: 'missing', message: findingSelfDeclaredNoEvidence(c, c.evidence) };
    return { status: 'met', message: findingMet(c) };
  }
  if (a === NO) return { status: 'notMet', message: findingSelfDeclaredNo(c, question) };
  return { status: 'missing', message: findingSelfDeclaredEmpty(c, question) };
}

function evalRegistered(c: Criterion, r: Registration): Result {
  const missing: string[] = [];
  if (!r.school) missing.push(Q.school);
  if (r.name === '') missing.push(r.kind === 'collective' ? Q.collectiveName : Q.individualName);
  if (r.kind === 'individual' && !r.role) missing.push(Q.role);
  return missing.length ? { status: 'missing', message: findingRegisteredMissing(c, missing) } : { status: 'met', message: findingMet(c) };
}

/** Initiatives with every part given (name, level, decision, year). */
export function completeInitiatives(r: Registration) {
  return r.initiatives.filter((i) => i.name !== '' && i.level > 0 && !isEmptyEvidence(i.decision) && i.year !== null);
}

function evalInitiatives(c: Criterion, r: Registration): Result {
  const complete = completeInitiatives(r);
  if (complete.length > 0) return { status: 'met', message: findingMet(c) };
  const partial = r.initiatives[0];
  if (!partial) return { status: 'notMet', message: findingInitiativesNone(c, initiativeTitles(1).name) };
  const t = initiativeTitles(partial.slot);
  const missing: string[] = [];
  if (partial.name === '') missing.push(t.name);
  if (partial.level === 0) missing.push(t.level);
  if (isEmptyEvidence(partial.decision)) missing.push(t.decision);
  if (partial.year === null) missing.push(t.year);
  return { status: 'missing', message: findingInitiativeIncomplete(c, partial.slot, missing) };
}

/**
 * CN-02 "có nhiều sáng kiến, giải pháp": at least two named initiatives or solutions (one when the form offers a
 * single slot), recognised or not; recognition adds priority (CN-13 and the score), it is not required here.
 */
export function namedInitiativesNeeded(cfg: OfficeConfig): number {
  return Math.max(1, Math.min(2, cfg.initiativeSlots));
}

function evalInitiativesNamed(c: Criterion, r: Registration, cfg: OfficeConfig): Result {
  const named = r.initiatives.filter((i) => i.name !== '' && !isEmptyEvidence(i.name)).length;
  const needed = namedInitiativesNeeded(cfg);
  if (named >= needed) return { status: 'met', message: findingMet(c) };
  if (named === 0) return { status: 'notMet', message: findingInitiativesNoneNamed(c, initiativeTitles(1).name) };
  return { status: 'missing', message: findingInitiativesTooFew(c, named, needed, initiativeTitles(named + 1).name) };
}

function evalMovements(c: Criterion, r: Registration): Result {
  const grid = gridAnswer(r, Q.movements);
  const no: string[] = [];
  const empty: string[] = [];
  for (const m of REQUIRED_MOVEMENTS) {
    const v = grid[m] || '';
    if (v === MOVEMENT_COLUMNS.yes) continue;
    if (v === MOVEMENT_COLUMNS.no) no.push(m);
    else empty.push(m);
  }
  if (no.length) return { status: 'notMet', message: findingMovementsNotJoined(c, Q.movements, no) };
  if (empty.length) return { status: 'missing', message: findingMovementsUnanswered(c, Q.movements, empty) };
  return { status: 'met', message: findingMet(c) };
}

function evalCondition(c: Criterion, r: Registration): Result {
  const row = c.row || '';
  const grid = c.fields[0] || Q.conditions;
  const v = gridAnswer(r, grid)[row] || '';
  if (v === CONDITION_COLUMNS.none) return { status: 'met', message: findingMet(c) };
  if (v === CONDITION_COLUMNS.some) return { status: 'notMet', message: findingConditionPresent(c, grid, row) };
  return { status: 'missing', message: findingConditionUnanswered(c, grid, row) };
}

/**
 * The school years (by the year they start in) whose ratings are due: a school year Y–Y+1 is rated at its end,
 * and counts as ended from 1 July of Y+1 (the school year ends by 31 May; a month for the ratings).
 */
export function endedSchoolYears(cfg: OfficeConfig): number[] {
  return ratingSchoolYears(cfg.period).filter((y) => cfg.today.getTime() >= new Date(y + 1, 6, 1).getTime());
}

/** Whether the person worked (and was to be rated) in a school year: not "Chưa công tác" nor "Mới tuyển dụng". */
const worked = (v: RatingCode | null | undefined) => v !== 'notEmployed' && v !== 'newHire';
const schoolYearText = (y: number) => schoolYearRow(y).toLowerCase();

function evalRatingsAtLeastGood(c: Criterion, r: Registration, cfg: OfficeConfig): Result {
  const ended = endedSchoolYears(cfg);
  if (ended.length === 0) return { status: 'notApplicable', message: findingNoEndedYear(c, schoolYearText(ratingSchoolYears(cfg.period)[0])) };
  const rated = ended.filter((y) => worked(r.ratings[y]));
  if (rated.length === 0) return { status: 'notApplicable', message: findingNoWorkedYear(c, Q.individualRatings) };
  const below: { year: string; rating: string }[] = [];
  const unrated: string[] = [];
  for (const y of rated) {
    const v = r.ratings[y] || null;
    if (v === 'done' || v === 'failed') below.push({ year: schoolYearText(y), rating: RATING_TEXT[v] });
    else if (v !== 'excellent' && v !== 'good') unrated.push(schoolYearText(y));
  }
  if (below.length) return { status: 'notMet', message: findingRatingsBelowGood(c, Q.individualRatings, below) };
  if (unrated.length) return { status: 'missing', message: findingRatingsUnrated(c, Q.individualRatings, unrated) };
  return { status: 'met', message: findingMet(c) };
}

/**
 * At least one ended year rated "xuất sắc". Fair mid-period: the plan allows any year "trong khung thời gian",
 * so a lack of such a year is only "not met" from the interim review (milestone SO-KET) on; before it the
 * criterion is not applicable yet. Ended years without a rating make it "missing".
 */
function evalRatingsExcellent(c: Criterion, r: Registration, cfg: OfficeConfig): Result {
  const ended = endedSchoolYears(cfg);
  if (ended.length === 0) return { status: 'notApplicable', message: findingNoEndedYear(c, schoolYearText(ratingSchoolYears(cfg.period)[0])) };
  if (ended.some((y) => r.ratings[y] === 'excellent')) return { status: 'met', message: findingMet(c) };
  const rated = ended.filter((y) => worked(r.ratings[y]));
  if (rated.length === 0) return { status: 'notApplicable', message: findingNoWorkedYear(c, Q.individualRatings) };
  const unrated = rated.filter((y) => {
    const v = r.ratings[y];
    return v === null || v === undefined || v === 'none' || v === 'absent';
  });
  if (unrated.length) return { status: 'missing', message: findingRatingsUnrated(c, Q.individualRatings, unrated.map(schoolYearText)) };
  const judgedFrom = milestone(cfg, 'SO-KET').date;
  if (cfg.today.getTime() < judgedFrom.getTime()) {
    return { status: 'notApplicable', message: findingExcellentNotYetJudged(c, Q.individualRatings, formatDate(judgedFrom)) };
  }
  return { status: 'notMet', message: findingNoExcellentYear(c, Q.individualRatings, rated.map(schoolYearText), formatDate(cfg.today)) };
}

const ORG_TITLES = [Q.partyRatings, Q.unionRatings, Q.youthRatings];

function evalOrgRatings(c: Criterion, r: Registration, cfg: OfficeConfig): Result {
  const ended = endedYears(cfg.period, cfg.today);
  if (ended.length === 0) return { status: 'notApplicable', message: findingNoEndedYear(c, yearRow(cfg.period.startYear).toLowerCase()) };
  let anyOrg = false;
  let firstBelow: Result | null = null;
  let firstUnrated: Result | null = null;
  for (const t of ORG_TITLES) {
    const grid = r.orgRatings[t] || {};
    const below: { year: number; rating: string }[] = [];
    const unrated: number[] = [];
    let present = false;
    for (const y of ended) {
      const v = grid[y] || null;
      if (v === 'absent') continue;
      if (v === 'done' || v === 'failed') below.push({ year: y, rating: RATING_TEXT[v] });
      else if (v !== 'excellent' && v !== 'good') unrated.push(y);
      present = true;
    }
    if (!present) continue;
    anyOrg = true;
    if (below.length && !firstBelow) firstBelow = { status: 'notMet', message: findingOrgBelowGood(c, t, below) };
    if (unrated.length && !firstUnrated) firstUnrated = { status: 'missing', message: findingOrgUnrated(c, t, unrated) };
  }
  if (firstBelow) return firstBelow;
  if (firstUnrated) return firstUnrated;
  if (!anyOrg) return { status: 'notApplicable', message: findingOrgsAllAbsent(c) };
  return { status: 'met', message: findingMet(c) };
}

/** Ended years in which any Party/union organisation of a collective was rated "xuất sắc". */
function orgExcellentYears(r: Registration, cfg: OfficeConfig): number[] {
  return endedYears(cfg.period, cfg.today).filter((y) => ORG_TITLES.some((t) => (r.orgRatings[t] || {})[y] === 'excellent'));
}

function evalOrgExcellent(c: Criterion, r: Registration, cfg: OfficeConfig): Result {
  const ended = endedYears(cfg.period, cfg.today);
  if (ended.length === 0) return { status: 'notApplicable', message: findingNoEndedYear(c, yearRow(cfg.period.startYear).toLowerCase()) };
  if (orgExcellentYears(r, cfg).length) return { status: 'met', message: findingMet(c) };
  const allAbsent = ORG_TITLES.every((t) => ended.every((y) => (r.orgRatings[t] || {})[y] === 'absent'));
  if (allAbsent) return { status: 'notApplicable', message: findingOrgsAllAbsent(c) };
  return { status: 'notMet', message: findingOrgNoExcellent(c, ORG_TITLES) };
}

function evalField(c: Criterion, r: Registration): Result {
  return str(r, Q.field) === '' ? { status: 'missing', message: findingFieldMissing(c, Q.field) } : { status: 'met', message: findingMet(c) };
}

function evalModelType(c: Criterion, r: Registration): Result {
  if (str(r, Q.modelName) === '') return { status: 'missing', message: findingModelNameMissing(c, Q.modelName) };
  const type = str(r, Q.modelType);
  if (type === '') return { status: 'missing', message: findingModelTypeMissing(c, Q.modelType) };
  if (type === MODEL_CHOICES.none && r.kind === 'collective') {
    return { status: 'notMet', message: findingCollectiveWithoutModel(c, Q.modelType, type) };
  }
  if (type === MODEL_CHOICES.happySchool) {
    const concrete = str(r, Q.happySchoolType);
    if (concrete === '') return { status: 'missing', message: findingHappySchoolTypeMissing(c, Q.happySchoolType) };
    if (concrete === HAPPY_SCHOOL_CHOICES.other && isEmptyEvidence(str(r, Q.happySchoolOther))) {
      return { status: 'missing', message: findingHappySchoolOtherMissing(c, Q.happySchoolOther) };
    }
  }
  return { status: 'met', message: findingMet(c) };
}

/** Evaluate one criterion for one registration (assumes it applies). */
export function evaluateCriterion(c: Criterion, r: Registration, cfg: OfficeConfig): Result {
  switch (c.evaluator) {
    case 'registered':
      return evalRegistered(c, r);
    case 'selfDeclared':
      return evalSelfDeclared(c, r);
    case 'initiatives':
      return evalInitiatives(c, r);
    case 'initiativesNamed':
      return evalInitiativesNamed(c, r, cfg);
    case 'movements':
      return evalMovements(c, r);
    case 'conditionAbsent':
      return evalCondition(c, r);
    case 'ratingsAtLeastGood':
      return evalRatingsAtLeastGood(c, r, cfg);
    case 'ratingsExcellentYear':
      return evalRatingsExcellent(c, r, cfg);
    case 'orgRatingsAtLeastGood':
      return evalOrgRatings(c, r, cfg);
    case 'orgRatingsExcellent':
      return evalOrgExcellent(c, r, cfg);
    case 'fieldChosen':
      return evalField(c, r);
    case 'modelType':
      return evalModelType(c, r);
    default:
      return { status: 'notApplicable', message: findingNotApplicableRole(c, APPLIES_TO_LABELS[c.appliesTo] || c.appliesTo) };
  }
}

/** The verdict of a set of results plus data problems (design.md §3). */
export function verdictOf(results: readonly CriterionResult[], problems: readonly Finding[]): Verdict {
  let missing = problems.some((p) => p.status === 'missing' || p.status === 'notMet');
  for (const res of results) {
    if (!res.mandatory) continue;
    if (res.status === 'notMet') return 'chuaDat';
    if (res.status === 'missing') missing = true;
  }
  return missing ? 'canBoSung' : 'dat';
}

/** Years of the period that have ended and were rated "xuất sắc" (individual) or had a Party/union rated so. */
export function excellentYears(r: Registration, cfg: OfficeConfig): number[] {
  if (r.kind === 'collective') return orgExcellentYears(r, cfg);
  return endedSchoolYears(cfg).filter((y) => r.ratings[y] === 'excellent');
}

/** The priority score and its visible parts. */
export function scoreOf(r: Registration, results: readonly CriterionResult[], cfg: OfficeConfig): Score {
  const w = cfg.scoring;
  const xs = excellentYears(r, cfg).length;
  const complete = completeInitiatives(r);
  const level = complete.reduce((m, i) => Math.max(m, i.level), 0);
  const priority = results.filter((x) => !x.mandatory && x.status === 'met').length;
  const parts: ScorePart[] = [
    { key: 'excellentYears', label: SCORE_PART_LABELS.excellentYears, value: xs, points: xs * w.excellentYear },
    { key: 'initiativeLevel', label: SCORE_PART_LABELS.initiativeLevel, value: level, points: level * w.initiativeLevel },
    { key: 'initiatives', label: SCORE_PART_LABELS.initiatives, value: complete.length, points: complete.length * w.initiative },
    { key: 'priorityCriteria', label: SCORE_PART_LABELS.priorityCriteria, value: priority, points: priority * w.priorityCriterion },
  ];
  return { total: parts.reduce((s, p) => s + p.points, 0), parts };
}

/** Evaluate a registration against a catalogue: results, findings, verdict and score. Never throws. */
export function evaluateRegistration(r: Registration, catalogue: readonly Criterion[], cfg: OfficeConfig): Evaluation {
  const results: CriterionResult[] = [];
  for (const c of catalogue) {
    if (c.appliesTo === 'school' || !appliesTo(c, r)) continue;
    let res: Result;
    try {
      // A criterion whose legal basis has ceased is shown, not applied (TT-15 from 03/06/2025).
      res = isObsolete(c, cfg.today) ? { status: 'notApplicable', message: findingObsolete(c, c.obsoleteFrom!, c.obsoleteBasis || '') } : evaluateCriterion(c, r, cfg);
    } catch {
      res = { status: 'missing', message: findingSelfDeclaredEmpty(c, c.fields[0] || c.label) };
    }
    results.push({ criterionId: c.id, status: res.status, message: res.message, mandatory: c.mandatory });
  }
  const verdict = verdictOf(results, r.problems);
  const findings: Finding[] = [...r.problems];
  for (const res of results) if (res.mandatory && (res.status === 'notMet' || res.status === 'missing')) findings.push(strip(res));
  for (const res of results) if (!res.mandatory && (res.status === 'notMet' || res.status === 'missing')) findings.push(strip(res));
  return { verdict, results, findings, score: scoreOf(r, results, cfg) };
}

function strip(r: CriterionResult): Finding {
  return { criterionId: r.criterionId, status: r.status, message: r.message };
}

/** The school years (by their first calendar year) an individual is rated on (for display). */
export const ratingYears = (cfg: OfficeConfig) => ratingSchoolYears(cfg.period);
