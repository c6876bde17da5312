// Review d76c F1 (after the fix of d76b F2). Who is hurt: the second of two teachers of one school who share a name and
// a birth year ("Giàng Thị Mai", 1990 — clan names repeat in the north), and the school, which wrote their hometowns as
// clerks commonly do: the commune with its kind, the district and province without theirs.
// Now: duplicates.ts placesApart calls two hometowns one place when every part of one "is a part of" the other
// (samePart), and a part written without a kind agrees with a part of any kind. A township is named like its district
// (thị trấn Sóc Sơn, Đông Anh, Bắc Hà …), and since 1/7/2025 many wards are named like their old city or province
// (phường Lào Cai, phường Yên Bái …). So "Thị trấn Sóc Sơn, Sóc Sơn, Hà Nội" is "within" "Xã Phù Linh, Sóc Sơn, Hà Nội"
// (the township matches the other's district "Sóc Sơn", written without "huyện"), and "Phường Lào Cai, Lào Cai" is
// "within" "Phường Cam Đường, Lào Cai" (the ward matches the other's province "Lào Cai", written without "tỉnh"). The two
// hometowns name two different communes, yet TellApart cannot tell the teachers apart, and the second registration
// silently replaces the first ("Đã thay thế"). d76b F2 was fixed only for a district written with "huyện".
// Should: two hometowns that each name a commune-level unit (xã, phường, thị trấn …) with different names are two
// places, whatever the other parts match; both registrations stay in force (and are flagged for the council).
// Severity: High (a real teacher drops out without anyone deciding; the school wrote nothing unusual).
import { describe, expect, it } from 'vitest';
import { twoAtOneSchool } from './namesakes-lib';

const MAI = { name: 'Giàng Thị Mai', year: '1990', gender: 'Nữ' };

describe('two namesakes of one school from a township named like its district, or a ward named like its province (d76c F1)', () => {
  it('"Thị trấn Sóc Sơn, Sóc Sơn, Hà Nội" and "Xã Phù Linh, Sóc Sơn, Hà Nội": both stay in force', () => {
    expect(twoAtOneSchool('Thị trấn Sóc Sơn, Sóc Sơn, Hà Nội', 'Xã Phù Linh, Sóc Sơn, Hà Nội', MAI)).toEqual({ 'DK-000002': 'Đạt', 'DK-000003': 'Đạt' });
  });
  it('"TT. Bắc Hà, Lào Cai" and "Xã Tà Chải, Bắc Hà, Lào Cai": both stay in force', () => {
    expect(twoAtOneSchool('TT. Bắc Hà, Lào Cai', 'Xã Tà Chải, Bắc Hà, Lào Cai', MAI)).toEqual({ 'DK-000002': 'Đạt', 'DK-000003': 'Đạt' });
  });
  it('"Phường Lào Cai, Lào Cai" and "Phường Cam Đường, Lào Cai" (units after 1/7/2025): both stay in force', () => {
    expect(twoAtOneSchool('Phường Lào Cai, Lào Cai', 'Phường Cam Đường, Lào Cai', MAI)).toEqual({ 'DK-000002': 'Đạt', 'DK-000003': 'Đạt' });
  });
});
