// The version of the tool this bundle is: a fingerprint of its sources, set by the build (esbuild.config.mjs
// toolVersion); 'dev' where the code runs unbundled (the tests of src/ under Node).
declare const TOOL_VERSION: string;

export const toolVersion: string = typeof TOOL_VERSION === 'string' ? TOOL_VERSION : 'dev';
