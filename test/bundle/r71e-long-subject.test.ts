// Review r71e: the product composes e-mail subjects longer than MailApp takes. Live, MailApp.sendEmail throws
// "Argument too large: subject" above 250 characters (see test/emulator/r71e-strict.test.ts for the sources); the
// emulation sends them, so no test sees the reminder fail. Here every subject the bundle hands to MailApp is recorded
// and none may be longer than 250 characters.
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index';
import { configToRows, defaultConfig, periodConfig } from '../../src/core/config';
import { makeDate } from '../../src/core/text';
import { mailTriggers } from '../../src/jobs/digest';
import { ensureTriggers } from '../../src/gas/triggers';
import { typeIntoTab } from '../../scripts/season';
import { SCHOOLS, bundleCode, directoryRows, officeEmulator, withGlobals, type TestSchool } from './helpers';

const DAY = 24 * 3600_000;
const at = (y: number, m: number, d: number, h = 9) => new Date(y, m - 1, d, h, 0, 0);

/** A school whose official name is long, as boarding schools' names are (a person's name, no place name). */
const LONG: TestSchool = { ...SCHOOLS[1], code: 'PTDTBT01', name: 'Trường Phổ thông Dân tộc Bán trú Tiểu học và Trung học cơ sở Nguyễn Văn Trỗi', emails: ['ptdtbt01@example.edu.vn'] };

describe('r71e: subjects the product hands to MailApp', () => {
  it('no reminder subject is longer than the 250 characters MailApp takes', () => {
    const start = at(2027, 5, 25, 8);
    const emu: Emulator = officeEmulator({ mailQuota: 1500, now: start });
    const bundle = emu.loadBundle(bundleCode());
    bundle.call('setup', undefined, { kind: 'menu' });
    const list = [SCHOOLS[0], LONG];
    typeIntoTab(emu, 'Đơn vị', directoryRows(list));
    const cfg = defaultConfig(start, periodConfig(2026, 2030));
    cfg.period.milestones.find((m) => m.id === 'DANG-KY-DONG')!.date = makeDate(2027, 5, 31);
    // The interim review on the day the six-monthly report is due (an office's own choice of date).
    cfg.period.milestones.find((m) => m.id === 'SO-KET')!.date = makeDate(2027, 6, 15);
    cfg.mail.reminderDaysBefore = [14, 3];
    typeIntoTab(emu, 'Cấu hình', configToRows(cfg));
    bundle.call('setup', undefined, { kind: 'menu' });
    withGlobals(emu, ['ScriptApp', 'PropertiesService'], () => ensureTriggers(null as never, mailTriggers(cfg)), 'setup (mail triggers)');
    for (let day = start.getTime(); day < at(2027, 6, 14, 0).getTime(); day += DAY) emu.triggers.runDueTimeTriggers(new Date(day + DAY));
    const subjects = emu.mail.sent.map((m) => m.subject);
    expect(subjects.length).toBeGreaterThan(0);
    expect(subjects.filter((s) => s.length > 250)).toEqual([]);
    // The long-named school is reminded, with the notice, under its own name (the subject cut in its middle), once.
    const long = emu.mail.sent.filter((m) => m.to.includes(LONG.emails[0]) && m.subject.includes('Chưa đạt yêu cầu đăng ký tối thiểu'));
    expect(long.map((m) => m.subject.endsWith(`… — ${LONG.name}`))).toEqual([true]);
    // "Hộp thư đi" keeps the subject as composed, whole.
    const row = emu.spreadsheets.values('Hộp thư đi').find((r) => String(r[3]).includes(LONG.emails[0]) && String(r[4]).includes('Chưa đạt yêu cầu đăng ký tối thiểu'));
    expect(String(row?.[4]).length).toBeGreaterThan(250);
    expect(String(row?.[5])).toBe('Đã gửi');
  });
});
