// Review of 2caf8c5: the new season's copy, cleaned as README "Sang giai đoạn mới" step 3 lists (which does not name
// "Các lần gửi phiếu"), its "Sổ mã phiếu" lost too — README: "mã mới vẫn lớn hơn mọi mã còn thấy trong bảng tính, không
// trùng". The kept "Các lần gửi phiếu" shows last season's codes, but is not among the tabs a lost register's counter is
// taken from (src/gas/ledger.ts TABS_SHOWING_CODES): a new person gets a code its lines already give another.
import { describe, expect, it } from 'vitest';
import { COPIED_FILE, COUNCIL_TAB, LEDGER_TAB, TAB, VERSIONS_TAB } from '../../src/core/messages';
import { SCHOOLS, individualAnswers, officeAfterSetup, copyOfOfficeFile } from './helpers';

const codesIn = (emu: { spreadsheets: { values(tab: string): unknown[][] } }, tab: string) =>
  emu.spreadsheets.values(tab).flat().filter((v): v is string => typeof v === 'string' && /^DK-\d+$/.test(v));

describe('versions (review): a new season\'s copy', () => {
  it('cleaned as README step 3 says, its register lost: no new code is one "Các lần gửi phiếu" already shows', async () => {
    const ctx = officeAfterSetup();
    const { emu, bundle } = ctx;
    const formId0 = emu.properties.script.get('form.registration.id')!;
    emu.forms.submitAsUser(formId0, individualAnswers('teacher') as never, { email: SCHOOLS[0].emails[0], at: new Date(emu.clock.now() + 60_000) });
    expect(codesIn(emu, VERSIONS_TAB)).toEqual(['DK-000002']);
    const copy = await copyOfOfficeFile(emu, 'Bản sao của Thi đua');
    bundle.call('setup', undefined, { kind: 'menu' });
    expect(emu.spreadsheets.ui.at(-1)!.message).toBe(COPIED_FILE.forgotten);
    // README step 3's list (Phiếu đăng ký, Phiếu báo cáo, Kết quả kiểm tra, Thẩm định, Họp Hội đồng TĐKT, Hộp thư đi, Sổ
    // thư), and, by mistake, Sổ mã phiếu.
    const deleted = [TAB.registrations, TAB.reports, TAB.results, TAB.review, COUNCIL_TAB, TAB.outbox, TAB.mailRecord, LEDGER_TAB];
    emu.runtime.execute(() => {
      const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
      for (const name of deleted) {
        const sheet = ss.getSheetByName(name);
        if (sheet) ss.deleteSheet(sheet);
      }
    }, { kind: 'node', label: 'office staff' });
    emu.triggers.triggers.splice(0);
    bundle.call('setup', undefined, { kind: 'menu' });
    const formId = emu.properties.script.get('form.registration.id')!;
    emu.forms.submitAsUser(formId, { ...individualAnswers('teacher'), 'Họ và tên cá nhân đăng ký': 'Người của giai đoạn mới' } as never, { email: SCHOOLS[1].emails[0], at: new Date(emu.clock.now() + 120_000) });
    expect(emu.runtime.executions.at(-1)!.error).toBeUndefined();
    const fresh = codesIn(emu, TAB.results);
    expect(fresh).toHaveLength(1);
    expect(fresh[0]).not.toBe('DK-000002');
  });
});
