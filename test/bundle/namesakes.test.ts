// Two people of one name and birth year at one school (review complaint H3): the later registration replaced the
// earlier, though each was sent from its own address for another role, and a real person dropped out of the review
// without anyone deciding it. Now both stay, flagged for the council; a school sending one again still replaces it.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { GENDER_CHOICES, HISTORY_TAB, NOTICE_EMAIL, REPORT_QUESTIONS, REVIEW_VERDICT_SUPERSEDED } from '../../src/core/messages';
import { sortTab } from '../../scripts/user';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

const school = SCHOOLS[1]; // two addresses in "Đơn vị"
const huong = (role: 'teacher' | 'staff') => ({ ...individualAnswers(role), [Q.school]: school.name, [Q.individualName]: 'Nguyễn Thị Hương', [Q.birthYear]: '1985' }) as never;

function office(second: { role: 'teacher' | 'staff'; from: number }) {
  const ctx = officeAfterSetup(SCHOOLS);
  ctx.emu.forms.submitAsUser(ctx.formId, huong('teacher'), { email: school.emails[0] });
  ctx.emu.clock.advance(3 * 24 * 3_600_000);
  ctx.emu.forms.submitAsUser(ctx.formId, huong(second.role), { email: school.emails[second.from] });
  ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  return ctx;
}

const DAY = 86_400_000;

/**
 * The teacher sent from the school's first address, the same name a day later from its second as `role` (a rebuild
 * between); `edit` then edits the second's role through its edit link, a day later.
 */
function sentThenEdited(role: 'teacher' | 'staff') {
  const ctx = officeAfterSetup(SCHOOLS);
  const { emu, bundle, formId } = ctx;
  emu.forms.submitAsUser(formId, huong('teacher'), { email: school.emails[0] });
  emu.clock.advance(DAY);
  const second = emu.forms.submitAsUser(formId, huong(role), { email: school.emails[1] });
  bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  const edit = (to: 'teacher' | 'staff') => {
    emu.clock.advance(DAY);
    emu.forms.submitAsUser(formId, huong(to), { email: school.emails[1], editResponseId: second.responseId });
  };
  return { ctx, edit };
}

const rowOf = (ctx: ReturnType<typeof office>, code: string) => {
  const v = ctx.emu.spreadsheets.values('Thẩm định');
  const h = v[0].map(String);
  const r = v.find((x) => x[0] === code)!;
  return Object.fromEntries(h.map((k, i) => [k, String(r[i] ?? '')]));
};

describe('namesakes at one school', () => {
  it('another role, sent from another of its addresses: both stay in force, each flagged as possibly the other', () => {
    const ctx = office({ role: 'staff', from: 1 });
    for (const [code, other] of [['DK-000002', 'DK-000003'], ['DK-000003', 'DK-000002']]) {
      const row = rowOf(ctx, code);
      expect(row['Kết luận tự động'], code).not.toBe(REVIEW_VERDICT_SUPERSEDED);
      expect(row['Ghi chú'], code).toContain('Có thể trùng người');
      expect(row['Ghi chú'], code).toContain(other);
    }
    // Nothing replaced, nothing told the school as replaced.
    expect(ctx.emu.mail.sent.filter((m) => /thay bằng phiếu|đã được thay/.test(m.subject))).toEqual([]);
    // The school is told once, by the later one, that both are reviewed and what to do if it meant a correction of the
    // first (review diff44 M2): its confirmation, sent alone as it arrived, could not know.
    const notices = () => ctx.emu.mail.sent.filter((m) => m.subject.startsWith(NOTICE_EMAIL.alikeSubject('DK-000003', 'DK-000002', '', '').split(' (')[0]));
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(notices()).toHaveLength(1);
    expect(notices()[0].body).toContain('Nếu là cùng một người (phiếu DK-000003 được gửi để sửa phiếu trước)');
    expect(notices()[0].to).toEqual(expect.arrayContaining(school.emails));
  });

  it('the same role, or sent again from the same address: the school registered it again, the later replaces the earlier, and the history says by which', () => {
    for (const second of [{ role: 'teacher' as const, from: 1 }, { role: 'staff' as const, from: 0 }]) {
      const ctx = office(second);
      expect(rowOf(ctx, 'DK-000002')['Kết luận tự động']).toBe(REVIEW_VERDICT_SUPERSEDED);
      const lines = ctx.emu.spreadsheets.values(HISTORY_TAB).slice(1).filter((r) => r[1] === 'DK-000002').map((r) => String(r[4]));
      expect(lines.some((l) => l.includes('thay bằng phiếu DK-000003: cùng đơn vị, cùng tên và năm sinh'))).toBe(true);
      expect(ctx.emu.mail.sent.filter((m) => m.subject.includes('Có thể trùng người'))).toEqual([]);
    }
  });

  it('told apart by their answers (another gender): both in force, and nothing to flag (review diff44 L5)', () => {
    const ctx = officeAfterSetup(SCHOOLS);
    ctx.emu.forms.submitAsUser(ctx.formId, { ...(huong('teacher') as object), [REPORT_QUESTIONS.gender]: GENDER_CHOICES[1] } as never, { email: school.emails[0] });
    ctx.emu.clock.advance(3 * 24 * 3_600_000);
    ctx.emu.forms.submitAsUser(ctx.formId, { ...(huong('staff') as object), [REPORT_QUESTIONS.gender]: GENDER_CHOICES[0] } as never, { email: school.emails[1] });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    for (const code of ['DK-000002', 'DK-000003']) {
      expect(rowOf(ctx, code)['Kết luận tự động'], code).not.toBe(REVIEW_VERDICT_SUPERSEDED);
      expect(rowOf(ctx, code)['Ghi chú'], code).not.toContain('Có thể trùng người');
    }
  });

  it("one sent from an address the school does not list is replaced by the school's own, whatever its role (review diff44 M2)", () => {
    const ctx = officeAfterSetup(SCHOOLS);
    ctx.emu.forms.submitAsUser(ctx.formId, huong('staff'), { email: 'huong.personal@gmail.com' });
    ctx.emu.clock.advance(2 * 86_400_000);
    ctx.emu.forms.submitAsUser(ctx.formId, huong('teacher'), { email: school.emails[0] });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(rowOf(ctx, 'DK-000002')['Kết luận tự động']).toBe(REVIEW_VERDICT_SUPERSEDED);
  });
});

describe('three registrations of one subject (review diff44 H1)', () => {
  // A teacher from the school's first address, B staff from its second, C teacher from the second: C may be A (same
  // role) and B (same address, the role corrected): one person, C in force — whatever the rows' order.
  function three() {
    const ctx = officeAfterSetup(SCHOOLS);
    ctx.emu.forms.submitAsUser(ctx.formId, huong('teacher'), { email: school.emails[0] });
    ctx.emu.clock.advance(24 * 3_600_000);
    ctx.emu.forms.submitAsUser(ctx.formId, huong('staff'), { email: school.emails[1] });
    ctx.emu.clock.advance(24 * 3_600_000);
    ctx.emu.forms.submitAsUser(ctx.formId, huong('teacher'), { email: school.emails[1] });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    return ctx;
  }
  const inForce = (ctx: ReturnType<typeof three>) => {
    const v = ctx.emu.spreadsheets.values('Thẩm định');
    const col = v[0].map(String).indexOf('Kết luận tự động');
    return v.slice(1).filter((r) => String(r[0]).startsWith('DK-') && r[col] !== REVIEW_VERDICT_SUPERSEDED).map((r) => String(r[0])).sort();
  };

  it('the one linked to both replaces both, and a sort of the response tab changes nothing', () => {
    const ctx = three();
    expect(inForce(ctx)).toEqual(['DK-000004']);
    sortTab(ctx.emu, 'Phiếu đăng ký', [{ column: 1, ascending: false }]);
    ctx.emu.clock.advance(3_600_000);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(inForce(ctx)).toEqual(['DK-000004']);
  });
});

describe('an edit changing the role of one of two namesakes (review diff44 M1)', () => {
  it('is answered by a run over the whole office: its school is told once which one it now replaces, and the next rebuild changes no verdict', () => {
    const { ctx, edit } = sentThenEdited('staff');
    const { emu, bundle } = ctx;
    expect(rowOf(ctx, 'DK-000002')['Kết luận tự động']).not.toBe(REVIEW_VERDICT_SUPERSEDED);
    // Its role corrected through its edit link: now one person with DK-000002, and sent later.
    const n = emu.mail.sent.length;
    edit('teacher');
    expect(emu.runtime.executions.filter((x) => x.error)).toEqual([]);
    const reply = emu.mail.sent.slice(n).map((m) => `${m.subject}\n${m.body}`).join('\n');
    const shown = emu.spreadsheets.values('Thẩm định').map((r) => `${r[0]} ${r[2]}`);
    expect(rowOf(ctx, 'DK-000002')['Kết luận tự động']).toBe(REVIEW_VERDICT_SUPERSEDED);
    emu.clock.advance(DAY);
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(emu.spreadsheets.values('Thẩm định').map((r) => `${r[0]} ${r[2]}`)).toEqual(shown);
    // Told once: by the rebuild's notice, DK-000003 being sent a day before the edit (a notice's news); the reply does
    // not say it too (review r83e F2: the reply and the notice said it both).
    const told = emu.mail.sent.slice(n).filter((m) => m.subject.includes('Phiếu DK-000002 đã được thay bằng phiếu DK-000003') || m.body.includes('thay cho phiếu đó'));
    expect(told.map((m) => m.subject)).toEqual([expect.stringContaining('Phiếu DK-000002 đã được thay bằng phiếu DK-000003')]);
    expect(reply).toContain('DK-000003');
  });
});

describe('one replaced, then kept apart as another person (review diff44 L2)', () => {
  it("is told it counts again because the two are two people, not because the other was edited or deleted", () => {
    const { ctx, edit } = sentThenEdited('teacher');
    const { emu, bundle } = ctx;
    expect(rowOf(ctx, 'DK-000002')['Kết luận tự động']).toBe(REVIEW_VERDICT_SUPERSEDED);
    // The second's role corrected: another person now, as far as the answers tell.
    edit('staff');
    emu.clock.advance(DAY);
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(rowOf(ctx, 'DK-000002')['Kết luận tự động']).not.toBe(REVIEW_VERDICT_SUPERSEDED);
    const revived = emu.mail.sent.filter((m) => m.subject.includes('được xét trở lại'));
    expect(revived.map((m) => m.subject)).toEqual([expect.stringContaining('Phiếu DK-000002')]);
    expect(revived[0].body).toContain('Hai phiếu cùng họ tên, năm sinh nhưng khác vị trí việc làm và được gửi từ hai địa chỉ của đơn vị');
    expect(revived[0].body).not.toContain('đã được sửa, đã bị xóa');
  });
});

describe('an edit of a person sent twice from one address (review diff45 M1)', () => {
  it('is answered alone, as the edit of a person sent once is', () => {
    const ctx = officeAfterSetup(SCHOOLS);
    const { emu, bundle, formId } = ctx;
    const person = (name: string) => ({ ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: name, [Q.birthYear]: '1985' }) as never;
    const lone = emu.forms.submitAsUser(formId, person('Trần Văn Bình'), { email: school.emails[0] });
    emu.forms.submitAsUser(formId, person('Nguyễn Thị Hương'), { email: school.emails[0] });
    emu.clock.advance(DAY);
    const again = emu.forms.submitAsUser(formId, person('Nguyễn Thị Hương'), { email: school.emails[0] }); // sent again, not edited
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    emu.clock.advance(DAY);
    const cost = (responseId: string, name: string) => {
      emu.clock.advance(60_000);
      emu.runtime.resetCalls();
      emu.forms.submitAsUser(formId, person(name), { email: school.emails[0], editResponseId: responseId });
      const x = emu.runtime.executions.filter((e) => e.label === 'onFormSubmit').pop()!;
      expect(x.error).toBeFalsy();
      return { calls: x.calls, cells: (x.cellsRead ?? 0) + (x.cellsWritten ?? 0) };
    };
    const alone = cost(lone.responseId, 'Trần Văn Bình');
    const shared = cost(again.responseId, 'Nguyễn Thị Hương');
    // Same role, same address: twoPeople cannot tell them apart whatever the edit changed; no reason for the full run.
    expect(shared.calls).toBeLessThanOrEqual(alone.calls + 4);
    expect(shared.cells).toBeLessThanOrEqual(alone.cells * 2);
  });
});

// Review two (/work/reviews/two.md F1, F6): the notice "Có thể trùng người" is one e-mail for one fact.
describe('the namesake notice (review two)', () => {
  it('one replaced, then kept apart by an edit of the role: one e-mail tells the school both count (not HL and HN both)', () => {
    const ctx = officeAfterSetup(SCHOOLS);
    const { emu, bundle, formId } = ctx;
    emu.forms.submitAsUser(formId, huong('teacher'), { email: school.emails[0] });
    emu.clock.advance(DAY);
    const second = emu.forms.submitAsUser(formId, huong('teacher'), { email: school.emails[1] });
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(rowOf(ctx, 'DK-000002')['Kết luận tự động']).toBe(REVIEW_VERDICT_SUPERSEDED);
    emu.clock.advance(DAY);
    emu.forms.submitAsUser(formId, huong('staff'), { email: school.emails[1], editResponseId: second.responseId });
    emu.clock.advance(DAY);
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(rowOf(ctx, 'DK-000002')['Kết luận tự động']).not.toBe(REVIEW_VERDICT_SUPERSEDED);
    const revived = emu.mail.sent.filter((m) => m.subject.includes('được xét trở lại'));
    const alike = emu.mail.sent.filter((m) => m.subject.includes('Có thể trùng người'));
    // The same fact (DK-000002 and DK-000003 are reviewed as two people; say if they are one) told twice.
    expect([...revived, ...alike].map((m) => `${m.subject} -> ${m.to}`)).toHaveLength(1);
  });

  it('the staff namesake sent again from the same address to correct it: the school is not told the same pair again', () => {
    const ctx = officeAfterSetup(SCHOOLS);
    const { emu, bundle, formId } = ctx;
    emu.forms.submitAsUser(formId, huong('teacher'), { email: school.emails[0] });
    emu.clock.advance(DAY);
    emu.forms.submitAsUser(formId, huong('staff'), { email: school.emails[1] });
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(emu.mail.sent.filter((m) => m.subject.includes('Có thể trùng người'))).toHaveLength(1);
    // The staff member's registration sent again (a new response, the same role and address): it replaces DK-000003.
    emu.clock.advance(DAY);
    emu.forms.submitAsUser(formId, huong('staff'), { email: school.emails[1] });
    emu.clock.advance(DAY);
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(rowOf(ctx, 'DK-000003')['Kết luận tự động']).toBe(REVIEW_VERDICT_SUPERSEDED);
    const alike = emu.mail.sent.filter((m) => m.subject.includes('Có thể trùng người'));
    expect(alike.map((m) => m.subject)).toHaveLength(1);
  });
});
