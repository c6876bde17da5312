// w68v (fix of review r68v #1): a view whose school changes (two codes swapped in "Đơn vị") is written only once no one
// who should no longer read it still does, and shared with its new school only after that. These pin what the
// r68v tests do not: the held view is told truthfully and put right by the next run, and a failure between the two
// steps (the view's rename) gives no one the other school's page.
import { describe, expect, it } from 'vitest';
import { typeCell } from '../../scripts/user';
import { SCHOOLS, setConfigValues } from './helpers';
import { lateOffice, rebuild, viewLedger } from './period-end-lib';
import { VIEW_TAB } from '../../src/core/messages';

const [HOA_SEN, HOA_BINH] = SCHOOLS;

function officeWithViews() {
  const o = lateOffice();
  setConfigValues(o.emu, { 'schoolViews.enabled': 'Có' });
  rebuild(o);
  return o;
}

type O = ReturnType<typeof lateOffice>;
/** The view recorded for `code`: whom it is about (its first cell) and who reads it. */
function view(o: O, code: string) {
  const e = viewLedger(o).get(`S:${code}`)! as { id: string; name: string; url: string; hd?: number };
  return { about: String(o.emu.spreadsheets.values(VIEW_TAB, e.id)[0][0]), viewers: [...(o.emu.sharing.acl(e.id)?.viewers ?? [])].sort(), e };
}
function swapCodes(o: O) {
  typeCell(o.emu, 'Đơn vị', 2, 1, HOA_BINH.code);
  typeCell(o.emu, 'Đơn vị', 3, 1, HOA_SEN.code);
}
const log = (o: O) => o.emu.spreadsheets.values('Nhật ký lỗi').slice(1).map((r) => String(r[2]));
const linkColumn = (o: O) => o.emu.spreadsheets.values('Đơn vị').map((r) => String(r.at(-1)));

/** After the swap, the school each code now names (Hoa Sen's old code is Hòa Bình's, and the other way round). */
const all = (s: (typeof SCHOOLS)[number]) => s.emails.map((e) => e.toLowerCase()).sort();
const nowOf = (code: string) => (code === HOA_SEN.code ? HOA_BINH : HOA_SEN);

describe('w68v: a view handed to another school is written only once its old readers are off', () => {
  // (f83b, review r83s F2: was "the view is held as it was, the office told so, and the next run puts it right" — a
  // view's file is no longer rewritten for another school: each school takes its own file to its new code, nobody is
  // taken off, nothing is held. A file left to a school that cannot take it back: test/bundle/f83b-view-never-handed.)
  it('codes swapped: each school keeps its own view, renamed for its new code; nobody is taken off, nothing held, each link given', () => {
    const o = officeWithViews();
    for (const s of [HOA_SEN, HOA_BINH]) expect(view(o, s.code)).toMatchObject({ about: s.name, viewers: all(s) });
    const urls = new Map([HOA_SEN, HOA_BINH].map((s) => [s.name, view(o, s.code).e.url]));
    swapCodes(o);
    o.emu.runtime.resetCalls();
    rebuild(o);
    expect(o.emu.runtime.count('Spreadsheet.removeViewer')).toBe(0);
    for (const code of [HOA_SEN.code, HOA_BINH.code]) {
      const v = view(o, code);
      expect(v).toMatchObject({ about: nowOf(code).name, viewers: all(nowOf(code)) });
      expect(v.e.url).toBe(urls.get(nowOf(code).name));
      expect(v.e.name).toContain(`${nowOf(code).name} (${code})`);
      expect(v.e.hd).toBeUndefined();
      expect(linkColumn(o).filter((l) => l === v.e.url)).toHaveLength(1);
    }
  });

  it('a failure after the old readers are taken off (the rename) leaves the new school unshared, not reading the other school\'s page', () => {
    const o = officeWithViews();
    swapCodes(o);
    o.emu.runtime.failOn('Spreadsheet.rename', 1, 'Đã xảy ra lỗi máy chủ. Vui lòng thử lại.');
    rebuild(o);
    // (The fault hit a view.)
    expect(log(o).some((t) => t.startsWith('Chưa cập nhật được trang theo dõi'))).toBe(true);
    for (const s of [HOA_SEN, HOA_BINH]) {
      const v = view(o, s.code);
      for (const other of [HOA_SEN, HOA_BINH]) if (other.name !== v.about) for (const e of other.emails) expect(v.viewers).not.toContain(e.toLowerCase());
    }
    rebuild(o);
    for (const s of [HOA_SEN, HOA_BINH]) expect(view(o, s.code)).toMatchObject({ about: nowOf(s.code).name, viewers: all(nowOf(s.code)) });
  });
});
