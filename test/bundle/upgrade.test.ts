// An office's script updated with a version whose form has a question the live form lacks: until "Thiết lập" puts it
// on the form, an optional one reads as unanswered and nothing stops; a required one stops the runs, saying to run
// "Thiết lập" (review "upgrade" #1: every run of a season failed, telling the office to restore a title its form never
// had).
import { describe, expect, it } from 'vitest';
import { Q, SELF_DECLARED, initiativeTitles } from '../../src/core/registration-form';
import { configToRows } from '../../src/core/config';
import { planConfig } from '../../sample/profiles';
import { typeIntoTab } from '../../scripts/season';
import { REPORT_QUESTIONS } from '../../src/core/messages/proposals';
import { itemKey } from '../../src/gas/forms';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

const RESPONSES = 'Phiếu đăng ký';
type Ctx = ReturnType<typeof officeAfterSetup>;

/**
 * The office as an older version left it: the form never had the question `title` (no item, no pin, no column of
 * that title in the response tab — its column is blanked, as a tab made before the question has none).
 */
function asBeforeTheQuestion(ctx: Ctx, title: string): void {
  const form = ctx.emu.forms.byId(ctx.formId)!;
  const at = form.items.findIndex((i) => i.title === title);
  expect(at).toBeGreaterThanOrEqual(0);
  form.items.splice(at, 1);
  const pins = JSON.parse(ctx.emu.properties.script.get('form.registration.items')!) as { items: Record<string, number> };
  delete pins.items[itemKey(title)];
  ctx.emu.properties.script.set('form.registration.items', JSON.stringify(pins));
  const sheet = ctx.emu.spreadsheets.sheet(RESPONSES)!;
  const header = ctx.emu.spreadsheets.values(RESPONSES)[0] as unknown[];
  sheet.setCell(1, header.indexOf(title) + 1, { value: '' });
}

const failures = (ctx: Ctx) => ctx.emu.runtime.executions.filter((x) => x.error).map((x) => `${x.label}: ${x.error}`);
const log = (ctx: Ctx) => ctx.emu.spreadsheets.values('Nhật ký lỗi').map((r) => r.join(' ')).join('\n');

/** A teacher's registration, without answers to the questions the form lacks (`without`). */
function submitTeacher(ctx: Ctx, name: string, without: string[] = []) {
  ctx.emu.clock.advance(60_000);
  const answers: Record<string, unknown> = { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[0].name, [Q.individualName]: name };
  for (const t of without) delete answers[t];
  ctx.emu.forms.submitAsUser(ctx.formId, answers as never, { email: SCHOOLS[0].emails[0] });
}

describe('a question this version added, before "Thiết lập" puts it on the form', () => {
  it('an optional one reads as unanswered: submissions are checked and answered, the rebuild runs, the office is told to run Thiết lập', () => {
    const ctx = officeAfterSetup();
    asBeforeTheQuestion(ctx, REPORT_QUESTIONS.position);
    submitTeacher(ctx, 'Nguyễn Văn Cũ', [REPORT_QUESTIONS.position]);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(failures(ctx)).toEqual([]);
    expect(ctx.emu.mail.sent.map((m) => m.subject).some((s) => s.includes('Nguyễn Văn Cũ'))).toBe(true);
    expect(ctx.emu.spreadsheets.values('Kết quả kiểm tra').flat()).toContain('Nguyễn Văn Cũ');
    expect(log(ctx)).toContain(`chưa có cột “${REPORT_QUESTIONS.position}” vì biểu mẫu chưa có câu hỏi này (của phiên bản mới của công cụ, hoặc do trang “Cấu hình” vừa sửa)`);
    // Thiết lập puts the question on the form; its column comes, and the note goes.
    ctx.bundle.call('setup', undefined, { kind: 'menu' });
    expect(ctx.emu.forms.byId(ctx.formId)!.items.some((i) => i.title === REPORT_QUESTIONS.position)).toBe(true);
    submitTeacher(ctx, 'Trần Thị Mới');
    expect(failures(ctx)).toEqual([]);
    expect(ctx.emu.spreadsheets.values(RESPONSES)[0]).toContain(REPORT_QUESTIONS.position);
  });

  it('an optional one a criterion reads stops the runs as a required one does: read as unanswered it would turn verdicts (review diff10 #1)', () => {
    const ctx = officeAfterSetup();
    const question = SELF_DECLARED['CN-11-SUY-TON'].question;
    asBeforeTheQuestion(ctx, question);
    submitTeacher(ctx, 'Phạm Văn Chờ', [question]);
    expect(failures(ctx).join('\n') + log(ctx)).toContain(`chưa có cột “${question}” vì biểu mẫu chưa có câu hỏi này (của phiên bản mới của công cụ, hoặc do trang “Cấu hình” vừa sửa). Chọn menu`);
    // No school is told "Cần bổ sung" for a question its form does not have.
    expect(ctx.emu.mail.sent.filter((m) => m.subject.includes('Phạm Văn Chờ'))).toEqual([]);
  });

  it('more initiative slots set in "Cấu hình" without Thiết lập stop the runs as well: every slot is read by the criteria (review diff11 #1)', () => {
    const ctx = officeAfterSetup();
    const cfg = planConfig(new Date(ctx.emu.clock.now()));
    typeIntoTab(ctx.emu, 'Cấu hình', configToRows({ ...cfg, initiativeSlots: cfg.initiativeSlots + 1 }));
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const extra = initiativeTitles(cfg.initiativeSlots + 1).name;
    expect(failures(ctx).join('\n') + log(ctx)).toContain(`chưa có cột “${extra}” vì biểu mẫu chưa có câu hỏi này (của phiên bản mới của công cụ, hoặc do trang “Cấu hình” vừa sửa). Chọn menu`);
  });

  it('a required one stops the runs with what to do (Thiết lập), not "restore the title"; a question the office deleted still asks to restore it', () => {
    const ctx = officeAfterSetup();
    asBeforeTheQuestion(ctx, Q.role);
    submitTeacher(ctx, 'Lê Văn Dừng', [Q.role]);
    const failed = failures(ctx).join('\n') + log(ctx);
    expect(failed).toContain(`chưa có cột “${Q.role}” vì biểu mẫu chưa có câu hỏi này (của phiên bản mới của công cụ, hoặc do trang “Cấu hình” vừa sửa). Chọn menu “Điển hình tiên tiến” → “Thiết lập”`);
    expect(failed).not.toContain(`không tìm thấy cột “${Q.role}”`);
    // The same question deleted by the office (its pin kept): as before, the title is to be restored.
    const other = officeAfterSetup();
    const form = other.emu.forms.byId(other.formId)!;
    form.items.splice(form.items.findIndex((i) => i.title === Q.role), 1);
    const header = other.emu.spreadsheets.values(RESPONSES)[0] as unknown[];
    other.emu.spreadsheets.sheet(RESPONSES)!.setCell(1, header.indexOf(Q.role) + 1, { value: '' });
    other.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(failures(other).join('\n') + log(other)).toContain(`không tìm thấy cột “${Q.role}”`);
  });
});
