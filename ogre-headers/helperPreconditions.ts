/**
 * Preconditions of helper objects that take scene objects or counts (debug drawer, shadow camera
 * setups, bounds info, LOD strategies, camera man, texture unit frames, RTShader factories, UTFString fills): what
 * they dereference or assert on, checked first. Merged into the emit spec beside preconditions.ts.
 */
import type { EmitSpec } from '../generator/emit/napi/buildModuleView.js';
import type { FunctionExtras } from '../generator/emit/napi/CallSite.js';
import { entriesWhen } from './when.js';

type Checks = NonNullable<FunctionExtras['requires']>;

/** The most code points a UTFString fill makes: more is a RangeError (a 2^31 fill takes minutes and gigabytes). */
const MAX_FILL = 1 << 24;

/** A box OGRE can take its corners of: finite, each minimum at most its maximum (NaN fails both). */
const cornered = (box: string) =>
  `[](const Ogre::AxisAlignedBox& b) { if (!b.isFinite()) return false; const auto &lo = b.getMinimum(), &hi = b.getMaximum(); return lo.x <= hi.x && lo.y <= hi.y && lo.z <= hi.z; }(${box})`;

/** Fill counts of UTFString: the count parameters of the overloads that take a character to repeat. */
const fills: Checks = [
  ...(['length', 'num', 'num2'] as const).map((n): Checks[number] => [`(static_cast<void>($ch), $${n} <= ${MAX_FILL}u)`, `${n} must be at most ${MAX_FILL} (code points)`, 'RangeError']),
];

/** Helper preconditions by qualified function name (merged into the emit spec's `functions`). */
export const helperFunctions: Record<string, FunctionExtras> = {
  // It draws the box's corners (OGRE asserts a finite box).
  'Ogre::DefaultDebugDrawer::drawWireBox': { requires: [[cornered('$aabb'), 'aabb must be a finite box (not null or infinite, minimum ≤ maximum)']] },
  // It draws the node's world box (OGRE skips infinite ones only).
  'Ogre::DefaultDebugDrawer::drawSceneNode': {
    requires: [[`$node->_getWorldAABB().isInfinite() || ${cornered('$node->_getWorldAABB()')}`, 'node has no bounds to draw (nothing attached, or not updated yet)']],
  },
  // The arrows' vertices are the pose times the size: a non-finite one makes a NaN bounding box (asserted at the frame's end).
  'Ogre::DefaultDebugDrawer::drawAxes': {
    requires: [
      ['[](const Ogre::Affine3& m) { for (int r = 0; r < 3; ++r) for (int c = 0; c < 4; ++c) if (!std::isfinite(m[r][c])) return false; return true; }($pose)', 'pose must be finite'],
      ['std::isfinite($size)', 'size must be finite'],
    ],
    includes: ['cmath'],
  },
  // It merges the box and takes its corners in view space.
  'Ogre::VisibleObjectsBoundsInfo::merge': { requires: [[cornered('$boxBounds'), 'boxBounds must be a finite box (not null or infinite, minimum ≤ maximum)']] },
  // Skinning is set up through the shader generator's render states.
  'Ogre::RTShader::HardwareSkinningFactory::prepareEntityForSkinning': {
    requires: [['Ogre::RTShader::ShaderGenerator::getSingletonPtr() != nullptr', 'initialise the RTShader system first (ShaderGenerator.initialize())']],
  },
  // Rectangles and wire boxes make (and delete) their own vertex data: another render operation leaves
  // them drawing nothing they own (a null dereference in setCorners, a double delete at the end).
  'Ogre::SimpleRenderable::setRenderOperation': {
    requires: [['dynamic_cast<const Ogre::Rectangle2D*>(self) == nullptr && dynamic_cast<const Ogre::WireBoundingBox*>(self) == nullptr', 'this object makes its own render operation (setCorners(), setupBoundingBox())']],
    includes: ['OgreRectangle2D.h', 'OgreWireBoundingBox.h'],
  },
  // Deriving the world sphere reads the parent node's scale and position.
  'Ogre::MovableObject::getWorldBoundingSphere': { requires: [['!$derive || self->getParentNode() != nullptr', 'the object is not attached to a node (derive needs one)']] },
  // LOD values are measured from the object's node to the camera's LOD camera, in pixels of its viewport
  // for pixel-count strategies (and for distances against a reference view).
  'Ogre::LodStrategy::getValue': {
    requires: [
      ['$movableObject->getParentNode() != nullptr', 'movableObject is not attached to a node'],
      [`[](const Ogre::LodStrategy* s, const Ogre::Camera* c) {
        const auto* d = dynamic_cast<const Ogre::DistanceLodStrategyBase*>(s);
        bool measuresPixels = dynamic_cast<const Ogre::PixelCountLodStrategyBase*>(s) != nullptr || (d != nullptr && d->isReferenceViewEnabled());
        return !measuresPixels || c->getLodCamera()->getViewport() != nullptr; }(self, $camera)`, 'camera has no viewport (this strategy measures pixels)'],
    ],
    includes: ['OgreDistanceLodStrategy.h', 'OgrePixelCountLodStrategy.h'],
  },
  // Resizing fills with `val`, reserving allocates: both a count of code points.
  // UTFString is OGRE 1.12's (13 dropped it).
  ...entriesWhen({ ogre: '<13' }, {
    'Ogre::UTFString::resize': { requires: [[`$num <= ${MAX_FILL}u`, `num must be at most ${MAX_FILL} (code points)`, 'RangeError']] },
    'Ogre::UTFString::reserve': { requires: [[`$size <= ${MAX_FILL}u`, `size must be at most ${MAX_FILL} (code points)`, 'RangeError']] },
  }),
  // Orbiting needs a target: setTarget(null) in orbit style would leave none.
  'OgreBites::CameraMan::setTarget': { requires: [['$target != nullptr || self->getStyle() != OgreBites::CS_ORBIT', 'target is required in orbit style']] },
};

/** Families of helper functions (merged into the emit spec's `families`). */
export const helperFamilies: NonNullable<EmitSpec['families']> = [
  // Shadow camera setups place the texture camera through its scene node.
  {
    match: /^Ogre::\w*ShadowCameraSetup::getShadowCamera$/,
    extras: { requires: [['$texCam->getParentSceneNode() != nullptr', 'texCam must be attached to a scene node (as the scene manager\'s shadow cameras are)']] },
  },
  // A texture unit's frames by number, against its count.
  {
    match: /^Ogre::TextureUnitState::\w+$/,
    extras: {
      requires: [
        ['$frame < self->getNumFrames()', 'frame is out of range (getNumFrames() is the count)'],
        ['$frameNumber < self->getNumFrames()', 'frameNumber is out of range (getNumFrames() is the count)'],
      ],
    },
  },
  // A camera man moves its camera about its target: pivots and distances need one.
  {
    match: /^OgreBites::CameraMan::(?:setPivotOffset|setYawPitchDist)$/,
    extras: { requires: [['self->getTarget() != nullptr', 'the camera man has no target: setTarget() (or setStyle(CS_ORBIT)) first']] },
  },
  // Distances are measured from the object's node.
  { match: /^Ogre::\w*Lod\w*Strategy\w*::getSquaredDepth$/, extras: { requires: [['$movableObject->getParentNode() != nullptr', 'movableObject is not attached to a node']] } },
  // Fills of a repeated character: the count is bounded.
  { match: /^Ogre::UTFString::(?:UTFString|assign|append|insert|replace)$/, extras: { requires: fills } },
];
