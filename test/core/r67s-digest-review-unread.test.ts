// Review r67s: someone renamed the column "Quyết định của Hội đồng" of "Thẩm định" (to "Quyết định HĐ") after the
// council decided on both Đạt registrations. The rebuild refuses the tab and says so in "Nhật ký lỗi"; "Tổng hợp" then
// gives no line on the council's progress. The digest, reading the same tab, falls back to "every Đạt registration in
// force" and tells the leader, the Monday before the meeting, that both still wait for the council — which has decided
// on them. It should say the tab could not be read, not claim what waits.
import { expect, it } from 'vitest';
import { digestEmail } from '../../src/core/digest';
import { evaluateAll } from '../../src/core/evaluate';
import { mergeReview, REVIEW_COLUMNS, REVIEW_HEADERS } from '../../src/core/review';
import { DIGEST_EMAIL } from '../../src/core/messages';
import { Q } from '../../src/core/registration-form';
import { answersToRow, collectiveAnswers, config2026, directoryRows, form, headerRow, individualAnswers, SCHOOLS } from './helpers';

const HOA_SEN = SCHOOLS[0];
const NOW = new Date(2026, 9, 19, 7, 0, 0);
const cfg = config2026(NOW);
const f = form(cfg);
const output = evaluateAll({
  config: cfg,
  directoryRows: directoryRows(),
  responseValues: [
    headerRow(f),
    answersToRow(f, { ...collectiveAnswers(cfg), [Q.school]: HOA_SEN.name }, new Date(2026, 9, 1, 9), HOA_SEN.emails[0]),
    answersToRow(f, { ...individualAnswers('teacher', cfg), [Q.school]: HOA_SEN.name }, new Date(2026, 9, 2, 9), HOA_SEN.emails[0]),
  ],
});

it('"Thẩm định" unreadable: the digest does not claim every Đạt registration waits for the council', () => {
  expect(output.registrations.map((r) => r.verdict)).toEqual(['dat', 'dat']);
  const header = REVIEW_COLUMNS.map((k) => REVIEW_HEADERS[k]);
  const dec = REVIEW_COLUMNS.indexOf('decision');
  const decided = output.registrations.map((r) => header.map((_, j) => (j === 0 ? r.id : j === dec ? 'Đề nghị khen' : '')));
  // Read as it stands, the council decided on both: none waits.
  expect(digestEmail({ output, config: cfg, now: NOW, base: null, reviewValues: [header, ...decided], sheetUrl: '' }, 'x@y.vn').email.body).toContain(DIGEST_EMAIL.waitingNone);
  // The decision column renamed: the tab cannot be read (the rebuild refuses it too).
  const renamed = header.map((h, j) => (j === dec ? 'Quyết định HĐ' : h));
  expect(mergeReview([renamed, ...decided], output.registrations).error).not.toBeNull();
  const b = digestEmail({ output, config: cfg, now: NOW, base: null, reviewValues: [renamed, ...decided], sheetUrl: '' }, 'x@y.vn').email.body;
  expect(b).not.toContain(DIGEST_EMAIL.waitingTitle(2, false));
  expect(b).not.toContain(DIGEST_EMAIL.waitingTitle(2, true));
});
