// A new period typed into "Cấu hình" of a file that already holds registrations: Thiết lập does not rewrite the forms'
// year grids (the answers given would be read under other years, or not at all), changes no tab, and says in plain
// words what to do — a new file for the new period (Tệp → Tạo bản sao), or the period put back; every run stops on the
// same message instead of a "restore the question's title" per year. Without registrations, the period changes.
import { describe, expect, it } from 'vitest';
import { configToRows, periodConfig } from '../../src/core/config';
import { PERIOD_CHANGED, PERIOD_KEPT, TAB } from '../../src/core/messages';
import { planConfig } from '../../sample/profiles';
import { typeIntoTab } from '../../scripts/season';
import { SCHOOLS, collectiveAnswers, individualAnswers, officeAfterSetup } from './helpers';
import { config2026 } from '../core/helpers';

type Office = ReturnType<typeof officeAfterSetup>;
const DEC_2026 = new Date(2026, 11, 2, 9, 0, 0);

/** Every form's questions as the schools see them (titles, grid rows, choices). */
const formsShape = (o: Office) =>
  JSON.stringify([...o.emu.forms.forms.values()].map((f) => f.items.map((i) => [i.title, i.rows, i.choices.map((c) => c.value)])));
const tabs = (o: Office, names: readonly string[]) => JSON.stringify(names.map((n) => o.emu.spreadsheets.values(n)));
const lastAlert = (o: Office) => o.emu.spreadsheets.ui.filter((u) => u.kind === 'alert').at(-1)?.message ?? '';
const healthLine = (o: Office, label: string) => (o.emu.spreadsheets.values(TAB.health) as unknown[][]).find((r) => r[0] === label)!.map(String).join(' | ');

function typePeriod(o: Office, start: number, end: number): void {
  const cfg = planConfig(new Date(o.emu.clock.now()));
  cfg.period = periodConfig(start, end);
  typeIntoTab(o.emu, TAB.config, configToRows(cfg));
}

describe('a new period typed into "Cấu hình"', () => {
  it('with registrations: Thiết lập keeps the forms and tabs, says what to do; every run stops on it until the period is put back', () => {
    const o = officeAfterSetup(SCHOOLS);
    o.emu.forms.submitAsUser(o.formId, individualAnswers('teacher') as never, { email: SCHOOLS[0].emails[0], at: new Date(o.emu.clock.now() + 60_000) });
    expect(o.emu.runtime.executions.at(-1)!.error).toBeUndefined();
    const kept = [TAB.registrations, TAB.reports, TAB.results, TAB.criteria, TAB.guide, 'Thẩm định'];
    o.emu.clock.set(DEC_2026);
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const forms = formsShape(o);
    expect(forms).toContain('Năm 2021');
    const before = tabs(o, kept);

    typePeriod(o, 2026, 2030);
    o.bundle.call('setup', undefined, { kind: 'menu' });
    const message = PERIOD_CHANGED('2021-2025', '2026-2030', 1, TAB.registrations);
    expect(lastAlert(o)).toBe(message);
    expect(message).toContain('Tệp → Tạo bản sao');
    expect(formsShape(o)).toBe(forms);
    expect(tabs(o, kept)).toBe(before);
    expect(healthLine(o, 'Thiết lập')).toContain(PERIOD_KEPT('2021-2025'));
    expect(o.emu.spreadsheets.values(TAB.log).map((r) => r[2])).toContain(message);

    // The daily run stops on the same message, not on a "missing column" per year.
    expect(() => o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' })).toThrow(message);
    expect(o.emu.runtime.executions.at(-1)!.error).not.toContain('khôi phục đúng tiêu đề câu hỏi');

    // Put back: Thiết lập and the runs go on, the forms as they were.
    typePeriod(o, 2021, 2025);
    o.bundle.call('setup', undefined, { kind: 'menu' });
    expect(lastAlert(o)).toContain('Đã thiết lập xong');
    expect(formsShape(o)).toBe(forms);
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(o.emu.runtime.executions.at(-1)!.error).toBeUndefined();
  });

  it('without registrations: Thiết lập builds the forms for the new period', () => {
    const o = officeAfterSetup(SCHOOLS);
    o.emu.clock.set(DEC_2026);
    typePeriod(o, 2026, 2030);
    o.bundle.call('setup', undefined, { kind: 'menu' });
    expect(lastAlert(o)).toContain('Đã thiết lập xong');
    const forms = formsShape(o);
    expect(forms).toContain('Năm 2026');
    expect(forms).not.toContain('Năm 2021');
  });

  it('its start moved on for a new school year (2026-2030 → 2027-2030) with last year\'s registrations in: kept like any change of period, last year\'s verdicts unchanged, and the office told a school year needs no change (review rollover R1)', () => {
    const now = new Date(2026, 10, 2, 9, 0, 0);
    const cfg = config2026(now);
    const o = officeAfterSetup(SCHOOLS, { now }, cfg);
    o.emu.forms.submitAsUser(o.formId, individualAnswers('teacher', cfg) as never, { email: SCHOOLS[0].emails[0], at: new Date(now.getTime() + 60_000) });
    o.emu.forms.submitAsUser(o.formId, collectiveAnswers(cfg) as never, { email: SCHOOLS[0].emails[0], at: new Date(now.getTime() + 120_000) });
    o.emu.clock.set(new Date(2026, 10, 3, 6, 0, 0));
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const verdicts = () => o.emu.spreadsheets.values('Thẩm định').slice(1).map((r) => `${r[0]} ${r[4]}`);
    expect(verdicts()).toEqual(['DK-000002 Đạt', 'DK-000003 Đạt']);
    const forms = formsShape(o);
    expect(forms).toContain('Năm học 2026-2027');
    // September 2027: the office types the new school year's first year as the period's start and runs Thiết lập.
    o.emu.clock.set(new Date(2027, 8, 5, 9, 0, 0));
    const moved = { ...cfg, period: periodConfig(2027, 2030) };
    typeIntoTab(o.emu, TAB.config, configToRows(moved));
    o.bundle.call('setup', undefined, { kind: 'menu' });
    expect(formsShape(o)).toBe(forms);
    expect(lastAlert(o)).toBe(PERIOD_CHANGED('2026-2030', '2027-2030', 2, 'Phiếu đăng ký'));
    expect(lastAlert(o)).toContain('Sang năm học mới không cần sửa giai đoạn');
    o.emu.clock.set(new Date(2027, 8, 6, 6, 0, 0));
    expect(() => o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' })).toThrow('Sang năm học mới không cần sửa giai đoạn');
    expect(verdicts()).toEqual(['DK-000002 Đạt', 'DK-000003 Đạt']);
    // Put back, the runs go on as before.
    typeIntoTab(o.emu, TAB.config, configToRows(cfg));
    o.bundle.call('setup', undefined, { kind: 'menu' });
    expect(lastAlert(o)).toContain('Đã thiết lập xong');
    expect(formsShape(o)).toBe(forms);
  });
});
