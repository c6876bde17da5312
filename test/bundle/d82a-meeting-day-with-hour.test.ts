// Review d82a F5: f82c made "Thời gian họp" typed with day and hour print both («14:00 ngày 01/07/2024», review r82p
// F3), but not the same moment typed into the row beside it. A secretary who leaves "Thời gian họp" empty and types
// "01/07/2024 14:00" into "Ngày họp" (a day and hour to Sheets: a Date) gets a Biên bản whose «- Thời gian: 01/07/2024.»
// has lost the hour, and no note says so: the council's day alone is read from "Ngày họp" (src/core/council.ts
// parseCouncil: `c.date = dateText(v)`), and the Biên bản prints `c.time || c.date` (src/core/proposals.ts).
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { COUNCIL_FIELDS, COUNCIL_TAB } from '../../src/core/messages/proposals';
import { chooseLevels, holdCouncilMeeting, markNominees, reviewNames } from '../../scripts/documents';
import { SCHOOLS, collectiveAnswers, officeAfterSetup } from './helpers';

describe('d82a F5: "Ngày họp" typed "01/07/2024 14:00", "Thời gian họp" left empty', () => {
  it('the Biên bản keeps the hour typed', () => {
    const o = officeAfterSetup(SCHOOLS);
    const coll = (i: number) => ({ ...collectiveAnswers(), [Q.school]: SCHOOLS[i].name, [Q.collectiveName]: `Tổ chuyên môn số ${i + 1}` });
    for (let i = 0; i < 2; i++) o.emu.forms.submitAsUser(o.formId, coll(i) as never, { email: SCHOOLS[i].emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const ids = markNominees(o.emu, Infinity);
    chooseLevels(o.emu, ids, 1);
    holdCouncilMeeting(o.emu, ids, reviewNames(o.emu), 0); // the clock's day, 01/07/2024
    const values = o.emu.spreadsheets.values(COUNCIL_TAB) as unknown[][];
    const type = (label: string, text: string) => {
      const row = values.findIndex((r) => r[0] === label) + 1;
      o.emu.runtime.execute(() => void o.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(COUNCIL_TAB)!.getRange(row, 2).setValue(text), { kind: 'node', label: 'user typing' });
    };
    type(COUNCIL_FIELDS.time, '');
    type(COUNCIL_FIELDS.date, '01/07/2024 14:00');
    expect(o.emu.spreadsheets.values(COUNCIL_TAB)[values.findIndex((r) => r[0] === COUNCIL_FIELDS.date)][1]).toBeInstanceOf(Date);
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const bienBan = o.emu.docs.list().find((d) => !d.trashed && d.name.startsWith('Biên bản'));
    expect(bienBan).toBeDefined();
    const line = o.emu.docs.text(bienBan!.id).replace(/\u00a0/g, ' ').split('\n').find((l) => /Thời gian:/.test(l)) ?? '';
    expect(line).toContain('14:00');
    expect(line).toContain('01/07/2024');
  });
});
