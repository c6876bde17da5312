// The confirmation e-mail, as the submitter reads it.
import { describe, expect, it } from 'vitest';
import { responseTabs } from '../../sample/response-tabs';
import { makeSampleOffice } from '../../sample/office';
import { evaluateAll } from '../../src/core/evaluate';
import { confirmationEmail, confirmationRecipients } from '../../src/core/emails';
import { CONFIRMATION } from '../../src/core/messages';
import { CONDITIONS, CONDITION_COLUMNS, Q, RATING_CHOICES, schoolYearRow, yearRow, type FormAnswers } from '../../src/core/registration-form';
import { answersToRow, collectiveAnswers, config, directoryRows, form, headerRow, individualAnswers, SCHOOLS } from './helpers';

describe('confirmationEmail', () => {
  const office = makeSampleOffice();
  const out = evaluateAll({ config: office.config, directoryRows: office.directoryRows, ...responseTabs(office) });

  it('gives the score of a Đạt registration as provisional and says why it may change', () => {
    const dat = out.registrations.find((r) => r.verdict === 'dat' && r.score.total > 0)!;
    const mail = confirmationEmail(dat, office.config.organisation, 'https://forms.example/edit');
    expect(mail.body).toContain(`Điểm ưu tiên tạm tính: ${dat.score.total} (tính đến ngày gửi phiếu`);
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
    expect(first).not.toContain(CONFIRMATION.late);
    const again = confirmationEmail(onTime, org, null, true).body;
    expect(again).toContain(CONFIRMATION.revised(onTime.id));
    // Before the verdict: what the result is about comes first.
    expect(again.indexOf(CONFIRMATION.revised(onTime.id))).toBeLessThan(again.indexOf('Kết quả kiểm tra tự động'));
    expect(confirmationEmail(late!, org, null).body).toContain(CONFIRMATION.late);
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
  const line = CONFIRMATION.fixBy('31/05/2023');

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
  it('is not given with nothing to fix, nor once the window is over, nor to a late registration', () => {
    expect(mailAt(individualAnswers('teacher', cfg), new Date(2023, 4, 2)).body).not.toContain('Hạn đăng ký');
    // An edit after the window of a registration sent in time: not late, and no date that has passed.
    const edited = mailAt(lacking, new Date(2023, 5, 2), new Date(2023, 4, 2).getTime());
    expect(edited.r.late).toBe(false);
    expect(edited.body).not.toContain('Hạn đăng ký');
    const late = mailAt(lacking, new Date(2023, 5, 2));
    expect(late.r.late).toBe(true);
    expect(late.body).not.toContain('Hạn đăng ký');
    expect(late.body).toContain(CONFIRMATION.late);
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
    expect(body.slice(body.indexOf(CONFIRMATION.pendingTitle)).split('\n')[1]).toMatch(/năm 2023 .*; kết quả của năm đó được tính từ ngày 01\/01\/2024\.$/);
  });

  it('says nothing of a year that counts only after the final conference (the selection), nor of CN-10', () => {
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
    expect(mailOf(b).body).not.toContain(CONFIRMATION.pendingTitle);
  });

  it('says nothing of it to a registration already Chưa đạt', () => {
    const a = individualAnswers('manager', cfg);
    (a[Q.individualRatings] as Record<string, string>)[schoolYearRow(2021)] = RATING_CHOICES.done;
    (a[Q.individualRatings] as Record<string, string>)[schoolYearRow(2022)] = RATING_CHOICES.done;
    const { r, body } = mailOf(a);
    expect(r.verdict).toBe('chuaDat');
    expect(body).not.toContain(CONFIRMATION.pendingTitle);
  });
});
