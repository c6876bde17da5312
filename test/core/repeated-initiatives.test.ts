// markRepeatedInitiatives works a decision's key out only for slots whose names share a key: it marks exactly what
// the eager version (every named slot's decision keyed first) marked, and asks for no decision it does not compare.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { INITIATIVE_REPEAT, markRepeatedInitiatives } from '../../src/core/registration';
import { matchKey } from '../../src/core/text';

/** The version before decisions were keyed on demand (src/core/registration.ts until this change). */
function eagerMarkRepeated(bits: number[], n: number, nameOf: (slot: number) => string, decisionOf: (slot: number) => string): void {
  const keys: string[] = [];
  const decisions: string[] = [];
  for (let i = 0; i < n; i++) {
    keys[i] = '';
    if (!(bits[i] & 2)) continue;
    const k = matchKey(nameOf(i));
    if (k === '') continue;
    const d = decisionOf(i);
    decisions[i] = d === '' ? '' : matchKey(d);
    let j = 0;
    while (j < i && (keys[j] !== k || (decisions[i] !== '' && decisions[j] !== '' && decisions[i] !== decisions[j] && (bits[i] & 24) === (bits[j] & 24)))) j++;
    if (j === i) keys[i] = k;
    else if (bits[i] & 4 && !(bits[j] & 4)) {
      bits[j] |= INITIATIVE_REPEAT;
      keys[j] = '';
      keys[i] = k;
    } else bits[i] |= INITIATIVE_REPEAT;
  }
}

// Names and decisions that share keys in other spellings (case, spaces, tone placement), and some that say nothing.
const NAMES = ['Sáng kiến kinh nghiệm', 'SÁNG KIẾN  KINH NGHIỆM', ' sáng kiến kinh nghiệm ', 'Giải pháp hòa nhập', 'Giải pháp hoà nhập', 'Góc đọc sách', '', '   '];
const DECISIONS = ['', '12/QĐ-UBND', '12/qđ-ubnd', ' 12/QĐ-UBND', '13/QĐ-UBND', '125/QĐ-PGDĐT'];

const slot = fc.record({
  // answered (1), named (2), complete (4), level × 8 (0–3)
  bits: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean(), fc.integer({ min: 0, max: 3 })).map(([a, n, c, l]) => (a ? 1 : 0) + (n ? 2 : 0) + (c ? 4 : 0) + l * 8),
  name: fc.constantFrom(...NAMES),
  decision: fc.constantFrom(...DECISIONS),
});

describe('repeated initiatives', () => {
  it('are marked as the eager version marked them, whatever the slots', () => {
    fc.assert(
      fc.property(fc.array(slot, { minLength: 0, maxLength: 6 }), (slots) => {
        const want = slots.map((s) => s.bits);
        eagerMarkRepeated(want, slots.length, (i) => slots[i].name, (i) => slots[i].decision);
        const got = slots.map((s) => s.bits);
        markRepeatedInitiatives(got, slots.length, (i) => slots[i].name, (i) => slots[i].decision);
        expect(got).toEqual(want);
      }),
      { numRuns: 3000, seed: 12 },
    );
  });

  it('asks for a decision only where two named slots share a name’s key', () => {
    fc.assert(
      fc.property(fc.array(slot, { minLength: 0, maxLength: 6 }), (slots) => {
        const asked = new Set<number>();
        const bits = slots.map((s) => s.bits);
        markRepeatedInitiatives(bits, slots.length, (i) => slots[i].name, (i) => (asked.add(i), slots[i].decision));
        const key = (i: number) => (slots[i].bits & 2 ? matchKey(slots[i].name) : '');
        for (const i of asked) {
          expect(key(i)).not.toBe('');
          expect(slots.some((_s, j) => j !== i && key(j) === key(i))).toBe(true);
        }
      }),
      { numRuns: 2000, seed: 13 },
    );
  });
});
