/** OGRE's template instantiations and the JS names they get (Ogre.i's `%template`s). */
import { choose } from '../when.js';

/** Alias → instantiation; typedefs in the arguments resolve through the model (`Ogre::Real` → `float`). */
export const instantiateRules: Record<string, string> = {
  // The vector family: JS classes Vector2/3/4 and Vector3i, with their VectorBase bases.
  'Ogre::Vector2': 'Ogre::Vector<2, Ogre::Real>',
  'Ogre::Vector3': 'Ogre::Vector<3, Ogre::Real>',
  'Ogre::Vector4': 'Ogre::Vector<4, Ogre::Real>',
  'Ogre::Vector3i': 'Ogre::Vector<3, int>',
  // What Vector3i.xy() returns.
  'Ogre::Vector2i': 'Ogre::Vector<2, int>',
  'Ogre::VectorBase2': 'Ogre::VectorBase<2, Ogre::Real>',
  'Ogre::VectorBase3': 'Ogre::VectorBase<3, Ogre::Real>',
  'Ogre::VectorBase4': 'Ogre::VectorBase<4, Ogre::Real>',
  'Ogre::VectorBase3i': 'Ogre::VectorBase<3, int>',
  // Rectangles: Rect is integral (viewport and window areas), FloatRect is Real (UVs, frustum extents).
  // OGRE 13 made Rect 32-bit on every platform.
  'Ogre::Rect': choose([[{ ogre: '<13' }, 'Ogre::TRect<long>'], [{}, 'Ogre::TRect<Ogre::int32>']]),
  'Ogre::FloatRect': 'Ogre::TRect<float>',
  // Controllers of Real values (ControllerManager's texture animators, GPU program timers …).
  'Ogre::ControllerReal': 'Ogre::Controller<Ogre::Real>',
  'Ogre::ControllerValueReal': 'Ogre::ControllerValue<Ogre::Real>',
  'Ogre::ControllerFunctionReal': 'Ogre::ControllerFunction<Ogre::Real>',
  // The common base of Matrix4 and Affine3 (through TransformBaseReal).
  'Ogre::TransformBaseMatrix4': 'Ogre::TransformBase<4, Ogre::Real>',
};
