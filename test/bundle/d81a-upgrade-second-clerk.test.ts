// Review helper d81a F2 (adversarial reading of f81a: an office updating mid-season, a register without the new
// columns). On the version just before f81a (168f01d3) Hòa Bình sends its "Tổ Toán", is renamed (old name in "Tên cũ"),
// its second clerk is added to its row, and it sends its "Tổ Toán" again under the new name, from the same address, to
// replace the first: DK-000002 is «Đã thay thế». The school then corrects the phone number of DK-000003 once, from the
// same address, still on the old version. The office updates the script; the nightly rebuild runs. Later the second
// clerk corrects DK-000003 again. This is d80b F5's case, which f81a fixes with 'E-mail người gửi lần đầu'; an entry of
// the old register already edited learns no first sender ('' — "not known"), though "Các lần gửi phiếu" holds the first
// sending's line, written on receipt with its «Gửi từ» (f81a reads exactly that for a lost register). The replaced
// registration is «Đạt» again and the school is told it is «được xét trở lại».
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { typeCell } from '../../scripts/user';
import { manifestScopes } from './helpers';
import { HOA_BINH } from './r67r-lib';
import { oldOffice, type OldOffice } from './upgrade-lib';
import { bundleBeforeFirstRecords, mathsTeam } from './renamed-school-lib';
import { editAs } from './merged-teams-lib';

const DAY = 86_400_000;
const NEW_NAME = 'Trường Tiểu học Hòa Bình Mới';
const SECOND_CLERK = 'van.thu@thhoabinhmoi.edu.vn';
const oldBundle = bundleBeforeFirstRecords;
const team = (school: string) => mathsTeam(school);
const verdicts = (o: OldOffice) => o.tab('Kết quả kiểm tra').slice(1).map((r) => `${String(r[0])}: ${String(r[7])}`);

describe('d81a F2: a registration that replaced its school\'s old one, edited before the update, edited by the second clerk after it', () => {
  it('the old one stays replaced', () => {
    const o = oldOffice('', { code: oldBundle(), scopes: manifestScopes() });
    const { emu } = o;
    emu.forms.submitAsUser(o.formId, team(HOA_BINH.name) as never, { email: HOA_BINH.emails[0] });
    emu.clock.advance(DAY);
    o.menu('rebuildSummaries');
    // Renamed, its old name in "Tên cũ", its second clerk added; Thiết lập.
    const values = o.tab('Đơn vị');
    const head = values[0].map(String);
    const row = values.findIndex((r) => String(r[0]) === HOA_BINH.code) + 1;
    typeCell(emu, 'Đơn vị', row, head.indexOf('Tên cũ') + 1, HOA_BINH.name);
    typeCell(emu, 'Đơn vị', row, head.indexOf('Email') + 1, [...HOA_BINH.emails, SECOND_CLERK].join('; '));
    typeCell(emu, 'Đơn vị', row, head.indexOf('Tên đơn vị') + 1, NEW_NAME);
    o.menu('setup');
    emu.clock.advance(DAY);
    const again = emu.forms.submitAsUser(o.formId, team(NEW_NAME) as never, { email: HOA_BINH.emails[0] });
    emu.clock.advance(3_600_000);
    // The school corrects it once, from the same address.
    emu.forms.submitAsUser(o.formId, { ...team(NEW_NAME), [Q.phone]: '0912 000 111' } as never, { email: HOA_BINH.emails[0], editResponseId: again.responseId });
    emu.clock.advance(DAY);
    o.menu('rebuildSummaries');
    const before = verdicts(o);
    expect(before).toEqual(['DK-000002: Đã thay thế (Đạt)', 'DK-000003: Đạt']);
    // The update, and the nightly rebuild.
    o.update();
    emu.clock.advance(DAY);
    o.menu('rebuildSummaries');
    expect(verdicts(o)).toEqual(before);
    // The second clerk corrects the registration in force.
    emu.clock.advance(DAY);
    const sentBefore = emu.mail.sent.length;
    editAs(emu, o.formId, again.responseId, SECOND_CLERK, { ...team(NEW_NAME), [Q.phone]: '0912 345 679' });
    emu.clock.advance(DAY);
    o.menu('rebuildSummaries');
    expect(verdicts(o)).toEqual(before);
    expect(emu.mail.sent.slice(sentBefore).map((m) => m.subject).filter((s) => s.includes('được xét trở lại'))).toEqual([]);
  });
});
