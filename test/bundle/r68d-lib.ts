// The office of review r68d's tests (the award documents read by the clerk and the signer): an office of a given kind,
// registrations sent by the schools, the council's cells of "Thẩm định" typed, the documents made from the menu.
import { officeAfterSetup, SCHOOLS, collectiveAnswers, individualAnswers, haSonSo, type TestSchool } from './helpers';
import { defaultConfig, periodConfig, type OfficeConfig } from '../../src/core/config';
import { Q } from '../../src/core/registration-form';
import { typeCell } from '../../scripts/user';
import { AWARD_LEVEL_CHOICES } from '../../src/core/messages/proposals';
import { holdCouncilMeeting, reviewNames } from '../../scripts/documents';
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
