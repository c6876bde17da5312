// Handover mid-season (review r79h F1): the clerk who made the award documents completed the draft Quyết định by hand,
// as its row in "Đề nghị khen thưởng" invites («Điền trong dự thảo trước khi trình ký, hoặc ghi vào trang “Cấu
// hình”…»): she typed the reward clause into the document. Then she fell ill. The colleague who takes over knows only
// what the sheet shows: the row still says «Dự thảo còn dòng “[… — cơ quan bổ sung]”…», so she fills one of the items
// named there in "Cấu hình" and chooses "Xem trước…" and then "Tạo văn bản đề nghị khen thưởng", as the guide says.
// The tool makes a new draft that has the gap again ("[Tiền thưởng … — cơ quan bổ sung]") and lists the completed one
// as «Đã thay thế»; neither the preview nor the run says that the draft it replaces had been edited after the tool
// made it. The hand-completed work drops out of the current set without a word, and she has to find and redo it.
import { describe, expect, it } from 'vitest';
import { alertsShown, setConfigValues } from './helpers';
import { live, meetingOffice, text } from './r66b-lib';
import { COMPETENCE, REWARD, completeByHand, draftRows } from './r79h-lib';

const DAY = 24 * 3600_000;
/** What the sheet says about a document edited by hand after the tool made it. */
const EDITED = /sửa tay|được sửa sau khi|đã sửa sau khi|sửa trong văn bản/;

describe('a draft Quyết định completed by hand, then replaced after a handover', () => {
  it('the preview and the run say that the draft they replace was edited after the tool made it', () => {
    const o = meetingOffice();
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const draft = live(o).find((d) => d.name.startsWith('Dự thảo Quyết định'))!;
    expect(text(o, draft.id)).toContain('cơ quan bổ sung]');
    // The former clerk completes the reward clause in the document itself, an hour later.
    o.emu.clock.advance(3600_000);
    completeByHand(o, draft.id);
    expect(text(o, draft.id)).toContain(REWARD);
    // Two days later the new clerk fills one item the row names, in "Cấu hình", and previews.
    o.emu.clock.advance(2 * DAY);
    setConfigValues(o.emu, { 'legal.competence': COMPETENCE });
    let alerts = alertsShown(o.emu).length;
    o.bundle.call('previewProposals', undefined, { kind: 'menu' });
    const preview = [...alertsShown(o.emu).slice(alerts), ...draftRows(o)].join('\n');
    // The preview does announce a new draft (the control): the completed one is about to be replaced.
    expect(preview).toContain('sẽ tạo 1 văn bản');
    expect(preview).toMatch(EDITED);
    alerts = alertsShown(o.emu).length;
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const current = live(o).filter((d) => d.name.startsWith('Dự thảo Quyết định') && d.id !== draft.id);
    expect(current).toHaveLength(1);
    // The new draft lacks what was typed by hand: that is why she must be told.
    expect(text(o, current[0].id)).not.toContain(REWARD);
    const run = [...alertsShown(o.emu).slice(alerts), ...draftRows(o)].join('\n');
    expect(run).toMatch(EDITED);
  });
});
