// Review of 2caf8c5: README says the line's verdict and what-to-fix are "lúc công cụ nhận phiếu (đúng điều thư xác nhận
// báo cho trường)". A line the full run writes for a sending it did not answer — an upgraded office's earlier sendings,
// the tab made again, a row deleted — carried the verdict of the day it is written, in the same column, unmarked
// (review versions M1). Now it says it was written later (VERSIONS_LATER).
import { describe, expect, it } from 'vitest';
import { Q, initiativeTitles } from '../../src/core/registration-form';
import { VERSIONS_HEADER, VERSIONS_TAB } from '../../src/core/messages';
import { deleteTab, typeCell } from '../../scripts/user';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

const school = SCHOOLS[0];
const [, CODE, , , , , VERDICT] = VERSIONS_HEADER;
type Ctx = ReturnType<typeof officeAfterSetup>;

function lines(ctx: Ctx): Record<string, unknown>[] {
  const [header, ...rows] = ctx.emu.spreadsheets.values(VERSIONS_TAB);
  return rows.filter((r) => r.some((v) => v !== '' && v != null)).map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

describe('versions (review): what a line says the school was told', () => {
  it('an office upgraded after a "Cần bổ sung" confirmation, its criteria changed since: the backfilled line does not claim "Đạt" was the conclusion on receipt', () => {
    const ctx = officeAfterSetup(SCHOOLS);
    ctx.emu.forms.submitAsUser(ctx.formId, { ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: 'Lê Thị Hoa', [initiativeTitles(2).name]: '' } as never, { email: school.emails[0] });
    expect(ctx.emu.mail.sent.map((m) => m.subject).filter((s) => s.includes('Cần bổ sung — Đã nhận phiếu DK-000002'))).toHaveLength(1);
    // As before this commit: no tab, never made.
    deleteTab(ctx.emu, VERSIONS_TAB);
    ctx.emu.properties.script.delete('versions.made');
    // Weeks later the office makes every criterion priority-only: her registration is "Đạt" now.
    ctx.emu.clock.advance(20 * 86_400_000);
    const crit = ctx.emu.spreadsheets.values('Tiêu chí');
    const mandatory = crit[0].map(String).indexOf('Bắt buộc');
    for (let i = 1; i < crit.length; i++) if (String(crit[i][0]).trim() !== '') typeCell(ctx.emu, 'Tiêu chí', i + 1, mandatory + 1, 'Không');
    // The upgrade's first rebuild.
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const hers = lines(ctx).filter((l) => l[CODE] === 'DK-000002');
    expect(hers).toHaveLength(1);
    // "Kết luận lúc ghi nhận": not "Đạt", which the school was never told (blank, or marked as today's, would do).
    expect(hers[0][VERDICT]).not.toBe('Đạt');
  });
});
