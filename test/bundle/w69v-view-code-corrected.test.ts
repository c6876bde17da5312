// A school's code typed wrong in "Đơn vị" and later corrected (MN1 → MN01; review r68v, "looked at, not filed"). A view
// is keyed by the code ("S:<code>"), so the correction made the school a second view and unshared the first without a
// word: the link the school had bookmarked stopped working, and nobody told the office. A real record is known by who it
// is, not by a typed key: the same school (same name, same addresses) keeps its view — the same file, link and readers,
// renamed and rewritten for the new code. When it cannot be told (the name changed too), the school gets a new view as
// before, and the office is told which school got a new link, so that the clerk can pass it on; the school's own
// reminders carry the new link (what it receives today already).
import { describe, expect, it } from 'vitest';
import { typeCell } from '../../scripts/user';
import { Q } from '../../src/core/registration-form';
import { VIEW_LINK_HEADER, VIEW_NOTE } from '../../src/core/messages';
import { SCHOOLS, asLegacyRecords, collectiveAnswers, officeAfterSetup, setConfigValues } from './helpers';
import { HOA_BINH, HOA_SEN, TEAM, TYPO, dirCell, ledger, logLines as log, officeWithTypo, rebuild, viewText as text, viewers, type Office } from './view-code-lib';

/** The link "Đơn vị" gives for the school whose code is `code`. */
function dirLink(o: Office, code: string): string {
  const dir = o.emu.spreadsheets.values('Đơn vị');
  const col = dir[0].map(String).indexOf(VIEW_LINK_HEADER);
  return String(dir.find((r) => String(r[0]) === code)?.[col] ?? '');
}

describe('a school code corrected in "Đơn vị" (MN1 → MN01)', () => {
  it('the same school keeps its view: same file and link, renamed and rewritten for the new code, its readers kept', () => {
    const o = officeWithTypo();
    const before = ledger(o).get(`S:${TYPO}`)!;
    // (The view was made for the mistyped code and shared with the school.)
    expect({ st: before.st, shared: viewers(o, before.id).includes(HOA_SEN.emails[0]), named: before.name.endsWith(`(${TYPO})`) }).toEqual({ st: 'made', shared: true, named: true });
    const { row } = dirCell(o, 'Tên đơn vị');
    typeCell(o.emu, 'Đơn vị', row, 1, HOA_SEN.code);
    o.emu.clock.advance(3_600_000);
    o.emu.runtime.resetCalls();
    rebuild(o);
    const after = ledger(o).get(`S:${HOA_SEN.code}`);
    expect({ created: o.emu.runtime.count('SpreadsheetApp.create'), unshared: o.emu.runtime.count('Spreadsheet.removeViewer') }).toEqual({ created: 0, unshared: 0 });
    expect({ id: after?.id, url: after?.url, st: after?.st }).toEqual({ id: before.id, url: before.url, st: 'made' });
    // No second entry left to retire (and unshare) the file later.
    expect([...ledger(o).entries()].filter(([, e]) => e.id === before.id).map(([k]) => k)).toEqual([`S:${HOA_SEN.code}`]);
    const file = o.emu.drive.file(before.id)!;
    expect(file.name.endsWith(`${HOA_SEN.name} (${HOA_SEN.code})`)).toBe(true);
    expect(viewers(o, before.id).sort()).toEqual([...HOA_SEN.emails].sort());
    const page = text(o, before.id);
    expect(page).toContain(TEAM);
    expect(page).toContain(HOA_SEN.code);
    expect(page).not.toMatch(new RegExp(`\\b${TYPO}\\b`));
    expect(dirLink(o, HOA_SEN.code)).toBe(before.url);
    // The office is told the school kept its link (nothing to pass on).
    expect(log(o).some((m) => m.includes(TYPO) && m.includes(HOA_SEN.code) && m.includes(HOA_SEN.name))).toBe(true);
    // The next run changes nothing more.
    o.emu.runtime.resetCalls();
    rebuild(o);
    expect({ created: o.emu.runtime.count('SpreadsheetApp.create'), unshared: o.emu.runtime.count('Spreadsheet.removeViewer') }).toEqual({ created: 0, unshared: 0 });
    expect(viewers(o, before.id).sort()).toEqual([...HOA_SEN.emails].sort());
  });

  it("the code corrected and the name changed too (its old name in 'Tên cũ'): a new view as before, and the office is told which school has a new link; the school's reminder carries it", () => {
    const o = officeWithTypo();
    const before = ledger(o).get(`S:${TYPO}`)!;
    const renamed = 'Trường Mầm non Hoa Sen Mới';
    const { row, col: nameCol } = dirCell(o, 'Tên đơn vị');
    const formerCol = dirCell(o, 'Tên cũ').col;
    expect(formerCol).toBeGreaterThan(0);
    typeCell(o.emu, 'Đơn vị', row, 1, HOA_SEN.code);
    typeCell(o.emu, 'Đơn vị', row, nameCol, renamed);
    typeCell(o.emu, 'Đơn vị', row, formerCol, HOA_SEN.name);
    o.emu.clock.advance(3_600_000);
    rebuild(o);
    const after = ledger(o).get(`S:${HOA_SEN.code}`)!;
    // (Today's behaviour kept: a new view, shared with the school; the old one shared with no one.)
    expect(after.id).not.toBe(before.id);
    expect(viewers(o, after.id)).toContain(HOA_SEN.emails[0]);
    expect(viewers(o, before.id)).toEqual([]);
    expect(text(o, after.id)).toContain(TEAM);
    // The office is told which school has a new link, and the link.
    const told = log(o).filter((m) => m.includes(renamed) && m.includes(after.url));
    expect(told).toHaveLength(1);
    expect(told[0]).toContain(before.name);
    expect(told[0].normalize('NFC')).toBe(told[0]);
    expect(told[0]).not.toMatch(/Phòng/);
    // Told once, not at every run.
    rebuild(o);
    expect(log(o).filter((m) => m.includes(after.url))).toHaveLength(1);
    // What the school receives: its next reminder carries the new link, not the old one (14 days before the 2024 annual
    // report's deadline, 15/12, every school has it outstanding).
    o.emu.clock.set(new Date(2024, 11, 1, 7, 0, 0));
    const n = o.emu.mail.sent.length;
    o.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    const mail = o.emu.mail.sent.slice(n).filter((m) => m.to.includes(HOA_SEN.emails[0]));
    expect(mail.length).toBeGreaterThan(0);
    for (const m of mail) expect([m.body.includes(after.url), m.body.includes(before.url)]).toEqual([true, false]);
  });

  // (f83b, review r83s F2: was "that school gets the old view rewritten for it, Hoa Sen a new one" — a view's file is no
  // longer rewritten for another school; Hoa Sen, surely the same school, takes its own file to its new code.)
  it('the code corrected while another school is given the old code: Hoa Sen keeps its view, that school gets a new file, never the one written for Hoa Sen', () => {
    const o = officeWithTypo();
    const before = ledger(o).get(`S:${TYPO}`)!;
    const dir = o.emu.spreadsheets.values('Đơn vị');
    const { row } = dirCell(o, 'Tên đơn vị');
    typeCell(o.emu, 'Đơn vị', row, 1, HOA_SEN.code);
    // A new school's row under the old code (every column of Hoa Sen's row, its own name and address).
    const header = dir[0].map(String);
    const added = dir[row - 1].map((c, i) => (i === 0 ? TYPO : header[i] === 'Tên đơn vị' ? 'Trường Mầm non Sao Mai' : header[i] === 'Email' ? 'mnsaomai@example.edu.vn' : header[i] === VIEW_LINK_HEADER ? '' : c));
    added.forEach((c, i) => typeCell(o.emu, 'Đơn vị', dir.length + 1, i + 1, c));
    o.emu.clock.advance(3_600_000);
    rebuild(o);
    const hoaSen = ledger(o).get(`S:${HOA_SEN.code}`)!;
    const saoMai = ledger(o).get(`S:${TYPO}`)!;
    expect(hoaSen.id).toBe(before.id);
    expect(viewers(o, before.id)).toEqual([HOA_SEN.emails[0]]);
    expect(text(o, before.id)).toContain(TEAM);
    expect(saoMai.id).not.toBe(before.id);
    expect(viewers(o, saoMai.id)).toEqual(['mnsaomai@example.edu.vn']);
    expect(text(o, saoMai.id)).not.toContain(TEAM);
    expect(log(o).filter((m) => m === VIEW_NOTE.codeFollowed(HOA_SEN.name, TYPO, HOA_SEN.code))).toHaveLength(1);
  });

  it("a code corrected onto a school's view keeps it while Drive fails on the viewers; the reminder carries the same link as before", () => {
    const o = officeWithTypo();
    const before = ledger(o).get(`S:${TYPO}`)!;
    const { row } = dirCell(o, 'Tên đơn vị');
    typeCell(o.emu, 'Đơn vị', row, 1, HOA_SEN.code);
    o.emu.clock.advance(3_600_000);
    o.emu.runtime.failOn('Spreadsheet.getViewers', 1, 'Đã xảy ra lỗi máy chủ. Vui lòng thử lại.');
    rebuild(o);
    // (The fault hit a view, the next run has Drive back.)
    o.emu.clock.advance(3_600_000);
    o.emu.runtime.resetCalls();
    rebuild(o);
    expect(o.emu.runtime.count('SpreadsheetApp.create')).toBe(0);
    expect(ledger(o).get(`S:${HOA_SEN.code}`)?.id).toBe(before.id);
    expect(viewers(o, before.id).sort()).toEqual([...HOA_SEN.emails].sort());
    expect(text(o, before.id)).toContain(TEAM);
    o.emu.clock.set(new Date(2024, 11, 1, 7, 0, 0));
    const n = o.emu.mail.sent.length;
    o.bundle.call('sendReminders', undefined, { kind: 'timeTrigger' });
    const mail = o.emu.mail.sent.slice(n).filter((m) => m.to.includes(HOA_SEN.emails[0]));
    expect(mail.length).toBeGreaterThan(0);
    for (const m of mail) expect(m.body.includes(before.url)).toBe(true);
  });

  it('control: another school under the corrected code (different name and addresses) gets a view of its own; the old school reads nothing of it', () => {
    const o = officeWithTypo();
    const before = ledger(o).get(`S:${TYPO}`)!;
    const { row, col: nameCol } = dirCell(o, 'Tên đơn vị');
    const mailCol = dirCell(o, 'Email').col;
    typeCell(o.emu, 'Đơn vị', row, 1, HOA_SEN.code);
    typeCell(o.emu, 'Đơn vị', row, nameCol, 'Trường Mầm non Sao Mai');
    typeCell(o.emu, 'Đơn vị', row, mailCol, 'mnsaomai@example.edu.vn');
    o.emu.clock.advance(3_600_000);
    rebuild(o);
    const after = ledger(o).get(`S:${HOA_SEN.code}`)!;
    expect(after.id).not.toBe(before.id);
    expect(viewers(o, after.id)).toEqual(['mnsaomai@example.edu.vn']);
    expect(viewers(o, before.id)).toEqual([]);
    expect(text(o, after.id)).not.toContain(TEAM);
  });
});

describe('a school code corrected, the records still in script properties (an office upgraded from before the tab of records)', () => {
  it('the school keeps its view through the nightly rebuilds that move the records into the tab', () => {
    const o = officeWithTypo();
    const before = ledger(o).get(`S:${TYPO}`)!;
    asLegacyRecords(o.emu);
    // (The records are properties now, no tab.)
    expect(o.emu.properties.script.has(`views.v.S:${TYPO}`)).toBe(true);
    typeCell(o.emu, 'Đơn vị', dirCell(o, 'Tên đơn vị').row, 1, HOA_SEN.code);
    o.emu.clock.advance(3_600_000);
    o.emu.runtime.resetCalls();
    rebuild(o);
    for (let night = 0; night < 2; night++) {
      o.emu.clock.advance(24 * 3_600_000);
      o.bundle.call('rebuildSummaries', undefined, { kind: 'timeTrigger' });
    }
    rebuild(o);
    expect({ created: o.emu.runtime.count('SpreadsheetApp.create'), unshared: o.emu.runtime.count('Spreadsheet.removeViewer') }).toEqual({ created: 0, unshared: 0 });
    expect([...ledger(o).entries()].filter(([, e]) => e.id === before.id).map(([k, e]) => [k, e.st])).toEqual([[`S:${HOA_SEN.code}`, 'made']]);
    expect(viewers(o, before.id).sort()).toEqual([...HOA_SEN.emails].sort());
  });
});

describe('two schools\' codes swapped in "Đơn vị" (r68v #1: each view now another school\'s)', () => {
  // (f83b, review r83s F2: was "each school reads the other's old file, the office told each new link" — a view's file
  // is no longer rewritten for another school; each school, surely the same, takes its own file to its new code.)
  it('each school keeps its own view (file, link, readers) under its new code, and the office is told once that nothing is to pass on', () => {
    const o = officeAfterSetup(SCHOOLS);
    o.emu.forms.submitAsUser(o.formId, { ...collectiveAnswers(), [Q.school]: HOA_SEN.name, [Q.collectiveName]: TEAM } as never, { email: HOA_SEN.emails[0] });
    setConfigValues(o.emu, { 'schoolViews.enabled': 'Có' });
    rebuild(o);
    const was = ledger(o);
    typeCell(o.emu, 'Đơn vị', 2, 1, HOA_BINH.code);
    typeCell(o.emu, 'Đơn vị', 3, 1, HOA_SEN.code);
    o.emu.clock.advance(3_600_000);
    o.emu.runtime.resetCalls();
    rebuild(o);
    expect(o.emu.runtime.count('SpreadsheetApp.create')).toBe(0);
    const hoaSen = ledger(o).get(`S:${HOA_BINH.code}`)!;
    const hoaBinh = ledger(o).get(`S:${HOA_SEN.code}`)!;
    expect([hoaSen.url, hoaBinh.url]).toEqual([was.get(`S:${HOA_SEN.code}`)!.url, was.get(`S:${HOA_BINH.code}`)!.url]);
    expect(viewers(o, hoaSen.id).sort()).toEqual([...HOA_SEN.emails].sort());
    expect(text(o, hoaSen.id)).toContain(TEAM);
    expect(viewers(o, hoaBinh.id).sort()).toEqual([...HOA_BINH.emails].sort());
    expect(text(o, hoaBinh.id)).not.toContain(TEAM);
    const told = () => [VIEW_NOTE.codeFollowed(HOA_SEN.name, HOA_SEN.code, HOA_BINH.code), VIEW_NOTE.codeFollowed(HOA_BINH.name, HOA_BINH.code, HOA_SEN.code)].map((l) => log(o).filter((m) => m === l).length);
    expect(told()).toEqual([1, 1]);
    rebuild(o);
    expect(told()).toEqual([1, 1]);
  });
});
