// Review helper r83e F3 (every e-mail as its recipient reads it: a specific subject line). The whole school registers as
// a collective (plan III.1: "toàn đơn vị"), its name as the collective's: «Trường Tiểu học Hòa Bình». The notices about
// its registrations put the collective's name and then the school's after it, so the principal's inbox reads «Phiếu
// DK-000002 đã được thay bằng phiếu DK-000003: Trường Tiểu học Hòa Bình — Trường Tiểu học Hòa Bình» (the sample season's
// 1 February notice: «“Cần bổ sung” từ ngày 01/02/2027: phiếu DK-000007 — Trường Tiểu học và THCS Ban Mai — Trường Tiểu
// học và THCS Ban Mai»). A phone cuts the subject near 40–60 characters: the repetition pushes the school's own word out
// and reads like a fault. src/core/messages/notices.ts replacedSubject / turnedSubject with src/core/emails.ts
// subjectName, which does not know the collective is the school itself (unit-names.ts isSchoolItself).
import { describe, expect, it } from 'vitest';
import { sampleConfig, sampleProfile } from '../../sample/profiles';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, collectiveAnswers, officeAfterSetup } from './helpers';

const HOA_BINH = SCHOOLS[1];

describe('r83e F3: the whole school registered as a collective, sent again', () => {
  it('the notice\'s subject names the school once', () => {
    const start = new Date(2026, 11, 1, 8, 0, 0);
    const cfg = sampleConfig(sampleProfile('xa-2026-2030'), start);
    const o = officeAfterSetup(SCHOOLS, { now: start }, cfg);
    const { emu, bundle, formId } = o;
    const school = (phone: string) => ({ ...collectiveAnswers(cfg), [Q.school]: HOA_BINH.name, [Q.collectiveName]: HOA_BINH.name, [Q.phone]: phone }) as never;
    emu.forms.submitAsUser(formId, school('0987 654 321'), { email: HOA_BINH.emails[0] });
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    emu.clock.set(new Date(2026, 11, 8, 9, 0, 0));
    emu.forms.submitAsUser(formId, school('0912 000 111'), { email: HOA_BINH.emails[0] });
    emu.clock.set(new Date(2026, 11, 9, 1, 0, 0));
    bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const notice = emu.mail.sent.find((m) => m.subject.includes('đã được thay bằng phiếu'));
    expect(notice?.subject).toBeDefined();
    expect(notice!.subject.split(HOA_BINH.name).length - 1).toBe(1);
  });
});
