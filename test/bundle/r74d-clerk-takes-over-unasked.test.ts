// Review r74d (first deployment by an office) F2. README "Dành cho cán bộ tin học": the IT person deploys with the
// office's account (steps 1–5) and runs Thiết lập once to grant the permissions (step 6); on an empty "Đơn vị" that run
// stops at "Trang “Đơn vị” chưa có trường nào…" and makes no trigger and no form. Step 7 ("Điền danh sách đơn vị …
// rồi chạy Thiết lập lần nữa") is, in a real office, done by the clerk who knows the schools — "Thiết lập" is the
// first item of the clerk's own table ("Dành cho cán bộ thường trực thi đua") — with her own account, an editor of
// the sheet. Today nothing tells her: her Thiết lập makes the two forms, the templates and every trigger in HER
// (often personal) account, the very thing the README warns against ("Nên cài bằng một tài khoản của cơ quan (không
// phải tài khoản cá nhân của một cán bộ)"); every e-mail to the schools leaves from her address. The IT person's next
// Thiết lập after an update (step 5 says to run it after every `npm run deploy`) is then told "hãy chạy Thiết lập bằng
// tài khoản Google đã cài đặt công cụ" — though it is the account that installed it.
// What should happen: the account that first ran Thiết lập is the tool's; another account's Thiết lập asks before it
// makes anything in its own name (the question the handover already asks), and "Không" leaves nothing of its own.
// Severity: Medium (the office ends up run from a personal account without having chosen it; updates then stall).
import { describe, expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/season';
import { configToRows } from '../../src/core/config';
import { planConfig } from '../../sample/profiles';
import { SCHOOLS, alertsShown, asUser, bundleCode, directoryRows, officeEmulator } from './helpers';

const CLERK = 'thuongtruc.canhan@gmail.com';

describe("the clerk does step 7 with her own account after the IT person's first Thiết lập (r74d F2)", () => {
  it('she is asked before the tool becomes her account\'s, and "Không" makes nothing in her name', () => {
    const emu = officeEmulator({ mailQuota: 1500, now: new Date(2024, 6, 1, 8, 0, 0) });
    const bundle = emu.loadBundle(bundleCode());
    const installer = emu.identity.activeUser;
    // Step 6, by the installer: the permissions, the office tabs; stops at the empty directory.
    bundle.call('setup', undefined, { kind: 'menu' });
    const shownToInstaller = alertsShown(emu).length;
    // The installer shares the sheet with the clerk, who fills it in and runs Thiết lập (step 7), answering "Không"
    // to any question.
    emu.spreadsheets.active.acl.addEditor(CLERK);
    asUser(emu, CLERK, () => {
      typeIntoTab(emu, 'Cấu hình', configToRows(planConfig(new Date(emu.clock.now()))));
      typeIntoTab(emu, 'Đơn vị', directoryRows(SCHOOLS));
      emu.spreadsheets.active.answers.push('NO');
      bundle.call('setup', undefined, { kind: 'menu' });
    });
    // She was told that the tool is another account's (the one that ran Thiết lập first) before anything was made.
    const toClerk = alertsShown(emu).slice(shownToInstaller);
    expect(toClerk.some((m) => m.includes('tài khoản') && m.includes('khác'))).toBe(true);
    // Nothing is hers: no trigger, no form.
    expect(emu.triggers.triggers.filter((t) => t.owner === CLERK).map((t) => t.handler)).toEqual([]);
    const formId = emu.properties.script.get('form.registration.id');
    expect(formId === undefined || emu.sharing.acl(formId)?.owner === installer).toBe(true);
  });
});
