// Review r70u (looking at out/van-phong.xlsx as a clerk would): on "Đề nghị khen thưởng" only the heading row wraps.
// A data row's "Trạng thái" ("Đã tạo — cần sửa nội dung trước khi trình ký (xem Ghi chú)", ~58 characters in a
// 170 px column), its "Văn bản" ("Báo cáo thành tích cá nhân (Giấy khen)" in 210 px, next to a filled "Liên kết")
// and its "Ghi chú" (the last column: the checks to make before signing, often several hundred characters, in 320 px
// with no column to its right to run into) are cut off: the clerk sees "Đã tạo — cần sửa nội dung trướ" and never
// the note. A cell whose text is wider than its column must wrap.
import { describe, expect, it } from 'vitest';
import { clippedCells } from './readable-lib';
import { Q, SELF_DECLARED } from '../../src/core/registration-form';
import { markNominees } from '../../scripts/documents';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

const TAB = 'Đề nghị khen thưởng';

function officeWithJunkSummary() {
  const o = officeAfterSetup(SCHOOLS);
  const rows = o.emu.spreadsheets.values('Cấu hình');
  const row = rows.findIndex((r) => r[0] === 'Người ký tờ trình') + 1;
  o.emu.runtime.execute(() => o.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Cấu hình')!.getRange(row, 2).setValue('Trần Văn Minh'), { kind: 'node' });
  const base = { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[0].name };
  const answers = [
    { ...base, [Q.individualName]: 'Nguyễn Văn An', [Q.summary]: 'Đổi mới phương pháp dạy học, lan tỏa cách làm hay trong tổ chuyên môn của trường.' },
    // A summary the tool flags (review "proofread" #2): the report is made, its status says to correct it first.
    { ...base, [Q.individualName]: 'Trần Thị Bình', [Q.summary]: '<script>alert("x")</script> Đổi mới phương pháp.', [SELF_DECLARED['CN-03-THANH-TICH'].evidence!]: 'Giấy khen, xem https://drive.google.com/file/d/1Ab/view' },
  ];
  for (const a of answers) o.emu.forms.submitAsUser(o.formId, a as never, { email: SCHOOLS[0].emails[0] });
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  markNominees(o.emu, Infinity);
  o.bundle.call('generateProposals', undefined, { kind: 'menu' });
  return o;
}

describe('r70u: "Đề nghị khen thưởng" can be read without clicking into each cell', () => {
  it('a data cell of "Văn bản", "Trạng thái" or "Ghi chú" wider than its column wraps', () => {
    const o = officeWithJunkSummary();
    expect(o.emu.runtime.executions.at(-1)!.error).toBeUndefined();
    const h = o.emu.spreadsheets.values(TAB).findIndex((r) => r[0] === 'STT') + 1;
    expect(h).toBeGreaterThan(1);
    const { long, clipped, missing } = clippedCells(o.emu, TAB, h, ['Văn bản', 'Trạng thái', 'Ghi chú']);
    expect(missing).toEqual([]);
    // The fixture does produce texts wider than their columns (the needs-fix status and its note).
    expect(long).toBeGreaterThan(0);
    expect(clipped).toEqual([]);
  });
});
