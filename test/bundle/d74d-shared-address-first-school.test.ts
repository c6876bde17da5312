// Review d74d F1 — Medium. Who is hurt: two small schools of one ward that share a kế toán/văn thư, whose address
// "Đơn vị" lists in both rows (Trường Mầm non Hoa Sen first, Trường Tiểu học Đồng Tâm after it), and the teacher whose
// registration that clerk sent with a third school (Hòa Bình) picked by mistake.
// What happens now: 6aecadc0 (src/core/reminders.ts registrationsOf: `senders[0] === school`; school-views.ts
// sentElsewhere) gives such a registration to the FIRST school listing the address. Which school the address is
// cannot be told (the directory's own note says so, and schoolMail sends nothing about any school's registrations to
// it), so the choice is the row order of "Đơn vị":
//  - Hoa Sen's principal (mnhoasen@, an address that did not send it) is reminded of the teacher's registration with
//    its EDIT LINK and told "Phiếu này gửi từ địa chỉ của đơn vị…"; Hoa Sen's view lists it. If the teacher is Đồng
//    Tâm's, one school is again handed another school's teacher to change (what r74p F1 / d74 F1 / d74c F1 forbid), and
//    the clerk who sent it — the only one known to act for it — is reminded of nothing;
//  - when the first school has no address of its own (only the shared one), the registration is reminded to NO ONE,
//    though before 6aecadc0 Đồng Tâm's own address was reminded of it.
// What should happen: as the council's request already does (review.ts senderOnly), a registration sent for another
// school from an address several schools share is reminded to its sender alone — the shared address, which sent it
// and holds its confirmation and edit link — and to none of the sharing schools' own addresses.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, individualAnswers, officeAfterSetup, recipientsOf } from './helpers';

const shared = 'ketoan.cum1@example.edu.vn';
const dongTam = { code: 'TH02', name: 'Trường Tiểu học Đồng Tâm', level: 'Tiểu học', ward: 'Phường Đồng Tâm', cluster: 'Cụm 1', principal: 'Hoàng Văn Bình', emails: ['thdongtam@example.edu.vn', shared] };

function remindersAboutLan(hoaSenEmails: string[]) {
  const hoaSen = { ...SCHOOLS[0], emails: hoaSenEmails };
  const hoaBinh = SCHOOLS[1];
  const o = officeAfterSetup([hoaSen, hoaBinh, SCHOOLS[2], dongTam]);
  const a: Record<string, unknown> = { ...individualAnswers('teacher'), [Q.school]: hoaBinh.name, [Q.individualName]: 'Trần Thị Lan', [Q.birthYear]: '1985' };
  // The commitment (CN-05) left out: the registration lacks evidence, so it is reminded of.
  a[Object.keys(a).find((k) => typeof a[k] === 'string' && /\(CN-05-CAM-KET\)/.test(a[k] as string))!] = '';
  // The shared clerk picks Hòa Bình by mistake.
  o.emu.forms.submitAsUser(o.formId, a as never, { email: shared });
  o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  const n = o.emu.mail.sent.length;
  o.emu.clock.set(new Date(2024, 11, 18, 7, 0, 0));
  o.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
  // Every reminder sent that morning, and whether it names the teacher.
  const sent = o.emu.mail.sent.slice(n);
  expect(sent.length).toBeGreaterThan(0);
  return sent.filter((m) => m.body.includes('Trần Thị Lan')).map((m) => recipientsOf(m));
}

describe('d74d F1: a registration sent for a wrong school from an address two schools share', () => {
  it('is not handed, with its edit link, to the first sharing school’s own address, which did not send it', () => {
    const to = remindersAboutLan(['mnhoasen@example.edu.vn', shared]);
    expect(to.flat()).not.toContain('mnhoasen@example.edu.vn');
    expect(to.flat()).not.toContain('thdongtam@example.edu.vn');
    // Reminded once, to the address that sent it.
    expect(to).toEqual([[shared]]);
  });

  it('is still reminded to someone when the first sharing school has no address of its own', () => {
    const to = remindersAboutLan([shared]);
    expect(to.length).toBe(1);
  });
});
