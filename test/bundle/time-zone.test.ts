// A spreadsheet whose time zone is not the script's (Asia/Ho_Chi_Minh): Sheets keeps a typed date as midnight on the
// FILE's wall clock, and getValues gives that instant (review dates F1–F3). Thiết lập puts a file with no registration
// yet in Việt Nam's zone; a file changed to another zone later (File → Settings), or one already in use when Thiết lập
// finds it elsewhere, still has its typed dates read as the day their cells show.
import { describe, expect, it } from 'vitest';
import { FILE_TIME_ZONE, TAB, configLabel } from '../../src/core/messages';
import { Q } from '../../src/core/registration-form';
import { displayValue } from '../../emulator/values';
import { typeIntoTab } from '../../scripts/season';
import { chooseLevels, holdCouncilMeeting, markNominees, reviewNames } from '../../scripts/documents';
import { SCHOOLS, alertsShown, collectiveAnswers, individualAnswers, officeAfterSetup } from './helpers';

const school = SCHOOLS[0];
const teacher = (name: string) => ({ ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: name });
type Office = ReturnType<typeof officeAfterSetup>;
const file = (o: Office) => o.emu.spreadsheets.active!;
const logged = (o: Office) => (o.emu.spreadsheets.values('Nhật ký lỗi') as unknown[][]).slice(1).map((r) => String(r[2]));

/** The office types the closing day of registration into "Cấu hình", as text Sheets turns into a date. */
function typeClosingDay(o: Office, day: string): void {
  const rows = (o.emu.spreadsheets.values('Cấu hình') as unknown[][]).map((r) => r.map(String));
  rows.find((r) => r[0] === configLabel('milestone.DANG-KY-DONG'))![1] = day;
  typeIntoTab(o.emu, 'Cấu hình', rows);
}

describe('Thiết lập and the file’s time zone', () => {
  it('a new file in another zone is put in Việt Nam’s, and the office is told which zone it was in', () => {
    const o = officeAfterSetup(SCHOOLS, { timeZone: 'America/Los_Angeles' });
    expect(file(o).timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(alertsShown(o.emu)[0]).toContain(FILE_TIME_ZONE.set('America/Los_Angeles'));
    expect(logged(o)).toContain(FILE_TIME_ZONE.set('America/Los_Angeles'));
    // A submission at 00:30 on 01/06 is late, and its row shows the time it was sent, on the same day.
    o.emu.forms.submitAsUser(o.formId, teacher('Trần Trễ Hạn'), { email: school.emails[0], at: new Date(2024, 6, 2, 0, 30, 0) });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const v = o.emu.spreadsheets.values('Kết quả kiểm tra') as unknown[][];
    const r = v.findIndex((row) => row.includes('Trần Trễ Hạn'));
    const c = v[0].indexOf('Thời điểm gửi');
    expect(displayValue(o.emu.spreadsheets.sheet('Kết quả kiểm tra')!.cell(r + 1, c + 1), file(o).timeZone)).toBe('02/07/2024 00:30:00');
  });

  it('a file in use is left in its zone (the times Forms wrote would shift), and the office is told', () => {
    const o = officeAfterSetup(SCHOOLS);
    o.emu.forms.submitAsUser(o.formId, teacher('Nguyễn Văn A'), { email: school.emails[0] });
    file(o).changeTimeZone('Asia/Singapore');
    const stamp = (o.emu.spreadsheets.values(TAB.registrations) as unknown[][])[1][0];
    o.bundle.call('setup', undefined, { kind: 'menu' });
    expect(file(o).timeZone).toBe('Asia/Singapore');
    expect(alertsShown(o.emu).at(-1)).toContain(FILE_TIME_ZONE.kept('Asia/Singapore'));
    expect(logged(o)).toContain(FILE_TIME_ZONE.kept('Asia/Singapore'));
    const after = (o.emu.spreadsheets.values(TAB.registrations) as unknown[][])[1][0];
    expect((after as Date).getTime()).toBe((stamp as Date).getTime());
  });
});

describe('whether the file is in use is known by its data, not by the tool’s state (review diff36 M1)', () => {
  it('a file set up with no registration yet, then found in another zone, is put in Việt Nam’s', () => {
    const o = officeAfterSetup(SCHOOLS);
    file(o).changeTimeZone('America/Los_Angeles');
    o.bundle.call('setup', undefined, { kind: 'menu' });
    expect(file(o).timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(alertsShown(o.emu).at(-1)).toContain(FILE_TIME_ZONE.set('America/Los_Angeles'));
  });

  it('a file holding registrations whose state is forgotten (a copy) keeps its zone', () => {
    const o = officeAfterSetup(SCHOOLS);
    o.emu.forms.submitAsUser(o.formId, teacher('Nguyễn Văn A'), { email: school.emails[0] });
    file(o).changeTimeZone('America/Los_Angeles');
    o.emu.properties.script.delete('sheet.registration.id');
    o.bundle.call('setup', undefined, { kind: 'menu' });
    expect(file(o).timeZone).toBe('America/Los_Angeles');
  });
});

describe('a file changed to a zone east of Việt Nam’s after Thiết lập (Asia/Singapore, UTC+8)', () => {
  it('a day typed in "Cấu hình" is that day: a registration at 10:00 on the closing day is on time', () => {
    const o = officeAfterSetup(SCHOOLS, { now: new Date(2023, 4, 20, 8, 0, 0) });
    file(o).changeTimeZone('Asia/Singapore');
    typeClosingDay(o, '31/05/2023');
    o.emu.forms.submitAsUser(o.formId, teacher('Nguyễn Đúng Hạn'), { email: school.emails[0], at: new Date(2023, 4, 31, 10, 0, 0) });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const mail = o.emu.mail.to(school.emails[0]).find((m) => m.subject.includes('Đã nhận phiếu'))!;
    expect(mail.body).not.toContain('sau thời hạn đăng ký');
    const row = (o.emu.spreadsheets.values('Kết quả kiểm tra') as unknown[][]).find((r) => r.includes('Nguyễn Đúng Hạn'))!;
    expect(row.join(' ')).not.toContain('sau thời hạn đăng ký');
    // One a day later is late, by the day typed.
    o.emu.forms.submitAsUser(o.formId, teacher('Trần Trễ Hạn'), { email: school.emails[0], at: new Date(2023, 5, 1, 10, 0, 0) });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const late = (o.emu.spreadsheets.values('Kết quả kiểm tra') as unknown[][]).find((r) => r.includes('Trần Trễ Hạn'))!;
    expect(late.join(' ')).toContain('sau thời hạn đăng ký (31/05/2023)');
  });

  it('the reminders name the closing day typed', () => {
    const o = officeAfterSetup(SCHOOLS, { now: new Date(2023, 4, 10, 8, 0, 0) });
    file(o).changeTimeZone('Asia/Singapore');
    typeClosingDay(o, '31/05/2023');
    o.emu.triggers.runDueTimeTriggers(new Date(2023, 4, 30, 12, 0, 0));
    const subjects = o.emu.mail.sent.map((m) => m.subject).filter((s) => /Nhắc hạn/.test(s));
    expect(subjects.length).toBeGreaterThan(0);
    expect(subjects.join('\n')).toContain('31/05/2023');
    expect(subjects.join('\n')).not.toContain('30/05/2023');
  });

  it('the council’s meeting day typed in its tab is the day the documents print', () => {
    const o = officeAfterSetup(SCHOOLS);
    file(o).changeTimeZone('Asia/Singapore');
    const coll = (i: number) => ({ ...collectiveAnswers(), [Q.school]: SCHOOLS[i].name, [Q.collectiveName]: `Tổ chuyên môn số ${i + 1}` });
    for (let i = 0; i < 2; i++) o.emu.forms.submitAsUser(o.formId, coll(i) as never, { email: SCHOOLS[i].emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const ids = markNominees(o.emu, Infinity);
    chooseLevels(o.emu, ids, 1);
    holdCouncilMeeting(o.emu, ids, reviewNames(o.emu), 0); // "Ngày họp" typed as the clock's day, 01/07/2024
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const texts = o.emu.docs
      .list()
      .filter((d) => !d.trashed && !d.name.startsWith('Mẫu - '))
      .map((d) => o.emu.docs.text(d.id).replace(/\u00a0/g, ' '))
      .join('\n');
    expect(texts).toContain('ngày 01 tháng 7 năm 2024');
    expect(texts).not.toContain('30 tháng 6 năm 2024');
  });
});
