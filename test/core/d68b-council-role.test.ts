// Review d68b: councilRole (w68d, review r68d H2) reads a member's role in the council only where it is parted from the
// post by a comma, a semicolon or a bracket and names the council as "Hội đồng", "HĐ", "… TĐKT" or "HĐTĐKT". Written
// the other ways clerks write them — a dash, "kiêm", a full stop between post and role, the council as "TĐ-KT" — the
// council's Phó Chủ tịch is read as no deputy. Each was the deputy before w68d (the "Chức vụ" contained "Phó Chủ tịch"):
// the council's Giấy khen Tờ trình is then signed by the office's head to herself, and the note beside it says the
// title is "chức vụ ngoài Hội đồng".
import { describe, expect, it } from 'vitest';
import { councilRole } from '../../src/core/council';

describe('the council’s Phó Chủ tịch written the ways clerks write it', () => {
  for (const title of [
    'Phó Giám đốc Sở - Phó Chủ tịch Hội đồng',
    'Phó Giám đốc Sở – Phó Chủ tịch HĐ',
    'Phó Chủ tịch UBND xã - Phó Chủ tịch Hội đồng',
    'Phó Giám đốc Sở kiêm Phó Chủ tịch Hội đồng',
    'Phó Giám đốc Sở. Phó Chủ tịch Hội đồng',
    'Phó Giám đốc Sở, Phó Chủ tịch Hội đồng TĐ-KT',
    'Phó Giám đốc Sở, Phó Chủ tịch HĐ TĐ-KT',
    'Phó Giám đốc Sở, Phó Chủ tịch HĐTĐ-KT',
  ]) {
    it(title, () => expect(councilRole(title)).toBe('deputy'));
  }
});
