// "Thiết lập": creates or updates the tabs, the two forms and the triggers. Idempotent: a second run creates
// nothing new and loses nothing; after the directory or the criteria changed it updates the forms.
import { recordCalendarAhead } from './notices';
import { COUNCIL_TAB, PROPOSAL_TAB } from '../core/messages/proposals';
import { VIEW_FOLDER_NAME, COPIED_REGISTER_SCRUBBED, OFFICE_TABS_SET_ASIDE, OFFICE_TAB_ASIDE_NAME, ALERT, CONFIG_DEADLINES_PASSED, configLabel, CONFIG_MILESTONES_FILLED, CONFIG_ROWS_RESTORED, CONFIG_CELLS_RESTORED, CONFIG_TYPED_AS_TEXT, COPIED_FILE, FILE_LOCALE_NOTE, FILE_TIME_ZONE, LEDGER_TAB, CONFIG_NOT_READY, CONFIG_UNREAD_SETUP, OTHER_ACCOUNT, HANDOVER_MAIL_NOTE, DATA_PROBLEMS, DIRECTORY_EMPTY, DIRECTORY_NONE_READ, DIRECTORY_UNREAD, FORM_PUBLISH, GUIDE_HEADER, OFFICE_ROW_MISSING, OFFICE_TABS_REMADE, GUIDE_LINES, PERIOD_KEPT, RECREATED, TAB, healthProblems, type MinimumParts } from '../core/messages';
import { minimumParts } from '../core/school-duties';
import { officeListed } from '../core/directory';
import { officeProfile, officeWord, periodDeadlineSetting, planDateNote, todayFixedNote, todayFixedStale, type OfficeConfig } from '../core/config';
import { deadlinesPassedUnsent } from '../core/reminders';
import { formatDate, isBlankRow, matchKey, utf8Length } from '../core/text';
import { directoryErrorEmpty } from '../core/messages/validation';
import { RECORD_MAX_BYTES } from '../gas/tab-layouts';
import { logError, logProblems } from '../gas/health';
import { keepConfirmation, keepPublished, syncPinnedForm } from '../gas/forms';
import { LOCK_WAIT_MS, withScriptLock } from '../gas/lock';
import { completeConfigTab, readInputs, refreshCriteriaTab, registrationTab, reportTab } from '../gas/office';
import { forgetTabs, tabNamed } from '../gas/tab-cache';
import { scrubCopiedRegister } from '../gas/ledger';
import { linkResponses, openOrCreateForm } from '../gas/response-sheets';
import { arrangeTabs, ensureSheet, removeBlankStarterTab, writeTable } from '../gas/sheets';
import { clearState, getState, installerMark, setInstallerMark, setState } from '../gas/properties';
import { ensureTriggers, ownerHere, triggerSetText } from '../gas/triggers';
import { alignFileLocale, alignFileTimeZone, fileSettingNotes } from '../gas/time-zone';
import { askUser, tellUser } from '../gas/ui';
import { evaluate, recordTrails, summaryOf, writeResults } from './results';
import { REBUILD_HOUR, mailTriggers } from './digest';
import { confirmationPlan } from './confirmations';
import { offerToResumeMail } from './mailing';
import { offerToResumeRecords } from './records';
import { copiedStateForgotten, runJob } from './run';
import { reopenAsked, reopenPeriod } from './end-period';
import { ensureTemplates, recordedTemplateIds } from './templates';
import { opensFile } from '../gas/presence';
import { ensureCouncilTab } from './proposals';
import { viewsOutOfReach } from './school-views';
import { TAB_ORDER } from './tab-order';

export function setup(): void {
  // The consent screen may let the person untick some permissions ("Some script executions can start without a user's
  // consent to all required scopes" — AuthorizationInfo's reference). Without one of them Thiết lập would stop half
  // way — forms published, no trigger — and the daily runs would fail: asked for all of them before anything is made.
  // Outside the frame: the call "ends the current execution and renders an authorization prompt" (ScriptApp's
  // reference), and its exception must reach Apps Script as it was thrown, not told in the frame's words.
  ScriptApp.requireAllScopes(ScriptApp.AuthMode.FULL);
  runJob('setup', ({ ss }) => {
    return withScriptLock(LOCK_WAIT_MS, () => {
      // A copy of another office file: its state was forgotten (src/jobs/run.ts). Nothing is made yet — no form, no
      // trigger, no view, no e-mail: the copy holds the original's schools and data, and the office decides first.
      if (copiedStateForgotten()) {
        logError(ss, 'setup', COPIED_FILE.forgotten);
        tellUser(COPIED_FILE.forgotten);
        return { result: undefined, detail: COPIED_FILE.forgotten };
      }
      // Thiết lập by an account other than the one that installed the tool: the triggers are that account's (each account
      // sees only its own), and so are the forms and templates. Going on would make a second set of triggers, and forms
      // and templates of this account's where it cannot open the installer's — the schools' links would lead nowhere.
      // The person is asked; "Không" (and nobody at the keyboard) stops here.
      const other = installedByAnotherAccount();
      if (other && !askUser(other === 'first' ? OTHER_ACCOUNT.questionFirst : OTHER_ACCOUNT.question(triggerSetText()))) {
        tellUser(OTHER_ACCOUNT.stopped);
        return { result: undefined, detail: OTHER_ACCOUNT.stopped };
      }
      // "Có": the account takes the tool over. What it cannot open of the former account's is named, and nothing is
      // changed — no trigger, no form or template of its own made in their place (review handover H1).
      const cannot = other ? unreachableForHandover(ss) : [];
      if (cannot.length) {
        const said = OTHER_ACCOUNT.unreachable(cannot);
        logError(ss, 'setup', said);
        tellUser(said);
        return { result: undefined, detail: said, ok: false };
      }
      // A period ended from the menu: reopened only if the person says so (nothing changed otherwise).
      if (!reopenAsked()) return { result: undefined, detail: '', quiet: true };
      // This account holds the tool from now (the first to run Thiết lập, or one that took it over): marked.
      if (other || !getState('installer')) markInstaller();
      // The tool's counts of the files created in a day were the former account's: this one's quota is its own (a
      // refusal is judged by them — review handover H5).
      if (other) clearState('docsCreated', 'sheetsCreated');
      // The office's own tabs under the tool's names in a file the tool was never set up in: renamed, not written over.
      const setAside = [...setAsideOfficeTabs(ss), ...scrubCopy(ss)];
      // A file left in another zone or locale: set to Việt Nam's while it holds no registration (src/gas/time-zone.ts),
      // else said.
      const inUse = holdsSubmissions(ss);
      const zoneNotes = [
        ...setAside,
        ...fileSettingNotes(FILE_TIME_ZONE, alignFileTimeZone(ss, inUse)),
        ...fileSettingNotes(FILE_LOCALE_NOTE, alignFileLocale(ss, inUse)),
      ];
      logError(ss, 'setup', zoneNotes);
      let inputs = readInputs(ss, new Date(), { setup: true });
      // Office tabs deleted since the office set up, made again with their defaults: nothing goes on with them (the
      // forms would carry another office's name, deadlines or criteria) until the office has filled them in again.
      if (inputs.remade && inputs.remade.length > 0) {
        const said = OFFICE_TABS_REMADE(inputs.remade);
        // Every other run waits for them (src/gas/office.ts awaitRemade), this Thiết lập's next run clearing the mark.
        const waiting = (getState('officeTabsRemade') ?? '').split('|').filter((n) => n !== '');
        setState({ officeTabsRemade: [...new Set([...waiting, ...inputs.remade])].join('|') });
        logError(ss, 'setup', said);
        tellUser(said);
        return { result: undefined, detail: said, ok: false };
      }
      // Filled in again (the office runs Thiết lập once it has): the other runs go on.
      if (getState('officeTabsRemade')) setState({ officeTabsRemade: '' });
      let { output, errors } = evaluate(inputs);
      // The sendings this Thiết lập is the first to see (its read saved the register): recorded as every such run does.
      recordTrails(ss, inputs, output, 'setup');
      // "Cấu hình" names another period while the response tab holds registrations: the forms' year grids are not
      // rewritten (the answers given would no longer be read right), nor any tab; the office is told what to do.
      if (output.periodChange) {
        const message = output.blocking[0];
        tellUser(message);
        return { result: undefined, ...recordProblems(ss, [message], [], PERIOD_KEPT(output.periodChange.from)) };
      }
      // Settings this version brought that the office's "Cấu hình" lacks: added with their defaults, values untouched.
      recordCalendarAhead(output, inputs.config);
      const completed = completeConfigTab(ss, inputs.config);
      // Not over a tab whose header cannot be read: it holds the office's values, read again once the header is put right.
      if (!output.criteriaUnread) refreshCriteriaTab(ss, output.catalogue, inputs.criteriaRows ?? [], inputs.config);
      let problems = problemsText(errors, output.notes);
      // No column of "Cấu hình" names a setting (configFromRows gives no rows): the forms the schools use, their
      // confirmations and the triggers are not rewritten from the last run's values or the defaults (review d81b F1).
      if (!inputs.configRows) {
        tellUser(CONFIG_UNREAD_SETUP + problems + zoneNotes.map((m) => '\n\n' + m).join(''));
        return { result: undefined, ...recordProblems(ss, errors, output.notes, CONFIG_UNREAD_SETUP) };
      }
      if (output.directory.schools.length === 0) {
        writeGuide(ss, '', '', officeWord(inputs.config.organisation), minimumParts(output));
        // The real cause first (review d81b F3): the list unreadable (its header not at row 1…), or rows none of which is
        // a school (names alone, read as headings); "no school yet" only for a tab of its header alone.
        const dir = output.directory;
        const why = dir.structuralErrors.find((e) => e !== directoryErrorEmpty());
        const rows = (inputs.directoryRows ?? []).slice(1).filter((r) => !isBlankRow(r)).length;
        const opening = why ? DIRECTORY_UNREAD(why) : rows > 0 ? DIRECTORY_NONE_READ(rows) : DIRECTORY_EMPTY;
        const rest = why ? problemsText(errors.filter((e) => e !== why), output.notes) : problems;
        tellUser(opening + rest + zoneNotes.map((m) => '\n\n' + m).join(''));
        return { result: undefined, ...recordProblems(ss, errors, output.notes, why ? DIRECTORY_UNREAD(why) : rows > 0 ? DIRECTORY_NONE_READ(rows) : DIRECTORY_EMPTY) };
      }
      const hadForms = [getState('registrationForm'), getState('reportForm')];
      const reg = openOrCreateForm('registrationForm', TAB.registrations, output.registrationForm.title);
      const regSync = syncPinnedForm(reg.form, output.registrationForm, 'registrationFormItems');
      setState({ registrationFormPeriod: `${inputs.config.period.startYear}-${inputs.config.period.endYear}` });
      keepConfirmation(reg.form, output.registrationForm.confirmationMessage, 'registrationFormConfirmation', reg.created);
      setState({ registrationFormDescription: output.registrationForm.description });
      linkResponses(ss, reg.form, 'registrationSheet', TAB.registrations);
      const rep = openOrCreateForm('reportForm', TAB.reports, output.reportForm.title);
      const repSync = syncPinnedForm(rep.form, output.reportForm, 'reportFormItems');
      keepConfirmation(rep.form, output.reportForm.confirmationMessage, 'reportFormConfirmation', rep.created);
      linkResponses(ss, rep.form, 'reportSheet', TAB.reports);
      // Questions renamed in the Forms editor were given their titles back: where Forms had renamed their columns too
      // (unverified, see emulator/forms.ts), the tabs read above were read under the office's titles: read them again.
      if (regSync.restored + repSync.restored > 0) {
        inputs = readInputs(ss, new Date(), { setup: true });
        ({ output, errors } = evaluate(inputs));
        problems = problemsText(errors, output.notes);
      }
      // Forms created after 30/06/2026 start unpublished and take no response (Google's "API changes to Google Forms"
      // guide): each form is published once its questions are in place; one the tool could not publish is named to
      // the office (alert, "Nhật ký lỗi", its line of "Tình trạng") with what to do.
      // A form the tool has seen published and finds unpublished was closed by the office: left closed, and said.
      const published = [
        { title: output.registrationForm.title, form: reg.form, state: keepPublished(reg.form, 'registrationForm') },
        { title: output.reportForm.title, form: rep.form, state: keepPublished(rep.form, 'reportForm') },
      ];
      const unpublished = published.filter((f) => f.state === 'failed');
      const publishNotes = [
        ...unpublished.map((u) => FORM_PUBLISH.notPublished(u.title, u.form.getEditUrl())),
        ...published.filter((f) => f.state === 'closed').map((f) => FORM_PUBLISH.closed(f.title, f.form.getEditUrl())),
      ];
      // Questions kept as they are (a type changed by hand) or kept for their answers: the office is told, and it is logged.
      const formNotes = [...publishNotes, ...regSync.notes, ...repSync.notes];
      logError(ss, 'setup', formNotes);
      ensureTriggers(ss, [
        { handler: 'onFormSubmit', kind: 'formSubmit' },
        { handler: 'rebuildSummaries', kind: 'daily', hour: REBUILD_HOUR },
        ...mailTriggers(inputs.config),
      ]);
      // A period ended from the menu ("Kết thúc giai đoạn…") is reopened, its triggers made above: the forms it closed
      // take responses again, those the office had closed stay closed; said in the alert.
      const reopened = reopenPeriod({ registrationForm: reg.form, reportForm: rep.form }, inputs.config.schoolViews.enabled);
      ensureTemplates(ss, inputs.config);
      ensureCouncilTab(ss, officeProfile(inputs.config.organisation).chairTitle);
      // A form made again because the old one is really gone: the office must send the new link.
      const recreated = [
        ...(reg.created && hadForms[0] ? [RECREATED.form(output.registrationForm.title)] : []),
        ...(rep.created && hadForms[1] ? [RECREATED.form(output.reportForm.title)] : []),
      ];
      // A form found in the trash and put back: said, the office may have meant something else.
      if (reg.untrashed) recreated.push(RECREATED.formUntrashed(output.registrationForm.title));
      if (rep.untrashed) recreated.push(RECREATED.formUntrashed(output.reportForm.title));
      logError(ss, 'setup', recreated);
      const regUrl = reg.form.getPublishedUrl();
      const repUrl = rep.form.getPublishedUrl();
      const warning = notReady(inputs.config, inputs.configErrors);
      writeGuide(ss, regUrl, repUrl, officeWord(inputs.config.organisation), minimumParts(output), warning === '');
      // Broken inputs (a renamed question, say) are shown in the alert below; the results wait until they are fixed.
      if (output.blocking.length === 0) writeResults(ss, output);
      removeBlankStarterTab(ss);
      arrangeTabs(ss, TAB_ORDER);
      ss.setActiveSheet(ss.getSheetByName(TAB.guide)!);
      // E-mails stopped because the record of them is shorter than it was (the whole file restored): the person decides,
      // last, once everything else is done (the question waits for an answer).
      const mail = offerToResumeMail(ss, [confirmationPlan(output, inputs.config)]);
      const records = offerToResumeRecords(ss);
      const fixed = todayFixedNote(inputs.config, new Date());
      // A "Ngày kiểm tra" outside the period or in a school year over heads the alert (review now N7); one in use is a note.
      const staleToday = fixed !== null && todayFixedStale(inputs.config, new Date()) !== null;
      // A plan dated before its period could have one: the Tờ trình and Quyết định would cite it (review now N1).
      const plan = planDateNote(inputs.config);
      const passed = deadlinesPassedUnsent(output, inputs.config).map((p) => ({ label: p.label, deadline: formatDate(p.deadline), setting: configLabel(periodDeadlineSetting(p.kind)) }));
      const filled = [...(passed.length ? [CONFIG_DEADLINES_PASSED(passed)] : []), ...(completed.filled.length ? [CONFIG_MILESTONES_FILLED(completed.filled)] : []), ...(completed.restored.length ? [CONFIG_ROWS_RESTORED(completed.restored)] : []), ...(completed.refilled.length ? [CONFIG_CELLS_RESTORED(completed.refilled)] : []), ...(completed.retyped.length ? [CONFIG_TYPED_AS_TEXT(completed.retyped)] : [])];
      // Schools listed, the office itself not: the form leaves its own staff's role out (review r78f F2).
      const officeRow = officeListed(output.directory.schools) ? [] : [OFFICE_ROW_MISSING];
      // An account that took the tool over is told whom the weekly digest goes to (review r79h F4).
      const handover = other ? [HANDOVER_MAIL_NOTE(inputs.config.mail.digestRecipients)] : [];
      const notes = [...handover, ...(reopened ? [reopened] : []), ...zoneNotes, ...recreated, ...formNotes, ...filled, ...officeRow, ...(mail ? [mail] : []), ...(records ? [records] : []), ...(fixed && !staleToday ? [fixed] : []), ...(plan ? [plan] : [])];
      tellUser((staleToday ? fixed + '\n\n' : '') + warning + ALERT.setupDone(regUrl, repUrl, warning === '') + (notes.length ? '\n\n' + notes.join('\n') : '') + problems);
      const health = recordProblems(ss, errors, output.notes, summaryOf(output));
      if (unpublished.length === 0) return { result: undefined, ...health };
      return { result: undefined, detail: `${FORM_PUBLISH.health(unpublished.map((u) => u.title))} ${health.detail}`, problems: health.problems + unpublished.length };
    });
  });
}

/** Tabs no office names so before it has the tool: its records (hidden) and journals. */
const TOOL_ONLY: readonly string[] = [LEDGER_TAB, TAB.mailRecord, TAB.records, TAB.versions, TAB.history, TAB.lookup];

/**
 * The tabs a run of the tool writes by their names (not the office's tabs it reads: "Cấu hình", "Đơn vị", "Tiêu chí").
 * The response tabs too: the forms' links make them under these names.
 */
const TOOL_WRITES: readonly string[] = [...Object.values(TAB).filter((n) => n !== TAB.config && n !== TAB.directory && n !== TAB.criteria), LEDGER_TAB, COUNCIL_TAB, PROPOSAL_TAB];

/**
 * At the first Thiết lập in a file the tool was never set up in (no form of its own, none of its own tabs): each tab of
 * the file under a name the tool writes ("Tổng hợp", "Hướng dẫn", "Thẩm định"…) that holds anything is the office's —
 * an emulation file already in use, as the README allows (review r74d F1) — and is renamed "<name> (của cơ quan)", kept
 * whole, so that no run writes over it; the names of its other tabs are kept (officeTabNames) for the school and group
 * tabs to avoid (a tab "Trường Tiểu học Hòa Bình" of the office's: review d74 F2). Done once (officeTabsSetAside):
 * later runs' tabs of those names are the tool's. What was renamed, as the alert and "Nhật ký lỗi" say it.
 */
function setAsideOfficeTabs(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  if (getState('officeTabsSetAside') || getState('registrationForm') || getState('reportForm')) return [];
  const sheets = ss.getSheets();
  const names = new Set(sheets.map((s) => s.getName()));
  const byName = new Map(sheets.map((s) => [s.getName().toLowerCase(), s]));
  // A tab only the tool makes: the file was the tool's (a copy for a new period, its state forgotten) — its tabs are the
  // tool's, whatever the office deleted of them.
  if (TOOL_ONLY.some((n) => byName.has(n.toLowerCase()))) {
    setState({ officeTabsSetAside: '1' });
    return [];
  }
  const renamed: [string, string][] = [];
  // The file's other tabs ("Trường Tiểu học Hòa Bình", "Bảng lương"…): the school and group tabs avoid their names.
  const input = new Set([TAB.config, TAB.directory, TAB.criteria, ...TOOL_WRITES].map((n) => n.toLowerCase()));
  const others = sheets.map((s) => s.getName()).filter((n) => !input.has(n.toLowerCase()));
  const json = JSON.stringify(others);
  if (others.length > 0 && utf8Length(json) <= RECORD_MAX_BYTES) setState({ officeTabNames: json });
  for (const name of TOOL_WRITES) {
    const sheet = byName.get(name.toLowerCase());
    if (!sheet || sheet.getLastRow() === 0) continue;
    let n = 1;
    while (names.has(OFFICE_TAB_ASIDE_NAME(name, n))) n++;
    const now = OFFICE_TAB_ASIDE_NAME(name, n);
    sheet.setName(now);
    names.add(now);
    renamed.push([name, now]);
  }
  setState({ officeTabsSetAside: '1' });
  if (renamed.length) forgetTabs();
  return renamed.length ? [OFFICE_TABS_SET_ASIDE(renamed)] : [];
}

/**
 * The Thiết lập after the one that found this file a copy (src/jobs/run.ts checkHome): once the copied response tabs are
 * deleted (a new period's file, as COPIED_FILE.forgotten asks), the register keeps only the codes (scrubCopiedRegister);
 * a copy that kept them goes on with them (the same period's file) and its register is left whole. Asked once.
 */
function scrubCopy(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  if (!getState('copiedRegister')) return [];
  clearState('copiedRegister');
  if (tabNamed(ss, TAB.registrations) || tabNamed(ss, TAB.reports)) return [];
  return scrubCopiedRegister(ss) ? [COPIED_REGISTER_SCRUBBED] : [];
}

/**
 * The file holds what Forms or the tool wrote with a time: a row below the header of a response tab or of the register
 * of codes (found by the ids setup stored, or by name: a copy of the file has forgotten its state, not its tabs —
 * review diff36 M1). Its zone is then left as it is (src/gas/time-zone.ts).
 */
function holdsSubmissions(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  const tabs = [registrationTab(ss), reportTab(ss), tabNamed(ss, LEDGER_TAB)];
  return tabs.some((t) => t !== null && t.getLastRow() > 1);
}

/**
 * Setup made its triggers before (their schedules are recorded) but this account sees none of them: they are another
 * account's, the one that installed the tool (ScriptApp.getProjectTriggers lists the current user's only) — or every
 * one was deleted by hand, when the person answers "Có" and they are made again.
 */
function installedByAnotherAccount(): 'triggers' | 'first' | null {
  const owner = ownerHere();
  if (owner === false) return 'triggers';
  // No trigger says yet (the first Thiết lập stopped at an empty "Đơn vị"): the mark of the account that ran it first.
  const mark = owner === null ? getState('installer') : null;
  return mark && installerMark() !== mark ? 'first' : null;
}

/** This account as the one that holds the tool: a new mark, in the script's state and in this account's properties. */
function markInstaller(): void {
  const mark = `${Date.now()}.${Math.floor(Math.random() * 1e9).toString(36)}`;
  setInstallerMark(mark);
  setState({ installer: mark });
}

/**
 * What this account cannot open of what the tool made, as it takes the tool over from the account that installed it:
 * each form, the templates (none of them: one deleted by hand is made again), the schools' views (any of a few).
 */
function unreachableForHandover(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  const opens = (id: string | null) => !id || opensFile(id);
  const templates = recordedTemplateIds();
  return [
    ...(opens(getState('registrationForm')) ? [] : [OTHER_ACCOUNT.registrationForm]),
    ...(opens(getState('reportForm')) ? [] : [OTHER_ACCOUNT.reportForm]),
    ...(templates.length === 0 || templates.some(opens) ? [] : [OTHER_ACCOUNT.templates]),
    ...(viewsOutOfReach(ss) ? [OTHER_ACCOUNT.views(VIEW_FOLDER_NAME)] : []),
  ];
}

/**
 * The data problems beyond the alert, as the rebuild keeps them: each in "Nhật ký lỗi" (once while it lasts), their
 * count on the run's line of "Tình trạng" ("Xong, có vấn đề dữ liệu"). Notes are information, not problems.
 */
function recordProblems(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, errors: readonly string[], notes: readonly string[], detail: string): { detail: string; problems: number } {
  logProblems(ss, 'setup', errors);
  const toFix = errors.filter((e) => !notes.includes(e)).length;
  return { detail: detail + (toFix ? ` ${healthProblems(toFix)}` : ''), problems: toFix };
}

/** The warning that opens the alert while "Cấu hình" is not fit to publish (its problems, the kind's generic name); "" when it is. */
function notReady(config: OfficeConfig, configErrors: readonly string[]): string {
  const org = config.organisation;
  if (configErrors.length) return CONFIG_NOT_READY.problems + '\n\n';
  return matchKey(org.name) === matchKey(officeProfile(org).name) ? CONFIG_NOT_READY.genericName(org.name) + '\n\n' : '';
}

/** The data problems for the alert; notes (information, nothing to fix) follow them apart, not as problems. */
function problemsText(errors: readonly string[], notes: readonly string[]): string {
  const fix = errors.filter((e) => !notes.includes(e));
  return (fix.length ? '\n\n' + DATA_PROBLEMS(fix) : '') + (notes.length ? '\n\n' + notes.join('\n') : '');
}

function writeGuide(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, regUrl: string, repUrl: string, office: string, parts: MinimumParts, ready = true): void {
  const rows = GUIDE_LINES(regUrl, repUrl, office, parts, ready).map((line) => [line]);
  writeTable(ensureSheet(ss, TAB.guide).sheet, GUIDE_HEADER, rows, { frozenRows: 1, widths: [900], wrap: true });
}
