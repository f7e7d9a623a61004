/** Turns a {@link Matcher} into a test over {@link Candidate}s, following the semantics documented there. */
import type { Matcher } from '../../config/index.js';
import type { Candidate } from './listCandidates.js';
import { normalizeCpp } from './normalizeCpp.js';
import type { TypedefResolver } from './TypedefResolver.js';
import { describeMatcher } from './describeMatcher.js';

/** A matcher ready to test candidates. */
export interface CompiledMatcher {
  /** Readable form, for reports. */
  description: string;
  test(candidate: Candidate): boolean;
  /**
   * When set, only candidates with one of these keys (exact names) or signatures can pass `test`:
   * the caller may test just those instead of every candidate.
   */
  only?: { keys: string[] } | { signatures: string[] };
}

/** An operator name at this position: its symbols are literal even in a glob. */
const OPERATOR = /^operator(?:\(\)|\[\]|->\*?|[-+*/%^&|~!=<>,]+)/;

/** A string naming a function with its parameter list (not just `operator()`). */
export function isSignature(text: string): boolean {
  return text.replace(/operator\s*\(\s*\)/g, '').includes('(');
}

/** A glob (already normalized) as an anchored RegExp: `*` is any run of characters. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length;) {
    const op = (i === 0 || !/\w/.test(glob[i - 1] ?? '')) ? OPERATOR.exec(glob.slice(i)) : null;
    const literal = op ? op[0] : glob[i] ?? '';
    source += literal === '*' ? '.*' : literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    i += literal.length;
  }
  return new RegExp(`^${source}$`);
}

/**
 * The spellings a rule's text stands for, normalized: as written, and with typedefs resolved in
 * scopes and argument lists (a pattern naming a typedef still means the typedef, not its class).
 */
function spellings(text: string, resolver: TypedefResolver): string[] {
  return [...new Set([normalizeCpp(text), normalizeCpp(resolver.resolve(text, { scopesOnly: true }))])];
}

function nameTest(name: string | RegExp, resolver: TypedefResolver): (c: Candidate) => boolean {
  if (name instanceof RegExp) {
    const re = new RegExp(name.source, name.flags.replace(/[gy]/g, ''));
    return (c) => re.test(c.name) || (c.signatures.length > 0 && re.test(c.decl.id));
  }
  const forms = spellings(name, resolver);
  if (!name.includes('*')) return (c) => forms.includes(c.key);
  const res = forms.map(globToRegExp);
  return (c) => res.some((re) => re.test(c.key));
}

function signatureTest(signature: string, resolver: TypedefResolver): (c: Candidate) => boolean {
  const forms = new Set(spellings(signature, resolver));
  return (c) => c.signatures.some((s) => forms.has(s));
}

/** Compiles `matcher` against a model's typedefs. */
export function compileMatcher(matcher: Matcher, resolver: TypedefResolver): CompiledMatcher {
  const description = describeMatcher(matcher);
  if (typeof matcher === 'string') {
    if (isSignature(matcher)) return { description, test: signatureTest(matcher, resolver), ...narrowing(matcher, undefined, resolver) };
    return { description, test: nameTest(matcher, resolver), ...narrowing(undefined, matcher, resolver) };
  }
  if (matcher instanceof RegExp) return { description, test: nameTest(matcher, resolver) };
  const tests: ((c: Candidate) => boolean)[] = [];
  if (matcher.kind) tests.push((c) => c.kind === matcher.kind);
  if (matcher.name !== undefined) tests.push(nameTest(matcher.name, resolver));
  if (matcher.signature !== undefined) tests.push(signatureTest(matcher.signature, resolver));
  return { description, test: (c) => tests.every((t) => t(c)), ...narrowing(matcher.signature, matcher.name, resolver) };
}

/** `only` for a signature, else for an exact name (a glob or RegExp can match anything). */
function narrowing(signature: string | undefined, name: string | RegExp | undefined, resolver: TypedefResolver): Pick<CompiledMatcher, 'only'> {
  if (signature !== undefined) return { only: { signatures: spellings(signature, resolver) } };
  if (typeof name === 'string' && !name.includes('*')) return { only: { keys: spellings(name, resolver) } };
  return {};
}
