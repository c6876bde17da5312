import { describe, expect, it } from 'vitest';
import { DRIVE_MSG } from '../../emulator/index.js';
import { SHARING_MSG } from '../../emulator/sharing.js';
import { withScript } from './helpers.js';

const OFFICE = 'thuongtruc@phonggd.example.vn';

describe('sharing', () => {
  const script = String.raw`
    function make() {
      var a = SpreadsheetApp.create('A');
      var b = SpreadsheetApp.create('B');
      a.addViewers(['School.A@example.edu.vn', 'a2@example.edu.vn']);
      a.addViewer('a2@example.edu.vn');
      b.addViewer('b@example.edu.vn');
      b.addEditor('colleague@phonggd.example.vn');
      b.addViewer('colleague@phonggd.example.vn');
      a.removeViewer('a2@example.edu.vn');
      var bad; try { a.addViewer('not an address'); } catch (e) { bad = e.message; }
      var names = function (us) { return us.map(function (u) { return u.getEmail(); }); };
      var file = DriveApp.getFileById(b.getId());
      return { a: a.getId(), b: b.getId(), office: SpreadsheetApp.getActiveSpreadsheet().getId(),
        aViewers: names(a.getViewers()), bViewers: names(file.getViewers()), bEditors: names(file.getEditors()),
        owner: a.getOwner().getEmail(), bad: bad };
    }
    function open(id) {
      try { var ss = SpreadsheetApp.openById(id); return { ok: ss.getName(), viewers: ss.getViewers().length }; }
      catch (e) { return { error: e.message }; }
    }
    function driveOpen(id) {
      try { return { ok: DriveApp.getFileById(id).getName() }; } catch (e) { return { error: e.message }; }
    }
    function share(id) {
      try { SpreadsheetApp.openById(id).addViewer('x@example.edu.vn'); return 'shared'; } catch (e) { return e.message; }
    }
    function trash(id) { DriveApp.getFileById(id).setTrashed(true); }
  `;

  it('owner, editors and viewers; only they open the file; viewers cannot share or list', () => {
    const { emu, call } = withScript(script);
    const r = call('make') as Record<string, unknown>;
    // getViewers lists everyone with at least view access — the owner and the editors too — as live Apps Script does
    // (review r71e F1: @mcpher/gas-fakes notes/oddities.md, and its tests run on live); sorted.
    expect(r.aViewers).toEqual(['school.a@example.edu.vn', OFFICE]);
    expect(r.bViewers).toEqual(['b@example.edu.vn', 'colleague@phonggd.example.vn', OFFICE]);
    // addViewer of an editor has no effect (still an editor); the owner is listed among the editors.
    expect(r.bEditors).toEqual([OFFICE, 'colleague@phonggd.example.vn']);
    expect(r.owner).toBe(OFFICE);
    expect(r.bad).toBe(SHARING_MSG.invalidEmail('not an address'));

    const as = (user: string, fn: string, id: unknown) => {
      emu.identity.activeUser = user;
      try {
        return call(fn, id);
      } finally {
        emu.identity.activeUser = OFFICE;
      }
    };
    expect(as('school.a@example.edu.vn', 'open', r.a)).toEqual({ ok: 'A', viewers: 0 });
    expect(as('school.a@example.edu.vn', 'open', r.b)).toEqual({ error: SHARING_MSG.noAccess });
    expect(as('school.a@example.edu.vn', 'open', r.office)).toEqual({ error: SHARING_MSG.noAccess });
    expect(as('a2@example.edu.vn', 'open', r.a)).toEqual({ error: SHARING_MSG.noAccess });
    expect(as('school.a@example.edu.vn', 'driveOpen', r.b)).toEqual({ error: DRIVE_MSG.notFound });
    expect(as('school.a@example.edu.vn', 'share', r.a)).toBe(SHARING_MSG.notEditor);
    expect(emu.sharing.canOpen('b@example.edu.vn', r.b as string)).toBe(true);
    expect(emu.sharing.role('colleague@phonggd.example.vn', r.b as string)).toBe('editor');

    // A trashed file opens for its owner only.
    call('trash', r.a);
    expect(as('school.a@example.edu.vn', 'open', r.a)).toEqual({ error: SHARING_MSG.noAccess });
    expect((call('open', r.a) as { ok: string }).ok).toBe('A');
    // Deleted for good: gone for everyone.
    emu.drive.deleteForever(r.b as string);
    expect(emu.sharing.canOpen(OFFICE, r.b as string)).toBe(false);
    expect((call('open', r.b) as { error: string }).error).toMatch(/openById/);
  });

  it("link sharing: anyone with the link, or the owner's domain, opens the file; only an editor changes it; PRIVATE closes it", () => {
    const { emu, call } = withScript(String.raw`
      function make() { return SpreadsheetApp.create('V').getId(); }
      function access(id) { var f = DriveApp.getFileById(id); return String(f.getSharingAccess()) + '/' + String(f.getSharingPermission()); }
      function setTo(o) {
        try { DriveApp.getFileById(o.id).setSharing(DriveApp.Access[o.a], DriveApp.Permission[o.p]); return 'ok'; } catch (e) { return e.message; }
      }
      function open(id) { try { return SpreadsheetApp.openById(id).getName(); } catch (e) { return e.message; } }
    `);
    const id = call('make') as string;
    const as = (user: string, fn: string, arg: unknown) => {
      emu.identity.activeUser = user;
      try {
        return call(fn, arg);
      } finally {
        emu.identity.activeUser = OFFICE;
      }
    };
    expect(call('access', id)).toBe('PRIVATE/NONE');
    expect(as('school.b@example.edu.vn', 'open', id)).toBe(SHARING_MSG.noAccess);
    expect(call('setTo', { id, a: 'ANYONE_WITH_LINK', p: 'VIEW' })).toBe('ok');
    expect(call('access', id)).toBe('ANYONE_WITH_LINK/VIEW');
    expect(as('school.b@example.edu.vn', 'open', id)).toBe('V');
    // A viewer by link cannot change it.
    expect(as('school.b@example.edu.vn', 'setTo', { id, a: 'PRIVATE', p: 'VIEW' })).toBe(SHARING_MSG.notEditor);
    expect(call('setTo', { id, a: 'DOMAIN_WITH_LINK', p: 'VIEW' })).toBe('ok');
    expect(as('school.b@example.edu.vn', 'open', id)).toBe(SHARING_MSG.noAccess);
    expect(as('colleague@phonggd.example.vn', 'open', id)).toBe('V');
    // NONE is only ever returned: passing it throws, also with PRIVATE.
    expect(call('setTo', { id, a: 'PRIVATE', p: 'NONE' })).toBe('Invalid argument: permissionType');
    expect(call('setTo', { id, a: 'PRIVATE', p: 'VIEW' })).toBe('ok');
    expect(call('access', id)).toBe('PRIVATE/NONE');
    expect(as('colleague@phonggd.example.vn', 'open', id)).toBe(SHARING_MSG.noAccess);
  });

  it('spreadsheets created a day are limited (sheetsCreateQuota)', () => {
    const { call } = withScript(`function make(n) { var made = 0; try { for (var i = 0; i < n; i++) { SpreadsheetApp.create('x' + i); made++; } } catch (e) { return [made, e.message]; } return [made, '']; }`, { sheetsCreateQuota: 3 });
    expect(call('make', 5)).toEqual([3, 'Service invoked too many times for one day: spreadsheets create.']);
  });
});
