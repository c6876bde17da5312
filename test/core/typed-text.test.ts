// A text answer Sheets typed as a number, put back as the respondent typed it (review input F2): only in place of the
// number it names, only for a text question, and read back by everything after.
import { describe, expect, it } from 'vitest';
import { Q, initiativeTitles } from '../../src/core/registration-form';
import { answerText, numberTypedTitles, parseResponses, restoreTypedText } from '../../src/core/registration';
import { planDocuments } from '../../src/core/proposals';
import { answersToRow, headerRow } from '../../sample/response-tabs';
import { SCHOOLS, config, directory, form, individualAnswers } from './helpers';

function parsed(cells: Record<string, unknown>) {
  const cfg = config();
  const f = form(cfg);
  const header = headerRow(f);
  const row = answersToRow(f, individualAnswers('teacher', cfg), new Date(2024, 5, 1, 8), SCHOOLS[0].emails[0]);
  for (const [title, v] of Object.entries(cells)) row[header.indexOf(title)] = v;
  return parseResponses([header, row], { form: f, directory: directory(), config: cfg, tab: 'Phiếu đăng ký' }).registrations[0];
}

describe('restoreTypedText', () => {
  const decision = initiativeTitles(1).decision;

  it('puts back "1.250", "05", a phone\'s leading zero in place of the number Sheets made of them', () => {
    const r = parsed({ [decision]: 1250, [Q.phone]: 912345678 });
    expect(numberTypedTitles(r).sort()).toEqual([decision, Q.phone].sort());
    expect(restoreTypedText(r, decision, '1.250')).toBe(true);
    expect(restoreTypedText(r, Q.phone, '0912345678')).toBe(true);
    expect(answerText(r, decision)).toBe('1.250');
    expect(answerText(r, Q.phone)).toBe('0912345678');
    expect(r.initiatives[0].decision).toBe('1.250');
    expect(numberTypedTitles(r)).toEqual([]);
    const five = parsed({ [decision]: 5 });
    expect(restoreTypedText(five, decision, '05')).toBe(true);
    expect(answerText(five, decision)).toBe('05');
  });

  it('leaves the cell when the text names another number (the response edited since), is not a number, or the cell is text', () => {
    const r = parsed({ [decision]: 1250 });
    expect(restoreTypedText(r, decision, '125')).toBe(false);
    expect(restoreTypedText(r, decision, '1.250/QĐ-UBND')).toBe(false);
    expect(restoreTypedText(r, decision, '')).toBe(false);
    expect(answerText(r, decision)).toBe('1250');
    const text = parsed({ [decision]: '45/QĐ-PGDĐT' });
    expect(numberTypedTitles(text)).toEqual([]);
    expect(restoreTypedText(text, decision, '45')).toBe(false);
    // Not a text question: a choice's cell is never rewritten.
    const choice = parsed({ [Q.school]: 7 });
    expect(restoreTypedText(choice, Q.school, '07')).toBe(false);
  });
});

describe('a restored text and the data a document is made from (review upgrade #1)', () => {
  it('is no change of the data: the inputs are the sheet\'s row; the inputs as read (the release that first restored) are given beside', () => {
    const cfg = config();
    const plan = (r: ReturnType<typeof parsed>) => {
      const n = { id: r.id, kind: 'individual' as const, name: r.name, schoolName: SCHOOLS[0].name, score: 1, number: 1, level: 'giayKhen' as const, registration: r as never };
      return planDocuments([n], new Date(2024, 6, 1), cfg).find((d) => d.kind === 'baoCao')!;
    };
    const decision = initiativeTitles(1).decision;
    const r = parsed({ [decision]: 1250 });
    const before = plan(r);
    expect(before.inputsRead).toBeUndefined();
    expect(restoreTypedText(r, decision, '1.250')).toBe(true);
    const after = plan(r);
    expect(after.inputs).toBe(before.inputs);
    expect(after.inputsRead).toBeDefined();
    expect(after.inputsRead).not.toBe(after.inputs);
    // The print (what the document shows) does change: "Quyết định số 1.250", not 1250.
    expect(after.print).not.toBe(before.print);
  });
});
