// Review of 2caf8c5 ("Các lần gửi phiếu"): a submission writes its sending's line only when its run is the register's
// first sighting of it (intake.ts firstSighting). The reminders (and the digest, Thiết lập) read the inputs and save the
// register too: a sending they see before its own trigger answers it is then answered — its confirmation sent — with no
// line, and lost for good once the school edits again before a full run (review versions H1). Now every run that saves
// the register records the sendings it is the first to see (src/jobs/results.ts recordTrails).
import { describe, expect, it } from 'vitest';
import { Q, initiativeTitles } from '../../src/core/registration-form';
import { VERSIONS_HEADER, VERSIONS_TAB } from '../../src/core/messages';
import { SCHOOLS, individualAnswers, officeAfterSetup } from './helpers';

const school = SCHOOLS[0];
const teacher = (name: string, summary: string) => ({ ...individualAnswers('teacher'), [Q.school]: school.name, [Q.individualName]: name, [Q.summary]: summary });
// Her second initiative's name left blank: "Cần bổ sung".
const lacking = (name: string, summary: string) => ({ ...teacher(name, summary), [initiativeTitles(2).name]: '' });
type Ctx = ReturnType<typeof officeAfterSetup>;
const [, CODE, , , , , VERDICT, , , ANSWERS] = VERSIONS_HEADER;

function lines(ctx: Ctx): Record<string, unknown>[] {
  if (!ctx.emu.spreadsheets.sheet(VERSIONS_TAB)) return [];
  const [header, ...rows] = ctx.emu.spreadsheets.values(VERSIONS_TAB);
  return rows.filter((r) => r.some((v) => v !== '' && v != null)).map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

/** `send` with its onFormSubmit trigger held back; the reminders run; then the trigger fires (late, as Apps Script may). */
function sentWhileRemindersRun(ctx: Ctx, send: () => void): void {
  const orig = ctx.emu.triggers.dispatcher!;
  const held: Parameters<typeof orig>[] = [];
  ctx.emu.triggers.dispatcher = (h, ev, kind, w) => (h === 'onFormSubmit' ? void held.push([h, ev, kind, w]) : orig(h, ev, kind, w));
  send();
  ctx.emu.triggers.dispatcher = orig;
  ctx.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
  ctx.emu.clock.advance(20_000);
  for (const args of held) orig(...args);
}

describe('versions (review): a sending the reminders saw before its own trigger answered it', () => {
  it('an edit: its confirmation says "Cần bổ sung", and its line is written with it — not never', () => {
    const ctx = officeAfterSetup(SCHOOLS);
    const first = ctx.emu.forms.submitAsUser(ctx.formId, teacher('Lê Thị Hoa', 'BẢN MỘT') as never, { email: school.emails[0] });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    ctx.emu.clock.advance(3_600_000);
    sentWhileRemindersRun(ctx, () => ctx.emu.forms.submitAsUser(ctx.formId, lacking('Lê Thị Hoa', 'BẢN HAI') as never, { email: school.emails[0], editResponseId: first.responseId }));
    // The school was told.
    expect(ctx.emu.mail.sent.map((m) => m.subject).filter((s) => s.includes('Cần bổ sung — Đã nhận phiếu DK-000002'))).toHaveLength(1);
    const second = () => lines(ctx).filter((l) => l[CODE] === 'DK-000002' && String(l[ANSWERS]).includes('BẢN HAI'));
    expect(second().map((l) => l[VERDICT])).toEqual(['Cần bổ sung']);
    // She corrects it again (her trigger on time), and the night's rebuild runs: the second sending is still there.
    ctx.emu.clock.advance(3_600_000);
    ctx.emu.forms.submitAsUser(ctx.formId, teacher('Lê Thị Hoa', 'BẢN BA') as never, { email: school.emails[0], editResponseId: first.responseId });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(second()).toHaveLength(1);
  });

  it('a new registration: likewise', () => {
    const ctx = officeAfterSetup(SCHOOLS);
    ctx.emu.forms.submitAsUser(ctx.formId, teacher('Trần Văn Nam', 'KHÁC') as never, { email: school.emails[0] });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    ctx.emu.clock.advance(3_600_000);
    let responseId = '';
    sentWhileRemindersRun(ctx, () => (responseId = ctx.emu.forms.submitAsUser(ctx.formId, lacking('Lê Thị Hoa', 'BẢN MỘT') as never, { email: school.emails[0] }).responseId));
    expect(ctx.emu.mail.sent.map((m) => m.subject).filter((s) => s.includes('Cần bổ sung — Đã nhận phiếu DK-000003'))).toHaveLength(1);
    const firstSending = () => lines(ctx).filter((l) => l[CODE] === 'DK-000003' && String(l[ANSWERS]).includes('BẢN MỘT'));
    expect(firstSending().map((l) => l[VERDICT])).toEqual(['Cần bổ sung']);
    ctx.emu.clock.advance(3_600_000);
    ctx.emu.forms.submitAsUser(ctx.formId, teacher('Lê Thị Hoa', 'BẢN HAI') as never, { email: school.emails[0], editResponseId: responseId });
    ctx.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    expect(firstSending()).toHaveLength(1);
  });
});
