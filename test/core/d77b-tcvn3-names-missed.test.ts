// Review d77b (adversarial reading of the fixes for d77) F3.
//
// Who is hurt: a teacher whose name is printed in the signed Quyết định, and the school, which trusts the form to warn
// it. The fix for d77 F1 (bdfcf214) catches a name typed with Unikey left on "TCVN3 (ABC)" when it holds a Latin-1
// capital after a small letter ("NguyÔn TuÊn Anh"). TCVN3 also writes very common letters as small Latin-1 letters
// that are Vietnamese letters too — "ũ" as "ò", "õ" as "â", "ờ" as "ê", "ớ" as "í", "ự" as "ù", "ú" as "ó" — and its
// "ư" is the soft hyphen, which cleaning takes out. Common names without "Nguyễn", "Thị", "Văn" or "Trần" are then made
// of Vietnamese letters only, no capital after a small one, and still pass (implausibleName is null, so the
// confirmation mail says nothing and the name goes into the documents as stored):
//   "Võ Minh Cường" → "Vâ Minh Cêng", "Lý Minh Phước" → "Lý Minh Phíc", "Mai Thanh Trường" → "Mai Thanh Trêng",
//   "Cao Minh Lực" → "Cao Minh Lùc" (and "Vũ Minh Dũng" → "Vò Minh Dòng", not tested: both are real syllables).
// The control "NguyÔn TuÊn Anh" is caught.
// Should: these are told like "NguyÔn TuÊn Anh" is. Each holds a syllable Vietnamese does not have: "â" with no final
// consonant ("Vâ"), the rimes "êng" and "íc" ("Cêng", "Trêng", "Phíc": TCVN3's "ườ"/"ướ" with its "ư" taken out),
// a grave accent on a syllable ending in "c" ("Lùc": such syllables take only the acute or the dot below).
// Severity: Low–Medium (a wrong name in a signed award, not seen until it is printed).
import { describe, expect, it } from 'vitest';
import { implausibleName } from '../../src/core/registration';

describe('names typed on TCVN3 whose characters are all Vietnamese small letters (d77b F3)', () => {
  // A known limit, kept as a test that fails today (it.fails: it turns red once the limit is gone). "NguyÔn TuÊn Anh" is
  // caught (a capital after a small letter), and so is every name whose "ư" TCVN3 typed as a soft hyphen, in the cell
  // as typed (criteria.test.ts: "C\u00adêng"); the names below, read without it, are made of Vietnamese letters only.
  // Telling them needs a check of syllables ("êng", "íc", "Vâ", a grave accent on a syllable ending in "c" are not
  // Vietnamese), which would flag the spellings of minority languages' names too ("Byă", "Kdăm", "Mlô": Ê Đê, Jrai):
  // not built.
  it.fails('are told as typed with a legacy code table (a known limit for names without a soft hyphen)', () => {
    expect(implausibleName('NguyÔn TuÊn Anh', 'individual')?.why).toBe('encoding');
    for (const name of ['Vâ Minh Cêng', 'Lý Minh Phíc', 'Mai Thanh Trêng', 'Cao Minh Lùc']) {
      expect(implausibleName(name, 'individual')?.why, name).toBe('encoding');
    }
  });
  it('the real names are not', () => {
    for (const name of ['Vũ Minh Dũng', 'Võ Minh Cường', 'Lý Minh Phước', 'Mai Thanh Trường', 'Cao Minh Lực']) expect(implausibleName(name, 'individual'), name).toBeNull();
  });
});
