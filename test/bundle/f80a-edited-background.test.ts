// Fix helper f80a F1 (left open by f79a and d79): a batch that ends in a background continuation. The former clerk
// completed the draft Quyết định by hand; after the handover her colleague fills an item of "Cấu hình" and chooses "Tạo
// văn bản đề nghị khen thưởng". Google refuses the copy of the new draft once (a passing error): the alert says the tool
// goes on by itself and to follow the batch in "Đề nghị khen thưởng", and she walks away. The continuation makes the new
// draft and replaces the completed one — and, running in the background, shows no alert. The warning that the replaced
// draft had been edited by hand was then only in that row's "Ghi chú": the top of the tab (where the alert sent her) and
// the continuation's line in "Tình trạng" said only «Đã tạo xong».
import { describe, expect, it } from 'vitest';
import { PROPOSAL_HEADER, PROPOSAL_TAB } from '../../src/core/messages';
import { alertsShown, setConfigValues } from './helpers';
import { live, text } from './r66b-lib';
import { COMPETENCE, REWARD, draftCompletedByHand } from './r79h-lib';

const DAY = 24 * 3600_000;
const EDITED = /được sửa sau khi công cụ tạo/;
const HANDLER = 'continueProposals';

describe('a hand-completed draft replaced by a batch that finished in a background continuation', () => {
  it('the top of "Đề nghị khen thưởng" and the continuation\'s line in "Tình trạng" say it was edited', () => {
    const { o, draft } = draftCompletedByHand();
    o.emu.clock.advance(2 * DAY);
    setConfigValues(o.emu, { 'legal.competence': COMPETENCE });
    // The copy of the new draft is refused once: the batch goes on in a continuation a minute later.
    o.emu.runtime.failOn('File.makeCopy', 1, 'Service error: Drive');
    const alerts = alertsShown(o.emu).length;
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const told = alertsShown(o.emu).slice(alerts).join('\n');
    const continuations = () => o.emu.triggers.triggers.filter((t) => t.handler === HANDLER);
    // The control: she was told the tool goes on by itself; nothing was replaced yet.
    expect(continuations()).toHaveLength(1);
    expect(told).not.toMatch(EDITED);
    for (let n = 0; continuations().length > 0 && n < 5; n++) {
      o.emu.triggers.runDueTimeTriggers(Math.max(continuations()[0].clock!.nextAt, o.emu.clock.now() + 61_000));
    }
    expect(continuations()).toHaveLength(0);
    const current = live(o).filter((d) => d.name.startsWith('Dự thảo Quyết định') && d.id !== draft.id);
    expect(current).toHaveLength(1);
    expect(text(o, current[0].id)).not.toContain(REWARD);
    // The continuation showed nothing (no one at the keyboard).
    expect(alertsShown(o.emu).length).toBe(alerts + 1);
    const values = o.emu.spreadsheets.values(PROPOSAL_TAB);
    const header = values.findIndex((r) => r[0] === PROPOSAL_HEADER[0] && r[1] === PROPOSAL_HEADER[1]);
    expect(header).toBeGreaterThan(0);
    const top = values.slice(0, header).map((r) => r.map(String).join(' ')).join('\n');
    expect(top).toContain('Đã tạo xong');
    expect(top).toMatch(EDITED);
    expect(top).toContain(draft.name.replace(/^\[KHÔNG DÙNG\] /, ''));
    const health = o.emu.spreadsheets.values('Tình trạng').map((r) => r.map(String).join(' | '));
    const line = health.find((l) => l.startsWith('Tiếp tục tạo văn bản đề nghị khen thưởng'));
    expect(line).toBeDefined();
    expect(line).toMatch(/sửa sau khi công cụ tạo/);
  });
});
