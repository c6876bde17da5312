// A progress report sent from one school's listed address in another school's name (review reports H1): not counted
// for the school chosen, told to the office (with the row) and in the receipt to both.
import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/core/evaluate';
import { buildReportForm, responseHeaders } from '../../src/core/registration-form';
import { reportReceipts } from '../../src/core/notices';
import { NOTICE_EMAIL } from '../../src/core/messages';
import { config2026, directoryRows, form, headerRow, SCHOOLS } from './helpers';

const [HOA_SEN, HOA_BINH] = SCHOOLS;
const DAY = 86_400_000;

function office(today: Date, rows: unknown[][]) {
  const cfg = config2026(today, { 'mail.reminderDaysBefore': '14; 3' });
  const rf = buildReportForm(cfg, SCHOOLS.map((s) => s.name));
  const out = evaluateAll({
    config: cfg,
    directoryRows: directoryRows(),
    responseValues: [headerRow(form(cfg))],
    reportValues: [['Dấu thời gian', 'Địa chỉ email', ...responseHeaders(rf)], ...rows],
  });
  return { cfg, out };
}
const dutyOf = (out: ReturnType<typeof office>['out'], code: string, period: string) =>
  out.schoolDuties.find((d) => d.schoolCode === code)!.results.filter((r) => r.message.includes(`“${period}”`));

describe('a report filed under another school than the one whose address sent it', () => {
  const sent = new Date(2027, 4, 20, 9);
  const period = '6 tháng đầu năm 2027';
  const { cfg, out } = office(new Date(2027, 5, 20), [[sent, HOA_SEN.emails[0], HOA_BINH.name, period, '31/BC-MNHS', 'Tóm tắt', '']]);

  it('does not count for the school chosen', () => {
    expect(dutyOf(out, HOA_BINH.code, period).map((r) => r.status)).not.toContain('met');
    expect(out.reports[0].sentFrom?.code).toBe(HOA_SEN.code);
  });

  it('is named to the office with its row, and the receipt says what happened and what to do', () => {
    expect(out.errors.some((e) => e.includes('Báo cáo dòng 2') && e.includes(HOA_SEN.name) && e.includes(HOA_BINH.name))).toBe(true);
    const [receipt] = reportReceipts(out, cfg, new Date(sent.getTime() + DAY));
    expect(receipt.email.to).toContain(HOA_SEN.emails[0]);
    expect(receipt.email.body).toContain(NOTICE_EMAIL.receiptOtherSchool(HOA_SEN.name, HOA_BINH.name));
    expect(receipt.subject).toContain('chưa được tính');
  });

  it('an address no school lists is no such case: counted as before', () => {
    const shared = office(new Date(2027, 5, 20), [[sent, 'giaovien@gmail.com', HOA_BINH.name, period, '31/BC-THHB', 'Tóm tắt', '']]).out;
    expect(shared.reports[0].sentFrom).toBeUndefined();
    expect(dutyOf(shared, HOA_BINH.code, period).map((r) => r.status)).toContain('met');
  });
});
