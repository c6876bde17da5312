// Progress reports that do not count for the school or period chosen (review reports H1, M1): one sent from another
// listed school's address in this school's name, one sent before its period began. Neither counts; each is told to
// the office (with its row) and in its receipt.
import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/core/evaluate';
import { buildReportForm, responseHeaders } from '../../src/core/registration-form';
import { reportReceipts } from '../../src/core/notices';
import { DIGEST_EMAIL, NOTICE_EMAIL } from '../../src/core/messages';
import { digestEmail } from '../../src/core/digest';
import { OFFICE_UNIT, config, configByTab, config2026, directoryRows, directoryRowsWithOffice, form, headerRow, SCHOOLS } from './helpers';
import { provinceAuthority } from '../../src/core/proposals';
import { reportHasEvidence } from '../../src/core/reports';
import { reportingPeriods } from '../../src/core/config';

const [HOA_SEN, HOA_BINH] = SCHOOLS;
const DAY = 86_400_000;

function office(today: Date, rows: unknown[][]) {
  return officeWith(today, rows, directoryRows());
}
/** The office with the directory `dirRows` (its own row among them). */
function officeWith(today: Date, rows: unknown[][], dirRows: unknown[][]) {
  const cfg = config2026(today, { 'mail.reminderDaysBefore': '14; 3' });
  const rf = buildReportForm(cfg, SCHOOLS.map((s) => s.name));
  const out = evaluateAll({ config: cfg, directoryRows: dirRows, responseValues: [headerRow(form(cfg))], reportValues: [['Dấu thời gian', 'Địa chỉ email', ...responseHeaders(rf)], ...rows] });
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
    // Hòa Bình's own reports overdue are not told to Hoa Sen's address.
    expect(receipt.email.body).not.toContain('Các kỳ báo cáo còn thiếu');
    expect(receipt.subject).toContain('] Chưa được tính: ');
  });

  it('an address no school lists is no such case: counted as before', () => {
    const shared = office(new Date(2027, 5, 20), [[sent, 'giaovien@gmail.com', HOA_BINH.name, period, '31/BC-THHB', 'Tóm tắt', '']]).out;
    expect(shared.reports[0].sentFrom).toBeUndefined();
    expect(dutyOf(shared, HOA_BINH.code, period).map((r) => r.status)).toContain('met');
  });
});

describe('a six-monthly or annual report sent before its period began (review reports M1)', () => {
  // 20/05/2027: "6 tháng đầu năm 2028" chosen instead of "… 2027" (the list runs to 2030).
  const sent = new Date(2027, 4, 20, 9);
  const { cfg, out } = office(new Date(2027, 5, 20), [[sent, HOA_SEN.emails[0], HOA_SEN.name, '6 tháng đầu năm 2028', '31/BC-MNHS', 'Tóm tắt', '']]);

  it('does not count for that period, is named to the office, and the receipt says so and how to send it again', () => {
    expect(dutyOf(out, HOA_SEN.code, '6 tháng đầu năm 2028').map((r) => r.status)).not.toContain('met');
    expect(out.errors.some((e) => e.includes('Báo cáo dòng 2') && e.includes('kỳ chưa bắt đầu'))).toBe(true);
    const [receipt] = reportReceipts(out, cfg, new Date(sent.getTime() + DAY));
    expect(receipt.subject).toContain('] Chưa được tính: ');
    expect(receipt.email.body).toContain(NOTICE_EMAIL.receiptEarly('6 tháng đầu năm 2028'));
  });

  it('the same report for the period it belongs to counts', () => {
    const right = office(new Date(2027, 5, 20), [[sent, HOA_SEN.emails[0], HOA_SEN.name, '6 tháng đầu năm 2027', '31/BC-MNHS', 'Tóm tắt', '']]).out;
    expect(dutyOf(right, HOA_SEN.code, '6 tháng đầu năm 2027').map((r) => r.status)).toContain('met');
    expect(right.reports[0].early).toBeUndefined();
  });
});

describe('a report received while an earlier one is overdue (review reports M2)', () => {
  it('its receipt names the overdue report: no reminder would, the school meeting its later deadlines', () => {
    const sent = new Date(2027, 4, 20, 9);
    const rows = [
      [new Date(2026, 8, 20, 9), HOA_SEN.emails[0], HOA_SEN.name, 'Kế hoạch giai đoạn 2026-2030 của đơn vị', '15/KH-MNHS', 'Tóm tắt', ''],
      [sent, HOA_SEN.emails[0], HOA_SEN.name, '6 tháng đầu năm 2027', '31/BC-MNHS', 'Tóm tắt', ''],
    ];
    const { cfg, out } = office(new Date(2027, 4, 21), rows);
    const receipt = reportReceipts(out, cfg, new Date(sent.getTime() + DAY)).find((n) => n.at === sent.getTime())!;
    expect(receipt.email.body).toContain('“Năm 2026” (hạn 15/12/2026)');
    expect(receipt.email.body).not.toContain('“6 tháng đầu năm 2027” (hạn');
  });
});

describe('a report deadline early in its own year (review reports L1)', () => {
  it('is refused in "Cấu hình", saying why, and the default used: no report due before its period has results', () => {
    expect(() => configByTab(new Date(2022, 0, 5), { 'reports.annualDeadline': '15/01' })).toThrow(/quá sớm trong năm.*từ 01\/07 trở đi.*mặc định 15\/12/);
    expect(() => configByTab(new Date(2022, 0, 5), { 'reports.halfYearDeadline': '15/01' })).toThrow(/từ 01\/04 trở đi.*mặc định 15\/06/);
    // A late deadline in the year is as before.
    const cfg = configByTab(new Date(2022, 0, 5), { 'reports.annualDeadline': '20/12', 'reports.halfYearDeadline': '30/06' });
    expect(reportingPeriods(cfg.period).find((p) => p.label === 'Năm 2022')!.deadline).toEqual(new Date(2022, 11, 20));
  });
});

describe('a report sent after its deadline (review reports L2)', () => {
  it('counts, and its receipt says it came after the deadline; one on the deadline\'s day does not', () => {
    const late = new Date(2027, 0, 20, 9); // "Năm 2026" was due 15/12/2026
    const onDay = new Date(2026, 11, 15, 23, 30);
    for (const [at, said] of [[late, true], [onDay, false]] as const) {
      const { cfg, out } = office(new Date(at.getTime() + DAY), [[at, HOA_SEN.emails[0], HOA_SEN.name, 'Năm 2026', '88/BC-MNHS', 'Tóm tắt', '']]);
      expect(dutyOf(out, HOA_SEN.code, 'Năm 2026').map((r) => r.status)).toContain('met');
      const receipt = reportReceipts(out, cfg, new Date(at.getTime() + DAY)).find((n) => n.at === at.getTime())!;
      expect(receipt.email.body.includes(NOTICE_EMAIL.receiptLate('15/12/2026')), String(at)).toBe(said);
    }
  });
});

describe('the weekly digest (review reports L3)', () => {
  it('names the plans and reports received since the last digest, with their schools, and those that do not count', () => {
    const now = new Date(2027, 4, 24, 7); // Monday
    const { cfg, out } = office(now, [
      [new Date(2027, 4, 20, 9), HOA_SEN.emails[0], HOA_SEN.name, '6 tháng đầu năm 2027', '31/BC-MNHS', 'Tóm tắt', ''],
      [new Date(2027, 4, 21, 9), HOA_SEN.emails[0], HOA_BINH.name, '6 tháng đầu năm 2027', '32/BC-MNHS', 'Tóm tắt', ''],
      [new Date(2027, 4, 10, 9), HOA_BINH.emails[0], HOA_BINH.name, 'Năm 2026', '12/BC-THHB', 'Tóm tắt', ''],
    ]);
    const base = { at: now.getTime() - 7 * DAY, counts: new Array(9).fill(0), maxRow: 1 };
    const { email } = digestEmail({ output: out, config: cfg, now, base, reviewValues: null, sheetUrl: null } as never, 'thuongtruc@phong.example');
    expect(email.body).toContain(DIGEST_EMAIL.reportLine(HOA_SEN.name, '6 tháng đầu năm 2027', true));
    expect(email.body).toContain(DIGEST_EMAIL.reportLine(HOA_BINH.name, '6 tháng đầu năm 2027', false));
    // Before the last digest: not listed again.
    expect(email.body).not.toContain(`${HOA_BINH.name}: “Năm 2026”`);
  });
});

describe('what the first version of these rules got wrong (review diff40)', () => {
  it('M: a report the office clerk enters from the office\'s own address (listed in "Đơn vị") for a school counts', () => {
    const sent = new Date(2027, 4, 20, 9);
    const { out } = officeWith(new Date(2027, 5, 20), [[sent, OFFICE_UNIT.emails[0], HOA_SEN.name, '6 tháng đầu năm 2027', '31/BC-MNHS', 'Tóm tắt', '']], directoryRowsWithOffice());
    expect(out.reports[0].sentFrom).toBeUndefined();
    expect(dutyOf(out, HOA_SEN.code, '6 tháng đầu năm 2027').map((r) => r.status)).toContain('met');
  });

  it('M: a document reference that mentions an earlier draft still names the document', () => {
    expect(reportHasEvidence({ docRef: 'Báo cáo số 31/BC-MNHS ngày 10/6/2027 (thay bản dự thảo đã gửi)', link: '' })).toBe(true);
  });

  it('L: a Google Docs link pasted in the document field without digits still counts', () => {
    expect(reportHasEvidence({ docRef: 'https://docs.google.com/document/d/abcdefGHIJK/edit', link: '' })).toBe(true);
  });

  it('L: a OneDrive short link written without https counts as the Drive one does', () => {
    expect(reportHasEvidence({ docRef: '', link: '1drv.ms/w/s!AbcDef' })).toBe(true);
  });

  it('M: "Nơi nhận tờ trình Bằng khen UBND tỉnh" written without brackets gives the province only', () => {
    const org = { ...config().organisation, kind: 'truong' as const, governingBody: '', parentAuthority: 'Ủy ban nhân dân phường Minh Tân', provinceAddressee: 'Chủ tịch UBND tỉnh Lào Cai, qua UBND phường Minh Tân' };
    expect(provinceAuthority(org as never)).toBe('Ủy ban nhân dân tỉnh Lào Cai');
  });

  it('L: a receipt to an address no school lists does not list the chosen school\'s overdue reports', () => {
    const sent = new Date(2027, 4, 20, 9);
    const { cfg, out } = office(new Date(2027, 4, 21), [[sent, 'nguoila@gmail.com', HOA_SEN.name, '6 tháng đầu năm 2027', '31/BC-MNHS', 'Tóm tắt', '']]);
    const [receipt] = reportReceipts(out, cfg, new Date(sent.getTime() + DAY));
    expect(receipt.email.to).toContain('nguoila@gmail.com');
    expect(receipt.email.body).not.toContain('Các kỳ báo cáo còn thiếu');
  });
});
