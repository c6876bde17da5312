// The suite's lock check (test/setup-locks.ts) sees an emulator only if the emulator hands itself over as it is made.
import { expect, it } from 'vitest';
import { WATCH_EMULATORS, createEmulator } from '../../emulator/index';

it('every emulator a test makes is handed to the suite’s lock check as it is made', () => {
  const emu = createEmulator();
  const watched = (globalThis as Record<symbol, unknown>)[WATCH_EMULATORS];
  expect(watched).toBeInstanceOf(Array);
  expect((watched as unknown[]).at(-1)).toBe(emu);
});
