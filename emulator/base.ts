// Session, Utilities (with Blob), Logger and console.
import { createHash, randomUUID } from 'node:crypto';
import { attach, instrument, isDate, makeEnum, type Facade, type Runtime, type Subset } from './runtime.js';
import { formatDate } from './values.js';

type Blob = GoogleAppsScript.Base.Blob;
type User = GoogleAppsScript.Base.User;

// ------------------------------------------------------------------ Session

/** Who is running: the emulator's user (the script owner) unless a controller switches it. */
export class Identity {
  constructor(
    public activeUser: string,
    public timeZone: string,
    public locale = 'vi',
  ) {}
}

export class EmuUser implements Facade<User, 'getEmail'> {
  #email: string;
  constructor(rt: Runtime, email: string) {
    this.#email = email;
    attach(this, rt);
  }
  getEmail(): string {
    return this.#email;
  }
}
const _u: Subset<EmuUser, User> = true;
instrument(EmuUser, 'User');

export class EmuSession implements Facade<GoogleAppsScript.Base.Session, 'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getTemporaryActiveUserKey' | 'getActiveUserLocale'> {
  #rt: Runtime;
  #id: Identity;
  constructor(rt: Runtime, id: Identity) {
    this.#rt = rt;
    this.#id = id;
    attach(this, rt);
  }
  getActiveUser(): User {
    return new EmuUser(this.#rt, this.#id.activeUser) as unknown as User;
  }
  getEffectiveUser(): User {
    return new EmuUser(this.#rt, this.#id.activeUser) as unknown as User;
  }
  getScriptTimeZone(): string {
    return this.#id.timeZone;
  }
  getActiveUserLocale(): string {
    return this.#id.locale;
  }
  getTemporaryActiveUserKey(): string {
    return createHash('sha256').update(`key:${this.#id.activeUser}`).digest('base64url').slice(0, 43);
  }
}
const _s: Subset<EmuSession, GoogleAppsScript.Base.Session> = true;
instrument(EmuSession, 'Session');

// ------------------------------------------------------------------ Utilities and Blob

export const CHARSET = makeEnum(['US_ASCII', 'UTF_8'] as const);
export const DIGEST = makeEnum(['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512'] as const);

/** Java bytes are signed: -128..127. */
export function toSignedBytes(buf: Uint8Array): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}
export function fromBytes(bytes: ArrayLike<number>): Buffer {
  return Buffer.from(Array.from(bytes, (b) => b & 0xff));
}
function dataToBuffer(data: unknown): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (Array.isArray(data)) return fromBytes(data as number[]);
  return Buffer.from(String(data), 'utf8');
}

type BlobKeys = 'getBytes' | 'getDataAsString' | 'getContentType' | 'setContentType' | 'getName' | 'setName' | 'copyBlob' | 'isGoogleType' | 'setDataFromString' | 'setBytes';

export class EmuBlob implements Facade<Blob, BlobKeys> {
  #rt: Runtime;
  #data: Buffer;
  #type: string | null;
  #name: string | null;
  constructor(rt: Runtime, data: Buffer, contentType: string | null, name: string | null) {
    this.#rt = rt;
    this.#data = data;
    this.#type = contentType;
    this.#name = name;
    attach(this, rt);
  }
  /** Node side: the raw content. */
  static content(b: EmuBlob): { data: Buffer; contentType: string | null; name: string | null } {
    return { data: b.#data, contentType: b.#type, name: b.#name };
  }
  getBytes(): number[] {
    return toSignedBytes(this.#data);
  }
  getDataAsString(_charset?: string): string {
    return this.#data.toString('utf8');
  }
  getContentType(): string | null {
    return this.#type;
  }
  setContentType(contentType: string | null): Blob {
    this.#type = contentType === null ? null : String(contentType);
    return this as unknown as Blob;
  }
  getName(): string | null {
    return this.#name;
  }
  setName(name: string): Blob {
    this.#name = String(name);
    return this as unknown as Blob;
  }
  copyBlob(): Blob {
    return new EmuBlob(this.#rt, Buffer.from(this.#data), this.#type, this.#name) as unknown as Blob;
  }
  isGoogleType(): boolean {
    return false;
  }
  setDataFromString(string: string, _charset?: string): Blob {
    this.#data = Buffer.from(String(string), 'utf8');
    return this as unknown as Blob;
  }
  setBytes(data: number[]): Blob {
    this.#data = fromBytes(data);
    return this as unknown as Blob;
  }
}
const _b: Subset<EmuBlob, Blob> = true;
instrument(EmuBlob, 'Blob');

type UtilKeys =
  | 'formatDate'
  | 'sleep'
  | 'base64Encode'
  | 'base64Decode'
  | 'base64EncodeWebSafe'
  | 'base64DecodeWebSafe'
  | 'newBlob'
  | 'computeDigest'
  | 'getUuid'
  | 'formatString';

export class EmuUtilities implements Facade<GoogleAppsScript.Utilities.Utilities, UtilKeys> {
  readonly Charset = CHARSET as unknown as GoogleAppsScript.Utilities.Utilities['Charset'];
  readonly DigestAlgorithm = DIGEST as unknown as GoogleAppsScript.Utilities.Utilities['DigestAlgorithm'];
  #rt: Runtime;
  constructor(rt: Runtime) {
    this.#rt = rt;
    attach(this, rt);
  }
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!isDate(date)) throw this.#rt.error('Invalid argument: date');
    try {
      return formatDate(new Date((date as unknown as Date).getTime()), String(timeZone), String(format));
    } catch (e) {
      throw this.#rt.error((e as Error).message);
    }
  }
  /** Advances the fake clock; the time counts toward the execution budget. */
  sleep(milliseconds: number): void {
    const ms = Number(milliseconds);
    if (!(ms >= 0) || ms > 300_000) throw this.#rt.error('Invalid argument: milliseconds');
    this.#rt.clock.advance(ms);
    this.#rt.checkDeadline();
  }
  base64Encode(data: string | number[], _charset?: GoogleAppsScript.Utilities.Charset): string {
    return dataToBuffer(data).toString('base64');
  }
  base64EncodeWebSafe(data: string | number[], _charset?: GoogleAppsScript.Utilities.Charset): string {
    return dataToBuffer(data).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }
  base64Decode(encoded: string, _charset?: GoogleAppsScript.Utilities.Charset): number[] {
    return toSignedBytes(Buffer.from(String(encoded), 'base64'));
  }
  base64DecodeWebSafe(encoded: string, _charset?: GoogleAppsScript.Utilities.Charset): number[] {
    return toSignedBytes(Buffer.from(String(encoded), 'base64url'));
  }
  newBlob(data: string | number[], contentType?: string, name?: string): Blob {
    return new EmuBlob(this.#rt, dataToBuffer(data), contentType ?? null, name ?? null) as unknown as Blob;
  }
  computeDigest(algorithm: GoogleAppsScript.Utilities.DigestAlgorithm, value: string | number[], _charset?: GoogleAppsScript.Utilities.Charset): number[] {
    const alg = ({ MD2: 'md2', MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' } as Record<string, string>)[String(algorithm)];
    if (!alg) throw this.#rt.error('Invalid argument: algorithm');
    return toSignedBytes(createHash(alg).update(dataToBuffer(value)).digest());
  }
  getUuid(): string {
    return randomUUID();
  }
  /** sprintf-like: %s %d %i %f (enough for messages). */
  formatString(template: string, ...args: any[]): string {
    let i = 0;
    return String(template).replace(/%(\.\d+)?([sdif%])/g, (m, prec: string | undefined, t: string) => {
      if (t === '%') return '%';
      const a = args[i++];
      if (t === 's') return String(a);
      if (t === 'f') return prec ? Number(a).toFixed(Number(prec.slice(1))) : String(Number(a));
      return String(Math.trunc(Number(a)));
    });
  }
}
const _ut: Subset<EmuUtilities, GoogleAppsScript.Utilities.Utilities> = true;
instrument(EmuUtilities, 'Utilities');

export function blobContent(x: unknown): ReturnType<typeof EmuBlob.content> | undefined {
  return x instanceof EmuBlob ? EmuBlob.content(x) : undefined;
}

// ------------------------------------------------------------------ Logger and console

export interface LogEntry {
  source: 'Logger' | 'console';
  level: 'log' | 'info' | 'warn' | 'error';
  message: string;
  at: number;
  execution?: number;
}

export class LogController {
  readonly entries: LogEntry[] = [];
  /** Echo to Node's console as they arrive (off by default). */
  echo = false;
  text(): string {
    return this.entries.map((e) => `${e.level.toUpperCase()} ${e.message}`).join('\n');
  }
}

function show(v: unknown): string {
  if (typeof v === 'string') return v;
  if (isDate(v)) return String(v);
  if (v instanceof Error || (typeof v === 'object' && v !== null && Object.prototype.toString.call(v) === '[object Error]')) {
    const e = v as Error;
    return e.stack ?? `${e.name}: ${e.message}`;
  }
  try {
    return typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
  } catch {
    return String(v);
  }
}

function formatLog(args: unknown[]): string {
  if (args.length === 0) return '';
  const [first, ...rest] = args;
  if (typeof first === 'string' && /%[sdifoO]/.test(first)) {
    let i = 0;
    const head = first.replace(/%[sdifoO]/g, () => (i < rest.length ? show(rest[i++]) : ''));
    return [head, ...rest.slice(i).map(show)].join(' ');
  }
  return args.map(show).join(' ');
}

export class EmuLogger implements Facade<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'> {
  #rt: Runtime;
  #c: LogController;
  constructor(rt: Runtime, c: LogController) {
    this.#rt = rt;
    this.#c = c;
    attach(this, rt);
  }
  log(...args: any[]): GoogleAppsScript.Base.Logger {
    push(this.#rt, this.#c, 'Logger', 'log', formatLog(args));
    return this as unknown as GoogleAppsScript.Base.Logger;
  }
  getLog(): string {
    return this.#c.entries.filter((e) => e.source === 'Logger').map((e) => e.message).join('\n');
  }
  clear(): void {
    for (let i = this.#c.entries.length - 1; i >= 0; i--) if (this.#c.entries[i].source === 'Logger') this.#c.entries.splice(i, 1);
  }
}
const _lg: Subset<EmuLogger, GoogleAppsScript.Base.Logger> = true;
instrument(EmuLogger, 'Logger');

function push(rt: Runtime, c: LogController, source: LogEntry['source'], level: LogEntry['level'], message: string): void {
  c.entries.push({ source, level, message, at: rt.clock.now(), execution: rt.current?.id });
  if (c.echo) console.log(`[${source}.${level}] ${message}`);
}

export class EmuConsole implements Facade<Console, 'log' | 'info' | 'warn' | 'error' | 'time' | 'timeEnd'> {
  #rt: Runtime;
  #c: LogController;
  #timers = new Map<string, number>();
  constructor(rt: Runtime, c: LogController) {
    this.#rt = rt;
    this.#c = c;
    attach(this, rt);
  }
  log(...args: any[]): void {
    push(this.#rt, this.#c, 'console', 'log', formatLog(args));
  }
  info(...args: any[]): void {
    push(this.#rt, this.#c, 'console', 'info', formatLog(args));
  }
  warn(...args: any[]): void {
    push(this.#rt, this.#c, 'console', 'warn', formatLog(args));
  }
  error(...args: any[]): void {
    push(this.#rt, this.#c, 'console', 'error', formatLog(args));
  }
  time(label: string): void {
    this.#timers.set(String(label), this.#rt.clock.now());
  }
  timeEnd(label: string): void {
    const t = this.#timers.get(String(label));
    if (t !== undefined) push(this.#rt, this.#c, 'console', 'log', `${label}: ${this.#rt.clock.now() - t}ms`);
  }
}
const _co: Subset<EmuConsole, Console> = true;
instrument(EmuConsole, 'console');
