// Typings of scripts/xvfb.mjs for the tests that start Xvfb themselves.
import type { ChildProcess } from 'node:child_process';
/** Starts Xvfb on a free display: `[display, process]`. */
export function startXvfb(): Promise<[string, ChildProcess]>;
