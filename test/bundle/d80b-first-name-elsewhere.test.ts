// Review helper d80b F3 (adversarial reading of f80b). Since f80b a registration of a school with a "Tên cũ" is keyed
// by the school its response named when the register first saw it; when that is none of the school's names (sent for
// another school by mistake, then corrected), it is keyed by the name the response gives now. After a merger, an edit
// must give the merged name (the only one the form offers), so such a registration becomes the merged school's "own"
// under its current name. Here Hòa Bình's "Tổ Toán" was first sent under Hoa Sen by mistake and corrected to Hòa Bình
// the same week; Quang Minh has its own "Tổ Toán"; the council proposes both. After the merger the new clerk corrects
// the phone number of both teams (as in f80b's own case, r79m-lib, f80b-merged-edit-identity): Hòa Bình's team is now
// taken for one sent under the merged school's current name from the clerk's address, and it replaces Quang Minh's.
import { describe, expect, it } from 'vitest';
import { previewNominees } from './r66g-lib';
import { HOA_BINH, HOA_SEN, QUANG_MINH, reportOffice } from './r67r-lib';
import { team, verdicts, proposeBoth, mergeWithNewClerk, newClerkCorrects } from './merged-teams-lib';

describe('d80b F3: a registration first sent under another school, corrected, then edited after a merger', () => {
  it('Hòa Bình\'s "Tổ Toán" (first sent under Hoa Sen by mistake) does not replace Quang Minh\'s once the new clerk corrects both', () => {
    const w = reportOffice(new Date(2027, 4, 20, 9));
    const { emu, bundle } = w;
    emu.clock.set(new Date(2027, 4, 21, 9));
    const b = emu.forms.submitAsUser(w.o.formId, team(w, QUANG_MINH.name) as never, { email: QUANG_MINH.emails[0] });
    emu.clock.advance(60_000);
    // Hòa Bình's clerk picks the school above hers in the list; the morning's rebuild sees it so.
    const a = emu.forms.submitAsUser(w.o.formId, team(w, HOA_SEN.name) as never, { email: HOA_BINH.emails[0] });
    w.rebuild(new Date(2027, 4, 22, 7));
    // She corrects the school through her edit link.
    emu.clock.set(new Date(2027, 4, 22, 9));
    emu.forms.submitAsUser(w.o.formId, team(w, HOA_BINH.name) as never, { email: HOA_BINH.emails[0], editResponseId: a.responseId });
    w.rebuild(new Date(2027, 4, 23, 7));
    const both = proposeBoth(w, new Date(2027, 4, 24, 7));
    // The merger as the guide asks; the merged school's new clerk added to its row; Thiết lập. She corrects the phone
    // number of both teams, choosing the school as the form offers it.
    mergeWithNewClerk(w, new Date(2027, 5, 1, 10), new Date(2027, 5, 2, 7));
    const told = newClerkCorrects(w, b.responseId, a.responseId, new Date(2027, 5, 2));
    expect([...verdicts(w).values()]).toEqual(['Đạt', 'Đạt']);
    expect(told.filter((s) => s.includes('thay bằng') || s.includes('Không được xét'))).toEqual([]);
    expect(previewNominees(w.o).sort()).toEqual(both);
  });
});
