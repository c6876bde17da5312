// Review r74d (first deployment by an office) F6. The clerk of the council works in the office's sheet with her own
// Google account, an editor of the sheet (README: "Cán bộ khác xem và ghi các trang (Cấu hình, Đơn vị, Thẩm định…)
// bằng tài khoản của mình thì được"). She types the council's "Yêu cầu bổ sung" in "Thẩm định" and, to see the result,
// chooses "Cập nhật tổng hợp" — an item of the clerk's own table in the README, and the one the tool itself tells people
// to choose. That execution runs as HER account (a menu run is the user at the keyboard), and today it sends the
// letter to the school from her own address (often a personal gmail.com), on her own daily quota, with nothing said:
// the school receives the office's official request from an address it does not know, and its reply goes to her.
// The tool already refuses, for an account that does not hold its triggers, what would happen in that account's name
// (proposals, schools' views: src/gas/triggers.ts ownerHere); the mail to schools is not held back.
// What should happen: a run by an account that does not hold the tool's triggers sends no e-mail in its own name —
// it leaves the letters to the next run of the installer's account (the nightly "Cập nhật tổng hợp", or a one-off
// retry), and tells the person so — so that every letter the schools receive comes from the office's account.
// Severity: Medium.
import { describe, expect, it } from 'vitest';
import { asUser, councilOffice, decide } from './helpers';

const CLERK = 'thuky.hoidong@gmail.com';
const DAY = 86_400_000;

describe("the council's clerk chooses “Cập nhật tổng hợp” with her own account (r74d F6)", () => {
  it("the school's letter asking for more evidence comes from the office's account, not from hers", () => {
    const o = councilOffice();
    const installer = o.emu.identity.activeUser;
    o.emu.spreadsheets.active.acl.addEditor(CLERK);
    const review = o.emu.spreadsheets.values('Thẩm định');
    const id = String(review[1][0]);
    const before = o.emu.mail.sent.length;
    asUser(o.emu, CLERK, () => {
      decide(o, id, 'Yêu cầu bổ sung', 'Bổ sung minh chứng sáng kiến.');
      o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    });
    // The next morning's scheduled run (the installer's trigger).
    o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + DAY);
    const letters = o.emu.mail.sent.slice(before).filter((m) => m.subject.includes(id));
    expect(letters.length).toBeGreaterThan(0);
    expect(letters.map((m) => m.from)).not.toContain(CLERK);
    expect(letters.every((m) => m.from === installer)).toBe(true);
  });
});
