// The pushed bundle is minified; a stack trace from the Apps Script log is read back with the source map the build
// keeps locally (scripts/stack.ts, `npm run stack`). Runs the pushed file itself.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeStack } from '../../scripts/stack';
import { officeAfterSetup } from '../bundle/helpers';

describe('the pushed bundle and its source map', () => {
  it('is the minified build; a failure inside it decodes to the TypeScript it came from', () => {
    const code = readFileSync('dist/Code.js', 'utf8');
    expect(code.indexOf('sourceMappingURL')).toBe(-1);
    expect(code.length / code.split('\n').length).toBeGreaterThan(1_000); // long minified lines
    const { emu, bundle } = officeAfterSetup();
    emu.runtime.failOn('Range.setValues', 1);
    let stack = '';
    try {
      bundle.call('rebuildSummaries', undefined, { kind: 'menu' });
    } catch (err) {
      stack = String((err as Error).stack);
    }
    const positions = stack.match(/Code(?:\.js)?:\d+:\d+/g) ?? [];
    expect(positions.length).toBeGreaterThan(0);
    // As the Apps Script log prints it: "at Xe (Code:1:48213)".
    const logged = positions.map((p) => `    at x (${p.replace(/^Code(\.js)?/, 'Code')})`).join('\n');
    const decoded = decodeStack(logged, JSON.parse(readFileSync('build/Code.js.map', 'utf8')));
    expect(decoded).toMatch(/src\/(jobs|gas)\/[a-z-]+\.ts:\d+:\d+/);
    expect(decoded).toContain('src/jobs/rebuild.ts');
    expect(decoded).not.toMatch(/Code:\d+:/);
  });
});
