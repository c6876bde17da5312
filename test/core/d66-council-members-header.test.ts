// Review d66: d9114f4 blocks the batch when votes have no member listed (COUNCIL_PROBLEM.votesWithoutMembers: "danh
// sách thành viên … đang trống … Hãy ghi lại danh sách thành viên"). When the list is there but its header row was lost
// (deleted, or retyped "Họ và tên"), the same message is given: the clerk is told a full list is empty and to type it
// again, which changes nothing — the batch stays blocked with no way out named. (votesWithoutHeader names the lost
// header row for the votes; the members' header gets no such message.)
import { describe, expect, it } from 'vitest';
import { parseCouncil } from '../../src/core/council';
import { COUNCIL_MEMBERS_HEADER } from '../../src/core/messages';
import { councilMembers, councilTabRows } from './helpers';

const votes: Array<readonly [unknown, unknown, unknown?, unknown?]> = [
  ['DK-000002', 9, 0],
  ['DK-000003', 3, 6],
];

describe("the council's members listed, their header row lost", () => {
  const full = councilTabRows(votes);
  const deleted = full.filter((r) => r !== COUNCIL_MEMBERS_HEADER);
  const retyped = full.map((r) => (r === COUNCIL_MEMBERS_HEADER ? ['Họ và tên', ...COUNCIL_MEMBERS_HEADER.slice(1)] : r));

  it('case under test: the list is there (names typed), the tab read whole is fine, without the header it is blocked', () => {
    expect(councilMembers().length).toBeGreaterThan(2);
    expect(parseCouncil(full)!.unreadable).toBeNull();
    expect(parseCouncil(deleted)!.unreadable).not.toBeNull();
    expect(parseCouncil(retyped)!.unreadable).not.toBeNull();
  });

  it('the message does not tell the clerk the (full) member list is empty, and names the header row to put back', () => {
    for (const rows of [deleted, retyped]) {
      const said = parseCouncil(rows)!.unreadable!;
      expect(said).not.toContain('đang trống');
      expect(said).toContain(COUNCIL_MEMBERS_HEADER[1]);
    }
  });
});
