// Review r72f: state a test sets up before forking that fork.test.ts does not exercise, each kept by the fork — the
// fork, going on, does what the first emulator going on the same way does, and the first one does not see it.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmulator, forkEmulator, type Emulator } from '../../emulator/index';
import { NEVER_COPIED } from '../../emulator/fork';

type Step = (e: Emulator) => unknown;

/** `before` on one emulator, then a fork: `after` on the fork and on the first one gives the same, and the first one's
 *  result is the one a second emulator running `before` and `after` afresh gives. */
function alike(before: Step, after: Step, opts: Parameters<typeof createEmulator>[0] = {}) {
  const emu = createEmulator({ modelLatency: false, ...opts });
  before(emu);
  const fork = forkEmulator(emu);
  const onFork = after(fork);
  const onFirst = after(emu);
  const fresh = createEmulator({ modelLatency: false, ...opts });
  before(fresh);
  return { onFork, onFirst, onFresh: after(fresh) };
}

const attempt = (f: () => unknown) => {
  try {
    return { ok: f() };
  } catch (e) {
    return { error: String((e as Error).message) };
  }
};

describe('r72f: what a fork keeps', () => {
  it('a sharing policy (allowedDomains) set before forking', () => {
    const r = alike(
      (e) => {
        e.sharing.policy.allowedDomains = ['phonggd.example.vn'];
        e.sharing.policy.undisclosed.add('an@example.com');
      },
      (e) => attempt(() => e.globals.SpreadsheetApp.getActiveSpreadsheet().addViewer('x@elsewhere.example.com')),
    );
    expect(r.onFork).toEqual(r.onFresh);
    expect(r.onFirst).toEqual(r.onFresh);
    expect(r.onFork).toHaveProperty('error');
  });

  it('faults armed (failOn, failAtCall) and the scopes a user consented to', () => {
    const run = (e: Emulator) => [1, 2, 3].map(() => attempt(() => e.runtime.execute(() => e.globals.PropertiesService.getScriptProperties().getProperty('k'), { kind: 'node' })));
    const r = alike((e) => e.runtime.failOn('Properties.getProperty', 2, 'boom'), run);
    expect(r.onFork).toEqual(r.onFresh);
    expect(r.onFork).toEqual([{ ok: null }, { error: 'boom' }, { ok: null }]);
    const s = alike((e) => e.runtime.failAtCall(3, 'at three'), run);
    expect(s.onFork).toEqual(s.onFresh);
    const c = alike((e) => (e.runtime.consentedScopes = new Set(['https://www.googleapis.com/auth/spreadsheets'])), run, { oauthScopes: ['https://www.googleapis.com/auth/spreadsheets', 'https://www.googleapis.com/auth/script.scriptapp'] });
    expect(c.onFork).toEqual(c.onFresh);
  });

  it('user and document properties, a lock taken from Node, writes queued from Node', () => {
    const r = alike(
      (e) => {
        e.properties.user(e.identity.activeUser).set('u', '1');
        e.properties.document(e.spreadsheets.active.id).set('d', '2');
        e.globals.LockService.getScriptLock().tryLock(1000);
        e.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(1, 1).setValue('queued');
      },
      (e) => [
        e.globals.PropertiesService.getUserProperties().getProperty('u'),
        e.globals.PropertiesService.getDocumentProperties().getProperty('d'),
        e.locks.scriptLockHolder(),
        e.runtime.sheetWritesPending,
        e.runtime.implicitFlushes,
        e.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(1, 1).getValue(),
        e.runtime.implicitFlushes,
      ],
    );
    expect(r.onFork).toEqual(r.onFresh);
    expect(r.onFirst).toEqual(r.onFresh);
    expect(r.onFork).toEqual(['1', '2', 0, true, 0, 'queued', 1]);
  });

  it('a document opened from Node with edits not saved, and a file in the trash', () => {
    const r = alike(
      (e) => {
        const d = e.globals.DocumentApp.create('Nháp');
        d.getBody().appendParagraph('chưa lưu');
        const f = e.globals.DriveApp.createFile('rác.txt', 'x');
        f.setTrashed(true);
      },
      (e) => {
        const doc = e.docs.list().find((d) => d.name === 'Nháp')!;
        return [doc.dirty, e.docs.text(doc.id), e.docs.list().map((d) => [d.name, d.trashed]), e.drive.treeText()];
      },
    );
    expect(r.onFork).toEqual(r.onFresh);
    expect((r.onFork as unknown[])[0]).toBe(true);
    expect((r.onFork as unknown[])[1]).toContain('chưa lưu');
  });

  it('a spreadsheet imported from .xlsx', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'r72f-'));
    const emu = createEmulator({ modelLatency: false });
    emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(1, 1, 1, 2).setValues([['a', new Date(Date.UTC(2025, 0, 2))]]);
    await emu.spreadsheets.exportXlsx(join(dir, 'a.xlsx'));
    const imported = await emu.spreadsheets.importXlsx(join(dir, 'a.xlsx'), 'Bản nhập');
    const fork = forkEmulator(emu);
    expect(fork.spreadsheets.byId(imported.id)!.sheets.map((s) => s.values())).toEqual(imported.sheets.map((s) => s.values()));
    expect(fork.spreadsheets.byId(imported.id)!.sheets[0].values()[0]).toEqual(['a', new Date(Date.UTC(2025, 0, 2))]);
  });
});

describe('r72f: where state could hide from a fork (static checks fork.test.ts lacks)', () => {
  const sources = () => readdirSync('emulator').filter((n) => n.endsWith('.ts')).map((f) => [f, readFileSync(`emulator/${f}`, 'utf8')] as const);

  it('the classes fork.ts pairs without copying (NEVER_COPIED) keep no state in #private fields: #methods only', () => {
    // fork.test.ts lets a NEVER_COPIED class declare any #member; a paired object's #fields are never copied, so a
    // #field added to Runtime, FormsController or TriggerController would be silently lost by every fork.
    const fields: string[] = [];
    for (const [f, text] of sources()) {
      let cls = '';
      for (const line of text.split('\n')) {
        const c = /^(?:export )?(?:abstract )?class (\w+)/.exec(line);
        if (c) cls = c[1];
        const m = /^ {2}(?:static |readonly )*#(\w+)\s*[:=;]/.exec(line);
        if (m && NEVER_COPIED.has(cls)) fields.push(`${f} ${cls}.#${m[1]}`);
      }
    }
    expect(fields).toEqual([]);
  });

  it('module-level Maps and WeakMaps are caches or keyed by facades — the reviewed list; a new one may hold state a fork does not walk', () => {
    const found: string[] = [];
    for (const [f, text] of sources()) for (const m of text.matchAll(/^(?:export )?const (\w+) = new (?:Weak)?Map\b/gm)) found.push(`${f}:${m[1]}`);
    expect(found.sort()).toEqual([
      'document.ts:CTX', // element facade → its node (facades are made per call)
      'document.ts:RANGES', // RangeElement facade → its range
      'drive.ts:FILE_OF', // File facade → its model
      'drive.ts:FOLDER_OF', // Folder facade → its model
      'forms.ts:CTX', // Item facade → its form and item
      'harness.ts:compiled', // compiled bundles by text
      'index.ts:MADE', // each emulator's options (forkEmulator reads it)
      'sharing.ts:POLICIES', // Runtime → SharingController.policy, a field the fork copies
      'values.ts:DTF_CACHE', // Intl formatters by time zone
      'values.ts:zonedCache', // frozen zoned parts by time zone and instant
    ]);
  });
});
