// Review d76c F5 (after the fix of d76b F1). Who is hurt: the second of two teachers of one school in the south who share
// a name and a birth year (d76b F1's case), when the school types their hometowns without commas, as many clerks do
// ("Phường 1 Quận 3 TP HCM").
// Now: duplicates.ts computePlace reads a hometown without separators as one part, of the kind its first word names,
// and binds every number in it to that one kind: "Phường 1 Quận 3 TP HCM" gives the words {phường 1, quận, phường 3, tp,
// hcm}, and "Phường 3 Quận 1 TP HCM" the very same set. placesApart compares a one-part hometown by its words
// (wordsWithin), so the two are one place and, at one school, the second registration silently replaces the first
// ("Đã thay thế") — exactly d76b F1, only without commas. ("Tổ 5 Phường 1" against "Tổ 1 Phường 5" likewise.)
// Should: a number is bound to the kind word just before it ("phường 1", "quận 3"), wherever it stands in the text;
// the two hometowns are two places (both registrations stay in force, flagged for the council).
// Severity: High (a real teacher drops out without anyone deciding), though rarer than with commas.
import { describe, expect, it } from 'vitest';
import { apartBy } from '../../src/core/duplicates';
import { REPORT_QUESTIONS } from '../../src/core/messages/proposals';
import { individualAnswers, parseOne } from './helpers';

const person = (hometown: string) => parseOne({ ...individualAnswers('teacher'), [REPORT_QUESTIONS.hometown]: hometown, [REPORT_QUESTIONS.gender]: 'Nữ' });
const apart = (a: string, b: string) => apartBy(person(a), person(b));

describe('numbered units typed without commas (d76c F5)', () => {
  it('"Phường 1 Quận 3 TP HCM" and "Phường 3 Quận 1 TP HCM": two places', () => {
    // With commas they are two places (d76b F1's fix).
    expect(apart('Phường 1, Quận 3, TP HCM', 'Phường 3, Quận 1, TP HCM')).toBe('hometown');
    expect(apart('Phường 1 Quận 3 TP HCM', 'Phường 3 Quận 1 TP HCM')).toBe('hometown');
  });
  it('"Tổ 5 Phường 1 TP Cà Mau" and "Tổ 1 Phường 5 TP Cà Mau": two places', () => {
    expect(apart('Tổ 5 Phường 1 TP Cà Mau', 'Tổ 1 Phường 5 TP Cà Mau')).toBe('hometown');
  });
});
