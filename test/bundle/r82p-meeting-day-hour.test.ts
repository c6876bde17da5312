// "Thời gian họp" in the council's tab typed as a moment, "01/07/2024 14:00" (day and hour; the tab's own example is
// "14 giờ 00 phút, ngày 15/6/2028"). Sheets (vi_VN) and the emulation alike store a date and time (emulator/values.ts
// DATE_RE; src/core/table.ts REINTERPRETED). The council reader takes the cell's text as formatDate gives it
// (src/core/text.ts toText: the day only), so the hour is lost.
import { describe, expect, it } from 'vitest';
import { Q, RATING_CHOICES, schoolYearRow } from '../../src/core/registration-form';
import { markNominees, reviewNames } from '../../scripts/documents';
import { typeIntoTab } from '../../scripts/user';
import { COUNCIL_FIELDS, COUNCIL_MEMBERS_HEADER, COUNCIL_TAB, COUNCIL_VOTES_HEADER } from '../../src/core/messages/proposals';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

describe('r82p: the meeting\'s day and hour typed together in "Thời gian họp"', () => {
  it('the Biên bản keeps the hour: 14:00 on that day, not the day alone', () => {
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
      // The day and the hour, as a secretary types a moment: "15/06/2028 14:00".
      [COUNCIL_FIELDS.time, `${day} 14:00`],
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
    // Read by Sheets (and the emulation) as a date and time.
    expect(o.emu.spreadsheets.values(COUNCIL_TAB)[1][1]).toBeInstanceOf(Date);

    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const docs = o.emu.docs.list().filter((x) => !x.trashed && !x.name.startsWith('Mẫu - '));
    const bienBan = docs.find((x) => x.name.startsWith('Biên bản'));
    expect(bienBan).toBeDefined();
    const bb = o.emu.docs.text(bienBan!.id).replace(/\r/g, '\n').replace(/\u00a0/g, ' ');
    const timeLine = bb.split('\n').find((l) => /Thời gian/i.test(l)) ?? '';
    // Now "- Thời gian: <the day>.": the hour the Council met is gone from its record.
    expect(timeLine).toMatch(/14/);
  });
});
