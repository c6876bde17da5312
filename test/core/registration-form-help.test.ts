// What the registration form tells a school secretary or a teacher filling it: the organisation rating grids must be
// answered in every row, the role questions say first whom they bind, and the summary says what makes a good one.
import { describe, expect, it } from 'vitest';
import {
  FORM_TEXT,
  NO,
  ORG_ABSENT,
  Q,
  RATING_CHOICES,
  ROLE_CHOICES,
  SELF_DECLARED,
  YES,
  formItems,
  type FormItem,
} from '../../src/core/registration-form';
import { isManagerGroup, isStaffGroup } from '../../src/core/validate';
import { CATALOGUE } from '../../src/core/criteria';
import { ORG_RATED_FROM, ORG_RATING_DUE } from '../../src/core/config';
import { evaluate, form, individualAnswers, parseOne, collectiveAnswers } from './helpers';

const item = (title: string): FormItem => {
  const found = formItems(form()).find((i) => i.title === title);
  if (!found) throw new Error(`no question ${title}`);
  return found;
};
const ORG_GRIDS = [Q.partyRatings, Q.unionRatings, Q.youthRatings];
/** The first sentence of a help text: whom the question binds. */
const firstSentence = (help: string) => help.slice(0, help.indexOf('. ') + 1);
const quoted = (s: string) => `“${s}”`;

describe('the organisation rating grids', () => {
  it('are required (Forms then asks for every row) and offer a column for each case a unit can be in', () => {
    for (const title of ORG_GRIDS) {
      const g = item(title);
      expect(g.kind, title).toBe('grid');
      expect(g.required, title).toBe(true);
      expect(g.columns, title).toEqual(expect.arrayContaining([ORG_ABSENT, RATING_CHOICES.none]));
    }
  });

  it('say every row must be answered, and which column a unit without the organisation or a year not yet rated takes', () => {
    for (const title of ORG_GRIDS) {
      const help = item(title).helpText ?? '';
      expect(help, title).toMatch(/^Chọn ở tất cả các hàng, mỗi năm một ô\./);
      expect(help, title).toContain(`không có tổ chức này: chọn ${quoted(ORG_ABSENT)} ở tất cả các năm`);
      expect(help, title).toContain(`Năm chưa có kết quả xếp loại (các năm sau; năm hiện tại cho đến khi có kết quả, thường vào tháng 12): chọn ${quoted(RATING_CHOICES.none)}`);
    }
  });

  it('the answers the help asks for are read as the validator wants: no organisation is not applicable, a year not rated yet is not counted', () => {
    const a = collectiveAnswers();
    // The youth union grid of the helper is already "Không có tổ chức này" in every year; the Party grid's years
    // after the ended ones are "Chưa đánh giá".
    expect(Object.values(a[Q.youthRatings] as Record<string, string>).every((v) => v === ORG_ABSENT)).toBe(true);
    expect(Object.values(a[Q.partyRatings] as Record<string, string>)).toContain(RATING_CHOICES.none);
    expect(evaluate(a).results.find((r) => r.criterionId === 'TT-10-DANG-DOAN-THE')?.status).toBe('met');
  });
});

describe('the questions mandatory for one group of individuals', () => {
  const roleReg = (role: keyof typeof ROLE_CHOICES, partyMember = NO, head = NO) =>
    parseOne({ ...individualAnswers('teacher'), [Q.role]: ROLE_CHOICES[role], [Q.partyMember]: partyMember, [Q.head]: head });
  /** A question's help as the form prints it; `official`: the form offers the office's own role ("Đơn vị" lists it). */
  const helpOf = (id: string, official = true) => {
    const h = SELF_DECLARED[id].help;
    return typeof h === 'function' ? h(official) : (h ?? '');
  };

  it('each says first that it is mandatory, and for whom', () => {
    for (const id of ['CN-08-NEU-GUONG', 'CN-11-SUY-TON', 'CN-12-CAP-UY']) {
      expect(helpOf(id), id).toMatch(/^Bắt buộc đối với /);
      // The form shows it under the question.
      expect(item(SELF_DECLARED[id].question).helpText, id).toBe(helpOf(id));
      // Optional in the form (whom it binds depends on the role) but a mandatory criterion of the catalogue.
      expect(item(SELF_DECLARED[id].question).required, id).toBe(false);
      expect(CATALOGUE.find((c) => c.id === id)?.mandatory, id).toBe(true);
    }
  });

  it('the staff questions name exactly the roles the validator holds to them (criteria.ts appliesTo individual.staff)', () => {
    for (const id of ['CN-11-SUY-TON', 'CN-12-CAP-UY']) {
      const who = firstSentence(helpOf(id));
      for (const role of Object.keys(ROLE_CHOICES) as (keyof typeof ROLE_CHOICES)[]) {
        expect(who.includes(quoted(ROLE_CHOICES[role])), `${id}: ${role}`).toBe(isStaffGroup(roleReg(role)));
      }
      expect(who).toContain(quoted(Q.role));
      // A teacher who is a Party member is in both groups: still asked.
      expect(isStaffGroup(roleReg('teacher', YES))).toBe(true);
      expect(who).toContain('kể cả khi là đảng viên');
      // Without the office's role in the form, the same roles but that one (review d78 F2).
      const schoolsOnly = firstSentence(helpOf(id, false));
      for (const role of Object.keys(ROLE_CHOICES) as (keyof typeof ROLE_CHOICES)[]) {
        expect(schoolsOnly.includes(quoted(ROLE_CHOICES[role])), `${id}: ${role}`).toBe(role !== 'official' && isStaffGroup(roleReg(role)));
      }
    }
  });

  it('the example-setting question names the manager role and the two yes/no questions that put a person in its group', () => {
    const who = firstSentence(helpOf('CN-08-NEU-GUONG'));
    for (const role of Object.keys(ROLE_CHOICES) as (keyof typeof ROLE_CHOICES)[]) {
      expect(who.includes(quoted(ROLE_CHOICES[role])), role).toBe(isManagerGroup(roleReg(role)));
    }
    expect(isManagerGroup(roleReg('teacher', YES))).toBe(true);
    expect(isManagerGroup(roleReg('teacher', NO, YES))).toBe(true);
    expect(who).toContain(`trả lời ${quoted(YES)} ở câu ${quoted(Q.partyMember)} hay câu ${quoted(Q.head)}`);
  });

  it('skipping one is what the help says it is: a teacher who leaves the staff question blank must add it', () => {
    const a = individualAnswers('teacher');
    delete a[SELF_DECLARED['CN-11-SUY-TON'].question];
    const e = evaluate(a);
    expect(e.results.find((r) => r.criterionId === 'CN-11-SUY-TON')?.status).toBe('missing');
    expect(e.verdict).toBe('canBoSung');
    expect(helpOf('CN-11-SUY-TON')).toContain('Bỏ trống thì phiếu sẽ phải bổ sung');
  });
});

describe('the summary of achievements', () => {
  it('is required, says where it is printed and what makes a good one, and threatens nothing that cannot happen', () => {
    const s = item(Q.summary);
    expect(s.required).toBe(true);
    expect(s.helpText).toBe(FORM_TEXT.helpSummary);
    expect(FORM_TEXT.helpSummary).not.toContain('không được tạo');
    expect(FORM_TEXT.helpSummary).toContain('mục II “Thành tích đạt được” của báo cáo thành tích');
    for (const part of ['đã làm gì', 'làm như thế nào', 'số liệu cụ thể', 'Khoảng 5–15 dòng']) expect(FORM_TEXT.helpSummary).toContain(part);
  });
});

describe("the form's description", () => {
  const text = FORM_TEXT.registrationDescription('Phòng Văn hóa - Xã hội', '31/05/2028');
  it('says what makes a registration late as the check judges it: the first sending, an edit after the deadline not late (review school #3)', () => {
    expect(text).not.toMatch(/gửi hoặc sửa sau hạn/);
    expect(text).toContain('phiếu gửi lần đầu sau hạn vẫn được kiểm tra');
    expect(text).toContain('phiếu gửi trong hạn được sửa, bổ sung sau hạn không bị tính là muộn');
  });
  it('says how a school fills a new school year with a subject it registered before: a new registration, not an edit (review school #2)', () => {
    expect(text).toContain('Sang năm học sau, đơn vị có thể đăng ký lại tập thể, cá nhân đã đăng ký bằng phiếu mới');
    // Not "replaced for good" and "still counts" back to back (review diff34 #5): what is replaced is the one reviewed.
    expect(text).not.toContain('thay hẳn');
    expect(text).toContain('phiếu cũ không còn được xét nhưng vẫn được tính vào số đăng ký tối thiểu của năm học trước');
    expect(text).toContain('sửa phiếu cũ không được tính là đăng ký của năm học mới');
  });
});

describe('the help of the Party and union grids', () => {
  it('says when a year\'s result counts and is due, as the check does, not to answer "Chưa đánh giá" for the year under way once rated (review diff34 #4)', () => {
    const dm = (x: { day: number; month: number }) => `${String(x.day).padStart(2, '0')}/${String(x.month).padStart(2, '0')}`;
    expect(FORM_TEXT.helpOrgRatings).not.toContain('năm đang diễn ra');
    expect(FORM_TEXT.helpOrgRatings).toContain(`được tính khi ghi từ ngày ${dm(ORG_RATED_FROM)} của năm đó, và cần ghi trước ngày ${dm(ORG_RATING_DUE)} năm sau`);
  });
});
