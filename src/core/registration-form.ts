// The two Google Forms as data: the registration form (generated from the catalogue and the configured
// period) and the progress-report form. The Forms adapter builds them; the parser reads their responses.
// This module is the contract between src/gas, the emulator and the core: keep it stable.
import { OfficeConfig, dayMonthText, milestone, namedInitiativesNeeded, periodYears, reportingPeriods, schoolYearRatedFrom, schoolYearRatingDue } from './config';
import { GENDER_CHOICES, REPORT_QUESTIONS, REPORT_QUESTION_HELP } from './messages/proposals';
import { Criterion, catalogueFor, isObsolete, minimumPartsOf } from './criteria';
import {
  COLLECTIVE_KIND_CHOICES,
  CONDITION_COLUMNS,
  FIELD_CHOICES,
  FORM_TEXT,
  HAPPY_SCHOOL_CHOICES,
  INITIATIVE_LEVELS,
  KIND_CHOICES,
  MODEL_CHOICES,
  MOVEMENTS,
  MOVEMENT_COLUMNS,
  ORG_ABSENT,
  Q,
  R,
  RATING_CHOICES,
  ROLE_CHOICES,
  SELF_DECLARED,
  WORK_CHOICES,
  YES_NO,
  initiativeTitles,
  schoolYearRow,
  yearRow,
} from './form-titles';
import { FORMS_CHECKBOX_SEPARATOR, cleanText, formatDate } from './text';

export * from './form-titles';

export type ItemKind = 'list' | 'multipleChoice' | 'checkbox' | 'text' | 'paragraph' | 'grid' | 'date';

export interface FormItem {
  kind: ItemKind;
  /** Unique within the form; also the response-sheet header (grids: one `Title [Row]` header per row). */
  title: string;
  helpText?: string;
  required: boolean;
  /** list / multipleChoice / checkbox options. */
  choices?: string[];
  /** grid rows and columns. */
  rows?: string[];
  columns?: string[];
  /** Branching of a multipleChoice / list item: choice → id of the page to go to. */
  goTo?: Record<string, string>;
  /**
   * A text item's answer must be a number in [min, max]: the form refuses anything else on the respondent's page,
   * showing `message` (a Forms response validation, "Số" – "Nằm giữa").
   */
  numberRange?: { min: number; max: number; message: string };
}

/**
 * The earliest birth year read as one (registration.ts); the latest is the current year. The form asks the same range
 * (review "forms" #7: "15/03/1985" or "năm 1985" cost the school a round trip through "Cần bổ sung").
 */
export const BIRTH_YEAR_MIN = 1900;

/** The page a form continues to after the last page. */
export const SUBMIT = 'SUBMIT';

export interface FormPage {
  /** Stable page id ("P1" …). */
  id: string;
  /** Title of the page break that opens the page (the first page has the form's own title). */
  title: string;
  helpText?: string;
  items: FormItem[];
  /** Page to continue to after this page when no branching item decides: a page id or SUBMIT. */
  next: string;
}

export interface FormDefinition {
  title: string;
  description: string;
  /** What Forms shows once the form is sent; the office's own, typed in the Forms editor, is kept. */
  confirmationMessage?: string;
  /** Forms must collect the respondent's e-mail (checked against the directory). */
  collectEmail: true;
  pages: FormPage[];
}

/**
 * A user's submission as Forms would record it, keyed by question title: text and choice questions
 * give a string, checkbox questions a string[], grid questions {row label → chosen column}.
 */
export type FormAnswers = Record<string, string | string[] | Record<string, string>>;

/** The response-sheet header of one grid row. */
export function gridHeader(title: string, row: string): string {
  return `${title} [${row}]`;
}

export const PAGE_IDS = { common: 'P1', collective: 'P2', individual: 'P3', model: 'P4', unit: 'P5' } as const;

/** The school years individuals are rated on: the one starting in each year of the period but its last. */
export function ratingSchoolYears(period: { startYear: number; endYear: number }): number[] {
  const out: number[] = [];
  for (let y = period.startYear; y < Math.max(period.endYear, period.startYear + 1); y++) out.push(y);
  return out;
}

/** Rows of a conditions grid: the conditions of the catalogue asked in that grid, in catalogue order. */
function conditionRows(catalogue: readonly Criterion[], grid: string): string[] {
  const rows: string[] = [];
  for (const c of catalogue) if (c.evaluator === 'conditionAbsent' && c.fields[0] === grid && c.row && rows.indexOf(c.row) < 0) rows.push(c.row);
  return rows;
}

const yesNo = (title: string, required: boolean, helpText?: string): FormItem => ({
  kind: 'multipleChoice',
  title,
  required,
  choices: [...YES_NO],
  ...(helpText ? { helpText } : {}),
});

function selfDeclaredItems(catalogue: readonly Criterion[], ids: (c: Criterion) => boolean, required: (c: Criterion) => boolean, officeListed = true): FormItem[] {
  const items: FormItem[] = [];
  for (const c of catalogue) {
    if (c.evaluator !== 'selfDeclared' || !ids(c) || !c.question) continue;
    const said = SELF_DECLARED[c.id]?.help;
    const help = typeof said === 'function' ? said(officeListed) : said;
    items.push(yesNo(c.question, required(c), help));
    // The awards the Báo cáo thành tích prints (proposals.ts declaredAwards): words, not a link.
    const printed = SELF_DECLARED[c.id]?.printed === true;
    if (c.evidence) items.push({ kind: 'text', title: c.evidence, required: false, helpText: printed ? FORM_TEXT.helpEvidencePrinted : FORM_TEXT.helpEvidenceAfterYes });
  }
  return items;
}

function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    const c = cleanText(n);
    if (c !== '' && !seen.has(c)) {
      seen.add(c);
      out.push(c);
    }
  }
  return out;
}

/**
 * The registration form for the configured period. `schoolNames` (the directory's names, in directory
 * order) are the choices of the school dropdown. The catalogue decides the self-declared questions. `officeListed`:
 * the directory has a row of the office itself (its staff's unit), or no row yet.
 */
export function buildRegistrationForm(cfg: OfficeConfig, schoolNames: readonly string[], catalogue: readonly Criterion[] = catalogueFor(cfg), officeListed = true): FormDefinition {
  const years = periodYears(cfg.period).map(yearRow);
  const schoolYears = ratingSchoolYears(cfg.period).map(schoolYearRow);
  // What the office's criteria ask, said where the school answers (review form #1–#5): only of criteria that apply.
  const applies = (prefix: string) => catalogue.some((c) => c.id.startsWith(prefix + '-') && c.mandatory && !isObsolete(c, cfg.today));
  const movementsHelp = FORM_TEXT.helpMovements(applies('TT-05'), applies('CN-04'));
  const firstRated = ratingSchoolYears(cfg.period)[0] ?? cfg.period.startYear;
  const dayMonthOf = (d: Date) => dayMonthText({ day: d.getDate(), month: d.getMonth() + 1 });
    const ratingColumns = [RATING_CHOICES.excellent, RATING_CHOICES.good, RATING_CHOICES.done, RATING_CHOICES.failed, RATING_CHOICES.none];
  // Required: Forms then asks for a choice in every row (GridItem.createResponse: only a grid that is not required
  // takes a row without an answer). A unit without the organisation chooses ORG_ABSENT, a year not rated yet
  // "Chưa đánh giá": a blank row would only come back as "Cần bổ sung" (validate.ts evalOrgRatings). The unit's page
  // is skipped by a part of a unit, whose required items Forms then does not ask.
  const orgGrid = (title: string): FormItem => ({
    kind: 'grid',
    title,
    required: true,
    helpText: FORM_TEXT.helpOrgRatings,
    rows: years,
    columns: [...ratingColumns, ORG_ABSENT],
  });
  const common: FormPage = {
    id: PAGE_IDS.common,
    title: FORM_TEXT.pageCommon,
    next: PAGE_IDS.collective,
    items: [
      { kind: 'list', title: Q.school, required: true, helpText: FORM_TEXT.helpSchool, choices: uniqueNames(schoolNames) },
      { kind: 'text', title: Q.submitter, required: true },
      { kind: 'text', title: Q.phone, required: false },
      {
        kind: 'multipleChoice',
        title: Q.kind,
        required: true,
        helpText: FORM_TEXT.helpKind,
        choices: [KIND_CHOICES.collective, KIND_CHOICES.individual],
        goTo: { [KIND_CHOICES.collective]: PAGE_IDS.collective, [KIND_CHOICES.individual]: PAGE_IDS.individual },
      },
    ],
  };
  const conditionGrid = (title: string): FormItem[] => {
    const rows = conditionRows(catalogue, title);
    return rows.length ? [{ kind: 'grid', title, required: true, rows, columns: [CONDITION_COLUMNS.none, CONDITION_COLUMNS.some] }] : [];
  };
  // A collective says first whether it is the whole unit or a part of it: a part skips the unit's own page
  // (Party and union ratings, pupils, safety, Chỉ thị 05), the whole unit answers it.
  const collective: FormPage = {
    id: PAGE_IDS.collective,
    title: FORM_TEXT.pageCollective,
    next: PAGE_IDS.model,
    items: [
      {
        kind: 'multipleChoice',
        title: Q.collectiveKind,
        required: true,
        helpText: FORM_TEXT.helpCollectiveKind,
        choices: [COLLECTIVE_KIND_CHOICES.whole, COLLECTIVE_KIND_CHOICES.part],
        goTo: { [COLLECTIVE_KIND_CHOICES.whole]: PAGE_IDS.unit, [COLLECTIVE_KIND_CHOICES.part]: PAGE_IDS.model },
      },
      { kind: 'text', title: Q.collectiveName, required: true, helpText: FORM_TEXT.helpCollectiveName },
      // What the Báo cáo thành tích needs and the form did not ask (issue 15); optional: its line is left out. Asked
      // of every collective (a part of a unit has its own functions too), so here rather than on the unit's page.
      { kind: 'paragraph', title: REPORT_QUESTIONS.functions, required: false, helpText: REPORT_QUESTION_HELP.functions },
      ...selfDeclaredItems(catalogue, (c) => c.appliesTo === 'collective', () => true),
      ...conditionGrid(Q.conditions),
    ],
  };
  const unit: FormPage = {
    id: PAGE_IDS.unit,
    title: FORM_TEXT.pageUnit,
    helpText: FORM_TEXT.helpPageUnit,
    next: PAGE_IDS.model,
    items: [
      ...selfDeclaredItems(catalogue, (c) => c.appliesTo === 'collective.whole', () => true),
      orgGrid(Q.partyRatings),
      orgGrid(Q.unionRatings),
      orgGrid(Q.youthRatings),
      ...conditionGrid(Q.unitConditions),
    ],
  };
  const individual: FormPage = {
    id: PAGE_IDS.individual,
    title: FORM_TEXT.pageIndividual,
    next: PAGE_IDS.model,
    items: [
      { kind: 'text', title: Q.individualName, required: true, helpText: FORM_TEXT.helpIndividualName },
      {
        kind: 'text',
        title: Q.birthYear,
        required: true,
        helpText: FORM_TEXT.helpBirthYear,
        numberRange: { min: BIRTH_YEAR_MIN, max: cfg.today.getFullYear(), message: FORM_TEXT.invalidBirthYear },
      },
      {
        kind: 'multipleChoice',
        title: Q.role,
        required: true,
        // The office's own staff choose the office as their unit: offered only while "Đơn vị" lists it (review r78f F2:
        // its help sent them to a choice the list did not have).
        helpText: officeListed ? FORM_TEXT.helpRole : FORM_TEXT.helpRoleSchoolsOnly,
        choices: [ROLE_CHOICES.manager, ROLE_CHOICES.teacher, ROLE_CHOICES.staff, ROLE_CHOICES.worker, ...(officeListed ? [ROLE_CHOICES.official] : [])],
      },
      // The position the award documents print (a decision names "Hiệu trưởng", not the category "Cán bộ quản lý");
      // optional: without it they print the category.
      { kind: 'text', title: REPORT_QUESTIONS.position, required: false, helpText: REPORT_QUESTION_HELP.position },
      // Yes/no questions rather than a checkbox: "cơ quan, đơn vị" contains the checkbox separator.
      // Not required: sensitive data (NĐ 356/2025 Điều 4) that a manager's or a head's criteria do not depend on; a blank
      // is asked again of the others (registration.ts, review r76p F1).
      yesNo(Q.partyMember, false, FORM_TEXT.helpPartyMember(applies('CN-09'), applies('CN-10'), officeListed)),
      yesNo(Q.head, true, FORM_TEXT.helpHead(cfg.organisation.kind === 'phong')),
      {
        kind: 'grid',
        title: Q.individualRatings,
        required: true,
        helpText: FORM_TEXT.helpRatings(firstRated, dayMonthOf(schoolYearRatedFrom(cfg, firstRated)), dayMonthOf(schoolYearRatingDue(cfg, firstRated)), officeListed),
        rows: schoolYears,
        columns: [...ratingColumns, WORK_CHOICES.notEmployed, WORK_CHOICES.newHire, WORK_CHOICES.notRated],
      },
      ...selfDeclaredItems(
        catalogue,
        (c) => c.appliesTo === 'individual' || c.appliesTo === 'individual.manager' || c.appliesTo === 'individual.staff',
        (c) => c.appliesTo === 'individual',
        officeListed,
      ),
      // What the Báo cáo thành tích needs and the form did not ask (issue 15); optional: its line is left out.
      { kind: 'multipleChoice', title: REPORT_QUESTIONS.gender, required: false, choices: [...GENDER_CHOICES] },
      { kind: 'text', title: REPORT_QUESTIONS.hometown, required: false, helpText: REPORT_QUESTION_HELP.hometown },
      { kind: 'text', title: REPORT_QUESTIONS.residence, required: false, helpText: REPORT_QUESTION_HELP.residence },
      { kind: 'text', title: REPORT_QUESTIONS.qualification, required: false, helpText: REPORT_QUESTION_HELP.qualification },
      { kind: 'paragraph', title: REPORT_QUESTIONS.duties, required: false, helpText: REPORT_QUESTION_HELP.duties },
    ],
  };
  const initiativeItems: FormItem[] = [];
  const decisionYears = periodYears(cfg.period).map(String);
  for (let n = 1; n <= cfg.initiativeSlots; n++) {
    const t = initiativeTitles(n);
    initiativeItems.push(
      { kind: 'text', title: t.name, required: false, ...(n === 1 ? { helpText: FORM_TEXT.helpInitiative(applies('TT-04'), applies('CN-02') ? namedInitiativesNeeded(cfg) : 0) } : {}) },
      { kind: 'list', title: t.level, required: false, choices: [...INITIATIVE_LEVELS], helpText: FORM_TEXT.helpInitiativeLevel(cfg.organisation.kind === 'so') },
      { kind: 'text', title: t.decision, required: false, helpText: FORM_TEXT.helpInitiativeDecision(cfg.period.startYear) },
      { kind: 'list', title: t.year, required: false, choices: decisionYears, helpText: FORM_TEXT.helpInitiativeYear(cfg.period.startYear, cfg.period.endYear, t.decision) },
    );
  }
  const model: FormPage = {
    id: PAGE_IDS.model,
    title: FORM_TEXT.pageModel,
    next: SUBMIT,
    items: [
      { kind: 'text', title: Q.modelName, required: true, helpText: FORM_TEXT.helpModelName },
      { kind: 'multipleChoice', title: Q.field, required: true, choices: [FIELD_CHOICES.education, FIELD_CHOICES.hcm, FIELD_CHOICES.both] },
      {
        kind: 'multipleChoice',
        title: Q.modelType,
        required: true,
        ...(applies('MH-02') ? { helpText: FORM_TEXT.helpModelType } : {}),
        choices: [MODEL_CHOICES.happySchool, MODEL_CHOICES.happyClass, MODEL_CHOICES.granary, MODEL_CHOICES.other, MODEL_CHOICES.none],
      },
      {
        kind: 'list',
        title: Q.happySchoolType,
        required: false,
        helpText: FORM_TEXT.helpHappySchool,
        choices: [HAPPY_SCHOOL_CHOICES.farm, HAPPY_SCHOOL_CHOICES.tourism, HAPPY_SCHOOL_CHOICES.greenLibrary, HAPPY_SCHOOL_CHOICES.other],
      },
      { kind: 'text', title: Q.happySchoolOther, required: false },
      {
        kind: 'grid',
        title: Q.movements,
        required: true,
        ...(movementsHelp ? { helpText: movementsHelp } : {}),
        rows: [MOVEMENTS.dayTot, MOVEMENTS.doiMoi, MOVEMENTS.hanhPhuc, MOVEMENTS.vanMinh],
        columns: [MOVEMENT_COLUMNS.yes, MOVEMENT_COLUMNS.no],
      },
      ...initiativeItems,
      // Required (issue 15): the award report's "Kết quả thực hiện" is this answer; never printed as a gap.
      { kind: 'paragraph', title: Q.summary, required: true, helpText: FORM_TEXT.helpSummary },
    ],
  };
  return {
    title: FORM_TEXT.registrationTitle(cfg.period.name),
    // The school's minimum as the office requires it (review d67 #8): a catalogue without its criteria asks it whole.
    description: FORM_TEXT.registrationDescription(cfg.organisation.name, formatDate(milestone(cfg, 'DANG-KY-DONG').date), minimumPartsOf(catalogue)),
    confirmationMessage: FORM_TEXT.registrationSent,
    collectEmail: true,
    pages: [common, collective, unit, individual, model],
  };
}

/** The progress-report form (IV.2): the school's plan, then six-monthly and annual reports. */
export function buildReportForm(cfg: OfficeConfig, schoolNames: readonly string[]): FormDefinition {
  return {
    title: FORM_TEXT.reportTitle(cfg.period.name),
    description: FORM_TEXT.reportDescription(cfg.organisation.name),
    confirmationMessage: FORM_TEXT.reportSent,
    collectEmail: true,
    pages: [
      {
        id: PAGE_IDS.common,
        title: FORM_TEXT.pageCommon,
        next: SUBMIT,
        items: [
          { kind: 'list', title: R.school, required: true, helpText: FORM_TEXT.helpSchool, choices: uniqueNames(schoolNames) },
          { kind: 'list', title: R.period, required: true, helpText: FORM_TEXT.helpReportPeriod, choices: reportingPeriods(cfg.period).map((p) => p.label) },
          { kind: 'text', title: R.docRef, required: true, helpText: FORM_TEXT.helpReportDocRef },
          { kind: 'paragraph', title: R.summary, required: true, helpText: FORM_TEXT.helpReportSummary },
          { kind: 'text', title: R.link, required: false, helpText: FORM_TEXT.helpReportLink },
        ],
      },
    ],
  };
}

/** Every item of a form, in order. */
export function formItems(form: FormDefinition): FormItem[] {
  const out: FormItem[] = [];
  for (const p of form.pages) for (const i of p.items) out.push(i);
  return out;
}

/** The response-sheet headers the form's questions produce, in form order (without timestamp and e-mail). */
export function responseHeaders(form: FormDefinition): string[] {
  const out: string[] = [];
  for (const item of formItems(form)) {
    if (item.kind === 'grid') for (const r of item.rows || []) out.push(gridHeader(item.title, r));
    else out.push(item.title);
  }
  return out;
}

export interface FormDefinitionProblems {
  /** Titles used by more than one item (titles must be unique: they are the sheet headers). */
  duplicateTitles: string[];
  /** Checkbox options containing the separator Forms joins them with (they could not be split back). */
  checkboxLabelsWithSeparator: string[];
  /** goTo / next targets that name no page. */
  unknownPageTargets: string[];
}

/** Structural checks of a form definition (used by tests and before building a form). */
export function formDefinitionProblems(form: FormDefinition): FormDefinitionProblems {
  const seen = new Set<string>();
  const duplicateTitles: string[] = [];
  const checkboxLabelsWithSeparator: string[] = [];
  const unknownPageTargets: string[] = [];
  const pages = new Set(form.pages.map((p) => p.id));
  for (const p of form.pages) {
    if (p.next !== SUBMIT && !pages.has(p.next)) unknownPageTargets.push(p.next);
    for (const item of p.items) {
      if (seen.has(item.title)) duplicateTitles.push(item.title);
      seen.add(item.title);
      if (item.kind === 'checkbox') for (const c of item.choices || []) if (c.indexOf(FORMS_CHECKBOX_SEPARATOR) >= 0) checkboxLabelsWithSeparator.push(c);
      for (const target of Object.values(item.goTo || {})) if (target !== SUBMIT && !pages.has(target)) unknownPageTargets.push(target);
    }
  }
  return { duplicateTitles, checkboxLabelsWithSeparator, unknownPageTargets };
}
