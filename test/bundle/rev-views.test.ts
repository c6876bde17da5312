// Review of the schools' own views (src/jobs/school-views.ts, src/core/school-views.ts, src/gas/sharing.ts): what a
// school sees in its view, who may open it, and how the office's runs survive what happens to it.
import { describe, expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/season';
import { VIEW_TAB } from '../../src/core/messages';
import { R } from '../../src/core/registration-form';
import { directoryRows, numberedSchools, officeAfterSetup, recordsOf, setConfigValues } from './helpers';

type Ctx = ReturnType<typeof officeAfterSetup>;

const setConfig = (ctx: Ctx, settings: Record<string, string>) => setConfigValues(ctx.emu, settings);
const ledger = (ctx: Ctx) => new Map([...recordsOf(ctx.emu, 'views.v.')].map(([k, v]) => [k.slice('views.v.'.length), JSON.parse(v) as { id: string; url: string; st: string }]));
const rebuild = (ctx: Ctx) => ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
const viewText = (ctx: Ctx, id: string) => ctx.emu.spreadsheets.values(VIEW_TAB, id).flat().map(String).join('\n');
const failed = (ctx: Ctx) => ctx.emu.runtime.executions.filter((x) => x.error).map((x) => `${x.label}: ${x.error}`);
const viewsLine = (ctx: Ctx) => String(ctx.emu.spreadsheets.values('Tình trạng').find((r) => r[0] === 'Trang theo dõi của các trường')![3]);
const log = (ctx: Ctx) => (ctx.emu.spreadsheets.sheet('Nhật ký lỗi') ? ctx.emu.spreadsheets.values('Nhật ký lỗi').slice(1).map((r) => String(r[2])) : []);

describe('review: the schools\' own views', () => {
  it("a progress report sent from school B's address under school A's name is not shown in A's view (B's summary stays B's)", () => {
    const [a, b] = numberedSchools(2);
    const ctx = officeAfterSetup([a, b]);
    setConfig(ctx, { 'schoolViews.enabled': 'Có' });
    const period = ctx.emu.forms.forms.get(ctx.reportFormId)!.itemByTitle(R.period)!.choices[0].value;
    // B's clerk picks A's name by mistake (or on purpose): B's own summary and document.
    ctx.emu.forms.submitAsUser(
      ctx.reportFormId,
      { [R.school]: a.name, [R.period]: period, [R.docRef]: 'Số 12/KH-TH02', [R.summary]: 'Kế hoạch riêng của Trường Số 02: cô Nguyễn Thị Hạnh phụ trách', [R.link]: '' },
      { email: b.emails[0] },
    );
    rebuild(ctx);
    const text = viewText(ctx, ledger(ctx).get(`S:${a.code}`)!.id);
    expect(text).not.toContain('Nguyễn Thị Hạnh');
    expect(text).not.toContain('Số 12/KH-TH02');
  });
});

describe('review: a view\'s failure mid-run', () => {
  it('a passing Drive error on one view does not fail the rebuild nor stop the next views from following "Đơn vị"; the office is told which view, in Vietnamese', () => {
    const list = numberedSchools(3);
    const ctx = officeAfterSetup(list);
    setConfig(ctx, { 'schoolViews.enabled': 'Có' });
    rebuild(ctx);
    // TH01 and TH02 hand their old addresses over (a principal who left); Drive fails once on TH01's view.
    const moved = list.map((s, i) => (i < 2 ? { ...s, emails: [`moi.${s.code.toLowerCase()}@example.edu.vn`] } : s));
    typeIntoTab(ctx.emu, 'Đơn vị', directoryRows(moved));
    ctx.emu.runtime.failOn('Spreadsheet.getViewers', 1, 'Đã xảy ra lỗi máy chủ. Vui lòng thử lại.');
    rebuild(ctx);
    expect(failed(ctx)).toEqual([]);
    const two = ledger(ctx).get('S:TH02')!;
    expect([...ctx.emu.sharing.acl(two.id)!.viewers]).toEqual(['moi.th02@example.edu.vn']);
    const told = log(ctx).filter((l) => l.includes('Trang theo dõi 2021-2025 — Trường Tiểu học Số 01 (TH01)'));
    expect(told).toHaveLength(1);
    expect(told[0]).toContain('Đã xảy ra lỗi máy chủ');
    expect(viewsLine(ctx)).toMatch(/^2\/3 .*1 trang chưa xong/);
    // The next run gets it right.
    rebuild(ctx);
    const one = ledger(ctx).get('S:TH01')!;
    expect([...ctx.emu.sharing.acl(one.id)!.viewers]).toEqual(['moi.th01@example.edu.vn']);
    expect(viewsLine(ctx)).toMatch(/^3\/3 /);
  });
});

describe('review: a directory read that is broken', () => {
  it('"Đơn vị" whose e-mail column lost its header (no registration yet): the views keep their viewers, the office is not told that every school has no address', () => {
    const list = numberedSchools(2);
    const ctx = officeAfterSetup(list);
    setConfig(ctx, { 'schoolViews.enabled': 'Có' });
    rebuild(ctx);
    const rows = directoryRows(list);
    rows[0] = rows[0].map((h) => (h === 'Email' ? 'E-mail' : h));
    typeIntoTab(ctx.emu, 'Đơn vị', rows);
    // A directory that cannot be read stops the rebuild, before a registration too (review r81o F6): the views are not
    // touched, and the stop says why.
    expect(() => rebuild(ctx)).toThrow('Trang tính “Đơn vị”: thiếu cột “Email” ở dòng tiêu đề (dòng 1).');
    for (const s of list) expect([...ctx.emu.sharing.acl(ledger(ctx).get(`S:${s.code}`)!.id)!.viewers]).toEqual(s.emails);
    expect(log(ctx).filter((l) => l.includes('chưa có e-mail ở trang “Đơn vị”'))).toEqual([]);
  });

  it('"Đơn vị" whose code column lost its header: no view is unshared (retired)', () => {
    const list = numberedSchools(2);
    const ctx = officeAfterSetup(list);
    setConfig(ctx, { 'schoolViews.enabled': 'Có' });
    rebuild(ctx);
    const rows = directoryRows(list);
    rows[0] = rows[0].map((h) => (h === 'Mã đơn vị' ? 'Mã trường' : h));
    typeIntoTab(ctx.emu, 'Đơn vị', rows);
    // The rebuild stops (review r81o F6), unsharing nothing.
    expect(() => rebuild(ctx)).toThrow('“Mã đơn vị”');
    for (const s of list) {
      const v = ledger(ctx).get(`S:${s.code}`)!;
      expect(v.st).toBe('made');
      expect([...ctx.emu.sharing.acl(v.id)!.viewers]).toEqual(s.emails);
    }
  });
});

describe('review: a view trashed by hand', () => {
  it('the trashed view is unshared when it is replaced: restored from the trash later, it is no second view its old readers still open', () => {
    const list = numberedSchools(2);
    const ctx = officeAfterSetup(list);
    setConfig(ctx, { 'schoolViews.enabled': 'Có' });
    rebuild(ctx);
    const old = ledger(ctx).get('S:TH01')!.id;
    ctx.emu.runtime.execute(() => ctx.emu.globals.DriveApp.getFileById(old).setTrashed(true), { kind: 'node', label: 'office staff' });
    ctx.emu.clock.advance(86_400_000);
    rebuild(ctx);
    expect(ledger(ctx).get('S:TH01')!.id).not.toBe(old);
    expect([...ctx.emu.sharing.acl(old)!.viewers]).toEqual([]);
  });

  it('a trashed view of a school taken out of "Đơn vị" is unshared, not only marked retired', () => {
    const list = numberedSchools(2);
    const ctx = officeAfterSetup(list);
    setConfig(ctx, { 'schoolViews.enabled': 'Có' });
    rebuild(ctx);
    const old = ledger(ctx).get('S:TH02')!.id;
    ctx.emu.runtime.execute(() => ctx.emu.globals.DriveApp.getFileById(old).setTrashed(true), { kind: 'node', label: 'office staff' });
    typeIntoTab(ctx.emu, 'Đơn vị', directoryRows(list.slice(0, 1)));
    rebuild(ctx);
    expect([...ctx.emu.sharing.acl(old)!.viewers]).toEqual([]);
  });
});

describe('review: a school given edit rights on its view by hand', () => {
  // The office answering a school's "request edit access" e-mail, or choosing "Người chỉnh sửa" when re-sharing by
  // hand, makes the school's address an editor; when "Đơn vị" later drops that address (a principal who left), it
  // must not keep reading — and sharing — the view. Office staff made editors by hand keep their access. (Live,
  // getViewers lists the owner and the editors too, as the emulator does: review r71e F1, where this failed.)
  it('an address "Đơn vị" dropped keeps no access to the view, also when it had been made an editor; an office editor stays', () => {
    const list = numberedSchools(2);
    const ctx = officeAfterSetup(list);
    setConfig(ctx, { 'schoolViews.enabled': 'Có' });
    rebuild(ctx);
    const view = ledger(ctx).get('S:TH01')!;
    ctx.emu.runtime.execute(
      () => {
        const ss = ctx.emu.globals.SpreadsheetApp.openById(view.id);
        ss.addEditor('th01@example.edu.vn');
        ss.addEditor('chuyenvien@phong.example');
      },
      { kind: 'node', label: 'office staff' },
    );
    rebuild(ctx);
    // Nothing dropped yet: the school's address stays an editor (the office's choice).
    expect(ctx.emu.sharing.canOpen('th01@example.edu.vn', view.id)).toBe(true);
    typeIntoTab(ctx.emu, 'Đơn vị', directoryRows(list.map((s, i) => (i === 0 ? { ...s, emails: ['moi.th01@example.edu.vn'] } : s))));
    rebuild(ctx);
    expect(ctx.emu.sharing.canOpen('th01@example.edu.vn', view.id)).toBe(false);
    expect(ctx.emu.sharing.canOpen('moi.th01@example.edu.vn', view.id)).toBe(true);
    expect(ctx.emu.sharing.canOpen('chuyenvien@phong.example', view.id)).toBe(true);
  });
});
