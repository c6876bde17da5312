// The office restores its spreadsheet from the version history (review "restore"): every tab goes back; the form, its
// responses, the script's properties and Drive stay as they are. What the tool can tell from that, it says.
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index';
import { Q } from '../../src/core/registration-form';
import { RESPONSES_MISSING, REVIEW_DECISIONS_GONE_BACK } from '../../src/core/messages';
import { typeCell } from '../../scripts/user';
import { SCHOOLS, councilOffice, individualAnswers, officeAfterSetup } from './helpers';

/** Every tab of the office file as it is now, and which row each form response is in (the version history's copy). */
function snapshot(emu: Emulator) {
  const file = emu.spreadsheets.active;
  const tabs = new Map(file.sheets.map((s) => [s, { rows: structuredClone(s.rows), maxRows: s.maxRows, maxCols: s.maxCols }]));
  const rows = new Map<string, number | undefined>();
  for (const f of emu.forms.forms.values()) for (const r of f.responses) rows.set(r.id, r.row);
  return { tabs, rows };
}

/** File → Version history → Restore this version: the tabs as they were (tabs made since go); nothing else. */
function restore(emu: Emulator, snap: ReturnType<typeof snapshot>): void {
  const file = emu.spreadsheets.active;
  for (const s of [...file.sheets]) {
    const was = snap.tabs.get(s);
    if (!was) file.sheets.splice(file.sheets.indexOf(s), 1);
    else Object.assign(s, { rows: structuredClone(was.rows), maxRows: was.maxRows, maxCols: was.maxCols });
  }
  for (const f of emu.forms.forms.values()) for (const r of f.responses) r.row = snap.rows.has(r.id) ? snap.rows.get(r.id) : undefined;
}

describe('the whole file restored to an earlier version', () => {
  it('registrations sent after that version, which the form still holds, are named to the office once; none when nothing is missing', () => {
    const o = officeAfterSetup(SCHOOLS);
    const send = (name: string, school: (typeof SCHOOLS)[number]) =>
      o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: name } as never, { email: school.emails[0] });
    send('Nguyễn Văn An', SCHOOLS[0]);
    send('Trần Thị Bình', SCHOOLS[1]);
    const rebuild = () => o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const log = () => (o.emu.spreadsheets.sheetNames().includes('Nhật ký lỗi') ? o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])) : []);
    const missingLines = () => log().filter((m) => m.includes('không còn trong trang “Phiếu đăng ký”'));
    rebuild();
    expect(missingLines()).toEqual([]);
    o.emu.runtime.resetCalls();
    rebuild();
    // Nothing missing, nothing asked of the form for it.
    expect(o.emu.runtime.count('Form.getResponses')).toBe(0);
    const yesterday = snapshot(o.emu);
    o.emu.clock.advance(24 * 3_600_000);
    send('Lê Văn Cường', SCHOOLS[2]);
    o.emu.clock.advance(60_000);
    send('Phạm Thị Dung', SCHOOLS[0]);
    const codes = o.emu.spreadsheets.values('Kết quả kiểm tra').length - 1;
    expect(codes).toBe(4);
    o.emu.clock.advance(3_600_000);
    restore(o.emu, yesterday);
    expect(o.emu.spreadsheets.values('Phiếu đăng ký').length - 1).toBe(2);
    rebuild();
    const said = missingLines();
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('2 phiếu đăng ký gửi qua biểu mẫu từ');
    expect(said[0]).toContain(SCHOOLS[2].emails[0]);
    expect(said[0]).toContain(SCHOOLS[0].emails[0]);
    // Written once in the log; counted in "Tình trạng" for a week, then the form is no longer asked about them.
    const health = () => o.emu.spreadsheets.values('Tình trạng').map((r) => r.join(' ')).find((l) => l.startsWith('Cập nhật tổng hợp')) ?? '';
    rebuild();
    expect(missingLines()).toHaveLength(1);
    expect(health()).toContain('1 vấn đề dữ liệu (xem');
    // Only the rebuild, which reports them, asks the form meanwhile: not the reminders nor the digest (review diff16 #5).
    o.emu.runtime.resetCalls();
    o.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    o.bundle.call('sendWeeklyDigest', undefined, { kind: 'timeTrigger' });
    expect(o.emu.runtime.count('Form.getResponses')).toBe(0);
    o.emu.clock.advance(8 * 24 * 3_600_000);
    rebuild();
    o.emu.runtime.resetCalls();
    rebuild();
    expect(o.emu.runtime.count('Form.getResponses')).toBe(0);
    expect(health()).not.toContain('vấn đề dữ liệu (xem');
    expect(missingLines()).toHaveLength(1);
    expect(RESPONSES_MISSING(2, 'a', 'b', []).startsWith('2 phiếu')).toBe(true);
  });

  it('a code a dying run skipped (no response has it) is asked about once, then remembered: nothing told', () => {
    const o = officeAfterSetup(SCHOOLS);
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[0].name } as never, { email: SCHOOLS[0].emails[0] });
    const rebuild = () => {
      o.emu.runtime.resetCalls();
      o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
      return o.emu.runtime.count('Form.getResponses');
    };
    rebuild();
    // A run gave the next code (the counter written first), then died before the register held it.
    const next = Number(o.emu.properties.script.get('ledger.next'));
    o.emu.properties.script.set('ledger.next', String(next + 1));
    o.emu.clock.advance(3_600_000);
    expect(rebuild()).toBe(1);
    expect(rebuild()).toBe(0);
    const log = o.emu.spreadsheets.sheetNames().includes('Nhật ký lỗi') ? o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])) : [];
    expect(log.filter((m) => m.includes('không còn trong trang'))).toEqual([]);
  });

  it('a restore the rebuild meets minutes after the last lost registration: nothing concluded then, told at the next', () => {
    const o = officeAfterSetup(SCHOOLS);
    const send = (name: string) => o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[1].name, [Q.individualName]: name } as never, { email: SCHOOLS[1].emails[0] });
    const rebuild = () => o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const told = () => (o.emu.spreadsheets.sheetNames().includes('Nhật ký lỗi') ? o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])) : []).filter((m) => m.includes('không còn trong trang “Phiếu đăng ký”'));
    send('Nguyễn Văn An');
    rebuild();
    const before = snapshot(o.emu);
    o.emu.clock.advance(3_600_000);
    send('Trần Thị Bình');
    // The office restores at once; the rebuild runs two minutes after that registration.
    o.emu.clock.advance(2 * 60_000);
    restore(o.emu, before);
    rebuild();
    expect(told()).toEqual([]);
    o.emu.clock.advance(24 * 3_600_000);
    rebuild();
    expect(told()).toHaveLength(1);
    expect(told()[0]).toContain('1 phiếu đăng ký gửi qua biểu mẫu');
  });
});


// Review restore #1: a restore to a version in which e-mails still waited for the daily quota brings back a record of
// e-mails with every row, some "Chờ gửi" that went out since: sent again, silently.
describe('the whole file restored to a version in which e-mails still waited for the quota', () => {
  it('sends none of them again: every e-mail stops, the office is told the record is an older copy, and "Có" in Thiết lập goes on', () => {
    const HOUR = 3_600_000;
    const o = officeAfterSetup(SCHOOLS, { mailQuota: 2 });
    o.emu.clock.advance(25 * HOUR);
    ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'].forEach((name, i) => {
      o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[i % 3].name, [Q.individualName]: name } as never, { email: SCHOOLS[i % 3].emails[0] });
      o.emu.clock.advance(60_000);
    });
    const record = () => o.emu.spreadsheets.values('Sổ thư (hệ thống)').slice(1).map((r) => r.map(String).join(' | '));
    expect(record().filter((r) => r.includes('Chờ gửi')).length).toBeGreaterThan(0);
    const before = snapshot(o.emu);
    // The quota comes back: the waiting ones go.
    o.emu.clock.set(o.emu.clock.now() + 26 * HOUR);
    o.bundle.call('sendWaitingMail', undefined, { kind: 'timeTrigger' });
    expect(record().filter((r) => r.includes('Chờ gửi'))).toEqual([]);
    const sent = o.emu.mail.sent.length;
    restore(o.emu, before);
    o.emu.clock.advance(HOUR);
    o.bundle.call('sendWaitingMail', undefined, { kind: 'timeTrigger' });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(o.emu.mail.sent.length).toBe(sent);
    const log = o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2]));
    const said = log.filter((m) => m.startsWith('Không gửi thư: sổ thư'));
    expect(said.length).toBeGreaterThan(0);
    expect(said[0]).toContain('sổ là bản cũ');
    expect(said[0]).not.toContain('chỉ còn');
    // Thiết lập asks; "Có": the record is taken as it stands, the next runs send again (what it held as waiting, once).
    o.bundle.call('setup', undefined, { kind: 'menu' });
    const asked = o.emu.spreadsheets.ui.filter((u) => u.kind === 'alert').map((u) => u.message).find((m) => m.startsWith('Công cụ đang ngừng gửi thư'))!;
    expect(asked).toContain('thật ra đã gửi: người nhận sẽ nhận lại');
    for (let day = 0; day < 3; day++) {
      o.emu.clock.advance(26 * HOUR);
      o.bundle.call('sendWaitingMail', undefined, { kind: 'timeTrigger' });
    }
    // What the older copy held as waiting went once more (as the question said), and nothing after.
    expect(o.emu.mail.sent.length).toBeGreaterThan(sent);
    const again = o.emu.mail.sent.length;
    o.emu.clock.advance(26 * HOUR);
    o.bundle.call('sendWaitingMail', undefined, { kind: 'timeTrigger' });
    expect(o.emu.mail.sent.length).toBe(again);
  });
});

// Review restore #2: a restore to a version from before the council decided takes "Thẩm định", the register's decision
// snapshots and "Lịch sử thẩm định" back together: no run sees the decisions withdrawn.
describe('the whole file restored to a version from before the council decided', () => {
  it('the office is told, once, that decisions the register held are gone', () => {
    const o = councilOffice();
    const told = () => o.logged('so với lần cập nhật trước');
    const before = snapshot(o.emu);
    o.emu.clock.advance(24 * 3_600_000);
    o.decide([2, 3]);
    o.rebuild();
    // The council withdraws one itself: recorded, not a restore.
    o.withdraw(3);
    o.rebuild();
    expect(told()).toEqual([]);
    o.emu.clock.advance(24 * 3_600_000);
    restore(o.emu, before);
    o.rebuild();
    o.rebuild();
    expect(told()).toEqual([REVIEW_DECISIONS_GONE_BACK(1, 1)]);
  });
});

// Review clerkday #7: "Thẩm định" replaced by a copy made before the council decided reset every decision without a word.
describe('"Thẩm định" replaced by an older copy of itself', () => {
  it('the decisions it loses are named to the office and on their rows, once', () => {
    const o = officeAfterSetup(SCHOOLS);
    for (const [i, name] of ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'].entries()) {
      o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[i].name, [Q.individualName]: name } as never, { email: SCHOOLS[i].emails[0] });
    }
    const rebuild = () => o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const log = () => (o.emu.spreadsheets.sheetNames().includes('Nhật ký lỗi') ? o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])) : []);
    rebuild();
    const review = o.emu.spreadsheets.active.sheets.find((s) => s.name === 'Thẩm định')!;
    const copy = structuredClone(review.rows);
    const header = o.emu.spreadsheets.values('Thẩm định')[0].map(String);
    const [dec, comment, note] = ['Quyết định của Hội đồng', 'Nhận xét', 'Ghi chú'].map((h) => header.indexOf(h));
    for (const r of [1, 2]) {
      typeCell(o.emu, 'Thẩm định', r + 1, dec + 1, 'Đề nghị khen');
      typeCell(o.emu, 'Thẩm định', r + 1, comment + 1, 'Đủ tiêu chuẩn');
    }
    rebuild();
    expect(log().filter((m) => m.includes('cùng trở về'))).toEqual([]);
    review.rows = structuredClone(copy);
    rebuild();
    const told = log().filter((m) => m.includes('cùng trở về “Chờ thẩm định”'));
    expect(told).toHaveLength(1);
    expect(told[0]).toContain('2 phiếu');
    const values = o.emu.spreadsheets.values('Thẩm định');
    expect(values.slice(1, 3).map((r) => String(r[note]))).toEqual([expect.stringContaining('trở về “Chờ thẩm định”'), expect.stringContaining('trở về “Chờ thẩm định”')]);
    rebuild();
    expect(log().filter((m) => m.includes('cùng trở về “Chờ thẩm định”'))).toHaveLength(1);
  });
});
