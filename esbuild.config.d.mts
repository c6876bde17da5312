export const GLOBAL_NAME: string;
export const LOCAL_DIR: string;
export function buildBundle(opts?: { outdir?: string; minify?: boolean; localDir?: string }): Promise<{ code: string; entryPoints: string[] }>;
export function esbuildOptions(minify: boolean): import('esbuild').BuildOptions & { write: false };
