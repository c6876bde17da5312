// Review helper d80b F4 (adversarial reading of f80b). f80b's own case (f80b-merged-edit-identity: the merged school's
// new clerk corrects both former schools' "Tổ Toán"; the register's «Dấu đơn vị khi gửi lần đầu» keeps them apart),
// then the hidden register "Sổ mã phiếu" deleted or its rows cleared by accident. README promises the codes come back
// from "Kết quả kiểm tra", «phiếu giữ mã cũ, lần gửi đầu và quyết định» (as d67 holds for the senders' stamps). The
// school each response first named is not recovered, though "Các lần gửi phiếu" holds each sending's school (the
// first sending's time is recovered from it): the two teams become one and one replaces the other.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { clearTabRow, deleteTab, setTabHidden, typeCell } from '../../scripts/user';
import { collectiveAnswers, decide } from './helpers';
import { previewNominees } from './r66g-lib';
import { HOA_BINH, QUANG_MINH, reportOffice } from './r67r-lib';
import { MERGED, mergeQuangMinhIntoHoaBinh } from './r79m-lib';

type Office = ReturnType<typeof reportOffice>;
const NEW_CLERK = 'van.thu@thcs-hoabinh.edu.vn';
const REGISTER = 'Sổ mã phiếu';

const team = (w: Office, school: string) => ({ ...collectiveAnswers(w.cfg), [Q.school]: school, [Q.collectiveName]: 'Tổ Toán' });
const verdicts = (w: Office) => new Map(w.emu.spreadsheets.values('Kết quả kiểm tra').slice(1).map((r) => [String(r[0]), String(r[7])]));
const codes = (w: Office) => w.emu.spreadsheets.values('Thẩm định').slice(1).map((r) => String(r[0])).sort();

/** `email` edits response `responseId` through its edit link (the form records her address), as f80b's test does. */
function editAs(w: Office, responseId: string, email: string, answers: Record<string, unknown>): void {
  const response = w.emu.forms.byId(w.o.formId)!.responses.find((r) => r.id === responseId)!;
  response.email = email;
  w.emu.forms.submitAsUser(w.o.formId, answers as never, { email, editResponseId: responseId });
}

describe('d80b F4: the register lost after the merged school\'s new clerk corrected both former schools\' teams', () => {
  it.each(['deleted', 'cleared'] as const)('the register %s: the two teams stay apart, both proposed', (how) => {
    const w = reportOffice(new Date(2027, 4, 20, 9));
    const { emu, bundle } = w;
    emu.clock.set(new Date(2027, 4, 21, 9));
    const a = emu.forms.submitAsUser(w.o.formId, team(w, HOA_BINH.name) as never, { email: HOA_BINH.emails[0] });
    emu.clock.advance(60_000);
    const b = emu.forms.submitAsUser(w.o.formId, team(w, QUANG_MINH.name) as never, { email: QUANG_MINH.emails[0] });
    w.rebuild(new Date(2027, 4, 22, 7));
    const both = codes(w);
    expect(both).toHaveLength(2);
    for (const code of both) decide(w.o, code, 'Đề nghị khen', 'Tập thể tiêu biểu.');
    w.rebuild(new Date(2027, 4, 23, 7));
    emu.clock.set(new Date(2027, 5, 1, 10));
    mergeQuangMinhIntoHoaBinh(emu);
    const values = emu.spreadsheets.values('Đơn vị');
    const head = values[0].map(String);
    typeCell(emu, 'Đơn vị', values.findIndex((r) => String(r[1]) === MERGED) + 1, head.indexOf('Email') + 1, [...HOA_BINH.emails, ...QUANG_MINH.emails, NEW_CLERK].join('; '));
    bundle.call('setup', undefined, { kind: 'menu' });
    w.rebuild(new Date(2027, 5, 2, 7));
    emu.clock.set(new Date(2027, 5, 2, 10));
    editAs(w, b.responseId, NEW_CLERK, { ...team(w, MERGED), [Q.phone]: '0912 345 679' });
    emu.clock.set(new Date(2027, 5, 2, 11));
    editAs(w, a.responseId, NEW_CLERK, { ...team(w, MERGED), [Q.phone]: '0912 345 680' });
    w.rebuild(new Date(2027, 5, 3, 7));
    // Precondition (holds since f80b): both in force, both proposed.
    expect([...verdicts(w).values()]).toEqual(['Đạt', 'Đạt']);
    expect(previewNominees(w.o).sort()).toEqual(both);
    // The register lost by accident.
    if (how === 'deleted') deleteTab(emu, REGISTER);
    else {
      setTabHidden(emu, REGISTER, false);
      const n = emu.spreadsheets.values(REGISTER).length;
      for (let r = n; r >= 2; r--) clearTabRow(emu, REGISTER, r);
    }
    w.rebuild(new Date(2027, 5, 3, 8));
    expect(w.failures()).toEqual([]);
    expect(codes(w)).toEqual(both);
    expect([...verdicts(w).values()]).toEqual(['Đạt', 'Đạt']);
    expect(previewNominees(w.o).sort()).toEqual(both);
  });
});
