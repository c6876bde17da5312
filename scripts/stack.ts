// npm run stack -- "<a stack trace from the Apps Script log>": turns the positions of the pushed, minified bundle
// ("at Xe (Code:1:48213)") into the TypeScript they came from ("src/jobs/rebuild.ts:27:7 (rebuildSummaries)"), with the
// source map the build keeps in build/Code.js.map (never pushed). Reads the trace from the arguments, else stdin.
// The map must be the one built with the pushed file: rebuild from the commit that was deployed before decoding.
import { readFileSync } from 'node:fs';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';

const MAP_PATH = process.env.STACK_MAP ?? 'build/Code.js.map';

/** "Code:1:12345" (also "Code.gs:…" and "Code.js:…"): line and column as V8 prints them (both 1-based). */
const POSITION = /\b(Code(?:\.gs|\.js)?):(\d+):(\d+)/g;

export function decodeStack(trace: string, map: RawSourceMap): string {
  const consumer = new SourceMapConsumer(map);
  return trace.replace(POSITION, (whole, _file: string, line: string, column: string) => {
    const pos = consumer.originalPositionFor({ line: Number(line), column: Number(column) - 1 });
    if (!pos.source) return whole;
    const where = `${pos.source.replace(/^(\.\.\/)+/, '')}:${pos.line}:${(pos.column ?? 0) + 1}`;
    return pos.name ? `${where}, calling ${pos.name}` : where;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = process.argv.slice(2).join('\n');
  const trace = arg.trim() !== '' ? arg : readFileSync(0, 'utf8');
  const map = JSON.parse(readFileSync(MAP_PATH, 'utf8')) as RawSourceMap;
  console.log(decodeStack(trace, map));
}
