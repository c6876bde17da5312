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

/**
 * Flags for every registration, by id. Each response row is one registration (an edited response keeps its
 * code, so it is never its own duplicate). Among registrations of the same subject the verified, then the latest,
 * submission wins; every other one is superseded by it. Linear in the number of registrations.
 */
export function identityFlags(regs: readonly Registration[]): Map<string, IdentityFlags> {
  const out = new Map<string, IdentityFlags>();
  const winner = new Map<string, Registration>();
  for (const r of regs) {
    const verified = emailVerified(r);
    out.set(r.id, { unverified: !verified });
    if (!r.kind || r.name === '') continue;
    const k = subjectKey(r);
    const w = winner.get(k);
    if (!w || replaces(r, verified, w, !out.get(w.id)!.unverified)) winner.set(k, r);
  }
  for (const r of regs) {
    if (!r.kind || r.name === '') continue;
    const w = winner.get(subjectKey(r))!;
    if (w.id !== r.id) out.get(r.id)!.supersededBy = w.id;
  }
  return out;
}

/** Whether the submitter's e-mail is one of the school's directory e-mails (case-insensitive, trimmed). */
export function emailVerified(r: Registration): boolean {
  if (!r.school || r.email === '') return false;
  const e = r.email.trim().toLowerCase();
  return r.school.emails.indexOf(e) >= 0;
}
