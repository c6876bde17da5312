// Fault sweeps of the jobs that send e-mail: submit, rebuild, reminders, digest. One fault at each service call in
// turn, and one kill at each call in turn, then the office's runs until quiet: no e-mail twice except one in the
// ambiguous window (a kill right after MailApp.sendEmail), every e-mail of the run without faults delivered.
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../emulator/index';
import { configToRows, defaultConfig, periodConfig } from '../../src/core/config';
import { Q } from '../../src/core/registration-form';
import { makeDate } from '../../src/core/text';
import { typeIntoTab } from '../../scripts/season';
import { SCHOOLS, bundleCode, collectiveAnswers, directoryRows, individualAnswers } from './helpers';
import { continuationFaults, describeReport, failures, sweep, type Office, SWEEP_TIMEOUT } from './sweep';

const TWO = SCHOOLS.slice(0, 2);
const [A, B] = TWO;
const at = (y: number, m: number, d: number, h = 9) => new Date(y, m - 1, d, h, 0, 0);
const DAY = 24 * 3600_000;
const CODE = bundleCode();

interface MailOffice extends Office {
  formId: string;
  cfg: ReturnType<typeof defaultConfig>;
}

/** A small 2026–2030 office (two schools, two staff addresses for the digest) after setup. */
function office(now: Date, mailQuota = 1500): MailOffice & { cfg: ReturnType<typeof defaultConfig> } {
  const emu = createEmulator({ modelLatency: false, mailQuota, now });
  const bundle = emu.loadBundle(CODE);
  bundle.call('setup', undefined, { kind: 'menu' });
  typeIntoTab(emu, 'Đơn vị', directoryRows(TWO));
  const cfg = defaultConfig(now, periodConfig(2026, 2030));
  cfg.period.milestones.find((m) => m.id === 'DANG-KY-DONG')!.date = makeDate(2027, 5, 31);
  cfg.mail.digestRecipients = ['thuongtruc@phong.example', 'lanhdao@phong.example'];
  cfg.mail.reminderDaysBefore = [14, 3];
  typeIntoTab(emu, 'Cấu hình', configToRows(cfg));
  bundle.call('setup', undefined, { kind: 'menu' });
  return { emu, bundle, cfg, formId: emu.properties.script.get('form.registration.id')! };
}

type Cfg = ReturnType<typeof defaultConfig>;
const collective = (cfg: Cfg, s: (typeof TWO)[number], name: string) => ({ ...collectiveAnswers(cfg), [Q.school]: s.name, [Q.collectiveName]: name });
const individual = (cfg: Cfg, s: (typeof TWO)[number], name: string) => ({ ...individualAnswers('teacher', cfg), [Q.school]: s.name, [Q.individualName]: name });

const rebuild = (o: Office) => o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });

function report(job: string, r: ReturnType<typeof sweep>): void {
  console.log(describeReport(job, r));
  expect(failures(r)).toEqual([]);
  expect(r.duplicatesOutsideWindow).toBe(0);
  expect(r.duplicatesInWindow).toBeLessThanOrEqual(r.ambiguousPoints);
  expect(r.missing).toBe(0);
  expect(r.problems).toBe(0);
}

/**
 * E-mails compared without their codes: a run that fails or dies between the register's counter and its row skips the
 * codes it had given (never gives one twice, docs/developers.md), and the registrations are answered under the next.
 */
const withoutCodes = (key: string) => key.replace(/DK-\d+/g, 'DK-…');

/** Problems with the register's codes at the end: not `n` of them, or one given twice. */
function codesOnce(o: Office, n: number): string[] {
  const list = o.emu.spreadsheets.values('Sổ mã phiếu').slice(1).map((r) => String(r[0])).filter((c) => c !== '');
  const twice = list.filter((c, i) => list.indexOf(c) !== i);
  return [...(list.length !== n ? [`${list.length} codes in the register, not ${n}`] : []), ...twice.map((c) => `${c} given twice`)];
}

/**
 * A second school's submission after a first one, swept, then settled by `settle`. A run that fails or dies between the
 * register's counter and its row skips that code (never gives it twice, docs/developers.md): the registration is
 * answered under the next one. E-mails are compared without their codes; "submit, then another" checks the codes.
 */
function sweepSubmission(settle: (o: MailOffice) => void) {
  return sweep<MailOffice>({
    prepare: () => {
      const o = office(at(2026, 9, 10));
      o.emu.forms.submitAsUser(o.formId, collective(o.cfg, A, 'Tổ Một'), { email: A.emails[0] });
      return o;
    },
    run: (o) => void o.emu.forms.submitAsUser(o.formId, individual(o.cfg, B, 'Trần Hai'), { email: B.emails[0] }),
    settle,
    mailKey: withoutCodes,
  });
}

describe('fault sweeps of the mail jobs (a two-school office)', { timeout: SWEEP_TIMEOUT }, () => {
  it('submit: a submission answered once, whatever call fails or is killed', () => {
    const r = sweepSubmission(rebuild);
    report('submit', r);
    expect(r.ambiguousPoints).toBeGreaterThan(0);
  });

  it('submit, settled by its continuation alone (no rebuild): whatever call fails, the registration is answered once within minutes', () => {
    // What runs within minutes of the submission: the one-off continuation a failed run leaves (and only that).
    const r = sweepSubmission((o) => void o.emu.triggers.runDueTimeTriggers(new Date(o.emu.clock.now() + 61_000)));
    console.log(describeReport('submit, continuation', r));
    // A fault (the run ends with an error): its row is queued and the continuation answers it, once (continuationFaults).
    const faults = continuationFaults(r);
    expect(faults.filter((p) => p.missing.length > 0).map((p) => `fault at ${p.call} (${p.name})`)).toEqual([]);
    expect(faults.filter((p) => p.duplicates > 0).map((p) => `fault at ${p.call} (${p.name})`)).toEqual([]);
    // A kill (the execution stops dead) may leave it to the nightly rebuild (the previous test), never answer it twice
    // outside the ambiguous window.
    expect(r.points.filter((p) => p.kill && p.duplicates > 0 && !p.inWindow)).toEqual([]);
  });

  it('submit, then another submission: whatever call of the first fails or is killed, no code is given twice', () => {
    // The second submission finds its rows in the register by its response id and takes its code from the counter,
    // without reading the register: the counter must be written before a code it gives is used anywhere.
    const r = sweep<MailOffice>({
      prepare: () => {
        const o = office(at(2026, 9, 10));
        o.emu.forms.submitAsUser(o.formId, collective(o.cfg, A, 'Tổ Một'), { email: A.emails[0] });
        return o;
      },
      run: (o) => {
        o.emu.forms.submitAsUser(o.formId, individual(o.cfg, B, 'Trần Hai'), { email: B.emails[0] });
        o.emu.runtime.clearFaults();
        o.emu.clock.advance(60_000);
        o.emu.forms.submitAsUser(o.formId, individual(o.cfg, A, 'Lê Ba'), { email: A.emails[0] });
      },
      settle: rebuild,
      // A first submission that failed before its code waits for the rebuild: the second one then takes the next code
      // first. Its e-mails are compared without their codes; the codes are checked below.
      mailKey: withoutCodes,
      check: (o) => codesOnce(o, 3),
    });
    report('submit, then another', r);
  });

  it('rebuild: the confirmations the quota held back go once the next day', () => {
    const r = sweep<MailOffice>({
      prepare: () => {
        // A quota of 2 a day: the first two submissions are answered at once, the next two wait for the rebuild.
        const o = office(at(2026, 9, 10), 2);
        const subs = [collective(o.cfg, A, 'Tổ Một'), individual(o.cfg, A, 'Lê Ba'), collective(o.cfg, B, 'Tổ Bốn'), individual(o.cfg, B, 'Trần Năm')];
        subs.forEach((a, i) => o.emu.forms.submitAsUser(o.formId, a, { email: (i < 2 ? A : B).emails[0] }));
        o.emu.clock.advance(DAY + 3600_000);
        return o;
      },
      run: rebuild,
      settle: (o) => {
        o.emu.clock.advance(DAY + 3600_000);
        rebuild(o);
      },
      // A rebuild that fails between the counter and the register answers the two waiting registrations under the next
      // codes the day after (found at SWEEP_STRIDE=1: calls 33–35).
      mailKey: withoutCodes,
      check: (o) => codesOnce(o, 4),
    });
    report('rebuild', r);
  });

  it('reminders: each school reminded once before the plan deadline', () => {
    const r = sweep<MailOffice>({
      prepare: () => {
        const o = office(at(2026, 9, 1));
        o.emu.clock.set(at(2026, 9, 16, 7));
        return o;
      },
      run: (o) => o.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' }),
      settle: (o) => {
        o.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
        rebuild(o);
      },
    });
    report('reminders', r);
  });

  it('digest: the weekly digest once', () => {
    const r = sweep<MailOffice>({
      prepare: () => {
        const o = office(at(2026, 9, 1));
        o.emu.forms.submitAsUser(o.formId, collective(o.cfg, A, 'Tổ Một'), { email: A.emails[0] });
        o.emu.clock.set(at(2026, 9, 7, 7));
        return o;
      },
      run: (o) => o.bundle.call('sendWeeklyDigest', undefined, { kind: 'timeTrigger' }),
      settle: (o) => {
        o.bundle.call('sendWeeklyDigest', undefined, { kind: 'timeTrigger' });
        rebuild(o);
      },
    });
    report('digest', r);
  });
});
