// Review r70u (reading the sample's e-mails as a school would): the confirmation of DK-000002 (02/10/2026), a person
// whose school years 2026-2027 and 2027-2028 are answered "Chưa công tác", says in one "Lưu ý": "Tiêu chí sẽ đạt nếu năm
// học 2028-2029 được xếp loại “Hoàn thành xuất sắc nhiệm vụ”: ghi kết quả vào phiếu từ ngày 01/06/2029" and then
// "Cá nhân chưa được đề nghị khen thưởng … (sớm nhất từ ngày 01/06/2027, khi kết quả năm học 2026-2027 được tính)" —
// a year the person did not work, two years before the day the sentence before gives. validate.ts
// pendingExcellentYear takes `earliest` from laterYears, which does not leave out the years not worked ("Chưa công
// tác", "Mới tuyển dụng") that `open` leaves out. The earliest day is never one of a year the answers say was not worked.
import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/core/evaluate';
import { confirmationEmail } from '../../src/core/emails';
import { Q, WORK_CHOICES, schoolYearRow } from '../../src/core/registration-form';
import { answersToRow, config, directoryRows, form, headerRow, individualAnswers, SCHOOLS } from './helpers';

describe('r70u: the "sớm nhất từ ngày" of a confirmation skips the school years not worked', () => {
  it('2021-2022 and 2022-2023 "Chưa công tác": not "sớm nhất từ ngày 01/06/2022, khi kết quả năm học 2021-2022 được tính"', () => {
    // 05/12/2021, the first school year of the sample plan's 2021–2025 period; the interim review is on 11/06/2023.
    const today = new Date(2021, 11, 5);
    const cfg = config(today);
    const f = form(cfg);
    const a = individualAnswers('manager', cfg);
    a[Q.individualRatings] = { ...(a[Q.individualRatings] as Record<string, string>), [schoolYearRow(2021)]: WORK_CHOICES.notEmployed, [schoolYearRow(2022)]: WORK_CHOICES.notEmployed };
    const out = evaluateAll({ config: cfg, directoryRows: directoryRows(), responseValues: [headerRow(f), answersToRow(f, a, new Date(today.getTime() - 86_400_000), SCHOOLS[0].emails[0])] });
    const body = confirmationEmail(out.registrations[0], cfg.organisation, null).body;
    const note = body.split('\n').find((l) => l.startsWith('Lưu ý: Tiêu chí'));
    expect(note, body).toBeDefined();
    // The sentence before names the first year that can still make it (2023-2024); the earliest day agrees with it.
    expect(note).toContain('năm học 2023-2024');
    expect(note).not.toContain('sớm nhất từ ngày 01/06/2022, khi kết quả năm học 2021-2022 được tính');
  });
});
