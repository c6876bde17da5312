// Review helper r82i F3 (identity of the people who send and edit). Hòa Bình's clerk registers teacher Nguyễn Thị Lan
// from the school's address; the teacher, not knowing, also registers herself from her own address ai.do@gmail.com,
// which "Đơn vị" does not list. The school's registration is the one in force (a stranger cannot replace a school's
// verified registration: README "Ai được nói thay trường", reviews diff44 M2, r66g) and the council decides it. The
// clerk then forwards the school's confirmation to the teacher so she can correct her phone number herself: she opens
// its edit link signed in with her own account, and the form records her address. That edit makes the school's
// registration "from an address the school does not list" (src/core/duplicates.ts emailVerified reads the last
// editor's address; src/core/ledger.ts re-stamps «sentAs» for the editor's address): both are now strangers', the one
// first sent later wins, and the teacher's stale self-registration replaces the school's decided one.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { decide } from './helpers';
import { REVIEW, previewNominees, rebuild, sentTwice, table } from './r66g-lib';

const PERSONAL = 'ai.do@gmail.com'; // the address sentTwice's second registration came from

describe('r82i F3: the teacher corrects the school\'s registration of her through its edit link, from her own account', () => {
  it('the school\'s registration, decided by the council, stays the one in force', () => {
    const { ctx, teacher, sent, fromSchool, fromOutside } = sentTwice();
    decide(ctx, fromSchool, 'Đề nghị khen', 'Giáo viên tiêu biểu.');
    rebuild(ctx);
    expect(previewNominees(ctx)).toEqual([fromSchool]);
    // The teacher edits the school's registration (its link forwarded by the clerk): only her phone number changes.
    ctx.emu.clock.advance(3_600_000);
    const response = ctx.emu.forms.byId(ctx.formId)!.responses.find((r) => r.id === sent.responseId)!;
    response.email = PERSONAL;
    ctx.emu.forms.submitAsUser(ctx.formId, { ...teacher, [Q.phone]: '0912 345 679' }, { email: PERSONAL, editResponseId: sent.responseId });
    ctx.emu.clock.advance(3_600_000);
    rebuild(ctx);
    expect(ctx.emu.runtime.executions.filter((x) => x.error)).toEqual([]);
    const row = (id: string) => table(ctx, REVIEW).find((r) => r['Mã phiếu'] === id)!;
    expect(row(fromSchool)['Kết luận tự động']).not.toBe('Đã thay thế');
    expect(row(fromSchool)['Quyết định của Hội đồng']).toBe('Đề nghị khen');
    expect(row(fromOutside)['Kết luận tự động']).toBe('Đã thay thế');
    expect(previewNominees(ctx), `${fromOutside} must not take ${fromSchool}'s place`).toEqual([fromSchool]);
  });
});
