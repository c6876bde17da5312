// Review d62 F4 (core): after the end of the period ("Kết thúc giai đoạn…") the answers still composed — a report's
// receipt, a registration's confirmation — ask nothing of the school through the closed forms; they say the period
// ended and whom to ask. The bundle scenario is test/bundle/rev-afterend.test.ts.
import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/core/evaluate';
import { confirmationEmail } from '../../src/core/emails';
import { reportReceipts } from '../../src/core/notices';
import { CONFIRMATION, EARLY_RATINGS_EDIT, PERIOD_END, earlyRatingsClosed } from '../../src/core/messages';
import { Q, RATING_CHOICES, schoolYearRow } from '../../src/core/registration-form';
import { answersToRow, config, config2026, directoryRows, evaluateOffice, form, headerRow, individualAnswers, SCHOOLS } from './helpers';

const DAY = 86_400_000;
/** Words that send a school back to a form. */
const ASKS = /gửi lại|gửi thêm|vẫn gửi bổ sung|đường dẫn sửa của phiếu này|bằng đường dẫn trong thư/;

describe('receipts after the end of the period', () => {
  const cfg = config2026(new Date(2026, 8, 7, 7, 0, 0));
  const sent = new Date(2026, 8, 1, 9, 30);
  const out = evaluateOffice(cfg, [], [
      // Counted; a period the plan does not have; no evidence; sent from another school's address.
      [sent, SCHOOLS[2].emails[0], SCHOOLS[2].name, 'Kế hoạch giai đoạn 2026-2030 của đơn vị', '15/KH-THCS', 'Tóm tắt', ''],
      [sent, SCHOOLS[1].emails[0], SCHOOLS[1].name, 'Kỳ không có', '16/KH', 'Tóm tắt', ''],
      [sent, SCHOOLS[0].emails[0], SCHOOLS[0].name, 'Kế hoạch giai đoạn 2026-2030 của đơn vị', 'Chưa có', 'Tóm tắt', ''],
      [sent, SCHOOLS[0].emails[0], SCHOOLS[1].name, 'Kế hoạch giai đoạn 2026-2030 của đơn vị', '17/KH', 'Tóm tắt', ''],
  ]);
  const now = new Date(sent.getTime() + DAY);

  it('say the report form is closed and to ask the office, and never to send again; the end is asked once', () => {
    const open = reportReceipts(out, cfg, now);
    expect(open).toHaveLength(4);
    // While the period runs, each asks for a report again (the counted one: "Nếu cần bổ sung, đơn vị gửi thêm …").
    expect(open.filter((n) => ASKS.test(n.email.body))).toHaveLength(4);
    let asked = 0;
    const closed = reportReceipts(out, cfg, now, () => (asked++, '2021-2025'));
    expect(asked).toBe(1);
    expect(closed.map((n) => [n.key, n.subject])).toEqual(open.map((n) => [n.key, n.subject]));
    for (const n of closed) {
      // Its last words ask the office (PERIOD_END.reportClosed: "Nếu cần bổ sung hoặc gửi lại, xin liên hệ …").
      expect(n.email.body, n.key).toContain(PERIOD_END.reportClosed('2021-2025', 'Phòng'));
      expect(n.email.body.replace(PERIOD_END.reportClosed('2021-2025', 'Phòng'), ''), n.key).not.toMatch(ASKS);
      expect(n.email.htmlBody, n.key).not.toMatch(/đề nghị gửi lại|xem cách gửi lại/i);
    }
    // What is so is still said: why it does not count.
    expect(closed[1].email.body).toContain('Kỳ báo cáo “Kỳ không có” không có trong các kỳ của Kế hoạch nên báo cáo chưa được tính.');
    expect(closed[2].email.body).toContain('nên chưa được tính là đã nộp (mục IV.2 của Kế hoạch).');
  });
});

describe('confirmations after the end of the period', () => {
  const cfg = config(new Date(2023, 2, 1));
  const f = form(cfg);
  const regs = evaluateAll({
    config: cfg,
    directoryRows: directoryRows(),
    responseValues: [
      headerRow(f),
      answersToRow(f, individualAnswers('teacher', cfg), new Date(2023, 1, 2), SCHOOLS[0].emails[0]),
      answersToRow(f, individualAnswers('teacher', cfg), new Date(2023, 1, 9), 'la@gmail.example'),
    ],
  }).registrations;

  it('of a replaced registration and of the one replacing others: no edit to make through the form, the office to ask', () => {
    const [own, copy] = regs;
    expect(copy.flags.supersededBy).toBe(own.id);
    const mail = (r: typeof own, replaces: string[] = []) => confirmationEmail(r, cfg.organisation, null, false, new Date(2023, 4, 31), undefined, replaces, '2021-2025').body;
    for (const body of [mail(copy), mail(own, ['DK-000001'])]) {
      expect(body).not.toMatch(ASKS);
      expect(body).not.toContain(CONFIRMATION.editNoLink);
      expect(body).toContain(PERIOD_END.registrationClosed('2021-2025', 'Phòng'));
    }
    expect(mail(copy)).toContain(CONFIRMATION.superseded(own.id, 'Phòng', true));
    expect(mail(own, ['DK-000001'])).toContain('Nếu hai phiếu là hai đối tượng khác nhau (hai người, hai tập thể), xin liên hệ Phòng.');
  });
});

describe('stop 64: the notes of a confirmation after the end of the period (ended early, mid-period)', () => {
  it('ratings written before their year counts: the notes say to contact the office, not to edit the form; before the end they are unchanged', () => {
    const cfg = config(new Date(2023, 2, 1));
    const f = form(cfg);
    const a = individualAnswers('manager', cfg);
    (a[Q.individualRatings] as Record<string, string>)[schoolYearRow(2022)] = RATING_CHOICES.done;
    const [r] = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(f), answersToRow(f, a, new Date(2023, 1, 20), SCHOOLS[0].emails[0])] }).registrations;
    expect(r.verdict).toBe('dat');
    const open = confirmationEmail(r, cfg.organisation, null).body;
    expect(open).toContain(CONFIRMATION.pendingTitle);
    expect(open).toContain(EARLY_RATINGS_EDIT);
    const closed = confirmationEmail(r, cfg.organisation, null, false, new Date(2023, 4, 31), undefined, [], '2021-2025').body;
    // Before the fix: "hãy sửa phiếu và chọn “Chưa đánh giá”" and "trường sửa phiếu bằng đường dẫn sửa của phiếu này".
    expect(closed).not.toContain(CONFIRMATION.pendingTitle);
    expect(closed).toContain(CONFIRMATION.pendingTitleClosed('Phòng'));
    expect(closed).not.toContain(EARLY_RATINGS_EDIT);
    expect(closed).toContain(earlyRatingsClosed('Phòng'));
    const end = closed.indexOf(PERIOD_END.registrationClosed('2021-2025', 'Phòng'));
    expect(end).toBeGreaterThan(0);
    expect(closed.slice(0, end)).not.toMatch(/sửa phiếu|sửa lại phiếu|đường dẫn sửa/);
  });
});

describe('stop 64b: the findings list and the score line of a confirmation composed after the end', () => {
  const cfg = config(new Date(2023, 2, 1));
  const f = form(cfg);
  // A name that is no name: its finding says "đề nghị sửa phiếu, ghi đúng tên…" (shared with the office's tabs).
  const unnamed = { ...individualAnswers('teacher', cfg), [Q.individualName]: '12345' };
  const regs = evaluateAll({
    config: cfg,
    directoryRows: directoryRows(),
    responseValues: [
      headerRow(f),
      answersToRow(f, unnamed, new Date(2023, 1, 2), SCHOOLS[0].emails[0]),
      answersToRow(f, unnamed, new Date(2023, 1, 9), 'la@gmail.example'),
      answersToRow(f, { ...individualAnswers('teacher', cfg), [Q.individualName]: 'Lê Văn Đạt' }, new Date(2023, 1, 3), SCHOOLS[1].emails[0]),
    ],
  }).registrations;
  const mail = (r: (typeof regs)[number], closedBy: string | null) => confirmationEmail(r, cfg.organisation, null, false, new Date(2023, 4, 31), undefined, [], closedBy).body;
  /** The title line of the findings list: the line before its first item. */
  const titleOf = (body: string) => {
    const lines = body.split('\n');
    return lines[lines.findIndex((l) => l.startsWith('- ')) - 1];
  };

  it('after the end, the list is introduced as what the registration lacks, the office to ask for any change (its items, shared with the office, unchanged); before the end, as before', () => {
    const [own, copy] = regs;
    expect(own.flags.supersededBy).toBeFalsy();
    expect(copy.flags.supersededBy).toBe(own.id);
    const item = own.findings.map((x) => x.message).find((m) => m.includes('đề nghị sửa phiếu'));
    expect(item, 'a finding that says to edit the form').toBeTruthy();
    const open = mail(own, null);
    expect(titleOf(open)).toBe(CONFIRMATION.toFixTitle);
    expect(titleOf(mail(copy, null))).toBe(CONFIRMATION.toFixTitleSuperseded(own.id));
    for (const r of [own, copy]) {
      const closed = mail(r, '2021-2025');
      const title = titleOf(closed);
      expect(title, r.id).toMatch(/^Những điểm cần bổ sung hoặc chưa đạt/);
      // Before the fix: the bare title, then "… đề nghị sửa phiếu …" with nothing to say the form is closed until the end.
      expect(title, r.id).toMatch(/không sửa được phiếu nữa/);
      expect(title, r.id).toMatch(/liên hệ Phòng/);
      // The superseded one's title said "sửa ở phiếu DK-…".
      expect(title, r.id).not.toMatch(/sửa ở phiếu|sửa phiếu/);
      // The item itself is as the office's tab says it.
      expect(closed, r.id).toContain('đề nghị sửa phiếu, ghi đúng tên');
    }
  });

  it('after the end, the score is given as it stands, without the daily recalculation nor the edit that would change it; before the end, unchanged', () => {
    const dat = regs[2];
    expect(dat.verdict).toBe('dat');
    const open = mail(dat, null);
    expect(open).toContain('điểm được tính lại mỗi ngày, nên có thể thay đổi khi phiếu được sửa');
    const closed = mail(dat, '2021-2025');
    const line = closed.split('\n').find((l) => l.includes('Điểm ưu tiên tạm tính: '))!;
    expect(line).toMatch(/Điểm ưu tiên tạm tính: \d+ \(tính lúc nhận phiếu, chỉ để xếp thứ tự các phiếu Đạt/);
    // Before the fix: "công cụ tính lại điểm mỗi ngày, nên điểm có thể thay đổi khi phiếu được sửa, …".
    expect(line).not.toMatch(/mỗi ngày|khi phiếu được sửa/);
  });
});
