// Reviewer d71 (review of 27aafeb, 'Loại cơ quan' read from a clerk's words): KIND_BY_WORDS matches the value without its
// diacritics (plainKey), so "Trưởng" (head of) reads as "Trường" (school).
import { describe, expect, it } from 'vitest';
import { parseOfficeKind } from '../../src/core/config';

describe('d71: "Loại cơ quan" words', () => {
  // Low: a Phòng's or a Sở's clerk writing the head's title ("Trưởng phòng GD&ĐT": the signer of the documents) in the
  // row is taken, silently, for a school (kind 'truong': "Hiệu trưởng" signs, "Nhà trường" in every text); before
  // 27aafeb it was reported (configErrorBadKind). "Trưởng" is not "Trường".
  it('a head\'s title ("Trưởng phòng …", "Trưởng ban") is not read as a school', () => {
    for (const value of ['Trưởng phòng GD&ĐT', 'Trưởng phòng', 'Trưởng ban thi đua']) expect({ value, kind: parseOfficeKind(value) }).not.toEqual({ value, kind: 'truong' });
  });

  // Low: "GDĐT" without "&" is the usual abbreviation in administrative texts ("Sở GDĐT", "Phòng GDĐT"): refused, the
  // Sheet saying not to send the forms' link yet, where "Sở GD&ĐT" and "Phòng GD-ĐT" are read.
  it('"Sở GDĐT" and "Phòng GDĐT" are read as "Sở GD&ĐT" and "Phòng GD&ĐT" are', () => {
    expect(parseOfficeKind('Sở GD&ĐT')).toBe('so');
    expect(parseOfficeKind('Phòng GD&ĐT')).toBe('phong');
    expect(parseOfficeKind('Sở GDĐT')).toBe('so');
    expect(parseOfficeKind('Phòng GDĐT')).toBe('phong');
  });
});
