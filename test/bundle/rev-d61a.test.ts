// Review d61a: "Kết thúc giai đoạn…" and the intake-status change, seen through what an office and its schools meet.
// Each test FAILS today at the assertion that shows the defect (report: /work/reviews/d61a.md).
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, collectiveAnswers, individualAnswers, officeAfterSetup } from './helpers';

type Office = ReturnType<typeof officeAfterSetup>;
type Emu = Office['emu'];

const END_DAY = new Date(2026, 11, 5, 9, 0, 0);
const DAY = 24 * 3600_000;
const HEALTH = 'Tình trạng';

/** As close-period.test.ts: set up in 2024, two registrations answered, the clock moved on to the day of the end. */
function lateOffice(): Office {
  const o = officeAfterSetup(SCHOOLS);
  o.emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[0].name }, { email: SCHOOLS[0].emails[0] });
  o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[1].name }, { email: SCHOOLS[1].emails[0] });
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  o.emu.clock.set(END_DAY.getTime());
  return o;
}

const endPeriod = (o: Office, answer: 'YES' | 'NO' = 'YES') => {
  o.emu.spreadsheets.active.answers.push(answer);
  o.bundle.call('endPeriod', undefined, { kind: 'menu' });
};
const triggers = (emu: Emu) => emu.triggers.of().map((t) => t.handler).sort();
const accepting = (emu: Emu, id: string) => {
  const f = emu.forms.byId(id)!;
  return f.published && f.accepting;
};
const healthRow = (emu: Emu, label: string) =>
  emu.spreadsheets.values(HEALTH).slice(1).map((r) => r.map(String)).find((r) => r[0] === label) ?? [];
const ended = (emu: Emu) => emu.properties.script.get('period.ended');
const answeredTo = (o: Office, email: string, marker: string) => o.emu.mail.to(email).some((m) => m.subject.includes(marker));

describe('d61a-1: a form that could not be opened at the end (a passing Forms error) is left taking answers nobody reads', () => {
  it('the end goes through, removes the submit trigger, and a school that submits afterwards is never answered', () => {
    const o = lateOffice();
    // The first FormApp.openById of the end's run (the registration form) meets a passing error.
    o.emu.runtime.failOn('FormApp.openById', 1, 'Đã xảy ra lỗi máy chủ. Vui lòng thử lại.');
    endPeriod(o);
    o.emu.runtime.clearFaults();
    // What the end recorded and said: the period ended, every trigger gone, "Tình trạng" says both forms are closed.
    expect(JSON.parse(ended(o.emu)!)).toMatchObject({ stage: 'done', unopened: ['registrationForm'] });
    expect(triggers(o.emu)).toEqual([]);
    expect(healthRow(o.emu, 'Kết thúc giai đoạn')[3]).toContain('hai biểu mẫu không nhận phiếu');
    // The registration form still takes answers (the error was a passing one, not "gone").
    expect(accepting(o.emu, o.formId)).toBe(true);
    const school = SCHOOLS[2].emails[0];
    o.emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[2].name, [Q.collectiveName]: 'Tổ Sử sau kết thúc' }, { email: school });
    o.emu.triggers.runDueTimeTriggers(END_DAY.getTime() + 8 * DAY);
    // FAILS today: nothing ever checks or answers it (no trigger, no nightly rebuild), and nothing tells the office.
    expect(answeredTo(o, school, 'Tổ Sử sau kết thúc'), 'the school that submitted into the still-open form is answered').toBe(true);
  });
});

describe('d61a-2: a submission that failed before it was queued, then the period is ended the same day', () => {
  it('the end is not refused, and the submission the failure text promised to "the next morning\'s rebuild" is never checked', () => {
    const o = lateOffice();
    const school = SCHOOLS[2].emails[0];
    // The submission's trigger fails at its first call in the frame (the event's row): nothing is queued, its row is
    // left to the nightly rebuild (RUN_STOPPED's intake text says so).
    o.emu.runtime.failOn('Range.getRow', 1, 'Dịch vụ Bảng tính đã hết thời gian chờ. Vui lòng thử lại sau.');
    try {
      o.emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[2].name, [Q.collectiveName]: 'Tổ Địa chưa kiểm tra' }, { email: school });
    } catch {
      // the trigger's failure (the emulator may rethrow it)
    }
    o.emu.runtime.clearFaults();
    const line = healthRow(o.emu, 'Kiểm tra khi có phiếu mới');
    expect(line[2]).toBe('Lỗi');
    expect(line[3]).toContain('chậm nhất ở lần “Cập nhật tổng hợp” sáng hôm sau');
    expect(answeredTo(o, school, 'Tổ Địa chưa kiểm tra')).toBe(false);
    // The office ends the period an hour later, before the next morning.
    o.emu.clock.advance(3600_000);
    endPeriod(o);
    o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 8 * DAY);
    const endedNow = ended(o.emu) !== undefined;
    // FAILS today: the end went through (pendingWork does not see a failed submission that is not queued) and nothing
    // ever checks that registration or answers its school; "Tình trạng" keeps promising the morning rebuild next to
    // "Không còn chạy từ ngày …".
    expect(!endedNow || answeredTo(o, school, 'Tổ Địa chưa kiểm tra'), 'ended with a submission no run will ever check').toBe(true);
  });
});

describe('d61a-3: Thiết lập reopening gives back the closed message only to a form still closed', () => {
  it('a form the office opened again by hand after the end keeps the "period ended" message: closed later, it tells schools the period is over', () => {
    const o = lateOffice();
    const own = 'Đã hết hạn đăng ký đợt này, xin liên hệ Phòng.';
    o.emu.forms.byId(o.formId)!.closedMessage = own;
    endPeriod(o);
    expect(o.emu.forms.byId(o.formId)!.closedMessage).toContain('đã kết thúc');
    // The office takes one late registration by opening the form by hand, then decides to reopen the period.
    o.emu.forms.editorSetAccepting(o.formId, true);
    o.emu.spreadsheets.active.answers.push('YES');
    o.bundle.call('setup', undefined, { kind: 'menu' });
    expect(ended(o.emu)).toBeUndefined();
    expect(accepting(o.emu, o.formId)).toBe(true);
    // FAILS today: reopenForm returns early for a form already taking answers, leaving the end's message in place.
    expect(o.emu.forms.byId(o.formId)!.closedMessage, 'the office\'s own closed message given back').toBe(own);
  });
});
