// A Party member's registration with a given ratings grid, read as a rebuild reads it: shared by the tests of the
// column "Không xếp loại (công tác chưa đủ 06 tháng)" (r76-unrated-year, d76-unrated-early).
import { evaluateAll, type EvaluatedRegistration } from '../../src/core/evaluate';
import { Q, RATING_CHOICES, YES, type FormAnswers } from '../../src/core/registration-form';
import { type OfficeConfig } from '../../src/core/config';
import { SCHOOLS, answersToRow, directoryRows, form, headerRow, individualAnswers, schoolYearGrid } from './helpers';

/** A Party member rated `grid` (by the year each school year starts in; other years "Chưa đánh giá"). */
export function partyMember(cfg: OfficeConfig, grid: Record<number, string>): FormAnswers {
  const a = individualAnswers('teacherPartyMember', cfg);
  a[Q.partyMember] = YES;
  a[Q.individualRatings] = schoolYearGrid(cfg, (y) => grid[y] ?? RATING_CHOICES.none);
  return a;
}

/** Read and evaluated as a rebuild does (the response sent on `at`). */
export function viaSheet(a: FormAnswers, at: Date, cfg: OfficeConfig): EvaluatedRegistration {
  const f = form(cfg);
  return evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(f), answersToRow(f, a, at, SCHOOLS[0].emails[0])] }).registrations[0];
}

/** A criterion's status on a registration. */
export const statusIn = (r: EvaluatedRegistration, id: string) => r.results.find((x) => x.criterionId === id)!.status;
