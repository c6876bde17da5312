// Review r67r F4: the office lists its own row in "Đơn vị" (Cấp học "Cơ quan quản lý", for its own registrations). The
// report form's "Đơn vị báo cáo" offers it too — first in the list — though the office owes no plan and no report
// (review diff35 H2). A school's clerk who picks it by mistake (10/06/2027, from the school's own address) gets a receipt
// addressed "Kính gửi: Sở Giáo dục và Đào tạo (Hiệu trưởng …)" — the office's head is no "Hiệu trưởng" — whose advice
// ends "đề nghị “Sở Giáo dục và Đào tạo” gửi lại từ địa chỉ e-mail của trường". The form no longer offers it.
import { describe, expect, it } from 'vitest';
import { defaultConfig, periodConfig } from '../../src/core/config';
import { Q, R } from '../../src/core/registration-form';
import { SCHOOLS, officeAfterSetup } from './helpers';

describe('review r67r F4: the office\'s own row in the report form', () => {
  const start = new Date(2027, 4, 20, 9);
  const cfg = defaultConfig(start, periodConfig(2026, 2030));
  const OFFICE = { code: 'SGD', name: cfg.organisation.name, level: 'Cơ quan quản lý', ward: '', cluster: '', principal: 'Nguyễn Văn Giám', emails: ['vanphong@so.example'] };
  const o = officeAfterSetup([OFFICE, ...SCHOOLS], { now: start }, cfg);
  const choices = (formId: string) => o.emu.forms.forms.get(formId)!.itemByTitle(formId === o.formId ? Q.school : R.school)!.choices.map((c) => String(c.value));

  it('the registration form offers the office (its own registrations: holds today)', () => {
    expect(choices(o.formId)).toContain(OFFICE.name);
  });

  it('the report form does not offer the office as a reporting unit', () => {
    expect(choices(o.reportFormId)).toEqual(SCHOOLS.map((s) => s.name));
  });
});
