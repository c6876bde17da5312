// Review helper r82i F6 (identity of the people who send and edit; who is told). Trường THCS Quang Minh registers its
// teacher Lê Văn Tùng from its own address. The cluster's head school helps its cluster check the registrations: Hòa
// Bình's clerk, with the link Quang Minh forwarded, corrects the phone number from Hòa Bình's address (listed in "Đơn
// vị" for Hòa Bình). The school chosen is still Quang Minh and the registration is Quang Minh's — README (Sổ mã phiếu):
// «người khác sửa phiếu sau đó không làm phiếu đổi chủ». But it is judged by its last editor's address
// (src/core/duplicates.ts emailVerified; src/core/emails.ts sentForAnotherSchool): read as «sent for another school by
// mistake», the council's «Đề nghị bổ sung hồ sơ» letter goes to Hòa Bình's address alone. Quang Minh, which must supply
// what the council asks for its own teacher, is never told, and the deadline passes.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, decide, individualAnswers, officeAfterSetup } from './helpers';

const QUANG_MINH = SCHOOLS[2];
const HOA_BINH = SCHOOLS[1];
const DAY = 86_400_000;
const tung = (phone = '0987 654 321') => ({ ...individualAnswers('teacher'), [Q.school]: QUANG_MINH.name, [Q.individualName]: 'Lê Văn Tùng', [Q.birthYear]: '1984', [Q.phone]: phone }) as never;

describe('r82i F6: the cluster\'s head school corrects a neighbour\'s registration through its edit link', () => {
  it('the council\'s request for more reaches the school that registered the teacher', () => {
    const ctx = officeAfterSetup(SCHOOLS);
    const { emu, bundle, formId } = ctx;
    const sent = emu.forms.submitAsUser(formId, tung(), { email: QUANG_MINH.emails[0] });
    emu.clock.advance(DAY);
    const response = emu.forms.byId(formId)!.responses.find((r) => r.id === sent.responseId)!;
    response.email = HOA_BINH.emails[0];
    emu.forms.submitAsUser(formId, tung('0912 345 679'), { email: HOA_BINH.emails[0], editResponseId: sent.responseId });
    emu.clock.advance(DAY);
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    decide(ctx, 'DK-000002', 'Yêu cầu bổ sung', 'Bổ sung minh chứng sáng kiến kinh nghiệm.');
    emu.clock.advance(3_600_000);
    const before = emu.mail.sent.length;
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(emu.runtime.executions.filter((x) => x.error)).toEqual([]);
    const letters = emu.mail.sent.slice(before).filter((m) => m.subject.includes('DK-000002') && /bổ sung/i.test(m.subject));
    expect(letters).toHaveLength(1);
    expect(letters[0].to).toEqual(expect.arrayContaining(QUANG_MINH.emails));
  });
});
