/**
 * Members the fuzzer found crashing that are not fixed yet, each with what goes wrong. `npm run
 * fuzz` calls them like any other (and counts what they do); the short run in `npm test` passes
 * `--skip-known`, so that it guards everything else. Each entry is a bug to fix, then remove.
 */
export const KNOWN = new Map();
