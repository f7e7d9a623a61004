/** Rewrites typedef names inside C++ text to what they stand for (`Ogre::Real` → `float`). */
import type { Model } from '../../model/index.js';

/** A qualified name not preceded by a word character or `:` (so `X<…>::y` keeps its `y`). */
const QUALIFIED = /(?<![\w:])[A-Za-z_]\w*(?:::[A-Za-z_]\w*)*/g;

/** Resolves the model's typedefs in names, template arguments and signatures. */
export class TypedefResolver {
  private readonly typedefs = new Map<string, string>();

  constructor(model: Pick<Model, 'typedefs'>) {
    for (const t of model.typedefs) this.typedefs.set(t.id, t.underlying.canonical);
  }

  /** The canonical spelling a typedef id stands for, if it is one. */
  canonicalOf(id: string): string | undefined {
    return this.typedefs.get(id);
  }

  /**
   * `text` with every qualified name whose longest typedef prefix is known replaced by that
   * typedef's canonical type: `Ogre::Vector3::xyz` → `Ogre::Vector<3, float>::xyz`. Repeats until
   * stable (a few rounds at most), since a resolved class may contain further typedefs.
   *
   * With `scopesOnly`, a name outside brackets is resolved only as a scope, never as the whole
   * name: `Ogre::Vector3::xyz` and `f(Ogre::Real)` resolve, but `Ogre::Vector3` stays the typedef.
   */
  resolve(text: string, options: { scopesOnly?: boolean } = {}): string {
    let current = text;
    for (let round = 0; round < 4; round++) {
      const source = current;
      const next = source.replace(QUALIFIED, (name: string, offset: number) => {
        const nested = options.scopesOnly ? depthAt(source, offset) > 0 : true;
        return this.resolveName(name, nested);
      });
      if (next === current) break;
      current = next;
    }
    return current;
  }

  /** `name` with its longest typedef prefix resolved; the whole name only when `whole` is allowed. */
  private resolveName(name: string, whole: boolean): string {
    const parts = name.split('::');
    for (let n = whole ? parts.length : parts.length - 1; n > 0; n--) {
      const target = this.typedefs.get(parts.slice(0, n).join('::'));
      if (target !== undefined && !target.includes('(')) return [target, ...parts.slice(n)].join('::');
    }
    return name;
  }
}

/** Bracket depth (`<>`, `()`, `[]`) of `text` at `offset`. */
function depthAt(text: string, offset: number): number {
  let depth = 0;
  for (let i = 0; i < offset; i++) {
    const ch = text[i];
    if (ch === '<' || ch === '(' || ch === '[') depth++;
    else if ((ch === '>' || ch === ')' || ch === ']') && depth > 0) depth--;
  }
  return depth;
}
