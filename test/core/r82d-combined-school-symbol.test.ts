// Review r82d F3 (Low): a combined primary and lower-secondary school running the tool (Loại cơ quan "Trường học / đơn
// vị khác"; such schools are common, the xã sample itself lists "Trường Tiểu học và THCS Họa Mi") leaves "Ký hiệu cơ
// quan trên văn bản" empty, as the row's help allows ("Để trống để công cụ suy ra từ tên cơ quan"). Its Tờ trình and
// draft Quyết định print "Số: /TTr-TTHM", "/QĐ-TTHM" for "Trường TH&THCS Họa Mi" — the "T" of "Trường" that the earlier fix
// (review schooloffice L7: "THPTĐT", not "TTĐT") took out for single-level schools, and one "T" for "TH&THCS" — and
// "/TTr-THTHM" for the same school written in full ("Trường Tiểu học và Trung học cơ sở Họa Mi"): the THCS part reduced
// to "T", two symbols for one school. The văn thư registering the document sees a symbol that is not the school's.
// Should: the kind's letters of both levels, then the name's initials, the same however the name is written.
import { describe, expect, it } from 'vitest';
import { profileOrganisation } from '../../src/core/config';
import { documentSymbol } from '../../src/core/proposals';

const symbolOf = (name: string) => documentSymbol({ ...profileOrganisation('truong'), name, symbol: '' });

describe('the document symbol of a combined primary and lower-secondary school', () => {
  it('keeps both levels and leaves out "Trường", however the name is written', () => {
    const short = symbolOf('Trường TH&THCS Họa Mi');
    const full = symbolOf('Trường Tiểu học và Trung học cơ sở Họa Mi');
    const mixed = symbolOf('Trường Tiểu học và THCS Họa Mi');
    expect({ short, full, mixed }).toEqual({ short: expect.stringMatching(/^TH&?THCSHM$/), full: short, mixed: short });
  });
});
