// Vietnamese text handling for untrusted form and sheet values: cleaning, matching keys, cell safety.
// Pure: no Apps Script or Node globals. Values may come from another JS realm, so no `instanceof`.

/** The separator Google Forms uses to join the options of a checkbox answer in the response sheet. */
export const FORMS_CHECKBOX_SEPARATOR = ', ';

/** The largest number of characters a Google Sheets cell holds. */
export const SHEET_CELL_LIMIT = 50000;

/** The ellipsis appended to text cut at the cell limit. */
export const TRUNCATION_MARK = '…';

/**
 * What looks like code or a formula in an answer: an HTML/XML tag, a template's "{{" or "}}", a spreadsheet formula.
 * A summary with it is a warning to the council (proposals.ts); a name with it is no name (registration.ts).
 */
export const MARKUP = /<\/?[a-z!?][^<>]*>|\{\{|\}\}|^\s*=|(?:^|[\s(;])=\s*[A-Z][A-Z0-9.]*\s*\(/i;

/**
 * A message about a registration as a school reads it: "Dòng N: " (the row of the office's response tab, which means
 * nothing to a school, and moves when the office sorts it) taken from the start of each of its lines, or of a bullet
 * ("• Dòng N: …"), the next letter made a capital.
 */
export function withoutSheetRow(text: string): string {
  return text.indexOf('Dòng ') < 0 ? text : text.replace(/(^|\n)(• )?Dòng \d+: (.)/gu, (_m, start: string, bullet: string | undefined, first: string) => start + (bullet ?? '') + first.toUpperCase());
}

/** `s` as it fits in `room` characters: cut with a visible "…" when longer, never inside an emoji. */
export function fitText(s: string, room: number = SHEET_CELL_LIMIT): string {
  if (s.length <= room) return s;
  let cut = room - TRUNCATION_MARK.length;
  const last = s.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1; // a surrogate pair stays whole
  return s.slice(0, cut) + TRUNCATION_MARK;
}

/**
 * A line of "Tình trạng" (`max` characters): whole when it fits; else cut as ever (what it says first stays, Google's
 * words at its end cut short), a closing update note «(Cập nhật lúc …)» kept after the cut, with a visible "…" (review
 * d81c F4: the note that says why the line changed was lost).
 */
export function fitLine(text: string, max: number): string {
  if (text.length <= max) return text;
  const m = /\s(\(Cập nhật lúc [^()]*\))$/u.exec(text);
  if (!m || m[1].length > max / 2) return text.slice(0, max);
  return `${fitText(text.slice(0, m.index), max - m[1].length - 1)} ${m[1]}`;
}

/**
 * A web address in an answer: with its scheme (even glued to a word: "tạihttps://…"), from "www.", or a host with a
 * common ending followed by a path ("drive.google.com/…", "zalo.me/…", "bit.ly/…", "pgd.x.edu.vn/…": review diff22 #1).
 * Not any dotted token with a slash: "TP.HCM/2022" or "12.QD/UBND" is an award's words (review diff21 #1). The award
 * documents print no answer holding one (src/core/proposals.ts declaredAwards).
 */
export const WEB_LINK = /https?:\/\/|\bwww\.|\b(?:[a-z0-9-]+\.)+(?:com|net|org|info|vn|me|ly|be|io|co|gl|gov|edu|ms)(?:\.vn)?\//i;

/** What leads to a link at the end of an answer, and goes with it: separators, "xem tại", "minh chứng:", "link" … */
const LINK_LEAD_IN =
  /(?:[\s,;:.\-–—(\[]|(?<![\p{L}\p{N}])(?:xem|tại|theo|link|url|đường (?:dẫn|link|liên kết)|liên kết|minh chứng|file|tệp|bản scan|ảnh chụp|tải về|ở|và)(?![\p{L}\p{N}]))+$/iu;
/** A word naming a kind of award or title (what the form's help asks the answer to name first), or its abbreviation. */
const AWARD_WORD =
  /khen|danh hiệu|chiến sĩ|thi đua|huân chương|huy chương|kỷ niệm chương|lao động tiên tiến|lao động xuất sắc|tuyên dương|giải|nhà giáo|dạy giỏi|chủ nhiệm giỏi|CSTĐ|LĐTT|LĐXS|GVDG|GVCNG/iu;
/**
 * What may follow the award's number, date or year: its issuer ("… ngày 20/7/2022 của Chủ tịch UBND huyện"), with
 * nothing that names where a file is (review diff24 #4).
 */
const ISSUER_TAIL = /^(?:của|do)\s+[\p{L}\s&.,-]+$/u;
const MEDIUM_WORD = /(?<![\p{L}\p{N}])(?:link|url|drive|file|tệp|minh chứng|ảnh|scan|web|website|facebook|zalo|đính kèm|đường dẫn|liên kết|tại đây|xem)(?![\p{L}\p{N}])/iu;
/** A decision's number ("188/QĐ-UBND", "12.QĐ/UBND") or a full date ("08/12/2022", "2.6.2022"). */
const DECISION_OR_DATE = /\d\s*\/\s*[\p{L}\p{N}]|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/u;
/** How an award's words end: a year or school year, a date, a decision's number (brackets and stops aside). */
const AWARD_END = /^(?:\d{4}(?:-\d{4})?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|[\p{L}\p{N}.&-]*\d[\p{L}\p{N}.&-]*\/[\p{L}\p{N}./&-]*[\p{L}\p{N}])$/u;

/**
 * An award answer as the award documents print it: as written when it holds no web link (WEB_LINK). When its only links
 * are at its end ("Bằng khen …, Quyết định số 188/QĐ-UBND ngày 08/12/2022: https://…", the commonest shape while the
 * form's help invited links: review diff22 #5), its words without the links, what leads to them and what separates
 * them — but only when those words are an award's full statement, which a guessed cut must not get wrong in a signed
 * report (review diff23 #1, #2): a word naming the award, a decision's number or a date, and an end on a number, a date
 * or a year, or on its issuer after them (diff24 #4) — "…, file đính kèm", "Giấy khen năm 2023. Drive", "Năm 2023" are
 * not. Else null: a link among the words
 * (cutting it out cut real words, review diff21 #1), or words that need their link.
 */
export function printableAward(text: string): string | null {
  if (!WEB_LINK.test(text)) return text;
  const words = text.trim().split(/\s+/);
  let cut = false;
  while (words.length > 0) {
    const last = words[words.length - 1];
    const link = WEB_LINK.exec(last);
    if (link) {
      words.pop();
      cut = true;
      // A link glued to the word before it ("tạihttps://…", "2/6/2022:drive.google.com/…"): the word stays; a bracket
      // or a quote before it ("<https://…>") goes with it.
      const before = last.slice(0, link.index);
      if (/[\p{L}\p{N}]/u.test(before)) {
        words.push(before);
        break;
      }
    } else if (/^[\p{P}\p{S}]+$/u.test(last) || (cut && /^(?:và|hoặc)$/iu.test(last))) words.pop(); // " ; ", " . ", "👉", "và"
    else break;
  }
  if (!cut) return null;
  const head = words.join(' ').replace(LINK_LEAD_IN, '');
  const open = head.split('(').length - head.split(')').length;
  if (WEB_LINK.test(head) || open !== 0 || !AWARD_WORD.test(head) || !DECISION_OR_DATE.test(head)) return null;
  // Its end: a number, a date or a year — or after the last of them, only its issuer.
  const tokens = head.split(' ');
  const bare = (w: string) => w.replace(/^[(“"'[]+|[)”"'\].,;:]+$/gu, '');
  let last = tokens.length - 1;
  while (last >= 0 && !AWARD_END.test(bare(tokens[last]))) last--;
  if (last < 0) return null;
  const tail = tokens.slice(last + 1).join(' ');
  if (tail !== '' && (!ISSUER_TAIL.test(tail) || MEDIUM_WORD.test(tail))) return null;
  return head;
}

/** AWARD_WORD as typed with no tone marks ("giay khen", "CSTD co so"), matched against the answer with its marks taken off. */
const AWARD_WORD_UNMARKED =
  /khen|danh hieu|chien si|thi dua|huan chuong|huy chuong|ky niem chuong|lao dong tien tien|lao dong xuat sac|tuyen duong|giai|nha giao|day gioi|chu nhiem gioi|CSTD|LDTT|LDXS|GVDG|GVCNG/i;

/**
 * A summary shorter than this many words is "less than a sentence or two": a Vietnamese sentence that says what was
 * done and with what result runs about 10–20 syllables (words), so two short sentences are about 20. The notes the
 * sample's schools sent instead of a summary ("Đăng ký lại để bổ sung minh chứng.", 8 words; "Nội dung tóm tắt", 4) fall
 * well below it; the shortest real summary of the sample (two sentences) has 21.
 */
export const SUMMARY_MIN_WORDS = 20;

/** The words of `text` that hold a letter or a digit (a dash or a bullet alone is no word). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length;
}

/**
 * An award answer the award documents print (printableAward) that gives a decision's number or date but names no award
 * ("Số 197/QĐ ngày 4/3/2022", "Quyết định 45/QĐ-UBND ngày 12/5/2024"): under the report's heading of the forms of award
 * it reads as incomplete in a signed file, and the form's help asks for the award first (review read-outputs M3). Told,
 * not judged: the criterion is the council's to weigh, and the school can complete it by editing its registration.
 */
export function awardUnnamed(text: string): boolean {
  const printed = printableAward(text);
  if (!printed || !DECISION_OR_DATE.test(printed)) return false;
  // "Khen thưởng" names the act, not an award ("Quyết định khen thưởng số 45/QĐ-UBND …" names none); a title "… giỏi"
  // (giáo viên giỏi, chủ nhiệm lớp giỏi, Tổng phụ trách Đội giỏi: Thông tư 22/2019/TT-BGDĐT) is one (review diff34 #3).
  const words = printed.replace(/khen\s+th[ưu][ởo]ng/giu, ' ');
  if (AWARD_WORD.test(words) || /giỏi/iu.test(words)) return false;
  const unmarked = words.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').replace(/khen\s+thuong/gi, ' ');
  return !AWARD_WORD_UNMARKED.test(unmarked) && !/\bgioi\b/i.test(unmarked);
}

/** True for a Date from any realm (sheet values cross realms in tests and Apps Script). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** The same cell value as read back: Dates by their time, anything else by its text. */
export function sameCell(a: unknown, b: unknown): boolean {
  if (isDate(a) || isDate(b)) return isDate(a) && isDate(b) && a.getTime() === b.getTime();
  return String(a ?? '') === String(b ?? '');
}

/** True for a Date from any realm that holds a real time (not Invalid Date). */
export function isValidDate(v: unknown): v is Date {
  if (!isDate(v)) return false;
  try {
    return !isNaN(Date.prototype.getTime.call(v));
  } catch {
    return false;
  }
}

// Bidirectional marks and overrides, zero-width characters, BOM, soft hyphen, word joiner; and characters that show
// as nothing (review input F3: a name sent again with one was another person): the combining grapheme joiner, the
// Hangul fillers, the blank Braille cell, variation selectors and the Mongolian ones, tag characters.
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u180B-\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u2800\u3164\uFE00-\uFE0F\uFEFF\uFFA0]|\uDB40[\uDC00-\uDC7F]/g;
// Full-width forms of printable ASCII (typed with an East Asian input method: "Ｎguyễn"), read as the ASCII they show.
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const halfWidth = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0xfee0);
// Any whitespace, including NBSP (U+00A0), narrow NBSP, ideographic space, line and paragraph separators.
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;
// Other control characters (C0 except tab/newline handled above, DEL, C1).
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/**
 * Clean one line of text: NFC, invisible marks removed, every run of whitespace one space, trimmed.
 * Used for names, answers and keys; never for paragraphs whose line breaks matter (see cleanParagraph).
 */
export function cleanText(s: string): string {
  if (isAlreadyClean(s)) return s;
  if (s.length > 200) return cleanUncached(s);
  const hit = cleanCache.get(s);
  if (hit !== undefined) return hit;
  const c = cleanUncached(s);
  if (cleanCache.size >= CLEAN_CACHE_MAX) cleanCache.clear();
  cleanCache.set(s, c);
  return c;
}

// Text cleaning leaves unchanged: words of printable ASCII, precomposed Latin letters but "Ð"/"ð" (Vietnamese included: no
// combining mark, so NFC changes nothing), dashes, curly quotes and the ellipsis, one space apart, no space at
// either end. Most answers and cells are like this; they skip normalisation, the replacements and the cache.
const CLEAN_CHAR = '[\\x21-\\x7E\\u00C0-\\u00CF\\u00D1-\\u00EF\\u00F1-\\u024F\\u1E00-\\u1EFF\\u2013\\u2014\\u2018\\u2019\\u201C\\u201D\\u2026]';
export const ALREADY_CLEAN = new RegExp(`^(?:${CLEAN_CHAR}+(?: ${CLEAN_CHAR}+)*)?$`);


/** ALREADY_CLEAN.test(s) (a test checks they agree), one pass over the characters (no regular expression on every answer read). */
export function isAlreadyClean(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  // No space at either end; a space only between two clean characters.
  if (s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32) return false;
  let space = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
      continue;
    }
    space = false;
    if (c >= 0x21 && c <= 0x7e) continue;
    if (c < 0xc0 || c === 0xd0 || c === 0xf0) return false;
    if (c <= 0x24f || (c >= 0x1e00 && c <= 0x1eff)) continue;
    if (c === 0x2013 || c === 0x2014 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2026) continue;
    return false;
  }
  return true;
}

const CLEAN_CACHE_MAX = 100000;
const cleanCache = new Map<string, string>();

/**
 * What cleaning reads as something else (review vntext #3, #4): a zero-width space between a letter and a capital
 * ("Nguyễn\u200BThị", "NGUYỄN\u200BTHỊ": pasted from a web page, review diff28 #3) separates two words, and is nothing
 * elsewhere (inside a word, a link, a number: review diff27 #9); "Ð"/"ð" (U+00D0/U+00F0, Icelandic eth, from text
 * converted out of old Vietnamese fonts) are "Đ"/"đ", which they look like and which Vietnamese has.
 */
function readAs(s: string): string {
  // Most text has none of these characters: it is its own reading, with no pass of the expressions over it (the first
  // compiles its Unicode classes, in every fresh execution).
  let any = false;
  for (let i = 0; i < s.length && !any; i++) {
    const c = s.charCodeAt(i);
    any = c === 0x200b || c === 0xd0 || c === 0xf0 || (c >= 0xff01 && c <= 0xff5e);
  }
  if (!any) return s;
  return s.replace(/(?<=\p{L})\u200B(?=\p{Lu})/gu, ' ').replace(/\u00D0/g, 'Đ').replace(/\u00F0/g, 'đ').replace(FULL_WIDTH, halfWidth);
}

function cleanUncached(s: string): string {
  // Marks are removed before composing, so that a letter and its accent split by one still compose.
  return readAs(s).replace(INVISIBLE, '').replace(CONTROLS, '').normalize('NFC').replace(SPACES, ' ').trim();
}

/** Clean a multi-line paragraph: NFC, invisible marks removed, spaces collapsed within lines, blank lines kept to one. */
export function cleanParagraph(s: string): string {
  // Clean single-line text (isAlreadyClean: no line break, no space to collapse or trim, nothing to compose) is its own paragraph.
  if (isAlreadyClean(s)) return s;
  const lines = readAs(s).replace(INVISIBLE, '').replace(/\r\n?/g, '\n').replace(CONTROLS, '').normalize('NFC').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const l = line.replace(SPACES, ' ').trim();
    if (l === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(l);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

// ---- tone placement -------------------------------------------------------------------------

// Combining tone marks: grave, acute, tilde, hook above, dot below.
const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';
// Combining vowel-quality marks: circumflex, breve, horn.
const QUALITY_MARKS = '\u0302\u0306\u031B';
const VOWELS = 'aeiouy';
const TONE_RE = /[\u0300\u0301\u0303\u0309\u0323]/;
const MARK_RE = /\p{M}/u;

interface Cluster {
  base: string;
  marks: string; // combining marks except the tone
}

/**
 * Put the tone mark of one Vietnamese syllable on its canonical vowel (the traditional placement:
 * "hòa", "thủy", "quý", "người"). Words that are not a plausible Vietnamese syllable are returned as is.
 */
export function canonicalSyllable(word: string): string {
  const d = word.normalize('NFD');
  if (!TONE_RE.test(d)) return word;
  const clusters: Cluster[] = [];
  let tone = '';
  for (const ch of d) {
    if (TONE_MARKS.indexOf(ch) >= 0) {
      tone = ch;
      continue;
    }
    if (MARK_RE.test(ch)) {
      if (clusters.length === 0) return word;
      clusters[clusters.length - 1].marks += ch;
      continue;
    }
    clusters.push({ base: ch, marks: '' });
  }
  if (tone === '' || clusters.length === 0) return word;
  const lower = clusters.map((c) => c.base.toLowerCase());
  const vowelIdx: number[] = [];
  for (let i = 0; i < lower.length; i++) if (VOWELS.indexOf(lower[i]) >= 0) vowelIdx.push(i);
  // "qu" and "gi" before another vowel: the u / i belongs to the initial consonant.
  if (vowelIdx.length > 1) {
    const first = vowelIdx[0];
    if (first === 1 && ((lower[0] === 'q' && lower[1] === 'u') || (lower[0] === 'g' && lower[1] === 'i'))) {
      vowelIdx.shift();
    }
  }
  if (vowelIdx.length === 0 || vowelIdx.length > 3) return word;
  for (let i = 1; i < vowelIdx.length; i++) if (vowelIdx[i] !== vowelIdx[i - 1] + 1) return word;
  let target = -1;
  for (const i of vowelIdx) {
    for (const m of clusters[i].marks) if (QUALITY_MARKS.indexOf(m) >= 0) target = i;
  }
  if (target < 0) {
    const last = vowelIdx[vowelIdx.length - 1];
    const closed = last < clusters.length - 1;
    if (vowelIdx.length === 1 || closed) target = last;
    else if (vowelIdx.length === 3) target = vowelIdx[1];
    else target = vowelIdx[0];
  }
  let out = '';
  for (let i = 0; i < clusters.length; i++) {
    out += clusters[i].base + clusters[i].marks + (i === target ? tone : '');
  }
  return out.normalize('NFC');
}

/** The Vietnamese vowel letters, lower case: a, ă, â, e, ê, i, o, ô, ơ, u, ư, y, each without a tone, then with each of TONE_MARKS. */
const VOWEL_LETTERS = 'aàáãảạăằắẵẳặâầấẫẩậeèéẽẻẹêềếễểệiìíĩỉịoòóõỏọôồốỗổộơờớỡởợuùúũủụưừứữửựyỳýỹỷỵ';
/** Their ASCII base letters, one for each six. */
const VOWEL_BASES = 'aaaeeiooouuy';
/** Which of the twelve carry a vowel-quality mark (ă, â, ê, ô, ơ, ư), as bits. */
const QUALITY_VOWELS = (1 << 1) | (1 << 2) | (1 << 4) | (1 << 7) | (1 << 8) | (1 << 10);

/**
 * The precomposed vowel letters by their code (vowelIndex): 1 for a vowel letter, | 2 with a vowel-quality mark, | 4 with a tone
 * mark; the code of its lower-case ASCII base letter above the 8th bit. Made on first use, from the letters above (no
 * normalising: Apps Script starts every execution afresh).
 */
let vowelLetters: Uint16Array | null = null;

/**
 * The index of a character in the table: Latin-1 to Latin Extended-B as they are, Latin Extended Additional's
 * Vietnamese vowels (U+1EA0–U+1EF9) after them; -1 for any other (no Vietnamese vowel letter).
 */
function vowelIndex(c: number): number {
  return c < 0x250 ? c : c >= 0x1ea0 && c <= 0x1ef9 ? c - 0x1ea0 + 0x250 : -1;
}

function vowelLetterTable(): Uint16Array {
  const t = new Uint16Array(0x250 + 0x5a);
  const upper = VOWEL_LETTERS.toUpperCase();
  for (let i = 0; i < VOWEL_LETTERS.length; i++) {
    const v = (i / 6) | 0;
    const flags = 1 | ((QUALITY_VOWELS >> v) & 1 ? 2 : 0) | (i % 6 !== 0 ? 4 : 0) | (VOWEL_BASES.charCodeAt(v) << 8);
    for (const c of [VOWEL_LETTERS.charCodeAt(i), upper.charCodeAt(i)]) if (c >= 0x80) t[vowelIndex(c)] = flags;
  }
  return t;
}

/**
 * canonicalSyllable's answer for the common case, without decomposing: `word` itself when it is made of ASCII letters,
 * "đ"/"Đ" and precomposed Vietnamese vowel letters, and has no tone mark, or one on the vowel canonicalSyllable
 * chooses, or is not a syllable it would change (more than three vowels, or vowels apart). Undefined otherwise (another
 * letter, two tone marks, a tone mark to move): canonicalSyllable decides. Most words of names and answers carry their
 * tone in place; each word is read once per execution, and decomposing and composing every one was a noticeable part
 * of a short execution's time. test/core/text.test.ts checks the two agree on every syllable and on random words.
 */
export function syllableAsIs(word: string): string | undefined {
  const table = (vowelLetters ??= vowelLetterTable());
  const n = word.length;
  if (n > 12) return undefined;
  let tone = -1;
  // The positions of the vowels, and of those with a quality mark, as bits (n ≤ 12).
  let vowels = 0;
  let quality = 0;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    let f: number;
    if (c < 0x80) {
      const l = c | 0x20;
      if (l < 0x61 || l > 0x7a) return undefined;
      f = l === 0x61 || l === 0x65 || l === 0x69 || l === 0x6f || l === 0x75 || l === 0x79 ? 1 : 0;
    } else if (c === 0x111 || c === 0x110) f = 0;
    else {
      const x = vowelIndex(c);
      if (x < 0 || table[x] === 0) return undefined;
      f = table[x];
    }
    if (f & 1) vowels |= 1 << i;
    if (f & 2) quality |= 1 << i;
    if (f & 4) {
      if (tone >= 0) return undefined;
      tone = i;
    }
  }
  if (tone < 0) return word;
  // "qu" and "gi" before another vowel: the u / i belongs to the initial consonant.
  if ((vowels & 3) === 2 && (vowels & ~3) !== 0) {
    const l0 = word.charCodeAt(0) | 0x20;
    const c1 = word.charCodeAt(1);
    const b1 = c1 < 0x80 ? c1 | 0x20 : table[vowelIndex(c1)] >> 8;
    if ((l0 === 0x71 && b1 === 0x75) || (l0 === 0x67 && b1 === 0x69)) vowels &= ~2;
  }
  const first = 31 - Math.clz32(vowels & -vowels);
  const last = 31 - Math.clz32(vowels);
  const count = last - first + 1;
  if (count > 3 || vowels !== (1 << (last + 1)) - (1 << first)) return word;
  let target: number;
  const q = quality & vowels;
  if (q !== 0) target = 31 - Math.clz32(q);
  else if (count === 1 || last < n - 1) target = last;
  else if (count === 3) target = first + 1;
  else target = first;
  return target === tone ? word : undefined;
}

/** Text with every syllable's tone mark on its canonical vowel ("hoà" → "hòa", "thuỷ" → "thủy", "qúy" → "quý"). */
export function canonicalTones(s: string): string {
  return scanTones(s) ?? tonesByPattern(s.normalize('NFC'));
}

/** canonicalTones's definition: each run of letters and marks (a word) with its tone moved. */
export function tonesByPattern(t: string): string {
  return t.replace(/[\p{L}\p{M}]+/gu, (w) => (w.length > 12 ? w : cachedSyllable(w)));
}

/**
 * 0 for a character that is not a letter, 1 for an ASCII letter, 2 for a precomposed Latin letter beyond ASCII
 * (Latin-1 to Latin Extended-B, Latin Extended Additional: Vietnamese), -1 for any other: a combining mark (the text
 * may not be NFC) or a character whose class this does not know. Text of classes 0 to 2 is NFC (each of these
 * characters is, and no two of them compose).
 */
export function toneClass(c: number): number {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 0;
  if (c >= 0xc0 && c <= 0x24f) return c === 0xd7 || c === 0xf7 ? 0 : 2;
  if (c >= 0x1e00 && c <= 0x1eff) return 2;
  if (c === 0xa0 || c === 0x2013 || c === 0x2014 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2026) return 0;
  // Ticks and ballot boxes (☐ ☑ ☒, ✓ ✔ ✕ ✖ ✗ ✘): the tool's own marks, read in every execution.
  if ((c >= 0x2610 && c <= 0x2612) || (c >= 0x2713 && c <= 0x2718)) return 0;
  return -1;
}

/**
 * canonicalTones without normalising or the Unicode pattern, for text of ASCII, precomposed Vietnamese letters and
 * common punctuation (names, answers): one pass over the characters, a word of ASCII letters left as it is (no tone
 * mark to move). Undefined for text with any other character (normalised, the pattern decides what a letter is).
 */
function scanTones(t: string): string | undefined {
  let out = '';
  let copied = 0;
  let start = -1;
  let wide = false;
  for (let i = 0; i <= t.length; i++) {
    const k = i < t.length ? toneClass(t.charCodeAt(i)) : 0;
    if (k < 0) return undefined;
    if (k > 0) {
      if (start < 0) start = i;
      if (k === 2) wide = true;
      continue;
    }
    if (start >= 0 && wide && i - start <= 12) {
      const w = t.slice(start, i);
      const c = cachedSyllable(w);
      if (c !== w) {
        out += t.slice(copied, start) + c;
        copied = i;
      }
    }
    start = -1;
    wide = false;
  }
  return copied === 0 ? t : out + t.slice(copied);
}

/** Vietnamese has a few thousand syllables: each is worked out once per execution. */
const syllableCache = new Map<string, string>();

function cachedSyllable(word: string): string {
  const fast = syllableAsIs(word);
  if (fast !== undefined) return fast;
  let hit = syllableCache.get(word);
  if (hit === undefined) {
    if (syllableCache.size >= CLEAN_CACHE_MAX) syllableCache.clear();
    hit = canonicalSyllable(word);
    syllableCache.set(word, hit);
  }
  return hit;
}

/**
 * The key two spellings of the same Vietnamese name share: cleaned, lower case, tones on their canonical
 * vowel. "Trường Mầm non Hoà Bình" and "trường  mầm non HÒA BÌNH" share a key; "Hòa" and "Hóa" do not.
 */
export function matchKey(s: unknown): string {
  if (typeof s === 'string') {
    // Form answers repeat heavily (choices, school names): memoise short strings.
    if (s.length <= 200) {
      const hit = keyCache.get(s);
      if (hit !== undefined) return hit;
      const k = computeKey(s);
      if (keyCache.size >= KEY_CACHE_MAX) keyCache.clear();
      keyCache.set(s, k);
      return k;
    }
    return computeKey(s);
  }
  return computeKey(toText(s));
}

const KEY_CACHE_MAX = 100000;
const keyCache = new Map<string, string>();

function computeKey(s: string): string {
  const c = cleanText(s).toLowerCase();
  // Plain ASCII has no tone marks to move.
  return /^[\x00-\x7f]*$/.test(c) ? c : canonicalTones(c);
}

/**
 * The words of a text as runs of letters and digits, in order (what `s.split(/[^\p{L}\p{N}]+/u)` gives, without its
 * empty parts). Text of ASCII and precomposed Latin letters (Vietnamese included), spaces and common punctuation is
 * split by its characters' codes; any other is split by the expression (whose Unicode classes are slow to compile and
 * to run, cold).
 */
export function letterDigitRuns(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let word: boolean;
    if (c < 0x80) word = (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
    else if (c >= 0xc0 && c <= 0x24f) word = c !== 0xd7 && c !== 0xf7;
    else if (c >= 0x1e00 && c <= 0x1eff) word = true;
    else if (c === 0xa0 || c === 0x2013 || c === 0x2014 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2026) word = false;
    else return s.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) out.push(start === 0 ? s : s.slice(start));
  return out;
}

/** Without diacritics, lower case, single spaces: "Thứ Hai" → "thu hai", "Chủ nhật" → "chu nhat". */
export function plainKey(v: unknown): string {
  return matchKey(v)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
}

// ---- values from a sheet --------------------------------------------------------------------

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** dd/MM/yyyy of a Date (local time). */
export function formatDate(d: Date): string {
  return `${pad2(d.getDate())}/${pad2(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** HH:mm of a Date (local time). */
export function formatTime(d: Date): string {
  return `${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

/**
 * Whether a cell's Date is a time of day alone: Sheets stores "14:00" typed as that time on its day zero, 30/12/1899
 * (a date serial's whole days count from it: Sheets API DateTimeRenderOption; review r82p).
 */
export function isTimeOfDay(v: unknown): v is Date {
  return isValidDate(v) && v.getFullYear() === 1899 && v.getMonth() === 11 && v.getDate() === 30;
}

/** A time of day as a Vietnamese Sheet shows one typed: "14:00", "8:00", "8:30:15" (H:mm, seconds only when some). */
export function timeOfDayText(d: Date): string {
  const s = d.getSeconds();
  return `${d.getHours()}:${pad2(d.getMinutes())}${s ? ':' + pad2(s) : ''}`;
}

/** dd/MM/yyyy HH:mm:ss of a Date (local time). */
export function formatDateTime(d: Date): string {
  return `${formatDate(d)} ${formatClock(d)}`;
}

/** "hh:mm:ss": a time as the response tab's "Dấu thời gian" shows it (a school may send twice in a minute). */
export function formatClock(d: Date): string {
  return `${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
}

/**
 * Any cell value as cleaned single-line text: strings cleaned, numbers and booleans printed,
 * Dates (any realm) as dd/MM/yyyy, everything else '' (never throws).
 */
export function toText(v: unknown): string {
  try {
    if (v === null || v === undefined) return '';
    if (typeof v === 'string') return cleanText(v);
    if (typeof v === 'number') return isFinite(v) ? String(v) : '';
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    if (typeof v === 'bigint') return v.toString();
    if (isDate(v)) return isValidDate(v) ? formatDate(new Date(Date.prototype.getTime.call(v))) : '';
    return '';
  } catch {
    return '';
  }
}

/** Any cell value as a cleaned paragraph (line breaks kept). */
export function toParagraph(v: unknown): string {
  if (typeof v === 'string') {
    try {
      return cleanParagraph(v);
    } catch {
      return '';
    }
  }
  return toText(v);
}

/** A Date from a cell: a Date of any realm, or dd/MM/yyyy [HH:mm[:ss]] text, or yyyy-MM-dd text; else null. */
export function parseDate(v: unknown): Date | null {
  // A Date of this realm (every timestamp of a response tab): its time read once.
  if (v instanceof Date) {
    let t = NaN;
    try {
      t = v.getTime();
    } catch {
      // Not a real Date (only its prototype): judged below as any other value.
      t = -Infinity;
    }
    if (t !== -Infinity) return isNaN(t) ? null : new Date(t);
  }
  if (isDate(v)) {
    if (!isValidDate(v)) return null;
    return new Date(Date.prototype.getTime.call(v));
  }
  const s = toText(v);
  if (s === '') return null;
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ ,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  let y: number, mo: number, d: number;
  if (m) {
    d = +m[1];
    mo = +m[2];
    y = +m[3];
  } else {
    m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
    if (!m) return null;
    y = +m[1];
    mo = +m[2];
    d = +m[3];
  }
  const hh = m[4] ? +m[4] : 0;
  const mi = m[5] ? +m[5] : 0;
  const ss = m[6] ? +m[6] : 0;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || hh > 23 || mi > 59 || ss > 59) return null;
  const date = new Date(y, mo - 1, d, hh, mi, ss);
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
  return date;
}

/** A date-only value (local midnight) of day/month/year. */
export function makeDate(year: number, month: number, day: number): Date {
  return new Date(year, month - 1, day);
}

/** The local calendar date (00:00) of a day `n` days after `d` — for deadlines ("from the day after"), schedules, tests. */
export function dayAfter(d: Date, n: number): Date {
  return makeDate(d.getFullYear(), d.getMonth() + 1, d.getDate() + n);
}

/** A deadline (a day) has passed at `at` once the day after it has begun. */
export function deadlinePassed(deadline: Date, at: Date): boolean {
  return at.getTime() >= dayAfter(deadline, 1).getTime();
}

/**
 * Split a checkbox answer cell into its options. Forms joins options with ", "; option labels of this
 * product never contain it (tested), so the split is exact for our own options.
 */
export function splitCheckbox(cell: unknown): string[] {
  if (Array.isArray(cell)) return cell.map((x) => toText(x)).filter((x) => x !== '');
  const s = typeof cell === 'string' ? cell.normalize('NFC') : toText(cell);
  if (s.trim() === '') return [];
  return s
    .split(FORMS_CHECKBOX_SEPARATOR)
    .map((x) => cleanText(x))
    .filter((x) => x !== '');
}

/** padNumber's zeros, by how many. */
const ZEROS: readonly string[] = ['', '0', '00', '000', '0000', '00000', '000000', '0000000', '00000000'];

/** Zero-padded decimal of n with at least `width` digits. */
export function padNumber(n: number, width: number): string {
  const s = String(Math.max(0, Math.floor(n)));
  // The zeros of a short width taken whole (every registration's code pads its row to 6): no string made for them.
  return s.length >= width ? s : width - s.length < ZEROS.length ? ZEROS[width - s.length] + s : '0'.repeat(width - s.length) + s;
}

/**
 * A finder of columns in a header row: given the names a column may have (any order, matched by matchKey), the
 * 0-based index of the first header that matches one of them, or -1.
 */
export function headerFinder(headers: readonly unknown[]): (names: readonly string[]) => number {
  const index = new Map<string, number>();
  headers.forEach((h, i) => {
    const k = matchKey(h);
    if (k !== '' && !index.has(k)) index.set(k, i);
  });
  return (names) => {
    for (const n of names) {
      const i = index.get(matchKey(n));
      if (i !== undefined) return i;
    }
    return -1;
  };
}

/** Whether a row of cells holds nothing but empty cells (blank text counts as empty). */
export function isBlankRow(row: readonly unknown[]): boolean {
  // A cell that starts with a printable ASCII character is not blank: most rows have one, found without cleaning.
  // Indexed loops: an iterator per row is slow before the code is optimised.
  const n = row.length;
  for (let i = 0; i < n; i++) {
    const v = row[i];
    if (typeof v === 'string' && v.length > 0) {
      const c = v.charCodeAt(0);
      if (c > 32 && c < 127) return false;
    }
  }
  for (let i = 0; i < n; i++) {
    const v = row[i];
    if (v === '' || v === null || v === undefined) continue;
    // A cell that starts with a printable ASCII character is not blank: no need to clean it.
    if (typeof v === 'string') {
      const c = v.charCodeAt(0);
      if (c > 32 && c < 127) return false;
    } else if (isDate(v)) {
      // A date prints as dd/MM/yyyy unless it is Invalid Date.
      if (isValidDate(v)) return false;
      continue;
    }
    if (toText(v) !== '') return false;
  }
  return true;
}

/** UTF-8 length of a string (no TextEncoder in Apps Script): what MailApp's and a property's size limits count. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) (n += 4), i++;
    else n += 3;
  }
  return n;
}

/** The offset basis of FNV-1a (32 bit), as int32: where fnv1a32 and fnv1a32Add start. */
export const FNV1A32_START = 0x811c9dc5 | 0;

/**
 * FNV-1a (32 bit) going on from `h` (int32, FNV1A32_START for a new hash) over a string's UTF-16 code units: a text
 * hashed piece by piece, unsigned once at the end (`>>> 0`), is fnv1a32 of the pieces joined.
 */
export function fnv1a32Add(h: number, text: string): number {
  // Int32 arithmetic (Math.imul and ^ read their operands as int32).
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** FNV-1a (32 bit) of a string's UTF-16 code units; `backwards` reads them from the last to the first. */
export function fnv1a32(text: string, backwards = false): number {
  if (!backwards) return fnv1a32Add(FNV1A32_START, text) >>> 0;
  let h = FNV1A32_START;
  for (let i = text.length - 1; i >= 0; i--) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

// ---- evidence ----------------------------------------------------------------------------------------

/** Evidence answers that say nothing ("-", "không", "chưa có", "n/a" …) count as empty. */
const EMPTY_EVIDENCE = new Set(['', '-', '--', '.', '..', '...', '…', 'x', '0', 'không', 'không có', 'chưa', 'chưa có', 'n/a', 'na', 'none', 'null', 'trống'].map(matchKey));

/** More ASCII letters and digits than the longest empty word has characters. */
const EVIDENCE_LETTERS = Math.max(...[...EMPTY_EVIDENCE].map((k) => k.length)) + 1;
/** The ASCII letters and digits the empty words are made of (lower case; with the base letters of "ô", "ư" …). */
const EMPTY_LETTERS = new Uint8Array(128);
for (const ch of [...EMPTY_EVIDENCE].join('').normalize('NFD')) if (/[a-z0-9]/.test(ch)) EMPTY_LETTERS[ch.charCodeAt(0)] = 1;

/**
 * How evidence says there is none yet, as its first words read without tones (a unit types "Chưa được công nhận",
 * "Đang chờ cấp ủy xác nhận", "Sẽ bổ sung sau", "Chua co van ban"): not evidence of what it answers "Có" to. Only
 * phrases that cannot open a description of a result ("Chưa có học sinh bỏ học" can: "chưa có" is followed here by the
 * paper that is lacking).
 */
const DENIALS = [
  'chua co minh chung', 'chua co van ban', 'chua co quyet dinh', 'chua co qd', 'chua co giay', 'chua co bien ban', 'chua co xac nhan', 'chua co ke hoach',
  'cho cap uy', 'cho xac nhan', 'cho quyet dinh', 'cho cong nhan', 'cho ket qua', 'cho phe duyet', 'hien dang cho', 'se nop', 'nop sau',
  'hien chua co minh chung', 'hien chua co van ban', 'hien chua co quyet dinh', 'hien chua co qd', 'hien chua co xac nhan', 'hien chua duoc',
  'chua duoc', 'chua xac nhan', 'chua cong nhan', 'chua cap', 'chua ban hanh', 'chua bo sung', 'chua hop', 'chua binh xet', 'chua suy ton',
  'dang cho', 'dang cap nhat', 'dang hoan thien', 'dang xin', 'dang de nghi', 'dang lam thu tuc',
  'se bo sung', 'se cap nhat', 'se gui', 'bo sung sau', 'cap nhat sau', 'gui sau',
  'khong co minh chung', 'khong co van ban', 'khong co quyet dinh', 'khong co qd', 'khong co giay', 'khong co bien ban', 'khong co xac nhan',
];
const DENIAL_HEAD = Math.max(...DENIALS.map((d) => d.length)) + 8;
/**
 * Whole answers that give no paper, without tones, once "không" typed short is read as itself and a closing particle
 * ("ạ", "nhé", "rồi") is dropped (review vntext #1: "ko", "k có", "Không có ạ", a bare "Có", "Đã có", "ok", "N/A."
 * counted as evidence): "none" (with tones they are empty evidence too: EMPTY_EVIDENCE), or the "yes" repeated.
 */
const NONE_WORDS = new Set(['chua', 'chua co', 'khong', 'khong co', 'hien chua co', 'khong co gi', 'chua co gi', 'n a', 'na', 'none']);
/** The "yes" repeated where the paper should be ("Có", "Đã có đầy đủ", "ok"), without tones: no paper named. */
const YES_WORDS = new Set(['co', 'da co', 'co du', 'co day du', 'da co du', 'da co day du', 'day du', 'du', 'dung', 'ok', 'oke', 'okie', 'yes', 'x']);
const DENIAL_WORDS = new Set([...NONE_WORDS, ...YES_WORDS]);
/** "Không" as typed on a phone ("ko", "k", "kh", "kg", "khg", "hok"), read as itself at the head of an answer. */
const SHORT_KHONG = /^(?:ko|k|kh|kg|khg|hok)(?= |$)/;
/** A particle closing an answer ("Không có ạ", "Đã có rồi", "chưa có nhé"), without tones. */
const CLOSING_PARTICLES = /(?: (?:a|nhe|nha|roi))+$/;
/**
 * A decision's or award's number ("15/QĐ-UBND", "Giấy khen số 15"): evidence given, whatever caveat opens it. Not any
 * number: "Chưa có quyết định (đã nộp Tờ trình 12/TTr-THCS)" still has none.
 */
const DOCUMENT_NUMBER = /\d\s*\/\s*(?:QĐ|QD)(?![\p{L}\d])|(?:quyết định|giấy khen|bằng khen|giấy chứng nhận|quyet dinh|giay khen|bang khen)\s+(?:số|so)\s*\d/iu;

/** The first words DENIALS open with, as typed (with or without tones): most evidence opens otherwise, and is done. */
const DENIAL_START =
  /^[\s"'“‘(\-–]*(chưa|chua|đang|dang|sẽ|se|bổ|bo|cập|cap|gửi|gui|không|khong|ko|k|kh|kg|khg|hok|chờ|cho|hiện|hien|nộp|nop|có|co|đã|da|đầy|day|đủ|du|đúng|dung|ok|oke|okie|yes|x|n\/?a|n\.a|none)(?=[\s,.:;!"'”’)]|$)/i;

/** Evidence that only repeats the "yes" ("Có", "Đã có", "ok"): no paper named (a message of its own: validate.ts). */
export function repeatsYes(s: string): boolean {
  if (!DENIAL_START.test(s)) return false;
  const head = foldedHead(s);
  return YES_WORDS.has(head) || YES_WORDS.has(head.replace(CLOSING_PARTICLES, ''));
}

/** The first words of evidence without tones, case or punctuation, "không" typed short read as itself. */
function foldedHead(s: string): string {
  return folded(s.slice(0, DENIAL_HEAD * 2)).replace(SHORT_KHONG, 'khong');
}

/** Evidence that says there is none yet (DENIALS), whatever its tones, case and spacing. */
export function deniesEvidence(s: string): boolean {
  // Text not in NFC (a combining tone in its first words) is folded whole: the quick test reads NFC only.
  if (!DENIAL_START.test(s) && !combiningMarkBefore(s, DENIAL_HEAD)) return false;
  const head = foldedHead(s);
  if (DENIAL_WORDS.has(head) || DENIAL_WORDS.has(head.replace(CLOSING_PARTICLES, ''))) return true;
  // "Chưa có quyết định năm 2024; năm 2023: Giấy khen số 15/QĐ…" gives evidence after its caveat.
  if (DOCUMENT_NUMBER.test(s)) return false;
  for (const d of DENIALS) if (head.startsWith(d) && (head.length === d.length || head.charAt(d.length) === ' ')) return true;
  return false;
}

/**
 * Whether one of the first `end` characters of `s` is a combining mark (U+0300–U+036F). A loop, not a regular expression
 * over a slice: deniesEvidence asks it of most evidence cells, and the slice and the expression's object would be made
 * anew for each.
 */
function combiningMarkBefore(s: string, end: number): boolean {
  const n = Math.min(s.length, end);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) return true;
  }
  return false;
}

/** Evidence that gives none: empty or saying only "-", "không" … (isEmptyEvidence), or saying none yet (deniesEvidence). */
export function noEvidence(s: string): boolean {
  return isEmptyEvidence(s) || deniesEvidence(s);
}

export function isEmptyEvidence(s: string): boolean {
  // A link's lead-in without its address ("https://", "www."): its letters are no evidence (review input F1). Text that
  // opens with a printable ASCII character other than the "h" or "w" such a lead-in opens with is none.
  const first = s.length === 0 ? 0 : s.charCodeAt(0);
  if ((first <= 32 || first >= 127 || (first | 0x20) === 0x68 || (first | 0x20) === 0x77) && BARE_LINK.test(s)) return true;
  // Most evidence is a sentence: an ASCII letter or digit no empty word has, or more of them than the longest empty
  // word, answers without building its key (the key keeps every letter and digit, lower-cased; punctuation-only
  // text has none).
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (++letters >= EVIDENCE_LETTERS || EMPTY_LETTERS[c] === 0) return false;
    }
  }
  const k = matchKey(s);
  // Without a letter or a digit ("?", "!!!", "“”", an emoji: review input F1), an answer names no document.
  return EMPTY_EVIDENCE.has(k) || !/[\p{L}\p{N}]/u.test(k);
}

/** Nothing but the lead-in of a web address. */
const BARE_LINK = /^\s*(?:https?:\/\/)?(?:www\.)?\s*$/i;

/**
 * Text without tones, case or punctuation, words separated by one space: foldedByChain's text, made in one pass with each
 * character's folding looked up (foldedUnit) rather than by five strings built in turn — a rebuild folds every report's
 * answer twice (isDraft, notIssuedYet), and the chain's strings were most of what reading the reports allocated. The
 * same text: NFD decomposes each character on its own and only reorders combining marks, which the chain drops or
 * turns into spaces, so folding character by character gives what folding the whole text gives (test/core/
 * report-evidence.test.ts compares the two on random text; reports.ts and deniesEvidence use it).
 */
export function folded(s: string): string {
  // Long text (rare in a report's answer) is left to the chain: the pass below spreads its codes as arguments.
  if (s.length > FOLD_MAX) return foldedByChain(s);
  const codes = FOLD_CODES;
  let n = 0;
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      const lower = c >= 65 && c <= 90 ? c + 32 : c;
      if ((lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57)) {
        if (gap && n > 0) codes[n++] = 32;
        gap = false;
        codes[n++] = lower;
      } else gap = true;
      continue;
    }
    const unit = foldedUnit(c);
    for (let j = 0; j < unit.length; j++) {
      const u = unit.charCodeAt(j);
      if (u === 32) gap = true;
      else {
        if (gap && n > 0) codes[n++] = 32;
        gap = false;
        codes[n++] = u;
      }
    }
  }
  codes.length = n;
  return String.fromCharCode.apply(null, codes);
}
const FOLD_MAX = 2000;
/** Scratch space of folded: the codes of the text it makes. */
const FOLD_CODES: number[] = [];

/** What the chain makes of one UTF-16 unit (not ASCII), before spaces are merged: letters and digits, ' ' for the rest. */
function foldedUnit(c: number): string {
  let unit = FOLDED_UNITS.get(c);
  if (unit === undefined) {
    unit = String.fromCharCode(c)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, ' ');
    FOLDED_UNITS.set(c, unit);
  }
  return unit;
}
const FOLDED_UNITS = new Map<number, string>();

/** folded as a chain of the platform's functions: what folded gives, for long text. */
export function foldedByChain(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Emoji and pictographs (not ©, ®, ™, which Times New Roman has), their modifiers and joiners, flags, keycaps.
const PICTOGRAPHS = /(?![\u00a9\u00ae\u2122])\p{Extended_Pictographic}|[\u{1f1e6}-\u{1f1ff}\u{1f3fb}-\u{1f3ff}\u20e3\ufe0e\ufe0f\u200d]/gu;
// Control characters (line breaks are kept), invisible format characters, private use, tags.
const NOT_PRINTED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\ufeff\ue000-\uf8ff\u{e0000}-\u{e007f}]/gu;

/**
 * Text as an official document may print it: NFC, without what the fonts of official documents (Times New Roman)
 * cannot show — emoji and pictographs, control and invisible characters; tabs become spaces, a space left doubled
 * by a removed emoji is one space, and the ends are trimmed. Line breaks stay.
 */
export function officialText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(PICTOGRAPHS, '')
    .replace(NOT_PRINTED, '')
    .replace(/([^ \n]) {2,}(?=[^ \n])/g, '$1 ')
    .replace(/ +\n/g, '\n')
    .trim();
}
