/**
 * What engine objects own and hand out (their wrappers die with the owner's), and the listener slots
 * the runtime's own lifetime listener shares with scripts.
 */
import type { ExtendRule, Matcher, OwnershipRule } from '../../generator/config/index.js';
import { when } from '../when.js';

/**
 * Pointers to what the receiver holds and deletes with itself (by reference, every method's result
 * is a part already: the generator's default). Each alternative is one owner's accessors.
 */
const ownedByPointer: Matcher = new RegExp(`^Ogre::(?:${[
  // An entity's sub-entities, skeleton instance, animation states, edge list and animation buffers.
  'Entity::(?:getSubEntity|findSubEntityForVertexData|getSkeleton|getAllAnimationStates|getAnimationState|getVertexDataForBinding|findBlendedVertexData|_get\\w+VertexData|_get\\w+TempBufferInfo)',
  'InstancedEntity::(?:getSkeleton|getAllAnimationStates|getAnimationState)',
  'SubEntity::_get\\w+(?:VertexData|TempBufferInfo)',
  // Edge lists are built for (and deleted with) their object.
  '(?:\\w+::)+getEdgeList',
  'ManualObject::(?:getSection|end)',
  'BillboardSet::(?:getBillboard|createBillboard)',
  'ParticleSystem::(?:getEmitter|getAffector|getParticle|getRenderer|addEmitter|addAffector|createParticle|createEmitterParticle)',
  // A scene manager's render queue, animations, static geometry, instance managers, debug drawer and object collections.
  'SceneManager::(?:getRenderQueue|(?:get|create)(?:Animation|AnimationState|StaticGeometry|InstanceManager)|getDebugDrawer|getMovableObjectCollection|_getAutoParamDataSource)',
  'RenderQueue::getQueueGroup',
  'RenderQueueGroup::getPriorityGroup',
  // A render queue invocation sequence's invocations (seeds 18–22).
  'RenderQueueInvocationSequence::(?:add|get)',
  // Materials own their techniques, techniques their passes, passes their texture units.
  'Material::get\\w*Technique',
  'Technique::getPass',
  'Pass::getTextureUnitState',
  'Mesh::getSubMesh',
  'AnimationStateSet::getAnimationState',
  // Animations own their tracks, tracks their key frames; meshes and skeletons their animations (and poses).
  'Animation::(?:get|create)\\w+Track',
  '\\w*AnimationTrack::(?:get|create)\\w*KeyFrame',
  'Skeleton::(?:get|create)Animation',
  'ResourceManager::getResourcePool',
  'Mesh::(?:get|create)(?:Animation|Pose)',
].join('|')})$`);

/** Constructors of Ogre and OgreBites classes (`Ogre::Pass::Pass`). */
const constructors = /^(?:Ogre|OgreBites)::(?:\w+::)*(\w+)::\1$/;

/** Part rules and the arguments objects keep using, each with its reason. */
export const partRules: OwnershipRule[] = [
  { partOfReceiver: ownedByPointer },
  // References to what the receiver only points at (the light being rendered; OGRE 13 does not bind it).
  ...when<OwnershipRule>({ ogre: '<13' }, [{ partOfReceiver: 'Ogre::AutoParamDataSource::getLight', part: false }]),
  // What an object is made for (its parent pass, its scene manager, the camera it controls) it keeps
  // a pointer to: the JS object keeps that alive, and cannot be used once its owner destroyed it.
  ...['parent', 'creator', 'owner', 'mgr', 'sm', 'cam'].map((param): OwnershipRule => ({ keepAlive: { method: constructors, param } })),
  // The same for what these are made to drive, draw or read (by their own parameter names).
  ...Object.entries({
    AnimationStateControllerValue: ['targetAnimationState'], NodeAnimationTrack: ['targetNode'], RenderablePass: ['rend', 'p'],
    InstanceManager: ['sceneManager'], ParticleEmitter: ['psys'], PlaneOptimalShadowCameraSetup: ['plane'], CompositorChain: ['vp'],
    CompositorInstance: ['technique', 'chain'], InstancedEntity: ['batchOwner'], GpuProgramUsage: ['newparent'],
  }).flatMap(([cls, params]) => params.map((param): OwnershipRule => ({ keepAlive: { method: `Ogre::${cls}::${cls}`, param } }))),
  { keepAlive: { method: 'OgreBites::CameraMan::setCamera', param: 'cam' } },
  { keepAlive: { method: 'OgreBites::CameraMan::setTarget', param: 'target' } },
];

/**
 * Movable objects and nodes have one listener slot, which the runtime fills to hear them destroyed
 * (ogre_napi/ogre_lifetimes.h): a script's listener is called through it, and `getListener()` gives
 * the script's back.
 */
const sharedSlot = (cls: string, listener: string): ExtendRule => ({
  class: cls,
  methods: [
    { name: 'setListener', signature: `void setListener(${listener}* listener)`, body: 'rt::ogre::setUserListener(self, listener);' },
    { name: 'getListener', signature: `${listener}* getListener() const`, body: 'return rt::ogre::userListener(self);' },
  ],
});

/** The declarations the extensions replace. */
export const listenerSlotIgnores: Matcher[] = ['Ogre::MovableObject::setListener', 'Ogre::MovableObject::getListener', 'Ogre::Node::setListener', 'Ogre::Node::getListener'];
/** The extensions sharing the slot. */
export const listenerSlotExtensions: ExtendRule[] = [sharedSlot('Ogre::MovableObject', 'Ogre::MovableObject::Listener'), sharedSlot('Ogre::Node', 'Ogre::Node::Listener')];
