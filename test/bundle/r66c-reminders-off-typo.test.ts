// Review r66c (the office's clerk and "Cấu hình"): reminders are off ("Không", as the row's explanation says) — the
// office tells its schools by Zalo this term. Weeks later a colleague tidies the cell and writes "Không gửi" (or "Tắt").
// The tool cannot read it and says so, "tạm dùng 14; 3": the switch the office had set to off turns itself ON, and
// every school gets a reminder the next morning. An unreadable value must not undo the office's last readable choice
// (the print of the settings holds "Không"), least of all for a switch that stops e-mail.
import { describe, expect, it } from 'vitest';
import { numberedOffice, setConfigValues } from './helpers';

// "Không gửi" and "Tắt" are read as off (the words the school views' switch reads); "Không gởi" (a misspelling) and
// "Ko" cannot be read, and the last readable choice, "Không", is kept meanwhile (w66e: the review's first assertion,
// "told the value cannot be read", holds for the unreadable ones; the words now read are told nothing).
for (const typed of ['Không gửi', 'Tắt', 'Không gởi', 'Ko']) {
  const readable = typed === 'Không gửi' || typed === 'Tắt';
  describe(`reminders off, then the cell retyped "${typed}"`, () => {
    const { emu } = numberedOffice({ now: new Date(2026, 8, 1, 9, 0, 0), settings: { 'mail.reminderDaysBefore': 'Không' } });
    // The nightly runs read "Không" for a week (and keep their print of it).
    emu.triggers.runDueTimeTriggers(new Date(2026, 8, 10, 12, 0, 0));
    setConfigValues(emu, { 'mail.reminderDaysBefore': typed });
    // 16/09/2026 is 14 days before the schools' plans are due (30/09/2026).
    emu.triggers.runDueTimeTriggers(new Date(2026, 8, 17, 12, 0, 0));
    const log = (emu.spreadsheets.sheetNames().includes('Nhật ký lỗi') ? (emu.spreadsheets.values('Nhật ký lỗi') as unknown[][]) : []).map((r) => String(r[2]));

    it(readable ? 'is read as off: nothing to tell the office' : 'the office is told the value cannot be read (as today), and that "Không" is kept', () => {
      expect(log.some((m) => m.includes(`“${typed}”`))).toBe(!readable);
      if (!readable) expect(log.find((m) => m.includes(`“${typed}”`))).toContain('tạm giữ giá trị trước: “Không”');
    });

    it('no school gets a reminder: the last readable choice, "Không", stands meanwhile', () => {
      expect(emu.mail.sent.filter((m) => m.subject.includes('Nhắc hạn')).map((m) => m.subject)).toEqual([]);
    });
  });
}
