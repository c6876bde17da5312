// The words typed into "Thẩm định" that Sheets read as a formula (review r77c F1, F4): src/core/typed-words.ts.
import { describe, expect, it } from 'vitest';
import { errorRows, isSheetsError, reviewTextColumns, typedWords, withTypedWords } from '../../src/core/typed-words';
import { codesShowing } from '../../src/core/review';

const HEADER = ['Mã phiếu', 'Đơn vị', 'Đối tượng', 'Tên', 'Kết luận tự động', 'Điểm ưu tiên', 'Quyết định của Hội đồng', 'Nhận xét', 'Người thẩm định', 'Ghi chú'];

describe('typed words', () => {
  it('tells Sheets error values from words', () => {
    expect(isSheetsError('#ERROR!')).toBe(true);
    expect(isSheetsError('#NAME?')).toBe(true);
    expect(isSheetsError('#ERROR! là gì')).toBe(false);
    expect(isSheetsError('- Bổ sung')).toBe(false);
    expect(isSheetsError(5)).toBe(false);
  });

  it('takes the words from a "- …" or "+ …" Sheets made a formula of, not from other formulas', () => {
    expect(typedWords('=- Bổ sung minh chứng')).toBe('- Bổ sung minh chứng');
    expect(typedWords('=+ Đ/c Lan')).toBe('+ Đ/c Lan');
    expect(typedWords('=A1+B1')).toBeNull();
    expect(typedWords('')).toBeNull();
  });

  it('replaces error values of the comment, reviewer and note columns only, leaving the rows read as they were', () => {
    const { columns, note } = reviewTextColumns(HEADER);
    expect(columns).toEqual([7, 8, 9]);
    expect(note).toBe(9);
    const values = [
      HEADER,
      ['DK-000001', 'A', 'Cá nhân', 'An', 'Đạt', 1, 'Đề nghị khen', 'Tốt', '', ''],
      ['DK-000002', 'B', 'Cá nhân', 'Bình', '#ERROR!', 1, 'Yêu cầu bổ sung', '#ERROR!', '#ERROR!', '#NAME?'],
    ];
    expect(errorRows(values, columns)).toEqual([2, 2]);
    const formulas = [['=- Bổ sung', '=+ Đ/c Lan', '=abc']];
    const out = withTypedWords(values, columns, formulas, 2, 7, note);
    expect(out[2]).toEqual(['DK-000002', 'B', 'Cá nhân', 'Bình', '#ERROR!', 1, 'Yêu cầu bổ sung', '- Bổ sung', '+ Đ/c Lan', '=abc']);
    expect(out[1]).toBe(values[1]);
    expect(values[2][7]).toBe('#ERROR!');
    // A real formula in "Nhận xét" whose words are not a typed list stays an error (never quoted: review.ts councilWords).
    expect(withTypedWords(values, columns, [['=VLOOKUP(1)', '', '']], 2, 7, note)[2][7]).toBe('#ERROR!');
  });
});

describe('codesShowing (review r77c F5)', () => {
  it('matches a decision pasted in another case or with spaces, as the merge reads it', () => {
    const values = [HEADER, ['DK-000001', '', '', '', '', '', 'không đề nghị ', '', '', ''], ['DK-000002', '', '', '', '', '', 'Đề nghị khen', '', '', '']];
    expect([...codesShowing(values, 'Quyết định của Hội đồng', 'Không đề nghị')]).toEqual(['DK-000001']);
  });
});
