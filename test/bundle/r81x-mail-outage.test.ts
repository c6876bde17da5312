// Review r81x F1: a passing outage of Google's mail service (a few minutes of "Service unavailable") uses up all three
// tries of a school's confirmation within two minutes — the submission, then two continuations a minute apart — and
// the e-mail is given up for good. The first try's note told the office «cơ quan không cần tự gửi thư này»; the last
// says «Đã thử 3 lần không được; hãy kiểm tra địa chỉ rồi liên hệ trực tiếp.» although the address is right, and
// "Tình trạng" shows every job "Thành công". The school never learns its registration was received.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, collectiveAnswers, decide, officeAfterSetup } from './helpers';

type Office = ReturnType<typeof officeAfterSetup>;

const OUTBOX = 'Hộp thư đi';
const MINUTE = 60_000;

/** The mail service answers "Service unavailable" to every send until `until` (epoch ms), then sends again. */
function mailOutage(o: Office, until: number): void {
  const faults = (o.emu.runtime as unknown as { _faults: Map<string, { countdown: number; message: string }> })._faults;
  const get = faults.get.bind(faults);
  faults.get = ((name: string) =>
    name === 'MailApp.sendEmail' && o.emu.clock.now() < until ? { countdown: 1, message: 'Service unavailable: Mail' } : get(name)) as typeof faults.get;
}

/** The outbox row of the registration's confirmation, by heading. */
function confirmationRow(o: Office): Record<string, string> {
  const [head, ...rows] = o.emu.spreadsheets.values(OUTBOX).map((r) => r.map(String));
  const row = rows.find((r) => r[head.indexOf('Mã thư')].startsWith('XN:DK-000002:'))!;
  return Object.fromEntries(head.map((h, i) => [h, row[i]]));
}

describe('r81x F1: the mail service unavailable for a few minutes while a school registers', () => {
  it('the confirmation still reaches the school once the service is back, and Hộp thư đi does not tell the office to check a correct address', () => {
    const o = officeAfterSetup(SCHOOLS);
    const t0 = o.emu.clock.now();
    mailOutage(o, t0 + 5 * MINUTE);
    o.emu.forms.submitAsUser(o.formId, collectiveAnswers() as never, { email: SCHOOLS[0].emails[0] });
    // The office's own runs for two days, minute by minute (continuations, the nightly rebuild, the reminders).
    for (let m = 1; m <= 2 * 24 * 60; m++) o.emu.triggers.runDueTimeTriggers(t0 + m * MINUTE);
    const toSchool = o.emu.mail.sent.filter((m) => m.subject.includes('Đã nhận phiếu DK-000002'));
    expect(toSchool).toHaveLength(1);
    expect(toSchool[0].to).toEqual([SCHOOLS[0].emails[0]]);
    // Within the quarter of an hour after the outage (the third try), not the next day (the emulated clock's time).
    expect(toSchool[0].date.getTime() - t0).toBeLessThanOrEqual(25 * MINUTE);
    const row = confirmationRow(o);
    // Today: «Lỗi», 3 tries, «Đã thử 3 lần không được; hãy kiểm tra địa chỉ rồi liên hệ trực tiếp.», nothing sent.
    expect(row['Ghi chú']).not.toContain('hãy kiểm tra địa chỉ');
    expect(row['Trạng thái']).toBe('Đã gửi');
  });

  it('the council’s “Yêu cầu bổ sung” letters sent by a rebuild during the outage reach both schools once it is over', () => {
    const o = officeAfterSetup();
    for (let i = 0; i < 2; i++) {
      o.emu.clock.advance(MINUTE);
      o.emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[i].name, [Q.collectiveName]: `Tổ ${i + 1}` }, { email: SCHOOLS[i].emails[0] });
    }
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    decide(o, 'DK-000002', 'Yêu cầu bổ sung', 'Bổ sung giấy khen cấp huyện.');
    decide(o, 'DK-000003', 'Yêu cầu bổ sung', 'Bổ sung minh chứng sáng kiến.');
    const t0 = o.emu.clock.now();
    mailOutage(o, t0 + 5 * MINUTE);
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    for (let m = 1; m <= 2 * 24 * 60; m++) o.emu.triggers.runDueTimeTriggers(t0 + m * MINUTE);
    // Today: both rows «Lỗi», 3 tries, «Đã thử 3 lần không được; hãy kiểm tra địa chỉ rồi liên hệ trực tiếp.»; no letter sent.
    const letters = o.emu.mail.sent.filter((m) => m.subject.includes('Đề nghị bổ sung'));
    expect(letters.map((m) => m.subject.match(/DK-\d+/)![0]).sort()).toEqual(['DK-000002', 'DK-000003']);
  });
});
