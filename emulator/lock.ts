// LockService: one script lock shared by every execution, one document lock per file, one user lock per user.
// A lock belongs to the execution that took it and is released when that execution ends. Executions here are
// synchronous, so "another process" holding a lock means an execution suspended around an interleaved one
// (Runtime.interleave): waiting for it cannot succeed, so waitLock advances the clock by its timeout and throws,
// tryLock advances it and returns false — exactly what the real service does when the holder keeps the lock
// longer than the timeout.
import { attach, instrument, type Facade, type Runtime, type Subset } from './runtime.js';

type Lock = GoogleAppsScript.Lock.Lock;

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

export interface LockState {
  key: string;
  /** Execution id holding it (0: taken outside any execution, from Node). */
  holder: number | null;
  acquiredAt?: number;
}

/**
 * A lock let go while the execution that held it had SpreadsheetApp writes not yet committed: another execution may
 * take the lock and read the tabs without them (facts file: "flush() before releasing a lock that guards sheet
 * writes"). `how`: by releaseLock, or by the execution's end (whether Apps Script commits an ending execution's writes
 * before it lets its locks go is not documented: counted as a hazard too).
 */
export interface UnflushedRelease {
  key: string;
  execution: number;
  label: string;
  how: 'releaseLock' | 'end';
  at: number;
}

/** Node side: lock states, and a history of acquisitions and timeouts. */
export class LockController {
  readonly locks = new Map<string, LockState>();
  readonly history: Array<{ key: string; execution: number; event: 'acquired' | 'released' | 'timeout'; at: number }> = [];
  /** Locks let go with writes not committed (see UnflushedRelease): a test of a job that takes a lock expects none. */
  readonly unflushedReleases: UnflushedRelease[] = [];
  constructor(rt: Runtime) {
    rt.onExecutionEnd((exec) => {
      for (const l of this.locks.values()) {
        if (l.holder === exec.id) {
          l.holder = null;
          if (exec.endedWithWritesPending) this.unflushedReleases.push({ key: l.key, execution: exec.id, label: exec.label, how: 'end', at: rt.clock.now() });
          this.history.push({ key: l.key, execution: exec.id, event: 'released', at: rt.clock.now() });
        }
      }
    });
  }
  state(key: string): LockState {
    let l = this.locks.get(key);
    if (!l) this.locks.set(key, (l = { key, holder: null }));
    return l;
  }
  /** Who holds the script lock (execution id), or null. */
  scriptLockHolder(): number | null {
    return this.state('script').holder;
  }
}

export class EmuLockService implements Facade<GoogleAppsScript.Lock.LockService, 'getScriptLock' | 'getDocumentLock' | 'getUserLock'> {
  #rt: Runtime;
  #c: LockController;
  #user: () => string;
  #doc: () => string | null;
  constructor(rt: Runtime, c: LockController, user: () => string, documentId: () => string | null) {
    this.#rt = rt;
    this.#c = c;
    this.#user = user;
    this.#doc = documentId;
    attach(this, rt);
  }
  getScriptLock(): Lock {
    return new EmuLock(this.#rt, this.#c, 'script') as unknown as Lock;
  }
  /** null when the script is not bound to a document. */
  getDocumentLock(): Lock {
    const id = this.#doc();
    return (id ? new EmuLock(this.#rt, this.#c, `document:${id}`) : null) as unknown as Lock;
  }
  getUserLock(): Lock {
    return new EmuLock(this.#rt, this.#c, `user:${this.#user()}`) as unknown as Lock;
  }
}
const _ls: Subset<EmuLockService, GoogleAppsScript.Lock.LockService> = true;
instrument(EmuLockService, 'LockService');

export class EmuLock implements Facade<Lock, 'waitLock' | 'tryLock' | 'hasLock' | 'releaseLock'> {
  #rt: Runtime;
  #c: LockController;
  #key: string;
  #mine = false;
  constructor(rt: Runtime, c: LockController, key: string) {
    this.#rt = rt;
    this.#c = c;
    this.#key = key;
    attach(this, rt);
  }
  #execId(): number {
    return this.#rt.current?.id ?? 0;
  }
  #acquire(timeoutMs: number): boolean {
    const l = this.#c.state(this.#key);
    const me = this.#execId();
    const exec = this.#rt.current;
    if (exec && exec.waitingSince !== undefined && !exec.waitAccounted) {
      // This execution fired while another held the lock and was started when it was released: it has been
      // waiting since it fired. Had the wait been longer than this timeout, waitLock would have given up.
      exec.waitAccounted = true;
      exec.waitedMs = Math.min(this.#rt.clock.now() - exec.waitingSince, Number(timeoutMs) || 0);
      if (this.#rt.clock.now() - exec.waitingSince > (Number(timeoutMs) || 0)) {
        this.#c.history.push({ key: this.#key, execution: me, event: 'timeout', at: this.#rt.clock.now() });
        return false;
      }
    }
    if (l.holder === null || l.holder === me) {
      l.holder = me;
      l.acquiredAt = this.#rt.clock.now();
      this.#mine = true;
      this.#c.history.push({ key: this.#key, execution: me, event: 'acquired', at: this.#rt.clock.now() });
      return true;
    }
    // Held by another (suspended) execution: it cannot release while we wait.
    this.#rt.clock.advance(Math.max(0, Number(timeoutMs) || 0));
    this.#c.history.push({ key: this.#key, execution: me, event: 'timeout', at: this.#rt.clock.now() });
    return false;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.#acquire(timeoutInMillis)) throw this.#rt.error(LOCK_TIMEOUT_MESSAGE);
  }
  tryLock(timeoutInMillis: number): boolean {
    return this.#acquire(timeoutInMillis);
  }
  hasLock(): boolean {
    return this.#mine && this.#c.state(this.#key).holder === this.#execId();
  }
  releaseLock(): void {
    const l = this.#c.state(this.#key);
    if (this.#mine && l.holder === this.#execId()) {
      l.holder = null;
      const exec = this.#rt.current;
      if (this.#rt.sheetWritesPending) {
        this.#c.unflushedReleases.push({ key: this.#key, execution: this.#execId(), label: exec?.label ?? '', how: 'releaseLock', at: this.#rt.clock.now() });
      }
      this.#c.history.push({ key: this.#key, execution: this.#execId(), event: 'released', at: this.#rt.clock.now() });
    }
    this.#mine = false;
  }
}
const _l: Subset<EmuLock, Lock> = true;
instrument(EmuLock, 'Lock');
