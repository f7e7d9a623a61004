/** Matcher semantics: globs across `::`, literal operator names, signatures, typedefs, RegExps, object matchers. */
import { describe, expect, it } from 'vitest';
import type { Matcher } from '../../../generator/config/index.js';
import { MatchContext } from '../../../generator/passes/index.js';
import { globToRegExp } from '../../../generator/passes/match/compileMatcher.js';
import { sampleModel } from './sampleModel.js';

const context = new MatchContext(sampleModel());
/** Ids (functions) or qualified names of what a matcher selects. */
const select = (m: Matcher) => context.select(m).matches.map((c) => (c.signatures.length ? c.decl.id : c.name));

describe('glob matchers', () => {
  it('lets * cross :: like SWIG (*::operator= reaches every class)', () => {
    expect(select('*::operator=')).toEqual(['Ogre::Image::operator=(const Ogre::Image &)', 'Ogre::Vector<3, float>::operator=(const Ogre::Vector3 &)']);
  });

  it('reaches nested classes and their members with Class::*', () => {
    const names = select('Ogre::Image::*');
    expect(names).toContain('Ogre::Image::Box::Corner');
    expect(names).toContain('Ogre::Image::Box::getWidth() const');
    expect(names).not.toContain('Ogre::Image');
  });

  it('reads * inside an operator name literally', () => {
    expect(select('*::operator*')).toEqual(['Ogre::Vector<3, float>::operator*(Ogre::Real) const']);
    expect(globToRegExp('*::operator*').test('A::operator+')).toBe(false);
  });

  it('without * is an exact name covering all overloads', () => {
    expect(select('Ogre::Image::loadDynamicImage')).toHaveLength(2);
    expect(select('Ogre::Image::loadDynamic')).toHaveLength(0);
  });

  it('drops a leading :: and ignores whitespace differences', () => {
    expect(select('::Ogre::operator<<')).toHaveLength(1);
    expect(select('Ogre::Vector< 3,float >::xyz')).toHaveLength(1);
  });

  it('resolves typedefs in the pattern (Vector3 → Vector<3, float>, Real → float)', () => {
    expect(select('Ogre::Vector3::xyz')).toEqual(['Ogre::Vector<3, float>::xyz() const']);
    expect(select('Ogre::Vector<3, Ogre::Real>::x')).toEqual(['Ogre::Vector<3, float>::x']);
  });

  it('names constructors Class::Class, template arguments left out', () => {
    expect(select('Ogre::Vector<3, Ogre::Real>::Vector')).toHaveLength(2);
    expect(select('Ogre::PixelBox::PixelBox')).toHaveLength(2);
  });
});

describe('signature matchers', () => {
  it('match one overload by its id, whatever the spacing', () => {
    expect(select('Ogre::Image::loadDynamicImage(Ogre::uchar*,Ogre::uint32)')).toEqual(['Ogre::Image::loadDynamicImage(Ogre::uchar *, Ogre::uint32)']);
  });

  it('match canonical parameter types too', () => {
    expect(select('Ogre::Image::loadDynamicImage(unsigned char *, unsigned int)')).toHaveLength(1);
    expect(select('Ogre::Vector3::Vector(float, float)')).toEqual(['Ogre::Vector<3, float>::Vector(float, float)']);
  });

  it('need the const of const methods', () => {
    expect(select('Ogre::Image::getWidth()')).toHaveLength(0);
    expect(select('Ogre::Image::getWidth() const')).toHaveLength(1);
  });
});

describe('RegExp and object matchers', () => {
  it('tests a RegExp against qualified names and function ids (g flag harmless)', () => {
    expect(select(/^Ogre::Image::\w+$/g)).toEqual(expect.arrayContaining(['Ogre::Image::Box', 'Ogre::Image::Filter', 'Ogre::Image::Size']));
    expect(select(/Ogre::uchar \*, Ogre::uint32\)$/)).toEqual(['Ogre::Image::loadDynamicImage(Ogre::uchar *, Ogre::uint32)']);
  });

  it('restricts by kind', () => {
    expect(select({ name: 'Ogre::Image::*', kind: 'class' })).toEqual(['Ogre::Image::Box', 'Ogre::Image::Box::Corner']);
    expect(select({ name: '*Width', kind: 'method' })).toHaveLength(2);
    expect(select({ kind: 'variable' })).toEqual(['Ogre::BLANKSTRING']);
  });

  it('combines name and signature', () => {
    expect(select({ kind: 'method', signature: 'Ogre::Camera::setPosition(const Ogre::Vector3 &)' })).toHaveLength(1);
    expect(select({ kind: 'function', signature: 'Ogre::Camera::setPosition(const Ogre::Vector3 &)' })).toHaveLength(0);
  });
});

describe('typedef names as whole patterns', () => {
  it('mean the typedef, not the class it names', () => {
    expect(select('Ogre::Vector3')).toEqual(['Ogre::Vector3']);
    expect(select('Ogre::Vector3*')).toEqual(['Ogre::Vector3']);
  });
});
