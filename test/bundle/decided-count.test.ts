// The count of council decisions kept to tell a whole-file restore (src/gas/ledger.ts decisionsGoneBack) never alarms
// on the office's own ways (review diff38 #1-#3): a withdrawal a submission records, a register rebuilt by any job, a
// rebuild stopped between the register's write and the count's.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { typeCell } from '../../scripts/user';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

function decidedOffice() {
  const o = officeAfterSetup(SCHOOLS);
  const ids: string[] = [];
  ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'].forEach((name, i) => {
    const r = o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[i].name, [Q.individualName]: name } as never, { email: SCHOOLS[i].emails[0] });
    ids.push((r as { responseId: string }).responseId);
    o.emu.clock.advance(60_000);
  });
  const rebuild = () => o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  rebuild();
  const header = o.emu.spreadsheets.values('Thẩm định')[0].map(String);
  const [dec, comment] = ['Quyết định của Hội đồng', 'Nhận xét'].map((h) => header.indexOf(h) + 1);
  for (const r of [2, 3]) {
    typeCell(o.emu, 'Thẩm định', r, dec, 'Đề nghị khen');
    typeCell(o.emu, 'Thẩm định', r, comment, 'Đủ tiêu chuẩn');
  }
  rebuild();
  expect(o.emu.properties.script.get('review.decided')).toBe('2');
  const told = () =>
    (o.emu.spreadsheets.sheetNames().includes('Nhật ký lỗi') ? o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])) : []).filter((m) => m.includes('so với lần cập nhật trước'));
  return { o, ids, rebuild, told, dec, comment };
}

describe('the count of decisions kept', () => {
  it('the hidden register deleted and rebuilt by a run that records no decisions (Thiết lập): no "restored" alarm', () => {
    const { o, rebuild, told } = decidedOffice();
    const file = o.emu.spreadsheets.active;
    file.sheets.splice(file.sheets.indexOf(o.emu.spreadsheets.sheet('Sổ mã phiếu')!), 1);
    // The clerk runs Thiết lập (or the reminders run first): the register is rebuilt from "Kết quả kiểm tra", without decisions.
    o.bundle.call('setup', undefined, { kind: 'menu' });
    o.emu.clock.advance(3_600_000);
    rebuild();
    // "Thẩm định" still holds both decisions: nothing was restored, nothing lost.
    expect(told()).toEqual([]);
  });

  it('the council withdraws a decision and the school edits that registration (a submission records it): no "restored" alarm', () => {
    const { o, ids, rebuild, told, dec, comment } = decidedOffice();
    // Row 2 of "Thẩm định": whose registration?
    const review = o.emu.spreadsheets.values('Thẩm định');
    const codeCol = review[0].map(String).indexOf('Mã phiếu');
    const code = String(review[1][codeCol]);
    const results = o.emu.spreadsheets.values('Kết quả kiểm tra');
    const rc = results[0].map(String).indexOf('Mã phiếu');
    const idx = results.findIndex((r) => String(r[rc]) === code) - 1;
    typeCell(o.emu, 'Thẩm định', 2, dec, 'Chờ thẩm định');
    typeCell(o.emu, 'Thẩm định', 2, comment, '');
    o.emu.clock.advance(60_000);
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[idx].name, [Q.individualName]: ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'][idx] } as never, { email: SCHOOLS[idx].emails[0], editResponseId: ids[idx] });
    o.emu.clock.advance(3_600_000);
    rebuild();
    expect(told()).toEqual([]);
  });
});
function prepared() {
  const o = officeAfterSetup(SCHOOLS);
  ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'].forEach((name, i) => {
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[i].name, [Q.individualName]: name } as never, { email: SCHOOLS[i].emails[0] });
    o.emu.clock.advance(60_000);
  });
  const rebuild = () => o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  rebuild();
  const header = o.emu.spreadsheets.values('Thẩm định')[0].map(String);
  const [dec, comment] = ['Quyết định của Hội đồng', 'Nhận xét'].map((h) => header.indexOf(h) + 1);
  for (const r of [2, 3]) {
    typeCell(o.emu, 'Thẩm định', r, dec, 'Đề nghị khen');
    typeCell(o.emu, 'Thẩm định', r, comment, 'Đủ tiêu chuẩn');
  }
  rebuild();
  // The council withdraws one itself.
  typeCell(o.emu, 'Thẩm định', 3, dec, 'Chờ thẩm định');
  typeCell(o.emu, 'Thẩm định', 3, comment, '');
  const told = () =>
    (o.emu.spreadsheets.sheetNames().includes('Nhật ký lỗi') ? o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])) : []).filter((m) => m.includes('so với lần cập nhật trước'));
  return { o, rebuild, told };
}
describe('the count of decisions kept, and a killed rebuild', () => {
  it('no kill point of the rebuild that records a withdrawal makes the next rebuild say the file was restored', () => {
    const base = prepared();
    const trace: string[] = [];
    base.o.emu.runtime.trace = trace;
    base.rebuild();
    base.o.emu.runtime.trace = null;
    const bad: string[] = [];
    for (let k = 1; k <= trace.length; k += Math.max(1, Math.floor(trace.length / 60))) {
      const p = prepared();
      p.o.emu.runtime.killAtCall(k);
      try {
        p.rebuild();
      } catch {
        // killed
      }
      const hit = p.o.emu.runtime.lastFault;
      p.o.emu.runtime.clearFaults();
      p.o.emu.clock.advance(3_600_000);
      try {
        p.rebuild();
        p.rebuild();
      } catch {
        // ignore
      }
      if (p.told().length > 0) bad.push(`kill at ${k} (${hit?.name})`);
    }
    expect(bad).toEqual([]);
  }, 300_000);
});
