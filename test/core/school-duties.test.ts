import { describe, expect, it } from 'vitest';
import { R, buildReportForm, responseHeaders } from '../../src/core/registration-form';
import { evaluateAll } from '../../src/core/evaluate';
import { overdueReports, reportStatus } from '../../src/core/reminders';
import { Q } from '../../src/core/registration-form';
import { dutyTextLacking } from '../../src/core/messages';
import { answersToRow, collectiveAnswers, config, directoryRows, directoryRowsWithOffice, form, headerRow, individualAnswers, OFFICE_UNIT, SCHOOLS, TODAY } from './helpers';

/** A report row, sent on 20/09/2021 — or, for a period of a later year, on 20 May of that year (sent before its period began, a report does not count). */
function reportRow(school: string, period: string, docRef = '15/KH-MNHS ngày 20/9/2021', link = 'https://drive.example/x') {
  const year = Number(/(\d{4})$/.exec(period)?.[1] ?? 2021);
  return [year > 2021 ? new Date(year, 4, 20) : new Date(2021, 8, 20), 'mnhoasen@example.edu.vn', school, period, docRef, 'Tóm tắt', link];
}

function run(today: Date, regs: unknown[][], reports: unknown[][]) {
  const cfg = config(today);
  const f = form(cfg);
  const rf = buildReportForm(cfg, SCHOOLS.map((s) => s.name));
  return evaluateAll({
    config: cfg,
    directoryRows: directoryRows(),
    responseValues: [headerRow(f), ...regs],
    reportValues: [['Dấu thời gian', 'Địa chỉ email', ...responseHeaders(rf)], ...reports],
  });
}

const status = (out: ReturnType<typeof run>, school: string, id: string) =>
  out.schoolDuties.find((d) => d.schoolCode === school)!.results.filter((r) => r.criterionId === id).map((r) => r.status);

describe('school duties', () => {
  const today = new Date(2022, 0, 10);
  const cfg = config(today);
  const f = form(cfg);
  const hoaSen = SCHOOLS[0].name;
  const both = [
    answersToRow(f, collectiveAnswers(cfg), new Date(2021, 9, 5), 'mnhoasen@example.edu.vn'),
    answersToRow(f, individualAnswers('teacher', cfg), new Date(2021, 9, 6), 'mnhoasen@example.edu.vn'),
  ];
  const onlyIndividual = [answersToRow(f, { ...individualAnswers('teacher', cfg), [Q.school]: SCHOOLS[1].name }, new Date(2021, 9, 6), 'x@y.vn')];

  it('at least one collective and one individual (III.1)', () => {
    const out = run(today, [...both, ...onlyIndividual], []);
    expect(status(out, 'MN01', 'TR-01-TAP-THE')).toEqual(['met']);
    expect(status(out, 'MN01', 'TR-02-CA-NHAN')).toEqual(['met']);
    // 10/01/2022: school year 2021-2022 is open (a registration sent now counts for it): missing, not failed (review openyear).
    expect(status(out, 'TH01', 'TR-01-TAP-THE')).toEqual(['missing']);
    expect(status(out, 'TH01', 'TR-02-CA-NHAN')).toEqual(['met']);
    expect(status(out, 'CS01', 'TR-02-CA-NHAN')).toEqual(['missing']);
    const msg = out.schoolDuties.find((d) => d.schoolCode === 'TH01')!.findings[0].message;
    expect(msg).toContain('Đơn vị đăng ký ít nhất 01 tập thể điển hình tiên tiến hằng năm');
    expect(msg).toContain('năm học 2021-2022');
    expect(msg).not.toContain('TR-01-TAP-THE');
    expect(msg).toContain(`“${Q.kind}”`);
  });

  it('counts the minimum per school year of the registration window (III.1 "hằng năm"), not once per period', () => {
    // 01/10/2021 – 31/05/2023 is the window: school years 2021-2022 and 2022-2023.
    const later = new Date(2023, 6, 1);
    const lcfg = config(later);
    const lf = form(lcfg);
    const row = (a: Record<string, unknown>, at: Date) => answersToRow(lf, a as never, at, 'mnhoasen@example.edu.vn');
    const firstYearOnly = [row(collectiveAnswers(lcfg), new Date(2021, 9, 5)), row(individualAnswers('teacher', lcfg), new Date(2021, 9, 6))];
    const out = run(later, firstYearOnly, []);
    expect(status(out, 'MN01', 'TR-01-TAP-THE')).toEqual(['met', 'notMet']);
    expect(status(out, 'MN01', 'TR-02-CA-NHAN')).toEqual(['met', 'notMet']);
    expect(out.schoolDuties.find((d) => d.schoolCode === 'MN01')!.findings.map((x) => x.message).join('\n')).toContain('năm học 2022-2023');
    // Registering again in 2022-2023 (the same subjects: the later registration supersedes, both years count).
    const bothYears = [...firstYearOnly, row(collectiveAnswers(lcfg), new Date(2022, 9, 3)), row(individualAnswers('teacher', lcfg), new Date(2022, 9, 4))];
    const again = run(later, bothYears, []);
    expect(again.registrations[0].flags.supersededBy).toBeDefined();
    expect(status(again, 'MN01', 'TR-01-TAP-THE')).toEqual(['met', 'met']);
    expect(status(again, 'MN01', 'TR-02-CA-NHAN')).toEqual(['met', 'met']);
    // A registration after the window counts for no year.
    const late = run(later, [...firstYearOnly, row(collectiveAnswers(lcfg), new Date(2023, 5, 10))], []);
    expect(status(late, 'MN01', 'TR-01-TAP-THE')).toEqual(['met', 'notMet']);
  });

  it('a year short of the minimum that no registration can fill any more is history, not a request; its status stays', () => {
    // 01/10/2021 – 31/05/2023: only the 2021-2022 registrations.
    const at = (today: Date) => {
      const c = config(today);
      const lf = form(c);
      const rows = [
        answersToRow(lf, collectiveAnswers(c), new Date(2021, 9, 5), 'mnhoasen@example.edu.vn'),
        answersToRow(lf, individualAnswers('teacher', c), new Date(2021, 9, 6), 'mnhoasen@example.edu.vn'),
      ];
      return run(today, rows, []).schoolDuties.find((d) => d.schoolCode === 'CS01')!;
    };
    const year = (d: ReturnType<typeof at>) => d.lacking.map((l) => `${l.year} ${l.state}`);
    // In 2022-2023 with the window open: 2021-2022 is over, 2022-2023 can still be filled.
    const open = at(new Date(2023, 4, 20));
    expect(year(open)).toEqual(['2021 past', '2022 open']);
    // The year over is not met; the open one is missing, something the school can still add (review openyear).
    expect(status({ schoolDuties: [open] } as never, 'CS01', 'TR-01-TAP-THE')).toEqual(['notMet', 'missing']);
    expect(open.verdict).toBe('chuaDat');
    const texts = open.findings.filter((f) => f.criterionId === 'TR-01-TAP-THE').map((f) => f.message);
    expect(texts[0]).toBe('Tiêu chí “Đơn vị đăng ký ít nhất 01 tập thể điển hình tiên tiến hằng năm”: năm học 2021-2022 (đã qua), đơn vị không đăng ký tập thể nào.');
    // A school that registered none in an earlier year is not told how to register one again (review vntext2 M2).
    expect(texts[1]).toMatch(new RegExp(`năm học 2022-2023, đơn vị chưa gửi phiếu đăng ký tập thể nào trong năm học này \\(phiếu đăng ký, mục “${Q.kind}” chọn “Tập thể”\\)\\. Phiếu gửi đến hết ngày 31\\/05\\/2023 được tính cho năm học này\\.$`));
    // One that did (MN01, in 2021-2022) is: a new registration, not an edit of last year's.
    const mn = (() => {
      const c = config(new Date(2023, 4, 20));
      const lf = form(c);
      const rows = [answersToRow(lf, collectiveAnswers(c), new Date(2021, 9, 5), 'mnhoasen@example.edu.vn')];
      return run(new Date(2023, 4, 20), rows, []).schoolDuties.find((d) => d.schoolCode === 'MN01')!;
    })();
    const said = (id: string) => mn.findings.filter((f) => f.criterionId === id).map((f) => f.message);
    expect(said('TR-01-TAP-THE').at(-1)).toContain(`năm học 2022-2023, đơn vị chưa gửi phiếu đăng ký tập thể nào trong năm học này (phiếu đăng ký, mục “${Q.kind}” chọn “Tập thể”). Phiếu gửi đến hết ngày 31/05/2023 được tính cho năm học này. Có thể đăng ký lại tập thể đã đăng ký năm học trước bằng một phiếu mới`);
    // … of the kind it registered only: no individual then, nothing to register again.
    expect(said('TR-02-CA-NHAN').at(-1)).not.toContain('Có thể đăng ký lại');
    // Only the open year is something to act on.
    expect(open.actionable.filter((f) => f.criterionId === 'TR-01-TAP-THE').map((f) => f.message)).toEqual([texts[1]]);
    expect(dutyTextLacking(open.lacking)).toBe('năm học 2021-2022 (đã qua) không có tập thể và cá nhân; năm học 2022-2023 chưa có tập thể và cá nhân');
    // The last day of the window is still open; the day after, the current year is closed too.
    expect(year(at(new Date(2023, 4, 31)))).toEqual(['2021 past', '2022 open']);
    const closed = at(new Date(2023, 5, 1));
    expect(year(closed)).toEqual(['2021 past', '2022 closed']);
    expect(closed.actionable.filter((f) => f.criterionId === 'TR-01-TAP-THE' || f.criterionId === 'TR-02-CA-NHAN')).toEqual([]);
    expect(closed.findings.filter((f) => f.criterionId === 'TR-02-CA-NHAN').map((f) => f.message)[1]).toContain('năm học 2022-2023 (đã hết hạn đăng ký), đơn vị không đăng ký cá nhân nào.');
    // Years lacking the same thing named together, each with its own state when they differ (review mail L10).
    expect(dutyTextLacking(closed.lacking)).toBe('năm học 2021-2022 (đã qua) và 2022-2023 (đã hết hạn đăng ký) không có tập thể và cá nhân');
    const lack = (year: number, collective: boolean, individual: boolean, state: 'open' | 'past' | 'closed') => ({ year, collective, individual, state });
    expect(dutyTextLacking([lack(2021, true, false, 'past'), lack(2022, true, true, 'past'), lack(2023, true, false, 'past'), lack(2024, true, false, 'open')])).toBe(
      'năm học 2021-2022 và 2023-2024 (đã qua) không có tập thể; năm học 2022-2023 (đã qua) không có tập thể và cá nhân; năm học 2024-2025 chưa có tập thể',
    );
    expect(closed.verdict).toBe('chuaDat');
    expect(status({ schoolDuties: [closed] } as never, 'CS01', 'TR-01-TAP-THE')).toEqual(['notMet', 'notMet']);
    // In the first year, before the window opens (an early registration counts for it): open.
    expect(year(at(new Date(2021, 8, 15)))).toEqual(['2021 open']);
  });

  it('an edit counts for the school year the registration was first sent in, not the year of the edit', () => {
    const later = new Date(2023, 6, 1);
    const lcfg = config(later);
    const lf = form(lcfg);
    const row = (a: Record<string, unknown>, at: Date) => answersToRow(lf, a as never, at, 'mnhoasen@example.edu.vn');
    // 2021-2022's collective edited in 2022-2023, and 2022-2023's edited after the window (a rating added when it counts).
    const rows = [
      row(collectiveAnswers(lcfg), new Date(2022, 10, 5)),
      row(individualAnswers('teacher', lcfg), new Date(2021, 9, 6)),
      row({ ...collectiveAnswers(lcfg), [Q.collectiveName]: 'Tổ Văn' }, new Date(2023, 5, 20)),
      row({ ...individualAnswers('teacher', lcfg), [Q.individualName]: 'Trần Văn Nam' }, new Date(2022, 9, 4)),
    ];
    const evaluate = (firstSent?: Map<string, number>) =>
      evaluateAll({ config: lcfg, directoryRows: directoryRows(), responseValues: [headerRow(lf), ...rows], firstSent });
    // By the times of the rows alone, the edits moved them: 2021-2022 lacks its collective, and the other is late.
    const byRow = evaluate();
    expect(status(byRow, 'MN01', 'TR-01-TAP-THE')).toEqual(['notMet', 'met']);
    expect(byRow.registrations[2].late).toBe(true);
    // By the register's first times (codes are row numbers here: DK-000002 is row 2).
    const first = evaluate(new Map([['DK-000002', new Date(2021, 9, 5).getTime()], ['DK-000004', new Date(2022, 9, 3).getTime()]]));
    expect(status(first, 'MN01', 'TR-01-TAP-THE')).toEqual(['met', 'met']);
    expect(first.registrations[2].late).toBe(false);
    expect(first.registrations[2].notes.join('\n')).not.toContain('sau thời hạn đăng ký');
    expect(first.registrations[2].firstSubmittedAt).toEqual(new Date(2022, 9, 3));
    // A first time later than the row's (a register rebuilt from a later read) is not taken.
    const odd = evaluate(new Map([['DK-000003', new Date(2023, 0, 1).getTime()]]));
    expect(odd.registrations[1].firstSubmittedAt).toEqual(new Date(2021, 9, 6));
  });

  it('a superseded registration does not count twice but the winner counts', () => {
    const dup = [both[0], answersToRow(f, collectiveAnswers(cfg), new Date(2021, 9, 9), 'mnhoasen@example.edu.vn')];
    const out = run(today, dup, []);
    expect(out.registrations[0].flags.supersededBy).toBe('DK-000003');
    expect(status(out, 'MN01', 'TR-01-TAP-THE')).toEqual(['met']);
  });

  it('the plan (III.4.a): due 30/09 of the first year', () => {
    const before = run(new Date(2021, 8, 30), both, []);
    expect(status(before, 'MN01', 'TR-03-KE-HOACH')).toEqual(['notApplicable']);
    const after = run(new Date(2021, 9, 1), both, []);
    expect(status(after, 'MN01', 'TR-03-KE-HOACH')).toEqual(['notMet']);
    const sent = run(new Date(2021, 9, 1), both, [reportRow(hoaSen, 'Kế hoạch giai đoạn 2021-2025 của đơn vị')]);
    expect(status(sent, 'MN01', 'TR-03-KE-HOACH')).toEqual(['met']);
    const noEvidence = run(new Date(2021, 9, 1), both, [reportRow(hoaSen, 'Kế hoạch giai đoạn 2021-2025 của đơn vị', '-', '')]);
    expect(status(noEvidence, 'MN01', 'TR-03-KE-HOACH')).toEqual(['missing']);
    expect(noEvidence.schoolDuties[0].verdict).toBe('canBoSung');
    // A report saying the plan is not out yet is no plan (review "input" #1): the duty, the reminders and the
    // summary read it as sent without evidence.
    for (const says of ['Chưa có kế hoạch, sẽ gửi sau', 'Đang hoàn thiện', 'Chua ban hanh']) {
      const denied = run(new Date(2021, 9, 1), both, [reportRow(hoaSen, 'Kế hoạch giai đoạn 2021-2025 của đơn vị', says, '')]);
      expect(status(denied, 'MN01', 'TR-03-KE-HOACH')).toEqual(['missing']);
      expect(reportStatus(denied.reports, denied.directory.byCode.get('MN01')!, 'KH-2021-2025')).toBe('noEvidence');
    }
    // A number after a caveat is the document.
    const numbered = run(new Date(2021, 9, 1), both, [reportRow(hoaSen, 'Kế hoạch giai đoạn 2021-2025 của đơn vị', 'Đang hoàn thiện bản sửa; đã ban hành 15/KH-MNHS ngày 20/9/2021', '')]);
    expect(status(numbered, 'MN01', 'TR-03-KE-HOACH')).toEqual(['met']);
    // A draft's number is not (review diff10 #4).
    const draft = run(new Date(2021, 9, 1), both, [reportRow(hoaSen, 'Kế hoạch giai đoạn 2021-2025 của đơn vị', 'Chưa ban hành (dự thảo 12/KH-MNHS)', '')]);
    expect(status(draft, 'MN01', 'TR-03-KE-HOACH')).toEqual(['missing']);
  });

  it('six-monthly and annual reports (IV.2) for each period whose deadline has passed', () => {
    const reports = [
      reportRow(hoaSen, 'Kế hoạch giai đoạn 2021-2025 của đơn vị'),
      reportRow(hoaSen, 'Năm 2021'),
      reportRow(hoaSen, '6 tháng đầu năm 2022'),
    ];
    const out = run(new Date(2023, 0, 5), both, reports);
    expect(status(out, 'MN01', 'TR-04-BAO-CAO-6-THANG')).toEqual(['met']);
    expect(status(out, 'MN01', 'TR-05-BAO-CAO-NAM')).toEqual(['met', 'notMet']);
    const d = out.schoolDuties.find((x) => x.schoolCode === 'MN01')!;
    expect(d.verdict).toBe('chuaDat');
    expect(d.findings.map((x) => x.message).join(' ')).toContain('“Năm 2022”');
    const early = run(new Date(2021, 11, 15), both, [reports[0]]);
    expect(status(early, 'MN01', 'TR-04-BAO-CAO-6-THANG')).toEqual(['notApplicable']);
    expect(status(early, 'MN01', 'TR-05-BAO-CAO-NAM')).toEqual(['notApplicable']);
    const dayAfter = run(new Date(2021, 11, 16), both, [reports[0]]);
    expect(status(dayAfter, 'MN01', 'TR-05-BAO-CAO-NAM')).toEqual(['notMet']);
  });

  it('names report rows with an unknown school or period', () => {
    const out = run(today, both, [reportRow('Trường Lạ', 'Năm 1999')]);
    expect(out.errors.some((e) => e.includes('Báo cáo dòng 2') && e.includes('Trường Lạ'))).toBe(true);
    expect(out.errors.some((e) => e.includes('Năm 1999') && e.includes(R.period))).toBe(true);
  });
});

describe('the office listed in the directory for its own staff’s registrations', () => {
  it('is asked no school duty: no minimum, plan or report lacking, nothing to fix, no report overdue', () => {
    const cfg = config(TODAY);
    const out = evaluateAll({
      config: cfg,
      directoryRows: directoryRowsWithOffice(),
      responseValues: [headerRow(form(cfg))],
      reportValues: [['Dấu thời gian', 'Địa chỉ email', ...responseHeaders(buildReportForm(cfg, SCHOOLS.map((s) => s.name)))]],
    });
    const office = out.directory.schools.find((s) => s.code === OFFICE_UNIT.code)!;
    expect(office.office).toBe(true);
    const duties = out.schoolDuties.find((d) => d.schoolCode === OFFICE_UNIT.code)!;
    expect(duties.results.length).toBeGreaterThan(0);
    expect(duties.results.filter((r) => r.status !== 'notApplicable')).toEqual([]);
    expect(duties.lacking).toEqual([]);
    expect(duties.actionable).toEqual([]);
    expect(overdueReports(office, out, cfg, null)).toEqual([]);
    // A school of the same directory, with nothing sent either, is asked its duties and has its reports overdue.
    const school = out.schoolDuties.find((d) => d.schoolCode === SCHOOLS[0].code)!;
    expect(school.results.some((r) => r.status === 'notMet')).toBe(true);
    expect(overdueReports(out.directory.byCode.get(SCHOOLS[0].code)!, out, cfg, null).length).toBeGreaterThan(0);
  });
});
