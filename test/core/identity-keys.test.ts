// identityFlagList keys its subjects and alike people by numbers (each school part and name key numbered once): held
// here to the keys of text it had before (the reference below), on registrations made to collide in every way.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALIKE_LISTED, IdentityFlags, emailVerified, identityFlagList } from '../../src/core/duplicates';
import { isSchoolItself, teamKey } from '../../src/core/unit-names';
import type { Registration } from '../../src/core/registration';
import type { School } from '../../src/core/directory';
import { REPORT_QUESTIONS } from '../../src/core/messages/proposals';
import { compareIds, schoolPrint } from '../../src/core/review';
import { matchKey } from '../../src/core/text';
import { NOT_LISTED } from '../../src/core/directory';

// ---- the reference: identityFlagList with keys of text (subject = school part, kind, name key, birth year)
function schoolPart(r: Registration): string {
  const s = r.school;
  return s !== null && s.former.length === 0 ? s.key : matchKey(sentUnder(r));
}
/**
 * The name a registration was sent under: for a response that gives the school's current name, the one of the school's
 * names (the response's, its current one, one in "Tên cũ") the register recorded it sent under (firstSchool, f80b),
 * else the response's; a response that gives one of its old names, that name (d80b F1). Without that record: the
 * response's, unless it gives the school's current name and the register's stamp (sentAs) names exactly one of the
 * school's old names and not its current one (review r79m F2).
 */
function sentUnder(r: Registration): string {
  const s = r.school;
  if (s && s.former.length > 0 && r.firstSchool) {
    if (matchKey(r.schoolName) !== s.key) return r.schoolName;
    return [r.schoolName, s.name, ...s.former].find((n) => schoolPrint(n) === r.firstSchool) ?? r.schoolName;
  }
  // Only a response edited since first sent (the stamp names rows, not the name chosen: review d79 F2).
  const edited = !!r.firstSubmittedAt && !!r.submittedAt && r.firstSubmittedAt.getTime() < r.submittedAt.getTime();
  if (!s || s.former.length === 0 || !r.sentAs || r.sentAs === NOT_LISTED || !edited || matchKey(r.schoolName) !== s.key) return r.schoolName;
  const keys = r.sentAs.split('\n').map((l) => matchKey(l)).filter((k) => k !== '');
  if (keys.includes(s.key)) return r.schoolName;
  const olds = [...new Set(keys.filter((k) => s.former.some((f) => matchKey(f) === k)))];
  return olds.length === 1 ? s.former.find((f) => matchKey(f) === olds[0])! : r.schoolName;
}
function replaces(a: Registration, aVerified: boolean, b: Registration, bVerified: boolean): boolean {
  if (aVerified !== bVerified) return aVerified;
  // The first sending decides (an edit, a later submittedAt, does not).
  const fa = a.firstSubmittedAt ?? a.submittedAt;
  const fb = b.firstSubmittedAt ?? b.submittedAt;
  const ta = fa ? fa.getTime() : -Infinity;
  const tb = fb ? fb.getTime() : -Infinity;
  return ta !== tb ? ta > tb : compareIds(a.id, b.id) > 0;
}
function toldApart(a: Registration, b: Registration): boolean {
  for (const title of [REPORT_QUESTIONS.gender, REPORT_QUESTIONS.hometown]) {
    const x = matchKey((a.answers[title] as string) ?? '');
    const y = matchKey((b.answers[title] as string) ?? '');
    if (x !== '' && y !== '' && x !== y) return true;
  }
  return false;
}
/**
 * The registrations of one subject (`list`) as groups of those that may be one person: the individuals sent from the
 * school's addresses, with a role (anchors), linked unless two people (roles and addresses differ, or told apart); each
 * other one, in the order of the codes, in a group none of whose registrations it is told apart from (its address's,
 * else its role's, else the first), or in one of its own (review r78f F1).
 */
function groupsOf(regs: readonly Registration[], verified: readonly boolean[], list: readonly number[]): number[][] {
  const sender = (i: number) => regs[i].email.trim().toLowerCase();
  const anchored = (i: number) => verified[i] && regs[i].kind === 'individual' && regs[i].role !== null && sender(i) !== '';
  const two = (a: number, b: number) => (regs[a].role !== regs[b].role && sender(a) !== sender(b)) || toldApart(regs[a], regs[b]);
  let groups: number[][] = [];
  for (const i of list.filter(anchored)) {
    const linked = groups.filter((g) => g.some((j) => !two(i, j)));
    groups = [...groups.filter((g) => !linked.includes(g)), [...linked.flat(), i]];
  }
  const best = (g: number[]) => g.reduce((w, i) => (replaces(regs[i], verified[i], regs[w], verified[w]) ? i : w));
  groups.sort((x, y) => (replaces(regs[best(x)], verified[best(x)], regs[best(y)], verified[best(y)]) ? -1 : 1));
  const rest = list.filter((i) => !anchored(i)).sort((a, b) => compareIds(regs[a].id, regs[b].id) || a - b);
  for (const i of rest) {
    const fits = groups.filter((g) => !g.some((j) => toldApart(regs[i], regs[j])));
    const g =
      (sender(i) !== '' ? fits.find((x) => x.some((j) => sender(j) === sender(i))) : undefined) ??
      (regs[i].role !== null ? fits.find((x) => x.some((j) => regs[j].role === regs[i].role)) : undefined) ??
      fits[0];
    if (g) g.push(i);
    else groups.push([i]);
  }
  return groups;
}
function reference(regs: readonly Registration[]): IdentityFlags[] {
  const verified = regs.map(emailVerified);
  const add = (m: Map<string, number[]>, k: string, i: number) => (m.get(k) ?? (m.set(k, []), m.get(k)!)).push(i);
  const key = (r: Registration) => [schoolPart(r), r.kind || '', matchKey(r.name), r.birthYear === null ? '' : String(r.birthYear)].join('\u0001');
  const subjectsOf = new Map<string, number[]>();
  regs.forEach((r, i) => {
    if (r.kind && r.name !== '') add(subjectsOf, key(r), i);
  });
  const winnerOf = new Map<number, number>();
  for (const list of subjectsOf.values()) {
    for (const g of groupsOf(regs, verified, list)) {
      let w = g[0];
      for (const i of g) if (replaces(regs[i], verified[i], regs[w], verified[w])) w = i;
      for (const i of g) winnerOf.set(i, w);
    }
  }
  const out: IdentityFlags[] = regs.map((r, i) => {
    const w = winnerOf.get(i) ?? i;
    return w !== i && regs[w].id !== r.id ? { supersededBy: regs[w].id, unverified: !verified[i] } : { unverified: !verified[i] };
  });
  const byPerson = new Map<string, number[]>();
  const bySchool = new Map<string, number[]>();
  // One subject of a school with a name in "Tên cũ" sent under two of its names from one address (the later's first
  // sender: d80b F5; the earlier's first sender or its last editor's: d81a F6): the later replaces.
  const bySubject = new Map<string, number[]>();
  const firstOf = (r: Registration) => (r.firstSender || r.email).trim().toLowerCase();
  const sentAgain = (later: Registration, earlier: Registration) => firstOf(later) !== '' && (firstOf(later) === firstOf(earlier) || firstOf(later) === earlier.email.trim().toLowerCase());
  regs.forEach((r, i) => {
    if (!r.school || r.school.former.length === 0 || !r.kind || r.name === '' || out[i].supersededBy) return;
    add(bySubject, [r.school.key, r.kind, matchKey(r.name), r.birthYear === null ? '' : String(r.birthYear)].join('\u0001'), i);
  });
  // The old names the school of the name a registration is keyed by had when it was first sent under it (d80b F2).
  const formersOf = (r: Registration): string[] => (r.firstFormer && r.firstSchool && schoolPrint(sentUnder(r)) === r.firstSchool ? r.firstFormer.split(' ') : []);
  const latest = (w: number | undefined, j: number) => (w === undefined || replaces(regs[j], verified[j], regs[w], verified[w]) ? j : w);
  for (const list of bySubject.values()) {
    // One under the current name replaces those under old names it replaces; old names never each other, unless one
    // was sent under a name that then had the other's among its old names (the latest such one replaces).
    const current = list.filter((i) => matchKey(sentUnder(regs[i])) === regs[i].school!.key);
    for (const i of list) {
      const after = (j: number) => j !== i && regs[i].id !== regs[j].id && sentAgain(regs[j], regs[i]) && replaces(regs[j], verified[j], regs[i], verified[i]);
      const by =
        current.filter(after).reduce<number | undefined>(latest, undefined) ??
        list.filter((j) => !current.includes(j) && after(j) && formersOf(regs[j]).includes(schoolPrint(sentUnder(regs[i])))).reduce<number | undefined>(latest, undefined);
      if (by !== undefined) out[i] = { supersededBy: regs[by].id, unverified: !verified[i] };
    }
  }
  // Replaced by one replaced in turn: the one that stands.
  const standing = (id: string): string => {
    const j = regs.findIndex((r) => r.id === id);
    const next = j < 0 ? undefined : out[j].supersededBy;
    return next === undefined || next === id ? id : standing(next);
  };
  out.forEach((f, i) => {
    if (f.supersededBy === undefined) return;
    const now = standing(f.supersededBy);
    if (now !== f.supersededBy && now !== regs[i].id) out[i] = { ...f, supersededBy: now };
  });
  regs.forEach((r, i) => {
    if (r.kind !== 'individual' || r.name === '' || out[i].supersededBy) return;
    const name = matchKey(r.name);
    if (name === '') return;
    if (r.birthYear !== null) add(byPerson, `${name}\u0001${r.birthYear}`, i);
    add(bySchool, `${schoolPart(r)}\u0001${name}`, i);
  });
  const alike = new Map<number, Set<number>>();
  const pair = (a: number, b: number) => {
    for (const [x, y] of [[a, b], [b, a]]) {
      const set = alike.get(x) ?? (alike.set(x, new Set()), alike.get(x)!);
      if (set.size < ALIKE_LISTED) set.add(y);
    }
  };
  for (const list of byPerson.values()) {
    for (let a = 0; a < list.length && a < ALIKE_LISTED + 1; a++) {
      for (let b = a + 1; b < list.length && b < ALIKE_LISTED + 1; b++) {
        const [x, y] = [regs[list[a]], regs[list[b]]];
        // Two of one school both in force are told for the council unless their roles and addresses differ too (two
        // told apart by their answers alone may be one person's sent again: review r76n F1, r78f F1).
        const twoPeople = schoolPart(x) === schoolPart(y) ? x.role !== y.role && x.email.trim().toLowerCase() !== y.email.trim().toLowerCase() && toldApart(x, y) : toldApart(x, y);
        if (!twoPeople) pair(list[a], list[b]);
      }
    }
  }
  for (const list of bySchool.values()) {
    const without = list.filter((i) => regs[i].birthYear === null);
    for (const a of without.slice(0, ALIKE_LISTED)) for (const b of list.slice(0, ALIKE_LISTED + 1)) if (a !== b) pair(a, b);
    // Two birth years at one school, unless told apart (review r73r F5).
    const first = list.slice(0, ALIKE_LISTED + 1);
    for (let a = 0; a < first.length; a++) {
      for (let b = a + 1; b < first.length; b++) {
        const [x, y] = [regs[first[a]].birthYear, regs[first[b]].birthYear];
        if (x !== null && y !== null && x !== y && !toldApart(regs[first[a]], regs[first[b]])) pair(first[a], first[b]);
      }
    }
  }
  for (const [i, set] of alike) {
    out[i] = { ...out[i], alike: [...set].sort((a, b) => compareIds(regs[a].id, regs[b].id)).map((j) => ({ id: regs[j].id, school: regs[j].school?.name ?? regs[j].schoolName })) };
  }
  // Teams in force of one school whose names differ only by the words of a team or the school's name (teamKey).
  const teams = new Map<string, number[]>();
  regs.forEach((r, i) => {
    if (r.kind !== 'collective' || r.name === '' || out[i].supersededBy || isSchoolItself(r) || teamKey(r.name, r.schoolName) === '') return;
    add(teams, [schoolPart(r), teamKey(r.name, r.schoolName)].join('\u0001'), i);
  });
  for (const list of teams.values()) {
    if (list.length < 2) continue;
    for (const i of list) {
      const others = list.filter((j) => j !== i).sort((a, b) => compareIds(regs[a].id, regs[b].id)).slice(0, ALIKE_LISTED);
      out[i] = { ...out[i], alike: others.map((j) => ({ id: regs[j].id, school: regs[j].school?.name ?? regs[j].schoolName })) };
    }
  }
  // One subject at a school with a name in "Tên cũ", sent under two of its names (not already alike).
  const subjects = new Map<string, number[]>();
  regs.forEach((r, i) => {
    if (!r.school || r.school.former.length === 0 || !r.kind || r.name === '' || out[i].supersededBy) return;
    add(subjects, [r.school.key, r.kind, matchKey(r.name), r.birthYear === null ? '' : String(r.birthYear)].join('\u0001'), i);
  });
  for (const list of subjects.values()) {
    for (const i of list) {
      const refs = list.filter((j) => schoolPart(regs[j]) !== schoolPart(regs[i]) && !out[i].alike?.some((x) => x.id === regs[j].id));
      if (refs.length) out[i] = { ...out[i], otherName: refs.sort((a, b) => compareIds(regs[a].id, regs[b].id)).slice(0, ALIKE_LISTED).map((j) => ({ id: regs[j].id, school: sentUnder(regs[j]) })) };
    }
  }
  return out;
}

// ---- registrations that collide: few schools (one renamed, one merged from two), names spelt several ways, years
const school = (code: string, name: string, former: string[] = []): School => ({
  code, name, level: '', ward: '', cluster: '', principal: '', emails: [`${code}@truong.edu.vn`], row: 2, key: matchKey(name), former,
});
const SCHOOLS = [school('A', 'Trường Mầm non Hoà Bình'), school('B', 'Trường Tiểu học Kim Đồng', ['Trường Tiểu học Cũ']), school('C', 'Trường THCS Lê Lợi', ['Trường X', 'Trường Y'])];
const NAMES = ['Nguyễn Văn An', 'nguyễn  văn AN', 'Trần Thị Hoà', 'Trần Thị Hòa', 'Tổ Toán', 'Tổ chuyên môn Toán', '', '   ', 'Lê Minh'];
const YEARS = [null, null, 1980, 1981, 1980.5, 5000, -3, 0, 4095, 4096];
const SCHOOL_NAMES = ['Trường Mầm non Hoà Bình', 'Trường Tiểu học Cũ', 'Trường X', 'Trường Y', 'trường thcs lê lợi', 'Trường Lạ'];

const registration = fc
  .record({
    kind: fc.constantFrom('individual', 'individual', 'collective', null),
    name: fc.constantFrom(...NAMES),
    birthYear: fc.constantFrom(...YEARS),
    school: fc.integer({ min: -1, max: SCHOOLS.length - 1 }),
    schoolName: fc.constantFrom(...SCHOOL_NAMES),
    email: fc.constantFrom('', 'a@truong.edu.vn', 'b@truong.edu.vn', 'la@gmail.com', ' A@truong.edu.vn '),
    // The register's stamp: the schools whose rows listed the sender when first seen (Registration.sentAs).
    sentAs: fc.constantFrom('', '', NOT_LISTED, 'Trường X', 'Trường Y', 'Trường X\nTrường Y', 'Trường THCS Lê Lợi\nTrường X', 'Trường Lạ\nTrường Y', 'Trường Tiểu học Cũ', 'Trường Tiểu học Kim Đồng'),
    // The school the register saw the response name first (Registration.firstSchool): mostly not known.
    firstSchool: fc.constantFrom('', '', '', 'Trường X', 'Trường X', 'Trường Y', 'Trường THCS Lê Lợi', 'Trường Tiểu học Cũ', 'Trường Tiểu học Kim Đồng', 'Trường Lạ'),
    // The old names of that school when it was recorded (Registration.firstFormer), and the address the response was
    // first sent from (Registration.firstSender; '' its sender's): mostly none.
    firstFormer: fc.constantFrom('', '', 'Trường X', 'Trường Y', 'Trường Y', 'Trường Tiểu học Cũ', 'Trường X;Trường Tiểu học Cũ'),
    firstSender: fc.constantFrom('', '', '', 'a@truong.edu.vn', 'b@truong.edu.vn'),
    sent: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
    // Days after its first sending it was last edited (its submittedAt): never what decides which one replaces the other.
    edited: fc.integer({ min: 0, max: 5 }),
    gender: fc.constantFrom('', 'Nam', 'Nữ'),
    hometown: fc.constantFrom('', 'Xã Bản Mây', 'xã bản mây', 'Phường Đồi Thông'),
  });

type Spec = typeof registration extends fc.Arbitrary<infer T> ? T : never;

function registrations(specs: Spec[], ids: number[]): Registration[] {
  return specs.map((s, i) => {
    const sc = s.school < 0 ? null : SCHOOLS[s.school];
    return {
      id: `DK-${String(ids[i]).padStart(6, '0')}`,
      kind: s.kind,
      name: s.name,
      birthYear: s.birthYear,
      school: sc,
      // A school's own names only for A (none in "Tên cũ") and B (its current one or its old one).
      schoolName: !sc || s.school === 2 ? s.schoolName : s.school === 1 && s.schoolName === 'Trường Tiểu học Cũ' ? s.schoolName : sc.name,
      email: s.email,
      sentAs: s.sentAs,
      firstSchool: s.firstSchool === '' ? '' : schoolPrint(s.firstSchool),
      firstFormer: s.firstFormer.split(';').filter((n) => n !== '').map((n) => schoolPrint(n)).join(' '),
      firstSender: s.firstSender,
      submittedAt: s.sent === null ? null : new Date(2023, 0, s.sent + s.edited),
      firstSubmittedAt: s.sent === null ? null : new Date(2023, 0, s.sent),
      answers: { [REPORT_QUESTIONS.gender]: s.gender, [REPORT_QUESTIONS.hometown]: s.hometown },
    } as unknown as Registration;
  });
}

describe('identity flags keyed by numbers', () => {
  it('flag every registration as the keys of text do: replaced, unverified, alike (and whom)', () => {
    let alike = 0;
    let replaced = 0;
    let otherName = 0;
    fc.assert(
      fc.property(fc.array(registration, { minLength: 1, maxLength: 60 }), fc.boolean(), (specs, shuffled) => {
        // Ids in row order, or not (ids out of order; one id twice: an edited response read twice).
        const ids = specs.map((_, i) => (shuffled ? (i * 7919) % 101 : i + 2));
        const regs = registrations(specs, ids);
        const got = identityFlagList(regs);
        const want = reference(regs);
        expect(got.map((f) => ({ ...f }))).toEqual(want);
        for (const f of got) {
          if (f.otherName) otherName++;
          if (f.alike) alike++;
          if (f.supersededBy) replaced++;
        }
      }),
      // 1,200 runs: since d79 F2 a stamp counts only for an edited response, and 600 met that case twice.
      { numRuns: 1200, seed: 12 },
    );
    // The cases it is about did occur.
    expect(alike).toBeGreaterThan(50);
    expect(replaced).toBeGreaterThan(5);
    expect(otherName).toBeGreaterThan(2);
  });
});
