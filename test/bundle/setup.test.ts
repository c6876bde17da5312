// "Thiết lập" through the bundle: idempotent, and it follows the directory.
import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../src/core/text';
import { Q, SELF_DECLARED } from '../../src/core/registration-form';
import { OTHER_ACCOUNT, RESULTS_HEADER, configLabel } from '../../src/core/messages';
import { typeIntoTab } from '../../scripts/season';
import { SCHOOLS, collectiveAnswers, directoryRows, officeAfterSetup } from './helpers';

function count<T>(list: T[], pred: (x: T) => boolean): number {
  return list.filter(pred).length;
}

describe('setup', () => {
  it('run three times leaves one form of each kind, one trigger of each kind and one of each tab', () => {
    const { emu, bundle } = officeAfterSetup();
    const uids = () => emu.triggers.of().map((t) => t.uid).sort();
    const first = uids();
    bundle.call('setup', undefined, { kind: 'menu' });
    bundle.call('setup', undefined, { kind: 'menu' });
    // The same triggers, kept (not deleted and made again): their event types compared as Apps Script's enum values.
    expect(uids()).toEqual(first);
    const titles = [...emu.forms.forms.values()].map((f) => f.title);
    expect(titles).toHaveLength(2);
    expect(count(titles, (t) => t.startsWith('Đăng ký'))).toBe(1);
    expect(count(titles, (t) => t.startsWith('Báo cáo'))).toBe(1);
    const triggers = emu.triggers.of();
    expect(triggers.map((t) => `${t.handler}:${t.eventType}`).sort()).toEqual([
      'onFormSubmit:ON_FORM_SUBMIT',
      'rebuildSummaries:CLOCK',
      'sendReminders:CLOCK',
      'sendWeeklyDigest:CLOCK',
    ]);
    const names = emu.spreadsheets.sheetNames();
    expect(new Set(names).size).toBe(names.length);
    for (const tab of ['Hướng dẫn', 'Cấu hình', 'Đơn vị', 'Tiêu chí', 'Phiếu đăng ký', 'Phiếu báo cáo', 'Kết quả kiểm tra', 'Tình trạng']) {
      expect(names).toContain(tab);
    }
    expect(emu.runtime.executions.every((x) => !x.error)).toBe(true);
  });

  it("run again after an update, adds to Cấu hình the settings it lacks, below the office's rows, touching none of them", () => {
    const { emu, bundle } = officeAfterSetup();
    const before = emu.spreadsheets.values('Cấu hình').map((r) => [...r]);
    // A tab made by an earlier version: without the competence basis and the reward; a value of the office's own.
    const gone = [configLabel('legal.competence'), configLabel('awards.reward')];
    const name = before.findIndex((r) => r[0] === configLabel('organisation.name'));
    const older = before.filter((r) => !gone.includes(String(r[0])));
    older[older.findIndex((r) => r[0] === configLabel('organisation.name'))][1] = 'Phòng GD&ĐT của văn phòng';
    // Typed over the tab, the rows below it blanked.
    typeIntoTab(emu, 'Cấu hình', [...older, ...gone.map(() => ['', '', ''])]);
    bundle.call('setup', undefined, { kind: 'menu' });
    const after = emu.spreadsheets.values('Cấu hình');
    expect(name).toBeGreaterThan(0);
    // The office's rows as they were, then the two settings, with their default (empty) value and explanation.
    expect(after.slice(0, older.length)).toEqual(older);
    const added = after.slice(older.length);
    expect(added.map((r) => [r[0], r[1]])).toEqual(gone.map((l) => [l, '']));
    expect(new Set(after.map((r) => r[0])).size).toBe(after.length);
    expect(added.every((r) => String(r[2]).length > 20)).toBe(true);
    // Once there, not added again.
    bundle.call('setup', undefined, { kind: 'menu' });
    expect(emu.spreadsheets.values('Cấu hình')).toEqual(after);
  });

  it('a first run on an empty Sheet creates the office tabs with defaults and asks for the directory', () => {
    const { emu } = officeAfterSetup();
    const first = emu.spreadsheets.ui[0];
    expect(first.message).toContain('chưa có trường nào');
    expect(emu.spreadsheets.values('Cấu hình')[0]).toEqual(['Mục', 'Giá trị', 'Giải thích']);
    expect(emu.spreadsheets.values('Tiêu chí').length).toBeGreaterThan(10);
    // Their explanations, a sentence or a paragraph a row, wrap in their columns; the directory's rows do not.
    for (const tab of ['Cấu hình', 'Tiêu chí']) expect(emu.spreadsheets.sheet(tab)!.cell(2, 3)?.wrap, tab).toBe(true);
    expect(emu.spreadsheets.sheet('Đơn vị')!.cell(2, 2)?.wrap ?? false).toBe(false);
  });

  it('the form collects e-mails, allows edits, and lists the directory in the school dropdown', () => {
    const { emu, formId } = officeAfterSetup();
    const form = emu.forms.byId(formId)!;
    expect(form.collectEmail).toBe(true);
    expect(form.allowEdits).toBe(true);
    const school = form.itemByTitle(Q.school)!;
    expect(school.choices.map((c) => c.value)).toEqual(SCHOOLS.map((s) => s.name));
    expect(form.destination?.fileId).toBe(emu.spreadsheets.active.id);
  });

  it('a registration deadline moved in Cấu hình reaches the form\'s description with the next rebuild, without Thiết lập', () => {
    const { emu, formId, bundle } = officeAfterSetup();
    const form = emu.forms.byId(formId)!;
    const label = 'Mốc: kết thúc đăng ký';
    const rows = emu.spreadsheets.values('Cấu hình').map((r) => [...r]);
    const row = rows.find((r) => r[0] === label)!;
    expect(form.description).toMatch(/Hạn đăng ký: hết ngày \d\d\/\d\d\/\d{4} /);
    expect(form.description).not.toContain('15/05/2023');
    // The same deadline: the rebuild opens no form for it.
    emu.runtime.resetCalls();
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(emu.runtime.count('Form.setDescription')).toBe(0);
    expect(emu.runtime.count('FormApp.openById')).toBe(0);
    row[1] = '15/05/2023';
    typeIntoTab(emu, 'Cấu hình', rows);
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(form.description).toContain('Hạn đăng ký: hết ngày 15/05/2023');
    emu.runtime.resetCalls();
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(emu.runtime.count('Form.setDescription')).toBe(0);
  });

  it("Loại cơ quan switched: Thiết lập shows the new kind's defaults in the rows the office never wrote, keeps the rest", () => {
    const { emu, bundle } = officeAfterSetup();
    const rows = emu.spreadsheets.values('Cấu hình').map((r) => [...r]);
    const at = (label: string) => rows.findIndex((r) => r[0] === label);
    rows[at('Loại cơ quan')][1] = 'UBND xã/phường';
    rows[at('Tên cơ quan')][1] = 'Ủy ban nhân dân xã Suối Ngọc';
    typeIntoTab(emu, 'Cấu hình', rows);
    bundle.call('setup', undefined, { kind: 'menu' });
    const after = emu.spreadsheets.values('Cấu hình');
    const value = (label: string) => after.find((r) => r[0] === label)?.[1];
    expect(value('Tên cơ quan')).toBe('Ủy ban nhân dân xã Suối Ngọc');
    expect(value('Chức vụ người ký')).toBe('Chủ tịch');
    expect(value('Cách gọi cơ quan trong thư')).toBe('Ủy ban');
    expect(after.length).toBe(rows.length);
  });

  it('after a directory change, setup updates the dropdown and keeps the responses already received', () => {
    const { emu, bundle, formId } = officeAfterSetup();
    const a = collectiveAnswers();
    emu.forms.submitAsUser(formId, a, { email: SCHOOLS[0].emails[0] });
    const before = emu.spreadsheets.values('Phiếu đăng ký');
    const added = { code: 'MN09', name: 'Trường Mầm non Sao Mai', level: 'Mầm non', ward: 'Phường Mới', cluster: 'Cụm 1', principal: 'Đỗ Thị Hạnh', emails: ['saomai@example.edu.vn'] };
    typeIntoTab(emu, 'Đơn vị', directoryRows([...SCHOOLS, added]));
    bundle.call('setup', undefined, { kind: 'menu' });
    const form = emu.forms.byId(formId)!;
    expect(form.itemByTitle(Q.school)!.choices.map((c) => c.value)).toContain('Trường Mầm non Sao Mai');
    expect(emu.spreadsheets.values('Phiếu đăng ký')).toEqual(before);
    emu.forms.submitAsUser(formId, { ...a, [Q.school]: 'Trường Mầm non Sao Mai' }, { email: 'saomai@example.edu.vn' });
    const results = emu.spreadsheets.values('Kết quả kiểm tra');
    expect(results).toHaveLength(3);
    expect(results[2][1]).toBe('Trường Mầm non Sao Mai');
  });
});

// What the office does to the form in the Forms editor between two runs of "Thiết lập": the tool's questions are
// found again by the item id it pinned, nothing that holds answers is deleted. Under both assumptions of the emulation
// about a renamed question's column header (kept, or following the title: unverified, see emulator/forms.ts).
const EVIDENCE = SELF_DECLARED['TT-02-DAN-DAU'].evidence!;
const VERDICT = RESULTS_HEADER.indexOf('Kết luận');

function verdicts(emu: ReturnType<typeof officeAfterSetup>['emu']): string[] {
  return emu.spreadsheets.values('Kết quả kiểm tra').slice(1).map((r) => String(r[VERDICT]));
}

for (const renameUpdatesHeader of [false, true]) {
  describe(`setup after the office edited the form (renameUpdatesHeader: ${renameUpdatesHeader})`, () => {
    it('a question renamed in the editor keeps its item, gets its title back, adds no column, and its answers are still read', () => {
      const { emu, bundle, formId } = officeAfterSetup(SCHOOLS, { renameUpdatesHeader });
      const form = emu.forms.byId(formId)!;
      emu.forms.submitAsUser(formId, collectiveAnswers(), { email: SCHOOLS[0].emails[0] });
      expect(verdicts(emu)).toEqual(['Đạt']);
      const item = form.itemByTitle(EVIDENCE)!;
      const header = () => emu.spreadsheets.values('Phiếu đăng ký')[0];
      const before = header();
      emu.forms.editorEdit(formId, item.id, { title: 'Minh chứng dẫn đầu phong trào' });
      bundle.call('setup', undefined, { kind: 'menu' });
      expect(emu.runtime.executions.every((x) => !x.error)).toBe(true);
      // Read after the titles were set back: no "missing column" problem in the alert of this run.
      expect(emu.spreadsheets.ui.at(-1)!.message).not.toContain(EVIDENCE);
      expect(form.itemByTitle(EVIDENCE)?.id).toBe(item.id);
      expect(form.items.filter((i) => i.title === EVIDENCE || i.title === 'Minh chứng dẫn đầu phong trào')).toHaveLength(1);
      // The first registration's answer is still in the form (its edit link still shows it) …
      expect(form.responses[0].answers.get(item.id)).toBe(collectiveAnswers()[EVIDENCE]);
      expect(verdicts(emu)).toEqual(['Đạt']);
      // … and a registration after it is written in the same column: no second column under the same header.
      emu.forms.submitAsUser(formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[1].name }, { email: SCHOOLS[1].emails[0] });
      expect(header()).toEqual(before);
      expect(new Set(header()).size).toBe(header().length);
      expect(verdicts(emu)).toEqual(['Đạt', 'Đạt']);
    });

    it("a question the office added survives setup with its answers, after the tool's questions, and the results ignore its column", () => {
      const { emu, bundle, formId } = officeAfterSetup(SCHOOLS, { renameUpdatesHeader });
      const form = emu.forms.byId(formId)!;
      // Put among the tool's questions of the first page, where the office would type it.
      const own = emu.forms.editorAdd(formId, { type: 'TEXT', title: 'Ghi chú riêng của phòng', at: 2 });
      emu.forms.submitAsUser(formId, { ...collectiveAnswers(), 'Ghi chú riêng của phòng': 'Trường có thư viện xanh' }, { email: SCHOOLS[0].emails[0] });
      bundle.call('setup', undefined, { kind: 'menu' });
      expect(emu.runtime.executions.every((x) => !x.error)).toBe(true);
      const kept = form.item(own);
      expect(kept?.title).toBe('Ghi chú riêng của phòng');
      expect(form.items.indexOf(kept!)).toBe(form.items.length - 1);
      expect(form.responses[0].answers.get(own)).toBe('Trường có thư viện xanh');
      const tab = emu.spreadsheets.values('Phiếu đăng ký');
      expect(tab[1][tab[0].indexOf('Ghi chú riêng của phòng')]).toBe('Trường có thư viện xanh');
      bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
      expect(verdicts(emu)).toEqual(['Đạt']);
    });

    it('a type changed by hand: no answer is lost; a type read alike is kept, another is reported in Vietnamese', () => {
      const { emu, bundle, formId } = officeAfterSetup(SCHOOLS, { renameUpdatesHeader });
      const form = emu.forms.byId(formId)!;
      const answers = collectiveAnswers();
      emu.forms.submitAsUser(formId, answers, { email: SCHOOLS[0].emails[0] });
      const field = form.itemByTitle(Q.field)!;
      const kind = form.itemByTitle(Q.collectiveName)!;
      emu.forms.editorEdit(formId, field.id, { type: 'CHECKBOX' });
      emu.forms.editorEdit(formId, kind.id, { type: 'PARAGRAPH_TEXT' });
      const tabBefore = emu.spreadsheets.values('Phiếu đăng ký');
      bundle.call('setup', undefined, { kind: 'menu' });
      expect(emu.runtime.executions.every((x) => !x.error)).toBe(true);
      // Both items are the same items, with their answers, and the response tab is as it was.
      expect(form.item(field.id)?.type).toBe('CHECKBOX');
      expect(form.item(kind.id)?.type).toBe('PARAGRAPH_TEXT');
      expect(form.items.filter((i) => i.title === Q.field)).toHaveLength(1);
      expect(form.items.filter((i) => i.title === Q.collectiveName)).toHaveLength(1);
      expect(form.responses[0].answers.get(field.id)).toBe(answers[Q.field]);
      expect(form.responses[0].answers.get(kind.id)).toBe(answers[Q.collectiveName]);
      expect(emu.spreadsheets.values('Phiếu đăng ký')).toEqual(tabBefore);
      // The one the tool cannot update is said, where the office looks: the alert and the error log.
      const alert = emu.spreadsheets.ui.at(-1)!.message;
      expect(alert).toContain(`câu hỏi “${Q.field}” đã bị đổi loại`);
      expect(alert).toContain('“Trắc nghiệm”');
      expect(alert).not.toContain(Q.collectiveName);
      const log = emu.spreadsheets.values('Nhật ký lỗi').map((r) => r.join(' ')).join('\n');
      expect(log).toContain(`câu hỏi “${Q.field}” đã bị đổi loại`);
      expect(verdicts(emu)).toEqual(['Đạt']);
    });
  });
}

describe('Thiết lập from an account other than the one that installed the tool', () => {
  it('asks first, and "Không" changes nothing: no second set of triggers, forms or templates', () => {
    const ctx = officeAfterSetup();
    const { emu, bundle } = ctx;
    const owner = emu.identity.activeUser;
    const triggers = emu.triggers.triggers.length;
    const formId = emu.properties.script.get('form.registration.id');
    const docs = emu.docs.list().length;
    // A colleague the office shared the Sheet with, as an editor, runs Thiết lập from the menu.
    const colleague = 'canbo.khac@phonggd.example.vn';
    emu.spreadsheets.active.acl.addEditor(colleague);
    emu.identity.activeUser = colleague;
    emu.spreadsheets.active.answers.push('NO');
    try {
      bundle.call('setup', undefined, { kind: 'menu' });
    } finally {
      emu.identity.activeUser = owner;
    }
    const ui = emu.spreadsheets.ui.map((u) => u.message);
    // When the installer ran Thiết lập: the one thing the question can say of that account (its address needs a permission more).
    const question = OTHER_ACCOUNT.question(formatDateTime(new Date(JSON.parse(emu.properties.script.get('triggers.set')!).at)));
    expect(ui.at(-2)).toBe(question);
    expect(ui.at(-1)).toBe(OTHER_ACCOUNT.stopped);
    expect(emu.triggers.triggers.length).toBe(triggers);
    expect(emu.properties.script.get('form.registration.id')).toBe(formId);
    expect(emu.docs.list().length).toBe(docs);
    // The installer's own Thiết lập is not asked.
    const asked = () => emu.spreadsheets.ui.filter((u) => u.message === question).length;
    expect(asked()).toBe(1);
    bundle.call('setup', undefined, { kind: 'menu' });
    expect(asked()).toBe(1);
  });
});
