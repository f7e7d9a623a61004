/**
 * Members that TypeScript would reject as overrides. C++ hides a base's overloads behind a derived
 * class's function of the same name, and the JS classes do the same, so the typings declare the
 * derived signatures only; TypeScript wants a derived member assignable to the base's. Those
 * members (and classes whose static side differs) get a `// @ts-ignore`, so the typings
 * type-check with `skipLibCheck: false` while saying what JS accepts.
 */
import type { TsSignatureView } from '../napi/views.js';
import type { TsClassView } from './typingsView.js';

/** What a class declares under one name and staticness: signatures of a method, or a value (accessor, static). */
type Member = { kind: 'method'; params: Set<string> } | { kind: 'value' };

const paramsKey = (s: TsSignatureView) => s.params.map((p) => `${p.type}${p.optional ? '?' : ''}`).join(', ');
const key = (name: string, isStatic: boolean) => `${isStatic ? 'static ' : ''}${name}`;

function membersOf(c: TsClassView): Map<string, Member> {
  const members = new Map<string, Member>();
  for (const a of c.accessors) members.set(key(a.jsName, a.isStatic), { kind: 'value' });
  for (const s of c.statics) members.set(key(s.jsName, true), { kind: 'value' });
  for (const m of c.methods) members.set(key(m.jsName, m.isStatic), { kind: 'method', params: new Set(m.ts.map(paramsKey)) });
  return members;
}

/** Per class: the members to mark (`name` or `static name`) and whether its static side differs from its base's. */
export interface OverrideConflicts {
  members: Set<string>;
  staticSide: boolean;
}

/**
 * Finds the conflicts of every class: a member whose nearest declaration in a base is of another
 * kind, or a method missing one of that declaration's parameter lists. (Textual comparison: a few
 * members that TypeScript would accept are marked too, which costs nothing.)
 */
export function overrideConflicts(classes: readonly TsClassView[]): Map<string, OverrideConflicts> {
  const byName = new Map(classes.map((c) => [c.jsName, c]));
  const members = new Map(classes.map((c) => [c.jsName, membersOf(c)]));
  const result = new Map<string, OverrideConflicts>();
  for (const c of classes) {
    const found: OverrideConflicts = { members: new Set(), staticSide: false };
    for (const [name, own] of members.get(c.jsName)!) {
      let base = byName.get(c.jsBase);
      while (base && !members.get(base.jsName)!.has(name)) base = byName.get(base.jsBase);
      const inherited = base && members.get(base.jsName)!.get(name);
      if (!inherited) continue;
      const clash = own.kind !== inherited.kind
        || (own.kind === 'method' && inherited.kind === 'method' && [...inherited.params].some((p) => !own.params.has(p)));
      if (!clash) continue;
      found.members.add(name);
      if (name.startsWith('static ')) found.staticSide = true;
    }
    if (found.members.size) result.set(c.jsName, found);
  }
  return result;
}

/** `// @ts-ignore` with the reason, printed right before a declaration (after its JSDoc: see {@link docComment}). */
export const IGNORE_OVERRIDE = '// @ts-ignore: C++ hides the base class\'s overloads of this name, and so do the JS classes\n';

/** A JSDoc block as text, for declarations whose JSDoc must come before a `// @ts-ignore` line. */
export function docComment(docs: readonly string[]): string {
  return docs.map((d) => `/**\n${d.split('\n').map((l) => ` * ${l}`.trimEnd()).join('\n')}\n */\n`).join('');
}
