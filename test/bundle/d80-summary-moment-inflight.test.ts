// Review d80 F3 (adversarial reading of 2f4f70c4, review r80n F1). Who is hurt: the clerk answering a school that
// says "we sent it at 06:31, your summary says its numbers run to 06:33 and counts from after that next time".
// Steps: the nightly rebuild starts at 06:30 and reads the responses; in a large office (or with Sheets slow that
// morning) it writes "Tổng hợp" a few minutes later. A school's registration lands in the form at 06:31, while the
// rebuild runs (its own submit trigger waits for the lock).
// Now: "Tổng hợp" states «Số liệu tính đến 06:3x ngày 01/07/2024 (lần “Cập nhật tổng hợp” gần nhất; phiếu gửi và quyết
// định của Hội đồng sau giờ đó được tính ở lần cập nhật sau)» with the moment it WROTE the tab (districtSummary's
// `now` = new Date() at writeSummaries), yet its counts are those read at 06:30: the registration sent at 06:31 — before
// the time stated — is not counted, and the line says anything sent after the stated time is the one left for later.
// Should: the moment stated is the one the numbers were read at (the run's start), so that what it says holds.
import { expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

it('"Tổng hợp" does not claim to count a registration sent before its stated time but after the rebuild read the responses', () => {
  const o = officeAfterSetup(SCHOOLS, { now: new Date(2024, 5, 30, 9, 0) });
  const send = (i: number, name: string, at?: Date) => {
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[i].name, [Q.individualName]: name } as never, { email: SCHOOLS[i].emails[0], ...(at ? { at } : {}) });
    o.emu.clock.advance(60_000);
  };
  send(0, 'Nguyễn Văn An');
  send(1, 'Trần Thị Bình');
  o.emu.clock.set(new Date(2024, 5, 30, 20, 0));
  o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  o.emu.clock.set(new Date(2024, 6, 1, 6, 30));
  // Sheets slow this morning: every service call of the rebuild takes 4 seconds (47 calls: about three minutes).
  let calls = 0;
  const off = o.emu.runtime.onCall(() => {
    calls++;
    o.emu.clock.advance(4_000);
  });
  try {
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  } finally {
    off();
  }
  // Sent at 06:31, after the rebuild read the responses (06:30) and before it wrote "Tổng hợp".
  const sentAt = new Date(2024, 6, 1, 6, 31);
  const lines = o.emu.spreadsheets.values('Tổng hợp').map((r) => String(r[0]));
  const moment = lines.find((l) => l.startsWith('Số liệu tính đến'))!;
  const total = Number(/(\d+) phiếu đăng ký/.exec(lines.find((l) => /đơn vị, \d+ phiếu đăng ký/.test(l))!)![1]);
  const [, hh, mm] = /tính đến (\d{2}):(\d{2})/.exec(moment)!;
  const stated = new Date(2024, 6, 1, Number(hh), Number(mm));
  expect(total).toBe(2);
  // The registration Forms recorded at 06:31, while the rebuild ran: its trigger runs once the lock is free.
  send(2, 'Lê Văn Cường', sentAt);
  const after = o.emu.spreadsheets.values('Tổng hợp').map((r) => String(r[0]));
  expect(after.find((l) => l.startsWith('Số liệu tính đến'))).toBe(moment);
  expect(stated.getTime() < sentAt.getTime(), `${calls} calls; «${moment}»; «${total} phiếu đăng ký»: a registration sent at 06:31 is not among them`).toBe(true);
});
