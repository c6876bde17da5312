// The rounds' records of the award proposals: who finished batches proposed, at which meeting, level and day
// (src/core/proposals.ts). Packed in script properties (ROUNDS_PREFIX, packRounds: about 4 B a nominee-round), once
// one key a registration (PROPOSED_PREFIX: ~70 B a nominee-round filled the 500 KB store at some 7,000 of them, review
// "limits" #2). Read from the execution's properties: no call of their own when the execution has read them already.
import { changedSinceNote, heldNote, latestRounds, packRounds, parseProposed, proposedNote, unpackRounds, type ProposedBefore } from '../core/proposals';
import type { EvaluatedRegistration } from '../core/evaluate';
import type { OfficeConfig } from '../core/config';
import { PROPOSED_PREFIX, ROUNDS_PREFIX, cachedPrefixed, deleteRaw, writeRaw } from './properties';

/**
 * The records as kept: packed, with those of a version before the packing (one key a registration) whose registration
 * the packed ones do not hold yet (any write of the records packs them all and takes their keys back in the same call).
 */
export function proposedRecords(): Map<string, ProposedBefore[]> {
  const out = unpackRounds(cachedPrefixed(ROUNDS_PREFIX));
  const raw = cachedPrefixed(PROPOSED_PREFIX);
  for (const k of Object.keys(raw)) {
    const code = k.slice(PROPOSED_PREFIX.length);
    const list = out.has(code) ? [] : parseProposed(raw[k]);
    if (list.length) out.set(code, list);
  }
  return out;
}

/** A key of the records taken back (a round's no longer needed; a registration's of a version before the packing), until deleted: read as nothing. */
const TAKEN_BACK = '-';

/**
 * What keeping `records` writes and then deletes: the packed keys that change; in the same call (one write: an execution
 * that dies before its deletions leaves nothing that reads wrong), a packed key no longer needed and every key of a
 * version before the packing are taken back (TAKEN_BACK, which frees most of their room), then deleted. Null when
 * nothing changes.
 */
export function roundWrites(records: ReadonlyMap<string, readonly ProposedBefore[]>): { writes: Record<string, string>; gone: string[] } | null {
  const now = cachedPrefixed(ROUNDS_PREFIX);
  const next = packRounds(records, ROUNDS_PREFIX);
  const writes: Record<string, string> = {};
  for (const k of Object.keys(next)) if (now[k] !== next[k]) writes[k] = next[k];
  const gone: string[] = [];
  const old = cachedPrefixed(PROPOSED_PREFIX);
  for (const k of [...Object.keys(now).filter((k) => !(k in next)), ...Object.keys(old)]) {
    if ((now[k] ?? old[k]) !== TAKEN_BACK) writes[k] = TAKEN_BACK;
    gone.push(k);
  }
  return Object.keys(writes).length || gone.length ? { writes, gone } : null;
}

/** How many keys taken back one write deletes at most (one call each); the nightly rebuild deletes those left (tidyRounds). */
const DELETES_PER_RUN = 300;

/** Writes what roundWrites gives (the caller holds the script lock), then deletes the keys taken back, up to DELETES_PER_RUN, none after `deadline`. */
export function keepRounds(changes: { writes: Record<string, string>; gone: string[] }, deadline = Infinity): void {
  if (Object.keys(changes.writes).length) writeRaw(changes.writes);
  for (const k of changes.gone.slice(0, DELETES_PER_RUN)) {
    if (Date.now() >= deadline) break;
    deleteRaw([k]);
  }
}

/**
 * Housekeeping of the nightly rebuild (under the script lock): records of a version before the packing are packed, and
 * keys taken back deleted (keepRounds).
 */
export function tidyRounds(deadline: number): void {
  const left = [...Object.keys(cachedPrefixed(PROPOSED_PREFIX)), ...Object.entries(cachedPrefixed(ROUNDS_PREFIX)).filter(([, v]) => v === TAKEN_BACK).map(([k]) => k)];
  if (!left.length) return;
  const changes = roundWrites(proposedRecords());
  if (changes) keepRounds(changes, deadline);
}

/**
 * The note of "Thẩm định" for a registration (mergeReview's proposedNote): what finished batches proposed, from the
 * records as this execution reads them; whether the row's decision and award level (`decision`, `level`: as the merge
 * holds them) still match what the documents last made propose (changedSinceNote); and what holds it out of a Tờ trình
 * (heldNote).
 */
export function proposedNotes(config: OfficeConfig): (r: EvaluatedRegistration, decision?: unknown, level?: unknown) => string {
  const records = proposedRecords();
  const latest = latestRounds(records);
  return (r, decision, level) => {
    const list = records.size ? records.get(r.id) : undefined;
    return [proposedNote(list), changedSinceNote(list, latest, decision, level, config), heldNote(r, config)].filter((x) => x !== '').join('\n');
  };
}
