// Review upgrade4: an office on the bundle of 68b94d7 (stored as fixtures/Code-68b94d7.js.gz, as upgrade-season.test.ts
// stores its earlier bundles) updates mid-season into the same Sheet, Drive, properties and triggers, and goes on.
// CN-10 (src/core/validate.ts) now fails a Party member none of whose counted school years was worked: a registration
// the council decided on as 'Đạt' reads 'Chưa đạt' after the update.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { RATING_CHOICES, WORK_CHOICES, schoolYearRow } from '../../src/core/form-titles';
import { typeCell, typeIntoTab } from '../../scripts/user';
import { manifestScopes, recordsOf } from './helpers';
import { failures, oldOffice, oldSeason } from './upgrade-lib';

const oldBundle = () => gunzipSync(readFileSync(new URL('./fixtures/Code-68b94d7.js.gz', import.meta.url))).toString('utf8');
const HAND_EDITOR = 'phophong.hand@example.edu.vn';

/** The season on 68b94d7, the update, then a submission, the nightly runs, documents and Thiết lập on HEAD. */
function season() {
  const o = oldOffice('', { mailQuota: 5, code: oldBundle(), scopes: manifestScopes(), views: true });
  const { emu, menu, tab } = o;
  oldSeason(o, { editTemplate: true });
  // A Party member none of whose counted school years was worked, decided 'Đề nghị khen' (and voted) while 'Đạt'.
  o.submit('Hòa', 0, {
    ...o.teacher('Hoàng Thị Hòa', 0),
    [Q.partyMember]: 'Có',
    [Q.individualRatings]: {
      [schoolYearRow(2021)]: WORK_CHOICES.notEmployed,
      [schoolYearRow(2022)]: WORK_CHOICES.notEmployed,
      [schoolYearRow(2023)]: WORK_CHOICES.newHire,
      [schoolYearRow(2024)]: RATING_CHOICES.none,
    },
  });
  emu.clock.advance(3600_000);
  menu('rebuildSummaries');
  const hoa = String(tab('Thẩm định')[o.rowOfName('Hoàng Thị Hòa') - 1][0]);
  typeCell(emu, 'Thẩm định', o.rowOfName('Hoàng Thị Hòa'), o.col('Quyết định của Hội đồng'), 'Đề nghị khen');
  const council = tab('Họp Hội đồng TĐKT').map((r) => [...r]);
  council.push([hoa, 'Hoàng Thị Hòa', council.find((r) => String(r[0]) === 'DK-000002')![2], 0, '']);
  typeIntoTab(emu, 'Họp Hội đồng TĐKT', council);
  emu.clock.advance(3600_000);
  menu('rebuildSummaries');
  menu('generateProposals');
  for (let i = 0; i < 20 && emu.triggers.find('continueProposals').length > 0; i++) emu.triggers.runDueTimeTriggers(emu.clock.now() + 61_000);
  // The office shares one school's view by hand with its deputy head, as an editor.
  const views = () => new Map([...recordsOf(emu, 'views.v.')].map(([k, v]) => [k.slice('views.v.'.length), JSON.parse(v) as { id: string; sh?: string[] }]));
  const aView = [...views().values()][0];
  emu.sharing.acl(aView.id)!.addEditor(HAND_EDITOR);
  const before = {
    ledger: new Map(tab('Sổ mã phiếu').slice(1).map((r) => [String(r[1]), String(r[0])])),
    council: new Map(tab('Thẩm định').slice(1).map((r) => [String(r[0]), [6, 7].map((i) => String(r[i] ?? '')).join('|')])),
    outbox: new Map(tab('Hộp thư đi').slice(1).map((r) => [String(r[0]), String(r[5])])),
    history: tab('Lịch sử thẩm định').length,
    docs: emu.docs.list().filter((d) => !d.trashed && !d.name.startsWith('Mẫu')).map((d) => d.id),
    viewers: new Map([...views()].map(([k, v]) => [k, [...emu.sharing.acl(v.id)!.viewers].sort().join(',')])),
    sent: emu.mail.sent.length,
    ex: emu.runtime.executions.length,
  };
  expect([...before.outbox.values()].some((s) => s !== 'Đã gửi')).toBe(true);
  expect(before.docs.length).toBeGreaterThan(0);

  emu.clock.advance(3600_000);
  o.update();
  o.submit('Giang', 2, o.teacher('Đỗ Thị Giang', 2));
  // The next morning: the nightly rebuild and the day's jobs by their triggers, then the office's menu items.
  emu.clock.advance(20 * 3600_000);
  emu.triggers.runDueTimeTriggers(emu.clock.now());
  menu('rebuildSummaries', 'timeTrigger');
  menu('sendReminders', 'timeTrigger');
  menu('sendWeeklyDigest', 'timeTrigger');
  menu('generateProposals');
  for (let i = 0; i < 20 && emu.triggers.find('continueProposals').length > 0; i++) emu.triggers.runDueTimeTriggers(emu.clock.now() + 61_000);
  menu('setup');
  for (let d = 0; d < 2; d++) {
    emu.clock.advance(24 * 3600_000);
    emu.triggers.runDueTimeTriggers(emu.clock.now());
  }
  return { o, hoa, before, views, aView };
}

describe('review upgrade4: from 68b94d7, mid-season', () => {
  it('codes, decisions, history, waiting mail, documents and the views\' sharing carry over; no false alarm from the start marks or the forms\' look', () => {
    const { o, hoa, before, views, aView } = season();
    const { emu, tab } = o;
    expect(failures(emu, before.ex)).toEqual([]);
    const ledger = new Map(tab('Sổ mã phiếu').slice(1).map((r) => [String(r[1]), String(r[0])]));
    for (const [rid, c] of before.ledger) expect(ledger.get(rid)).toBe(c);
    expect(ledger.size).toBe(before.ledger.size + 1);
    const council = new Map(tab('Thẩm định').slice(1).map((r) => [String(r[0]), [6, 7].map((i) => String(r[i] ?? '')).join('|')]));
    for (const [c, v] of before.council) expect(council.get(c)).toBe(v);
    // History only grows; what waited is sent, once.
    expect(tab('Lịch sử thẩm định').length).toBeGreaterThanOrEqual(before.history);
    const outbox = new Map(tab('Hộp thư đi').slice(1).map((r) => [String(r[0]), String(r[5])]));
    for (const id of before.outbox.keys()) expect(outbox.get(id)).toBe('Đã gửi');
    const sentIds = (m: Map<string, string>) => [...m.values()].filter((s) => s === 'Đã gửi').length;
    expect(emu.mail.sent.length - before.sent).toBe(sentIds(outbox) - sentIds(before.outbox));
    const docs = emu.docs.list().filter((d) => !d.trashed && !d.name.startsWith('Mẫu')).map((d) => d.id);
    for (const id of before.docs) expect(docs).toContain(id);
    // The views: the same files, the same readers; the editor the office added by hand stays.
    for (const [k, v] of views()) expect([...emu.sharing.acl(v.id)!.viewers].sort().join(',')).toBe(before.viewers.get(k));
    expect([...emu.sharing.acl(aView.id)!.editors]).toContain(HAND_EDITOR);
    // 'Nhật ký lỗi': the one verdict the update changed, nothing else (no form said missing, no run said to have died).
    const log = tab('Nhật ký lỗi').slice(1).map((r) => String(r[2]));
    expect(log).toHaveLength(1);
    expect(log[0]).toContain(`(${hoa})`);
    expect(log[0]).toContain('do công cụ được cập nhật');
    for (const r of tab('Tình trạng').slice(1)) expect(String(r[2])).not.toBe('Không thành công');
    expect(JSON.stringify(tab('Tình trạng'))).not.toMatch(/dừng giữa chừng|không ghi được kết thúc/);
    // The registration now 'Chưa đạt' is not proposed, and the office is told why.
    const dnkt = tab('Đề nghị khen thưởng').map((r) => String(r[0])).join('\n');
    expect(dnkt).toContain(hoa);
    const row = tab('Thẩm định').find((r) => String(r[0]) === hoa)!;
    expect(String(row[4])).toBe('Chưa đạt');
    expect(emu.docs.list().filter((d) => !d.trashed && d.name.includes(hoa))).toEqual([]);
    // The store: the new keys are a few hundred bytes.
    let bytes = 0;
    for (const [k, v] of emu.properties.script) bytes += k.length + v.length;
    expect(bytes).toBeLessThan(50 * 1024);
  });

  it('the council\'s decision held by the update\'s verdict change names the update among its causes, not "the school edited it"', () => {
    const { o, hoa } = season();
    const row = o.tab('Thẩm định').find((r) => String(r[0]) === hoa)!;
    const note = String(row[o.tab('Thẩm định')[0].map(String).indexOf('Ghi chú')]);
    // The decision is held and not proposed, said in the row…
    expect(note).toContain('Quyết định được giữ nhưng chưa có hiệu lực');
    // …for a reason that is true: the school did not edit it; the tool's update changed its verdict.
    expect(note).toContain('công cụ được cập nhật');
    expect(note).not.toContain('kết luận tự động chỉ đổi khi trường sửa phiếu');
  });
});

import { typeIntoTab as typeTab } from '../../scripts/season';
import { directoryRows, numberedSchools, officeAfterSetup, setConfigValues } from './helpers';

describe('review upgrade4: the Biên bản after the update', () => {
  it('the vote on the registration the update made "Chưa đạt" stays in the Biên bản with why it is not proposed, as 68b94d7\'s Biên bản said', () => {
    const { o, hoa } = season();
    const { emu, tab } = o;
    const link = tab('Đề nghị khen thưởng').find((r) => String(r[6]).startsWith('Biên bản') && String(r[9]).startsWith('Đã tạo'))!;
    const id = String(link[7]).match(/\/d\/([^/]+)/)![1];
    const line = emu.docs.text(id).split('\n').find((l) => l.includes('Hoàng Thị Hòa'))!;
    expect(line).toContain('không đưa vào đề nghị:');
    expect(line).toContain('Chưa đạt');
    expect(hoa).toMatch(/^DK-/);
  });
});

describe('review upgrade4: the views\' editors', () => {
  it('an editor the office shared a view with by hand, before "Đơn vị" listed the address, keeps the view when "Đơn vị" drops it again', () => {
    const list = numberedSchools(2);
    const ctx = officeAfterSetup(list);
    setConfigValues(ctx.emu, { 'schoolViews.enabled': 'Có' });
    const rebuild = () => ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    rebuild();
    const id = JSON.parse(recordsOf(ctx.emu, 'views.v.').get('views.v.S:TH01')!).id as string;
    // The office's deputy head edits TH01's view (shared by hand); later TH01 lists that address too, for a while.
    const deputy = 'phophong@example.edu.vn';
    ctx.emu.sharing.acl(id)!.addEditor(deputy);
    typeTab(ctx.emu, 'Đơn vị', directoryRows(list.map((s, i) => (i === 0 ? { ...s, emails: [...s.emails, deputy] } : s))));
    rebuild();
    typeTab(ctx.emu, 'Đơn vị', directoryRows(list));
    rebuild();
    expect([...ctx.emu.sharing.acl(id)!.editors]).toContain(deputy);
  });
});
