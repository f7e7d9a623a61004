/** OGRE's ignore rules: what Ogre.i leaves out and why, as far as it applies to these bindings. */
import type { Matcher } from '../../generator/config/index.js';
import { deprecatedRules } from './deprecatedRules.js';
import { when } from '../when.js';

/** Ignore rules, each with its reason. */
export const ignoreRules: Matcher[] = [
  // A pointer to six planes: the extension of the same name copies them (extendRules.ts).
  'Ogre::Frustum::getFrustumPlanes() const',
  // A pointer to the entity's bone matrices: the extension of the same name copies them.
  'Ogre::Entity::_getBoneMatrices() const',
  // JS assignment rebinds a variable; copies are made with the copy constructor.
  '*::operator=',
  // Superseded by getUserObjectBindings(); an Any holds C++ values JS cannot create.
  '*::setUserAny',
  '*::getUserAny',
  // getSingleton() is bound; the pointer variant only adds a null case.
  '*::getSingletonPtr',
  // The Windows _findfirst family OGRE emulates for its file-system archive (its headers since 13 no more): no OGRE API.
  ...when({ ogre: '<13' }, [{ name: /^_find(?:first|next|close)$/, kind: 'function' }, { name: '_finddata_t', kind: 'class' }] as Matcher[]),
  // std::ostream output; the toString() extensions give the same text (13 declares them as hidden friends).
  ...when({ ogre: '<13' }, [{ name: '*::operator<<', kind: 'function' }] as Matcher[]),
  // StringInterface's parameter command helpers (private since 13); parameters are reached through setParameter/getParameter.
  ...when({ ogre: '<13' }, [{ name: /::Cmd\w+$/, kind: 'class' }] as Matcher[]),
  // Allocator internals.
  'Ogre::AllocPolicy',
  // OGRE's iterator wrappers are deprecated: the same data comes from getters returning the containers.
  { name: '*::get*Iterator', kind: 'method' },
  { name: 'Ogre::*Iterator<*>', kind: 'class' },
  { name: 'Ogre::*IteratorWrapper<*>', kind: 'class' },
  // OGRE's libraries do not export Singleton<T>::msSingleton; every singleton class declares its
  // own getSingleton()/getSingletonPtr(), which are bound.
  { name: 'Ogre::Singleton<*>', kind: 'class' },
  // Not part of Debian's build of OGRE: GLSL ES shader generation (merged into GLSL in 13) and Android's APK archives.
  ...when({ ogre: '<13' }, [{ name: 'Ogre::RTShader::GLSLES*', kind: 'class' }] as Matcher[]),
  'Ogre::APKFileSystemArchiveFactory',
  ...when({ ogre: '<13' }, ['Ogre::RenderQueueInvocationSequence::iterator']),
  // Vector constructors and swizzles for the wrong dimension fail a static_assert when instantiated.
  'Ogre::Vector<2, Ogre::Real>::Vector(float, float, float)',
  'Ogre::Vector<2, Ogre::Real>::Vector(float, float, float, float)',
  'Ogre::Vector<2, Ogre::Real>::xy',
  'Ogre::Vector<2, Ogre::Real>::xyz',
  'Ogre::Vector<3, Ogre::Real>::Vector(float, float)',
  'Ogre::Vector<3, Ogre::Real>::Vector(float, float, float, float)',
  'Ogre::Vector<3, Ogre::Real>::xyz',
  'Ogre::Vector<2, int>::Vector(int, int, int)',
  'Ogre::Vector<2, int>::Vector(int, int, int, int)',
  'Ogre::Vector<2, int>::xy',
  'Ogre::Vector<2, int>::xyz',
  'Ogre::Vector<3, int>::Vector(int, int, int, int)',
  'Ogre::Vector<3, int>::xyz',
  'Ogre::Vector<4, Ogre::Real>::Vector(float, float)',
  'Ogre::Vector<4, Ogre::Real>::Vector(float, float, float)',
  // VectorBase is only a base: scripts construct Vector2/3/4.
  'Ogre::VectorBase<*, Ogre::Real>::VectorBase',
  'Ogre::VectorBase<*, int>::VectorBase',
  // Both return a raw row pointer with no length; the get(row, column) extensions replace them.
  'Ogre::Matrix3::operator[]',
  'Ogre::TransformBase<4, Ogre::Real>::operator[]',
  // load(file, separators, trim) and load(file, group, separators, trim) are ambiguous for two strings;
  // loadDirect and loadFromResourceSystem say which is meant.
  'Ogre::ConfigFile::load',
  // A DataStream reference and a DataStreamPtr are the same JS object; the DataStreamPtr overloads stay.
  'Ogre::MemoryDataStream::MemoryDataStream(Ogre::DataStream &, bool, bool)',
  'Ogre::MemoryDataStream::MemoryDataStream(const Ogre::String &, Ogre::DataStream &, bool, bool)',
  // Same JS argument as the HardwareVertexBufferSharedPtr overload (13 has only that one).
  ...when({ ogre: '<13' }, ['Ogre::HardwareBufferManagerBase::_forceReleaseBufferCopies(Ogre::HardwareVertexBuffer *)']),
  // Internal: zip archives are opened through ResourceGroupManager.
  'Ogre::ZipArchiveFactory',
  ...deprecatedRules,
];
