// Review d61c: the fixes to "Kết thúc giai đoạn…" (f966b42..bcf6304), seen through what an office and its schools meet.
// Each defect test failed on bcf6304 at the assertion that showed the defect, and passes since its fix (report:
// /work/reviews/d61c.md).
import { describe, expect, it } from 'vitest';
import { Q, R } from '../../src/core/registration-form';
import { typeCell } from '../../scripts/user';
import { SCHOOLS, alertsShown, collectiveAnswers, officeAfterSetup, rebuildOutOfTime } from './helpers';
import { DAY, endCutOff, endPeriod, lateOffice, type Emu, type Office } from './period-end-lib';

const HEALTH = 'Tình trạng';
const triggers = (emu: Emu) => emu.triggers.of().map((t) => t.handler).sort();
const ended = (emu: Emu) => emu.properties.script.get('period.ended');
const healthRow = (emu: Emu, label: string) =>
  emu.spreadsheets.values(HEALTH).slice(1).map((r) => r.map(String)).find((r) => r[0] === label) ?? [];

const subjectsTo = (o: Office, email: string, from = 0) => o.emu.mail.sent.slice(from).filter((m) => m.to.includes(email)).map((m) => m.subject);
/** The council asks the school of the first row of "Thẩm định" to complete its registration (as close-period.test.ts). */
function askForSupplement(o: Office): void {
  const header = o.emu.spreadsheets.values('Thẩm định')[0].map(String);
  typeCell(o.emu, 'Thẩm định', 2, header.indexOf('Quyết định của Hội đồng') + 1, 'Yêu cầu bổ sung');
  typeCell(o.emu, 'Thẩm định', 2, header.indexOf('Nhận xét') + 1, 'Bổ sung minh chứng.');
  typeCell(o.emu, 'Thẩm định', 2, header.indexOf('Người thẩm định') + 1, 'Ông A');
}
const outboxRow = (emu: Emu, key: string) => emu.spreadsheets.values('Hộp thư đi').map((r) => r.map(String)).find((r) => r[0].startsWith(key)) ?? [];

describe('d61c-1: after the end, a continuation made by a menu rebuild e-mails the request to complete a registration', () => {
  it('a long "Cập nhật tổng hợp" after the end leaves a continueIntake; a minute later it sends "Đề nghị bổ sung" with a link to the closed form', () => {
    const o = lateOffice();
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    endPeriod(o);
    expect(JSON.parse(ended(o.emu)!)).toMatchObject({ stage: 'done' });
    expect(triggers(o.emu)).toEqual([]);
    // After the end the council still reviews: it asks a school to complete its registration (close-period.test.ts
    // checks that the menu rebuild does not e-mail this, the form being closed).
    askForSupplement(o);
    const sent = o.emu.mail.sent.length;
    // A large office: the rebuild runs past its work budget (4.5 minutes), as rebuilds with many schools or views do.
    rebuildOutOfTime(o);
    expect(o.emu.runtime.executions.at(-1)!.error).toBeUndefined();
    expect(o.emu.mail.sent.length, 'the menu rebuild itself sends no request (bcf6304)').toBe(sent);
    // settleMailLeft (past the deadline, or one e-mail failed) made a continuation: a trigger after the end.
    expect(triggers(o.emu)).toEqual(['continueIntake']);
    o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 10 * 60_000);
    // Failed on bcf6304: continueIntake's full run (src/jobs/on-submit.ts fullRun) composes supplementPlan whatever the end:
    // the school gets "Đề nghị bổ sung hồ sơ …" whose edit link opens a form that says the period is over.
    expect(o.emu.mail.sent.slice(sent).map((m) => m.subject), 'no request to complete a registration after the end').toEqual([]);
  });
});

describe('d61c-2: after the end, a confirmation held back by the mail quota is promised and never sent', () => {
  it('a registration that came in while the end held the lock: its answer waits for the quota; the quota run fires after the end and does nothing, "Chờ gửi" for good', () => {
    const o = lateOffice(() => officeAfterSetup(SCHOOLS, { mailQuota: 100 }));
    // The account's 100 recipients of the day are used up (a busy day; the end itself needs no e-mail).
    o.emu.runtime.consumeQuota('email', 100, 100, 'quota');
    const school = SCHOOLS[2].emails[0];
    // A school submits while the end holds the lock (after the question, before the forms are closed): its trigger
    // waits for the lock and answers it right after the end (as designed: "the answer to a registration sent before
    // the end still goes").
    let done = false;
    const off = o.emu.runtime.onCall(() => {
      if (done || o.emu.locks.state('script').holder === null) return;
      done = true;
      o.emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[2].name, [Q.collectiveName]: 'Tổ Toán sát giờ' }, { email: school });
    });
    endPeriod(o);
    off();
    expect(done).toBe(true);
    expect(JSON.parse(ended(o.emu)!)).toMatchObject({ stage: 'done', closed: ['registrationForm', 'reportForm'] });
    expect(healthRow(o.emu, 'Kiểm tra khi có phiếu mới')[3]).toContain('DK-000004');
    // Its answer waits for the quota; a quota run is scheduled (a trigger made after the end) and "Tình trạng" and
    // "Hộp thư đi" promise it goes at about 09:05 the next day.
    expect(triggers(o.emu)).toEqual(['sendWaitingMail']);
    expect(healthRow(o.emu, 'Gửi thư chờ hạn mức')[3]).toContain('công cụ tự gửi tiếp khi hạn mức được cấp lại');
    expect(outboxRow(o.emu, 'XN:DK-000004')[5]).toBe('Chờ gửi');
    // Three days on: the quota came back the next morning.
    o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 3 * DAY);
    expect(triggers(o.emu), 'the quota run fired (and deleted its trigger)').toEqual([]);
    // Failed on bcf6304: sendWaitingMail ran rebuildSummaries, which stopped at endedForSchedule (a trigger, period
    // ended): the school never got the answer to a registration it sent before the end, while both tabs promised it.
    expect(outboxRow(o.emu, 'XN:DK-000004')[5]).toBe('Đã gửi');
    expect(subjectsTo(o, school).some((s) => s.includes('DK-000004')), 'the school that registered before the end is answered once the quota is back').toBe(true);
  });
});

describe('d61c-3: a cut-off end whose form was then deleted: the refusal waits for a look no scheduled run makes', () => {
  it('"Chưa kết thúc xong": the nightly rebuild the refusal counts on does nothing in the stage "closing", so days later it is still refused', () => {
    // The end is cut off removing the triggers (its execution stopped): recorded "closing", both forms already closed, some
    // triggers left (the nightly rebuild among them).
    const o = endCutOff();
    expect(JSON.parse(ended(o.emu)!)).toMatchObject({ stage: 'closing' });
    expect(triggers(o.emu)).toContain('rebuildSummaries');
    // The office, seeing its forms closed, tidies Drive: the registration form is deleted for good (out of the trash).
    // Chosen again, the finishing run cannot open a form it meant to close and cannot tell it is gone: refused.
    o.emu.forms.forms.delete(o.formId);
    o.bundle.call('endPeriod', undefined, { kind: 'menu' });
    const refusal = alertsShown(o.emu).at(-1)!;
    expect(refusal).toContain('Chưa kết thúc xong giai đoạn');
    expect(refusal).toContain('hai ngày liên tiếp không mở được biểu mẫu');
    // The office waits, as told, for "Cập nhật tổng hợp" to fail to open it two days running: the nightly trigger fires
    // every morning for a week.
    o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 7 * DAY);
    o.bundle.call('endPeriod', undefined, { kind: 'menu' });
    // Failed on bcf6304: the nightly rebuild stopped at endedForSchedule (stage "closing" counts as ended), so formsAbsent never
    // looks and "Nhật ký lỗi" never records the two days; the end is refused again, for as long as nobody happens to
    // choose "Cập nhật tổng hợp" from the menu on two different days (the refusal does not say to).
    expect(JSON.parse(ended(o.emu)!).stage, 'a week of nightly rebuilds later, the end can be finished').toBe('done');
  });
});

describe('d61c-3 (control): the same office choosing "Cập nhật tổng hợp" itself on two days can finish the end', () => {
  it('menu rebuilds, as the nightly ones, look in Drive once the end is recorded "closing"', () => {
    const o = endCutOff();
    o.emu.forms.forms.delete(o.formId);
    o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 7 * DAY);
    // A week of nightly runs: since d61c 3 they look in Drive while the end is unfinished (on bcf6304 they recorded nothing).
    expect(o.emu.properties.script.get('forms.unopened') ?? '').toContain(o.formId);
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    o.emu.clock.advance(DAY);
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    o.bundle.call('endPeriod', undefined, { kind: 'menu' });
    expect(JSON.parse(ended(o.emu)!)).toMatchObject({ stage: 'done', unopened: ['registrationForm'] });
  });
});

describe('mutants63 M2: after the end, a report receipt held back by the mail quota still goes', () => {
  it('a report sent while the end held the lock: its receipt waits for the quota and goes when the quota run fires after the end', () => {
    const o = lateOffice(() => officeAfterSetup(SCHOOLS, { mailQuota: 100 }));
    o.emu.runtime.consumeQuota('email', 100, 100, 'quota');
    const school = SCHOOLS[2].emails[0];
    const period = o.emu.forms.forms.get(o.reportFormId)!.itemByTitle(R.period)!.choices.map((c) => c.value).find((v) => v === 'Năm 2025')!;
    let done = false;
    const off = o.emu.runtime.onCall(() => {
      if (done || o.emu.locks.state('script').holder === null) return;
      done = true;
      o.emu.forms.submitAsUser(o.reportFormId, { [R.school]: SCHOOLS[2].name, [R.period]: period, [R.docRef]: '15/BC-THQM', [R.summary]: 'Báo cáo', [R.link]: '' }, { email: school });
    });
    endPeriod(o);
    off();
    expect(done).toBe(true);
    expect(JSON.parse(ended(o.emu)!)).toMatchObject({ stage: 'done' });
    const receipt = () => o.emu.spreadsheets.values('Hộp thư đi').map((r) => r.map(String)).filter((r) => r[0].includes(':') && r.join(' ').includes(SCHOOLS[2].name) && !r[0].startsWith('XN:'));
    expect(receipt().map((r) => r[5]), `the report's receipt waits (${period})`).toContain('Chờ gửi');
    o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 3 * DAY);
    expect(receipt().map((r) => r[5]), 'the receipt of a report sent before the end goes once the quota is back').toEqual(receipt().map(() => 'Đã gửi'));
    expect(subjectsTo(o, school).length, 'the school that reported before the end gets its receipt').toBeGreaterThan(0);
  });
});
