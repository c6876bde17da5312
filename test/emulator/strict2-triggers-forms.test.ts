// Strictness review 2 (/work/reviews/strict2.md): behaviours of ScriptApp and FormApp the emulation was more lenient
// about than Apps Script, each from the reference page named beside it.
import { describe, expect, it } from 'vitest';
import { SCOPE, permissionMessage, requiredScopes } from '../../emulator/index.js';
import { withScript } from './helpers.js';

describe('ScriptApp: the authorization of Trigger and TriggerBuilder methods', () => {
  // developers.google.com/apps-script/reference/script/trigger (getEventType, getHandlerFunction, getTriggerSource,
  // getTriggerSourceId, getUniqueId): "Scripts that use this method require authorization with … script.scriptapp".
  it('every Trigger method needs script.scriptapp', () => {
    for (const m of ['getEventType', 'getHandlerFunction', 'getTriggerSource', 'getTriggerSourceId', 'getUniqueId']) {
      expect(requiredScopes(`Trigger.${m}`)).toEqual([SCOPE.scriptApp]);
    }
  });

  // developers.google.com/apps-script/reference/script/trigger-builder: timeBased → script.scriptapp; forSpreadsheet →
  // spreadsheets.currentonly or spreadsheets; forForm → forms.currentonly or forms.
  it('TriggerBuilder.timeBased, forSpreadsheet and forForm need their scopes', () => {
    expect(requiredScopes('TriggerBuilder.timeBased')).toEqual([SCOPE.scriptApp]);
    expect(requiredScopes('TriggerBuilder.forSpreadsheet')).toEqual([SCOPE.spreadsheetsCurrent, SCOPE.spreadsheets]);
    expect(requiredScopes('TriggerBuilder.forForm')).toEqual([SCOPE.formsCurrent, SCOPE.forms]);
  });

  it('a project granted script.scriptapp but no spreadsheets scope cannot tie a trigger to a spreadsheet by its id', () => {
    const { emu, call } = withScript(
      `function tie(id) { try { ScriptApp.newTrigger('h').forSpreadsheet(id).onFormSubmit().create(); return 'made'; } catch (e) { return e.message; } }`,
      { oauthScopes: [SCOPE.scriptApp] },
    );
    expect(call('tie', emu.spreadsheets.active.id)).toBe(
      permissionMessage('TriggerBuilder.forSpreadsheet', [SCOPE.spreadsheetsCurrent, SCOPE.spreadsheets]),
    );
    expect(emu.triggers.triggers).toHaveLength(0);
  });

  it('the shipped scopes still allow what the product does with triggers', () => {
    const { emu, call } = withScript(
      `function all(id) {
         ScriptApp.newTrigger('a').forSpreadsheet(id).onFormSubmit().create();
         ScriptApp.newTrigger('b').timeBased().after(60000).create();
         return ScriptApp.getProjectTriggers().map(function (t) {
           return [t.getHandlerFunction(), String(t.getEventType()), t.getUniqueId() !== ''].join(':');
         });
       }`,
      { oauthScopes: [SCOPE.spreadsheets, SCOPE.scriptApp] },
    );
    expect(call('all', emu.spreadsheets.active.id)).toEqual(['a:ON_FORM_SUBMIT:true', 'b:CLOCK:true']);
  });
});

describe('FormApp.create: the title', () => {
  // developers.google.com/apps-script/reference/forms/form-app#create(String): "Creates and returns a new Form. Throws an
  // exception if the given title is null or empty."
  it('refuses an empty title and makes no form', () => {
    const { emu, call } = withScript(
      `function make(t) { try { return FormApp.create(t).getTitle(); } catch (e) { return 'refused'; } }`,
    );
    expect(call('make', '')).toBe('refused');
    expect(call('make', null)).toBe('refused');
    expect(emu.forms.byTitle('')).toEqual([]);
    expect(emu.forms.byTitle('null')).toEqual([]);
    // The title given names the form's Drive file; the form's own title is empty until setTitle (review r71e F3).
    expect(call('make', 'Đăng ký')).toBe('');
    expect(emu.drive.filesByName('Đăng ký')).toHaveLength(1);
  });
});
