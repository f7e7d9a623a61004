// Crashes `npm run fuzz` found among objects made without a Root on seeds 4 and 5, one test per
// cause: the bad call is now a clear JS error, and the valid use next to it still works.
import { describe, expect, it } from 'vitest';
import Ogre from 'ogre-napi';

describe('Dear ImGui font atlases', () => {
  it('refuses to build while a config\'s font was cleared, and builds once the configs go too', () => {
    const atlas = new Ogre.ImFontAtlas();
    atlas.AddFontDefault(null);
    atlas.ClearFonts();
    expect(() => atlas.Build()).toThrow(/ImFontAtlas\.Build: a font config's font was cleared/);
    expect(() => atlas.GetTexDataAsAlpha8()).toThrow(/ImFontAtlas\.GetTexDataAsAlpha8: a font config's font was cleared/);
    atlas.Clear();
    atlas.AddFontDefault(null);
    expect(atlas.Build()).toBe(true);
    expect(atlas.IsBuilt()).toBe(true);
  });

  it('refuses to build from data that is not a font file', () => {
    const atlas = new Ogre.ImFontAtlas();
    const config = Object.assign(new Ogre.ImFontConfig(), { FontDataOwnedByAtlas: false });
    atlas.AddFontFromMemoryTTF(new Uint8Array(4096), 4096, 16, config);
    expect(() => atlas.GetTexDataAsAlpha8()).toThrow(/GetTexDataAsAlpha8: a font's data is not a TrueType or OpenType font/);
  });
});

describe('linear controller functions', () => {
  it('take keys that rise strictly, and interpolate between them only', () => {
    expect(() => new Ogre.LinearControllerFunction([64, -Infinity, 99], [64, 2, 1], 16, false)).toThrow(/LinearControllerFunction\.constructor: keys must be finite and rise strictly/);
    const f = new Ogre.LinearControllerFunction([0, 0.5, 1], [0, 2, 4], 1, false);
    expect(() => f.calculate(99)).toThrow(/calculate: the input \(wrapped into 0 … 1 with delta input\) is not between/);
    expect(() => f.calculate(0)).toThrow(/calculate: the input/);
    expect(f.calculate(0.25)).toBe(1);
    expect(new Ogre.LinearControllerFunction([0, 1], [0, 10]).calculate(0.5)).toBe(5);
  });
});

describe('GPU program parameters', () => {
  // (setNamedConstant(), the way for programs without logical indices, is in fuzzFoundScene.test.ts: it needs a program)
  it('refuses constants by logical index without the program\'s tables', () => {
    expect(() => new Ogre.GpuProgramParameters().setConstant(4, [99, 0])).toThrow(/GpuProgramParameters\.setConstant: the parameters have no logical indices/);
    expect(() => new Ogre.GpuProgramParameters().setAutoConstant(0, Ogre.GpuProgramParameters.ACT_TIME)).toThrow(/setAutoConstant: the parameters have no logical indices/);
  });
});

describe('UTFString iterators', () => {
  it('refuse to move outside their string, and move inside it', () => {
    expect(() => new Ogre.UTFString().end().movePrev()).toThrow(/movePrev: the iterator would leave its string/);
    const s = new Ogre.UTFString('ab');
    expect(() => s.end().moveNext()).toThrow(/moveNext: the iterator would leave its string/);
    expect(() => s.begin().add(3)).toThrow(/the iterator would leave its string/);
    expect(() => s.end().getCharacter()).toThrow(/getCharacter: the iterator is at the end of its string/);
    expect(s.begin().moveNext().getCharacter()).toBe(98);
    expect(s.end().sub(2).getCharacter()).toBe(97);
  });

  it('are taken by their own string only, before its end', () => {
    const s = new Ogre.UTFString('abc');
    expect(() => s.erase(s.end())).toThrow(/UTFString\.erase: loc is not an iterator of this string before its end/);
    expect(() => s.erase(new Ogre.UTFString('xyz').begin())).toThrow(/loc is not an iterator of this string/);
    expect(() => s.erase(s.end(), s.begin())).toThrow(/start … end is not a range of this string/);
    s.erase(s.begin());
    expect(s.size()).toBe(2);
  });
});

describe('RTShader texture atlas definitions', () => {
  it('refuses a directory (read line by line, it never ends); a missing file is the engine\'s error', () => {
    const factory = new Ogre.TextureAtlasSamplerFactory();
    expect(() => factory.addTexutreAtlasDefinition('..')).toThrow(/addTexutreAtlasDefinition: filename is a directory/);
    expect(() => factory.addTexutreAtlasDefinition('no-such-atlas.txt')).toThrow(/no-such-atlas/);
  });
});

describe('found by seeds 6 and 7 (without a Root)', () => {
  it('refuses a shadow volume without a render system, a time index of another animation, images of no memory', () => {
    expect(() => new Ogre.VertexData(new Ogre.DefaultHardwareBufferManager()).prepareForShadowVolume()).toThrow(/prepareForShadowVolume: create Ogre\.Root and set its render system first/);
    const animation = new Ogre.Animation('a', 10);
    const track = animation.createNumericTrack(1);
    track.createNumericKeyFrame(0);
    const other = new Ogre.Animation('b', 255);
    const otherTrack = other.createNumericTrack(1);
    for (const t of [0, 1, 2, 3]) otherTrack.createNumericKeyFrame(t);
    other._keyFrameListChanged();
    expect(() => track.apply(other._getTimeIndex(3), 1, 1)).toThrow(/apply: timeIndex is not one of this track's animation/);
    expect(() => Ogre.Image.scale(new Ogre.PixelBox(), new Ogre.PixelBox())).toThrow(/Image\.scale: src and dst must be pixel boxes over memory/);
  });
});

describe('an empty memory stream, closed', () => {
  it('is refused like any closed one; open it reads what it holds', () => {
    const closed = new Ogre.MemoryDataStream('empty', 0);
    closed.close();
    expect(() => closed.getAsString()).toThrow(/DataStream\.getAsString: the stream is closed/);
    expect(new Ogre.MemoryDataStream('empty', 0).getAsString()).toBe('');
    // (a stream made by size holds uninitialised bytes, which may not be UTF-8: read known ones)
    expect(new Ogre.MemoryDataStream(new TextEncoder().encode('four'), 4).getAsString()).toBe('four');
  });
});
