// Fix w71n (the rest of review r70f F2, left by w70m): a notice about a school's registrations — one replaced by a
// later one ("TT:"), one in force beside the school's own of the same name ("HN:") — waiting for the mail quota when the
// school's row is deleted from "Đơn vị" by mistake was closed as stale ("… hoặc tin đã cũ") and never sent once the row
// was typed back the next day. Now it is closed saying the school is no longer listed, sent once when the school is
// back (by its name, or a former name in "Tên cũ"), and never while it stays out of "Đơn vị".
// A two-school office (2023, the window closing 31/05): 21/05 the first registration (confirmed), 22/05 the quota used
// up before the second is sent (the notice waits), 23/05 the row deleted, 24/05 typed back (or not), quiet to 26/05.
import { describe, expect, it } from 'vitest';
import { typeIntoTab } from '../../scripts/season';
import { deleteTabRow } from '../../scripts/user';
import { Q } from '../../src/core/registration-form';
import { directoryRows, individualAnswers, officeAfterSetup } from './helpers';
import { HOA_BINH, HOA_SEN, type TestSchool } from './r67r-lib';

const GONE = 'không còn trong trang “Đơn vị”';
const STALE = 'tin đã cũ';
const KINDS = {
  // The teacher's registration sent again from the same address: the second replaces the first.
  TT: { second: 'teacher', from: 0, subject: /đã được thay bằng phiếu/ },
  // The same name sent again from the school's other address as staff: both stand, the school is asked if they are one.
  HN: { second: 'staff', from: 1, subject: /Có thể trùng người/ },
} as const;
type Kind = keyof typeof KINDS;

/** How the clerk types the row back on 24/05 (none: never). */
type Back = 'none' | 'same' | 'code changed' | 'renamed with Tên cũ' | 'renamed without Tên cũ';

function backRows(back: Back): string[][] | null {
  if (back === 'none') return null;
  const hb: TestSchool = back === 'same' ? HOA_BINH : back === 'code changed' ? { ...HOA_BINH, code: 'TH1' } : { ...HOA_BINH, name: 'Trường Tiểu học Hòa Bình Mới' };
  const rows = directoryRows([HOA_SEN, hb]);
  if (back === 'renamed with Tên cũ') rows[2][7] = HOA_BINH.name;
  return rows;
}

function season(kind: Kind, back: Back | 'not deleted') {
  const o = officeAfterSetup([HOA_SEN, HOA_BINH], { now: new Date(2023, 4, 20, 9) });
  const { emu, bundle, formId } = o;
  const call = (h: string) => bundle.call(h, undefined, { kind: 'timeTrigger' });
  const lan = (role: 'teacher' | 'staff') => ({ ...individualAnswers(role), [Q.school]: HOA_BINH.name, [Q.individualName]: 'Trần Thị Lan', [Q.birthYear]: '1985' }) as never;
  const notes: Record<number, string[][]> = {};
  for (let d = 21; d <= 26; d++) {
    emu.clock.set(new Date(2023, 4, d, 5));
    if (d === 21) emu.forms.submitAsUser(formId, lan('teacher'), { email: HOA_BINH.emails[0] });
    if (d === 22) {
      emu.runtime.consumeQuota('email', emu.mail.remaining(), emu.mail.options.dailyQuota, 'used');
      emu.forms.submitAsUser(formId, lan(KINDS[kind].second), { email: HOA_BINH.emails[KINDS[kind].from] });
    }
    if (d === 23 && back !== 'not deleted') deleteTabRow(emu, 'Đơn vị', emu.spreadsheets.values('Đơn vị').findIndex((r) => String(r[1]) === HOA_BINH.name) + 1);
    const rows = d === 24 && back !== 'not deleted' ? backRows(back) : null;
    if (rows) typeIntoTab(emu, 'Đơn vị', rows);
    emu.clock.set(new Date(2023, 4, d, 6));
    call('rebuildSummaries');
    emu.clock.set(new Date(2023, 4, d, 12));
    call('sendWaitingMail');
    notes[d] = emu.spreadsheets.values('Hộp thư đi').filter((r) => String(r[0]).startsWith(`${kind}:`)).map((r) => [String(r[0]), String(r[5]), String(r[9])]);
  }
  const failures = emu.runtime.executions.filter((e) => e.error).map((e) => `${e.label}: ${e.error}`);
  const notices = emu.mail.sent.filter((m) => KINDS[kind].subject.test(m.subject));
  const told = notices.filter((m) => m.to.includes(HOA_BINH.emails[0])).map((m) => new Date(m.date).getDate());
  return { failures, told, notices, notes };
}

describe('fix w71n: a waiting notice about a school\'s registrations, the school\'s row deleted', () => {
  for (const kind of Object.keys(KINDS) as Kind[]) {
    it(`"${kind}:" control, not deleted: waits on 22/05, told once on 23/05`, () => {
      const { failures, told, notes } = season(kind, 'not deleted');
      expect(failures).toEqual([]);
      expect(notes[22], JSON.stringify(notes)).toHaveLength(1);
      expect(told).toEqual([23]);
    });

    it(`"${kind}:" deleted for good: closed saying the school is no longer listed, never sent`, () => {
      const { failures, notices, notes } = season(kind, 'none');
      expect(failures).toEqual([]);
      expect(notices).toEqual([]);
      expect(notes[26], JSON.stringify(notes)).toHaveLength(1);
      expect(notes[26][0][2]).toContain(GONE);
      expect(notes[26][0][2]).not.toContain(STALE);
    });

    for (const back of ['same', 'code changed', 'renamed with Tên cũ'] as const) {
      it(`"${kind}:" deleted on 23/05, typed back on 24/05 (${back}): the true note while out, then told once`, () => {
        const { failures, told, notices, notes } = season(kind, back);
        expect(failures).toEqual([]);
        expect(notes[23], JSON.stringify(notes)).toHaveLength(1);
        expect(notes[23][0][2]).toContain(GONE);
        expect(told, JSON.stringify(notes)).toEqual([24]);
        // To the school's addresses (and the registration's sender, one of them) only.
        expect(notices.flatMap((m) => m.to).filter((a) => !HOA_BINH.emails.includes(a.trim()))).toEqual([]);
        expect(notes[26]).toHaveLength(1);
        expect(notes[26][0][2]).not.toContain(GONE);
      });
    }

    it(`"${kind}:" typed back renamed without Tên cũ: its registrations name no school listed — never sent, the true note kept`, () => {
      const { failures, notices, notes } = season(kind, 'renamed without Tên cũ');
      expect(failures).toEqual([]);
      expect(notices).toEqual([]);
      expect(notes[26][0][2]).toContain(GONE);
    });
  }
});
