// Review r75c F5, F6: a body's name written out in documents (fullBodyName), the office's short name where the one in
// "Cấu hình" is only its kind's generic default (officeShortName).
import { describe, expect, it } from 'vitest';
import { fullBodyName, officeShortName } from '../../src/core/config';

describe('fullBodyName (r75c F6)', () => {
  it('writes out the standard abbreviation of a body\'s kind, and nothing else', () => {
    expect(fullBodyName('UBND xã Suối Ngọc')).toBe('Ủy ban nhân dân xã Suối Ngọc');
    expect(fullBodyName('UBND tỉnh Hà Sơn')).toBe('Ủy ban nhân dân tỉnh Hà Sơn');
    expect(fullBodyName('Sở GD&ĐT tỉnh Hà Sơn')).toBe('Sở Giáo dục và Đào tạo tỉnh Hà Sơn');
    expect(fullBodyName('Sở GDĐT tỉnh Hà Sơn')).toBe('Sở Giáo dục và Đào tạo tỉnh Hà Sơn');
    expect(fullBodyName('Phòng GD&ĐT huyện Suối Ngọc')).toBe('Phòng Giáo dục và Đào tạo huyện Suối Ngọc');
    for (const name of ['Ủy ban nhân dân xã Suối Ngọc', 'Sở Nội vụ tỉnh Hà Sơn', 'Trường THCS Quang Minh', 'UBNDX Suối Ngọc', ''])
      expect(fullBodyName(name)).toBe(name);
  });
});

describe('officeShortName (r75c F5)', () => {
  it('keeps a short name the office wrote, derives one for a generic default', () => {
    expect(officeShortName({ name: 'Ủy ban nhân dân xã Suối Ngọc', shortName: 'UBND xã Suối Ngọc' })).toBe('UBND xã Suối Ngọc');
    expect(officeShortName({ name: 'Ủy ban nhân dân xã Suối Ngọc', shortName: 'UBND xã' })).toBe('UBND xã Suối Ngọc');
    // A default of another kind, left when the kind changed, names no office either.
    expect(officeShortName({ name: 'Ủy ban nhân dân phường Nam Cường', shortName: 'Sở GD&ĐT' })).toBe('UBND phường Nam Cường');
    expect(officeShortName({ name: 'Sở Giáo dục và Đào tạo tỉnh Hà Sơn', shortName: '' })).toBe('Sở GD&ĐT tỉnh Hà Sơn');
    // No rule for a school's name: its full name.
    expect(officeShortName({ name: 'Trường THCS Quang Minh', shortName: 'Nhà trường' })).toBe('Trường THCS Quang Minh');
  });
});
