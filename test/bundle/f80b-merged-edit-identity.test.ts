// Fix helper f80b (left open by f79b, review r79m F2): the identity of a registration edited after a merger is that of
// the response it edits, whoever sends the edit. Quang Minh (CS01) is absorbed into Hòa Bình (TH01), now "Trường
// TH&THCS Hòa Bình", as the guide asks (r79m-lib). Since f79b a registration edited under the merged name is keyed by
// the register's stamp of the rows that listed its sender: (1) an edit sent from an address the register had not seen
// (the merged school's new clerk, the schools having handed her their edit links) is stamped again with today's row,
// so the two schools' "Tổ Toán" became one subject once she corrected both, and one replaced the other; (2) a team first
// sent under the merged name from an address still listed at the old school's row was keyed by the old name once
// edited, so the one it had replaced came back.
//
// The emulator keeps a response's address when it is edited (a verified collection, the respondent the same). Here
// the editor is another person: the response is given her address before her edit, as Forms records the address of
// whoever sends it ("Người trả lời tự nhập", or a verified editor signed in as herself).
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { deleteTabRow } from '../../scripts/user';
import { previewNominees } from './r66g-lib';
import { HOA_BINH, QUANG_MINH, reportOffice } from './r67r-lib';
import { MERGED } from './r79m-lib';
import { codes, team, typeDirectory, verdicts, proposeBoth, mergeWithNewClerk, newClerkCorrects } from './merged-teams-lib';


describe('f80b: a registration edited after a merger keeps the identity of the response it edits', () => {
  it('the merged school\'s new clerk corrects both former schools\' "Tổ Toán": neither replaces the other, both stay proposed', () => {
    const w = reportOffice(new Date(2027, 4, 20, 9));
    const { emu, bundle } = w;
    emu.clock.set(new Date(2027, 4, 21, 9));
    const a = emu.forms.submitAsUser(w.o.formId, team(w, HOA_BINH.name) as never, { email: HOA_BINH.emails[0] });
    emu.clock.advance(60_000);
    const b = emu.forms.submitAsUser(w.o.formId, team(w, QUANG_MINH.name) as never, { email: QUANG_MINH.emails[0] });
    w.rebuild(new Date(2027, 4, 22, 7));
    const both = proposeBoth(w, new Date(2027, 4, 23, 7));
    // The merger as the guide asks, Thiết lập; the merged school's new clerk is added to its row. She corrects the phone
    // number of both teams through the links the schools handed her, choosing the school as the form offers it.
    mergeWithNewClerk(w, new Date(2027, 5, 1, 10), new Date(2027, 5, 2, 7));
    const told = newClerkCorrects(w, b.responseId, a.responseId, new Date(2027, 5, 2));
    expect([...verdicts(w).values()]).toEqual(['Đạt', 'Đạt']);
    expect(told.filter((s) => s.includes('Không được xét'))).toEqual([]);
    expect(previewNominees(w.o).sort()).toEqual(both);
  });

  it('a team first sent under the merged name from an address then listed at the old row, edited later: still replaced by the one sent after it', () => {
    const w = reportOffice(new Date(2027, 4, 20, 9));
    const { emu, bundle } = w;
    // The clerk starts the merger: Hòa Bình's row renamed, both old names in "Tên cũ", Thiết lập (the form offers the
    // merged name). Quang Minh's row, and its address, are still there.
    emu.clock.set(new Date(2027, 4, 20, 10));
    typeDirectory(w.emu, HOA_BINH.code, 'Tên cũ', `${HOA_BINH.name}; ${QUANG_MINH.name}`);
    typeDirectory(w.emu, HOA_BINH.code, 'Tên đơn vị', MERGED);
    bundle.call('setup', undefined, { kind: 'menu' });
    const offered = emu.forms.byId(w.o.formId)!.itemByTitle(Q.school)!.choices.map((c) => c.value);
    expect(offered).toContain(MERGED);
    // The merged school's "Tổ Toán" is registered by the head from Quang Minh, then again by the head from Hòa Bình:
    // both choose the school they work at now.
    emu.clock.set(new Date(2027, 4, 21, 9));
    const first = emu.forms.submitAsUser(w.o.formId, team(w, MERGED) as never, { email: QUANG_MINH.emails[0] });
    emu.clock.set(new Date(2027, 4, 21, 15));
    emu.forms.submitAsUser(w.o.formId, team(w, MERGED) as never, { email: HOA_BINH.emails[0] });
    w.rebuild(new Date(2027, 4, 22, 7));
    const [earlier, later] = codes(w);
    // One team sent twice under one name: the later replaces the earlier (holds today, review d79 F2).
    const before = verdicts(w);
    expect(before.get(later)).toBe('Đạt');
    expect(before.get(earlier)).toContain('Đã thay thế');
    // The clerk finishes the merger (Quang Minh's address on the merged row, its row deleted), Thiết lập.
    emu.clock.set(new Date(2027, 5, 1, 10));
    typeDirectory(w.emu, MERGED, 'Email', [...HOA_BINH.emails, ...QUANG_MINH.emails].join('; '));
    const values = emu.spreadsheets.values('Đơn vị');
    deleteTabRow(emu, 'Đơn vị', values.findIndex((r) => String(r[0]) === QUANG_MINH.code) + 1);
    bundle.call('setup', undefined, { kind: 'menu' });
    w.rebuild(new Date(2027, 5, 2, 7));
    expect(verdicts(w)).toEqual(before);
    // Quang Minh's head corrects the phone number of the earlier one through its edit link.
    emu.clock.set(new Date(2027, 5, 2, 10));
    emu.forms.submitAsUser(w.o.formId, { ...team(w, MERGED), [Q.phone]: '0912 345 679' } as never, { email: QUANG_MINH.emails[0], editResponseId: first.responseId });
    w.rebuild(new Date(2027, 5, 3, 7));
    expect(w.failures()).toEqual([]);
    expect(verdicts(w)).toEqual(before);
  });
});
