// A collective known as its school itself, however its name is worded (duplicates.ts: one subject; registration.ts: the
// school registered as a part of itself). No dependency on the registration modules, which use it (no import cycle).
import type { Registration } from './registration';
import { PairMemo, memoised } from './memo';
import { letterDigitRuns, matchKey } from './text';

/**
 * A collective under its school's name however worded ("Trường MN Hoa Sen", "Tập thể Trường Mầm non Hoa Sen.", "TRƯỜNG
 * MẦM NON HOA SEN" for "Trường Mầm non Hoa Sen": wholeUnitKey), or a part of the school named with it ("Nhà trẻ Trường
 * Mầm non Hoa Sen"): signed for by its principal (proposals.ts). Which of them is the school itself: isSchoolItself.
 */
export function namesItsSchool(r: Pick<Registration, 'kind' | 'name' | 'schoolName'>): boolean {
  if (r.kind !== 'collective') return false;
  const unit = wholeUnitKey(r.schoolName);
  // A name without the last word of its school's is another unit ("Tổ Toán"): most are, told without working out the
  // name's own key (each of its words, or the whole key, is within matchKey of the name).
  if (!matchKey(r.name).includes(unit.slice(unit.lastIndexOf(' ') + 1))) return false;
  return wholeUnitKey(r.name) === unit;
}
/** The name part of the subject of a school itself (namesItsSchool): no name's key starts with a control character. */
export const SCHOOL_ITSELF = '\u0002';

/** Words of a school's name that say what it is, not which it is, as matchKey writes them (longest first). */
const SCHOOL_WORDS = [
  'trung học phổ thông', 'trung học cơ sở', 'tập thể', 'mầm non', 'mẫu giáo', 'nhà trẻ', 'tiểu học', 'phổ thông', 'liên cấp', 'dân tộc',
  'bán trú', 'nội trú', 'trường', 'thpt', 'thcs', 'ptdtbt', 'ptdtnt', 'th', 'mn', 'mg', 'pt', 'tt', 'và',
];

/**
 * A school's name without the words that only say it is a school ("Trường", "Tập thể", "Mầm non", "MN" …) or
 * punctuation: "Trường MN Hoa Sen", "Tập thể Trường Mầm non Hoa Sen", "TRƯỜNG MẦM NON HOA SEN." all read "hoa sen"
 * (namesItsSchool); "Tổ Toán", "Chi bộ Trường MN Hoa Sen" do not. A name of those words only keeps them all.
 */
export function wholeUnitKey(name: string): string {
  // Names repeat (a school's, on every registration of it): each worked out once.
  return memoised(wholeUnitKeys, name, computeWholeUnitKey);
}
const wholeUnitKeys = new Map<string, string>();

function computeWholeUnitKey(name: string): string {
  const key = matchKey(name);
  // The words of schoolTokens that are no school word, joined by one space: one loop, no token made (a name of each
  // collective registered is worked out, cold). Joined once, not concatenated word by word: the key is kept (memoised),
  // and a concatenation would keep a chain of its pieces.
  const words = letterDigitRuns(key);
  const core: string[] = [];
  for (let i = 0; i < words.length; ) {
    const p = schoolPhraseAt(words, i);
    if (p !== null) i += p.words.length;
    else core.push(words[i++]);
  }
  return core.length === 0 ? key : core.join(' ');
}

/** An abbreviation of a school word, as its long form ("mn" is "mầm non"). */
const LONG_FORM: Record<string, string> = { mn: 'mầm non', mg: 'mẫu giáo', th: 'tiểu học', thcs: 'trung học cơ sở', thpt: 'trung học phổ thông' };
/**
 * School words that name a level a school has a section of (its nursery, its kindergarten, the primary section of a
 * liên cấp school), as LONG_FORM writes them. The others ("Trường", "Tập thể", "PTDTBT", "dân tộc", "bán trú", "liên
 * cấp", "phổ thông"…) say what kind of school it is, never a part of it.
 */
const SECTION_WORDS: ReadonlySet<string> = new Set(['nhà trẻ', 'mẫu giáo', 'mầm non', 'tiểu học', 'trung học cơ sở', 'trung học phổ thông']);

/**
 * A collective that is its school itself: under its school's name (namesItsSchool) and naming no section of it. A section
 * is a level named before the school ("Nhà trẻ Trường Mầm non Hoa Sen", "Mẫu giáo - Trường MN Hoa Sen", "Tiểu học -
 * Trường TH và THCS Quang Minh"), or, with no "Trường" before the school's own words, a level the school's listed name
 * lacks ("Nhà trẻ Hoa Sen"), or one after them ("Trường MN Hoa Sen - Nhà trẻ"). The school's name as it is officially
 * written, with words the list leaves out, is the school itself ("Trường PTDTBT Tiểu học Hòa Bình" for "Trường Tiểu học
 * Hòa Bình", "Trường Mẫu giáo Hoa Sen" for "Trường Mầm non Hoa Sen": review d74 F4). The school itself is one subject
 * whatever "Toàn đơn vị" or "Một bộ phận" was answered (a school correcting that answer sends it again: duplicates.ts
 * subjectKey, ledger.ts subjectOfRow; review vntext #2, diff27 #6), and is not a part of itself (registration.ts, review
 * d73); a part is its own subject beside it. A team is known by its own name ("Tổ Toán"), whatever was answered.
 */
export function isSchoolItself(r: Pick<Registration, 'kind' | 'name' | 'schoolName'>): boolean {
  if (r.kind !== 'collective') return false;
  // A team's name and its school's repeat (a team registered each year, the school on each of its registrations): each
  // pair worked out once.
  return schoolItselfOf.get(r.schoolName, r.name, computeSchoolItself);
}
/** By school name, then name (fewer maps than by name first: a school has a few teams, most names one school). */
const schoolItselfOf = new PairMemo<boolean>();

function computeSchoolItself(schoolName: string, name: string): boolean {
  const r = { kind: 'collective' as const, name, schoolName };
  if (!namesItsSchool(r)) return false;
  const own = new Set(schoolTokens(matchKey(r.schoolName)).flatMap((t) => (t.school && SECTION_WORDS.has(t.school) ? [t.school] : [])));
  const tokens = schoolTokens(matchKey(r.name));
  const first = tokens.findIndex((t) => t.school === null);
  let last = tokens.length - 1;
  while (last >= 0 && tokens[last].school !== null) last--;
  if (first < 0) return true;
  const before = tokens.slice(0, first);
  const school = before.findIndex((t) => t.school === 'trường');
  const section = (t: { school: string | null }) => t.school !== null && SECTION_WORDS.has(t.school);
  // Levels outside the school's name as written ("Trường …"): a section, when they are not the school's own levels,
  // each once — one level of a liên cấp school is its section ("Tiểu học" of "Trường TH và THCS Quang Minh": review
  // d74b F4), both are the school ("TH và THCS Quang Minh": d74c F2), a level named twice is a section before the
  // school's name ("Tiểu học - TH&THCS Quang Minh": d74d F2).
  const sectionOf = (list: readonly { school: string | null }[]) => {
    const named = list.filter(section).map((t) => t.school!);
    return named.length > 0 && (named.length !== own.size || named.some((l) => !own.has(l)) || new Set(named).size !== named.length);
  };
  // Before the school's words: a level before "Trường" is a section; with no "Trường", as above. After them: as above.
  return !(school >= 0 ? before.slice(0, school).some(section) : sectionOf(before)) && !sectionOf(tokens.slice(last + 1));
}

/**
 * The levels a school's name says it teaches, as LONG_FORM writes them ("mầm non", "tiểu học", "trung học cơ sở",
 * "trung học phổ thông"): those among the school words its name opens with, before its own name ("Trường Tiểu học và
 * THCS Hòa Bình", "Trường PTDTBT TH và THCS …", "Trường THCS và THPT …"; "mẫu giáo" and "nhà trẻ" read "mầm non"). Empty
 * when the name says none ("Trường Phổ thông Hermann Gmeiner"). For a "Liên cấp" school, the levels its directory row
 * does not spell out (proposals.ts: which body manages it, review r75c F3).
 */
export function schoolNameLevels(name: string): string[] {
  const out: string[] = [];
  for (const t of schoolTokens(matchKey(name))) {
    if (t.school === null) break;
    const level = t.school === 'mẫu giáo' || t.school === 'nhà trẻ' ? 'mầm non' : t.school;
    if (SECTION_WORDS.has(level) && !out.includes(level)) out.push(level);
  }
  return out;
}

/** The words of a name's key, each school word (SCHOOL_WORDS, longest first) one token in its long form (LONG_FORM). */
function schoolTokens(key: string): { school: string | null; word: string }[] {
  const words = letterDigitRuns(key);
  const out: { school: string | null; word: string }[] = [];
  for (let i = 0; i < words.length; ) {
    const p = schoolPhraseAt(words, i);
    if (p !== null) {
      out.push({ school: p.school, word: p.phrase });
      i += p.words.length;
    } else out.push({ school: null, word: words[i++] });
  }
  return out;
}

/** Whether `phrase`'s words are those of `words` from its i-th on. */
export function wordsAt(words: readonly string[], i: number, phrase: readonly string[]): boolean {
  for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) return false;
  return true;
}

/** The school word (SCHOOL_WORDS, the longest) that starts at words[i], or null. */
function schoolPhraseAt(words: readonly string[], i: number): SchoolPhrase | null {
  const list = SCHOOL_PHRASES.get(words[i]);
  if (list === undefined) return null;
  for (let k = 0; k < list.length; k++) {
    const p = list[k].words;
    let j = 1;
    while (j < p.length && words[i + j] === p[j]) j++;
    if (j === p.length) return list[k];
  }
  return null;
}

/**
 * Words of a team's name that say it is a team, not which ("Tổ", "Tổ chuyên môn", "Nhóm", "Bộ phận"), as matchKey writes
 * them (teamKey), longest first.
 */
const TEAM_WORDS: readonly string[][] = ['tập thể', 'tổ chuyên môn', 'tổ bộ môn', 'chuyên môn', 'bộ môn', 'bộ phận', 'tổ', 'nhóm'].map((w) => w.split(' '));

/**
 * What tells a team of a school from the school's other teams: its name's words without those that only say it is a
 * team (TEAM_WORDS) and without its school's name after them ("Tổ chuyên môn Toán", "Tổ Toán - Trường THCS Quang Minh" and
 * "Tổ Toán" all read "toán"); '' when nothing is left ("Tổ", "Tập thể"). Two registrations of one school whose keys are
 * equal may be one team under two wordings (duplicates.ts markAlikeTeams).
 */
export function teamKey(name: string, schoolName: string): string {
  return teamKeys.get(schoolName, name, computeTeamKey);
}
/** By school name, then name (as schoolItselfOf). */
const teamKeys = new PairMemo<string>();

function computeTeamKey(schoolName: string, name: string): string {
  let words = letterDigitRuns(matchKey(name));
  // The school's name after the team's ("… Trường THCS Quang Minh", "… THCS Quang Minh"): from the first word at which
  // the rest is the school's own name, however worded.
  const unit = wholeUnitKey(schoolName);
  const last = unit.slice(unit.lastIndexOf(' ') + 1);
  const space = unit.indexOf(' ');
  const first = space < 0 ? unit : unit.slice(0, space);
  for (let i = 1; i < words.length && words[words.length - 1] === last; i++) {
    // The rest can only read as the school's name when it starts with a school word or with the name's first word
    // (wholeUnitKey drops school words only): the others are not worked out (a name of n words asked n keys).
    if ((words[i] === first || SCHOOL_PHRASES.has(words[i])) && wholeUnitKey(words.slice(i).join(' ')) === unit) {
      words = words.slice(0, i);
      break;
    }
  }
  const kept: string[] = [];
  for (let i = 0; i < words.length; ) {
    // A loop, not find/every: closures made for every word and every team word were most of what a key allocated.
    let t: readonly string[] | undefined;
    for (let k = 0; k < TEAM_WORDS.length && t === undefined; k++) if (wordsAt(words, i, TEAM_WORDS[k])) t = TEAM_WORDS[k];
    if (t) i += t.length;
    else kept.push(words[i++]);
  }
  return kept.join(' ');
}

/** A school word: its words, itself, and its long form (LONG_FORM, else itself). */
interface SchoolPhrase {
  words: string[];
  phrase: string;
  school: string;
}
/** SCHOOL_WORDS by their first word, longest first. */
const SCHOOL_PHRASES = new Map<string, SchoolPhrase[]>();
for (const w of SCHOOL_WORDS) {
  const p = w.split(' ');
  const list = SCHOOL_PHRASES.get(p[0]) ?? [];
  list.push({ words: p, phrase: w, school: LONG_FORM[w] ?? w });
  list.sort((a, b) => b.words.length - a.words.length);
  SCHOOL_PHRASES.set(p[0], list);
}
