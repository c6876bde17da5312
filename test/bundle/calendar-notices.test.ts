// Notices of a day of the plan's calendar (src/core/notices.ts calendarTurns) are sent for a day the rebuild saw coming,
// not for a date the office types into "Cấu hình" once it has passed: moving "Mốc: sơ kết" to the day the review was
// really held, then correcting a typo, sent two sets of e-mails about verdicts that had not changed (review "settings"
// #2). Such a day is said to the office instead.
import { describe, expect, it } from 'vitest';
import { milestone } from '../../src/core/config';
import { typeCell } from '../../scripts/user';
import { SCHOOLS, officeAfterSetup } from './helpers';
import { collectiveAnswers, managerRatedGood } from '../core/helpers';
import { planConfig } from '../../sample/profiles';

const DAY = 86_400_000;


describe('calendar notices', () => {
  it('tell a turn on a day seen coming; a date typed once passed sends nothing, and the office is told', () => {
    // 02/06/2023: the interim review (11/06/2023 by default) is nine days ahead.
    const o = officeAfterSetup(SCHOOLS, { now: new Date(2023, 5, 2, 8, 0, 0) });
    const cfg = planConfig(new Date(o.emu.clock.now()));
    expect(milestone(cfg, 'SO-KET').date.getTime()).toBe(new Date(2023, 5, 11).getTime());
    const a = managerRatedGood(cfg);
    o.emu.forms.submitAsUser(o.formId, a, { email: SCHOOLS[0].emails[0] });
    const rebuild = () => o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    rebuild();
    const notices = () => o.emu.mail.sent.filter((m) => /” từ ngày \d|thay đổi từ ngày/.test(m.subject));
    expect(notices()).toEqual([]);
    // The nights go by; the day after the review the school is told.
    for (let d = 0; d < 10; d++) {
      o.emu.clock.advance(DAY);
      rebuild();
    }
    expect(notices().map((m) => m.subject)).toEqual([expect.stringContaining('] “Chưa đạt” từ ngày 11/06/2023')]);
    // The review was really held on 09/06: the office types it on 13/06, then corrects its typo to 08/06.
    const row = o.emu.spreadsheets.values('Cấu hình').findIndex((r) => r[0] === 'Mốc: sơ kết') + 1;
    const log = () => (o.emu.spreadsheets.sheet('Nhật ký lỗi') ? o.emu.spreadsheets.values('Nhật ký lỗi').slice(1).map((r) => String(r[2])) : []);
    for (const day of ['09/06/2023', '08/06/2023']) {
      o.emu.clock.advance(3_600_000);
      typeCell(o.emu, 'Cấu hình', row, 2, day);
      o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
      expect(log().filter((m) => m.startsWith(`Ngày ${day} của lịch Kế hoạch`) && m.includes('chưa được lần chạy nào của công cụ đọc thấy trước khi ngày đó đến') && m.includes('1 phiếu của 1 đơn vị'))).toHaveLength(1);
    }
    // The next nights: still nothing more to the school.
    for (let d = 0; d < 3; d++) {
      o.emu.clock.advance(DAY);
      rebuild();
    }
    expect(notices()).toHaveLength(1);
  });

  it('a date typed the day before, after the morning rebuild, is told when it comes once another run read it (review diff17 #2)', () => {
    const o = officeAfterSetup(SCHOOLS, { now: new Date(2023, 5, 2, 8, 0, 0) });
    const cfg = planConfig(new Date(o.emu.clock.now()));
    const a = managerRatedGood(cfg);
    o.emu.forms.submitAsUser(o.formId, a, { email: SCHOOLS[0].emails[0] });
    const row = o.emu.spreadsheets.values('Cấu hình').findIndex((r) => r[0] === 'Mốc: sơ kết') + 1;
    // The review moved to 20/06; the morning rebuilds see it coming until 14/06.
    typeCell(o.emu, 'Cấu hình', row, 2, '20/06/2023');
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const notices = () => o.emu.mail.sent.filter((m) => /” từ ngày \d|thay đổi từ ngày/.test(m.subject));
    // 14/06 15:00, after that morning's rebuild: the office learns the review is tomorrow, 15/06; the day's reminders
    // run (or a "Cập nhật tổng hợp", or Thiết lập) reads it.
    o.emu.clock.set(new Date(2023, 5, 14, 15, 0, 0).getTime());
    typeCell(o.emu, 'Cấu hình', row, 2, '15/06/2023');
    o.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    o.emu.clock.set(new Date(2023, 5, 16, 6, 0, 0).getTime());
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(notices().map((m) => m.subject)).toEqual([expect.stringContaining('] “Chưa đạt” từ ngày 15/06/2023')]);
  });

  it('1 February: last year\'s Party and union ratings fall due; a collective told "Đạt" is told of its turn by that night\'s rebuild, once (review read-outputs H1, school #1)', () => {
    const o = officeAfterSetup(SCHOOLS, { now: new Date(2023, 5, 2, 8, 0, 0) });
    const cfg = planConfig(new Date(o.emu.clock.now()));
    o.emu.forms.submitAsUser(o.formId, collectiveAnswers(cfg), { email: SCHOOLS[0].emails[0] });
    const rebuild = () => o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    rebuild();
    const verdict = () => String(o.emu.spreadsheets.values('Thẩm định')[1][4]);
    expect(verdict()).toBe('Đạt');
    const notices = () => o.emu.mail.sent.filter((m) => /” từ ngày \d|thay đổi từ ngày/.test(m.subject)).map((m) => m.subject);
    const nights = (from: Date) => {
      o.emu.clock.set(from.getTime());
      for (let d = 0; d < 8; d++) {
        rebuild();
        o.emu.clock.advance(DAY);
      }
    };
    // The nights of late December and the first of January go by: the year's ratings count from 1 December, and a
    // collective has January to write them (review school #1).
    nights(new Date(2023, 11, 28, 6, 0, 0));
    expect(verdict()).toBe('Đạt');
    expect(notices()).toEqual([]);
    // Then the first of February and a few more nights.
    nights(new Date(2024, 0, 28, 6, 0, 0));
    expect(verdict()).toBe('Cần bổ sung');
    expect(notices()).toEqual([expect.stringContaining('] “Cần bổ sung” từ ngày 01/02/2024')]);
    // The office is told the cause, not four possible ones, and that the school was told (review read-outputs M5).
    const log = o.emu.spreadsheets.values('Nhật ký lỗi').slice(1).map((r) => String(r[2]));
    expect(log).toEqual([
      'Từ ngày 01/02/2024 (một mốc thời gian của Kế hoạch), kết luận tự động của 1 phiếu thay đổi: 1 phiếu từ “Đạt” sang “Cần bổ sung” (DK-000002). Các trường được công cụ gửi thư báo thay đổi, kèm những gì cần bổ sung. Hội đồng xem lại các phiếu đã có quyết định.',
    ]);
    const history = o.emu.spreadsheets.values('Lịch sử thẩm định').slice(1).map((r) => String(r[4]));
    expect(history).toEqual(['Kết luận tự động đổi từ “Đạt” sang “Cần bổ sung” (do đến ngày 01/02/2024, một mốc thời gian của Kế hoạch)']);
    // On 5 February someone types "Đạt" over the verdict: the rebuild puts it back, and says so with the other causes —
    // not as 1 February's turn, shown days before (review diff33 #3).
    typeCell(o.emu, 'Thẩm định', 2, 5, 'Đạt');
    rebuild();
    const after = o.emu.spreadsheets.values('Nhật ký lỗi').slice(1).map((r) => String(r[2]));
    expect(after).toHaveLength(2);
    expect(after[1]).toMatch(/^Lần cập nhật này đổi kết luận tự động của 1 phiếu/);
    expect(after[1]).toContain('gõ đè');
    // The history's last line of it already gives that verdict: nothing more there.
    expect(o.emu.spreadsheets.values('Lịch sử thẩm định').slice(1)).toHaveLength(1);
  });
});
