// PropertiesService: script, user and document stores; 9 KB a value, 500 KB a store; daily read/write quota.
import { attach, instrument, type Facade, type Runtime, type Subset } from './runtime.js';

type Properties = GoogleAppsScript.Properties.Properties;

export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;
export const PROPERTY_MSG = {
  valueTooLarge: 'Argument too large: value',
  storeFull: 'You have exceeded the property storage quota. Please remove some properties and try again.',
  quota: 'Service invoked too many times for one day: properties.',
};

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Node side: every store, readable and writable without counting calls. */
export class PropertiesController {
  readonly script = new Map<string, string>();
  private readonly _user = new Map<string, Map<string, string>>();
  private readonly _document = new Map<string, Map<string, string>>();
  /** Reads+writes a day: 50,000 consumer, 500,000 Workspace (facts file). */
  dailyLimit = 50_000;

  user(email: string): Map<string, string> {
    let m = this._user.get(email);
    if (!m) this._user.set(email, (m = new Map()));
    return m;
  }
  document(fileId: string): Map<string, string> {
    let m = this._document.get(fileId);
    if (!m) this._document.set(fileId, (m = new Map()));
    return m;
  }
}

export class EmuPropertiesService implements Facade<GoogleAppsScript.Properties.PropertiesService, 'getScriptProperties' | 'getUserProperties' | 'getDocumentProperties'> {
  #rt: Runtime;
  #c: PropertiesController;
  private _user: () => string;
  #doc: () => string | null;
  constructor(rt: Runtime, c: PropertiesController, user: () => string, documentId: () => string | null) {
    this.#rt = rt;
    this.#c = c;
    this._user = user;
    this.#doc = documentId;
    attach(this, rt);
  }
  getScriptProperties(): Properties {
    return new EmuProperties(this.#rt, this.#c, this.#c.script) as unknown as Properties;
  }
  getUserProperties(): Properties {
    return new EmuProperties(this.#rt, this.#c, this.#c.user(this._user())) as unknown as Properties;
  }
  /** null when the script is not bound to a document (as Apps Script). */
  getDocumentProperties(): Properties {
    const id = this.#doc();
    return (id ? new EmuProperties(this.#rt, this.#c, this.#c.document(id)) : null) as unknown as Properties;
  }
}
const _ps: Subset<EmuPropertiesService, GoogleAppsScript.Properties.PropertiesService> = true;
instrument(EmuPropertiesService, 'PropertiesService');

type PKeys = 'getProperty' | 'setProperty' | 'setProperties' | 'getProperties' | 'deleteProperty' | 'deleteAllProperties' | 'getKeys';

export class EmuProperties implements Facade<Properties, PKeys> {
  #rt: Runtime;
  #c: PropertiesController;
  #m: Map<string, string>;
  constructor(rt: Runtime, c: PropertiesController, m: Map<string, string>) {
    this.#rt = rt;
    this.#c = c;
    this.#m = m;
    attach(this, rt);
  }
  #use(n = 1): void {
    this.#rt.consumeQuota('properties', n, this.#c.dailyLimit, PROPERTY_MSG.quota);
  }
  #size(m: Map<string, string>): number {
    let n = 0;
    for (const [k, v] of m) n += bytes(k) + bytes(v);
    return n;
  }
  #write(entries: Array<[string, string]>, clearFirst: boolean): void {
    for (const [, v] of entries) if (bytes(v) > PROPERTY_VALUE_LIMIT) throw this.#rt.error(PROPERTY_MSG.valueTooLarge);
    const next = new Map(clearFirst ? [] : this.#m);
    for (const [k, v] of entries) next.set(k, v);
    if (this.#size(next) > PROPERTY_STORE_LIMIT) throw this.#rt.error(PROPERTY_MSG.storeFull);
    this.#m.clear();
    for (const [k, v] of next) this.#m.set(k, v);
  }
  getProperty(key: string): string | null {
    this.#use();
    return this.#m.get(String(key)) ?? null;
  }
  setProperty(key: string, value: string): Properties {
    this.#use();
    this.#write([[String(key), String(value)]], false);
    return this as unknown as Properties;
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): Properties {
    this.#use();
    this.#write(
      Object.keys(properties).map((k) => [k, String(properties[k])]),
      !!deleteAllOthers,
    );
    return this as unknown as Properties;
  }
  getProperties(): { [key: string]: string } {
    this.#use();
    const out: Record<string, string> = {};
    for (const [k, v] of this.#m) out[k] = v;
    return out;
  }
  deleteProperty(key: string): Properties {
    this.#use();
    this.#m.delete(String(key));
    return this as unknown as Properties;
  }
  deleteAllProperties(): Properties {
    this.#use();
    this.#m.clear();
    return this as unknown as Properties;
  }
  getKeys(): string[] {
    this.#use();
    return [...this.#m.keys()];
  }
}
const _p: Subset<EmuProperties, Properties> = true;
instrument(EmuProperties, 'Properties');
