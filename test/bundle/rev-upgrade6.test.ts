// Review upgrade6: an office on the bundle of 90cdef9 (fixtures/Code-90cdef9.js.gz) updates mid-season to dist/Code.js
// in the same Sheet, Drive, properties and triggers. Since 90cdef9 HEAD: refuses a six-monthly or annual report sent
// before its period has mostly run (review yearahead R2), reads an open school year's minimum "Cần bổ sung" (openyear),
// says in a reminder that a report was received (R1), words the tool's line over a person's lines in "Ghi chú" anew
// (vntext4 B), notes the authority on a Sở's Giấy khen Tờ trình (docs M3), decides late mail in deliver alone.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { typeCell } from '../../scripts/user';
import { SCHOOLS, collectiveAnswers, individualAnswers } from '../core/helpers';
import { Q, R } from '../../src/core/registration-form';
import { holdCouncilMeeting, markNominees, reviewNames } from '../../scripts/documents';
import { haSonSo, manifestScopes } from './helpers';
import { VIEW_TAB } from '../../src/core/messages';
import { failures, oldOffice, oldSeason } from './upgrade-lib';

const oldBundle = () => gunzipSync(readFileSync(new URL('./fixtures/Code-90cdef9.js.gz', import.meta.url))).toString('utf8');
const rep = (school: number, period: string, docRef: string) => ({ [R.school]: SCHOOLS[school].name, [R.period]: period, [R.docRef]: docRef, [R.summary]: 'Báo cáo', [R.link]: '' });

const SO = (now: Date) => haSonSo(now, { planNumber: '86/KH-SGDĐT', planDate: '18/09/2026', planTitle: 'xây dựng mô hình, điển hình tiên tiến trong phong trào thi đua yêu nước ngành Giáo dục và Đào tạo tỉnh Hà Sơn, giai đoạn 2026-2030', competenceBasis: 'Quyết định số 15/QĐ-UBND ngày 01/7/2025 của Ủy ban nhân dân tỉnh Hà Sơn quy định chức năng, nhiệm vụ, quyền hạn của Sở' });
function season(up = true, quota = 1500, so = false) {
  const o = oldOffice('', { code: oldBundle(), scopes: manifestScopes(), views: true, mailQuota: quota, now: so ? new Date(2027, 5, 1, 8, 0, 0) : new Date(2024, 5, 1, 8, 0, 0), ...(so ? { config: SO } : {}) });
  const { emu, menu, tab } = o;
  if (so) {
    const cfg = SO(new Date(emu.clock.now()));
    o.submit('An', 0, { ...individualAnswers('teacher', cfg), [Q.school]: SCHOOLS[0].name, [Q.individualName]: 'Nguyễn Văn An' });
    o.submit('Bình', 1, { ...individualAnswers('teacher', cfg), [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Trần Thị Bình' });
    o.submit('Cường', 2, { ...individualAnswers('teacher', cfg), [Q.school]: SCHOOLS[2].name, [Q.individualName]: 'Lê Văn Cường' });
    o.submit('TT', 1, { ...collectiveAnswers(cfg), [Q.school]: SCHOOLS[1].name });
    emu.clock.advance(3600_000);
    menu('rebuildSummaries');
    typeCell(emu, 'Thẩm định', o.rowOfName('Lê Văn Cường'), o.col('Quyết định của Hội đồng'), 'Yêu cầu bổ sung');
    typeCell(emu, 'Thẩm định', o.rowOfName('Lê Văn Cường'), o.col('Nhận xét'), 'Bổ sung minh chứng');
    const nominees = markNominees(emu, 2);
    holdCouncilMeeting(emu, nominees, reviewNames(emu), 0, 'Trần Văn Minh', 'so');
    emu.clock.advance(3600_000);
    menu('rebuildSummaries');
    menu('generateProposals');
    for (let i = 0; i < 20 && emu.triggers.find('continueProposals').length > 0; i++) emu.triggers.runDueTimeTriggers(emu.clock.now() + 61_000);
  } else oldSeason(o);
  const reportFormId = emu.properties.script.get('form.report.id')!;
  // 08/06/2024: Trường Mầm non Hoa Sen sends its six-month report choosing "Năm 2024".
  emu.clock.advance(6 * 86400_000);
  emu.forms.submitAsUser(reportFormId, rep(0, so ? 'Năm 2027' : 'Năm 2024', '31/BC-MNHS') as never, { email: SCHOOLS[0].emails[0] });
  emu.clock.advance(3600_000);
  emu.triggers.runDueTimeTriggers(emu.clock.now());
  menu('rebuildSummaries');
  // A person types a line into "Ghi chú" of a row that holds the tool's note.
  const note = o.col('Ghi chú');
  const row = o.rowOfName('Lê Văn Cường');
  const cell = String(tab('Thẩm định')[row - 1][note - 1]);
  typeCell(emu, 'Thẩm định', row, note, `${cell}\nĐã gọi điện nhắc trường ngày 08/06`);
  emu.clock.advance(600_000);
  menu('rebuildSummaries');
  const before = {
    ex: emu.runtime.executions.length,
    sent: emu.mail.sent.length,
    log: tab('Nhật ký lỗi').length,
    outbox: new Map(tab('Hộp thư đi').slice(1).map((r) => [String(r[0]), String(r[5])])),
    docs: emu.docs.list().filter((d) => !d.trashed && !d.name.startsWith('Mẫu')).map((d) => d.id),
    notes: tab('Thẩm định').map((r) => `${r[0]} | ${r[note - 1]}`),
  };
  emu.clock.advance(3600_000);
  if (up) o.update();
  return { o, before, note };
}
const morning = (o: ReturnType<typeof oldOffice>) => {
  o.emu.clock.advance(20 * 3600_000);
  o.emu.triggers.runDueTimeTriggers(o.emu.clock.now());
};

const bodyOf = (m: { body?: string; htmlBody?: string }) => String(m.body ?? m.htmlBody ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const docsOf = (o: ReturnType<typeof oldOffice>) => o.emu.docs.list().filter((d) => !d.trashed && !d.name.startsWith('Mẫu')).map((d) => d.id);
/** Twelve mornings of triggers, a menu rebuild, "Thiết lập" again and the documents asked for again. */
function goOn(o: ReturnType<typeof oldOffice>) {
  const { emu, menu } = o;
  menu('rebuildSummaries');
  for (let d = 0; d < 12; d++) morning(o);
  menu('setup');
  menu('rebuildSummaries');
  menu('generateProposals');
  for (let i = 0; i < 20 && emu.triggers.find('continueProposals').length > 0; i++) emu.triggers.runDueTimeTriggers(emu.clock.now() + 61_000);
}
const TYPED = /không phải do công cụ ghi/;

describe('review upgrade6: from 90cdef9, mid-season', () => {
  it('Phòng, June 2024: nothing sent twice, the early report\'s receipt not sent again, the typed line in "Ghi chú" kept with its count', () => {
    const { o, before, note } = season();
    const { emu, tab } = o;
    const hist = tab('Lịch sử thẩm định').length;
    goOn(o);
    expect(failures(emu, before.ex)).toEqual([]);
    // Each mail sent since the update is one outbox row sent since; no row sent before is sent again.
    const outbox = new Map(tab('Hộp thư đi').slice(1).map((r) => [String(r[0]), String(r[5])]));
    const sentIds = (m: Map<string, string>) => [...m.values()].filter((x) => x === 'Đã gửi').length;
    expect(emu.mail.sent.length - before.sent).toBe(sentIds(outbox) - sentIds(before.outbox));
    const since = emu.mail.sent.slice(before.sent);
    // The receipt 90cdef9 sent ("Đã nhận báo cáo “Năm 2024”") is not followed by a second receipt of that report.
    expect(since.filter((m) => m.subject.includes('“Năm 2024”'))).toEqual([]);
    // Nothing but the scheduled reminders of 15/06 and the digest. The office's schools were never told that the window
    // closed short (31/05/2023: 90cdef9 tied it to a reminder due before this office's first season, so it never went):
    // the first reminder sent after the update tells it, once to each (review d63 F1: the first reminder sent with it).
    expect(since.map((m) => m.subject).filter((x) => !/[Nn]hắc hạn 15\/06\/2024|Tổng hợp hằng tuần/.test(x))).toEqual([]);
    const told = since.filter((m) => m.subject.includes('Chưa đạt yêu cầu đăng ký tối thiểu'));
    expect(new Set(told.map((m) => m.to)).size).toBe(told.length);
    for (const m of told) expect(bodyOf(m as never)).toContain('Đợt đăng ký đã kết thúc ngày 31/05/2023.');
    // The school's tab says why the report does not count, once.
    const duty = tab(SCHOOLS[0].name).map((r) => r.join(' ')).join('\n');
    expect(duty.split('gửi quá sớm nên chưa được tính').length - 1).toBe(1);
    // The typed line is kept under the tool's line in its new wording, with its count; nothing told in "Nhật ký lỗi".
    const cell = String(tab('Thẩm định')[o.rowOfName('Lê Văn Cường') - 1][note - 1]);
    expect(before.notes.join('\n')).toContain('(đặt tên khác “Ghi chú”)');
    expect(cell).toMatch(/^1 dòng dưới đây không phải do công cụ ghi[^\n]*đặt tên khác với “Ghi chú”[^\n]*\nĐã gọi điện nhắc trường ngày 08\/06$/);
    expect(tab('Nhật ký lỗi').slice(before.log).map((r) => String(r[2])).join('\n')).not.toMatch(TYPED);
    // No line of history for a note reworded, no document made again.
    expect(tab('Lịch sử thẩm định').length).toBe(hist);
    expect(docsOf(o).sort()).toEqual([...before.docs].sort());
  });

  it('mail 90cdef9 left waiting: the early report\'s receipt goes once, saying it does not count', () => {
    const { o, before } = season(true, 2);
    const { emu, tab } = o;
    expect(before.outbox.get([...before.outbox.keys()].find((k) => k.startsWith('BC:MN01:'))!)).toBe('Chờ gửi');
    goOn(o);
    expect(failures(emu, before.ex)).toEqual([]);
    const receipts = emu.mail.sent.slice(before.sent).filter((m) => m.subject.includes('“Năm 2024”'));
    expect(receipts.map((m) => m.subject)).toEqual(['[Điển hình tiên tiến] Chưa được tính: báo cáo “Năm 2024” (đã nhận) — Trường Mầm non Hoa Sen']);
    expect(bodyOf(receipts[0] as never)).toContain('01/07/2024');
    const waiting = tab('Hộp thư đi').slice(1).filter((r) => String(r[5]) === 'Chờ gửi');
    expect(waiting).toEqual([]);
  });

  it('"Kết thúc giai đoạn…" the morning after the update: it ends (forms closed, triggers removed); no reminder or digest after', () => {
    const { o, before } = season();
    const { emu, menu, tab } = o;
    morning(o);
    emu.spreadsheets.active.answers.push('YES');
    menu('endPeriod');
    const at = emu.mail.sent.length;
    for (let d = 0; d < 6; d++) morning(o);
    menu('rebuildSummaries');
    expect(failures(emu, before.ex)).toEqual([]);
    expect(tab('Tình trạng').find((r) => String(r[0]) === 'Kết thúc giai đoạn')!.map(String)[2]).toBe('Thành công');
    expect(emu.triggers.find('rebuildSummaries')).toHaveLength(0);
    for (const id of [o.formId, emu.properties.script.get('form.report.id')!]) expect(emu.forms.byId(id)!.accepting).toBe(false);
    expect(emu.mail.sent.slice(at).map((m) => m.subject)).toEqual([]);
  });

  it('Sở, June 2027: the open school year reads "Cần bổ sung" with no mail for it; the Giấy khen Tờ trình gets its note, not made again', () => {
    const { o, before } = season(true, 1500, true);
    const { emu, tab } = o;
    const hist = tab('Lịch sử thẩm định').length;
    goOn(o);
    expect(failures(emu, before.ex)).toEqual([]);
    const since = emu.mail.sent.slice(before.sent);
    expect(since.map((m) => m.subject).filter((x) => !/[Nn]hắc hạn 15\/06\/2027|Tổng hợp hằng tuần/.test(x))).toEqual([]);
    expect(tab('Lịch sử thẩm định').length).toBe(hist);
    const duty = tab(SCHOOLS[0].name).map((r) => r.join(' ')).join('\n');
    expect(duty).toContain('Cần bổ sung — năm học 2026-2027 chưa có tập thể, còn hạn đến hết ngày 31/08/2027');
    // The digest names the open year's gap apart, not among schools short of the minimum.
    const digest = since.filter((m) => m.subject.includes('Tổng hợp hằng tuần')).map((m) => bodyOf(m as never));
    expect(digest.length).toBeGreaterThan(0);
    for (const d of digest) expect(d).not.toContain('Đơn vị chưa đủ tối thiểu');
    // The school's view (linked from its reminder) reads as its tab: the open year missing, the early report said once.
    const link = bodyOf(since.find((m) => m.to.includes(SCHOOLS[0].emails[0]))! as never).match(/spreadsheets\/d\/([^/]+)\/edit/)![1];
    const view = emu.spreadsheets.values(VIEW_TAB, link).flat().map(String).join('\n');
    expect(view).toContain('còn hạn đến hết ngày 31/08/2027');
    expect(view.split('gửi quá sớm nên chưa được tính').length - 1).toBe(1);
    // Documents: none made again; the Tờ trình's row carries the authority note, its status "Đã tạo".
    expect(docsOf(o).sort()).toEqual([...before.docs].sort());
    const row = tab('Đề nghị khen thưởng').map((r) => r.map(String)).find((r) => r.some((c) => c.startsWith('Tờ trình đề nghị khen thưởng (Giấy khen)')))!;
    expect(row).toContain('Đã tạo');
    expect(row.join(' ')).toContain('Kiểm tra thẩm quyền trước khi ký');
  });
});

describe('review upgrade6: defects', () => {
  for (const so of [false, true]) {
    it(`F1 (${so ? 'Sở, 2027' : 'Phòng, 2024'}): the school told "Đã nhận" for an annual report sent in June is not told by the June reminder that it does not count`, () => {
      const { o, before } = season(true, 1500, so);
      goOn(o);
      const y = so ? 2027 : 2024;
      const reminder = o.emu.mail.sent.slice(before.sent).find((m) => m.to.includes(SCHOOLS[0].emails[0]) && /[Nn]hắc hạn 15\/06\//.test(m.subject) && m.subject.includes(`15/06/${y}`))!;
      const body = bodyOf(reminder as never);
      // 90cdef9's receipt said it was received and counted; HEAD does not count it and its own receipt is not sent
      // (same outbox key). The school's one e-mail in June asks for the six-month report without a word of it.
      expect(body).toContain(`Báo cáo gửi ngày 07/06/${y} với “Kỳ báo cáo” là “Năm ${y}” chưa được tính vì gửi trước ngày 01/07/${y}`);
      expect(body).toContain(`chọn “Kỳ báo cáo” là “6 tháng đầu năm ${y}”`);
    });
  }
});
