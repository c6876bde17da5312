// Review office L1: a council member types a note into "Ghi chú" of "Thẩm định" (the tool's column, the obvious place
// for a note). The next rebuild, or the next submission of that registration, rewrote the cell from the tool's own
// notes: the person's text was gone, with no trace anywhere. Now the person's lines stay in the cell, under the tool's
// notes and a line of the tool's saying so, and the office is told once in "Nhật ký lỗi" (the code, the row, the text).
// They are not moved into "Nhận xét": that column is the council's word to the school (quoted in a "Yêu cầu bổ sung"
// letter, shown in the school's view when the office publishes comments) and part of the decision the register keeps.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { typeCell } from '../../scripts/user';
import { SCHOOLS, collectiveAnswers, individualAnswers, officeAfterSetup } from './helpers';

type Ctx = ReturnType<typeof officeAfterSetup>;
const REVIEW = 'Thẩm định';
const NOTE = 'Chị Hà: hồ sơ này đề nghị Bằng khen, cần gọi trường xác nhận';

const values = (ctx: Ctx) => ctx.emu.spreadsheets.values(REVIEW);
const col = (ctx: Ctx, header: string) => (values(ctx)[0] as string[]).indexOf(header) + 1;
const rowOf = (ctx: Ctx, name: string) => values(ctx).findIndex((r) => r[col(ctx, 'Tên') - 1] === name) + 1;
const cell = (ctx: Ctx, name: string, header: string) => String(values(ctx)[rowOf(ctx, name) - 1][col(ctx, header) - 1] ?? '');
const codeOf = (ctx: Ctx, name: string) => cell(ctx, name, 'Mã phiếu');
const log = (ctx: Ctx) => (ctx.emu.spreadsheets.sheet('Nhật ký lỗi') ? ctx.emu.spreadsheets.values('Nhật ký lỗi').slice(1).map((r) => String(r[2])) : []);
const rebuild = (ctx: Ctx) => ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });

function office() {
  const ctx = officeAfterSetup(SCHOOLS);
  const school = SCHOOLS[0];
  const lan = { ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: 'Trần Thị Lan' };
  const sent = ctx.emu.forms.submitAsUser(ctx.formId, lan, { email: school.emails[0] });
  ctx.emu.clock.advance(60_000);
  ctx.emu.forms.submitAsUser(ctx.formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[1].name, [Q.collectiveName]: 'Tổ Toán' }, { email: SCHOOLS[1].emails[0] });
  ctx.emu.clock.advance(60_000);
  rebuild(ctx);
  return { ctx, lan, sent };
}

describe('a note a person typed into "Ghi chú" of "Thẩm định" (review office L1)', () => {
  it('is kept by the next rebuild, and the office is told once in "Nhật ký lỗi" with the code and the row', () => {
    const { ctx } = office();
    const row = rowOf(ctx, 'Trần Thị Lan');
    const code = codeOf(ctx, 'Trần Thị Lan');
    typeCell(ctx.emu, REVIEW, row, col(ctx, 'Ghi chú'), NOTE);
    ctx.emu.clock.advance(60_000);
    rebuild(ctx);
    const kept = cell(ctx, 'Trần Thị Lan', 'Ghi chú');
    expect(kept).toContain(NOTE);
    // Nothing of it went into the council's columns.
    expect(cell(ctx, 'Trần Thị Lan', 'Nhận xét')).toBe('');
    expect(cell(ctx, 'Trần Thị Lan', 'Quyết định của Hội đồng')).toBe('Chờ thẩm định');
    const told = log(ctx).filter((l) => l.includes(NOTE));
    expect(told).toHaveLength(1);
    expect(told[0]).toContain(code);
    expect(told[0]).toContain(`dòng ${row}`);
    // Told once: the next rebuilds keep it as it is and say nothing more.
    rebuild(ctx);
    ctx.emu.clock.advance(86_400_000);
    rebuild(ctx);
    expect(cell(ctx, 'Trần Thị Lan', 'Ghi chú')).toBe(kept);
    expect(log(ctx).filter((l) => l.includes(NOTE))).toHaveLength(1);
    // The other row, where nobody typed, has no such line.
    expect(cell(ctx, 'Tổ Toán', 'Ghi chú')).toBe('');
  });

  it('is kept when the school edits its registration (the submission rewrites the row)', () => {
    const { ctx, lan, sent } = office();
    const code = codeOf(ctx, 'Trần Thị Lan');
    typeCell(ctx.emu, REVIEW, rowOf(ctx, 'Trần Thị Lan'), col(ctx, 'Ghi chú'), NOTE);
    ctx.emu.clock.advance(60_000);
    // An edit through the edit link that the council should see: the submitter's address is no longer the school's.
    ctx.emu.forms.submitAsUser(ctx.formId, { ...lan, [Q.birthYear]: '1986' }, { email: 'ca.nhan@example.com', editResponseId: sent.responseId });
    expect(codeOf(ctx, 'Trần Thị Lan')).toBe(code);
    expect(cell(ctx, 'Trần Thị Lan', 'Ghi chú')).toContain(NOTE);
    expect(log(ctx).filter((l) => l.includes(NOTE) && l.includes(code))).toHaveLength(1);
    // And the rebuild after it keeps it, without telling again.
    rebuild(ctx);
    expect(cell(ctx, 'Trần Thị Lan', 'Ghi chú')).toContain(NOTE);
    expect(log(ctx).filter((l) => l.includes(NOTE))).toHaveLength(1);
  });

  it("typed under the tool's own note: both kept, the tool's once; a line added later is told then", () => {
    const { ctx } = office();
    // "Yêu cầu bổ sung" without a comment: the tool's note asks for the comment, and no letter goes yet.
    typeCell(ctx.emu, REVIEW, rowOf(ctx, 'Tổ Toán'), col(ctx, 'Quyết định của Hội đồng'), 'Yêu cầu bổ sung');
    rebuild(ctx);
    const toolNote = cell(ctx, 'Tổ Toán', 'Ghi chú');
    expect(toolNote).toContain('Hãy ghi “Nhận xét”');
    typeCell(ctx.emu, REVIEW, rowOf(ctx, 'Tổ Toán'), col(ctx, 'Ghi chú'), `${toolNote}\n${NOTE}`);
    const mails = ctx.emu.mail.sent.length;
    ctx.emu.clock.advance(60_000);
    rebuild(ctx);
    const now = cell(ctx, 'Tổ Toán', 'Ghi chú');
    expect(now.split('\n').filter((l) => l === toolNote)).toHaveLength(1);
    expect(now.split('\n')).toContain(NOTE);
    // The note is not a comment: the request still waits for the council's, and no letter carries the note.
    expect(cell(ctx, 'Tổ Toán', 'Nhận xét')).toBe('');
    expect(ctx.emu.mail.sent.slice(mails).filter((m) => m.body.includes('Chị Hà'))).toEqual([]);
    expect(log(ctx).filter((l) => l.includes(NOTE))).toHaveLength(1);
    // A second line typed later is told too, once.
    const more = 'Anh Minh: đã gọi, trường hẹn gửi thứ Sáu';
    typeCell(ctx.emu, REVIEW, rowOf(ctx, 'Tổ Toán'), col(ctx, 'Ghi chú'), `${now}\n${more}`);
    rebuild(ctx);
    rebuild(ctx);
    expect(cell(ctx, 'Tổ Toán', 'Ghi chú').split('\n')).toEqual(expect.arrayContaining([toolNote, NOTE, more]));
    expect(log(ctx).filter((l) => l.includes(more))).toHaveLength(1);
  });

  it("the tool's notes of an earlier state are not taken for a person's: a note the tool no longer writes goes", () => {
    const { ctx } = office();
    typeCell(ctx.emu, REVIEW, rowOf(ctx, 'Tổ Toán'), col(ctx, 'Quyết định của Hội đồng'), 'Yêu cầu bổ sung');
    rebuild(ctx);
    expect(cell(ctx, 'Tổ Toán', 'Ghi chú')).toContain('Hãy ghi “Nhận xét”');
    // The council writes its comment: the tool's request for it is no longer true, and goes.
    typeCell(ctx.emu, REVIEW, rowOf(ctx, 'Tổ Toán'), col(ctx, 'Nhận xét'), 'Bổ sung minh chứng trước 15/8.');
    rebuild(ctx);
    expect(cell(ctx, 'Tổ Toán', 'Ghi chú')).toBe('');
    expect(log(ctx).filter((l) => l.includes('Ghi chú') && l.includes(codeOf(ctx, 'Tổ Toán')))).toEqual([]);
  });
});
