/** ogre-headers/spec.ts against the real OGRE 1.12 headers: every rule matches, and the results are what users see. */
import { execFileSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClassDecl, FunctionDecl, Model } from '../../generator/model/index.js';
import { parseHeaders } from '../../generator/parse/index.js';
import { withInstances } from '../../generator/generate.js';
import { applyRules, RuleReport } from '../../generator/passes/index.js';
import { ogreParseInput } from '../../ogre-headers/modules.js';
import spec from '../../ogre-headers/spec.js';

let input: Model;
let model: Model;
let report: RuleReport;

beforeAll(() => {
  input = parseHeaders(withInstances(ogreParseInput(), spec.rules ?? {}));
  report = new RuleReport();
  model = applyRules(input, spec.rules ?? {}, report);
});

const cls = (m: Model, id: string): ClassDecl | undefined => m.classes.find((c) => c.id === id);
const overloads = (m: Model, id: string, name: string): FunctionDecl[] =>
  cls(m, id)?.methods.find((s) => s.name === name)?.overloads ?? [];

describe('ogre-headers/spec.ts', () => {
  it('has no rule that matches nothing in OGRE 1.12', () => {
    expect(report.entries.length).toBeGreaterThan(100);
    expect(report.unmatched(), `stale rules:\n${report.format()}`).toEqual([]);
  });

  it('declares the same four modules and include roots as modules.ts', () => {
    const includedir = execFileSync('pkg-config', ['--variable=includedir', 'OGRE'], { encoding: 'utf8' }).trim();
    const parsed = ogreParseInput().modules.map((m) => [m.name, relative(includedir, m.root)]);
    expect(spec.modules.map((m) => [m.name, m.root])).toEqual(parsed);
    expect(spec.modules.find((m) => m.name === 'Bites')?.exclude).toContain('OgreApplicationContextQt.h');
    expect(join(includedir, 'OGRE')).toBe(ogreParseInput().modules[0]?.root);
  });

  it('names the vector instantiations after their typedefs', () => {
    expect(cls(model, 'Ogre::Vector<3, float>')?.jsName).toBe('Vector3');
    expect(cls(model, 'Ogre::Vector<2, float>')?.jsName).toBe('Vector2');
    expect(cls(model, 'Ogre::Vector<3, int>')?.jsName).toBe('Vector3i');
    expect(cls(model, 'Ogre::TRect<long>')?.jsName).toBe('Rect');
  });

  it('removes what Ogre.i ignores: assignment operators, iterator wrappers, deprecated camera movement', () => {
    expect(model.classes.some((c) => c.methods.some((s) => s.name === 'operator='))).toBe(false);
    expect(model.classes.some((c) => /^Ogre::(Const)?(Map|Vector)Iterator</.test(c.id))).toBe(false);
    expect(overloads(model, 'Ogre::Camera', 'lookAt')).toEqual([]);
    expect(overloads(input, 'Ogre::Camera', 'lookAt').length).toBeGreaterThan(0);
    expect(overloads(model, 'Ogre::Vector<3, float>', 'xyz')).toEqual([]);
  });

  it('keeps what the seed sample needs', () => {
    expect(overloads(model, 'Ogre::Image', 'loadDynamicImage')).toHaveLength(2);
    expect(overloads(model, 'Ogre::RenderTarget', 'copyContentsToMemory').map((o) => o.params.length)).toEqual([3]);
    expect(cls(model, 'Ogre::PixelBox')?.constructors.length).toBe(3);
  });

  it('keeps the buffers OGRE holds on to alive and pairs factories with their destroyers', () => {
    for (const o of overloads(model, 'Ogre::Image', 'loadDynamicImage')) expect(o.keepAlive).toEqual(['data']);
    const withData = cls(model, 'Ogre::PixelBox')?.constructors.filter((c) => c.keepAlive?.includes('pixelData'));
    expect(withData).toHaveLength(2);
    expect(overloads(model, 'Ogre::SceneManager', 'createCamera')[0]).toMatchObject({
      ownership: 'borrowed', factoryOf: { class: 'Ogre::Camera', destroy: 'Ogre::SceneManager::destroyCamera' },
    });
    expect(overloads(model, 'Ogre::SceneManager', 'destroyCamera').map((o) => o.destroys?.class)).toEqual(['Ogre::Camera', 'Ogre::Camera']);
  });

  it('renames Ogre::Exception and adds toString() extensions', () => {
    expect(cls(model, 'Ogre::Exception')?.jsName).toBe('OgreException');
    const [toString] = overloads(model, 'Ogre::Vector<3, float>', 'toString');
    expect(toString).toMatchObject({ const: true, extension: { body: expect.stringContaining('out << self') } });
  });
});
