#!/usr/bin/env node
// ogre-bindgen: runs the generator's TypeScript CLI through tsx (no separate compile step).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../generator/cli.ts');
process.exitCode = await main(process.argv.slice(2));
