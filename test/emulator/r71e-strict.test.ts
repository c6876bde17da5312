// Review r71e: places where the emulation is more lenient than Apps Script and the product's code path depends on it.
// Each test asserts the platform's behaviour, with its source beside it. They FAIL today (the emulation is lenient
// there); nothing in emulator/ was changed by this review.
import { describe, expect, it } from 'vitest';
import { withScript } from './helpers.js';

const OFFICE = 'thuongtruc@phonggd.example.vn';

describe('r71e: getViewers lists everyone who can at least view (owner and editors included)', () => {
  // Source (live-tested): @mcpher/gas-fakes, notes/oddities.md, "DriveApp vs Drive API Role Hierarchy": "the Live Apps
  // Script environment treats these roles hierarchically: getViewers() returns anyone with *at least* view access. This
  // means the array returned will include users explicitly added as viewers, commenters, **editors**, and the **owner**."
  // Its test suite, run on live Apps Script as well (test/testdocs.js): after every viewer is removed,
  // `getViewers().length === 1` — "all viewers should be removed except owner, who is also a viewer"; test/testdrive.js:
  // a shared file owned by the account has getViewers().length 1 and getEditors().length 1 (the owner in both).
  // The facts file says nothing on this; the reference's one line ("Gets the list of viewers and commenters") does not
  // say editors are left out. The emulation (emulator/sharing.ts SharingOps.getViewers) returns the explicit viewers only.
  const script = String.raw`
    function make() {
      var ss = SpreadsheetApp.create('Trang theo dõi');
      ss.addViewer('th01@example.edu.vn');
      ss.addEditor('chuyenvien@phonggd.example.vn');
      var names = function (us) { return us.map(function (u) { return u.getEmail(); }).sort(); };
      return {
        sheetViewers: names(ss.getViewers()),
        fileViewers: names(DriveApp.getFileById(ss.getId()).getViewers()),
        fresh: names(SpreadsheetApp.create('Mới').getViewers()),
      };
    }
  `;

  it('Spreadsheet.getViewers and File.getViewers include the owner and the editors', () => {
    const { call } = withScript(script);
    const r = call('make') as Record<string, string[]>;
    const everyone = [OFFICE, 'chuyenvien@phonggd.example.vn', 'th01@example.edu.vn'].sort();
    expect(r.sheetViewers).toEqual(everyone);
    expect(r.fileViewers).toEqual(everyone);
  });

  it('a file nobody was added to lists its owner as its one viewer', () => {
    const { call } = withScript(script);
    expect((call('make') as Record<string, string[]>).fresh).toEqual([OFFICE]);
  });
});

describe('r71e: MailApp refuses a subject longer than 250 characters', () => {
  // Source: not in the facts file nor on the MailApp reference page; seen live. "Argument too large: subject (line 97,
  // file "Code")" is listed among a script's real execution failures (public notes of a Gmail auto-responder project,
  // beside "Sorry, it is not possible to delete all non-frozen rows.", a text the facts file confirms); other Apps Script
  // projects cap subjects at 250 for that error ("Hard safety cap — GAS MailApp throws "Argument too large: subject"
  // above ~250 chars"; "Status Change subjects hit ~300 chars caused `Exception: Argument too large: subject`");
  // GioBonvi/GoogleContactsEventsNotifier PR #117 ("The subject length limit … 250 characters … not documented anywhere
  // … a potentially execution-breaking problem"). ASSUMPTION on the exact bound: 250 characters pass, 251 do not.
  const script = String.raw`
    function send(n) {
      var subject = new Array(n + 1).join('ê');
      try { MailApp.sendEmail({ to: 'th01@example.edu.vn', subject: subject, body: 'x' }); return 'sent'; }
      catch (e) { return e.message; }
    }
  `;

  it('a 250-character subject goes; a 251-character one throws and sends nothing', () => {
    const { emu, call } = withScript(script);
    expect(call('send', 250)).toBe('sent');
    expect(call('send', 251)).toMatch(/Argument too large: subject/);
    expect(emu.mail.sent).toHaveLength(1);
  });
});

describe('r71e: FormApp.create names the file, not the form', () => {
  // Source (live-tested): @mcpher/gas-fakes notes/oddities.md, "Discrepancy between FormApp.create(title) and Forms API
  // behavior": run on live Apps Script, `FormApp.create('foo-form')` gives `form.getTitle()` "" (an empty string) while
  // `DriveApp.getFileById(id).getName()` is "foo-form". The emulation gives the form the title as well. (The product
  // calls setTitle right after create — src/gas/forms.ts — so it does not depend on this; a missed check, Low.)
  it('getTitle() of a form just made is empty; its Drive file bears the name', () => {
    const { call } = withScript(`function make() { var f = FormApp.create('Phiếu đăng ký'); return f.getTitle(); }`);
    expect(call('make')).toBe('');
  });
});
