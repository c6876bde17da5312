// w68v (fix of review r68v #1): a view whose school changes (two codes swapped in "Đơn vị") is written only once no one
// who should no longer read it still does, and shared with its new school only after that. These pin what the
// r68v tests do not: the held view is told truthfully and put right by the next run, and a failure between the two
// steps (the view's rename) gives no one the other school's page.
import { describe, expect, it } from 'vitest';
import { typeCell } from '../../scripts/user';
import { SCHOOLS, setConfigValues } from './helpers';
import { lateOffice, rebuild, viewLedger } from './period-end-lib';
import { VIEW_NOTE, VIEW_TAB } from '../../src/core/messages';

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
  it('Drive refusing to take the old school off: the view is held as it was, the office told so, and the next run puts it right', () => {
    const o = officeWithViews();
    // (Each code's view is about its school, read by its school.)
    for (const s of [HOA_SEN, HOA_BINH]) expect(view(o, s.code)).toMatchObject({ about: s.name, viewers: all(s) });
    const names = new Map([HOA_SEN, HOA_BINH].map((s) => [s.code, view(o, s.code).e.name]));
    swapCodes(o);
    o.emu.runtime.failOn('Spreadsheet.removeViewer', 1, 'Lỗi máy chủ');
    rebuild(o);
    // The first view in the order is held: its old school's page, read by its old school only, its name kept.
    const heldCodes = [HOA_SEN, HOA_BINH].map((s) => s.code).filter((c) => view(o, c).e.hd === 1);
    expect(heldCodes).toHaveLength(1);
    const code = heldCodes[0];
    const old = nowOf(code) === HOA_SEN ? HOA_BINH : HOA_SEN;
    const held = view(o, code);
    expect(held.about).toBe(old.name);
    expect(held.viewers.length).toBeGreaterThan(0);
    for (const e of held.viewers) expect(old.emails.map((x) => x.toLowerCase())).toContain(e);
    expect(held.e.name).toBe(names.get(code));
    expect(log(o)).toContain(VIEW_NOTE.notUnshared(names.get(code)!, held.viewers, 'Lỗi máy chủ', true));
    expect(VIEW_NOTE.notUnshared('x', ['a'], 'b', true)).toContain('công cụ chưa cập nhật trang này');
    // The school the code now names is given no link to it (in "Đơn vị") while it is held.
    expect(linkColumn(o).filter((l) => l === held.e.url)).toEqual([]);
    // The other view went through: about the school its code now names, read by it only.
    const other = [HOA_SEN, HOA_BINH].map((s) => s.code).find((c) => c !== code)!;
    expect(view(o, other)).toMatchObject({ about: nowOf(other).name, viewers: all(nowOf(other)) });
    // The next run, Drive working: written for its new school, read by it only, renamed, its link given.
    rebuild(o);
    const done = view(o, code);
    expect(done).toMatchObject({ about: nowOf(code).name, viewers: all(nowOf(code)) });
    expect(done.e.name).toContain(nowOf(code).name);
    expect(done.e.hd).toBeUndefined();
    expect(linkColumn(o).filter((l) => l === done.e.url)).toHaveLength(1);
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
