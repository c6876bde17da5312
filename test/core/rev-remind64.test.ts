// Review remind64 #2: a plan or report whose only copy came from another listed school's address (review d63 F6). The
// reminder and the receipt say the reason is the sender's address; the school's tab said its duty was "Thiếu minh
// chứng" with "chưa ghi số, ngày văn bản hoặc đường liên kết", the "Tổng hợp" cell of the plan "Thiếu minh chứng", and
// the digest "chưa ghi số, ngày văn bản…". Each now says the address; the counts stay those of a duty not done.
import { describe, expect, it } from 'vitest';
import type { OfficeConfig } from '../../src/core/config';
import { digestEmail } from '../../src/core/digest';
import { Q } from '../../src/core/registration-form';
import { districtSummary, schoolSummaries } from '../../src/core/summaries';
import { DUTY_STATUS } from '../../src/core/messages';
import { collectiveAnswers, config2026 as office2026, evaluateOffice, individualAnswers, SCHOOLS } from './helpers';

const [HOA_SEN, HOA_BINH, QUANG_MINH] = SCHOOLS;
const day = new Date(2027, 5, 1, 8, 40);
const cfg: OfficeConfig = office2026(day, { 'mail.reminderDaysBefore': '14; 3' });
const sent = new Date(2026, 9, 16, 9);
const regs = [
  { answers: { ...individualAnswers('teacher', cfg), [Q.school]: HOA_BINH.name }, at: sent },
  { answers: { ...collectiveAnswers(cfg), [Q.school]: HOA_BINH.name }, at: sent },
];
const at = new Date(2026, 11, 10);
const PLAN = 'Kế hoạch giai đoạn 2026-2030 của đơn vị';
const reports = [
  // Hòa Bình: its plan from its own address; "Năm 2026" (with its number) only from Hoa Sen's.
  [at, HOA_SEN.emails[0], HOA_BINH.name, 'Năm 2026', '3/BC', 'Tóm tắt', ''],
  [at, HOA_BINH.emails[0], HOA_BINH.name, PLAN, '3/KH', 'Tóm tắt', ''],
  // Quang Minh: its plan only from Hoa Sen's address; "Năm 2026" from its own, without a number.
  [at, HOA_SEN.emails[0], QUANG_MINH.name, PLAN, '4/KH', 'Tóm tắt', ''],
  [at, QUANG_MINH.emails[0], QUANG_MINH.name, 'Năm 2026', 'chưa có', 'Tóm tắt', ''],
];
const out = evaluateOffice(cfg, regs, reports);
const FROM_HOA_SEN = `từ địa chỉ e-mail của “${HOA_SEN.name}”`;
/** As a duty line says it, after its status "Chưa tính" (review d64b #6: "not counted" once). */
const LINE_FROM_HOA_SEN = `từ địa chỉ e-mail của đơn vị khác (“${HOA_SEN.name}”)`;

describe('review remind64 #2: a duty whose only report came from another school\'s address', () => {
  const summaries = schoolSummaries(out, cfg);
  const of = (code: string) => summaries.find((s) => s.school.code === code)!;

  it('Hòa Bình\'s tab: the reports\' status names the address, not missing evidence; its detail too', () => {
    const line = of(HOA_BINH.code).dutyLines[2];
    expect(line).not.toContain(DUTY_STATUS.missing);
    expect(line).not.toContain('chưa ghi');
    expect(line).toContain(LINE_FROM_HOA_SEN);
    expect(line.startsWith('• Báo cáo 6 tháng và hằng năm (mục IV.2): Chưa tính — ')).toBe(true);
    expect(line).toBe(line.normalize('NFC'));
    // Still a duty not done: counted as the school's tab and "Tổng hợp" count one not met or missing.
    expect(of(HOA_BINH.code).reports).toBe('missing');
  });

  it('Quang Minh: the plan from Hoa Sen\'s address (its status and cell say so), "Năm 2026" without a number (still "Thiếu minh chứng")', () => {
    const s = of(QUANG_MINH.code);
    expect(s.dutyLines[1]).toBe(`• Kế hoạch của đơn vị (mục III.4): Chưa tính — “${PLAN}” gửi ngày 10/12/2026 ${LINE_FROM_HOA_SEN}.`);
    expect(s.planCell).toBe('Chưa tính — gửi từ e-mail đơn vị khác');
    expect(s.dutyLines[2]).toContain(DUTY_STATUS.missing);
    expect(s.plan).toBe('missing');
    expect(s.missing).toContain(FROM_HOA_SEN);
  });

  it('"Tổng hợp" counts neither plan as sent (Hòa Bình\'s own alone), nor any school\'s reports as all sent', () => {
    const tab = districtSummary(out, cfg);
    const total = tab.rows.map((r) => r.map(String)).find((r) => r[0] === 'Tổng cộng' && r.some((c) => c.includes('đã gửi')))!;
    expect(total.filter((c) => c.includes('đã gửi'))).toEqual(['1/3 đã gửi', '0/3 đã gửi đủ']);
    // Its row in the table of schools (the one with its code), the plan's cell.
    const row = tab.rows.map((r) => r.map(String)).find((r) => r[0] === QUANG_MINH.name && r[1] === QUANG_MINH.code && r[2] === '0')!;
    expect(row, JSON.stringify(tab.rows.filter((r) => r[0] === QUANG_MINH.name))).toContain('Chưa tính — gửi từ e-mail đơn vị khác');
  });

  it('the digest names the address for each, not the missing number', () => {
    const body = digestEmail({ output: out, config: cfg, now: day, base: null, reviewValues: null, sheetUrl: '' }, 'x@y.vn').email.body;
    const hb = body.split('\n').find((l) => l.includes(HOA_BINH.name) && l.includes('Năm 2026'))!;
    expect(hb).toContain(FROM_HOA_SEN);
    expect(hb).not.toContain('chưa ghi');
    const qm = body.split('\n').find((l) => l.includes(QUANG_MINH.name) && l.includes(PLAN))!;
    expect(qm).toContain(FROM_HOA_SEN);
  });
});

describe('review d64b #6: a duty line of a copy sent from another school\'s e-mail says "not counted" once', () => {
  const summaries = schoolSummaries(out, cfg);
  const of = (code: string) => summaries.find((s) => s.school.code === code)!;
  const notCounted = (s: string) => s.match(/chưa (được )?tính/gi) ?? [];
  const dashes = (s: string) => s.split(' — ').length - 1;
  it('the plan\'s line: one "Chưa tính", one dash, the copy, its day and the school whose address sent it', () => {
    const line = of(QUANG_MINH.code).dutyLines[1];
    expect({ notCounted: notCounted(line).length, dashes: dashes(line) }, line).toEqual({ notCounted: 1, dashes: 1 });
    expect(line).toBe(`• Kế hoạch của đơn vị (mục III.4): Chưa tính — “${PLAN}” gửi ngày 10/12/2026 ${LINE_FROM_HOA_SEN}.`);
  });

  it('the reports\' line: the same', () => {
    const line = of(HOA_BINH.code).dutyLines[2];
    expect({ notCounted: notCounted(line).length, dashes: dashes(line) }, line).toEqual({ notCounted: 1, dashes: 1 });
    expect(line).toBe(`• Báo cáo 6 tháng và hằng năm (mục IV.2): Chưa tính — Năm 2026 (hạn 15/12/2026) gửi ngày 10/12/2026 ${LINE_FROM_HOA_SEN}.`);
  });

  it('control: what is missing still says why each is not counted; the short cell of the tables is unchanged', () => {
    expect(of(QUANG_MINH.code).missing).toContain(`“${PLAN}” gửi ngày 10/12/2026 từ địa chỉ e-mail của “${HOA_SEN.name}” nên chưa được tính`);
    expect(of(HOA_BINH.code).missing).toBe(`chưa được tính: Năm 2026 (hạn 15/12/2026) gửi ngày 10/12/2026 từ địa chỉ e-mail của “${HOA_SEN.name}”`);
    expect(of(QUANG_MINH.code).planCell).toBe('Chưa tính — gửi từ e-mail đơn vị khác');
  });
});
