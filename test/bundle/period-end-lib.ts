// Helpers of the tests of "Kết thúc giai đoạn…" (close-period, rev-d61a, rev-d61c): an office set up in 2024 whose clock
// has moved on to the day it ends its period, and the item chosen from the menu.
import { Q } from '../../src/core/registration-form';
import { VIEW_TAB } from '../../src/core/messages';
import { SCHOOLS, collectiveAnswers, individualAnswers, officeAfterSetup, recordsOf, setConfigValues } from './helpers';

export type Office = ReturnType<typeof officeAfterSetup>;
export type Emu = Office['emu'];

/** Today, in the brief: the 2021–2025 period is over, the 2026–2030 one runs in another spreadsheet. */
// The end is chosen in December of the period's last year: what arrives after it through a form nobody ended is no
// longer the period's (config.ts periodOverFrom; this office is a district office, whose period has no closing quarter),
// which these tests are not about.
export const END_DAY = new Date(2025, 11, 5, 9, 0, 0);
export const DAY = 24 * 3600_000;

/** The office set up in 2024 with two registrations answered, its clock moved on to the day it ends the period. */
export function lateOffice(make: () => Office = () => officeAfterSetup(SCHOOLS)): Office {
  const o = make();
  o.emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[0].name }, { email: SCHOOLS[0].emails[0] });
  o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[1].name }, { email: SCHOOLS[1].emails[0] });
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  // Moved on without running two years of nightly triggers (each would fire once, late: not what these tests are about).
  o.emu.clock.set(END_DAY.getTime());
  return o;
}

/** "Kết thúc giai đoạn…" chosen from the menu, its question answered `answer`. */
export function endPeriod(o: Office, answer: 'YES' | 'NO' = 'YES'): void {
  o.emu.spreadsheets.active.answers.push(answer);
  o.bundle.call('endPeriod', undefined, { kind: 'menu' });
}

/**
 * An office whose "Kết thúc giai đoạn…" (answered "Có") was cut off — as Apps Script stops an execution — at its second
 * deletion of a trigger: the forms closed, the end recorded "closing", the triggers from the second on left. Where the
 * run is cut is learnt from the same run in a twin office (a failed deletion alone no longer stops it: strict2 Q1).
 */
export function endCutOff(make: () => Office = lateOffice): Office {
  const twin = make();
  twin.emu.runtime.trace = [];
  endPeriod(twin);
  const at = twin.emu.runtime.trace.map((name, i) => (name === 'ScriptApp.deleteTrigger' ? i : -1)).filter((i) => i >= 0)[1];
  if (at === undefined) throw new Error('the twin end deleted fewer than two triggers');
  const o = make();
  o.emu.runtime.killAtCall(at + 1);
  let cut = false;
  try {
    endPeriod(o);
  } catch {
    cut = true;
  }
  if (!cut) throw new Error('the end was not cut off');
  o.emu.runtime.clearFaults();
  return o;
}

/** The schools' views the office's records know, by key ("S:" and the school's code). */
export const viewLedger = (o: Office) => new Map([...recordsOf(o.emu, 'views.v.')].map(([k, v]) => [k.slice('views.v.'.length), JSON.parse(v) as { id: string }]));
/** All the text of a school's view (its code), cell after cell. */
export const viewText = (o: Office, code: string) => o.emu.spreadsheets.values(VIEW_TAB, viewLedger(o).get(`S:${code}`)!.id).flat().map(String).join('\n');
/** A link to one of the forms. */
export const FORM_LINK = /https?:\/\/\S*forms/;

/** The office's "Cập nhật tổng hợp" from the menu. */
export const rebuild = (o: Office) => o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });

/** lateOffice with the schools' views on (and a contact), made by a rebuild. */
export function officeWithViews(): Office {
  const o = lateOffice();
  setConfigValues(o.emu, { 'schoolViews.enabled': 'Có', 'schoolViews.contact': 'Bà Nguyễn Thị Lan, 0912 000 111' });
  rebuild(o);
  return o;
}
