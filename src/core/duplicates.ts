// Identity checks across registrations: the same subject registered twice by one school (the later answer
// wins), a person who may be registered under two subjects (two schools; one registration without a birth year),
// and the submitter's e-mail checked against the school's e-mails in the directory.
import { REPORT_QUESTIONS } from './messages/proposals';
import { Registration, answerText, editedSinceSent, firstSenderOf } from './registration';
import { compareIds, schoolPrint } from './review';
import { NOT_LISTED } from './directory';
import { memoised } from './memo';
import { letterDigitRuns, matchKey, plainKey } from './text';
import { SCHOOL_ITSELF, isSchoolItself, teamKey, wordsAt } from './unit-names';

export interface IdentityFlags {
  /** Id of the later registration that replaces this one. */
  supersededBy?: string;
  /** True when the submitter's e-mail is not one of the school's e-mails ("chưa xác minh"). */
  unverified: boolean;
  /**
   * Registrations in force of another subject that may be the same person: the same name and birth year registered by
   * another school, or the same name by the same school with a birth year on one only or two birth years (markAlike) —
   * or, of a team, the same team under another wording of its name at the same school (markAlikeTeams). Neither
   * replaces the other (two people may share a name): the office's tabs say so, for the council to check.
   */
  alike?: readonly AlikeRef[];
  /**
   * Registrations in force of the same subject (kind, name, birth year) at the same school sent under another of its
   * names — its current one and one in "Tên cũ": two schools merged into one (two teams, two people of one name), or
   * one subject registered again after a rename. Neither replaces the other; the council decides (review "reorg" #1).
   * `school`: the name each was sent under.
   */
  otherName?: readonly AlikeRef[];
}

/** A registration that may be the same person: its code and the school that sent it. */
export interface AlikeRef {
  id: string;
  school: string;
}

/** At most this many alike registrations are named on one registration (the rest are counted). */
export const ALIKE_LISTED = 5;

/**
 * The school part of a subject: the school found in the directory, under the name the registration gives it. A school
 * with a name in "Tên cũ" may have been renamed or may have taken in another school (one "Tên cũ" records either, review
 * "reorg" #1): registrations sent under two of its names are kept apart — two teams of one name in two merged schools
 * are two subjects — and flagged for the council (IdentityFlags.otherName); only one sent again from the same address
 * replaces the other (replaceAcrossNames).
 */
function schoolPart(r: Registration): string {
  const s = r.school;
  return s !== null && s.former.length === 0 ? s.key : matchKey(sentUnder(r));
}

/**
 * The name of its school a registration was first sent under: an edit is the response it edits, whoever sends it and
 * whatever name of its school the form offers then. A school that edits after a merger has to pick the merged school's
 * name, the only one the form offers after Thiết lập; the registration stays the absorbed school's, as before the edit
 * (review r79m F2: two merged schools' "Tổ Toán", both edited, became one subject and one replaced the other). Only for
 * a school with a name in "Tên cũ" (schoolPart).
 *
 * For a response that names the school's current name, the register's record of the school it was sent under by a name
 * of its own (Registration.firstSchool: named when first seen, or since while that was no merged school's name) says
 * it: the name of the school it keys, its current one or one in "Tên cũ" (f80b: an edit from an address the register
 * had not seen, the merged school's new clerk, was keyed by her row of today, and two teams became one again; one first
 * sent under the merged name from an address then listed at the old school's row was keyed by the old name once
 * edited). A name not the school's (sent for another school, moved to this one): the response's, as it reads now. A
 * response naming one of the school's old names: that name (d80b F1).
 *
 * Without that record (a register from before it, whose response was edited since): the register's stamp
 * (Registration.sentAs: the rows of "Đơn vị" that listed the sender's address when it first saw the response from it),
 * for a response edited since it was first sent that gives the school's current name, when the stamp names one of the
 * school's names in "Tên cũ", and only that one of its names. The stamp names the rows that listed the sender, not the
 * name chosen (review d79 F2), and is the first sender's (an edit from another address leaves it).
 */
function sentUnder(r: Registration): string {
  const s = r.school;
  if (s === null || s.former.length === 0) return r.schoolName;
  const first = r.firstSchool;
  if (first !== undefined && first !== '') {
    // A response that names one of its old names is keyed by it, as it reads (review d80b F1: the record is then that
    // name, or an earlier one the school corrected).
    if (matchKey(r.schoolName) !== s.key) return r.schoolName;
    if (first === schoolPrint(r.schoolName)) return r.schoolName;
    if (first === schoolPrint(s.name)) return s.name;
    return s.former.find((f) => schoolPrint(f) === first) ?? r.schoolName;
  }
  const stamp = r.sentAs;
  if (stamp === undefined || stamp === '' || stamp === NOT_LISTED || !editedSinceSent(r) || matchKey(r.schoolName) !== s.key) return r.schoolName;
  let found: string | undefined;
  for (const line of stamp.split('\n')) {
    const key = matchKey(line);
    if (key === '') continue;
    // Its current name among them: sent under it, as the response says.
    if (key === s.key) return r.schoolName;
    const former = s.former.find((f) => matchKey(f) === key);
    if (former === undefined) continue;
    // Two of its old names (one address listed at two schools since merged): which one cannot be told.
    if (found !== undefined && matchKey(found) !== key) return r.schoolName;
    found = former;
  }
  return found ?? r.schoolName;
}

/**
 * The key of a registered subject: school + kind + normalised name (+ birth year when given, so two
 * teachers with the same name but different birth years stay distinct). The school: see schoolPart.
 */
export function subjectKey(r: Registration): string {
  const school = schoolPart(r);
  return [school, r.kind || '', isSchoolItself(r) ? SCHOOL_ITSELF : matchKey(r.name), r.birthYear === null ? '' : String(r.birthYear)].join('\u0001');
}

/**
 * Whether `a` replaces `b` (same subject): a registration from one of the school's own addresses always beats one
 * from an address the directory does not know — a stranger cannot replace a school's verified registration — and
 * otherwise the one first sent later wins (then the later code: codes never change with the row). An edit does not
 * move a registration's place: a school editing the older one through its old link does not take back the newer one,
 * which it sent to replace it (and was told it replaced).
 */
function replaces(a: Registration, aVerified: boolean, b: Registration, bVerified: boolean): boolean {
  // One received after the period (not reviewed in it, its school told so) never replaces one received in it: the
  // person's registration in force stays (review d75b F1).
  // Decided by when each was first sent: an edit later does not move the one in force (review d75c F1).
  if ((a.afterPeriod === 'sent') !== (b.afterPeriod === 'sent')) return b.afterPeriod === 'sent';
  if (aVerified !== bVerified) return aVerified;
  const fa = a.firstSubmittedAt ?? a.submittedAt;
  const fb = b.firstSubmittedAt ?? b.submittedAt;
  const ta = fa ? fa.getTime() : -Infinity;
  const tb = fb ? fb.getTime() : -Infinity;
  return ta !== tb ? ta > tb : compareIds(a.id, b.id) > 0;
}

/** The flags of a registration nobody replaces: shared (a registration's flags are read, never changed). */
const VERIFIED: IdentityFlags = Object.freeze({ unverified: false });
const UNVERIFIED: IdentityFlags = Object.freeze({ unverified: true });

/**
 * Flags for every registration, in the order given. Each response row is one registration (an edited response keeps
 * its code, so it is never its own duplicate). Among registrations of the same subject the verified, then the last first sent,
 * submission wins; every other one is superseded by it. Linear in the number of registrations, but for those of one
 * subject, compared in pairs (onePersonGroups).
 */
export function identityFlagList(regs: readonly Registration[]): IdentityFlags[] {
  const n = regs.length;
  const verified: boolean[] = new Array(n);
  // A subject is school + kind + name key + birth year. Registrations are first put in buckets by school, kind and
  // birth year (no string built): a registration alone in its bucket is alone as a subject, and needs no name key.
  // The buckets with several registrations are then split by the name's key. No key string built per registration:
  // each school part and each name key is numbered once (schoolOf, names.id), and the keys are numbers.
  const bucket = new Int32Array(n).fill(-1);
  const shared = new Uint8Array(n);
  const schoolIds = new Map<string, number>();
  const schoolOf = new Int32Array(n).fill(-1);
  const bySchool: Map<number | string, number>[] = [];
  // Whether a registration with a kind and a name names a school with a name in "Tên cũ" (most offices have none): else
  // replaceAcrossNames and markOtherName have nothing to look at, and are not run.
  let renamed = false;
  for (let i = 0; i < n; i++) {
    const r = regs[i];
    verified[i] = emailVerified(r);
    if (!r.kind || r.name === '') continue;
    if (r.school && r.school.former.length > 0) renamed = true;
    const part = schoolPart(r); // as subjectKey
    let school = schoolIds.get(part);
    if (school === undefined) {
      school = bySchool.length;
      schoolIds.set(part, school);
      bySchool.push(new Map());
    }
    schoolOf[i] = school;
    const buckets = bySchool[school];
    // Kind and birth year as one number (a birth year read from a form is a whole number of four digits, or null).
    const by = r.birthYear;
    const k = by === null ? (r.kind === 'collective' ? 0 : 1) : Number.isSafeInteger(by) && by >= 0 && by < 1e9 ? (r.kind === 'collective' ? 0 : 1) + 2 * (by + 1) : `${r.kind}\u0001${by}`;
    const first = buckets.get(k);
    if (first === undefined) {
      buckets.set(k, i);
      bucket[i] = i;
    } else {
      bucket[i] = first;
      shared[first] = 1;
    }
  }
  const names = new NameKeys(regs);
  const told = new TellApart(regs);
  // Subjects of the shared buckets, in the order of their first registration; the winner of each: the verified,
  // then the latest submission (`replaces`). Two people of one subject (twoPeople) are two groups, neither replacing the
  // other — both in force, markAlike flags them for the council — whatever the rows' order (onePersonGroups).
  const group = new Int32Array(n).fill(-1);
  const winners: number[] = [];
  // A subject of a shared bucket is its bucket and its name's key, as one number (both are below n + 1): one map for
  // all of them, not a map of names per bucket. A subject is its first registration, the others chained to it in row
  // order (`next`, `last`): most subjects have one registration, and no list is made for them.
  const width = n + 1;
  const heads = new Map<number, number>();
  const next = new Int32Array(n).fill(-1);
  const last = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const b = bucket[i];
    if (b < 0 || shared[b] === 0) continue;
    chain(heads, b * width + names.id(i), i, next, last);
  }
  // The subjects of several registrations, by their heads (last[i] >= 0) in row order; which subject is worked out first
  // does not matter (each has its own winners).
  const list: number[] = [];
  for (let head = 0; head < n; head++) {
    // A registration alone in its subject is in force, as one in no group.
    if (last[head] < 0 || next[head] < 0) continue;
    list.length = 0;
    for (let i = head; i >= 0; i = next[i]) list.push(i);
    const groups = onePersonGroups(regs, verified, list, told);
    for (let g = 0; g < groups.length; g++) {
      const members = groups[g];
      let w = members[0];
      for (let k = 1; k < members.length; k++) {
        const i = members[k];
        if (replaces(regs[i], verified[i], regs[w], verified[w])) w = i;
      }
      for (let k = 0; k < members.length; k++) group[members[k]] = winners.length;
      winners.push(w);
    }
  }
  const out: IdentityFlags[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const w = group[i] < 0 ? i : winners[group[i]];
    const by = regs[w].id;
    if (w !== i && by !== regs[i].id) out[i] = { supersededBy: by, unverified: !verified[i] };
    else out[i] = verified[i] ? VERIFIED : UNVERIFIED;
  }
  if (renamed) replaceAcrossNames(regs, out, verified, names);
  markAlike(regs, out, new PersonKeys(regs), schoolOf, bySchool.length, told);
  markAlikeTeams(regs, out, schoolOf);
  if (renamed) markOtherName(regs, out, names, schoolOf);
  return out;
}

/**
 * The registrations of one subject (`list`, in row order) as groups of those that may be one person. Only registrations
 * that can be told apart (`anchored`: an individual's, with its role, from one of the school's addresses) make groups:
 * those linked, directly or through another, by a pair twoPeople does not tell apart. Every other registration joins one
 * group, never two (one sent from a personal address would otherwise link two people into one — review diff45 H1),
 * among those with no registration its answers tell apart from it (TellApart: gender, hometown): the group of a
 * registration from its address, else of its role, else the group whose winner is the one in force first; with no such
 * group, a group of its own (review r78f F1: namesakes each sending from her own account, their hometowns written as
 * the form asks). The groups do not depend on the rows' order. Most subjects are one group.
 */
function onePersonGroups(regs: readonly Registration[], verified: readonly boolean[], list: readonly number[], told: TellApart): number[][] {
  // Most subjects are one group: told first, by loops (no list or closure made for the thousands of them).
  if (oneGroup(regs, verified, list, told)) return [list as number[]];
  const anchors = list.filter((i) => anchored(regs[i], verified[i]));
  // The others, in the order of their codes (not of the rows: a sorted tab makes the same groups).
  const rest = list.filter((i) => anchors.indexOf(i) < 0).sort((a, b) => compareIds(regs[a].id, regs[b].id) || a - b);
  let groups: number[][];
  if (anchors.length < 2) groups = anchors.length ? [anchors.slice()] : [];
  else {
    const root = anchors.map((_, k) => k);
    const find = (k: number): number => (root[k] === k ? k : (root[k] = find(root[k])));
    for (let a = 0; a < anchors.length; a++) {
      for (let b = a + 1; b < anchors.length; b++) {
        if (!twoPeople(regs[anchors[a]], regs[anchors[b]], told, anchors[a], anchors[b])) root[find(a)] = find(b);
      }
    }
    const byRoot = new Map<number, number[]>();
    anchors.forEach((i, k) => {
      const r = find(k);
      const g = byRoot.get(r);
      if (g === undefined) byRoot.set(r, [i]);
      else g.push(i);
    });
    // The groups by the registration in force first among their anchors (the later `replaces` is the one in force).
    const ranked = [...byRoot.values()].map((g) => ({ g, best: g.reduce((w, i) => (replaces(regs[i], verified[i], regs[w], verified[w]) ? i : w)) }));
    ranked.sort((x, y) => (replaces(regs[x.best], verified[x.best], regs[y.best], verified[y.best]) ? -1 : 1));
    groups = ranked.map((x) => x.g);
  }
  for (const i of rest) {
    // Only a group none of whose registrations its answers tell apart from it (review r78f F1: two teachers of one
    // name and year, each sending from her own account with her hometown, as the form asks: the second replaced the
    // first); told apart from every group, it is a person of its own, in force (and flagged alike for the council).
    const fits = groups.filter((x) => !x.some((j) => told.apart(i, j)));
    if (fits.length === 0) {
      groups.push([i]);
      continue;
    }
    const from = senderOf(regs[i]);
    const role = regs[i].role;
    const g =
      (from !== '' ? fits.find((x) => x.some((j) => senderOf(regs[j]) === from)) : undefined) ??
      (role !== null ? fits.find((x) => x.some((j) => regs[j].role === role)) : undefined) ??
      fits[0];
    g.push(i);
  }
  return groups;
}

/**
 * Whether the registrations of one subject are one group (onePersonGroups): fewer than two anchored, and none of the
 * others told apart (TellApart.apart) from another of the subject.
 */
function oneGroup(regs: readonly Registration[], verified: readonly boolean[], list: readonly number[], told: TellApart): boolean {
  let anchors = 0;
  for (let k = 0; k < list.length; k++) if (anchored(regs[list[k]], verified[list[k]])) anchors++;
  if (anchors >= 2) return false;
  for (let k = 0; k < list.length; k++) {
    const i = list[k];
    if (anchors > 0 && anchored(regs[i], verified[i])) continue;
    for (let m = 0; m < list.length; m++) if (list[m] !== i && told.apart(i, list[m])) return false;
  }
  return true;
}

/** A registration twoPeople can weigh (it is given only these): an individual's, with its role, from one of the school's addresses. */
function anchored(r: Registration, isVerified: boolean): boolean {
  return isVerified && r.kind === 'individual' && r.role !== null && senderOf(r) !== '';
}

/**
 * The address a registration was sent from, as compared: the one it was first sent from (firstSenderOf), never that of
 * whoever edited it since — a clerk's phone fix on her colleague's registration does not make it hers (review r82i F1,
 * F2). Not also the address it was edited from (as sentAgainFrom accepts for the earlier of a renamed school's pair):
 * two namesakes sent by two clerks would then be one person sent again as soon as one clerk edits the other's.
 */
function senderOf(r: Registration): string {
  return firstSenderOf(r);
}

/**
 * Two registrations of one subject (school, kind, name, birth year) that are two people as far as the answers tell: of
 * individuals, both sent from the school's own addresses (verified), each with its role, and
 * - their roles and addresses both different — a teacher and the school's accountant of one name and birth year (review
 *   complaint H3: the later replaced the earlier, and a real person dropped out without anyone deciding); or
 * - answers that tell two people apart (TellApart: genders, or hometowns with no place in common), whatever the role and
 *   the address — two Hmong teachers "Giàng A Páo", 1990, of two villages, sent by the school's one clerk (review r76n
 *   F1: the second replaced the first). markAlike still flags such a pair for the council: a school that sent a person
 *   again with the hometown corrected looks the same.
 * One sent from an address the school does not list is replaced as before (the school's verified registration
 * prevails: review diff44 M2).
 */
function twoPeople(a: Registration, b: Registration, told: TellApart, i: number, j: number): boolean {
  // Both anchored: individuals, each with its role, from the school's own addresses.
  return byRoleAndAddress(a, b) || told.apart(i, j);
}

/** Two registrations whose roles and addresses both differ (twoPeople's first case). */
function byRoleAndAddress(a: Registration, b: Registration): boolean {
  return a.role !== b.role && senderOf(a) !== senderOf(b);
}

/**
 * One subject of a school with a name in "Tên cũ", sent under its current name and an old one from the same address:
 * the school registered it again (after a rename, as its e-mails tell it it may: review diff17 #3) — the later replaces
 * the earlier as under one name. So does one sent under a name of the school's that then had the other's name among its
 * old names (Registration.firstFormer): the school had already been renamed from it, whatever names it has taken since
 * (review d80b F2: renamed twice, both names in "Tên cũ"). From different addresses, or under two old names neither of
 * which was the other's successor — two merged schools — both stay (markOtherName). The address is the one the later
 * was first sent from (firstSenderOf), never that of whoever edits it (review d80b F5); the earlier's first one, or the
 * one the school edited it from since (sentAgainFrom: review d81a F6).
 */
function replaceAcrossNames(regs: readonly Registration[], out: IdentityFlags[], verified: readonly boolean[], names: NameKeys): void {
  const bySubject = subjectsOfRenamedSchools(regs, out, names);
  if (bySubject === null) return;
  let replaced = false;
  for (const list of bySubject.values()) {
    if (list.length < 2) continue;
    // Only one under the school's current name (one at most in force from an address: the same name's were resolved)
    // replaces those under a name in "Tên cũ" it replaces; two under two old names — two merged schools — never replace
    // each other (review diff18 #3), unless one was sent when the other's name was already an old name of its own
    // (renamedFrom).
    const current = list.filter((i) => matchKey(sentUnder(regs[i])) === regs[i].school!.key);
    const successors = list.filter((j) => current.indexOf(j) < 0 && formerPrints(regs[j]) !== '');
    if (current.length === 0 && successors.length === 0) continue;
    for (const i of list) {
      const after = (j: number) => j !== i && regs[i].id !== regs[j].id && sentAgainFrom(regs[j], regs[i]) && replaces(regs[j], verified[j], regs[i], verified[i]);
      let by = -1;
      for (const c of current) if (after(c) && (by < 0 || replaces(regs[c], verified[c], regs[by], verified[by]))) by = c;
      if (by < 0) {
        for (const j of successors) {
          if (!after(j) || !renamedFrom(regs[j], regs[i])) continue;
          if (by < 0 || replaces(regs[j], verified[j], regs[by], verified[by])) by = j;
        }
      }
      if (by < 0) continue;
      out[i] = { supersededBy: regs[by].id, unverified: !verified[i] };
      replaced = true;
    }
  }
  if (replaced) repointReplaced(regs, out);
}

/**
 * Whether `later` was sent again from the address `earlier` came from: the one `later` was first sent from
 * (firstSenderOf, never its editor's: review d80b F5) is the one `earlier` was first sent from, or the one the school
 * edited `earlier` from since — a school that changed its address mid-season, as README allows, and corrected its
 * registration from the new one before sending it again under its new name (review d81a F6). Another address's edit of
 * `later` never makes it the school's sending again (f81a: first sent from elsewhere, edited from the school's address).
 */
function sentAgainFrom(later: Registration, earlier: Registration): boolean {
  const from = firstSenderOf(later);
  return from !== '' && (from === firstSenderOf(earlier) || from === earlier.email.trim().toLowerCase());
}

/**
 * The old names' prints a registration's school had when it was first sent under the name it is keyed by
 * (Registration.firstFormer, held only with that name's record, firstSchool); '' none or not known.
 */
function formerPrints(r: Registration): string {
  const former = r.firstFormer;
  if (former === undefined || former === '' || r.firstSchool === undefined || r.firstSchool === '') return '';
  return schoolPrint(sentUnder(r)) === r.firstSchool ? former : '';
}

/** Whether `b`'s name (sentUnder) was an old name of `a`'s school when `a` was first sent (formerPrints). */
function renamedFrom(a: Registration, b: Registration): boolean {
  const print = schoolPrint(sentUnder(b));
  return print !== '' && formerPrints(a).split(' ').indexOf(print) >= 0;
}

/**
 * The registrations in force at schools with a name in "Tên cũ", grouped by subject at the school whatever name they were
 * sent under (school, kind, name, birth year). Null when there are none: most offices have no such school, and nothing is
 * built.
 */
function subjectsOfRenamedSchools(regs: readonly Registration[], out: readonly IdentityFlags[], names: NameKeys): Map<string, number[]> | null {
  let groups: Map<string, number[]> | null = null;
  for (let i = 0; i < regs.length; i++) {
    const r = regs[i];
    if (!r.school || r.school.former.length === 0 || !r.kind || r.name === '' || out[i].supersededBy) continue;
    const key = [r.school.key, r.kind, names.id(i), r.birthYear === null ? '' : String(r.birthYear)].join('\u0001');
    groups ??= new Map();
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [i]);
    else list.push(i);
  }
  return groups;
}

/** Those replaced by a registration now replaced in turn name the one that stands. */
function repointReplaced(regs: readonly Registration[], out: IdentityFlags[]): void {
  const index = new Map<string, number>();
  for (let i = regs.length - 1; i >= 0; i--) index.set(regs[i].id, i);
  const standing = (id: string): string => {
    let cur = id;
    for (let k = 0; k < regs.length; k++) {
      const j = index.get(cur);
      const next = j === undefined ? undefined : out[j].supersededBy;
      if (next === undefined || next === cur) break;
      cur = next;
    }
    return cur;
  };
  for (let i = 0; i < regs.length; i++) {
    const by = out[i].supersededBy;
    if (by === undefined) continue;
    const now = standing(by);
    if (now !== by && now !== regs[i].id) out[i] = { ...out[i], supersededBy: now };
  }
}

/**
 * Marks the registrations in force of one subject at one school sent under two of its names (IdentityFlags.otherName).
 * Only schools with a name in "Tên cũ" can have them: the others are not looked at.
 */
function markOtherName(regs: readonly Registration[], out: IdentityFlags[], names: NameKeys, schoolOf: Int32Array): void {
  const bySubject = subjectsOfRenamedSchools(regs, out, names);
  if (bySubject === null) return;
  for (const list of bySubject.values()) {
    if (list.length < 2) continue;
    for (const i of list) {
      // Individuals of one name and birth year are flagged alike already (markAlike): not twice.
      const alike = out[i].alike;
      const refs = list
        .filter((j) => schoolOf[j] !== schoolOf[i] && !(alike && alike.some((x) => x.id === regs[j].id)))
        .sort((a, b) => compareIds(regs[a].id, regs[b].id))
        .slice(0, ALIKE_LISTED)
        .map((j) => ({ id: regs[j].id, school: sentUnder(regs[j]) }));
      if (refs.length) out[i] = { ...out[i], otherName: refs };
    }
  }
}

/**
 * Keys of registrations (`keyOf`) as numbers, one per distinct key (0: the empty key), each worked out when first asked
 * for and once per registration.
 */
class KeyNumbers {
  private readonly ids = new Map<string, number>([['', 0]]);
  private readonly of: Int32Array;
  constructor(
    private readonly regs: readonly Registration[],
    private readonly keyOf: (r: Registration) => string,
  ) {
    this.of = new Int32Array(regs.length).fill(-1);
  }
  id(i: number): number {
    let id = this.of[i];
    if (id < 0) {
      const key = this.keyOf(this.regs[i]);
      const known = this.ids.get(key);
      if (known === undefined) this.ids.set(key, (id = this.ids.size));
      else id = known;
      this.of[i] = id;
    }
    return id;
  }
}

/** The name keys of subjects (matchKey): the school itself under any wording of its name one key (isSchoolItself). */
class NameKeys extends KeyNumbers {
  constructor(regs: readonly Registration[]) {
    super(regs, (r) => (isSchoolItself(r) ? SCHOOL_ITSELF : matchKey(r.name)));
  }
}

/**
 * Titles and forms of address written before a person's name ("Cô", "Thầy", "Đ/c", "ThS.", "PGS.TS.", "NGƯT"), as
 * personKey splits them into words (matchKey, punctuation a space).
 */
const NAME_TITLES: readonly string[][] = [
  'cô', 'thầy', 'bà', 'đ c', 'đc', 'đồng chí', 'ths', 'ts', 'tiến sĩ', 'thạc sĩ', 'cn', 'cử nhân', 'pgs', 'gs', 'ngưt', 'ngnd',
  'nhà giáo ưu tú', 'nhà giáo nhân dân', 'bs', 'ks',
].map((t) => t.split(' '));

/**
 * A person's name as one may write it several ways, for markAlike only (never a subject): the words before a comma, a
 * bracket or a dash that adds a role ("Lê Thị Mai, Hiệu trưởng"), without the titles before it ("Cô", "ThS."), its
 * punctuation ("Lê Thị Mai.", "'Lê Thị Mai") or any of its marks (plainKey) — review vntext #3: one person under two
 * such spellings was two subjects, and the council was told nothing. Names of one key are then told apart by their
 * letters (alikeNames: "Hưng" is not "Hùng"). A name is left at least two words.
 */
export function personKey(name: string): string {
  return memoised(personKeys, name, computePersonKey);
}
// A function of its own, not an arrow at the call: an arrow there is a new closure on every call, hit or miss.
function computePersonKey(name: string): string {
  return plainKey(personWords(name));
}

/**
 * personKey before its marks are taken off: the name's words as matchKey writes them, titles, role and punctuation
 * left out. One person for a document's signature (proposals.ts samePerson) is the same words, marks and all.
 */
export function personWords(name: string): string {
  return memoised(personWordsOf, name, computePersonWords);
}

/**
 * Names repeat (a person registered each year, a common name at many schools): each name's words and key are worked
 * out once, in caches bounded like the other caches of names.
 */
const personWordsOf = new Map<string, string>();
const personKeys = new Map<string, string>();

function computePersonWords(name: string): string {
  const head = name.split(/[,(;]|\s[-–—]\s/)[0];
  const words = letterDigitRuns(matchKey(head));
  let from = 0;
  for (let dropped = true; dropped; ) {
    dropped = false;
    for (const t of NAME_TITLES) {
      if (words.length - from - t.length < 2 || !wordsAt(words, from, t)) continue;
      from += t.length;
      dropped = true;
      break;
    }
  }
  return words.slice(from).join(' ');
}

/**
 * Two names of one personKey that may be one person: the same letters (ư is not u, â not a: "Hưng" is not "Hùng") with
 * at most their tones different ("Mai"/"Mái": a slip of a key), or one typed without any mark ("Le Thi Mai").
 */
function alikeNames(a: string, b: string): boolean {
  const x = personWords(a);
  const y = personWords(b);
  return toneless(x) === toneless(y) || ASCII.test(x) || ASCII.test(y);
}
const ASCII = /^[\x00-\x7f]*$/;
/**
 * The five tone marks taken off, the letters' own marks (breve, circumflex, horn, đ) kept. A name is compared with each
 * alike one: worked out once per name.
 */
function toneless(s: string): string {
  return memoised(tonelessOf, s, computeToneless);
}
const tonelessOf = new Map<string, string>();
function computeToneless(s: string): string {
  return s.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC');
}

/** The numbers of personKey, as NameKeys numbers matchKey (markAlike: individuals only). */
class PersonKeys extends KeyNumbers {
  constructor(regs: readonly Registration[]) {
    super(regs, (r) => personKey(r.name));
  }
}

/**
 * Registration `i` joins the group of `key` (markAlike): it heads a new one (`heads`), or is chained after the group's
 * last (`next`; `last[head]` the group's last).
 */
function chain<K>(heads: Map<K, number>, key: K, i: number, next: Int32Array, last: Int32Array): void {
  const head = heads.get(key);
  if (head === undefined) {
    heads.set(key, i);
    last[i] = i;
  } else {
    next[last[head]] = i;
    last[head] = i;
  }
}

/** Birth years below this are keyed with their name as one number (markAlike); others by text. */
const YEAR_KEYS = 4096;

/**
 * Marks the individuals in force that may be one person under two subjects (IdentityFlags.alike): the same person key
 * (personKey: a name written two ways is one) and birth year, at two schools or at one, or the same person key at one
 * school with a birth year on one registration only or two birth years (a year corrected by a new response). Linear in
 * the registrations (the person key is built for individuals in force only, once: `names`); each lists at most
 * ALIKE_LISTED others. `schoolOf[i]`: the number of registration i's school part, below `schools`.
 */
function markAlike(regs: readonly Registration[], out: IdentityFlags[], names: PersonKeys, schoolOf: Int32Array, schools: number, told: TellApart): void {
  // Keys are numbers (name and year, name and school), or for a birth year no form gives, name and year as text: the
  // groups are met in the order of their first registration, as with keys of text. Most groups have one registration:
  // a group is its first registration (by key), the others chained to it in row order (`next`, `last`), no list each.
  const n = regs.length;
  const byPerson = new Map<number | string, number>();
  const bySchool = new Map<number, number>();
  const nextByPerson = new Int32Array(n).fill(-1);
  const nextBySchool = new Int32Array(n).fill(-1);
  // Written for the heads of groups only (chain): -1 for every other registration.
  const last = new Int32Array(n).fill(-1);
  const lastBySchool = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const r = regs[i];
    if (r.kind !== 'individual' || r.name === '' || out[i].supersededBy) continue;
    const name = names.id(i);
    if (name === 0) continue;
    const by = r.birthYear;
    if (by !== null) {
      chain(byPerson, Number.isSafeInteger(by) && by >= 0 && by < YEAR_KEYS ? name * YEAR_KEYS + by : `${name}\u0001${by}`, i, nextByPerson, last);
    }
    chain(bySchool, name * schools + schoolOf[i], i, nextBySchool, lastBySchool);
  }
  let alike: Map<number, Set<number>> | null = null;
  // Each of the two told of the other (no pair of arrays made per call).
  const note = (x: number, y: number) => {
    alike ??= new Map();
    let set = alike.get(x);
    if (set === undefined) alike.set(x, (set = new Set()));
    if (set.size < ALIKE_LISTED) set.add(y);
  };
  const pair = (a: number, b: number) => {
    note(a, b);
    note(b, a);
  };
  // In force with the same name and birth year: at distinct schools, or two people of one subject at one school
  // (twoPeople). Two people of one name and year are common: a gender or hometown both registrations give, and that
  // differ, tells them apart — at two schools; at one, such answers split one subject in two (twoPeople), but may be one
  // person's sent again with a hometown or a gender corrected, and the council is told (review r76n F1, d76 F1) — unless
  // their roles and addresses differ too (review diff44 L5: then nothing is left to check). Only the first
  // ALIKE_LISTED + 1 of a group are compared.
  // The groups of more than one registration, by their heads (last[i] >= 0) in row order: the order of their keys in the
  // map, without iterating it (a result object per group in code not yet optimised, and most groups have one).
  const list: number[] = [];
  for (let head = 0; head < n; head++) {
    if (last[head] < 0 || nextByPerson[head] < 0) continue;
    list.length = 0;
    for (let i = head; i >= 0 && list.length < ALIKE_LISTED + 1; i = nextByPerson[i]) list.push(i);
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const x = list[a];
        const y = list[b];
        if (alikeNames(regs[x].name, regs[y].name) && !(schoolOf[x] === schoolOf[y] ? byRoleAndAddress(regs[x], regs[y]) && told.apart(x, y) : told.clearlyApart(x, y))) pair(x, y);
      }
    }
  }
  // In force at one school with the same name: distinct subjects by their birth years, alike when one has none.
  const without: number[] = [];
  for (let head = 0; head < n; head++) {
    if (lastBySchool[head] < 0 || nextBySchool[head] < 0) continue;
    list.length = 0;
    without.length = 0;
    for (let i = head; i >= 0; i = nextBySchool[i]) {
      if (list.length < ALIKE_LISTED + 1) list.push(i);
      if (regs[i].birthYear === null && without.length < ALIKE_LISTED) without.push(i);
    }
    for (const a of without) for (const b of list) if (a !== b && alikeNames(regs[a].name, regs[b].name)) pair(a, b);
    // Two birth years: two people of one name at one school are rare, one person sent again with her year corrected
    // ("1958" for "1985", a new response instead of the edit link) is not — told, unless their answers tell them apart
    // (review r73r F5).
    for (let a = 0; a < list.length; a++) {
      const x = regs[list[a]].birthYear;
      if (x === null) continue;
      for (let b = a + 1; b < list.length; b++) {
        const y = regs[list[b]].birthYear;
        if (y !== null && y !== x && alikeNames(regs[list[a]].name, regs[list[b]].name) && !told.clearlyApart(list[a], list[b])) pair(list[a], list[b]);
      }
    }
  }
  if (alike === null) return;
  for (const [i, set] of alike as Map<number, Set<number>>) {
    const refs = [...set].sort((a, b) => compareIds(regs[a].id, regs[b].id)).map((j) => ({ id: regs[j].id, school: regs[j].school?.name ?? regs[j].schoolName }));
    out[i] = { ...out[i], alike: refs };
  }
}

/**
 * Marks the teams in force of one school that may be one team under two wordings of its name ("Tổ Toán", "Tổ chuyên môn
 * Toán": unit-names.ts teamKey) — a school that sent its team again with the name worded otherwise, not through the edit
 * link: two subjects, both in force, both possibly proposed (review r73r, judgement call). Not the school itself, nor a
 * name that says only that it is a team. Each lists at most ALIKE_LISTED others.
 */
function markAlikeTeams(regs: readonly Registration[], out: IdentityFlags[], schoolOf: Int32Array): void {
  // A team is its school part's number and its key's (numbered as first met) as one number, both below n + 1: no key
  // text made and looked up for every collective. A team is its first registration, the others chained to it in row
  // order (`next`, `last`; markAlike's chain): most have one, and no list is made for them.
  const n = regs.length;
  const width = n + 1;
  let keyIds: Map<string, number> | null = null;
  let heads: Map<number, number> | null = null;
  let next: Int32Array | null = null;
  let last: Int32Array | null = null;
  for (let i = 0; i < n; i++) {
    const r = regs[i];
    if (r.kind !== 'collective' || r.name === '' || schoolOf[i] < 0 || out[i].supersededBy || isSchoolItself(r)) continue;
    const key = teamKey(r.name, r.schoolName);
    if (key === '') continue;
    if (keyIds === null || heads === null || next === null || last === null) {
      keyIds = new Map();
      heads = new Map();
      next = new Int32Array(n).fill(-1);
      last = new Int32Array(n).fill(-1);
    }
    let k = keyIds.get(key);
    if (k === undefined) keyIds.set(key, (k = keyIds.size));
    chain(heads, schoolOf[i] * width + k, i, next, last);
  }
  if (next === null || last === null) return;
  // The teams of several registrations, by their heads (last[i] >= 0); each registration is in one team only.
  for (let head = 0; head < n; head++) {
    if (last[head] < 0 || next[head] < 0) continue;
    const list: number[] = [];
    for (let i = head; i >= 0; i = next[i]) list.push(i);
    for (const i of list) {
      const others = list.filter((j) => j !== i).sort((a, b) => compareIds(regs[a].id, regs[b].id));
      out[i] = { ...out[i], alike: others.slice(0, ALIKE_LISTED).map((j) => ({ id: regs[j].id, school: regs[j].school?.name ?? regs[j].schoolName })) };
    }
  }
}

/**
 * Answers both registrations give that tell two people apart, by their indexes: the gender (a choice), or hometowns
 * that are two places. `apart` is the reading of one school's two registrations of one subject (placesApart: any place
 * one names that the other does not — the pair is flagged for the council all the same); `clearlyApart` the reading of
 * two schools', whose pair is flagged unless told apart (placesClearlyApart: one commune named in both is one place,
 * whatever was written around it). Each registration's gender and hometown are read once (markAlike: one registration
 * is in several pairs).
 */
class TellApart {
  // One slot per registration from the start: slots filled at scattered indexes of an empty array would turn it into
  // a dictionary, slow to read.
  private readonly genders: (string | undefined)[];
  private readonly places: (Place | undefined)[];
  constructor(private readonly regs: readonly Registration[]) {
    this.genders = new Array(regs.length).fill(undefined);
    this.places = new Array(regs.length).fill(undefined);
  }
  apart(a: number, b: number): boolean {
    return this.byGender(a, b) || placesApart(this.place(a), this.place(b));
  }
  clearlyApart(a: number, b: number): boolean {
    return this.byGender(a, b) || placesClearlyApart(this.place(a), this.place(b));
  }
  /** Both give a gender, and they differ. */
  private byGender(a: number, b: number): boolean {
    const x = this.gender(a);
    const y = this.gender(b);
    return x !== '' && y !== '' && x !== y;
  }
  private gender(i: number): string {
    return this.genders[i] ?? (this.genders[i] = genderKey(this.regs[i]));
  }
  private place(i: number): Place {
    return this.places[i] ?? (this.places[i] = placeOf(answerText(this.regs[i], REPORT_QUESTIONS.hometown)));
  }
}

const genderKey = (r: Registration) => matchKey(answerText(r, REPORT_QUESTIONS.gender));

/**
 * What tells two registrations of one name and birth year apart, as TellApart reads them (for two registrations only:
 * the e-mails that say why both are reviewed, the tests): their genders, their hometowns, or neither. `clearly`: as two
 * schools' are read (TellApart.clearlyApart).
 */
export function apartBy(a: Registration, b: Registration, clearly = false): 'gender' | 'hometown' | null {
  const x = genderKey(a);
  const y = genderKey(b);
  if (x !== '' && y !== '' && x !== y) return 'gender';
  const p = placeOf(answerText(a, REPORT_QUESTIONS.hometown));
  const q = placeOf(answerText(b, REPORT_QUESTIONS.hometown));
  return (clearly ? placesClearlyApart(p, q) : placesApart(p, q)) ? 'hometown' : null;
}

/**
 * A hometown as compared. A hometown is typed freely — in the units before 2025 or after, short or long, with or without
 * the kinds of its units, abbreviated ("Xã Minh Bảo, tỉnh Lào Cai", "xã Minh Bảo - Lào Cai", "P.1, Q.3, TP.HCM", "Thôn 3,
 * Pá Cang, Lào Cai"). Its parts are split at commas, semicolons and spaced dashes; each is the kind its first words name
 * (a village, a commune, a district, a province, a city — "thành phố" is either — or none) and its name, without tones;
 * a number is the name of its unit ("Phường 1", "Thôn 3"), never a word shared with another unit's. `words`: the words of
 * every name, a number bound to its kind ("phuong 1"), for a hometown written as one part.
 */
interface Place {
  parts: readonly PlacePart[];
  words: ReadonlySet<string>;
  /** `words` as a list, in their order. */
  wordList: readonly string[];
  /** The parts written as communes (communesOf), found once: a place is compared in many pairs. */
  communes: readonly PlacePart[];
}
interface PlacePart {
  kind: PlaceKind;
  name: string;
}
type PlaceKind = 'village' | 'commune' | 'district' | 'province' | 'city' | '';

/**
 * Whether two parts name one unit: one name — or one written by its initials ("HCM", "HN", "BMT": review d76c F3, F6) —
 * and kinds that agree (a part without a kind agrees with any).
 */
function samePart(a: PlacePart, b: PlacePart): boolean {
  if (a.name !== b.name && !initialsOf(a.name, b.name) && !initialsOf(b.name, a.name)) return false;
  if (a.kind === '' || b.kind === '' || a.kind === b.kind) return true;
  const city = (k: PlaceKind) => k === 'city' || k === 'district' || k === 'province';
  return (a.kind === 'city' && city(b.kind)) || (b.kind === 'city' && city(a.kind));
}

/**
 * Whether a commune's name `long`, written without commas, holds the names of its district and province after `short`
 * ("Phường Đồi Ngô Lục Nam Bắc Giang" and "Phường Đồi Ngô, Lục Nam…"): `short` and at least two words more, so that two
 * communes one word apart ("Hòa", "Hòa Bình") stay two.
 */
function swallowed(short: string, long: string): boolean {
  return long.length > short.length && long.startsWith(`${short} `) && long.split(' ').length - short.split(' ').length >= 2;
}

/** Whether `short` (one word of 2 to 5 letters) is the initials of the words of `long`, all of them. */
const initialsOf = (short: string, long: string) => long.split(' ').length === short.length && initialsWithin(short, long);

/**
 * Whether two hometowns name two places: two communes written as such (xã, phường, thị trấn…) that differ are (review
 * d76c F1: "Thị trấn Sóc Sơn, Sóc Sơn" and "Xã Phù Linh, Sóc Sơn" — a township named like its district, written
 * without "huyện", was read as within the other); else unless every part of one is a part of the other ("Lào Cai" and
 * "Xã Pá Cang, tỉnh Lào Cai" are one place: review vntext #5), they are — two communes of one district, two villages or two numbered
 * wards of one commune or city (reviews d76 F6, d76b F1, F2, F5: read by words alone, "Thôn 3" of two communes and
 * "Phường 1, Quận 3" and "Phường 3, Quận 1" were one place, and the second teacher replaced the first). A hometown of
 * one part is compared by its words. For one school's two registrations: a pair this splits is flagged for the council.
 */
function placesApart(p: Place, q: Place): boolean {
  if (p.parts.length === 0 || q.parts.length === 0) return false;
  const cp = communesOf(p);
  const cq = communesOf(q);
  if (cp.length > 0 && cq.length > 0 && !sharePart(cp, cq)) {
    // One commune written without commas, its district and province in its name: read by words.
    if (cp.some((a) => cq.some((b) => swallowed(a.name, b.name) || swallowed(b.name, a.name)))) return !wordsWithin(p, q);
    return true;
  }
  if (p.parts.length === 1 || q.parts.length === 1) return !wordsWithin(p, q);
  return !partsWithin(p.parts, q.parts) && !partsWithin(q.parts, p.parts);
}

// Loops, not some/every: two closures per part at every pair compared (markAlike compares thousands).
/** Whether a part of `a` and one of `b` name one unit (samePart). */
function sharePart(a: readonly PlacePart[], b: readonly PlacePart[]): boolean {
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) if (samePart(a[i], b[j])) return true;
  return false;
}
/** Whether every part of `a` names a unit one of `b` names (samePart). */
function partsWithin(a: readonly PlacePart[], b: readonly PlacePart[]): boolean {
  for (let i = 0; i < a.length; i++) {
    let found = false;
    for (let j = 0; j < b.length && !found; j++) found = samePart(a[i], b[j]);
    if (!found) return false;
  }
  return true;
}

/** Whether the words of one hometown's names are all among the other's (a number bound to its unit's kind). */
function wordsWithin(p: Place, q: Place, initials = false): boolean {
  // `initials`: a word of one may be the initials of words the other's names hold ("HN", "TP.HCM": one place with "Hà
  // Nội") — for two schools' pairs only: "HN" is "Hải Ninh" too, and two people of one school read as one are merged.
  return placeWordsWithin(p, q, initials) || placeWordsWithin(q, p, initials);
}
function placeWordsWithin(s: Place, t: Place, initials: boolean): boolean {
  // A loop over the words as listed once (Place.wordList), not a list spread from the set at every pair.
  const list = s.wordList;
  for (let k = 0; k < list.length; k++) {
    const w = list[k];
    if (!t.words.has(w) && !(initials && t.parts.some((x) => initialsWithin(w, x.name)))) return false;
  }
  return true;
}

/** Whether `short` (one word of 2 to 5 letters) is the initials of consecutive words of `name`. */
function initialsWithin(short: string, name: string): boolean {
  if (!/^[a-z]{2,5}$/.test(short)) return false;
  const words = name.split(' ');
  for (let i = 0; i + short.length <= words.length; i++) {
    if (words.slice(i, i + short.length).every((w, k) => w[0] === short[k])) return true;
  }
  return false;
}

/**
 * placesApart, but one whose names' words are all among the other's, or one commune named in both, is one place
 * whatever is written around it: the district or province
 * renamed, merged or gone on 1/7/2025 ("Xã Âu Lâu, huyện Trấn Yên, tỉnh Y" on the citizen card, "Xã Âu Lâu, tỉnh Lào
 * Cai" in today's units: review r76n F3), a village written on one side or both. For two schools' registrations, whose
 * pair is flagged for the council unless told apart: a flag too many costs a look, one too few an award given twice.
 */
function placesClearlyApart(p: Place, q: Place): boolean {
  // Read by words too: a unit whose kind changed in 2025 is one place ("TP Hà Giang, tỉnh Hà Giang", "Phường Hà
  // Giang 1, tỉnh Tuyên Quang": review vntext #5).
  if (!placesApart(p, q) || wordsWithin(p, q, true)) return false;
  return !sharePart(communesOf(p), communesOf(q));
}

/** The parts of a hometown written as communes (xã, phường, thị trấn, đặc khu). */
const communesOf = (x: Place) => x.communes;

function placeOf(text: string): Place {
  // A hometown is compared with those of every alike registration, and many share one: each text's place made once.
  return memoised(placesOf, text, computePlace);
}
const placesOf = new Map<string, Place>();

function computePlace(text: string): Place {
  // Parts are split where a comma, a semicolon or a spaced dash separates them ("Phan Rang-Tháp Chàm" is one name).
  const parts: PlacePart[] = [];
  const words = new Set<string>();
  // And before a unit's kind written inside the text, with its tones ("Phường 1 Quận 3 TP HCM": review d76c F5).
  for (const raw of text.normalize('NFC').replace(KIND_INSIDE, ',').split(/[,;]|\s[-–—]\s|[–—]/)) {
    const part = placePart(raw);
    if (part === null) continue;
    parts.push(part);
    // A number is bound to its unit's kind: "Phường 1, Quận 3" and "Phường 3, Quận 1" share no word.
    for (const w of part.name.split(' ')) words.add(/^\d+$/.test(w) ? `${part.kind}${w}` : w);
  }
  return { parts, words, wordList: [...words], communes: parts.filter((a) => a.kind === 'commune') };
}

/**
 * A unit's kind inside a hometown's text, after a space: its words with their tones (without them, "xa", "to" are as
 * often parts of names), "TP" and "Tổ" before its number.
 */
const KIND_INSIDE = /(?<=\s)(?=(?:tổ dân phố|khu phố|thị trấn|thị xã|thành phố|đặc khu|phường|quận|huyện|tỉnh|xã|thôn|xóm|ấp|tp\.?|tổ(?=\s*\d))(?=[\s.\d]))/giu;

/** A part's kind and name (null: no name): its first words name the kind ("xã", "P.", "thị trấn"…), the rest the name. */
function placePart(raw: string): PlacePart | null {
  // A number is written without its leading zeros ("Phường 01" is "Phường 1": review d76c F3).
  const plain = ` ${plainKey(raw).replace(/[^a-z0-9]+/g, ' ')} `.replace(/ 0+(?=\d)/g, ' ').replace(/ +/g, ' ');
  for (const [pattern, kind] of PLACE_KIND_WORDS) {
    const m = pattern.exec(plain);
    if (m) {
      const name = plain.slice(m[0].length).trim();
      return name === '' ? null : { kind, name };
    }
  }
  const name = plain.trim();
  return name === '' ? null : { kind: '', name };
}
/**
 * The words that open a part and name its kind, longest first; an abbreviation by its letter ("P.1", "Q. 3", "TP.HCM",
 * "T. Lào Cai"). Without tones, words that also begin names are left out: "bản", "làng", "buôn", "sóc", "đội" ("xã Bản
 * Liền", "Lạng Giang", "Buôn Ma Thuột", "Sóc Sơn", "Đồi Thông"); "tổ" only before its number ("Tô Hiệu").
 */
const PLACE_KIND_WORDS: ReadonlyArray<readonly [RegExp, PlaceKind]> = [
  [/^ (?:to dan pho|khu pho|thon|xom|ap|to(?= \d)) /, 'village'],
  [/^ (?:thi tran|dac khu|xa|phuong|tt|p|x) /, 'commune'],
  [/^ (?:thi xa|huyen|quan|tx|q|h) /, 'district'],
  [/^ (?:thanh pho|tp) /, 'city'],
  [/^ (?:tinh|t) /, 'province'],
];

/** Flags for every registration, by id (see identityFlagList). */
export function identityFlags(regs: readonly Registration[]): Map<string, IdentityFlags> {
  const list = identityFlagList(regs);
  const out = new Map<string, IdentityFlags>();
  regs.forEach((r, i) => {
    // One id twice (it cannot happen with the register of codes): the first registration's flags stand.
    if (!out.has(r.id)) out.set(r.id, list[i]);
  });
  return out;
}

/**
 * Whether the address the registration was first sent from (firstSenderOf) is one of the school's directory e-mails
 * (case-insensitive, trimmed) — or was, when the register first saw the response (`sentAs`: the school named there, by
 * its name or a former one). The office replacing a school's address in "Đơn vị" does not make the school's earlier
 * registrations strangers' (review r66g #1: a copy sent from a personal address then replaced the one the council had
 * decided on); nor does an edit through the edit link from another address — the teacher, the principal's personal
 * account, the office, another school helping — (review r82i F3–F6), nor does one from the school's address make a
 * stranger's registration the school's.
 */
export function emailVerified(r: Registration): boolean {
  const first = r.firstSender;
  const email = first !== undefined && first !== '' ? first : r.email;
  if (!r.school || email === '') return false;
  const emails = r.school.emails;
  // The e-mail is normalised when read (trimmed, lower case): most are found as they are.
  if (emails.indexOf(email) >= 0) return true;
  if (emails.indexOf(email.trim().toLowerCase()) >= 0) return true;
  const sentAs = r.sentAs;
  return sentAs !== undefined && sentAs !== '' && sentAs !== NOT_LISTED && listedAs(sentAs, r.school);
}

/** Whether `school` is one of the names of `sentAs` (one a line), as it is named now or was named before. */
function listedAs(sentAs: string, school: NonNullable<Registration['school']>): boolean {
  for (const name of sentAs.split('\n')) {
    const key = matchKey(name);
    if (key === '') continue;
    if (key === school.key) return true;
    for (const f of school.former) if (matchKey(f) === key) return true;
  }
  return false;
}
