/**
 * Nullability rules: pointer results OGRE never returns as null (it throws, or the object always
 * exists), by qualified name. Everything else that C++ returns by pointer stays `T | null`.
 */
import type { EmitSpec } from '../generator/emit/napi/buildModuleView.js';

type Rule = NonNullable<EmitSpec['nonNull']>[number];

/** The rule family; each entry says why OGRE cannot return null there. */
export const nonNullRules: Rule[] = [
  {
    match: /::getSingleton$/,
    why: 'Singleton<T>::getSingleton dereferences the instance (our guard throws before it exists).',
  },
  {
    // ResourceManager::createResource, Root::createSceneManager, SceneManager::createEntity …
    match: /^Ogre::(?:\w+::)*\w*(?:Manager|Root|SceneManager|Enumerator|Factory)::(?:create\w*|load|prepare)$/,
    except: /::(?:createOrRetrieve|createImpl)$/,
    why: 'Factories throw (duplicate name, unknown type, missing file) instead of returning null.',
  },
  {
    match: /^Ogre::SceneManager::(?:getRootSceneNode|getCamera|getLight|getEntity|getManualObject|getBillboardSet|getParticleSystem|getAnimation|getAnimationState|getStaticGeometry|getRibbonTrail|getBillboardChain|getMovableObject|getInstanceManager|getRenderQueue)$/,
    why: 'The root node always exists; lookups by name throw ItemIdentityException when nothing has that name.',
  },
  {
    match: /^Ogre::(?:Node|SceneNode|Bone|TagPoint)::(?:createChild|createChildSceneNode|removeChild|getChild)$/,
    why: 'Child creation always gives a node; lookups by index or name throw when out of range.',
  },
  {
    match: /^Ogre::(?:Material|Technique|Pass|Mesh|Entity|Skeleton|Compositor|CompositionTechnique|CompositionTargetPass|Overlay|OverlayContainer|ParticleSystem|RenderTarget|RenderWindow|Animation|ManualObject)::(?:create\w+|get(?:Technique|Pass|TextureUnitState|SubMesh|SubEntity|Bone|Emitter|Affector|Viewport|Track|NodeTrack|Section|Child|TargetPass|OutputTargetPass)|addViewport|getMesh)$/,
    except: /^Ogre::Overlay::getChild$/,
    why: 'OGRE asserts or throws on an index out of range or a missing name; creation always gives an object.',
  },
  {
    match: /^Ogre::(?:Texture::getBuffer|HardwarePixelBuffer::getRenderTarget)$/,
    why: 'A face and mip level of a created texture always has a buffer (OGRE throws when out of range).',
  },
  {
    match: /^Ogre::(?:Root::getSceneManager|SceneNode::getAttachedObject|Viewport::getTarget|SceneNode::getCreator)$/,
    why: 'Lookups by name or index throw when nothing matches; a viewport always has its target, a node its scene manager.',
  },
  {
    match: /^Ogre::RGN_\w+$/,
    why: 'Resource group names: string constants the engine defines.',
  },
  {
    match: /^Ogre::(?:ResourceGroupManager|OverlayManager|MaterialManager)::(?:createOverlayElement|createOverlayElementFromTemplate|create|getDefaultSettings)$/,
    why: 'Creation throws on duplicates; the default material settings always exist.',
  },
];
