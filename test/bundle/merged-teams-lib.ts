// Two schools' "Tổ Toán" and a merger (f80b, d80b, r80u): Quang Minh absorbed into Hòa Bình (r79m-lib), the merged
// school's new clerk editing registrations the former schools sent, through the edit links they handed her.
import { expect } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { typeCell } from '../../scripts/user';
import type { Emulator } from '../../emulator/index';
import { collectiveAnswers, decide } from './helpers';
import { previewNominees } from './r66g-lib';
import { HOA_BINH, QUANG_MINH, type reportOffice } from './r67r-lib';
import { MERGED, mergeQuangMinhIntoHoaBinh } from './r79m-lib';

export type Office = ReturnType<typeof reportOffice>;
/** The merged school's new clerk, added to its row of "Đơn vị". */
export const NEW_CLERK = 'van.thu@thcs-hoabinh.edu.vn';

/** A "Tổ Toán" of `school`, answered as a school does. */
export const team = (w: Office, school: string) => ({ ...collectiveAnswers(w.cfg), [Q.school]: school, [Q.collectiveName]: 'Tổ Toán' });
/** "Kết quả kiểm tra": each code's verdict. */
export const verdicts = (w: Office) => new Map(w.emu.spreadsheets.values('Kết quả kiểm tra').slice(1).map((r) => [String(r[0]), String(r[7])]));
/** The codes "Thẩm định" lists, sorted. */
export const codes = (w: Office) => w.emu.spreadsheets.values('Thẩm định').slice(1).map((r) => String(r[0])).sort();

/**
 * `email` edits response `responseId` of form `formId` through its edit link. The emulator keeps a response's address
 * when it is edited; another person's edit is given her address first, as Forms records whoever sends it.
 */
export function editAs(emu: Emulator, formId: string, responseId: string, email: string, answers: Record<string, unknown>): void {
  const response = emu.forms.byId(formId)!.responses.find((r) => r.id === responseId)!;
  response.email = email;
  emu.forms.submitAsUser(formId, answers as never, { email, editResponseId: responseId });
}

/** The "Đơn vị" row of `name` (its name or its code), its column `header` typed `value`. */
export function typeDirectory(emu: Emulator, name: string, header: string, value: string): void {
  const values = emu.spreadsheets.values('Đơn vị');
  const head = values[0].map(String);
  typeCell(emu, 'Đơn vị', values.findIndex((r) => String(r[1]) === name || String(r[0]) === name) + 1, head.indexOf(header) + 1, value);
}

/**
 * The council proposes the two registrations "Thẩm định" lists (both Đạt), and `rebuildAt`'s rebuild: their codes,
 * both in the preview.
 */
export function proposeBoth(w: Office, rebuildAt: Date): string[] {
  const both = codes(w);
  expect(both).toHaveLength(2);
  expect([...verdicts(w).values()]).toEqual(['Đạt', 'Đạt']);
  for (const code of both) decide(w.o, code, 'Đề nghị khen', 'Tập thể tiêu biểu.');
  w.rebuild(rebuildAt);
  expect(previewNominees(w.o).sort()).toEqual(both);
  return both;
}

/** The merger as the guide asks (r79m-lib) at `at`, the new clerk added to the merged row, Thiết lập, `rebuildAt`'s rebuild. */
export function mergeWithNewClerk(w: Office, at: Date, rebuildAt: Date): void {
  w.emu.clock.set(at);
  mergeQuangMinhIntoHoaBinh(w.emu);
  typeDirectory(w.emu, MERGED, 'Email', [...HOA_BINH.emails, ...QUANG_MINH.emails, NEW_CLERK].join('; '));
  w.bundle.call('setup', undefined, { kind: 'menu' });
  w.rebuild(rebuildAt);
  expect([...verdicts(w).values()]).toEqual(['Đạt', 'Đạt']);
}

/**
 * The new clerk corrects the phone number of the responses `first`, then `second`, on `day` (10:00, 11:00), choosing the
 * school as the form offers it (the merged name); the next morning's rebuild. The subjects of the mail sent meanwhile.
 */
export function newClerkCorrects(w: Office, first: string, second: string, day: Date): string[] {
  const sentBefore = w.emu.mail.sent.length;
  const at = (h: number) => new Date(day.getFullYear(), day.getMonth(), day.getDate(), h);
  w.emu.clock.set(at(10));
  editAs(w.emu, w.o.formId, first, NEW_CLERK, { ...team(w, MERGED), [Q.phone]: '0912 345 679' });
  w.emu.clock.set(at(11));
  editAs(w.emu, w.o.formId, second, NEW_CLERK, { ...team(w, MERGED), [Q.phone]: '0912 345 680' });
  w.rebuild(new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1, 7));
  expect(w.failures()).toEqual([]);
  return w.emu.mail.sent.slice(sentBefore).map((m) => m.subject);
}
