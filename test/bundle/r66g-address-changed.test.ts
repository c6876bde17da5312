// Review r66g: the clerk types a school's new e-mail over its old one in "Đơn vị" (the merged school got a new mailbox)
// mid-season. The registration the school sent from its address of the time, which the council has decided, must stay
// the one in force: README ("Ai được nói thay trường") — a registration from an address "Đơn vị" does not list never
// replaces the school's verified one.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { reviewNoteUnverified } from '../../src/core/messages';
import { deleteTabRow, typeCell } from '../../scripts/user';
import { decide } from './helpers';
import { REVIEW, previewNominees, rebuild, replaceAddress, sentTwice, table } from './r66g-lib';

describe('r66g: a school\'s e-mail changed in "Đơn vị" mid-season', () => {
  it('the decided registration the school sent from its address of the time stays in force, not replaced by one from an unlisted address', () => {
    const { ctx, school, fromSchool, fromOutside } = sentTwice();
    decide(ctx, fromSchool, 'Đề nghị khen', 'Giáo viên tiêu biểu.');
    rebuild(ctx);
    expect(previewNominees(ctx)).toEqual([fromSchool]);
    // The clerk types the school's new address over the old one.
    replaceAddress(ctx, school);
    ctx.emu.clock.advance(3600_000);
    rebuild(ctx);
    // The council's decision on the school's registration still stands and is still proposed; the unlisted sender's
    // registration has not taken its place.
    expect(table(ctx, REVIEW).find((r) => r['Mã phiếu'] === fromSchool)).toMatchObject({ 'Quyết định của Hội đồng': 'Đề nghị khen' });
    expect(table(ctx, REVIEW).find((r) => r['Mã phiếu'] === fromSchool)!['Kết luận tự động']).not.toBe('Đã thay thế');
    expect(previewNominees(ctx), `${fromOutside} must not take ${fromSchool}'s place`).toEqual([fromSchool]);
  });

  it('after the address is replaced, the school\'s edit through its link (the submission\'s own run) stays the school\'s; a new registration from the removed address is not', () => {
    const { ctx, school, teacher, sent, fromSchool, fromOutside } = sentTwice();
    replaceAddress(ctx, school);
    // The school edits its registration through its link, from the address it was sent from (the form keeps it).
    ctx.emu.clock.advance(3600_000);
    const mails = ctx.emu.mail.sent.length;
    const runs = ctx.emu.runtime.executions.length;
    ctx.emu.forms.submitAsUser(ctx.formId, { ...teacher, [Q.individualName]: 'Nguyễn Thị Lan' }, { email: school.emails[0], editResponseId: sent.responseId });
    expect(ctx.emu.runtime.executions.slice(runs).filter((x) => x.error)).toEqual([]);
    const row = (id: string) => table(ctx, REVIEW).find((r) => r['Mã phiếu'] === id)!;
    expect(row(fromSchool)['Kết luận tự động']).not.toBe('Đã thay thế');
    expect(String(row(fromSchool)['Ghi chú'] ?? '')).not.toContain(reviewNoteUnverified);
    const answer = ctx.emu.mail.sent.slice(mails).filter((m: { to: string[] }) => m.to.includes(school.emails[0]));
    expect(answer).toHaveLength(1);
    expect(JSON.stringify(answer[0])).not.toContain('chưa có trong');
    // A new registration from the address no longer listed: not the school's.
    ctx.emu.clock.advance(60_000);
    ctx.emu.forms.submitAsUser(ctx.formId, { ...teacher, [Q.individualName]: 'Trần Văn Hải' }, { email: school.emails[0] });
    const hai = table(ctx, REVIEW).find((r) => r['Tên'] === 'Trần Văn Hải')!;
    expect(String(hai['Ghi chú'])).toContain(reviewNoteUnverified);
    rebuild(ctx);
    expect(row(fromSchool)['Kết luận tự động']).not.toBe('Đã thay thế');
    expect(row(fromOutside)['Kết luận tự động']).toBe('Đã thay thế');
  });

  it('the school\'s row deleted by mistake and typed back: the decided registration is in force again and no mail went meanwhile to the unlisted sender', () => {
    const { ctx, school, fromSchool, fromOutside } = sentTwice();
    decide(ctx, fromSchool, 'Đề nghị khen', 'Giáo viên tiêu biểu.');
    rebuild(ctx);
    const dir = ctx.emu.spreadsheets.values('Đơn vị');
    const row = dir.findIndex((r) => r.includes(school.name)) + 1;
    const kept = [...dir[row - 1]];
    deleteTabRow(ctx.emu, 'Đơn vị', row);
    ctx.emu.clock.advance(3600_000);
    const mails = ctx.emu.mail.sent.length;
    rebuild(ctx);
    const meanwhile = ctx.emu.mail.sent.slice(mails).map((m: { to: unknown; subject: unknown }) => `${String(m.to)} | ${String(m.subject)}`);
    // The clerk types the row back at the end of the tab.
    const at = ctx.emu.spreadsheets.values('Đơn vị').length + 1;
    kept.forEach((v, i) => typeCell(ctx.emu, 'Đơn vị', at, i + 1, v));
    ctx.emu.clock.advance(3600_000);
    rebuild(ctx);
    expect(previewNominees(ctx)).toEqual([fromSchool]);
    // While the row was missing, nothing told the unlisted sender that its registration now counts in the school's place.
    expect(meanwhile.filter((m) => m.includes(fromOutside)), meanwhile.join('\n')).toEqual([]);
  });
});
