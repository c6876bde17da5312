// A "Yêu cầu bổ sung" letter whose run was stopped just as it was sent (it may have reached the school), waiting for the
// quota, then replaced by the council's corrected comment: its row in "Hộp thư đi" keeps saying it may have reached the
// school (core/outbox.ts retire), and when the council puts the comment back it goes once more, said "may arrive twice"
// (unretire) — it is never silently forgotten, nor taken for one that surely never went.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/core/registration-form';
import { OUTBOX_NOTE, OUTBOX_STATUS } from '../../src/core/messages';
import { SCHOOLS, collectiveAnswers, decide, officeAfterSetup } from './helpers';

type Ctx = ReturnType<typeof officeAfterSetup>;
const rebuild = (ctx: Ctx) => ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
const letters = (ctx: Ctx) => ctx.emu.mail.sent.filter((m) => m.subject.includes('Đề nghị bổ sung'));
/** The request rows of "Hộp thư đi": key, status, note. */
const requestRows = (ctx: Ctx) =>
  (ctx.emu.spreadsheets.values('Hộp thư đi') as unknown[][]).filter((r) => String(r[0]).startsWith('YCBS:DK-000002:')).map((r) => ({ key: String(r[0]), status: String(r[5]), note: String(r[9]) }));

/** Two collectives registered; the council asks DK-000002's school to add something; the run sending it is stopped as it sends. */
function interruptedRequest() {
  const ctx = officeAfterSetup();
  for (let i = 0; i < 2; i++) {
    ctx.emu.clock.advance(60_000);
    ctx.emu.forms.submitAsUser(ctx.formId, { ...collectiveAnswers(), [Q.school]: SCHOOLS[i].name, [Q.collectiveName]: `Tổ ${i + 1}` }, { email: SCHOOLS[i].emails[0] });
  }
  rebuild(ctx);
  decide(ctx, 'DK-000002', 'Yêu cầu bổ sung', 'Bổ sung giấy khen cấp huyen.');
  ctx.emu.runtime.trace = [];
  let armed = true;
  const stop = ctx.emu.runtime.onCall(() => {
    if (armed && ctx.emu.runtime.trace!.includes('MailApp.sendEmail')) {
      armed = false;
      ctx.emu.runtime.killAtCall(1);
    }
  });
  try {
    rebuild(ctx);
  } catch {
    // the stop
  }
  stop();
  ctx.emu.runtime.trace = null;
  const sentBeforeStop = letters(ctx).length;
  // No e-mail left today: the letter that may have gone waits for the quota.
  const quota = ctx.emu.mail.options.dailyQuota;
  ctx.emu.mail.options.dailyQuota = quota - ctx.emu.mail.remaining();
  rebuild(ctx);
  return { ctx, killed: !armed, sentBeforeStop, restore: () => (ctx.emu.mail.options.dailyQuota = quota) };
}

describe('a supplement request that may have gone, then replaced by a corrected comment', () => {
  it('its row, not sent again, still says it may have reached the school; put back, it goes once more, said "may arrive twice"', () => {
    const { ctx, killed, sentBeforeStop, restore } = interruptedRequest();
    expect(killed).toBe(true);
    expect(sentBeforeStop).toBe(1);
    expect(requestRows(ctx)).toHaveLength(1);
    expect(requestRows(ctx)[0].note).toContain(OUTBOX_NOTE.interrupted);
    // The council corrects its comment before the quota is back: the first letter is not sent again.
    ctx.emu.clock.advance(3600_000);
    decide(ctx, 'DK-000002', 'Yêu cầu bổ sung', 'Bổ sung giấy khen cấp huyện.');
    rebuild(ctx);
    const first = requestRows(ctx)[0];
    expect(first.status).toBe(OUTBOX_STATUS.skipped);
    expect(first.note).toBe(`${OUTBOX_NOTE.requestReplaced} ${OUTBOX_NOTE.notResent}`);
    // The council puts its first comment back; the quota is back the next day: that letter goes once more.
    decide(ctx, 'DK-000002', 'Yêu cầu bổ sung', 'Bổ sung giấy khen cấp huyen.');
    restore();
    ctx.emu.clock.advance(25 * 3600_000);
    rebuild(ctx);
    rebuild(ctx);
    expect(letters(ctx)).toHaveLength(2);
    expect(letters(ctx)[1].body).toContain('Bổ sung giấy khen cấp huyen.');
    const again = requestRows(ctx).find((r) => r.key === first.key)!;
    expect(again).toMatchObject({ status: OUTBOX_STATUS.sent, note: OUTBOX_NOTE.maybeTwice });
  });
});
