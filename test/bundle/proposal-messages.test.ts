// What "Tạo văn bản đề nghị khen thưởng" tells the clerk when no one ends up in the Tờ trình (review messages H1, H2, M1).
import { describe, expect, it } from 'vitest';
import { typeCell } from '../../scripts/user';
import { PROPOSAL_ALERT, proposalSummary } from '../../src/core/messages';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, alertsShown, councilOffice, individualAnswers } from './helpers';

type Office = ReturnType<typeof councilOffice>;

function withSigner(o: Office): void {
  const cfg = o.emu.spreadsheets.values('Cấu hình');
  typeCell(o.emu, 'Cấu hình', cfg.findIndex((r) => r[0] === 'Người ký tờ trình') + 1, 2, 'Nguyễn Văn Ký');
}
function generate(o: Office): { alert: string; tab: string } {
  o.bundle.call('generateProposals', undefined, { kind: 'menu' });
  return {
    alert: alertsShown(o.emu).at(-1) ?? '',
    tab: o.emu.spreadsheets.values('Đề nghị khen thưởng').map((r) => r.join(' ')).join('\n'),
  };
}

describe('no nominee in the Tờ trình', () => {
  it('no "Đề nghị khen" yet: the alert and the tab do not say the documents already exist', () => {
    const o = councilOffice();
    withSigner(o);
    o.rebuild();
    const files = () => (o.emu.drive.store.sync(), o.emu.drive.store.files.size);
    const before = files();
    const { alert, tab } = generate(o);
    // Today: "Các văn bản của danh sách đề nghị hiện tại đều đã có; không tạo thêm." — nothing was ever made.
    expect(alert).not.toBe(PROPOSAL_ALERT.nothingNew);
    expect(alert).toBe(PROPOSAL_ALERT.noNominees);
    // Today: "Không có văn bản mới cần tạo: đủ 2 văn bản của danh sách hiện tại đã có." beside two rows "Chờ tạo".
    expect(tab).not.toContain('của danh sách hiện tại đã có');
    expect(tab).not.toMatch(/Tổng số: 0 tập thể, cá nhân[^\n]*Chờ tạo/);
    expect(tab).toContain(proposalSummary.noneProposed);
    // Nothing planned, so the preview promises nothing either.
    o.bundle.call('previewProposals', undefined, { kind: 'menu' });
    expect(alertsShown(o.emu).at(-1)).toBe(PROPOSAL_ALERT.previewDone(0));
    expect(files()).toBe(before);
  });

  it('every "Đề nghị khen" left out (award level not in the list): nobody is told to choose "Đề nghị khen" again', () => {
    const o = councilOffice();
    withSigner(o);
    o.decide([2, 3, 4]);
    const header = o.emu.spreadsheets.values('Thẩm định')[0].map(String);
    const level = header.indexOf('Hình thức khen thưởng đề nghị') + 1;
    for (const r of [2, 3, 4]) typeCell(o.emu, 'Thẩm định', r, level, 'Khen thưởng đặc biệt');
    o.rebuild();
    const { alert, tab } = generate(o);
    expect(alert).not.toBe(PROPOSAL_ALERT.nothingNew);
    expect(tab).not.toContain(proposalSummary.noNominees);
    expect(alert).not.toBe(PROPOSAL_ALERT.noNominees);
    expect(alert).toBe(PROPOSAL_ALERT.noneLeft(3));
    expect(tab).toContain('3 trường hợp');
  });

  it('a decision held because the school edited the registration: not called "không đủ điều kiện (chưa Đạt, …)"', () => {
    const o = councilOffice();
    withSigner(o);
    o.decide([2]);
    o.rebuild();
    o.emu.clock.advance(3_600_000);
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[0].name, [Q.individualName]: 'Nguyễn Văn Ân' } as never, { email: SCHOOLS[0].emails[0], editResponseId: o.ids[0] });
    o.emu.clock.advance(3_600_000);
    o.rebuild();
    expect(o.emu.spreadsheets.values('Thẩm định')[1].join(' ')).toContain('Đạt');
    const { tab } = generate(o);
    // Today: "1 phiếu được chọn “Đề nghị khen” nhưng không đủ điều kiện (chưa Đạt, đã được đăng ký lại hoặc không còn trong danh sách phiếu)".
    expect(tab).not.toContain(proposalSummary.skipped(1));
    expect(tab).toContain(proposalSummary.held(1));
  });
});
