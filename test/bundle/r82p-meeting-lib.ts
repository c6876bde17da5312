// The council's tab of the r82p meeting-time tests: an office after Thiết lập with "Người ký tờ trình" filled, one
// teacher registered and marked «Đề nghị khen», and the tab typed with "Thời gian họp" as the test gives it (the row
// "Ngày họp" holds today); then the documents are made. Returns the Biên bản's "Thời gian" line and all documents' text.
import { Q, RATING_CHOICES, schoolYearRow } from '../../src/core/registration-form';
import { markNominees, reviewNames } from '../../scripts/documents';
import { typeIntoTab } from '../../scripts/user';
import { COUNCIL_FIELDS, COUNCIL_MEMBERS_HEADER, COUNCIL_TAB, COUNCIL_VOTES_HEADER } from '../../src/core/messages/proposals';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

type Office = ReturnType<typeof officeAfterSetup>;

/**
 * `time(day)`: the "Thời gian họp" cell for today's day ("dd/MM/yyyy"); `afterTyping`: what Sheets does to the cell
 * once typed (a number format), and checks of what it stores, before the documents are made.
 */
export function bienBanTimeLine(time: (day: string) => unknown, afterTyping: (o: Office) => void): { timeLine: string; all: string; found: boolean } {
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
    [COUNCIL_FIELDS.time, time(day)],
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
  afterTyping(o);

  o.bundle.call('generateProposals', undefined, { kind: 'menu' });
  const docs = o.emu.docs.list().filter((x) => !x.trashed && !x.name.startsWith('Mẫu - '));
  const bienBan = docs.find((x) => x.name.startsWith('Biên bản'));
  const bb = bienBan ? o.emu.docs.text(bienBan.id).replace(/\r/g, '\n').replace(/\u00a0/g, ' ') : '';
  return {
    timeLine: bb.split('\n').find((l) => /Thời gian/i.test(l)) ?? '',
    all: docs.map((x) => o.emu.docs.text(x.id)).join('\n'),
    found: bienBan !== undefined,
  };
}
