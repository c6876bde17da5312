// Granular consent: a user may consent to some of the project's scopes only. A call needing one not consented is
// refused as one the manifest lacks; ScriptApp.requireAllScopes ends the execution while any is missing.
import { describe, expect, it } from 'vitest';
import { SCOPE, permissionMessage } from '../../emulator/index.js';
import { CONSENT_REQUIRED_MSG } from '../../emulator/script.js';
import { withScript } from './helpers.js';

const SCRIPT = `
  function quota() { try { return MailApp.getRemainingDailyQuota(); } catch (e) { return e.message; } }
  function all() { try { ScriptApp.requireAllScopes(ScriptApp.AuthMode.FULL); return 'ok'; } catch (e) { return e.message; } }`;

describe('granular consent', () => {
  it('refuses what was not consented to, and requireAllScopes stops until everything is', () => {
    const { emu, call } = withScript(SCRIPT, { oauthScopes: [SCOPE.spreadsheets, SCOPE.sendMail, SCOPE.scriptApp] });
    expect(call('all')).toBe('ok');
    expect(typeof call('quota')).toBe('number');
    emu.runtime.consentedScopes = new Set([SCOPE.spreadsheets, SCOPE.scriptApp]);
    expect(call('quota')).toBe(permissionMessage('MailApp.getRemainingDailyQuota', [SCOPE.sendMail]));
    expect(call('all')).toBe(CONSENT_REQUIRED_MSG);
    emu.runtime.consentedScopes = new Set([SCOPE.spreadsheets, SCOPE.scriptApp, SCOPE.sendMail]);
    expect(call('all')).toBe('ok');
  });
});
