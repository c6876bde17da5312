// The order the two workers take the test files in (vitest.config.ts sequence.sequencer). On a clean clone vitest knows no
// earlier durations and starts the largest files first; the few files that take minutes are small, so they started last
// and one worker ran them alone at the end (at 86d1de3: 634 s of wall time for 959 s of file time on 2 workers, the
// last file started being sweep-documents, 156 s). Started first, they run beside the many short files instead.
import { BaseSequencer } from 'vitest/node';

/** Files of a minute or more on a 2-core machine, longest first (figures of a whole run at 16b17b6, 2 workers). */
const SLOW = [
  'test/bundle/sweep-documents.test.ts', // 114 s
  'test/bundle/identity.test.ts', // 95 s: six sweeps of a person's action at every call of a rebuild
  'test/bundle/p83b-nothing-new-click.test.ts', // 80 s alone: 302 documents and their PDFs made, then clicks on forks
  'test/bundle/sweep-mail.test.ts', // 69 s
  'test/bundle/proposals.test.ts', // 63 s
  'test/offline/offline.test.ts', // 59 s
];

export default class SlowFirst extends BaseSequencer {
  /** @param {import('vitest/node').TestSpecification[]} files */
  async sort(files) {
    const sorted = await super.sort(files);
    /** @param {import('vitest/node').TestSpecification} f */
    const rank = (f) => {
      const path = f.moduleId.replace(/\\/g, '/');
      const i = SLOW.findIndex((s) => path.endsWith(s));
      return i < 0 ? SLOW.length : i;
    };
    // Stable: the rest keep vitest's own order.
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}
