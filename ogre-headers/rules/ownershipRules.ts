/** OGRE's ownership rules: factory/destroy pairs, owned results, and arguments C++ keeps a pointer to. */
import type { FactoryRule, InvalidatesRule, Matcher, OwnershipRule } from '../../generator/config/index.js';
import { when } from '../when.js';

/** `Class::create<What>` paired with `Class::destroy<What>`. */
const pair = (cls: string, what: string): FactoryRule => ({ factory: `${cls}::create${what}`, destroy: `${cls}::destroy${what}` });

/** After `method`, the wrappers of `classes` obtained through the receiver are dead. */
const ends = (method: Matcher, classes: string[]): InvalidatesRule => ({ invalidates: { method, classes, scope: 'receiver' } });
/** After `method`, every wrapper of `classes` is dead ('*': every engine object). */
const endsAll = (method: string, classes: string[]): InvalidatesRule => ({ invalidates: { method, classes, scope: 'all' } });

/**
 * What engine calls destroy without a listener telling us (movable objects, nodes and scene managers
 * report their own destruction: ogre_napi/ogre_lifetimes.h).
 */
const lifetimeRules: InvalidatesRule[] = [
  // Root.shutdown() closes the render system: its windows, textures' targets and viewports go.
  endsAll('Ogre::Root::shutdown', ['Ogre::RenderTarget', 'Ogre::Viewport', 'Ogre::DepthBuffer', 'Ogre::HardwareOcclusionQuery']),
  // closeApp() shuts down and deletes Root: the whole engine goes.
  endsAll('OgreBites::ApplicationContextBase::closeApp', ['*']),
  // A scene's animations and static geometry belong to its manager.
  ends('Ogre::SceneManager::clearScene', ['Ogre::Animation', 'Ogre::AnimationState', 'Ogre::AnimationTrack', 'Ogre::StaticGeometry', 'Ogre::InstanceManager']),
  ends('Ogre::SceneManager::destroyAllAnimations', ['Ogre::Animation', 'Ogre::AnimationTrack']),
  ends('Ogre::SceneManager::destroyAllAnimationStates', ['Ogre::AnimationState']),
  ends('Ogre::SceneManager::destroyAllStaticGeometry', ['Ogre::StaticGeometry']),
  ends('Ogre::SceneManager::destroyAllInstanceManagers', ['Ogre::InstanceManager']),
  // Materials own their techniques, techniques their passes, passes their texture units.
  ends('Ogre::Material::removeAllTechniques', ['Ogre::Technique', 'Ogre::Pass', 'Ogre::TextureUnitState']),
  ends('Ogre::Material::removeTechnique', ['Ogre::Technique', 'Ogre::Pass', 'Ogre::TextureUnitState']),
  ends('Ogre::Technique::removeAllPasses', ['Ogre::Pass', 'Ogre::TextureUnitState']),
  ends('Ogre::Technique::removePass', ['Ogre::Pass', 'Ogre::TextureUnitState']),
  ends('Ogre::Pass::removeAllTextureUnitStates', ['Ogre::TextureUnitState']),
  ends('Ogre::Pass::removeTextureUnitState', ['Ogre::TextureUnitState']),
  // An animation state set owns its states; a render queue sequence its invocations (removing one
  // by name or index ends every wrapper obtained from the receiver: which one went is not known).
  ends('Ogre::AnimationStateSet::removeAllAnimationStates', ['Ogre::AnimationState']),
  ends('Ogre::AnimationStateSet::removeAnimationState', ['Ogre::AnimationState']),
  ...when({ ogre: '<13' }, [
    ends('Ogre::RenderQueueInvocationSequence::clear', ['Ogre::RenderQueueInvocation']),
    ends('Ogre::RenderQueueInvocationSequence::remove', ['Ogre::RenderQueueInvocation']),
    // Seeds 18–22: Root owns the sequences it makes (with their invocations).
    ends(/^Ogre::Root::destroy(?:All)?RenderQueueInvocationSequences?$/, ['Ogre::RenderQueueInvocationSequence', 'Ogre::RenderQueueInvocation']),
  ]),
  // Animations delete their tracks, tracks their key frames, meshes and skeletons their animations
  // and poses (the wrappers of their key frames and tracks die with them).
  ends(/^Ogre::Animation::destroy\w*Tracks?$/, ['Ogre::AnimationTrack']),
  ends(/^Ogre::\w*AnimationTrack::remove(?:All)?KeyFrames?$/, ['Ogre::KeyFrame']),
  ends(/^Ogre::(?:Mesh|Skeleton)::remove(?:All)?Animations?$/, ['Ogre::Animation']),
  ends(/^Ogre::Mesh::remove(?:All)?Poses?$/, ['Ogre::Pose']),
  ends(/^Ogre::ResourceManager::destroy(?:All)?ResourcePools?$/, ['Ogre::ResourceManager::ResourcePool']),
  // Reorganising deletes the old declaration.
  ends('Ogre::VertexData::reorganiseBuffers', ['Ogre::VertexDeclaration']),
  // A Dear ImGui font atlas owns its fonts.
  ends('ImFontAtlas::ClearFonts', ['ImFont']),
  ends('ImFontAtlas::Clear', ['ImFont']),
  // An unloaded mesh deletes its sub-meshes, animations and poses; a skeleton its animations.
  ends('Ogre::Resource::unload', ['Ogre::SubMesh', 'Ogre::Animation', 'Ogre::Pose']),
  ends('Ogre::Resource::reload', ['Ogre::SubMesh', 'Ogre::Animation', 'Ogre::Pose']),
  ends('Ogre::Mesh::destroySubMesh', ['Ogre::SubMesh']),
  endsAll('Ogre::ResourceManager::unloadAll', ['Ogre::SubMesh']),
  endsAll('Ogre::ResourceManager::removeAll', ['Ogre::SubMesh']),
  endsAll('Ogre::ResourceGroupManager::shutdownAll', ['Ogre::SubMesh']),
];

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
  // Factories (archives, particle renderers, movable objects …) make what their destroyInstance deletes.
  { factory: 'Ogre::*Factory::createInstance', destroy: 'Ogre::*Factory::destroyInstance' },
  // The buffer manager deletes the declarations and bindings it made (and, wrongly, any it is given).
  ...['VertexDeclaration', 'VertexBufferBinding'].map((what) => pair('Ogre::HardwareBufferManager*', what)),
  pair('Ogre::LogManager', 'Log'),
  // A resource manager's pools are its own (seed 39: a destroyed pool's wrapper stayed usable).
  { factory: 'Ogre::ResourceManager::getResourcePool', destroy: 'Ogre::ResourceManager::destroyResourcePool' },
  // "The caller is expected to delete the returned pointer" (OGRE's docs).
  { returns: 'owned', match: 'Ogre::VertexData::clone' },
  { returns: 'owned', match: 'Ogre::IndexData::clone' },
  { returns: 'owned', match: 'Ogre::EdgeListBuilder::build' },
  // Plain pointers to resources, which their manager owns through a shared pointer: the result
  // shares that ownership, so the resource outlives its removal from the manager while JS uses it.
  { returns: 'shared', match: 'Ogre::Technique::getParent' },
  { returns: 'shared', match: 'Ogre::CompositionTechnique::getParent' },
  { returns: 'shared', match: 'Ogre::CompositorInstance::getCompositor' },
  // OGRE keeps the pointer without copying (the seed's no-copy image): the JS object keeps the buffer alive.
  { keepAlive: { method: 'Ogre::Image::loadDynamicImage', param: 'data' } },
  { keepAlive: { method: 'Ogre::Image::Image', param: 'buffer' } },
  { keepAlive: { method: 'Ogre::PixelBox::PixelBox', param: 'pixelData' } },
  // Static: kept with the class, as long as the program runs (OGRE keeps reading it).
  { keepAlive: { method: 'Ogre::EmbeddedZipArchiveFactory::addEmbbeddedFile', param: 'fileData' } },
  { keepAlive: { method: 'Ogre::MemoryDataStream::MemoryDataStream', param: 'pMem' } },
  // The edge list builder reads what it was given when build() runs.
  { keepAlive: { method: 'Ogre::EdgeListBuilder::addVertexData', param: 'vertexData' } },
  { keepAlive: { method: 'Ogre::EdgeListBuilder::addIndexData', param: 'indexData' } },
  // A script node points at its parent (getVariable walks up the parents).
  { keepAlive: { method: /^Ogre::\w*AbstractNode::\w*AbstractNode$/, param: 'ptr' } },
  // C++ dereferences pointer parameters unless they default to null: JS refuses null for them
  // (a TypeError, not a segfault). Setters take null to clear (a camera, a listener …).
  { nonNull: 'Ogre::*' },
  { nonNull: 'OgreBites::*' },
  { nonNull: 'ImGui::*' },
  { nonNull: /^Im\w+::/ },
  { nullable: /::_?set[A-Z]\w*$/ },
  // A script node's parent: null for the root of a tree.
  { nullable: /^Ogre::\w*AbstractNode::\w*AbstractNode$/ },
  // Setters that dereference what they are given.
  { nonNull: 'Ogre::Root::setWorkQueue' },
  { nonNull: 'Ogre::RenderSystem::setDepthBufferFor' },
  { nonNull: 'Ogre::CompositorInstance::setTechnique' },
  { nonNull: 'Ogre::ExternalTextureSourceManager::setExternalTextureSource' },
  { nonNull: 'Ogre::Material::setLodStrategy' },
  { nonNull: 'Ogre::Mesh::setLodStrategy' },
  { nonNull: 'Ogre::GpuProgramParameters::_setNamedConstants' },
  // Every pass hashes itself with it (a static of Pass).
  { nonNull: 'Ogre::Pass::setHashFunction' },
  // Seeds 13–17: the pass whose render state is set up, the mask copied, and the log the engine
  // logs to while it runs (a log stream without one throws, from destructors too).
  { nonNull: 'Ogre::SceneManager::_setPass' },
  { nonNull: 'Ogre::AnimationState::_setBlendMask' },
  { nonNull: 'Ogre::LogManager::setDefaultLog' },
  // A PixelBox over the image's own pixels: it keeps the image (and so its pixels) alive.
  { viewOfReceiver: 'Ogre::Image::getPixelBox' },
  ...lifetimeRules,
];
