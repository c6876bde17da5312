// Review r73r (the people who fill in the form) F4: the teacher answers the required "Tóm tắt thành tích, cách làm hay"
// in her own words, "Hoàn thành xuất sắc nhiệm vụ", between two lessons. The form's help says it is printed as section
// II of the award report, 100–300 words. The confirmation says "Đạt … Phiếu đã đáp ứng đủ các tiêu chí bắt buộc" and
// nothing of it; months later the documents' run tells the office "Đề nghị trường bổ sung bản tóm tắt cụ thể"
// (proposals.ts summaryWarnings) and the office must call the school. The tool knows it the minute she sends it: the
// confirmation should tell her then (a note, as it notes an award answer written without the award's name).
import { describe, expect, it } from 'vitest';
import { confirmationOf } from './helpers';
import { Q } from '../../src/core/registration-form';

const LONG =
  'Cô chủ nhiệm lớp 5A, xây dựng mô hình “Góc đọc sách cùng con” từ tháng 9 năm 2022: mỗi tuần một buổi đọc sách cùng phụ huynh, ' +
  'mỗi học sinh một sổ tay đọc sách. Sau hai năm, 100% học sinh của lớp đọc ít nhất 20 cuốn sách mỗi năm học, thư viện lớp có 350 ' +
  'đầu sách do phụ huynh và học sinh đóng góp; mô hình được nhà trường nhân rộng ra 8 lớp và được giới thiệu tại hội thảo chuyên đề cấp phường.';

const confirmationFor = (summary: string) => confirmationOf({ [Q.summary]: summary });

describe('a summary of a few words (r73r F4)', () => {
  it('a summary of a paragraph: nothing said of it (the control)', () => {
    expect(confirmationFor(LONG).body).not.toContain(`“${Q.summary}”`);
  });

  it('"Hoàn thành xuất sắc nhiệm vụ": the confirmation says it is printed in the report and asks for a paragraph', () => {
    const m = confirmationFor('Hoàn thành xuất sắc nhiệm vụ');
    expect(m.body).toContain(`“${Q.summary}”`);
  });
});
