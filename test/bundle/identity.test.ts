// Records keyed by who and what, never by row (issue 11): office staff sort, delete and insert rows of the response
// tab, schools edit through the edit link, strangers submit, a header is renamed, the directory emptied, the
// register deleted — and no decision moves, no letter goes to the wrong school, no confirmation is sent twice.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { PROPOSAL_BLOCKED, reviewNoteEditedAfterReview } from '../../src/core/messages';
import { clearTabRow, deleteTabRow, hideTabRows, insertTabColumn, insertTabRows, setTabHidden, sortTab, typeCell, typeIntoTab } from '../../scripts/user';
import { SCHOOLS, alertsShown, collectiveAnswers, decide, individualAnswers, officeAfterSetup, setUpThenFork } from './helpers';
import { oncePerPlace } from './sweep';

type Ctx = ReturnType<typeof officeAfterSetup>;
const RESPONSES = 'Phiếu đăng ký';
const REVIEW = 'Thẩm định';

/**
 * Nine registrations, three per school, alternately collectives and teachers; returns their response ids. `quietly`:
 * sent while the form's trigger is away (as when its runs failed), so that the next rebuild answers them at once, in
 * the order they came, under the codes they get one by one — for the sweeps that make the office again at every call
 * of a run (the nine submissions were most of their time).
 */
function submitNine(ctx: Ctx, quietly = false): string[] {
  const paused = quietly ? ctx.emu.triggers.triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT') : [];
  for (const t of paused) ctx.emu.triggers.triggers.splice(ctx.emu.triggers.triggers.indexOf(t), 1);
  const ids: string[] = [];
  for (let i = 0; i < 9; i++) {
    const s = SCHOOLS[i % SCHOOLS.length];
    const collective = i % 2 === 0;
    const base = collective ? collectiveAnswers() : individualAnswers('teacher');
    ctx.emu.clock.advance(60_000);
    const res = ctx.emu.forms.submitAsUser(ctx.formId, { ...base, [Q.school]: s.name, [collective ? Q.collectiveName : Q.individualName]: `Đối tượng ${i}` }, { email: s.emails[0] });
    ids.push(res.responseId);
  }
  ctx.emu.triggers.triggers.push(...paused);
  return ids;
}

function table(ctx: Ctx, tab: string): Record<string, unknown>[] {
  const values = ctx.emu.spreadsheets.values(tab);
  const header = values[0] as string[];
  return values.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

/** The council's cells by code, with the name each row shows. */
function decisions(ctx: Ctx): Map<string, { name: unknown; decision: unknown; comment: unknown; note: unknown }> {
  return new Map(table(ctx, REVIEW).map((r) => [String(r['Mã phiếu']), { name: r['Tên'], decision: r['Quyết định của Hội đồng'], comment: r['Nhận xét'], note: r['Ghi chú'] }]));
}


function rebuild(ctx: Ctx) {
  ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
}

/** Nine registrations and a rebuild; the code of registration 1 ("Đối tượng 1", a teacher of the second school). */
const nineRebuilt = (quietly = false) => (quietly ? nineRebuiltQuietly() : nineRebuiltLoudly());
const nineRebuiltLoudly = setUpThenFork(() => nineRebuiltAfresh(false));
const nineRebuiltQuietly = setUpThenFork(() => nineRebuiltAfresh(true));
function nineRebuiltAfresh(quietly: boolean) {
  const ctx = officeAfterSetup();
  const ids = submitNine(ctx, quietly);
  rebuild(ctx);
  const code = [...namesByCode(ctx).entries()].find(([, name]) => name === 'Đối tượng 1')![0];
  return { ctx, ids, code };
}

/** Registration 1 edited through its edit link an hour later, under `name`. */
function editOne(ctx: Ctx, ids: string[], name = 'Đối tượng 1 (sửa)') {
  ctx.emu.clock.advance(3600_000);
  ctx.emu.forms.submitAsUser(ctx.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[1].name, [Q.individualName]: name }, { email: SCHOOLS[1].emails[0], editResponseId: ids[1] });
}

/** Code → registered name as "Kết quả kiểm tra" shows it. */
function namesByCode(ctx: Ctx): Map<string, unknown> {
  return new Map(table(ctx, 'Kết quả kiểm tra').map((r) => [String(r['Mã phiếu']), r['Tên tập thể / cá nhân']]));
}

const officeWithDecisions = setUpThenFork(officeWithDecisionsAfresh);
function officeWithDecisionsAfresh() {
  const ctx = officeAfterSetup();
  const responseIds = submitNine(ctx);
  rebuild(ctx);
  decide(ctx, 'DK-000003', 'Đề nghị khen', 'Mô hình tiêu biểu.');
  decide(ctx, 'DK-000006', 'Không đề nghị', 'Chưa đủ thành tích.');
  decide(ctx, 'DK-000008', 'Đề nghị khen', 'Nhiều sáng kiến.');
  rebuild(ctx);
  const before = { names: namesByCode(ctx), decisions: decisions(ctx), mails: ctx.emu.mail.sent.length };
  return { ctx, responseIds, before };
}

/** Who the preview would propose; none when it refuses (the council's record cannot be trusted: PROPOSAL_BLOCKED). */
function previewNominees(ctx: Ctx): string[] {
  const alerts = () => alertsShown(ctx.emu);
  const before = alerts().length;
  ctx.bundle.call('previewProposals', undefined, { kind: 'menu' });
  if (alerts().slice(before).some((a) => a.startsWith(PROPOSAL_BLOCKED.head))) return [];
  const values = ctx.emu.spreadsheets.values('Đề nghị khen thưởng');
  const header = values.findIndex((r) => r[0] === 'STT');
  const col = (values[header] as string[]).indexOf('Mã phiếu');
  return values
    .slice(header + 1)
    .map((r) => String(r[col]))
    .filter((id) => /^DK-/.test(id));
}

function expectNothingMoved(ctx: Ctx, before: ReturnType<typeof officeWithDecisions>['before'], except: string[] = []) {
  const names = namesByCode(ctx);
  for (const [id, name] of before.names) if (except.indexOf(id) < 0) expect(names.get(id), id).toBe(name);
  const now = decisions(ctx);
  for (const [id, d] of before.decisions) {
    if (except.indexOf(id) >= 0) continue;
    expect(now.get(id)!.decision, id).toBe(d.decision);
    expect(now.get(id)!.comment, id).toBe(d.comment);
    expect(now.get(id)!.name, id).toBe(d.name);
  }
}

describe('a registration is known by its response, not its row', () => {
  it('a sender address with an invisible character keeps each code on its own response through a rebuild (review "input" #4)', () => {
    const ctx = officeAfterSetup();
    const sent = ['Tổ Một', 'Tổ Hai', 'Tổ Ba'].map((name) => {
      ctx.emu.clock.advance(60_000);
      // As a browser autofill or a pasted address may give it: a zero-width space inside, upper case.
      const email = SCHOOLS[0].emails[0].replace('@', '\u200b@').toUpperCase();
      return ctx.emu.forms.submitAsUser(ctx.formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[0].name, [Q.collectiveName]: name }, { email }).responseId;
    });
    const register = () => new Map(ctx.emu.spreadsheets.values('Sổ mã phiếu').slice(1).map((r) => [String(r[0]), String(r[1])]));
    const before = register();
    expect([...before.values()].sort()).toEqual([...sent].sort());
    rebuild(ctx);
    expect(register()).toEqual(before);
    expect([...namesByCode(ctx).values()].sort()).toEqual(['Tổ Ba', 'Tổ Hai', 'Tổ Một']);
    expect(ctx.emu.spreadsheets.values('Tình trạng').flat().join(' ')).not.toContain('không còn dòng');
  });

  it('sorting the response tab by several columns, both ways, moves no decision and re-sends nothing', () => {
    const { ctx, before } = officeWithDecisions();
    const header = ctx.emu.spreadsheets.values(RESPONSES)[0] as string[];
    sortTab(ctx.emu, RESPONSES, [
      { column: header.indexOf(Q.school) + 1, ascending: false },
      { column: header.indexOf(Q.kind) + 1, ascending: true },
    ]);
    rebuild(ctx);
    expectNothingMoved(ctx, before);
    sortTab(ctx.emu, RESPONSES, [{ column: 1, ascending: false }]);
    ctx.emu.clock.advance(3600_000);
    rebuild(ctx);
    expectNothingMoved(ctx, before);
    expect(ctx.emu.mail.sent.length).toBe(before.mails);
    expect(previewNominees(ctx).sort()).toEqual(['DK-000003', 'DK-000008']);
    // A new registration after the sort gets the next code, not a row number someone else had.
    ctx.emu.clock.advance(60_000);
    ctx.emu.forms.submitAsUser(ctx.formId, { ...collectiveAnswers(), [Q.collectiveName]: 'Tổ mới' }, { email: SCHOOLS[0].emails[0] });
    expect(namesByCode(ctx).get('DK-000011')).toBe('Tổ mới');
    expectNothingMoved(ctx, before);
  });

  it('deleting a middle row keeps every other decision in place and sends nothing about the deleted one', () => {
    const { ctx, before } = officeWithDecisions();
    // The council asks the school of DK-000005 for more, then the row is deleted before the letter goes.
    decide(ctx, 'DK-000005', 'Yêu cầu bổ sung', 'Bổ sung minh chứng.');
    const mailsBefore = ctx.emu.mail.sent.length;
    const rows = ctx.emu.spreadsheets.values(RESPONSES);
    const victim = rows.findIndex((r) => r.indexOf('Đối tượng 3') >= 0);
    deleteTabRow(ctx.emu, RESPONSES, victim + 1);
    rebuild(ctx);
    expectNothingMoved(ctx, before, ['DK-000005']);
    const review = decisions(ctx);
    expect(review.get('DK-000005')!.decision).toBe('Yêu cầu bổ sung');
    expect(String(review.get('DK-000005')!.note)).toContain('không còn trong trang câu trả lời');
    expect(ctx.emu.mail.sent.length).toBe(mailsBefore);
    expect(namesByCode(ctx).has('DK-000005')).toBe(false);
    expect(previewNominees(ctx).sort()).toEqual(['DK-000003', 'DK-000008']);
    const health = table(ctx, 'Tình trạng').find((r) => r['Công việc'] === 'Cập nhật tổng hợp')!;
    expect(String(health['Chi tiết'])).toContain('DK-000005');
  });

  it('inserting blank rows at the top moves nothing', () => {
    const { ctx, before } = officeWithDecisions();
    insertTabRows(ctx.emu, RESPONSES, 1, 3);
    rebuild(ctx);
    expectNothingMoved(ctx, before);
    expect(ctx.emu.mail.sent.length).toBe(before.mails);
    expect(previewNominees(ctx).sort()).toEqual(['DK-000003', 'DK-000008']);
  });

  it('the older registration edited through its old link does not take back the newer one that replaced it; its confirmation says which one counts — also before any rebuild (the newer one answered alone)', () => {
    for (const rebuiltBetween of [true, false]) {
      const { ctx, ids, code } = nineRebuilt();
      const teacher = { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Đối tượng 1' };
      // The school sends the same teacher again: the new registration replaces the first.
      ctx.emu.clock.advance(3600_000);
      ctx.emu.forms.submitAsUser(ctx.formId, teacher, { email: SCHOOLS[1].emails[0] });
      if (rebuiltBetween) rebuild(ctx);
      const newer = [...namesByCode(ctx).entries()].filter(([, name]) => name === 'Đối tượng 1').map(([c]) => c).find((c) => c !== code)!;
      const verdictOf = (c: string) => table(ctx, REVIEW).find((r) => r['Mã phiếu'] === c)!['Kết luận tự động'];
      // Without a rebuild, "Thẩm định" does not say yet that the first one is replaced: the submission was answered alone.
      expect(verdictOf(code) === 'Đã thay thế', String(rebuiltBetween)).toBe(rebuiltBetween);
      // Later the principal finds the first confirmation and edits through its link.
      ctx.emu.clock.advance(rebuiltBetween ? 86_400_000 : 1800_000);
      const sent = ctx.emu.mail.sent.length;
      ctx.emu.forms.submitAsUser(ctx.formId, { ...teacher, [Q.phone]: '0912 345 678' }, { email: SCHOOLS[1].emails[0], editResponseId: ids[1] });
      const answer = ctx.emu.mail.sent.slice(sent).find((m) => m.subject.includes(code))!;
      expect(answer.body, String(rebuiltBetween)).toContain(`Phiếu này trùng đối tượng với phiếu ${newer} đã đăng ký cho đơn vị`);
      expect(verdictOf(code)).toBe('Đã thay thế');
      rebuild(ctx);
      expect(verdictOf(code)).toBe('Đã thay thế');
      expect(verdictOf(newer)).not.toBe('Đã thay thế');
    }
  });

  it('an edit through the edit link keeps its code; after a sort it still lands on its own registration', () => {
    const { ctx, responseIds, before } = officeWithDecisions();
    sortTab(ctx.emu, RESPONSES, [{ column: 1, ascending: false }]);
    ctx.emu.clock.advance(3600_000);
    // DK-000003 is the second response: same nominee, a better answer.
    ctx.emu.forms.submitAsUser(ctx.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Đối tượng 1' }, { email: SCHOOLS[1].emails[0], editResponseId: responseIds[1] });
    expectNothingMoved(ctx, before);
    expect(namesByCode(ctx).size).toBe(9);
    expect(previewNominees(ctx).sort()).toEqual(['DK-000003', 'DK-000008']);
    expect(String(decisions(ctx).get('DK-000003')!.note)).not.toContain(reviewNoteEditedAfterReview);
  });

  it('replacing the nominee after the decision keeps the decision but holds it until the council confirms', () => {
    const { ctx, responseIds } = officeWithDecisions();
    ctx.emu.clock.advance(3600_000);
    ctx.emu.forms.submitAsUser(ctx.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Người khác hẳn' }, { email: SCHOOLS[1].emails[0], editResponseId: responseIds[1] });
    rebuild(ctx);
    const d = decisions(ctx).get('DK-000003')!;
    expect(d.decision).toBe('Đề nghị khen');
    expect(d.name).toBe('Người khác hẳn');
    expect(String(d.note)).toContain('Phiếu đã khác với lúc Hội đồng quyết định');
    expect(previewNominees(ctx)).toEqual(['DK-000008']);
    // The council looks again and confirms by writing a new comment.
    decide(ctx, 'DK-000003', 'Đề nghị khen', 'Đã xem lại ngày 05/07.');
    rebuild(ctx);
    expect(String(decisions(ctx).get('DK-000003')!.note)).not.toContain('Phiếu đã khác với lúc Hội đồng quyết định');
    expect(previewNominees(ctx).sort()).toEqual(['DK-000003', 'DK-000008']);
  });

  it('a name corrected by hand in the response tab keeps the code; the decision on it is held until confirmed', () => {
    const { ctx, before } = officeWithDecisions();
    const values = ctx.emu.spreadsheets.values(RESPONSES);
    const header = values[0] as string[];
    const row = values.findIndex((r) => r.indexOf('Đối tượng 6') >= 0);
    insertTabColumn(ctx.emu, RESPONSES, header.indexOf(Q.kind) + 1);
    typeCell(ctx.emu, RESPONSES, row + 1, header.indexOf(Q.collectiveName) + 2, 'Đối tượng 6 (sửa tay)');
    rebuild(ctx);
    expectNothingMoved(ctx, before, ['DK-000008']);
    expect(namesByCode(ctx).get('DK-000008')).toBe('Đối tượng 6 (sửa tay)');
    expect(namesByCode(ctx).size).toBe(9);
    expect(String(decisions(ctx).get('DK-000008')!.note)).toContain('Phiếu đã khác với lúc Hội đồng quyết định');
    expect(previewNominees(ctx)).toEqual(['DK-000003']);
    expect(ctx.emu.mail.sent.length).toBe(before.mails);
  });

  it('"Yêu cầu bổ sung" goes once, with the registration’s own edit link, only what must be fixed, and the office’s contact', () => {
    const { ctx, responseIds } = officeWithDecisions();
    const settings = ctx.emu.spreadsheets.values('Cấu hình');
    typeCell(ctx.emu, 'Cấu hình', settings.findIndex((r) => r[0] === 'Liên hệ của cơ quan') + 1, 2, 'Đ/c Lan, 0912 345 678');
    // DK-000004 is the fourth response (a collective of Trường THCS Quang Minh); a sort first, so rows are no guide.
    sortTab(ctx.emu, RESPONSES, [{ column: 1, ascending: false }]);
    decide(ctx, 'DK-000004', 'Yêu cầu bổ sung', 'Bổ sung minh chứng.');
    rebuild(ctx);
    rebuild(ctx);
    const letters = ctx.emu.mail.sent.filter((m) => m.subject.includes('Đề nghị bổ sung'));
    expect(letters).toHaveLength(1);
    expect(letters[0].subject).toContain('DK-000004');
    expect(letters[0].to).toContain(SCHOOLS[2].emails[0]);
    expect(letters[0].body).toContain(`edit2=${responseIds[2]}`);
    expect(letters[0].body).toContain('Đ/c Lan, 0912 345 678');
    expect(letters[0].body).not.toMatch(/Tiêu chí [A-Z]+-\d+ .*ưu tiên/);
  });

  it('"Yêu cầu bổ sung" whose comment the council corrects: the school gets it once more, marked as replacing the first; one not sent yet is not sent', () => {
    const { ctx, responseIds } = officeWithDecisions();
    const letters = () => ctx.emu.mail.sent.filter((m) => m.subject.includes('Đề nghị bổ sung'));
    decide(ctx, 'DK-000004', 'Yêu cầu bổ sung', 'Bổ sung giấy khen cấp huyen.');
    rebuild(ctx);
    expect(letters()).toHaveLength(1);
    expect(letters()[0].subject).not.toContain('bản cập nhật');
    // The typo corrected: a second letter, which says it replaces the first (sent on 01/07/2024).
    ctx.emu.clock.advance(3600_000);
    decide(ctx, 'DK-000004', 'Yêu cầu bổ sung', 'Bổ sung giấy khen cấp huyện.');
    rebuild(ctx);
    rebuild(ctx);
    expect(letters()).toHaveLength(2);
    expect(letters()[1].subject).toMatch(/DK-000004 .* — bản cập nhật$/);
    expect(letters()[1].body).toContain('Thư này thay cho thư đề nghị bổ sung về phiếu này gửi ngày 01/07/2024');
    expect(letters()[1].body).toContain('Bổ sung giấy khen cấp huyện.');
    // Put back as it was: the school's last letter says so again (an update of the second), once.
    ctx.emu.clock.advance(3600_000);
    decide(ctx, 'DK-000004', 'Yêu cầu bổ sung', 'Bổ sung giấy khen cấp huyen.');
    rebuild(ctx);
    rebuild(ctx);
    expect(letters()).toHaveLength(3);
    expect(letters()[2].subject).toMatch(/— bản cập nhật$/);
    expect(letters()[2].body).toContain('Bổ sung giấy khen cấp huyen.');
    decide(ctx, 'DK-000004', 'Yêu cầu bổ sung', 'Bổ sung giấy khen cấp huyện.');
    rebuild(ctx);
    expect(letters()).toHaveLength(4);
    expect(letters()[3].body).toContain('Bổ sung giấy khen cấp huyện.');
    rebuild(ctx);
    expect(letters()).toHaveLength(4);
    // No e-mail left today; the comment written twice before any goes: only the last is sent, once mail can go.
    const quota = ctx.emu.mail.options.dailyQuota;
    ctx.emu.mail.options.dailyQuota = quota - ctx.emu.mail.remaining();
    decide(ctx, 'DK-000006', 'Yêu cầu bổ sung', 'Bổ sung');
    rebuild(ctx);
    decide(ctx, 'DK-000006', 'Yêu cầu bổ sung', 'Bổ sung biên bản họp tổ.');
    rebuild(ctx);
    expect(letters().filter((m) => m.subject.includes('DK-000006'))).toHaveLength(0);
    ctx.emu.mail.options.dailyQuota = quota;
    ctx.emu.clock.advance(25 * 3600_000);
    rebuild(ctx);
    const six = letters().filter((m) => m.subject.includes('DK-000006'));
    expect(six).toHaveLength(1);
    expect(six[0].body).toContain('Bổ sung biên bản họp tổ.');
    expect(six[0].subject).not.toContain('bản cập nhật');
    const outbox = ctx.emu.spreadsheets.values('Hộp thư đi').map((r) => r.join(' | '));
    expect(outbox.filter((r) => r.includes('DK-000006') && r.includes('Hội đồng đã sửa nhận xét trước khi thư này được gửi'))).toHaveLength(1);
    // The school answers DK-000006's letter (edits its registration); the council asks again: a new request, not an update.
    const i = 4; // DK-000006 is "Đối tượng 4" (submitNine): a collective of SCHOOLS[4 % 3]
    expect(namesByCode(ctx).get('DK-000006')).toBe(`Đối tượng ${i}`);
    ctx.emu.clock.advance(3600_000);
    ctx.emu.forms.submitAsUser(ctx.formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[i % SCHOOLS.length].name, [Q.collectiveName]: `Đối tượng ${i}` }, { email: SCHOOLS[i % SCHOOLS.length].emails[0], editResponseId: responseIds[i] });
    expect(namesByCode(ctx).get('DK-000006')).toBe(`Đối tượng ${i}`);
    decide(ctx, 'DK-000006', 'Yêu cầu bổ sung', 'Bổ sung thêm quyết định công nhận sáng kiến.');
    rebuild(ctx);
    const again = letters().filter((m) => m.subject.includes('DK-000006'));
    expect(again).toHaveLength(2);
    expect(again[1].subject).not.toContain('bản cập nhật');
    expect(again[1].body).not.toContain('Thư này thay cho thư');
  });

  it('renaming a column of the council’s ("Nhận xét", the award level) stops the tab loudly: no second letter, no award lowered', () => {
    const { ctx } = officeWithDecisions();
    decide(ctx, 'DK-000004', 'Yêu cầu bổ sung', 'Bổ sung minh chứng.');
    const header = ctx.emu.spreadsheets.values(REVIEW)[0] as string[];
    const row = ctx.emu.spreadsheets.values(REVIEW).findIndex((r) => r[0] === 'DK-000003') + 1;
    typeCell(ctx.emu, REVIEW, row, header.indexOf('Hình thức khen thưởng đề nghị') + 1, 'Bằng khen của Chủ tịch UBND tỉnh');
    rebuild(ctx);
    const letters = () => ctx.emu.mail.sent.filter((m) => m.subject.includes('Đề nghị bổ sung'));
    expect(letters()).toHaveLength(1);
    const levels = () => {
      ctx.bundle.call('previewProposals', undefined, { kind: 'menu' });
      return ctx.emu.spreadsheets.values('Đề nghị khen thưởng').map((r) => r.join(' ')).join('\n');
    };
    expect(levels()).toContain('(Bằng khen UBND tỉnh)');
    for (const [from, to] of [['Nhận xét', 'Nhận xét của Hội đồng'], ['Hình thức khen thưởng đề nghị', 'Hình thức khen thưởng']]) {
      typeCell(ctx.emu, REVIEW, 1, header.indexOf(from) + 1, to);
      rebuild(ctx);
      rebuild(ctx);
      expect(letters(), to).toHaveLength(1);
      expect(ctx.emu.spreadsheets.values('Nhật ký lỗi').at(-1)?.join(' ')).toContain(`không còn cột “${from}” ở dòng tiêu đề (dòng 1)`);
      // Nothing proposed from the tab as it stands (a Bằng khen is not listed as a Giấy khen meanwhile).
      expect(previewNominees(ctx)).toEqual([]);
      typeCell(ctx.emu, REVIEW, 1, header.indexOf(from) + 1, from);
    }
    rebuild(ctx);
    expect(letters()).toHaveLength(1);
    expect(previewNominees(ctx)).toContain('DK-000003');
    expect(levels()).toContain('(Bằng khen UBND tỉnh)');
  });

  it('a decided row of "Thẩm định" deleted by mistake comes back waiting, flagged and logged, not proposed meanwhile', () => {
    const { ctx } = officeWithDecisions();
    expect(previewNominees(ctx)).toContain('DK-000003');
    deleteTabRow(ctx.emu, REVIEW, ctx.emu.spreadsheets.values(REVIEW).findIndex((r) => r[0] === 'DK-000003') + 1);
    rebuild(ctx);
    const back = decisions(ctx).get('DK-000003')!;
    expect(back.decision).toBe('Chờ thẩm định');
    expect(back.note).toMatch(/^Dòng của phiếu này đã bị xóa khỏi trang sau khi Hội đồng ghi quyết định/);
    expect(ctx.emu.spreadsheets.values('Nhật ký lỗi').at(-1)?.join(' ')).toContain('không còn dòng của 1 phiếu đã có quyết định của Hội đồng (DK-000003)');
    expect(previewNominees(ctx)).not.toContain('DK-000003');
    // The next rebuilds keep the note (the register marks the decision as waiting to be typed again), log nothing more.
    const logged = ctx.emu.spreadsheets.values('Nhật ký lỗi').length;
    rebuild(ctx);
    rebuild(ctx);
    expect(decisions(ctx).get('DK-000003')!.note).toMatch(/^Dòng của phiếu này đã bị xóa khỏi trang sau khi Hội đồng ghi quyết định/);
    expect(ctx.emu.spreadsheets.values('Nhật ký lỗi').length).toBe(logged);
    // The council types it again: proposed, and the note goes.
    decide(ctx, 'DK-000003', 'Đề nghị khen', 'Mô hình tiêu biểu.');
    rebuild(ctx);
    expect(decisions(ctx).get('DK-000003')!.note).toBe('');
    expect(previewNominees(ctx)).toContain('DK-000003');
  });

  it('the decision column of "Thẩm định" sorted on its own: the moved decisions are held and the dossier waits until it is undone', () => {
    const { ctx, before } = officeWithDecisions();
    expect(previewNominees(ctx).sort()).toEqual(['DK-000003', 'DK-000008']);
    const values = ctx.emu.spreadsheets.values(REVIEW);
    const column = (values[0] as string[]).indexOf('Quyết định của Hội đồng') + 1;
    const typed = values.slice(1).map((r) => [r[column - 1]]);
    // Data → Sort range over the column alone (A → Z): the codes and names stay, the decisions go to other rows.
    const sorted = typed.map((r) => r.slice()).sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'vi'));
    const put = (cells: unknown[][]) =>
      ctx.emu.runtime.execute(() => ctx.emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(REVIEW)!.getRange(2, column, cells.length, 1).setValues(cells as never), { kind: 'node', label: 'user sorting' });
    put(sorted);
    const mails = ctx.emu.mail.sent.length;
    const docs = ctx.emu.docs.list().length;
    rebuild(ctx);
    const moved = [...decisions(ctx)].filter(([, d]) => String(d.note).startsWith('Quyết định ở dòng này đã đổi')).map(([id]) => id);
    expect(moved.length).toBeGreaterThanOrEqual(3);
    expect(moved).toContain('DK-000003');
    expect(ctx.emu.spreadsheets.values('Nhật ký lỗi').at(-1)?.join(' ')).toContain(`quyết định của ${moved.length} phiếu`);
    // Nothing is proposed, made or sent on the moved decisions; the alert says why.
    expect(previewNominees(ctx)).toEqual([]);
    ctx.bundle.call('generateProposals', undefined, { kind: 'menu' });
    expect(alertsShown(ctx.emu).at(-1)).toContain('đã đổi chỗ cho nhau');
    expect(ctx.emu.docs.list()).toHaveLength(docs);
    expect(ctx.emu.mail.sent.length).toBe(mails);
    // The next rebuilds keep it held and log it once while it lasts.
    const logged = ctx.emu.spreadsheets.values('Nhật ký lỗi').length;
    rebuild(ctx);
    expect(ctx.emu.spreadsheets.values('Nhật ký lỗi').length).toBe(logged);
    expect(previewNominees(ctx)).toEqual([]);
    // Undone: every decision on its own person again, the notes gone, the dossier as before.
    put(typed);
    rebuild(ctx);
    expectNothingMoved(ctx, before);
    expect([...decisions(ctx).values()].every((d) => !String(d.note).startsWith('Quyết định ở dòng này đã đổi'))).toBe(true);
    expect(previewNominees(ctx).sort()).toEqual(['DK-000003', 'DK-000008']);
  });

  it('the sender’s address corrected by hand in the response tab keeps the code, the decision and the nomination', () => {
    const { ctx, before } = officeWithDecisions();
    expect(previewNominees(ctx)).toContain('DK-000003');
    const values = ctx.emu.spreadsheets.values(RESPONSES);
    const header = values[0] as string[];
    const row = values.findIndex((r) => r.indexOf('Đối tượng 1') >= 0) + 1;
    // The school asks the office to put its other official address on the registration.
    typeCell(ctx.emu, RESPONSES, row, header.indexOf('Địa chỉ email') + 1, SCHOOLS[1].emails[1] ?? 'hieutruong@example.edu.vn');
    ctx.emu.clock.advance(3600_000);
    rebuild(ctx);
    rebuild(ctx);
    expectNothingMoved(ctx, before);
    expect([...namesByCode(ctx).keys()]).toEqual([...before.names.keys()]);
    expect(ctx.emu.mail.sent.length).toBe(before.mails);
    expect(previewNominees(ctx)).toContain('DK-000003');
  });

  it('a school renamed in "Đơn vị", its old name kept in "Tên cũ": its registrations, codes, decisions and nominees stay', () => {
    const { ctx, before } = officeWithDecisions();
    const results = () => new Map(table(ctx, 'Kết quả kiểm tra').map((r) => [String(r['Mã phiếu']), r]));
    const was = results();
    const dir = ctx.emu.spreadsheets.values('Đơn vị');
    const header = dir[0] as string[];
    const row = dir.findIndex((r) => r[header.indexOf('Tên đơn vị')] === SCHOOLS[1].name) + 1;
    const renamed = `${SCHOOLS[1].name} phường Nam Cường`;
    typeCell(ctx.emu, 'Đơn vị', row, header.indexOf('Tên đơn vị') + 1, renamed);
    typeCell(ctx.emu, 'Đơn vị', row, header.indexOf('Tên cũ') + 1, SCHOOLS[1].name);
    ctx.emu.clock.advance(3600_000);
    rebuild(ctx);
    const now = results();
    for (const [code, r] of was) expect(now.get(code)!['Kết luận'], code).toBe(r['Kết luận']);
    expect(table(ctx, REVIEW).find((r) => r['Mã phiếu'] === 'DK-000003')).toMatchObject({ 'Đơn vị': renamed, 'Quyết định của Hội đồng': 'Đề nghị khen', 'Ghi chú': '' });
    expect(previewNominees(ctx).sort()).toEqual(['DK-000003', 'DK-000008']);
    expect(ctx.emu.mail.sent.length).toBe(before.mails);
    // Without "Tên cũ" the old name is unknown (as a school missing from "Đơn vị").
    typeCell(ctx.emu, 'Đơn vị', row, header.indexOf('Tên cũ') + 1, '');
    rebuild(ctx);
    expect(results().get('DK-000003')!['Kết luận']).not.toBe(was.get('DK-000003')!['Kết luận']);
  });

  it('two schools merged into one ("Tên cũ" holding both old names): the same collective of each stays, neither replaces the other', () => {
    const ctx = officeAfterSetup();
    const [a, b] = [SCHOOLS[0], SCHOOLS[2]];
    for (const s of [a, b]) {
      ctx.emu.clock.advance(60_000);
      ctx.emu.forms.submitAsUser(ctx.formId, { ...collectiveAnswers(), [Q.school]: s.name, [Q.collectiveName]: 'Tổ chuyên môn Toán' }, { email: s.emails[0] });
    }
    rebuild(ctx);
    const codes = [...namesByCode(ctx).keys()];
    expect(codes).toHaveLength(2);
    for (const code of codes) decide(ctx, code, 'Đề nghị khen', 'Tiêu biểu.');
    rebuild(ctx);
    expect(previewNominees(ctx).sort()).toEqual(codes.sort());
    const dir = ctx.emu.spreadsheets.values('Đơn vị');
    const header = dir[0] as string[];
    const col = (h: string) => header.indexOf(h) + 1;
    const rowOf = (name: string) => ctx.emu.spreadsheets.values('Đơn vị').findIndex((r) => r[col('Tên đơn vị') - 1] === name) + 1;
    typeCell(ctx.emu, 'Đơn vị', rowOf(a.name), col('Tên cũ'), `${a.name}; ${b.name}`);
    typeCell(ctx.emu, 'Đơn vị', rowOf(a.name), col('Email'), [...a.emails, ...b.emails].join('; '));
    typeCell(ctx.emu, 'Đơn vị', rowOf(a.name), col('Tên đơn vị'), 'Trường Liên cấp Hoa Sen - Quang Minh');
    deleteTabRow(ctx.emu, 'Đơn vị', rowOf(b.name));
    rebuild(ctx);
    expect(previewNominees(ctx).sort()).toEqual(codes.sort());
    expect(table(ctx, REVIEW).map((r) => r['Đơn vị'])).toEqual(['Trường Liên cấp Hoa Sen - Quang Minh', 'Trường Liên cấp Hoa Sen - Quang Minh']);
  });

  it('a stranger with their own address cannot replace a school’s verified registration', () => {
    const { ctx } = officeWithDecisions();
    ctx.emu.clock.advance(3600_000);
    // Same school, kind and name as DK-000003 (a verified registration the council proposed).
    ctx.emu.forms.submitAsUser(ctx.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Đối tượng 1' }, { email: 'ke.mao.danh@gmail.example' });
    rebuild(ctx);
    const results = table(ctx, 'Kết quả kiểm tra');
    const stranger = results.find((r) => r['Email người gửi'] === 'ke.mao.danh@gmail.example')!;
    expect(String(stranger['Ghi chú'])).toContain('DK-000003');
    const original = results.find((r) => r['Mã phiếu'] === 'DK-000003')!;
    expect(String(original['Ghi chú'])).not.toContain('thay thế');
    expect(previewNominees(ctx).sort()).toEqual(['DK-000003', 'DK-000008']);
  });

  it('a deleted register is rebuilt from the results tab; decisions stay on their registrations', () => {
    const { ctx, before } = officeWithDecisions();
    sortTab(ctx.emu, RESPONSES, [{ column: 1, ascending: false }]);
    const file = ctx.emu.spreadsheets.active;
    file.sheets.splice(file.sheets.indexOf(ctx.emu.spreadsheets.sheet('Sổ mã phiếu')!), 1);
    rebuild(ctx);
    expectNothingMoved(ctx, before);
    expect(ctx.emu.mail.sent.length).toBe(before.mails);
    expect(table(ctx, 'Nhật ký lỗi').some((r) => String(r['Lỗi']).includes('dựng lại 9 mã phiếu'))).toBe(true);
  });
});

describe('a register whose entries wait for their response ids', () => {
  it('after the register was rebuilt while the form could not be asked, the next submission reads it whole and an edit keeps its code', () => {
    const ctx = officeAfterSetup();
    const ids = submitNine(ctx);
    rebuild(ctx);
    const before = namesByCode(ctx);
    // The register deleted by hand, and rebuilt by a run that cannot reach the form: its entries have no response id.
    const file = ctx.emu.spreadsheets.active;
    file.sheets.splice(file.sheets.indexOf(ctx.emu.spreadsheets.sheet('Sổ mã phiếu')!), 1);
    ctx.emu.runtime.failOn('Form.getResponses', 1, 'Service error: Forms');
    rebuild(ctx);
    ctx.emu.runtime.clearFaults();
    expect(ctx.emu.properties.script.get('ledger.lookedUp')).toBe('0');
    // The next submission cannot find entries by response id: it reads the register whole and the form's responses
    // give every entry its id back.
    ctx.emu.clock.advance(3600_000);
    ctx.emu.forms.submitAsUser(ctx.formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[2].name, [Q.collectiveName]: 'Tổ mới' }, { email: SCHOOLS[2].emails[0] });
    expect(ctx.emu.properties.script.get('ledger.lookedUp')).toBe('1');
    // Registration 1 edited through its edit link: the same code, no new registration.
    ctx.emu.clock.advance(3600_000);
    ctx.emu.forms.submitAsUser(ctx.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Đối tượng 1 (sửa)' }, { email: SCHOOLS[1].emails[0], editResponseId: ids[1] });
    const after = namesByCode(ctx);
    expect(after.size).toBe(before.size + 1);
    for (const code of before.keys()) expect(after.has(code)).toBe(true);
    const code = [...before.entries()].find(([, name]) => name === 'Đối tượng 1')![0];
    expect(after.get(code)).toBe('Đối tượng 1 (sửa)');
  });
});

describe('rows a person hid', () => {
  it('an edit of a registration whose rows the council hid in "Thẩm định" and "Kết quả kiểm tra" rewrites those rows, adds none', () => {
    const { ctx, ids, code } = nineRebuilt();
    decide(ctx, code, 'Đề nghị khen', 'Hồ sơ tốt.');
    // Decided: the council hides its row (and the results' row) to see what is left to do.
    for (const tab of [REVIEW, 'Kết quả kiểm tra']) {
      const row = ctx.emu.spreadsheets.values(tab).findIndex((r) => r[0] === code) + 1;
      hideTabRows(ctx.emu, tab, row);
    }
    const reviewRows = ctx.emu.spreadsheets.values(REVIEW).length;
    const resultRows = ctx.emu.spreadsheets.values('Kết quả kiểm tra').length;
    editOne(ctx, ids);
    expect(ctx.emu.spreadsheets.values(REVIEW)).toHaveLength(reviewRows);
    expect(ctx.emu.spreadsheets.values('Kết quả kiểm tra')).toHaveLength(resultRows);
    expect(ctx.emu.spreadsheets.values(REVIEW).filter((r) => r[0] === code)).toHaveLength(1);
    expect(namesByCode(ctx).get(code)).toBe('Đối tượng 1 (sửa)');
    expect(decisions(ctx).get(code)!.decision).toBe('Đề nghị khen');
  });
});

describe('a decision typed, then the registration edited before any run merged the decision', () => {
  it('the decision is held for the council (it was taken on the earlier version), not proposed for the new one', () => {
    const { ctx, ids, code } = nineRebuilt();
    decide(ctx, code, 'Đề nghị khen', 'Hồ sơ tốt.');
    // The school renames its registration through the edit link before the nightly rebuild.
    editOne(ctx, ids, 'Người khác hẳn');
    rebuild(ctx);
    expect(decisions(ctx).get(code)).toMatchObject({ name: 'Người khác hẳn', decision: 'Đề nghị khen' });
    expect(String(decisions(ctx).get(code)!.note)).toContain(reviewNoteEditedAfterReview);
    expect(previewNominees(ctx)).not.toContain(code);
    // The council confirms by touching its cells: the decision then holds for the version it now sees.
    decide(ctx, code, 'Đề nghị khen', 'Đã xem lại sau khi sửa.');
    rebuild(ctx);
    expect(String(decisions(ctx).get(code)!.note)).not.toContain(reviewNoteEditedAfterReview);
    expect(previewNominees(ctx)).toContain(code);
  });
});

describe('the council typing while a submission works', () => {
  it.each([
    ['"Chờ thẩm định"', false],
    ['a blank decision cell (which the merge would fill in)', true],
  ])('a decision typed into "Thẩm định" while an edit of that registration is handled stays, over %s (the edit writes only the tool\'s cells it changes)', (_label, cleared) => {
    /** Nine registrations and a rebuild; then, with a trace, an edit of registration 1. */
    const scenario = (typeAfterCalls: number | null) => {
      const { ctx, ids, code } = nineRebuilt();
      if (cleared) {
        const values = ctx.emu.spreadsheets.values(REVIEW);
        typeCell(ctx.emu, REVIEW, values.findIndex((r) => r[0] === code) + 1, (values[0] as string[]).indexOf('Quyết định của Hội đồng') + 1, '');
      }
      ctx.emu.runtime.trace = [];
      if (typeAfterCalls !== null) ctx.emu.runtime.interleave(() => decide(ctx, code, 'Đề nghị khen', 'Gõ trong lúc công cụ đang ghi.'), { afterCalls: typeAfterCalls });
      editOne(ctx, ids);
      const trace = ctx.emu.runtime.trace;
      ctx.emu.runtime.trace = null;
      return { ctx, code, trace };
    };
    // Where the edit writes its first row: the council types just before it, after the edit read its review row.
    const dry = scenario(null);
    // (Its rows go in a call of the Sheets service when it has one, else through SpreadsheetApp.)
    const firstWrite = Math.min(...['Range.setValues', 'Sheets.Spreadsheets.batchUpdate'].map((n) => dry.trace.indexOf(n)).filter((i) => i >= 0));
    expect(firstWrite).toBeGreaterThan(0);
    const { ctx, code } = scenario(firstWrite - 1);
    expect(ctx.emu.runtime.interleaveErrors).toEqual([]);
    expect(namesByCode(ctx).get(code)).toBe('Đối tượng 1 (sửa)');
    expect(decisions(ctx).get(code)).toMatchObject({ decision: 'Đề nghị khen', comment: 'Gõ trong lúc công cụ đang ghi.' });
  });
});

describe('the council working in "Thẩm định" while a rebuild works', () => {
  // "Cập nhật tổng hợp" from the menu runs while the council works in "Thẩm định". Whatever it does at any call of the
  // run — a decision typed, the tab sorted, a row or a column inserted — the outcome is the one of doing it before the
  // run: no decision written over, moved to another registration or held for nothing, every row showing its own
  // registration, nothing lost. The rebuild has work in the tab: a decision typed since the last run (DK-000003), a
  // name typed over (an automatic cell, given back), a decision typed in lower case, a row deleted by mistake
  // (appended again), a row emptied by mistake (left blank where it is, its registration appended again).
  /** `strays`: rows the act inserts may get a copy of a registration's automatic cells (see `outcome`). */
  type Act = [label: string, act: (ctx: Ctx, code: string) => void, strays?: boolean];
  const acts: Act[] = [
    ['a decision typed over "Chờ thẩm định"', (ctx, code) => decide(ctx, code, 'Đề nghị khen', 'Gõ trong lúc tổng hợp.')],
    ['a decision changed', (ctx) => decide(ctx, 'DK-000003', 'Không đề nghị', 'Đổi ý.')],
    ['the tab sorted by name, Z to A', (ctx) => sortTab(ctx.emu, REVIEW, [{ column: 4, ascending: false }])],
    ['a blank row inserted among the registrations', (ctx) => insertTabRows(ctx.emu, REVIEW, 3, 1), true],
    ['a column inserted after "Mã phiếu"', (ctx) => insertTabColumn(ctx.emu, REVIEW, 1)],
    ["the office's own row (no code) typed in", (ctx) => {
      const values = ctx.emu.spreadsheets.values(REVIEW);
      const header = values[0] as string[];
      typeCell(ctx.emu, REVIEW, values.findIndex((r) => r[header.indexOf('Mã phiếu')] === '' && r.some((v) => v !== '')) + 1, header.indexOf('Tên') + 1, 'Sửa trong lúc tổng hợp');
    }],
  ];
  const setUp = setUpThenFork(() => {
    const { ctx, code } = nineRebuilt(true);
    // The codes they get one by one (a file's first registration takes the number of its row, 2).
    expect([...namesByCode(ctx).entries()].map(([c, n]) => `${c} ${String(n)}`)).toEqual(Array.from({ length: 9 }, (_, i) => `DK-${String(i + 2).padStart(6, '0')} Đối tượng ${i}`));
    decide(ctx, 'DK-000003', 'Đề nghị khen', 'Mô hình tiêu biểu.');
    const values = ctx.emu.spreadsheets.values(REVIEW);
    const header = values[0] as string[];
    const at = (c: string) => values.findIndex((r) => r[0] === c) + 1;
    typeCell(ctx.emu, REVIEW, at('DK-000005'), header.indexOf('Tên') + 1, 'gõ nhầm');
    typeCell(ctx.emu, REVIEW, at('DK-000008'), header.indexOf('Tên') + 1, 'gõ nhầm 2');
    typeCell(ctx.emu, REVIEW, at('DK-000007'), header.indexOf('Quyết định của Hội đồng') + 1, 'không đề nghị');
    // The office's own row (no code) between two rows the rebuild gives their names back.
    insertTabRows(ctx.emu, REVIEW, at('DK-000005'), 1);
    typeCell(ctx.emu, REVIEW, at('DK-000005') + 1, header.indexOf('Tên') + 1, 'Dòng riêng của phòng');
    deleteTabRow(ctx.emu, REVIEW, at('DK-000004'));
    // A row emptied with the Delete key: a blank row among the others, kept where it is (closing it up would move every
    // row below it and make the tab a whole write); its registration is appended again.
    clearTabRow(ctx.emu, REVIEW, at('DK-000006'));
    return { ctx, code };
  });
  /** The rebuild with `act` done after `afterCalls` of its calls (null: before it); the trace of the rebuild. */
  function scenario(act: Act[1], afterCalls: number | null) {
    const { ctx, code } = setUp();
    if (afterCalls === null) act(ctx, code);
    ctx.emu.runtime.trace = [];
    if (afterCalls !== null) ctx.emu.runtime.interleave(() => act(ctx, code), { afterCalls });
    rebuild(ctx);
    const trace = ctx.emu.runtime.trace;
    ctx.emu.runtime.trace = null;
    expect(ctx.emu.runtime.interleaveErrors).toEqual([]);
    return { ctx, code, trace };
  }
  /** What the office sees: each row's code, name and the council's cells, by code; the nominees (when `nominees`). */
  function outcome(ctx: Ctx, nominees = true) {
    const names = namesByCode(ctx);
    const values = ctx.emu.spreadsheets.values(REVIEW);
    const header = values[0] as string[];
    const col = (h: string) => header.indexOf(h);
    const rows = values.slice(1).filter((r) => r[col('Mã phiếu')] !== '');
    // Every row shows its own registration.
    for (const r of rows) expect(r[col('Tên')], String(r[col('Mã phiếu')])).toBe(names.get(String(r[col('Mã phiếu')])));
    const byCode = Object.fromEntries(rows.map((r) => [r[col('Mã phiếu')], ['Quyết định của Hội đồng', 'Nhận xét', 'Người thẩm định', 'Ghi chú'].map((h) => String(r[col(h)]).toLowerCase())]));
    const uncoded = values.slice(1).filter((r) => r[col('Mã phiếu')] === '' && r.some((v) => v !== ''));
    // A copy of a registration's automatic cells, with no code and nothing of the council's: what a write of the run
    // leaves on a row inserted in the instant it goes out (its cells by place, before the check that follows it).
    const astray = (r: unknown[]) => [...names.values()].includes(r[col('Tên')]) && ['Quyết định của Hội đồng', 'Nhận xét', 'Người thẩm định'].every((h) => r[col(h)] === '');
    const office = uncoded.filter((r) => !astray(r)).map((r) => r.filter((v) => v !== ''));
    return { byCode, codes: rows.map((r) => String(r[col('Mã phiếu')])).sort(), office, astray: uncoded.filter(astray).length, nominees: nominees ? previewNominees(ctx).sort() : [] };
  }
  it.each(acts)('%s, at any call of the rebuild: the same outcome as before it', (_label, act, strays = false) => {
    const ref = scenario(act, null);
    const expected = outcome(ref.ctx);
    expect(expected.codes).toEqual([...namesByCode(ref.ctx).keys()].sort());
    // From the read of "Thẩm định" (just before its grid is measured) to the flush that starts the summaries' batch
    // write, after the tab's own writes (in place, when nobody acts).
    const { trace } = scenario(() => undefined, null);
    const from = trace.indexOf('Sheet.getMaxRows') - 2;
    const to = trace.indexOf('SpreadsheetApp.flush', from);
    expect(trace.slice(from, from + 2)).toEqual(['Sheet.getDataRange', 'Range.getValues']);
    expect(trace.slice(from, to)).toContain('Sheets.Spreadsheets.batchUpdate');
    // Each place of the run (sweep.ts oncePerPlace: its ten column widths set in a row are one place, tried twice).
    const points = oncePerPlace(trace, Array.from({ length: to - from + 1 }, (_, i) => from + i));
    expect(points.length).toBeGreaterThan((to - from + 1) / 2);
    for (const k of points) {
      const { ctx } = scenario(act, k);
      // What this rebuild left (its tab), then what the next one leaves (its tab and the nominees). A row inserted in
      // the instant the run's writes go out may keep a copy of a registration's automatic cells: no code, no decision,
      // nothing it moves (at most one, at one call of the run).
      const first = outcome(ctx, false);
      if (strays) expect(first.astray).toBeLessThanOrEqual(1);
      expect({ k, ...first, astray: strays ? 0 : first.astray }).toEqual({ k, ...expected, nominees: [] });
      rebuild(ctx);
      const next = outcome(ctx);
      expect({ k, ...next, astray: strays ? 0 : next.astray }).toEqual({ k, ...expected });
    }
  });
});

describe('rows a person hid in the register of codes', () => {
  const REGISTER = 'Sổ mã phiếu';
  function hideRegisterRowOf(ctx: Ctx, code: string) {
    setTabHidden(ctx.emu, REGISTER, false);
    hideTabRows(ctx.emu, REGISTER, ctx.emu.spreadsheets.values(REGISTER).findIndex((r) => r[0] === code) + 1);
  }

  /** Nine registrations and a rebuild; `meddle` acts on the register; then registration 1 is edited. */
  function editAfter(meddle: (ctx: Ctx, code: string) => void) {
    const { ctx, ids, code } = nineRebuilt();
    const before = namesByCode(ctx);
    meddle(ctx, code);
    editOne(ctx, ids);
    const after = namesByCode(ctx);
    // No second code: the same codes, the edit under its own, one register row for its response.
    expect([...after.keys()]).toEqual([...before.keys()]);
    expect(after.get(code)).toBe('Đối tượng 1 (sửa)');
    expect(ctx.emu.spreadsheets.values(REGISTER).filter((r) => r[1] === ids[1])).toHaveLength(1);
  }

  it('the register left shown with a row hidden: an edit of that registration keeps its code', () => {
    editAfter((ctx, code) => hideRegisterRowOf(ctx, code));
  });

  it('a row hidden in the register, the tab hidden again: an edit before any rebuild keeps its code (its id is found in the column read, hidden rows included)', () => {
    editAfter((ctx, code) => {
      hideRegisterRowOf(ctx, code);
      setTabHidden(ctx.emu, REGISTER, true);
    });
  });

  it('the rebuild shows the register\'s hidden rows and hides the tab again; an edit after it keeps its code', () => {
    editAfter((ctx, code) => {
      hideRegisterRowOf(ctx, code);
      rebuild(ctx);
      const sheet = ctx.emu.spreadsheets.sheet(REGISTER)!;
      expect(sheet.hidden).toBe(true);
      expect(sheet.hiddenRows.size).toBe(0);
      // Hidden again by hand, with the tab hidden too: the next rebuild shows the row again.
      hideRegisterRowOf(ctx, code);
      setTabHidden(ctx.emu, REGISTER, true);
      rebuild(ctx);
      expect(sheet.hiddenRows.size).toBe(0);
    });
  });
});

describe('registrations sent in the same second from one address', () => {
  it('each gets its own code, and its confirmation names it; a rebuild keeps them', () => {
    const ctx = officeAfterSetup();
    // Two staff of one school, on its one account, send two registrations each in the same second.
    const sent = ['Tổ Một', 'Lê Ba', 'Tổ Bốn', 'Trần Năm'].map((name, i) => {
      const collective = i % 2 === 0;
      const base = collective ? collectiveAnswers() : individualAnswers('teacher');
      ctx.emu.forms.submitAsUser(ctx.formId, { ...base, [Q.school]: SCHOOLS[0].name, [collective ? Q.collectiveName : Q.individualName]: name }, { email: SCHOOLS[0].emails[0] });
      return name;
    });
    const check = () => {
      const names = namesByCode(ctx);
      expect([...names.values()].sort()).toEqual([...sent].sort());
      // Every confirmation names the registration its code belongs to, once each.
      const subjects = ctx.emu.mail.sent.map((m) => m.subject);
      for (const [code, name] of names) expect(subjects.filter((s) => s.includes(`${code} (${name})`)), `${code} ${name}`).toHaveLength(1);
      expect(subjects).toHaveLength(4);
      const responses = ctx.emu.spreadsheets.values('Sổ mã phiếu').slice(1).map((r) => r[1]);
      expect(new Set(responses).size).toBe(4);
    };
    check();
    rebuild(ctx);
    check();
  });

  const answersOf = (name: string) => ({ ...collectiveAnswers(), [Q.school]: SCHOOLS[0].name, [Q.collectiveName]: name });
  /** Code → response id, as the register holds them. */
  const responseOfCode = (ctx: Ctx) => new Map(ctx.emu.spreadsheets.values('Sổ mã phiếu').slice(1).map((r) => [String(r[0]), String(r[1])]));

  it('one queued behind the lock, the other handled first: each code holds its own response, and an edit keeps its own', () => {
    const ctx = officeAfterSetup();
    ctx.emu.forms.submitAsUser(ctx.formId, answersOf('Tổ Khác'), { email: SCHOOLS[1].emails[0] });
    rebuild(ctx);
    ctx.emu.clock.advance(3600_000);
    // A arrives while another job holds the lock (its row waits in the queue); B, 300 ms later, finds the lock free.
    const lock = ctx.emu.locks.state('script');
    lock.holder = 0;
    const t = ctx.emu.clock.now();
    const a = ctx.emu.forms.submitAsUser(ctx.formId, answersOf('Tổ A'), { email: SCHOOLS[0].emails[0] });
    lock.holder = null;
    const b = ctx.emu.forms.submitAsUser(ctx.formId, answersOf('Tổ B'), { email: SCHOOLS[0].emails[0], at: t + 300 });
    for (let k = 0; k < 5 && ctx.emu.triggers.find('continueIntake').length > 0; k++) ctx.emu.triggers.runDueTimeTriggers(ctx.emu.clock.now() + 61_000);
    const codeOf = (name: string) => [...namesByCode(ctx)].find(([, n]) => n === name)?.[0];
    const expectOwn = (nameA: string) => {
      const responses = responseOfCode(ctx);
      expect(responses.get(codeOf(nameA)!)).toBe(a.responseId);
      expect(responses.get(codeOf('Tổ B')!)).toBe(b.responseId);
    };
    expectOwn('Tổ A');
    const codeA = codeOf('Tổ A');
    ctx.emu.clock.advance(3600_000);
    ctx.emu.forms.submitAsUser(ctx.formId, answersOf('Tổ A sửa'), { email: SCHOOLS[0].emails[0], editResponseId: a.responseId });
    expect(codeOf('Tổ A sửa')).toBe(codeA);
    expectOwn('Tổ A sửa');
    rebuild(ctx);
    expect(codeOf('Tổ A sửa')).toBe(codeA);
    expectOwn('Tổ A sửa');
  });

  it('the form failing once as the second one comes (its own row alone then keyed): it never takes the first one\'s code', () => {
    const ctx = officeAfterSetup();
    const t = ctx.emu.clock.now();
    const a = ctx.emu.forms.submitAsUser(ctx.formId, answersOf('Tổ A'), { email: SCHOOLS[0].emails[0], at: t });
    // The first lookup of the second submission fails: it does not see the twin and reads the register whole with its
    // own row alone keyed, where an entry of the same second and address with other answers, and that entry's
    // response, are the first registration's.
    ctx.emu.runtime.failOn('Form.getResponses', 1, 'Service error: Forms');
    const b = ctx.emu.forms.submitAsUser(ctx.formId, answersOf('Tổ B'), { email: SCHOOLS[0].emails[0], at: t + 300 });
    expect(namesByCode(ctx).get('DK-000002')).toBe('Tổ A');
    expect(responseOfCode(ctx).get('DK-000002')).toBe(a.responseId);
    // Its own code at once: the form answers its next lookups.
    const codeB = [...namesByCode(ctx)].find(([, n]) => n === 'Tổ B')?.[0];
    expect(codeB).toBeDefined();
    expect(responseOfCode(ctx).get(codeB!)).toBe(b.responseId);
    ctx.emu.clock.advance(3600_000);
    rebuild(ctx);
    const names = namesByCode(ctx);
    expect(names.get('DK-000002')).toBe('Tổ A');
    expect([...names.values()].sort()).toEqual(['Tổ A', 'Tổ B']);
    const responses = responseOfCode(ctx);
    expect(new Set(responses.values()).size).toBe(2);
  });

  it('three with the same answers in one second: three codes, one confirmation each', () => {
    const ctx = officeAfterSetup();
    const t = ctx.emu.clock.now();
    for (let i = 0; i < 3; i++) ctx.emu.forms.submitAsUser(ctx.formId, answersOf('Tổ Trùng'), { email: SCHOOLS[0].emails[0], at: t + i * 100 });
    const check = () => {
      const codes = ctx.emu.spreadsheets.values('Kết quả kiểm tra').slice(1).map((r) => String(r[0]));
      expect(new Set(codes).size).toBe(3);
      const subjects = ctx.emu.mail.sent.map((m) => m.subject).filter((s) => s.includes('Đã nhận phiếu'));
      expect(subjects).toHaveLength(3);
      for (const code of codes) expect(subjects.filter((s) => s.includes(code))).toHaveLength(1);
      expect(new Set(responseOfCode(ctx).values()).size).toBe(3);
    };
    check();
    rebuild(ctx);
    check();
    // The rebuild tells the school, once, that the first two are replaced by the last (src/core/notices.ts).
    const codes = ctx.emu.spreadsheets.values('Kết quả kiểm tra').slice(1).map((r) => String(r[0])).sort();
    const notices = ctx.emu.mail.sent.filter((m) => !m.subject.includes('Đã nhận phiếu'));
    expect(notices.map((m) => m.subject)).toEqual([expect.stringContaining(`2 phiếu đã được thay bằng phiếu ${codes[2]}`)]);
    for (const code of codes.slice(0, 2)) expect(notices[0].body).toContain(`Phiếu ${code} (`);
    rebuild(ctx);
    expect(ctx.emu.mail.sent).toHaveLength(4);
  });
});

describe('a code typed by hand into "Thẩm định" before the registration that gets it', () => {
  it('the register keeps every code (it is found, never rewritten from a part) and every registration keeps its own', () => {
    const ctx = officeAfterSetup();
    submitNine(ctx);
    rebuild(ctx);
    const before = namesByCode(ctx);
    const register = ctx.emu.spreadsheets.values('Sổ mã phiếu').slice(1).map((r) => String(r[0]));
    // The next code, typed with a decision on a row of its own below the registrations.
    const next = `DK-${String(Number(ctx.emu.properties.script.get('ledger.next'))).padStart(6, '0')}`;
    const values = ctx.emu.spreadsheets.values(REVIEW);
    const header = values[0] as string[];
    const row = values.length + 1;
    typeCell(ctx.emu, REVIEW, row, 1, next);
    typeCell(ctx.emu, REVIEW, row, header.indexOf('Quyết định của Hội đồng') + 1, 'Đề nghị khen');
    ctx.emu.clock.advance(3600_000);
    ctx.emu.forms.submitAsUser(ctx.formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[2].name, [Q.collectiveName]: 'Tổ mới' }, { email: SCHOOLS[2].emails[0] });
    const after = ctx.emu.spreadsheets.values('Sổ mã phiếu').slice(1).map((r) => String(r[0]));
    expect(after).toEqual([...register, next]);
    // The nightly rebuild finds every registration under its own code.
    rebuild(ctx);
    const codes = namesByCode(ctx);
    for (const [code, name] of before) expect(codes.get(code)).toBe(name);
    expect(codes.get(next)).toBe('Tổ mới');
    // Its code is new to the submission (no row is sought for it): a row of its own, below the one typed by hand, which
    // the rebuild flags as a repeat. The decision typed before there was a registration is held, not proposed.
    const rows = ctx.emu.spreadsheets.values(REVIEW).filter((r) => r[0] === next);
    expect(rows).toHaveLength(2);
    expect(String(rows[1][header.indexOf('Ghi chú')])).toContain(next);
    expect(String(rows[0][header.indexOf('Ghi chú')])).toContain(reviewNoteEditedAfterReview);
    expect(previewNominees(ctx)).not.toContain(next);
  });
});

describe('broken inputs stop the run loudly and change nothing', () => {
  function expectStopped(ctx: Ctx, before: { tabs: string[]; results: unknown[][]; mails: number }, column: string) {
    expect(ctx.emu.spreadsheets.sheetNames().filter((t) => t !== 'Nhật ký lỗi')).toEqual(before.tabs.filter((t) => t !== 'Nhật ký lỗi'));
    expect(ctx.emu.spreadsheets.values('Kết quả kiểm tra')).toEqual(before.results);
    expect(ctx.emu.mail.sent.length).toBe(before.mails);
    const health = table(ctx, 'Tình trạng').find((r) => r['Công việc'] === 'Cập nhật tổng hợp')!;
    expect(health['Kết quả']).toBe('Lỗi');
    expect(String(health['Chi tiết'])).toContain(column);
    expect(table(ctx, 'Nhật ký lỗi').some((r) => String(r['Lỗi']).includes(column))).toBe(true);
    expect(String(ctx.emu.spreadsheets.values('Tổng hợp')[0][0])).toContain('SỐ LIỆU CHƯA ĐƯỢC CẬP NHẬT');
    expect(ctx.emu.spreadsheets.sheet('Kết quả kiểm tra')!.tabColor).not.toBeNull();
  }

  it('a renamed question header', () => {
    const { ctx } = officeWithDecisions();
    const before = { tabs: ctx.emu.spreadsheets.sheetNames(), results: ctx.emu.spreadsheets.values('Kết quả kiểm tra'), mails: ctx.emu.mail.sent.length };
    const header = ctx.emu.spreadsheets.values(RESPONSES)[0] as string[];
    typeCell(ctx.emu, RESPONSES, 1, header.indexOf(Q.kind) + 1, 'Loại đăng ký');
    expect(() => rebuild(ctx)).toThrow();
    expectStopped(ctx, before, Q.kind);
    // Put back, the next run clears the marks and finds everything as it was.
    typeCell(ctx.emu, RESPONSES, 1, header.indexOf(Q.kind) + 1, Q.kind);
    rebuild(ctx);
    expect(ctx.emu.spreadsheets.sheet('Kết quả kiểm tra')!.tabColor).toBeNull();
    expect(String(ctx.emu.spreadsheets.values('Tổng hợp')[0][0])).not.toContain('SỐ LIỆU CHƯA ĐƯỢC CẬP NHẬT');
    expect(ctx.emu.spreadsheets.values('Kết quả kiểm tra')).toEqual(before.results);
  });

  it('a renamed time or sender header: no code is given on the strength of it', () => {
    for (const column of ['Dấu thời gian', 'Địa chỉ email']) {
      const { ctx } = officeWithDecisions();
      const before = { tabs: ctx.emu.spreadsheets.sheetNames(), results: ctx.emu.spreadsheets.values('Kết quả kiểm tra'), mails: ctx.emu.mail.sent.length };
      const register = ctx.emu.spreadsheets.values('Sổ mã phiếu');
      const header = ctx.emu.spreadsheets.values(RESPONSES)[0] as string[];
      expect(header).toContain(column);
      typeCell(ctx.emu, RESPONSES, 1, header.indexOf(column) + 1, `${column} (cũ)`);
      expect(() => rebuild(ctx)).toThrow();
      expectStopped(ctx, before, column);
      // The register as it was: no row coded anew.
      expect(ctx.emu.spreadsheets.values('Sổ mã phiếu'), column).toEqual(register);
      typeCell(ctx.emu, RESPONSES, 1, header.indexOf(column) + 1, column);
      ctx.emu.clock.advance(60_000);
      ctx.emu.forms.submitAsUser(ctx.formId, { ...collectiveAnswers(), [Q.collectiveName]: 'Tổ sau' }, { email: SCHOOLS[0].emails[0] });
      rebuild(ctx);
      // The next code follows the last one given: none was spent while the header was renamed.
      expect(namesByCode(ctx).get('DK-000011'), column).toBe('Tổ sau');
    }
  });

  it('an emptied directory: no tab deleted, no school told it is unknown', () => {
    const { ctx } = officeWithDecisions();
    const before = { tabs: ctx.emu.spreadsheets.sheetNames(), results: ctx.emu.spreadsheets.values('Kết quả kiểm tra'), mails: ctx.emu.mail.sent.length };
    const directory = ctx.emu.spreadsheets.values('Đơn vị');
    typeIntoTab(ctx.emu, 'Đơn vị', directory.map((r, i) => (i === 0 ? r : r.map(() => ''))));
    expect(() => rebuild(ctx)).toThrow();
    expectStopped(ctx, before, 'Đơn vị');
    // A submission arriving meanwhile is kept (the response tab) and answered once the directory is back.
    ctx.emu.clock.advance(60_000);
    expect(() => ctx.emu.forms.submitAsUser(ctx.formId, { ...collectiveAnswers(), [Q.collectiveName]: 'Tổ chờ' }, { email: SCHOOLS[0].emails[0] })).not.toThrow();
    expect(ctx.emu.mail.sent.length).toBe(before.mails);
    typeIntoTab(ctx.emu, 'Đơn vị', directory);
    rebuild(ctx);
    expect(namesByCode(ctx).get('DK-000011')).toBe('Tổ chờ');
    expect(ctx.emu.mail.to(SCHOOLS[0].emails[0]).filter((m) => m.subject.includes('DK-000011'))).toHaveLength(1);
  });
});
