// Who gets to read what (review privacy): an edit link only to the school and the registration's sender; a school's
// view never shared with another school's addresses; an address "Đơn vị" lists for two schools gets neither school's mail.
import { describe, expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/season';
import { Q } from '../../src/core/form-titles';
import { OUTBOX_NOTE, REMINDER_NOTE, SCHOOL_NO_MAIL, VIEW_NOTE, VIEW_TAB, configLabel, directoryErrorSharedEmail } from '../../src/core/messages';
import { SCHOOLS, individualAnswers, officeAfterSetup, recipientsOf } from './helpers';

type Ctx = ReturnType<typeof officeAfterSetup>;
const STRANGER = 'nguoi.la@gmail.example';
function enableViews(ctx: Ctx) {
  const rows = ctx.emu.spreadsheets.values('Cấu hình').map((r) => [...r]);
  const label = configLabel('schoolViews.enabled');
  const row = rows.find((r) => r[0] === label);
  if (row) row[1] = 'Có';
  else rows.push([label, 'Có', '']);
  typeIntoTab(ctx.emu, 'Cấu hình', rows);
}

describe('privacy: a replacement notice (review privacy #1)', () => {
  it('tells the outside sender its registration was replaced, without the edit link of the school\'s registration that replaced it; the school gets the link', () => {
    const school = SCHOOLS[0];
    const ctx = officeAfterSetup();
    const lan = () => ({ ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: 'Trần Thị Lan', [Q.birthYear]: '1985' });
    // Someone outside the school (an address it does not list) registers Lan first: complete, "Đạt".
    ctx.emu.forms.submitAsUser(ctx.formId, lan(), { email: STRANGER });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    ctx.emu.clock.advance(2 * 86_400_000);
    // The school registers her itself, one evidence left blank ("Cần bổ sung"): its registration replaces the stranger's.
    const own: Record<string, unknown> = lan();
    const evidence = Object.keys(own).find((k) => typeof own[k] === 'string' && /\(CN-05-CAM-KET\)/.test(own[k] as string))!;
    own[evidence] = '';
    const schools = ctx.emu.forms.submitAsUser(ctx.formId, own as never, { email: school.emails[0] });
    const n = ctx.emu.mail.sent.length;
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const notices = ctx.emu.mail.sent.slice(n).filter((m) => m.subject.includes('đã được thay bằng phiếu'));
    expect(notices).toHaveLength(1);
    expect(recipientsOf(notices[0])).toContain(STRANGER);
    expect(notices[0].body).toContain('bằng đường dẫn trong thư báo kết quả của phiếu đó');
    for (const m of ctx.emu.mail.sent.filter((x) => recipientsOf(x).includes(STRANGER))) {
      expect(m.body).not.toContain(schools.editUrl);
      expect(m.htmlBody ?? '').not.toContain(schools.editUrl);
    }
    // The school's own confirmation carries its link, as always.
    expect(ctx.emu.mail.to(school.emails[0]).some((m) => m.body.includes(schools.editUrl))).toBe(true);
  });
});

describe('privacy: views when two rows of "Đơn vị" hold one code (review privacy #2)', () => {
  const A = { code: 'TH07', name: 'Trường Tiểu học Kim Đồng', level: 'Tiểu học', ward: 'Phường 1', cluster: 'Cụm 1', principal: 'Hiệu trưởng A', emails: ['thkimdong@example.edu.vn'] };
  const B = { code: 'TH07', name: 'Trường Tiểu học Lê Lợi', level: 'Tiểu học', ward: 'Phường 2', cluster: 'Cụm 1', principal: 'Hiệu trưởng B', emails: ['thleloi@example.edu.vn'] };

  it('no view is shared for that code, and the office is told why', () => {
    const ctx = officeAfterSetup([A, B]);
    ctx.emu.forms.submitAsUser(ctx.formId, { ...individualAnswers('teacher'), [Q.school]: A.name, [Q.individualName]: 'Đỗ Thị Hạnh' }, { email: A.emails[0] });
    ctx.emu.forms.submitAsUser(ctx.formId, { ...individualAnswers('teacher'), [Q.school]: B.name, [Q.individualName]: 'Vũ Văn Bình' }, { email: B.emails[0] });
    enableViews(ctx);
    for (let i = 0; i < 2; i++) {
      ctx.emu.clock.advance(86_400_000);
      ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    }
    ctx.emu.drive.store.sync();
    const shared = [...ctx.emu.drive.store.files.values()]
      .filter((f) => f.name.startsWith('Trang theo dõi') && !f.trashed)
      .filter((f) => (ctx.emu.sharing.acl(f.id)?.viewers ?? new Set()).size > 0);
    expect(shared.map((f) => f.name)).toEqual([]);
    const log = ctx.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2]));
    expect(log).toContain(VIEW_NOTE.sharedCode('TH07', [A.name, B.name]));
  });

  it('neither school gets reminders merged under the code (one school\'s people listed to the other), and the office is told why', () => {
    const ctx = officeAfterSetup([A, B]);
    const b: Record<string, unknown> = { ...individualAnswers('teacher'), [Q.school]: B.name, [Q.individualName]: 'Vũ Văn Bình' };
    const evidence = Object.keys(b).find((k) => typeof b[k] === 'string' && /\(CN-05-CAM-KET\)/.test(b[k] as string))!;
    b[evidence] = '';
    ctx.emu.forms.submitAsUser(ctx.formId, b as never, { email: B.emails[0] });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const n = ctx.emu.mail.sent.length;
    ctx.emu.clock.set(new Date(2024, 11, 1, 7, 0, 0));
    ctx.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    // Before: one reminder to Kim Đồng only, "Nhắc hạn … năm 2024 (15/12/2024) và hạn … năm 2024 (15/12/2024)".
    expect(ctx.emu.mail.sent.slice(n).map((m) => m.subject)).toEqual([]);
    const log = ctx.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2]));
    expect(log.some((m) => m.includes('mã đơn vị “TH07” trùng với dòng') && m.includes('không gửi thư nhắc hạn'))).toBe(true);
  });

  it('a view shared before the code was typed twice is no longer shared with anyone; each school\'s own code brings it back', () => {
    const first = { ...A, code: 'TH01' };
    const ctx = officeAfterSetup([first, B]);
    ctx.emu.forms.submitAsUser(ctx.formId, { ...individualAnswers('teacher'), [Q.school]: A.name, [Q.individualName]: 'Đỗ Thị Hạnh' }, { email: A.emails[0] });
    enableViews(ctx);
    ctx.emu.clock.advance(86_400_000);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const views = () => {
      ctx.emu.drive.store.sync();
      return [...ctx.emu.drive.store.files.values()].filter((f) => f.name.startsWith('Trang theo dõi') && !f.trashed && ctx.emu.spreadsheets.values(VIEW_TAB, f.id).flat().map(String).join('\n').includes('Đỗ Thị Hạnh'));
    };
    const viewersOf = (id: string) => [...(ctx.emu.sharing.acl(id)?.viewers ?? [])].sort();
    expect(views().map((f) => viewersOf(f.id))).toEqual([[A.emails[0]]]);
    // Kim Đồng's row retyped with Lê Lợi's code.
    const rows = ctx.emu.spreadsheets.values('Đơn vị').map((r) => [...r]);
    rows.find((r) => r[1] === A.name)![0] = 'TH07';
    typeIntoTab(ctx.emu, 'Đơn vị', rows);
    ctx.emu.clock.advance(86_400_000);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    for (const f of views()) expect(viewersOf(f.id)).not.toContain(B.emails[0]);
    expect(views().flatMap((f) => viewersOf(f.id))).toEqual([]);
    // Its own code typed back: its view is shared with it again, and with no one else.
    rows.find((r) => r[1] === A.name)![0] = 'TH01';
    typeIntoTab(ctx.emu, 'Đơn vị', rows);
    ctx.emu.clock.advance(86_400_000);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(views().map((f) => viewersOf(f.id)).filter((v) => v.length > 0)).toEqual([[A.emails[0]]]);
  });
});

describe('privacy: an address "Đơn vị" lists for two schools (review privacy #3)', () => {
  const SHARED = 'vanthu.chung@example.edu.vn';
  const A = { code: 'TH01', name: 'Trường Tiểu học Kim Đồng', level: 'Tiểu học', ward: 'Phường 1', cluster: 'Cụm 1', principal: 'Hiệu trưởng A', emails: ['thkimdong@example.edu.vn', SHARED] };
  const B = { code: 'TH02', name: 'Trường Tiểu học Lê Lợi', level: 'Tiểu học', ward: 'Phường 2', cluster: 'Cụm 1', principal: 'Hiệu trưởng B', emails: ['thleloi@example.edu.vn', SHARED] };

  // A school whose only address is the shared one: its reminders wait, and the outbox says why.
  const C = { code: 'TH03', name: 'Trường Tiểu học Hòa Bình', level: 'Tiểu học', ward: 'Phường 3', cluster: 'Cụm 1', principal: 'Hiệu trưởng C', emails: [SHARED] };

  it('gets no mail about either school\'s registrations (confirmation copies, reminders), the schools\' other addresses do, and the office is told', () => {
    const ctx = officeAfterSetup([A, B, C]);
    // School B's teacher registers from her own address, one evidence missing ("Cần bổ sung"): its confirmation is
    // copied to the school, and the reminders name it.
    const b: Record<string, unknown> = { ...individualAnswers('teacher'), [Q.school]: B.name, [Q.individualName]: 'Vũ Văn Bình' };
    const evidence = Object.keys(b).find((k) => typeof b[k] === 'string' && /\(CN-05-CAM-KET\)/.test(b[k] as string))!;
    b[evidence] = '';
    const sent = ctx.emu.forms.submitAsUser(ctx.formId, b as never, { email: 'binh.rieng@gmail.example' });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    ctx.emu.clock.set(new Date(2024, 11, 1, 7, 0, 0));
    ctx.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    const toShared = ctx.emu.mail.sent.filter((m) => recipientsOf(m).includes(SHARED));
    expect(toShared.map((m) => m.subject)).toEqual([]);
    // B's own address got the copy of the confirmation, with the name and the edit link; and a reminder.
    const toB = ctx.emu.mail.sent.filter((m) => recipientsOf(m).includes(B.emails[0]));
    expect(toB.some((m) => m.body.includes('Vũ Văn Bình') && m.body.includes(sent.editUrl))).toBe(true);
    expect(toB.length).toBeGreaterThan(1);
    expect(ctx.emu.mail.sent.some((m) => recipientsOf(m).includes(A.emails[0]))).toBe(true);
    const log = ctx.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2]));
    expect(log).toContain(directoryErrorSharedEmail(SHARED, [A.name, B.name, C.name], [C.name]));
    // The school left with no address of its own is named, and told it gets nothing.
    expect(directoryErrorSharedEmail(SHARED, [A.name, B.name, C.name], [C.name])).toContain(`“${C.name}” không còn địa chỉ nào khác`);
    const outbox = ctx.emu.spreadsheets.values('Hộp thư đi').map((r) => r.map(String));
    // Its reminder's row names the address and why it was not used.
    expect(outbox.some((r) => r.some((v) => v.startsWith('TH03 ·')) && r.includes(SCHOOL_NO_MAIL.shared([SHARED])))).toBe(true);
    expect(SCHOOL_NO_MAIL.shared([SHARED])).toContain(SHARED);
    expect(outbox.some((r) => r.includes(REMINDER_NOTE.noAddress))).toBe(false);
  });
});

describe('privacy: an address found shared after its mail was queued (review diff37 #1)', () => {
  const A = { code: 'TH01', name: 'Trường Tiểu học Kim Đồng', level: 'Tiểu học', ward: 'Phường 1', cluster: 'Cụm 1', principal: 'Hiệu trưởng A', emails: ['thkimdong@example.edu.vn'] };
  const B = { code: 'TH02', name: 'Trường Tiểu học Lê Lợi', level: 'Tiểu học', ward: 'Phường 2', cluster: 'Cụm 1', principal: 'Hiệu trưởng B', emails: ['thleloi@example.edu.vn'] };

  /** The reminders of 1/12 queued for a quota at 0: Lê Lợi's row of "Hộp thư đi" ("TH02 · …") waits for it. */
  function queuedReminders() {
    const ctx = officeAfterSetup([A, B]);
    const quota = ctx.emu.mail.options.dailyQuota;
    ctx.emu.mail.options.dailyQuota = 0;
    ctx.emu.clock.set(new Date(2024, 11, 1, 7, 0, 0));
    ctx.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    const rowOf = () => ctx.emu.spreadsheets.values('Hộp thư đi').map((r) => r.map(String)).find((r) => r.some((v) => v.startsWith('TH02 ·')))!;
    expect(rowOf().join(' | ')).toContain('Hết hạn mức gửi thư');
    return { ctx, quota, rowOf };
  }

  it('a reminder waiting for the quota is not sent to it, nor left failing: skipped, and its row says why', () => {
    const { ctx, quota, rowOf } = queuedReminders();
    // Lê Lợi's address typed for Kim Đồng too, then the quota comes back.
    typeIntoTab(ctx.emu, 'Đơn vị', [
      ['Mã đơn vị', 'Tên đơn vị', 'Cấp học', 'Xã/phường', 'Cụm thi đua', 'Hiệu trưởng', 'Email', 'Tên cũ'],
      [A.code, A.name, A.level, A.ward, A.cluster, A.principal, 'thkimdong@example.edu.vn; thleloi@example.edu.vn', ''],
      [B.code, B.name, B.level, B.ward, B.cluster, B.principal, 'thleloi@example.edu.vn', ''],
    ]);
    ctx.emu.mail.options.dailyQuota = quota;
    ctx.emu.clock.set(new Date(2024, 11, 2, 8, 0, 0));
    ctx.bundle.call('sendWaitingMail', undefined, { kind: 'timeTrigger' });
    expect(ctx.emu.mail.sent.filter((m) => recipientsOf(m).includes('thleloi@example.edu.vn'))).toEqual([]);
    expect(rowOf()).toContain(OUTBOX_NOTE.noRecipientNow);
    expect(rowOf().join(' | ')).not.toContain('Lỗi');
  });

  it('a reminder waiting for the quota is not sent once its code is on two rows of "Đơn vị" (tests2 M3: the send-time check alone)', () => {
    const { ctx, quota, rowOf } = queuedReminders();
    // Kim Đồng's code typed as Lê Lợi's, then the quota comes back: the reminder keyed by TH02 would merge both.
    typeIntoTab(ctx.emu, 'Đơn vị', [
      ['Mã đơn vị', 'Tên đơn vị', 'Cấp học', 'Xã/phường', 'Cụm thi đua', 'Hiệu trưởng', 'Email', 'Tên cũ'],
      [B.code, A.name, A.level, A.ward, A.cluster, A.principal, A.emails[0], ''],
      [B.code, B.name, B.level, B.ward, B.cluster, B.principal, B.emails[0], ''],
    ]);
    ctx.emu.mail.options.dailyQuota = quota;
    const n = ctx.emu.mail.sent.length;
    ctx.emu.clock.set(new Date(2024, 11, 2, 8, 0, 0));
    ctx.bundle.call('sendWaitingMail', undefined, { kind: 'timeTrigger' });
    expect(ctx.emu.mail.sent.slice(n).filter((m) => /nhắc/i.test(String(m.subject)))).toEqual([]);
    expect(rowOf().join(' | ')).not.toContain('Lỗi');
  });
});

