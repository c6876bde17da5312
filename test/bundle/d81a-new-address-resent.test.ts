// Review helper d81a F6 (adversarial reading of f81a: "sent again from the same address" judged by the first sender).
// Hòa Bình registers its "Tổ Toán" from its old address. Mid-season the school changes address as README says («Trường
// đổi e-mail giữa đợt: ghi địa chỉ mới vào ô (thay địa chỉ cũ …) — phiếu trường đã gửi từ địa chỉ cũ vẫn là của trường
// …, kể cả khi trường sửa phiếu đó bằng đường dẫn sửa») and corrects the team's phone number from its new address. It is
// then renamed (old name in "Tên cũ") and, as its e-mails tell it it may, sends its "Tổ Toán" again under the new name —
// from the only address it has now — to replace the first. Before f81a (168f01d3) the first was «Đã thay thế»: both
// were last sent from the new address. Since f81a the first is judged by the address it was first sent from, which the
// school no longer has: both stay in force, the team counted twice, flagged «Có thể trùng đối tượng».
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { typeCell } from '../../scripts/user';
import { HOA_BINH, reportOffice } from './r67r-lib';
import { HOA_BINH_SECOND_NAME, mathsTeam } from './renamed-school-lib';

type Office = ReturnType<typeof reportOffice>;
const NEW_NAME = HOA_BINH_SECOND_NAME;
const NEW_ADDRESS = 'vanthu.thhoabinh@example.edu.vn';

const team = (w: Office, school: string) => mathsTeam(school, w.cfg);
const verdicts = (w: Office) => w.emu.spreadsheets.values('Kết quả kiểm tra').slice(1).map((r) => `${String(r[0])}: ${String(r[7])}`);

describe('d81a F6: a school that changed address, edited its registration from the new one, renamed, sends it again', () => {
  it('the registration sent again under the new name replaces the first', () => {
    const w = reportOffice(new Date(2027, 4, 20, 9));
    const { emu, bundle } = w;
    emu.clock.set(new Date(2027, 4, 21, 9));
    const first = emu.forms.submitAsUser(w.o.formId, team(w, HOA_BINH.name) as never, { email: HOA_BINH.emails[0] });
    w.rebuild(new Date(2027, 4, 22, 7));
    const values = emu.spreadsheets.values('Đơn vị');
    const head = values[0].map(String);
    const row = values.findIndex((r) => String(r[0]) === HOA_BINH.code) + 1;
    // The new address replaces the old ones; the school corrects its team from it.
    emu.clock.set(new Date(2027, 4, 22, 10));
    typeCell(emu, 'Đơn vị', row, head.indexOf('Email') + 1, NEW_ADDRESS);
    bundle.call('setup', undefined, { kind: 'menu' });
    emu.clock.set(new Date(2027, 4, 22, 14));
    const response = emu.forms.byId(w.o.formId)!.responses.find((r) => r.id === first.responseId)!;
    response.email = NEW_ADDRESS;
    emu.forms.submitAsUser(w.o.formId, { ...team(w, HOA_BINH.name), [Q.phone]: '0912 000 111' } as never, { email: NEW_ADDRESS, editResponseId: first.responseId });
    w.rebuild(new Date(2027, 4, 23, 7));
    // Renamed, its old name in "Tên cũ"; it sends its team again under the new name.
    emu.clock.set(new Date(2027, 4, 23, 10));
    typeCell(emu, 'Đơn vị', row, head.indexOf('Tên cũ') + 1, HOA_BINH.name);
    typeCell(emu, 'Đơn vị', row, head.indexOf('Tên đơn vị') + 1, NEW_NAME);
    bundle.call('setup', undefined, { kind: 'menu' });
    emu.clock.set(new Date(2027, 4, 24, 9));
    emu.forms.submitAsUser(w.o.formId, team(w, NEW_NAME) as never, { email: NEW_ADDRESS });
    w.rebuild(new Date(2027, 4, 25, 7));
    expect(w.failures()).toEqual([]);
    expect(verdicts(w)).toEqual(['DK-000002: Đã thay thế (Đạt)', 'DK-000003: Đạt']);
  });
});
