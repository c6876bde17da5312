// Lateness is judged by when a registration was first sent (the register of codes keeps that time): the tool itself
// asks schools to edit their registrations after the window (ratings that count from later days), and such an edit
// must neither make a registration sent in time late nor move the school year it counts for.
import { describe, expect, it } from 'vitest';
import { CONFIRMATION } from '../../src/core/messages';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

describe('a registration sent in time and edited after the window', () => {
  it('is not late: neither its second confirmation nor its note says so, while one first sent then is', () => {
    // The plan's window closes on 31/05/2023.
    const ctx = officeAfterSetup(SCHOOLS, { now: new Date(2023, 4, 20, 8, 0, 0) });
    const school = SCHOOLS[0];
    const teacher = (name: string) => ({ ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: name });
    const sent = ctx.emu.forms.submitAsUser(ctx.formId, teacher('Lê Thị Hoa'), { email: school.emails[0] });
    ctx.emu.clock.set(new Date(2023, 5, 20, 9, 0, 0).getTime());
    ctx.emu.forms.submitAsUser(ctx.formId, { ...teacher('Lê Thị Hoa'), [Q.partyMember]: 'Có' }, { email: school.emails[0], editResponseId: sent.responseId });
    ctx.emu.forms.submitAsUser(ctx.formId, teacher('Trần Văn Nam'), { email: school.emails[0] });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });

    const mails = ctx.emu.mail.to(school.emails[0]).filter((m) => m.subject.includes('Đã nhận phiếu'));
    const about = (name: string) => mails.filter((m) => m.subject.includes(name));
    expect(about('Lê Thị Hoa')).toHaveLength(2);
    for (const m of about('Lê Thị Hoa')) expect(m.body).not.toContain('sau thời hạn đăng ký');
    // The edit's confirmation says when it was first sent, which is what counts.
    expect(about('Lê Thị Hoa').map((m) => m.body.includes(CONFIRMATION.firstSent('08:00:00 ngày 20/05/2023')))).toEqual([false, true]);
    expect(about('Trần Văn Nam')).toHaveLength(1);
    expect(about('Trần Văn Nam')[0].body).toContain(CONFIRMATION.late('Phòng', '31/05/2023'));

    const results = ctx.emu.spreadsheets.values('Kết quả kiểm tra');
    const row = (name: string) => results.find((r) => r.includes(name))!.join(' ');
    expect(row('Lê Thị Hoa')).not.toContain('sau thời hạn đăng ký');
    expect(row('Trần Văn Nam')).toContain('Phiếu gửi ngày 20/06/2023, sau thời hạn đăng ký (31/05/2023)');
  });
});

describe('a registration sent in time, replaced by one of the same subject sent after the window', () => {
  it('the notice of the replacement says so, with the last day, and how to have the earlier one considered again (review mail H3)', () => {
    const ctx = officeAfterSetup(SCHOOLS, { now: new Date(2023, 4, 20, 9, 0, 0) });
    const school = SCHOOLS[0];
    const lan = { ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: 'Trần Thị Lan', [Q.birthYear]: '1985' };
    ctx.emu.forms.submitAsUser(ctx.formId, lan, { email: school.emails[0] });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    ctx.emu.clock.advance(14 * 86_400_000); // 03/06/2023: the window closed on 31/05/2023
    ctx.emu.forms.submitAsUser(ctx.formId, lan, { email: school.emails[0] });
    const n = ctx.emu.mail.sent.length;
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const notices = ctx.emu.mail.sent.slice(n).filter((m) => /đã được thay bằng phiếu/.test(m.subject));
    expect(notices).toHaveLength(1);
    const [old, by] = /Phiếu (DK-\d+) đã được thay bằng phiếu (DK-\d+)/.exec(notices[0].subject)!.slice(1);
    expect(notices[0].body).toContain(`Lưu ý: phiếu ${old} được gửi trong hạn đăng ký, còn phiếu ${by} được gửi sau hạn (hết ngày 31/05/2023)`);
    expect(notices[0].body).toContain(`đề nghị liên hệ Phòng để được xét lại phiếu đó.`);
    expect(notices[0].htmlBody).toContain(`>Phiếu ${old} gửi trong hạn không còn được xét; phiếu ${by} thay cho phiếu đó gửi sau hạn.</div>`);
  });
});
