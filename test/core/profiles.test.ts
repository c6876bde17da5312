// Office profiles (issue 16): the kind chosen in "Cấu hình" sets the defaults of the organisation's rows and the words
// every e-mail, guide line and school view uses of the office; explicit values still win.
import { describe, expect, it } from 'vitest';
import { configFromRows, configToRows, defaultConfig, officeWord, periodConfig, type OfficeConfig } from '../../src/core/config';
import { confirmationEmail } from '../../src/core/emails';
import { evaluateAll } from '../../src/core/evaluate';
import { dueReminders, reminderEmail } from '../../src/core/reminders';
import { planSchoolViews } from '../../src/core/school-views';
import { GUIDE_LINES, configLabel } from '../../src/core/messages';
import { makeSampleOffice } from '../../sample/office';
import { SAMPLE_PROFILES, planConfig, sampleConfig } from '../../sample/profiles';
import { responseTabs } from '../../sample/response-tabs';

/** The "Cấu hình" tab a new Sheet gets (a Sở), with some rows typed over by the office (by their names). */
function typed(settings: Record<string, string>, base: OfficeConfig = defaultConfig(new Date(2027, 0, 1), periodConfig(2026, 2030))) {
  const rows = configToRows(base).map((r) => [...r] as unknown[]);
  for (const [label, value] of Object.entries(settings)) {
    const row = rows.find((r) => r[0] === label);
    if (row) row[1] = value;
    else rows.push([label, value, '']);
  }
  return configFromRows(rows, new Date(2027, 0, 1));
}

const PLAN_OFFICE_WORDS = /\bPhòng\b|Yên Bái/;

describe('the kind of office ("Loại cơ quan")', () => {
  it('a new Sheet is a Sở GD&ĐT; its "Cấu hình" starts with the kind and has no row for the level', () => {
    const rows = configToRows(defaultConfig(new Date(2027, 0, 1)));
    expect(rows[1]).toEqual(['Loại cơ quan', 'Sở GD&ĐT', expect.stringContaining('UBND xã/phường')]);
    expect(rows.map((r) => r[0])).not.toContain('Cấp của cơ quan');
    expect(rows.find((r) => r[0] === 'Cách gọi cơ quan trong thư')?.[1]).toBe('Sở');
    // Only the list of kinds to choose from names the district office of 2021–2025.
    for (const r of rows.slice(2)) expect(String(r[2])).not.toMatch(PLAN_OFFICE_WORDS);
  });

  it('switching the kind changes every row the office left at a default, and the level with it', () => {
    const { config, errors } = typed({ 'Loại cơ quan': 'UBND xã/phường' });
    expect(errors).toEqual([]);
    const o = config.organisation;
    expect([o.kind, o.name, o.signer.title, o.governingBody, o.level, officeWord(o)]).toEqual(['xa', 'Ủy ban nhân dân xã', 'Chủ tịch', '', 'Cấp xã', 'Ủy ban']);
    const school = typed({ 'Loại cơ quan': 'trường học / ĐƠN VỊ KHÁC' }).config.organisation;
    expect([school.kind, school.signer.title, officeWord(school), school.level]).toEqual(['truong', 'Hiệu trưởng', 'Nhà trường', 'Cấp cơ sở']);
  });

  it('the note of "Căn cứ chức năng, nhiệm vụ" gives the example of the office\'s kind; "Người ký tờ trình" says who signs what', () => {
    const note = (kind: string, key: string) =>
      String(configToRows(typed({ 'Loại cơ quan': kind }).config).find((r) => r[0] === configLabel(key))![2]);
    const xa = note('UBND xã/phường', 'legal.competence');
    expect(xa).toContain('Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;');
    expect(xa).not.toContain('Sở Giáo dục và Đào tạo');
    expect(note('Sở GD&ĐT', 'legal.competence')).toContain('quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giáo dục và Đào tạo');
    expect(note('Trường học / đơn vị khác', 'legal.competence')).toContain('Điều lệ trường');
    for (const kind of ['Sở GD&ĐT', 'UBND xã/phường']) {
      const signer = note(kind, 'organisation.signerName');
      expect(signer).toMatch(/^Họ và tên thủ trưởng cơ quan: người ký dự thảo Quyết định tặng Giấy khen và Tờ trình, Danh sách đề nghị Bằng khen/);
      expect(signer).toContain('“Họp Hội đồng TĐKT”');
    }
  });

  it('values the office wrote itself win over the defaults of its kind', () => {
    const { config } = typed({
      'Loại cơ quan': 'UBND xã/phường',
      'Tên cơ quan': 'Ủy ban nhân dân phường Mây Ngàn',
      'Chức vụ người ký': 'Phó Chủ tịch',
      'Cách gọi cơ quan trong thư': 'UBND phường',
    });
    expect(config.organisation.name).toBe('Ủy ban nhân dân phường Mây Ngàn');
    expect(config.organisation.signer.title).toBe('Phó Chủ tịch');
    expect(officeWord(config.organisation)).toBe('UBND phường');
    // Written back and read again: the same office.
    const again = configFromRows(configToRows(config), new Date(2027, 0, 1));
    expect(again.errors).toEqual([]);
    expect(again.config.organisation).toEqual(config.organisation);
  });

  it('a "Cấu hình" written before the kind existed keeps the kind its name says, and its old level row', () => {
    const old = [
      ['Mục', 'Giá trị', 'Giải thích'],
      ['Tên cơ quan', 'Phòng Giáo dục và Đào tạo huyện Suối Ngọc', ''],
      ['Cấp của cơ quan', 'Cấp huyện', ''],
      ['Chức vụ người ký', 'Trưởng phòng', ''],
    ];
    const { config, errors } = configFromRows(old, new Date(2024, 0, 1));
    expect(errors).toEqual([]);
    expect([config.organisation.kind, officeWord(config.organisation), config.organisation.level]).toEqual(['phong', 'Phòng', 'Cấp huyện']);
    expect(configFromRows([old[0], ['Tên cơ quan', 'Sở Giáo dục và Đào tạo tỉnh Hà Sơn', '']], new Date()).config.organisation.kind).toBe('so');
  });

  it('an unknown kind is reported by its name in "Cấu hình", never by a setting key, and the kind of the name is kept', () => {
    const { config, errors } = typed({ 'Loại cơ quan': 'Bộ', 'Tên cơ quan': 'Sở Giáo dục và Đào tạo tỉnh Hà Sơn' });
    expect(config.organisation.kind).toBe('so');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/mục “Loại cơ quan”: giá trị “Bộ” không thuộc danh sách .*tạm dùng “Sở GD&ĐT”/);
    expect(errors[0]).not.toMatch(/organisation\./);
    // Its name lives in the profile catalogue, and configLabel finds it there too (a note named the key: review r68d L1).
    expect(configLabel('organisation.kind')).toBe('Loại cơ quan');
    expect(configLabel('organisation.selfName')).toBe('Cách gọi cơ quan trong thư');
  });
});

describe('the kind as a clerk writes it (review r70x: "UBND phường" was refused, and the Sheet said not to send the link yet)', () => {
  const kindOf = (value: string) => typed({ 'Loại cơ quan': value });
  it('is read without a note from the office\'s usual words for itself, with or without diacritics', () => {
    const cases: [string, OfficeConfig['organisation']['kind']][] = [
      ['UBND phường', 'xa'], ['UBND xã', 'xa'], ['Ủy ban nhân dân xã', 'xa'], ['Uỷ ban nhân dân phường', 'xa'], ['UBND xa/phuong', 'xa'],
      ['ubnd đặc khu', 'xa'], ['Phường', 'xa'], ['xã / phường', 'xa'],
      ['Sở', 'so'], ['Sở Giáo dục và Đào tạo', 'so'], ['so gd&dt', 'so'],
      ['Phòng GD&ĐT', 'phong'], ['Phòng Giáo dục và Đào tạo huyện', 'phong'],
      ['Trường học', 'truong'], ['Trường THCS', 'truong'],
    ];
    for (const [value, kind] of cases) {
      const { config, errors } = kindOf(value);
      expect({ value, kind: config.organisation.kind, errors }).toEqual({ value, kind, errors: [] });
    }
  });
  it('a value naming no kind, or another body, is still reported', () => {
    for (const value of ['UBND huyện', 'Bộ', 'Phòng Nội vụ', 'Sởi', 'xã hội']) expect(kindOf(value).errors, value).toHaveLength(1);
  });
});

describe('each kind of office in its own words', () => {
  const current = makeSampleOffice({ sample: '2026-2030', schools: 12, registrations: 80 });
  const out = evaluateAll({ config: current.config, directoryRows: current.directoryRows, ...responseTabs(current) });

  it('the current sample is a Sở of an invented province, period 2026–2030, schools in communes and wards', () => {
    const o = current.config.organisation;
    expect([o.kind, o.name, o.signer.title, current.config.period.name]).toEqual(['so', 'Sở Giáo dục và Đào tạo tỉnh Hà Sơn', 'Giám đốc', '2026-2030']);
    for (const s of current.submissions) expect(s.at.getFullYear()).toBeGreaterThanOrEqual(2026);
    expect(current.directoryRows.slice(1).every((r) => /^(Xã|Phường) /.test(r[3]))).toBe(true);
    expect(JSON.stringify(current.directoryRows)).not.toMatch(PLAN_OFFICE_WORDS);
  });

  it('the seed sample (npm start -- --sample 2021-2025, and every test that names no sample) is the plan’s own office', () => {
    const seed = makeSampleOffice({ schools: 4, registrations: 8 });
    const o = seed.config.organisation;
    expect([o.kind, o.name, o.signer.title, seed.config.period.name]).toEqual(['phong', 'Phòng Giáo dục và Đào tạo thành phố Yên Bái', 'Trưởng phòng', '2021-2025']);
    expect(JSON.stringify(makeSampleOffice({ schools: 4, registrations: 8, sample: '2021-2025' }))).toBe(JSON.stringify(seed));
  });

  it('a Sở’s confirmations, reminders and school views never say “Phòng” and name the Sở', () => {
    const bodies = out.registrations.map((r) => confirmationEmail(r, current.config.organisation, 'https://forms.example/edit').body);
    expect(bodies.length).toBeGreaterThan(50);
    for (const b of bodies) expect(b).not.toMatch(PLAN_OFFICE_WORDS);
    const unverified = out.registrations.find((r) => r.flags.unverified && r.email)!;
    expect(confirmationEmail(unverified, current.config.organisation, null).body).toContain('danh sách e-mail của đơn vị tại Sở, nên phiếu');
    const reminders = dueReminders(out, current.config, new Date(2028, 5, 1));
    expect(reminders.length).toBeGreaterThan(0);
    for (const r of reminders) {
      const body = reminderEmail(r, current.config.organisation, null, null).body;
      expect(body).not.toMatch(PLAN_OFFICE_WORDS);
      // A reminder with items says it in its items' title; one with only the window's notice, in the notice.
      expect(body).toContain('Theo dữ liệu Sở nhận được');
      expect(body).toMatch(/^Kính gửi: /);
    }
    const views = planSchoolViews(out, { ...current.config, schoolViews: { enabled: true, publishComments: false, contact: '' } });
    expect(JSON.stringify(views.views[0].rows)).toContain('do Sở tự động cập nhật');
    expect(GUIDE_LINES('u', 'v', officeWord(current.config.organisation))[0]).toMatch(/^Công cụ giúp Sở tiếp nhận/);
  });

  it('a UBND xã’s reminders say “Ủy ban”; the plan’s district office still says “Phòng”', () => {
    const xa = sampleConfig({ ...SAMPLE_PROFILES['2026-2030'], kind: 'xa', organisation: { name: 'Ủy ban nhân dân xã Đồi Chè', signerName: 'Hà Văn Tùng' } });
    const reminders = dueReminders(out, xa, new Date(2028, 5, 1));
    const body = reminderEmail(reminders[0], xa.organisation, null, null).body;
    expect(body).toContain('Theo dữ liệu Ủy ban nhận được đến nay');
    expect(body).toContain('Ủy ban nhân dân xã Đồi Chè xin nhắc');
    expect(body).not.toMatch(PLAN_OFFICE_WORDS);
    const plan = planConfig(new Date(2024, 6, 1));
    expect(reminderEmail(reminders[0], plan.organisation, null, null).body).toContain('Theo dữ liệu Phòng nhận được đến nay');
  });

  it('a confirmation names the school once and lists priority-only criteria apart from what is still needed', () => {
    const seed = makeSampleOffice({ schools: 12, registrations: 80 });
    const seedOut = evaluateAll({ config: seed.config, directoryRows: seed.directoryRows, ...responseTabs(seed) });
    const dat = seedOut.registrations.filter((r) => r.verdict === 'dat');
    const withPriorityGap = dat.find((r) => r.results.some((x) => !x.mandatory && (x.status === 'notMet' || x.status === 'missing')));
    expect(withPriorityGap).toBeDefined();
    const body = confirmationEmail(withPriorityGap!, seed.config.organisation, null).body;
    expect(body).toContain('Phiếu đã đáp ứng đủ các tiêu chí bắt buộc.');
    expect(body).not.toContain('Những điểm cần bổ sung hoặc chưa đạt');
    expect(body).toContain('Tiêu chí ưu tiên (không bắt buộc, chỉ để tính điểm ưu tiên) có thể bổ sung thêm:');
    for (const r of seedOut.registrations) {
      const school = r.school ? r.school.name : r.schoolName;
      const b = confirmationEmail(r, seed.config.organisation, null).body;
      const head = b.split('\n\n').slice(0, 2).join('\n\n');
      // (A registration whose own name includes its school, e.g. "Tổ … - Trường …", carries it as part of that name.)
      if (school && !r.name.includes(school)) expect(head.split(school).length - 1, head).toBe(1);
    }
  });
});
