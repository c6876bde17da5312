// r72g: "Cập nhật tổng hợp" runs by itself every morning (its trigger at 06:00, src/jobs/digest.ts REBUILD_HOUR; "Lịch
// chạy" of "Tình trạng", the guide's step 10 and RUN_STOPPED say "mỗi sáng", "sáng hôm sau"), yet the texts of an
// office tab gone or remade promised an answer "chậm nhất là lần cập nhật tổng hợp hằng đêm": a night run there is none.
import { describe, expect, it } from 'vitest';
import { JOB_WHEN, OFFICE_TAB_GONE, OFFICE_TABS_AWAITED, TAB } from '../../src/core/messages';

describe('r72g: the daily rebuild is a morning one wherever a text names it', () => {
  it('its own "Lịch chạy" says every morning (fact)', () => {
    expect(JOB_WHEN.rebuildSummaries).toContain('mỗi sáng');
  });

  const texts = {
    gone: OFFICE_TAB_GONE(TAB.config, null),
    renamed: OFFICE_TAB_GONE(TAB.directory, 'Đơn vị (2)'),
    awaited: OFFICE_TABS_AWAITED([TAB.config, TAB.criteria]),
  };
  for (const [name, text] of Object.entries(texts)) {
    it(`${name}: no nightly run, the morning one`, () => {
      expect(text).not.toMatch(/đêm/);
      expect(text).toContain('“Cập nhật tổng hợp” sáng hôm sau');
    });
  }
});
