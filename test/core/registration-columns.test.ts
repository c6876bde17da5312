// A question deleted and created again (or duplicated in the editor) leaves two columns under one title in the
// response tab: every reader reads them as one field, and only a row that answered twice, differently, is reported.
import { describe, expect, it } from 'vitest';
import { Q, R, SELF_DECLARED, buildReportForm, responseHeaders } from '../../src/core/registration-form';
import { parseResponses } from '../../src/core/registration';
import { parseReports } from '../../src/core/reports';
import { evaluateAll } from '../../src/core/evaluate';
import { rowKeys } from '../../src/core/ledger';
import { columnLetters, mergeSharedCells, sharedColumns } from '../../src/core/columns';
import { reportCountsFrom, reportingPeriods } from '../../src/core/config';
import { formatDate } from '../../src/core/text';
import { answersToRow, collectiveAnswers, config, directory, directoryRows, form, headerRow, individualAnswers, SCHOOLS } from './helpers';

const cfg = config();
const f = form(cfg);
const TAB = 'Phiếu đăng ký';
const ctx = { form: f, directory: directory(), config: cfg, tab: TAB };
const EVIDENCE = SELF_DECLARED['TT-02-DAN-DAU'].evidence!;

type Row = unknown[];

/**
 * The tab as Forms leaves it when `titles` were deleted and created again: a new column per title at the end; rows
 * flagged in `inNew` answered the new question (their old cell is empty), the others the old one.
 */
function recreated(header: Row, rows: Row[], titles: string[], inNew: boolean[]): Row[] {
  const cols = titles.map((t) => header.indexOf(t));
  for (const c of cols) expect(c).toBeGreaterThanOrEqual(0);
  const h = [...header, ...titles];
  const out = rows.map((r, i) => {
    const moved = cols.map((c) => (inNew[i] ? r[c] : ''));
    const kept = r.map((v, c) => (inNew[i] && cols.includes(c) ? '' : v));
    return [...kept, ...moved];
  });
  return [h, ...out];
}

describe('columns under one title', () => {
  const header = headerRow(f);
  const rows = [
    answersToRow(f, collectiveAnswers(cfg), new Date(2024, 0, 2, 9, 30), SCHOOLS[0].emails[0]),
    answersToRow(f, { ...individualAnswers('manager', cfg), [Q.school]: SCHOOLS[1].name }, new Date(2024, 0, 3, 9, 30), SCHOOLS[1].emails[0]),
    answersToRow(f, { ...collectiveAnswers(cfg), [Q.school]: SCHOOLS[2].name }, new Date(2024, 0, 4, 9, 30), SCHOOLS[2].emails[0]),
  ];
  const reference = parseResponses([header, ...rows], ctx);
  const titles = [Q.school, Q.kind, EVIDENCE];
  const values = recreated(header, rows, titles, [false, true, true]);

  it('numbers columns as the sheet shows them', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('reads a recreated question in either column, row by row, as one field; the run is not stopped', () => {
    expect(reference.errors).toEqual([]);
    const p = parseResponses(values, ctx);
    expect(p.errors).toEqual([]);
    expect(p.registrations.map((r) => [r.school?.code, r.kind, r.name, r.answers[EVIDENCE], r.problems])).toEqual(
      reference.registrations.map((r) => [r.school?.code, r.kind, r.name, r.answers[EVIDENCE], []]),
    );
    // The office is told, as information, once per title, with the columns.
    expect(p.notes).toHaveLength(3);
    const schoolAt = columnLetters(header.indexOf(Q.school));
    expect(p.notes[0]).toContain(`“${Q.school}”`);
    expect(p.notes[0]).toContain(`${schoolAt}, ${columnLetters(header.length)}`);
    expect(p.notes[0]).toContain(TAB);
    const out = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: values, responseTab: TAB });
    expect(out.blocking).toEqual([]);
    expect(out.errors).toEqual(expect.arrayContaining(p.notes));
    expect(out.notes).toEqual(p.notes);
    const before = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [header, ...rows] });
    expect(out.registrations.map((r) => r.verdict)).toEqual(before.registrations.map((r) => r.verdict));
  });

  it('reads the same answer given in both columns once, without a finding (compared as answers, not as text)', () => {
    const v = values.map((r) => [...r]);
    const c = header.indexOf(EVIDENCE);
    const newest = String(v[3][v[0].length - 1]);
    expect(newest).not.toBe('');
    v[3][c] = `  ${newest.toUpperCase()} `;
    const p = parseResponses(v, ctx);
    expect(p.registrations[2].problems).toEqual([]);
    expect(p.registrations[2].answers[EVIDENCE]).toBe(reference.registrations[2].answers[EVIDENCE]);
  });

  it('notes two different answers of one row for that row only, naming the row and the field; reads the newest, the verdict on it', () => {
    const v = values.map((r) => [...r]);
    const c = header.indexOf(EVIDENCE);
    const newest = String(v[3][v[0].length - 1]);
    expect(newest).not.toBe('');
    v[3][c] = 'Minh chứng cũ';
    const p = parseResponses(v, ctx);
    expect(p.errors).toEqual([]);
    const [a, d, b] = p.registrations;
    const shared = (notes: readonly string[]) => notes.filter((n) => n.includes('cột cùng tiêu đề'));
    expect(shared(a.notes)).toEqual([]);
    expect(shared(d.notes)).toEqual([]);
    expect(b.problems).toEqual(reference.registrations[2].problems);
    expect(shared(b.notes)).toHaveLength(1);
    const m = shared(b.notes)[0];
    expect(m).toMatch(/^Dòng 4: /);
    expect(m).toContain(`“${EVIDENCE}”`);
    expect(m).toContain('“Minh chứng cũ”');
    expect(m).toContain(newest.slice(0, 40));
    expect(m).toContain(TAB);
    expect(m).toBe(m.normalize('NFC'));
    expect(b.answers[EVIDENCE]).toBe(reference.registrations[2].answers[EVIDENCE]);
    // Not a finding of the school's: the newest answer (the question the form asks now) is judged, and the note is the
    // office's (the school cannot clear a column of a question the form no longer has).
    const out = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: v });
    expect(out.blocking).toEqual([]);
    expect(evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [header, ...rows] }).registrations[2].verdict).toBe('dat');
    expect(out.registrations[2].verdict).toBe('dat');
    expect(out.registrations[2].notes.some((n) => n.startsWith('Dòng 4: ') && n.includes('“Minh chứng cũ”'))).toBe(true);
    expect(out.registrations[0].verdict).toBe(evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [header, ...rows] }).registrations[0].verdict);
  });

  it('keys rows for identity by the merged answers (the register recognises a row whatever column it answered in)', () => {
    const plain = rowKeys([header, ...rows]);
    const merged = rowKeys(values);
    expect(merged).toEqual(plain);
    // Without the merge the subject of a row answered in the new column would be empty.
    const firstOnly = rowKeys(values.map((r) => r.slice(0, header.length)));
    expect(firstOnly[1].subject).not.toBe(plain[1].subject);
  });

  it('merges only the rows of a tab that has shared titles; a row with none is returned as is', () => {
    const row = ['a', 'b'];
    expect(mergeSharedCells(row, sharedColumns(['x', 'y']))).toBe(row);
    expect(sharedColumns(['x', ' X ', 'y', 'x'])).toEqual([{ header: 'x', columns: [0, 1, 3] }]);
    const seen: unknown[] = [];
    expect(mergeSharedCells(['', 'p', 'q', 'p'], sharedColumns(['x', 'x', 'y', 'x']), (c) => seen.push(c))).toEqual(['p', 'p', 'q', 'p']);
    expect(seen).toEqual([]);
    expect(mergeSharedCells(['o', 'p', 'q', ''], sharedColumns(['x', 'x', 'y', 'x']), (c) => seen.push(c))).toEqual(['p', 'p', 'q', '']);
    expect(seen).toEqual([{ header: 'x', values: ['o', 'p'], used: 'p' }]);
  });
});

describe('report tab: columns under one title', () => {
  const rf = buildReportForm(cfg, SCHOOLS.map((s) => s.name));
  const header = ['Dấu thời gian', 'Địa chỉ email', ...responseHeaders(rf)];
  const period = reportingPeriods(cfg.period)[0].label;
  const row = (s: (typeof SCHOOLS)[number]) => [new Date(2022, 0, 5), s.emails[0], s.name, period, `1/KH-${s.code}`, 'Tóm tắt', ''];
  const dir = directory();

  it('reads "Kỳ báo cáo" answered in the column of the question created again', () => {
    const values = recreated(header, [row(SCHOOLS[0]), row(SCHOOLS[1])], [R.period], [false, true]);
    const p = parseReports(values, rf, dir, cfg, 'Phiếu báo cáo');
    expect(p.reports.map((r) => [r.school?.code, r.period?.label])).toEqual([
      ['MN01', period],
      ['TH01', period],
    ]);
    // Only the note for the office (information), no error of a row.
    expect(p.errors).toEqual([]);
    expect(p.notes).toHaveLength(1);
    expect(p.notes[0]).toContain(`“${R.period}”`);
  });

  it('reports a row that answered "Kỳ báo cáo" twice, differently', () => {
    const values = recreated(header, [row(SCHOOLS[0]), row(SCHOOLS[1])], [R.period], [false, true]);
    values[2][header.indexOf(R.period)] = 'Kỳ khác';
    const p = parseReports(values, rf, dir, cfg, 'Phiếu báo cáo');
    const rowErrors = p.errors.filter((e) => e.startsWith('Báo cáo dòng'));
    expect(rowErrors).toHaveLength(1);
    expect(rowErrors[0]).toMatch(/^Báo cáo dòng 3: /);
    expect(rowErrors[0]).toContain(`“${R.period}”`);
    expect(rowErrors[0]).toContain('“Kỳ khác”');
    expect(p.reports[1].period?.label).toBe(period);
  });
});

describe('report tab: the day each period counts from (review yearahead R2)', () => {
  const rf = buildReportForm(cfg, SCHOOLS.map((s) => s.name));
  const header = ['Dấu thời gian', 'Địa chỉ email', ...responseHeaders(rf)];
  const dir = directory();

  it("judges every report by its own period's day, however many reports of each period come in turn", () => {
    // The periods' days as reportCountsFrom gives them; two reports of each non-plan period, in turn: one a day
    // before its period's day (too soon, told with that day), one on it.
    const periods = reportingPeriods(cfg.period).filter((p) => p.kind !== 'plan');
    expect(periods.length).toBeGreaterThan(1);
    const froms = periods.map((p) => reportCountsFrom({ ...p, kind: p.kind as 'halfYear' | 'annual' }));
    expect(new Set(froms.map((d) => d.getTime())).size).toBe(periods.length);
    const s = SCHOOLS[0];
    const rows: unknown[][] = [];
    for (let round = 0; round < 2; round++) {
      periods.forEach((p, k) => {
        const d = froms[k];
        rows.push([new Date(d.getFullYear(), d.getMonth(), d.getDate() - 1, 9), s.emails[0], s.name, p.label, `1/BC-${s.code}`, 'Tóm tắt', '']);
        rows.push([new Date(d.getFullYear(), d.getMonth(), d.getDate(), 9), s.emails[0], s.name, p.label, `2/BC-${s.code}`, 'Tóm tắt', '']);
      });
    }
    const p = parseReports([header, ...rows], rf, dir, cfg, 'Phiếu báo cáo');
    expect(p.reports.map((r) => !!r.early)).toEqual(rows.map((_, i) => i % 2 === 0));
    const tooSoon = p.errors.filter((e) => e.includes('chưa đến lúc báo cáo kết quả'));
    expect(tooSoon).toHaveLength(2 * periods.length);
    tooSoon.forEach((e, i) => expect(e).toContain(`trước ngày ${formatDate(froms[i % periods.length])}`));
  });
});
