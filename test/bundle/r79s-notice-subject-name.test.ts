// Review r79s (the school's own view of the season) F3 — Low. Who is hurt: a principal following ten registrations of
// her school on a phone, from the school's second address (the principal's), to which the confirmations — the only
// e-mails that pair a code with a person — never go (they go to the address that sent the form).
// Steps and what she reads in her inbox:
// - Hòa Bình's clerk registers Lê Văn Bình, then registers him again the next day instead of editing: the notice's
//   subject is «[Điển hình tiên tiến] Phiếu DK-000002 đã được thay bằng phiếu DK-000003 — Trường Tiểu học Hòa Bình».
// - A manager of Hoa Sen, "Đạt" before the interim review, turns "Chưa đạt" on its day: «[Điển hình tiên tiến] “Chưa
//   đạt” từ ngày 11/06/2023 (chưa cần làm gì trước 01/06/2024): phiếu DK-000002 — Trường Mầm non Hoa Sen».
// Neither says whose registration it is; she must open each e-mail (or the view) to learn it. Every other e-mail about
// one registration names the person in its subject: the confirmation «Đạt — Đã nhận phiếu DK-… (Lê Văn Bình)», the
// council's «Đề nghị bổ sung hồ sơ phiếu DK-… (Nguyễn Thị An)», «Phiếu DK-… (…) được xét trở lại», «Có thể trùng người:
// phiếu … (…)».
// What should happen: a notice about one registration names its collective or person in the subject, as the others do.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { planConfig } from '../../sample/profiles';
import { managerRatedGood } from '../core/helpers';
import { SCHOOLS, individualAnswers, officeAfterSetup, recipientsOf } from './helpers';

const DAY = 86_400_000;
const HOA_BINH = SCHOOLS[1];

describe('r79s F3: a notice about one registration names whose it is in its subject', () => {
  it('the notice that a registration was replaced', () => {
    const o = officeAfterSetup(SCHOOLS);
    const binh = { ...individualAnswers('teacher'), [Q.school]: HOA_BINH.name, [Q.individualName]: 'Lê Văn Bình', [Q.birthYear]: '1982' } as Record<string, string>;
    o.emu.forms.submitAsUser(o.formId, binh as never, { email: HOA_BINH.emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    o.emu.clock.advance(DAY);
    o.emu.forms.submitAsUser(o.formId, { ...binh, [Q.summary]: `${binh[Q.summary]} Bổ sung số liệu.` } as never, { email: HOA_BINH.emails[0] });
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const notice = o.emu.mail.sent.find((m) => m.subject.includes('đã được thay bằng phiếu'));
    expect(notice, 'the school is told').toBeDefined();
    expect(recipientsOf(notice!)).toContain(HOA_BINH.emails[1]);
    expect(notice!.subject).toContain('Lê Văn Bình');
  });

  it('the notice that a day of the plan turned a registration’s verdict', () => {
    // 02/06/2023: the interim review (11/06/2023) is nine days ahead; a manager rated "tốt" every year registers.
    const o = officeAfterSetup(SCHOOLS, { now: new Date(2023, 5, 2, 8, 0, 0) });
    const cfg = planConfig(new Date(o.emu.clock.now()));
    o.emu.forms.submitAsUser(o.formId, { ...managerRatedGood(cfg), [Q.individualName]: 'Hoàng Văn Đức' }, { email: SCHOOLS[0].emails[0] });
    for (let d = 0; d < 11; d++) {
      o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
      o.emu.clock.advance(DAY);
    }
    const notices = o.emu.mail.sent.filter((m) => /” từ ngày \d/.test(m.subject));
    expect(notices.map((m) => m.subject)).toEqual([expect.stringContaining('“Chưa đạt” từ ngày 11/06/2023')]);
    expect(notices[0].subject).toContain('Hoàng Văn Đức');
  });
});
