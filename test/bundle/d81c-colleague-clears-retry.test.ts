// Review d81c F5: a school's confirmation refused twice during a short outage waits for its third try, a quarter of an
// hour later, when the submissions' continuation comes back for it (src/core/outbox.ts retryAt; intake.mail.left holds
// when). Meanwhile a colleague of the office (an editor who does not hold the tool's triggers) chooses "Cập nhật tổng
// hợp" from the menu. Her run sends nothing in her name, and its settleMailLeft, told nothing failed, clears
// intake.mail.left: the continuation then comes back at the retry time, finds nothing left to do and leaves — the
// confirmation waits for the next morning's rebuild, although its row says «Công cụ sẽ tự gửi lại ở lần chạy tự động
// đầu tiên từ HH:mm …».
import { describe, expect, it } from 'vitest';
import { SCHOOLS, asUser, collectiveAnswers, officeAfterSetup } from './helpers';

const MINUTE = 60_000;
const COLLEAGUE = 'thuky.hoidong@gmail.com';

describe('d81c F5: a colleague’s menu rebuild while a refused confirmation waits for its retry', () => {
  it('the confirmation is still tried again at its retry time and reaches the school within the half hour', () => {
    const o = officeAfterSetup(SCHOOLS);
    o.emu.spreadsheets.active.acl.addEditor(COLLEAGUE);
    const t0 = o.emu.clock.now();
    // Refused at the submission and at its continuation a minute later: the third try comes 15 minutes after that.
    o.emu.runtime.failOn('MailApp.sendEmail', 1, 'Service unavailable: Mail');
    o.emu.forms.submitAsUser(o.formId, collectiveAnswers() as never, { email: SCHOOLS[0].emails[0] });
    o.emu.runtime.failOn('MailApp.sendEmail', 1, 'Service unavailable: Mail');
    for (let m = 1; m <= 3; m++) o.emu.triggers.runDueTimeTriggers(t0 + m * MINUTE);
    o.emu.runtime.clearFaults();
    const [head, ...rows] = o.emu.spreadsheets.values('Hộp thư đi').map((r) => r.map(String));
    const row = rows.find((r) => r[0].startsWith('XN:DK-000002:'))!;
    expect([row[head.indexOf('Trạng thái')], row[head.indexOf('Số lần thử')]]).toEqual(['Lỗi', '2']);
    const note = row[head.indexOf('Ghi chú')];
    // The colleague's menu run, five minutes later.
    o.emu.clock.set(t0 + 5 * MINUTE);
    asUser(o.emu, COLLEAGUE, () => o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' }));
    // The office's own runs go on, minute by minute, for half an hour.
    for (let m = 6; m <= 30; m++) o.emu.triggers.runDueTimeTriggers(t0 + m * MINUTE);
    const toSchool = o.emu.mail.sent.filter((m) => m.subject.includes('Đã nhận phiếu DK-000002'));
    // Today: none within the half hour (intake.mail.left cleared by her run; sent by the next morning's rebuild).
    expect(toSchool.map((m) => m.to[0]), `its note said «${note}»`).toEqual([SCHOOLS[0].emails[0]]);
  });
});
