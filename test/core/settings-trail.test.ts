// What the office changed in its own tabs between two full runs, named with the verdicts it changed (review complaint M2).
import { describe, expect, it } from 'vitest';
import { carryGone, packPrint, settingsChanged, settingsGone, settingsPrint, unpackPrint } from '../../src/core/settings-trail';
import { utf8Length } from '../../src/core/text';
import { settingsChangedList, settingsChangedShort } from '../../src/core/messages';

const criteria = [
  { id: 'CN-01', mandatory: true },
  { id: 'CN-02', mandatory: true },
];
const config = (deadline: Date, contact: string) => [
  ['Mục', 'Giá trị', 'Giải thích'],
  ['Mốc: kết thúc đăng ký', deadline, ''],
  ['Liên hệ của cơ quan', contact, ''],
];

describe('the print of the settings', () => {
  const long = 'Thường trực thi đua: bà Nguyễn Thị Lan, phòng 203, điện thoại 0912 000 111';

  it('names each setting and criterion changed, from what to what, a date as the office reads it', () => {
    const before = settingsPrint(config(new Date(2028, 4, 31), long), criteria);
    const rows = config(new Date(2028, 5, 15), long.replace('0912 000 111', '0912 000 222'));
    const now = settingsPrint(rows, [criteria[0], { id: 'CN-02', mandatory: false }]);
    const changes = settingsChanged(unpackPrint(packPrint(before)), now, rows, criteria);
    expect(changes).toEqual([
      { tab: 'Cấu hình', label: 'Mốc: kết thúc đăng ký', was: '31/05/2028', now: '15/06/2028' },
      // A value over forty characters is kept whole while the print has room (review d81b F1), and shown whole.
      { tab: 'Cấu hình', label: 'Liên hệ của cơ quan', was: long, now: long.replace('0912 000 111', '0912 000 222') },
      { tab: 'Tiêu chí', label: 'CN-02', criterion: true, was: 'Có', now: 'Không' },
    ]);
    expect(settingsChangedList(changes)).toBe(
      `trang “Cấu hình”, mục “Mốc: kết thúc đăng ký”: từ “31/05/2028” thành “15/06/2028”; trang “Cấu hình”, mục “Liên hệ của cơ quan”: từ “${changes[1].was}” thành “${changes[1].now}”; trang “Tiêu chí”, cột “Bắt buộc” của tiêu chí CN-02: từ “Có” thành “Không”`,
    );
    expect(settingsChangedShort(changes)).toBe('trang “Cấu hình” (Mốc: kết thúc đăng ký, Liên hệ của cơ quan), trang “Tiêu chí” (CN-02)');
    // Small enough for one script property (9 KB), with room for some sixty settings; beyond its room, hashes only.
    expect(packPrint(now)!.length).toBeLessThan(400);
    const many = Array.from({ length: 200 }, (_, i) => [`Mục số ${i}`, `Giá trị khá dài của mục số ${i}, hơn bốn mươi ký tự`]);
    const packed = packPrint(settingsPrint(many, criteria))!;
    expect(utf8Length(packed)).toBeLessThanOrEqual(6000);
    const changedMany = many.map((r, i) => (i === 7 ? [r[0], 'khác'] : r));
    expect(settingsChanged(unpackPrint(packed), settingsPrint(changedMany, criteria), changedMany, criteria)).toEqual([{ tab: 'Cấu hình', label: 'Mục số 7', was: '', now: 'khác' }]);
  });

  it('too long with its values whole: the longest are shortened first, a name of some fifty characters stays whole (review d81b F1)', () => {
    const name = 'Phòng Giáo dục và Đào tạo huyện Suối Ngọc, tỉnh Hà Giang';
    const rows = [['Mục', 'Giá trị', 'Giải thích'], ['Tên cơ quan', name, ''], ...Array.from({ length: 40 }, (_, i) => [`Căn cứ số ${i}`, `Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022 — căn cứ thứ ${i} `.repeat(4)])];
    const before = settingsPrint(rows, criteria);
    const packed = packPrint(before)!;
    expect(utf8Length(packed)).toBeLessThanOrEqual(6000);
    const kept = unpackPrint(packed)!;
    // The name stands in whole when the tab cannot be read; a shortened value is known changed by its hash only.
    expect(settingsGone(kept, [['Tên cơ quan', 'Phòng Giáo dục và Đào tạo', '']])).toEqual([{ label: 'Tên cơ quan', was: name, whole: true, now: 'Phòng Giáo dục và Đào tạo', told: false }]);
    const cut = settingsGone(kept, rows.slice(2).map((r) => [r[0], '', ''])).filter((g) => !g.whole);
    expect(cut.length).toBeGreaterThan(0);
    expect(cut[0].was).toMatch(/^Luật Thi đua, khen thưởng .*…$/);
  });

  it('kept within a script property counted in bytes: Vietnamese values take two or three each (review diff43 L5)', () => {
    // Seventy settings whose first forty characters take three bytes each (capitals with two marks, dashes typed as
    // separators): under 6,000 characters, over a property's 9 KB in UTF-8.
    const rows = Array.from({ length: 70 }, (_, i) => [`Ghi chú ${i}`, `${'ỐỒỔỖỘẤẦẨẪẬ——'.repeat(4)} ${i}`.normalize('NFC')]);
    const print = settingsPrint(rows, criteria);
    expect(JSON.stringify(print).length).toBeLessThan(6000);
    expect(utf8Length(JSON.stringify(print))).toBeGreaterThan(9 * 1024);
    const packed = packPrint(print)!;
    expect(utf8Length(packed)).toBeLessThanOrEqual(6000);
    const changed = rows.map((r, i) => (i === 3 ? [r[0], 'khác'] : r));
    expect(settingsChanged(unpackPrint(packed), settingsPrint(changed, criteria), changed, criteria).map((c) => c.label)).toEqual(['Ghi chú 3']);
    // Hundreds more: not even their hashes fit; none kept, nothing named, nothing fails.
    const huge = Array.from({ length: 2000 }, (_, i) => [`Mục ${i}`, `${i}`]);
    expect(packPrint(settingsPrint(huge, criteria))).toBeNull();
  });

  it('says nothing without a print kept, nor when nothing changed, nor of a row no longer in the tab', () => {
    const rows = config(new Date(2028, 4, 31), 'x');
    const print = settingsPrint(rows, criteria);
    expect(settingsChanged(null, print, rows, criteria)).toEqual([]);
    expect(settingsChanged(unpackPrint('not json'), print, rows, criteria)).toEqual([]);
    expect(settingsChanged(print, settingsPrint(rows, criteria), rows, criteria)).toEqual([]);
    expect(settingsChanged(print, settingsPrint(rows.slice(0, 2), criteria), rows.slice(0, 2), criteria)).toEqual([]);
  });
});

describe('a long setting changed past its first 40 characters (review diff43 M2)', () => {
  it('is not logged as changed from a value to the same value', () => {
    const rows = (v: string) => [['Mục', 'Giá trị', 'Giải thích'], ['Người nhận thư tổng hợp', v, '']];
    const was = rows('thiduakhenthuong@sogd.example.vn; vanphong@sogd.example.vn');
    const now = rows('thiduakhenthuong@sogd.example.vn; vanphong@sogd.example.vn; giamdoc@sogd.example.vn');
    const changes = settingsChanged(settingsPrint(was, []), settingsPrint(now, []), now, []);
    expect(changes).toHaveLength(1);
    // The clerk reads the log line: the two values it quotes must differ.
    expect(changes[0].was).not.toBe(changes[0].now);
    expect(settingsChangedList(changes)).not.toMatch(/từ “(.*)” thành “\1”/);
  });
});

describe('settingsGone: rows of "Cấu hình" the last print held and the tab no longer has (review office M2, diff58 L1)', () => {
  const print = settingsPrint([['Mục', 'Giá trị'], ['Mốc: hội nghị biểu dương', '15/11/2024'], ['Công khai danh sách trước khi họp', '']], []);
  it('a value held is told with that value, whole, and the default used now; a row left empty before is not told', () => {
    const gone = settingsGone(print, [
      ['Mốc: hội nghị biểu dương', '31/12/2024', 'giải thích'],
      ['Công khai danh sách trước khi họp', '', 'giải thích'],
      ['Một mục phiên bản mới thêm', 'x', 'giải thích'],
    ]);
    expect(gone).toEqual([{ label: 'Mốc: hội nghị biểu dương', was: '15/11/2024', whole: true, now: '31/12/2024', told: false }]);
  });
  it('carried in the next print (carryGone) it is marked told, still whole for Thiết lập to write back', () => {
    const missing = [['Mốc: hội nghị biểu dương', '31/12/2024', '']];
    const next = carryGone(settingsPrint([['Mục', 'Giá trị']], []), print, settingsGone(print, missing));
    expect(settingsGone(next, missing)).toEqual([{ label: 'Mốc: hội nghị biểu dương', was: '15/11/2024', whole: true, now: '31/12/2024', told: true }]);
  });
  it('written back by Thiết lập with the value it held, the row is not named as changed at the next run', () => {
    const missing = [['Mốc: hội nghị biểu dương', '31/12/2024', '']];
    const told = carryGone(settingsPrint([['Mục', 'Giá trị']], []), print, settingsGone(print, missing));
    const back = [['Mục', 'Giá trị'], ['Mốc: hội nghị biểu dương', '15/11/2024'], ['Công khai danh sách trước khi họp', '']];
    expect(settingsChanged(told, settingsPrint(back, []), back, [])).toEqual([]);
  });
});
