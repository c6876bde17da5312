// What the bundle tests of "Ghi chú" in "Thẩm định" share (rev-long-note, rev-note-told, rev-d63b): an office with Trần
// Thị Lan's registration, reviewed by a rebuild, and readers of the tab and of "Nhật ký lỗi".
import { Q } from '../../src/core/registration-form';
import { typeCell } from '../../scripts/user';
import { SCHOOLS, collectiveAnswers, individualAnswers, officeAfterSetup } from './helpers';

export type Ctx = ReturnType<typeof officeAfterSetup>;
export const REVIEW = 'Thẩm định';
export const LAN = 'Trần Thị Lan';

export const values = (ctx: Ctx) => ctx.emu.spreadsheets.values(REVIEW);
export const col = (ctx: Ctx, header: string) => (values(ctx)[0] as string[]).indexOf(header) + 1;
export const rowOf = (ctx: Ctx, name: string) => values(ctx).findIndex((r) => r[col(ctx, 'Tên') - 1] === name) + 1;
/** "Ghi chú" at a row of the tab. */
export const noteAt = (ctx: Ctx, row: number) => String(values(ctx)[row - 1][col(ctx, 'Ghi chú') - 1] ?? '');
/** "Ghi chú" of Lan's row, wherever it is. */
export const note = (ctx: Ctx) => noteAt(ctx, rowOf(ctx, LAN));
/** The messages of "Nhật ký lỗi". */
export const log = (ctx: Ctx) => (ctx.emu.spreadsheets.sheet('Nhật ký lỗi') ? ctx.emu.spreadsheets.values('Nhật ký lỗi').slice(1).map((r) => String(r[2])) : []);
/** The office types `text` into Lan's "Ghi chú" (the whole cell), a minute passes. */
export function typeLanNote(ctx: Ctx, text: string): void {
  typeCell(ctx.emu, REVIEW, rowOf(ctx, LAN), col(ctx, 'Ghi chú'), text);
  ctx.emu.clock.advance(60_000);
}
export const rebuild = (ctx: Ctx) => ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });

/** An office after setup: Lan's registration (and with `collective`, Tổ Toán's of another school), then a rebuild. */
export function lanOffice(opts: { collective?: boolean } = {}) {
  const ctx = officeAfterSetup(SCHOOLS);
  const lan = { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[0].name, [Q.individualName]: LAN };
  const sent = ctx.emu.forms.submitAsUser(ctx.formId, lan, { email: SCHOOLS[0].emails[0] });
  ctx.emu.clock.advance(60_000);
  if (opts.collective) {
    ctx.emu.forms.submitAsUser(ctx.formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[1].name, [Q.collectiveName]: 'Tổ Toán' }, { email: SCHOOLS[1].emails[0] });
    ctx.emu.clock.advance(60_000);
  }
  rebuild(ctx);
  return Object.assign(ctx, { lan, sent });
}

/** A council's minute typed into "Ghi chú": paragraphs and indented sub-lines (review notes63 N1). */
export const MINUTE = [
  'Biên bản họp Hội đồng ngày 12/6:',
  '',
  '1. Hồ sơ đủ minh chứng.',
  '   a) Sáng kiến đã được công nhận.',
  '   b) Cần bản sao quyết định.',
  '',
  '2. Đề nghị Bằng khen.',
  '    - Chị Hà theo dõi.',
].join('\n');
