// Crashes `npm run fuzz` found, one test per cause: each call is now a clear JS error naming the
// method and parameter (ogre-headers/preconditions.ts), and the valid call still works.
import { describe, expect, it } from 'vitest';
import Ogre from 'ogre-napi';

describe('memory the caller passes', () => {
  it('checks empty typed arrays like any other (their data pointer may be null)', () => {
    const empty = () => new Float32Array(0);
    expect(() => new Ogre.ColourValue(1, 0, 0).getHSB(empty(), empty(), empty())).toThrow(RangeError);
    expect(() => new Ogre.ColourValue(1, 0, 0).getHSB(empty(), empty(), empty())).toThrow(/getHSB: hue needs at least 4 bytes, got 0/);
  });

  it('checks value classes made from a pointer to their numbers', () => {
    expect(() => new Ogre.Quaternion(new Float32Array(3))).toThrow(/Quaternion\.constructor: valptr needs at least 16 bytes, got 12/);
    expect(() => new Ogre.Matrix4(new Float32Array(12))).toThrow(/Matrix4\.constructor: arr needs at least 64 bytes/);
    expect(new Ogre.Quaternion(new Float32Array([1, 0, 0, 0])).w).toBe(1);
    expect(() => new Ogre.Affine3(new Float32Array(11))).toThrow(RangeError);
  });

  it('keeps memory streams over JS memory inside it, and OGRE from freeing it', () => {
    expect(() => new Ogre.MemoryDataStream(new Uint8Array(16), 16, true)).toThrow(/freeOnClose must be false for JS memory/);
    expect(() => new Ogre.MemoryDataStream('a', new Uint8Array(16), 255, false, true)).toThrow(/pMem needs at least 255 bytes, got 16/);
    const stream = new Ogre.MemoryDataStream('a', new Uint8Array([1, 2, 3, 4]), 4, false, true);
    expect(() => stream.read(new Uint8Array(0), 3)).toThrow(/MemoryDataStream\.read: buf needs at least 3 bytes/);
    expect(() => stream.skip(5)).toThrow(/count moves outside the stream/);
    const out = new Uint8Array(2);
    expect(stream.read(out, 2)).toBe(2);
    expect([...out]).toEqual([1, 2]);
  });

  it('checks byte swaps against the buffer', () => {
    expect(() => Ogre.Bitwise.bswapBuffer(new Uint8Array(0), 3)).toThrow(/bswapBuffer: pData needs at least 3 bytes/);
    const b = new Uint8Array([1, 2, 3, 4]);
    Ogre.Bitwise.bswapChunks(b, 2, 2);
    expect([...b]).toEqual([2, 1, 4, 3]);
    expect(() => Ogre.Bitwise.bswapChunks(b, 2, 3)).toThrow(RangeError);
  });
});

describe('indices and arithmetic OGRE only asserts', () => {
  it('checks fixed-size Dear ImGui vectors and polygon indices', () => {
    expect(() => new Ogre.ImVec2(1, 2).at(2)).toThrow(/ImVec2\.at: idx is out of range/);
    expect(new Ogre.ImVec2(1, 2).at(1)).toBe(2);
    expect(() => new Ogre.ConvexBody().getNormal(3)).toThrow(/poly is out of range \(getPolygonCount\(\) is the count\)/);
    expect(() => new Ogre.Polygon().deleteVertex(1)).toThrow(/vertex is out of range/);
  });

  it('refuses integer division by zero (SIGFPE)', () => {
    expect(() => new Ogre.Vector2i(4, 6).div(0)).toThrow(/Vector2i\.div: s is zero/);
    expect(() => new Ogre.Vector3i(4, 6, 8).div(new Ogre.Vector3i(1, 0, 1))).toThrow(/b has a zero component/);
    expect([...new Ogre.Vector2i(4, 6).div(new Ogre.Vector2i(2, 3))]).toEqual([2, 2]);
  });

  it('checks raw GPU constants against the parameters\' lists and fixed-point bit counts', () => {
    const params = new Ogre.GpuProgramParameters();
    expect(() => params._writeRawConstants(2, new Float64Array(8))).toThrow(/_writeRawConstants: physicalIndex \+ the length of val is past the constants/);
    expect(() => params._readRawConstants(4, 99, new Int32Array(1024))).toThrow(/physicalIndex \+ count is past the constants/);
    expect(() => params._writeRawConstant(0, 1.5)).toThrow(/physicalIndex is past the constants/);
    expect(() => Ogre.Bitwise.fixedToFixed(255, 0, 8)).toThrow(/n and p must be 1 … 31/);
    expect(Ogre.Bitwise.fixedToFixed(255, 8, 8)).toBe(255);
    expect(() => new Ogre.DefaultHardwareBufferManagerBase().createVertexBuffer(12, 4, Ogre.HBU_GPU_ONLY)!.setIsInstanceData(true)).toThrow(/instance data needs a render system/);
  });

  it('refuses strings OGRE loops on or indexes past', () => {
    expect(() => Ogre.StringUtil.toTitleCase('')).toThrow(/toTitleCase: str is empty/);
    expect(Ogre.StringUtil.toTitleCase('ab cd').str).toBe('Ab Cd');
    expect(() => Ogre.StringUtil.replaceAll('ab', '', 'c')).toThrow(/replaceWhat is empty/);
    expect(Ogre.StringUtil.replaceAll('ab', 'b', 'c')).toBe('ac');
  });

  it('refuses loops that never end or never stop allocating', () => {
    const big = new Ogre.Matrix3(1e30, 0, 0, 0, 1e30, 0, 0, 0, 1e30);
    const infinite = big.mul(big); // overflows to infinities: the SVD's iteration would never converge
    expect(() => infinite.SingularValueDecomposition(new Ogre.Matrix3(), new Ogre.Vector3(), new Ogre.Matrix3())).toThrow(/SingularValueDecomposition: the matrix has a NaN or infinite entry/);
    expect(() => new Ogre.Math(2 ** 31 - 1)).toThrow(/trigTableSize must be 1 … 1048576/);
    expect(() => Ogre.RTShader.Operand.getFloatCount(-(2 ** 31))).toThrow(/getFloatCount: mask must not be negative/);
  });

  it('refuses decompositions of singular matrices (OGRE divides by a vanished column)', () => {
    const zero = new Ogre.Matrix3(0, 0, 0, 0, 0, 0, 0, 0, 0);
    expect(() => zero.QDUDecomposition(new Ogre.Matrix3(), new Ogre.Vector3(), new Ogre.Vector3())).toThrow(/QDUDecomposition: the matrix is singular/);
    expect(() => new Ogre.DualQuaternion(new Ogre.Affine3(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))).toThrow(/DualQuaternion\.constructor: rot is singular/);
    expect(new Ogre.DualQuaternion(Ogre.Affine3.IDENTITY).w).toBe(1);
  });

  it('refuses an animation step that would wrap forever', () => {
    const f = new Ogre.AnimationControllerFunction(16, 0);
    expect(() => f.calculate(-(2 ** 31))).toThrow(/calculate: source puts the time a million sequences/);
    expect(() => f.calculate(Infinity)).toThrow(Error);
    expect(f.calculate(4)).toBeCloseTo(0.25);
  });
});

describe('objects whose state does not allow the call', () => {
  it('refuses RTShader atoms without the operands they write', () => {
    expect(() => new Ogre.RTShader.AssignmentAtom(99).writeSourceCode('glsl')).toThrow(/AssignmentAtom\.writeSourceCode: the atom lacks the operands/);
    expect(() => new Ogre.RTShader.BinaryOpAtom(43, 0).writeSourceCode('glsl')).toThrow(/lacks the operands/);
  });

  it('refuses engine-made objects made from JS and factories that need the RTShader system', () => {
    expect(() => new Ogre.PatchSurface()).toThrow(/PatchSurface is filled in by its owner/);
    expect(() => new Ogre.ImFont()).toThrow(/ImFont is filled in by its owner/);
    expect(() => new Ogre.RTShader.FFPTexturingFactory().createInstance()).toThrow(/initialise the RTShader system first/);
  });

  it('refuses what only the engine may call: clearing every parameter dictionary', () => {
    expect(() => Ogre.StringInterface.cleanupDictionary()).toThrow(/engine-internal: Root clears the parameter dictionaries/);
  });

  it('checks key frames, characters and partial integers by index', () => {
    expect(() => new Ogre.UTFString('abc').getChar(3)).toThrow(/getChar: loc is out of range/);
    expect(new Ogre.UTFString('abc').getChar(2)).toBe(99);
    expect(() => Ogre.Bitwise.intRead(new Uint8Array(0), 4)).toThrow(/intRead: src needs at least 4 bytes/);
    expect(() => Ogre.Bitwise.intRead(new Uint8Array(8), 5)).toThrow(/n must be 1 … 4/);
    expect(Ogre.Bitwise.intRead(new Uint8Array([7, 0]), 2)).toBe(7);
  });

  it('refuses enabling a LOD reference view that was never set (private engine state)', () => {
    const strategy = new Ogre.DistanceLodSphereStrategy();
    expect(() => strategy.setReferenceViewEnabled(true)).toThrow(/call setReferenceView\(\) before enabling/);
    strategy.setReferenceView(640, 480, new Ogre.Radian(1));
    strategy.setReferenceViewEnabled(true);
    expect(strategy.isReferenceViewEnabled()).toBe(true);
  });

  it('refuses font files Dear ImGui cannot read (it aborts)', () => {
    expect(() => new Ogre.ImFontAtlas().AddFontFromMemoryCompressedBase85TTF('../..', 7)).toThrow(/not a compressed font/);
    expect(() => new Ogre.ImFontAtlas().AddFontFromFileTTF('no-such-font.ttf', 13, null)).toThrow(/filename is not a file/);
  });

  it('refuses removing embedded zip files before any was added', () => {
    expect(() => Ogre.EmbeddedZipArchiveFactory.removeEmbbeddedFile('none.zip')).toThrow(/no embedded file was added/);
  });

  it('refuses a second C string as the end of the first', () => {
    const b = new Ogre.ImGuiTextBuffer();
    expect(() => b.append('a', 'b')).toThrow(/ImGuiTextBuffer\.append: leave str_end out/);
    b.append('abc');
    expect(b.size()).toBe(3);
    expect(() => new Ogre.ImFontGlyphRangesBuilder().AddText('abc', 'c')).toThrow(/AddText: leave text_end out/);
  });

  it('refuses Dear ImGui frames, overlays and debug drawing without the engine\'s managers', () => {
    expect(() => Ogre.ImGuiOverlay.NewFrame()).toThrow(/create Ogre\.Root and an Ogre\.OverlaySystem first/);
    expect(() => new Ogre.ImGuiOverlay().show()).toThrow(/Overlay\.show: create Ogre\.Root first/);
    expect(() => new Ogre.DefaultDebugDrawer().drawAxes(Ogre.Affine3.IDENTITY, 0.5)).toThrow(/drawAxes: create Ogre\.Root first/);
  });
});
