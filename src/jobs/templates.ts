// The award-proposal templates: a Drive folder of the office ("Điển hình tiên tiến — Mẫu văn bản") holding four
// editable Google Docs with {{placeholders}}, laid out per Nghị định 30/2020/NĐ-CP. Made once: their ids live in
// script properties, and one is made again only when it was deleted or put in the trash. The office may edit
// them freely; the generator fills whatever known placeholders they hold and reports the others.
import type { OfficeConfig } from '../core/config';
import { PROPOSAL_TEMPLATE_FOLDER } from '../core/messages';
import { BODY_SIZE, TEMPLATE_KEYS, TEMPLATE_NAMES, templateBlocks, templatePage, type TemplateKey } from '../core/proposals';
import { liveFile, liveFolder, renderBlocks } from '../gas/docs';
import { creatingDocument, isCreateRefused } from '../gas/errors';
import { getState, setState, type StateKey } from '../gas/properties';

export const TEMPLATE_STATE: Record<TemplateKey, StateKey> = {
  toTrinh: 'proposalTemplateToTrinh',
  danhSach: 'proposalTemplateDanhSach',
  baoCaoTapThe: 'proposalTemplateBaoCaoTapThe',
  baoCaoCaNhan: 'proposalTemplateBaoCaoCaNhan',
};

export interface Templates {
  folder: GoogleAppsScript.Drive.Folder;
  /** Template id by key; a key is absent when the daily document quota stopped its creation. */
  ids: Partial<Record<TemplateKey, string>>;
  created: TemplateKey[];
  /** True when the daily "docs create" quota ran out before every template existed. */
  quotaHit: boolean;
}

/** The folder of the templates (and of the dated folders of generated documents), made once. */
export function templatesFolder(): GoogleAppsScript.Drive.Folder {
  const existing = liveFolder(getState('proposalTemplatesFolder'));
  if (existing) return existing;
  const folder = DriveApp.createFolder(PROPOSAL_TEMPLATE_FOLDER);
  setState({ proposalTemplatesFolder: folder.getId() });
  return folder;
}

function createTemplate(key: TemplateKey, folder: GoogleAppsScript.Drive.Folder): string {
  const doc = creatingDocument(() => DocumentApp.create(TEMPLATE_NAMES[key]));
  const id = doc.getId();
  renderBlocks(doc, templateBlocks(key), BODY_SIZE, templatePage(key));
  doc.saveAndClose();
  DriveApp.getFileById(id).moveTo(folder);
  return id;
}

/**
 * Makes sure the template folder and the four template Docs exist (setup calls it; so does the generator).
 * Idempotent; the caller holds the script lock. `_config` is taken for the setup wiring's signature: the
 * templates themselves hold only placeholders, filled from the configuration when documents are made.
 */
export function ensureTemplates(_ss: GoogleAppsScript.Spreadsheet.Spreadsheet | null, _config?: OfficeConfig): Templates {
  const folderBefore = getState('proposalTemplatesFolder');
  const folder = templatesFolder();
  const moved = folder.getId() !== folderBefore;
  const ids: Partial<Record<TemplateKey, string>> = {};
  const created: TemplateKey[] = [];
  let quotaHit = false;
  for (const key of TEMPLATE_KEYS) {
    const file = liveFile(getState(TEMPLATE_STATE[key]));
    if (file) {
      // The folder was deleted and made again: bring the surviving templates into the new one.
      if (moved) file.moveTo(folder);
      ids[key] = file.getId();
      continue;
    }
    if (quotaHit) continue;
    try {
      const id = createTemplate(key, folder);
      setState({ [TEMPLATE_STATE[key]]: id });
      ids[key] = id;
      created.push(key);
    } catch (err) {
      if (!isCreateRefused(err)) throw err;
      quotaHit = true;
    }
  }
  return { folder, ids, created, quotaHit };
}

/** The template ids as stored, without creating anything (the dry run). */
export function storedTemplates(): Partial<Record<TemplateKey, string>> {
  const out: Partial<Record<TemplateKey, string>> = {};
  for (const key of TEMPLATE_KEYS) {
    const f = liveFile(getState(TEMPLATE_STATE[key]));
    if (f) out[key] = f.getId();
  }
  return out;
}
