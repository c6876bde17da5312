// Review upgrade5: an office on the bundle of 6ee8645 (stored as fixtures/Code-6ee8645.js.gz, as rev-upgrade4 stores
// 68b94d7's) updates mid-season into the same Sheet, Drive, properties and triggers, and goes on. HEAD keeps the lines a
// person typed into "Ghi chú" of "Thẩm định" (src/core/review-notes.ts tells the tool's by their shape), cites the
// office's plan with a visible gap when "Cấu hình" leaves it empty, and has "Kết thúc giai đoạn…".
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { typeCell } from '../../scripts/user';
import { alertsShown, manifestScopes, setConfigValues } from './helpers';
import { failures, oldOffice, oldSeason } from './upgrade-lib';

const oldBundle = () => gunzipSync(readFileSync(new URL('./fixtures/Code-6ee8645.js.gz', import.meta.url))).toString('utf8');
const TYPED = /không phải do công cụ ghi/;

/** The season on 6ee8645: oldSeason, then a second registration of a person, an unverified sender, an unknown decision, a
 * request without comment, an edit after the council's decision, documents again; mail left waiting (quota 5). */
function season(opts: { emptyPlan?: boolean; decision?: string } = {}) {
  const o = oldOffice('', { mailQuota: 5, code: oldBundle(), scopes: manifestScopes(), views: true });
  const { emu, menu, tab } = o;
  if (opts.emptyPlan) setConfigValues(emu, { 'plan.number': '', 'plan.date': '' });
  oldSeason(o, { editTemplate: true });
  o.submit('Em', 0, o.teacher('Nguyễn Văn An', 0));
  emu.clock.advance(60_000);
  emu.forms.submitAsUser(o.formId, o.teacher('Vũ Văn Giỏi', 2) as never, { email: 'stranger@gmail.com' });
  emu.clock.advance(3600_000);
  menu('rebuildSummaries');
  const dec = o.col('Quyết định của Hội đồng');
  typeCell(emu, 'Thẩm định', o.rowOfName('Phạm Thị Dung'), dec, opts.decision ?? 'Khen luôn');
  typeCell(emu, 'Thẩm định', o.rowOfName('Vũ Văn Giỏi'), dec, 'Yêu cầu bổ sung');
  o.submit('An', 0, o.teacher('Nguyễn Văn Anh', 0), 'An');
  emu.clock.advance(3600_000);
  menu('rebuildSummaries');
  menu('generateProposals');
  for (let i = 0; i < 20 && emu.triggers.find('continueProposals').length > 0; i++) emu.triggers.runDueTimeTriggers(emu.clock.now() + 61_000);
  // The next rebuild on 6ee8645 (it drops the withdrawn proposal's note of DK-000002 itself, as it did before).
  emu.clock.advance(600_000);
  menu('rebuildSummaries');
  const notes = () => tab('Thẩm định').map((r) => `${r[0]} | ${r[o.col('Ghi chú') - 1]}`);
  const docs = () => emu.docs.list().filter((d) => !d.trashed && !d.name.startsWith('Mẫu')).map((d) => d.id);
  const before = {
    notes: notes(),
    ex: emu.runtime.executions.length,
    log: tab('Nhật ký lỗi').length,
    sent: emu.mail.sent.length,
    outbox: new Map(tab('Hộp thư đi').slice(1).map((r) => [String(r[0]), String(r[5])])),
    docs: docs(),
  };
  emu.clock.advance(3600_000);
  o.update();
  return { o, before, notes, docs, dec };
}
const logSince = (o: ReturnType<typeof oldOffice>, from: number) => o.tab('Nhật ký lỗi').slice(Math.max(1, from)).map((r) => String(r[2]));
const morning = (o: ReturnType<typeof oldOffice>) => {
  o.emu.clock.advance(20 * 3600_000);
  o.emu.triggers.runDueTimeTriggers(o.emu.clock.now());
};

describe('review upgrade5: from 6ee8645, mid-season', () => {
  it('the tool\'s notes 6ee8645 wrote stay the tool\'s; waiting mail goes once; documents, decisions carry over; nothing throws', () => {
    const { o, before, notes, docs } = season();
    const { emu, menu, tab } = o;
    // The kinds of notes 6ee8645 wrote are there to be read.
    const all = before.notes.join('\n');
    for (const s of ['không thuộc danh sách', 'chưa xác minh', 'Hãy ghi “Nhận xét”', 'Phiếu đã khác với lúc Hội đồng quyết định', 'Đã đề nghị tặng']) expect(all).toContain(s);
    menu('rebuildSummaries');
    morning(o);
    menu('rebuildSummaries', 'timeTrigger');
    menu('sendReminders', 'timeTrigger');
    menu('sendWeeklyDigest', 'timeTrigger');
    menu('generateProposals');
    for (let i = 0; i < 20 && emu.triggers.find('continueProposals').length > 0; i++) emu.triggers.runDueTimeTriggers(emu.clock.now() + 61_000);
    menu('setup');
    morning(o);
    morning(o);
    expect(failures(emu, before.ex)).toEqual([]);
    // Not one of the tool's notes taken for a person's: the cells as 6ee8645 left them, nothing told in "Nhật ký lỗi".
    const now = notes();
    for (const line of before.notes) expect(now).toContain(line);
    expect(now.join('\n')).not.toMatch(TYPED);
    expect(logSince(o, before.log).join('\n')).not.toMatch(TYPED);
    // Waiting mail sent once, nothing sent twice.
    const outbox = new Map(tab('Hộp thư đi').slice(1).map((r) => [String(r[0]), String(r[5])]));
    for (const [id, s] of before.outbox) if (s === 'Đã gửi') expect(outbox.get(id)).toBe('Đã gửi');
    const sentIds = (m: Map<string, string>) => [...m.values()].filter((s) => s === 'Đã gửi').length;
    expect(emu.mail.sent.length - before.sent).toBe(sentIds(outbox) - sentIds(before.outbox));
    // Each mail sent since is one row that waited or was new, sent once (the receipt of an edit repeats the first's subject by design).
    const mailed = emu.mail.sent.slice(before.sent).map((m) => `${m.to.join(',')}|${m.subject}`).sort();
    const rows = tab('Hộp thư đi').slice(1).filter((r) => String(r[5]) === 'Đã gửi' && before.outbox.get(String(r[0])) !== 'Đã gửi').map((r) => `${String(r[3]).split(/,\s*/).join(',')}|${r[4]}`).sort();
    expect(mailed).toEqual(rows);
    // Documents of 6ee8645 kept, none made again by the update (the Tờ trình's note: see the defect below).
    for (const id of before.docs) expect(docs()).toContain(id);
    expect(docs().length).toBe(before.docs.length);
    for (const r of tab('Tình trạng').slice(1)) expect(String(r[2])).not.toBe('Không thành công');
    expect(JSON.stringify(tab('Tình trạng'))).not.toMatch(/dừng giữa chừng|không ghi được kết thúc/);
  });

  it('"Kết thúc giai đoạn…" right after the update, with the mail 6ee8645 left waiting sent: it ends (forms closed, triggers removed)', () => {
    const { o, before } = season();
    const { emu, menu, tab } = o;
    menu('rebuildSummaries');
    for (let d = 0; d < 3; d++) morning(o);
    const waiting = tab('Hộp thư đi').slice(1).filter((r) => String(r[5]) === 'Chờ gửi');
    expect(waiting).toEqual([]);
    emu.spreadsheets.active.answers.push('YES');
    menu('endPeriod');
    expect(failures(emu, before.ex)).toEqual([]);
    const health = tab('Tình trạng').find((r) => String(r[0]) === 'Kết thúc giai đoạn')!.map(String);
    expect(health[2]).toBe('Thành công');
    expect(emu.triggers.find('rebuildSummaries')).toHaveLength(0);
    expect(alertsShown(emu).join('\n')).not.toMatch(/Không thành công|lỗi/i);
  });
});

describe('review upgrade5: defects', () => {
  it('a note 6ee8645 wrote on a decision typed with quotation marks is taken for a person\'s once the decision is corrected', () => {
    // Pasted from a document, the decision carries its curly quotes: 6ee8645 wrote its "không thuộc danh sách" note.
    const { o, before, notes, dec } = season({ decision: 'Đề nghị khen “Bằng khen UBND tỉnh”' });
    const { emu, menu } = o;
    expect(before.notes.join('\n')).toContain('Quyết định “Đề nghị khen “Bằng khen UBND tỉnh”” không thuộc danh sách');
    // After the update the council picks the decision from the list; the next rebuild.
    typeCell(emu, 'Thẩm định', o.rowOfName('Phạm Thị Dung'), dec, 'Đề nghị khen');
    emu.clock.advance(3600_000);
    menu('rebuildSummaries');
    const row = notes().find((l) => l.startsWith('DK-000005'))!;
    // Nobody typed into that cell: no line of it is a person's, nothing is told in "Nhật ký lỗi".
    expect(logSince(o, before.log).join('\n')).not.toMatch(TYPED);
    expect(row).not.toMatch(TYPED);
  });

  it('office with the plan rows empty: the Tờ trình 6ee8645 made is kept, but its note says it holds a "[… — cơ quan bổ sung]" line it does not have', () => {
    const { o, before } = season({ emptyPlan: true });
    const { emu, menu, tab } = o;
    menu('rebuildSummaries');
    menu('generateProposals');
    for (let i = 0; i < 20 && emu.triggers.find('continueProposals').length > 0; i++) emu.triggers.runDueTimeTriggers(emu.clock.now() + 61_000);
    const row = tab('Đề nghị khen thưởng').find((r) => String(r[6]).startsWith('Tờ trình') && String(r[9]).startsWith('Đã tạo'))!.map(String);
    const id = row[7].match(/\/d\/([^/]+)/)![1];
    // The kept document is 6ee8645's (no new document made by the update)…
    expect(before.docs).toContain(id);
    const text = emu.docs.text(id);
    // …whose căn cứ of the plan cites a plan with neither number nor date, and holds no gap to fill.
    expect(text).toMatch(/Căn cứ Kế hoạch của [^\n]+ về việc phát hiện/);
    expect(text).not.toContain('cơ quan bổ sung]');
    // Failed on 16d2d2d: the office was told to fill a "[… — cơ quan bổ sung]" line in this Tờ trình, which has none.
    expect(row[10]).not.toContain('Tờ trình còn dòng “[… — cơ quan bổ sung]”');
  });
});

