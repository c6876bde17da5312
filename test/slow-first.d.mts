// Types of test/slow-first.mjs (a sequencer vitest.config.ts loads as plain JavaScript).
import type { BaseSequencer } from 'vitest/node';
declare const SlowFirst: typeof BaseSequencer;
export default SlowFirst;
