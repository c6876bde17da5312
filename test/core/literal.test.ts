// Shortcuts of the cell and text helpers held to the long way: literalText decides from the first character where
// that settles it (table.ts: needsApostrophe) and must make literal exactly the text the regular expressions say
// Sheets would not keep as typed; a clean single line is its own clean paragraph.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_CELL_CHARS, fitText, literalText } from '../../src/core/table';
import { cleanParagraph } from '../../src/core/text';

const FORMULA_START = /^[=+\-@\t\r]/;
const REINTERPRETED = /^\s*(?:[+-]?(?:\d[\d.,\s]*)(?:e[+-]?\d+)?%?|true|false|\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?)\s*$/i;
/**
 * Text starting with neither a letter, a digit nor white space: Sheets may read it as a value ("(100)", "$5", ".5",
 * "#N/A") by rules of its locale not checked here, so it is made literal whatever follows (review "input" #5).
 */
const SYMBOL_START = /^[^\p{L}\d\s]/u;
/** The rule as the regular expressions state it. */
function reference(s: string): string {
  const prefix = FORMULA_START.test(s) || REINTERPRETED.test(s) || s.startsWith("'") || SYMBOL_START.test(s) ? "'" : '';
  return prefix + fitText(s, MAX_CELL_CHARS - prefix.length);
}

describe('literal text', () => {
  it('is what the regular expressions decide, whatever the text', () => {
    const crafted = ['TRUE', 'true ', ' false', 'False\u00a0', 'truer', 'Trường', 'fa', 'T', 'f', 'ſalse', '\u00a012', '12/5/2023', '1e5', '3%', 'Đạt', '×1', '÷2', "'x", '=1', '+84', '-', '@a', '\t1', '\r', '\ufeff1', '\u20001', 'x', '', 'Ngày 1', '10:30', '(100)', '$5', '€5', '.5', ',5', '#N/A', '“Tổ”', '• a', '😀 a', 'ǅ', 'Ωmega', '中文'];
    for (const s of crafted) expect(literalText(s), JSON.stringify(s)).toBe(reference(s));
    const texts = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.tuple(fc.constantFrom('', ' ', '\u00a0', '\u3000', 't', 'T', 'f', 'F', 'Tr', 'Fa', 'Đ', 'ễ'), fc.constantFrom('rue', 'RUE', 'alse', 'ALSE', '12', ' 1', '', 'ường'), fc.constantFrom('', ' ', '  ', 'x', '\u00a0')).map((p) => p.join('')),
    );
    fc.assert(fc.property(texts, (s) => literalText(s) === reference(s)), { numRuns: 5000 });
  });
});

describe('clean paragraphs', () => {
  it('leave clean single-line text as it is, as the long way does', () => {
    // The long way: the steps of cleanParagraph, without its shortcut for text that is clean already.
    const longWay = (s: string) => {
      const read = s
        .replace(/(?<=\p{L})\u200B(?=\p{Lu})/gu, ' ')
        .replace(/\u00D0/g, 'Đ')
        .replace(/\u00F0/g, 'đ')
        .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
      const lines = read.replace(/[\u00AD\u034F\u061C\u115F\u1160\u180B-\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u2800\u3164\uFE00-\uFE0F\uFEFF\uFFA0]|\uDB40[\uDC00-\uDC7F]/g, '').replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g, '').normalize('NFC').split('\n');
      const out: string[] = [];
      for (const line of lines) {
        const l = line.replace(/[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g, ' ').trim();
        if (l === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
        out.push(l);
      }
      while (out.length > 0 && out[out.length - 1] === '') out.pop();
      return out.join('\n');
    };
    const texts = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('Hồ sơ đầy đủ, đề nghị khen (12).', 'Ý kiến: “tốt” – đạt…', 'a  b', ' a', 'a\nb', 'x\u0301', '\u00D0ỗ Thị', 'a\u200Bb', 'aB\u200BC', 'n\u200BT'));
    fc.assert(fc.property(texts, (s) => cleanParagraph(s) === longWay(s)), { numRuns: 3000 });
  });
});
