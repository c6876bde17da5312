// Fix f83d of review r83q F2: a submission whose person another registration may be (the rebuild's "Có thể trùng người"
// rule, src/core/duplicates.ts markAlike), now or before its edit, takes the full run (src/jobs/intake.ts sharedPerson,
// from the register's column of persons). The cases the reviewer's test leaves open: the rule's other half (one name at
// one school, two birth years), a person who is no namesake answered alone at its usual cost, a register of the earlier
// layout, and a copied file's register forgetting the column.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { LEDGER_HEADERS, LEDGER_TAB, REVIEW_HEADERS } from '../../src/core/messages';
import { SUBJECT_KEYS } from '../../src/core/ledger';
import { SCHOOLS, forkOffice, individualAnswers, officeAfterSetup } from './helpers';

const [A, B, C] = SCHOOLS;
const teacher = (school: string, name: string, year = '1985') => ({ ...individualAnswers('teacher'), [Q.school]: school, [Q.individualName]: name, [Q.birthYear]: year }) as never;

function noteOf(o: ReturnType<typeof officeAfterSetup>, code: string): string {
  const v = o.emu.spreadsheets.values('Thẩm định');
  const h = v[0].map(String);
  return String(v.find((r) => r[0] === code)?.[h.indexOf(REVIEW_HEADERS.note)] ?? '');
}

/** Nguyễn Thị Hòa (1985) of Hoa Sen (DK-000002), Trần Văn Nam of Hòa Bình (DK-000003), a rebuild. */
function office() {
  const o = officeAfterSetup();
  o.emu.forms.submitAsUser(o.formId, teacher(A.name, 'Nguyễn Thị Hòa'), { email: A.emails[0] });
  o.emu.clock.advance(60_000);
  o.emu.forms.submitAsUser(o.formId, teacher(B.name, 'Trần Văn Nam'), { email: B.emails[0] });
  o.emu.clock.advance(60_000);
  o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  o.emu.clock.advance(3_600_000);
  return o;
}

/** The service calls of the submission `send` makes on a fork of `o`, with the fork. */
function cost(o: ReturnType<typeof office>, send: (f: ReturnType<typeof office>) => void) {
  const f = forkOffice(o);
  f.emu.runtime.resetCalls();
  send(f);
  const x = f.emu.runtime.executions.filter((e) => e.label === 'onFormSubmit').pop()!;
  expect(x.error).toBeFalsy();
  return { calls: x.calls, f };
}

function noteNowAndRebuilt(f: ReturnType<typeof office>, codes: string[]) {
  const now = codes.map((c) => noteOf(f, c));
  f.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  return { now, rebuilt: codes.map((c) => noteOf(f, c)) };
}

describe('a namesake checked against the register\'s column of persons (f83d, review r83q F2)', () => {
  it('one name sent again by its school with another birth year: both rows say they may be one person at once', () => {
    const o = office();
    o.emu.forms.submitAsUser(o.formId, teacher(A.name, 'Nguyễn Thị Hoà', '1958'), { email: A.emails[0] });
    const { now, rebuilt } = noteNowAndRebuilt(o, ['DK-000004', 'DK-000002']);
    expect(rebuilt[0]).toContain('Có thể trùng người với phiếu DK-000002');
    expect(rebuilt[1]).toContain('Có thể trùng người với phiếu DK-000004');
    expect(now).toEqual(rebuilt);
  });

  it('a person who is nobody\'s namesake is answered alone, at the cost of any other; a namesake takes the full run', () => {
    const o = office();
    const stranger = cost(o, (f) => f.emu.forms.submitAsUser(f.formId, teacher(C.name, 'Lê Văn Tám'), { email: C.emails[0] }));
    // The same name at another school with another birth year: not one person by the rule (nothing to say).
    const otherYear = cost(o, (f) => f.emu.forms.submitAsUser(f.formId, teacher(C.name, 'Nguyễn Thị Hòa', '1986'), { email: C.emails[0] }));
    const namesake = cost(o, (f) => f.emu.forms.submitAsUser(f.formId, teacher(C.name, 'Nguyễn Thị Hòa'), { email: C.emails[0] }));
    expect(otherYear.calls).toBe(stranger.calls);
    expect(namesake.calls).toBeGreaterThan(stranger.calls);
    for (const { f } of [stranger, otherYear]) {
      const { now, rebuilt } = noteNowAndRebuilt(f, ['DK-000004', 'DK-000002']);
      expect(now).toEqual(rebuilt);
    }
  });

  it('a register of the earlier layout (no column of persons): the first submission takes the full run, which writes the column', () => {
    const o = office();
    // As the earlier version left it: twelve columns, subjects of version 3.
    const values = o.emu.spreadsheets.values(LEDGER_TAB);
    const col = values[0].map(String).indexOf(LEDGER_HEADERS.person);
    expect(col).toBe(12);
    o.emu.runtime.execute(() => o.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(LEDGER_TAB)!.deleteColumns(col + 1, 1), { kind: 'node', label: 'earlier version' });
    o.emu.properties.script.set('ledger.subjects', '3');
    o.emu.forms.submitAsUser(o.formId, teacher(C.name, 'Nguyễn Thị Hòa'), { email: C.emails[0] });
    expect(o.emu.properties.script.get('ledger.subjects')).toBe(SUBJECT_KEYS);
    const register = o.emu.spreadsheets.values(LEDGER_TAB);
    expect(register[0].map(String)).toContain(LEDGER_HEADERS.person);
    expect(register.slice(1).filter((r) => String(r[col] ?? '') !== '').map((r) => r[0])).toEqual(['DK-000002', 'DK-000003', 'DK-000004']);
    const { now, rebuilt } = noteNowAndRebuilt(o, ['DK-000004', 'DK-000002']);
    expect(rebuilt[0]).toContain('Có thể trùng người với phiếu DK-000002');
    expect(now).toEqual(rebuilt);
  });
});
