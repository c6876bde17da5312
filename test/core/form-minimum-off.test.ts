// The registration form's description with the school minimum (III.1) switched off in "Tiêu chí" (both parts): it asks
// for no minimum (review d67 #8) and no longer tells the school an old registration "still counts towards the minimum"
// that nobody is asked for (review d68's note). With the minimum required, the sentence stays.
import { describe, expect, it } from 'vitest';
import { FORM_TEXT } from '../../src/core/form-titles';

describe('the registration form description and the minimum', () => {
  const off = FORM_TEXT.registrationDescription('Sở Giáo dục và Đào tạo', '31/10/2026', { collective: false, individual: false });
  const on = FORM_TEXT.registrationDescription('Sở Giáo dục và Đào tạo', '31/10/2026');

  it('switched off: no minimum is mentioned anywhere', () => {
    expect(off).not.toContain('tối thiểu');
    expect(off).not.toContain('ít nhất');
    expect(off).toContain('phiếu cũ không còn được xét');
  });

  it('required: the minimum and the old registration counting towards it are said', () => {
    expect(on).toContain('ít nhất 01 tập thể và 01 cá nhân');
    expect(on).toContain('vẫn được tính vào số đăng ký tối thiểu của năm học trước');
  });
});
