export const GLOBAL_NAME: string;
export function buildBundle(opts?: { outdir?: string; minify?: boolean }): Promise<{ code: string; entryPoints: string[] }>;
