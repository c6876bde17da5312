// Review d77 (adversarial reading of this session's changes) F3.
//
// Who is hurt: the school clerk who must correct the form, on a deadline. Commit 41765e6f makes the year of the date in
// an initiative's decision win over the year chosen in "Sáng kiến, giải pháp 1: năm công nhận". A date typed wrong
// ("ngày 12/5/2042" for 12/5/2024: two digits swapped), with the right year 2024 chosen in the list, now makes the
// recognition "after the form was sent", and the school is told: "“Sáng kiến, giải pháp 1: năm công nhận” ghi năm
// 2042, sau ngày gửi phiếu (01/07/2024): … Kiểm tra lại năm công nhận (năm của quyết định) và sửa phiếu." The
// question it names holds 2024; the clerk checks it, finds it right, and cannot tell what to correct. The year 2042
// is in the other question, "Sáng kiến, giải pháp 1: số quyết định công nhận", which the message does not name.
// Should: the message names the question whose text gives that year (the decision's), or says the decision's date
// and the year chosen disagree; never that the year question holds a year it does not.
// Severity: Low–Medium (a false message that sends the school to the wrong field; the initiative is not counted until fixed).
import { describe, expect, it } from 'vitest';
import { confirmationOf } from './helpers';
import { initiativeTitles } from '../../src/core/registration-form';

describe('a decision date typed with the year wrong, the right year chosen (d77 F3)', () => {
  it('the school is not told that the year question holds the wrong year', () => {
    const t = initiativeTitles(1);
    const m = confirmationOf({
      [t.name]: 'Vườn rau sạch của bé',
      [t.decision]: 'Số 45/QĐ-PGDĐT ngày 12/5/2042',
      [t.year]: '2024',
    });
    // The control: the school is told something of the year 2042.
    expect(m.body).toContain('2042');
    // Today: "“Sáng kiến, giải pháp 1: năm công nhận” ghi năm 2042, sau ngày gửi phiếu …" — that question holds 2024.
    expect(m.body).not.toContain(`“${t.year}” ghi năm 2042`);
    expect(m.body).toContain(`“${t.decision}”`);
  });
});
