// Review d75 F2 (Medium). Who is hurt: the Chủ tịch of a UBND xã who signs the draft Quyết định tặng Giấy khen, and the
// clerk preparing it. Scenario: the commune's "Cấu hình" keeps "Cơ quan chủ quản" from the former district's file, typed
// as clerks type it: "UBND huyện Suối Ngọc" (the same row r75c F2 was about, abbreviated). Two fixes of this stop meet:
// f7c1e82d warns when the header prints the district body, comparing the header with the *typed* value in capitals
// ("UBND HUYỆN SUỐI NGỌC"); 6a624723 then writes the abbreviation out in the header ("ỦY BAN NHÂN DÂN HUYỆN SUỐI NGỌC").
// The two no longer match.
// What happens now: the draft, dated 2027, opens "ỦY BAN NHÂN DÂN HUYỆN SUỐI NGỌC / ỦY BAN NHÂN DÂN XÃ SUỐI NGỌC" and the
// row in "Đề nghị khen thưởng" says nothing about the abolished district body (typed in full, the same file is warned).
// What should happen: the same warning as for "Ủy ban nhân dân huyện Suối Ngọc" (or the body not printed).
// Severity: Medium (a decision headed by a body that no longer exists goes to signature unwarned).
import { describe, expect, it } from 'vitest';
import { communeDecision } from './r68d-lib';

describe('a UBND xã whose "Cơ quan chủ quản" still reads "UBND huyện Suối Ngọc"', () => {
  it('is warned before its chair signs a Quyết định headed by the abolished district body', () => {
    const { o, doc: made, row: madeRow } = communeDecision({ governingBody: 'UBND huyện Suối Ngọc' });
    const doc = made!;
    expect(doc, o.docs().map((d) => d.name).join('\n')).toBeDefined();
    const row = madeRow!;
    const printsDistrict = /(ỦY BAN NHÂN DÂN|UBND) HUYỆN SUỐI NGỌC/.test(doc.text);
    const warned = row['Ghi chú'].includes('Cơ quan chủ quản');
    // Today: printed "ỦY BAN NHÂN DÂN HUYỆN SUỐI NGỌC" above the commune, Ghi chú silent about it.
    expect({ printsDistrict, warned }, `${doc.text.split('\n').slice(0, 3).join(' / ')}\n${row['Ghi chú']}`).not.toEqual({ printsDistrict: true, warned: false });
  });
});
