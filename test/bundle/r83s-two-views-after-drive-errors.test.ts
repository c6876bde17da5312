// Review r83s F1 — Medium. Exactly-once: one view file per school, never two.
// A commune's nightly rebuild (06:30) and the clerk's "Cập nhật tổng hợp" five minutes later both get a passing server
// error from Drive when they open Trường Mầm non Hoa Sen's view (DriveApp.getFileById throws; the file is there, in the
// folder, shared with the school). The second run takes the view for gone ("recreated only after a second execution
// fails too": no time between the two runs is asked) and makes a new one, forgetting the old one's id. Once Drive
// answers again the old view is never looked at: the school keeps two files of the same name "Trang theo dõi … — Trường
// Mầm non Hoa Sen (MN01)" in "Được chia sẻ với tôi", the old one frozen at that morning yet saying "tự động cập nhật mỗi
// ngày", still readable by every address the school had (an address "Đơn vị" drops later keeps reading it), and
// "Nhật ký lỗi" tells the office the view "đã bị xóa hoặc chuyển vào thùng rác", which nobody did.
// What should happen: a school reads one view. A view that could not be opened is not forgotten: when it opens again it
// is taken back (or at least unshared), and the office is not told it was deleted.
import { describe, expect, it } from 'vitest';
import { SCHOOLS, officeAfterSetup, setConfigValues } from './helpers';
import { ledger, nightly, rebuild } from './view-code-lib';
import { xa } from './r68d-lib';

const NOW = new Date(2026, 11, 8, 6, 30, 0);
const HOA_SEN = SCHOOLS[0];

describe('r83s F1: a view Drive could not open in two runs a few minutes apart', () => {
  it('leaves the school one view to read once Drive answers again', () => {
    const cfg = xa(NOW);
    const o = officeAfterSetup(SCHOOLS, { now: NOW }, cfg);
    setConfigValues(o.emu, { 'schoolViews.enabled': 'Có' });
    nightly(o);
    const old = ledger(o).get(`S:${HOA_SEN.code}`)!.id;
    // Drive answers a server error for that one file, for a few minutes.
    const drive = o.emu.globals.DriveApp as { getFileById(id: string): unknown };
    const getFileById = drive.getFileById;
    let down = false;
    drive.getFileById = function (id: string) {
      if (down && id === old) throw new Error('Đã xảy ra lỗi máy chủ. Vui lòng chờ một chút và thử lại.');
      return getFileById.call(this, id);
    };
    o.emu.clock.advance(86_400_000);
    down = true;
    nightly(o);
    o.emu.clock.advance(5 * 60_000);
    rebuild(o);
    down = false;
    // Drive is back; the next nights run as usual.
    for (let d = 0; d < 2; d++) {
      o.emu.clock.advance(86_400_000);
      nightly(o);
    }
    const readable = [...o.emu.spreadsheets.store.files.values()]
      .filter((f) => f.name.startsWith('Trang theo dõi') && f.name.includes(`(${HOA_SEN.code})`) && o.emu.sharing.canOpen(HOA_SEN.emails[0], f.id))
      .map((f) => f.id);
    expect(readable, 'the views of Hoa Sen its address can open').toHaveLength(1);
  });
});
