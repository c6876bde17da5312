// A deadline-day rush on a consumer account (100 recipients in 24 h, counted from the window's first e-mail, not from
// midnight: the emulation models that window): the confirmations the quota holds back go when it comes back — within
// a day of their registration, none twice — confirmations before reminders, the outbox and "Tình trạng" saying how many
// wait and until when, and a confirmation composed after the window closed giving no past date to fix by.
import { describe, expect, it } from 'vitest';
import { configToRows, defaultConfig, officeWord, periodConfig, type OfficeConfig } from '../../src/core/config';
import { CONFIRMATION, MAIL_QUOTA_DETAIL, OUTBOX_NOTE } from '../../src/core/messages';
import { quotaTime } from '../../src/core/outbox';
import { Q, initiativeTitles } from '../../src/core/registration-form';
import { formatDate, makeDate } from '../../src/core/text';
import { typeIntoTab } from '../../scripts/season';
import { SCHOOLS, bundleCode, collectiveAnswers, directoryRows, individualAnswers, officeEmulator } from './helpers';

const HOUR = 3600_000;
const QUOTA_LINE = 'Gửi thư chờ hạn mức';

/** 2026–2030, the registration window closing on 31/05/2027 (the rush's day). */
function officeConfig(now: Date): OfficeConfig {
  const cfg = defaultConfig(now, periodConfig(2026, 2030));
  cfg.period.milestones.find((m) => m.id === 'DANG-KY-DONG')!.date = makeDate(2027, 5, 31);
  return cfg;
}

/** Rows of a tab as objects by header. */
function rowsOf(emu: ReturnType<typeof officeEmulator>, tab: string): Record<string, unknown>[] {
  const [header, ...rows] = emu.spreadsheets.values(tab) as unknown[][];
  return rows.map((r) => Object.fromEntries((header as string[]).map((h, i) => [h, r[i]])));
}

function healthDetail(emu: ReturnType<typeof officeEmulator>): string | undefined {
  const line = (emu.spreadsheets.values('Tình trạng') as unknown[][]).find((r) => r[0] === QUOTA_LINE);
  return line ? String(line[3]) : undefined;
}

/**
 * The deadline day of a consumer account: 150 registrations from 07:30 to 16:27, one every 3.6 minutes; every third a
 * teacher's with something to fix (a single solution). Returns the emulation, what the rush sent, and when it sent.
 */
function rush() {
    const now = new Date(2027, 4, 30, 9, 0);
    const emu = officeEmulator({ mailQuota: 100, now });
    const bundle = emu.loadBundle(bundleCode());
    bundle.call('setup', undefined, { kind: 'menu' });
    typeIntoTab(emu, 'Đơn vị', directoryRows(SCHOOLS));
    const cfg = officeConfig(now);
    typeIntoTab(emu, 'Cấu hình', configToRows(cfg));
    bundle.call('setup', undefined, { kind: 'menu' });
    const formId = emu.properties.script.get('form.registration.id')!;
    // The morning of the deadline day: the daily runs have had their turn.
    emu.triggers.runDueTimeTriggers(new Date(2027, 4, 31, 7, 25));
    const before = emu.mail.sent.length;

    // 150 registrations from 07:30 to 16:27, one every 3.6 minutes; every third a teacher's with something to fix (a single solution).
    const N = 150;
    const submitted = new Map<string, number>();
    for (let i = 0; i < N; i++) {
      emu.clock.set(new Date(2027, 4, 31, 7, 30).getTime() + i * 216_000);
      const school = SCHOOLS[i % 3];
      const name = `Tổ chuyên môn số ${i}`;
      const answers =
        i % 3 === 0
          ? { ...individualAnswers('teacher', cfg), [Q.individualName]: name, [initiativeTitles(2).name]: '' }
          : { ...collectiveAnswers(cfg), [Q.collectiveName]: name };
      emu.forms.submitAsUser(formId, { ...answers, [Q.school]: school.name } as never, { email: school.emails[0] });
      submitted.set(name, emu.clock.now());
      emu.triggers.runDueTimeTriggers(emu.clock.now());
      // Never more than one run scheduled for the quota.
      expect(emu.triggers.find('sendWaitingMail').length).toBeLessThanOrEqual(1);
    }
    return { emu, bundle, cfg, formId, before, submitted, N };
}

describe('a deadline-day rush on a consumer account (100 recipients a day)', () => {
  it('sends every confirmation within a day of its registration, none twice; the outbox and Tình trạng say when', () => {
    const { emu, cfg, before, submitted, N } = rush();
    const confirmations = () => emu.mail.sent.slice(before).filter((m) => m.subject.includes('Đã nhận phiếu'));
    const sameDay = confirmations();
    // The window opened with the day's first e-mail (the reminders of the deadline day may come first); the quota held
    // 100 recipients, one for each confirmation.
    const inWindow = emu.mail.sent.filter((m) => m.date.getTime() >= new Date(2027, 4, 31, 0, 0).getTime());
    const opened = inWindow[0].date.getTime();
    expect(inWindow.reduce((n, m) => n + m.to.length + m.cc.length + m.bcc.length, 0)).toBe(100);
    expect(sameDay.length).toBeGreaterThan(90);
    const left = N - sameDay.length;

    // At the end of the rush: the rest waits, saying when it goes (the window's first e-mail + 24 h, and a margin).
    const when = quotaTime(opened + 24 * HOUR + 5 * 60_000);
    const waiting = rowsOf(emu, 'Hộp thư đi').filter((r) => r['Trạng thái'] === 'Chờ gửi');
    expect(waiting).toHaveLength(left);
    expect(new Set(waiting.map((r) => r['Ghi chú']))).toEqual(new Set([OUTBOX_NOTE.quota(when)]));
    expect(healthDetail(emu)).toBe(MAIL_QUOTA_DETAIL.waiting(left, when, 100));
    expect(emu.triggers.find('sendWaitingMail')).toHaveLength(1);

    // Three days of the office's triggers.
    for (let h = 0; h < 72; h++) emu.triggers.runDueTimeTriggers(emu.clock.now() + HOUR);

    const all = confirmations();
    const byName = new Map<string, number[]>();
    for (const m of all) {
      const name = [...submitted.keys()].find((k) => m.subject.includes(`(${k})`))!;
      expect(name).toBeDefined();
      byName.set(name, [...(byName.get(name) ?? []), m.date.getTime()]);
    }
    // Every registration answered once.
    expect(byName.size).toBe(N);
    expect([...byName.values()].every((t) => t.length === 1)).toBe(true);
    // Within a day of its registration (the last 50 when the quota came back, the morning after).
    const delays = [...byName].map(([name, [t]]) => t - submitted.get(name)!);
    expect(Math.max(...delays)).toBeLessThan(24 * HOUR);
    const late = all.filter((m) => m.date.getTime() > opened + 24 * HOUR);
    expect(late).toHaveLength(left);
    expect(late.every((m) => m.date.getTime() < opened + 24 * HOUR + HOUR)).toBe(true);

    // A confirmation composed on the deadline day gives the date to fix by; one composed after it says the window is
    // over (no past date to fix by).
    const office = officeWord(cfg.organisation);
    const fixBy = CONFIRMATION.fixBy(formatDate(makeDate(2027, 5, 31)), office);
    const toFixSameDay = sameDay.filter((m) => m.subject.includes('Cần bổ sung'));
    const toFixLate = late.filter((m) => m.subject.includes('Cần bổ sung'));
    expect(toFixSameDay.length).toBeGreaterThan(0);
    expect(toFixLate.length).toBeGreaterThan(0);
    expect(toFixSameDay.every((m) => m.body.includes(fixBy))).toBe(true);
    expect(toFixLate.every((m) => !m.body.includes(fixBy) && m.body.includes(CONFIRMATION.fixAfterClose('31/05/2027', office)))).toBe(true);

    // Nothing waits any more, and Tình trạng says so; the one-off trigger is gone.
    expect(rowsOf(emu, 'Hộp thư đi').filter((r) => r['Trạng thái'] === 'Chờ gửi')).toHaveLength(0);
    expect(healthDetail(emu)).toBe(MAIL_QUOTA_DETAIL.none);
    expect(emu.triggers.find('sendWaitingMail')).toHaveLength(0);
    expect(emu.triggers.runs.filter((r) => r.handler === 'sendWaitingMail').every((r) => r.ok)).toBe(true);
  });

  // Review quotaday #1: a run that sent in the minutes between the quota coming back and the run scheduled for it opened a
  // new window, and moved that run (and the waiting e-mails) a whole day later, with the quota unused.
  it('a registration sent once the quota is back, before the run for the waiting e-mails, does not put them off a day', () => {
    const { emu, formId, cfg, before } = rush();
    const inWindow = emu.mail.sent.filter((m) => m.date.getTime() >= new Date(2027, 4, 31, 0, 0).getTime());
    const opened = inWindow[0].date.getTime();
    const waiting = () => rowsOf(emu, 'Hộp thư đi').filter((r) => r['Trạng thái'] === 'Chờ gửi').length;
    const left = waiting();
    expect(left).toBeGreaterThan(0);
    // A minute after the quota came back; the run for the waiting e-mails is due four minutes later.
    emu.clock.set(opened + 24 * HOUR + 60_000);
    emu.forms.submitAsUser(formId, { ...collectiveAnswers(cfg), [Q.school]: SCHOOLS[0].name, [Q.collectiveName]: 'Tổ đến muộn' } as never, { email: SCHOOLS[0].emails[0] });
    const runs = emu.triggers.find('sendWaitingMail');
    expect(runs).toHaveLength(1);
    expect(runs[0].clock!.nextAt).toBeLessThanOrEqual(opened + 24 * HOUR + 5 * 60_000);
    expect(healthDetail(emu)).toBe(MAIL_QUOTA_DETAIL.waitingRun(left, quotaTime(runs[0].clock!.nextAt)));
    // Within ten minutes every one has gone, once.
    for (let m = 1; m <= 10; m++) emu.triggers.runDueTimeTriggers(opened + 24 * HOUR + m * 60_000);
    expect(waiting()).toBe(0);
    const confirmations = emu.mail.sent.slice(before).filter((m) => m.subject.includes('Đã nhận phiếu'));
    expect(new Set(confirmations.map((m) => m.subject)).size).toBe(confirmations.length);
    expect(confirmations.filter((m) => m.date.getTime() > opened + 24 * HOUR)).toHaveLength(left + 1);
  });
});
