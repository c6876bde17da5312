// Review r67r F7: README — a report counts when it gives its document's number or date; "bản dự thảo … thì không". A
// draft's number is refused only when "dự thảo" opens the answer or comes right before the number
// (src/core/reports.ts isDraft): "Số 12/BC-THCS (dự thảo)", "12/BC-THCS - dự thảo", "Số 12/BC-THCS, đang là dự thảo
// chờ ký", "Báo cáo (dự thảo) 6 tháng đầu năm 2027" — the school saying in so many words that it sends a draft — count
// as the report sent, with a receipt "Đã nhận", the duty met and the reminders silent.
import { describe, expect, it } from 'vitest';
import { reportHasEvidence } from '../../src/core/reports';

const counts = (docRef: string) => reportHasEvidence({ docRef, link: '' });

describe('review r67r F7: a draft named after its number', () => {
  it.each(['Số 12/BC-THCS (dự thảo)', '12/BC-THCS - dự thảo', 'Số 12/BC-THCS, đang là dự thảo chờ ký', 'Báo cáo (dự thảo) 6 tháng đầu năm 2027'])('%j is no document issued', (docRef) => {
    expect(counts(docRef)).toBe(false);
  });

  it('holds today: a draft opening the answer is refused; the issued number beside a mention of the replaced draft counts (review diff40 M2)', () => {
    expect(counts('Dự thảo báo cáo số 12/BC-THCS')).toBe(false);
    expect(counts('31/BC-MNHS ngày 10/6/2027, thay bản dự thảo đã gửi')).toBe(true);
  });
});
