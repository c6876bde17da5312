// The pure part of the award proposals: nominees, order, numbering, the values of the placeholders, the templates.
import { describe, expect, it } from 'vitest';
import { DECREE_BEFORE_2024, DECREE_BEFORE_JULY_2025, DEFAULT_LEGAL_BASES, LAW_BEFORE_2024 } from '../../src/core/messages/validation';
import { proposalNote } from '../../src/core/messages/proposals';

/** The note of authority on the district office's own Giấy khen (review docs H2). */
const PHONG_GIAY_KHEN = proposalNote.phongGiayKhen('Trưởng phòng Giáo dục và Đào tạo thành phố Yên Bái');
import { evaluateAll, type EvaluatedRegistration } from '../../src/core/evaluate';
import { CATALOGUE } from '../../src/core/criteria';
import { criteriaToRows } from '../../src/core/criteria-tab';
import { type Council, councilMet, councilTemplateRows, parseCouncil, voteOutcome } from '../../src/core/council';
import { PROPOSAL_SUMMARY_WARNING, PROPOSAL_TEXT, REPORT_QUESTIONS, proposalCounts, proposalTotals } from '../../src/core/messages/proposals';
import { ROLE_CHOICES, SELF_DECLARED, YES } from '../../src/core/form-titles';
import { OFFICE_PROFILES } from '../../src/core/messages/profiles';
import { AWARD_LEVEL_CHOICES, COUNCIL_FIELDS, COUNCIL_SUMMARY, COUNCIL_MEMBERS_HEADER, COUNCIL_PRESENT, COUNCIL_TAB, COUNCIL_TEXT } from '../../src/core/messages/proposals';
import {
  type Block,
  type CellBlock,
  type PlannedDoc,
  type Values,
  applyCouncil,
  collectiveHead,
  documentValues,
  earlierNote,
  formatProposed,
  headOf,
  signerTitle,
  ministryVia,
  legacyMeetings,
  legacyRecords,
  parseProposed,
  packRounds,
  unpackRounds,
  ROUND_CHUNK,
  type ProposedBefore,
  type AwardLevel,
  type Nominee,
  levelsChangedInRound,
  proposedNote,
  heldNote,
  recordRound,
  roundCorrecting,
  correctedMeetingNote,
  roundOf,
  sameRound,
  setAsideEarlier,
  staleMeetingDay,
  standing,
  unreadableMeetingDay,
  withLegacy,
  isRowPlaceholder,
  issuerUnder,
  missingToTell,
  omittedSources,
  levelFromCell,
  levelValues,
  memberRows,
  provinceAuthority,
  voteRows,
  KNOWN_PLACEHOLDERS,
  LEGACY_PHRASES,
  SECTION_HEADING,
  itemNumber,
  TEMPLATE_KEYS,
  achievementSummary,
  commonValues,
  compareVietnamese,
  documentGaps,
  documentSymbol,
  withoutFormReference,
  templatePage,
  nomineeValues,
  placeholdersIn,
  planDocuments,
  provinceRoute,
  rowValues,
  selectNominees,
  templateBlocks,
  templatePlaceholders,
  vietnameseDateParts,
  communeAuthority,
  headerText,
  summaryWarnings,
  proposalBlockers,
  proposalBlockedText,
  replacedCodes,
} from '../../src/core/proposals';
import { officialText } from '../../src/core/text';
import { INITIATIVE_LEVELS, Q, RATING_CHOICES, initiativeTitles, schoolYearRow } from '../../src/core/registration-form';
import { REVIEW_DECISIONS, REVIEW_HEADERS, mergeReview, type DecisionSnapshot } from '../../src/core/review';
import { SCHOOLS, answersToRow, collectiveAnswers, config, councilTabRows, directoryRows, directoryRowsWithOffice, form, headerRow, individualAnswers } from './helpers';

const cfg = config();
/** The trích yếu of the office's plan as "Cấu hình" gives it (the plan in docs/plan, after "Kế hoạch"). */
const PLAN_TITLE = 'xây dựng mô hình, điển hình tiên tiến trong phong trào thi đua yêu nước ngành Giáo dục và Đào tạo, giai đoạn 2021-2025';

function evaluated(list: Record<string, unknown>[]): EvaluatedRegistration[] {
  const f = form(cfg);
  const values = [headerRow(f), ...list.map((a, i) => answersToRow(f, a as never, new Date(2024, 5, 2 + i, 8, 0, 0), SCHOOLS[0].emails[0]))];
  return evaluateAll({ config: cfg, directoryRows: directoryRowsWithOffice(), responseValues: values }).registrations;
}

function propose(regs: EvaluatedRegistration[], ids: string[]) {
  const tab = mergeReview([], regs);
  for (const row of tab.rows) if (ids.includes(String(row[tab.columns.id]))) row[tab.columns.decision] = REVIEW_DECISIONS.propose;
  return selectNominees(tab, regs);
}

const person = (name: string, excellentYears: number, level = 3) => ({
  ...individualAnswers('teacher'),
  [Q.individualName]: name,
  // Rated per school year (năm học 2021-2022 …); 2024-2025 has not ended at 01/07/2024.
  [Q.individualRatings]: Object.fromEntries(
    [2021, 2022, 2023, 2024].map((y) => [schoolYearRow(y), y >= 2024 ? RATING_CHOICES.none : y - 2021 < excellentYears ? RATING_CHOICES.excellent : RATING_CHOICES.good]),
  ),
  [initiativeTitles(1).level]: INITIATIVE_LEVELS[level - 1],
});

describe('nominees', () => {
  const regs = evaluated([
    collectiveAnswers(),
    person('Trần Văn Bình', 1),
    person('Nguyễn Thị An', 1),
    person('Lê Văn Đức', 2),
    person('Phạm Văn Dũng', 2),
    // No initiative or solution at all: CN-02 is not met.
    { ...person('Hoàng Thị Chưa Đạt', 1), [initiativeTitles(1).name]: '', [initiativeTitles(1).level]: '', [initiativeTitles(1).decision]: '', [initiativeTitles(1).year]: '', [initiativeTitles(2).name]: '' },
    person('Vũ Thị Cũ', 3),
    { ...collectiveAnswers(), [Q.collectiveName]: 'Tổ Toán' },
  ]);
  const ids = regs.map((r) => r.id);

  it('takes Đạt registrations marked "Đề nghị khen", sorted by score then given name, numbered per kind', () => {
    const sel = propose(regs, ids);
    expect(sel.nominees.map((n) => n.name)).toEqual([
      'Tổ Toán', // collectives first; equal scores: by name (Tổ Toán < Trường …)
      'Trường Mầm non Hoa Sen',
      'Vũ Thị Cũ', // 3 excellent years
      'Phạm Văn Dũng', // 2 excellent years: Dũng < Đức (D before Đ)
      'Lê Văn Đức',
      'Nguyễn Thị An', // 1: An < Bình (given names)
      'Trần Văn Bình',
    ]);
    expect(sel.nominees.map((n) => n.number)).toEqual([1, 2, 1, 2, 3, 4, 5]);
    expect(sel).toMatchObject({ collectives: 2, individuals: 5 });
    expect(sel.skipped).toEqual([regs.find((r) => r.name === 'Hoàng Thị Chưa Đạt')!.id]);
    const scores = sel.nominees.filter((n) => n.kind === 'individual').map((n) => n.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // The lists' "Đơn vị" of a whole school is "-", as in the Biên bản: its name is the collective's own (review "thể
    // thức" #8); a part of a school (a Tổ) names its school.
    const unit = (name: string) => rowValues(sel.nominees.find((n) => n.name === name)!, cfg).tt_don_vi;
    expect([unit('Trường Mầm non Hoa Sen'), unit('Tổ Toán')]).toEqual(['-', 'Trường Mầm non Hoa Sen']);
    expect(rowValues(sel.nominees.find((n) => n.name === 'Vũ Thị Cũ')!, cfg).cn_don_vi).toBe('Trường Mầm non Hoa Sen');
  });

  it('an initiative recognised before the period is noted to the council on the nominee\'s report (a year read from the decision\'s date may be decades old)', () => {
    const old = { ...person('Sáng Kiến Cũ', 1), [initiativeTitles(1).year]: '', [initiativeTitles(1).decision]: 'Quyết định số 12/QĐ-UBND ngày 05/3/1998' };
    const both = evaluated([old, person('Sáng Kiến Mới', 1)]);
    expect(both.map((r) => r.verdict)).toEqual(['dat', 'dat']);
    const docs = planDocuments(propose(both, both.map((r) => r.id)), new Date(2024, 6, 1), cfg, null);
    const warnings = (name: string) => docs.find((d) => d.kind === 'baoCao' && d.nominee?.name === name)!.warnings.join(' ');
    expect(warnings('Sáng Kiến Cũ')).toMatch(/Lưu ý cho Hội đồng: sáng kiến, giải pháp “[^”]+” \(công nhận năm 1998\) được công nhận trước giai đoạn 2021-2025\./);
    expect(warnings('Sáng Kiến Mới')).not.toContain('trước giai đoạn');
  });

  it('a document\'s inputs are its data, not the tool\'s rules nor the day it is planned: equal for the same data, other when an answer or a setting it may print changes (review "upgrade2" #1)', () => {
    const regs = evaluated([person('Dữ Liệu Một', 2), person('Dữ Liệu Hai', 1)]);
    const sel = propose(regs, regs.map((r) => r.id));
    const inputs = (docs: PlannedDoc[]) => docs.map((d) => `${d.legacyKey} ${d.inputs}`);
    const base = planDocuments(sel, new Date(2024, 6, 1), cfg, null);
    expect(base.every((d) => /^[0-9a-f]{16}$/.test(d.inputs))).toBe(true);
    expect(new Set(base.map((d) => d.inputs)).size).toBe(base.length);
    // Another day of the same year, a configuration read on another day, its mail settings changed: the same inputs.
    const later = { ...cfg, today: new Date(2024, 8, 1), mail: { ...cfg.mail, replyTo: 'khac@truong.edu.vn' } };
    expect(inputs(planDocuments(sel, new Date(2024, 8, 1), later, null))).toEqual(inputs(base));
    // A milestone of the calendar moved a day (nothing a document prints: review diff25 #3).
    const moved = { ...cfg, period: { ...cfg.period, milestones: cfg.period.milestones.map((m, i) => (i === 0 ? { ...m, date: new Date(m.date.getTime() + 86_400_000) } : m)) } };
    expect(inputs(planDocuments(sel, new Date(2024, 6, 1), moved, null))).toEqual(inputs(base));
    // The tool's rules: a score or a number derived otherwise changes no input.
    const renumbered = { ...sel, nominees: sel.nominees.map((n) => ({ ...n, score: n.score + 7, number: n.number })) };
    expect(inputs(planDocuments(renumbered, new Date(2024, 6, 1), cfg, null))).toEqual(inputs(base));
    // A setting the documents print (the signer): every document's inputs change.
    const signer = { ...cfg, organisation: { ...cfg.organisation, signer: { ...cfg.organisation.signer, name: 'Người Ký Khác' } } };
    const bySigner = planDocuments(sel, new Date(2024, 6, 1), signer, null);
    bySigner.forEach((d, i) => expect(d.inputs).not.toBe(base[i].inputs));
    // One nominee's answer: its report's inputs and those of the lists it is in change, the other's report does not.
    const edited = evaluated([{ ...person('Dữ Liệu Một', 2), [Q.summary]: 'Thành tích viết lại.' }, person('Dữ Liệu Hai', 1)]);
    const byAnswer = planDocuments(propose(edited, edited.map((r) => r.id)), new Date(2024, 6, 1), cfg, null);
    const of = (docs: PlannedDoc[], name: string) => docs.find((d) => d.kind === 'baoCao' && d.nominee?.name === name)!.inputs;
    expect(of(byAnswer, 'Dữ Liệu Một')).not.toBe(of(base, 'Dữ Liệu Một'));
    expect(of(byAnswer, 'Dữ Liệu Hai')).toBe(of(base, 'Dữ Liệu Hai'));
    expect(byAnswer.find((d) => d.kind === 'danhSach')!.inputs).not.toBe(base.find((d) => d.kind === 'danhSach')!.inputs);
    // Another year: the year the documents print.
    expect(planDocuments(sel, new Date(2025, 0, 5), cfg, null).find((d) => d.kind === 'baoCao')!.inputs).not.toBe(base.find((d) => d.kind === 'baoCao')!.inputs);
    // The name typed beside a vote (compared, not printed): the same inputs, named or not (review diff27 #4).
    const met = (named: boolean) => {
      const rows = councilTabRows([]);
      for (const n of sel.nominees) rows.push([n.id, named ? n.name : '', 8, 0, '']);
      return parseCouncil(rows)!;
    };
    const withVotes = (named: boolean) => inputs(planDocuments(applyCouncil(sel, met(named), regs), new Date(2024, 6, 1), cfg, met(named)));
    expect(withVotes(true)).toEqual(withVotes(false));
  });

  it('an initiative\'s decision typed with its own "Quyết định số" is printed once, and its year once (review "forms" #4)', () => {
    const t = initiativeTitles(1);
    const withDecision = (name: string, decision: string, year: string) => ({ ...person(name, 1), [t.decision]: decision, [t.year]: year });
    const regs = evaluated([
      withDecision('Gõ Đủ', 'Quyết định số 45/QĐ-PGDĐT ngày 12/5/2022', '2022'),
      withDecision('Gõ Tắt', 'QĐ số 112/QĐ-UBND ngày 20/6/2023', '2023'),
      withDecision('Gõ Số', 'Số: 7/QĐ-UBND', '2023'),
      withDecision('Ký Hiệu Trước', 'QĐ-UBND số 9', '2023'),
    ]);
    const sel = propose(regs, regs.map((r) => r.id));
    const printed = (name: string) => String(nomineeValues(sel.nominees.find((n) => n.name === name)!, cfg).giai_phap);
    expect(printed('Gõ Đủ')).toContain(', Quyết định số 45/QĐ-PGDĐT ngày 12/5/2022.');
    expect(printed('Gõ Đủ')).not.toContain('năm 2022');
    expect(printed('Gõ Tắt')).toContain(', Quyết định số 112/QĐ-UBND ngày 20/6/2023.');
    expect(printed('Gõ Số')).toContain(', Quyết định số 7/QĐ-UBND, năm 2023.');
    // Only a word before the number goes: a symbol that starts with "QĐ" stays — printed as typed, not after the
    // documents' own "Quyết định số" (review d77 F4: what is no decision's number after such words is the school's).
    expect(printed('Ký Hiệu Trước')).toContain(', QĐ-UBND số 9, năm 2023.');
    // More of what people type (review diff22 #3, #4); a decision given by a link prints a gap, and the council is told (#2).
    const more: [string, string, string][] = [
      ['Quyet dinh so 45/QD-UBND', '2023', ', Quyết định số 45/QD-UBND, năm 2023.'],
      ['Số QĐ: 46/QĐ-UBND', '2023', ', Quyết định số 46/QĐ-UBND, năm 2023.'],
      ['QĐ47/QĐ-UBND', '2023', ', Quyết định số 47/QĐ-UBND, năm 2023.'],
      ['Theo Quyết định công nhận số 48/QĐ-UBND', '2023', ', Quyết định số 48/QĐ-UBND, năm 2023.'],
      ['Quyết định số49/QĐ-UBND', '2023', ', Quyết định số 49/QĐ-UBND, năm 2023.'],
      ['2022/QĐ-PGDĐT', '2022', ', Quyết định số 2022/QĐ-PGDĐT, năm 2022.'],
      ['50/QĐ-UBND (xem https://drive.google.com/x/view)', '2023', ', Quyết định số [số, ngày quyết định — đơn vị bổ sung], năm 2023.'],
    ];
    const typed = evaluated(more.map(([decision, year], i) => withDecision(`Kiểu Gõ ${String.fromCharCode(65 + i)}`, decision, year)));
    const typedSel = propose(typed, typed.map((r) => r.id));
    const typedAs = (i: number) => typedSel.nominees.find((n) => n.name === `Kiểu Gõ ${String.fromCharCode(65 + i)}`)!;
    more.forEach(([, , expected], i) => expect(String(nomineeValues(typedAs(i), cfg).giai_phap), more[i][0]).toContain(expected));
    const docs = planDocuments(typedSel, new Date(2024, 6, 1), cfg, null);
    const warned = (i: number) => docs.find((d) => d.kind === 'baoCao' && d.nominee?.name === typedAs(i).name)!.warnings.join(' ');
    expect(warned(more.length - 1)).toContain('được ghi bằng đường liên kết; báo cáo thành tích để “[số, ngày quyết định — đơn vị bổ sung]”');
    expect(warned(0)).not.toContain('đường liên kết');
  });

  it('an award answer with a web link among its words (as the form\'s help text used to invite) is not printed: the report holds a gap, and the council is told what to ask for; links at its end are cut off (review "thể thức" #2, diff20 #1, diff21 #1, diff22 #5)', () => {
    const question = SELF_DECLARED['CN-03-THANH-TICH'].evidence!;
    const link = 'https://drive.google.com/file/d/1AbCdEfGh/view?usp=sharing';
    const gap = '[Hình thức khen thưởng, số, ngày quyết định, cơ quan ban hành — đơn vị bổ sung]';
    const cases: [string, string][] = [
      // A link among the words: nothing of the answer is printed (cutting it out left fragments or cut real words).
      [link, gap],
      [`Bằng khen của UBND tỉnh (QĐ số 188/QĐ-UBND, ${link}) năm 2022`, gap],
      [`Giấy khen năm 2023 ${link}.Quyết định số 12/QĐ-PGDĐT`, gap],
      // Links at the end, with what leads to them and what separates them: cut off, the words printed — when they are
      // an award's full statement ending on its number, date or year (review diff22 #5, diff23 #1-#4).
      [`Bằng khen của Chủ tịch UBND tỉnh, Quyết định số 188/QĐ-UBND ngày 08/12/2022: ${link}`, 'Bằng khen của Chủ tịch UBND tỉnh, Quyết định số 188/QĐ-UBND ngày 08/12/2022.'],
      [`Giấy khen số 45/QĐ-UBND ngày 2/6/2022 tại${link}`, 'Giấy khen số 45/QĐ-UBND ngày 2/6/2022.'],
      [`Giấy khen số 45/QĐ-UBND ngày 2/6/2022:drive.google.com/file/d/1Ab/view`, 'Giấy khen số 45/QĐ-UBND ngày 2/6/2022.'],
      [`Giấy khen số 45/QĐ-UBND ngày 2/6/2022 Minh chứng:drive.google.com/x`, 'Giấy khen số 45/QĐ-UBND ngày 2/6/2022.'],
      [`Chiến sĩ thi đua cơ sở, Quyết định số 7/QĐ-SGDĐT ngày 30/5/2023. Minh chứng: ${link} ; ${link}`, 'Chiến sĩ thi đua cơ sở, Quyết định số 7/QĐ-SGDĐT ngày 30/5/2023.'],
      [`Giấy khen của Giám đốc Sở GD&ĐT số 45/QĐ-SGDĐT (xem tại ${link})`, 'Giấy khen của Giám đốc Sở GD&ĐT số 45/QĐ-SGDĐT.'],
      [`Giấy khen số 45/QĐ-UBND ngày 2/6/2022, xem ${link} và ${link} .`, 'Giấy khen số 45/QĐ-UBND ngày 2/6/2022.'],
      [`Giấy khen số 45/QĐ-UBND ngày 2/6/2022 👉 <${link}>`, 'Giấy khen số 45/QĐ-UBND ngày 2/6/2022.'],
      // After the number, date or year, only its issuer; awards by their abbreviations (review diff24 #4).
      [`Giấy khen số 45/QĐ-UBND ngày 20/7/2022 của Chủ tịch UBND huyện ${link}`, 'Giấy khen số 45/QĐ-UBND ngày 20/7/2022 của Chủ tịch UBND huyện.'],
      [`CSTĐCS năm học 2022-2023, QĐ 12/QĐ-UBND ngày 1/6/2023 ${link}`, 'CSTĐCS năm học 2022-2023, QĐ 12/QĐ-UBND ngày 1/6/2023.'],
      [`Giáo viên dạy giỏi cấp huyện, QĐ 33/QĐ-PGDĐT ngày 5/3/2023 ${link}`, 'Giáo viên dạy giỏi cấp huyện, QĐ 33/QĐ-PGDĐT ngày 5/3/2023.'],
      [`Giấy khen số 45/QĐ-UBND ngày 20/7/2022 của Chủ tịch UBND huyện, link drive ${link}`, gap],
      ['Giấy khen số 45/QĐ-UBND ngày 08/12/2022drive.google.com/file/d/1Ab/view', gap],
      // Words that need their link, or that end on a lead-in no list can foresee: the gap.
      [`Giấy khen số 45/QĐ-UBND ngày 2/6/2022, file đính kèm: ${link}`, gap],
      [`Giấy khen số 45/QĐ-UBND ngày 2/6/2022 - Minh chứng số 1: ${link}`, gap],
      [`Giấy khen năm 2023. Drive: ${link}`, gap],
      [`Chiến sĩ thi đua cơ sở năm học 2022-2023. Minh chứng: ${link}`, gap],
      [`Có, năm 2023 ${link}`, gap],
      [`QĐ số 45 ${link}`, gap],
      [`Có, Quyết định số 45/QĐ-UBND ngày 2/6/2022 ${link}`, gap],
      [`Giấy khen của Hiệu trưởng năm 2023, cô Minh ${link}`, gap],
      ['Bằng khen 2022 drive.google.com/file/d/1Ab/view', gap],
      ['Giấy khen, xem zalo.me/0912345678', gap],
      ['Bằng khen bit.ly/3abcDEF', gap],
      ['Giấy khen pgd.yenbai.edu.vn/tin-tuc/khen-thuong', gap],
      [`Bằng khen số 188/QĐ-UBND ngày 8/12/2022 (link ${link}`, 'Bằng khen số 188/QĐ-UBND ngày 8/12/2022.'],
      [`Bằng khen (số 188/QĐ-UBND ngày 8/12/2022, link ${link}`, gap],
      // Without one, printed as written, whatever dots and slashes it holds.
      ['Chiến sĩ thi đua cơ sở năm học 2022-2023 (Quyết định số 12/QĐ-PGDĐT)', 'Chiến sĩ thi đua cơ sở năm học 2022-2023 (Quyết định số 12/QĐ-PGDĐT).'],
      ['Bằng khen UBND TP.HCM/2022', 'Bằng khen UBND TP.HCM/2022.'],
      ['Giấy khen P.GD/ĐT, QĐ số 12.QD/UBND', 'Giấy khen P.GD/ĐT, QĐ số 12.QD/UBND.'],
      ['Hồ sơ minh chứng: Giấy khen của Hiệu trưởng, biên soạn tài liệu', 'Hồ sơ minh chứng: Giấy khen của Hiệu trưởng, biên soạn tài liệu.'],
    ];
    const name = (i: number) => `Trường Hợp ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? String.fromCharCode(97 + Math.floor(i / 26)) : ''}`;
    const regs = evaluated(cases.map(([answer], i) => ({ ...person(name(i), 1), [question]: answer })));
    const sel = propose(regs, regs.map((r) => r.id));
    expect(cases.map((_, i) => nomineeValues(sel.nominees.find((n) => n.name === name(i))!, cfg).khen_thuong)).toEqual(cases.map(([, printed]) => printed));
    const docs = planDocuments(sel, new Date(2024, 6, 1), cfg, null);
    const warnings = (i: number) => docs.find((d) => d.kind === 'baoCao' && d.nominee?.name === name(i))!.warnings.join(' ');
    cases.forEach(([, printed], i) => {
      if (printed === gap) expect(warnings(i)).toContain(PROPOSAL_SUMMARY_WARNING.link(question));
      else expect(warnings(i)).not.toContain('đường liên kết');
    });
  });

  it('an award given only by its decision\'s number and date is printed as written, with a warning naming that question (review read-outputs M3)', () => {
    const question = SELF_DECLARED['CN-03-THANH-TICH'].evidence!;
    const regs = evaluated([
      { ...person('Chỉ Có Số', 1), [question]: 'Số 197/QĐ ngày 4/3/2022' },
      { ...person('Có Danh Hiệu', 1), [question]: 'Giấy khen của Chủ tịch UBND xã, Quyết định số 45/QĐ-UBND ngày 12/5/2024' },
    ]);
    const sel = propose(regs, regs.map((r) => r.id));
    expect(nomineeValues(sel.nominees.find((n) => n.name === 'Chỉ Có Số')!, cfg).khen_thuong).toBe('Số 197/QĐ ngày 4/3/2022.');
    const docs = planDocuments(sel, new Date(2024, 6, 1), cfg, null);
    const warnings = (name: string) => docs.find((d) => d.kind === 'baoCao' && d.nominee?.name === name)!.warnings.join(' ');
    expect(warnings('Chỉ Có Số')).toContain(PROPOSAL_SUMMARY_WARNING.unnamedAward(question));
    expect(warnings('Có Danh Hiệu')).not.toContain('chưa ghi danh hiệu');
  });

  it('markup in the model\'s name, which the report prints, is a warning naming that question (review "input" #2)', () => {
    const regs = evaluated([{ ...person('Mô Hình Lạ', 1), [Q.modelName]: 'Lớp học {{ten_don_vi}} hạnh phúc' }, person('Mô Hình Thường', 1)]);
    const docs = planDocuments(propose(regs, regs.map((r) => r.id)), new Date(2024, 6, 1), cfg, null);
    const warnings = (name: string) => docs.find((d) => d.kind === 'baoCao' && d.nominee?.name === name)!.warnings.join(' ');
    expect(warnings('Mô Hình Lạ')).toContain(`Lưu ý: câu trả lời “${Q.modelName}” có đoạn giống mã máy tính hoặc công thức (“{{”)`);
    expect(warnings('Mô Hình Thường')).not.toContain('giống mã máy tính');
  });

  it('a teacher rated "Không hoàn thành nhiệm vụ" in a year is held, saying why; a year "Hoàn thành nhiệm vụ" is proposed with a note to the council', () => {
    const rated = (name: string, y: number, rating: string) => {
      const a = person(name, 1);
      return { ...a, [Q.individualRatings]: { ...(a[Q.individualRatings] as Record<string, string>), [schoolYearRow(y)]: rating } };
    };
    const teachers = evaluated([rated('Không Hoàn Thành', 2022, RATING_CHOICES.failed), rated('Hoàn Thành', 2023, RATING_CHOICES.done), person('Tốt Cả', 1)]);
    // A year that does not count yet (2024-2025 at 01/07/2024) is not held against anyone (review diff8 #4).
    const notYet = evaluated([rated('Năm Chưa Tính', 2024, RATING_CHOICES.failed)]);
    const review0 = mergeReview([], notYet);
    for (const row of review0.rows) row[review0.columns.decision] = REVIEW_DECISIONS.propose;
    expect(selectNominees(review0, notYet, cfg).nominees.map((n) => n.name)).toEqual(['Năm Chưa Tính']);
    expect(teachers.map((r) => r.verdict)).toEqual(['dat', 'dat', 'dat']);
    const sel = propose(teachers, teachers.map((r) => r.id));
    expect(sel.nominees.map((n) => n.name).sort()).toEqual(['Hoàn Thành', 'Tốt Cả']);
    expect(propose(teachers, teachers.map((r) => r.id)).flagged).toHaveLength(1);
    expect(sel.flagged.map((x) => [x.nominee.name, x.reason])).toEqual([['Không Hoàn Thành', 'failedYear']]);
    expect(sel.flagged[0].note).toContain('phiếu ghi xếp loại “Không hoàn thành nhiệm vụ” ở 2022-2023');
    const docs = planDocuments(sel, new Date(2024, 6, 1), cfg, null);
    const report = (name: string) => docs.find((d) => d.kind === 'baoCao' && d.nominee?.name === name)!;
    expect(report('Hoàn Thành').warnings.join(' ')).toContain('Lưu ý cho Hội đồng: phiếu ghi xếp loại “Hoàn thành nhiệm vụ” (dưới mức hoàn thành tốt) ở 2023-2024');
    expect(report('Tốt Cả').warnings.join(' ')).not.toContain('Lưu ý cho Hội đồng');
    // Voted on and passed at the meeting, the one held is printed in the Biên bản as not proposed (its conclusion
    // proposes every "Đủ tỷ lệ tán thành").
    const held = teachers.find((r) => r.name === 'Không Hoàn Thành')!;
    const council = parseCouncil(councilTabRows([[held.id, 7, 0]]))!;
    const [row] = voteRows(council, [sel.flagged[0].nominee], cfg.organisation, cfg);
    expect(row.bq_ket_qua).toBe('Đủ tỷ lệ tán thành (không đưa vào đề nghị: có năm xếp loại không hoàn thành nhiệm vụ)');
    // "Thẩm định" says it on the row before the council votes.
    const review = mergeReview([], teachers, new Map(), [], (r) => heldNote(r));
    const noteOf = (id: string) => String(review.rows.find((x) => x[review.columns.id] === id)![review.columns.note]);
    expect(noteOf(held.id)).toContain('Chưa đưa vào tờ trình: phiếu ghi xếp loại “Không hoàn thành nhiệm vụ” ở 2022-2023');
    expect(noteOf(teachers.find((r) => r.name === 'Tốt Cả')!.id)).toBe('');
  });

  it('a manager "Đạt" only because the excellent year is not judged yet (before the interim review) is held, saying why; one with such a year is proposed', () => {
    const early = config(new Date(2022, 7, 15));
    const f = form(early);
    const manager = (name: string, excellent: boolean) => {
      const a = individualAnswers('manager', early);
      return { ...a, [Q.individualName]: name, [Q.individualRatings]: { ...(a[Q.individualRatings] as Record<string, string>), [schoolYearRow(2021)]: excellent ? RATING_CHOICES.excellent : RATING_CHOICES.good } };
    };
    const values = [headerRow(f), ...[manager('Chưa Xuất Sắc', false), manager('Có Xuất Sắc', true)].map((a, i) => answersToRow(f, a as never, new Date(2022, 7, 1 + i, 8), SCHOOLS[0].emails[0]))];
    const managers = evaluateAll({ config: early, directoryRows: directoryRowsWithOffice(), responseValues: values }).registrations;
    expect(managers.map((r) => r.verdict)).toEqual(['dat', 'dat']);
    const sel = propose(managers, managers.map((r) => r.id));
    expect(sel.nominees.map((n) => n.name)).toEqual(['Có Xuất Sắc']);
    expect(sel.flagged.map((x) => [x.nominee.name, x.reason])).toEqual([['Chưa Xuất Sắc', 'excellent']]);
    expect(sel.flagged[0].note).toContain('phải có ít nhất 01 năm trong giai đoạn được xếp loại “Hoàn thành xuất sắc nhiệm vụ” (kế hoạch, mục II.2.b)');
    expect(COUNCIL_SUMMARY.flagged({ vote: 0, noVote: 0, level: 0, excellent: 1 })).toBe('1 trường hợp không đưa vào tờ trình: 1 vì cán bộ quản lý, đảng viên, người đứng đầu chưa có năm được xếp loại hoàn thành xuất sắc nhiệm vụ (xem cột “Ghi chú”).');
    // An office that made the criterion optional ("Tiêu chí" tab) is not held to it.
    const optional = criteriaToRows(CATALOGUE.map((c) => (c.id === 'CN-10-XUAT-SAC' ? { ...c, mandatory: false } : c)));
    const relaxed = evaluateAll({ config: early, directoryRows: directoryRowsWithOffice(), responseValues: values, criteriaRows: optional }).registrations;
    expect(propose(relaxed, relaxed.map((r) => r.id)).nominees).toHaveLength(2);
  });

  it('leaves out what the council did not mark, and a registration replaced by a later one', () => {
    const later = evaluated([person('Trần Văn Bình', 1), person('Trần Văn Bình', 2)]);
    const sel = propose(later, later.map((r) => r.id));
    expect(sel.nominees.map((n) => n.id)).toEqual([later[1].id]);
    expect(sel.skipped).toEqual([later[0].id]);
    expect(propose(regs, []).nominees).toEqual([]);
    expect(selectNominees(null, regs).nominees).toEqual([]);
  });

  it('a "Thẩm định" row pasted twice proposes its registration once, and no number is skipped (review "tests" #1)', () => {
    const two = evaluated([person('Trần Văn Bình', 2), person('Lê Thị Cúc', 2)]);
    const first = mergeReview([], two);
    for (const row of first.rows) row[first.columns.decision] = REVIEW_DECISIONS.propose;
    const tab = mergeReview([first.header, ...first.rows, [...first.rows[0]]], two);
    expect(tab.rows.filter((r) => r[tab.columns.id] === two[0].id)).toHaveLength(2);
    const sel = selectNominees(tab, two);
    expect(sel.nominees.map((n) => n.id).sort()).toEqual(two.map((r) => r.id).sort());
    const lists = planDocuments(sel.nominees, new Date(2024, 8, 5), cfg).filter((d) => d.kind === 'danhSach');
    expect(lists.map((d) => d.group.map((n) => n.id).sort())).toEqual([two.map((r) => r.id).sort()]);
  });

  it('two nominees that may be one person (same name and birth year at two schools): both reports say so; one alone does not', () => {
    const two = evaluated([person('Trần Văn Bình', 2), { ...person('Trần Văn Bình', 2), [Q.school]: SCHOOLS[1].name }]);
    const [a, b] = two.map((r) => r.id);
    const both = planDocuments(propose(two, [a, b]).nominees, new Date(2024, 8, 5), cfg).filter((d) => d.kind === 'baoCao');
    expect(both.map((d) => d.warnings.filter((w) => w.startsWith('Có thể trùng người')))).toEqual([
      [expect.stringContaining(`${b} (${SCHOOLS[1].name})`)],
      [expect.stringContaining(`${a} (${SCHOOLS[0].name})`)],
    ]);
    const one = planDocuments(propose(two, [a]).nominees, new Date(2024, 8, 5), cfg).filter((d) => d.kind === 'baoCao');
    expect(one[0].warnings.filter((w) => w.startsWith('Có thể trùng người'))).toEqual([]);
  });

  it('a collective\'s background is a sentence: the commune\'s kind in lower case, the cluster a cụm thi đua (review read-outputs M1)', () => {
    expect(PROPOSAL_TEXT.collectiveBackground('Trường Tiểu học Hoa Hồng', 'Tiểu học', 'Xã Suối Mơ', 'Cụm 2', '')).toBe('Trường Tiểu học Hoa Hồng, cấp học tiểu học, đóng trên địa bàn xã Suối Mơ, thuộc Cụm thi đua 2.');
    // An abbreviation keeps its capitals (review r73l: the level a common noun inside the sentence).
    expect(PROPOSAL_TEXT.collectiveBackground('Trường THCS Quang Minh', 'THCS', '', '', '')).toBe('Trường THCS Quang Minh, cấp học THCS.');
    expect(PROPOSAL_TEXT.collectiveBackground('Tổ Toán', '', 'Phường Ba Đình', 'Cụm thi đua số 3', 'Lê Văn A')).toBe('Tổ Toán, đóng trên địa bàn phường Ba Đình, thuộc Cụm thi đua số 3; hiệu trưởng: Lê Văn A.');
    expect(PROPOSAL_TEXT.collectiveBackground('Trường X', 'THCS', 'Xã Xuân', 'Bắc', '')).toBe('Trường X, cấp học THCS, đóng trên địa bàn xã Xuân, thuộc cụm thi đua Bắc.');
  });

  it('a nominee who declares heading the school while "Đơn vị" names another head: the report says whom it prints, and why to check', () => {
    const heads = evaluated([{ ...individualAnswers('head'), [Q.individualName]: 'Đỗ Thị Nhung' }, { ...individualAnswers('head'), [Q.individualName]: SCHOOLS[0].principal }]);
    const docs = planDocuments(propose(heads, heads.map((r) => r.id)).nominees, new Date(2024, 8, 5), cfg).filter((d) => d.kind === 'baoCao');
    const warned = (name: string) => docs.find((d) => d.nominee!.name === name)!.warnings.filter((w) => w.startsWith('Người được đề nghị khai là người đứng đầu'));
    expect(warned('Đỗ Thị Nhung')).toEqual([expect.stringContaining(`ghi người đứng đầu là “${SCHOOLS[0].principal}”`)]);
    // One of the two facts it prints is wrong: its status says to correct it before signing (review read-outputs H2).
    const needsFix = (name: string) => docs.find((d) => d.nominee!.name === name)!.needsFix ?? false;
    expect(needsFix('Đỗ Thị Nhung')).toBe(true);
    // The directory's head herself: nothing to check.
    expect(warned(SCHOOLS[0].principal)).toEqual([]);
    expect(needsFix(SCHOOLS[0].principal)).toBe(false);
  });

  it('the district office\'s own Giấy khen: its Tờ trình and draft Quyết định say to check the authority; a Sở\'s do not (review docs H2)', () => {
    const regs = evaluated([individualAnswers('teacher')]);
    const council = { ...cfg, organisation: { ...cfg.organisation, signer: { name: 'Trần Văn Minh', title: 'Trưởng phòng' } } };
    const kinds = (c: typeof cfg) => planDocuments(propose(regs, [regs[0].id]).nominees, new Date(2024, 8, 5), c).filter((d) => d.warnings.includes(PHONG_GIAY_KHEN)).map((d) => `${d.kind}:${d.level}`);
    expect(kinds(council)).toEqual(['toTrinh:giayKhen']);
    const so = { ...council, organisation: { ...council.organisation, kind: 'so' as const, name: 'Sở Giáo dục và Đào tạo tỉnh Yên Bái', signer: { name: 'X', title: 'Giám đốc' } } };
    expect(planDocuments(propose(regs, [regs[0].id]).nominees, new Date(2024, 8, 5), so).flatMap((d) => d.warnings).join(' ')).not.toContain('Kiểm tra thẩm quyền');
  });

  it('a Tờ trình or draft Quyết định carrying that authority note is to be corrected before signing: its status says so, not a plain "Đã tạo" (review docs H1)', () => {
    const regs = evaluated([narrated(collectiveAnswers()), narrated(individualAnswers('teacher'))]);
    const [school, teacher] = regs;
    const c = parseCouncil(councilTab([[school.id, 8, 0], [teacher.id, 8, 0]]))!;
    const sel = applyCouncil(reviewWith(regs, { [school.id]: '', [teacher.id]: AWARD_LEVEL_CHOICES.bangKhenTinh }), c);
    // The office's plan given: its căn cứ is no line to complete (review now N1), only the authority is at stake here.
    const phong = { ...cfg, organisation: { ...cfg.organisation, planNumber: '125/KH-PGDĐT', planDate: '15/09/2021', planTitle: PLAN_TITLE, signer: { name: 'Trần Văn Minh', title: 'Trưởng phòng' } } };
    const fix = (office: typeof cfg) => planDocuments(sel, DAY, office, c).filter((d) => d.kind !== 'baoCao').map((d) => `${d.kind}:${d.level}:${d.needsFix ?? false}`);
    // The Giấy khen's Tờ trình and Quyết định; the Bằng khen's Tờ trình, the lists and the Biên bản are not concerned.
    expect(fix(phong)).toEqual(['toTrinh:giayKhen:true', 'danhSach:giayKhen:false', 'toTrinh:bangKhenTinh:false', 'danhSach:bangKhenTinh:false', 'bienBan:null:false', 'quyetDinh:giayKhen:true']);
    expect(planDocuments(sel, DAY, phong, c).filter((d) => d.needsFix && d.kind !== 'baoCao').every((d) => d.warnings.includes(PHONG_GIAY_KHEN))).toBe(true);
    // A Sở's own Giấy khen (its Giám đốc's power, Điều 80 khoản 1) with the Quyết định's lines filled: nothing to correct.
    const so = {
      ...phong,
      organisation: { ...phong.organisation, kind: 'so' as const, name: 'Sở Giáo dục và Đào tạo tỉnh Yên Bái', signer: { name: 'X', title: 'Giám đốc' }, competenceBasis: 'Quyết định số 1/QĐ-UBND.', reward: 'theo quy định' },
    };
    expect(fix(so).filter((x) => x.endsWith(':true'))).toEqual([]);
  });

  it('each achievement report says which award, which dossier, it belongs to, as the Tờ trình does; its file name and key do not change (review docs M2)', () => {
    const regs = evaluated([narrated(collectiveAnswers()), narrated(individualAnswers('teacher'))]);
    const [school, teacher] = regs;
    const docs = planDocuments(reviewWith(regs, { [school.id]: '', [teacher.id]: AWARD_LEVEL_CHOICES.bangKhenTinh }), DAY, signed);
    const report = (id: string) => docs.find((d) => d.kind === 'baoCao' && d.nominee!.id === id)!;
    expect(report(teacher.id).label).toBe('Báo cáo thành tích cá nhân (Bằng khen UBND tỉnh)');
    expect(report(school.id).label).toBe('Báo cáo thành tích tập thể (Giấy khen)');
    expect(docs.find((d) => d.kind === 'toTrinh' && d.level === 'bangKhenTinh')!.label).toBe('Tờ trình đề nghị khen thưởng (Bằng khen UBND tỉnh)');
    expect(report(teacher.id).name).toBe(`Báo cáo thành tích - ${teacher.id} - ${report(teacher.id).nominee!.name}`);
    expect(report(teacher.id).legacyKey).toBe(`BC:bangKhenTinh:${teacher.id}`);
  });

  it('the Danh sách and the draft Quyết định, which print the position the nominee gave, are told of such a head too (review docs M3)', () => {
    const heads = evaluated([{ ...individualAnswers('head'), [Q.individualName]: 'Đỗ Thị Nhung' }, { ...individualAnswers('head'), [Q.individualName]: SCHOOLS[0].principal }]);
    const docs = planDocuments(propose(heads, heads.map((r) => r.id)).nominees, new Date(2024, 8, 5), cfg);
    const said = proposalNote.headConflictListed([{ name: 'Đỗ Thị Nhung', principal: SCHOOLS[0].principal }]);
    // (The draft Quyết định is planned with a council's meeting: here the Danh sách.)
    const lists = docs.filter((x) => x.kind === 'danhSach' || x.kind === 'quyetDinh');
    expect(lists.length).toBeGreaterThan(0);
    for (const d of lists) {
      expect(d.warnings, d.kind).toContain(said);
      expect(d.needsFix, d.kind).toBe(true);
    }
    // The directory's head alone: nothing said.
    const only = evaluated([{ ...individualAnswers('head'), [Q.individualName]: SCHOOLS[0].principal }]);
    for (const d of planDocuments(propose(only, only.map((r) => r.id)).nominees, new Date(2024, 8, 5), cfg)) expect(d.warnings.join(' '), d.kind).not.toContain('khai là người đứng đầu');
  });

  it('a district office (Phòng GD&ĐT) signing a Tờ trình dated after 1/7/2025 is told to check its kind in "Cấu hình"', () => {
    expect(cfg.organisation.kind).toBe('phong');
    const sel = propose(regs, ids);
    const warned = (day: Date) => planDocuments(sel.nominees, day, cfg).filter((d) => d.kind === 'toTrinh').map((d) => d.warnings.filter((w) => w.includes('cơ quan không còn từ 01/07/2025')).length);
    expect(warned(new Date(2025, 6, 1))).toEqual([1]);
    expect(warned(new Date(2025, 5, 30))).toEqual([0]);
    const so = { ...cfg, organisation: { ...cfg.organisation, kind: 'so' as const } };
    expect(planDocuments(sel.nominees, new Date(2026, 0, 5), so).filter((d) => d.kind === 'toTrinh').every((d) => !d.warnings.some((w) => w.includes('cơ quan không còn')))).toBe(true);
  });

  it('the căn cứ of the office\'s plan: a part "Cấu hình" does not give is a gap the Tờ trình and draft Quyết định print and their notes name; a date impossible for the period is printed as written and told (review now N1)', () => {
    const both = evaluated([narrated(collectiveAnswers()), narrated(individualAnswers('teacher'))]);
    const [school, teacher] = both;
    const c = parseCouncil(councilTab([[school.id, 8, 0], [teacher.id, 8, 0]]))!;
    const sel = applyCouncil(reviewWith(both, { [school.id]: '', [teacher.id]: '' }), c);
    // A Sở with its Quyết định's own lines given: only the plan is at stake.
    const office = (planNumber: string, planDate: string, planTitle = PLAN_TITLE) => ({
      ...cfg,
      organisation: { ...cfg.organisation, kind: 'so' as const, name: 'Sở Giáo dục và Đào tạo tỉnh Yên Bái', signer: { name: 'X', title: 'Giám đốc' }, competenceBasis: 'Quyết định số 1/QĐ-UBND.', reward: 'theo quy định', planNumber, planDate, planTitle },
    });
    const citing = (o: typeof cfg, day = DAY) => planDocuments(sel, day, o, c).filter((d) => d.kind === 'toTrinh' || d.kind === 'quyetDinh');
    const others = (o: typeof cfg, day = DAY) => planDocuments(sel, day, o, c).filter((d) => d.kind !== 'toTrinh' && d.kind !== 'quyetDinh');
    const basis = (o: typeof cfg) => commonValues(o.organisation, o.period.name, DAY, { collectives: 1, individuals: 1 }).can_cu_ke_hoach;
    expect(cfg.period.startYear).toBe(2021);

    // Both given, the date in the period: cited as written, nothing said, nothing to correct.
    const given = office('125/KH-SGDĐT', '15/09/2021');
    expect(basis(given)).toBe(`Căn cứ Kế hoạch số 125/KH-SGDĐT ngày 15 tháng 9 năm 2021 của Sở Giáo dục và Đào tạo tỉnh Yên Bái về ${PLAN_TITLE};`);
    expect(citing(given).map((d) => [d.kind, d.warnings, d.needsFix ?? false])).toEqual([['toTrinh', [], false], ['quyetDinh', [], false]]);

    // Number and date without the trích yếu: a gap, never words the plan may not have (review r73l #1); the note names the row.
    const untitled = office('125/KH-SGDĐT', '15/09/2021', '');
    expect(basis(untitled)).toBe('Căn cứ Kế hoạch số 125/KH-SGDĐT ngày 15 tháng 9 năm 2021 của Sở Giáo dục và Đào tạo tỉnh Yên Bái về [trích yếu của Kế hoạch — cơ quan bổ sung];');
    for (const d of citing(untitled)) {
      expect(d.needsFix).toBe(true);
      expect(d.warnings.join(' ')).toContain('căn cứ Kế hoạch của cơ quan: trích yếu (mục “Trích yếu Kế hoạch”)');
    }

    // Neither: the whole line is a gap; each document's note names both rows of "Cấu hình"; the status says to correct.
    const none = office('', '', '');
    expect(basis(none)).toBe(`[Căn cứ Kế hoạch số …/KH-… ngày … của Sở Giáo dục và Đào tạo tỉnh Yên Bái về ${PROPOSAL_TEXT.planTitle(cfg.period.name)} — cơ quan bổ sung];`);
    for (const d of citing(none)) {
      expect(d.needsFix).toBe(true);
      expect(d.warnings.filter((w) => w.includes('“Số Kế hoạch của cơ quan”, “Ngày ban hành Kế hoạch”'))).toHaveLength(1);
      expect(d.warnings.join(' ')).toContain('cơ quan chưa có Kế hoạch của giai đoạn thì xóa dòng này trong văn bản');
    }
    expect(citing(none).map((d) => d.warnings[0].slice(0, 9))).toEqual(['Dòng căn ', 'Dự thảo c']);
    // The Danh sách, the Biên bản and the reports cite no plan: nothing said of it.
    expect(others(none).every((d) => !d.warnings.some((w) => w.includes('Kế hoạch của cơ quan')))).toBe(true);

    // Only the number, only the date: what is given is printed, a gap where the other part goes, the note names that row.
    expect(basis(office('125/KH-SGDĐT', ''))).toMatch(/^Căn cứ Kế hoạch số 125\/KH-SGDĐT ngày \[… — cơ quan bổ sung\] của Sở /);
    expect(basis(office('', '15/09/2021'))).toMatch(/^Căn cứ Kế hoạch số \[… — cơ quan bổ sung\] ngày 15 tháng 9 năm 2021 của Sở /);
    const noDate = citing(office('125/KH-SGDĐT', '')).map((d) => d.warnings.join(' '));
    expect(noDate.every((w) => w.includes('ngày ban hành (mục “Ngày ban hành Kế hoạch”)') && !w.includes('“Số Kế hoạch của cơ quan”'))).toBe(true);
    const noNumber = citing(office('', '15/09/2021')).map((d) => d.warnings.join(' '));
    expect(noNumber.every((w) => w.includes('số, ký hiệu (mục “Số Kế hoạch của cơ quan”)') && !w.includes('“Ngày ban hành Kế hoạch”'))).toBe(true);

    // A plan of 2019 for 2021–2025 (before 1/1/2020): printed as written, told on both documents, to correct before signing.
    const old = office('15/KH-SGDĐT', '31/12/2019');
    expect(basis(old)).toContain('số 15/KH-SGDĐT ngày 31 tháng 12 năm 2019');
    for (const d of citing(old)) {
      expect(d.needsFix).toBe(true);
      expect(d.warnings).toEqual([proposalNote.planDateBefore('Ngày ban hành Kế hoạch', 'Số Kế hoạch của cơ quan', '31/12/2019', 2020, '2021-2025')]);
    }
    expect(others(old).every((d) => !d.warnings.some((w) => w.includes('Ngày ban hành Kế hoạch')))).toBe(true);
    // From 1 January of the year before the period: a plan of the period.
    expect(citing(office('15/KH-SGDĐT', '01/01/2020')).every((d) => d.warnings.length === 0)).toBe(true);

    // A plan dated after the document (05/09/2024): told; on its own day, or a document dated later, nothing.
    const later = office('125/KH-SGDĐT', '06/09/2024');
    for (const d of citing(later)) expect(d.warnings).toEqual([proposalNote.planDateAfter('Ngày ban hành Kế hoạch', '06/09/2024', '05/09/2024')]);
    expect(citing(office('125/KH-SGDĐT', '05/09/2024')).every((d) => d.warnings.length === 0)).toBe(true);
    expect(citing(later, new Date(2024, 8, 6, 8)).every((d) => d.warnings.length === 0)).toBe(true);
  });

  it('plans one Tờ trình, one Danh sách and one report per nominee; the list key follows the list', () => {
    const sel = propose(regs, ids);
    const docs = planDocuments(sel.nominees, new Date(2024, 8, 5));
    expect(docs.map((d) => d.kind)).toEqual(['toTrinh', 'danhSach', ...sel.nominees.map(() => 'baoCao')]);
    expect(docs[0].name).toBe('Tờ trình đề nghị tặng Giấy khen - 05-09-2024');
    expect(docs.every((d) => d.level === 'giayKhen')).toBe(true); // no level chosen: the office's Giấy khen
    expect(new Set(docs.map((d) => d.key)).size).toBe(docs.length);
    const fewer = planDocuments(sel.nominees.slice(1), new Date(2024, 8, 5));
    expect(fewer[0].key).not.toBe(docs[0].key);
    expect(fewer[2].key).toBe(docs[3].key);
  });
});

describe('values', () => {
  it('writes dates as Nghị định 30 does', () => {
    expect(vietnameseDateParts(new Date(2024, 8, 5)).text).toBe('ngày 05 tháng 9 năm 2024');
    expect(vietnameseDateParts(new Date(2025, 1, 15)).text).toBe('ngày 15 tháng 02 năm 2025');
    expect(vietnameseDateParts(new Date(2024, 11, 31)).text).toBe('ngày 31 tháng 12 năm 2024');
  });

  it('compares Vietnamese in dictionary order', () => {
    const words = ['Đức', 'Dũng', 'Ân', 'Ăn', 'An', 'Bình', 'ấn', 'án', 'Ơn', 'Ông', 'Oanh'];
    expect([...words].sort(compareVietnamese)).toEqual(['An', 'Ăn', 'Ân', 'ấn', 'Bình', 'Dũng', 'Đức', 'Oanh', 'Ông', 'Ơn', 'án'].sort(compareVietnamese));
    expect(compareVietnamese('Dũng', 'Đức')).toBeLessThan(0);
    expect(compareVietnamese('An', 'Ăn')).toBeLessThan(0);
    expect(compareVietnamese('Ăn', 'Ân')).toBeLessThan(0);
    expect(compareVietnamese('Oanh', 'Ông')).toBeLessThan(0);
    expect(compareVietnamese('Ông', 'Ơn')).toBeLessThan(0);
    expect(compareVietnamese('an', 'án')).toBeLessThan(0);
  });

  it('fills the common values: office, symbol, totals, addressee', () => {
    const v = commonValues(cfg.organisation, cfg.period.name, new Date(2024, 8, 5), { collectives: 12, individuals: 34 });
    expect(v.tong_so).toBe('Tổng số: 12 tập thể, 34 cá nhân');
    expect(v.co_quan).toBe('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ YÊN BÁI');
    // The governing body (cơ quan chủ quản) heads the document; the Sở is only the addressee.
    expect(v.co_quan_cap_tren).toBe('ỦY BAN NHÂN DÂN THÀNH PHỐ YÊN BÁI');
    expect(v.kinh_gui).toBe('Giám đốc Sở Giáo dục và Đào tạo tỉnh Yên Bái');
    expect(v.ky_hieu).toBe('PGDĐT');
    expect(v.ngay_thang_nam).toBe('ngày 05 tháng 9 năm 2024');
    expect(v.nguoi_ky).toBeNull(); // no signer configured: the Tờ trình is refused (below), never printed blank
    const lv = levelValues('bangKhenBo', cfg.organisation, null, cfg); // the level's wording; its signer is the office's
    expect(documentGaps('toTrinh', { ...v, ...lv })).toEqual(['mục “Người ký tờ trình” ở trang “Cấu hình”']);
    expect(documentGaps('toTrinh', { ...v, ...lv, nguoi_ky: 'Trần Văn Minh' })).toEqual([]);
    expect(documentSymbol({ ...cfg.organisation, name: 'Ủy ban Nhân dân Xã Hòa Bình' })).toBe('UBND');
    expect(documentSymbol({ ...cfg.organisation, name: 'Ủy ban nhân dân phường Yên Bái', symbol: 'TTr-VHXH' })).toBe('VHXH');
    // A school: its kind's letters and its own name's initials, as "Cấu hình" gives for example (review schooloffice L7).
    const school = (name: string) => documentSymbol({ ...cfg.organisation, name, symbol: '' });
    expect(school('Trường Trung học phổ thông Đồi Thông')).toBe('THPTĐT');
    expect(school('Trường Trung học cơ sở Quang Minh')).toBe('THCSQM');
    expect(school('Trường THCS Quang Minh')).toBe('THCSQM');
    expect(school('Trường Tiểu học Hòa Bình')).toBe('THHB');
    expect(school('Trường Mầm non Hoa Sen')).toBe('MNHS');
    expect(school('Trường Phổ thông dân tộc nội trú Văn Chấn')).toBe('PTDTNTVC');
    expect(v.can_cu_luat).toBe('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
    // No plan in "Cấu hình": a visible line to complete, never a plan cited by nothing (review now N1).
    expect(v.can_cu_ke_hoach).toMatch(/^\[Căn cứ Kế hoạch số …\/KH-… ngày … của Phòng Giáo dục và Đào tạo thành phố Yên Bái về .* — cơ quan bổ sung\];$/);
    const planned = commonValues({ ...cfg.organisation, planNumber: '125/KH-PGDĐT', planDate: '05/09/2021', decreeBasis: '' }, cfg.period.name, new Date(2024, 8, 5), { collectives: 1, individuals: 1 });
    expect(planned.can_cu_ke_hoach).toMatch(/^Căn cứ Kế hoạch số 125\/KH-PGDĐT ngày 05 tháng 9 năm 2021 của /);
    expect(planned.can_cu_nghi_dinh).toBeNull(); // not cited: its line is left out
  });

  it("a school's symbol keeps the number of its name and names its type; levels joined by a space alone (review d82a F3)", () => {
    const school = (name: string) => documentSymbol({ ...cfg.organisation, name, symbol: '' });
    expect(school('Trường Tiểu học số 1 Nam Lý')).toBe('TH1NL');
    expect(school('Trường Tiểu học số 2 Nam Lý')).toBe('TH2NL');
    // Digits only: "/" and "-" separate a document's number and the groups of its symbol (Nghị định 30/2020/NĐ-CP).
    expect(school('Trường Mầm non 19/5')).toBe('MN195');
    expect(school('Trường Mầm non 1/6')).toBe('MN16');
    expect(school('Trường TH THCS Họa Mi')).toBe(school('Trường TH&THCS Họa Mi'));
    expect(school('Trường TH THCS Họa Mi')).toBe('THTHCSHM');
    expect(school('Trường Liên cấp Nam Sơn')).toBe('LCNS');
    expect(school('Trường Phổ thông nhiều cấp học Nam Sơn')).toBe('PTNCHNS');
    expect(school('Trường Liên cấp TH và THCS Ngôi Sao')).toBe('LCTHTHCSNS');
    // A level word that begins the school's own name is not a level ("Tiểu La"), nor is the type without a name.
    expect(school('Trường Tiểu học Tiểu La')).toBe('THTL');
  });

  it("a school under its district: the note on its own Giấy khen names the district chair and the Phòng while the district level stood, the setting to correct after (review d82a F2)", () => {
    const district = { office: 'Phòng Giáo dục và Đào tạo huyện Suối Ngọc', committee: 'Ủy ban nhân dân huyện Suối Ngọc', setting: 'Cơ quan cấp trên', from: '01/07/2025' };
    const stood = proposalNote.schoolGiayKhen({ commune: null, department: '', district: { ...district, gone: false }, districtStood: true, before2024: false });
    expect(stood).toContain('Chủ tịch Ủy ban nhân dân cấp huyện, cấp xã');
    expect(stood).toContain('hỏi Phòng Giáo dục và Đào tạo huyện Suối Ngọc xem Hiệu trưởng');
    expect(stood).toContain('đề nghị Chủ tịch Ủy ban nhân dân huyện Suối Ngọc tặng giấy khen (Điều 80, khoản 2)');
    expect(stood).not.toMatch(/do Sở hay|Giám đốc Sở Giáo dục/);
    const gone = proposalNote.schoolGiayKhen({ commune: null, department: '', district: { ...district, gone: true }, districtStood: false, before2024: false });
    expect(gone).toContain('mục “Cơ quan cấp trên” ở trang “Cấu hình” ghi “Phòng Giáo dục và Đào tạo huyện Suối Ngọc”, cơ quan cấp huyện không còn từ 01/07/2025'.replace(/^m/, 'M'));
    expect(gone).not.toContain('khoản 2');
    const old = proposalNote.schoolGiayKhen({ commune: null, department: '', district: { ...district, committee: null, gone: false }, districtStood: true, before2024: true });
    expect(old).toContain('đề nghị Chủ tịch Ủy ban nhân dân cấp huyện tặng giấy khen —');
    expect(old).not.toContain('Điều 80');
  });

  it('cites the decree in force on the date of the document: the default 152/2025 from 1/7/2025, 98/2023 before; the line of an office as written (review docs H1)', () => {
    const on = (date: Date, decreeBasis = DEFAULT_LEGAL_BASES.decreeBasis) => commonValues({ ...cfg.organisation, decreeBasis }, cfg.period.name, date, { collectives: 1, individuals: 1 }).can_cu_nghi_dinh;
    expect(on(new Date(2024, 5, 26))).toBe(`Căn cứ ${DECREE_BEFORE_JULY_2025};`);
    expect(on(new Date(2024, 5, 26))).toContain('98/2023/NĐ-CP ngày 31 tháng 12 năm 2023');
    expect(on(new Date(2025, 5, 30, 23))).toContain('98/2023/NĐ-CP');
    expect(on(new Date(2025, 6, 1))).toBe(`Căn cứ ${DEFAULT_LEGAL_BASES.decreeBasis};`);
    const own = 'Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ (bản cơ quan ghi)';
    expect(on(new Date(2024, 5, 26), own)).toBe(`Căn cứ ${own};`);
    // Before 1/1/2024 (the interim review of 2023), the law of 2003 as amended and its decree of 2017 (review diff35 L1).
    expect(on(new Date(2023, 5, 11))).toBe(`Căn cứ ${DECREE_BEFORE_2024};`);
    const law = (date: Date, lawBasis = DEFAULT_LEGAL_BASES.lawBasis) => commonValues({ ...cfg.organisation, lawBasis }, cfg.period.name, date, { collectives: 1, individuals: 1 }).can_cu_luat;
    expect(law(new Date(2023, 11, 31))).toBe(`Căn cứ ${LAW_BEFORE_2024};`);
    expect(law(new Date(2024, 0, 1))).toBe(`Căn cứ ${DEFAULT_LEGAL_BASES.lawBasis};`);
    expect(law(new Date(2023, 5, 11), 'Luật Thi đua, khen thưởng (bản cơ quan ghi)')).toBe('Căn cứ Luật Thi đua, khen thưởng (bản cơ quan ghi);');
  });

  it('quotes a model or initiative name without the pictograph it ended with, nor the space before it (review docs L4)', () => {
    const t = initiativeTitles(1);
    const [r] = evaluated([{ ...individualAnswers('teacher'), [Q.modelName]: 'Góc đọc sách cùng con 📚', [t.name]: 'Vườn rau sạch của bé 🌱 ' }]);
    const s = achievementSummary(r, cfg);
    expect(s).toContain('Mô hình “Góc đọc sách cùng con”');
    expect(s).toContain('“Vườn rau sạch của bé” — cấp bộ, ngành, tỉnh');
  });

  it('summarises a registration: model, initiatives with level, decision and year, ratings', () => {
    const [r] = evaluated([individualAnswers('teacher')]);
    const s = achievementSummary(r, cfg);
    expect(s).toContain('Mô hình “Trường học nông trại xanh”');
    expect(s).toContain('“Vườn rau sạch của bé” — cấp bộ, ngành, tỉnh, Quyết định số 125/QĐ-UBND, năm 2022');
    // Per school year, as the form asks them.
    expect(s).toContain('Xếp loại: Hoàn thành xuất sắc nhiệm vụ (2021-2022), Hoàn thành tốt nhiệm vụ (2022-2023, 2023-2024)');
  });

  it('labels a công chức\'s ratings by the calendar year each school-year row stands for, in the Danh sách and the report', () => {
    // The office's own staff are rated per calendar year: the row "Năm học 2021-2022" holds the rating of 2021.
    const [r] = evaluated([individualAnswers('official')]);
    expect(r.role).toBe('official');
    const s = achievementSummary(r, cfg);
    expect(s).toContain('Xếp loại: Hoàn thành xuất sắc nhiệm vụ (năm 2021), Hoàn thành tốt nhiệm vụ (năm 2022, 2023)');
    expect(s).not.toMatch(/20\d\d-20\d\d/);
    const v = nomineeValues(propose([r], [r.id]).nominees[0], cfg);
    expect(v.xep_loai).toBe('Kết quả đánh giá, xếp loại các năm: Hoàn thành xuất sắc nhiệm vụ (năm 2021), Hoàn thành tốt nhiệm vụ (năm 2022, 2023).');
    // A teacher's stay per school year.
    const [t] = evaluated([individualAnswers('teacher')]);
    expect(nomineeValues(propose([t], [t.id]).nominees[0], cfg).xep_loai).toContain('(2022-2023, 2023-2024)');
  });

  it('prints the position as answered ("Hiệu trưởng"), and the category of "Vị trí việc làm" only without one', () => {
    const [withPosition, without] = evaluated([{ ...individualAnswers('manager'), [Q.individualName]: 'Lê Văn Tâm', [REPORT_QUESTIONS.position]: 'Phó Hiệu trưởng' }, individualAnswers('teacher')]);
    const sel = propose([withPosition, without], [withPosition.id, without.id]);
    const byId = (id: string) => sel.nominees.find((n) => n.id === id)!;
    expect(rowValues(byId(withPosition.id), cfg).cn_chuc_vu).toBe('Phó Hiệu trưởng');
    expect(nomineeValues(byId(withPosition.id), cfg).chuc_vu).toBe('Phó Hiệu trưởng');
    expect(nomineeValues(byId(withPosition.id), cfg).ho_ten_chuc_vu).toContain('Phó Hiệu trưởng');
    expect(rowValues(byId(without.id), cfg).cn_chuc_vu).toBe('Giáo viên');
    // Typed in lower case: printed as a title.
    const [lower] = evaluated([{ ...individualAnswers('manager'), [REPORT_QUESTIONS.position]: 'hiệu trưởng' }]);
    expect(rowValues(propose([lower], [lower.id]).nominees[0], cfg).cn_chuc_vu).toBe('Hiệu trưởng');
    // Written with the school's name, which the documents print beside it: the name once.
    const named = { ...individualAnswers('manager'), [REPORT_QUESTIONS.position]: `Phó Hiệu trưởng ${String(individualAnswers('manager')[Q.school]).toUpperCase()}` };
    const [withSchool] = evaluated([named]);
    const v = nomineeValues(propose([withSchool], [withSchool.id]).nominees[0], cfg);
    expect(v.chuc_vu).toBe('Phó Hiệu trưởng');
    expect(String(v.ho_ten_chuc_vu).split(withSchool.school!.name)).toHaveLength(2);
  });

  it('keeps answer text exactly, whatever characters it holds', () => {
    const hostile = 'Giá $1 và $& \\1 \\ .* (a|b)+ {{ten}}\ndòng 2';
    const [r] = evaluated([{ ...individualAnswers('teacher'), [Q.summary]: hostile }]);
    const sel = propose([r], [r.id]);
    const v = nomineeValues(sel.nominees[0], cfg);
    expect(v.thanh_tich).toBe(hostile);
    expect(rowValues(sel.nominees[0], cfg).cn_stt).toBe('1');
  });
});

describe('official text', () => {
  it('removes what official fonts cannot show, and nothing else', () => {
    expect(officialText('Mô hình “Vườn rau 🌱 xanh” 👩‍🏫✨')).toBe('Mô hình “Vườn rau xanh”');
    expect(officialText('A\u0000B\u0007C\u200bD\ufeffE\tF')).toBe('ABCDE F');
    expect(officialText('Cờ 🇻🇳 đỏ; 1️⃣ một')).toBe('Cờ đỏ; 1 một');
    expect(officialText('© 2024 ™ ®')).toBe('© 2024 ™ ®');
    const viet = 'Trường Mầm non Hoa Sen — “Đổi mới, sáng tạo”: 100% (năm 2023).\nDòng 2';
    expect(officialText(viet)).toBe(viet);
    expect(officialText('Ho\u0300a')).toBe('Hòa'); // NFC
  });

  it('drops the plan references the form shows', () => {
    expect(withoutFormReference('Giáo dục và Đào tạo (mục 3.1)')).toBe('Giáo dục và Đào tạo');
    expect(withoutFormReference('Cả hai lĩnh vực')).toBe('Cả hai lĩnh vực');
  });

  it('a nominee without the narrative or a collective without its head is refused, with where to fill it in', () => {
    const [ind, col] = evaluated([{ ...individualAnswers('teacher'), [Q.summary]: '' }, { ...collectiveAnswers(), [Q.summary]: '' }]);
    const sel = propose([ind, col], [ind.id, col.id]);
    const docs = planDocuments(sel.nominees, new Date(2024, 8, 5), { ...cfg, organisation: { ...cfg.organisation, signer: { name: 'Trần Văn Minh', title: 'Trưởng phòng' } } });
    expect(docs.slice(0, 2).map((d) => d.gaps)).toEqual([[], []]);
    for (const d of docs.slice(2)) expect(d.gaps).toEqual([expect.stringContaining(`câu hỏi “${Q.summary}”`)]);
    const told = evaluated([{ ...individualAnswers('teacher'), [Q.summary]: '🌱🌱 \u200b' }]); // nothing printable left
    expect(planDocuments(propose(told, [told[0].id]).nominees, new Date(2024, 8, 5), cfg)[2].gaps).toHaveLength(1);
    const fine = evaluated([{ ...individualAnswers('teacher'), [Q.summary]: 'Đổi mới phương pháp 📚' }]);
    const n = propose(fine, [fine[0].id]).nominees[0];
    expect(planDocuments([n], new Date(2024, 8, 5), cfg)[2].gaps).toEqual([]);
    expect(nomineeValues(n, cfg).thanh_tich).toBe('Đổi mới phương pháp');
  });
});

describe('templates', () => {
  it('every placeholder of every template is one the generator knows', () => {
    for (const key of TEMPLATE_KEYS) {
      const known = new Set(KNOWN_PLACEHOLDERS[key]);
      for (const n of templatePlaceholders(key)) expect(known.has(n), `${key}: {{${n}}}`).toBe(true);
    }
  });

  it('has the Nghị định 30 header, Quốc hiệu, "Số", place and date, and the signature block', () => {
    // Header names hold no-break spaces (headerText): read as plain spaces.
    const text = (key: (typeof TEMPLATE_KEYS)[number]) => JSON.stringify(templateBlocks(key)).replace(/\u00a0/g, ' ');
    const t = text('toTrinh');
    for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: {{so_van_ban}}/TTr-{{ky_hieu}}', '{{dia_danh}}, ngày {{ngay}} tháng {{thang}} năm {{nam}}', 'TỜ TRÌNH', 'Kính gửi: {{kinh_gui_dong}}', 'Nơi nhận:']) {
      expect(t).toContain(s);
    }
    expect(placeholdersIn(text('danhSach'))).toEqual(expect.arrayContaining(['tt_stt', 'cn_stt', 'tong_so']));
    const tt = text('baoCaoTapThe');
    const cn = text('baoCaoCaNhan');
    // The sections of the report for an award "theo đợt thi đua, theo chuyên đề" (docs/award-documents.md).
    const themeCollective = ['BÁO CÁO THÀNH TÍCH', 'Đề nghị tặng {{hinh_thuc}}', 'Tên tập thể đề nghị khen thưởng', 'I. THÔNG TIN CHUNG', 'Đặc điểm, tình hình', 'Chức năng, nhiệm vụ', 'Các hình thức khen thưởng đã được ghi nhận', 'II. THÀNH TÍCH ĐẠT ĐƯỢC TRONG ĐỢT THI ĐUA, CHUYÊN ĐỀ', 'THỦ TRƯỞNG ĐƠN VỊ CẤP TRÊN TRỰC TIẾP NHẬN XÉT, XÁC NHẬN', '{{chuc_vu_thu_truong}}', '(Ký, đóng dấu)'];
    const themeIndividual = ['BÁO CÁO THÀNH TÍCH', 'Họ tên, chức vụ và đơn vị công tác', 'I. THÔNG TIN CHUNG', 'Giới tính', 'Năm sinh', 'Quê quán', 'Trú quán', 'Đơn vị công tác', 'Chức vụ', 'Trình độ chuyên môn, nghiệp vụ', 'Các hình thức khen thưởng đã được ghi nhận', 'II. THÀNH TÍCH ĐẠT ĐƯỢC TRONG ĐỢT THI ĐUA, CHUYÊN ĐỀ', 'THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ', 'NGƯỜI BÁO CÁO THÀNH TÍCH', '(Ký, ghi rõ họ và tên)'];
    for (const s of themeCollective) expect(tt).toContain(s);
    for (const s of themeIndividual) expect(cn).toContain(s);
    // The yearly form ("thực hiện nhiệm vụ công tác"), for offices that propose on that basis.
    const dt = text('baoCaoTapTheNhiemVu');
    const dc = text('baoCaoCaNhanNhiemVu');
    for (const s of ['I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH', 'Chức năng, nhiệm vụ', 'II. THÀNH TÍCH ĐẠT ĐƯỢC', 'Kết quả thực hiện nhiệm vụ được giao', 'Công tác xây dựng Đảng và các đoàn thể', 'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG', 'THỦ TRƯỞNG ĐƠN VỊ CẤP TRÊN TRỰC TIẾP NHẬN XÉT, XÁC NHẬN']) expect(dt).toContain(s);
    for (const s of ['I. SƠ LƯỢC LÝ LỊCH', 'Giới tính', 'Quê quán', 'Trú quán', 'Trình độ chuyên môn, nghiệp vụ', 'II. THÀNH TÍCH ĐẠT ĐƯỢC', 'Quyền hạn, nhiệm vụ được giao', 'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG', 'NGƯỜI BÁO CÁO THÀNH TÍCH']) expect(dc).toContain(s);
    expect(tt + cn + dt + dc).not.toContain('Ký tên');
    // Positions held, as the official form asks; not Party membership (sensitive personal data).
    expect(dc).toContain('Chức vụ (đảng, chính quyền, đoàn thể)');
    expect(cn + dc).not.toMatch(/Đảng viên|\{\{dang_vien\}\}/);
    expect(tt + cn + dt + dc).not.toContain('HIỆU TRƯỞNG'); // the collective's own head signs (a value, not the template)
    // The Biên bản and the Quyết định.
    const bb = text('bienBan');
    for (const s of ['BIÊN BẢN', 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', 'Thời gian', 'Địa điểm', 'Chủ trì', 'Thư ký', 'Thành phần', 'THÀNH VIÊN HỘI ĐỒNG', 'Tán thành', 'Không tán thành', 'Tỷ lệ tán thành', 'THƯ KÝ', 'CHỦ TRÌ']) expect(bb).toContain(s);
    const qd = text('quyetDinh');
    for (const s of ['Số: {{so_van_ban}}/QĐ-{{ky_hieu}}', 'QUYẾT ĐỊNH', 'Về việc tặng {{hinh_thuc}}', '{{tham_quyen}}', '{{can_cu_bien_ban}}', 'QUYẾT ĐỊNH:', 'Điều 1.', 'Điều 2.', 'Điều 3.', 'Nơi nhận:', 'DANH SÁCH', 'Kèm theo Quyết định số']) expect(qd).toContain(s);
    expect(templateBlocks('quyetDinh').some((b) => b.t === 'pagebreak')).toBe(true); // the list starts on its own page
  });

  it('the header\'s left cell is wide enough for a province\'s line; a name wraps between words of the body, never inside a place', () => {
    const NB = '\u00a0';
    for (const key of TEMPLATE_KEYS) {
      const header = templateBlocks(key)[0] as Extract<Block, { t: 'table' }>;
      const [left, right] = header.widths;
      // "ỦY BAN NHÂN DÂN TỈNH HÀ SƠN" at 12 pt is about 191 pt (Times New Roman metrics), plus 6 pt of padding; the
      // Quốc hiệu at 12 pt bold about 250 pt.
      expect(left, key).toBeGreaterThanOrEqual(200);
      expect(right, key).toBeGreaterThanOrEqual(258);
      expect((header.rows[0][0][0] as { size?: number }).size, key).toBe(12);
    }
    expect(headerText('ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH')).toBe(`ỦY BAN NHÂN DÂN THÀNH${NB}PHỐ${NB}HỒ${NB}CHÍ${NB}MINH`);
    expect(headerText('SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ SƠN')).toBe(`SỞ GIÁO${NB}DỤC VÀ${NB}ĐÀO${NB}TẠO TỈNH${NB}HÀ${NB}SƠN`);
    // Too wide for the cell at 13 pt bold, it wraps "… GIÁO DỤC / VÀ ĐÀO TẠO", never "… VÀ ĐÀO / TẠO" (review layout M4).
    expect(headerText('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO')).toBe(`PHÒNG GIÁO${NB}DỤC VÀ${NB}ĐÀO${NB}TẠO`);
    expect(headerText('ỦY BAN NHÂN DÂN XÃ ĐỒI CHÈ')).toBe(`ỦY BAN NHÂN DÂN XÃ${NB}ĐỒI${NB}CHÈ`);
    expect(headerText('HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG')).toBe(`HỘI ĐỒNG THI${NB}ĐUA${NB}-${NB}KHEN${NB}THƯỞNG`);
    expect(headerText('TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG')).toBe(`TM. HỘI ĐỒNG THI${NB}ĐUA${NB}-${NB}KHEN${NB}THƯỞNG`);
    // A school's own name stays on one line after its kind.
    expect(headerText('TRƯỜNG TIỂU HỌC HƯỚNG DƯƠNG')).toBe(`TRƯỜNG TIỂU HỌC HƯỚNG${NB}DƯƠNG`);
    expect(headerText('TRƯỜNG TIỂU HỌC VÀ THCS HOA BAN SỐ 2')).toBe(`TRƯỜNG TIỂU HỌC VÀ THCS HOA${NB}BAN${NB}SỐ${NB}2`);
    expect(headerText('TỔ TOÁN - TIN')).toBe('TỔ TOÁN - TIN');
    // The values of the header lines and of the "TM." line are bound so.
    const so = { ...cfg, organisation: { ...cfg.organisation, kind: 'so' as const, name: 'Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh', governingBody: 'Ủy ban nhân dân Thành phố Hồ Chí Minh', signer: { name: 'X', title: 'Giám đốc' } } };
    const v = documentValues({ kind: 'toTrinh', level: 'bangKhenTinh', group: [], nominee: null }, new Date(2026, 0, 5), so, null);
    expect(v.co_quan_cap_tren).toBe(`ỦY BAN NHÂN DÂN THÀNH${NB}PHỐ${NB}HỒ${NB}CHÍ${NB}MINH`);
    const bb = documentValues({ kind: 'bienBan', level: null, group: [], nominee: null }, new Date(2026, 0, 5), so, null);
    expect(bb.co_quan).toBe(`SỞ GIÁO${NB}DỤC VÀ${NB}ĐÀO${NB}TẠO THÀNH${NB}PHỐ${NB}HỒ${NB}CHÍ${NB}MINH`);
    expect(JSON.stringify(templateBlocks('bienBan')[0])).toContain(`HỘI ĐỒNG THI${NB}ĐUA${NB}-${NB}KHEN${NB}THƯỞNG`);
    // "TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG" (13 pt bold: about 265 pt) has a signature cell to hold it on one line.
    const kept = templateBlocks('toTrinh').at(-1) as Extract<Block, { t: 'table' }>;
    const signature = kept.rows[0][0].find((b) => b.t === 'table') as Extract<Block, { t: 'table' }>;
    expect(signature.widths[1]).toBeGreaterThanOrEqual(271);
    expect(signature.rows[0][1][0]).toMatchObject({ text: '{{thay_mat}}', bold: true, size: 13 });
  });

  it('the head of a commune-run school: their report is confirmed by the commune chair, name left blank and said, before 1/7/2025 the office (review docs M2)', () => {
    const so = { ...cfg, organisation: { ...cfg.organisation, kind: 'so' as const, name: 'Sở Giáo dục và Đào tạo tỉnh Hà Sơn', signer: { name: 'Lê Thị Thu Hà', title: 'Giám đốc' } } };
    const head = (school: (typeof SCHOOLS)[number]) => {
      const [r] = evaluated([{ ...individualAnswers('head'), [Q.school]: school.name, [Q.individualName]: school.principal }]);
      return propose([r], [r.id]).nominees[0];
    };
    const when = new Date(2026, 0, 5);
    const primary = head(SCHOOLS[1]); // Tiểu học, Phường Nam Cường: the commune's since 1/7/2025
    expect(documentValues({ kind: 'baoCao', level: 'giayKhen', group: [primary], nominee: primary }, when, so, null).hieu_truong).toBe('');
    const report = planDocuments([primary], when, so, null).find((d) => d.kind === 'baoCao')!;
    expect(report.warnings).toContain(proposalNote.communeHeadConfirms('Ủy ban nhân dân phường Nam Cường'));
    // Before 1/7/2025 the school was the district's, and the office's head confirmed as before; a teacher's report is the principal's to confirm.
    expect(documentValues({ kind: 'baoCao', level: 'giayKhen', group: [primary], nominee: primary }, new Date(2025, 5, 5), so, null).hieu_truong).toBe('Lê Thị Thu Hà');
    const [teacher] = evaluated([{ ...individualAnswers('teacher'), [Q.school]: SCHOOLS[1].name }]);
    const t = propose([teacher], [teacher.id]).nominees[0];
    expect(documentValues({ kind: 'baoCao', level: 'giayKhen', group: [t], nominee: t }, when, so, null).hieu_truong).toBe(SCHOOLS[1].principal);
  });

  it('no template holds an internal code, a score or a form label', () => {
    for (const key of TEMPLATE_KEYS) {
      const t = JSON.stringify(templateBlocks(key));
      expect(t, key).not.toMatch(/ma_phieu|tt_diem|cn_diem|\{\{diem\}\}|Mã phiếu|điểm ưu tiên|\(mục \d/i);
    }
  });

  it('the Danh sách is landscape with a header row; every signature block is one table row', () => {
    expect(templatePage('danhSach').width).toBeGreaterThan(templatePage('danhSach').height);
    expect(templatePage('toTrinh').width).toBeLessThan(templatePage('toTrinh').height);
    const lists = templateBlocks('danhSach').filter((b) => b.t === 'table' && b.header);
    expect(lists).toHaveLength(2);
    expect(templateBlocks('quyetDinh').filter((b) => b.t === 'table' && b.header)).toHaveLength(2);
    expect(templateBlocks('bienBan').filter((b) => b.t === 'table' && b.header)).toHaveLength(2);
    for (const key of TEMPLATE_KEYS) {
      const sig = templateBlocks(key).filter((b) => b.t === 'table' && b.signature);
      expect(sig, key).toHaveLength(1);
      expect(sig[0].t === 'table' && sig[0].rows).toHaveLength(1);
    }
  });
});

// ---- issue 15: award levels, the council's meeting, the whole dossier -----------------------------------------

/** The answers with the (required) narrative of the report. */
const narrated = (a: Record<string, unknown>) => ({ ...a, [Q.summary]: 'Chủ động xây dựng kế hoạch, lan tỏa cách làm hay trong đơn vị.' });
/** A value as it reads: the no-break spaces of header names (headerText) as spaces. */
const plain = (s: string | null | undefined) => (s == null ? s : s.replace(/\u00a0/g, ' '));
const plainValues = (v: Values): Values => Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x) ?? null]));
// A signer named and the office's plan given (its căn cứ: no line to complete, review now N1).
const signed = { ...cfg, organisation: { ...cfg.organisation, planNumber: '125/KH-PGDĐT', planDate: '15/09/2021', planTitle: PLAN_TITLE, signer: { name: 'Trần Văn Minh', title: 'Trưởng phòng' } } };
const DAY = new Date(2024, 8, 5);

/** The council's review with decisions and levels typed by id. */
function reviewWith(regs: EvaluatedRegistration[], levels: Record<string, string>) {
  const tab = mergeReview([], regs);
  for (const row of tab.rows) {
    const id = String(row[tab.columns.id]);
    if (id in levels) {
      row[tab.columns.decision] = REVIEW_DECISIONS.propose;
      row[tab.columns.level] = levels[id];
    }
  }
  return selectNominees(tab, regs);
}

/** A council tab as typed: nine members (one absent), votes by id. */
const councilTab = (votes: Array<[string, number, number]>): unknown[][] => councilTabRows(votes);

/**
 * A document as the office reads it: every block's text with the placeholders filled the way the Docs adapter does
 * (a paragraph whose placeholder has no value is left out; a list's template row is repeated per row of values).
 */
function filledText(d: PlannedDoc, council: Council | null, office: typeof signed = signed, day: Date = DAY): string[] {
  const values = documentValues(d, day, office, council);
  const rowSets: Record<string, Values[]> = {
    collective: d.group.filter((n) => n.kind === 'collective').map((n) => rowValues(n, signed)),
    individual: d.group.filter((n) => n.kind === 'individual').map((n) => rowValues(n, signed)),
    member: council ? memberRows(council) : [],
    vote: council ? voteRows(council, d.group, signed.organisation, signed) : [],
  };
  const fill = (text: string, v: Values): string | null => {
    let out = text;
    for (const name of placeholdersIn(text)) {
      const value = v[name];
      if (value === null || value === undefined || value === '') return null;
      out = out.split(`{{${name}}}`).join(value);
    }
    return out;
  };
  const lines: string[] = [];
  // A signature block kept with its text is a table in a cell: its paragraphs and tables are read in order.
  const flat = (blocks: readonly (Block | CellBlock)[]): Block[] =>
    blocks.flatMap((b) => (b.t === 'table' && b.keep ? flat(b.rows[0][0]) : [b as Block]));
  for (const b of flat(templateBlocks(d.template))) {
    if (b.t === 'p') {
      const t = fill(b.text, values);
      if (t !== null) lines.push(t);
    } else if (b.t === 'table') {
      for (const row of b.rows) {
        const text = (x: CellBlock) => (x.t === 'p' ? x.text : JSON.stringify(x));
        const names = row.flatMap((cell) => cell.flatMap((x) => placeholdersIn(text(x))));
        const kind = names.map((n) => isRowPlaceholder(n)).find((k) => k !== null);
        const sets = kind ? rowSets[kind] : [values];
        for (const v of sets) lines.push(row.map((cell) => cell.map((x) => fill(text(x), { ...values, ...v }) ?? '').join(' / ')).join(' | '));
      }
    }
  }
  return lines;
}

describe('award levels (issue 15)', () => {
  const regs = evaluated([collectiveAnswers(), person('Trần Văn Bình', 2), person('Nguyễn Thị An', 1), { ...collectiveAnswers(), [Q.collectiveName]: 'Tổ Toán' }].map(narrated));
  const [school, binh, an, to] = regs;

  it('names the head of the office and the province without repeating a word', () => {
    expect(headOf(signed.organisation)).toBe('Trưởng phòng Giáo dục và Đào tạo thành phố Yên Bái');
    expect(headOf({ ...signed.organisation, name: 'Sở Giáo dục và Đào tạo tỉnh Lào Cai', signer: { name: 'X', title: 'Giám đốc' } })).toBe('Giám đốc Sở Giáo dục và Đào tạo tỉnh Lào Cai');
    expect(provinceAuthority(signed.organisation)).toBe('Ủy ban nhân dân tỉnh Yên Bái');
    expect(provinceAuthority({ ...signed.organisation, parentAuthority: 'Sở Giáo dục và Đào tạo', governingBody: '' })).toBe('');
  });

  it('a report names a school\'s governing body above it: from 1/7/2025, a Sở\'s MN/TH/THCS school is under its xã/phường', () => {
    // The directory's schools: Mầm non (Phường Đồng Tâm), Tiểu học (Phường Nam Cường), THCS (Phường Minh Tân).
    const regs = evaluated([{ ...collectiveAnswers(), [Q.school]: SCHOOLS[1].name }, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[2].name }]);
    const sel = propose(regs, regs.map((r) => r.id));
    expect(sel.nominees).toHaveLength(2);
    const so = { ...signed, organisation: { ...signed.organisation, kind: 'so' as const, name: 'Sở Giáo dục và Đào tạo tỉnh Hà Sơn', governingBody: 'Ủy ban nhân dân tỉnh Hà Sơn' } };
    const after = new Date(2025, 8, 5);
    const report = (n: (typeof sel.nominees)[number], c: typeof cfg, day: Date) => plain(documentValues({ kind: 'baoCao', level: 'giayKhen', group: [n], nominee: n }, day, c, null).co_quan);
    const [school, teacher] = [sel.nominees.find((n) => n.kind === 'collective')!, sel.nominees.find((n) => n.kind === 'individual')!];
    expect(report(school, so, after)).toBe('ỦY BAN NHÂN DÂN PHƯỜNG NAM CƯỜNG');
    expect(report(teacher, so, after)).toBe('ỦY BAN NHÂN DÂN PHƯỜNG MINH TÂN');
    // Before the two-level government, or for another kind of office (a Phòng; a UBND xã names itself): the office.
    expect(report(school, so, new Date(2025, 5, 30))).toBe('SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ SƠN');
    expect(report(school, signed, after)).toBe('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ YÊN BÁI');
    // An upper-secondary school, or a "Liên cấp" one whose name shows THPT or no level: the Sở; a "Liên cấp" school whose
    // name shows lower-secondary at most: the commune's (NĐ 142/2025, review r75c F3); a ward the directory names without
    // "xã"/"phường": no commune.
    const at = (level: string, ward: string, name?: string) =>
      communeAuthority({ ...school, registration: { ...school.registration, school: { ...school.registration.school!, level, ward, ...(name ? { name } : {}) } } } as never, so.organisation, after);
    expect(at('THPT', 'Phường Nam Cường')).toBeNull();
    expect(at('Liên cấp', 'Phường Nam Cường', 'Trường THCS và THPT Nam Cường')).toBeNull();
    expect(at('Liên cấp', 'Phường Nam Cường', 'Trường Phổ thông Nam Cường')).toBeNull();
    expect(at('Liên cấp', 'Phường Nam Cường', 'Trường TH&THCS Nam Cường')).toBe('ỦY BAN NHÂN DÂN PHƯỜNG NAM CƯỜNG');
    expect(at('Liên cấp', 'Phường Nam Cường', 'Trường PTDTBT TH và THCS Nam Cường')).toBe('ỦY BAN NHÂN DÂN PHƯỜNG NAM CƯỜNG');
    expect(at('Tiểu học', 'Nam Cường')).toBeNull();
    expect(at('Mầm non', 'xã Đồi Chè')).toBe('ỦY BAN NHÂN DÂN XÃ ĐỒI CHÈ');
    expect(at('THCS', 'Đặc khu Vân Đồn')).toBe('ỦY BAN NHÂN DÂN ĐẶC KHU VÂN ĐỒN');
    // The usual abbreviations name the commune too.
    expect(at('Tiểu học', 'P. Nam Cường')).toBe('ỦY BAN NHÂN DÂN PHƯỜNG NAM CƯỜNG');
    expect(at('Mầm non', 'X.Đồi Chè')).toBe('ỦY BAN NHÂN DÂN XÃ ĐỒI CHÈ');
    // Due but not named (blank, or a bare name): the report is not made with the Sở in the commune's place; the office
    // is told which cell to fill in.
    const gapsOf = (ward: string, c: typeof cfg = so) => {
      const reg = school.registration as { school: unknown };
      const own = reg.school;
      reg.school = { ...school.registration.school!, level: 'Tiểu học', ward };
      try {
        return planDocuments([school], after, c).find((d) => d.kind === 'baoCao')!.gaps;
      } finally {
        reg.school = own;
      }
    };
    for (const ward of ['', 'Nam Cường']) expect(gapsOf(ward).join(' ')).toContain('cột “Xã/phường” của trường ở trang “Đơn vị”');
    expect(gapsOf('Phường Nam Cường').join(' ')).not.toContain('Xã/phường');
    expect(gapsOf('', signed).join(' ')).not.toContain('Xã/phường');
  });

  it('a school\'s report is dated at the school\'s commune (its own document); the office\'s documents at the office\'s place', () => {
    const regs = evaluated([{ ...collectiveAnswers(), [Q.school]: SCHOOLS[1].name }, { ...individualAnswers('teacher'), [Q.school]: SCHOOLS[2].name }].map(narrated));
    const sel = propose(regs, regs.map((r) => r.id));
    const so = { ...signed, organisation: { ...signed.organisation, kind: 'so' as const, name: 'Sở Giáo dục và Đào tạo tỉnh Hà Sơn', governingBody: 'Ủy ban nhân dân tỉnh Hà Sơn', place: 'Hà Sơn' } };
    const after = new Date(2025, 8, 5);
    const docs = planDocuments(sel, after, so);
    const place = (d: PlannedDoc) => documentValues(d, after, so, null).dia_danh;
    const [school, teacher] = [docs.find((d) => d.kind === 'baoCao' && d.nominee!.kind === 'collective')!, docs.find((d) => d.kind === 'baoCao' && d.nominee!.kind === 'individual')!];
    // "Phường Nam Cường" → "Nam Cường"; the header above names the same commune's People's Committee.
    expect(place(school)).toBe('Nam Cường');
    expect(plain(documentValues(school, after, so, null).co_quan)).toBe('ỦY BAN NHÂN DÂN PHƯỜNG NAM CƯỜNG');
    expect(place(teacher)).toBe('Minh Tân');
    // The office's own documents keep its place.
    for (const d of docs.filter((d) => d.kind !== 'baoCao')) expect(place(d), d.kind).toBe('Hà Sơn');
    // A Bằng khen proposed by the Sở for staff of schools a commune manages: the Tờ trình's route is to be checked.
    const up = planDocuments(sel.nominees.map((x) => ({ ...x, level: 'bangKhenTinh' as const })), after, so).find((d) => d.kind === 'toTrinh')!;
    // (No meeting recorded: the Tờ trình goes without a Biên bản, said too — review r73l.)
    expect(up.warnings).toEqual([expect.stringMatching(/^Kiểm tra đường trình trước khi ký: tờ trình có tập thể, cá nhân thuộc Trường Tiểu học Hòa Bình, Trường THCS Quang Minh.*Điều 83, khoản 1/), proposalNote.beforeMeeting()]);
    // A Bằng khen of the Ministry proposed by the Sở: the route too, not the Sở's own authority (mutants63 M37).
    const ministry = planDocuments(sel.nominees.map((x) => ({ ...x, level: 'bangKhenBo' as const })), after, so).find((d) => d.kind === 'toTrinh')!;
    expect(ministry.warnings).toEqual([expect.stringMatching(/^Kiểm tra đường trình trước khi ký: tờ trình có tập thể, cá nhân thuộc Trường Tiểu học Hòa Bình, Trường THCS Quang Minh.*Điều 83, khoản 1/), proposalNote.beforeMeeting()]);
    // Its own Giấy khen for the same staff: whether the Sở may award them is to be checked (review docs M3: Luật 2022,
    // Điều 80 khoản 1 gives the head of a Sở the Giấy khen, Điều 83 khoản 1 the awards of the staff to their managing
    // level, the commune's since 01/7/2025).
    expect(docs.find((d) => d.kind === 'toTrinh')!.warnings).toEqual([expect.stringMatching(/^Kiểm tra thẩm quyền trước khi ký: giấy khen đề nghị tặng tập thể, cá nhân thuộc Trường Tiểu học Hòa Bình, Trường THCS Quang Minh — trường mầm non, tiểu học, trung học cơ sở do Ủy ban nhân dân xã, phường quản lý từ ngày 01\/7\/2025\. .*Điều 83, khoản 1.*đề nghị Ủy ban nhân dân xã, phường xét tặng\.$/), proposalNote.beforeMeeting()]);
    // Not on its draft Quyết định: the Tờ trình is where the office checks it.
    expect(docs.find((d) => d.kind === 'quyetDinh')?.warnings ?? []).not.toContainEqual(expect.stringContaining('Kiểm tra thẩm quyền'));
    // Any Tờ trình before the two-level government: nothing to check.
    expect(planDocuments(sel, new Date(2025, 5, 30), so).find((d) => d.kind === 'toTrinh')!.warnings).toEqual([proposalNote.beforeMeeting()]);
    expect(planDocuments(sel.nominees.map((x) => ({ ...x, level: 'bangKhenTinh' as const })), new Date(2025, 5, 30), so).find((d) => d.kind === 'toTrinh')!.warnings).toEqual([proposalNote.beforeMeeting()]);
    // The report's day and month are its signers' to write (dotted); the office's documents carry the batch's date.
    const dated = (d: PlannedDoc) => plain(documentValues(d, after, so, null).ngay_thang_nam);
    expect(dated(school)).toBe('ngày  …  tháng  …  năm 2025');
    for (const d of docs.filter((d) => d.kind !== 'baoCao')) expect(dated(d), d.kind).toBe('ngày 05 tháng 9 năm 2025');
    // The ward as the directory may write it; a unit named by a number keeps its kind; unknown: the office's place.
    const n = school.nominee!;
    const at = (ward: string, name = n.name) => {
      const reg = n.registration as { school: unknown };
      const own = reg.school;
      reg.school = { ...n.registration.school!, ward };
      try {
        return documentValues({ ...school, nominee: { ...n, name } }, after, so, null).dia_danh;
      } finally {
        reg.school = own;
      }
    };
    expect(at('Xã Đồi Chè')).toBe('Đồi Chè');
    expect(at('X.Đồi Chè')).toBe('Đồi Chè');
    expect(at('thị trấn Yên Thế')).toBe('Yên Thế');
    expect(at('Nam Cường')).toBe('Nam Cường');
    expect(at('P. 7')).toBe('Phường 7');
    expect(at('')).toBe('Hà Sơn');
    // The office itself nominated as a collective: its own report, its own place.
    expect(at('Phường Nam Cường', so.organisation.name)).toBe('Hà Sơn');
  });

  it('under its governing body, the issuing body is named without the place they share', () => {
    const org = signed.organisation;
    expect(issuerUnder(org)).toBe('Phòng Giáo dục và Đào tạo');
    expect(issuerUnder({ ...org, name: 'Sở Giáo dục và Đào tạo tỉnh Hà Sơn', governingBody: 'Ủy ban nhân dân tỉnh Hà Sơn' })).toBe('Sở Giáo dục và Đào tạo');
    // Another place, or no governing body: the whole name.
    expect(issuerUnder({ ...org, name: 'Sở Giáo dục và Đào tạo tỉnh Lào Cai', governingBody: 'Ủy ban nhân dân tỉnh Hà Sơn' })).toBe('Sở Giáo dục và Đào tạo tỉnh Lào Cai');
    expect(issuerUnder({ ...org, governingBody: '' })).toBe('Phòng Giáo dục và Đào tạo thành phố Yên Bái');
    const v = (kind: PlannedDoc['kind'], level: PlannedDoc['level'] = 'giayKhen') => plain(documentValues({ kind, level, group: [], nominee: null }, new Date(2024, 6, 1), signed, null).co_quan);
    // (The Giấy khen's Tờ trình is the council's: its own header, below.)
    expect(v('toTrinh', 'bangKhenTinh')).toBe('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO');
    expect(v('quyetDinh')).toBe('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO');
    // Where the office's name heads the document (the Biên bản; a report, above the school), it stays whole.
    expect(v('bienBan')).toBe('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ YÊN BÁI');
  });

  it('counts only the kinds proposed: never "0 cá nhân"', () => {
    expect(proposalCounts(5, 0)).toBe('5 tập thể');
    expect(proposalCounts(0, 3)).toBe('3 cá nhân');
    expect(proposalCounts(5, 3)).toBe('5 tập thể và 3 cá nhân');
    expect(proposalTotals(5, 0)).toBe('Tổng số: 5 tập thể');
    expect(proposalTotals(2, 1)).toBe('Tổng số: 2 tập thể, 1 cá nhân');
    expect(commonValues(signed.organisation, '2021-2025', new Date(2024, 6, 1), { collectives: 5, individuals: 0 }).so_tap_the_ca_nhan).toBe('5 tập thể');
    // Every template counts through the new value, never through "{{so_ca_nhan}} cá nhân".
    for (const key of TEMPLATE_KEYS) {
      const blocks = JSON.stringify(templateBlocks(key));
      expect(blocks, key).not.toContain('{{so_ca_nhan}} cá nhân');
    }
  });

  it('names a line left out where it is filled in; a line absent by design is not listed', () => {
    const sources = omittedSources(['thay_mat', 'gioi_tinh', 'que_quan', 'can_cu_luat', 'hieu_truong', 'xep_loai'], 'individual');
    expect(sources).toEqual([
      'các câu hỏi “Giới tính”, “Quê quán” của phiếu đăng ký (không bắt buộc, chưa trả lời)',
      'mục “Căn cứ: Luật” ở trang “Cấu hình” (để trống)',
      'cột “Hiệu trưởng” ở trang “Đơn vị” (để trống)',
      // The ratings grid is required and may be answered; its line is left out because no year that counts is rated
      // (review "now" N4).
      'câu hỏi “Kết quả đánh giá, xếp loại cá nhân từng năm học” của phiếu đăng ký (chưa có kết quả xếp loại của năm học nào trong giai đoạn đã đến lúc được tính)',
    ]);
    expect(omittedSources(['xep_loai'], 'collective')).toEqual([
      'câu hỏi “Xếp loại tổ chức đảng hằng năm (nếu có)” của phiếu đăng ký (chưa có kết quả xếp loại của năm nào trong giai đoạn đã đến lúc được tính)',
    ]);
    expect(omittedSources(['thay_mat', 'can_cu_bien_ban'])).toEqual([]);
  });

  it('takes each nominee at the level the council chose (empty = Giấy khen); an unknown level is flagged, not proposed', () => {
    const sel = reviewWith(regs, { [school.id]: '', [binh.id]: AWARD_LEVEL_CHOICES.bangKhenTinh, [an.id]: 'Huân chương', [to.id]: AWARD_LEVEL_CHOICES.bangKhenBo });
    expect(sel.nominees.map((n) => [n.id, n.level, n.number])).toEqual([
      [school.id, 'giayKhen', 1],
      [binh.id, 'bangKhenTinh', 1],
      [to.id, 'bangKhenBo', 1],
    ]);
    expect(sel.flagged.map((f) => [f.nominee.id, f.reason])).toEqual([[an.id, 'level']]);
    expect(sel.flagged[0].note).toContain('Huân chương');
    expect(levelFromCell(' bằng khen của chủ tịch ubnd tỉnh ')).toBe('bangKhenTinh');
  });

  it('makes a Tờ trình and a Danh sách per level, each with its addressee, wording and signer', () => {
    const sel = reviewWith(regs, { [school.id]: '', [an.id]: '', [binh.id]: AWARD_LEVEL_CHOICES.bangKhenTinh, [to.id]: AWARD_LEVEL_CHOICES.bangKhenBo });
    const docs = planDocuments(sel, DAY, signed);
    expect(docs.map((d) => `${d.kind}:${d.level}`)).toEqual([
      'toTrinh:giayKhen', 'danhSach:giayKhen', 'toTrinh:bangKhenTinh', 'danhSach:bangKhenTinh', 'toTrinh:bangKhenBo', 'danhSach:bangKhenBo',
      'baoCao:giayKhen', 'baoCao:giayKhen', 'baoCao:bangKhenTinh', 'baoCao:bangKhenBo',
    ]);
    expect(docs.map((d) => d.gaps)).toEqual(docs.map(() => []));
    const v = (i: number) => plainValues(documentValues(docs[i], DAY, signed, null));
    // The office's own Giấy khen: the council proposes it to the office's head, signed on the council's behalf.
    expect(v(0)).toMatchObject({ hinh_thuc: 'Giấy khen của Trưởng phòng Giáo dục và Đào tạo thành phố Yên Bái', kinh_gui: 'Trưởng phòng Giáo dục và Đào tạo thành phố Yên Bái', thay_mat: 'TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', chuc_vu_nguoi_ky: 'CHỦ TỊCH', nguoi_ky: 'Trần Văn Minh', so_tap_the: '1', so_ca_nhan: '1' });
    expect(v(2)).toMatchObject({ hinh_thuc: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Yên Bái', kinh_gui: 'Chủ tịch Ủy ban nhân dân tỉnh Yên Bái', nguoi_trinh: 'Phòng Giáo dục và Đào tạo thành phố Yên Bái', thay_mat: null, chuc_vu_nguoi_ky: 'TRƯỞNG PHÒNG', so_tap_the: '0', so_ca_nhan: '1' });
    expect(v(4)).toMatchObject({ hinh_thuc: 'Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo', kinh_gui: 'Bộ trưởng Bộ Giáo dục và Đào tạo' });
    expect(docs[2].name).toBe('Tờ trình đề nghị tặng Bằng khen UBND tỉnh - 05-09-2024');
    expect(new Set(docs.map((d) => d.key)).size).toBe(docs.length);
    // Without a province to name, the provincial level is refused and says where to fill it in.
    const noProvince = { ...signed, organisation: { ...signed.organisation, parentAuthority: 'Sở Giáo dục và Đào tạo', governingBody: '' } };
    const refused = planDocuments(sel, DAY, noProvince).filter((d) => d.gaps.length);
    expect(refused.map((d) => `${d.kind}:${d.level}`)).toEqual(['toTrinh:bangKhenTinh', 'danhSach:bangKhenTinh', 'baoCao:bangKhenTinh']);
    expect(refused[0].gaps.join(' ')).toContain('Cơ quan cấp trên');
  });

  it('the Giấy khen\'s Tờ trình and Danh sách are the council\'s: its header and symbol; a Phó Chủ tịch signs for a chair who decides', () => {
    const so = { ...cfg, organisation: { ...cfg.organisation, kind: 'so' as const, name: 'Sở Giáo dục và Đào tạo tỉnh Hà Sơn', governingBody: 'Ủy ban nhân dân tỉnh Hà Sơn', parentAuthority: 'Ủy ban nhân dân tỉnh Hà Sơn', signer: { name: 'Lê Thị Thu Hà', title: 'Giám đốc' } } };
    const sel = reviewWith(regs, { [school.id]: '', [an.id]: '', [binh.id]: AWARD_LEVEL_CHOICES.bangKhenTinh });
    const member = (name: string, title: string) => [name, title, COUNCIL_PRESENT.yes, ''];
    const tab = (chair: string, members: string[][]) => {
      const rows = councilTemplateRows('Giám đốc Sở, Chủ tịch Hội đồng');
      rows[rows.findIndex((r) => r[0] === COUNCIL_FIELDS.chair)][1] = chair;
      const at = rows.findIndex((r) => r[0] === COUNCIL_MEMBERS_HEADER[0]);
      rows.splice(at + 1, 0, ...members);
      return parseCouncil(rows);
    };
    const withDeputy = tab('Lê Thị Thu Hà', [member('Lê Thị Thu Hà', 'Giám đốc Sở, Chủ tịch Hội đồng'), member('Trần Thị Mai', 'Phó Giám đốc Sở, Phó Chủ tịch Hội đồng'), member('Lê Minh Tuấn', 'Chuyên viên, Ủy viên')]);
    const group = sel.nominees.filter((n) => n.level === 'giayKhen');
    const of = (kind: PlannedDoc['kind'], level: PlannedDoc['level'], council: Council | null = withDeputy) => plainValues(documentValues({ kind, level, group, nominee: null }, DAY, so, council));
    for (const kind of ['toTrinh', 'danhSach'] as const) {
      expect(of(kind, 'giayKhen'), kind).toMatchObject({
        co_quan_cap_tren: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ SƠN',
        co_quan: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
        ky_hieu: 'HĐTĐKT',
        nguoi_trinh: 'Hội đồng Thi đua - Khen thưởng Sở Giáo dục và Đào tạo tỉnh Hà Sơn',
        thay_mat: 'TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
        ky_thay: 'KT. CHỦ TỊCH',
        chuc_vu_nguoi_ky: 'PHÓ CHỦ TỊCH',
        nguoi_ky: 'Trần Thị Mai',
      });
    }
    // The Danh sách is attached to that Tờ trình: "(Kèm theo Tờ trình số …/TTr-{{ky_hieu}} … của {{nguoi_trinh}})".
    expect(JSON.stringify(templateBlocks('danhSach'))).toContain('/TTr-{{ky_hieu}} ngày {{ngay}}/{{thang}}/{{nam}} của {{nguoi_trinh}})');
    // The Biên bản heads the same way.
    expect(of('bienBan', null).co_quan).toBe('SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ SƠN');
    // Nothing is missing: the planned documents are made.
    expect(planDocuments(sel, DAY, so, withDeputy).map((d) => d.gaps)).toEqual(planDocuments(sel, DAY, so, withDeputy).map(() => []));
    // Without a Phó Chủ tịch in the tab, or a chair who is not the head who decides: the chair signs.
    const alone = tab('Lê Thị Thu Hà', [member('Lê Thị Thu Hà', 'Giám đốc Sở, Chủ tịch Hội đồng'), member('Lê Minh Tuấn', 'Chuyên viên, Ủy viên')]);
    expect(of('toTrinh', 'giayKhen', alone)).toMatchObject({ ky_thay: null, chuc_vu_nguoi_ky: 'CHỦ TỊCH', nguoi_ky: 'Lê Thị Thu Hà' });
    expect(of('toTrinh', 'giayKhen', null)).toMatchObject({ ky_thay: null, chuc_vu_nguoi_ky: 'CHỦ TỊCH', nguoi_ky: 'Lê Thị Thu Hà' });
    const other = tab('Nguyễn Văn Khoa', [member('Nguyễn Văn Khoa', 'Chủ tịch Hội đồng'), member('Trần Thị Mai', 'Phó Chủ tịch Hội đồng')]);
    expect(of('toTrinh', 'giayKhen', other)).toMatchObject({ ky_thay: null, chuc_vu_nguoi_ky: 'CHỦ TỊCH', nguoi_ky: 'Nguyễn Văn Khoa' });
    // The Bằng khen's Tờ trình stays the Sở's, to the Chủ tịch UBND tỉnh, signed by the Giám đốc.
    expect(of('toTrinh', 'bangKhenTinh')).toMatchObject({
      co_quan_cap_tren: 'ỦY BAN NHÂN DÂN TỈNH HÀ SƠN',
      co_quan: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      ky_hieu: 'SGDĐT',
      nguoi_trinh: 'Sở Giáo dục và Đào tạo tỉnh Hà Sơn',
      kinh_gui: 'Chủ tịch Ủy ban nhân dân tỉnh Hà Sơn',
      thay_mat: null,
      ky_thay: null,
      chuc_vu_nguoi_ky: 'GIÁM ĐỐC',
      nguoi_ky: 'Lê Thị Thu Hà',
    });
    // The draft Quyết định is the head's: the Sở's header and symbol.
    expect(of('quyetDinh', 'giayKhen')).toMatchObject({ co_quan: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', ky_hieu: 'SGDĐT', ky_thay: null });
  });

  it('a collective report is signed by the collective\'s own head: the school\'s Hiệu trưởng, a unit\'s head by hand', () => {
    const sel = reviewWith(regs, { [school.id]: '', [to.id]: '' });
    const s = sel.nominees.find((n) => n.id === school.id)!;
    const t = sel.nominees.find((n) => n.id === to.id)!;
    expect(collectiveHead(s, signed.organisation)).toEqual({ kind: 'school', title: 'HIỆU TRƯỞNG', name: 'Lê Thị Mai' });
    expect(collectiveHead(t, signed.organisation)).toEqual({ kind: 'subUnit', title: 'TỔ TRƯỞNG', name: null });
    expect(nomineeValues(t, signed)).toMatchObject({ chuc_vu_thu_truong: 'TỔ TRƯỞNG', cach_ky: '(Ký, ghi rõ họ tên)', hieu_truong: null });
    expect(nomineeValues(s, signed)).toMatchObject({ chuc_vu_thu_truong: 'HIỆU TRƯỞNG', cach_ky: '(Ký, đóng dấu)', hieu_truong: 'Lê Thị Mai' });
    // The unit's report is made without a printed name (its head signs by hand); the school's needs its principal.
    expect(planDocuments(sel, DAY, signed).filter((d) => d.kind === 'baoCao').map((d) => d.gaps)).toEqual([[], []]);
  });

  it('the whole school registered under another wording of its name ("Trường MN …") is signed by its principal with its seal; a team answered so is not (review vntext #2)', () => {
    const f = form(cfg);
    const values = [
      headerRow(f),
      answersToRow(f, { ...collectiveAnswers(cfg), [Q.collectiveName]: 'Trường MN Hoa Sen' } as never, new Date(2024, 5, 2, 8, 0, 0), SCHOOLS[0].emails[0]),
      answersToRow(f, { ...collectiveAnswers(cfg), [Q.collectiveName]: 'Tổ Văn' } as never, new Date(2024, 5, 2, 9, 0, 0), SCHOOLS[0].emails[0]),
    ];
    const regs = evaluateAll({ config: cfg, directoryRows: directoryRowsWithOffice(), responseValues: values }).registrations;
    const sel = propose(regs, regs.map((r) => r.id));
    const [mn, van] = ['Trường MN Hoa Sen', 'Tổ Văn'].map((name) => sel.nominees.find((n) => n.name === name)!);
    expect(collectiveHead(mn, signed.organisation)).toEqual({ kind: 'school', title: 'HIỆU TRƯỞNG', name: 'Lê Thị Mai' });
    expect(nomineeValues(mn, signed)).toMatchObject({ cach_ky: '(Ký, đóng dấu)', hieu_truong: 'Lê Thị Mai' });
    expect(collectiveHead(van, signed.organisation)).toMatchObject({ kind: 'subUnit', name: null });
    expect(rowValues(mn, cfg).tt_don_vi).toBe('-');
    expect(rowValues(van, cfg).tt_don_vi).toBe(SCHOOLS[0].name);
  });

  it('a whole school registered under a name it had (its "Tên cũ": renamed, or merged into it) is signed by its principal with its seal, and the office is told the name is an old one (review "reorg" #2)', () => {
    const OLD = 'Trường Mầm non Hoa Sen cũ';
    const rows = directoryRows().map((r) => (r[1] === SCHOOLS[0].name ? [...r.slice(0, 7), OLD] : r));
    const f = form(cfg);
    const a = { ...collectiveAnswers(cfg), [Q.school]: OLD, [Q.collectiveName]: OLD };
    const values = [headerRow(f), answersToRow(f, a as never, new Date(2024, 5, 2, 8, 0, 0), SCHOOLS[0].emails[0])];
    const regs = evaluateAll({ config: cfg, directoryRows: rows, responseValues: values }).registrations;
    const sel = propose(regs, regs.map((r) => r.id));
    const n = sel.nominees[0];
    expect(collectiveHead(n, signed.organisation)).toEqual({ kind: 'school', title: 'HIỆU TRƯỞNG', name: 'Lê Thị Mai' });
    expect(nomineeValues(n, signed)).toMatchObject({ cach_ky: '(Ký, đóng dấu)', hieu_truong: 'Lê Thị Mai' });
    const report = planDocuments(sel, DAY, signed).find((d) => d.kind === 'baoCao')!;
    expect(report.warnings.join(' ')).toContain(`Tập thể “${OLD}” mang tên cũ của ${SCHOOLS[0].name} (cột “Tên cũ” ở trang “Đơn vị”`);
  });

  it('an individual\'s report is confirmed by name: the school\'s head, or for the head\'s own report the office\'s', () => {
    const n = reviewWith(regs, { [binh.id]: '' }).nominees[0];
    expect(nomineeValues(n, signed).hieu_truong).toBe('Lê Thị Mai');
    // The two titles in a row, the two names in the next: level, whatever the titles' lines (review layout M5).
    const kept = templateBlocks('baoCaoCaNhan').at(-1) as Extract<Block, { t: 'table' }>;
    const signers = kept.rows[0][0].find((b) => b.t === 'table') as Extract<Block, { t: 'table' }>;
    const texts = signers.rows.map((r) => r.map((c) => c.map((b) => (b.t === 'p' ? b.text : '')).filter((t) => t !== '')));
    expect(texts).toEqual([
      [['THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ', '(Ký, đóng dấu)'], ['NGƯỜI BÁO CÁO THÀNH TÍCH', '(Ký, ghi rõ họ và tên)']],
      [['{{hieu_truong}}'], ['{{ho_ten}}']],
    ]);
    // The head answers as one ("Cán bộ quản lý", "Là người đứng đầu: Có"): her own answers must not say otherwise
    // (review r75s F3; this test registered her as a teacher answering "Không" before).
    const asHead = (a: Record<string, unknown>) => ({ ...a, [Q.role]: ROLE_CHOICES.manager, [Q.head]: YES });
    const [mai] = evaluated([person('Lê Thị Mai', 2)].map(asHead).map(narrated));
    const head = reviewWith([mai], { [mai.id]: '' }).nominees[0];
    expect(nomineeValues(head, signed).hieu_truong).toBe('Trần Văn Minh');
    // The head under her title on the form ("ThS. Lê Thị Mai") is the head still: not her own confirmer (review vntext #7).
    const [titled] = evaluated([person('ThS. Lê Thị Mai', 2)].map(asHead).map(narrated));
    expect(nomineeValues(reviewWith([titled], { [titled.id]: '' }).nominees[0], signed).hieu_truong).toBe('Trần Văn Minh');
    // A teacher who bears the head's name and answered "Không": another person, whom the head confirms; the note says
    // why, in case the answer is the mistake (review r75s F3).
    const [namesake] = evaluated([person('Lê Thị Mai', 2)].map(narrated));
    const sake = reviewWith([namesake], { [namesake.id]: '' });
    expect(nomineeValues(sake.nominees[0], signed).hieu_truong).toBe('Lê Thị Mai');
    expect(planDocuments(sake, DAY, signed).find((d) => d.kind === 'baoCao')!.warnings).toContain(proposalNote.namesakeOfHead('Lê Thị Mai', 'Hiệu trưởng', Q.head));
    // The head's chức vụ, the form's "Chức vụ" left blank: her unit's head's title, not the category (review r75s F1).
    expect(nomineeValues(head, signed)).toMatchObject({ chuc_vu: 'Hiệu trưởng', ho_ten_chuc_vu: expect.stringContaining('Lê Thị Mai, Hiệu trưởng, ') });
    expect(nomineeValues(sake.nominees[0], signed).chuc_vu).toBe('Giáo viên');
    // A teacher whose name differs from the head's by a mark is another person: the head confirms (review diff30 #1).
    const [other] = evaluated([person('Lê Thị Mại', 2)].map(narrated));
    expect(nomineeValues(reviewWith([other], { [other.id]: '' }).nominees[0], signed).hieu_truong).toBe('Lê Thị Mai');
    // The head's own report left without its confirming name: the office's signer in "Cấu hình" is where it is missing,
    // never the school's "Hiệu trưởng" column, which holds her own name (review r75s F2); another's: that column.
    expect(omittedSources(missingToTell(['hieu_truong'], signed.organisation, head, DAY))).toEqual([expect.stringContaining('“Người ký tờ trình”')]);
    expect(missingToTell(['hieu_truong'], signed.organisation, sake.nominees[0], DAY)).toEqual(['hieu_truong']);
  });

  it('a manager who left “Chức vụ” blank and is not the head: printed as the category, and the list and report say the chức vụ is missing (review r75s F1)', () => {
    const [deputy, teacher] = evaluated([{ ...person('Đỗ Thị Nhung', 2), [Q.role]: ROLE_CHOICES.manager }, person('Hoàng Văn Long', 2)].map(narrated));
    const sel = reviewWith([deputy, teacher], { [deputy.id]: '', [teacher.id]: '' });
    const [d] = sel.nominees.filter((n) => n.id === deputy.id);
    expect(nomineeValues(d, signed).chuc_vu).toBe('Cán bộ quản lý');
    const docs = planDocuments(sel, DAY, signed);
    const said = (kind: string, id?: string) => docs.filter((x) => x.kind === kind && (!id || x.nominee?.id === id)).flatMap((x) => x.warnings).filter((w) => w.startsWith('Chưa có chức vụ'));
    expect(said('danhSach')).toEqual([expect.stringContaining('“Đỗ Thị Nhung” (in “Cán bộ quản lý”)')]);
    expect(said('danhSach')[0]).not.toContain('Hoàng Văn Long');
    expect(said('baoCao', deputy.id)).toHaveLength(1);
    expect(said('baoCao', teacher.id)).toEqual([]);
    expect(docs.find((x) => x.kind === 'danhSach')!.needsFix).toBe(true);
  });
});

describe('the achievement summary as the school wrote it', () => {
  const good =
    'Chủ động xây dựng kế hoạch thực hiện mô hình, tổ chức cho cán bộ, giáo viên và học sinh cùng tham gia; định kỳ đánh giá, rút kinh nghiệm và chia sẻ cách làm với các đơn vị trong cụm thi đua.';
  const two = 'Tích cực đổi mới phương pháp, lan tỏa cách làm hay trong đơn vị. Danh hiệu đã đạt: Giấy khen của Giám đốc Sở.';

  it('warns, saying what to ask the school for, when it is too short, markup or a formula, or one sentence repeated', () => {
    expect(summaryWarnings(good)).toEqual([]);
    expect(summaryWarnings(two)).toEqual([]);
    expect(summaryWarnings('')).toEqual([]); // an empty summary is a gap (the report is refused), not a warning
    const [short] = summaryWarnings('Đăng ký lại để bổ sung minh chứng.');
    expect(short).toContain('chỉ có 8 từ');
    expect(short).toContain('Đề nghị trường bổ sung');
    const html = summaryWarnings('<script>alert("x")</script> Nội dung tóm tắt');
    expect(html).toHaveLength(2);
    expect(html[1]).toContain('“<script>”');
    expect(html[1]).toContain('Đề nghị trường sửa câu trả lời này bằng lời văn');
    for (const junk of [`${good} {{ten}}`, `=IMPORTXML("http://x.example";"//a") ${good}`, `${good} Tổng =SUM(A1:A3)`, `${good} <b>đậm</b>`]) {
      expect(summaryWarnings(junk), junk).toHaveLength(1);
      expect(summaryWarnings(junk)[0], junk).toContain('giống mã máy tính hoặc công thức');
    }
    // Ordinary punctuation is not markup: "a < b", "=" inside a sentence, braces of one.
    expect(summaryWarnings(`${good} Tỷ lệ học sinh khá, giỏi > 90% và tỷ lệ chuyên cần = 99% {năm học 2024-2025}.`)).toEqual([]);
    const sentence = 'Nhà trường tổ chức nhiều hoạt động trải nghiệm, xây dựng môi trường giáo dục an toàn, thân thiện, hạnh phúc. ';
    const repeated = summaryWarnings(sentence.repeat(100));
    expect(repeated).toHaveLength(1);
    expect(repeated[0]).toContain('lặp lại một câu 100 lần');
    expect(repeated[0]).toContain('mỗi ý viết một lần');
    expect(summaryWarnings(sentence.repeat(3) + good)[0]).toContain('3 lần');
    expect(summaryWarnings(sentence.repeat(2) + good)).toEqual([]);
    // Short sentences may repeat ("Có.").
    expect(summaryWarnings(`${good} Có. Có. Có.`)).toEqual([]);
  });

  it('goes with the nominee\'s report in the plan (not with the lists), and changes no verdict', () => {
    const regs = evaluated([
      { ...collectiveAnswers(), [Q.summary]: '<script>alert("x")</script> Nội dung tóm tắt' },
      { ...person('Trần Văn Bình', 2), [Q.summary]: 'Đăng ký lại để bổ sung minh chứng.' },
      { ...person('Nguyễn Thị An', 2), [Q.summary]: good },
    ]);
    const ref = evaluated([{ ...collectiveAnswers(), [Q.summary]: good }, { ...person('Trần Văn Bình', 2), [Q.summary]: good }, { ...person('Nguyễn Thị An', 2), [Q.summary]: good }]);
    expect(regs.map((r) => r.verdict)).toEqual(ref.map((r) => r.verdict));
    const docs = planDocuments(propose(regs, regs.map((r) => r.id)), DAY, signed);
    const warned = (id: string) => docs.find((d) => d.kind === 'baoCao' && d.nominee!.id === id)!.warnings;
    expect(warned(regs[0].id).join(' ')).toContain('“<script>”');
    expect(warned(regs[1].id).join(' ')).toContain('chỉ có 8 từ');
    expect(warned(regs[2].id)).toEqual([]);
    // (The district office's own Giấy khen carries its note of authority: review docs H2.)
    expect(docs.filter((d) => d.kind !== 'baoCao').every((d) => d.warnings.filter((w) => w !== PHONG_GIAY_KHEN && w !== proposalNote.beforeMeeting()).length === 0)).toBe(true);
    // The report still prints what the school wrote.
    expect(nomineeValues(docs.find((d) => d.nominee?.id === regs[0].id)!.nominee!, signed).thanh_tich).toBe('<script>alert("x")</script> Nội dung tóm tắt');
  });
});

describe('the council\'s meeting (issue 15)', () => {
  const regs = evaluated([collectiveAnswers(), person('Trần Văn Bình', 2), person('Nguyễn Thị An', 1), person('Lê Văn Cường', 1)].map(narrated));
  const [school, binh, an, cuong] = regs;
  const sel = reviewWith(regs, { [school.id]: '', [binh.id]: AWARD_LEVEL_CHOICES.bangKhenTinh, [an.id]: '', [cuong.id]: '' });

  it('reads the tab by what its rows say; the share in favour counts all members, absent ones included', () => {
    const c = parseCouncil(councilTab([[school.id, 8, 0], [an.id, 4, 4]]))!;
    expect(c).toMatchObject({ place: 'Phòng họp số 1', date: '04/09/2024', chair: 'Trần Văn Minh', secretary: 'Nguyễn Văn I', threshold: 50 });
    expect(c.members).toHaveLength(9);
    expect(c.members.filter((m) => !m.present)).toEqual([{ name: 'Nguyễn Văn G', title: 'Ủy viên', present: false, reason: 'ốm' }]);
    expect(voteOutcome(c, school.id)).toMatchObject({ passed: true });
    expect(voteOutcome(c, school.id).share).toBeCloseTo(8 / 9);
    expect(voteOutcome(c, an.id).passed).toBe(false); // 4 of 9 is not above half
    expect(voteOutcome(c, 'DK-999999')).toMatchObject({ passed: false, share: null });
    expect(parseCouncil(null)).toBeNull();
    expect(councilMet(parseCouncil(councilTemplateRows('Giám đốc Sở, Chủ tịch Hội đồng')))).toBe(false); // as setup makes it: not met yet
    // The chair's example is the office kind's (a Sở's council is chaired by its Giám đốc, not a Trưởng phòng).
    const help = councilTemplateRows(OFFICE_PROFILES.so.chairTitle).find((r) => r[0] === COUNCIL_FIELDS.chairTitle)![2];
    expect(help).toBe('Ví dụ: Giám đốc Sở, Chủ tịch Hội đồng');
  });

  it('a nominee without the vote share or without a vote is flagged, never proposed silently', () => {
    const c = parseCouncil(councilTab([[school.id, 8, 0], [binh.id, 7, 1], [an.id, 4, 4]]))!;
    const voted = applyCouncil(sel, c);
    expect(voted.nominees.map((n) => n.id)).toEqual([school.id, binh.id]);
    expect(voted.flagged.map((f) => [f.nominee.id, f.reason, f.note])).toEqual([
      [an.id, 'vote', expect.stringContaining('44,4%')],
      [cuong.id, 'noVote', expect.stringContaining('chưa có kết quả biểu quyết')],
    ]);
    // The tab's summary names each reason that occurs, not the vote for all of them.
    expect(COUNCIL_SUMMARY.flagged({ vote: 1, noVote: 1, level: 0 })).toBe(
      '2 trường hợp không đưa vào tờ trình: 1 vì kết quả biểu quyết của Hội đồng; 1 vì chưa có kết quả biểu quyết (xem cột “Ghi chú”).',
    );
    expect(COUNCIL_SUMMARY.flagged({ vote: 0, noVote: 0, level: 1 })).not.toContain('biểu quyết');
    expect(applyCouncil(sel, null)).toBe(sel); // no meeting yet: the selection as the council marked it
  });

  it('once the council met: a Biên bản for all, a draft Quyết định for the level the office decides, before the reports', () => {
    const c = parseCouncil(councilTab([[school.id, 8, 0], [binh.id, 7, 1], [an.id, 8, 0], [cuong.id, 2, 6]]))!;
    const voted = applyCouncil(sel, c);
    const docs = planDocuments(voted, DAY, signed, c);
    expect(docs.map((d) => `${d.kind}:${d.level}`)).toEqual([
      'toTrinh:giayKhen', 'danhSach:giayKhen', 'toTrinh:bangKhenTinh', 'danhSach:bangKhenTinh', 'bienBan:null', 'quyetDinh:giayKhen',
      'baoCao:giayKhen', 'baoCao:giayKhen', 'baoCao:bangKhenTinh',
    ]);
    expect(docs.map((d) => d.gaps)).toEqual(docs.map(() => []));
    const qd = documentValues(docs[5], DAY, signed, c);
    expect(qd).toMatchObject({ tham_quyen: 'TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ YÊN BÁI', chuc_vu_nguoi_ky: 'TRƯỞNG PHÒNG', nguoi_ky: 'Trần Văn Minh', thay_mat: null });
    expect(qd.can_cu_bien_ban).toBe('Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng Phòng Giáo dục và Đào tạo thành phố Yên Bái ngày 04 tháng 9 năm 2024;');
    // A Biên bản lacking its secretary is refused, saying where to fill it in.
    const noSecretary = parseCouncil(councilTab([[school.id, 8, 0]]).map((r) => (r[0] === COUNCIL_FIELDS.secretary ? [r[0], ''] : r)))!;
    const bb = planDocuments(applyCouncil(sel, noSecretary), DAY, signed, noSecretary).find((d) => d.kind === 'bienBan')!;
    expect(bb.gaps).toEqual([expect.stringContaining(`“${COUNCIL_FIELDS.secretary}” ở trang “${COUNCIL_TAB}”`)]);
  });

  it('the whole dossier for two levels, filled: no "{{", no internal code or score, members and votes listed', () => {
    const c = parseCouncil(councilTab([[school.id, 8, 0], [binh.id, 7, 1], [an.id, 8, 0], [cuong.id, 8, 0]]))!;
    const voted = applyCouncil(sel, c);
    const docs = planDocuments(voted, DAY, signed, c);
    expect(new Set(docs.map((d) => d.kind))).toEqual(new Set(['toTrinh', 'danhSach', 'bienBan', 'quyetDinh', 'baoCao']));
    expect(new Set(docs.map((d) => d.level).filter((l) => l))).toEqual(new Set(['giayKhen', 'bangKhenTinh']));
    for (const d of docs) {
      const text = filledText(d, c).join('\n');
      expect(text, d.name).not.toContain('{{');
      expect(text, d.name).not.toMatch(/DK-\d|Điểm ưu tiên|\(mục \d/);
      for (const n of voted.nominees) expect(text, d.name).not.toContain(String(n.score) + ' điểm');
    }
    const bb = filledText(docs.find((d) => d.kind === 'bienBan')!, c).join('\n');
    expect(bb).toContain('Nguyễn Văn G | Ủy viên | Vắng mặt (ốm)');
    expect(bb).toContain('9 thành viên Hội đồng; có mặt 8, vắng mặt 1');
    // The conclusion names the result the vote table prints for those proposed.
    expect(bb).toContain(`có kết quả “${COUNCIL_TEXT.passed}”`);
    expect(bb).toMatch(/Trần Văn Bình \| Trường Mầm non Hoa Sen \| Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Yên Bái \| 7 \| 1 \| 77,8% \| Đủ tỷ lệ tán thành/);
    const ttGk = filledText(docs[0], c).join('\n');
    expect(ttGk).toContain('Kính gửi: Trưởng phòng Giáo dục và Đào tạo thành phố Yên Bái.');
    expect(ttGk).toContain('Hội đồng Thi đua - Khen thưởng Phòng Giáo dục và Đào tạo thành phố Yên Bái kính trình');
    const report = filledText(docs.find((d) => d.kind === 'baoCao' && d.level === 'bangKhenTinh')!, c).join('\n');
    expect(report).toContain('Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Yên Bái');
  });

  it('with "Thực hiện nhiệm vụ công tác" chosen in Cấu hình, the reports follow the yearly form', () => {
    const duty = { ...signed, organisation: { ...signed.organisation, reportForm: 'duty' as const } };
    const docs = planDocuments(sel, DAY, duty).filter((d) => d.kind === 'baoCao');
    expect(docs.map((d) => d.template)).toEqual(['baoCaoTapTheNhiemVu', 'baoCaoCaNhanNhiemVu', 'baoCaoCaNhanNhiemVu', 'baoCaoCaNhanNhiemVu']);
    expect(documentValues(docs[0], DAY, duty, null).ly_do_khen).toContain('thực hiện nhiệm vụ công tác');
  });
});

describe('the draft Quyết định\'s competence and reward; the Tờ trình\'s route and recipients', () => {
  const regs = evaluated([collectiveAnswers(), person('Trần Văn Bình', 2), person('Nguyễn Thị An', 1)].map(narrated));
  const [school, binh, an] = regs;
  const c = parseCouncil(councilTab([[school.id, 8, 0], [binh.id, 7, 1], [an.id, 8, 0]]))!;
  const sel = applyCouncil(reviewWith(regs, { [school.id]: '', [an.id]: '', [binh.id]: AWARD_LEVEL_CHOICES.bangKhenTinh }), c);
  const docsOf = (office: typeof signed) => planDocuments(sel, DAY, office, c);
  const text = (office: typeof signed, kind: PlannedDoc['kind'], level: PlannedDoc['level']) =>
    filledText(docsOf(office).find((d) => d.kind === kind && d.level === level)!, c, office);

  it('without "Cấu hình" rows: a visible line to complete for the căn cứ and the reward, articles renumbered, and the Ghi chú says so', () => {
    const qd = text(signed, 'quyetDinh', 'giayKhen');
    const basis = qd.findIndex((l) => l.startsWith('[Căn cứ'));
    expect(qd[basis]).toBe('[Căn cứ Quyết định số …/QĐ-… ngày … quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Phòng Giáo dục và Đào tạo thành phố Yên Bái — cơ quan bổ sung];');
    // The first căn cứ: the law follows it.
    expect(qd[basis + 1]).toMatch(/^Căn cứ Luật Thi đua, khen thưởng/);
    expect(qd).toContain('Điều 2. [Tiền thưởng kèm theo Giấy khen: mức thưởng, nguồn chi (Quỹ thi đua, khen thưởng) — cơ quan bổ sung].');
    expect(qd).toContain('Điều 3. Quyết định này có hiệu lực kể từ ngày ký.');
    expect(qd.find((l) => l.startsWith('Điều 4.'))).toContain('chịu trách nhiệm thi hành Quyết định này');
    expect(qd.join('\n')).toContain('- Như Điều 4;');
    const note = docsOf(signed).find((d) => d.kind === 'quyetDinh')!;
    expect(note.gaps).toEqual([]); // made, with the lines to complete
    expect(note.warnings).toEqual([
      'Dự thảo còn dòng “[… — cơ quan bổ sung]”: căn cứ chức năng, nhiệm vụ, quyền hạn của cơ quan (mục “Căn cứ chức năng, nhiệm vụ của cơ quan”); điều về tiền thưởng: mức thưởng, nguồn chi (mục “Tiền thưởng”). Điền trong dự thảo trước khi trình ký, hoặc ghi vào trang “Cấu hình”, cột B của dòng có tên mục đó ở cột A (chưa có dòng đó thì thêm một dòng, cột A ghi đúng tên mục) rồi chọn menu “Tạo lại toàn bộ văn bản đề nghị khen thưởng” (công cụ tạo lại mọi văn bản trong một thư mục mới; văn bản đã tạo giữ nguyên).',
      PHONG_GIAY_KHEN,
    ]);
    // Only the Quyết định carries that note (the district office's Giấy khen Tờ trình its note of authority: review docs H2).
    // (Nor the Giấy khen Tờ trình and Danh sách their note of who signs: the council lists no Phó Chủ tịch, review r70x L5.)
    expect(docsOf(signed).filter((d) => d.kind !== 'quyetDinh' && d.kind !== 'baoCao').map((d) => d.warnings.filter((w) => w !== PHONG_GIAY_KHEN && w !== proposalNote.councilNoDeputy()))).toEqual([[], [], [], [], []]);
    // Without the office's plan as well: its căn cứ is one more line of the same note (review now N1).
    const planless = { ...signed, organisation: { ...signed.organisation, planNumber: '', planDate: '', planTitle: '' } };
    expect(text(planless, 'quyetDinh', 'giayKhen')).toContain(`[Căn cứ Kế hoạch số …/KH-… ngày … của Phòng Giáo dục và Đào tạo thành phố Yên Bái về ${PROPOSAL_TEXT.planTitle('2021-2025')} — cơ quan bổ sung];`);
    expect(docsOf(planless).find((d) => d.kind === 'quyetDinh')!.warnings[0]).toContain(
      '(mục “Tiền thưởng”); căn cứ Kế hoạch của cơ quan: số, ngày ban hành (các mục “Số Kế hoạch của cơ quan”, “Ngày ban hành Kế hoạch”; cơ quan chưa có Kế hoạch của giai đoạn thì xóa dòng này trong văn bản). Điền trong dự thảo',
    );
  });

  it('with them: printed as the first căn cứ and as Điều 2, no note', () => {
    const office = {
      ...signed,
      organisation: {
        ...signed.organisation,
        competenceBasis: 'Quyết định số 12/2025/QĐ-UBND ngày 01/7/2025 của Ủy ban nhân dân tỉnh Yên Bái quy định chức năng, nhiệm vụ, quyền hạn của Phòng Giáo dục và Đào tạo.',
        reward: 'tập thể được thưởng 1,0 lần, cá nhân được thưởng 0,3 lần mức lương cơ sở; kinh phí từ Quỹ thi đua, khen thưởng của Phòng',
      },
    };
    const qd = text(office, 'quyetDinh', 'giayKhen');
    const at = qd.findIndex((l) => l.startsWith('Căn cứ Quyết định số 12/2025'));
    expect(qd[at]).toBe('Căn cứ Quyết định số 12/2025/QĐ-UBND ngày 01/7/2025 của Ủy ban nhân dân tỉnh Yên Bái quy định chức năng, nhiệm vụ, quyền hạn của Phòng Giáo dục và Đào tạo;');
    expect(qd[at + 1]).toMatch(/^Căn cứ Luật Thi đua, khen thưởng/);
    expect(qd).toContain('Điều 2. Tập thể được thưởng 1,0 lần, cá nhân được thưởng 0,3 lần mức lương cơ sở; kinh phí từ Quỹ thi đua, khen thưởng của Phòng.');
    expect(qd.join('\n')).not.toContain('cơ quan bổ sung');
    expect(docsOf(office).find((d) => d.kind === 'quyetDinh')!.warnings).toEqual([PHONG_GIAY_KHEN]);
    // One of the two given: the note names only the other.
    const half = { ...office, organisation: { ...office.organisation, reward: '' } };
    expect(docsOf(half).find((d) => d.kind === 'quyetDinh')!.warnings[0]).not.toContain('căn cứ chức năng');
    expect(docsOf(half).find((d) => d.kind === 'quyetDinh')!.warnings[0]).toContain('“Tiền thưởng”');
  });

  it('the Bằng khen UBND tỉnh Tờ trình goes to the chair through the route, which is among its recipients with the office\'s council: a Sở through the Sở Nội vụ, a district office through its district (review docs M1)', () => {
    const tt = text(signed, 'toTrinh', 'bangKhenTinh');
    expect(tt).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Yên Bái (qua Ủy ban nhân dân thành phố Yên Bái).');
    // The body names the addressee alone.
    expect(tt.join('\n')).toContain('kính trình Chủ tịch Ủy ban nhân dân tỉnh Yên Bái xem xét, quyết định tặng');
    const recipients = tt.find((l) => l.startsWith('Nơi nhận:'))!;
    expect(recipients.split(' | ')[0]).toBe('Nơi nhận: / - Như trên; / - Ủy ban nhân dân thành phố Yên Bái; / - Hội đồng TĐKT Phòng GD&ĐT thành phố Yên Bái; / - Lưu: VT.');
    // A district not named (the profile's "Ủy ban nhân dân huyện" kept): no route through it (review diff35 L2).
    const unnamed = provinceRoute({ ...signed.organisation, governingBody: OFFICE_PROFILES.phong.governingBody, provinceAddressee: '' }, 'Ủy ban nhân dân tỉnh Yên Bái');
    expect(unnamed.kinh_gui_dong).toBe('Chủ tịch Ủy ban nhân dân tỉnh Yên Bái (qua Sở Nội vụ)');
    // A Sở (no district level): through the province's Sở Nội vụ.
    const so = { ...signed, organisation: { ...signed.organisation, kind: 'so' as const, name: 'Sở Giáo dục và Đào tạo tỉnh Yên Bái', governingBody: 'Ủy ban nhân dân tỉnh Yên Bái', parentAuthority: 'Ủy ban nhân dân tỉnh Yên Bái' } };
    const bySo = text(so, 'toTrinh', 'bangKhenTinh');
    expect(bySo).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Yên Bái (qua Sở Nội vụ).');
    expect(bySo.find((l) => l.startsWith('Nơi nhận:'))).toContain('- Sở Nội vụ tỉnh Yên Bái;');
    // Configured: its line as written, its route among the recipients.
    const office = { ...signed, organisation: { ...signed.organisation, provinceAddressee: 'Ủy ban nhân dân tỉnh Yên Bái (qua Ban Thi đua - Khen thưởng, Sở Nội vụ).' } };
    const own = text(office, 'toTrinh', 'bangKhenTinh');
    expect(own).toContain('Kính gửi: Ủy ban nhân dân tỉnh Yên Bái (qua Ban Thi đua - Khen thưởng, Sở Nội vụ).');
    expect(own.join('\n')).toContain('kính trình Ủy ban nhân dân tỉnh Yên Bái xem xét');
    expect(own.find((l) => l.startsWith('Nơi nhận:'))).toContain('- Ban Thi đua - Khen thưởng, Sở Nội vụ;');
    // A line without a route: no extra recipient.
    const direct = { ...signed, organisation: { ...signed.organisation, provinceAddressee: 'Chủ tịch Ủy ban nhân dân tỉnh Yên Bái' } };
    expect(documentValues({ kind: 'toTrinh', level: 'bangKhenTinh', group: [], nominee: null }, DAY, direct, null)).toMatchObject({
      kinh_gui: 'Chủ tịch Ủy ban nhân dân tỉnh Yên Bái',
      kinh_gui_dong: 'Chủ tịch Ủy ban nhân dân tỉnh Yên Bái',
      noi_nhan_qua: null,
    });
  });

  it('a school running the tool proposes the province\'s Bằng khen through the level that manages it: its Sở, or its commune\'s Ủy ban, whose province "Nơi nhận tờ trình Bằng khen UBND tỉnh" names (review schooloffice M4)', () => {
    const school = (parentAuthority: string, provinceAddressee = '') =>
      ({ ...signed.organisation, kind: 'truong' as const, name: 'Trường Trung học cơ sở Quang Minh', governingBody: '', parentAuthority, provinceAddressee }) as typeof signed.organisation;
    // A THPT under the Sở: through it.
    const thpt = school('Sở Giáo dục và Đào tạo tỉnh Hà Sơn');
    expect(provinceRoute(thpt, provinceAuthority(thpt))).toMatchObject({
      kinh_gui: 'Chủ tịch Ủy ban nhân dân tỉnh Hà Sơn',
      kinh_gui_dong: 'Chủ tịch Ủy ban nhân dân tỉnh Hà Sơn (qua Sở Giáo dục và Đào tạo tỉnh Hà Sơn)',
      noi_nhan_qua: 'Sở Giáo dục và Đào tạo tỉnh Hà Sơn',
    });
    // A THCS under a ward's Ủy ban: no province known, the Bằng khen's documents say where to write it.
    const thcs = school('Ủy ban nhân dân phường Minh Tân');
    expect(provinceAuthority(thcs)).toBe('');
    const refused = docsOf({ ...signed, organisation: thcs }).find((d) => d.kind === 'toTrinh' && d.level === 'bangKhenTinh')!;
    expect(refused.gaps.join(' ')).toContain('Nơi nhận tờ trình Bằng khen UBND tỉnh');
    expect(docsOf({ ...signed, organisation: thpt }).find((d) => d.kind === 'toTrinh' && d.level === 'bangKhenTinh')!.gaps).toEqual([]);
    // Named there, with the ward as its route.
    const named = school('Ủy ban nhân dân phường Minh Tân', 'Chủ tịch Ủy ban nhân dân tỉnh Lào Cai (qua Ủy ban nhân dân phường Minh Tân)');
    expect(provinceAuthority(named)).toBe('Ủy ban nhân dân tỉnh Lào Cai');
    expect(provinceRoute(named, provinceAuthority(named))).toMatchObject({ kinh_gui: 'Chủ tịch Ủy ban nhân dân tỉnh Lào Cai', noi_nhan_qua: 'Ủy ban nhân dân phường Minh Tân' });
    // Unnamed there too, the route still goes through the ward once the province is known another way.
    expect(provinceRoute(thcs, 'Ủy ban nhân dân tỉnh Lào Cai').kinh_gui_dong).toBe('Chủ tịch Ủy ban nhân dân tỉnh Lào Cai (qua Ủy ban nhân dân phường Minh Tân)');
  });

  it('the council\'s own Tờ trình (Giấy khen) sends no copy to the council, and that is not reported as a line left out', () => {
    const tt = text(signed, 'toTrinh', 'giayKhen');
    // (This helper leaves a line without value blank in a cell; the Docs adapter takes it out: test/bundle/proposals.)
    expect(tt.find((l) => l.startsWith('Nơi nhận:'))!.split(' | ')[0]).toBe('Nơi nhận: / - Như trên; /  /  / - Lưu: VT.');
    expect(documentValues({ kind: 'toTrinh', level: 'giayKhen', group: [], nominee: null }, DAY, signed, null)).toMatchObject({ noi_nhan_qua: null, noi_nhan_hoi_dong: null });
    expect(omittedSources(['noi_nhan_hoi_dong', 'noi_nhan_qua'])).toEqual([]);
    // The Bằng khen Bộ's Tờ trình: the council; through the district office's Sở (review r68d M3).
    const v = documentValues({ kind: 'toTrinh', level: 'bangKhenBo', group: [], nominee: null }, DAY, signed, null);
    expect(signed.organisation.parentAuthority).toMatch(/^Sở Giáo dục và Đào tạo tỉnh /);
    expect(v).toMatchObject({ kinh_gui: 'Bộ trưởng Bộ Giáo dục và Đào tạo', kinh_gui_dong: `Bộ trưởng Bộ Giáo dục và Đào tạo (qua ${signed.organisation.parentAuthority})`, noi_nhan_qua: signed.organisation.parentAuthority, noi_nhan_hoi_dong: 'Hội đồng TĐKT Phòng GD&ĐT thành phố Yên Bái' });
  });

  it('the Tờ trình cites the council\'s meeting once and proposes once, its attachments closing the text (review docs L1)', () => {
    for (const [council, basis] of [
      [c, 'Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng Phòng Giáo dục và Đào tạo thành phố Yên Bái ngày 04 tháng 9 năm 2024,'],
      [null, 'Căn cứ kết quả họp xét của Hội đồng Thi đua - Khen thưởng Phòng Giáo dục và Đào tạo thành phố Yên Bái,'],
    ] as const) {
      for (const level of ['giayKhen', 'bangKhenTinh'] as const) {
        const tt = filledText(planDocuments(sel, DAY, signed, council).find((d) => d.kind === 'toTrinh' && d.level === level)!, council, signed);
        const body = tt.slice(tt.findIndex((l) => l.startsWith('Kính gửi:')) + 1, tt.findIndex((l) => l.startsWith('Nơi nhận:')));
        const cited = body.filter((l) => l.startsWith('Căn cứ'));
        expect(cited.filter((l) => l.includes('Hội đồng')), `${level} ${council ? 'met' : 'not met'}`).toEqual([basis]);
        // The căn cứ before it end with ";", the last leads into the proposal.
        expect(cited.slice(0, -1).every((l) => l.endsWith(';'))).toBe(true);
        expect(body[body.indexOf(basis) + 1]).toMatch(/ kính trình .* xem xét, quyết định tặng (Giấy|Bằng) khen .* giai đoạn 2021-2025\.$/);
        expect(body.join('\n').match(/kính (trình|đề nghị)/g)).toEqual(['kính trình']);
        // The Biên bản among the attachments once the council met, never before (review r73l).
        expect(body[body.length - 1]).toMatch(council ? /^\(Tổng số: .*; có danh sách, biên bản họp Hội đồng và báo cáo thành tích kèm theo\)\.\/\.$/ : /^\(Tổng số: .*; có danh sách và báo cáo thành tích kèm theo\)\.\/\.$/);
      }
    }
  });

  it('a numbered item as templates write it, and as an office may (review r73l, d73): its first number; a heading ends a run', () => {
    expect(['2. Thành tích', '2.Thành tích', '2.1. Kết quả', '10. Mục', '1.5 triệu đồng', '2021. x', 'Điều 2.'].map(itemNumber)).toEqual([2, 2, 2, 10, null, null, null]);
    expect(['II. THÀNH TÍCH', 'III/ CÁC HÌNH THỨC', 'III.CÁC', 'IV) x', 'Cá nhân', 'Lưu: VT'].map((t) => SECTION_HEADING.test(t))).toEqual([true, true, true, true, false, false]);
  });

  it('a template made before: its "Kính gửi" line and its council recipient are rewritten to the new placeholders', () => {
    const rewrite = (t: string) => LEGACY_PHRASES.reduce((x, [re, by]) => x.replace(new RegExp(re, 'g'), by), t);
    expect(rewrite('Kính gửi: {{kinh_gui}}.')).toBe('Kính gửi: {{kinh_gui_dong}}.');
    expect(rewrite('- Hội đồng TĐKT {{ten_viet_tat}};')).toBe('- {{noi_nhan_hoi_dong}};');
    // The body's "{{kinh_gui}}" stays (the addressee alone).
    expect(rewrite('kính đề nghị {{kinh_gui}} xem xét')).toBe('kính đề nghị {{kinh_gui}} xem xét');
    // Its attachments and its subjects as templates printed them before review r73l: filled as today's are.
    expect(rewrite('({{tong_so}}; có danh sách, biên bản họp Hội đồng và báo cáo thành tích kèm theo)./.')).toBe('({{tong_so}}; {{kem_theo}})./.');
    expect(rewrite('Về việc đề nghị tặng {{hinh_thuc}} cho các tập thể, cá nhân điển hình tiên tiến trong phong trào')).toBe('Về việc đề nghị tặng {{hinh_thuc}} cho {{de_nghi_cho}} điển hình tiên tiến trong phong trào');
    // Whom: the kinds proposed, a plural for more than one (review d73).
    expect([[1, 1], [0, 2], [0, 1], [3, 0], [1, 0]].map(([c, i]) => commonValues(cfg.organisation, '2021-2025', DAY, { collectives: c, individuals: i }).de_nghi_cho)).toEqual(['các tập thể, cá nhân', 'các cá nhân', 'cá nhân', 'các tập thể', 'tập thể']);
    expect(rewrite('Tập thể, cá nhân điển hình tiên tiến giai đoạn {{giai_doan}} đề nghị tặng {{hinh_thuc}}')).toBe('{{de_nghi_cho_hoa}} điển hình tiên tiến giai đoạn {{giai_doan}} đề nghị tặng {{hinh_thuc}}');
    // Today's templates hold none of the old wording.
    for (const key of TEMPLATE_KEYS) {
      const text = JSON.stringify(templateBlocks(key));
      for (const [re] of LEGACY_PHRASES.slice(-3)) expect(new RegExp(re).test(text), `${key}: ${re}`).toBe(false);
    }
  });
});

describe('a UBND xã/phường\'s documents (a commune office since the 2025 mergers)', () => {
  const regs = evaluated([{ ...collectiveAnswers(), [Q.school]: SCHOOLS[1].name }, person('Trần Văn Bình', 2), person('Nguyễn Thị An', 1)].map(narrated));
  const [school, binh, an] = regs;
  const c = parseCouncil(councilTab([[school.id, 8, 0], [binh.id, 7, 1], [an.id, 8, 0]]))!;
  const sel = applyCouncil(reviewWith(regs, { [school.id]: '', [binh.id]: AWARD_LEVEL_CHOICES.bangKhenTinh, [an.id]: AWARD_LEVEL_CHOICES.bangKhenBo }), c);
  const xa = {
    ...signed,
    organisation: {
      ...signed.organisation,
      kind: 'xa' as const,
      name: 'Ủy ban nhân dân xã Suối Ngọc',
      shortName: 'UBND xã Suối Ngọc',
      parentAuthority: 'Ủy ban nhân dân tỉnh Hà Sơn',
      governingBody: '',
      place: 'Suối Ngọc',
      symbol: 'UBND',
      signer: { name: 'Nguyễn Văn Hùng', title: 'Chủ tịch' },
    },
  };
  const AFTER = new Date(2028, 5, 18);
  const docsOf = (office: typeof signed, day = AFTER) => planDocuments(sel, day, office, c);
  const doc = (office: typeof signed, kind: PlannedDoc['kind'], level: PlannedDoc['level'], day = AFTER) =>
    docsOf(office, day).find((d) => d.kind === kind && d.level === level)!;
  const text = (office: typeof signed, kind: PlannedDoc['kind'], level: PlannedDoc['level'], day = AFTER) => filledText(doc(office, kind, level, day), c, office, day);
  /** The signature block: the right cell of the row that holds the signer's title, its non-blank lines joined by " / ". */
  const signature = (lines: string[]) =>
    lines
      .map((l) => l.split(' | ')[1] ?? '')
      .find((cell) => /(^| \/ )(CHỦ TỊCH|PHÓ CHỦ TỊCH|GIÁM ĐỐC|PHÓ GIÁM ĐỐC)( \/ |$)/.test(cell))!
      .split(' / ')
      .filter((x) => x.trim() !== '')
      .map((x) => plain(x))
      .join(' / ');

  it('the Chủ tịch\'s Quyết định opens with the Luật Tổ chức chính quyền địa phương (2025), no line to complete for it', () => {
    const qd = text(xa, 'quyetDinh', 'giayKhen');
    const at = qd.indexOf('Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;');
    expect(at).toBeGreaterThan(0);
    expect(qd[at - 1]).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ SUỐI NGỌC');
    expect(qd[at + 1]).toMatch(/^Căn cứ Luật Thi đua, khen thưởng/);
    expect(qd.join('\n')).not.toContain('quy định chức năng, nhiệm vụ');
    // Only the reward is left to complete.
    const w = doc(xa, 'quyetDinh', 'giayKhen').warnings;
    expect(w).toHaveLength(1);
    expect(w[0]).not.toContain('căn cứ chức năng');
    expect(w[0]).toContain('“Tiền thưởng”');
    // Signed by the Chủ tịch alone (the Chủ tịch's own decision, not the committee's).
    expect(signature(qd)).toBe('CHỦ TỊCH / Nguyễn Văn Hùng');
    // The office's own căn cứ in "Cấu hình" wins; before 1/7/2025 (the 2015 law), the line to complete.
    const own = { ...xa, organisation: { ...xa.organisation, competenceBasis: 'Quy chế thi đua, khen thưởng của Ủy ban nhân dân xã Suối Ngọc' } };
    expect(text(own, 'quyetDinh', 'giayKhen')).toContain('Căn cứ Quy chế thi đua, khen thưởng của Ủy ban nhân dân xã Suối Ngọc;');
    const before = text(xa, 'quyetDinh', 'giayKhen', new Date(2025, 5, 30));
    expect(before.join('\n')).toContain('[Căn cứ Quyết định số …/QĐ-… ngày … quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ủy ban nhân dân xã Suối Ngọc — cơ quan bổ sung];');
  });

  it('its own Tờ trình and Danh sách are signed "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" (a Phó Chủ tịch: "KT. CHỦ TỊCH"); a Sở\'s head signs alone', () => {
    for (const level of ['bangKhenTinh', 'bangKhenBo'] as const) {
      expect(signature(text(xa, 'toTrinh', level)), level).toBe('TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / Nguyễn Văn Hùng');
      expect(signature(text(xa, 'danhSach', level)), level).toBe('TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / Nguyễn Văn Hùng');
    }
    const deputy = { ...xa, organisation: { ...xa.organisation, signer: { name: 'Lê Thị Hoa', title: 'Phó Chủ tịch' } } };
    expect(signature(text(deputy, 'toTrinh', 'bangKhenTinh'))).toBe('TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Lê Thị Hoa');
    // The council's Giấy khen Tờ trình keeps the council's block.
    expect(signature(text(xa, 'toTrinh', 'giayKhen'))).toBe('TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG / CHỦ TỊCH / Trần Văn Minh');
    const so = { ...signed, organisation: { ...signed.organisation, kind: 'so' as const, name: 'Sở Giáo dục và Đào tạo tỉnh Hà Sơn', signer: { name: 'Phạm Văn Đức', title: 'Giám đốc' } } };
    expect(signature(text(so, 'toTrinh', 'bangKhenTinh'))).toBe('GIÁM ĐỐC / Phạm Văn Đức');
    // A Phó Giám đốc signs for the Giám đốc.
    const soDeputy = { ...so, organisation: { ...so.organisation, signer: { name: 'Vũ Thị Lan', title: 'Phó Giám đốc' } } };
    expect(signature(text(soDeputy, 'toTrinh', 'bangKhenTinh'))).toBe('KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Vũ Thị Lan');
  });

  it('a Phó Chủ tịch who signs leaves the Giấy khen the Chủ tịch\'s: proposed to the Chủ tịch, decided in the Chủ tịch\'s name, signed "KT. CHỦ TỊCH"', () => {
    const deputy = { ...xa, organisation: { ...xa.organisation, signer: { name: 'Lê Thị Hoa', title: 'Phó Chủ tịch' } } };
    const qd = text(deputy, 'quyetDinh', 'giayKhen');
    expect(qd).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ SUỐI NGỌC');
    expect(qd.join('\n')).not.toContain('PHÓ CHỦ TỊCH ỦY BAN NHÂN DÂN');
    expect(signature(qd)).toBe('KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Lê Thị Hoa');
    expect(text(deputy, 'toTrinh', 'giayKhen').join('\n')).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân xã Suối Ngọc');
    // The Chủ tịch signing: no "KT." line.
    expect(signature(text(xa, 'quyetDinh', 'giayKhen'))).toBe('CHỦ TỊCH / Nguyễn Văn Hùng');
  });

  it('its Bằng khen Bộ GD&ĐT Tờ trình goes through the province, with a note on "Đề nghị khen thưởng" that the route is to be checked', () => {
    const tt = text(xa, 'toTrinh', 'bangKhenBo');
    expect(tt).toContain('Kính gửi: Bộ trưởng Bộ Giáo dục và Đào tạo (qua Ủy ban nhân dân tỉnh Hà Sơn).');
    expect(tt.join('\n')).toContain('Ủy ban nhân dân xã Suối Ngọc kính trình Bộ trưởng Bộ Giáo dục và Đào tạo xem xét, quyết định tặng Bằng khen của Bộ trưởng');
    expect(tt.find((l) => l.startsWith('Nơi nhận:'))).toContain('- Ủy ban nhân dân tỉnh Hà Sơn;');
    const w = doc(xa, 'toTrinh', 'bangKhenBo').warnings;
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/^Kiểm tra đường trình trước khi ký: cấp xã không trình thẳng Bộ trưởng/);
    expect(w[0]).toContain('quy chế thi đua, khen thưởng của tỉnh');
    // Only that Tờ trình; another kind of office: no route, no note.
    expect(docsOf(xa).filter((d) => d.warnings.some((x) => x.startsWith('Kiểm tra đường trình')))).toHaveLength(1);
    // (The district office goes through its Sở, with the route to check, and, dated after 1/7/2025, the note that its
    // kind is to be checked: review r68d M3.)
    expect(doc(signed, 'toTrinh', 'bangKhenBo').warnings).toEqual([
      expect.stringMatching(/^Kiểm tra đường trình trước khi ký: cơ quan không trình thẳng Bộ trưởng mà qua cấp quản lý mình.*\(qua Sở Giáo dục và Đào tạo tỉnh .*mục “Cơ quan cấp trên”/),
      expect.stringContaining('cơ quan không còn từ 01/07/2025'),
    ]);
    expect(documentValues(doc(signed, 'toTrinh', 'bangKhenBo'), AFTER, signed, c)).toMatchObject({ kinh_gui_dong: `Bộ trưởng Bộ Giáo dục và Đào tạo (qua ${signed.organisation.parentAuthority})`, noi_nhan_qua: signed.organisation.parentAuthority });
    // No Sở named above it: straight to the Bộ trưởng, the note says why.
    const noSo = { ...signed, organisation: { ...signed.organisation, parentAuthority: '' } };
    expect(documentValues(doc(noSo, 'toTrinh', 'bangKhenBo'), AFTER, noSo, c)).toMatchObject({ kinh_gui_dong: 'Bộ trưởng Bộ Giáo dục và Đào tạo', noi_nhan_qua: null });
    expect(doc(noSo, 'toTrinh', 'bangKhenBo').warnings[0]).toContain('vì mục “Cơ quan cấp trên” ở trang “Cấu hình” không ghi Sở');
    // A school under its commune: through the commune's Ủy ban.
    const school = { ...signed, organisation: { ...signed.organisation, kind: 'truong' as const, name: 'Trường Tiểu học Hòa Bình', parentAuthority: 'Ủy ban nhân dân xã Suối Ngọc', governingBody: 'Ủy ban nhân dân xã Suối Ngọc' } };
    expect(documentValues(doc(school, 'toTrinh', 'bangKhenBo'), AFTER, school, c)).toMatchObject({ kinh_gui_dong: 'Bộ trưởng Bộ Giáo dục và Đào tạo (qua Ủy ban nhân dân xã Suối Ngọc)', noi_nhan_qua: 'Ủy ban nhân dân xã Suối Ngọc' });
    // A Sở: no route added.
    expect(ministryVia({ ...signed.organisation, kind: 'so', parentAuthority: 'Ủy ban nhân dân tỉnh Hà Sơn' })).toBeNull();
  });

  it('a school\'s report is dated at the commune\'s "Địa danh", whatever commune the directory still writes for the school', () => {
    const report = docsOf(xa).find((d) => d.kind === 'baoCao' && d.nominee!.kind === 'collective')!;
    expect(report.nominee!.registration.school!.ward).toBe('Phường Nam Cường');
    const v = documentValues(report, AFTER, xa, c);
    expect(v.dia_danh).toBe('Suối Ngọc');
    expect(plain(v.co_quan)).toBe('ỦY BAN NHÂN DÂN XÃ SUỐI NGỌC');
    // A Sở's school report keeps the school's commune (test above).
    const so = { ...xa, organisation: { ...xa.organisation, kind: 'so' as const, name: 'Sở Giáo dục và Đào tạo tỉnh Hà Sơn' } };
    expect(documentValues(report, AFTER, so, c).dia_danh).toBe('Nam Cường');
  });

  it('“Chức vụ người ký” read as the role alone: the office’s name never twice, a deputy in charge signs “KT.”, an acting head “Q.” (review r68d M1, M2; w68d)', () => {
    const titled = (office: typeof signed, title: string) => ({ ...office, organisation: { ...office.organisation, signer: { name: 'Lê Thị Hoa', title } } });
    const so = { ...xa, organisation: { ...xa.organisation, kind: 'so' as const, name: 'Sở Giáo dục và Đào tạo tỉnh Hà Sơn', shortName: 'Sở GD&ĐT tỉnh Hà Sơn', governingBody: 'Ủy ban nhân dân tỉnh Hà Sơn', symbol: 'SGDĐT' } };
    const lines = (office: typeof signed, kind: PlannedDoc['kind'], level: PlannedDoc['level']) => text(office, kind, level).map((l) => plain(l)).join('\n');
    // The office's name typed into the title: the award, the decision's authority and the signature say it once.
    for (const [office, title, head, line] of [
      [xa, 'Chủ tịch UBND xã', 'Chủ tịch Ủy ban nhân dân xã Suối Ngọc', 'CHỦ TỊCH'],
      [xa, 'Chủ tịch Ủy ban nhân dân xã Suối Ngọc', 'Chủ tịch Ủy ban nhân dân xã Suối Ngọc', 'CHỦ TỊCH'],
      [so, 'Giám đốc Sở GD&ĐT', 'Giám đốc Sở Giáo dục và Đào tạo tỉnh Hà Sơn', 'GIÁM ĐỐC'],
      [so, 'Giám đốc Sở', 'Giám đốc Sở Giáo dục và Đào tạo tỉnh Hà Sơn', 'GIÁM ĐỐC'],
    ] as const) {
      const o = titled(office, title);
      expect(signerTitle(o.organisation), title).toMatchObject({ head: line === 'CHỦ TỊCH' ? 'Chủ tịch' : 'Giám đốc', as: null, typed: title });
      expect(headOf(o.organisation), title).toBe(head);
      const qd = lines(o, 'quyetDinh', 'giayKhen');
      expect(qd, title).toContain(`Giấy khen của ${head}`);
      expect(signature(text(o, 'quyetDinh', 'giayKhen')), title).toBe(`${line} / Lê Thị Hoa`);
      expect(signature(text(o, 'toTrinh', 'bangKhenTinh')), title).toBe(office === xa ? `TM. ỦY BAN NHÂN DÂN / ${line} / Lê Thị Hoa` : `${line} / Lê Thị Hoa`);
      expect(qd, title).not.toMatch(/(CHỦ TỊCH|GIÁM ĐỐC) (UBND|SỞ GD)/);
      // The rows of the Tờ trình and the draft say how the title was read.
      for (const kind of ['toTrinh', 'quyetDinh'] as const) expect(doc(o, kind, 'giayKhen').warnings.join(' '), `${title} ${kind}`).toContain(`Mục “Chức vụ người ký” ở trang “Cấu hình” ghi “${title}”`);
    }
    // A title as the signature prints it: no note.
    expect(signerTitle(titled(xa, 'Chủ tịch').organisation).typed).toBe('');
    expect(signerTitle(titled(so, 'Phó Giám đốc').organisation)).toEqual({ own: 'Phó Giám đốc', head: 'Giám đốc', as: 'KT', typed: '' });
    expect(doc(titled(so, 'Phó Giám đốc'), 'toTrinh', 'giayKhen').warnings.join(' ')).not.toContain('Chức vụ người ký');
    // "Phó Giám đốc phụ trách": the Giám đốc's award, signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" (Nghị định 30/2020/NĐ-CP).
    const inCharge = titled(so, 'Phó Giám đốc phụ trách');
    expect(signerTitle(inCharge.organisation)).toEqual({ own: 'Phó Giám đốc', head: 'Giám đốc', as: 'KT', typed: 'Phó Giám đốc phụ trách' });
    const qd = lines(inCharge, 'quyetDinh', 'giayKhen');
    expect(qd).toContain('Giấy khen của Giám đốc Sở Giáo dục và Đào tạo tỉnh Hà Sơn');
    expect(signature(text(inCharge, 'quyetDinh', 'giayKhen'))).toBe('KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Lê Thị Hoa');
    expect(qd).not.toContain('PHỤ TRÁCH');
    expect(signature(text(inCharge, 'toTrinh', 'bangKhenTinh'))).toBe('KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Lê Thị Hoa');
    expect(signerTitle(titled(so, 'Phó Giám đốc phụ trách Sở GD&ĐT').organisation)).toMatchObject({ own: 'Phó Giám đốc', head: 'Giám đốc', as: 'KT' });
    // An acting head: "Q. GIÁM ĐỐC", no "KT." line; the award stays the Giám đốc's.
    for (const title of ['Quyền Giám đốc', 'Q. Giám đốc', 'Q.Giám đốc']) {
      const acting = titled(so, title);
      expect(signerTitle(acting.organisation), title).toMatchObject({ head: 'Giám đốc', as: 'Q' });
      expect(headOf(acting.organisation), title).toBe('Giám đốc Sở Giáo dục và Đào tạo tỉnh Hà Sơn');
      const qd = lines(acting, 'quyetDinh', 'giayKhen');
      expect(qd, title).toMatch(/(^| \| | \/ )Q\. GIÁM ĐỐC( \/ )+Lê Thị Hoa/m);
      expect(qd, title).not.toContain('KT. GIÁM ĐỐC');
      expect(qd, title).toContain('Giấy khen của Giám đốc Sở Giáo dục và Đào tạo tỉnh Hà Sơn');
    }
    // A title the tool does not know is kept as typed.
    expect(signerTitle(titled(so, 'Giám đốc Trung tâm').organisation)).toMatchObject({ own: 'Giám đốc Trung tâm', as: null, typed: '' });
    // The district office's "Trưởng phòng" keeps its word said once.
    expect(headOf(titled(signed, 'Trưởng phòng GD&ĐT').organisation)).toBe(headOf(signed.organisation));
    expect(headOf(signed.organisation)).toMatch(/^Trưởng phòng Giáo dục và Đào tạo /);
  });
});

describe('what keeps the documents from being made', () => {
  const regs = evaluated([collectiveAnswers(), person('Trần Văn Bình', 2), person('Nguyễn Thị An', 2)]);
  const ids = regs.map((r) => r.id);
  // The council proposed the second and third; the register holds the fingerprints of those decisions.
  const decidedTab = () => {
    const tab = mergeReview([], regs);
    for (const row of tab.rows) if (ids.slice(1).includes(String(row[tab.columns.id]))) row[tab.columns.decision] = REVIEW_DECISIONS.propose;
    return [tab.header, ...tab.rows];
  };
  const recordedOf = (values: unknown[][]): Map<string, DecisionSnapshot> => new Map(mergeReview(values, regs).snapshots);
  const recorded = recordedOf(decidedTab());
  const idsOf = (values: unknown[][]) => new Set(values.slice(1).map((r) => String(r[0])));
  const base = (values: unknown[][] | null) => ({
    review: values ? mergeReview(values, regs, recorded) : null,
    reviewIds: values ? idsOf(values) : new Set<string>(),
    recorded,
    inForce: new Set(ids),
    councilTab: true,
    councilSeenMet: false,
    councilTabNames: [],
  });

  it('nothing, when the tab holds every decision and the council tab is there', () => {
    expect(recorded.size).toBe(2);
    expect(proposalBlockers(base(decidedTab()))).toEqual([]);
  });

  it('a row holding a decision deleted from "Thẩm định" (or deleted, then added back waiting by a rebuild)', () => {
    const cut = decidedTab().filter((r) => r[0] !== ids[1]);
    expect(proposalBlockers(base(cut))).toEqual([expect.stringContaining(`1 phiếu đã có quyết định của Hội đồng nhưng dòng của phiếu ở trang “Thẩm định” đã bị xóa`)]);
    expect(proposalBlockers(base(cut))[0]).toContain(ids[1]);
    // The rebuild adds the row back, waiting, and marks the register: still lost until the council decides again.
    const merged = mergeReview(cut, regs, recorded);
    const after = new Map([...recorded, ...merged.snapshots]);
    const back = [merged.header, ...merged.rows];
    expect(proposalBlockers({ ...base(back), review: mergeReview(back, regs, after), recorded: after })[0]).toContain(ids[1]);
    // The council decides again: nothing keeps the documents.
    const again = back.map((r) => (r[0] === ids[1] ? r.map((c, i) => (i === merged.columns.decision ? REVIEW_DECISIONS.propose : c)) : r));
    const decidedAgain = new Map([...after, ...mergeReview(again, regs, after).snapshots]);
    expect(proposalBlockers({ ...base(again), review: mergeReview(again, regs, decidedAgain), recorded: decidedAgain })).toEqual([]);
  });

  it('"Thẩm định" that cannot be read, or gone, while decisions are recorded', () => {
    const noId = decidedTab().map((r, i) => (i === 0 ? r.map((h) => (h === REVIEW_HEADERS.id ? 'Mã' : h)) : r));
    expect(proposalBlockers(base(noId))).toEqual([expect.stringMatching(/^trang “Thẩm định” chưa đọc được — .*“Mã phiếu”/)]);
    expect(proposalBlockers(base(null))).toEqual([expect.stringContaining('không còn trang “Thẩm định” trong khi Hội đồng đã ghi quyết định cho 2 phiếu')]);
    expect(proposalBlockers({ ...base(null), recorded: new Map() })).toEqual([]);
    // Decisions on registrations no longer in force (replaced, or their response row deleted) propose nobody: their
    // rows, or the tab, gone lose nothing.
    expect(proposalBlockers({ ...base(null), inForce: new Set() })).toEqual([]);
    expect(proposalBlockers({ ...base(decidedTab().filter((r) => r[0] !== ids[1])), inForce: new Set([ids[0], ids[2]]) })).toEqual([]);
  });

  it('the meeting tab gone after its vote was used; a renamed one is named', () => {
    expect(proposalBlockers({ ...base(decidedTab()), councilTab: false })).toEqual([]); // never met: nothing to lose
    const gone = proposalBlockers({ ...base(decidedTab()), councilTab: false, councilSeenMet: true, councilTabNames: [`${COUNCIL_TAB} 2024`] });
    expect(gone).toEqual([expect.stringContaining(`không còn trang “${COUNCIL_TAB}”; nếu “${COUNCIL_TAB} 2024” là trang đó đã đổi tên`)]);
    expect(proposalBlockedText(gone)).toMatch(/^Chưa tạo văn bản đề nghị khen thưởng nào, và chưa đổi gì ở các văn bản đã tạo:\n- Hội đồng đã họp .*\.\nSửa xong, chọn lại menu\.$/s);
  });
});

describe('rounds of proposals (one council meeting, one round)', () => {
  const met = (day: string, voted: Array<string | [string, number]>, place = 'Phòng họp'): Council =>
    ({
      time: '',
      place,
      date: day,
      chair: 'Trần Văn Minh',
      chairTitle: 'Trưởng phòng',
      secretary: 'Lê Thị Thu',
      threshold: 50,
      atLeast: false,
      ofVoters: false,
      publicity: '',
      members: [{ name: 'A', title: '', present: true, reason: '' }],
      votes: new Map(voted.map((v) => (typeof v === 'string' ? [v, 1] : v)).map(([c, yes]) => [c, { code: c, name: '', yes, no: 0, percent: null, problem: null }])),
      notes: [],
      problem: null,
      unreadable: null,
    }) as Council;
  const nominee = (id: string, level: 'giayKhen' | 'bangKhenTinh' = 'giayKhen') => ({ id, kind: 'individual', name: id, schoolName: 'S', score: 1, number: 0, level, registration: {} as EvaluatedRegistration }) as const;
  const selection = (ids: Array<ReturnType<typeof nominee>>) => ({ nominees: [...ids], collectives: 0, individuals: ids.length, skipped: [], held: [], flagged: [] });
  const juneMeeting = met('20/06/2024', ['DK-1', 'DK-2', 'DK-3', 'DK-4']);
  const june = roundOf(juneMeeting, new Date(2024, 5, 25));
  const recorded = (codes: string[], round = june, level: 'giayKhen' | 'bangKhenTinh' = 'giayKhen') =>
    new Map(codes.map((c) => [c, [{ meeting: round.meeting, level, day: round.today, fp: round.fp }]]));

  it('records read back as written; parts that cannot be read are dropped', () => {
    const list = parseProposed('20-06-2024|giayKhen|25-06-2024|ab12;|bangKhenTinh|01-10-2024|;x|nope|1|;broken');
    expect(list).toEqual([{ meeting: '20-06-2024', level: 'giayKhen', day: '25-06-2024', fp: 'ab12' }, { meeting: '', level: 'bangKhenTinh', day: '01-10-2024', fp: '' }]);
    expect(parseProposed(formatProposed(list))).toEqual(list);
  });

  it('records packed a key a round, a few bytes a nominee, read back as they were, in the order of their days (review "limits" #2)', () => {
    const records = new Map<string, ProposedBefore[]>();
    // A large office: 7 rounds of 1,000 nominees, the first of 3,000 (7,000 nominee-rounds filled the store of 500 KB one
    // key a nominee; the first round's codes take more than a chunk).
    for (let r = 0; r < 7; r++) {
      const day = `${String(10 + r).padStart(2, '0')}-0${1 + (r % 9)}-202${2 + Math.floor(r / 2)}`;
      for (let i = 0; i < (r === 0 ? 3000 : 1000); i++) {
        const code = `DK-${String(1 + ((i * 7 + r * 331) % 20000)).padStart(6, '0')}`;
        const list = records.get(code) ?? [];
        list.push({ meeting: r === 3 ? '?' : day, level: r % 2 ? 'bangKhenTinh' : 'giayKhen', day, fp: r === 5 ? '' : `f${r}`, ...(r === 4 && i % 10 === 0 ? { out: '20-12-2024' } : {}) });
        records.set(code, list);
      }
    }
    // A code the register never wrote (read back as it is).
    records.set('DK-1234567', [{ meeting: '', level: 'giayKhen', day: '01-07-2024', fp: '' }]);
    const packed = packRounds(records, 'p.');
    const bytes = Object.entries(packed).reduce((n, [k, v]) => n + k.length + v.length, 0);
    expect(bytes).toBeLessThan(50 * 1024);
    expect(Object.values(packed).every((v) => v.length <= ROUND_CHUNK)).toBe(true);
    expect(Object.keys(packed).length).toBeGreaterThan(9);
    const back = unpackRounds({ ...packed, 'p.gone': '-' });
    expect(back.size).toBe(records.size);
    const byDay = (l: readonly ProposedBefore[]) => [...l].sort((a, b) => a.day.split('-').reverse().join('').localeCompare(b.day.split('-').reverse().join('')));
    for (const [code, list] of records) expect(back.get(code)).toEqual(byDay(list));
    // Packed again, the same keys and values: nothing is written twice.
    expect(packRounds(back, 'p.')).toEqual(packed);
  });

  it('a new meeting sets aside last round\'s nominees it did not vote on; one voted on again is proposed and said so; another level is this round\'s', () => {
    const before = recorded(['DK-1', 'DK-2', 'DK-3']);
    const council = met('15/10/2024', ['DK-1', 'DK-3', 'DK-9']);
    const round = roundOf(council, new Date(2024, 9, 16));
    expect(round).toMatchObject({ meeting: '15-10-2024', today: '16-10-2024' });
    const sel = setAsideEarlier(selection([nominee('DK-1'), nominee('DK-2'), nominee('DK-3', 'bangKhenTinh'), nominee('DK-9')]), council, before, round);
    expect(sel.nominees.map((n) => n.id).sort()).toEqual(['DK-1', 'DK-3', 'DK-9']);
    expect(sel.earlier!.map((e) => e.nominee.id)).toEqual(['DK-2']);
    expect(sel.again!.map((e) => e.nominee.id)).toEqual(['DK-1']);
    expect(earlierNote(sel.earlier![0].was)).toContain('tờ trình ngày 25/06/2024 (Hội đồng họp ngày 20/06/2024)');
    // Done: this meeting's list is recorded beside last round's, whose records stay.
    const changes = recordRound(before, before, round, sel.nominees);
    expect(changes.get('DK-1')).toBe(`20-06-2024|giayKhen|25-06-2024|${june.fp};15-10-2024|giayKhen|16-10-2024|${round.fp}`);
    expect(changes.get('DK-3')).toBe(`20-06-2024|giayKhen|25-06-2024|${june.fp};15-10-2024|bangKhenTinh|16-10-2024|${round.fp}`);
    expect(changes.has('DK-2')).toBe(false);
    expect(changes.get('DK-9')).toBe(`15-10-2024|giayKhen|16-10-2024|${round.fp}`);
  });

  it('a registration that replaced one an earlier round proposed is proposed and told so; not when that proposal was withdrawn within its round (review rollover R2; tests2 M5)', () => {
    const october = roundOf(met('15/10/2024', ['DK-9']), new Date(2024, 9, 16));
    const standing = recorded(['DK-1']);
    const replaced = new Map([['DK-9', ['DK-1']]]);
    const sel = setAsideEarlier(selection([nominee('DK-9')]), met('15/10/2024', ['DK-9']), standing, october, replaced);
    expect(sel.nominees.map((n) => n.id)).toEqual(['DK-9']);
    expect(sel.again).toEqual([{ nominee: sel.nominees[0], was: standing.get('DK-1')![0], replaced: 'DK-1' }]);
    // The June proposal of DK-1 withdrawn within June's round (a later batch of that round left it out): nothing to cite.
    const withdrawn = new Map([['DK-1', [{ ...standing.get('DK-1')![0], out: '28-06-2024' }]]]);
    expect(setAsideEarlier(selection([nominee('DK-9')]), met('15/10/2024', ['DK-9']), withdrawn, october, replaced).again).toBeUndefined();
  });

  it('a later meeting that votes again on most of last round\'s people (a higher award at tổng kết) is still a new round', () => {
    const before = recorded(['DK-1', 'DK-2', 'DK-3', 'DK-4']);
    const council = met('15/10/2024', ['DK-1', 'DK-2', 'DK-3', 'DK-9']);
    const round = roundOf(council, new Date(2024, 9, 16));
    const sel = setAsideEarlier(selection([nominee('DK-1', 'bangKhenTinh'), nominee('DK-2', 'bangKhenTinh'), nominee('DK-3', 'bangKhenTinh'), nominee('DK-4'), nominee('DK-9')]), council, before, round);
    expect(sel.earlier!.map((e) => e.nominee.id)).toEqual(['DK-4']);
    expect(sel.again).toBeUndefined();
    // Nobody's record of the first round is taken back.
    const changes = recordRound(before, before, round, sel.nominees);
    expect(changes.has('DK-4')).toBe(false);
    for (const id of ['DK-1', 'DK-2', 'DK-3']) expect(parseProposed(changes.get(id)!).map((r) => r.level)).toEqual(['giayKhen', 'bangKhenTinh']);
  });

  it('the same meeting, its day corrected later: the same round, its day brought up to date and the first Tờ trình\'s day kept', () => {
    const before = recorded(['DK-1', 'DK-2', 'DK-3', 'DK-4']);
    const council = met('19/06/2024', ['DK-1', 'DK-2', 'DK-3', 'DK-4']);
    const round = roundOf(council, new Date(2024, 6, 2));
    expect(round.fp).toBe(june.fp);
    const sel = setAsideEarlier(selection([nominee('DK-1'), nominee('DK-2'), nominee('DK-3')]), council, before, round);
    expect(sel.nominees).toHaveLength(3);
    expect(sel.earlier).toBeUndefined();
    expect(sel.again).toBeUndefined();
    const changes = recordRound(before, before, round, sel.nominees);
    expect(changes.get('DK-1')).toBe(`19-06-2024|giayKhen|25-06-2024|${june.fp}`);
    // DK-4, no longer proposed by the correction, keeps the record of the Tờ trình of 25/06 (it may have been sent), its
    // meeting's day corrected with the others', marked withdrawn on the day of the correction.
    expect(changes.get('DK-4')).toBe(`19-06-2024|giayKhen|25-06-2024|${june.fp}|02-07-2024`);
    // A record made the same day by a list corrected the same day is taken back.
    expect(recordRound(before, before, { ...round, today: june.today }, sel.nominees).get('DK-4')).toBe('');
  });

  it('a nominee withdrawn within its round on a later day: history kept, but no proposal that stands', () => {
    const before = recorded(['DK-1', 'DK-4']);
    // 02/07: the council corrects DK-4's vote (failing now); the list is made again without it.
    const fix = roundOf(juneMeeting, new Date(2024, 6, 2));
    const after = new Map([...recordRound(before, before, fix, [nominee('DK-1')])].map(([c, t]) => [c, parseProposed(t)] as const));
    const dk4 = after.get('DK-4')!;
    expect(dk4).toEqual([{ meeting: '20-06-2024', level: 'giayKhen', day: '25-06-2024', fp: june.fp, out: '02-07-2024' }]);
    expect(parseProposed(formatProposed(dk4))).toEqual(dk4);
    expect(standing(dk4)).toEqual([]);
    expect(proposedNote(dk4)).toBe('Tờ trình ngày 25/06/2024 có đề nghị tặng Giấy khen (Hội đồng họp ngày 20/06/2024); từ ngày 02/07/2024 không còn trong danh sách đề nghị (văn bản đã làm lại).');
    // A later round does not set it aside as proposed already, nor warn that its day was left over.
    const council = met('15/10/2024', ['DK-9']);
    const october = roundOf(council, new Date(2024, 9, 16));
    const all = new Map([...before, ...after]);
    const sel = setAsideEarlier(selection([nominee('DK-1'), nominee('DK-4'), nominee('DK-9')]), council, all, october);
    expect(sel.nominees.map((n) => n.id).sort()).toEqual(['DK-4', 'DK-9']);
    expect(sel.earlier!.map((e) => e.nominee.id)).toEqual(['DK-1']);
    expect(staleMeetingDay(met('20/06/2024', ['DK-1']), new Map([['DK-4', dk4]]), roundOf(met('20/06/2024', ['DK-1']), new Date(2024, 9, 1)))).toBeNull();
    // Proposed again within the round (the vote put right once more): the mark goes, the first day stays.
    expect(recordRound(all, all, roundOf(juneMeeting, new Date(2024, 6, 3)), [nominee('DK-1'), nominee('DK-4')]).get('DK-4')).toBe(`20-06-2024|giayKhen|25-06-2024|${june.fp}`);
  });

  it('the day and another detail of the last meeting corrected at once: that round corrected, not a new one — when the meeting was held before its documents and votes again on the same people', () => {
    // The Tờ trình of 01/07 was made with the day typed wrongly (10/07, after it); on 03/07 the day and a count are put
    // right at once.
    const typed = roundOf(met('10/07/2024', ['DK-1', 'DK-2']), new Date(2024, 6, 1));
    const before = recorded(['DK-1', 'DK-2'], typed);
    const fixed = met('01/07/2024', ['DK-1', ['DK-2', 2]]);
    const both = new Set(['DK-1', 'DK-2']);
    const round = roundCorrecting(roundOf(fixed, new Date(2024, 6, 3)), before, both);
    expect(round.was).toEqual({ meeting: '10-07-2024', fp: typed.fp, day: '01-07-2024' });
    expect(correctedMeetingNote(round)).toBe(
      'Lưu ý: cuộc họp ghi ở trang “Họp Hội đồng TĐKT” (ngày họp 01/07/2024) diễn ra trước ngày làm tờ trình đợt gần nhất (01/07/2024) và biểu quyết lại các trường hợp của đợt đó, nên công cụ coi đây là cuộc họp của đợt đó đã được sửa (trước ghi ngày họp 10/07/2024): văn bản của đợt đó được làm lại theo nội dung đã sửa. Nếu đây là một cuộc họp khác (họp lại để biểu quyết lại), văn bản làm theo cuộc họp này cũng thay cho văn bản của đợt đó.',
    );
    const sel = setAsideEarlier(selection([nominee('DK-1'), nominee('DK-2')]), fixed, before, round);
    expect(sel.again).toBeUndefined();
    expect(recordRound(before, before, round, sel.nominees).get('DK-1')).toBe(`01-07-2024|giayKhen|01-07-2024|${round.fp}`);
    // Once recorded so, the meeting matches by its day: nothing more to guess.
    const after = new Map([...before.keys()].map((c) => [c, [{ meeting: '01-07-2024', level: 'giayKhen' as const, day: '01-07-2024', fp: round.fp }]]));
    expect(roundCorrecting(roundOf(fixed, new Date(2024, 6, 4)), after, both).was).toBeUndefined();
    // Other people voted (a new meeting), a day after the documents, or long before them (a wrong year?): a new round.
    expect(roundCorrecting(roundOf(met('30/06/2024', ['DK-9']), new Date(2024, 6, 3)), before, new Set(['DK-9'])).was).toBeUndefined();
    expect(roundCorrecting(roundOf(met('15/10/2024', ['DK-1', 'DK-2']), new Date(2024, 9, 16)), before, both).was).toBeUndefined();
    expect(roundCorrecting(roundOf(met('15/10/2023', ['DK-1', 'DK-2']), new Date(2024, 9, 16)), before, both).was).toBeUndefined();
    expect(correctedMeetingNote(roundOf(fixed, new Date(2024, 6, 3)))).toBeNull();
  });

  it('a second meeting held days after the first (even before the first one\'s documents) voting on others, or a new one typed with a slip of the day, is a new round (review diff7 F1, F2)', () => {
    // Meeting A held 20/06, its documents made 30/06; meeting B held 28/06 (others voted), typed and made on 01/07.
    const a = roundOf(met('20/06/2024', ['DK-4', 'DK-5']), new Date(2024, 5, 30));
    const records = recorded(['DK-4', 'DK-5'], a);
    const b = met('28/06/2024', ['DK-2', 'DK-3']);
    expect(roundCorrecting(roundOf(b, new Date(2024, 6, 1)), records, new Set(['DK-2', 'DK-3'])).was).toBeUndefined();
    // The day first typed could be right (20/06) but was a slip for 19/06, corrected with a count in one click (review
    // diff8 #1): the same people voted, before the documents — that meeting corrected.
    expect(roundCorrecting(roundOf(met('19/06/2024', ['DK-4', ['DK-5', 2]]), new Date(2024, 6, 1)), records, new Set(['DK-4', 'DK-5'])).was).toEqual({ meeting: a.meeting, fp: a.fp, day: a.today });
    // A separate meeting days later (before A's documents) votes two of A's four for a higher award: another meeting
    // (review diff9 #2), not A corrected.
    const four = recorded(['DK-4', 'DK-5', 'DK-6', 'DK-7'], a);
    expect(roundCorrecting(roundOf(met('28/06/2024', ['DK-4', 'DK-5']), new Date(2024, 6, 2)), four, new Set(['DK-4', 'DK-5'])).was).toBeUndefined();
    // Two rounds whose documents were made the same day: the one whose votes are typed again is the one corrected.
    const other = roundOf(met('25/06/2024', ['DK-8'], 'Hội trường'), new Date(2024, 5, 30));
    const both = new Map([...recorded(['DK-4', 'DK-5'], a), ...recorded(['DK-8'], other)]);
    expect(roundCorrecting(roundOf(met('24/06/2024', [['DK-8', 2]], 'Hội trường'), new Date(2024, 6, 2)), both, new Set(['DK-8'])).was).toEqual({ meeting: other.meeting, fp: other.fp, day: other.today });
    expect(roundCorrecting(roundOf(met('19/06/2024', ['DK-4', ['DK-5', 2]]), new Date(2024, 6, 2)), both, new Set(['DK-4', 'DK-5'])).was).toEqual({ meeting: a.meeting, fp: a.fp, day: a.today });
    // Round 1 met 01/07 and made its documents on 01/07; a vote added on 20/08 records a later day for one nominee; a new
    // meeting held 15/08 is typed on 22/08: a new round.
    const r1 = roundOf(met('01/07/2024', ['DK-4', 'DK-2']), new Date(2024, 6, 1));
    const late = new Map([
      ['DK-4', [{ meeting: r1.meeting, level: 'giayKhen' as const, day: '01-07-2024', fp: r1.fp }]],
      ['DK-2', [{ meeting: r1.meeting, level: 'giayKhen' as const, day: '20-08-2024', fp: r1.fp }]],
    ]);
    expect(roundCorrecting(roundOf(met('15/08/2024', ['DK-7']), new Date(2024, 7, 22)), late, new Set(['DK-7'])).was).toBeUndefined();
  });

  it('a later meeting identical to the earlier one but for its day (a standing council voting the same list again) is a new round', () => {
    const before = recorded(['DK-1', 'DK-2']);
    const again = met('15/06/2025', ['DK-1', 'DK-2', 'DK-3', 'DK-4']);
    const round = roundOf(again, new Date(2025, 5, 16));
    expect(round.fp).toBe(june.fp);
    // A council meets before its votes go into a Tờ trình: a meeting after the day of the first one's is another.
    expect(sameRound(before.get('DK-1')![0], round)).toBe(false);
    const sel = setAsideEarlier(selection([nominee('DK-1', 'bangKhenTinh'), nominee('DK-2')]), again, before, round);
    expect(sel.again!.map((e) => e.nominee.id)).toEqual(['DK-2']);
    const changes = recordRound(before, before, round, sel.nominees);
    expect(changes.get('DK-1')).toBe(`20-06-2024|giayKhen|25-06-2024|${june.fp};15-06-2025|bangKhenTinh|16-06-2025|${round.fp}`);
    // A day corrected to one before the first Tờ trình is still the same meeting.
    expect(sameRound(before.get('DK-1')![0], roundOf(met('24/06/2024', ['DK-1', 'DK-2', 'DK-3', 'DK-4']), new Date(2024, 5, 26)))).toBe(true);
  });

  it('a click before the new meeting is typed changes nothing of last round; the meeting typed later the same day is a new round', () => {
    const before = recorded(['DK-1', 'DK-2']);
    const morning = roundOf(juneMeeting, new Date(2024, 9, 15, 9));
    const changes = recordRound(before, before, morning, [nominee('DK-1'), nominee('DK-2')]);
    expect(changes.size).toBe(0);
    const council = met('15/10/2024', ['DK-9']);
    const afternoon = roundOf(council, new Date(2024, 9, 15, 15));
    expect(setAsideEarlier(selection([nominee('DK-1'), nominee('DK-9')]), council, before, afternoon).earlier!.map((e) => e.nominee.id)).toEqual(['DK-1']);
  });

  it('the day left as it was over new votes: the office is told; an unreadable day too', () => {
    const before = recorded(['DK-1', 'DK-2']);
    const council = met('20/06/2024', ['DK-8', 'DK-9']);
    const round = roundOf(council, new Date(2024, 9, 15));
    expect(staleMeetingDay(council, before, round)).toContain('vẫn ghi ngày họp 20/06/2024, là ngày của cuộc họp đã dùng cho tờ trình ngày 25/06/2024, nhưng không còn biểu quyết của 2 trường hợp');
    expect(staleMeetingDay(juneMeeting, before, roundOf(juneMeeting, new Date(2024, 9, 15)))).toBeNull();
    expect(staleMeetingDay(met('20/06/2024', ['DK-1', 'DK-9']), before, roundOf(met('20/06/2024', ['DK-1', 'DK-9']), new Date(2024, 9, 15)))).toBeNull();
    const unreadable = met('ngày mười lăm', ['DK-9']);
    expect(unreadableMeetingDay(unreadable)).toContain('không đọc được ngày họp “ngày mười lăm”');
    expect(unreadableMeetingDay(council)).toBeNull();
    // Two meetings whose day cannot be read are told apart by the rest.
    const first = roundOf(met('?', ['DK-1']), new Date(2024, 5, 25));
    const second = roundOf(met('??', ['DK-9']), new Date(2024, 9, 15));
    expect(first.meeting).toBe('?');
    expect(sameRound({ meeting: first.meeting, fp: first.fp }, second)).toBe(false);
  });

  it('without a meeting in the tab now, a record of a batch without a meeting is this round\'s, one of a meeting is not', () => {
    const none = roundOf(null, new Date(2024, 5, 20));
    const before = new Map([
      ['DK-1', [{ meeting: '', level: 'giayKhen' as const, day: '20-06-2024', fp: '' }]],
      ['DK-2', [{ meeting: '20-06-2024', level: 'giayKhen' as const, day: '25-06-2024', fp: june.fp }]],
    ]);
    const r = roundOf(null, new Date(2024, 9, 1));
    expect(none.meeting).toBe('');
    const sel = setAsideEarlier(selection([nominee('DK-1'), nominee('DK-2')]), null, before, r);
    expect(sel.nominees.map((n) => n.id)).toEqual(['DK-1']);
    expect(sel.earlier!.map((e) => e.nominee.id)).toEqual(['DK-2']);
  });

  it('batches made before rounds were recorded: their reports and Biên bản tell who was proposed, when, at which meeting', () => {
    const docs = [
      { key: 'BC:giayKhen:DK-1#aa', name: 'Báo cáo thành tích - DK-1 - A', tp: 'baoCaoCaNhan' as const, rid: 'DK-1', dy: '01-07-2024' },
      { key: 'BC:bangKhenTinh:DK-2', name: 'Báo cáo thành tích - DK-2 - B', tp: 'baoCaoCaNhan' as const, rid: 'DK-2', dy: '01-07-2024' },
      { key: 'BC:giayKhen:DK-3#bb', name: 'Báo cáo thành tích - DK-3 - C', tp: 'baoCaoCaNhan' as const, rid: 'DK-3', dy: '01-07-2024', un: 1 as const },
      { key: 'BB:x#1', name: '[KHÔNG DÙNG] Biên bản họp Hội đồng Thi đua - Khen thưởng - 30-06-2024', tp: 'bienBan' as const, dy: '01-07-2024', un: 1 as const },
      { key: 'BB:x#2', name: 'Biên bản họp Hội đồng Thi đua - Khen thưởng - 28-06-2024', tp: 'bienBan' as const, dy: '01-07-2024' },
      { key: 'BC:giayKhen:DK-4', name: 'Báo cáo thành tích - DK-4 - D', tp: 'baoCaoCaNhan' as const, rid: 'DK-4' },
    ];
    expect([...legacyMeetings(docs)]).toEqual([['01-07-2024', '28-06-2024']]);
    const legacy = legacyRecords(docs);
    expect([...legacy.keys()].sort()).toEqual(['DK-1', 'DK-2']);
    expect(legacy.get('DK-2')).toEqual([{ meeting: '28-06-2024', level: 'bangKhenTinh', day: '01-07-2024', fp: '' }]);
    // Beside the stored ones, once; and written at the next batch done.
    const stored = new Map([['DK-1', [{ meeting: '28-06-2024', level: 'giayKhen' as const, day: '01-07-2024', fp: 'f' }]]]);
    const merged = withLegacy(stored, legacy);
    expect(merged.get('DK-1')).toHaveLength(1);
    const round = roundOf(met('15/10/2024', ['DK-9']), new Date(2024, 9, 15));
    const changes = recordRound(stored, merged, round, [nominee('DK-9')]);
    expect(changes.get('DK-2')).toBe('28-06-2024|bangKhenTinh|01-07-2024|');
    expect(changes.has('DK-1')).toBe(false);
  });
});

describe('replacedCodes', () => {
  it('gives each registration the whole chain it replaced, and nothing to one that replaced none', () => {
    const regs = [
      { id: 'DK-000002', flags: { supersededBy: 'DK-000005' } },
      { id: 'DK-000005', flags: { supersededBy: 'DK-000009' } },
      { id: 'DK-000003', flags: { supersededBy: 'DK-000009' } },
      { id: 'DK-000009', flags: {} },
      { id: 'DK-000004', flags: {} },
    ];
    const by = replacedCodes(regs);
    expect(by.get('DK-000009')?.sort()).toEqual(['DK-000002', 'DK-000003', 'DK-000005']);
    expect(by.get('DK-000005')).toEqual(['DK-000002']);
    expect(by.has('DK-000004')).toBe(false);
  });
});

// The level the council voted on at a meeting is the one its first batch of that round proposed (review council58 H1).
describe('levelsChangedInRound: an award level changed since this meeting’s vote', () => {
  const round = { meeting: '12-06-2028', fp: 'p2', today: '20-06-2028' };
  const nominee = (id: string, level: AwardLevel) => ({ id, level }) as unknown as Nominee;

  it('is measured against the level this round first proposed, not a later batch of the same round nor an earlier round', () => {
    const before = new Map<string, ProposedBefore[]>([
      // Proposed at Giấy khen by the round's first batch, made again at Bằng khen a week later: still changed since the vote.
      [
        'DK-000002',
        [
          { meeting: '12-06-2028', level: 'giayKhen', day: '12-06-2028', fp: 'p2' },
          { meeting: '12-06-2028', level: 'bangKhenTinh', day: '19-06-2028', fp: 'p2' },
        ],
      ],
      // An earlier meeting proposed Giấy khen; this meeting voted Bằng khen from its first batch: no change since this vote.
      [
        'DK-000003',
        [
          { meeting: '05-12-2027', level: 'giayKhen', day: '05-12-2027', fp: 'p1' },
          { meeting: '12-06-2028', level: 'bangKhenTinh', day: '12-06-2028', fp: 'p2' },
        ],
      ],
    ]);
    const moved = levelsChangedInRound([nominee('DK-000002', 'bangKhenTinh'), nominee('DK-000003', 'bangKhenTinh')], before, round);
    expect(moved.map((m) => [m.nominee.id, m.was, m.day])).toEqual([['DK-000002', 'giayKhen', '12-06-2028']]);
  });
});
