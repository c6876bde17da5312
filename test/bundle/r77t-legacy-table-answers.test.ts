// Review r77t (Vietnamese as school clerks type it into the form's free-text answers) F1.
//
// Who is hurt: a teacher proposed for an award, and the office that signs and sends her dossier. The registration's
// name is now checked for text typed with Unikey/EVKey left on a legacy code table (registration.ts
// legacyCodeTableChar), but no other answer is. A clerk who pastes the teacher's name from the school's Unicode staff
// list and then types — or pastes from an old Word file in .VnTime (TCVN3) — the summary, an initiative's name or the
// teacher's "Trình độ chuyên môn, nghiệp vụ" gets "Đạt" and a confirmation saying nothing; months later the Báo cáo
// thành tích prints "2. Biện pháp, cách làm và kết quả thực hiện: N¨m häc 2026-2027, c« ®· x©y dùng m« h×nh …", the
// Danh sách sent to the province prints "Sáng kiến, giải pháp: “Gióp häc sinh líp 5 häc tèt m«n To¸n” …" and the report
// "- Trình độ chuyên môn, nghiệp vụ: §¹i häc S ph¹m To¸n", and the documents' rows of "Đề nghị khen thưởng" say
// nothing of it.
// Should: the answers the documents print are checked as the name is — the school is told, naming the question and
// the character, when it sends the form; and a document that would print such text says so in its row's "Ghi chú"
// (or does not print it).
// Severity: High (garbled text in the award dossier the receiving level decides from; the school is never told).
import { describe, expect, it } from 'vitest';
import { confirmationOf, individualAnswers } from './helpers';
import { nominateAsTyped, cfg } from './r77t-lib';
import { Q, initiativeTitles } from '../../src/core/registration-form';
import { REPORT_QUESTIONS } from '../../src/core/messages/proposals';

// "Năm học 2026-2027, cô đã xây dựng mô hình “Góc đọc sách cùng con” …" pasted from a .VnTime (TCVN3) Word file.
const SUMMARY_TCVN3 =
  'N¨m häc 2026-2027, c« ®· x©y dùng m« h×nh “Gãc ®äc s¸ch cïng con” cho häc sinh líp 5A, mçi tuÇn mét buæi ®äc s¸ch cïng phô huynh; 100% häc sinh tham gia, th­ viÖn líp cã 350 ®Çu s¸ch.';
// "Giúp học sinh lớp 5 học tốt môn Toán" typed with Unikey on TCVN3 (ABC).
const INITIATIVE_TCVN3 = 'Gióp häc sinh líp 5 häc tèt m«n To¸n';
// "Đại học Sư phạm Toán" typed with Unikey on VNI Windows.
const QUALIFICATION_VNI = 'Ñaïi hoïc Sö phaïm Toaùn';
// "Thôn 3, xã Hòa Bình" typed with Unikey on TCVN3 (ABC).
const HOMETOWN_TCVN3 = 'Th«n 3, x· Hßa B×nh';

describe('answers other than the name typed with a legacy code table (r77t F1)', () => {
  const cases: Array<[string, string]> = [
    [Q.summary, SUMMARY_TCVN3],
    [initiativeTitles(1).name, INITIATIVE_TCVN3],
    [REPORT_QUESTIONS.qualification, QUALIFICATION_VNI],
    [REPORT_QUESTIONS.hometown, HOMETOWN_TCVN3],
  ];
  for (const [title, typed] of cases) {
    it(`“${title}” typed so: the school's confirmation names the question and says to type it in Unicode`, () => {
      const m = confirmationOf({ [title]: typed });
      // Today: "Kết quả kiểm tra tự động: Đạt … Phiếu đã đáp ứng đủ các tiêu chí bắt buộc." and nothing of it.
      expect(m.body).toContain(`“${title}”`);
      expect(m.body).toContain('Unicode');
    });
  }

  it('a nominee whose summary and qualification were typed so: no document prints them without its row saying so', () => {
    const c = cfg();
    const answers = {
      ...individualAnswers('teacher', c),
      [Q.individualName]: 'Nguyễn Thị Lan',
      [Q.summary]: SUMMARY_TCVN3,
      [initiativeTitles(1).name]: INITIATIVE_TCVN3,
      [REPORT_QUESTIONS.qualification]: QUALIFICATION_VNI,
    };
    const { docs, progress } = nominateAsTyped([{ answers, school: 1, level: 'giayKhen' }]);
    const unsaid: string[] = [];
    for (const d of docs) {
      const row = progress.find((p) => d.name.startsWith(p['Văn bản'].startsWith('Báo cáo') ? 'Báo cáo thành tích' : p['Văn bản'].replace(/ \(.*$/, '').replace(' khen thưởng', '')));
      const note = row?.['Ghi chú'] ?? '';
      for (const [title, typed] of [[Q.summary, 'N¨m häc 2026-2027'], [initiativeTitles(1).name, INITIATIVE_TCVN3], [REPORT_QUESTIONS.qualification, 'Ñaïi hoïc']]) {
        if (d.text.includes(typed) && !note.includes(`“${title}”`)) unsaid.push(`${d.name}: ${title}`);
      }
    }
    // Today: the Danh sách prints the initiative, the Báo cáo thành tích all three, and their rows say nothing.
    expect(unsaid).toEqual([]);
  });
});
