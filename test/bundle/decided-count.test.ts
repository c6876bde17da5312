// The count of council decisions kept to tell a whole-file restore (src/gas/ledger.ts decisionsGoneBack) never alarms
// on the office's own ways (review diff38 #1-#3): a withdrawal a submission records, a register rebuilt by any job, a
// rebuild stopped between the register's write and the count's.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, councilOffice, individualAnswers } from './helpers';

const RESTORED = 'so với lần cập nhật trước';

/** Two of the three registrations decided "Đề nghị khen", and recorded. */
function decidedOffice() {
  const o = councilOffice();
  o.decide([2, 3]);
  o.rebuild();
  expect(o.emu.properties.script.get('review.decided')).toBe('2');
  return o;
}

describe('the count of decisions kept', () => {
  it('the hidden register deleted and rebuilt by a run that records no decisions (Thiết lập): no "restored" alarm', () => {
    const o = decidedOffice();
    const file = o.emu.spreadsheets.active;
    file.sheets.splice(file.sheets.indexOf(o.emu.spreadsheets.sheet('Sổ mã phiếu')!), 1);
    // The clerk runs Thiết lập (or the reminders run first): the register is rebuilt from "Kết quả kiểm tra", without decisions.
    o.bundle.call('setup', undefined, { kind: 'menu' });
    o.emu.clock.advance(3_600_000);
    o.rebuild();
    expect(o.logged(RESTORED)).toEqual([]);
  });

  it('the hidden register deleted and rebuilt by the rebuild itself: no "restored" alarm (tests2 M9)', () => {
    const o = decidedOffice();
    const file = o.emu.spreadsheets.active;
    file.sheets.splice(file.sheets.indexOf(o.emu.spreadsheets.sheet('Sổ mã phiếu')!), 1);
    o.emu.clock.advance(3_600_000);
    o.rebuild();
    o.emu.clock.advance(3_600_000);
    o.rebuild();
    expect(o.logged(RESTORED)).toEqual([]);
  });

  it('the council withdraws a decision and the school edits that registration (a submission records it): no "restored" alarm', () => {
    const o = decidedOffice();
    // Row 2 of "Thẩm định": whose registration?
    const review = o.emu.spreadsheets.values('Thẩm định');
    const code = String(review[1][review[0].map(String).indexOf('Mã phiếu')]);
    const results = o.emu.spreadsheets.values('Kết quả kiểm tra');
    const i = results.findIndex((r) => String(r[results[0].map(String).indexOf('Mã phiếu')]) === code) - 1;
    o.withdraw(2);
    o.emu.clock.advance(60_000);
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[i].name, [Q.individualName]: o.names[i] } as never, { email: SCHOOLS[i].emails[0], editResponseId: o.ids[i] });
    o.emu.clock.advance(3_600_000);
    o.rebuild();
    expect(o.logged(RESTORED)).toEqual([]);
  });

  it('no kill point of the rebuild that records a withdrawal makes the next rebuild say the file was restored', () => {
    const prepared = () => {
      const o = decidedOffice();
      o.withdraw(3);
      return o;
    };
    const base = prepared();
    const trace: string[] = [];
    base.emu.runtime.trace = trace;
    base.rebuild();
    base.emu.runtime.trace = null;
    const bad: string[] = [];
    for (let k = 1; k <= trace.length; k += Math.max(1, Math.floor(trace.length / 60))) {
      const p = prepared();
      p.emu.runtime.killAtCall(k);
      try {
        p.rebuild();
      } catch {
        // killed
      }
      const hit = p.emu.runtime.lastFault;
      p.emu.runtime.clearFaults();
      p.emu.clock.advance(3_600_000);
      p.rebuild();
      p.rebuild();
      if (p.logged(RESTORED).length > 0) bad.push(`kill at ${k} (${hit?.name})`);
    }
    expect(bad).toEqual([]);
  }, 300_000);
});
