// The award-proposal documents, locally: mark nominees in the "Thẩm định" tab as a council member would, and write
// every Google Doc of the emulated Drive (templates and generated documents) as .docx, one folder per Drive folder.
// `npm start` calls markNominees(), then the bundle's generateProposals, then exportDocuments(emu, 'out/van-ban').
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Emulator } from '../emulator/index';
import { configFromRows } from '../src/core/config';
import { evaluateAll } from '../src/core/evaluate';
import { TAB } from '../src/core/messages';
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
 * The "Thẩm định" tab as the office's rebuild makes it (mergeReview of the current registrations), created when it
 * does not exist yet. Evaluates Node-side from the tabs as they are.
 */
export function ensureReviewTab(emu: Emulator): void {
  if (emu.spreadsheets.sheet(REVIEW_TAB)) return;
  const now = emu.clock.date();
  const cfg = configFromRows(emu.spreadsheets.values(TAB.config), now).config;
  const responses = emu.spreadsheets.sheet(TAB.registrations) ? emu.spreadsheets.values(TAB.registrations) : [];
  const output = evaluateAll({
    config: cfg,
    directoryRows: emu.spreadsheets.values(TAB.directory),
    criteriaRows: emu.spreadsheets.sheet(TAB.criteria) ? emu.spreadsheets.values(TAB.criteria) : undefined,
    responseValues: responses,
    responseTab: TAB.registrations,
  });
  const merged = mergeReview([], output.registrations);
  emu.runtime.execute(() => emu.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet(REVIEW_TAB), { kind: 'node', label: 'user typing' });
  typeIntoTab(emu, REVIEW_TAB, [merged.header, ...merged.rows]);
}

/**
 * Types "Đề nghị khen" into the council's decision column for the `count` Đạt registrations with the highest
 * priority score (ties: tab order), as a council member would. Returns their ids.
 */
export function markNominees(emu: Emulator, count: number): string[] {
  ensureReviewTab(emu);
  const values = emu.spreadsheets.values(REVIEW_TAB);
  const header = (values[0] ?? []).map(String);
  const col = (h: string) => {
    const i = header.indexOf(h);
    if (i < 0) throw new Error(`no column "${h}" in ${REVIEW_TAB}`);
    return i;
  };
  const id = col(REVIEW_HEADERS.id);
  const verdict = col(REVIEW_HEADERS.verdict);
  const score = col(REVIEW_HEADERS.score);
  const decision = col(REVIEW_HEADERS.decision);
  const candidates = values
    .map((r, i) => ({ row: i + 1, id: String(r[id] ?? ''), verdict: String(r[verdict] ?? ''), score: Number(r[score]) || 0 }))
    .slice(1)
    .filter((r) => r.id !== '' && r.verdict === 'Đạt')
    .sort((a, b) => b.score - a.score || a.row - b.row)
    .slice(0, count);
  emu.runtime.execute(
    () => {
      const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(REVIEW_TAB)!;
      for (const c of candidates) sheet.getRange(c.row, decision + 1).setValue(REVIEW_DECISIONS.propose);
    },
    { kind: 'node', label: 'user typing' },
  );
  return candidates.map((c) => c.id);
}
