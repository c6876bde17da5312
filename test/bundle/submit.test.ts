// A school's submission through the bundle: the response tab, the results row, the confirmation e-mail.
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { Q, initiativeTitles } from '../../src/core/registration-form';
import { SCHOOLS, collectiveAnswers, individualAnswers, officeAfterSetup } from './helpers';
import { CONFIRMATION, configLabel } from '../../src/core/messages';
import { type Emulator } from '../../emulator/index';
import { deleteTabRow, insertTabRows, sortTab, typeCell, typeIntoTab } from '../../scripts/user';
import { sheetIo } from '../../emulator/latency';
import { readFileSync } from 'node:fs';
import { SCRIPT_TIME_ZONE } from '../../src/gas/cell-batch';

const RESULTS = 'Kết quả kiểm tra';
const OUTBOX = 'Hộp thư đi';

function column(values: unknown[][], header: string): unknown[] {
  const i = (values[0] as string[]).indexOf(header);
  if (i < 0) throw new Error(`no column ${header}`);
  return values.slice(1).map((r) => r[i]);
}

/**
 * The writes through SpreadsheetApp (their call names) that no flush had committed when a call `at` matches came, in
 * a trace of one execution: what a read of the Sheets service would not see, or the lock's release would leave
 * uncommitted. (A Sheets service write is committed when it returns: it is no SpreadsheetApp write.)
 */
function uncommittedAt(trace: readonly string[], at: (name: string) => boolean): string[] {
  const out: string[] = [];
  let pending: string[] = [];
  for (const name of trace) {
    if (at(name)) out.push(...pending.map((w) => `${w} before ${name}`));
    const io = sheetIo(name);
    if (io === 'write') pending.push(name);
    else if (io === 'flush') pending = [];
  }
  return out;
}

/** The trace up to the script lock's release (what the lock's holder wrote: the health line is written after it). */
function underTheLock(trace: readonly string[]): string[] {
  const end = trace.indexOf('Lock.releaseLock');
  return trace.slice(0, end < 0 ? trace.length : end + 1);
}

/** A minute later, the collective "Tổ i" of school i mod 3 submits. */
function submitCollective(emu: ReturnType<typeof officeAfterSetup>['emu'], formId: string, i: number): string {
  emu.clock.advance(60_000);
  return emu.forms.submitAsUser(formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[i % 3].name, [Q.collectiveName]: `Tổ ${i}` }, { email: SCHOOLS[i % 3].emails[0] }).responseId;
}

/** The first school's collective `responseId` edited through its link, to the name `name`, a minute later. */
function editFirstCollective(emu: ReturnType<typeof officeAfterSetup>['emu'], formId: string, responseId: string, name: string): void {
  emu.clock.advance(60_000);
  emu.forms.submitAsUser(formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[0].name, [Q.collectiveName]: name }, { email: SCHOOLS[0].emails[0], editResponseId: responseId });
}

/** Where the service call `call` falls among the calls `run` makes (found there: the test would mean nothing else). */
function callIndex(emu: ReturnType<typeof officeAfterSetup>['emu'], call: string, run: () => void): number {
  emu.runtime.trace = [];
  run();
  const at = emu.runtime.trace.indexOf(call);
  emu.runtime.trace = null;
  expect(at).toBeGreaterThan(0);
  return at;
}

/**
 * Runs `work` near the end of a rebuild, after it has read the responses, while it holds the script lock (what happens
 * while a slow rebuild runs): a trigger fired then gives up waiting and queues its row.
 */
function whileARebuildHoldsTheLock(office: ReturnType<typeof officeAfterSetup>, work: () => void): void {
  const { emu, bundle } = office;
  bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  const callsOfARebuild = emu.runtime.executions[emu.runtime.executions.length - 1].calls;
  emu.runtime.interleave(work, { afterCalls: callsOfARebuild - 25 });
  bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
}

/** The queue's properties. */
function queueKeys(emu: ReturnType<typeof officeAfterSetup>['emu'], prefix = 'intake.queue.'): string[] {
  return [...emu.properties.script.keys()].filter((k) => k.startsWith(prefix));
}

describe('on form submit', () => {
  it('a submission reaches its tab, its result row and the submitter’s e-mail', () => {
    const { emu, formId } = officeAfterSetup();
    const email = SCHOOLS[0].emails[0];
    emu.forms.submitAsUser(formId, collectiveAnswers(), { email });
    expect(emu.spreadsheets.values('Phiếu đăng ký')).toHaveLength(2);
    const results = emu.spreadsheets.values(RESULTS);
    expect(results).toHaveLength(2);
    expect(column(results, 'Mã phiếu')).toEqual(['DK-000002']);
    expect(column(results, 'Đơn vị')).toEqual([SCHOOLS[0].name]);
    expect(column(results, 'Kết luận')).toEqual(['Đạt']);
    const mails = emu.mail.to(email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain('DK-000002');
    expect(mails[0].body).toContain('Kết quả kiểm tra tự động: Đạt.');
    expect(mails[0].body).toMatch(/https:\/\/docs\.google\.com\/forms\/d\/e\/.+edit2=/);
    expect(column(emu.spreadsheets.values(OUTBOX), 'Trạng thái')).toEqual(['Đã gửi']);
  });

  it('says what is missing, and an edited response updates the same registration', () => {
    const { emu, formId } = officeAfterSetup();
    const email = SCHOOLS[1].emails[0];
    // One solution only: the plan asks an individual for several ("có nhiều sáng kiến, giải pháp").
    const incomplete = { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[1].name, [initiativeTitles(2).name]: '' };
    const first = emu.forms.submitAsUser(formId, incomplete, { email });
    let results = emu.spreadsheets.values(RESULTS);
    expect(column(results, 'Kết luận')).toEqual(['Cần bổ sung']);
    expect(String(column(results, 'Cần bổ sung hoặc chưa đạt')[0])).toContain(initiativeTitles(2).name);
    expect(emu.mail.to(email)[0].body).toContain(initiativeTitles(2).name);

    emu.clock.advance(3600_000);
    emu.forms.submitAsUser(formId, { ...incomplete, [initiativeTitles(2).name]: 'Góc đọc sách cùng con' }, { email, editResponseId: first.responseId });
    results = emu.spreadsheets.values(RESULTS);
    expect(column(results, 'Mã phiếu')).toEqual(['DK-000002']);
    expect(column(results, 'Kết luận')).toEqual(['Đạt']);
    const mails = emu.mail.to(email);
    expect(mails).toHaveLength(2);
    expect(mails[1].body).toContain('Đạt');
  });

  it('keeps and flags a submission from an e-mail not in the directory', () => {
    const { emu, formId } = officeAfterSetup();
    emu.forms.submitAsUser(formId, collectiveAnswers(), { email: 'nguoi.la@gmail.example' });
    const results = emu.spreadsheets.values(RESULTS);
    expect(results).toHaveLength(2);
    expect(String(column(results, 'Ghi chú')[0])).toContain('Chưa xác minh');
    expect(emu.mail.to('nguoi.la@gmail.example')[0].body).toContain('chưa xác minh');
    // The school it names gets the same e-mail, once: it learns a registration was sent in its name.
    const school = collectiveAnswers()[Q.school];
    const own = SCHOOLS.find((x) => x.name === school)!.emails;
    expect(emu.mail.sent).toHaveLength(1);
    expect([...emu.mail.sent[0].to].sort()).toEqual(['nguoi.la@gmail.example', ...own].sort());
    expect(emu.mail.sent[0].body).toContain(CONFIRMATION.copiedToSchool(own.join(', '), 'Phòng'));
    // From the school's own address: to the sender only.
    emu.forms.submitAsUser(formId, { ...individualAnswers('teacher'), [Q.school]: school }, { email: own[0] });
    expect(emu.mail.sent[1].to).toEqual([own[0]]);
    expect(emu.mail.sent[1].body).not.toContain('đồng thời tới địa chỉ của đơn vị');
  });

  it('ignores the blank duplicate event, and a trigger fired twice sends nothing twice', () => {
    const { emu, bundle, formId } = officeAfterSetup();
    emu.forms.submitAsUser(formId, collectiveAnswers(), { email: SCHOOLS[0].emails[0] });
    emu.forms.fireBlankEvent(formId);
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(emu.mail.sent).toHaveLength(1);
    expect(emu.spreadsheets.values(RESULTS)).toHaveLength(2);
  });

  it('stores and shows hostile answers as plain text, and escapes them in the e-mail', async () => {
    const { emu, formId } = officeAfterSetup();
    const email = SCHOOLS[2].emails[0];
    const hostile = [
      '=IMPORTXML("http://evil.example/x","//a")',
      '+84912345678',
      '-1+2',
      '@SUM(A1)',
      '<script>alert(1)</script><b>đậm</b>',
      'Tổ Toán 🎉 \u202Eabc\u202C',
      'Nguye\u0302\u0303n Tho\u0323 Ho\u0300a',
    ];
    const answers = {
      ...collectiveAnswers(),
      [Q.school]: SCHOOLS[2].name,
      [Q.collectiveName]: hostile[0],
      [Q.submitter]: hostile[4],
      [Q.modelName]: hostile.join(' | '),
      [Q.summary]: 'x'.repeat(10_000),
      [Q.phone]: hostile[1],
    };
    emu.forms.submitAsUser(formId, answers, { email });
    const sheet = emu.spreadsheets.sheet(RESULTS)!;
    const values = emu.spreadsheets.values(RESULTS);
    for (let r = 1; r <= values.length; r++) {
      for (let c = 1; c <= values[0].length; c++) expect(sheet.cell(r, c)?.formula ?? '').toBe('');
    }
    const names = column(values, 'Tên tập thể / cá nhân');
    expect(names[0]).toBe(hostile[0]);
    expect(String(column(values, 'Tên mô hình')[0])).toContain('<script>');
    const [mail] = emu.mail.to(email);
    expect(mail.htmlBody).not.toContain('<script>');
    expect(mail.htmlBody).toContain('&lt;script&gt;');
    const parsed = await simpleParser(await emu.mail.toEml(mail));
    expect(parsed.text).toContain('<script>alert(1)</script>');
    expect(parsed.html || '').not.toMatch(/<script>|<b>đậm/);
  });

  it('answers on the page the branching skips are not recorded', () => {
    const { emu, formId } = officeAfterSetup();
    emu.forms.submitAsUser(formId, { ...collectiveAnswers(), [Q.individualName]: 'bị bỏ qua' }, { email: SCHOOLS[0].emails[0] });
    const rows = emu.spreadsheets.values('Phiếu đăng ký');
    expect(column(rows, Q.individualName)).toEqual(['']);
    expect(column(rows, Q.collectiveName)).toEqual([collectiveAnswers()[Q.collectiveName]]);
  });

  for (const n of [50, 200]) {
    it(`a burst of ${n} submissions arriving while a run holds the lock: none fails, none lost, each answered once`, () => {
      const { emu, formId } = officeAfterSetup(SCHOOLS, { modelLatency: true });
      const names = Array.from({ length: n }, (_, i) => `Tổ chuyên môn số ${i + 1}`);
      const submit = (i: number) =>
        emu.forms.submitAsUser(formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[i % 3].name, [Q.collectiveName]: names[i] }, { email: SCHOOLS[i % 3].emails[0] });
      // The first submission's trigger takes the lock; the others arrive during its run, one per service call, and
      // their triggers wait for the lock. Those that wait past the limit leave their row queued and end quietly.
      for (let i = 1; i < n; i++) emu.runtime.interleave(() => submit(i), { afterCalls: 10 + i });
      submit(0);
      // What is still queued is handled by the continuation a minute later.
      for (let k = 0; k < 5 && emu.triggers.find('continueIntake').length > 0; k++) emu.triggers.runDueTimeTriggers(emu.clock.now() + 61_000);
      const runs = emu.triggers.runs.filter((r) => r.handler === 'onFormSubmit' || r.handler === 'continueIntake');
      expect(runs.filter((r) => r.handler === 'onFormSubmit')).toHaveLength(n);
      expect(runs.filter((r) => !r.ok)).toEqual([]);
      const results = emu.spreadsheets.values(RESULTS);
      expect(column(results, 'Tên tập thể / cá nhân').sort()).toEqual([...names].sort());
      expect(emu.mail.sent).toHaveLength(n);
      expect(new Set(emu.mail.sent.map((m) => m.subject)).size).toBe(n);
      expect(emu.properties.script.size).toBeGreaterThan(0);
      expect([...emu.properties.script.keys()].filter((k) => k.startsWith('intake.queue.'))).toEqual([]);
      // The day's trigger runtime (90 min on a consumer account) is not used up by the waiting: later jobs still run.
      const used = 90 - emu.runtime.remainingQuota('triggerRuntime', 90 * 60_000) / 60_000;
      expect(used).toBeLessThan(90);
      console.log(`burst of ${n}: ${runs.length} runs, ${used.toFixed(1)} min of the daily trigger runtime (modelled)`);
    });
  }

  it('a burst arriving while another process holds the lock the whole time: each trigger waits 1 s, none fails; the continuation answers all, its e-mails past the time budget in further continuations', () => {
    // Slow mail (8 s an e-mail, modelled) so that the continuation's 4.5-minute budget ends with e-mails left.
    const { emu, formId } = officeAfterSetup(SCHOOLS, { modelLatency: true, latency: { 'MailApp.sendEmail': 8_000 } });
    const n = 60;
    const names = Array.from({ length: n }, (_, i) => `Tổ chuyên môn số ${i + 1}`);
    const lock = emu.locks.state('script');
    lock.holder = 0;
    const t0 = emu.clock.now();
    for (let i = 0; i < n; i++) emu.forms.submitAsUser(formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[i % 3].name, [Q.collectiveName]: names[i] }, { email: SCHOOLS[i % 3].emails[0] });
    // Each trigger queued its row, waited 1 s for the lock and ended quietly (no "Lock timeout" failure).
    const submits = emu.triggers.runs.filter((r) => r.handler === 'onFormSubmit');
    expect(submits).toHaveLength(n);
    expect(submits.filter((r) => !r.ok)).toEqual([]);
    // The emulation's clock (modelled time, the same on every run): a 1-s wait each, not 5.
    expect(emu.clock.now() - t0).toBeLessThan(n * 2_000);
    expect(emu.mail.sent).toHaveLength(0);
    lock.holder = null;
    let continuations = 0;
    for (let k = 0; k < 10 && emu.triggers.find('continueIntake').length > 0; k++) {
      emu.triggers.runDueTimeTriggers(emu.clock.now() + 61_000);
      continuations++;
    }
    // More than one continuation: the first ran out of time with e-mails left and left another.
    expect(continuations).toBeGreaterThan(1);
    const runs = emu.triggers.runs.filter((r) => r.handler === 'continueIntake');
    expect(runs.filter((r) => !r.ok)).toEqual([]);
    expect(column(emu.spreadsheets.values(RESULTS), 'Tên tập thể / cá nhân').sort()).toEqual([...names].sort());
    expect(emu.mail.sent).toHaveLength(n);
    expect(new Set(emu.mail.sent.map((m) => m.subject)).size).toBe(n);
    expect([...emu.properties.script.keys()].filter((k) => k.startsWith('intake.'))).toEqual([]);
  });

  it('a rebuild that takes over a burst and runs out of time with confirmations left leaves a continuation that sends them the same day', () => {
    const { emu, bundle, formId } = officeAfterSetup(SCHOOLS, { modelLatency: true, latency: { 'MailApp.sendEmail': 8_000 } });
    const n = 50;
    const lock = emu.locks.state('script');
    lock.holder = 0;
    for (let i = 0; i < n; i++) emu.forms.submitAsUser(formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[i % 3].name, [Q.collectiveName]: `Tổ ${i + 1}` }, { email: SCHOOLS[i % 3].emails[0] });
    lock.holder = null;
    // The office rebuilds from the menu before the continuation comes: the rebuild handles the queue.
    for (const t of emu.triggers.find('continueIntake')) emu.triggers.triggers.splice(emu.triggers.triggers.indexOf(t), 1);
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const sentByRebuild = emu.mail.sent.length;
    expect(sentByRebuild).toBeGreaterThan(0);
    expect(sentByRebuild).toBeLessThan(n);
    expect(emu.triggers.find('continueIntake')).toHaveLength(1);
    for (let k = 0; k < 10 && emu.triggers.find('continueIntake').length > 0; k++) emu.triggers.runDueTimeTriggers(emu.clock.now() + 61_000);
    expect(emu.mail.sent).toHaveLength(n);
    expect(new Set(emu.mail.sent.map((m) => m.subject)).size).toBe(n);
    expect([...emu.properties.script.keys()].filter((k) => k.startsWith('intake.'))).toEqual([]);
  });

  it("a submission when the minute's Sheets API requests are used up waits in the queue and is answered by the continuation a minute later, once (review emulator F1)", () => {
    const { emu, formId } = officeAfterSetup(SCHOOLS, { modelLatency: true });
    // Another run of the same user used up this minute's reads and writes (sheets/api/limits: 60 a minute each).
    emu.runtime.execute(() => {
      const api = (emu.globals as unknown as { Sheets: GoogleAppsScript.Sheets }).Sheets;
      const id = emu.spreadsheets.active.id;
      for (let i = 0; i < 60; i++) api.Spreadsheets.get(id, { fields: 'sheets(properties(title))' });
      // An empty batch is refused by the API ("Must specify at least one request.") but still spends a write request.
      for (let i = 0; i < 60; i++) {
        try {
          api.Spreadsheets.batchUpdate({ requests: [] }, id);
        } catch {
          // refused, counted
        }
      }
    }, { kind: 'node', label: 'another run' });
    emu.forms.submitAsUser(formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[0].name, [Q.collectiveName]: 'Tổ Toán' }, { email: SCHOOLS[0].emails[0] });
    const [submit] = emu.triggers.runs.filter((r) => r.handler === 'onFormSubmit');
    // The trigger failed on the quota (as Apps Script shows it, in the executions' list) and left its row queued.
    expect(submit.ok).toBe(false);
    expect(submit.error).toContain('Quota exceeded');
    expect(emu.mail.sent).toHaveLength(0);
    expect(emu.triggers.find('continueIntake')).toHaveLength(1);
    for (let k = 0; k < 5 && emu.triggers.find('continueIntake').length > 0; k++) emu.triggers.runDueTimeTriggers(emu.clock.now() + 61_000);
    expect(emu.triggers.runs.filter((r) => r.handler === 'continueIntake' && !r.ok)).toEqual([]);
    expect(column(emu.spreadsheets.values(RESULTS), 'Tên tập thể / cá nhân')).toEqual(['Tổ Toán']);
    expect(emu.mail.sent).toHaveLength(1);
    expect([...emu.properties.script.keys()].filter((k) => k.startsWith('intake.'))).toEqual([]);
  });

  it('a submission that cannot get the lock during a slow rebuild waits in the queue and is answered a minute later', () => {
    const office = officeAfterSetup();
    const { emu, formId } = office;
    emu.forms.submitAsUser(formId, collectiveAnswers(), { email: SCHOOLS[0].emails[0] });
    // While a slow rebuild holds the lock for over 30 s, a school submits near the end of that run (after it has
    // read the responses); the new row's trigger gives up waiting.
    whileARebuildHoldsTheLock(office, () => {
      emu.forms.submitAsUser(formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[1].name }, { email: SCHOOLS[1].emails[0] });
      emu.clock.advance(45_000);
    });
    expect(emu.runtime.pendingInterleaves).toBe(0);
    // No failure: the trigger queued its row, said so in "Tình trạng", and left a continuation.
    expect(emu.triggers.runs.filter((r) => !r.ok)).toEqual([]);
    expect(emu.spreadsheets.values('Tình trạng').some((r) => r[0] === 'Kiểm tra khi có phiếu mới' && String(r[3]).includes('hàng chờ'))).toBe(true);
    expect(emu.mail.to(SCHOOLS[1].emails[0])).toHaveLength(0);
    expect(emu.triggers.find('continueIntake')).toHaveLength(1);

    emu.triggers.runDueTimeTriggers(new Date(emu.clock.now() + 61_000));
    expect(emu.spreadsheets.values(RESULTS)).toHaveLength(3);
    expect(emu.mail.to(SCHOOLS[1].emails[0])).toHaveLength(1);
    expect(emu.mail.to(SCHOOLS[0].emails[0])).toHaveLength(1);
    expect(emu.triggers.find('continueIntake')).toHaveLength(0);
  });


  for (const move of ['a row above it deleted', 'the tab sorted newest first'] as const) {
    it(`a queued submission whose row moves before the continuation (${move}) is still answered by it, once`, () => {
      const office = officeAfterSetup();
      const { emu, formId } = office;
      submitCollective(emu, formId, 0);
      submitCollective(emu, formId, 1);
      // A third school submits (row 4) while a slow rebuild holds the lock: its row is queued.
      whileARebuildHoldsTheLock(office, () => {
        emu.forms.submitAsUser(formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[2].name }, { email: SCHOOLS[2].emails[0] });
        emu.clock.advance(45_000);
      });
      expect(queueKeys(emu)).toEqual([expect.stringMatching(/^intake\.queue\.4\.\d+$/)]);
      // Before the continuation comes, the office tidies the response tab: the queued registration leaves row 4.
      if (move === 'a row above it deleted') deleteTabRow(emu, 'Phiếu đăng ký', 2);
      else sortTab(emu, 'Phiếu đăng ký', [{ column: 1, ascending: false }]);
      emu.triggers.runDueTimeTriggers(new Date(emu.clock.now() + 61_000));
      expect(emu.mail.to(SCHOOLS[2].emails[0])).toHaveLength(1);
      expect(emu.mail.to(SCHOOLS[1].emails[0])).toHaveLength(1);
      expect(emu.mail.to(SCHOOLS[0].emails[0])).toHaveLength(1);
      expect(queueKeys(emu, 'intake.')).toEqual([]);
      expect(emu.triggers.find('continueIntake')).toHaveLength(0);
    });
  }

  it('two queued submissions on the same row (a row above deleted between them) are both answered by the continuation, once each', () => {
    const office = officeAfterSetup();
    const { emu, formId } = office;
    submitCollective(emu, formId, 0);
    submitCollective(emu, formId, 1);
    // While a slow rebuild holds the lock: a school submits (row 4), the office deletes row 2 (it moves to row 3),
    // another school submits (row 4 again). Both rows are queued.
    whileARebuildHoldsTheLock(office, () => {
      emu.forms.submitAsUser(formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[2].name, [Q.individualName]: 'Người thứ ba' }, { email: SCHOOLS[2].emails[0] });
      emu.clock.advance(20_000);
      deleteTabRow(emu, 'Phiếu đăng ký', 2);
      emu.forms.submitAsUser(formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Người thứ tư' }, { email: SCHOOLS[1].emails[1] ?? SCHOOLS[1].emails[0] });
      emu.clock.advance(20_000);
    });
    expect(queueKeys(emu)).toHaveLength(2);
    emu.triggers.runDueTimeTriggers(new Date(emu.clock.now() + 61_000));
    const subjects = emu.mail.sent.map((m) => m.subject);
    expect(subjects.filter((t) => t.includes('Người thứ ba'))).toHaveLength(1);
    expect(subjects.filter((t) => t.includes('Người thứ tư'))).toHaveLength(1);
    expect(queueKeys(emu, 'intake.')).toEqual([]);
  });

  it('a queued submission whose row is taken, after a sort, by one sent in the same second is still answered by the continuation', () => {
    const { emu, formId } = officeAfterSetup();
    submitCollective(emu, formId, 0);
    submitCollective(emu, formId, 1);
    // X is submitted; while its run holds the lock, A is submitted in the same second and its trigger gives up waiting.
    emu.clock.advance(60_000);
    emu.runtime.interleave(() => {
      emu.forms.submitAsUser(formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[2].name, [Q.collectiveName]: 'Alpha' }, { email: SCHOOLS[2].emails[0] });
      emu.clock.advance(45_000);
    }, { afterCalls: 10 });
    emu.forms.submitAsUser(formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[1].name, [Q.collectiveName]: 'Zeta' }, { email: SCHOOLS[1].emails[0] });
    expect([...emu.properties.script.keys()].filter((k) => k.startsWith('intake.queue.5'))).toHaveLength(1);
    // The office sorts the response tab by name: A (Alpha) moves to row 4, X (Zeta) to row 5, A's queued row.
    const header = emu.spreadsheets.values('Phiếu đăng ký')[0] as string[];
    sortTab(emu, 'Phiếu đăng ký', [{ column: header.indexOf(Q.collectiveName) + 1, ascending: true }]);
    emu.triggers.runDueTimeTriggers(new Date(emu.clock.now() + 61_000));
    const subjects = emu.mail.sent.map((m) => m.subject);
    expect(subjects.filter((t) => t.includes('Alpha'))).toHaveLength(1);
    expect(subjects.filter((t) => t.includes('Zeta'))).toHaveLength(1);
  });

  it('a few rows queued while the lock was held: the continuation answers them one by one, reading each afresh after the last one\'s writes', () => {
    const { emu, formId } = officeAfterSetup();
    // A first registration (its run makes the register of codes: a submission is handled on its own from then on).
    submitCollective(emu, formId, 0);
    const lock = emu.locks.state('script');
    lock.holder = 0;
    for (let i = 1; i <= 3; i++) submitCollective(emu, formId, i);
    lock.holder = null;
    expect([...emu.properties.script.keys()].filter((k) => k.startsWith('intake.queue.'))).toHaveLength(3);
    emu.runtime.resetCalls();
    emu.runtime.trace = [];
    emu.triggers.runDueTimeTriggers(emu.clock.now() + 61_000);
    const trace = emu.runtime.trace;
    emu.runtime.trace = null;
    const run = emu.runtime.executions.filter((x) => x.label === 'continueIntake').pop()!;
    expect(run.error).toBeUndefined();
    // Each row on its own (not the full run): one listing each, and the writes of one committed before the next reads
    // through the Sheets service (which does not see SpreadsheetApp's pending writes): each row's writes go in its
    // batches of the Sheets service, committed when they return, so nothing waits for a flush.
    expect(emu.runtime.count('Sheets.Spreadsheets.get')).toBe(3);
    expect(uncommittedAt(trace, (n) => n.startsWith('Sheets.Spreadsheets.') || n === 'Lock.releaseLock')).toEqual([]);
    expect(emu.runtime.count('Sheets.Spreadsheets.batchUpdate')).toBe(6);
    expect(emu.runtime.count('SpreadsheetApp.flush')).toBe(0);
    expect(column(emu.spreadsheets.values(RESULTS), 'Tên tập thể / cá nhân').sort()).toEqual(['Tổ 0', 'Tổ 1', 'Tổ 2', 'Tổ 3']);
    // Each answered once: school 0 sent "Tổ 0" and "Tổ 3".
    expect(emu.mail.sent.map((m) => m.subject).filter((t) => /Tổ \d/.test(t))).toHaveLength(4);
    expect(new Set(emu.mail.sent.map((m) => m.subject)).size).toBe(emu.mail.sent.length);
    expect([...emu.properties.script.keys()].filter((k) => k.startsWith('intake.queue.'))).toEqual([]);
  });

  it('an edit while the council inserts a row in "Thẩm định": the registration keeps one row, found again by its code', () => {
    const { emu, formId } = officeAfterSetup();
    const ids = [submitCollective(emu, formId, 0), submitCollective(emu, formId, 1)];
    const edit = (name: string) => editFirstCollective(emu, formId, ids[0], name);
    // Where a submission's batch read falls among its calls (the same for every edit of this office).
    const at = callIndex(emu, 'Sheets.Spreadsheets.Values.batchGet', () => edit('Tổ 0 (sửa 1)'));
    // Right after that read, the council inserts a row under the header: every registration's row moves down one.
    emu.runtime.interleave(() => insertTabRows(emu, 'Thẩm định', 1, 1), { afterCalls: at + 1 });
    edit('Tổ 0 (sửa 2)');
    expect(emu.runtime.pendingInterleaves).toBe(0);
    expect(emu.runtime.executions.filter((x) => x.label === 'onFormSubmit').pop()!.error).toBeUndefined();
    const review = emu.spreadsheets.values('Thẩm định');
    const header = review[0] as string[];
    const code = String(emu.spreadsheets.values(RESULTS).find((r) => String(r[3]).startsWith('Tổ 0'))![0]);
    const rows = review.filter((r) => r[0] === code);
    expect(rows).toHaveLength(1);
    expect(rows[0][header.indexOf('Tên')]).toBe('Tổ 0 (sửa 2)');
  });

  it('the first submission (no register yet) takes the full run, and the review tab gets its dropdowns', () => {
    const { emu, formId } = officeAfterSetup();
    submitCollective(emu, formId, 0);
    expect(emu.runtime.executions.filter((x) => x.label === 'onFormSubmit').pop()!.error).toBeUndefined();
    const review = emu.spreadsheets.sheet('Thẩm định')!;
    expect(review.values()).toHaveLength(2);
    expect(review.validations.map((v) => v.criteria)).toEqual(['VALUE_IN_LIST', 'VALUE_IN_LIST']);
  });

  it('a submission whose handling fails waits in the queue: the next submission answers both, each once', () => {
    const { emu, formId } = officeAfterSetup();
    const submit = (i: number) => submitCollective(emu, formId, i);
    submit(0);
    // The second submission's rows cannot be written (a service error while it holds the lock).
    emu.runtime.failOn('Sheets.Spreadsheets.batchUpdate', 1);
    submit(1);
    const failed = emu.runtime.executions.filter((x) => x.label === 'onFormSubmit').pop()!;
    expect(failed.error).toBeDefined();
    expect([...emu.properties.script.keys()].filter((k) => k.startsWith('intake.queue.'))).toEqual([expect.stringMatching(/^intake\.queue\.3\.\d+$/)]);
    submit(2);
    expect([...emu.properties.script.keys()].filter((k) => k.startsWith('intake.queue.'))).toEqual([]);
    const names = column(emu.spreadsheets.values(RESULTS), 'Tên tập thể / cá nhân');
    expect(names.filter((n) => String(n).startsWith('Tổ '))).toHaveLength(3);
    for (const i of [0, 1, 2]) expect(emu.mail.to(SCHOOLS[i].emails[0])).toHaveLength(1);
  });

  it('a submission whose handling fails, with no other submission after it, is answered by a continuation a minute later', () => {
    const { emu, formId } = officeAfterSetup();
    submitCollective(emu, formId, 0);
    emu.runtime.failOn('Sheets.Spreadsheets.batchUpdate', 1);
    submitCollective(emu, formId, 1);
    expect(emu.runtime.executions.filter((x) => x.label === 'onFormSubmit').pop()!.error).toBeDefined();
    expect(emu.mail.to(SCHOOLS[1].emails[0])).toHaveLength(0);
    // Its row waits in the queue, and a run comes back for it (not the next submission, not the nightly rebuild).
    expect(emu.triggers.find('continueIntake')).toHaveLength(1);
    emu.triggers.runDueTimeTriggers(new Date(emu.clock.now() + 61_000));
    expect([...emu.properties.script.keys()].filter((k) => k.startsWith('intake.queue.'))).toEqual([]);
    expect(emu.mail.to(SCHOOLS[1].emails[0])).toHaveLength(1);
    expect(emu.mail.to(SCHOOLS[0].emails[0])).toHaveLength(1);
    expect(emu.triggers.find('continueIntake')).toHaveLength(0);
  });

  it('a continuation that fails in passing makes the next one (its own trigger is gone), a few times in a row at most', () => {
    const { emu, formId } = officeAfterSetup();
    submitCollective(emu, formId, 0);
    emu.runtime.failOn('Sheets.Spreadsheets.batchUpdate', 1);
    submitCollective(emu, formId, 1);
    const queued = () => [...emu.properties.script.keys()].filter((k) => k.startsWith('intake.queue.'));
    expect(queued()).toHaveLength(1);
    // The continuation meets a passing failure too: the row still waits, and another run comes back for it.
    emu.runtime.failOn('Sheets.Spreadsheets.batchUpdate', 1);
    emu.triggers.runDueTimeTriggers(new Date(emu.clock.now() + 61_000));
    expect(emu.runtime.executions.filter((x) => x.label === 'continueIntake').pop()!.error).toBeDefined();
    expect(queued()).toHaveLength(1);
    expect(emu.triggers.find('continueIntake')).toHaveLength(1);
    emu.triggers.runDueTimeTriggers(new Date(emu.clock.now() + 61_000));
    expect(queued()).toEqual([]);
    expect(emu.mail.to(SCHOOLS[1].emails[0])).toHaveLength(1);
    expect(emu.triggers.find('continueIntake')).toHaveLength(0);
    expect([...emu.properties.script.keys()].filter((k) => k.startsWith('intake.'))).toEqual([]);

    // A lasting fault: three continuations in a row make another; the fourth leaves the row to the nightly rebuild.
    const stuck = officeAfterSetup();
    submitCollective(stuck.emu, stuck.formId, 0);
    stuck.emu.runtime.failOn('Sheets.Spreadsheets.batchUpdate', 1);
    submitCollective(stuck.emu, stuck.formId, 1);
    for (let i = 0; i < 4; i++) {
      stuck.emu.runtime.failOn('Sheets.Spreadsheets.batchUpdate', 1);
      stuck.emu.triggers.runDueTimeTriggers(new Date(stuck.emu.clock.now() + 61_000));
    }
    expect(stuck.emu.runtime.executions.filter((x) => x.label === 'continueIntake').map((x) => x.error !== undefined)).toEqual([true, true, true, true]);
    expect(stuck.emu.triggers.find('continueIntake')).toHaveLength(0);
  });

  it('the mail quota that cannot be read in passing fails nothing: the submission is recorded, its e-mail goes with a continuation a minute later', () => {
    const { emu, formId } = officeAfterSetup();
    submitCollective(emu, formId, 0);
    emu.runtime.failOn('MailApp.getRemainingDailyQuota', 1);
    submitCollective(emu, formId, 1);
    expect(emu.runtime.executions.filter((x) => x.label === 'onFormSubmit').pop()!.error).toBeUndefined();
    expect(emu.spreadsheets.values('Kết quả kiểm tra').filter((r) => /^DK-/.test(String(r[0])))).toHaveLength(2);
    expect(emu.mail.to(SCHOOLS[1].emails[0])).toHaveLength(0);
    expect(emu.triggers.find('continueIntake')).toHaveLength(1);
    emu.triggers.runDueTimeTriggers(new Date(emu.clock.now() + 61_000));
    expect(emu.mail.to(SCHOOLS[1].emails[0])).toHaveLength(1);
    expect(emu.mail.to(SCHOOLS[0].emails[0])).toHaveLength(1);
  });

  it('a confirmation that fails in a full run (the first submission of a season) is sent by a continuation a minute later, once', () => {
    const { emu, formId } = officeAfterSetup();
    emu.runtime.failOn('MailApp.sendEmail', 1);
    submitCollective(emu, formId, 0);
    expect(emu.mail.to(SCHOOLS[0].emails[0])).toHaveLength(0);
    expect(emu.triggers.find('continueIntake')).toHaveLength(1);
    emu.triggers.runDueTimeTriggers(new Date(emu.clock.now() + 61_000));
    expect(emu.mail.to(SCHOOLS[0].emails[0])).toHaveLength(1);
    expect(emu.triggers.find('continueIntake')).toHaveLength(0);
  });

  it('a confirmation that fails to send is sent by a continuation a minute later, once; one waiting for the quota waits for the run scheduled for its return', () => {
    const { emu, formId } = officeAfterSetup();
    submitCollective(emu, formId, 0);
    emu.runtime.failOn('MailApp.sendEmail', 1);
    submitCollective(emu, formId, 1);
    expect(emu.mail.to(SCHOOLS[1].emails[0])).toHaveLength(0);
    expect(emu.triggers.find('continueIntake')).toHaveLength(1);
    emu.triggers.runDueTimeTriggers(new Date(emu.clock.now() + 61_000));
    expect(emu.mail.to(SCHOOLS[1].emails[0])).toHaveLength(1);
    expect(emu.mail.to(SCHOOLS[0].emails[0])).toHaveLength(1);
    expect(emu.triggers.find('continueIntake')).toHaveLength(0);
    expect([...emu.properties.script.keys()].filter((k) => k.startsWith('intake.'))).toEqual([]);

    // No quota left: not a failure, no continuation; one run comes when the quota does (src/jobs/waiting-mail.ts).
    const quiet = officeAfterSetup(SCHOOLS, { mailQuota: 0 });
    submitCollective(quiet.emu, quiet.formId, 0);
    submitCollective(quiet.emu, quiet.formId, 1);
    expect(quiet.emu.mail.sent).toHaveLength(0);
    expect(quiet.emu.triggers.find('continueIntake')).toHaveLength(0);
    expect(quiet.emu.triggers.find('sendWaitingMail')).toHaveLength(1);
  });

  it('a new registration\'s code is committed before its e-mail goes: its rows in one atomic call of the Sheets service, no flush; an edit\'s rows too, the outbox\'s after the e-mail', () => {
    const { emu, formId } = officeAfterSetup();
    const first = submitCollective(emu, formId, 0);
    emu.runtime.trace = [];
    submitCollective(emu, formId, 1);
    let trace = emu.runtime.trace;
    const sentAt = trace.indexOf('MailApp.sendEmail');
    const before = trace.slice(0, sentAt);
    // The register's, the result's and the review's rows: one Spreadsheets.batchUpdate, documented atomic and committed
    // when it returns; nothing written through SpreadsheetApp before the e-mail, so nothing there waits for a flush.
    expect(before.filter((n) => n === 'Sheets.Spreadsheets.batchUpdate')).toHaveLength(1);
    expect(before.filter((n) => /^Range\.set|^Sheet\.(insert|append)|^SpreadsheetApp\.flush$/.test(n))).toEqual([]);
    // The outbox's rows after it: one more call, committed before the lock is released; no flush is needed.
    expect(trace.slice(sentAt).filter((n) => n === 'Sheets.Spreadsheets.batchUpdate')).toHaveLength(1);
    expect(trace).not.toContain('SpreadsheetApp.flush');
    expect(uncommittedAt(underTheLock(trace), (n) => n === 'Lock.releaseLock')).toEqual([]);
    const codes = column(emu.spreadsheets.values('Sổ mã phiếu'), 'Mã phiếu');
    expect(codes).toContain('DK-000003');
    emu.runtime.trace = [];
    emu.clock.advance(60_000);
    emu.forms.submitAsUser(formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[0].name, [Q.collectiveName]: 'Tổ 0 (sửa)' }, { email: SCHOOLS[0].emails[0], editResponseId: first });
    trace = emu.runtime.trace;
    emu.runtime.trace = null;
    // The edit's own confirmation goes; its rows (the result's, the review's) in one call before the e-mail — written to
    // the rows its reads found, so as soon after them as can be (review "twohands" #4) —, the outbox's in one after it,
    // committed before the lock is released: no row written through SpreadsheetApp, no flush.
    expect(trace).toContain('MailApp.sendEmail');
    const sent = trace.indexOf('MailApp.sendEmail');
    expect(trace.slice(0, sent).filter((n) => n === 'Sheets.Spreadsheets.batchUpdate')).toHaveLength(1);
    expect(trace.slice(sent).filter((n) => n === 'Sheets.Spreadsheets.batchUpdate')).toHaveLength(1);
    expect(trace.lastIndexOf('Sheets.Spreadsheets.batchUpdate')).toBeLessThan(trace.indexOf('Lock.releaseLock'));
    expect(underTheLock(trace).filter((n) => sheetIo(n) === 'write' || n === 'SpreadsheetApp.flush')).toEqual([]);
    expect(column(emu.spreadsheets.values(RESULTS), 'Tên tập thể / cá nhân')).toContain('Tổ 0 (sửa)');
    expect(emu.spreadsheets.values('Thẩm định').filter((r) => r.includes('Tổ 0 (sửa)'))).toHaveLength(1);
    // The edit's confirmation in the outbox record and its view alike, once.
    const outbox = emu.spreadsheets.values(OUTBOX);
    expect(outbox.filter((r) => r.some((v) => String(v).includes('Tổ 0 (sửa)')))).toHaveLength(1);
    expect(emu.spreadsheets.values('Sổ thư (hệ thống)')).toEqual(outbox);
  });

  it('an edit whose e-mail is being sent while a clerk sorts "Thẩm định": its rows were written before, each registration keeps its own row (review "twohands" #4)', () => {
    const { emu, formId } = officeAfterSetup();
    const ids = [0, 1, 2, 3].map((i) => submitCollective(emu, formId, i));
    const edit = (name: string) => editFirstCollective(emu, formId, ids[0], name);
    const at = callIndex(emu, 'MailApp.sendEmail', () => edit('Tổ 0 (sửa 1)'));
    const header = emu.spreadsheets.values('Thẩm định')[0].map(String);
    emu.runtime.interleave(() => sortTab(emu, 'Thẩm định', [{ column: header.indexOf('Tên') + 1, ascending: false }]), { afterCalls: at });
    edit('Tổ 0 (sửa 2)');
    expect(emu.runtime.pendingInterleaves).toBe(0);
    const rows = emu.spreadsheets.values('Thẩm định').slice(1);
    const name = header.indexOf('Tên');
    // The edited registration's row holds its new name; no other row took it.
    expect(rows.filter((r) => r[name] === 'Tổ 0 (sửa 2)').map((r) => r[0])).toEqual([rows.find((r) => r[name] === 'Tổ 0 (sửa 2)')![0]]);
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
    expect(rows.map((r) => String(r[name])).sort()).toEqual(['Tổ 0 (sửa 2)', 'Tổ 1', 'Tổ 2', 'Tổ 3'].sort());
  });

  it('whatever path a submission takes, nothing it wrote through SpreadsheetApp is left uncommitted when it releases the lock', () => {
    const check = (label: string, opts: Parameters<typeof officeAfterSetup>[1], act: (emu: ReturnType<typeof officeAfterSetup>['emu'], formId: string, ids: string[]) => void) => {
      const { emu, formId } = officeAfterSetup(SCHOOLS, opts);
      const ids = [0, 1].map((i) => submitCollective(emu, formId, i));
      emu.runtime.trace = [];
      act(emu, formId, ids);
      const trace = emu.runtime.trace;
      emu.runtime.trace = null;
      expect(emu.runtime.executions.filter((x) => x.label === 'onFormSubmit').pop()!.error, label).toBeUndefined();
      expect(trace, label).toContain('Lock.releaseLock');
      expect(uncommittedAt(underTheLock(trace), (n) => n === 'Lock.releaseLock'), label).toEqual([]);
      return trace;
    };
    const edit = (emu: ReturnType<typeof officeAfterSetup>['emu'], formId: string, ids: string[]) => {
      emu.clock.advance(60_000);
      emu.forms.submitAsUser(formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[0].name, [Q.collectiveName]: 'Tổ 0 (sửa)' }, { email: SCHOOLS[0].emails[0], editResponseId: ids[0] });
    };
    // Through the batch: no flush at all.
    expect(check('new', {}, (emu, formId) => submitCollective(emu, formId, 2))).not.toContain('SpreadsheetApp.flush');
    expect(check('edit', {}, edit)).not.toContain('SpreadsheetApp.flush');
    // Rows written through SpreadsheetApp (no Sheets service; the outbox record read whole, its count lost from the
    // journal; the stale colour of an earlier stop taken off): the lock's flush commits them.
    expect(check('no Sheets service, new', { advancedServices: [] }, (emu, formId) => submitCollective(emu, formId, 2))).toContain('SpreadsheetApp.flush');
    expect(check('no Sheets service, edit', { advancedServices: [] }, edit)).toContain('SpreadsheetApp.flush');
    const wholeOutbox = check('outbox read whole', {}, (emu, formId, ids) => {
      emu.properties.script.set('mail.journal', '');
      edit(emu, formId, ids);
    });
    expect(wholeOutbox).toContain('SpreadsheetApp.flush');
    check('stale colour', {}, (emu, formId) => {
      emu.properties.script.set('inputs.problem', '1');
      emu.spreadsheets.sheet(RESULTS)!.tabColor = '#ff0000';
      submitCollective(emu, formId, 2);
    });
  });

  it('the dates of a new registration\'s one-call rows keep its instant when the spreadsheet\'s time zone is not the script\'s', () => {
    const iso = (v: unknown) => (Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).toISOString() : v);
    // And in the manifest's zone, where the script's own clock gives the offset once formatDate agreed with it.
    for (const timeZone of ['Asia/Singapore', 'America/Los_Angeles', 'Asia/Ho_Chi_Minh']) {
      const run = (advancedServices?: string[]) => {
        const { emu, formId } = officeAfterSetup(SCHOOLS, advancedServices ? { advancedServices } : {});
        // Thiết lập puts a file with no registration in Việt Nam's zone: the office changes it afterwards (File →
        // Settings), as test/bundle/time-zone.test.ts does, so that the run really is in that zone.
        emu.spreadsheets.active!.changeTimeZone(timeZone);
        expect(emu.spreadsheets.active!.timeZone).toBe(timeZone);
        // The first registration makes the register (a full run); the second is written by its one call.
        submitCollective(emu, formId, 0);
        emu.runtime.trace = [];
        submitCollective(emu, formId, 1);
        const batched = emu.runtime.trace.includes('Sheets.Spreadsheets.batchUpdate');
        emu.runtime.trace = null;
        const results = emu.spreadsheets.values(RESULTS);
        return {
          stamp: emu.spreadsheets.values('Phiếu đăng ký').slice(1).map((r) => iso(r[0])),
          register: emu.spreadsheets.values('Sổ mã phiếu').slice(1).map((r) => [r[0], iso(r[2]), iso(r[3])]),
          results: results.slice(1).map((r) => iso(r[r.length - 1])),
          batched,
        };
      };
      const batched = run();
      const plain = run([]);
      expect([batched.batched, plain.batched]).toEqual([true, false]);
      expect(batched.register).toEqual([['DK-000002', batched.stamp[0], batched.stamp[0]], ['DK-000003', batched.stamp[1], batched.stamp[1]]]);
      expect(batched.register).toEqual(plain.register);
      expect(batched.results).toEqual(batched.stamp);
      expect(batched.results).toEqual(plain.results);
    }
  });

  it('the script clock\'s offset is taken for the file\'s only in the manifest\'s zone, near an instant where formatDate agreed or a cell read both ways witnessed it: an edit months later, at its first sending\'s', () => {
    const manifest = JSON.parse(readFileSync('appsscript/appsscript.json', 'utf8')) as { timeZone: string };
    expect(SCRIPT_TIME_ZONE).toBe(manifest.timeZone);
    const iso = (v: unknown) => (Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).toISOString() : v);
    const run = (advancedServices?: string[]) => {
      const { emu, formId } = officeAfterSetup(SCHOOLS, advancedServices ? { advancedServices } : {});
      submitCollective(emu, formId, 0);
      const first = submitCollective(emu, formId, 1);
      emu.clock.advance(120 * 86_400_000);
      emu.runtime.resetCalls();
      emu.forms.submitAsUser(formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[1].name, [Q.collectiveName]: 'Tổ 1 (sửa)' }, { email: SCHOOLS[1].emails[0], editResponseId: first });
      expect(emu.runtime.executions.filter((x) => x.label === 'onFormSubmit').pop()!.error).toBeUndefined();
      const dated = (tab: string) => emu.spreadsheets.values(tab).slice(1).map((r) => r.map(iso));
      return { formatDate: emu.runtime.count('Utilities.formatDate'), register: dated('Sổ mã phiếu'), results: dated(RESULTS), record: dated('Sổ thư (hệ thống)') };
    };
    const batched = run();
    const plain = run([]);
    // No offset asked: the edit's instants are minutes from its row's timestamp, and its first response's time (four
    // months before) is its register row's first sending; each read both as a Date and as a serial (the row in the
    // batch read, the register's column of first sendings in the edit's read of key columns) gives the file's offset
    // there for no call (src/gas/cell-batch.ts witnessOffset; an instant a day from any witness or answer is asked:
    // test/bundle/witness-offset.test.ts). 2 while both were asked of Utilities.formatDate, 1 while the first was.
    expect(batched.formatDate).toBe(0);
    expect(plain.formatDate).toBe(0);
    expect(batched.register).toEqual(plain.register);
    expect(batched.results).toEqual(plain.results);
    expect(batched.record).toEqual(plain.record);
  });

  it('what a submission writes through SpreadsheetApp before its rows\' one call (the stale colour of an earlier stop taken off) is committed first', () => {
    const { emu, formId } = officeAfterSetup();
    submitCollective(emu, formId, 0);
    // As an earlier run that stopped on the office's inputs left it: the results tab coloured, the state set.
    emu.properties.script.set('inputs.problem', '1');
    emu.spreadsheets.sheet(RESULTS)!.tabColor = '#ff0000';
    emu.runtime.trace = [];
    submitCollective(emu, formId, 1);
    const trace = emu.runtime.trace;
    emu.runtime.trace = null;
    expect(emu.runtime.executions.filter((x) => x.label === 'onFormSubmit').pop()!.error).toBeUndefined();
    expect(emu.spreadsheets.sheet(RESULTS)!.tabColor).toBeNull();
    expect(trace.indexOf('SpreadsheetApp.flush')).toBeGreaterThan(trace.indexOf('Sheet.setTabColor'));
    expect(trace.indexOf('SpreadsheetApp.flush')).toBeLessThan(trace.indexOf('Sheets.Spreadsheets.batchUpdate'));
    expect(emu.mail.to(SCHOOLS[1].emails[0])).toHaveLength(1);
  });

  it('without the Sheets service in the manifest, submissions write the same rows and send the same e-mails', () => {
    const run = (opts: { advancedServices?: string[] }) => {
      const { emu, formId } = officeAfterSetup(SCHOOLS, opts);
      const ids: string[] = [];
      for (let i = 0; i < 4; i++) ids.push(submitCollective(emu, formId, i));
      // An edit of the first: its rows are rewritten in place.
      emu.clock.advance(60_000);
      emu.forms.submitAsUser(formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[0].name, [Q.collectiveName]: 'Tổ 0 (sửa)' }, { email: SCHOOLS[0].emails[0], editResponseId: ids[0] });
      const runs = emu.runtime.executions.filter((x) => x.label === 'onFormSubmit');
      expect(runs.every((x) => x.error === undefined)).toBe(true);
      return {
        apiCalls: [...emu.runtime.calls.keys()].filter((k) => k.startsWith('Sheets.')).length,
        tabs: [RESULTS, 'Thẩm định', 'Sổ mã phiếu'].map((n) => emu.spreadsheets.values(n).map((r) => r.map((v) => (v instanceof Date ? v.getTime() : v)))),
        mail: emu.mail.sent.map((m) => [m.to, m.subject]),
      };
    };
    const api = run({});
    const plain = run({ advancedServices: [] });
    expect(api.apiCalls).toBeGreaterThan(0);
    expect(plain.apiCalls).toBe(0);
    expect(api.tabs).toEqual(plain.tabs);
    expect(api.mail).toEqual(plain.mail);
    expect(api.tabs[0].some((r) => r.includes('Tổ 0 (sửa)'))).toBe(true);
  });

  it('a row the council keeps below the registrations in "Thẩm định" stays: a new registration goes below it', () => {
    const { emu, formId } = officeAfterSetup();
    const submit = (i: number) => submitCollective(emu, formId, i);
    submit(0);
    submit(1);
    const review = emu.spreadsheets.sheet('Thẩm định')!;
    const header = review.values()[0] as string[];
    const comment = header.indexOf('Nhận xét');
    expect(comment).toBeGreaterThan(0);
    // The council's own line under the two registrations: no code in column A.
    const below = review.values().length + 1;
    typeCell(emu, 'Thẩm định', below, comment + 1, 'Tổng: 2 hồ sơ');
    submit(2);
    const rows = emu.spreadsheets.values('Thẩm định');
    expect(rows[below - 1][comment]).toBe('Tổng: 2 hồ sơ');
    expect(rows.length).toBe(below + 1);
    expect(String(rows[below][0])).toMatch(/^DK-/);
  });

  it('a submission costs the same service calls with 10 or 120 registrations already in, and reads of the tabs that grow only the key columns its rows are found in', () => {
    const GROWING = ['Sổ mã phiếu', 'Kết quả kiểm tra', 'Thẩm định'];
    const nth = (before: number, edit = false) => {
      const { emu, formId } = officeAfterSetup();
      let first = '';
      for (let i = 0; i <= before; i++) {
        emu.clock.advance(60_000);
        const sent = emu.forms.submitAsUser(formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[i % 3].name, [Q.collectiveName]: `Tổ ${i}` }, { email: SCHOOLS[i % 3].emails[0] });
        if (i === 0) first = sent.responseId;
      }
      // An edit of the first registration, through its edit link: found in the register by its response id.
      if (edit) {
        emu.clock.advance(60_000);
        emu.forms.submitAsUser(formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[0].name, [Q.collectiveName]: 'Tổ 0 (sửa)' }, { email: SCHOOLS[0].emails[0], editResponseId: first });
      }
      const last = emu.runtime.executions.filter((x) => x.label === 'onFormSubmit').pop()!;
      expect(last.error).toBeUndefined();
      const file = emu.spreadsheets.active;
      const cells = GROWING.map((name) => last.cellsReadByTab?.get(`${file.id}:${emu.spreadsheets.sheet(name)!.id}`) ?? 0);
      const codes = emu.spreadsheets.values('Kết quả kiểm tra').slice(1).map((r) => String(r[0]));
      return { calls: last.calls, cells, codes };
    };
    const small = nth(10);
    const large = nth(120);
    expect(large.calls).toBe(small.calls);
    // The register: its column of response ids, one cell a registration (the values service reads every row, hidden or
    // filtered out, where a search may pass over them), besides its header and the rows found.
    expect(large.cells[0] - small.cells[0]).toBe(110);
    // The results and the review: a new registration reads nothing of them (its code is new), at any size.
    expect(large.cells.slice(1)).toEqual(small.cells.slice(1));
    expect(large.cells[1] + large.cells[2]).toBeLessThanOrEqual(30);
    // Every registration has its own code.
    expect(new Set(large.codes).size).toBe(121);
    // An edit finds its register row and keeps its code: as many registrations after it, the same calls at any size.
    const editSmall = nth(10, true);
    const editLarge = nth(120, true);
    expect(editLarge.calls).toBe(editSmall.calls);
    // The register: its columns of response ids, and of first sendings, senders and subjects (is the edited registration
    // replaced by one of the same subject sent later, or sent from another address? src/jobs/intake.ts sharedSubject).
    expect(editLarge.cells[0] - editSmall.cells[0]).toBe(4 * 110);
    // Its rows in the results and the review are found in their columns of codes, read in one call (one cell a
    // registration each, as the register's column of response ids), besides the review's row read.
    expect(editLarge.cells[1] - editSmall.cells[1]).toBe(110);
    expect(editLarge.cells[2] - editSmall.cells[2]).toBe(110);
    expect(editLarge.codes).toHaveLength(121);
    expect(new Set(editLarge.codes).size).toBe(121);
    // Each with its confirmation sent, exactly (a call more is a regression). A new registration: 28 (29 while the
    // file's offset from UTC was asked of Utilities.formatDate, where its row's timestamp read as a Date and as a serial
    // gives it; 30 while Cấu hình
    // took getDataRange and getValues; 38 while its tab
    // was asked of the event's range by getSheet and getSheetId, the outbox's two tabs' last rows by getLastRow, its
    // register, results and review rows placed by asking each tab's last row and the review's grid, and its row read by
    // getRange and getValues where one getSheetValues reads it; 48 while its health
    // record and line took 3 calls after the lock's release and the previous e-mail's mark was left for it to seek; 52
    // when its outbox rows went through SpreadsheetApp and the lock's flush committed them). An edit: 31 (32 while the
    // offset was asked of Utilities.formatDate; 31 while its
    // rows waited for the outbox's after its e-mail, written then to the rows found before it: review "twohands" #4; 46 while its
    // rows in the results, the review and the outbox record were found by three searches, fifteen calls, where one
    // batch read of their key columns finds them now, and Cấu hình took two calls; 53 with the
    // event's two calls, the outbox's last rows asked and each row read — its own, its register's, its review's and the
    // outbox record's found — by a getRange and a read; 60 with the health record's calls, the mark's search and a
    // formatDate per date of its rows; about ten more when its rows and the outbox's went through SpreadsheetApp, the
    // flush after them, and its review row was sought by an exact search).
    expect(small.calls).toBe(28);
    expect(editSmall.calls).toBe(31);
    console.log(`one submission: ${small.calls} service calls (an edit ${editSmall.calls}), at 10 and at 120 registrations`);
  });

  it('a submission reads "Cấu hình" down to its last row, a setting typed below a blank row included, in one read of its Dates', () => {
    const { emu, formId } = officeAfterSetup();
    submitCollective(emu, formId, 0);
    submitCollective(emu, formId, 1);
    // The office moves the organisation's name to the bottom of the tab, below a blank row, and renames it.
    const rows = (emu.spreadsheets.values('Cấu hình') as unknown[][]).map((r) => [...r]);
    const at = rows.findIndex((r) => r[0] === configLabel('organisation.name'));
    expect(at).toBeGreaterThan(0);
    const [name] = rows.splice(at, 1);
    typeIntoTab(emu, 'Cấu hình', [...rows, ['', '', ''], [name[0], 'Phòng Thử Nghiệm Cuối Trang', '']]);
    emu.runtime.resetCalls();
    submitCollective(emu, formId, 2);
    const run = emu.runtime.executions.filter((x) => x.label === 'onFormSubmit').pop()!;
    expect(run.error).toBeUndefined();
    // Its extent from the batch read, its values (with their Dates) in one getSheetValues: no getDataRange.
    expect(emu.runtime.count('Sheet.getDataRange')).toBe(0);
    const mail = emu.mail.to(SCHOOLS[2].emails[0]);
    expect(mail).toHaveLength(1);
    expect(mail[0].fromName).toBe('Phòng Thử Nghiệm Cuối Trang');
  });

  it('a new registration seeks no row of its own (its code is new); an edit finds its rows in the results, the review and the outbox record', () => {
    const { emu, formId } = officeAfterSetup();
    const first = submitCollective(emu, formId, 0);
    submitCollective(emu, formId, 1);
    // No search at all: the previous e-mail's mark went with its run's journal write once its row was written (one
    // search while the journal kept it until the next run's write).
    emu.runtime.resetCalls();
    submitCollective(emu, formId, 2);
    expect(emu.runtime.count('TextFinder.findAll')).toBe(0);
    expect(JSON.parse(emu.properties.script.get('mail.journal')!).open).toEqual({});
    expect(new Set(emu.spreadsheets.values('Kết quả kiểm tra').slice(1).map((r) => r[0])).size).toBe(3);
    emu.runtime.resetCalls();
    emu.clock.advance(60_000);
    emu.forms.submitAsUser(formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[0].name, [Q.collectiveName]: 'Tổ 0 (sửa)' }, { email: SCHOOLS[0].emails[0], editResponseId: first });
    // Found with no search: in the columns of codes of the results and the review and the outbox record's column of
    // refs, read in a second batch read (only an edit's code is known before its run).
    expect(emu.runtime.count('TextFinder.findAll')).toBe(0);
    expect(emu.runtime.count('Sheets.Spreadsheets.Values.batchGet')).toBe(2);
    // Its rows' dates (its first response's time, its edit's, its e-mails') on the file's clock: no offset asked of
    // Utilities.formatDate — its row's timestamp, read as a Date and as a serial, gives the file's offset, the script's
    // own clock agreeing with it (the file is in the manifest's zone); one call while it was asked.
    expect(emu.runtime.count('Utilities.formatDate')).toBe(0);
    const results = emu.spreadsheets.values('Kết quả kiểm tra').slice(1);
    expect(results).toHaveLength(3);
    expect(results.find((r) => r[3] === 'Tổ 0 (sửa)')).toBeDefined();
    expect(emu.spreadsheets.values('Thẩm định').slice(1)).toHaveLength(3);
  });

  it('a new registration’s rows in the register and the results go below each tab’s last row with content, placed by Sheets (no last row asked): past a note typed below, and past a full grid', () => {
    const { emu, formId } = officeAfterSetup();
    for (let i = 0; i < 2; i++) submitCollective(emu, formId, i);
    const REGISTER = 'Sổ mã phiếu';
    const lastOf = (tab: string) => emu.spreadsheets.values(tab).length;
    // A note typed two rows below the results' last row, away from the code's column; the register's grid cut to its
    // content (no blank row left below it).
    const resultsLast = lastOf(RESULTS);
    typeCell(emu, RESULTS, resultsLast + 2, 5, 'ghi chú');
    const register = emu.spreadsheets.sheet(REGISTER)!;
    const registerLast = lastOf(REGISTER);
    emu.runtime.execute(() => {
      const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(REGISTER)!;
      sheet.deleteRows(registerLast + 1, sheet.getMaxRows() - registerLast);
    }, { kind: 'node', label: 'office staff' });
    expect(register.maxRows).toBe(registerLast);
    emu.runtime.resetCalls();
    submitCollective(emu, formId, 2);
    const last = emu.runtime.executions.filter((x) => x.label === 'onFormSubmit').pop()!;
    expect(last.error).toBeUndefined();
    // No last row asked (the review's grid has room: its row is appended too).
    expect(emu.runtime.count('Sheet.getLastRow')).toBe(0);
    const results = emu.spreadsheets.values(RESULTS);
    expect(results[resultsLast + 1][4]).toBe('ghi chú');
    expect(results).toHaveLength(resultsLast + 3);
    const code = String(results[resultsLast + 2][0]);
    expect(code).toMatch(/^DK-\d{6}$/);
    expect(results[resultsLast + 2][3]).toBe('Tổ 2');
    // The register's grid grew by its new row, which holds the code and its response's time as a Date.
    const rows = emu.spreadsheets.values(REGISTER);
    expect(rows).toHaveLength(registerLast + 1);
    expect(register.maxRows).toBe(registerLast + 1);
    expect(String(rows[registerLast][0])).toBe(code);
    expect(rows[registerLast][2]).toBeInstanceOf(Date);
    // Every registration keeps its own code.
    expect(new Set(emu.spreadsheets.values(RESULTS).slice(1).map((r) => r[0]).filter((c) => c !== '')).size).toBe(3);
  });

  it('“Sổ mã phiếu” cut to its header row: a submission does not fail (its batch read asks no row past that tab’s grid)', () => {
    const { emu, formId } = officeAfterSetup();
    for (let i = 0; i < 2; i++) submitCollective(emu, formId, i);
    // The office shows the hidden register and clears it down to its header.
    cutToHeader(emu, 'Sổ mã phiếu');
    submitCollective(emu, formId, 2);
    const last = emu.runtime.executions.filter((x) => x.label === 'onFormSubmit').pop()!;
    expect(last.error).toBeUndefined();
    expect(emu.spreadsheets.values(RESULTS).slice(1).filter((r) => /^DK-\d{6}$/.test(String(r[0])))).toHaveLength(3);
  });

  it('“Tình trạng” cut to its header row: a submission is answered on its own still (its batch read asks no row past that tab’s grid)', () => {
    const { emu, formId } = officeAfterSetup();
    for (let i = 0; i < 2; i++) submitCollective(emu, formId, i);
    cutToHeader(emu, 'Tình trạng');
    emu.runtime.resetCalls();
    submitCollective(emu, formId, 2);
    const last = emu.runtime.executions.filter((x) => x.label === 'onFormSubmit').pop()!;
    expect(last.error).toBeUndefined();
    // Answered alone, not by the whole office's run.
    // Its one batch read, its row and Cấu hình by one getSheetValues each (readSubmissionListed), no more; the health
    // tab made whole again after it (a row, its frozen header, its lines).
    expect(emu.runtime.count('Sheets.Spreadsheets.Values.batchGet')).toBe(1);
    expect(emu.runtime.count('Sheet.getSheetValues')).toBe(2);
    expect(emu.spreadsheets.sheet('Tình trạng')!.frozenRows).toBe(1);
    expect(emu.spreadsheets.values(RESULTS).slice(1).filter((r) => /^DK-\d{6}$/.test(String(r[0])))).toHaveLength(3);
  });

  it('a new registration’s review row is appended within the grid when its last row is empty (no row asked); past a full grid it goes below the last row, the grid grown with its dropdowns', () => {
    const { emu, formId } = officeAfterSetup();
    for (let i = 0; i < 2; i++) submitCollective(emu, formId, i);
    const review = emu.spreadsheets.sheet('Thẩm định')!;
    const header = review.values()[0] as string[];
    const decision = header.indexOf('Quyết định của Hội đồng') + 1;
    const rules = () => review.validations.map((v) => v.a1).sort();
    const before = rules();
    // Room in the grid: appended by the batch below the last row, where the rebuild's dropdowns are; nothing asked.
    emu.runtime.resetCalls();
    submitCollective(emu, formId, 2);
    expect(emu.runtime.count('Sheet.getLastRow')).toBe(0);
    expect(emu.runtime.count('Sheet.getMaxRows')).toBe(0);
    expect(review.values()).toHaveLength(4);
    expect(String(review.values()[3][0])).toMatch(/^DK-/);
    expect(review.values()[3][decision - 1]).toBe('Chờ thẩm định');
    expect(rules()).toEqual(before);
    // A council's note in the grid's last row: the new row goes below it, the grid grows, its new rows get the dropdowns.
    const max = review.maxRows;
    typeCell(emu, 'Thẩm định', max, decision + 1, 'ghi chú cuối');
    emu.runtime.resetCalls();
    submitCollective(emu, formId, 3);
    expect(emu.runtime.count('Sheet.getLastRow')).toBe(1);
    expect(emu.runtime.count('Sheet.getMaxRows')).toBe(1);
    const rows = review.values();
    expect(rows).toHaveLength(max + 1);
    expect(rows[max - 1][decision]).toBe('ghi chú cuối');
    expect(String(rows[max][0])).toMatch(/^DK-/);
    expect(review.maxRows).toBeGreaterThan(max);
    expect(rules().length).toBe(before.length + 2);
    expect(rules().some((a1) => a1.startsWith(`${String.fromCharCode(64 + decision)}${max + 1}:`))).toBe(true);
  });

  it('consecutive submissions grow no grid and set no dropdown one by one, and each tab is looked up once', () => {
    const { emu, formId } = officeAfterSetup();
    const submit = (i: number) => submitCollective(emu, formId, i);
    for (let i = 0; i < 3; i++) submit(i);
    emu.runtime.resetCalls();
    emu.runtime.trace = [];
    const flushes = emu.runtime.implicitFlushes;
    submit(3);
    // Every read before the first write: no read waits for pending writes to be committed (a flush each).
    expect(emu.runtime.implicitFlushes - flushes).toBe(0);
    // State the lock guards (the outbox's journal, the register's counter) is written before the lock goes, and the
    // run's health record with it; its health line went with the outbox's rows: nothing is called after the release.
    const trace = emu.runtime.trace;
    emu.runtime.trace = null;
    expect(trace.slice(trace.indexOf('Lock.releaseLock'))).toEqual(['Lock.releaseLock']);
    const last = emu.runtime.executions.filter((x) => x.label === 'onFormSubmit').pop()!;
    expect(last.error).toBeUndefined();
    // One insertRowsAfter gives room for GROW_ROWS more rows: the next submissions write into it.
    expect(emu.runtime.count('Sheet.insertRowsAfter')).toBe(0);
    expect(emu.runtime.count('Range.setDataValidation')).toBe(0);
    // Every tab found in one listing of the spreadsheet (the Sheets service) and one getSheets; their grids from it.
    expect(emu.runtime.count('Sheets.Spreadsheets.get')).toBe(1);
    expect(emu.runtime.count('Spreadsheet.getSheets')).toBe(1);
    expect(emu.runtime.count('Spreadsheet.getSheetByName')).toBe(0);
    // No tab's last row or grid is asked: the new rows are appended by Sheets in the one batch, below each tab's last
    // row with content (the review's within its grid, whose last row was read empty with the other reads: the
    // rebuild's dropdowns are there).
    expect(emu.runtime.count('Sheet.getMaxRows')).toBe(0);
    expect(emu.runtime.count('Sheet.getLastRow')).toBe(0);
    // The office's text-only tabs, the headers of the registration tab, the register, the review and the outbox record,
    // and the health tab's labels in one batch read; what holds Dates one read each: Cấu hình and the row (the row in
    // one getSheetValues: its place and width are known) (and the outbox rows a search found while the journal kept the
    // previous e-mail's mark after its row was written).
    // Cấu hình is read in the batch too, for its extent alone: its Dates then in one getSheetValues over it, where
    // getDataRange and getValues were two calls.
    expect(emu.runtime.count('Sheets.Spreadsheets.Values.batchGet')).toBe(1);
    expect(emu.runtime.count('Range.getValues')).toBe(0);
    expect(emu.runtime.count('Sheet.getDataRange')).toBe(0);
    expect(emu.runtime.count('Sheet.getSheetValues')).toBe(2);
    // A new registration's code was made by this run: no row of the results, the review or the outbox record holds it,
    // and none is sought. The outbox record is searched only for the keys the journal still marks: none, as the
    // previous run dropped its e-mail's mark once its row was written. Its register row is found in the register's
    // column of response ids, read in the batch (a search may pass over hidden rows).
    expect(emu.runtime.count('TextFinder.findAll')).toBe(0);
    // The spreadsheet's offset from UTC at the registration's instant, for the dates of its one-call rows (a date serial
    // is on the file's wall clock, which may not be the script's): its row's timestamp read both as a Date and as a
    // serial gives it, no call (once asked of Utilities.formatDate).
    expect(emu.runtime.count('Utilities.formatDate')).toBe(0);
    // With the lock free, the row is never queued: the properties are read once (under the lock) and no queue key is
    // written or deleted.
    expect(emu.runtime.count('Properties.getProperties')).toBe(1);
    expect(emu.runtime.count('Properties.deleteProperty')).toBe(0);
    // The form's response is asked for its id, time and sender once (the register and the e-mail's link share them).
    expect(emu.runtime.count('FormResponse.getTimestamp')).toBeLessThanOrEqual(1);
    expect(emu.runtime.count('Form.getId')).toBe(0);
    // Four property writes: the register's counter (before its new code is written anywhere), the e-mail's "sending"
    // mark, its "sent" mark right after it, and the outbox's housekeeping with the run's health record before the lock
    // is released (5 while the health record had a write of its own after the release).
    expect(emu.runtime.count('Properties.setProperties')).toBe(4);
    // Its rows and the outbox's went in batches of the Sheets service, committed when they return: no flush.
    expect(emu.runtime.count('SpreadsheetApp.flush')).toBe(0);
    expect(emu.runtime.count('Sheets.Spreadsheets.batchUpdate')).toBe(2);
    // The whole budget of a steady submission with its e-mail sent: 28 today, the same at any size (its rows found,
    // not read). (29 while the file's offset was asked of Utilities.formatDate; 38 while its tab was asked by getSheet and getSheetId, its rows placed by asking the tabs' last rows
    // and the review's grid, and its row read by getRange and getValues; 48 while its health record and line took 3 calls after the lock's release and the previous e-mail's
    // mark was left for it to seek — a search, its row read; 52 when its outbox rows went through SpreadsheetApp and a flush; 75 before; 52 when it read the
    // register, the outbox record and two columns whole; 79 before its reads were listed and batched and its counter
    // and housekeeping went with other property writes; 89 before the queue was written only when the lock is busy;
    // 113 before tabs were cached, grids grown in steps and the health tab given one line; 30 while Cấu hình took
    // getDataRange and getValues.)
    expect(last.calls).toBe(28);
    // And its line in "Tình trạng" says it ran, with this registration's code, as its record in the properties does.
    const health = emu.spreadsheets.values('Tình trạng');
    const code = String(emu.spreadsheets.values('Kết quả kiểm tra').slice(1).pop()![0]);
    const own = health.find((r) => r[0] === 'Kiểm tra khi có phiếu mới')!;
    expect(own[2]).toBe('Thành công');
    expect(String(own[3])).toContain(`Phiếu ${code}:`);
    expect(JSON.parse(emu.properties.script.get('health:onFormSubmit')!).detail).toBe(own[3]);
  });

  it('a submission\'s health record, written ahead of its end with its last rows and properties, gives way to a failure after them', () => {
    const { emu, formId } = officeAfterSetup();
    for (let i = 0; i < 2; i++) submitCollective(emu, formId, i);
    const line = () => emu.spreadsheets.values('Tình trạng').find((r) => r[0] === 'Kiểm tra khi có phiếu mới')!;
    const record = () => JSON.parse(emu.properties.script.get('health:onFormSubmit')!) as { ok: boolean; detail: string };
    expect(line()[2]).toBe('Thành công');
    // Its record is written once the run's work is done, not with the e-mail's marks before it goes: as the e-mail
    // goes, the store still holds the previous run's.
    const before = emu.properties.script.get('health:onFormSubmit');
    let whileSending: string | null | undefined;
    emu.runtime.trace = [];
    const off = emu.runtime.onCall(() => {
      const t = emu.runtime.trace!;
      if (whileSending === undefined && t[t.length - 1] === 'MailApp.sendEmail') whileSending = emu.properties.script.get('health:onFormSubmit');
    });
    submitCollective(emu, formId, 5);
    off();
    emu.runtime.trace = null;
    expect(whileSending).toBe(before);
    expect(emu.properties.script.get('health:onFormSubmit')).not.toBe(before);
    // The run's every write is done when the lock's release fails: its record and line, written as a success before,
    // are written again as the failure.
    emu.runtime.failOn('Lock.releaseLock', 1, 'Service error: Lock');
    submitCollective(emu, formId, 2);
    const failed = emu.runtime.executions.filter((x) => x.label === 'onFormSubmit').pop()!;
    expect(failed.error).toContain('Service error: Lock');
    expect(line()[2]).toBe('Lỗi');
    expect(record().ok).toBe(false);
    // The next run handles the failed run's row (queued) and its own: its line, of both, is written at its end.
    submitCollective(emu, formId, 3);
    expect(line()[2]).toBe('Thành công');
    expect(record()).toMatchObject({ ok: true, detail: line()[3] });
    expect(String(line()[3]).match(/Phiếu DK-/g)).toHaveLength(2);
    // One alone again: its line goes with its rows.
    emu.runtime.resetCalls();
    submitCollective(emu, formId, 4);
    expect(String(line()[3]).match(/Phiếu DK-/g)).toHaveLength(1);
    expect(record()).toMatchObject({ ok: true, detail: line()[3] });
    expect(emu.runtime.count('Range.setValues')).toBe(0);
  });
});

/** Office staff delete every row of `tab` below its header (its header unfrozen first: Sheets keeps a row below the frozen ones). */
function cutToHeader(emu: Emulator, tab: string): void {
  emu.runtime.execute(() => {
    const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(tab)!;
    sheet.setFrozenRows(0);
    sheet.deleteRows(2, sheet.getMaxRows() - 1);
  }, { kind: 'node', label: 'office staff' });
  expect(emu.spreadsheets.sheet(tab)!.maxRows).toBe(1);
}
