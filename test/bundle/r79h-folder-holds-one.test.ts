// Handover mid-season (review r79h F2): the former clerk made the award documents on 01/07 (folder "Đề nghị khen
// thưởng 01-07-2024"). Two days later the new clerk fills an item of "Cấu hình" that the draft Quyết định prints and
// chooses "Tạo văn bản đề nghị khen thưởng": the tool makes one new draft, in a new folder of that day, and keeps the
// six others in the former clerk's folder. The alert says «Đã tạo xong 7 văn bản đề nghị khen thưởng trong thư mục:
// <the new folder>» — she opens it to print the set and finds one document; the Tờ trình, Danh sách, Biên bản and the
// reports are in a folder she was never told of.
import { describe, expect, it } from 'vitest';
import { PROPOSAL_TAB } from '../../src/core/messages';
import { alertsShown, setConfigValues } from './helpers';
import { meetingOffice } from './r66b-lib';

const DAY = 24 * 3600_000;

describe('documents of one set in two folders after a later run', () => {
  it('the alert that names a folder names every folder holding the current documents, or says how many it made there', () => {
    const o = meetingOffice();
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    o.emu.clock.advance(2 * DAY);
    setConfigValues(o.emu, { 'legal.competence': 'Căn cứ Quyết định số 12/QĐ-UBND ngày 01/3/2021 của Ủy ban nhân dân thành phố Yên Bái quy định chức năng, nhiệm vụ của Phòng Giáo dục và Đào tạo' });
    const alerts = alertsShown(o.emu).length;
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const said = alertsShown(o.emu).slice(alerts).join('\n');
    const store = o.emu.drive.store;
    store.sync();
    // The current documents: the links of the tab's rows "Đã tạo…" (not "Đã thay thế").
    const rows = o.emu.spreadsheets.values(PROPOSAL_TAB).filter((r) => String(r[9]).startsWith('Đã tạo'));
    const ids = rows.map((r) => /\/d\/([^/]+)\//.exec(String(r[7]))![1]);
    expect(ids).toHaveLength(7);
    const folderOf = (id: string) => [...store.file(id)!.parents][0];
    const folders = new Set(ids.map(folderOf));
    // The control: the set now lies in two folders.
    expect(folders.size).toBe(2);
    const linked = [...said.matchAll(/folders\/([\w-]+)/g)].map((m) => m[1]);
    expect(linked.length).toBeGreaterThan(0);
    // Said: "N văn bản … trong thư mục <link>": N is what that folder holds of the set…
    const claimed = /(\d+) văn bản đề nghị khen thưởng trong thư mục:\s*\S*folders\/([\w-]+)/.exec(said);
    if (claimed) expect(ids.filter((id) => folderOf(id) === claimed[2]).length).toBe(Number(claimed[1]));
    // …and every folder holding a current document is named.
    for (const f of folders) expect(linked).toContain(f);
  });
});
