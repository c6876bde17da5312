// r72g: Thiết lập in a copy of the office's file says what the copy will do once set up: it "gửi thư nhắc hạn, thư tổng
// hợp cho các trường ở trang “Đơn vị”". The weekly digest goes to the office's own staff ("Người nhận thư tổng hợp" in
// "Cấu hình"), never to a school (src/jobs/digest.ts): the sentence told the clerk the schools would get it.
import { describe, expect, it } from 'vitest';
import { COPIED_FILE } from '../../src/core/messages';
import { SCHOOLS, officeAfterSetup, setConfigValues } from './helpers';

const STAFF = 'thuongtruc@example.gov.vn';

describe('r72g: whom the weekly digest goes to, as the copy\'s Thiết lập says it', () => {
  it('the digest goes to "Người nhận thư tổng hợp", not to the schools of "Đơn vị" (fact)', () => {
    const o = officeAfterSetup();
    setConfigValues(o.emu, { 'mail.digestRecipients': STAFF });
    o.bundle.call('setup', undefined, { kind: 'menu' });
    const before = o.emu.mail.sent.length;
    o.bundle.call('sendWeeklyDigest', undefined, { kind: 'timeTrigger' });
    const sent = o.emu.mail.sent.slice(before);
    expect(sent.length).toBe(1);
    expect(sent[0].to).toContain(STAFF);
    const schoolAddresses = SCHOOLS.flatMap((s) => s.emails);
    expect(sent.filter((m) => schoolAddresses.some((a) => m.to.includes(a)))).toEqual([]);
  });

  it('the copy\'s message does not promise the schools the weekly digest', () => {
    const sentence = COPIED_FILE.forgotten.split(/\.\s/).find((s) => s.includes('thư tổng hợp'))!;
    expect(sentence).not.toMatch(/thư tổng hợp cho các trường/);
    expect(sentence).toContain('thư nhắc hạn cho các trường');
    expect(sentence).toContain('thư tổng hợp hằng tuần cho người nhận ở mục “Người nhận thư tổng hợp”');
  });
});
