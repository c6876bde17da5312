// The confirmation e-mail, as the submitter reads it.
import { describe, expect, it } from 'vitest';
import { responseTabs } from '../../sample/response-tabs';
import { makeSampleOffice } from '../../sample/office';
import { evaluateAll } from '../../src/core/evaluate';
import { confirmationEmail } from '../../src/core/emails';

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
});
