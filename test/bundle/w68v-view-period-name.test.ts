// w68v (fix of review r68v #5): a view made before its name carried the period is renamed to the new name at the next
// update — the same file, the same link, the same readers — so that the school's list of files shared with it tells
// the old period's view from the new one's.
import { describe, expect, it } from 'vitest';
import { typeCell } from '../../scripts/user';
import { SCHOOLS, setConfigValues } from './helpers';
import { lateOffice, rebuild, viewLedger } from './period-end-lib';

const HOA_SEN = SCHOOLS[0];
const RECORDS = 'Sổ hồ sơ (hệ thống)';

describe('w68v: a view named before the period was in its name', () => {
  it('is renamed with the period, its link and readers unchanged, no second view made', () => {
    const o = lateOffice();
    setConfigValues(o.emu, { 'schoolViews.enabled': 'Có' });
    rebuild(o);
    const key = `S:${HOA_SEN.code}`;
    const made = viewLedger(o).get(key)! as { id: string; name: string; url: string };
    expect(made.name).toBe(`Trang theo dõi 2021-2025 — ${HOA_SEN.name} (${HOA_SEN.code})`);
    // As an earlier version left it: the file and its record under the name without the period.
    const oldName = `Trang theo dõi — ${HOA_SEN.name} (${HOA_SEN.code})`;
    o.emu.runtime.execute(() => o.emu.globals.DriveApp.getFileById(made.id).setName(oldName), { kind: 'node' });
    const rows = o.emu.spreadsheets.values(RECORDS);
    // (Its last row is the one read: an intent's row may come before it.)
    const at = rows.map((r) => r[0]).lastIndexOf(`views.v.${key}`);
    // (The view's record is in the tab of records.)
    expect(at).toBeGreaterThan(0);
    typeCell(o.emu, RECORDS, at + 1, 2, JSON.stringify({ ...JSON.parse(String(rows[at][1])), name: oldName }));
    expect(viewLedger(o).get(key)).toMatchObject({ name: oldName });
    const files = () => o.emu.drive.filesByName(made.name).concat(o.emu.drive.filesByName(oldName)).filter((f) => !f.trashed);
    expect(files().map((f) => f.name)).toEqual([oldName]);
    rebuild(o);
    const now = viewLedger(o).get(key)! as { id: string; name: string; url: string };
    expect(now).toMatchObject({ id: made.id, url: made.url, name: made.name });
    expect(files().map((f) => [f.id, f.name])).toEqual([[made.id, made.name]]);
    expect([...(o.emu.sharing.acl(made.id)?.viewers ?? [])].sort()).toEqual(HOA_SEN.emails.map((e) => e.toLowerCase()).sort());
  });
});
