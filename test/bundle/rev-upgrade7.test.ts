// Review upgrade7: an office on the bundle of 0544b38 (fixtures/Code-0544b38.js.gz, what offices run) updates mid-season
// to dist/Code.js in the same Sheet, Drive, properties and triggers. Since 0544b38 HEAD: a "Năm học" column on the
// school and group tabs and the schools' views (schoolyear63 R5: each tab reshaped once), a once-only notice in the
// first reminder after a school year closed short on 31 August (R6), and answers composed after the period's end that
// give no edit link to the closed forms (afterend63).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Q, R } from '../../src/core/registration-form';
import { SCHOOLS, collectiveAnswers, individualAnswers } from '../core/helpers';
import { TAB, VIEW_TAB } from '../../src/core/messages';
import { haSonSo, manifestScopes } from './helpers';
import { failures, oldOffice, sendFirstRegistrations, type OldOffice } from './upgrade-lib';

const oldBundle = () => gunzipSync(readFileSync(new URL('./fixtures/Code-0544b38.js.gz', import.meta.url))).toString('utf8');
const [HOA_SEN, HOA_BINH, QUANG_MINH] = SCHOOLS;
const DAY = 86_400_000;
const YEAR_CLOSED = 'Năm học 2026-2027 đã kết thúc ngày 31/08/2027.';
const text = (m: { body?: string }) => String(m.body ?? '');
const day = (m: { date: Date | number }) => new Date(m.date).toLocaleDateString('vi-VN');

const SO = (now: Date) => {
  const cfg = haSonSo(now, { planNumber: '86/KH-SGDĐT', planDate: '18/09/2026', planTitle: 'xây dựng mô hình, điển hình tiên tiến trong phong trào thi đua yêu nước ngành Giáo dục và Đào tạo tỉnh Hà Sơn, giai đoạn 2026-2030' });
  cfg.mail.reminderDaysBefore = [14, 3];
  return cfg;
};

/** The width of each column of a tab, as the office's Sheet shows it (1-based columns 1..n). */
function widths(o: OldOffice, tab: string, n: number, id?: string): number[] {
  return o.emu.runtime.execute(
    () => {
      const ss = id ? o.emu.globals.SpreadsheetApp.openById(id) : o.emu.globals.SpreadsheetApp.getActiveSpreadsheet();
      const sh = ss.getSheetByName(tab)!;
      return Array.from({ length: n }, (_, i) => sh.getColumnWidth(i + 1));
    },
    { kind: 'node', label: 'office looking' },
  ) as number[];
}

/**
 * Hoa Sen's tab after the update (its header row `header`; before it, `oldHeader` with widths `oldWidths`): each column
 * keeps the width it had under its own header ("Cần bổ sung", the long one, stays wide); the new "Năm học" has 90 px.
 */
function expectWidthsUnderHeaders(o: OldOffice, oldWidths: number[], header: string[], oldHeader: string[]): void {
  const w = widths(o, HOA_SEN.name, header.filter((c) => c !== '').length);
  const widthOf = (hs: string[], ws: number[], name: string) => ws[hs.indexOf(name)];
  for (const name of ['Tên', 'Lĩnh vực', 'Mô hình', 'Kết luận', 'Cần bổ sung', 'Điểm ưu tiên']) {
    expect({ name, width: widthOf(header, w, name) }).toEqual({ name, width: widthOf(oldHeader, oldWidths, name) });
  }
  expect(widthOf(header, w, 'Năm học')).toBe(90);
}

/**
 * A Sở of 2026–2030 (reminders 14 and 3 days before, the schools' views on) on 0544b38: Hoa Sen registers a collective and
 * an individual in October 2026, Hòa Bình an individual only, Quang Minh nothing. Mornings (rebuild, reminders) from
 * 25/11/2027 on; the update comes the evening before `updateDay` (or, with `afterMorning`, after that day's reminders).
 */
function soSeason(updateDay: Date, opts: { afterMorning?: boolean; quota?: number; grouped?: boolean; officeColumn?: boolean; summaryWidth?: number } = {}) {
  const config = (now: Date) => Object.assign(SO(now), opts.grouped ? { perSchoolTabThreshold: 2 } : {});
  const o = oldOffice('', { code: oldBundle(), scopes: manifestScopes(), views: true, mailQuota: opts.quota ?? 1500, now: new Date(2026, 9, 16, 9), config });
  const { emu } = o;
  const cfg = SO(new Date(emu.clock.now()));
  sendFirstRegistrations(o, cfg);
  o.menu('rebuildSummaries');
  let updated = -1;
  const morning = (d: Date) => {
    const at = (h: number, m: number) => emu.clock.set(new Date(d.getFullYear(), d.getMonth(), d.getDate(), h, m).getTime());
    at(7, 0);
    o.menu('rebuildSummaries', 'timeTrigger');
    at(8, 40);
    o.menu('sendReminders', 'timeTrigger');
    // The one-off run that sends what waits for the quota, when due.
    emu.triggers.runDueTimeTriggers(emu.clock.now());
  };
  const before: { sent: number; ex: number; tabs: Record<string, unknown[][]>; widths: Record<string, number[]> } = { sent: 0, ex: 0, tabs: {}, widths: {} };
  for (let t = new Date(2027, 10, 25).getTime(); t <= new Date(2027, 11, 14).getTime(); t += DAY) {
    const d = new Date(t);
    const isUpdate = d.getTime() === new Date(updateDay.getFullYear(), updateDay.getMonth(), updateDay.getDate()).getTime();
    if (isUpdate && !opts.afterMorning) update();
    morning(d);
    if (isUpdate && opts.afterMorning) {
      emu.clock.set(new Date(d.getFullYear(), d.getMonth(), d.getDate(), 17, 0).getTime());
      update();
    }
  }
  const december = emu.mail.sent.length;
  morning(new Date(2028, 5, 1));
  morning(new Date(2028, 5, 12));
  return { o, before, december, updated: () => updated };
  function update() {
    before.sent = emu.mail.sent.length;
    before.ex = emu.runtime.executions.length;
    for (const name of [...SCHOOLS.slice(0, 3).map((s) => s.name), ...SCHOOLS.slice(0, 3).map((s) => s.ward)]) {
      const t = o.tab(name);
      if (t.length === 0) continue;
      before.tabs[name] = t;
      before.widths[name] = widths(o, name, 11);
    }
    // The office's own column at the right of Hoa Sen's tab, added after the last rebuild of 0544b38 (review upgrade7 U1b).
    if (opts.officeColumn) {
      emu.runtime.execute(
        () => {
          const sh = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(HOA_SEN.name)!;
          const last = sh.getLastColumn();
          sh.insertColumnsAfter(last, 1);
          sh.getRange(1, last + 1).setValue('Ghi chú của văn phòng');
        },
        { kind: 'node', label: 'office typing' },
      );
    }
    // The office widens the first column of "Tổng hợp" by hand, the evening before the update.
    if (opts.summaryWidth !== undefined) {
      const width = opts.summaryWidth;
      emu.runtime.execute(() => emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(TAB.summary)!.setColumnWidth(1, width), { kind: 'node', label: 'office resizing' });
    }
    o.update();
    updated = emu.clock.now();
  }
}

describe('review upgrade7: a Sở of 2026–2030 updates around the first reminder after 31/08/2027', () => {
  it('updated on the evening of 30/11/2027: the year closed short is told once, on 01/12, with the reminder; the window\'s notice on 01/06/2028', () => {
    const { o, before, december } = soSeason(new Date(2027, 11, 1));
    const { emu } = o;
    expect(failures(emu, before.ex)).toEqual([]);
    const mails = emu.mail.sent.slice(before.sent);
    for (const s of [HOA_BINH, QUANG_MINH]) {
      const mine = mails.filter((m) => m.to.includes(s.emails[0]));
      expect(mine.filter((m) => text(m).includes(YEAR_CLOSED)).map(day)).toEqual([new Date(2027, 11, 1).toLocaleDateString('vi-VN')]);
      expect(emu.mail.sent.slice(december).filter((m) => m.to.includes(s.emails[0]) && text(m).includes('Đợt đăng ký đã kết thúc ngày 31/05/2028.'))).toHaveLength(1);
    }
    expect(mails.filter((m) => m.to.includes(HOA_SEN.emails[0]) && text(m).includes('đã kết thúc ngày 31/08/2027'))).toEqual([]);
    // No key sent twice: every outbox row once.
    const rows = o.tab('Hộp thư đi').slice(1);
    expect(new Set(rows.map((r) => String(r[0]))).size).toBe(rows.length);
  });

  it('the school\'s view after the update carries "Năm học" and its widths follow their columns', () => {
    const { o, before } = soSeason(new Date(2027, 11, 1));
    const { emu } = o;
    const reminder = emu.mail.sent.slice(before.sent).find((m) => m.to.includes(HOA_BINH.emails[0]) && /spreadsheets\/d\//.test(text(m)))!;
    const id = text(reminder).match(/spreadsheets\/d\/([^/]+)\//)![1];
    const view = emu.spreadsheets.values(VIEW_TAB, id).map((r) => r.map(String));
    const h = view.findIndex((r) => r.includes('Năm học'));
    expect(h).toBeGreaterThanOrEqual(0);
    const cols = view[h].filter((c) => c !== '');
    const w = widths(o, VIEW_TAB, cols.length, id);
    expect(w[view[h].indexOf('Năm học')]).toBe(90);
  });

  it('quota: the reminders of 01/12/2027 wait for the quota across the update; each goes once, with the notice', () => {
    const { o, before } = soSeason(new Date(2027, 11, 1), { afterMorning: true, quota: 3 });
    const { emu } = o;
    expect(failures(emu, before.ex)).toEqual([]);
    const rows = o.tab('Hộp thư đi').slice(1);
    expect(new Set(rows.map((r) => String(r[0]))).size).toBe(rows.length);
    // 0544b38 sent Hoa Sen's and Hòa Bình's reminders on 01/12 (the quota of 3 a day: the digest of 29/11 took one);
    // Quang Minh's waited, and HEAD composes it when the quota is back: once, with the notice.
    const told = emu.mail.sent.filter((m) => m.to.includes(QUANG_MINH.emails[0]) && text(m).includes(YEAR_CLOSED));
    expect(told.map(day)).toEqual([new Date(2027, 11, 2).toLocaleDateString('vi-VN')]);
    expect(told[0].subject).toContain('Chưa đạt yêu cầu đăng ký tối thiểu mỗi năm học (mục III.1) và nhắc hạn 15/12/2027');
    expect(emu.mail.sent.filter((m) => m.to.includes(QUANG_MINH.emails[0]) && m.subject.includes('15/12/2027'))).toHaveLength(2);
  });
});

describe('review upgrade7: defects', () => {
  it('U1: the school tab after the update: "Năm học" after "Đối tượng", the columns\' widths follow their columns', () => {
    const { o, before } = soSeason(new Date(2027, 11, 1));
    const tab = o.tab(HOA_SEN.name).map((r) => r.map(String));
    const h = tab.findIndex((r) => r[0] === 'Mã phiếu');
    expect(tab[h].slice(0, 4)).toEqual(['Mã phiếu', 'Đối tượng', 'Năm học', 'Tên']);
    const old = before.tabs[HOA_SEN.name].map((r) => r.map(String));
    const oh = old.findIndex((r) => r[0] === 'Mã phiếu');
    expect(old[oh].slice(0, 3)).toEqual(['Mã phiếu', 'Đối tượng', 'Tên']);
    expectWidthsUnderHeaders(o, before.widths[HOA_SEN.name], tab[h], old[oh]);
  });

  it('U1b: an office column added at the right of the school tab the evening before the update (the count of columns unchanged by the new "Năm học"): the widths still follow their columns', () => {
    const { o, before } = soSeason(new Date(2027, 11, 1), { officeColumn: true });
    const tab = o.tab(HOA_SEN.name).map((r) => r.map(String));
    const h = tab.findIndex((r) => r[0] === 'Mã phiếu');
    expect(tab[h].slice(0, 4)).toEqual(['Mã phiếu', 'Đối tượng', 'Năm học', 'Tên']);
    const old = before.tabs[HOA_SEN.name].map((r) => r.map(String));
    const oh = old.findIndex((r) => r[0] === 'Mã phiếu');
    expectWidthsUnderHeaders(o, before.widths[HOA_SEN.name], tab[h], old[oh]);
  });

  it('U1b, control: a tab that keeps its columns through the update ("Tổng hợp") keeps the width the office gave it by hand — only school and group tabs, whose columns the update changes, have theirs set again', () => {
    const { o } = soSeason(new Date(2027, 11, 1), { officeColumn: true, summaryWidth: 333 });
    expect(widths(o, TAB.summary, 1)).toEqual([333]);
  });

  it('U1 (group tabs): above the threshold, each group tab\'s columns keep their widths under their headers after the update', () => {
    const { o, before } = soSeason(new Date(2027, 11, 1), { grouped: true });
    const groups = SCHOOLS.slice(0, 3).map((s) => s.ward);
    expect(groups.filter((n) => before.tabs[n])).toEqual(groups);
    for (const name of groups) {
      const header = (t: unknown[][]) => t.map((r) => r.map(String)).find((r) => r[1] === 'Mã phiếu')!;
      const now = header(o.tab(name));
      const old = header(before.tabs[name]);
      expect(now.slice(0, 5)).toEqual([old[0], 'Mã phiếu', 'Đối tượng', 'Năm học', 'Tên']);
      const w = widths(o, name, now.length);
      for (const col of ['Tên', 'Kết luận', 'Cần bổ sung hoặc chưa đạt']) {
        expect({ name, col, width: w[now.indexOf(col)] }).toEqual({ name, col, width: before.widths[name][old.indexOf(col)] });
      }
    }
  });

  // U2, found unfixed: 0544b38 sent the reminder of 01/12/2027, the first after 31/08, without the notice, and HEAD told
  // the notice only with that reminder's key; then only the window's notice named the year, on 01/06/2028. Now a
  // notice is told by the first reminder sent with it (its subject names it): the next one after the update.
  it('U2: updated after the reminder of 01/12/2027 (the first after 31/08, sent without the notice): the year closed short is told once by the next reminder, not again in the window\'s notice', () => {
    const { o, before, december } = soSeason(new Date(2027, 11, 1), { afterMorning: true });
    const { emu } = o;
    expect(failures(emu, before.ex)).toEqual([]);
    for (const s of [HOA_BINH, QUANG_MINH]) {
      const told = emu.mail.sent.slice(before.sent, december).filter((m) => m.to.includes(s.emails[0]) && text(m).includes(YEAR_CLOSED));
      expect(told).toHaveLength(1);
      expect(emu.mail.sent.slice(0, before.sent).filter((m) => m.to.includes(s.emails[0]) && text(m).includes(YEAR_CLOSED))).toEqual([]);
      const june = emu.mail.sent.slice(december).filter((m) => m.to.includes(s.emails[0]) && text(m).includes('Đợt đăng ký đã kết thúc ngày 31/05/2028.'));
      expect(june.map(text).join('')).not.toContain('năm học 2026-2027');
    }
  });

});

/**
 * A Phòng of 2021–2025 (the lib's season) on 0544b38, a mail quota of 2 a day. On 05/12/2026 two late registrations take
 * the day's quota; "Kết thúc giai đoạn…" is chosen, and while it holds the lock Trường THCS Quang Minh sends a
 * registration with a point to add and Trường Mầm non Hoa Sen its annual report: answered after the end, their e-mails
 * wait for the quota. The office updates that evening; the one-off run sends them the next morning.
 */
function endedWithMailWaiting() {
  const o = oldOffice('', { code: oldBundle(), scopes: manifestScopes(), mailQuota: 2 });
  const { emu } = o;
  o.submit('An', 0, o.teacher('Nguyễn Văn An', 0));
  o.submit('Bình', 1, o.teacher('Trần Thị Bình', 1));
  o.menu('rebuildSummaries');
  emu.clock.set(new Date(2026, 11, 5, 9, 0).getTime());
  o.submit('TT', 1, { ...collectiveAnswers(), [Q.school]: SCHOOLS[1].name });
  o.submit('Dung', 0, o.teacher('Phạm Thị Dung', 0));
  o.menu('rebuildSummaries');
  emu.clock.advance(3600_000);
  const reportFormId = emu.properties.script.get('form.report.id')!;
  const periods = emu.forms.byId(reportFormId)!.itemByTitle(R.period)!.choices.map((c) => c.value);
  const last = periods.find((p) => /Năm 2025/.test(p)) ?? periods[periods.length - 1];
  let done = false;
  const off = emu.runtime.onCall(() => {
    if (done || emu.locks.state('script').holder === null) return;
    done = true;
    emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: QUANG_MINH.name, [Q.individualName]: 'Lê Thị Sát Giờ', [Q.phone]: '' } as never, { email: QUANG_MINH.emails[0] });
    emu.forms.submitAsUser(reportFormId, { [R.school]: HOA_SEN.name, [R.period]: last, [R.docRef]: '12/BC-MNHS ngày 01/12/2026', [R.summary]: 'Báo cáo', [R.link]: '' } as never, { email: HOA_SEN.emails[0] });
  });
  emu.spreadsheets.active.answers.push('YES');
  o.menu('endPeriod');
  off();
  const ended = JSON.parse(emu.properties.script.get('period.ended') ?? 'null');
  const outbox = () => new Map(o.tab('Hộp thư đi').slice(1).map((r) => [String(r[0]), String(r[5])]));
  const before = { sent: emu.mail.sent.length, ex: emu.runtime.executions.length, outbox: outbox(), done };
  emu.clock.set(new Date(2026, 11, 5, 18, 0).getTime());
  o.update();
  return { o, before, ended, outbox };
}

describe('review upgrade7: a Phòng of 2021–2025 ended its period on 0544b38 with answers waiting for the quota', () => {
  it('the waiting confirmation and receipt go once, composed by HEAD: no edit link to the closed forms, the period said ended', () => {
    const { o, before, ended, outbox } = endedWithMailWaiting();
    const { emu } = o;
    expect(before.done).toBe(true);
    expect(ended).toMatchObject({ stage: 'done' });
    const waiting = [...before.outbox].filter(([, s]) => s === 'Chờ gửi').map(([k]) => k);
    expect(waiting.length).toBe(2);
    // The next morning: the run scheduled for the quota, then a week of mornings and a menu rebuild.
    for (let d = 0; d < 7; d++) {
      emu.clock.advance(DAY);
      emu.triggers.runDueTimeTriggers(emu.clock.now());
    }
    o.menu('rebuildSummaries');
    expect(failures(emu, before.ex)).toEqual([]);
    const since = emu.mail.sent.slice(before.sent);
    expect(since.map((m) => m.to.join(','))).toEqual(expect.arrayContaining([QUANG_MINH.emails[0], HOA_SEN.emails[0]]));
    expect(since).toHaveLength(2);
    const conf = since.find((m) => m.to.includes(QUANG_MINH.emails[0]))!;
    expect(conf.subject).toContain('Đã nhận phiếu');
    expect(text(conf)).not.toMatch(/docs\.google\.com\/forms\/.*edit2=/);
    expect(text(conf)).toContain('Giai đoạn 2021-2025 đã kết thúc nên biểu mẫu đăng ký không nhận phiếu nữa');
    const receipt = since.find((m) => m.to.includes(HOA_SEN.emails[0]))!;
    expect(text(receipt)).not.toContain('vẫn gửi bổ sung được');
    expect(text(receipt)).toContain('Giai đoạn 2021-2025 đã kết thúc nên biểu mẫu báo cáo không nhận phiếu nữa');
    // Each row once: what was sent before is not sent again, nothing waits.
    const after = outbox();
    for (const [k, s] of before.outbox) if (s === 'Đã gửi') expect(after.get(k)).toBe('Đã gửi');
    expect([...after.values()].filter((s) => s !== 'Đã gửi')).toEqual([]);
    expect(emu.triggers.find('rebuildSummaries')).toHaveLength(0);
  });
});
