/** Ignore rules for API that OGRE 1.12 marks deprecated and Ogre.i leaves out; each has a bound replacement. */
import type { Matcher } from '../../generator/config/index.js';
import { when } from '../when.js';

/** `Class::member` for each member name. */
const members = (cls: string, names: string[]): string[] => names.map((n) => `${cls}::${n}`);

/** Deprecated declarations, grouped by the replacement OGRE documents. */
export const deprecatedRules: Matcher[] = [
  // Any's old accessors: has_value(), type() and reset() replace them.
  ...members('Ogre::Any', ['getType', 'destroy', 'isEmpty']),
  // Matrix4/Affine3: linear() gives the 3x3 part; concatenate is operator*.
  ...members('Ogre::TransformBaseReal', ['extract3x3Matrix', 'extractQuaternion']),
  'Ogre::Matrix4::concatenate',
  // Queried through GPV_PASS_ITERATION_NUMBER instead.
  ...members('Ogre::GpuProgramParameters', ['hasPassIterationNumber', 'getPassIterationNumberIndex']),
  // setTextureName()/setTexture() and getTextureType() replace them.
  ...members('Ogre::TextureUnitState', ['setCubicTexture', 'setCubicTextureName', 'isCubic', 'is3D']),
  // getTextureDefinitions(), getTargetPasses(), getPasses() and getCompositorInstances() return the containers.
  ...members('Ogre::CompositionTechnique', ['getNumTextureDefinitions', 'getTargetPass', 'getNumTargetPasses']),
  ...members('Ogre::CompositionTargetPass', ['getPass', 'getNumPasses']),
  ...members('Ogre::CompositorChain', ['getNumCompositors', 'getCompositors']),
  ...when({ ogre: '<13' }, ['Ogre::CompositorChain::getCompositor(size_t)']),
  // Fixed-function state: _setSampler, setColourBlendState and getFixedFunctionParams replace them.
  ...members('Ogre::RenderSystem', [
    ...when({ ogre: '<13' }, ['_setTextureUnitFiltering', '_setTextureAddressingMode']), '_setSceneBlending', '_setFog',
    '_setWorldMatrix', '_setViewMatrix', '_setProjectionMatrix',
  ]),
  // Lights and cameras are placed and turned by the SceneNode they are attached to (the headers
  // declare these only in builds with OGRE_NODELESS_POSITIONING, as Debian's 1.12).
  ...when({ settings: { OGRE_NODELESS_POSITIONING: true } }, [
    ...members('Ogre::Light', ['setPosition', 'getPosition', 'getDirection']),
    ...members('Ogre::Camera', [
      'setPosition', 'getPosition', 'setDirection', 'getDirection', 'setOrientation', 'getOrientation',
      'rotate', 'getUp', 'getRight', 'lookAt', 'roll', 'yaw', 'pitch', 'setFixedYawAxis', 'setAutoTracking',
      'move', 'moveRelative',
    ]),
  ]),
  // getPoseList() returns them all.
  'Ogre::Mesh::getPoseCount',
  ...when({ ogre: '<13' }, ['Ogre::Mesh::getPose(Ogre::ushort)']),
  // getSupportedTechniques() returns the list.
  ...members('Ogre::Material', ['getSupportedTechnique', 'getNumSupportedTechniques']),
  // Deprecated in OGRE 1.12, no replacement stated (removed in 13).
  ...when({ ogre: '<13' }, members('Ogre::Pass', ['hasSeparateSceneBlending', 'hasSeparateSceneBlendingOperations'])),
  // Inconsistent when the PixelBox is smaller than the target; the (Box, PixelBox, FrameBuffer) overload stays.
  'Ogre::RenderTarget::copyContentsToMemory(const Ogre::PixelBox &, Ogre::RenderTarget::FrameBuffer)',
  // getShadowTextureConfigList() replaces it.
  'Ogre::SceneManager::getShadowTextureCount',
  // Scene managers are created by type name, not by type mask.
  ...when({ ogre: '<13' }, ['Ogre::SceneManagerEnumerator::createSceneManager(Ogre::SceneTypeMask, const Ogre::String &)']),
  'Ogre::Root::createSceneManager(Ogre::SceneTypeMask, const Ogre::String &)',
  // The old argument order (searchGroupsIfNotFound); AUTODETECT_RESOURCE_GROUP_NAME replaces the flag.
  'Ogre::ResourceGroupManager::openResource(const Ogre::String &, const Ogre::String &, bool, Ogre::Resource *) const',
  // Out-parameters; the RealRect overload returns the same values.
  ...when({ ogre: '<13' }, ['Ogre::Frustum::getFrustumExtents(Ogre::Real &, Ogre::Real &, Ogre::Real &, Ogre::Real &) const']),
  // getFont() replaces it.
  'Ogre::TextAreaOverlayElement::getFontName',
];
