// Review r77t (Vietnamese as school clerks type it into the form's free-text answers) F2.
//
// Who is hurt: a teacher proposed for an award, and the office whose documents go to the signer and the province.
// Clerks often type with Caps Lock on, the way they write headings: "Chức vụ" answered "TỔ TRƯỞNG CHUYÊN MÔN". The
// documents print it as typed: the Danh sách's column "Chức vụ, vị trí việc làm" and the draft Quyết định's list
// "TỔ TRƯỞNG CHUYÊN MÔN", the Báo cáo thành tích's line "Họ tên, chức vụ và đơn vị công tác: Nguyễn Thị Lan, TỔ TRƯỞNG
// CHUYÊN MÔN, Trường Tiểu học Hòa Bình" and "- Chức vụ: TỔ TRƯỞNG CHUYÊN MÔN". The tool already puts a capital on a
// position typed in lower case ("hiệu trưởng" → "Hiệu trưởng") and tells the office of a name typed in capitals
// ("Kiểm tra họ tên trước khi ký: “NGUYỄN VĂN AN” … không viết hoa chữ cái đầu mỗi tiếng"), but a position in capitals
// gets neither: the documents' rows in "Đề nghị khen thưởng" say nothing, and the decision's list is signed so.
// Should: the documents print the position in its usual case ("Tổ trưởng chuyên môn"), or each document that prints it
// as typed says so in its row's "Ghi chú", as for a name.
// Severity: Medium (a decision's list and a dossier in the wrong case, unnoticed until the receiving level sends it back).
import { describe, expect, it } from 'vitest';
import { individualAnswers } from './helpers';
import { nominateAsTyped, cfg } from './r77t-lib';
import { Q } from '../../src/core/registration-form';
import { REPORT_QUESTIONS } from '../../src/core/messages/proposals';

const TYPED = 'TỔ TRƯỞNG CHUYÊN MÔN';

describe('a position typed in capitals (r77t F2)', () => {
  it('is printed in its usual case, or the rows of the documents that print it so say it', () => {
    const answers = { ...individualAnswers('teacher', cfg()), [Q.individualName]: 'Nguyễn Thị Lan', [REPORT_QUESTIONS.position]: TYPED };
    const { docs, progress } = nominateAsTyped([{ answers, school: 1, level: 'giayKhen' }]);
    const rowOf = (name: string) =>
      progress.find((p) => (name.startsWith('Báo cáo thành tích') ? p['Văn bản'].startsWith('Báo cáo thành tích') : name.startsWith(p['Văn bản'].replace(/ \(.*$/, '').replace(' khen thưởng', ''))));
    const printing = docs.filter((d) => d.text.includes(TYPED));
    // The control: the position is printed in the Danh sách, the draft Quyết định and the Báo cáo thành tích.
    expect(docs.filter((d) => /tổ trưởng chuyên môn/i.test(d.text)).map((d) => d.name.replace(/ - .*$/, '')).sort()).toEqual(['Báo cáo thành tích', 'Danh sách đề nghị tặng Giấy khen', 'Dự thảo Quyết định tặng Giấy khen']);
    const unsaid = printing.filter((d) => !(rowOf(d.name)?.['Ghi chú'] ?? '').includes(TYPED)).map((d) => d.name);
    // Today: all three print "TỔ TRƯỞNG CHUYÊN MÔN" and their rows say nothing of it.
    expect(unsaid).toEqual([]);
  });
});
