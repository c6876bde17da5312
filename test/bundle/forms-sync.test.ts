// syncForm (src/gas/forms.ts): Forms' navigation rule, and finding the tool's items by the id it pinned without ever
// deleting an item that may hold answers.
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../emulator/index';
import type { FormAnswers, FormDefinition, FormItem } from '../../src/core/registration-form';
import { FORM_TEXT, Q, SELF_DECLARED } from '../../src/core/registration-form';
import { itemKey, syncForm, syncPinnedForm, type ItemPins } from '../../src/gas/forms';
import { subUnitAnswers } from '../core/helpers';
import { SCHOOLS, collectiveAnswers, individualAnswers, officeAfterSetup, withGlobals } from './helpers';

describe('syncForm', () => {
  it('a branching item whose choices do not all have a target: the others continue to the next page', () => {
    const emu = createEmulator({ modelLatency: false });
    const def: FormDefinition = {
      title: 'Phiếu',
      description: '',
      collectEmail: true,
      pages: [
        { id: 'P1', title: 'Phiếu', next: 'P2', items: [{ kind: 'multipleChoice', title: 'Loại', required: true, choices: ['Tập thể', 'Cá nhân', 'Khác'], goTo: { 'Tập thể': 'P2', 'Cá nhân': 'P3' } }] },
        { id: 'P2', title: 'Tập thể', next: 'SUBMIT', items: [{ kind: 'text', title: 'Tên tập thể', required: false }] },
        { id: 'P3', title: 'Cá nhân', next: 'SUBMIT', items: [{ kind: 'text', title: 'Họ tên', required: false }] },
      ],
    };
    const navs = withGlobals(emu, ['FormApp'], () => {
      const form = emu.globals.FormApp.create('Phiếu');
      syncForm(form, def);
      syncForm(form, def);
      const item = form.getItems()[0].asMultipleChoiceItem();
      return item.getChoices().map((c) => `${c.getValue()}:${String(c.getPageNavigationType())}`);
    });
    expect(navs).toEqual(['Tập thể:GO_TO_PAGE', 'Cá nhân:GO_TO_PAGE', 'Khác:CONTINUE']);
  });

  it("turns off the summary of answers for respondents, which would show every school the others' answers", () => {
    const ctx = officeAfterSetup();
    const forms = [...ctx.emu.forms.forms.values()];
    expect(forms.length).toBe(2);
    for (const f of forms) expect(f.publishingSummary).toBe(false);
    // Someone turns it on in the form's settings: the next Thiết lập turns it off again.
    for (const f of forms) f.publishingSummary = true;
    ctx.emu.runtime.resetCalls();
    ctx.bundle.call('setup', undefined, { kind: 'menu' });
    for (const f of forms) expect(f.publishingSummary).toBe(false);
    // The e-mail collection, already on, is not switched again (the older switch could undo the office's "verified").
    expect(ctx.emu.runtime.count('Form.setCollectEmail')).toBe(0);
    for (const f of forms) expect(f.collectEmail).toBe(true);
  });
});

const SCHOOL: FormItem = { kind: 'list', title: Q.school, required: true, choices: ['Trường A', 'Trường B'] };
const NAME: FormItem = { kind: 'text', title: 'Tên mô hình', required: true };
const FIELD: FormItem = { kind: 'multipleChoice', title: Q.field, required: true, choices: ['Giáo dục', 'Học tập và làm theo Bác'] };
const def = (...items: FormItem[]): FormDefinition => ({ title: 'Phiếu', description: '', collectEmail: true, pages: [{ id: 'P1', title: 'Phiếu', next: 'SUBMIT', items }] });

/** The office deletes a question in the Forms editor: its answers go with it (as EmuForm.deleteItem models). */
function editorDelete(form: { items: { id: number }[]; responses: { answers: Map<number, unknown> }[] }, itemId: number): void {
  form.items.splice(form.items.findIndex((i) => i.id === itemId), 1);
  for (const r of form.responses) r.answers.delete(itemId);
}

/** A form synced once to `first` in its own emulator; `sync` runs syncForm again with the pins of the last run. */
function synced(first: FormDefinition) {
  const emu = createEmulator({ modelLatency: false });
  let pins: ItemPins = {};
  let retired: string[] = [];
  let formId = '';
  const sync = (d: FormDefinition) =>
    withGlobals(emu, ['FormApp'], () => {
      const form = formId ? emu.globals.FormApp.openById(formId) : emu.globals.FormApp.create('Phiếu');
      formId = form.getId();
      const r = syncForm(form, d, pins, retired);
      pins = r.pins;
      retired = r.retired;
      return r;
    });
  const result = sync(first);
  const model = () => emu.forms.byId(formId)!;
  return { emu, sync, model, result, formId: () => formId, pins: () => pins };
}

describe('syncForm with pinned items', () => {
  it('pins each question under its stable key (the name of its constant; the title when none names it)', () => {
    const { result, model } = synced(def(SCHOOL, NAME));
    expect(itemKey(Q.school)).toBe('Q.school');
    expect(itemKey('Tên mô hình')).toBe('T:Tên mô hình');
    expect(result.pins).toEqual({ 'Q.school': model().itemByTitle(Q.school)!.id, 'T:Tên mô hình': model().itemByTitle('Tên mô hình')!.id });
    expect(result).toMatchObject({ created: 2, deleted: 0, restored: 0, notes: [] });
  });

  it('a renamed item is found by its pin and renamed back; without the pin it would be a new item', () => {
    const { emu, sync, model, formId } = synced(def(SCHOOL, NAME));
    const id = model().itemByTitle(Q.school)!.id;
    emu.forms.editorEdit(formId(), id, { title: 'Trường' });
    const r = sync(def(SCHOOL, NAME));
    expect(r).toMatchObject({ created: 0, deleted: 0, restored: 1 });
    expect(model().items.map((i) => [i.id, i.title])).toEqual([[id, Q.school], [model().items[1].id, 'Tên mô hình']]);
  });

  it("a form from before the pinning: items found by type and title are pinned; the office's own question is kept", () => {
    const emu = createEmulator({ modelLatency: false });
    const form = emu.forms.create('Phiếu');
    const r = withGlobals(emu, ['FormApp'], () => syncForm(emu.globals.FormApp.openById(form.id), def(SCHOOL, NAME)));
    const own = emu.forms.editorAdd(form.id, { type: 'TEXT', title: 'Câu hỏi của phòng', at: 0 });
    const again = withGlobals(emu, ['FormApp'], () => syncForm(emu.globals.FormApp.openById(form.id), def(SCHOOL, NAME)));
    expect(again.pins).toEqual(r.pins);
    expect(again).toMatchObject({ created: 0, deleted: 0, notes: [] });
    expect(form.items.map((i) => i.title)).toEqual([Q.school, 'Tên mô hình', 'Câu hỏi của phòng']);
    expect(form.items[2].id).toBe(own);
  });

  it('a form from before the pinning whose question was renamed first: the old item and its answers are kept, the office is asked to check', () => {
    const emu = createEmulator({ modelLatency: false });
    const form = emu.forms.create('Phiếu');
    const run = (pins: ItemPins = {}) => withGlobals(emu, ['FormApp'], () => syncForm(emu.globals.FormApp.openById(form.id), def(SCHOOL, NAME), pins));
    run();
    // The form as an older version of the tool left it (no pins), a registration, then a renamed question.
    emu.forms.submitAsUser(form.id, { [Q.school]: 'Trường A', 'Tên mô hình': 'Thư viện xanh' }, { email: 'a@x.vn' });
    const old = form.itemByTitle('Tên mô hình')!.id;
    emu.forms.editorEdit(form.id, old, { title: 'Tên mô hình (ghi rõ)' });
    const r = run();
    expect(r).toMatchObject({ created: 1, deleted: 0 });
    expect(form.item(old)?.title).toBe('Tên mô hình (ghi rõ)');
    expect(form.responses[0].answers.get(old)).toBe('Thư viện xanh');
    expect(r.notes).toEqual([expect.stringContaining('Nếu câu hỏi “Tên mô hình (ghi rõ)” chính là nó')]);
    // Said once (and logged by setup): from then on the items are pinned, and the office's own question is its own.
    const again = run(r.pins);
    expect(again).toMatchObject({ created: 0, deleted: 0, notes: [] });
    expect(form.items.map((i) => i.title)).toEqual([Q.school, 'Tên mô hình', 'Tên mô hình (ghi rõ)']);
    // A question a later definition adds is just added, beside the office's own of the same type.
    const more = withGlobals(emu, ['FormApp'], () => syncForm(emu.globals.FormApp.openById(form.id), def(SCHOOL, NAME, { kind: 'text', title: 'Địa chỉ', required: false }), again.pins));
    expect(more).toMatchObject({ created: 1, notes: [] });
  });

  it('a question the tool no longer asks: kept at the end, not required, while the form has responses; deleted when it has none', () => {
    const kept = synced(def(SCHOOL, NAME));
    const nameId = kept.model().itemByTitle('Tên mô hình')!.id;
    kept.emu.forms.submitAsUser(kept.formId(), { [Q.school]: 'Trường A', 'Tên mô hình': 'Thư viện xanh' }, { email: 'a@x.vn' });
    const r = kept.sync(def(SCHOOL));
    expect(r.deleted).toBe(0);
    expect(kept.model().item(nameId)).toMatchObject({ title: 'Tên mô hình', required: false });
    expect(kept.model().responses[0].answers.get(nameId)).toBe('Thư viện xanh');
    expect(r.notes).toEqual([expect.stringContaining('câu hỏi “Tên mô hình” không còn được công cụ dùng. Vì biểu mẫu đã có phiếu trả lời')]);
    expect(r.retired).toEqual(['T:Tên mô hình']);
    // Said once: the next run keeps it as it is and says nothing.
    const again = kept.sync(def(SCHOOL));
    expect(again).toMatchObject({ deleted: 0, notes: [], retired: ['T:Tên mô hình'] });
    expect(kept.model().item(nameId)).toMatchObject({ title: 'Tên mô hình', required: false });
    // Still pinned: brought back by a later definition, it is the same item.
    expect(r.pins['T:Tên mô hình']).toBe(nameId);
    expect(kept.sync(def(SCHOOL, NAME))).toMatchObject({ created: 0, deleted: 0, notes: [] });
    expect(kept.model().item(nameId)?.required).toBe(true);

    const empty = synced(def(SCHOOL, NAME));
    const gone = empty.model().itemByTitle('Tên mô hình')!.id;
    expect(empty.sync(def(SCHOOL))).toMatchObject({ deleted: 1, notes: [] });
    expect(empty.model().item(gone)).toBeUndefined();
    expect(empty.pins()).toEqual({ 'Q.school': empty.model().itemByTitle(Q.school)!.id });
  });

  it('a type changed by hand to one not read alike: left as it is with a note while there are responses, replaced when none', () => {
    const answered = synced(def(SCHOOL, FIELD));
    const id = answered.model().itemByTitle(Q.field)!.id;
    answered.emu.forms.submitAsUser(answered.formId(), { [Q.school]: 'Trường B', [Q.field]: 'Giáo dục' }, { email: 'b@x.vn' });
    answered.emu.forms.editorEdit(answered.formId(), id, { type: 'CHECKBOX', title: 'Lĩnh vực' });
    const r = answered.sync(def(SCHOOL, FIELD));
    expect(r).toMatchObject({ created: 0, deleted: 0, restored: 1 });
    expect(answered.model().item(id)).toMatchObject({ type: 'CHECKBOX', title: Q.field });
    expect(answered.model().responses[0].answers.get(id)).toBe('Giáo dục');
    expect(r.notes).toEqual([expect.stringContaining(`câu hỏi “${Q.field}” đã bị đổi loại trong Google Forms (đang là “Hộp kiểm”, công cụ cần “Trắc nghiệm”)`)]);

    const fresh = synced(def(SCHOOL, FIELD));
    const old = fresh.model().itemByTitle(Q.field)!.id;
    fresh.emu.forms.editorEdit(fresh.formId(), old, { type: 'CHECKBOX' });
    const f = fresh.sync(def(SCHOOL, FIELD));
    expect(f).toMatchObject({ created: 1, deleted: 1, notes: [] });
    const now = fresh.model().itemByTitle(Q.field)!;
    expect(now.type).toBe('MULTIPLE_CHOICE');
    expect(fresh.model().items.indexOf(now)).toBe(1);
    expect(f.pins['Q.field']).toBe(now.id);
  });

  it('a pinned question deleted in the editor: made again; with responses the office is told once, where the answers are', () => {
    const answered = synced(def(SCHOOL, NAME));
    const old = answered.model().itemByTitle('Tên mô hình')!.id;
    answered.emu.forms.submitAsUser(answered.formId(), { [Q.school]: 'Trường A', 'Tên mô hình': 'Thư viện xanh' }, { email: 'a@x.vn' });
    editorDelete(answered.model(), old);
    const r = answered.sync(def(SCHOOL, NAME));
    expect(r).toMatchObject({ created: 1, deleted: 0 });
    expect(r.notes).toEqual([expect.stringContaining('câu hỏi “Tên mô hình” đã bị xóa trong Google Forms nên công cụ đã tạo lại câu hỏi này')]);
    expect(r.notes[0]).toContain('vẫn nằm ở cột cũ cùng tên');
    expect(r.notes[0]).toContain('đường liên kết để sửa một phiếu đã gửi trước đó');
    expect(r.pins['T:Tên mô hình']).toBe(answered.model().itemByTitle('Tên mô hình')!.id);
    expect(answered.sync(def(SCHOOL, NAME)).notes).toEqual([]);
    // Without responses nothing was answered: made again without a word.
    const fresh = synced(def(SCHOOL, NAME));
    editorDelete(fresh.model(), fresh.model().itemByTitle('Tên mô hình')!.id);
    expect(fresh.sync(def(SCHOOL, NAME))).toMatchObject({ created: 1, notes: [] });
  });

  it("the office's own question under a tool question's title: kept, and the office is asked to rename it (every run until it does)", () => {
    const { emu, sync, model, formId } = synced(def(SCHOOL, NAME));
    const own = emu.forms.editorAdd(formId(), { type: 'TEXT', title: 'Tên mô hình', at: 2 });
    const ask = expect.stringContaining('có một câu hỏi tự thêm (không do công cụ tạo) trùng tên “Tên mô hình”');
    expect(sync(def(SCHOOL, NAME))).toMatchObject({ created: 0, deleted: 0, notes: [ask] });
    expect(model().item(own)?.title).toBe('Tên mô hình');
    expect(sync(def(SCHOOL, NAME)).notes).toEqual([ask]);
    emu.forms.editorEdit(formId(), own, { title: 'Ghi chú của phòng' });
    expect(sync(def(SCHOOL, NAME)).notes).toEqual([]);
  });

  it('the pins are kept in a script property for that form only; another form ignores them', () => {
    const emu = createEmulator({ modelLatency: false });
    const stored = withGlobals(emu, ['FormApp', 'PropertiesService'], () => {
      const form = emu.globals.FormApp.create('Phiếu');
      const r = syncPinnedForm(form, def(SCHOOL, NAME), 'registrationFormItems');
      return { id: form.getId(), pins: r.pins };
    });
    expect(JSON.parse(emu.properties.script.get('form.registration.items')!)).toEqual({ form: stored.id, items: stored.pins });
    // Another form (the old one was really gone and made again) with an item of the same id: not taken for the question.
    const other = emu.forms.create('Phiếu khác');
    other.items.push({ ...emu.forms.byId(stored.id)!.items[0], id: stored.pins['Q.school'], title: 'Câu hỏi của phòng' });
    const r = withGlobals(emu, ['FormApp', 'PropertiesService'], () => syncPinnedForm(emu.globals.FormApp.openById(other.id), def(SCHOOL, NAME), 'registrationFormItems'));
    expect(r).toMatchObject({ restored: 0, created: 2 });
    expect(other.items.map((i) => i.title)).toEqual([Q.school, 'Tên mô hình', 'Câu hỏi của phòng']);
    expect(JSON.parse(emu.properties.script.get('form.registration.items')!).form).toBe(other.id);
  });

  it('the office follows the advice of a question added again (deletes it, gives the old one its title back): the next sync says nothing untrue', () => {
    const emu = createEmulator({ modelLatency: false });
    const form = emu.forms.create('Phiếu');
    const def = (): FormDefinition => ({
      title: 'Phiếu',
      description: '',
      collectEmail: true,
      pages: [{ id: 'P1', title: '', next: 'SUBMIT', items: [{ kind: 'list', title: Q.school, required: true, choices: ['Trường A'] }, { kind: 'text', title: 'Tên mô hình', required: true }] }],
    });
    const run = (pins: ItemPins = {}) => withGlobals(emu, ['FormApp'], () => syncForm(emu.globals.FormApp.openById(form.id), def(), pins));
    run();
    emu.forms.submitAsUser(form.id, { [Q.school]: 'Trường A', 'Tên mô hình': 'Thư viện xanh' }, { email: 'a@x.vn' });
    const old = form.itemByTitle('Tên mô hình')!.id;
    emu.forms.editorEdit(form.id, old, { title: 'Tên mô hình (ghi rõ)' });
    const first = run();
    expect(first.created).toBe(1);
    const added = form.items.find((i) => i.title === 'Tên mô hình')!.id;
    form.items.splice(form.items.findIndex((i) => i.id === added), 1);
    emu.forms.editorEdit(form.id, old, { title: 'Tên mô hình' });
    const second = run(first.pins);
    expect(second.created).toBe(0);
    expect(second.notes).toEqual([]);
    expect(Object.values(second.pins)).toContain(old);
  });
});

// The help texts and required flags a live registration form was given before the form review (December 2026): the
// organisation grids optional, the role questions' help saying only "Dành cho …", the summary's help ending in a threat.
const BEFORE_REVIEW = {
  orgHelp: 'Nếu đơn vị không có tổ chức này, chọn “Không có tổ chức này”.',
  managerHelp: 'Dành cho cán bộ quản lý, đảng viên và người đứng đầu cơ quan, đơn vị.',
  staffHelp: 'Dành cho giáo viên, nhân viên, người lao động và công chức, viên chức của cơ quan quản lý giáo dục.',
  summaryHelp:
    'Cần có để lập báo cáo thành tích đề nghị khen thưởng (phần “Kết quả thực hiện”): nêu kết quả thực hiện mô hình, cách làm hay, số liệu cụ thể; khoảng 100–300 chữ. Thiếu phần này thì báo cáo thành tích không được tạo.',
};

describe('the birth year on the form (review "forms" #7)', () => {
  it('is asked as a number from 1900 to this year: the phone refuses "15/03/1985" at once; a form made before gets the rule at the next Thiết lập', () => {
    const { emu, bundle, formId } = officeAfterSetup();
    const form = emu.forms.byId(formId)!;
    const year = new Date(emu.clock.now()).getFullYear();
    expect(form.itemByTitle(Q.birthYear)!.validation).toEqual({ kind: 'numberBetween', min: 1900, max: year, helpText: FORM_TEXT.invalidBirthYear });
    const teacher = { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[0].name };
    for (const typed of ['15/03/1985', 'năm 1985', '1850', String(year + 1)]) {
      expect(() => emu.forms.submitAsUser(formId, { ...teacher, [Q.birthYear]: typed }, { email: SCHOOLS[0].emails[0] }), typed).toThrow(FORM_TEXT.invalidBirthYear);
    }
    expect(form.responses).toHaveLength(0);
    emu.forms.submitAsUser(formId, { ...teacher, [Q.birthYear]: '1985' }, { email: SCHOOLS[0].emails[0] });
    // A stray full stop passes the form's number rule: it is read as the year (review diff23 #5).
    emu.clock.advance(60_000);
    emu.forms.submitAsUser(formId, { ...teacher, [Q.individualName]: 'Trần Văn Bình', [Q.birthYear]: '1986.' }, { email: SCHOOLS[0].emails[0] });
    expect(form.responses).toHaveLength(2);
    // A form an earlier version made has no rule: the next Thiết lập gives it one, on the same item.
    const id = form.itemByTitle(Q.birthYear)!.id;
    delete form.itemByTitle(Q.birthYear)!.validation;
    emu.clock.advance(60_000);
    bundle.call('setup', undefined, { kind: 'menu' });
    expect(form.itemByTitle(Q.birthYear)).toMatchObject({ id, validation: { min: 1900, max: year } });
    // What the form accepts is read as a birth year: no finding names the question.
    const results = emu.spreadsheets.values('Kết quả kiểm tra').slice(1);
    expect(results).toHaveLength(2);
    expect(results.map((r) => r.join(' ')).join('\n')).not.toContain(Q.birthYear);
  });
});

describe('Thiết lập run again on a live registration form (through the bundle)', () => {
  it('gives the changed help texts and required flags to the same items, and keeps every answer and the response tab', () => {
    const { emu, bundle, formId } = officeAfterSetup();
    const form = emu.forms.byId(formId)!;
    const org = [Q.partyRatings, Q.unionRatings, Q.youthRatings];
    const roleQuestions = ['CN-08-NEU-GUONG', 'CN-11-SUY-TON', 'CN-12-CAP-UY'].map((id) => SELF_DECLARED[id].question);
    // The form as the earlier version left it.
    for (const t of org) Object.assign(form.itemByTitle(t)!, { required: false, helpText: BEFORE_REVIEW.orgHelp });
    form.itemByTitle(roleQuestions[0])!.helpText = BEFORE_REVIEW.managerHelp;
    for (const t of roleQuestions.slice(1)) form.itemByTitle(t)!.helpText = BEFORE_REVIEW.staffHelp;
    form.itemByTitle(Q.summary)!.helpText = BEFORE_REVIEW.summaryHelp;
    // A school answered it then, leaving the youth union grid blank (it was optional).
    const blankYouth: FormAnswers = { ...collectiveAnswers(), [Q.school]: SCHOOLS[0].name };
    delete blankYouth[Q.youthRatings];
    emu.forms.submitAsUser(formId, blankYouth, { email: SCHOOLS[0].emails[0] });
    emu.clock.advance(60_000);
    emu.forms.submitAsUser(formId, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[1].name }, { email: SCHOOLS[1].emails[0] });
    const ids = form.items.map((i) => i.id);
    const answers = form.responses.map((r) => new Map(r.answers));
    const tab = emu.spreadsheets.values('Phiếu đăng ký').map((r) => [...r]);

    emu.clock.advance(60_000);
    bundle.call('setup', undefined, { kind: 'menu' });
    expect(emu.runtime.executions.every((x) => !x.error)).toBe(true);

    // The same items (same columns, same answers), now with the new texts and flags.
    expect(form.items.map((i) => i.id)).toEqual(ids);
    for (const t of org) expect(form.itemByTitle(t), t).toMatchObject({ required: true, helpText: FORM_TEXT.helpOrgRatings });
    for (const [i, id] of ['CN-08-NEU-GUONG', 'CN-11-SUY-TON', 'CN-12-CAP-UY'].entries()) {
      // As the form of an office whose "Đơn vị" has no row of its own prints it (without the office's role: d78 F2).
      const help = SELF_DECLARED[id].help;
      expect(form.itemByTitle(roleQuestions[i])!.helpText, id).toBe(typeof help === 'function' ? help(false) : help);
      expect(form.itemByTitle(roleQuestions[i])!.helpText, id).toMatch(/^Bắt buộc đối với /);
    }
    expect(form.itemByTitle(Q.summary)).toMatchObject({ required: true, helpText: FORM_TEXT.helpSummary });
    expect(form.responses.map((r) => new Map(r.answers))).toEqual(answers);
    expect(emu.spreadsheets.values('Phiếu đăng ký')).toEqual(tab);

    // From now on a whole unit cannot send the grid blank: Forms asks for it.
    emu.clock.advance(60_000);
    expect(() => emu.forms.submitAsUser(formId, { ...blankYouth, [Q.school]: SCHOOLS[2].name }, { email: SCHOOLS[2].emails[0] })).toThrow(
      `the required question "${Q.youthRatings}" has no answer`,
    );
    // A part of a unit skips the unit's page: its grids are not asked.
    emu.forms.submitAsUser(formId, { ...subUnitAnswers(), [Q.school]: SCHOOLS[2].name }, { email: SCHOOLS[2].emails[0] });
    expect(form.responses).toHaveLength(3);
  });
});
