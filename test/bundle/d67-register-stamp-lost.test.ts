// Review d67 (fixed by 1b58f89): review r66g's case, then the hidden register "Sổ mã phiếu" deleted or its rows cleared by
// accident (README: the tool gets the codes back from "Kết quả kiểm tra", "phiếu giữ mã cũ, lần gửi đầu và quyết
// định"). The clerk had replaced the school's address in "Đơn vị"; the school's decided registration stood thanks to
// the register's stamp ("Đơn vị có e-mail người gửi (lúc nhận phiếu)"). The register rebuilt from the results has no
// stamps: every code is stamped again from "Đơn vị" as it stands now — the school's old address is listed nowhere — and
// the copy sent from a personal address takes the place of the registration the council proposed.
import { describe, expect, it } from 'vitest';
import { clearTabRow, deleteTab, setTabHidden } from '../../scripts/user';
import { decide } from './helpers';
import { REVIEW, previewNominees, rebuild, replaceAddress, sentTwice, table } from './r66g-lib';

const REGISTER = 'Sổ mã phiếu';

describe('review d67: the register\'s stamps lost after a school\'s address was replaced', () => {
  it.each(['deleted', 'cleared'] as const)('the register %s: the decided registration from the school\'s address of the time stays in force', (how) => {
    const { ctx, school, fromSchool } = sentTwice();
    decide(ctx, fromSchool, 'Đề nghị khen', 'Giáo viên tiêu biểu.');
    rebuild(ctx);
    replaceAddress(ctx, school);
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
