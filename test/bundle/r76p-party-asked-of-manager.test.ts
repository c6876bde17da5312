// Review r76p (personal data) F1 — Medium. Who is hurt: every principal, vice-principal and head of a unit registered as an
// individual, and the office that must answer for what its form collects.
// Law: Luật Bảo vệ dữ liệu cá nhân 2025 (91/2025/QH15), Điều 3 (principles): personal data is collected and processed
// only "đúng phạm vi, mục đích cụ thể, rõ ràng"; Nghị định 356/2025/NĐ-CP (replaced NĐ 13/2023 from 01/01/2026), Điều 4,
// lists among the sensitive personal data "quan điểm về chính trị, tôn giáo" — whether someone is a Party member is
// such data.
// What happens now: "Là đảng viên" is a REQUIRED question on the individual page, for every role. The only use the tool
// has for the answer is to put the person in the group "cán bộ quản lý, đảng viên, người đứng đầu" (validate.ts
// isManagerGroup: role === 'manager' || partyMember || head), whose criteria CN-08/09/10 apply. Someone who chose
// "Cán bộ quản lý" is in that group whatever she answers; the staff criteria (CN-11/12) do not read it either, and the
// default award documents no longer print it. Yet the form refuses her registration until she declares her Party
// membership, which then sits in the response tab, "Các lần gửi phiếu" and the form's responses for the whole period.
// What should happen: a person whose role already decides her criteria (a manager) can send the form without answering
// "Là đảng viên" (e.g. the question optional with its help saying who must answer, or the role question routing
// managers past it), and her registration is judged exactly as before.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/form-titles';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

describe('r76p F1: Party membership asked of a manager, for whom no criterion needs it', () => {
  it('a principal ("Cán bộ quản lý") can send her registration without declaring whether she is a Party member', () => {
    const o = officeAfterSetup();
    const school = SCHOOLS[0];
    const answers: Record<string, unknown> = { ...individualAnswers('manager'), [Q.school]: school.name, [Q.individualName]: 'Lê Thị Mai', [Q.birthYear]: '1975' };
    delete answers[Q.partyMember];
    let refused: string | null = null;
    try {
      o.emu.forms.submitAsUser(o.formId, answers as never, { email: school.emails[0] });
    } catch (e) {
      refused = (e as Error).message;
    }
    expect(refused, 'the form refuses a manager\'s registration until she declares her Party membership').toBeNull();
    // Judged as the same registration answered "Không": the tool needs nothing more from her.
    const review = o.emu.spreadsheets.values('Kết quả kiểm tra');
    const row = review.find((r) => r.includes('Lê Thị Mai'));
    expect(row).toBeDefined();
    expect(row!.map(String).join(' ')).not.toMatch(/đảng viên/i);
  });
});
