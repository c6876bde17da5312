import { describe, expect, it } from 'vitest';
import { withScript } from './helpers.js';

describe('harness', () => {
  it('runs the code in a context without Node globals', () => {
    const { call } = withScript(`
      function probe() {
        return {
          process: typeof process, require: typeof require, setTimeout: typeof setTimeout, Buffer: typeof Buffer,
          TextEncoder: typeof TextEncoder, URL: typeof URL, fetch: typeof fetch, structuredClone: typeof structuredClone,
          performance: typeof performance, setInterval: typeof setInterval, module: typeof module, globalThisProcess: typeof globalThis.process,
        };
      }`);
    const r = call('probe') as Record<string, string>;
    for (const [k, v] of Object.entries(r)) expect(v, k).toBe('undefined');
  });

  it('offers the Apps Script services as globals and lists top-level functions as entry points', () => {
    const { bundle, call } = withScript(`
      var app = (function () { return { helper: function () { return 1; } }; })();
      function onOpen(e) { return app.helper(); }
      function setup() { return [typeof SpreadsheetApp, typeof FormApp, typeof ScriptApp, typeof LockService, typeof PropertiesService,
        typeof MailApp, typeof Session, typeof Utilities, typeof Logger, typeof console].join(); }`);
    expect(bundle.entryPoints().sort()).toEqual(['onOpen', 'setup']);
    expect(call('setup')).toBe('object,object,object,object,object,object,object,object,object,object');
    expect(() => call('missing')).toThrow('Script function not found: missing');
  });

  it('hands the script values of its own realm (instanceof Array/Date hold) and fresh Dates each call', () => {
    const { call } = withScript(`
      function t() {
        var r = SpreadsheetApp.getActiveSheet().getRange('A1');
        r.setValue(new Date(2025, 0, 2));
        var a = r.getValues(), b = r.getValues();
        return [a instanceof Array, a[0][0] instanceof Date, a[0][0] !== b[0][0], Object.prototype.toString.call(b[0][0])];
      }`);
    expect(call('t')).toEqual([true, true, true, '[object Date]']);
  });

  it('records Logger and console output', () => {
    const { emu, call } = withScript(`function t() { Logger.log('a %s', 1); console.warn('b', {x: 1}); }`);
    call('t');
    expect(emu.logs.entries.map((e) => `${e.source}.${e.level}:${e.message}`)).toEqual(['Logger.log:a 1', 'console.warn:b {"x":1}']);
  });

  it('onOpen as a simple trigger adds the menu', () => {
    const { emu, bundle } = withScript(`
      function onOpen(e) { SpreadsheetApp.getUi().createMenu('Điển hình tiên tiến').addItem('Thiết lập', 'setup').addSeparator().addToUi(); }
      function setup() {}`);
    bundle.openSpreadsheet();
    expect(emu.spreadsheets.menus).toEqual([{ name: 'Điển hình tiên tiến', items: [{ caption: 'Thiết lập', functionName: 'setup' }, { separator: true }] }]);
    expect(emu.runtime.executions.at(-1)?.kind).toBe('simpleTrigger');
  });
});

describe('fake clock inside the script', () => {
  it('new Date() and Date.now() read the fake clock', () => {
    const { emu, call } = withScript(`function t() { var d = new Date(); return [d.getTime(), Date.now(), d instanceof Date, Object.prototype.toString.call(d), new Date(2020, 0, 1).getFullYear()]; }`);
    emu.clock.set(Date.UTC(2030, 0, 1));
    expect(call('t')).toEqual([Date.UTC(2030, 0, 1), Date.UTC(2030, 0, 1), true, '[object Date]', 2020]);
  });
});

describe('each execution starts from a freshly loaded script (contexts are reused only when provably as new)', () => {
  it('module state, globals written, implicit globals and changed built-ins never reach the next execution', () => {
    const { call } = withScript(`
      var n = 0;
      function inc() { n++; return n; }
      function leak() { globalThis.z = (globalThis.z || 0) + 1; return globalThis.z; }
      function implicit() { y = (typeof y === 'number' ? y : 0) + 1; return y; }
      function proto() { Array.prototype.q = (Array.prototype.q || 0) + 1; return Array.prototype.q; }
      function replace() { var was = String.prototype.trim === String.prototype.trimStart; String.prototype.trim = String.prototype.trimStart; return was; }
      function deep() { var was = 'x' in Intl.DateTimeFormat.prototype; Intl.DateTimeFormat.prototype.x = 1; return was; }
      function freeze() { var was = Object.isFrozen(Math); Object.freeze(Math); return was; }
      function iter() { var p = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())); var was = 'x' in p; p.x = 1; return was; }
      function service() { var was = SpreadsheetApp === undefined; SpreadsheetApp = undefined; return was; }`);
    for (const name of ['inc', 'leak', 'implicit', 'proto']) {
      expect([call(name), call(name), call(name)], name).toEqual([1, 1, 1]);
    }
    for (const name of ['replace', 'deep', 'freeze', 'iter', 'service']) {
      expect([call(name), call(name)], name).toEqual([false, false]);
    }
    expect(call('inc')).toBe(1);
  });

  it('top-level declarations are properties of the global object, and `this` is it', () => {
    const { call } = withScript(`
      var app = { v: 1 };
      function t() { return [typeof globalThis.t, globalThis.app === app, this === globalThis, typeof globalThis.n]; }`);
    expect(call('t')).toEqual(['function', true, true, 'undefined']);
    expect(call('t')).toEqual(['function', true, true, 'undefined']);
  });

  it('an execution nested in another (a trigger fired inside a service call) does not see its global scope', () => {
    const { emu, call } = withScript(`
      function outer() { globalThis.mark = 1; SpreadsheetApp.getActiveSpreadsheet(); return typeof globalThis.mark; }
      function inner() { return typeof globalThis.mark; }`);
    let seen: unknown;
    emu.runtime.interleave(() => (seen = call('inner')));
    expect(call('outer')).toBe('number');
    expect(seen).toBe('undefined');
    expect(call('inner')).toBe('undefined');
  });

  it('stack positions are those of the script', () => {
    const { call } = withScript(`function ok() { return 1; }\nfunction boom() {\n  throw new Error('x');\n}`);
    let stack = '';
    try {
      call('boom');
    } catch (err) {
      stack = String((err as Error).stack);
    }
    expect(stack).toMatch(/Code\.js:3:9/);
  });
});
