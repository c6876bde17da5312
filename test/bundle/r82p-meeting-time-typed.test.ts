// "Thời gian họp" typed "14:00" in the council's tab (its own row "Ngày họp" holds the day, so the secretary writes the
// hour alone). A vi_VN Sheet reads "14:00" as a time of day (the project's own rule, src/core/table.ts REINTERPRETED:
// "\d{1,2}:\d{2}" is text "Sheets would turn into a number, percentage, boolean or date when typed"; review r80f:
// emulator/values.ts interpretInput "does not read … times"). The emulation keeps "14:00" as text; this test types what
// Sheets stores instead: the time 14:00, a Date of 30/12/1899 (Sheets' day zero) shown "14:00".
import { describe, expect, it } from 'vitest';
import { Q, RATING_CHOICES, schoolYearRow } from '../../src/core/registration-form';
import { markNominees, reviewNames } from '../../scripts/documents';
import { typeIntoTab } from '../../scripts/user';
import { COUNCIL_FIELDS, COUNCIL_MEMBERS_HEADER, COUNCIL_TAB, COUNCIL_VOTES_HEADER } from '../../src/core/messages/proposals';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

describe('r82p: the meeting\'s hour typed "14:00" in the council\'s tab', () => {
  it('the Biên bản says the meeting was at 14:00 on its day, never "30/12/1899"', () => {
    const o = officeAfterSetup(SCHOOLS);
    const cfgRows = o.emu.spreadsheets.values('Cấu hình');
    const signerRow = cfgRows.findIndex((r) => r[0] === 'Người ký tờ trình') + 1;
    o.emu.runtime.execute(() => o.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Cấu hình')!.getRange(signerRow, 2).setValue('Trần Văn Minh'), { kind: 'node' });
    o.emu.forms.submitAsUser(
      o.formId,
      {
        ...individualAnswers('teacher'),
        [Q.school]: SCHOOLS[0].name,
        [Q.individualName]: 'Nguyễn Thị An',
        [Q.birthYear]: '1980',
        [Q.individualRatings]: Object.fromEntries([2021, 2022, 2023, 2024].map((y) => [schoolYearRow(y), y >= 2024 ? RATING_CHOICES.none : RATING_CHOICES.excellent])),
        [Q.summary]: 'Đổi mới phương pháp dạy học, lan tỏa cách làm hay trong tổ.',
      } as never,
      { email: SCHOOLS[0].emails[0] },
    );
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const [a] = markNominees(o.emu, 1);
    const byName = reviewNames(o.emu);
    const d0 = o.emu.clock.date();
    const day = `${String(d0.getDate()).padStart(2, '0')}/${String(d0.getMonth() + 1).padStart(2, '0')}/${d0.getFullYear()}`;
    const rows: unknown[][] = [
      [COUNCIL_TAB],
      // What Sheets stores for "14:00" typed: a time (below, shown "14:00" as typed).
      [COUNCIL_FIELDS.time, new Date(1899, 11, 30, 14, 0, 0)],
      [COUNCIL_FIELDS.place, 'Phòng họp tầng 2'],
      [COUNCIL_FIELDS.date, day],
      [COUNCIL_FIELDS.chair, 'Trần Văn Minh'],
      [COUNCIL_FIELDS.chairTitle, 'Trưởng phòng, Chủ tịch Hội đồng'],
      [COUNCIL_FIELDS.secretary, 'Đặng Văn Long'],
      [COUNCIL_FIELDS.threshold, '50%'],
      [],
      [...COUNCIL_MEMBERS_HEADER],
      ['Trần Văn Minh', 'Trưởng phòng, Chủ tịch Hội đồng', 'Có', ''],
      ['Lê Minh Tuấn', 'Chuyên viên, Ủy viên', 'Có', ''],
      ['Đặng Văn Long', 'Chuyên viên, Thư ký Hội đồng', 'Có', ''],
      [],
      [...COUNCIL_VOTES_HEADER],
      [a, byName.get(a), '3', '0', ''],
    ];
    o.emu.runtime.execute(() => o.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(COUNCIL_TAB)!.clearContents(), { kind: 'node' });
    typeIntoTab(o.emu, COUNCIL_TAB, rows);
    o.emu.runtime.execute(() => void o.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(COUNCIL_TAB)!.getRange(2, 2).setNumberFormat('H:mm'), { kind: 'node', label: 'Sheets formats a typed time' });
    expect(o.emu.spreadsheets.values(COUNCIL_TAB)[1][1]).toBeInstanceOf(Date);

    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const docs = o.emu.docs.list().filter((x) => !x.trashed && !x.name.startsWith('Mẫu - '));
    const bienBan = docs.find((x) => x.name.startsWith('Biên bản'));
    expect(bienBan).toBeDefined();
    const bb = o.emu.docs.text(bienBan!.id).replace(/\r/g, '\n').replace(/\u00a0/g, ' ');
    const timeLine = bb.split('\n').find((l) => /Thời gian/i.test(l)) ?? '';
    const all = docs.map((x) => o.emu.docs.text(x.id)).join('\n');
    expect(all).not.toContain('1899');
    expect(timeLine).toMatch(/14/);
  });
});
