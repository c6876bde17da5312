// Review r67t: the "Tiêu chí" tab's header retyped by the clerk ("Bắt buộc" → "Bắt buộc (Có/Không)") is input the tool
// cannot read (the log says "thiếu cột “Bắt buộc”"). README: "Khi dữ liệu đầu vào hỏng …, mọi tác vụ dừng lại: … không
// gửi thư". Meanwhile every criterion is judged by its default, the office's switches ignored: a school that sends its
// registration that day is mailed a verdict the office's own criteria do not give.
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/criteria';
import { NO, Q } from '../../src/core/registration-form';
import { typeCell } from '../../scripts/user';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

const CN07 = CATALOGUE.find((c) => c.id === 'CN-07-GDVH')!;

describe('"Tiêu chí" with its "Bắt buộc" header retyped (review r67t)', () => {
  it('a registration sent meanwhile is not told "Chưa đạt" by a criterion the office made priority-only', () => {
    const o = officeAfterSetup(SCHOOLS);
    const tab = () => o.emu.spreadsheets.values('Tiêu chí').map((r) => r.map(String));
    const mand = tab()[0].indexOf('Bắt buộc') + 1;
    // The office makes "Gia đình văn hóa" priority-only, runs Thiết lập; a first teacher without it is "Đạt".
    typeCell(o.emu, 'Tiêu chí', tab().findIndex((r) => r[0] === CN07.id) + 1, mand, 'Không');
    o.bundle.call('setup', undefined, { kind: 'menu' });
    const send = (name: string) =>
      o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[0].name, [Q.individualName]: name, [CN07.question!]: NO } as never, { email: SCHOOLS[0].emails[0] });
    send('Lê Thị Hoa');
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const subjects = () => o.emu.mail.sent.map((m) => m.subject);
    expect(subjects().filter((s) => s.includes('DK-000002'))).toEqual([expect.stringContaining('] Đạt — Đã nhận phiếu DK-000002')]);
    // Weeks later the clerk retypes the header to remind colleagues what to write.
    o.emu.clock.advance(20 * 86_400_000);
    typeCell(o.emu, 'Tiêu chí', 1, mand, 'Bắt buộc (Có/Không)');
    // A second teacher of the same standing sends hers that day.
    send('Phạm Thị Lan');
    // She is not mailed "Chưa đạt" for the criterion the office made priority-only (held, or judged by the office's values).
    expect(subjects().filter((s) => s.includes('DK-000003') && s.includes('Chưa đạt'))).toEqual([]);
    // Nor does the day's rebuild turn the first teacher's verdict, decided under the office's criteria, to "Chưa đạt".
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const review = o.emu.spreadsheets.values('Thẩm định');
    const verdict = review[0].map(String).indexOf('Kết luận tự động');
    expect(review.find((r) => r[0] === 'DK-000002')![verdict]).toBe('Đạt');
  });
});
