// The weekly digest: counts by verdict and kind with the change since the last digest, new and edited registrations,
// schools short of the minimum, overdue reports, what waits for the council, the next 30 days' milestones, the
// compact stored baseline, and planning (one a day, an older pending one superseded).
import { describe, expect, it } from 'vitest';
import {
  digestCounts,
  digestEmail,
  digestKey,
  digestStateText,
  parseDigestState,
  planDigest,
  promoteDigestState,
  waitingForReview,
  type DigestBaseline,
} from '../../src/core/digest';
import { evaluateAll } from '../../src/core/evaluate';
import type { OutboxEntry } from '../../src/core/outbox';
import { scoreTotal } from '../../src/core/validate';
import { DIGEST_EMAIL } from '../../src/core/messages';
import { buildReportForm, Q, responseHeaders } from '../../src/core/registration-form';
import { REVIEW_COLUMNS, REVIEW_HEADERS } from '../../src/core/review';
import { answersToRow, collectiveAnswers, config2026 as office2026, directoryRows, form, headerRow, individualAnswers, SCHOOLS } from './helpers';

const [HOA_SEN, HOA_BINH, QUANG_MINH] = SCHOOLS;

const config2026 = (today: Date) => office2026(today, { 'mail.digestRecipients': 'thuongtruc@phong.example; lanhdao@phong.example' });

const NOW = new Date(2026, 8, 7, 7, 0, 0); // Monday 07/09/2026
const cfg = config2026(NOW);
const f = form(cfg);
const rf = buildReportForm(cfg, SCHOOLS.map((s) => s.name));

const regRows = [
  answersToRow(f, { ...collectiveAnswers(cfg), [Q.school]: HOA_SEN.name, [Q.collectiveName]: 'Tổ Mẫu giáo Hoa & Sen > 5 tuổi' }, new Date(2026, 7, 20, 9), 'a@x.vn'),
  answersToRow(f, { ...individualAnswers('teacher', cfg), [Q.school]: HOA_SEN.name }, new Date(2026, 7, 21, 9), 'a@x.vn'),
  answersToRow(f, { ...collectiveAnswers(cfg), [Q.school]: HOA_BINH.name, [Q.collectiveName]: 'Tổ Toán', [Q.movements]: {} }, new Date(2026, 8, 3, 9), 'b@x.vn'),
];
const reports = [[new Date(2026, 8, 1), 'c@x.vn', QUANG_MINH.name, 'Kế hoạch giai đoạn 2026-2030 của đơn vị', '15/KH-THCS', 'Tóm tắt', '']];
const output = evaluateAll({
  config: cfg,
  directoryRows: directoryRows(),
  responseValues: [headerRow(f), ...regRows],
  reportValues: [['Dấu thời gian', 'Địa chỉ email', ...responseHeaders(rf)], ...reports],
});

/** The line an inbox shows under the subject (render's hidden preheader). */
const preheaderOf = (html: string) => /display:none[^>]*>([^<]*)</.exec(html)?.[1] ?? '';

describe('the digest e-mail', () => {
  it('the first one: counts by kind and verdict, schools short of the minimum, waiting Đạt, the next 30 days, the link', () => {
    const { email, baseline } = digestEmail({ output, config: cfg, now: NOW, base: null, reviewValues: null, sheetUrl: 'https://docs.google.com/spreadsheets/d/abc' }, 'thuongtruc@phong.example');
    const b = email.body;
    expect(email.subject).toContain('07/09/2026');
    expect(b).toContain('Tổng cộng: 3 phiếu — Đạt ');
    expect(b).toMatch(/Tập thể: 2 phiếu/);
    expect(b).toMatch(/Cá nhân: 1 phiếu/);
    expect(b).toContain('Đây là thư tổng hợp đầu tiên');
    // Minimum (III.1), per school year: Hòa Bình has no individual, Quang Minh nothing; Hoa Sen has both. 2026-2027 is
    // still open (until 31/08/2027): listed as yet to register, not among the schools short (review openyear).
    expect(b).toContain(DIGEST_EMAIL.minimumOpenTitle('2026-2027', '31/08/2027', 2));
    expect(b).toContain(`${HOA_BINH.name}: chưa có cá nhân`);
    expect(b).toContain(`${QUANG_MINH.name}: chưa có tập thể và cá nhân`);
    expect(b).not.toContain(`${HOA_SEN.name}: chưa có`);
    expect(b).not.toContain(DIGEST_EMAIL.minimumTitle(2));
    // The plan is due 30/09/2026 (23 days), the registration opens 01/10/2026 (24 days); 1 of 3 schools sent its plan.
    expect(b).toContain('30/09/2026 (còn 23 ngày): Hạn nộp Kế hoạch giai đoạn 2026-2030 của đơn vị — 1/3 đơn vị đã gửi');
    expect(b).toContain('01/10/2026 (còn 24 ngày): Bắt đầu nhận đăng ký');
    expect(b).not.toContain('Các đơn vị ban hành kế hoạch'); // the KE-HOACH milestone is the plan deadline, shown once
    expect(b).toContain('Phiếu đạt chờ Hội đồng thẩm định');
    expect(b).toContain('Mở bảng tính: https://docs.google.com/spreadsheets/d/abc');
    // A name may hold "&" and ">" (markup is refused when registered: registration.ts implausibleName): escaped.
    expect(email.htmlBody).not.toContain('Hoa & Sen > 5');
    expect(email.htmlBody).toContain('Hoa &amp; Sen &gt; 5');
    expect(baseline).toEqual({ at: NOW.getTime(), counts: digestCounts(output.registrations), maxRow: 4 });
    // Under the subject in the inbox: the week in one line, as the body counts it, not the greeting.
    const dat = /Tổng cộng: 3 phiếu — Đạt (\d+)/.exec(b)![1];
    const waiting = /Phiếu đạt chờ Hội đồng thẩm định[^\d]*(\d+)/.exec(b)![1];
    // No school year closed short: none counted as short (review openyear).
    expect(preheaderOf(email.htmlBody)).toBe(`3 phiếu (${dat} đạt); ${waiting} phiếu đạt chờ Hội đồng quyết định.`);
  });

  it('later ones: the change in counts and the new and edited registrations since the last digest', () => {
    const base: DigestBaseline = { at: new Date(2026, 7, 31, 7).getTime(), counts: digestCounts(output.registrations.slice(0, 2)), maxRow: 3 };
    // Row 3 (the individual, 21/08) was edited after the last digest.
    const edited = evaluateAll({
      config: cfg,
      directoryRows: directoryRows(),
      responseValues: [headerRow(f), regRows[0], answersToRow(f, { ...individualAnswers('teacher', cfg), [Q.school]: HOA_SEN.name }, new Date(2026, 8, 2, 9), 'a@x.vn'), regRows[2]],
      reportValues: [],
      // The register of codes: when each was first sent (an edit keeps its registration's first time).
      firstSent: new Map([['DK-000003', new Date(2026, 7, 21, 9).getTime()]]),
    });
    const b = digestEmail({ output: edited, config: cfg, now: NOW, base, reviewValues: null, sheetUrl: '' }, 'x@y.vn').email.body;
    expect(b).toContain('Tổng cộng: 3 phiếu (+1)');
    expect(b).toContain('Tập thể: 2 phiếu (+1)');
    expect(b).toContain('Cá nhân: 1 phiếu —');
    expect(b).toContain('Phiếu mới và phiếu được sửa từ thư tổng hợp trước (07:00 ngày 31/08/2026)');
    expect(b).toContain('Mới: DK-000004 — Trường Tiểu học Hòa Bình — tập thể “Tổ Toán”');
    expect(b).toContain('Sửa: DK-000003 — Trường Mầm non Hoa Sen — cá nhân');
    expect(b).not.toMatch(/(Mới|Sửa): DK-000002/);
    expect(b).not.toContain('Mở bảng tính');
    expect(preheaderOf(digestEmail({ output: edited, config: cfg, now: NOW, base, reviewValues: null, sheetUrl: '' }, 'x@y.vn').email.htmlBody)).toMatch(/^3 phiếu \(\d+ đạt\); 2 phiếu mới hoặc được sửa kể từ thư trước; /);
    // Nothing new since: said so.
    const quiet = digestEmail({ output: edited, config: cfg, now: NOW, base: { ...base, at: NOW.getTime() - 1000 }, reviewValues: null, sheetUrl: '' }, 'x@y.vn').email;
    expect(preheaderOf(quiet.htmlBody)).toContain('; không có phiếu mới hay phiếu sửa kể từ thư trước');
  });

  it('a registration is new by when it was first sent, not by its row (the office deleted a row), and says which one it replaces', () => {
    // The last digest (04/09) had seen rows up to 4. The office then deleted row 2; a school re-registered the same
    // teacher (DK-000003's subject) on 05/09: the new response lands on row 4, a row the last digest had seen.
    const base: DigestBaseline = { at: new Date(2026, 8, 4, 7).getTime(), counts: digestCounts(output.registrations), maxRow: 4 };
    const after = evaluateAll({
      config: cfg,
      directoryRows: directoryRows(),
      responseValues: [headerRow(f), regRows[1], regRows[2], answersToRow(f, { ...individualAnswers('teacher', cfg), [Q.school]: HOA_SEN.name }, new Date(2026, 8, 5, 9), 'a@x.vn')],
      reportValues: [],
      responseIds: new Map([[2, 'DK-000003'], [3, 'DK-000004'], [4, 'DK-000005']]),
      firstSent: new Map([['DK-000003', new Date(2026, 7, 21, 9).getTime()], ['DK-000004', new Date(2026, 8, 3, 9).getTime()], ['DK-000005', new Date(2026, 8, 5, 9).getTime()]]),
    });
    expect(after.registrations.find((r) => r.id === 'DK-000003')?.flags.supersededBy).toBe('DK-000005');
    const b = digestEmail({ output: after, config: cfg, now: NOW, base, reviewValues: null, sheetUrl: '' }, 'x@y.vn').email.body;
    expect(b).toContain('Mới: DK-000005 — Trường Mầm non Hoa Sen — cá nhân');
    expect(b).toMatch(/Mới: DK-000005 — .* \(thay phiếu DK-000003\)/);
    expect(b).not.toContain('Sửa: DK-000005');
    // The replaced registration is no longer in force: not listed as a change of its own; DK-000004 (03/09) is old news.
    expect(b).not.toMatch(/(Mới|Sửa): DK-00000[34]/);
  });

  it('one that arrived or was edited since and does not count is listed, not counted, with the one in force (review r83e F1)', () => {
    const base: DigestBaseline = { at: new Date(2026, 8, 4, 7).getTime(), counts: digestCounts(output.registrations), maxRow: 4 };
    const person = (name: string) => ({ ...individualAnswers('teacher', cfg), [Q.school]: HOA_SEN.name, [Q.individualName]: name, [Q.birthYear]: '1985' });
    const ids = new Map([[2, 'DK-000002'], [3, 'DK-000003'], [4, 'DK-000004']]);
    // DK-000002, first sent 20/08, edited 05/09 into the subject of DK-000003 (first sent 21/08, later: in force).
    const movedIn = evaluateAll({
      config: cfg,
      directoryRows: directoryRows(),
      responseValues: [headerRow(f), answersToRow(f, person('Trần Thị Lan'), new Date(2026, 8, 5, 9), 'a@x.vn'), answersToRow(f, person('Trần Thị Lan'), new Date(2026, 7, 21, 9), 'a@x.vn'), regRows[2]],
      reportValues: [],
      responseIds: ids,
      firstSent: new Map([['DK-000002', new Date(2026, 7, 20, 9).getTime()], ['DK-000003', new Date(2026, 7, 21, 9).getTime()], ['DK-000004', new Date(2026, 8, 3, 9).getTime()]]),
    });
    expect(movedIn.registrations.find((r) => r.id === 'DK-000002')?.flags.supersededBy).toBe('DK-000003');
    const b = digestEmail({ output: movedIn, config: cfg, now: NOW, base, reviewValues: null, sheetUrl: '' }, 'x@y.vn').email.body;
    expect(b).toMatch(/Sửa: DK-000002 — Trường Mầm non Hoa Sen — cá nhân “Trần Thị Lan” — không được xét \(trùng với phiếu DK-000003[;)]/);
    expect(b).not.toContain('Không có phiếu mới hay phiếu sửa nào');
    expect(b).not.toMatch(/(Mới|Sửa): DK-00000[34]/);
    // Both sent since: the replaced one is named on its replacement's line only ("thay phiếu …"), not on a line of its own.
    const both = digestEmail({ output: movedIn, config: cfg, now: NOW, base: { ...base, at: new Date(2026, 7, 19).getTime() }, reviewValues: null, sheetUrl: '' }, 'x@y.vn').email.body;
    expect(both).toMatch(/Mới: DK-000003 — .* \(thay phiếu DK-000002\)/);
    expect(both).not.toMatch(/(Mới|Sửa): DK-000002/);
  });

  it('waiting for review: the Đạt registrations still "Chờ thẩm định" in Thẩm định (new ones included), highest score first; the others counted', () => {
    const header = REVIEW_COLUMNS.map((k) => REVIEW_HEADERS[k]);
    const dec = REVIEW_COLUMNS.indexOf('decision');
    const row = (id: string, decision: string) => {
      const r: unknown[] = new Array(header.length).fill('');
      r[0] = id;
      r[dec] = decision;
      return r;
    };
    // DK-000002: collective, Đạt, score 12; DK-000003: individual, Đạt, 17; DK-000004 (not in the tab yet): Cần bổ sung.
    expect(output.registrations.map((r) => `${r.id} ${r.verdict} ${scoreTotal(r)}`)).toEqual(['DK-000002 dat 12', 'DK-000003 dat 17', 'DK-000004 canBoSung 12']);
    const decided = [header, row('DK-000002', 'Đề nghị khen'), row('DK-000003', 'Chờ thẩm định')];
    const w = waitingForReview(decided, output.registrations);
    expect(w).toMatchObject({ fromTab: true, others: 1 });
    expect(w.list.map((r) => r.id)).toEqual(['DK-000003']);
    // Both undecided: the higher score first, whatever the tab's order; the Cần bổ sung one is not listed.
    const undecided = [header, row('DK-000002', 'Chờ thẩm định'), row('DK-000003', 'Chờ thẩm định')];
    expect(waitingForReview(undecided, output.registrations).list.map((r) => r.id)).toEqual(['DK-000003', 'DK-000002']);
    const fallback = waitingForReview(null, output.registrations);
    expect(fallback).toMatchObject({ fromTab: false, others: 0 });
    expect(fallback.list.map((r) => r.id)).toEqual(['DK-000003', 'DK-000002']);
    const b = digestEmail({ output, config: cfg, now: NOW, base: null, reviewValues: undecided, sheetUrl: '' }, 'x@y.vn').email.body;
    const block = b.slice(b.indexOf('Phiếu đạt chờ Hội đồng thẩm định'), b.indexOf('Các mốc trong'));
    expect(block.split('\n').filter((l) => l !== '')).toEqual([
      'Phiếu đạt chờ Hội đồng thẩm định (trang “Thẩm định”) — 2 phiếu, điểm ưu tiên cao trước:',
      `- DK-000003 — ${HOA_SEN.name} — cá nhân “${output.registrations[1].name}” — điểm ưu tiên 17`,
      `- DK-000002 — ${HOA_SEN.name} — tập thể “Tổ Mẫu giáo Hoa & Sen > 5 tuổi” — điểm ưu tiên 12`,
      'Ngoài ra 1 phiếu chưa đạt hoặc cần bổ sung cũng chưa có quyết định của Hội đồng (không liệt kê ở đây; xem trang “Thẩm định”).',
    ]);
    // All decided: no list, and nothing about others when none wait.
    const all = [header, row('DK-000002', 'Đề nghị khen'), row('DK-000003', 'Không đề nghị'), row('DK-000004', 'Yêu cầu bổ sung')];
    const none = digestEmail({ output, config: cfg, now: NOW, base: null, reviewValues: all, sheetUrl: '' }, 'x@y.vn').email.body;
    expect(none).toContain('Không có phiếu đạt nào chờ Hội đồng thẩm định.');
    expect(none).not.toContain('Ngoài ra');
  });

  it('waiting for review: at most 40 listed, the highest scores, the rest counted', () => {
    const many = Array.from({ length: 45 }, (_, i) =>
      answersToRow(f, { ...individualAnswers('teacher', cfg), [Q.school]: HOA_BINH.name, [Q.individualName]: `Giáo viên ${i}` }, new Date(2026, 7, 1, 8, i), 'b@x.vn'),
    );
    const big = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(f), regRows[0], ...many], reportValues: [] });
    // The collective, sent first, scores lower than the 45 individuals: the 46th by score, not listed.
    const lowest = big.registrations[0];
    expect(scoreTotal(lowest)).toBeLessThan(scoreTotal(big.registrations[1]));
    const b = digestEmail({ output: big, config: cfg, now: NOW, base: null, reviewValues: null, sheetUrl: '' }, 'x@y.vn').email.body;
    expect(b).toContain('Phiếu đạt chờ Hội đồng thẩm định — 46 phiếu, điểm ưu tiên cao trước:');
    expect(b).toContain('… và 6 mục khác (xem đủ ở trang “Thẩm định”).');
    expect(b).not.toContain(`${lowest.id} —`);
    expect(b).toContain(`- ${big.registrations[1].id} —`);
  });

  it('overdue plans and reports, after their deadline', () => {
    const late = new Date(2026, 9, 5, 7);
    const b = digestEmail({ output, config: { ...cfg, today: late }, now: late, base: null, reviewValues: null, sheetUrl: '' }, 'x@y.vn').email.body;
    expect(b).toContain('Đơn vị chưa gửi đủ kế hoạch, báo cáo đã đến hạn — 2 đơn vị');
    expect(b).toContain(`${HOA_SEN.name}: thiếu “Kế hoạch giai đoạn 2026-2030 của đơn vị”`);
    expect(b).not.toContain(`${QUANG_MINH.name}: thiếu`);
  });
});

describe('the stored baseline', () => {
  it('is compact and survives bad input', () => {
    const s = { base: { at: 1, counts: [1, 2, 3, 4, 5, 6, 7, 8, 9], maxRow: 120 }, composed: { at: 2, counts: new Array(9).fill(100000), maxRow: 99999, key: 'TH:2026-09-07' } };
    const text = digestStateText(s);
    expect(text.length).toBeLessThan(250);
    expect(parseDigestState(text)).toEqual(s);
    expect(parseDigestState('{bad')).toEqual({ base: null, composed: null });
    expect(parseDigestState(null)).toEqual({ base: null, composed: null });
  });

  it('a composed digest becomes the baseline only once the outbox shows it sent', () => {
    const s = { base: null, composed: { at: 5, counts: new Array(9).fill(0), maxRow: 2, key: 'TH:2026-09-07' } };
    const entry = (status: OutboxEntry['status']): OutboxEntry => ({
      key: 'TH:2026-09-07', kind: 'digest', ref: '', to: 'a@b.vn', subject: '', status, createdAt: new Date(0), sentAt: null, attempts: 1, note: '',
    });
    expect(promoteDigestState(s, [entry('failed')])).toBe(s);
    expect(promoteDigestState(s, [entry('sent')])).toEqual({ base: { at: 5, counts: s.composed.counts, maxRow: 2 }, composed: null });
  });
});

describe('planning', () => {
  it('one digest a day to the configured staff; an older one still pending is superseded; none without recipients', () => {
    const one = planDigest([], cfg, NOW, true, 'S');
    expect(one).toHaveLength(1);
    expect(one[0]).toMatchObject({ key: 'TH:2026-09-07', kind: 'digest', to: 'thuongtruc@phong.example,lanhdao@phong.example', status: 'pending' });
    expect(planDigest(one, cfg, new Date(2026, 8, 7, 9), true, 'S')).toEqual(one);
    const next = planDigest(one, cfg, new Date(2026, 8, 14, 7), true, 'S');
    expect(next.map((e) => `${e.key} ${e.status}`)).toEqual(['TH:2026-09-07 skipped', 'TH:2026-09-14 pending']);
    expect(planDigest(one, cfg, NOW, false, 'S')).toEqual(one);
    expect(planDigest([], { ...cfg, mail: { ...cfg.mail, digestRecipients: [] } }, NOW, true, 'S')).toEqual([]);
    expect(digestKey(new Date(2027, 0, 4, 23, 59))).toBe('TH:2027-01-04');
  });
});
