// Review r67t: the office's "Không" in "Tiêu chí" lost to a slip of the clerk. A "Bắt buộc" cell cleared by mistake (the
// Delete key on the wrong cell) is read as a bad value, the default used meanwhile "trong khi chờ sửa" — and the
// Thiết lập the README asks for after editing the tab writes the default into the cell: the office's switch is gone,
// the log's "chờ sửa" line goes quiet, and the verdicts stay turned. A row deleted by mistake likewise comes back with
// the default, not the value it held ("Cấu hình" gives a deleted row back with its value: review office M2, r66c #2).
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/criteria';
import { NO, Q } from '../../src/core/registration-form';
import { deleteTabRow, typeCell } from '../../scripts/user';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

const CN07 = CATALOGUE.find((c) => c.id === 'CN-07-GDVH')!;

/** An office that made "Gia đình văn hóa" priority-only, a teacher without it "Đạt" by the day's rebuild. */
function switchedOffice() {
  const o = officeAfterSetup(SCHOOLS);
  const tab = () => o.emu.spreadsheets.values('Tiêu chí').map((r) => r.map(String));
  const mand = tab()[0].indexOf('Bắt buộc');
  const rowOf = () => tab().findIndex((r) => r[0] === CN07.id) + 1;
  typeCell(o.emu, 'Tiêu chí', rowOf(), mand + 1, 'Không');
  o.bundle.call('setup', undefined, { kind: 'menu' });
  o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[0].name, [Q.individualName]: 'Lê Thị Hoa', [CN07.question!]: NO } as never, { email: SCHOOLS[0].emails[0] });
  const rebuild = () => o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
  rebuild();
  const verdict = () => {
    const review = o.emu.spreadsheets.values('Thẩm định');
    return String(review.find((r) => r[0] === 'DK-000002')![review[0].map(String).indexOf('Kết luận tự động')]);
  };
  expect(verdict()).toBe('Đạt');
  return { ...o, tab, mand, rowOf, rebuild, verdict };
}

describe('"Tiêu chí": the office\'s "Không" and a slip of the clerk (review r67t)', () => {
  it('a "Bắt buộc" cell cleared by mistake is not filled with the default by Thiết lập', () => {
    const o = switchedOffice();
    o.emu.clock.advance(86_400_000);
    typeCell(o.emu, 'Tiêu chí', o.rowOf(), o.mand + 1, '');
    o.bundle.call('setup', undefined, { kind: 'menu' });
    // The cell is left for the office to put right (as an unreadable value is), or given back the "Không" it held:
    // never the default, which the next runs would read as the office's own choice.
    expect(o.tab()[o.rowOf() - 1][o.mand]).not.toBe('Có');
  });

  it('a row deleted by mistake comes back with the value it held, not the default', () => {
    const o = switchedOffice();
    o.emu.clock.advance(86_400_000);
    deleteTabRow(o.emu, 'Tiêu chí', o.rowOf());
    o.bundle.call('setup', undefined, { kind: 'menu' });
    expect(o.rowOf()).toBeGreaterThan(0);
    expect(o.tab()[o.rowOf() - 1][o.mand]).toBe('Không');
    o.emu.clock.advance(86_400_000);
    o.rebuild();
    expect(o.verdict()).toBe('Đạt');
  });
});
