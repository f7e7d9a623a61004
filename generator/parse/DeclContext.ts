/** Shared state of one parse: module lookup by file and the common fields of every declaration. */
import type { Cursor } from '../clang/index.js';
import { Access } from '../clang/index.js';
import type { AccessLevel, DeclBase } from '../model/index.js';
import type { ModuleSpec } from './ModuleSpec.js';
import { parseDocComment } from './docComment.js';

const ACCESS: Record<number, AccessLevel | undefined> = {
  [Access.Public]: 'public', [Access.Protected]: 'protected', [Access.Private]: 'private',
};

/** Maps files to modules and builds {@link DeclBase} fields. */
export class DeclContext {
  private readonly roots: { root: string; module: string }[];
  private readonly fileModule = new Map<string, { module: string; relative: string } | null>();

  constructor(modules: readonly ModuleSpec[]) {
    this.roots = modules
      .map((m) => ({ root: m.root.endsWith('/') ? m.root : `${m.root}/`, module: m.name }))
      .sort((a, b) => b.root.length - a.root.length);
    for (const m of modules) {
      for (const file of m.owns ?? []) this.fileModule.set(file, { module: m.name, relative: file.slice(file.lastIndexOf('/') + 1) });
    }
  }

  /** The module owning `file` (longest root wins) and the file's path relative to that root; null outside every module. */
  moduleOf(file: string): { module: string; relative: string } | null {
    let hit = this.fileModule.get(file);
    if (hit === undefined) {
      const r = this.roots.find((x) => file.startsWith(x.root));
      hit = r ? { module: r.module, relative: file.slice(r.root.length) } : null;
      this.fileModule.set(file, hit);
    }
    return hit;
  }

  /** The access of a member cursor, or undefined outside classes. */
  access(cursor: Cursor): AccessLevel | undefined {
    return ACCESS[cursor.access];
  }

  /** Common fields: id, name, parent, module, location, doc, access, deprecated. */
  base(cursor: Cursor, parent: string, name: string, id: string): DeclBase {
    const loc = cursor.location;
    const where = this.moduleOf(loc.file);
    const base: DeclBase = {
      id, name, parent,
      module: where?.module ?? '',
      location: { file: where?.relative ?? loc.file, line: loc.line },
    };
    const doc = parseDocComment(cursor.rawComment, cursor.briefComment);
    if (doc) base.doc = doc;
    const access = this.access(cursor);
    if (access) base.access = access;
    if (cursor.isDeprecated || doc?.deprecated !== undefined) base.deprecated = true;
    return base;
  }
}
