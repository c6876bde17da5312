// Review d64b #6: the duty line of a plan or reports sent only from another listed school's e-mail said "not counted"
// twice and carried two dashes ("Chưa tính — gửi từ e-mail đơn vị khác — “…” gửi ngày … nên chưa được tính."). Each
// line now says it once, with one dash; the list of what is missing (the same detail texts) still says why.
import { describe, expect, it } from 'vitest';
import type { OfficeConfig } from '../../src/core/config';
import { Q } from '../../src/core/registration-form';
import { schoolSummaries } from '../../src/core/summaries';
import { collectiveAnswers, config2026 as office2026, evaluateOffice, individualAnswers, SCHOOLS } from './helpers';

const [HOA_SEN, HOA_BINH, QUANG_MINH] = SCHOOLS;
const cfg: OfficeConfig = office2026(new Date(2027, 5, 1, 8, 40), { 'mail.reminderDaysBefore': '14; 3' });
const sent = new Date(2026, 9, 16, 9);
const regs = [
  { answers: { ...individualAnswers('teacher', cfg), [Q.school]: HOA_BINH.name }, at: sent },
  { answers: { ...collectiveAnswers(cfg), [Q.school]: HOA_BINH.name }, at: sent },
];
const at = new Date(2026, 11, 10);
const PLAN = 'Kế hoạch giai đoạn 2026-2030 của đơn vị';
const reports = [
  // Hòa Bình: its plan from its own address; "Năm 2026" only from Hoa Sen's.
  [at, HOA_SEN.emails[0], HOA_BINH.name, 'Năm 2026', '3/BC', 'Tóm tắt', ''],
  [at, HOA_BINH.emails[0], HOA_BINH.name, PLAN, '3/KH', 'Tóm tắt', ''],
  // Quang Minh: its plan only from Hoa Sen's address.
  [at, HOA_SEN.emails[0], QUANG_MINH.name, PLAN, '4/KH', 'Tóm tắt', ''],
  [at, QUANG_MINH.emails[0], QUANG_MINH.name, 'Năm 2026', 'chưa có', 'Tóm tắt', ''],
];
const summaries = schoolSummaries(evaluateOffice(cfg, regs, reports), cfg);
const of = (code: string) => summaries.find((s) => s.school.code === code)!;
const notCounted = (s: string) => s.match(/chưa (được )?tính/gi) ?? [];
const dashes = (s: string) => s.split(' — ').length - 1;
const FROM = `từ địa chỉ e-mail của đơn vị khác (“${HOA_SEN.name}”)`;

describe('review d64b #6: a duty line of a copy sent from another school\'s e-mail says "not counted" once', () => {
  it('the plan\'s line: one "Chưa tính", one dash, the copy, its day and the school whose address sent it', () => {
    const line = of(QUANG_MINH.code).dutyLines[1];
    expect({ notCounted: notCounted(line).length, dashes: dashes(line) }, line).toEqual({ notCounted: 1, dashes: 1 });
    expect(line).toBe(`• Kế hoạch của đơn vị (mục III.4): Chưa tính — “${PLAN}” gửi ngày 10/12/2026 ${FROM}.`);
  });

  it('the reports\' line: the same', () => {
    const line = of(HOA_BINH.code).dutyLines[2];
    expect({ notCounted: notCounted(line).length, dashes: dashes(line) }, line).toEqual({ notCounted: 1, dashes: 1 });
    expect(line).toBe(`• Báo cáo 6 tháng và hằng năm (mục IV.2): Chưa tính — Năm 2026 (hạn 15/12/2026) gửi ngày 10/12/2026 ${FROM}.`);
  });

  it('control: what is missing still says why each is not counted; the short cell of the tables is unchanged', () => {
    expect(of(QUANG_MINH.code).missing).toContain(`“${PLAN}” gửi ngày 10/12/2026 từ địa chỉ e-mail của “${HOA_SEN.name}” nên chưa được tính`);
    expect(of(HOA_BINH.code).missing).toBe(`chưa được tính: Năm 2026 (hạn 15/12/2026) gửi ngày 10/12/2026 từ địa chỉ e-mail của “${HOA_SEN.name}”`);
    expect(of(QUANG_MINH.code).planCell).toBe('Chưa tính — gửi từ e-mail đơn vị khác');
  });
});
