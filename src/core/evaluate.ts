// The top-level, pure evaluation: directory + response rows + criteria overrides + report rows + config →
// every registration with its verdict, findings, score and flags, and every school's duties. Linear time.
import { OfficeConfig } from './config';
import { Criterion, catalogueFor } from './criteria';
import { criteriaFromRows } from './criteria-tab';
import { printedCriterion, type SettingsPrint } from './settings-trail';
import { Directory, officeListed, parseDirectory } from './directory';
import { IdentityFlags, identityFlagList } from './duplicates';
import { FormDefinition, buildRegistrationForm, buildReportForm, Q, initiativeTitles } from './registration-form';
import { DISPLAY_TITLES, Finding, Registration, RegistrationRecord, displayText, parseResponses } from './registration';
import { ProgressReport, parseReports } from './reports';
import { SchoolDutyResult, evaluateSchoolDuties } from './school-duties';
import { CriterionResult, Score, Verdict, compactEvaluation, compileCatalogue, evaluateCompact } from './validate';
import { DEFAULT_REPORT_TAB, DEFAULT_RESPONSE_TAB, DIRECTORY_HEADERS, DIRECTORY_TAB, directoryErrorNoSchool, registrationsOfUnknownSchool } from './messages/validation';
import { PERIOD_CHANGED } from './messages/app';
import { PeriodChange, formsPeriodChange } from './period-change';

export interface EvaluateInput {
  config: OfficeConfig;
  /** The "Đơn vị" tab, header row first. */
  directoryRows: readonly (readonly unknown[])[];
  /** The registration response tab, header row first; [] when there is no such tab yet. */
  responseValues: readonly (readonly unknown[])[];
  /** The report response tab, header row first (optional). */
  reportValues?: readonly (readonly unknown[])[];
  /** The "Tiêu chí" tab, header row first (optional; defaults apply without it). */
  criteriaRows?: readonly (readonly unknown[])[];
  responseTab?: string;
  reportTab?: string;
  /** Sheet row → code, from the register of codes; rows without one are left for a later run. */
  responseIds?: ReadonlyMap<number, string>;
  /** Code → when the registration was first sent (epoch ms), from the register of codes. */
  firstSent?: ReadonlyMap<string, number>;
  /**
   * The settings print the last full run kept (src/core/settings-trail.ts): a criterion whose "Bắt buộc" cannot be read
   * now is judged by the value it holds.
   */
  lastPrint?: SettingsPrint | null;
  /** Code → the schools that listed its sender's address when the register first saw it (Registration.sentAs). */
  sentAs?: ReadonlyMap<string, string>;
  /** Code → the school its response named when the register first saw it, its print (Registration.firstSchool). */
  firstSchool?: ReadonlyMap<string, string>;
  /** Code → the address its response was first sent from, where not its sender's now (Registration.firstSender). */
  firstSender?: ReadonlyMap<string, string>;
  /** Code → the old names' prints of the school first named (Registration.firstFormer). */
  firstFormer?: ReadonlyMap<string, string>;
  /** Whether the live registration form has (or had) a question of this title (ParseContext.onForm); unknown when absent. */
  onForm?: (title: string) => boolean;
  /** The period the registration form's year grids were last built for (formsPeriodChange); unknown when absent. */
  formsPeriod?: { startYear: number; endYear: number };
  /**
   * false: no school's duties are evaluated (`schoolDuties` is empty). A submission evaluates its one registration
   * and writes no school's tab: the duties of every school are the rebuild's.
   */
  duties?: boolean;
}

export interface EvaluatedRegistration extends Registration {
  verdict: Verdict;
  results: CriterionResult[];
  findings: Finding[];
  score: Score;
  flags: IdentityFlags;
}

export interface EvaluateOutput {
  registrations: EvaluatedRegistration[];
  schoolDuties: SchoolDutyResult[];
  reports: ProgressReport[];
  directory: Directory;
  catalogue: Criterion[];
  registrationForm: FormDefinition;
  reportForm: FormDefinition;
  /** Sheet-level problems (missing headers, directory and criteria-tab errors), in Vietnamese. */
  errors: string[];
  /**
   * The problems that make this evaluation unfit to act on (a question missing from the response tab, a directory
   * with no school): a run writes nothing and sends nothing on its strength. Empty when all is well.
   */
  blocking: string[];
  /** Those of `errors` that are information for the office, nothing to fix (titles heading several columns). */
  notes: string[];
  /**
   * "Cấu hình" names another period than the response tab's rating columns, which holds registrations: nothing is
   * read from it (one blocking error says what to do); setup leaves the forms as they are. Null when not.
   */
  periodChange: PeriodChange | null;
  /** "Tiêu chí" could not be read at all (its header): Thiết lập leaves the tab as the office wrote it. */
  criteriaUnread?: boolean;
  /**
   * For the reminders only (reminders.ts withCouncilRequests; never set by evaluateAll): the registrations whose
   * "Yêu cầu bổ sung" of the council is in force, by code, each with the sentence that names its letter.
   */
  councilRequests?: ReadonlyMap<string, string>;
}

/** Evaluate everything. Pure and total: never throws on sheet data. */
/**
 * The questions the criteria of `catalogue` read (findColumns: never read as unanswered when the live form lacks one),
 * and every initiative slot's: a criterion lists slot 1's, and counts the names of them all (review diff11 #1: slots
 * raised in "Cấu hình" without Thiết lập turned verdicts).
 */
function decisiveTitles(catalogue: readonly Criterion[], slots: number): Set<string> {
  const out = new Set<string>();
  for (const c of catalogue) for (const f of c.fields) out.add(f);
  // Which criteria apply (validate.ts isManagerGroup): "Là đảng viên" is optional since review r76p F1, and a blank asks
  // a teacher for it, so a live form without it must stop the run, not ask schools for an answer their form cannot take.
  out.add(Q.partyMember);
  out.add(Q.head);
  for (let n = 1; n <= slots; n++) for (const t of Object.values(initiativeTitles(n))) out.add(t);
  return out;
}

export function evaluateAll(input: EvaluateInput): EvaluateOutput {
  const cfg = input.config;
  const errors: string[] = [];
  const directory = parseDirectory(input.directoryRows || [], cfg.organisation.name, cfg.organisation.kind);
  errors.push(...directory.errors);
  // The period's catalogue (or the one named in "Cấu hình"), with the office's switches from "Tiêu chí".
  let catalogue: Criterion[] = catalogueFor(cfg);
  let criteriaUnread = false;
  if (input.criteriaRows && input.criteriaRows.length > 0) {
    const print = input.lastPrint;
    const read = criteriaFromRows(input.criteriaRows, catalogue, print ? (id) => printedCriterion(print, id) : undefined);
    catalogue = read.catalogue;
    errors.push(...read.errors);
    criteriaUnread = read.unread === true;
  }
  const names = directory.schools.map((s) => s.name);
  const registrationForm = buildRegistrationForm(cfg, names, catalogue, officeListed(directory.schools));
  // The office's own row (its own staff's registrations) owes no plan and no report: not a reporting unit (review r67r F4).
  // A school running the tool for itself, its one row its own: its own name stays (a list of none is no question).
  const reporting = directory.schools.some((s) => s.office) ? directory.schools.filter((s) => !s.office).map((s) => s.name) : names;
  const reportForm = buildReportForm(cfg, reporting.length > 0 ? reporting : names);
  // "Cấu hình" names another period than the tab's answers were given for: read nothing of them (each year's column
  // would be "missing"), say once what to do.
  const responseTab = input.responseTab || DEFAULT_RESPONSE_TAB;
  const periodChange = input.responseValues ? formsPeriodChange(input.responseValues, registrationForm, cfg.period, input.formsPeriod) : null;
  // The parsed registrations are this run's own: each is completed in place (no copy), with its results as status
  // codes whose text is built when read.
  const evaluation = compactEvaluation(catalogue, cfg);
  // The criteria compiled once for the columns of this read (and which apply, once per class of registration).
  const compiled = compileCatalogue(catalogue, cfg);
  // Each registration is evaluated as soon as it is read, while its row was just read (not in a second pass over
  // every row); the texts every tab shows (displayText) are read then too. Nothing of the evaluation depends on the
  // other registrations.
  const evaluate = (reg: Registration) => {
    const r = reg as RegistrationRecord;
    const e = evaluateCompact(r, catalogue, cfg, undefined, compiled);
    r.verdict = e.verdict;
    r.codes = e.codes;
    r.scoreBits = e.scoreBits;
    r.reader.evaluation = evaluation;
    for (let k = 0; k < DISPLAY_TITLES.length; k++) displayText(r, k);
  };
  // No values at all means no response tab yet (before the form is linked): nothing to read, nothing wrong.
  const parsed = periodChange
    ? { registrations: [], errors: [PERIOD_CHANGED(periodChange.from, periodChange.to, periodChange.responses, responseTab)], notes: [] }
    : input.responseValues && input.responseValues.length > 0
      ? parseResponses(input.responseValues, { form: registrationForm, directory, config: cfg, tab: responseTab, onForm: input.onForm, decisive: input.onForm && decisiveTitles(catalogue, cfg.initiativeSlots) }, input.responseIds, input.firstSent, evaluate)
      : { registrations: [], errors: [], notes: [] };
  // Notes (titles heading several columns, read as one field) are logged but never stop the run.
  errors.push(...parsed.errors, ...parsed.notes);
  const notes = [...parsed.notes];
  const blocking: string[] = [];
  // Rows to read (parsed, or left out for want of a code: a renamed time or sender header codes nothing) and a tab
  // or directory that cannot be read right: the run stops rather than write the office's tabs from what it could read.
  // A directory whose header cannot be read stops the run whatever the number of rows: before the first registration
  // too, the reminders and the school tabs are the directory's (review r81o F6: «Thành công», 0 reminders, every
  // school tab deleted).
  const rowsToRead = parsed.registrations.length > 0 || (input.responseValues?.length ?? 0) > 1;
  if (rowsToRead) blocking.push(...parsed.errors);
  if (rowsToRead && directory.schools.length === 0) blocking.push(...(directory.errors.length ? directory.errors : [directoryErrorNoSchool()]));
  else blocking.push(...directory.structuralErrors);
  const sentAs = input.sentAs;
  if (sentAs !== undefined && sentAs.size > 0) {
    for (const r of parsed.registrations) {
      const s = sentAs.get(r.id);
      if (s !== undefined) r.sentAs = s;
    }
  }
  const firstSchool = input.firstSchool;
  if (firstSchool !== undefined && firstSchool.size > 0) {
    for (const r of parsed.registrations) {
      const s = firstSchool.get(r.id);
      if (s !== undefined) r.firstSchool = s;
    }
  }
  // Both rare (an edit from another address; a response sent under a renamed school's name): looked up only when held.
  const firstSender = input.firstSender;
  const firstFormer = input.firstFormer;
  if ((firstSender !== undefined && firstSender.size > 0) || (firstFormer !== undefined && firstFormer.size > 0)) {
    for (const r of parsed.registrations) {
      const s = firstSender?.get(r.id);
      if (s !== undefined) r.firstSender = s;
      const f = firstFormer?.get(r.id);
      if (f !== undefined) r.firstFormer = f;
    }
  }
  const flags = identityFlagList(parsed.registrations);
  const registrations: EvaluatedRegistration[] = [];
  for (let i = 0; i < parsed.registrations.length; i++) {
    const r = parsed.registrations[i] as RegistrationRecord;
    r.flags = flags[i];
    registrations.push(r);
  }
  let reports: ProgressReport[] = [];
  if (input.reportValues && input.reportValues.length > 0) {
    const pr = parseReports(input.reportValues, reportForm, directory, cfg, input.reportTab || DEFAULT_REPORT_TAB);
    reports = pr.reports;
    errors.push(...pr.errors, ...pr.notes);
    notes.push(...pr.notes);
  }
  // Superseded registrations count too: the yearly minimum is about what was sent in each school year.
  const regsBySchool = new Map<string, Registration[]>();
  // Registrations naming a school the directory no longer has (its row deleted when it closed, or renamed without its
  // old name in "Tên cũ"): one line per name for the office, with what to do (review "reorg" #3).
  let unknownSchools: Map<string, string[]> | null = null;
  for (let i = 0; i < registrations.length; i++) {
    const r = registrations[i];
    if (!r.school) {
      if (r.schoolName !== '') {
        unknownSchools ??= new Map();
        const codes = unknownSchools.get(r.schoolName) ?? unknownSchools.set(r.schoolName, []).get(r.schoolName)!;
        codes.push(r.id);
      }
      continue;
    }
    const list = regsBySchool.get(r.school.key);
    if (list) list.push(r);
    else regsBySchool.set(r.school.key, [r]);
  }
  const reportsBySchool = new Map<string, ProgressReport[]>();
  for (const r of reports) {
    if (!r.school) continue;
    const list = reportsBySchool.get(r.school.key);
    if (list) list.push(r);
    else reportsBySchool.set(r.school.key, [r]);
  }
  if (unknownSchools) for (const [name, codes] of unknownSchools) errors.push(registrationsOfUnknownSchool(name, codes, DIRECTORY_TAB, DIRECTORY_HEADERS.former));
  const schoolDuties =
    input.duties === false ? [] : directory.schools.map((s) => evaluateSchoolDuties(s, regsBySchool.get(s.key) || [], reportsBySchool.get(s.key) || [], catalogue, cfg));
  return { registrations, schoolDuties, reports, directory, catalogue, registrationForm, reportForm, errors, blocking, notes, periodChange, ...(criteriaUnread ? { criteriaUnread } : {}) };
}
