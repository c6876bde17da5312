// Review r67t #7: the office makes CN-02 ("có nhiều sáng kiến, giải pháp") priority-only in "Tiêu chí". A teacher naming
// one initiative is "Đạt", and the confirmation lists CN-02 among what can be added for the score: the sentence must not
// say that "kế hoạch yêu cầu" several initiatives — the office no longer requires them — but what counts for the score.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { initiativeTitles } from '../../src/core/form-titles';
import { CONFIRMATION } from '../../src/core/messages';
import { typeCell } from '../../scripts/user';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

describe('CN-02 made priority-only, one initiative named (review r67t #7)', () => {
  const send = (priorityOnly: boolean) => {
    const o = officeAfterSetup(SCHOOLS);
    if (priorityOnly) {
      const tab = () => o.emu.spreadsheets.values('Tiêu chí').map((r) => r.map(String));
      const mand = tab()[0].indexOf('Bắt buộc') + 1;
      typeCell(o.emu, 'Tiêu chí', tab().findIndex((r) => r[0] === 'CN-02-SANG-KIEN') + 1, mand, 'Không');
      o.bundle.call('setup', undefined, { kind: 'menu' });
    }
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[0].name, [initiativeTitles(2).name]: '' } as never, { email: SCHOOLS[0].emails[0] });
    return o.emu.mail.sent.find((m) => m.subject.includes('DK-000002'))!;
  };

  it('precondition: required, it is "Cần bổ sung" and the plan\'s requirement is said', () => {
    const mail = send(false);
    expect(mail.subject).toContain('Cần bổ sung');
    expect(mail.body).toContain('kế hoạch yêu cầu có nhiều sáng kiến, giải pháp, cần ghi ít nhất 2');
  });

  it('priority-only: "Đạt", listed as what counts for the score, not as the plan\'s requirement', () => {
    const mail = send(true);
    expect(mail.subject).toContain('Đạt');
    const at = mail.body.indexOf(CONFIRMATION.priorityTitle);
    expect(at).toBeGreaterThan(0);
    const listed = mail.body.slice(at);
    expect(listed).toContain('mới kê khai 1 sáng kiến, giải pháp; tiêu chí này chỉ tính điểm ưu tiên, được tính khi ghi ít nhất 2');
    expect(mail.body).not.toContain('kế hoạch yêu cầu');
  });
});
