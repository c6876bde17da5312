// The office copies a row of "Thẩm định" (to compare, or to draft a change) and edits the copy's decision (review office #2).
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { PROPOSAL_BLOCKED } from '../../src/core/messages';
import { sortTab, typeCell } from '../../scripts/user';
import { SCHOOLS, alertsShown, collectiveAnswers, individualAnswers, officeAfterSetup } from './helpers';

type Ctx = ReturnType<typeof officeAfterSetup>;
const REVIEW = 'Thẩm định';
const rebuild = (ctx: Ctx) => ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
function col(ctx: Ctx, header: string) { return (ctx.emu.spreadsheets.values(REVIEW)[0] as string[]).indexOf(header) + 1; }
function rowOf(ctx: Ctx, code: string) { return ctx.emu.spreadsheets.values(REVIEW).findIndex((r) => r[0] === code) + 1; }
function preview(ctx: Ctx): string[] {
  const before = alertsShown(ctx.emu).length;
  ctx.bundle.call('previewProposals', undefined, { kind: 'menu' });
  if (alertsShown(ctx.emu).slice(before).some((x) => x.startsWith(PROPOSAL_BLOCKED.head))) return [];
  const values = ctx.emu.spreadsheets.values('Đề nghị khen thưởng');
  const header = values.findIndex((r) => r[0] === 'STT');
  if (header < 0) return [];
  const c = (values[header] as string[]).indexOf('Mã phiếu');
  return values.slice(header + 1).map((r) => String(r[c])).filter((id) => /^DK-/.test(id));
}

describe('a copied row of "Thẩm định" whose decision the clerk changed', () => {
  it('the council\'s "Không đề nghị" on the registration\'s row is not overturned by the copy sorted above it', () => {
    const ctx = officeAfterSetup();
    for (let i = 0; i < 4; i++) {
      const s = SCHOOLS[i % 3];
      ctx.emu.clock.advance(60_000);
      const collective = i % 2 === 0;
      ctx.emu.forms.submitAsUser(ctx.formId, { ...(collective ? collectiveAnswers() : individualAnswers('teacher')), [Q.school]: s.name, [collective ? Q.collectiveName : Q.individualName]: `Đối tượng ${i}` }, { email: s.emails[0] });
    }
    rebuild(ctx);
    const decision = col(ctx, 'Quyết định của Hội đồng');
    typeCell(ctx.emu, REVIEW, rowOf(ctx, 'DK-000003'), decision, 'Không đề nghị');
    typeCell(ctx.emu, REVIEW, rowOf(ctx, 'DK-000003'), col(ctx, 'Nhận xét'), 'Chưa đủ thành tích.');
    rebuild(ctx);
    expect(preview(ctx)).not.toContain('DK-000003');
    // Ctrl+C / Ctrl+V of the row below the table; on the copy the clerk drafts "Đề nghị khen"; then sorts by the decision column.
    const values = ctx.emu.spreadsheets.values(REVIEW);
    const copy = values[rowOf(ctx, 'DK-000003') - 1];
    const at = values.length + 1;
    copy.forEach((v, c) => typeCell(ctx.emu, REVIEW, at, c + 1, v));
    typeCell(ctx.emu, REVIEW, at, decision, 'Đề nghị khen');
    sortTab(ctx.emu, REVIEW, [{ column: decision, ascending: true }]);
    // Two rows of one code disagree: nothing the council did not decide is proposed (before and after the rebuild).
    expect(preview(ctx)).not.toContain('DK-000003');
    rebuild(ctx);
    expect(preview(ctx)).not.toContain('DK-000003');
    ctx.bundle.call('generateProposals', undefined, { kind: 'menu' });
    expect(ctx.emu.docs.list().filter((d) => !d.trashed && d.name.includes('DK-000003'))).toEqual([]);
  });
});
