// The bundle when the response tabs hold two columns under one title, in the ordinary ways an office gets there
// (a question deleted in the Forms editor and made again by "Thiết lập", initiative slots lowered then raised, a
// question duplicated in the editor): every registration and report is still read, no run stops, and the office is
// told what happened and what (if anything) to do.
import { describe, expect, it } from 'vitest';
import { Q, R, SELF_DECLARED } from '../../src/core/registration-form';
import { RESULTS_HEADER, TAB } from '../../src/core/messages';
import { typeIntoTab } from '../../scripts/season';
import { configToRows } from '../../src/core/config';
import { planConfig } from '../../sample/profiles';
import { SCHOOLS, collectiveAnswers, officeAfterSetup } from './helpers';

const EVIDENCE = SELF_DECLARED['TT-02-DAN-DAU'].evidence!;
const VERDICT = RESULTS_HEADER.indexOf('Kết luận');
type Emu = ReturnType<typeof officeAfterSetup>['emu'];
const verdicts = (emu: Emu) => emu.spreadsheets.values(TAB.results).slice(1).map((r) => String(r[VERDICT]));
const shared = (emu: Emu, tab: string) => {
  const h = emu.spreadsheets.values(tab)[0].map(String);
  return h.filter((x, i) => x !== '' && h.indexOf(x) !== i);
};
const failures = (emu: Emu) => emu.runtime.executions.filter((x) => x.error).map((x) => String(x.error));
const log = (emu: Emu) => emu.spreadsheets.values('Nhật ký lỗi').map((r) => r.map(String).join(' '));
const alert = (emu: Emu) => emu.spreadsheets.ui.at(-1)!.message;

/** The office deletes a question in the Forms editor: its answers go with it (as EmuForm.deleteItem models). */
function editorDelete(emu: Emu, formId: string, itemId: number) {
  const f = emu.forms.byId(formId)!;
  f.items.splice(f.items.findIndex((i) => i.id === itemId), 1);
  for (const r of f.responses) r.answers.delete(itemId);
}

for (const renameUpdatesHeader of [false, true]) {
  describe(`two columns under one title (renameUpdatesHeader: ${renameUpdatesHeader})`, () => {
    it('a tool question deleted in the editor after answers came in: made again, both registrations read, nothing stops', () => {
      const { emu, bundle, formId } = officeAfterSetup(SCHOOLS, { renameUpdatesHeader });
      const form = emu.forms.byId(formId)!;
      emu.forms.submitAsUser(formId, collectiveAnswers(), { email: SCHOOLS[0].emails[0] });
      editorDelete(emu, formId, form.itemByTitle(EVIDENCE)!.id);
      bundle.call('setup', undefined, { kind: 'menu' });
      // Thiết lập says which question was made again, that earlier answers are still read, and what edit links show.
      const note = alert(emu).split('\n').find((l) => l.includes(`câu hỏi “${EVIDENCE}” đã bị xóa trong Google Forms`));
      expect(note).toBeDefined();
      expect(note).toContain('vẫn được công cụ đọc');
      expect(note).toContain('đường liên kết để sửa');
      expect(log(emu).some((l) => l.includes(note!))).toBe(true);
      expect(form.items.filter((i) => i.title === EVIDENCE)).toHaveLength(1);
      emu.forms.submitAsUser(formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[1].name }, { email: SCHOOLS[1].emails[0] });
      bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
      expect(shared(emu, TAB.registrations)).toEqual([EVIDENCE]);
      expect(failures(emu)).toEqual([]);
      expect(verdicts(emu)).toEqual(['Đạt', 'Đạt']);
      // The two columns are noted for the office as information; a run after it does not say "made again" again.
      expect(log(emu).some((l) => l.includes(`tiêu đề “${EVIDENCE}” có ở 2 cột`))).toBe(true);
      // Not a data problem: "Tình trạng" says the rebuild went well.
      expect(emu.spreadsheets.values('Tình trạng').map((r) => r.map(String).join(' ')).filter((l) => l.includes('vấn đề dữ liệu'))).toEqual([]);
      bundle.call('setup', undefined, { kind: 'menu' });
      expect(alert(emu)).not.toContain('đã bị xóa trong Google Forms');
      // Thiết lập shows the note apart from the data to fix.
      const line = alert(emu).split('\n').find((l) => l.includes(`tiêu đề “${EVIDENCE}” có ở 2 cột`));
      expect(line).toBeDefined();
      expect(line!.startsWith('- ')).toBe(false);
      expect(alert(emu)).not.toContain('Dữ liệu cần sửa');
      expect(failures(emu)).toEqual([]);
    });

    it('report form: "Kỳ báo cáo" deleted and made again; a report answered in the new column counts', () => {
      const { emu, bundle, reportFormId } = officeAfterSetup(SCHOOLS, { renameUpdatesHeader });
      const form = emu.forms.byId(reportFormId)!;
      const period = form.itemByTitle(R.period)!;
      const label = period.choices[0].value;
      const rep = (s: (typeof SCHOOLS)[number]) => ({ [R.school]: s.name, [R.period]: label, [R.docRef]: `1/KH-${s.code}`, [R.summary]: 'Kế hoạch', [R.link]: '' });
      emu.forms.submitAsUser(reportFormId, rep(SCHOOLS[0]), { email: SCHOOLS[0].emails[0] });
      editorDelete(emu, reportFormId, period.id);
      bundle.call('setup', undefined, { kind: 'menu' });
      expect(alert(emu)).toContain(`câu hỏi “${R.period}” đã bị xóa trong Google Forms`);
      emu.forms.submitAsUser(reportFormId, rep(SCHOOLS[1]), { email: SCHOOLS[1].emails[0] });
      bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
      expect(shared(emu, TAB.reports)).toEqual([R.period]);
      expect(failures(emu)).toEqual([]);
      // No school is said to have an unknown period: both reports were read with theirs.
      expect(log(emu).filter((l) => l.includes('kỳ báo cáo “') && l.includes('không thuộc giai đoạn'))).toEqual([]);
    });
  });
}

describe('two columns under one title: other ways to get there', () => {
  it('initiative slots 3 → 2 → 3 before the season (Thiết lập each time): the first registration is read', () => {
    const cfg = planConfig(new Date(2024, 6, 1));
    const { emu, bundle, formId } = officeAfterSetup(SCHOOLS, {}, { ...cfg, initiativeSlots: 3 });
    typeIntoTab(emu, 'Cấu hình', configToRows({ ...cfg, initiativeSlots: 2 }));
    bundle.call('setup', undefined, { kind: 'menu' });
    typeIntoTab(emu, 'Cấu hình', configToRows({ ...cfg, initiativeSlots: 3 }));
    bundle.call('setup', undefined, { kind: 'menu' });
    emu.forms.submitAsUser(formId, collectiveAnswers(), { email: SCHOOLS[0].emails[0] });
    expect(failures(emu)).toEqual([]);
    expect(verdicts(emu)).toEqual(['Đạt']);
  });

  it('slots lowered after registrations came in: the former questions are kept, and Thiết lập says so once', () => {
    const cfg = planConfig(new Date(2024, 6, 1));
    const { emu, bundle, formId } = officeAfterSetup(SCHOOLS, {}, { ...cfg, initiativeSlots: 3 });
    emu.forms.submitAsUser(formId, collectiveAnswers(), { email: SCHOOLS[0].emails[0] });
    const items = emu.forms.byId(formId)!.items.length;
    typeIntoTab(emu, 'Cấu hình', configToRows({ ...cfg, initiativeSlots: 2 }));
    bundle.call('setup', undefined, { kind: 'menu' });
    const kept = alert(emu).split('\n').filter((l) => l.includes('không còn được công cụ dùng'));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept[0]).toContain('công cụ chỉ báo một lần');
    expect(emu.forms.byId(formId)!.items.length).toBe(items);
    bundle.call('setup', undefined, { kind: 'menu' });
    expect(alert(emu)).not.toContain('không còn được công cụ dùng');
    // Raised again: the same items are asked again, no new column.
    typeIntoTab(emu, 'Cấu hình', configToRows({ ...cfg, initiativeSlots: 3 }));
    bundle.call('setup', undefined, { kind: 'menu' });
    expect(shared(emu, TAB.registrations)).toEqual([]);
    expect(failures(emu)).toEqual([]);
    expect(verdicts(emu)).toEqual(['Đạt']);
  });

  it("the office duplicates a tool question in the editor: asked to rename its own; registrations read; a row answering both differently is named", () => {
    const { emu, bundle, formId } = officeAfterSetup(SCHOOLS);
    const form = emu.forms.byId(formId)!;
    const orig = form.itemByTitle(EVIDENCE)!;
    emu.forms.editorAdd(formId, { type: 'TEXT', title: EVIDENCE, required: false, at: form.items.indexOf(orig) + 1 });
    bundle.call('setup', undefined, { kind: 'menu' });
    expect(alert(emu)).toContain(`trùng tên “${EVIDENCE}”`);
    expect(alert(emu)).toContain('Hãy đổi tên câu hỏi tự thêm đó');
    const copy = form.items.find((i) => i.title === EVIDENCE && i.id !== orig.id)!;
    emu.forms.submitAsUser(formId, collectiveAnswers(), { email: SCHOOLS[0].emails[0] });
    // Both answered, differently: this row alone is named; the other registration is not touched.
    const f = emu.forms.byId(formId)!;
    const a = { ...collectiveAnswers(), [Q.school]: SCHOOLS[1].name };
    emu.forms.submitAsUser(formId, a, { email: SCHOOLS[1].emails[0] });
    const resp = f.responses.at(-1)!;
    resp.answers.set(copy.id, 'Một minh chứng khác');
    const sheet = emu.spreadsheets.values(TAB.registrations);
    const col = sheet[0].map(String).lastIndexOf(EVIDENCE);
    expect(col).toBeGreaterThan(sheet[0].map(String).indexOf(EVIDENCE));
    // The cell as Forms writes the answer to the office's copy of the question.
    emu.spreadsheets.sheet(TAB.registrations)!.setCell(sheet.length, col + 1, { value: 'Một minh chứng khác' });
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(failures(emu)).toEqual([]);
    const rows = emu.spreadsheets.values(TAB.results).slice(1);
    // The newest column's answer is read (the verdict stands); the office is told in the row's note, the school's
    // e-mail is not (it cannot clear a cell of the response tab).
    expect(rows.map((r) => String(r[VERDICT]))).toEqual(['Đạt', 'Đạt']);
    const text = rows[1].map(String).join(' ');
    expect(text).toContain(`Dòng ${sheet.length}:`);
    expect(text).toContain('“Một minh chứng khác”');
    expect(emu.mail.sent.map((m) => m.body).join('\n')).not.toContain('“Một minh chứng khác”');
  });

  it('an office question whose title differs from a tool question\'s only in case: Thiết lập asks to rename it, the verdict stands', () => {
    const { emu, bundle, formId } = officeAfterSetup(SCHOOLS);
    const own = EVIDENCE.toLowerCase();
    emu.forms.editorAdd(formId, { type: 'TEXT', title: own, required: false });
    bundle.call('setup', undefined, { kind: 'menu' });
    expect(emu.spreadsheets.ui.at(-1)!.message).toContain('trùng tên');
    emu.forms.submitAsUser(formId, { ...collectiveAnswers(), [own]: 'Ghi chú riêng' }, { email: SCHOOLS[0].emails[0] });
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(verdicts(emu)).toEqual(['Đạt']);
  });
});
