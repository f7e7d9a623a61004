// Preconditions OGRE only asserts (an abort) or does not check at all: index parameters against
// their counts, and default-constructed objects that are not usable yet — Errors, never a crash.
import { describe, expect, it } from 'vitest';
import Ogre from 'ogre-napi';

describe('index parameters against their counts (getX(i) ↔ getNumX())', () => {
  it('checks spline points', () => {
    const spline = new Ogre.RotationalSpline();
    expect(() => spline.getPoint(7)).toThrow(/RotationalSpline\.getPoint: index is out of range \(getNumPoints\(\) is the count\)/);
    spline.addPoint(Ogre.Quaternion.IDENTITY);
    expect(spline.getPoint(0).w).toBe(1);
    expect(() => spline.getPoint(1)).toThrow(/out of range/);
    const simple = new Ogre.SimpleSpline();
    expect(() => simple.getPoint(0)).toThrow(/SimpleSpline\.getPoint: index is out of range/);
  });

  it('checks vertex declarations and buffer bindings', () => {
    const decl = new Ogre.VertexDeclaration();
    expect(() => decl.getElement(0)).toThrow(/getElementCount\(\)/);
    expect(() => decl.removeElement(3)).toThrow(/out of range/);
  });
});

describe('default-constructed objects that are not usable yet', () => {
  it('guards Dear ImGui list clippers and UTFString iterators', () => {
    expect(() => new Ogre.ImGuiListClipper().Step()).toThrow(/no Dear ImGui context|call Begin\(\) first/);
    expect(() => new Ogre.UTFString__fwd_iterator()).toThrow(/get iterators from a UTFString/);
    expect(() => new Ogre.UTFString__const_rev_iterator()).toThrow(/get iterators from a UTFString/);
    const s = new Ogre.UTFString('abc');
    expect(s.begin()).toBeInstanceOf(Ogre.UTFString__fwd_iterator);
  });

  it('guards index data without a buffer and engine-only loaders', () => {
    expect(() => new Ogre.IndexData().optimiseVertexCacheTriList()).toThrow(/has no index buffer/);
    expect(() => new Ogre.StaticPluginLoader().load()).toThrow(/create Ogre\.Root first/);
    expect(() => new Ogre.RTShader.ShaderProgramWriterGLSLFactory().create()).toThrow(/GpuProgramManager/);
  });
});
