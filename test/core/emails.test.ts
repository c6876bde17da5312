// The confirmation e-mail, as the submitter reads it.
import { describe, expect, it } from 'vitest';
import { responseTabs } from '../../sample/response-tabs';
import { makeSampleOffice } from '../../sample/office';
import { evaluateAll } from '../../src/core/evaluate';
import { confirmationEmail } from '../../src/core/emails';
import { CONFIRMATION } from '../../src/core/messages';

describe('confirmationEmail', () => {
  const office = makeSampleOffice();
  const out = evaluateAll({ config: office.config, directoryRows: office.directoryRows, ...responseTabs(office) });

  it('gives the score of a Đạt registration as provisional and says why it may change', () => {
    const dat = out.registrations.find((r) => r.verdict === 'dat' && r.score.total > 0)!;
    const mail = confirmationEmail(dat, office.config.organisation, 'https://forms.example/edit');
    expect(mail.body).toContain(`Điểm ưu tiên tạm tính: ${dat.score.total} (tính đến ngày gửi phiếu`);
    expect(mail.body).toContain('có thể thay đổi');
    const notDat = out.registrations.find((r) => r.verdict !== 'dat')!;
    expect(confirmationEmail(notDat, office.config.organisation, null).body).not.toContain('Điểm ưu tiên');
  });

  it('says when it answers an edit (a confirmation of an earlier version was sent) and when the form came after the deadline', () => {
    const onTime = out.registrations.find((r) => !r.late)!;
    const late = out.registrations.find((r) => r.late);
    expect(late, 'the sample has a registration sent after the window closed').toBeDefined();
    const org = office.config.organisation;
    const first = confirmationEmail(onTime, org, null).body;
    expect(first).not.toContain(CONFIRMATION.revised(onTime.id));
    expect(first).not.toContain(CONFIRMATION.late);
    const again = confirmationEmail(onTime, org, null, true).body;
    expect(again).toContain(CONFIRMATION.revised(onTime.id));
    // Before the verdict: what the result is about comes first.
    expect(again.indexOf(CONFIRMATION.revised(onTime.id))).toBeLessThan(again.indexOf('Kết quả kiểm tra tự động'));
    expect(confirmationEmail(late!, org, null).body).toContain(CONFIRMATION.late);
  });
});
