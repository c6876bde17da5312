// The daily quotas of files created (documents: DocumentApp.create, and Drive makeCopy of a Doc; spreadsheets:
// SpreadsheetApp.create), told apart from a passing failure by a count the script keeps, never by an error's text
// (Apps Script translates its messages) nor by the failing call alone (a create call also fails for a passing
// "Service unavailable").
//
// The count mirrors the quota's own window (apps-script-facts.md: a daily quota resets 24 h after the first request
// of its window, not at midnight): the first creation after a window ended opens the next one; every creation of the
// tool adds one. A refusal while the tool made clearly fewer than the account's quota in the window is a passing
// failure (retried soon); only near the quota is it the quota, which frees when the window ends.
//
// What the count cannot see: files other scripts of the same account made (the refusal then looks passing; the
// retries stop after a few attempts, and the office is told this may be why). An account's kind (consumer or
// Workspace) is not known either: the lower quota is assumed until the tool has made more than it allows, or the
// caller knows better (a Workspace account may send more than 100 e-mails a day).

export type CreateKind = 'doc' | 'sheet';

/** Files created a day: consumer account, Google Workspace (apps-script-facts.md; spreadsheets: the emulator's figures). */
export const CREATE_LIMITS: Record<CreateKind, { consumer: number; workspace: number }> = {
  doc: { consumer: 250, workspace: 1500 },
  sheet: { consumer: 250, workspace: 3200 },
};

/**
 * How close to the quota a refusal counts as the quota: creations the count may have missed (one made just before an
 * execution died, before its count was written; one made by another script of the account).
 */
export const CREATE_QUOTA_MARGIN = 10;

export const QUOTA_WINDOW_MS = 24 * 3600_000;

/** The tool's creations in the current quota window: its start (epoch ms) and how many. Stored as JSON. */
export interface CreateWindow {
  s: number;
  n: number;
}

export function parseWindow(raw: string | null | undefined): CreateWindow | null {
  if (!raw) return null;
  try {
    const w = JSON.parse(raw) as Partial<CreateWindow>;
    return typeof w.s === 'number' && typeof w.n === 'number' && isFinite(w.s) && w.n >= 0 ? { s: w.s, n: w.n } : null;
  } catch {
    return null;
  }
}

/** The window still open at `now`, or null (none yet, or ended: the quota is whole again). */
export function liveWindow(w: CreateWindow | null, now: number): CreateWindow | null {
  return w && now < w.s + QUOTA_WINDOW_MS && now >= w.s ? w : null;
}

/** The window after one more creation at `now`. */
export function afterCreation(w: CreateWindow | null, now: number): CreateWindow {
  const live = liveWindow(w, now);
  return live ? { s: live.s, n: live.n + 1 } : { s: now, n: 1 };
}

/** True when a refusal at `now` is judged differently on a consumer and on a Workspace account (ask which it is). */
export function accountKindMatters(w: CreateWindow | null, now: number, kind: CreateKind): boolean {
  const made = liveWindow(w, now)?.n ?? 0;
  const consumer = CREATE_LIMITS[kind].consumer;
  return made >= consumer - CREATE_QUOTA_MARGIN && made <= consumer;
}

export interface RefusalJudgement {
  /** True: the daily quota (it frees at `freesAt`); false: a passing failure, to retry soon. */
  quota: boolean;
  /** Files the tool made in the window. */
  made: number;
  /** When the window began (null: no window open). */
  since: number | null;
  /** When the window ends and the quota is whole again (null: no window open). */
  freesAt: number | null;
  /** The quota assumed. */
  limit: number;
}

/**
 * What a refused creation at `now` means, from the tool's own count. `workspace`: the account is known to be a
 * Workspace one (else the lower quota is assumed, until the tool made more than it).
 */
export function judgeRefusal(w: CreateWindow | null, now: number, kind: CreateKind, workspace = false): RefusalJudgement {
  const live = liveWindow(w, now);
  const made = live?.n ?? 0;
  const limits = CREATE_LIMITS[kind];
  const limit = workspace || made > limits.consumer ? limits.workspace : limits.consumer;
  return {
    quota: live !== null && made >= limit - CREATE_QUOTA_MARGIN,
    made,
    since: live ? live.s : null,
    freesAt: live ? live.s + QUOTA_WINDOW_MS : null,
    limit,
  };
}
