// "Thiết lập" through the bundle: idempotent, and it follows the directory.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { typeIntoTab } from '../../scripts/season';
import { SCHOOLS, collectiveAnswers, directoryRows, officeAfterSetup } from './helpers';

function count<T>(list: T[], pred: (x: T) => boolean): number {
  return list.filter(pred).length;
}

describe('setup', () => {
  it('run three times leaves one form of each kind, one trigger of each kind and one of each tab', () => {
    const { emu, bundle } = officeAfterSetup();
    const uids = () => emu.triggers.of().map((t) => t.uid).sort();
    const first = uids();
    bundle.call('setup', undefined, { kind: 'menu' });
    bundle.call('setup', undefined, { kind: 'menu' });
    // The same triggers, kept (not deleted and made again): their event types compared as Apps Script's enum values.
    expect(uids()).toEqual(first);
    const titles = [...emu.forms.forms.values()].map((f) => f.title);
    expect(titles).toHaveLength(2);
    expect(count(titles, (t) => t.startsWith('Đăng ký'))).toBe(1);
    expect(count(titles, (t) => t.startsWith('Báo cáo'))).toBe(1);
    const triggers = emu.triggers.of();
    expect(triggers.map((t) => `${t.handler}:${t.eventType}`).sort()).toEqual([
      'onFormSubmit:ON_FORM_SUBMIT',
      'rebuildSummaries:CLOCK',
      'sendReminders:CLOCK',
      'sendWeeklyDigest:CLOCK',
    ]);
    const names = emu.spreadsheets.sheetNames();
    expect(new Set(names).size).toBe(names.length);
    for (const tab of ['Hướng dẫn', 'Cấu hình', 'Đơn vị', 'Tiêu chí', 'Phiếu đăng ký', 'Phiếu báo cáo', 'Kết quả kiểm tra', 'Tình trạng']) {
      expect(names).toContain(tab);
    }
    expect(emu.runtime.executions.every((x) => !x.error)).toBe(true);
  });

  it('a first run on an empty Sheet creates the office tabs with defaults and asks for the directory', () => {
    const { emu } = officeAfterSetup();
    const first = emu.spreadsheets.ui[0];
    expect(first.message).toContain('chưa có trường nào');
    expect(emu.spreadsheets.values('Cấu hình')[0]).toEqual(['Mục', 'Giá trị', 'Giải thích']);
    expect(emu.spreadsheets.values('Tiêu chí').length).toBeGreaterThan(10);
  });

  it('the form collects e-mails, allows edits, and lists the directory in the school dropdown', () => {
    const { emu, formId } = officeAfterSetup();
    const form = emu.forms.byId(formId)!;
    expect(form.collectEmail).toBe(true);
    expect(form.allowEdits).toBe(true);
    const school = form.itemByTitle(Q.school)!;
    expect(school.choices.map((c) => c.value)).toEqual(SCHOOLS.map((s) => s.name));
    expect(form.destination?.fileId).toBe(emu.spreadsheets.active.id);
  });

  it('after a directory change, setup updates the dropdown and keeps the responses already received', () => {
    const { emu, bundle, formId } = officeAfterSetup();
    const a = collectiveAnswers();
    emu.forms.submitAsUser(formId, a, { email: SCHOOLS[0].emails[0] });
    const before = emu.spreadsheets.values('Phiếu đăng ký');
    const added = { code: 'MN09', name: 'Trường Mầm non Sao Mai', level: 'Mầm non', ward: 'Phường Mới', cluster: 'Cụm 1', principal: 'Đỗ Thị Hạnh', emails: ['saomai@example.edu.vn'] };
    typeIntoTab(emu, 'Đơn vị', directoryRows([...SCHOOLS, added]));
    bundle.call('setup', undefined, { kind: 'menu' });
    const form = emu.forms.byId(formId)!;
    expect(form.itemByTitle(Q.school)!.choices.map((c) => c.value)).toContain('Trường Mầm non Sao Mai');
    expect(emu.spreadsheets.values('Phiếu đăng ký')).toEqual(before);
    emu.forms.submitAsUser(formId, { ...a, [Q.school]: 'Trường Mầm non Sao Mai' }, { email: 'saomai@example.edu.vn' });
    const results = emu.spreadsheets.values('Kết quả kiểm tra');
    expect(results).toHaveLength(3);
    expect(results[2][1]).toBe('Trường Mầm non Sao Mai');
  });
});
