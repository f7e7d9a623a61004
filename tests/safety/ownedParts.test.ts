// Parts of engine objects, listeners beside the runtime's, helpers holding scene objects, fill counts:
// what an owner destroys takes its parts and the helpers using it along (an Error naming the call),
// bad states of helpers are clear errors, and the valid uses still work.
import { describe, expect, it } from 'vitest';
import { childResult } from '../helpers/children.js';

type Probe = { value?: unknown; error?: string; message?: string };
const out = childResult<Record<string, Probe> & { getListenerIsUsers: boolean; heard: string[] }>('tests/safety/children/ownedParts.mjs');

const dead = (p: Probe, by: RegExp, owner: RegExp) => {
  expect(p.error).toBe('Error');
  expect(p.message).toMatch(/was destroyed by/);
  expect(p.message).toMatch(by);
  expect(p.message).toMatch(owner);
};
const refused = (p: Probe, error: string, message: RegExp) => {
  expect(p.error).toBe(error);
  expect(p.message).toMatch(message);
};

describe('parts die with their owner', () => {
  it('a member by reference (a light\'s near clip volume, its user bindings)', () => {
    expect(out.volumeBefore!.value).toBe(6);
    expect(out.bindingsBefore!.error).toBeUndefined();
    dead(out.volumeAfter!, /destroyLight\(\)/, /with the Light it belonged to/);
    dead(out.bindingsAfter!, /destroyLight\(\)/, /with the Light it belonged to/);
  });

  it('elements by pointer (sub-entities, a scene manager\'s render queue); what an object only points at lives on', () => {
    expect(out.subEntityBefore!.value).toBe('BaseWhite');
    dead(out.subEntityAfter!, /destroyEntity\(\)/, /with the Entity it belonged to/);
    expect(out.nodeOfDestroyedEntity!.value).toBe('entityNode');
    expect(out.queueBefore!.value).toBe(true);
    dead(out.queueAfter!, /Root\.destroySceneManager\(\)/, /it belonged to/);
  });

  it('a node destroyed with its parent takes its parts along', () => {
    dead(out.childBindingsAfter!, /removeAndDestroyAllChildren\(\)/, /with the SceneNode it belonged to/);
  });
});

describe('setListener beside the runtime\'s listener', () => {
  it('the script\'s listener hears the destruction, and the wrapper dies too', () => {
    expect(out.getListenerIsUsers).toBe(true);
    expect(out.heard).toEqual(['movable', 'node']);
    dead(out.watchedAfter!, /destroyAllEntities\(\)/, /Entity/);
    dead(out.watchedNodeAfter!, /destroySceneNode\(\)/, /SceneNode/);
  });

  it('setListener(null) clears the script\'s listener only', () => {
    expect(out.clearedListener!.value).toBeNull();
    dead(out.clearedAfter!, /destroyLight\(\)/, /Light/);
  });
});

describe('helpers holding or reading scene objects', () => {
  it('scene queries and camera men die with what they use; replacing it lets the old one go', () => {
    expect(out.queryBefore!.value).toBe('executed');
    dead(out.queryAfter!, /Root\.destroySceneManager\(\)/, /with the DefaultSceneManager it used/);
    refused(out.pivotWithoutTarget!, 'Error', /CameraMan\.setPivotOffset: the camera man has no target/);
    expect(out.pivotWithTarget!.value).toBe('set');
    expect(out.manAfterOldCamera!.value).toBe('set');
    dead(out.manAfterCamera!, /destroySceneNode\(\)/, /with the SceneNode it used/);
  });

  it('a texture unit made for a pass dies with the pass; frames by number are checked', () => {
    refused(out.frameOutOfRange!, 'Error', /TextureUnitState\._setTexturePtr: frame is out of range/);
    expect(out.framesValid!.value).toBe(1);
    dead(out.unitAfterPass!, /Technique\.removeAllPasses\(\)/, /with the Pass it used/);
    expect(out.techniquePass!.value).toBe(0);
  });

  it('boxes without corners and non-finite poses are refused where OGRE draws or bounds them', () => {
    refused(out.drawInfinite!, 'Error', /DefaultDebugDrawer\.drawWireBox: aabb must be a finite box/);
    expect(out.drawFinite!.error).toBeUndefined();
    refused(out.axesInfinite!, 'Error', /DefaultDebugDrawer\.drawAxes: pose must be finite/);
    refused(out.axesHugeSize!, 'Error', /DefaultDebugDrawer\.drawAxes: size must be finite/);
    expect(out.axesFinite!.error).toBeUndefined();
    refused(out.drawEmptyNode!, 'Error', /DefaultDebugDrawer\.drawSceneNode: node has no bounds to draw/);
    expect(out.drawNode!.error).toBeUndefined();
    refused(out.mergeInfinite!, 'Error', /VisibleObjectsBoundsInfo\.merge: boxBounds must be a finite box/);
    expect(out.mergeFinite!.value).toBe(true);
  });

  it('shadow cameras are placed through their node; skinning needs the shader generator; rectangles keep their own render operation', () => {
    refused(out.shadowUnattached!, 'Error', /getShadowCamera: texCam must be attached to a scene node/);
    expect(out.shadowAttached!.value).toBe('placed');
    refused(out.skinningWithoutShaderGenerator!, 'Error', /prepareEntityForSkinning: initialise the RTShader system first/);
    expect(out.rectangle!.value).toBe('set');
    refused(out.rectangleRenderOperation!, 'Error', /setRenderOperation: this object makes its own render operation/);
    expect(out.rectangleAfter!.value).toBe('set');
    refused(out.sphereUnattached!, 'Error', /getWorldBoundingSphere: the object is not attached to a node/);
    expect(out.sphereUnderived!.value).toBe(true);
    refused(out.lodUnattached!, 'Error', /getSquaredDepth: movableObject is not attached to a node/);
    refused(out.lodNoViewport!, 'Error', /LodStrategy\.getValue: camera has no viewport/);
    expect(out.lodValue!.value).toBe(true);
  });
});

describe('fill counts', () => {
  it('a UTFString fill past 2^24 code points is a RangeError, not a hang', () => {
    refused(out.fillHuge!, 'RangeError', /UTFString\.constructor: length must be at most 16777216/);
    refused(out.resizeHuge!, 'RangeError', /UTFString\.resize: num must be at most/);
    refused(out.appendHuge!, 'RangeError', /UTFString\.append: num must be at most/);
    expect(out.fillSmall!.value).toBe(3);
  });
});
