// Review r73r (the people who fill in the form) F6: the principal reads the reminder before the office's milestone
// ("Nhắc mốc 31/12/2024: hội nghị biểu dương…"). It lists eight reports and the plan still missing, each "gửi qua biểu
// mẫu báo cáo, mục “Kỳ báo cáo” chọn …" — and gives no address of that form anywhere: the reminders before a report's own
// deadline do ("mở biểu mẫu báo cáo tại https://…"). She has to dig out an e-mail of months ago, or call the office.
import { describe, expect, it } from 'vitest';
import { SCHOOLS, officeAfterSetup } from './helpers';

const school = SCHOOLS[1];

describe('a reminder before the office’s milestone that lists reports to send (r73r F6)', () => {
  it('gives the report form’s address, as a report deadline’s reminder does', () => {
    const o = officeAfterSetup();
    const url = o.emu.forms.forms.get(o.reportFormId)!.publishedUrl;
    const mails: { subject: string; body: string }[] = [];
    // The reminders the school receives in December 2024: a report's deadline (15/12), then the milestone (31/12).
    for (let day = 1; day <= 30; day++) {
      o.emu.clock.advance(new Date(2024, 11, day, 8).getTime() - o.emu.clock.now());
      const before = o.emu.mail.sent.length;
      o.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
      mails.push(...o.emu.mail.sent.slice(before).filter((m) => m.to.includes(school.emails[0])));
    }
    const report = mails.find((m) => m.subject.includes('Nhắc hạn 15/12/2024'))!;
    expect(report.body).toContain(url);
    const milestone = mails.find((m) => m.subject.includes('Nhắc mốc 31/12/2024'))!;
    expect(milestone.body).toContain('gửi qua biểu mẫu báo cáo');
    expect(milestone.body).toContain(url);
  });
});
