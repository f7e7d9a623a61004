// Crashes `npm run fuzz` found among objects made without a Root, one test per cause: the bad call
// (or the earlier call that corrupted the state) is now a clear JS error, and the valid use still works.
import { describe, expect, it } from 'vitest';
import Ogre from 'ogre-napi';

/** The buffer manager (a singleton: one for the whole file). */
const hbm = new Ogre.DefaultHardwareBufferManager();

/** The LogManager (made here unless one exists). */
function logManager(): Ogre.LogManager {
  try {
    return Ogre.LogManager.getSingleton();
  } catch {
    return new Ogre.LogManager();
  }
}

/** A software vertex buffer of three-float positions, filled with `positions`. */
function positionBuffer(positions: number[]): Ogre.HardwareVertexBuffer {
  const vb = hbm.createVertexBuffer(12, positions.length / 3, Ogre.HBU_CPU_ONLY)!;
  vb.writeData(0, positions.length * 4, new Float32Array(positions));
  return vb;
}

describe('before any LogManager', () => {
  it('needs a LogManager to export materials (the first test: later ones make one)', () => {
    expect(() => new Ogre.MaterialSerializer().exportQueued('x.material')).toThrow(/exportQueued: no LogManager/);
  });
});

describe('objects destroyed by their factory', () => {
  it('ends an archive with destroyInstance (it was used after being deleted)', () => {
    const factory = new Ogre.FileSystemArchiveFactory();
    const archive = factory.createInstance('.', true);
    expect(archive.exists('no-such-file')).toBe(false);
    factory.destroyInstance(archive);
    expect(() => archive.isCaseSensitive()).toThrow(/Archive\.isCaseSensitive: this Archive was destroyed by FileSystemArchiveFactory\.destroyInstance\(\)/);
  });

  it('refuses destroying an object JS owns (C++ and the collector would both delete it)', () => {
    expect(() => hbm.destroyVertexDeclaration(new Ogre.VertexDeclaration())).toThrow(TypeError);
    expect(() => hbm.destroyVertexBufferBinding(new Ogre.VertexBufferBinding())).toThrow(/destroyVertexBufferBinding: binding was created from JavaScript/);
    const decl = hbm.createVertexDeclaration()!;
    expect(decl.getElementCount()).toBe(0);
    hbm.destroyVertexDeclaration(decl);
    expect(() => decl.getElementCount()).toThrow(/destroyed by HardwareBufferManagerBase\.destroyVertexDeclaration\(\)/);
  });

  it('ends logs with destroyLog and refuses a second log of one name', () => {
    const manager = logManager();
    const log = manager.createLog('fuzz-found.log', false, false, true);
    expect(() => manager.createLog('fuzz-found.log', false, false, true)).toThrow(/createLog: a log of that name exists already/);
    expect(log.getName()).toBe('fuzz-found.log');
    manager.destroyLog(log);
    expect(() => log.getName()).toThrow(/destroyed by LogManager\.destroyLog\(\)/);
  });

  it('ends the states and invocations their set removes wholesale', () => {
    const set = new Ogre.AnimationStateSet();
    const state = set.createAnimationState('walk', 0, 10)!;
    expect(state.getLength()).toBe(10);
    set.removeAllAnimationStates();
    expect(() => state.getLength()).toThrow(/destroyed by AnimationStateSet\.removeAllAnimationStates\(\)/);
    const sequence = new Ogre.RenderQueueInvocationSequence('q');
    const invocation = sequence.add(50, 'main')!;
    expect(invocation.getRenderQueueGroupID()).toBe(50);
    sequence.clear();
    expect(() => invocation.getRenderQueueGroupID()).toThrow(/destroyed by RenderQueueInvocationSequence\.clear\(\)/);
  });
});

describe('state OGRE reads unchecked', () => {

  it('reads a zip archive only once loaded', () => {
    const zip = new Ogre.EmbeddedZipArchiveFactory().createInstance('fuzz.zip', true);
    expect(() => zip.exists('a')).toThrow(/Archive\.exists: the zip archive is not loaded: call load\(\) first/);
    expect(() => zip.open('a', true)).toThrow(/not loaded/);
  });

  it('refuses a null vertex buffer binding (every later query dereferences it)', () => {
    const binding = new Ogre.VertexBufferBinding();
    expect(() => binding.setBinding(0, null)).toThrow(/setBinding: buffer is null/);
    binding.setBinding(0, positionBuffer([0, 0, 0]));
    expect(binding.hasInstanceData()).toBe(false);
    expect(binding.getLastBoundIndex()).toBe(1);
  });

  it('keeps memory streams from freeing what they do not own, and closed ones unread', () => {
    const stream = new Ogre.MemoryDataStream('m', 8, false, false);
    expect(() => stream.setFreeOnClose(true)).toThrow(/setFreeOnClose: a stream frees its memory on close only when constructed so/);
    expect(() => stream.write(new Uint8Array(0), 16)).toThrow(/write: buf needs at least 16 bytes/);
    expect(stream.write(new Uint8Array([1, 2]), 2)).toBe(2);
    const owning = new Ogre.MemoryDataStream('n', 8, true, false);
    owning.close();
    expect(() => owning.getAsString()).toThrow(/the stream is closed/);
    expect(() => Ogre.AlignedMemory.deallocate(new Uint8Array(16))).toThrow(/AlignedMemory\.deallocate: OGRE frees only memory it allocated/);
  });

  it('refuses the LOD strategy manager deleting its strategies under their users', () => {
    const manager = new Ogre.LodStrategyManager();
    expect(() => manager.removeAllStrategies()).toThrow(/removeAllStrategies: engine-internal/);
    expect(manager.getDefaultStrategy()!.getName()).toMatch(/^distance/);
  });

  it('walks a script node\'s parents only when they are object nodes', () => {
    const parent = new Ogre.ObjectAbstractNode(new Ogre.ImportAbstractNode());
    const child = new Ogre.ObjectAbstractNode(parent);
    expect(() => child.getVariable('a')).toThrow(/getVariable: every parent of the node must be an object node/);
    child.setVariable('a', 'b');
    expect(() => parent.getVariable('a')).toThrow(Error);
    const tree = new Ogre.ObjectAbstractNode(null);
    tree.setVariable('x', 'y');
    expect(new Ogre.ObjectAbstractNode(tree).getVariable('x')).toEqual([true, 'y']);
  });

});

describe('indices and sizes OGRE only asserts', () => {
  it('checks UTFString characters and compared lengths', () => {
    const s = new Ogre.UTFString('fuzz');
    expect(() => s.setChar(1000, 70)).toThrow(/setChar: loc is out of range/);
    s.setChar(0, 70);
    expect(s.asUTF8()).toBe('Fuzz');
    expect(() => s.compare(0, 2, 'Fu', 2 ** 31)).toThrow(/compare: length2 is longer than c_str/);
    expect(() => s.compare(64, 2, 'Fu', 2)).toThrow(/compare: index is past the end/);
    expect(s.compare(0, 2, 'Fu', 2)).toBe(0);
  });

  it('checks buffer copies against both buffers and spline parameters against 0 … 1', () => {
    const src = positionBuffer([1, 2, 3, 4, 5, 6]);
    const dst = positionBuffer([0, 0, 0, 0, 0, 0]);
    expect(() => dst.copyData(src, 0, 12, 24, false)).toThrow(/copyData: srcOffset \+ length or dstOffset \+ length is past the end/);
    dst.copyData(src, 0, 0, 24, false);
    const out = new Float32Array(6);
    dst.readData(0, 24, out);
    expect([...out]).toEqual([1, 2, 3, 4, 5, 6]);
    const spline = new Ogre.SimpleSpline();
    spline.addPoint([0, 0, 0]);
    spline.addPoint([2, 0, 0]);
    expect(() => spline.interpolate(7)).toThrow(/interpolate: t must be 0 … 1/);
    expect(spline.interpolate(0.5).x).toBeCloseTo(1);
  });

  it('refuses QDU decompositions of near-singular matrices (a column rounds away)', () => {
    const [q, d, u] = [new Ogre.Matrix3(), new Ogre.Vector3(), new Ogre.Vector3()];
    expect(() => new Ogre.Matrix3(1e-20, 0, 0, 0, 1e20, 0, 0, 0, 1).QDUDecomposition(q, d, u)).toThrow(/QDUDecomposition: the matrix is singular or too near it/);
    expect(() => new Ogre.Matrix3(1, 1, 0, 0, 1e-6, 0, 0, 0, 1).QDUDecomposition(q, d, u)).toThrow(/too near it/);
    new Ogre.Matrix3(2, 0, 0, 0, 3, 0, 0, 0, 4).QDUDecomposition(q, d, u);
    expect([...d]).toEqual([2, 3, 4]);
  });

  it('checks render queue group ids against RENDER_QUEUE_COUNT (an array indexed unchecked)', () => {
    const queue = new Ogre.RenderQueue();
    expect(() => queue.getQueueGroup(255)).toThrow(/getQueueGroup: qid is out of range \(RENDER_QUEUE_COUNT is the count\)/);
    const group = queue.getQueueGroup(Ogre.RENDER_QUEUE_MAIN)!;
    group.setSplitPassesByLightingType(true);
    group.setShadowsEnabled(false);
    expect(group.getShadowsEnabled()).toBe(false);
  });

  it('needs resource groups to load an image by name', () => {
    expect(() => new Ogre.Image().load('a.png', 'General')).toThrow(/Image\.load: create Ogre\.Root first/);
  });

  it('ends fonts with their atlas\'s clear, and needs a built atlas for UVs and index growth', () => {
    const atlas = new Ogre.ImFontAtlas();
    const font = atlas.AddFontDefault()!;
    expect(() => atlas.CalcCustomRectUV(new Ogre.ImFontAtlasCustomRect(), new Ogre.ImVec2(0, 0), new Ogre.ImVec2(0, 0))).toThrow(/CalcCustomRectUV: build the font atlas first/);
    atlas.Build();
    expect(() => atlas.CalcCustomRectUV(new Ogre.ImFontAtlasCustomRect(), new Ogre.ImVec2(0, 0), new Ogre.ImVec2(0, 0))).toThrow(/rect is not packed/);
    font.GrowIndex(0x3000);
    expect(font.FindGlyph(65)).not.toBeNull();
    atlas.ClearFonts();
    expect(() => font.FindGlyph(65)).toThrow(/destroyed by ImFontAtlas\.ClearFonts\(\)/);
  });

  it('keeps Dear ImGui from freeing JS font data, also when font_cfg is left out, and needs a font size', () => {
    const atlas = new Ogre.ImFontAtlas();
    expect(() => atlas.AddFontFromMemoryTTF(new Uint8Array(64), 64, 16)).toThrow(/AddFontFromMemoryTTF: pass a font_cfg with FontDataOwnedByAtlas = false/);
    const cfg = new Ogre.ImFontConfig();
    cfg.FontDataOwnedByAtlas = false;
    expect(() => atlas.AddFontFromMemoryTTF(new Uint8Array(64), 64, 0, cfg)).toThrow(/size_pixels must be positive/);
    expect(atlas.AddFontDefault(cfg)).not.toBeNull(); // Dear ImGui sizes its own font
  });

  it('checks Dear ImGui fonts: data for AddFont, a built atlas for AddGlyph', () => {
    const atlas = new Ogre.ImFontAtlas();
    expect(() => atlas.AddFont(new Ogre.ImFontConfig())).toThrow(/AddFont: font_cfg has no font data/);
    const font = atlas.AddFontDefault()!;
    expect(() => font.AddGlyph(new Ogre.ImFontConfig(), 65, 0, 0, 1, 1, 0, 0, 1, 1, 1)).toThrow(/AddGlyph: build the font atlas first/);
    expect(atlas.Build()).toBe(true);
    font.AddGlyph(new Ogre.ImFontConfig(), 65, 0, 0, 1, 1, 0, 0, 1, 1, 1);
    expect(font.FindGlyph(65)).not.toBeNull();
  });
});

describe('vertex buffers the engine rewrites', () => {
  it('extrudes only position buffers twice the original count', () => {
    const vb = positionBuffer([0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(() => Ogre.ShadowCaster.extrudeVertices(hbm.createVertexBuffer(16, 4, Ogre.HBU_CPU_ONLY)!, 1, [0, 0, 1, 1], 1)).toThrow(/extrudeVertices: vertexBuffer must hold three floats a vertex/);
    expect(() => Ogre.ShadowCaster.extrudeVertices(vb, 3, [0, 0, 1, 1], 1)).toThrow(/twice originalVertexCount/);
    Ogre.ShadowCaster.extrudeVertices(vb, 2, [0, 0, 1, 0], 5);
    const out = new Float32Array(12);
    vb.readData(0, 48, out);
    expect(out[8]).toBeLessThan(0);
  });

  it('lets a vertex data adopt only a declaration its buffer manager made', () => {
    const data = new Ogre.VertexData(hbm);
    const old = data.vertexDeclaration!;
    expect(() => data.reorganiseBuffers(new Ogre.VertexDeclaration())).toThrow(/reorganiseBuffers: newDeclaration must come from HardwareBufferManager\.createVertexDeclaration\(\)/);
    const adopted = hbm.createVertexDeclaration()!;
    data.reorganiseBuffers(adopted);
    expect(() => old.getElementCount()).toThrow(/destroyed by VertexData\.reorganiseBuffers\(\)/);
    expect(data.vertexDeclaration!.getElementCount()).toBe(0);
    // Seed 29: adopting it again deleted it first (the vertex data then held a freed declaration).
    expect(() => data.reorganiseBuffers(adopted)).toThrow(/reorganiseBuffers: newDeclaration is this vertex data's declaration already/);
    expect(data.clone()!.vertexDeclaration!.getElementCount()).toBe(0);
  });
});

describe('edge lists', () => {
  /** One triangle: its positions, declaration and 16-bit indices, in software buffers. */
  function triangle(indices: number[]) {
    const vertexData = new Ogre.VertexData(hbm);
    vertexData.vertexDeclaration!.addElement(0, 0, Ogre.VET_FLOAT3, Ogre.VES_POSITION);
    const vb = positionBuffer([0, 0, 0, 1, 0, 0, 0, 1, 0]);
    vertexData.vertexBufferBinding!.setBinding(0, vb);
    vertexData.vertexCount = 3;
    const indexData = new Ogre.IndexData();
    const ib = hbm.createIndexBuffer(Ogre.HardwareIndexBuffer.IT_16BIT, indices.length, Ogre.HBU_CPU_ONLY)!;
    ib.writeData(0, indices.length * 2, new Uint16Array(indices));
    indexData.indexBuffer = ib;
    indexData.indexCount = indices.length;
    return { vertexData, indexData, vb };
  }

  it('builds only from vertex and index data that exist and agree', () => {
    expect(() => new Ogre.EdgeListBuilder().build()).toThrow(/EdgeListBuilder\.build: add vertex data/);
    expect(() => new Ogre.EdgeListBuilder().addIndexData(Object.assign(new Ogre.IndexData(), { indexCount: 3 }))).toThrow(/addIndexData: indexData has no index buffer/);
    const bad = triangle([0, 1, 7]);
    const refusing = new Ogre.EdgeListBuilder();
    refusing.addVertexData(bad.vertexData);
    refusing.addIndexData(bad.indexData);
    expect(() => refusing.build()).toThrow(/indices lie in their vertex set/);
    expect(() => refusing.log(new Ogre.Log('edges.log', false, true))).toThrow(/EdgeListBuilder\.log: add vertex data/);
    const good = triangle([0, 1, 2]);
    const builder = new Ogre.EdgeListBuilder();
    builder.addVertexData(good.vertexData);
    builder.addIndexData(good.indexData);
    const edges = builder.build()!;
    expect(edges.triangles.length).toBe(1);
    expect(() => edges.updateFaceNormals(99, good.vb)).toThrow(/updateFaceNormals: positionBuffer must hold three floats a vertex/);
    expect(() => edges.updateFaceNormals(0, hbm.createVertexBuffer(16, 3, Ogre.HBU_CPU_ONLY)!)).toThrow(/positionBuffer must hold three floats/);
    edges.updateFaceNormals(0, good.vb);
    expect(Math.abs(edges.triangleFaceNormals[0]!.z)).toBeGreaterThan(0);
  });
});
