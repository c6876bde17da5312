// The digest's list of verdicts that turned since the last digest for another reason than their school's sending
// (digest.ts verdictTurnsSince, from "Lịch sử thẩm định"): a registration replaced by one its school sent since is not
// in it — the new one's line already says "thay phiếu …" — while one replaced for another reason is.
import { expect, it } from 'vitest';
import { digestCounts, digestEmail, type DigestBaseline } from '../../src/core/digest';
import { evaluateAll } from '../../src/core/evaluate';
import { verdictLines } from '../../src/core/history';
import { HISTORY_HEADER } from '../../src/core/messages';
import { mergeReview, verdictChanges } from '../../src/core/review';
import { Q } from '../../src/core/registration-form';
import { answersToRow, collectiveAnswers, config2026, directoryRows, form, headerRow, SCHOOLS } from './helpers';

const [HOA_SEN] = SCHOOLS;
const NOW = new Date(2026, 9, 12, 7, 0, 0);
const cfg = config2026(NOW);
const f = form(cfg);
const first = answersToRow(f, { ...collectiveAnswers(cfg), [Q.school]: HOA_SEN.name, [Q.collectiveName]: 'Tổ Toán' }, new Date(2026, 9, 1, 9), HOA_SEN.emails[0]);
const again = answersToRow(f, { ...collectiveAnswers(cfg), [Q.school]: HOA_SEN.name, [Q.collectiveName]: 'Tổ Toán' }, new Date(2026, 9, 7, 9), HOA_SEN.emails[0]);
const ids = new Map([[2, 'DK-000002'], [3, 'DK-000003']]);
const firstSent = new Map([['DK-000002', (first[0] as Date).getTime()], ['DK-000003', (again[0] as Date).getTime()]]);
const before = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(f), first], responseIds: new Map([[2, 'DK-000002']]), firstSent });
const after = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(f), first, again], responseIds: ids, firstSent });
const shown = mergeReview([[]], before.registrations);
const changes = verdictChanges([shown.header, ...shown.rows], after.registrations);
const historyValues = [[...HISTORY_HEADER], ...verdictLines(changes, after.registrations, new Date(2026, 9, 7, 10))];
const base: DigestBaseline = { at: new Date(2026, 9, 5, 7).getTime(), counts: digestCounts(before.registrations), maxRow: 2 };
const body = (reviewValues = [shown.header, ...shown.rows]) => digestEmail({ output: after, config: cfg, now: NOW, base, reviewValues, historyValues, sheetUrl: '' }, 'x@y.vn').email.body;

it('the case: the school sent the same collective again, the first is replaced, and the history says so', () => {
  expect(after.registrations.find((r) => r.id === 'DK-000002')!.flags.supersededBy).toBe('DK-000003');
  expect(changes.map((c) => c.id)).toEqual(['DK-000002']);
});

it('the replaced one is said on the new one\'s line, not again as a turn without a sending', () => {
  const b = body();
  expect(b).toMatch(/Mới: DK-000003 [^\n]*\(thay phiếu DK-000002\)/);
  expect(b).not.toContain('mà không do trường gửi hay sửa phiếu');
});
