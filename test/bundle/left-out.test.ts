// "proposal.left-out" (src/jobs/proposals.ts leftOutValue): one script property, at most 9 KB a value — a council
// leaving out more than ~760 nominees made every "Tạo tờ trình" fail on it (review "growth" #3).
import { describe, expect, it } from 'vitest';
import { leftOutValue } from '../../src/jobs/proposals';

const codes = (n: number) => Array.from({ length: n }, (_, i) => `DK-${String(i + 1).padStart(6, '0')}`);

describe('the codes the documents left out', () => {
  it('are kept as a sorted list while they fit, as their count when they would pass a property value', () => {
    expect(leftOutValue(['DK-000003', 'DK-000001'])).toBe('["DK-000001","DK-000003"]');
    expect(JSON.parse(leftOutValue(codes(600)))).toHaveLength(600);
    const many = leftOutValue(codes(2_000));
    expect(JSON.parse(many)).toEqual({ n: 2_000 });
    for (const n of [0, 600, 700, 2_000, 20_000]) expect(Buffer.byteLength(leftOutValue(codes(n)))).toBeLessThan(9 * 1024);
  });
});
