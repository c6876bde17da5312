// Review r82d: a school running the tool for its own staff (Loại cơ quan "Trường học / đơn vị khác"), a lower-secondary
// school under its ward's People's Committee since 1/7/2025, making its award documents in December 2026.
import { SAMPLE_PROFILES, sampleConfig } from '../../sample/profiles';
import { Q } from '../../src/core/registration-form';
import { REVIEW_HEADERS, REVIEW_TAB } from '../../src/core/review';
import { holdCouncilMeeting, markNominees, reviewNames } from '../../scripts/documents';
import { individualAnswers, officeAfterSetup } from './helpers';
import { subUnitAnswers } from '../core/helpers';

export const NOW = new Date(2026, 11, 8, 8, 0, 0);
export const SCHOOL = 'Trường Trung học cơ sở Quang Minh';
export const WARD = 'Ủy ban nhân dân phường Minh Tân';
const EMAIL = 'vanphong@thcsquangminh.example.vn';
const SELF = [{ code: 'QM', name: SCHOOL, level: 'THCS', ward: 'Phường Minh Tân', cluster: '', principal: 'Phạm Thị Thu', emails: [EMAIL] }];
const SUMMARY =
  'Đổi mới phương pháp dạy học theo hướng phát triển năng lực, lan tỏa cách làm hay trong tổ, chất lượng học sinh được nâng lên rõ rệt qua các năm học.';

/**
 * The school's season: a teacher and a team registered, both proposed by its council at the level `levels` gives them
 * (by name; unnamed: the school's own Giấy khen), the council's meeting held, the documents made.
 */
export function schoolSeason(levels: Record<string, string> = {}) {
  const cfg = sampleConfig(
    {
      ...SAMPLE_PROFILES['2026-2030'],
      kind: 'truong',
      organisation: { name: SCHOOL, shortName: 'Trường THCS Quang Minh', parentAuthority: WARD, governingBody: WARD, place: 'Minh Tân', signerName: 'Phạm Thị Thu' },
      digestRecipients: [EMAIL],
    },
    NOW,
  );
  const o = officeAfterSetup(SELF as never, { now: NOW }, cfg);
  const send = (a: Record<string, unknown>) => o.emu.forms.submitAsUser(o.formId, a as never, { email: EMAIL });
  send({ ...individualAnswers('teacher', cfg), [Q.school]: SCHOOL, [Q.individualName]: 'Vũ Thị Lan', [Q.submitter]: 'Vũ Thị Lan, giáo viên', [Q.summary]: SUMMARY });
  send({ ...subUnitAnswers(cfg), [Q.school]: SCHOOL, [Q.collectiveName]: 'Tổ Khoa học tự nhiên', [Q.submitter]: 'Nguyễn Văn Hải, tổ trưởng', [Q.summary]: SUMMARY });
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const ids = markNominees(o.emu, 30);
  const names = reviewNames(o.emu);
  const values = o.emu.spreadsheets.values(REVIEW_TAB);
  const header = values[0].map(String);
  const idCol = header.indexOf(REVIEW_HEADERS.id);
  const levelCol = header.indexOf(REVIEW_HEADERS.level);
  o.emu.runtime.execute(
    () => {
      const sheet = o.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(REVIEW_TAB)!;
      for (const id of ids) {
        const level = levels[names.get(id) ?? ''];
        if (level) sheet.getRange(values.findIndex((r) => r[idCol] === id) + 1, levelCol + 1).setValue(level);
      }
    },
    { kind: 'node', label: 'user typing' },
  );
  holdCouncilMeeting(o.emu, ids, names, 0, 'Phạm Thị Thu', 'truong');
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  for (let i = 0; i < 10; i++) o.bundle.call('generateProposals', undefined, { kind: 'menu' });
  const rows = o.emu.spreadsheets.values('Đề nghị khen thưởng').map((r) => r.map(String));
  const header2 = rows.find((r) => r.includes('Văn bản'))!;
  /** The row of "Đề nghị khen thưởng" for a document ("Tờ trình đề nghị khen thưởng (Giấy khen)"). */
  const row = (doc: string) => {
    const r = rows.find((x) => x[header2.indexOf('Văn bản')] === doc);
    return r ? { status: r[header2.indexOf('Trạng thái')], note: r[header2.indexOf('Ghi chú')] } : undefined;
  };
  const docs = o.emu.docs
    .list()
    .filter((d) => !d.trashed && !d.name.startsWith('Mẫu - '))
    .map((d) => ({ name: d.name, text: o.emu.docs.text(d.id).replace(/\r/g, '\n').replace(/\u00a0/g, ' ') }));
  return { o, row, docs };
}
