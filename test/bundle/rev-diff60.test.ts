// Review diff60 (68b94d7..HEAD): the forms looked for in Drive once a day (src/gas/forms.ts formsAbsent) and the mark
// of a run's start (src/gas/health.ts markRunStarted), in the office's emulation ('vi').
import { describe, expect, it } from 'vitest';
import { SCHOOLS, collectiveAnswers, officeAfterSetup } from './helpers';

type Office = ReturnType<typeof officeAfterSetup>;

const HEALTH = 'Tình trạng';
const LOG = 'Nhật ký lỗi';
const DAY = 24 * 3600_000;

const healthLine = (o: Office, job: string) => o.emu.spreadsheets.values(HEALTH).find((r) => r[0] === job)?.map(String) ?? [];
const logLines = (o: Office) => (o.emu.spreadsheets.sheetNames().includes(LOG) ? o.emu.spreadsheets.values(LOG).slice(1).map((r) => `${r[1]} | ${r[2]}`) : []);
const trash = (o: Office, on: boolean) =>
  o.emu.runtime.execute(() => o.emu.globals.DriveApp.getFileById(o.formId).setTrashed(on), { kind: 'node', label: 'office staff' });
const trashedLines = (o: Office) => logLines(o).filter((l) => /Biểu mẫu đăng ký “[^”]+” đang nằm trong thùng rác/.test(l));

/** The office types a setting into "Cấu hình" (column B of the row whose column A is its name). */
function setConfig(o: Office, label: string, value: string): void {
  const rows = o.emu.spreadsheets.values('Cấu hình');
  const row = rows.findIndex((r) => r[0] === label) + 1;
  expect(row).toBeGreaterThan(0);
  o.emu.runtime.execute(() => o.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Cấu hình')!.getRange(row, 2).setValue(value), { kind: 'node' });
}

describe('the forms looked for in Drive once a day (formsAbsent)', () => {
  it('a form put in the trash is told once: a second Cập nhật tổng hợp the same day (the menu) neither forgets it in Tình trạng nor makes the next night log it again', () => {
    const o = officeAfterSetup(SCHOOLS);
    o.emu.forms.submitAsUser(o.formId, collectiveAnswers() as never, { email: SCHOOLS[0].emails[0] });
    o.emu.clock.advance(DAY);
    trash(o, true);
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(trashedLines(o)).toHaveLength(1);
    expect(healthLine(o, 'Cập nhật tổng hợp')[2]).not.toBe('Thành công');
    // Later that day the office chooses Cập nhật tổng hợp: the form is still in the trash.
    o.emu.clock.advance(3 * 3600_000);
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(healthLine(o, 'Cập nhật tổng hợp')[2]).not.toBe('Thành công');
    // The next night: still in the trash, already told.
    o.emu.clock.advance(DAY - 3 * 3600_000);
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(trashedLines(o)).toHaveLength(1);
  });

  it('"Ngày kiểm tra" fixed in Cấu hình: the forms are still looked for each day (the day of the checks is not the day of the clock)', () => {
    const o = officeAfterSetup(SCHOOLS);
    const d = o.emu.clock.date();
    const dd = (n: number) => String(n).padStart(2, '0');
    setConfig(o, 'Ngày kiểm tra', `${dd(d.getDate())}/${dd(d.getMonth() + 1)}/${d.getFullYear()}`);
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    o.emu.clock.advance(DAY);
    trash(o, true);
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(trashedLines(o)).toHaveLength(1);
  });

  it('a Drive error on the form found (isTrashed) does not stop the nightly Cập nhật tổng hợp: a passing failure is not gone', () => {
    const o = officeAfterSetup(SCHOOLS);
    o.emu.clock.advance(DAY);
    o.emu.runtime.failOn('File.isTrashed', 1, 'Service error: Drive');
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    o.emu.runtime.clearFaults();
    expect(healthLine(o, 'Cập nhật tổng hợp')[2]).not.toBe('Lỗi');
    expect(logLines(o).join('\n')).not.toMatch(/không mở được biểu mẫu/);
  });

  it('a form Thiết lập made anew after the old one was deleted: one failed lookup of the new form is not "two days in a row"', () => {
    const o = officeAfterSetup(SCHOOLS);
    o.emu.forms.submitAsUser(o.formId, collectiveAnswers() as never, { email: SCHOOLS[0].emails[0] });
    const old = o.formId;
    o.emu.forms.forms.delete(old);
    o.emu.clock.advance(DAY);
    // Day 1: the old form cannot be opened (once: not told yet); the office runs Thiết lập, which makes a new form.
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    o.bundle.call('setup', undefined, { kind: 'menu' });
    const made = o.emu.runtime.execute(() => o.emu.globals.PropertiesService.getScriptProperties().getProperty('form.registration.id'), { kind: 'node' });
    expect(made).not.toBe(old);
    // Day 2: Drive fails once on the new form (a passing failure): the first failure for this form.
    o.emu.clock.advance(DAY);
    o.emu.runtime.failOn('DriveApp.getFileById', 1, 'Service error: Drive');
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    o.emu.runtime.clearFaults();
    expect(logLines(o).join('\n')).not.toMatch(/Hai ngày liền công cụ không mở được biểu mẫu đăng ký/);
  });
});

describe('a former installer\'s trigger that retires (review diff60 D6)', () => {
  it('puts back the mark of a run it found: a run that died goes on being shown, not cleared by the retiring run', () => {
    const o = officeAfterSetup(SCHOOLS);
    const A = o.emu.identity.activeUser;
    const B = 'canbo.moi@phonggd.example.vn';
    // The tool handed over: the forms, the templates and the file shared with B, who runs Thiết lập and says yes.
    const p = o.emu.properties.script;
    const ids = ['form.registration.id', 'form.report.id', ...[...p.keys()].filter((k) => k.startsWith('proposals.template.') && /^[\w-]{10,}$/.test(p.get(k) ?? ''))].map((k) => p.get(k)!);
    for (const id of ids) o.emu.sharing.acl(id)!.addEditor(B);
    o.emu.spreadsheets.active.acl.addEditor(B);
    o.emu.spreadsheets.active.answers.push('YES');
    o.emu.identity.activeUser = B;
    o.bundle.call('setup', undefined, { kind: 'menu' });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    // B's next rebuild dies at Google's limit: its mark stays, an hour old.
    const died = o.emu.clock.now() + 60_000;
    p.set('health:started:rebuildSummaries', String(died));
    o.emu.clock.advance(3600_000);
    // A's old nightly trigger fires, and retires.
    o.emu.identity.activeUser = A;
    const former = o.emu.triggers.triggers.find((t) => t.handler === 'rebuildSummaries' && t.owner === A)!;
    expect(former).toBeTruthy();
    o.bundle.call('rebuildSummaries', { triggerUid: former.uid }, { kind: 'timeTrigger' });
    expect(logLines(o).join('\n')).toContain('tự gỡ');
    expect(p.get('health:started:rebuildSummaries')).toBe(String(died));
    // The next redraw of "Tình trạng" (B's reminders) shows the rebuild that died.
    o.emu.identity.activeUser = B;
    o.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    expect(healthLine(o, 'Cập nhật tổng hợp')[2]).toBe('Lỗi');
  });
});
