// Review d69c of w69r (the mail of test/core/d69c-empty-code.test.ts): Hoa Sen and Hòa Bình have no code in "Đơn vị"
// (new schools whose codes are not given yet). Since w69r they are reminded (the key names them by their names); Hòa
// Bình, which registered an individual in 2022-2023, is told on 17/05/2023 (14 days before the window closes) that it
// registered no individual — Hoa Sen's gap, read by the empty code.
import { describe, expect, it } from 'vitest';
import { SCHOOLS, officeAfterSetup } from './helpers';
import { managerRatedGood } from '../core/helpers';
import { planConfig } from '../../sample/profiles';
import { Q } from '../../src/core/form-titles';

const [HOA_SEN, HOA_BINH] = SCHOOLS;

describe('review d69c: two schools with no code in "Đơn vị"', () => {
  it("Hòa Bình's reminder lists its own gaps, not Hoa Sen's", () => {
    const list = SCHOOLS.map((s) => (s === HOA_SEN || s === HOA_BINH ? { ...s, code: '' } : s));
    const o = officeAfterSetup(list, { now: new Date(2023, 3, 2, 8, 0, 0) });
    const cfg = planConfig(new Date(o.emu.clock.now()));
    o.emu.forms.submitAsUser(o.formId, { ...managerRatedGood(cfg), [Q.school]: HOA_BINH.name, [Q.individualName]: 'Nguyễn Văn Bình' }, { email: HOA_BINH.emails[0] });
    o.emu.clock.set(new Date(2023, 4, 17, 7, 0, 0).getTime());
    o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    const before = o.emu.mail.sent.length;
    o.emu.clock.set(new Date(2023, 4, 17, 8, 40, 0).getTime());
    o.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    expect(o.emu.runtime.executions.filter((e) => e.error).map((e) => `${e.label}: ${e.error}`)).toEqual([]);
    const mails = o.emu.mail.sent.slice(before).filter((m) => m.to.includes(HOA_BINH.emails[0]) && m.subject.includes('hạn 31/05/2023'));
    expect(mails).toHaveLength(1);
    expect(String(mails[0].body)).not.toContain('chưa gửi phiếu đăng ký cá nhân nào');
  });
});
