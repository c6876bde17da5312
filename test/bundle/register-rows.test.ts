// Rows of the hidden register "Sổ mã phiếu" deleted or cleared by hand (it may be shown to look at, the guide says): the
// registrations keep their codes, taken back from "Kết quả kiểm tra" as for a register deleted whole (review office H1:
// each got a second code and a second confirmation, the council's decision stayed on the old code, read as a row
// deleted from the response tab, and the log blamed a restore of the whole file).
import { describe, expect, it } from 'vitest';
import { ledgerRebuilt, ledgerRowsDoubtful, ledgerRowsRestored } from '../../src/core/messages';
import { Q } from '../../src/core/registration-form';
import { clearTabRow, deleteTab, deleteTabRow, setTabHidden, sortTab } from '../../scripts/user';
import { SCHOOLS, collectiveAnswers, councilOffice, individualAnswers, officeAfterSetup } from './helpers';

const anAnswers = (extra: Record<string, string> = {}) => ({ ...individualAnswers('teacher'), [Q.school]: SCHOOLS[0].name, [Q.individualName]: 'Nguyễn Văn An', ...extra });

type O = ReturnType<typeof councilOffice>;

function reviewRows(o: O): Record<string, string>[] {
  const [header, ...rows] = o.emu.spreadsheets.values('Thẩm định').map((r) => r.map(String));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}
/**
 * An hour later, An's school edits DK-000002 (Nguyễn Văn An, the council's "Đề nghị khen") through its edit link: no run
 * fails, and the one e-mail it gets confirms DK-000002 — not a new code.
 */
function editAnConfirmedAsBefore(o: O): void {
  o.emu.clock.advance(3600_000);
  const n = o.emu.mail.sent.length;
  o.emu.forms.submitAsUser(o.formId, anAnswers({ [Q.partyMember]: 'Có' }) as never, { email: SCHOOLS[0].emails[0], editResponseId: o.ids[0] });
  expect(o.emu.runtime.executions.filter((x) => x.error)).toEqual([]);
  expect(o.emu.mail.sent.slice(n).map((m) => m.subject)).toEqual([expect.stringContaining('Đã nhận phiếu DK-000002 (Nguyễn Văn An)')]);
}
const registerCodes = (o: O) => o.emu.spreadsheets.values('Sổ mã phiếu').slice(1).map((r) => String(r[0])).filter((c) => c !== '').sort();

describe('rows of "Sổ mã phiếu" deleted or cleared by hand', () => {
  for (const how of ['deleted', 'cleared'] as const) {
    it(`a row ${how}: the next rebuild gives the registration back its code; its decision, its history and the school's mail as they were; told once, naming the register`, () => {
      const o = councilOffice();
      o.decide([2, 3]); // DK-000002 Nguyễn Văn An, DK-000003 Trần Thị Bình: "Đề nghị khen"
      o.rebuild();
      const mails = o.emu.mail.sent.length;
      const history = o.emu.spreadsheets.values('Lịch sử thẩm định').length;
      setTabHidden(o.emu, 'Sổ mã phiếu', false);
      (how === 'deleted' ? deleteTabRow : clearTabRow)(o.emu, 'Sổ mã phiếu', 2);
      expect(registerCodes(o)).toEqual(['DK-000003', 'DK-000004']);
      o.rebuild();
      expect(o.emu.runtime.executions.filter((x) => x.error)).toEqual([]);
      expect(registerCodes(o)).toEqual(['DK-000002', 'DK-000003', 'DK-000004']);
      const an = reviewRows(o).filter((r) => r['Tên'] === 'Nguyễn Văn An');
      expect(an.map((r) => [r['Mã phiếu'], r['Kết luận tự động'], r['Quyết định của Hội đồng']])).toEqual([['DK-000002', 'Đạt', 'Đề nghị khen']]);
      expect(reviewRows(o)).toHaveLength(3);
      expect(o.emu.mail.sent.slice(mails).map((m) => m.subject)).toEqual([]);
      expect(o.logged('Sổ mã phiếu')).toEqual([ledgerRowsRestored(1)]);
      expect(o.logged('khôi phục về một phiên bản cũ')).toEqual([]);
      expect(o.logged('Dòng phiếu đã bị xóa')).toEqual([]);
      // Nothing for the history: no decision changed.
      expect(o.emu.spreadsheets.values('Lịch sử thẩm định')).toHaveLength(history);
      // The next rebuilds: nothing more to tell, nothing sent, the next code the next number.
      o.rebuild();
      o.rebuild();
      expect(o.logged('Sổ mã phiếu')).toHaveLength(1);
      expect(o.emu.mail.sent.slice(mails)).toEqual([]);
      expect(o.emu.spreadsheets.values('Lịch sử thẩm định')).toHaveLength(history);
      expect(o.emu.properties.script.get('ledger.next')).toBe('5');
    });
  }
});

describe('"Sổ mã phiếu" renamed by a clerk, a registration arriving meanwhile (review office L2)', () => {
  it('rebuilt from the results, the new registration is not counted among the codes that could not be matched', () => {
    const o = councilOffice();
    o.decide([2, 3]);
    o.rebuild();
    setTabHidden(o.emu, 'Sổ mã phiếu', false);
    o.emu.spreadsheets.sheet('Sổ mã phiếu')!.name = 'Sổ mã phiếu (xem)';
    o.emu.clock.advance(60_000);
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Phạm Thị Dung' } as never, { email: SCHOOLS[1].emails[0] });
    o.rebuild();
    expect(o.logged('dựng lại')).toEqual([ledgerRebuilt(3, 0)]);
    expect(ledgerRebuilt(3, 0)).toContain('đã bị xóa hoặc đổi tên');
    // Every registration keeps its code and decision; the new one has the next code.
    const [header, ...rows] = o.emu.spreadsheets.values('Thẩm định').map((r) => r.map(String));
    const byName = new Map(rows.map((r) => [r[header.indexOf('Tên')], [r[0], r[header.indexOf('Quyết định của Hội đồng')]]]));
    expect(byName.get('Nguyễn Văn An')).toEqual(['DK-000002', 'Đề nghị khen']);
    expect(byName.get('Trần Thị Bình')).toEqual(['DK-000003', 'Đề nghị khen']);
    expect(byName.get('Phạm Thị Dung')?.[0]).toBe('DK-000005');
  });
});

type Ctx = ReturnType<typeof officeAfterSetup>;
const rebuild = (ctx: Ctx) => ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
const logged = (ctx: Ctx) => (ctx.emu.spreadsheets.sheet('Nhật ký lỗi') ? ctx.emu.spreadsheets.values('Nhật ký lỗi').map((r) => String(r[2])) : []);
/** Name → code, as "Kết quả kiểm tra" shows them. */
function codeByName(ctx: Ctx): Map<string, string> {
  const [header, ...rows] = ctx.emu.spreadsheets.values('Kết quả kiểm tra').map((r) => r.map(String));
  const c = header.indexOf('Tên tập thể / cá nhân');
  return new Map(rows.map((r) => [r[c], r[0]]));
}
const answersOf = (name: string) => ({ ...collectiveAnswers(), [Q.school]: SCHOOLS[0].name, [Q.collectiveName]: name });

// Given back from the results, a code's first sending is the sendings' tab's, not the results' time (the last edit's),
// and two registrations of one second and sender never take each other's code (review diff58 H1, H2).
describe('register rows of two registrations sent in the same second from one address, deleted by hand', () => {
  function twins() {
    const ctx = officeAfterSetup();
    const t = ctx.emu.clock.now();
    ctx.emu.forms.submitAsUser(ctx.formId, answersOf('Tổ A'), { email: SCHOOLS[0].emails[0], at: t });
    ctx.emu.forms.submitAsUser(ctx.formId, answersOf('Tổ B'), { email: SCHOOLS[0].emails[0], at: t + 300 });
    rebuild(ctx);
    const before = codeByName(ctx);
    expect(before.size).toBe(2);
    setTabHidden(ctx.emu, 'Sổ mã phiếu', false);
    deleteTabRow(ctx.emu, 'Sổ mã phiếu', 3);
    deleteTabRow(ctx.emu, 'Sổ mã phiếu', 2);
    return { ctx, before };
  }

  it('the response tab sorted by name (Z→A) meanwhile: neither takes its twin’s code (which is which cannot be told: both coded anew, and said)', () => {
    const { ctx, before } = twins();
    const header = ctx.emu.spreadsheets.values('Phiếu đăng ký')[0].map(String);
    sortTab(ctx.emu, 'Phiếu đăng ký', [{ column: header.indexOf(Q.collectiveName) + 1, ascending: false }]);
    rebuild(ctx);
    const after = codeByName(ctx);
    expect(after.get('Tổ A')).not.toBe(before.get('Tổ B'));
    expect(after.get('Tổ B')).not.toBe(before.get('Tổ A'));
    expect([...after.values()].sort()).toEqual(['DK-000004', 'DK-000005']);
    expect(logged(ctx)).toContain(ledgerRowsDoubtful(2));
  });

  it('one of them also deleted from the response tab: the other does not take the deleted one’s code', () => {
    const { ctx, before } = twins();
    const values = ctx.emu.spreadsheets.values('Phiếu đăng ký');
    const header = values[0].map(String);
    const rowA = values.findIndex((r) => r[header.indexOf(Q.collectiveName)] === 'Tổ A') + 1;
    deleteTabRow(ctx.emu, 'Phiếu đăng ký', rowA);
    rebuild(ctx);
    expect(codeByName(ctx).get('Tổ B')).not.toBe(before.get('Tổ A'));
    expect(logged(ctx)).toContain(ledgerRowsDoubtful(2));
  });
});

describe('a register row deleted by hand, its registration sent in time and edited after the window', () => {
  for (const what of ['row', 'tab'] as const) {
    it(`given back its code (its ${what === 'row' ? 'row' : 'whole register'} deleted), it keeps its first sending: not made late`, () => {
      const ctx = officeAfterSetup(SCHOOLS, { now: new Date(2023, 4, 20, 8, 0, 0) });
      const school = SCHOOLS[0];
      const teacher = { ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: 'Lê Thị Hoa' };
      const sent = ctx.emu.forms.submitAsUser(ctx.formId, teacher, { email: school.emails[0] });
      ctx.emu.clock.set(new Date(2023, 5, 20, 9, 0, 0).getTime());
      ctx.emu.forms.submitAsUser(ctx.formId, { ...teacher, [Q.partyMember]: 'Có' }, { email: school.emails[0], editResponseId: sent.responseId });
      rebuild(ctx);
      const row = () => ctx.emu.spreadsheets.values('Kết quả kiểm tra').find((r) => r.includes('Lê Thị Hoa'))!.join(' ');
      expect(row()).not.toContain('sau thời hạn đăng ký');
      const code = codeByName(ctx).get('Lê Thị Hoa');
      setTabHidden(ctx.emu, 'Sổ mã phiếu', false);
      if (what === 'row') deleteTabRow(ctx.emu, 'Sổ mã phiếu', 2);
      else deleteTab(ctx.emu, 'Sổ mã phiếu');
      ctx.emu.clock.advance(3600_000);
      rebuild(ctx);
      expect(codeByName(ctx).get('Lê Thị Hoa')).toBe(code);
      expect(row()).not.toContain('sau thời hạn đăng ký');
    });
  }
});

describe('a register row deleted by hand, its registration replaced once and then edited back into force', () => {
  it('given back its code, it keeps its first sending: which of the two is in force does not change, no mail is sent', () => {
    const ctx = officeAfterSetup(SCHOOLS, { now: new Date(2023, 4, 20, 8, 0, 0) });
    const school = SCHOOLS[0];
    const lan = { ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: 'Trần Thị Lan', [Q.birthYear]: '1985' };
    const a = ctx.emu.forms.submitAsUser(ctx.formId, lan, { email: school.emails[0] }); // DK-000002, 20/05
    ctx.emu.clock.set(new Date(2023, 4, 25, 8, 0, 0).getTime());
    ctx.emu.forms.submitAsUser(ctx.formId, lan, { email: school.emails[0] }); // DK-000003, 25/05: replaces DK-000002
    rebuild(ctx);
    ctx.emu.clock.set(new Date(2023, 5, 20, 9, 0, 0).getTime());
    ctx.emu.forms.submitAsUser(ctx.formId, { ...lan, [Q.partyMember]: 'Có' }, { email: school.emails[0], editResponseId: a.responseId });
    rebuild(ctx);
    const n = ctx.emu.mail.sent.length;
    setTabHidden(ctx.emu, 'Sổ mã phiếu', false);
    deleteTabRow(ctx.emu, 'Sổ mã phiếu', 2); // DK-000002's row
    ctx.emu.clock.advance(3600_000);
    rebuild(ctx);
    // Seen: "Phiếu DK-000002 (Trần Thị Lan) được xét trở lại" — its first sending taken as 20/06 (the results' time).
    expect(ctx.emu.mail.sent.slice(n).map((m) => m.subject)).toEqual([]);
  });
});


describe('a register row lost, then its registration edited through its link before any rebuild (review diff58 H3)', () => {
  for (const how of ['deleted', 'cleared'] as const) {
    it(`its row ${how}: the edit keeps its code and its decision — its confirmation names the old code, answered by the full run once; the next submission is answered alone again`, () => {
      const o = councilOffice();
      o.decide([2]); // DK-000002 Nguyễn Văn An: "Đề nghị khen"
      o.rebuild();
      setTabHidden(o.emu, 'Sổ mã phiếu', false);
      (how === 'deleted' ? deleteTabRow : clearTabRow)(o.emu, 'Sổ mã phiếu', 2);
      // An hour later An's school edits the registration through its link: confirmed once, as DK-000002.
      editAnConfirmedAsBefore(o);
      expect(registerCodes(o)).toEqual(['DK-000002', 'DK-000003', 'DK-000004']);
      expect(o.logged('Sổ mã phiếu')).toEqual([ledgerRowsRestored(1)]);
      // The next registration: answered alone (the register whole again), the next code.
      const calls = () => o.emu.runtime.executions.filter((x) => x.label === 'onFormSubmit').slice(-1)[0].calls;
      o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Phạm Thị Dung' } as never, { email: SCHOOLS[1].emails[0] });
      expect(calls()).toBeLessThan(40);
      o.rebuild();
      const rows = reviewRows(o);
      expect(rows.filter((r) => r['Tên'] === 'Nguyễn Văn An').map((r) => [r['Mã phiếu'], r['Quyết định của Hội đồng']])).toEqual([['DK-000002', 'Đề nghị khen']]);
      expect(rows.find((r) => r['Tên'] === 'Phạm Thị Dung')?.['Mã phiếu']).toBe('DK-000005');
      expect(o.logged('khôi phục về một phiên bản cũ')).toEqual([]);
      expect(o.logged('Dòng phiếu đã bị xóa')).toEqual([]);
    });
  }
});

describe('a namesake registering after a decided registration was withdrawn by hand (review id58)', () => {
  it('a decided registration withdrawn by hand (its response row and register row deleted); a namesake of the school registers later: a new code, not the old one with its decision', () => {
    const o = councilOffice();
    o.decide([2]); // DK-000002 Nguyễn Văn An (SCHOOLS[0]): "Đề nghị khen"
    o.rebuild();
    setTabHidden(o.emu, 'Sổ mã phiếu', false);
    // The office removes An's registration by hand, from the response tab and the register.
    const values = o.emu.spreadsheets.values('Phiếu đăng ký');
    const h = values[0].map(String);
    const row = values.findIndex((r) => r[h.indexOf(Q.individualName)] === 'Nguyễn Văn An') + 1;
    deleteTabRow(o.emu, 'Phiếu đăng ký', row);
    deleteTabRow(o.emu, 'Sổ mã phiếu', 2);
    o.emu.clock.advance(3600_000);
    const n = o.emu.mail.sent.length;
    // Another teacher of the same school, also named Nguyễn Văn An, registers anew (a different birth year, another model).
    o.emu.forms.submitAsUser(o.formId, anAnswers({ [Q.birthYear]: '1990' }) as never, { email: SCHOOLS[0].emails[0] });
    o.rebuild();
    const an = reviewRows(o).filter((r) => r['Tên'] === 'Nguyễn Văn An');
    // A new registration: a new code, no decision carried from the one withdrawn (whose row says its response row is
    // gone, its decision kept there); its confirmation names the new code (by sender and name alone it took the old).
    expect(an.map((r) => [r['Mã phiếu'], r['Quyết định của Hội đồng']])).toEqual([
      ['DK-000002', 'Đề nghị khen'],
      ['DK-000005', 'Chờ thẩm định'],
    ]);
    expect(an[0]['Kết luận tự động']).toBe('Dòng phiếu đã bị xóa');
    const subjects = o.emu.mail.sent.slice(n).map((m) => m.subject);
    expect(subjects.join(' | ')).not.toContain('DK-000002');
    expect(subjects).toEqual([expect.stringContaining('DK-000005')]);
  });
});

describe('without the Sheets service, a register row lost before an edit (review id58)', () => {
  for (const hidden of [false, true]) {
    it(`an edit of a registration whose register row was deleted (register ${hidden ? 'hidden again' : 'left shown'}) keeps its code: no second code, no second confirmation`, () => {
      const o = officeAfterSetup(SCHOOLS, { advancedServices: [] });
      const sent = o.emu.forms.submitAsUser(o.formId, anAnswers() as never, { email: SCHOOLS[0].emails[0] });
      o.emu.clock.advance(60_000);
      o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
      const code = o.emu.spreadsheets.values('Sổ mã phiếu')[1][0];
      setTabHidden(o.emu, 'Sổ mã phiếu', false);
      deleteTabRow(o.emu, 'Sổ mã phiếu', 2);
      if (hidden) setTabHidden(o.emu, 'Sổ mã phiếu', true);
      o.emu.clock.advance(3600_000);
      const n = o.emu.mail.sent.length;
      o.emu.forms.submitAsUser(o.formId, anAnswers({ [Q.partyMember]: 'Có' }) as never, { email: SCHOOLS[0].emails[0], editResponseId: sent.responseId });
      expect(o.emu.mail.sent.slice(n).map((m) => m.subject)).toEqual([expect.stringContaining(`Đã nhận phiếu ${code}`)]);
      o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
      const codes = o.emu.spreadsheets.values('Sổ mã phiếu').slice(1).map((r) => String(r[0]));
      expect(codes).toEqual([code]);
    });
  }
});

describe('a register row lost after registrations were answered alone since the last rebuild', () => {
  it('the rows those submissions added are counted: an edit of the registration whose row was deleted keeps its code, no second code or confirmation', () => {
    const o = councilOffice();
    o.decide([2]); // DK-000002 Nguyễn Văn An: "Đề nghị khen"
    o.rebuild();
    o.emu.clock.advance(3600_000);
    // A new registration, answered alone by its own submission (a row added to the register, no rebuild since).
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[1].name, [Q.individualName]: 'Phạm Thị Dung' } as never, { email: SCHOOLS[1].emails[0] });
    expect(registerCodes(o)).toEqual(['DK-000002', 'DK-000003', 'DK-000004', 'DK-000005']);
    // The clerk deletes An's row of the register; the register still holds as many rows as the last rebuild left.
    setTabHidden(o.emu, 'Sổ mã phiếu', false);
    deleteTabRow(o.emu, 'Sổ mã phiếu', 2);
    // An hour later An's school edits the registration through its link: confirmed once, as DK-000002.
    editAnConfirmedAsBefore(o);
    expect(registerCodes(o)).toEqual(['DK-000002', 'DK-000003', 'DK-000004', 'DK-000005']);
    o.rebuild();
    expect(reviewRows(o).filter((r) => r['Tên'] === 'Nguyễn Văn An').map((r) => [r['Mã phiếu'], r['Quyết định của Hội đồng']])).toEqual([['DK-000002', 'Đề nghị khen']]);
  });
});
