// Text typed with Unikey or EVKey left on a legacy Vietnamese code table, "TCVN3 (ABC)" or "VNI Windows" (reviews r77t
// F1, d77 F1): a registered name (registration.ts implausibleName) and the free-text answers the award documents print
// (registration.ts responseParser) are checked for it.
/**
 * The characters of Latin-1 (1 at their code) that no Vietnamese word has but text typed with a legacy Vietnamese code
 * table has: Unikey or EVKey left on "TCVN3 (ABC)" or "VNI Windows" (to edit an old document) while typing in the form
 * writes "Nguyễn Thị Hùng" as "NguyÔn ThÞ Hïng" (TCVN3: "¨©ª«¬®" for "ăâêôơđ", "µ¶·¸¹" for "àảãáạ", "Þ" for "ị"…)
 * or "Nguyeãn Thò Huøng" (VNI: "ø" for the grave accent, "ï" for the dot below, "ö" for "ư", "ñ" for "đ"…). Such a name
 * would be printed so in the award decision. Kept: the Latin-1 letters Vietnamese has ("à", "Â", "ý"…), "Ð"/"ð" (read
 * as "Đ"/"đ", text.ts), the letters of Latin Extended-A of minority languages' spellings ("ĕ", "ŏ", "ŭ" in Ê Đê, Jrai,
 * Ba Na names). Not every such text has one ("Nguyeãn Thò" has none): those that have are caught.
 */
export const LEGACY_CODE_TABLE = new Uint8Array(0x100);
// Not the soft hyphen (TCVN3's "ư"): cleaning takes it out of every answer (text.ts), and it is not seen when named. Nor
// "°", "±", "²", "³", "´" (TCVN 5712's combining marks, which TCVN3 text typed by a keyboard does not hold) and "º": real
// text writes them ("30°C", "25ºC", "m²", "H´Hen Niê" with an acute accent for the apostrophe: review d77).
for (let c = 0xa1; c <= 0xbf; c++) if (c !== 0xad && !(c >= 0xb0 && c <= 0xb4) && c !== 0xba) LEGACY_CODE_TABLE[c] = 1;
for (const ch of 'ÄÅÆÇËÎÏÑÖ×ØÛÜÞßäåæçëîïñö÷øûüþÿ') LEGACY_CODE_TABLE[ch.charCodeAt(0)] = 1;

/**
 * Whether a character is a letter of the scripts answers are written in (ASCII, Latin-1 and Latin Extended letters,
 * Vietnamese's precomposed ones) or of a legacy code table (which write letters with Latin-1 symbols).
 */
function letterLike(c: number): boolean {
  return ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff) || (c < 0x100 && LEGACY_CODE_TABLE[c] === 1);
}

/**
 * The first character of a legacy code table in a free-text answer that reads as typed with one (LEGACY_CODE_TABLE:
 * "N¨m häc 2026-2027, c« ®· x©y dùng…", "Ñaïi hoïc Sö phaïm"), or null. Unlike a name, such an answer may hold a
 * symbol of its own ("500 m²", "30°C", "Robotics®", «…»): a character counts only inside or against a word's letters
 * ("«" after one, "»" before one; "°", "²", "³", "º" are none of them), and the answer reads as typed with a legacy
 * table when two words hold one, or its only word does.
 */
export function legacyCodeTableText(s: string): string | null {
  // Most answers hold none: told by one expression, without the loop below.
  if (!LEGACY_IN_TEXT.test(s)) return null;
  let first: string | null = null;
  let words = 0;
  let wordHas = false;
  let inWord = false;
  let tagged = false;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      wordHas = false;
      total++;
      // A hashtag or a handle writes its words run together, each with its capital ("#NgàyÁoDài", "#MùaÔnThi"): not
      // a capital after a small letter of one word.
      tagged = c === 35 || c === 64;
    }
    if (wordHas || c >= 0x100) continue;
    if (!tagged && legacyCapital(s, i)) {
      wordHas = true;
      words++;
      first ??= s[i];
      continue;
    }
    if (LEGACY_CODE_TABLE[c] !== 1) continue;
    const before = i > 0 && letterLike(s.charCodeAt(i - 1));
    const after = i + 1 < s.length && letterLike(s.charCodeAt(i + 1));
    const letter = c >= 0xc0 && c !== 0xd7 && c !== 0xf7;
    if (c === 0xab ? before : c === 0xbb ? after : letter || before || after) {
      wordHas = true;
      words++;
      first ??= s[i];
    }
  }
  return words >= 2 || (words === 1 && total === 1) ? first : null;
}

/**
 * Any character legacyCodeTableText counts (LEGACY_CODE_TABLE; a capital after a small letter — of ASCII or Latin-1,
 * as TCVN3 writes the letter before it). Without the "u" flag and Unicode classes, which made it twice as slow over the
 * summaries.
 */
const LEGACY_IN_TEXT = new RegExp(
  `[${Array.from(LEGACY_CODE_TABLE, (v, c) => (v === 1 ? `\\u00${c.toString(16)}` : '')).join('')}]|[a-z\\u00df-\\u00f6\\u00f8-\\u00ff][\\u00c0-\\u00d6\\u00d8-\\u00dd]`,
);

/** The first character of a legacy code table in a text (LEGACY_CODE_TABLE), or null. */
export function legacyCodeTableChar(s: string): string | null {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x100 && LEGACY_CODE_TABLE[c] === 1) || legacyCapital(s, i)) return s[i];
  }
  return null;
}

/**
 * Whether the character at `i` is a capital of Latin-1 ("À"…"Ý") just after a small letter of its word: TCVN3 writes
 * "ấ", "ễ", "ế", "è"… with those capitals, so that "Nguyễn Tuấn Anh" typed on it is "NguyÔn TuÊn Anh", every
 * character a letter of Vietnamese (review d77 F1); no Vietnamese word has a capital after a small letter.
 */
export function legacyCapital(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xc0 || c > 0xdd || c === 0xd7 || i === 0) return false;
  const before = s[i - 1];
  return before !== before.toUpperCase();
}

/** TCVN3's "ư" (U+00AD, a soft hyphen), which cleaning takes out of every answer read (text.ts). */
export const SOFT_HYPHEN = '\u00ad';

/**
 * Whether a cell as typed holds a soft hyphen against a letter: TCVN3's "ư" ("C\u00adêng" for "Cường", "Ph\u00adíc" for
 * "Phước"), which no name typed in Unicode holds; the name read, cleaned, lost it and may hold nothing else of the table
 * (review d77b F3).
 */
export function softHyphenInWord(cell: unknown): boolean {
  return typeof cell === 'string' && cell.includes(SOFT_HYPHEN) && /[\p{L}\u00a1-\u00bf]\u00ad|\u00ad[\p{L}\u00a1-\u00bf]/u.test(cell);
}
