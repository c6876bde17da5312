// Review r76n (namesakes) F2. Who is hurt: the office's clerk and signer, the receiving level, and two teachers of one
// school who share a name — “Nguyễn Thị Hương”, born 1985 and 1990, both “Giáo viên” at Trường Tiểu học Hòa Bình —
// both proposed for the Giấy khen. Now: the Danh sách of the Tờ trình tells them apart (its “Năm sinh” column), but
// - the Danh sách kèm theo of the draft Quyết định (STT, họ tên, chức vụ, đơn vị) prints two identical lines
//   “Nguyễn Thị Hương | Giáo viên | Trường Tiểu học Hòa Bình”: the signed decision itself cannot say which line is
//   whose, the văn thư writing the two Giấy khen and any later check (“was she awarded in 2027?”) cannot tell, and a
//   reader takes the second line for a typing duplicate to strike out;
// - the Biên bản's vote table (STT, tập thể/cá nhân, đơn vị, …) prints two identical rows with their votes: the
//   minutes do not record which person each vote was for.
// Nothing in “Đề nghị khen thưởng” warns the clerk that two printed lines are identical.
// Should: when two lines of one list would be identical, print what tells them apart (the birth year, as the Tờ
// trình's Danh sách does), or at least tell the clerk in the document's “Ghi chú”.
// Severity: Medium (a legal award decision and the council's minutes that do not identify who was awarded).
import { describe, expect, it } from 'vitest';
import { individualAnswers } from './helpers';
import { nominate, so } from './r68d-lib';
import { Q } from '../../src/core/registration-form';
import { REPORT_QUESTIONS } from '../../src/core/messages/proposals';

function twoHuong() {
  const cfg = so(new Date(2027, 11, 20, 8));
  const base = { ...individualAnswers('teacher', cfg), [Q.individualName]: 'Nguyễn Thị Hương', [REPORT_QUESTIONS.gender]: 'Nữ' };
  return nominate([
    { answers: { ...base, [Q.birthYear]: '1985', [REPORT_QUESTIONS.hometown]: 'Xã Minh Bảo, tỉnh Lào Cai' }, school: 1, level: 'giayKhen' },
    { answers: { ...base, [Q.birthYear]: '1990', [REPORT_QUESTIONS.hometown]: 'Phường Nam Cường, tỉnh Lào Cai' }, school: 1, level: 'giayKhen' },
  ]);
}

/** The lines of `text` after the line starting with `heading`, up to the first empty one, that name the person. */
function rowsAfter(text: string, heading: RegExp): string[] {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => heading.test(l));
  const out: string[] = [];
  for (let i = at + 1; i < lines.length && lines[i].trim() !== ''; i++) if (lines[i].includes('Nguyễn Thị Hương')) out.push(lines[i].replace(/^\d+\t/, ''));
  return out;
}

describe('two namesakes of one school proposed together (r76n F2)', () => {
  const { docs } = twoHuong();

  it('the control: the Tờ trình’s Danh sách tells them apart by the birth year', () => {
    const list = docs.find((d) => d.name.startsWith('Danh sách đề nghị'))!;
    const rows = rowsAfter(list.text, /^STT\tHọ và tên/);
    expect(rows).toHaveLength(2);
    expect(rows[0]).not.toBe(rows[1]);
  });

  it('the Danh sách kèm theo of the draft Quyết định does not print two identical lines', () => {
    const decision = docs.find((d) => d.name.startsWith('Dự thảo Quyết định'))!;
    const rows = rowsAfter(decision.text, /^STT\tHọ và tên/);
    expect(rows).toHaveLength(2);
    // Today: both “Nguyễn Thị Hương\tGiáo viên\tTrường Tiểu học Hòa Bình”.
    expect(rows[0]).not.toBe(rows[1]);
  });

  it('the Biên bản’s vote table does not record two identical rows', () => {
    const minutes = docs.find((d) => d.name.startsWith('Biên bản'))!;
    const rows = rowsAfter(minutes.text, /^STT\tTập thể, cá nhân/);
    expect(rows).toHaveLength(2);
    // Today: both “Nguyễn Thị Hương\tTrường Tiểu học Hòa Bình\tGiấy khen … \t8\t0\t88,9%\tĐủ tỷ lệ tán thành”.
    expect(rows[0]).not.toBe(rows[1]);
  });
});
