// Rows of the hidden register "Sổ mã phiếu" deleted or cleared by hand (it may be shown to look at, the guide says): the
// registrations keep their codes, taken back from "Kết quả kiểm tra" as for a register deleted whole (review office H1:
// each got a second code and a second confirmation, the council's decision stayed on the old code, read as a row
// deleted from the response tab, and the log blamed a restore of the whole file).
import { describe, expect, it } from 'vitest';
import { ledgerRebuilt, ledgerRowsRestored } from '../../src/core/messages';
import { Q } from '../../src/core/registration-form';
import { clearTabRow, deleteTabRow, setTabHidden } from '../../scripts/user';
import { SCHOOLS, councilOffice, individualAnswers } from './helpers';

type O = ReturnType<typeof councilOffice>;

function reviewRows(o: O): Record<string, string>[] {
  const [header, ...rows] = o.emu.spreadsheets.values('Thẩm định').map((r) => r.map(String));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}
const registerCodes = (o: O) => o.emu.spreadsheets.values('Sổ mã phiếu').slice(1).map((r) => String(r[0])).filter((c) => c !== '').sort();

describe('rows of "Sổ mã phiếu" deleted or cleared by hand', () => {
  for (const how of ['deleted', 'cleared'] as const) {
    it(`a row ${how}: the next rebuild gives the registration back its code; its decision, its history and the school's mail as they were; told once, naming the register`, () => {
      const o = councilOffice();
      o.decide([2, 3]); // DK-000002 Nguyễn Văn An, DK-000003 Trần Thị Bình: "Đề nghị khen"
      o.rebuild();
      const mails = o.emu.mail.sent.length;
      const history = o.emu.spreadsheets.values('Lịch sử thẩm định').length;
      setTabHidden(o.emu, 'Sổ mã phiếu', false);
      (how === 'deleted' ? deleteTabRow : clearTabRow)(o.emu, 'Sổ mã phiếu', 2);
      expect(registerCodes(o)).toEqual(['DK-000003', 'DK-000004']);
      o.rebuild();
      expect(o.emu.runtime.executions.filter((x) => x.error)).toEqual([]);
      expect(registerCodes(o)).toEqual(['DK-000002', 'DK-000003', 'DK-000004']);
      const an = reviewRows(o).filter((r) => r['Tên'] === 'Nguyễn Văn An');
      expect(an.map((r) => [r['Mã phiếu'], r['Kết luận tự động'], r['Quyết định của Hội đồng']])).toEqual([['DK-000002', 'Đạt', 'Đề nghị khen']]);
      expect(reviewRows(o)).toHaveLength(3);
      expect(o.emu.mail.sent.slice(mails).map((m) => m.subject)).toEqual([]);
      expect(o.logged('Sổ mã phiếu')).toEqual([ledgerRowsRestored(1)]);
      expect(o.logged('khôi phục về một phiên bản cũ')).toEqual([]);
      expect(o.logged('Dòng phiếu đã bị xóa')).toEqual([]);
      // Nothing for the history: no decision changed.
      expect(o.emu.spreadsheets.values('Lịch sử thẩm định')).toHaveLength(history);
      // The next rebuilds: nothing more to tell, nothing sent, the next code the next number.
      o.rebuild();
      o.rebuild();
      expect(o.logged('Sổ mã phiếu')).toHaveLength(1);
      expect(o.emu.mail.sent.slice(mails)).toEqual([]);
      expect(o.emu.spreadsheets.values('Lịch sử thẩm định')).toHaveLength(history);
      expect(o.emu.properties.script.get('ledger.next')).toBe('5');
    });
  }
});

describe('"Sổ mã phiếu" renamed by a clerk, a registration arriving meanwhile (review office L2)', () => {
  it('rebuilt from the results, the new registration is not counted among the codes that could not be matched', () => {
    const o = councilOffice();
    o.decide([2, 3]);
    o.rebuild();
    setTabHidden(o.emu, 'Sổ mã phiếu', false);
    o.emu.spreadsheets.sheet('Sổ mã phiếu')!.name = 'Sổ mã phiếu (xem)';
    o.emu.clock.advance(60_000);
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Phạm Thị Dung' } as never, { email: SCHOOLS[1].emails[0] });
    o.rebuild();
    expect(o.logged('dựng lại')).toEqual([ledgerRebuilt(3, 0)]);
    expect(ledgerRebuilt(3, 0)).toContain('đã bị xóa hoặc đổi tên');
    // Every registration keeps its code and decision; the new one has the next code.
    const [header, ...rows] = o.emu.spreadsheets.values('Thẩm định').map((r) => r.map(String));
    const byName = new Map(rows.map((r) => [r[header.indexOf('Tên')], [r[0], r[header.indexOf('Quyết định của Hội đồng')]]]));
    expect(byName.get('Nguyễn Văn An')).toEqual(['DK-000002', 'Đề nghị khen']);
    expect(byName.get('Trần Thị Bình')).toEqual(['DK-000003', 'Đề nghị khen']);
    expect(byName.get('Phạm Thị Dung')?.[0]).toBe('DK-000005');
  });
});
