// Review d76c F2 (after the fix of d76b F3). Who is hurt: a teacher who never withdrew — the namesake, at the same
// school, of a teacher who did ("Giàng Thị Mai", 1990, two people told apart by their hometowns, both in force and
// flagged "Có thể trùng người") — and the office, which must answer her complaints from "Các lần gửi phiếu".
// Now: the council records the first teacher's request ("Không đề nghị", "Xóa dữ liệu cá nhân theo yêu cầu"). The README
// tells the office to delete the rows of *every* registration of that person in "Phiếu đăng ký"; the clerk finds two rows
// of "Giàng Thị Mai", 1990, of that school and deletes both (or deletes the neighbouring row by mistake). results.ts
// withSamePerson counts every gone code of the same subject (school, kind, name, birth year) as requested — not only
// the registrations the requested one replaced, as its comment says — so erasedNow erases the namesake too: all her
// lines in "Các lần gửi phiếu" are deleted for good and her row says her data were erased at her request. Before this
// change nothing was erased and her row was reported lost ("Nếu xóa nhầm, hãy lấy lại dòng").
// Should: only registrations the requested one replaced ("Đã thay thế" by it) go with it; a namesake in force is another
// person: her row deleted is a loss, told as such, and nothing is erased until it is back (erasedNow's rule).
// Severity: Medium (irreversible loss of another person's evidence, recorded as at her request; needs the two rows
// confused, which the guide's "mọi phiếu của người đó" invites for namesakes).
import { describe, expect, it } from 'vitest';
import { deleteTabRow } from '../../scripts/user';
import { Q } from '../../src/core/form-titles';
import { REPORT_QUESTIONS } from '../../src/core/messages';
import { SCHOOLS, decide, individualAnswers, officeAfterSetup } from './helpers';

const DAY = 86_400_000;

describe('a namesake of one school deleted with the person who asked for erasure (d76c F2)', () => {
  it('the namesake in force is not erased: her lines are kept and her row is reported lost', () => {
    const o = officeAfterSetup();
    const school = SCHOOLS[0];
    const send = (hometown: string, residence: string) =>
      o.emu.forms.submitAsUser(
        o.formId,
        { ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: 'Giàng Thị Mai', [Q.birthYear]: '1990', [REPORT_QUESTIONS.gender]: 'Nữ', [REPORT_QUESTIONS.hometown]: hometown, [REPORT_QUESTIONS.residence]: residence } as never,
        { email: school.emails[0] },
      );
    const rebuild = () => {
      o.emu.clock.advance(DAY);
      o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    };
    send('Xã Pá Cang, huyện Bắc Hà, tỉnh Lào Cai', 'Nơi ở của người xin rút');
    o.emu.clock.advance(3_600_000);
    send('Xã Tả Van, thị xã Sa Pa, tỉnh Lào Cai', 'Nơi ở của người không rút');
    rebuild();
    const review = () => o.emu.spreadsheets.values('Thẩm định').map((r) => r.map(String));
    const h = review()[0];
    const verdicts = Object.fromEntries(review().slice(1).map((r) => [r[0], r[h.indexOf('Kết luận tự động')]]));
    expect(verdicts).toEqual({ 'DK-000002': 'Đạt', 'DK-000003': 'Đạt' });
    decide(o, 'DK-000002', 'Không đề nghị', 'Cá nhân xin rút. Xóa dữ liệu cá nhân theo yêu cầu (đơn ngày 20/11/2026).');
    rebuild();
    const rowOf = (text: string) => o.emu.spreadsheets.values('Phiếu đăng ký').findIndex((r) => r.some((c) => String(c) === text)) + 1;
    deleteTabRow(o.emu, 'Phiếu đăng ký', rowOf('Nơi ở của người xin rút'));
    deleteTabRow(o.emu, 'Phiếu đăng ký', rowOf('Nơi ở của người không rút'));
    rebuild();
    rebuild();
    const lines = o.emu.spreadsheets.values('Các lần gửi phiếu').filter((r) => r[1] === 'DK-000003');
    const note = review().find((r) => r[0] === 'DK-000003')![h.indexOf('Ghi chú')];
    expect(lines.length, note).toBeGreaterThan(0);
    expect(note).not.toContain('theo yêu cầu');
    expect(note).toContain('Nếu xóa nhầm');
  });
});
