// ogre-headers/nullability.ts against OGRE 1.12: every rule names functions or constants that exist
// (a stale rule after an upgrade fails here), and the typings leave null out exactly there.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Model } from '../../generator/model/index.js';
import { nonNullRules } from '../../ogre-headers/nullability.js';

const repo = resolve(import.meta.dirname, '../..');
const model = JSON.parse(readFileSync(join(repo, 'generated', 'model.json'), 'utf8')) as Model;
const typings = readFileSync(join(repo, 'generated', 'types', 'ogre.d.ts'), 'utf8');

/** Qualified names of every method, free function and namespace variable. */
const names = [
  ...model.classes.flatMap((c) => c.methods.map((s) => `${c.id}::${s.name}`)),
  ...model.functions.map((f) => `${f.parent}::${f.name}`),
  ...model.variables.map((v) => v.id),
];

describe('nullability rules', () => {
  it.each(nonNullRules.map((r) => [String(r.match), r] as const))('%s matches declarations of OGRE 1.12', (_name, rule) => {
    expect(names.some((n) => rule.match.test(n) && !rule.except?.test(n))).toBe(true);
  });

  it('types what the rules name without null, and other pointer results with it', () => {
    expect(typings).toMatch(/^ {2}getRootSceneNode\(\): SceneNode;$/m);
    expect(typings).toMatch(/^ {2}createEntity\(meshName: string\): Entity;$/m);
    expect(typings).toMatch(/^export declare const RGN_DEFAULT: string;$/m);
    expect(typings).toMatch(/^ {2}getByName\(name: string, groupName\?: string\): Material \| null;$/m);
    expect(typings).toMatch(/^ {2}getParentSceneNode\(\): SceneNode \| null;$/m);
  });
});
