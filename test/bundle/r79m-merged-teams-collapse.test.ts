// Review r79m F2: two schools merged (Quang Minh into Hòa Bình, now "Trường TH&THCS Hòa Bình"), each with its own
// "Tổ Toán" registered before the merger and proposed by the council. The tool keeps the two apart while they stand
// under the two old names (review "reorg" #1: "two teams of one name in two schools collapsed"). After Thiết lập the
// form offers only the merged school's name, so when each school corrects its registration through its edit link it
// has to pick that name: the two teams then stand under one name and the later one replaces the other. Hòa Bình's
// team, which the council had proposed, becomes "Đã thay thế (Đạt)" and its school is told «Không được xét (trùng với
// phiếu DK-…)», though nobody registered anything again: each school only re-sent its own registration.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { collectiveAnswers, decide } from './helpers';
import { HOA_BINH, QUANG_MINH, reportOffice } from './r67r-lib';
import { MERGED, mergeQuangMinhIntoHoaBinh } from './r79m-lib';


describe('review r79m F2: the same team name at two merged schools, both edited after the merge', () => {
  it('neither team replaces the other, and neither school is told its registration is not considered', () => {
    const w = reportOffice(new Date(2027, 4, 20, 9));
    const { emu, bundle } = w;
    const team = (s: typeof HOA_BINH) => ({ ...collectiveAnswers(w.cfg), [Q.school]: s.name, [Q.collectiveName]: 'Tổ Toán' });
    emu.clock.set(new Date(2027, 4, 21, 9));
    const a = emu.forms.submitAsUser(w.o.formId, team(HOA_BINH) as never, { email: HOA_BINH.emails[0] });
    emu.clock.advance(60_000);
    const b = emu.forms.submitAsUser(w.o.formId, team(QUANG_MINH) as never, { email: QUANG_MINH.emails[0] });
    w.rebuild(new Date(2027, 4, 22, 7));
    const codes = emu.spreadsheets.values('Thẩm định').slice(1).map((r) => String(r[0]));
    expect(codes).toHaveLength(2);
    for (const code of codes) decide(w.o, code, 'Đề nghị khen', 'Tập thể tiêu biểu.');
    w.rebuild(new Date(2027, 4, 23, 7));
    // The merger as the guide asks: Hòa Bình's row renamed, both old names in "Tên cũ", Quang Minh's address added to
    // it, Quang Minh's row deleted; Thiết lập refreshes the form.
    emu.clock.set(new Date(2027, 5, 1, 10));
    mergeQuangMinhIntoHoaBinh(emu);
    bundle.call('setup', undefined, { kind: 'menu' });
    w.rebuild(new Date(2027, 5, 2, 7));
    const results = () => new Map(emu.spreadsheets.values('Kết quả kiểm tra').slice(1).map((r) => [String(r[0]), String(r[7])]));
    // Before the edits both teams stand (holds today).
    expect([...results().values()]).toEqual(['Đạt', 'Đạt']);
    const offered = emu.forms.byId(w.o.formId)!.itemByTitle(Q.school)!.choices.map((c) => c.value);
    expect(offered).not.toContain(HOA_BINH.name);
    expect(offered).toContain(MERGED);
    // Each school corrects its phone number through its edit link, picking its school as the form now offers it.
    const sentBefore = emu.mail.sent.length;
    emu.clock.set(new Date(2027, 5, 2, 10));
    emu.forms.submitAsUser(w.o.formId, { ...team(QUANG_MINH), [Q.school]: MERGED, [Q.phone]: '0912 345 679' } as never, { email: QUANG_MINH.emails[0], editResponseId: b.responseId });
    emu.clock.set(new Date(2027, 5, 2, 11));
    emu.forms.submitAsUser(w.o.formId, { ...team(HOA_BINH), [Q.school]: MERGED, [Q.phone]: '0912 345 680' } as never, { email: HOA_BINH.emails[0], editResponseId: a.responseId });
    w.rebuild(new Date(2027, 5, 3, 7));
    expect(w.failures()).toEqual([]);
    expect([...results().values()]).toEqual(['Đạt', 'Đạt']);
    const toHoaBinh = emu.mail.sent.slice(sentBefore).filter((m) => m.to.includes(HOA_BINH.emails[0])).map((m) => m.subject);
    expect(toHoaBinh.length).toBeGreaterThan(0);
    expect(toHoaBinh.filter((s) => s.includes('Không được xét'))).toEqual([]);
  });
});
