// The council's roles read from the members' "Chức vụ" (review r68d H1, H2): the role in the council, never a post
// outside it that merely has a role's words.
import { describe, expect, it } from 'vitest';
import { councilRole, parseCouncil, councilTemplateRows } from '../../src/core/council';
import { chairRole, councilDeputy, deputyLike } from '../../src/core/proposals';
import { COUNCIL_FIELDS, COUNCIL_MEMBERS_HEADER, COUNCIL_PRESENT } from '../../src/core/messages/proposals';

describe('councilRole', () => {
  it('reads the role in the council, after the post or naming the council', () => {
    expect(councilRole('Phó Giám đốc Sở, Phó Chủ tịch Hội đồng')).toBe('deputy');
    expect(councilRole('Phó Chủ tịch UBND xã, Phó Chủ tịch Hội đồng')).toBe('deputy');
    expect(councilRole('Phó Chủ tịch Hội đồng Thi đua - Khen thưởng')).toBe('deputy');
    expect(councilRole('Phó Chủ tịch thường trực HĐTĐKT')).toBe('deputy');
    expect(councilRole('Phó Trưởng phòng; Phó Chủ tịch')).toBe('deputy');
    expect(councilRole('Giám đốc Sở, Chủ tịch Hội đồng')).toBe('chair');
    expect(councilRole('Chủ tịch Hội đồng')).toBe('chair');
    expect(councilRole('Chuyên viên, Ủy viên')).toBe('member');
    expect(councilRole('Uỷ viên')).toBe('member');
    expect(councilRole('Chuyên viên, Thư ký Hội đồng')).toBe('secretary');
  });
  it('never a post that merely has a role’s words', () => {
    expect(councilRole('Phó Chủ tịch Công đoàn ngành, Ủy viên')).toBe('member');
    expect(councilRole('Phó Chủ tịch Công đoàn ngành')).toBeNull();
    expect(councilRole('Phó Chủ tịch UBND xã')).toBeNull();
    expect(councilRole('Chủ tịch Hội đồng trường, Ủy viên')).toBe('member');
    // A bare "Phó Chủ tịch" alone may be a People's Committee's post.
    expect(councilRole('Phó Chủ tịch')).toBeNull();
    expect(councilRole('')).toBeNull();
  });
});

describe('the council’s deputy and the meeting’s chair', () => {
  const member = (name: string, title: string) => [name, title, COUNCIL_PRESENT.yes, ''];
  const tab = (chair: string, chairTitle: string, members: string[][]) => {
    const rows = councilTemplateRows('Giám đốc Sở, Chủ tịch Hội đồng');
    rows[rows.findIndex((r) => r[0] === COUNCIL_FIELDS.chair)][1] = chair;
    rows[rows.findIndex((r) => r[0] === COUNCIL_FIELDS.chairTitle)][1] = chairTitle;
    const at = rows.findIndex((r) => r[0] === COUNCIL_MEMBERS_HEADER[0]);
    rows.splice(at + 1, 0, ...members);
    return parseCouncil(rows);
  };
  it('the deputy is the member with that role, not the union’s vice-chair listed first', () => {
    const c = tab('Lê Thị Thu Hà', '', [
      member('Lê Thị Thu Hà', 'Giám đốc Sở, Chủ tịch Hội đồng'),
      member('Đặng Văn Long', 'Phó Chủ tịch Công đoàn ngành, Ủy viên'),
      member('Trần Thị Mai', 'Phó Giám đốc Sở, Phó Chủ tịch Hội đồng'),
    ]);
    expect(councilDeputy(c)?.name).toBe('Trần Thị Mai');
    expect(deputyLike(c).map((m) => m.name)).toEqual(['Đặng Văn Long']);
    const none = tab('Lê Thị Thu Hà', '', [member('Lê Thị Thu Hà', 'Giám đốc Sở, Chủ tịch Hội đồng'), member('Đặng Văn Long', 'Phó Chủ tịch Công đoàn ngành, Ủy viên')]);
    expect(councilDeputy(none)).toBeNull();
  });
  it('the chair’s role: from the chair’s title typed, else from her row', () => {
    const members = [member('Lê Thị Thu Hà', 'Giám đốc Sở, Chủ tịch Hội đồng'), member('Trần Thị Mai', 'Phó Giám đốc Sở, Phó Chủ tịch Hội đồng')];
    expect(chairRole(tab('Trần Thị Mai', 'Phó Giám đốc Sở, Phó Chủ tịch Hội đồng', members))).toBe('deputy');
    expect(chairRole(tab('trần thị mai', '', members))).toBe('deputy');
    expect(chairRole(tab('Lê Thị Thu Hà', '', members))).toBe('chair');
    expect(chairRole(tab('Nguyễn Văn Khoa', '', members))).toBeNull();
  });
});
