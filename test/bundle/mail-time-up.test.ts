// A run whose time runs short before every e-mail due is sent (a large office's reminders, review scale L1): what is
// left stays "Chờ gửi" saying why and when it goes, and the next run sends it — never twice.
import { describe, expect, it } from 'vitest';
import { OUTBOX_NOTE } from '../../src/core/messages';
import { numberedSchools, officeAfterSetup } from './helpers';

describe('mail left when a run runs out of time', () => {
  it('says so on its row; the next run sends it, each once', () => {
    // Ten seconds an e-mail: a run sends a couple of dozen before its time is up.
    const ctx = officeAfterSetup(numberedSchools(40), { modelLatency: true, latency: { 'MailApp.sendEmail': 10_000 } });
    ctx.emu.clock.set(new Date(2024, 11, 1, 7, 0, 0));
    ctx.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    const rows = () => {
      const v = ctx.emu.spreadsheets.values('Hộp thư đi');
      const h = v[0].map(String);
      return v.slice(1).map((r) => ({ status: String(r[h.indexOf('Trạng thái')]), note: String(r[h.indexOf('Ghi chú')]) }));
    };
    const sent = ctx.emu.mail.sent.length;
    expect(sent).toBeGreaterThan(0);
    const left = rows().filter((r) => r.status === 'Chờ gửi');
    expect(left.length).toBeGreaterThan(0);
    expect(left.every((r) => r.note === OUTBOX_NOTE.nextRun)).toBe(true);
    // The next run (the morning's update) sends the rest; nobody gets one twice.
    ctx.emu.clock.advance(3600_000);
    for (let k = 0; k < 5 && rows().some((r) => r.status === 'Chờ gửi'); k++) ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(rows().filter((r) => r.status === 'Chờ gửi')).toEqual([]);
    expect(rows().filter((r) => r.note === OUTBOX_NOTE.nextRun)).toEqual([]);
    const to = ctx.emu.mail.sent.map((m) => m.to);
    expect(new Set(to).size).toBe(to.length);
  });
});
