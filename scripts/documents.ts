// The award-proposal documents, locally: mark nominees in the "Thẩm định" tab as a council member would, and write
// every Google Doc of the emulated Drive (templates and generated documents) as .docx, one folder per Drive folder.
// `npm start` calls markNominees(), officeSetsTableProperties(), then the bundle's generateProposals, then
// exportDocuments(emu, 'out/van-ban').
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Emulator } from '../emulator/index';
import { configFromRows } from '../src/core/config';
import { evaluateAll } from '../src/core/evaluate';
import { TAB } from '../src/core/messages';
import { TEMPLATE_KEYS, templateBlocks } from '../src/core/proposals';
import { REVIEW_DECISIONS, REVIEW_HEADERS, REVIEW_TAB, mergeReview } from '../src/core/review';
import { typeIntoTab } from './user';

const fileSafe = (s: string) => s.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').replace(/\s+/g, ' ').trim().slice(0, 150) || 'Untitled';

/**
 * Writes every document that is not in the trash as `<dir>/<its folder>/<its name>.docx` (render them with
 * `soffice --headless --convert-to pdf`). Returns the paths written.
 */
export async function exportDocuments(emu: Emulator, dir: string): Promise<string[]> {
  const out: string[] = [];
  const used = new Set<string>();
  for (const d of emu.docs.list()) {
    if (d.trashed) continue;
    const folderPath = d.folders[0] ?? '';
    const folder = fileSafe(folderPath.split('/').pop() || 'My Drive');
    const sub = join(dir, folder);
    mkdirSync(sub, { recursive: true });
    const base = fileSafe(d.name);
    let name = base;
    for (let i = 2; used.has(join(sub, name).toLowerCase()); i++) name = `${base} (${i})`;
    used.add(join(sub, name).toLowerCase());
    out.push(await emu.docs.exportDocx(d.id, join(sub, `${name}.docx`)));
  }
  return out;
}

/**
 * What the office does once to its templates in Google Docs, because no script can (DocumentApp has no API for it,
 * docs/award-documents.md): Table properties → Rows — pin the header row of each list table, and keep every row of
 * the list and signature tables on one page. Every document copied from a template keeps it. Returns the tables set.
 */
export function officeSetsTableProperties(emu: Emulator): number {
  let n = 0;
  for (const key of TEMPLATE_KEYS) {
    const id = emu.properties.script.get(`proposals.template.${key}`);
    if (!id || !emu.docs.byId(id)) continue;
    templateBlocks(key)
      .filter((b) => b.t === 'table')
      .forEach((b, i) => {
        if (b.t !== 'table' || (!b.header && !b.signature)) return;
        emu.docs.setTablePropertiesInUi(id, i, { pinnedHeaderRows: b.header ? 1 : 0, rowsMayOverflow: false });
        n++;
      });
  }
  return n;
}

/** The office's evaluation, Node-side, from the tabs as they are now. */
function evaluateTabs(emu: Emulator) {
  const cfg = configFromRows(emu.spreadsheets.values(TAB.config), emu.clock.date()).config;
  return evaluateAll({
    config: cfg,
    directoryRows: emu.spreadsheets.values(TAB.directory),
    criteriaRows: emu.spreadsheets.sheet(TAB.criteria) ? emu.spreadsheets.values(TAB.criteria) : undefined,
    responseValues: emu.spreadsheets.sheet(TAB.registrations) ? emu.spreadsheets.values(TAB.registrations) : [],
    responseTab: TAB.registrations,
  });
}

/** The "Thẩm định" tab as the office's rebuild makes it (mergeReview), created when it does not exist yet. */
export function ensureReviewTab(emu: Emulator): void {
  if (emu.spreadsheets.sheet(REVIEW_TAB)) return;
  const merged = mergeReview([], evaluateTabs(emu).registrations);
  emu.runtime.execute(() => emu.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet(REVIEW_TAB), { kind: 'node', label: 'user typing' });
  typeIntoTab(emu, REVIEW_TAB, [merged.header, ...merged.rows]);
}

/**
 * Types "Đề nghị khen" into the council's decision column for the `count` registrations in force (Đạt, not
 * replaced by a later one) with the highest priority score, as a council member would. Returns their ids.
 */
export function markNominees(emu: Emulator, count: number): string[] {
  ensureReviewTab(emu);
  const chosen = evaluateTabs(emu)
    .registrations.filter((r) => r.verdict === 'dat' && !r.flags.supersededBy)
    .sort((a, b) => b.score.total - a.score.total || a.row - b.row)
    .slice(0, count)
    .map((r) => r.id);
  const values = emu.spreadsheets.values(REVIEW_TAB);
  const header = (values[0] ?? []).map(String);
  const id = header.indexOf(REVIEW_HEADERS.id);
  const decision = header.indexOf(REVIEW_HEADERS.decision);
  if (id < 0 || decision < 0) throw new Error(`${REVIEW_TAB}: no "${REVIEW_HEADERS.id}" or "${REVIEW_HEADERS.decision}" column`);
  const rows = chosen.map((c) => values.findIndex((r) => r[id] === c) + 1).filter((row) => row > 1);
  emu.runtime.execute(
    () => {
      const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(REVIEW_TAB)!;
      for (const row of rows) sheet.getRange(row, decision + 1).setValue(REVIEW_DECISIONS.propose);
    },
    { kind: 'node', label: 'user typing' },
  );
  return chosen;
}
