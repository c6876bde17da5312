// r72g: the "Lịch chạy" of "Tiếp tục tạo văn bản đề nghị khen thưởng" in "Tình trạng" said it runs "khi một lần tạo
// văn bản chưa làm xong trong thời gian cho phép". It also comes back when the account's daily quota of new documents
// ran out (the next day, once the quota is given back: src/jobs/proposals.ts), the case an office meets with many
// nominees on a consumer account.
import { describe, expect, it } from 'vitest';
import { councilOffice, madeEarlierToday } from './helpers';

const LABEL = 'Tiếp tục tạo văn bản đề nghị khen thưởng';

describe('r72g: when "Tiếp tục tạo văn bản đề nghị khen thưởng" runs', () => {
  const o = councilOffice();
  o.decide([2, 3, 4]);
  // 1,500 documents a day on a Workspace account; the 8 templates Thiết lập made are counted already: 2 are left.
  madeEarlierToday(o.emu, 'doc', 1498 - 8);
  o.bundle.call('generateProposals', undefined, { kind: 'menu' });
  const waits = o.emu.triggers.find('continueProposals').map((t) => t.clock!.nextAt - o.emu.clock.now());
  const row = o.emu.spreadsheets.values('Tình trạng').map((r) => r.map(String)).find((r) => r[0] === LABEL)!;

  it('after the daily quota of documents ran out, it comes back about a day later (fact)', () => {
    expect(o.emu.docs.remainingCreates()).toBe(0);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(20 * 3600_000);
  });

  it('its "Lịch chạy" names the quota', () => {
    expect(row[4]).toContain('hạn mức');
  });
});
