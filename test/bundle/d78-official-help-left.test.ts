// Review d78 F2 (a second reading of the fix for r78f F2: the office's own role offered only while "Đơn vị" lists the
// office).
//
// Who is hurt: whoever fills the registration form in an office whose "Đơn vị" lists its schools only — a teacher who
// reads every help on a phone, and above all a chuyên viên of the office, who is told by the form how her answers are
// read "as an official" while the form offers her no such choice.
// Steps: Thiết lập with the three schools only (no row of the office). The role «Công chức, viên chức của cơ quan quản lý
// giáo dục» is no longer a choice of "Vị trí việc làm" (src/core/registration-form.ts buildRegistrationForm), and the
// role's own help became «Người công tác tại trường chọn một trong bốn vị trí.»
// Now: four other helps of the same form still name that choice as one to pick:
//  - "Là đảng viên": «Bắt buộc đối với người chọn “Giáo viên”, “Nhân viên”, “Người lao động” hoặc “Công chức, viên chức
//    của cơ quan quản lý giáo dục” ở câu “Vị trí việc làm” …»;
//  - "Kết quả đánh giá, xếp loại cá nhân từng năm học": «… Công chức, viên chức của cơ quan quản lý giáo dục (đánh giá,
//    xếp loại theo năm, trước ngày 15/12) ghi kết quả của năm bắt đầu năm học đó, ví dụ năm học 2021-2022 ghi kết quả
//    năm 2021.» — an official who then picks a school role (she has no other) and follows it has her calendar-year
//    results read as school years;
//  - the two "Giáo viên, nhân viên, người lao động: …" questions: «… người chọn … hoặc “Công chức, viên chức của cơ quan
//    quản lý giáo dục” ở câu “Vị trí việc làm” …».
// Should: while the role is not offered, no help of the form names it (the helps say what they said before the role
// existed), as the role's own help already does.
import { describe, expect, it } from 'vitest';
import { officeAfterSetup } from './helpers';
import { Q, ROLE_CHOICES } from '../../src/core/registration-form';

describe('a form that does not offer the office’s own role (d78 F2)', () => {
  it('names that role in none of its helps', () => {
    const o = officeAfterSetup();
    const form = o.emu.forms.forms.get(o.formId)!;
    const role = form.items.find((i) => i.title === Q.role)!;
    // The control: the role is not offered (r78f F2's fix), and its own help no longer names it.
    expect(role.choices.some((c) => c.value === ROLE_CHOICES.official)).toBe(false);
    expect(role.helpText).not.toContain(ROLE_CHOICES.official);
    // Today: "Là đảng viên", "Kết quả đánh giá, xếp loại cá nhân từng năm học" and the two "Giáo viên, nhân viên, người
    // lao động: …" questions still name it.
    const naming = form.items.filter((i) => `${i.helpText ?? ''}`.includes(ROLE_CHOICES.official)).map((i) => i.title);
    expect(naming).toEqual([]);
  });
});
