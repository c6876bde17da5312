// Bundles src/main.ts into one Apps Script file (dist/Code.js) and copies the manifest.
// Apps Script only offers top-level function declarations as entry points, so the bundle is an IIFE
// assigned to `app`, followed by one `function name(e) { … }` per export of src/main.ts.
//
// What is pushed (clasp's rootDir is dist/: every .js/.gs/.html there and appsscript.json) is the minified bundle
// (issue 12's goal: < 150 KiB, not met; `npm run build` prints the size). Kept here and never pushed, in build/ (outside rootDir): the source map of the pushed file
// (build/Code.js.map, read by `npm run stack` to turn "Code:1:12345" from the Apps Script log into src/…ts:line)
// and a readable build of the same code (build/Code.readable.js).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';

export const GLOBAL_NAME = 'app';
/** Where the local-only companions of the pushed bundle go (outside clasp's rootDir). */
export const LOCAL_DIR = 'build';

/**
 * The tool's version as the bundle knows it (TOOL_VERSION): a fingerprint of its sources, so that every change of the
 * code is another version, with nothing to remember to bump. A document made by another version whose print differs
 * while its data does not is kept (src/jobs/proposals.ts adoptReprinted); within one version a print that changed is
 * a change of the data, and the document is made again.
 */
export function toolVersion(dir = 'src') {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).sort();
  // Line ends as git may check them out on another machine (CRLF) do not make another version.
  for (const f of files) hash.update(f.replace(/\\/g, '/')).update('\0').update(readFileSync(`${dir}/${f}`, 'utf8').replace(/\r\n/g, '\n')).update('\0');
  return hash.digest('hex').slice(0, 12);
}

/**
 * The options of the pushed bundle (src/main.ts); scripts/bench-core.ts builds the core functions it measures with
 * the same ones (over its own entry), so that it measures the code that runs in Apps Script.
 */
export function esbuildOptions(minify) {
  return {
    define: { TOOL_VERSION: JSON.stringify(toolVersion()) },
    entryPoints: ['src/main.ts'],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    platform: 'neutral',
    target: 'es2020',
    charset: 'utf8',
    minify,
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  };
}

/** The IIFE followed by one top-level function per entry point (learnt by evaluating the IIFE in an empty context). */
function withEntryPoints(iife) {
  // Loading the bundle must touch no service.
  const sandbox = {};
  runInNewContext(`${iife};this.__names = Object.keys(${GLOBAL_NAME});`, sandbox);
  const names = sandbox.__names;
  const wrappers = names.map((n) => `function ${n}(e) { return ${GLOBAL_NAME}.${n}.apply(this, arguments); }`).join('\n');
  return { code: `${iife}\n${wrappers}\n`, entryPoints: names };
}

/**
 * Builds the pushed bundle (minified unless `minify: false`) into `outdir`, with its source map and a readable build
 * in `localDir`. The map's positions are those of dist/Code.js: the wrappers come after the IIFE, which they do not move.
 */
export async function buildBundle({ outdir = 'dist', minify = true, localDir = LOCAL_DIR } = {}) {
  mkdirSync(outdir, { recursive: true });
  mkdirSync(localDir, { recursive: true });
  const [pushed, readable] = await Promise.all([
    build({ ...esbuildOptions(minify), sourcemap: 'external', outfile: `${localDir}/Code.js`, sourcesContent: false }),
    minify ? build(esbuildOptions(false)) : null,
  ]);
  const js = pushed.outputFiles.find((f) => f.path.endsWith('.js'));
  const map = pushed.outputFiles.find((f) => f.path.endsWith('.map'));
  // No sourceMappingURL comment in the pushed file: the map stays on this machine.
  const iife = js.text.replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n');
  const { code, entryPoints } = withEntryPoints(iife);
  writeFileSync(`${outdir}/Code.js`, code);
  writeFileSync(`${localDir}/Code.js.map`, map.text);
  writeFileSync(`${localDir}/Code.readable.js`, readable ? withEntryPoints(readable.outputFiles[0].text).code : code);
  copyFileSync('appsscript/appsscript.json', `${outdir}/appsscript.json`);
  return { code, entryPoints };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { code, entryPoints } = await buildBundle();
  console.log(`dist/Code.js: ${(Buffer.byteLength(code) / 1024).toFixed(1)} KiB as pushed (readable build and source map in ${LOCAL_DIR}/), entry points: ${entryPoints.join(', ')}`);
  JSON.parse(readFileSync('dist/appsscript.json', 'utf8'));
}
