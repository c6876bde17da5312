// "Lịch sử thẩm định" (review audit #1, #6): every decision the council takes, changes or withdraws, and every automatic
// verdict a run changes, as a line appended — "Thẩm định" shows only what stands now, and the register only a
// fingerprint of it.
import { describe, expect, it } from 'vitest';
import { Q, initiativeTitles } from '../../src/core/registration-form';
import { MAIL_JOB_LABEL, HISTORY_CHANGE, HISTORY_HEADER, HISTORY_HEADERS_EARLIER, HISTORY_LINES_GONE, HISTORY_PROTECTION, HISTORY_REMADE, HISTORY_RESHAPED, HISTORY_TAB, LOG_HANDLED, LOG_HEADER, LOG_PROTECTION, LOG_PROTECTIONS_EARLIER, REVIEW_HEADERS, REVIEW_VERDICT_SUPERSEDED, REVIEW_VERDICT_VANISHED } from '../../src/core/messages';
import { clearTabRow, deleteTab, deleteTabRow, insertTabColumn, typeCell, typeIntoTab } from '../../scripts/user';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

const school = SCHOOLS[0];
const teacher = (name: string) => ({ ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: name });

/** Two registrations (DK-000002, DK-000003) and a rebuild. */
function office() {
  const ctx = officeAfterSetup(SCHOOLS);
  const first = ctx.emu.forms.submitAsUser(ctx.formId, teacher('Lê Thị Hoa'), { email: school.emails[0] });
  ctx.emu.forms.submitAsUser(ctx.formId, teacher('Trần Văn Nam'), { email: school.emails[0] });
  ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
  return { ctx, first };
}
type Ctx = ReturnType<typeof office>['ctx'];

/** Types the council's cells of a code's row in "Thẩm định" (by header). */
function decide(ctx: Ctx, code: string, cells: Partial<Record<'decision' | 'comment' | 'reviewer', string>>): void {
  const values = ctx.emu.spreadsheets.values('Thẩm định');
  const header = values[0].map(String);
  const row = values.findIndex((r) => r[0] === code) + 1;
  for (const [k, v] of Object.entries(cells)) typeCell(ctx.emu, 'Thẩm định', row, header.indexOf(REVIEW_HEADERS[k as keyof typeof REVIEW_HEADERS]) + 1, v);
}

/** The history's lines: code, change, decision, comment, reviewer, verdict. */
function lines(ctx: Ctx): string[][] {
  if (!ctx.emu.spreadsheets.sheet(HISTORY_TAB)) return [];
  const values = ctx.emu.spreadsheets.values(HISTORY_TAB);
  expect(values[0].map(String)).toEqual(HISTORY_HEADER);
  const h = values[0].map(String);
  const pick = [REVIEW_HEADERS.id, 'Thay đổi', REVIEW_HEADERS.decision, REVIEW_HEADERS.comment, REVIEW_HEADERS.reviewer, REVIEW_HEADERS.verdict].map((x) => h.indexOf(x));
  return values.slice(1).map((r) => pick.map((i) => String(r[i])));
}

describe('"Lịch sử thẩm định"', () => {
  it('a decision taken, changed and withdrawn: a line each, with what the cells said and when; nothing when nothing changed', () => {
    const { ctx } = office();
    expect(lines(ctx)).toEqual([]);
    decide(ctx, 'DK-000002', { decision: 'Đề nghị khen', reviewer: 'Ông A' });
    ctx.emu.clock.advance(3_600_000);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    decide(ctx, 'DK-000002', { decision: 'Không đề nghị', reviewer: 'Bà B', comment: "'=chưa đủ minh chứng" });
    ctx.emu.clock.advance(3_600_000);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    decide(ctx, 'DK-000002', { decision: 'Chờ thẩm định', reviewer: '', comment: '' });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(lines(ctx)).toEqual([
      ['DK-000002', HISTORY_CHANGE.decided, 'Đề nghị khen', '', 'Ông A', 'Đạt'],
      ['DK-000002', HISTORY_CHANGE.changed, 'Không đề nghị', '=chưa đủ minh chứng', 'Bà B', 'Đạt'],
      ['DK-000002', HISTORY_CHANGE.withdrawn, 'Chờ thẩm định', '', '', 'Đạt'],
    ]);
    const values = ctx.emu.spreadsheets.values(HISTORY_TAB);
    // When each was found: the runs' times, in order; the comment stays text.
    const times = values.slice(1).map((r) => (r[0] as Date).getTime());
    expect(times[1] - times[0]).toBe(3_600_000);
    const sheet = ctx.emu.spreadsheets.sheet(HISTORY_TAB)!;
    expect(sheet.cell(3, 8)?.formula).toBeUndefined();
    expect(ctx.emu.spreadsheets.active.protections.filter((p) => p.sheetId === sheet.id && !p.removed).map((p) => [p.description, p.warningOnly])).toEqual([[HISTORY_PROTECTION, true]]);
    expect(sheet.frozenRows).toBe(1);
  });

  it('a decision a submission finds on its row is lined once, not again by the rebuild', () => {
    const { ctx, first } = office();
    decide(ctx, 'DK-000002', { decision: 'Yêu cầu bổ sung', comment: 'Bổ sung giấy khen 2022', reviewer: 'Ông A' });
    ctx.emu.clock.advance(60_000);
    ctx.emu.forms.submitAsUser(ctx.formId, teacher('Lê Thị Hoa'), { email: school.emails[0], editResponseId: first.responseId });
    expect(lines(ctx)).toEqual([['DK-000002', HISTORY_CHANGE.decided, 'Yêu cầu bổ sung', 'Bổ sung giấy khen 2022', 'Ông A', 'Đạt']]);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(lines(ctx)).toHaveLength(1);
  });

  it('a decision the school\'s edit overtook: its line names what the council decided on, and says the decision is held (review history M3)', () => {
    const { ctx, first } = office();
    decide(ctx, 'DK-000002', { decision: 'Đề nghị khen', reviewer: 'Ông A' });
    ctx.emu.clock.advance(60_000);
    ctx.emu.forms.submitAsUser(ctx.formId, teacher('Phạm Văn Khác'), { email: school.emails[0], editResponseId: first.responseId });
    const values = ctx.emu.spreadsheets.values(HISTORY_TAB);
    const h = values[0].map(String);
    expect(values.slice(1).map((r) => [r[1], r[h.indexOf(REVIEW_HEADERS.name)], r[4]].map(String))).toEqual([['DK-000002', 'Lê Thị Hoa', HISTORY_CHANGE.decided + HISTORY_CHANGE.held]]);
  });

  it('the register of codes rebuilt (deleted by hand): the decisions that stand are not lined again as taken that day (review history M4)', () => {
    const { ctx } = office();
    decide(ctx, 'DK-000002', { decision: 'Đề nghị khen', reviewer: 'Ông A' });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(lines(ctx)).toHaveLength(1);
    const file = ctx.emu.spreadsheets.active;
    file.sheets.splice(file.sheets.indexOf(ctx.emu.spreadsheets.sheet('Sổ mã phiếu')!), 1);
    ctx.emu.clock.advance(3_600_000);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(ctx.emu.spreadsheets.sheet('Sổ mã phiếu')).toBeDefined();
    expect(lines(ctx)).toHaveLength(1);
    // A real change after it is lined as ever.
    decide(ctx, 'DK-000002', { decision: 'Không đề nghị', reviewer: 'Ông A' });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(lines(ctx).map((l) => l[1])).toEqual([HISTORY_CHANGE.decided, HISTORY_CHANGE.changed]);
  });

  it('decisions that all went back to "Chờ thẩm định" at once, cells blank (an older copy of the tab put back?): lined as what they may be, not as the council\'s withdrawals (review history L2)', () => {
    const { ctx } = office();
    decide(ctx, 'DK-000002', { decision: 'Đề nghị khen', reviewer: 'Ông A' });
    decide(ctx, 'DK-000003', { decision: 'Không đề nghị', reviewer: 'Ông A' });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    for (const code of ['DK-000002', 'DK-000003']) decide(ctx, code, { decision: 'Chờ thẩm định', reviewer: '' });
    ctx.emu.clock.advance(3_600_000);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(lines(ctx).map((l) => l.slice(0, 2))).toEqual([
      ['DK-000002', HISTORY_CHANGE.decided],
      ['DK-000003', HISTORY_CHANGE.decided],
      ['DK-000002', HISTORY_CHANGE.reset],
      ['DK-000003', HISTORY_CHANGE.reset],
    ]);
  });

  it('the tab deleted by hand: made again with the next line, and the office told where the earlier lines are (review history M5)', () => {
    const { ctx } = office();
    const told = () => (ctx.emu.spreadsheets.sheet('Nhật ký lỗi') ? ctx.emu.spreadsheets.values('Nhật ký lỗi') : []).filter((r) => r[2] === HISTORY_REMADE).length;
    decide(ctx, 'DK-000002', { decision: 'Đề nghị khen', reviewer: 'Ông A' });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(lines(ctx)).toHaveLength(1);
    expect(told()).toBe(0);
    const file = ctx.emu.spreadsheets.active;
    file.sheets.splice(file.sheets.indexOf(ctx.emu.spreadsheets.sheet(HISTORY_TAB)!), 1);
    decide(ctx, 'DK-000003', { decision: 'Không đề nghị', reviewer: 'Ông A' });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(lines(ctx).map((l) => l[0])).toEqual(['DK-000003']);
    expect(told()).toBe(1);
  });

  it('an office with decisions from before the history: what stands, once, as its first lines', () => {
    const { ctx } = office();
    decide(ctx, 'DK-000002', { decision: 'Đề nghị khen', reviewer: 'Ông A' });
    decide(ctx, 'DK-000003', { decision: 'Không đề nghị' });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    // As the last version left it: decisions recorded in the register, no history.
    deleteTab(ctx.emu, HISTORY_TAB);
    ctx.emu.properties.script.delete('history.started');
    decide(ctx, 'DK-000003', { decision: 'Đề nghị khen', reviewer: 'Bà B' });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(lines(ctx)).toEqual([
      ['DK-000003', HISTORY_CHANGE.changed, 'Đề nghị khen', '', 'Bà B', 'Đạt'],
      ['DK-000002', HISTORY_CHANGE.baseline, 'Đề nghị khen', '', 'Ông A', 'Đạt'],
    ]);
  });

  it('a response row deleted, then its "Thẩm định" row: the history keeps who it was and that it went (review audit #7)', () => {
    const { ctx } = office();
    const responses = ctx.emu.spreadsheets.values('Phiếu đăng ký');
    const row = responses.findIndex((r) => r.some((v) => v === 'Trần Văn Nam')) + 1;
    deleteTabRow(ctx.emu, 'Phiếu đăng ký', row);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const review = ctx.emu.spreadsheets.values('Thẩm định');
    deleteTabRow(ctx.emu, 'Thẩm định', review.findIndex((r) => r[0] === 'DK-000003') + 1);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const values = ctx.emu.spreadsheets.values(HISTORY_TAB);
    const h = values[0].map(String);
    expect(values.slice(1).map((r) => [r[1], r[h.indexOf(REVIEW_HEADERS.school)], r[h.indexOf(REVIEW_HEADERS.name)], r[h.indexOf('Thay đổi')]])).toEqual([
      ['DK-000003', school.name, 'Trần Văn Nam', HISTORY_CHANGE.verdict('Đạt', REVIEW_VERDICT_VANISHED)],
    ]);
    const log = ctx.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])).join('\n');
    expect(log).toContain('dòng của phiếu ở trang câu trả lời đã bị xóa');
    // What it costs the school: the registration no longer counts towards its minimum (review read-outputs H4).
    expect(log).toContain('hay tính vào số phiếu tối thiểu của đơn vị (cột “Đủ 1 tập thể + 1 cá nhân” ở trang “Tổng hợp”');
  });

  it('a response row deleted, then pasted back from a copy of an old version (the steps of the guide): the same code, its verdict back, nothing sent again', () => {
    const { ctx } = office();
    const responses = ctx.emu.spreadsheets.values('Phiếu đăng ký');
    const row = responses.findIndex((r) => r.some((v) => v === 'Trần Văn Nam')) + 1;
    const copied = responses[row - 1];
    deleteTabRow(ctx.emu, 'Phiếu đăng ký', row);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const verdictOf = (code: string) => {
      const review = ctx.emu.spreadsheets.values('Thẩm định');
      return review.find((r) => r[0] === code)?.[review[0].map(String).indexOf(REVIEW_HEADERS.verdict)];
    };
    expect(verdictOf('DK-000003')).toBe(REVIEW_VERDICT_VANISHED);
    const sent = ctx.emu.mail.sent.length;
    // Pasted below the last response, as the guide says.
    const last = ctx.emu.spreadsheets.values('Phiếu đăng ký').length;
    typeIntoTab(ctx.emu, 'Phiếu đăng ký', [...ctx.emu.spreadsheets.values('Phiếu đăng ký'), copied]);
    expect(ctx.emu.spreadsheets.values('Phiếu đăng ký')).toHaveLength(last + 1);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(verdictOf('DK-000003')).toBe('Đạt');
    const codes = ctx.emu.spreadsheets.values('Thẩm định').slice(1).map((r) => r[0]);
    expect(codes.filter((c) => c === 'DK-000003')).toHaveLength(1);
    expect(codes).not.toContain('DK-000004');
    expect(ctx.emu.mail.sent.length).toBe(sent);
  });

  it('a registration its school sent again: the one it replaces has its line, though the school, not the log, is told (review diff31 #3)', () => {
    const { ctx } = office();
    ctx.emu.clock.advance(60_000);
    ctx.emu.forms.submitAsUser(ctx.formId, teacher('Lê Thị Hoa'), { email: school.emails[0] });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    // Naming the registration that replaced it, and on what ground (review complaint H3): "Thẩm định" rewrites its note.
    expect(lines(ctx).map((l) => l.slice(0, 2))).toEqual([['DK-000002', HISTORY_CHANGE.verdict('Đạt', REVIEW_VERDICT_SUPERSEDED, undefined, '', { id: 'DK-000004', withYear: true })]]);
    expect(lines(ctx)[0][1]).toContain('(thay bằng phiếu DK-000004: cùng đơn vị, cùng tên và năm sinh; do một phiếu được gửi, sửa hoặc xóa');
    const log = ctx.emu.spreadsheets.sheet('Nhật ký lỗi') ? ctx.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])).join('\n') : '';
    expect(log).not.toContain('DK-000002');
  });

  it.each([false, true])('a verdict its school turned by an edit: one line, whether the edit is answered alone or after a wait for the lock (%s), saying what it knows of the cause', (waited) => {
    const { ctx, first } = office();
    ctx.emu.clock.advance(3600_000);
    // One solution only (the plan asks an individual for several): no longer "Đạt".
    const lock = ctx.emu.locks.state('script');
    if (waited) lock.holder = 0;
    ctx.emu.forms.submitAsUser(ctx.formId, { ...teacher('Lê Thị Hoa'), [initiativeTitles(2).name]: '' }, { email: school.emails[0], editResponseId: first.responseId });
    lock.holder = null;
    for (let k = 0; k < 5 && ctx.emu.triggers.find('continueIntake').length > 0; k++) ctx.emu.triggers.runDueTimeTriggers(ctx.emu.clock.now() + 61_000);
    // The nightly rebuild finds nothing more to say (review history H1: answered alone, the edit had no line at all).
    ctx.emu.clock.advance(3600_000);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const turned = lines(ctx).filter((l) => l[0] === 'DK-000002');
    expect(turned).toHaveLength(1);
    expect(turned[0][5]).toBe('Cần bổ sung');
    // Answered after a wait, by the full run that is the first to see the edit: the edit too (review clerk-day #2).
    expect(turned[0][1]).toBe(HISTORY_CHANGE.verdict('Đạt', 'Cần bổ sung', 'edit'));
    expect(turned[0][1]).toContain('trường vừa sửa phiếu này');
  });

  it.each([false, true])('an edit whose own trigger stopped before writing anything (failed: %s), answered by the nightly rebuild: lined as the school\'s edit, its school told, and the log does not say otherwise (review clerk-day #2)', (fail) => {
    const { ctx, first } = office();
    ctx.emu.clock.advance(3600_000);
    const mailsBefore = ctx.emu.mail.sent.length;
    if (fail) ctx.emu.runtime.failAtCall(1);
    else ctx.emu.runtime.killAtCall(1);
    try {
      ctx.emu.forms.submitAsUser(ctx.formId, { ...teacher('Lê Thị Hoa'), [initiativeTitles(2).name]: '' }, { email: school.emails[0], editResponseId: first.responseId });
    } catch {
      // the trigger's run stopped
    }
    ctx.emu.runtime.clearFaults();
    // The day's runs go by (the reminders among them: they send the school its result, and save the register).
    for (let k = 0; k < 6; k++) ctx.emu.triggers.runDueTimeTriggers(ctx.emu.clock.now() + 11 * 60_000);
    ctx.emu.clock.advance(3600_000);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(lines(ctx).filter((l) => l[0] === 'DK-000002').map((l) => l[1])).toEqual([HISTORY_CHANGE.verdict('Đạt', 'Cần bổ sung', 'edit')]);
    // The school has its result (from the reminders' run or the rebuild).
    expect(ctx.emu.mail.sent.slice(mailsBefore).filter((m) => m.to.includes(school.emails[0]) && m.subject.includes('DK-000002'))).toHaveLength(1);
    const log = ctx.emu.spreadsheets.sheet('Nhật ký lỗi') ? ctx.emu.spreadsheets.values('Nhật ký lỗi').slice(1).map((r) => String(r[2])) : [];
    expect(log.filter((m) => m.includes('DK-000002'))).toEqual([]);
    // The next night: nothing more.
    ctx.emu.clock.advance(86_400_000);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(lines(ctx).filter((l) => l[0] === 'DK-000002')).toHaveLength(1);
  });

  it('an edit the reminders saw first, then answered by its own late trigger: a later change by the office is not called the school\'s edit, and is logged (review diff33 #1)', () => {
    const { ctx, first } = office();
    ctx.emu.clock.advance(3600_000);
    // The edit's trigger fires late (Apps Script gives no bound on an installable trigger's start): held here.
    const orig = ctx.emu.triggers.dispatcher!;
    const held: Parameters<typeof orig>[] = [];
    ctx.emu.triggers.dispatcher = (h, ev, kind, w) => (h === 'onFormSubmit' ? void held.push([h, ev, kind, w]) : orig(h, ev, kind, w));
    ctx.emu.forms.submitAsUser(ctx.formId, { ...teacher('Lê Thị Hoa'), [initiativeTitles(2).name]: '' }, { email: school.emails[0], editResponseId: first.responseId });
    ctx.emu.triggers.dispatcher = orig;
    // The reminders run first: they see the edit and keep its code for the next run that answers.
    ctx.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    expect(ctx.emu.properties.script.get('intake.resent.seen')).toBe('DK-000002');
    // Then the edit's own trigger answers it, and forgets the code.
    ctx.emu.clock.advance(20_000);
    for (const args of held) orig(...args);
    const hist = () => lines(ctx).filter((l) => l[0] === 'DK-000002').map((l) => l[1]);
    expect(hist()).toEqual([HISTORY_CHANGE.verdict('Đạt', 'Cần bổ sung', 'edit')]);
    expect(ctx.emu.properties.script.get('intake.resent.seen') ?? '').toBe('');
    // Hours later the office makes every criterion priority-only in "Tiêu chí": its change, the school not told.
    ctx.emu.clock.advance(5 * 3600_000);
    const crit = ctx.emu.spreadsheets.values('Tiêu chí');
    const mandatory = crit[0].map(String).indexOf('Bắt buộc');
    for (let i = 1; i < crit.length; i++) if (String(crit[i][0]).trim() !== '') typeCell(ctx.emu, 'Tiêu chí', i + 1, mandatory + 1, 'Không');
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    // Named with what the office changed in its own tabs since the last full run (review complaint M2).
    expect(hist()[1]).toBe(HISTORY_CHANGE.verdict('Cần bổ sung', 'Đạt', undefined, 'trang “Tiêu chí” (TT-01-DANG-KY, TT-02-DAN-DAU, TT-03-NHIEM-VU, …)'));
    const log = ctx.emu.spreadsheets.values('Nhật ký lỗi').slice(1).map((r) => String(r[2]));
    const said = log.filter((m) => m.includes('DK-000002') && m.includes('các trường chưa được báo'));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/Từ lần cập nhật trước, cơ quan đã sửa: trang “Tiêu chí”, cột “Bắt buộc” của \d+ tiêu chí \(TT-01-DANG-KY, TT-02-DAN-DAU, TT-03-NHIEM-VU, TT-04-SANG-KIEN, TT-05-PHONG-TRAO, …\): từ “Có” thành “Không”\. Các phiếu/);
    // The print kept is this run's: a next run, nothing changed, names no setting.
    const print = ctx.emu.properties.script.get('settings.print');
    expect(print).toContain('|Không');
    const logged = log.length;
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(ctx.emu.properties.script.get('settings.print')).toBe(print);
    expect(ctx.emu.spreadsheets.values('Nhật ký lỗi').slice(1 + logged).map((r) => String(r[2])).join('\n')).not.toContain('cơ quan đã sửa');
  });

  it('a verdict the office\'s own change turned on a registration edited an hour before is said in the log by a rebuild that also answers a queued submission (not taken for its school\'s doing)', () => {
    const { ctx, first } = office();
    ctx.emu.clock.advance(3600_000);
    // The school's edit, answered alone: "Cần bổ sung", its school told.
    ctx.emu.forms.submitAsUser(ctx.formId, { ...teacher('Lê Thị Hoa'), [initiativeTitles(2).name]: '' }, { email: school.emails[0], editResponseId: first.responseId });
    expect(lines(ctx).filter((l) => l[0] === 'DK-000002').map((l) => l[5])).toEqual(['Cần bổ sung']);
    // An hour later the office makes every criterion priority-only in "Tiêu chí": its change, the school not told.
    ctx.emu.clock.advance(3600_000);
    const crit = ctx.emu.spreadsheets.values('Tiêu chí');
    const mandatory = crit[0].map(String).indexOf('Bắt buộc');
    for (let i = 1; i < crit.length; i++) if (String(crit[i][0]).trim() !== '') typeCell(ctx.emu, 'Tiêu chí', i + 1, mandatory + 1, 'Không');
    // Another school's registration waits for the lock; the clerk's "Cập nhật tổng hợp" answers it with everything.
    const lock = ctx.emu.locks.state('script');
    lock.holder = 0;
    ctx.emu.forms.submitAsUser(ctx.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Phạm Văn Đức' }, { email: SCHOOLS[1].emails[0] });
    lock.holder = null;
    ctx.emu.clock.advance(60_000);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const log = ctx.emu.spreadsheets.values('Nhật ký lỗi').slice(1).map((r) => String(r[2]));
    expect(log.filter((m) => m.includes('DK-000002') && m.includes('các trường chưa được báo')), log.join('\n')).toHaveLength(1);
    const turned = lines(ctx).filter((l) => l[0] === 'DK-000002');
    expect(turned.map((l) => l[5])).toEqual(['Cần bổ sung', 'Đạt']);
    expect(turned[1][1]).not.toContain('trường vừa sửa phiếu này');
    // The new registration the rebuild answered is its school's: nothing said of it.
    expect(log.join('\n')).not.toContain('Phạm Văn Đức');
  });

  it('a verdict an edit turns, with the tab there: its line goes in the edit\'s one batch, below the last line — no call of its own (review history L5)', () => {
    const { ctx, first } = office();
    decide(ctx, 'DK-000003', { decision: 'Đề nghị khen', reviewer: 'Ông A' });
    ctx.emu.clock.advance(3600_000);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(lines(ctx)).toHaveLength(1);
    ctx.emu.clock.advance(3600_000);
    ctx.emu.runtime.resetCalls();
    const at = ctx.emu.clock.now();
    ctx.emu.forms.submitAsUser(ctx.formId, { ...teacher('Lê Thị Hoa'), [initiativeTitles(2).name]: '' }, { email: school.emails[0], editResponseId: first.responseId });
    const calls = new Map(ctx.emu.runtime.callTable());
    expect(ctx.emu.runtime.executions.filter((x) => x.error)).toEqual([]);
    expect(lines(ctx)).toEqual([
      ['DK-000003', HISTORY_CHANGE.decided, 'Đề nghị khen', '', 'Ông A', 'Đạt'],
      ['DK-000002', HISTORY_CHANGE.verdict('Đạt', 'Cần bổ sung', 'edit'), '', '', '', 'Cần bổ sung'],
    ]);
    // Its time a Date (shown as one), wrapped as the rows appendHistory writes.
    const when = ctx.emu.spreadsheets.values(HISTORY_TAB)[2][0] as Date;
    expect(when).toBeInstanceOf(Date);
    expect(Math.abs(when.getTime() - at)).toBeLessThan(60_000);
    // No SpreadsheetApp call on the tab: neither its size asked nor a write, nor a flush to commit one.
    for (const name of ['Sheet.getLastRow', 'Sheet.getMaxRows', 'Range.setWrap', 'SpreadsheetApp.flush']) expect(calls.get(name) ?? 0, name).toBe(0);
    // The nightly rebuild has nothing to add.
    ctx.emu.clock.advance(3600_000);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(lines(ctx)).toHaveLength(2);
  });

  it('a rebuild cut off anywhere around its write of "Thẩm định": the next one leaves each turned verdict its one line (review history M1)', () => {
    const turnedOffice = () => {
      const { ctx } = office();
      const directory = ctx.emu.spreadsheets.values('Đơn vị');
      typeIntoTab(ctx.emu, 'Đơn vị', directory.filter((r) => r[1] !== school.name) as unknown[][]);
      ctx.emu.clock.advance(60_000);
      return ctx;
    };
    const probe = turnedOffice();
    probe.emu.runtime.trace = [];
    probe.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const trace = probe.emu.runtime.trace!;
    const want = lines(probe).map((l) => l.slice(0, 2));
    expect(want.map((l) => l[0])).toEqual(['DK-000002', 'DK-000003']);
    // Cut off at each call from the first read of "Thẩm định"'s values to the end, but every fifth past its write.
    const firstBatch = trace.findIndex((n) => n === 'Spreadsheets.batchUpdate' || n.endsWith('.setValues'));
    const at = trace.map((_, k) => k + 1).filter((k) => k > firstBatch - 3 && (k < firstBatch + 15 || k % 5 === 0));
    expect(at.length).toBeGreaterThan(10);
    for (const k of at) {
      const ctx = turnedOffice();
      ctx.emu.runtime.killAtCall(k);
      try {
        ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
      } catch {
        // Killed.
      }
      ctx.emu.runtime.clearFaults();
      ctx.emu.clock.advance(3600_000);
      ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
      expect([k, lines(ctx).map((l) => l.slice(0, 2))]).toEqual([k, want]);
    }
  });

  it('automatic verdicts a change of the settings turned: every code, where the log names ten', () => {
    const ctx = officeAfterSetup(SCHOOLS);
    for (let i = 0; i < 12; i++) ctx.emu.forms.submitAsUser(ctx.formId, teacher(`Giáo viên Số ${String.fromCharCode(65 + i)}`), { email: school.emails[0] });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    // The school leaves the directory: every registration of it turns.
    const directory = ctx.emu.spreadsheets.values('Đơn vị');
    typeIntoTab(ctx.emu, 'Đơn vị', directory.filter((r) => r[1] !== school.name) as unknown[][]);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const turned = lines(ctx);
    expect(turned).toHaveLength(12);
    expect(new Set(turned.map((l) => l[0])).size).toBe(12);
    expect(turned[0][1]).toBe(HISTORY_CHANGE.verdict('Đạt', turned[0][5]));
    const log = ctx.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])).join('\n');
    expect(log).toContain(`đủ danh sách ở trang “${HISTORY_TAB}”`);
    // The log holds the office's trace too: a warning for whoever edits it (review audit #9).
    const logTab = ctx.emu.spreadsheets.sheet('Nhật ký lỗi')!;
    expect(ctx.emu.spreadsheets.active.protections.filter((p) => p.sheetId === logTab.id && !p.removed).map((p) => [p.description, p.warningOnly])).toEqual([[LOG_PROTECTION, true]]);
    // …but for the office's column, where it ticks the lines it has dealt with (review handoff #3).
    const logValues = ctx.emu.spreadsheets.values('Nhật ký lỗi');
    expect(logValues[0].map(String)).toEqual([...LOG_HEADER, LOG_HANDLED]);
    expect(logTab.frozenRows).toBe(1);
    // Laid out to be read where it stands: the message's column wide, each message wrapped.
    expect(logTab.columnWidths.get(3)).toBe(620);
    expect(logValues.slice(1).every((_, i) => logTab.cell(i + 2, 3)?.wrap === true)).toBe(true);
    expect(logTab.cell(1, 5)?.wrap).toBe(true);
    const handled = `E2:E${logTab.maxRows}`;
    expect(ctx.emu.spreadsheets.active.protections.find((p) => p.sheetId === logTab.id && !p.removed)!.unprotectedA1).toEqual([handled]);
    expect(logTab.validations.some((v) => v.a1 === handled)).toBe(true);
    // A tick stays through the next lines the tool writes.
    typeCell(ctx.emu, 'Nhật ký lỗi', 2, 5, true);
    typeIntoTab(ctx.emu, 'Đơn vị', directory);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const after = ctx.emu.spreadsheets.values('Nhật ký lỗi');
    expect(after.length).toBeGreaterThan(logValues.length);
    expect(after[2 - 1][4]).toBe(true);
    // Lines past the tab's grid (here the office deleted its empty rows) get their tick box too, outside the warning:
    // whether Sheets carries them over to added rows is not documented, and the emulation does not.
    while (logTab.maxRows > logTab.lastRow()) deleteTabRow(ctx.emu, 'Nhật ký lỗi', logTab.maxRows);
    // A warning an earlier version worded (one that reviseLog has not reached): its column kept outside it all the same.
    const protection = ctx.emu.spreadsheets.active.protections.find((p) => p.sheetId === logTab.id && !p.removed)!;
    protection.description = LOG_PROTECTIONS_EARLIER[0];
    const full = logTab.lastRow();
    typeIntoTab(ctx.emu, 'Đơn vị', directory.filter((r) => r[1] !== school.name) as unknown[][]);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(logTab.lastRow()).toBeGreaterThan(full);
    const grown = `E2:E${logTab.lastRow()}`;
    expect(logTab.validations.some((v) => v.a1 === grown)).toBe(true);
    expect(logTab.cell(logTab.lastRow(), 3)?.wrap).toBe(true);
    expect(ctx.emu.spreadsheets.active.protections.find((p) => p.sheetId === logTab.id && !p.removed)!.unprotectedA1).toEqual([grown]);
    expect(LOG_PROTECTION).not.toMatch(/xóa cả trang/);
    expect(ctx.emu.spreadsheets.values('Nhật ký lỗi')[2 - 1][4]).toBe(true);
  });
});

describe('"Lịch sử thẩm định": its lines counted (review complaint M3)', () => {
  const log = (ctx: Ctx) => (ctx.emu.spreadsheets.sheet('Nhật ký lỗi') ? ctx.emu.spreadsheets.values('Nhật ký lỗi') : []).map((r) => String(r[2]));
  const gone = (ctx: Ctx) => log(ctx).filter((m) => m.startsWith(`Trang “${HISTORY_TAB}” thiếu`));
  const rebuild = (ctx: Ctx) => {
    ctx.emu.clock.advance(3600_000);
    try {
      ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    } catch {
      // A run failed on purpose: its error is on its execution, asserted where it matters.
    }
    return ctx.emu.runtime.executions[ctx.emu.runtime.executions.length - 1];
  };
  /** Two decisions lined by a rebuild, and a verdict an edit turns, lined in the edit's batch: three lines. */
  function decided() {
    const { ctx, first } = office();
    decide(ctx, 'DK-000002', { decision: 'Đề nghị khen', reviewer: 'Ông A' });
    decide(ctx, 'DK-000003', { decision: 'Không đề nghị', reviewer: 'Ông A' });
    rebuild(ctx);
    ctx.emu.clock.advance(3600_000);
    ctx.emu.forms.submitAsUser(ctx.formId, { ...teacher('Lê Thị Hoa'), [initiativeTitles(2).name]: '' }, { email: school.emails[0], editResponseId: first.responseId });
    expect(lines(ctx)).toHaveLength(3);
    return { ctx, first };
  }

  it('(control) lines written by rebuilds, an edit\'s batch, the reminders and the digest: counted as written, none said deleted', () => {
    const { ctx } = decided();
    rebuild(ctx);
    decide(ctx, 'DK-000003', { decision: 'Đề nghị khen' });
    rebuild(ctx);
    ctx.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    ctx.bundle.call('sendWeeklyDigest', undefined, { kind: 'timeTrigger' });
    rebuild(ctx);
    expect(ctx.emu.runtime.executions.filter((x) => x.error)).toEqual([]);
    expect(lines(ctx)).toHaveLength(4);
    expect(ctx.emu.properties.script.get('history.lines')).toBe('4');
    expect(gone(ctx)).toEqual([]);
  });

  it('a line deleted by hand: the next rebuild tells how many are missing and where to find them, once', () => {
    const { ctx } = decided();
    // Someone clicks through the warning and deletes the line that says the council did not propose Trần Văn Nam.
    const row = lines(ctx).findIndex((l) => l[0] === 'DK-000003') + 2;
    deleteTabRow(ctx.emu, HISTORY_TAB, row);
    rebuild(ctx);
    expect(gone(ctx)).toEqual([HISTORY_LINES_GONE(1)]);
    expect(HISTORY_LINES_GONE(1)).toContain('Hướng dẫn');
    // Told once: the count is the tab's from now on.
    rebuild(ctx);
    ctx.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    expect(gone(ctx)).toHaveLength(1);
  });

  it('a line deleted while an edit appends one in its batch: still told (the count grows with the batch, not from the tab)', () => {
    const { ctx, first } = office();
    decide(ctx, 'DK-000002', { decision: 'Đề nghị khen', reviewer: 'Ông A' });
    decide(ctx, 'DK-000003', { decision: 'Không đề nghị', reviewer: 'Ông A' });
    rebuild(ctx);
    deleteTabRow(ctx.emu, HISTORY_TAB, 3);
    ctx.emu.clock.advance(3600_000);
    ctx.emu.forms.submitAsUser(ctx.formId, { ...teacher('Lê Thị Hoa'), [initiativeTitles(2).name]: '' }, { email: school.emails[0], editResponseId: first.responseId });
    expect(lines(ctx)).toHaveLength(2);
    rebuild(ctx);
    expect(gone(ctx)).toEqual([HISTORY_LINES_GONE(1)]);
  });

  it('its contents cleared (select all, Delete): told once, by the rebuild that finds it empty', () => {
    const { ctx } = decided();
    const n = ctx.emu.spreadsheets.sheet(HISTORY_TAB)!.lastRow();
    for (let r = 1; r <= n; r++) clearTabRow(ctx.emu, HISTORY_TAB, r);
    // The council changes its mind about DK-000003; the office's next rebuild lines it in the emptied tab.
    decide(ctx, 'DK-000003', { decision: 'Đề nghị khen' });
    rebuild(ctx);
    expect(gone(ctx)).toEqual([HISTORY_LINES_GONE(3)]);
    expect(lines(ctx)).toHaveLength(1);
    rebuild(ctx);
    expect(gone(ctx)).toHaveLength(1);
    expect(ctx.emu.properties.script.get('history.lines')).toBe('1');
  });

  it('its contents cleared, then an edit turns a verdict: the edit\'s run, heading the tab again, tells it once', () => {
    const { ctx, first } = decided();
    const n = ctx.emu.spreadsheets.sheet(HISTORY_TAB)!.lastRow();
    for (let r = 1; r <= n; r++) clearTabRow(ctx.emu, HISTORY_TAB, r);
    // Lê Thị Hoa's school puts back the initiative it had blanked: her verdict turns again, before any rebuild.
    ctx.emu.clock.advance(3600_000);
    ctx.emu.forms.submitAsUser(ctx.formId, teacher('Lê Thị Hoa'), { email: school.emails[0], editResponseId: first.responseId });
    expect(lines(ctx)).toHaveLength(1);
    expect(gone(ctx)).toEqual([HISTORY_LINES_GONE(3)]);
    rebuild(ctx);
    expect(gone(ctx)).toHaveLength(1);
  });

  it('the tab deleted: told it was made again, not also that lines are missing', () => {
    const { ctx } = decided();
    deleteTab(ctx.emu, HISTORY_TAB);
    rebuild(ctx);
    decide(ctx, 'DK-000003', { decision: 'Đề nghị khen' });
    rebuild(ctx);
    rebuild(ctx);
    expect(lines(ctx)).toHaveLength(1);
    expect(log(ctx).filter((m) => m === HISTORY_REMADE)).toHaveLength(1);
    expect(gone(ctx)).toEqual([]);
  });

  it('a column inserted before "Thời điểm công cụ ghi nhận" (to number the lines): the tab set aside with every line, the history going on in a new one, no line said missing (review counts F1)', () => {
    const { ctx } = decided();
    insertTabColumn(ctx.emu, HISTORY_TAB, 0);
    typeCell(ctx.emu, HISTORY_TAB, 1, 1, 'STT');
    expect(rebuild(ctx).error).toBeUndefined();
    const aside = ctx.emu.spreadsheets.sheetNames().find((n) => n.startsWith(`${HISTORY_TAB} cũ `))!;
    expect(aside).toBeDefined();
    expect(aside.length).toBeLessThanOrEqual(31);
    expect(log(ctx)).toEqual(expect.arrayContaining([HISTORY_RESHAPED(aside)]));
    expect(ctx.emu.spreadsheets.values(aside).slice(1).map((r) => String(r[2]))).toEqual(['DK-000002', 'DK-000003', 'DK-000002']);
    // The council's next decision goes to the new tab, under the tool's header; nothing said deleted or made again.
    decide(ctx, 'DK-000003', { decision: 'Đề nghị khen' });
    expect(rebuild(ctx).error).toBeUndefined();
    expect(lines(ctx).map((l) => l[0])).toEqual(['DK-000003']);
    rebuild(ctx);
    expect(gone(ctx)).toEqual([]);
    expect(log(ctx)).not.toContain(HISTORY_REMADE);
  });

  it("an earlier version's heading (\"Thời điểm ghi nhận\"): the tab is the tool's own — a submission's line goes on in it, the next rebuild brings the heading up to date in place, nothing set aside or said missing (review complaint L4)", () => {
    const { ctx, first } = decided();
    typeCell(ctx.emu, HISTORY_TAB, 1, 1, HISTORY_HEADERS_EARLIER[0][0]);
    expect(ctx.emu.spreadsheets.values(HISTORY_TAB)[0].map(String)).toEqual(HISTORY_HEADERS_EARLIER[0]);
    // The edit back: its verdict changes again, a line in its batch, under the earlier heading.
    ctx.emu.clock.advance(3600_000);
    ctx.emu.forms.submitAsUser(ctx.formId, teacher('Lê Thị Hoa'), { email: school.emails[0], editResponseId: first.responseId });
    expect(ctx.emu.spreadsheets.values(HISTORY_TAB)).toHaveLength(5);
    expect(rebuild(ctx).error).toBeUndefined();
    expect(ctx.emu.spreadsheets.sheetNames().filter((n) => n.startsWith(`${HISTORY_TAB} cũ`))).toEqual([]);
    expect(lines(ctx).map((l) => l[0])).toEqual(['DK-000002', 'DK-000003', 'DK-000002', 'DK-000002']);
    expect(ctx.emu.properties.script.get('history.lines')).toBe('4');
    rebuild(ctx);
    expect(gone(ctx)).toEqual([]);
    expect(log(ctx).filter((m) => m.includes(HISTORY_TAB))).toEqual([]);
  });

  it('a column inserted before the times, then a submission whose verdict turns before any rebuild: the tab is set aside by the submission, its line the first of a new tab under the tool\'s header (not written by position under shifted headings)', () => {
    const { ctx, first } = decided();
    insertTabColumn(ctx.emu, HISTORY_TAB, 0);
    typeCell(ctx.emu, HISTORY_TAB, 1, 1, 'STT');
    ctx.emu.clock.advance(3600_000);
    // The edit back: "Đạt" again, a verdict line.
    ctx.emu.forms.submitAsUser(ctx.formId, teacher('Lê Thị Hoa'), { email: school.emails[0], editResponseId: first.responseId });
    expect(ctx.emu.runtime.executions.filter((x) => x.error)).toEqual([]);
    const aside = ctx.emu.spreadsheets.sheetNames().find((n) => n.startsWith(`${HISTORY_TAB} cũ `))!;
    expect(aside).toBeDefined();
    expect(ctx.emu.spreadsheets.values(aside).slice(1).map((r) => String(r[2]))).toEqual(['DK-000002', 'DK-000003', 'DK-000002']);
    expect(lines(ctx).map((l) => l[0])).toEqual(['DK-000002']);
    expect(log(ctx).filter((m) => m === HISTORY_RESHAPED(aside))).toHaveLength(1);
    expect(log(ctx)).not.toContain(HISTORY_REMADE);
    // The next rebuilds: nothing more set aside, nothing said missing.
    rebuild(ctx);
    rebuild(ctx);
    expect(ctx.emu.spreadsheets.sheetNames().filter((n) => n.startsWith(`${HISTORY_TAB} cũ`))).toEqual([aside]);
    expect(gone(ctx)).toEqual([]);
    expect(lines(ctx).map((l) => l[0])).toEqual(['DK-000002']);
  });

  /** The tab renamed or deleted by hand, and a decision for the next rebuild to line in the tab it makes again. */
  function remade(how: 'renamed' | 'deleted') {
    const { ctx } = decided();
    if (how === 'deleted') deleteTab(ctx.emu, HISTORY_TAB);
    else ctx.emu.runtime.execute(() => ctx.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(HISTORY_TAB)!.setName(`${HISTORY_TAB} (cũ)`), { kind: 'node' });
    decide(ctx, 'DK-000003', { decision: 'Đề nghị khen' });
    return ctx;
  }

  for (const how of ['renamed', 'deleted'] as const) {
    for (const stop of ['fails', 'is killed'] as const) {
      it(`the tab ${how}, the run that makes it again ${stop === 'fails' ? 'failing' : 'killed'} once its header is written: told it was made again, never that lines are missing (review counts F2)`, () => {
        // The rebuild's calls up to the new tab's first setColumnWidth (its header written just before): the first of
        // its ten in a row ("Nhật ký lỗi", made on the way to tell it, sets five).
        const trace: string[] = [];
        const probe = remade(how);
        probe.emu.runtime.trace = trace;
        rebuild(probe);
        probe.emu.runtime.trace = null;
        const made = trace.indexOf('Spreadsheet.insertSheet');
        expect(made).toBeGreaterThanOrEqual(0);
        const at = trace.findIndex((_, i) => i > made && trace.slice(i, i + 10).every((c) => c === 'Sheet.setColumnWidth')) + 1;
        expect(at).toBeGreaterThan(made + 1);
        const ctx = remade(how);
        // Failing, the run still writes its state as the lock goes; killed (its time ran out), it writes nothing more.
        if (stop === 'fails') ctx.emu.runtime.failOn('Sheet.setColumnWidth', trace.slice(0, at).filter((c) => c === 'Sheet.setColumnWidth').length, 'Service Spreadsheets timed out while accessing document');
        else ctx.emu.runtime.killAtCall(at);
        expect(rebuild(ctx).error).toBeDefined();
        ctx.emu.runtime.clearFaults();
        expect(rebuild(ctx).error).toBeUndefined();
        rebuild(ctx);
        expect(log(ctx).filter((m) => m === HISTORY_REMADE)).toHaveLength(1);
        expect(gone(ctx)).toEqual([]);
      });
    }
  }

  it('its contents cleared, then an edit whose run fails at its last flush: the loss told once, not again by the next rebuild (review counts F3)', () => {
    const emptied = () => {
      const { ctx, first } = decided();
      const n = ctx.emu.spreadsheets.sheet(HISTORY_TAB)!.lastRow();
      for (let r = 1; r <= n; r++) clearTabRow(ctx.emu, HISTORY_TAB, r);
      ctx.emu.clock.advance(3600_000);
      return { ctx, edit: () => ctx.emu.forms.submitAsUser(ctx.formId, teacher('Lê Thị Hoa'), { email: school.emails[0], editResponseId: first.responseId }) };
    };
    // The submission's flushes: the last is the lock's.
    const probe = emptied();
    const trace: string[] = [];
    probe.ctx.emu.runtime.trace = trace;
    probe.edit();
    probe.ctx.emu.runtime.trace = null;
    const last = trace.filter((c) => c === 'SpreadsheetApp.flush').length;
    expect(last).toBeGreaterThanOrEqual(1);
    const { ctx, edit } = emptied();
    ctx.emu.runtime.failOn('SpreadsheetApp.flush', last, 'Service Spreadsheets timed out while accessing document');
    try {
      edit();
    } catch {
      // the trigger's run failed at its last flush
    }
    ctx.emu.runtime.clearFaults();
    expect(gone(ctx)).toEqual([HISTORY_LINES_GONE(3)]);
    rebuild(ctx);
    rebuild(ctx);
    expect(gone(ctx)).toEqual([HISTORY_LINES_GONE(3)]);
  });

  it('a log an earlier version made, with its warning "muốn bắt đầu lại thì xóa cả trang": reworded at its next line, once (review counts F5)', () => {
    const { ctx } = decided();
    deleteTabRow(ctx.emu, HISTORY_TAB, 2);
    rebuild(ctx);
    const logTab = ctx.emu.spreadsheets.sheet('Nhật ký lỗi')!;
    const protection = ctx.emu.spreadsheets.active.protections.find((p) => p.sheetId === logTab.id && !p.removed)!;
    expect(protection.description).toBe(LOG_PROTECTION);
    // As an earlier version left it: its wording, default columns, its messages unwrapped, and no state of which.
    protection.description = LOG_PROTECTIONS_EARLIER[0];
    logTab.columnWidths.clear();
    for (let r = 1; r <= logTab.lastRow(); r++) delete logTab.formatCell(r, 3).wrap;
    ctx.emu.properties.script.delete('log.layout');
    deleteTabRow(ctx.emu, HISTORY_TAB, 2);
    rebuild(ctx);
    expect(gone(ctx)).toHaveLength(2);
    expect(logTab.maxRows).toBeGreaterThan(logTab.lastRow());
    expect(protection.description).toBe(LOG_PROTECTION);
    expect(logTab.columnWidths.get(3)).toBe(620);
    expect(logTab.cell(2, 3)?.wrap).toBe(true);
    // Once: the next lines ask nothing of the protections.
    deleteTabRow(ctx.emu, HISTORY_TAB, 2);
    ctx.emu.runtime.resetCalls();
    rebuild(ctx);
    expect(gone(ctx)).toHaveLength(3);
    expect(ctx.emu.runtime.count('Sheet.getProtections')).toBe(0);
  });

  it('a line deleted, found by the reminders: logged under the reminders, not "Cập nhật tổng hợp" (review counts F4)', () => {
    const { ctx } = decided();
    deleteTabRow(ctx.emu, HISTORY_TAB, 2);
    ctx.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    const told = ctx.emu.spreadsheets.values('Nhật ký lỗi').filter((r) => r[2] === HISTORY_LINES_GONE(1));
    expect(told.map((r) => String(r[1]))).toEqual([MAIL_JOB_LABEL.sendReminders]);
  });
});

describe('"Lịch sử thẩm định": counted without the Sheets service (review counts F7)', () => {
  it('a line deleted by hand is told by the next rebuild, read through SpreadsheetApp', () => {
    const ctx = officeAfterSetup(SCHOOLS, { advancedServices: [] });
    ctx.emu.forms.submitAsUser(ctx.formId, teacher('Lê Thị Hoa'), { email: school.emails[0] });
    ctx.emu.forms.submitAsUser(ctx.formId, teacher('Trần Văn Nam'), { email: school.emails[0] });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    decide(ctx, 'DK-000002', { decision: 'Đề nghị khen', reviewer: 'Ông A' });
    decide(ctx, 'DK-000003', { decision: 'Không đề nghị', reviewer: 'Ông A' });
    ctx.emu.clock.advance(3600_000);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(lines(ctx)).toHaveLength(2);
    deleteTabRow(ctx.emu, HISTORY_TAB, 2);
    ctx.emu.clock.advance(3600_000);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(ctx.emu.runtime.executions.filter((x) => x.error)).toEqual([]);
    expect(ctx.emu.spreadsheets.values('Nhật ký lỗi').filter((r) => r[2] === HISTORY_LINES_GONE(1))).toHaveLength(1);
  });
});
