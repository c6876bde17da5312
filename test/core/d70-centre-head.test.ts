// Review d70 (Low, not a regression of this session: unitHead keeps what collectiveHead did): a Trung tâm Giáo dục
// thường xuyên listed in "Đơn vị" as a school of the Sở (Cấp học THPT: the list has no level of its own for it) is
// headed by a Giám đốc, not a Hiệu trưởng, but only a row of Cấp học "Cơ quan quản lý" is read by its name's first words:
// the reminder greets "(Hiệu trưởng …)" and the collective's report prints "HIỆU TRƯỞNG" under the centre's name.
import { describe, expect, it } from 'vitest';
import { unitHead } from '../../src/core/directory';
import { REMINDER_EMAIL } from '../../src/core/messages';

describe('d70: the head of a school row whose name says it is a centre', () => {
  it('a Trung tâm GDTX (Cấp học THPT) is greeted by its Giám đốc', () => {
    const centre = { level: 'THPT', name: 'Trung tâm Giáo dục thường xuyên số 1', office: undefined };
    expect(REMINDER_EMAIL.greeting(centre.name, 'Lê Văn Hùng', unitHead(centre).plain)).toBe('Kính gửi: Trung tâm Giáo dục thường xuyên số 1 (Giám đốc Lê Văn Hùng)');
  });
  it('an ordinary school is still greeted by its Hiệu trưởng (guard)', () => {
    expect(unitHead({ level: 'THCS', name: 'Trường THCS Quang Minh' }).plain).toBe('Hiệu trưởng');
  });
});
