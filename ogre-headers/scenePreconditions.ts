/**
 * Preconditions over a live headless scene (the fuzzer's `root` mode): calls that crashed, hung or
 * ended the process with arguments or scene states OGRE does not expect, or left the scene in a
 * state that crashed the next render. Merged with preconditions.ts into the emit spec.
 */
import type { EmitSpec } from '../generator/emit/napi/buildModuleView.js';
import type { FunctionExtras } from '../generator/emit/napi/CallSite.js';
import { entriesWhen, holds } from './when.js';

type Checks = [condition: string, message: string][];

/**
 * Every Ogre function but the value classes' (their operations may run in JS, which a precondition
 * would forbid): for families that check parameters by name wherever they occur.
 */
export const engineFunctions = /^Ogre::(?!(?:Vector|VectorBase|TransformBase|TRect)<|(?:Quaternion|Matrix3|Matrix4|Affine3|ColourValue|Radian|Degree|Plane|Sphere|Ray|AxisAlignedBox|DualQuaternion|TransformBaseReal)::)/;

/** A text area's font_name parameter reads its font, which it may not have. */
export const textAreaFont: Checks[number] = [
  '[&] { const auto* t = dynamic_cast<const Ogre::TextAreaOverlayElement*>(self); return t == nullptr || t->getFont() != nullptr; }()',
  'the text area has no font (its font_name parameter reads it): setFontName() first',
];

/** Entries for what only OGRE 1.12 declares. */
const only112 = <T>(entries: Record<string, T>): Record<string, T> => entriesWhen({ ogre: '<13' }, entries);

/** Conditions over a live scene and its render targets (native/runtime/ogre_napi/scene_checks.h: OGRE 1.12's state, see preconditions.ts). */
const sceneChecked = (requires: Checks): FunctionExtras => (holds({ ogre: '<13' }) ? { requires, includes: ['ogre_napi/scene_checks.h'] } : {});

/** The most billboards a set draws with its 16-bit indices (4 vertices each): its pool's cap (seed 26's entry). */
const MAX_BILLBOARDS = 16384;
/** The most updates a particle system's fastForward() makes at once (more take minutes, or forever). */
const MAX_FAST_FORWARD_STEPS = 1_000_000;
/** The most elements a billboard chain (or ribbon trail) allocates, over all its chains. */
const MAX_CHAIN_ELEMENTS = 1 << 20;

/** A window side X11 can make: 0, or 65536 and more (16 bits), is an X error that ends the process. */
const windowSides = (w: string, h: string): Checks => [[`${w} >= 1 && ${w} <= 32767 && ${h} >= 1 && ${h} <= 32767`, `${w.slice(1)} and ${h.slice(1)} must be 1 … 32767`]];

/** Seeds 13–17: the primary window goes with Root.shutdown() only (conditions per overload). */
const primaryKept = (...conditions: string[]): Checks =>
  conditions.map((c): Checks[number] => [c, 'it is the primary window (Root\'s first), whose GL context every resource and window shares: root.shutdown() destroys it']);

/** A render target something is read from through its first viewport. */
const hasViewport: [string, string] = ['self->getNumViewports() > 0', 'the render target has no viewport (addViewport() first)'];

/**
 * Scene, render-target and rendering preconditions: calls on a live headless scene that crashed,
 * hung or ended the process (the fuzzer's `root` mode), or left the scene in a state that crashed
 * the next render.
 */
export const scenePreconditions: Record<string, FunctionExtras> = {
  // Seeds 8 and 9 of the fuzzer (after 1–7 were clean).
  // Every window a description list asks for must be one X11 can make (a zero side ends the process).
  // (OGRE 14's Root has no createRenderWindows)
  ...only112({
    'Ogre::Root::createRenderWindows': {
      requires: [['std::all_of($renderWindowDescriptions.begin(), $renderWindowDescriptions.end(), [](const Ogre::RenderWindowDescription& d) { return !d.name.empty() && d.width >= 1 && d.width <= 32767 && d.height >= 1 && d.height <= 32767; })',
        'every description needs a name and sides of 1 … 32767']],
      includes: ['algorithm'],
    },
  }),
  'Ogre::RenderTarget::_updateAutoUpdatedViewports': { requires: [['false', 'engine-internal: use update() (it updates the viewports while the engine renders)']] },
  // It asks the object for its renderables through its node and the camera's view.
  'Ogre::RenderQueue::processVisibleObject': { requires: [['$mo == nullptr || $mo->getParentSceneNode() != nullptr', 'mo is not attached to a scene node'], ['$cam != nullptr', 'cam is null']] },
  'Ogre::Camera::setLodBias': { requires: [['$factor > 0', 'factor must be positive']] },
  'Ogre::SimpleRenderable::setMaterial': { requires: [['$mat != nullptr', 'mat is null']] },
  // A directory opens as a stream whose reads never end.
  'Ogre::Root::openFileStream': { requires: [['!std::filesystem::is_directory($filename)', 'filename is a directory']], includes: ['filesystem'] },
  // A camera culls through its culling frustum: one that leads back to it recurses forever.
  'Ogre::Camera::setCullingFrustum': sceneChecked([['rt::ogre::cullsWithoutCycle(*self, $frustum)', 'frustum culls through this camera (OGRE would follow the cycle forever)']]),
  // By name OGRE dereferences what it finds; the target (and, through their listener, its viewports) dies.
  // (seeds 13–17: never the primary window, whose GL context everything shares: checked first, before the wrapper dies)
  'Ogre::Root::destroyRenderTarget': sceneChecked([
    ...primaryKept('rt::ogre::notPrimary($target)', 'rt::ogre::notPrimary(self->getRenderSystem(), $name)'),
    ['rt::ogre::rootTargetDestroyedByName(*self, $name)', 'there is no render target of that name'],
  ]),
  ...Object.fromEntries(['Target', 'Window', 'Texture'].map((what) => [`Ogre::RenderSystem::destroyRender${what}`,
    sceneChecked([...primaryKept('rt::ogre::notPrimary(*self, $name)'), ['(static_cast<void>(rt::ogre::targetDestroyedByName(*self, $name)), true)', '']])])),
  // Windows are X11 windows of the sizes asked.
  'Ogre::Root::createRenderWindow': { requires: [...windowSides('$width', '$height'), ...windowSides('$desc.width', '$desc.height')] },
  'Ogre::RenderSystem::_createRenderWindow': { requires: windowSides('$width', '$height') },
  'Ogre::RenderWindow::resize': { requires: windowSides('$widthPt', '$heightPt') },
  // The render system makes and ends a window's X11 window and GL context; again on a live one leaves the engine drawing through a dead one.
  'Ogre::RenderWindow::create': { requires: [['false', 'engine-internal: root.createRenderWindow() creates windows']] },
  'Ogre::RenderWindow::destroy': { requires: [['false', 'engine-internal: root.destroyRenderTarget(window) destroys windows']] },
  // Rendering attaches the target to its depth buffer again, which OGRE asserts it is not: detachDepthBuffer() tells both.
  'Ogre::RenderTarget::_detachDepthBuffer': { requires: [['false', 'engine-internal: use detachDepthBuffer()']] },
  // Another render system shuts the running one down, with every window, texture and manager the scene uses.
  'Ogre::Root::setRenderSystem': { requires: [['!self->isInitialised() || $system == self->getRenderSystem()', 'Root is initialised: choose the render system before initialise()']] },
  // It renders the shadow textures with the state of a render in progress (and texture shadows set up).
  'Ogre::SceneManager::prepareShadowTextures': { requires: [['false', 'engine-internal: the scene manager prepares its shadow textures while it renders a viewport']] },
  // A paused render's context is the scene manager's to resume (and delete) while it renders.
  'Ogre::SceneManager::_pauseRendering': { requires: [['false', 'engine-internal: compositors pause the render they are in']] },
  'Ogre::SceneManager::_resumeRendering': { requires: [['false', 'engine-internal: compositors resume the render they paused']] },
  // The deprecated shadow program setters make the pass's program slot, then throw for an unknown name and leave it empty (a crash at the next clone or load).
  ...only112({
    ...Object.fromEntries((['Caster', 'Receiver'] as const).flatMap((who) => (['Vertex', 'Fragment'] as const).map((stage) => [`Ogre::Pass::setShadow${who}${stage}Program`,
      sceneChecked([[`rt::ogre::programFound($name, self->getResourceGroup(), Ogre::GPT_${stage.toUpperCase()}_PROGRAM)`, `no ${stage.toLowerCase()} program of that name`]])]))),
  }),
  // A node makes (and deletes) its own debug renderable: node.getDebugRenderable().
  ...only112({
    'Ogre::Node::DebugRenderable::DebugRenderable': { requires: [['false', 'get a node\'s debug renderable with node.getDebugRenderable()']] },
  }),
  // A frustum's bounds span its extents: reversed ones give a box OGRE asserts against.
  'Ogre::Frustum::setFrustumExtents': { requires: [['$left < $right && $bottom < $top', 'left must be less than right, and bottom less than top']] },
  // Scissors and clears act on the viewport being rendered: there is none between frames.
  ...Object.fromEntries(['setScissorTest', 'clearFrameBuffer'].map((f) => [`Ogre::RenderSystem::${f}`,
    { requires: [['self->_getViewport() != nullptr', 'no viewport is being rendered (call it while the engine renders one)']] as Checks }])),
  // The scene manager queues its skies, and compositor instances compile their operations, while the engine renders.
  ...only112({
    'Ogre::SceneManager::_queueSkiesForRendering': { requires: [['false', 'engine-internal: the scene manager queues its skies while it renders']] },
  }),
  ...Object.fromEntries(['_compileTargetOperations', '_compileOutputOperation'].map((f) => [`Ogre::CompositorInstance::${f}`,
    { requires: [['false', 'engine-internal: the compositor chain compiles its instances']] as Checks }])),
  // A chain removes the instances it lists (OGRE asserts it), not its original scene compositor.
  'Ogre::CompositorChain::_removeInstance': {
    requires: [['std::find(self->getCompositorInstances().begin(), self->getCompositorInstances().end(), $i) != self->getCompositorInstances().end()', 'i is not one of the chain\'s compositor instances (getCompositorInstances())']],
    includes: ['algorithm'],
  },
  // A billboard set's render operation is its vertex data, made when it is first rendered.
  'Ogre::BillboardSet::getRenderOperation': sceneChecked([['rt::ogre::BillboardSetAccess::hasBuffers(*self)', 'the billboard set has no buffers yet (it makes them when first rendered)']]),
  // A text area's parameters include its font's name, read from a font it may not have.
  // (copyParametersTo reads every parameter: its entry in preconditions.ts checks this too)
  'Ogre::StringInterface::getParameter': { requires: [textAreaFont], includes: ['OgreTextAreaOverlayElement.h'] },
  // Seeds 6 and 7 (found after seeds 1-5 were at zero).
  'Ogre::Mesh::updateManualLodLevel': { requires: [['$index > 0 && $index < self->getNumLodLevels()', 'index is out of range (1 … getNumLodLevels() - 1: level 0 is the mesh itself)']] },
  'Ogre::Mesh::getVertexDataByTrackHandle': { requires: [['$handle <= self->getNumSubMeshes()', 'handle is out of range (0 is the shared vertex data, 1 … getNumSubMeshes() the sub-meshes\')']] },
  'Ogre::VertexData::prepareForShadowVolume': { requires: [['Ogre::Root::getSingletonPtr() != nullptr && Ogre::Root::getSingleton().getRenderSystem() != nullptr', 'create Ogre.Root and set its render system first (it asks the render system)']] },
  // The queue replaced is shut down, and logs it: an exception there (no default log) ends the process.
  'Ogre::Root::setWorkQueue': { requires: [['Ogre::LogManager::getSingletonPtr() != nullptr && Ogre::LogManager::getSingleton().getDefaultLog() != nullptr', 'the LogManager has no default log (the replaced queue logs its shutdown): createLog(name, true) first']] },
  // It takes the contents of its first viewport.
  // (GL's copyContentsToMemory reads through viewport 0, which OGRE only asserts.)
  ...Object.fromEntries(['RenderTarget::writeContentsToFile', 'RenderTarget::writeContentsToTimestampedFile', 'RenderTarget::copyContentsToMemory',
    'RenderTexture::copyContentsToMemory'].map((m) => [`Ogre::${m}`, { requires: [hasViewport] }])),
  // Seed 8: detaching an object from a node it is not attached to unsets the object's parent anyway: its
  // real node keeps listing it, and calls it after the object is destroyed.
  'Ogre::SceneNode::detachObject': {
    requires: [['[&] { for (auto i = 0u, n = unsigned(self->numAttachedObjects()); i < n; ++i) if (self->getAttachedObject(i) == $obj) return true; return false; }()', 'obj is not attached to this node']],
  },
  // Seed 27: a node's first debug renderable loads the engine's axes mesh, which removing unreferenced
  // meshes (or all of them) removed: it dereferenced the null it found.
  // (OGRE 13 dropped node debug renderables for the DebugDrawer.)
  ...only112(Object.fromEntries(['Node', 'SceneNode'].map((cls) => [`Ogre::${cls}::getDebugRenderable`, {
    requires: [['Ogre::MeshManager::getSingletonPtr() != nullptr && Ogre::MeshManager::getSingleton().getByName("Ogre/Debug/AxesMesh", Ogre::RGN_INTERNAL)', 'the engine\'s axes mesh (Ogre/Debug/AxesMesh) was removed from the MeshManager']],
    includes: ['OgreMeshManager.h'],
  }]))),
  // Seed 24: GLX takes the interval as a signed int (a BadValue X error ends the process), and waits
  // that many retraces at each swap.
  'Ogre::RenderWindow::setVSyncInterval': { requires: [['$interval <= 16', 'interval must be 0 … 16 (retraces to wait for between frames)']] },
  // Seed 7 (after the others changed its calls): a lone overlay element's world transforms are its
  // overlay's, which it does not have; its border renderable is the border panel's to make.
  'Ogre::BorderRenderable::BorderRenderable': { requires: [['false', 'a border panel makes its border renderable (when initialised)']] },
  // Seed 42: a destroyed scene manager's cameras left the viewports showing them (the next update crashed).
  'Ogre::Root::destroySceneManager': sceneChecked([['rt::ogre::forgetCameras($sm)', '']]),
  // Seed 39: a render system draws operations while the scene manager renders (its state set up for them).
  'Ogre::RenderSystem::_render': { requires: [['false', 'engine-internal: the scene manager renders operations while it renders a viewport']] },
  // Seed 35: a sequence deletes the invocations added to it (one made in JS was deleted twice; seed
  // 20: one it held already too): only one JS owns can be given, and JS no longer deletes it.
  ...only112({ 'Ogre::RenderQueueInvocationSequence::add': { adopts: 'i' } }),
  // Seed 30: rendering a queue group outside a viewport's render (no camera, no render target).
  ...only112({ 'Ogre::RenderQueueInvocation::invoke': { requires: [['false', 'engine-internal: the scene manager invokes the sequence while it renders a viewport']] } }),
  // Seed 38: split indices read the adjust factors unchecked.
  ...Object.fromEntries(['getOptimalAdjustFactor', 'setOptimalAdjustFactor'].map((f) => [`Ogre::PSSMShadowCameraSetup::${f}`, {
    requires: [['$splitIndex < self->getSplitCount()', 'splitIndex is out of range (getSplitCount() is the count)']] as Checks,
  }])),
  // A particle system's billboards come from a pool as large as its quota (16384 at most: see the billboard pool above).
  'Ogre::ParticleSystem::setParticleQuota': { requires: [['$quota <= 16384', 'quota must be at most 16384 (its billboards are drawn with 16-bit indices)']] },
  'Ogre::SceneManager::_renderQueueGroupObjects': { requires: [['false', 'engine-internal: the scene manager renders its queue groups while it renders a viewport']] },
  // Seed 27: a node made its own descendant (itself, or an ancestor without a parent) makes a cycle every
  // walk of the tree follows forever (a stack overflow).
  'Ogre::Node::addChild': {
    requires: [['[&] { for (const Ogre::Node* n = self; n != nullptr; n = n->getParent()) if (n == $child) return false; return true; }()', 'child is this node or one of its ancestors (a cycle)']],
  },
  // Seed 26: a billboard per pool slot is allocated at once, and 1.12 and 14 draw quads with 16-bit
  // indices (4 vertices each): a larger pool hung the process, and would not draw.
  ...Object.fromEntries(['BillboardSet::BillboardSet', 'BillboardSet::setPoolSize', 'SceneManager::createBillboardSet'].map((m) => [`Ogre::${m}`, {
    requires: ['poolSize', 'size'].map((p): [string, string] => [`$${p} <= 16384`, `${p} must be at most 16384 (billboards are drawn with 16-bit indices)`]),
  }])),
  // Seed 24: a billboard set fills its locked vertex buffer between begin and end (a write through an
  // unlocked one crashed; locking twice or unlocking an unlocked one is asserted).
  'Ogre::BillboardSet::beginBillboards': sceneChecked([
    ['Ogre::HardwareBufferManager::getSingletonPtr() != nullptr', 'create Ogre.Root first (the billboards\' vertex buffer comes from its buffer manager)'],
    ['!rt::ogre::BillboardSetAccess::filling(*self)', 'beginBillboards() was called already: endBillboards() first'],
  ]),
  'Ogre::BillboardSet::injectBillboard': sceneChecked([
    ['rt::ogre::BillboardSetAccess::filling(*self)', 'call beginBillboards() first'],
    ['!self->getCullIndividually() || rt::ogre::BillboardSetAccess::hasCamera(*self)', 'the set culls billboards individually and has no camera yet (render it once, or setCullIndividually(false))'],
  ]),
  'Ogre::BillboardSet::endBillboards': sceneChecked([['rt::ogre::BillboardSetAccess::filling(*self)', 'call beginBillboards() first']]),
  // Seeds 10–12: what OGRE only asserts.
  // A technique queues the pass it removes (which the next frame deletes): one still in its technique would be deleted there.
  'Ogre::Pass::queueForDeletion': { requires: [['false', 'engine-internal: technique.removePass() queues the pass it removes']] },
  'Ogre::GpuProgramParameters::addSharedParameters': { requires: [['(static_cast<void>($sharedParamsName), Ogre::GpuProgramManager::getSingletonPtr() != nullptr)', 'create Ogre.Root first: shared parameters are found by name in its GpuProgramManager']], includes: ['OgreGpuProgramManager.h'] },
  'Ogre::RTShader::UniformParameter::UniformParameter': {
    requires: [['static_cast<size_t>($autoType) < Ogre::GpuProgramParameters::getNumAutoConstantDefinitions()', 'autoType is not an automatic constant']],
  },
  'Ogre::BillboardSet::removeBillboard': {
    requires: [['[&] { for (unsigned i = 0, n = self->getNumBillboards(); i < n; ++i) if (self->getBillboard(i) == $pBill) return true; return false; }()', 'pBill is not an active billboard of this set']],
  },
  'Ogre::Pass::getTextureUnitStateIndex': {
    requires: [['[&] { for (unsigned short i = 0, n = self->getNumTextureUnitStates(); i < n; ++i) if (self->getTextureUnitState(i) == $state) return true; return false; }()', 'state is not a texture unit of this pass']],
  },
  'Ogre::OverlayElement::copyFromTemplate': {
    requires: [['[&] { const auto* t = dynamic_cast<const Ogre::TextAreaOverlayElement*>($templateOverlay); return t == nullptr || t->getFont() != nullptr; }()', 'templateOverlay is a text area without a font (its font_name parameter reads it)']],
    includes: ['OgreTextAreaOverlayElement.h'],
  },
  'Ogre::TextAreaOverlayElement::setFontName': { requires: [['Ogre::FontManager::getSingletonPtr() != nullptr', 'create an Ogre.OverlaySystem first (it makes the FontManager)']], includes: ['OgreFontManager.h'] },
  'Ogre::Image::scale': {
    requires: [['Ogre::PixelUtil::isAccessible(($src).format) && Ogre::PixelUtil::isAccessible(($dst).format) && ($src).data != nullptr && ($dst).data != nullptr', 'src and dst must be pixel boxes over memory, in formats the CPU reads']],
  },
  // A frustum's extents come from its field of view, aspect ratio and window: reversed ones give a box OGRE asserts against.
  'Ogre::Frustum::setAspectRatio': { requires: [['$ratio > 0', 'ratio must be positive']] },
  'Ogre::Frustum::setFOVy': { requires: [['($fovy).valueRadians() > 0 && ($fovy).valueRadians() < Ogre::Math::PI', 'fovy must be between 0 and π (excluded)']] },
  'Ogre::Frustum::setOrthoWindow': { requires: [['$w > 0 && $h > 0', 'w and h must be positive']] },
  'Ogre::Frustum::setOrthoWindowHeight': { requires: [['$h > 0', 'h must be positive']] },
  'Ogre::Frustum::setOrthoWindowWidth': { requires: [['$w > 0', 'w must be positive']] },
  // A node updates the children it is asked to: one that is not its child (its parent) would update in a cycle.
  'Ogre::Node::requestUpdate': { requires: [['$child->getParent() == self', 'child is not a child of this node']] },
  // Root starts once: a second initialise() starts the render system again under the live windows.
  'Ogre::Root::initialise': {
    requires: [
      ['!self->isInitialised()', 'Root is initialised already'],
      ['Ogre::LogManager::getSingleton().getDefaultLog() != nullptr', 'the LogManager has no default log (Root logs the platform to it): createLog(name, true) first'],
    ],
  },
  // Copying a material onto itself deletes its techniques first, then copies none.
  // Copying onto another deletes that one's techniques (with their passes and texture units): their wrappers die.
  'Ogre::Material::copyDetailsTo': sceneChecked([['$mat.get() != self', 'mat is this material'], ['rt::ogre::materialContentsEnding($mat)', '']]),
  // Seeds 18–22.
  // Root gives each scene manager its render system (when it makes it, or changes render system): a null one is dereferenced at the next render.
  'Ogre::SceneManager::_setDestinationRenderSystem': { requires: [['false', 'engine-internal: Root gives its scene managers its render system']] },
  // Binding a texture reads the texture it is given.
  'Ogre::RenderSystem::_setTexture': { requires: [['!$enabled || $texPtr != nullptr', 'texPtr is null (an enabled texture unit needs a texture)']] },
  // Fast-forwarding updates the system time / interval times, at once.
  'Ogre::ParticleSystem::fastForward': {
    requires: [[`$interval > 0 && $time >= 0 && $time / $interval <= ${MAX_FAST_FORWARD_STEPS}`, `time / interval is the number of updates: interval must be positive, time not negative, and at most ${MAX_FAST_FORWARD_STEPS} updates`, 'RangeError']],
  },
  // A viewport renders through the sequence it names (it keeps a pointer to it): destroying one in use would leave it reading freed memory.
  ...only112({
    'Ogre::Root::destroyRenderQueueInvocationSequence': sceneChecked([['rt::ogre::sequenceUnused(*self, $name)', 'a viewport renders through that sequence: viewport.setRenderQueueInvocationSequenceName("") first']]),
    'Ogre::Root::destroyAllRenderQueueInvocationSequences': sceneChecked([['rt::ogre::sequenceUnused(*self, "")', 'a viewport renders through one of the sequences: viewport.setRenderQueueInvocationSequenceName("") first']]),
  }),
};

/** Parameters of node and camera transforms (their numbers must be finite: see sceneFamilies). */
const transformParams = ['q', 'w', 'x', 'y', 'z', 'pos', 'scale', 'd', 'axes', 'move', 'angle', 'axis', 'vec', 'targetPoint', 'localDirectionVector',
  'fovy', 'nearDist', 'farDist', 'ratio', 'offset', 'horizontal', 'vertical', 'focalLength', 'left', 'right', 'top', 'bottom', 'h',
  'translate', 'rotate'];

/** Families over a live scene (see scenePreconditions). */
export const sceneFamilies: NonNullable<EmitSpec['families']> = [
  // An overlay element updates its derived position from its parent while its overlay renders (seed 8: a lone element crashed).
  // (seed 12: the same for a lone element queued for rendering: a border panel's border exists once it is initialised.)
  { match: /^Ogre::\w*(?:OverlayElement|OverlayContainer)::_update(?:FromParent|RenderQueue)$/, extras: { requires: [['false', 'engine-internal: an overlay updates its elements while it renders']] } },
  // (Renderable's is the extension the typings show, calling the element's.)
  {
    match: /^Ogre::(?:\w*(?:OverlayElement|OverlayContainer)|Renderable)::getWorldTransforms$/,
    extras: sceneChecked([[
      '[&] { const auto* e = dynamic_cast<const Ogre::OverlayElement*>(self); return e == nullptr || rt::ogre::OverlayElementAccess::inOverlay(*e); }()',
      'the element is in no overlay (overlay.add2D() or a container in one first)',
    ]]),
  },
  // Transforms: an infinity or a zero rotation becomes NaN in the derived transforms, then in the
  // bounds OGRE asserts on at the next render.
  {
    match: /^Ogre::(?:Node|SceneNode|Camera|Frustum)::(?:set(?:Orientation|Position|Scale|Direction|FOVy|NearClipDistance|FarClipDistance|AspectRatio|FrustumOffset|FocalLength|FrustumExtents|OrthoWindow\w*)|translate|rotate|scale|yaw|pitch|roll|lookAt|move|moveRelative|_setDerived\w+|createChild(?:SceneNode)?)$/,
    extras: sceneChecked([
      ...transformParams.map((p): [string, string] => [`rt::ogre::finite($${p})`, `${p} must be finite`]),
      ['rt::ogre::turnable($q)', 'q must not be all zeros (a rotation)'],
      ['rt::ogre::turnable($rotate)', 'rotate must not be all zeros (a rotation)'],
      ['rt::ogre::turnable(Ogre::Quaternion($w, $x, $y, $z))', 'w, x, y and z must not all be zero (a rotation)'],
    ]),
  },
  // Root's scene managers live in its enumerator, which shutdown() deletes for good.
  {
    match: /^Ogre::Root::(?:initialise|\w*SceneManager\w*)$/,
    extras: sceneChecked([['rt::ogre::RootAccess::running(*self)', 'Root was shut down: it does not start again (make a new Root)']]),
  },
  // Factories delete what the scene manager (or Root) still lists: destroyMovableObject() / destroySceneManager() do both.
  {
    match: /^Ogre::\w*Factory::destroyInstance$/,
    extras: sceneChecked([
      ['rt::ogre::unmanaged($obj)', 'obj belongs to its scene manager: destroy it with sceneManager.destroyMovableObject()'],
      ['rt::ogre::unmanaged($instance)', 'instance belongs to Root: destroy it with root.destroySceneManager()'],
    ]),
  },
  // Scene managers use Root's shadow texture manager from birth to death, which shutdown() deletes.
  {
    match: /^Ogre::\w*SceneManagerFactory::(?:createInstance|destroyInstance)$/,
    extras: sceneChecked([['Ogre::Root::getSingletonPtr() != nullptr && rt::ogre::RootAccess::running(Ogre::Root::getSingleton())', 'scene managers need a running Root (made, and not shut down)']]),
  },
  // An entity checks out (and is told to release) its temporary animation buffers while it animates (unset otherwise).
  { match: /^Ogre::TempBlendedBufferInfo::\w+$/, extras: { requires: [['false', 'engine-internal: an entity uses its temporary buffers while it animates']] } },
  // A material loads its supported techniques only: compile() finds which are (OGRE asserts it).
  { match: /^Ogre::Technique::_(?:prepare|load)$/, extras: { requires: [['self->isSupported()', 'the technique is not supported (or not compiled): material.compile() first']] } },
  // The visitor renders what the scene manager queued, with the state of the render in progress.
  { match: /^Ogre::(?:SceneManager::SceneMgr)?QueuedRenderableVisitor::visit$/, extras: { requires: [['false', 'engine-internal: the scene manager visits its render queue while it renders']] } },
  // Destroying lights leaves them in the frame's list of lights (and the objects' cached lists) until the next frame.
  { match: /^Ogre::SceneManager::(?:destroy\w*|clearScene)$/, extras: sceneChecked([['rt::ogre::SceneOwnedAccess::forgetLights(*self)', '']]) },
  // What a scene manager destroys in bulk dies in JS too, even objects whose listener a script replaced (they tell nobody):
  // rt::ogre::SceneOwnedAccess::ending(sm, movable type ('*' all, '' none), scene nodes, cameras).
  ...([
    ['clearScene', '"*", true, false'], ['destroyAllMovableObjects', '"*", false, false'], ['destroyAllMovableObjectsByType', '$typeName, false, false'],
    ['destroyAllLights', '"Light", false, false'], ['destroyAllEntities', '"Entity", false, false'], ['destroyAllManualObjects', '"ManualObject", false, false'],
    ['destroyAllBillboardChains', '"BillboardChain", false, false'], ['destroyAllRibbonTrails', '"RibbonTrail", false, false'],
    ['destroyAllParticleSystems', '"ParticleSystem", false, false'], ['destroyAllBillboardSets', '"BillboardSet", false, false'],
    // (texture shadows keep cameras of their own: then which go is not known, and those heard still die)
    ['destroyAllCameras', '"", false, !self->isShadowTechniqueTextureBased()'],
  ] as const).map(([f, args]) => ({ match: new RegExp(`^Ogre::SceneManager::${f}$`), extras: sceneChecked([[`rt::ogre::SceneOwnedAccess::ending(*self, ${args})`, '']]) })),
  { match: /^Ogre::Root::shutdown$/, extras: sceneChecked([['rt::ogre::SceneOwnedAccess::rootEnding(*self)', '']]) },
  // A time index from another animation indexes this track's key frame table past its end.
  { match: /^Ogre::\w*AnimationTrack::(?:apply\w*|getInterpolatedKeyFrame|getKeyFramesAtTime)$/, extras: sceneChecked([['rt::ogre::AnimationTrackAccess::indexes(*self, $timeIndex)', 'timeIndex is not one of this track\'s animation (animation._getTimeIndex())']]) },
  // A shadow camera is another camera than the one viewing the scene.
  { match: /^Ogre::\w*ShadowCameraSetup::getShadowCamera$/, extras: { requires: [['$texCam != $cam', 'texCam must be another camera than cam']] } },
  // LOD biases divide by the factor (OGRE asserts it is positive).
  // (seed 31: and the detail range must not be reversed: each camera notification clamps to it, and OGRE asserts the order.)
  {
    match: /^Ogre::Entity::set(?:Mesh|Material)LodBias$/,
    extras: { requires: [['$factor > 0', 'factor must be positive'], ['$maxDetailIndex <= $?minDetailIndex', 'maxDetailIndex must be at most minDetailIndex (0 is the highest detail)']] },
  },
  // Depth to a camera and world bounds are measured from the object's node (read unchecked, or asserted).
  {
    match: /^Ogre::(?:\w+::)+(?:getSquaredViewDepth|getBoundingRadiusScaled|_notifyCurrentCamera)$/,
    extras: sceneChecked([['rt::ogre::placed(*self)', 'the object is not attached to a scene node']]),
  },
  // An auto parameter source answers from the pass, camera, renderable … the engine sets while it renders.
  {
    match: /^Ogre::AutoParamDataSource::get\w+$/,
    extras: sceneChecked([['rt::ogre::AutoParamAccess::rendering(*self)', 'engine-internal: the data source answers while the engine renders (it sets the pass, camera, renderable and lights)']]),
  },
  // Boxes OGRE merges, transforms or takes the corners of: a finite one needs ordered corners (OGRE asserts them).
  {
    match: engineFunctions,
    // (the names boxes take outside AxisAlignedBox itself, whose methods run in JS; `rhs`, `other` … are other values' too)
    extras: sceneChecked((['box', 'aabb', 'bound', 'aab', 'sceneBB', 'receiverBB', 'bodyBABB_ls', 'bounds', 'boxBounds'] as const)
      .map((p): [string, string] => [`rt::ogre::wellFormed($${p})`, `${p} is not a box (a finite box needs its minimum ≤ its maximum, and no NaN)`])),
  },
  // Seeds 18–22.
  // Root shut down keeps no render system running: another one would shut the old one down again (with the buffer manager every mesh and frustum uses).
  { match: /^Ogre::Root::setRenderSystem$/, extras: sceneChecked([['rt::ogre::RootAccess::running(*self)', 'Root was shut down: it does not start again (make a new Root)']]) },
  // A full set doubles its pool: past the cap of its pool size (seed 26: 16-bit indices).
  {
    match: /^Ogre::BillboardSet::createBillboard$/,
    extras: {
      requires: [[`self->getNumBillboards() < self->getPoolSize() || !self->getAutoextend() || self->getPoolSize() * 2 <= ${MAX_BILLBOARDS}u`,
        `the set is full, and doubling its pool would pass ${MAX_BILLBOARDS} billboards (drawn with 16-bit indices)`]],
    },
  },
  // Chains allocate all their elements at once.
  {
    match: /^Ogre::(?:BillboardChain|RibbonTrail)::(?:BillboardChain|RibbonTrail)$/,
    extras: {
      requires: [
        [`$maxElements <= ${MAX_CHAIN_ELEMENTS}u`, `maxElements must be at most ${MAX_CHAIN_ELEMENTS}`, 'RangeError'],
        [`$numberOfChains <= ${MAX_CHAIN_ELEMENTS}u && $maxElements * $numberOfChains <= ${MAX_CHAIN_ELEMENTS}u`, `numberOfChains × maxElements must be at most ${MAX_CHAIN_ELEMENTS}`, 'RangeError'],
      ],
    },
  },
  {
    match: /^Ogre::(?:BillboardChain|RibbonTrail)::(?:setMaxChainElements|setNumberOfChains)$/,
    extras: {
      requires: [
        [`$maxElements <= ${MAX_CHAIN_ELEMENTS}u && $maxElements * self->getNumberOfChains() <= ${MAX_CHAIN_ELEMENTS}u`, `getNumberOfChains() × maxElements must be at most ${MAX_CHAIN_ELEMENTS}`, 'RangeError'],
        [`$numChains <= ${MAX_CHAIN_ELEMENTS}u && $numChains * self->getMaxChainElements() <= ${MAX_CHAIN_ELEMENTS}u`, `numChains × getMaxChainElements() must be at most ${MAX_CHAIN_ELEMENTS}`, 'RangeError'],
      ],
    },
  },
];
