// "Các lần gửi phiếu" (review complaint H2): a teacher says "on 01/07 you told me 'Cần bổ sung'; I corrected it". Forms
// keeps only the last edit of her response and "Kết quả kiểm tra" is recomputed every night: without a line per
// sending, neither what she sent first nor what she was told was anywhere in the workbook.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/form-titles';
import { RESULTS_HEADER, VERSIONS_HEADER, VERSIONS_LINES_GONE, VERSIONS_REMADE, VERSIONS_TAB } from '../../src/core/messages';
import { deleteTab, deleteTabRow, sortTab } from '../../scripts/user';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

type Ctx = ReturnType<typeof officeAfterSetup>;
const DAY = 86_400_000;

/** The tab's lines below its header, each as an object by heading. */
function lines(ctx: Ctx): Record<string, unknown>[] {
  if (!ctx.emu.spreadsheets.sheet(VERSIONS_TAB)) return [];
  const [header, ...rows] = ctx.emu.spreadsheets.values(VERSIONS_TAB);
  return rows.filter((r) => r.some((v) => v !== '' && v !== null && v !== undefined)).map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}
const [KEY, CODE, SENT_AT, , , , VERDICT, TO_FIX, , ANSWERS] = VERSIONS_HEADER;

/** Her answers, the first evidence question left blank (what a school forgets), and a summary of her own. */
function answers(summary: string, withEvidence: boolean) {
  const a = { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[0].name, [Q.individualName]: 'Lò Thị Thu', [Q.summary]: summary } as Record<string, unknown>;
  if (!withEvidence) a[Object.keys(a).find((k) => k.startsWith('Minh chứng'))!] = '';
  return a as never;
}

const resultOf = (ctx: Ctx, code: string) => {
  const [header, ...rows] = ctx.emu.spreadsheets.values('Kết quả kiểm tra');
  const row = rows.find((r) => r[0] === code)!;
  return Object.fromEntries(header.map((h, i) => [String(h), row[i]]));
};

/** Another school's registration first (the full run that makes the tabs), then hers, then her edit a day later. */
function sentAndCorrected() {
  const ctx = officeAfterSetup(SCHOOLS);
  const { emu, formId } = ctx;
  emu.forms.submitAsUser(formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[1].name } as never, { email: SCHOOLS[1].emails[0] });
  const fullRun = emu.runtime.executions.filter((x) => x.label === 'onFormSubmit').pop()!;
  emu.clock.advance(60_000);
  const first = emu.forms.submitAsUser(formId, answers('Bản đầu: dạy học theo dự án.', false), { email: SCHOOLS[0].emails[0] });
  const told = resultOf(ctx, 'DK-000003');
  const firstRun = emu.runtime.executions.filter((x) => x.label === 'onFormSubmit').pop()!;
  emu.clock.advance(DAY);
  emu.forms.submitAsUser(formId, answers('Bản sửa: dạy học theo dự án, có minh chứng.', true), { email: SCHOOLS[0].emails[0], editResponseId: first.responseId });
  const editRun = emu.runtime.executions.filter((x) => x.label === 'onFormSubmit').pop()!;
  return { ctx, told, fullRun, firstRun, editRun };
}

describe('each sending of a registration, kept as received', () => {
  it('what she sent first and what she was told stay after her edit and after the nightly rebuild, one line per sending', () => {
    const { ctx, told, fullRun, firstRun, editRun } = sentAndCorrected();
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const hers = lines(ctx).filter((l) => l[CODE] === 'DK-000003');
    expect(hers).toHaveLength(2);
    const [before, after] = hers;
    // The first: "Cần bổ sung", with the sentence she was told, and her first summary.
    expect(told[RESULTS_HEADER[7]]).toBe('Cần bổ sung');
    expect(before[VERDICT]).toBe('Cần bổ sung');
    expect(before[TO_FIX]).toBe(told[RESULTS_HEADER[8]]);
    expect(String(before[ANSWERS])).toContain(`${Q.summary}: Bản đầu: dạy học theo dự án.`);
    expect(String(before[ANSWERS])).not.toContain('Bản sửa');
    // …the same sentence her confirmation carried.
    const mail = ctx.emu.mail.sent.find((m) => m.subject.includes('Đã nhận phiếu DK-000003') && m.subject.includes('Cần bổ sung'))!;
    expect(mail.body).toContain(String(before[TO_FIX]).split('\n')[0].replace(/^[-•] /, ''));
    // The second: her correction, as the response tab now holds it.
    expect(String(after[ANSWERS])).toContain('Bản sửa: dạy học theo dự án, có minh chứng.');
    expect(after[VERDICT]).toBe(resultOf(ctx, 'DK-000003')[RESULTS_HEADER[7]]);
    expect((after[SENT_AT] as Date).getTime() - (before[SENT_AT] as Date).getTime()).toBe(DAY);
    // Both were written by their own submissions, in their batches: the new one with no call of its own (28, as
    // submit.test.ts counts a new registration), the edit answered alone too, not by the full run the office's first
    // submission took (242 calls: the tabs did not exist yet). The edit's 62: its verdict turned, and the history's tab
    // is made on its first line.
    expect([firstRun.error, editRun.error]).toEqual([undefined, undefined]);
    expect(firstRun.calls).toBe(28);
    expect(editRun.calls).toBeLessThan(fullRun.calls / 2);
    // The other school's, sent when the tab did not exist yet: recorded by the full run that made it.
    expect(lines(ctx).map((l) => l[CODE])).toEqual(['DK-000002', 'DK-000003', 'DK-000003']);
  });

  it('a sending the tab holds is not added again, by any later run, even after the tab is sorted by hand', () => {
    const { ctx } = sentAndCorrected();
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    sortTab(ctx.emu, VERSIONS_TAB, [{ column: 2, ascending: false }]);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    // Another school's new registration, answered alone after the sort.
    ctx.emu.clock.advance(60_000);
    ctx.emu.forms.submitAsUser(ctx.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[2].name } as never, { email: SCHOOLS[2].emails[0] });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const keys = lines(ctx).map((l) => String(l[KEY]));
    expect(keys).toHaveLength(4);
    expect(new Set(keys).size).toBe(4);
    expect(keys.filter((k) => k.startsWith('DK-000004:'))).toHaveLength(1);
  });

  it('an answer that looks like a formula stays the text she typed, whichever run writes it', () => {
    const ctx = officeAfterSetup(SCHOOLS);
    const formula = '=HYPERLINK("http://x.example","bấm vào đây")';
    // The first (the full run: no tab yet) and the second (the submission's batch).
    for (let i = 0; i < 2; i++) {
      ctx.emu.clock.advance(60_000);
      ctx.emu.forms.submitAsUser(ctx.formId, answers(formula, true), { email: SCHOOLS[i].emails[0] });
    }
    for (const l of lines(ctx)) expect(String(l[ANSWERS])).toContain(`${Q.summary}: ${formula}`);
    const sheet = ctx.emu.spreadsheets.sheet(VERSIONS_TAB)!;
    const answersColumn = VERSIONS_HEADER.indexOf(ANSWERS) + 1;
    expect(lines(ctx)).toHaveLength(2);
    for (let row = 2; row <= 3; row++) expect(sheet.cell(row, answersColumn)?.formula).toBeUndefined();
  });

  it('the tab deleted: made again by the next full run with the latest sending of each registration, and the office told', () => {
    const { ctx } = sentAndCorrected();
    deleteTab(ctx.emu, VERSIONS_TAB);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const kept = lines(ctx);
    expect(kept.map((l) => l[CODE])).toEqual(['DK-000002', 'DK-000003']);
    expect(String(kept[1][ANSWERS])).toContain('Bản sửa');
    const log = ctx.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2]));
    expect(log).toContain(VERSIONS_REMADE);
  });

  it('a line deleted by hand is noticed by the next full run and told once, with how to get it back (review complaint M3)', () => {
    const { ctx } = sentAndCorrected();
    const log = () => (ctx.emu.spreadsheets.sheet('Nhật ký lỗi') ? ctx.emu.spreadsheets.values('Nhật ký lỗi') : []).map((r) => String(r[2])).filter((m) => m.startsWith(`Trang “${VERSIONS_TAB}” thiếu`));
    // Three lines, two of them written by submissions in their batches, each counted with the run's state.
    expect(lines(ctx)).toHaveLength(3);
    expect(ctx.emu.properties.script.get('versions.lines')).toBe('3');
    // Her first sending's line deleted before any rebuild: it cannot be written again (the response holds her correction).
    deleteTabRow(ctx.emu, VERSIONS_TAB, 3);
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(log()).toEqual([VERSIONS_LINES_GONE(1)]);
    expect(lines(ctx)).toHaveLength(2);
  });
});
