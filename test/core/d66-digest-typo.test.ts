// Review d66: ea307ef says a digest waiting for the quota waits, "neither sent nor closed", while "Người nhận thư tổng
// hợp" cannot be read; only the office's own emptied row closes it (mailSettingHeld). A row retyped with a slip in its
// only address ("…@gmailcom") cannot be read either, but it leaves digestRecipients empty without holding the setting:
// the waiting digest is closed with DIGEST_NOTE.noRecipients, a note saying the office EMPTIED the row.
import { describe, expect, it } from 'vitest';
import { configFromRows } from '../../src/core/config';
import { planDigest } from '../../src/core/digest';
import { OUTBOX_NOTE } from '../../src/core/messages';
import { PERIOD_2026, configTabRows } from './helpers';

const day17 = new Date(2026, 8, 17, 7);

function cfgWithRecipients(value: string) {
  const today = new Date(2026, 8, 16);
  return configFromRows(configTabRows(today, { ...PERIOD_2026, 'mail.digestRecipients': value }), today);
}

describe('a digest waiting for the quota when the recipients row is retyped with a slip', () => {
  const first = cfgWithRecipients('thuongtruc@example.edu.vn');
  const waiting = planDigest([], first.config, day17, true, 'Tổng hợp').map((e) => ({ ...e, note: OUTBOX_NOTE.quota('07:05 ngày 18/09') }));
  const typo = cfgWithRecipients('thuongtruc@gmailcom');

  it('case under test: one digest waiting; the retyped row is reported unreadable, none left to send to', () => {
    expect(waiting).toHaveLength(1);
    expect(waiting[0].status).toBe('pending');
    expect(typo.errors.some((e) => e.includes('thuongtruc@gmailcom'))).toBe(true);
    expect(typo.config.mail.digestRecipients).toEqual([]);
  });

  it('the waiting digest waits (not closed as if the office had emptied the row)', () => {
    const next = planDigest(waiting, typo.config, new Date(2026, 8, 18, 7), false, 'Tổng hợp');
    expect(next.map((e) => [e.status, e.note])).toEqual([['pending', waiting[0].note]]);
  });
});
