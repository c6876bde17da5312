// Fault sweep of an EDITED response's submission (a school changes its registration through its edit link): one fault
// at each service call of its run in turn, and one kill at each call in turn, then the office's runs until quiet. Its
// rows (the result's, the review's) and the outbox's go in one call of the Sheets service after its e-mail: whatever
// call fails, the registration keeps its one code and its one row in each tab, shows the edit, and its confirmation
// goes once (twice only in the ambiguous window: a kill right after MailApp.sendEmail).
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../emulator/index';
import { configToRows, defaultConfig, periodConfig } from '../../src/core/config';
import { Q } from '../../src/core/registration-form';
import { makeDate } from '../../src/core/text';
import { typeIntoTab } from '../../scripts/season';
import { SCHOOLS, bundleCode, collectiveAnswers, directoryRows } from './helpers';
import { continuationFaults, describeReport, failures, sweep, type Office, SWEEP_TIMEOUT } from './sweep';

const TWO = SCHOOLS.slice(0, 2);
const [A, B] = TWO;
const CODE = bundleCode();
const EDITED = 'Tổ Một (sửa)';

interface EditOffice extends Office {
  formId: string;
  /** The response A edits. */
  responseId: string;
  cfg: ReturnType<typeof defaultConfig>;
}

/** A two-school office after setup, with A's and B's registrations in (the register made, the outbox holding two rows). */
function office(): EditOffice {
  const now = new Date(2026, 9, 10, 9, 0, 0);
  const emu = createEmulator({ modelLatency: false, mailQuota: 1500, now });
  const bundle = emu.loadBundle(CODE);
  bundle.call('setup', undefined, { kind: 'menu' });
  typeIntoTab(emu, 'Đơn vị', directoryRows(TWO));
  const cfg = defaultConfig(now, periodConfig(2026, 2030));
  cfg.period.milestones.find((m) => m.id === 'DANG-KY-DONG')!.date = makeDate(2027, 5, 31);
  typeIntoTab(emu, 'Cấu hình', configToRows(cfg));
  bundle.call('setup', undefined, { kind: 'menu' });
  const formId = emu.properties.script.get('form.registration.id')!;
  const responseId = emu.forms.submitAsUser(formId, collective(cfg, A, 'Tổ Một'), { email: A.emails[0] }).responseId;
  emu.clock.advance(60_000);
  emu.forms.submitAsUser(formId, collective(cfg, B, 'Tổ Hai'), { email: B.emails[0] });
  emu.clock.advance(60_000);
  return { emu, bundle, cfg, formId, responseId };
}

const collective = (cfg: ReturnType<typeof defaultConfig>, s: (typeof TWO)[number], name: string) => ({ ...collectiveAnswers(cfg), [Q.school]: s.name, [Q.collectiveName]: name });
const rebuild = (o: Office) => o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });

/** The end state's problems: not two codes, a code twice, a tab without the edit or with a registration twice. */
function editKept(o: Office): string[] {
  const problems: string[] = [];
  const codes = o.emu.spreadsheets.values('Sổ mã phiếu').slice(1).map((r) => String(r[0])).filter((c) => c !== '');
  if (codes.length !== 2 || new Set(codes).size !== 2) problems.push(`register codes ${codes.join(', ')}`);
  for (const tab of ['Kết quả kiểm tra', 'Thẩm định']) {
    const rows = o.emu.spreadsheets.values(tab).slice(1).filter((r) => String(r[0]) !== '');
    const ids = rows.map((r) => String(r[0]));
    if (rows.length !== 2 || new Set(ids).size !== 2) problems.push(`${tab}: rows ${ids.join(', ')}`);
    if (rows.filter((r) => r.includes(EDITED)).length !== 1) problems.push(`${tab}: the edit not shown once`);
  }
  // The outbox's record and its view show the same rows.
  const record = JSON.stringify(o.emu.spreadsheets.values('Sổ thư (hệ thống)'));
  if (record !== JSON.stringify(o.emu.spreadsheets.values('Hộp thư đi'))) problems.push('the outbox view differs from its record');
  return problems;
}

function sweepEdit(settle: (o: EditOffice) => void) {
  return sweep<EditOffice>({
    prepare: office,
    run: (o) => void o.emu.forms.submitAsUser(o.formId, collective(o.cfg, A, EDITED), { email: A.emails[0], editResponseId: o.responseId }),
    settle,
    check: (o) => editKept(o),
  });
}

describe('fault sweep of an edited response (a two-school office)', { timeout: SWEEP_TIMEOUT }, () => {
  it('edit: the registration keeps its code and its rows, shows the edit, and is answered once, whatever call fails or is killed', () => {
    const r = sweepEdit(rebuild);
    console.log(describeReport('edit', r));
    expect(failures(r)).toEqual([]);
    expect(r.duplicatesOutsideWindow).toBe(0);
    expect(r.duplicatesInWindow).toBeLessThanOrEqual(r.ambiguousPoints);
    expect(r.missing).toBe(0);
    expect(r.problems).toBe(0);
    expect(r.ambiguousPoints).toBeGreaterThan(0);
  });

  it('edit, settled by its continuation alone (no rebuild): whatever call fails, the edit is shown and answered once within minutes', () => {
    const r = sweepEdit((o) => void o.emu.triggers.runDueTimeTriggers(new Date(o.emu.clock.now() + 61_000)));
    console.log(describeReport('edit, continuation', r));
    // A fault (the run ends with an error): its row is queued and the continuation answers it, once (continuationFaults).
    const faults = continuationFaults(r);
    expect(faults.filter((p) => p.missing.length > 0 || p.problems.length > 0).map((p) => `fault at ${p.call} (${p.name}): ${[...p.missing, ...p.problems].join('; ')}`)).toEqual([]);
    expect(faults.filter((p) => p.duplicates > 0).map((p) => `fault at ${p.call} (${p.name})`)).toEqual([]);
    expect(r.points.filter((p) => p.kill && p.duplicates > 0 && !p.inWindow)).toEqual([]);
  });
});
