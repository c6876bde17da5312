// Review r70f: a randomised (seeded) season of the three test schools before the half-year report's deadline
// (15/06/2027, reminders 14 and 3 days before), the clerk retyping "Đơn vị" on random mornings — a code corrected, a
// rename with or without the old name in "Tên cũ", two codes swapped and swapped back, a row deleted and typed back, an
// address changed — the deadline moved to a day already past, reports sent, the mail quota small on some days. The
// test keeps its own model of who each school really is (every address it ever had), and checks what was sent.
import { typeIntoTab } from '../../scripts/season';
import { deleteTabRow } from '../../scripts/user';
import { directoryRows, setConfigValues } from './helpers';
import { DAY, SCHOOLS, reportOffice, type TestSchool } from './r67r-lib';

export const PERIOD = '6 tháng đầu năm 2027';

/** mulberry32: a small seeded PRNG. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T,>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] };
}

/** A real school as the test knows it: what is typed for it now, and whether its row is in "Đơn vị". */
interface Real {
  id: number;
  school: TestSchool;
  former: string[];
  listed: boolean;
  renames: number;
  mails: number;
  codes: number;
}

export type Op =
  | { day: number; kind: 'code'; id: number; code: string }
  | { day: number; kind: 'renameFormer' | 'renameBare'; id: number; name: string }
  | { day: number; kind: 'swap'; a: number; b: number }
  | { day: number; kind: 'delete'; id: number }
  | { day: number; kind: 'retype'; id: number }
  | { day: number; kind: 'mail'; id: number; email: string }
  | { day: number; kind: 'movePast'; to: number }
  | { day: number; kind: 'report'; id: number }
  | { day: number; kind: 'quota'; left: number };

/** Day numbers: days since 20/05/2027 (1 = 21/05, 12 = 01/06, 26 = 15/06). */
export const dateOf = (n: number, h = 0, m = 0) => new Date(2027, 4, 20 + n, h, m);
export const LAST = 31; // 20/06
const DEADLINE = 26; // 15/06
const slug = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/[^a-z0-9]/g, '');

/** The clerk's random season for `seed`: a list of ops by day (the ops are decided up front, from the model). */
export function randomOps(seed: number): Op[] {
  const r = prng(seed);
  const model = SCHOOLS.map((s, id) => ({ id, code: s.code, name: s.name, renames: 0, mails: 0, codes: 0, reported: false }));
  const ops: Op[] = [];
  const busy = new Set<number>(); // ids swapped or deleted, until put back
  let moved = false;
  for (let day = 6; day <= LAST - 2; day++) {
    if (r.next() < 0.25) ops.push({ day, kind: 'quota', left: r.int(3) });
    if (r.next() < 0.12) {
      const m = r.pick(model.filter((x) => !x.reported));
      if (m) { m.reported = true; ops.push({ day, kind: 'report', id: m.id }); }
    }
    if (r.next() > 0.55) continue;
    const free = model.filter((m) => !busy.has(m.id));
    const kinds = ['code', 'renameFormer', 'renameBare', 'swap', 'delete', 'mail', ...(!moved && day >= 17 && day < DEADLINE ? ['movePast'] : [])];
    const kind = r.pick(kinds);
    if (kind === 'movePast') {
      moved = true;
      ops.push({ day, kind, to: 20 + day - 31 - 1 - r.int(3) }); // a day of June already past
      continue;
    }
    if (free.length < (kind === 'swap' ? 2 : 1)) continue;
    const m = r.pick(free);
    if (kind === 'code') {
      m.codes++;
      const code = m.codes % 2 === 1 ? m.code.replace(/0(\d)$/, '$1') : SCHOOLS[m.id].code; // MN01 ↔ MN1
      ops.push({ day, kind, id: m.id, code });
    } else if (kind === 'renameFormer' || kind === 'renameBare') {
      m.renames++;
      ops.push({ day, kind, id: m.id, name: `${SCHOOLS[m.id].name} Số ${m.renames + 1}` });
    } else if (kind === 'swap') {
      const other = r.pick(free.filter((x) => x !== m));
      busy.add(m.id); busy.add(other.id);
      ops.push({ day, kind, a: m.id, b: other.id });
      const back = Math.min(day + 1 + r.int(3), LAST - 1);
      ops.push({ day: back, kind: 'swap', a: m.id, b: other.id });
      pending.push({ day: back, ids: [m.id, other.id] });
    } else if (kind === 'delete') {
      busy.add(m.id);
      ops.push({ day, kind, id: m.id });
      const back = Math.min(day + 1 + r.int(2), LAST - 1);
      ops.push({ day: back, kind: 'retype', id: m.id });
      pending.push({ day: back, ids: [m.id] });
    } else if (kind === 'mail') {
      m.mails++;
      ops.push({ day, kind, id: m.id, email: `${slug(SCHOOLS[m.id].name).slice(5)}${m.mails}@example.edu.vn` });
    }
    for (let i = pending.length - 1; i >= 0; i--) if (pending[i].day <= day + 1) { pending[i].ids.forEach((x) => busy.delete(x)); pending.splice(i, 1); }
  }
  pending.length = 0;
  return ops.sort((a, b) => a.day - b.day);
}
const pending: { day: number; ids: number[] }[] = [];

export const describeOp = (o: Op) => `${dateOf(o.day).getDate()}/${dateOf(o.day).getMonth() + 1} ${JSON.stringify(o)}`;

/** Runs `ops` over the season; returns the violations found (empty: all invariants held). */
export function runSeason(ops: readonly Op[], setupAfterEdit = true) {
  const w = reportOffice();
  const reals: Real[] = SCHOOLS.map((s, id) => ({ id, school: { ...s, emails: [...s.emails] }, former: [], listed: true, renames: 0, mails: 0, codes: 0 }));
  const owner = new Map<string, number>();
  reals.forEach((x) => x.school.emails.forEach((e) => owner.set(e, x.id)));
  const reportedOn = new Map<number, number>();
  const listedOn = new Map<number, Set<number>>(); // day → ids listed
  let deadline = DEADLINE;
  let movedOn = 0;
  const violations: string[] = [];
  const limits: string[] = [];
  const typeDirectory = () => {
    const shown = reals.filter((x) => x.listed);
    const rows = directoryRows(shown.map((x) => x.school));
    shown.forEach((x, i) => { rows[i + 1][rows[i + 1].length - 1] = x.former.join('; '); });
    while (rows.length < 6) rows.push(rows[0].map(() => ''));
    typeIntoTab(w.emu, 'Đơn vị', rows);
  };
  w.emu.clock.set(dateOf(0, 10));
  typeDirectory();
  const start = w.emu.mail.sent.length;
  for (let day = 1; day <= LAST; day++) {
    let quota: number | undefined;
    w.emu.clock.set(dateOf(day, 6));
    for (const o of ops.filter((x) => x.day === day)) {
      if (o.kind === 'quota') { quota = o.left; continue; }
      if (o.kind === 'report') continue;
      if (o.kind === 'movePast') {
        w.emu.clock.set(dateOf(day, 6, 30));
        setConfigValues(w.emu, { 'reports.halfYearDeadline': `${String(o.to).padStart(2, '0')}/06` });
        deadline = o.to + 11; movedOn = day;
        continue;
      }
      if (o.kind === 'delete') {
        const x = reals[o.id];
        const row = w.emu.spreadsheets.values('Đơn vị').findIndex((r) => String(r[1]) === x.school.name);
        if (row < 1) throw new Error(`row of ${x.school.name} not found`);
        deleteTabRow(w.emu, 'Đơn vị', row + 1);
        x.listed = false;
        if (setupAfterEdit) w.bundle.call('setup', undefined, { kind: 'menu' });
        continue;
      }
      if (o.kind === 'code') reals[o.id].school.code = o.code;
      else if (o.kind === 'renameFormer' || o.kind === 'renameBare') {
        const x = reals[o.id];
        if (o.kind === 'renameFormer') x.former.push(x.school.name);
        x.school.name = o.name;
      } else if (o.kind === 'swap') {
        const [a, b] = [reals[o.a].school, reals[o.b].school];
        [a.code, b.code] = [b.code, a.code];
      } else if (o.kind === 'retype') reals[o.id].listed = true;
      else if (o.kind === 'mail') {
        reals[o.id].school.emails = [o.email];
        owner.set(o.email, o.id);
      }
      typeDirectory();
      // README: after editing "Đơn vị" the clerk runs "Thiết lập" so the forms list the schools as they are now.
      if (setupAfterEdit) w.bundle.call('setup', undefined, { kind: 'menu' });
    }
    listedOn.set(day, new Set(reals.filter((x) => x.listed).map((x) => x.id)));
    const addresses = new Set(reals.filter((x) => x.listed).flatMap((x) => x.school.emails));
    const before = w.emu.mail.sent.length;
    // 7:00 rebuild; 8:00 the run for waiting e-mails; 8:30 the quota (small on some days); 8:40 reminders; a report at 10:00, 14:00 waiting e-mails again.
    w.rebuild(dateOf(day, 7));
    w.emu.clock.set(dateOf(day, 8));
    w.bundle.call('sendWaitingMail', undefined, { kind: 'timeTrigger' });
    if (quota !== undefined) {
      w.emu.clock.set(dateOf(day, 8, 30));
      const use = w.emu.mail.remaining() - quota;
      if (use > 0) w.emu.runtime.consumeQuota('email', use, w.emu.mail.options.dailyQuota, 'used');
    }
    w.emu.clock.set(dateOf(day, 8, 40));
    w.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    for (const o of ops.filter((x) => x.day === day && x.kind === 'report')) {
      const x = reals[(o as { id: number }).id];
      if (!x.listed) continue;
      // The form offers the names its last update knew: the school picks its own (its current name, else a former one).
      const names = [x.school.name, ...[...x.former].reverse(), SCHOOLS[x.id].name];
      const done = names.some((name) => {
        try {
          w.report({ ...x.school, name }, dateOf(day, 10), PERIOD, `Số ${day}/BC`);
          return true;
        } catch (e) {
          if (!String(e).includes('is not a choice')) throw e;
          return false;
        }
      });
      if (done) reportedOn.set(x.id, day);
    }
    w.emu.clock.set(dateOf(day, 14));
    w.bundle.call('sendWaitingMail', undefined, { kind: 'timeTrigger' });
    for (const m of w.emu.mail.sent.slice(before)) {
      for (const a of [...m.to, ...m.cc, ...m.bcc]) if (!addresses.has(a)) violations.push(`${dateOf(day).toDateString()}: sent to ${a}, no listed school has it: ${m.subject}`);
    }
  }
  // Who each e-mail went to (by the real school), and what it was.
  const sent = w.emu.mail.sent.slice(start).map((m) => {
    const ids = new Set([...m.to, ...m.cc, ...m.bcc].map((a) => owner.get(a) ?? -1));
    const day = Math.round((new Date(m.date.getFullYear(), m.date.getMonth(), m.date.getDate()).getTime() - dateOf(0).getTime()) / DAY);
    const due = /Nhắc hạn (\d\d)\/06\/2027/.exec(m.subject);
    return { ids: [...ids], day, subject: m.subject, due: due ? Number(due[1]) : 0, movedPast: m.subject.includes('đổi sớm hơn') };
  });
  for (const s of sent) if (s.ids.length !== 1 || s.ids[0] < 0) violations.push(`day ${s.day}: one e-mail to ${s.ids.join('+')} (not one school): ${s.subject}`);
  for (const x of reals) {
    const mine = sent.filter((s) => s.ids.includes(x.id));
    const dues = new Set(mine.filter((s) => s.due).map((s) => s.due));
    for (const due of dues) {
      const rem = mine.filter((s) => s.due === due);
      const early = rem.filter((s) => s.day < due + 11 - 3);
      if (rem.length > 2 || early.length > 1) violations.push(`${SCHOOLS[x.id].name}: reminded of ${due}/06 ${rem.length}× (${early.length} before D-3) on days ${rem.map((s) => s.day).join(',')}: ${rem.map((s) => s.subject.split('— ')[1]).join(' | ')}`);
      const rep = reportedOn.get(x.id);
      const after = rem.filter((s) => rep !== undefined && s.day > rep && !s.subject.includes('đã nhận báo cáo'));
      const bare = ops.some((o) => o.kind === 'renameBare' && o.id === x.id && rep !== undefined && o.day > rep);
      // README/workbook: a school renamed without its old name in "Tên cũ" is not known by what it sent under that name.
      if (after.length) (bare ? limits : violations).push(`${SCHOOLS[x.id].name}: reminded on day ${after.map((s) => s.day)} after its report of day ${rep}`);
    }
    const mp = mine.filter((s) => s.movedPast);
    if (mp.length > 1) violations.push(`${SCHOOLS[x.id].name}: told the deadline moved past ${mp.length}× on days ${mp.map((s) => s.day)}: ${mp.map((s) => s.subject).join(' | ')}`);
    // Due a reminder: listed on D-3 (the deadline as it stayed), not reported before it.
    if (!movedOn) {
      const d3 = DEADLINE - 3;
      const rep = reportedOn.get(x.id);
      if (listedOn.get(d3)!.has(x.id) && (rep === undefined || rep >= d3) && !mine.some((s) => s.due === 15)) violations.push(`${SCHOOLS[x.id].name}: never reminded of 15/06 (listed on 12/06, no report)`);
    }
  }
  const failures = w.failures();
  if (failures.length) violations.push(...failures.map((f) => `run failed: ${f}`));
  return { violations, limits, sent, w, deadline };
}
