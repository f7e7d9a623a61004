/**
 * Members the fuzzer found crashing that are not fixed yet, each with what goes wrong. `npm run
 * fuzz` calls them like any other (and counts what they do); the short run in `npm test` passes
 * `--skip-known`, so that it guards everything else. Each entry is a bug to fix, then remove.
 */
export const KNOWN = new Map([
  ['StringInterface.setParameter', 'a class without a parameter dictionary of its own (Material) runs another class\'s command'],
  ['StringInterface.getParameters', 'a class without a parameter dictionary: a fatal error converting the list'],
  ['StringInterface.getParamDictionary', 'a class without parameters gives a dictionary pointer that is not one'],
]);
