// Review r66b: the secretary types the meeting's day with next year's year ("01/07/2025" for 01/07/2024), then the clerk
// makes the documents the same day. The tool takes a meeting day after the batch's for "a typing slip" (src/core/proposals.ts,
// the Biên bản's date) — the dossier must then agree with itself, and the office be told which cell to put right.
import { describe, expect, it } from 'vitest';
import { holdCouncilMeeting } from '../../scripts/documents';
import { typeCell } from '../../scripts/user';
import { COUNCIL_FIELDS, COUNCIL_TAB } from '../../src/core/messages/proposals';
import { alertsShown } from './helpers';
import { live, meetingOffice, text, type Office } from './r66b-lib';


function meetingTypedNextYear(): Office {
  const o = meetingOffice();
  expect(o.emu.clock.date().getFullYear()).toBe(2024);
  const at = o.emu.spreadsheets.values(COUNCIL_TAB).findIndex((r) => r[0] === COUNCIL_FIELDS.date) + 1;
  typeCell(o.emu, COUNCIL_TAB, at, 2, '01/07/2025');
  return o;
}

describe('r66b: the meeting day typed a year late', () => {
  it('nothing is made — the Biên bản would be dated the batch\'s day and the Tờ trình and Quyết định cite the typed one — and the office is told which cell to put right, with both days', () => {
    const o = meetingTypedNextYear();
    const alerts = alertsShown(o.emu).length;
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    expect(live(o)).toEqual([]);
    const said = alertsShown(o.emu).slice(alerts).join('\n');
    expect(said).toMatch(/^Chưa tạo văn bản đề nghị khen thưởng nào/);
    expect(said).toContain(`mục “${COUNCIL_FIELDS.date}” ở trang “${COUNCIL_TAB}” ghi ngày 01/07/2025, sau ngày làm văn bản (01/07/2024)`);
    // The preview says the same.
    o.bundle.call('previewProposals', undefined, { kind: 'menu' });
    expect(alertsShown(o.emu).slice(alerts + 1).join('\n')).toContain('ghi ngày 01/07/2025, sau ngày làm văn bản');
  });

  it('the day put right: the Biên bản, the Tờ trình and the draft Quyết định give the one meeting day', () => {
    const o = meetingTypedNextYear();
    const at = o.emu.spreadsheets.values(COUNCIL_TAB).findIndex((r) => r[0] === COUNCIL_FIELDS.date) + 1;
    typeCell(o.emu, COUNCIL_TAB, at, 2, '01/07/2024');
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const docs = live(o).filter((d) => /^(Biên bản|Tờ trình|Dự thảo Quyết định)/.test(d.name));
    expect(docs.map((d) => d.name.split(' ')[0]).sort()).toEqual(['Biên', 'Dự', 'Tờ']);
    for (const d of docs) {
      expect(text(o, d.id), d.name).toContain('ngày 01 tháng 7 năm 2024');
      expect(text(o, d.id), d.name).not.toContain('năm 2025');
    }
  });

  it('a batch stopped by failures on 01/07, the council meeting again on 08/07 before the clerk clicks again: no document of the dossier is dated before the meeting it cites', () => {
    const o = meetingOffice();
    const reviewed = o.reviewed;
    // Drive refuses the second copy three times in a row: the batch stops ("failed") with one document made.
    const HANDLER = 'continueProposals';
    const continuations = () => o.emu.triggers.triggers.filter((t) => t.handler === HANDLER);
    o.emu.runtime.failOn('File.makeCopy', 2, 'Service error: Drive');
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    for (let i = 0; i < 2; i++) {
      o.emu.runtime.failOn('File.makeCopy', 1, 'Service error: Drive');
      o.emu.triggers.runDueTimeTriggers(Math.max(continuations()[0].clock!.nextAt, o.emu.clock.now() + 61_000));
    }
    expect(continuations()).toHaveLength(0);
    expect(JSON.parse(o.emu.properties.script.get('proposals.run')!).status).toBe('failed');
    // A week later the council meets again (the secretary types the new meeting over the old one) and the clerk clicks.
    o.emu.clock.advance(7 * 24 * 3600_000);
    holdCouncilMeeting(o.emu, [...reviewed.keys()], reviewed, 0);
    const day = o.emu.clock.date();
    expect(day.getDate()).toBe(8);
    // The preview shows the batch the click will start (dated today), not a refusal.
    const alerts = alertsShown(o.emu).length;
    o.bundle.call('previewProposals', undefined, { kind: 'menu' });
    expect(alertsShown(o.emu).slice(alerts).join('\n')).not.toContain('sau ngày làm văn bản');
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    for (let n = 0; continuations().length > 0 && n < 20; n++) o.emu.triggers.runDueTimeTriggers(Math.max(continuations()[0].clock!.nextAt, o.emu.clock.now() + 61_000));
    const toTrinh = live(o).filter((d) => d.name.startsWith('Tờ trình') && !d.name.startsWith('[KHÔNG DÙNG]')).at(-1)!;
    const t = text(o, toTrinh.id);
    // It cites the meeting of 08/07…
    expect(t).toContain('ngày 08 tháng 7 năm 2024');
    // …so it is not dated 01/07, a week before that meeting.
    expect(t).not.toContain('ngày 01 tháng 7 năm 2024');
  });
});
