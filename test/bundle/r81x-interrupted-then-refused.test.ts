// Review r81x F3: a submission's run stopped just as its confirmation went (the school has it; the outbox cannot know),
// then the mail service refuses the resend once ("Service unavailable"). The resend's error note replaces the note
// that said the school may get it twice, so when the next day's rebuild sends it, "Hộp thư đi" reads «Đã gửi» with an
// empty «Ghi chú», while the school received the confirmation twice (the rule: one fault duplicates at most one e-mail,
// and the outbox says so: «Đã gửi lại sau một lần chạy bị dừng giữa chừng; người nhận có thể đã nhận thư này hai
// lần.»). Refused at every try, it is given up with «Đã thử 3 lần không được; hãy kiểm tra địa chỉ rồi liên hệ trực tiếp.»,
// leaving out that it may well have reached the school.
import { describe, expect, it } from 'vitest';
import { OUTBOX_NOTE } from '../../src/core/messages';
import { MAX_ATTEMPTS } from '../../src/core/outbox';
import { SCHOOLS, collectiveAnswers, officeAfterSetup } from './helpers';

type Office = ReturnType<typeof officeAfterSetup>;

/** A registration whose submission run is killed right after its confirmation went. */
function interruptedConfirmation(): Office {
  const o = officeAfterSetup(SCHOOLS);
  o.emu.runtime.trace = [];
  let armed = true;
  const stop = o.emu.runtime.onCall(() => {
    if (armed && o.emu.runtime.trace!.includes('MailApp.sendEmail')) {
      armed = false;
      o.emu.runtime.killAtCall(1);
    }
  });
  try {
    o.emu.forms.submitAsUser(o.formId, collectiveAnswers() as never, { email: SCHOOLS[0].emails[0] });
  } catch {
    // the stop
  }
  stop();
  o.emu.runtime.trace = null;
  expect(armed).toBe(false);
  expect(confirmations(o)).toHaveLength(1);
  return o;
}

const confirmations = (o: Office) => o.emu.mail.sent.filter((m) => m.subject.includes('Đã nhận phiếu DK-000002'));

function confirmationRow(o: Office): Record<string, string> {
  if (!o.emu.spreadsheets.sheetNames().includes('Hộp thư đi')) return {};
  const [head, ...rows] = o.emu.spreadsheets.values('Hộp thư đi').map((r) => r.map(String));
  const row = rows.find((r) => r[head.indexOf('Mã thư')].startsWith('XN:DK-000002:'));
  return row ? Object.fromEntries(head.map((h, i) => [h, row[i]])) : {};
}

/** The office's own runs for two days, minute by minute. */
function twoDays(o: Office): void {
  const t0 = o.emu.clock.now();
  for (let m = 1; m <= 2 * 24 * 60; m++) o.emu.triggers.runDueTimeTriggers(t0 + m * 60_000);
}

describe('r81x F3: a confirmation that may have gone, whose resend the mail service refuses', () => {
  it('refused once, then sent: the school has it twice, and Hộp thư đi says it may have arrived twice', () => {
    const o = interruptedConfirmation();
    o.emu.runtime.failOn('MailApp.sendEmail', 1, 'Service unavailable: Mail');
    twoDays(o);
    expect(confirmations(o)).toHaveLength(2);
    const row = confirmationRow(o);
    expect(row['Trạng thái']).toBe('Đã gửi');
    // Today: '' (the note of the interrupted send was replaced by the refusal's, then cleared).
    expect(row['Ghi chú']).toMatch(/có thể đã nhận thư này hai lần/);
    expect(OUTBOX_NOTE.maybeTwice).toMatch(/có thể đã nhận thư này hai lần/);
  });

  it('refused until its tries are spent: the row still says the first send may have reached the school', () => {
    const o = interruptedConfirmation();
    o.emu.runtime.failOn('MailApp.sendEmail', 1, 'Service unavailable: Mail');
    const t0 = o.emu.clock.now();
    for (let m = 1; m <= 2 * 24 * 60; m++) {
      o.emu.triggers.runDueTimeTriggers(t0 + m * 60_000);
      // Refused at each try while it has one left.
      if (confirmationRow(o)['Trạng thái'] === 'Lỗi' && Number(confirmationRow(o)['Số lần thử']) < MAX_ATTEMPTS) o.emu.runtime.failOn('MailApp.sendEmail', 1, 'Service unavailable: Mail');
    }
    expect(confirmations(o)).toHaveLength(1);
    const row = confirmationRow(o);
    expect(row['Trạng thái']).toBe('Lỗi');
    // Today: «Đã thử 3 lần không được; hãy kiểm tra địa chỉ rồi liên hệ trực tiếp.» and nothing more.
    expect(row['Ghi chú']).toMatch(/có thể đã (đến người nhận|nhận)/);
  });
});
