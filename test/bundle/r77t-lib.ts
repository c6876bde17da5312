// The office of review r77t's tests (Vietnamese as school clerks type it into the form's free-text answers): a Sở on
// 20/12/2027, each nominee registered by its school with the answers given (the summary included, as typed), "Đề nghị
// khen" at its level typed in "Thẩm định", the council met (everyone passes), the documents made from the menu
// (r68d-lib's nominate, its summary as typed).
import { nominate, so } from './r68d-lib';
import type { AwardLevel } from '../../src/core/proposals';

export const NOW = new Date(2027, 11, 20, 8);
export const cfg = () => so(NOW);

export function nominateAsTyped(list: { answers: Record<string, unknown>; school: number; level: AwardLevel }[]) {
  return nominate(list, true);
}
