// Review d76 F2. Who is hurt: a teacher the council decided "Không đề nghị" because she did not meet a criterion (not a
// withdrawal: she asked for nothing), and the office, which must answer her complaint (khiếu nại) with what her school
// sent and when — README: "Các lần gửi phiếu … để trả lời khi có khiếu nại". The people turned down are the ones who
// complain.
// Now: a clerk clears her response row by accident (selects the row, presses Delete — or deletes it instead of the row
// above). Every registration without its row is then "Không đề nghị", so the next full run (src/gas/versions.ts
// eraseWithdrawn, src/core/versions.ts erasedNow) deletes every line of hers in "Các lần gửi phiếu" — each sending and
// what the tool answered — writes on her row of "Thẩm định" that her data were erased "Theo yêu cầu của người đăng ký"
// (which nobody asked for), and logs it as done "xóa có chủ ý, không phải dòng bị mất", with no way back named.
// The tool's own rule elsewhere is that a deleted row is a possible loss to restore. A council decision "Không đề nghị"
// says nothing about a request to erase.
// Should: a registration's lines are erased only when something the office recorded says the person asked for it (for
// example a word in "Nhận xét", or a separate confirmation), not on a deleted or cleared row alone; otherwise the row is
// reported missing as before ("Nếu xóa nhầm, hãy lấy lại dòng") and nothing is deleted.
// Severity: High (evidence for a complaint destroyed by one mis-click; the record then states a request that was never
// made).
import { describe, expect, it } from 'vitest';
import { clearTabRow } from '../../scripts/user';
import { Q } from '../../src/core/form-titles';
import { SCHOOLS, decide, individualAnswers, officeAfterSetup } from './helpers';

const DAY = 86_400_000;

describe('a turned-down registration whose row is cleared by mistake (d76 F2)', () => {
  it('keeps its lines in "Các lần gửi phiếu" and is not recorded as erased at her request', () => {
    const o = officeAfterSetup();
    const school = SCHOOLS[0];
    const names = ['Trần Thị Lan', 'Lê Văn Bình'];
    const sent = names.map((name, i) => {
      const a = { ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: name, [Q.birthYear]: String(1980 + i) };
      return { a, r: o.emu.forms.submitAsUser(o.formId, a as never, { email: school.emails[0] }) };
    });
    const rebuild = () => {
      o.emu.clock.advance(DAY);
      o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    };
    rebuild();
    // Lan's school corrects her registration through its edit link: two sendings recorded.
    o.emu.forms.submitAsUser(o.formId, { ...sent[0].a, [Q.birthYear]: '1981' } as never, { email: school.emails[0], editResponseId: sent[0].r.responseId });
    rebuild();
    const lan = String(o.emu.spreadsheets.values('Thẩm định').find((r) => r[3] === names[0])![0]);
    const linesOf = () => o.emu.spreadsheets.values('Các lần gửi phiếu').filter((r) => r[1] === lan).length;
    expect(linesOf()).toBe(2);
    // The council turns her down on a criterion; nobody asks for any erasure.
    decide(o, lan, 'Không đề nghị', 'Chưa đạt tiêu chí CN-03 (không có sáng kiến được công nhận).');
    rebuild();
    // A clerk clears her row by mistake.
    const row = o.emu.spreadsheets.values('Phiếu đăng ký').findIndex((r) => r.includes(names[0])) + 1;
    clearTabRow(o.emu, 'Phiếu đăng ký', row);
    rebuild();
    const v = o.emu.spreadsheets.values('Thẩm định').map((r) => r.map(String));
    const note = v.find((r) => r[0] === lan)![v[0].indexOf('Ghi chú')];
    expect(linesOf()).toBe(2);
    expect(note).not.toContain('Theo yêu cầu của người đăng ký');
  });
});
