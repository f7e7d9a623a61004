/** Probes a test child recorded (tests/helpers/headlessRoot.mjs `probe`), and the check of a refused one. */
import { expect } from 'vitest';
import { childResult } from './children.js';

/** What one call did: its value, or the error's class and first message line. */
export type Probe = { value?: unknown; error?: string; message?: string };

/** The probes a headless child printed, by name. */
export const probesOf = (child: string): Record<string, Probe> => childResult<Record<string, Probe>>(child);

/** `p` threw an `error` (Error by default) whose message matches `message`. */
export function refused(p: Probe | undefined, message: RegExp, error = 'Error'): void {
  expect(p?.error).toBe(error);
  expect(p?.message).toMatch(message);
}
