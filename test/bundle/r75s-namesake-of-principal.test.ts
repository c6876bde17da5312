// Review r75s (the award dossier as the thi đua – khen thưởng officer of the receiving level reads it).
//
// Who is hurt: a teacher who bears the same full name as her principal (common Vietnamese names — “Lê Thị Mai”,
// “Nguyễn Thị Hương” — make this happen in a school of 50–80 staff), and the office's clerk. The teacher's form says
// “Vị trí việc làm: Giáo viên” and “Là người đứng đầu cơ quan, đơn vị: Không”. The tool decides who the head is by the
// name alone (the “Hiệu trưởng” column of “Đơn vị”), so for her Báo cáo thành tích it:
// - leaves the “THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ” block without the principal's name, for the commune's chair;
// - tells the clerk in “Đề nghị khen thưởng”: “Người được đề nghị là hiệu trưởng của trường … để Chủ tịch Ủy ban nhân
//   dân phường … ký”.
// The report then goes to the phường's chair to confirm a teacher he does not manage directly, and the receiving
// officer finds a report that is not confirmed by the nominee's own head (the cấp trình's xác nhận). The tool has
// the answer that says she is not the head.
// Should: take the head to be the nominee only when the form does not say otherwise (“Là người đứng đầu” = Có, or
// role “Cán bộ quản lý”); else print the principal as the confirming head, as for any other teacher.
// Severity: Low (rare, but a wrong fact and a wrong signatory on the person's report).
import { describe, expect, it } from 'vitest';
import { nominate, so } from './r68d-lib';
import { SCHOOLS, individualAnswers } from './helpers';
import { Q } from '../../src/core/registration-form';


describe('a teacher who has the same name as her principal', () => {
  it('is reported as a teacher: her principal confirms, the note does not call her the principal', () => {
    const cfg = so(new Date(2027, 11, 20, 8));
    const teacher = { ...individualAnswers('teacher', cfg), [Q.individualName]: SCHOOLS[0].principal, [Q.head]: 'Không' };
    const { docs, progress } = nominate([{ answers: teacher, school: 0, level: 'giayKhen' }]);
    const report = docs.find((d) => d.name.startsWith('Báo cáo thành tích') && d.name.endsWith(SCHOOLS[0].principal))!;
    expect(report).toBeDefined();
    expect(report.text).toMatch(/- Chức vụ: Giáo viên/);
    const row = progress.find((r) => /^Báo cáo thành tích/.test(r['Văn bản']))!;
    // The names under the two signature blocks (confirming head, reporter): the principal's name is printed twice.
    const lines = report.text.split('\n');
    const names = lines[lines.length - 1 - [...lines].reverse().findIndex((l) => l.trim() !== '')];
    // Today: "\tLê Thị Mai" (the confirming block unnamed) and the note "Người được đề nghị là hiệu trưởng …".
    expect({ names: names.split('\t').map((s) => s.trim()), calledHead: /là hiệu trưởng/.test(row['Ghi chú']) }).toEqual({
      names: [SCHOOLS[0].principal, SCHOOLS[0].principal],
      calledHead: false,
    });
  });
});
