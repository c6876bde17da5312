// A registration whose subject another registration holds, answered by a submission's run (review "incremental" #1,
// #2): which one is in force (the school's own address over one it does not list, else the later first sending) only a
// run over the whole office can tell; a registration checked alone was confirmed "Đạt" and replaced without a word by
// the next morning's rebuild. The submission's e-mail says what the rebuild will show, and the rebuild changes no
// verdict.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/form-titles';
import { SCHOOLS, collectiveAnswers, individualAnswers, officeAfterSetup } from './helpers';
import { typeCell } from '../../scripts/user';

type Ctx = ReturnType<typeof officeAfterSetup>;
const DAY = 86_400_000;
const REVIEW = 'Thẩm định';

/** Each registration's code, verdict and note in "Thẩm định". */
function review(ctx: Ctx): string[] {
  const v = ctx.emu.spreadsheets.values(REVIEW);
  const h = v[0].map(String);
  const col = (t: string) => h.findIndex((x) => x.startsWith(t));
  return v.slice(1).map((r) => [r[0], r[col('Kết luận')], r[col('Điểm')]].map(String).join(' | '));
}
const mailSince = (ctx: Ctx, n: number) => ctx.emu.mail.sent.slice(n);

/** The next morning's rebuild shows what the submission left in "Thẩm định", and has nothing to tell anyone. */
function rebuildAgrees(ctx: Ctx): void {
  const shown = review(ctx);
  const sent = ctx.emu.mail.sent.length;
  ctx.emu.clock.advance(DAY);
  ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  expect(review(ctx)).toEqual(shown);
  expect(ctx.emu.mail.sent.length).toBe(sent);
}

describe('a registration whose subject another holds', () => {
  it('sent from an address the school does not list, for a subject the school registered: told it is not reviewed, and the rebuild agrees (review "incremental" #1)', () => {
    const ctx = officeAfterSetup();
    const { emu, formId } = ctx;
    emu.clock.advance(60_000);
    const teacher = { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[0].name, [Q.individualName]: 'Nguyễn Thị Hòa' };
    const evidence = Object.keys(teacher).find((k) => k.startsWith('Minh chứng'))!;
    emu.forms.submitAsUser(formId, { ...teacher, [evidence]: '' }, { email: SCHOOLS[0].emails[0] });
    emu.clock.advance(3_600_000);
    const before = emu.mail.sent.length;
    // The teacher sends it again, complete, from her own address.
    emu.forms.submitAsUser(formId, teacher, { email: 'nguyenthihoa85@gmail.com' });
    expect(emu.runtime.executions.filter((x) => x.error)).toEqual([]);
    const [mail] = mailSince(ctx, before);
    expect(mail.subject).toContain('DK-000003');
    expect(mail.subject).toContain('Không được xét (trùng với phiếu DK-000002)');
    expect(mail.body).not.toContain('Hội đồng Thi đua - Khen thưởng của Phòng sẽ thẩm định');
    expect(review(ctx).find((r) => r.startsWith('DK-000003'))).toContain('Đã thay thế');
    rebuildAgrees(ctx);
  });

  it('the school itself sent again from an address it does not list, under another wording of its name: told it is not reviewed, and the rebuild agrees (review diff27 #7)', () => {
    const ctx = officeAfterSetup();
    const { emu, formId } = ctx;
    emu.clock.advance(60_000);
    const school = (name: string) => ({ ...collectiveAnswers(), [Q.school]: SCHOOLS[0].name, [Q.collectiveName]: name });
    emu.forms.submitAsUser(formId, school(SCHOOLS[0].name), { email: SCHOOLS[0].emails[0] });
    emu.clock.advance(3_600_000);
    const before = emu.mail.sent.length;
    emu.forms.submitAsUser(formId, school('Tập thể Trường MN Hoa Sen'), { email: 'canbo.hoasen@gmail.com' });
    expect(emu.runtime.executions.filter((x) => x.error)).toEqual([]);
    const [mail] = mailSince(ctx, before);
    expect(mail.subject).toContain('Không được xét (trùng với phiếu DK-000002)');
    expect(review(ctx).find((r) => r.startsWith('DK-000003'))).toContain('Đã thay thế');
    rebuildAgrees(ctx);
  });

  it.each(['batch read', 'register read whole', 'no Sheets service'] as const)('an edit giving a registration the subject of one decided on: its e-mail says which it replaces, and the rebuild agrees; edited back, the other is in force again (review "incremental" #2, diff25 #1; %s)', (how) => {
    const ctx = officeAfterSetup(SCHOOLS, how === 'no Sheets service' ? { advancedServices: [] } : {});
    const { emu, bundle, formId } = ctx;
    emu.clock.advance(60_000);
    const team = (name: string) => ({ ...collectiveAnswers(), [Q.school]: SCHOOLS[0].name, [Q.collectiveName]: name });
    emu.forms.submitAsUser(formId, team('Tổ Toán'), { email: SCHOOLS[0].emails[0] });
    emu.clock.advance(DAY);
    const second = emu.forms.submitAsUser(formId, team('Tổ Ngữ văn'), { email: SCHOOLS[0].emails[0] });
    emu.clock.advance(DAY);
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    // Twelve days later, the council having proposed both, the school edits the second into the first's subject.
    emu.clock.advance(10 * DAY);
    const v = emu.spreadsheets.values(REVIEW);
    const decision = v[0].map(String).indexOf('Quyết định của Hội đồng') + 1;
    for (let r = 2; r <= v.length; r++) typeCell(emu, REVIEW, r, decision, 'Đề nghị khen');
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    emu.clock.advance(DAY);
    // The register's rows not all known by their responses: a submission reads it whole.
    if (how === 'register read whole') emu.properties.script.set('ledger.lookedUp', '0');
    const before = emu.mail.sent.length;
    emu.forms.submitAsUser(formId, team('Tổ Toán'), { email: SCHOOLS[0].emails[0], editResponseId: second.responseId });
    expect(emu.runtime.executions.filter((x) => x.error)).toEqual([]);
    const [mail] = mailSince(ctx, before);
    expect(mail.subject).toContain('DK-000003');
    expect(mail.body).toContain('Phiếu này trùng đối tượng với phiếu DK-000002 đã đăng ký cho đơn vị và thay cho phiếu đó');
    expect(review(ctx).find((r) => r.startsWith('DK-000002'))).toContain('Đã thay thế');
    rebuildAgrees(ctx);
    // Edited back to its own subject: the one it had replaced is in force again, at once.
    if (how === 'register read whole') emu.properties.script.set('ledger.lookedUp', '0');
    emu.forms.submitAsUser(formId, team('Tổ Ngữ văn'), { email: SCHOOLS[0].emails[0], editResponseId: second.responseId });
    expect(emu.runtime.executions.filter((x) => x.error)).toEqual([]);
    expect(review(ctx).find((r) => r.startsWith('DK-000002'))).not.toContain('Đã thay thế');
    rebuildAgrees(ctx);
  });

  it('a registration alone with its subject, one sent again from the school\'s own address, or an edit of the one in force, is answered by the submission alone', () => {
    const ctx = officeAfterSetup();
    const { emu, formId } = ctx;
    emu.clock.advance(60_000);
    const team = (name: string) => ({ ...collectiveAnswers(), [Q.school]: SCHOOLS[0].name, [Q.collectiveName]: name });
    emu.forms.submitAsUser(formId, team('Tổ Toán'), { email: SCHOOLS[0].emails[0] });
    emu.clock.advance(60_000);
    // Sent again from the school's address: it replaces the first (the full run says so).
    /** Whether a submission was answered by its run alone: the full run reads whole tabs (getDataRange), it does not. */
    const alone = (submit: () => void) => {
      emu.runtime.resetCalls();
      submit();
      return !emu.runtime.callTable().some(([name]) => name === 'Sheet.getDataRange');
    };
    // Sent again from the school's address: the last sent from its own address is in force whatever the others (the one
    // it replaces is the rebuild's to mark): answered alone too.
    let again = '';
    expect(alone(() => (again = emu.forms.submitAsUser(formId, team('Tổ Toán'), { email: SCHOOLS[0].emails[0] }).responseId))).toBe(true);
    emu.clock.advance(60_000);
    expect(alone(() => emu.forms.submitAsUser(formId, team('Tổ Ngữ văn'), { email: SCHOOLS[0].emails[0] }))).toBe(true);
    // From an address the school does not list, it may be replaced as it arrives: the full run answers it.
    emu.clock.advance(60_000);
    expect(alone(() => emu.forms.submitAsUser(formId, team('Tổ Ngữ văn'), { email: 'giaovien.van@gmail.com' }))).toBe(false);
    emu.clock.advance(60_000);
    // The one in force edited, its subject as it was: nothing changes which one is in force.
    expect(alone(() => emu.forms.submitAsUser(formId, { ...team('Tổ Toán'), [Q.phone]: '0912345678' }, { email: SCHOOLS[0].emails[0], editResponseId: again }))).toBe(true);
    expect(emu.runtime.executions.filter((x) => x.error)).toEqual([]);
  });
});
