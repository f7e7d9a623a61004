/** ownershipPass: factory/destroy pairs, owned/borrowed/shared results, parts of the receiver, and keep-alive parameters. */
import { describe, expect, it } from 'vitest';
import type { FunctionDecl, Model } from '../../../generator/model/index.js';
import { ownershipPass, RuleReport } from '../../../generator/passes/index.js';
import { sampleModel } from './sampleModel.js';
import { cls, fn, model, type } from './modelBuilder.js';

const overloads = (m: Model, cls: string, name: string): FunctionDecl[] =>
  m.classes.find((c) => c.id === cls)?.methods.find((s) => s.name === name)?.overloads ?? [];

describe('ownershipPass', () => {
  it('marks a factory/destroy pair on every overload and records each half', () => {
    const report = new RuleReport();
    const out = ownershipPass(sampleModel(), {
      ownership: [{ factory: 'Ogre::SceneManager::createCamera', destroy: 'Ogre::SceneManager::destroyCamera' }],
    }, report);
    const [create] = overloads(out, 'Ogre::SceneManager', 'createCamera');
    expect(create).toMatchObject({ ownership: 'borrowed', factoryOf: { class: 'Ogre::Camera', destroy: 'Ogre::SceneManager::destroyCamera' } });
    for (const d of overloads(out, 'Ogre::SceneManager', 'destroyCamera')) {
      expect(d.destroys).toEqual({ class: 'Ogre::Camera', factory: 'Ogre::SceneManager::createCamera' });
    }
    expect(report.entries.map((e) => e.matched)).toEqual([1, 2]);
  });

  it('reports a stale half of a pair on its own', () => {
    const report = new RuleReport();
    ownershipPass(sampleModel(), { ownership: [{ factory: 'Ogre::SceneManager::createCamera', destroy: 'Ogre::SceneManager::removeCamera' }] }, report);
    expect(report.unmatched().map((e) => e.rule)).toEqual(["destroy 'Ogre::SceneManager::removeCamera' (of factory 'Ogre::SceneManager::createCamera')"]);
  });

  it('sets ownership of results, not of constructors, and lets an earlier returns rule stand over a factory default', () => {
    const report = new RuleReport();
    const out = ownershipPass(sampleModel(), {
      ownership: [
        { returns: 'owned', match: 'Ogre::SceneManager::createCamera' },
        { returns: 'shared', match: 'Ogre::PixelBox::*' },
        { factory: 'Ogre::SceneManager::createCamera', destroy: 'Ogre::SceneManager::destroyCamera' },
      ],
    }, report);
    expect(overloads(out, 'Ogre::SceneManager', 'createCamera')[0]?.ownership).toBe('owned');
    expect(out.classes.find((c) => c.id === 'Ogre::PixelBox')?.constructors.every((c) => c.ownership === undefined)).toBe(true);
    expect(report.entries.map((e) => e.matched)).toEqual([1, 0, 1, 2]);
  });

  it('keeps alive the named parameter of every matched function that has it', () => {
    const report = new RuleReport();
    const out = ownershipPass(sampleModel(), {
      ownership: [
        { keepAlive: { method: 'Ogre::Image::loadDynamicImage', param: 'data' } },
        { keepAlive: { method: 'Ogre::PixelBox::PixelBox', param: 'pixelData' } },
        { keepAlive: { method: 'Ogre::Image::loadDynamicImage', param: 'data' } },
        { keepAlive: { method: 'Ogre::Image::getWidth', param: 'data' } },
      ],
    }, report);
    expect(overloads(out, 'Ogre::Image', 'loadDynamicImage').map((o) => o.keepAlive)).toEqual([['data'], ['data']]);
    expect(out.classes.find((c) => c.id === 'Ogre::PixelBox')?.constructors.map((c) => c.keepAlive)).toEqual([undefined, ['pixelData']]);
    expect(report.entries.map((e) => e.matched)).toEqual([2, 1, 2, 0]);
  });

  it('marks calls that destroy objects wholesale with the classes whose wrappers die', () => {
    const report = new RuleReport();
    const out = ownershipPass(sampleModel(), {
      ownership: [
        { invalidates: { method: 'Ogre::SceneManager::destroyCamera', classes: ['Ogre::Camera'], scope: 'receiver' } },
        { invalidates: { method: 'Ogre::Image::nothingLikeThis', classes: ['*'], scope: 'all' } },
      ],
    }, report);
    for (const d of overloads(out, 'Ogre::SceneManager', 'destroyCamera')) expect(d.invalidates).toEqual({ classes: ['Ogre::Camera'], scope: 'receiver' });
    expect(report.entries.map((e) => e.matched)).toEqual([2, 0]);
  });

  it('leaves the input model unchanged', () => {
    const input = sampleModel();
    const before = structuredClone(input);
    ownershipPass(input, { ownership: [{ keepAlive: { method: 'Ogre::Image::loadDynamicImage', param: 'data' } }] }, new RuleReport());
    expect(input).toEqual(before);
  });

  it('marks class results by reference as parts of the receiver, and pointers where a rule says so', () => {
    const ref = (name: string) => ({ ...type(`${name} &`), pointee: { ...type(name), decl: name } });
    const ptr = (name: string) => ({ ...type(`${name} *`), pointee: { ...type(name), decl: name } });
    const input = model({
      classes: [
        cls('Ogre::UserObjectBindings'), cls('Ogre::SubEntity'),
        cls('Ogre::Entity', {
          methods: [
            fn('method', 'Ogre::Entity', 'getUserObjectBindings', [], { returns: ref('Ogre::UserObjectBindings') }),
            fn('method', 'Ogre::Entity', 'getSubEntity', [], { returns: ptr('Ogre::SubEntity') }),
            fn('method', 'Ogre::Entity', 'getParentEntity', [], { returns: ptr('Ogre::Entity') }),
            fn('method', 'Ogre::Entity', 'getLastLight', [], { returns: ref('Ogre::UserObjectBindings') }),
            fn('method', 'Ogre::Entity', 'defaults', [], { returns: ref('Ogre::UserObjectBindings'), static: true }),
          ],
        }),
      ],
    });
    const report = new RuleReport();
    const out = ownershipPass(input, {
      ownership: [{ partOfReceiver: 'Ogre::Entity::getSubEntity' }, { partOfReceiver: 'Ogre::Entity::getLastLight', part: false }],
    }, report);
    const part = (name: string) => overloads(out, 'Ogre::Entity', name)[0]?.partOfReceiver;
    expect(['getUserObjectBindings', 'getSubEntity', 'getParentEntity', 'getLastLight', 'defaults'].map(part)).toEqual([true, true, undefined, undefined, undefined]);
    expect(report.entries.map((e) => e.matched)).toEqual([1, 1]);
  });
});
