#!/usr/bin/env node
// ogre-bindgen: runs the generator's TypeScript CLI through tsx (no separate compile step).
import { register } from 'tsx/esm/api';
import { ogreEnv, takeOgreOption } from '../scripts/ogreEnv.mjs';

// `--ogre <prefix>` chooses the OGRE before any module loads: the spec's version conditions are
// evaluated when it is imported, and child processes (pkg-config, the compiler) see the same choice.
let argv = process.argv.slice(2);
try {
  const { prefix, rest } = takeOgreOption(argv);
  if (prefix) Object.assign(process.env, ogreEnv(process.env, prefix));
  argv = rest;
} catch (e) {
  console.error(`ogre-bindgen: ${e instanceof Error ? e.message : e}`);
  process.exit(2);
}
register();
const { main } = await import('../generator/cli.ts');
process.exitCode = await main(argv);
