// The office's daily view, rebuilt in batch: "Thẩm định" (the council's decisions survive every rebuild), one tab
// per school (or per commune/cluster above the configured number of schools, with a lookup tab), and "Tổng hợp"
// with its chart. Everything is computed before anything is written; each tab is one setValues.
import type { OfficeConfig } from '../core/config';
import type { EvaluateOutput } from '../core/evaluate';
import { PROTECTION_DESCRIPTION, REVIEW_ERROR_NOT_WRITTEN, TAB } from '../core/messages';
import { enqueue } from '../core/outbox';
import { mergeReview, pendingRequests, REVIEW_TAB, type DecisionSnapshot, type ReviewTab } from '../core/review';
import { GENERATED_NOTICE_ROWS, districtSummary, isGeneratedTab, lookupTab, reservedTabNames, schoolTabs, type SchoolTab, type SheetTab } from '../core/summaries';
import { logError } from '../gas/health';
import { getState, setState } from '../gas/properties';
import { arrangeTabs, ensureSheet, readValues, writeTable } from '../gas/sheets';
import type { MailPlan } from './mailing';
import { TAB_ORDER } from './tab-order';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Reads and merges the review tab (the office's decisions) with the registrations; writes it unless unsafe. */
export function updateReview(ss: Spreadsheet, output: EvaluateOutput, recorded: ReadonlyMap<string, DecisionSnapshot>): ReviewTab {
  const sheet = ensureSheet(ss, REVIEW_TAB).sheet;
  const merged = mergeReview(readValues(sheet), output.registrations, recorded);
  if (merged.error) {
    logError(ss, 'rebuildSummaries', REVIEW_ERROR_NOT_WRITTEN(merged.error));
    return merged;
  }
  // The office's own tab: never trimmed, never protected; the decision column gets its dropdown.
  writeTable(sheet, merged.header, merged.rows, { frozenRows: merged.frozenRows, keepGrid: true, widths: REVIEW_WIDTHS, wrap: true });
  if (merged.rows.length > 0) {
    const rule = SpreadsheetApp.newDataValidation().requireValueInList([...merged.decisions], true).setAllowInvalid(true).build();
    // The whole column below the header, the same range at every rebuild: one rule, not one more per new row.
    sheet.getRange(2, merged.decisionColumn + 1, Math.max(merged.rows.length, sheet.getMaxRows() - 1), 1).setDataValidation(rule);
    // The award level (issue 15): its own dropdown, the same way.
    const levels = SpreadsheetApp.newDataValidation().requireValueInList([...merged.levels], true).setAllowInvalid(true).build();
    sheet.getRange(2, merged.levelColumn + 1, Math.max(merged.rows.length, sheet.getMaxRows() - 1), 1).setDataValidation(levels);
  }
  return merged;
}

/** Mã, đơn vị, đối tượng, tên, kết luận, điểm, quyết định, nhận xét, người thẩm định, ghi chú. */
const REVIEW_WIDTHS = [90, 220, 70, 200, 100, 60, 150, 300, 160, 320];

/**
 * "Yêu cầu bổ sung" decisions e-mail the school what to add, once per decision and comment, with the registration's
 * own edit link (`editUrl`, by code: looked up only for an e-mail actually sent).
 */
export function supplementPlan(merged: ReviewTab, output: EvaluateOutput, config: OfficeConfig, editUrl: (code: string) => string | null): MailPlan {
  const requests = pendingRequests(merged, output.registrations, config.organisation);
  const byKey = new Map(requests.map((r) => [r.key, r]));
  return {
    plan: (entries) =>
      enqueue(
        entries,
        requests.map((r) => ({ key: r.key, kind: 'supplementRequest' as const, ref: r.registrationId, to: r.email.to, subject: r.email.subject })),
        new Date(),
      ),
    compose: {
      supplementRequest: (e) => {
        const r = byKey.get(e.key);
        return r ? r.withLink(editUrl(r.registrationId)) : null;
      },
    },
  };
}

/** Writes one generated tab: its rectangle, frozen rows, widths, bold headings; protected with a warning. */
function writeGenerated(ss: Spreadsheet, tab: SheetTab, layout: { wrapFromRow?: number; boldRows?: number[]; wrapRows?: number[] }): void {
  const sheet = ensureSheet(ss, tab.name).sheet;
  writeTable(sheet, tab.header, tab.rows, {
    frozenRows: tab.frozenRows,
    widths: tab.widths,
    wrap: layout.wrapFromRow !== undefined,
    wrapFromRow: layout.wrapFromRow,
    boldRows: layout.boldRows,
    wrapRows: layout.wrapRows,
    protectWithWarning: PROTECTION_DESCRIPTION,
    minRows: tab.gridRows,
    titleRow: true,
    centred: tab.centred,
  });
}

/** A school or group tab: its title block overflows freely; the registrations table wraps; table headers bold. */
function writeSchoolOrGroup(ss: Spreadsheet, tab: SchoolTab): void {
  const headers = [tab.tableHeaderRow + 1, ...(tab.dutiesHeaderRow !== undefined ? [tab.dutiesHeaderRow + 1] : [])];
  writeGenerated(ss, tab, { wrapFromRow: tab.tableHeaderRow + 2, boldRows: headers });
}

/** The per-school (or per-group) tabs, the district summary with its chart, and the lookup tab when grouped. */
export function writeSummaries(ss: Spreadsheet, output: EvaluateOutput, config: OfficeConfig): void {
  const reserved = ss.getSheets().map((s) => s.getName()).filter((n) => n === TAB.registrations || n === TAB.reports);
  const schools = schoolTabs(output, config, { reservedNames: reserved });
  const summary = districtSummary(output, config);
  const lookupSheet = ss.getSheetByName(TAB.lookup);
  const selected = lookupSheet ? String(lookupSheet.getRange(1, 2).getValue()) : undefined;
  const lookup = schools.mode === 'grouped' ? lookupTab(output, config, { selected, summary }) : null;

  const blocks = Object.values(summary.blocks);
  writeGenerated(ss, summary, {
    boldRows: blocks.flatMap((b) => [b.titleRow, b.headerRow, ...(b.totalRow ? [b.totalRow] : [])]),
    wrapRows: blocks.map((b) => b.headerRow),
  });
  drawChart(ss, summary);
  for (const tab of schools.tabs) writeSchoolOrGroup(ss, tab);
  if (lookup) writeLookup(ss, lookup);
  removeStaleTabs(ss, [...schools.tabs.map((t) => t.name), ...(lookup ? [lookup.name] : [])]);
  arrangeTabs(ss, TAB_ORDER);
}

/** Rewrites only the tab holding one school (after a submission: cheap, and the principal sees it at once). */
export function writeSchoolTab(ss: Spreadsheet, output: EvaluateOutput, config: OfficeConfig, schoolCode: string): void {
  const reserved = ss.getSheets().map((s) => s.getName()).filter((n) => n === TAB.registrations || n === TAB.reports);
  const tab: SchoolTab | undefined = schoolTabs(output, config, { reservedNames: reserved }).tabs.find((t) => t.schoolCodes.indexOf(schoolCode) >= 0);
  if (tab && ss.getSheetByName(tab.name)) writeSchoolOrGroup(ss, tab);
}

function drawChart(ss: Spreadsheet, summary: ReturnType<typeof districtSummary>): void {
  const sheet = ss.getSheetByName(summary.name)!;
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  const spec = summary.chart;
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.COLUMN)
    .addRange(sheet.getRange(spec.range))
    .setNumHeaders(spec.headerRows)
    .setOption('title', spec.title)
    .setOption('isStacked', true)
    .setPosition(spec.anchorRow, spec.anchorColumn, 0, 0)
    .build();
  sheet.insertChart(chart);
}

function writeLookup(ss: Spreadsheet, lookup: ReturnType<typeof lookupTab>): void {
  const { sheet } = ensureSheet(ss, lookup.name);
  writeTable(sheet, lookup.header, lookup.rows, { frozenRows: lookup.frozenRows, widths: lookup.widths, minRows: lookup.gridRows, titleRow: true });
  for (const f of lookup.formulas) sheet.getRange(f.row, f.column).setFormula(f.formula);
  const choices = sheet.getRange(lookup.selector.choicesRange.split('!')[1]);
  const rule = SpreadsheetApp.newDataValidation().requireValueInRange(choices, true).setAllowInvalid(false).build();
  sheet.getRange(lookup.selector.row, lookup.selector.column).setDataValidation(rule);
}

/**
 * Deletes the school or group tabs an earlier rebuild made that this one no longer makes: those the tool recorded
 * (script property), and, when it holds no record (a workbook brought back from .xlsx, or a list too long to
 * keep), any other tab carrying the generated-tab notice in its first rows — recognised by that marker, not by
 * its name (an .xlsx download may have cut it).
 */
function removeStaleTabs(ss: Spreadsheet, current: string[]): void {
  const recorded = getState('generatedTabs');
  const before: string[] = JSON.parse(recorded || '[]');
  const keep = new Set(current);
  const office = new Set(reservedTabNames([TAB.registrations, TAB.reports]));
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    if (keep.has(name) || office.has(name)) continue;
    if (before.indexOf(name) >= 0 || (before.length === 0 && carriesNotice(sheet))) ss.deleteSheet(sheet);
  }
  // A property holds 9 KB: past that (hundreds of per-school tabs) the record is empty and the marker decides.
  const json = JSON.stringify(current);
  setState({ generatedTabs: json.length <= 8_000 ? json : '[]' });
}

/** Reads the first column of a tab's first rows (one call) for the generated-tab notice. */
function carriesNotice(sheet: GoogleAppsScript.Spreadsheet.Sheet): boolean {
  const rows = Math.min(GENERATED_NOTICE_ROWS, sheet.getMaxRows());
  if (rows < 1) return false;
  return isGeneratedTab(sheet.getRange(1, 1, rows, 1).getValues().map((r) => r[0]));
}
