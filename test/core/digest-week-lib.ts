// The week of the digest reviews (r67s F4): three registrations sent from 01/10/2026, the last digest on 05/10, the next
// on Monday 12/10 — Hoa Sen's collective and teacher, Hòa Bình's collective "Tổ Toán" (`third`: more of its answers).
import { Q } from '../../src/core/registration-form';
import { answersToRow, collectiveAnswers, config2026, form, individualAnswers, SCHOOLS } from './helpers';

const [HOA_SEN, HOA_BINH] = SCHOOLS;
export const NOW = new Date(2026, 9, 12, 7, 0, 0); // Monday 12/10/2026
export const cfg = config2026(NOW);
export const f = form(cfg);
export const weekRows = (third: Record<string, unknown> = {}) => [
  answersToRow(f, { ...collectiveAnswers(cfg), [Q.school]: HOA_SEN.name }, new Date(2026, 9, 1, 9), HOA_SEN.emails[0]),
  answersToRow(f, { ...individualAnswers('teacher', cfg), [Q.school]: HOA_SEN.name }, new Date(2026, 9, 2, 9), HOA_SEN.emails[0]),
  answersToRow(f, { ...collectiveAnswers(cfg), [Q.school]: HOA_BINH.name, [Q.collectiveName]: 'Tổ Toán', ...third }, new Date(2026, 9, 3, 9), HOA_BINH.emails[0]),
];
