// Review d82a F1: a time typed alone in a file that is not in Việt Nam's time zone. The product keeps a file in use in
// the zone it has (Thiết lập only tells the office: time-zone.test.ts) and reads typed dates "as the day their cells
// show" (src/gas/time-zone.ts shownDates). A time typed alone is now a Date on Sheets' day zero, 30/12/1899 (f82c), a
// day on which zones that share Việt Nam's offset today had other local mean times (Asia/Bangkok +6:42:04 in 1899,
// Việt Nam +7:06:30 in the tz database Node uses): moved onto the script's clock by today's kind of offset (whole minutes), the time the office typed
// comes out minutes and seconds off. The office typed "14:00" and "8:00"; the documents and messages must say so.
import { describe, expect, it } from 'vitest';
import { configLabel } from '../../src/core/messages';
import { Q } from '../../src/core/registration-form';
import { COUNCIL_FIELDS, COUNCIL_TAB } from '../../src/core/messages/proposals';
import { chooseLevels, holdCouncilMeeting, markNominees, reviewNames } from '../../scripts/documents';
import { SCHOOLS, collectiveAnswers, individualAnswers, officeAfterSetup } from './helpers';

type Office = ReturnType<typeof officeAfterSetup>;
const ZONE = 'Asia/Bangkok';

/** The office types `text` into column B of the row labelled `label` of `tab`, as a person types it (Sheets reads it). */
function typeBeside(o: Office, tab: string, label: string, text: string): void {
  const row = (o.emu.spreadsheets.values(tab) as unknown[][]).findIndex((r) => r[0] === label) + 1;
  expect(row).toBeGreaterThan(0);
  o.emu.runtime.execute(() => void o.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(tab)!.getRange(row, 2).setValue(text), { kind: 'node', label: 'user typing' });
}

describe(`d82a F1: a time typed alone in a file in use left in ${ZONE}`, () => {
  it('the Biên bản says the meeting was at 14:00, as "Thời gian họp" shows', () => {
    const o = officeAfterSetup(SCHOOLS);
    const coll = (i: number) => ({ ...collectiveAnswers(), [Q.school]: SCHOOLS[i].name, [Q.collectiveName]: `Tổ chuyên môn số ${i + 1}` });
    for (let i = 0; i < 2; i++) o.emu.forms.submitAsUser(o.formId, coll(i) as never, { email: SCHOOLS[i].emails[0] });
    o.emu.spreadsheets.active!.changeTimeZone(ZONE);
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const ids = markNominees(o.emu, Infinity);
    chooseLevels(o.emu, ids, 1);
    holdCouncilMeeting(o.emu, ids, reviewNames(o.emu), 0); // "Ngày họp" 01/07/2024
    typeBeside(o, COUNCIL_TAB, COUNCIL_FIELDS.time, '14:00');
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const bienBan = o.emu.docs.list().find((d) => !d.trashed && d.name.startsWith('Biên bản'));
    expect(bienBan).toBeDefined();
    const line = o.emu.docs.text(bienBan!.id).replace(/\u00a0/g, ' ').split('\n').find((l) => /Thời gian:/.test(l));
    expect(line).toBe('- Thời gian: 14:00 ngày 01/07/2024.');
  });

  it('"Giờ gửi thư tổng hợp" typed "8:00" is 8 o\'clock, with no note on minutes the office never typed', () => {
    const o = officeAfterSetup(SCHOOLS);
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[0].name, [Q.individualName]: 'Nguyễn Văn An' } as never, { email: SCHOOLS[0].emails[0] });
    o.emu.spreadsheets.active!.changeTimeZone(ZONE);
    typeBeside(o, 'Cấu hình', configLabel('mail.digestHour'), '8:00');
    o.bundle.call('setup', undefined, { kind: 'menu' });
    const hours = o.emu.triggers.triggers.filter((t) => t.handler === 'sendWeeklyDigest').map((t) => (t as unknown as { clock?: { atHour?: number } }).clock?.atHour);
    const log = o.emu.spreadsheets.sheet('Nhật ký lỗi') ? (o.emu.spreadsheets.values('Nhật ký lỗi') as unknown[][]).map((r) => r.map(String).join(' | ')) : [];
    const alerts = o.emu.spreadsheets.ui.map((u) => u.message).join('\n').split('\n');
    const said = [...log, ...alerts].filter((l) => l.includes(configLabel('mail.digestHour')));
    expect({ hours, said }).toEqual({ hours: [8], said: [] });
  });
});
