/** A readable form of a matcher, for rule reports. */
import type { Matcher } from '../../config/index.js';

/** `'*::operator='`, `/^Cmd/`, `{kind: method, name: 'Ogre::*::getType'}`. */
export function describeMatcher(matcher: Matcher): string {
  if (typeof matcher === 'string') return `'${matcher}'`;
  if (matcher instanceof RegExp) return String(matcher);
  const parts: string[] = [];
  if (matcher.kind) parts.push(`kind: ${matcher.kind}`);
  if (matcher.name !== undefined) parts.push(`name: ${describeMatcher(matcher.name)}`);
  if (matcher.signature !== undefined) parts.push(`signature: '${matcher.signature}'`);
  return `{${parts.join(', ')}}`;
}
