import { describe, expect, it } from 'vitest';
import {
  FORMS_CHECKBOX_SEPARATOR,
} from '../../src/core/text';
import {
  FormDefinition,
  KIND_CHOICES,
  PAGE_IDS,
  Q,
  RATING_CHOICES,
  SUBMIT,
  buildRegistrationForm,
  buildReportForm,
  formDefinitionProblems,
  formItems,
  gridHeader,
  responseHeaders,
} from '../../src/core/registration-form';
import { CATALOGUE } from '../../src/core/criteria';
import { config, SCHOOLS } from './helpers';

const cfg = config();
const form = buildRegistrationForm(cfg, SCHOOLS.map((s) => s.name));
const report = buildReportForm(cfg, SCHOOLS.map((s) => s.name));

describe('registration form', () => {
  it('has unique titles, valid page targets and no checkbox option containing the separator', () => {
    for (const f of [form, report]) {
      const p = formDefinitionProblems(f);
      expect(p).toEqual({ duplicateTitles: [], checkboxLabelsWithSeparator: [], unknownPageTargets: [] });
    }
    for (const item of formItems(form)) {
      if (item.kind === 'checkbox') for (const c of item.choices!) expect(c).not.toContain(FORMS_CHECKBOX_SEPARATOR);
    }
  });
  it('the structural check catches a checkbox option with the separator and a duplicate title', () => {
    const bad: FormDefinition = JSON.parse(JSON.stringify(form));
    bad.pages[0].items.push({ kind: 'checkbox', title: Q.school, required: false, choices: ['Là người đứng đầu cơ quan, đơn vị'] });
    const p = formDefinitionProblems(bad);
    expect(p.duplicateTitles).toEqual([Q.school]);
    expect(p.checkboxLabelsWithSeparator).toEqual(['Là người đứng đầu cơ quan, đơn vị']);
  });
  it('branches Tập thể / Cá nhân to their pages, both continuing to the common model page', () => {
    const pages = Object.fromEntries(form.pages.map((p) => [p.id, p]));
    const kind = pages[PAGE_IDS.common].items.find((i) => i.title === Q.kind)!;
    expect(kind.kind).toBe('multipleChoice');
    expect(kind.goTo).toEqual({ [KIND_CHOICES.collective]: PAGE_IDS.collective, [KIND_CHOICES.individual]: PAGE_IDS.individual });
    expect(pages[PAGE_IDS.collective].next).toBe(PAGE_IDS.model);
    expect(pages[PAGE_IDS.individual].next).toBe(PAGE_IDS.model);
    expect(pages[PAGE_IDS.model].next).toBe(SUBMIT);
    expect(pages[PAGE_IDS.model].items.map((i) => i.title)).toContain(Q.movements);
  });
  it('offers the directory schools in a dropdown', () => {
    const school = formItems(form).find((i) => i.title === Q.school)!;
    expect(school.kind).toBe('list');
    expect(school.choices).toEqual(SCHOOLS.map((s) => s.name));
    const other = buildRegistrationForm(cfg, ['Trường A', ' Trường  A ', 'Trường B', '']);
    expect(formItems(other).find((i) => i.title === Q.school)!.choices).toEqual(['Trường A', 'Trường B']);
  });
  it('rates every calendar year of the period with the five columns', () => {
    const g = formItems(form).find((i) => i.title === Q.individualRatings)!;
    expect(g.kind).toBe('grid');
    expect(g.rows).toEqual(['Năm 2021', 'Năm 2022', 'Năm 2023', 'Năm 2024', 'Năm 2025']);
    expect(g.columns).toEqual([
      'Hoàn thành xuất sắc nhiệm vụ',
      'Hoàn thành tốt nhiệm vụ',
      'Hoàn thành nhiệm vụ',
      'Không hoàn thành nhiệm vụ',
      'Chưa đánh giá',
    ]);
    expect(Object.values(RATING_CHOICES)).toEqual(g.columns);
  });
  it('asks every self-declared question of the catalogue, with its evidence question', () => {
    const titles = new Set(formItems(form).map((i) => i.title));
    for (const c of CATALOGUE) for (const f of c.appliesTo === 'school' ? [] : c.fields) expect(titles.has(f), `${c.id}: ${f}`).toBe(true);
  });
  it('is NFC Vietnamese throughout', () => {
    const texts = JSON.stringify([form, report]);
    expect(texts).toBe(texts.normalize('NFC'));
  });
  it('produces one header per question and one per grid row', () => {
    const h = responseHeaders(form);
    expect(h).toContain(gridHeader(Q.movements, 'Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập'));
    expect(h).toContain('Kết quả đánh giá, xếp loại cá nhân hằng năm [Năm 2023]');
    expect(new Set(h).size).toBe(h.length);
  });
});

describe('report form', () => {
  it('asks school, period, document, summary and link', () => {
    const items = formItems(report);
    expect(items.map((i) => i.kind)).toEqual(['list', 'list', 'text', 'paragraph', 'text']);
    expect(items[1].choices).toContain('6 tháng đầu năm 2023');
    expect(items[1].choices).toContain('Năm 2023');
  });
});
