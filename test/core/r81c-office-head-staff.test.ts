// Review r81c F2 (verdicts against the plan). The plan, II.2.b, sets two groups apart: "Riêng cán bộ quản lý, đảng viên
// và người đứng đầu cơ quan, đơn vị phải thực hiện tốt trách nhiệm nêu gương ... hằng năm phải được xếp loại hoàn thành
// tốt nhiệm vụ trở lên ..." and "Nếu là giáo viên, nhân viên, người lao động phải được cơ sở suy tôn, bình xét; có sự
// tín nhiệm cao của lãnh đạo và tập thể người lao động nơi làm việc; được cấp ủy xác nhận, đề nghị tuyên dương, khen
// thưởng."
//
// The office's head (Trưởng phòng) registers as the form's help tells him: "Vị trí việc làm" = "Công chức, viên chức của
// cơ quan quản lý giáo dục" ("chỉ dành cho người công tác tại chính cơ quan quản lý giáo dục") and "Là người đứng đầu cơ
// quan, đơn vị" = "Có" ("… Trưởng phòng"). He is held to the heads' criteria (CN-08 … CN-10), and also to CN-11 and
// CN-12, asked of him under the titles "Giáo viên, nhân viên, người lao động: …" — which he is not. A school's
// principal (role "Cán bộ quản lý") is never asked them. Left unanswered (he is not a teacher, staff member or worker)
// the registration is "Cần bổ sung", asking the head of the office for the minutes of his own unit's "suy tôn, bình xét"
// and for the cấp ủy's confirmation the plan asks of teachers and staff only. docs/criteria.md puts the office's staff
// in the staff group ("like teachers they are put forward by their unit") and a teacher who is a Party member in both
// groups ("both describe them"); neither reason holds for the head, whom "Nếu là giáo viên, nhân viên, người lao
// động" does not describe.
import { describe, expect, it } from 'vitest';
import { Q, ROLE_CHOICES, YES } from '../../src/core/registration-form';
import { CATALOGUE } from '../../src/core/criteria';
import { OFFICE_UNIT, evaluate, individualAnswers, statusOf } from './helpers';

const question = (id: string) => CATALOGUE.find((c) => c.id === id)!;

describe('r81c F2: the head of the office (role "Công chức, viên chức của cơ quan quản lý giáo dục") is not asked the teachers\' and staff\'s criteria', () => {
  it('leaves CN-11 and CN-12 to teachers, staff and workers: the Trưởng phòng who skips them is "Đạt"', () => {
    const a = individualAnswers('official');
    expect(a[Q.school]).toBe(OFFICE_UNIT.name);
    expect(a[Q.role]).toBe(ROLE_CHOICES.official);
    a[Q.individualName] = OFFICE_UNIT.principal;
    a[Q.head] = YES;
    a[Q.partyMember] = YES;
    // "Giáo viên, nhân viên, người lao động: …": not him.
    for (const id of ['CN-11-SUY-TON', 'CN-12-CAP-UY']) {
      delete a[question(id).question!];
      delete a[question(id).evidence!];
    }
    const e = evaluate(a);
    // The heads' criteria hold him, as they hold a principal.
    expect(statusOf(e, 'CN-08-NEU-GUONG')).toBe('met');
    expect(statusOf(e, 'CN-10-XUAT-SAC')).toBe('met');
    // The teachers' and staff's do not (as for a principal, role "Cán bộ quản lý": 'absent').
    expect(statusOf(e, 'CN-11-SUY-TON')).toBe('absent');
    expect(statusOf(e, 'CN-12-CAP-UY')).toBe('absent');
    expect(e.findings.map((f) => f.criterionId)).toEqual([]);
    expect(e.verdict).toBe('dat');
  });
});
