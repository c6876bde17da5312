// Review d67 (fails today): review r66g's case, then the hidden register "Sổ mã phiếu" deleted or its rows cleared by
// accident (README: the tool gets the codes back from "Kết quả kiểm tra", "phiếu giữ mã cũ, lần gửi đầu và quyết
// định"). The clerk had replaced the school's address in "Đơn vị"; the school's decided registration stood thanks to
// the register's stamp ("Đơn vị có e-mail người gửi (lúc nhận phiếu)"). The register rebuilt from the results has no
// stamps: every code is stamped again from "Đơn vị" as it stands now — the school's old address is listed nowhere — and
// the copy sent from a personal address takes the place of the registration the council proposed.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { PROPOSAL_BLOCKED } from '../../src/core/messages';
import { clearTabRow, deleteTab, setTabHidden, typeCell } from '../../scripts/user';
import { SCHOOLS, alertsShown, individualAnswers, officeAfterSetup } from './helpers';

type Ctx = ReturnType<typeof officeAfterSetup>;
const REVIEW = 'Thẩm định';
const REGISTER = 'Sổ mã phiếu';

function table(ctx: Ctx, tab: string): Record<string, unknown>[] {
  const values = ctx.emu.spreadsheets.values(tab);
  const header = values[0] as string[];
  return values.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

function decide(ctx: Ctx, id: string) {
  const values = ctx.emu.spreadsheets.values(REVIEW);
  const header = values[0] as string[];
  const row = values.findIndex((r) => r[0] === id);
  typeCell(ctx.emu, REVIEW, row + 1, header.indexOf('Quyết định của Hội đồng') + 1, 'Đề nghị khen');
  typeCell(ctx.emu, REVIEW, row + 1, header.indexOf('Nhận xét') + 1, 'Giáo viên tiêu biểu.');
  typeCell(ctx.emu, REVIEW, row + 1, header.indexOf('Người thẩm định') + 1, 'Đ/c Phó trưởng phòng');
}

const rebuild = (ctx: Ctx) => ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });

function previewNominees(ctx: Ctx): string[] {
  const before = alertsShown(ctx.emu).length;
  ctx.bundle.call('previewProposals', undefined, { kind: 'menu' });
  if (alertsShown(ctx.emu).slice(before).some((a) => a.startsWith(PROPOSAL_BLOCKED.head))) return [];
  const values = ctx.emu.spreadsheets.values('Đề nghị khen thưởng');
  const header = values.findIndex((r) => r[0] === 'STT');
  const col = (values[header] as string[]).indexOf('Mã phiếu');
  return values.slice(header + 1).map((r) => String(r[col])).filter((id) => /^DK-/.test(id));
}

describe('review d67: the register\'s stamps lost after a school\'s address was replaced', () => {
  it.each(['deleted', 'cleared'] as const)('the register %s: the decided registration from the school\'s address of the time stays in force', (how) => {
    const ctx = officeAfterSetup();
    const school = SCHOOLS[1];
    const teacher = { ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: 'Nguyễn Thị Lan' };
    ctx.emu.clock.advance(60_000);
    ctx.emu.forms.submitAsUser(ctx.formId, teacher, { email: school.emails[0] });
    ctx.emu.clock.advance(60_000);
    ctx.emu.forms.submitAsUser(ctx.formId, teacher, { email: 'ai.do@gmail.com' });
    rebuild(ctx);
    const [fromSchool] = table(ctx, REVIEW).filter((r) => r['Tên'] === 'Nguyễn Thị Lan').map((r) => String(r['Mã phiếu'])).sort();
    decide(ctx, fromSchool);
    rebuild(ctx);
    const dir = ctx.emu.spreadsheets.values('Đơn vị');
    const header = dir[0] as string[];
    typeCell(ctx.emu, 'Đơn vị', dir.findIndex((r) => r[header.indexOf('Tên đơn vị')] === school.name) + 1, header.indexOf('Email') + 1, 'truongmoi@example.edu.vn');
    ctx.emu.clock.advance(3600_000);
    rebuild(ctx);
    // Precondition (holds today, review r66g): the stamp keeps the school's registration in force.
    expect(previewNominees(ctx)).toEqual([fromSchool]);
    // The register lost by accident.
    if (how === 'deleted') deleteTab(ctx.emu, REGISTER);
    else {
      setTabHidden(ctx.emu, REGISTER, false);
      const n = ctx.emu.spreadsheets.values(REGISTER).length;
      for (let r = n; r >= 2; r--) clearTabRow(ctx.emu, REGISTER, r);
    }
    ctx.emu.clock.advance(3600_000);
    rebuild(ctx);
    const row = table(ctx, REVIEW).find((r) => r['Mã phiếu'] === fromSchool)!;
    expect(row['Quyết định của Hội đồng']).toBe('Đề nghị khen');
    expect(row['Kết luận tự động']).not.toBe('Đã thay thế');
    expect(previewNominees(ctx)).toEqual([fromSchool]);
  });
});
