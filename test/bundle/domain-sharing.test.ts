// An office on Google Workspace whose admin limits sharing (review domain M1-M3): Drive refuses to share a school's
// view with an address outside the allowed domains, and lists a viewer whose address it does not disclose (User
// getEmail: "String|null"). The emulation's SharingPolicy stands for the admin's settings; the wording of Drive's
// refusal is a parameter, never read by the product.
import { describe, expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/user';
import { VIEW_NOTE, configLabel } from '../../src/core/messages';
import { numberedSchools, officeAfterSetup, recordsOf } from './helpers';

type Ctx = ReturnType<typeof officeAfterSetup>;

function office(emails1: string[]) {
  const [one, two] = numberedSchools(2);
  const ctx = officeAfterSetup([{ ...one, emails: emails1 }, two]);
  const rows = ctx.emu.spreadsheets.values('Cấu hình').map((r) => [...r]);
  rows.find((r) => r[0] === configLabel('schoolViews.enabled'))![1] = 'Có';
  typeIntoTab(ctx.emu, 'Cấu hình', rows);
  return ctx;
}
const views = (ctx: Ctx) => new Map([...recordsOf(ctx.emu, 'views.v.')].map(([k, v]) => [k.slice('views.v.'.length), JSON.parse(v) as { id: string; url: string }]));
const rebuild = (ctx: Ctx) => ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
const log = (ctx: Ctx) => (ctx.emu.spreadsheets.sheet('Nhật ký lỗi') ? ctx.emu.spreadsheets.values('Nhật ký lỗi').slice(1).map((r) => String(r[2])) : []);
const failed = (ctx: Ctx) => ctx.emu.runtime.executions.filter((x) => x.error).map((x) => `${x.label}: ${x.error}`);

describe('sharing limited by a Workspace admin', () => {
  it('an address outside the allowed domains: the others are shared, the office told once what to do, and no mail to the school carries a link it cannot open', () => {
    const ctx = office(['truongso1@gmail.com']);
    ctx.emu.sharing.policy.allowedDomains = ['example.edu.vn'];
    ctx.emu.sharing.policy.refusal = 'Sorry, an item cannot be shared outside of Sở GD&ĐT.';
    rebuild(ctx);
    expect(failed(ctx)).toEqual([]);
    const one = views(ctx).get('S:TH01')!;
    const two = views(ctx).get('S:TH02')!;
    expect([...ctx.emu.sharing.acl(one.id)!.viewers]).toEqual([]);
    expect([...ctx.emu.sharing.acl(two.id)!.viewers]).toEqual(['th02@example.edu.vn']);
    const told = log(ctx).filter((l) => l.includes('Chưa chia sẻ được trang theo dõi') && l.includes('truongso1@gmail.com'));
    expect(told).toHaveLength(1);
    // Drive's own full stop is not doubled; the line says what the office can do about a domain rule.
    expect(told[0]).toContain('outside of Sở GD&ĐT. Hãy kiểm tra');
    expect(told[0]).toContain('nhờ quản trị viên cho phép tên miền đó');
    rebuild(ctx);
    expect(log(ctx).filter((l) => l.includes('Chưa chia sẻ được trang theo dõi'))).toHaveLength(1);
    // Reminders of the registration deadline: TH02's carries its view's link, TH01's none.
    ctx.emu.clock.set(new Date(2024, 11, 1, 7, 0, 0));
    ctx.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    const first = ctx.emu.mail.to('truongso1@gmail.com');
    const second = ctx.emu.mail.to('th02@example.edu.vn');
    expect(first.length).toBeGreaterThan(0);
    expect(second.some((m) => m.body.includes(two.url))).toBe(true);
    for (const m of first) expect(m.body).not.toContain(one.url);
    // The admin allows the domain: shared at the next update, and the link comes back in the school's mail.
    ctx.emu.sharing.policy.allowedDomains = null;
    rebuild(ctx);
    expect([...ctx.emu.sharing.acl(one.id)!.viewers]).toEqual(['truongso1@gmail.com']);
    const before = ctx.emu.mail.to('truongso1@gmail.com').length;
    ctx.emu.clock.set(new Date(2024, 11, 12, 7, 0, 0));
    ctx.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    const later = ctx.emu.mail.to('truongso1@gmail.com').slice(before);
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((m) => m.body.includes(one.url))).toBe(true);
    expect(VIEW_NOTE.notShared('x', ['a@b.c'], 'm.')).toContain(': m. ');
  });

  it('a viewer Drive lists without an address (a deleted account): the update goes on, the other views follow their schools, and the office is told once to look at that view\'s sharing', () => {
    const ctx = office(['th01@example.edu.vn']);
    rebuild(ctx);
    expect(failed(ctx)).toEqual([]);
    ctx.emu.sharing.policy.undisclosed.add('th01@example.edu.vn');
    // TH01 moves to a new address, the old one undisclosed; TH02 changes its own: both views follow at the next update.
    const rows = ctx.emu.spreadsheets.values('Đơn vị').map((r) => r.map((c) => (c === 'th02@example.edu.vn' ? 'moi.th02@example.edu.vn' : c === 'th01@example.edu.vn' ? 'moi.th01@example.edu.vn' : c)));
    typeIntoTab(ctx.emu, 'Đơn vị', rows);
    rebuild(ctx);
    expect(failed(ctx)).toEqual([]);
    expect([...ctx.emu.sharing.acl(views(ctx).get('S:TH02')!.id)!.viewers]).toEqual(['moi.th02@example.edu.vn']);
    // The old address, which the tool cannot see, still reads TH01's view: said once, the view not counted as shared right.
    expect([...ctx.emu.sharing.acl(views(ctx).get('S:TH01')!.id)!.viewers].sort()).toEqual(['moi.th01@example.edu.vn', 'th01@example.edu.vn']);
    const told = () => log(ctx).filter((l) => l.includes('người xem mà Google không cho biết địa chỉ'));
    expect(told()).toHaveLength(1);
    expect(told()[0]).toContain('Trường Tiểu học Số 01');
    const status = () => String(ctx.emu.spreadsheets.values('Tình trạng').find((r) => String(r[0]).startsWith('Trang theo dõi'))![3]);
    expect(status()).toMatch(/^1\/2 /);
    rebuild(ctx);
    expect(told()).toHaveLength(1);
    // The office removes it in "Chia sẻ": the view counts again.
    ctx.emu.sharing.acl(views(ctx).get('S:TH01')!.id)!.viewers.delete('th01@example.edu.vn');
    rebuild(ctx);
    expect(status()).toMatch(/^2\/2 /);
  });

  it('Drive refusing, at the next execution too, to move a view made into the views folder: the run goes on, the office is told which view and that it is tried again', () => {
    const ctx = office(['th01@example.edu.vn']);
    // A folder this account may not add to (a shared drive where it only comments), or Drive stumbling.
    ctx.emu.runtime.failOn('File.moveTo', 1, 'Không có quyền thêm tệp vào thư mục này');
    rebuild(ctx);
    expect(failed(ctx)).toEqual([]);
    // The continuation finds the spreadsheet it made (in My Drive) and moves it: refused again.
    ctx.emu.runtime.failOn('File.moveTo', 1, 'Không có quyền thêm tệp vào thư mục này');
    const cont = ctx.emu.triggers.triggers.filter((t) => t.handler === 'continueSchoolViews');
    expect(cont).toHaveLength(1);
    ctx.emu.triggers.runDueTimeTriggers(cont[0].clock!.nextAt);
    expect(failed(ctx)).toEqual([]);
    const said = log(ctx).filter((l) => l.startsWith('Chưa tạo được trang theo dõi'));
    expect(said).toHaveLength(2);
    expect(said[1]).toContain('(lần 2/');
    expect(said[1]).toContain('Trường Tiểu học Số 01');
    // Drive lets it through: the view is the one made, moved into the folder, shared; none made twice.
    const again = ctx.emu.triggers.triggers.filter((t) => t.handler === 'continueSchoolViews');
    expect(again).toHaveLength(1);
    ctx.emu.triggers.runDueTimeTriggers(again[0].clock!.nextAt);
    expect(failed(ctx)).toEqual([]);
    const one = views(ctx).get('S:TH01')!;
    expect([...ctx.emu.sharing.acl(one.id)!.viewers]).toEqual(['th01@example.edu.vn']);
    const named = ctx.emu.runtime.execute(() => { const it = ctx.emu.globals.DriveApp.getFilesByName('Trang theo dõi 2021-2025 — Trường Tiểu học Số 01 (TH01)'); let n = 0; while (it.hasNext()) { if (!it.next().isTrashed()) n++; } return n; }, { kind: 'node' });
    expect(named).toBe(1);
  });
});
