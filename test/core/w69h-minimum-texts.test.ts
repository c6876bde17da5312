// w69h (d67 #8 leftovers, Low): with one part of the school's minimum switched to "Không" in "Tiêu chí", the setup
// guide's step 10 and the log's note on a registration whose row was deleted state only the part required (as every
// other minimum text: minimumDuty, summaryMinimumHeader); with both required, the texts are as before.
import { describe, expect, it } from 'vitest';
import { GUIDE_LINES, REVIEW_VERDICT_SUPERSEDED, REVIEW_VERDICT_VANISHED, reviewVerdictsChanged } from '../../src/core/messages';

const step10 = (parts?: { collective: boolean; individual: boolean }) => GUIDE_LINES('', '', 'Sở', parts).find((l) => l.startsWith('10. '))!;
const vanished = (parts?: { collective: boolean; individual: boolean }) => reviewVerdictsChanged(1, [{ was: 'Đạt', now: REVIEW_VERDICT_VANISHED, ids: ['DK-000003'] }], '', parts);

describe('w69h: the guide and the deleted-row note state the minimum as the office requires it', () => {
  it('both parts required (and when not known): as before', () => {
    for (const p of [undefined, { collective: true, individual: true }]) {
      expect(step10(p)).toContain('danh sách các trường chưa đăng ký đủ 01 tập thể và 01 cá nhân.');
      expect(vanished(p)).toContain('cột “Đủ 1 tập thể + 1 cá nhân” ở trang “Tổng hợp”');
    }
  });

  it('only the individual required: the individual only', () => {
    const p = { collective: false, individual: true };
    expect(step10(p)).toContain('danh sách các trường chưa đăng ký đủ 01 cá nhân.');
    expect(step10(p)).not.toContain('tập thể');
    expect(vanished(p)).toContain('cột “Đủ 1 cá nhân”');
    expect(vanished(p)).not.toContain('1 tập thể');
  });

  it('only the collective required: the collective only', () => {
    const p = { collective: true, individual: false };
    expect(step10(p)).toContain('danh sách các trường chưa đăng ký đủ 01 tập thể.');
    expect(vanished(p)).toContain('cột “Đủ 1 tập thể”');
    expect(vanished(p)).not.toContain('cá nhân');
  });

  it('neither required: no list of schools short of a minimum, no minimum the deleted registration counted towards', () => {
    const p = { collective: false, individual: false };
    expect(step10(p)).not.toContain('chưa đăng ký đủ');
    expect(step10(p)).toContain('Trang “Tổng hợp” có số liệu của tất cả các trường');
    expect(vanished(p)).not.toContain('tối thiểu');
    expect(vanished(p)).toContain('dòng của phiếu ở trang câu trả lời đã bị xóa');
  });
});

describe('r70u: the log line of verdicts a run changed names only the causes that can be at play', () => {
  const SUPERSEDED = REVIEW_VERDICT_SUPERSEDED;
  const generic = 'do ô “Kết luận tự động” của phiếu đã bị gõ đè';
  it('a registration replaced by a later one, or its row deleted: the sentence on that cause alone', () => {
    const replaced = reviewVerdictsChanged(1, [{ was: 'Đạt', now: SUPERSEDED, ids: ['DK-000003'] }]);
    expect(replaced).toContain('một phiếu khác cùng đối tượng vừa được gửi');
    expect(replaced).not.toContain(generic);
    expect(replaced.length).toBeLessThan(600);
    const back = reviewVerdictsChanged(2, [{ was: SUPERSEDED, now: 'Đạt', ids: ['DK-000003'] }, { was: 'Đạt', now: REVIEW_VERDICT_VANISHED, ids: ['DK-000004'] }]);
    expect(back).not.toContain(generic);
  });
  it('another change, or a setting changed: every cause, as before', () => {
    expect(reviewVerdictsChanged(1, [{ was: 'Đạt', now: 'Chưa đạt', ids: ['DK-000003'] }])).toContain(generic);
    expect(reviewVerdictsChanged(2, [{ was: 'Đạt', now: SUPERSEDED, ids: ['DK-000003'] }, { was: 'Đạt', now: 'Chưa đạt', ids: ['DK-000004'] }])).toContain(generic);
    expect(reviewVerdictsChanged(1, [{ was: 'Đạt', now: SUPERSEDED, ids: ['DK-000003'] }], '“Tiêu chí”')).toContain(generic);
  });
});
