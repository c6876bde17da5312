// A large office's views (review scale H1): each run makes and changes the views that need it before it checks those
// whose record says nothing changed, and checks those in turn from where the last run stopped. Drive's calls are made
// slow here (a 30-second openById) so that a dozen views fill a run's 4.5 minutes, as ~580 do at the model's cost.
import { describe, expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/user';
import { configLabel } from '../../src/core/messages';
import { directoryRows, numberedSchools, officeAfterSetup, recordsOf } from './helpers';

const pad = (i: number) => String(i).padStart(2, '0');
const schools = numberedSchools;

type Ctx = ReturnType<typeof officeAfterSetup>;
const views = (ctx: Ctx) => new Map([...recordsOf(ctx.emu, 'views.v.')].map(([k, v]) => [k.slice('views.v.'.length), JSON.parse(v) as { st: string; id: string }]));
const rebuild = (ctx: Ctx) => ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
const continuations = (ctx: Ctx) => ctx.emu.triggers.triggers.filter((t) => t.handler === 'continueSchoolViews');
const status = (ctx: Ctx) => String(ctx.emu.spreadsheets.values('Tình trạng').find((r) => String(r[0]).startsWith('Trang theo dõi'))![3]);
const failed = (ctx: Ctx) => ctx.emu.runtime.executions.filter((x) => x.error).map((x) => `${x.label}: ${x.error}`);

function office(list = schools(12), before?: (ctx: Ctx) => void) {
  const ctx = officeAfterSetup(list, { modelLatency: true, latency: { 'SpreadsheetApp.openById': 30_000 } });
  before?.(ctx);
  const rows = ctx.emu.spreadsheets.values('Cấu hình').map((r) => [...r]);
  rows.find((r) => r[0] === configLabel('schoolViews.enabled'))![1] = 'Có';
  rows.find((r) => r[0] === configLabel('perSchoolTabThreshold'))![1] = '100';
  typeIntoTab(ctx.emu, 'Cấu hình', rows);
  // The first views: made over the runs it takes (a continuation a minute later each time).
  rebuild(ctx);
  for (let k = 0; k < 10 && continuations(ctx).length > 0; k++) ctx.emu.triggers.runDueTimeTriggers(continuations(ctx)[0].clock!.nextAt);
  expect([...views(ctx).values()].filter((v) => v.st === 'made')).toHaveLength(12);
  return ctx;
}

describe("a large office's views", () => {
  it('schools added to "Đơn vị" get their views in the next run, though checking the others fills its time; no continuation for checks left over', () => {
    const ctx = office();
    typeIntoTab(ctx.emu, 'Đơn vị', directoryRows(schools(15)));
    ctx.emu.clock.advance(3600_000);
    rebuild(ctx);
    expect(failed(ctx)).toEqual([]);
    expect([...views(ctx).values()].filter((v) => v.st === 'made')).toHaveLength(15);
    expect(continuations(ctx)).toEqual([]);
    expect(status(ctx)).toMatch(/^15\/15 /);
  });

  it('each view is checked in turn: one trashed by hand is made again within two runs, wherever it stands', () => {
    const ctx = office();
    // Runs check about eight views each (30 s an opening in 4.5 minutes); the last school's view is trashed by hand.
    const last = views(ctx).get('S:TH12')!;
    ctx.emu.runtime.execute(() => ctx.emu.globals.DriveApp.getFileById(last.id).setTrashed(true), { kind: 'node', label: 'user' });
    for (let day = 1; day <= 2; day++) {
      ctx.emu.clock.advance(86_400_000);
      rebuild(ctx);
      expect(continuations(ctx)).toEqual([]);
    }
    expect(failed(ctx)).toEqual([]);
    const now = views(ctx).get('S:TH12')!;
    expect(now.id).not.toBe(last.id);
    expect(now.st).toBe('made');
  });

  it('views Drive keeps refusing to share (a domain rule, schools on gmail.com) are tried again among the checks, not ahead of the views to make: new schools get theirs, no continuation runs all day (review diff42 H1)', () => {
    const gmail = (n: number) => schools(n, (i) => `truong${pad(i)}@gmail.com`);
    const ctx = office(gmail(12), (c) => {
      c.emu.sharing.policy.allowedDomains = ['example.edu.vn'];
    });
    typeIntoTab(ctx.emu, 'Đơn vị', directoryRows(gmail(15)));
    ctx.emu.clock.advance(86_400_000);
    rebuild(ctx);
    expect(failed(ctx)).toEqual([]);
    expect([...views(ctx).values()].filter((v) => v.st === 'made')).toHaveLength(15);
    expect(continuations(ctx)).toEqual([]);
    // None of them is shared right: the status says so, and not that they are to be done later.
    expect(status(ctx)).toMatch(/^0\/15 trang theo dõi đã cập nhật và chia sẻ đúng; 15 trang chưa chia sẻ đúng \(lý do và cách làm ở trang “Nhật ký lỗi”\)\.$/);
  });

  it('the checks go on from the place they stopped, also when the view there is to change next time (review diff42 M1)', () => {
    let list = schools(12);
    const ctx = office(list);
    const last = views(ctx).get('S:TH12')!;
    ctx.emu.runtime.execute(() => ctx.emu.globals.DriveApp.getFileById(last.id).setTrashed(true), { kind: 'node', label: 'user' });
    for (let day = 1; day <= 3; day++) {
      ctx.emu.clock.advance(86_400_000);
      // The school where the last run's checks stopped is renamed: its view is to change, not to check.
      const at = (ctx.emu.properties.script.get('views.checkFrom') ?? '').split('\u0001')[0];
      if (at.startsWith('S:')) {
        list = list.map((x) => (x.code === at.slice(2) ? { ...x, name: `${x.name} (mới)` } : x));
        typeIntoTab(ctx.emu, 'Đơn vị', directoryRows(list));
      }
      rebuild(ctx);
    }
    expect(failed(ctx)).toEqual([]);
    expect(views(ctx).get('S:TH12')!.id).not.toBe(last.id);
  });
});
