/** directorPass and lifetimePass: director classes by matcher, and what receivers hold for the engine. */
import { describe, expect, it } from 'vitest';
import type { Model, Param } from '../../../generator/model/index.js';
import { defaultLifetimeRules, directorPass, lifetimePass, RuleReport } from '../../../generator/passes/index.js';
import { cls, fn, model, param, type } from './modelBuilder.js';

const listenerPtr = (name: string, cls_: string): Param => ({ name, type: { ...type(`${cls_} *`), pointee: { ...type(cls_), decl: cls_ } } });

function sample(): Model {
  return model({
    classes: [
      cls('Ogre::FrameListener', { methods: [fn('method', 'Ogre::FrameListener', 'frameStarted', [], { virtual: true })] }),
      cls('Ogre::Node', { nested: ['Ogre::Node::Listener'], methods: [fn('method', 'Ogre::Node', 'setListener', [listenerPtr('listener', 'Ogre::Node::Listener')])] }),
      cls('Ogre::Node::Listener'),
      cls('Ogre::Root', {
        methods: [
          fn('method', 'Ogre::Root', 'addFrameListener', [listenerPtr('newListener', 'Ogre::FrameListener')]),
          fn('method', 'Ogre::Root', 'removeFrameListener', [listenerPtr('oldListener', 'Ogre::FrameListener')]),
          fn('method', 'Ogre::Root', 'addMovableObjectFactory', [param('bool', 'overrideExisting')]),
        ],
      }),
    ],
  });
}

const method = (m: Model, c: string, name: string) => m.classes.find((k) => k.id === c)!.methods.find((s) => s.name === name)!.overloads[0]!;

describe('directorPass', () => {
  it('marks matched classes only (a glob naming nested Listener classes), and reports stale rules', () => {
    const report = new RuleReport();
    const out = directorPass(sample(), { directors: [{ director: '*::Listener' }, { director: 'Ogre::FrameListener' }, { director: 'Ogre::Gone' }] }, report);
    expect(out.classes.filter((c) => c.director).map((c) => c.id)).toEqual(['Ogre::FrameListener', 'Ogre::Node::Listener']);
    expect(report.entries.map((e) => e.matched)).toEqual([1, 1, 0]);
  });
});

describe('lifetimePass', () => {
  it('pairs add*Listener and remove*Listener by slot and holds set*Listener alone (the default rules)', () => {
    const report = new RuleReport();
    const out = lifetimePass(sample(), { lifetimes: defaultLifetimeRules }, report);
    expect(method(out, 'Ogre::Root', 'addFrameListener').holds).toEqual({ mode: 'add', slot: 'FrameListener', param: 'newListener' });
    expect(method(out, 'Ogre::Root', 'removeFrameListener').holds).toEqual({ mode: 'remove', slot: 'FrameListener', param: 'oldListener' });
    expect(method(out, 'Ogre::Node', 'setListener').holds).toEqual({ mode: 'set', slot: 'Listener', param: 'listener' });
    expect(report.unmatched()).toEqual([]);
  });

  it('leaves methods without a pointer-to-class parameter (or the named one) alone', () => {
    const report = new RuleReport();
    const out = lifetimePass(sample(), { lifetimes: [{ add: 'Ogre::Root::add*' }, { add: 'Ogre::Root::addFrameListener', param: 'loader' }] }, report);
    expect(method(out, 'Ogre::Root', 'addMovableObjectFactory').holds).toBeUndefined();
    expect(report.entries.map((e) => e.matched)).toEqual([1, 0]);
  });
});
