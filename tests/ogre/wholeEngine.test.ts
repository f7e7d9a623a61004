// What whole-engine use needs beyond classes: free functions, constants, out-parameters, containers, Dear ImGui, exception classes.
import { describe, expect, it } from 'vitest';
import Ogre from 'ogre-napi';
import * as Overlay from 'ogre-napi/Overlay';

describe('module-level names', () => {
  it('has constant macros and namespace variables with their C++ values', () => {
    expect(Ogre.OGRE_VERSION_MAJOR).toBe(1);
    expect(Ogre.OGRE_VERSION_MINOR).toBe(12);
    expect(Ogre.OGRE_VERSION).toBe((1 << 16) | (12 << 8) | Ogre.OGRE_VERSION_PATCH);
    expect(typeof Ogre.OGRE_VERSION_NAME).toBe('string');
    expect(Ogre.OGRE_PLATFORM).toBe(Ogre.OGRE_PLATFORM_LINUX);
    expect(Ogre.BLANKSTRING).toBe('');
    expect(Ogre.RGN_DEFAULT).toBe('General');
    expect(Ogre.ResourceGroupManager.DEFAULT_RESOURCE_GROUP_NAME).toBe('General');
  });

  it('has the constants of anonymous enums', () => {
    expect(Ogre.ID_MATERIAL).toBe(3);
  });

  it('exports the Ogre namespace’s free functions', () => {
    expect(Ogre.FastHash('ogre', 4)).toBe(Ogre.FastHash('ogre', 4));
    expect(Ogre.FastHash('ogre', 4)).not.toBe(Ogre.FastHash('ogre', 4, 1));
  });
});

describe('out-parameters and containers', () => {
  it('returns C++ reference out-parameters as an object named after them', () => {
    const hsb = new Ogre.ColourValue(1, 0, 0).getHSB();
    expect(hsb).toEqual({ hue: 0, saturation: 1, brightness: 1 });
  });

  it('copies std::array results into arrays of wrapped values', () => {
    const corners = new Ogre.AxisAlignedBox([0, 0, 0], [1, 2, 3]).getAllCorners();
    expect(corners).toHaveLength(8);
    expect(corners[0]).toBeInstanceOf(Ogre.Vector3);
    expect(corners.map((v) => v.y).sort()).toEqual([0, 0, 0, 0, 2, 2, 2, 2]);
  });
});

describe('engine memory as typed arrays', () => {
  it('locks a hardware buffer as a Uint8Array of the locked bytes', () => {
    new Ogre.DefaultHardwareBufferManager(); // system-memory buffers, no render system needed
    const vb = Ogre.HardwareBufferManager.getSingleton().createVertexBuffer(12, 4, Ogre.HardwareBuffer.HBU_DYNAMIC);
    expect(vb).toBeInstanceOf(Ogre.HardwareVertexBuffer);
    const all = vb!.lock(Ogre.HardwareBuffer.HBL_NORMAL)!;
    expect(all.byteLength).toBe(48);
    new Float32Array(all.buffer, all.byteOffset, 12).set([1, 2, 3]);
    vb!.unlock();
    const part = vb!.lock(4, 8, Ogre.HardwareBuffer.HBL_READ_ONLY)!;
    expect(part.byteLength).toBe(8);
    expect(new Float32Array(part.buffer, part.byteOffset, 2)).toEqual(new Float32Array([2, 3]));
    vb!.unlock();
  });

  it('checks the position of GPU constants before handing out their memory', () => {
    const params = new Ogre.GpuProgramParameters();
    expect(() => params.getFloatPointer(0)).toThrow(/pos is past the last constant/);
  });

  it('reads Dear ImGui’s zero-terminated glyph ranges', () => {
    const ranges = new Ogre.ImFontAtlas().GetGlyphRangesDefault()!;
    expect([...new Uint16Array(ranges.buffer, ranges.byteOffset, ranges.byteLength / 2)]).toEqual([0x20, 0xff, 0]);
  });
});

describe('Dear ImGui (built into OgreOverlay)', () => {
  it('is reached as Ogre.ImGui and through ogre-napi/Overlay, with its enums and classes', () => {
    expect(Ogre.ImGui).toBe(Overlay.ImGui);
    expect(typeof Ogre.ImGui.Begin).toBe('function');
    expect(Overlay.ImGuiWindowFlags_NoTitleBar).toBe(Overlay.ImGuiWindowFlags_.ImGuiWindowFlags_NoTitleBar);
    expect(Number(Overlay.ImGuiWindowFlags_NoTitleBar)).toBe(1);
    expect(Overlay.IMGUI_VERSION).toBe('1.86');
    const v = new Ogre.ImVec2(1, 2);
    expect([v.x, v.y]).toEqual([1, 2]);
  });

  it('throws instead of letting ImGui assert (abort) without a context', () => {
    expect(() => Ogre.ImGui.Begin('window')).toThrow(/Begin: no Dear ImGui context/);
    expect(() => Ogre.ImGui.Text('hello')).toThrow(/no Dear ImGui context/);
    expect(Ogre.ImGui.GetVersion()).toBe('1.86');
  });

  it('throws instead of letting ImGui assert outside a frame', () => {
    const overlay = new Ogre.ImGuiOverlay(); // creates the ImGui context
    expect(overlay).toBeInstanceOf(Ogre.Overlay);
    expect(() => Ogre.ImGui.Begin('window')).toThrow(/Begin: called outside a Dear ImGui frame/);
    expect(() => Ogre.ImGui.EndFrame()).toThrow(/outside a Dear ImGui frame/);
    expect(Ogre.ImGui.GetIO()).toBeInstanceOf(Ogre.ImGuiIO);
  });
});

describe('engine exceptions', () => {
  it('arrive as the exception’s own class, with the C++ accessors', () => {
    let caught: unknown;
    try { new Ogre.Image().flipAroundY(); } catch (e) { caught = e; }
    expect(caught).toBeInstanceOf(Ogre.OgreException);
    const e = caught as InstanceType<typeof Ogre.OgreException>;
    expect(Object.values(Ogre.OgreException.subclasses)).toContain(e.constructor);
    expect(e.name).toBe(e.constructor.name);
    expect(e.getDescription()).toBe(e.description);
    expect(e.what()).toBe(e.message);
    expect(e.getLine()).toBe(e.line);
  });

  it('ExceptionFactory throws the class for an error number', () => {
    expect(() => Ogre.ExceptionFactory.throwException(5, 'no such file', 'test')).toThrow(Ogre.FileNotFoundException);
    expect(() => Ogre.ExceptionFactory.throwException(5, 'x')).toThrow(Ogre.OgreException);
  });
});
