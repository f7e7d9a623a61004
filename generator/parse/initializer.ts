/** The initializer of a variable as written (`= 0.5f`, `(1, 2, 3)`), when the declaration has one. */
import type { Cursor } from '../clang/index.js';
import { joinTokens } from '../clang/index.js';

/** Text after `=` in the declaration, or undefined. */
export function initializerText(c: Cursor): string | undefined {
  if (!c.initializer) return undefined;
  const tokens = c.tokens();
  const eq = tokens.indexOf('=');
  if (eq < 0) return undefined;
  const end = tokens.at(-1) === ';' ? -1 : undefined;
  return joinTokens(tokens.slice(eq + 1, end));
}
