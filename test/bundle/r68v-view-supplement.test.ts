// Review r68v: the council's "Yêu cầu bổ sung" and a school's view when the council's comments are not published (the
// default: "Công bố nhận xét của Hội đồng cho trường" = Không). The school is e-mailed the request with the council's
// comment word for word (README, "Thẩm định": "Yêu cầu bổ sung" gửi thư cho trường một lần, kèm nguyên văn nhận xét);
// its view, which the same e-mails link to as the place to follow its registrations, keeps saying the registration is
// "Đạt" with nothing to supplement, and its counts line "0 cần bổ sung". A principal on a deadline who opens the view
// from the e-mail reads that nothing is asked of the school.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, decide, individualAnswers, officeAfterSetup, setConfigValues } from './helpers';
import { rebuild, viewText } from './period-end-lib';

const HOA_BINH = SCHOOLS[1];
const COMMENT = 'Bổ sung minh chứng sáng kiến (bản quyết định công nhận) trước ngày 15/12/2024.';

function office(publish = false) {
  const o = officeAfterSetup(SCHOOLS);
  setConfigValues(o.emu, { 'schoolViews.enabled': 'Có', ...(publish ? { 'schoolViews.publishComments': 'Có' } : {}) });
  const sent = o.emu.forms.submitAsUser(o.formId, { ...individualAnswers('teacher'), [Q.school]: HOA_BINH.name }, { email: HOA_BINH.emails[0] });
  rebuild(o);
  return { o, id: viewText(o, HOA_BINH.code).match(/DK-\d+/)![0], responseId: sent.responseId };
}

/** The view's row of registration `id`, its cells joined. */
const viewRow = (o: ReturnType<typeof officeAfterSetup>, id: string) => viewText(o, HOA_BINH.code).split('\n').join('|').split(id)[1]?.split('DK-')[0] ?? '';

describe('r68v: the council asks a school to supplement a registration, comments not published', () => {
  it('the school is e-mailed the request and its comment, but its view still says "Đạt", nothing to supplement', () => {
    const { o, id } = office();
    expect(viewRow(o, id)).toContain('Đạt');
    decide(o, id, 'Yêu cầu bổ sung', COMMENT);
    rebuild(o);
    o.emu.triggers.runDueTimeTriggers(o.emu.clock.now() + 3600_000);
    // The request went to the school, with the comment.
    const mails = o.emu.mail.sent.filter((m) => String(m.to).includes(HOA_BINH.emails[0]) && String(m.body).includes(COMMENT));
    expect(mails.length).toBeGreaterThan(0);
    // Its view says what the e-mail asked: the registration is not done with.
    const view = viewText(o, HOA_BINH.code);
    expect(view).not.toMatch(/1 đạt, 0 chưa đạt, 0 cần bổ sung/);
    expect(viewRow(o, id)).toMatch(/[Yy]êu cầu bổ sung|Hội đồng/);
  });

  it('control (holds today): with the comments published, the view shows the request and its comment', () => {
    const { o, id } = office(true);
    decide(o, id, 'Yêu cầu bổ sung', COMMENT);
    rebuild(o);
    expect(viewRow(o, id)).toContain(COMMENT);
    expect(viewRow(o, id)).toMatch(/Yêu cầu bổ sung/);
  });
});
