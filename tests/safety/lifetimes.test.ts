// Lifetimes of engine objects: destroyed by their owner (with a parent node, clearScene, destroyAll*,
// a destroyed scene manager, Root shut down or deleted, techniques removed), their wrappers are dead,
// and using one is an Error naming what destroyed it, never a read of freed memory.
import { describe, expect, it } from 'vitest';
import { childResult } from '../helpers/children.js';

type Probe = { value?: unknown; error?: string; message?: string };
const out = childResult<Record<string, Probe> & { sameWrapper: boolean }>('tests/safety/children/lifetimes.mjs');

const dead = (p: Probe, by: RegExp) => {
  expect(p.error).toBe('Error');
  expect(p.message).toMatch(/was destroyed by/);
  expect(p.message).toMatch(by);
};

describe('objects destroyed by their owner', () => {
  it('children destroyed with their parent node', () => {
    expect(out.childBefore!.value).toBe('child');
    dead(out.childAfter!, /SceneNode\.removeAndDestroyAllChildren\(\)/);
    dead(out.grandchildAfter!, /removeAndDestroyAllChildren/);
    expect(out.parentAfter!.value).toBe('parent');
  });

  it('everything clearScene destroyed; the root node and cameras live on', () => {
    expect(out.lightBefore!.value).toBe(0);
    dead(out.lightAfter!, /SceneManager\.clearScene\(\)/);
    dead(out.entityAfter!, /clearScene/);
    dead(out.nodeAfter!, /clearScene/);
    expect(out.cameraAfter!.error).toBeUndefined();
    expect(out.rootNodeAfter!.value).toBe('Ogre/SceneRoot');
  });

  it('destroyAll* kills the wrapper however it was obtained', () => {
    expect(out.sameWrapper).toBe(true);
    dead(out.destroyAllLights!, /SceneManager\.destroyAllLights\(\)/);
  });

  it('techniques and passes removed from their material', () => {
    dead(out.techniqueAfter!, /Material\.removeAllTechniques\(\)/);
    dead(out.passAfter!, /Material\.removeAllTechniques\(\)/);
  });

  it('a destroyed scene manager and its objects', () => {
    dead(out.sceneManagerAfter!, /Root\.destroySceneManager\(\)/);
    dead(out.cameraOfDestroyed!, /destroySceneManager/);
  });

  it('windows after Root.shutdown(), everything after Root is deleted', () => {
    expect(out.windowBefore!.value).toBe(64);
    dead(out.windowAfter!, /Root\.shutdown\(\)/);
    dead(out.sceneManagerAfterRoot!, /Root\.shutdown\(\)|Root was deleted/);
    dead(out.rootAfter!, /Root\.dispose\(\)/);
  });
});

describe('type confusion and indices under a live Root', () => {
  it('refuses a Light as a Camera', () => {
    expect(out.confusion!.error).toBe('TypeError');
    expect(out.confusion!.message).toMatch(/'this' must be a (Camera|Frustum), got a Light/);
  });

  it('refuses to dispose an object the engine owns', () => {
    expect(out.disposeEngineOwned!.error).toBe('TypeError');
    expect(out.disposeEngineOwned!.message).toMatch(/belongs to the engine/);
  });

  it('checks indices against their counts instead of aborting', () => {
    expect(out.getChild99!.message).toMatch(/Node\.getChild: index is out of range/);
    expect(out.getTechnique99!.message).toMatch(/Material\.getTechnique: index is out of range/);
    expect(out.getTextureUnitState99!.message).toMatch(/Pass\.getTextureUnitState: index is out of range/);
  });
});
