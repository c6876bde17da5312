// Review r70x: the commune's own unit in "Đơn vị" (Cấp học "Cơ quan quản lý": its Phòng Văn hóa - Xã hội) reads the
// tool's notices addressed to its head by his own title, not as a school's "Hiệu trưởng".
import { describe, expect, it } from 'vitest';
import { officeAfterSetup, SCHOOLS, individualAnswers } from './helpers';
import { xa } from './r68d-lib';
import { Q } from '../../src/core/registration-form';
import { OFFICE_LEVEL } from '../../src/core/messages/validation';

const NOW = new Date(2027, 11, 20, 8, 0, 0);
const UNIT = { code: 'VHXH', name: 'Phòng Văn hóa - Xã hội', level: OFFICE_LEVEL, ward: 'Xã Suối Ngọc', cluster: '', principal: 'Lê Văn Tâm', emails: ['vhxh@xasuoingoc.example.vn'] };

describe('a UBND xã/phường: mail to its own Phòng Văn hóa - Xã hội', () => {
  it('a notice to the unit does not greet its Trưởng phòng as "Hiệu trưởng" (r70x M2)', () => {
    const cfg = xa(NOW);
    const o = officeAfterSetup([...SCHOOLS, UNIT], { now: NOW }, cfg);
    // A civil servant of the unit registers, then registers again (a new form for the same person): the first is replaced.
    const answers = { ...individualAnswers('official', cfg), [Q.school]: UNIT.name } as never;
    o.emu.forms.submitAsUser(o.formId, answers, { email: UNIT.emails[0] });
    o.emu.clock.set(NOW.getTime() + 2 * 86_400_000);
    o.emu.forms.submitAsUser(o.formId, answers, { email: UNIT.emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const toUnit = o.emu.mail.sent.filter((m) => m.to.includes(UNIT.emails[0]));
    const greeted = toUnit.filter((m) => m.body.startsWith(`Kính gửi: ${UNIT.name}`));
    expect(greeted.length, toUnit.map((m) => m.subject + '\n' + m.body.split('\n')[0]).join('\n')).toBeGreaterThan(0);
    for (const m of greeted) expect(m.body.split('\n')[0], m.subject).not.toContain('Hiệu trưởng');
  });
});

describe('a UBND xã/phường: the read-only view of its own Phòng Văn hóa - Xã hội', () => {
  it('does not ask the unit for the plan and reports it says do not apply to it (r70x L4)', () => {
    const cfg = xa(NOW);
    cfg.schoolViews = { enabled: true, publishComments: false, contact: 'Phòng Văn hóa - Xã hội' } as never;
    const o = officeAfterSetup([...SCHOOLS, UNIT], { now: NOW }, cfg);
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('official', cfg), [Q.school]: UNIT.name } as never, { email: UNIT.emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const view = [...o.emu.spreadsheets.store.files.values()].find((f) => f.name.includes(`(${UNIT.code})`));
    expect(view).toBeDefined();
    const text = o.emu.spreadsheets.sheetNames(view!.id).flatMap((n) => o.emu.spreadsheets.values(n, view!.id).flat().map(String)).join('\n');
    expect(text).toContain('không áp dụng — đơn vị là cơ quan quản lý');
    expect(text).not.toContain('Gửi Kế hoạch, báo cáo 6 tháng, hằng năm');
    expect(text).not.toContain('Báo cáo tiến độ của trường');
  });
});
