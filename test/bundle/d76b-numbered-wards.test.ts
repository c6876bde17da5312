// Review d76b F1 (after the fix of d76 F6). Who is hurt: the second of two teachers of one school in the south who
// share a name and a birth year ("Nguyễn Thị Lan", 1988), and the school, which wrote their hometowns as the form's
// description and the replaced notice ask: "Phường 1, Quận 3, TP. Hồ Chí Minh" and "Phường 3, Quận 1, TP. Hồ Chí Minh"
// (wards are numbered in every district of Ho Chi Minh City and in most southern towns: Phường 1 of Cà Mau, Mỹ Tho,
// Tân An, Vĩnh Long …). Also "Phường 1, Quận 3" against "Phường 1, Quận 5".
// Now: duplicates.ts placeWordsIn drops the kind words ("phường", "quận", "p", "q"), so the parts are bare numbers
// ("1", "3"). The two hometowns "Phường 1, Quận 3" and "Phường 3, Quận 1" have the same words ({1, 3, hồ, chí, minh})
// and read as one place; "Phường 1, Quận 5" has its commune "1" among the other's parts. TellApart cannot tell the two
// teachers apart, twoPeople keeps one subject, and the second silently replaces the first ("Đã thay thế").
// Should: a numbered ward is compared with its number and kind ("phường 1" is not "quận 1"), and a commune against
// the other's commune, not any of its parts: two wards of two districts are two places; both registrations stay in force.
// Severity: High (a real teacher drops out without anyone deciding; the school cannot keep both by following the form).
import { describe, expect, it } from 'vitest';
import { twoAtOneSchool } from './namesakes-lib';

describe('two namesakes of one school born in numbered wards of two districts (d76b F1)', () => {
  it('"Phường 1, Quận 3" and "Phường 3, Quận 1": both stay in force', () => {
    expect(twoAtOneSchool('Phường 1, Quận 3, TP. Hồ Chí Minh', 'Phường 3, Quận 1, TP. Hồ Chí Minh')).toEqual({ 'DK-000002': 'Đạt', 'DK-000003': 'Đạt' });
  });
  it('"P.1, Q.3, TP.HCM" and "P.1, Q.5, TP.HCM": both stay in force', () => {
    expect(twoAtOneSchool('P.1, Q.3, TP.HCM', 'P.1, Q.5, TP.HCM')).toEqual({ 'DK-000002': 'Đạt', 'DK-000003': 'Đạt' });
  });
});
