// The office's own tabs ("Cấu hình", "Đơn vị", "Tiêu chí") renamed or deleted by someone once the office has set up
// (review office #1, #4): no run goes on with the tool's defaults in their place — another office's name in the
// schools' confirmations, an empty list of schools, the catalogue's switches — while "Tình trạng" says "Thành công".
import { describe, expect, it } from 'vitest';
import { OFFICE_TAB_GONE, OFFICE_TABS_AWAITED, OFFICE_TABS_REMADE } from '../../src/core/messages';
import { Q } from '../../src/core/registration-form';
import { insertTabColumn, typeCell } from '../../scripts/user';
import { SCHOOLS, alertsShown, individualAnswers, officeAfterSetup } from './helpers';

type Ctx = ReturnType<typeof officeAfterSetup>;
const OFFICE = 'Phòng Văn hóa - Xã hội phường Yên Bái';
const rebuild = (ctx: Ctx) => ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
const tabText = (ctx: Ctx, name: string) => (ctx.emu.spreadsheets.sheetNames().includes(name) ? ctx.emu.spreadsheets.values(name).map((r) => r.join(' ')).join('\n') : '');

/** An office set up under its own name, one registration answered. */
function officeNamed(): Ctx {
  const ctx = officeAfterSetup();
  const cfg = ctx.emu.spreadsheets.values('Cấu hình');
  typeCell(ctx.emu, 'Cấu hình', cfg.findIndex((r) => r[0] === 'Tên cơ quan') + 1, 2, OFFICE);
  ctx.bundle.call('setup', undefined, { kind: 'menu' });
  submit(ctx, 'Nguyễn Thị A');
  expect(ctx.emu.mail.sent.at(-1)!.body).toContain(`${OFFICE} đã nhận phiếu`);
  return ctx;
}

function submit(ctx: Ctx, name: string): void {
  ctx.emu.clock.advance(60_000);
  ctx.emu.forms.submitAsUser(ctx.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[0].name, [Q.individualName]: name }, { email: SCHOOLS[0].emails[0] });
}

function removeTab(ctx: Ctx, name: string): void {
  const file = ctx.emu.spreadsheets.active;
  file.sheets.splice(file.sheets.indexOf(ctx.emu.spreadsheets.sheet(name)!), 1);
}

describe('an office tab renamed after the office set up', () => {
  it.each(['Cấu hình', 'Đơn vị', 'Tiêu chí'])('"%s": every run stops and names the tab to name back; once named back, the submission made meanwhile is answered', (tab) => {
    const ctx = officeNamed();
    const sent = ctx.emu.mail.sent.length;
    const tabs = ctx.emu.spreadsheets.sheetNames().length;
    ctx.emu.spreadsheets.sheet(tab)!.name = `${tab} (bản cũ)`;
    const said = OFFICE_TAB_GONE(tab, `${tab} (bản cũ)`);
    ctx.emu.clock.advance(3_600_000);
    expect(() => rebuild(ctx)).toThrow(said);
    submit(ctx, 'Trần Văn B');
    // Nothing made under the name, nothing sent, the office told in its tabs (not "Thành công").
    expect(ctx.emu.spreadsheets.sheetNames().filter((n) => n !== 'Nhật ký lỗi')).toHaveLength(tabs);
    expect(ctx.emu.mail.sent.length).toBe(sent);
    expect(tabText(ctx, 'Nhật ký lỗi')).toContain(said);
    // "Tình trạng" shows the first 500 characters of a run's detail: what to do comes first.
    expect(tabText(ctx, 'Tình trạng')).toContain(said.slice(0, said.indexOf('Trong lúc chờ')).trim());
    // Named back: the next run answers the registration, in the office's name.
    ctx.emu.spreadsheets.sheet(`${tab} (bản cũ)`)!.name = tab;
    ctx.emu.clock.advance(3_600_000);
    rebuild(ctx);
    const mails = ctx.emu.mail.sent.slice(sent);
    expect(mails.filter((m) => m.body.includes('Trần Văn B'))).toHaveLength(1);
    for (const m of mails) expect(m.body).not.toContain('Sở Giáo dục và Đào tạo đã nhận phiếu');
  });

  it('Thiết lập does not make a renamed tab again either: it says which tab to name back', () => {
    const ctx = officeNamed();
    ctx.emu.spreadsheets.sheet('Cấu hình')!.name = 'Cấu hình 2024';
    expect(() => ctx.bundle.call('setup', undefined, { kind: 'menu' })).toThrow(OFFICE_TAB_GONE('Cấu hình', 'Cấu hình 2024'));
    expect(ctx.emu.spreadsheets.sheetNames()).not.toContain('Cấu hình');
  });
});

describe('an office tab deleted after the office set up', () => {
  it('a run stops and says how to get it back; Thiết lập makes it again with its defaults and stops there until it is filled in', () => {
    const ctx = officeNamed();
    const form = () => ctx.emu.forms.byId(ctx.formId)!.description;
    const described = form();
    removeTab(ctx, 'Cấu hình');
    ctx.emu.clock.advance(3_600_000);
    expect(() => rebuild(ctx)).toThrow(OFFICE_TAB_GONE('Cấu hình', null));
    expect(ctx.emu.spreadsheets.sheetNames()).not.toContain('Cấu hình');
    // Thiết lập, asked by a person: the tab comes back with its defaults, and nothing else is done with them.
    ctx.bundle.call('setup', undefined, { kind: 'menu' });
    expect(alertsShown(ctx.emu).at(-1)).toBe(OFFICE_TABS_REMADE(['Cấu hình']));
    expect(ctx.emu.spreadsheets.sheetNames()).toContain('Cấu hình');
    expect(form()).toBe(described);
    // Until the office has filled it in and run Thiết lập again, no run goes on with its defaults (review diff35 H1):
    // a school's submission is not answered in another office's name, a rebuild stops and says why.
    const sent = ctx.emu.mail.sent.length;
    submit(ctx, 'Trần Văn B');
    expect(ctx.emu.mail.sent.length).toBe(sent);
    expect(() => rebuild(ctx)).toThrow(OFFICE_TABS_AWAITED(['Cấu hình']));
    // Filled in again, Thiết lập goes on as usual, and so do the runs: the submission made meanwhile is answered.
    const cfg = ctx.emu.spreadsheets.values('Cấu hình');
    typeCell(ctx.emu, 'Cấu hình', cfg.findIndex((r) => r[0] === 'Tên cơ quan') + 1, 2, OFFICE);
    ctx.bundle.call('setup', undefined, { kind: 'menu' });
    expect(alertsShown(ctx.emu).at(-1)).not.toBe(OFFICE_TABS_REMADE(['Cấu hình']));
    rebuild(ctx);
    const answered = ctx.emu.mail.sent.slice(sent).filter((m) => m.body.includes('Trần Văn B'));
    expect(answered).toHaveLength(1);
    expect(answered[0].body).toContain(`${OFFICE} đã nhận phiếu`);
    submit(ctx, 'Lê Văn C');
    expect(ctx.emu.mail.sent.at(-1)!.body).toContain(`${OFFICE} đã nhận phiếu`);
  });
});

describe('a renamed office tab is known as its reader knows it (review diff35 M1)', () => {
  it('"Đơn vị" with a column of its own first ("STT"), renamed: the tab to name back is named, no empty "Đơn vị" is made', () => {
    const ctx = officeAfterSetup();
    insertTabColumn(ctx.emu, 'Đơn vị', 0);
    typeCell(ctx.emu, 'Đơn vị', 1, 1, 'STT');
    ctx.bundle.call('setup', undefined, { kind: 'menu' });
    ctx.emu.spreadsheets.sheet('Đơn vị')!.name = 'Đơn vị 2024';
    expect(() => ctx.bundle.call('setup', undefined, { kind: 'menu' })).toThrow(OFFICE_TAB_GONE('Đơn vị', 'Đơn vị 2024'));
    expect(ctx.emu.spreadsheets.sheetNames().filter((n) => n.startsWith('Đơn vị'))).toEqual(['Đơn vị 2024']);
  });

  it('"Cấu hình" under its older first header "Khóa", renamed: said renamed, not deleted', () => {
    const ctx = officeAfterSetup();
    typeCell(ctx.emu, 'Cấu hình', 1, 1, 'Khóa');
    ctx.bundle.call('setup', undefined, { kind: 'menu' });
    ctx.emu.spreadsheets.sheet('Cấu hình')!.name = 'Cấu hình cũ';
    expect(() => rebuild(ctx)).toThrow(OFFICE_TAB_GONE('Cấu hình', 'Cấu hình cũ'));
  });
});
