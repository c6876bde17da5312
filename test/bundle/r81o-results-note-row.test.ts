// Review r81o F1 (office staff handling the spreadsheet). Who is hurt: the clerk who keeps "Kết quả kiểm tra" as the
// list she prints and annotates.
// Steps: after "Cập nhật tổng hợp" the clerk types a line of her own under the table of "Kết quả kiểm tra" (who drew up
// the list: "Người lập biểu: Nguyễn Văn An"), or sorts the tab by name, without adding any column of her own; then
// "Cập nhật tổng hợp" runs again (menu or the daily trigger).
// Now: writeResults (src/jobs/results.ts) writes the tab in place, keeping the office's rows and order, only when the
// office added a column (officeAddedTo looks at columns alone); otherwise writeTable writes the tab whole: her line is
// gone, nothing said in "Nhật ký lỗi", and her sort is undone. (A submission, answered alone, kept the line.)
// Should: as README says of the tab ("cột, dòng riêng mà phòng thêm vào … và thứ tự đã sắp xếp được giữ nguyên, mỗi ô
// đi theo mã phiếu của dòng"), the row she typed stays, and so does her order.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { sortTab, typeCell } from '../../scripts/user';
import { SCHOOLS, collectiveAnswers, individualAnswers, officeAfterSetup } from './helpers';

type Ctx = ReturnType<typeof officeAfterSetup>;
const RESULTS = 'Kết quả kiểm tra';

function submit(ctx: Ctx, n: number, offset = 0): void {
  for (let i = 0; i < n; i++) {
    const s = SCHOOLS[(i + offset) % SCHOOLS.length];
    const collective = (i + offset) % 2 === 0;
    ctx.emu.clock.advance(60_000);
    const base = collective ? collectiveAnswers() : individualAnswers('teacher');
    ctx.emu.forms.submitAsUser(ctx.formId, { ...base, [Q.school]: s.name, [collective ? Q.collectiveName : Q.individualName]: `Đối tượng ${i + offset}` }, { email: s.emails[0] });
  }
}
const rebuild = (ctx: Ctx) => ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
const firstColumn = (ctx: Ctx) => ctx.emu.spreadsheets.values(RESULTS).map((r) => String(r[0]));

describe('"Kết quả kiểm tra" with no column of the office\'s', () => {
  it('a line the clerk typed under the table stays through "Cập nhật tổng hợp"', () => {
    const ctx = officeAfterSetup(SCHOOLS);
    submit(ctx, 4);
    rebuild(ctx);
    // Header and four registrations: rows 1–5; one blank row, then her line.
    typeCell(ctx.emu, RESULTS, 7, 1, 'Người lập biểu: Nguyễn Văn An');
    ctx.emu.clock.advance(600_000);
    rebuild(ctx);
    expect(firstColumn(ctx)).toContain('Người lập biểu: Nguyễn Văn An');
  });

  it('the order the clerk sorted it in stays through "Cập nhật tổng hợp"', () => {
    const ctx = officeAfterSetup(SCHOOLS);
    submit(ctx, 4);
    rebuild(ctx);
    const name = ctx.emu.spreadsheets.values(RESULTS)[0].map(String).indexOf('Tên tập thể / cá nhân') + 1;
    // Sorted by name, Z→A.
    sortTab(ctx.emu, RESULTS, [{ column: name, ascending: false }]);
    const sorted = firstColumn(ctx);
    expect(sorted.slice(1)).toEqual(['DK-000005', 'DK-000004', 'DK-000003', 'DK-000002']);
    ctx.emu.clock.advance(600_000);
    rebuild(ctx);
    expect(firstColumn(ctx)).toEqual(sorted);
  });
});
