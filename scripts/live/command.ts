// The shape every live command shares: parse arguments → find clasp's login (no network; without it, one clear
// Vietnamese line and a non-zero exit) → load googleapis → run → translate Google's errors into what to do.
process.env.TZ = 'Asia/Ho_Chi_Minh';

import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { google as GoogleApis } from 'googleapis';
import { claspAuthPath, readClaspCredential, type ClaspCredential } from './credentials';
import { LIVE_MSG } from './messages';

/** Exit codes: 0 done, 1 Google refused or failed, 2 arguments or login missing, 3 live and emulated results differ. */
export const EXIT = { ok: 0, failed: 1, usage: 2, differ: 3 } as const;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}
export const consoleIo: Io = { out: (l) => console.log(l), err: (l) => console.error(l) };

export interface ParsedCommandArgs {
  positional: string[];
  options: Record<string, string>;
}

/** A problem the user fixes: printed as is, exit code given. */
export class LiveError extends Error {
  constructor(
    readonly lines: string[],
    readonly exitCode: number = EXIT.failed,
  ) {
    super(lines.join('\n'));
    this.name = 'LiveError';
  }
}

/** `POSITIONAL… --name value --name=value`; every option takes a value; `known` lists them (without dashes). */
export function parseCommandArgs(argv: readonly string[], known: readonly string[], usage: string): ParsedCommandArgs {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq > 0 ? eq : undefined);
    if (!known.includes(name)) throw new LiveError([LIVE_MSG.unknownArg(a), usage], EXIT.usage);
    const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) throw new LiveError([LIVE_MSG.missingValue(`--${name}`), usage], EXIT.usage);
    options[name] = value;
  }
  return { positional, options };
}

/** Login options every command takes (as clasp: --auth FILE_OR_FOLDER, --user NAME). */
export const LOGIN_OPTIONS = ['auth', 'user'] as const;

/** clasp's login for `options`, or a LiveError carrying the one line to print (exit 2). No network. */
export function requireCredential(options: Record<string, string>, env: NodeJS.ProcessEnv = process.env): { credential: ClaspCredential; user: string } {
  const path = claspAuthPath(options.auth, env);
  const user = options.user ?? 'default';
  const found = readClaspCredential(path, user);
  if (!found.ok) throw new LiveError([LIVE_MSG.noLogin[found.reason](path, user)], EXIT.usage);
  return { credential: found.credential, user };
}

/** googleapis' OAuth2 client (google-auth-library's OAuth2Client, as googleapis re-exports it). */
export type OAuth2Client = InstanceType<typeof GoogleApis.auth.OAuth2>;

export interface LiveContext {
  google: typeof GoogleApis;
  auth: OAuth2Client;
  user: string;
}

/** Loads googleapis (only now: the skip path never loads it) and makes an OAuth2 client from the stored login. */
export async function connect(credential: ClaspCredential, user: string): Promise<LiveContext> {
  const { google } = await import('googleapis');
  const auth = new google.auth.OAuth2(credential.client_id, credential.client_secret);
  auth.setCredentials({
    refresh_token: credential.refresh_token,
    access_token: credential.access_token,
    expiry_date: credential.expiry_date,
    token_type: credential.token_type,
  });
  return { google, auth, user };
}

/** What a call needs, to explain a refusal: what it does, which scope it needs, what it addresses. */
export interface CallInfo {
  what: string;
  scope: string;
  thing: string;
  id: string;
}

interface GoogleErrorBody {
  error?: { code?: number; message?: string; status?: string; details?: { reason?: string; '@type'?: string }[] } | string;
  error_description?: string;
}

/** A Google API error (gaxios) as the line that tells the user what to do. Decides on status codes and reasons. */
export function explainApiError(err: unknown, call: CallInfo, user: string): string {
  const e = err as { response?: { status?: number; data?: GoogleErrorBody }; status?: number; code?: string | number; message?: string };
  const status = e?.response?.status ?? (typeof e?.status === 'number' ? e.status : undefined);
  const body = e?.response?.data;
  const error = typeof body?.error === 'object' ? body.error : undefined;
  const reasons = (error?.details ?? []).map((d) => d.reason ?? '');
  const detail = error?.message ?? body?.error_description ?? (typeof body?.error === 'string' ? body.error : undefined) ?? e?.message ?? String(err);
  if (status === undefined && typeof e?.code === 'string' && /^E[A-Z]+/.test(e.code)) return LIVE_MSG.api.network(e.code);
  if (status === 401 || body?.error === 'invalid_grant') return LIVE_MSG.api.unauthorized(user);
  if (status === 403 && (reasons.includes('ACCESS_TOKEN_SCOPE_INSUFFICIENT') || error?.status === 'PERMISSION_DENIED' && /scope/i.test(detail))) {
    return LIVE_MSG.api.scope(call.what, call.scope, user);
  }
  if (status === 403 && (reasons.includes('SERVICE_DISABLED') || reasons.includes('accessNotConfigured'))) return LIVE_MSG.api.apiDisabled(detail);
  if (status === 404) return LIVE_MSG.api.notFound(call.thing, call.id);
  if (status === 403) return LIVE_MSG.api.denied(call.what, detail);
  return LIVE_MSG.api.other(call.what, detail);
}

/** Runs one API call; a refusal becomes a LiveError with the explaining line. */
export async function apiCall<T>(ctx: { user: string }, call: CallInfo, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof LiveError) throw err;
    throw new LiveError([explainApiError(err, call, ctx.user)], EXIT.failed);
  }
}

/** The command's frame: every LiveError is printed and becomes the exit code; anything else is a bug (stack). */
export async function runLive(body: () => Promise<number>, io: Io = consoleIo): Promise<number> {
  try {
    return await body();
  } catch (err) {
    if (err instanceof LiveError) {
      for (const l of err.lines) io.err(l);
      return err.exitCode;
    }
    io.err(err instanceof Error ? (err.stack ?? err.message) : String(err));
    return EXIT.failed;
  }
}

/** Paths the user typed are relative to the folder npm was run from. */
export function userPath(p: string): string {
  return resolve(process.env.INIT_CWD || process.cwd(), p);
}

/** True when this module file is the script node was asked to run (also through a symlinked folder: node gives the
 * module's real path in import.meta.url, and argv[1] as typed). */
export function isMain(url: string): boolean {
  const arg = process.argv[1];
  if (arg === undefined) return false;
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  return real(fileURLToPath(url)) === real(arg);
}
