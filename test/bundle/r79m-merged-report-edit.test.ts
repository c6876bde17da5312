// Review r79m F3: a school absorbed in the 2025 reorganisation adds the link to the six-month report it sent before the
// merger, through its edit link. Thiết lập has refreshed the report form after "Đơn vị" was merged (the old name in
// "Tên cũ"), so the school has to pick the merged school's name. The next rebuild tells the clerk, in "Nhật ký lỗi",
// «Trang “Phiếu báo cáo” không còn dòng của 1 báo cáo mà trường đã được gửi thư báo đã nhận: CS01 — “6 tháng đầu năm
// 2027” … Có thể dòng đã bị xóa …» — no row was deleted: the row is there, edited, and counts for the merged school. A
// clerk following the line restores the "lost" row from the version history and the report is there twice. The same
// happens when the form still offers the old name (Thiết lập not run yet) and the school keeps it: what sets it off is
// the absorbed school's code (CS01) gone from "Đơn vị", not the name. A report edited at a school merely renamed (its
// row and code kept) says nothing.
import { describe, expect, it } from 'vitest';
import { QUANG_MINH, reportOffice } from './r67r-lib';
import { MERGED, mergeQuangMinhIntoHoaBinh } from './r79m-lib';

const PERIOD = '6 tháng đầu năm 2027';

function editedAfterMerge(setupAfterMerge: boolean) {
  const w = reportOffice(new Date(2027, 4, 20, 9));
  const { emu, bundle } = w;
  const sent = w.report(QUANG_MINH, new Date(2027, 4, 25, 9), PERIOD, 'Số 7/BC-THCSQM ngày 24/5/2027');
  w.rebuild(new Date(2027, 4, 26, 7));
  emu.clock.set(new Date(2027, 5, 1, 10));
  mergeQuangMinhIntoHoaBinh(emu);
  if (setupAfterMerge) bundle.call('setup', undefined, { kind: 'menu' });
  w.rebuild(new Date(2027, 5, 2, 7));
  const school = setupAfterMerge ? { ...QUANG_MINH, name: MERGED } : QUANG_MINH;
  w.report(school, new Date(2027, 5, 2, 10), PERIOD, 'Số 7/BC-THCSQM ngày 24/5/2027', { link: 'https://drive.google.com/file/d/1AbC/view', email: QUANG_MINH.emails[0], editResponseId: sent.responseId });
  w.rebuild(new Date(2027, 5, 3, 7));
  const log = emu.spreadsheets.sheetNames().includes('Nhật ký lỗi') ? emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])) : [];
  const rows = emu.spreadsheets.values('Phiếu báo cáo').length - 1;
  return { w, log, rows };
}

describe('review r79m F3: an absorbed school edits its report after the merge', () => {
  it('the form offering only the merged name: the clerk is not told a report row may have been deleted', () => {
    const { w, log, rows } = editedAfterMerge(true);
    expect(w.failures()).toEqual([]);
    expect(rows).toBe(1);
    expect(log.filter((l) => l.includes("không còn dòng của"))).toEqual([]);
  });

  it('the old name still offered and kept: the clerk is not told a report row may have been deleted either', () => {
    const { w, log, rows } = editedAfterMerge(false);
    expect(w.failures()).toEqual([]);
    expect(rows).toBe(1);
    expect(log.filter((l) => l.includes("không còn dòng của"))).toEqual([]);
  });
});
