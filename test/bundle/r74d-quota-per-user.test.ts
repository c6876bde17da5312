// Review r74d (first deployment by an office) F5 — the emulation. Apps Script's daily quotas "are per user and reset 24
// hours after the first request" (developers.google.com/apps-script/guides/services/quotas): e-mail recipients,
// documents and spreadsheets created, total trigger runtime are each counted for the account the execution runs as.
// The emulation keeps ONE count per emulator (emulator/runtime.ts consumeQuota/remainingQuota, keyed by 'email',
// 'triggerRuntime'… only), so the account that installed the tool and a colleague who opens the sheet and uses the
// menu ("Cập nhật tổng hợp" runs as her: README, "Một tài khoản cho mọi thao tác menu") share it. What a colleague's
// run really does — send the mail the installer's exhausted quota held back, from her own address and on her own 100
// a day, or make documents on her own 250 — can therefore not be met by any test; nor a handover where the new account
// has its own fresh quotas.
// What should happen: the emulation counts each quota per user (identity.activeUser at the call, the trigger's owner
// for a trigger), as Apps Script does.
// Severity: Low (fidelity of the emulation on the colleague path; no office data at stake by itself).
import { describe, expect, it } from 'vitest';
import { asUser, officeEmulator } from './helpers';

const COLLEAGUE = 'dongnghiep@gmail.com';

describe('the daily e-mail quota is the account’s own (r74d F5)', () => {
  it("the installer's 100 recipients used up: the colleague's account still has its 100", () => {
    const emu = officeEmulator({ mailQuota: 100, now: new Date(2026, 8, 7, 8, 0, 0) });
    const { MailApp } = emu.globals;
    const to = (from: number) => Array.from({ length: 50 }, (_, i) => `gv${from + i}@example.edu.vn`).join(',');
    // The installer's account sends 100 recipients (two messages of 50, the most a message may have).
    emu.runtime.execute(
      () => {
        MailApp.sendEmail(to(0), 'Thư 1', 'Nội dung');
        MailApp.sendEmail(to(50), 'Thư 2', 'Nội dung');
      },
      { kind: 'node', label: 'installer sends' },
    );
    expect(emu.runtime.execute(() => MailApp.getRemainingDailyQuota(), { kind: 'node', label: 'installer asks' })).toBe(0);
    // The colleague, another Google account, has sent nothing today.
    const hers = asUser(emu, COLLEAGUE, () => emu.runtime.execute(() => MailApp.getRemainingDailyQuota(), { kind: 'node', label: 'colleague asks' }));
    expect(hers).toBe(100);
  });
});
