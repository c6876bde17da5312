// Review d83c F1 (fix f83j): a school renamed in "Đơn vị" under the same code keeps its view — same file, link and
// readers, renamed — when "Tên cũ" is filled as well as when it is left blank, and the office is not asked to send a new
// link. Its name and its e-mail changed together under the same code (no "Tên cũ"), it is another school as far as the
// tool can tell: a new file for the school the code names, the old one no longer shared (review r83s F2).
import { describe, expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/user';
import { directoryRows, numberedSchools, officeAfterSetup, setConfigValues, type TestSchool } from './helpers';
import { ledger, logLines, nightly } from './view-code-lib';
import { xa } from './r68d-lib';

const DAY = 86_400_000;
const NOW = new Date(2026, 11, 8, 6, 30, 0);
const NEW_NAME = 'Trường Tiểu học Suối Ngọc';

/** The commune's two schools with their views made, then TH02's row retyped by `change`, Thiết lập and a night later. */
function renamed(change: (s: TestSchool) => TestSchool, former = '') {
  const list = numberedSchools(2);
  const ctx = officeAfterSetup(list, { now: NOW }, xa(NOW));
  setConfigValues(ctx.emu, { 'schoolViews.enabled': 'Có' });
  nightly(ctx);
  const before = ledger(ctx).get('S:TH02')!;
  const logBefore = logLines(ctx).length;
  const rows = directoryRows(list.map((s, i) => (i === 1 ? change(s) : s)));
  if (former) {
    const col = rows[0].indexOf('Tên cũ');
    expect(col).toBeGreaterThan(0);
    rows[2][col] = former;
  }
  typeIntoTab(ctx.emu, 'Đơn vị', rows);
  ctx.bundle.call('setup', undefined, { kind: 'menu' });
  ctx.emu.clock.advance(DAY);
  nightly(ctx);
  const opens = (address: string) => [...ctx.emu.spreadsheets.store.files.values()].filter((f) => f.name.startsWith('Trang theo dõi') && ctx.emu.sharing.canOpen(address, f.id)).map((f) => f.name);
  return { ctx, list, before, after: ledger(ctx).get('S:TH02')!, opens, newLines: logLines(ctx).slice(logBefore) };
}

describe('f83j: a school renamed in "Đơn vị" under the same code', () => {
  for (const former of ['', 'Trường Tiểu học Số 02']) {
    it(`keeps its view, renamed, and the office is asked for nothing ("Tên cũ" ${former ? 'filled' : 'blank'})`, () => {
      const { list, before, after, opens, newLines } = renamed((s) => ({ ...s, name: NEW_NAME }), former);
      expect({
        sameFile: after.id === before.id,
        sameLink: after.url === before.url,
        itOpens: opens(list[1].emails[0]),
        newLinkLines: newLines.filter((l) => l.includes('trang theo dõi mới')),
      }).toEqual({ sameFile: true, sameLink: true, itOpens: [`Trang theo dõi 2026-2030 — ${NEW_NAME} (TH02)`], newLinkLines: [] });
    });
  }

  it('its name and e-mail changed together ("Tên cũ" blank): a new file for the school the code names, the old one unshared', () => {
    const { list, before, after, opens, ctx } = renamed((s) => ({ ...s, name: NEW_NAME, emails: ['suoingoc@example.edu.vn'] }));
    expect({
      newFile: after.id !== before.id,
      newSchoolOpens: opens('suoingoc@example.edu.vn'),
      oldAddressOpens: opens(list[1].emails[0]),
      oldFileName: ctx.emu.spreadsheets.store.files.get(before.id)?.name,
    }).toEqual({
      newFile: true,
      newSchoolOpens: [`Trang theo dõi 2026-2030 — ${NEW_NAME} (TH02)`],
      oldAddressOpens: [],
      oldFileName: 'Trang theo dõi 2026-2030 — Trường Tiểu học Số 02 (TH02)',
    });
  });
});
