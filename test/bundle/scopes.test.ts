// The manifest grants what the code needs: the emulation refuses every call the manifest's oauthScopes do not
// allow, with Apps Script's message, as a deployed project would.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCOPE, createEmulator, permissionMessage } from '../../emulator/index';
import { CONSENT_REQUIRED_MSG } from '../../emulator/script';
import { typeIntoTab } from '../../scripts/season';
import { SCHOOLS, bundleCode, directoryRows, manifestScopes, officeEmulator } from './helpers';

/** The manifest before issue 14: Drive through drive.file only. */
const OLD_SCOPES = [SCOPE.spreadsheets, SCOPE.forms, SCOPE.documents, SCOPE.driveFile, SCOPE.sendMail, SCOPE.scriptApp, SCOPE.containerUi];

describe('oauthScopes of the manifest', () => {
  it('with the old manifest (drive.file) setup is refused at its first DriveApp call', () => {
    const emu = createEmulator({ modelLatency: false, oauthScopes: OLD_SCOPES });
    const bundle = emu.loadBundle(bundleCode());
    bundle.call('setup', undefined, { kind: 'menu' });
    typeIntoTab(emu, 'Đơn vị', directoryRows(SCHOOLS));
    expect(() => bundle.call('setup', undefined, { kind: 'menu' })).toThrow(permissionMessage('DriveApp.createFolder', [SCOPE.drive]));
    expect([...emu.runtime.refusedCalls.keys()]).toEqual(['DriveApp.createFolder']);
    expect(emu.docs.list()).toHaveLength(0);
  });

  it('with the shipped manifest setup makes its forms, templates and triggers without a refusal', () => {
    const emu = officeEmulator({ locale: 'en' });
    const bundle = emu.loadBundle(bundleCode());
    bundle.call('setup', undefined, { kind: 'menu' });
    typeIntoTab(emu, 'Đơn vị', directoryRows(SCHOOLS));
    bundle.call('setup', undefined, { kind: 'menu' });
    expect(emu.runtime.refusedCalls.size).toBe(0);
    expect(emu.docs.list().length).toBe(8); // the eight award-document templates (issue 15)
    expect(emu.properties.script.get('form.registration.id')).toBeTruthy();
    expect(emu.properties.script.get('form.report.id')).toBeTruthy();
    expect(emu.triggers.triggers.length).toBeGreaterThan(0);
  });

  it('a person who unticked a permission on the consent screen: Thiết lập makes nothing until every one is given', () => {
    const emu = officeEmulator({ locale: 'en' });
    const bundle = emu.loadBundle(bundleCode());
    // "Send email as you" and "run when you are not present" left unticked.
    emu.runtime.consentedScopes = new Set(manifestScopes().filter((s) => s !== SCOPE.sendMail && s !== SCOPE.scriptApp));
    expect(() => bundle.call('setup', undefined, { kind: 'menu' })).toThrow(CONSENT_REQUIRED_MSG);
    expect(emu.spreadsheets.sheetNames()).not.toContain('Đơn vị');
    expect(emu.properties.script.get('form.registration.id')).toBeUndefined();
    expect(emu.forms.forms.size).toBe(0);
    expect(emu.triggers.triggers.length).toBe(0);
    // Every permission given: Thiết lập goes through.
    emu.runtime.consentedScopes = null;
    bundle.call('setup', undefined, { kind: 'menu' });
    typeIntoTab(emu, 'Đơn vị', directoryRows(SCHOOLS));
    bundle.call('setup', undefined, { kind: 'menu' });
    expect(emu.properties.script.get('form.registration.id')).toBeTruthy();
    expect(emu.triggers.triggers.length).toBeGreaterThan(0);
  });

  it('declares Drive in full and nothing it does not use', () => {
    const scopes = manifestScopes();
    expect(scopes).toContain(SCOPE.drive);
    expect(scopes).not.toContain(SCOPE.driveFile);
    expect(JSON.parse(readFileSync('appsscript/appsscript.json', 'utf8')).oauthScopes).toEqual(scopes);
  });

  it('a simple trigger (onOpen) may build the menu but not call a service that needs authorisation', () => {
    const emu = officeEmulator({ locale: 'en' });
    const bundle = emu.loadBundle(bundleCode());
    bundle.openSpreadsheet();
    expect(emu.spreadsheets.menus).toHaveLength(1);
    expect(emu.runtime.refusedCalls.size).toBe(0);
    const refused = (call: string) =>
      emu.runtime.execute(
        () => {
          const g = emu.globals;
          if (call === 'DriveApp') g.DriveApp.getRootFolder();
          if (call === 'FormApp') g.FormApp.create('x');
          if (call === 'DocumentApp') g.DocumentApp.create('x');
          if (call === 'ScriptApp') g.ScriptApp.getProjectTriggers();
          if (call === 'MailApp') g.MailApp.getRemainingDailyQuota();
        },
        { kind: 'simpleTrigger' },
      );
    for (const s of ['DriveApp', 'FormApp', 'DocumentApp', 'ScriptApp', 'MailApp']) expect(() => refused(s)).toThrow(/^You do not have permission to call /);
    // The bound spreadsheet itself is allowed (spreadsheets.currentonly).
    expect(emu.runtime.execute(() => emu.globals.SpreadsheetApp.getActiveSpreadsheet().getName(), { kind: 'simpleTrigger' })).toBeTruthy();
  });
});
