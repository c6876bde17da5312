// clasp's login, read without touching the network: ~/.clasprc.json as clasp v3 writes it
// (google/clasp src/auth/file_credential_store.ts): { "tokens": { "<user>": { type: "authorized_user", client_id,
// client_secret, refresh_token, access_token, expiry_date, token_type } } }, one entry per `clasp login --user NAME`
// ("default" without --user). The file is found as clasp finds it: --auth FILE (or a folder holding .clasprc.json),
// else $clasp_config_auth, else ~/.clasprc.json.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const CLASPRC = '.clasprc.json';

/** The stored credential of one clasp user, as google-auth-library's `fromJSON` / `setCredentials` take it. */
export interface ClaspCredential {
  type?: string;
  client_id: string;
  client_secret: string;
  refresh_token?: string;
  access_token?: string;
  expiry_date?: number;
  token_type?: string;
}

export type CredentialLookup =
  | { ok: true; path: string; user: string; credential: ClaspCredential }
  | { ok: false; path: string; user: string; reason: 'missing' | 'unreadable' | 'noUser' | 'incomplete' };

/** Where clasp would read its login from. */
export function claspAuthPath(auth?: string, env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  const given = auth ?? env.clasp_config_auth;
  if (!given) return join(home, CLASPRC);
  const p = resolve(given);
  return existsSync(p) && statSync(p).isDirectory() ? join(p, CLASPRC) : p;
}

/** Reads the credential of `user` (default "default"); never throws, never refreshes a token. */
export function readClaspCredential(path: string, user = 'default'): CredentialLookup {
  if (!existsSync(path) || statSync(path).isDirectory()) return { ok: false, path, user, reason: 'missing' };
  let store: { tokens?: Record<string, Partial<ClaspCredential> | null | undefined> };
  try {
    store = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return { ok: false, path, user, reason: 'unreadable' };
  }
  const c = store && typeof store === 'object' && store.tokens && typeof store.tokens === 'object' ? store.tokens[user] : undefined;
  if (!c) return { ok: false, path, user, reason: 'noUser' };
  if (!c.client_id || !c.client_secret || (!c.refresh_token && !c.access_token)) return { ok: false, path, user, reason: 'incomplete' };
  return { ok: true, path, user, credential: c as ClaspCredential };
}
