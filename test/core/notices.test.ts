// Notices to a school about changes it did not make (src/core/notices.ts): a registration replaced by a later one, a
// verdict turned by a day of the plan's calendar. Each once (its key), only while news (NOTICE_DAYS).
import { describe, expect, it } from 'vitest';
import { milestone, type OfficeConfig } from '../../src/core/config';
import { evaluateAll } from '../../src/core/evaluate';
import { NOTICE_DAYS, NOTICE_KEEP_DAYS, calendarDaysAhead, calendarTurns, newsOf, receiptKey, replacementToldByNotice, replacementNotices, reportReceipts, schoolNotices, toldFrom } from '../../src/core/notices';
import { CONFIRMATION, NOTICE_EMAIL, VERDICT_LABELS } from '../../src/core/messages';
import { fitText, formatDate } from '../../src/core/text';
import { confirmationKey, type OutboxEntry } from '../../src/core/outbox';
import { schoolWho } from '../../src/core/reminders';
import { buildReportForm, Q, RATING_CHOICES, responseHeaders, schoolYearRow, type FormAnswers } from '../../src/core/registration-form';
import { directoryToRows } from '../../src/core/directory';
import { CONDITIONS, CONDITION_COLUMNS } from '../../src/core/form-titles';
import { answersToRow, collectiveAnswers, config, config2026, directoryRows, form, headerRow, individualAnswers, managerRatedGood, SCHOOLS } from './helpers';

const DAY = 86_400_000;
/** The hidden first block of an HTML part: what a phone's inbox shows under the subject (review mail M4). */
const preheaderOf = (html: string) => /^<div style="display:none;[^"]*">([^<]*)<\/div>/.exec(html)?.[1] ?? null;

function office(cfg: OfficeConfig, rows: { a: FormAnswers; at: Date; email?: string }[]) {
  const f = form(cfg);
  const values = [headerRow(f), ...rows.map((r) => answersToRow(f, r.a, r.at, r.email ?? SCHOOLS[0].emails[0]))];
  return evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: values });
}

const manager = managerRatedGood;

describe('schoolNotices: a verdict turned by the calendar', () => {
  const review = milestone(config(), 'SO-KET').date;
  // Last edited on 02/06/2023, once 2022-2023 counted (01/06/2023), to write its result: a rating written earlier would
  // not count (registration.ts).
  const sent = new Date(2023, 5, 2, 8, 0, 0);
  const at = (days: number) => new Date(review.getTime() + days * DAY);

  it("tells the school once, keyed by the school and the day, that its registration turned on the interim review's day, with why", () => {
    const before = office(config(at(-1)), [{ a: manager(config(at(-1))), at: sent }]).registrations[0];
    expect(before.verdict).toBe('dat');
    const cfg = config(at(1));
    const out = office(cfg, [{ a: manager(cfg), at: sent }]);
    const r = out.registrations[0];
    expect(r.verdict).not.toBe('dat');
    const notices = schoolNotices(out, cfg, at(1));
    expect(notices.map((n) => n.key)).toEqual([`LICH:${schoolWho(SCHOOLS[0].name)}:${review.getFullYear()}-${String(review.getMonth() + 1).padStart(2, '0')}-${String(review.getDate()).padStart(2, '0')}`]);
    const n = notices[0];
    expect(n.ref).toBe(r.id);
    expect(n.email.to.split(',')).toEqual(expect.arrayContaining(SCHOOLS[0].emails));
    expect(r.verdict).toBe('chuaDat');
    expect(n.email.subject).toContain(`] “Chưa đạt” từ ngày `);
    expect(n.email.subject).toContain(`: phiếu ${r.id} — `);
    expect(n.email.body).toContain(`Phiếu ${r.id} (cá nhân “${r.name}”): từ “Đạt” chuyển sang`);
    expect(n.email.body).toContain('xuất sắc');
    // Its one open point (no school year "xuất sắc" yet) can still be met by 2023-2024, which counts from 01/06/2024:
    // the body says there is nothing to do before then, and so do the subject and the line under it, where the clerk
    // looks first (review mail H1).
    expect(n.email.body).toContain('Về tiêu chí này, trường chưa cần làm gì trước ngày 01/06/2024');
    expect(n.email.subject).toContain(`] “Chưa đạt” từ ngày ${formatDate(review)} (chưa cần làm gì trước 01/06/2024): phiếu ${r.id} — `);
    expect(preheaderOf(n.email.htmlBody)).toBe('Đơn vị chưa cần làm gì trước ngày 01/06/2024 (chờ kết quả xếp loại năm học 2023-2024).');
    // Another point open as well (a birth year to correct, "Cần bổ sung" before the day): something to do now.
    const typo = schoolNotices(office(cfg, [{ a: { ...manager(cfg), [Q.birthYear]: '19x' }, at: sent }]), cfg, at(1));
    expect(typo.map((x) => x.email.body.includes('từ “Cần bổ sung” chuyển sang “Chưa đạt”'))).toEqual([true]);
    expect(typo[0].email.body).toContain('Về tiêu chí này, trường chưa cần làm gì trước ngày 01/06/2024');
    expect(typo[0].email.subject).not.toContain('chưa cần làm gì');
    expect(preheaderOf(typo[0].email.htmlBody)).toBe('Do đến mốc thời gian của Kế hoạch, không do sửa phiếu; 2 điểm cần bổ sung hoặc chưa đạt.');
    // No later year counts before the final conference (held earlier): a failure to see to, said as before.
    const early = config(at(1));
    early.period.milestones.find((m) => m.id === 'TONG-KET')!.date = new Date(2024, 4, 1);
    const [final] = schoolNotices(office(early, [{ a: manager(early), at: sent }]), early, at(1));
    expect(final.email.body).toContain('Không còn năm học nào được tính trước hội nghị tổng kết');
    expect(final.email.body).not.toContain('chưa cần làm gì');
    expect(final.email.subject).toBe(NOTICE_EMAIL.turnedSubject(r.id, 'Chưa đạt', formatDate(review), SCHOOLS[0].name, r.name));
    expect(preheaderOf(final.email.htmlBody)).toBe('Do đến mốc thời gian của Kế hoạch, không do sửa phiếu; 1 điểm cần bổ sung hoặc chưa đạt.');
    // The same key whichever later rebuild plans it within the days it is news; none after.
    const later = config(at(NOTICE_DAYS - 1));
    expect(schoolNotices(office(later, [{ a: manager(later), at: sent }]), later, at(NOTICE_DAYS - 1)).map((x) => x.key)).toEqual([n.key]);
    // Not while a date of "Cấu hình" is unusable (the day may be a stand-in).
    expect(schoolNotices(out, { ...cfg, unsettled: ['milestone.SO-KET'] }, at(1))).toEqual([]);
    // Nor while "Ngày kiểm tra" fixes the day of the checks: today's verdicts are not of the days near now (review
    // "settings" #1).
    expect(schoolNotices(out, { ...cfg, todayFixed: { row: 40 } }, at(1))).toEqual([]);
    // Nor of a day no run saw coming (its date typed or corrected once it had passed: review "settings" #2); the rest
    // are told.
    expect(schoolNotices(out, cfg, at(1), NOTICE_DAYS, new Map(), () => null, () => false)).toEqual([]);
    expect(schoolNotices(out, cfg, at(1), NOTICE_DAYS, new Map(), () => null, (d) => d === review.getTime()).map((x) => x.key)).toEqual([n.key]);
    expect(calendarTurns(out, cfg, at(1), NOTICE_DAYS, () => true).get(n.key)?.items.map((i) => [i.r.id, i.then])).toEqual([[r.id, 'dat']]);
    expect(calendarDaysAhead(out, config(at(-3)), at(-3), at(3))).toContain(review.getTime());
    expect(calendarDaysAhead(out, config(at(1)), at(1), at(3))).not.toContain(review.getTime());
    const old = config(at(NOTICE_DAYS + 1));
    expect(schoolNotices(office(old, [{ a: manager(old), at: sent }]), old, at(NOTICE_DAYS + 1))).toEqual([]);
  });

  it('names no registration the council decided "Không đề nghị" (review r76p F3): the others of the day are told under the same key', () => {
    const cfg = config(at(1));
    const out = office(cfg, [
      { a: { ...manager(cfg), [Q.individualName]: 'Hoàng Văn Đức' }, at: sent },
      { a: { ...manager(cfg), [Q.individualName]: 'Lê Thị Hoa' }, at: sent },
    ]);
    const [duc, hoa] = out.registrations;
    const all = schoolNotices(out, cfg, at(1));
    expect(all.map((n) => n.ref)).toEqual([`${duc.id} ${hoa.id}`]);
    const without = schoolNotices(out, cfg, at(1), NOTICE_DAYS, new Map(), () => 'https://edit', undefined, undefined, new Set([duc.id]));
    expect(without.map((n) => [n.key, n.ref])).toEqual([[all[0].key, hoa.id]]);
    expect(without[0].email.body).not.toContain('Hoàng Văn Đức');
    // Both withdrawn: no notice at all.
    expect(schoolNotices(out, cfg, at(1), NOTICE_DAYS, new Map(), () => null, undefined, undefined, new Set([duc.id, hoa.id]))).toEqual([]);
  });

  it('tells nothing when the school\'s code is on two rows of "Đơn vị" (keyed by the code: review privacy #2)', () => {
    const cfg = config(at(1));
    const f = form(cfg);
    const dir = directoryToRows([SCHOOLS[0], { ...SCHOOLS[1], code: SCHOOLS[0].code }]);
    const out = evaluateAll({ config: cfg, directoryRows: dir, responseValues: [headerRow(f), answersToRow(f, manager(cfg), sent, SCHOOLS[0].emails[0])] });
    expect(out.registrations[0].verdict).not.toBe('dat');
    expect(out.registrations[0].school?.codeTwice).toBe(true);
    expect(schoolNotices(out, cfg, at(1))).toEqual([]);
  });

  it('leaves out of a notice an address two schools both list (review privacy #3; tests2 M1)', () => {
    const cfg = config(at(1));
    const f = form(cfg);
    const shared = 'cum1@example.edu.vn';
    const dir = directoryToRows([{ ...SCHOOLS[0], emails: [...SCHOOLS[0].emails, shared] }, { ...SCHOOLS[1], emails: [...SCHOOLS[1].emails, shared] }]);
    const a = manager(cfg);
    a[Q.individualRatings] = { ...(a[Q.individualRatings] as Record<string, string>), [schoolYearRow(2022)]: RATING_CHOICES.none };
    const out = evaluateAll({ config: cfg, directoryRows: dir, responseValues: [headerRow(f), answersToRow(f, a, sent, SCHOOLS[0].emails[0])] });
    const [n, ...rest] = schoolNotices(out, cfg, at(1));
    expect(rest).toEqual([]);
    expect(n.email.to).toContain(SCHOOLS[0].emails[0]);
    expect(n.email.to).not.toContain(shared);
  });

  it('e-mails a turn to "Cần bổ sung" on the interim review\'s day (the council selects next), saying what to add; not on the day a year\'s ratings fall due', () => {
    const cfg = config(at(1));
    const a = manager(cfg);
    a[Q.individualRatings] = { ...(a[Q.individualRatings] as Record<string, string>), [schoolYearRow(2022)]: RATING_CHOICES.none };
    const out = office(cfg, [{ a, at: sent }]);
    const r = out.registrations[0];
    expect(r.verdict).toBe('canBoSung');
    expect(office(config(at(-1)), [{ a, at: sent }]).registrations[0].verdict).toBe('dat');
    const [n, ...rest] = schoolNotices(out, cfg, at(1));
    expect(rest).toEqual([]);
    expect(n.email.subject).toContain(`] “Cần bổ sung” từ ngày `);
    expect(n.email.subject).toContain(`: phiếu ${r.id} — `);
    expect(n.email.body).toContain(`Phiếu ${r.id} (cá nhân “${r.name}”): từ “Đạt” chuyển sang “Cần bổ sung”.`);
    expect(n.email.body).toContain('năm học 2022-2023');
    // Under the subject: why, and how much to add (review mail M4).
    const open = n.email.body.split('\n').filter((l) => l.startsWith('- ')).length;
    expect(open).toBeGreaterThan(0);
    expect(preheaderOf(n.email.htmlBody)).toBe(`Do đến mốc thời gian của Kế hoạch, không do sửa phiếu; ${open} điểm cần bổ sung hoặc chưa đạt.`);
    // Without its edit link (none known), the school is pointed to its confirmation.
    expect(n.email.body).toContain(NOTICE_EMAIL.howToFix);
    // With it, each registration to fix carries its own, as the reminders give it (review "mailbox" #2: the
    // confirmation may be a year old, sent to its sender only); asked only once the e-mail is composed — queueing
    // needs the recipients and subject alone (the rebuild plans every notice of the last NOTICE_KEEP_DAYS).
    const asked: string[] = [];
    const [linked] = schoolNotices(out, cfg, at(1), NOTICE_DAYS, new Map(), (code) => (asked.push(code), `https://forms.example/edit/${code}`));
    expect([linked.to, linked.subject]).toEqual([n.email.to, n.email.subject]);
    expect(asked).toEqual([]);
    expect(linked.email.body).toContain(`Phiếu ${r.id} (cá nhân “${r.name}”): từ “Đạt” chuyển sang “Cần bổ sung”. Sửa phiếu này tại: https://forms.example/edit/${r.id}`);
    expect(linked.email.body).toContain(NOTICE_EMAIL.howToFixLinked);
    expect(linked.email.body).not.toContain(NOTICE_EMAIL.howToFix);
    expect(asked).toEqual([r.id]);
    // 1 February: last year's Party and union ratings fall due (a month after the year, rated in December: review
    // school #1 — on 1 January a collective that had had no time to write them turned), and a collective that has not
    // written them yet turns "Cần bổ sung": told, with what to add (review inbox #2), once, keyed by the school and the day.
    const feb = new Date(2024, 1, 1);
    const june = new Date(2023, 5, 2);
    const c = collectiveAnswers(config(june));
    expect(office(config(new Date(2024, 0, 2)), [{ a: c, at: june }]).registrations[0].verdict).toBe('dat');
    const eve = config(new Date(feb.getTime() - DAY));
    const day = config(new Date(feb.getTime() + DAY));
    expect(office(eve, [{ a: c, at: june }]).registrations[0].verdict).toBe('dat');
    const turned = office(day, [{ a: c, at: june }]);
    expect(turned.registrations[0].verdict).toBe('canBoSung');
    const febNotices = schoolNotices(turned, day, new Date(feb.getTime() + DAY));
    expect(febNotices.map((x) => x.key)).toEqual([`LICH:${schoolWho(SCHOOLS[0].name)}:2024-02-01`]);
    expect(febNotices[0].email.body).toContain('từ “Đạt” chuyển sang “Cần bổ sung”');
    expect(preheaderOf(febNotices[0].email.htmlBody)).toMatch(/^Do đến mốc thời gian của Kế hoạch, không do sửa phiếu; [1-9]\d* điểm cần bổ sung hoặc chưa đạt\.$/);
  });

  it('names the whole school registered as a collective once in the subject: «toàn đơn vị — <school>» (review r83e F3)', () => {
    const feb = new Date(2024, 1, 1);
    const june = new Date(2023, 5, 2);
    const day = config(new Date(feb.getTime() + DAY));
    const whole = { ...collectiveAnswers(config(june)), [Q.collectiveName]: SCHOOLS[0].name };
    const team = { ...collectiveAnswers(config(june)), [Q.collectiveName]: 'Tổ Mẫu giáo lớn' };
    const subjectOf = (a: FormAnswers) => schoolNotices(office(day, [{ a, at: june }]), day, new Date(feb.getTime() + DAY))[0].email.subject;
    const subject = subjectOf(whole);
    expect(subject).toMatch(/: phiếu DK-\d+ — toàn đơn vị — Trường Mầm non Hoa Sen$/);
    expect(subject.split(SCHOOLS[0].name).length - 1).toBe(1);
    // A team of the school keeps its own name.
    expect(subjectOf(team)).toMatch(/: phiếu DK-\d+ — Tổ Mẫu giáo lớn — Trường Mầm non Hoa Sen$/);
  });

  it('says nothing of a registration sent or edited after the day (its own confirmation told its verdict)', () => {
    const cfg = config(at(2));
    expect(schoolNotices(office(cfg, [{ a: manager(cfg), at: at(1) }]), cfg, at(2))).toEqual([]);
  });

  it('says nothing of a registration replaced by a later one that the interim review turned; the one that replaced it is told (review "tests" #11)', () => {
    const cfg = config(at(1));
    // The same person's registration sent again the next day, both before the review: the first is replaced.
    const rowsAt = (c: OfficeConfig) => [
      { a: manager(c), at: sent },
      { a: manager(c), at: new Date(sent.getTime() + DAY) },
    ];
    const out = office(cfg, rowsAt(cfg));
    const [old, by] = out.registrations;
    expect(old.flags.supersededBy).toBe(by.id);
    // Both turned on the review's day: Đạt on its eve, not since.
    const eve = config(at(-1));
    expect(office(eve, rowsAt(eve)).registrations.map((r) => r.verdict)).toEqual(['dat', 'dat']);
    expect([old.verdict, by.verdict]).toEqual(['chuaDat', 'chuaDat']);
    const turns = [...calendarTurns(out, cfg, at(1), NOTICE_DAYS, () => true).values()];
    expect(turns.flatMap((t) => t.items.map((i) => i.r.id))).toEqual([by.id]);
    const notices = schoolNotices(out, cfg, at(1));
    expect(notices.map((n) => n.ref)).toEqual([by.id]);
    expect(notices[0].email.body).not.toContain(`Phiếu ${old.id}`);
  });

  it('says nothing of a day of the calendar after the final conference (the period is closed); the same day before it is told (review "tests" #11)', () => {
    // A collective reporting a third child, sent in January 2025: Chưa đạt until that criterion ceases on 03/06/2025,
    // two months after the final conference (31/03/2025 by default).
    const ends = new Date(2025, 5, 3);
    const now = new Date(ends.getTime() + DAY);
    const cfg = config(now);
    expect(milestone(cfg, 'TONG-KET').date.getTime()).toBeLessThan(ends.getTime());
    const sentAt = new Date(2025, 0, 5, 8, 0, 0);
    const a = collectiveAnswers(config(sentAt));
    a[Q.conditions] = { ...(a[Q.conditions] as Record<string, string>), [CONDITIONS.thirdChild]: CONDITION_COLUMNS.some };
    expect(office(config(new Date(ends.getTime() - DAY)), [{ a, at: sentAt }]).registrations[0].verdict).toBe('chuaDat');
    const out = office(cfg, [{ a, at: sentAt }]);
    expect(out.registrations[0].verdict).toBe('dat');
    expect(schoolNotices(out, cfg, now)).toEqual([]);
    expect(calendarTurns(out, cfg, now, NOTICE_DAYS, () => true).size).toBe(0);
    // With the final conference at the end of 2025, the day is within the period: the school is told.
    const open: OfficeConfig = { ...cfg, period: { ...cfg.period, milestones: cfg.period.milestones.map((m) => (m.id === 'TONG-KET' ? { ...m, date: new Date(2025, 11, 31) } : m)) } };
    expect(schoolNotices(out, open, now).map((n) => n.key)).toEqual([`LICH:${schoolWho(SCHOOLS[0].name)}:2025-06-03`]);
  });
});

describe('schoolNotices: a registration replaced by a later one', () => {
  const cfg = config();
  // Both after 2023-2024 counts (01/06/2024), so that the ratings they write for it count.
  const first = new Date(2024, 5, 3, 9, 0, 0);
  const second = new Date(2024, 5, 28, 9, 0, 0);

  it('tells the school (and the first sender) that the earlier one is no longer considered, once, while news', () => {
    const a = individualAnswers('manager', cfg);
    const out = office(cfg, [
      { a, at: first, email: 'giaovien.rieng@mail.example' },
      { a: { ...a, [Q.individualRatings]: { ...(a[Q.individualRatings] as Record<string, string>), [schoolYearRow(2021)]: RATING_CHOICES.done } }, at: second },
    ]);
    const [old, by] = out.registrations;
    expect(old.flags.supersededBy).toBe(by.id);
    const notices = schoolNotices(out, cfg, new Date(second.getTime() + DAY));
    expect(notices.map((n) => n.key)).toEqual([`TT:${by.id}`]);
    const n = notices[0];
    expect(n.email.to.split(',').sort()).toEqual([...SCHOOLS[0].emails, 'giaovien.rieng@mail.example'].sort());
    expect(old.verdict).toBe('dat');
    expect(n.email.body).toContain(`Phiếu ${old.id} (cá nhân “${old.name}”, kết luận tự động “Đạt”) đã được thay bằng phiếu ${by.id} gửi ngày 28/06/2024`);
    // The earlier one met the criteria, the later one does not: the school is told how to keep the earlier content.
    expect(by.verdict).not.toBe('dat');
    expect(n.email.body).toContain(`Lưu ý: phiếu ${old.id} đạt còn phiếu ${by.id} chưa đạt`);
    expect(n.email.body).toContain('bằng đường dẫn trong thư báo kết quả của phiếu đó');
    // Under the subject, the news and the catch, not "Kính gửi: …" (review mail M4).
    expect(preheaderOf(n.email.htmlBody)).toBe(`Phiếu ${old.id} (đã đạt) không còn được xét; phiếu thay thế ${by.id} chưa đạt.`);
    // The edit link of the one to edit opens and changes the school's registration: not in a notice that also goes to
    // an address the school does not list (review privacy #1) — the school has it in that registration's confirmation.
    const url = 'https://docs.google.com/forms/d/e/x/viewform?edit2=abc';
    const linkOf = (code: string) => (code === by.id ? url : null);
    const [withheld] = schoolNotices(out, cfg, new Date(second.getTime() + DAY), undefined, new Map(), linkOf);
    expect(withheld.email.body).not.toContain(url);
    expect(withheld.email.body).toContain('bằng đường dẫn trong thư báo kết quả của phiếu đó');
    // Both sent from the school's address: the school alone is told, and given the link where it is asked to edit.
    const own = office(cfg, [
      { a, at: first },
      { a: { ...a, [Q.individualRatings]: { ...(a[Q.individualRatings] as Record<string, string>), [schoolYearRow(2021)]: RATING_CHOICES.done } }, at: second },
    ]);
    const ownBy = own.registrations[1];
    const [withLink] = schoolNotices(own, cfg, new Date(second.getTime() + DAY), undefined, new Map(), (code) => (code === ownBy.id ? url : null));
    expect(withLink.email.to.split(',').sort()).toEqual([...SCHOOLS[0].emails].sort());
    expect(withLink.email.body).toContain(`đề nghị sửa phiếu ${ownBy.id} tại: ${url} (không gửi thêm phiếu mới).`);
    expect(schoolNotices(out, cfg, new Date(second.getTime() + (NOTICE_DAYS + 1) * DAY))).toEqual([]);
  });

  it('a proposal of the replaced one stands only while it is not withdrawn within its round', () => {
    const a = individualAnswers('teacher', cfg);
    const out = office(cfg, [
      { a, at: first },
      { a, at: second },
    ]);
    const [old] = out.registrations;
    const when = new Date(second.getTime() + DAY);
    const record = { meeting: '20-06-2024', level: 'giayKhen' as const, day: '25-06-2024', fp: 'ab' };
    const [proposed] = schoolNotices(out, cfg, when, undefined, new Map([[old.id, [record]]]));
    expect(proposed.email.body).toContain('trong tờ trình ngày 25/06/2024: việc đề nghị đó giữ nguyên');
    expect(preheaderOf(proposed.email.htmlBody)).toBe(`Đề nghị khen phiếu ${old.id} giữ nguyên; các đợt xét sau xét phiếu ${out.registrations[1].id}.`);
    const [withdrawn] = schoolNotices(out, cfg, when, undefined, new Map([[old.id, [{ ...record, out: '02-07-2024' }]]]));
    expect(withdrawn.email.body).not.toContain('giữ nguyên');
  });

  it('no "Lưu ý" when the later one is as good', () => {
    const a = individualAnswers('teacher', cfg);
    const out = office(cfg, [
      { a, at: first },
      { a, at: second },
    ]);
    const [n] = schoolNotices(out, cfg, new Date(second.getTime() + DAY));
    expect(n.key).toBe(`TT:${out.registrations[1].id}`);
    expect(n.email.body).not.toContain('Lưu ý');
    expect(preheaderOf(n.email.htmlBody)).toBe(`Phiếu ${out.registrations[0].id} không còn được xét; nội dung cần xét, sửa ở phiếu ${out.registrations[1].id}.`);
  });

  it('one sent within the window replaced by one sent after it: said, with the last day, and how to have the earlier one considered again (review mail H3)', () => {
    const close = milestone(cfg, 'DANG-KY-DONG').date;
    const a = individualAnswers('teacher', cfg);
    const inTime = new Date(close.getTime() - 10 * DAY);
    const after = new Date(close.getTime() + 3 * DAY);
    const out = office(cfg, [
      { a, at: inTime },
      { a, at: after },
    ]);
    const [old, by] = out.registrations;
    expect([old.flags.supersededBy, old.late, by.late]).toEqual([by.id, false, true]);
    const [n] = schoolNotices(out, cfg, new Date(after.getTime() + DAY));
    expect(n.key).toBe(`TT:${by.id}`);
    expect(n.email.body).toContain(
      `Lưu ý: phiếu ${old.id} được gửi trong hạn đăng ký, còn phiếu ${by.id} được gửi sau hạn (hết ngày ${formatDate(close)}), nên Hội đồng Thi đua - Khen thưởng của Phòng cân nhắc khi thẩm định. Nếu đơn vị muốn giữ phiếu ${old.id}, đề nghị liên hệ Phòng để được xét lại phiếu đó.`,
    );
    expect(preheaderOf(n.email.htmlBody)).toBe(`Phiếu ${old.id} gửi trong hạn không còn được xét; phiếu ${by.id} thay cho phiếu đó gửi sau hạn.`);
    // Both within the window: nothing of the kind.
    const both = office(cfg, [
      { a, at: inTime },
      { a, at: new Date(inTime.getTime() + 3 * DAY) },
    ]);
    const [same] = schoolNotices(both, cfg, new Date(inTime.getTime() + 4 * DAY));
    expect(same.key).toBe(`TT:${both.registrations[1].id}`);
    expect(same.email.body).not.toContain('sau hạn');
    expect(preheaderOf(same.email.htmlBody)).toBe(NOTICE_EMAIL.replacedPreheader([both.registrations[0].id], both.registrations[1].id, false, false));
  });

  it('several replaced by one are told in one e-mail, listed, keyed by the one that replaced them', () => {
    const a = individualAnswers('manager', cfg);
    const worse = { ...a, [Q.individualRatings]: { ...(a[Q.individualRatings] as Record<string, string>), [schoolYearRow(2021)]: RATING_CHOICES.done } };
    const out = office(cfg, [
      { a, at: first },
      { a, at: new Date(first.getTime() + DAY) },
      { a: worse, at: second },
    ]);
    const [one, two, by] = out.registrations;
    const notices = schoolNotices(out, cfg, new Date(second.getTime() + DAY));
    expect(notices.map((n) => n.key)).toEqual([`TT:${by.id}`]);
    const n = notices[0];
    expect(n.ref).toBe(`${one.id} ${two.id}`);
    expect(n.email.subject).toContain(`2 phiếu đã được thay bằng phiếu ${by.id}`);
    expect(n.email.body).toContain(`Phiếu ${by.id} gửi ngày 28/06/2024 (kết luận tự động “Chưa đạt”) thay cho 2 phiếu`);
    for (const r of [one, two]) expect(n.email.body).toContain(`Phiếu ${r.id} (cá nhân “${r.name}”, kết luận tự động “Đạt”).`);
    expect(n.email.body).toContain(`Lưu ý: phiếu ${one.id}, ${two.id} đạt còn phiếu ${by.id} chưa đạt`);
    expect(preheaderOf(n.email.htmlBody)).toBe(`2 phiếu cũ (đã đạt) không còn được xét; phiếu thay thế ${by.id} chưa đạt.`);
  });
});

describe('schoolNotices: one notice per school and day', () => {
  it("names every registration of the school the day turned, in one e-mail to the school (not to one teacher about another's)", () => {
    const review = milestone(config(), 'SO-KET').date;
    const now = new Date(review.getTime() + DAY);
    const cfg = config(now);
    // Edited once 2022-2023 counted (01/06/2023), before the review.
    const sent = new Date(2023, 5, 2, 8, 0, 0);
    const second = { ...manager(cfg), [Q.individualName]: 'Lê Văn Bình' };
    const out = office(cfg, [
      { a: manager(cfg), at: sent },
      { a: second, at: new Date(sent.getTime() + DAY), email: 'levanbinh@mail.example' },
    ]);
    const notices = schoolNotices(out, cfg, now);
    expect(notices).toHaveLength(1);
    const [n] = notices;
    expect(n.ref).toBe(out.registrations.map((r) => r.id).join(' '));
    expect(n.email.subject).toContain('Kết luận của 2 phiếu thay đổi từ ngày');
    // Both wait for 2023-2024's ratings, which count from 01/06/2024 (review mail H1).
    expect(n.email.subject).toContain(`Kết luận của 2 phiếu thay đổi từ ngày ${formatDate(review)} (chưa cần làm gì trước 01/06/2024) — `);
    expect(preheaderOf(n.email.htmlBody)).toBe('Do đến mốc thời gian của Kế hoạch; đơn vị chưa cần làm gì trước ngày 01/06/2024.');
    // One of them with a blank year to add: that one is to see to now; the subject no longer says there is nothing to do.
    const blank = manager(cfg);
    blank[Q.individualName] = 'Lê Văn Bình';
    blank[Q.individualRatings] = { ...(blank[Q.individualRatings] as Record<string, string>), [schoolYearRow(2022)]: RATING_CHOICES.none };
    const [mixed] = schoolNotices(office(cfg, [
      { a: manager(cfg), at: sent },
      { a: blank, at: new Date(sent.getTime() + DAY), email: 'levanbinh@mail.example' },
    ]), cfg, now);
    expect(mixed.email.subject).not.toContain('chưa cần làm gì');
    expect(preheaderOf(mixed.email.htmlBody)).toBe('Do đến mốc thời gian của Kế hoạch; 1 phiếu cần sửa, bổ sung; 1 phiếu chưa cần làm gì trước ngày 01/06/2024.');
    for (const r of out.registrations) expect(n.email.body).toContain(`Phiếu ${r.id} (cá nhân “${r.name}”): từ “Đạt” chuyển sang`);
    expect(n.email.to.split(',').sort()).toEqual([...SCHOOLS[0].emails].sort());
    // What a later rebuild keeps composing (a notice waiting for the quota) and queues (news only).
    const later = new Date(review.getTime() + (NOTICE_DAYS + 3) * DAY);
    const lateCfg = config(later);
    const lateOut = office(lateCfg, [
      { a: manager(lateCfg), at: sent },
      { a: { ...manager(lateCfg), [Q.individualName]: 'Lê Văn Bình' }, at: new Date(sent.getTime() + DAY) },
    ]);
    const kept = schoolNotices(lateOut, lateCfg, later, NOTICE_KEEP_DAYS);
    expect(kept.map((x) => x.key)).toEqual([n.key]);
    expect(newsOf(kept, later)).toEqual([]);
    expect(newsOf(schoolNotices(out, cfg, now, NOTICE_KEEP_DAYS), now).map((x) => x.key)).toEqual([n.key]);
  });
});

describe('reportReceipts: a progress report acknowledged', () => {
  const cfg = config2026(new Date(2026, 8, 7, 7, 0, 0));
  const rf = buildReportForm(cfg, SCHOOLS.map((s) => s.name));
  const sent = new Date(2026, 8, 1, 9, 30);
  /** An office whose report tab holds `rows` (time, sender, school, period, number, summary, link), with `directory`. */
  const reports = (rows: unknown[][], directory = directoryRows()) =>
    evaluateAll({ config: cfg, directoryRows: directory, responseValues: [], reportValues: [['Dấu thời gian', 'Địa chỉ email', ...responseHeaders(rf)], ...rows] });
  const out = reports([
    [sent, 'hieupho@mail.example', SCHOOLS[2].name, 'Kế hoạch giai đoạn 2026-2030 của đơn vị', '15/KH-THCS', 'Tóm tắt', ''],
    [sent, SCHOOLS[1].emails[0], SCHOOLS[1].name, 'Kỳ không có', '16/KH', 'Tóm tắt', ''],
  ]);

  it('to the school and its sender, with its evidence; a period the plan does not have is said to be not counted', () => {
    const receipts = reportReceipts(out, cfg, new Date(sent.getTime() + DAY));
    expect(receipts).toHaveLength(2);
    const [plan, unknown] = receipts;
    expect(plan.key).toBe(receiptKey('KH-2026-2030', sent, SCHOOLS[2].name));
    expect(plan.key).toMatch(new RegExp(`^NBC:KH-2026-2030:${sent.getTime()}:[0-9a-z]+$`));
    expect(plan.email.to.split(',').sort()).toEqual([...SCHOOLS[2].emails, 'hieupho@mail.example'].sort());
    expect(plan.email.body).toContain('đã nhận “Kế hoạch giai đoạn 2026-2030 của đơn vị”, gửi lúc 09:30:00 ngày 01/09/2026');
    expect(plan.email.body).not.toContain('báo cáo “Kế hoạch');
    expect(plan.email.body).toContain('Số, ngày văn bản: 15/KH-THCS.');
    expect(unknown.email.body).toContain('Kỳ báo cáo “Kỳ không có” không có trong các kỳ của Kế hoạch');
    // The subject says whether it counts (review "mailbox" #3: a clerk filing receipts by subject took it as done).
    expect(plan.email.subject).toBe(NOTICE_EMAIL.receiptSubject('Kế hoạch giai đoạn 2026-2030 của đơn vị', SCHOOLS[2].name, false));
    expect(unknown.email.subject).toBe(`[Điển hình tiên tiến] Chưa được tính: báo cáo “Kỳ không có” (đã nhận) — ${SCHOOLS[1].name}`);
    // Under the subject: whether it counts, and what to send when not (review mail M4).
    expect(preheaderOf(plan.email.htmlBody)).toBe('Kế hoạch được tính là đã nộp.');
    expect(preheaderOf(unknown.email.htmlBody)).toBe(NOTICE_EMAIL.receiptUnknownPeriodPreheader);
    // Queued while news, composed while it may wait for the quota, then none.
    expect(newsOf(reportReceipts(out, cfg, new Date(sent.getTime() + (NOTICE_DAYS + 1) * DAY)), new Date(sent.getTime() + (NOTICE_DAYS + 1) * DAY))).toEqual([]);
    expect(reportReceipts(out, cfg, new Date(sent.getTime() + (NOTICE_DAYS + 1) * DAY))).toHaveLength(2);
    expect(reportReceipts(out, cfg, new Date(sent.getTime() + (NOTICE_KEEP_DAYS + 1) * DAY))).toEqual([]);
  });

  it('a report saying its document is not out yet is quoted and told it does not count (review "input" #1)', () => {
    const denied = reports([[sent, SCHOOLS[2].emails[0], SCHOOLS[2].name, 'Kế hoạch giai đoạn 2026-2030 của đơn vị', 'Chưa có kế hoạch, sẽ gửi sau', 'Tóm tắt', '']]);
    const [receipt] = reportReceipts(denied, cfg, new Date(sent.getTime() + DAY));
    expect(receipt.email.body).toContain('Số, ngày văn bản: Chưa có kế hoạch, sẽ gửi sau.');
    expect(receipt.email.body).toContain('(hoặc ghi là chưa có văn bản) nên chưa được tính là đã nộp');
    // The school's plan is called a plan, not a report (review vntext2 L1).
    expect(receipt.email.body).toMatch(/\nKế hoạch của đơn vị chưa ghi /);
    // Its own words to the end: a plan is no "phiếu báo cáo cho cùng kỳ", and "Kế hoạch" alone is the office's (mục IV.2 của Kế hoạch).
    expect(receipt.email.body).not.toContain('phiếu báo cáo cho cùng kỳ');
    expect(receipt.email.body).toContain('Đề nghị gửi thêm một phiếu cho kế hoạch này, có đủ thông tin');
    expect(receipt.email.body).not.toMatch(/Báo cáo chưa ghi/);
    expect(receipt.email.body).not.toContain('Nếu cần bổ sung, đơn vị gửi thêm');
    // With the period's deadline while it is to come, past it without (review inbox #5).
    const deadline = denied.reports[0].period!.deadline;
    expect(receipt.email.body).toContain(`có đủ thông tin, trước hạn ${formatDate(deadline)}.`);
    expect(preheaderOf(receipt.email.htmlBody)).toBe(`Chưa ghi số, ngày văn bản hoặc đường liên kết; đề nghị gửi lại trước hạn ${formatDate(deadline)}.`);
    // Sent the day after its deadline: no past date to meet.
    const afterDeadline = reports([[new Date(deadline.getTime() + DAY), SCHOOLS[2].emails[0], SCHOOLS[2].name, 'Kế hoạch giai đoạn 2026-2030 của đơn vị', 'Chưa có', 'Tóm tắt', '']]);
    const [late] = reportReceipts(afterDeadline, cfg, new Date(deadline.getTime() + 2 * DAY));
    expect(late.email.body).toContain('có đủ thông tin.');
    expect(late.email.body).not.toContain('trước hạn');
    expect(preheaderOf(late.email.htmlBody)).toBe('Chưa ghi số, ngày văn bản hoặc đường liên kết; đề nghị gửi lại.');
    expect(receipt.email.subject).toBe(NOTICE_EMAIL.receiptNotCountedSubject('Kế hoạch giai đoạn 2026-2030 của đơn vị', SCHOOLS[2].name, false));
    // Sent again without evidence after one that counts: the period is met (as the school's tab and reminders say), and
    // the receipt says so (review diff20 #8).
    const later = new Date(sent.getTime() + 3600_000);
    const again = reports([
      [sent, SCHOOLS[2].emails[0], SCHOOLS[2].name, 'Kế hoạch giai đoạn 2026-2030 của đơn vị', '15/KH-THCS', 'Tóm tắt', ''],
      [later, SCHOOLS[2].emails[0], SCHOOLS[2].name, 'Kế hoạch giai đoạn 2026-2030 của đơn vị', '', 'Tóm tắt bổ sung', ''],
    ]);
    const second = reportReceipts(again, cfg, new Date(sent.getTime() + DAY)).find((n) => n.at === later.getTime())!;
    expect(second.subject).toBe(NOTICE_EMAIL.receiptSubject('Kế hoạch giai đoạn 2026-2030 của đơn vị', SCHOOLS[2].name, false));
    // A plan, not a report, in what it says (review vntext2 L1).
    expect(second.email.body).toContain(NOTICE_EMAIL.receiptNoEvidenceMet(false));
    expect(second.email.body).toContain('Kế hoạch này chưa có thông tin dùng được');
    expect(second.email.body).not.toContain('Báo cáo này');
    expect(preheaderOf(second.email.htmlBody)).toBe(NOTICE_EMAIL.receiptMetPreheader(false));
    expect(second.email.body).not.toContain(NOTICE_EMAIL.receiptNoEvidence(null, false).slice(0, -1));
    // Schools are told apart by name, not by their code, which the office may leave empty or repeat (review diff21 #4):
    // one school's report with evidence does not meet another's period.
    const sameCode = directoryToRows(SCHOOLS.map((x, i) => (i === 1 ? { ...x, code: SCHOOLS[2].code } : x)));
    const two = reports(
      [
        [sent, SCHOOLS[2].emails[0], SCHOOLS[2].name, 'Kế hoạch giai đoạn 2026-2030 của đơn vị', '15/KH-THCS', 'Tóm tắt', ''],
        [later, SCHOOLS[1].emails[0], SCHOOLS[1].name, 'Kế hoạch giai đoạn 2026-2030 của đơn vị', '', 'Tóm tắt', ''],
      ],
      sameCode,
    );
    const other = reportReceipts(two, cfg, new Date(sent.getTime() + DAY)).find((n) => n.at === later.getTime())!;
    expect(other.subject).toBe(NOTICE_EMAIL.receiptNotCountedSubject('Kế hoạch giai đoạn 2026-2030 của đơn vị', SCHOOLS[1].name, false));
  });
});

describe('schoolNotices: a registration replaced as it arrived', () => {
  it("is not told by a notice: the confirmation a full evaluation composes says it, and one fact is one e-mail", () => {
    const cfg = config();
    const a = individualAnswers('manager', cfg);
    const first = new Date(2024, 2, 1, 9, 0, 0);
    const second = new Date(2024, 5, 28, 9, 0, 0);
    const out = office(cfg, [
      { a, at: first },
      { a, at: second, email: 'nguoila@mail.example' },
    ]);
    const [own, stranger] = out.registrations;
    expect(stranger.flags.supersededBy).toBe(own.id);
    expect(schoolNotices(out, cfg, new Date(second.getTime() + DAY))).toEqual([]);
  });

  it('within the notice window too: the school\'s own sent an hour before the stranger\'s is not told again; sent after it, the replaced one is told once (review "tests" #1b)', () => {
    const cfg = config();
    const a = individualAnswers('manager', cfg);
    const at = new Date(2024, 5, 28, 9, 0, 0);
    const hour = 3_600_000;
    const before = office(cfg, [
      { a, at },
      { a, at: new Date(at.getTime() + hour), email: 'nguoila@mail.example' },
    ]);
    expect(before.registrations[1].flags.supersededBy).toBe(before.registrations[0].id);
    expect(schoolNotices(before, cfg, new Date(at.getTime() + DAY))).toEqual([]);
    const after = office(cfg, [
      { a, at, email: 'nguoila@mail.example' },
      { a, at: new Date(at.getTime() + hour) },
    ]);
    expect(after.registrations[0].flags.supersededBy).toBe(after.registrations[1].id);
    expect(schoolNotices(after, cfg, new Date(at.getTime() + DAY)).map((n) => n.key.split(':')[0])).toEqual(['TT']);
  });
});

// Review drift #2 and #4: what the schools were told, read from the outbox (toldFrom), decides two notices.
describe('schoolNotices with what the outbox says the schools were told', () => {
  const cfg = config();
  const a = individualAnswers('manager', cfg);
  const at = new Date(2024, 5, 28, 9, 0, 0);
  const hour = 3_600_000;
  const entry = (e: Partial<OutboxEntry> & { key: string }): OutboxEntry => ({ kind: 'confirmation', ref: '', to: '', subject: '', status: 'sent', createdAt: at, sentAt: at, attempts: 1, note: '', ...e });
  // A stranger's, then the school's own an hour later: the stranger's is replaced.
  const both = office(cfg, [
    { a, at, email: 'nguoila@mail.example' },
    { a, at: new Date(at.getTime() + hour) },
  ]);
  const [stranger, own] = both.registrations;
  // The school's own alone (the other edited away): the stranger's counts again.
  const alone = office(cfg, [{ a, at, email: 'nguoila@mail.example' }]);
  const revived = alone.registrations[0];
  const now = new Date(at.getTime() + DAY);
  const superseded = CONFIRMATION.subjectSuperseded(stranger.id, own.id, stranger.name);

  it("a replaced one whose own confirmation named the one that replaced it is not told again; one whose confirmation did not, is", () => {
    expect(stranger.flags.supersededBy).toBe(own.id);
    const confirmedSo = toldFrom([entry({ key: confirmationKey(stranger), ref: stranger.id, subject: superseded })]);
    expect(schoolNotices(both, cfg, now, NOTICE_DAYS, new Map(), () => null, undefined, confirmedSo)).toEqual([]);
    const confirmedDat = toldFrom([entry({ key: confirmationKey(stranger), ref: stranger.id, subject: CONFIRMATION.subject(stranger.id, 'Đạt', stranger.name) })]);
    expect(schoolNotices(both, cfg, now, NOTICE_DAYS, new Map(), () => null, undefined, confirmedDat).map((n) => n.key)).toEqual([`TT:${own.id}`]);
  });

  it('one told already that it does not count, under another code, is not listed again by a later replacement (review inbox #3)', () => {
    const toldByOther = toldFrom([
      entry({ key: confirmationKey(stranger), ref: stranger.id, subject: CONFIRMATION.subject(stranger.id, 'Đạt', stranger.name) }),
      entry({ key: 'TT:DK-999999', kind: 'notice', ref: stranger.id, createdAt: new Date(at.getTime() + 1) }),
    ]);
    expect(schoolNotices(both, cfg, now, NOTICE_DAYS, new Map(), () => null, undefined, toldByOther)).toEqual([]);
  });

  it('a replaced one whose confirmation still waits for the quota is told by it when it goes, not by a notice as well (review quotaday #2)', () => {
    // Planned before the one replacing it existed: its subject as planned says it counts; composed now, it names it.
    const waiting = entry({ key: confirmationKey(stranger), ref: stranger.id, subject: CONFIRMATION.subject(stranger.id, 'Đạt', stranger.name), status: 'pending', sentAt: null });
    expect(schoolNotices(both, cfg, now, NOTICE_DAYS, new Map(), () => null, undefined, toldFrom([waiting]))).toEqual([]);
  });

  it('one told it did not count that counts again is told so, once per e-mail that told it', () => {
    expect(revived.flags.supersededBy).toBeUndefined();
    const confirmation = entry({ key: confirmationKey(revived), ref: revived.id, subject: superseded });
    const notices = schoolNotices(alone, cfg, now, NOTICE_DAYS, new Map(), () => null, undefined, toldFrom([confirmation]));
    expect(notices.map((n) => n.key)).toEqual([`HL:${revived.id}:${confirmation.key}`]);
    expect(notices[0].email.to.split(',')).toContain('nguoila@mail.example');
    expect(notices[0].email.subject).toBe(NOTICE_EMAIL.revivedSubject(revived.id, revived.name, SCHOOLS[0].name));
    expect(notices[0].email.body).toContain('trước đây được báo là không được xét');
    expect(preheaderOf(notices[0].email.htmlBody)).toBe(`Kết luận tự động: “${VERDICT_LABELS[revived.verdict]}”.`);
    // "Đạt": nothing to fix, no edit link or way to fix offered (mutation N4 of review mutants).
    expect(revived.verdict).toBe('dat');
    expect(notices[0].email.body).not.toContain(CONFIRMATION.toFixTitle);
    expect(notices[0].email.body).not.toContain(NOTICE_EMAIL.howToFix);
    expect(schoolNotices(alone, cfg, now, NOTICE_DAYS, new Map(), () => 'https://docs.google.com/forms/d/e/x/viewform?edit2=abc', undefined, toldFrom([confirmation]))[0].email.body).not.toContain('edit2=abc');
    // A long name is cut in the subject, as a confirmation's is (review school, notes), and whole in the body.
    const long = `${revived.name} ${'rất dài '.repeat(20)}`.trim();
    const longAlone = office(cfg, [{ a: { ...a, [Q.individualName]: long }, at, email: 'nguoila@mail.example' }]);
    const [longNotice] = schoolNotices(longAlone, cfg, now, NOTICE_DAYS, new Map(), () => null, undefined, toldFrom([entry({ key: confirmationKey(longAlone.registrations[0]), ref: longAlone.registrations[0].id, subject: superseded })]));
    expect(longNotice.email.subject).toBe(NOTICE_EMAIL.revivedSubject(revived.id, fitText(long, 80), SCHOOLS[0].name));
    expect(longNotice.email.body).toContain(long);
    // It names the registration it was told about.
    expect(notices[0].email.body).toContain(`trùng đối tượng với phiếu ${own.id}. Nay phiếu ${own.id} không còn thay cho phiếu này`);
    // Sent: not again.
    const sent = entry({ key: notices[0].key, kind: 'notice', ref: revived.id });
    expect(schoolNotices(alone, cfg, now, NOTICE_DAYS, new Map(), () => null, undefined, toldFrom([confirmation, sent]))).toEqual([]);
    // A notice that another replaced it, sent after a confirmation that it counted: told as well.
    const dat = entry({ key: confirmationKey(revived), ref: revived.id, subject: CONFIRMATION.subject(revived.id, 'Đạt', revived.name) });
    const replaced = entry({ key: `TT:${own.id}`, kind: 'notice', ref: revived.id, createdAt: new Date(at.getTime() + hour) });
    expect(schoolNotices(alone, cfg, now, NOTICE_DAYS, new Map(), () => null, undefined, toldFrom([dat, replaced])).map((n) => n.key)).toEqual([`HL:${revived.id}:${replaced.key}`]);
    // Told it counted, last: nothing to say. Nor when the e-mail that told it never went.
    expect(schoolNotices(alone, cfg, now, NOTICE_DAYS, new Map(), () => null, undefined, toldFrom([dat]))).toEqual([]);
    expect(schoolNotices(alone, cfg, now, NOTICE_DAYS, new Map(), () => null, undefined, toldFrom([{ ...confirmation, status: 'pending', sentAt: null }]))).toEqual([]);
  });

  it('told it counts again, then replaced again, is told so whenever the one replacing it was sent (review diff29 #1)', () => {
    // The stranger's: told it did not count, then that it counts again; now the school's own replaces it again. The
    // school's was sent long before: outside the notice window, and its "TT:" key spent on the first replacement.
    const confirmation = entry({ key: confirmationKey(stranger), ref: stranger.id, subject: superseded });
    const revival = entry({ key: `HL:${stranger.id}:${confirmation.key}`, kind: 'notice', ref: stranger.id, createdAt: new Date(at.getTime() + 2 * hour) });
    const later = new Date(at.getTime() + 30 * DAY);
    const notices = schoolNotices(both, cfg, later, NOTICE_DAYS, new Map(), () => null, undefined, toldFrom([confirmation, revival]));
    expect(notices.map((n) => n.key)).toEqual([`TT:${own.id}:${revival.key}`]);
    expect(newsOf(notices, later)).toHaveLength(1);
    // Sent: nothing more.
    const told = entry({ key: notices[0].key, kind: 'notice', ref: stranger.id, createdAt: later });
    expect(schoolNotices(both, cfg, later, NOTICE_DAYS, new Map(), () => null, undefined, toldFrom([confirmation, revival, told]))).toEqual([]);
  });

  it('counting again in place of the one now replaced (its sender\'s address added to "Đơn vị"), it is one e-mail naming both (review diff29 #2)', () => {
    // The school's own, told it counts; the stranger's told it does not. Then the stranger's counts and replaces it.
    const ownFirst = office(cfg, [
      { a, at },
      { a, at: new Date(at.getTime() + hour), email: 'nguoila@mail.example' },
    ]);
    const [school, teacher] = ownFirst.registrations;
    expect(teacher.flags.supersededBy).toBe(school.id);
    const told = toldFrom([
      entry({ key: confirmationKey(school), ref: school.id, subject: CONFIRMATION.subject(school.id, 'Đạt', school.name) }),
      entry({ key: confirmationKey(teacher), ref: teacher.id, subject: CONFIRMATION.subjectSuperseded(teacher.id, school.id, teacher.name) }),
    ]);
    // As the rebuild sees it once the address is the school's: the teacher's, sent later, counts.
    const flipped = { ...ownFirst, registrations: [Object.assign(Object.create(Object.getPrototypeOf(school)), school, { flags: { ...school.flags, supersededBy: teacher.id } }), Object.assign(Object.create(Object.getPrototypeOf(teacher)), teacher, { flags: { ...teacher.flags, supersededBy: undefined } })] };
    const notices = schoolNotices(flipped, cfg, new Date(at.getTime() + DAY), NOTICE_DAYS, new Map(), () => null, undefined, told);
    expect(notices.map((n) => n.key)).toEqual([`HL:${teacher.id}:${confirmationKey(teacher)}`]);
    expect(notices[0].ref).toBe(`${teacher.id} ${school.id}`);
    expect(notices[0].email.body).toContain(`thay cho phiếu ${school.id} cùng đối tượng: phiếu ${school.id} không còn được xét`);
    expect(preheaderOf(notices[0].email.htmlBody)).toBe(`Kết luận tự động: “${VERDICT_LABELS[teacher.verdict]}”; phiếu ${school.id} không còn được xét.`);
    expect(notices[0].email.body).toContain(`không được xét vì trùng đối tượng với phiếu ${school.id}.`);
    // What the replaced one was told not known (no e-mail of its current version in the record): not named in it.
    const unknown = toldFrom([entry({ key: confirmationKey(teacher), ref: teacher.id, subject: CONFIRMATION.subjectSuperseded(teacher.id, school.id, teacher.name) })]);
    const apart = schoolNotices(flipped, cfg, new Date(at.getTime() + DAY), NOTICE_DAYS, new Map(), () => null, undefined, unknown);
    expect(apart.find((n) => n.key.startsWith('HL:'))!.ref).toBe(teacher.id);
    // Once it is waiting or sent, the replaced one is told by it: no notice of its own at a later run.
    const queued = toldFrom([
      entry({ key: confirmationKey(school), ref: school.id, subject: CONFIRMATION.subject(school.id, 'Đạt', school.name) }),
      entry({ key: confirmationKey(teacher), ref: teacher.id, subject: CONFIRMATION.subjectSuperseded(teacher.id, school.id, teacher.name) }),
      entry({ key: notices[0].key, kind: 'notice', ref: notices[0].ref, createdAt: new Date(at.getTime() + DAY) }),
    ]);
    expect(schoolNotices(flipped, cfg, new Date(at.getTime() + 2 * DAY), NOTICE_DAYS, new Map(), () => null, undefined, queued)).toEqual([]);
  });
});

describe('schoolNotices: namesakes of one school, both reviewed (review diff44 M2)', () => {
  const cfg = config();
  const school = SCHOOLS[1]; // two addresses
  const first = new Date(2023, 0, 2, 8, 0, 0);
  const second = new Date(first.getTime() + 3 * DAY);
  const huong = (role: 'teacher' | 'staff', at = school) => ({ ...individualAnswers(role, cfg), [Q.school]: at.name, [Q.individualName]: 'Nguyễn Thị Hương', [Q.birthYear]: '1985' });
  const sent = (roles: ['teacher' | 'staff', 'teacher' | 'staff'], schools = [school, school], emails = [school.emails[0], school.emails[1]]) =>
    office(cfg, [
      { a: huong(roles[0], schools[0]), at: first, email: emails[0] },
      { a: huong(roles[1], schools[1]), at: second, email: emails[1] },
    ]);
  const hn = (out: ReturnType<typeof office>, now: Date) => schoolNotices(out, cfg, now).filter((n) => n.key.startsWith('HN:'));

  it('another role from its other address: the later one is told once, to the school, naming the earlier one', () => {
    const out = sent(['teacher', 'staff']);
    expect(out.registrations.map((r) => r.flags.supersededBy)).toEqual([undefined, undefined]);
    const notices = hn(out, new Date(second.getTime() + DAY));
    expect(notices.map((n) => [n.key, n.ref, n.to])).toEqual([['HN:DK-000003:DK-000002', 'DK-000003 DK-000002', school.emails.join(',')]]);
    expect(notices[0].email.body).toContain(NOTICE_EMAIL.alike('DK-000003', 'cá nhân', 'Nguyễn Thị Hương', formatDate(second), ['DK-000002'], 'Phòng'));
    expect(preheaderOf(notices[0].email.htmlBody)).toBe('Phòng đang xét như phiếu của hai người khác nhau; nếu là một người, đề nghị báo Phòng.');
    // Old news past the window.
    expect(hn(out, new Date(second.getTime() + (NOTICE_DAYS + 1) * DAY))).toEqual([]);
  });

  it('the same role (one replaces the other), or the same name at two schools: no such notice', () => {
    expect(hn(sent(['teacher', 'teacher']), new Date(second.getTime() + DAY))).toEqual([]);
    const other = SCHOOLS[0];
    expect(hn(sent(['teacher', 'staff'], [other, school], [other.emails[0], school.emails[0]]), new Date(second.getTime() + DAY))).toEqual([]);
  });
});

describe('a report\'s receipt names its period once (review diff45 L4)', () => {
  it('"báo cáo “Năm 2026”", but a period the office named "Báo cáo năm 2026" is not preceded by its noun again', () => {
    const school = 'Trường Tiểu học Hòa Bình';
    expect(NOTICE_EMAIL.receiptSubject('Năm 2026', school)).toBe(`[Điển hình tiên tiến] Đã nhận báo cáo “Năm 2026” — ${school}`);
    expect(NOTICE_EMAIL.receiptSubject('Báo cáo năm 2026', school)).toBe(`[Điển hình tiên tiến] Đã nhận “Báo cáo năm 2026” — ${school}`);
    expect(NOTICE_EMAIL.receiptNotCountedSubject('BÁO CÁO 6 tháng đầu năm 2027', school)).toBe(`[Điển hình tiên tiến] Chưa được tính: “BÁO CÁO 6 tháng đầu năm 2027” (đã nhận) — ${school}`);
    expect(NOTICE_EMAIL.receipt('Sở', 'Báo cáo năm 2026', '09:30 01/09/2026')).toBe('Sở đã nhận “Báo cáo năm 2026” của đơn vị, gửi lúc 09:30 01/09/2026.');
    expect(NOTICE_EMAIL.receipt('Sở', 'Năm 2026', '09:30 01/09/2026')).toBe('Sở đã nhận báo cáo “Năm 2026” của đơn vị, gửi lúc 09:30 01/09/2026.');
    // A period whose name only starts with the letters of the noun keeps it ("Báo cáosớm" is no "Báo cáo").
    expect(NOTICE_EMAIL.receiptSubject('Báo cáosớm', school)).toContain('Đã nhận báo cáo “Báo cáosớm”');
  });
});

describe('a replacement told by a notice or by the confirmation of the one replacing (review r83e F2)', () => {
  const now = new Date(2026, 11, 8, 14);
  const reg = (id: string, first: Date) => ({ id, school: { code: 'x', name: 'Trường X' }, firstSubmittedAt: first, submittedAt: first, flags: {} }) as never;
  const old = reg('DK-000002', new Date(2026, 10, 1));
  const NONE = replacementNotices([]);
  it('by a notice when the one replacing was sent lately, after it: the confirmation does not say it too', () => {
    expect(replacementToldByNotice(old, reg('DK-000003', now), now, NONE)).toBe(true);
    expect(replacementToldByNotice(old, reg('DK-000003', new Date(now.getTime() - (NOTICE_DAYS - 2) * DAY)), now, NONE)).toBe(true);
  });
  it('by the confirmation when no notice would go: sent long ago (an edit moved it into the subject), or so near the end of the notice\'s days that the night\'s rebuild may find it stale, or a notice of its replacements already keyed, or replaced as it arrived', () => {
    expect(replacementToldByNotice(old, reg('DK-000003', new Date(now.getTime() - 12 * DAY)), now, NONE)).toBe(false);
    expect(replacementToldByNotice(old, reg('DK-000003', new Date(now.getTime() - (NOTICE_DAYS - 0.5) * DAY)), now, NONE)).toBe(false);
    expect(replacementToldByNotice(old, reg('DK-000003', now), now, { sent: new Set(), open: new Set(), spent: new Set(['DK-000003']) })).toBe(false);
    expect(replacementToldByNotice(reg('DK-000004', now), reg('DK-000003', new Date(2026, 10, 20)), now, NONE)).toBe(false);
  });
  // Review d83b F1: the notice and the confirmation, either held back (the mail quota, a refusal), go in any order.
  const notice = (key: string, ref: string, status: OutboxEntry['status'], more: Partial<OutboxEntry> = {}): OutboxEntry =>
    ({ key, kind: 'notice', ref, to: 'a@x.vn', subject: '', status, createdAt: now, sentAt: status === 'sent' ? now : null, attempts: status === 'pending' ? 0 : 1, note: '', ...more }) as OutboxEntry;
  const by = reg('DK-000003', now);
  const told = (entries: OutboxEntry[], noticesGo = true) => replacementToldByNotice(old, by, now, replacementNotices(entries), noticesGo);
  it('by the notice in the outbox that names it, waiting (for the quota), refused with tries left, or sent: the confirmation composed later leaves it out', () => {
    expect(told([notice('TT:DK-000003', 'DK-000002', 'pending')])).toBe(true);
    expect(told([notice('TT:DK-000003', 'DK-000002', 'failed', { retryAt: new Date(now.getTime() + DAY) })])).toBe(true);
    expect(told([notice('TT:DK-000003', 'DK-000002', 'sent')])).toBe(true);
    // One of several it replaced; a part of a notice split for its recipients; a notice that DK-000003 counts again and
    // replaces it ("HL:", as toldFrom reads it); one about the same pair under a key of a revival ("TT:<by>:<HL key>").
    expect(told([notice('TT:DK-000003', 'DK-000001 DK-000002', 'pending')])).toBe(true);
    expect(told([notice('TT:DK-000003#2', 'DK-000002', 'sent')])).toBe(true);
    expect(told([notice('HL:DK-000003:C:DK-000003', 'DK-000003 DK-000002', 'sent')])).toBe(true);
    expect(told([notice('TT:DK-000003:HL:DK-000002:x', 'DK-000002', 'pending')])).toBe(true);
    // A sent one told it even for a registration with no school now, and after the end of the period.
    expect(replacementToldByNotice({ ...(old as object), school: null } as never, by, now, replacementNotices([notice('TT:DK-000003', 'DK-000002', 'sent')]))).toBe(true);
    expect(told([notice('TT:DK-000003', 'DK-000002', 'sent')], false)).toBe(true);
  });
  it('by the confirmation when the notice in the outbox will not tell it: its key spent on other registrations, closed, given up, or waiting after the end of the period (no notice goes then); and with no notice at all after the end', () => {
    expect(told([notice('TT:DK-000003', 'DK-000001', 'sent')])).toBe(false);
    expect(told([notice('TT:DK-000003', 'DK-000001', 'pending')])).toBe(false);
    expect(told([notice('TT:DK-000003', 'DK-000002', 'skipped')])).toBe(false);
    expect(told([notice('TT:DK-000003', 'DK-000002', 'failed', { attempts: 5 })])).toBe(false);
    expect(told([notice('TT:DK-000003', 'DK-000002', 'pending')], false)).toBe(false);
    expect(told([], false)).toBe(false);
    // Another registration's notice, or another replacement's, says nothing of this one: as with none, the notice the
    // night plans tells it.
    expect(told([notice('TT:DK-000004', 'DK-000002', 'sent'), notice('HL:DK-000002:k', 'DK-000002 DK-000003', 'sent')])).toBe(told([]));
    expect(told([])).toBe(true);
  });
});
