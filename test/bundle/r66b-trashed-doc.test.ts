// Review r66b: the clerk puts a document the tool made into the trash (by mistake, or "to have it made again"), then
// chooses "Tạo văn bản đề nghị khen thưởng" again.
import { describe, expect, it } from 'vitest';
import { live, meetingOffice, type Office } from './r66b-lib';

const TAB = 'Đề nghị khen thưởng';
const HANDLER = 'continueProposals';
const continuations = (o: Office) => o.emu.triggers.triggers.filter((t) => t.handler === HANDLER);

const meeting = (): Office => meetingOffice();

function trash(o: Office, id: string): void {
  o.emu.runtime.execute(() => o.emu.globals.DriveApp.getFileById(id).setTrashed(true), { kind: 'node', label: 'office staff' });
}

describe('r66b: a document the tool made, put in the trash by the office', () => {
  it('the Tờ trình in the trash: the next click makes it again (its row links the new one), and says it made one', () => {
    const o = meeting();
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const toTrinh = live(o).find((d) => d.name.startsWith('Tờ trình'))!;
    expect(toTrinh).toBeDefined();
    const others = live(o).filter((d) => d.id !== toTrinh.id).map((d) => d.id).sort();
    trash(o, toTrinh.id);
    o.emu.clock.advance(10 * 60_000);
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    const again = live(o).filter((d) => d.name === toTrinh.name);
    expect(again).toHaveLength(1);
    expect(again[0].id).not.toBe(toTrinh.id);
    // Only the Tờ trình is made again: the others stay as they were.
    expect(live(o).filter((d) => d.id !== again[0].id).map((d) => d.id).sort()).toEqual(others);
    const rows = o.emu.spreadsheets.values(TAB);
    expect(rows.some((r) => String(r[7]).includes(toTrinh.id))).toBe(false);
    const row = rows.find((r) => String(r[7]).includes(again[0].id))!;
    expect(String(row[9])).toMatch(/^Đã tạo/);
    // Not "nothing new to make".
    const alert = o.emu.spreadsheets.ui.filter((u) => u.kind === 'alert').at(-1)?.message ?? '';
    expect(alert).toMatch(/^Đã tạo xong/);
    // A third click: nothing is in the trash, nothing is made.
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    expect(live(o).filter((d) => d.name === toTrinh.name)).toHaveLength(1);
  });

  it('the dated folder put in the trash while the batch waits for its continuation: every document the tab lists as made, and the folder the alert names, are not in the trash', () => {
    const o = meeting();
    o.emu.runtime.failOn('File.makeCopy', 4, 'Service error: Drive');
    o.bundle.call('generateProposals', undefined, { kind: 'menu' });
    expect(continuations(o)).toHaveLength(1);
    const folderId = JSON.parse(o.emu.properties.script.get('proposals.run')!).folderId as string;
    // Drive puts a folder's files in the trash with it (the emulation trashes only the folder: done here, file by file).
    o.emu.runtime.execute(
      () => {
        const folder = o.emu.globals.DriveApp.getFolderById(folderId);
        const files = folder.getFiles();
        while (files.hasNext()) files.next().setTrashed(true);
        folder.setTrashed(true);
      },
      { kind: 'node', label: 'office staff' },
    );
    for (let n = 0; continuations(o).length > 0 && n < 20; n++) o.emu.triggers.runDueTimeTriggers(Math.max(continuations(o)[0].clock!.nextAt, o.emu.clock.now() + 61_000));
    const rows = o.emu.spreadsheets.values(TAB);
    const h = rows.findIndex((r) => r[0] === 'STT');
    const made = rows.slice(h + 1).filter((r) => /^Đã tạo/.test(String(r[9])));
    expect(made.length).toBe(7);
    const trashedIds = new Set(o.emu.docs.list().filter((d) => d.trashed).map((d) => d.id));
    const listedTrashed = made.filter((r) => [...trashedIds].some((id) => String(r[7]).includes(id))).map((r) => String(r[6]));
    expect(listedTrashed).toEqual([]);
  });
});
