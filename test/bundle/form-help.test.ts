// What the registration form tells the person filling it, against what the tool then does with the answer (review
// form #1–#5, #7): each rule that decides a verdict is said where it is answered, and only while the office's "Tiêu
// chí" applies it; a concrete happy-school type left from another choice is not shown as the model's (#6 of the review,
// #7 here).
import { describe, expect, it } from 'vitest';
import { SCHOOLS, collectiveAnswers, individualAnswers, officeAfterSetup } from './helpers';
import { COLLECTIVE_KIND_CHOICES, MODEL_CHOICES, MOVEMENTS, MOVEMENT_COLUMNS, Q, RATING_CHOICES, initiativeTitles, schoolYearRow } from '../../src/core/registration-form';
import { FORM_TEXT } from '../../src/core/form-titles';
import { typeIntoTab } from '../../scripts/season';
import { reportHasEvidence } from '../../src/core/reports';

type Office = ReturnType<typeof officeAfterSetup>;
const RESULTS = 'Kết quả kiểm tra';
const email = SCHOOLS[0].emails[0];

function lastResult(emu: Office['emu']): { verdict: string; findings: string; type: string } {
  const v = emu.spreadsheets.values(RESULTS);
  const h = v[0] as string[];
  const row = v[v.length - 1];
  return { verdict: String(row[h.indexOf('Kết luận')]), findings: String(row[h.indexOf('Cần bổ sung hoặc chưa đạt')]), type: String(row[h.indexOf('Loại mô hình')]) };
}

const help = (o: Office, title: string) => o.emu.forms.forms.get(o.formId)!.items.find((i) => i.title === title)?.helpText ?? '';

describe('the registration form says what the verdict will hold the answer to', () => {
  it('initiatives: a collective needs one recognised, an individual two named (recognised or not)', () => {
    const o = officeAfterSetup();
    const t1 = initiativeTitles(1);
    const said = help(o, t1.name);
    expect(said).toContain('Tập thể: cần ít nhất 01 sáng kiến, giải pháp đã được cấp có thẩm quyền công nhận');
    expect(said).toContain('Cá nhân: ghi ít nhất 02 sáng kiến, giải pháp, kể cả khi chưa được công nhận');
    // As the verdict has it: a part of a unit with two unrecognised initiatives is to complete them.
    const a = { ...collectiveAnswers(), [Q.collectiveKind]: COLLECTIVE_KIND_CHOICES.part, [Q.collectiveName]: 'Tổ Chuyên môn Toán - Tin', [t1.name]: 'Dạy học STEM qua dự án', [initiativeTitles(2).name]: 'Sổ tay điện tử của tổ' };
    for (const k of ['level', 'decision', 'year'] as const) delete (a as Record<string, unknown>)[t1[k]];
    o.emu.forms.submitAsUser(o.formId, a, { email });
    expect(lastResult(o.emu)).toMatchObject({ verdict: 'Cần bổ sung' });
  });

  it('a Party member is told of the ratings of cán bộ quản lý, đảng viên, người đứng đầu', () => {
    const o = officeAfterSetup();
    expect(help(o, Q.partyMember)).toBe(FORM_TEXT.helpPartyMember(true, true, false));
    expect(help(o, Q.partyMember)).toContain('ít nhất 01 năm học được xếp loại “Hoàn thành xuất sắc nhiệm vụ”');
    const a = individualAnswers('teacherPartyMember');
    const g = { ...(a[Q.individualRatings] as Record<string, string>) };
    for (const k of Object.keys(g)) if (g[k] === RATING_CHOICES.excellent) g[k] = RATING_CHOICES.good;
    a[Q.individualRatings] = g;
    o.emu.forms.submitAsUser(o.formId, a, { email });
    expect(lastResult(o.emu).verdict).toBe('Chưa đạt');
  });

  it('the individual ratings grid gives the day a school year’s rating counts from, and its due day', () => {
    const o = officeAfterSetup(SCHOOLS, { now: new Date(2024, 4, 25, 9) });
    expect(help(o, Q.individualRatings)).toContain('được tính khi ghi từ ngày 01/06 (cuối năm học đó), và cần ghi trước ngày 01/07');
    // The rule it states: a 2023-2024 result written on 25/05/2024 is not counted.
    const a = individualAnswers('teacherPartyMember');
    a[Q.individualRatings] = { ...(a[Q.individualRatings] as Record<string, string>), [schoolYearRow(2023)]: RATING_CHOICES.excellent };
    o.emu.forms.submitAsUser(o.formId, a, { email });
    o.emu.clock.advance(40 * 86400_000);
    o.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(lastResult(o.emu).findings).toContain('chưa có kết quả xếp loại năm học 2023-2024');
  });

  it('the movements grid and the model type say what a collective must answer', () => {
    const o = officeAfterSetup();
    expect(help(o, Q.movements)).toBe(`Tập thể: cần tham gia đủ 4 phong trào (chọn “${MOVEMENT_COLUMNS.yes}” ở cả 4 hàng). Cá nhân: cần tham gia ít nhất 01 phong trào.`);
    expect(help(o, Q.modelType)).toBe(FORM_TEXT.helpModelType);
    const mv = { [MOVEMENTS.dayTot]: MOVEMENT_COLUMNS.yes, [MOVEMENTS.doiMoi]: MOVEMENT_COLUMNS.yes, [MOVEMENTS.hanhPhuc]: MOVEMENT_COLUMNS.yes, [MOVEMENTS.vanMinh]: MOVEMENT_COLUMNS.no };
    o.emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(), [Q.movements]: mv }, { email });
    expect(lastResult(o.emu).verdict).toBe('Chưa đạt');
    o.emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(), [Q.collectiveName]: 'Tổ Văn phòng', [Q.modelType]: MODEL_CHOICES.none, [Q.happySchoolType]: '', [Q.modelName]: 'Tập thể tiêu biểu' }, { email });
    expect(lastResult(o.emu).verdict).toBe('Chưa đạt');
  });

  it('a rule the office switched off in "Tiêu chí" is not said', () => {
    const o = officeAfterSetup();
    const rows = (o.emu.spreadsheets.values('Tiêu chí') as unknown[][]).map((r) => r.map((c) => (typeof c === 'boolean' ? c : String(c))));
    const col = (rows[0] as string[]).indexOf('Bắt buộc');
    for (const r of rows) if (/^(TT-05|CN-10|TT-04)-/.test(String(r[0]))) r[col] = false;
    typeIntoTab(o.emu, 'Tiêu chí', rows as never);
    o.bundle.call('setup', undefined, { kind: 'menu' });
    expect(help(o, Q.movements)).toBe('Cá nhân: cần tham gia ít nhất 01 phong trào.');
    expect(help(o, Q.partyMember)).toBe(FORM_TEXT.helpPartyMember(true, false, false));
    expect(help(o, initiativeTitles(1).name)).not.toContain('Tập thể: cần');
  });

  it('Forms says, once a registration is sent, that the result comes by e-mail; a message the office wrote is kept', () => {
    const o = officeAfterSetup();
    const form = o.emu.forms.forms.get(o.formId)!;
    expect(form.confirmation).toBe(FORM_TEXT.registrationSent);
    expect(o.emu.forms.forms.get(o.reportFormId)!.confirmation).toBe(FORM_TEXT.reportSent);
    form.confirmation = 'Cảm ơn thầy cô đã gửi phiếu.';
    o.bundle.call('setup', undefined, { kind: 'menu' });
    expect(form.confirmation).toBe('Cảm ơn thầy cô đã gửi phiếu.');
    // The tool's own earlier wording is replaced by its newer one (review diff36 L3); the office's stays.
    o.emu.properties.script.set('form.report.confirmation', 'Đã gửi báo cáo.');
    o.emu.forms.forms.get(o.reportFormId)!.confirmation = 'Đã gửi báo cáo.';
    o.bundle.call('setup', undefined, { kind: 'menu' });
    expect(o.emu.forms.forms.get(o.reportFormId)!.confirmation).toBe(FORM_TEXT.reportSent);
    expect(form.confirmation).toBe('Cảm ơn thầy cô đã gửi phiếu.');
  });
});

describe('the report form', () => {
  it('says how to give a document with no number, and its link question no longer repeats the number’s help', () => {
    const o = officeAfterSetup();
    const items = o.emu.forms.forms.get(o.reportFormId)!.items;
    const helpOf = (title: string) => items.find((i) => i.title === title)?.helpText ?? '';
    expect(helpOf('Số, ngày văn bản')).toBe(FORM_TEXT.helpReportDocRef);
    expect(helpOf('Đường liên kết tới văn bản')).toBe(FORM_TEXT.helpReportLink);
    // What the help says holds: "không số" with its date is the document given.
    expect(reportHasEvidence({ docRef: 'không số, ngày 20/9/2025', link: '' })).toBe(true);
  });
});

describe('the concrete happy-school type', () => {
  it('is shown only with "Trường học hạnh phúc", not with another type chosen after it', () => {
    const o = officeAfterSetup();
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.modelType]: MODEL_CHOICES.happyClass, [Q.happySchoolType]: 'Trường học nông trại' }, { email });
    expect(lastResult(o.emu).type).toBe(MODEL_CHOICES.happyClass);
    o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.individualName]: 'Lê Thị Hoa', [Q.modelType]: MODEL_CHOICES.happySchool, [Q.happySchoolType]: 'Trường học nông trại' }, { email });
    expect(lastResult(o.emu).type).toBe(`${MODEL_CHOICES.happySchool}: Trường học nông trại`);
  });
});
