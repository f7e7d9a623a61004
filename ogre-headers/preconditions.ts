/**
 * Preconditions the fuzzer found missing (`npm run fuzz`): engine asserts, unchecked dereferences and
 * endless loops that a script reaches with arguments or object states OGRE does not expect.
 */
import type { EmitSpec } from '../generator/emit/napi/buildModuleView.js';
import type { FunctionExtras } from '../generator/emit/napi/CallSite.js';
import { choose, entriesWhen, holds, when } from './when.js';
import { engineFunctions, sceneFamilies, scenePreconditions, textAreaFont } from './scenePreconditions.js';
import { seedFamilies13to17, seedFunctions13to17 } from './seedPreconditions13to17.js';

type Checks = [condition: string, message: string][];

/** Entries for what only OGRE 1.12 declares (13 dropped UTFString, ConvexBody's editing, the shadow program setters …). */
const only112 = <T>(entries: Record<string, T>): Record<string, T> => entriesWhen({ ogre: '<13' }, entries);

/** The parameters' logical-to-physical index tables: one per type in OGRE 1.12, one for all from 13. */
const logicalTables = choose([
  [{ ogre: '<13' }, 'self->getFloatLogicalBufferStruct() != nullptr && self->getDoubleLogicalBufferStruct() != nullptr && self->getIntLogicalBufferStruct() != nullptr'],
  [{}, 'self->getLogicalBufferStruct() != nullptr'],
]);

/** A Dear ImGui font atlas's font configs: `ConfigData` in Debian's 1.86, `Sources` in the 1.91 OGRE 14 bundles. */
const fontConfigs = choose([[{ imgui: 'separate' }, 'ConfigData'], [{}, 'Sources']]);

/**
 * Conditions in one of the runtime's check headers (native/runtime/ogre_napi/*_checks.h). Those read
 * OGRE 1.12's protected or file-local state, which OGRE 13 made private or changed: on a newer OGRE
 * the entries stay (their functions are still bound) without these checks, until the fuzzer is run
 * against it (docs/upgrading.md).
 */
const inHeader = (header: string) => (requires: Checks): FunctionExtras => (holds({ ogre: '<13' }) ? { requires, includes: [`ogre_napi/${header}`] } : {});
/** Conditions reading protected or file-local engine state (ogre_checks.h). */
const checked = inHeader('ogre_checks.h');
/** Conditions over archives (ogre_archive_checks.h), geometry and math OGRE only asserts (ogre_geometry_checks.h). */
const archives = inHeader('ogre_archive_checks.h');
const geometry = inHeader('ogre_geometry_checks.h');
/** Conditions over UTFString iterators and data streams (ogre_stream_checks.h). */
const strings = inHeader('ogre_stream_checks.h');
const streams = inHeader('ogre_stream_checks.h');

/**
 * Value classes made from a pointer to their numbers read that many floats (Affine3 reads three
 * rows of four): a shorter typed array is a RangeError, not a read past it.
 */
const fromNumbers: Record<string, FunctionExtras> = Object.fromEntries(
  ([['Quaternion', 'valptr', 4], ['DualQuaternion', 'valptr', 8], ['Matrix4', 'arr', 16], ['Affine3', 'arr', 12]] as const)
    .map(([cls, param, n]) => [`Ogre::${cls}::${cls}`, { bufferSizes: { [param]: `${n} * sizeof(float)` } }]),
);

/** OGRE's preconditions by qualified function name (merged into the emit spec's `functions`). */
export const preconditionFunctions: Record<string, FunctionExtras> = {
  // Seed 8 of the fuzzer: a polygon's normal is made of its first three vertices.
  'Ogre::Polygon::getNormal': { requires: [['self->getVertexCount() >= 3', 'the polygon has fewer than 3 vertices']] },
  // A forced range is for a clipper that has begun and not stepped yet, lowest index first.
  // (Debian's Dear ImGui: the newer one OGRE 14 bundles renamed it)
  ...entriesWhen({ imgui: 'separate' }, {
    'ImGuiListClipper::ForceDisplayRangeByIndices': { requires: [['self->TempData != nullptr && self->DisplayStart < 0', 'call it after Begin() and before Step()'], ['$item_min <= $item_max', 'item_min must not exceed item_max']] },
  }),
  ...fromNumbers,
  ...scenePreconditions,
  ...seedFunctions13to17,
  // The engine pairs these itself (attachObject/detachObject, push/pop around a render).
  // An object told it is attached to a node that does not list it keeps that node (dangling once it goes), and reads any node as a tag point when told so.
  'Ogre::MovableObject::_notifyAttached': { requires: [['false', 'engine-internal: sceneNode.attachObject() and detachObject() tell the object']] },
  ...only112({
    'Ogre::Root::_popCurrentSceneManager': { requires: [['$sm != nullptr && self->_getCurrentSceneManager() == $sm', 'sm is not the current scene manager (pushed last)']] },
  }),
  // The worker threads' loop: it waits for requests until the queue shuts down.
  'Ogre::DefaultWorkQueue::_threadMain': { requires: [['false', 'engine-internal: the work queue\'s own threads run it']] },
  // Strings: an empty one has no first character to change, an empty pattern is found forever.
  'Ogre::StringUtil::toTitleCase': { inout: ['str'], requires: [['!$str.empty()', 'str is empty']] },
  'Ogre::StringUtil::replaceAll': { requires: [['!$replaceWhat.empty()', 'replaceWhat is empty']] },
  'Ogre::PatchSurface::setSubdivisionFactor': {
    requires: [['$factor >= 0 && $factor <= 1', 'factor must be 0 … 1'], ['self->getControlPointBuffer() != nullptr', 'call defineSurface() first']],
  },
  // Integer vectors divide component by component: a zero is SIGFPE.
  ...Object.fromEntries([2, 3].flatMap((n) => ['operator/', 'operator/='].map((op) => [`Ogre::Vector<${n}, int>::${op}`, {
    requires: [['$s != 0', 's is zero'], [`std::all_of(($b).ptr(), ($b).ptr() + ${n}, [](int c) { return c != 0; })`, 'b has a zero component']] as Checks,
    includes: ['algorithm'],
  }]))),
  // Particle renderers make (and delete) their particles' visual data themselves; the base class asserts it has none.
  ...Object.fromEntries(['_createVisualData', '_destroyVisualData'].map((f) => [`Ogre::ParticleSystemRenderer::${f}`, { requires: [['false', 'engine-internal: the particle system asks its renderer']] as Checks }])),
  // The render system restarts with its windows, textures and contexts: every window and viewport would dangle.
  'Ogre::RenderSystem::reinitialise': { requires: [['false', 'the render system restarts with Root: root.shutdown(), then a new Root']] },
  'Ogre::RenderSystem::shutdown': { requires: [['false', 'engine-internal: root.shutdown() shuts the render system down']] },
  // Factories delete what their manager made: OverlayManager.destroyOverlayElement(), GpuProgramManager.remove().
  'Ogre::OverlayElementFactory::destroyOverlayElement': { requires: [['false', 'engine-internal: OverlayManager.destroyOverlayElement() destroys the elements it made']] },
  ...only112({
    'Ogre::HighLevelGpuProgramFactory::destroy': { requires: [['false', 'engine-internal: the GpuProgramManager destroys the programs it made (remove())']] },
  }),
  // It reads the file line by line until its end, which a directory never reaches.
  ...only112({
    'Ogre::RTShader::TextureAtlasSamplerFactory::addTexutreAtlasDefinition': { requires: [['!std::filesystem::is_directory($filename)', 'filename is a directory']], includes: ['filesystem'] },
  }),
  // A manager deletes the pools it made (getResourcePool()): a pool made in JS is JS's to delete.
  'Ogre::ResourceManager::destroyResourcePool': checked([['rt::ogre::ResourceManagerAccess::owns(*self, $pool)', 'pool was not made by this manager (getResourcePool(name) makes its pools)']]),
  'Ogre::DynLib::unload': checked([['rt::ogre::DynLibAccess::loaded(*self)', 'the library is not loaded: call load() first']]),
  'Ogre::RegionSceneQuery::getLastResults': checked([['rt::ogre::RegionQueryAccess::executed(*self)', 'the query has no results: call execute() first']]),
  'Ogre::IntersectionSceneQuery::getLastResults': checked([['rt::ogre::IntersectionQueryAccess::executed(*self)', 'the query has no results: call execute() first']]),
  // Listener callbacks the query's own execute() makes: they add to its result set.
  'Ogre::RegionSceneQuery::queryResult': checked([['rt::ogre::RegionQueryAccess::executed(*self)', 'the query has no results: call execute() first']]),
  'Ogre::IntersectionSceneQuery::queryResult': checked([['rt::ogre::IntersectionQueryAccess::executed(*self)', 'the query has no results: call execute() first']]),
  'Ogre::AnimationControllerFunction::calculate': checked([['rt::ogre::AnimationFunctionAccess::wrapsQuickly(*self, $source)', 'source puts the time a million sequences (or infinitely) past the start']]),
  'Ogre::RTShader::FunctionAtom::writeSourceCode': checked([['rt::ogre::writable(*self)', 'the atom lacks the operands it writes (an output, and the inputs before it)']]),
  'Ogre::ParticleSystem::getMaterialName': checked([['rt::ogre::ParticleSystemAccess::hasMaterial(*self)', 'the particle system has no material yet: call setMaterialName() first']]),
  'Ogre::Profiler::getTimer': checked([['rt::ogre::ProfilerAccess::hasTimer(*self)', 'the profiler has no timer: call setTimer() first']]),
  // Face normals and light facings are filled in together (one per triangle).
  'Ogre::EdgeData::updateTriangleLightFacing': {
    requires: [['!self->triangleFaceNormals.empty() && self->triangleFaceNormals.size() == self->triangleLightFacings.size()', 'triangleFaceNormals and triangleLightFacings must be as many (one per triangle), not none']],
  },
  // Renders the visible objects of the camera and viewport being rendered: only the engine's render calls it.
  'Ogre::SceneManager::_renderVisibleObjects': { requires: [['false', 'engine-internal: the scene manager calls it while it renders a viewport']] },
  // OGRE makes the embedded files' table on the first add and reads it unchecked.
  'Ogre::EmbeddedZipArchiveFactory::addEmbbeddedFile': { ...checked([['rt::ogre::noteEmbeddedFile()', '']]), bufferSizes: { fileData: '$fileSize' } },
  'Ogre::EmbeddedZipArchiveFactory::removeEmbbeddedFile': checked([['rt::ogre::embeddedFilesExist()', 'no embedded file was added']]),
  'Ogre::EmbeddedZipArchiveFactory::destroyInstance': checked([
    ['rt::ogre::embeddedFilesExist()', 'no embedded file was added'], ['$ptr->getType() == self->getType()', 'ptr is not an embedded zip archive'],
  ]),
  // Dear ImGui frees the font data it owns when the atlas goes: never JS memory.
  'ImFontAtlas::AddFontFromMemoryTTF': {
    requires: [['[](const ImFontConfig* c) { return c != nullptr && !c->FontDataOwnedByAtlas; }($?font_cfg)', 'pass a font_cfg with FontDataOwnedByAtlas = false (Dear ImGui would free the JS memory)']],
    bufferSizes: { font_data: '$font_size' },
  },
  // stb's compressed stream: its 16-byte header (magic, then the decompressed length) is read first.
  'ImFontAtlas::AddFontFromMemoryCompressedTTF': {
    requires: [['$compressed_font_size >= 16 && std::memcmp($compressed_font_data, "\\x57\\xbc\\0\\0", 4) == 0', 'compressed_font_data is not a compressed font (binary_to_compressed_c)']],
    bufferSizes: { compressed_font_data: '$compressed_font_size' },
    includes: ['cstring'],
  },
  'ImFontAtlas::GetCustomRectByIndex': { requires: [['$index >= 0 && $index < self->CustomRects.Size', 'index is out of range (CustomRects.Size is the count)']] },
  ...only112({
    'ImFontAtlas::GetMouseCursorTexData': {
      requires: [['$cursor >= 0 && $cursor < ImGuiMouseCursor_COUNT', 'cursor is not an ImGuiMouseCursor'], ['self->PackIdMouseCursors != -1', 'build the atlas first']],
    },
  }),
  'ImFont::AddRemapChar': { requires: [['self->IndexLookup.Size > 0', 'build the font atlas first']] },
  'ImFont::BuildLookupTable': { requires: [['self->Glyphs.Size > 0', 'the font has no glyphs: build the font atlas first']] },
  // It lists the archive through the ArchiveManager.
  'Ogre::RenderSystemCapabilitiesManager::parseCapabilitiesFromArchive': { requires: [['Ogre::ArchiveManager::getSingletonPtr() != nullptr', 'create Ogre.Root first']] },
  ...only112({
    'Ogre::ConvexBody::insertPolygon': { requires: [['$poly <= self->getPolygonCount()', 'poly is past the end (getPolygonCount() is the count)']] },
  }),
  ...only112({
    'Ogre::ConvexBody::insertVertex': {
      requires: [
        ['$poly < self->getPolygonCount()', 'poly is out of range (getPolygonCount() is the count)'],
        ['$vertex <= self->getVertexCount($poly)', 'vertex is past the end (getVertexCount(poly) is the count)'],
      ],
    },
  }),
  'Ogre::TangentSpaceCalc::build': checked([['rt::ogre::TangentSpaceAccess::ready(*self)', 'set the vertex data and add index data first']]),
  // Memory of the caller, byte-swapped in place.
  'Ogre::Bitwise::bswapBuffer': { bufferSizes: { pData: '$size' } },
  'Ogre::Bitwise::bswapChunks': { bufferSizes: { pData: '$size * $count' } },
  // OGRE asserts the position stays inside the stream's memory.
  'Ogre::MemoryDataStream::skip': { requires: [['$count >= -static_cast<long>(self->tell()) && $count <= static_cast<long>(self->size() - self->tell())', 'count moves outside the stream']] },
  'Ogre::MemoryDataStream::seek': { requires: [['$pos <= self->size()', 'pos is past the end of the stream']] },
  'Ogre::AnimationState::getBlendMaskEntry': { requires: [['self->hasBlendMask() && $boneHandle < self->getBlendMask()->size()', 'boneHandle is out of range (or there is no blend mask: createBlendMask() first)']] },
  'Ogre::AnimationState::setBlendMaskEntry': { requires: [['self->hasBlendMask() && $boneHandle < self->getBlendMask()->size()', 'boneHandle is out of range (or there is no blend mask: createBlendMask() first)']] },
  'Ogre::Particle::setDimensions': { requires: [['$width >= 0 && $height >= 0', 'width and height must not be negative']] },
  // With no position it removes the last one: there must be one.
  'Ogre::CompositorChain::removeCompositor': { requires: [['self->getNumCompositors() > 0', 'the chain has no compositors'], ['$position < self->getNumCompositors()', 'position is out of range (getNumCompositors() is the count)']] },
  // The render system tells a depth buffer which targets use it.
  ...Object.fromEntries(['Attached', 'Detached'].map((what) => [`Ogre::DepthBuffer::_notifyRenderTarget${what}`, { requires: [['false', 'engine-internal: the render system calls it']] as Checks }])),
  // They log what they free.
  ...Object.fromEntries(['_releaseBufferCopies', '_freeUnusedBufferCopies'].map((f) => [`Ogre::HardwareBufferManagerBase::${f}`, { requires: [['Ogre::LogManager::getSingletonPtr() != nullptr', 'no LogManager: create Ogre.Root first']] as Checks }])),
  // Copies are made by the buffer manager.
  ...Object.fromEntries(['clone', 'getAutoOrganisedDeclaration'].map((f) => [`Ogre::VertexDeclaration::${f}`, { requires: [['Ogre::HardwareBufferManager::getSingletonPtr() != nullptr', 'create Ogre.Root (or a HardwareBufferManager) first']] as Checks }])),
  // Root's end clears every class's parameter dictionary: every object's parameters would dangle.
  'Ogre::StringInterface::cleanupDictionary': { requires: [['false', 'engine-internal: Root clears the parameter dictionaries when it ends']] },
  // The resource moves into the new group's lists: the group must exist.
  'Ogre::Resource::changeGroupOwnership': {
    requires: [['Ogre::ResourceGroupManager::getSingletonPtr() != nullptr && Ogre::ResourceGroupManager::getSingleton().resourceGroupExists($newGroup)', 'newGroup is not a resource group (createResourceGroup() first)']],
  },
  // 1 to 4 bytes of the caller's memory.
  'Ogre::Bitwise::intRead': { requires: [['$n >= 1 && $n <= 4', 'n must be 1 … 4']], bufferSizes: { src: '$n' } },
  'Ogre::Bitwise::intWrite': { requires: [['$n >= 1 && $n <= 4', 'n must be 1 … 4']], bufferSizes: { dest: '$n' } },
  ...only112({
    'Ogre::UTFString::getChar': { requires: [['$loc < self->size()', 'loc is out of range (size() is the count)']] },
  }),
  'Ogre::PSSMShadowCameraSetup::getShadowCamera': { requires: [['$iteration < self->getSplitCount()', 'iteration is out of range (getSplitCount() is the count)']] },
  // Keys rise strictly (OGRE divides by their differences and searches them in order).
  ...Object.fromEntries(['create', 'LinearControllerFunction'].map((f) => [`Ogre::LinearControllerFunction::${f}`, {
    requires: [
      ['$keys.size() == $values.size() && $keys.size() >= 2', 'keys and values must be as many, at least two'],
      ['std::adjacent_find(($keys).begin(), ($keys).end(), [](float a, float b) { return !(a < b) || !std::isfinite(a) || !std::isfinite(b); }) == ($keys).end()', 'keys must be finite and rise strictly'],
    ] as Checks,
    includes: ['algorithm', 'cmath'],
  }])),
  // It interpolates between the keys around its input (a delta input wraps into 0 … 1): outside them it reads before the first or asserts.
  'Ogre::LinearControllerFunction::calculate': inHeader('ogre_private_controllers.h')([
    ['rt::ogre::LinearFunctionAccess::bracketed(*self, $source)', 'the input (wrapped into 0 … 1 with delta input) is not between the first key (excluded) and the last'],
  ]),
  // Dear ImGui asserts (aborts) on a font file it cannot read.
  'ImFontAtlas::AddFontFromFileTTF': { requires: [['std::filesystem::is_regular_file($filename) && std::filesystem::file_size($filename) > 0', 'filename is not a file (or is empty)']], includes: ['filesystem'] },
  'Ogre::ColourValue::ColourValue': { bufferSizes: { byte: '4' } },
  // Bit counts of fixed-point numbers: shifts past 31 bits, and a zero-bit source (a division by zero).
  'Ogre::Bitwise::fixedToFixed': { requires: [['$n >= 1 && $n <= 31 && $p >= 1 && $p <= 31', 'n and p must be 1 … 31']] },
  'Ogre::Bitwise::floatToFixed': { requires: [['$bits >= 1 && $bits <= 31', 'bits must be 1 … 31']] },
  'Ogre::Bitwise::fixedToFloat': { requires: [['$bits >= 1 && $bits <= 31', 'bits must be 1 … 31']] },
  ...Object.fromEntries(['GetBit', 'SetBit'].map((f) => [`ImFontGlyphRangesBuilder::${f}`, { requires: [['$n < static_cast<size_t>(self->UsedChars.Size) * 32', 'n is past the last character']] as Checks }])),
  // Dear ImGui copies the event's characters.
  'OgreBites::ImGuiInputListener::textInput': { requires: [['$evt.chars != nullptr', 'evt.chars is not set']] },
  // Raw constants by physical index: they must lie in the parameters' lists (OGRE only asserts it).
  'Ogre::GpuProgramParameters::_writeRawConstants': {
    ...checked([
      ['rt::ogre::rawFits(*self, $physicalIndex, $count, $val)', 'physicalIndex + count is past the constants'],
      ['rt::ogre::rawArrayFits(*self, $physicalIndex, $val)', 'physicalIndex + the length of val is past the constants'],
    ]),
    bufferSizes: { val: '$count * sizeof(*$val)' },
  },
  'Ogre::GpuProgramParameters::_readRawConstants': {
    ...checked([['rt::ogre::rawFits(*self, $physicalIndex, $count, $dest)', 'physicalIndex + count is past the constants']]), bufferSizes: { dest: '$count * sizeof(*$dest)' },
  },
  'Ogre::GpuProgramParameters::_writeRawConstant': checked([
    ['rt::ogre::rawFits(*self, $physicalIndex, 1, &$val)', 'physicalIndex is past the constants'],
    ['rt::ogre::rawFits(*self, $physicalIndex, $count, &$val)', 'physicalIndex + count is past the constants'],
    ['rt::ogre::rawFits(*self, $physicalIndex, std::min<size_t>($count, sizeof($vec) / sizeof(*($vec).ptr())), ($vec).ptr())', 'physicalIndex + count is past the constants'],
    ['rt::ogre::rawFits(*self, $physicalIndex, sizeof($vec) / sizeof(*($vec).ptr()), ($vec).ptr())', 'physicalIndex is too near the end of the constants'],
    ['rt::ogre::rawFits(*self, $physicalIndex, std::min<size_t>($count, 4), ($colour).ptr())', 'physicalIndex + count is past the constants'],
    ['rt::ogre::rawFits(*self, $physicalIndex, $elementCount, static_cast<const float*>(nullptr))', 'physicalIndex + elementCount is past the constants'],
    ['rt::ogre::rawFits(*self, $physicalIndex, $numEntries * 16, static_cast<const float*>(nullptr))', 'physicalIndex + 16 × numEntries is past the constants'],
  ]),
  // Their depth is measured to the centre of their bounds, which OGRE asserts exist (an empty box has none).
  ...Object.fromEntries(['WireBoundingBox', 'BillboardChain'].map((c) => [`Ogre::${c}::getSquaredViewDepth`, { requires: [['self->getBoundingBox().isFinite()', 'the object has no bounds yet (nothing to measure to)']] as Checks }])),
  // Renders one viewport's scene: the viewport's update() (or the frame loop) calls it.
  'Ogre::SceneManager::_renderScene': { requires: [['false', 'engine-internal: viewport.update() renders the scene']] },
  'Ogre::Camera::_renderScene': { requires: [['false', 'engine-internal: viewport.update() renders the scene']] },
  // Its iteration ends when off-diagonal entries get small, which NaN never does.
  'Ogre::Matrix3::SingularValueDecomposition': {
    requires: [['std::all_of(&(*self)[0][0], &(*self)[0][0] + 9, [](float v) { return std::isfinite(v); })', 'the matrix has a NaN or infinite entry']],
    includes: ['algorithm', 'cmath'],
  },
  // Sine and tangent tables of that many entries, filled at once.
  'Ogre::Math::Math': { requires: [['$trigTableSize >= 1 && $trigTableSize <= 1u << 20', 'trigTableSize must be 1 … 1048576']] },
  // A stream over the caller's memory: never freed by OGRE (it is JS memory), never read past.
  'Ogre::MemoryDataStream::MemoryDataStream': {
    requires: [['(static_cast<void>($pMem), !$freeOnClose)', 'freeOnClose must be false for JS memory (OGRE would free it)']],
    bufferSizes: { pMem: '$size' },
  },
  // Tables from logical to physical indices, made when the parameters get their program's constants.
  ...only112({
    ...Object.fromEntries(['Float', 'Double', 'Int'].map((kind) => [`Ogre::GpuProgramParameters::get${kind}LogicalIndexForPhysicalIndex`, {
      requires: [[`self->get${kind}LogicalBufferStruct() != nullptr`, 'the parameters have no logical indices (they come from a program)']] as Checks,
    }])),
  }),
  'Ogre::GpuProgramParameters::setConstantFromTime': { requires: [['Ogre::ControllerManager::getSingletonPtr() != nullptr', 'create Ogre.Root first (it makes the ControllerManager)']], includes: ['OgreControllerManager.h'] },
  'Ogre::ArchiveManager::addArchiveFactory': { requires: [['Ogre::LogManager::getSingletonPtr() != nullptr', 'no LogManager: create Ogre.Root first']] },
  // The base of the tray widgets has no overlay element: the TrayManager's create calls make widgets.
  'OgreBites::Widget::Widget': { requires: [['false', 'create widgets with TrayManager.create…() (or a Button, Label … of your own)']] },
  'Ogre::DualQuaternion::operator[]': { requires: [['$i < 8', 'i is out of range']] },
  'ImFontAtlas::AddFontFromMemoryCompressedBase85TTF': checked([['rt::ogre::base85CompressedFont($compressed_font_data_base85)', 'compressed_font_data_base85 is not a compressed font (binary_to_compressed_c -base85)']]),
  'Ogre::DistanceLodStrategyBase::setReferenceViewEnabled': {
    requires: [['!$value || rt::ogre::hasReferenceView(*self)', 'call setReferenceView() before enabling the reference view']],
    includes: ['ogre_napi/ogre_private.h'],
  },
  // They count a mask's bits by shifting it right until it is zero: a negative one never is.
  ...only112({
    ...Object.fromEntries(['getFloatCount', 'getGpuConstantType'].map((f) => [`Ogre::RTShader::Operand::${f}`, { requires: [['$mask >= 0', 'mask must not be negative']] as Checks }])),
  }),
  'Ogre::CompositorChain::setCompositorEnabled': { requires: [['$position < self->getNumCompositors()', 'position is out of range (getNumCompositors() is the count)']] },
  // It asks the render system whether it can: there must be one.
  'Ogre::HardwareVertexBuffer::setIsInstanceData': {
    requires: [['!$val || (Ogre::Root::getSingletonPtr() != nullptr && Ogre::Root::getSingleton().getRenderSystem() != nullptr && Ogre::Root::getSingleton().getRenderSystem()->getCapabilities() != nullptr)', 'instance data needs a render system: create Ogre.Root and set one first']],
  },
  // Showing initialises the overlay (an ImGuiOverlay makes its font texture and material) through the engine's managers.
  'Ogre::Overlay::show': { requires: [['Ogre::TextureManager::getSingletonPtr() != nullptr && Ogre::MaterialManager::getSingletonPtr() != nullptr', 'create Ogre.Root first (showing makes a texture and a material)']], includes: ['OgreTextureManager.h', 'OgreMaterialManager.h'] },
  // It times the frame with Root's timer, sizes it by the OverlayManager's viewport, then starts Dear ImGui's frame.
  'Ogre::ImGuiOverlay::NewFrame': {
    requires: [
      ['Ogre::Root::getSingletonPtr() != nullptr && Ogre::OverlayManager::getSingletonPtr() != nullptr', 'create Ogre.Root and an Ogre.OverlaySystem first'],
      ['ImGui::GetCurrentContext() != nullptr', 'no Dear ImGui context: create an Ogre.ImGuiOverlay first'],
      ['ImGui::GetIO().Fonts->IsBuilt()', 'the font atlas is not built: show the ImGuiOverlay first'],
      ...when<[string, string]>({ imgui: 'separate' }, [['!ImGui::GetCurrentContext()->WithinFrameScope', 'the last frame was not ended: call ImGui.EndFrame() or ImGui.Render() first']]),
    ],
    includes: holds({ imgui: 'separate' }) ? ['imgui_internal.h', 'OgreOverlayManager.h'] : ['OgreOverlayManager.h'],
  },

  // --- Objects constructible without a Root (fuzz share: archives, fonts, edge lists, streams, math) ---
  // QDU's Gram-Schmidt divides by each column's remaining length: a near-singular matrix's rounds to zero.
  'Ogre::Matrix3::QDUDecomposition': geometry([['rt::ogre::qduDecomposable(*self)', 'the matrix is singular or too near it (a column lies almost in the span of the previous ones)']]),
  'Ogre::Affine3::decomposition': geometry([['rt::ogre::qduDecomposable(self->linear())', 'the matrix is singular or too near it (a column lies almost in the span of the previous ones)']]),
  'Ogre::DualQuaternion::DualQuaternion': geometry([['rt::ogre::qduDecomposable(($rot).linear())', 'rot is singular or too near it']]),
  'Ogre::DualQuaternion::fromTransformationMatrix': geometry([['rt::ogre::qduDecomposable(($kTrans).linear())', 'kTrans is singular or too near it']]),
  // Edge lists: build() and updateFaceNormals() read vertices and indices unchecked (OGRE asserts a few).
  'Ogre::EdgeListBuilder::build': geometry([['rt::ogre::EdgeListBuilderAccess::buildable(*self)', 'add vertex data (three-float positions, bound) and triangle index data whose indices lie in their vertex set first']]),
  'Ogre::EdgeListBuilder::addIndexData': { requires: [['$indexData->indexCount == 0 || $indexData->indexBuffer != nullptr', 'indexData has no index buffer']] },
  'Ogre::EdgeData::updateFaceNormals': geometry([['rt::ogre::faceNormalsUpdatable(*self, $vertexSet, $positionBuffer)', 'positionBuffer must hold three floats a vertex, every vertex of the vertex set\'s triangles, and vertexSet be an edge group (with a face normal per triangle)']]),
  // A null buffer bound is dereferenced by every later query (hasInstanceData, getLastBoundIndex …).
  'Ogre::VertexBufferBinding::setBinding': { requires: [['$buffer != nullptr', 'buffer is null (unsetBinding() removes a binding)']] },
  // It deletes every strategy: the default one, meshes' and materials' would dangle.
  'Ogre::LodStrategyManager::removeAllStrategies': { requires: [['false', 'engine-internal: the LodStrategyManager deletes its strategies when it ends']] },
  // A stream over memory OGRE must never free (JS memory, or memory another stream frees).
  'Ogre::MemoryDataStream::setFreeOnClose': { requires: [['!$free', 'a stream frees its memory on close only when constructed so (freeOnClose)']] },
  // A second log of one name is never found again; destroyLog(name) would delete the first one.
  'Ogre::LogManager::createLog': { requires: [['[&] { try { return self->getLog($name) == nullptr; } catch (...) { return true; } }()', 'a log of that name exists already (getLog(name))']] },
  // It reads every parent as an object node (a cast, unchecked).
  'Ogre::ObjectAbstractNode::getVariable': {
    requires: [['[&] { int n = 0; for (auto* p = self->parent; p; p = p->parent) if (p->type != Ogre::ANT_OBJECT || ++n > 10000) return false; return true; }()', 'every parent of the node must be an object node']],
  },
  // Dear ImGui's font calls: a font needs its data, glyphs are added while the atlas builds.
  'ImFontAtlas::AddFont': { requires: [['$font_cfg->FontData != nullptr && $font_cfg->FontDataSize > 0', 'font_cfg has no font data (FontData and FontDataSize)'], ['$font_cfg->SizePixels > 0', 'font_cfg.SizePixels must be positive']] },
  'ImFont::AddGlyph': { requires: [['self->ContainerAtlas != nullptr && self->ContainerAtlas->IsBuilt()', 'build the font atlas first']] },
  // Copies between buffers stay inside both.
  'Ogre::HardwareBuffer::copyData': {
    requires: [[
      '$length <= ($srcBuffer).getSizeInBytes() && $srcOffset <= ($srcBuffer).getSizeInBytes() - $length && $length <= self->getSizeInBytes() && $dstOffset <= self->getSizeInBytes() - $length',
      'srcOffset + length or dstOffset + length is past the end of a buffer',
    ]],
  },
  // Zip archives are read only once loaded (ogre_archive_checks.h tracks it); JS memory is never OGRE's to free.
  'Ogre::Archive::load': archives([['rt::ogre::loadArchive(*self)', 'an embedded zip archive needs its file: EmbeddedZipArchiveFactory.addEmbbeddedFile() first']]),
  'Ogre::Archive::unload': archives([['rt::ogre::forgetArchive(self)', '']]),
  'Ogre::AlignedMemory::deallocate': { requires: [['(static_cast<void>($p), false)', 'OGRE frees only memory it allocated, and JS memory is not: let the buffer be collected']] },
  ...only112({
    'Ogre::UTFString::setChar': { requires: [['$loc < self->size()', 'loc is out of range (size() is the count)']] },
  }),
  // compare(index, length, other, length2) reads length2 code points of the other string (length is this one's).
  ...only112({
    'Ogre::UTFString::compare': {
      bufferSizes: { str: ['$length2 * 2', '$length * 2'] },
      requires: [['$length2 <= std::strlen($c_str)', 'length2 is longer than c_str'], ['$index <= self->size()', 'index is past the end (size() is the count)']],
    },
  }),
  // It prints what build() reads.
  'Ogre::EdgeListBuilder::log': geometry([['rt::ogre::EdgeListBuilderAccess::buildable(*self)', 'add vertex data (three-float positions, bound) and triangle index data whose indices lie in their vertex set first']]),
  // A file name is looked up in a resource group.
  // (seed 37: and loading two images by name.)
  ...Object.fromEntries(['load', 'loadTwoImagesAsRGBA'].map((f) => [`Ogre::Image::${f}`, {
    requires: [['(static_cast<void>($groupName), Ogre::ResourceGroupManager::getSingletonPtr() != nullptr)', 'create Ogre.Root first (it makes the resource groups)']] as Checks,
    includes: ['OgreResourceGroupManager.h'],
  }])),
  'ImFont::GrowIndex': { requires: [['self->IndexAdvanceX.Size == self->IndexLookup.Size', 'the font\'s index tables disagree: build the font atlas first']] },
  'ImFontAtlas::CalcCustomRectUV': { requires: [['self->TexWidth > 0 && self->TexHeight > 0', 'build the font atlas first'], ['$rect->IsPacked()', 'rect is not packed into the atlas']] },
  // The vertex data takes the new declaration over (its buffer manager deletes it): never one JS owns.
  // Seed 29: the declaration it has already is deleted before it is taken over (the vertex data then kept a freed one).
  'Ogre::VertexData::reorganiseBuffers': geometry([
    ['rt::ogre::BufferManagerAccess::made($newDeclaration)', 'newDeclaration must come from HardwareBufferManager.createVertexDeclaration() (the vertex data takes it over)'],
    ['$newDeclaration != self->vertexDeclaration', 'newDeclaration is this vertex data\'s declaration already (it would be deleted)'],
  ]),
  // Extrusion writes the second half of the buffer: positions only, twice the original count.
  'Ogre::ShadowCaster::extrudeVertices': {
    requires: [['$vertexBuffer != nullptr && $vertexBuffer->getVertexSize() == sizeof(float) * 3 && $originalVertexCount <= $vertexBuffer->getNumVertices() / 2', 'vertexBuffer must hold three floats a vertex, twice originalVertexCount of them']],
  },
  // Parameters go through the source's commands, which cast the target to their own class.
  'Ogre::StringInterface::copyParametersTo': {
    requires: [['self->getParamDictionary() == nullptr || self->getParamDictionary() == $dest->getParamDictionary()', 'dest is not of the same class (its parameters differ)'], textAreaFont],
    includes: ['OgreTextAreaOverlayElement.h'],
  },
  // Serialising logs what it writes.
  ...Object.fromEntries(['exportQueued', 'exportMaterial'].map((f) => [`Ogre::MaterialSerializer::${f}`, { requires: [['Ogre::LogManager::getSingletonPtr() != nullptr', 'no LogManager: create Ogre.Root (or an Ogre.LogManager) first']] as Checks }])),
};

/** Families of functions with one precondition (merged into the emit spec's `families`). */
export const preconditionFamilies: NonNullable<EmitSpec['families']> = [
  ...sceneFamilies,
  ...seedFamilies13to17,
  // A convex body's polygons and their vertices by index (insertions may also name the end).
  {
    match: /^Ogre::ConvexBody::\w+$/,
    except: /^insert/,
    extras: {
      requires: [
        ['$poly < self->getPolygonCount()', 'poly is out of range (getPolygonCount() is the count)'],
        ['$vertex < self->getVertexCount($poly)', 'vertex is out of range (getVertexCount(poly) is the count)'],
      ],
    },
  },
  // A polygon's vertices by index (an insertion may also name the end).
  { match: /^Ogre::Polygon::\w+$/, except: /^insertVertex$/, extras: { requires: [['$vertex < self->getVertexCount()', 'vertex is out of range (getVertexCount() is the count)'], ['$vertexIndex < self->getVertexCount()', 'vertexIndex is out of range (getVertexCount() is the count)']] } },
  { match: /^Ogre::Polygon::insertVertex$/, extras: { requires: [['$vertexIndex <= self->getVertexCount()', 'vertexIndex is past the end (getVertexCount() is the count)']] } },
  // Key frames by index, against the track's count.
  { match: /^Ogre::\w*AnimationTrack::get\w*KeyFrame$/, extras: { requires: [['$index < self->getNumKeyFrames()', 'index is out of range (getNumKeyFrames() is the count)']] } },
  // A list clipper steps through the current window's items.
  ...when<NonNullable<EmitSpec['families']>[number]>({ imgui: 'separate' }, [{
    // (the constructor with a count begins at once; `$items_count` limits the check to that one)
    match: /^ImGuiListClipper::(?:ImGuiListClipper|Begin)$/,
    extras: {
      requires: [['(static_cast<void>($items_count), ImGui::GetCurrentContext() != nullptr && ImGui::GetCurrentContext()->CurrentWindow != nullptr)', 'no current Dear ImGui window: call it between ImGui.Begin() and ImGui.End()']],
      includes: ['imgui_internal.h'],
    },
  }]),
  // An archive factory deletes only archives of its own type.
  { match: /^Ogre::\w*ArchiveFactory::destroyInstance$/, extras: { requires: [['$ptr->getType() == self->getType()', 'ptr was not made by a factory of this type']] } },
  // A text filter's input box goes into the current window.
  ...when<NonNullable<EmitSpec['families']>[number]>({ imgui: 'separate' }, [{
    match: /^ImGuiTextFilter::Draw$/,
    extras: { requires: [['ImGui::GetCurrentContext() != nullptr && ImGui::GetCurrentContext()->CurrentWindow != nullptr', 'no current Dear ImGui window: call it between ImGui.Begin() and ImGui.End()']], includes: ['imgui_internal.h'] },
  }]),
  // Streams read count bytes into the caller's memory.
  { match: /^Ogre::\w*DataStream::read$/, extras: { bufferSizes: { buf: '$count' } } },
  // readLine writes up to maxCount characters and a terminating zero (seed 30: past a short buffer).
  { match: /^Ogre::\w*DataStream::readLine$/, extras: { bufferSizes: { buf: '$maxCount + 1' } } },
  // Dear ImGui reads text … text_end: two JS strings are two unrelated buffers.
  {
    match: /^Im\w+::\w+$/,
    extras: { requires: [['$text_end == nullptr', 'leave text_end out (a JS string ends where it ends)'], ['$str_end == nullptr', 'leave str_end out (a JS string ends where it ends)']] },
  },
  // The debug drawer's lines use a material of the MaterialManager.
  { match: /^Ogre::DefaultDebugDrawer::(?!DefaultDebugDrawer$)\w+$/, extras: { requires: [['Ogre::MaterialManager::getSingletonPtr() != nullptr', 'create Ogre.Root first (the lines use its MaterialManager)']], includes: ['OgreMaterialManager.h'] } },
  // Sub-render states are made by the RTShader system (their constructors' guard, for factories too).
  {
    match: /^Ogre::RTShader::\w*Factory::(?:createInstance|createOrRetrieveInstance)$/,
    extras: { requires: [['Ogre::RTShader::ShaderGenerator::getSingletonPtr() != nullptr', 'initialise the RTShader system first (ShaderGenerator.initialize())']] },
  },
  // --- Objects constructible without a Root (fuzz share) ---
  // A memory stream closed with freeOnClose has no memory left (its read position points into freed
  // memory); the base class's calls reach it through read() and seek() too.
  {
    match: /^Ogre::(?:Memory)?DataStream::(?:read|write|readLine|skipLine|seek|skip|tell|eof|getAsString|getCurrentPtr|getPtr|getLine)$/,
    extras: {
      requires: [[
        '[&] { auto* m = dynamic_cast<const Ogre::MemoryDataStream*>(self); return !m || const_cast<Ogre::MemoryDataStream*>(m)->getPtr() != nullptr || (m->size() == 0 && const_cast<Ogre::MemoryDataStream*>(m)->getCurrentPtr() == nullptr); }()',
        'the stream is closed',
      ]],
    },
  },
  // A closed file stream keeps null where its file was: every read, seek or eof() dereferences it.
  {
    match: /^Ogre::(?:FileStream|FileHandle)?DataStream::(?:read|write|readLine|skipLine|seek|skip|tell|eof|getAsString|getLine)$/,
    extras: streams([['rt::ogre::streamOpen(*self)', 'the stream is closed']]),
  },
  // Streams passed to be read or written (a codec's input, a copied stream …) must be open too.
  {
    match: engineFunctions,
    extras: streams((['input', 'stream', 'compressedStream', 'rgbStream', 'alphaStream', 'sourceStream', 'chunk', 'dataStream'] as const)
      .map((p): [string, string] => [`rt::ogre::streamArgOpen($${p})`, `${p} is a closed stream`])),
  },
  // Auto constants by logical index go through the logical-to-physical table a program's constants make.
  {
    match: /^Ogre::GpuProgramParameters::(?:setAutoConstant\w*|setConstantFromTime)$/,
    extras: { requires: [[`(static_cast<void>($index), ${logicalTables})`, 'the parameters have no logical indices (they come from a program): use setNamedAutoConstant()']] },
  },
  // Constants by logical index go through the logical-to-physical tables a program's constants make (OGRE asserts them).
  {
    match: /^Ogre::GpuProgramParameters::setConstant$/,
    extras: {
      requires: [[
        `(static_cast<void>($index), ${logicalTables})`,
        'the parameters have no logical indices (they come from a program): use setNamedConstant()',
      ]],
    },
  },
  // A UTFString's forward iterators move by code points inside their string (OGRE reads before the start, or past the end).
  ...([['moveNext', '1'], ['movePrev', '-1'], ['operator+', '$n'], ['operator-', '-$n']] as const).map(([f, by]) => ({
    match: new RegExp(`^Ogre::UTFString::_(?:const_)?fwd_iterator::${f.replace('+', '\\+')}$`),
    extras: strings([[`rt::ogre::UTFIteratorAccess::canMove(*self, ${by})`, 'the iterator would leave its string']]),
  })),
  { match: /^Ogre::UTFString::_(?:const_)?fwd_iterator::(?:getCharacter|setCharacter)$/, extras: strings([['rt::ogre::UTFIteratorAccess::inside(*self, false)', 'the iterator is at the end of its string']]) },
  // Iterators given to their string: of this string, inside it (erasing at the end is past it).
  {
    match: /^Ogre::UTFString::(?:erase|insert|replace)$/,
    extras: strings([
      ['rt::ogre::UTFIteratorAccess::of(*self, $loc, false)', 'loc is not an iterator of this string before its end'],
      ['rt::ogre::UTFIteratorAccess::of(*self, $i, true)', 'i is not an iterator of this string'],
      ['rt::ogre::UTFIteratorAccess::range(*self, $start, $end)', 'start … end is not a range of this string'],
      ['rt::ogre::UTFIteratorAccess::range(*self, $i1, $i2)', 'i1 … i2 is not a range of this string'],
    ]),
  },
  // Building reads each font config's font (ClearFonts() deletes the fonts and leaves their configs) and font file.
  {
    match: /^ImFontAtlas::(?:Build|GetTexDataAs\w+)$/,
    extras: checked([
      [`[&] { for (const ImFontConfig& c : self->${fontConfigs}) if (c.DstFont == nullptr || !self->Fonts.contains(c.DstFont)) return false; return true; }()`, 'a font config\'s font was cleared (ClearFonts() keeps the configs: Clear() or ClearInputData() removes them)'],
      [`[&] { for (const ImFontConfig& c : self->${fontConfigs}) if (!rt::ogre::fontFile(c.FontData, c.FontDataSize, c.FontNo)) return false; return true; }()`, 'a font\'s data is not a TrueType or OpenType font (or has no font FontNo)'],
    ]),
  },
  // An overlay container's children: never itself or one of its parents (OGRE would recurse forever).
  {
    match: /^Ogre::\w*Overlay\w*::(?:addChild\w*|_addChild)$/,
    extras: {
      requires: (['elem', 'cont'] as const).map((p): [string, string] => [
        `[&] { for (Ogre::OverlayElement* e = self; e != nullptr; e = e->getParent()) if (e == $${p}) return false; return true; }()`, `${p} is this container or one of its parents`]),
    },
  },
  // A zip archive reads its directory, which load() makes.
  {
    match: /^Ogre::Archive::(?:open|create|remove|list|listFileInfo|find|findFileInfo|exists|getModifiedTime)$/,
    extras: archives([['rt::ogre::archiveReadable(*self)', 'the zip archive is not loaded: call load() first']]),
  },
  // A destroyed archive is no longer loaded (its address may be reused).
  { match: /^Ogre::\w*ArchiveFactory::destroyInstance$/, extras: archives([['rt::ogre::forgetArchive($ptr)', '']]) },
  // Render queue groups by id: the queue holds RENDER_QUEUE_COUNT of them (an array, indexed unchecked;
  // seed 8: a group id past it read a group from the memory after the queue).
  {
    match: /^Ogre::(?:RenderQueue|MovableObject|StaticGeometry|RenderQueueInvocation|RenderQueueInvocationSequence|SceneManager)::\w+$/,
    extras: {
      requires: (['qid', 'groupID', 'groupId', 'grp', 'queueID', 'renderQueueGroupID', 'renderQueue'] as const).map((p): [string, string] => [`$${p} < Ogre::RENDER_QUEUE_COUNT`, `${p} is out of range (RENDER_QUEUE_COUNT is the count)`]),
      includes: ['OgreRenderQueue.h'],
    },
  },
  // Dear ImGui asserts a font has a size.
  { match: /^ImFontAtlas::AddFont\w+$/, extras: { requires: [['$size_pixels > 0', 'size_pixels must be positive']] } },
  // Streams write count bytes of the caller's memory.
  { match: /^Ogre::\w*DataStream::write$/, extras: { bufferSizes: { buf: '$count' } } },
  // Dear ImGui's vectors: an index past the components reads past the object.
  { match: /^ImVec[24]::operator\[\]$/, extras: { requires: [['$idx < sizeof(*self) / sizeof(self->x)', 'idx is out of range']] } },
];
