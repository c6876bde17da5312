// The award-proposal templates: a Drive folder of the office ("Điển hình tiên tiến — Mẫu văn bản") holding eight
// editable Google Docs with {{placeholders}}, laid out per Nghị định 30/2020/NĐ-CP. Made once: their ids live in
// script properties, and one is made again only when Drive confirms it was deleted or put in the trash (a transient
// Drive error stops the run instead: gas/presence.ts). The office may edit them freely; the generator fills whatever
// known placeholders they hold and reports the others.
import type { OfficeConfig } from '../core/config';
import { PROPOSAL_TEMPLATE_FOLDER, RECREATED, TEMPLATE_ROWS_NOT_SET } from '../core/messages';
import { logError } from '../gas/health';
import { BODY_SIZE, TEMPLATE_KEYS, TEMPLATE_NAMES, templateBlocks, templatePage, type TemplateKey } from '../core/proposals';
import { keepTableRows, liveFile, liveFolder, renderBlocks, trashUnrecorded } from '../gas/docs';
import { creatingDocument, isCreateRefused, type CreateRefused } from '../gas/errors';
import { getState, setState, type StateKey } from '../gas/properties';

export const TEMPLATE_STATE: Record<TemplateKey, StateKey> = {
  toTrinh: 'proposalTemplateToTrinh',
  danhSach: 'proposalTemplateDanhSach',
  baoCaoTapThe: 'proposalTemplateBaoCaoTapThe',
  baoCaoCaNhan: 'proposalTemplateBaoCaoCaNhan',
  baoCaoTapTheNhiemVu: 'proposalTemplateBaoCaoTapTheNhiemVu',
  baoCaoCaNhanNhiemVu: 'proposalTemplateBaoCaoCaNhanNhiemVu',
  bienBan: 'proposalTemplateBienBan',
  quyetDinh: 'proposalTemplateQuyetDinh',
};

export interface Templates {
  folder: GoogleAppsScript.Drive.Folder;
  /** Template id by key; a key is absent when a refused creation stopped its creation (`refused`). */
  ids: Partial<Record<TemplateKey, string>>;
  created: TemplateKey[];
  /**
   * The refusal that stopped creating templates (the rest waits for a later run), judged by the tool's count of the
   * documents it made (`quota`: the daily quota; else a passing failure); null when none was refused.
   */
  refused: CreateRefused | null;
}

/** The folder of the templates (and of the dated folders of generated documents), made once. */
export function templatesFolder(): GoogleAppsScript.Drive.Folder {
  const existing = liveFolder(getState('proposalTemplatesFolder'), PROPOSAL_TEMPLATE_FOLDER);
  if (existing) return existing;
  const folder = DriveApp.createFolder(PROPOSAL_TEMPLATE_FOLDER);
  setState({ proposalTemplatesFolder: folder.getId() });
  return folder;
}

/**
 * Makes a template. A run that died while making one left a copy under the template's name that no key records: it goes
 * to the trash first (the name is the record of the intent), so there is never a second template. Looked for only where
 * this file's tool put it: its own template folder and, when this file's state says a creation was under way, My
 * Drive's root (where DocumentApp.create puts a Doc until it is moved), made since. Never the whole Drive: the templates
 * of the file this one was copied from ("Tạo bản sao"), or the office's own Doc of that name, are never touched.
 */
function createTemplate(key: TemplateKey, folder: GoogleAppsScript.Drive.Folder, recorded: Set<string>): string {
  const name = TEMPLATE_NAMES[key];
  const keep = (id: string) => recorded.has(id);
  trashUnrecorded(folder, name, keep);
  const pending = /^(\w+)@(\d+)$/.exec(getState('proposalTemplatePending') ?? '');
  if (pending && pending[1] === key) {
    const since = Number(pending[2]) - 60_000;
    const it = DriveApp.getRootFolder().getFilesByName(name);
    while (it.hasNext()) {
      const f = it.next();
      if (!keep(f.getId()) && !f.isTrashed() && f.getDateCreated().getTime() >= since) f.setTrashed(true);
    }
  }
  setState({ proposalTemplatePending: `${key}@${Date.now()}` });
  const doc = creatingDocument(() => DocumentApp.create(name));
  const id = doc.getId();
  DriveApp.getFileById(id).moveTo(folder);
  renderBlocks(doc, templateBlocks(key), BODY_SIZE, templatePage(key));
  doc.saveAndClose();
  return id;
}

/** The ids of the templates recorded (those made so far). */
export function recordedTemplateIds(): string[] {
  return TEMPLATE_KEYS.map((k) => getState(TEMPLATE_STATE[k])).filter((id): id is string => !!id);
}

/**
 * Makes sure the template folder and the template Docs exist (setup calls it; so does the generator).
 * Idempotent; the caller holds the script lock. `_config` is taken for the setup wiring's signature: the
 * templates themselves hold only placeholders, filled from the configuration when documents are made. A template
 * made again because the old one is gone is reported in "Nhật ký lỗi" (as `job`).
 */
export function ensureTemplates(ss: GoogleAppsScript.Spreadsheet.Spreadsheet | null, _config?: OfficeConfig, job = 'setup'): Templates {
  const folderBefore = getState('proposalTemplatesFolder');
  const folder = templatesFolder();
  const moved = folder.getId() !== folderBefore;
  const ids: Partial<Record<TemplateKey, string>> = {};
  const created: TemplateKey[] = [];
  const recorded = new Set(recordedTemplateIds());
  let refused: CreateRefused | null = null;
  for (const key of TEMPLATE_KEYS) {
    const file = liveTemplate(key);
    if (file) {
      // The folder was deleted and made again: bring the surviving templates into the new one.
      if (moved) file.moveTo(folder);
      ids[key] = file.getId();
      // A template made before the tool set its tables' rows or page breaks: set at Thiết lập, where they match — or at
      // whatever job first finds it so after an update Thiết lập has not followed yet (review upgrade3 L1: a Quyết định
      // made from it kept its blank page); there a failure is tried again quietly by the next job.
      tableRows(key, ids[key]!, ss, job);
      continue;
    }
    if (refused) continue;
    try {
      const had = getState(TEMPLATE_STATE[key]);
      const id = createTemplate(key, folder, recorded);
      setState({ [TEMPLATE_STATE[key]]: id, proposalTemplatePending: '' });
      // The office is told when a template it may have edited had to be made again.
      if (had && ss) logError(ss, job, RECREATED.template(TEMPLATE_NAMES[key]));
      ids[key] = id;
      created.push(key);
      tableRows(key, id, ss, job);
    } catch (err) {
      if (!isCreateRefused(err)) throw err;
      refused = err;
    }
  }
  // Only the templates in use stay on the list of those set.
  for (const key of ['proposalTemplateRowsSet', 'proposalTemplateBreaksSet'] as const) {
    const set = templatesSet(key);
    const inUse = set.filter((id) => Object.values(ids).includes(id));
    if (inUse.length !== set.length) setState({ [key]: inUse.join(',') });
  }
  return { folder, ids, created, refused };
}

/**
 * The template's table rows set once (src/gas/docs.ts keepTableRows): a header row an office unpinned on purpose since
 * stays so (review diff36 L2). One the tool could not set is said in "Nhật ký lỗi" with how to set it by hand: once
 * for a template whose tables are the office's own, at each Thiết lập for a failure, tried again there. A template
 * whose rows were set before the tool made its page breaks "page break before" has only those set, once, at the next
 * Thiết lập, and nothing said: where they cannot be set, the page break stays, as it was.
 */
function tableRows(key: TemplateKey, id: string, ss: GoogleAppsScript.Spreadsheet.Spreadsheet | null, job: string): void {
  const set = templatesRowsSet();
  const breaks = templatesSet('proposalTemplateBreaksSet');
  const rowsSet = set.includes(id);
  const breaksSet = breaks.includes(id);
  if (rowsSet && breaksSet) return;
  const layout = keepTableRows(id, templateBlocks(key), !rowsSet, !breaksSet);
  const state = layout.rows;
  // No Docs service (a manifest without it): nothing to say or retry.
  if (state === 'unavailable') return;
  // A template whose tables are the office's own is said once: it is theirs to set. Each part recorded once done.
  const rowsDone = !rowsSet && state !== 'failed';
  // Each part recorded once: a template whose rows are retried after its breaks were recorded is not named again.
  const breaksDone = !breaksSet && layout.breaks !== 'failed';
  if (rowsDone || breaksDone) setState({ ...(rowsDone ? { proposalTemplateRowsSet: [...set, id].join(',') } : {}), ...(breaksDone ? { proposalTemplateBreaksSet: [...breaks, id].join(',') } : {}) });
  if (!ss || rowsSet) return;
  if (state === 'reshaped') logError(ss, job, TEMPLATE_ROWS_NOT_SET.reshaped(TEMPLATE_NAMES[key]));
  if (state === 'failed' && job === 'setup') logError(ss, job, TEMPLATE_ROWS_NOT_SET.failed(TEMPLATE_NAMES[key]));
}

/** The template ids as stored, without creating anything (the dry run). */
export function storedTemplates(): Partial<Record<TemplateKey, string>> {
  const out: Partial<Record<TemplateKey, string>> = {};
  for (const key of TEMPLATE_KEYS) {
    const f = liveTemplate(key);
    if (f) out[key] = f.getId();
  }
  return out;
}

/**
 * The templates this execution found there and not in the trash, by id (module state: one execution). "Tạo văn bản"
 * looks at them before it claims its batch (storedTemplates: the rows its lists need) and again under the lock
 * (ensureTemplates), seconds apart, each lookup two round trips: a template found there once is taken as there for
 * the rest of the execution, as the batch already takes it while it copies it for minutes after ensureTemplates. One
 * found gone, or that Drive could not tell, is looked up again.
 */
const liveTemplates = new Map<string, GoogleAppsScript.Drive.File>();

/** liveFile of the template recorded for `key`, looked up once per execution while it is found there. */
function liveTemplate(key: TemplateKey): GoogleAppsScript.Drive.File | null {
  const id = getState(TEMPLATE_STATE[key]);
  const seen = id ? liveTemplates.get(id) : undefined;
  if (seen) return seen;
  const file = liveFile(id, TEMPLATE_NAMES[key]);
  if (file && id) liveTemplates.set(id, file);
  return file;
}

/** The templates whose table rows the tool set (state proposalTemplateRowsSet), by id. */
function templatesRowsSet(): string[] {
  return templatesSet('proposalTemplateRowsSet');
}

/** The templates a comma-joined state lists, by id. */
function templatesSet(key: 'proposalTemplateRowsSet' | 'proposalTemplateBreaksSet'): string[] {
  return (getState(key) ?? '').split(',').filter((id) => id !== '');
}
