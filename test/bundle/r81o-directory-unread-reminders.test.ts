// Review r81o F6 (office staff handling the spreadsheet). Who is hurt: every school, not reminded of a deadline, and the
// office, told the reminders went well.
// Steps: early in the period (no registration yet) the clerk prints "Đơn vị" for the leader and, as offices do, inserts
// a title row above its header — "DANH SÁCH CÁC ĐƠN VỊ TRỰC THUỘC" — or sorts the whole tab with the header unfrozen
// (the header lands below the schools). On 20/05/2023, eleven days before the end of registration (31/05/2023), the
// daily reminder trigger runs.
// Now: the directory cannot be read (its header is not at row 1), yet sendReminders ends «Thành công | Lập 0 thư nhắc
// mới; đã gửi 0 thư.»: no school is reminded (the same run with the tab untouched sends three reminders), and nothing
// is written to "Nhật ký lỗi". With a registration in the file the same broken tab stops the run loudly; with none,
// the directory's header errors are not taken as a stop by the reminders (src/jobs/reminders.ts, through the inputs'
// structural errors).
// Should: as README says of broken inputs ("mọi tác vụ dừng lại … trang Tình trạng ghi “Lỗi” kèm lý do, Nhật ký lỗi ghi
// chi tiết"), the reminder job says it could not read "Đơn vị" (Tình trạng "Lỗi", the reason in Nhật ký lỗi) — never
// "Thành công" with 0 letters — and the reminders go once the tab is put right.
import { describe, expect, it } from 'vitest';
import { insertTabRows, sortTab, typeCell } from '../../scripts/user';
import { SCHOOLS, officeAfterSetup } from './helpers';

type Ctx = ReturnType<typeof officeAfterSetup>;

const broken: Record<string, (ctx: Ctx) => void> = {
  'a title row inserted above the header': (ctx) => {
    insertTabRows(ctx.emu, 'Đơn vị', 0, 1);
    typeCell(ctx.emu, 'Đơn vị', 1, 1, 'DANH SÁCH CÁC ĐƠN VỊ TRỰC THUỘC');
  },
  'the whole tab sorted with its header unfrozen': (ctx) => {
    const sheet = ctx.emu.spreadsheets.sheet('Đơn vị')!;
    sheet.frozenRows = 0;
    sortTab(ctx.emu, 'Đơn vị', [{ column: 2, ascending: false }]);
    const last = sheet.lastRow();
    const header = sheet.rows.splice(0, 1)[0];
    sheet.rows.splice(last - 1, 0, header);
  },
};

describe('"Đơn vị" unreadable before any registration, on a reminder day', () => {
  for (const [how, act] of Object.entries(broken)) {
    it(`${how}: the reminder job does not say "Thành công" with no letter sent`, () => {
      const ctx = officeAfterSetup(SCHOOLS, { now: new Date(2023, 4, 20, 8) });
      act(ctx);
      ctx.emu.clock.advance(3_600_000);
      const before = ctx.emu.mail.sent.length;
      try {
        ctx.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
      } catch {
        // A stop is a right outcome, said below.
      }
      expect(ctx.emu.mail.sent.length).toBe(before);
      const health = ctx.emu.spreadsheets.values('Tình trạng').find((r) => String(r[0]).startsWith('Gửi thư nhắc hạn'))!.map(String);
      expect(health[2]).not.toBe('Thành công');
      expect(health.join(' ')).toContain('Đơn vị');
      const log = ctx.emu.spreadsheets.sheet('Nhật ký lỗi') ? ctx.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])) : [];
      expect(log.some((l) => l.includes('“Đơn vị”'))).toBe(true);
    });
  }
});
