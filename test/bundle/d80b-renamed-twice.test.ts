// Review helper d80b F2 (adversarial reading of f80b: a school renamed twice). Hòa Bình registers its "Tổ Toán", is
// renamed (old name in "Tên cũ"), and sends its "Tổ Toán" again under the new name from the same address to replace the
// first: the first is «Đã thay thế», as the school was told. The school is renamed a second time (both earlier names in
// "Tên cũ", as the guide asks). Now both registrations are under names in "Tên cũ", and two registrations under two old
// names are taken for two merged schools' teams: the replaced one is in force again, the team counted twice.
import { describe, expect, it } from 'vitest';
import { HOA_BINH, reportOffice } from './r67r-lib';
import { HOA_BINH_SECOND_NAME, HOA_BINH_THIRD_NAME, mathsTeam, renameHoaBinh } from './renamed-school-lib';

type Office = ReturnType<typeof reportOffice>;
const SECOND_NAME = HOA_BINH_SECOND_NAME;
const THIRD_NAME = HOA_BINH_THIRD_NAME;

const team = (w: Office, school: string) => mathsTeam(school, w.cfg);
const verdicts = (w: Office) => new Map(w.emu.spreadsheets.values('Kết quả kiểm tra').slice(1).map((r) => [String(r[0]), String(r[7])]));

/** Hòa Bình's row renamed `name`, `former` in "Tên cũ"; Thiết lập. */
const rename = (w: Office, name: string, former: string) => renameHoaBinh(w.emu, name, former, () => w.bundle.call('setup', undefined, { kind: 'menu' }));

describe('d80b F2: a school renamed twice', () => {
  it('the registration it replaced after its first rename stays replaced after the second', () => {
    const w = reportOffice(new Date(2027, 4, 20, 9));
    const { emu } = w;
    emu.clock.set(new Date(2027, 4, 21, 9));
    emu.forms.submitAsUser(w.o.formId, team(w, HOA_BINH.name) as never, { email: HOA_BINH.emails[0] });
    w.rebuild(new Date(2027, 4, 22, 7));
    // First rename; the school sends its "Tổ Toán" again under the new name, to replace the first.
    emu.clock.set(new Date(2027, 4, 22, 10));
    rename(w, SECOND_NAME, HOA_BINH.name);
    emu.clock.set(new Date(2027, 4, 23, 9));
    emu.forms.submitAsUser(w.o.formId, team(w, SECOND_NAME) as never, { email: HOA_BINH.emails[0] });
    w.rebuild(new Date(2027, 4, 24, 7));
    const before = verdicts(w);
    expect([...before.values()].filter((v) => v.startsWith('Đã thay thế'))).toHaveLength(1);
    expect([...before.values()].filter((v) => v === 'Đạt')).toHaveLength(1);
    // Second rename, both earlier names in "Tên cũ".
    emu.clock.set(new Date(2027, 5, 1, 10));
    const sentBefore = emu.mail.sent.length;
    rename(w, THIRD_NAME, `${HOA_BINH.name}; ${SECOND_NAME}`);
    w.rebuild(new Date(2027, 5, 2, 7));
    expect(w.failures()).toEqual([]);
    expect(verdicts(w)).toEqual(before);
    // Nor is the school told that the registration it replaced is «được xét trở lại».
    expect(emu.mail.sent.slice(sentBefore).map((m) => m.subject).filter((s) => s.includes('được xét trở lại'))).toEqual([]);
  });
});
