import { createEmulator, type EmulatorOptions } from '../../emulator/index.js';

/** An emulator with a hand-written script loaded (latency modelling off unless asked: exact clocks in tests). */
export function withScript(code: string, opts: EmulatorOptions = {}) {
  const emu = createEmulator({ modelLatency: false, ...opts });
  const bundle = emu.loadBundle(code);
  return { emu, bundle, call: bundle.call };
}
