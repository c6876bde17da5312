// Review r75s (the award dossier as the thi đua – khen thưởng officer of the receiving level reads it).
//
// Who is hurt: a school principal proposed for an award, and the office whose Danh sách goes to the province. The
// form's optional question “Chức vụ” is often left blank; the documents then print the answer to “Vị trí việc làm”.
// For a principal — who answered “Là người đứng đầu cơ quan, đơn vị: Có” and whose name is the one the office keeps in
// the “Hiệu trưởng” column of “Đơn vị” (the tool itself recognises him as the head: his report is left for the
// commune's chair to confirm) — that answer is the category “Cán bộ quản lý”, and it is printed as his chức vụ:
// Danh sách đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh, column “Chức vụ, vị trí việc làm”: “Cán bộ quản lý”;
// Báo cáo thành tích: “Trần Văn An, cán bộ quản lý, Trường Tiểu học Hòa Bình” and “- Chức vụ: Cán bộ quản lý”.
// The decision and the Bằng khen print the chức vụ and unit of each person from the Danh sách; “cán bộ quản lý” is
// not a chức vụ (the form's own help gives the chức vụ as “Hiệu trưởng; Phó Hiệu trưởng; …”), so the receiving
// officer sends the list back to be completed. Nothing in “Đề nghị khen thưởng” says the chức vụ is missing.
// Should: print the head's chức vụ the tool knows (“Hiệu trưởng”, as the school's head is titled elsewhere in the
// documents), or at least say in the row's Ghi chú that “Chức vụ” is missing.
// Severity: Medium (a wrong fact about a person, printed on the list the province decides from).
import { describe, expect, it } from 'vitest';
import { nominate, so } from './r68d-lib';
import { SCHOOLS, individualAnswers } from './helpers';
import { Q } from '../../src/core/registration-form';


describe('a principal proposed with the form’s “Chức vụ” left blank', () => {
  it('is listed and reported with his chức vụ (Hiệu trưởng), not the category “Cán bộ quản lý”', () => {
    const cfg = so(new Date(2027, 11, 20, 8));
    const head = { ...individualAnswers('manager', cfg), [Q.individualName]: SCHOOLS[1].principal, [Q.head]: 'Có' };
    const { docs } = nominate([{ answers: head, school: 1, level: 'bangKhenTinh' }]);
    const list = docs.find((d) => d.name.startsWith('Danh sách đề nghị tặng Bằng khen UBND tỉnh'))!;
    const report = docs.find((d) => d.name.startsWith('Báo cáo thành tích') && d.name.endsWith(SCHOOLS[1].principal))!;
    expect(list && report).toBeTruthy();
    const row = list.text.split('\n').find((l) => l.split('\t')[1] === SCHOOLS[1].principal)!;
    const position = report.text.split('\n').find((l) => l.startsWith('- Chức vụ:'));
    // Today: "Cán bộ quản lý" in both.
    expect({ list: row.split('\t')[3], report: position }).toEqual({ list: 'Hiệu trưởng', report: '- Chức vụ: Hiệu trưởng' });
  });
});
