// The lean core (issue 12): registrations keep their row instead of a copy of their answers, and their results as
// status codes whose sentences are built when read. These tests hold the shortcuts to the long way round.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateAll } from '../../src/core/evaluate';
import { appliesTo, evaluateCriterion, evaluateRegistration, scoreOf } from '../../src/core/validate';
import { cleanText, isEmptyEvidence } from '../../src/core/text';
import { DISPLAY_TITLES, RegistrationRecord, answerOf, answerText, displayText, parseResponses, responseParser } from '../../src/core/registration';
import { catalogueFor } from '../../src/core/criteria';
import { parseDirectory } from '../../src/core/directory';
import { makeSampleOffice } from '../../sample/office';
import { ORG_ABSENT, Q, RATING_CHOICES, WORK_CHOICES, initiativeTitles, schoolYearRow, yearRow } from '../../src/core/form-titles';
import { INITIATIVE_LEVELS, buildRegistrationForm, ratingSchoolYears } from '../../src/core/registration-form';
import { answersToRow, collectiveAnswers, config, directoryRows, form, headerRow, individualAnswers, SCHOOLS } from './helpers';
import { responseTabs } from '../../sample/response-tabs';

// Three moments of the period: before any school year ended, mid-period, after the interim review.
const offices = [new Date(2021, 10, 1), new Date(2023, 2, 1), new Date(2024, 7, 1)].map((today) => {
  const office = makeSampleOffice({ schools: 8, registrations: 160, seed: 5, today });
  const tabs = responseTabs(office);
  return { office, out: evaluateAll({ config: office.config, directoryRows: office.directoryRows, responseValues: tabs.responseValues }) };
});

describe('the lean core', () => {
  it('decides every status without its sentence exactly as with it', () => {
    let compared = 0;
    for (const { office, out } of offices) {
      for (const r of out.registrations) {
        for (const c of out.catalogue) {
          if (c.appliesTo === 'school' || !appliesTo(c, r)) continue;
          expect(evaluateCriterion(c, r, office.config, false).status, `${r.id} ${c.id}`).toBe(evaluateCriterion(c, r, office.config, true).status);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(3000);
  });

  it('decides ratings and initiatives without sentences as with them, whatever the answers', () => {
    // Every rating (and none) in every year, every part of an initiative given or not, at three moments.
    const ratings = ['', ...Object.values(RATING_CHOICES), ...Object.values(WORK_CHOICES)];
    const orgRatings = ['', ...Object.values(RATING_CHOICES), ORG_ABSENT];
    let seed = 7;
    const pick = <T,>(xs: readonly T[]): T => xs[(seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % xs.length];
    let compared = 0;
    for (const today of [new Date(2022, 7, 1), new Date(2023, 2, 1), new Date(2024, 6, 1), new Date(2026, 0, 10)]) {
      const cfg = config(today);
      const f = form(cfg);
      const rows: unknown[][] = [headerRow(f)];
      for (let i = 0; i < 300; i++) {
        const a = i % 2 ? individualAnswers(pick(['manager', 'teacher', 'head', 'staff'] as const), cfg) : collectiveAnswers(cfg);
        const grid: Record<string, string> = {};
        for (const y of ratingSchoolYears(cfg.period)) grid[schoolYearRow(y)] = pick(ratings);
        a[Q.individualRatings] = grid;
        for (const t of [Q.partyRatings, Q.unionRatings, Q.youthRatings]) {
          const g: Record<string, string> = {};
          for (let y = cfg.period.startYear; y <= cfg.period.endYear; y++) g[yearRow(y)] = pick(orgRatings);
          a[t] = g;
        }
        for (let n = 1; n <= cfg.initiativeSlots; n++) {
          const t = initiativeTitles(n);
          // One initiative often in two slots (spelt two ways), so that repeats are counted once both ways.
          a[t.name] = pick(['', 'Sáng kiến dạy đọc', '-', 'không', 'sáng  kiến DẠY đọc', 'Sáng kiến dạy đọc', 'Vườn rau của bé']);
          a[t.level] = pick(['', ...INITIATIVE_LEVELS]);
          a[t.decision] = pick(['', '12/QĐ-UBND', '12/QĐ-UBND', '45/QĐ-SGDĐT', 'chưa có', 'x']);
          a[t.year] = pick(['', '2022', '2022', 'năm ngoái']);
        }
        rows.push(answersToRow(f, a, new Date(2021, 9, 1 + i), SCHOOLS[0].emails[0]));
      }
      const out = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: rows });
      for (const r of out.registrations) {
        for (const c of out.catalogue) {
          if (c.appliesTo === 'school' || !appliesTo(c, r)) continue;
          expect(evaluateCriterion(c, r, cfg, false).status, `${r.id} ${c.id}`).toBe(evaluateCriterion(c, r, cfg, true).status);
          compared++;
        }
        // The score from the packed counts, and as counted from the initiatives and results read again.
        expect(r.score).toEqual(scoreOf(r, r.results, cfg));
      }
    }
    expect(compared).toBeGreaterThan(10000);
  });

  it('gives a registration the results, findings and score the standalone evaluation gives', () => {
    for (const { office, out } of offices) {
      for (const r of out.registrations) {
        const e = evaluateRegistration(r, out.catalogue, office.config);
        expect(r.verdict).toBe(e.verdict);
        expect(r.results).toEqual(e.results);
        expect(r.findings).toEqual(e.findings);
        expect(r.score).toEqual(e.score);
      }
    }
  });

  it('keeps the row, not a copy of the answers, and reads answers, ratings and initiatives from it', () => {
    const { out } = offices[1];
    const kinds = new Set<string>();
    for (const r of out.registrations) {
      expect(r).toBeInstanceOf(RegistrationRecord);
      expect(Object.keys(r)).not.toContain('answers');
      const answers = r.answers;
      for (const title of Object.keys(answers)) expect(answerOf(r, title)).toEqual(answers[title]);
      if (r.kind) kinds.add(r.kind);
      // The evaluation's codes of the initiatives agree with the initiatives read again.
      expect(r.initiatives.length > 0).toBe((r as RegistrationRecord).initiativeCodes !== '');
    }
    expect([...kinds].sort()).toEqual(['collective', 'individual']);
  });

  it('reads the texts every tab shows (displayText) as the answers give them, read once or again in any order', () => {
    let compared = 0;
    for (const { out } of offices) {
      const regs = out.registrations;
      // Each pass in another order (the first fills what the next ones read again), every question of the display.
      const orders = [regs, [...regs].reverse(), regs.filter((_, i) => i % 3 === 1)];
      for (const order of orders) {
        for (let k = DISPLAY_TITLES.length - 1; k >= 0; k--) {
          for (const r of order) {
            expect(displayText(r, k), `${r.id} ${DISPLAY_TITLES[k]}`).toBe(answerText(r, DISPLAY_TITLES[k]));
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(5000);
  });

  it('reads a row kept again for its sheet row anew (displayText)', () => {
    const { office } = offices[1];
    const tabs = responseTabs(office);
    const values = tabs.responseValues;
    const directory = parseDirectory(office.directoryRows);
    const form = buildRegistrationForm(office.config, directory.schools.map((s) => s.name), catalogueFor(office.config));
    const parser = responseParser(values[0], { form, directory, config: office.config, tab: 'x' });
    const model = DISPLAY_TITLES.indexOf(Q.modelName);
    const col = (values[0] as unknown[]).indexOf(Q.modelName);
    const first = parser.parseRow(values[1], 2)!;
    expect(displayText(first, model)).toBe(answerText(first, Q.modelName));
    const row = [...values[1]];
    row[col] = 'Một mô hình khác';
    const again = parser.parseRow(row, 2)!;
    expect(displayText(again, model)).toBe('Một mô hình khác');
  });

  it('hands each registration on as soon as it is read (parseResponses `each`), in order, with its code', () => {
    const { office } = offices[0];
    const values = responseTabs(office).responseValues;
    const directory = parseDirectory(office.directoryRows);
    const form = buildRegistrationForm(office.config, directory.schools.map((s) => s.name), catalogueFor(office.config));
    const ids = new Map<number, string>();
    for (let row = 2; row <= values.length; row++) if (row % 7 !== 0) ids.set(row, `DK-X${row}`);
    const seen: string[] = [];
    const parsed = parseResponses(values, { form, directory, config: office.config, tab: 'x' }, ids, undefined, (r) => {
      // Called before the next row is read: the registrations read so far are the ones handed on, and this one.
      expect((r as RegistrationRecord).reader.cellsOf(r.row + 1)).toEqual([]);
      seen.push(r.id);
    });
    expect(seen).toEqual(parsed.registrations.map((r) => r.id));
    expect(seen.length).toBe(ids.size);
    expect(seen[0]).toBe('DK-X2');
  });

  it('recognises empty evidence on a cell as on its cleaned text', () => {
    const samples = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom('không', 'kho\u0302ng co\u0301', ' Chưa  có ', 'N/A', '…', '- - -', '0', 'x', 'QĐ 12', 'Không có\u200B', 'TRỐNG', 'nulL', 'no ne'),
    );
    fc.assert(fc.property(samples, (s) => isEmptyEvidence(s) === isEmptyEvidence(cleanText(s))), { numRuns: 2000 });
  });
});

describe('a submission\'s evaluation', () => {
  it('skips the duties of every school when asked (duties: false), and evaluates its registrations alike', () => {
    const { office } = offices[1];
    const tabs = responseTabs(office);
    const input = { config: office.config, directoryRows: office.directoryRows, responseValues: tabs.responseValues };
    const all = evaluateAll(input);
    const lean = evaluateAll({ ...input, duties: false });
    expect(all.schoolDuties.length).toBe(office.directoryRows.length - 1);
    expect(lean.schoolDuties).toEqual([]);
    const facts = (r: (typeof all.registrations)[number]) => [r.id, r.verdict, (r as RegistrationRecord).codes, r.score.total, r.flags];
    expect(lean.registrations.map(facts)).toEqual(all.registrations.map(facts));
  });
});
