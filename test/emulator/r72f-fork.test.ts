// Review r72f of forkEmulator (emulator/fork.ts) and the helpers that hand out forks (test/bundle/helpers.ts
// officeAfterSetup/setUpOnce/forkOffice/setUpThenFork): what test/emulator/fork.test.ts does not cover. A fork must be,
// for every purpose a test can observe, what running the same steps afresh gives, and share no mutable state with the
// emulator it was forked from. Each test here shows a case where it is not.
import { types } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createEmulator, forkEmulator } from '../../emulator/index';
import { NODE_REALM } from '../../emulator/runtime';
import { Q } from '../../src/core/registration-form';
import { SCHOOLS, collectiveAnswers, individualAnswers, numberedSchools, officeAfterSetup, officeEmulator, setUpThenFork } from '../bundle/helpers';

const [S, T] = SCHOOLS;
const teacher = () => ({ ...individualAnswers('teacher'), [Q.school]: S.name });
const group = () => ({ ...collectiveAnswers(), [Q.school]: T.name, [Q.collectiveName]: T.name });

describe('r72f: a fork keeps all the state a test set up, and shares none of it', () => {
  it('an office with more schools than get a tab each (the lookup tab\'s dropdown) can be forked after its rebuild', () => {
    // More than perSchoolTabThreshold (60) schools: the rebuild makes the lookup tab, whose selector is a
    // requireValueInRange rule — kept in the sheet's model with the Range facade it was given. fork.ts copies no
    // facade (NOT_COPIED): forking throws, so any setUpThenFork/forkingPrepare of such an office fails.
    const { emu, bundle } = officeAfterSetup(numberedSchools(61));
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    const rules = (e: typeof emu) => e.spreadsheets.active.sheets.flatMap((s) => s.validations.map((v) => `${s.name}!${v.a1} ${v.criteria}`));
    expect(rules(emu).some((r) => r.endsWith('VALUE_IN_RANGE'))).toBe(true);
    const fork = forkEmulator(emu);
    expect(rules(fork)).toEqual(rules(emu));
  });

  it('a trigger fired on a fork whose bundle is not loaded yet does not run in the emulator it was forked from', () => {
    // The fork's TriggerController gets the first emulator's dispatcher (a function where a new one holds null, so
    // copyFields shares it): until fork.loadBundle, a submission to the fork runs onFormSubmit in the first emulator's
    // bundle, against the first emulator's services — it answers by mail from there. A fresh emulator with no bundle
    // refuses ('No bundle loaded').
    const { emu, formId } = officeAfterSetup(SCHOOLS);
    const fork = forkEmulator(emu);
    const before = { executions: emu.runtime.executions.length, mail: emu.mail.sent.length };
    try {
      fork.forms.submitAsUser(formId, teacher(), { email: S.emails[0] });
    } catch {
      // A refusal (no bundle loaded) is what a fresh emulator gives.
    }
    expect({ executions: emu.runtime.executions.length, mail: emu.mail.sent.length }).toEqual(before);
  });

  it('work a test queued with runtime.interleave before forking does not act on the first emulator from the fork', () => {
    // _pending entries are copied, their closures shared: the fork runs the queued submission inside its own
    // execution, but the closure names the first emulator — the registration lands there (and is answered there),
    // the fork never sees it. Refusing to fork while work is queued would do too.
    const { emu, bundle, formId } = officeAfterSetup(SCHOOLS);
    emu.runtime.interleave(() => emu.forms.submitAsUser(formId, teacher(), { email: S.emails[0] }));
    let fork: typeof emu;
    try {
      fork = forkEmulator(emu);
    } catch (e) {
      expect(String(e)).toMatch(/interleave/);
      return;
    }
    const before = emu.mail.sent.length;
    fork.loadBundle(bundle.code).call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(fork.runtime.pendingInterleaves).toBe(0);
    expect(emu.mail.sent.length).toBe(before);
    expect(emu.runtime.pendingInterleaves).toBe(1);
  });

  it('the minute a test pinned for atHour triggers (triggers.minuteOf) is kept by a fork', () => {
    // minuteOf is a function on both sides, so copyFields keeps the new emulator's default: the fork's daily
    // triggers run at another minute than the first emulator's (and a fresh one's, pinned the same way) would.
    const emu = createEmulator();
    emu.triggers.minuteOf = () => 0;
    const fork = forkEmulator(emu);
    const minute = (e: typeof emu) => {
      e.globals.ScriptApp.newTrigger('sendReminders').timeBased().everyDays(1).atHour(7).create();
      return e.triggers.triggers.at(-1)!.clock!.minute;
    };
    expect(minute(fork)).toBe(minute(emu));
  });

  it('a Drive file\'s bytes are the fork\'s own (Buffer.slice shares them)', () => {
    // clone() copies a byte array with .slice(), which for a Node Buffer is a view of the same memory: every Drive
    // file's data (and every mail attachment's content) is shared by the fork and the first emulator. fork.test.ts's
    // sharedState does not look inside byte arrays.
    const emu = createEmulator();
    const id = emu.globals.DriveApp.createFile('a.txt', 'hello').getId();
    const fork = forkEmulator(emu);
    fork.docs.drive.files.get(id)!.data[0] = 'j'.charCodeAt(0);
    expect(emu.globals.DriveApp.getFileById(id).getBlob().getDataAsString()).toBe('hello');
  });

  it('an error a queued execution threw (runtime.interleaveErrors) is still an error in a fork', () => {
    // An error of the script's realm is not `instanceof Date/Error` of Node's: clone() copies it as a plain object with
    // its prototype — no longer an Error (util.types.isNativeError, Object.prototype.toString), and without its stack.
    const { emu, bundle } = officeAfterSetup(SCHOOLS);
    emu.runtime.interleave(() => {
      throw emu.runtime.error('boom');
    });
    bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    expect(emu.runtime.interleaveErrors).toHaveLength(1);
    const fork = forkEmulator(emu);
    const [a, b] = [emu.runtime.interleaveErrors[0] as Error, fork.runtime.interleaveErrors[0] as Error];
    expect(types.isNativeError(b)).toBe(types.isNativeError(a));
    expect(Object.prototype.toString.call(b)).toBe(Object.prototype.toString.call(a));
  });

  it('a fork made before its bundle is loaded makes errors and values in its own realm, not in the first one\'s vm context', () => {
    // runtime.realm (the last vm context's constructors) is cloned as data: a fork's services, before loadBundle,
    // make their errors with the first emulator's context's Error (and keep that context alive).
    const { emu } = officeAfterSetup(SCHOOLS);
    const fork = forkEmulator(emu);
    expect(fork.runtime.realm.Error).not.toBe(emu.runtime.realm.Error);
    expect(fork.runtime.error('x')).toBeInstanceOf(Error);
  });
});

describe('r72f: objects every emulator shares by design stay shared', () => {
  it('a fork of an emulator with no bundle keeps Node\'s realm (NODE_REALM), not a copy of it', () => {
    // pair() skips a field whose two sides are one object (from === into) without noting it, so copyFields then
    // clones it: the fork's runtime.realm is a copy of NODE_REALM, and toRealm (`realm === NODE_REALM`) converts
    // every value a service returns to Node — as a fresh emulator never does. (The same for DocumentStore.page.)
    const fork = forkEmulator(createEmulator());
    expect(fork.runtime.realm).toBe(NODE_REALM);
    expect(createEmulator().runtime.realm).toBe(NODE_REALM);
  });
});

describe('r72f: the helpers that hand out forks', () => {
  it('officeAfterSetup with an option set to undefined is the office those options make, not the cached default one', () => {
    // setUpOnce keys its set-ups by JSON.stringify([list, opts, office]): `{ now: undefined }` and `{}` are one key,
    // yet `{ mailQuota, now: <1/7/2024>, ...{ now: undefined } }` makes an emulator at createEmulator's default date
    // (1/9/2025), `{}` one at 1/7/2024. Whichever a worker made first (any earlier test file: isolate is false) is
    // what the other gets. The same for locale, modelLatency and oauthScopes set to undefined.
    officeAfterSetup(SCHOOLS);
    const { emu } = officeAfterSetup(SCHOOLS, { now: undefined });
    const asked: { now?: Date } = { now: undefined };
    const fresh = officeEmulator({ mailQuota: 1500, now: new Date(2024, 6, 1, 8, 0, 0), ...asked });
    expect(new Date(emu.clock.now()).getFullYear()).toBe(new Date(fresh.clock.now()).getFullYear());
  });

  it('setUpThenFork gives each call its own copy of what the set-up noted, not one array all its calls share', () => {
    // forkOffice copies the office's other fields shallowly ("data the tests read, never change"): an array or Map the
    // set-up returned (identity.test.ts: ids, before.decisions) is one object for every test of the file; a test that
    // sorts or splices it changes what the next test starts from, as a fresh set-up never would.
    const made = setUpThenFork(() => {
      const ctx = officeAfterSetup(SCHOOLS);
      const ids = [ctx.emu.forms.submitAsUser(ctx.formId, group(), { email: T.emails[0] }).responseId];
      return { ctx, ids };
    });
    const first = made();
    first.ids.push('a test\'s own note');
    expect(made().ids).toHaveLength(1);
  });
});
