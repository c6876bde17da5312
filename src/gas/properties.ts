// Script properties the application keeps: ids of the things setup created. One read, cached per execution.
const KEYS = {
  registrationForm: 'form.registration.id',
  reportForm: 'form.report.id',
  registrationSheet: 'sheet.registration.id',
  reportSheet: 'sheet.report.id',
} as const;

export type StateKey = keyof typeof KEYS;

let cache: Record<string, string> | null = null;

export function getState(key: StateKey): string | null {
  if (!cache) cache = PropertiesService.getScriptProperties().getProperties();
  return cache[KEYS[key]] ?? null;
}

export function setState(values: Partial<Record<StateKey, string>>): void {
  const out: Record<string, string> = {};
  for (const k of Object.keys(values) as StateKey[]) out[KEYS[k]] = values[k]!;
  PropertiesService.getScriptProperties().setProperties(out);
  cache = { ...(cache ?? {}), ...out };
}
