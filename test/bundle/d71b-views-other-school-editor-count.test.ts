// Reviewer d71b: another school's address made an editor of a view by hand (review d71 F3) is told once in "Nhật ký lỗi"
// since 7bf94dc (VIEW_NOTE.otherSchoolsEdit, the record's `xe`), but "Tình trạng" goes on counting the view among those
// "chia sẻ đúng" at every run — while a viewer Drive lists without an address (`ud`, someone who MAY not belong) takes
// the view out of that count until the office looks. A reader known to be another school's is no less wrong: after the
// one log line (which scrolls away), nothing the office reads says a view is read by another school.
import { describe, expect, it } from 'vitest';
import { numberedSchools, officeAfterSetup, recordsOf, setConfigValues } from './helpers';

type Ctx = ReturnType<typeof officeAfterSetup>;
const ledger = (ctx: Ctx) => new Map([...recordsOf(ctx.emu, 'views.v.')].map(([k, v]) => [k.slice('views.v.'.length), JSON.parse(v) as { id: string; xe?: string }]));
const rebuild = (ctx: Ctx) => ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
const viewsLine = (ctx: Ctx) => String(ctx.emu.spreadsheets.values('Tình trạng').find((r) => r[0] === 'Trang theo dõi của các trường')![3]);
const log = (ctx: Ctx) => (ctx.emu.spreadsheets.sheet('Nhật ký lỗi') ? ctx.emu.spreadsheets.values('Nhật ký lỗi').slice(1).map((r) => String(r[2])) : []);

describe('d71b: another school\'s address editing a view, in "Tình trạng"', () => {
  it('told once in the log, and the view is not counted as shared right while it reads it', () => {
    const ctx = officeAfterSetup(numberedSchools(2));
    setConfigValues(ctx.emu, { 'schoolViews.enabled': 'Có' });
    rebuild(ctx);
    const v1 = ledger(ctx).get('S:TH01')!.id;
    const other = 'th02@example.edu.vn';
    ctx.emu.runtime.execute(() => ctx.emu.globals.SpreadsheetApp.openById(v1).addEditor(other), { kind: 'node', label: 'office staff' });
    rebuild(ctx);
    rebuild(ctx);
    expect(ctx.emu.sharing.canOpen(other, v1)).toBe(true);
    expect(log(ctx).filter((l) => l.includes(other))).toHaveLength(1);
    expect(ledger(ctx).get('S:TH01')!.xe).toBe(other);
    expect(viewsLine(ctx)).not.toBe('2/2 trang theo dõi đã cập nhật và chia sẻ đúng.');
  });
});
