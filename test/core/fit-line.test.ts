// A run's line in "Tình trạng" past its 500 characters (review d81c F4): the closing update note kept after the cut.
import { describe, expect, it } from 'vitest';
import { fitLine } from '../../src/core/text';

describe('fitLine', () => {
  const note = '(Cập nhật lúc 08:05 ngày 01/07/2024: lần tạo này đã kết thúc.)';
  it('keeps a line that fits as it is', () => {
    expect(fitLine(`Một câu. ${note}`, 500)).toBe(`Một câu. ${note}`);
  });
  it('cuts the text before a closing update note, which stays whole', () => {
    const body = `Dừng lại: đã xong 3/7 văn bản. Hãy chọn lại menu “Tạo”. ${'Lời giải thích dài. '.repeat(30)}`;
    const fitted = fitLine(`${body} ${note}`, 200);
    expect(fitted).toHaveLength(200);
    expect(fitted.endsWith(`… ${note}`)).toBe(true);
    expect(fitted.startsWith('Dừng lại: đã xong 3/7 văn bản. Hãy chọn lại menu “Tạo”.')).toBe(true);
  });
  it('without such a note, cut at the limit as before', () => {
    expect(fitLine('x'.repeat(600), 500)).toBe('x'.repeat(500));
  });
});
