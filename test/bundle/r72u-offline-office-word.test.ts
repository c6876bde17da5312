// Review r72u (docs truth): docs/workbook.md speaks of "cơ quan" (a Sở, a Ủy ban nhân dân xã or a school since
// 1/7/2025), as docs/glossary.md asks ("“Phòng” viết cứng" is ruled out). Two sentences the workbook run prints
// (scripts/offline.ts, which the glossary test does not scan: it is outside src/) still say "Phòng".
import { describe, expect, it } from 'vitest';
import { MSG } from '../../scripts/offline';

describe('the workbook run names the office by no fixed kind (review r72u)', () => {
  it('"Cấu hình" absent and the header hint say "cơ quan", not "Phòng"', () => {
    for (const text of [MSG.configAbsent('2026-2030'), MSG.headerHint]) expect(text).not.toMatch(/\bPhòng\b/);
  });
});
