// f83b (fix of review r83s F2): a view's file is never rewritten for another school. A school's row of "Đơn vị" given
// to a new school (its code kept: name and address typed over) while Drive refuses to take the old school's address off
// the old file: the new school gets a file of its own; the old file keeps the old school's page only, read by the old
// school only, the office told, and is unshared by the next run.
import { describe, expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/user';
import { VIEW_TAB } from '../../src/core/messages';
import { directoryRows, numberedSchools, officeAfterSetup, setConfigValues } from './helpers';
import { ledger, logLines, nightly } from './view-code-lib';

const DAY = 86_400_000;

describe('f83b: a code given to a new school while Drive refuses to unshare the old file', () => {
  it('the new school gets a new file; the old one shows and is read by the old school only, then unshared', () => {
    const list = numberedSchools(2);
    const ctx = officeAfterSetup(list);
    setConfigValues(ctx.emu, { 'schoolViews.enabled': 'Có' });
    nightly(ctx);
    const old = ledger(ctx).get('S:TH02')!;
    const NEW = { ...list[1], name: 'Trường Mầm non Sơn Ca', emails: ['mnsonca@example.edu.vn'] };
    typeIntoTab(ctx.emu, 'Đơn vị', directoryRows([list[0], NEW]));
    ctx.emu.clock.advance(DAY);
    ctx.emu.runtime.failOn('Spreadsheet.removeViewer', 1, 'Lỗi máy chủ');
    nightly(ctx);
    const now = ledger(ctx).get('S:TH02')!;
    const text = (id: string) => ctx.emu.spreadsheets.values(VIEW_TAB, id).flat().map(String).join('\n');
    expect(now.id).not.toBe(old.id);
    expect(text(now.id)).toContain(NEW.name);
    expect(ctx.emu.sharing.canOpen(NEW.emails[0], now.id)).toBe(true);
    expect(ctx.emu.sharing.canOpen(list[1].emails[0], now.id)).toBe(false);
    // The old file: the old school's page, never the new school's; the new school cannot open it.
    expect(text(old.id)).toContain(list[1].name);
    expect(text(old.id)).not.toContain(NEW.name);
    expect(ctx.emu.sharing.canOpen(NEW.emails[0], old.id)).toBe(false);
    // Drive refused: the old school still reads its own old page, the office is told.
    expect(ctx.emu.sharing.canOpen(list[1].emails[0], old.id)).toBe(true);
    expect(logLines(ctx).some((l) => l.startsWith('Chưa bỏ được quyền xem trang theo dõi') && l.includes(list[1].emails[0]))).toBe(true);
    ctx.emu.clock.advance(DAY);
    nightly(ctx);
    expect(ctx.emu.sharing.canOpen(list[1].emails[0], old.id)).toBe(false);
    expect([...ledger(ctx).values()].filter((e) => e.id === old.id).map((e) => e.st)).toEqual(['retired']);
  });
});
