// The school directory ("Đơn vị" tab): parsed by header, with Vietnamese errors naming row and column.
import { cleanText, isBlankRow, matchKey, toText } from './text';
import {
  DIRECTORY_HEADERS,
  SCHOOL_LEVELS,
  OFFICE_LEVEL,
  directoryErrorBadEmail,
  directoryErrorDuplicateCode,
  directoryErrorDuplicateName,
  directoryErrorSharedEmail,
  directoryErrorEmpty,
  directoryErrorEmptyCell,
  directoryErrorNotSchool,
  directoryErrorFormerNameTaken,
  directoryErrorHeading,
  directoryNoteFormerCommas,
  directoryErrorMissingHeader,
  directoryErrorHeaderBelow,
  directoryErrorUnknownLevel,
} from './messages/validation';
import { SCHOOL_NO_MAIL } from './messages/mail';
import type { OfficeKind } from './messages/profiles';

export { DIRECTORY_HEADERS, SCHOOL_LEVELS };

export interface School {
  code: string;
  name: string;
  level: string;
  ward: string;
  cluster: string;
  principal: string;
  /** Lower-cased, trimmed. */
  emails: string[];
  /** 1-based sheet row. */
  row: number;
  /** matchKey(name). */
  key: string;
  /** The names it had before ("Tên cũ"): registrations that name it so are its own. */
  former: string[];
  /** The office itself ("Cấp học": OFFICE_LEVEL, or the office's own name): no school duty is asked of it. */
  office?: boolean;
  /**
   * The office's own unit, its staff (and leaders) rated per calendar year (isOfficeOwnUnit): set by parseDirectory,
   * which knows what kind of organisation runs the tool — never when it is a school (review d81a F3).
   */
  ownUnit?: true;
  /**
   * Its addresses "Đơn vị" also lists for another school (review privacy #3): which school's they are cannot be told, so
   * no mail about one school's registrations goes to them (schoolMail), as no view is shared with them.
   */
  sharedEmails?: string[];
  /**
   * Its code is another row's too (a row copied to add a school): what is keyed by the code — its reminders, the
   * notices of the calendar's days, its view — cannot tell the two apart and would merge them (review diff37: one
   * school's registrations listed to the other). None of it is made until each has its own code; the directory says so.
   */
  codeTwice?: true;
}

/** Why mail to `s` has no recipient: no address, or only addresses shared with another school. */
export function noMailNote(s: Pick<School, 'emails' | 'sharedEmails'>): string {
  return s.emails.length > 0 && schoolMail(s).length === 0 ? SCHOOL_NO_MAIL.shared(s.emails) : SCHOOL_NO_MAIL.none;
}

/** The addresses mail about the school's registrations goes to: its own, without those it shares with another school. */
export function schoolMail(s: Pick<School, 'emails' | 'sharedEmails'>): string[] {
  const shared = s.sharedEmails;
  return shared ? s.emails.filter((e) => shared.indexOf(e) < 0) : s.emails;
}

export interface Directory {
  schools: School[];
  /** matchKey(name) → school (first of duplicates); also matchKey of each former name not taken by another school. */
  byKey: Map<string, School>;
  /** code → school (first of duplicates). */
  byCode: Map<string, School>;
  errors: string[];
  /** The errors of the tab's shape (no header row, a required column missing): nothing read from it can be trusted. */
  structuralErrors: string[];
}

/**
 * Each address "Đơn vị" lists for a school → the schools listing it (an address two schools share names both), once per
 * directory. The office's own row is left out: a clerk sending for a school from the office's address is no other school
 * (review diff40 M1).
 */
export function schoolsByAddress(dir: Pick<Directory, 'schools'>): ReadonlyMap<string, readonly School[]> {
  let map = byAddress.get(dir);
  if (!map) {
    map = new Map<string, School[]>();
    for (const sc of dir.schools) if (!sc.office) for (const e of sc.emails) (map.get(e) ?? map.set(e, []).get(e)!).push(sc);
    byAddress.set(dir, map);
  }
  return map;
}
const byAddress = new WeakMap<object, Map<string, School[]>>();

/**
 * The schools "Đơn vị" lists `email` for when `school` is not one of them (a school's own address sending in another
 * school's name: a school chosen by mistake — review r73r F8, as reports: d63 F6; an address two schools share — review
 * d73); [] otherwise.
 */
export function otherSchoolsOfAddress(dir: Pick<Directory, 'schools'>, email: string, school: School | null): readonly School[] {
  if (!school || email === '') return [];
  const owners = schoolsByAddress(dir).get(email);
  // The office's address (its own row: its staff's registrations) is not another school's, whatever other row lists it
  // too (a unit without a mailbox of its own): the office keying in a school's registration is not a school chosen by
  // mistake (review d74, d74c F4).
  return owners && owners.indexOf(school) < 0 && !officeAddresses(dir).has(email) ? owners : [];
}

/**
 * For a registration first sent from an address "Đơn vị" lists for another school than the one it chose (otherSchoolsOfAddress):
 * the one school that sent it, or null when two schools share that address (which of them sent it cannot be told);
 * undefined for any other registration (its school is the one it chose). Its reminders and its line in a view follow it.
 */
export function sendingSchool(dir: Pick<Directory, 'schools'>, r: { email: string; firstSender?: string; school: School | null; flags: { unverified: boolean } }): School | null | undefined {
  // The school that sent it: by the address it was first sent from, never by whoever edited it since (review r82i F6).
  const senders = r.flags.unverified ? otherSchoolsOfAddress(dir, r.firstSender ? r.firstSender : r.email, r.school) : [];
  return senders.length === 0 ? undefined : senders.length === 1 ? senders[0] : null;
}

/** The addresses "Đơn vị" lists for the office's own rows (isOfficeUnit), once per directory. */
function officeAddresses(dir: Pick<Directory, 'schools'>): ReadonlySet<string> {
  let set = officeMail.get(dir);
  if (!set) officeMail.set(dir, (set = new Set(dir.schools.filter(isOfficeUnit).flatMap((s) => s.emails))));
  return set;
}
const officeMail = new WeakMap<object, ReadonlySet<string>>();

const REQUIRED: (keyof typeof DIRECTORY_HEADERS)[] = ['code', 'name', 'email'];
/**
 * One address: printable ASCII with no separators, quotes, brackets or angle brackets (what a mail client adds around
 * it). No letter of another alphabet or with a Vietnamese mark: a Cyrillic "о" pasted in, Telex's "w" typed as "ư" make
 * an address that looks right and that no mailbox has (review r80i F2).
 */
export const EMAIL = /^[^\x00-\x20\x7f-\uffff@;,<>"'()[\]]+@[^\x00-\x20\x7f-\uffff@;,<>"'()[\]]+\.[^\x00-\x20\x7f-\uffff@;,<>"'()[\]]+$/;

/** What a piece that is not a bare address or word holds: a space, brackets, quotes, or a "mailto:" before it. */
const BARE_NOT = /[\s<>"'()[\]]|^mailto:/i;

/** Splits on ";" and "," outside double quotes and angle brackets ("Nguyễn, Văn A" <a@x.vn> is one piece). */
function pieces(text: string): string[] {
  // Most cells hold bare addresses: nothing quoted or bracketed to keep whole.
  if (text.indexOf('"') < 0 && text.indexOf('<') < 0) return text.split(/[;,]/);
  const out: string[] = [];
  let start = 0;
  let quoted = false;
  let angle = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' && !angle) quoted = !quoted;
    else if (ch === '<' && !quoted) angle = true;
    else if (ch === '>' && !quoted) angle = false;
    else if ((ch === ';' || ch === ',') && !quoted && !angle) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/**
 * The e-mails of a cell as people paste them: several separated by ";" or "," (or spaces), each either bare or as a
 * mail client writes it — `Name <addr>`, `"Hiệu trưởng" <addr>`, `mailto:addr`; lower-cased and trimmed. What is not
 * an address is returned as written, for the caller to refuse with its row and column.
 */
export function splitEmails(cell: unknown): string[] {
  const out: string[] = [];
  for (const raw of pieces(toText(cell))) {
    const piece = raw.trim();
    if (piece === '') continue;
    // A bare word (most cells): nothing to take off it.
    if (!BARE_NOT.test(piece)) {
      out.push(piece.toLowerCase());
      continue;
    }
    const angle = /<([^<>]*)>/.exec(piece);
    if (angle) {
      out.push(angle[1].trim().replace(/^mailto:/i, '').toLowerCase());
      continue;
    }
    const words = piece.split(/\s+/).map((w) => w.replace(/^mailto:/i, '').replace(/^["'(\[]+|["')\]]+$/g, '').toLowerCase());
    // "Hiệu trưởng x@y.vn": the words with an "@" are the addresses; a piece with none is refused whole.
    const withAt = words.filter((w) => w.indexOf('@') >= 0);
    if (withAt.length) out.push(...withAt);
    else out.push(piece.toLowerCase());
  }
  return out.filter((e) => e !== '');
}

/** No school's row listed an address (the register's LedgerEntry.sentAs, a Registration's sentAs). */
export const NOT_LISTED = '-';

/** Normalised e-mail for comparisons. */
export function normaliseEmail(v: unknown): string {
  return toText(v).trim().toLowerCase();
}

/** A school's name has letters (one typed "07" is read as a school only with an address of its own). */
const HAS_LETTERS = /\p{L}.*\p{L}/u;

/** The directory's columns besides the name: a row with none of them filled is a heading of the office's. */
const HEADING_OTHERS = (Object.keys(DIRECTORY_HEADERS) as (keyof typeof DIRECTORY_HEADERS)[]).filter((k) => k !== 'name');

/**
 * When row 1 lacks "Mã đơn vị" or "Tên đơn vị" and a row below has both: that row (1-based), and whether a row above it
 * holds a school (two cells or more: a title is one), as after a sort of the whole tab with no frozen row.
 */
function headerBelow(values: readonly (readonly unknown[])[], header: readonly string[]): { row: number; sorted: boolean } | null {
  const wanted = [DIRECTORY_HEADERS.code, DIRECTORY_HEADERS.name].map((h) => matchKey(h));
  if (wanted.every((w) => header.includes(w))) return null;
  for (let i = 1; i < values.length; i++) {
    const r = values[i];
    if (!r || !wanted.every((w) => r.some((c) => matchKey(c) === w))) continue;
    const sorted = values.slice(0, i).some((above) => !!above && above.filter((c) => toText(c).trim() !== '').length >= 2);
    return { row: i + 1, sorted };
  }
  return null;
}

/**
 * Parse the directory tab (first row = headers, any column order, extra columns ignored). Never throws. `officeName`:
 * the office's own name ("Cấu hình"): its row is the office's, whatever its "Cấp học" (a school running the tool for
 * itself lists itself: review schooloffice M5 — it was reminded by itself to send itself its plan and reports).
 * `organisationKind` ("Loại cơ quan"): a school running the tool has no office's own unit (isOfficeOwnUnit).
 */
export function parseDirectory(values: readonly (readonly unknown[])[], officeName = '', organisationKind?: OfficeKind): Directory {
  const dir: Directory = { schools: [], byKey: new Map(), byCode: new Map(), errors: [], structuralErrors: [] };
  if (!values || values.length === 0) {
    dir.errors.push(directoryErrorEmpty());
    dir.structuralErrors.push(directoryErrorEmpty());
    return dir;
  }
  const header = (values[0] || []).map((h) => matchKey(h));
  // The header row moved down (a title typed above it, or caught in a sort of the whole tab): said where it is, not
  // as columns missing from row 1 — whose cells may be a school's (review r81o F5).
  const below = headerBelow(values, header);
  if (below) {
    const message = directoryErrorHeaderBelow(below.row, below.sorted);
    dir.errors.push(message);
    dir.structuralErrors.push(message);
    return dir;
  }
  const col = {} as Record<keyof typeof DIRECTORY_HEADERS, number>;
  for (const k of Object.keys(DIRECTORY_HEADERS) as (keyof typeof DIRECTORY_HEADERS)[]) {
    col[k] = header.indexOf(matchKey(DIRECTORY_HEADERS[k]));
    if (col[k] < 0 && REQUIRED.indexOf(k) >= 0) {
      dir.errors.push(directoryErrorMissingHeader(DIRECTORY_HEADERS[k]));
      dir.structuralErrors.push(directoryErrorMissingHeader(DIRECTORY_HEADERS[k]));
    }
  }
  if (col.code < 0 || col.name < 0) return dir;
  const levelKeys = new Set([...SCHOOL_LEVELS, OFFICE_LEVEL].map((l) => matchKey(l)));
  const officeKey = matchKey(OFFICE_LEVEL);
  const codeRow = new Map<string, number>();
  const nameRow = new Map<string, number>();
  // An indexed loop and no closure per row: the directory is read at every submission, by code not yet optimised.
  const at = (r: readonly unknown[], c: number) => (c >= 0 ? toText(r[c]) : '');
  for (let i = 1; i < values.length; i++) {
    const r = values[i] || [];
    const row = i + 1;
    if (isBlankRow(r)) continue;
    const code = at(r, col.code);
    const name = at(r, col.name);
    // A name alone on its row (a group heading "KHỐI MẦM NON" typed above the preschools): a line of the office's own,
    // never a school in the form, a tab or the counts; said once, so that a school typed half-way is not left out
    // unsaid (review r81o F2). Only the directory's columns count: a "STT" of the office's numbers headings too.
    // The office's own row, its name alone, stays the office's (its staff register under it).
    if (name !== '' && HEADING_OTHERS.every((k) => at(r, col[k]) === '') && (officeName === '' || matchKey(name) !== matchKey(officeName))) {
      dir.errors.push(directoryErrorHeading(row, name));
      continue;
    }
    if (code === '') dir.errors.push(directoryErrorEmptyCell(row, DIRECTORY_HEADERS.code));
    if (name === '') {
      dir.errors.push(directoryErrorEmptyCell(row, DIRECTORY_HEADERS.name));
      continue;
    }
    const emails = col.email >= 0 ? splitEmails(r[col.email]) : [];
    // A name without letters and no usable address: a line of the office's own (column numbers "(1)" … "(8)", a note),
    // never a school in the form, a tab or the counts (review clerkday #6).
    if (!HAS_LETTERS.test(name) && !emails.some((e) => EMAIL.test(e))) {
      dir.errors.push(directoryErrorNotSchool(row, DIRECTORY_HEADERS.name, name));
      continue;
    }
    for (const e of emails) if (!EMAIL.test(e)) dir.errors.push(directoryErrorBadEmail(row, DIRECTORY_HEADERS.email, e));
    if (col.email >= 0 && emails.length === 0) dir.errors.push(directoryErrorEmptyCell(row, DIRECTORY_HEADERS.email));
    const level = at(r, col.level);
    if (level !== '' && !levelKeys.has(matchKey(level))) dir.errors.push(directoryErrorUnknownLevel(row, DIRECTORY_HEADERS.level, level));
    // Several school names in "Tên cũ" separated by commas (two of them starting "Trường"): read as one name, said.
    const formerTyped = at(r, col.former);
    if (formerTyped.split(/[;\n]/).some((n) => n.split(',').filter((p) => /^trường\s/i.test(p.trim())).length >= 2)) dir.errors.push(directoryNoteFormerCommas(row, formerTyped));
    const school: School = {
      code,
      name,
      level,
      ward: at(r, col.ward),
      cluster: at(r, col.cluster),
      principal: at(r, col.principal),
      emails: emails.filter((e) => EMAIL.test(e)),
      row,
      key: matchKey(name),
      former: formerTyped
        .split(/[;\n]/)
        .map((n) => cleanText(n))
        .filter((n) => n !== ''),
      ...(matchKey(level) === officeKey || (officeName !== '' && matchKey(name) === matchKey(officeName)) ? { office: true } : {}),
    };
    if (organisationKind !== 'truong' && isOfficeRow(school)) school.ownUnit = true;
    // A row of a name already listed is left out whole (a row copied unchanged): its code is not the other school's
    // (review diff38 #4: the line said that school's reminders and view wait, and they did not).
    const firstName = nameRow.get(school.key);
    if (firstName !== undefined) {
      dir.errors.push(directoryErrorDuplicateName(row, name, firstName, emails.filter((e) => EMAIL.test(e))));
      continue;
    }
    if (code !== '') {
      const first = codeRow.get(code);
      if (first !== undefined) dir.errors.push(directoryErrorDuplicateCode(row, code, first));
      else {
        codeRow.set(code, row);
        dir.byCode.set(code, school);
      }
    }
    nameRow.set(school.key, row);
    dir.byKey.set(school.key, school);
    dir.schools.push(school);
  }
  // Former names after every current one (a current name wins): a registration sent under the old name is the school's.
  for (const school of dir.schools) {
    for (const name of school.former) {
      const key = matchKey(name);
      const other = dir.byKey.get(key);
      if (other === school) continue;
      if (other) dir.errors.push(directoryErrorFormerNameTaken(school.row, DIRECTORY_HEADERS.former, name, other.row));
      else dir.byKey.set(key, school);
    }
  }
  const byCodeCount = new Map<string, number>();
  for (const school of dir.schools) if (school.code !== '') byCodeCount.set(school.code, (byCodeCount.get(school.code) ?? 0) + 1);
  for (const school of dir.schools) if ((byCodeCount.get(school.code) ?? 0) > 1) school.codeTwice = true;
  // Addresses listed for two schools (a shared inbox of a cluster, a row copied and not changed): kept off both.
  const owners = new Map<string, School[]>();
  for (const school of dir.schools) {
    for (const e of new Set(school.emails)) {
      const list = owners.get(e);
      if (list) list.push(school);
      else owners.set(e, [school]);
    }
  }
  for (const [e, list] of owners) {
    if (list.length < 2) continue;
    for (const school of list) (school.sharedEmails ??= []).push(e);
  }
  for (const [e, list] of owners) {
    if (list.length < 2) continue;
    // Those left with no address of their own get no mail at all: named, so the office knows whom to give one.
    dir.errors.push(directoryErrorSharedEmail(e, list.map((s) => s.name), list.filter((s) => schoolMail(s).length === 0).map((s) => s.name)));
  }
  return dir;
}

/** The directory rows of a list of schools (header row first), as the "Đơn vị" tab holds them. */
export function directoryToRows(schools: readonly Omit<School, 'row' | 'key' | 'former'>[]): string[][] {
  const h = DIRECTORY_HEADERS;
  return [
    [h.code, h.name, h.level, h.ward, h.cluster, h.principal, h.email, h.former],
    ...schools.map((s) => [s.code, s.name, s.level, s.ward, s.cluster, s.principal, s.emails.join('; '), '']),
  ];
}

/** The school a form answer names (matched by matchKey, so spelling variants of the same name match). */
export function findSchool(dir: Directory, name: unknown): School | undefined {
  return dir.byKey.get(matchKey(name));
}

/**
 * A unit of the office's own kind in "Đơn vị" (Cấp học OFFICE_LEVEL: a commune's Phòng Văn hóa - Xã hội, a Sở's Văn
 * phòng) or the office itself, not a school: its head is no Hiệu trưởng (review commune M1).
 */
/**
 * Whether the office's own staff have a unit to choose: "Đơn vị" lists the office itself, or a unit of no school level
 * (a row of the office under another name, "Cấp học" blank: such a row took them before — review d78), or nothing yet.
 */
export function officeListed(schools: readonly Pick<School, 'level' | 'office'>[]): boolean {
  return schools.length === 0 || schools.some((s) => isOfficeUnit(s) || !SCHOOL_LEVEL_KEYS.has(matchKey(s.level)));
}
const SCHOOL_LEVEL_KEYS: ReadonlySet<string> = new Set(SCHOOL_LEVELS.map((l) => matchKey(l)));

export function isOfficeUnit(s: Pick<School, 'level' | 'office'>): boolean {
  return !!s.office || matchKey(s.level) === matchKey(OFFICE_LEVEL);
}

/**
 * A row that is the office's own, not a school's, as the tool takes it elsewhere: the office (its name, or Cấp học
 * OFFICE_LEVEL: isOfficeUnit) or a row whose "Cấp học" is blank (a row of the office under another name: officeListed
 * offers it the official role, parseOfficialAtSchool does not flag an official under it — review d78); never a row with
 * a school level (a school running the tool for itself is `office` by its name, with its school's level).
 */
function isOfficeRow(s: Pick<School, 'level' | 'office'>): boolean {
  return (isOfficeUnit(s) || s.level.trim() === '') && !SCHOOL_LEVEL_KEYS.has(matchKey(s.level));
}

/**
 * The office's own unit as its staff's registrations name it, its staff and leaders rated per calendar year (review
 * r81c F1): an office's row (isOfficeRow) when the organisation running the tool is no school. A school running the
 * tool for itself lists its own row as the office's (README: its name, Cấp học “Cơ quan quản lý” or blank), but its
 * staff are teachers rated per school year as any school's: none of its rows is (review d81a F3). Worked out once per
 * row by parseDirectory, which knows the organisation's kind (School.ownUnit).
 */
export function isOfficeOwnUnit(s: Pick<School, 'ownUnit'> | null | undefined): boolean {
  return !!s && s.ownUnit === true;
}

/** A head's title as a signature prints it (`upper`) and as a greeting names it (`plain`). */
export interface HeadTitle {
  upper: string;
  plain: string;
}

const SCHOOL_HEAD: HeadTitle = { upper: 'HIỆU TRƯỞNG', plain: 'Hiệu trưởng' };
const OFFICE_UNIT_HEADS: ReadonlyArray<[RegExp, HeadTitle]> = [
  [/^văn phòng\s/i, { upper: 'CHÁNH VĂN PHÒNG', plain: 'Chánh Văn phòng' }],
  [/^phòng\s/i, { upper: 'TRƯỞNG PHÒNG', plain: 'Trưởng phòng' }],
  [/^ban\s/i, { upper: 'TRƯỞNG BAN', plain: 'Trưởng ban' }],
];
const UNIT_HEAD: HeadTitle = { upper: 'THỦ TRƯỞNG ĐƠN VỊ', plain: 'Thủ trưởng đơn vị' };
const CENTRE = /^trung tâm\s/i;
const CENTRE_HEAD: HeadTitle = { upper: 'GIÁM ĐỐC', plain: 'Giám đốc' };

/**
 * The head of a row of "Đơn vị": a school's Hiệu trưởng; a unit of the office by its name's first words (a phòng of the
 * Ủy ban → Trưởng phòng), else the Thủ trưởng đơn vị (review r70x M2: the mail greeted a phòng's head as Hiệu trưởng).
 */
export function unitHead(s: Pick<School, 'level' | 'office' | 'name'>): HeadTitle {
  const t = s.name.normalize('NFC').trim();
  // A centre listed as a school (a Trung tâm Giáo dục thường xuyên under THPT: the levels have none of their own) is
  // headed by its Giám đốc (review d70 F2).
  if (CENTRE.test(t)) return CENTRE_HEAD;
  if (!isOfficeUnit(s)) return SCHOOL_HEAD;
  for (const [re, title] of OFFICE_UNIT_HEADS) if (re.test(t)) return title;
  return UNIT_HEAD;
}
