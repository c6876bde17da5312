import { describe, expect, it } from 'vitest';
import {
  FORMS_CHECKBOX_SEPARATOR,
  formatDate,
} from '../../src/core/text';
import { defaultConfig, milestone, periodConfig } from '../../src/core/config';
import {
  COLLECTIVE_KIND_CHOICES,
  CONDITIONS,
  FormDefinition,
  KIND_CHOICES,
  PAGE_IDS,
  Q,
  RATING_CHOICES,
  ROLE_CHOICES,
  SUBMIT,
  WORK_CHOICES,
  initiativeTitles,
  buildRegistrationForm,
  buildReportForm,
  formDefinitionProblems,
  formItems,
  gridHeader,
  responseHeaders,
} from '../../src/core/registration-form';
import { CATALOGUE } from '../../src/core/criteria';
import { config, SCHOOLS } from './helpers';
import { REPORT_QUESTIONS } from '../../src/core/messages/proposals';

const cfg = config();
const form = buildRegistrationForm(cfg, SCHOOLS.map((s) => s.name));
const report = buildReportForm(cfg, SCHOOLS.map((s) => s.name));

describe('registration form', () => {
  it('says in its description until when registrations are taken (the window\'s last day, from "Cấu hình")', () => {
    const closes = milestone(cfg, 'DANG-KY-DONG').date;
    expect(form.description).toContain(`Hạn đăng ký: hết ngày ${formatDate(closes)}`);
    const later = { ...cfg, period: { ...cfg.period, milestones: cfg.period.milestones.map((m) => (m.id === 'DANG-KY-DONG' ? { ...m, date: new Date(closes.getFullYear(), 6, 15) } : m)) } };
    expect(buildRegistrationForm(later, []).description).toContain(`Hạn đăng ký: hết ngày 15/07/${closes.getFullYear()}`);
  });
  it('tells the respondent, below the deadline, what the personal data is for and who sees it', () => {
    const [, notice] = form.description.split('\n\n');
    expect(notice).toContain('Thông tin cá nhân trên phiếu');
    expect(notice).toContain(`do ${cfg.organisation.name} và Hội đồng Thi đua - Khen thưởng xem xét`);
    expect(notice).toContain('Người điền phiếu thay cho người khác cần báo cho người đó biết.');
  });
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
  it('rates every school year of the period, with "Chưa công tác" and "Mới tuyển dụng" for a mid-period hire, "Không xếp loại" for a year under six months', () => {
    const g = formItems(form).find((i) => i.title === Q.individualRatings)!;
    expect(g.kind).toBe('grid');
    expect(g.rows).toEqual(['Năm học 2021-2022', 'Năm học 2022-2023', 'Năm học 2023-2024', 'Năm học 2024-2025']);
    expect(g.columns).toEqual([
      'Hoàn thành xuất sắc nhiệm vụ',
      'Hoàn thành tốt nhiệm vụ',
      'Hoàn thành nhiệm vụ',
      'Không hoàn thành nhiệm vụ',
      'Chưa đánh giá',
      'Chưa công tác',
      'Mới tuyển dụng',
      'Không xếp loại (công tác chưa đủ 06 tháng)',
    ]);
    expect([...Object.values(RATING_CHOICES), ...Object.values(WORK_CHOICES)]).toEqual(g.columns);
    // Party and union ratings stay per calendar year (they are made at the end of the year).
    expect(formItems(form).find((i) => i.title === Q.partyRatings)!.rows).toEqual(['Năm 2021', 'Năm 2022', 'Năm 2023', 'Năm 2024', 'Năm 2025']);
  });
  it('asks a collective whether it is the whole unit; a sub-unit skips the unit page (chi bộ, pupils, safety)', () => {
    const pages = Object.fromEntries(form.pages.map((p) => [p.id, p]));
    const ck = pages[PAGE_IDS.collective].items.find((i) => i.title === Q.collectiveKind)!;
    expect(ck.required).toBe(true);
    expect(ck.goTo).toEqual({ [COLLECTIVE_KIND_CHOICES.whole]: PAGE_IDS.unit, [COLLECTIVE_KIND_CHOICES.part]: PAGE_IDS.model });
    const unitTitles = pages[PAGE_IDS.unit].items.map((i) => i.title);
    expect(unitTitles).toEqual(expect.arrayContaining([Q.partyRatings, Q.unionRatings, Q.youthRatings, Q.unitConditions]));
    expect(pages[PAGE_IDS.unit].items.find((i) => i.title === Q.unitConditions)!.rows).toEqual(['Học sinh vi phạm nội quy, quy định', 'Học sinh bỏ học']);
    expect(unitTitles.some((t) => /an toàn thực phẩm/.test(t))).toBe(true);
    expect(pages[PAGE_IDS.unit].next).toBe(PAGE_IDS.model);
    expect(pages[PAGE_IDS.collective].items.map((i) => i.title)).not.toContain(Q.partyRatings);
    // A part of a unit has functions of its own for its Báo cáo thành tích: asked of every collective.
    expect(pages[PAGE_IDS.collective].items.map((i) => i.title)).toContain(REPORT_QUESTIONS.functions);
    expect(unitTitles).not.toContain(REPORT_QUESTIONS.functions);
  });
  it('offers the office staff a role, and initiative levels as the law names them', () => {
    expect(formItems(form).find((i) => i.title === Q.role)!.choices).toContain(ROLE_CHOICES.official);
    expect(formItems(form).find((i) => i.title === initiativeTitles(1).level)!.choices).toEqual(['Cấp cơ sở', 'Cấp bộ, ngành, tỉnh', 'Toàn quốc']);
    // The 2022 law's levels: no "cấp huyện" among them; the district is named only as the former level a recognition
    // may come from, in the level's help (review r75f F5).
    expect(JSON.stringify(form).replace(/kể cả cấp huyện trước ngày 01\/7\/2025 \(Ủy ban nhân dân huyện và các cơ quan của huyện;/g, '')).not.toContain('huyện');
  });
  it('asks about the third child only in the 2021–2025 catalogue', () => {
    const rows = (f: FormDefinition) => formItems(f).find((i) => i.title === Q.conditions)!.rows;
    expect(rows(form)).toContain(CONDITIONS.thirdChild);
    const cfg2026 = defaultConfig(new Date(2027, 0, 1), periodConfig(2026, 2030));
    expect(rows(buildRegistrationForm(cfg2026, ['Trường A']))).not.toContain(CONDITIONS.thirdChild);
    expect(rows(buildRegistrationForm(cfg2026, ['Trường A']))).toEqual([CONDITIONS.ethics, CONDITIONS.complaints]);
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
    expect(h).toContain('Kết quả đánh giá, xếp loại cá nhân từng năm học [Năm học 2023-2024]');
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

describe('what the form tells the person filling it in (review "forms")', () => {
  const items = formItems(buildRegistrationForm(cfg, SCHOOLS.map((s) => s.name), CATALOGUE));
  const help = (title: string) => items.find((i) => i.title === title)?.helpText ?? '';

  it('whom "người đứng đầu" means (#2), how to write a name (#5), that evidence is needed after "Có" (#3) and that a printed award is words, not a link (#6)', () => {
    expect(help(Q.head)).toContain('Phó hiệu trưởng, tổ trưởng, tổ phó trả lời “Không”');
    expect(help(Q.individualName)).toContain('không ghi cô, thầy, đồng chí hay chức vụ');
    expect(help(Q.collectiveName)).toContain(`ghi đúng tên đơn vị như ở câu “${Q.school}”`);
    // #8: which level a recognition is.
    expect(help(initiativeTitles(1).level)).toContain('Cấp cơ sở: được trường, cơ quan quản lý trực tiếp hoặc Ủy ban nhân dân cấp xã công nhận');
    const evidence = CATALOGUE.filter((c) => c.evaluator === 'selfDeclared' && c.evidence);
    expect(evidence.length).toBeGreaterThan(4);
    for (const c of evidence) {
      expect(help(c.evidence!), c.id).toMatch(/^Bắt buộc khi trả lời “Có” ở câu trên/);
      if (c.id === 'TT-02-DAN-DAU' || c.id === 'CN-03-THANH-TICH') expect(help(c.evidence!), c.id).toContain('không dán đường liên kết');
      else expect(help(c.evidence!), c.id).toContain('có thể dán thêm đường liên kết');
    }
  });
});
