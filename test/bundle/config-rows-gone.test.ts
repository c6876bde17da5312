// A row of "Cấu hình" deleted by mistake (review office M2): the run took the built-in default without a word, and
// Thiết lập wrote the default in, the office's value (a conference date) lost. Now the next rebuild says which row went,
// with the value it held and the default used meanwhile, once; Thiết lập adds the row again with that value.
import { describe, expect, it } from 'vitest';
import { CONFIG_ROWS_RESTORED, configRowsGone } from '../../src/core/messages';
import { deleteTabRow, typeCell } from '../../scripts/user';
import { councilOffice } from './helpers';

const LABEL = 'Mốc: hội nghị biểu dương';

describe('a row of "Cấu hình" deleted by mistake', () => {
  it('is told once with the value it held; Thiết lập adds it again with that value, which the next run uses', () => {
    const o = councilOffice();
    const rows = () => o.emu.spreadsheets.values('Cấu hình');
    const rowOf = (label: string) => rows().findIndex((r) => String(r[0]) === label) + 1;
    const defaultValue = String(rows()[rowOf(LABEL) - 1][1]);
    typeCell(o.emu, 'Cấu hình', rowOf(LABEL), 2, '15/11/2024');
    o.rebuild();
    expect(o.logged(LABEL)).toEqual([]);
    deleteTabRow(o.emu, 'Cấu hình', rowOf(LABEL));
    o.rebuild();
    const told = o.logged(`không còn dòng “${LABEL}”`);
    expect(told).toHaveLength(1);
    const used = told[0].match(/mặc định “([^”]+)”/)![1];
    expect(used).not.toBe('15/11/2024');
    expect(told[0]).toBe(configRowsGone([{ label: LABEL, was: '15/11/2024', whole: true, now: used }]));
    o.rebuild();
    expect(o.logged(`không còn dòng “${LABEL}”`)).toHaveLength(1);
    // Thiết lập: the row again, with the office's value, not the default.
    o.bundle.call('setup', undefined, { kind: 'menu' });
    const at = rowOf(LABEL);
    expect(at).toBeGreaterThan(0);
    expect(String(rows()[at - 1][1])).not.toBe(defaultValue);
    expect(String(rows()[at - 1][1])).toMatch(/15\/11\/2024|2024-11-15|Nov 15 2024/);
    expect(o.emu.spreadsheets.ui.map((u) => u.message).join('\n')).toContain(CONFIG_ROWS_RESTORED([`${LABEL}: 15/11/2024`]));
    // The next runs read it as the office wrote it: nothing said of it.
    o.rebuild();
    o.rebuild();
    expect(o.logged(LABEL)).toHaveLength(1);
  });

  it('no print kept yet (as before the tool kept one): a row missing is not said deleted', () => {
    const o = councilOffice();
    o.emu.properties.script.delete('settings.print');
    deleteTabRow(o.emu, 'Cấu hình', o.emu.spreadsheets.values('Cấu hình').findIndex((r) => String(r[0]) === LABEL) + 1);
    o.rebuild();
    expect(o.logged('không còn dòng')).toEqual([]);
  });
});
