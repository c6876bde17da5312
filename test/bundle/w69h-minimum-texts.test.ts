// w69h (d67 #8 leftovers, Low): the office switched the individual part of the school's minimum (TR-02) to "Không" in
// "Tiêu chí": the "Hướng dẫn" tab Thiết lập writes, and the log's note on a registration whose row was deleted from
// "Phiếu đăng ký", name the collective only — as "Tổng hợp" itself does.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { CRITERIA_HEADERS } from '../../src/core/criteria-tab';
import { deleteTabRow, typeIntoTab } from '../../scripts/user';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

const school = SCHOOLS[0];
const teacher = (name: string) => ({ ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: name });

describe('w69h: the minimum as the office requires it, in the guide and the deleted-row note', () => {
  const o = officeAfterSetup(SCHOOLS);
  const rows = o.emu.spreadsheets.values('Tiêu chí').map((r) => r.map(String));
  const k = rows[0].indexOf(CRITERIA_HEADERS[4]);
  typeIntoTab(o.emu, 'Tiêu chí', rows.map((r) => (r[0] === 'TR-02-CA-NHAN' ? r.map((v, i) => (i === k ? 'Không' : v)) : r)));
  o.bundle.call('setup', undefined, { kind: 'menu' });
  o.emu.forms.submitAsUser(o.formId, teacher('Lê Thị Hoa') as never, { email: school.emails[0] });
  o.emu.forms.submitAsUser(o.formId, teacher('Trần Văn Nam') as never, { email: school.emails[0] });
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const responses = o.emu.spreadsheets.values('Phiếu đăng ký');
  deleteTabRow(o.emu, 'Phiếu đăng ký', responses.findIndex((r) => r.some((v) => v === 'Trần Văn Nam')) + 1);
  o.emu.clock.advance(3_600_000);
  o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });

  it('"Tổng hợp" names the collective only (the case under test)', () => {
    const summary = o.emu.spreadsheets.values('Tổng hợp').flat().map(String);
    expect(summary).toContain('Đủ 1 tập thể');
    expect(summary.some((c) => c.includes('1 cá nhân'))).toBe(false);
  });

  it('the guide\'s step 10 lists the schools short of 01 collective, not of an individual', () => {
    const step = o.emu.spreadsheets.values('Hướng dẫn').map((r) => String(r[0])).find((l) => l.startsWith('10. '))!;
    expect(step).toContain('chưa đăng ký đủ 01 tập thể.');
    expect(step).not.toContain('cá nhân');
  });

  it('the note on the deleted row names the column as "Tổng hợp" shows it', () => {
    const note = o.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])).find((l) => l.includes('dòng của phiếu ở trang câu trả lời đã bị xóa'))!;
    expect(note).toContain('cột “Đủ 1 tập thể” ở trang “Tổng hợp”');
    expect(note).not.toContain('1 cá nhân');
  });
});
