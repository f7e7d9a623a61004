// Engine objects constructed before what they need exists: an Error naming what to create first, never a crash.
import { describe, expect, it } from 'vitest';
import Ogre from 'ogre-napi';

describe('constructor guards (no Root in this process)', () => {
  it('asks for Root before movable objects, renderers and shadow camera setups', () => {
    expect(() => new Ogre.Frustum()).toThrow(/Frustum.constructor: create Ogre.Root first/);
    expect(() => new Ogre.Rectangle2D(true)).toThrow(/create Ogre.Root first/);
    expect(() => new Ogre.BillboardParticleRenderer()).toThrow(/create Ogre.Root first/);
    expect(() => new Ogre.PSSMShadowCameraSetup()).toThrow(/create Ogre.Root first/);
  });

  it('keeps managers singletons', () => {
    expect(() => new Ogre.MaterialManager()).toThrow(/create Ogre.Root first/);
    expect(() => new Ogre.ResourceGroupManager()).toThrow(/create Ogre.Root first/);
  });

  it('asks for the RTShader system, a buffer manager or an ImGui context where those are needed', () => {
    expect(() => new Ogre.RTShader.GLSLProgramWriter()).toThrow(/initialise the RTShader system first/);
    expect(() => new Ogre.VertexData()).toThrow(/HardwareBufferManager\) first/);
    expect(() => new Ogre.Bites.ImGuiInputListener()).toThrow(/no Dear ImGui context/);
  });
});
