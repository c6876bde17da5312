// Review r77c F2: a row of "Thẩm định" whose decision or award level no longer matches what the documents last made
// propose says so, and names the menu that makes them again; only the latest rounds' records are compared.
import { describe, expect, it } from 'vitest';
import { changedSinceNote, latestRounds, type ProposedBefore } from '../../src/core/proposals';
import { PROPOSAL_EARLIER } from '../../src/core/messages';
import type { OfficeConfig } from '../../src/core/config';

const so = { organisation: { kind: 'so' } } as unknown as OfficeConfig;
const first: ProposedBefore = { meeting: '20-06-2023', level: 'giayKhen', day: '25-06-2023', fp: 'a' };
const second: ProposedBefore = { meeting: '01-07-2025', level: 'bangKhenTinh', day: '05-07-2025', fp: 'b' };

describe('changedSinceNote', () => {
  const records = new Map<string, ProposedBefore[]>([
    ['DK-1', [first, second]],
    ['DK-2', [first]],
    ['DK-3', [{ ...second, level: 'giayKhen', out: '06-07-2025' }, { ...second, day: '06-07-2025' }]],
  ]);
  const latest = latestRounds(records);

  it('the row as proposed: nothing; its decision or level changed since: said, with the menu', () => {
    expect(changedSinceNote(records.get('DK-1'), latest, 'Đề nghị khen', 'Bằng khen của Chủ tịch UBND tỉnh')).toBe('');
    expect(changedSinceNote(records.get('DK-1'), latest, 'Không đề nghị', 'Bằng khen của Chủ tịch UBND tỉnh')).toBe(
      PROPOSAL_EARLIER.reviewNoteDecisionChanged('Bằng khen UBND tỉnh', '05/07/2025', 'Không đề nghị'),
    );
    const lower = changedSinceNote(records.get('DK-1'), latest, 'Đề nghị khen', '');
    expect(lower).toBe(PROPOSAL_EARLIER.reviewNoteLevelChanged('Bằng khen UBND tỉnh', '05/07/2025', 'Giấy khen'));
    expect(lower).toContain('“Tạo văn bản đề nghị khen thưởng”');
  });

  it("an earlier round's proposal is not compared (a later round decides anew); a withdrawn record neither", () => {
    expect(changedSinceNote(records.get('DK-2'), latest, 'Không đề nghị', '')).toBe('');
    // Withdrawn at Giấy khen the day its level was changed to a Bằng khen, which stands.
    expect(changedSinceNote(records.get('DK-3'), latest, 'Đề nghị khen', 'Bằng khen của Chủ tịch UBND tỉnh')).toBe('');
    expect(changedSinceNote(undefined, latest, 'Không đề nghị', '')).toBe('');
  });

  it("a level outside the list is left to its own note; a Sở's own Giấy khen is the Giấy khen it proposed", () => {
    expect(changedSinceNote(records.get('DK-1'), latest, 'Đề nghị khen', 'Bằng khen tỉnh')).toBe('');
    const gk = new Map([['DK-9', [{ ...second, level: 'giayKhen' as const }]]]);
    expect(changedSinceNote(gk.get('DK-9'), latestRounds(gk), 'Đề nghị khen', 'Giấy khen của Giám đốc Sở GD&ĐT', so)).toBe('');
  });
});
