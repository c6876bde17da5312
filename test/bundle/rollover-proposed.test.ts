// A person or collective proposed in an earlier round and registered again in a later school year (a new registration
// that replaces the old one), voted on again: the new round reminds the office of the earlier proposal (review
// rollover R2), as it does for a registration proposed again under its own code.
import { describe, expect, it } from 'vitest';
import { INITIATIVE_LEVELS, Q, RATING_CHOICES, initiativeTitles, schoolYearRow } from '../../src/core/registration-form';
import { holdCouncilMeeting, markNominees, reviewNames } from '../../scripts/documents';
import { typeCell } from '../../scripts/user';
import { PROPOSAL_EARLIER } from '../../src/core/messages';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

describe('a new school year: registered again, proposed again', () => {
  it('a teacher proposed for Giấy khen last year, re-registered this year and proposed again at the same level: the new round says so', () => {
    const person = (i: number) => ({
      ...individualAnswers('teacher'),
      [Q.school]: SCHOOLS[0].name,
      [Q.individualName]: ['Nguyễn Văn An', 'Trần Thị Bình'][i],
      [Q.birthYear]: String(1980 + i),
      [Q.individualRatings]: Object.fromEntries([2021, 2022, 2023, 2024].map((y) => [schoolYearRow(y), y === 2021 ? RATING_CHOICES.excellent : y < 2024 ? RATING_CHOICES.good : RATING_CHOICES.none])),
      [initiativeTitles(1).level]: INITIATIVE_LEVELS[1],
      [Q.summary]: `Đổi mới phương pháp dạy học, lan tỏa cách làm hay trong tổ (${i + 1}).`,
    });
    const o = officeAfterSetup(SCHOOLS, {});
    const cfgRows = o.emu.spreadsheets.values('Cấu hình');
    typeCell(o.emu, 'Cấu hình', cfgRows.findIndex((r) => r[0] === 'Người ký tờ trình') + 1, 2, 'Trần Văn Minh');
    o.emu.forms.submitAsUser(o.formId, person(0) as never, { email: SCHOOLS[0].emails[0] });
    o.emu.forms.submitAsUser(o.formId, person(1) as never, { email: SCHOOLS[0].emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const first = markNominees(o.emu, 2);
    holdCouncilMeeting(o.emu, first, reviewNames(o.emu), 0);
    o.bundle.call('generateProposals', undefined, { kind: 'menu' }); // round of 01/07/2024
    // Next school year: the school registers the same teacher again (same name, birth year); the council votes on the new row.
    o.emu.clock.set(new Date(2024, 9, 2, 9, 0, 0));
    o.emu.forms.submitAsUser(o.formId, person(0) as never, { email: SCHOOLS[0].emails[0] });
    o.emu.clock.set(new Date(2025, 2, 20, 9, 0, 0));
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const fresh = markNominees(o.emu, 5).filter((id) => !first.includes(id));
    expect(fresh).toEqual(['DK-000004']);
    holdCouncilMeeting(o.emu, fresh, reviewNames(o.emu), 0);
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const tab = o.emu.spreadsheets.values('Đề nghị khen thưởng');
    const row = tab.find((r) => r[1] === 'DK-000004' && String(r[6]).startsWith('Báo cáo thành tích'))!;
    expect(row).toBeDefined();
    // Not re-registered (DK-000003) it would be "Đã đề nghị ở đợt trước"; re-registered, the same person gets the same
    // Giấy khen a second time with no word of the proposal of 01/07/2024 (README: "cùng hình thức thì cột Ghi chú nhắc").
    expect(String(row[10])).toContain('01/07/2024');
    expect(String(row[10])).toContain('phiếu DK-000002 (phiếu này thay thế phiếu đó) đã được đề nghị tặng Giấy khen');
    // The summary above the table counts it with those proposed again.
    expect(tab.flat().map(String).some((v) => v.includes(PROPOSAL_EARLIER.againSummary(1)))).toBe(true);
    // DK-000003, not registered again and not voted on, stays out as before.
    expect(tab.some((r) => r[1] === 'DK-000003' && String(r).includes('Đã đề nghị ở đợt trước'))).toBe(true);
  });
});
