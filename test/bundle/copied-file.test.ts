// A copy of the office's file ("Tạo bản sao") copies its bound script, and may carry the original's script properties:
// its forms, its schools' views, the outbox's journal. Nothing but Thiết lập runs in the copy, and Thiết lập forgets
// the original's state: the original's forms keep sending their answers to the original, its schools get nothing twice.
import { describe, expect, it } from 'vitest';
import { COPIED_FILE } from '../../src/core/messages';
import { typeIntoTab } from '../../scripts/season';
import { SCHOOLS, directoryRows, individualAnswers, officeAfterSetup } from './helpers';

describe('a copy of the office file, carrying its script properties', () => {
  it('refuses every run but Thiết lập, which starts the copy afresh with forms of its own', () => {
    const { emu, bundle } = officeAfterSetup();
    const original = emu.spreadsheets.active;
    const formId = emu.properties.script.get('form.registration.id')!;
    emu.forms.submitAsUser(formId, individualAnswers('teacher') as never, { email: SCHOOLS[0].emails[0], at: new Date(emu.clock.now() + 60_000) });
    const sent = emu.mail.sent.length;
    expect(sent).toBeGreaterThan(0);
    expect(emu.properties.script.get('spreadsheet.id')).toBe(original.id);

    // The copy: another file, the same script properties.
    const copy = emu.spreadsheets.store.create('Bản sao của Thi đua');
    emu.spreadsheets.store.active = copy;
    for (const job of ['rebuildSummaries', 'sendReminders', 'sendWeeklyDigest', 'previewProposals']) {
      expect(() => bundle.call(job, undefined, { kind: 'menu' }), job).toThrow(COPIED_FILE.refused);
    }
    expect(emu.mail.sent.length).toBe(sent);
    expect(emu.forms.forms.get(formId)!.destination!.fileId).toBe(original.id);

    bundle.call('setup', undefined, { kind: 'menu' });
    expect(emu.spreadsheets.ui.at(-1)!.message.startsWith(COPIED_FILE.forgotten)).toBe(true);
    typeIntoTab(emu, 'Đơn vị', directoryRows(SCHOOLS));
    bundle.call('setup', undefined, { kind: 'menu' });
    expect(emu.spreadsheets.ui.at(-1)!.message).not.toContain(COPIED_FILE.forgotten);
    // The original's forms still answer to the original; the copy has its own.
    expect(emu.forms.forms.get(formId)!.destination!.fileId).toBe(original.id);
    const own = emu.properties.script.get('form.registration.id')!;
    expect(own).not.toBe(formId);
    expect(emu.forms.forms.get(own)!.destination!.fileId).toBe(copy.id);
    expect(emu.properties.script.get('spreadsheet.id')).toBe(copy.id);
    expect(emu.mail.sent.length).toBe(sent);
    // From now on the copy runs as itself.
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(emu.runtime.executions.at(-1)!.error).toBeUndefined();
  });
});
