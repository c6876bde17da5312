// f83b (fix of review r83s F1): a view is made again only when Drive's second lookup — by id again, then a search by
// name — answers without it, in two executions; Drive unable to answer at all (its search failing too) is the run's
// failure on that view, told and tried again, however many runs it lasts.
import { describe, expect, it } from 'vitest';
import { VIEW_NOTE } from '../../src/core/messages';
import { SCHOOLS, officeAfterSetup, setConfigValues } from './helpers';
import { ledger, logLines, nightly, rebuild } from './view-code-lib';

const HOA_SEN = SCHOOLS[0];
const DAY = 86_400_000;

function office() {
  const o = officeAfterSetup(SCHOOLS);
  setConfigValues(o.emu, { 'schoolViews.enabled': 'Có' });
  nightly(o);
  return o;
}
const viewsOf = (o: ReturnType<typeof office>) =>
  [...o.emu.spreadsheets.store.files.values()].filter((f) => f.name.includes(`(${HOA_SEN.code})`) && o.emu.sharing.canOpen(HOA_SEN.emails[0], f.id)).map((f) => f.id);

describe('f83b: a view Drive cannot open', () => {
  it('deleted for good: told once, made again by the next execution, the school given the new one', () => {
    const o = office();
    const old = ledger(o).get(`S:${HOA_SEN.code}`)!;
    o.emu.drive.deleteForever(old.id);
    o.emu.clock.advance(DAY);
    nightly(o);
    expect(logLines(o)).toContain(VIEW_NOTE.missing(old.name));
    expect(ledger(o).get(`S:${HOA_SEN.code}`)!.id).toBe(old.id);
    o.emu.clock.advance(5 * 60_000);
    rebuild(o);
    const now = ledger(o).get(`S:${HOA_SEN.code}`)!;
    expect(now.id).not.toBe(old.id);
    expect(viewsOf(o)).toEqual([now.id]);
  });

  it('Drive unable to answer, its search failing too, for days: never made again, the office told the view was not updated', () => {
    const o = office();
    const old = ledger(o).get(`S:${HOA_SEN.code}`)!.id;
    const drive = o.emu.globals.DriveApp as { getFileById(id: string): unknown; getFilesByName(name: string): unknown };
    const { getFileById, getFilesByName } = drive;
    let down = true;
    drive.getFileById = function (id: string) {
      if (down && id === old) throw new Error('Đã xảy ra lỗi máy chủ. Vui lòng chờ một chút và thử lại.');
      return getFileById.call(this, id);
    };
    drive.getFilesByName = function (name: string) {
      if (down && name.includes(HOA_SEN.name)) throw new Error('Đã xảy ra lỗi máy chủ. Vui lòng chờ một chút và thử lại.');
      return getFilesByName.call(this, name);
    };
    for (let d = 0; d < 3; d++) {
      o.emu.clock.advance(DAY);
      nightly(o);
    }
    expect(ledger(o).get(`S:${HOA_SEN.code}`)!.id).toBe(old);
    expect(logLines(o).some((l) => l.startsWith('Chưa cập nhật được trang theo dõi'))).toBe(true);
    expect(logLines(o).filter((l) => l.includes('đã bị xóa'))).toEqual([]);
    down = false;
    o.emu.clock.advance(DAY);
    nightly(o);
    expect(viewsOf(o)).toEqual([old]);
  });
});
