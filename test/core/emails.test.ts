// The confirmation e-mail, as the submitter reads it.
import { describe, expect, it } from 'vitest';
import { responseTabs } from '../../sample/response-tabs';
import { makeSampleOffice } from '../../sample/office';
import { evaluateAll } from '../../src/core/evaluate';
import { confirmationEmail, confirmationRecipients, excellentYearNote } from '../../src/core/emails';
import { CONFIRMATION, MAIL_QUOTA_DETAIL, schoolMailFooter } from '../../src/core/messages';
import { CONDITIONS, CONDITION_COLUMNS, Q, RATING_CHOICES, schoolYearRow, yearRow, type FormAnswers } from '../../src/core/registration-form';
import { answersToRow, collectiveAnswers, config, directoryRows, form, headerRow, individualAnswers, SCHOOLS } from './helpers';
import { withoutSheetRow } from '../../src/core/text';
import { NO, SELF_DECLARED } from '../../src/core/form-titles';
import { schoolTabRow } from '../../src/core/summaries';
import { RESULTS_HEADER, RESULTS_NOTHING_TO_FIX, SCHOOL_TAB_HEADER } from '../../src/core/messages';
import { resultRow } from '../../src/core/results-table';

describe('confirmationEmail', () => {
  const office = makeSampleOffice();
  const out = evaluateAll({ config: office.config, directoryRows: office.directoryRows, ...responseTabs(office) });

  it('gives the score of a Đạt registration as provisional and says why it may change', () => {
    const dat = out.registrations.find((r) => r.verdict === 'dat' && r.score.total > 0)!;
    const mail = confirmationEmail(dat, office.config.organisation, 'https://forms.example/edit');
    expect(mail.body).toContain(`Điểm ưu tiên tạm tính: ${dat.score.total} (tính lúc nhận phiếu`);
    expect(mail.body).toContain('có thể thay đổi');
    const notDat = out.registrations.find((r) => r.verdict !== 'dat')!;
    expect(confirmationEmail(notDat, office.config.organisation, null).body).not.toContain('Điểm ưu tiên');
  });

  it('says when it answers an edit (a confirmation of an earlier version was sent) and when the form came after the deadline', () => {
    const onTime = out.registrations.find((r) => !r.late)!;
    const late = out.registrations.find((r) => r.late);
    expect(late, 'the sample has a registration sent after the window closed').toBeDefined();
    const org = office.config.organisation;
    const first = confirmationEmail(onTime, org, null).body;
    expect(first).not.toContain(CONFIRMATION.revised(onTime.id));
    expect(first).not.toContain('sau thời hạn đăng ký');
    const again = confirmationEmail(onTime, org, null, true).body;
    expect(again).toContain(CONFIRMATION.revised(onTime.id));
    // Before the verdict: what the result is about comes first.
    expect(again.indexOf(CONFIRMATION.revised(onTime.id))).toBeLessThan(again.indexOf('Kết quả kiểm tra tự động'));
    expect(confirmationEmail(late!, org, null).body).toContain(CONFIRMATION.late('Phòng'));
    // Under the subject too, with the window's last day: first, as the body says it; an on-time one says nothing of it.
    const preheaderOf = (html: string) => /display:none[^>]*>([^<]*)</.exec(html)?.[1] ?? '';
    const windowEnd = new Date(2023, 4, 31);
    const latePre = preheaderOf(confirmationEmail(late!, org, null, false, windowEnd).htmlBody);
    expect(latePre).toMatch(/^Gửi sau hạn đăng ký \(hết ngày 31\/05\/2023\); (không có điểm nào|\d+ điểm) cần bổ sung hoặc chưa đạt/);
    expect(preheaderOf(confirmationEmail(onTime, org, null, false, windowEnd).htmlBody)).not.toContain('sau hạn');
  });
});

describe('what a school reads about its own registration', () => {
  it('never the row of the office\'s response tab ("Dòng N: "), which means nothing to it; the office\'s tabs keep it', () => {
    const cfg = config();
    const f = form(cfg);
    const row = answersToRow(f, { ...individualAnswers('teacher', cfg), [Q.individualName]: 'TRUE' } as never, new Date(2024, 5, 2), SCHOOLS[0].emails[0]);
    const [e] = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(f), row] }).registrations;
    expect(e.findings.map((x) => x.message).join('\n')).toMatch(/^Dòng 2: mục “Họ và tên cá nhân đăng ký” có giá trị “TRUE”/m);
    const body = confirmationEmail(e, cfg.organisation, null).body;
    expect(body).not.toMatch(/Dòng \d/);
    expect(body).toContain('- Mục “Họ và tên cá nhân đăng ký” có giá trị “TRUE”, không phải một tên');
    expect(withoutSheetRow('• Dòng 12: chưa chọn đơn vị.\n• Dòng 12: giá trị “x” không hợp lệ.')).toBe('• Chưa chọn đơn vị.\n• Giá trị “x” không hợp lệ.');
    expect(withoutSheetRow('Dòng 3: đơn vị “Đ” …')).toBe('Đơn vị “Đ” …');
    // Only at the start of a line: a row named inside a sentence (an instruction to the office) stays.
    expect(withoutSheetRow('xóa ô sai ở Dòng 4: nếu cần')).toBe('xóa ô sai ở Dòng 4: nếu cần');
  });
});

describe('a long name in a subject', () => {
  it('is cut with "…" and never inside an emoji (review "input" #3: a lone surrogate showed as "�")', () => {
    const cfg = config();
    const f = form(cfg);
    // 14 characters, then emoji from the 15th UTF-16 unit on: the 79th unit is the first half of one.
    const name = 'Nguyễn Văn Tèo' + ' 😀'.repeat(40);
    const row = answersToRow(f, { ...individualAnswers('teacher', cfg), [Q.individualName]: name } as never, new Date(2024, 5, 2), SCHOOLS[0].emails[0]);
    const [r] = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(f), row] }).registrations;
    expect(r.name.length).toBeGreaterThan(80);
    const subject = confirmationEmail(r, cfg.organisation, null).subject;
    expect(subject).toContain('Nguyễn Văn Tèo 😀');
    expect(subject).toContain('…');
    expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(subject)).toBe(false);
  });
});

describe('who a confirmation goes to', () => {
  it("a stranger's goes to the school's addresses too; one without a sender address to nobody", () => {
    const cfg = config(new Date(2023, 2, 1));
    const f = form(cfg);
    const of = (email: string) =>
      evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(f), answersToRow(f, individualAnswers('teacher', cfg), new Date(2023, 1, 2), email)] }).registrations[0];
    const own = SCHOOLS[0].emails;
    expect(confirmationRecipients(of(own[0]))).toBe(own[0]);
    expect(confirmationRecipients(of('la@gmail.example'))).toBe(['la@gmail.example', ...own].join(', '));
    expect(confirmationRecipients(of(''))).toBe('');
  });
});

describe('the date by which to fix a registration', () => {
  // The window closes on 31/05/2023.
  const cfg = config(new Date(2023, 2, 1));
  const f = form(cfg);
  const windowEnd = new Date(2023, 4, 31);
  const mailAt = (a: FormAnswers, at: Date, firstSent?: number) => {
    const out = evaluateAll({
      config: cfg,
      directoryRows: directoryRows(),
      responseValues: [headerRow(f), answersToRow(f, a, at, SCHOOLS[0].emails[0])],
      firstSent: firstSent === undefined ? undefined : new Map([['DK-000002', firstSent]]),
    });
    return { r: out.registrations[0], body: confirmationEmail(out.registrations[0], cfg.organisation, null, false, windowEnd).body };
  };
  const lacking = { ...individualAnswers('teacher', cfg), [Q.birthYear]: '19x' };
  const line = CONFIRMATION.fixBy('31/05/2023', 'Phòng');

  it('is given with what to fix, within the window, up to its last day', () => {
    const open = mailAt(lacking, new Date(2023, 4, 31, 22, 0));
    expect(open.r.verdict).not.toBe('dat');
    expect(open.body).toContain(line);
    expect(open.body.indexOf(line)).toBeGreaterThan(open.body.indexOf(CONFIRMATION.toFixTitle));
  });
  it('is not given when all that is open is a case the unit declared (a dropout): a fact, not something to fix by a date', () => {
    const declared = { ...collectiveAnswers(cfg), [Q.unitConditions]: { ...(collectiveAnswers(cfg)[Q.unitConditions] as Record<string, string>), [CONDITIONS.dropout]: CONDITION_COLUMNS.some } };
    const mail = mailAt(declared, new Date(2023, 4, 2));
    expect(mail.r.verdict).toBe('chuaDat');
    expect(mail.body).toContain(CONDITIONS.dropout);
    expect(mail.body).not.toContain('Hạn đăng ký');
    // With something else to fix as well, the date is given.
    expect(mailAt({ ...declared, [Q.summary]: '' , [Q.collectiveName]: '' }, new Date(2023, 4, 2)).body).toContain('Hạn đăng ký');
  });
  it('composed after the window closed (it waited for the mail quota): no past date to fix by, what is true then instead', () => {
    const out = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(f), answersToRow(f, lacking, new Date(2023, 4, 31, 16, 0), SCHOOLS[0].emails[0])] });
    const r = out.registrations[0];
    const onTheDay = confirmationEmail(r, cfg.organisation, null, false, windowEnd, new Date(2023, 4, 31, 23, 59)).body;
    expect(onTheDay).toContain(line);
    const nextDay = confirmationEmail(r, cfg.organisation, null, false, windowEnd, new Date(2023, 5, 1, 7, 35)).body;
    expect(nextDay).not.toContain(line);
    expect(nextDay).not.toContain('trước hạn');
    expect(nextDay).toContain(CONFIRMATION.fixAfterClose('31/05/2023', 'Phòng'));
    expect(nextDay).not.toContain('sau thời hạn đăng ký');
  });
  it('is not given with nothing to fix, nor once the window is over, nor to a late registration', () => {
    expect(mailAt(individualAnswers('teacher', cfg), new Date(2023, 4, 2)).body).not.toContain('Hạn đăng ký');
    // An edit after the window of a registration sent in time: not late, and no date that has passed.
    const edited = mailAt(lacking, new Date(2023, 5, 2), new Date(2023, 4, 2).getTime());
    expect(edited.r.late).toBe(false);
    expect(edited.body).not.toContain('Hạn đăng ký');
    const late = mailAt(lacking, new Date(2023, 5, 2));
    expect(late.r.late).toBe(true);
    expect(late.body).not.toContain('Hạn đăng ký');
    // With the window's last day (review mail H3).
    expect(late.body).toContain(CONFIRMATION.late('Phòng', '31/05/2023'));
    expect(late.body).toContain('Phiếu được gửi sau thời hạn đăng ký (hết ngày 31/05/2023): ');
  });
});

describe('a confirmation whose ratings will fail once they count', () => {
  // 1 March 2023: the school year 2021-2022 and the calendar years 2021 and 2022 count; 2022-2023 and 2023 do not yet.
  const cfg = config(new Date(2023, 2, 1));
  const f = form(cfg);
  const teacher = individualAnswers('manager', cfg);
  const collective = collectiveAnswers(cfg);
  const mailOf = (a: FormAnswers) => {
    const out = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(f), answersToRow(f, a, new Date(2023, 1, 20), SCHOOLS[0].emails[0])] });
    const r = out.registrations[0];
    return { r, body: confirmationEmail(r, cfg.organisation, null).body };
  };

  it('tells a Đạt manager (CN-09) that the rating declared for the school year not ended will fail "hoàn thành tốt" when it counts', () => {
    const plain = mailOf(teacher);
    expect(plain.r.verdict).toBe('dat');
    expect(plain.body).not.toContain(CONFIRMATION.pendingTitle);
    (teacher[Q.individualRatings] as Record<string, string>)[schoolYearRow(2022)] = RATING_CHOICES.done;
    const { r, body } = mailOf(teacher);
    expect(r.verdict).toBe('dat');
    expect(body).toContain(CONFIRMATION.pendingTitle);
    const item = body.slice(body.indexOf(CONFIRMATION.pendingTitle)).split('\n')[1];
    expect(item).toMatch(/^- .*năm học 2022-2023.*Hoàn thành nhiệm vụ.*\); kết quả của năm đó được tính từ ngày 01\/06\/2023\.$/);
  });

  it('tells a collective the same of a Party rating of the calendar year not ended', () => {
    (collective[Q.partyRatings] as Record<string, string>)[yearRow(2023)] = RATING_CHOICES.failed;
    const { r, body } = mailOf(collective);
    expect(r.verdict).not.toBe('chuaDat');
    expect(body).toContain(CONFIRMATION.pendingTitle);
    expect(body.slice(body.indexOf(CONFIRMATION.pendingTitle)).split('\n')[1]).toMatch(/năm 2023 .*; kết quả của năm đó được tính từ ngày 01\/12\/2023\.$/);
    // A rating written before its year counts never counts (registration.ts): the turn comes only if the school writes
    // it again once it counts, and the note says so (review diff34 #2).
    expect(body).toContain('kết quả ghi trước ngày đó không được tính');
    expect(body).toContain('khi trường ghi lại kết quả này từ ngày năm đó được tính, phiếu sẽ chưa đạt');
  });

  it('says nothing of a year that counts only after the final conference (the selection), nor of CN-10 in that list', () => {
    // 1 February 2025: the school year 2024-2025 counts from 1 June 2025, after the conference (31 March 2025).
    const late = config(new Date(2025, 1, 1));
    const lf = form(late);
    const a = individualAnswers('manager', late);
    (a[Q.individualRatings] as Record<string, string>)[schoolYearRow(2024)] = RATING_CHOICES.done;
    const out = evaluateAll({ config: late, directoryRows: directoryRows(), responseValues: [headerRow(lf), answersToRow(lf, a, new Date(2025, 0, 20), SCHOOLS[0].emails[0])] });
    expect(out.registrations[0].verdict).toBe('dat');
    expect(confirmationEmail(out.registrations[0], late.organisation, null).body).not.toContain(CONFIRMATION.pendingTitle);
    // No excellent year among those declared, the later ones "Chưa công tác": CN-10 is not foretold from ratings.
    const b = individualAnswers('manager', cfg);
    const grid = b[Q.individualRatings] as Record<string, string>;
    for (const y of [2020, 2021]) grid[schoolYearRow(y)] = RATING_CHOICES.good;
    for (const y of [2023, 2024]) grid[schoolYearRow(y)] = RATING_CHOICES.none;
    const body = mailOf(b).body;
    expect(body).not.toContain(CONFIRMATION.pendingTitle);
    // CN-10 has its own note (below).
    expect(body).toContain('Lưu ý: Tiêu chí “Cán bộ quản lý, đảng viên, người đứng đầu có ít nhất 01 năm');
  });

  it('says nothing of it to a registration already Chưa đạt', () => {
    const a = individualAnswers('manager', cfg);
    (a[Q.individualRatings] as Record<string, string>)[schoolYearRow(2021)] = RATING_CHOICES.done;
    (a[Q.individualRatings] as Record<string, string>)[schoolYearRow(2022)] = RATING_CHOICES.done;
    const { r, body } = mailOf(a);
    expect(r.verdict).toBe('chuaDat');
    expect(body).not.toContain(CONFIRMATION.pendingTitle);
  });

  it('says nothing of it to a registration Chưa đạt for another criterion, though a rating not counted yet would turn CN-09 (review "tests" #12)', () => {
    // 2022-2023 rated "Hoàn thành nhiệm vụ" (counted from 01/06/2023): while Đạt, the block names it.
    const a = individualAnswers('manager', cfg);
    (a[Q.individualRatings] as Record<string, string>)[schoolYearRow(2022)] = RATING_CHOICES.done;
    const dat = mailOf(a);
    expect(dat.r.verdict).toBe('dat');
    expect(dat.body).toContain(CONFIRMATION.pendingTitle);
    // The same answers with a "Không" on CN-06: Chưa đạt for that alone; the block is left out.
    a[SELF_DECLARED['CN-06-CHAP-HANH'].question] = NO;
    const { r, body } = mailOf(a);
    expect(r.verdict).toBe('chuaDat');
    expect(r.results.filter((x) => x.status === 'notMet').map((x) => x.criterionId)).toEqual(['CN-06-CHAP-HANH']);
    expect(body).not.toContain(CONFIRMATION.pendingTitle);
  });
});

describe('a confirmation of a manager whose "xuất sắc" year (CN-10) is judged only from the interim review', () => {
  // The interim review (sơ kết, plan III.4.d) is on 11/06/2023; CN-10 (plan II.2.b) is judged from then on.
  const mailOn = (today: Date, role: 'manager' | 'teacher', ratings: Record<number, string>) => {
    const cfg = config(today);
    const f = form(cfg);
    const a = individualAnswers(role, cfg);
    a[Q.individualRatings] = { ...(a[Q.individualRatings] as Record<string, string>), ...Object.fromEntries(Object.entries(ratings).map(([y, v]) => [schoolYearRow(Number(y)), v])) };
    const out = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(f), answersToRow(f, a, new Date(today.getTime() - 86_400_000), SCHOOLS[0].emails[0])] });
    const r = out.registrations[0];
    return { r, note: excellentYearNote(r), body: confirmationEmail(r, cfg.organisation, null).body };
  };
  const noteLine = (body: string) => body.split('\n').find((l) => l.startsWith('Lưu ý: Tiêu chí'));

  it('does not say "đã đáp ứng đủ" to a Đạt without such a year, and says it turns "Chưa đạt" on that day and what can still make it', () => {
    // 2021-2022 and 2022-2023 (counted from 01/06/2023, before the review) rated "tốt".
    const { r, note, body } = mailOn(new Date(2023, 5, 6), 'manager', { 2021: RATING_CHOICES.good, 2022: RATING_CHOICES.good });
    expect(r.verdict).toBe('dat');
    expect(body).not.toContain(CONFIRMATION.nothingToFix('Phòng'));
    expect(body).toContain(CONFIRMATION.nothingToFixYet('Phòng'));
    expect(note).toMatchObject({ criterionId: 'CN-10-XUAT-SAC', becomes: 'chuaDat' });
    expect(note!.from).toEqual(new Date(2023, 5, 11));
    expect(noteLine(body)).toBe(
      'Lưu ý: Tiêu chí “Cán bộ quản lý, đảng viên, người đứng đầu có ít nhất 01 năm trong giai đoạn được xếp loại hoàn thành xuất sắc nhiệm vụ” được xét từ ngày 11/06/2023 (sơ kết giữa giai đoạn): phiếu chưa có năm học nào được xếp loại “Hoàn thành xuất sắc nhiệm vụ” nên từ ngày đó kết luận của phiếu sẽ là “Chưa đạt”. Tiêu chí sẽ đạt nếu năm học 2023-2024 được xếp loại “Hoàn thành xuất sắc nhiệm vụ”: ghi kết quả vào phiếu từ ngày 01/06/2024. Cá nhân chưa được đề nghị khen thưởng cho đến khi có một năm học của giai đoạn được xếp loại “Hoàn thành xuất sắc nhiệm vụ” và được tính.',
    );
    // After the verdict and what is (not) to fix.
    expect(body.indexOf(noteLine(body)!)).toBeGreaterThan(body.indexOf(CONFIRMATION.nothingToFixYet('Phòng')));
  });

  it('in the first school year of the period, says the person is not proposed before a year rated "xuất sắc" counts, and from when at the earliest (review "now" N5)', () => {
    // 05/12/2021: no school year of 2021–2025 counts; 2021-2022 counts from 01/06/2022 (proposals.ts noExcellentYearYet).
    const { r, body } = mailOn(new Date(2021, 11, 5), 'manager', {});
    expect(r.verdict).toBe('dat');
    expect(noteLine(body)).toContain(
      'Cá nhân chưa được đề nghị khen thưởng cho đến khi có một năm học của giai đoạn được xếp loại “Hoàn thành xuất sắc nhiệm vụ” và được tính (sớm nhất từ ngày 01/06/2022, khi kết quả năm học 2021-2022 được tính).',
    );
    // A year that counts today left blank: it may be the one, once recorded; no "sớm nhất" day is given.
    const blankNow = mailOn(new Date(2022, 5, 15), 'manager', { 2021: RATING_CHOICES.none });
    expect(noteLine(blankNow.body)).toContain('Cá nhân chưa được đề nghị khen thưởng cho đến khi có một năm học của giai đoạn được xếp loại “Hoàn thành xuất sắc nhiệm vụ” và được tính.');
  });

  it('asks for the rating of a school year that counts by then and is blank: "Cần bổ sung" on that day until it is recorded', () => {
    const { r, note, body } = mailOn(new Date(2023, 2, 1), 'manager', { 2021: RATING_CHOICES.good, 2022: RATING_CHOICES.none });
    expect(r.verdict).toBe('dat');
    expect(note!.becomes).toBe('canBoSung');
    expect(noteLine(body)).toContain('phiếu chưa có năm học nào được xếp loại “Hoàn thành xuất sắc nhiệm vụ” và chưa ghi kết quả xếp loại năm học 2022-2023 nên từ ngày đó kết luận của phiếu sẽ là “Cần bổ sung”.');
    expect(noteLine(body)).toContain(`Khi có kết quả xếp loại năm học 2022-2023, ghi vào mục “${Q.individualRatings}” (sửa phiếu)`);
  });

  it('is told to a "Cần bổ sung" too, but not to a "Chưa đạt", a met CN-10, a teacher, nor once the review has passed', () => {
    const lacking = mailOn(new Date(2023, 2, 1), 'manager', { 2021: RATING_CHOICES.good });
    const cbs = (() => {
      const cfg = config(new Date(2023, 2, 1));
      const f = form(cfg);
      const a: FormAnswers = { ...individualAnswers('manager', cfg), [Q.birthYear]: '19x' };
      a[Q.individualRatings] = { ...(a[Q.individualRatings] as Record<string, string>), [schoolYearRow(2021)]: RATING_CHOICES.good };
      const r = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(f), answersToRow(f, a, new Date(2023, 1, 2), SCHOOLS[0].emails[0])] }).registrations[0];
      return { r, body: confirmationEmail(r, cfg.organisation, null).body };
    })();
    expect(lacking.note).not.toBeNull();
    expect(cbs.r.verdict).toBe('canBoSung');
    expect(noteLine(cbs.body)).toBeDefined();
    const chuaDat = mailOn(new Date(2023, 2, 1), 'manager', { 2021: RATING_CHOICES.done });
    expect(chuaDat.r.verdict).toBe('chuaDat');
    expect(noteLine(chuaDat.body)).toBeUndefined();
    const met = mailOn(new Date(2023, 2, 1), 'manager', { 2021: RATING_CHOICES.excellent });
    expect(met.note).toBeNull();
    expect(met.body).toContain(CONFIRMATION.nothingToFix('Phòng'));
    const teacher = mailOn(new Date(2023, 2, 1), 'teacher', { 2021: RATING_CHOICES.good });
    expect(teacher.r.verdict).toBe('dat');
    expect(teacher.note).toBeNull();
    expect(teacher.body).toContain(CONFIRMATION.nothingToFix('Phòng'));
    // From the review on, CN-10 is judged: the findings say it, not a note.
    const after = mailOn(new Date(2023, 5, 18), 'manager', { 2021: RATING_CHOICES.good, 2022: RATING_CHOICES.good });
    expect(after.r.verdict).toBe('chuaDat');
    expect(after.note).toBeNull();
    expect(noteLine(after.body)).toBeUndefined();
  });
});

describe('a confirmation of a registration another one of the same subject replaces as it is confirmed', () => {
  // The school's own registration (DK-000002, from its address) and, later, a copy from an address it does not list
  // (DK-000003): the school's prevails (src/core/duplicates.ts), the copy is never reviewed.
  const cfg = config(new Date(2023, 2, 1));
  const f = form(cfg);
  const own = SCHOOLS[0].emails[0];
  const mails = (copy: FormAnswers, first: FormAnswers = individualAnswers('teacher', cfg)) => {
    const out = evaluateAll({
      config: cfg,
      directoryRows: directoryRows(),
      responseValues: [headerRow(f), answersToRow(f, first, new Date(2023, 1, 2), own), answersToRow(f, copy, new Date(2023, 1, 9), 'la@gmail.example')],
    });
    return out.registrations.map((r) => ({ r, body: confirmationEmail(r, cfg.organisation, null, false, new Date(2023, 4, 31)).body }));
  };

  it('names the registration the office reviews instead, and promises no review of its own', () => {
    const [school, copy] = mails(individualAnswers('teacher', cfg));
    expect(copy.r.flags.supersededBy).toBe(school.r.id);
    expect(copy.r.verdict).toBe('dat');
    expect(copy.body).toContain(CONFIRMATION.superseded(school.r.id, 'Phòng'));
    expect(copy.body).toContain('Phiếu này trùng đối tượng với phiếu DK-000002 đã đăng ký cho đơn vị; Phòng xét phiếu DK-000002, không xét phiếu này.');
    expect(copy.body).not.toContain(CONFIRMATION.nothingToFix('Phòng'));
    expect(copy.body).not.toContain('sẽ thẩm định');
    // Its verdict is said as nothing anyone reviews, with no score to rank it (review "proofread" #5).
    expect(copy.body).toContain(CONFIRMATION.verdictSuperseded('Đạt'));
    expect(copy.body).not.toContain('Điểm ưu tiên');
    expect(school.body).toContain(CONFIRMATION.verdict('Đạt') + ' Điểm ưu tiên tạm tính: ');
    // The school's own registration is told as before.
    expect(school.body).toContain(CONFIRMATION.nothingToFix('Phòng'));
    expect(school.body).not.toContain('trùng đối tượng');
    // Its subject gives no verdict to a registration nobody considers; "a new one replaces this one" is past (review
    // "mailbox" #4); its own link is given only to correct a name or birth year that made two subjects read as one
    // (review diff20 #3).
    const withLink = (x: typeof copy) => confirmationEmail(x.r, cfg.organisation, 'https://forms.example/edit/own');
    expect(withLink(copy).subject).toBe(`[Điển hình tiên tiến] Không được xét (trùng với phiếu ${school.r.id}) — Đã nhận phiếu ${copy.r.id} (${copy.r.name})`);
    expect(withLink(copy).body).not.toContain(CONFIRMATION.edit('https://forms.example/edit/own'));
    expect(withLink(copy).body).toContain(CONFIRMATION.editSuperseded('https://forms.example/edit/own', school.r.id, 'Phòng'));
    expect(withLink(copy).body).not.toContain('phiếu mới sẽ thay phiếu này');
    expect(withLink(copy).body).toContain(`đơn vị sửa phiếu ${school.r.id} bằng đường dẫn trong thư báo kết quả của phiếu ${school.r.id}`);
    expect(withLink(school).subject).toBe(`[Điển hình tiên tiến] Đạt — Đã nhận phiếu ${school.r.id} (${school.r.name})`);
    expect(withLink(school).body).toContain(CONFIRMATION.edit('https://forms.example/edit/own'));
  });

  it('the one in force names the ones it replaces, and speaks of two registrations only when there are two (review mail L9)', () => {
    const [school] = mails(individualAnswers('teacher', cfg));
    const told = (ids: string[]) => confirmationEmail(school.r, cfg.organisation, null, false, new Date(2023, 4, 31), undefined, ids).body;
    const one = told(['DK-000001']);
    expect(one).toContain('Phiếu này trùng đối tượng với phiếu DK-000001 đã đăng ký cho đơn vị và thay cho phiếu đó: Phòng chỉ xét phiếu này. Nếu hai phiếu là hai đối tượng khác nhau (hai người, hai tập thể), đơn vị sửa lại tên');
    const three = told(['DK-000001', 'DK-000003', 'DK-000004']);
    expect(three).toContain('trùng đối tượng với các phiếu DK-000001, DK-000003, DK-000004 đã đăng ký cho đơn vị và thay cho các phiếu đó: Phòng chỉ xét phiếu này.');
    expect(three).toContain('Nếu phiếu này và các phiếu đó không cùng một đối tượng (là những người, những tập thể khác nhau), đơn vị sửa lại tên hoặc năm sinh cho đúng');
    expect(three).not.toMatch(/\bhai (phiếu|đối tượng|người|tập thể)\b/u);
  });

  it('with something to fix, lists it as this registration\'s, not the one to edit, and gives no date to fix by for a review that will not come (review diff24 #5)', () => {
    const lacking = { ...individualAnswers('teacher', cfg), [Q.birthYear]: '19x' };
    const [, copy] = mails(lacking, lacking);
    expect(copy.r.flags.supersededBy).toBe('DK-000002');
    expect(copy.body).toContain(CONFIRMATION.toFixTitleSuperseded('DK-000002'));
    expect(copy.body).not.toContain(CONFIRMATION.toFixTitle);
    expect(copy.body).toContain(CONFIRMATION.superseded('DK-000002', 'Phòng'));
    expect(copy.body).not.toContain('Hạn đăng ký');
  });
});

describe('a year rated "Không hoàn thành nhiệm vụ"', () => {
  it('is told to the school with its "Đạt": the council\'s documents hold it out of the Tờ trình, so a rating typed wrong can be corrected', () => {
    // 01/07/2024: the school years 2021-2022 … 2023-2024 count; 2024-2025 does not yet.
    const cfg = config(new Date(2024, 6, 1));
    const f = form(cfg);
    const graded = (name: string, role: 'teacher' | 'official', ratings: Record<number, string>) => {
      const a = individualAnswers(role, cfg);
      return { ...a, [Q.individualName]: name, [Q.individualRatings]: { ...(a[Q.individualRatings] as Record<string, string>), ...Object.fromEntries(Object.entries(ratings).map(([y, v]) => [schoolYearRow(Number(y)), v])) } };
    };
    const list = [
      graded('Giáo Viên Một Năm', 'teacher', { 2022: RATING_CHOICES.failed }),
      graded('Giáo Viên Tốt', 'teacher', {}),
      // A year that does not count yet is not held against anyone (proposals.ts yearsRated).
      graded('Năm Chưa Tính', 'teacher', { 2024: RATING_CHOICES.failed }),
      graded('Công Chức', 'official', { 2022: RATING_CHOICES.failed }),
    ];
    const regs = evaluateAll({
      config: cfg,
      directoryRows: directoryRows(),
      responseValues: [headerRow(f), ...list.map((a, i) => answersToRow(f, a as never, new Date(2024, 5, 2 + i, 8), SCHOOLS[0].emails[0]))],
    }).registrations;
    const body = (name: string) => {
      const r = regs.find((x) => x.name === name)!;
      expect(r.verdict, name).not.toBe('chuaDat');
      return confirmationEmail(r, cfg.organisation, null).body;
    };
    expect(body('Giáo Viên Một Năm')).toContain(CONFIRMATION.failedYearNote('2022-2023', true));
    expect(body('Giáo Viên Một Năm')).toContain('Lưu ý: phiếu ghi xếp loại “Không hoàn thành nhiệm vụ” ở năm học 2022-2023.');
    // The office's own staff are rated per calendar year: the row of 2022-2023 holds the rating of 2022.
    expect(body('Công Chức')).toContain('Lưu ý: phiếu ghi xếp loại “Không hoàn thành nhiệm vụ” ở năm 2022.');
    for (const name of ['Giáo Viên Tốt', 'Năm Chưa Tính']) expect(body(name)).not.toContain('Không hoàn thành nhiệm vụ');
    // The school's tab (and its view, made of the same rows) says it beside the verdict.
    const column = SCHOOL_TAB_HEADER.indexOf('Cần bổ sung hoặc chưa đạt');
    const cell = (name: string) => String(schoolTabRow(regs.find((x) => x.name === name)!, cfg)[column]);
    expect(cell('Giáo Viên Một Năm')).toContain(CONFIRMATION.failedYearNote('2022-2023', true));
    expect(cell('Giáo Viên Tốt')).not.toContain('Không hoàn thành nhiệm vụ');
    expect(cell('Năm Chưa Tính')).not.toContain('Không hoàn thành nhiệm vụ');
    // So does the office's "Kết quả kiểm tra", which the office reads when the school asks about it (review diff20 #7).
    const result = (name: string) => String(resultRow(regs.find((x) => x.name === name)!)[RESULTS_HEADER.indexOf('Cần bổ sung hoặc chưa đạt')]);
    expect(result('Giáo Viên Một Năm')).toBe(CONFIRMATION.failedYearNote('2022-2023', true));
    expect(result('Giáo Viên Tốt')).toBe(RESULTS_NOTHING_TO_FIX);
  });

  it('is not told in the confirmation of a registration replaced as it is confirmed; the one that replaced it tells it (review "tests" #12)', () => {
    const cfg = config(new Date(2024, 6, 1));
    const f = form(cfg);
    const a = individualAnswers('teacher', cfg);
    const failed = { ...a, [Q.individualRatings]: { ...(a[Q.individualRatings] as Record<string, string>), [schoolYearRow(2022)]: RATING_CHOICES.failed } };
    // The same teacher sent twice: the first is replaced by the second.
    const [old, by] = evaluateAll({
      config: cfg,
      directoryRows: directoryRows(),
      responseValues: [headerRow(f), ...[2, 3].map((d) => answersToRow(f, failed as never, new Date(2024, 5, d, 8), SCHOOLS[0].emails[0]))],
    }).registrations;
    expect(old.flags.supersededBy).toBe(by.id);
    expect(old.verdict).not.toBe('chuaDat');
    expect(confirmationEmail(by, cfg.organisation, null).body).toContain(CONFIRMATION.failedYearNote('2022-2023', true));
    expect(confirmationEmail(old, cfg.organisation, null).body).not.toContain(CONFIRMATION.failedYearNote('2022-2023', true));
  });
});

/** The confirmation of a teacher's registration whose `question` is answered `answer`. */
function teacherConfirmation(question: string, answer: string): string {
  const cfg = config();
  const f = form(cfg);
  const row = answersToRow(f, { ...individualAnswers('teacher', cfg), [question]: answer } as never, new Date(2024, 5, 2), SCHOOLS[0].emails[0]);
  const [r] = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(f), row] }).registrations;
  return confirmationEmail(r, cfg.organisation, null).body;
}

describe('an award answered with a web link', () => {
  it('is told to the school in its confirmation, while it can still write it in words: the award documents do not print it (review diff22 #6)', () => {
    const question = SELF_DECLARED['CN-03-THANH-TICH'].evidence!;
    const sent = (answer: string) => teacherConfirmation(question, answer);
    expect(sent('Giấy khen, xem https://drive.google.com/file/d/1Ab/view')).toContain(CONFIRMATION.awardLinkNote(question));
    expect(sent('Chiến sĩ thi đua cơ sở, Quyết định số 12/QĐ-UBND ngày 2/6/2023')).not.toContain('có đường liên kết');
    // Words followed by a link: the documents print the words (proposals.test.ts), nothing to tell.
    expect(sent('Chiến sĩ thi đua cơ sở, Quyết định số 12/QĐ-UBND ngày 2/6/2023, minh chứng: https://drive.google.com/file/d/1Ab/view')).not.toContain('có đường liên kết');
  });
});

describe('an award answered with a decision number and no award', () => {
  it('is told to the school in its confirmation: the report would print a number under the forms of award (review read-outputs M3)', () => {
    const question = SELF_DECLARED['CN-03-THANH-TICH'].evidence!;
    const sent = (answer: string) => teacherConfirmation(question, answer);
    const note = CONFIRMATION.awardUnnamedNote(question);
    expect(sent('Số 197/QĐ ngày 4/3/2022')).toContain(note);
    expect(sent('Quyết định số 45/QĐ-UBND ngày 12/5/2024.')).toContain(note);
    // An award named, with or without tone marks, or by its abbreviation: nothing to tell.
    expect(sent('Chiến sĩ thi đua cơ sở, Quyết định số 12/QĐ-UBND ngày 2/6/2023')).not.toContain(note);
    expect(sent('giay khen chu tich UBND xa, QD so 12/QD-UBND ngay 2/6/2023')).not.toContain(note);
    expect(sent('CSTD co so nam 2023, so 12/QD-UBND')).not.toContain(note);
    // Titles "… giỏi" are awards; "khen thưởng" alone names none (review diff34 #3).
    expect(sent('Giáo viên chủ nhiệm lớp giỏi cấp huyện, Quyết định số 45/QĐ-UBND ngày 12/5/2024')).not.toContain(note);
    expect(sent('Tổng phụ trách Đội giỏi cấp huyện, Quyết định số 45/QĐ-UBND ngày 12/5/2024')).not.toContain(note);
    expect(sent('Quyết định khen thưởng số 45/QĐ-UBND ngày 12/5/2024')).toContain(note);
    expect(sent('Quyet dinh khen thuong so 45/QD-UBND ngay 12/5/2024')).toContain(note);
    // No number or date to print: not this note (other findings say what is missing).
    expect(sent('Chưa có')).not.toContain(note);
    // A link: its own note, not this one.
    expect(sent('Số 197/QĐ ngày 4/3/2022 https://drive.google.com/file/d/1Ab/view')).not.toContain(note);
  });
});

describe("the footer of a school's e-mail", () => {
  it('names the contact after one colon, whether or not the office wrote a label before it (review "proofread" #12)', () => {
    expect(schoolMailFooter('Sở GD&ĐT', 'thiduakhenthuong@sgd.vn')).toMatch(/Cần trao đổi, xin liên hệ: thiduakhenthuong@sgd\.vn\.$/);
    expect(schoolMailFooter('Sở GD&ĐT', 'Thường trực thi đua: thiduakhenthuong@sgd.vn')).toMatch(/Cần trao đổi, xin liên hệ Thường trực thi đua: thiduakhenthuong@sgd\.vn\.$/);
    expect(schoolMailFooter('Sở GD&ĐT', 'Bà Lan, 0912 345 678.')).toMatch(/xin liên hệ: Bà Lan, 0912 345 678\.$/);
    expect(schoolMailFooter('Sở GD&ĐT', 'https://sgd.vn/lien-he')).toMatch(/xin liên hệ: https:\/\/sgd\.vn\/lien-he\.$/);
    expect(schoolMailFooter('Sở GD&ĐT')).toMatch(/Cần trao đổi, xin liên hệ trực tiếp Sở GD&ĐT\.$/);
  });
});

describe('mail waiting for the daily quota, as "Tình trạng" tells it', () => {
  it('a backlog of more than a day\'s quota says how many days it takes, and on a personal account what lifts it (review "limits" #5)', () => {
    const when = '16:05 ngày 27/06';
    expect(MAIL_QUOTA_DETAIL.waiting(40, when, 100)).not.toContain('ngày để gửi hết');
    const consumer = MAIL_QUOTA_DETAIL.waiting(1152, when, 100);
    expect(consumer).toContain('bắt đầu khoảng 16:05 ngày 27/06');
    expect(consumer).toContain('cần ít nhất 12 ngày để gửi hết');
    expect(consumer).toContain('nên cài đặt công cụ bằng tài khoản Workspace');
    const workspace = MAIL_QUOTA_DETAIL.waiting(2000, when, 1500);
    expect(workspace).toContain('cần ít nhất 2 ngày để gửi hết');
    expect(workspace).not.toContain('tài khoản Workspace');
    // The quota not known yet: nothing said of days.
    expect(MAIL_QUOTA_DETAIL.waiting(1152, when)).not.toContain('ngày để gửi hết');
  });
});
