// A burst of submissions (issue 12, item 2): n schools submit while another job holds the script lock the whole
// time (the worst case: none of their triggers can get it). Each trigger queues its row without the lock, waits
// briefly for the lock, gives up quietly and leaves a continuation; the continuation, a minute after the lock is
// free, handles the queue. Counted from what the emulation recorded: trigger runs, failed runs, registrations lost
// or written twice, confirmations sent, and the modelled trigger runtime used (waiting included).
//
// The holder is "another process" (the lock taken from outside any execution): the emulation runs executions one
// after another, so n triggers arriving during one execution's calls would nest inside it instead of running
// beside it as Apps Script runs them.
import { createEmulator } from '../emulator/index';
import { makeSampleOffice } from '../sample/office';
import { typeIntoTab } from './season';

export interface BurstFigures {
  n: number;
  runs: number;
  failed: number;
  lost: number;
  duplicated: number;
  answered: number;
  /** Modelled minutes of trigger runtime the burst used (the daily allowance: 90 consumer, 360 Workspace). */
  runtimeMin: number;
}

/** Runs a burst of `n` submissions through the bundle `code` on an office of `schools` schools. */
export function burst(code: string, n: number, schools = 200): BurstFigures {
  const office = makeSampleOffice({ schools, registrations: n, seed: 11 });
  const subs = office.submissions.filter((s) => s.editOf === undefined).slice(0, n);
  // A Workspace account: 1,500 recipients a day, so every registration can be answered the same day.
  const emu = createEmulator({ now: new Date(subs[0].at.getTime() - 86_400_000), mailQuota: 1500, modelLatency: true });
  const bundle = emu.loadBundle(code);
  bundle.call('setup', undefined, { kind: 'menu' });
  typeIntoTab(emu, 'Đơn vị', office.directoryRows);
  bundle.call('setup', undefined, { kind: 'menu' });
  const formId = emu.properties.script.get('form.registration.id')!;
  // The night's scheduled jobs run first: the burst is the next morning's.
  emu.triggers.runDueTimeTriggers(subs[0].at.getTime());
  emu.clock.set(Math.max(emu.clock.now(), subs[0].at.getTime()));
  const runtime0 = emu.runtime.remainingQuota('triggerRuntime', 360 * 60_000);
  const runs0 = emu.triggers.runs.length;
  const mail0 = emu.mail.sent.length;
  const lock = emu.locks.state('script');
  lock.holder = 0;
  for (const s of subs) emu.forms.submitAsUser(formId, s.answers, { email: s.email });
  lock.holder = null;
  for (let k = 0; k < 20 && emu.triggers.find('continueIntake').length > 0; k++) emu.triggers.runDueTimeTriggers(emu.clock.now() + 61_000);
  const runs = emu.triggers.runs.slice(runs0).filter((r) => r.handler === 'onFormSubmit' || r.handler === 'continueIntake');
  // Every response row has one result row (known by its code), none twice.
  const responses = emu.spreadsheets.values('Phiếu đăng ký').length - 1;
  const codes = emu.spreadsheets.values('Kết quả kiểm tra').slice(1).map((r) => String(r[0]));
  const distinct = new Set(codes).size;
  return {
    n: subs.length,
    runs: runs.length,
    failed: runs.filter((r) => !r.ok).length,
    lost: Math.max(0, responses - distinct),
    duplicated: codes.length - distinct,
    // Confirmations: one per registration (a school sending several gets one for each).
    answered: emu.mail.sent.length - mail0,
    runtimeMin: (runtime0 - emu.runtime.remainingQuota('triggerRuntime', 360 * 60_000)) / 60_000,
  };
}
