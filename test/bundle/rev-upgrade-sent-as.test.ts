// Review r66g #1, for an office updating from de24af6 (fixtures/Code-de24af6.js.gz, what offices run): its register of
// codes has no column of the schools that listed each sender. The first run of the new bundle that reads the register
// whole (since SUBJECT_KEYS "3", the first submission after the update) rewrites it whole with that column, stamped
// from "Đơn vị" as it stands. From then
// on, the school's address replaced in "Đơn vị" does not hand its registration's place to a copy from an unlisted address.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { typeCell } from '../../scripts/user';
import { LEDGER_HEADERS, LEDGER_TAB } from '../../src/core/messages/summaries';
import { SUBJECT_KEYS } from '../../src/core/ledger';
import { SCHOOLS } from '../core/helpers';
import { manifestScopes } from './helpers';
import { failures, oldOffice } from './upgrade-lib';

const oldBundle = () => gunzipSync(readFileSync(new URL('./fixtures/Code-de24af6.js.gz', import.meta.url))).toString('utf8');
const [HOA_SEN] = SCHOOLS;
const REVIEW = 'Thẩm định';
const LAN = 'Trần Thị Lan';

describe('review r66g #1: a register written by de24af6 gets the senders\' schools', () => {
  it('a submission after the update writes its row as wide as the old register; the full run stamps every code; the school\'s address replaced later leaves its registration in force', () => {
    const o = oldOffice('', { code: oldBundle(), scopes: manifestScopes(), now: new Date(2024, 5, 1, 8, 0, 0) });
    const { emu } = o;
    o.submit('Lan', 0, o.teacher(LAN, 0));
    // The same teacher again from a personal address no row of "Đơn vị" lists.
    emu.clock.advance(60_000);
    emu.forms.submitAsUser(o.formId, o.teacher(LAN, 0) as never, { email: 'ai.do@gmail.com' });
    o.menu('rebuildSummaries');
    expect(o.tab(LEDGER_TAB)[0]).not.toContain(LEDGER_HEADERS.sentAs);
    o.update();
    const runs = emu.runtime.executions.length;
    const width = o.tab(LEDGER_TAB)[0].length;
    // The first submission after the update: the register's subjects are of an earlier version (src/core/ledger.ts
    // SUBJECT_KEYS "3": a part named with its school's name is its own subject), so it is answered by the full run, which
    // keys every row again and writes the register whole — its rows as wide as its header, the new column among them.
    o.submit('Bình', 1, o.teacher('Lê Thị Bình', 1));
    expect(failures(emu, runs)).toEqual([]);
    expect(emu.properties.script.get('ledger.subjects')).toBe(SUBJECT_KEYS);
    expect(o.tab(LEDGER_TAB)[0].length).toBeGreaterThan(width);
    expect(o.tab(LEDGER_TAB).every((r) => r.length === o.tab(LEDGER_TAB)[0].length)).toBe(true);
    expect(o.tab(LEDGER_TAB).slice(1).map((r) => String(r[4]))).toContain(SCHOOLS[1].emails[0]);
    // The nightly rebuild rewrites it whole, every code stamped from "Đơn vị" as it stands.
    emu.clock.advance(3600_000);
    o.menu('rebuildSummaries');
    const register = o.tab(LEDGER_TAB);
    const col = (register[0] as string[]).indexOf(LEDGER_HEADERS.sentAs);
    expect(col).toBe(8);
    const stamp = (email: string) => register.filter((r) => r[4] === email).map((r) => r[col]);
    expect(stamp(HOA_SEN.emails[0])).toEqual([HOA_SEN.name]);
    expect(stamp('ai.do@gmail.com')).toEqual(['-']);
    expect(stamp(SCHOOLS[1].emails[0])).toEqual([SCHOOLS[1].name]);
    // The clerk types Hoa Sen's new address over the old one; the nightly rebuild.
    const dir = o.tab('Đơn vị');
    const header = dir[0] as string[];
    typeCell(emu, 'Đơn vị', dir.findIndex((r) => r.includes(HOA_SEN.name)) + 1, header.indexOf('Email') + 1, 'hoasen.moi@example.edu.vn');
    emu.clock.advance(3600_000);
    o.menu('rebuildSummaries');
    const review = o.tab(REVIEW);
    const rc = (h: string) => (review[0] as string[]).indexOf(h);
    const lans = review.filter((r) => r.includes(LAN)).map((r) => [String(r[rc('Mã phiếu')]), String(r[rc('Kết luận tự động')])]);
    const fromSchool = register.find((r) => r[4] === HOA_SEN.emails[0])![0];
    expect(lans.find(([id]) => id === fromSchool)![1]).not.toBe('Đã thay thế');
    expect(lans.filter(([id]) => id !== fromSchool).map(([, v]) => v)).toEqual(['Đã thay thế']);
    expect(failures(emu, runs)).toEqual([]);
  });
});
