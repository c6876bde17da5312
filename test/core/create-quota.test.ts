// The tool's count of the files it created in a daily quota's window, and what a refused creation means by it.
import { describe, expect, it } from 'vitest';
import { CREATE_LIMITS, QUOTA_WINDOW_MS, accountKindMatters, afterCreation, judgeRefusal, liveWindow, parseWindow } from '../../src/core/create-quota';

const T0 = Date.UTC(2024, 6, 1, 1, 0, 0);
const H = 3600_000;

describe('the count of files created in the quota window', () => {
  it('opens a window at the first creation, counts within it, and opens the next one after 24 hours', () => {
    let w = afterCreation(null, T0);
    expect(w).toEqual({ s: T0, n: 1 });
    w = afterCreation(w, T0 + 23 * H);
    expect(w).toEqual({ s: T0, n: 2 });
    expect(liveWindow(w, T0 + QUOTA_WINDOW_MS - 1)).toEqual(w);
    expect(liveWindow(w, T0 + QUOTA_WINDOW_MS)).toBeNull();
    expect(afterCreation(w, T0 + QUOTA_WINDOW_MS + H)).toEqual({ s: T0 + QUOTA_WINDOW_MS + H, n: 1 });
    // A clock that went back (another time zone's stamp, a damaged value) is no open window.
    expect(liveWindow(w, T0 - 1)).toBeNull();
  });

  it('reads only a well-formed count', () => {
    expect(parseWindow(JSON.stringify({ s: T0, n: 3 }))).toEqual({ s: T0, n: 3 });
    for (const bad of [null, '', '{', '{"s":"x","n":1}', '{"s":1}', '{"s":1,"n":-1}']) expect(parseWindow(bad)).toBeNull();
  });
});

describe('a refused creation', () => {
  const w = (n: number) => ({ s: T0, n });
  it('is a passing failure well under the quota, the quota near it, freeing when the window ends', () => {
    expect(judgeRefusal(null, T0, 'doc')).toEqual({ quota: false, made: 0, since: null, freesAt: null, limit: 250 });
    expect(judgeRefusal(w(10), T0 + H, 'doc').quota).toBe(false);
    expect(judgeRefusal(w(239), T0 + H, 'doc').quota).toBe(false);
    expect(judgeRefusal(w(240), T0 + H, 'doc')).toEqual({ quota: true, made: 240, since: T0, freesAt: T0 + QUOTA_WINDOW_MS, limit: 250 });
    // The window ended: the quota is whole again, whatever was made before.
    expect(judgeRefusal(w(250), T0 + QUOTA_WINDOW_MS, 'doc').quota).toBe(false);
  });

  it('on a Workspace account (known, or more made than a consumer account may) the higher quota counts', () => {
    expect(judgeRefusal(w(245), T0 + H, 'doc', true)).toMatchObject({ quota: false, limit: 1500 });
    expect(judgeRefusal(w(300), T0 + H, 'doc')).toMatchObject({ quota: false, limit: 1500 });
    expect(judgeRefusal(w(1490), T0 + H, 'doc').quota).toBe(true);
    expect(judgeRefusal(w(3190), T0 + H, 'sheet').quota).toBe(true);
    expect(judgeRefusal(w(1490), T0 + H, 'sheet').quota).toBe(false);
  });

  it('asks for the account kind only where the answer changes the judgement', () => {
    const c = CREATE_LIMITS.doc.consumer;
    expect(accountKindMatters(w(c - 11), T0 + H, 'doc')).toBe(false);
    expect(accountKindMatters(w(c - 10), T0 + H, 'doc')).toBe(true);
    expect(accountKindMatters(w(c), T0 + H, 'doc')).toBe(true);
    expect(accountKindMatters(w(c + 1), T0 + H, 'doc')).toBe(false);
    expect(accountKindMatters(w(c), T0 + QUOTA_WINDOW_MS, 'doc')).toBe(false);
  });
});
