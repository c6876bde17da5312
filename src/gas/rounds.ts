// The rounds' records of the award proposals (script properties PROPOSED_PREFIX + code): who finished batches proposed,
// at which meeting, level and day (src/core/proposals.ts). Read from the execution's properties: no call of their own
// when the execution has read them already.
import { heldNote, parseProposed, proposedNote, type ProposedBefore } from '../core/proposals';
import type { EvaluatedRegistration } from '../core/evaluate';
import type { OfficeConfig } from '../core/config';
import { PROPOSED_PREFIX, cachedPrefixed } from './properties';

export function proposedRecords(): Map<string, ProposedBefore[]> {
  const raw = cachedPrefixed(PROPOSED_PREFIX);
  const out = new Map<string, ProposedBefore[]>();
  for (const k of Object.keys(raw)) {
    const list = parseProposed(raw[k]);
    if (list.length) out.set(k.slice(PROPOSED_PREFIX.length), list);
  }
  return out;
}

/**
 * The note of "Thẩm định" for a registration (mergeReview's proposedNote): what finished batches proposed, from the
 * records as this execution reads them, and what holds it out of a Tờ trình (heldNote).
 */
export function proposedNotes(config: OfficeConfig): (r: EvaluatedRegistration) => string {
  const records = proposedRecords();
  return (r) => [records.size ? proposedNote(records.get(r.id)) : '', heldNote(r, config)].filter((x) => x !== '').join('\n');
}
