// Review r70f: the randomised season (seeded) for the notice of a day of the plan's calendar ("LICH:" in the outbox):
// the three test schools each register one person whose verdict turns on the interim review's day (11/06/2023); from
// 05/06 to 20/06 the clerk retypes "Đơn vị" on random mornings (a code corrected, a rename with or without "Tên cũ", two
// codes swapped and back, a row deleted and typed back, an address changed) and on some days the mail quota is small.
// Each school is told the turn once, and at least once; nothing goes to an address neither a listed school's nor the
// registrant's.
import { describe, expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/season';
import { deleteTabRow } from '../../scripts/user';
import { SCHOOLS, directoryRows, officeAfterSetup, type TestSchool } from './helpers';
import { managerRatedGood } from '../core/helpers';
import { planConfig } from '../../sample/profiles';
import { Q } from '../../src/core/form-titles';
import { prng } from './r70f-season-lib';

const SEEDS = (process.env.R70F_CAL_SEEDS ?? '1,23').split(',').map(Number);
const TURN = /” từ ngày 11\/06\/2023|thay đổi từ ngày 11\/06\/2023/;

function season(seed: number) {
  const r = prng(seed);
  const o = officeAfterSetup(SCHOOLS, { now: new Date(2023, 5, 2, 8, 0, 0) });
  const cfg = planConfig(new Date(o.emu.clock.now()));
  for (const s of SCHOOLS) o.emu.forms.submitAsUser(o.formId, { ...managerRatedGood(cfg), [Q.school]: s.name, [Q.individualName]: `Nguyễn Văn ${s.code}` }, { email: s.emails[0] });
  const reals = SCHOOLS.map((s, id) => ({ id, school: { ...s, emails: [...s.emails] } as TestSchool, former: [] as string[], listed: true, renames: 0, mails: 0 }));
  const owner = new Map<string, number>();
  reals.forEach((x) => x.school.emails.forEach((e) => owner.set(e, x.id)));
  const registrants = new Set(SCHOOLS.map((s) => s.emails[0]));
  const log: string[] = [];
  const limits = new Set<number>();
  const violations: string[] = [];
  const typeDirectory = () => {
    const shown = reals.filter((x) => x.listed);
    const rows = directoryRows(shown.map((x) => x.school));
    shown.forEach((x, i) => { rows[i + 1][rows[i + 1].length - 1] = x.former.join('; '); });
    while (rows.length < 6) rows.push(rows[0].map(() => ''));
    typeIntoTab(o.emu, 'Đơn vị', rows);
    o.bundle.call('setup', undefined, { kind: 'menu' });
  };
  const pending: { day: number; run: () => void; ids: number[] }[] = [];
  const call = (h: string) => o.bundle.call(h, undefined, { kind: 'timeTrigger' });
  call('rebuildSummaries');
  const start = o.emu.mail.sent.length;
  for (let d = 3; d <= 20; d++) {
    o.emu.clock.set(new Date(2023, 5, d, 5, 0, 0).getTime());
    for (const p of pending.filter((p) => p.day === d)) { p.run(); p.ids.forEach((i) => busy.delete(i)); }
    if (d >= 5 && r.next() < 0.6) {
      const free = reals.filter((x) => !busy.has(x.id));
      const kind = r.pick(['code', 'renameFormer', 'renameBare', 'swap', 'delete', 'mail'] as const);
      const x = free.length ? r.pick(free) : undefined;
      if (x && kind === 'code') { x.school.code = x.school.code === SCHOOLS[x.id].code ? x.school.code.replace(/0(\d)$/, '$1') : SCHOOLS[x.id].code; typeDirectory(); }
      else if (x && (kind === 'renameFormer' || kind === 'renameBare')) {
        x.renames++;
        if (kind === 'renameFormer') x.former.push(x.school.name); else limits.add(x.id);
        x.school.name = `${SCHOOLS[x.id].name} Số ${x.renames + 1}`;
        typeDirectory();
      } else if (x && kind === 'mail') {
        x.mails++;
        x.school.emails = [`moi${x.mails}.${SCHOOLS[x.id].emails[0]}`];
        owner.set(x.school.emails[0], x.id);
        typeDirectory();
      } else if (x && kind === 'swap' && free.length >= 2) {
        const y = r.pick(free.filter((z) => z !== x));
        const swap = () => { [x.school.code, y.school.code] = [y.school.code, x.school.code]; typeDirectory(); };
        swap();
        busy.add(x.id); busy.add(y.id);
        pending.push({ day: d + 1 + r.int(3), run: swap, ids: [x.id, y.id] });
        log.push(`${d}/06 swap ${x.id} ${y.id}`);
      } else if (x && kind === 'delete') {
        const row = o.emu.spreadsheets.values('Đơn vị').findIndex((row) => String(row[1]) === x.school.name);
        deleteTabRow(o.emu, 'Đơn vị', row + 1);
        x.listed = false;
        o.bundle.call('setup', undefined, { kind: 'menu' });
        busy.add(x.id);
        pending.push({ day: d + 1 + r.int(2), run: () => { x.listed = true; typeDirectory(); }, ids: [x.id] });
      }
      if (x && kind !== 'swap') log.push(`${d}/06 ${kind} ${x.id} → ${JSON.stringify({ code: x.school.code, name: x.school.name, emails: x.school.emails, former: x.former, listed: x.listed })}`);
    }
    const small = r.next() < 0.3 ? r.int(2) : undefined;
    if (small !== undefined) {
      o.emu.clock.set(new Date(2023, 5, d, 5, 30, 0).getTime());
      const use = o.emu.mail.remaining() - small;
      if (use > 0) o.emu.runtime.consumeQuota('email', use, o.emu.mail.options.dailyQuota, 'used');
      log.push(`${d}/06 quota left ${small}`);
    }
    const addresses = new Set([...registrants, ...reals.filter((x) => x.listed).flatMap((x) => x.school.emails)]);
    const before = o.emu.mail.sent.length;
    o.emu.clock.set(new Date(2023, 5, d, 6, 0, 0).getTime());
    call('rebuildSummaries');
    o.emu.clock.set(new Date(2023, 5, d, 12, 0, 0).getTime());
    call('sendWaitingMail');
    for (const m of o.emu.mail.sent.slice(before)) for (const a of [...m.to, ...m.cc, ...m.bcc]) if (!addresses.has(a)) violations.push(`${d}/06: to ${a}, no listed school's: ${m.subject}`);
  }
  const told = o.emu.mail.sent.slice(start).filter((m) => TURN.test(m.subject));
  for (const x of reals) {
    const mine = told.filter((m) => [...m.to, ...m.cc].some((a) => owner.get(a) === x.id));
    if (mine.length > 1) (limits.has(x.id) ? [] : violations).push(`${SCHOOLS[x.id].name}: told ${mine.length}× on ${mine.map((m) => new Date(m.date).getDate())}: ${mine.map((m) => m.subject).join(' | ')}`);
    if (mine.length === 0) (limits.has(x.id) ? [] : violations).push(`${SCHOOLS[x.id].name}: never told`);
  }
  violations.push(...o.emu.runtime.executions.filter((e) => e.error).map((e) => `${e.label}: ${e.error}`));
  return { violations, log };
}
const busy = new Set<number>();

describe('r70f: a season of directory retypes, each school told a day of the calendar once', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}`, () => {
      busy.clear();
      const { violations, log } = season(seed);
      if (violations.length) console.log(`seed ${seed} failed:\n${log.join('\n')}\n${violations.join('\n')}`);
      expect(violations, `seed ${seed}`).toEqual([]);
    });
  }
});
