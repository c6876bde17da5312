// The office of review r68d's tests (the award documents read by the clerk and the signer): an office of a given kind,
// registrations sent by the schools, the council's cells of "Thẩm định" typed, the documents made from the menu.
import { officeAfterSetup, SCHOOLS, collectiveAnswers, individualAnswers, haSonSo, type TestSchool } from './helpers';
import { defaultConfig, periodConfig, type OfficeConfig } from '../../src/core/config';
import { Q } from '../../src/core/registration-form';
import { typeCell } from '../../scripts/user';
import { AWARD_LEVEL_CHOICES } from '../../src/core/messages/proposals';
import { holdCouncilMeeting, markNominees, reviewNames } from '../../scripts/documents';
import { SAMPLE_PROFILES, sampleConfig } from '../../sample/profiles';
import type { AwardLevel } from '../../src/core/proposals';

export const SUMMARY =
  'Nhà trường xây dựng vườn rau, tổ chức cho học sinh trải nghiệm trồng và chăm sóc cây; tỷ lệ học sinh tham gia đạt 100%, được phụ huynh đánh giá cao và nhân rộng ra các lớp.';

/** A Sở of the 2026–2030 period (province Hà Sơn). */
export const so = (now: Date): OfficeConfig => haSonSo(now, {});

/** A district office keeping its 2021–2025 records. */
export function phong(now: Date): OfficeConfig {
  const cfg = defaultConfig(now, periodConfig(2021, 2025), 'phong');
  Object.assign(cfg.organisation, { name: 'Phòng Giáo dục và Đào tạo huyện Suối Ngọc', shortName: 'Phòng GD&ĐT huyện Suối Ngọc', parentAuthority: 'Sở Giáo dục và Đào tạo tỉnh Hà Sơn', governingBody: 'Ủy ban nhân dân huyện Suối Ngọc', place: 'Suối Ngọc' });
  cfg.organisation.signer = { ...cfg.organisation.signer, name: 'Trần Văn Minh' };
  return cfg;
}

/** A UBND xã of the 2026–2030 period. */
export function xa(now: Date): OfficeConfig {
  const cfg = defaultConfig(now, periodConfig(2026, 2030), 'xa');
  Object.assign(cfg.organisation, { name: 'Ủy ban nhân dân xã Suối Ngọc', shortName: 'UBND xã Suối Ngọc', parentAuthority: 'Ủy ban nhân dân tỉnh Hà Sơn', place: 'Suối Ngọc' });
  cfg.organisation.signer = { ...cfg.organisation.signer, name: 'Nguyễn Văn Hải' };
  return cfg;
}

export interface Entry {
  /** A teacher's name as the school typed it; absent: the school registers itself as a collective. */
  teacher?: string;
  /** A collective's name other than the school's (a tổ chuyên môn); with no `teacher`. */
  collective?: string;
  school: number;
  level: AwardLevel;
}

/**
 * The office after setup (`schools` in "Đơn vị"), each entry registered by its school, "Đề nghị khen" typed with the entry's level and, when
 * `meeting`, the council's meeting typed (everyone passes). Documents not made yet: `generate()` chooses the menu.
 */
export function proposalOffice(cfg: OfficeConfig, now: Date, entries: readonly Entry[], meeting = false, schools: readonly TestSchool[] = SCHOOLS) {
  const o = officeAfterSetup(schools, { now }, cfg);
  for (const e of entries) {
    const s = schools[e.school];
    const answers = e.teacher === undefined
      ? { ...collectiveAnswers(cfg), [Q.school]: s.name, [Q.collectiveName]: e.collective ?? s.name, [Q.summary]: SUMMARY }
      : { ...individualAnswers('teacher', cfg), [Q.school]: s.name, [Q.individualName]: e.teacher, [Q.summary]: SUMMARY };
    o.emu.forms.submitAsUser(o.formId, answers as never, { email: s.emails[0] });
    o.emu.clock.advance(60_000);
  }
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const header = o.emu.spreadsheets.values('Thẩm định')[0].map(String);
  const col = (h: string) => header.indexOf(h) + 1;
  entries.forEach((e, i) => {
    typeCell(o.emu, 'Thẩm định', i + 2, col('Quyết định của Hội đồng'), 'Đề nghị khen');
    typeCell(o.emu, 'Thẩm định', i + 2, col('Nhận xét'), 'Đủ tiêu chuẩn');
    typeCell(o.emu, 'Thẩm định', i + 2, col('Hình thức khen thưởng đề nghị'), AWARD_LEVEL_CHOICES[e.level]);
  });
  if (meeting) {
    const reviewed = reviewNames(o.emu);
    holdCouncilMeeting(o.emu, [...reviewed.keys()], reviewed, 0, cfg.organisation.signer.name, cfg.organisation.kind as never);
  }
  const generate = (menu = 'generateProposals') => o.bundle.call(menu, undefined, { kind: 'menu' });
  /** The rows of "Đề nghị khen thưởng" by header. */
  const progress = () => {
    const v = o.emu.spreadsheets.values('Đề nghị khen thưởng').map((r) => r.map(String));
    const h = v.findIndex((r) => r[0] === 'STT');
    return v.slice(h + 1).map((r) => Object.fromEntries(v[h].map((k, i) => [k, r[i]])));
  };
  /** The documents made (not templates, not in the trash, not "[KHÔNG DÙNG]") with their text. */
  const docs = () =>
    o.emu.docs
      .list()
      .filter((d) => !d.trashed && !d.name.startsWith('Mẫu - ') && !d.name.startsWith('[KHÔNG DÙNG]'))
      .map((d) => ({ name: d.name, text: o.emu.docs.text(d.id).replace(/\r/g, '\n').replace(/\u00a0/g, ' ') }));
  return { ...o, col, generate, progress, docs };
}

/**
 * A Sở on 20/12/2027 whose council met and proposed two teachers of schools 1 and 2 for its Giấy khen (the first named
 * `first`, as a school typed it): the office of the council and name-case findings.
 */
export function giayKhenMeeting(first = 'Nguyễn Thị Hằng') {
  const now = new Date(2027, 11, 20, 8);
  return proposalOffice(so(now), now, [
    { teacher: first, school: 1, level: 'giayKhen' },
    { teacher: 'Đặng Văn Long', school: 2, level: 'giayKhen' },
  ], true);
}

/**
 * A Sở on 20/12/2027 (review r75s): each nominee registered by its school (`answers` over the complete answers of its role), "Đề
 * nghị khen" with its level typed in "Thẩm định", the council met (everyone passes), the documents made from the menu.
 * The summary is SUMMARY unless `asTyped` (review r77t: the answers as typed, the summary too).
 */
export function nominate(list: { answers: Record<string, unknown>; school: number; level: AwardLevel }[], asTyped = false) {
  const now = new Date(2027, 11, 20, 8);
  const cfg = so(now);
  const o = officeAfterSetup(SCHOOLS, { now }, cfg);
  for (const e of list) {
    o.emu.forms.submitAsUser(o.formId, { ...e.answers, [Q.school]: SCHOOLS[e.school].name, ...(asTyped ? {} : { [Q.summary]: SUMMARY }) } as never, { email: SCHOOLS[e.school].emails[0] });
    o.emu.clock.advance(60_000);
  }
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const header = o.emu.spreadsheets.values('Thẩm định')[0].map(String);
  const col = (h: string) => header.indexOf(h) + 1;
  list.forEach((e, i) => {
    typeCell(o.emu, 'Thẩm định', i + 2, col('Quyết định của Hội đồng'), 'Đề nghị khen');
    typeCell(o.emu, 'Thẩm định', i + 2, col('Hình thức khen thưởng đề nghị'), AWARD_LEVEL_CHOICES[e.level]);
  });
  const reviewed = reviewNames(o.emu);
  holdCouncilMeeting(o.emu, [...reviewed.keys()], reviewed, 0, cfg.organisation.signer.name, 'so');
  o.bundle.call('generateProposals', undefined, { kind: 'menu' });
  const docs = o.emu.docs
    .list()
    .filter((d) => !d.trashed && !d.name.startsWith('Mẫu - ') && !d.name.startsWith('[KHÔNG DÙNG]'))
    .map((d) => ({ name: d.name, text: o.emu.docs.text(d.id).replace(/\r/g, '\n').replace(/\u00a0/g, ' ') }));
  const v = o.emu.spreadsheets.values('Đề nghị khen thưởng').map((r) => r.map(String));
  const h = v.findIndex((r) => r[0] === 'STT');
  const progress = v.slice(h + 1).map((r) => Object.fromEntries(v[h].map((k, i) => [k, r[i]])));
  return { o, cfg, docs, progress };
}

/** A lower-secondary school running the tool for its own staff, managed by its phường (reviews d75 F5, d75b F2). */
export const WARD_SCHOOL = 'Trường Trung học cơ sở Quang Minh';
export const WARD = 'Ủy ban nhân dân phường Minh Tân';
const WARD_SELF = [{ code: 'QM', name: WARD_SCHOOL, level: 'THCS', ward: 'Phường Minh Tân', cluster: '', principal: 'Phạm Thị Thu', emails: ['vanphong@thcsquangminh.example.vn'] }];

/**
 * That school on 01/07/2028 ("Cơ quan cấp trên" its phường, "Cơ quan chủ quản" `governingBody`): one teacher registered,
 * "Đề nghị khen" at `level` (none typed: the default), the council met, the documents made from the menu.
 */
export function wardSchoolDocuments(governingBody: string, level?: AwardLevel) {
  const now = new Date(2028, 6, 1, 8, 0, 0);
  const cfg = sampleConfig(
    {
      ...SAMPLE_PROFILES['2026-2030'],
      kind: 'truong',
      organisation: { name: WARD_SCHOOL, shortName: 'Trường THCS Quang Minh', parentAuthority: WARD, governingBody, place: 'Minh Tân', signerName: 'Phạm Thị Thu', provinceAddressee: `Chủ tịch Ủy ban nhân dân tỉnh Hà Sơn (qua ${WARD})` },
      digestRecipients: ['vanphong@thcsquangminh.example.vn'],
    } as never,
    now,
  );
  const o = officeAfterSetup(WARD_SELF as never, { now }, cfg);
  const summary = 'Đổi mới phương pháp dạy học theo hướng phát triển năng lực, lan tỏa cách làm hay trong tổ, chất lượng học sinh được nâng lên rõ rệt qua các năm học.';
  o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher', cfg), [Q.school]: WARD_SCHOOL, [Q.individualName]: 'Vũ Thị Lan', [Q.summary]: summary } as never, { email: WARD_SELF[0].emails[0] });
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const ids = markNominees(o.emu, 30);
  if (level) {
    const header = o.emu.spreadsheets.values('Thẩm định')[0].map(String);
    typeCell(o.emu, 'Thẩm định', 2, header.indexOf('Hình thức khen thưởng đề nghị') + 1, AWARD_LEVEL_CHOICES[level]);
  }
  holdCouncilMeeting(o.emu, ids, reviewNames(o.emu), 0, 'Phạm Thị Thu', 'truong');
  o.bundle.call('generateProposals', undefined, { kind: 'menu' });
  return o;
}

/** A Sở keeping its 2021–2025 records (the period's file still in use after its last year: reviews d75, d75b). */
export function so2021(now: Date): OfficeConfig {
  const cfg = defaultConfig(now, periodConfig(2021, 2025), 'so');
  Object.assign(cfg.organisation, { name: 'Sở Giáo dục và Đào tạo tỉnh Hà Sơn', shortName: 'Sở GD&ĐT Hà Sơn', parentAuthority: 'Ủy ban nhân dân tỉnh Hà Sơn', governingBody: 'Ủy ban nhân dân tỉnh Hà Sơn', place: 'Hà Sơn' });
  return cfg;
}

/**
 * A UBND xã on 20/12/2027 (`org` over xa's), its schools in `ward`: a teacher and a school proposed for its Giấy khen,
 * the council met, the documents made; its draft Quyết định and that document's row of "Đề nghị khen thưởng" (reviews
 * r75c F2, d75 F2, F3, d75b F6: what heads the commune's documents).
 */
export function communeDecision(org: Partial<OfficeConfig['organisation']>, ward = 'Xã Suối Ngọc') {
  const now = new Date(2027, 11, 20, 8, 0, 0);
  const cfg = xa(now);
  Object.assign(cfg.organisation, { planNumber: '52/KH-UBND', planDate: '25/09/2026', ...org });
  const schools = SCHOOLS.map((s) => ({ ...s, ward }));
  const o = proposalOffice(cfg, now, [{ school: 0, teacher: 'Nguyễn Văn An', level: 'giayKhen' }, { school: 1, level: 'giayKhen' }], true, schools);
  o.generate();
  const doc = o.docs().find((d) => d.name.startsWith('Dự thảo Quyết định'));
  const row = o.progress().find((r) => r['Văn bản'].startsWith('Dự thảo Quyết định'));
  return { o, doc, row };
}

/**
 * An office of `cfg` set up on 01/04/2025, a teacher of school 1 registered the next day, the office's tabs rebuilt; her
 * answers, to send again or edit (the after-period reviews d75b, d75c).
 */
export function teacherRegisteredIn2025(cfg: OfficeConfig) {
  const set = new Date(2025, 3, 1, 8);
  const o = officeAfterSetup(SCHOOLS, { now: set }, cfg);
  o.emu.clock.advance(24 * 3600_000);
  const answers: Record<string, unknown> = { ...individualAnswers('teacher', cfg), [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Nguyễn Thị Hòa' };
  const first = o.emu.forms.submitAsUser(o.formId, answers as never, { email: SCHOOLS[1].emails[0] });
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  return { o, answers, first };
}
