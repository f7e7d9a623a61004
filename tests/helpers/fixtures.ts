/** Fixture headers for the unit tests: their paths, line lookup, and their IR through parseHeaders. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { ModelIndex } from '../../generator/model/index.js';
import type {
  ClassDecl, EnumDecl, FunctionDecl, Model, TemplateDecl, TypedefDecl, VariableDecl,
} from '../../generator/model/index.js';
import { parseHeaders } from '../../generator/parse/index.js';

/** `tests/fixtures/headers`, absolute. */
export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'headers');

/** Absolute path of a fixture header. */
export function fixture(name: string): string {
  return join(FIXTURES, name);
}

/** The 1-based line of the first line of `name` that contains `text` (fails the test if none does). */
export function lineOf(name: string, text: string): number {
  const index = readFileSync(fixture(name), 'utf8').split('\n').findIndex((l) => l.includes(text));
  expect(index, `${name} contains ${JSON.stringify(text)}`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

/** Parses fixture headers as one module, `Fixture`, rooted at the fixtures folder. */
export function parseFixtures(headers: string[], args: string[] = []): Model {
  return parseHeaders({ modules: [{ name: 'Fixture', root: FIXTURES, headers }], args });
}

/** Typed, failing lookups over a fixture model. */
export class FixtureModel {
  readonly index: ModelIndex;

  constructor(readonly model: Model) {
    this.index = new ModelIndex(model);
  }

  /** Parses the headers and indexes the result. */
  static parse(headers: string[], args: string[] = []): FixtureModel {
    return new FixtureModel(parseFixtures(headers, args));
  }

  private decl<T>(id: string, kind: string): T {
    const d = this.index.get(id);
    expect(d, `${kind} ${id} in the model`).toBeDefined();
    expect(d!.kind).toBe(kind);
    return d as T;
  }

  class(id: string): ClassDecl { return this.decl<ClassDecl>(id, 'class'); }
  enum(id: string): EnumDecl { return this.decl<EnumDecl>(id, 'enum'); }
  typedef(id: string): TypedefDecl { return this.decl<TypedefDecl>(id, 'typedef'); }
  variable(id: string): VariableDecl { return this.decl<VariableDecl>(id, 'variable'); }
  template(id: string): TemplateDecl { return this.decl<TemplateDecl>(id, 'template'); }

  /** A free function by its id (qualified name with signature). */
  function(id: string): FunctionDecl {
    const f = this.model.functions.find((x) => x.id === id);
    expect(f, `function ${id} in the model`).toBeDefined();
    return f!;
  }

  /** The overloads of a class's method `name`, in source order. */
  methods(classId: string, name: string): FunctionDecl[] {
    const set = this.class(classId).methods.find((s) => s.name === name);
    expect(set, `method ${classId}::${name} in the model`).toBeDefined();
    return set!.overloads;
  }

  /** The one overload of a class's method `name`. */
  method(classId: string, name: string): FunctionDecl {
    const overloads = this.methods(classId, name);
    expect(overloads).toHaveLength(1);
    return overloads[0]!;
  }

  /** Whether the model has any declaration with this id. */
  has(id: string): boolean {
    return this.index.get(id) !== undefined;
  }
}
