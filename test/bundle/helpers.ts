// Helpers for tests of the built bundle: an emulated office Sheet with dist/Code.js loaded.
import { readFileSync } from 'node:fs';
import { createEmulator, type EmulatorOptions } from '../../emulator/index';
import { directoryToRows } from '../../src/core/directory';
import { typeIntoTab } from '../../scripts/season';
import { SCHOOLS } from '../core/helpers';

export { SCHOOLS, collectiveAnswers, individualAnswers } from '../core/helpers';

export const BUNDLE_PATH = 'dist/Code.js';

export function bundleCode(): string {
  return readFileSync(BUNDLE_PATH, 'utf8');
}

export type TestSchool = (typeof SCHOOLS)[number];

export function directoryRows(list: readonly TestSchool[]): string[][] {
  return directoryToRows(list);
}

/** An office Sheet after setup with `list` in its directory. Latency modelling is off unless asked. */
export function officeAfterSetup(list: readonly TestSchool[] = SCHOOLS, opts: EmulatorOptions = {}) {
  const emu = createEmulator({ modelLatency: false, mailQuota: 1500, now: new Date(2024, 6, 1, 8, 0, 0), ...opts });
  const bundle = emu.loadBundle(bundleCode());
  bundle.call('setup', undefined, { kind: 'menu' });
  typeIntoTab(emu, 'Đơn vị', directoryRows(list));
  bundle.call('setup', undefined, { kind: 'menu' });
  const formId = emu.properties.script.get('form.registration.id')!;
  const reportFormId = emu.properties.script.get('form.report.id')!;
  return { emu, bundle, formId, reportFormId };
}
