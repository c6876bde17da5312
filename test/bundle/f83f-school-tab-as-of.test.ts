// Review r83q F1, second half (fix f83f): the office's tab of a school, written by the 06:30 rebuild, read at 09:00 after
// the school's registration was confirmed «Đạt», says «Đơn vị chưa có phiếu đăng ký nào.» — and now, under it, that its
// figures run to 06:30 (the moment "Tổng hợp" of the same run states), that what was sent since is counted at the next
// update, and that a registration just sent is already in "Kết quả kiểm tra" (it is). The next rebuild lists it under its
// own moment. A group tab says the same; the school's view keeps its own line, not the office's.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { VIEW_TAB } from '../../src/core/messages';
import { SCHOOLS, individualAnswers, officeAfterSetup, recordsOf, setConfigValues } from './helpers';

const school = SCHOOLS[1];
const firstColumn = (rows: unknown[][]) => rows.map((r) => String(r[0] ?? ''));
const asOf = (rows: unknown[][]) => firstColumn(rows).filter((l) => l.startsWith('Số liệu tính đến'));

function morning(settings: Record<string, string> = {}) {
  const o = officeAfterSetup(SCHOOLS, { now: new Date(2024, 6, 1, 6, 0) });
  setConfigValues(o.emu, { 'schoolViews.enabled': 'Có', ...settings });
  o.emu.clock.set(new Date(2024, 6, 1, 6, 30));
  o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  o.emu.clock.set(new Date(2024, 6, 1, 9, 0));
  o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: 'Trần Thị Bình' } as never, { email: school.emails[0] });
  return o;
}

describe("the office's tab of a school says when its figures were read", () => {
  it('at 09:00 it reads «chưa có phiếu» under the 06:30 moment and points to "Kết quả kiểm tra", which lists the registration; the 10:00 rebuild lists it', () => {
    const o = morning();
    const tab = o.emu.spreadsheets.values(school.name);
    const lines = firstColumn(tab);
    expect(lines[2]).toBe('Đơn vị chưa có phiếu đăng ký nào.');
    expect(lines[3]).toBe(
      'Số liệu tính đến 06:30 ngày 01/07/2024 (lần “Cập nhật tổng hợp” gần nhất; phiếu đăng ký, báo cáo gửi hoặc sửa và quyết định của Hội đồng sau giờ đó được tính ở lần cập nhật sau; phiếu vừa gửi hoặc sửa có ngay ở trang “Kết quả kiểm tra”); không tính các phiếu cũ đã được đăng ký lại (thay thế).',
    );
    // The moment "Tổng hợp" of the same run states.
    expect(asOf(o.emu.spreadsheets.values('Tổng hợp'))[0]).toContain('Số liệu tính đến 06:30 ngày 01/07/2024');
    // Where the line sends the clerk, the registration is.
    expect(o.emu.spreadsheets.values('Kết quả kiểm tra').some((r) => r[0] === 'DK-000002')).toBe(true);

    o.emu.clock.set(new Date(2024, 6, 1, 10, 0));
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const after = o.emu.spreadsheets.values(school.name);
    expect(firstColumn(after)[2]).toMatch(/^1 phiếu đăng ký/);
    expect(asOf(after)).toHaveLength(1);
    expect(asOf(after)[0]).toContain('Số liệu tính đến 10:00 ngày 01/07/2024');
    expect(firstColumn(after)).toContain('DK-000002');
  });

  it("a group tab says it too; the school's view has its own line only", () => {
    const o = morning({ perSchoolTabThreshold: '2' });
    const groups = o.emu.spreadsheets.sheetNames().filter((n) => firstColumn(o.emu.spreadsheets.values(n)).some((l) => / — \d+ đơn vị$/.test(l)));
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) {
      const lines = asOf(o.emu.spreadsheets.values(g));
      expect(lines, g).toHaveLength(1);
      expect(lines[0]).toContain('Số liệu tính đến 06:30 ngày 01/07/2024');
      expect(lines[0]).toContain('phiếu vừa gửi hoặc sửa có ngay ở trang “Kết quả kiểm tra”');
    }
    const record = [...recordsOf(o.emu, 'views.v.').entries()].find(([k]) => k.endsWith(`S:${school.code}`))!;
    const view = o.emu.spreadsheets.values(VIEW_TAB, (JSON.parse(record[1]) as { id: string }).id);
    const viewLines = view.map((r) => r.map(String).join(' ')).filter((l) => l.includes('Số liệu tính đến'));
    expect(viewLines).toHaveLength(1);
    expect(viewLines[0]).not.toContain('Kết quả kiểm tra');
  });
});
