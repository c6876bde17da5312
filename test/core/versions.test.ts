// The lines of "Các lần gửi phiếu" (src/core/versions.ts): one per sending, its answers as "question: answer", and a
// full run's share of an office's earlier sendings (review complaint H2).
import { describe, expect, it } from 'vitest';
import { evaluateAll, type EvaluatedRegistration } from '../../src/core/evaluate';
import { Q, type FormAnswers } from '../../src/core/registration-form';
import { VERSIONS_HEADER } from '../../src/core/messages';
import { answersText, codeOfKey, erasedNow, linesErasedByHand, missingVersions, packLineCounts, unpackLineCounts, versionKey, versionLine } from '../../src/core/versions';
import { SCHOOLS, answersToRow, config, directoryRows, form, headerRow, individualAnswers } from './helpers';

const cfg = config();

/** Responses sent a day apart from 2 January 2023 (the first at index 0), evaluated together. */
function evaluated(list: FormAnswers[]): EvaluatedRegistration[] {
  const f = form(cfg);
  const rows = list.map((a, i) => answersToRow(f, a, new Date(2023, 0, 2 + i, 8, 0, 30), SCHOOLS[0].emails[0]));
  return evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(f), ...rows] }).registrations;
}

const named = (name: string, summary = 'Dạy học theo dự án.'): FormAnswers => ({ ...individualAnswers('teacher', cfg), [Q.individualName]: name, [Q.summary]: summary });
const NOW = new Date(2023, 5, 1, 6, 0, 0);

describe('a sending as kept', () => {
  it('its key is the code and the second it was sent; its line has every column of the header', () => {
    const [r] = evaluated([named('Lò Thị Thu')]);
    expect(versionKey(r)).toBe(`${r.id}:${new Date(2023, 0, 2, 8, 0, 30).getTime()}`);
    const line = versionLine(r, NOW);
    expect(line).toHaveLength(VERSIONS_HEADER.length);
    expect(line.slice(0, 4)).toEqual([versionKey(r), r.id, r.submittedAt, r.email]);
    expect(line[8]).toBe(NOW);
  });

  it('answers: each answered question once, in the form\'s order, a grid by its rows; unanswered ones left out', () => {
    const [r] = evaluated([named('Lò Thị Thu', 'Dạy học | theo dự án.')]);
    const text = answersText(r);
    expect(text).toContain(`${Q.individualName}: Lò Thị Thu`);
    expect(text).toContain(`${Q.summary}: Dạy học | theo dự án.`);
    expect(text.indexOf(Q.school)).toBeLessThan(text.indexOf(Q.individualName));
    // The rating grid: "question: row — answer; row — answer".
    expect(text).toMatch(new RegExp(`${Q.individualRatings.replace(/[()]/g, '.')}: Năm học \\d{4}-\\d{4} — `));
    // A long question by its first words (up to 60 characters, whole words, "…"): the titles were half the text.
    const titles = text.split(' | ').map((p) => p.slice(0, p.indexOf(': ')));
    expect(Math.max(...titles.map((t) => t.length))).toBeLessThanOrEqual(61);
    expect(titles).toContain('Cá nhân chấp hành tốt chủ trương, đường lối của Đảng, chính…');
    // A collective's questions (not asked of an individual) are not there.
    expect(text).not.toContain(`${Q.collectiveName}:`);
  });

  it('a full run: those the tab lacks, the first seen whatever their size, then the latest sent while they fit; in the order sent', () => {
    const regs = evaluated([named('Một'), named('Hai'), named('Ba'), named('Bốn')]);
    const key = (i: number) => versionKey(regs[i]);
    const size = answersText(regs[0]).length;
    // Held: the first. Seen first by this run: the second. Room for one more of the rest: the latest sent (the fourth).
    const { lines, left } = missingVersions(regs, new Set([key(0)]), new Set([regs[1].id]), NOW, size + size / 2);
    expect(lines.map((l) => l[0])).toEqual([key(1), key(3)]);
    expect(left).toBe(1);
    // With room, all of them; a registration given twice (one sending) has one line.
    expect(missingVersions([...regs, regs[2]], new Set(), new Set(), NOW).lines.map((l) => l[0])).toEqual([0, 1, 2, 3].map(key));
  });
});

describe('erasing a withdrawn registration (review r76p F2)', () => {
  const withdrawn = (...codes: string[]) => () => new Set(codes);
  it('erases the gone registrations the council decided "Không đề nghị" only when every gone one is such', () => {
    expect(erasedNow(['DK-000002'], new Set(), withdrawn('DK-000002', 'DK-000005'))).toEqual(['DK-000002']);
    // One gone by mistake: a loss, nothing erased.
    expect(erasedNow(['DK-000002', 'DK-000003'], new Set(), withdrawn('DK-000002'))).toEqual([]);
    // Erased before: not again, and it does not count against the others.
    expect(erasedNow(['DK-000002', 'DK-000004'], new Set(['DK-000002']), withdrawn('DK-000004'))).toEqual(['DK-000004']);
    // Nothing new gone: the decisions are not asked for.
    expect(erasedNow(['DK-000002'], new Set(['DK-000002']), () => { throw new Error('asked'); })).toEqual([]);
  });
  it('counts the lines deleted by hand since the last full run counted them, and keeps counts in a property', () => {
    expect(linesErasedByHand(['DK-000002', 'DK-000004'], new Map([['DK-000002', 3], ['DK-000004', 1]]), new Map([['DK-000002', 1]]))).toBe(3);
    expect(linesErasedByHand(['DK-000009'], new Map(), new Map([['DK-000009', 2]]))).toBe(0);
    const counts = new Map([['DK-000002', 3], ['DK-000010', 1]]);
    expect(unpackLineCounts(packLineCounts(counts))).toEqual(counts);
    expect(unpackLineCounts(null)).toEqual(new Map());
    expect(codeOfKey('DK-000017:1700000000000')).toBe('DK-000017');
  });
});
