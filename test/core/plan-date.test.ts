// The office's plan against its period (review now N1): the check Thiết lập and the documents share, and the
// instructions for a new period naming the plan's rows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig, periodConfig, planDateNote, planDateProblem } from '../../src/core/config';
import { COPIED_FILE, PERIOD_CHANGED } from '../../src/core/messages/app';

const cfg = (planDate: string) => {
  const c = defaultConfig(new Date(2026, 11, 5), periodConfig(2026, 2030), 'so');
  c.organisation.planNumber = '172/KH-SGDĐT';
  c.organisation.planDate = planDate;
  return c;
};

describe('the date of the office\'s plan (review now N1)', () => {
  it('before 1 January of the year before the period: told at Thiết lập, naming the row and the date read', () => {
    expect(planDateProblem(cfg('14/09/2021').organisation, cfg('').period)).toEqual({ kind: 'before', planDate: '14/09/2021', bound: '2025' });
    expect(planDateProblem(cfg('31/12/2024').organisation, cfg('').period)).toMatchObject({ kind: 'before' });
    expect(planDateProblem(cfg('01/01/2025').organisation, cfg('').period)).toBeNull();
    const note = planDateNote(cfg('14/09/2021'))!;
    expect(note).toContain('Mục “Ngày ban hành Kế hoạch” ở trang “Cấu hình” ghi ngày 14/09/2021, trước năm 2025');
    expect(note).toContain('giai đoạn 2026-2030');
    expect(note).toContain('“Số Kế hoạch của cơ quan”');
    expect(note).toBe(note.normalize('NFC'));
    // A plan of the period, none, or one not read as a date: nothing said at Thiết lập.
    for (const d of ['18/09/2026', '01/01/2025', '', 'tháng 9/2026']) expect(planDateNote(cfg(d))).toBeNull();
  });

  it('after the day of the document citing it (not said at Thiết lập: a plan may be typed before it is signed)', () => {
    const c = cfg('20/12/2026');
    expect(planDateProblem(c.organisation, c.period, new Date(2026, 11, 5, 9))).toEqual({ kind: 'after', planDate: '20/12/2026', bound: '05/12/2026' });
    expect(planDateProblem(c.organisation, c.period, new Date(2026, 11, 20, 9))).toBeNull();
    expect(planDateProblem(c.organisation, c.period)).toBeNull();
    expect(planDateNote(c)).toBeNull();
  });

  it('the instructions for a new period name the plan\'s rows: a copied file\'s step 3, the period-change message', () => {
    const step3 = COPIED_FILE.forgotten.split('\n').find((l) => l.startsWith('3. '))!;
    for (const text of [step3, PERIOD_CHANGED('2021-2025', '2026-2030', 12, 'Phiếu đăng ký')]) {
      expect(text).toContain('“Số Kế hoạch của cơ quan”');
      expect(text).toContain('“Ngày ban hành Kế hoạch”');
    }
    const readme = readFileSync('README.md', 'utf8');
    const step4 = readme.slice(readme.indexOf('### Sang giai đoạn mới')).split('\n4. ')[1].split('\n5. ')[0].replace(/\s+/g, ' ');
    expect(step4).toContain('**Số Kế hoạch của cơ quan** và **Ngày ban hành Kế hoạch**');
  });
});
