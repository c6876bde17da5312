// Review r67s: the office switches a criterion to "Không" in "Tiêu chí" during the week (TT-05, the movements, made
// optional after a meeting). Hòa Bình's collective, "Cần bổ sung" for want of it, is now "Đạt". Next Monday's digest
// reads "Đạt 3 (+1), Cần bổ sung 0 (-1)" and "Không có phiếu mới hay phiếu sửa nào": the registration whose verdict
// changed, and that it changed by the office's own edit, are said nowhere — the digest lists such turns only when a
// day of the calendar made them (calendarFlips), though "Lịch sử thẩm định" has a line for each.
import { expect, it } from 'vitest';
import { digestCounts, digestEmail, type DigestBaseline } from '../../src/core/digest';
import { evaluateAll } from '../../src/core/evaluate';
import { CRITERIA_HEADERS, criteriaToRows } from '../../src/core/criteria-tab';
import { catalogueFor } from '../../src/core/criteria';
import { REVIEW_COLUMNS, REVIEW_HEADERS, mergeReview, verdictChanges } from '../../src/core/review';
import { verdictLines } from '../../src/core/history';
import { HISTORY_HEADER } from '../../src/core/messages';
import { Q } from '../../src/core/registration-form';
import { directoryRows, headerRow } from './helpers';
import { NOW, cfg, f, weekRows } from './digest-week-lib';

const rows = weekRows({ [Q.movements]: {} });
const criteria = (optional: boolean) => {
  const t: unknown[][] = criteriaToRows(catalogueFor(cfg));
  const k = t[0].indexOf(CRITERIA_HEADERS[4]);
  if (optional) for (const r of t) if (r[0] === 'TT-05-PHONG-TRAO') r[k] = 'Không';
  return t;
};
const run = (optional: boolean) => evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(f), ...rows], criteriaRows: criteria(optional) });

it('a verdict the office\'s edit of "Tiêu chí" changed since the last digest is named in it', () => {
  const before = run(false);
  const after = run(true);
  expect(before.registrations.map((r) => r.verdict)).toEqual(['dat', 'dat', 'canBoSung']);
  expect(after.registrations.map((r) => r.verdict)).toEqual(['dat', 'dat', 'dat']);
  // The council has decided on all three ("Yêu cầu bổ sung" for the collective): the waiting list does not name them.
  const header = REVIEW_COLUMNS.map((k) => REVIEW_HEADERS[k]);
  const dec = REVIEW_COLUMNS.indexOf('decision');
  const reviewValues = [header, ...after.registrations.map((r) => header.map((_, j) => (j === 0 ? r.id : j === dec ? (r.id === 'DK-000004' ? 'Yêu cầu bổ sung' : 'Đề nghị khen') : '')))];
  const base: DigestBaseline = { at: new Date(2026, 9, 5, 7).getTime(), counts: digestCounts(before.registrations), maxRow: 4 };
  // "Lịch sử thẩm định" as the rebuild after the edit left it: "Thẩm định" showed "Cần bổ sung", the run found "Đạt".
  const shown = mergeReview([[]], before.registrations);
  const changes = verdictChanges([shown.header, ...shown.rows], after.registrations);
  expect(changes.map((c) => c.id)).toEqual(['DK-000004']);
  const historyValues = [[...HISTORY_HEADER], ...verdictLines(changes, after.registrations, new Date(2026, 9, 8, 6), { ids: new Set(), cause: 'recent', settings: 'trang “Tiêu chí”' })];
  const b = digestEmail({ output: after, config: cfg, now: NOW, base, reviewValues, historyValues, sheetUrl: '' }, 'x@y.vn').email.body;
  expect(b).toContain('Tổng cộng: 3 phiếu — Đạt 3 (+1), Chưa đạt 0, Cần bổ sung 0 (-1)');
  expect(b).toMatch(/DK-000004[^\n]*“Cần bổ sung” sang “Đạt”[^\n]*cơ quan đã sửa trang “Tiêu chí”/);
});
