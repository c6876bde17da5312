// The award-proposal documents, locally: mark nominees in the "Thẩm định" tab as a council member would, and write
// every Google Doc of the emulated Drive (templates and generated documents) as .docx, one folder per Drive folder.
// `npm start` calls markNominees(), then the bundle's generateProposals, then
// exportDocuments(emu, 'out/van-ban').
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Emulator } from '../emulator/index';
import { configFromRows } from '../src/core/config';
import { evaluateAll } from '../src/core/evaluate';
import { LEDGER_TAB, TAB } from '../src/core/messages';
import { ledgerFromRows } from '../src/core/ledger';
import { AWARD_LEVEL_CHOICES, COUNCIL_FIELDS, COUNCIL_MEMBERS_HEADER, COUNCIL_TAB, COUNCIL_VOTES_HEADER } from '../src/core/messages/proposals';
import { OFFICE_PROFILES, type OfficeKind } from '../src/core/messages/profiles';
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

/** The office's evaluation, Node-side, from the tabs as they are now. */
function evaluateTabs(emu: Emulator) {
  const cfg = configFromRows(emu.spreadsheets.values(TAB.config), emu.clock.date()).config;
  // When each registration was first sent, as the register keeps it: which of two registrations of one subject is in
  // force depends on it, as in the bundle's own evaluation (src/jobs/results.ts).
  const register = emu.spreadsheets.sheet(LEDGER_TAB) ? ledgerFromRows(emu.spreadsheets.values(LEDGER_TAB)) : [];
  return evaluateAll({
    firstSent: new Map(register.filter((e) => e.firstAt > 0).map((e) => [e.id, e.firstAt])),
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

/**
 * The council picks the award level of some nominees, as a member would in "Thẩm định": `bangKhenTinh` of them
 * (those with the highest scores) go up for the provincial Bằng khen, the others stay at the office's Giấy khen
 * (the column left empty). Returns the ids moved up.
 */
export function chooseLevels(emu: Emulator, nominees: readonly string[], bangKhenTinh: number): string[] {
  const values = emu.spreadsheets.values(REVIEW_TAB);
  const header = (values[0] ?? []).map(String);
  const id = header.indexOf(REVIEW_HEADERS.id);
  const level = header.indexOf(REVIEW_HEADERS.level);
  if (id < 0 || level < 0) throw new Error(`${REVIEW_TAB}: no "${REVIEW_HEADERS.level}" column`);
  const up = nominees.slice(0, bangKhenTinh);
  const rows = up.map((c) => values.findIndex((r) => r[id] === c) + 1).filter((row) => row > 1);
  emu.runtime.execute(
    () => {
      const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(REVIEW_TAB)!;
      for (const row of rows) sheet.getRange(row, level + 1).setValue(AWARD_LEVEL_CHOICES.bangKhenTinh);
    },
    { kind: 'node', label: 'user typing' },
  );
  return up;
}

/** The sample council: nine members (one absent), its meeting, and a vote on each nominee (a Phòng's titles). */
export const SAMPLE_MEMBERS: Array<[string, string, string, string]> = [
  ['Nguyễn Văn Hùng', 'Trưởng phòng, Chủ tịch Hội đồng', 'Có', ''],
  ['Trần Thị Mai', 'Phó Trưởng phòng, Phó Chủ tịch Hội đồng', 'Có', ''],
  ['Lê Minh Tuấn', 'Chuyên viên, Ủy viên thường trực', 'Có', ''],
  ['Phạm Thu Hà', 'Chuyên viên, Ủy viên', 'Có', ''],
  ['Hoàng Văn Nam', 'Chủ tịch Công đoàn ngành, Ủy viên', 'Có', ''],
  ['Vũ Thị Lan', 'Hiệu trưởng, Ủy viên', 'Có', ''],
  ['Đỗ Quang Huy', 'Hiệu trưởng, Ủy viên', 'Vắng', 'đi công tác'],
  ['Bùi Thị Hồng', 'Chuyên viên, Ủy viên', 'Có', ''],
  ['Đặng Văn Long', 'Chuyên viên, Thư ký Hội đồng', 'Có', ''],
];

/** Where the sample council meets and how its chair and deputy are titled, by the office's kind. */
const COUNCIL_OFFICE: Record<OfficeKind, { place: string; chair: string; deputy: string }> = {
  so: { place: 'Sở Giáo dục và Đào tạo', chair: OFFICE_PROFILES.so.chairTitle, deputy: 'Phó Giám đốc Sở, Phó Chủ tịch Hội đồng' },
  xa: { place: 'Ủy ban nhân dân xã', chair: OFFICE_PROFILES.xa.chairTitle, deputy: 'Phó Chủ tịch Ủy ban nhân dân xã, Phó Chủ tịch Hội đồng' },
  truong: { place: 'Nhà trường', chair: OFFICE_PROFILES.truong.chairTitle, deputy: 'Phó Hiệu trưởng, Phó Chủ tịch Hội đồng' },
  phong: { place: 'Phòng Giáo dục và Đào tạo', chair: OFFICE_PROFILES.phong.chairTitle, deputy: 'Phó Trưởng phòng, Phó Chủ tịch Hội đồng' },
};

/**
 * The council meets and fills its tab (made by setup): the meeting, the members, and a vote on each nominee —
 * every one in favour but `short`, who gets too few votes (flagged, not proposed). Returns the ids voted down.
 */
export function holdCouncilMeeting(emu: Emulator, nominees: readonly string[], names: Map<string, string>, short: number, chair = 'Trần Văn Minh', kind: OfficeKind = 'phong'): string[] {
  const total = SAMPLE_MEMBERS.length;
  const office = COUNCIL_OFFICE[kind];
  const members = SAMPLE_MEMBERS.map((m, i) => (i === 0 ? [chair, office.chair, m[2], m[3]] : i === 1 ? [m[0], office.deputy, m[2], m[3]] : [...m]));
  // The meeting is held on the day the office makes the documents (the emulated clock).
  const d = emu.clock.date();
  const day = `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
  const present = SAMPLE_MEMBERS.filter((m) => m[2] === 'Có').length;
  const down = nominees.slice(nominees.length - short);
  const rows: unknown[][] = [
    [COUNCIL_TAB],
    [COUNCIL_FIELDS.time, `14 giờ 00 phút, ngày ${day}`],
    [COUNCIL_FIELDS.place, `Phòng họp tầng 2, ${office.place}`],
    [COUNCIL_FIELDS.date, day],
    [COUNCIL_FIELDS.chair, chair],
    [COUNCIL_FIELDS.chairTitle, office.chair],
    [COUNCIL_FIELDS.secretary, SAMPLE_MEMBERS[total - 1][0]],
    [COUNCIL_FIELDS.threshold, 50],
    [COUNCIL_FIELDS.publicity, 'trong 10 ngày làm việc trước ngày họp, niêm yết tại trụ sở và đăng trên trang thông tin điện tử của cơ quan'],
    [],
    [...COUNCIL_MEMBERS_HEADER],
    ...members,
    [],
    [...COUNCIL_VOTES_HEADER],
    ...nominees.map((id, i) => {
      const yes = down.indexOf(id) >= 0 ? 3 : present - (i % 3 === 2 ? 1 : 0);
      return [id, names.get(id) ?? '', yes, present - yes, ''];
    }),
  ];
  // The council types over its whole tab (setup made it with the headers).
  emu.runtime.execute(
    () => {
      const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(COUNCIL_TAB)!;
      sheet.clearContents();
    },
    { kind: 'node', label: 'user typing' },
  );
  typeIntoTab(emu, COUNCIL_TAB, rows);
  return down;
}

/** Names of registrations by id, as the council reads them in "Thẩm định". */
export function reviewNames(emu: Emulator): Map<string, string> {
  const values = emu.spreadsheets.values(REVIEW_TAB);
  const header = (values[0] ?? []).map(String);
  const id = header.indexOf(REVIEW_HEADERS.id);
  const name = header.indexOf(REVIEW_HEADERS.name);
  return new Map(values.slice(1).map((r) => [String(r[id]), String(r[name])]));
}
