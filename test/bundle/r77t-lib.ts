// The office of review r77t's tests (Vietnamese as school clerks type it into the form's free-text answers): a Sở on
// 20/12/2027, each nominee registered by its school with the answers given (the summary included, as typed), "Đề nghị
// khen" at its level typed in "Thẩm định", the council met (everyone passes), the documents made from the menu
// (r68d-lib's nominate, its summary as typed).
import { nominate, so } from './r68d-lib';
import { individualAnswers } from './helpers';
import { Q } from '../../src/core/registration-form';
import type { AwardLevel } from '../../src/core/proposals';

export const NOW = new Date(2027, 11, 20, 8);
export const cfg = () => so(NOW);

export function nominateAsTyped(list: { answers: Record<string, unknown>; school: number; level: AwardLevel }[]) {
  return nominate(list, true);
}

/**
 * One teacher, "Nguyễn Thị Lan" of school 1, proposed for a Giấy khen with `answers` over a teacher's complete ones: her
 * Danh sách and Báo cáo thành tích as printed, every document, and the rows of "Đề nghị khen thưởng".
 */
export function teacherProposed(answers: Record<string, unknown>) {
  const { docs, progress } = nominateAsTyped([{ answers: { ...individualAnswers('teacher', cfg()), [Q.individualName]: 'Nguyễn Thị Lan', ...answers }, school: 1, level: 'giayKhen' }]);
  const list = docs.find((d) => d.name.startsWith('Danh sách đề nghị'));
  const report = docs.find((d) => d.name.startsWith('Báo cáo thành tích'));
  if (!list || !report) throw new Error(`Danh sách or Báo cáo thành tích not made: ${docs.map((d) => d.name).join(', ')}`);
  return { list, report, docs, progress };
}
