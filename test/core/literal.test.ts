// literalText decides from the first character where that settles it (table.ts: needsApostrophe): it must make
// literal exactly the text the regular expressions say Sheets would not keep as typed.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_CELL_CHARS, fitText, literalText } from '../../src/core/table';

const FORMULA_START = /^[=+\-@\t\r]/;
const REINTERPRETED = /^\s*(?:[+-]?(?:\d[\d.,\s]*)(?:e[+-]?\d+)?%?|true|false|\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?)\s*$/i;
/** The rule as the regular expressions state it. */
function reference(s: string): string {
  const prefix = FORMULA_START.test(s) || REINTERPRETED.test(s) || s.startsWith("'") ? "'" : '';
  return prefix + fitText(s, MAX_CELL_CHARS - prefix.length);
}

describe('literal text', () => {
  it('is what the regular expressions decide, whatever the text', () => {
    const crafted = ['TRUE', 'true ', ' false', 'False\u00a0', 'truer', 'Trường', 'fa', 'T', 'f', 'ſalse', '\u00a012', '12/5/2023', '1e5', '3%', 'Đạt', '×1', '÷2', "'x", '=1', '+84', '-', '@a', '\t1', '\r', '\ufeff1', '\u20001', 'x', '', 'Ngày 1', '10:30'];
    for (const s of crafted) expect(literalText(s), JSON.stringify(s)).toBe(reference(s));
    const texts = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.tuple(fc.constantFrom('', ' ', '\u00a0', '\u3000', 't', 'T', 'f', 'F', 'Tr', 'Fa', 'Đ', 'ễ'), fc.constantFrom('rue', 'RUE', 'alse', 'ALSE', '12', ' 1', '', 'ường'), fc.constantFrom('', ' ', '  ', 'x', '\u00a0')).map((p) => p.join('')),
    );
    fc.assert(fc.property(texts, (s) => literalText(s) === reference(s)), { numRuns: 5000 });
  });
});
