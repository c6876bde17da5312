// Review helper r82i F5 (identity of the people who send and edit; who is told what). Hòa Bình's clerk registers teacher
// Nguyễn Thị Lan from the school's address. On the phone the clerk asks the office to correct a typo for her and forwards
// the confirmation; the office's specialist opens the edit link signed in with the office's own account
// (pgd@example.edu.vn, listed in "Đơn vị" on the office's own row so its staff can register) and fixes the phone
// number. README (Sổ mã phiếu) promises «người khác sửa phiếu sau đó không làm phiếu đổi chủ»; yet the registration is
// judged by its last editor's address (src/core/duplicates.ts emailVerified; src/core/ledger.ts re-stamps «sentAs» for
// the editor): the school's registration becomes «Chưa xác minh» in "Thẩm định", and the reply to the edit, sent to the
// office and copied to the school, tells the office to report its own address to itself («Lưu ý: địa chỉ
// pgd@example.edu.vn chưa có trong danh sách e-mail của đơn vị tại Phòng … đề nghị báo Phòng cập nhật.») and tells the
// school the registration «đã được gửi nhân danh đơn vị» by someone it should report — for a registration it sent itself.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { OFFICE_UNIT } from '../core/helpers';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

const school = SCHOOLS[1];
const DAY = 86_400_000;
const OFFICE_MAIL = OFFICE_UNIT.emails[0];
const lan = (phone = '0987 654 321') => ({ ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: 'Nguyễn Thị Lan', [Q.birthYear]: '1985', [Q.phone]: phone }) as never;

describe('r82i F5: the office corrects a school\'s registration for it, through the edit link, from the office\'s account', () => {
  it('the registration stays the school\'s: not «chưa xác minh», and nobody told to report it', () => {
    const ctx = officeAfterSetup([...SCHOOLS, OFFICE_UNIT]);
    const { emu, bundle, formId } = ctx;
    const sent = emu.forms.submitAsUser(formId, lan(), { email: school.emails[0] });
    emu.clock.advance(DAY);
    const response = emu.forms.byId(formId)!.responses.find((r) => r.id === sent.responseId)!;
    response.email = OFFICE_MAIL;
    emu.forms.submitAsUser(formId, lan('0912 345 679'), { email: OFFICE_MAIL, editResponseId: sent.responseId });
    emu.clock.advance(DAY);
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const review = emu.spreadsheets.values('Thẩm định');
    const note = review[0].map(String).indexOf('Ghi chú');
    const row = review.find((r) => r[0] === 'DK-000002')!;
    expect(String(row[note])).not.toContain('chưa xác minh');
    // The reply to the office's edit: no "unverified" warning, no "sent in the school's name" alarm.
    const reply = emu.mail.sent.filter((m) => m.to.includes(OFFICE_MAIL)).map((m) => m.body).join('\n');
    expect(reply).not.toContain('chưa có trong danh sách e-mail');
    expect(reply).not.toContain('gửi nhân danh đơn vị');
  });
});
