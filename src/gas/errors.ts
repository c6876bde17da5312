// What the product may conclude from a failure. Apps Script translates its error messages into the user's
// language ("Service invoked too many times for one day" reads "Dịch vụ bị gọi quá nhiều lần trong một ngày" on a
// Vietnamese account), so no decision here reads an error's text: a quota is recognised by asking the service
// (MailApp.getRemainingDailyQuota), by the place in the code that failed, or by a count the script keeps (the files it
// created in a quota's window: src/core/create-quota.ts).
import { accountKindMatters, afterCreation, judgeRefusal, parseWindow, type CreateKind, type CreateWindow, type RefusalJudgement } from '../core/create-quota';
import { getState, setStateSoon, type StateKey } from './properties';

/** The message of anything thrown, whatever realm it came from (for the logs and the office's tabs only). */
export function errorMessage(err: unknown): string {
  if (err && typeof err === 'object' && 'message' in err) return String((err as { message: unknown }).message);
  return String(err);
}

/**
 * After MailApp.sendEmail failed for a message to `recipients` recipients: true when the daily recipient quota is
 * why (what is left of it no longer covers the message), so the rest waits for the next run.
 */
export function mailQuotaExhausted(recipients: number): boolean {
  return MailApp.getRemainingDailyQuota() < recipients;
}

/**
 * A refusal of the one call that creates a document or a spreadsheet, with what the tool's own count of the files it
 * created says of it (src/core/create-quota.ts): `quota` only near the daily quota, else a passing failure.
 */
export class CreateRefused extends Error {
  readonly quota: boolean;
  constructor(
    readonly reason: unknown,
    readonly judgement: RefusalJudgement,
  ) {
    super(errorMessage(reason));
    this.name = 'CreateRefused';
    this.quota = judgement.quota;
  }
}

const WINDOW_STATE: Record<CreateKind, StateKey> = { doc: 'docsCreated', sheet: 'sheetsCreated' };

/** The tool's count of the files of `kind` it created in the quota's current window (from the execution's cache). */
function createWindow(kind: CreateKind): CreateWindow | null {
  return parseWindow(getState(WINDOW_STATE[kind]));
}

/**
 * True when the account is a Google Workspace one, as far as a counter can tell: it may send more e-mails a day than
 * a consumer account ever may (100 recipients). False when unsure.
 */
function workspaceAccount(): boolean {
  try {
    return MailApp.getRemainingDailyQuota() > 100;
  } catch {
    return false;
  }
}

/** What a refusal of a creation of `kind` now means (see src/core/create-quota.ts). */
export function judgeCreateRefusal(kind: CreateKind): RefusalJudgement {
  const now = Date.now();
  const w = createWindow(kind);
  return judgeRefusal(w, now, kind, accountKindMatters(w, now, kind) && workspaceAccount());
}

/**
 * Runs the call that creates a document (DocumentApp.create, File.makeCopy; `kind` 'doc') or a spreadsheet
 * (SpreadsheetApp.create; 'sheet'). A file made is counted (written with the execution's next property write: a count
 * lost with an execution that dies first only makes a later refusal look a little less like the quota); a failure
 * of that call is a CreateRefused, judged by that count, never by the error's text.
 */
export function creatingDocument<T>(create: () => T, kind: CreateKind = 'doc'): T {
  let made: T;
  try {
    made = create();
  } catch (err) {
    throw new CreateRefused(err, judgeCreateRefusal(kind));
  }
  setStateSoon({ [WINDOW_STATE[kind]]: JSON.stringify(afterCreation(createWindow(kind), Date.now())) });
  return made;
}

export function isCreateRefused(err: unknown): err is CreateRefused {
  return err instanceof CreateRefused;
}

/** The script lock could not be had in time (another execution held it): recognised at the waitLock call. */
export class LockBusy extends Error {
  constructor(readonly reason: unknown) {
    super(errorMessage(reason));
    this.name = 'LockBusy';
  }
}

export function isLockBusy(err: unknown): err is LockBusy {
  return err instanceof LockBusy;
}

/**
 * A stop the tool words itself: its message is written for the office, in Vietnamese, and says what to do. The frame
 * (src/jobs/run.ts) shows it as it is; anything else that ends a run (a service's error, in the account's language) is
 * told in the tool's words around it.
 */
export class ToolStop extends Error {
  /** What the job's line in "Tình trạng" says (the message unless shorter words are given: review d81c F4). */
  readonly line: string;
  constructor(message: string, line?: string) {
    super(message);
    this.name = 'ToolStop';
    this.line = line ?? message;
  }
}

export function isToolStop(err: unknown): err is ToolStop {
  return err instanceof ToolStop;
}
