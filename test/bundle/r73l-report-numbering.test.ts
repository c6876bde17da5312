// Review r73l (the award documents read by the office's records/legal officer before the leader signs them).
//
// An optional line of the Báo cáo thành tích whose answer the form lacks is taken out whole (docs/award-documents.md:
// "Dòng tùy chọn không có dữ liệu thì bỏ cả dòng"). In the numbered part II the numbers stay as the template had them,
// so the signed report skips a number:
// - "Thực hiện nhiệm vụ công tác" form, individual, the optional question “Quyền hạn, nhiệm vụ được giao” unanswered:
//   part II opens at "2. Thành tích đạt được: …" (no "1."), then 3., 4., 5.;
// (the default "Theo đợt thi đua, chuyên đề" form drops its item 3 the same way when a nominee has no recognised
// initiative, but such a nominee is not Đạt under the default criteria, so it is not tested here).
// Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II (bố cục của nội dung văn bản: phần, mục, khoản, điểm "được đánh số thứ tự
// bằng chữ số Ả Rập", in order — quoted from the reviewer's copy of the decree); and the report forms (Mẫu báo cáo
// thành tích cá nhân of Nghị định 91/2017/NĐ-CP, 98/2023/NĐ-CP, as docs/award-documents.md lists its parts) keep item
// 1 "Quyền hạn, nhiệm vụ được giao" as a part of the report, not an optional line. A văn thư returns a report whose
// numbering jumps; either the line stays with a visible gap for the school to complete, or the items are renumbered.
import { describe, expect, it } from 'vitest';
import { so, proposalOffice } from './r68d-lib';

/** The numbers of the items of part II ("II. THÀNH TÍCH …" up to the signatures / part III). */
function partTwoNumbers(text: string): number[] {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => /^II\. THÀNH TÍCH/.test(l));
  const to = lines.findIndex((l, i) => i > from && (/^III\. /.test(l) || /^THỦ TRƯỞNG/.test(l)));
  return lines.slice(from + 1, to < 0 ? undefined : to).map((l) => /^(\d+)\.\s/.exec(l)?.[1]).filter((x): x is string => !!x).map(Number);
}

describe('the numbered items of part II of a Báo cáo thành tích', () => {
  it('run 1, 2, 3… without a gap when an optional answer is missing (“Thực hiện nhiệm vụ công tác”, individual)', () => {
    const now = new Date(2028, 5, 20, 8);
    const cfg = so(now);
    cfg.organisation.reportForm = 'duty';
    const o = proposalOffice(cfg, now, [{ teacher: 'Nguyễn Thị Hằng', school: 1, level: 'giayKhen' }], true);
    o.generate();
    const report = o.docs().find((d) => d.name.startsWith('Báo cáo thành tích'))!;
    expect(report).toBeDefined();
    const numbers = partTwoNumbers(report.text);
    expect(numbers.length).toBeGreaterThan(2);
    // Today: [2, 3, 4, 5] — "1. Quyền hạn, nhiệm vụ được giao" taken out, the others keep their numbers.
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });
});
