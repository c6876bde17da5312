// Review "now" N2: the year list of a recognised initiative has only the period's years. A collective whose decision is
// from before the period (45/QĐ-UBND of May 2025, registered in December 2026) is told, in the form and in the
// finding, to give the decision's date in the decision field, and is then met with the true year.
import { describe, expect, it } from 'vitest';
import { buildRegistrationForm, initiativeTitles } from '../../src/core/registration-form';
import { collectiveAnswers, config2026, evaluate } from './helpers';

const t = initiativeTitles(1);
const tt04 = (e: ReturnType<typeof evaluate>) => e.results.find((r) => r.criterionId === 'TT-04-SANG-KIEN')!;

describe('N2: a recognition year before the period', () => {
  const cfg = config2026(new Date(2026, 11, 5, 8));

  it('the decision and year questions say how to give a year before the period', () => {
    const items = buildRegistrationForm(cfg, ['Trường Tiểu học Hòa Bình']).pages.flatMap((p) => p.items);
    const decision = items.find((i) => i.title === t.decision)!;
    const year = items.find((i) => i.title === t.year)!;
    expect(year.choices).toEqual(['2026', '2027', '2028', '2029', '2030']);
    expect(decision.helpText).toBe(
      'Ghi số và ngày ban hành của quyết định công nhận, ví dụ “45/QĐ-UBND ngày 20/5/2025”. Quyết định ban hành trước năm 2026: để trống mục năm công nhận (danh sách chỉ có các năm của giai đoạn), năm công nhận được lấy theo ngày ban hành ghi ở mục này.',
    );
    expect(year.helpText).toContain('Quyết định ban hành trước năm 2026: để trống mục này và ghi ngày ban hành vào mục “Sáng kiến, giải pháp 1: số quyết định công nhận”');
    for (const s of [decision.helpText!, year.helpText!]) expect(s).toBe(s.normalize('NFC'));
  });

  it('the finding of a year left blank says how to give an earlier year; a year chosen but no decision does not', () => {
    const e = evaluate({ ...collectiveAnswers(cfg), [t.decision]: '45/QĐ-UBND', [t.year]: '' }, cfg);
    expect(tt04(e).status).toBe('missing');
    expect(tt04(e).message).toContain('cần bổ sung mục “Sáng kiến, giải pháp 1: năm công nhận”.');
    expect(tt04(e).message).toContain(
      'Nếu quyết định công nhận ban hành trước năm 2026 (danh sách năm công nhận chỉ có các năm của giai đoạn), hãy để trống năm công nhận và ghi ngày ban hành vào mục “Sáng kiến, giải pháp 1: số quyết định công nhận”, ví dụ “45/QĐ-UBND ngày 20/5/2025”; năm công nhận được lấy theo ngày đó.',
    );
    const noDecision = evaluate({ ...collectiveAnswers(cfg), [t.decision]: '', [t.year]: '2026' }, cfg);
    expect(tt04(noDecision).status).toBe('missing');
    expect(tt04(noDecision).message).not.toContain('trước năm 2026');
  });

  it('following the advice, the collective meets TT-04 with the decision’s own year (2025), not a year of the period', () => {
    const e = evaluate({ ...collectiveAnswers(cfg), [t.decision]: '45/QĐ-UBND ngày 20/5/2025', [t.year]: '' }, cfg);
    expect(tt04(e).status).toBe('met');
    expect(e.registration.initiatives[0].year).toBe(2025);
  });
});
