// The office of review r66g (a school's address replaced in "Đơn vị") and of review d67 #3 (its register lost after):
// Hòa Bình's teacher sent from the school's address and again from a personal one, the address replaced, what the
// preview proposes.
import { expect } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { PROPOSAL_BLOCKED } from '../../src/core/messages';
import { typeCell } from '../../scripts/user';
import { SCHOOLS, alertsShown, individualAnswers, officeAfterSetup } from './helpers';

export type Ctx = ReturnType<typeof officeAfterSetup>;
export const REVIEW = 'Thẩm định';

export function table(ctx: Ctx, tab: string): Record<string, unknown>[] {
  const values = ctx.emu.spreadsheets.values(tab);
  const header = values[0] as string[];
  return values.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}


export const rebuild = (ctx: Ctx) => ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });

/**
 * An office where Hòa Bình's teacher is registered from the school's address, then again a minute later from a personal
 * address no row of "Đơn vị" lists; a rebuild. The codes of the two, the school's first.
 */
export function sentTwice() {
  const ctx = officeAfterSetup();
  const school = SCHOOLS[1];
  const teacher = { ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: 'Nguyễn Thị Lan' };
  ctx.emu.clock.advance(60_000);
  const sent = ctx.emu.forms.submitAsUser(ctx.formId, teacher, { email: school.emails[0] });
  ctx.emu.clock.advance(60_000);
  ctx.emu.forms.submitAsUser(ctx.formId, teacher, { email: 'ai.do@gmail.com' });
  rebuild(ctx);
  const codes = table(ctx, REVIEW).filter((r) => r['Tên'] === 'Nguyễn Thị Lan').map((r) => String(r['Mã phiếu'])).sort();
  expect(codes).toHaveLength(2);
  const [fromSchool, fromOutside] = codes;
  return { ctx, school, teacher, sent, fromSchool, fromOutside };
}

/** The clerk types a new address over the school's one in "Đơn vị". */
export function replaceAddress(ctx: Ctx, school: (typeof SCHOOLS)[number]): void {
  const dir = ctx.emu.spreadsheets.values('Đơn vị');
  const header = dir[0] as string[];
  typeCell(ctx.emu, 'Đơn vị', dir.findIndex((r) => r[header.indexOf('Tên đơn vị')] === school.name) + 1, header.indexOf('Email') + 1, 'truongmoi@example.edu.vn');
}

export function previewNominees(ctx: Ctx): string[] {
  const before = alertsShown(ctx.emu).length;
  ctx.bundle.call('previewProposals', undefined, { kind: 'menu' });
  if (alertsShown(ctx.emu).slice(before).some((a) => a.startsWith(PROPOSAL_BLOCKED.head))) return [];
  const values = ctx.emu.spreadsheets.values('Đề nghị khen thưởng');
  const header = values.findIndex((r) => r[0] === 'STT');
  const col = (values[header] as string[]).indexOf('Mã phiếu');
  return values.slice(header + 1).map((r) => String(r[col])).filter((id) => /^DK-/.test(id));
}
