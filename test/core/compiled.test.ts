// Criteria compiled once per header layout (validate.ts: compileCatalogue) decide exactly what the generic path
// decides: every status, the verdict and the score, whatever the answers and whichever columns the tab has.
import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/core/evaluate';
import { compileCatalogue, evaluateCompact, evaluateRegistration } from '../../src/core/validate';
import { toFixOf } from '../../src/core/emails';
import { formItems } from '../../src/core/registration-form';
import { RegistrationRecord } from '../../src/core/registration';
import type { FormAnswers } from '../../src/core/registration-form';
import { answersToRow, config, directoryRows, form, headerRow, individualAnswers, SCHOOLS } from './helpers';
import { initiativeTitles } from '../../src/core/registration-form';

describe('criteria compiled for the columns of a read', () => {
  it('give the generic path’s codes, verdict, score and sentences, whatever the answers and columns', () => {
    let seed = 11;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const pick = <T,>(xs: readonly T[]): T => xs[next() % xs.length];
    // Answers a form would not give too: spaces, another case, empty evidence, a number, a formula-looking text.
    const odd = ['', ' ', 'có', 'KHÔNG', '  Có ', '-', 'x', 'không có', 42, 'Quyết định 12/QĐ', '=1+1', 'Chưa được công nhận', 'Chua co van ban xac nhan', '215/QĐ-UBND ngày 20/8/2020', 'Quyết định số 12/QĐ năm 2027'];
    let compared = 0;
    // 18/06/2023: after the review, 2022-2023 counts but its rating is not due yet (a blank is pending). 20/12/2024: an
    // office official's 2024-2025 row counts (from 15/12/2024), nobody else's.
    for (const today of [new Date(2022, 7, 1), new Date(2023, 5, 18), new Date(2024, 6, 1), new Date(2024, 11, 20), new Date(2026, 0, 10)]) {
      const cfg = config(today);
      const f = form(cfg);
      const items = formItems(f);
      // The whole header, and the header less a random fifth of its answer columns (the first two are Google's).
      for (const drop of [0, 5]) {
        const header = headerRow(f);
        const keep = header.map((_h, i) => i < 2 || drop === 0 || next() % drop !== 0);
        const rows: unknown[][] = [header.filter((_h, i) => keep[i])];
        for (let n = 0; n < 250; n++) {
          const a: FormAnswers = {};
          for (const item of items) {
            if (item.kind === 'grid') {
              const g: Record<string, string> = {};
              for (const r of item.rows || []) g[r] = String(pick([...(item.columns || []), ...odd]));
              a[item.title] = g;
            } else if (item.kind === 'checkbox') a[item.title] = (item.choices || []).filter(() => next() % 2 === 0);
            else if (item.choices && item.choices.length) a[item.title] = String(pick([...item.choices, ...odd]));
            else a[item.title] = String(pick(['Nguyễn Văn An', 'Trường Mầm non Hoa Sen', '1985', 'Sáng kiến dạy đọc', ...odd]));
          }
          // Most sent in the registration window; some a few days before the day of the check (their ratings count).
          const sent = n % 4 === 3 ? new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1 - (n % 3)) : new Date(2021, 9, 1 + n);
          const row = answersToRow(f, a, sent, pick(SCHOOLS).emails[0]);
          if (n % 7 === 0) row[2 + (next() % (row.length - 2))] = pick(odd);
          rows.push(row.filter((_c, i) => keep[i]));
        }
        const out = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: rows });
        const compiled = compileCatalogue(out.catalogue, cfg);
        for (const r of out.registrations) {
          const generic = evaluateCompact(r, out.catalogue, cfg);
          expect(evaluateCompact(r, out.catalogue, cfg, undefined, compiled), r.id).toEqual(generic);
          expect((r as RegistrationRecord).codes).toBe(generic.codes);
          // The sentences read from the evaluation (the ratings' built once per kind and packed ratings) are the
          // generic path's, for every registration.
          const findings = evaluateRegistration(r, out.catalogue, cfg).findings;
          expect(r.findings, r.id).toEqual(findings);
          const mandatory = new Set(out.catalogue.filter((c) => c.mandatory).map((c) => c.id));
          const toFix = findings.filter((f) => (r.problems.includes(f) ? f.status === 'notMet' || f.status === 'missing' : mandatory.has(f.criterionId)));
          expect(toFixOf(r), r.id).toEqual(toFix.map((f) => f.message));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('name each registration’s own repeated initiative, whatever others with the same initiative codes name', () => {
    const cfg = config();
    const f = form(cfg);
    const [t1, t2] = [initiativeTitles(1), initiativeTitles(2)];
    // One initiative named in both slots (so fewer than the two CN-02 asks for): the same codes, another name each.
    const names = ['Vườn rau sạch của bé', 'Góc đọc sách cùng con', 'Thư viện xanh'];
    const rows: unknown[][] = [headerRow(f)];
    names.forEach((name, i) => rows.push(answersToRow(f, { ...individualAnswers('teacher', cfg), [t1.name]: name, [t2.name]: name.toUpperCase() }, new Date(2023, 0, 2 + i), SCHOOLS[0].emails[0])));
    const out = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: rows });
    expect(new Set(out.registrations.map((r) => (r as RegistrationRecord).initiativeCodes)).size).toBe(1);
    out.registrations.forEach((r, i) => {
      const sentence = toFixOf(r).find((m) => m.includes(names[i].toUpperCase()));
      expect(sentence, r.id).toBeDefined();
      expect(r.findings).toEqual(evaluateRegistration(r, out.catalogue, cfg).findings);
    });
  });
});
