// r72g: "Công bố nhận xét của Hội đồng cho trường" in "Cấu hình" says of its default: "mặc định “Không”: trường không thấy
// nhận xét của Hội đồng". With "Không" the school still receives the comment of a "Yêu cầu bổ sung" in the council's
// letter (the guide's step 7 says so: "trường nhận thư kèm nhận xét đó"), and its view names the request. A council
// that believes the comment stays inside the office may write there what a school should not read.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, collectiveAnswers, decide, officeAfterSetup } from './helpers';

const school = SCHOOLS[0];
const COMMENT = 'Bổ sung minh chứng sáng kiến trước ngày 15/10.';
const LABEL = 'Công bố nhận xét của Hội đồng cho trường';

describe('r72g: what "Không" keeps from the school', () => {
  const o = officeAfterSetup();
  const setting = o.emu.spreadsheets.values('Cấu hình').find((r) => r[0] === LABEL)!;
  o.emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(), [Q.school]: school.name } as never, { email: school.emails[0] });
  const code = String(o.emu.spreadsheets.values('Kết quả kiểm tra')[1][0]);
  decide(o, code, 'Yêu cầu bổ sung', COMMENT);
  const before = o.emu.mail.sent.length;
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });

  it('with the default "Không", the school receives the comment of a "Yêu cầu bổ sung" by e-mail (fact)', () => {
    expect(String(setting[1])).toBe('Không');
    const letters = o.emu.mail.sent.slice(before).filter((m) => m.to.includes(school.emails[0]));
    expect(letters.length).toBe(1);
    expect(letters[0].body).toContain(COMMENT);
  });

  it('the explanation does not say the school never sees the council\'s comments, and names the letter', () => {
    const help = String(setting[2]);
    expect(help).not.toContain('trường không thấy nhận xét của Hội đồng');
    expect(help).toContain('“Yêu cầu bổ sung”');
  });
});
