// Bundles src/main.ts into one Apps Script file (dist/Code.js) and copies the manifest.
// Apps Script only offers top-level function declarations as entry points, so the bundle is an IIFE
// assigned to `app`, followed by one `function name(e) { … }` per export of src/main.ts.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';

export const GLOBAL_NAME = 'app';

export async function buildBundle({ outdir = 'dist', minify = false } = {}) {
  mkdirSync(outdir, { recursive: true });
  const result = await build({
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
  });
  const iife = result.outputFiles[0].text;
  // Learn the entry points by evaluating the bundle in an empty context: loading it must touch no service.
  const sandbox = {};
  runInNewContext(`${iife};this.__names = Object.keys(${GLOBAL_NAME});`, sandbox);
  const names = sandbox.__names;
  const wrappers = names
    .map((n) => `function ${n}(e) { return ${GLOBAL_NAME}.${n}.apply(this, arguments); }`)
    .join('\n');
  const code = `${iife}\n${wrappers}\n`;
  writeFileSync(`${outdir}/Code.js`, code);
  copyFileSync('appsscript/appsscript.json', `${outdir}/appsscript.json`);
  return { code, entryPoints: names };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { code, entryPoints } = await buildBundle();
  console.log(`dist/Code.js: ${(Buffer.byteLength(code) / 1024).toFixed(1)} KiB, entry points: ${entryPoints.join(', ')}`);
  JSON.parse(readFileSync('dist/appsscript.json', 'utf8'));
}
