/** OGRE's ownership rules: factory/destroy pairs, owned results, and arguments C++ keeps a pointer to. */
import type { FactoryRule, OwnershipRule } from '../../generator/config/index.js';

/** `Class::create<What>` paired with `Class::destroy<What>`. */
const pair = (cls: string, what: string): FactoryRule => ({ factory: `${cls}::create${what}`, destroy: `${cls}::destroy${what}` });

/** Ownership rules, each with its reason. */
export const ownershipRules: OwnershipRule[] = [
  // The scene manager owns what it creates until destroyX (or its own destruction).
  ...[
    'Camera', 'Light', 'SceneNode', 'Entity', 'ManualObject', 'BillboardChain', 'RibbonTrail', 'ParticleSystem',
    'BillboardSet', 'StaticGeometry', 'InstanceManager', 'InstancedEntity', 'MovableObject', 'Animation',
    'AnimationState',
  ].map((what) => pair('Ogre::SceneManager', what)),
  // Scene queries "must be destroyed by calling SceneManager::destroyQuery" (OGRE's docs).
  { factory: 'Ogre::SceneManager::create*Query', destroy: 'Ogre::SceneManager::destroyQuery' },
  // Root owns scene managers and render windows.
  pair('Ogre::Root', 'SceneManager'),
  { factory: 'Ogre::Root::createRenderWindow', destroy: 'Ogre::Root::destroyRenderTarget' },
  pair('Ogre::RenderSystem', 'HardwareOcclusionQuery'),
  // Overlays and their elements belong to the OverlayManager.
  { factory: 'Ogre::OverlayManager::create', destroy: 'Ogre::OverlayManager::destroy' },
  { factory: 'Ogre::OverlayManager::createOverlayElement*', destroy: 'Ogre::OverlayManager::destroyOverlayElement' },
  // Tray widgets belong to the TrayManager; destroyWidget takes any of them.
  { factory: 'OgreBites::TrayManager::create*', destroy: 'OgreBites::TrayManager::destroyWidget' },
  pair('Ogre::RTShader::ShaderGenerator', 'SubRenderState'),
  // "The caller is expected to delete the returned pointer" (OGRE's docs).
  { returns: 'owned', match: 'Ogre::VertexData::clone' },
  { returns: 'owned', match: 'Ogre::IndexData::clone' },
  { returns: 'owned', match: 'Ogre::EdgeListBuilder::build' },
  // OGRE keeps the pointer without copying (the seed's no-copy image): the JS object keeps the buffer alive.
  { keepAlive: { method: 'Ogre::Image::loadDynamicImage', param: 'data' } },
  { keepAlive: { method: 'Ogre::Image::Image', param: 'buffer' } },
  { keepAlive: { method: 'Ogre::PixelBox::PixelBox', param: 'pixelData' } },
  // Static: kept with the class, as long as the program runs (OGRE keeps reading it).
  { keepAlive: { method: 'Ogre::EmbeddedZipArchiveFactory::addEmbbeddedFile', param: 'fileData' } },
  { keepAlive: { method: 'Ogre::MemoryDataStream::MemoryDataStream', param: 'pMem' } },
];
