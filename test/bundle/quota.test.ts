// Setup when the daily documents-created quota is spent, on an account whose error messages are in Vietnamese:
// the templates it cannot make are skipped (made by a later run), never a failed setup.
import { describe, expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/season';
import { SCHOOLS, bundleCode, directoryRows, officeEmulator } from './helpers';

describe('setup and the documents-created quota', () => {
  for (const locale of ['vi', 'en'] as const) {
    it(`skips the templates the quota does not allow and makes them the next day (messages in ${locale})`, () => {
      const emu = officeEmulator({ docsCreateQuota: 2, locale });
      const bundle = emu.loadBundle(bundleCode());
      bundle.call('setup', undefined, { kind: 'menu' });
      typeIntoTab(emu, 'Đơn vị', directoryRows(SCHOOLS));
      bundle.call('setup', undefined, { kind: 'menu' });
      expect(emu.runtime.executions.every((x) => !x.error)).toBe(true);
      expect(emu.docs.list()).toHaveLength(2);
      expect(emu.docs.remainingCreates()).toBe(0);
      emu.clock.advance(24 * 3600_000 + 1);
      bundle.call('setup', undefined, { kind: 'menu' });
      expect(emu.docs.list()).toHaveLength(4);
      expect(new Set(emu.docs.list().map((d) => d.name)).size).toBe(4);
    });
  }
});
