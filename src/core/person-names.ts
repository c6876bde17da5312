// A person's name as a form answer gives it and as the documents print it: its case, and a form of address typed before
// it. No dependency on the modules that use it (emails.ts, proposals.ts: no import cycle).
import { officialText } from './text';

/**
 * Whether a person's name is not cased as one (each word's first letter upper case, its other letters lower: "nguyễn
 * thị hằng", "NGUYỄN THỊ HẰNG", "Nguyễn thị Hằng"). A letter after an apostrophe or a hyphen may be either ("H'Hen",
 * "Y-Moan"); a one-letter word ("T.") upper case; a word without letters is not looked at.
 */
export function nameCaseWrong(name: string): boolean {
  for (const word of officialText(name).split(/\s+/)) {
    if (isNameTitle(word)) continue;
    const letters = [...word].filter((c) => c.toLocaleLowerCase('vi') !== c.toLocaleUpperCase('vi'));
    if (letters.length === 0) continue;
    const first = letters[0];
    if (first !== first.toLocaleUpperCase('vi')) return true;
    // The letters after the first, apart from one just after an apostrophe or a hyphen.
    const rest = word.replace(/^[^\p{L}]*\p{L}/u, '').replace(/['’-]\p{L}/gu, '');
    if (letters.length > 1 && rest !== '' && rest === rest.toLocaleUpperCase('vi') && rest !== rest.toLocaleLowerCase('vi')) return true;
  }
  return false;
}

/**
 * Academic and teaching titles a school may type before a person's name, written as they are abbreviated (Tiến sĩ,
 * Thạc sĩ, Phó Giáo sư, Giáo sư, Nhà giáo ưu tú, Nhà giáo nhân dân): not a miscased word, and kept as typed (review
 * d68b: "TS Nguyễn Văn Bình" was suggested as "Ts …").
 */
const NAME_TITLES: ReadonlySet<string> = new Set(['TS', 'ThS', 'PGS', 'GS', 'NGƯT', 'NGND']);

/**
 * The name with each word's first letter upper case and the rest lower (a title of NAME_TITLES as typed), when its words
 * are letters only; else null.
 */
export function nameCapitalised(name: string): string | null {
  const words = officialText(name).split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || !words.every((w) => /^\p{L}+$/u.test(w))) return null;
  return words.map((w) => (isNameTitle(w) ? w : w.charAt(0).toLocaleUpperCase('vi') + w.slice(1).toLocaleLowerCase('vi'))).join(' ');
}

/**
 * Forms of address a school may type before a person's name ("Cô Nguyễn Thị Hòa", "Đ/c …", "Thầy giáo …"), lower-cased,
 * without a trailing dot: not part of the name the documents print (review r73r F3). Not "Ông", a surname too; not the
 * academic titles (NAME_TITLES), which are printed.
 */
const ADDRESS_WORDS: readonly string[][] = ['cô giáo', 'thầy giáo', 'đồng chí', 'cô', 'thầy', 'bà', 'đ/c', 'đc'].map((t) => t.split(' '));

/**
 * The form of address typed before the name (ADDRESS_WORDS, as typed: "Cô", "Đ/c"; the longest first) and the name after
 * it, when a word of a name follows it; null otherwise.
 */
export function addressedAs(name: string): { words: string; rest: string } | null {
  const typed = officialText(name).split(/\s+/).filter((w) => w !== '');
  const lower = typed.map((w) => w.toLocaleLowerCase('vi').replace(/[.:,]+$/, ''));
  // The longest form first ("Cô giáo" before "Cô"), a name of one word after it too ("Cô Hoa": review d73).
  for (const t of ADDRESS_WORDS) {
    if (typed.length <= t.length || !t.every((w, j) => lower[j] === w)) continue;
    return { words: typed.slice(0, t.length).join(' ').replace(/[:,]+$/, ''), rest: typed.slice(t.length).join(' ') };
  }
  return null;
}

/**
 * Words typed after the name, apart from it: a position or a note in brackets ("Nguyễn Thị Hòa (TPT Đội)"), or after a
 * comma or a spaced dash ("…, GV Toán", "… - Tổ trưởng"), and the name before them, when both have letters; null
 * otherwise. No person's name holds a bracket, a comma or a dash between spaces; "Y-Moan" keeps its hyphen. Not part of
 * the name the documents print, and not the name's case (nameCaseWrong is asked of `rest`).
 */
export function besideName(name: string): { words: string; rest: string } | null {
  const typed = officialText(name).trim();
  // A dash with a space on either side ("Hòa - Tổ trưởng", "Hòa- Tổ trưởng"), a slash after the first word ("Hòa/TPT
  // Đội", not "Đ/c …", a form of address: addressedAs).
  const space = typed.indexOf(' ');
  const slash = space > 0 ? typed.indexOf('/', space) : -1;
  const found = typed.search(/[([,]|\s[-–—]|[-–—]\s/u);
  const at = found < 0 ? slash : slash < 0 ? found : Math.min(found, slash);
  if (at <= 0) return null;
  const rest = typed.slice(0, at).trim();
  const words = typed.slice(at).replace(/^[,/\s\-–—]+/u, '').trim();
  return /\p{L}/u.test(rest) && /\p{L}/u.test(words) ? { words, rest } : null;
}

/**
 * Syllables of Vietnamese names that are always written with a diacritic (Nguyễn, Trần, Phạm, Hoàng, Thị, Văn, Đức …),
 * as they read typed without one: a name holding one and no diacritic at all was typed without them (a phone without a
 * Vietnamese keyboard). Names of other peoples written in Latin letters ("Y Moan Niê", "Ksor H'Lan") hold none of them.
 */
const UNACCENTED_SURNAMES: ReadonlySet<string> = new Set([
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong', 'dinh', 'dao', 'doan', 'trinh', 'truong', 'lam', 'ha', 'luong',
]);
/** The same of other syllables: middle names, and "Lý", a surname of other peoples too ("Ly Seo Chung"). */
const UNACCENTED_SYLLABLES: ReadonlySet<string> = new Set([...UNACCENTED_SURNAMES, 'thi', 'van', 'duc', 'ngoc', 'ly']);

/**
 * Whether a person's name was typed without its diacritics ("Nguyen Thi Hoa", "Le Thi Thu Ha"): no mark at all, and it
 * begins with a surname of UNACCENTED_SURNAMES or holds two syllables of UNACCENTED_SYLLABLES. Not a name with an
 * apostrophe ("Siu H'Ly", "Ksor H'Le") nor one with a single such syllable ("Ly Seo Chung", "Y Van Nie"): names of other
 * peoples may be written so on their papers (review d74).
 */
export function nameUnaccented(name: string): boolean {
  const typed = officialText(name).trim();
  if (!/^[A-Za-z\s-]+$/.test(typed)) return false;
  const words = typed.toLowerCase().split(/[\s-]+/).filter((w) => w !== '');
  return words.length >= 2 && (UNACCENTED_SURNAMES.has(words[0]) || words.filter((w) => UNACCENTED_SYLLABLES.has(w)).length >= 2);
}

/** A title of NAME_TITLES as official texts write it too: with its dot ("TS.", "PGS.TS.", "NGƯT."; review d73). */
function isNameTitle(word: string): boolean {
  if (NAME_TITLES.has(word)) return true;
  const parts = word.split('.').filter((x) => x !== '');
  return parts.length > 0 && word.endsWith('.') && parts.every((x) => NAME_TITLES.has(x));
}
