// Review helper d80b F1 (adversarial reading of f80b): the register keeps the school a response named when first seen
// ("Dấu đơn vị khi gửi lần đầu"), and since f80b sentUnder keys a registration of a school with a "Tên cũ" by that first
// name, even when the response, corrected by its own school before the merger, names another of the school's names.
// Quang Minh's clerk first picks "Trường ... Hòa Bình" by mistake for her "Tổ Toán" and corrects it to Quang Minh through
// the edit link the same day; Hòa Bình registers its own "Tổ Toán". Both are proposed. After the merger (r79m-lib) Quang
// Minh's team is keyed by the name it was wrongly first sent under, becomes Hòa Bình's "Tổ Toán", and one of the two
// proposed teams is «Đã thay thế».
import { describe, expect, it } from 'vitest';
import { previewNominees } from './r66g-lib';
import { HOA_BINH, QUANG_MINH, reportOffice } from './r67r-lib';
import { mergeQuangMinhIntoHoaBinh } from './r79m-lib';
import { team, verdicts, proposeBoth } from './merged-teams-lib';

describe('d80b F1: a school that corrected the school of its registration before a merger', () => {
  it('Quang Minh\'s "Tổ Toán", first sent under Hòa Bình by mistake and corrected to Quang Minh, is not replaced by Hòa Bình\'s after the merger', () => {
    const w = reportOffice(new Date(2027, 4, 20, 9));
    const { emu, bundle } = w;
    // Quang Minh's clerk picks the wrong school, and the register sees it so (the morning's rebuild).
    emu.clock.set(new Date(2027, 4, 21, 9));
    const wrong = emu.forms.submitAsUser(w.o.formId, team(w, HOA_BINH.name) as never, { email: QUANG_MINH.emails[0] });
    w.rebuild(new Date(2027, 4, 22, 7));
    // She notices it and corrects the school through the edit link of her receipt; Hòa Bình registers its own team.
    emu.clock.set(new Date(2027, 4, 22, 9));
    emu.forms.submitAsUser(w.o.formId, team(w, QUANG_MINH.name) as never, { email: QUANG_MINH.emails[0], editResponseId: wrong.responseId });
    emu.clock.set(new Date(2027, 4, 22, 10));
    emu.forms.submitAsUser(w.o.formId, team(w, HOA_BINH.name) as never, { email: HOA_BINH.emails[0] });
    w.rebuild(new Date(2027, 4, 23, 7));
    const both = proposeBoth(w, new Date(2027, 4, 24, 7));
    // The merger as the guide asks, Thiết lập, the next morning's rebuild.
    emu.clock.set(new Date(2027, 5, 1, 10));
    const sentBefore = emu.mail.sent.length;
    mergeQuangMinhIntoHoaBinh(emu);
    bundle.call('setup', undefined, { kind: 'menu' });
    w.rebuild(new Date(2027, 5, 2, 7));
    expect(w.failures()).toEqual([]);
    // Two schools' teams, each proposed by the council: neither replaces the other.
    expect([...verdicts(w).values()]).toEqual(['Đạt', 'Đạt']);
    expect(emu.mail.sent.slice(sentBefore).map((m) => m.subject).filter((s) => s.includes('Không được xét'))).toEqual([]);
    expect(previewNominees(w.o).sort()).toEqual(both);
  });
});
