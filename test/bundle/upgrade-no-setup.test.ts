// An office updates (clasp push) and does not run Thiết lập before its next menu item or trigger (README, installer
// step 5 asks for it, nothing enforces it). Registrations, codes, mail and the records carry over (review upgrade3). The
// templates too: the job that makes the documents converts the page breaks of a template an earlier version left (and
// pins its list header rows) when Thiết lập has not (src/jobs/templates.ts ensureTemplates), so the Quyết định made has
// no page break that leaves a blank page (review docs M1) — or the office is told.
import { describe, expect, it } from 'vitest';
import { holdCouncilMeeting, reviewNames } from '../../scripts/documents';
import { councilOffice, templateBeforePageBreaks } from './helpers';
import { typeCell } from '../../scripts/user';
import { configLabel } from '../../src/core/messages';

describe('upgrade without Thiết lập', () => {
  it('award documents made before Thiết lập after an update are laid out as the new version lays them out, or the office is told', () => {
    const o = councilOffice();
    o.decide([2, 3]);
    const cfgRows = o.emu.spreadsheets.values('Cấu hình') as unknown[][];
    typeCell(o.emu, 'Cấu hình', cfgRows.findIndex((r) => r[0] === configLabel('organisation.signerName')) + 1, 2, 'Trần Văn Minh');
    // The Quyết định template as a version before 7de507e left it: page breaks, not recorded as converted.
    const { at } = templateBeforePageBreaks(o.emu);
    expect(at.length).toBeGreaterThan(0);
    const body = (doc: string) => o.emu.docs.byId(doc)!.body.children;
    const codes = (o.emu.spreadsheets.values('Thẩm định') as unknown[][]).slice(1, 3).map((r) => String(r[0]));
    holdCouncilMeeting(o.emu, codes, reviewNames(o.emu), 0);
    // The new code is pushed; the next thing the office does is make the documents (no Thiết lập).
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const qd = o.emu.docs.list().find((d) => d.name.startsWith('Dự thảo Quyết định') && !d.trashed);
    expect(qd).toBeDefined();
    const breaks = body(qd!.id).filter((n) => n.children.some((c) => c.type === 'PAGE_BREAK')).length;
    const said = o.emu.spreadsheets.sheetNames().includes('Nhật ký lỗi') && (o.emu.spreadsheets.values('Nhật ký lỗi') as unknown[][]).some((r) => String(r[2]).includes('Thiết lập'));
    expect(breaks === 0 || said).toBe(true);
  });
});
