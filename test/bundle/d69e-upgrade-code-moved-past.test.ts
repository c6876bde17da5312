// Review d69e: an office on the bundle of 719483c (fixtures/Code-719483c.js.gz) told its schools on 08/06/2027 that the
// six-month deadline moved to 05/06, a day already past ("HQ:<code>:…" in the outbox, the key of that version). On
// 12/06 the clerk corrects Hòa Bình's code in "Đơn vị" ("TH01B") and the office updates to dist/Code.js the same
// morning. Hòa Bình — same name, same addresses — is told again on 12/06 since 249255f (a key's code no school has now
// is taken for a school gone); the bundle of d4d22ad, and 719483c kept running, tell it once.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/user';
import { defaultConfig, periodConfig } from '../../src/core/config';
import { directoryToRows } from '../../src/core/directory';
import { SCHOOLS } from '../core/helpers';
import { manifestScopes, setConfigValues } from './helpers';
import { failures, oldOffice } from './upgrade-lib';

const oldBundle = () => gunzipSync(readFileSync(new URL('./fixtures/Code-719483c.js.gz', import.meta.url))).toString('utf8');
const DAY = 86_400_000;
const HOA_BINH = SCHOOLS[1];

describe('review d69e: the notice that a deadline moved past, across the update, a code corrected that day', () => {
  it('told by 719483c on 08/06; Hòa Bình\'s code corrected and the office updated on 12/06: not told again', () => {
    const config = (now: Date) => {
      const c = defaultConfig(now, periodConfig(2026, 2030));
      c.mail.reminderDaysBefore = [14, 3];
      return c;
    };
    const o = oldOffice('', { code: oldBundle(), scopes: manifestScopes(), now: new Date(2027, 4, 20, 9), config });
    const { emu } = o;
    for (let t = new Date(2027, 4, 28).getTime(); t <= new Date(2027, 5, 20).getTime(); t += DAY) {
      const d = new Date(t);
      const at = (h: number, m = 0) => emu.clock.set(new Date(d.getFullYear(), d.getMonth(), d.getDate(), h, m));
      if (d.getMonth() === 5 && d.getDate() === 8) {
        at(6, 30);
        setConfigValues(emu, { 'reports.halfYearDeadline': '05/06' });
      }
      if (d.getMonth() === 5 && d.getDate() === 12) {
        at(6);
        typeIntoTab(emu, 'Đơn vị', directoryToRows(SCHOOLS.map((s) => (s === HOA_BINH ? { ...s, code: 'TH01B' } : s))));
        o.update();
      }
      at(7);
      o.menu('rebuildSummaries', 'timeTrigger');
      at(8, 40);
      o.menu('sendReminders', 'timeTrigger');
    }
    expect(failures(emu)).toEqual([]);
    const told = (s: (typeof SCHOOLS)[number]) =>
      emu.mail.sent.filter((m) => m.to.includes(s.emails[0]) && m.subject.includes('đổi sớm hơn: nay là 05/06/2027')).map((m) => new Date(m.date).getDate());
    expect(told(SCHOOLS[0])).toEqual([8]);
    expect(told(HOA_BINH)).toEqual([8]);
  });
});
