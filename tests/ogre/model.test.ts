/** The IR of the real OGRE 1.12 headers: the declarations users of the bindings rely on. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClassDecl, EnumDecl, FunctionDecl, Model, OverloadSet } from '../../generator/model/index.js';
import { ModelIndex, summarize } from '../../generator/model/index.js';
import { parseHeaders } from '../../generator/parse/index.js';
import { ogreParseInput } from '../../ogre-headers/modules.js';

let model: Model;
let index: ModelIndex;

beforeAll(() => {
  model = parseHeaders(ogreParseInput());
  index = new ModelIndex(model);
});

function cls(id: string): ClassDecl {
  const found = index.classOf(id);
  expect(found, `class ${id} in the model`).toBeDefined();
  return found!;
}

function overloads(name: string): FunctionDecl[] {
  const set = index.lookup(name) as OverloadSet | undefined;
  expect(set?.overloads, `overload set ${name}`).toBeDefined();
  return set!.overloads;
}

function enumDecl(id: string): EnumDecl {
  const found = index.get(id);
  expect(found?.kind, `enum ${id}`).toBe('enum');
  return found as EnumDecl;
}

const baseIds = (id: string) => cls(id).bases.map((b) => b.decl);

describe('Ogre::Image::loadDynamicImage', () => {
  it('has both overloads with parameter names, types and default values as written', () => {
    const [full, short] = overloads('Ogre::Image::loadDynamicImage');
    expect(overloads('Ogre::Image::loadDynamicImage')).toHaveLength(2);
    expect(full!.params.map((p) => [p.name, p.type.spelling, p.default])).toEqual([
      ['data', 'Ogre::uchar *', undefined],
      ['width', 'Ogre::uint32', undefined],
      ['height', 'Ogre::uint32', undefined],
      ['depth', 'Ogre::uint32', undefined],
      ['format', 'Ogre::PixelFormat', undefined],
      ['autoDelete', 'bool', 'false'],
      ['numFaces', 'size_t', '1'],
      ['numMipMaps', 'Ogre::uint32', '0'],
    ]);
    expect(short!.params.map((p) => [p.name, p.type.spelling, p.default])).toEqual([
      ['data', 'Ogre::uchar *', undefined],
      ['width', 'Ogre::uint32', undefined],
      ['height', 'Ogre::uint32', undefined],
      ['format', 'Ogre::PixelFormat', undefined],
    ]);
  });

  it('gives structured types: the data pointer, the format enum and the returned Image reference', () => {
    const [full] = overloads('Ogre::Image::loadDynamicImage');
    const byName = Object.fromEntries(full!.params.map((p) => [p.name, p.type]));
    expect(byName.data).toMatchObject({
      kind: 'pointer', canonical: 'unsigned char *',
      pointee: { kind: 'typedef', name: 'Ogre::uchar', canonical: 'unsigned char' },
    });
    expect(byName.format).toMatchObject({ kind: 'enum', decl: 'Ogre::PixelFormat' });
    expect(full!.returns).toMatchObject({ kind: 'lvalue-ref', pointee: { kind: 'record', decl: 'Ogre::Image' } });
    expect(full).toMatchObject({ kind: 'method', access: 'public', module: 'OgreMain', location: { file: 'OgreImage.h' } });
    expect(full!.static).toBeUndefined();
  });

  it('carries its doc comment: brief, every parameter, and the details without the brief', () => {
    const [full, short] = overloads('Ogre::Image::loadDynamicImage');
    const doc = full!.doc;
    expect(doc?.brief).toMatch(/^Stores a pointer to raw data in memory\./);
    expect(Object.keys(doc?.params ?? {})).toEqual(['data', 'width', 'height', 'depth', 'format', 'autoDelete', 'numFaces', 'numMipMaps']);
    expect(doc?.params?.autoDelete).toMatch(/^If memory associated with this buffer is to be destroyed/);
    expect(doc?.details).toContain('NOT destroyed with the Image object');
    expect(doc?.details).not.toContain('Stores a pointer to raw data');
    expect(short!.doc?.raw).toContain('@overload');
  });
});

describe('Ogre::PixelBox', () => {
  it('has its three constructors, with the pixel data pointer defaulting to 0', () => {
    const ctors = cls('Ogre::PixelBox').constructors;
    expect(ctors.map((c) => c.params.map((p) => `${p.type.spelling} ${p.name}${p.default ? ` = ${p.default}` : ''}`))).toEqual([
      [],
      ['const Ogre::Box & extents', 'Ogre::PixelFormat pixelFormat', 'void * pixelData = 0'],
      ['Ogre::uint32 width', 'Ogre::uint32 height', 'Ogre::uint32 depth', 'Ogre::PixelFormat pixelFormat', 'void * pixelData = 0'],
    ]);
    expect(ctors.every((c) => c.kind === 'constructor' && c.name === 'PixelBox')).toBe(true);
    expect(ctors[1]!.params[0]!.type.pointee).toMatchObject({ kind: 'record', const: true, decl: 'Ogre::Box' });
    expect(baseIds('Ogre::PixelBox')).toContain('Ogre::Box');
  });
});

describe('Ogre::Vector3', () => {
  it('is a typedef resolving to the instantiation Ogre::Vector<3, float>', () => {
    expect(index.get('Ogre::Vector3')).toMatchObject({
      kind: 'typedef',
      underlying: { kind: 'record', canonical: 'Ogre::Vector<3, float>', decl: 'Ogre::Vector<3, float>' },
    });
    expect(cls('Ogre::Vector3')).toMatchObject({
      id: 'Ogre::Vector<3, float>', module: 'OgreMain', template: { id: 'Ogre::Vector', args: ['3', 'float'] },
    });
  });

  it('has members with T replaced by float and the class name by the instantiation', () => {
    const vector3 = { kind: 'record', decl: 'Ogre::Vector<3, float>' };
    expect(overloads('Ogre::Vector3::length')[0]!.returns).toMatchObject({ kind: 'typedef', name: 'Ogre::Real', canonical: 'float' });
    expect(overloads('Ogre::Vector3::operator[]')[0]!.returns).toMatchObject({ kind: 'builtin', name: 'float' });
    expect(overloads('Ogre::Vector3::reflect')[0]).toMatchObject({
      const: true, returns: vector3, params: [{ type: { kind: 'lvalue-ref', pointee: { ...vector3, const: true } } }],
    });
    expect(overloads('Ogre::Vector3::operator+').map((o) => o.params.length)).toEqual(expect.arrayContaining([0, 1]));
    expect(cls('Ogre::Vector3').constructors.map((c) => c.id)).toContain('Ogre::Vector<3, float>::Vector(float, float, float)');
  });

  it('inherits x, y, z and the unit constants from Ogre::VectorBase<3, float>', () => {
    expect(baseIds('Ogre::Vector3')).toEqual(['Ogre::VectorBase<3, float>']);
    const fields = cls('Ogre::VectorBase<3, float>').fields;
    expect(fields.filter((f) => !f.static).map((f) => [f.name, f.type.canonical])).toEqual([['x', 'float'], ['y', 'float'], ['z', 'float']]);
    expect(fields.filter((f) => f.static).map((f) => f.name)).toEqual(expect.arrayContaining(['ZERO', 'UNIT_X', 'UNIT_Y', 'UNIT_Z', 'UNIT_SCALE']));
  });
});

describe('Ogre::Matrix4', () => {
  it('inherits its 4×4 float storage from Ogre::TransformBase<4, float>', () => {
    expect(baseIds('Ogre::Matrix4')).toEqual(['Ogre::TransformBaseReal']);
    expect(baseIds('Ogre::TransformBaseReal')).toEqual(['Ogre::TransformBase<4, float>']);
    const m = cls('Ogre::TransformBase<4, float>').fields.find((f) => f.name === 'm');
    expect(m?.type).toMatchObject({
      kind: 'array', canonical: 'float[4][4]', arraySize: 4,
      pointee: { kind: 'array', arraySize: 4, pointee: { kind: 'builtin', name: 'float' } },
    });
  });
});

describe('Ogre::ColourValue', () => {
  it('has public float fields r, g, b, a and static colour constants', () => {
    const fields = cls('Ogre::ColourValue').fields;
    expect(fields.filter((f) => !f.static).map((f) => [f.name, f.access, f.type.kind, f.type.canonical])).toEqual([
      ['r', 'public', 'builtin', 'float'],
      ['g', 'public', 'builtin', 'float'],
      ['b', 'public', 'builtin', 'float'],
      ['a', 'public', 'builtin', 'float'],
    ]);
    const black = fields.find((f) => f.name === 'Black');
    expect(black).toMatchObject({ static: true, type: { kind: 'record', const: true, decl: 'Ogre::ColourValue' } });
  });
});

describe('Ogre::PixelFormat', () => {
  it('has the values of OgrePixelFormat.h, with the little-endian byte aliases', () => {
    const pf = enumDecl('Ogre::PixelFormat');
    const value = (name: string) => pf.constants.find((c) => c.name === name)?.value;
    expect(pf).toMatchObject({ module: 'OgreMain', location: { file: 'OgrePixelFormat.h' } });
    expect(pf.scoped).toBeUndefined();
    expect(value('PF_UNKNOWN')).toBe(0);
    expect(value('PF_L8')).toBe(1);
    expect(value('PF_R8G8B8')).toBe(9);
    expect(value('PF_B8G8R8')).toBe(10);
    expect(value('PF_A8R8G8B8')).toBe(11);
    expect(value('PF_A8B8G8R8')).toBe(12);
    // x86 is little-endian: PF_BYTE_RGB = PF_B8G8R8, PF_BYTE_RGBA = PF_A8B8G8R8.
    expect(value('PF_BYTE_RGB')).toBe(10);
    expect(value('PF_BYTE_BGR')).toBe(9);
    expect(value('PF_BYTE_RGBA')).toBe(12);
    expect(pf.constants.find((c) => c.name === 'PF_L8')?.doc?.brief).toBe('8-bit pixel format, all bits luminance.');
  });
});

describe('class hierarchies', () => {
  it('OgreBites::ApplicationContext is ApplicationContextSDL, an ApplicationContextBase, a FrameListener', () => {
    expect(cls('OgreBites::ApplicationContext').id).toBe('OgreBites::ApplicationContextSDL');
    expect(baseIds('OgreBites::ApplicationContext')).toEqual(['OgreBites::ApplicationContextBase']);
    expect(baseIds('OgreBites::ApplicationContextBase')).toEqual(['Ogre::FrameListener']);
    expect(cls('OgreBites::ApplicationContextBase').module).toBe('Bites');
    expect(overloads('OgreBites::ApplicationContextBase::initApp')).toHaveLength(1);
  });

  it('Ogre::Entity is a MovableObject and a Resource::Listener', () => {
    const bases = cls('Ogre::Entity').bases;
    expect(bases.map((b) => [b.decl, b.access])).toEqual([
      ['Ogre::MovableObject', 'public'],
      ['Ogre::Resource::Listener', 'public'],
    ]);
  });

  it('Ogre::MovableObject is a ShadowCaster, an AnimableObject and an allocated object', () => {
    expect(baseIds('Ogre::MovableObject')).toEqual(['Ogre::ShadowCaster', 'Ogre::AnimableObject', 'Ogre::AllocatedObject<0>']);
    expect(cls('Ogre::MovableObject').bases[2]!.type).toMatchObject({ spelling: 'Ogre::MovableAlloc' });
    expect(cls('Ogre::ShadowCaster').abstract).toBe(true);
  });
});

describe('modules', () => {
  it('assigns declarations to OgreMain, Bites, RTShader and Overlay by include root', () => {
    expect(model.modules.map((m) => m.name)).toEqual(['OgreMain', 'Bites', 'RTShader', 'Overlay']);
    expect(cls('Ogre::Image').module).toBe('OgreMain');
    expect(cls('Ogre::RTShader::ShaderGenerator').module).toBe('RTShader');
    expect(cls('Ogre::OverlayManager').module).toBe('Overlay');
    expect(model.classes.some((c) => c.id.startsWith('std::'))).toBe(false);
  });

  it('counts classes, methods and constants in every module', () => {
    const rows = summarize(model);
    expect(rows.map((r) => r.module)).toEqual(['OgreMain', 'Bites', 'RTShader', 'Overlay']);
    for (const row of rows) {
      expect(row.classes, row.module).toBeGreaterThan(0);
      expect(row.methods, row.module).toBeGreaterThan(row.classes);
      expect(row.enums, row.module).toBeGreaterThan(0);
    }
    expect(rows[0]!.classes).toBeGreaterThan(500);
  });
});
