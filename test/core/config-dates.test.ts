// What an office writes (or leaves) in "Cấu hình" about its period: the default period, the milestones' order and
// years, dotted dates, empty required rows. A date the run cannot take is named and never e-mailed (unsettled).
import { describe, expect, it } from 'vitest';
import { configFromRows, configToRows, dateUnsettled, defaultConfig, kindDefaultsToFollow, milestone, parseConfigDate, periodConfig, todayFixedNote, type OfficeConfig } from '../../src/core/config';
import { evaluateAll } from '../../src/core/evaluate';
import { answersToRow, directoryRows, form, headerRow, individualAnswers, SCHOOLS } from './helpers';
import { configLabel } from '../../src/core/messages';
import { PROFILE_CONFIG_LABELS } from '../../src/core/messages/profiles';
import { formatDate } from '../../src/core/text';

/** The tab Thiết lập writes for `cfg`, with some values typed over (by the office's names of the rows). */
function tab(cfg = defaultConfig(new Date(2026, 8, 15)), typed: Record<string, unknown> = {}): unknown[][] {
  const rows = configToRows(cfg).map((r) => [...r] as unknown[]);
  for (const [key, value] of Object.entries(typed)) rows.find((r) => r[0] === (PROFILE_CONFIG_LABELS[key] ?? configLabel(key)))![1] = value;
  return rows;
}

describe('the default period', () => {
  it('is the five-year period containing today', () => {
    const cfg = defaultConfig(new Date(2026, 8, 15));
    expect([cfg.period.startYear, cfg.period.endYear, cfg.period.name]).toEqual([2026, 2030, '2026-2030']);
    expect(formatDate(milestone(cfg, 'KE-HOACH').date)).toBe('30/09/2026');
    expect(formatDate(milestone(cfg, 'DANG-KY-DONG').date)).toBe('31/05/2028');
    expect(defaultConfig(new Date(2025, 11, 31)).period.name).toBe('2021-2025');
    expect(defaultConfig(new Date(2021, 0, 1)).period.name).toBe('2021-2025');
    expect(defaultConfig(new Date(2031, 0, 1)).period.name).toBe('2031-2035');
  });
  it('is what a new office tab holds and reads back, without a problem', () => {
    const { config, errors } = configFromRows(tab(), new Date(2026, 8, 15));
    expect(errors).toEqual([]);
    expect(config.period.name).toBe('2026-2030');
    expect(config.unsettled).toBeUndefined();
  });
  it('does not change a period the tab writes (a 2021–2025 office still running in 2026)', () => {
    const { config, errors } = configFromRows(tab(defaultConfig(new Date(2024, 0, 1))), new Date(2026, 8, 15));
    expect(errors).toEqual([]);
    expect([config.period.startYear, config.period.endYear]).toEqual([2021, 2025]);
  });
  it('follows the "today" row when the years are not written', () => {
    const rows = [['Mục', 'Giá trị', 'Giải thích'], [configLabel('today'), '01/03/2027', '']];
    expect(configFromRows(rows, new Date(2024, 0, 1)).config.period.name).toBe('2026-2030');
    expect(configFromRows(rows.slice(0, 1), new Date(2024, 0, 1)).config.period.name).toBe('2021-2025');
  });
});

describe('"Ngày kiểm tra" holding a date', () => {
  it('fixes the day of the checks, said with its row whenever it does (review "settings" #1)', () => {
    const now = new Date(2026, 8, 15);
    const fixed = configFromRows(tab(undefined, { today: '15/05/2024' }), now);
    expect(fixed.errors).toEqual([]);
    expect(formatDate(fixed.config.today)).toBe('15/05/2024');
    const row = tab().findIndex((r) => r[0] === configLabel('today')) + 1;
    expect(fixed.config.todayFixed).toEqual({ row });
    expect(todayFixedNote(fixed.config)).toMatch(new RegExp(`dòng ${row}, mục “Ngày kiểm tra” đang ghi ngày 15/05/2024: mọi phiếu được kiểm tra như vào ngày đó`));
    // Blank (the default), or not a date (an error says so, the day of the run is used): nothing fixed.
    expect(todayFixedNote(configFromRows(tab(), now).config)).toBeNull();
    expect(todayFixedNote(configFromRows(tab(undefined, { today: 'hôm qua' }), now).config)).toBeNull();
  });
});

describe('milestones', () => {
  it('accepts day.month.year as typed in Vietnam', () => {
    expect(formatDate(parseConfigDate('15.10.2026')!)).toBe('15/10/2026');
    expect(formatDate(parseConfigDate('1.6.2027')!)).toBe('01/06/2027');
    expect(parseConfigDate('31.02.2027')).toBeNull();
    expect(parseConfigDate('15.10')).toBeNull();
    const { config, errors } = configFromRows(tab(undefined, { 'milestone.KE-HOACH': '25.09.2026', 'plan.date': '2.9.2026' }), new Date(2026, 8, 15));
    expect(errors).toEqual([]);
    expect(formatDate(milestone(config, 'KE-HOACH').date)).toBe('25/09/2026');
    expect(config.organisation.planDate).toBe('02/09/2026');
  });
  it('marks an unreadable milestone as unsettled: the stand-in is for the checks, never for schools', () => {
    const { config, errors } = configFromRows(tab(undefined, { 'milestone.KE-HOACH': '1/10/26' }), new Date(2026, 8, 15));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/“Mốc: hạn kế hoạch của đơn vị”.*“1\/10\/26”.*tạm dùng ngày 30\/09\/2026 để kiểm tra và không gửi thư nhắc hạn này/);
    expect(dateUnsettled(config, 'milestone.KE-HOACH')).toBe(true);
    expect(dateUnsettled(config, 'milestone.DANG-KY-DONG')).toBe(false);
  });
  it('says so when the years changed and a milestone still holds the previous period default', () => {
    // Thiết lập wrote the 2021–2025 dates; the office then set the years and the name to 2026–2030.
    const rows = tab(defaultConfig(new Date(2024, 0, 1)), { 'period.name': '2026-2030', 'period.startYear': 2026, 'period.endYear': 2030 });
    const { config, errors } = configFromRows(rows, new Date(2026, 8, 15));
    expect(config.period.name).toBe('2026-2030');
    expect(errors).toHaveLength(6);
    const close = errors.find((e) => e.includes('“Mốc: kết thúc đăng ký”'))!;
    expect(close).toMatch(/“31\/05\/2023” vẫn là ngày mặc định của giai đoạn 2021-2025, không thuộc giai đoạn 2026-2030/);
    expect(close).toMatch(/xóa ô để dùng ngày mặc định 31\/05\/2028/);
    // Meanwhile the checks run on the new period's dates, and no reminder of them goes.
    expect(formatDate(milestone(config, 'DANG-KY-DONG').date)).toBe('31/05/2028');
    for (const m of config.period.milestones) expect(dateUnsettled(config, `milestone.${m.id}`)).toBe(true);
  });
  it('refuses a milestone outside the period', () => {
    const { config, errors } = configFromRows(tab(undefined, { 'milestone.SO-KET': '11/06/2031' }), new Date(2026, 8, 15));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/dòng \d+, mục “Mốc: sơ kết”: giá trị “11\/06\/2031” nằm ngoài giai đoạn 2026-2030/);
    expect(formatDate(milestone(config, 'SO-KET').date)).toBe('11/06/2028');
    expect(config.unsettled).toEqual(['milestone.SO-KET']);
  });
  it('orders only what must be ordered: a plan deadline after the opening, a conference anywhere, a cleared cell', () => {
    // The plan does not make registration wait for the units' plans, nor date the commendation conference.
    expect(configFromRows(tab(undefined, { 'milestone.KE-HOACH': '15.10.2026' }), new Date(2026, 8, 15)).errors).toEqual([]);
    expect(configFromRows(tab(undefined, { 'milestone.BIEU-DUONG': '15/01/2030' }), new Date(2026, 8, 15)).errors).toEqual([]);
    // A cell left empty takes its default, which the office did not write: in order with the dates written, nothing
    // is said; out of order, the default is said to be a stand-in (held back from schools), the date written stands
    // (review diff19 #1: a review's default before the registration's closing was used with nothing said).
    const inOrder = configFromRows(tab(undefined, { 'milestone.DANG-KY-MO': '', 'milestone.DANG-KY-DONG': '15/10/2027' }), new Date(2026, 8, 15));
    expect(inOrder.errors).toEqual([]);
    expect(inOrder.config.unsettled ?? []).toEqual([]);
    const rows = tab(undefined, { 'milestone.DANG-KY-MO': '', 'milestone.DANG-KY-DONG': '15/09/2026' });
    const cleared = configFromRows(rows, new Date(2026, 8, 15));
    const rowOf = (key: string) => rows.findIndex((r) => r[0] === configLabel(key)) + 1;
    expect(cleared.errors).toEqual([
      expect.stringContaining(
        `dòng ${rowOf('milestone.DANG-KY-MO')}, mục “${configLabel('milestone.DANG-KY-MO')}” đang để trống, và ngày mặc định ${formatDate(milestone(cleared.config, 'DANG-KY-MO').date)} của Kế hoạch không theo đúng thứ tự`,
      ),
    ]);
    expect(cleared.config.unsettled).toEqual(['milestone.DANG-KY-MO']);
    expect(formatDate(milestone(cleared.config, 'DANG-KY-DONG').date)).toBe('15/09/2026');
  });
  it('refuses milestones out of the plan order, naming both rows', () => {
    // The deadline typed with the wrong year: before the opening.
    const rows = tab(undefined, { 'milestone.DANG-KY-MO': '01/10/2026', 'milestone.DANG-KY-DONG': '31/05/2026' });
    const { config, errors } = configFromRows(rows, new Date(2026, 8, 15));
    const rowOf = (key: string) => rows.findIndex((r) => r[0] === configLabel(key)) + 1;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`mốc “Mốc: kết thúc đăng ký” (dòng ${rowOf('milestone.DANG-KY-DONG')}, ngày 31/05/2026) đứng trước mốc “Mốc: mở đăng ký” (dòng ${rowOf('milestone.DANG-KY-MO')}, ngày 01/10/2026)`);
    expect(config.unsettled?.sort()).toEqual(['milestone.DANG-KY-DONG', 'milestone.DANG-KY-MO']);
    // Both kept as written: the tool cannot tell which one is wrong.
    expect(formatDate(milestone(config, 'DANG-KY-DONG').date)).toBe('31/05/2026');
  });
  it('compares past a milestone it cannot read: an interim review typed before the opening is still refused', () => {
    const rows = tab(undefined, { 'milestone.DANG-KY-MO': '01/10/2026', 'milestone.DANG-KY-DONG': '31/5/28x', 'milestone.SO-KET': '15/09/2026' });
    const { config, errors } = configFromRows(rows, new Date(2026, 8, 15));
    expect(errors).toHaveLength(2);
    expect(errors[1]).toMatch(/mốc “Mốc: sơ kết[^”]*” \(dòng \d+, ngày 15\/09\/2026\) đứng trước mốc “Mốc: mở đăng ký” \(dòng \d+, ngày 01\/10\/2026\)/);
    expect(dateUnsettled(config, 'milestone.SO-KET')).toBe(true);
  });
  it('accepts equal neighbouring milestones and a later milestone written by the office', () => {
    const { errors } = configFromRows(tab(undefined, { 'milestone.DANG-KY-MO': '30/09/2026', 'milestone.TONG-KET': '15/04/2030' }), new Date(2026, 8, 15));
    expect(errors).toEqual([]);
  });
  it('an unreadable report deadline is unsettled too', () => {
    const { config } = configFromRows(tab(undefined, { 'reports.annualDeadline': '15.12' }), new Date(2026, 8, 15));
    expect(dateUnsettled(config, 'reports.annualDeadline')).toBe(true);
    expect(dateUnsettled(config, 'reports.halfYearDeadline')).toBe(false);
  });
});

describe('required rows left empty', () => {
  it('an empty office name is named, and the texts keep a name', () => {
    const { config, errors } = configFromRows(tab(undefined, { 'organisation.kind': 'UBND xã/phường', 'organisation.name': '' }), new Date(2026, 8, 15));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/dòng 3, mục “Tên cơ quan” đang để trống/);
    expect(config.organisation.name).toBe('Ủy ban nhân dân xã');
    expect(errors[0]).toContain('“Ủy ban nhân dân xã”');
  });
  it('an empty end year is named as empty, and the period is what the other rows say', () => {
    const rows = tab(undefined, { 'period.endYear': '' });
    const { config, errors } = configFromRows(rows, new Date(2026, 8, 15));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/mục “Năm kết thúc giai đoạn” đang để trống.*tạm kiểm tra theo giai đoạn 2026-2030.*không gửi thư nhắc hạn nào/);
    expect(errors[0]).not.toContain('2026-2025');
    expect([config.period.startYear, config.period.endYear]).toEqual([2026, 2030]);
    expect(dateUnsettled(config, 'milestone.DANG-KY-DONG')).toBe(true);
  });
  it('an empty start year follows the name, else the end year', () => {
    const named = configFromRows(tab(periodCfg(2026, 2028), { 'period.startYear': '' }), new Date(2026, 8, 15));
    expect([named.config.period.startYear, named.config.period.endYear]).toEqual([2026, 2028]);
    const unnamed = configFromRows(tab(undefined, { 'period.startYear': '', 'period.name': 'Giai đoạn mới' }), new Date(2026, 8, 15));
    expect([unnamed.config.period.startYear, unnamed.config.period.endYear]).toEqual([2026, 2030]);
  });
});

function periodCfg(start: number, end: number) {
  return defaultConfig(new Date(start, 8, 15), periodConfig(start, end));
}

describe('a registration while the end of the window is not a usable date', () => {
  it('is not called late by the stand-in date', () => {
    const now = new Date(2028, 5, 10);
    const read = (typed: Record<string, unknown>) => configFromRows(tab(defaultConfig(now), typed), now).config;
    const sentAt = new Date(2028, 5, 5, 9, 0, 0); // after the default 31/05/2028, before what the office meant (30/06)
    const lateOf = (cfg: OfficeConfig) => {
      const f = form(cfg);
      return evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(f), answersToRow(f, individualAnswers('teacher', cfg), sentAt, SCHOOLS[0].emails[0])] }).registrations[0].late;
    };
    expect(lateOf(read({}))).toBe(true);
    const unreadable = read({ 'milestone.DANG-KY-DONG': '30/6/28x' });
    expect(dateUnsettled(unreadable, 'milestone.DANG-KY-DONG')).toBe(true);
    expect(lateOf(unreadable)).toBe(false);
  });
});

describe('"Loại cơ quan" changed after Thiết lập wrote the defaults', () => {
  it("the rows still holding the other kind's defaults are given the office's kind's, what the tool uses; the office's own values are kept", () => {
    const now = new Date(2026, 8, 15);
    const rows = tab(defaultConfig(now), { 'organisation.kind': 'UBND xã/phường', 'organisation.name': 'Ủy ban nhân dân xã Suối Ngọc' });
    const { config } = configFromRows(rows, now);
    expect(config.organisation.kind).toBe('xa');
    const follow = kindDefaultsToFollow(rows, config);
    const label = (row: number) => String(rows[row - 1][0]);
    const byLabel = new Map(follow.map((f) => [label(f.row), f.value]));
    // The name was written by the office: kept. The title of the signer was the Sở's "Giám đốc": the commune's now.
    expect([...byLabel.keys()]).not.toContain(configLabel('organisation.name'));
    expect(byLabel.get(configLabel('organisation.signerTitle'))).toBe(config.organisation.signer.title);
    expect(config.organisation.signer.title).toBe('Chủ tịch');
    expect(byLabel.get(PROFILE_CONFIG_LABELS['organisation.selfName'] ?? configLabel('organisation.selfName'))).toBe('Ủy ban');
    expect(follow).toHaveLength(4);
    for (const f of follow) expect(String(rows[f.row - 1][1])).not.toBe(f.value);
    // Written in, nothing more to follow; the same kind throughout: nothing.
    const after = rows.map((r, i) => (follow.some((f) => f.row === i + 1) ? [r[0], follow.find((f) => f.row === i + 1)!.value, r[2]] : r));
    expect(kindDefaultsToFollow(after, configFromRows(after, now).config)).toEqual([]);
    expect(kindDefaultsToFollow(tab(defaultConfig(now)), defaultConfig(now))).toEqual([]);
  });
});
