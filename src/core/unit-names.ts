// A collective known as its school itself, however its name is worded (duplicates.ts: one subject; registration.ts: the
// school registered as a part of itself). No dependency on the registration modules, which use it (no import cycle).
import type { Registration } from './registration';
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
  let k = wholeUnitKeys.get(name);
  if (k === undefined) {
    if (wholeUnitKeys.size >= 50_000) wholeUnitKeys.clear();
    wholeUnitKeys.set(name, (k = computeWholeUnitKey(name)));
  }
  return k;
}
const wholeUnitKeys = new Map<string, string>();

function computeWholeUnitKey(name: string): string {
  const key = matchKey(name);
  const core = splitSchoolWords(key).kept.join(' ');
  return core === '' ? key : core;
}

/** The words of a name's key that are not school words (`kept`), and the school words found (`dropped`, as written). */
function splitSchoolWords(key: string): { kept: string[]; dropped: string[] } {
  const words = letterDigitRuns(key);
  const kept: string[] = [];
  const dropped: string[] = [];
  for (let i = 0; i < words.length; ) {
    // The longest of the school words starting here (SCHOOL_PHRASES: longest first), if any, is dropped.
    let skip = 0;
    for (const p of SCHOOL_PHRASES.get(words[i]) ?? NONE) {
      let j = 1;
      while (j < p.length && words[i + j] === p[j]) j++;
      if (j === p.length) {
        skip = j;
        break;
      }
    }
    if (skip > 0) {
      dropped.push(words.slice(i, i + skip).join(' '));
      i += skip;
    } else kept.push(words[i++]);
  }
  return { kept, dropped };
}

/** An abbreviation of a school word, as its long form ("mn" is "mầm non"). */
const LONG_FORM: Record<string, string> = { mn: 'mầm non', mg: 'mẫu giáo', th: 'tiểu học', thcs: 'trung học cơ sở', thpt: 'trung học phổ thông', pt: 'phổ thông' };
/** School words that say nothing of which part: "Trường", "Tập thể", "và". */
const NO_PART = new Set(['trường', 'tập thể', 'và', 'tt']);

/**
 * A collective that is its school itself: under its school's name (namesItsSchool), naming no level or section the
 * school's own name lacks: "Trường MN Hoa Sen", "Tập thể Trường Mầm non Hoa Sen" for "Trường Mầm non Hoa Sen" — not
 * "Nhà trẻ Trường Mầm non Hoa Sen" or "Mẫu giáo - …", real parts of it. The school itself is one subject whatever
 * "Toàn đơn vị" or "Một bộ phận" was answered (a school correcting that answer sends it again: duplicates.ts subjectKey,
 * ledger.ts subjectOfRow; review vntext #2, diff27 #6), and is not a part of itself (registration.ts, review d73); a
 * part is its own subject beside it. A team is known by its own name ("Tổ Toán"), whatever was answered.
 */
export function isSchoolItself(r: Pick<Registration, 'kind' | 'name' | 'schoolName'>): boolean {
  if (!namesItsSchool(r)) return false;
  const words = (name: string) => new Set(splitSchoolWords(matchKey(name)).dropped.filter((w) => !NO_PART.has(w)).map((w) => LONG_FORM[w] ?? w));
  const own = words(r.schoolName);
  for (const w of words(r.name)) if (!own.has(w)) return false;
  return true;
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
  let words = letterDigitRuns(matchKey(name));
  // The school's name after the team's ("… Trường THCS Quang Minh", "… THCS Quang Minh"): from the first word at which
  // the rest is the school's own name, however worded.
  const unit = wholeUnitKey(schoolName);
  const last = unit.slice(unit.lastIndexOf(' ') + 1);
  for (let i = 1; i < words.length && words[words.length - 1] === last; i++) {
    if (wholeUnitKey(words.slice(i).join(' ')) === unit) {
      words = words.slice(0, i);
      break;
    }
  }
  const kept: string[] = [];
  for (let i = 0; i < words.length; ) {
    const t = TEAM_WORDS.find((p) => p.every((w, j) => words[i + j] === w));
    if (t) i += t.length;
    else kept.push(words[i++]);
  }
  return kept.join(' ');
}

/** SCHOOL_WORDS by their first word, each as words, longest first. */
const SCHOOL_PHRASES = new Map<string, string[][]>();
for (const w of SCHOOL_WORDS) {
  const p = w.split(' ');
  const list = SCHOOL_PHRASES.get(p[0]) ?? [];
  list.push(p);
  list.sort((a, b) => b.length - a.length);
  SCHOOL_PHRASES.set(p[0], list);
}
const NONE: string[][] = [];
