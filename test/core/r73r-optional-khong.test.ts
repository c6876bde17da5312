// Review r73r (the people who fill in the form) F2: a teacher answers the optional questions she has nothing for with
// "không" (Chức vụ, Quê quán, Trú quán, Trình độ, Quyền hạn nhiệm vụ; a clerk "Chức năng, nhiệm vụ của tập thể"), as
// people do on paper forms. The award documents print the word as the answer: "Nguyễn Thị Hòa, Không, Trường Mầm non
// Hoa Sen", "Quê quán: Không" — in a Báo cáo thành tích sent up for signature, with no warning. A "không" there says
// "nothing to give", as a blank does (the evidence questions already read it so: isEmptyEvidence); the documents should
// print what a blank prints (the category of "Vị trí việc làm"; a gap to fill), never the word.
import { describe, expect, it } from 'vitest';
import { SCHOOLS, answersToRow, collectiveAnswers, config, directoryRowsWithOffice, form, headerRow, individualAnswers } from './helpers';
import { evaluateAll, type EvaluatedRegistration } from '../../src/core/evaluate';
import { REVIEW_DECISIONS, mergeReview } from '../../src/core/review';
import { documentValues, selectNominees } from '../../src/core/proposals';
import { COLLECTIVE_KIND_CHOICES, Q } from '../../src/core/registration-form';
import { REPORT_QUESTIONS } from '../../src/core/messages/proposals';

const cfg = config();
const WHEN = new Date(2024, 7, 5);

function reportValues(answers: Record<string, unknown>) {
  const f = form(cfg);
  const values = [headerRow(f), answersToRow(f, answers as never, new Date(2024, 5, 2, 8), SCHOOLS[0].emails[0])];
  const regs: EvaluatedRegistration[] = evaluateAll({ config: cfg, directoryRows: directoryRowsWithOffice(), responseValues: values }).registrations;
  const tab = mergeReview([], regs);
  for (const row of tab.rows) row[tab.columns.decision] = REVIEW_DECISIONS.propose;
  const n = selectNominees(tab, regs).nominees[0];
  return documentValues({ kind: 'baoCao', level: 'giayKhen', group: [n], nominee: n }, WHEN, cfg, null);
}

describe('an optional question answered "không" (r73r F2)', () => {
  it('an individual: the report prints what a blank answer prints, not "Không"', () => {
    const blank = reportValues(individualAnswers('teacher'));
    const khong = reportValues({
      ...individualAnswers('teacher'),
      [REPORT_QUESTIONS.position]: 'không',
      [REPORT_QUESTIONS.hometown]: 'Không',
      [REPORT_QUESTIONS.residence]: 'không có',
      [REPORT_QUESTIONS.qualification]: 'Không',
      [REPORT_QUESTIONS.duties]: 'không',
    });
    expect(blank.ho_ten_chuc_vu).toBe('Nguyễn Thị Hòa, giáo viên, Trường Mầm non Hoa Sen');
    expect(khong.ho_ten_chuc_vu).toBe(blank.ho_ten_chuc_vu);
    expect(khong.chuc_vu).toBe(blank.chuc_vu);
    for (const k of ['que_quan', 'tru_quan', 'trinh_do', 'nhiem_vu'] as const) expect(khong[k], k).toBe(blank[k]);
  });

  it('a collective: "Chức năng, nhiệm vụ của tập thể" answered "không" is not printed as its functions', () => {
    const team = { ...collectiveAnswers(), [Q.collectiveKind]: COLLECTIVE_KIND_CHOICES.part, [Q.collectiveName]: 'Tổ Chuyên môn Toán - Tin' };
    const blank = reportValues(team);
    const khong = reportValues({ ...team, [REPORT_QUESTIONS.functions]: 'Không' });
    expect(khong.chuc_nang).toBe(blank.chuc_nang);
  });
});
