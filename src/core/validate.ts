// Validation of one registration against the catalogue: each criterion → met / not met / missing evidence /
// not applicable, the verdict (design.md §3) and the priority score. Total: never throws.
import { DayMonth, OfficeConfig, milestone, orgYearRatedFrom, namedInitiativesNeeded, orgYearRatingDue, periodYears, schoolYearRatedFrom, schoolYearRatingDue } from './config';
import { Criterion, REQUIRED_MOVEMENTS, isObsolete, obsoleteDate } from './criteria';
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
import { PROPOSAL_TEXT } from './messages/proposals';
import { ratingSchoolYears } from './registration-form';
import { Finding, INITIATIVE_CODE_BASE, INITIATIVE_REPEAT, Initiative, Question, RatingCode, Registration, RegistrationEvaluation, RegistrationRecord, RowReader, Status, answerIsEmptyEvidence, markRepeatedInitiatives, answerText, gridAnswerOf, orgRatingOf, packedRatingAt, ratedPerCalendarYear, ratingOf, ratingRole } from './registration';
import { deniesEvidence, formatDate, isEmptyEvidence, matchKey, noEvidence, repeatsYes } from './text';
import {
  APPLIES_TO_LABELS,
  findingMet as findingMetText,
  SCORE_PART_LABELS,
  findingCollectiveWithoutModel,
  findingConditionPresent,
  findingConditionUnanswered,
  findingExcellentNotYetJudged,
  noteExcellentNotYetJudged,
  findingFieldMissing,
  findingHappySchoolOtherMissing,
  findingHappySchoolTypeMissing,
  findingInitiativeIncomplete,
  findingInitiativeYearAfterSent,
  findingInitiativeUnrecognised,
  findingInitiativesNone,
  findingInitiativesNoneNamed,
  findingInitiativesTooFew,
  findingInitiativesRepeated,
  findingNoWorkedYear,
  findingObsolete,
  findingModelNameMissing,
  findingModelTypeMissing,
  findingMovementsNotJoined,
  findingMovementsNoneJoined,
  findingMovementsUnanswered,
  findingNoEndedYear,
  calendarReviewJudges,
  calendarSchoolYearCounts,
  calendarOrgYearCounts,
  calendarOrgYearDue,
  calendarSchoolYearDue,
  calendarOfficialYearCounts,
  calendarOfficialYearDue,
  calendarCriterionEnds,
  findingNoRatedSchoolYear,
  findingRatingsPending,
  findingExcellentPending,
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
  findingSelfDeclaredBareYes,
  findingSelfDeclaredDeniedEvidence,
  findingSelfDeclaredNoEvidence,
  VERDICT_LABELS,
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
  notRated: WORK_CHOICES.notRated,
};

export { isEmptyEvidence };

/** Whether the registrant is in the managers / Party members / heads group. */
export function isManagerGroup(r: Registration): boolean {
  return r.kind === 'individual' && (r.role === 'manager' || r.partyMember || r.head);
}

/**
 * Whether the registrant is in the teachers / staff / workers group (plan II.2.b: "Nếu là giáo viên, nhân viên, người
 * lao động phải được cơ sở suy tôn, bình xét; … được cấp ủy xác nhận": CN-11, CN-12), the office's own staff with them.
 * Not a head: II.2.b puts "người đứng đầu cơ quan, đơn vị" under the managers' rule, and the head of the office, who
 * registers as "Công chức, viên chức của cơ quan quản lý giáo dục" (form help), is none of those (review r81c F2).
 */
export function isStaffGroup(r: Registration): boolean {
  return r.kind === 'individual' && !r.head && (r.role === 'teacher' || r.role === 'staff' || r.role === 'worker' || r.role === 'official');
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

const str = answerText;

type Result = { status: Status; message: string };

/**
 * Results without text, shared: an evaluation first decides every status without building a sentence
 * (`text` false); the sentence is built when a result is read (`text` true), by running the same evaluator again.
 */
const BARE: Record<Status, Result> = {
  met: Object.freeze({ status: 'met', message: '' }),
  notMet: Object.freeze({ status: 'notMet', message: '' }),
  missing: Object.freeze({ status: 'missing', message: '' }),
  notApplicable: Object.freeze({ status: 'notApplicable', message: '' }),
};

function evalSelfDeclared(c: Criterion, r: Registration, text: boolean): Result {
  const question = c.question || c.fields[0] || '';
  const a = str(r, question);
  if (a === YES) {
    if (c.evidence && answerIsEmptyEvidence(r, c.evidence)) return (text ? { status: 'missing', message: findingSelfDeclaredNoEvidence(c, c.evidence) } : BARE.missing);
    // Evidence that says there is none yet ("Chưa được công nhận"): the "Có" is not shown.
    if (c.evidence && deniesEvidence(str(r, c.evidence))) {
      if (!text) return BARE.missing;
      const written = str(r, c.evidence);
      return { status: 'missing', message: (repeatsYes(written) ? findingSelfDeclaredBareYes : findingSelfDeclaredDeniedEvidence)(c, c.evidence, written) };
    }
    return (text ? { status: 'met', message: findingMet(c) } : BARE.met);
  }
  if (a === NO) return (text ? { status: 'notMet', message: findingSelfDeclaredNo(c, question, c.obtain) } : BARE.notMet);
  return (text ? { status: 'missing', message: findingSelfDeclaredEmpty(c, question) } : BARE.missing);
}

function evalRegistered(c: Criterion, r: Registration, text: boolean): Result {
  if (!text) return !r.school || r.name === '' || (r.kind === 'individual' && !r.role) ? BARE.missing : BARE.met;
  const missing: string[] = [];
  if (!r.school) missing.push(Q.school);
  if (r.name === '') missing.push(r.kind === 'collective' ? Q.collectiveName : Q.individualName);
  if (r.kind === 'individual' && !r.role) missing.push(Q.role);
  return missing.length ? (text ? { status: 'missing', message: findingRegisteredMissing(c, missing) } : BARE.missing) : (text ? { status: 'met', message: findingMet(c) } : BARE.met);
}

/** Initiatives with every part given (name, level, decision, year), recognised no later than the response was sent. */
export function completeInitiatives(r: Registration) {
  return r.initiatives.filter(isComplete);
}

const isComplete = (i: Initiative) => i.name !== '' && i.level > 0 && !noEvidence(i.decision) && i.year !== null && !i.afterSent;

/**
 * What the evaluation needs of a registration's initiatives, one number a slot (RowReader.initiativeCodes): answered
 * (1), named (2), complete (4), level × 8, repeat (INITIATIVE_REPEAT); 0 for a slot left blank.
 */
function initiativeParts(r: Registration): number[] {
  if (r instanceof RegistrationRecord) {
    const s = r.initiativeCodes;
    const out: number[] = new Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) - INITIATIVE_CODE_BASE;
    return out;
  }
  return initiativeBits(r.initiatives);
}

/** initiativeParts of initiatives read from the answers (RowReader.initiatives). */
function initiativeBits(initiatives: readonly Initiative[]): number[] {
  const out = initiatives.map((i) => 1 + (i.name !== '' && !isEmptyEvidence(i.name) ? 2 : 0) + (isComplete(i) ? 4 : 0) + i.level * 8);
  markRepeatedInitiatives(out, out.length, (i) => initiatives[i].name, (i) => (isEmptyEvidence(initiatives[i].decision) ? '' : initiatives[i].decision));
  return out;
}

/** The level of an initiative slot's code (0 when not given). */
const initiativeLevelOf = (p: number) => (p >> 3) & 3;
/** Whether an initiative slot's code counts: named (2) or complete (4), and not a repeat of another slot. */
const countsAs = (p: number, bit: 2 | 4) => (p & (bit | INITIATIVE_REPEAT)) === bit;

function evalInitiatives(c: Criterion, r: Registration, cfg: OfficeConfig, text: boolean): Result {
  if (!text) {
    let answered = false;
    if (r instanceof RegistrationRecord) {
      // The codes themselves (initiativeParts without its array).
      const s = r.initiativeCodes;
      for (let i = 0; i < s.length; i++) {
        const p = s.charCodeAt(i) - INITIATIVE_CODE_BASE;
        if (p & 4) return BARE.met;
        if (p & 1) answered = true;
      }
      return answered ? BARE.missing : BARE.notMet;
    }
    for (const p of initiativeParts(r)) {
      if (p & 4) return BARE.met;
      if (p & 1) answered = true;
    }
    return answered ? BARE.missing : BARE.notMet;
  }
  // The initiatives are read from the row once.
  const initiatives = r.initiatives;
  if (initiatives.some(isComplete)) return (text ? { status: 'met', message: findingMet(c) } : BARE.met);
  const partial = initiatives[0];
  if (!partial) return (text ? { status: 'notMet', message: findingInitiativesNone(c, initiativeTitles(1).name) } : BARE.notMet);
  const t = initiativeTitles(partial.slot);
  const missing: string[] = [];
  if (partial.name === '') missing.push(t.name);
  if (partial.level === 0) missing.push(t.level);
  if (noEvidence(partial.decision)) missing.push(t.decision);
  // A year after the response was sent is not a recognition yet (the data problem says why): it is asked for again —
  // as a year to check, not as a field left empty (review read-outputs H3: "cần bổ sung mục năm công nhận" sent the
  // school looking for a blank it had filled).
  const lateYear = partial.year !== null && partial.afterSent;
  if (partial.year === null || lateYear) missing.push(t.year);
  // Named, with nothing of a recognition, where recognition only adds priority (CN-13): perhaps not recognised at all,
  // and nothing is missing then. Where a recognised one is required (TT-04), what it lacks is asked for.
  const unrecognised = !c.mandatory && partial.name !== '' && missing.length === 3;
  const message = unrecognised
    ? findingInitiativeUnrecognised(c, partial.slot, missing)
    : lateYear
      ? findingInitiativeYearAfterSent(c, partial.slot, t.year, missing.filter((f) => f !== t.year))
      : findingInitiativeIncomplete(
          c,
          partial.slot,
          missing,
          partial.year === null ? { startYear: cfg.period.startYear, decisionField: t.decision } : undefined,
        );
  return { status: 'missing', message };
}

export { namedInitiativesNeeded };

function evalInitiativesNamed(c: Criterion, r: Registration, cfg: OfficeConfig, text: boolean): Result {
  // Different initiatives: a title named in two slots counts once (markRepeatedInitiatives).
  let named = 0;
  let repeated = false;
  if (r instanceof RegistrationRecord) {
    const s = r.initiativeCodes;
    for (let i = 0; i < s.length; i++) {
      const p = s.charCodeAt(i) - INITIATIVE_CODE_BASE;
      if (countsAs(p, 2)) named++;
      else if (p & INITIATIVE_REPEAT) repeated = true;
    }
  } else
    for (const p of initiativeParts(r)) {
      if (countsAs(p, 2)) named++;
      else if (p & INITIATIVE_REPEAT) repeated = true;
    }
  const needed = namedInitiativesNeeded(cfg);
  if (named >= needed) return (text ? { status: 'met', message: findingMet(c) } : BARE.met);
  if (named === 0) return (text ? { status: 'notMet', message: findingInitiativesNoneNamed(c, initiativeTitles(1).name) } : BARE.notMet);
  if (!text) return BARE.missing;
  const repeat = repeated ? firstRepeat(r.initiatives) : null;
  // Made priority-only in "Tiêu chí" (review r67t #7): said as what counts for the score, not as the plan's requirement.
  if (repeat) return { status: 'missing', message: findingInitiativesRepeated(c, initiativeTitles(repeat[0]).name, initiativeTitles(repeat[1]).name, repeat[2], needed, c.mandatory) };
  return { status: 'missing', message: findingInitiativesTooFew(c, named, needed, initiativeTitles(named + 1).name, c.mandatory) };
}

/**
 * The form slots (1-based) of a named initiative that repeats another (markRepeatedInitiatives) and of one it
 * repeats, the later slot first, and the name as written.
 */
function firstRepeat(initiatives: readonly Initiative[]): [number, number, string] | null {
  const bits = initiativeBits(initiatives);
  for (let i = 0; i < bits.length; i++) {
    if (!(bits[i] & INITIATIVE_REPEAT)) continue;
    const k = matchKey(initiatives[i].name);
    for (let j = 0; j < bits.length; j++) {
      if (j === i || !countsAs(bits[j], 2) || matchKey(initiatives[j].name) !== k) continue;
      const [a, b] = [initiatives[i].slot, initiatives[j].slot];
      return [Math.max(a, b), Math.min(a, b), initiatives[i].name];
    }
  }
  return null;
}

/**
 * An individual's movements (CN-04): the plan asks of an individual to "tích cực tham gia" the sector's movements
 * "như" the four it names (II.2.b) — examples, where a collective takes part in them "đầy đủ" (II.2.a, TT-05,
 * evalMovements). Met by one joined; not met when every row says "Chưa tham gia"; missing while none is joined and a
 * row is unanswered (review criteria F2).
 */
function evalMovementsActive(c: Criterion, r: Registration, text: boolean): Result {
  const empty: string[] = [];
  for (let i = 0; i < REQUIRED_MOVEMENTS.length; i++) {
    const v = gridAnswerOf(r, Q.movements, REQUIRED_MOVEMENTS[i]);
    if (v === MOVEMENT_COLUMNS.yes) return text ? { status: 'met', message: findingMet(c) } : BARE.met;
    if (v !== MOVEMENT_COLUMNS.no) empty.push(REQUIRED_MOVEMENTS[i]);
  }
  if (empty.length) return text ? { status: 'missing', message: findingMovementsUnanswered(c, Q.movements, empty) } : BARE.missing;
  return text ? { status: 'notMet', message: findingMovementsNoneJoined(c, Q.movements) } : BARE.notMet;
}

function evalMovements(c: Criterion, r: Registration, text: boolean): Result {
  const no: string[] = [];
  const empty: string[] = [];
  for (let i = 0; i < REQUIRED_MOVEMENTS.length; i++) {
    const m = REQUIRED_MOVEMENTS[i];
    const v = gridAnswerOf(r, Q.movements, m);
    if (v === MOVEMENT_COLUMNS.yes) continue;
    if (v === MOVEMENT_COLUMNS.no) no.push(m);
    else empty.push(m);
  }
  if (no.length) return (text ? { status: 'notMet', message: findingMovementsNotJoined(c, Q.movements, no) } : BARE.notMet);
  if (empty.length) return (text ? { status: 'missing', message: findingMovementsUnanswered(c, Q.movements, empty) } : BARE.missing);
  return (text ? { status: 'met', message: findingMet(c) } : BARE.met);
}

function evalCondition(c: Criterion, r: Registration, text: boolean): Result {
  const row = c.row || '';
  const grid = c.fields[0] || Q.conditions;
  const v = gridAnswerOf(r, grid, row);
  if (v === CONDITION_COLUMNS.none) return (text ? { status: 'met', message: findingMet(c) } : BARE.met);
  if (v === CONDITION_COLUMNS.some) return (text ? { status: 'notMet', message: findingConditionPresent(c, grid, row) } : BARE.notMet);
  return (text ? { status: 'missing', message: findingConditionUnanswered(c, grid, row) } : BARE.missing);
}

// When a school year's rating counts: schoolYearRatedFrom (config.ts, shared with the parser). A month on, a year the
// registration leaves without a rating is due: missing evidence. Between the two days a blank year is simply not
// counted yet. Both days depend on the person: the office's own staff and leaders (registration.ts ratedPerCalendarYear:
// role 'official', or any role under the office's own unit) are rated per calendar year, and their row of school year Y–(Y+1) counts from 1/11 of Y (config.ts OFFICIAL_RATED_FROM), due 15/01 of Y+1.
export { schoolYearRatedFrom, schoolYearRatingDue };


/**
 * The school years (by the year they start in) whose ratings count by `cfg.today` for a person of `role`: the same in
 * every criterion, the score and the Danh sách.
 */
export function ratedSchoolYears(cfg: OfficeConfig, role?: string | null): number[] {
  return ratingSchoolYears(cfg.period).filter((y) => cfg.today.getTime() >= schoolYearRatedFrom(cfg, y, role).getTime());
}

/** The school years whose ratings are due by `cfg.today` for a person of `role` (a subset of ratedSchoolYears). */
export function dueSchoolYears(cfg: OfficeConfig, role?: string | null): number[] {
  return ratingSchoolYears(cfg.period).filter((y) => cfg.today.getTime() >= schoolYearRatingDue(cfg, y, role).getTime());
}

/**
 * The school years (by the year they start in) an individual's grid rates `code`, as the parser kept them (a rating
 * written before its year could count is read as not rated: src/core/registration.ts).
 */
export function yearsRated(r: Pick<Registration, 'kind' | 'role' | 'ratings'> & { school?: Registration['school'] }, code: RatingCode, cfg?: OfficeConfig): number[] {
  if (r.kind !== 'individual') return [];
  // Only the years that count by the day of the run, as the criteria and the documents count them (without a
  // configuration, every year the grid rates).
  const counted = cfg ? ratedSchoolYears(cfg, ratingRole(r)) : Object.keys(r.ratings).map(Number);
  return counted.filter((y) => r.ratings[y] === code).sort((a, b) => a - b);
}

/**
 * How a registration's rated years read: school years "2021-2022, 2022-2023" — but the office's own staff (công chức,
 * viên chức, rated per calendar year) give on the row of a school year the rating of the calendar year it starts in
 * (form help text; docs/criteria.md), so theirs read "năm 2022".
 */
export function ratedYearsLabel(r: Pick<Registration, 'role'> & { school?: Registration['school'] }): (ys: number[]) => string {
  return ratedPerCalendarYear(r) ? PROPOSAL_TEXT.calendarYears : (ys) => ys.map((y) => `${y}-${y + 1}`).join(', ');
}

/** The calendar years whose Party and union ratings count by `cfg.today` (from 1 December of each: orgYearRatedFrom). */
export const ratedOrgYears = (cfg: OfficeConfig): number[] =>
  periodYears(cfg.period).filter((y) => cfg.today.getTime() >= orgYearRatedFrom(y).getTime());

/** Those of ratedOrgYears a registration may no longer leave blank (from 1 February of the next year: orgYearRatingDue). */
export const dueOrgYears = (cfg: OfficeConfig): number[] =>
  periodYears(cfg.period).filter((y) => cfg.today.getTime() >= orgYearRatingDue(y).getTime());

/** The years of the period an evaluation needs, worked out once per configuration and day (not per registration). */
interface PeriodYears {
  cfg: OfficeConfig;
  today: number;
  start: number;
  end: number;
  ratedFrom: DayMonth | undefined;
  /** Calendar years whose Party and union ratings count (ratedOrgYears), and whether each is due (dueOrgYears). */
  orgRated: number[];
  orgDue: boolean[];
  /** School years whose ratings count, and the ones among them whose rating is due (index: position in `rated`). */
  rated: number[];
  due: boolean[];
  /** From the interim review (milestone SO-KET) on, a lack of an excellent year is judged. */
  judgedFrom: number;
  /** The same for the office's own staff (role 'official': their school years count from another day); null in it. */
  official: PeriodYears | null;
}
let periodMemo: PeriodYears | null = null;

/**
 * Read-only: shared by every registration evaluated with this configuration. `r`: the registration whose school years
 * are asked for (an office official's or leader's count from another day: ratedPerCalendarYear); without it, the others'.
 */
function periodOf(cfg: OfficeConfig, r?: Registration): PeriodYears {
  let m = periodMemo;
  if (!(m && m.cfg === cfg && m.today === cfg.today.getTime() && m.start === cfg.period.startYear && m.end === cfg.period.endYear && m.ratedFrom === cfg.ratedFrom)) {
    const orgRated = ratedOrgYears(cfg);
    const orgDueYears = dueOrgYears(cfg);
    const years = (role: string | null, official: PeriodYears | null): PeriodYears => {
      const rated = ratedSchoolYears(cfg, role);
      const due = dueSchoolYears(cfg, role);
      return {
        cfg,
        today: cfg.today.getTime(),
        start: cfg.period.startYear,
        end: cfg.period.endYear,
        ratedFrom: cfg.ratedFrom,
        orgRated,
        orgDue: orgRated.map((y) => orgDueYears.indexOf(y) >= 0),
        rated,
        due: rated.map((y) => due.indexOf(y) >= 0),
        judgedFrom: milestone(cfg, 'SO-KET').date.getTime(),
        official,
      };
    };
    m = periodMemo = years(null, years('official', null));
  }
  return r !== undefined && ratedPerCalendarYear(r) ? m.official! : m;
}

/** A rating that says nothing of the year (blank, "Chưa đánh giá"). */
const blank = (v: RatingCode | null | undefined) => v === null || v === undefined || v === 'none' || v === 'absent';

/**
 * Whether the person worked (and was to be rated) in a school year: not "Chưa công tác", "Mới tuyển dụng" nor "Không
 * xếp loại (công tác chưa đủ 06 tháng)" — a year the law does not rate is not one rated below "tốt", nor one to fill in.
 */
const worked = (v: RatingCode | null | undefined) => v !== 'notEmployed' && v !== 'newHire' && v !== 'notRated';
/** A school year as a sentence names it ("năm học 2021-2022"), built once per year. */
const schoolYearTexts = new Map<number, string>();
function schoolYearText(y: number): string {
  let t = schoolYearTexts.get(y);
  if (t === undefined) {
    if (schoolYearTexts.size >= 1000) schoolYearTexts.clear();
    schoolYearTexts.set(y, (t = schoolYearRow(y).toLowerCase()));
  }
  return t;
}

/** No school year counts yet: the first one and the day it will. */
function noRatedYear(c: Criterion, cfg: OfficeConfig, r: Registration): Result {
  const first = ratingSchoolYears(cfg.period)[0];
  return { status: 'notApplicable', message: findingNoRatedSchoolYear(c, schoolYearText(first), formatDate(schoolYearRatedFrom(cfg, first, ratingRole(r)))) };
}

/**
 * CN-09: every school year that counts (ratedSchoolYears) and in which the person worked is rated at least "tốt".
 * A year left blank is missing once due (schoolYearRatingDue); before that it is not counted yet.
 */
function evalRatingsAtLeastGood(c: Criterion, r: Registration, cfg: OfficeConfig, text: boolean): Result {
  const p = periodOf(cfg, r);
  const rated = p.rated;
  if (rated.length === 0) return text ? noRatedYear(c, cfg, r) : BARE.notApplicable;
  if (!text) {
    // The status alone, without the lists its sentence names.
    let anyCounted = false;
    let anyBelow = false;
    let anyUnrated = false;
    for (let i = 0; i < rated.length; i++) {
      const v = ratingOf(r, rated[i]);
      if (!worked(v)) continue;
      if (blank(v)) {
        if (!p.due[i]) continue;
        anyUnrated = true;
      } else if (v === 'done' || v === 'failed') anyBelow = true;
      anyCounted = true;
    }
    return !anyCounted ? BARE.notApplicable : anyBelow ? BARE.notMet : anyUnrated ? BARE.missing : BARE.met;
  }
  const below: { year: string; rating: string }[] = [];
  const unrated: string[] = [];
  let anyCounted = false;
  for (let i = 0; i < rated.length; i++) {
    const y = rated[i];
    const v = ratingOf(r, y) || null;
    if (!worked(v)) continue;
    if (blank(v)) {
      if (!p.due[i]) continue;
      unrated.push(schoolYearText(y));
    } else if (v === 'done' || v === 'failed') below.push({ year: schoolYearText(y), rating: RATING_TEXT[v] });
    anyCounted = true;
  }
  if (!anyCounted) return { status: 'notApplicable', message: pendingOrNotWorked(c, r, cfg) };
  if (below.length) return { status: 'notMet', message: findingRatingsBelowGood(c, Q.individualRatings, below) };
  if (unrated.length) return { status: 'missing', message: findingRatingsUnrated(c, Q.individualRatings, unrated, ratedPerCalendarYear(r)) };
  return { status: 'met', message: findingMet(c) };
}

/** Nothing counted: the school years that count are blank and not due yet, or years the person did not work. */
function pendingOrNotWorked(c: Criterion, r: Registration, cfg: OfficeConfig): string {
  const p = periodOf(cfg, r);
  const pending = p.rated.filter((y, i) => !p.due[i] && worked(ratingOf(r, y)) && blank(ratingOf(r, y)));
  if (pending.length === 0) return findingNoWorkedYear(c, Q.individualRatings, ratedPerCalendarYear(r));
  const last = pending[pending.length - 1];
  return findingRatingsPending(c, Q.individualRatings, pending.map(schoolYearText), formatDate(schoolYearRatingDue(cfg, last, ratingRole(r))), ratedPerCalendarYear(r));
}

/**
 * The school years after the ones that count: `years`, those still to come in the period whose ratings count on or
 * before the final conference (milestone TONG-KET, III.4.e: the selection is made in quý I of the last year), and
 * the first day one of them counts; `after`, the first later year that counts only after the conference, and from
 * when (empty if none); none the answers say was not worked. `early`: later years the registration already gives a
 * rating, not counted before that day.
 */
function laterYears(
  r: Registration,
  cfg: OfficeConfig,
): { years: string[]; from: string; after: { year: string; from: string } | null; conference: string; early: { year: string; from: string }[] } {
  const rated = periodOf(cfg, r).rated;
  // Not a year the answers say the person did not work or was not rated (`worked`): it can rate nothing
  // (review r70u M3: "sớm nhất từ ngày 01/06/2027, khi kết quả năm học 2026-2027 được tính", a year not worked).
  const later = ratingSchoolYears(cfg.period).filter((y) => rated.indexOf(y) < 0 && worked(ratingOf(r, y)));
  const conference = milestone(cfg, 'TONG-KET').date;
  const inTime = later.filter((y) => schoolYearRatedFrom(cfg, y, ratingRole(r)).getTime() <= conference.getTime());
  const tooLate = later.filter((y) => schoolYearRatedFrom(cfg, y, ratingRole(r)).getTime() > conference.getTime());
  const early = later
    .filter((y) => {
      const v = ratingOf(r, y);
      return worked(v) && !blank(v);
    })
    .map((y) => ({ year: schoolYearText(y), from: formatDate(schoolYearRatedFrom(cfg, y, ratingRole(r))) }));
  return {
    years: inTime.map(schoolYearText),
    from: inTime.length ? formatDate(schoolYearRatedFrom(cfg, inTime[0], ratingRole(r))) : '',
    after: tooLate.length ? { year: schoolYearText(tooLate[0]), from: formatDate(schoolYearRatedFrom(cfg, tooLate[0], ratingRole(r))) } : null,
    conference: formatDate(conference),
    early,
  };
}

/**
 * CN-10: at least one school year that counts rated "xuất sắc". Fair mid-period: the plan allows any year "trong
 * khung thời gian", so a lack of such a year is only "not met" from the interim review (milestone SO-KET) on; before
 * it the criterion is not applicable yet. A due year without a rating makes it "missing"; so does, from the review
 * on, a year that counts but is not due yet and left blank (it may have been rated "xuất sắc": the school can say so).
 */
function evalRatingsExcellent(c: Criterion, r: Registration, cfg: OfficeConfig, text: boolean): Result {
  const p = periodOf(cfg, r);
  const rated = p.rated;
  if (rated.length === 0) return text ? noRatedYear(c, cfg, r) : BARE.notApplicable;
  let anyCounted = false;
  let anyUnrated = false;
  let anyPending = false;
  for (let i = 0; i < rated.length; i++) {
    const v = ratingOf(r, rated[i]);
    if (v === 'excellent') return text ? { status: 'met', message: findingMet(c) } : BARE.met;
    if (!worked(v)) continue;
    if (blank(v)) {
      if (!p.due[i]) {
        anyPending = true;
        continue;
      }
      anyUnrated = true;
    }
    anyCounted = true;
  }
  const judged = cfg.today.getTime() >= p.judgedFrom;
  // Before the interim review a blank due year is CN-09's to tell (the same people, the same grid): counted here too,
  // the school read that a criterion "judged from" the review already held it, and one blank cell as two things to add
  // (review school #5).
  if (!judged) anyUnrated = false;
  if (!text) {
    if (anyUnrated) return BARE.missing;
    // Judged, school years not worked or not rated (`worked`) show no "xuất sắc" year either: a registrant
    // none of whose counted years was worked does not meet the criterion (review criteria H1: they read "Đạt").
    if (!judged) return BARE.notApplicable;
    return anyPending ? BARE.missing : BARE.notMet;
  }
  // An office official's or leader's row holds a calendar year's rating (ratedPerCalendarYear): the sentences do not say
  // its school year has ended.
  const official = ratedPerCalendarYear(r);
  const counted = rated.filter((y, i) => {
    const v = ratingOf(r, y);
    return worked(v) && (!blank(v) || p.due[i]);
  });
  const pending = rated.filter((y, i) => !p.due[i] && worked(ratingOf(r, y)) && blank(ratingOf(r, y)));
  if (anyUnrated) {
    const unrated = counted.filter((y) => blank(ratingOf(r, y)));
    return { status: 'missing', message: findingRatingsUnrated(c, Q.individualRatings, unrated.map(schoolYearText), official) };
  }
  if (!anyCounted && !anyPending && !judged) return { status: 'notApplicable', message: findingNoWorkedYear(c, Q.individualRatings, official) };
  const later = laterYears(r, cfg);
  if (!judged) {
    const rating = counted.filter((y) => !blank(ratingOf(r, y)));
    return { status: 'notApplicable', message: findingExcellentNotYetJudged(c, Q.individualRatings, formatDate(new Date(p.judgedFrom)), rating.map(schoolYearText), later.early, official) };
  }
  if (anyPending) {
    return { status: 'missing', message: findingExcellentPending(c, Q.individualRatings, counted.map(schoolYearText), pending.map(schoolYearText), official) };
  }
  return {
    status: 'notMet',
    message: findingNoExcellentYear(c, Q.individualRatings, counted.map(schoolYearText), later.years, later.from, later.early, later.conference, later.after, official),
  };
}

const ORG_TITLES = [Q.partyRatings, Q.unionRatings, Q.youthRatings];

/** No year's Party and union ratings count yet: not judged, and from which day the first year's do. */
function noOrgYearYet(c: Criterion, cfg: OfficeConfig, text: boolean): Result {
  const first = cfg.period.startYear;
  return text ? { status: 'notApplicable', message: findingNoEndedYear(c, yearRow(first).toLowerCase(), formatDate(orgYearRatedFrom(first))) } : BARE.notApplicable;
}

function evalOrgRatings(c: Criterion, r: Registration, cfg: OfficeConfig, text: boolean): Result {
  const { orgRated: years, orgDue: due } = periodOf(cfg);
  if (years.length === 0) return noOrgYearYet(c, cfg, text);
  if (!text) {
    // The status alone, without the lists its sentence names: a rating below good anywhere, else one missing, else
    // whether any organisation exists.
    let anyRated = false;
    let anyBelow = false;
    let anyUnrated = false;
    for (let t = 0; t < ORG_TITLES.length; t++) {
      for (let i = 0; i < years.length; i++) {
        const v = orgRatingOf(r, ORG_TITLES[t], years[i]) || null;
        // An organisation the unit does not have, or a year not due yet left blank: nothing to count.
        if (v === 'absent' || (!due[i] && blank(v))) continue;
        anyRated = true;
        if (v === 'done' || v === 'failed') anyBelow = true;
        else if (v !== 'excellent' && v !== 'good') anyUnrated = true;
      }
    }
    return anyBelow ? BARE.notMet : anyUnrated ? BARE.missing : anyRated ? BARE.met : BARE.notApplicable;
  }
  let anyOrg = false;
  const belows: { gridTitle: string; years: { year: number; rating: string }[] }[] = [];
  let firstUnrated: Result | null = null;
  for (const t of ORG_TITLES) {
    const below: { year: number; rating: string }[] = [];
    const unrated: number[] = [];
    let present = false;
    for (let i = 0; i < years.length; i++) {
      const y = years[i];
      const v = orgRatingOf(r, t, y) || null;
      if (v === 'absent' || (!due[i] && blank(v))) continue;
      if (v === 'done' || v === 'failed') below.push({ year: y, rating: RATING_TEXT[v] });
      else if (v !== 'excellent' && v !== 'good') unrated.push(y);
      present = true;
    }
    if (!present) continue;
    anyOrg = true;
    if (below.length) belows.push({ gridTitle: t, years: below });
    if (unrated.length && !firstUnrated) firstUnrated = (text ? { status: 'missing', message: findingOrgUnrated(c, t, unrated) } : BARE.missing);
  }
  // Every organisation rated below: a school that fixes one answer is not left "Chưa đạt" by another it was not told of.
  if (belows.length) return { status: 'notMet', message: findingOrgBelowGood(c, belows) };
  if (firstUnrated) return firstUnrated;
  if (!anyOrg) return (text ? { status: 'notApplicable', message: findingOrgsAllAbsent(c) } : BARE.notApplicable);
  return (text ? { status: 'met', message: findingMet(c) } : BARE.met);
}

/** Counted years (ratedOrgYears) in which any Party/union organisation of a collective was rated "xuất sắc". */
function orgExcellentYears(r: Registration, cfg: OfficeConfig): number[] {
  return periodOf(cfg).orgRated.filter((y) => ORG_TITLES.some((t) => orgRatingOf(r, t, y) === 'excellent'));
}

function evalOrgExcellent(c: Criterion, r: Registration, cfg: OfficeConfig, text: boolean): Result {
  const { orgRated: years, orgDue: due } = periodOf(cfg);
  if (years.length === 0) return noOrgYearYet(c, cfg, text);
  // A year not due left blank says nothing yet, as an organisation the unit does not have.
  const silent = (v: RatingCode | null, k: number) => v === 'absent' || (!due[k] && blank(v));
  if (!text) {
    // The status alone: any excellent year, else whether every organisation was absent every year.
    let allAbsent = true;
    for (let t = 0; t < ORG_TITLES.length; t++) {
      for (let k = 0; k < years.length; k++) {
        const v = orgRatingOf(r, ORG_TITLES[t], years[k]) || null;
        if (v === 'excellent') return BARE.met;
        if (!silent(v, k)) allAbsent = false;
      }
    }
    return allAbsent ? BARE.notApplicable : BARE.notMet;
  }
  if (orgExcellentYears(r, cfg).length) return (text ? { status: 'met', message: findingMet(c) } : BARE.met);
  const allAbsent = ORG_TITLES.every((t) => years.every((y, k) => silent(orgRatingOf(r, t, y) || null, k)));
  if (allAbsent) return (text ? { status: 'notApplicable', message: findingOrgsAllAbsent(c) } : BARE.notApplicable);
  return (text ? { status: 'notMet', message: findingOrgNoExcellent(c, ORG_TITLES) } : BARE.notMet);
}

function evalField(c: Criterion, r: Registration, text: boolean): Result {
  return str(r, Q.field) === '' ? (text ? { status: 'missing', message: findingFieldMissing(c, Q.field) } : BARE.missing) : (text ? { status: 'met', message: findingMet(c) } : BARE.met);
}

function evalModelType(c: Criterion, r: Registration, text: boolean): Result {
  if (str(r, Q.modelName) === '') return (text ? { status: 'missing', message: findingModelNameMissing(c, Q.modelName) } : BARE.missing);
  const type = str(r, Q.modelType);
  if (type === '') return (text ? { status: 'missing', message: findingModelTypeMissing(c, Q.modelType) } : BARE.missing);
  if (type === MODEL_CHOICES.none && r.kind === 'collective') {
    return (text ? { status: 'notMet', message: findingCollectiveWithoutModel(c, Q.modelType, type) } : BARE.notMet);
  }
  if (type === MODEL_CHOICES.happySchool) {
    const concrete = str(r, Q.happySchoolType);
    if (concrete === '') return (text ? { status: 'missing', message: findingHappySchoolTypeMissing(c, Q.happySchoolType) } : BARE.missing);
    if (concrete === HAPPY_SCHOOL_CHOICES.other && isEmptyEvidence(str(r, Q.happySchoolOther))) {
      return (text ? { status: 'missing', message: findingHappySchoolOtherMissing(c, Q.happySchoolOther) } : BARE.missing);
    }
  }
  return (text ? { status: 'met', message: findingMet(c) } : BARE.met);
}

/** Evaluate one criterion for one registration (assumes it applies). */
export function evaluateCriterion(c: Criterion, r: Registration, cfg: OfficeConfig, text = true): Result {
  switch (c.evaluator) {
    case 'registered':
      return evalRegistered(c, r, text);
    case 'selfDeclared':
      return evalSelfDeclared(c, r, text);
    case 'initiatives':
      return evalInitiatives(c, r, cfg, text);
    case 'initiativesNamed':
      return evalInitiativesNamed(c, r, cfg, text);
    case 'movements':
      return evalMovements(c, r, text);
    case 'movementsActive':
      return evalMovementsActive(c, r, text);
    case 'conditionAbsent':
      return evalCondition(c, r, text);
    case 'ratingsAtLeastGood':
      return evalRatingsAtLeastGood(c, r, cfg, text);
    case 'ratingsExcellentYear':
      return evalRatingsExcellent(c, r, cfg, text);
    case 'orgRatingsAtLeastGood':
      return evalOrgRatings(c, r, cfg, text);
    case 'orgRatingsExcellent':
      return evalOrgExcellent(c, r, cfg, text);
    case 'fieldChosen':
      return evalField(c, r, text);
    case 'modelType':
      return evalModelType(c, r, text);
    default:
      return (text ? { status: 'notApplicable', message: findingNotApplicableRole(c, APPLIES_TO_LABELS[c.appliesTo] || c.appliesTo) } : BARE.notApplicable);
  }
}

/** The verdict of a set of results plus data problems (design.md §3). */
export function verdictOf(results: readonly CriterionResult[], problems: readonly Finding[]): Verdict {
  let missing = problems.some((p) => p.status === 'missing' || p.status === 'notMet');
  for (let i = 0; i < results.length; i++) {
    const res = results[i];
    if (!res.mandatory) continue;
    if (res.status === 'notMet') return 'chuaDat';
    if (res.status === 'missing') missing = true;
  }
  return missing ? 'canBoSung' : 'dat';
}

/** Years of the period that have ended and were rated "xuất sắc" (individual) or had a Party/union rated so. */
export function excellentYears(r: Registration, cfg: OfficeConfig): number[] {
  if (r.kind === 'collective') return orgExcellentYears(r, cfg);
  return periodOf(cfg, r).rated.filter((y) => ratingOf(r, y) === 'excellent');
}

/** The priority score of the counted quantities (excellent years, highest level, initiatives, priority criteria). */
function scoreFrom(xs: number, level: number, initiatives: number, priority: number, cfg: OfficeConfig): Score {
  const w = cfg.scoring;
  const parts: ScorePart[] = [
    { key: 'excellentYears', label: SCORE_PART_LABELS.excellentYears, value: xs, points: xs * w.excellentYear },
    { key: 'initiativeLevel', label: SCORE_PART_LABELS.initiativeLevel, value: level, points: level * w.initiativeLevel },
    { key: 'initiatives', label: SCORE_PART_LABELS.initiatives, value: initiatives, points: initiatives * w.initiative },
    { key: 'priorityCriteria', label: SCORE_PART_LABELS.priorityCriteria, value: priority, points: priority * w.priorityCriterion },
  ];
  return { total: parts.reduce((s, p) => s + p.points, 0), parts };
}

/** The priority score and its visible parts. */
export function scoreOf(r: Registration, results: readonly CriterionResult[], cfg: OfficeConfig): Score {
  // Each recognised initiative once, at the highest level it was recognised at (markRepeatedInitiatives). Counted
  // from the initiatives read again, not from a record's codes (the compact evaluation's score is held to this one).
  let complete = 0;
  let level = 0;
  for (const p of initiativeBits(r.initiatives)) {
    if (!(p & 4)) continue;
    if (!(p & INITIATIVE_REPEAT)) complete++;
    level = Math.max(level, initiativeLevelOf(p));
  }
  const priority = results.filter((x) => !x.mandatory && x.status === 'met').length;
  return scoreFrom(excellentYears(r, cfg).length, level, complete, priority, cfg);
}

// ---- compact results ------------------------------------------------------------------------------------------
// An evaluation keeps one character per catalogue criterion (its status, or that it does not apply) and the counted
// parts of the score; the sentences of the findings are built when a result is read (a tab row, an e-mail).

const CODE_STATUS: Record<string, Status> = { m: 'met', n: 'notMet', x: 'missing', a: 'notApplicable' };
/** The criterion does not apply to the registration (or is a school duty). */
const NOT_APPLYING_UNIT = 46; // '.'
const STATUS_UNIT: Record<Status, number> = { met: 109, notMet: 110, missing: 120, notApplicable: 97 };
/** Scratch space for the codes of one registration. */
let CODE_UNITS: number[] = [];

/** One criterion for one registration, as evaluateRegistration always decided it (obsolete, or a failing evaluator). */
function criterionResult(c: Criterion, r: Registration, cfg: OfficeConfig, text: boolean): Result {
  try {
    // A criterion whose legal basis has ceased is shown, not applied (TT-15 from 03/06/2025).
    if (c.obsoleteFrom && obsolete(c, cfg.today)) return text ? { status: 'notApplicable', message: findingObsolete(c, c.obsoleteFrom!, c.obsoleteBasis || '') } : BARE.notApplicable;
    return evaluateCriterion(c, r, cfg, text);
  } catch {
    return text ? { status: 'missing', message: findingSelfDeclaredEmpty(c, c.fields[0] || c.label) } : BARE.missing;
  }
}

/** Whether a criterion has ceased (isObsolete), worked out once per criterion and day rather than per registration. */
const obsoleteMemo = new WeakMap<Criterion, { today: number; from: string; obsolete: boolean }>();
function obsolete(c: Criterion, today: Date): boolean {
  const t = today.getTime();
  let m = obsoleteMemo.get(c);
  if (!m || m.today !== t || m.from !== c.obsoleteFrom) obsoleteMemo.set(c, (m = { today: t, from: c.obsoleteFrom || '', obsolete: isObsolete(c, today) }));
  return m.obsolete;
}

/** The class of a registration as far as appliesTo goes: kind × whole/part × manager group × staff group. */
function applyingClass(r: Registration): number {
  return r.kind === 'collective' ? (r.collectiveKind === 'part' ? 1 : 2) : r.kind === 'individual' ? 3 + (isManagerGroup(r) ? 1 : 0) + (isStaffGroup(r) ? 2 : 0) : 0;
}

/** Whether each criterion of a catalogue applies (appliesTo, never a school duty) to a registration. */
function applyingTo(catalogue: readonly Criterion[], r: Registration): boolean[] {
  return catalogue.map((c) => c.appliesTo !== 'school' && appliesTo(c, r));
}

/**
 * Which criteria apply, worked out once per class of registration (it depends only on the kind, the part of a
 * collective and the groups of an individual): for one evaluation of many registrations with one catalogue, which
 * must not change meanwhile.
 */
export type ApplyingTable = (r: Registration) => boolean[];
export function applyingTable(catalogue: readonly Criterion[]): ApplyingTable {
  const byClass: (boolean[] | undefined)[] = [];
  return (r) => {
    const cls = applyingClass(r);
    return byClass[cls] ?? (byClass[cls] = applyingTo(catalogue, r));
  };
}

// ---- criteria compiled for one header layout ---------------------------------------------------------------
// The registrations of one read share one reader of their columns: each criterion is compiled once for it (its
// questions and grid columns looked up once) into a function giving the bare status of a record from its row, as
// evaluateCriterion(c, r, cfg, false) gives it. A criterion without a compiled form keeps the generic path.

/** The status of one criterion for a record and its row, as a unit of the codes (STATUS_UNIT). */
type CompiledStatus = (r: RegistrationRecord, cells: readonly unknown[]) => number;

const MET = 109;
const NOT_MET = 110;
const MISSING = 120;
const NOT_APPLICABLE = 97;

/** answerText of a question already looked up (the reader's text of it; '' when the form has no such question). */
function textAt(reader: RowReader, q: Question | undefined, cells: readonly unknown[]): string {
  return q === undefined ? '' : reader.textOf(cells, q);
}

/** answerIsEmptyEvidence of a question already looked up. */
function emptyEvidenceAt(reader: RowReader, q: Question | undefined, cells: readonly unknown[]): boolean {
  if (q !== undefined && q.item.kind === 'text' && q.index >= 0) {
    const raw = cells[q.index];
    if (typeof raw === 'string') return isEmptyEvidence(raw);
  }
  return isEmptyEvidence(textAt(reader, q, cells));
}

/** A grid's row's column (-1 when the grid or its row is missing), as gridAnswerOf finds it. */
function gridColumn(q: Question | undefined, row: string): number {
  if (q === undefined || q.rows === null) return -1;
  const i = q.rows.get(row);
  return i === undefined ? -1 : i;
}

/**
 * The answer of a list or multiple-choice question with a column (textOf), its resolution found in place when the
 * cell was resolved before (as parsing does for every choice column).
 */
function choiceAt(reader: RowReader, q: Question, cells: readonly unknown[]): string {
  const raw = cells[q.index];
  const hit = typeof raw === 'string' ? q.resolved.get(raw) : undefined;
  return hit !== undefined ? hit.value : reader.textOf(cells, q);
}

/** A grid's row by its column (gridCellAt), its resolution found in place when resolved before. */
function gridAt(reader: RowReader, q: Question, column: number, cells: readonly unknown[]): string {
  if (column < 0) return '';
  const raw = cells[column];
  if (typeof raw === 'string' && raw !== '') {
    const hit = q.resolved.get(raw);
    if (hit !== undefined) return hit.value;
  }
  return reader.gridCellAt(cells, q, column);
}

/** Whether a question is a list or multiple choice with a column: its answer is read by choiceAt. */
const isChoiceColumn = (q: Question | undefined): q is Question => q !== undefined && q.index >= 0 && (q.item.kind === 'list' || q.item.kind === 'multipleChoice');

function compileSelfDeclared(c: Criterion, reader: RowReader): CompiledStatus {
  const q = reader.question(c.question || c.fields[0] || '');
  const choice = isChoiceColumn(q) ? q : null;
  const evidence = c.evidence ? reader.question(c.evidence) : null;
  // Evidence typed in a short-text column is judged on its cell when it is text (answerIsEmptyEvidence).
  const evidenceCell = evidence !== null && evidence !== undefined && evidence.item.kind === 'text' && evidence.index >= 0 ? evidence.index : -1;
  return (_r, cells) => {
    const a = choice !== null ? choiceAt(reader, choice, cells) : textAt(reader, q, cells);
    if (a === YES) {
      if (evidence === null) return MET;
      if (evidenceCell >= 0) {
        const raw = cells[evidenceCell];
        if (typeof raw === 'string') return noEvidence(raw) ? MISSING : MET;
      }
      return emptyEvidenceAt(reader, evidence, cells) || deniesEvidence(textAt(reader, evidence, cells)) ? MISSING : MET;
    }
    return a === NO ? NOT_MET : MISSING;
  };
}

/**
 * evalMovements (`all`: a collective, every movement) and evalMovementsActive (an individual, one is enough), compiled.
 */
function compileMovements(reader: RowReader, all: boolean): CompiledStatus {
  const q = reader.question(Q.movements);
  const columns = REQUIRED_MOVEMENTS.map((m) => gridColumn(q, m));
  return (_r, cells) => {
    let empty = false;
    for (let i = 0; i < columns.length; i++) {
      const v = q === undefined ? '' : gridAt(reader, q, columns[i], cells);
      if (v === MOVEMENT_COLUMNS.yes) {
        if (!all) return MET;
      } else if (v === MOVEMENT_COLUMNS.no) {
        if (all) return NOT_MET;
      } else empty = true;
    }
    return empty ? MISSING : all ? MET : NOT_MET;
  };
}

function compileCondition(c: Criterion, reader: RowReader): CompiledStatus {
  const q = reader.question(c.fields[0] || Q.conditions);
  const column = gridColumn(q, c.row || '');
  return (_r, cells) => {
    const v = q === undefined ? '' : gridAt(reader, q, column, cells);
    return v === CONDITION_COLUMNS.none ? MET : v === CONDITION_COLUMNS.some ? NOT_MET : MISSING;
  };
}

function compileModelType(reader: RowReader): CompiledStatus {
  const name = reader.question(Q.modelName);
  const type = reader.question(Q.modelType);
  const happyType = reader.question(Q.happySchoolType);
  const happyOther = reader.question(Q.happySchoolOther);
  return (r, cells) => {
    // Whether the name is given is decided on its cell where that settles it (RowReader.given), without cleaning it.
    if (name === undefined || reader.given(cells, name) === '') return MISSING;
    const t = textAt(reader, type, cells);
    if (t === '') return MISSING;
    if (t === MODEL_CHOICES.none && r.kind === 'collective') return NOT_MET;
    if (t === MODEL_CHOICES.happySchool) {
      const concrete = textAt(reader, happyType, cells);
      if (concrete === '') return MISSING;
      if (concrete === HAPPY_SCHOOL_CHOICES.other && emptyEvidenceAt(reader, happyOther, cells)) return MISSING;
    }
    return MET;
  };
}

/**
 * A status for the records of one reader and one configuration by their kind and packed ratings, for the evaluators
 * that read nothing of a record but its ratings (ratingOf, orgRatingOf: its kind and its packed ratings, positioned by
 * its reader) and the configuration: `of(r)` once per kind and packed ratings (shared strings, a few hundred distinct
 * in a read), not per registration. Bounded: past a limit it starts again. The school years of the office's own staff
 * and leaders (ratedPerCalendarYear) count from another day (periodOf): theirs are a kind of their own here (ratingsKind).
 */
function ratingsMemo(of: (r: RegistrationRecord) => number): CompiledStatus {
  const byKind = new Map<string | null, Map<string, number>>();
  let size = 0;
  return (r) => {
    const kind = ratingsKind(r);
    let m = byKind.get(kind);
    if (m === undefined) byKind.set(kind, (m = new Map()));
    let hit = m.get(r.packedRatings);
    if (hit === undefined) {
      hit = of(r);
      if (size >= 10000) {
        for (const x of byKind.values()) x.clear();
        size = 0;
      }
      m.set(r.packedRatings, hit);
      size++;
    }
    return hit;
  };
}

/** What the ratings' criteria read of a record besides its packed ratings: its kind, or 'official' when rated per calendar year (periodOf). */
const ratingsKind = (r: Registration): string | null => (ratedPerCalendarYear(r) ? 'official' : r.kind);

/** A criterion compiled for a reader, or null for the generic path. */
function compileCriterion(c: Criterion, reader: RowReader, cfg: OfficeConfig): CompiledStatus | null {
  // A criterion whose legal basis has ceased is shown, not applied (as criterionResult decides).
  if (c.obsoleteFrom && obsolete(c, cfg.today)) return () => NOT_APPLICABLE;
  switch (c.evaluator) {
    case 'registered':
      return (r) => (!r.school || r.name === '' || (r.kind === 'individual' && !r.role) ? MISSING : MET);
    case 'selfDeclared':
      return compileSelfDeclared(c, reader);
    case 'movements':
      return compileMovements(reader, true);
    case 'movementsActive':
      return compileMovements(reader, false);
    case 'conditionAbsent':
      return compileCondition(c, reader);
    case 'fieldChosen': {
      const q = reader.question(Q.field);
      return (_r, cells) => (textAt(reader, q, cells) === '' ? MISSING : MET);
    }
    case 'modelType':
      return compileModelType(reader);
    case 'ratingsAtLeastGood':
    case 'ratingsExcellentYear':
    case 'orgRatingsAtLeastGood':
    case 'orgRatingsExcellent':
      return ratingsMemo((r) => STATUS_UNIT[criterionResult(c, r, cfg, false).status]);
    default:
      return null;
  }
}

/**
 * A catalogue prepared for one evaluation of many registrations with one configuration (neither may change
 * meanwhile): which criteria apply per class of registration, and the criteria compiled per reader of columns.
 */
export interface CompiledCatalogue {
  applying: ApplyingTable;
  /** The criteria's compiled statuses for a reader (null where a criterion keeps the generic path). */
  statuses(reader: RowReader): (CompiledStatus | null)[];
  /**
   * Positions in a record's packed ratings of the school years that count (individuals; `official`: for an office
   * official, periodOf) and ended years × grids (collectives).
   */
  endedSchoolPositions(reader: RowReader, official?: boolean): number[];
  endedOrgPositions(reader: RowReader): number[][];
}

export function compileCatalogue(catalogue: readonly Criterion[], cfg: OfficeConfig): CompiledCatalogue {
  let last: RowReader | null = null;
  let statuses: (CompiledStatus | null)[] = [];
  let school: number[] = [];
  let officialSchool: number[] = [];
  let org: number[][] = [];
  const prepare = (reader: RowReader) => {
    if (reader === last) return;
    last = reader;
    statuses = catalogue.map((c) => {
      try {
        return compileCriterion(c, reader, cfg);
      } catch {
        return null; // judged by the generic path, which says what a failing criterion gives
      }
    });
    // As ratingOf and orgRatingOf find a year (-1: a year the form does not have).
    const period = periodOf(cfg);
    school = period.rated.map((y) => reader.schoolYearIndex.get(y) ?? -1);
    officialSchool = period.official!.rated.map((y) => reader.schoolYearIndex.get(y) ?? -1);
    org = ORG_TITLES.map((_t, k) => period.orgRated.map((y) => {
      const i = reader.yearIndex.get(y);
      return i === undefined ? -1 : k * reader.years.length + i;
    }));
  };
  return {
    applying: applyingTable(catalogue),
    statuses: (reader) => (prepare(reader), statuses),
    endedSchoolPositions: (reader, official) => (prepare(reader), official ? officialSchool : school),
    endedOrgPositions: (reader) => (prepare(reader), org),
  };
}

/**
 * Status codes shared between registrations with the same statuses (most registrations share a handful): found by
 * walking a trie of the units as they are decided, so that a registration builds no string of its own.
 * The trie is kept flat, in numbers: node k's child on branch b is CODE_NEXT[k * CODE_BRANCHES + b] (0: none yet; node
 * 0 is the root, never a child), and the codes ending at node k are CODE_AT[k]. Not an object per node: the nodes live
 * as long as the run, and V8 moved the allocation of such objects to the old generation part-way through the first
 * evaluation (allocation-site pretenuring); an object literal's `next` also shared its field with compactEvaluation's
 * MessagesNode (literals starting with the same key share a map), which changes later. Each threw evaluateCompact's
 * optimised code away (`node --trace-deopt`: "code dependencies").
 */
const CODE_BRANCHES = 6;
let CODE_NEXT = new Int32Array(CODE_BRANCHES * 1024);
let CODE_AT: (string | undefined)[] = [undefined];
/** The trie's nodes, the root included. */
let codeNodes = 1;
/** A new node of the trie as node k's child on `branch`: its number. */
function newCodeNode(k: number, branch: number): number {
  const node = codeNodes++;
  if (node * CODE_BRANCHES >= CODE_NEXT.length) {
    const grown = new Int32Array(CODE_NEXT.length * 2);
    grown.set(CODE_NEXT);
    CODE_NEXT = grown;
  }
  CODE_AT.push(undefined);
  CODE_NEXT[k * CODE_BRANCHES + branch] = node;
  return node;
}
/** A unit's branch in the trie: not applying, met, not met, missing, not applicable (anything else: its own). */
function codeBranch(unit: number): number {
  return unit === NOT_APPLYING_UNIT ? 0 : unit === MET ? 1 : unit === NOT_MET ? 2 : unit === MISSING ? 3 : unit === NOT_APPLICABLE ? 4 : 5;
}

/** The compact evaluation of one registration: its status codes, verdict and the counted parts of its score. */
export function evaluateCompact(
  r: Registration,
  catalogue: readonly Criterion[],
  cfg: OfficeConfig,
  applying?: ApplyingTable,
  compiled?: CompiledCatalogue,
): { codes: string; verdict: Verdict; scoreBits: number } {
  const codeUnits = CODE_UNITS.length >= catalogue.length ? CODE_UNITS : (CODE_UNITS = new Array(catalogue.length));
  let n = 0;
  let notMet = false;
  let missing = false;
  for (let i = 0; i < r.problems.length; i++) if (r.problems[i].status === 'missing' || r.problems[i].status === 'notMet') missing = true;
  let priority = 0;
  const applies = applying ? applying(r) : compiled ? compiled.applying(r) : applyingTo(catalogue, r);
  const record = compiled !== undefined && r instanceof RegistrationRecord ? r : null;
  const reader = record !== null ? record.reader : null;
  const statuses = reader !== null ? compiled!.statuses(reader) : null;
  const cells = record !== null ? record.cells : null;
  // Bounded (a few hundred distinct codes share their prefixes in practice): past it, the trie starts again.
  if (codeNodes > 50000) {
    CODE_NEXT = new Int32Array(CODE_BRANCHES * 1024);
    CODE_AT = [undefined];
    codeNodes = 1;
  }
  let node = 0;
  for (let i = 0; i < catalogue.length; i++) {
    if (!applies[i]) {
      codeUnits[n++] = NOT_APPLYING_UNIT;
      node = CODE_NEXT[node * CODE_BRANCHES] || newCodeNode(node, 0);
      continue;
    }
    const c = catalogue[i];
    const status = statuses !== null ? statuses[i] : null;
    let unit: number;
    if (status !== null) {
      try {
        unit = status(record!, cells!);
      } catch {
        unit = STATUS_UNIT[criterionResult(c, r, cfg, false).status];
      }
    } else unit = STATUS_UNIT[criterionResult(c, r, cfg, false).status];
    codeUnits[n++] = unit;
    const branch = codeBranch(unit);
    node = CODE_NEXT[node * CODE_BRANCHES + branch] || newCodeNode(node, branch);
    if (c.mandatory) {
      if (unit === NOT_MET) notMet = true;
      else if (unit === MISSING) missing = true;
    } else if (unit === MET) priority++;
  }
  let shared = CODE_AT[node];
  if (shared === undefined) {
    codeUnits.length = n;
    shared = CODE_AT[node] = String.fromCharCode.apply(null, codeUnits);
  }
  let complete = 0;
  let level = 0;
  const parts = r instanceof RegistrationRecord ? null : initiativeParts(r);
  const slots = parts ? parts.length : (r as RegistrationRecord).initiativeCodes.length;
  for (let i = 0; i < slots; i++) {
    const p = parts ? parts[i] : (r as RegistrationRecord).initiativeCodes.charCodeAt(i) - INITIATIVE_CODE_BASE;
    if (!(p & 4)) continue;
    // A repeated initiative counts once, at the highest level it was recognised at (markRepeatedInitiatives).
    if (!(p & INITIATIVE_REPEAT)) complete++;
    if (initiativeLevelOf(p) > level) level = initiativeLevelOf(p);
  }
  let xs = 0;
  if (reader !== null) {
    // The ended years' ratings read at their positions in the packed ratings (as ratingOf and orgRatingOf read them).
    const packed = record!.packedRatings;
    if (r.kind === 'collective') {
      const org = compiled!.endedOrgPositions(reader);
      const years = org[0].length;
      for (let i = 0; i < years; i++) {
        const a = org[0][i];
        const b = org[1][i];
        const d = org[2][i];
        if ((a >= 0 && packedRatingAt(packed, a) === 'excellent') || (b >= 0 && packedRatingAt(packed, b) === 'excellent') || (d >= 0 && packedRatingAt(packed, d) === 'excellent')) xs++;
      }
    } else if (r.kind === 'individual') {
      const school = compiled!.endedSchoolPositions(reader, ratedPerCalendarYear(r));
      for (let i = 0; i < school.length; i++) if (school[i] >= 0 && packedRatingAt(packed, school[i]) === 'excellent') xs++;
    }
  } else if (r.kind === 'collective') {
    const rated = periodOf(cfg).orgRated;
    for (let i = 0; i < rated.length; i++) {
      const y = rated[i];
      if (orgRatingOf(r, ORG_TITLES[0], y) === 'excellent' || orgRatingOf(r, ORG_TITLES[1], y) === 'excellent' || orgRatingOf(r, ORG_TITLES[2], y) === 'excellent') xs++;
    }
  } else {
    const rated = periodOf(cfg, r).rated;
    for (let i = 0; i < rated.length; i++) if (ratingOf(r, rated[i]) === 'excellent') xs++;
  }
  // Each count is far below 256 (years of a period, levels, form slots, criteria of a catalogue).
  const scoreBits = xs + level * 256 + complete * 65536 + priority * 16777216;
  return { codes: shared, verdict: notMet ? 'chuaDat' : missing ? 'canBoSung' : 'dat', scoreBits };
}

/** The total of a registration's priority score, without building its parts. */
export function scoreTotal(r: { score: Score }): number {
  if (r instanceof RegistrationRecord && r.evaluation) {
    const bits = r.scoreBits;
    const w = r.evaluationConfig!.scoring;
    return (bits % 256) * w.excellentYear + (Math.floor(bits / 256) % 256) * w.initiativeLevel + (Math.floor(bits / 65536) % 256) * w.initiative + Math.floor(bits / 16777216) * w.priorityCriterion;
  }
  return r.score.total;
}

/** The score of packed counts. */
function unpackScore(bits: number, cfg: OfficeConfig): Score {
  return scoreFrom(bits % 256, Math.floor(bits / 256) % 256, Math.floor(bits / 65536) % 256, Math.floor(bits / 16777216), cfg);
}

/** The results of status codes, with their text, in catalogue order. */
function resultsOfCodes(r: Registration, codes: string, catalogue: readonly Criterion[], cfg: OfficeConfig): CriterionResult[] {
  const results: CriterionResult[] = [];
  for (let i = 0; i < catalogue.length; i++) {
    const code = codes.charCodeAt(i);
    if (code === 46 /* NOT_APPLYING */) continue;
    const c = catalogue[i];
    const status = CODE_STATUS[codes[i]];
    const message = status === 'met' ? findingMet(c) : criterionResult(c, r, cfg, true).message;
    results.push({ criterionId: c.id, status, message, mandatory: c.mandatory });
  }
  return results;
}

/** A criterion's sentence for a registration whose code for it is `code` (criterionResult's message), or a memo of it. */
type MessageOf = (c: Criterion, r: Registration, code: string) => string;

/**
 * criterionResult's sentences for the records of an evaluation with one configuration, built once where they depend on
 * little of the record, by what they depend on (evaluateCriterion's text path):
 * - the ratings' criteria (as ratingsMemo): the record's kind (ratingsKind) and packed ratings (positioned by its reader);
 * - a condition of the grid (conditionAbsent): its status alone (the sentence names the grid's row);
 * - a self-declared criterion answered "Không" (notMet), and a field left unchosen (missing): nothing else;
 * - too few different initiatives named (initiativesNamed), no slot repeating another: the record's initiative codes
 *   (how many are named); a repeat is named in the sentence, built for that record.
 * Every other sentence is built for its record. Keys are shared strings (codes, packed ratings): no key is built.
 * Started again for another reader, or when the configuration's day or period changed since (periodOf), and past a
 * bound.
 */
function sentenceMemo(cfg: OfficeConfig): MessageOf {
  let reader: RowReader | null = null;
  let period: PeriodYears | null = null;
  const byCriterion = new Map<Criterion, Map<string | null, Map<string, string>>>();
  let size = 0;
  return (c, r, code) => {
    if (!(r instanceof RegistrationRecord)) return criterionResult(c, r, cfg, true).message;
    let a: string | null;
    let b: string;
    switch (c.evaluator) {
      case 'ratingsAtLeastGood':
      case 'ratingsExcellentYear':
      case 'orgRatingsAtLeastGood':
      case 'orgRatingsExcellent':
        a = ratingsKind(r);
        b = r.packedRatings;
        break;
      case 'conditionAbsent':
        a = code;
        b = '';
        break;
      case 'selfDeclared':
        if (code !== 'n') return criterionResult(c, r, cfg, true).message;
        a = code;
        b = '';
        break;
      case 'fieldChosen':
        if (code !== 'x') return criterionResult(c, r, cfg, true).message;
        a = code;
        b = '';
        break;
      case 'initiativesNamed': {
        const s = r.initiativeCodes;
        for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) - INITIATIVE_CODE_BASE) & INITIATIVE_REPEAT) return criterionResult(c, r, cfg, true).message;
        a = null;
        b = s;
        break;
      }
      default:
        return criterionResult(c, r, cfg, true).message;
    }
    const p = periodOf(cfg);
    if (r.reader !== reader || p !== period || size >= 10000) {
      reader = r.reader;
      period = p;
      byCriterion.clear();
      size = 0;
    }
    let byA = byCriterion.get(c);
    if (byA === undefined) byCriterion.set(c, (byA = new Map()));
    let byB = byA.get(a);
    if (byB === undefined) byA.set(a, (byB = new Map()));
    let hit = byB.get(b);
    if (hit === undefined) {
      byB.set(b, (hit = criterionResult(c, r, cfg, true).message));
      size++;
    }
    return hit;
  };
}

/**
 * The open results (not met, missing evidence) of status codes, mandatory or priority-only, as findings. `messageOf`:
 * each one's sentence (criterionResult's message when not given).
 */
function openOfCodes(r: Registration, codes: string, catalogue: readonly Criterion[], cfg: OfficeConfig, mandatory: boolean, out: Finding[], messageOf?: MessageOf): Finding[] {
  for (let i = 0; i < catalogue.length; i++) {
    const code = codes[i];
    if (code !== 'n' && code !== 'x') continue;
    const c = catalogue[i];
    if (c.mandatory !== mandatory) continue;
    out.push({ criterionId: c.id, status: CODE_STATUS[code], message: messageOf !== undefined ? messageOf(c, r, code) : criterionResult(c, r, cfg, true).message });
  }
  return out;
}

/** Findings in their order: data problems, then mandatory criteria not met or missing evidence, then priority-only ones. */
function findingsOfCodes(r: Registration, codes: string, catalogue: readonly Criterion[], cfg: OfficeConfig, messageOf?: MessageOf): Finding[] {
  const findings: Finding[] = r.problems.slice();
  openOfCodes(r, codes, catalogue, cfg, true, findings, messageOf);
  return openOfCodes(r, codes, catalogue, cfg, false, findings, messageOf);
}

/** What an evaluation with this catalogue and configuration hangs on its registrations: text built when read. */
export interface CompactEvaluation extends RegistrationEvaluation {
  /** Messages of the open findings that stand between a registration and Đạt (problems, mandatory), and the priority-only ones. */
  open(r: RegistrationRecord): { toFix: string[]; priority: string[] };
  /**
   * The messages of `open(r).toFix`, to read only (null when there are none): a tab's row reads them without a copy,
   * and without the priority-only sentences it does not show.
   */
  toFix(r: RegistrationRecord): readonly string[] | null;
  /** pendingRatingBreaches of a registration with this evaluation's catalogue and configuration. */
  pending(r: RegistrationRecord): { message: string; from: Date }[];
  /** pendingExcellentYear of a registration with this evaluation's catalogue and configuration. */
  pendingExcellent(r: RegistrationRecord): ExcellentYearPending | null;
  /** The school years that count by this evaluation's day rated "Không hoàn thành nhiệm vụ" (yearsRated). */
  failedYears(r: RegistrationRecord): number[];
}

/** A registration's open sentences, built once per evaluation (priority-only ones when first asked). */
interface Opened {
  codes: string;
  problems: readonly Finding[];
  /** Shared by the registrations with the same sentences (frozen). */
  toFix: readonly string[];
  priority: string[] | null;
}

/** A node of the trie of the arrays of sentences to fix (compactEvaluation): by each next sentence. */
interface MessagesNode {
  next: Map<string, MessagesNode> | null;
  list: readonly string[] | null;
}
const newMessagesNode = (): MessagesNode => ({ next: null, list: null });

export function compactEvaluation(catalogue: readonly Criterion[], cfg: OfficeConfig): CompactEvaluation {
  // A registration's open findings are read for its row of the results, its school's tab and its e-mail: their
  // sentences are built once (a registration does not change after its evaluation), each read gets its own arrays.
  const opened = new WeakMap<RegistrationRecord, Opened>();
  // Open sentences that depend on little (see sentenceMemo): built once per evaluation, not per registration.
  const messageOf = sentenceMemo(cfg);
  // Most registrations have nothing open: no sentence to build.
  const nothingOpen = (r: RegistrationRecord) => r.problems.length === 0 && r.codes.indexOf('n') < 0 && r.codes.indexOf('x') < 0;
  // Registrations with the same sentences to fix share one array of them (read only, as `toFix` gives it), so that
  // what is built of it (the bullets of a tab's cell: emails.ts sharedBullets) is built once. Bounded.
  let shared = newMessagesNode();
  let sharedNodes = 0;
  const sharedMessages = (messages: string[]): readonly string[] => {
    if (sharedNodes >= 10000) {
      shared = newMessagesNode();
      sharedNodes = 0;
    }
    let node = shared;
    for (let i = 0; i < messages.length; i++) {
      const next = node.next ?? (node.next = new Map());
      let n = next.get(messages[i]);
      if (n === undefined) {
        next.set(messages[i], (n = newMessagesNode()));
        sharedNodes++;
      }
      node = n;
    }
    return node.list ?? (node.list = Object.freeze(messages));
  };
  const openedOf = (r: RegistrationRecord): Opened => {
    let hit = opened.get(r);
    if (hit === undefined || hit.codes !== r.codes || hit.problems !== r.problems) {
      // The data problems to fix, then the mandatory criteria not met or missing evidence (as openOfCodes finds them).
      const messages: string[] = [];
      for (let i = 0; i < r.problems.length; i++) {
        const p = r.problems[i];
        if (p.status === 'notMet' || p.status === 'missing') messages.push(p.message);
      }
      const codes = r.codes;
      for (let i = 0; i < catalogue.length; i++) {
        const code = codes[i];
        if ((code === 'n' || code === 'x') && catalogue[i].mandatory) messages.push(messageOf(catalogue[i], r, code));
      }
      hit = { codes, problems: r.problems, toFix: sharedMessages(messages), priority: null };
      opened.set(r, hit);
    }
    return hit;
  };
  return {
    config: cfg,
    results: (r) => resultsOfCodes(r, r.codes, catalogue, cfg),
    findings: (r) => findingsOfCodes(r, r.codes, catalogue, cfg, messageOf),
    score: (r) => unpackScore(r.scoreBits, cfg),
    open: (r) => {
      if (nothingOpen(r)) return { toFix: [], priority: [] };
      const hit = openedOf(r);
      if (hit.priority === null) hit.priority = openOfCodes(r, r.codes, catalogue, cfg, false, [], messageOf).map((f) => f.message);
      return { toFix: hit.toFix.slice(), priority: hit.priority.slice() };
    },
    toFix: (r) => {
      if (nothingOpen(r)) return null;
      const toFix = openedOf(r).toFix;
      return toFix.length === 0 ? null : toFix;
    },
    pending: (r) => pendingRatingBreaches(r, catalogue, cfg),
    pendingExcellent: (r) => pendingExcellentYear(r, catalogue, cfg),
    failedYears: (r) => yearsRated(r, 'failed', cfg),
  };
}

/** The criteria that a rating below "hoàn thành tốt" fails, once the year it was given for counts. */
const BELOW_GOOD_EVALUATORS: ReadonlySet<Criterion['evaluator']> = new Set(['ratingsAtLeastGood', 'orgRatingsAtLeastGood']);

/**
 * What the ratings a registration already declared will fail once the years they were given for count: a school
 * year not yet ended (its rating counts from schoolYearRatedFrom, by the person's role), a calendar year whose Party and union ratings
 * count from 1 December of it (ratedOrgYears). Only the days on or before the final conference (milestone
 * TONG-KET, III.4.e: the selection; laterYears), so never after it. For each mandatory criterion a rating below
 * "hoàn thành tốt" fails (CN-09, TT-10) that applies and is not "not met" today: the first of those days on which it
 * would be, with the answers as they are, and its sentence as of that day (it names the years and their ratings).
 * Told in the confirmation, so that a "Đạt" that the calendar alone will turn is not a surprise (the weekly digest
 * names it when it turns: calendarEvents).
 */
export function pendingRatingBreaches(r: Registration, catalogue: readonly Criterion[], cfg: OfficeConfig): { message: string; from: Date }[] {
  const today = cfg.today.getTime();
  const conference = milestone(cfg, 'TONG-KET').date.getTime();
  if (today >= conference) return [];
  const out: { message: string; from: Date }[] = [];
  let days: Date[] | null = null;
  for (const c of catalogue) {
    if (!c.mandatory || !BELOW_GOOD_EVALUATORS.has(c.evaluator) || c.appliesTo === 'school' || !appliesTo(c, r)) continue;
    if (criterionResult(c, r, cfg, false).status === 'notMet') continue;
    if (days === null) {
      const all = [...ratingSchoolYears(cfg.period).map((y) => schoolYearRatedFrom(cfg, y, ratingRole(r))), ...periodYears(cfg.period).map(orgYearRatedFrom)];
      days = all.filter((d) => d.getTime() > today && d.getTime() <= conference).sort((a, b) => a.getTime() - b.getTime());
    }
    for (const d of days) {
      const then: OfficeConfig = { ...cfg, today: d };
      if (criterionResult(c, r, then, false).status !== 'notMet') continue;
      out.push({ message: criterionResult(c, r, then, true).message, from: d });
      break;
    }
  }
  return out;
}

/** A criterion the calendar will judge later (CN-10 before the interim review), as pendingExcellentYear tells it. */
export interface ExcellentYearPending {
  /** The criterion's id (CN-10-XUAT-SAC in the 2021-2025 catalogue). */
  criterionId: string;
  /** The day it starts to be judged: the interim review (milestone SO-KET). */
  from: Date;
  /** The verdict the registration takes on that day with the answers as they are ("Chưa đạt", or "Cần bổ sung"). */
  becomes: 'chuaDat' | 'canBoSung';
  /** The sentence for the school: what happens on that day and what it can do (record the year's rating). */
  message: string;
  /**
   * Whether the school can do anything about it before that day: a school year that counts by then has no rating yet
   * (it may have been "xuất sắc"). When none has, the sentence only says what the day will do and which later year
   * could still meet the criterion (review school #6: listed as a thing to do, it sent a clerk hunting for an action).
   */
  actionable: boolean;
}

/**
 * CN-10 (plan II.2.b: a manager, Party member or head "có ít nhất 01 năm trong khung thời gian được xếp loại hoàn thành
 * xuất sắc nhiệm vụ") is judged only from the interim review (milestone SO-KET, plan III.4.d); before it a registration
 * without such a year is "not applicable" and may read "Đạt". What that criterion will be on the review day with the
 * answers as they are: null when it will be met or not apply, when the review has passed (it is judged: the findings
 * say so), or when it is already open today; otherwise the day, the verdict it forces ("Chưa đạt" when not met,
 * "Cần bổ sung" when a year that counts by then is blank) and the sentence that says so. Told in the confirmation (a
 * "Lưu ý", never an unqualified "đã đáp ứng đủ") and usable by the reminders before the review.
 */
export function pendingExcellentYear(r: Registration, catalogue: readonly Criterion[], cfg: OfficeConfig): ExcellentYearPending | null {
  const review = milestone(cfg, 'SO-KET').date;
  if (cfg.today.getTime() >= review.getTime()) return null;
  for (const c of catalogue) {
    if (!c.mandatory || c.evaluator !== 'ratingsExcellentYear' || !appliesTo(c, r)) continue;
    if (criterionResult(c, r, cfg, false).status !== 'notApplicable') continue;
    const then: OfficeConfig = { ...cfg, today: review };
    const status = criterionResult(c, r, then, false).status;
    if (status !== 'notMet' && status !== 'missing') continue;
    // The school years that count on the review day and have no rating yet: the ones the school can still record.
    const open = ratedSchoolYears(then, ratingRole(r)).filter((y) => {
      const v = ratingOf(r, y);
      return worked(v) && blank(v);
    });
    const becomes = status === 'notMet' ? 'chuaDat' : 'canBoSung';
    // Only blank years CN-09 asks for already (due today: the same people, the same grid): the school is told of them,
    // and the review day would turn nothing they do not turn now (review diff34 #1: "sẽ chuyển sang “Cần bổ sung”" said
    // to a registration that was, the blank year named three times).
    if (becomes === 'canBoSung') {
      const due = dueSchoolYears(cfg, ratingRole(r));
      if (open.every((y) => due.indexOf(y) >= 0)) continue;
    }
    const later = laterYears(r, then);
    // The earliest day the person can be proposed (proposals.ts noExcellentYearYet): the first school year not counting
    // today, on the day it counts; no day when a year that counts today is blank (it may be "xuất sắc", once recorded).
    const blankNow = ratedSchoolYears(cfg, ratingRole(r)).some((y) => {
      const v = ratingOf(r, y);
      return worked(v) && blank(v);
    });
    const next = laterYears(r, cfg);
    const earliest = !blankNow && next.years.length ? { year: next.years[0], from: next.from } : null;
    const message = noteExcellentNotYetJudged(c, Q.individualRatings, formatDate(review), VERDICT_LABELS[becomes], open.map(schoolYearText), later.years, later.from, earliest);
    return { criterionId: c.id, from: review, becomes, message, actionable: open.length > 0 };
  }
  return null;
}

/**
 * CN-10 judged and not met while school years still to come may meet it: findingNoExcellentYear's "chưa cần làm gì
 * trước ngày …", from the same facts (the criterion's status, laterYears). The first day one of those years counts
 * (`from`, dd/MM/yyyy) and the years ("năm học 2028-2029"); null otherwise. A calendar notice whose only open point
 * this is says so in its subject (review mail H1).
 */
export function excellentYearAwaited(r: Registration, catalogue: readonly Criterion[], cfg: OfficeConfig): { criterionId: string; from: string; years: string[] } | null {
  for (const c of catalogue) {
    if (!c.mandatory || c.evaluator !== 'ratingsExcellentYear' || !appliesTo(c, r)) continue;
    if (criterionResult(c, r, cfg, false).status !== 'notMet') continue;
    const later = laterYears(r, cfg);
    if (later.years.length) return { criterionId: c.id, from: later.from, years: later.years };
  }
  return null;
}

/** Evaluate a registration against a catalogue: results, findings, verdict and score. Never throws. */
export function evaluateRegistration(r: Registration, catalogue: readonly Criterion[], cfg: OfficeConfig): Evaluation {
  const e = evaluateCompact(r, catalogue, cfg);
  return { verdict: e.verdict, results: resultsOfCodes(r, e.codes, catalogue, cfg), findings: findingsOfCodes(r, e.codes, catalogue, cfg), score: unpackScore(e.scoreBits, cfg) };
}

/** The school years (by their first calendar year) an individual is rated on (for display). */
export const ratingYears = (cfg: OfficeConfig) => ratingSchoolYears(cfg.period);

/**
 * The days between `from` (excluded) and `to` (included) on which verdicts change by the calendar alone, in order, each
 * with the time it starts (ms) and as a sentence for the office: the interim review (CN-10 judged from then on), the day
 * a school year's ratings start to count, the day a school year without a rating becomes missing (each also for the
 * office's own staff, earlier). Only for the criteria of the catalogue that apply.
 */
export function calendarEvents(cfg: OfficeConfig, catalogue: readonly Criterion[], from: Date, to: Date): { at: number; text: string }[] {
  const inRange = (d: Date) => d.getTime() > from.getTime() && d.getTime() <= to.getTime();
  const excellent = catalogue.find((c) => c.evaluator === 'ratingsExcellentYear');
  const good = catalogue.find((c) => c.evaluator === 'ratingsAtLeastGood');
  const events: { at: number; text: string }[] = [];
  const review = milestone(cfg, 'SO-KET').date;
  if (excellent && inRange(review)) events.push({ at: review.getTime(), text: calendarReviewJudges(formatDate(review), excellent) });
  if (excellent || good) {
    for (const y of ratingSchoolYears(cfg.period)) {
      const rated = schoolYearRatedFrom(cfg, y);
      if (inRange(rated)) events.push({ at: rated.getTime(), text: calendarSchoolYearCounts(formatDate(rated), schoolYearText(y)) });
      const due = schoolYearRatingDue(cfg, y);
      if (inRange(due)) events.push({ at: due.getTime(), text: calendarSchoolYearDue(formatDate(due), schoolYearText(y)) });
      // The office's own staff: their row of the school year (the rating of the calendar year it starts in) counts earlier.
      const officialRated = schoolYearRatedFrom(cfg, y, 'official');
      if (inRange(officialRated)) events.push({ at: officialRated.getTime(), text: calendarOfficialYearCounts(formatDate(officialRated), schoolYearText(y), y) });
      const officialDue = schoolYearRatingDue(cfg, y, 'official');
      if (inRange(officialDue)) events.push({ at: officialDue.getTime(), text: calendarOfficialYearDue(formatDate(officialDue), schoolYearText(y), y) });
    }
  }
  // A calendar year's Party and union ratings count from 1 December of it (ratedOrgYears), and a year left blank is
  // missing from 1 February of the next (dueOrgYears).
  const orgGood = catalogue.find((c) => c.evaluator === 'orgRatingsAtLeastGood' || c.evaluator === 'orgRatingsExcellent');
  if (orgGood) {
    for (const y of periodYears(cfg.period)) {
      const counts = orgYearRatedFrom(y);
      if (inRange(counts)) events.push({ at: counts.getTime(), text: calendarOrgYearCounts(formatDate(counts), y) });
      const due = orgYearRatingDue(y);
      if (inRange(due)) events.push({ at: due.getTime(), text: calendarOrgYearDue(formatDate(due), y) });
    }
  }
  // A criterion whose basis ceased (e.g. the third-child rule): no longer checked from its day.
  for (const c of catalogue) {
    const ends = obsoleteDate(c);
    if (ends !== null && inRange(ends)) events.push({ at: ends.getTime(), text: calendarCriterionEnds(formatDate(ends), c, c.obsoleteBasis || '') });
  }
  return events.sort((a, b) => a.at - b.at);
}
