// Reviewer d71 (review of d238755 EditorsSeen): an address seen as an editor of one view is taken, on every other view
// of the run, for an office editor and left reading it without asking Drive — even where it is a plain viewer added by
// hand, whom the tool takes off any view (the same view visited first, or alone, does take it off).
import { describe, expect, it } from 'vitest';
import { numberedSchools, officeAfterSetup, setConfigValues } from './helpers';
import { ledger, nightly as rebuild, viewsLine } from './view-code-lib';

type Ctx = ReturnType<typeof officeAfterSetup>;

const asOffice = (ctx: Ctx, fn: () => void) => ctx.emu.runtime.execute(fn, { kind: 'node', label: 'office staff' });

// The principal of TH01 asked for edit access to TH01's view (given by hand, as the office may); her personal address is
// not in "Đơn vị". Someone also shared TH02's view with that address by hand, as a viewer.
const OUTSIDER = 'hieutruong.th01.canhan@gmail.example';

function office(editorOfFirst: boolean) {
  const ctx = officeAfterSetup(numberedSchools(2));
  setConfigValues(ctx.emu, { 'schoolViews.enabled': 'Có' });
  rebuild(ctx);
  const [v1, v2] = ['S:TH01', 'S:TH02'].map((k) => ledger(ctx).get(k)!.id);
  asOffice(ctx, () => {
    if (editorOfFirst) ctx.emu.globals.SpreadsheetApp.openById(v1).addEditor(OUTSIDER);
    ctx.emu.globals.SpreadsheetApp.openById(v2).addViewer(OUTSIDER);
  });
  return { ctx, v1, v2 };
}

describe('d71: a hand-added viewer of one view is not kept because it edits another view', () => {
  it('control: an address not in "Đơn vị" shared by hand with TH02\'s view is taken off it', () => {
    const { ctx, v2 } = office(false);
    rebuild(ctx);
    expect(ctx.emu.sharing.canOpen(OUTSIDER, v2)).toBe(false);
  });

  it('the same address, also an editor of TH01\'s view (visited first in the run), is taken off TH02\'s view too', () => {
    const { ctx, v1, v2 } = office(true);
    rebuild(ctx);
    expect(ctx.emu.sharing.role(OUTSIDER, v1)).toBe('editor');
    // It is a viewer of TH02's view, not an editor: Drive's getEditors of that view does not list it.
    expect(ctx.emu.sharing.canOpen(OUTSIDER, v2)).toBe(false);
    expect(viewsLine(ctx)).toBe('2/2 trang theo dõi đã cập nhật và chia sẻ đúng.');
  });
});
