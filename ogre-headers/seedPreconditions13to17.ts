/**
 * Preconditions the fuzzer's seeds 13–17 found missing (after seeds 1–12 were clean): engine asserts
 * and unchecked dereferences reached with arguments or states OGRE does not expect. Merged into the
 * emit spec beside preconditions.ts.
 */
import type { EmitSpec } from '../generator/emit/napi/buildModuleView.js';
import type { FunctionExtras } from '../generator/emit/napi/CallSite.js';
import { entriesWhen, holds } from './when.js';

type Checks = NonNullable<FunctionExtras['requires']>;

/** Conditions reading OGRE 1.12's protected render state (native/runtime/ogre_napi/render_checks.h, scene_checks.h). */
const renderChecked = (requires: Checks, header = 'render_checks.h'): FunctionExtras =>
  (holds({ ogre: '<13' }) ? { requires, includes: [`ogre_napi/${header}`] } : {});

/** A blend mask's weights: one float per bone of the mask. */
const blendMaskBytes = '($blendMaskData == nullptr || !self->hasBlendMask() ? 0 : self->getBlendMask()->size()) * sizeof(float)';

/** Seeds 13–17: preconditions by qualified function name (merged into the emit spec's `functions`). */
export const seedFunctions13to17: Record<string, FunctionExtras> = {
  // The mask's weights are copied over the mask there is (OGRE asserts one), as many as it has.
  // (1.12's only: the generator does not bind it from OGRE 14's headers)
  ...entriesWhen({ ogre: '<13' }, {
    'Ogre::AnimationState::_setBlendMaskData': {
      requires: [['self->hasBlendMask()', 'the state has no blend mask: createBlendMask() first']],
      bufferSizes: { blendMaskData: blendMaskBytes },
    },
  }),
  // A mask made to the size of the one given, or one as long as the mask there is.
  'Ogre::AnimationState::_setBlendMask': {
    requires: [
      ['$blendMask != nullptr', 'blendMask is null (destroyBlendMask() removes the mask)'],
      ['$blendMask == nullptr || (!$blendMask->empty() && (!self->hasBlendMask() || $blendMask->size() >= self->getBlendMask()->size()))', 'blendMask must have a weight for every bone of the mask (and at least one)'],
    ],
  },
  // It moves texture units past the hardware's count into a new pass of the technique (OGRE reads past the end for 0).
  'Ogre::Pass::_split': { requires: [['false', 'engine-internal: material.compile() splits the passes the hardware cannot draw in one']] },
  // OGRE multiplies it by 100 for the containers' depths.
  'Ogre::Overlay::setZOrder': { requires: [['$zorder <= 650', 'zorder must be at most 650']] },
  // An empty pool doubles to an empty pool: the new billboard is read past its end.
  'Ogre::BillboardSet::createBillboard': {
    requires: [['self->getPoolSize() > 0 || !self->getAutoextend()', 'the billboard pool is empty (poolSize 0): setPoolSize() first']],
  },
  // Bones by handle, against the count.
  'Ogre::Skeleton::getBone': { requires: [['$handle < self->getNumBones()', 'handle is out of range (getNumBones() is the count)']] },
  // The frustum's bounds reach from its origin to the far plane (0 is infinitely far): a negative one reverses them (OGRE asserts).
  'Ogre::Frustum::setFarClipDistance': { requires: [['$farDist >= 0', 'farDist must not be negative (0 is infinitely far)']] },
  // The engine logs to the default log while Root lives, from destructors too: without one a log stream throws there (the process ends).
  'Ogre::LogManager::destroyLog': {
    requires: [
      ['Ogre::Root::getSingletonPtr() == nullptr || [&] { try { return self->getLog($name) != self->getDefaultLog(); } catch (...) { return true; } }()', 'name is the default log, which the engine logs to while Root lives: setDefaultLog() another first'],
      ['Ogre::Root::getSingletonPtr() == nullptr || $log != self->getDefaultLog()', 'log is the default log, which the engine logs to while Root lives: setDefaultLog() another first'],
    ],
    includes: ['OgreRoot.h'],
  },
  // A log made in JS is deleted by the garbage collector: the manager's default must be one it owns.
  'Ogre::LogManager::setDefaultLog': {
    requires: [['[&] { try { return self->getLog($newLog->getName()) == $newLog; } catch (...) { return false; } }()', 'newLog is not one of this manager\'s logs (createLog() makes them)']],
  },
};

/** Seeds 13–17: families (merged into the emit spec's `families`). */
export const seedFamilies13to17: NonNullable<EmitSpec['families']> = [
  // A detached target leaves its viewport as the render system's active one, drawn through without a target.
  {
    match: /^Ogre::(?:Root|RenderSystem)::detachRenderTarget$/,
    extras: renderChecked([['rt::ogre::detaching(*self, $pWin)', ''], ['rt::ogre::detaching(*self, $name)', '']]),
  },
  // (and is listed again once attached: see forgetCameras)
  { match: /^Ogre::RenderSystem::attachRenderTarget$/, extras: renderChecked([['rt::ogre::attaching($target)', '']]) },
  // A frame renders Root's scene managers, which shutdown() deletes for good (with their enumerator).
  {
    match: /^Ogre::Root::(?:renderOneFrame|startRendering|_updateAllRenderTargets)$/,
    extras: renderChecked([['rt::ogre::RootAccess::running(*self)', 'Root was shut down: it does not render again (make a new Root)']], 'scene_checks.h'),
  },
  // Render queue ids of the classes that pass them on to their parts (OGRE asserts them).
  {
    match: /^Ogre::(?:\w*Renderer|ParticleSystem|Entity|InstancedEntity|ManualObject|SubEntity)::setRenderQueueGroup\w*$/,
    extras: { requires: [['$queueID <= Ogre::RENDER_QUEUE_MAX', 'queueID is out of range (RENDER_QUEUE_MAX is the last)']], includes: ['OgreRenderQueue.h'] },
  },
  // Hand-filled billboards (begun: scenePreconditions.ts) write into the range beginBillboards(n) locked, n of them.
  {
    match: /^Ogre::BillboardSet::injectBillboard$/,
    extras: renderChecked([['rt::ogre::BillboardInjectionAccess::fits(*self)', 'more billboards than beginBillboards(numBillboards) locked: endBillboards(), then begin more']]),
  },
  // Dear ImGui packs custom rectangles of 1 … 65535 pixels a side (it asserts so).
  {
    match: /^ImFontAtlas::AddCustomRect(?:Regular|FontGlyph)$/,
    extras: { requires: [['$width > 0 && $width <= 0xFFFF && $height > 0 && $height <= 0xFFFF', 'width and height must be 1 … 65535']] },
  },
];
