// Letters a registered name (registration.ts implausibleName) cannot hold as typed, though every one of them is a
// letter: one of another alphabet that looks like a Latin one inside a Latin word (a Cyrillic "о" pasted from a
// document: review r80i F1), and a tone mark where no spelling has one — a second tone on a syllable, a grave on a
// consonant, a mark left over (a keyboard in the wrong Unicode mode, a name pasted from a PDF: "Nguyễ̃n", "Hò́a", "Ǹam",
// review r80i F3). Not what other languages spell so (review d80 F1): a Greek or Cyrillic word or symbol of its own
// ("CLB Toán π", "(α)", "(Русский)"), a foreign name's consonant with an acute, tilde, caron, cedilla or dot below
// ("Kuśmierczyk", "Petrović").

/**
 * The precomposed Latin letters (nonzero at their code, below U+1F00) that are a consonant carrying one of
 * Vietnamese's tone marks (grave, acute, tilde, hook above, dot below): NFC writes "N" + grave as "Ǹ" (U+01F8), so such
 * a mark is no longer a combining one once the text is cleaned. 2: no language's spelling has it, a tone misplaced
 * wherever it stands (a grave on "n"; no consonant has a precomposed hook above). 1: a letter of other languages
 * (Polish "ś", "ń", Croatian "ć", Slovak "ŕ", "ĺ", Welsh "ẁ", transliterations' "ḍ", "ṭ"), taken in a foreign name and
 * misplaced only in a name that also has a letter of Vietnamese alone ("Nguyễn Văn Ńam"). Not "Ñ"/"ñ", a legacy code
 * table's letters (legacy-code-table.ts), said so.
 */
export const TONE_ON_CONSONANT = new Uint8Array(0x1f00);
for (const ch of 'ĆćĹĺŃńŔŕŚśŹźǴǵḄḅḌḍḤḥḰḱḲḳḶḷḸḹḾḿṂṃṆṇṔṕṚṛṜṝṢṣṤṥṨṩṬṭṼṽṾṿẀẁẂẃẈẉẒẓ') TONE_ON_CONSONANT[ch.charCodeAt(0)] = 1;
for (const ch of 'Ǹǹ') TONE_ON_CONSONANT[ch.charCodeAt(0)] = 2;

/**
 * Why a name's letters are not as typed (lettersNotVietnamese): 'script' the letter of another alphabet and the word
 * holding it, 'tones' the word with the misplaced tone.
 */
export type NotVietnamese = { why: 'script'; symbol: string; word: string } | { why: 'tones'; symbol: string };

/**
 * In a name cleaned to NFC, a letter no name typed as such holds (null: none), in one pass:
 * - 'tones', with the word: a combining tone mark left after NFC (all Vietnamese letters with their tone are
 *   precomposed, so such a mark stands on a letter that already has a tone, or on a consonant, or on nothing); a
 *   consonant with a grave (TONE_ON_CONSONANT 2); a consonant with another tone (TONE_ON_CONSONANT 1) in a name that
 *   also has a letter only Vietnamese spells ("ơ", "ư", or one of U+1EA0–U+1EF9: "ạ", "ễ", "ỹ"…). Other combining
 *   marks are kept: the breve of "ơ̆", "ô̆" in Ê Đê names.
 * - 'script', with the letter and its word: a Cyrillic or Greek letter in a word that also has Latin letters
 *   ("Nguyễn Thị Hоa" with a Cyrillic "о"): it looks the same and is another letter to every search, comparison and
 *   font. A word all in Greek or Cyrillic ("π", "(α)", "(Русский)") is a word or symbol of its own, left alone.
 * A word: letters, combining marks and apostrophes ("H’Bơ̆i") between any other characters.
 */
export function lettersNotVietnamese(s: string): NotVietnamese | null {
  let vietnamese = false;
  let foreignTone = -1;
  let wordStart = 0;
  let wordLatin = false;
  let wordOther = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0x20;
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) wordLatin = true;
      else if (c !== 0x27) {
        if (wordLatin && wordOther >= 0) return { why: 'script', symbol: s[wordOther], word: s.slice(wordStart, i) };
        wordStart = i + 1;
        wordLatin = false;
        wordOther = -1;
      }
      continue;
    }
    if (c === 0x300 || c === 0x301 || c === 0x303 || c === 0x309 || c === 0x323) return { why: 'tones', symbol: wordAt(s, i) };
    if (c < 0x1f00 && TONE_ON_CONSONANT[c] !== 0) {
      if (TONE_ON_CONSONANT[c] === 2) return { why: 'tones', symbol: wordAt(s, i) };
      if (foreignTone < 0) foreignTone = i;
      wordLatin = true;
    } else if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) {
      wordLatin = true;
      if ((c >= 0x1ea0 && c <= 0x1ef9) || c === 0x1a0 || c === 0x1a1 || c === 0x1af || c === 0x1b0) vietnamese = true;
    } else if ((c >= 0x370 && c <= 0x52f) || (c >= 0x1f00 && c <= 0x1fff)) {
      if (wordOther < 0) wordOther = i;
    } else if (!(c >= 0x300 && c <= 0x36f) && c !== 0x2019 && c !== 0x2bc) {
      if (wordLatin && wordOther >= 0) return { why: 'script', symbol: s[wordOther], word: s.slice(wordStart, i) };
      wordStart = i + 1;
      wordLatin = false;
      wordOther = -1;
    }
  }
  return vietnamese && foreignTone >= 0 ? { why: 'tones', symbol: wordAt(s, foreignTone) } : null;
}

/** The word (between spaces) of a text that holds its character `i`. */
function wordAt(s: string, i: number): string {
  const start = s.lastIndexOf(' ', i) + 1;
  const end = s.indexOf(' ', i);
  return s.slice(start, end < 0 ? s.length : end);
}
