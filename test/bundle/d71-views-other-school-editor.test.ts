// Reviewers d71 and d71b: live getViewers lists the editors, so the tool sees every editor of a view, and it knows the
// schools' addresses. A school's address that is an editor of ANOTHER school's view (made so by hand) reads that school's
// registrations; the tool leaves editors it did not share with alone (review upgrade4), and said nothing: "Tình trạng"
// counted the view as shared right and "Nhật ký lỗi" was silent. Now it is told once, naming the school, and the view is
// not counted as shared right while that address reads it.
import { describe, expect, it } from 'vitest';
import { numberedSchools, officeAfterSetup, setConfigValues } from './helpers';
import { ledger, nightly as rebuild, viewsLine, logLines as log } from './view-code-lib';

type Ctx = ReturnType<typeof officeAfterSetup>;

describe('d71: a school\'s address that edits another school\'s view', () => {
  it('is taken off it, or at least the office is told', () => {
    const ctx = officeAfterSetup(numberedSchools(2));
    setConfigValues(ctx.emu, { 'schoolViews.enabled': 'Có' });
    rebuild(ctx);
    const v1 = ledger(ctx).get('S:TH01')!.id;
    const other = 'th02@example.edu.vn';
    ctx.emu.runtime.execute(() => ctx.emu.globals.SpreadsheetApp.openById(v1).addEditor(other), { kind: 'node', label: 'office staff' });
    rebuild(ctx);
    rebuild(ctx);
    const told = log(ctx).some((l) => l.includes(other));
    expect({ readsTH01: ctx.emu.sharing.canOpen(other, v1), told }).not.toEqual({ readsTH01: true, told: false });
    // Told once, naming the school the address is of (two rebuilds since it was made an editor).
    const lines = log(ctx).filter((l) => l.includes(other));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${other} (${numberedSchools(2)[1].name})`);
    // Recorded, and not counted as shared right while it reads the view (review d71b: the log line scrolls away).
    expect(ledger(ctx).get('S:TH01')!.xe).toBe(other);
    expect(viewsLine(ctx)).toBe('1/2 trang theo dõi đã cập nhật và chia sẻ đúng; 1 trang chưa chia sẻ đúng (lý do và cách làm ở trang “Nhật ký lỗi”).');
  });
});
