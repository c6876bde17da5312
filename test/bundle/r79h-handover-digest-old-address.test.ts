// Handover mid-season (review r79h F4): the clerk who set the tool up fell ill; her colleague takes the tool over with
// her own account as the guide's step 14 says (files shared, Thiết lập → “Có”). "Người nhận thư tổng hợp" in "Cấu hình"
// still holds the former clerk's address, as she had set it. Thiết lập answers only «Đã thiết lập xong…»; the guide's
// step 14 and README's "Bàn giao" name only «Liên hệ của cơ quan» to correct; "Tình trạng" then reads «Gửi thư tổng hợp
// hằng tuần · Thành công · Đã gửi 1 thư.». The weekly digest — the office's one summary of what changed — keeps going
// to the sick colleague's inbox every Monday, and the clerk now running the office never receives it nor learns why.
import { describe, expect, it } from 'vitest';
import { configLabel } from '../../src/core/messages';
import { alertsShown, asUser, officeAfterSetup, setConfigValues } from './helpers';

const B = 'canbo.moi@phonggd.example.vn';
const WEEK = 7 * 24 * 3600_000;

describe('the weekly digest after a handover', () => {
  it('the handover tells the new clerk whom the digest goes to and where to change it', () => {
    const { emu, bundle } = officeAfterSetup();
    const A = emu.identity.activeUser;
    setConfigValues(emu, { 'mail.digestRecipients': A });
    // What the former account hands over (handover.test.ts shareWith): the forms, the templates, the sheet.
    const p = emu.properties.script;
    const ids = ['form.registration.id', 'form.report.id', ...[...p.keys()].filter((k) => k.startsWith('proposals.template.') && /^[\w-]{10,}$/.test(p.get(k) ?? ''))].map((k) => p.get(k)!);
    for (const id of ids) emu.sharing.acl(id)!.addEditor(B);
    emu.spreadsheets.active.acl.addEditor(B);
    emu.spreadsheets.active.answers.push('YES');
    const before = alertsShown(emu).length;
    asUser(emu, B, () => bundle.call('setup', undefined, { kind: 'menu' }));
    const told = alertsShown(emu).slice(before).join('\n');
    // The control: the handover went through, and the next Monday's digest went to the former clerk only.
    expect(emu.triggers.triggers.some((t) => t.owner === B && t.handler === 'sendWeeklyDigest')).toBe(true);
    const sent = emu.mail.sent.length;
    emu.triggers.runDueTimeTriggers(emu.clock.now() + WEEK + 3600_000);
    const digests = emu.mail.sent.slice(sent).filter((m) => m.subject.includes('Tổng hợp hằng tuần'));
    expect(digests.map((m) => String(m.to))).toEqual([A]);
    // What she should have been told when she took the tool over: the digest's recipients, and the item to change.
    expect(told).toContain(configLabel('mail.digestRecipients'));
    expect(told).toContain(A);
    // And the guide's handover step (tab "Hướng dẫn") names that item beside "Liên hệ của cơ quan".
    const step = emu.spreadsheets.values('Hướng dẫn').map((r) => String(r[0])).find((l) => l.includes('Bàn giao cho cán bộ khác'));
    expect(step).toBeDefined();
    expect(step).toContain(configLabel('mail.digestRecipients'));
  });
});
