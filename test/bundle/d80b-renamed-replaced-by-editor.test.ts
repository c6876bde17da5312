// Review helper d80b F5 (adversarial reading of f80b: "a record is known by who and what it is, never by who edits
// it"). A renamed school (old name in "Tên cũ") sends its "Tổ Toán" again under the new name to replace the one it sent
// under the old name: that one is «Đã thay thế», as the school was told. A registration under the current name replaces
// one under an old name only when both come from the same address (replaceAcrossNames), and the address read is the
// last editor's: once the school's second clerk, listed in its row, corrects the phone number of the registration in
// force, the replaced one is in force again and the school is told it is «được xét trở lại». As in f80b's test, the
// response is given the editor's address before her edit (Forms records the address of whoever sends it).
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { typeCell } from '../../scripts/user';
import { HOA_BINH, reportOffice } from './r67r-lib';
import { HOA_BINH_SECOND_NAME, mathsTeam } from './renamed-school-lib';

type Office = ReturnType<typeof reportOffice>;
const NEW_NAME = HOA_BINH_SECOND_NAME;
const SECOND_CLERK = 'van.thu@thhoabinhmoi.edu.vn';

const team = (w: Office, school: string) => mathsTeam(school, w.cfg);
const verdicts = (w: Office) => new Map(w.emu.spreadsheets.values('Kết quả kiểm tra').slice(1).map((r) => [String(r[0]), String(r[7])]));

/** `email` edits response `responseId` through its edit link (the form records her address), as f80b's test does. */
function editAs(w: Office, responseId: string, email: string, answers: Record<string, unknown>): void {
  const response = w.emu.forms.byId(w.o.formId)!.responses.find((r) => r.id === responseId)!;
  response.email = email;
  w.emu.forms.submitAsUser(w.o.formId, answers as never, { email, editResponseId: responseId });
}

describe('d80b F5: a renamed school\'s registration that replaced its old one, edited by the school\'s second clerk', () => {
  it('the old one stays replaced', () => {
    const w = reportOffice(new Date(2027, 4, 20, 9));
    const { emu, bundle } = w;
    emu.clock.set(new Date(2027, 4, 21, 9));
    emu.forms.submitAsUser(w.o.formId, team(w, HOA_BINH.name) as never, { email: HOA_BINH.emails[0] });
    w.rebuild(new Date(2027, 4, 22, 7));
    // The school renamed, its old name in "Tên cũ", its second clerk added to its addresses; Thiết lập.
    emu.clock.set(new Date(2027, 4, 22, 10));
    const values = emu.spreadsheets.values('Đơn vị');
    const head = values[0].map(String);
    const row = values.findIndex((r) => String(r[0]) === HOA_BINH.code) + 1;
    typeCell(emu, 'Đơn vị', row, head.indexOf('Tên cũ') + 1, HOA_BINH.name);
    typeCell(emu, 'Đơn vị', row, head.indexOf('Email') + 1, [...HOA_BINH.emails, SECOND_CLERK].join('; '));
    typeCell(emu, 'Đơn vị', row, head.indexOf('Tên đơn vị') + 1, NEW_NAME);
    bundle.call('setup', undefined, { kind: 'menu' });
    // The school sends its "Tổ Toán" again under its new name, to replace the first.
    emu.clock.set(new Date(2027, 4, 23, 9));
    const again = emu.forms.submitAsUser(w.o.formId, team(w, NEW_NAME) as never, { email: HOA_BINH.emails[0] });
    w.rebuild(new Date(2027, 4, 24, 7));
    const before = verdicts(w);
    expect([...before.values()].filter((v) => v.startsWith('Đã thay thế'))).toHaveLength(1);
    expect([...before.values()].filter((v) => v === 'Đạt')).toHaveLength(1);
    // The second clerk corrects the phone number of the registration in force.
    const sentBefore = emu.mail.sent.length;
    emu.clock.set(new Date(2027, 4, 24, 10));
    editAs(w, again.responseId, SECOND_CLERK, { ...team(w, NEW_NAME), [Q.phone]: '0912 345 679' });
    w.rebuild(new Date(2027, 4, 25, 7));
    expect(w.failures()).toEqual([]);
    expect(verdicts(w)).toEqual(before);
    expect(emu.mail.sent.slice(sentBefore).map((m) => m.subject).filter((s) => s.includes('được xét trở lại'))).toEqual([]);
  });
});
