// Issue 16, parts 2 and 3: one catalogue per period, and the criteria read against the plan's own words.
import { describe, expect, it } from 'vitest';
import { CATALOGUE_2021_2025, CATALOGUE_2026_2030, catalogueFor, catalogueId } from '../../src/core/criteria';
import { criteriaFromRows, criteriaToRows } from '../../src/core/criteria-tab';
import { configFromRows, configToRows } from '../../src/core/config';
import { evaluateAll } from '../../src/core/evaluate';
import { configLabel } from '../../src/core/messages';
import { parseResponses } from '../../src/core/registration';
import {
  CONDITIONS,
  INITIATIVE_LEVELS,
  KIND_CHOICES,
  Q,
  formItems,
  initiativeTitles,
} from '../../src/core/registration-form';
import { evaluateRegistration } from '../../src/core/validate';
import { makeSampleOffice } from '../../sample/office';
import { responseTabs } from '../../sample/response-tabs';
import {
  answersToRow,
  collectiveAnswers,
  config,
  config2026,
  configByTab,
  directory,
  directoryRows,
  evaluate,
  form,
  headerRow,
  individualAnswers,
  SCHOOLS,
  statusOf,
  subUnitAnswers,
} from './helpers';

const CODE = /\b(TT|CN|TR|MH)-\d{2}\b|DU-LIEU/;

describe('a catalogue per period', () => {
  it('2021–2025 keeps the third-child criterion as the plan wrote it, marked obsolete from 03/06/2025', () => {
    const tt15 = CATALOGUE_2021_2025.find((c) => c.id === 'TT-15-CON-THU-3')!;
    expect(tt15.mandatory).toBe(true);
    expect(tt15.obsoleteFrom).toBe('2025-06-03');
    expect(tt15.obsoleteBasis).toContain('Pháp lệnh số 07/2025/UBTVQH15');
    const row = criteriaToRows(CATALOGUE_2021_2025).find((r) => r[0] === 'TT-15-CON-THU-3')!;
    expect(row[5]).toContain('Không còn áp dụng từ ngày 03/06/2025 (Pháp lệnh số 07/2025/UBTVQH15');
    expect(catalogueId(config())).toBe('2021-2025');
  });

  it('2026–2030 is the default of a 2026–2030 period, without it, and asks nothing about it', () => {
    const cfg = config2026(new Date(2027, 8, 1));
    expect(catalogueId(cfg)).toBe('2026-2030');
    const ids = catalogueFor(cfg).map((c) => c.id);
    expect(ids).not.toContain('TT-15-CON-THU-3');
    expect(ids).toEqual(CATALOGUE_2021_2025.map((c) => c.id).filter((id) => id !== 'TT-15-CON-THU-3'));
    expect(CATALOGUE_2026_2030.map((c) => c.id)).toEqual(ids);
    const out = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [] });
    expect(out.catalogue.map((c) => c.id)).toEqual(ids);
    expect(JSON.stringify(out.registrationForm)).not.toContain('sinh con thứ 3');
    // A complete collective of the new period is Đạt and has no result for the dropped criterion.
    const e = evaluate(collectiveAnswers(cfg), cfg, catalogueFor(cfg));
    expect(e.verdict).toBe('dat');
    expect(statusOf(e, 'TT-15-CON-THU-3')).toBe('absent');
  });

  it('the office names the catalogue in "Cấu hình", and still switches criteria in "Tiêu chí"', () => {
    const cfg = config2026(new Date(2027, 8, 1), { 'criteria.set': '2021–2025' });
    expect(catalogueId(cfg)).toBe('2021-2025');
    expect(catalogueFor(cfg).map((c) => c.id)).toContain('TT-15-CON-THU-3');
    expect(catalogueId(configByTab(new Date(2027, 8, 1), { 'criteria.set': '' }))).toBe('2021-2025');
    // A name that is no catalogue: the office is told, the period's catalogue applies.
    const rows = configToRows(config2026(new Date(2027, 8, 1))).map((r) => [...r] as unknown[]);
    rows.find((r) => r[0] === configLabel('criteria.set'))![1] = '2031-2035';
    const read = configFromRows(rows, new Date(2027, 8, 1));
    expect(read.errors).toHaveLength(1);
    expect(read.errors[0]).toContain('“2031-2035”');
    expect(read.errors[0]).toContain('“Bộ tiêu chí”');
    expect(catalogueId(read.config)).toBe('2026-2030');
    // The "Tiêu chí" tab on the 2026–2030 catalogue: a switch applies; the old period's row is left without a word.
    const cfg26 = config2026(new Date(2027, 8, 1));
    const tab = criteriaToRows(CATALOGUE_2021_2025);
    tab.find((r) => r[0] === 'TT-16-DON-THU')![4] = 'Không';
    const switched = criteriaFromRows(tab, catalogueFor(cfg26));
    expect(switched.errors).toEqual([]);
    expect(switched.catalogue.find((c) => c.id === 'TT-16-DON-THU')!.mandatory).toBe(false);
    expect(switched.catalogue.map((c) => c.id)).not.toContain('TT-15-CON-THU-3');
    tab.push(['TT-99-KHONG-CO', 'x', '', '', 'Có', '']);
    expect(criteriaFromRows(tab, catalogueFor(cfg26)).errors).toHaveLength(1);
  });

  it('2021–2025 evaluated after 03/06/2025: the third child is shown, not applied', () => {
    const cfg = config(new Date(2025, 6, 1));
    const a = collectiveAnswers(cfg);
    a[Q.conditions] = { ...(a[Q.conditions] as Record<string, string>), [CONDITIONS.thirdChild]: 'Có' };
    const e = evaluate(a, cfg);
    expect(statusOf(e, 'TT-15-CON-THU-3')).toBe('notApplicable');
    expect(e.results.find((r) => r.criterionId === 'TT-15-CON-THU-3')!.message).toContain('không còn áp dụng từ ngày 03/06/2025');
    expect(e.verdict).toBe('dat');
    expect(evaluate(a, config(new Date(2025, 5, 2))).verdict).toBe('chuaDat');
  });
});

describe('collectives: the whole unit or a part of it', () => {
  const whole = ['TT-07-CT05', 'TT-08-AN-TOAN', 'TT-10-DANG-DOAN-THE', 'TT-11-DANG-DOAN-THE-XS', 'TT-13-NOI-QUY', 'TT-14-BO-HOC'];
  it('a tổ chuyên môn is not asked about the chi bộ, pupils or food safety, and is Đạt on what applies to it', () => {
    const e = evaluate(subUnitAnswers());
    expect(e.registration.collectiveKind).toBe('part');
    const ids = e.results.map((r) => r.criterionId);
    for (const id of whole) expect(ids, id).not.toContain(id);
    for (const id of ['TT-01-DANG-KY', 'TT-02-DAN-DAU', 'TT-04-SANG-KIEN', 'TT-12-DAO-DUC', 'TT-16-DON-THU']) expect(ids, id).toContain(id);
    expect(e.findings).toEqual([]);
    expect(e.verdict).toBe('dat');
  });
  it('the whole school answers them all; a whole school without a Party rating is Cần bổ sung', () => {
    const e = evaluate(collectiveAnswers());
    expect(e.registration.collectiveKind).toBe('whole');
    for (const id of whole) expect(e.results.map((r) => r.criterionId)).toContain(id);
    const a = collectiveAnswers();
    delete a[Q.partyRatings];
    expect(evaluate(a).verdict).toBe('canBoSung');
  });
  it('a collective with no answer to the kind (a row from before the question) is read as the whole unit', () => {
    const a = collectiveAnswers();
    a[Q.collectiveKind] = '';
    expect(evaluate(a).registration.collectiveKind).toBe('whole');
  });
});

describe('the office’s own staff', () => {
  it('a công chức of the office registers with its own role and is checked like staff (suy tôn, cấp ủy)', () => {
    const e = evaluate(individualAnswers('official'));
    expect(e.registration.role).toBe('official');
    expect(e.results.map((r) => r.criterionId)).toEqual(expect.arrayContaining(['CN-11-SUY-TON', 'CN-12-CAP-UY']));
    expect(e.verdict).toBe('dat');
  });
});

describe('an initiative named without any recognition', () => {
  const unrecognised: Record<string, string> = {};
  for (const slot of [1, 2]) for (const field of ['level', 'decision', 'year'] as const) unrecognised[initiativeTitles(slot)[field]] = '';
  it('is asked for its recognition only if it has one where recognition adds priority (an individual, CN-13)', () => {
    const cn13 = evaluate({ ...individualAnswers('teacher'), ...unrecognised }).results.find((r) => r.criterionId === 'CN-13-SANG-KIEN-CONG-NHAN')!;
    expect(cn13.status).toBe('missing');
    expect(cn13.message).toContain('Nếu sáng kiến, giải pháp này đã được cấp có thẩm quyền công nhận, ghi thêm');
    expect(cn13.message).toContain('nếu chưa được công nhận thì không cần ghi gì thêm');
    expect(cn13.message).not.toContain('còn thiếu thông tin');
  });
  it('is told what it lacks where a recognised one is required (a collective, TT-04), as one partly given is', () => {
    const tt04 = evaluate({ ...collectiveAnswers(), ...unrecognised }).results.find((r) => r.criterionId === 'TT-04-SANG-KIEN')!;
    expect(tt04.status).toBe('missing');
    expect(tt04.message).toContain('còn thiếu thông tin, cần bổ sung');
    const partly = evaluate({ ...individualAnswers('teacher'), [initiativeTitles(1).decision]: '', [initiativeTitles(2).decision]: '' }).results.find((r) => r.criterionId === 'CN-13-SANG-KIEN-CONG-NHAN')!;
    expect(partly.message).toContain('còn thiếu thông tin, cần bổ sung');
  });
});

describe('CN-02: several initiatives or solutions, recognised or not', () => {
  it('with none at all, the finding asks for one by name and does not ask for recognition (that is the priority criterion)', () => {
    const none: Record<string, string> = {};
    for (const slot of [1, 2]) for (const field of Object.values(initiativeTitles(slot))) none[field] = '';
    const e = evaluate({ ...individualAnswers('teacher'), ...none });
    const cn02 = e.results.find((r) => r.criterionId === 'CN-02-SANG-KIEN')!;
    expect(cn02.status).toBe('notMet');
    expect(cn02.message).toContain('chưa kê khai sáng kiến, giải pháp nào');
    expect(cn02.message).not.toContain('công nhận (');
    expect(cn02.message).not.toContain('được cấp có thẩm quyền công nhận');
    const cn13 = e.results.find((r) => r.criterionId === 'CN-13-SANG-KIEN-CONG-NHAN')!;
    expect(cn13.message).toContain('được cấp có thẩm quyền công nhận');
  });
});

describe('late registrations', () => {
  const cfg = config();
  const f = form(cfg);
  // The answers as the school could give them that day: the years ended by then rated (a rating written earlier is not
  // counted and has its own note).
  const parse = (at: Date) =>
    parseResponses([headerRow(f), answersToRow(f, individualAnswers('teacher', config(at)), at, SCHOOLS[0].emails[0])], {
      form: f,
      directory: directory(),
      config: cfg,
      tab: 'Câu trả lời biểu mẫu 1',
    }).registrations[0];

  it('after "Mốc: kết thúc đăng ký" (31/05/2023): accepted, evaluated, with a note', () => {
    const r = parse(new Date(2023, 5, 1, 7, 30));
    expect(r.late).toBe(true);
    expect(r.notes).toEqual(['Phiếu gửi ngày 01/06/2023, sau thời hạn đăng ký (31/05/2023); phiếu vẫn được xét, Hội đồng cân nhắc khi thẩm định.']);
    expect(r.problems).toEqual([]);
    expect(evaluateRegistration(r, CATALOGUE_2021_2025, cfg).verdict).toBe('dat');
  });
  it('on the last day of the window: no note', () => {
    const r = parse(new Date(2023, 4, 31, 23, 59));
    expect(r.late).toBe(false);
    expect(r.notes).toEqual([]);
  });
  it('the note reaches the results tab', () => {
    const values = [headerRow(f), answersToRow(f, individualAnswers('teacher', cfg), new Date(2023, 6, 2), SCHOOLS[0].emails[0])];
    const out = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: values });
    expect(out.registrations[0].notes.join('\n')).toContain('sau thời hạn đăng ký');
  });
});

describe('initiative levels as the Luật Thi đua, khen thưởng 2022 names them', () => {
  it('offers cấp cơ sở, cấp bộ, ngành, tỉnh and toàn quốc; an earlier form’s level is read as today’s', () => {
    expect([...INITIATIVE_LEVELS]).toEqual(['Cấp cơ sở', 'Cấp bộ, ngành, tỉnh', 'Toàn quốc']);
    const a = individualAnswers('teacher');
    a[initiativeTitles(1).level] = 'Cấp huyện/thành phố';
    const e = evaluate(a);
    expect(e.registration.problems).toEqual([]);
    expect(e.registration.initiatives[0]).toMatchObject({ level: 1, levelLabel: 'Cấp cơ sở' });
  });
});

describe('what users read', () => {
  it('no finding, duty or note of the sample office names a criterion by its code', () => {
    const office = makeSampleOffice({ schools: 12, registrations: 120 });
    const tabs = responseTabs(office);
    const out = evaluateAll({ config: office.config, directoryRows: office.directoryRows, ...tabs });
    const texts = [
      ...out.registrations.flatMap((r) => [...r.results.map((x) => x.message), ...r.findings.map((x) => x.message), ...r.notes]),
      ...out.schoolDuties.flatMap((d) => d.results.map((x) => x.message)),
      ...criteriaToRows(out.catalogue).slice(1).map((r) => r.slice(1).join(' ')),
      JSON.stringify(out.registrationForm),
    ];
    expect(texts.length).toBeGreaterThan(1000);
    for (const t of texts) {
      expect(t, t).not.toMatch(CODE);
      expect(t).toBe(t.normalize('NFC'));
      expect(t).not.toContain('Không đạt');
      expect(t).not.toMatch(/\bemail\b/i);
    }
    // The sample shows each new case at least once.
    expect(out.registrations.some((r) => r.late)).toBe(true);
    expect(out.registrations.some((r) => r.collectiveKind === 'part')).toBe(true);
    expect(out.registrations.some((r) => Object.values(r.ratings).includes('newHire'))).toBe(true);
    expect(formItems(out.registrationForm).find((i) => i.title === Q.kind)!.choices).toEqual([KIND_CHOICES.collective, KIND_CHOICES.individual]);
  });
});

describe('docs/criteria.md', () => {
  it('shows both catalogues: every criterion with its plan section, wording and the periods it belongs to', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../docs/criteria.md', import.meta.url), 'utf8');
    const in26 = new Set(CATALOGUE_2026_2030.map((c) => c.id));
    for (const c of CATALOGUE_2021_2025) {
      const line = doc.split('\n').find((l) => l.startsWith(`| \`${c.id}\` |`));
      expect(line, c.id).toBeDefined();
      expect(line).toContain(`| ${c.section} | ${c.label} |`);
      expect(line!.trim().endsWith(in26.has(c.id) ? '| Có |' : '| — |'), c.id).toBe(true);
    }
    expect(doc).toContain('07/2025/UBTVQH15');
  });
});
