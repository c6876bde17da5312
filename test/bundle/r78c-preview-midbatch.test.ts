// Two office staff at once (review r78c F3): one chose "Tạo văn bản đề nghị khen thưởng"; the batch made part of the
// documents and stopped (a passing Drive error; the time limit does the same), its continuation set to go on by
// itself a minute later, and said so in "Đề nghị khen thưởng". Meanwhile a colleague chooses "Xem trước danh sách đề
// nghị khen thưởng" to check the list. The preview replaces the batch's progress with "XEM TRƯỚC — chưa tạo văn bản
// nào. Chọn menu “Tạo văn bản đề nghị khen thưởng” để tạo." and alerts "… sẽ tạo 4 văn bản. Chưa tạo văn bản nào.":
// documents were made, and the rest is being made by itself; she is told nothing of the batch and to click the menu.
import { describe, expect, it } from 'vitest';
import { PROPOSAL_TAB } from '../../src/core/messages';
import { alertsShown } from './helpers';
import { live, meetingOffice, type Office } from './r66b-lib';

const continuations = (o: Office) => o.emu.triggers.triggers.filter((t) => t.handler === 'continueProposals');
const head = (o: Office) => o.emu.spreadsheets.values(PROPOSAL_TAB).slice(0, 4).map((r) => String(r[0])).join('\n');

describe('"Xem trước" chosen while a batch of documents is half made', () => {
  it('neither the alert nor the tab says no document was made, and the batch going on by itself is not hidden', () => {
    const o = meetingOffice();
    // The fourth copy fails: three documents made, a continuation set.
    o.emu.runtime.failOn('File.makeCopy', 4, 'Service error: Drive');
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    o.emu.runtime.clearFaults();
    const made = live(o).length;
    expect(made).toBeGreaterThan(0);
    expect(continuations(o)).toHaveLength(1);
    expect(head(o)).toContain('không cần bấm lại');
    const alerts = alertsShown(o.emu).length;
    o.bundle.call('previewProposals', undefined, { kind: 'menu' });
    const said = alertsShown(o.emu).slice(alerts).join('\n');
    expect(said).not.toContain('Chưa tạo văn bản nào');
    expect(head(o)).not.toContain('chưa tạo văn bản nào');
    // The batch is still there and goes on by itself: she is told so (the alert or the tab), not sent to the menu.
    expect(continuations(o)).toHaveLength(1);
    expect(`${said}\n${head(o)}`).toMatch(/tự (tạo tiếp|thử lại|chạy tiếp)/);
  });
});

describe('"Xem trước" chosen after a batch made every document', () => {
  // Not said "Chưa tạo văn bản nào" either: the documents exist; the preview only makes none.
  it('says the documents made before stay and that this preview makes none', () => {
    const o = meetingOffice();
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const made = live(o).length;
    expect(made).toBeGreaterThan(0);
    expect(continuations(o)).toHaveLength(0);
    const alerts = alertsShown(o.emu).length;
    o.bundle.call('previewProposals', undefined, { kind: 'menu' });
    const said = alertsShown(o.emu).slice(alerts).join('\n');
    expect(said).toContain(`sẽ tạo 0 văn bản; ${made} văn bản đã tạo trước đây được giữ nguyên, không tạo lại`);
    expect(said).toContain('Lần xem trước này không tạo văn bản nào.');
    expect(said).not.toContain('Chưa tạo văn bản nào');
    expect(head(o)).toContain('XEM TRƯỚC — lần xem trước này không tạo văn bản nào.');
    expect(live(o)).toHaveLength(made);
  });
});
