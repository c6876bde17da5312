// Review r75s (the award dossier as the thi đua – khen thưởng officer of the receiving level reads it).
//
// Who is hurt: the office's clerk preparing the dossier of a principal of a school a commune runs (from 1/7/2025),
// proposed by a Sở. The tool recognises the nominee as the school's head (the name in the “Hiệu trưởng” column of
// “Đơn vị”) and rightly leaves the report's “Thủ trưởng đơn vị xác nhận, đề nghị” block unnamed for the commune's
// chair. But the Ghi chú of that report in “Đề nghị khen thưởng” opens by listing, among the lines “left out because
// the information is missing”, «cột “Hiệu trưởng” ở trang “Đơn vị” (để trống)» — the column is not empty: it holds
// the nominee's own name, which is how the tool knew. The clerk is sent to fill a column that is filled (and may type
// someone else's name there to silence the note, which would then put that name on the school's collective report).
// Should: say only why the block is left unnamed (the rest of the same note already does), not that the column is
// empty. Severity: Low (a false instruction in the note the clerk follows before signing).
import { describe, expect, it } from 'vitest';
import { nominate, so } from './r68d-lib';
import { SCHOOLS, individualAnswers } from './helpers';
import { Q } from '../../src/core/registration-form';


describe('the report of a principal of a school run by a commune', () => {
  it('does not tell the clerk that the filled “Hiệu trưởng” column of “Đơn vị” is empty', () => {
    const cfg = so(new Date(2027, 11, 20, 8));
    const head = { ...individualAnswers('manager', cfg), [Q.individualName]: SCHOOLS[1].principal, [Q.head]: 'Có' };
    const { progress } = nominate([{ answers: head, school: 1, level: 'bangKhenTinh' }]);
    const row = progress.find((r) => r['Tên tập thể, cá nhân'] === SCHOOLS[1].principal && /^Báo cáo thành tích/.test(r['Văn bản']))!;
    expect(row).toBeDefined();
    // The note does explain the unnamed block (the tool knows the column holds the nominee).
    expect(row['Ghi chú']).toMatch(/là hiệu trưởng/);
    // Today: «…; cột “Hiệu trưởng” ở trang “Đơn vị” (để trống). Người được đề nghị là hiệu trưởng …».
    expect(row['Ghi chú']).not.toMatch(/cột “Hiệu trưởng” ở trang “Đơn vị” \(để trống\)/);
  });
});
