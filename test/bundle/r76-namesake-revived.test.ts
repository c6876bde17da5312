// Two teachers "Giàng A Páo" (1990) of one school, sent from its one address without a hometown: the later replaces the
// earlier, and the school is told how to keep both if they are two people (review r76n F1). It does so — each
// registration edited with its own hometown — and both are reviewed; the school is told why: "khác quê quán".
import { describe, expect, it } from 'vitest';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';
import { Q } from '../../src/core/registration-form';
import { REPORT_QUESTIONS } from '../../src/core/messages/proposals';

const school = SCHOOLS[2];
const DAY = 86_400_000;

describe('two namesakes of one school, told apart by the school after one replaced the other', () => {
  it('the replaced notice says how; once both give their hometowns both are reviewed, and the school is told why', () => {
    const o = officeAfterSetup();
    const rebuild = () => {
      o.emu.clock.advance(DAY);
      o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    };
    const verdicts = () => {
      const v = o.emu.spreadsheets.values('Thẩm định').map((r) => r.map(String));
      return Object.fromEntries(v.slice(1).map((r) => [r[0], r[v[0].indexOf('Kết luận tự động')]]));
    };
    const base = { ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: 'Giàng A Páo', [Q.birthYear]: '1990' };
    const first = o.emu.forms.submitAsUser(o.formId, base as never, { email: school.emails[0] });
    o.emu.clock.advance(3_600_000);
    const second = o.emu.forms.submitAsUser(o.formId, base as never, { email: school.emails[0] });
    let from = o.emu.mail.sent.length;
    rebuild();
    expect(verdicts()).toEqual({ 'DK-000002': 'Đã thay thế', 'DK-000003': 'Đạt' });
    const replaced = o.emu.mail.sent.slice(from).find((m) => m.subject.includes('DK-000002 đã được thay bằng phiếu DK-000003'))!;
    if (process.env.SHOW) console.log(replaced.subject + "\n" + replaced.body);
    expect(replaced.body).toContain('Nếu phiếu DK-000002 và phiếu DK-000003 là của hai người khác nhau cùng họ tên và năm sinh');
    // The school follows it: each registration edited with its own hometown.
    o.emu.forms.submitAsUser(o.formId, { ...base, [REPORT_QUESTIONS.hometown]: 'Xã Pá Cang, tỉnh Lào Cai' } as never, { email: school.emails[0], editResponseId: first.responseId });
    o.emu.forms.submitAsUser(o.formId, { ...base, [REPORT_QUESTIONS.hometown]: 'Xã Tả Van, tỉnh Lào Cai' } as never, { email: school.emails[0], editResponseId: second.responseId });
    from = o.emu.mail.sent.length;
    rebuild();
    expect(verdicts()).toEqual({ 'DK-000002': 'Đạt', 'DK-000003': 'Đạt' });
    const bodies = o.emu.mail.sent.slice(from).map((m) => m.body).join('\n');
    expect(bodies).toContain('Hai phiếu cùng họ tên, năm sinh nhưng khác quê quán');
    // Flagged for the council all the same: one person sent again with the hometown corrected would look the same.
    const v = o.emu.spreadsheets.values('Thẩm định').map((r) => r.map(String));
    expect(v.slice(1).map((r) => /Có thể trùng người/.test(r[v[0].indexOf('Ghi chú')]))).toEqual([true, true]);
  });
});
