// Every test of the bundle runs the file Apps Script would run: build it once, fresh, before the suite.
import { buildBundle } from '../esbuild.config.mjs';

export default async function setup(): Promise<void> {
  await buildBundle();
}
