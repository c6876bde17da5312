import { describe, expect, it } from 'vitest';
import { CHECKBOX_SEPARATOR, EMAIL_HEADER, TIMESTAMP_HEADER } from '../../emulator/index.js';
import { withScript } from './helpers.js';

const SCRIPT = `
  function setup() {
    var ss = SpreadsheetApp.getActiveSpreadsheet();
    var form = FormApp.create('Đăng ký').setTitle('Đăng ký');
    form.setCollectEmail(true).setAllowResponseEdits(true).setConfirmationMessage('Cảm ơn');
    form.addTextItem().setTitle('Mã trường').setRequired(true);
    form.addListItem().setTitle('Trường').setChoiceValues(['Trường A', 'Trường B']).setRequired(true);
    form.addCheckboxItem().setTitle('Phong trào').setChoiceValues(['Xanh', 'Sạch', 'Đẹp']);
    form.addGridItem().setTitle('Xếp loại').setRows(['2023', '2024']).setColumns(['Tốt', 'Khá']);
    form.addParagraphTextItem().setTitle('Ghi chú');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    ScriptApp.newTrigger('onSheetSubmit').forSpreadsheet(ss).onFormSubmit().create();
    ScriptApp.newTrigger('onFormBoundSubmit').forForm(form).onFormSubmit().create();
    PropertiesService.getScriptProperties().setProperty('FORM_ID', form.getId());
    return form.getId();
  }
  function onSheetSubmit(e) {
    var keys = Object.keys(e).sort();
    Logger.log(JSON.stringify({ keys: keys, values: e.values, named: e.namedValues, a1: e.range.getA1Notation(), sheet: e.range.getSheet().getName(), auth: String(e.authMode) }));
  }
  function onFormBoundSubmit(e) {
    Logger.log(JSON.stringify({ keys: Object.keys(e).sort(), email: e.response.getRespondentEmail(), n: e.response.getItemResponses().length, src: e.source.getTitle() }));
  }
  function requireGrid() {
    FormApp.openById(PropertiesService.getScriptProperties().getProperty('FORM_ID')).getItems()[3].asGridItem().setRequired(true);
  }
  function scriptSubmit() {
    var form = FormApp.openById(PropertiesService.getScriptProperties().getProperty('FORM_ID'));
    var items = form.getItems();
    var r = form.createResponse()
      .withItemResponse(items[0].asTextItem().createResponse('99'))
      .withItemResponse(items[1].asListItem().createResponse('Trường B'))
      .submit();
    return r.getId().length > 0;
  }
  function evolve() {
    var form = FormApp.openById(PropertiesService.getScriptProperties().getProperty('FORM_ID'));
    var items = form.getItems();
    items[0].setTitle('Mã đơn vị');
    items[1].asListItem().setChoiceValues(['Trường A', 'Trường B', 'Trường C']);
    form.moveItem(4, 0);
    form.addTextItem().setTitle('Hiệu trưởng');
    return form.getItems().map(function (i) { return i.getTitle() + ':' + i.getType(); });
  }
  function requireCode(clear) {
    var item = FormApp.openById(PropertiesService.getScriptProperties().getProperty('FORM_ID')).getItems()[0].asTextItem();
    if (clear) return item.clearValidation().getTitle();
    item.setValidation(FormApp.createTextValidation().setHelpText('Ghi số từ 1 đến 99.').requireNumberBetween(1, 99).build());
    return item.getTitle();
  }
  function validationWithoutRequirement() {
    FormApp.createTextValidation().setHelpText('Ghi số.').build();
  }
  function wrongCast() {
    var form = FormApp.openById(PropertiesService.getScriptProperties().getProperty('FORM_ID'));
    form.getItems()[0].asListItem();
  }
`;

function setupForm() {
  const ctx = withScript(SCRIPT);
  const formId = ctx.call('setup') as string;
  const form = ctx.emu.forms.byId(formId)!;
  return { ...ctx, formId, form };
}

const ANSWERS = {
  'Mã trường': '07',
  Trường: 'Trường A',
  'Phong trào': ['Đẹp', 'Xanh'],
  'Xếp loại': { '2023': 'Tốt', '2024': 'Khá' },
  'Ghi chú': '=IMPORTXML("http://evil","//a")',
};

describe('FormApp and the response tab', () => {
  it('a submission writes the row as Forms does and fires the sheet trigger with the documented event (no source)', () => {
    const { emu, formId, form } = setupForm();
    const at = new Date(Date.UTC(2025, 8, 2, 3, 4, 5));
    const res = emu.forms.submitAsUser(formId, ANSWERS, { email: 'ht.a@truong.example.vn', at });
    expect(res.row).toBe(2);
    const file = emu.spreadsheets.active;
    expect(file.sheets[0].name).toBe('Câu trả lời biểu mẫu 1');
    expect(file.sheets[0].frozenRows).toBe(1);
    const rows = emu.responseRows(form);
    expect(rows[0]).toEqual([TIMESTAMP_HEADER, EMAIL_HEADER, 'Mã trường', 'Trường', 'Phong trào', 'Xếp loại [2023]', 'Xếp loại [2024]', 'Ghi chú']);
    expect(rows[1]).toEqual([at, 'ht.a@truong.example.vn', 7, 'Trường A', ['Xanh', 'Đẹp'].join(CHECKBOX_SEPARATOR), 'Tốt', 'Khá', '=IMPORTXML("http://evil","//a")']);
    expect(file.sheets[0].cell(2, 8)?.formula).toBeUndefined();

    const logs = emu.logs.entries.map((e) => JSON.parse(e.message));
    expect(logs[0]).toEqual({
      keys: ['authMode', 'namedValues', 'range', 'triggerUid', 'values'],
      values: ['02/09/2025 10:04:05', 'ht.a@truong.example.vn', '7', 'Trường A', 'Xanh, Đẹp', 'Tốt', 'Khá', '=IMPORTXML("http://evil","//a")'],
      named: {
        [TIMESTAMP_HEADER]: ['02/09/2025 10:04:05'],
        [EMAIL_HEADER]: ['ht.a@truong.example.vn'],
        'Mã trường': ['7'],
        Trường: ['Trường A'],
        'Phong trào': ['Xanh, Đẹp'],
        'Xếp loại [2023]': ['Tốt'],
        'Xếp loại [2024]': ['Khá'],
        'Ghi chú': ['=IMPORTXML("http://evil","//a")'],
      },
      a1: 'A2:H2',
      sheet: 'Câu trả lời biểu mẫu 1',
      auth: 'FULL',
    });
    expect(logs[1]).toEqual({ keys: ['authMode', 'response', 'source', 'triggerUid'], email: 'ht.a@truong.example.vn', n: 5, src: 'Đăng ký' });
    expect(emu.runtime.executions.filter((e) => e.kind === 'trigger')).toHaveLength(2);
  });

  it('an edit rewrites the same row and fires again (event: changed answers only, by default)', () => {
    const { emu, formId, form } = setupForm();
    const first = emu.forms.submitAsUser(formId, ANSWERS, { email: 'a@x.vn' });
    emu.forms.submitAsUser(formId, { 'Mã trường': '08', Trường: 'Trường B' }, { email: 'b@x.vn' });
    emu.clock.advance(60_000);
    const again = emu.forms.submitAsUser(formId, { Trường: 'Trường B' }, { email: 'a@x.vn', editResponseId: first.responseId });
    expect(again.row).toBe(2);
    expect(again.responseId).toBe(first.responseId);
    const rows = emu.responseRows(form);
    expect(rows).toHaveLength(3);
    expect(rows[1].slice(2, 4)).toEqual([7, 'Trường B']);
    expect(form.responses).toHaveLength(2);
    const last = JSON.parse(emu.logs.entries.at(-2)!.message);
    expect(last.a1).toBe('A2:H2');
    expect(last.values.slice(2)).toEqual(['', 'Trường B', '', '', '', '']);
    expect(emu.triggers.runs).toHaveLength(6);
  });

  it('validates answers like the form UI: unknown question, choice not offered, required missing', () => {
    const { emu, formId } = setupForm();
    expect(() => emu.forms.submitAsUser(formId, { ...ANSWERS, 'Không có': 'x' }, { email: 'a@x.vn' })).toThrow('the form has no question "Không có"');
    expect(() => emu.forms.submitAsUser(formId, { ...ANSWERS, Trường: 'Trường Z' }, { email: 'a@x.vn' })).toThrow('"Trường Z" is not a choice of "Trường"');
    expect(() => emu.forms.submitAsUser(formId, { ...ANSWERS, 'Phong trào': ['Xanh', 'Tím'] }, { email: 'a@x.vn' })).toThrow('"Tím" is not a choice');
    expect(() => emu.forms.submitAsUser(formId, { Trường: 'Trường A' }, { email: 'a@x.vn' })).toThrow('the required question "Mã trường" has no answer');
    expect(() => emu.forms.submitAsUser(formId, ANSWERS)).toThrow('collects e-mail addresses');
    expect(emu.triggers.runs).toHaveLength(0);
  });

  it('a required grid wants a choice in every row, as the form UI does; an optional one takes rows left blank', () => {
    const { emu, formId, call } = setupForm();
    const oneRow = { ...ANSWERS, 'Xếp loại': { '2023': 'Tốt' } };
    expect(emu.forms.submitAsUser(formId, oneRow, { email: 'a@x.vn' }).row).toBe(2);
    call('requireGrid');
    expect(() => emu.forms.submitAsUser(formId, oneRow, { email: 'b@x.vn' })).toThrow('the required question "Xếp loại" has no answer');
    expect(emu.forms.submitAsUser(formId, ANSWERS, { email: 'b@x.vn' }).row).toBe(3);
  });

  it("a text item's number validation refuses other answers on the respondent's page, as the form UI does", () => {
    const { emu, formId, form, call } = setupForm();
    // Sent before the rule: kept as it is.
    const before = emu.forms.submitAsUser(formId, { ...ANSWERS, 'Mã trường': 'số 7' }, { email: 'z@x.vn' }).responseId;
    const runs = emu.triggers.runs.length;
    expect(call('requireCode', false)).toBe('Mã trường');
    for (const bad of ['0', '100', 'số 7', '07/08', '1,5']) {
      expect(() => emu.forms.submitAsUser(formId, { ...ANSWERS, 'Mã trường': bad }, { email: 'a@x.vn' }), bad).toThrow('refused by the validation of "Mã trường": Ghi số từ 1 đến 99.');
    }
    expect(form.responses).toHaveLength(1);
    expect(emu.triggers.runs).toHaveLength(runs);
    // Within the range, bounds included, with spaces around: accepted.
    for (const [i, ok] of ['1', ' 99 ', '42.0'].entries()) emu.forms.submitAsUser(formId, { ...ANSWERS, 'Mã trường': ok }, { email: `a${i}@x.vn` });
    expect(form.responses).toHaveLength(4);
    // An edit is refused the same way, and changes nothing.
    const first = form.responses[1].id;
    expect(() => emu.forms.submitAsUser(formId, { 'Mã trường': '123' }, { email: 'a0@x.vn', editResponseId: first })).toThrow('refused by the validation');
    expect([...form.responses[1].answers.values()][0]).toBe('1');
    // The edit page of the response sent before the rule shows its answer: the edit is refused until it is corrected.
    expect(() => emu.forms.submitAsUser(formId, { Trường: 'Trường B' }, { email: 'z@x.vn', editResponseId: before })).toThrow('"số 7" is refused by the validation');
    expect([...form.responses[0].answers.values()].slice(0, 2)).toEqual(['số 7', 'Trường A']);
    emu.forms.submitAsUser(formId, { 'Mã trường': '7', Trường: 'Trường B' }, { email: 'z@x.vn', editResponseId: before });
    expect([...form.responses[0].answers.values()].slice(0, 2)).toEqual(['7', 'Trường B']);
    // Cleared: anything goes again.
    call('requireCode', true);
    emu.forms.submitAsUser(formId, { ...ANSWERS, 'Mã trường': 'số 7' }, { email: 'b@x.vn' });
    expect(form.responses).toHaveLength(5);
    // A validation must require something.
    expect(() => call('validationWithoutRequirement')).toThrow('Invalid argument');
  });

  it("a script's FormResponse.submit() writes the row but fires no trigger", () => {
    const { emu, form, call } = setupForm();
    expect(call('scriptSubmit')).toBe(true);
    expect(emu.responseRows(form)[1].slice(2, 4)).toEqual([99, 'Trường B']);
    expect(emu.triggers.runs).toHaveLength(0);
    expect(emu.runtime.count('FormResponse.submit')).toBe(1);
  });

  it('a renamed question keeps its header; a new question gets a new column at the end; choices are replaced', () => {
    const { emu, formId, form, call } = setupForm();
    expect(call('evolve')).toEqual(['Ghi chú:PARAGRAPH_TEXT', 'Mã đơn vị:TEXT', 'Trường:LIST', 'Phong trào:CHECKBOX', 'Xếp loại:GRID', 'Hiệu trưởng:TEXT']);
    emu.forms.submitAsUser(formId, { 'Mã đơn vị': '09', Trường: 'Trường C', 'Hiệu trưởng': 'Nguyễn Văn Mẫu' }, { email: 'c@x.vn' });
    const rows = emu.responseRows(form);
    expect(rows[0]).toEqual([TIMESTAMP_HEADER, EMAIL_HEADER, 'Mã trường', 'Trường', 'Phong trào', 'Xếp loại [2023]', 'Xếp loại [2024]', 'Ghi chú', 'Hiệu trưởng']);
    expect(rows[1].slice(2)).toEqual([9, 'Trường C', '', '', '', '', 'Nguyễn Văn Mẫu']);
  });

  it('with renameUpdatesHeader, a renamed question\'s header follows its title at once (script or editor)', () => {
    const ctx = withScript(SCRIPT, { renameUpdatesHeader: true });
    const formId = ctx.call('setup') as string;
    const form = ctx.emu.forms.byId(formId)!;
    ctx.call('evolve');
    expect(ctx.emu.responseRows(form)[0].slice(2, 4)).toEqual(['Mã đơn vị', 'Trường']);
    ctx.emu.forms.editorEdit(formId, form.itemByTitle('Trường')!.id, { title: 'Trường học' });
    expect(ctx.emu.responseRows(form)[0].slice(2, 4)).toEqual(['Mã đơn vị', 'Trường học']);
  });

  it('deleting an item deletes its answers from the responses, not its column; an editor type change keeps both', () => {
    const { emu, formId, form } = setupForm();
    emu.forms.submitAsUser(formId, ANSWERS, { email: 'a@x.vn' });
    const list = form.itemByTitle('Trường')!;
    emu.forms.editorEdit(formId, list.id, { type: 'MULTIPLE_CHOICE' });
    expect(form.item(list.id)?.type).toBe('MULTIPLE_CHOICE');
    expect(form.item(list.id)?.choices.map((c) => c.value)).toEqual(['Trường A', 'Trường B']);
    expect(form.responses[0].answers.get(list.id)).toBe('Trường A');
    const text = form.itemByTitle('Mã trường')!;
    emu.runtime.execute(() => emu.globals.FormApp.openById(formId).deleteItem(0));
    expect(form.item(text.id)).toBeUndefined();
    expect(form.responses[0].answers.has(text.id)).toBe(false);
    expect(emu.responseRows(form)[0][2]).toBe('Mã trường');
    expect(emu.responseRows(form)[1][2]).toBe(7);
  });

  it('item casts are strict and a sheet-bound script has no active form', () => {
    const { call, emu } = setupForm();
    expect(() => call('wrongCast')).toThrow('Invalid conversion for item type: TEXT.');
    expect(emu.globals.FormApp.getActiveForm()).toBeNull();
  });

  it('a duplicate blank event can be fired for robustness tests', () => {
    const { emu, formId } = setupForm();
    emu.forms.submitAsUser(formId, ANSWERS, { email: 'a@x.vn' });
    emu.forms.fireBlankEvent(formId);
    const last = JSON.parse(emu.logs.entries.at(-1)!.message);
    expect(last.values.every((v: string) => v === '')).toBe(true);
  });

  it('submissions interleaved into a running execution each run as their own trigger execution', () => {
    const { emu, formId, call } = setupForm();
    emu.runtime.interleave(() => emu.forms.submitAsUser(formId, { 'Mã trường': '01', Trường: 'Trường A' }, { email: 'a@x.vn' }));
    emu.runtime.interleave(() => emu.forms.submitAsUser(formId, { 'Mã trường': '02', Trường: 'Trường B' }, { email: 'b@x.vn' }));
    call('scriptSubmit');
    expect(emu.runtime.pendingInterleaves).toBe(0);
    const triggerExecs = emu.runtime.executions.filter((e) => e.kind === 'trigger');
    expect(triggerExecs).toHaveLength(4);
    expect(triggerExecs.every((e) => e.parentId !== undefined)).toBe(true);
  });
});

describe('FormApp page branching', () => {
  it('requires only the questions on the pages the answers lead to, and drops answers on skipped pages', () => {
    const { emu, call } = withScript(`
      function build() {
        var form = FormApp.create('Nhánh');
        form.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActiveSpreadsheet().getId());
        var kind = form.addMultipleChoiceItem().setTitle('Loại').setRequired(true);
        var p2 = form.addPageBreakItem().setTitle('A');
        form.addTextItem().setTitle('Chỉ A').setRequired(true);
        var p3 = form.addPageBreakItem().setTitle('B');
        form.addTextItem().setTitle('Chỉ B').setRequired(true);
        p3.setGoToPage(FormApp.PageNavigationType.SUBMIT);
        kind.setChoices([kind.createChoice('a', p2), kind.createChoice('b', p3)]);
        return form.getId();
      }`);
    const id = call('build') as string;
    expect(() => emu.forms.submitAsUser(id, { 'Loại': 'a' })).toThrow(/Chỉ A/);
    emu.forms.submitAsUser(id, { 'Loại': 'a', 'Chỉ A': 'x', 'Chỉ B': 'bỏ qua' });
    emu.forms.submitAsUser(id, { 'Loại': 'b', 'Chỉ B': 'y' });
    const rows = emu.responseRows(emu.forms.byId(id)!);
    const header = rows[0] as string[];
    expect(rows[1][header.indexOf('Chỉ B')]).toBe('');
    expect(rows[2][header.indexOf('Chỉ A')]).toBe('');
    expect(rows[2][header.indexOf('Chỉ B')]).toBe('y');
  });
});

describe('FormApp publishing (forms created after 30/06/2026 start unpublished)', () => {
  const SCRIPT = `
    function build() {
      var form = FormApp.create('Đăng ký');
      form.addTextItem().setTitle('Mã trường').setRequired(true);
      form.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActiveSpreadsheet().getId());
      return form.getId();
    }
    function state(id) {
      var form = FormApp.openById(id);
      return [form.isPublished(), form.isAcceptingResponses()];
    }
    function publish(id) {
      var form = FormApp.openById(id);
      return form.setPublished(true).getId() === id;
    }
    function tryPublish(id) {
      try { FormApp.openById(id).setPublished(true); return 'ok'; } catch (e) { return 'threw'; }
    }
    function tryIsPublished(id) {
      try { return String(FormApp.openById(id).isPublished()); } catch (e) { return 'threw'; }
    }`;

  it('a form created on 30/06/2026 is published and takes responses', () => {
    const { emu, call } = withScript(SCRIPT, { now: new Date('2026-06-30T16:00:00Z') });
    const id = call('build') as string;
    expect(call('state', id)).toEqual([true, true]);
    expect(emu.forms.submitAsUser(id, { 'Mã trường': '01' }).row).toBe(2);
  });

  it('a form created after 30/06/2026 starts unpublished: a submission throws and records nothing, until setPublished(true)', () => {
    const { emu, call } = withScript(SCRIPT, { now: new Date('2026-07-01T02:00:00Z') });
    const id = call('build') as string;
    expect(call('state', id)).toEqual([false, false]);
    const f = emu.forms.byId(id)!;
    expect(() => emu.forms.submitAsUser(id, { 'Mã trường': '01' })).toThrow('is not published');
    expect(f.responses).toHaveLength(0);
    expect(emu.responseRows(f)).toHaveLength(1);
    // "Publish the form. This also enables accepting responses."
    expect(call('publish', id)).toBe(true);
    expect(emu.calls.get('Form.setPublished')).toBe(1);
    expect(call('state', id)).toEqual([true, true]);
    expect(emu.forms.submitAsUser(id, { 'Mã trường': '01' }).row).toBe(2);
    // Unpublished again in the editor: closed to responders again.
    emu.forms.editorUnpublish(id);
    expect(() => emu.forms.submitAsUser(id, { 'Mã trường': '02' })).toThrow('is not published');
    expect(f.responses).toHaveLength(1);
  });

  it('a legacy form (no publish settings) takes responses; isPublished and setPublished throw', () => {
    const { emu, call } = withScript(SCRIPT, { now: new Date('2026-07-01T02:00:00Z') });
    const id = call('build') as string;
    emu.forms.makeLegacy(id);
    expect(call('tryIsPublished', id)).toBe('threw');
    expect(call('tryPublish', id)).toBe('threw');
    expect(emu.forms.submitAsUser(id, { 'Mã trường': '01' }).row).toBe(2);
  });

  it('publishing refused: setPublished(true) throws and the form stays closed', () => {
    const { emu, call } = withScript(SCRIPT, { now: new Date('2026-07-01T02:00:00Z') });
    const id = call('build') as string;
    emu.forms.refusePublishing(id);
    expect(call('tryPublish', id)).toBe('threw');
    expect(call('tryIsPublished', id)).toBe('false');
    expect(() => emu.forms.submitAsUser(id, { 'Mã trường': '01' })).toThrow('is not published');
  });
});

describe('FormApp closing (a published form that takes no responses)', () => {
  const SCRIPT = `
    function build() {
      var form = FormApp.create('Đăng ký');
      form.addTextItem().setTitle('Mã trường').setRequired(true);
      form.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActiveSpreadsheet().getId());
      form.setPublished(true);
      return form.getId();
    }
    function close(id) {
      var form = FormApp.openById(id);
      var before = form.getCustomClosedFormMessage();
      form.setCustomClosedFormMessage('Đã kết thúc').setAcceptingResponses(false);
      return [before, form.getCustomClosedFormMessage(), form.isPublished(), form.isAcceptingResponses()];
    }
    function reopen(id) {
      try { FormApp.openById(id).setAcceptingResponses(true); return 'ok'; } catch (e) { return 'threw'; }
    }`;

  it('setAcceptingResponses(false) keeps it published and shows the custom message; a respondent cannot submit nor edit', () => {
    const { emu, call } = withScript(SCRIPT, { now: new Date('2026-12-05T02:00:00Z') });
    const id = call('build') as string;
    const sent = emu.forms.submitAsUser(id, { 'Mã trường': '01' });
    expect(call('close', id)).toEqual(['', 'Đã kết thúc', true, false]);
    expect(() => emu.forms.submitAsUser(id, { 'Mã trường': '02' })).toThrow('Đã kết thúc');
    expect(() => emu.forms.submitAsUser(id, { 'Mã trường': '03' }, { editResponseId: sent.responseId })).toThrow('not accepting');
    expect(emu.forms.byId(id)!.responses).toHaveLength(1);
    expect(call('reopen', id)).toBe('ok');
    expect(emu.forms.submitAsUser(id, { 'Mã trường': '02' }).row).toBe(3);
  });

  it('setAcceptingResponses(true) on an unpublished form throws (REST: not supported); the office switch in the editor closes it', () => {
    const { emu, call } = withScript(SCRIPT, { now: new Date('2026-12-05T02:00:00Z') });
    const id = call('build') as string;
    emu.forms.editorSetAccepting(id, false);
    expect(() => emu.forms.submitAsUser(id, { 'Mã trường': '01' })).toThrow('not accepting');
    emu.forms.editorUnpublish(id);
    expect(call('reopen', id)).toBe('threw');
  });
});
