// Identity checks across registrations: the same subject registered twice by one school (the later answer
// wins), and the submitter's e-mail checked against the school's e-mails in the directory.
import { Registration } from './registration';
import { compareIds } from './review';
import { matchKey } from './text';

export interface IdentityFlags {
  /** Id of the later registration that replaces this one. */
  supersededBy?: string;
  /** True when the submitter's e-mail is not one of the school's e-mails ("chưa xác minh"). */
  unverified: boolean;
}

/**
 * The key of a registered subject: school + kind + normalised name (+ birth year when given, so two
 * teachers with the same name but different birth years stay distinct).
 */
export function subjectKey(r: Registration): string {
  const school = r.school ? r.school.key : matchKey(r.schoolName);
  return [school, r.kind || '', matchKey(r.name), r.birthYear === null ? '' : String(r.birthYear)].join('\u0001');
}

/**
 * Whether `a` replaces `b` (same subject): a registration from one of the school's own addresses always beats one
 * from an address the directory does not know — a stranger cannot replace a school's verified registration — and
 * otherwise the later submission wins (then the later code: codes never change with the row).
 */
function replaces(a: Registration, aVerified: boolean, b: Registration, bVerified: boolean): boolean {
  if (aVerified !== bVerified) return aVerified;
  const ta = a.submittedAt ? a.submittedAt.getTime() : -Infinity;
  const tb = b.submittedAt ? b.submittedAt.getTime() : -Infinity;
  return ta !== tb ? ta > tb : compareIds(a.id, b.id) > 0;
}

/** The flags of a registration nobody replaces: shared (a registration's flags are read, never changed). */
const VERIFIED: IdentityFlags = Object.freeze({ unverified: false });
const UNVERIFIED: IdentityFlags = Object.freeze({ unverified: true });

/**
 * Flags for every registration, in the order given. Each response row is one registration (an edited response keeps
 * its code, so it is never its own duplicate). Among registrations of the same subject the verified, then the latest,
 * submission wins; every other one is superseded by it. Linear in the number of registrations.
 */
export function identityFlagList(regs: readonly Registration[]): IdentityFlags[] {
  const n = regs.length;
  const verified: boolean[] = new Array(n);
  // Registrations of one subject form a group, found by school then by the name's key (a school rarely has two
  // subjects of one name), then by the whole subject key for those. No key string built per registration.
  const group = new Int32Array(n).fill(-1);
  const winners: number[] = [];
  const firstOf: number[] = [];
  const bySchool = new Map<string, Map<string, number>>();
  const bySubject = new Map<string, number>();
  const same = (a: Registration, b: Registration) => a.kind === b.kind && a.birthYear === b.birthYear;
  for (let i = 0; i < n; i++) {
    const r = regs[i];
    const v = emailVerified(r);
    verified[i] = v;
    if (!r.kind || r.name === '') continue;
    const schoolKey = r.school ? r.school.key : matchKey(r.schoolName);
    let names = bySchool.get(schoolKey);
    if (names === undefined) bySchool.set(schoolKey, (names = new Map()));
    const nameKey = matchKey(r.name);
    let g = names.get(nameKey);
    if (g === undefined) {
      g = winners.length;
      names.set(nameKey, g);
      winners.push(i);
      firstOf.push(i);
    } else if (!same(regs[firstOf[g]], r)) {
      const k = subjectKey(r);
      let h = bySubject.get(k);
      if (h === undefined) {
        h = winners.length;
        bySubject.set(k, h);
        winners.push(i);
        firstOf.push(i);
      } else if (replaces(r, v, regs[winners[h]], verified[winners[h]])) winners[h] = i;
      g = h;
    } else if (replaces(r, v, regs[winners[g]], verified[winners[g]])) winners[g] = i;
    group[i] = g;
  }
  const out: IdentityFlags[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const w = group[i] < 0 ? i : winners[group[i]];
    const by = regs[w].id;
    if (w !== i && by !== regs[i].id) out[i] = { supersededBy: by, unverified: !verified[i] };
    else out[i] = verified[i] ? VERIFIED : UNVERIFIED;
  }
  return out;
}

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

/** Whether the submitter's e-mail is one of the school's directory e-mails (case-insensitive, trimmed). */
export function emailVerified(r: Registration): boolean {
  if (!r.school || r.email === '') return false;
  const emails = r.school.emails;
  // The e-mail is normalised when read (trimmed, lower case): most are found as they are.
  if (emails.indexOf(r.email) >= 0) return true;
  return emails.indexOf(r.email.trim().toLowerCase()) >= 0;
}
