/** How OGRE's bindings are emitted: which headers are bound, engine exceptions, buffer sizes and memory views. */
import type { EmitSpec } from '../generator/emit/napi/buildModuleView.js';
import { frameLoopMembers } from './frameLoop.js';
import { shapeOf, type TypeMap } from '../generator/typemaps/index.js';
import { isExported } from './symbols.js';
import { nonNullRules } from './nullability.js';
import { entriesWhen, holds, when } from './when.js';
import { preconditionFamilies, preconditionFunctions } from './preconditions.js';
import { helperFamilies, helperFunctions } from './helperPreconditions.js';
import { valueMath } from './valueMath.js';

/**
 * Headers whose declarations are not bound: Ogre::Exception and its subclasses are only ever thrown,
 * and arrive in JS as the OgreException error class.
 */
export const UNBOUND_HEADERS = ['OgreException.h'];

/** An Image with pixels, and pixel coordinates inside it (C++ conditions over `self` and parameters). */
const loaded = 'self->getSize() > 0';
const inImage: [string, string][] = [
  ['$x < self->getWidth()', 'x is outside the image'], ['$y < self->getHeight()', 'y is outside the image'],
  ['$z < self->getDepth()', 'z is outside the image'],
];
/** Pixel coordinates inside a PixelBox (relative to its left, top and front). */
const inBox: [string, string][] = [
  ['$x < self->getWidth()', 'x is outside the box'], ['$y < self->getHeight()', 'y is outside the box'], ['$z < self->getDepth()', 'z is outside the box'],
];

/**
 * Dear ImGui's internal header (its context's frame state): a separate package installs it, OGRE ≥ 13's
 * bundled copy does not, so the checks that need it apply only with the former.
 */
const imguiInternal = holds({ imgui: 'separate' });

/** Bytes per pixel of a PixelFormat argument, in C++. */
const bpp = (format: string) => `Ogre::PixelUtil::getNumElemBytes(${format})`;

/** The JS function `LogManager.logTo(listener)` sends OGRE's log to (a `Napi::Function` in the extension's signature). */
const logListener: TypeMap = {
  name: 'log listener',
  matches: (t, use) => use === 'in' && shapeOf(t).base === 'Napi::Function' && shapeOf(t).by === 'value',
  tsIn: () => '(message: string, level: LogMessageLevel, logName: string) => void',
  tsOut: () => 'never',
  jsCheck: (v) => `typeof ${v} === 'function'`,
  // The engine gives the level as a number: the listener gets the enum's value, as the typings say.
  jsPass: (v) => `((message, level, logName) => ${v}(message, rt.enumOf(LogMessageLevel, level), logName))`,
  cppIn: (src, name) => `Napi::Function ${name} = ${src}.As<Napi::Function>();`,
  cppOut: () => 'env.Undefined()',
};

/** OGRE's emission spec. `Ogre::Exception` is not a wrapper class: it arrives in JS as the `OgreException` error. */
export const ogreEmitSpec: EmitSpec = {
  name: 'ogre',
  source: "OGRE's headers",
  include: (file) => !UNBOUND_HEADERS.includes(file),
  includes: ['ogre_napi/ogre_exception.h', 'ogre_napi/ogre_lifetimes.h', 'OgreRoot.h'],
  // After Root is gone (closeApp), engine objects' destructors would reach into freed managers.
  finalizeWhile: 'Ogre::Root::getSingletonPtr() != nullptr',
  linkable: isExported,
  jsMembers: frameLoopMembers,
  valueMath,
  // Getters of a field by const reference, read in place (tests/ogre/memberViews.test.ts checks each
  // against the native call). Not _getDerived*: those may update the cache they return first.
  memberViews: ['Ogre::Node::getPosition', 'Ogre::Node::getOrientation', 'Ogre::Node::getScale'],
  typemaps: [logListener],
  typeFamilies: {
    // MaterialPtr, TexturePtr …: OGRE 1.12's SharedPtr is a std::shared_ptr underneath.
    sharedPointers: ['Ogre::SharedPtr'],
    // A resource's manager holds it by a shared pointer: plain pointers to resources can share that.
    sharedOwners: { 'Ogre::Resource': 'rt::ogre::resourceOwner' },
    sequences: ['Ogre::HashedVector', 'ImVector'],
    callbacks: {
      // Dear ImGui's ListBox/Combo item names.
      'bool (*)(void *, int, const char **)': { ts: '(index: number) => string | null | undefined', trampoline: 'rt::textGetter' },
      // Dear ImGui's PlotLines/PlotHistogram values.
      'float (*)(void *, int)': { ts: '(index: number) => number', trampoline: 'rt::numberGetter' },
    },
  },
  // About 3 s of compiling each on this machine's 2 cores (see bench/build.ts).
  translationUnits: 48,
  // Called in tight loops (per vertex, per frame): compiled with more optimisation.
  hotHeaders: ['OgreVector.h', 'OgreQuaternion.h', 'OgreColourValue.h', 'OgreMatrix3.h', 'OgreMatrix4.h',
    'OgreMath.h', 'OgreNode.h', 'OgreSceneNode.h', 'OgreImage.h', 'OgrePixelFormat.h'],
  errorClass: 'OgreException',
  // Ogre::Exception's subclasses by their ExceptionCodes (OgreException.h); ItemIdentityException also covers ERR_ITEM_NOT_FOUND.
  errorSubclasses: [
    { name: 'IOException', number: 0 }, { name: 'InvalidStateException', number: 1 },
    { name: 'InvalidParametersException', number: 2 }, { name: 'RenderingAPIException', number: 3 },
    { name: 'ItemIdentityException', number: 4 }, { name: 'FileNotFoundException', number: 5 },
    { name: 'InternalErrorException', number: 6 }, { name: 'RuntimeAssertionException', number: 7 },
    { name: 'UnimplementedException', number: 8 }, { name: 'InvalidCallException', number: 9 },
  ],
  errorFactory: 'ExceptionFactory',
  // SWIG-Python's classes for shared pointers (Ogre.i's SHARED_PTR / %template): here a shared
  // pointer is the object itself, so these are the pointee classes under SWIG's names.
  aliases: {
    // OGRE 13 removed HardwareCounterBuffer and HardwareUniformBuffer (uniform buffers are plain HardwareBuffers).
    ...(holds({ ogre: '<13' }) ? { HardwareCounterBufferPtr: { class: 'Ogre::HardwareUniformBuffer', doc: 'SWIG-Python\'s name for a shared HardwareCounterBuffer (a HardwareUniformBuffer): the class itself here.' } } : {}),
    ControllerFunctionPtr: { class: 'Ogre::ControllerFunction<float>', doc: 'SWIG-Python\'s name for a shared ControllerFunctionReal: the class itself here.' },
    ControllerValueRealPtr: { class: 'Ogre::ControllerValue<float>', doc: 'SWIG-Python\'s name for a shared ControllerValueReal: the class itself here.' },
  },
  constants: [
    // SWIG's ownership flag for shared pointers: scripts ported from Python pass it; JS ignores ownership flags.
    { name: 'SHARED_PTR_DISOWN', module: 'OgreMain', value: '0', doc: 'SWIG-Python\'s shared-pointer ownership flag (0); kept for ported scripts.' },
  ],
  // OgreComponents.h (OgreMain) defines it; Bites' headers test it (ApplicationContext is ApplicationContextSDL when set).
  alsoIn: { Bites: ['OGRE_BITES_HAVE_SDL'] },
  // Math values also accept plain arrays, copied: Vector3 and its base from [x, y, z], ColourValue from 3 or 4 numbers.
  sequences: [
    { match: /^Ogre::Vector(?:Base)?<(\d), float>$/, lengths: (m) => [Number(m[1])], temp: 'Ogre::Vector<$1, float>' },
    { match: /^Ogre::Quaternion$/, lengths: [4], temp: 'Ogre::Quaternion' },
    { match: /^Ogre::ColourValue$/, lengths: [3, 4], temp: 'Ogre::ColourValue' },
  ],
  nonNull: nonNullRules,
  // Small classes whose copy is a copy of their fields: JS objects holding the fields (no native
  // allocation, no finalizer), passed in registers (the generator checks each one). Not Ogre::Box:
  // PixelBox derives from it and lives in C++ (MovablePlane, from Plane, just loses Plane's methods).
  values: [
    /^Ogre::Vector(?:Base)?<\d, (?:float|int)>$/, 'Ogre::Quaternion', 'Ogre::ColourValue', 'Ogre::Radian', 'Ogre::Degree',
    'Ogre::Matrix3', /^Ogre::TransformBase<\d, float>$/, 'Ogre::TransformBaseReal', 'Ogre::Matrix4', 'Ogre::Affine3', 'Ogre::Plane', 'Ogre::Sphere',
    'Ogre::Ray', 'Ogre::AxisAlignedBox', holds({ ogre: '<13' }) ? /^Ogre::TRect<(?:long|float)>$/ : /^Ogre::TRect<(?:int|float)>$/, 'Ogre::DualQuaternion',
  ],
  catchClauses: ['catch (const Ogre::Exception& e) { rt::throwOgreException(env, e); }'],
  // Ogre::Singleton<T>::getSingleton() asserts (aborts) before the instance exists.
  singleton: {
    method: 'getSingleton',
    check: '$class::getSingletonPtr() != nullptr',
    message: 'no $class exists yet: create Ogre.Root first (it creates the engine\'s managers), or the $class itself',
    doc: 'The instance (an Error until it exists: Ogre.Root creates the engine\'s managers).',
  },
  // Engine objects whose constructors reach into the engine (or another object) crash without it.
  constructorGuards: [
    {
      of: ['Ogre::MovableObject', 'Ogre::ParticleSystemRenderer', 'Ogre::ShadowCameraSetup', 'Ogre::FrameTimeControllerValue',
        'Ogre::OverlaySystem', 'Ogre::ResourceManager', 'Ogre::ResourceGroupManager', 'Ogre::ControllerManager',
        'Ogre::SceneManagerEnumerator', 'Ogre::ScriptCompilerManager', 'Ogre::OverlayManager', 'Ogre::ParticleSystemManager'],
      requires: [['Ogre::Root::getSingletonPtr() != nullptr', 'create Ogre.Root first: $class needs the engine']],
    },
    {
      // Managers are singletons: Root (or the OverlaySystem) makes the one there is.
      of: ['Ogre::ResourceManager', 'Ogre::ResourceGroupManager', 'Ogre::ControllerManager', 'Ogre::SceneManagerEnumerator',
        'Ogre::ScriptCompilerManager', 'Ogre::OverlayManager', 'Ogre::ParticleSystemManager', 'Ogre::RTShader::ProgramManager'],
      requires: [['$class::getSingletonPtr() == nullptr', 'a $class exists already: use $class.getSingleton()']],
    },
    {
      of: ['Ogre::RTShader::ProgramWriter', 'Ogre::RTShader::SubRenderState', 'Ogre::RTShader::ProgramManager', 'Ogre::RTShader::RenderState'],
      requires: [['Ogre::RTShader::ShaderGenerator::getSingletonPtr() != nullptr', 'initialise the RTShader system first (ShaderGenerator.initialize())']],
    },
    // They log, or reach into the engine's managers, from their constructors or first calls.
    {
      of: ['Ogre::Resource', 'Ogre::GpuSharedParameters', 'Ogre::SkeletonInstance', 'Ogre::DynLibManager', 'Ogre::ParticleSystemRendererFactory',
        ...when({ ogre: '<13' }, ['Ogre::Node::DebugRenderable']), 'Ogre::CompositionTechnique', 'Ogre::CompositionTargetPass', 'Ogre::CompositionPass', 'Ogre::CompositorChain',
        'Ogre::CompositorInstance', 'Ogre::SceneManagerFactory', 'Ogre::ScriptCompiler', 'Ogre::Viewport', 'Ogre::SceneQuery',
        'Ogre::ResourceBackgroundQueue', 'Ogre::DynLib', 'Ogre::Profiler', 'Ogre::WorkQueue'],
      requires: [['Ogre::Root::getSingletonPtr() != nullptr', 'create Ogre.Root first: $class needs the engine']],
    },
    { of: ['Ogre::OverlaySystem'], requires: [['Ogre::OverlayManager::getSingletonPtr() == nullptr', 'an OverlaySystem exists already (it made the OverlayManager)']] },
    { of: ['Ogre::DynLibManager', 'Ogre::Profiler'], requires: [['$class::getSingletonPtr() == nullptr', 'a $class exists already: use $class.getSingleton()']] },
    // Made by their owner, with what the engine needs to destroy them again.
    { of: ['Ogre::SceneManager'], requires: [['false', 'create scene managers with root.createSceneManager()']] },
    { of: ['Ogre::ParticleSystem'], requires: [['false', 'create particle systems with sceneManager.createParticleSystem()']] },
    // They reach into their scene manager, which only the manager's create call sets.
    { of: ['Ogre::Light'], requires: [['false', 'create lights with sceneManager.createLight()']] },
    // Seeds 13–17: the scene manager renders through the cameras it made (their visible-object lists).
    { of: ['Ogre::Camera'], requires: [['false', 'create cameras with sceneManager.createCamera()']] },
    { of: ['Ogre::StaticGeometry'], requires: [['false', 'create static geometry with sceneManager.createStaticGeometry()']] },
    // It loads from the surface MeshManager.createBezierPatch() defines (its own constructor leaves none).
    { of: ['Ogre::PatchMesh'], requires: [['false', 'create patch meshes with MeshManager.createBezierPatch()']] },
    // A viewport belongs to the render target that lists (and deletes) it: renderTarget.addViewport().
    { of: ['Ogre::Viewport'], requires: [['false', 'add viewports with renderTarget.addViewport(camera)']] },
    { of: ['ImGuiListClipper', 'ImGuiTextFilter'], requires: [['ImGui::GetCurrentContext() != nullptr', 'no Dear ImGui context: create an Ogre.ImGuiOverlay first']] },
    // Overlay elements and the Bites tray widgets are made through (and use) the OverlayManager.
    {
      of: ['Ogre::OverlayElement', 'Ogre::OverlayElementFactory', 'OgreBites::Widget', 'OgreBites::TrayManager', 'OgreBites::AdvancedRenderControls'],
      requires: [['Ogre::OverlayManager::getSingletonPtr() != nullptr', 'create an Ogre.OverlaySystem first (it makes the OverlayManager)']],
    },
    { of: ['Ogre::Profile'], requires: [['Ogre::Profiler::getSingletonPtr() != nullptr', 'no Profiler: create Ogre.Root first']] },
    // Engine- or Dear ImGui-internal records that only their owner can fill in: not made from JS.
    {
      of: ['Ogre::TempBlendedBufferInfo', 'ImGuiTextFilter::ImGuiTextRange', 'ImGuiInputTextCallbackData', 'Ogre::AutoParamDataSource',
        'Ogre::OverlayProfileSessionListener', 'Ogre::SubMesh', 'Ogre::InstanceManager', 'Ogre::ParticleSystemRenderer',
        'Ogre::SceneManager::SceneMgrQueuedRenderableVisitor', 'Ogre::PatchSurface', 'ImFont'],
      requires: [['false', '$class is filled in by its owner (the engine or Dear ImGui), not made from JS']],
    },
    // Iterators come from a UTFString (begin(), end() …): default-constructed ones point at no string.
    { of: ['Ogre::UTFString::_base_iterator'], requires: [['false', 'get iterators from a UTFString (begin(), end(), rbegin(), rend())']] },
    // Its constructor tells the parent set it changed.
    { of: ['Ogre::AnimationState'], requires: [['$parent != nullptr', 'parent is required: create animation states with AnimationStateSet.createAnimationState()']] },
    { of: ['Ogre::VertexData'], requires: [['Ogre::HardwareBufferManager::getSingletonPtr() != nullptr', 'create Ogre.Root (or a HardwareBufferManager) first']] },
    { of: ['OgreBites::ImGuiInputListener'], requires: [['ImGui::GetCurrentContext() != nullptr', 'no Dear ImGui context: create an Ogre.ImGuiOverlay first']] },
  ],
  // Dear ImGui asserts (aborts the process) when called without a context or outside a frame.
  families: [
    ...preconditionFamilies,
    ...helperFamilies,
    // UTFString's (pointer, count) overloads read `count` code points: never past the typed array
    // or string they come from.
    {
      match: /^Ogre::UTFString::\w+$/,
      except: /^compare$/,
      extras: {
        bufferSizes: {
          ...Object.fromEntries(['str', 's', 'cp_str'].map((p) => [p, ['$length * 2', '$num * 2', '$n * 2', '$count * 2']])),
          w_str: ['$length * sizeof(wchar_t)', '$num * sizeof(wchar_t)', '$n * sizeof(wchar_t)', '$count * sizeof(wchar_t)'],
        },
        requires: [['$length <= std::strlen($c_str)', 'length is longer than c_str'], ['$num <= std::strlen($c_str)', 'num is longer than c_str']],
      },
    },
    // A pass's shadow programs, read when it has none.
    ...['Caster', 'Receiver'].flatMap((who) => ['Vertex', 'Fragment'].map((stage) => ({
      match: new RegExp(`^Ogre::Pass::getShadow${who}${stage}Program(?:Parameters)?$`),
      extras: { requires: [[`self->hasShadow${who}${stage}Program()`, `the pass has no shadow ${who.toLowerCase()} ${stage.toLowerCase()} program`]] as [string, string][] },
    }))),
    // RTShader's program steps need the program set's CPU programs (and, after creation, its GPU ones).
    {
      match: /^Ogre::RTShader::\w+::(?:preCreateGpuPrograms|postCreateGpuPrograms|resolveParameters|resolveDependencies|addFunctionInvocations)$/,
      extras: { requires: [['$programSet->getCpuProgram(Ogre::GPT_VERTEX_PROGRAM) != nullptr && $programSet->getCpuProgram(Ogre::GPT_FRAGMENT_PROGRAM) != nullptr', 'the program set has no CPU programs yet']] },
    },
    {
      match: /^Ogre::RTShader::\w+::postCreateGpuPrograms$/,
      extras: { requires: [['$programSet->getGpuProgram(Ogre::GPT_VERTEX_PROGRAM) && $programSet->getGpuProgram(Ogre::GPT_FRAGMENT_PROGRAM)', 'the program set has no GPU programs yet']] },
    },
    // Codecs log when they start and stop.
    { match: /^Ogre::\w+Codec::(?:startup|shutdown)$/, extras: { requires: [['Ogre::LogManager::getSingletonPtr() != nullptr', 'no LogManager: create Ogre.Root first']] } },
    // Components of a vector: an index past them reads past the object.
    { match: /^Ogre::Vector<\d, \w+>::operator\[\]$/, extras: { requires: [['$i < sizeof(*self) / sizeof((*self)[0])', 'i is out of range']] } },
    // Arithmetic on an empty AnyNumeric dereferences its missing content.
    { match: /^Ogre::AnyNumeric::operator[-+*/]=?$/, extras: { requires: [['!self->isEmpty()', 'the AnyNumeric is empty'], ['!$rhs.isEmpty()', 'rhs is empty']] } },
    // Dear ImGui's helper objects use the current context.
    {
      match: /^(?:ImGuiTextFilter::Draw|ImGuiListClipper::(?:Begin|End|Step|ForceDisplayRangeByIndices))$/,
      extras: { requires: [['ImGui::GetCurrentContext() != nullptr', 'no Dear ImGui context: create an Ogre.ImGuiOverlay first']] },
    },
    // Program writers need the GPU program manager of a running engine.
    {
      match: /^Ogre::RTShader::\w*ProgramWriter\w*Factory::create$/,
      extras: { requires: [['Ogre::GpuProgramManager::getSingletonPtr() != nullptr', 'create Ogre.Root first: program writers need its GpuProgramManager']] },
    },
    // NewFrame asserts a built font atlas, a positive frame time and the last frame's end.
    {
      match: /^ImGui::NewFrame$/,
      extras: {
        requires: [
          ['ImGui::GetIO().Fonts->IsBuilt()', 'the font atlas is not built: call ImGui.GetIO().Fonts.Build() (an ImGuiOverlay does it when shown)'],
          ['ImGui::GetIO().DeltaTime > 0 || ImGui::GetFrameCount() == 0', 'set ImGui.GetIO().DeltaTime to the frame time (> 0)'],
          ['ImGui::GetIO().DisplaySize.x >= 0 && ImGui::GetIO().DisplaySize.y >= 0', 'set ImGui.GetIO().DisplaySize (not negative)'],
          ...when<[string, string]>({ imgui: 'separate' }, [['!ImGui::GetCurrentContext()->WithinFrameScope', 'the last frame was not ended: call ImGui.EndFrame() or ImGui.Render() first']]),
        ],
        includes: imguiInternal ? ['imgui_internal.h'] : [],
      },
    },
    // Dear ImGui's glyph ranges: static, zero-terminated ImWchar pairs.
    {
      match: /^ImFontAtlas::GetGlyphRanges/,
      extras: { viewLength: '[](const ImWchar* p) { size_t n = 0; while (p[n]) ++n; return (n + 1) * sizeof(ImWchar); }(result)' },
    },
    {
      match: /^ImGui::/,
      except: /^(?:CreateContext|DestroyContext|GetCurrentContext|SetCurrentContext|DebugCheckVersionAndDataLayout|SetAllocatorFunctions|GetAllocatorFunctions|MemAlloc|MemFree|GetVersion)$/,
      extras: { requires: [['ImGui::GetCurrentContext() != nullptr', 'no Dear ImGui context: add an Ogre.ImGuiOverlay to the OverlayManager and show it first']] },
    },
    ...when<NonNullable<EmitSpec['families']>[number]>({ imgui: 'separate' }, [{
      match: /^ImGui::/,
      except: /^(?:CreateContext|DestroyContext|GetCurrentContext|SetCurrentContext|DebugCheckVersionAndDataLayout|SetAllocatorFunctions|GetAllocatorFunctions|MemAlloc|MemFree|GetVersion|GetIO|GetStyle|NewFrame|GetDrawData|StyleColors\w+|LoadIniSettings\w+|SaveIniSettings\w+|GetClipboardText|SetClipboardText|GetStyleColorName|GetStyleColorVec4|GetColorU32|GetKeyIndex|ColorConvert\w+|GetTime|GetFrameCount|GetMainViewport)$/,
      extras: {
        requires: [['ImGui::GetCurrentContext()->WithinFrameScope', 'called outside a Dear ImGui frame: call it from a frame listener between ImGuiOverlay.NewFrame() and the frame\'s rendering']],
        includes: ['imgui_internal.h'],
      },
    }]),
  ],
  // getTechnique(index) ↔ getNumTechniques(), getChild(index) ↔ numChildren() …: OGRE asserts the index
  // (an abort) or reads past its vector.
  indexed: [{
    method: /^(?:_?get|remove|update)([A-Z]\w*?)$/,
    param: /^(?:index|idx|i|n|\w*_index|\w*Index)$/,
    counts: (m) => {
      const x = m[1]!;
      const plural = [`${x}s`, `${x}es`, `${x}ren`, x.replace(/y$/, 'ies'), x];
      return plural.flatMap((p) => [`getNum${p}`, `num${p}`, `get${p}Count`, `get${p}().size`]);
    },
  }],
  functions: {
    ...preconditionFunctions,
    ...helperFunctions,
    // Default-constructed objects the engine would dereference or assert on.
    'ImGuiListClipper::Step': { requires: [['ImGui::GetCurrentContext() != nullptr', 'no Dear ImGui context'], ['self->TempData != nullptr', 'call Begin() first (or Step() was called too many times)']] },
    'Ogre::IndexData::optimiseVertexCacheTriList': { requires: [['self->indexBuffer && self->indexCount > 0', 'the IndexData has no index buffer']] },
    // Fixed-size values: an index past the components reads past the object.
    ...Object.fromEntries(['Ogre::ColourValue', 'Ogre::Quaternion'].map((c) => [`${c}::operator[]`, { requires: [['$i < sizeof(*self) / sizeof((*self)[0])', 'i is out of range']] as [string, string][] }])),
    'ImGuiTextBuffer::operator[]': { requires: [['self->Buf.Data != nullptr && $i >= 0 && $i < self->size()', 'i is out of range']] },
    'ImDrawListSplitter::SetCurrentChannel': { requires: [['$idx >= 0 && $idx < self->_Count', 'idx is out of range (call Split() first)']] },
    'Ogre::SimpleSpline::interpolate': { requires: [['self->getNumPoints() > 0', 'the spline has no points'], ['$fromIndex < self->getNumPoints()', 'fromIndex is out of range (getNumPoints() is the count)'], ['$t >= 0 && $t <= 1', 't must be 0 … 1 (over the whole spline, it picks the segment)']] },
    'Ogre::RotationalSpline::interpolate': { requires: [['self->getNumPoints() > 0', 'the spline has no points'], ['$fromIndex < self->getNumPoints()', 'fromIndex is out of range (getNumPoints() is the count)'], ['$t >= 0 && $t <= 1', 't must be 0 … 1 (over the whole spline, it picks the segment)']] },
    'Ogre::MovableObject::setRenderQueueGroup': { requires: [['$queueID <= Ogre::RENDER_QUEUE_MAX', 'queueID is past RENDER_QUEUE_MAX']] },
    'Ogre::MovableObject::setRenderQueueGroupAndPriority': { requires: [['$queueID <= Ogre::RENDER_QUEUE_MAX', 'queueID is past RENDER_QUEUE_MAX']] },
    'ImFontAtlas::AddCustomRectRegular': { requires: [['$width > 0 && $width <= 0xFFFF && $height > 0 && $height <= 0xFFFF', 'width and height must be 1 … 65535']] },
    'Ogre::SubMesh::_compileBoneAssignments': {
      requires: [['self->parent != nullptr && (self->useSharedVertices ? self->parent->sharedVertexData != nullptr : self->vertexData != nullptr)', 'the sub-mesh has no vertex data']],
    },
    // A factory deletes only what it made (the scene's objects are not its to delete).
    'Ogre::MovableObjectFactory::destroyInstance': { requires: [['$obj->_getCreator() == self', 'obj was not made by this factory']] },
    'Ogre::AnimationControllerFunction::AnimationControllerFunction': { requires: [['$sequenceTime > 0 && std::isfinite($sequenceTime)', 'sequenceTime must be positive']] },
    'Ogre::RenderQueue::clear': { requires: [['Ogre::Root::getSingletonPtr() != nullptr', 'create Ogre.Root first']] },
    'Ogre::ImGuiOverlay::addFont': { requires: [['Ogre::FontManager::getSingletonPtr() != nullptr', 'create an Ogre.OverlaySystem first (it makes the FontManager)']] },
    // OGRE 1.12 only (13 dropped ConvexBody's logging and the GLSL ES writer).
    ...entriesWhen({ ogre: '<13' }, {
      'Ogre::ConvexBody::logInfo': { requires: [['Ogre::LogManager::getSingletonPtr() != nullptr', 'no LogManager: create Ogre.Root first']] },
      'Ogre::RTShader::ShaderProgramWriterGLSLESFactory::create': { requires: [['false', 'this OGRE was built without the GLSL ES program writer']] },
    }),
    'Ogre::MovableObject::getBoundingRadiusScaled': { requires: [['self->getParentNode() != nullptr', 'the object is not attached to a node']] },
    'Ogre::StringInterface::getParameters': { requires: [['self->getParamDictionary() != nullptr', 'this object has no parameters']] },
    'Ogre::SceneNode::removeAndDestroyChild': { requires: [['$child->getParent() == self', 'child is not a child of this node'], ['$index < self->numChildren()', 'index is out of range (numChildren() is the count)']] },
    'Ogre::Matrix3::SetColumn': { requires: [['$iCol < 3', 'iCol is out of range']] },
    'Ogre::Matrix3::GetColumn': { requires: [['$iCol < 3', 'iCol is out of range']] },
    'Ogre::SubMesh::clone': { requires: [['self->parent != nullptr || $parentMesh != nullptr', 'the sub-mesh belongs to no mesh: pass parentMesh']] },
    'Ogre::DistanceLodStrategyBase::transformBias': { requires: [['$factor > 0', 'factor must be positive']] },
    'Ogre::SubMesh::generateExtremes': {
      requires: [['self->parent != nullptr && (self->useSharedVertices ? self->parent->sharedVertexData != nullptr : self->vertexData != nullptr)', 'the sub-mesh has no vertex data']],
    },
    'Ogre::LodStrategy::isSorted': { requires: [['!$values.empty()', 'values is empty']] },
    'Ogre::LodStrategy::assertSorted': { requires: [['!$values.empty() && self->isSorted($values)', 'values are not sorted the way this strategy needs']] },
    'Ogre::ProfileInstance::logResults': { requires: [['Ogre::LogManager::getSingletonPtr() != nullptr', 'no LogManager: create Ogre.Root first']] },
    'Ogre::ExternalTextureSourceManager::setCurrentPlugIn': { requires: [['Ogre::LogManager::getSingletonPtr() != nullptr', 'no LogManager: create Ogre.Root first']] },
    'Ogre::AlignedMemory::allocate': { requires: [['$alignment > 0 && $alignment <= 128 && ($alignment & ($alignment - 1)) == 0', 'alignment must be a power of two up to 128']] },
    ...Object.fromEntries(['watchForMax', 'watchForMin', 'watchForLimit'].map((f) => [`Ogre::Profiler::${f}`, { requires: [['!$profileName.empty()', 'profileName is empty']] as [string, string][] }])),
    'Ogre::ConfigFile::loadFromResourceSystem': { requires: [['Ogre::ResourceGroupManager::getSingletonPtr() != nullptr', 'create Ogre.Root first']] },
    // A directory as a config file: OGRE's reader never reaches its end (a hang).
    'Ogre::Root::Root': {
      requires: [['!std::filesystem::is_directory($pluginFileName)', 'pluginFileName is a directory'], ['!std::filesystem::is_directory($configFileName)', 'configFileName is a directory']],
      includes: ['filesystem'],
    },
    'Ogre::ConfigFile::loadDirect': { requires: [['!std::filesystem::is_directory($filename)', 'filename is a directory']], includes: ['filesystem'] },
    'Ogre::Profiler::logResults': { requires: [['Ogre::LogManager::getSingletonPtr() != nullptr', 'no LogManager: create Ogre.Root (or an Ogre.LogManager) first']] },
    // OGRE asserts the range lies in the buffer and reads or writes `length` bytes of the JS buffer.
    'Ogre::HardwareBuffer::writeData': {
      requires: [['$length <= self->getSizeInBytes() && $offset <= self->getSizeInBytes() - $length', 'offset + length is past the end of the buffer']],
      bufferSizes: { pSource: '$length' },
    },
    'Ogre::HardwareBuffer::readData': {
      requires: [['$length <= self->getSizeInBytes() && $offset <= self->getSizeInBytes() - $length', 'offset + length is past the end of the buffer']],
      bufferSizes: { pDest: '$length' },
    },
    // A camera's frustum asks the render system for its projection conventions.
    'Ogre::SceneManager::createCamera': { requires: [['Ogre::Root::getSingleton().getRenderSystem() != nullptr', 'Root has no render system: call root.setRenderSystem() (or restoreConfig()) first']] },
    'OgreBites::StaticPluginLoader::load': { requires: [['Ogre::Root::getSingletonPtr() != nullptr', 'create Ogre.Root first']] },
    'Ogre::Entity::_getSkelAnimVertexData': { requires: [['self->hasSkeleton() && self->getMesh()->sharedVertexData != nullptr', 'the entity is not skinned in software or has no shared vertex data']] },
    'Ogre::Entity::_getSoftwareVertexAnimVertexData': { requires: [['self->hasVertexAnimation() && self->getMesh()->sharedVertexData != nullptr', 'the entity has no vertex animation on shared vertex data']] },
    'Ogre::Entity::_getHardwareVertexAnimVertexData': { requires: [['self->hasVertexAnimation() && self->getMesh()->sharedVertexData != nullptr', 'the entity has no vertex animation on shared vertex data']] },
    'Ogre::SubEntity::_getSkelAnimVertexData': { requires: [['self->getParent()->hasSkeleton() && !self->getSubMesh()->useSharedVertices', 'the sub-entity is not skinned in software or uses shared vertex data']] },
    'Ogre::SubEntity::_getSoftwareVertexAnimVertexData': { requires: [['self->getParent()->hasVertexAnimation() && !self->getSubMesh()->useSharedVertices', 'the sub-entity has no own vertex animation data']] },
    'Ogre::SubEntity::_getHardwareVertexAnimVertexData': { requires: [['self->getParent()->hasVertexAnimation() && !self->getSubMesh()->useSharedVertices', 'the sub-entity has no own vertex animation data']] },
    // OGRE's log to a file, a JS function or nowhere (the LogManager extensions in rules/extendRules.ts).
    'Ogre::LogManager::logTo': { includes: ['ogre_napi/log_destination.h'] },
    'Ogre::LogManager::logToNowhere': { includes: ['ogre_napi/log_destination.h'] },
    // Locked buffer memory, as long as the part locked (or the whole buffer); valid until unlock().
    'Ogre::HardwareBuffer::lock': { viewLength: ['$length', 'self->getSizeInBytes()'] },
    // The constants from `pos` to the end of their list. Up to 1.12 each type has its list and `pos`
    // counts elements; from 13 on all share one byte list and `pos` is a byte offset.
    ...Object.fromEntries((['Float', 'Double', 'Int', 'UnsignedInt'] as const).flatMap((kind) => {
      const list = `self->get${kind === 'UnsignedInt' ? 'Int' : kind}ConstantList()`; // unsigned ints live among the ints
      const extras = holds({ ogre: '<13' }) ? {
        requires: [[`$pos < ${list}.size()`, 'pos is past the last constant']] as [string, string][],
        viewLength: `(${list}.size() - $pos) * sizeof(${list}[0])`,
      } : {
        requires: [['$pos < self->getConstantList().size()', 'pos is past the last constant']] as [string, string][],
        viewLength: '(self->getConstantList().size() - $pos) / sizeof(*result) * sizeof(*result)',
      };
      return [[`Ogre::GpuProgramParameters::get${kind}Pointer`, extras], [`Ogre::GpuSharedParameters::get${kind}Pointer`, extras]];
    })),
    // The option maps say which options exist and come back with those found.
    'Ogre::findCommandLineOpts': { inout: ['unaryOptList', 'binOptList'] },
    // Hashes of caller memory: the length must not run past it.
    'Ogre::FastHash': { requires: [['$len <= std::strlen($data)', 'len is longer than data']] },
    'Ogre::MurmurHash3_x86_32': { bufferSizes: { key: '$len', out: '4' } },
    'Ogre::MurmurHash3_x86_128': { bufferSizes: { key: '$len', out: '16' } },
    'Ogre::MurmurHash3_x64_128': { bufferSizes: { key: '$len', out: '16' } },
    'Ogre::MurmurHash3_128': { bufferSizes: { key: '$len', out: '16' } },
    // OGRE reads width × height × depth pixels from the buffer: shorter is a RangeError, not an overflow.
    'Ogre::Image::loadDynamicImage': {
      bufferSizes: { data: [`$width * $height * $depth * ${bpp('$format')}`, `$width * $height * ${bpp('$format')}`] },
    },
    'Ogre::PixelBox::PixelBox': {
      bufferSizes: { pixelData: [`$width * $height * $depth * ${bpp('$pixelFormat')}`, `$extents.getWidth() * $extents.getHeight() * $extents.getDepth() * ${bpp('$pixelFormat')}`] },
    },
    // Pixel memory OGRE hands out: a Uint8Array over it, as long as the rest of the image.
    'Ogre::Image::getData': {
      viewLength: 'self->getSize() - static_cast<size_t>(reinterpret_cast<const Ogre::uchar*>(result) - static_cast<const Ogre::Image*>(self)->getData())',
      requires: [[loaded, 'the image holds no pixels'], ...inImage],
    },
    // A memory stream's bytes: all of them, or those after the read position.
    'Ogre::MemoryDataStream::getPtr': { viewLength: 'self->size()' },
    'Ogre::MemoryDataStream::getCurrentPtr': { viewLength: 'self->size() - self->tell()' },
    // From the box's first pixel to its last (rows and slices apart by their pitches).
    'Ogre::PixelBox::getTopLeftFrontPixelPtr': {
      viewLength: 'Ogre::PixelUtil::isCompressed(self->format) ? self->getConsecutiveSize() : ((self->getDepth() - 1) * self->slicePitch + (self->getHeight() - 1) * self->rowPitch + self->getWidth()) * Ogre::PixelUtil::getNumElemBytes(self->format)',
    },
    // The chain's two texture coordinates (a Float32Array over them).
    'Ogre::BillboardChain::getOtherTextureCoordRange': { viewLength: '2 * sizeof(float)' },
    // Dear ImGui's storage slots (one value each, written through the view) and its allocator.
    ...Object.fromEntries(['GetIntRef', 'GetFloatRef', 'GetBoolRef', 'GetVoidPtrRef'].map((f) => [`ImGuiStorage::${f}`, { viewLength: 'sizeof(*result)' }])),
    'ImGui::MemAlloc': { viewLength: '$size' },
    // ImGui asserts a callback; a handle comes from the engine (null is refused here).
    'ImDrawList::AddCallback': { requires: [['$callback != nullptr', 'callback is required']] },
    'ImFontAtlas::GetTexDataAsRGBA32': { viewLength: 'self->TexWidth * self->TexHeight * 4' },
    'ImFontAtlas::GetTexDataAsAlpha8': { viewLength: 'self->TexWidth * self->TexHeight' },
    // OGRE only asserts these; an assertion aborts the process.
    'Ogre::Image::getColourAt': { requires: [[loaded, 'the image holds no pixels'], ...inImage] },
    'Ogre::Image::setColourAt': { requires: [[loaded, 'the image holds no pixels'], ...inImage] },
    // A box's pixels are read at its data pointer plus the offset of (x, y, z), which nothing checks.
    'Ogre::PixelBox::getColourAt': { requires: [['self->data != nullptr', 'the pixel box has no data'], ...inBox] },
    'Ogre::PixelBox::setColourAt': { requires: [['self->data != nullptr', 'the pixel box has no data'], ...inBox] },
    // (seed 32) flipAroundY reverses height rows of width pixels whatever the depth and faces: an image
    // of depth or faces 0 has no such rows. create() refuses such sizes.
    'Ogre::Image::flipAroundY': { requires: [['size_t(self->getWidth()) * self->getHeight() * Ogre::PixelUtil::getNumElemBytes(self->getFormat()) <= self->getSize()', 'the image holds no full slice (depth or faces 0)']] },
    // (seed 39: a side of 0 divides by zero while scaling.)
    'Ogre::Image::resize': { requires: [['$width >= 1 && $height >= 1', 'width and height must be at least 1']] },
    'Ogre::Image::create': { requires: [['$width >= 1 && $height >= 1 && $?depth >= 1 && $?numFaces >= 1', 'width, height, depth and numFaces must be at least 1']] },
    'Ogre::Image::getPixelBox': { requires: [[loaded, 'the image holds no pixels'], ['$face < self->getNumFaces()', 'face out of range'], ['$mipmap <= self->getNumMipmaps()', 'mipmap out of range']] },
  },
  fields: {
    'Ogre::PixelBox::data': { viewLength: 'self->getConsecutiveSize()' },
  },
};
