// What the typings promise holds in the engine: enum reverse mapping, most-derived container
// elements, non-null factories, base overloads through secondary bases.
import { describe, expect, it } from 'vitest';
import Ogre from 'ogre-napi';

const root = new Ogre.Root('', '', '');

describe('enums', () => {
  it('map values back to names, as a TypeScript enum does', () => {
    const fmt: Ogre.PixelFormat = Ogre.PF_BYTE_RGBA;
    const name: string | undefined = Ogre.PixelFormat[fmt];
    expect(name).toBe('PF_BYTE_RGBA');
    expect(Ogre.Node.TransformSpace[Ogre.Node.TS_PARENT]).toBe('TS_PARENT');
    expect(Ogre.PixelFormat.PF_BYTE_RGBA).toBe(fmt);
  });
});

describe('scene objects', () => {
  const scene = root.createSceneManager();

  it('gives containers of objects as the same most-derived wrappers single results give', () => {
    const top = scene.getRootSceneNode();
    const a = top.createChildSceneNode('a');
    const b = top.createChildSceneNode('b');
    const children = top.getChildren();
    expect(children).toHaveLength(2);
    expect(children[0]).toBeInstanceOf(Ogre.SceneNode);
    expect(children).toEqual([a, b]);
    expect(children[0]).toBe(a);
    expect(children[1]).toBe(b);
    const light = scene.createLight('light');
    a.attachObject(light);
    const attached = a.getAttachedObjects();
    expect(attached[0]).toBe(light);
    expect(attached[0]).toBeInstanceOf(Ogre.Light);
  });

  it('has factories that throw instead of returning null (typed without null)', () => {
    // (Without a render system a Camera cannot be made here; lights can.)
    expect(() => scene.createLight('light')).toThrow(Ogre.OgreException);
    expect(() => scene.getLight('missing')).toThrow(Ogre.OgreException);
    const light: Ogre.Light = scene.getLight('light');
    expect(light.getName()).toBe('light');
  });

  it('takes a secondary base class overload the class itself hides', () => {
    const overlays = new Ogre.OverlaySystem();
    // RenderSystem.Listener.eventOccurred(name, parameters = 0); OverlaySystem overrides it with two parameters.
    expect(() => overlays.eventOccurred('DeviceLost')).not.toThrow();
    const listener: Ogre.RenderSystem_Listener = overlays;
    expect(listener).toBeInstanceOf(Ogre.RenderSystem_Listener);
  });
});
