// Review r70u (looking at out/van-phong.xlsx as a clerk would): in the sample, "Kết quả kiểm tra" shows "Đạt" on 39
// registrations a later one replaced (only "Ghi chú" says so): filtering "Kết luận" = "Đạt" there gives 286, while
// "Tổng hợp", "Tình trạng", the school tabs and the weekly digest say 247 Đạt. "Thẩm định" shows the same registrations
// as "Đã thay thế" precisely so that a filter on "Đạt" gives only those still considered (README, table of tabs). A
// replaced registration's "Kết luận" in "Kết quả kiểm tra" must not read "Đạt": it says what "Thẩm định" says.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { REVIEW_VERDICT_SUPERSEDED } from '../../src/core/messages/summaries';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

describe('r70u: a replaced registration in "Kết quả kiểm tra"', () => {
  it('does not read "Đạt" in "Kết luận": it reads as in "Thẩm định", and the Đạt rows are those "Tổng hợp" counts', () => {
    const o = officeAfterSetup();
    const person = { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[0].name, [Q.individualName]: 'Nguyễn Văn An' };
    // The school sends the same person twice (a new response, not an edit): the later one replaces the first.
    o.emu.forms.submitAsUser(o.formId, person as never, { email: SCHOOLS[0].emails[0] });
    o.emu.clock.advance(3_600_000);
    o.emu.forms.submitAsUser(o.formId, person as never, { email: SCHOOLS[0].emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(o.emu.runtime.executions.at(-1)!.error).toBeUndefined();

    const results = o.emu.spreadsheets.values('Kết quả kiểm tra');
    const review = o.emu.spreadsheets.values('Thẩm định');
    const rc = { code: results[0].indexOf('Mã phiếu'), verdict: results[0].indexOf('Kết luận'), note: results[0].indexOf('Ghi chú') };
    const vc = { code: review[0].indexOf('Mã phiếu'), verdict: review[0].indexOf('Kết luận tự động') };
    const replaced = results.slice(1).filter((r) => String(r[rc.note]).includes('thay thế bởi'));
    expect(replaced).toHaveLength(1);
    const code = replaced[0][rc.code];
    const inReview = review.find((r) => r[vc.code] === code)!;
    expect(inReview[vc.verdict]).toBe(REVIEW_VERDICT_SUPERSEDED);
    expect(replaced[0][rc.verdict]).not.toBe('Đạt');
    // As "Thẩm định" says it, with the automatic verdict it had.
    expect(replaced[0][rc.verdict]).toBe(`${inReview[vc.verdict]} (Đạt)`);
    // A filter on "Đạt" gives the one registration in force, as the other tabs count.
    expect(results.slice(1).filter((r) => r[rc.verdict] === 'Đạt')).toHaveLength(1);
  });
});
