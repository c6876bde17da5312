// Letters a registered name (registration.ts implausibleName) cannot hold as Vietnamese, though every one of them is a
// letter: one of another alphabet that looks like a Latin one (a Cyrillic "о" pasted from a document: review r80i F1),
// and a tone mark where Vietnamese never has one — a second tone on a syllable, a tone on a consonant (a keyboard in the
// wrong Unicode mode, a name pasted from a PDF: "Nguyễ̃n", "Hò́a", "Ǹam", review r80i F3).

/**
 * The precomposed Latin letters (1 at their code, below U+1F00) that are a consonant carrying one of Vietnamese's tone
 * marks (grave, acute, tilde, hook, dot below): NFC writes "N" + grave as "Ǹ" (U+01F8), so such a mark is no longer a
 * combining one once the text is cleaned. Not "Ñ"/"ñ", a legacy code table's letters (legacy-code-table.ts), said so.
 */
export const TONE_ON_CONSONANT = new Uint8Array(0x1f00);
for (const ch of 'ĆćĹĺŃńŔŕŚśŹźǴǵǸǹḄḅḌḍḤḥḰḱḲḳḶḷḸḹḾḿṂṃṆṇṔṕṚṛṜṝṢṣṤṥṨṩṬṭṼṽṾṿẀẁẂẃẈẉẒẓ') TONE_ON_CONSONANT[ch.charCodeAt(0)] = 1;

/** Why a name's letters are not Vietnamese ones (lettersNotVietnamese): `symbol` the letter, or the word, found. */
export type NotVietnamese = { why: 'script'; symbol: string } | { why: 'tones'; symbol: string };

/**
 * In a name cleaned to NFC, a letter no Vietnamese name typed as such holds (null: none), in one pass:
 * - 'tones', with the word: a combining tone mark left after NFC (all Vietnamese letters with their tone are
 *   precomposed, so such a mark stands on a letter that already has a tone, or on a consonant, or on nothing), or a
 *   consonant with a tone (TONE_ON_CONSONANT). Other combining marks are kept: the breve of "ơ̆", "ô̆" in Ê Đê names.
 * - 'script', with the letter: a Cyrillic or Greek letter in a name that also has Latin ones ("Nguyễn Thị Hоa" with a
 *   Cyrillic "о"): it looks the same and is another letter to every search, comparison and font. A name all in one
 *   alphabet is left alone.
 */
export function lettersNotVietnamese(s: string): NotVietnamese | null {
  let latin = false;
  let other = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin = true;
      continue;
    }
    if (c === 0x300 || c === 0x301 || c === 0x303 || c === 0x309 || c === 0x323 || (c < 0x1f00 && TONE_ON_CONSONANT[c] === 1)) return { why: 'tones', symbol: wordAt(s, i) };
    if ((c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) latin = true;
    else if (other < 0 && ((c >= 0x370 && c <= 0x52f) || (c >= 0x1f00 && c <= 0x1fff))) other = i;
  }
  return latin && other >= 0 ? { why: 'script', symbol: s[other] } : null;
}

/** The word (between spaces) of a text that holds its character `i`. */
function wordAt(s: string, i: number): string {
  const start = s.lastIndexOf(' ', i) + 1;
  const end = s.indexOf(' ', i);
  return s.slice(start, end < 0 ? s.length : end);
}
